"""Prices add up on paper (issue 16, part 7), on the real demo database.

A cart with a fixed amount off the cart and a cart with a percentage off the tickets are sold,
then partly refunded. Each receipt is read back the way someone checks it with a pencil —
from the Qt-free document, from the ESC/POS bytes that python-escpos's real printer classes
produce, and from what the PDF renderer draws — in French and in English: the printed line
amounts plus the printed discount make the printed subtotal, the subtotal plus the printed
taxes the printed total. The Z report's figures are compared with sums recomputed from the
orders: gross, discounts, refunds and net are all before taxes, and gross − discounts −
refunds = net.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from escpos.printer import Dummy, File
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import select
from sqlalchemy.orm import Session

from guichet.domain.cart import Cart
from guichet.domain.promotions import Promotion, Targeting, amount_off_cart, percent_off
from guichet.models.tables import (
    Order,
    OrderLine,
    OrderTax,
    Payment,
    Receipt,
    Refund,
    RefundLineRow,
    Tax,
)
from guichet.printing import pdf as pdf_module
from guichet.printing.document import ReceiptDocument, ReportDocument
from guichet.printing.escpos import render
from guichet.services import documents
from guichet.services.counter import Counter
from guichet.services.handlers import SaleRecorded
from guichet.services.promotions import PromotionAdmin

MINUS = "\u2212"
# The words a reader looks for on the paper.
WORDS = {
    "fr": {
        "subtotal": "Sous-total",
        "total": "TOTAL",
        "refunded_total": "TOTAL REMBOURSÉ",
        "discount": "Rabais",
        "gross_sales": "Ventes brutes",
        "discounts": "Rabais (promotions)",
        "refunds": "Remboursements (2)",
        "net_sales": "Ventes nettes",
        "taxes_total": "Total des taxes",
        "net_with_taxes": "Ventes nettes, taxes comprises",
        "cash_rounding": "Arrondi (espèces)",
        "collected": "Total encaissé",
    },
    "en": {
        "subtotal": "Subtotal",
        "total": "TOTAL",
        "refunded_total": "TOTAL REFUNDED",
        "discount": "Discount",
        "gross_sales": "Gross sales",
        "discounts": "Discounts (promotions)",
        "refunds": "Refunds (2)",
        "net_sales": "Net sales",
        "taxes_total": "Total taxes",
        "net_with_taxes": "Net sales, taxes included",
        "cash_rounding": "Cash rounding",
        "collected": "Total collected",
    },
}


def word(key: str, lang: str) -> str:
    return WORDS[lang][key]


THEATRE = ("Les Belles-sœurs", "Le Malade imaginaire")

# An amount at the end of a printed row: « −1 234,50 $ » / « -$1,234.50 » (spaces of any kind).
_AMOUNT = re.compile(
    r"(?P<amount>[-\u2212]?(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})*,\d{2}[ \u00a0\u202f]\$"
    r"|\$\d{1,3}(?:,\d{3})*\.\d{2}))\s*$"
)


def cents(text: str) -> int:
    """``"−1 234,50 $"`` / ``"-$1,234.50"`` -> -123450."""
    match = _AMOUNT.search(text.strip())
    assert match is not None, text
    amount = match["amount"]
    value = int(re.sub(r"\D", "", amount))
    return -value if amount[0] in "-\u2212" else value


# --- reading a receipt back ---------------------------------------------------------------


@dataclass
class Paper:
    """The amounts of one printed receipt, as a reader finds them."""

    lines: list[int]
    discounts: list[int]
    subtotal: int
    taxes: list[int]
    total: int


def read_rows(rows: list[tuple[str, str]], lang: str) -> Paper:
    """``rows``: (label, amount text) in printed order, for every row ending with an amount."""
    subtotal_label = word("subtotal", lang)
    totals = (word("total", lang), word("refunded_total", lang))
    discount = word("discount", lang)
    lines: list[int] = []
    discounts: list[int] = []
    taxes: list[int] = []
    subtotal: int | None = None
    for label, amount in rows:
        label = label.strip()
        if subtotal is None:
            if label == subtotal_label:
                subtotal = cents(amount)
            elif re.match(r"^[-\u2212]?\d+ [×x] \S", label):  # « 2 × Adulte » and its amount
                lines.append(cents(amount))
            elif label.startswith(discount):
                discounts.append(cents(amount))
        elif label in totals:
            return Paper(lines, discounts, subtotal, taxes, cents(amount))
        else:
            taxes.append(cents(amount))
    raise AssertionError(f"no subtotal and total in {rows}")


def document_rows(doc: ReceiptDocument) -> list[tuple[str, str]]:
    rows = [(f"{line.quantity} × {line.description}", line.total) for line in doc.lines]
    rows += [(row.label, row.value) for row in getattr(doc, "discount_rows", ())]
    rows += [(row.label, row.value) for row in doc.total_rows]
    return rows


def _strip_escpos(data: bytes) -> bytes:
    """The printed characters of an ESC/POS job: commands (and raster images) taken out."""
    out = bytearray()
    i = 0
    while i < len(data):
        byte = data[i]
        if byte == 0x1B:  # ESC: "ESC @" alone, every other command here takes one argument
            i += 2 if data[i + 1] == ord("@") else 3
        elif byte == 0x1D:  # GS
            command = data[i + 1]
            if command == ord("("):  # GS ( k pL pH data: the native QR code
                i += 5 + data[i + 3] + 256 * data[i + 4]
            elif command == ord("v"):  # GS v 0 m xL xH yL yH data: a raster image
                x = data[i + 4] + 256 * data[i + 5]
                y = data[i + 6] + 256 * data[i + 7]
                i += 8 + x * y
            elif command == ord("V"):  # GS V m [n]: the cut
                i += 3 if data[i + 2] in (0, 1, 48, 49) else 4
            else:
                i += 3
        else:
            out.append(byte)
            i += 1
    return bytes(out)


def escpos_rows(data: bytes) -> list[tuple[str, str]]:
    text = _strip_escpos(data).decode("cp850")
    assert "\x1b" not in text and "\x1d" not in text
    rows = []
    for line in text.splitlines():
        match = _AMOUNT.search(line)
        # Indented by two: a line's unit prices and details. (Totals are right-aligned.)
        if match is not None and not re.match(r"^  \S", line):
            rows.append((line[: match.start()], match["amount"]))
    return rows


class RecordingCanvas(Canvas):
    """reportlab's canvas, remembering each string drawn (to read the PDF back in order)."""

    drawn: list[tuple[str, str]] = []

    def drawString(self, x: float, y: float, text: str, *args: object, **kw: object) -> None:
        RecordingCanvas.drawn.append(("left", text))
        super().drawString(x, y, text, *args, **kw)  # type: ignore[arg-type]

    def drawRightString(self, x: float, y: float, text: str, *args: object, **kw: object) -> None:
        RecordingCanvas.drawn.append(("right", text))
        super().drawRightString(x, y, text, *args, **kw)  # type: ignore[arg-type]


@pytest.fixture
def pdf_strings(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[ReceiptDocument], list]]:
    monkeypatch.setattr(pdf_module, "Canvas", RecordingCanvas)

    def draw(doc: ReceiptDocument) -> list[tuple[str, str]]:
        RecordingCanvas.drawn = []
        data = pdf_module.render_pdf(doc)
        assert data.startswith(b"%PDF-")
        return list(RecordingCanvas.drawn)

    yield draw


def pdf_rows(drawn: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """An amount drawn flush right, with the label drawn just before it on its row."""
    rows = []
    for (_, label), (side, value) in zip(drawn, drawn[1:], strict=False):
        if side == "right" and _AMOUNT.search(value) and not _AMOUNT.search(label):
            rows.append((label, value))
    return rows


def escpos_bytes(doc: ReceiptDocument | ReportDocument, tmp_path: Path) -> list[bytes]:
    """The job as a network-less Dummy printer and as a File printer (a device file) get it."""
    dummy = Dummy(profile="TM-T88V")
    render(doc, dummy)
    target = tmp_path / "lp0"
    device = File(str(target), profile="TM-T88V")
    device.open()
    render(doc, device)
    device.close()
    return [dummy.output, target.read_bytes()]


def assert_adds_up(paper: Paper, total: int, *, discounted: bool) -> None:
    assert sum(paper.lines) + sum(paper.discounts) == paper.subtotal, paper
    assert paper.subtotal + sum(paper.taxes) == paper.total, paper
    assert paper.total == total
    assert len(paper.taxes) == 2  # TPS and TVQ, each on its own row
    if discounted:
        assert len(paper.discounts) == 1 and paper.discounts[0] != 0, paper
    else:
        assert paper.discounts == [], paper


# --- the sales ------------------------------------------------------------------------------


@pytest.fixture
def admin(cashier_counter: Counter, supervisor) -> PromotionAdmin:  # type: ignore[no-untyped-def]
    return PromotionAdmin(
        cashier_counter.session_factory,
        cashier_counter.terminal_id,
        lambda: supervisor,
        lang="fr",
        clock=cashier_counter.clock,
    )


def theatre(counter: Counter) -> Targeting:
    events = {o.event_id for o in counter.occurrences(counter.today()) if o.event_name in THEATRE}
    return Targeting(event_ids=frozenset(events))


def sell(counter: Counter, code: str, **quantities: int) -> SaleRecorded:
    occ = next(o for o in counter.occurrences(counter.today()) if o.event_name == THEATRE[0])
    categories = {c.code: c.category_id for c in counter.categories(occ.id)}
    cart = Cart()
    for category, quantity in quantities.items():
        counter.add_to_cart(cart, occ.id, categories[category], quantity)
    counter.apply_code(cart, code)
    payment = counter.payment_session(cart)
    payment.add_cash(payment.cash_due)
    return counter.sell(cart, payment)


@dataclass
class Shift:
    counter: Counter
    cart_sale: SaleRecorded  # 10,01 $ off the cart
    percent_sale: SaleRecorded  # 20 % off each ticket
    refunds: list[str]  # receipt ids


@pytest.fixture
def shift(cashier_counter: Counter, admin: PromotionAdmin, supervisor) -> Shift:  # type: ignore[no-untyped-def]
    counter = cashier_counter
    bon = admin.save(
        Promotion(
            id="",
            name_fr="Bon cadeau",
            name_en="Gift voucher",
            effect=amount_off_cart(1001),
            targeting=theatre(counter),
        )
    )
    admin.add_custom_code(bon, "BON10", None)
    discovery = admin.save(
        Promotion(
            id="", name_fr="Mardis découverte", effect=percent_off(20), targeting=theatre(counter)
        )
    )
    admin.add_custom_code(discovery, "DECOUVERTE", None)
    # 84,00 + 20,00 + 36,00 = 140,00 $: the 10,01 $ splits unevenly over the three lines.
    cart_sale = sell(counter, "BON10", adult=2, child=1, senior=1)
    percent_sale = sell(counter, "DECOUVERTE", adult=3)  # 3 × 33,60 $ (42,00 $ struck)
    with counter.session_factory() as session:
        lines = {
            (line.order_id, line.unit_price): line.id for line in session.scalars(select(OrderLine))
        }
    # One of the two adults and the child of the discounted cart; one percent ticket.
    refunds = [
        counter.refund(
            cart_sale.order_id,
            {lines[(cart_sale.order_id, 4200)]: 1, lines[(cart_sale.order_id, 2000)]: 1},
            supervisor,
        ).receipt_id,
        counter.refund(
            percent_sale.order_id, {lines[(percent_sale.order_id, 3360)]: 1}, supervisor
        ).receipt_id,
    ]
    return Shift(counter, cart_sale, percent_sale, refunds)


# --- receipts ----------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_cart_discount_receipt_adds_up_on_paper(
    shift: Shift, lang: str, tmp_path: Path, pdf_strings: Callable[[ReceiptDocument], list]
) -> None:
    counter = shift.counter
    with counter.session_factory() as session:
        doc = documents.receipt_document(session, shift.cart_sale.receipt_id, lang)
        order = session.get(Order, shift.cart_sale.order_id)
        assert order is not None
        # The lines at their price, the 10,01 $ once under them, named after the promotion.
        assert sorted(line.unit_price * line.quantity for line in order.lines) == [2000, 3600, 8400]
        assert sum(line.discount for line in order.lines) == 1001
    paper = read_rows(document_rows(doc), lang)
    assert sorted(paper.lines) == [2000, 3600, 8400]
    assert_adds_up(paper, shift.cart_sale.total, discounted=True)
    for data in escpos_bytes(doc, tmp_path):
        assert_adds_up(read_rows(escpos_rows(data), lang), shift.cart_sale.total, discounted=True)
    drawn = pdf_strings(doc)
    assert any(text.startswith(MINUS) for _, text in drawn)
    assert_adds_up(read_rows(pdf_rows(drawn), lang), shift.cart_sale.total, discounted=True)
    name = "Bon cadeau" if lang == "fr" else "Gift voucher"
    assert [row.label for row in doc.discount_rows] == [
        f"{word('discount', lang)}\u00a0: {name}" if lang == "fr" else f"Discount: {name}"
    ]
    assert doc.discount_rows[0].value.startswith(MINUS)  # a true minus sign, not a hyphen
    assert cents(doc.discount_rows[0].value) == -1001


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_percent_receipt_adds_up_with_the_regular_price_struck(
    shift: Shift, lang: str, tmp_path: Path, pdf_strings: Callable[[ReceiptDocument], list]
) -> None:
    with shift.counter.session_factory() as session:
        doc = documents.receipt_document(session, shift.percent_sale.receipt_id, lang)
    assert [
        (line.quantity, cents(line.unit_price), cents(line.regular_unit_price or ""))
        for line in doc.lines
    ] == [(3, 3360, 4200)]
    paper = read_rows(document_rows(doc), lang)
    assert paper.lines == [10080]
    assert_adds_up(paper, shift.percent_sale.total, discounted=False)
    for data in escpos_bytes(doc, tmp_path):
        assert_adds_up(
            read_rows(escpos_rows(data), lang), shift.percent_sale.total, discounted=False
        )
    assert_adds_up(
        read_rows(pdf_rows(pdf_strings(doc)), lang), shift.percent_sale.total, discounted=False
    )


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_refund_receipts_add_up_on_paper(
    shift: Shift, lang: str, tmp_path: Path, pdf_strings: Callable[[ReceiptDocument], list]
) -> None:
    counter = shift.counter
    for receipt_id, discounted in zip(shift.refunds, (True, False), strict=True):
        with counter.session_factory() as session:
            doc = documents.receipt_document(session, receipt_id, lang)
            receipt = session.get(Receipt, receipt_id)
            assert receipt is not None
            refund = session.get(Refund, receipt.refund_id)
            assert refund is not None
            refund_total = -refund.total
            # What the refunded units had been charged: their share of the lines' amounts.
            charged = sum(rl.net_amount for rl in refund.lines)
        paper = read_rows(document_rows(doc), lang)
        assert paper.subtotal == -charged
        assert all(amount < 0 for amount in paper.lines)
        assert all(line.total.startswith(MINUS) for line in doc.lines)
        assert all(line.count.startswith(MINUS) for line in doc.lines)  # « −1 × Adulte »
        assert_adds_up(paper, refund_total, discounted=discounted)
        if discounted:  # the share of the cart discount these units had is not given back
            assert paper.discounts[0] > 0
        for data in escpos_bytes(doc, tmp_path):
            assert_adds_up(read_rows(escpos_rows(data), lang), refund_total, discounted=discounted)
        assert_adds_up(
            read_rows(pdf_rows(pdf_strings(doc)), lang), refund_total, discounted=discounted
        )


def test_a_cart_amount_above_the_price_prints_the_price_and_the_whole_discount(
    cashier_counter: Counter, admin: PromotionAdmin
) -> None:
    """2 × 42,00 $ with 100 $ off: the line prints 84,00 $, the discount −84,00 $, nothing due
    (not a line at 0,00 $ with no discount in sight)."""
    counter = cashier_counter
    pid = admin.save(
        Promotion(
            id="", name_fr="Bon de 100 $", effect=amount_off_cart(10000), targeting=theatre(counter)
        )
    )
    admin.add_custom_code(pid, "BON100", None)
    occ = next(o for o in counter.occurrences(counter.today()) if o.event_name == THEATRE[0])
    cart = Cart()
    counter.add_to_cart(cart, occ.id, counter.categories(occ.id)[0].category_id, 2)
    counter.apply_code(cart, "BON100")
    payment = counter.payment_session(cart)
    sale = counter.sell(cart, payment)
    doc = counter.receipt_document(sale.receipt_id)
    assert [cents(line.total) for line in doc.lines] == [8400]
    assert [(row.label, cents(row.value)) for row in doc.discount_rows] == [
        ("Rabais\u00a0: Bon de 100 $", -8400)
    ]
    paper = read_rows(document_rows(doc), "fr")
    assert (paper.subtotal, paper.taxes, paper.total) == (0, [0, 0], 0)


# --- the Z report ---------------------------------------------------------------------------


def recomputed(session: Session, shift_id: str, lang: str) -> dict[str, int]:
    """The shift's figures from its orders and refunds, as an accountant would add them."""
    orders = list(session.scalars(select(Order).where(Order.shift_id == shift_id)))
    lines = [line for order in orders for line in order.lines]
    gross = sum((line.regular_unit_price or line.unit_price) * line.quantity for line in lines)
    discounts = sum(
        ((line.regular_unit_price or line.unit_price) - line.unit_price) * line.quantity
        + line.discount
        for line in lines
    )
    refunds = list(session.scalars(select(Refund).where(Refund.shift_id == shift_id)))
    refunded = sum(rl.net_amount for r in refunds for rl in r.lines)
    taxes: dict[str, int] = defaultdict(int)  # by tax name, refunds taken off
    names = {t.code: t.name_fr if lang == "fr" else t.name_en for t in session.scalars(select(Tax))}
    for tax in session.scalars(
        select(OrderTax)
        .join(Order, OrderTax.order_id == Order.id)
        .where(Order.shift_id == shift_id)
    ):
        taxes[names[tax.code]] += tax.amount
    for rl in session.scalars(
        select(RefundLineRow).join(Refund).where(Refund.shift_id == shift_id)
    ):
        for code, amount in rl.tax_detail.items():
            taxes[names[code]] -= amount
    payments = session.scalars(select(Payment.amount).where(Payment.shift_id == shift_id))
    return {
        "gross": gross,
        "discounts": discounts,
        "refunds": refunded,
        "refund_count": len(refunds),
        "net": sum(order.subtotal for order in orders) - refunded,
        **{f"tax {name}": amount for name, amount in taxes.items()},
        "taxes": sum(taxes.values()),
        "collected": sum(payments),
    }


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_z_report_figures_are_all_before_taxes_and_add_up(
    shift: Shift, lang: str, tmp_path: Path
) -> None:
    counter = shift.counter
    shift_id = counter.shift_summary().shift.id
    with counter.session_factory() as session:
        doc = documents.zreport_document(session, shift_id, lang)
        expected = recomputed(session, shift_id, lang)
    rows = {r.label: r.value for s in doc.sections for r in s.rows}
    # Gross first: it used to be the orders' totals, taxes included.
    gross = cents(rows[word("gross_sales", lang)])
    assert gross == expected["gross"]
    assert word("discounts", lang) in rows, "discounts on their own line"
    discounts = -cents(rows[word("discounts", lang)])
    refunds = -cents(rows[word("refunds", lang)])
    net = cents(rows[word("net_sales", lang)])
    assert gross - discounts - refunds == net
    assert (discounts, refunds, net) == (
        expected["discounts"],
        expected["refunds"],
        expected["net"],
    )
    # 140,00 + 126,00 $ at regular prices; 10,01 $ + 3 × 8,40 $ off.
    assert (gross, discounts) == (26600, 1001 + 2520)
    assert rows[word("discounts", lang)].startswith(MINUS)
    sales_title = "Ventes (avant taxes)" if lang == "fr" else "Sales (before taxes)"
    sales = next(s for s in doc.sections if s.title == sales_title)
    assert [r.label for r in sales.rows][2:] == [
        word(key, lang) for key in ("gross_sales", "discounts", "refunds", "net_sales")
    ]

    taxes = next(s for s in doc.sections if s.title == "Taxes")
    tax_rows = {r.label: cents(r.value) for r in taxes.rows}
    assert tax_rows[word("taxes_total", lang)] == expected["taxes"]
    for name, amount in expected.items():  # each tax on its own row, refunds taken off
        if name.startswith("tax "):
            assert tax_rows[name[4:]] == amount
    assert tax_rows[word("net_with_taxes", lang)] == net + expected["taxes"]
    rounding = tax_rows.get(word("cash_rounding", lang), 0)
    assert cents(rows[word("collected", lang)]) == expected["collected"]
    assert net + expected["taxes"] + rounding == expected["collected"]

    # The printed Z report says the same (bytes through a real python-escpos printer).
    for data in escpos_bytes(doc, tmp_path):
        text = _strip_escpos(data).decode("cp850")
        printed = {
            line[: m.start()].strip(): cents(m["amount"])
            for line in text.splitlines()
            if (m := _AMOUNT.search(line)) is not None
        }
        assert printed[word("gross_sales", lang)] == gross
        assert printed[word("discounts", lang)] == -discounts
        assert printed[word("net_sales", lang)] == net
