"""Escrowed counts: places leased to paired counters so none can be oversold offline.

Every paired counter holds, per occurrence, an *allotment* of session places and one of
à-la-carte places: it sells them without asking anyone, online or not, and the server never
sells them to anyone else. What a counter may sell is what it holds; what the server may sell
itself is what no counter holds. Leases grow from the unleased rest, sized by the counter's
recent sales (or a size set per event), and what is unused goes back.
"""

from __future__ import annotations

import uuid

from guichet.domain.errors import DomainError

MIN_ALLOTMENT = 4
MAX_ALLOTMENT = 100
KINDS = ("places", "alacarte")


def allotment_id(terminal_id: str, kind: str, occurrence_id: str) -> str:
    """The same id on the counter and on the server, with no round trip."""
    return str(
        uuid.uuid5(uuid.NAMESPACE_URL, f"guichet:allotment:{terminal_id}:{kind}:{occurrence_id}")
    )


def target_size(configured: int | None, recent_sales: int) -> int:
    """How many places a counter should hold: the event's setting, or twice what it sold in
    the last hour (at least a handful, at most a hundred)."""
    if configured is not None:
        return max(0, configured)
    return max(MIN_ALLOTMENT, min(MAX_ALLOTMENT, 2 * recent_sales))


def top_up(remaining: int, target: int, unleased: int) -> int:
    """Places to add to an allotment holding ``remaining``: up to the target, never more than
    what no one holds."""
    return max(0, min(target - remaining, unleased))


def take(granted: int, used: int, requested: int) -> int:
    """The allotment's new ``used`` after selling ``requested`` places, or a refusal that says
    how many this counter still holds."""
    remaining = granted - used
    if requested > remaining:
        raise DomainError("allotment_exhausted", remaining=max(remaining, 0), requested=requested)
    return used + requested
