"""Tickets: one per admission, each with its own code, and the door's verdict on a scan.

A ticket is born with its order line (a counter sale, a place à la carte, a reserve draw, a
seat assignment) or with a booking made with a card or a pass. Its code is derived from what
the command already carries: the order's code (or the booking's id), the line and the
ticket's rank. The counter that recorded the sale and the server that replays it compute the
same codes with no new field on the wire, and a ticket is as hard to guess as the order code
it comes from (69 random bits; see docs/TICKETS.md). A derived code has the shape and the
check symbol of every code Guichet gives (:mod:`guichet.domain.codes`), so a typo at the door
answers "vérifiez le code".

The door's verdict is decided here, with no database: :func:`door_verdict` takes what the
counter knows about the scanned code and the door's check-in list.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Protocol
from zoneinfo import ZoneInfo

from guichet.domain import codes

#: The longest text a scanner may send that is still worth reading as a code.
MAX_SCAN_LENGTH = 64


class TicketStatus(StrEnum):
    VALID = "valid"
    REFUNDED = "refunded"
    CANCELLED = "cancelled"  # a draw cancelled, a date cancelled
    EXCHANGED = "exchanged"  # replaced by a ticket for another date


def ticket_code(source_code: str, line_id: str, rank: int) -> str:
    """The code of admission ``rank`` (1-based) of a line, from its order's code.

    14 symbols drawn from SHA-256 of the order's (secret) code, the line and the rank, then
    the check symbol: the same on every machine that replays the command.
    """
    digest = hashlib.sha256(f"guichet-ticket:{source_code}:{line_id}:{rank}".encode()).digest()
    number = int.from_bytes(digest, "big")
    body = []
    for _ in range(codes.RANDOM_LENGTH):
        number, symbol = divmod(number, len(codes.ALPHABET))
        body.append(codes.ALPHABET[symbol])
    text = "".join(body)
    return text + codes.check_symbol_for(text)


@dataclass(frozen=True)
class CheckInList:
    """What a door admits: dates of some events (all when empty), some categories (all when
    empty), from ``minutes_before`` minutes before the start (from the start of the date's day
    when None) until the date ends."""

    id: str
    name: str
    event_ids: frozenset[str] = frozenset()
    category_ids: frozenset[str] = frozenset()
    minutes_before: int | None = None

    def admits_event(self, event_id: str) -> bool:
        return not self.event_ids or event_id in self.event_ids

    def admits_category(self, category_id: str | None) -> bool:
        return not self.category_ids or (
            category_id is not None and category_id in self.category_ids
        )

    def opens_at(self, starts_at: datetime, timezone: str) -> datetime:
        if self.minutes_before is not None:
            return starts_at - timedelta(minutes=self.minutes_before)
        local = starts_at.astimezone(ZoneInfo(timezone))
        return local.replace(hour=0, minute=0, second=0, microsecond=0)


class StoredCheckInList(Protocol):
    """A check-in list as stored (the counter's row, the server's row)."""

    @property
    def id(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def event_ids(self) -> Iterable[str] | None: ...
    @property
    def category_ids(self) -> Iterable[str] | None: ...
    @property
    def minutes_before(self) -> int | None: ...


def check_in_list(row: StoredCheckInList) -> CheckInList:
    """A stored check-in list as the domain's :class:`CheckInList`."""
    return CheckInList(
        row.id,
        row.name,
        frozenset(row.event_ids or ()),
        frozenset(row.category_ids or ()),
        row.minutes_before,
    )


#: A door with no list chosen admits everything, from the start of the date's day.
EVERY_TICKET = CheckInList("", "")


@dataclass(frozen=True)
class Entry:
    """A ticket's first admission: when, and where (the door or counter's name)."""

    at: datetime
    where: str


@dataclass(frozen=True)
class KnownTicket:
    """What a door knows about a scanned ticket (from its own copy or from the server)."""

    id: str
    code: str
    status: TicketStatus
    event_id: str
    occurrence_id: str
    starts_at: datetime
    ends_at: datetime
    category_id: str | None
    category: str
    event: str
    seat: str = ""
    holder: str = ""
    order_code: str = ""
    entry: Entry | None = None


class Verdict(StrEnum):
    VALID = "valid"
    ALREADY_USED = "already_used"
    WRONG_DATE = "wrong_date"
    TOO_EARLY = "too_early"
    NOT_HERE = "not_here"  # another door's ticket (the check-in list does not admit it)
    REFUNDED = "refunded"
    CANCELLED = "cancelled"
    UNKNOWN = "unknown"
    CHECK_CODE = "check_code"  # a typo, a misread character or an unreadable scan
    RECEIPT = "receipt"  # a receipt's code, not a ticket's
    CARD = "card"  # a gift package or a pass: booked at the scanning window, not here


#: Verdicts that let the person in (and record an entry).
ADMITTING = frozenset({Verdict.VALID})


@dataclass(frozen=True)
class DoorVerdict:
    verdict: Verdict
    code: str = ""  # the normalised code read ("" when unreadable)
    ticket: KnownTicket | None = None
    order_code: str = ""  # RECEIPT: the order it belongs to
    opens_at: datetime | None = None  # TOO_EARLY: when entry opens

    @property
    def admits(self) -> bool:
        return self.verdict in ADMITTING


def read_scan(text: str) -> DoorVerdict | str:
    """The code a scan holds, or the verdict on a scan that cannot be one (too long, binary,
    a typo the check symbol catches, a character the generator never produces)."""
    if len(text) > MAX_SCAN_LENGTH or any(ord(ch) < 32 or 0x7F <= ord(ch) < 0xA0 for ch in text):
        return DoorVerdict(Verdict.CHECK_CODE)
    code = codes.normalize(text)
    if not code:
        return DoorVerdict(Verdict.CHECK_CODE)
    if codes.misread_characters(code) or not codes.is_well_formed(code):
        return DoorVerdict(Verdict.CHECK_CODE, code)
    return code


def door_verdict(
    ticket: KnownTicket, door: CheckInList, now: datetime, timezone: str
) -> DoorVerdict:
    """The door's answer on a known ticket: first what makes it worthless anywhere (refunded,
    cancelled), then whether this door admits it, then when, then whether it was used."""
    if ticket.status == TicketStatus.REFUNDED:
        return DoorVerdict(Verdict.REFUNDED, ticket.code, ticket)
    if ticket.status in (TicketStatus.CANCELLED, TicketStatus.EXCHANGED):
        return DoorVerdict(Verdict.CANCELLED, ticket.code, ticket)
    if not door.admits_event(ticket.event_id) or not door.admits_category(ticket.category_id):
        return DoorVerdict(Verdict.NOT_HERE, ticket.code, ticket)
    opens = door.opens_at(ticket.starts_at, timezone)
    if now >= ticket.ends_at:
        return DoorVerdict(Verdict.WRONG_DATE, ticket.code, ticket)
    if now < opens:
        today = _day(now, timezone)
        if today in (_day(opens, timezone), _day(ticket.starts_at, timezone)):
            return DoorVerdict(Verdict.TOO_EARLY, ticket.code, ticket, opens_at=opens)
        return DoorVerdict(Verdict.WRONG_DATE, ticket.code, ticket)
    if ticket.entry is not None:
        return DoorVerdict(Verdict.ALREADY_USED, ticket.code, ticket)
    return DoorVerdict(Verdict.VALID, ticket.code, ticket)


def _day(moment: datetime, timezone: str) -> date:
    return moment.astimezone(ZoneInfo(timezone)).date()
