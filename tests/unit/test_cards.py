"""Rules of gift packages, passes and à-la-carte places (guichet.domain.cards), no database."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from guichet.domain.cards import (
    ActiveBooking,
    AlacarteSettings,
    BookingStatus,
    CardFacts,
    CardKind,
    CardStatus,
    CardTerms,
    CardTypeRules,
    Participant,
    ScanDebouncer,
    Verdict,
    active_bookings,
    check_cancellation,
    check_participants,
    check_registration,
    check_uses,
    check_within_terms,
    convert_places,
    judge,
)
from guichet.domain.errors import DomainError

TODAY = date(2026, 12, 5)
NOW = datetime(2026, 12, 5, 17, 0, tzinfo=UTC)
SWIM, SKATE, CLIMB = "swim", "skate", "climb"


def terms(**changes: object) -> CardTerms:
    base: dict[str, object] = {
        "kind": CardKind.PASS,
        "uses": 10,
        "starts_on": None,
        "expires_on": date(2027, 6, 1),
        "activity_ids": frozenset({SWIM, SKATE}),
    }
    base.update(changes)
    return CardTerms(**base)  # type: ignore[arg-type]


def card(taken: int = 0, status: CardStatus = CardStatus.ACTIVE, **t: object) -> CardFacts:
    return CardFacts("c1", "CODE", status, terms(**t), taken)


def booking(ends_in_hours: float = 2) -> ActiveBooking:
    start = NOW + timedelta(hours=ends_in_hours - 1)
    return ActiveBooking("b1", "o1", "Patin libre", start, start + timedelta(hours=1))


# --- verdicts ------------------------------------------------------------------------------


def test_valid_card_reports_remaining_uses() -> None:
    result = judge(card(taken=3), TODAY, SWIM)
    assert result.verdict is Verdict.VALID
    assert result.remaining_uses == 7


def test_unlimited_pass_has_no_remaining_count() -> None:
    result = judge(card(taken=300, uses=None), TODAY)
    assert result.verdict is Verdict.VALID
    assert result.remaining_uses is None


@pytest.mark.parametrize(
    ("facts", "today", "activity", "expected"),
    [
        (None, TODAY, None, Verdict.UNKNOWN),
        (card(status=CardStatus.INACTIVE), TODAY, None, Verdict.INACTIVE),
        (card(status=CardStatus.BLOCKED), TODAY, None, Verdict.BLOCKED),
        (card(status=CardStatus.VOID), TODAY, None, Verdict.VOID),
        (card(starts_on=date(2026, 12, 6)), TODAY, None, Verdict.NOT_YET_VALID),
        (card(expires_on=date(2026, 12, 4)), TODAY, None, Verdict.EXPIRED),
        (card(taken=10), TODAY, None, Verdict.USED_UP),
        (card(), TODAY, CLIMB, Verdict.NOT_ELIGIBLE),
        (card(all_activities=True), TODAY, CLIMB, Verdict.VALID),
    ],
)
def test_verdicts(
    facts: CardFacts | None, today: date, activity: str | None, expected: Verdict
) -> None:
    assert judge(facts, today, activity).verdict is expected


def test_expiry_day_itself_is_still_valid() -> None:
    assert judge(card(expires_on=TODAY), TODAY).verdict is Verdict.VALID
    assert judge(card(starts_on=TODAY), TODAY).verdict is Verdict.VALID


def test_malformed_code_says_check_the_code() -> None:
    assert judge(None, TODAY, malformed=True).verdict is Verdict.CHECK_CODE


# --- exclusive cards -----------------------------------------------------------------------


def test_exclusive_card_with_an_active_booking_is_blocked_and_says_which() -> None:
    facts = CardFacts("c1", "X", CardStatus.ACTIVE, terms(exclusive=True), 1, (booking(),))
    result = judge(facts, TODAY, SKATE)
    assert result.verdict is Verdict.EXCLUSIVE_BOOKED
    assert result.blocking_booking is not None and result.blocking_booking.label == "Patin libre"


def test_non_exclusive_card_ignores_active_bookings() -> None:
    facts = CardFacts("c1", "X", CardStatus.ACTIVE, terms(), 1, (booking(),))
    assert judge(facts, TODAY).verdict is Verdict.VALID


def test_only_upcoming_booked_bookings_are_active() -> None:
    upcoming, over = booking(2), booking(-1)
    rows = [
        ("a", BookingStatus.BOOKED, upcoming),
        ("b", BookingStatus.USED, upcoming),
        ("c", BookingStatus.CANCELLED, upcoming),
        ("d", BookingStatus.BOOKED, over),
    ]
    assert active_bookings(rows, NOW) == (upcoming,)


def test_exclusive_card_books_one_person_at_a_time() -> None:
    two = (Participant(None, "Ana"), Participant(None, "Bo"))
    with pytest.raises(DomainError) as e:
        check_participants(
            terms(kind=CardKind.PACKAGE, exclusive=True),
            two,
            holder_member_id=None,
            account_member_ids=frozenset(),
        )
    assert e.value.code == "exclusive_one_at_a_time"


# --- family and individual passes ----------------------------------------------------------


def test_family_pass_books_any_member_of_the_account_only() -> None:
    family = terms(family=True)
    members = frozenset({"m1", "m2", "m3"})
    check_participants(
        family,
        (Participant("m1", "Julie"), Participant("m3", "Léa")),
        holder_member_id=None,
        account_member_ids=members,
    )
    with pytest.raises(DomainError) as e:
        check_participants(
            family,
            (Participant("m1", "Julie"), Participant("zz", "Voisin")),
            holder_member_id=None,
            account_member_ids=members,
        )
    assert e.value.code == "not_a_member"


def test_family_count_is_shared_uses_are_counted_for_all_members() -> None:
    facts = card(taken=18, family=True, uses=20)
    check_uses(facts, 2)
    with pytest.raises(DomainError) as e:
        check_uses(facts, 3)
    assert e.value.code == "not_enough_uses" and e.value.params["remaining"] == 2


def test_individual_pass_books_its_holder_only() -> None:
    personal = terms()
    check_participants(
        personal,
        (Participant("m1", "Julie"),),
        holder_member_id="m1",
        account_member_ids=frozenset({"m1", "m2"}),
    )
    for people in ((Participant("m2", "Marc"),), (Participant("m1", "J"), Participant("m2", "M"))):
        with pytest.raises(DomainError) as e:
            check_participants(
                personal, people, holder_member_id="m1", account_member_ids=frozenset({"m1", "m2"})
            )
        assert e.value.code == "pass_is_personal"


def test_same_person_twice_is_refused() -> None:
    with pytest.raises(DomainError) as e:
        check_participants(
            terms(family=True),
            (Participant("m1", "Julie"), Participant("m1", "Julie")),
            holder_member_id=None,
            account_member_ids=frozenset({"m1"}),
        )
    assert e.value.code == "participant_twice"


def test_package_without_account_needs_names() -> None:
    with pytest.raises(DomainError) as e:
        check_participants(
            terms(kind=CardKind.PACKAGE),
            (Participant(None, "  "),),
            holder_member_id=None,
            account_member_ids=frozenset(),
        )
    assert e.value.code == "participant_name_required"


# --- snapshot of terms ---------------------------------------------------------------------


def test_terms_are_frozen_at_purchase_and_survive_json() -> None:
    rules = CardTypeRules(
        kind=CardKind.PASS,
        name="Passe",
        price=12000,
        uses=20,
        expires_on=date(2027, 12, 31),
        valid_days=180,
        activity_ids=frozenset({SWIM}),
        family=True,
    )
    sold = rules.terms_at(TODAY)
    assert sold.expires_on == TODAY + timedelta(days=179)  # the earlier of the two
    edited = CardTypeRules(**{**rules.__dict__, "uses": 30, "activity_ids": frozenset({CLIMB})})
    assert sold.uses == 20 and sold.activity_ids == {SWIM}  # the sold card keeps its terms
    assert edited.terms_at(TODAY).uses == 30
    assert CardTerms.from_json(sold.to_json()) == sold


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"name": " "}, "card_type_name_required"),
        ({"uses": 0}, "card_uses_out_of_range"),
        ({"kind": CardKind.PACKAGE, "uses": None}, "package_needs_uses"),
        ({"activity_ids": frozenset()}, "card_activities_required"),
        ({"kind": CardKind.PACKAGE, "family": True}, "family_is_for_passes"),
        ({"starts_on": date(2027, 1, 2), "expires_on": date(2027, 1, 1)}, "card_dates_reversed"),
        ({"price": -1}, "amount_out_of_range"),
    ],
)
def test_card_type_validation(changes: dict[str, object], code: str) -> None:
    base: dict[str, object] = {
        "kind": CardKind.PASS,
        "name": "X",
        "price": 1000,
        "uses": 5,
        "activity_ids": frozenset({SWIM}),
    }
    base.update(changes)
    with pytest.raises(DomainError) as e:
        CardTypeRules(**base).validate()  # type: ignore[arg-type]
    assert e.value.code == code


def test_booking_must_fall_within_the_card_validity() -> None:
    check_within_terms(terms(), date(2027, 6, 1))
    with pytest.raises(DomainError) as e:
        check_within_terms(terms(), date(2027, 6, 2))
    assert e.value.code == "occurrence_after_expiry"


# --- registration window and cancellation limit --------------------------------------------

START = NOW + timedelta(hours=5)
END = START + timedelta(hours=2)


def test_registration_window_opens_and_closes_relative_to_the_start() -> None:
    s = AlacarteSettings(places=10, price=650, opens_minutes=24 * 60, closes_minutes=60)
    check_registration(s, START, END, START - timedelta(hours=24))
    check_registration(s, START, END, START - timedelta(minutes=61))
    with pytest.raises(DomainError) as e:
        check_registration(s, START, END, START - timedelta(hours=24, seconds=1))
    assert e.value.code == "registration_not_open"
    with pytest.raises(DomainError) as e:
        check_registration(s, START, END, START - timedelta(minutes=60))
    assert e.value.code == "registration_closed"


def test_without_a_closing_time_registration_runs_until_the_end() -> None:
    s = AlacarteSettings(places=10, price=650)
    check_registration(s, START, END, END - timedelta(seconds=1))
    with pytest.raises(DomainError):
        check_registration(s, START, END, END)


def cancel(now: datetime, **kw: object) -> None:
    args: dict[str, object] = {
        "status": BookingStatus.BOOKED,
        "with_card": True,
        "card_allows": True,
        "settings": AlacarteSettings(places=5, price=100, cancel_minutes=120),
        "starts_at": START,
        "now": now,
    }
    args.update(kw)
    check_cancellation(**args)  # type: ignore[arg-type]


def test_cancellation_within_the_limit_only() -> None:
    cancel(START - timedelta(minutes=120))
    with pytest.raises(DomainError) as e:
        cancel(START - timedelta(minutes=119))
    assert e.value.code == "cancellation_limit_passed"


@pytest.mark.parametrize(
    ("kw", "code"),
    [
        ({"card_allows": False}, "card_booking_not_cancellable"),
        ({"settings": AlacarteSettings(places=5, price=100)}, "cancellation_not_allowed"),
        ({"status": BookingStatus.USED}, "booking_used"),
        ({"status": BookingStatus.CANCELLED}, "booking_already_cancelled"),
    ],
)
def test_cancellation_refusals(kw: dict[str, object], code: str) -> None:
    with pytest.raises(DomainError) as e:
        cancel(START - timedelta(days=1), **kw)
    assert e.value.code == code


@pytest.mark.parametrize(
    ("settings", "code"),
    [
        (AlacarteSettings(places=5), "alacarte_price_required"),
        (AlacarteSettings(places=-1, price=1), "places_out_of_range"),
        (
            AlacarteSettings(places=5, price=1, opens_minutes=60, closes_minutes=60),
            "registration_window_reversed",
        ),
    ],
)
def test_alacarte_settings_validation(settings: AlacarteSettings, code: str) -> None:
    with pytest.raises(DomainError) as e:
        settings.validate()
    assert e.value.code == code


def test_pass_only_needs_no_price() -> None:
    AlacarteSettings(places=5, pass_only=True).validate()


# --- conversion of places ------------------------------------------------------------------


def test_convert_unsold_session_places() -> None:
    assert convert_places(general_available=12, alacarte_places=3, count=12) == 15
    with pytest.raises(DomainError) as e:
        convert_places(general_available=12, alacarte_places=3, count=13)
    assert e.value.code == "convert_exceeds_unsold" and e.value.params["available"] == 12
    with pytest.raises(DomainError):
        convert_places(general_available=12, alacarte_places=3, count=0)


# --- scanner repeats -----------------------------------------------------------------------


def test_same_code_within_two_seconds_is_a_repeat() -> None:
    d = ScanDebouncer()
    assert d.accept("A", NOW)
    assert not d.accept("A", NOW + timedelta(seconds=1.9))
    assert d.accept("B", NOW + timedelta(seconds=1.9))  # another card is never held up
    assert d.accept("A", NOW + timedelta(seconds=2))
