"""What a sale may sell and at what price: the rules a counter's sale is checked against, by
the counter that makes it and again by the server that applies it.

Pure functions: the handler (:func:`guichet.services.handlers.sell_order`) reads the rows, asks
these, and writes. A rule that the server may tolerate (a sale made offline while a tariff
changed: the money was taken) comes back as a :class:`Refusal` that the handler either raises
or notes as a conflict; one that nobody tolerates is :attr:`Refusal.tolerable` False.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from guichet.domain.cart import CartLine
from guichet.domain.commands import SaleLine, SalePayment
from guichet.domain.errors import DomainError
from guichet.domain.money import Cents
from guichet.domain.payments import check_recorded

#: A total above 1 M$ is a typing mistake.
MAX_ORDER_TOTAL: Cents = 1_000_000_00


@dataclass(frozen=True)
class Refusal:
    """Why a line cannot be sold as sent. ``tolerable``: the server may keep the sale with a
    conflict when it tolerates ``error.code`` (see ``HandlerContext.refuse``); otherwise the
    sale is refused whoever applies it."""

    error: DomainError
    tolerable: bool = True


def ticket_line_refusals(
    line: SaleLine,
    *,
    list_price: Cents | None,
    cancelled: bool,
    promotion_may_apply: bool,
) -> list[Refusal]:
    """What is wrong with a ticket line as the counter charged it, in the order it is told.

    ``list_price``: the date's regular price of the line's category, None when that list does
    not offer it (then only a price-list switch, a promotion, can sell it, at the new list's
    price with nothing struck through). ``promotion_may_apply``: the sale names a code or the
    organisation has an automatic promotion (whether it really applies is checked when the
    sale is re-priced with the promotions)."""
    refusals: list[Refusal] = []
    # Cancelled, or the category no longer offered, while a counter sold offline: the money
    # was taken. The server keeps the sale with a conflict; a counter itself refuses them.
    if cancelled:
        refusals.append(Refusal(DomainError("occurrence_cancelled", occurrence=line.occurrence_id)))
    if line.unit_price < 0:
        refusals.append(
            Refusal(
                DomainError("price_mismatch", expected=list_price, got=line.unit_price),
                tolerable=False,
            )
        )
        return refusals
    regular = line.regular_unit_price if line.regular_unit_price is not None else line.unit_price
    if list_price is None:
        if not promotion_may_apply:
            refusals.append(Refusal(DomainError("category_not_offered", category=line.category_id)))
        elif line.regular_unit_price is not None or line.discount:
            refusals.append(
                Refusal(DomainError("price_mismatch", expected=None, got=line.unit_price))
            )
    elif regular != list_price or (
        line.regular_unit_price is None and line.discount == 0 and line.unit_price != regular
    ):
        # A tariff changed while a counter sold offline: the money was taken at the old price.
        refusals.append(
            Refusal(DomainError("price_mismatch", expected=list_price, got=line.unit_price))
        )
    return refusals


def cart_line(line: SaleLine) -> CartLine:
    """A ticket line of the sale, as the pricing engine re-prices it."""
    return CartLine(
        occurrence_id=line.occurrence_id,
        category_id=line.category_id,
        quantity=line.quantity,
        unit_price=line.unit_price,
        regular_unit_price=line.regular_unit_price,
        discount=line.discount,
        seat_ids=tuple(line.seat_ids),  # their section is a promotion zone
    )


def places_requested(lines: Iterable[SaleLine]) -> dict[str, int]:
    """The admissions a sale's ticket lines take, per date (cards and places à la carte take
    theirs elsewhere)."""
    requested: dict[str, int] = {}
    for line in lines:
        if line.kind == "ticket":
            requested[line.occurrence_id] = requested.get(line.occurrence_id, 0) + line.quantity
    return requested


def places_on_general_sale(capacity: int, sold: int, reserved: int, held_back: int) -> int:
    """Capacity - sold - what reserves still hold - places held back (never negative)."""
    return max(capacity - sold - reserved - held_back, 0)


def check_total(
    total: Cents,
    *,
    expected_total: Cents | None,
    payments: Sequence[SalePayment],
    cash_rounding: Cents,
    cash_increment: Cents,
) -> None:
    """The re-priced total is one a sale may have, the counter showed the same, and the
    payments settle it (a free order, total 0, carries none)."""
    if total > MAX_ORDER_TOTAL:
        raise DomainError("amount_out_of_range", amount=total)
    if expected_total is not None and expected_total != total:
        raise DomainError("total_mismatch", expected=expected_total, computed=total)
    check_recorded(total, payments, cash_rounding, cash_increment)


def discount_without_promotion(lines: Sequence[CartLine]) -> DomainError | None:
    """A line struck through or discounted in a sale no promotion can reduce: a promotion
    ended (or was removed) while the counter sold offline."""
    for line in lines:
        if line.regular_unit_price is not None or line.discount:
            return DomainError(
                "price_mismatch", expected=line.regular_unit_price, got=line.unit_price
            )
    return None


def charged_otherwise(sent: Sequence[CartLine], expected: Sequence[CartLine]) -> bool:
    """Whether the counter charged a line otherwise than re-pricing gives."""
    return any(
        (a.unit_price, a.discount) != (b.unit_price, b.discount)
        for a, b in zip(sent, expected, strict=True)
    )


def first_difference(
    sent: Sequence[CartLine], expected: Sequence[CartLine]
) -> tuple[CartLine, CartLine]:
    """The first line charged otherwise (:func:`charged_otherwise` must be true)."""
    return next(
        (a, b)
        for a, b in zip(sent, expected, strict=True)
        if (a.unit_price, a.discount) != (b.unit_price, b.discount)
    )
