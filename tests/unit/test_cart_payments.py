from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from guichet.domain.cart import Cart, CartLine, price_lines
from guichet.domain.errors import DomainError
from guichet.domain.payments import PaymentMethod, PaymentSession
from guichet.domain.taxes import TaxRate

RATES = [TaxRate("GST", "TPS", Decimal("0.05")), TaxRate("QST", "TVQ", Decimal("0.09975"))]


def line(occ: str = "o1", cat: str = "adult", qty: int = 1, price: int = 4200) -> CartLine:
    return CartLine(occ, cat, qty, price)


def test_same_ticket_merges_into_one_line() -> None:
    cart = Cart()
    cart.add(line(qty=1), remaining_places=10)
    cart.add(line(qty=2), remaining_places=10)
    assert len(cart.lines) == 1 and cart.lines[0].quantity == 3


def test_cannot_add_past_remaining_places_and_cart_is_unchanged() -> None:
    cart = Cart()
    cart.add(line(qty=2), remaining_places=3)
    with pytest.raises(DomainError) as err:
        cart.add(line(cat="child", qty=2, price=2000), remaining_places=3)
    assert err.value.code == "capacity_exceeded"
    assert err.value.params == {"remaining": 1, "requested": 2}
    assert [(x.category_id, x.quantity) for x in cart.lines] == [("adult", 2)]


def test_places_are_per_occurrence() -> None:
    cart = Cart()
    cart.add(line(occ="a", qty=3), remaining_places=3)
    cart.add(line(occ="b", qty=3), remaining_places=3)
    assert cart.places_for("a") == 3 and cart.places_for("b") == 3


@pytest.mark.parametrize("qty", [0, -1, 501])
def test_absurd_quantities_are_refused(qty: int) -> None:
    with pytest.raises(DomainError):
        Cart().add(line(qty=qty), remaining_places=10_000)


def test_remove_and_clear() -> None:
    cart = Cart()
    cart.add(line(), 10)
    cart.add(line(cat="child", price=2000), 10)
    cart.remove(0)
    assert [x.category_id for x in cart.lines] == ["child"]
    with pytest.raises(DomainError):
        cart.remove(5)
    cart.clear()
    assert cart.is_empty()


def test_standard_sale_total() -> None:
    priced = price_lines([line(qty=2), line(cat="child", price=2000)], RATES)
    assert priced.subtotal == 10400
    assert priced.total == 10400 + 520 + 1037
    assert sum(p.total for p in priced.lines) == priced.total


def test_exact_cash_settles_with_nickel_rounding() -> None:
    session = PaymentSession(total=2558, cash_increment=5)
    assert session.cash_due == 2560
    tender = session.add_cash(2560)
    assert session.is_settled and tender.change == 0
    assert session.cash_rounding == 2
    assert session.paid == session.total + session.cash_rounding


def test_cash_gives_change() -> None:
    session = PaymentSession(total=11957, cash_increment=5)
    tender = session.add_cash(15000)
    assert tender.amount == 11955 and tender.change == 3045 and session.is_settled


def test_split_card_then_cash() -> None:
    session = PaymentSession(total=11957, cash_increment=5)
    session.add_card(5000, "AUTH123")
    assert session.balance == 6957 and not session.is_settled
    session.add_cash(7000)
    assert session.is_settled
    assert [t.method for t in session.tenders] == [PaymentMethod.CARD, PaymentMethod.CASH]
    assert session.tenders[1].change == 45


def test_card_needs_reference_and_cannot_exceed_balance() -> None:
    session = PaymentSession(total=1000)
    with pytest.raises(DomainError) as err:
        session.add_card(1000, " ")
    assert err.value.code == "card_reference_required"
    with pytest.raises(DomainError) as err:
        session.add_card(1001, "X")
    assert err.value.code == "amount_above_balance"
    with pytest.raises(DomainError):
        session.add_cash(0)


@given(
    lines=st.lists(st.tuples(st.integers(1, 20), st.integers(0, 50_000)), min_size=1, max_size=15),
    data=st.data(),
)
def test_pricing_independent_of_line_order(
    lines: list[tuple[int, int]], data: st.DataObject
) -> None:
    cart_lines = [line(cat=f"c{i}", qty=q, price=p) for i, (q, p) in enumerate(lines)]
    shuffled = data.draw(st.permutations(cart_lines))
    a, b = price_lines(cart_lines, RATES), price_lines(shuffled, RATES)
    assert a.total == b.total and a.taxes == b.taxes
    assert a.total >= 0
