"""Booking with a card, the rules alone (guichet/domain/card_bookings.py): no database."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from guichet.domain.card_bookings import BookedDate, BookingPlan, participants_of, plan_booking
from guichet.domain.cards import (
    ActiveBooking,
    AlacarteSettings,
    CardFacts,
    CardKind,
    CardStatus,
    CardTerms,
)
from guichet.domain.errors import DomainError

NOW = datetime(2026, 12, 5, 17, 0, tzinfo=UTC)
TODAY = date(2026, 12, 5)
SWIM = "activity-swim"
FAMILY = {"m-ana": "Ana Tremblay", "m-leo": "Léo Tremblay"}


def terms(kind: CardKind = CardKind.PACKAGE, uses: int | None = 10, **more: object) -> CardTerms:
    fields: dict[str, object] = {
        "kind": kind,
        "uses": uses,
        "starts_on": None,
        "expires_on": None,
        "all_activities": True,
    }
    fields.update(more)
    return CardTerms(**fields)  # type: ignore[arg-type]


def card(
    card_terms: CardTerms | None = None,
    *,
    uses_taken: int = 0,
    status: CardStatus = CardStatus.ACTIVE,
    active: tuple[ActiveBooking, ...] = (),
) -> CardFacts:
    return CardFacts("card-1", "ABCD", status, card_terms or terms(), uses_taken, active)


def swim(hours_ahead: float = 2, registration: AlacarteSettings | None = None) -> BookedDate:
    starts = NOW + timedelta(hours=hours_ahead)
    return BookedDate(
        activity_id=SWIM,
        day=starts.date(),
        starts_at=starts,
        ends_at=starts + timedelta(hours=1),
        registration=registration or AlacarteSettings(places=20),
    )


def plan(
    facts: CardFacts,
    requests: list[tuple[str | None, str]],
    *,
    booked: BookedDate | None = None,
    holder: str | None = None,
    members: dict[str, str] | None = None,
    already: frozenset[str] = frozenset(),
    refused: list[DomainError] | None = None,
) -> BookingPlan:
    """The plan; refusals the server may tolerate are noted in ``refused`` when it is given
    (as the server does), raised otherwise (as a counter does)."""

    def refuse(error: DomainError) -> None:
        if refused is None:
            raise error
        refused.append(error)

    return plan_booking(
        facts,
        booked or swim(),
        requests,
        today=TODAY,
        now=NOW,
        holder_member_id=holder,
        members=members or {},
        already_booked=already,
        refuse=refuse,
    )


def test_a_package_books_the_people_named_and_counts_one_use_each() -> None:
    made = plan(card(uses_taken=3), [(None, "Marie"), (None, "Paul")])
    assert [p.name for p in made.participants] == ["Marie", "Paul"]
    assert made.uses_taken == 5
    assert made.remaining_uses == 5


def test_an_unlimited_pass_leaves_no_count() -> None:
    personal = terms(CardKind.PASS, uses=None)
    made = plan(card(personal, uses_taken=40), [("m-ana", "")], holder="m-ana", members=FAMILY)
    assert made.remaining_uses is None and made.uses_taken == 41
    assert made.participants[0].name == "Ana Tremblay"  # the account's name for its member


@pytest.mark.parametrize(
    ("facts", "code"),
    [
        (card(uses_taken=10), "card_used_up"),
        (card(status=CardStatus.BLOCKED), "card_blocked"),
        (card(status=CardStatus.INACTIVE), "card_inactive"),
        (card(terms(expires_on=date(2026, 12, 1))), "card_expired"),
        (card(terms(all_activities=False, activity_ids=frozenset({"skate"}))), "card_not_eligible"),
    ],
)
def test_a_card_that_would_not_pass_the_scan_cannot_book(facts: CardFacts, code: str) -> None:
    with pytest.raises(DomainError) as refused:
        plan(facts, [(None, "Marie")])
    assert refused.value.code == code


def test_an_exclusive_card_with_a_date_booked_waits_for_it() -> None:
    ahead = ActiveBooking("b-1", "occ-1", "Bain libre", NOW, NOW + timedelta(hours=1))
    with pytest.raises(DomainError) as refused:
        plan(card(terms(exclusive=True), active=(ahead,)), [(None, "Marie")])
    assert refused.value.code == "card_exclusive_booked"


def test_a_date_after_the_card_expires_is_refused_even_on_the_server() -> None:
    last_day = terms(expires_on=TODAY)
    refused: list[DomainError] = []
    with pytest.raises(DomainError) as error:
        plan(card(last_day), [(None, "Marie")], booked=swim(hours_ahead=48), refused=refused)
    assert error.value.code == "occurrence_after_expiry" and refused == []


def test_the_registration_window_and_the_uses_left_are_refusals_the_server_may_note() -> None:
    closed = AlacarteSettings(places=20, closes_minutes=180)  # closed 3 h before: 1 h ago
    refused: list[DomainError] = []
    made = plan(
        card(uses_taken=9),
        [(None, "Marie"), (None, "Paul")],
        booked=swim(registration=closed),
        refused=refused,
    )
    assert [e.code for e in refused] == ["registration_closed", "not_enough_uses"]
    assert made.uses_taken == 11 and made.remaining_uses == -1  # booked offline: a conflict
    with pytest.raises(DomainError) as at_the_counter:
        plan(card(uses_taken=9), [(None, "Marie")], booked=swim(registration=closed))
    assert at_the_counter.value.code == "registration_closed"


def test_the_card_verdict_comes_before_the_registration_window() -> None:
    refused: list[DomainError] = []
    closed = AlacarteSettings(places=20, closes_minutes=180)
    plan(card(uses_taken=10), [(None, "Marie")], booked=swim(registration=closed), refused=refused)
    assert [e.code for e in refused] == ["card_used_up", "registration_closed", "not_enough_uses"]


def test_a_member_of_another_account_is_refused() -> None:
    with pytest.raises(DomainError) as refused:
        participants_of([("m-someone", "Zoé")], FAMILY)
    assert refused.value.code == "not_a_member"


def test_a_family_pass_books_members_once_per_date() -> None:
    family = terms(CardKind.PASS, uses=20, family=True)
    made = plan(card(family), [("m-ana", ""), ("m-leo", "")], members=FAMILY)
    assert [p.member_id for p in made.participants] == ["m-ana", "m-leo"]
    with pytest.raises(DomainError) as refused:
        plan(card(family), [("m-leo", "")], members=FAMILY, already=frozenset({"m-leo"}))
    assert refused.value.code == "already_booked"
    assert refused.value.params["name"] == "Léo Tremblay"


def test_a_personal_pass_books_its_holder_only() -> None:
    personal = terms(CardKind.PASS, uses=None)
    with pytest.raises(DomainError) as refused:
        plan(card(personal), [("m-leo", "")], holder="m-ana", members=FAMILY)
    assert refused.value.code == "pass_is_personal"


def test_nobody_named_is_refused() -> None:
    with pytest.raises(DomainError) as refused:
        plan(card(), [])
    assert refused.value.code == "participants_required"
