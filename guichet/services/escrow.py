"""Allotments in the handlers: a paired counter's sales, draws and promotion uses take from
what it holds (on the counter, then identically on the server); the server's own take from
the rest."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar, cast

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from guichet.domain import escrow
from guichet.domain.cart import ensure_places
from guichet.models.tables import Allotment, Occurrence
from guichet.services.context import HandlerContext, locked

S = TypeVar("S")  # a select of occurrences (SQLAlchemy's Select is variadic)


def lock_unless_escrowed(ctx: HandlerContext, statement: S, **of: Any) -> S:
    """Occurrences a command only sells from or gives back to: a paired counter's command
    leaves them unlocked (it counts on its own allotment, and its counts are added
    atomically when it is done); the others lock them to check and count."""
    if ctx.terminal.escrowed:
        return statement
    return cast(S, cast(Select[Any], statement).with_for_update(**of))


def _locked(
    ctx: HandlerContext, kind: str, occurrence_id: str | None, subject_id: str | None
) -> Allotment | None:
    return locked(
        ctx.session,
        Allotment,
        escrow.allotment_id(ctx.terminal.id, kind, occurrence_id, subject_id),
    )


def take(
    ctx: HandlerContext,
    occurrence_id: str | None,
    kind: str,
    quantity: int,
    subject_id: str | None = None,
) -> None:
    """Use ``quantity`` of ``kind`` from this terminal's allotment (paired counters only; a
    standalone counter or the server itself holds none)."""
    if not ctx.terminal.escrowed or quantity <= 0:
        return
    row = _locked(ctx, kind, occurrence_id, subject_id)
    granted, used = (row.granted, row.used) if row is not None else (0, 0)
    new_used = escrow.take(granted, used, quantity, kind)
    assert row is not None  # take() refused when there is nothing to take from
    row.used = new_used
    row.updated_at = ctx.now


def give_back(
    ctx: HandlerContext,
    occurrence_id: str | None,
    kind: str,
    quantity: int,
    subject_id: str | None = None,
) -> None:
    """A refund or a cancellation at a paired counter returns the count to its allotment."""
    if not ctx.terminal.escrowed or quantity <= 0:
        return
    row = _locked(ctx, kind, occurrence_id, subject_id)
    if row is not None:
        row.used = max(row.used - quantity, 0)
        row.updated_at = ctx.now


def held(
    session: Session,
    terminal_id: str,
    kind: str,
    occurrence_id: str | None,
    subject_id: str | None = None,
) -> int:
    """What ``terminal_id`` holds and has not used of one count (0 when it holds nothing)."""
    row = session.get(Allotment, escrow.allotment_id(terminal_id, kind, occurrence_id, subject_id))
    return max(row.granted - row.used, 0) if row is not None else 0


def leased_unused(session: Session, occurrence_ids: Sequence[str], kind: str) -> dict[str, int]:
    """Places held by counters and not sold yet, per occurrence: nobody else may sell them."""
    return {
        occurrence_id: int(total or 0)
        for occurrence_id, total in session.execute(
            select(Allotment.occurrence_id, func.sum(Allotment.granted - Allotment.used))
            .where(Allotment.occurrence_id.in_(occurrence_ids), Allotment.kind == kind)
            .group_by(Allotment.occurrence_id)
        )
        if occurrence_id is not None
    }


def subject_leased_unused(
    session: Session, kind: str, subject_id: str, occurrence_id: str | None = None
) -> int:
    """What counters hold and have not used of a reserve (for an occurrence) or of a
    promotion's quota: nobody else may use it."""
    query = select(func.coalesce(func.sum(Allotment.granted - Allotment.used), 0)).where(
        Allotment.subject_id == subject_id, Allotment.kind == kind
    )
    if occurrence_id is not None:
        query = query.where(Allotment.occurrence_id == occurrence_id)
    return int(session.scalar(query) or 0)


def available_to(
    ctx: HandlerContext, occurrence_id: str, general: int, kind: str, leased: int | None = None
) -> int:
    """What this terminal may sell beyond its own allotment: for a paired counter nothing
    (it sells what it holds), for the others what no counter holds (``leased``, when the
    caller read it already in the same transaction)."""
    if ctx.terminal.escrowed:
        return general
    held = (
        leased
        if leased is not None
        else leased_unused(ctx.session, [occurrence_id], kind).get(occurrence_id, 0)
    )
    return escrow.unleased(general, held)


def sell_places(
    ctx: HandlerContext,
    occurrence: Occurrence,
    kind: str,
    quantity: int,
    free: int,
    *,
    leased: int | None = None,
) -> None:
    """Take ``quantity`` places of ``kind`` that ``free`` counts as unsold (general
    availability, or the à-la-carte places left): refused past what this terminal may sell,
    taken from its allotment when it is paired, counted on the occurrence. ``leased``: what
    paired counters hold of it, when the caller read it in the same transaction."""
    ensure_places(available_to(ctx, occurrence.id, free, kind, leased), quantity)
    take(ctx, occurrence.id, kind, quantity)
    _add(ctx, occurrence, kind, quantity)


def _add(ctx: HandlerContext, occurrence: Occurrence, kind: str, quantity: int) -> None:
    """A paired counter's places come from its own allotment (locked, its alone): the
    occurrence's count is only added to, atomically, when the command is done. The others
    hold the occurrence locked and count it here."""
    column = "alacarte_taken" if kind == "alacarte" else "sold"
    if ctx.terminal.escrowed:
        ctx.count(occurrence.id, column, quantity)
    else:
        setattr(occurrence, column, getattr(occurrence, column) + quantity)


def unsell_places(
    ctx: HandlerContext,
    occurrence: Occurrence,
    kind: str,
    quantity: int,
    *,
    to_allotment: bool = True,
) -> None:
    """Refunds and cancellations: the places are no longer taken; a paired terminal gets
    them back in its allotment unless ``to_allotment`` is False."""
    _add(ctx, occurrence, kind, -quantity)
    if to_allotment:
        give_back(ctx, occurrence.id, kind, quantity)
