"""The conflicts desk (Qt-free): what sync found, for supervisors to resolve (issue 6, part 7)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from guichet.domain import codes
from guichet.domain.commands import ResolveConflict
from guichet.domain.errors import DomainError
from guichet.models.tables import (
    Booking,
    Card,
    CardType,
    Conflict,
    Event,
    Occurrence,
    Order,
    Terminal,
    User,
)

if TYPE_CHECKING:
    from guichet.services.counter import Counter


@dataclass(frozen=True)
class ConflictBooking:
    id: str
    participant: str
    event_name: str
    starts_at: datetime
    status: str


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

    @property
    def resolutions(self) -> tuple[str, ...]:
        """What a supervisor may decide for this conflict."""
        options = ["accept"]
        if self.bookings:
            options.append("cancel_booking")
        if self.card_code:
            options.append("block_card")
        if self.order_code:
            options.append("refund")
        return tuple(options)


class ConflictDesk:
    def __init__(self, counter: Counter) -> None:
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
                views.append(
                    ConflictView(
                        id=row.id,
                        reason=row.reason,
                        details=dict(row.details or {}),
                        command_type=row.command_type,
                        occurred_at=row.occurred_at,
                        terminal_name=names.get(row.terminal_id, ""),
                        user_name=users.get(row.user_id or "", ""),
                        card_code=codes.display(card.code) if card else "",
                        card_type_name=card_type.name if card_type else "",
                        bookings=tuple(bookings),
                        order_code=codes.display(order.code) if order else "",
                        status=row.status,
                        resolution=row.resolution,
                        note=row.note,
                        resolved_by=users.get(row.resolved_by or "", ""),
                        resolved_at=row.resolved_at,
                    )
                )
            return views

    def resolve(self, conflict_id: str, resolution: str, note: str = "") -> None:
        actor = self.counter.actor
        if actor is None:
            raise DomainError("not_logged_in")
        self.counter.bus.dispatch(ResolveConflict(conflict_id, resolution, note), actor)
