"""What every back-office handler shares: who may edit the catalogue, and its history.

A line of history is also what tells counters to reload what they price with (tags, price
lists): pricing's catalogue version includes the history's latest time."""

from __future__ import annotations

from typing import Any, TypeVar

from guichet.domain.auth import Role
from guichet.domain.errors import DomainError
from guichet.models.tables import CatalogueChange
from guichet.services.context import HandlerContext

M = TypeVar("M")


def supervise(ctx: HandlerContext) -> None:
    """The catalogue (venues, events, dates, prices) is kept by supervisors and owners."""
    ctx.require_role(Role.SUPERVISOR, Role.OWNER)


def record(ctx: HandlerContext, entity: str, entity_id: str, action: str, **details: Any) -> None:
    """A line of the back office's history: who, when, from which counter, what."""
    ctx.session.add(
        CatalogueChange(
            organisation_id=ctx.terminal.organisation_id,
            entity=entity,
            entity_id=entity_id,
            action=action,
            user_id=ctx.envelope.user_id,
            terminal_id=ctx.envelope.terminal_id,
            at=ctx.now,
            details=details,
        )
    )


def owned(ctx: HandlerContext, model: type[M], row_id: str | None, code: str) -> M:
    """The row ``row_id`` of this organisation, or the refusal ``code``."""
    row = ctx.session.get(model, row_id) if row_id else None
    if row is None or getattr(row, "organisation_id", None) != ctx.terminal.organisation_id:
        raise DomainError(code, id=str(row_id)[:40])
    return row
