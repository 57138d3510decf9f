"""The counter's business events in its log (docs/LOGS.md): who logged in, sales, refunds,
shifts. Numbers, amounts, methods and names only: never a PIN, an order's or a card's code,
nor a customer's name."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from guichet.domain.money import Cents

if TYPE_CHECKING:
    from guichet.domain.payments import PaymentSession
    from guichet.services.bus import Actor
    from guichet.services.handlers import RefundRecorded, SaleRecorded, ShiftClosed
    from guichet.services.views import ShiftView

sales = logging.getLogger("guichet.sales")
shifts = logging.getLogger("guichet.shifts")
access = logging.getLogger("guichet.login")


def amount(cents: Cents | int) -> str:
    """12,50 $ as ``12.50`` (no float anywhere near money)."""
    sign = "-" if cents < 0 else ""
    whole, part = divmod(abs(int(cents)), 100)
    return f"{sign}{whole}.{part:02d}"


def login(actor: Actor, *, supervisor: bool = False) -> None:
    access.info(
        "supervisor authorised" if supervisor else "login",
        extra={"user": actor.name, "role": actor.role.value},
    )


def pin_refused(user_name: str, reason: str) -> None:
    access.warning("PIN refused", extra={"user": user_name, "reason": reason})


def sale(result: SaleRecorded, payment: PaymentSession, actor: Actor) -> None:
    methods = ",".join(
        f"{t.method.value}:{amount(t.amount)}" for t in payment.tenders
    ) or "none"
    sales.info(
        "sale recorded",
        extra={
            "receipt": result.receipt_number,
            "total": amount(result.total),
            "payments": methods,
            "change": amount(result.change),
            "user": actor.name,
        },
    )


def refund(result: RefundRecorded, method: str, actor: Actor, supervisor: Actor) -> None:
    sales.info(
        "refund recorded",
        extra={
            "receipt": result.receipt_number,
            "total": amount(result.total),
            "method": method,
            "cash_out": amount(result.cash_out),
            "user": actor.name,
            "supervisor": supervisor.name,
        },
    )


def shift_opened(shift: ShiftView, actor: Actor) -> None:
    shifts.info(
        "shift opened",
        extra={"shift_id": shift.id, "float": amount(shift.opening_float), "user": actor.name},
    )


def shift_closed(result: ShiftClosed, actor: Actor) -> None:
    shifts.info(
        "shift closed",
        extra={
            "shift_id": result.shift_id,
            "z_number": result.z_number,
            "expected_cash": amount(result.expected_cash),
            "counted_cash": amount(result.counted_cash),
            "over_short": amount(result.over_short),
            "user": actor.name,
        },
    )
