"""Taking payment: cash with change, external card terminal, split across methods.

Cash is rounded to the smallest coin only when cash settles the balance (Canada has had no
penny since 2013): the difference is kept on the order as ``cash_rounding`` so that
``sum(payments) == total + cash_rounding`` always holds.

A free order (total 0: a 100 % code, complimentary tickets, a fixed discount at least the
price) is settled from the start and is recorded with no payment at all; a payment on it is
refused. A negative total is never due (pricing floors every line at zero).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol

from guichet.domain.errors import DomainError
from guichet.domain.money import Cents, round_cash


class PaymentMethod(StrEnum):
    CASH = "cash"
    CARD = "card"  # external card terminal; we record its approval reference
    OTHER = "other"


@dataclass(frozen=True)
class Tender:
    method: PaymentMethod
    amount: Cents  # what this payment settles (never more than was due)
    tendered: Cents  # what the customer handed over (cash) or the terminal charged
    change: Cents = 0
    reference: str = ""


@dataclass
class PaymentSession:
    """Payments taken against one total. The sale commits once :attr:`is_settled`."""

    total: Cents
    cash_increment: Cents = 1
    tenders: list[Tender] = field(default_factory=list)
    cash_rounding: Cents = 0

    def __post_init__(self) -> None:
        if self.total < 0:
            raise DomainError("amount_out_of_range", amount=self.total)

    @property
    def is_free(self) -> bool:
        """Nothing to pay: the order is recorded as it is, with no payment line."""
        return self.total == 0

    @property
    def paid(self) -> Cents:
        return sum(t.amount for t in self.tenders)

    @property
    def balance(self) -> Cents:
        """What is still due (before any cash rounding)."""
        return self.total + self.cash_rounding - self.paid

    @property
    def cash_due(self) -> Cents:
        """What the customer must hand over to settle the balance in cash."""
        return round_cash(self.balance, self.cash_increment)

    @property
    def is_settled(self) -> bool:
        return self.balance == 0

    def add_cash(self, tendered: Cents) -> Tender:
        if tendered <= 0:
            raise DomainError("amount_not_positive", amount=tendered)
        if self.is_settled:
            raise DomainError("already_paid")
        due = self.cash_due
        if tendered >= due:
            # Cash settles the order: the coin rounding becomes part of the order.
            self.cash_rounding += due - self.balance
            tender = Tender(PaymentMethod.CASH, due, tendered, change=tendered - due)
        else:
            tender = Tender(PaymentMethod.CASH, tendered, tendered)
        self.tenders.append(tender)
        return tender

    def add_card(self, amount: Cents, reference: str) -> Tender:
        return self._add_exact(PaymentMethod.CARD, amount, reference)

    def add_other(self, amount: Cents, reference: str) -> Tender:
        return self._add_exact(PaymentMethod.OTHER, amount, reference)

    def _add_exact(self, method: PaymentMethod, amount: Cents, reference: str) -> Tender:
        if amount <= 0:
            raise DomainError("amount_not_positive", amount=amount)
        if self.is_settled:
            raise DomainError("already_paid")
        if amount > self.balance:
            raise DomainError("amount_above_balance", amount=amount, balance=self.balance)
        if method is PaymentMethod.CARD and not reference.strip():
            raise DomainError("card_reference_required")
        tender = Tender(method, amount, amount, reference=reference.strip())
        self.tenders.append(tender)
        return tender

    def remove_last(self) -> None:
        if self.tenders:
            last = self.tenders.pop()
            if last.method is PaymentMethod.CASH and last.change >= 0 and self.cash_rounding:
                self.cash_rounding = 0


class RecordedPayment(Protocol):
    """A payment as a sale command carries it (``commands.SalePayment``)."""

    @property
    def method(self) -> str: ...
    @property
    def amount(self) -> Cents: ...
    @property
    def tendered(self) -> Cents: ...
    @property
    def change(self) -> Cents: ...
    @property
    def reference(self) -> str: ...


def check_recorded(
    total: Cents, payments: Sequence[RecordedPayment], cash_rounding: Cents, increment: Cents
) -> None:
    """The payments a sale command carries settle ``total`` exactly (the rule the counter's
    and the server's handlers apply). A free order carries none; any other needs at least one.
    """
    if total < 0:
        raise DomainError("amount_out_of_range", amount=total)
    if total == 0:
        if payments or cash_rounding:
            raise DomainError("payment_mismatch", paid=sum(p.amount for p in payments), due=0)
        return
    if not payments:
        raise DomainError("not_paid", total=total)
    has_cash = False
    for p in payments:
        try:
            method = PaymentMethod(p.method)
        except ValueError:
            raise DomainError("unknown_payment_method", method=p.method) from None
        if p.amount <= 0:
            raise DomainError("amount_not_positive", amount=p.amount)
        if method is PaymentMethod.CASH:
            has_cash = True
            if p.change != p.tendered - p.amount or p.change < 0:
                raise DomainError("change_mismatch", tendered=p.tendered, amount=p.amount)
        elif p.tendered != p.amount or p.change:
            raise DomainError("change_mismatch", tendered=p.tendered, amount=p.amount)
        if method is PaymentMethod.CARD and not p.reference.strip():
            raise DomainError("card_reference_required")
    if cash_rounding and (not has_cash or abs(cash_rounding) * 2 > increment):
        raise DomainError("cash_rounding_invalid", rounding=cash_rounding)
    paid = sum(p.amount for p in payments)
    if paid != total + cash_rounding:
        raise DomainError("payment_mismatch", paid=paid, due=total + cash_rounding)
