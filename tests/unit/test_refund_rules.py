"""What a refund returns (guichet.domain.refunds): no database."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

import pytest

from guichet.domain.commands import RefundLine
from guichet.domain.errors import DomainError
from guichet.domain.payments import PaymentMethod
from guichet.domain.refunds import plan_refund, refund_amounts, refund_method, refund_payment_id


@dataclass
class Line:
    id: str
    quantity: int
    net_amount: int
    tax_detail: dict[str, int] = field(default_factory=dict)
    refunded_quantity: int = 0


def test_refunding_a_line_in_steps_returns_it_to_the_cent() -> None:
    line = Line("l1", 3, 1000, {"GST": 50, "QST": 100})
    steps = []
    for _ in range(3):
        steps.append(refund_amounts(line, 1))
        line.refunded_quantity += 1
    assert [net for net, _ in steps] == [333, 334, 333]
    assert sum(net for net, _ in steps) == 1000
    assert sum(taxes["GST"] for _, taxes in steps) == 50
    assert sum(taxes["QST"] for _, taxes in steps) == 100


def test_a_refund_needs_an_unrefunded_order_lines_and_a_known_method() -> None:
    item = (RefundLine("l1", 1),)
    assert refund_method(order_status="paid", order_code="C", items=item, method="card") == (
        PaymentMethod.CARD
    )
    for status, items, method, code in [
        ("refunded", item, "cash", "already_refunded"),
        ("paid", (), "cash", "nothing_to_refund"),
        ("paid", item, "cheque", "unknown_payment_method"),
    ]:
        with pytest.raises(DomainError) as error:
            refund_method(order_status=status, order_code="C", items=items, method=method)
        assert error.value.code == code


def test_plan_totals_taxes_cash_rounding_and_what_the_order_becomes() -> None:
    lines = {
        "l1": Line("l1", 2, 10400, {"GST": 520, "QST": 1037}),
        "l2": Line("l2", 1, 2000, {"GST": 100, "QST": 200}),
    }
    plan = plan_refund(lines, [RefundLine("l1", 1)], method=PaymentMethod.CASH, cash_increment=5)
    assert plan.net_total == 5200
    assert plan.tax_detail == {"GST": 260, "QST": 519}  # 1037 / 2, half up
    assert plan.total == 5979
    assert plan.cash_rounding == 1 and plan.paid_out == 5980  # to the nickel
    assert plan.order_status == "partially_refunded"
    [planned] = plan.lines
    assert (planned.order_line_id, planned.quantity, planned.before) == ("l1", 1, 0)
    assert planned.total == 5979

    lines["l1"].refunded_quantity = 1
    rest = plan_refund(
        lines,
        [RefundLine("l1", 1), RefundLine("l2", 1)],
        method=PaymentMethod.CARD,
        cash_increment=5,
    )
    assert rest.cash_rounding == 0  # no rounding but in cash
    assert rest.order_status == "refunded"
    assert rest.net_total == 5200 + 2000
    assert rest.tax_detail == {"GST": 260 + 100, "QST": 518 + 200}


def test_plan_refuses_unknown_repeated_and_excess_lines() -> None:
    lines = {"l1": Line("l1", 2, 1000, refunded_quantity=1)}
    cases = [
        ([RefundLine("nope", 1)], "unknown_order_line"),
        ([RefundLine("l1", 1), RefundLine("l1", 1)], "unknown_order_line"),
        ([RefundLine("l1", 2)], "refund_quantity_exceeded"),
        ([RefundLine("l1", 0)], "refund_quantity_exceeded"),
    ]
    for items, code in cases:
        with pytest.raises(DomainError) as error:
            plan_refund(lines, items, method=PaymentMethod.CASH, cash_increment=5)
        assert error.value.code == code


def test_the_refund_payment_id_is_named_or_derived_the_same_everywhere() -> None:
    assert refund_payment_id("r1", ("p9",)) == "p9"
    assert refund_payment_id("r1", ()) == str(uuid.uuid5(uuid.NAMESPACE_URL, "r1"))
    assert refund_payment_id("r1", ()) == refund_payment_id("r1", ())
