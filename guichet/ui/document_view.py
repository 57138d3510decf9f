"""Show a receipt or a report on screen the way it comes out of the printer."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from guichet.printing.document import DocRow, Document, ReceiptDocument, ReportDocument


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
                f"<tr><td><b>{line.quantity} × {escape(line.description)}</b> @ {price}</td>"
                f"<td align='right'>{escape(line.total)}</td></tr>"
                f"<tr><td colspan='2' style='color:#57606a'>{escape(line.detail)}</td></tr>"
            )
        parts.append("</table><hr><table width='100%'>")
        parts += [_row(r) for r in doc.total_rows]
        parts.append("</table><hr><table width='100%'>")
        parts += [_row(r) for r in doc.payment_rows]
        parts.append("</table>")
        if doc.qr_caption:
            parts.append(f"<p align='center'>[QR] {escape(doc.qr_caption)}</p>")
        for _payload, caption in doc.extra_codes:
            parts.append(f"<p align='center'>[QR] {escape(caption)}</p>")
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
        self.setHtml(document_html(doc))
