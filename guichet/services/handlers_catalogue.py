"""Handlers of the catalogue: venues and halls, events (shows and activities), ticket
categories and price lists. Supervisors and owners only; every change leaves a line of
history. What a date inherits from its event is copied when the date is made
(:mod:`guichet.services.handlers_schedule`)."""

from __future__ import annotations

from sqlalchemy import func, select

from guichet.domain import catalogue as rules
from guichet.domain.cards import AlacarteSettings
from guichet.domain.commands_backoffice import (
    DeletePriceList,
    EventDefaults,
    OrderCategories,
    SaveCategory,
    SaveEvent,
    SaveHall,
    SavePriceList,
    SaveVenue,
)
from guichet.domain.errors import DomainError
from guichet.models.db import fold
from guichet.models.tables import (
    Activity,
    Event,
    Hall,
    Occurrence,
    Price,
    PriceList,
    Promotion,
    SeatMapRow,
    SeatRow,
    TicketCategory,
    Venue,
)
from guichet.services.backoffice_rules import owned, record, supervise
from guichet.services.context import HandlerContext

EVENT_KINDS = ("show", "activity")
DESCRIPTION_MAX = 4000


def _taken(ctx: HandlerContext, model: type, column: str, value: str, row_id: str) -> bool:
    """Whether another row of this organisation already has this name (accents and case
    aside): imports and the command line find venues, events and lists by name."""
    folded = fold(value)
    return any(
        fold(other) == folded
        for other in ctx.session.scalars(
            select(getattr(model, column)).where(
                model.organisation_id == ctx.terminal.organisation_id,  # type: ignore[attr-defined]
                model.id != row_id,  # type: ignore[attr-defined]
            )
        )
    )


# --- venues and halls ----------------------------------------------------------------------


def save_venue(ctx: HandlerContext, cmd: SaveVenue) -> str:
    supervise(ctx)
    name = rules.clean_text(cmd.name, "venue_name")
    address = rules.clean_lines(cmd.address, "address")
    if _taken(ctx, Venue, "name", name, cmd.venue_id):
        raise DomainError("venue_name_taken", name=name)
    venue = ctx.session.get(Venue, cmd.venue_id)
    if cmd.created:
        if venue is not None:
            raise DomainError("venue_exists", venue=cmd.venue_id)
        venue = Venue(id=cmd.venue_id, organisation_id=ctx.terminal.organisation_id, name=name)
        ctx.session.add(venue)
    elif venue is None or venue.organisation_id != ctx.terminal.organisation_id:
        raise DomainError("unknown_venue", id=cmd.venue_id)
    action = (
        "created" if cmd.created else ("withdrawn" if venue.active and not cmd.active else "saved")
    )
    venue.name = name
    venue.address = address
    venue.active = cmd.active
    record(ctx, "venue", venue.id, action, name=name)
    return venue.id


def seat_count(ctx: HandlerContext, seat_map_id: str) -> int:
    return int(
        ctx.session.scalar(select(func.count(SeatRow.id)).where(SeatRow.seat_map_id == seat_map_id))
        or 0
    )


def save_hall(ctx: HandlerContext, cmd: SaveHall) -> str:
    supervise(ctx)
    venue = owned(ctx, Venue, cmd.venue_id, "unknown_venue")
    name = rules.clean_text(cmd.name, "hall_name")
    capacity = rules.check_count(cmd.capacity, "capacity")
    if cmd.seat_map_id is not None:
        seat_map = owned(ctx, SeatMapRow, cmd.seat_map_id, "unknown_seat_map")
        if seat_map.venue_id != venue.id:
            raise DomainError("unknown_seat_map", id=cmd.seat_map_id)
        capacity = seat_count(ctx, seat_map.id)  # a seated hall holds exactly its seats
    others = ctx.session.scalars(
        select(Hall.name).where(Hall.venue_id == venue.id, Hall.id != cmd.hall_id)
    )
    if any(fold(other) == fold(name) for other in others):
        raise DomainError("hall_name_taken", name=name, venue=venue.name)
    hall = ctx.session.get(Hall, cmd.hall_id)
    if cmd.created:
        if hall is not None:
            raise DomainError("hall_exists", hall=cmd.hall_id)
        hall = Hall(id=cmd.hall_id, organisation_id=venue.organisation_id, venue_id=venue.id)
        ctx.session.add(hall)
    elif hall is None or hall.organisation_id != ctx.terminal.organisation_id:
        raise DomainError("unknown_hall", id=cmd.hall_id)
    elif hall.venue_id != venue.id:
        raise DomainError("hall_other_venue", hall=hall.name)
    hall.name = name
    hall.capacity = capacity
    hall.seat_map_id = cmd.seat_map_id
    hall.active = cmd.active
    record(
        ctx,
        "hall",
        hall.id,
        "created" if cmd.created else "saved",
        name=name,
        venue=venue.name,
        capacity=capacity,
        seated=cmd.seat_map_id is not None,
    )
    return hall.id


# --- events ----------------------------------------------------------------------------------


def check_defaults(defaults: EventDefaults) -> None:
    if not 0 < defaults.duration_minutes <= rules.DURATION_MAX:
        raise DomainError("duration_invalid", minutes=defaults.duration_minutes)
    if defaults.capacity is not None:
        rules.check_count(defaults.capacity, "capacity")
    AlacarteSettings(
        places=defaults.alacarte_places,
        price=defaults.alacarte_price,
        pass_only=defaults.alacarte_pass_only,
        opens_minutes=defaults.registration_opens_minutes,
        closes_minutes=defaults.registration_closes_minutes,
        cancel_minutes=defaults.cancel_minutes,
    ).validate()


def usable_price_list(ctx: HandlerContext, price_list_id: str, current: str | None) -> PriceList:
    """A list for an event or a date: withdrawn lists are kept by what has them already."""
    price_list = owned(ctx, PriceList, price_list_id, "unknown_price_list")
    if not price_list.active and price_list.id != current:
        raise DomainError("price_list_withdrawn", name=price_list.name)
    return price_list


def save_event(ctx: HandlerContext, cmd: SaveEvent) -> str:
    supervise(ctx)
    if cmd.kind not in EVENT_KINDS:
        raise DomainError("event_kind_unknown", kind=str(cmd.kind)[:20])
    name = rules.clean_text(cmd.name_fr, "event_name")
    name_en = rules.clean_text(cmd.name_en, "event_name_en", required=False)
    description = rules.clean_lines(cmd.description, "description", DESCRIPTION_MAX)
    account = rules.clean_text(
        cmd.accounting_account, "accounting_account", rules.ACCOUNT_MAX, required=False
    )
    tags = rules.clean_tags(cmd.tags)
    check_defaults(cmd.defaults)
    if cmd.allotment_size is not None:
        rules.check_count(cmd.allotment_size, "allotment_size")
    if _taken(ctx, Event, "name", name, cmd.event_id):
        raise DomainError("event_name_taken", name=name)
    event = ctx.session.get(Event, cmd.event_id)
    if cmd.created:
        if event is not None:
            raise DomainError("event_exists", event=cmd.event_id)
    elif event is None or event.organisation_id != ctx.terminal.organisation_id:
        raise DomainError("unknown_event", event=cmd.event_id)
    venue = owned(ctx, Venue, cmd.venue_id, "unknown_venue")
    if not venue.active and (event is None or event.venue_id != venue.id):
        raise DomainError("venue_withdrawn", venue=venue.name)
    price_list = usable_price_list(ctx, cmd.price_list_id, event.price_list_id if event else None)
    seat_map_id = None
    if cmd.hall_id is not None:
        hall = owned(ctx, Hall, cmd.hall_id, "unknown_hall")
        if hall.venue_id != venue.id:
            raise DomainError("hall_other_venue", hall=hall.name)
        seat_map_id = hall.seat_map_id
    activity = ctx.session.get(Activity, cmd.activity_id)
    if activity is None:
        activity = Activity(
            id=cmd.activity_id,
            organisation_id=ctx.terminal.organisation_id,
            name=rules.clean_text(cmd.activity_name or name, "activity_name"),
        )
        ctx.session.add(activity)
    elif activity.organisation_id != ctx.terminal.organisation_id:
        raise DomainError("unknown_activity", id=cmd.activity_id)
    if event is None:
        event = Event(
            id=cmd.event_id,
            organisation_id=ctx.terminal.organisation_id,
            activity_id=activity.id,
            venue_id=venue.id,
            price_list_id=price_list.id,
            name=name,
        )
        ctx.session.add(event)
        changed = ["created"]
    else:
        changed = _event_changes(event, cmd, name, name_en, price_list.id, tags)
        if seat_map_id != event.seat_map_id:
            _change_seat_map(ctx, event, seat_map_id)
    defaults = cmd.defaults
    event.kind = cmd.kind
    event.name = name
    event.name_en = name_en
    event.description = description
    event.tags = tags
    event.venue_id = venue.id
    event.hall_id = cmd.hall_id
    event.price_list_id = price_list.id
    event.activity_id = activity.id
    event.accounting_account = account
    event.seat_map_id = seat_map_id
    event.allotment_size = cmd.allotment_size
    event.active = cmd.active
    event.duration_minutes = defaults.duration_minutes
    event.default_capacity = defaults.capacity
    event.default_alacarte_places = defaults.alacarte_places
    event.default_alacarte_price = defaults.alacarte_price
    event.default_alacarte_pass_only = defaults.alacarte_pass_only
    event.default_registration_opens_minutes = defaults.registration_opens_minutes
    event.default_registration_closes_minutes = defaults.registration_closes_minutes
    event.default_cancel_minutes = defaults.cancel_minutes
    record(ctx, "event", event.id, "created" if cmd.created else "saved", name=name, fields=changed)
    return event.id


def _event_changes(
    event: Event, cmd: SaveEvent, name: str, name_en: str, price_list_id: str, tags: list[str]
) -> list[str]:
    pairs = {
        "name": (event.name, name),
        "name_en": (event.name_en, name_en),
        "venue": (event.venue_id, cmd.venue_id),
        "hall": (event.hall_id, cmd.hall_id),
        "price_list": (event.price_list_id, price_list_id),
        "tags": (sorted(event.tags or ()), tags),
        "active": (event.active, cmd.active),
        "accounting_account": (event.accounting_account, cmd.accounting_account),
    }
    return [field for field, (old, new) in pairs.items() if old != new]


def _change_seat_map(ctx: HandlerContext, event: Event, seat_map_id: str | None) -> None:
    """An event moved to a hall with another seat map (or none): only before it sold."""
    dates = ctx.session.scalars(
        select(Occurrence).where(Occurrence.event_id == event.id).with_for_update()
    ).all()
    if any(o.sold for o in dates):
        raise DomainError("seat_map_after_sales", event=event.name)
    if seat_map_id is not None:
        seats = seat_count(ctx, seat_map_id)
        for occurrence in dates:
            occurrence.capacity = seats


# --- categories and price lists --------------------------------------------------------------


def save_category(ctx: HandlerContext, cmd: SaveCategory) -> str:
    supervise(ctx)
    code = rules.clean_code(cmd.code)
    name_fr = rules.clean_text(cmd.name_fr, "category_name", rules.CATEGORY_NAME_MAX)
    name_en = rules.clean_text(
        cmd.name_en, "category_name_en", rules.CATEGORY_NAME_MAX, required=False
    )
    tags = rules.clean_tags(cmd.tags)
    account = rules.clean_text(
        cmd.accounting_account, "accounting_account", rules.ACCOUNT_MAX, required=False
    )
    org = ctx.terminal.organisation_id
    clash = ctx.session.scalar(
        select(TicketCategory.id).where(
            TicketCategory.organisation_id == org,
            TicketCategory.code == code,
            TicketCategory.id != cmd.category_id,
        )
    )
    if clash is not None:
        raise DomainError("category_code_taken", text=code)
    if _taken(ctx, TicketCategory, "name_fr", name_fr, cmd.category_id):
        raise DomainError("category_name_taken", name=name_fr)
    category = ctx.session.get(TicketCategory, cmd.category_id)
    if cmd.created:
        if category is not None:
            raise DomainError("category_exists", category=cmd.category_id)
        last = ctx.session.scalar(
            select(func.max(TicketCategory.position)).where(TicketCategory.organisation_id == org)
        )
        category = TicketCategory(
            id=cmd.category_id,
            organisation_id=org,
            code=code,
            name_fr=name_fr,
            name_en=name_en or name_fr,
            position=(last + 1) if last is not None else 0,
        )
        ctx.session.add(category)
    elif category is None or category.organisation_id != org:
        raise DomainError("unknown_category", id=cmd.category_id)
    category.code = code
    category.name_fr = name_fr
    category.name_en = name_en or name_fr
    category.tags = tags
    category.accounting_account = account
    category.active = cmd.active
    if cmd.position is not None:
        rules.check_count(cmd.position, "position", 10_000)
        category.position = cmd.position
    record(
        ctx, "category", category.id, "created" if cmd.created else "saved", name=name_fr, code=code
    )
    return category.id


def order_categories(ctx: HandlerContext, cmd: OrderCategories) -> None:
    supervise(ctx)
    rows = {
        c.id: c
        for c in ctx.session.scalars(
            select(TicketCategory).where(
                TicketCategory.organisation_id == ctx.terminal.organisation_id
            )
        )
    }
    if (
        len(set(cmd.category_ids)) != len(cmd.category_ids)
        or not set(cmd.category_ids) <= rows.keys()
    ):
        raise DomainError("unknown_category", id="")
    # Categories not named keep their order, after those named.
    rest = sorted(
        (c for i, c in rows.items() if i not in cmd.category_ids), key=lambda c: c.position
    )
    for position, category in enumerate([rows[i] for i in cmd.category_ids] + rest):
        category.position = position
    record(ctx, "category", "", "ordered", order=[rows[i].code for i in cmd.category_ids])


def save_price_list(ctx: HandlerContext, cmd: SavePriceList) -> str:
    supervise(ctx)
    org = ctx.terminal.organisation_id
    name = rules.clean_text(cmd.name, "price_list_name", 120)
    tags = rules.clean_tags(cmd.tags)
    if _taken(ctx, PriceList, "name", name, cmd.price_list_id):
        raise DomainError("price_list_name_taken", name=name)
    categories = {
        c.id: c
        for c in ctx.session.scalars(
            select(TicketCategory).where(TicketCategory.organisation_id == org)
        )
    }
    for category_id, amount in cmd.prices.items():
        if category_id not in categories:
            raise DomainError("unknown_category", id=str(category_id)[:40])
        rules.check_price(amount)
    price_list = ctx.session.get(PriceList, cmd.price_list_id)
    if cmd.created:
        if price_list is not None:
            raise DomainError("price_list_exists", price_list=cmd.price_list_id)
        if cmd.copied_from is not None:
            owned(ctx, PriceList, cmd.copied_from, "unknown_price_list")
        price_list = PriceList(id=cmd.price_list_id, organisation_id=org, name=name)
        ctx.session.add(price_list)
        ctx.session.flush()  # its prices refer to it
        before: dict[str, int] = {}
    elif price_list is None or price_list.organisation_id != org:
        raise DomainError("unknown_price_list", id=cmd.price_list_id)
    else:
        before = {
            p.category_id: p.amount
            for p in ctx.session.scalars(select(Price).where(Price.price_list_id == price_list.id))
        }
    price_list.name = name
    price_list.tags = tags
    price_list.active = cmd.active
    existing = {
        p.category_id: p
        for p in ctx.session.scalars(select(Price).where(Price.price_list_id == price_list.id))
    }
    for category_id, amount in cmd.prices.items():
        row = existing.pop(category_id, None)
        if row is None:
            ctx.session.add(
                Price(price_list_id=price_list.id, category_id=category_id, amount=amount)
            )
        elif row.amount != amount:
            row.amount = amount
    for row in existing.values():  # a category no longer offered by this list
        ctx.session.delete(row)
    changes = {
        categories[c].code: [before.get(c), cmd.prices.get(c)]
        for c in set(before) | set(cmd.prices)
        if before.get(c) != cmd.prices.get(c)
    }
    action = "copied" if cmd.copied_from else ("created" if cmd.created else "saved")
    record(ctx, "price_list", price_list.id, action, name=name, prices=changes)
    return price_list.id


def delete_price_list(ctx: HandlerContext, cmd: DeletePriceList) -> None:
    supervise(ctx)
    price_list = owned(ctx, PriceList, cmd.price_list_id, "unknown_price_list")
    events = ctx.session.scalar(
        select(func.count(Event.id)).where(Event.price_list_id == price_list.id)
    )
    dates = ctx.session.scalar(
        select(func.count(Occurrence.id)).where(Occurrence.price_list_id == price_list.id)
    )
    promotions = ctx.session.scalar(
        select(func.count(Promotion.id)).where(Promotion.effect_price_list_id == price_list.id)
    )
    if events or dates or promotions:
        raise DomainError(
            "price_list_in_use",
            name=price_list.name,
            events=int(events or 0),
            dates=int(dates or 0),
            promotions=int(promotions or 0),
        )
    # Through the unit of work, not one DELETE: the server logs each row for the counters.
    for price in ctx.session.scalars(select(Price).where(Price.price_list_id == price_list.id)):
        ctx.session.delete(price)
    ctx.session.flush()
    record(ctx, "price_list", price_list.id, "deleted", name=price_list.name)
    ctx.session.delete(price_list)
