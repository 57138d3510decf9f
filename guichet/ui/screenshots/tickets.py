"""Screenshot builders of printed tickets (issue 17, part 2).

``ticket``: the tickets window of a sale (F8 on the receipt), showing a seated ticket as it
comes out of the thermal printer. ``ticket-pdf``: the first page of the same sale's tickets as
PDF (one ticket per Letter page), rendered by PDFium (the ``pypdfium2`` development package:
PySide6-Essentials has no QtPdf and the machines have no Poppler). ``ticket-escpos``: the same
first ticket as the thermal printer receives it (the print queue's bytes), printed onto paper
by guichet/ui/escpos_preview.py.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtWidgets import QLabel, QScrollArea, QWidget

from guichet.domain.cart import Cart
from guichet.ui.escpos_preview import render_escpos
from guichet.ui.screenshots.registry import (
    SEATED_SCREENSHOTS,
    SIZE,
    ScreenshotContext,
    _login,
    demo_dates,
    screenshot,
)

SEATED_SCREENSHOTS.update({"ticket", "ticket-pdf", "ticket-escpos"})


def _seated_sale(ctx: ScreenshotContext) -> str:
    """Sophie sells two Adulte seats of Cyrano de Bergerac (Parterre, row F, 11 and 12) and
    reprints the second: the receipt's id."""
    counter = ctx.counter
    _login(counter, "cashier")
    counter.open_shift(20000)
    show = demo_dates(counter, counter.today(), "Cyrano de Bergerac")[0]
    seating = counter.seating(show.id)
    assert seating is not None
    seats = [seating.seat_map.find("Parterre", "F", n) for n in ("11", "12")]
    adult = next(c.category_id for c in counter.categories(show.id) if c.code == "adult")
    cart = Cart()
    counter.pick_seats(cart, show.id, adult, [s.id for s in seats if s is not None])
    payment = counter.payment_session(cart)
    payment.add_cash(payment.cash_due)
    return counter.sell(cart, payment).receipt_id


@screenshot("ticket")
def _tickets_window(ctx: ScreenshotContext) -> QWidget:
    """The sale's tickets (F8 on its receipt): the first one as the thermal printer prints
    it, its seat in three columns, its own code as a QR code."""
    from guichet.ui.receipt_view import TicketsDialog

    receipt_id = _seated_sale(ctx)
    return TicketsDialog(ctx.counter, receipt_id)


@screenshot("ticket-pdf")
def _ticket_pdf_page(ctx: ScreenshotContext) -> QWidget:
    """The first page of the sale's tickets as PDF, as a customer prints it at home."""
    import pypdfium2 as pdfium

    from guichet.printing.pdf import render_pdf

    receipt_id = _seated_sale(ctx)
    data = render_pdf(ctx.counter.tickets_pdf_document(receipt_id), page="letter")
    pdf = pdfium.PdfDocument(data)
    try:
        bitmap = pdf[0].render(scale=96 / 72)  # a Letter page at 96 dpi: 816 × 1056
        image = bitmap.to_pil().convert("RGB")
    finally:
        pdf.close()
    raw = image.tobytes()
    qimage = QImage(raw, image.width, image.height, 3 * image.width, QImage.Format.Format_RGB888)
    page = QLabel()
    page.setPixmap(QPixmap.fromImage(qimage.copy()))
    page.setAlignment(Qt.AlignmentFlag.AlignCenter)
    # The page is taller than the screen: the picture shows its top, where the ticket is.
    area = QScrollArea()
    area.setWidget(page)
    area.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    area.resize(image.width + 24, 720)
    return area


@screenshot("ticket-escpos")
def _ticket_escpos(ctx: ScreenshotContext) -> QWidget:
    """The sale's first ticket as the thermal printer prints it: the very bytes the print
    queue sends to a ``file:`` printer, printed onto paper by the ESC/POS preview."""
    receipt_id = _seated_sale_printed(ctx)
    data = _first_ticket_bytes(ctx, receipt_id)
    image = render_escpos(data, width_dots=576 if ctx.runtime.settings.paper_width >= 42 else 384)
    return _paper_strip(image)


def _seated_sale_printed(ctx: ScreenshotContext) -> str:
    # The demo terminal has no printer, so its sales queue nothing: this one has a thermal
    # printer, and the sale queues its receipt then one job per ticket, as at a real counter.
    ctx.counter.printing_enabled = True
    return _seated_sale(ctx)


def _first_ticket_bytes(ctx: ScreenshotContext, receipt_id: str) -> bytes:
    """What the print queue writes to the printer for the receipt's first ticket job."""
    import tempfile
    from pathlib import Path

    from guichet.services.printqueue import PrintQueue

    with tempfile.TemporaryDirectory() as folder:
        device = Path(folder) / "printer.bin"
        queue = PrintQueue(
            ctx.counter.session_factory,
            ctx.counter.terminal_id,
            f"file:{device}",
            lang=ctx.lang,
            width=ctx.runtime.settings.paper_width,
        )
        job = next(j for j in queue.jobs_of_receipt(receipt_id) if j.kind == "ticket")
        outcome = queue.print_job(job.id)
        assert outcome.ok, outcome
        return device.read_bytes()


def _paper_strip(image: QImage) -> QWidget:
    """The printed strip on a grey counter, shrunk (smoothly) to the screenshot's height when
    it is longer than the screen: the whole ticket, from its top to the cut, in one picture."""
    # The printable 72 mm (576 dots) lie in the middle of an 80 mm roll: 4 mm of bare paper
    # on each side (32 dots at 203 dpi).
    paper = QImage(image.width() + 2 * _PAPER_EDGE, image.height(), QImage.Format.Format_RGB32)
    paper.fill(Qt.GlobalColor.white)
    painter = QPainter(paper)
    painter.drawImage(_PAPER_EDGE, 0, image)
    painter.end()
    room = SIZE[1] - 2 * _STRIP_MARGIN
    pixmap = QPixmap.fromImage(paper)
    if pixmap.height() > room:
        pixmap = pixmap.scaledToHeight(room, Qt.TransformationMode.SmoothTransformation)
    strip = QLabel()
    strip.setPixmap(pixmap)
    strip.setAlignment(Qt.AlignmentFlag.AlignCenter)
    strip.setStyleSheet("background: #5f6368;")
    strip.resize(pixmap.width() + 2 * _STRIP_MARGIN, pixmap.height() + 2 * _STRIP_MARGIN)
    return strip


_STRIP_MARGIN = 20
_PAPER_EDGE = 32
