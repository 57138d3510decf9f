"""Show a receipt or a report on screen the way it comes out of the printer."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from guichet.printing.document import DocRow, Document, ReceiptDocument, ReportDocument

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


def document_html(doc: Document) -> str:
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
