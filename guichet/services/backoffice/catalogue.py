"""Venues and their halls, events (shows and activities)."""

from __future__ import annotations

import re
import uuid
from collections import defaultdict
from datetime import UTC
from pathlib import Path

from sqlalchemy import func, select

from guichet.domain import catalogue as rules
from guichet.domain.commands import ImportSeatMap
from guichet.domain.commands_backoffice import (
    EventDefaults,
    SaveEvent,
    SaveHall,
    SaveVenue,
)
from guichet.domain.errors import DomainError, os_reason
from guichet.domain.seating import SeatMap, parse_seat_csv
from guichet.models.db import fold
from guichet.models.tables import (
    Activity,
    Event,
    Hall,
    Occurrence,
    PriceList,
    SeatMapRow,
    TicketCategory,
    Venue,
)
from guichet.services.backoffice.desk import Desk
from guichet.services.backoffice.views import (
    Choice,
    EventDraft,
    EventView,
    HallView,
    VenueView,
)

#: A seat map of 20,000 seats is well under a megabyte; more is not a seat map.
SEAT_MAP_MAX_BYTES = 5_000_000


def _new_id() -> str:
    return str(uuid.uuid4())


def decode_csv(data: bytes) -> str:
    """UTF-8 (with or without BOM), else Windows-1252 (what Excel saves as "CSV")."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


# --- what the windows and the command line type, as the commands carry it ------------------

_BLANKS = str.maketrans("", "", " \u00a0\u202f\u2009")


def parse_count(text: str, field: str = "capacity") -> int | None:
    """A whole number as typed ("250", "1 200"); empty is None. Its range is the handler's
    to judge (a negative capacity is refused there, in words)."""
    cleaned = text.translate(_BLANKS)
    if not cleaned:
        return None
    if not re.fullmatch(r"[-+]?[0-9]+", cleaned):
        raise DomainError("number_invalid", field=field, text=text.strip()[:40])
    return int(cleaned)


def parse_duration(text: str) -> int:
    """A length in minutes ("90") or hours and minutes ("1:30", "1 h 30", "2 h")."""
    cleaned = text.translate(_BLANKS).casefold()
    match = re.fullmatch(r"(?:([0-9]{1,3})(?::|h))?([0-9]{1,5})?(?:min|m)?", cleaned)
    if not cleaned or match is None or not any(match.groups()):
        raise DomainError("duration_format", text=text.strip()[:40])
    hours, minutes = match.groups()
    if hours is not None and minutes is not None and ":" in cleaned and len(minutes) != 2:
        raise DomainError("duration_format", text=text.strip()[:40])
    return int(hours or 0) * 60 + int(minutes or 0)


def duration_text(minutes: int) -> str:
    """120 -> "2:00" (what the form shows and :func:`parse_duration` reads back)."""
    return f"{minutes // 60}:{minutes % 60:02d}"


_DELAY_UNITS = {
    "j": 24 * 60,
    "jour": 24 * 60,
    "jours": 24 * 60,
    "d": 24 * 60,
    "day": 24 * 60,
    "days": 24 * 60,
    "h": 60,
    "heure": 60,
    "heures": 60,
    "hour": 60,
    "hours": 60,
    "": 60,  # a bare number counts hours ("48")
    "min": 1,
    "m": 1,
    "minute": 1,
    "minutes": 1,
}


def parse_delay(text: str, field: str) -> int | None:
    """A delay before a date's start, in minutes: "7 j", "2 h", "1 j 12 h", "30 min", "48"
    (hours); "-30 min" is half an hour after the start. Empty is None."""
    cleaned = " ".join(text.split()).casefold()
    if not cleaned:
        return None
    sign = -1 if cleaned.startswith("-") else 1
    body = cleaned.lstrip("+-").strip()
    parts = re.findall(r"([0-9]{1,6})\s*([a-z]*)", body)
    rebuilt = re.sub(r"[0-9]{1,6}\s*[a-z]*", "", body).strip()
    if not parts or rebuilt or any(unit not in _DELAY_UNITS for _, unit in parts):
        raise DomainError("delay_format", field=field, text=text.strip()[:40])
    return sign * sum(int(n) * _DELAY_UNITS[unit] for n, unit in parts)


def delay_text(minutes: int | None, lang: str) -> str:
    """1 day 12 h -> "1 j 12 h" ("1 d 12 h" in English); None -> ""."""
    if minutes is None:
        return ""
    sign = "-" if minutes < 0 else ""
    left = abs(minutes)
    days, hours, mins = left // (24 * 60), left % (24 * 60) // 60, left % 60
    parts = []
    if days:
        parts.append(f"{days}\u00a0{'j' if lang == 'fr' else 'd'}")
    if hours or (not days and not mins):
        parts.append(f"{hours}\u00a0h")
    if mins:
        parts.append(f"{mins}\u00a0min")
    return sign + " ".join(parts)


def read_seat_map(path: Path) -> str:
    """A seat-map CSV file's text, or the refusal ``file_unreadable`` in words."""
    try:
        if path.stat().st_size > SEAT_MAP_MAX_BYTES:
            raise DomainError("file_unreadable", path=path.name, detail="> 5 Mo")
        return decode_csv(path.read_bytes())
    except FileNotFoundError:
        raise DomainError("file_not_found", path=str(path)) from None
    except OSError as error:
        raise DomainError(
            "file_unreadable", path=str(path), detail=os_reason(error)
        ) from None


class VenuesDesk(Desk):
    def all(self, *, include_withdrawn: bool = True) -> list[VenueView]:
        with self.session() as session:
            org = self.office.organisation_id
            maps = {m.id: m.name for m in session.scalars(select(SeatMapRow))}
            halls: dict[str, list[HallView]] = defaultdict(list)
            for h in session.scalars(
                select(Hall).where(Hall.organisation_id == org).order_by(Hall.name)
            ):
                halls[h.venue_id].append(
                    HallView(
                        h.id,
                        h.venue_id,
                        h.name,
                        h.capacity,
                        h.seat_map_id,
                        maps.get(h.seat_map_id or "", ""),
                        h.active,
                    )
                )
            events = dict(
                session.execute(
                    select(Event.venue_id, func.count(Event.id))
                    .where(Event.organisation_id == org)
                    .group_by(Event.venue_id)
                ).all()
            )
            query = select(Venue).where(Venue.organisation_id == org).order_by(Venue.name)
            if not include_withdrawn:
                query = query.where(Venue.active.is_(True))
            return [
                VenueView(
                    v.id, v.name, v.address, v.active, tuple(halls[v.id]), int(events.get(v.id, 0))
                )
                for v in session.scalars(query)
            ]

    def get(self, venue_id: str) -> VenueView:
        for venue in self.all():
            if venue.id == venue_id:
                return venue
        raise DomainError("unknown_venue", id=venue_id)

    def find(self, name: str) -> VenueView | None:
        return next((v for v in self.all() if fold(v.name) == fold(name.strip())), None)

    def save(
        self, name: str, address: str = "", *, venue_id: str | None = None, active: bool = True
    ) -> str:
        return str(
            self.dispatch(
                SaveVenue(venue_id or _new_id(), name, address, active, created=venue_id is None)
            )
        )

    def save_hall(
        self,
        venue_id: str,
        name: str,
        capacity: int,
        *,
        hall_id: str | None = None,
        active: bool = True,
        seat_map_id: str | None = None,
    ) -> str:
        """A general-admission hall (``capacity``), or keep a seated hall's seat map."""
        return str(
            self.dispatch(
                SaveHall(
                    hall_id or _new_id(),
                    venue_id,
                    name,
                    capacity,
                    seat_map_id,
                    active,
                    created=hall_id is None,
                )
            )
        )

    def set_active(self, venue_id: str, active: bool) -> None:
        """Withdraw a venue (no new event is set there; its history stays) or bring it back."""
        venue = self.get(venue_id)
        self.save(venue.name, venue.address, venue_id=venue.id, active=active)

    def hall(self, hall_id: str) -> HallView:
        for venue in self.all():
            for hall in venue.halls:
                if hall.id == hall_id:
                    return hall
        raise DomainError("unknown_hall", id=hall_id)

    def set_hall_active(self, hall_id: str, active: bool) -> None:
        hall = self.hall(hall_id)
        self.save_hall(
            hall.venue_id,
            hall.name,
            hall.capacity,
            hall_id=hall.id,
            active=active,
            seat_map_id=hall.seat_map_id,
        )

    def import_seated_hall(
        self, venue_id: str, name: str, csv_text: str, *, hall_id: str | None = None
    ) -> str:
        """A seated hall from a seat-map CSV (section,row,number,x,y,accessible; see
        docs/SEATING.md): the map is imported, then the hall takes it (its capacity is its
        number of seats). An existing hall gets the new map."""
        venue = self.get(venue_id)
        # Two commands (the map, then the hall): what would refuse the hall is checked
        # first, so a refused hall never leaves an orphan seat map behind.
        clean = rules.clean_text(name, "hall_name")
        for other in venue.halls:
            if other.id != hall_id and fold(other.name) == fold(clean):
                raise DomainError("hall_name_taken", name=clean, venue=venue.name)
        if hall_id is not None and all(h.id != hall_id for h in venue.halls):
            raise DomainError("unknown_hall", id=hall_id)
        SeatMap(venue_id, clean, parse_seat_csv(csv_text))  # bad lines, with their numbers
        seat_map_id = _new_id()
        map_name = f"{venue.name} — {clean}"[: rules.NAME_MAX]
        self.dispatch(ImportSeatMap(seat_map_id, venue_id, map_name, csv_text))
        return self.save_hall(venue_id, clean, 0, hall_id=hall_id, seat_map_id=seat_map_id)

    def import_seated_hall_file(
        self, venue_id: str, name: str, path: Path, *, hall_id: str | None = None
    ) -> str:
        """:meth:`import_seated_hall` from a file (UTF-8 or Excel's Windows-1252)."""
        return self.import_seated_hall(venue_id, name, read_seat_map(path), hall_id=hall_id)


class EventsDesk(Desk):
    def known_tags(self) -> list[str]:
        """Every tag the organisation uses (events, dates, price lists, categories): what
        the tag fields complete."""
        org = self.office.organisation_id
        found: set[str] = set()
        with self.session() as session:
            for column, where in (
                (Event.tags, Event.organisation_id == org),
                (PriceList.tags, PriceList.organisation_id == org),
                (TicketCategory.tags, TicketCategory.organisation_id == org),
            ):
                for tags in session.scalars(select(column).where(where)):
                    found.update(tags or ())
            for tags in session.scalars(
                select(Occurrence.tags)
                .join(Event, Event.id == Occurrence.event_id)
                .where(Event.organisation_id == org, Occurrence.tags.is_not(None))
                .distinct()
            ):
                found.update(tags or ())
        return sorted(t for t in found if isinstance(t, str) and t)

    def dates_to_come(self) -> dict[str, int]:
        """Per event, its dates (not cancelled) that have not started yet."""
        now = self.office.clock()
        with self.session() as session:
            return {
                event_id: int(count)
                for event_id, count in session.execute(
                    select(Occurrence.event_id, func.count(Occurrence.id))
                    .join(Event, Event.id == Occurrence.event_id)
                    .where(
                        Event.organisation_id == self.office.organisation_id,
                        Occurrence.cancelled.is_(False),
                        Occurrence.starts_at >= now,
                    )
                    .group_by(Occurrence.event_id)
                )
            }

    def programmes(self) -> list[Choice]:
        """What passes and gift packages apply to (Amilia's programmes): a group of events."""
        with self.session() as session:
            return [
                Choice(a.id, a.name)
                for a in session.scalars(
                    select(Activity)
                    .where(Activity.organisation_id == self.office.organisation_id)
                    .order_by(Activity.name)
                )
            ]

    def all(self, *, include_withdrawn: bool = True) -> list[EventView]:
        now = self.office.clock()
        with self.session() as session:
            org = self.office.organisation_id
            counts = {
                event_id: (int(count), upcoming)
                for event_id, count, upcoming in session.execute(
                    select(
                        Occurrence.event_id,
                        func.count(Occurrence.id),
                        func.min(Occurrence.starts_at).filter(Occurrence.starts_at >= now),
                    )
                    .where(Occurrence.cancelled.is_(False))
                    .group_by(Occurrence.event_id)
                )
            }
            venues = {v.id: v.name for v in session.scalars(select(Venue))}
            halls = {h.id: h.name for h in session.scalars(select(Hall))}
            lists = {p.id: p.name for p in session.scalars(select(PriceList))}
            programmes = {a.id: a.name for a in session.scalars(select(Activity))}
            query = select(Event).where(Event.organisation_id == org).order_by(Event.name)
            if not include_withdrawn:
                query = query.where(Event.active.is_(True))
            views = []
            for e in session.scalars(query):
                count, upcoming = counts.get(e.id, (0, None))
                if upcoming is not None and upcoming.tzinfo is None:
                    upcoming = upcoming.replace(tzinfo=UTC)  # an aggregate skips the column type
                views.append(
                    EventView(
                        id=e.id,
                        kind=e.kind,
                        name=e.name,
                        name_en=e.name_en,
                        description=e.description,
                        tags=tuple(e.tags or ()),
                        venue_id=e.venue_id,
                        venue_name=venues.get(e.venue_id, ""),
                        hall_id=e.hall_id,
                        hall_name=halls.get(e.hall_id or "", ""),
                        price_list_id=e.price_list_id,
                        price_list_name=lists.get(e.price_list_id, ""),
                        programme_id=e.activity_id,
                        programme_name=programmes.get(e.activity_id, ""),
                        accounting_account=e.accounting_account,
                        active=e.active,
                        seated=e.seat_map_id is not None,
                        defaults=EventDefaults(
                            duration_minutes=e.duration_minutes,
                            capacity=e.default_capacity,
                            alacarte_places=e.default_alacarte_places,
                            alacarte_price=e.default_alacarte_price,
                            alacarte_pass_only=e.default_alacarte_pass_only,
                            registration_opens_minutes=e.default_registration_opens_minutes,
                            registration_closes_minutes=e.default_registration_closes_minutes,
                            cancel_minutes=e.default_cancel_minutes,
                        ),
                        allotment_size=e.allotment_size,
                        dates=count,
                        next_date=upcoming,
                    )
                )
            return views

    def get(self, event_id: str) -> EventView:
        for event in self.all():
            if event.id == event_id:
                return event
        raise DomainError("unknown_event", event=event_id)

    def find(self, name: str) -> EventView | None:
        return next((e for e in self.all() if fold(e.name) == fold(name.strip())), None)

    def save(self, draft: EventDraft) -> str:
        return str(
            self.dispatch(
                SaveEvent(
                    event_id=draft.event_id or _new_id(),
                    kind=draft.kind,
                    name_fr=draft.name,
                    name_en=draft.name_en,
                    description=draft.description,
                    tags=tuple(draft.tags),
                    venue_id=draft.venue_id,
                    hall_id=draft.hall_id,
                    price_list_id=draft.price_list_id,
                    accounting_account=draft.accounting_account,
                    activity_id=draft.programme_id or _new_id(),
                    activity_name=draft.programme_name or draft.name,
                    defaults=draft.defaults,
                    allotment_size=draft.allotment_size,
                    active=draft.active,
                    created=draft.event_id is None,
                )
            )
        )

    def set_active(self, event_id: str, active: bool) -> None:
        """Withdraw an event (no longer sold, no new dates; its history stays) or bring it
        back."""
        event = self.get(event_id)
        self.save(_draft_of(event, active=active))


def _draft_of(event: EventView, *, active: bool) -> EventDraft:
    return EventDraft(
        kind=event.kind,
        name=event.name,
        venue_id=event.venue_id,
        price_list_id=event.price_list_id,
        name_en=event.name_en,
        description=event.description,
        tags=event.tags,
        hall_id=event.hall_id,
        accounting_account=event.accounting_account,
        programme_id=event.programme_id,
        defaults=event.defaults,
        allotment_size=event.allotment_size,
        active=active,
        event_id=event.id,
    )
