"""Whose role a handler may trust (docs/SECURITY.md, "The server checks people").

On a counter the person typed their PIN there: their role is their role. On the server a
command only *says* who made it; the server sets ``session.info["people"]`` to the people a
valid proof names (:mod:`guichet.server.people`), and a supervisor or owner named without one
acts as a cashier would: what a cashier may do goes through, the rest is refused. An approval
(a refund's supervisor, an override) by someone unproven is applied as the fact it is on the
counter (the money has left), with a conflict for a supervisor (``approval_unverified``).
"""

from __future__ import annotations

from typing import Protocol

from sqlalchemy.orm import Session

from guichet.domain.auth import Role
from guichet.domain.errors import DomainError
from guichet.models.tables import User

#: Refusals a demoted supervisor meets: answered ``person_unverified`` instead (the server).
ROLE_REFUSALS = frozenset({"forbidden", "owner_required", "supervisor_required"})


def proven(session: Session, user_id: str) -> bool:
    """Whether ``user_id`` may be trusted in this session (always, on a counter)."""
    verified: frozenset[str] | None = session.info.get("people")
    return verified is None or user_id in verified


def role_of(session: Session, user: User) -> Role:
    """The role a handler may act on: a supervisor or owner the server has no proof of is a
    cashier there."""
    role = Role(user.role)
    if role.can_supervise and not proven(session, user.id):
        return Role.CASHIER
    return role


class Approval(Protocol):
    """What :func:`approver_role` needs of a handler's context
    (:class:`guichet.services.context.HandlerContext`, which stands on this module)."""

    @property
    def session(self) -> Session: ...

    def refuse(self, error: DomainError) -> None: ...


def approver_role(ctx: Approval, user: User) -> Role:
    """The role of a person who approves another's command (a refund, an override). Unproven
    on the server: noted as a conflict (``ctx.refuse``, tolerated for every command there)
    and their role kept, since the counter acted on it offline."""
    role = Role(user.role)
    if role.can_supervise and not proven(ctx.session, user.id):
        ctx.refuse(DomainError("approval_unverified", user=user.name, role=role.value))
    return role
