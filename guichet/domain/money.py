"""Money is an ``int`` number of cents. Decimal appears only while computing a share.

The one rounding rule of Guichet: a computed amount is rounded to the cent half away from zero
(``ROUND_HALF_UP`` on the magnitude), once, in :func:`to_cents`. Where an amount must be split
(taxes over lines, a cart discount over lines, a refund of part of a line) the split uses
:func:`allocate` so the parts always add up exactly to the whole.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal

Cents = int


def to_cents(amount: Decimal) -> Cents:
    """Round a Decimal number of cents to a whole cent, half away from zero."""
    return int(amount.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def parse_amount(text: str) -> Cents:
    """Parse what a cashier types ("12", "12,5", "12.50", "1 234,50 $") into cents.

    Raises ValueError on anything that is not a non-negative amount with at most two decimals.
    """
    cleaned = (
        text.strip()
        .replace("$", "")
        .replace("\u00a0", "")
        .replace("\u202f", "")
        .replace(" ", "")
        .replace(",", ".")
    )
    if not cleaned or cleaned.count(".") > 1:
        raise ValueError(text)
    whole, _, frac = cleaned.partition(".")
    if (
        not (whole or frac)
        or not (whole.isdigit() or whole == "")
        or not (frac.isdigit() or frac == "")
    ):
        raise ValueError(text)
    if len(frac) > 2:
        raise ValueError(text)
    return int(whole or "0") * 100 + int((frac + "00")[:2])


def allocate(total: Cents, weights: Sequence[int]) -> list[Cents]:
    """Split ``total`` in proportion to ``weights`` so the parts add up exactly to ``total``.

    Largest-remainder method; ties go to the earliest weight, so the result is deterministic.
    Zero weights get zero unless every weight is zero (then the total goes to the first part).
    """
    if not weights:
        if total:
            raise ValueError("cannot allocate a non-zero amount over nothing")
        return []
    weight_sum = sum(weights)
    if weight_sum == 0:
        return [total] + [0] * (len(weights) - 1)
    sign = -1 if total < 0 else 1
    magnitude = abs(total)
    shares = [magnitude * w // weight_sum for w in weights]
    remainders = [(magnitude * w % weight_sum, -i) for i, w in enumerate(weights)]
    left = magnitude - sum(shares)
    for _, neg_index in sorted(remainders, reverse=True)[:left]:
        shares[-neg_index] += 1
    return [sign * s for s in shares]


def round_cash(amount: Cents, increment: Cents) -> Cents:
    """Round an amount due in cash to the smallest coin (Canada: 5 cents since 2013).

    1-2 cents round down and 3-4 round up (to the nearest increment, halves up).
    """
    if increment <= 1:
        return amount
    sign = -1 if amount < 0 else 1
    magnitude = abs(amount)
    lower = magnitude - magnitude % increment
    rounded = lower + increment if (magnitude - lower) * 2 >= increment else lower
    return sign * rounded
