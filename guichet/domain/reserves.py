"""Capacity reserves ("réserves de capacité"): pure rules of issue 5 (no database, Qt or I/O).

A :class:`Reserve` is defined once for the organisation: a name, a kind and who may use it.

* ``WITHOUT_ACCESS`` ("sans accès"): places held back. Nobody sells or draws them; a supervisor
  releases them back to general sale (or lowers the quantity) to make them sellable.
* ``WITH_ACCESS`` ("avec accès au compte"): linked to a ticket category; the users who have
  access draw tickets from it at the counter for a named participant.

Access is ``ALL_USERS`` ("Tous les usagers") or ``SELECTED`` ("Usagers sélectionnés") with a set
of user ids. The owner always has access to every reserve; a supervisor has no automatic access.

Per occurrence, each reserve has a :class:`ReserveQuantity` (``held``, ``drawn``) and the
occurrence has a plain held-back count (``held_back``, an ``int``).

Arithmetic — the one rule (see docs/RESERVES.md):

* a drawn ticket is recorded as a sale line of the occurrence, so it is counted in ``sold``
  **and** it lowers what its reserve still holds;
* what a reserve still holds: ``remaining = held - drawn`` (never negative);
* ``general = capacity - sold - sum(remaining) - held_back``, clamped at 0.

Hence ``general + sum(remaining) + held_back + sold == capacity`` whenever nothing is oversold,
drawing moves a place from ``remaining`` to ``sold`` (general unchanged), cancelling a drawn
ticket moves it back, and releasing moves what remains to ``general``.

Escrow (issue 6): paired counters hold *allotments* of a reserve's quantity per occurrence
(``leased``: what they hold and have not drawn yet). A paired counter draws only from its own
allotment; anyone else draws only what no counter holds; a quantity is never set nor released
below what is drawn plus what counters hold, so a draw made offline within an allotment can
always be applied by the server.

Every operation is a function that returns the new state and a :class:`ReserveChange` (who,
when, what, before / after) for the history, or raises :class:`DomainError` and changes nothing.
Order of the checks: permission, then the quantity itself, then the counts.

Refusal codes: ``reserve_manage_forbidden``, ``reserve_forbidden``,
``reserve_without_access_cannot_draw``, ``reserve_quantity_invalid``, ``reserve_below_drawn``,
``capacity_exceeded``, ``reserve_exhausted``, ``reserve_cancel_exceeds_drawn``,
``quantity_not_positive``, ``quantity_too_large``, ``reserve_on_seated_tariff``,
``reserve_allotment_exhausted``, ``reserve_below_leased``, and for the
definitions ``reserve_name_required``, ``reserve_category_required``,
``reserve_category_not_allowed``, ``reserve_users_not_allowed``, ``participant_name_required``,
``participant_email_invalid``, ``participant_phone_invalid``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from guichet.domain.auth import Role
from guichet.domain.cart import validate_quantity
from guichet.domain.errors import DomainError

# --------------------------------------------------------------------------- definitions


class ReserveKind(StrEnum):
    WITHOUT_ACCESS = "without_access"  # "sans accès": held back, neither sold nor drawn
    WITH_ACCESS = "with_access"  # "avec accès au compte": drawn at the counter


class ReserveAccess(StrEnum):
    ALL_USERS = "all_users"  # "Tous les usagers"
    SELECTED = "selected"  # "Usagers sélectionnés"


@dataclass(frozen=True, slots=True)
class Reserve:
    """A reserve of the organisation. ``category_id`` is set exactly for ``WITH_ACCESS``.

    ``user_ids`` lists who has access when ``access`` is ``SELECTED`` (it may be empty: then only
    the owner may use the reserve) and must be empty for ``ALL_USERS``.
    """

    id: str
    name: str
    kind: ReserveKind
    category_id: str | None = None
    access: ReserveAccess = ReserveAccess.ALL_USERS
    user_ids: frozenset[str] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", self.name.strip())
        object.__setattr__(self, "user_ids", frozenset(self.user_ids))
        if not self.name:
            raise DomainError("reserve_name_required")
        if self.kind is ReserveKind.WITH_ACCESS and not self.category_id:
            raise DomainError("reserve_category_required", reserve_name=self.name)
        if self.kind is ReserveKind.WITHOUT_ACCESS and self.category_id is not None:
            raise DomainError("reserve_category_not_allowed", reserve_name=self.name)
        if self.access is ReserveAccess.ALL_USERS and self.user_ids:
            raise DomainError("reserve_users_not_allowed", reserve_name=self.name)


def may_use(reserve: Reserve, user_id: str, role: Role) -> bool:
    """Whether ``user_id`` has access to ``reserve`` (the owner always has)."""
    if role is Role.OWNER:
        return True
    if reserve.access is ReserveAccess.ALL_USERS:
        return True
    return user_id in reserve.user_ids


def ensure_access(reserve: Reserve, user_id: str, role: Role) -> None:
    if not may_use(reserve, user_id, role):
        raise DomainError(
            "reserve_forbidden", reserve_id=reserve.id, reserve_name=reserve.name, user_id=user_id
        )


def ensure_may_manage(role: Role) -> None:
    """Setting quantities, releasing and the held-back count are for owners and supervisors."""
    if not role.can_supervise:
        raise DomainError("reserve_manage_forbidden", role=str(role))


def usable_reserves(reserves: Iterable[Reserve], user_id: str, role: Role) -> list[Reserve]:
    """The reserves the counter's reserves window offers: with access, and usable by the user."""
    return [r for r in reserves if r.kind is ReserveKind.WITH_ACCESS and may_use(r, user_id, role)]


def validate_reserve_for_tariff(reserve: Reserve, tariff_is_seated: bool) -> None:
    """A reserve with access cannot draw from a reserved-seating tariff (as the reference)."""
    if reserve.kind is ReserveKind.WITH_ACCESS and tariff_is_seated:
        raise DomainError(
            "reserve_on_seated_tariff", reserve_name=reserve.name, category_id=reserve.category_id
        )


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
PHONE_MIN_DIGITS = 7
PHONE_MAX_DIGITS = 15


@dataclass(frozen=True, slots=True)
class Participant:
    """Who receives drawn tickets: a name, optionally an email or a phone, a note.

    Text is stripped; an empty email or phone becomes ``None``.
    """

    name: str
    email: str | None = None
    phone: str | None = None
    note: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", self.name.strip())
        object.__setattr__(self, "email", (self.email or "").strip() or None)
        object.__setattr__(self, "phone", (self.phone or "").strip() or None)
        object.__setattr__(self, "note", self.note.strip())
        if not self.name:
            raise DomainError("participant_name_required")
        if self.email is not None and not _EMAIL.match(self.email):
            raise DomainError("participant_email_invalid", email=self.email)
        if self.phone is not None:
            digits = sum(ch.isdigit() for ch in self.phone)
            allowed = set("0123456789 +-().")
            if not PHONE_MIN_DIGITS <= digits <= PHONE_MAX_DIGITS or not set(self.phone) <= allowed:
                raise DomainError("participant_phone_invalid", phone=self.phone)


# --------------------------------------------------------------------------- quantities


@dataclass(frozen=True, slots=True)
class ReserveQuantity:
    """What one reserve holds for one occurrence. Always ``0 <= drawn <= held``."""

    occurrence_id: str
    reserve_id: str
    held: int = 0
    drawn: int = 0

    def __post_init__(self) -> None:
        if not 0 <= self.drawn <= self.held:
            raise ValueError(
                f"ReserveQuantity needs 0 <= drawn <= held, got held={self.held} drawn={self.drawn}"
            )

    @property
    def remaining(self) -> int:
        return reserve_remaining(self)


def reserve_remaining(q: ReserveQuantity) -> int:
    """What the reserve still holds for the occurrence (held minus drawn, never negative)."""
    return max(q.held - q.drawn, 0)


def reserves_holding(
    quantities: Iterable[ReserveQuantity], held_back: int = 0, *, excluding: str | None = None
) -> int:
    """What the reserves still hold plus the held-back count, optionally without one reserve.

    This is the ``others_held`` that :func:`set_quantity` needs (``excluding`` its reserve id).
    """
    total = held_back
    for q in quantities:
        if q.reserve_id != excluding:
            total += max(q.held - q.drawn, 0)
    return total


@dataclass(frozen=True, slots=True)
class Availability:
    """The counts of one occurrence. ``sold`` includes the tickets drawn from reserves."""

    capacity: int
    sold: int
    reserved: int  # sum of what the reserves still hold (held - drawn)
    held_back: int

    @property
    def general(self) -> int:
        """What general sale may still sell (sales window, scanning window, reports)."""
        return max(self.capacity - self.sold - self.reserved - self.held_back, 0)

    @property
    def oversold(self) -> int:
        """By how much the commitments exceed capacity (0 unless capacity was lowered)."""
        return max(self.sold + self.reserved + self.held_back - self.capacity, 0)


def _check_counts(capacity: int, sold: int, held_back: int) -> None:
    if capacity < 0 or sold < 0 or held_back < 0:
        raise ValueError(
            f"counts must not be negative: capacity={capacity} sold={sold} held_back={held_back}"
        )


def availability(
    capacity: int, sold: int, quantities: Iterable[ReserveQuantity], held_back: int = 0
) -> Availability:
    _check_counts(capacity, sold, held_back)
    reserved = reserves_holding(quantities)
    return Availability(capacity=capacity, sold=sold, reserved=reserved, held_back=held_back)


def general_available(
    capacity: int, sold: int, quantities: Iterable[ReserveQuantity], held_back: int = 0
) -> int:
    """``capacity - sold - sum(held - drawn) - held_back``, never negative."""
    _check_counts(capacity, sold, held_back)
    return max(capacity - sold - reserves_holding(quantities, held_back), 0)


# --------------------------------------------------------------------------- history


class ReserveAction(StrEnum):
    SET_QUANTITY = "set_quantity"
    RELEASE = "release"
    DRAW = "draw"
    CANCEL_DRAW = "cancel_draw"
    SET_HELD_BACK = "set_held_back"


@dataclass(frozen=True, slots=True)
class ReserveChange:
    """One line of the reserves history: who, when (aware), what, before and after.

    ``reserve_id`` is ``None`` for the plain held-back count (whose ``drawn_*`` stay 0).
    ``quantity`` is the number of tickets drawn or cancelled (0 for the other actions).
    """

    action: ReserveAction
    occurrence_id: str
    reserve_id: str | None
    user_id: str
    at: datetime
    held_before: int
    held_after: int
    drawn_before: int = 0
    drawn_after: int = 0
    quantity: int = 0
    participant: Participant | None = None
    note: str = ""

    def __post_init__(self) -> None:
        if self.at.tzinfo is None or self.at.utcoffset() is None:
            raise ValueError("ReserveChange.at must be timezone-aware")

    @property
    def changed(self) -> bool:
        """False for a no-op (same quantity set again, nothing left to release)."""
        return (self.held_before, self.drawn_before) != (self.held_after, self.drawn_after)

    @property
    def remaining_before(self) -> int:
        return max(self.held_before - self.drawn_before, 0)

    @property
    def remaining_after(self) -> int:
        return max(self.held_after - self.drawn_after, 0)


def _check_aware(now: datetime) -> None:
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be timezone-aware")


def _change(
    action: ReserveAction,
    before: ReserveQuantity,
    after: ReserveQuantity,
    user_id: str,
    now: datetime,
    *,
    quantity: int = 0,
    participant: Participant | None = None,
    note: str = "",
) -> ReserveChange:
    return ReserveChange(
        action=action,
        occurrence_id=before.occurrence_id,
        reserve_id=before.reserve_id,
        user_id=user_id,
        at=now,
        held_before=before.held,
        held_after=after.held,
        drawn_before=before.drawn,
        drawn_after=after.drawn,
        quantity=quantity,
        participant=participant,
        note=note,
    )


def _check_reserve(reserve: Reserve, q: ReserveQuantity) -> None:
    if q.reserve_id != reserve.id:
        raise ValueError(f"quantity of reserve {q.reserve_id!r} given for reserve {reserve.id!r}")


# --------------------------------------------------------------------------- operations


def _ensure_new_hold(
    current_hold: int, new_hold: int, floor: int, *, capacity: int, sold: int, others_held: int
) -> None:
    """Shared bounds of :func:`set_quantity` and :func:`set_held_back`."""
    if new_hold < 0 or new_hold > capacity:
        raise DomainError("reserve_quantity_invalid", quantity=new_hold, maximum=capacity)
    if new_hold < floor:
        raise DomainError("reserve_below_drawn", drawn=floor, requested=new_hold)
    increase = new_hold - current_hold
    if increase > 0:
        # ``current_hold - floor`` is what this hold still holds; it is not free for itself.
        free = capacity - sold - others_held - (current_hold - floor)
        if increase > free:
            free = max(free, 0)
            raise DomainError(
                "capacity_exceeded",
                remaining=free,
                requested=increase,
                maximum=min(current_hold + free, capacity),
            )


def set_quantity(
    current: ReserveQuantity,
    new_held: int,
    capacity: int,
    sold: int,
    others_held: int,
    *,
    user_id: str,
    role: Role,
    now: datetime,
    leased: int = 0,
) -> tuple[ReserveQuantity, ReserveChange]:
    """Raise or lower what a reserve holds for an occurrence.

    ``sold`` counts every ticket of the occurrence (drawn ones included); ``others_held`` is what
    the *other* reserves still hold plus the held-back count (:func:`reserves_holding` with
    ``excluding=current.reserve_id``). Lowering is always allowed down to ``drawn``, even on an
    oversold occurrence; raising takes only places general sale has free. Setting the same
    quantity again returns the same state and a change whose ``changed`` is False.

    ``leased``: what paired counters hold of this reserve and have not drawn (escrow); the
    quantity never goes below ``drawn + leased`` (``reserve_below_leased``).
    """
    _check_aware(now)
    ensure_may_manage(role)
    _check_counts(capacity, sold, others_held)
    _ensure_new_hold(
        current.held, new_held, current.drawn, capacity=capacity, sold=sold, others_held=others_held
    )
    _ensure_above_leased(current, new_held, leased)
    after = ReserveQuantity(current.occurrence_id, current.reserve_id, new_held, current.drawn)
    return after, _change(ReserveAction.SET_QUANTITY, current, after, user_id, now)


def _ensure_above_leased(current: ReserveQuantity, new_held: int, leased: int) -> None:
    if leased < 0:
        raise ValueError(f"leased must not be negative: {leased}")
    if new_held < current.held and new_held < current.drawn + leased:
        raise DomainError(
            "reserve_below_leased",
            drawn=current.drawn,
            leased=leased,
            minimum=current.drawn + leased,
            requested=new_held,
        )


def release(
    q: ReserveQuantity, *, user_id: str, role: Role, now: datetime, leased: int = 0
) -> tuple[ReserveQuantity, ReserveChange]:
    """Give what the reserve still holds back to general sale: ``held`` becomes ``drawn``,
    plus what paired counters hold of it (``leased``: theirs until they give it back).

    Releasing a reserve that holds nothing more is a no-op (``changed`` is False).
    """
    _check_aware(now)
    ensure_may_manage(role)
    if leased < 0:
        raise ValueError(f"leased must not be negative: {leased}")
    kept = min(q.drawn + leased, q.held)
    after = ReserveQuantity(q.occurrence_id, q.reserve_id, kept, q.drawn)
    return after, _change(ReserveAction.RELEASE, q, after, user_id, now)


def draw(
    reserve: Reserve,
    q: ReserveQuantity,
    n: int,
    *,
    user_id: str,
    role: Role,
    now: datetime,
    participant: Participant | None = None,
    leased: int = 0,
    allotment: int | None = None,
) -> tuple[ReserveQuantity, ReserveChange]:
    """Draw ``n`` tickets from a reserve with access (the caller records them as a sale line).

    Checks, in order: access (``reserve_forbidden``), kind
    (``reserve_without_access_cannot_draw``), ``n`` (``quantity_not_positive`` /
    ``quantity_too_large``, as a cart line), what this counter may draw, then what remains
    (``reserve_exhausted``).

    Escrow: a paired counter passes ``allotment``, what it holds of this reserve and has not
    drawn; it draws only that (``reserve_allotment_exhausted``). Anyone else passes
    ``leased``, what the paired counters hold: it draws only what no counter holds.
    """
    _check_aware(now)
    _check_reserve(reserve, q)
    ensure_access(reserve, user_id, role)
    if reserve.kind is not ReserveKind.WITH_ACCESS:
        raise DomainError("reserve_without_access_cannot_draw", reserve_name=reserve.name)
    validate_quantity(n)
    if leased < 0:
        raise ValueError(f"leased must not be negative: {leased}")
    if allotment is not None and n > allotment:
        raise DomainError(
            "reserve_allotment_exhausted",
            reserve_name=reserve.name,
            remaining=max(allotment, 0),
            requested=n,
        )
    remaining = reserve_remaining(q) if allotment is not None else max(q.remaining - leased, 0)
    if n > remaining:
        raise DomainError(
            "reserve_exhausted", reserve_name=reserve.name, remaining=remaining, requested=n
        )
    after = ReserveQuantity(q.occurrence_id, q.reserve_id, q.held, q.drawn + n)
    return after, _change(
        ReserveAction.DRAW,
        q,
        after,
        user_id,
        now,
        quantity=n,
        participant=participant,
        note=participant.note if participant else "",
    )


def cancel_draw(
    reserve: Reserve,
    q: ReserveQuantity,
    n: int,
    *,
    user_id: str,
    role: Role,
    now: datetime,
    note: str = "",
) -> tuple[ReserveQuantity, ReserveChange]:
    """Cancel ``n`` drawn tickets: the places go back to the reserve (``drawn`` decreases).

    Needs access to the reserve, like drawing. The kind is not checked, so tickets drawn before
    a reserve became "without access" can still be cancelled.
    """
    _check_aware(now)
    _check_reserve(reserve, q)
    ensure_access(reserve, user_id, role)
    validate_quantity(n)
    if n > q.drawn:
        raise DomainError(
            "reserve_cancel_exceeds_drawn", reserve_name=reserve.name, drawn=q.drawn, requested=n
        )
    after = ReserveQuantity(q.occurrence_id, q.reserve_id, q.held, q.drawn - n)
    return after, _change(
        ReserveAction.CANCEL_DRAW, q, after, user_id, now, quantity=n, note=note.strip()
    )


def set_held_back(
    occurrence_id: str,
    current: int,
    new_held_back: int,
    capacity: int,
    sold: int,
    reserves_remaining: int,
    *,
    user_id: str,
    role: Role,
    now: datetime,
) -> tuple[int, ReserveChange]:
    """Set the plain held-back count of an occurrence (0 releases it to general sale).

    ``reserves_remaining`` is what the reserves still hold (:func:`reserves_holding` without the
    held-back count). Same bounds as :func:`set_quantity` with nothing drawn.
    """
    _check_aware(now)
    ensure_may_manage(role)
    _check_counts(capacity, sold, current)
    if reserves_remaining < 0:
        raise ValueError(f"reserves_remaining must not be negative: {reserves_remaining}")
    _ensure_new_hold(
        current, new_held_back, 0, capacity=capacity, sold=sold, others_held=reserves_remaining
    )
    change = ReserveChange(
        action=ReserveAction.SET_HELD_BACK,
        occurrence_id=occurrence_id,
        reserve_id=None,
        user_id=user_id,
        at=now,
        held_before=current,
        held_after=new_held_back,
    )
    return new_held_back, change


def total_drawn(quantities: Sequence[ReserveQuantity]) -> int:
    """Tickets drawn from reserves (already part of ``sold``), e.g. for reports."""
    return sum(q.drawn for q in quantities)
