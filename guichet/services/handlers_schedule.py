"""Handlers of dates (occurrences): add one or a series, edit one, edit a selection in bulk,
cancel. (A season's programme: :mod:`guichet.services.handlers_programme`.)

A date copies what its event's dates inherit when it is made; afterwards it is edited on its
own. Nothing that is sold, drawn, held or leased is ever taken back: a capacity below it is
refused with the numbers. Cancelling never deletes an order: the ones to refund are listed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select

from guichet.domain import catalogue as rules
from guichet.domain.cards import AlacarteSettings
from guichet.domain.commands_backoffice import (
    DATE_FIELDS,
    AddDates,
    BulkEditDates,
    CancelDates,
    EditDate,
    NewDate,
)
from guichet.domain.errors import DomainError
from guichet.domain.schedule import MAX_DATES
from guichet.models.tables import (
    Event,
    Hall,
    Occurrence,
    Order,
    OrderLine,
    PriceList,
)
from guichet.services.backoffice_rules import owned, record, supervise
from guichet.services.context import HandlerContext
from guichet.services.escrow import leased_unused
from guichet.services.handlers_catalogue import seat_count, usable_price_list
from guichet.services.places import reserved_places
from guichet.services.rows import insert_rows

TIME_FIELDS = ("starts_at", "ends_at")
#: Fields a bulk edit sets on every date selected (moving dates in bulk is not offered).
BULK_FIELDS = tuple(f for f in DATE_FIELDS if f not in TIME_FIELDS)
ALACARTE_FIELDS = (
    "alacarte_places",
    "alacarte_price",
    "alacarte_pass_only",
    "registration_opens_minutes",
    "registration_closes_minutes",
    "cancel_minutes",
)


def parse_time(value: object, field: str = "starts_at") -> datetime:
    """An ISO time with its offset (naive times are refused: whose 10 h would it be?)."""
    if isinstance(value, datetime):
        moment = value
    else:
        try:
            moment = datetime.fromisoformat(str(value))
        except ValueError:
            raise DomainError("date_invalid", field=field, text=str(value)[:40]) from None
    if moment.tzinfo is None:
        raise DomainError("naive_datetime", field=field)
    return moment.astimezone(UTC)


def _event(ctx: HandlerContext, event_id: str) -> Event:
    return owned(ctx, Event, event_id, "unknown_event")


def default_capacity(ctx: HandlerContext, event: Event, given: int | None) -> int:
    """A seated event sells its seats; otherwise the capacity given, the event's default, or
    its hall's."""
    if event.seat_map_id is not None:
        return seat_count(ctx, event.seat_map_id)
    if given is not None:
        return rules.check_count(given, "capacity")
    if event.default_capacity is not None:
        return event.default_capacity
    if event.hall_id is not None:
        hall = ctx.session.get(Hall, event.hall_id)
        if hall is not None:
            return hall.capacity
    raise DomainError("capacity_required", event=event.name)


def make_date(
    event: Event,
    occurrence_id: str,
    starts_at: datetime,
    ends_at: datetime,
    capacity: int,
    tags: list[str],
    price_list_id: str | None,
) -> dict[str, Any]:
    """A new date's row, with what it inherits from its event. Plain values, written by
    :func:`guichet.services.rows.insert_rows`: a series of a thousand dates as ORM objects
    spent most of its time in the unit of work's bookkeeping."""
    rules.check_dates(starts_at, ends_at)
    return {
        "id": occurrence_id,
        "event_id": event.id,
        "starts_at": starts_at,
        "ends_at": ends_at,
        "capacity": capacity,
        "alacarte_places": event.default_alacarte_places,
        "alacarte_price": event.default_alacarte_price,
        "alacarte_pass_only": event.default_alacarte_pass_only,
        "registration_opens_minutes": event.default_registration_opens_minutes,
        "registration_closes_minutes": event.default_registration_closes_minutes,
        "cancel_minutes": event.default_cancel_minutes,
        "tags": tags,
        "price_list_id": price_list_id,
        "edited": {},
    }


def check_new_dates(ctx: HandlerContext, planned: Sequence[tuple[str, str, datetime]]) -> None:
    """No date made twice: not an id already there, not an event's start already there."""
    if len(planned) > MAX_DATES:
        raise DomainError("series_too_long", count=len(planned), maximum=MAX_DATES)
    ids = [occurrence_id for occurrence_id, _, _ in planned]
    if len(set(ids)) != len(ids):
        raise DomainError("date_exists", id="")
    starts = {(event_id, start) for _, event_id, start in planned}
    if len(starts) != len(planned):
        event_id, start = _first_repeat([(e, s) for _, e, s in planned])
        raise DomainError("date_twice", starts_at=start.isoformat())
    events = {event_id for _, event_id, _ in planned}
    lowest = min(start for _, _, start in planned)
    for event_id, start in ctx.session.execute(
        select(Occurrence.event_id, Occurrence.starts_at).where(
            Occurrence.event_id.in_(events),
            Occurrence.starts_at >= lowest,
            Occurrence.cancelled.is_(False),
        )
    ):
        if (event_id, start) in starts:
            raise DomainError("date_exists_at", starts_at=start.isoformat())


def _first_repeat(pairs: list[tuple[str, datetime]]) -> tuple[str, datetime]:
    seen = set()
    for pair in pairs:
        if pair in seen:
            return pair
        seen.add(pair)
    return pairs[0]


@dataclass(frozen=True)
class DatesAdded:
    occurrence_ids: tuple[str, ...]


def add_dates(ctx: HandlerContext, cmd: AddDates) -> DatesAdded:
    supervise(ctx)
    event = _event(ctx, cmd.event_id)
    if not event.active:
        raise DomainError("event_withdrawn", event=event.name)
    if not cmd.dates:
        raise DomainError("series_empty")
    capacity = default_capacity(ctx, event, cmd.capacity)
    tags = rules.clean_tags(cmd.tags)
    if cmd.price_list_id is not None:
        usable_price_list(ctx, cmd.price_list_id, None)
    planned = [
        (
            d.occurrence_id,
            parse_time(d.starts_at, "starts_at"),
            parse_time(d.ends_at, "ends_at"),
        )
        for d in cmd.dates
    ]
    check_new_dates(ctx, [(oid, event.id, start) for oid, start, _ in planned])
    insert_rows(
        ctx.session,
        {
            Occurrence: [
                make_date(event, oid, start, end, capacity, tags, cmd.price_list_id)
                for oid, start, end in planned
            ]
        },
    )
    record(
        ctx,
        "event",
        event.id,
        "dates_added",
        name=event.name,
        count=len(planned),
        first=planned[0][1].isoformat(),
        last=planned[-1][1].isoformat(),
        capacity=capacity,
    )
    return DatesAdded(tuple(oid for oid, _, _ in planned))


# --- editing ---------------------------------------------------------------------------------


def _normal(field: str, value: Any) -> Any:
    """A field's value as the command carries it and as it is compared (times in UTC)."""
    if value is None:
        return None
    if field in TIME_FIELDS:
        return parse_time(value, field).isoformat()
    if field == "alacarte_pass_only":
        if not isinstance(value, bool):
            raise DomainError("field_invalid", field=field)
        return value
    if field == "price_list_id":
        if not isinstance(value, str):
            raise DomainError("field_invalid", field=field)
        return value
    if not isinstance(value, int) or isinstance(value, bool):
        raise DomainError("field_invalid", field=field)
    return value


def _values(occurrence: Occurrence) -> dict[str, Any]:
    return {field: _normal(field, getattr(occurrence, field)) for field in DATE_FIELDS}


def _checked_changes(changes: dict[str, Any], allowed: Sequence[str]) -> dict[str, Any]:
    if not isinstance(changes, dict):
        raise DomainError("field_invalid", field="changes")
    unknown = [f for f in changes if f not in allowed]
    if unknown:
        raise DomainError("field_unknown", field=str(unknown[0])[:40])
    values = {field: _normal(field, value) for field, value in changes.items()}
    if "capacity" in values and values["capacity"] is None:
        raise DomainError("field_invalid", field="capacity")
    for field in ("alacarte_places", "alacarte_pass_only"):
        if field in values and values[field] is None:
            raise DomainError("field_invalid", field=field)
    return values


@dataclass(frozen=True)
class TakenPlaces:
    """Per date: what reserves still hold, and what counters hold unused (places, à la carte)."""

    reserved: dict[str, int]
    leased: dict[str, int]
    leased_alacarte: dict[str, int]


def _taken(ctx: HandlerContext, occurrence_ids: Sequence[str]) -> TakenPlaces:
    ids = list(occurrence_ids)
    return TakenPlaces(
        reserved_places(ctx.session, ids),
        leased_unused(ctx.session, ids, "places"),
        leased_unused(ctx.session, ids, "alacarte"),
    )


def _apply(
    ctx: HandlerContext,
    occurrence: Occurrence,
    event: Event,
    values: dict[str, Any],
    taken: TakenPlaces,
) -> None:
    """Check the date as it would be with ``values`` and write them; refuses with numbers."""
    after = {**_values(occurrence), **values}
    starts = parse_time(after["starts_at"])
    ends = parse_time(after["ends_at"], "ends_at")
    rules.check_dates(starts, ends)
    if "capacity" in values and values["capacity"] != occurrence.capacity:
        if event.seat_map_id is not None:
            raise DomainError("capacity_seated", event=event.name)
        rules.check_count(values["capacity"], "capacity")
        rules.check_capacity_floor(
            values["capacity"],
            rules.Taken(
                sold=occurrence.sold,
                reserved=taken.reserved.get(occurrence.id, 0),
                held_back=occurrence.held_back,
                leased=taken.leased.get(occurrence.id, 0),
            ),
            occurrence=starts.isoformat(),
        )
    if any(field in values for field in ALACARTE_FIELDS):
        settings = AlacarteSettings(
            places=after["alacarte_places"],
            price=after["alacarte_price"],
            pass_only=after["alacarte_pass_only"],
            opens_minutes=after["registration_opens_minutes"],
            closes_minutes=after["registration_closes_minutes"],
            cancel_minutes=after["cancel_minutes"],
        )
        settings.validate()
        floor = occurrence.alacarte_taken + taken.leased_alacarte.get(occurrence.id, 0)
        if settings.places < floor:
            raise DomainError(
                "alacarte_below_taken",
                taken=occurrence.alacarte_taken,
                leased=taken.leased_alacarte.get(occurrence.id, 0),
                places=settings.places,
                occurrence=starts.isoformat(),
            )
    if values.get("price_list_id") is not None:
        usable_price_list(ctx, values["price_list_id"], occurrence.price_list_id)
    for field, value in values.items():
        setattr(occurrence, field, parse_time(value, field) if field in TIME_FIELDS else value)


def _tagged(current: Iterable[str], add: Iterable[str], remove: Iterable[str]) -> list[str]:
    return sorted((set(current or ()) | set(rules.clean_tags(add))) - set(rules.clean_tags(remove)))


def _locked_dates(ctx: HandlerContext, ids: Sequence[str]) -> list[Occurrence]:
    rows = ctx.session.scalars(
        select(Occurrence)
        .join(Event, Event.id == Occurrence.event_id)
        .where(Occurrence.id.in_(ids), Event.organisation_id == ctx.terminal.organisation_id)
        .order_by(Occurrence.id)
        .with_for_update(of=Occurrence)
    ).all()
    if len(rows) != len(set(ids)):
        found = {row.id for row in rows}
        missing = next(i for i in ids if i not in found)  # named, for who reads the refusal
        raise DomainError("unknown_occurrence", occurrence=rules.shown(missing, 64))
    return list(rows)


def edit_date(ctx: HandlerContext, cmd: EditDate) -> list[dict[str, Any]]:
    """Returns what this edit overwrote (or could not overwrite): see rules.merge_edit."""
    supervise(ctx)
    (occurrence,) = _locked_dates(ctx, [cmd.occurrence_id])
    if occurrence.cancelled:
        raise DomainError("occurrence_cancelled", occurrence=occurrence.id)
    event = ctx.session.get(Event, occurrence.event_id)
    assert event is not None
    changes = _checked_changes(cmd.changes, DATE_FIELDS)
    before = _checked_changes(cmd.before, DATE_FIELDS)
    merged = rules.merge_edit(
        _values(occurrence), occurrence.edited or {}, before, changes, ctx.now
    )
    seen = _values(occurrence)
    before_values = {field: seen[field] for field in merged.applied}
    _apply(ctx, occurrence, event, merged.applied, _taken(ctx, [occurrence.id]))
    occurrence.edited = merged.edited
    if cmd.add_tags or cmd.remove_tags:
        occurrence.tags = _tagged(occurrence.tags, cmd.add_tags, cmd.remove_tags)
    overwrites = [_named(ctx, o.to_json()) for o in merged.overwrites]
    record(
        ctx,
        "occurrence",
        occurrence.id,
        "edited",
        event=event.name,
        starts_at=occurrence.starts_at.isoformat(),
        changes=merged.applied,
        before=before_values,
        add_tags=list(cmd.add_tags),
        remove_tags=list(cmd.remove_tags),
        overwritten=overwrites,
    )
    if overwrites and ctx.session.info.get("log_changes"):
        # On the server: two people edited this date offline; the later edit won each field.
        # The conflicts console shows supervisors what was overwritten.
        ctx.conflicts.append(
            DomainError(
                "date_edit_overwritten",
                occurrence=occurrence.id,
                event=event.name,
                starts_at=occurrence.starts_at.isoformat(),
                fields=overwrites,
            )
        )
    return overwrites


def _named(ctx: HandlerContext, overwrite: dict[str, Any]) -> dict[str, Any]:
    """A price list overwritten is told by its name (the supervisor reads the conflict)."""
    if overwrite["field"] != "price_list_id":
        return overwrite
    for side in ("lost", "kept"):
        row = ctx.session.get(PriceList, overwrite[side]) if overwrite[side] else None
        overwrite[f"{side}_text"] = row.name if row is not None else "—"
    return overwrite


@dataclass(frozen=True)
class BulkEdited:
    edited: int
    skipped_cancelled: int


def bulk_edit_dates(ctx: HandlerContext, cmd: BulkEditDates) -> BulkEdited:
    """All the dates selected, or none: a refusal names every date it would break."""
    supervise(ctx)
    if not cmd.occurrence_ids:
        raise DomainError("selection_empty")
    if len(cmd.occurrence_ids) > MAX_DATES:
        raise DomainError("series_too_long", count=len(cmd.occurrence_ids), maximum=MAX_DATES)
    values = _checked_changes(cmd.changes, BULK_FIELDS)
    add, remove = rules.clean_tags(cmd.add_tags), rules.clean_tags(cmd.remove_tags)
    if not values and not add and not remove:
        raise DomainError("nothing_to_change")
    rows = _locked_dates(ctx, cmd.occurrence_ids)
    events = {
        e.id: e
        for e in ctx.session.scalars(select(Event).where(Event.id.in_({o.event_id for o in rows})))
    }
    live = [o for o in rows if not o.cancelled]
    taken = _taken(ctx, [o.id for o in live]) if values else TakenPlaces({}, {}, {})
    refused: list[dict[str, Any]] = []
    for occurrence in live:
        try:
            _apply(ctx, occurrence, events[occurrence.event_id], values, taken)
        except DomainError as error:
            refused.append({"code": error.code, **_plain(error.params)})
        if add or remove:
            occurrence.tags = sorted((set(occurrence.tags or ()) | set(add)) - set(remove))
        if values:
            occurrence.edited = {
                **(occurrence.edited or {}),
                **dict.fromkeys(values, ctx.now.isoformat()),
            }
    if refused:
        raise DomainError(
            "bulk_edit_refused", count=len(refused), total=len(live), dates=refused[:20]
        )
    record(
        ctx,
        "occurrence",
        "",
        "bulk_edited",
        count=len(live),
        changes=values,
        add_tags=add,
        remove_tags=remove,
        occurrences=[o.id for o in live][:MAX_DATES],
    )
    return BulkEdited(len(live), len(rows) - len(live))


def _plain(params: dict[str, Any]) -> dict[str, Any]:
    return {
        k: v.isoformat() if isinstance(v, datetime) else v
        for k, v in params.items()
        if isinstance(v, str | int | float | bool | datetime) or v is None
    }


@dataclass(frozen=True)
class DatesCancelled:
    cancelled: tuple[str, ...]
    order_ids: tuple[str, ...]  # orders with tickets of these dates still to refund


def cancel_dates(ctx: HandlerContext, cmd: CancelDates) -> DatesCancelled:
    supervise(ctx)
    if not cmd.occurrence_ids:
        raise DomainError("selection_empty")
    reason = rules.clean_text(cmd.reason, "reason", 200, required=False)
    rows = _locked_dates(ctx, cmd.occurrence_ids)
    cancelled = [o for o in rows if not o.cancelled]
    for occurrence in cancelled:
        occurrence.cancelled = True
    orders = orders_to_refund(ctx.session, [o.id for o in rows])
    record(
        ctx,
        "occurrence",
        "",
        "cancelled",
        count=len(cancelled),
        reason=reason,
        occurrences=[o.id for o in cancelled],
        orders=list(orders),
    )
    return DatesCancelled(tuple(o.id for o in cancelled), tuple(orders))


def orders_to_refund(session: Any, occurrence_ids: Sequence[str]) -> list[str]:
    """Orders holding tickets of these dates not refunded yet, oldest first."""
    return list(
        session.scalars(
            select(OrderLine.order_id)
            .join(Order, Order.id == OrderLine.order_id)
            .where(
                OrderLine.occurrence_id.in_(occurrence_ids),
                OrderLine.quantity > OrderLine.refunded_quantity,
            )
            .group_by(OrderLine.order_id)
            .order_by(func.min(Order.created_at))
        )
    )


def new_dates(planned: Iterable[tuple[str, datetime, datetime]]) -> tuple[NewDate, ...]:
    """The dates of an :class:`AddDates` command from (id, start, end)."""
    return tuple(NewDate(i, s.isoformat(), e.isoformat()) for i, s, e in planned)
