"""Command handlers. Each runs inside the bus's transaction; none imports Qt.

The same functions run on the counter (standalone or before push) and on the central server.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from functools import cache
from typing import Any, Protocol, TypeVar

from sqlalchemy import Select, bindparam, func, select
from sqlalchemy.orm import Session

from guichet.domain import codes, overrides, refunds, sales
from guichet.domain.auth import Role
from guichet.domain.cart import CartLine, PricedOrder, price_lines
from guichet.domain.cash import CAD_DENOMINATIONS, count_cash
from guichet.domain.commands import CloseShift, OpenShift, RefundOrder, SalePayment, SellOrder
from guichet.domain.errors import DomainError
from guichet.domain.escrow import PLACES, PROMOTION, RESERVE, allotment_id
from guichet.domain.money import Cents
from guichet.domain.payments import PaymentMethod, check_recorded
from guichet.domain.promotions import PromotionCatalogue
from guichet.domain.taxes import TaxRate
from guichet.domain.tickets import TicketStatus
from guichet.models.base import new_id
from guichet.models.tables import (
    Allotment,
    Customer,
    Event,
    Occurrence,
    Order,
    OrderLine,
    OrderTax,
    Organisation,
    Payment,
    Price,
    Receipt,
    Refund,
    RefundLineRow,
    ReserveChangeRow,
    ReserveQuantityRow,
    Shift,
    Tax,
    Terminal,
    Ticket,
    TicketCategory,
    User,
)
from guichet.models.tables import (
    PromoCode as PromoCodeRow,
)
from guichet.models.tables import (
    Promotion as PromotionRow,
)
from guichet.models.tables import ReserveQuantityRow as Held
from guichet.services import escrow, handlers_cards, pricing
from guichet.services.authority import approver_role
from guichet.services.backoffice_rules import record
from guichet.services.context import HandlerContext, lock_all, locked, memo, memo_by_id
from guichet.services.handlers_cards import refund_extra_line
from guichet.services.handlers_exchange import free_seats_where_they_stand, places_by_date
from guichet.services.handlers_seating import sell_seats
from guichet.services.places import general_available, reserved_places
from guichet.services.pricing import HOLD_MINUTES, automatic_exists
from guichet.services.rows import insert_rows
from guichet.services.tickets import order_ticket_rows, void_line_tickets

MAX_FLOAT: Cents = 1_000_000_00  # a float above 1 M$ is a typing mistake
MAX_ORDER_TOTAL: Cents = sales.MAX_ORDER_TOTAL


@dataclass(frozen=True)
class ShiftOpened:
    shift_id: str


@dataclass(frozen=True)
class ShiftClosed:
    shift_id: str
    z_number: int
    expected_cash: Cents
    counted_cash: Cents
    over_short: Cents


@dataclass(frozen=True)
class SaleRecorded:
    order_id: str
    order_code: str
    receipt_id: str
    receipt_number: int
    total: Cents
    change: Cents
    #: The sale's tickets in print order (line, then rank): its print jobs need not read them.
    ticket_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class RefundRecorded:
    refund_id: str
    receipt_id: str
    receipt_number: int
    total: Cents
    cash_out: Cents


#: An organisation's taxes in order (built once, not at every sale).
_TAXES_READ = (
    select(Tax).where(Tax.organisation_id == bindparam("organisation")).order_by(Tax.position)
)


def organisation_tax_rates(
    session: object, organisation_id: str, lang: str = "fr"
) -> list[TaxRate]:
    from sqlalchemy.orm import Session

    assert isinstance(session, Session)

    def read() -> list[TaxRate]:
        taxes = session.scalars(_TAXES_READ, {"organisation": organisation_id}).all()
        return [
            TaxRate(
                code=t.code,
                name=t.name_fr if lang == "fr" else t.name_en,
                rate=Decimal(t.rate),
                included=t.included,
            )
            for t in taxes
        ]

    return list(memo(session, _taxes_key(organisation_id, lang), read))


def _taxes_key(organisation_id: str, lang: str) -> tuple[str, ...]:
    """The memo of an organisation's tax rates (read by sales, seeded by a batch's reads)."""
    return ("taxes", organisation_id, lang)


def _open_shift_of(ctx: HandlerContext, shift_id: str) -> Shift:
    shift = ctx.session.get(Shift, shift_id)
    if shift is None or shift.terminal_id != ctx.terminal.id:
        raise DomainError("unknown_shift", shift=shift_id)
    if shift.closed_at is not None:
        raise DomainError("shift_closed", shift=shift_id)
    return shift


def _next_receipt_number(ctx: HandlerContext) -> int:
    number = ctx.terminal.next_receipt_number
    ctx.terminal.next_receipt_number = number + 1
    return number


# --- shifts -------------------------------------------------------------------------------


def open_shift(ctx: HandlerContext, cmd: OpenShift) -> ShiftOpened:
    if ctx.user is None:
        raise DomainError("forbidden", role="none")
    if not 0 <= cmd.opening_float <= MAX_FLOAT:
        raise DomainError("amount_out_of_range", amount=cmd.opening_float)
    already = ctx.session.scalar(
        select(Shift.id).where(Shift.terminal_id == ctx.terminal.id, Shift.closed_at.is_(None))
    )
    if already is not None:
        raise DomainError("shift_already_open", shift=already)
    ctx.session.add(
        Shift(
            id=cmd.shift_id,
            terminal_id=ctx.terminal.id,
            user_id=ctx.user.id,
            opened_at=ctx.now,
            opening_float=cmd.opening_float,
        )
    )
    return ShiftOpened(cmd.shift_id)


def cash_taken(session: object, shift_id: str) -> Cents:
    from sqlalchemy.orm import Session

    assert isinstance(session, Session)
    total = session.scalar(
        select(func.coalesce(func.sum(Payment.amount), 0)).where(
            Payment.shift_id == shift_id, Payment.method == PaymentMethod.CASH.value
        )
    )
    return int(total or 0)


def close_shift(ctx: HandlerContext, cmd: CloseShift) -> ShiftClosed:
    shift = _open_shift_of(ctx, cmd.shift_id)
    if ctx.user is None or (ctx.user.id != shift.user_id and not ctx.role.can_supervise):
        raise DomainError("forbidden", role=str(ctx.role) if ctx.user else "none")
    count = count_cash({int(k): v for k, v in cmd.counted.items()}, CAD_DENOMINATIONS)
    expected = shift.opening_float + cash_taken(ctx.session, shift.id)
    z_number = ctx.terminal.next_z_number
    ctx.terminal.next_z_number = z_number + 1
    shift.closed_at = ctx.now
    shift.closed_by_id = ctx.user.id
    shift.counted_cash = count.total
    shift.counted_detail = {str(k): v for k, v in count.counts.items()}
    shift.expected_cash = expected
    shift.z_number = z_number
    shift.note = cmd.note
    return ShiftClosed(shift.id, z_number, expected, count.total, count.total - expected)


# --- sales --------------------------------------------------------------------------------


class _Paid(Protocol):
    @property
    def payments(self) -> Sequence[SalePayment]: ...
    @property
    def cash_rounding(self) -> int: ...


def _validate_payments(cmd: _Paid, total: Cents, increment: Cents) -> None:
    """The command's payments settle ``total``; a free order (total 0) carries none."""
    check_recorded(total, cmd.payments, cmd.cash_rounding, increment)


def _refuse_all(ctx: HandlerContext, refusals: Sequence[sales.Refusal]) -> None:
    """Each refusal in turn: raised, or noted as a conflict when the server tolerates it."""
    for refusal in refusals:
        if not refusal.tolerable:
            raise refusal.error
        ctx.refuse(refusal.error)


def _plain_sale(ctx: HandlerContext, cmd: SellOrder) -> bool:
    """Whether a sale, in the server's batch, reads only rows that the sales before it in the
    batch leave alone or that it finds in memory: a paired counter's tickets without seats,
    code, customer or promotion. Its places come from its own allotment (locked once for the
    batch, changed in memory); what seats, codes, customers, cards and promotions would read
    (seats sold, orders of a customer, uses counted) the earlier sales may have changed, so
    those sales have the batch's rows written first."""
    return (
        ctx.terminal.escrowed
        and not cmd.promo_code
        and cmd.customer_id is None
        and all(line.kind == "ticket" and not line.seat_ids for line in cmd.lines)
        and not pricing.automatic_exists(ctx.session, ctx.terminal.organisation_id)
    )


#: Memos of the values a batch of sales reads, per occurrence and per (price list, category).
_RESERVED_PLACES = "reserved places"
_LEASED_PLACES = "leased places"
_LIST_PRICES = "list prices"
#: An occurrence a sale sells, with its event's name, price list and seat map.
_Sold = tuple[Occurrence, str, str, str | None]


@cache
def _sold_query() -> Select[Occurrence, str, str, str | None]:
    """Occurrences with their event's name, price list and seat map (built once)."""
    price_list = func.coalesce(Occurrence.price_list_id, Event.price_list_id)
    return select(Occurrence, Event.name, price_list, Event.seat_map_id).join(
        Event, Occurrence.event_id == Event.id
    )


def _occurrences_sold(
    session: Session, terminal: Terminal, occurrence_ids: Sequence[str]
) -> list[_Sold]:
    """The occurrences a sale sells, with their event's name, price list and seat map.

    Locked (in id order, so concurrent sales never deadlock) unless the terminal is paired: a
    paired counter sells from its own allotment and only adds to the occurrence's count at
    the end (as :func:`escrow.lock_unless_escrowed`). Then they are only read, and a session
    applying a batch keeps them for its next sales (forgotten when it writes one)."""
    # A date may sell at its own price list instead of its event's (the back office's bulk
    # edit of dates).
    query = _sold_query()
    if not terminal.escrowed and session.get_bind().dialect.name == "sqlite":
        return _occurrences_sold_here(session, query, occurrence_ids)
    if not terminal.escrowed:
        return [
            (occurrence, name, price_list_id, seat_map_id)
            for occurrence, name, price_list_id, seat_map_id in session.execute(
                query.where(Occurrence.id.in_(occurrence_ids))
                .order_by(Occurrence.id)
                .with_for_update(of=Occurrence)
            )
        ]

    def read(ids: list[str]) -> dict[str, _Sold]:
        # With what reserves hold of each (see _reserved_now): one statement for both.
        reserved = (
            select(func.coalesce(func.sum(Held.held - Held.drawn), 0))
            .where(Held.occurrence_id == Occurrence.id)
            .scalar_subquery()
        )
        found: dict[str, _Sold] = {}
        holds: dict[str, int] = {}
        for occurrence, name, price_list_id, seat_map_id, held in session.execute(
            query.add_columns(reserved).where(Occurrence.id.in_(ids))
        ):
            found[occurrence.id] = (occurrence, name, price_list_id, seat_map_id)
            holds[occurrence.id] = int(held)
        memo_by_id(session, _RESERVED_PLACES, list(holds), lambda missing: holds)
        return found

    known = memo_by_id(session, "occurrences sold", occurrence_ids, read)
    return [known[i] for i in occurrence_ids if i in known]


def _occurrences_sold_here(
    session: Session,
    query: Select[Occurrence, str, str, str | None],
    occurrence_ids: Sequence[str],
) -> list[_Sold]:
    """:func:`_occurrences_sold` on a counter's own SQLite file, unpaired: with what reserves
    and paired counters hold of each, in the same statement. The sale's transaction holds
    the whole database (BEGIN IMMEDIATE), so nothing changes them before the sale reads them
    (:func:`_reserved_now`, :func:`_leased_now`), unless the sale itself writes them (then
    the memos are forgotten and they are read again)."""
    found: list[_Sold] = []
    holds: dict[str, int] = {}
    leases: dict[str, int] = {}
    for occurrence, name, price_list_id, seat_map_id, held, lent in session.execute(
        _sold_here_statement(query), {"ids": list(occurrence_ids)}
    ):
        found.append((occurrence, name, price_list_id, seat_map_id))
        holds[occurrence.id] = int(held)
        leases[occurrence.id] = int(lent)
    # For this sale only: its readers take them out (_held_read_with).
    kept_holds: dict[str, int] = memo(session, (_RESERVED_PLACES,), dict)
    kept_holds.update(holds)
    kept_leases: dict[str, int] = memo(session, (_LEASED_PLACES,), dict)
    kept_leases.update(leases)
    return found


@cache
def _sold_here_statement(query: Select[Occurrence, str, str, str | None]) -> Any:
    """:func:`_occurrences_sold_here`'s statement, built once (not at every sale)."""
    reserved = (
        select(func.coalesce(func.sum(Held.held - Held.drawn), 0))
        .where(Held.occurrence_id == Occurrence.id)
        .scalar_subquery()
    )
    leased = (
        select(func.coalesce(func.sum(Allotment.granted - Allotment.used), 0))
        .where(Allotment.occurrence_id == Occurrence.id, Allotment.kind == PLACES)
        .scalar_subquery()
    )
    return (
        query.add_columns(reserved, leased)
        .where(Occurrence.id.in_(bindparam("ids", expanding=True)))
        .order_by(Occurrence.id)
    )


def _held_read_with(
    session: Session, name: str, occurrence_ids: Sequence[str]
) -> dict[str, int] | None:
    """What :func:`_occurrences_sold_here` read of each occurrence under ``name``, taken out
    of the session's memos (a later command reads it again); None when some is missing (a
    write since made the session forget)."""
    known: dict[str, int] | None = session.info.get("memo", {}).get((name,))
    if known is None or any(i not in known for i in occurrence_ids):
        return None
    return {i: known.pop(i) for i in occurrence_ids}


def _leased_now(
    session: Session, terminal: Terminal, occurrence_ids: Sequence[str]
) -> dict[str, int] | None:
    """What paired counters hold of each occurrence, when :func:`_occurrences_sold_here`
    read it with the occurrences (and no write made it forget); None otherwise (the places
    desk reads it itself)."""
    if terminal.escrowed:
        return None
    return _held_read_with(session, _LEASED_PLACES, occurrence_ids)


def _reserved_now(
    session: Session, terminal: Terminal, occurrence_ids: Sequence[str]
) -> dict[str, int]:
    """:func:`reserved_places`, kept by a session applying a paired counter's batch for its
    next sales (forgotten when it writes a reserve's quantities), or read with the
    occurrences on a counter's own file (:func:`_occurrences_sold_here`)."""
    if not terminal.escrowed:
        held = _held_read_with(session, _RESERVED_PLACES, occurrence_ids)
        if held is not None:
            return {i: count for i, count in held.items() if count}
        return reserved_places(session, occurrence_ids)

    def read(ids: list[str]) -> dict[str, int]:
        found = reserved_places(session, ids)
        return {i: found.get(i, 0) for i in ids}  # none held is known too

    known = memo_by_id(session, _RESERVED_PLACES, occurrence_ids, read)
    return {i: known[i] for i in occurrence_ids if known[i]}


#: The list prices of price lists and categories (built once, not at every sale).
_LIST_PRICES_READ = (
    select(Price.price_list_id, Price.category_id, Price.amount)
    .join(TicketCategory, TicketCategory.id == Price.category_id)
    .where(
        Price.price_list_id.in_(bindparam("lists", expanding=True)),
        Price.category_id.in_(bindparam("categories", expanding=True)),
        TicketCategory.active.is_(True),
    )
)


def _list_prices(session: Session, pairs: set[tuple[str, str]]) -> dict[tuple[str, str], int]:
    """The list price of each (price list, category) asked for that has one, read once per
    session (forgotten when it writes a price). A withdrawn category has none: it is no
    longer offered."""

    def read(missing: list[tuple[str, str]]) -> dict[tuple[str, str], int | None]:
        found: dict[tuple[str, str], int | None] = dict.fromkeys(missing)
        lists = {pl for pl, _ in missing}
        categories = {category for _, category in missing}
        for price_list_id, category_id, amount in session.execute(
            _LIST_PRICES_READ, {"lists": sorted(lists), "categories": sorted(categories)}
        ):
            found[(price_list_id, category_id)] = amount
        return found

    known = memo_by_id(session, _LIST_PRICES, sorted(pairs), read)
    return {pair: amount for pair in pairs if (amount := known.get(pair)) is not None}


def _prefetch_sales(session: Session, terminal: Terminal, commands: list[SellOrder]) -> None:
    """A server's batch of a paired counter's sales: its occurrences with the places
    reserves hold, what its sales read besides (:func:`_reference_data`) and the counter's
    allotments of them (locked), before its first sale."""
    if not terminal.escrowed:
        return
    ids = sorted(
        {line.occurrence_id for cmd in commands for line in cmd.lines if line.kind == "ticket"}
    )
    if not ids:
        return
    sold = _occurrences_sold(session, terminal, ids)  # and what reserves hold of them
    _reference_data(
        session,
        terminal.organisation_id,
        {
            (price_list_id, line.category_id)
            for _, _, price_list_id, _ in sold
            for cmd in commands
            for line in cmd.lines
        },
        {cmd.shift_id for cmd in commands},
    )
    lock_all(session, Allotment, {allotment_id(terminal.id, PLACES, i, None) for i in ids})


def _reference_data(
    session: Session,
    organisation_id: str,
    pairs: set[tuple[str, str]],
    shift_ids: set[str],
) -> None:
    """What every sale of a batch reads besides its occurrences: the list prices of the
    batch's (price list, category) pairs, the organisation's taxes and whether it has an
    automatic promotion in one statement, then the shifts the sales are in. Each lands where
    the handlers look for it (the session's memos, and its identity map for the shifts).
    PostgreSQL only: a server on SQLite reads them as the handlers ask, its reads crossing
    no network."""
    from sqlalchemy import bindparam, text

    if session.get_bind().dialect.name != "postgresql":
        return
    lists = sorted({pl for pl, _ in pairs})
    categories = sorted({category for _, category in pairs})
    row = session.execute(
        text(
            "SELECT"
            " (SELECT json_agg(json_build_array(price_list_id, category_id, amount))"
            "  FROM price WHERE price_list_id IN :lists AND category_id IN :categories"
            "  AND category_id IN (SELECT id FROM ticket_category WHERE active)),"
            " (SELECT json_agg(json_build_array(code, name_fr, name_en, rate::text, included)"
            "  ORDER BY position) FROM tax WHERE organisation_id = :org),"
            " EXISTS (SELECT 1 FROM promotion WHERE organisation_id = :org"
            "  AND automatic AND enabled)"
        ).bindparams(bindparam("lists", expanding=True), bindparam("categories", expanding=True)),
        {"lists": lists or [""], "categories": categories or [""], "org": organisation_id},
    ).one()
    prices, taxes, automatic = row
    listed: dict[tuple[str, str], int | None] = dict.fromkeys(pairs)
    for price_list_id, category_id, amount in prices or ():
        listed[(price_list_id, category_id)] = int(amount)
    memo_by_id(session, _LIST_PRICES, sorted(pairs), lambda missing: listed)
    for lang in ("fr", "en"):
        memo(
            session,
            _taxes_key(organisation_id, lang),
            lambda lang=lang: [  # type: ignore[misc]
                TaxRate(code, fr if lang == "fr" else en, Decimal(rate), bool(included))
                for code, fr, en, rate, included in taxes or ()
            ],
        )
    memo(session, pricing.automatic_key(organisation_id), lambda: bool(automatic))
    if shift_ids:
        session.scalars(select(Shift).where(Shift.id.in_(sorted(shift_ids)))).all()


def sell_order(ctx: HandlerContext, cmd: SellOrder) -> SaleRecorded:
    ctx.require_role(Role.CASHIER, Role.SUPERVISOR, Role.OWNER)
    shift = _open_shift_of(ctx, cmd.shift_id)
    if not cmd.lines:
        raise DomainError("cart_empty")
    org = ctx.session.get(Organisation, ctx.terminal.organisation_id)
    assert org is not None

    # Lock the occurrences first, in a stable order, so concurrent sales (server, PostgreSQL)
    # serialise on the places they share and never deadlock.
    occurrence_ids = sorted({line.occurrence_id for line in cmd.lines if line.kind != "card"})
    rows = _occurrences_sold(ctx.session, ctx.terminal, occurrence_ids)
    occurrences = {occ.id: occ for occ, _, _, _ in rows}
    event_of = {occ.id: (name, price_list_id) for occ, name, price_list_id, _ in rows}
    seat_map_of = {occ.id: seat_map_id for occ, _, _, seat_map_id in rows}
    list_prices = _list_prices(
        ctx.session,
        {
            (event_of[line.occurrence_id][1], line.category_id)
            for line in cmd.lines
            if line.occurrence_id in event_of
        },
    )
    cart_lines: list[CartLine] = []
    descriptions: list[str] = []
    # A date that has ended sells nothing (tickets or places à la carte) without a
    # supervisor's override, whatever the window showed.
    ensure_dates_open(
        ctx,
        list(occurrences.values()),
        order_id=cmd.order_id,
        override_by=cmd.override_by,
        override_reason=cmd.override_reason,
    )
    for line in cmd.lines:
        if line.kind != "ticket":
            extra, description = handlers_cards.price_extra_line(ctx, cmd, line, occurrences)
            cart_lines.append(extra)
            descriptions.append(description)
            continue
        occurrence = occurrences.get(line.occurrence_id)
        if occurrence is None:
            raise DomainError("unknown_occurrence", occurrence=line.occurrence_id)
        event_name, price_list_id = event_of[occurrence.id]
        list_price = list_prices.get((price_list_id, line.category_id))
        # What may be sold at what price (guichet.domain.sales): a counter refuses what is
        # wrong; the server keeps a sale made offline as charged, with a conflict.
        _refuse_all(
            ctx,
            sales.ticket_line_refusals(
                line,
                list_price=list_price,
                cancelled=occurrence.cancelled,
                promotion_may_apply=list_price is not None
                or bool(cmd.promo_code)
                or automatic_exists(ctx.session, org.id),
            ),
        )
        cart_lines.append(sales.cart_line(line))
        descriptions.append(event_name)
    reserved = _reserved_now(ctx.session, ctx.terminal, occurrence_ids)
    leased = _leased_now(ctx.session, ctx.terminal, occurrence_ids)
    for occurrence_id, quantity in sales.places_requested(cmd.lines).items():
        occurrence = occurrences[occurrence_id]
        # General availability: what reserves still hold (and places held back) is not sold,
        # nor what paired counters hold; a paired counter sells from its own allotment.
        general = general_available(occurrence, reserved.get(occurrence_id, 0))
        escrow.sell_places(
            ctx,
            occurrence,
            "places",
            quantity,
            general,
            leased=leased[occurrence_id] if leased is not None else None,
        )

    promotion_applied = _check_promotion(
        ctx, cmd, [line for line in cart_lines if line.kind == "ticket"]
    )
    priced = price_lines(cart_lines, organisation_tax_rates(ctx.session, org.id))
    sales.check_total(
        priced.total,
        expected_total=cmd.expected_total,
        payments=cmd.payments,
        cash_rounding=cmd.cash_rounding,
        cash_increment=org.cash_increment,
    )

    written = write_order(
        ctx,
        organisation_id=org.id,
        shift_id=shift.id,
        order_id=cmd.order_id,
        order_code=cmd.order_code,
        lines=[
            OrderLineInput(
                line.line_id,
                line.occurrence_id,
                line.category_id,
                line.quantity,
                line.unit_price,
                line.regular_unit_price,
                line.discount,
                description,
                seat_ids=tuple(line.seat_ids),
                kind=line.kind,
                card_id=(
                    line.card_id
                    or handlers_cards.card_id_for(org.id, codes.validate(line.card_code or ""))
                    if line.kind == "card"
                    else None
                ),
            )
            for line, description in zip(cmd.lines, descriptions, strict=True)
        ],
        priced=priced,
        payments=cmd.payments,
        cash_rounding=cmd.cash_rounding,
        customer_id=cmd.customer_id,
        promotion_id=promotion_applied.promotion_id if promotion_applied else None,
        promo_code_id=promotion_applied.code_id if promotion_applied else None,
    )
    handlers_cards.record_extra_lines(ctx, cmd, occurrences)
    for line in cmd.lines:
        if line.kind != "ticket":
            continue
        sell_seats(
            ctx,
            occurrences[line.occurrence_id],
            seat_map_of[line.occurrence_id],
            line.line_id,
            line.quantity,
            line.seat_ids,
            cmd.cart_id,
        )
    return SaleRecorded(
        order_id=written.order_id,
        order_code=written.order_code,
        receipt_id=written.receipt_id,
        receipt_number=written.receipt_number,
        total=priced.total,
        change=sum(p.change for p in cmd.payments),
        ticket_ids=written.ticket_ids,
    )


@dataclass(frozen=True)
class OrderLineInput:
    line_id: str
    occurrence_id: str
    category_id: str
    quantity: int
    unit_price: Cents
    regular_unit_price: Cents | None
    discount: Cents
    description: str
    reserve_id: str | None = None
    seat_ids: tuple[str, ...] = ()
    kind: str = "ticket"
    card_id: str | None = None


@dataclass(frozen=True)
class OrderWritten:
    order_id: str
    order_code: str
    receipt_id: str
    receipt_number: int
    ticket_ids: tuple[str, ...] = ()


def write_order(
    ctx: HandlerContext,
    *,
    organisation_id: str,
    shift_id: str,
    order_id: str,
    order_code: str,
    lines: list[OrderLineInput],
    priced: PricedOrder,
    payments: Sequence[SalePayment],
    cash_rounding: Cents,
    customer_id: str | None = None,
    promotion_id: str | None = None,
    promo_code_id: str | None = None,
    participant: dict[str, str] | None = None,
) -> OrderWritten:
    """Record a paid (or free) order: lines, taxes, payments and its receipt number. The rows
    are plain values (:mod:`guichet.services.rows`): nothing changes them again in the
    command, and the server writes a batch's sales together."""
    number = _next_receipt_number(ctx)
    receipt_id = new_id()
    # One ticket per admission, its code derived from the order's (docs/TICKETS.md).
    tickets = order_ticket_rows(
        organisation_id=organisation_id,
        order_id=order_id,
        order_code=order_code,
        lines=lines,
        participant=participant,
        now=ctx.now,
    )
    # One call for the order's five tables: written together (one statement on PostgreSQL).
    # A repeated code (astronomically unlikely) fails on the unique index.
    insert_rows(
        ctx.session,
        {
            Order: [
                {
                    "id": order_id,
                    "code": order_code,
                    "organisation_id": organisation_id,
                    "terminal_id": ctx.terminal.id,
                    "shift_id": shift_id,
                    "user_id": ctx.envelope.user_id,
                    "command_id": ctx.envelope.command_id,
                    "created_at": ctx.now,
                    "subtotal": priced.subtotal,
                    "net_total": priced.net_total,
                    "tax_total": priced.tax_total,
                    "total": priced.total,
                    "cash_rounding": cash_rounding,
                    "status": "paid",
                    "customer_id": customer_id,
                    "promotion_id": promotion_id,
                    "promo_code_id": promo_code_id,
                    "participant": participant,
                }
            ],
            OrderLine: [
                {
                    "id": line.line_id,
                    "order_id": order_id,
                    "position": position,
                    "kind": line.kind,
                    "occurrence_id": line.occurrence_id or None,
                    "category_id": line.category_id or None,
                    "card_id": line.card_id,
                    "description": line.description,
                    "quantity": line.quantity,
                    "unit_price": line.unit_price,
                    "regular_unit_price": line.regular_unit_price,
                    "discount": line.discount,
                    "net_amount": priced_line.net,
                    "tax_amount": priced_line.tax_total,
                    "total": priced_line.total,
                    "tax_detail": dict(priced_line.taxes),
                    "reserve_id": line.reserve_id,
                    "seat_ids": list(line.seat_ids),
                }
                for position, (line, priced_line) in enumerate(
                    zip(lines, priced.lines, strict=True)
                )
            ],
            OrderTax: [
                {
                    "order_id": order_id,
                    "position": position,
                    "code": tax.code,
                    "name": tax.name,
                    "rate": tax.rate,
                    "amount": tax.amount,
                }
                for position, tax in enumerate(priced.taxes)
            ],
            Payment: [
                {
                    "id": p.payment_id,
                    "order_id": order_id,
                    "shift_id": shift_id,
                    "method": p.method,
                    "amount": p.amount,
                    "tendered": p.tendered,
                    "change": p.change,
                    "reference": p.reference.strip(),
                    "created_at": ctx.now,
                }
                for p in payments
            ],
            Receipt: [
                {
                    "id": receipt_id,
                    "terminal_id": ctx.terminal.id,
                    "number": number,
                    "kind": "sale",
                    "order_id": order_id,
                    "shift_id": shift_id,
                    "created_at": ctx.now,
                }
            ],
            Ticket: tickets,
        },
    )
    return OrderWritten(
        order_id, order_code, receipt_id, number, tuple(row["id"] for row in tickets)
    )


def ensure_dates_open(
    ctx: HandlerContext,
    occurrences: Sequence[Occurrence],
    *,
    order_id: str,
    override_by: str | None,
    override_reason: str,
) -> None:
    """Refuse a sale or a draw on a date that has ended (``occurrence_ended``), unless a
    supervisor overrides with a reason: checked by role here (the server runs this too) and
    recorded as a line of history on the order (entity ``order``, action ``override``)."""
    override = (
        overrides.Override(override_by, override_reason) if override_by is not None else None
    )
    role: Role | None = None
    if override is not None:
        supervisor = ctx.session.get(User, override.supervisor_id)
        if supervisor is not None and supervisor.active:
            role = approver_role(ctx, supervisor)
    lifted = [
        occ.id
        for occ in sorted(occurrences, key=lambda o: o.id)
        if overrides.ensure_date_open(
            occ.id, occ.ends_at, ctx.now, override=override, supervisor_role=role
        )
    ]
    if lifted and override is not None:
        record(
            ctx,
            "order",
            order_id,
            "override",
            rule=overrides.DATE_ENDED,
            occurrences=lifted,
            supervisor_id=override.supervisor_id,
            reason=override.reason.strip(),
        )


@dataclass(frozen=True)
class PromotionApplied:
    promotion_id: str
    code_id: str | None


def _check_promotion(
    ctx: HandlerContext, cmd: SellOrder, cart_lines: list[CartLine]
) -> PromotionApplied | None:
    """Re-price the sale with the promotions as they stood when it happened, and refuse it if
    the counter charged anything else; count the promotion's use."""
    org_id = ctx.terminal.organisation_id
    if cmd.customer_id is not None and ctx.session.get(Customer, cmd.customer_id) is None:
        raise DomainError("unknown_customer", customer=cmd.customer_id)
    if not cmd.promo_code and not pricing.automatic_exists(ctx.session, org_id):
        # A promotion ended (or was removed) while the counter sold offline.
        struck = sales.discount_without_promotion(cart_lines)
        if struck is not None:
            ctx.refuse(struck)
        return None
    code_row = pricing.lookup_code(ctx.session, org_id, cmd.promo_code) if cmd.promo_code else None
    code_uses_lifted = False
    if code_row is not None and code_row.max_uses is not None:
        # A code's uses cannot be split among counters (a single-use code is a count of one):
        # they are not escrowed. Past them a counter refuses the code; the server, applying a
        # sale made offline with a code used up elsewhere meanwhile, records a conflict.
        locked = ctx.session.scalars(
            select(PromoCodeRow).where(PromoCodeRow.id == code_row.id).with_for_update()
        ).one()
        if locked.max_uses is not None and locked.used_orders >= locked.max_uses:
            ctx.refuse(
                DomainError(
                    "promo_code_used_up",
                    text=locked.code,
                    used=locked.used_orders,
                    permitted=locked.max_uses,
                )
            )
            code_uses_lifted = True
    catalogue = pricing.load_catalogue(
        ctx.session, org_id, for_code_of=code_row.promotion_id if code_row else None, sale=True
    )
    org = ctx.session.get(Organisation, org_id)
    assert org is not None
    priced_at = quoted_time(cmd.quoted_at, ctx.now)

    def price(targets_lifted: bool) -> pricing.PricedWithPromotion:
        return pricing.price_with_promotions(
            ctx.session,
            catalogue,
            cart_lines,
            organisation_id=org_id,
            timezone=org.timezone,
            now=priced_at,
            terminal_profile=ctx.terminal.profile,
            code_text=cmd.promo_code,
            customer_id=cmd.customer_id,
            cart_id=cmd.cart_id,
            terminal_id=ctx.terminal.id,
            escrowed=ctx.terminal.escrowed,
            code_uses_lifted=code_uses_lifted,
            target_quotas_lifted=targets_lifted,
        )

    def charged_otherwise(lines: list[CartLine]) -> bool:
        return sales.charged_otherwise(cart_lines, lines)

    refusal: DomainError | None = None
    try:
        priced = price(False)
    except DomainError as error:  # a code typed past a quota per event, zone or category
        if error.code == "promo_quota_reached" and "target" in error.params:
            refusal = error
        elif error.code == "category_not_offered" and error.code in ctx.tolerate:
            # A category only a price-list switch offers, sold offline while the switch
            # applied there: kept as charged, with a conflict; no use counted.
            ctx.refuse(error)
            if cmd.cart_id:
                pricing.release(ctx.session, cmd.cart_id, ctx.now)
            return None
        elif error.code.startswith("promo_") and "price_mismatch" in ctx.tolerate:
            # The code was disabled, expired or limited further while the counter sold
            # offline: the sale is kept as it was charged, with a conflict; no use counted.
            ctx.refuse(DomainError("price_mismatch", promotion_refusal=error.code, **error.params))
            if cmd.cart_id:
                pricing.release(ctx.session, cmd.cart_id, ctx.now)
            return None
        else:
            raise
    if refusal is not None or charged_otherwise(priced.lines):
        # Quotas per event, zone or category are not escrowed: a counter offline may have
        # given the last discounts of one while another did too. Priced without them, the
        # sale is as the counter made it: refused in words, or on the server a conflict.
        lifted = price(True)
        if lifted.result.promotion_id is not None and not charged_otherwise(lifted.lines):
            ctx.refuse(
                DomainError(
                    "promo_target_quota_exceeded",
                    promotion=lifted.result.promotion_id,
                    tickets=lifted.result.eligible_tickets,
                )
            )
            priced = lifted
        elif refusal is not None:
            raise refusal
    result = priced.result
    if charged_otherwise(priced.lines):
        if not _automatic_share_used_up(ctx, cmd, cart_lines, catalogue, result.promotion_id):
            sent, expected = sales.first_difference(cart_lines, priced.lines)
            # A promotion changed while the counter sold offline (the server, tolerating it,
            # keeps the sale as it was charged and counts no use of the promotion).
            ctx.refuse(
                DomainError("price_mismatch", expected=expected.unit_price, got=sent.unit_price)
            )
        # The counter sold at regular prices: its share of the automatic promotion's quota
        # was used up when it sold (the server has leased it more since).
        if cmd.cart_id:
            pricing.release(ctx.session, cmd.cart_id, ctx.now)
        return None
    if cmd.cart_id:
        pricing.release(ctx.session, cmd.cart_id, ctx.now)
    if result.promotion_id is None or not result.eligible_tickets:
        return None
    promotion = _locked_fresh(ctx, PromotionRow, result.promotion_id)
    if promotion.max_tickets is not None:
        if ctx.terminal.escrowed:  # its share of the quota, leased by the server
            escrow.take(ctx, None, PROMOTION, result.eligible_tickets, promotion.id)
        else:  # what no paired counter holds
            leased = escrow.subject_leased_unused(ctx.session, PROMOTION, promotion.id)
            if promotion.tickets_used + leased + result.eligible_tickets > promotion.max_tickets:
                raise DomainError(
                    "promo_quota_reached",
                    scope="tickets",
                    used=promotion.tickets_used + leased,
                    permitted=promotion.max_tickets,
                    requested=result.eligible_tickets,
                    remaining=max(promotion.max_tickets - promotion.tickets_used - leased, 0),
                )
    promotion.orders_used += 1
    promotion.tickets_used += result.eligible_tickets
    usage = dict(promotion.target_usage or {})
    for key, value in result.target_tickets.items():
        usage[key] = usage.get(key, 0) + value
    promotion.target_usage = usage
    promotion.ever_used = True
    if priced.code_row_id is not None:
        _locked_fresh(ctx, PromoCodeRow, priced.code_row_id).used_orders += 1
    return PromotionApplied(result.promotion_id, priced.code_row_id)


def quoted_time(quoted_at: str | None, now: datetime) -> datetime:
    """The moment a sale's promotion is priced at: when the counter confirmed the price just
    before money was taken (a validity that ended since is honoured as quoted), if that was
    no longer ago than a promotion hold lasts and not in the future; otherwise ``now``."""
    if not quoted_at:
        return now
    try:
        quoted = datetime.fromisoformat(quoted_at)
    except ValueError:
        return now
    if quoted.tzinfo is None or quoted > now or now - quoted > timedelta(minutes=HOLD_MINUTES):
        return now
    return quoted


R = TypeVar("R", PromotionRow, PromoCodeRow)


def _locked_fresh(ctx: HandlerContext, model: type[R], row_id: str) -> R:
    """A count's row, locked and read again under the lock: concurrent sales on the server
    count exactly."""
    row = locked(ctx.session, model, row_id)
    if row is None:
        raise DomainError("unknown_promotion", promotion=row_id)
    return row


def _automatic_share_used_up(
    ctx: HandlerContext,
    cmd: SellOrder,
    cart_lines: list[CartLine],
    catalogue: PromotionCatalogue,
    promotion_id: str | None,
) -> bool:
    """Whether a paired counter sold at regular prices a cart the automatic promotion would
    reduce here: it had used up its share of that promotion's ticket quota (escrow). Leases
    reach the server before the counter pulls them, so the server may hold more for it."""
    if not ctx.terminal.escrowed or cmd.promo_code or promotion_id is None:
        return False
    promotion = catalogue.promotions.get(promotion_id)
    if promotion is None or not promotion.automatic or promotion.max_tickets is None:
        return False
    return all(line.regular_unit_price is None and not line.discount for line in cart_lines)


def refund_amounts(line: OrderLine, quantity: int) -> tuple[Cents, dict[str, Cents]]:
    """Net and per-tax amounts of refunding ``quantity`` more units of ``line``
    (:func:`guichet.domain.refunds.refund_amounts`)."""
    return refunds.refund_amounts(line, quantity)


def refund_order(
    ctx: HandlerContext,
    cmd: RefundOrder,
    *,
    approver_checked: bool = False,
    tickets_become: TicketStatus = TicketStatus.REFUNDED,
) -> RefundRecorded:
    """``approver_checked``: called by another handler that checked who may do it (cancelling
    free drawn tickets); the supervisor is then the user themself. The refunded admissions'
    tickets become ``tickets_become`` (a cancelled draw's: cancelled)."""
    ctx.require_role(Role.CASHIER, Role.SUPERVISOR, Role.OWNER)
    if approver_checked:
        assert ctx.user is not None
        supervisor = ctx.user
    else:
        supervisor = ctx.session.get(User, cmd.supervisor_id)  # type: ignore[assignment]
        if supervisor is None or not supervisor.active or not Role(supervisor.role).can_supervise:
            raise DomainError("supervisor_required")
        approver_role(ctx, supervisor)  # unproven on the server: applied, with a conflict
    shift = _open_shift_of(ctx, cmd.shift_id)
    order = ctx.session.scalars(
        select(Order).where(Order.id == cmd.order_id).with_for_update()
    ).one_or_none()
    if order is None:
        raise DomainError("unknown_order", order=cmd.order_id)
    method = refunds.refund_method(
        order_status=order.status, order_code=order.code, items=cmd.lines, method=cmd.method
    )
    org = ctx.session.get(Organisation, order.organisation_id)
    assert org is not None
    lines_by_id = {line.id: line for line in order.lines}
    # What the refund returns (domain: guichet.domain.refunds), then what it gives back.
    plan = refunds.plan_refund(
        lines_by_id, cmd.lines, method=method, cash_increment=org.cash_increment
    )
    refund = Refund(
        id=cmd.refund_id,
        order_id=order.id,
        shift_id=shift.id,
        terminal_id=ctx.terminal.id,
        user_id=ctx.envelope.user_id,
        supervisor_id=supervisor.id,
        command_id=ctx.envelope.command_id,
        created_at=ctx.now,
        reason=cmd.reason,
        net_amount=plan.net_total,
        tax_amount=plan.tax_total,
        total=plan.total,
        cash_rounding=plan.cash_rounding,
        tax_detail=dict(plan.tax_detail),
    )
    ctx.session.add(refund)
    for planned in plan.lines:
        line = lines_by_id[planned.order_line_id]
        if line.kind != "ticket":
            refund_extra_line(ctx, line, planned.quantity)
        else:
            # Where the refunded admissions' seats stand now (an exchange may have moved them).
            free_seats_where_they_stand(ctx, line, planned.before, planned.quantity)
            # The places go back on sale on the dates the admissions stand on now (an
            # exchange may have moved some: docs/TICKETS.md, "Exchanges"), to this counter's
            # allotment when it is paired...
            places = places_by_date(ctx.session, line, planned.before, planned.quantity)
            for occurrence in ctx.session.scalars(
                escrow.lock_unless_escrowed(
                    ctx,
                    select(Occurrence)
                    .where(Occurrence.id.in_(sorted(places)))
                    .order_by(Occurrence.id),
                )
            ):
                escrow.unsell_places(
                    ctx,
                    occurrence,
                    "places",
                    places[occurrence.id],
                    to_allotment=line.reserve_id is None,
                )
            if line.reserve_id is not None:  # ...or to the reserve they were drawn from
                return_to_reserve(ctx, line, planned.quantity)
        void_line_tickets(ctx, line, planned.before, planned.quantity, tickets_become)
        line.refunded_quantity = planned.before + planned.quantity
        ctx.session.add(
            RefundLineRow(
                refund_id=refund.id,
                order_line_id=line.id,
                quantity=planned.quantity,
                net_amount=planned.net,
                tax_amount=planned.tax,
                total=planned.total,
                tax_detail=planned.taxes,
            )
        )
    ctx.session.add(
        Payment(
            # Deterministic when the command names none, so the server derives the same id.
            id=refunds.refund_payment_id(cmd.refund_id, cmd.payment_ids),
            order_id=order.id,
            shift_id=shift.id,
            refund_id=refund.id,
            method=method.value,
            amount=-plan.paid_out,
            tendered=-plan.paid_out,
            change=0,
            reference=cmd.reason[:120] if method is not PaymentMethod.CASH else "",
            created_at=ctx.now,
        )
    )
    order.refunded_total += plan.total
    order.status = plan.order_status
    number = _next_receipt_number(ctx)
    receipt = Receipt(
        terminal_id=ctx.terminal.id,
        number=number,
        kind="refund",
        order_id=order.id,
        refund_id=refund.id,
        shift_id=shift.id,
        created_at=ctx.now,
    )
    ctx.session.add(receipt)
    ctx.session.flush()
    return RefundRecorded(refund.id, receipt.id, number, plan.total, plan.paid_out)


def return_to_reserve(ctx: HandlerContext, line: OrderLine, quantity: int) -> None:
    row = ctx.session.scalars(
        select(ReserveQuantityRow)
        .where(
            ReserveQuantityRow.occurrence_id == line.occurrence_id,
            ReserveQuantityRow.reserve_id == line.reserve_id,
        )
        .with_for_update()
    ).one()
    before = (row.held, row.drawn)
    row.drawn -= quantity
    # A paired counter gets the places back in its allotment of the reserve.
    escrow.give_back(ctx, line.occurrence_id, RESERVE, quantity, line.reserve_id)
    ctx.session.add(
        ReserveChangeRow(
            occurrence_id=line.occurrence_id,
            reserve_id=line.reserve_id,
            user_id=ctx.envelope.user_id,
            at=ctx.now,
            action="cancel_draw",
            held_before=before[0],
            held_after=row.held,
            drawn_before=before[1],
            drawn_after=row.drawn,
            quantity=quantity,
            order_id=line.order_id,
        )
    )


def lines_places(lines: Sequence[OrderLine]) -> int:
    return sum(line.quantity - line.refunded_quantity for line in lines)
