from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from guichet.domain.money import allocate, parse_amount, round_cash, to_cents
from guichet.domain.taxes import TaxRate, split_taxes

GST = TaxRate("GST", "TPS", Decimal("0.05"))
QST = TaxRate("QST", "TVQ", Decimal("0.09975"))


def test_rounding_is_half_up_away_from_zero() -> None:
    assert to_cents(Decimal("2.5")) == 3
    assert to_cents(Decimal("2.4999")) == 2
    assert to_cents(Decimal("-2.5")) == -3


@pytest.mark.parametrize(
    ("text", "cents"),
    [("20", 2000), ("12,5", 1250), ("12.50", 1250), ("1 234,50 $", 123450), (",75", 75)],
)
def test_parse_amount_accepts_what_cashiers_type(text: str, cents: int) -> None:
    assert parse_amount(text) == cents


@pytest.mark.parametrize("text", ["", "abc", "-5", "1,234,5", "12,345", "1.2.3"])
def test_parse_amount_refuses_nonsense(text: str) -> None:
    with pytest.raises(ValueError):
        parse_amount(text)


def test_quebec_taxes_on_the_subtotal() -> None:
    # 2 adults at 42 $ + 1 child at 20 $ = 104 $; GST 5,20 $; QST 10,374 -> 10,37 $.
    split = split_taxes([8400, 2000], [GST, QST])
    assert [t.amount for t in split.taxes] == [520, 1037]
    assert split.net_total == 10400
    # Each line carries its share, and the shares add up to the order's taxes exactly.
    assert sum(t["GST"] for t in split.line_taxes) == 520
    assert sum(t["QST"] for t in split.line_taxes) == 1037


def test_included_taxes_are_extracted_exactly() -> None:
    gst_in = TaxRate("GST", "TPS", Decimal("0.05"), included=True)
    qst_in = TaxRate("QST", "TVQ", Decimal("0.09975"), included=True)
    split = split_taxes([1000, 2999], [gst_in, qst_in])
    assert split.net_total + split.tax_total == 3999
    for amount, net, taxes in zip([1000, 2999], split.line_nets, split.line_taxes, strict=True):
        assert net + sum(taxes.values()) == amount


@pytest.mark.parametrize(
    ("amount", "rounded"),
    [(2558, 2560), (2551, 2550), (2552, 2550), (2553, 2555), (2557, 2555), (2500, 2500)],
)
def test_cash_rounds_to_the_nickel(amount: int, rounded: int) -> None:
    assert round_cash(amount, 5) == rounded


@given(
    total=st.integers(min_value=-(10**9), max_value=10**9),
    weights=st.lists(st.integers(min_value=0, max_value=10**6), min_size=1, max_size=40),
)
def test_allocate_always_adds_up(total: int, weights: list[int]) -> None:
    parts = allocate(total, weights)
    assert sum(parts) == total
    assert len(parts) == len(weights)
    if sum(weights):
        for part, weight in zip(parts, weights, strict=True):
            exact = Decimal(total) * weight / sum(weights)
            assert abs(Decimal(part) - exact) < 1


@given(st.lists(st.integers(min_value=0, max_value=10**7), min_size=1, max_size=30))
def test_taxes_consistent_for_any_cart(amounts: list[int]) -> None:
    split = split_taxes(amounts, [GST, QST])
    assert split.net_total == sum(amounts)
    assert split.taxes[0].amount == to_cents(Decimal(sum(amounts)) * Decimal("0.05"))
    for code in ("GST", "QST"):
        assert sum(t[code] for t in split.line_taxes) == next(
            t.amount for t in split.taxes if t.code == code
        )
