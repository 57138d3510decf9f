"""What may be sold at what price (guichet.domain.sales): no database."""

from __future__ import annotations

import pytest

from guichet.domain.cart import CartLine
from guichet.domain.commands import SaleLine, SalePayment
from guichet.domain.errors import DomainError
from guichet.domain.sales import (
    MAX_ORDER_TOTAL,
    cart_line,
    charged_otherwise,
    check_total,
    discount_without_promotion,
    first_difference,
    places_on_general_sale,
    places_requested,
    ticket_line_refusals,
)


def line(**changes: object) -> SaleLine:
    values: dict[str, object] = {
        "line_id": "l1",
        "occurrence_id": "o1",
        "category_id": "adult",
        "quantity": 2,
        "unit_price": 3500,
    }
    values.update(changes)
    return SaleLine(**values)  # type: ignore[arg-type]


def codes(refusals: list) -> list[tuple[str, bool]]:  # type: ignore[type-arg]
    return [(r.error.code, r.tolerable) for r in refusals]


def test_a_line_at_its_list_price_is_sold() -> None:
    assert (
        ticket_line_refusals(line(), list_price=3500, cancelled=False, promotion_may_apply=False)
        == []
    )


def test_a_line_struck_through_at_its_list_price_is_sold() -> None:
    struck = line(unit_price=3000, regular_unit_price=3500)
    assert (
        ticket_line_refusals(struck, list_price=3500, cancelled=False, promotion_may_apply=True)
        == []
    )


def test_a_tariff_changed_since_is_a_tolerable_price_mismatch() -> None:
    refusals = ticket_line_refusals(
        line(), list_price=4000, cancelled=False, promotion_may_apply=False
    )
    assert codes(refusals) == [("price_mismatch", True)]
    assert refusals[0].error.params == {"expected": 4000, "got": 3500}


def test_a_cancelled_date_is_told_first() -> None:
    refusals = ticket_line_refusals(
        line(), list_price=4000, cancelled=True, promotion_may_apply=False
    )
    assert codes(refusals) == [("occurrence_cancelled", True), ("price_mismatch", True)]


def test_a_negative_price_is_refused_by_everyone() -> None:
    refusals = ticket_line_refusals(
        line(unit_price=-1), list_price=3500, cancelled=True, promotion_may_apply=True
    )
    assert codes(refusals) == [("occurrence_cancelled", True), ("price_mismatch", False)]


def test_a_category_off_the_list_needs_a_promotion_that_may_offer_it() -> None:
    assert codes(
        ticket_line_refusals(line(), list_price=None, cancelled=False, promotion_may_apply=False)
    ) == [("category_not_offered", True)]
    # A price-list switch sells it at the new list's price, nothing struck through.
    assert (
        ticket_line_refusals(line(), list_price=None, cancelled=False, promotion_may_apply=True)
        == []
    )
    assert codes(
        ticket_line_refusals(
            line(regular_unit_price=4000),
            list_price=None,
            cancelled=False,
            promotion_may_apply=True,
        )
    ) == [("price_mismatch", True)]


def test_cart_line_keeps_prices_and_seats() -> None:
    sent = line(discount=100, regular_unit_price=4000, seat_ids=("A1", "A2"))
    assert cart_line(sent) == CartLine(
        occurrence_id="o1",
        category_id="adult",
        quantity=2,
        unit_price=3500,
        regular_unit_price=4000,
        discount=100,
        seat_ids=("A1", "A2"),
    )


def test_places_requested_adds_up_ticket_lines_per_date() -> None:
    lines = [
        line(),
        line(line_id="l2", category_id="child", quantity=1),
        line(line_id="l3", occurrence_id="o2", quantity=3),
        line(line_id="l4", occurrence_id="o2", kind="alacarte", category_id="", quantity=5),
    ]
    assert places_requested(lines) == {"o1": 3, "o2": 3}


def test_general_sale_leaves_out_reserves_and_held_back_never_below_zero() -> None:
    assert places_on_general_sale(100, sold=60, reserved=10, held_back=5) == 25
    assert places_on_general_sale(100, sold=95, reserved=10, held_back=5) == 0


def test_the_total_must_be_possible_shown_and_settled() -> None:
    cash = (SalePayment("p1", "cash", 1000, 2000, 1000),)
    check_total(1000, expected_total=1000, payments=cash, cash_rounding=0, cash_increment=5)
    with pytest.raises(DomainError) as error:
        check_total(1000, expected_total=999, payments=cash, cash_rounding=0, cash_increment=5)
    assert error.value.code == "total_mismatch"
    with pytest.raises(DomainError) as error:
        check_total(
            MAX_ORDER_TOTAL + 1,
            expected_total=None,
            payments=cash,
            cash_rounding=0,
            cash_increment=5,
        )
    assert error.value.code == "amount_out_of_range"
    with pytest.raises(DomainError) as error:
        check_total(1500, expected_total=None, payments=cash, cash_rounding=0, cash_increment=5)
    assert error.value.code == "payment_mismatch"
    check_total(0, expected_total=0, payments=(), cash_rounding=0, cash_increment=5)  # free


def test_a_discount_with_no_promotion_left_is_a_price_mismatch() -> None:
    plain = CartLine("o1", "adult", 1, 3500)
    assert discount_without_promotion([plain]) is None
    struck = CartLine("o1", "adult", 1, 3000, regular_unit_price=3500)
    error = discount_without_promotion([plain, struck])
    assert error is not None and error.code == "price_mismatch"
    assert error.params == {"expected": 3500, "got": 3000}


def test_charged_otherwise_compares_price_and_discount() -> None:
    sent = [CartLine("o1", "adult", 1, 3500), CartLine("o1", "child", 1, 2000, discount=100)]
    same = [CartLine("o1", "adult", 1, 3500), CartLine("o1", "child", 1, 2000, discount=100)]
    other = [CartLine("o1", "adult", 1, 3500), CartLine("o1", "child", 1, 2000)]
    assert not charged_otherwise(sent, same)
    assert charged_otherwise(sent, other)
    assert first_difference(sent, other) == (sent[1], other[1])
