"""Build the printable documents (receipts, Z reports) from what the database recorded."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from guichet.domain.codes import display
from guichet.i18n.documents import word
from guichet.i18n.formatting import event_datetime, money, percent, timestamp
from guichet.models.tables import (
    Activity,
    Booking,
    Card,
    CardType,
    Event,
    Occurrence,
    Order,
    OrderLine,
    Organisation,
    Payment,
    Promotion,
    Receipt,
    Refund,
    Tax,
    Terminal,
    TicketCategory,
    User,
)
from guichet.printing.document import (
    DocLine,
    DocRow,
    ReceiptDocument,
    ReportDocument,
    ReportSection,
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
    """« Rabais : Bon de 10 $ » — the promotion that took an amount off the cart."""
    promotion = session.get(Promotion, order.promotion_id) if order.promotion_id else None
    name = ""
    if promotion is not None:
        name = (promotion.name_en if lang == "en" else "") or promotion.name_fr
    label = word("discount", lang)
    if not name:
        return label
    return f"{label}\u00a0: {name}" if lang == "fr" else f"{label}: {name}"


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
        DocRow(word("cashier", lang), cashier.name if cashier else ""),
        DocRow(word("order", lang), display(order.code)),
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
            return f"{word('code', lang)} {display(card.code)}" if card else ""
        occ = session.get(Occurrence, line.occurrence_id)
        when = event_datetime(occ.starts_at, tz, lang) if occ else ""
        seats = seats_text(session, line.seat_ids or (), lang)
        return f"{line.description} — {when}" + (f" · {seats}" if seats else "")

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
        qr_payload=order.code,
        qr_caption=display(order.code),
        reprint=reprint,
        extra_codes=tuple(
            (card.code, f"{line.description} — {display(card.code)}")
            for line in order.lines
            if refund is None and (card := cards_sold.get(line.card_id or "")) is not None
        ),
        discount_rows=tuple(discount_rows),
    )


def seats_text(session: Session, seat_ids: Sequence[str], lang: str) -> str:
    """ "Parterre, rangée F, sièges 11, 12" for the seats of a line (reserved seating)."""
    if not seat_ids:
        return ""
    from guichet.domain.seating import make_seat, seat_labels
    from guichet.models.tables import SeatRow

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


def ticket_document(
    session: Session, receipt_id: str, number: int, lang: str = "fr"
) -> ReceiptDocument:
    """Ticket ``number`` (1-based) of an order: show, date, category, holder and its code."""
    receipt = session.get(Receipt, receipt_id)
    if receipt is None:
        raise LookupError(receipt_id)
    order = session.get(Order, receipt.order_id)
    assert order is not None
    org = session.get(Organisation, order.organisation_id)
    assert org is not None
    tickets = [line for line in order.lines if line.kind != "card" for _ in range(line.quantity)]
    if not 1 <= number <= len(tickets):
        raise LookupError(f"{receipt_id}:{number}")
    line = tickets[number - 1]
    occ = session.get(Occurrence, line.occurrence_id)
    category = session.get(TicketCategory, line.category_id)
    holder = (order.participant or {}).get("name", "")
    ticket_code = f"{order.code}{number:02d}"
    rows = [
        DocRow(
            word("ticket_category", lang),
            (category.name_fr if lang == "fr" else category.name_en) if category else "",
        ),
        DocRow(word("ticket_number", lang), f"{number} / {len(tickets)}"),
        DocRow(word("order", lang), display(order.code)),
    ]
    if holder:
        rows.insert(0, DocRow(word("holder", lang), holder, bold=True))
    seats = list(line.seat_ids or ())
    if seats:
        # Tickets of a line are numbered in seat order: ticket n is the line's n-th seat.
        index = sum(1 for t in tickets[:number] if t is line) - 1
        rows.insert(
            0, DocRow(word("seat", lang), seats_text(session, [seats[index]], lang), bold=True)
        )
    price = (
        word("complimentary", lang)
        if line.unit_price == 0
        else money(line.unit_price, lang, org.currency)
    )
    rows.append(DocRow(word("price", lang), price))
    return ReceiptDocument(
        title=word("ticket", lang),
        organisation=org.name,
        header_lines=(
            line.description,
            event_datetime(occ.starts_at, org.timezone, lang) if occ else "",
        ),
        meta_rows=tuple(rows),
        lines=(),
        total_rows=(),
        payment_rows=(),
        footer_lines=tuple(
            line for line in (org.receipt_footer or "").splitlines() if line.strip()
        ),
        qr_payload=ticket_code,
        qr_caption=display(order.code),
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
        qr_payload=card.code,
        qr_caption=display(card.code),
    )


def booking_document(session: Session, booking_id: str, lang: str = "fr") -> ReceiptDocument:
    """The ticket of a booking made with a card: who, what, when; the card's QR code."""
    booking = session.get(Booking, booking_id)
    if booking is None:
        raise LookupError(booking_id)
    occ = session.get(Occurrence, booking.occurrence_id)
    card = session.get(Card, booking.card_id)
    assert occ is not None and card is not None
    event = session.get(Event, occ.event_id)
    org = session.get(Organisation, card.organisation_id)
    card_type = session.get(CardType, card.card_type_id)
    assert event is not None and org is not None and card_type is not None
    uses = card.terms.get("uses")
    rows = [
        DocRow(word("participant", lang), booking.participant or card.holder_name, bold=True),
        DocRow(
            word("pass" if card_type.kind == "pass" else "package", lang).capitalize(),
            card_type.name,
        ),
        DocRow(word("code", lang), display(card.code)),
    ]
    if booking.place_kind == "alacarte":
        rows.append(DocRow(word("alacarte", lang), ""))
    if uses is not None:
        rows.append(DocRow(word("uses_left", lang), str(max(uses - card.uses_taken, 0))))
    return ReceiptDocument(
        title=word("booking", lang),
        organisation=org.name,
        header_lines=(event.name, event_datetime(occ.starts_at, org.timezone, lang)),
        meta_rows=tuple(rows),
        lines=(),
        total_rows=(),
        payment_rows=(),
        footer_lines=tuple(
            line for line in (org.receipt_footer or "").splitlines() if line.strip()
        ),
        qr_payload=card.code,
        qr_caption=display(card.code),
    )
