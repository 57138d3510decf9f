"""Issue 16, part 8: an order whose total is 0,00 $ is recorded with no payment; a negative
total is never due (guichet/domain/payments.py)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from guichet.domain.commands import SalePayment
from guichet.domain.errors import DomainError
from guichet.domain.payments import PaymentSession, Tender, check_recorded


def test_a_free_order_is_settled_from_the_start_and_takes_no_payment() -> None:
    session = PaymentSession(total=0, cash_increment=5)
    assert session.is_free and session.is_settled
    assert (session.balance, session.cash_due, session.paid) == (0, 0, 0)
    takes: list[Callable[[], Tender]] = [
        lambda: session.add_cash(2000),
        lambda: session.add_card(100, "A1"),
        lambda: session.add_other(100, ""),
    ]
    for take in takes:
        with pytest.raises(DomainError) as err:
            take()
        assert err.value.code == "already_paid"
    assert session.tenders == []
    assert not PaymentSession(total=1).is_free


def test_the_handlers_rule_records_a_free_order_without_payment() -> None:
    check_recorded(0, (), 0, 5)  # what the counter sends and the server replays
    cash = SalePayment("p1", "cash", 5, 5)
    with pytest.raises(DomainError) as err:
        check_recorded(0, (cash,), 0, 5)  # nothing may be paid on a free order
    assert (err.value.code, err.value.params) == ("payment_mismatch", {"paid": 5, "due": 0})
    with pytest.raises(DomainError) as err:
        check_recorded(0, (), 2, 5)  # nor rounded
    assert err.value.code == "payment_mismatch"
    # Any other total still needs payments that settle it exactly.
    with pytest.raises(DomainError) as err:
        check_recorded(4829, (), 0, 5)
    assert err.value.code == "not_paid"
    check_recorded(4829, (SalePayment("p2", "cash", 4830, 5000, 170),), 1, 5)


def test_a_negative_total_is_never_due() -> None:
    with pytest.raises(DomainError) as err:
        PaymentSession(total=-1)
    assert (err.value.code, err.value.params) == ("amount_out_of_range", {"amount": -1})
    with pytest.raises(DomainError) as err:
        check_recorded(-100, (), 0, 5)
    assert err.value.code == "amount_out_of_range"
