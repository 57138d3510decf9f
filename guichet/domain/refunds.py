"""What a refund returns: which lines may be refunded, how much of each (to the cent, however
many steps a line is refunded in), the taxes, the cash rounding and what the order becomes.

Pure functions: the handler (:func:`guichet.services.handlers.refund_order`) reads the order,
asks :func:`plan_refund`, then gives the places, seats and tickets back and writes the rows.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Protocol

from guichet.domain.errors import DomainError
from guichet.domain.money import Cents, round_cash, to_cents
from guichet.domain.payments import PaymentMethod


class RefundableLine(Protocol):
    """What a refund reads of an order line (an ``OrderLine`` row has it)."""

    @property
    def id(self) -> str: ...
    @property
    def quantity(self) -> int: ...
    @property
    def refunded_quantity(self) -> int: ...
    @property
    def net_amount(self) -> int: ...
    @property
    def tax_detail(self) -> dict[str, int]: ...


class RefundItem(Protocol):
    """One line of a refund command: which order line, how many units."""

    @property
    def order_line_id(self) -> str: ...
    @property
    def quantity(self) -> int: ...


def _share(amount: Cents, quantity: int, units: int) -> Cents:
    """What ``units`` of ``quantity`` are worth, cumulatively rounded."""
    return to_cents(Decimal(amount) * units / quantity)


def refund_amounts(line: RefundableLine, quantity: int) -> tuple[Cents, dict[str, Cents]]:
    """Net and per-tax amounts of refunding ``quantity`` more units of ``line``.

    Computed as (value of all units refunded after) - (value of units refunded before), so
    refunding a line in several steps returns exactly the line, to the cent.
    """
    before = line.refunded_quantity
    after = before + quantity
    net = _share(line.net_amount, line.quantity, after) - _share(
        line.net_amount, line.quantity, before
    )
    taxes = {
        code: _share(value, line.quantity, after) - _share(value, line.quantity, before)
        for code, value in line.tax_detail.items()
    }
    return net, taxes


def refund_method(
    *, order_status: str, order_code: str, items: Sequence[RefundItem], method: str
) -> PaymentMethod:
    """The refund may be made at all: the order is not refunded already, the command names
    lines, and a known way to pay the money back."""
    if order_status == "refunded":
        raise DomainError("already_refunded", order=order_code)
    if not items:
        raise DomainError("nothing_to_refund")
    try:
        return PaymentMethod(method)
    except ValueError:
        raise DomainError("unknown_payment_method", method=method) from None


@dataclass(frozen=True)
class RefundedLine:
    """``quantity`` more units of an order line refunded; ``before`` were refunded already."""

    order_line_id: str
    quantity: int
    before: int
    net: Cents
    taxes: dict[str, Cents]

    @property
    def tax(self) -> Cents:
        return sum(self.taxes.values())

    @property
    def total(self) -> Cents:
        return self.net + self.tax


@dataclass(frozen=True)
class RefundPlan:
    lines: tuple[RefundedLine, ...]
    net_total: Cents
    tax_detail: dict[str, Cents]
    cash_rounding: Cents
    #: The order's status once refunded: ``refunded`` when every unit of every line is.
    order_status: str

    @property
    def tax_total(self) -> Cents:
        return sum(self.tax_detail.values())

    @property
    def total(self) -> Cents:
        return self.net_total + self.tax_total

    @property
    def paid_out(self) -> Cents:
        """What leaves the drawer (or the card): the total, cash rounded."""
        return self.total + self.cash_rounding


def plan_refund(
    order_lines: Mapping[str, RefundableLine],
    items: Sequence[RefundItem],
    *,
    method: PaymentMethod,
    cash_increment: Cents,
) -> RefundPlan:
    """What refunding ``items`` of an order whose lines are ``order_lines`` (by id) returns.

    Each line at most once and no more units than are left; cash is rounded to the smallest
    coin on the total (what the drawer can pay back)."""
    seen: set[str] = set()
    planned: list[RefundedLine] = []
    tax_detail: dict[str, Cents] = {}
    net_total = 0
    for item in items:
        line = order_lines.get(item.order_line_id)
        if line is None or item.order_line_id in seen:
            raise DomainError("unknown_order_line", line=item.order_line_id)
        seen.add(line.id)
        left = line.quantity - line.refunded_quantity
        if item.quantity <= 0 or item.quantity > left:
            raise DomainError("refund_quantity_exceeded", requested=item.quantity, left=left)
        net, taxes = refund_amounts(line, item.quantity)
        planned.append(RefundedLine(line.id, item.quantity, line.refunded_quantity, net, taxes))
        net_total += net
        for code, value in taxes.items():
            tax_detail[code] = tax_detail.get(code, 0) + value
    total = net_total + sum(tax_detail.values())
    cash_rounding = round_cash(total, cash_increment) - total if method is PaymentMethod.CASH else 0
    refunded_now = {p.order_line_id: p.quantity for p in planned}
    fully = all(
        line.refunded_quantity + refunded_now.get(line_id, 0) == line.quantity
        for line_id, line in order_lines.items()
    )
    return RefundPlan(
        lines=tuple(planned),
        net_total=net_total,
        tax_detail=tax_detail,
        cash_rounding=cash_rounding,
        order_status="refunded" if fully else "partially_refunded",
    )


def refund_payment_id(refund_id: str, payment_ids: Sequence[str]) -> str:
    """The refund's payment: the one the command names, or one derived from the refund's id,
    so that the server derives the same."""
    return payment_ids[0] if payment_ids else str(uuid.uuid5(uuid.NAMESPACE_URL, refund_id))
