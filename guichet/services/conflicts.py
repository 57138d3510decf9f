"""The conflicts desk (Qt-free): what sync found, for supervisors to resolve (issue 6, part 7)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from guichet.domain import bearer, codes
from guichet.domain.commands import ResolveConflict
from guichet.models.tables import (
    Booking,
    Card,
    CardType,
    CheckIn,
    Conflict,
    Event,
    Occurrence,
    Order,
    Terminal,
    User,
)
from guichet.services.desk import DeskCounter, dispatch


@dataclass(frozen=True)
class ConflictBooking:
    id: str
    participant: str
    event_name: str
    starts_at: datetime
    status: str


@dataclass(frozen=True)
class ConflictEntry:
    """One admission of a ticket let in twice: when, at which door, by whom."""

    at: datetime
    where: str
    who: str


@dataclass(frozen=True)
class ConflictView:
    id: str
    reason: str  # a refusal code: card_used_up, not_enough_uses, card_exclusive_booked...
    details: dict[str, Any]
    command_type: str
    occurred_at: datetime
    terminal_name: str  # the counter that did it offline
    user_name: str
    card_code: str  # formatted, "" when none
    card_type_name: str
    bookings: tuple[ConflictBooking, ...]
    order_code: str  # formatted, "" when none
    status: str  # open | resolved
    resolution: str
    note: str
    resolved_by: str
    resolved_at: datetime | None
    # A ticket let in at two doors (ticket_double_entry): the ticket, its date, and every
    # entry, first first.
    ticket_code: str = ""  # formatted
    event_name: str = ""
    starts_at: datetime | None = None
    entries: tuple[ConflictEntry, ...] = ()
    # The card is blocked by its id: a card sold at another counter shows no code here (its
    # code is a bearer value the pull does not carry) and may still be blocked.
    card_id: str = ""

    @property
    def resolutions(self) -> tuple[str, ...]:
        """What a supervisor may decide for this conflict."""
        if self.reason == DOUBLE_ENTRY:
            # The person was already inside: nothing to undo, never refused after the fact.
            return ("accept",)
        options = ["accept"]
        if self.bookings:
            options.append("cancel_booking")
        if self.card_id:
            options.append("block_card")
        if self.order_code:
            options.append("refund")
        return tuple(options)


#: Two doors admitted one ticket offline (issue 17, part 5).
DOUBLE_ENTRY = "ticket_double_entry"


class ConflictDesk:
    def __init__(self, counter: DeskCounter) -> None:
        self.counter = counter

    def conflicts(self, *, open_only: bool = True) -> list[ConflictView]:
        with self.counter.session_factory() as session:
            query = select(Conflict).order_by(Conflict.occurred_at.desc())
            if open_only:
                query = query.where(Conflict.status == "open")
            rows = session.scalars(query).all()
            names = {t.id: t.name for t in session.scalars(select(Terminal))}
            users = {u.id: u.name for u in session.scalars(select(User))}
            views = []
            for row in rows:
                card = session.get(Card, row.card_id) if row.card_id else None
                card_type = session.get(CardType, card.card_type_id) if card else None
                bookings = []
                for booking_id in row.booking_ids or ():
                    b = session.get(Booking, booking_id)
                    if b is None:
                        continue
                    occ = session.get(Occurrence, b.occurrence_id)
                    event = session.get(Event, occ.event_id) if occ else None
                    bookings.append(
                        ConflictBooking(
                            b.id,
                            b.participant,
                            event.name if event else "",
                            occ.starts_at if occ else row.occurred_at,
                            b.status,
                        )
                    )
                order = session.get(Order, row.order_id) if row.order_id else None
                ticket: dict[str, Any] = {}
                if row.reason == DOUBLE_ENTRY:
                    ticket = _double_entry(session, row, names, users)
                views.append(
                    ConflictView(
                        id=row.id,
                        reason=row.reason,
                        details=dict(row.details or {}),
                        command_type=row.command_type,
                        occurred_at=row.occurred_at,
                        terminal_name=names.get(row.terminal_id, ""),
                        user_name=users.get(row.user_id or "", ""),
                        card_code=codes.display(bearer.visible(card.code)) if card else "",
                        card_id=card.id if card else "",
                        card_type_name=card_type.name if card_type else "",
                        bookings=tuple(bookings),
                        order_code=codes.display(bearer.visible(order.code)) if order else "",
                        status=row.status,
                        resolution=row.resolution,
                        note=row.note,
                        resolved_by=users.get(row.resolved_by or "", ""),
                        resolved_at=row.resolved_at,
                        **ticket,
                    )
                )
            return views

    def resolve(self, conflict_id: str, resolution: str, note: str = "") -> None:
        dispatch(self.counter, ResolveConflict(conflict_id, resolution, note))


def _double_entry(
    session: Session, row: Conflict, names: dict[str, str], users: dict[str, str]
) -> dict[str, Any]:
    """A double entry's ticket, date and entries. The entries are this counter's check-ins of
    the ticket once they are pulled (every door's, a third one too); until then, the two the
    conflict names: the first entry in its details, the second its own row."""
    details = row.details or {}
    ticket_id = str(details.get("ticket_id") or "")
    code = str(details.get("ticket") or "")
    event_name = str(details.get("event") or "")
    starts_at = _moment(details.get("starts_at"))
    occurrence_id = str(details.get("occurrence_id") or "")
    occ = session.get(Occurrence, occurrence_id) if occurrence_id else None
    if occ is not None:
        event = session.get(Event, occ.event_id)
        event_name = event.name if event is not None else event_name
        starts_at = occ.starts_at
    entries: list[ConflictEntry] = []
    if ticket_id:
        entries = [
            ConflictEntry(
                c.occurred_at, names.get(c.terminal_id, ""), users.get(c.user_id or "", "")
            )
            for c in session.scalars(
                select(CheckIn)
                .where(CheckIn.ticket_id == ticket_id, CheckIn.admitted.is_(True))
                .order_by(CheckIn.occurred_at)
            )
        ]
    if len(entries) < 2:
        first_at = _moment(details.get("first_at"))
        named = []
        if first_at is not None:
            named.append(
                ConflictEntry(
                    first_at,
                    str(details.get("first_where") or ""),
                    str(details.get("first_who") or ""),
                )
            )
        named.append(
            ConflictEntry(
                row.occurred_at, names.get(row.terminal_id, ""), users.get(row.user_id or "", "")
            )
        )
        entries = sorted(named, key=lambda e: e.at)
    return {
        "ticket_code": codes.display(code) if code else "",
        "event_name": event_name,
        "starts_at": starts_at,
        "entries": tuple(entries),
    }


def _moment(value: Any) -> datetime | None:
    """A time a conflict's details hold as ISO text (None when missing or unreadable)."""
    if not isinstance(value, str) or not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment
