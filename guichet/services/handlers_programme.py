"""Handler of a season's programme imported from a spreadsheet: the events it names that
are not known yet, then every date, or nothing (the counter checked the file line by line;
this checks again, as the server will)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from guichet.domain import catalogue as rules
from guichet.domain.commands_backoffice import ImportProgramme, ProgrammeDate
from guichet.domain.errors import DomainError
from guichet.domain.schedule import MAX_DATES
from guichet.models.tables import Activity, Event, Occurrence, PriceList, Venue
from guichet.services.backoffice_rules import owned, record, supervise
from guichet.services.context import HandlerContext
from guichet.services.handlers_catalogue import usable_price_list
from guichet.services.handlers_schedule import (
    check_new_dates,
    default_capacity,
    make_date,
    parse_time,
)
from guichet.services.rows import insert_rows


@dataclass(frozen=True)
class ProgrammeImported:
    events: int
    dates: int


def import_programme(ctx: HandlerContext, cmd: ImportProgramme) -> ProgrammeImported:
    """Every date of the file goes in, or none (the counter checked it line by line first;
    this checks again, as the server will)."""
    supervise(ctx)
    if not cmd.dates:
        raise DomainError("programme_empty")
    if len(cmd.dates) > MAX_DATES:
        raise DomainError("programme_too_long", count=len(cmd.dates), maximum=MAX_DATES)
    org = ctx.terminal.organisation_id
    for new in cmd.events:
        venue = owned(ctx, Venue, new.venue_id, "unknown_venue")
        price_list = usable_price_list(ctx, new.price_list_id, None)
        name = rules.clean_text(new.name, "event_name")
        if ctx.session.get(Event, new.event_id) is not None:
            raise DomainError("event_exists", event=new.event_id)
        if not 0 < new.duration_minutes <= rules.DURATION_MAX:
            raise DomainError("duration_invalid", minutes=new.duration_minutes)
        if ctx.session.get(Activity, new.activity_id) is None:
            ctx.session.add(Activity(id=new.activity_id, organisation_id=org, name=name))
        ctx.session.add(
            Event(
                id=new.event_id,
                organisation_id=org,
                activity_id=new.activity_id,
                venue_id=venue.id,
                price_list_id=price_list.id,
                name=name,
                kind=new.kind if new.kind in ("show", "activity") else "show",
                duration_minutes=new.duration_minutes,
            )
        )
    ctx.session.flush()
    events = {
        e.id: e
        for e in ctx.session.scalars(
            select(Event).where(
                Event.id.in_({d.event_id for d in cmd.dates}), Event.organisation_id == org
            )
        )
    }
    lists: dict[str, PriceList] = {}
    planned: list[tuple[ProgrammeDate, datetime, datetime]] = []
    for date in cmd.dates:
        event = events.get(date.event_id)
        if event is None:
            raise DomainError("unknown_event", event=date.event_id)
        if not event.active:
            raise DomainError("event_withdrawn", event=event.name)
        if date.price_list_id is not None and date.price_list_id not in lists:
            lists[date.price_list_id] = usable_price_list(ctx, date.price_list_id, None)
        planned.append((date, parse_time(date.starts_at), parse_time(date.ends_at, "ends_at")))
    check_new_dates(ctx, [(d.occurrence_id, d.event_id, start) for d, start, _ in planned])
    capacities: dict[tuple[str, int | None], int] = {}  # a seated event counts its seats once
    for d, _, _ in planned:
        key = (d.event_id, d.capacity)
        if key not in capacities:
            capacities[key] = default_capacity(ctx, events[d.event_id], d.capacity)
    rows = [
        make_date(
            events[d.event_id],
            d.occurrence_id,
            start,
            end,
            capacities[(d.event_id, d.capacity)],
            rules.clean_tags(d.tags),
            None
            if d.price_list_id is None or d.price_list_id == events[d.event_id].price_list_id
            else d.price_list_id,
        )
        for d, start, end in planned
    ]
    insert_rows(ctx.session, {Occurrence: rows})
    record(
        ctx,
        "programme",
        "",
        "imported",
        file=rules.clean_text(cmd.file_name, "file", 200, required=False),
        events=len(cmd.events),
        dates=len(cmd.dates),
    )
    return ProgrammeImported(len(cmd.events), len(cmd.dates))
