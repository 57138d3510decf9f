"""The ESC/POS preview (guichet/ui/escpos_preview.py): a ticket's bytes printed onto an image.

The ticket's QR code is where the bytes put it, module for module the symbol of the ticket's
code (read back from the picture, and decoded when a QR decoder is installed); styles change
the ink as on paper (a bold double-height line is taller, a code page decodes its accents, a
reversed cell is black); and no byte string, however broken, makes the preview raise.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from guichet.printing.document import DocRow, TicketDocument
from guichet.printing.escpos import render_bytes
from guichet.ui.escpos_preview import MAX_HEIGHT, render_escpos

CODE = "K7M2QX9PTR4HWC8"
TICKET_MODULE = 8  # dots per QR module on a ticket, 80 mm paper (guichet/printing/escpos.py)


@pytest.fixture(autouse=True)
def _app(qapp: QApplication) -> None:
    """Fonts need a QGuiApplication."""


def ticket(**changes: object) -> TicketDocument:
    values: dict[str, object] = dict(
        title="BILLET",
        organisation="Théâtre du Cœur-Vaillant",
        event="Cyrano de Bergerac",
        when="samedi 5 décembre 2026, 19\u00a0h\u00a030",
        venue="Salle Émile-Légaré",
        seat=(DocRow("Section", "Parterre"), DocRow("Rangée", "F"), DocRow("Siège", "12")),
        admission="",
        rows=(DocRow("Tarif", "Aîné"), DocRow("Prix", "38,50\u00a0$")),
        code=CODE,
        code_caption="K7M2Q-X9PTR-4HWC8",
        footer_lines=("Ouverture des portes à 19\u00a0h.",),
    )
    values.update(changes)
    return TicketDocument(**values)  # type: ignore[arg-type]


def dark(image: QImage, x: int, y: int) -> bool:
    return image.pixelColor(x, y).lightness() < 128


def ink_box(image: QImage) -> tuple[int, int, int, int] | None:
    """(left, top, right, bottom) of the dark pixels, or None on blank paper."""
    xs: list[int] = []
    ys: list[int] = []
    for y in range(image.height()):
        for x in range(image.width()):
            if dark(image, x, y):
                xs.append(x)
                ys.append(y)
    if not xs:
        return None
    return min(xs), min(ys), max(xs), max(ys)


def ink(image: QImage) -> int:
    return sum(dark(image, x, y) for y in range(image.height()) for x in range(image.width()))


def is_cut_row(image: QImage, y: int) -> bool:
    """A row of grey dashes (the cut line is grey: ink is black) over most of the width."""
    greys = sum(90 < image.pixelColor(x, y).lightness() < 180 for x in range(image.width()))
    return greys > image.width() // 2


def same(a: QImage, b: QImage) -> bool:
    return a.size() == b.size() and a.convertToFormat(QImage.Format.Format_RGB32) == (
        b.convertToFormat(QImage.Format.Format_RGB32)
    )


def expected_matrix(payload: str) -> list[list[bool]]:
    import qrcode

    code = qrcode.QRCode(border=0, error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(payload.encode())
    code.make(fit=True)
    return [[bool(cell) for cell in row] for row in code.get_matrix()]


def find_qr(image: QImage, modules: int, module: int) -> tuple[int, int]:
    """Top-left corner of the QR symbol: the first row with a finder pattern's solid edge
    (7 modules of ink in a row, which no character and no rule makes)."""
    run_needed = 7 * module
    for y in range(image.height()):
        run = 0
        for x in range(image.width()):
            run = run + 1 if dark(image, x, y) else 0
            if run == run_needed:
                return x - run_needed + 1, y
    raise AssertionError("no QR code on the ticket")


# -- the ticket ---------------------------------------------------------------------------


def test_the_tickets_qr_code_is_printed_where_the_bytes_put_it_and_reads_back_its_code() -> None:
    data = render_bytes(ticket(), width=48)
    image = render_escpos(data)
    assert image.width() == 576

    matrix = expected_matrix(CODE)
    size = len(matrix) * TICKET_MODULE
    left, top = find_qr(image, len(matrix), TICKET_MODULE)
    # Centred by ESC a 1, at the module size of GS ( k fn 67 (8 dots: about 1 mm).
    assert abs(left - (576 - size) // 2) <= 1
    read = [
        [
            dark(image, left + c * TICKET_MODULE + TICKET_MODULE // 2, top + r * TICKET_MODULE + 4)
            for c in range(len(matrix))
        ]
        for r in range(len(matrix))
    ]
    assert read == matrix  # module for module the ticket code's symbol, error correction M
    # Blank paper right of the symbol: the finder pattern is 7 modules, the symbol no wider.
    assert not dark(image, left + size + 2, top + 4)
    decoded = decode_qr(image)
    if decoded is not None:
        assert decoded == CODE
    # Below the symbol: the code in characters, then the footer, then the cut.
    assert ink_box(image.copy(0, top + size + 4, 576, 80)) is not None


def decode_qr(image: QImage) -> str | None:
    """The QR code's text when a decoder is installed (zxing-cpp or pyzbar), else None."""
    from PIL import Image

    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    raw = bytes(grey.constBits())[: grey.bytesPerLine() * grey.height()]
    picture = Image.frombytes(
        "L", (grey.width(), grey.height()), raw, "raw", "L", grey.bytesPerLine()
    )
    try:
        import zxingcpp  # type: ignore[import-not-found]

        results = zxingcpp.read_barcodes(picture)
        return results[0].text if results else ""
    except ImportError:
        pass
    try:
        from pyzbar.pyzbar import decode  # type: ignore[import-not-found]

        found = decode(picture)
        return found[0].data.decode() if found else ""
    except ImportError:
        return None


def test_the_ticket_prints_its_rows_its_accents_and_a_cut_at_the_end() -> None:
    image = render_escpos(render_bytes(ticket(), width=48))
    box = ink_box(image)
    assert box is not None and box[0] < 12 and box[2] > 576 - 12  # "Tarif ... Aîné" edge to edge
    # The cut: a dashed grey line across the paper, below everything else.
    cut_rows = [y for y in range(image.height()) if is_cut_row(image, y)]
    assert cut_rows and min(cut_rows) > box[3] and max(cut_rows) > image.height() - 60
    # 58 mm paper: 384 dots, 32 columns, the symbol at 6 dots a module.
    narrow = render_escpos(render_bytes(ticket(), width=32), width_dots=384)
    assert narrow.width() == 384
    left, _top = find_qr(narrow, len(expected_matrix(CODE)), 6)
    assert abs(left - (384 - 6 * len(expected_matrix(CODE))) // 2) <= 1


# -- styles, against known bytes ------------------------------------------------------------

INIT = b"\x1b@"


def test_a_bold_double_height_line_is_taller_and_darker_than_a_normal_one() -> None:
    normal = ink_box(render_escpos(INIT + b"BERGERAC\n"))
    big = ink_box(render_escpos(INIT + b"\x1bE\x01\x1b!\x10BERGERAC\n"))  # python-escpos "2h"
    wide = ink_box(render_escpos(INIT + b"\x1d!\x11BERGERAC\n"))  # GS ! double width and height
    assert normal and big and wide
    normal_height, big_height = normal[3] - normal[1], big[3] - big[1]
    assert 1.7 * normal_height <= big_height <= 2.5 * normal_height
    assert abs((big[2] - big[0]) - (normal[2] - normal[0])) <= 4  # same width
    assert 1.8 * (normal[2] - normal[0]) <= wide[2] - wide[0]
    plain = ink(render_escpos(INIT + b"BERGERAC\n"))
    bold = ink(render_escpos(INIT + b"\x1bE\x01BERGERAC\n"))
    assert bold > plain * 1.15


def test_rows_alignment_reverse_underline_and_feeds() -> None:
    one = render_escpos(INIT + b"A\n")
    three = render_escpos(INIT + b"A\nB\nC\n")
    assert three.height() - one.height() == 2 * 30  # ESC 2 spacing: 30 dots a line
    centred = ink_box(render_escpos(INIT + b"\x1ba\x01ABC\n"))
    right = ink_box(render_escpos(INIT + b"\x1ba\x02ABC\n"))
    assert centred and right
    assert abs((centred[0] + centred[2]) / 2 - 288) <= 8
    assert right[2] >= 576 - 4
    reversed_cell = render_escpos(INIT + b"\x1dB\x01 \n")
    assert ink(reversed_cell) >= 12 * 24 - 4  # a space in white on black: a black cell
    underlined = ink_box(render_escpos(INIT + b"\x1b-\x01 \n"))
    assert underlined and underlined[3] - underlined[1] <= 1  # a line under a blank cell
    fed = render_escpos(INIT + b"A\n\x1bJ\x64B\n")
    assert fed.height() - render_escpos(INIT + b"A\nB\n").height() == 100


def test_code_pages_decode_the_accents_the_bytes_encode() -> None:
    cp850 = render_escpos(INIT + b"\x1bt\x02H\x82l\x8ane C\x93t\x82\n")
    cp1252 = render_escpos(INIT + b"\x1bt\x10H\xe9l\xe8ne C\xf4t\xe9\n")
    plain = render_escpos(INIT + b"Helene Cote\n")
    assert same(cp850, cp1252)
    assert not same(cp850, plain)


def test_a_raster_image_prints_its_dots() -> None:
    square = b"\x1dv0\x00\x01\x00\x08\x00" + b"\xff" * 8  # 8 × 8 dots of ink
    box = ink_box(render_escpos(INIT + square))
    assert box is not None and (box[2] - box[0], box[3] - box[1]) == (7, 7)


# -- broken input ---------------------------------------------------------------------------

NASTY = [
    b"",
    b"\x1b",
    b"\x1d",
    b"\x1d(k",
    b"\x1d(k\xff\xff1P0",
    b"\x1d(k\x03\x001Q0",  # print with nothing stored
    b"\x1d(k\x03\x001C\x00\x1d(k\x05\x001P0AB\x1d(k\x03\x001Q0",  # module size 0
    b"\x1d(k\x03\x001C\x10\x1d(k\xff\x011P0" + b"A" * 509 + b"\x1d(k\x03\x001Q0",  # too wide
    b"\x1dv0\x03\xff\xff\xff\xff\x01",
    b"\x1dv0\x00\x00\x00\x00\x00",
    b"\x1b*\x21\xff\xff",
    b"\x1d!\xff" + "é".encode("cp850") * 100,
    b"\x1bt\xff\x80\x81\xfe\xff\n",
    b"\x1bJ\xff" * 5000,
    b"\n" * 5000,
    b"\x1d(L\x0b\x0000p0\x01\x01\x31\x08\x00\x08\x00",
    b"\x1d8L\xff\xff\xff\xff",
    b"\x1dV",
    b"\x1dVA",
    b"\x09" * 100 + b"x\n",
    bytes(range(256)) * 4,
]


@pytest.mark.parametrize("data", NASTY)
def test_broken_commands_never_raise(data: bytes) -> None:
    image = render_escpos(data)
    assert not image.isNull() and image.width() == 576 and image.height() <= MAX_HEIGHT + 32


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    st.one_of(
        st.binary(max_size=600),
        # Mostly command prefixes: garbage that reaches the command parser's every branch.
        st.lists(
            st.sampled_from([b"\x1b", b"\x1d", b"\x1c", b"\x10", b"(", b"k", b"v0", b"\n", b"A"])
            | st.binary(max_size=4),
            max_size=120,
        ).map(b"".join),
    ),
    st.sampled_from([384, 576, 16, 1]),
)
def test_garbage_bytes_never_raise(data: bytes, width: int) -> None:
    image = render_escpos(data, width_dots=width)
    assert not image.isNull() and image.height() <= MAX_HEIGHT + 32
