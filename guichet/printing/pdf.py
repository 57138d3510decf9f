"""PDF renderer (reportlab): the same documents as the ESC/POS renderer, for screens and paper.

``roll80`` imitates the thermal receipt: an 80 mm wide page exactly as tall as its content.
``letter`` centres the same column on US Letter pages (several pages for a long Z report).
A ticket on ``letter`` is printed larger, framed by a dashed line, one ticket per page: what
a customer prints at home. A :class:`DocumentSet` puts each of its parts on its own page.

Font: Bitstream Vera Sans, which ships inside reportlab itself (reportlab/fonts), so the PDF
looks the same on every machine and is embedded; it covers French completely (é à ç œ Œ Ÿ
« » — ’ …). It lacks only the narrow no-break space U+202F of fr-CA amounts, which is drawn
as a no-break space. If the TTF cannot be loaded we fall back to Helvetica, whose WinAnsi
encoding also covers French.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import reportlab
from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.colors import Color, black
from reportlab.lib.pagesizes import letter
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from guichet.printing.document import (
    DocLine,
    DocRow,
    Document,
    DocumentSet,
    ReceiptDocument,
    ReportDocument,
    TicketDocument,
)

PageName = Literal["roll80", "letter"]

GREY = Color(0.35, 0.35, 0.35)

# Characters the font lacks, drawn as their closest equivalent.
_FONT_SUBSTITUTES = str.maketrans(
    {"\u202f": "\u00a0", "\u2007": "\u00a0", "\u2009": " ", "\u200a": " ", "\u2060": ""}
)
_BREAKABLE = " "  # only ASCII spaces break lines: no-break spaces keep amounts whole


@dataclass(frozen=True)
class _Fonts:
    regular: str
    bold: str


_fonts: _Fonts | None = None


def _load_fonts() -> _Fonts:
    global _fonts
    if _fonts is None:
        folder = os.path.join(os.path.dirname(reportlab.__file__), "fonts")
        try:
            pdfmetrics.registerFont(TTFont("GuichetSans", os.path.join(folder, "Vera.ttf")))
            pdfmetrics.registerFont(TTFont("GuichetSans-Bold", os.path.join(folder, "VeraBd.ttf")))
            _fonts = _Fonts("GuichetSans", "GuichetSans-Bold")
        except Exception:  # a trimmed reportlab install: the standard fonts still do French
            _fonts = _Fonts("Helvetica", "Helvetica-Bold")
    return _fonts


@dataclass(frozen=True)
class _Style:
    width: float  # the column
    margin: float
    body: float  # font sizes, points
    small: float
    title: float
    org: float
    qr: float  # QR side
    event: float = 0.0  # a ticket's event name (0: the title's size)
    frame: bool = False  # a dashed frame around the content (a ticket printed at home)

    def leading(self, size: float) -> float:
        return size * 1.3


_ROLL80 = _Style(width=72 * mm, margin=4 * mm, body=8, small=7, title=13, org=10, qr=28 * mm)
_LETTER = _Style(width=95 * mm, margin=18 * mm, body=10, small=8.5, title=16, org=12, qr=32 * mm)
# A ticket printed at home: read at the door from a sheet of Letter paper, its QR code large
# enough for any scanner or phone camera, the whole framed so it can be cut out or folded.
_TICKET_LETTER = _Style(
    width=130 * mm,
    margin=22 * mm,
    body=12,
    small=10,
    title=18,
    org=13,
    qr=55 * mm,
    event=24,
    frame=True,
)
_ROLL80_TICKET = _Style(
    width=72 * mm, margin=4 * mm, body=8, small=7, title=13, org=10, qr=34 * mm, event=15
)


@dataclass(frozen=True)
class _Item:
    """One indivisible band of the page: its height, and how to draw it from its top."""

    height: float
    draw: Callable[[Canvas, float, float], None]  # (canvas, column left x, band top y)


class _Layout:
    def __init__(self, style: _Style, fonts: _Fonts) -> None:
        self.style = style
        self.fonts = fonts
        self.items: list[_Item] = []

    # -- measuring ------------------------------------------------------------------------

    def width_of(self, text: str, font: str, size: float) -> float:
        return float(pdfmetrics.stringWidth(text, font, size))

    def split(self, text: str, font: str, size: float, width: float) -> list[str]:
        """Words on lines no wider than ``width``; over-long words are cut."""
        lines: list[str] = []
        current = ""
        for word in text.translate(_FONT_SUBSTITUTES).split(_BREAKABLE):
            candidate = f"{current} {word}" if current else word
            if self.width_of(candidate, font, size) <= width:
                current = candidate
                continue
            if current:
                lines.append(current)
            current = word
            while self.width_of(current, font, size) > width and len(current) > 1:
                cut = len(current) - 1
                while cut > 1 and self.width_of(current[:cut], font, size) > width:
                    cut -= 1
                lines.append(current[:cut])
                current = current[cut:]
        lines.append(current)
        return lines

    # -- bands ----------------------------------------------------------------------------

    def space(self, height: float) -> None:
        self.items.append(_Item(height, lambda c, x, y: None))

    def rule(self) -> None:
        width = self.style.width
        gap = self.style.body * 0.6

        def draw(c: Canvas, x: float, y: float) -> None:
            c.setStrokeColor(GREY)
            c.setLineWidth(0.5)
            c.line(x, y - gap, x + width, y - gap)

        self.items.append(_Item(2 * gap, draw))

    def text(
        self,
        text: str,
        *,
        bold: bool = False,
        size: float | None = None,
        align: Literal["left", "center"] = "left",
        indent: float = 0.0,
        color: Color = black,
    ) -> None:
        size = size or self.style.body
        font = self.fonts.bold if bold else self.fonts.regular
        leading = self.style.leading(size)
        for line in self.split(text, font, size, self.style.width - indent):

            def draw(c: Canvas, x: float, y: float, line: str = line) -> None:
                c.setFont(font, size)
                c.setFillColor(color)
                baseline = y - leading + (leading - size) / 2 + size * 0.2
                if align == "center":
                    c.drawCentredString(x + self.style.width / 2, baseline, line)
                else:
                    c.drawString(x + indent, baseline, line)

            self.items.append(_Item(leading, draw))

    def row(
        self,
        label: str,
        value: str,
        *,
        bold: bool = False,
        size: float | None = None,
        label_right_at: float | None = None,
    ) -> None:
        """``label`` then ``value`` flush right; the label wraps in the room left."""
        size = size or self.style.body
        font = self.fonts.bold if bold else self.fonts.regular
        leading = self.style.leading(size)
        value = value.translate(_FONT_SUBSTITUTES)
        value_width = self.width_of(value, font, size)
        gap = size * 0.8
        room = label_right_at if label_right_at is not None else self.style.width - value_width
        room -= gap
        lines = self.split(label, font, size, max(room, self.style.width / 3))
        column = self.style.width

        for index, line in enumerate(lines):

            def draw(
                c: Canvas, x: float, y: float, line: str = line, first: bool = index == 0
            ) -> None:
                c.setFont(font, size)
                c.setFillColor(black)
                baseline = y - leading + (leading - size) / 2 + size * 0.2
                if label_right_at is not None:
                    c.drawRightString(x + label_right_at - gap, baseline, line)
                else:
                    c.drawString(x, baseline, line)
                if first:
                    c.drawRightString(x + column, baseline, value)

            self.items.append(_Item(leading, draw))

    def doc_line(self, line: DocLine) -> None:
        style = self.style
        self.row(f"{line.count} × {line.description}", line.total, bold=True)
        indent = style.body
        if line.regular_unit_price or line.quantity != 1:
            self._unit_prices(line, indent)
        if line.detail:
            self.text(line.detail, size=style.small, indent=indent, color=GREY)
        self.space(style.body * 0.3)

    def _unit_prices(self, line: DocLine, indent: float) -> None:
        size = self.style.small
        font = self.fonts.regular
        leading = self.style.leading(size)
        prefix = f"{line.count} × "
        regular = (line.regular_unit_price or "").translate(_FONT_SUBSTITUTES)
        unit = line.unit_price.translate(_FONT_SUBSTITUTES)

        def draw(c: Canvas, x: float, y: float) -> None:
            c.setFont(font, size)
            c.setFillColor(black)
            baseline = y - leading + (leading - size) / 2 + size * 0.2
            cursor = x + indent
            c.drawString(cursor, baseline, prefix)
            cursor += self.width_of(prefix, font, size)
            if regular:
                # The regular price, struck through with a real line (not a font effect,
                # which PDF does not have): the cashier and the customer see the saving.
                regular_width = self.width_of(regular, font, size)
                c.setFillColor(GREY)
                c.drawString(cursor, baseline, regular)
                c.setStrokeColor(black)
                c.setLineWidth(max(size / 14, 0.5))
                strike_y = baseline + size * 0.3
                c.line(cursor - 0.5, strike_y, cursor + regular_width + 0.5, strike_y)
                cursor += regular_width + self.width_of("  ", font, size)
                c.setFillColor(black)
            c.drawString(cursor, baseline, unit)

        self.items.append(_Item(leading, draw))

    def totals(self, rows: tuple[DocRow, ...]) -> None:
        """Amounts flush right; labels flush right against them, like a column of sums."""
        if not rows:
            return
        widest = max(
            self.width_of(
                row.value.translate(_FONT_SUBSTITUTES),
                self.fonts.bold,
                self.style.body * (1.2 if row.bold else 1),
            )
            for row in rows
        )
        label_right_at = self.style.width - widest
        for row in rows:
            size = self.style.body * (1.2 if row.bold else 1)
            self.row(row.label, row.value, bold=row.bold, size=size, label_right_at=label_right_at)

    def mark(self, text: str) -> None:
        """White bold capitals on a black band across the column: « COPIE », « REMBOURSÉ »."""
        size = self.style.title
        font = self.fonts.bold
        leading = self.style.leading(size)
        column = self.style.width
        label = text.translate(_FONT_SUBSTITUTES)
        while size > self.style.body and self.width_of(label, font, size) > column - size:
            size -= 0.5

        def draw(c: Canvas, x: float, y: float) -> None:
            c.setFillColor(black)
            c.rect(x, y - leading, column, leading, stroke=0, fill=1)
            c.setFillColor(Color(1, 1, 1))
            c.setFont(font, size)
            baseline = y - leading + (leading - size) / 2 + size * 0.2
            c.drawCentredString(x + column / 2, baseline, label)
            c.setFillColor(black)

        self.items.append(_Item(leading, draw))

    def columns(self, cells: tuple[DocRow, ...]) -> None:
        """Side by side, each centred in its share of the column: a small grey label over a
        large bold value (a seat's section, row and number)."""
        if not cells:
            return
        style = self.style
        share = style.width / len(cells)
        label_size = style.small
        sizes = []
        for cell in cells:
            size = style.title
            value = cell.value.translate(_FONT_SUBSTITUTES)
            while size > style.body and self.width_of(value, self.fonts.bold, size) > share - 4:
                size -= 0.5
            sizes.append(size)
        value_size = min(sizes)
        height = style.leading(label_size) + style.leading(value_size)

        def draw(c: Canvas, x: float, y: float) -> None:
            for index, cell in enumerate(cells):
                centre = x + share * index + share / 2
                c.setFillColor(GREY)
                c.setFont(self.fonts.regular, label_size)
                c.drawCentredString(centre, y - label_size * 1.1, cell.label)
                c.setFillColor(black)
                c.setFont(self.fonts.bold, value_size)
                value = cell.value.translate(_FONT_SUBSTITUTES)
                label_room = style.leading(label_size)
                c.drawCentredString(centre, y - label_room - value_size * 1.05, value)

        self.items.append(_Item(height, draw))

    def qr(self, payload: str) -> None:
        side = self.style.qr
        column = self.style.width

        def draw(c: Canvas, x: float, y: float) -> None:
            widget = QrCodeWidget(payload, barLevel="M")
            x0, y0, x1, y1 = widget.getBounds()
            drawing = Drawing(
                side, side, transform=[side / (x1 - x0), 0, 0, side / (y1 - y0), 0, 0]
            )
            drawing.add(widget)
            renderPDF.draw(drawing, c, x + (column - side) / 2, y - side)

        self.items.append(_Item(side, draw))


def _build_ticket(doc: TicketDocument, layout: _Layout) -> None:
    style = layout.style
    layout.text(doc.organisation, bold=True, size=style.org, align="center")
    layout.text(doc.title, size=style.small, align="center", color=GREY)
    mark = doc.void_mark or doc.copy_mark
    if mark:
        layout.space(style.body * 0.4)
        layout.mark(mark)
    layout.space(style.body * 0.8)
    layout.text(doc.event, bold=True, size=style.event or style.title, align="center")
    layout.space(style.body * 0.3)
    layout.text(doc.when, bold=True, align="center")
    if doc.venue:
        layout.text(doc.venue, align="center")
    layout.rule()
    if doc.seat:
        layout.columns(doc.seat)
    elif doc.admission:
        layout.text(doc.admission, bold=True, size=style.body * 1.2, align="center")
    layout.rule()
    for row in doc.rows:
        layout.row(row.label, row.value, bold=row.bold)
    layout.space(style.body * 0.8)
    if doc.valid:
        layout.qr(doc.code)
        layout.space(style.body * 0.3)
        layout.text(doc.code_caption, bold=True, size=style.body * 1.3, align="center")
    else:
        # A ticket that no longer admits anyone carries no QR code: nothing to scan by mistake.
        layout.mark(doc.void_mark)
        layout.text(doc.code_caption, align="center", color=GREY)
    if doc.copy_line:
        layout.text(doc.copy_line, size=style.small, align="center")
    if doc.footer_lines:
        layout.space(style.body * 0.6)
        for footer in doc.footer_lines:
            layout.text(footer, size=style.small, align="center", color=GREY)


def _build(document: ReceiptDocument | ReportDocument | TicketDocument, layout: _Layout) -> None:
    if isinstance(document, TicketDocument):
        _build_ticket(document, layout)
        return
    style = layout.style
    layout.text(document.organisation, bold=True, size=style.org, align="center")
    for header in document.header_lines:
        layout.text(header, align="center")
    layout.space(style.body * 0.6)
    layout.text(document.title, bold=True, size=style.title, align="center")
    layout.space(style.body * 0.6)

    if isinstance(document, ReceiptDocument):
        for row in document.meta_rows:
            layout.row(row.label, row.value, bold=row.bold)
        layout.rule()
        for line in document.lines:
            layout.doc_line(line)
        for row in document.discount_rows:  # in the lines' column: lines + discount = subtotal
            layout.row(row.label, row.value, bold=True)
        layout.rule()
        layout.totals(document.total_rows)
        if document.payment_rows:
            layout.rule()
            for row in document.payment_rows:
                layout.row(row.label, row.value, bold=row.bold)
        if document.footer_lines:
            layout.space(style.body)
            for footer in document.footer_lines:
                layout.text(footer, align="center")
        if document.qr_payload:
            layout.space(style.body * 0.5)
            layout.qr(document.qr_payload)
            if document.qr_caption:
                layout.text(document.qr_caption, size=style.small, align="center")
        for payload, caption in document.extra_codes:
            layout.space(style.body * 0.5)
            layout.qr(payload)
            layout.text(caption, size=style.small, align="center")
    elif isinstance(document, ReportDocument):
        for section in document.sections:
            layout.space(style.body * 0.8)
            layout.text(section.title, bold=True, size=style.body * 1.15)
            layout.rule()
            for row in section.rows:
                layout.row(row.label, row.value, bold=row.bold)
        if document.footer_lines:
            layout.space(style.body)
            for footer in document.footer_lines:
                layout.text(footer, align="center")
    else:  # pragma: no cover - guarded by the type checker
        raise TypeError(f"cannot render {type(document).__name__}")


def _style_for(document: ReceiptDocument | ReportDocument | TicketDocument, page: str) -> _Style:
    if isinstance(document, TicketDocument):
        return _ROLL80_TICKET if page == "roll80" else _TICKET_LETTER
    return _ROLL80 if page == "roll80" else _LETTER


def _draw_part(
    canvas: Canvas,
    document: ReceiptDocument | ReportDocument | TicketDocument,
    page: PageName,
) -> None:
    """Lay ``document`` out and draw it on pages of its own (one, unless a long report)."""
    style = _style_for(document, page)
    layout = _Layout(style, _load_fonts())
    _build(document, layout)
    content = sum(item.height for item in layout.items)
    if page == "roll80":
        # The height is known before drawing: the page is exactly as long as the receipt.
        pagesize = (style.width + 2 * style.margin, content + 2 * style.margin)
    else:
        pagesize = letter
    canvas.setPageSize(pagesize)
    page_width, page_height = pagesize
    x = (page_width - style.width) / 2
    top = page_height - style.margin
    if style.frame:
        # Dashed, a little outside the content: where to cut a ticket printed at home.
        pad = 5 * mm
        height = min(content, top - style.margin)
        canvas.saveState()
        canvas.setStrokeColor(GREY)
        canvas.setLineWidth(0.6)
        canvas.setDash(4, 3)
        canvas.rect(x - pad, top - height - pad, style.width + 2 * pad, height + 2 * pad)
        canvas.restoreState()
    y = top
    for item in layout.items:
        # Only letter pages can fill up; the tolerance absorbs float rounding on roll80.
        if y - item.height < style.margin - 0.01 and y < top:
            canvas.showPage()
            y = top
        item.draw(canvas, x, y)
        y -= item.height
    canvas.showPage()


def render_pdf(document: Document, *, page: PageName = "roll80", compress: bool = True) -> bytes:
    """The PDF of ``document``; ``compress=False`` leaves content streams readable. The parts
    of a :class:`DocumentSet` each start a page: an order's tickets print one per page."""
    if page not in ("roll80", "letter"):
        raise ValueError(f"unknown page {page!r}: expected 'roll80' or 'letter'")
    parts = document.parts if isinstance(document, DocumentSet) else (document,)
    if not parts:
        raise ValueError("nothing to render: the document set is empty")
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=letter, pageCompression=1 if compress else 0)
    canvas.setTitle(document.title)
    canvas.setAuthor(document.organisation)
    canvas.setCreator("Guichet")
    for part in parts:
        _draw_part(canvas, part, page)
    canvas.save()
    return buffer.getvalue()


def write_pdf(document: Document, path: str | os.PathLike[str], page: PageName = "roll80") -> None:
    """Write the PDF of ``document`` to ``path`` (replaced whole, never half-written)."""
    data = render_pdf(document, page=page)
    target = Path(path)
    partial = target.with_name(target.name + ".part")
    partial.write_bytes(data)
    os.replace(partial, target)
