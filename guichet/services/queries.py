"""Read-side queries for the counter's windows (plain functions over a Session)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, Row, Select, func, select
from sqlalchemy.orm import Session

from guichet.domain import bearer, codes
from guichet.domain.auth import Role
from guichet.domain.payments import PaymentMethod
from guichet.i18n.formatting import event_datetime
from guichet.models.tables import (
    Activity,
    Customer,
    Event,
    Occurrence,
    Order,
    OrderLine,
    OrderTax,
    Organisation,
    Payment,
    Price,
    PrintJob,
    Receipt,
    Refund,
    ReserveQuantityRow,
    Shift,
    Terminal,
    TicketCategory,
    User,
    Venue,
)
from guichet.services.views import (
    CategoryPrice,
    CustomerView,
    MethodTotal,
    OccurrenceView,
    OrderLineView,
    OrderView,
    PrintJobView,
    ReceiptView,
    ShiftSummary,
    ShiftView,
    TaxTotal,
    UserView,
)


def day_bounds(day: date, tz: str) -> tuple[datetime, datetime]:
    """00:00:00 of ``day`` to 00:00:00 of the next day, in the organisation's timezone."""
    zone = ZoneInfo(tz)
    start = datetime.combine(day, time.min, tzinfo=zone)
    return start, datetime.combine(day + timedelta(days=1), time.min, tzinfo=zone)


def users(session: Session, organisation_id: str) -> list[UserView]:
    rows = session.scalars(
        select(User)
        .where(User.organisation_id == organisation_id, User.active.is_(True))
        .order_by(User.name)
    )
    return [UserView(u.id, u.name, Role(u.role), u.locked_until, u.title_form) for u in rows]


def _occurrence_query() -> Select[Occurrence, str, str, str, int, str | None, str, str]:
    held = (
        select(
            ReserveQuantityRow.occurrence_id.label("occurrence_id"),
            func.sum(ReserveQuantityRow.held - ReserveQuantityRow.drawn).label("held"),
        )
        .group_by(ReserveQuantityRow.occurrence_id)
        .subquery()
    )
    return (
        select(
            Occurrence,
            Event.name,
            Activity.name,
            Venue.name,
            func.coalesce(held.c.held, 0) + Occurrence.held_back,
            Event.seat_map_id,
            Event.activity_id,
            Event.name_en,
        )
        .join(Event, Occurrence.event_id == Event.id)
        .join(Activity, Event.activity_id == Activity.id)
        .join(Venue, Event.venue_id == Venue.id)
        .outerjoin(held, held.c.occurrence_id == Occurrence.id)
        .where(Occurrence.cancelled.is_(False))
    )


def _occ_view(
    row: Row[Occurrence, str, str, str, int, str | None, str, str], lang: str = "fr"
) -> OccurrenceView:
    occ, event_name, activity_name, venue_name, reserved, seat_map_id, activity_id, name_en = row
    return OccurrenceView(
        id=occ.id,
        event_id=occ.event_id,
        # An event's English name falls back to its French one.
        event_name=name_en or event_name if lang == "en" else event_name,
        activity_name=activity_name,
        venue_name=venue_name,
        starts_at=occ.starts_at,
        ends_at=occ.ends_at,
        capacity=occ.capacity,
        sold=occ.sold,
        reserved=int(reserved or 0),
        seated=seat_map_id is not None,
        activity_id=activity_id,
        alacarte_places=occ.alacarte_places,
        alacarte_taken=occ.alacarte_taken,
        alacarte_price=occ.alacarte_price,
        alacarte_pass_only=occ.alacarte_pass_only,
    )


def occurrences_on(session: Session, day: date, tz: str, lang: str = "fr") -> list[OccurrenceView]:
    """The day's dates the counter sells: not cancelled, of events not withdrawn."""
    start, end = day_bounds(day, tz)
    rows = session.execute(
        _occurrence_query()
        .where(
            Occurrence.starts_at >= start, Occurrence.starts_at < end, Event.active.is_(True)
        )
        .order_by(Occurrence.starts_at, Event.name)
    )
    return [_occ_view(r, lang) for r in rows]


def occurrences_between(session: Session, start: datetime, end: datetime) -> list[OccurrenceView]:
    """Every occurrence starting in [start, end) with its general availability (reports,
    the reserves window, the server's allotments)."""
    rows = session.execute(
        _occurrence_query()
        .where(Occurrence.starts_at >= start, Occurrence.starts_at < end)
        .order_by(Occurrence.starts_at, Event.name)
    )
    return [_occ_view(r) for r in rows]


def occurrence(session: Session, occurrence_id: str, lang: str = "fr") -> OccurrenceView | None:
    row = session.execute(_occurrence_query().where(Occurrence.id == occurrence_id)).first()
    return _occ_view(row, lang) if row else None


def categories_for(session: Session, occurrence_id: str, lang: str) -> list[CategoryPrice]:
    rows = session.execute(
        select(TicketCategory, Price.amount)
        .join(Price, Price.category_id == TicketCategory.id)
        .join(
            Occurrence,
            func.coalesce(
                Occurrence.price_list_id,
                select(Event.price_list_id)
                .where(Event.id == Occurrence.event_id)
                .scalar_subquery(),
            )
            == Price.price_list_id,
        )
        .where(Occurrence.id == occurrence_id, TicketCategory.active.is_(True))
        .order_by(TicketCategory.position)
    )
    return [_category_price(c, amount, lang) for c, amount in rows]


def _category_price(category: TicketCategory, amount: int, lang: str) -> CategoryPrice:
    return CategoryPrice(
        category_id=category.id,
        code=category.code,
        name=category.name_fr if lang == "fr" else category.name_en,
        price=amount,
        position=category.position,
    )


def categories_of_list(
    session: Session, price_list_id: str, lang: str, exclude: Collection[str] = ()
) -> list[CategoryPrice]:
    """The active categories a price list offers (but ``exclude``), at its prices: what a
    price-list switch may offer besides the date's regular list."""
    rows = session.execute(
        select(TicketCategory, Price.amount)
        .join(Price, Price.category_id == TicketCategory.id)
        .where(Price.price_list_id == price_list_id, TicketCategory.active.is_(True))
        .order_by(TicketCategory.position)
    )
    return [_category_price(c, amount, lang) for c, amount in rows if c.id not in exclude]


def _shift_view(session: Session, shift: Shift) -> ShiftView:
    user = session.get(User, shift.user_id)
    return ShiftView(
        id=shift.id,
        user_id=shift.user_id,
        user_name=user.name if user else "?",
        opened_at=shift.opened_at,
        opening_float=shift.opening_float,
        closed_at=shift.closed_at,
        z_number=shift.z_number,
    )


def open_shift(session: Session, terminal_id: str) -> ShiftView | None:
    shift = session.scalars(
        select(Shift).where(Shift.terminal_id == terminal_id, Shift.closed_at.is_(None))
    ).first()
    return _shift_view(session, shift) if shift else None


def open_shift_id(session: Session, terminal_id: str) -> str | None:
    return session.scalar(
        select(Shift.id).where(Shift.terminal_id == terminal_id, Shift.closed_at.is_(None))
    )


def shift(session: Session, shift_id: str) -> ShiftView | None:
    row = session.get(Shift, shift_id)
    return _shift_view(session, row) if row else None


def receipts_of_shift(session: Session, shift_id: str) -> list[ReceiptView]:
    rows = session.execute(
        select(Receipt, Order.code, Order.total, Refund.total)
        .join(Order, Receipt.order_id == Order.id)
        .outerjoin(Refund, Receipt.refund_id == Refund.id)
        .where(Receipt.shift_id == shift_id)
        .order_by(Receipt.number.desc())
    )
    return [
        ReceiptView(
            id=r.id,
            number=r.number,
            kind=r.kind,
            order_id=r.order_id,
            order_code=code,
            created_at=r.created_at,
            total=refund_total if r.kind == "refund" else total,
        )
        for r, code, total, refund_total in rows
    ]


def order_view(session: Session, order: Order, lang: str, tz: str) -> OrderView:
    categories = {
        c.id: (c.name_fr if lang == "fr" else c.name_en)
        for c in session.scalars(select(TicketCategory))
    }
    card_codes: dict[str, str] = {}
    if any(line.card_id for line in order.lines):
        from guichet.domain.codes import display
        from guichet.models.tables import Card

        card_codes = {
            card_id: display(bearer.visible(code))
            for card_id, code in session.execute(
                select(Card.id, Card.code).where(
                    Card.id.in_([line.card_id for line in order.lines if line.card_id])
                )
            )
        }
    lines = []
    for line in order.lines:
        occ = session.get(Occurrence, line.occurrence_id) if line.occurrence_id else None
        label = event_datetime(occ.starts_at, tz, lang) if occ else ""
        if line.kind == "card":
            category_name = card_codes.get(line.card_id or "", "")
        elif line.kind == "alacarte":
            category_name = "À la carte" if lang == "fr" else "Drop-in"
        else:
            category_name = categories.get(line.category_id or "", "?")
        description = line.description
        if occ is not None and line.kind != "card":
            # The event in the reader's language (the line recorded the seller's).
            event = session.get(Event, occ.event_id)
            if event is not None:
                description = (event.name_en if lang == "en" else "") or event.name
        lines.append(
            OrderLineView(
                id=line.id,
                description=description,
                category_name=category_name,
                occurrence_label=label,
                quantity=line.quantity,
                refunded_quantity=line.refunded_quantity,
                unit_price=line.unit_price,
                total=line.total,
            )
        )
    return OrderView(
        id=order.id,
        code=bearer.visible(order.code),
        created_at=order.created_at,
        total=order.total,
        refunded_total=order.refunded_total,
        status=order.status,
        lines=tuple(lines),
    )


def print_jobs(
    session: Session,
    terminal_id: str,
    statuses: tuple[str, ...] | None,
    *,
    receipt_id: str | None = None,
) -> list[PrintJobView]:
    """This counter's print jobs in these ``statuses`` (None: all), of one receipt if given."""
    query = (
        select(PrintJob, Receipt.number)
        .outerjoin(Receipt, PrintJob.receipt_id == Receipt.id)
        .where(PrintJob.terminal_id == terminal_id)
        .order_by(PrintJob.created_at)
    )
    if statuses is not None:
        query = query.where(PrintJob.status.in_(statuses))
    if receipt_id is not None:
        query = query.where(PrintJob.receipt_id == receipt_id)
    rows = session.execute(query)
    return [
        PrintJobView(
            id=j.id,
            kind=j.kind,
            receipt_id=j.receipt_id,
            shift_id=j.shift_id,
            status=j.status,
            attempts=j.attempts,
            last_error=j.last_error,
            label=f"{number}" if number is not None else j.kind,
        )
        for j, number in rows
    ]


def shift_summary(session: Session, shift_id: str) -> ShiftSummary:
    shift_row = session.get(Shift, shift_id)
    if shift_row is None:
        raise LookupError(shift_id)
    terminal = session.get(Terminal, shift_row.terminal_id)
    assert terminal is not None
    closed_by = session.get(User, shift_row.closed_by_id) if shift_row.closed_by_id else None

    orders = session.execute(
        select(
            func.count(Order.id),
            func.coalesce(func.sum(Order.total), 0),
            func.coalesce(func.sum(Order.net_total), 0),
        ).where(Order.shift_id == shift_id)
    ).one()
    tickets = session.scalar(
        select(func.coalesce(func.sum(OrderLine.quantity), 0))
        .join(Order, OrderLine.order_id == Order.id)
        .where(Order.shift_id == shift_id, OrderLine.kind != "card")  # places, not cards
    )
    tax_rows = session.execute(
        select(OrderTax.code, OrderTax.name, func.sum(OrderTax.amount))
        .join(Order, OrderTax.order_id == Order.id)
        .where(Order.shift_id == shift_id)
        .group_by(OrderTax.code, OrderTax.name)
        .order_by(func.min(OrderTax.position))
    ).all()
    refunds = session.execute(
        select(
            func.count(Refund.id),
            func.coalesce(func.sum(Refund.total), 0),
            func.coalesce(func.sum(Refund.net_amount), 0),
        ).where(Refund.shift_id == shift_id)
    ).one()
    refund_taxes: dict[str, int] = defaultdict(int)
    for detail in session.scalars(select(Refund.tax_detail).where(Refund.shift_id == shift_id)):
        for code, amount in detail.items():
            refund_taxes[code] += amount
    methods = session.execute(
        select(Payment.method, func.sum(Payment.amount), func.count(Payment.id))
        .where(Payment.shift_id == shift_id)
        .group_by(Payment.method)
        .order_by(Payment.method)
    ).all()
    cash = sum(int(a) for m, a, _ in methods if m == PaymentMethod.CASH.value)
    numbers = session.execute(
        select(func.min(Receipt.number), func.max(Receipt.number)).where(
            Receipt.shift_id == shift_id
        )
    ).one()
    expected = shift_row.opening_float + cash
    return ShiftSummary(
        shift=_shift_view(session, shift_row),
        terminal_name=terminal.name,
        closed_by_name=closed_by.name if closed_by else None,
        orders=int(orders[0]),
        tickets=int(tickets or 0),
        gross_sales=int(orders[1]),
        net_sales=int(orders[2]) - int(refunds[2]),
        taxes=tuple(
            TaxTotal(code, name, int(amount) - refund_taxes.get(code, 0))
            for code, name, amount in tax_rows
        ),
        refunds_count=int(refunds[0]),
        refunds_total=int(refunds[1]),
        by_method=tuple(MethodTotal(m, int(a), int(n)) for m, a, n in methods),
        cash_taken=cash,
        expected_cash=shift_row.expected_cash if shift_row.expected_cash is not None else expected,
        counted_cash=shift_row.counted_cash,
        counted_detail={int(k): v for k, v in (shift_row.counted_detail or {}).items()},
        first_receipt=numbers[0],
        last_receipt=numbers[1],
    )


def organisation(session: Session) -> Organisation:
    org = session.scalars(select(Organisation)).first()
    if org is None:
        raise LookupError("no organisation")
    return org


def _customer_view(session: Session, c: Customer) -> CustomerView:
    known = session.scalar(select(Order.id).where(Order.customer_id == c.id).limit(1))
    return CustomerView(c.id, c.code, c.name, c.email, c.phone, c.newsletter, known is not None)


def customer(session: Session, customer_id: str) -> CustomerView | None:
    row = session.get(Customer, customer_id)
    return _customer_view(session, row) if row else None


def find_customers(
    session: Session, organisation_id: str, text: str, limit: int = 30
) -> list[CustomerView]:
    """By name (any part), phone (digits only compared), email, or customer code."""
    from sqlalchemy import or_

    from guichet.domain.search import LIKE_ESCAPE, like_contains, search_text

    text = search_text(text)  # a longer text is refused in words, not by LIKE
    if not text:
        return []
    like = like_contains(text.lower())  # % and _ are searched as typed
    digits = "".join(ch for ch in text if ch.isdigit())
    clauses: list[ColumnElement[bool]] = [
        func.lower(Customer.name).like(like, escape=LIKE_ESCAPE),
        func.lower(Customer.email).like(like, escape=LIKE_ESCAPE),
    ]
    if len(digits) >= 3:
        phone = func.replace(
            func.replace(func.replace(func.replace(Customer.phone, "-", ""), " ", ""), "(", ""),
            ")",
            "",
        )
        clauses.append(phone.like(f"%{digits}%"))
    clauses.append(Customer.code == codes.normalize(text))
    # An account is found by any of its members' names too.
    from guichet.models.tables import CustomerMember

    clauses.append(
        Customer.id.in_(
            select(CustomerMember.customer_id).where(
                func.lower(CustomerMember.name).like(like, escape=LIKE_ESCAPE)
            )
        )
    )
    rows = session.scalars(
        select(Customer)
        .where(Customer.organisation_id == organisation_id, or_(*clauses))
        .order_by(Customer.name)
        .limit(limit)
    ).all()
    return [_customer_view(session, c) for c in rows]
