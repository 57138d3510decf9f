"""Read models handed to the windows: plain frozen dataclasses, no ORM objects."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from guichet.domain.auth import Role
from guichet.domain.money import Cents


@dataclass(frozen=True)
class UserView:
    id: str
    name: str
    role: Role
    locked_until: datetime | None
    title_form: str = ""  # "feminine": « Caissière » (guichet.i18n.titles)


@dataclass(frozen=True)
class OccurrenceView:
    id: str
    event_id: str
    event_name: str
    activity_name: str
    venue_name: str
    starts_at: datetime
    ends_at: datetime
    capacity: int
    sold: int
    reserved: int = 0  # what capacity reserves still hold plus places held back
    seated: bool = False  # reserved seating: tickets are seats picked on the map
    activity_id: str = ""
    # À la carte (counted apart from session places)
    alacarte_places: int = 0
    alacarte_taken: int = 0
    alacarte_price: Cents | None = None
    alacarte_pass_only: bool = False
    # A counter paired with the server sells only what it is leased (escrow); None: no lease.
    allotment: int | None = None
    alacarte_allotment: int | None = None

    @property
    def remaining(self) -> int:
        """General availability: capacity - sold - what reserves still hold (and, on a paired
        counter, no more than its allotment)."""
        general = max(self.capacity - self.sold - self.reserved, 0)
        return general if self.allotment is None else min(general, self.allotment)

    @property
    def alacarte_remaining(self) -> int:
        free = max(self.alacarte_places - self.alacarte_taken, 0)
        return free if self.alacarte_allotment is None else min(free, self.alacarte_allotment)


@dataclass(frozen=True)
class CategoryPrice:
    category_id: str
    code: str
    name: str
    price: Cents
    position: int
    regular_price: Cents | None = None  # set when a price-list switch changed the price


@dataclass(frozen=True)
class ShiftView:
    id: str
    user_id: str
    user_name: str
    opened_at: datetime
    opening_float: Cents
    closed_at: datetime | None
    z_number: int | None


@dataclass(frozen=True)
class ReceiptView:
    id: str
    number: int
    kind: str
    order_id: str
    order_code: str
    created_at: datetime
    total: Cents  # sale total, or refunded total for a refund receipt


@dataclass(frozen=True)
class OrderLineView:
    id: str
    description: str
    category_name: str
    occurrence_label: str
    quantity: int
    refunded_quantity: int
    unit_price: Cents
    total: Cents

    @property
    def refundable(self) -> int:
        return self.quantity - self.refunded_quantity


@dataclass(frozen=True)
class OrderView:
    id: str
    code: str
    created_at: datetime
    total: Cents
    refunded_total: Cents
    status: str
    lines: tuple[OrderLineView, ...]


@dataclass(frozen=True)
class PrintJobView:
    id: str
    kind: str
    receipt_id: str | None
    shift_id: str | None
    status: str
    attempts: int
    last_error: str
    label: str


@dataclass(frozen=True)
class MethodTotal:
    method: str
    amount: Cents
    count: int


@dataclass(frozen=True)
class TaxTotal:
    code: str
    name: str
    amount: Cents


@dataclass(frozen=True)
class ShiftSummary:
    """What the Z report shows (and what the close dialog compares)."""

    shift: ShiftView
    terminal_name: str
    closed_by_name: str | None
    orders: int
    tickets: int
    gross_sales: Cents  # order totals, taxes included
    net_sales: Cents
    taxes: tuple[TaxTotal, ...]
    refunds_count: int
    refunds_total: Cents
    by_method: tuple[MethodTotal, ...]
    cash_taken: Cents
    expected_cash: Cents
    counted_cash: Cents | None
    counted_detail: dict[int, int]
    first_receipt: int | None
    last_receipt: int | None

    @property
    def over_short(self) -> Cents | None:
        if self.counted_cash is None:
            return None
        return self.counted_cash - self.expected_cash


@dataclass(frozen=True)
class CustomerView:
    id: str
    code: str
    name: str
    email: str
    phone: str
    newsletter: bool
    known: bool  # has ordered before


@dataclass(frozen=True)
class AppliedPromotion:
    promotion_id: str
    name: str
    code: str | None  # as displayed; None for an automatic promotion
    automatic: bool
    discount_total: Cents
