"""Tickets as the handlers write them: issued with each admission, voided with its refund.

Every order goes through :func:`guichet.services.handlers.write_order` (a counter sale, places
à la carte, a reserve draw, a seat assignment), which writes the order's tickets with its
lines through :func:`order_ticket_rows`. A booking made with a card or a pass gets its ticket
from :func:`issue_booking_ticket`. A refund voids the last tickets of a line, the ones whose
seats it frees (:func:`void_line_tickets`); a cancelled booking voids its ticket. The counter
and the server run the same code, so a ticket's code is the same on both.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, Protocol

from sqlalchemy import select

from guichet.domain.tickets import TicketStatus, ticket_code
from guichet.models.base import new_id
from guichet.models.tables import Booking, OrderLine, Ticket
from guichet.services.context import HandlerContext

#: Order lines that admit someone (a card sold is not an admission).
ADMISSION_KINDS = frozenset({"ticket", "alacarte"})


class AdmissionLine(Protocol):
    """What a line of an order says about its tickets
    (:class:`guichet.services.handlers.OrderLineInput`, which stands on this module)."""

    @property
    def line_id(self) -> str: ...
    @property
    def occurrence_id(self) -> str: ...
    @property
    def category_id(self) -> str: ...
    @property
    def quantity(self) -> int: ...
    @property
    def kind(self) -> str: ...
    @property
    def seat_ids(self) -> tuple[str, ...]: ...


def order_ticket_rows(
    *,
    organisation_id: str,
    order_id: str,
    order_code: str,
    lines: Sequence[AdmissionLine],
    participant: dict[str, str] | None,
    now: datetime,
) -> list[dict[str, Any]]:
    """One row per admission of an order, in line order; a seated line's n-th ticket holds
    its n-th seat."""
    holder = str((participant or {}).get("name", ""))[:200]
    rows: list[dict[str, Any]] = []
    for line in lines:
        if line.kind not in ADMISSION_KINDS or not line.occurrence_id:
            continue
        seats = list(line.seat_ids)
        for rank in range(1, line.quantity + 1):
            rows.append(
                {
                    "id": new_id(),
                    "code": ticket_code(order_code, line.line_id, rank),
                    "organisation_id": organisation_id,
                    "order_id": order_id,
                    "order_line_id": line.line_id,
                    "booking_id": None,
                    "rank": rank,
                    "occurrence_id": line.occurrence_id,
                    "category_id": line.category_id or None,
                    "seat_id": seats[rank - 1] if rank <= len(seats) else None,
                    "holder": holder,
                    "status": TicketStatus.VALID.value,
                    "created_at": now,
                    "voided_at": None,
                    "replaced_by": None,
                }
            )
    return rows


def void_line_tickets(
    ctx: HandlerContext,
    line: OrderLine,
    refunded_before: int,
    quantity: int,
    status: TicketStatus = TicketStatus.REFUNDED,
) -> None:
    """A refund of ``quantity`` units of ``line`` voids its last valid tickets, as it frees
    its last seats (handlers_seating.free_seats): ranks left_before - quantity + 1 .. left."""
    left_before = line.quantity - refunded_before
    ranks = range(left_before - quantity + 1, left_before + 1)
    for ticket in ctx.session.scalars(
        select(Ticket).where(Ticket.order_line_id == line.id, Ticket.rank.in_(list(ranks)))
    ):
        if ticket.status == TicketStatus.VALID.value:
            ticket.status = status.value
            ticket.voided_at = ctx.now


def issue_booking_ticket(ctx: HandlerContext, booking: Booking) -> None:
    """The ticket of a place booked with a card or a pass (its code from the booking's id,
    which the counter drew at random)."""
    ctx.session.add(
        Ticket(
            id=new_id(),
            code=ticket_code(booking.id, "booking", 1),
            organisation_id=booking.organisation_id,
            order_id=None,
            order_line_id=None,
            booking_id=booking.id,
            rank=1,
            occurrence_id=booking.occurrence_id,
            category_id=None,
            seat_id=None,
            holder=booking.participant[:200],
            status=TicketStatus.VALID.value,
            created_at=ctx.now,
        )
    )


def void_booking_ticket(ctx: HandlerContext, booking_id: str) -> None:
    for ticket in ctx.session.scalars(select(Ticket).where(Ticket.booking_id == booking_id)):
        if ticket.status == TicketStatus.VALID.value:
            ticket.status = TicketStatus.CANCELLED.value
            ticket.voided_at = ctx.now
