"""The pure escrow rules (issue 6, part 5): allotment ids, sizes, top-ups and takes for every
kind of count, and how reserves and promotions use what a counter holds."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from guichet.domain import escrow
from guichet.domain.auth import Role
from guichet.domain.errors import DomainError
from guichet.domain.promotions import (
    PricingContext,
    PromoCode,
    PromoLine,
    Promotion,
    PromotionCatalogue,
    PromotionUsage,
    apply_promotion,
    percent_off,
    price_cart,
)
from guichet.domain.reserves import (
    Reserve,
    ReserveKind,
    ReserveQuantity,
    draw,
    release,
    set_quantity,
)

NOW = datetime(2026, 12, 5, 17, 0, tzinfo=UTC)
TODAY = date(2026, 12, 5)

# --------------------------------------------------------------------------- allotments


def test_allotment_ids_are_the_same_everywhere_and_places_keep_their_first_form() -> None:
    old = str(uuid.uuid5(uuid.NAMESPACE_URL, "guichet:allotment:t1:places:o1"))
    assert escrow.allotment_id("t1", "places", "o1") == old  # ids leased before 0010
    ids = {
        escrow.allotment_id("t1", "places", "o1"),
        escrow.allotment_id("t1", "alacarte", "o1"),
        escrow.allotment_id("t1", "reserve", "o1", "r1"),
        escrow.allotment_id("t1", "reserve", "o1", "r2"),
        escrow.allotment_id("t1", "reserve", "o2", "r1"),
        escrow.allotment_id("t2", "reserve", "o1", "r1"),
        escrow.allotment_id("t1", "promotion", None, "p1"),
        escrow.allotment_id("t1", "promotion", None, "p2"),
    }
    assert len(ids) == 8
    assert escrow.allotment_id("t1", "promotion", None, "p1") == escrow.allotment_id(
        "t1", "promotion", None, "p1"
    )
    with pytest.raises(ValueError):
        escrow.allotment_id("t1", "promotion", None, None)


@pytest.mark.parametrize(
    ("kind", "code"),
    [
        ("places", "allotment_exhausted"),
        ("alacarte", "allotment_exhausted"),
        ("reserve", "reserve_allotment_exhausted"),
        ("promotion", "promo_allotment_exhausted"),
    ],
)
def test_a_counter_takes_what_it_holds_and_is_refused_in_words_past_it(
    kind: str, code: str
) -> None:
    assert escrow.take(5, 2, 3, kind) == 5
    with pytest.raises(DomainError) as err:
        escrow.take(5, 2, 4, kind)
    assert err.value.code == code
    assert (err.value.params["remaining"], err.value.params["requested"]) == (3, 4)


def test_sizes_and_top_ups() -> None:
    assert escrow.target_size(None, 0) == escrow.MIN_ALLOTMENT
    assert escrow.target_size(None, 10) == 20
    assert escrow.target_size(None, 1000) == escrow.MAX_ALLOTMENT
    assert escrow.target_size(3, 1000) == 3  # set per event
    assert escrow.top_up(remaining=1, target=4, unleased=10) == 3
    assert escrow.top_up(remaining=1, target=4, unleased=2) == 2  # never more than is free
    assert escrow.top_up(remaining=6, target=4, unleased=10) == 0
    assert escrow.unleased(7, 5) == 2
    assert escrow.unleased(3, 5) == 0


@given(
    free=st.integers(0, 60),
    targets=st.lists(st.integers(0, 20), min_size=1, max_size=6),
    uses=st.lists(st.integers(0, 20), min_size=1, max_size=40),
)
def test_leases_never_hand_out_more_than_the_count(
    free: int, targets: list[int], uses: list[int]
) -> None:
    """Counters lease in turn and use what they hold: together they never exceed the count,
    and what the server may still use itself is what no counter holds."""
    granted = [0] * len(targets)
    used = [0] * len(targets)
    for turn, want in enumerate(uses):
        i = turn % len(targets)
        leased = sum(g - u for g, u in zip(granted, used, strict=True))
        granted[i] += escrow.top_up(
            granted[i] - used[i], targets[i], escrow.unleased(free - sum(used), leased)
        )
        try:
            used[i] = escrow.take(granted[i], used[i], want, "reserve")
        except DomainError as error:
            assert error.code == "reserve_allotment_exhausted"
        assert sum(used) + sum(g - u for g, u in zip(granted, used, strict=True)) <= free


def test_what_is_leased_follows_what_can_still_be_used() -> None:
    common = {"enabled": True, "max_tickets": 10, "starts": None, "expires": None}
    assert escrow.promotion_leasable(**common, today=TODAY, horizon_end=TODAY)
    assert not escrow.promotion_leasable(
        **{**common, "max_tickets": None}, today=TODAY, horizon_end=TODAY
    )
    assert not escrow.promotion_leasable(
        **{**common, "enabled": False}, today=TODAY, horizon_end=TODAY
    )
    assert not escrow.promotion_leasable(
        **{**common, "expires": date(2026, 12, 4)}, today=TODAY, horizon_end=TODAY
    )
    later = {**common, "starts": date(2026, 12, 10)}
    assert not escrow.promotion_leasable(**later, today=TODAY, horizon_end=date(2026, 12, 9))
    assert escrow.promotion_leasable(**later, today=TODAY, horizon_end=date(2026, 12, 19))
    assert not escrow.promotion_leasable(
        **common, today=TODAY, horizon_end=TODAY, profiles={"Bar"}, profile="Billetterie"
    )
    assert escrow.reserve_leasable(active=True, with_access=True, occurrence_over=False)
    assert not escrow.reserve_leasable(active=True, with_access=False, occurrence_over=False)
    assert not escrow.reserve_leasable(active=False, with_access=True, occurrence_over=False)
    assert not escrow.reserve_leasable(active=True, with_access=True, occurrence_over=True)


# --------------------------------------------------------------------------- reserves

MEDIA = Reserve("r-media", "Médias", ReserveKind.WITH_ACCESS, category_id="adult")


def quantity(held: int, drawn: int = 0) -> ReserveQuantity:
    return ReserveQuantity("o1", "r-media", held, drawn)


def test_a_paired_counter_draws_only_what_it_holds_of_the_reserve() -> None:
    after, _ = draw(MEDIA, quantity(10, 2), 3, user_id="u", role=Role.CASHIER, now=NOW, allotment=3)
    assert after.drawn == 5
    with pytest.raises(DomainError) as err:
        draw(MEDIA, quantity(10, 2), 4, user_id="u", role=Role.CASHIER, now=NOW, allotment=3)
    assert err.value.code == "reserve_allotment_exhausted"
    assert err.value.params["reserve_name"] == "Médias"
    assert (err.value.params["remaining"], err.value.params["requested"]) == (3, 4)


def test_anyone_else_draws_only_what_no_counter_holds() -> None:
    # 10 held, 2 drawn, 6 held by counters: 2 left for the others.
    after, _ = draw(MEDIA, quantity(10, 2), 2, user_id="u", role=Role.CASHIER, now=NOW, leased=6)
    assert after.drawn == 4
    with pytest.raises(DomainError) as err:
        draw(MEDIA, quantity(10, 2), 3, user_id="u", role=Role.CASHIER, now=NOW, leased=6)
    assert err.value.code == "reserve_exhausted"
    assert err.value.params["remaining"] == 2


def test_a_quantity_never_goes_below_what_is_drawn_and_held_by_counters() -> None:
    current = quantity(10, 2)
    after, _ = set_quantity(
        current, 6, 100, 2, 0, user_id="s", role=Role.SUPERVISOR, now=NOW, leased=4
    )
    assert after.held == 6
    with pytest.raises(DomainError) as err:
        set_quantity(current, 5, 100, 2, 0, user_id="s", role=Role.SUPERVISOR, now=NOW, leased=4)
    assert err.value.code == "reserve_below_leased"
    assert (err.value.params["minimum"], err.value.params["leased"]) == (6, 4)
    with pytest.raises(DomainError) as err:  # below what is drawn: the first rule says so
        set_quantity(current, 1, 100, 2, 0, user_id="s", role=Role.SUPERVISOR, now=NOW, leased=4)
    assert err.value.code == "reserve_below_drawn"
    # Raising is not held back by the counters' shares.
    after, _ = set_quantity(
        current, 12, 100, 2, 0, user_id="s", role=Role.SUPERVISOR, now=NOW, leased=8
    )
    assert after.held == 12


def test_a_release_frees_what_no_counter_holds() -> None:
    after, change = release(quantity(10, 2), user_id="s", role=Role.SUPERVISOR, now=NOW, leased=3)
    assert (after.held, after.drawn, after.remaining) == (5, 2, 3)
    assert change.changed
    after, change = release(after, user_id="s", role=Role.SUPERVISOR, now=NOW, leased=3)
    assert not change.changed


# --------------------------------------------------------------------------- promotions

LINES = [
    PromoLine(
        key="a",
        occurrence_id="o1",
        event_id="e1",
        category_id="adult",
        price_list_id="reg",
        quantity=3,
        regular_unit_price=1000,
    )
]


def pricing(**usage: object) -> PricingContext:
    return PricingContext(
        now=NOW,
        timezone="America/Toronto",
        usage={"p1": PromotionUsage(**usage)},  # type: ignore[arg-type]
    )


def quota(**kwargs: object) -> Promotion:
    fields: dict[str, object] = {
        "id": "p1",
        "name_fr": "Demi-tarif",
        "effect": percent_off(50),
        "max_tickets": 100,
    }
    fields.update(kwargs)
    return Promotion(**fields)  # type: ignore[arg-type]


def test_a_paired_counter_applies_a_quota_only_within_what_it_holds() -> None:
    # 95 of 100 used elsewhere: the counter holds 3 and may apply them (the server leased them
    # from the rest, so the overall count does not refuse them).
    assert apply_promotion(LINES, quota(), None, pricing(tickets=95, held=3)).total == 1500
    err = pytest.raises(
        DomainError, apply_promotion, LINES, quota(), None, pricing(tickets=0, held=2)
    ).value
    assert err.code == "promo_allotment_exhausted"
    assert (err.params["remaining"], err.params["requested"]) == (2, 3)
    err = pytest.raises(
        DomainError, apply_promotion, LINES, quota(), None, pricing(tickets=0, held=0)
    ).value
    assert err.code == "promo_allotment_exhausted" and err.params["remaining"] == 0
    # No quota: nothing to hold.
    assert apply_promotion(LINES, quota(max_tickets=None), None, pricing(held=0)).total == 1500
    # Anyone else counts what the counters hold as used (in ``tickets``).
    err = pytest.raises(
        DomainError, apply_promotion, LINES, quota(), None, pricing(tickets=98)
    ).value
    assert err.code == "promo_quota_reached" and err.params["remaining"] == 2


def test_an_automatic_promotion_past_the_counters_share_prices_the_cart_regularly() -> None:
    auto = quota(automatic=True)
    catalogue = PromotionCatalogue.build([auto], [])
    result = price_cart(LINES, catalogue, None, pricing(held=1))
    assert result.promotion_id is None and result.total == 3000
    assert result.automatic_refusal is not None
    assert result.automatic_refusal.code == "promo_allotment_exhausted"


def test_a_code_used_up_is_refused_whatever_the_counter_holds() -> None:
    """A code's uses are not escrowed: the code's count is checked as it stands."""
    code = PromoCode("UNEFOIS", "p1", max_uses=1, used=1)
    err = pytest.raises(DomainError, apply_promotion, LINES, quota(), code, pricing(held=10)).value
    assert err.code == "promo_quota_reached" and err.params["scope"] == "code"


@pytest.mark.parametrize(
    "usage",
    [PromotionUsage(), PromotionUsage(tickets=5000), PromotionUsage(held=1000)],
)
def test_the_per_order_maximum_needs_no_escrow(usage: PromotionUsage) -> None:
    """``max_tickets_per_order`` is checked against the order alone: the same answer on every
    counter and on the server, whatever anyone else has used or holds."""
    per_order = quota(max_tickets=None, max_tickets_per_order=3)
    context = PricingContext(now=NOW, timezone="America/Toronto", usage={"p1": usage})
    assert apply_promotion(LINES, per_order, None, context).eligible_tickets == 3
    four = [PromoLine("b", "o1", "e1", "adult", "reg", 4, 1000)]
    err = pytest.raises(DomainError, apply_promotion, four, per_order, None, context).value
    assert (err.code, err.params["maximum"], err.params["requested"]) == (
        "promo_per_order_max",
        3,
        4,
    )
