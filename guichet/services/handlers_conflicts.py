"""Conflicts found at sync, and how supervisors resolve them (issue 6, parts 6–7)."""

from __future__ import annotations

from sqlalchemy import select

from guichet.domain.auth import Role
from guichet.domain.cards import BookingStatus, CardStatus
from guichet.domain.commands import ResolveConflict
from guichet.domain.errors import DomainError
from guichet.models.tables import Booking, Card, Conflict, Occurrence
from guichet.services import escrow
from guichet.services.context import HandlerContext

RESOLUTIONS = ("accept", "cancel_booking", "block_card", "refund")


def resolve_conflict(ctx: HandlerContext, cmd: ResolveConflict) -> str:
    ctx.require_role(Role.SUPERVISOR, Role.OWNER)
    conflict = ctx.session.scalars(
        select(Conflict).where(Conflict.id == cmd.conflict_id).with_for_update()
    ).first()
    if conflict is None or conflict.organisation_id != ctx.terminal.organisation_id:
        raise DomainError("unknown_conflict", conflict=cmd.conflict_id)
    if conflict.status == "resolved":
        raise DomainError("conflict_already_resolved", resolution=conflict.resolution)
    if cmd.resolution not in RESOLUTIONS:
        raise DomainError("conflict_resolution_invalid", resolution=cmd.resolution)
    if cmd.resolution == "cancel_booking":
        if not conflict.booking_ids:
            raise DomainError("conflict_resolution_invalid", resolution=cmd.resolution)
        _cancel_bookings(ctx, conflict)
    elif cmd.resolution == "block_card":
        card = ctx.session.get(Card, conflict.card_id) if conflict.card_id else None
        if card is None:
            raise DomainError("conflict_resolution_invalid", resolution=cmd.resolution)
        card.status = CardStatus.BLOCKED.value
        card.status_note = "conflict"[:200]
    elif cmd.resolution == "refund" and conflict.order_id is None:
        raise DomainError("conflict_resolution_invalid", resolution=cmd.resolution)
    conflict.status = "resolved"
    conflict.resolution = cmd.resolution
    conflict.note = cmd.note.strip()[:2000]
    conflict.resolved_by = ctx.envelope.user_id
    conflict.resolved_at = ctx.now
    return conflict.id


def _cancel_bookings(ctx: HandlerContext, conflict: Conflict) -> None:
    """Cancel the bookings the conflict is about, limits aside (a supervisor decided), and
    give back their places and uses."""
    for booking_id in conflict.booking_ids:
        booking = ctx.session.get(Booking, booking_id)
        if booking is None or booking.status != BookingStatus.BOOKED.value:
            continue  # cancelled already, or the person came (a use really taken)
        card = ctx.session.scalars(
            select(Card).where(Card.id == booking.card_id).with_for_update()
        ).one()
        occ = ctx.session.scalars(
            select(Occurrence).where(Occurrence.id == booking.occurrence_id).with_for_update()
        ).one()
        booking.status = BookingStatus.CANCELLED.value
        booking.cancelled_at = ctx.now
        booking.cancelled_by = ctx.envelope.user_id
        # The places return to the unleased rest: the booking counter's lease was used.
        kind = "alacarte" if booking.place_kind == "alacarte" else "places"
        escrow.unsell_places(ctx, occ, kind, 1, to_allotment=False)
        card.uses_taken -= 1
