"""The door: a scanned code judged on the counter's own copy of the tickets, and recorded.

``DoorDesk(counter).scan(text, list_id)`` reads the scan, looks the ticket up (one indexed
probe on a connection the desk keeps, as the card desk does: a door scans all evening), asks
the domain for the verdict (:func:`guichet.domain.tickets.door_verdict`) and records the scan
as a command (``ticket.check_in``), admitted or not. On a paired counter ``remote`` asks the
server first, with a short timeout, and the door falls back on its own copy when it cannot.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from guichet.domain import bearer
from guichet.domain.cards import ScanDebouncer
from guichet.domain.commands import CheckInTicket, SaveCheckInList
from guichet.domain.errors import DomainError
from guichet.domain.seating import make_seat, seat_labels
from guichet.domain.tickets import (
    EVERY_TICKET,
    CheckInList,
    DoorVerdict,
    Entry,
    KnownTicket,
    TicketStatus,
    Verdict,
    check_in_list,
    door_verdict,
    read_scan,
)
from guichet.models.base import new_id
from guichet.models.tables import CheckIn, Event, Occurrence, OutboxEntry, Ticket, TicketCategory
from guichet.models.tables import CheckInList as CheckInListRow
from guichet.services.desk import DeskCounter, dispatch

_TICKET_SQL = (
    "SELECT t.id, t.code, t.status, o.event_id, t.occurrence_id, o.starts_at, o.ends_at, "
    "o.cancelled, t.category_id, c.name_fr, c.name_en, e.name, e.name_en, t.holder, "
    "s.section, s.row, s.number, so.code "
    "FROM ticket t JOIN occurrence o ON o.id = t.occurrence_id "
    "JOIN event e ON e.id = o.event_id "
    "LEFT JOIN ticket_category c ON c.id = t.category_id "
    "LEFT JOIN seat s ON s.id = t.seat_id "
    "LEFT JOIN sale_order so ON so.id = t.order_id "
    "WHERE t.code IN ({mark}, {mark}) AND t.organisation_id = {mark}"
)
_ENTRY_SQL = (
    "SELECT ci.occurred_at, term.name FROM check_in ci "
    "JOIN terminal term ON term.id = ci.terminal_id "
    "WHERE ci.ticket_id = {mark} AND ci.admitted = {true} ORDER BY ci.occurred_at LIMIT 1"
)
_OTHER_CODES_SQL = (
    "SELECT 'receipt', code FROM sale_order "
    "WHERE code IN ({mark}, {mark}) AND organisation_id = {mark} "
    "UNION ALL SELECT 'card', code FROM card "
    "WHERE code IN ({mark}, {mark}) AND organisation_id = {mark}"
)


@dataclass(frozen=True)
class DoorCount:
    """Checked in / sold, for the dates a door admits now (the running count on its screen)."""

    checked_in: int
    sold: int
    dates: tuple[str, ...]  # occurrence ids counted


@dataclass(frozen=True)
class RecentScan:
    """One of this counter's last scans, as the door window lists it under its verdict."""

    at: datetime
    verdict: Verdict
    code: str
    holder: str = ""
    category: str = ""
    event: str = ""


@dataclass
class DoorDesk:
    counter: DeskCounter  # the counter it serves (a Counter; the back office hands the same)
    debouncer: ScanDebouncer = field(default_factory=ScanDebouncer)
    # Set on a paired counter: (code, list id) -> the server's answer; raises when offline.
    remote: Callable[[str, str | None], dict[str, Any]] | None = None
    _raw: Any = None
    _sql: dict[str, str] = field(default_factory=dict)
    _last: dict[str, DoorVerdict] = field(default_factory=dict)

    # --- check-in lists ---------------------------------------------------------------------

    def lists(self, *, active_only: bool = True) -> list[CheckInList]:
        with self.counter.session_factory() as session:
            query = select(CheckInListRow).where(
                CheckInListRow.organisation_id == self.counter.organisation.id
            )
            if active_only:
                query = query.where(CheckInListRow.active.is_(True))
            rows = session.scalars(query.order_by(CheckInListRow.name))
            return [check_in_list(row) for row in rows]

    def door_list(self, list_id: str | None) -> CheckInList:
        if list_id is None:
            return EVERY_TICKET
        with self.counter.session_factory() as session:
            row = session.get(CheckInListRow, list_id)
            if row is None or row.organisation_id != self.counter.organisation.id:
                raise DomainError("unknown_check_in_list", list=list_id)
            return check_in_list(row)

    def save_list(
        self,
        name: str,
        *,
        list_id: str | None = None,
        event_ids: tuple[str, ...] = (),
        category_ids: tuple[str, ...] = (),
        minutes_before: int | None = None,
        active: bool = True,
    ) -> str:
        command = SaveCheckInList(
            list_id or new_id(), name, event_ids, category_ids, minutes_before, active
        )
        result: str = self._dispatch(command)
        return result

    # --- the scan ---------------------------------------------------------------------------

    def scan(self, text: str, list_id: str | None = None) -> DoorVerdict:
        """Judge ``text`` at a door admitting ``list_id`` (None: every ticket) and record it.

        A repeat of the same scan within the debounce window (a scanner that sends twice)
        answers the first verdict again and records nothing."""
        now = self.counter.clock()
        door = self.door_list(list_id)
        read = read_scan(text)
        key = read if isinstance(read, str) else text[:64]
        if not self.debouncer.accept(key, now) and key in self._last:
            return self._last[key]
        verdict = read if isinstance(read, DoorVerdict) else self._judge(read, door, now)
        self._record(verdict, door)
        self._last = {key: verdict}
        return verdict

    def verdict(self, text: str, list_id: str | None = None) -> DoorVerdict:
        """The verdict on ``text`` at a door admitting ``list_id``, recording nothing (what
        ``scan`` decides before it records; the benchmark's door_verdict_p99_ms)."""
        read = read_scan(text)
        if isinstance(read, DoorVerdict):
            return read
        return self._judge(read, self.door_list(list_id), self.counter.clock())

    def _judge(self, code: str, door: CheckInList, now: datetime) -> DoorVerdict:
        """The verdict on a well-formed ``code``: on what the server answered merged with
        this counter's copy when the server answered, on the copy alone when it did not
        (offline, a timeout, an error). With no ``remote`` (a standalone counter, the
        benchmark) nothing is asked: the hot path is the copy's two probes."""
        answer = self._ask_server(code, door.id or None)
        ticket = self.ticket(code)
        other: str | None = None
        if answer is not None:
            ticket = _merged(ticket, answer)
            other = answer.other
        if ticket is None:
            other = other or self._other_code(code)
            if other == "receipt":
                return DoorVerdict(Verdict.RECEIPT, code, order_code=code)
            if other == "card":
                return DoorVerdict(Verdict.CARD, code)
            return DoorVerdict(Verdict.UNKNOWN, code)
        return door_verdict(ticket, door, now, self.counter.organisation.timezone)

    def _ask_server(self, code: str, list_id: str | None) -> ServerAnswer | None:
        """The server's answer on ``code`` (``GET /tickets/{code}/verdict``), or None when
        there is none to trust: no server, offline, a timeout, a refusal, an answer that is
        not the expected one."""
        if self.remote is None:
            return None
        try:
            return read_answer(self.remote(code, list_id), self.counter.lang)
        except Exception:  # offline, timeout, a server error: the door's own copy decides
            return None

    def _record(self, verdict: DoorVerdict, door: CheckInList) -> None:
        ticket = verdict.ticket
        command = CheckInTicket(
            check_in_id=new_id(),
            code=verdict.code[:64],
            verdict=verdict.verdict.value,
            admitted=verdict.admits,
            ticket_id=ticket.id if ticket is not None else None,
            list_id=door.id or None,
        )
        self._dispatch(command)

    def _dispatch(self, command: Any) -> Any:
        return dispatch(self.counter, command)

    # --- the door's copy --------------------------------------------------------------------

    def _cursor(self) -> Any:
        if self._raw is None:
            engine = self.counter.session_factory.kw["bind"]
            self._raw = engine.raw_connection()
            mark = "?" if engine.dialect.paramstyle == "qmark" else "%s"
            true = "1" if engine.dialect.name == "sqlite" else "true"
            self._sql = {
                "ticket": _TICKET_SQL.format(mark=mark),
                "entry": _ENTRY_SQL.format(mark=mark, true=true),
                "other": _OTHER_CODES_SQL.format(mark=mark),
            }
        return self._raw.cursor()

    def ticket(self, code: str) -> KnownTicket | None:
        """What this counter knows of the ticket ``code`` (normalised), or None."""
        org = self.counter.organisation.id
        cursor = self._cursor()
        try:
            # Sold elsewhere, a ticket is known here by its code's digest (domain/bearer.py).
            cursor.execute(self._sql["ticket"], (*bearer.forms(org, code), org))
            found = cursor.fetchone()
            entry = None
            if found is not None:
                cursor.execute(self._sql["entry"], (found[0],))
                entry = cursor.fetchone()
        finally:
            cursor.close()
            self._raw.rollback()  # end the read: never hold a snapshot between scans
        if found is None:
            return None
        (
            tid,
            tcode,
            status,
            event_id,
            occ_id,
            starts,
            ends,
            cancelled,
            cat_id,
            cat_fr,
            cat_en,
            event_fr,
            event_en,
            holder,
            section,
            row,
            number,
            order_code,
        ) = found
        english = self.counter.lang == "en"
        if status == TicketStatus.VALID.value and cancelled:
            status = TicketStatus.CANCELLED.value  # the date itself was cancelled
        seat = ""
        if section is not None:
            seat = seat_labels([make_seat(section, row, number, 0.0, 0.0)], self.counter.lang)
        return KnownTicket(
            id=tid,
            code=code if bearer.is_digest(tcode) else tcode,
            status=TicketStatus(status),
            event_id=event_id,
            occurrence_id=occ_id,
            starts_at=_moment(starts),
            ends_at=_moment(ends),
            category_id=cat_id,
            category=(cat_en or cat_fr or "") if english else (cat_fr or ""),
            event=(event_en or event_fr) if english else event_fr,
            seat=seat,
            holder=holder or "",
            order_code=bearer.visible(order_code),
            entry=Entry(_moment(entry[0]), entry[1]) if entry is not None else None,
        )

    def _other_code(self, code: str) -> str | None:
        org = self.counter.organisation.id
        cursor = self._cursor()
        try:
            forms = bearer.forms(org, code)
            cursor.execute(self._sql["other"], (*forms, org, *forms, org))
            found = cursor.fetchone()
        finally:
            cursor.close()
            self._raw.rollback()
        return None if found is None else str(found[0])

    def close(self) -> None:
        if self._raw is not None:
            self._raw.close()
            self._raw = None

    def recent(self, limit: int = 5) -> list[RecentScan]:
        """This counter's last ``limit`` scans, newest first (admitted or not): a door window
        opened again shows where the evening stood."""
        english = self.counter.lang == "en"
        with self.counter.session_factory() as session:
            rows = session.execute(
                select(
                    CheckIn.occurred_at,
                    CheckIn.verdict,
                    CheckIn.code,
                    Ticket.holder,
                    TicketCategory.name_fr,
                    TicketCategory.name_en,
                    Event.name,
                    Event.name_en,
                )
                .outerjoin(Ticket, Ticket.id == CheckIn.ticket_id)
                .outerjoin(TicketCategory, TicketCategory.id == Ticket.category_id)
                .outerjoin(Occurrence, Occurrence.id == Ticket.occurrence_id)
                .outerjoin(Event, Event.id == Occurrence.event_id)
                # Scans of one instant keep the order they were recorded in (the outbox's).
                .outerjoin(OutboxEntry, OutboxEntry.command_id == CheckIn.command_id)
                .where(
                    CheckIn.organisation_id == self.counter.organisation.id,
                    CheckIn.terminal_id == self.counter.terminal_id,
                )
                .order_by(CheckIn.occurred_at.desc(), OutboxEntry.id.desc())
                .limit(max(limit, 0))
            ).all()
        scans = []
        for at, verdict, code, holder, cat_fr, cat_en, event_fr, event_en in rows:
            try:
                judged = Verdict(verdict)
            except ValueError:  # a verdict of a later version, synced down: not listed
                continue
            scans.append(
                RecentScan(
                    at=_moment(at),
                    verdict=judged,
                    code=code or "",
                    holder=holder or "",
                    category=((cat_en or cat_fr) if english else cat_fr) or "",
                    event=((event_en or event_fr) if english else event_fr) or "",
                )
            )
        return scans

    # --- the running count ------------------------------------------------------------------

    def count(self, list_id: str | None = None) -> DoorCount:
        """Checked in / sold for the dates this door admits today whose entry is open now (or,
        before the first opens, the next one today)."""
        door = self.door_list(list_id)
        now = self.counter.clock()
        tz = ZoneInfo(self.counter.organisation.timezone)
        day_start = now.astimezone(tz).replace(hour=0, minute=0, second=0, microsecond=0)
        with self.counter.session_factory() as session:
            rows = session.execute(
                select(Occurrence.id, Occurrence.event_id, Occurrence.starts_at, Occurrence.ends_at)
                .join(Event, Event.id == Occurrence.event_id)
                .where(
                    Event.organisation_id == self.counter.organisation.id,
                    Occurrence.starts_at >= day_start,
                    Occurrence.starts_at < day_start + timedelta(days=1),
                    Occurrence.cancelled.is_(False),
                )
                .order_by(Occurrence.starts_at)
            ).all()
            admitted = [r for r in rows if door.admits_event(r.event_id)]
            open_now = [
                r.id
                for r in admitted
                if door.opens_at(r.starts_at, self.counter.organisation.timezone) <= now < r.ends_at
            ]
            if not open_now:
                coming = [r.id for r in admitted if r.starts_at > now]
                open_now = coming[:1]
            if not open_now:
                return DoorCount(0, 0, ())
            sold_query = select(func.count()).where(
                Ticket.occurrence_id.in_(open_now), Ticket.status == TicketStatus.VALID.value
            )
            in_query = select(func.count(func.distinct(CheckIn.ticket_id))).where(
                CheckIn.occurrence_id.in_(open_now), CheckIn.admitted.is_(True)
            )
            if door.category_ids:
                sold_query = sold_query.where(Ticket.category_id.in_(door.category_ids))
                in_query = in_query.join(Ticket, Ticket.id == CheckIn.ticket_id).where(
                    Ticket.category_id.in_(door.category_ids)
                )
            sold = session.scalar(sold_query) or 0
            checked_in = session.scalar(in_query) or 0
        return DoorCount(int(checked_in), int(sold), tuple(open_now))


def _moment(value: Any) -> datetime:
    parsed: datetime = datetime.fromisoformat(value) if isinstance(value, str) else value
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


# --- the server's answer (issue 17, part 5) -----------------------------------------------


@dataclass(frozen=True)
class ServerAnswer:
    """What the server knows of a scanned code (``GET /tickets/{code}/verdict``): the ticket
    as every counter has pushed it, its first entry at any door that has synced, or what else
    the code is ("receipt", "card")."""

    ticket: KnownTicket | None
    entry: Entry | None
    other: str | None


def read_answer(data: dict[str, Any], lang: str) -> ServerAnswer:
    """The server's JSON answer, read strictly: a field missing or of the wrong kind raises
    (and the door decides on its own copy)."""
    english = lang == "en"
    other = data.get("other")
    if other not in (None, "receipt", "card"):
        raise ValueError(f"other: {other!r}")
    entry = None
    if data.get("entry") is not None:
        entry = Entry(_aware(data["entry"]["at"]), _text(data["entry"]["where"]))
    found = data.get("ticket")
    if not data["known"] or found is None:
        return ServerAnswer(None, entry, other)
    ticket = KnownTicket(
        id=_text(found["id"]),
        code=_text(found["code"]),
        status=TicketStatus(found["status"]),
        event_id=_text(found["event_id"]),
        occurrence_id=_text(found["occurrence_id"]),
        starts_at=_aware(found["starts_at"]),
        ends_at=_aware(found["ends_at"]),
        category_id=None if found["category_id"] is None else _text(found["category_id"]),
        category=_text(found["category_en" if english else "category"]),
        event=_text(found["event_en" if english else "event"]),
        seat=_text(found["seat_en" if english else "seat"]),
        holder=_text(found["holder"]),
        order_code=_text(found["order_code"]),
        entry=entry,
    )
    return ServerAnswer(ticket, entry, other)


def _merged(local: KnownTicket | None, server: ServerAnswer) -> KnownTicket | None:
    """This counter's copy of a ticket with what the server knows: the ticket itself when the
    copy lacks it (sold at another counter, not pulled yet); a void the copy has not pulled
    (a refund at another counter: a ticket is voided once and for all, so a void on either
    side wins); the earliest entry of both (another door admitted it and synced)."""
    if local is None:
        return server.ticket  # its entry is the server's
    status = local.status
    if status is TicketStatus.VALID and server.ticket is not None:
        status = server.ticket.status
    entry = local.entry
    if server.entry is not None and (entry is None or server.entry.at < entry.at):
        entry = server.entry
    if status is local.status and entry is local.entry:
        return local
    return replace(local, status=status, entry=entry)


def _aware(value: Any) -> datetime:
    """An ISO time from the server, which always gives its offset (a naive one is refused)."""
    moment = datetime.fromisoformat(_text(value))
    if moment.tzinfo is None:
        raise ValueError(f"naive time: {value!r}")
    return moment


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"not a text: {value!r}")
    return value
