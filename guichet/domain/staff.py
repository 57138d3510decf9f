"""Who may manage whom: the staff rules of the back office.

- Owners manage everyone; supervisors manage cashiers (and change their own PIN); cashiers
  manage nobody.
- Only an owner makes someone an owner or a supervisor.
- The organisation always keeps an active owner: the last one cannot be deactivated or given
  another role.

A person's role title agrees with them in French (« Caissière », « Superviseure »): their
:class:`TitleForm`, said when the person is added or changed. English titles have one form.
"""

from __future__ import annotations

from collections.abc import Collection
from enum import StrEnum

from guichet.domain.auth import Role
from guichet.domain.errors import DomainError


class TitleForm(StrEnum):
    """How a person's role title reads in French. ``UNSAID`` (people added before the choice
    existed) reads as the masculine, as every title did then."""

    FEMININE = "feminine"
    MASCULINE = "masculine"
    UNSAID = ""


def title_form(text: object) -> TitleForm:
    """The form a command carries (None: not said); refused when it is not one of them."""
    if text is None:
        return TitleForm.UNSAID
    try:
        return TitleForm(str(text))
    except ValueError:
        raise DomainError("title_form_unknown", form=str(text)[:20]) from None


def check_may_manage(actor: Role, target: Role | None, new_role: Role | None = None) -> None:
    """``target``: the person's role now (None for a new person); ``new_role``: the role the
    change gives them (None: unchanged)."""
    if actor is Role.OWNER:
        return
    if actor is Role.SUPERVISOR:
        for role in (target, new_role):
            if role is not None and role is not Role.CASHIER:
                raise DomainError("owner_required", role=str(role))
        return
    raise DomainError("forbidden", role=str(actor))


def check_may_set_pin(actor: Role, actor_id: str, target: Role, target_id: str) -> None:
    """Anyone who manages the person sets their PIN; a supervisor also changes their own."""
    if actor_id == target_id and actor.can_supervise:
        return
    check_may_manage(actor, target)


def check_owner_remains(
    active_owners: Collection[str], user_id: str, new_role: Role, active: bool
) -> None:
    """Refuse the change that would leave the organisation with no active owner."""
    remaining = set(active_owners) - {user_id}
    if (new_role is Role.OWNER and active) or remaining:
        return
    raise DomainError("last_owner")
