"""The cart at the counter and the pricing of an order.

A cart line is a quantity of one ticket category for one occurrence at a unit price. The cart
never holds more places than remain: :meth:`Cart.add` refuses and leaves the cart unchanged.
``regular_unit_price`` keeps the price before any promotion so that receipts can strike it
through (issue 3 plugs promotions in here).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime

from guichet.domain.errors import DomainError
from guichet.domain.money import Cents
from guichet.domain.taxes import TaxAmount, TaxRate, split_taxes

MAX_QUANTITY_PER_LINE = 500


@dataclass(frozen=True)
class CartLine:
    occurrence_id: str
    category_id: str
    quantity: int
    unit_price: Cents
    description: str = ""
    category_name: str = ""
    regular_unit_price: Cents | None = None  # set when a promotion changed the price
    discount: Cents = 0  # cents off the whole line (a cart-level amount spread over lines)
    seat_ids: tuple[str, ...] = ()  # reserved seating: the seats of these tickets
    # ticket | alacarte (a place à la carte) | card (a gift package or pass: one per line)
    kind: str = "ticket"
    card_type_id: str | None = None
    card_code: str | None = None  # normalised: new, or a shop card this sale activates
    card_member_id: str | None = None  # individual pass: the member who will hold it
    card_holder: str = ""

    @property
    def amount(self) -> Cents:
        """What the line charges."""
        return self.unit_price * self.quantity - self.discount

    @property
    def regular_amount(self) -> Cents:
        regular = (
            self.regular_unit_price if self.regular_unit_price is not None else self.unit_price
        )
        return regular * self.quantity

    @property
    def reduced(self) -> bool:
        """Whether to show the regular price struck through next to the charged one."""
        return self.amount != self.regular_amount

    @property
    def key(self) -> tuple[str, str, str, Cents, tuple[str, ...]]:
        return (self.kind, self.occurrence_id, self.category_id, self.unit_price, self.seat_ids)


@dataclass(frozen=True)
class PricedLine:
    line: CartLine
    net: Cents
    taxes: dict[str, Cents]
    total: Cents

    @property
    def tax_total(self) -> Cents:
        return sum(self.taxes.values())


@dataclass(frozen=True)
class PricedOrder:
    lines: tuple[PricedLine, ...]
    subtotal: Cents  # sum of the charged line amounts (gross when taxes are included)
    net_total: Cents
    taxes: tuple[TaxAmount, ...]
    total: Cents

    @property
    def tax_total(self) -> Cents:
        return sum(t.amount for t in self.taxes)

    @property
    def ticket_count(self) -> int:
        return sum(p.line.quantity for p in self.lines)


def price_lines(lines: Sequence[CartLine], rates: Sequence[TaxRate]) -> PricedOrder:
    for line in lines:
        validate_quantity(line.quantity)
        if line.unit_price < 0:
            raise DomainError("negative_price", price=line.unit_price)
        if not 0 <= line.discount <= line.unit_price * line.quantity:
            raise DomainError("negative_price", price=line.unit_price, discount=line.discount)
    split = split_taxes([line.amount for line in lines], rates)
    priced = tuple(
        PricedLine(
            line=line,
            net=net,
            taxes=taxes,
            total=net + sum(taxes.values()),
        )
        for line, net, taxes in zip(lines, split.line_nets, split.line_taxes, strict=True)
    )
    subtotal = sum(line.amount for line in lines)
    total = split.net_total + split.tax_total
    return PricedOrder(
        lines=priced,
        subtotal=subtotal,
        net_total=split.net_total,
        taxes=split.taxes,
        total=total,
    )


def validate_quantity(quantity: int) -> None:
    if quantity <= 0:
        raise DomainError("quantity_not_positive", quantity=quantity)
    if quantity > MAX_QUANTITY_PER_LINE:
        raise DomainError("quantity_too_large", quantity=quantity, maximum=MAX_QUANTITY_PER_LINE)


def ensure_places(remaining: int, requested: int) -> None:
    """Refuse a request for more places than remain (the message says how many do)."""
    if requested > remaining:
        raise DomainError("capacity_exceeded", remaining=max(remaining, 0), requested=requested)


@dataclass
class Cart:
    """What the cashier is building. Lines with the same occurrence, category and price merge."""

    lines: list[CartLine] = field(default_factory=list)
    # Regular prices live in ``lines``; a promotion is applied when the cart is priced.
    promo_code: str | None = None  # normalised text of the code typed or scanned
    customer_id: str | None = None
    cart_id: str = field(default_factory=lambda: str(uuid.uuid4()))  # for promotion holds
    # When the price was last confirmed just before money was taken (Counter.confirm_quote):
    # the sale is then priced as at that moment (docs/PROMOTIONS.md, "Quoted prices").
    quoted_at: datetime | None = None

    def places_for(self, occurrence_id: str, kind: str = "ticket") -> int:
        """Places of ``kind`` (session tickets, or à-la-carte places) this cart takes."""
        return sum(
            line.quantity
            for line in self.lines
            if line.occurrence_id == occurrence_id and line.kind == kind
        )

    @property
    def ticket_lines(self) -> list[CartLine]:
        """The lines promotions apply to (cards and à-la-carte places keep their price)."""
        return [line for line in self.lines if line.kind == "ticket"]

    def add(self, line: CartLine, remaining_places: int) -> None:
        """Add ``line``; ``remaining_places`` is what the occurrence has left before this cart
        (of the line's kind of places; ignored for a card)."""
        validate_quantity(line.quantity)
        if line.kind == "card":
            self.lines.append(line)
            return
        in_cart = self.places_for(line.occurrence_id, line.kind)
        ensure_places(remaining_places - in_cart, line.quantity)
        for i, existing in enumerate(self.lines):
            if existing.key == line.key and not line.seat_ids:
                merged = existing.quantity + line.quantity
                validate_quantity(merged)
                self.lines[i] = replace(existing, quantity=merged)
                return
        self.lines.append(line)

    def set_quantity(self, index: int, quantity: int, remaining_places: int) -> None:
        line = self.lines[index]
        if quantity == 0:
            self.remove(index)
            return
        if line.seat_ids:
            raise DomainError("seats_change_on_map")  # pick seats on the map instead
        if line.kind == "card":
            raise DomainError("card_quantity_one")  # each card has its own code
        validate_quantity(quantity)
        others = self.places_for(line.occurrence_id, line.kind) - line.quantity
        ensure_places(remaining_places - others, quantity)
        self.lines[index] = replace(line, quantity=quantity)

    def remove(self, index: int) -> CartLine:
        if not 0 <= index < len(self.lines):
            raise DomainError("no_such_line", index=index)
        return self.lines.pop(index)

    def clear(self) -> None:
        self.lines.clear()
        self.promo_code = None
        self.customer_id = None
        self.quoted_at = None
        self.cart_id = str(uuid.uuid4())

    def is_empty(self) -> bool:
        return not self.lines

    def price(self, rates: Sequence[TaxRate]) -> PricedOrder:
        return price_lines(self.lines, rates)

    def map_lines(self, fn: Callable[[CartLine], CartLine]) -> None:
        self.lines = [fn(line) for line in self.lines]
