"""ESC/POS rendering on python-escpos's real Dummy printer (no mocks)."""

from __future__ import annotations

import logging
import re
from dataclasses import replace

import pytest
from escpos.constants import TXT_STYLE
from escpos.printer import Dummy

from guichet.i18n.documents import word
from guichet.printing.document import (
    DocLine,
    DocRow,
    ReceiptDocument,
    ReportDocument,
    ReportSection,
)
from guichet.printing.escpos import printable_text, render, render_bytes
from guichet.printing.test_receipt import build_test_receipt

NNBSP = "\u202f"
NBSP = "\u00a0"

ESC_INIT = b"\x1b@"
SELECT_CP850 = b"\x1bt\x02"  # ESC t 2
BOLD_ON = b"\x1bE\x01"
FULL_CUT = b"\x1dV\x00"  # GS V 0
NATIVE_QR = b"\x1d(k"  # GS ( k
RASTER_IMAGE = b"\x1dv0"  # GS v 0


def make_line(
    description: str = "Adulte",
    quantity: int = 2,
    unit: str = f"25,00{NBSP}$",
    total: str = f"50,00{NBSP}$",
    regular: str | None = None,
    detail: str = "Le Malade imaginaire — samedi 5 décembre 2026, 20 h",
) -> DocLine:
    return DocLine(
        description=description,
        detail=detail,
        quantity=quantity,
        unit_price=unit,
        total=total,
        regular_unit_price=regular,
    )


def make_receipt(lines: int = 3, **changes: object) -> ReceiptDocument:
    doc = ReceiptDocument(
        title="REÇU",
        organisation="Théâtre du Cœur — « Fête d’été »",
        header_lines=("123, rue Saint-Paul, Québec", "TPS 123456789 RT0001"),
        meta_rows=(
            DocRow("Reçu n°", "000123"),
            DocRow("Caissier", "Françoise"),
        ),
        lines=tuple(make_line(description=f"Billet {i + 1}") for i in range(lines)),
        total_rows=(
            DocRow("Sous-total", f"1{NNBSP}234,50{NBSP}$"),
            DocRow("TPS 5 %", f"61,73{NBSP}$"),
            DocRow("TOTAL", f"1{NNBSP}419,35{NBSP}$", bold=True),
        ),
        payment_rows=(
            DocRow("Espèces", f"1{NNBSP}420,00{NBSP}$"),
            DocRow("Monnaie rendue", f"0,65{NBSP}$"),
        ),
        footer_lines=("Merci de votre visite !",),
        qr_payload="ORD-7F3K-92QX",
        qr_caption="ORD-7F3K-92QX",
    )
    return replace(doc, **changes)  # type: ignore[arg-type]


def make_report() -> ReportDocument:
    return ReportDocument(
        title="RAPPORT Z",
        organisation="Théâtre du Cœur",
        header_lines=("Caisse 1",),
        sections=(
            ReportSection(
                "Ventes",
                (DocRow("Commandes", "12"), DocRow("Ventes brutes", f"1{NNBSP}234,50{NBSP}$")),
            ),
            ReportSection(
                "Tiroir-caisse",
                (DocRow("Attendu", f"300,00{NBSP}$"), DocRow("Excédent", "0,00 $", bold=True)),
            ),
        ),
        footer_lines=("Imprimé le 2026-12-05 23:10",),
    )


_COMMANDS = re.compile(rb"\x1b[@]|\x1b[tEa!d-].|\x1d[!V].")


def visible_lines(output: bytes) -> list[str]:
    """The printed text lines: commands removed, QR command lines left out."""
    lines = []
    for raw in output.split(b"\n"):
        if NATIVE_QR in raw or RASTER_IMAGE in raw:
            continue
        lines.append(_COMMANDS.sub(b"", raw).decode("cp850"))
    return lines


def test_receipt_bytes_have_init_codepage_text_qr_and_cut() -> None:
    output = render_bytes(make_receipt())

    assert output.startswith(ESC_INIT + SELECT_CP850)
    assert b"1 419,35 $" in output  # the total, no-break spaces printed as spaces
    assert BOLD_ON in output
    assert TXT_STYLE["size"]["2x"] in output  # the title
    assert NATIVE_QR in output
    assert b"ORD-7F3K-92QX" in output
    assert output.endswith(FULL_CUT)


def test_accents_are_single_cp850_bytes() -> None:
    output = render_bytes(make_receipt(header_lines=("é à ç « déjà »",)))

    assert "é".encode("cp850") == b"\x82"
    assert b"\x82 \x85 \x87 \xae d\x82j\x85 \xaf" in output
    assert "REÇU".encode("cp850") in output
    assert b"Fran\x87oise" in output


def test_characters_missing_from_the_code_page_are_transliterated() -> None:
    output = render_bytes(make_receipt())

    # "Théâtre du Cœur — « Fête d’été »"
    assert b"Th\x82\x83tre du Coeur - \xae F\x88te d'\x82t\x82 \xaf" in output
    assert "œ".encode() not in output
    assert b"C?ur" not in output


def test_printable_text() -> None:
    assert printable_text("Cœur — l’été…") == "Coeur - l'été..."
    assert printable_text(f"1{NNBSP}234,50{NBSP}$") == "1 234,50 $"
    assert printable_text("« Œuvre »") == "« OEuvre »"
    assert printable_text("Łódź Ğ") == "Lódz G"  # letters CP850 lacks lose their accent
    assert printable_text("« déjà »", "ISO_8859-2") == '" déja "'  # no « » nor à there


def test_unknown_character_is_reported_not_dropped(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="guichet.printing.escpos"):
        assert printable_text("a☃b") == "a?b"
    assert "U+2603" in caplog.text


def test_promotional_price_shows_the_regular_one() -> None:
    line = make_line(quantity=1, unit=f"20,00{NBSP}$", total=f"20,00{NBSP}$", regular="25,00 $")
    output = render_bytes(replace(make_receipt(), lines=(line,)))

    assert "1 × 25,00 $ -> 20,00 $".encode("cp850") in output  # × is 0x9E in CP850


@pytest.mark.parametrize("width", [48, 42, 32])
def test_twenty_lines_fit_the_paper_width(width: int) -> None:
    doc = make_receipt(lines=20)
    output = render_bytes(doc, width=width)
    lines = visible_lines(output)

    assert all(len(line) <= width for line in lines), max(lines, key=len)
    assert sum("Billet" in line for line in lines) == 20
    totals = [line for line in lines if "1 419,35 $" in line]
    assert totals and totals[0].endswith("1 419,35 $")
    assert len(totals[0]) == width  # right-aligned
    assert output.endswith(FULL_CUT)


def test_amounts_never_break_across_lines() -> None:
    label = "Une très longue étiquette de ligne qui prend presque toute la largeur"
    doc = make_receipt(payment_rows=(DocRow(label, f"1{NNBSP}234{NNBSP}567,89{NBSP}$"),))
    lines = visible_lines(render_bytes(doc, width=32))

    assert any(line.endswith("1 234 567,89 $") for line in lines)


def test_report_document() -> None:
    output = render_bytes(make_report(), width=32)
    lines = visible_lines(output)

    assert output.startswith(ESC_INIT + SELECT_CP850)
    assert any(line.startswith("Ventes brutes") and line.endswith("1 234,50 $") for line in lines)
    assert "Tiroir-caisse" in lines
    assert b"Exc\x82dent" in output
    assert NATIVE_QR not in output
    assert output.endswith(FULL_CUT)


def test_each_job_selects_the_code_page_again() -> None:
    # ESC @ resets the printer's code page, so a reused printer object must re-send ESC t.
    printer = Dummy(profile="TM-T88V")
    render(make_receipt(), printer)
    render(make_receipt(), printer)

    assert printer.output.count(ESC_INIT + SELECT_CP850) == 2


def test_profile_without_native_qr_gets_a_raster_image() -> None:
    # A basic 58 mm printer: no native QR, and no cutter (the paper is torn off).
    output = render_bytes(make_receipt(), profile="POS-5890", width=32)

    assert NATIVE_QR not in output
    assert RASTER_IMAGE in output
    assert b"\x1dV" not in output
    assert output.endswith(b"\x1bd\x06")  # fed past the tear bar


def test_no_qr_without_payload() -> None:
    output = render_bytes(make_receipt(qr_payload=None))

    assert NATIVE_QR not in output and RASTER_IMAGE not in output


def test_printer_test_receipt_in_both_languages() -> None:
    for lang in ("fr", "en"):
        doc = build_test_receipt(lang, "tcp:192.0.2.10:9100")
        output = render_bytes(doc)
        text = "\n".join(visible_lines(output))

        assert doc.title == word("test_receipt", lang)
        assert "tcp:192.0.2.10:9100" in text
        assert word("cut_test", lang) in text
        assert "oe" in text and "«" in text  # the accents line, transliterated where needed
        assert doc.qr_payload and doc.qr_payload.startswith("GUICHET-TEST-")
        assert NATIVE_QR in output
        assert output.endswith(FULL_CUT)
    assert "1 234,50 $" in "\n".join(visible_lines(render_bytes(build_test_receipt("fr"))))


def test_promotional_price_is_struck_through_on_paper() -> None:
    from guichet.printing.escpos import _struck_price_image

    line = make_line(quantity=2, unit=f"33,60{NBSP}$", total=f"67,20{NBSP}$", regular="42,00 $")
    output = render_bytes(replace(make_receipt(), lines=(line,)))
    assert b"\x1dv0" in output  # a raster image: the regular price with a line through it
    image = _struck_price_image("  2 × ", "42,00 $", "  33,60 $", 48)
    assert image.mode == "1" and image.width <= 48 * 12
    # The strike is a full black row across the regular price, and only there.
    middle = image.height // 2 + 1
    black = [x for x in range(image.width) if image.getpixel((x, middle)) == 0]
    assert black and max(black) - min(black) > 60
