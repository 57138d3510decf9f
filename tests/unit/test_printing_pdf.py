"""PDF rendering with reportlab: valid files, content present, strikethrough drawn."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from guichet.printing.document import (
    DocLine,
    DocRow,
    ReceiptDocument,
    ReportDocument,
    ReportSection,
)
from guichet.printing.pdf import render_pdf, write_pdf

NNBSP = "\u202f"
NBSP = "\u00a0"

_MEDIABOX = re.compile(rb"/MediaBox \[ *([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+) *\]")
_LINE_OP = re.compile(rb"[\d.]+ [\d.]+ m [\d.]+ [\d.]+ l S")


def make_line(regular: str | None = None, description: str = "Adulte") -> DocLine:
    return DocLine(
        description=description,
        detail="Le Malade imaginaire — samedi 5 décembre 2026, 20 h",
        quantity=2,
        unit_price=f"20,00{NBSP}$",
        total=f"40,00{NBSP}$",
        regular_unit_price=regular,
    )


def make_receipt(lines: int = 3) -> ReceiptDocument:
    return ReceiptDocument(
        title="REÇU",
        organisation="Théâtre du Cœur",
        header_lines=("123, rue Saint-Paul, Québec",),
        meta_rows=(DocRow("Receipt", "000123"),),
        lines=tuple(make_line(description=f"Billet {i + 1}") for i in range(lines)),
        total_rows=(
            DocRow("Subtotal", f"1{NNBSP}234,50{NBSP}$"),
            DocRow("TOTAL", f"1{NNBSP}419,35{NBSP}$", bold=True),
        ),
        payment_rows=(DocRow("Cash", f"1{NNBSP}420,00{NBSP}$"),),
        footer_lines=("Merci de votre visite !",),
        qr_payload="ORD-7F3K-92QX",
        qr_caption="ORD-7F3K-92QX",
    )


def make_report(rows_per_section: int = 4) -> ReportDocument:
    return ReportDocument(
        title="RAPPORT Z",
        organisation="Théâtre du Cœur",
        header_lines=("Caisse 1",),
        sections=tuple(
            ReportSection(
                f"Section {s}",
                tuple(
                    DocRow(f"Row {s}-{r}", f"{r},00{NBSP}$", bold=r == 0)
                    for r in range(rows_per_section)
                ),
            )
            for s in range(3)
        ),
        footer_lines=("Printed 2026-12-05",),
    )


def media_boxes(pdf: bytes) -> list[tuple[float, float]]:
    return [(float(m[3]) - float(m[1]), float(m[4]) - float(m[2])) for m in _MEDIABOX.finditer(pdf)]


def assert_valid_pdf(pdf: bytes) -> None:
    assert pdf.startswith(b"%PDF-")
    assert pdf.rstrip().endswith(b"%%EOF")


@pytest.mark.parametrize("page", ["roll80", "letter"])
def test_receipt_pdf_is_valid_and_holds_the_total(page: str) -> None:
    pdf = render_pdf(make_receipt(), page=page, compress=False)  # type: ignore[arg-type]

    assert_valid_pdf(pdf)
    assert b"TOTAL" in pdf
    assert b"419,35" in pdf
    assert b"Subtotal" in pdf


def test_compressed_pdf_is_valid() -> None:
    assert_valid_pdf(render_pdf(make_receipt()))


def test_roll80_page_is_80mm_wide_and_as_tall_as_its_content() -> None:
    short = media_boxes(render_pdf(make_receipt(lines=1), compress=False))
    long = media_boxes(render_pdf(make_receipt(lines=20), compress=False))

    assert len(short) == len(long) == 1
    assert short[0][0] == pytest.approx(80 / 25.4 * 72, abs=0.01)
    assert long[0][1] > short[0][1] + 19 * 20  # every line adds at least 20 pt


def test_letter_pages_and_pagination() -> None:
    one = render_pdf(make_receipt(), page="letter", compress=False)
    many = render_pdf(make_report(rows_per_section=40), page="letter", compress=False)

    assert media_boxes(one) == [(612.0, 792.0)]
    assert len(media_boxes(many)) >= 2
    assert all(box == (612.0, 792.0) for box in media_boxes(many))


def test_regular_price_is_struck_through() -> None:
    plain = make_receipt(lines=0)
    promo = replace(plain, lines=(make_line(regular=f"25,00{NBSP}$"),))
    without = replace(plain, lines=(make_line(),))

    promo_pdf = render_pdf(promo, compress=False)
    without_pdf = render_pdf(without, compress=False)

    assert b"25,00" in promo_pdf
    assert b"25,00" not in without_pdf
    # Exactly one more stroked line: the strike, drawn right after the regular price.
    assert len(_LINE_OP.findall(promo_pdf)) == len(_LINE_OP.findall(without_pdf)) + 1
    after_price = promo_pdf[promo_pdf.index(b"25,00") :]
    first_line_op = _LINE_OP.search(after_price)
    assert first_line_op is not None
    assert b"20,00" not in after_price[: first_line_op.start()]  # before the new price


def test_report_pdf_has_section_titles_and_rows() -> None:
    pdf = render_pdf(make_report(), page="roll80", compress=False)

    assert_valid_pdf(pdf)
    for title in (b"Section 0", b"Section 1", b"Section 2", b"Row 2-3"):
        assert title in pdf


def test_bold_rows_use_the_bold_font() -> None:
    pdf = render_pdf(make_receipt(), compress=False)

    def font_of(text: bytes) -> bytes:
        found = re.search(rb"/(F[\w+]+) [\d.]+ Tf [\d.]+ TL \(" + re.escape(text) + rb"\)", pdf)
        assert found is not None, text
        return found[1]

    assert b"VeraSans-Bold" in pdf or b"Helvetica-Bold" in pdf
    assert font_of(b"TOTAL") != font_of(b"Subtotal")  # the bold row, the regular row


def test_unknown_page_is_refused() -> None:
    with pytest.raises(ValueError):
        render_pdf(make_receipt(), page="a4")  # type: ignore[arg-type]


def test_write_pdf(tmp_path: Path) -> None:
    target = tmp_path / "receipt.pdf"
    write_pdf(make_receipt(), target, page="letter")

    data = target.read_bytes()
    assert_valid_pdf(data)
    assert not list(tmp_path.glob("*.part"))
