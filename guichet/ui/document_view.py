"""Show a receipt, a ticket or a report on screen the way it comes out of the printer."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from guichet.printing.document import (
    DocRow,
    Document,
    DocumentSet,
    ReceiptDocument,
    ReportDocument,
    TicketDocument,
)

QR_MODULE_PIXELS = 4  # an order code: 21 modules + the quiet zone = 100 px, readable, not a poster


def qr_image(payload: str, scale: int = QR_MODULE_PIXELS) -> QImage:
    """``payload``'s QR code, black on white, as the printers make it (error correction M),
    with a quiet zone of two modules so that a scanner can read it off the screen too."""
    import qrcode

    code = qrcode.QRCode(border=2, error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(payload)
    code.make(fit=True)
    matrix = code.get_matrix()
    side = len(matrix)
    image = QImage(side, side, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                image.setPixel(x, y, 0xFF000000)
    # Scaled without smoothing: modules stay sharp squares.
    return image.scaled(
        side * scale, side * scale, Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.FastTransformation,
    )


def document_codes(doc: Document) -> list[str]:
    """The payloads of the QR codes ``doc`` prints, in order: ``qr:0``, ``qr:1``… in the HTML."""
    if isinstance(doc, DocumentSet):
        return [code for part in doc.parts for code in document_codes(part)]
    if isinstance(doc, TicketDocument):
        return [doc.code] if doc.valid else []  # a void ticket has no code to scan
    if not isinstance(doc, ReceiptDocument):
        return []
    codes = [doc.qr_payload] if doc.qr_payload else []
    return codes + [payload for payload, _caption in doc.extra_codes]


def _qr(index: int, caption: str) -> str:
    html = f"<p align='center'><img src='qr:{index}'>"
    if caption:
        html += f"<br>{escape(caption)}"
    return html + "</p>"


def _row(row: DocRow) -> str:
    weight = "font-weight:bold;" if row.bold else ""
    return (
        f"<tr><td style='{weight}'>{escape(row.label)}</td>"
        f"<td align='right' style='{weight}'>{escape(row.value)}</td></tr>"
    )


MUTED = "#57606a"


def _mark(text: str) -> str:
    """White on black, as the printers print « COPIE » or « REMBOURSÉ »."""
    return (
        "<p align='center' style='font-size: 18pt;'><span style='background-color: #000000;"
        f" color: #ffffff;'><b>&nbsp;{escape(text)}&nbsp;</b></span></p>"
    )


def _ticket_html(doc: TicketDocument, first_code: int) -> str:
    parts = [
        f"<p align='center'><b>{escape(doc.organisation)}</b><br>",
        f"<span style='color:{MUTED}'>{escape(doc.title)}</span></p>",
    ]
    mark = doc.void_mark or doc.copy_mark
    if mark:
        parts.append(_mark(mark))
    parts.append(f"<p align='center' style='font-size: 22pt;'><b>{escape(doc.event)}</b></p>")
    parts.append(f"<p align='center'><b>{escape(doc.when)}</b>")
    if doc.venue:
        parts.append(f"<br>{escape(doc.venue)}")
    parts.append("</p><hr>")
    if doc.seat:
        parts.append("<table width='100%'><tr>")
        parts += [
            f"<td align='center' style='color:{MUTED}'>{escape(cell.label)}</td>"
            for cell in doc.seat
        ]
        parts.append("</tr><tr>")
        parts += [
            f"<td align='center' style='font-size: 22pt;'><b>{escape(cell.value)}</b></td>"
            for cell in doc.seat
        ]
        parts.append("</tr></table>")
    elif doc.admission:
        admission = escape(doc.admission)
        parts.append(f"<p align='center' style='font-size: 16pt;'><b>{admission}</b></p>")
    parts.append("<hr><table width='100%'>")
    parts += [_row(r) for r in doc.rows]
    parts.append("</table>")
    if doc.valid:
        parts.append(f"<p align='center'><img src='qr:{first_code}'><br>")
        parts.append(f"<span style='font-size: 18pt;'><b>{escape(doc.code_caption)}</b></span></p>")
    else:
        parts.append(_mark(doc.void_mark))
        parts.append(f"<p align='center' style='color:{MUTED}'>{escape(doc.code_caption)}</p>")
    lines = [doc.copy_line] if doc.copy_line else []
    lines += list(doc.footer_lines)
    if lines:
        parts.append("<p align='center'>" + "<br>".join(escape(line) for line in lines) + "</p>")
    return "".join(parts)


def document_html(doc: Document) -> str:
    if isinstance(doc, DocumentSet | TicketDocument):
        parts = ["<div style='font-family: DejaVu Sans Mono, monospace; font-size: 14pt;'>"]
        code = 0
        for index, part in enumerate(doc.parts if isinstance(doc, DocumentSet) else (doc,)):
            if index:
                # Where the printer cuts (or leaves a hinge): one strip, several documents.
                parts.append(f"<p align='center' style='color:{MUTED}'>✂ · · · · · · · · ·</p>")
            if isinstance(part, TicketDocument):
                parts.append(_ticket_html(part, code))
            else:
                inner = document_html(part)
                # Its own QR codes are numbered from 0: shift them after those before it.
                for own in reversed(range(len(document_codes(part)))):
                    inner = inner.replace(f"src='qr:{own}'", f"src='qr:{own + code}'")
                parts.append(inner)
            code += len(document_codes(part))
        parts.append("</div>")
        return "".join(parts)
    parts = [
        "<div style='font-family: DejaVu Sans Mono, monospace; font-size: 14pt;'>",
        f"<p align='center'><b>{escape(doc.organisation)}</b><br>",
        "<br>".join(escape(line) for line in doc.header_lines),
        "</p>",
        f"<p align='center' style='font-size: 20pt;'><b>{escape(doc.title)}</b></p>",
    ]
    if isinstance(doc, ReceiptDocument):
        parts.append("<table width='100%'>")
        parts += [_row(r) for r in doc.meta_rows]
        parts.append("</table><hr><table width='100%'>")
        for line in doc.lines:
            price = escape(line.unit_price)
            if line.regular_unit_price:
                price = f"<s>{escape(line.regular_unit_price)}</s> {price}"
            parts.append(
                f"<tr><td><b>{line.count} × {escape(line.description)}</b> @ {price}</td>"
                f"<td align='right'>{escape(line.total)}</td></tr>"
                f"<tr><td colspan='2' style='color:#57606a'>{escape(line.detail)}</td></tr>"
            )
        parts += [_row(r) for r in doc.discount_rows]  # lines + discount = subtotal
        parts.append("</table><hr><table width='100%'>")
        parts += [_row(r) for r in doc.total_rows]
        parts.append("</table><hr><table width='100%'>")
        parts += [_row(r) for r in doc.payment_rows]
        parts.append("</table>")
        # The codes are drawn, as on paper (images named after document_codes' order).
        index = 0
        if doc.qr_payload:
            parts.append(_qr(index, doc.qr_caption))
            index += 1
        for _payload, caption in doc.extra_codes:
            parts.append(_qr(index, caption))
            index += 1
    elif isinstance(doc, ReportDocument):
        for section in doc.sections:
            parts.append(f"<h3>{escape(section.title)}</h3><table width='100%'>")
            parts += [_row(r) for r in section.rows]
            parts.append("</table>")
    parts.append("<p align='center'>")
    parts.append("<br>".join(escape(line) for line in doc.footer_lines))
    parts.append("</p></div>")
    return "".join(parts)


class DocumentView(QTextBrowser):
    def __init__(self, doc: Document | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        if doc is not None:
            self.show_document(doc)

    def show_document(self, doc: Document) -> None:
        self.document_shown = doc
        for index, payload in enumerate(document_codes(doc)):
            self.document().addResource(
                QTextDocument.ResourceType.ImageResource, QUrl(f"qr:{index}"), qr_image(payload)
            )
        self.setHtml(document_html(doc))
