"""Counting the cash drawer at the end of a shift."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from guichet.domain.errors import DomainError
from guichet.domain.money import Cents

# Canadian notes and coins in circulation, largest first (no penny since 2013).
CAD_DENOMINATIONS: tuple[Cents, ...] = (10000, 5000, 2000, 1000, 500, 200, 100, 25, 10, 5)


@dataclass(frozen=True)
class CashCount:
    counts: dict[Cents, int]

    @property
    def total(self) -> Cents:
        return sum(d * n for d, n in self.counts.items())


def count_cash(counts: Mapping[Cents, int], denominations: tuple[Cents, ...]) -> CashCount:
    clean: dict[Cents, int] = {}
    for denomination, number in counts.items():
        if denomination not in denominations:
            raise DomainError("unknown_denomination", denomination=denomination)
        if number < 0:
            raise DomainError("negative_count", denomination=denomination)
        if number > 100_000:
            raise DomainError("count_too_large", denomination=denomination)
        if number:
            clean[denomination] = number
    return CashCount(clean)


@dataclass(frozen=True)
class CashBalance:
    opening_float: Cents
    cash_in: Cents  # cash payments net of change, refunds negative
    counted: Cents

    @property
    def expected(self) -> Cents:
        return self.opening_float + self.cash_in

    @property
    def over_short(self) -> Cents:
        """Positive: more cash than expected (over); negative: short."""
        return self.counted - self.expected
