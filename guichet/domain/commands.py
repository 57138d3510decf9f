"""Commands: every write in Guichet is one of these small serialisable records.

A command is a frozen dataclass whose fields are JSON-friendly (str, int, bool, lists and
dicts of those). The envelope adds what the outbox and the server need: a uuid (the
idempotency key), the terminal, its sequence number and when it happened.
"""

from __future__ import annotations

import dataclasses
import functools
import math
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, ClassVar, TypeVar, get_args, get_origin, get_type_hints

from guichet.domain.errors import DomainError
from guichet.domain.limits import (
    NESTED_DEPTH,
    NESTED_TEXT,
    Text,
    check_int,
    check_text,
    text_limit,
    unfit,
)
from guichet.domain.numbering import Numbers

C = TypeVar("C", bound="Command")


@dataclass(frozen=True)
class Command:
    #: Its name in the outbox and on the wire (every command by name:
    #: :mod:`guichet.domain.payloads`).
    type_name: ClassVar[str] = ""

    def to_payload(self) -> dict[str, Any]:
        return _to_jsonable(self)  # type: ignore[no-any-return]

    @classmethod
    def from_payload(cls: type[C], payload: dict[str, Any]) -> C:
        return _from_jsonable(cls, payload)  # type: ignore[no-any-return]


@dataclass(frozen=True)
class Envelope:
    """What wraps a command in the outbox and on the wire."""

    command_id: str
    command_type: str
    terminal_id: str
    sequence: int
    occurred_at: datetime
    user_id: str | None
    payload: dict[str, Any]
    #: What the command consumed of the counter's receipt and Z numbers (None from a
    #: counter older than issue 21): the server's copy follows them, whatever its verdict.
    numbers: Numbers | None = None


def _to_jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list | tuple):
        if value and isinstance(value[0], str | int) and not isinstance(value[0], bool):
            return list(value)  # codes batches: thousands of plain strings
        return [_to_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _to_jsonable(v) for k, v in value.items()}
    return value


@functools.cache
def _hints(tp: type) -> dict[str, Any]:
    return get_type_hints(tp)


def _from_jsonable(tp: Any, value: Any) -> Any:
    return _converter(tp)(value)


@functools.cache
def _converter(tp: Any, limit: Text | None = None) -> Callable[[Any], Any]:
    """How a JSON value becomes a ``tp``, worked out once per type: the server parses every
    command a counter pushes, and reading the type hints again for each one was a tenth of
    its time. ``limit`` bounds the texts of a dataclass's field (guichet.domain.limits)."""
    limit = limit or _ANY_TEXT
    origin = get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        inner = _converter([a for a in get_args(tp) if a is not type(None)][0], limit)
        return lambda value: None if value is None else inner(value)
    if origin in (list, tuple):
        (item_tp, *_) = get_args(tp)
        make: Callable[[Any], Any] = tuple if origin is tuple else list
        if item_tp is str:  # codes batches: thousands of plain strings, checked at once
            return lambda value: make(_texts(value, limit))
        item = _converter(item_tp, limit)
        return lambda value: make([item(v) for v in _items(value)])
    if origin is dict:
        key_tp, val_tp = get_args(tp)
        converted = _converter(val_tp, limit)
        key = _converter(key_tp, limit) if key_tp is str else _int_key(limit)
        return lambda value: {key(k): converted(v) for k, v in _mapping(value).items()}
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        hints = _hints(tp)
        fields = [
            (f.name, _converter(hints[f.name], text_limit(tp.__name__, f.name)))
            for f in dataclasses.fields(tp)
        ]

        def build(value: Any) -> Any:
            value = _mapping(value)
            return tp(**{name: convert(value[name]) for name, convert in fields if name in value})

        return build
    if tp is str:
        return lambda value: check_text(_as_str(value), limit)
    if tp is int:
        return lambda value: _as_int(value, limit.words)
    if tp is Any or tp is object:
        return lambda value: _nested(value, limit, NESTED_DEPTH)
    return _SCALARS.get(tp, _as_is)


def _as_is(value: Any) -> Any:
    return value


# What a counter sends is checked here, once, by the table of guichet.domain.limits: a list
# where a name is expected or an integer past 64 bits make the command malformed; a text
# longer than its column, or holding a NUL, a control character or a lone surrogate (which
# PostgreSQL refuses, and which no one types), is refused in words. The counter parses what
# it records the same way: what the server would refuse is never recorded.
_ANY_TEXT = Text(None, NESTED_TEXT)


def _as_str(value: Any) -> str:
    if type(value) is not str:
        raise TypeError(f"text expected, not {type(value).__name__}")
    return value


def _as_int(value: Any, field: str = "") -> int:
    if type(value) is not int:
        raise TypeError(f"whole number expected, not {type(value).__name__}")
    return check_int(value, field)


def _int_key(limit: Text) -> Callable[[Any], int]:
    """A mapping's key that is a whole number (JSON keys are texts: "500" for 5,00 $)."""

    def key(value: Any) -> int:
        if type(value) is int:
            return check_int(value, limit.words)
        if type(value) is not str or not value.lstrip("-").isdigit() or len(value) > 20:
            raise ValueError("a whole number expected as a key")
        return check_int(int(value), limit.words)

    return key


def _as_bool(value: Any) -> bool:
    if type(value) is not bool:
        raise TypeError(f"true or false expected, not {type(value).__name__}")
    return value


_SCALARS: dict[Any, Callable[[Any], Any]] = {bool: _as_bool}


def _items(value: Any) -> list[Any]:
    if not isinstance(value, list | tuple):
        raise TypeError(f"list expected, not {type(value).__name__}")
    return list(value)


def _texts(value: Any, limit: Text) -> list[str]:
    texts = _items(value)
    if any(type(text) is not str for text in texts):
        raise TypeError("a list of texts expected")
    if texts and max(map(len, texts)) > limit.length:
        check_text(max(texts, key=len), limit)
    if unfit("".join(texts)):
        raise DomainError("text_invalid", field=limit.words)
    return texts


def _mapping(value: Any) -> dict[Any, Any]:
    if not isinstance(value, dict):
        raise TypeError(f"mapping expected, not {type(value).__name__}")
    return value


def _nested(value: Any, limit: Text, depth: int) -> Any:
    """A free-form JSON part of a command (a promotion, a date's changes): its texts and
    keys as any text, its numbers 64-bit or finite, and not nested past ``depth``."""
    if isinstance(value, str):
        return check_text(value, limit)
    if type(value) is bool or value is None:
        return value
    if type(value) is int:
        return check_int(value, limit.words)
    if type(value) is float:
        if not math.isfinite(value):
            raise ValueError("a number that is not finite")
        return value
    if depth <= 0:
        raise ValueError("nested too deep")
    if isinstance(value, list | tuple):
        return [_nested(v, limit, depth - 1) for v in value]
    if isinstance(value, dict):
        return {
            check_text(_as_str(k), limit): _nested(v, limit, depth - 1) for k, v in value.items()
        }
    raise TypeError(f"a JSON value expected, not {type(value).__name__}")


# --- shifts -------------------------------------------------------------------------------


@dataclass(frozen=True)
class OpenShift(Command):
    type_name: ClassVar[str] = "shift.open"
    shift_id: str
    opening_float: int


@dataclass(frozen=True)
class CloseShift(Command):
    type_name: ClassVar[str] = "shift.close"
    shift_id: str
    counted: dict[int, int]  # denomination in cents -> number of notes or coins
    note: str = ""


# --- sales --------------------------------------------------------------------------------


@dataclass(frozen=True)
class SaleLine:
    line_id: str
    occurrence_id: str
    category_id: str
    quantity: int
    unit_price: int
    regular_unit_price: int | None = None
    discount: int = 0  # cents off the whole line (cart-level promotion share)
    seat_ids: tuple[str, ...] = ()  # reserved seating: one seat per ticket
    # ticket | alacarte (a place à la carte at the occurrence's price; category_id "") |
    # card (a gift package or pass; occurrence_id and category_id "", quantity 1)
    kind: str = "ticket"
    card_id: str | None = None  # the card sold: new, or a shop card activated by this sale
    card_type_id: str | None = None
    card_code: str | None = None  # normalised; for a new card, chosen by the counter
    card_member_id: str | None = None  # individual pass: the member who holds it
    card_holder: str = ""


@dataclass(frozen=True)
class SalePayment:
    payment_id: str
    method: str
    amount: int
    tendered: int
    change: int = 0
    reference: str = ""


@dataclass(frozen=True)
class SellOrder(Command):
    """A paid sale. Prices are those the customer was charged at this counter."""

    type_name: ClassVar[str] = "order.sell"
    order_id: str
    order_code: str
    shift_id: str
    lines: tuple[SaleLine, ...]
    payments: tuple[SalePayment, ...]
    cash_rounding: int = 0
    expected_total: int | None = None
    promo_code: str | None = None  # normalised; the handler re-prices with it
    customer_id: str | None = None
    cart_id: str | None = None  # releases this cart's promotion hold
    # When the counter confirmed the price just before taking money (ISO, aware): a promotion
    # whose validity ended since is honoured as quoted (docs/PROMOTIONS.md, "Quoted prices").
    quoted_at: str | None = None
    # A supervisor's override (id and reason) for a date that has ended (docs/RESERVES.md).
    override_by: str | None = None
    override_reason: str = ""


@dataclass(frozen=True)
class RefundLine:
    order_line_id: str
    quantity: int


@dataclass(frozen=True)
class RefundOrder(Command):
    """Refund some or all lines of a paid order; approved by a supervisor."""

    type_name: ClassVar[str] = "order.refund"
    refund_id: str
    order_id: str
    shift_id: str
    supervisor_id: str
    lines: tuple[RefundLine, ...]
    method: str = "cash"
    reason: str = ""
    payment_ids: tuple[str, ...] = field(default_factory=tuple)


# --- promotions (back office) -------------------------------------------------------------


@dataclass(frozen=True)
class SavePromotion(Command):
    """Create or replace a promotion; ``promotion`` is :func:`promotion_to_json` of it."""

    type_name: ClassVar[str] = "promotion.save"
    promotion_id: str
    promotion: dict[str, Any]
    created: bool = False
    copied_from: str | None = None


@dataclass(frozen=True)
class SetPromotionEnabled(Command):
    type_name: ClassVar[str] = "promotion.set_enabled"
    promotion_id: str
    enabled: bool


@dataclass(frozen=True)
class DeletePromotion(Command):
    type_name: ClassVar[str] = "promotion.delete"
    promotion_id: str


@dataclass(frozen=True)
class AddPromoCodes(Command):
    """Custom code (one text) or a batch of random codes generated at the counter."""

    type_name: ClassVar[str] = "promo_code.add"
    promotion_id: str
    codes: tuple[str, ...]  # normalised texts; row ids derive from them (promo_code_id)
    kind: str  # custom | random
    max_uses: int | None = None


@dataclass(frozen=True)
class UpdatePromoCode(Command):
    type_name: ClassVar[str] = "promo_code.update"
    code_id: str
    enabled: bool
    max_uses: int | None = None


@dataclass(frozen=True)
class DeletePromoCode(Command):
    type_name: ClassVar[str] = "promo_code.delete"
    code_id: str


@dataclass(frozen=True)
class SetTags(Command):
    type_name: ClassVar[str] = "tags.set"
    kind: str  # event | category | price_list
    ids: tuple[str, ...]
    add: tuple[str, ...] = ()
    remove: tuple[str, ...] = ()


@dataclass(frozen=True)
class SaveCustomer(Command):
    type_name: ClassVar[str] = "customer.save"
    customer_id: str
    code: str
    name: str
    email: str = ""
    phone: str = ""
    newsletter: bool = False


@dataclass(frozen=True)
class SetTerminalProfile(Command):
    """Name the counter profile of the sending terminal (promotions may target profiles)."""

    type_name: ClassVar[str] = "terminal.set_profile"
    profile: str


# --- capacity reserves --------------------------------------------------------------------


@dataclass(frozen=True)
class SaveReserve(Command):
    type_name: ClassVar[str] = "reserve.save"
    reserve_id: str
    name: str
    kind: str  # with_access | without_access
    category_id: str | None = None
    access: str = "all_users"  # all_users | selected
    user_ids: tuple[str, ...] = ()
    created: bool = False


@dataclass(frozen=True)
class SetReserveQuantity(Command):
    type_name: ClassVar[str] = "reserve.set_quantity"
    occurrence_id: str
    reserve_id: str
    held: int


@dataclass(frozen=True)
class ReleaseReserve(Command):
    type_name: ClassVar[str] = "reserve.release"
    occurrence_id: str
    reserve_id: str


@dataclass(frozen=True)
class SetHeldBack(Command):
    type_name: ClassVar[str] = "occurrence.set_held_back"
    occurrence_id: str
    held_back: int


@dataclass(frozen=True)
class DrawFromReserve(Command):
    """Tickets drawn from a reserve for a named participant, free or at the reserve's tariff."""

    type_name: ClassVar[str] = "reserve.draw"
    order_id: str
    order_code: str
    line_id: str
    shift_id: str
    occurrence_id: str
    reserve_id: str
    quantity: int
    participant: dict[str, str]
    charged: bool = False
    payments: tuple[SalePayment, ...] = ()
    cash_rounding: int = 0
    # A supervisor's override (id and reason) for a date that has ended (docs/RESERVES.md).
    override_by: str | None = None
    override_reason: str = ""


@dataclass(frozen=True)
class CancelDraw(Command):
    """Cancel free drawn tickets: the places go back to their reserve."""

    type_name: ClassVar[str] = "reserve.cancel_draw"
    refund_id: str
    order_line_id: str
    quantity: int
    shift_id: str
    reason: str = ""


# --- reserved seating ---------------------------------------------------------------------


@dataclass(frozen=True)
class ImportSeatMap(Command):
    """A venue's seat map from CSV text (section,row,number,x,y,accessible)."""

    type_name: ClassVar[str] = "seatmap.import"
    seat_map_id: str
    venue_id: str
    name: str
    csv_text: str


@dataclass(frozen=True)
class SetEventSeatMap(Command):
    """An event sells seats on this map (None: back to general admission)."""

    type_name: ClassVar[str] = "event.set_seat_map"
    event_id: str
    seat_map_id: str | None


@dataclass(frozen=True)
class SeatsAction(Command):
    """Supervisor: hold, block or release seats of an occurrence, or assign them (free) to a
    named participant."""

    type_name: ClassVar[str] = "seats.action"
    occurrence_id: str
    action: str  # hold | block | release | assign
    seat_ids: tuple[str, ...]
    note: str = ""
    participant: str = ""
    category_id: str | None = None  # assign: the ticket type printed
    order_id: str | None = None
    order_code: str | None = None
    line_id: str | None = None
    shift_id: str | None = None


# --- gift packages, passes, à la carte (issue 4) ----------------------------------------


@dataclass(frozen=True)
class SaveCardType(Command):
    """Create or edit a gift package (forfait cadeau) or a pass type."""

    type_name: ClassVar[str] = "card_type.save"
    card_type_id: str
    kind: str  # package | pass
    name: str
    price: int
    uses: int | None
    description: str = ""
    starts_on: str | None = None  # ISO dates
    expires_on: str | None = None
    valid_days: int | None = None
    activity_ids: tuple[str, ...] = ()
    all_activities: bool = False
    exclusive: bool = False
    family: bool = False
    cancellable: bool = True
    published: bool = False
    shop_categories: tuple[str, ...] = ()
    active: bool = True
    created: bool = False


@dataclass(frozen=True)
class GenerateCards(Command):
    """A lot of cards for a shop (générer des cartes): inactive until sold at a counter,
    or activated now. Card ids are derived from the codes."""

    type_name: ClassVar[str] = "card.generate"
    batch_id: str
    card_type_id: str
    codes: tuple[str, ...]
    activated: bool = False
    # One card issued, activated, to a customer's account without a sale (a pass given to a
    # family, a complimentary card).
    customer_id: str | None = None


@dataclass(frozen=True)
class SetCardStatus(Command):
    """Block a card (lost, stolen) or unblock it; supervisors only."""

    type_name: ClassVar[str] = "card.set_status"
    card_id: str
    status: str  # blocked | active
    note: str = ""


@dataclass(frozen=True)
class BookingRequest:
    booking_id: str
    member_id: str | None
    name: str


@dataclass(frozen=True)
class BookWithCard(Command):
    type_name: ClassVar[str] = "booking.book"
    card_id: str
    occurrence_id: str
    bookings: tuple[BookingRequest, ...]


@dataclass(frozen=True)
class CancelBooking(Command):
    type_name: ClassVar[str] = "booking.cancel"
    booking_id: str


@dataclass(frozen=True)
class MarkBookingUsed(Command):
    """The holder came: the booking no longer blocks an exclusive card."""

    type_name: ClassVar[str] = "booking.used"
    booking_id: str


@dataclass(frozen=True)
class SetAlacarte(Command):
    type_name: ClassVar[str] = "occurrence.set_alacarte"
    occurrence_id: str
    places: int
    price: int | None = None
    pass_only: bool = False
    opens_minutes: int | None = None
    closes_minutes: int | None = None
    cancel_minutes: int | None = None


@dataclass(frozen=True)
class ConvertPlaces(Command):
    """Turn unsold session places into à-la-carte places (taken from the session count)."""

    type_name: ClassVar[str] = "occurrence.convert_places"
    occurrence_id: str
    count: int


@dataclass(frozen=True)
class SaveMember(Command):
    type_name: ClassVar[str] = "customer.save_member"
    member_id: str
    customer_id: str
    name: str
    birth_date: str | None = None  # ISO date
    active: bool = True


# --- tickets and the door (issue 17) -------------------------------------------------------


@dataclass(frozen=True)
class CheckInTicket(Command):
    """A scan at a door, as the door judged it: an entry (``admitted``) or a refused attempt.
    Recorded whatever the verdict; the server never refuses an entry after the fact (the
    person is inside) and records a double entry as a conflict instead."""

    type_name: ClassVar[str] = "ticket.check_in"
    check_in_id: str
    code: str  # as read, normalised ("" when unreadable)
    verdict: str  # domain.tickets.Verdict
    admitted: bool
    ticket_id: str | None = None
    list_id: str | None = None


@dataclass(frozen=True)
class SaveCheckInList(Command):
    """Create or edit what a door admits (supervisors and owners)."""

    type_name: ClassVar[str] = "check_in_list.save"
    list_id: str
    name: str
    event_ids: tuple[str, ...] = ()
    category_ids: tuple[str, ...] = ()
    minutes_before: int | None = None
    active: bool = True


@dataclass(frozen=True)
class ExchangeTickets(Command):
    """Admissions of a paid order moved to another date of the same event, same category and
    same price: the old tickets are voided (``exchanged``), new ones are issued for the new
    date, and no money moves (docs/TICKETS.md, "Exchanges"). ``exchange_id`` is a random
    uuid4 drawn by the counter: the new codes derive from it, so the server replaying the
    command issues the same ones. ``seat_ids``: for a seated show, the seats chosen on the
    new date, one per ticket in the order of ``ticket_ids`` (empty for general admission)."""

    type_name: ClassVar[str] = "ticket.exchange"
    exchange_id: str
    ticket_ids: tuple[str, ...]
    new_occurrence_id: str
    reason: str = ""
    seat_ids: tuple[str, ...] = ()
    # A supervisor's override (id and reason) when a ticket's date has ended.
    override_by: str | None = None
    override_reason: str = ""


# --- central server (issue 6) ---------------------------------------------------------------


@dataclass(frozen=True)
class ResolveConflict(Command):
    """A supervisor settles a conflict found at sync: accept it, cancel the bookings, block
    the card, or record that the order is to be refunded."""

    type_name: ClassVar[str] = "conflict.resolve"
    conflict_id: str
    resolution: str  # accept | cancel_booking | block_card | refund
    note: str = ""
