"""Gift packages (forfaits cadeaux), passes (laissez-passer) and à-la-carte bookings.

A *card* is what a customer holds: a code worth some bookings. Gift packages and passes are
two kinds of the same thing (a card type), so one scan field, one code space and one set of
rules serve both:

- a **gift package** gives N bookings among a group of activities; it may be *exclusive*
  (at most one active booking at a time) and *published* to the online shop;
- a **pass** has a limited or unlimited number of uses, is individual or *family* (every
  member of the customer account may use it; the count is shared), and may allow cancelling
  its bookings.

The terms in force when a card is sold (:class:`CardTerms`) are copied onto the card: editing
a card type changes later sales only. Everything here is pure: no database, no clock.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from guichet.domain.errors import DomainError

#: The same code scanned again within this window is the scanner repeating itself.
SCAN_REPEAT_WINDOW = timedelta(seconds=2)
MAX_USES = 10_000
MAX_BATCH = 200_000
MAX_PARTICIPANTS = 20


class CardKind(StrEnum):
    PACKAGE = "package"  # forfait cadeau
    PASS = "pass"  # laissez-passer


class CardStatus(StrEnum):
    INACTIVE = "inactive"  # printed for a shop, not sold yet
    ACTIVE = "active"
    BLOCKED = "blocked"  # stopped by a supervisor (lost, stolen, fraud)
    VOID = "void"  # its sale was refunded


class Verdict(StrEnum):
    VALID = "valid"
    CHECK_CODE = "check_code"  # the check character does not match: a typo
    UNKNOWN = "unknown"
    INACTIVE = "inactive"
    BLOCKED = "blocked"
    VOID = "void"
    NOT_YET_VALID = "not_yet_valid"
    EXPIRED = "expired"
    USED_UP = "used_up"
    NOT_ELIGIBLE = "not_eligible"
    EXCLUSIVE_BOOKED = "exclusive_booked"

    @property
    def is_valid(self) -> bool:
        return self is Verdict.VALID


class BookingStatus(StrEnum):
    BOOKED = "booked"
    USED = "used"  # the holder came (checked in)
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class CardTerms:
    """What a card gives, frozen at its sale (or activation)."""

    kind: CardKind
    uses: int | None  # None: unlimited
    starts_on: date | None  # first valid day (local), inclusive
    expires_on: date | None  # last valid day (local), inclusive
    activity_ids: frozenset[str] = frozenset()
    all_activities: bool = False
    exclusive: bool = False
    family: bool = False
    cancellable: bool = True  # bookings made with the card may be cancelled (within limits)

    def eligible(self, activity_id: str) -> bool:
        return self.all_activities or activity_id in self.activity_ids

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "uses": self.uses,
            "starts_on": self.starts_on.isoformat() if self.starts_on else None,
            "expires_on": self.expires_on.isoformat() if self.expires_on else None,
            "activity_ids": sorted(self.activity_ids),
            "all_activities": self.all_activities,
            "exclusive": self.exclusive,
            "family": self.family,
            "cancellable": self.cancellable,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> CardTerms:
        return cls(
            kind=CardKind(data["kind"]),
            uses=data.get("uses"),
            starts_on=date.fromisoformat(data["starts_on"]) if data.get("starts_on") else None,
            expires_on=date.fromisoformat(data["expires_on"]) if data.get("expires_on") else None,
            activity_ids=frozenset(data.get("activity_ids") or ()),
            all_activities=bool(data.get("all_activities")),
            exclusive=bool(data.get("exclusive")),
            family=bool(data.get("family")),
            cancellable=bool(data.get("cancellable", True)),
        )


@dataclass(frozen=True)
class CardTypeRules:
    """A card type as the back office edits it (forfait cadeau or type de laissez-passer)."""

    kind: CardKind
    name: str
    price: int  # cents
    uses: int | None
    starts_on: date | None = None
    expires_on: date | None = None
    valid_days: int | None = None  # counted from the day the card is sold or activated
    activity_ids: frozenset[str] = frozenset()
    all_activities: bool = False
    exclusive: bool = False
    family: bool = False
    cancellable: bool = True

    def validate(self) -> None:
        if not self.name.strip():
            raise DomainError("card_type_name_required")
        if not 0 <= self.price <= 100_000_00:
            raise DomainError("amount_out_of_range", amount=self.price)
        if self.uses is not None and not 1 <= self.uses <= MAX_USES:
            raise DomainError("card_uses_out_of_range", uses=self.uses, maximum=MAX_USES)
        if self.kind is CardKind.PACKAGE and self.uses is None:
            raise DomainError("package_needs_uses")
        if self.valid_days is not None and not 1 <= self.valid_days <= 3660:
            raise DomainError("card_valid_days_out_of_range", days=self.valid_days)
        if self.starts_on and self.expires_on and self.expires_on < self.starts_on:
            raise DomainError("card_dates_reversed")
        if not self.all_activities and not self.activity_ids:
            raise DomainError("card_activities_required")
        if self.family and self.kind is not CardKind.PASS:
            raise DomainError("family_is_for_passes")

    def terms_at(self, activated_on: date) -> CardTerms:
        """The terms a card sold (or activated) on ``activated_on`` keeps for its life."""
        expires = self.expires_on
        if self.valid_days is not None:
            relative = activated_on + timedelta(days=self.valid_days - 1)
            expires = relative if expires is None else min(expires, relative)
        return CardTerms(
            kind=self.kind,
            uses=self.uses,
            starts_on=self.starts_on,
            expires_on=expires,
            activity_ids=self.activity_ids,
            all_activities=self.all_activities,
            exclusive=self.exclusive,
            family=self.family,
            cancellable=self.cancellable,
        )


@dataclass(frozen=True)
class ActiveBooking:
    """A booking that blocks an exclusive card: not used, not cancelled, not over."""

    booking_id: str
    occurrence_id: str
    label: str  # "Patinage libre — sam. 5 déc. 14 h"
    starts_at: datetime
    ends_at: datetime


@dataclass(frozen=True)
class CardFacts:
    """What the scanning window needs to judge a card."""

    card_id: str
    code: str
    status: CardStatus
    terms: CardTerms
    uses_taken: int
    active_bookings: tuple[ActiveBooking, ...] = ()

    @property
    def remaining_uses(self) -> int | None:
        if self.terms.uses is None:
            return None
        return max(self.terms.uses - self.uses_taken, 0)


@dataclass(frozen=True)
class Judgement:
    verdict: Verdict
    card: CardFacts | None = None
    blocking_booking: ActiveBooking | None = None  # exclusive card: the booking that blocks

    @property
    def remaining_uses(self) -> int | None:
        return self.card.remaining_uses if self.card else None


def active_bookings(
    bookings: Iterable[tuple[str, BookingStatus, ActiveBooking]], now: datetime
) -> tuple[ActiveBooking, ...]:
    """Bookings that are neither used nor cancelled and whose occurrence has not ended."""
    return tuple(
        b for _id, status, b in bookings if status is BookingStatus.BOOKED and b.ends_at > now
    )


def judge(
    card: CardFacts | None,
    today: date,
    activity_id: str | None = None,
    *,
    malformed: bool = False,
) -> Judgement:
    """The verdict the scanning window shows, most fundamental refusal first."""
    if malformed:
        return Judgement(Verdict.CHECK_CODE)
    if card is None:
        return Judgement(Verdict.UNKNOWN)
    status_verdict = {
        CardStatus.INACTIVE: Verdict.INACTIVE,
        CardStatus.BLOCKED: Verdict.BLOCKED,
        CardStatus.VOID: Verdict.VOID,
    }.get(card.status)
    if status_verdict is not None:
        return Judgement(status_verdict, card)
    terms = card.terms
    if terms.starts_on is not None and today < terms.starts_on:
        return Judgement(Verdict.NOT_YET_VALID, card)
    if terms.expires_on is not None and today > terms.expires_on:
        return Judgement(Verdict.EXPIRED, card)
    if card.remaining_uses == 0:
        return Judgement(Verdict.USED_UP, card)
    if activity_id is not None and not terms.eligible(activity_id):
        return Judgement(Verdict.NOT_ELIGIBLE, card)
    if terms.exclusive and card.active_bookings:
        return Judgement(Verdict.EXCLUSIVE_BOOKED, card, card.active_bookings[0])
    return Judgement(Verdict.VALID, card)


# --- à-la-carte occurrences ---------------------------------------------------------------


@dataclass(frozen=True)
class AlacarteSettings:
    """Per occurrence (activité à la carte). Minutes are counted before the start."""

    places: int = 0  # à-la-carte places, in addition to session places
    price: int | None = None  # cents; None with pass_only
    pass_only: bool = False  # only holders of an eligible card or pass may book
    opens_minutes: int | None = None  # registration opens this long before; None: always
    closes_minutes: int | None = None  # closes this long before (may be < 0); None: at the end
    cancel_minutes: int | None = None  # cancel until this long before; None: never

    @property
    def offered(self) -> bool:
        return self.places > 0

    def validate(self) -> None:
        if not 0 <= self.places <= 100_000:
            raise DomainError("places_out_of_range", places=self.places)
        if self.price is not None and not 0 <= self.price <= 100_000_00:
            raise DomainError("amount_out_of_range", amount=self.price)
        if self.places and self.price is None and not self.pass_only:
            raise DomainError("alacarte_price_required")
        for value in (self.opens_minutes, self.closes_minutes, self.cancel_minutes):
            if value is not None and abs(value) > 366 * 24 * 60:
                raise DomainError("minutes_out_of_range", minutes=value)
        if (
            self.opens_minutes is not None
            and self.closes_minutes is not None
            and self.closes_minutes >= self.opens_minutes
        ):
            raise DomainError("registration_window_reversed")


def check_registration(
    settings: AlacarteSettings, starts_at: datetime, ends_at: datetime, now: datetime
) -> None:
    """Refuse a booking outside the registration window (fin / début des inscriptions)."""
    if settings.opens_minutes is not None:
        opens = starts_at - timedelta(minutes=settings.opens_minutes)
        if now < opens:
            raise DomainError("registration_not_open", opens_at=opens)
    closes = (
        ends_at
        if settings.closes_minutes is None
        else starts_at - timedelta(minutes=settings.closes_minutes)
    )
    if now >= closes:
        raise DomainError("registration_closed", closed_at=closes)


def check_cancellation(
    *,
    status: BookingStatus,
    with_card: bool,
    card_allows: bool,
    settings: AlacarteSettings,
    starts_at: datetime,
    now: datetime,
) -> None:
    """A booking may be cancelled (its use given back) only within the limit, and only
    where the card type allows cancelling bookings made with it."""
    if status is BookingStatus.CANCELLED:
        raise DomainError("booking_already_cancelled")
    if status is BookingStatus.USED:
        raise DomainError("booking_used")
    if with_card and not card_allows:
        raise DomainError("card_booking_not_cancellable")
    if settings.cancel_minutes is None:
        raise DomainError("cancellation_not_allowed")
    limit = starts_at - timedelta(minutes=settings.cancel_minutes)
    if now > limit:
        raise DomainError("cancellation_limit_passed", limit=limit)


@dataclass(frozen=True)
class Participant:
    member_id: str | None
    name: str


def check_participants(
    terms: CardTerms,
    participants: tuple[Participant, ...],
    *,
    holder_member_id: str | None,
    account_member_ids: frozenset[str],
) -> None:
    """Who may be booked with the card.

    An individual pass books its holder only; a family pass any member of the account (the
    count is shared because it is one card); a gift package anyone named at the counter.
    An exclusive card books one person at a time.
    """
    if not participants:
        raise DomainError("participants_required")
    if len(participants) > MAX_PARTICIPANTS:
        raise DomainError("too_many_participants", maximum=MAX_PARTICIPANTS)
    if terms.exclusive and len(participants) > 1:
        raise DomainError("exclusive_one_at_a_time")
    ids = [p.member_id for p in participants if p.member_id]
    if len(ids) != len(set(ids)):
        raise DomainError("participant_twice")
    for p in participants:
        if not p.name.strip() and p.member_id is None:
            raise DomainError("participant_name_required")
    if terms.kind is CardKind.PASS:
        if terms.family:
            for p in participants:
                if p.member_id not in account_member_ids:
                    raise DomainError("not_a_member", name=p.name)
        else:
            if len(participants) > 1 or (
                holder_member_id is not None and participants[0].member_id != holder_member_id
            ):
                raise DomainError("pass_is_personal")


def check_uses(card: CardFacts, wanted: int) -> None:
    remaining = card.remaining_uses
    if remaining is not None and wanted > remaining:
        raise DomainError("not_enough_uses", remaining=remaining, wanted=wanted)


def check_within_terms(terms: CardTerms, occurrence_day: date) -> None:
    """A card books occurrences that happen while it is valid."""
    if terms.expires_on is not None and occurrence_day > terms.expires_on:
        raise DomainError("occurrence_after_expiry", expires_on=terms.expires_on)
    if terms.starts_on is not None and occurrence_day < terms.starts_on:
        raise DomainError("occurrence_before_validity", starts_on=terms.starts_on)


def convert_places(*, general_available: int, alacarte_places: int, count: int) -> int:
    """Turn ``count`` unsold session places into à-la-carte places; returns the new number of
    à-la-carte places. The session capacity shrinks by the same count."""
    if count <= 0:
        raise DomainError("quantity_not_positive", quantity=count)
    if count > general_available:
        raise DomainError("convert_exceeds_unsold", available=general_available, count=count)
    return alacarte_places + count


@dataclass
class ScanDebouncer:
    """A keyboard-wedge scanner (or an impatient thumb) sends the same code twice: within
    :data:`SCAN_REPEAT_WINDOW` the repeat is ignored, so it never counts twice."""

    window: timedelta = SCAN_REPEAT_WINDOW
    _last: dict[str, datetime] = field(default_factory=dict)

    def accept(self, code: str, now: datetime) -> bool:
        last = self._last.get(code)
        if last is not None and now - last < self.window:
            return False
        self._last = {c: t for c, t in self._last.items() if now - t < self.window}
        self._last[code] = now
        return True
