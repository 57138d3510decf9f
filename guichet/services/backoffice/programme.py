"""A season's programme in a spreadsheet: one row per date, the columns
``event, venue, starts_at, ends_at, capacity, price_list, tags``.

Import: the file is read (see :mod:`programme_files`: CSV in UTF-8 with or without BOM, or
Excel's Windows-1252; ``,`` or ``;`` between cells; or XLSX), every row checked, and shown as
a preview with its errors line by line (every error of a line, not only its first); nothing
is written unless every row is valid, and then in one command. An event not known yet is
created at the row's venue with the row's price list. Export: the same columns, which import
again.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from guichet.domain import catalogue as rules
from guichet.domain.commands_backoffice import ImportProgramme, ProgrammeDate, ProgrammeEvent
from guichet.domain.errors import DomainError
from guichet.domain.schedule import MAX_DATES
from guichet.models.tables import Event, Hall, Occurrence, PriceList, SeatRow, Venue
from guichet.services.backoffice.desk import Desk
from guichet.services.backoffice.programme_files import (
    COLUMNS,
    REQUIRED,
    Formula,
    cell_text,
    column_key,
    columns_of,
    filled,
    find_header,
    match_key,
    parse_capacity,
    parse_local,
    read_rows,
)
from guichet.services.export import export_rows
from guichet.services.handlers_programme import ProgrammeImported

Progress = Callable[[int, int], None]
T = TypeVar("T")
#: Length of a new event's dates when the file gives no end.
DEFAULT_MINUTES = 120


@dataclass(frozen=True)
class LineError:
    line: int  # as the spreadsheet numbers it (the header is line 1)
    code: str
    params: dict[str, Any]


@dataclass(frozen=True)
class PreviewRow:
    line: int
    event: str
    venue: str
    starts_at: datetime
    ends_at: datetime
    capacity: int | None
    price_list: str  # the list the date will sell at
    tags: tuple[str, ...]
    new_event: bool


@dataclass
class ProgrammePreview:
    """What the import would do; ``errors`` empty means it may be saved."""

    file_name: str
    rows: list[PreviewRow] = field(default_factory=list)
    errors: list[LineError] = field(default_factory=list)
    new_events: list[str] = field(default_factory=list)
    command: ImportProgramme | None = None

    @property
    def valid(self) -> bool:
        return not self.errors and self.command is not None


class ProgrammeRefused(DomainError):
    """The file has errors: nothing was written. ``errors`` says which, line by line."""

    def __init__(self, errors: list[LineError]) -> None:
        super().__init__("programme_refused", count=len(errors))
        self.errors = errors


@dataclass(frozen=True)
class _KnownEvent:
    id: str
    name: str
    venue_id: str
    price_list_id: str
    minutes: int
    capacity: int | None  # its default, its seats, or its hall's
    active: bool
    seats: int | None = None  # reserved seating: its dates sell the map's seats, no more


@dataclass(frozen=True)
class _Known:
    venues: dict[str, tuple[str, str, bool]]  # match key -> (id, name, active)
    lists: dict[str, tuple[str, str, bool]]  # match key -> (id, name, active)
    list_names: dict[str, str]  # id -> name
    events: dict[str, _KnownEvent]  # match key -> event
    starts: set[tuple[str, datetime]]  # (event id, start) of dates already there


class _Row:
    """One line being checked: every field's refusal is kept, so a line says all that is
    wrong with it at once."""

    def __init__(self, row: Sequence[Any], columns: dict[str, int]) -> None:
        self.row = row
        self.columns = columns
        self.errors: list[DomainError] = []

    def cell(self, column: str) -> Any:
        index = self.columns.get(column)
        return self.row[index] if index is not None and index < len(self.row) else None

    def given(self, column: str) -> bool:
        value = self.cell(column)
        return isinstance(value, datetime | Formula) or bool(
            str(value).strip() if value is not None else ""
        )

    def attempt(self, job: Callable[[], T]) -> T | None:
        try:
            return job()
        except DomainError as error:
            self.errors.append(error)
            return None


class ProgrammeDesk(Desk):
    def _known(self) -> _Known:
        with self.session() as session:
            org = self.office.organisation_id
            venues = {
                match_key(v.name): (v.id, v.name, v.active)
                for v in session.scalars(select(Venue).where(Venue.organisation_id == org))
            }
            price_lists = list(
                session.scalars(select(PriceList).where(PriceList.organisation_id == org))
            )
            halls = {
                h.id: h.capacity
                for h in session.scalars(select(Hall).where(Hall.organisation_id == org))
            }
            seats = dict(
                session.execute(
                    select(SeatRow.seat_map_id, func.count(SeatRow.id)).group_by(
                        SeatRow.seat_map_id
                    )
                ).all()
            )
            events: dict[str, _KnownEvent] = {}
            for e in session.scalars(select(Event).where(Event.organisation_id == org)):
                if e.seat_map_id is not None:
                    capacity: int | None = int(seats.get(e.seat_map_id, 0))
                elif e.default_capacity is not None:
                    capacity = e.default_capacity
                else:
                    capacity = halls.get(e.hall_id or "")
                known = _KnownEvent(
                    e.id, e.name, e.venue_id, e.price_list_id, e.duration_minutes or 0,
                    capacity, e.active, capacity if e.seat_map_id is not None else None,
                )  # fmt: skip
                # Two events may share a name (one withdrawn): the active one is meant.
                key = match_key(e.name)
                if key not in events or not events[key].active:
                    events[key] = known
            starts = {
                (event_id, start if start.tzinfo else start.replace(tzinfo=UTC))
                for event_id, start in session.execute(
                    select(Occurrence.event_id, Occurrence.starts_at)
                    .join(Event, Event.id == Occurrence.event_id)
                    .where(Occurrence.cancelled.is_(False), Event.organisation_id == org)
                )
            }
            return _Known(
                venues,
                {match_key(p.name): (p.id, p.name, p.active) for p in price_lists},
                {p.id: p.name for p in price_lists},
                events,
                starts,
            )

    def preview(self, path: Path) -> ProgrammePreview:
        """Read and check every row; nothing is written."""
        return self.check(read_rows(path), path.name)

    def check(
        self, rows: Sequence[tuple[int, Sequence[Any]]], file_name: str = ""
    ) -> ProgrammePreview:
        preview = ProgrammePreview(file_name)
        kept = [(n, r) for n, r in rows if any(filled(c) for c in r)]
        if not kept:
            preview.errors.append(LineError(1, "programme_empty", {}))
            return preview
        found = find_header(kept)
        if found is None:
            header_line, header = kept[0]
            columns = columns_of(header)
            missing = [c for c in REQUIRED if c not in columns]
            preview.errors.append(
                LineError(
                    header_line,
                    "columns_missing",
                    {"columns": ", ".join(missing), "expected": ", ".join(COLUMNS)},
                )
            )
            return preview
        header_line, columns = found
        named = [
            column_key(title)
            for title in dict(kept)[header_line]
            if isinstance(title, str | int | float) and str(title).strip()
        ]
        twice = sorted({c for c in named if c in COLUMNS and named.count(c) > 1})
        if twice:  # "event" and "événement" both: which one is meant?
            columns_twice = {"columns": ", ".join(twice)}
            preview.errors.append(LineError(header_line, "columns_twice", columns_twice))
            return preview
        body = [(n, r) for n, r in kept if n > header_line]
        if not body:
            preview.errors.append(LineError(header_line, "programme_empty", {}))
            return preview
        if len(body) > MAX_DATES:
            preview.errors.append(
                LineError(
                    header_line, "programme_too_long", {"count": len(body), "maximum": MAX_DATES}
                )
            )
            return preview
        known = self._known()
        zone = ZoneInfo(self.office.timezone)
        new_events: dict[str, ProgrammeEvent] = {}
        dates: list[ProgrammeDate] = []
        seen: set[tuple[str, datetime]] = set()
        for line, row in body:
            checked = _Row(row, columns)
            result = self._row(line, checked, known, zone, new_events, seen)
            if result is None:
                preview.errors.extend(
                    LineError(line, e.code, dict(e.params)) for e in checked.errors
                )
                continue
            entry, date_row, new = result
            preview.rows.append(entry)
            dates.append(date_row)
            if new is not None:
                new_events[match_key(new.name)] = new
        preview.new_events = [e.name for e in new_events.values()]
        if not preview.errors:
            preview.command = ImportProgramme(
                tuple(new_events.values()), tuple(dates), file_name=file_name[:200]
            )
        return preview

    def _row(
        self,
        line: int,
        row: _Row,
        known: _Known,
        zone: ZoneInfo,
        new_events: dict[str, ProgrammeEvent],
        seen: set[tuple[str, datetime]],
    ) -> tuple[PreviewRow, ProgrammeDate, ProgrammeEvent | None] | None:
        name = row.attempt(lambda: rules.clean_text(cell_text(row.cell("event")), "event_name"))
        venue = row.attempt(lambda: _venue(cell_text(row.cell("venue")), known))
        price_list = row.attempt(lambda: _price_list(cell_text(row.cell("price_list")), known))
        starts = row.attempt(lambda: parse_local(row.cell("starts_at"), zone, "starts_at"))
        ends = (
            row.attempt(lambda: parse_local(row.cell("ends_at"), zone, "ends_at"))
            if row.given("ends_at")
            else None
        )
        capacity = row.attempt(lambda: parse_capacity(row.cell("capacity")))
        tags = row.attempt(lambda: tuple(rules.split_tags(cell_text(row.cell("tags")))))
        if name is None or venue is None or (price_list is None and row.given("price_list")):
            return None  # which event is meant, or where it would be made, is unclear
        target = row.attempt(lambda: _event(name, venue, price_list, known, new_events))
        if target is None or row.errors or starts is None:
            return None
        ends = ends or starts + timedelta(minutes=target.minutes or DEFAULT_MINUTES)
        row.attempt(lambda: rules.check_dates(starts, ends))
        if capacity is not None and target.seats is not None and capacity != target.seats:
            # A seated show sells its map's seats: another number would be silently replaced.
            row.errors.append(
                DomainError("seated_capacity", event=target.name, seats=target.seats)
            )
        if capacity is None:
            capacity = target.capacity
        if capacity is None:
            row.errors.append(DomainError("capacity_required", event=target.name))
        if (target.id, starts) in seen:
            row.errors.append(DomainError("date_twice", starts_at=starts.isoformat()))
        elif (target.id, starts) in known.starts:
            row.errors.append(DomainError("date_exists_at", starts_at=starts.isoformat()))
        if row.errors or capacity is None:
            return None
        seen.add((target.id, starts))
        creates = target.creates
        if creates is not None and row.given("ends_at"):
            # A new event is as long as its first row says: its later rows without an end,
            # and the dates added to it afterwards, last as long.
            minutes = max(1, int((ends - starts).total_seconds() // 60))
            creates = dataclasses.replace(creates, duration_minutes=minutes)
        chosen_list = price_list[0] if price_list is not None else target.price_list_id
        preview_row = PreviewRow(
            line,
            target.name,
            venue[1],
            starts,
            ends,
            capacity,
            known.list_names.get(chosen_list, price_list[1] if price_list else ""),
            tags or (),
            target.new,
        )
        date_row = ProgrammeDate(
            str(uuid.uuid4()),
            target.id,
            starts.isoformat(),
            ends.isoformat(),
            capacity,
            None if chosen_list == target.price_list_id else chosen_list,
            tags or (),
        )
        return preview_row, date_row, creates

    def save(self, preview: ProgrammePreview) -> ProgrammeImported:
        """Write a preview that has no error (all of it, or nothing)."""
        if preview.errors or preview.command is None:
            raise ProgrammeRefused(preview.errors)
        result: ProgrammeImported = self.dispatch(preview.command)
        return result

    def import_file(self, path: Path) -> ProgrammeImported:
        preview = self.preview(path)
        if not preview.valid:
            raise ProgrammeRefused(preview.errors)
        return self.save(preview)

    # --- export ----------------------------------------------------------------------------

    def export(
        self,
        path: Path,
        *,
        first_day: date | None = None,
        last_day: date | None = None,
        progress: Progress | None = None,
    ) -> int:
        """Every date not cancelled (in a period of local days), one row each, in the
        import's columns; returns how many."""
        if path.suffix.lower() not in (".csv", ".xlsx"):
            raise DomainError("file_format", name=path.name)
        if first_day is not None and last_day is not None and last_day < first_day:
            raise DomainError("period_reversed")
        zone = ZoneInfo(self.office.timezone)
        query = (
            select(
                Event.name,
                Venue.name,
                Occurrence.starts_at,
                Occurrence.ends_at,
                Occurrence.capacity,
                func.coalesce(Occurrence.price_list_id, Event.price_list_id),
                Occurrence.tags,
            )
            .join(Event, Event.id == Occurrence.event_id)
            .join(Venue, Venue.id == Event.venue_id)
            .where(Event.organisation_id == self.office.organisation_id)
            .where(Occurrence.cancelled.is_(False))
            .order_by(Occurrence.starts_at, Event.name)
        )
        if first_day is not None:
            query = query.where(
                Occurrence.starts_at >= datetime.combine(first_day, time.min, tzinfo=zone)
            )
        if last_day is not None:
            end = datetime.combine(last_day + timedelta(days=1), time.min, tzinfo=zone)
            query = query.where(Occurrence.starts_at < end)

        def local(moment: datetime) -> str:
            aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
            return aware.astimezone(zone).strftime("%Y-%m-%d %H:%M")

        with self.session() as session:
            lists = dict(
                session.execute(
                    select(PriceList.id, PriceList.name).where(
                        PriceList.organisation_id == self.office.organisation_id
                    )
                ).all()
            )
            dates = session.execute(query).all()
        rows: Iterable[Sequence[Any]] = (
            (event, venue, local(starts), local(ends), capacity, lists.get(list_id, ""),
             ", ".join(tags or ()))
            for event, venue, starts, ends, capacity, list_id, tags in dates
        )  # fmt: skip
        try:
            return export_rows(
                path, COLUMNS, rows, len(dates), sheet_title="Programme", progress=progress
            )
        except DomainError as error:
            if error.code == "export_failed":
                raise DomainError(
                    "file_unwritable", path=str(path), detail=str(error.params.get("detail", ""))
                ) from None
            raise


# --- the pieces of a row ------------------------------------------------------------------


def _venue(text: str, known: _Known) -> tuple[str, str, bool]:
    name = rules.clean_text(text, "venue_name")
    venue = known.venues.get(match_key(name))
    if venue is None:
        raise DomainError(
            "unknown_venue_named",
            name=name,
            known=", ".join(sorted(n for _, n, _ in known.venues.values())) or "—",
        )
    return venue


def _price_list(text: str, known: _Known) -> tuple[str, str, bool] | None:
    if not text:
        return None
    price_list = known.lists.get(match_key(text))
    if price_list is None:
        raise DomainError(
            "unknown_price_list_named",
            name=text[:120],
            known=", ".join(sorted(n for _, n, a in known.lists.values() if a)) or "—",
        )
    if not price_list[2]:
        raise DomainError("price_list_withdrawn", name=price_list[1])
    return price_list


@dataclass(frozen=True)
class _Target:
    """The event a row adds a date to."""

    id: str
    name: str
    price_list_id: str
    minutes: int  # length of a date when the row gives no end
    capacity: int | None  # when the row gives none
    new: bool  # created by this import
    creates: ProgrammeEvent | None = None  # this row is its first: create it
    seats: int | None = None  # sold by seat: a capacity must be the seat count


def _event(
    name: str,
    venue: tuple[str, str, bool],
    price_list: tuple[str, str, bool] | None,
    known: _Known,
    new_events: dict[str, ProgrammeEvent],
) -> _Target:
    key = match_key(name)
    existing = known.events.get(key)
    if existing is not None:
        if existing.venue_id != venue[0]:
            raise DomainError(
                "event_other_venue",
                event=existing.name,
                venue=_venue_name(known, existing.venue_id),
            )
        if not existing.active:
            raise DomainError("event_withdrawn", event=existing.name)
        return _Target(
            existing.id, existing.name, existing.price_list_id, existing.minutes,
            existing.capacity, new=False, seats=existing.seats,
        )  # fmt: skip
    pending = new_events.get(key)
    if pending is not None:
        if pending.venue_id != venue[0]:
            raise DomainError(
                "event_other_venue", event=pending.name, venue=_venue_name(known, pending.venue_id)
            )
        return _Target(
            pending.event_id, pending.name, pending.price_list_id, pending.duration_minutes,
            None, new=True,
        )  # fmt: skip
    if not venue[2]:
        raise DomainError("venue_withdrawn", venue=venue[1])
    if price_list is None:
        raise DomainError("new_event_needs_list", event=name)
    new = ProgrammeEvent(str(uuid.uuid4()), str(uuid.uuid4()), name, venue[0], price_list[0])
    return _Target(new.event_id, name, price_list[0], DEFAULT_MINUTES, None, True, new)


def _venue_name(known: _Known, venue_id: str) -> str:
    return next((n for i, n, _ in known.venues.values() if i == venue_id), "?")


def line_messages(errors: Iterable[LineError], lang: str, tz: str) -> list[str]:
    """Each error as a sentence that starts with its line ("Ligne 12 : …")."""
    from guichet.i18n.errors import at_line, message

    return [at_line(e.line, message(e.code, e.params, lang, tz), lang) for e in errors]
