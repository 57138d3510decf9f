"""A supervisor's override of a rule the counter otherwise holds (issue 16, part 12).

Pure: the sale and draw handlers call it with what they read, on the counter and on the
server alike. A date that has ended (its end time passed) sells nothing and gives nothing
from a reserve, unless the command carries a supervisor's override: who (a supervisor or the
owner, checked by role) and why (a reason, required). The handler records the override as a
line of history (``catalogue_change``, entity ``order``, action ``override``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from guichet.domain.auth import Role
from guichet.domain.errors import DomainError

#: The rule an override lifts, as the history line names it.
DATE_ENDED = "occurrence_ended"


@dataclass(frozen=True)
class Override:
    """A supervisor's permission, carried in the command (their id and the reason)."""

    supervisor_id: str
    reason: str


def has_ended(ends_at: datetime, now: datetime) -> bool:
    """A date has ended once its end time is past (an aware ``now``)."""
    if now.tzinfo is None or ends_at.tzinfo is None:
        raise ValueError("aware datetimes required")
    return ends_at <= now


def check_override(supervisor_role: Role | None, reason: str) -> str:
    """The override's reason, stripped; refused unless given by an active supervisor or the
    owner (``supervisor_role`` is None for an unknown or inactive user) with a reason."""
    if supervisor_role is None or not supervisor_role.can_supervise:
        raise DomainError("supervisor_required")
    text = reason.strip()
    if not text:
        raise DomainError("override_reason_required")
    return text


def ensure_date_open(
    occurrence_id: str,
    ends_at: datetime,
    now: datetime,
    *,
    override: Override | None,
    supervisor_role: Role | None,
) -> bool:
    """Whether the override was needed (and valid) for this date. A date that has ended is
    refused (``occurrence_ended`` with its end) without an override; an override is checked
    only where it is needed."""
    if not has_ended(ends_at, now):
        return False
    if override is None:
        raise DomainError("occurrence_ended", occurrence=occurrence_id, ends_at=ends_at.isoformat())
    check_override(supervisor_role, override.reason)
    return True
