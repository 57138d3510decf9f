"""Build the printable documents (receipts, tickets, Z reports) from what the database recorded."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from guichet.domain import bearer
from guichet.domain.codes import display
from guichet.domain.errors import DomainError
from guichet.domain.tickets import TicketStatus
from guichet.i18n.documents import word
from guichet.i18n.formatting import event_datetime, money, percent, timestamp
from guichet.i18n.titles import role_title
from guichet.models.tables import (
    Activity,
    Booking,
    Card,
    CardType,
    Event,
    Hall,
    Occurrence,
    Order,
    OrderLine,
    Organisation,
    Payment,
    Promotion,
    Receipt,
    Refund,
    SeatRow,
    Tax,
    Terminal,
    Ticket,
    TicketCategory,
    User,
    Venue,
)
from guichet.printing.document import (
    DocLine,
    DocRow,
    DocumentSet,
    ReceiptDocument,
    ReportDocument,
    ReportSection,
    TicketDocument,
)
from guichet.services.queries import shift_summary


def _header(org: Organisation) -> tuple[str, ...]:
    lines = [line for line in (org.address or "").splitlines() if line.strip()]
    lines += [line for line in (org.receipt_header or "").splitlines() if line.strip()]
    return tuple(lines)


def _tax_label(name: str, rate: Decimal, lang: str) -> str:
    return f"{name} {percent(Decimal(rate), lang)}"


MINUS = "\u2212"  # a true minus sign on paper, never a hyphen


def signed_money(cents: int, lang: str = "fr", currency: str = "CAD") -> str:
    """``money`` with a true minus sign (U+2212) before a negative amount: ``−10,00 $``."""
    text = money(abs(cents), lang, currency)
    return MINUS + text if cents < 0 else text


def _discount_label(session: Session, order: Order, lang: str) -> str:
    """« Rabais : Bon de 10 $ » — the promotion that took an amount off the cart."""
    promotion = session.get(Promotion, order.promotion_id) if order.promotion_id else None
    name = ""
    if promotion is not None:
        name = (promotion.name_en if lang == "en" else "") or promotion.name_fr
    label = word("discount", lang)
    if not name:
        return label
    return f"{label}\u00a0: {name}" if lang == "fr" else f"{label}: {name}"


def event_name(session: Session, occ: Occurrence | None, lang: str, fallback: str = "") -> str:
    """The event of ``occ`` named in the document's language: its English name on an English
    document when it has one (« Le Malade imaginaire » is "The Imaginary Invalid"), else the
    French; ``fallback`` (what the line recorded) when the date is gone."""
    event = session.get(Event, occ.event_id) if occ is not None else None
    if event is None:
        return fallback
    return (event.name_en if lang == "en" else "") or event.name


def receipt_document(
    session: Session, receipt_id: str, lang: str = "fr", *, reprint: bool = False
) -> ReceiptDocument:
    receipt = session.get(Receipt, receipt_id)
    if receipt is None:
        raise LookupError(receipt_id)
    order = session.get(Order, receipt.order_id)
    assert order is not None
    org = session.get(Organisation, order.organisation_id)
    assert org is not None
    terminal = session.get(Terminal, receipt.terminal_id)
    cashier = session.get(User, order.user_id)
    tz, cur = org.timezone, org.currency

    def m(cents: int) -> str:
        return signed_money(cents, lang, cur)

    categories = {c.id: c for c in session.scalars(select(TicketCategory))}
    refund = session.get(Refund, receipt.refund_id) if receipt.refund_id else None

    meta = [
        DocRow(word("receipt_no", lang), f"{receipt.number:06d}"),
        DocRow(word("terminal", lang), terminal.name if terminal else ""),
        # « Caissière : Sophie Gagnon »: the title agrees with the person who sold.
        DocRow(
            role_title("cashier", lang, cashier.title_form if cashier else ""),
            cashier.name if cashier else "",
        ),
        DocRow(word("order", lang), display(bearer.visible(order.code))),
        DocRow("", timestamp(receipt.created_at, tz, lang)),
    ]

    cards_sold = {
        card.id: card
        for card in session.scalars(
            select(Card).where(Card.id.in_([line.card_id for line in order.lines if line.card_id]))
        )
    }

    def category_name(line: OrderLine) -> str:
        if line.kind == "card":
            return line.description
        if line.kind == "alacarte":
            return word("alacarte", lang)
        c = categories.get(line.category_id or "")
        return (c.name_fr if lang == "fr" else c.name_en) if c else "?"

    def occurrence_label(line: OrderLine) -> str:
        if line.kind == "card":
            card = cards_sold.get(line.card_id or "")
            shown = bearer.visible(card.code) if card else ""
            return f"{word('code', lang)} {display(shown)}" if shown else ""
        occ = session.get(Occurrence, line.occurrence_id)
        when = event_datetime(occ.starts_at, tz, lang) if occ else ""
        seats = seats_text(session, line.seat_ids or (), lang)
        name = event_name(session, occ, lang, line.description)
        return f"{name} — {when}" + (f" · {seats}" if seats else "")

    doc_lines: list[DocLine] = []
    total_rows: list[DocRow] = []
    payment_rows: list[DocRow] = []
    tax_rates = {t.code: t for t in session.scalars(select(Tax))}
    discount_rows: list[DocRow] = []
    # Each line prints what its tickets cost at their (possibly reduced) unit price; an amount
    # taken off the whole cart prints once under the lines, so that lines + discount =
    # subtotal, subtotal + taxes = total, as on screen.
    if refund is None:
        title = word("receipt", lang)
        for line in order.lines:
            doc_lines.append(
                DocLine(
                    description=category_name(line),
                    detail=occurrence_label(line),
                    quantity=line.quantity,
                    unit_price=m(line.unit_price),
                    total=m(line.unit_price * line.quantity),
                    regular_unit_price=(
                        m(line.regular_unit_price)
                        if line.regular_unit_price not in (None, line.unit_price)
                        else None
                    ),
                )
            )
        cart_discount = sum(line.discount or 0 for line in order.lines)
        if cart_discount:
            discount_rows.append(DocRow(_discount_label(session, order, lang), m(-cart_discount)))
        total_rows.append(DocRow(word("subtotal", lang), m(order.subtotal)))
        for tax in order.taxes:
            # The rate is the one charged at sale time; the name follows the document language.
            current = tax_rates.get(tax.code)
            name = (current.name_fr if lang == "fr" else current.name_en) if current else tax.name
            total_rows.append(DocRow(_tax_label(name, tax.rate, lang), m(tax.amount)))
        total_rows.append(DocRow(word("total", lang), m(order.total), bold=True))
        if order.cash_rounding:
            total_rows.append(DocRow(word("cash_rounding", lang), m(order.cash_rounding)))
        payments = session.scalars(
            select(Payment)
            .where(Payment.order_id == order.id, Payment.refund_id.is_(None))
            .order_by(Payment.created_at)
        )
        for p in payments:
            label = word(p.method, lang)
            if p.reference:
                label = f"{label} ({word('reference', lang)} {p.reference})"
            payment_rows.append(DocRow(label, m(p.tendered)))
            if p.change:
                payment_rows.append(DocRow(word("change", lang), m(p.change)))
        if not payment_rows and order.total == 0:
            # A free order (100 % code, complimentary tickets) is recorded with no payment.
            payment_rows.append(DocRow(word("no_payment", lang), m(0)))
    else:
        title = word("refund", lang)
        lines_by_id = {line.id: line for line in order.lines}
        included = {code for code, t in tax_rates.items() if t.included}
        listed = 0  # the refunded units at their unit price
        charged = 0  # what they had cost: their share of the lines' charged amounts
        for rl in refund.lines:
            line = lines_by_id[rl.order_line_id]
            doc_lines.append(
                DocLine(
                    description=category_name(line),
                    detail=occurrence_label(line),
                    quantity=-rl.quantity,
                    unit_price=m(line.unit_price),
                    total=m(-line.unit_price * rl.quantity),
                )
            )
            listed += line.unit_price * rl.quantity
            # The refund line's net plus the taxes the price included = its charged share.
            charged += rl.net_amount + sum(
                v for code, v in (rl.tax_detail or {}).items() if code in included
            )
        if listed != charged:
            # The share of a cart discount these units had: not given back twice.
            discount_rows.append(DocRow(_discount_label(session, order, lang), m(listed - charged)))
        total_rows.append(DocRow(word("subtotal", lang), m(-charged)))
        for code, amount in refund.tax_detail.items():
            rate_row = tax_rates.get(code)
            name = (rate_row.name_fr if lang == "fr" else rate_row.name_en) if rate_row else code
            rate = Decimal(rate_row.rate) if rate_row else Decimal(0)
            total_rows.append(DocRow(_tax_label(name, rate, lang), m(-amount)))
        total_rows.append(DocRow(word("refunded_total", lang), m(-refund.total), bold=True))
        if refund.cash_rounding:
            total_rows.append(DocRow(word("cash_rounding", lang), m(-refund.cash_rounding)))
        for p in session.scalars(select(Payment).where(Payment.refund_id == refund.id)):
            payment_rows.append(DocRow(word(p.method, lang), m(p.amount)))

    footer = [line for line in (org.receipt_footer or "").splitlines() if line.strip()]
    tax_numbers = [
        f"{t.name_fr if lang == 'fr' else t.name_en} {t.registration}"
        for t in tax_rates.values()
        if t.registration
    ]
    footer = tax_numbers + footer
    return ReceiptDocument(
        title=word("reprint", lang) + " — " + title if reprint else title,
        organisation=org.name,
        header_lines=_header(org),
        meta_rows=tuple(meta),
        lines=tuple(doc_lines),
        total_rows=tuple(total_rows),
        payment_rows=tuple(payment_rows),
        footer_lines=tuple(footer),
        # An order sold at another counter, whose code was never scanned here: no QR code.
        qr_payload=bearer.visible(order.code) or None,
        qr_caption=display(bearer.visible(order.code)),
        reprint=reprint,
        extra_codes=tuple(
            (card.code, f"{line.description} — {display(card.code)}")
            for line in order.lines
            if refund is None
            and (card := cards_sold.get(line.card_id or "")) is not None
            and not bearer.is_digest(card.code)
        ),
        discount_rows=tuple(discount_rows),
    )


def seats_text(session: Session, seat_ids: Sequence[str], lang: str) -> str:
    """ "Parterre, rangée F, sièges 11, 12" for the seats of a line (reserved seating)."""
    if not seat_ids:
        return ""
    from guichet.domain.seating import make_seat, seat_labels

    rows = {r.id: r for r in session.scalars(select(SeatRow).where(SeatRow.id.in_(seat_ids)))}
    seats = [
        make_seat(r.section, r.row, r.number, r.x, r.y, r.accessible, seat_id=r.id)
        for r in (rows.get(i) for i in seat_ids)
        if r is not None
    ]
    return seat_labels(seats, lang) if seats else ""


@dataclass(frozen=True)
class SalesFigures:
    """The Z report's sales, all before taxes: ``gross - discounts - refunds = net``."""

    gross: int  # what was sold at its regular price
    discounts: int  # what promotions took off it (lower unit prices and cart amounts)
    refunds: int  # what went back to customers, before taxes
    refunds_count: int
    net: int  # gross - discounts - refunds: the shift's sales net of everything, before taxes
    cash_rounding: int  # cash rounding on sales less that on cash refunds


def sales_figures(session: Session, shift_id: str) -> SalesFigures:
    """Gross, discounts, refunds and net of a shift's orders and refunds, all before taxes.

    A line's discount is (regular unit price - charged unit price) x quantity, plus its share
    of an amount off the cart. A price-list switch that charges more than the regular price
    takes nothing off: that line's gross is the price charged. Gross is the orders' net
    (before taxes, after discounts) plus their discounts, so the four figures add up exactly.
    """
    discounts = 0
    rows = session.execute(
        select(
            OrderLine.quantity,
            OrderLine.unit_price,
            OrderLine.regular_unit_price,
            OrderLine.discount,
        )
        .join(Order, OrderLine.order_id == Order.id)
        .where(Order.shift_id == shift_id)
    )
    for quantity, unit_price, regular, discount in rows:
        lowered = max((regular if regular is not None else unit_price) - unit_price, 0)
        discounts += lowered * quantity + (discount or 0)
    net_orders, order_rounding = session.execute(
        select(
            func.coalesce(func.sum(Order.net_total), 0),
            func.coalesce(func.sum(Order.cash_rounding), 0),
        ).where(Order.shift_id == shift_id)
    ).one()
    refunds_count, refunds, refund_rounding = session.execute(
        select(
            func.count(Refund.id),
            func.coalesce(func.sum(Refund.net_amount), 0),
            func.coalesce(func.sum(Refund.cash_rounding), 0),
        ).where(Refund.shift_id == shift_id)
    ).one()
    gross = int(net_orders) + discounts
    return SalesFigures(
        gross=gross,
        discounts=discounts,
        refunds=int(refunds),
        refunds_count=int(refunds_count),
        net=gross - discounts - int(refunds),
        cash_rounding=int(order_rounding) - int(refund_rounding),
    )


def zreport_document(session: Session, shift_id: str, lang: str = "fr") -> ReportDocument:
    summary = shift_summary(session, shift_id)
    figures = sales_figures(session, shift_id)
    org = session.scalars(select(Organisation)).first()
    assert org is not None
    tz, cur = org.timezone, org.currency

    def m(cents: int) -> str:
        return signed_money(cents, lang, cur)

    s = summary.shift
    head = [
        DocRow(word("terminal", lang), summary.terminal_name),
        DocRow(word("shift", lang), f"Z {s.z_number:04d}" if s.z_number else "—"),
        DocRow(word("opened_by", lang), s.user_name),
        DocRow(word("opened", lang), timestamp(s.opened_at, tz, lang)),
    ]
    if s.closed_at:
        head.append(DocRow(word("closed", lang), timestamp(s.closed_at, tz, lang)))
        head.append(DocRow(word("closed_by", lang), summary.closed_by_name or ""))
    if summary.first_receipt is not None:
        head.append(
            DocRow(
                word("receipts_range", lang),
                f"{summary.first_receipt:06d} – {summary.last_receipt:06d}",
            )
        )
    # Sales before taxes; taxes on their own lines, then what net sales come to with them;
    # then what was collected, taxes and cash rounding included.
    sales = [
        DocRow(word("orders", lang), str(summary.orders)),
        DocRow(word("tickets", lang), str(summary.tickets)),
        DocRow(word("gross_sales", lang), m(figures.gross)),
        DocRow(word("discounts", lang), m(-figures.discounts)),
        DocRow(
            word("refunds_count", lang).format(count=figures.refunds_count), m(-figures.refunds)
        ),
        DocRow(word("net_sales", lang), m(figures.net), bold=True),
    ]
    tax_total = sum(t.amount for t in summary.taxes)
    # Each tax in the document's language (the order kept the name it was sold under).
    names = {
        t.code: t.name_fr if lang == "fr" else t.name_en for t in session.scalars(select(Tax))
    }
    taxes = [DocRow(names.get(t.code) or t.name, m(t.amount)) for t in summary.taxes]
    taxes.append(DocRow(word("taxes_total", lang), m(tax_total), bold=True))
    taxes.append(DocRow(word("net_with_taxes", lang), m(figures.net + tax_total)))
    if figures.cash_rounding:
        taxes.append(DocRow(word("cash_rounding", lang), m(figures.cash_rounding)))
    # The payment methods add up to the net sales with their taxes and the cash rounding.
    methods = [
        DocRow(f"{word(mt.method, lang)} ({mt.count})", m(mt.amount)) for mt in summary.by_method
    ]
    methods.append(
        DocRow(word("collected", lang), m(sum(mt.amount for mt in summary.by_method)), bold=True)
    )
    drawer = [
        DocRow(word("opening_float", lang), m(s.opening_float)),
        DocRow(word("cash_in", lang), m(summary.cash_taken)),
        DocRow(word("expected", lang), m(summary.expected_cash), bold=True),
    ]
    if summary.counted_cash is not None:
        drawer.append(DocRow(word("counted", lang), m(summary.counted_cash), bold=True))
        diff = summary.over_short or 0
        label = word("over" if diff > 0 else "short" if diff < 0 else "even", lang)
        drawer.append(DocRow(label, m(diff), bold=True))
    counted = [
        DocRow(f"{n} × {m(d)}", m(n * d))
        for d, n in sorted(summary.counted_detail.items(), reverse=True)
    ]
    sections = [
        ReportSection(word("shift", lang), tuple(head)),
        ReportSection(word("sales_before_taxes", lang), tuple(sales)),
        ReportSection(word("taxes", lang), tuple(taxes)),
        ReportSection(word("by_method", lang), tuple(methods)),
        ReportSection(word("cash_drawer", lang), tuple(drawer)),
    ]
    if counted:
        sections.append(ReportSection(word("denominations", lang), tuple(counted)))
    return ReportDocument(
        title=word("zreport", lang),
        organisation=org.name,
        header_lines=_header(org),
        sections=tuple(sections),
    )


#: The words a ticket prints that receipts do not (the rest come from guichet.i18n.documents).
TICKET_WORDS: dict[str, dict[str, str]] = {
    "fr": {
        "section": "Section",
        "row": "Rangée",
        "seat": "Siège",
        "general_admission": "Admission générale",
        "free": "Gratuit",
        "copy": "COPIE",
        "copy_line": "Copie imprimée le {when}",
        "refunded": "REMBOURSÉ — NON VALIDE",
        "cancelled": "ANNULÉ — NON VALIDE",
        "exchanged": "ÉCHANGÉ — NON VALIDE",
        "number": "{rank} sur {count}",
    },
    "en": {
        "section": "Section",
        "row": "Row",
        "seat": "Seat",
        "general_admission": "General admission",
        "free": "Complimentary",
        "copy": "COPY",
        "copy_line": "Copy printed {when}",
        "refunded": "REFUNDED — NOT VALID",
        "cancelled": "CANCELLED — NOT VALID",
        "exchanged": "EXCHANGED — NOT VALID",
        "number": "{rank} of {count}",
    },
}


def ticket_word(key: str, lang: str = "fr") -> str:
    return TICKET_WORDS.get(lang, TICKET_WORDS["fr"]).get(key) or TICKET_WORDS["fr"][key]


def order_ticket_ids(session: Session, order_id: str) -> list[str]:
    """The tickets of an order in the order they print: by line, then by rank (a seated
    line's n-th ticket holds its n-th seat), void ones included."""
    return list(
        session.scalars(
            select(Ticket.id)
            .join(OrderLine, OrderLine.id == Ticket.order_line_id)
            .where(Ticket.order_id == order_id)
            .order_by(OrderLine.position, Ticket.rank)
        )
    )


def valid_ticket_ids(session: Session, order_id: str) -> list[str]:
    """The tickets of an order that still admit someone, in print order."""
    valid = set(
        session.scalars(
            select(Ticket.id).where(
                Ticket.order_id == order_id, Ticket.status == TicketStatus.VALID.value
            )
        )
    )
    return [ticket_id for ticket_id in order_ticket_ids(session, order_id) if ticket_id in valid]


_Get = Callable[[type[Any], Any], Any]


def _venue_text(get: _Get, event: Event | None) -> str:
    """« Théâtre du Quai — Grande salle »: the venue, and the hall when the event names one."""
    if event is None:
        return ""
    venue = get(Venue, event.venue_id)
    hall = get(Hall, event.hall_id) if event.hall_id else None
    parts = [p for p in (venue.name if venue else "", hall.name if hall else "") if p]
    return " — ".join(dict.fromkeys(parts))


def _seat_cells(get: _Get, seat_id: str | None, lang: str) -> tuple[DocRow, ...]:
    seat = get(SeatRow, seat_id) if seat_id else None
    if seat is None:
        return ()
    return (
        DocRow(ticket_word("section", lang), seat.section),
        DocRow(ticket_word("row", lang), seat.row),
        DocRow(ticket_word("seat", lang), seat.number),
    )


def ticket_document(
    session: Session, ticket_id: str, lang: str = "fr", *, copy_at: datetime | None = None
) -> TicketDocument:
    """A ticket as printed, from its row: its own code, its date, seat, category and price.

    ``copy_at`` marks a reprint (« COPIE », with when it was printed). A ticket refunded,
    cancelled or exchanged comes out marked as such and without its QR code: never as valid.
    """
    return ticket_documents(session, [ticket_id], lang, copy_at=copy_at)[0]


def ticket_documents(
    session: Session,
    ticket_ids: Sequence[str],
    lang: str = "fr",
    *,
    copy_at: datetime | None = None,
) -> list[TicketDocument]:
    """Several tickets (an order's), in the order given; see :func:`ticket_document`."""
    wanted = list(ticket_ids)
    tickets = {t.id: t for t in session.scalars(select(Ticket).where(Ticket.id.in_(wanted)))}
    # The session's identity map holds rows weakly: keeping what was loaded for one ticket
    # lets the next find its organisation, date, event and venue without a query.
    kept: dict[tuple[type[Any], Any], Any] = {}

    def get(model: type[Any], key: Any) -> Any:
        if (model, key) not in kept:
            kept[model, key] = session.get(model, key)
        return kept[model, key]

    numbering: dict[str, list[str]] = {}
    documents = []
    for ticket_id in wanted:
        ticket = tickets.get(ticket_id)
        if ticket is None:
            raise LookupError(ticket_id)
        if ticket.order_id is not None and ticket.order_id not in numbering:
            numbering[ticket.order_id] = order_ticket_ids(session, ticket.order_id)
        ids = numbering.get(ticket.order_id or "", [])
        documents.append(_ticket_document(session, get, ticket, ids, lang, copy_at))
    return documents


def _ticket_document(
    session: Session,
    get: _Get,
    ticket: Ticket,
    order_tickets: list[str],
    lang: str,
    copy_at: datetime | None,
) -> TicketDocument:
    org = get(Organisation, ticket.organisation_id)
    occ = get(Occurrence, ticket.occurrence_id)
    assert org is not None and occ is not None
    event = get(Event, occ.event_id)
    rows: list[DocRow] = []
    if ticket.booking_id is not None:
        # A place booked with a gift package or a pass: paid with the card, no price.
        booking = get(Booking, ticket.booking_id)
        card = get(Card, booking.card_id) if booking else None
        card_type = get(CardType, card.card_type_id) if card else None
        if booking is not None and booking.place_kind == "alacarte":
            rows.append(DocRow(word("ticket_category", lang), word("alacarte", lang)))
        if card_type is not None:
            kind = word("pass" if card_type.kind == "pass" else "package", lang).capitalize()
            rows.append(DocRow(kind, card_type.name))
    else:
        line = get(OrderLine, ticket.order_line_id) if ticket.order_line_id else None
        category = get(TicketCategory, ticket.category_id) if ticket.category_id else None
        if line is not None and line.kind == "alacarte":
            name = word("alacarte", lang)
        elif category is not None:
            name = (category.name_en if lang == "en" else "") or category.name_fr
        else:
            name = line.description if line else ""
        rows.append(DocRow(word("ticket_category", lang), name))
        if line is not None:
            price = (
                ticket_word("free", lang)
                if line.unit_price == 0
                else money(line.unit_price, lang, org.currency)
            )
            rows.append(DocRow(word("price", lang), price))
    if ticket.holder:
        rows.append(DocRow(word("holder", lang), ticket.holder, bold=True))
    if len(order_tickets) > 1 and ticket.id in order_tickets:
        rank = order_tickets.index(ticket.id) + 1
        number = ticket_word("number", lang).format(rank=rank, count=len(order_tickets))
        rows.append(DocRow(word("ticket_number", lang), number))
    status = TicketStatus(ticket.status)
    void_mark = "" if status is TicketStatus.VALID else ticket_word(status.value, lang)
    copy_mark = copy_line = ""
    if copy_at is not None:
        copy_mark = ticket_word("copy", lang)
        copy_line = ticket_word("copy_line", lang).format(
            when=timestamp(copy_at, org.timezone, lang)
        )
    return TicketDocument(
        title=word("ticket", lang),
        organisation=org.name,
        event=(event.name_en if lang == "en" and event else "") or (event.name if event else ""),
        when=event_datetime(occ.starts_at, org.timezone, lang),
        venue=_venue_text(get, event),
        seat=_seat_cells(get, ticket.seat_id, lang),
        admission=ticket_word("general_admission", lang),
        rows=tuple(rows),
        code=_printable(ticket.code, "ticket"),
        code_caption=display(ticket.code),
        footer_lines=tuple(
            line for line in (org.receipt_footer or "").splitlines() if line.strip()
        ),
        copy_mark=copy_mark,
        copy_line=copy_line,
        void_mark=void_mark,
        ticket_id=ticket.id,
    )


def order_tickets_document(
    session: Session, order_id: str, lang: str = "fr", *, valid_only: bool = True
) -> DocumentSet:
    """An order's tickets as one document, one ticket per page (a PDF to print at home)."""
    order = session.get(Order, order_id)
    if order is None:
        raise LookupError(order_id)
    org = session.get(Organisation, order.organisation_id)
    assert org is not None
    ids = valid_ticket_ids(session, order_id) if valid_only else order_ticket_ids(session, order_id)
    return DocumentSet(
        title=word("tickets", lang),
        organisation=org.name,
        parts=tuple(ticket_documents(session, ids, lang)),
        cut_between="full",
    )


def receipt_with_tickets(session: Session, receipt_id: str, lang: str = "fr") -> DocumentSet:
    """The organisation's "combined" printing: the receipt, then each ticket still valid,
    on one strip (a partial cut between them, the customer tears them apart)."""
    receipt = receipt_document(session, receipt_id, lang)
    row = session.get(Receipt, receipt_id)
    assert row is not None
    tickets = tuple(ticket_documents(session, valid_ticket_ids(session, row.order_id), lang))
    return DocumentSet(
        title=receipt.title,
        organisation=receipt.organisation,
        parts=(receipt, *tickets),
        cut_between="partial",
    )


def _card_rows(session: Session, card: Card, lang: str) -> list[DocRow]:
    from guichet.domain.cards import CardTerms
    from guichet.i18n.formatting import long_date

    terms = CardTerms.from_json(card.terms)
    rows: list[DocRow] = []
    if card.holder_name:
        rows.append(DocRow(word("holder", lang), card.holder_name, bold=True))
    if terms.family:
        rows.append(DocRow(word("family", lang), ""))
    uses = word("unlimited", lang) if terms.uses is None else str(terms.uses)
    rows.append(DocRow(word("uses", lang), uses))
    if terms.starts_on:
        rows.append(DocRow(word("valid_from", lang), long_date(terms.starts_on, lang)))
    if terms.expires_on:
        rows.append(DocRow(word("expires", lang), long_date(terms.expires_on, lang)))
    if terms.all_activities:
        rows.append(DocRow(word("activities", lang), word("all_activities", lang)))
    else:
        names = sorted(
            session.scalars(select(Activity.name).where(Activity.id.in_(terms.activity_ids))),
            key=str.casefold,
        )
        rows.append(DocRow(word("activities", lang), ", ".join(names)))
    return rows


def card_document(session: Session, card_id: str, lang: str = "fr") -> ReceiptDocument:
    """The printed gift package or pass: what it gives, and its code as a QR code."""
    card = session.get(Card, card_id)
    if card is None:
        raise LookupError(card_id)
    org = session.get(Organisation, card.organisation_id)
    card_type = session.get(CardType, card.card_type_id)
    assert org is not None and card_type is not None
    return ReceiptDocument(
        title=word("pass" if card_type.kind == "pass" else "package", lang),
        organisation=org.name,
        header_lines=(card_type.name,),
        meta_rows=tuple(_card_rows(session, card, lang)),
        lines=(),
        total_rows=(),
        payment_rows=(),
        footer_lines=tuple(
            line for line in (org.receipt_footer or "").splitlines() if line.strip()
        ),
        qr_payload=_printable(card.code, "card"),
        qr_caption=display(card.code),
    )


def _printable(code: str, kind: str) -> str:
    """A code to print: never a digest (a card or ticket sold at another counter, whose code
    this counter was never shown: docs/SECURITY.md)."""
    if bearer.is_digest(code):
        raise DomainError("code_not_on_this_counter", kind=kind)
    return code
