"""Dates (occurrences): the list, one date or a series (previewed before it is saved), edits
of one date and of a selection, cancellations with the orders to refund."""

from __future__ import annotations

import builtins
import re
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from guichet.domain import codes
from guichet.domain import schedule as series_rules
from guichet.domain.commands_backoffice import AddDates, BulkEditDates, CancelDates, EditDate
from guichet.domain.errors import DomainError
from guichet.domain.schedule import PlannedDate, Series
from guichet.models.tables import (
    Customer,
    Event,
    Occurrence,
    Order,
    OrderLine,
    PriceList,
    Receipt,
    ReserveQuantityRow,
    Venue,
)
from guichet.services.backoffice.desk import Desk
from guichet.services.backoffice.views import DateView, RefundDue
from guichet.services.handlers_schedule import BulkEdited, DatesCancelled, new_dates


@dataclass(frozen=True)
class DateFilter:
    """Which dates the schedule lists: an event (or all), a period of local days, or given
    dates (``ids``)."""

    event_id: str | None = None
    first_day: date | None = None
    last_day: date | None = None
    include_cancelled: bool = True
    limit: int = 20_000
    ids: tuple[str, ...] | None = None


class DatesDesk(Desk):
    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.office.timezone)

    def list(self, wanted: DateFilter | None = None) -> list[DateView]:
        """The dates, by start. Reads plain columns (no ORM objects): a season of 10,000
        dates fills the table in one go."""
        wanted = wanted or DateFilter()
        held = (
            select(
                ReserveQuantityRow.occurrence_id.label("occurrence_id"),
                func.sum(ReserveQuantityRow.held - ReserveQuantityRow.drawn).label("held"),
            )
            .group_by(ReserveQuantityRow.occurrence_id)
            .subquery()
        )
        query = (
            select(
                Occurrence.id,
                Occurrence.event_id,
                Event.name,
                Event.name_en,
                Venue.name,
                Occurrence.starts_at,
                Occurrence.ends_at,
                Occurrence.capacity,
                Occurrence.sold,
                func.coalesce(held.c.held, 0),
                Occurrence.held_back,
                Occurrence.tags,
                Event.tags,
                Occurrence.price_list_id,
                Event.price_list_id,
                Occurrence.alacarte_places,
                Occurrence.alacarte_taken,
                Occurrence.alacarte_price,
                Occurrence.alacarte_pass_only,
                Occurrence.registration_opens_minutes,
                Occurrence.registration_closes_minutes,
                Occurrence.cancel_minutes,
                Occurrence.cancelled,
                Event.seat_map_id,
            )
            .join(Event, Event.id == Occurrence.event_id)
            .join(Venue, Venue.id == Event.venue_id)
            .outerjoin(held, held.c.occurrence_id == Occurrence.id)
            .where(Event.organisation_id == self.office.organisation_id)
            .order_by(Occurrence.starts_at, Event.name)
            .limit(wanted.limit)
        )
        if wanted.event_id is not None:
            query = query.where(Occurrence.event_id == wanted.event_id)
        if wanted.ids is not None:
            query = query.where(Occurrence.id.in_(list(wanted.ids)))
        if wanted.first_day is not None:
            start = datetime.combine(wanted.first_day, time.min, tzinfo=self.zone)
            query = query.where(Occurrence.starts_at >= start)
        if wanted.last_day is not None:
            end = datetime.combine(wanted.last_day + timedelta(days=1), time.min, tzinfo=self.zone)
            query = query.where(Occurrence.starts_at < end)
        if not wanted.include_cancelled:
            query = query.where(Occurrence.cancelled.is_(False))
        english = self.office.lang == "en"
        with self.session() as session:
            lists: dict[str, str] = {
                list_id: name
                for list_id, name in session.execute(
                    select(PriceList.id, PriceList.name).where(
                        PriceList.organisation_id == self.office.organisation_id
                    )
                )
            }
            return [
                DateView(
                    id=oid,
                    event_id=event_id,
                    # In the reader's language (« Bain libre » is "Public swim").
                    event_name=(event_name_en if english else "") or event_name,
                    venue_name=venue,
                    starts_at=starts,
                    ends_at=ends,
                    capacity=capacity,
                    sold=sold,
                    reserved=int(reserved or 0),
                    held_back=held_back,
                    tags=tuple(tags or ()),
                    event_tags=tuple(event_tags or ()),
                    price_list_id=own_list,
                    price_list_name=lists.get(own_list or event_list, ""),
                    alacarte_places=places,
                    alacarte_taken=taken,
                    alacarte_price=price,
                    alacarte_pass_only=pass_only,
                    registration_opens_minutes=opens,
                    registration_closes_minutes=closes,
                    cancel_minutes=cancel,
                    cancelled=cancelled,
                    seated=seat_map is not None,
                )
                for (
                    oid,
                    event_id,
                    event_name,
                    event_name_en,
                    venue,
                    starts,
                    ends,
                    capacity,
                    sold,
                    reserved,
                    held_back,
                    tags,
                    event_tags,
                    own_list,
                    event_list,
                    places,
                    taken,
                    price,
                    pass_only,
                    opens,
                    closes,
                    cancel,
                    cancelled,
                    seat_map,
                ) in session.connection().execute(query)
            ]

    def get(self, occurrence_id: str) -> DateView:
        found = self.list(DateFilter(ids=(occurrence_id,)))
        if not found:
            raise DomainError("unknown_occurrence", occurrence=occurrence_id)
        return found[0]

    def matching(
        self,
        dates: Iterable[DateView],
        weekdays: Iterable[int] = (),
        times: Iterable[time] = (),
        *,
        include_cancelled: bool = False,
    ) -> builtins.list[str]:
        """The selection helper's rule: of ``dates``, those starting on one of ``weekdays``
        (0 Monday) at one of ``times``, in the organisation's local time ("Tuesdays and
        Wednesdays at 10 h and 12 h"). No weekday means every day, no time every time;
        cancelled dates are left out unless asked for."""
        days = set(weekdays)
        moments = {(t.hour, t.minute) for t in times}
        zone = self.zone
        chosen = []
        for view in dates:
            if view.cancelled and not include_cancelled:
                continue
            start = view.starts_at.astimezone(zone)
            if days and start.weekday() not in days:
                continue
            if moments and (start.hour, start.minute) not in moments:
                continue
            chosen.append(view.id)
        return chosen

    # --- adding ---------------------------------------------------------------------------

    def preview(self, series: Series) -> builtins.list[PlannedDate]:
        """The dates a series yields, in the organisation's time zone (nothing is saved)."""
        return series_rules.expand(series, self.office.timezone)

    def add_series(
        self,
        event_id: str,
        series: Series,
        *,
        capacity: int | None = None,
        tags: Iterable[str] = (),
    ) -> builtins.list[str]:
        """Save the dates :meth:`preview` shows, in one command."""
        planned = self.preview(series)
        return self._add(event_id, [(p.starts_at, p.ends_at) for p in planned], capacity, tags)

    def add_one(
        self,
        event_id: str,
        starts_at: datetime,
        ends_at: datetime | None = None,
        *,
        capacity: int | None = None,
        tags: Iterable[str] = (),
    ) -> str:
        """One date; without an end, the event's length."""
        if ends_at is None:
            event = self.office.events.get(event_id)
            ends_at = starts_at + timedelta(minutes=event.defaults.duration_minutes)
        return self._add(event_id, [(starts_at, ends_at)], capacity, tags)[0]

    def _add(
        self,
        event_id: str,
        planned: Sequence[tuple[datetime, datetime]],
        capacity: int | None,
        tags: Iterable[str],
    ) -> builtins.list[str]:
        dates = new_dates((str(uuid.uuid4()), s, e) for s, e in planned)
        result = self.dispatch(AddDates(event_id, dates, capacity=capacity, tags=tuple(tags)))
        return list(result.occurrence_ids)

    # --- editing --------------------------------------------------------------------------

    def edit(
        self,
        before: DateView,
        changes: dict[str, Any],
        *,
        add_tags: Iterable[str] = (),
        remove_tags: Iterable[str] = (),
    ) -> builtins.list[dict[str, Any]]:
        """Change fields of one date as seen in ``before`` (what the editor saw: of two edits
        made offline, the later one wins field by field). Only the fields that differ from
        ``before`` are sent. Returns what was overwritten (empty at a counter)."""
        seen = before.values()
        changed = {k: v for k, v in _sendable(changes).items() if seen.get(k) != v}
        result: builtins.list[dict[str, Any]] = self.dispatch(
            EditDate(
                before.id,
                changed,
                {k: seen[k] for k in changed},
                tuple(add_tags),
                tuple(remove_tags),
            )
        )
        return result

    def bulk_edit(
        self,
        occurrence_ids: Sequence[str],
        changes: dict[str, Any],
        *,
        add_tags: Iterable[str] = (),
        remove_tags: Iterable[str] = (),
    ) -> BulkEdited:
        """Tag, re-capacity, change the list or the à-la-carte settings of a selection of
        dates in one command: every date or none."""
        result: BulkEdited = self.dispatch(
            BulkEditDates(
                tuple(occurrence_ids), _sendable(changes), tuple(add_tags), tuple(remove_tags)
            )
        )
        return result

    def cancel(self, occurrence_ids: Sequence[str], reason: str = "") -> builtins.list[RefundDue]:
        """Cancel dates (no longer sold); their orders stay: here are those to refund."""
        result: DatesCancelled = self.dispatch(CancelDates(tuple(occurrence_ids), reason))
        return self.orders_to_refund(occurrence_ids) if result.order_ids else []

    def orders_to_refund(self, occurrence_ids: Sequence[str]) -> builtins.list[RefundDue]:
        """Orders with tickets of these dates not refunded yet, and what refunding those
        tickets gives back (to the cent, as the refund window will compute it)."""
        from guichet.services.handlers import refund_amounts

        with self.session() as session:
            due: dict[str, tuple[Order, int, int]] = {}
            for order, line in session.execute(
                select(Order, OrderLine)
                .join(OrderLine, OrderLine.order_id == Order.id)
                .where(
                    OrderLine.occurrence_id.in_(list(occurrence_ids)),
                    OrderLine.quantity > OrderLine.refunded_quantity,
                )
                .order_by(Order.created_at)
            ):
                left = line.quantity - line.refunded_quantity
                net, taxes = refund_amounts(line, left)
                _, tickets, total = due.get(order.id, (order, 0, 0))
                due[order.id] = (order, tickets + left, total + net + sum(taxes.values()))
            lines = list(due.values())
            receipts = {
                r.order_id: r.number
                for r in session.scalars(
                    select(Receipt).where(
                        Receipt.order_id.in_([o.id for o, _, _ in lines]), Receipt.kind == "sale"
                    )
                )
            }
            customers = {
                c.id: c.name
                for c in session.scalars(
                    select(Customer).where(
                        Customer.id.in_([o.customer_id for o, _, _ in lines if o.customer_id])
                    )
                )
            }
            return [
                RefundDue(
                    order_id=o.id,
                    order_code=codes.display(o.code),
                    receipt_number=receipts.get(o.id),
                    created_at=o.created_at,
                    customer=customers.get(o.customer_id or "", "")
                    or str((o.participant or {}).get("name", "")),
                    tickets=int(tickets or 0),
                    total=int(total or 0),
                )
                for o, tickets, total in lines
            ]


def _sendable(changes: dict[str, Any]) -> dict[str, Any]:
    """Times as ISO texts in UTC, as the commands carry them and the views compare them."""
    return {
        k: v.astimezone(UTC).isoformat() if isinstance(v, datetime) else v
        for k, v in changes.items()
    }


# --- what people type in the schedule's fields -----------------------------------------------

_TIME = re.compile(
    r"(?P<hour>\d{1,2})\s*(?:(?:h|:)\s*(?P<minute>\d{2})?)?\s*"
    r"(?P<half>a\.?\s?m\.?|p\.?\s?m\.?)?",
    re.IGNORECASE,
)
_TIME_SEPARATORS = re.compile(r"[,;]|\s+(?:et|and)\s+", re.IGNORECASE)


def parse_time_of_day(text: str) -> time:
    """One start time as typed in Quebec: "10 h", "12 h 30", "12h30", "10:00", "14", or in
    English "2 pm", "2:30 p.m."."""
    raw = text.strip()
    found = _TIME.fullmatch(raw.replace("\u00a0", " ").replace("\u202f", " "))
    if found is None:
        raise DomainError("time_invalid", text=raw[:40])
    hour, minute = int(found["hour"]), int(found["minute"] or 0)
    half = (found["half"] or "").lower().replace(".", "").replace(" ", "")
    if half:
        if not 1 <= hour <= 12:
            raise DomainError("time_invalid", text=raw[:40])
        hour = hour % 12 + (12 if half == "pm" else 0)
    if hour > 23 or minute > 59:
        raise DomainError("time_invalid", text=raw[:40])
    return time(hour, minute)


def parse_times(text: str) -> tuple[time, ...]:
    """Start times separated by commas: "10 h, 12 h 30", "10:00; 12:00", "10 h et 14 h";
    in order, without repeats. Nothing typed gives none."""
    moments = {parse_time_of_day(part) for part in _TIME_SEPARATORS.split(text) if part.strip()}
    return tuple(sorted(moments))


def time_text(moment: time, lang: str) -> str:
    """A start time as the fields show it: "10 h", "12 h 30" / "10:00 AM"."""
    if lang == "fr":
        if moment.minute == 0:
            return f"{moment.hour}\u00a0h"
        return f"{moment.hour}\u00a0h\u00a0{moment.minute:02d}"
    half = "AM" if moment.hour < 12 else "PM"
    return f"{(moment.hour + 11) % 12 + 1}:{moment.minute:02d}\u00a0{half}"


_DELAY_PART = re.compile(
    r"(?P<value>\d+)\s*(?P<unit>jours?|j|days?|d|heures?|hours?|h|minutes?|min|m)?",
    re.IGNORECASE,
)
_UNIT_MINUTES = {"j": 1440, "d": 1440, "h": 60, "m": 1}


def parse_delay(text: str, field: str = "delay") -> int | None:
    """A length or a delay in minutes: "90", "90 min", "2 h", "1 h 30", "7 j", "2 days";
    "-30 min" counts after the start (registration may close once it began). Empty: none."""
    raw = text.strip()
    if not raw:
        return None
    body = raw.replace("\u00a0", " ").replace("\u202f", " ")
    sign = -1 if body.startswith("-") else 1
    body = body.lstrip("-+").strip()
    total, position = 0, 0
    units: builtins.list[str] = []
    for part in _DELAY_PART.finditer(body):
        if body[position : part.start()].strip(" ,"):
            break
        unit = (part["unit"] or "").lower()[:1] or ("m" if not units else _next_unit(units[-1]))
        units.append(unit)
        total += int(part["value"]) * _UNIT_MINUTES[unit]
        position = part.end()
    if not units or body[position:].strip() or len(set(units)) != len(units):
        raise DomainError("delay_invalid", field=field, text=raw[:40])
    if total > 366 * 24 * 60:
        raise DomainError("delay_invalid", field=field, text=raw[:40])
    return sign * total


def parse_length(text: str) -> int | None:
    """A date's length: "90", "2 h", "1 h 30" (minutes); empty: none (the event's)."""
    try:
        minutes = parse_delay(text, "duration")
    except DomainError:
        raise DomainError("length_invalid", text=text.strip()[:40]) from None
    if minutes is not None and minutes <= 0:
        raise DomainError("length_invalid", text=text.strip()[:40])
    return minutes


def _next_unit(unit: str) -> str:
    """The unit a bare number takes after another: "1 h 30" is 1 h 30 min."""
    return {"j": "h", "d": "h", "h": "m"}.get(unit, "?")


def delay_text(minutes: int | None, lang: str) -> str:
    """A delay as :func:`parse_delay` reads it back: "7 j", "48 h", "1 h 30", "45 min"."""
    if minutes is None:
        return ""
    sign = "-" if minutes < 0 else ""
    value = abs(minutes)
    day = "j" if lang == "fr" else "d"
    if value and value % 1440 == 0:
        return f"{sign}{value // 1440}\u00a0{day}"
    if value >= 60 and value % 60 == 0:
        return f"{sign}{value // 60}\u00a0h"
    if value > 60:
        return f"{sign}{value // 60}\u00a0h\u00a0{value % 60:02d}"
    return f"{sign}{value}\u00a0min"


def parse_count(text: str, field: str = "capacity") -> int | None:
    """A whole number typed in a field ("1 200" too); empty: none (inherited)."""
    raw = text.strip()
    if not raw:
        return None
    digits = raw.replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
    if digits.startswith("-") and digits[1:].isdigit():
        raise DomainError("number_negative", field=field, value=int(digits))
    if not digits.isdigit():
        raise DomainError("number_invalid", field=field, text=raw[:40])
    return int(digits)
