"""Escrowed counts: finite counts leased to paired counters so none can be overdrawn offline.

Every paired counter holds *allotments*: per occurrence, one of session places and one of
à-la-carte places; per occurrence and capacity reserve, one of the reserve's quantity; per
quota-limited promotion, one of its ticket quota. It uses them without asking anyone, online
or not, and the server never gives them to anyone else. What a counter may use is what it
holds; what the server (or a terminal that is not paired) may use is what no counter holds.
Leases grow from that unleased rest, sized by the counter's recent use (or a size set per
event), and what is unused goes back.

What cannot be split among counters is not escrowed: a promo code's maximum uses (a
single-use code is a count of one). A sale made offline past it is applied by the server
anyway, with a conflict for a supervisor.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection
from datetime import date

from guichet.domain.errors import DomainError
from guichet.domain.promotions import profile_allowed

MIN_ALLOTMENT = 4
MAX_ALLOTMENT = 100
#: Kinds of allotment. ``places`` and ``alacarte`` are counts of an occurrence; ``reserve`` is
#: the quantity of one reserve for one occurrence (subject: the reserve); ``promotion`` is the
#: ticket quota of one promotion (subject: the promotion, no occurrence).
PLACES, ALACARTE, RESERVE, PROMOTION = "places", "alacarte", "reserve", "promotion"
KINDS = (PLACES, ALACARTE)  # the counts of an occurrence
ALL_KINDS = (PLACES, ALACARTE, RESERVE, PROMOTION)
#: The refusal when an allotment is used up, in words for each kind.
EXHAUSTED = {
    PLACES: "allotment_exhausted",
    ALACARTE: "allotment_exhausted",
    RESERVE: "reserve_allotment_exhausted",
    PROMOTION: "promo_allotment_exhausted",
}


def allotment_id(
    terminal_id: str, kind: str, occurrence_id: str | None, subject_id: str | None = None
) -> str:
    """The same id on the counter and on the server, with no round trip.

    Places keep the form of the first version (``terminal:kind:occurrence``); a reserve's
    allotment adds the reserve, a promotion's names the promotion alone."""
    parts = [terminal_id, kind, *(p for p in (occurrence_id, subject_id) if p)]
    if len(parts) < 3:
        raise ValueError("an allotment needs an occurrence or a subject")
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "guichet:allotment:" + ":".join(parts)))


def target_size(configured: int | None, recent_use: int) -> int:
    """How many a counter should hold: the event's setting, or twice what it used in the
    last hour (at least a handful, at most a hundred)."""
    if configured is not None:
        return max(0, configured)
    return max(MIN_ALLOTMENT, min(MAX_ALLOTMENT, 2 * recent_use))


def top_up(remaining: int, target: int, unleased: int) -> int:
    """How many to add to an allotment holding ``remaining``: up to the target, never more
    than what no one holds."""
    return max(0, min(target - remaining, unleased))


def unleased(free: int, leased: int) -> int:
    """What the server (or a terminal that is not paired) may still use of a count: what is
    free minus what counters hold and have not used."""
    return max(free - leased, 0)


def take(granted: int, used: int, requested: int, kind: str = PLACES) -> int:
    """The allotment's new ``used`` after using ``requested``, or a refusal (in words for the
    kind) that says how many this counter still holds."""
    remaining = granted - used
    if requested > remaining:
        raise DomainError(
            EXHAUSTED.get(kind, "allotment_exhausted"),
            remaining=max(remaining, 0),
            requested=requested,
        )
    return used + requested


def promotion_leasable(
    *,
    enabled: bool,
    max_tickets: int | None,
    starts: date | None,
    expires: date | None,
    today: date,
    horizon_end: date,
    profiles: Collection[str] = (),
    profile: str | None = None,
) -> bool:
    """Whether a counter should hold a share of a promotion's ticket quota: the promotion is
    enabled, limited, in force some day between ``today`` and ``horizon_end``, and usable by
    the counter's profile. A counter gives back the share of one that no longer is."""
    return (
        enabled
        and max_tickets is not None
        and (expires is None or expires >= today)
        and (starts is None or starts <= horizon_end)
        and profile_allowed(profiles, profile)
    )


def reserve_leasable(*, active: bool, with_access: bool, occurrence_over: bool) -> bool:
    """Whether a counter should hold a share of a reserve's quantity for an occurrence: the
    reserve is active and drawn from at counters (with access), the occurrence not over."""
    return active and with_access and not occurrence_over
