"""Sales taxes (Quebec: GST 5 % and QST 9.975 %, both added to the price).

Taxes are computed once per order on the sum of the taxable lines, rounded once per tax
(:func:`guichet.domain.money.to_cents`), then allocated back to the lines with
:func:`guichet.domain.money.allocate` so that a line refunded later returns exactly its share.
This matches what the customer sees on a Quebec receipt (tax on the subtotal) and keeps every
partial refund exact.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from guichet.domain.money import Cents, allocate, to_cents


@dataclass(frozen=True)
class TaxRate:
    code: str
    name: str
    rate: Decimal  # 0.05 for 5 %
    included: bool = False  # True when the price already contains the tax


@dataclass(frozen=True)
class TaxAmount:
    code: str
    name: str
    rate: Decimal
    amount: Cents


@dataclass(frozen=True)
class TaxSplit:
    """Taxes of a set of lines: the per-tax totals and each line's share."""

    net_total: Cents
    taxes: tuple[TaxAmount, ...]
    line_nets: tuple[Cents, ...]
    line_taxes: tuple[dict[str, Cents], ...]

    @property
    def tax_total(self) -> Cents:
        return sum(t.amount for t in self.taxes)


def split_taxes(line_amounts: Sequence[Cents], rates: Sequence[TaxRate]) -> TaxSplit:
    """Compute taxes for lines whose amounts are the prices charged (net or gross per rate).

    Included taxes are extracted from the amount; added taxes are computed on the net.
    """
    gross_total = sum(line_amounts)
    included = [r for r in rates if r.included]
    added = [r for r in rates if not r.included]

    amounts: dict[str, Cents] = {}
    if included:
        combined = sum((r.rate for r in included), Decimal(0))
        net_total = to_cents(Decimal(gross_total) / (1 + combined))
        left = gross_total - net_total
        for i, rate in enumerate(included):
            share = left if i == len(included) - 1 else to_cents(Decimal(net_total) * rate.rate)
            amounts[rate.code] = share
            left -= share
    else:
        net_total = gross_total
    for rate in added:
        amounts[rate.code] = to_cents(Decimal(net_total) * rate.rate)

    weights = [abs(a) for a in line_amounts]
    per_tax_lines = {
        code: allocate(amount, weights) if line_amounts else [] for code, amount in amounts.items()
    }
    line_taxes = tuple(
        {code: per_tax_lines[code][i] for code in amounts} for i in range(len(line_amounts))
    )
    # A line's net is its charged amount less its share of the included taxes, so that
    # net + taxes of every line is exactly what the line shows.
    included_codes = {r.code for r in included}
    line_nets = [
        amount - sum(v for c, v in shares.items() if c in included_codes)
        for amount, shares in zip(line_amounts, line_taxes, strict=True)
    ]
    return TaxSplit(
        net_total=net_total,
        taxes=tuple(TaxAmount(r.code, r.name, r.rate, amounts[r.code]) for r in rates),
        line_nets=tuple(line_nets),
        line_taxes=line_taxes,
    )
