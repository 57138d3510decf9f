"""ESC/POS renderer: lays a ReceiptDocument or ReportDocument out on a thermal printer.

Works on any python-escpos printer object (Dummy, File, Network, Usb, Serial). The document
already holds translated words and formatted amounts; this module only decides columns,
alignment, styles, the character set and the QR code.

Character set
-------------
We always select CP850 ("PC850 Multilingual", ``ESC t 2``) explicitly instead of letting
python-escpos guess a code page per character:

* slot 2 belongs to the original Epson table set (slots 0-5) that every ESC/POS printer and
  clone implements, whereas CP858 (slot 19, CP850 + euro) and WPC1252 (slot 16) are missing
  from older firmwares and many clones, and CP863 (slot 4, Canadian French) lacks ä ö ÿ æ ×;
* it holds every French letter except œ Œ Ÿ, plus « » ° × which receipts use; the euro sign
  is irrelevant for a Canadian point of sale;
* one explicit page gives one ``ESC t`` per job, whereas python-escpos's "magic" encoder
  hops between pages mid-line, which some clones mis-handle (and which is slower).

What CP850 lacks is transliterated (œ → oe, — → -, ’ → ', … → ...), never dropped and never
printed as "?" (see :func:`printable_text`). No-break spaces inside amounts become plain
spaces, but only after line wrapping, so an amount is never split across two lines.
"""

from __future__ import annotations

import logging
import textwrap
import unicodedata
from functools import lru_cache
from pathlib import Path

from escpos.constants import QR_ECLEVEL_L, QR_ECLEVEL_M
from escpos.escpos import Escpos
from escpos.printer import Dummy
from PIL import Image, ImageDraw, ImageFont

from guichet.printing.document import (
    DocLine,
    DocRow,
    Document,
    DocumentSet,
    ReceiptDocument,
    ReportDocument,
    TicketDocument,
)

log = logging.getLogger(__name__)

CODEPAGE = "CP850"
# Tried in order when a printer profile does not declare CP850 (python-escpos would raise).
_CODEPAGE_FALLBACKS = ("CP850", "CP858", "CP1252", "CP863", "CP437")

DEFAULT_PROFILE = "TM-T88V"

# Stands for a no-break space until the line is wrapped: textwrap only breaks on ASCII
# whitespace, so "1 234,50 $" stays on one line. Swapped for a real space just before output.
_NBSP_MARK = "\x1f"
_NO_BREAK_SPACES = "\u00a0\u202f\u2007\u2060"
_OTHER_SPACES = "\t\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a\u205f\u3000"
_INVISIBLE = "\u200b\u200c\u200d\ufeff\u00ad"

# Replacements for characters a DOS code page lacks. Only used when the selected page cannot
# encode the character itself (so « » stay « » on CP850 but become " on CP437).
_TRANSLITERATIONS: dict[str, str] = {
    "œ": "oe",
    "Œ": "OE",
    "Ÿ": "Y",
    "æ": "ae",
    "Æ": "AE",
    "ß": "ss",
    # Letters with a stroke have no Unicode decomposition, so the fallback below misses them.
    "Ł": "L",
    "ł": "l",
    "Đ": "D",
    "đ": "d",
    "Ħ": "H",
    "ħ": "h",
    "—": "-",
    "–": "-",
    "‒": "-",
    "―": "-",
    "‐": "-",
    "‑": "-",
    "−": "-",
    "’": "'",
    "‘": "'",
    "‚": "'",
    "‛": "'",
    "′": "'",
    "ʼ": "'",
    "“": '"',
    "”": '"',
    "„": '"',
    "‟": '"',
    "″": '"',
    "«": '"',
    "»": '"',
    "‹": "<",
    "›": ">",
    "…": "...",
    "€": "EUR",
    "•": "*",
    "·": ".",
    "×": "x",
    "÷": "/",
    "°": "o",
    "№": "No",
    "™": "TM",
    "©": "(c)",
    "®": "(R)",
    "→": "->",
    "←": "<-",
    "⇒": "=>",
}


def _python_codec(codepage: str) -> str:
    # python-escpos names pages "CP850"; Python's codecs want "cp850" (same table).
    return codepage.lower().replace("_", "-")


@lru_cache(maxsize=4096)
def _printable_char(char: str, codec: str) -> str:
    if char in _NO_BREAK_SPACES:
        return _NBSP_MARK
    if char in _OTHER_SPACES or (char < " " and char != _NBSP_MARK):
        return " "
    if char in _INVISIBLE:
        return ""
    if _encodable(char, codec):
        return char
    replacement = _TRANSLITERATIONS.get(char)
    if replacement is not None and _encodable(replacement, codec):
        return replacement
    # Accented letters from other languages (ő, ł, ğ...): drop the accent, keep the letter.
    decomposed = "".join(
        c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c)
    )
    if decomposed and decomposed != char and _encodable(decomposed, codec):
        return decomposed
    log.warning("Character %r (U+%04X) has no equivalent in %s", char, ord(char), codec)
    return "?"


def _encodable(text: str, codec: str) -> bool:
    try:
        text.encode(codec)
    except UnicodeEncodeError:
        return False
    return True


def printable_text(text: str, codepage: str = CODEPAGE) -> str:
    """``text`` rewritten with characters of ``codepage`` only (no-break spaces as spaces)."""
    return _printable(text, _python_codec(codepage)).replace(_NBSP_MARK, " ")


def _printable(text: str, codec: str) -> str:
    # Fast path: most receipt text is ASCII; the cached per-character path handles the rest.
    if text.isascii() and text.isprintable():
        return text
    return "".join([_printable_char(c, codec) for c in text])


def _wrap(text: str, width: int, indent: str = "") -> list[str]:
    if len(indent) + len(text) <= width:
        return [indent + text]
    wrapped = textwrap.wrap(
        text,
        width,
        initial_indent=indent,
        subsequent_indent=indent,
        break_on_hyphens=False,
    )
    return wrapped or [indent]


def _columns(left: str, right: str, width: int) -> list[str]:
    """``left`` then ``right`` flush right on the same line, wrapping ``left`` if needed."""
    if not right:
        return _wrap(left, width)
    gap = width - len(left) - len(right)
    if gap >= 1:
        return [left + " " * gap + right]
    room = width - len(right) - 1
    if room >= width // 2:
        lines = _wrap(left, room)
        return [lines[0].ljust(room) + " " + right, *lines[1:]]
    # A very long amount next to a label: label first, amount alone on the next line.
    return [*_wrap(left, width), *(part.rjust(width) for part in _wrap(right, width))]


class _Writer:
    """Thin layer over the printer: styles, wrapping, and the no-break space marker."""

    def __init__(self, printer: Escpos, width: int, codec: str) -> None:
        self.printer = printer
        self.width = width
        self.codec = codec

    def text(self, value: str) -> str:
        return _printable(value, self.codec)

    def lines(self, lines: list[str]) -> None:
        if lines:
            text = "\n".join(lines).replace(_NBSP_MARK, " ") + "\n"
            # The text holds only characters of the selected page (see _printable), so
            # Python's codec yields the very bytes python-escpos's per-character encoder
            # would, about ten times faster: that encoder was half of a receipt's render time.
            self.printer._raw(text.encode(self.codec))

    def feed(self, count: int = 1) -> None:
        # Raw: a line feed is the same byte on every code page, and python-escpos's text()
        # rebuilds its code page's character map on each call (a third of a ticket's time).
        self.printer._raw(b"\n" * count)

    def rule(self, char: str = "-") -> None:
        self.lines([char * self.width])

    def centred(self, values: tuple[str, ...] | list[str], width: int | None = None) -> None:
        # Centring is done by the printer (ESC a 1): exact whatever the font and size.
        out: list[str] = []
        for value in values:
            out.extend(_wrap(self.text(value), width or self.width))
        self.lines(out)

    def rows(self, rows: tuple[DocRow, ...]) -> None:
        for row in rows:
            if row.bold:
                self.printer.set(bold=True)
            self.lines(_columns(self.text(row.label), self.text(row.value), self.width))
            if row.bold:
                self.printer.set(bold=False)


def _select_codepage(printer: Escpos, wanted: str) -> str:
    declared = set(printer.profile.get_code_pages())
    for name in (wanted, *_CODEPAGE_FALLBACKS):
        if name.upper() in declared:
            return name.upper()
    raise ValueError(f"Printer profile declares none of {_CODEPAGE_FALLBACKS}")


def render(
    document: Document, printer: Escpos, *, width: int = 48, codepage: str = CODEPAGE
) -> None:
    """Write ``document`` onto ``printer`` (any python-escpos printer), ending with a cut.

    ``width`` is the number of Font A columns: 48 on most 80 mm printers (576 dots), 42 on
    Epson TM-T88 models (512 dots), 32 on 58 mm printers. A :class:`DocumentSet` prints its
    parts one after the other, each followed by a cut (partial between them, full at the end).
    """
    if width < 16:
        raise ValueError(f"width {width} is too narrow for a receipt")
    parts = document.parts if isinstance(document, DocumentSet) else (document,)
    if not parts:
        raise ValueError("nothing to print: the document set is empty")
    printer.hw("INIT")  # ESC @: clears styles left by a previous job or another program.
    # ESC @ also resets the printer's code page, but python-escpos remembers the page it last
    # selected and would skip ESC t; forgetting it forces the selection into every job.
    printer.magic.encoding = None
    page = _select_codepage(printer, codepage)
    printer.charcode(page)
    out = _Writer(printer, width, _python_codec(page))
    for index, part in enumerate(parts):
        if isinstance(part, TicketDocument):
            _ticket(out, part)
        else:
            _document(out, part)
        printer.set(align="left", bold=False, invert=False, normal_textsize=True)
        last = index == len(parts) - 1
        partial = isinstance(document, DocumentSet) and document.cut_between == "partial"
        # A partial cut leaves a hinge: a receipt and its tickets come out as one strip the
        # customer tears apart; the last part is cut free.
        printer.cut(mode="PART" if partial and not last else "FULL")


def _document(out: _Writer, document: ReceiptDocument | ReportDocument) -> None:
    printer = out.printer
    width = out.width
    printer.set(align="center", bold=True)
    out.centred([document.organisation])
    printer.set(bold=False)
    out.centred(document.header_lines)
    out.feed()
    # Double width halves the columns; double height keeps the title compact.
    printer.set(double_width=True, double_height=True)
    out.centred([document.title], width // 2)
    printer.set(normal_textsize=True, align="left")

    if isinstance(document, ReceiptDocument):
        _receipt_body(out, document)
    elif isinstance(document, ReportDocument):
        _report_body(out, document)
    else:  # pragma: no cover - guarded by the type checker
        raise TypeError(f"cannot print {type(document).__name__}")


#: Event names longer than this many lines at double width print at double height only.
_BIG_NAME_LINES = 3


def _ticket(out: _Writer, doc: TicketDocument) -> None:
    """One admission: who organises, what, when, where, which seat, then its code.

    The event's name prints at double size (double height alone when it would take more than
    three lines); the seat's section, row and number stand in three columns at double height
    so the usher reads them at arm's length; the QR code is larger than a receipt's (the door
    scans it, often off a crumpled ticket) and the code is printed under it for typing.
    """
    printer = out.printer
    width = out.width
    printer.set(align="center", bold=True)
    out.centred([doc.organisation])
    printer.set(bold=False)
    out.centred([doc.title])
    mark = doc.void_mark or doc.copy_mark
    if mark:
        # White on black, double size: a copy or a void ticket is seen from across the room.
        printer.set(invert=True, double_width=True, double_height=True)
        out.centred([f" {mark} "], width // 2)
        printer.set(invert=False, normal_textsize=True)
    out.feed()
    name = out.text(doc.event)
    big = _wrap(name, width // 2)
    if len(big) <= _BIG_NAME_LINES:
        printer.set(bold=True, double_width=True, double_height=True)
        out.lines(big)
    else:
        printer.set(bold=True, double_height=True)
        out.lines(_wrap(name, width))
    printer.set(normal_textsize=True, bold=True)
    out.centred([doc.when])
    printer.set(bold=False)
    if doc.venue:
        out.centred([doc.venue])
    printer.set(align="left")
    out.rule()
    if doc.seat:
        _seat_block(out, doc.seat)
    elif doc.admission:
        printer.set(align="center", bold=True, double_height=True)
        out.centred([doc.admission])
        printer.set(align="left", bold=False, normal_textsize=True)
    out.rule()
    out.rows(doc.rows)
    printer.set(align="center")
    if doc.valid:
        printer._raw(b"\n")  # a quiet zone above the code: a scanner needs a blank margin
        _qr(printer, doc.code, width, ticket=True)
        printer.set(bold=True, double_height=True)
        out.centred([doc.code_caption])
        printer.set(bold=False, normal_textsize=True)
    else:
        # No QR code on a ticket that no longer admits anyone: nothing to scan by mistake.
        out.feed()
        printer.set(bold=True, invert=True)
        out.centred([f" {doc.void_mark} "])
        printer.set(bold=False, invert=False)
        out.centred([doc.code_caption])
    if doc.copy_line:
        out.centred([doc.copy_line])
    if doc.footer_lines:
        out.feed()
        out.centred(doc.footer_lines)
    printer.set(align="left")


def _seat_block(out: _Writer, seat: tuple[DocRow, ...]) -> None:
    """``SECTION  RANGÉE  SIÈGE`` over their values in columns, values at double height; a
    value too long for its column (a long section name) puts each on its own row instead."""
    printer = out.printer
    column = out.width // len(seat)
    labels = [out.text(row.label) for row in seat]
    values = [out.text(row.value) for row in seat]
    if all(len(text) < column for text in labels + values):
        out.lines(["".join(label.center(column) for label in labels).rstrip()])
        printer.set(bold=True, double_height=True)
        out.lines(["".join(value.center(column) for value in values).rstrip()])
    else:
        printer.set(bold=True, double_height=True)
        for label, value in zip(labels, values, strict=True):
            out.lines(_columns(label, value, out.width))
    printer.set(bold=False, normal_textsize=True)


def _receipt_body(out: _Writer, doc: ReceiptDocument) -> None:
    printer = out.printer
    if doc.meta_rows:
        out.feed()
        out.rows(doc.meta_rows)
    out.rule()
    for line in doc.lines:
        _doc_line(out, line)
    for row in doc.discount_rows:
        # Under the lines, its amount in their column: lines + discount = subtotal.
        out.lines(_columns(out.text(row.label), out.text(row.value), out.width))
    out.rule()
    _total_rows(out, doc.total_rows)
    if doc.payment_rows:
        out.rule()
        out.rows(doc.payment_rows)
    if doc.footer_lines:
        out.feed()
        printer.set(align="center")
        out.centred(doc.footer_lines)
    if doc.qr_payload:
        printer.set(align="center")
        _qr(printer, doc.qr_payload, out.width)
        if doc.qr_caption:
            out.centred([doc.qr_caption])
    for payload, caption in doc.extra_codes:
        out.feed()
        printer.set(align="center")
        _qr(printer, payload, out.width)
        out.centred([caption])
    printer.set(align="left")


def _doc_line(out: _Writer, line: DocLine) -> None:
    width = out.width
    lines = _columns(out.text(f"{line.count} × {line.description}"), out.text(line.total), width)
    if line.regular_unit_price:
        # ESC/POS fonts cannot strike text through, so the regular price is printed as a
        # small raster image with a real line through it, next to the new price (the same
        # strikethrough as on screen and in the PDF). The text line after it says the same in
        # characters, for printers that cannot print images and for anyone reading the bytes.
        out.lines(lines)
        lines = []
        out.printer.set(align="left")
        out.printer.image(
            _struck_price_image(
                f"  {line.count} × ",
                _plain(line.regular_unit_price),
                "  " + _plain(line.unit_price),
                width,
            ),
            impl="bitImageRaster",
        )
        unit = f"{line.count} × {line.regular_unit_price} -> {line.unit_price}"
        lines.extend(_wrap(out.text(unit), width, "  "))
    elif line.quantity != 1:
        lines.extend(_wrap(out.text(f"{line.count} × {line.unit_price}"), width, "  "))
    if line.detail:
        lines.extend(_wrap(out.text(line.detail), width, "  "))
    out.lines(lines)


def _plain(text: str) -> str:
    return text.replace("\u202f", " ").replace("\u00a0", " ")


@lru_cache(maxsize=1)
def _strike_font() -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    import reportlab

    path = Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"
    try:
        return ImageFont.truetype(str(path), 22)  # about the height of the printer's font A
    except OSError:
        return ImageFont.load_default()


@lru_cache(maxsize=256)
def _struck_price_image(prefix: str, regular: str, new: str, width: int) -> Image.Image:
    """``2 × 25,00 $  20,00 $`` with the regular price struck through, 1 bit, 12 dots a column."""
    font = _strike_font()
    probe = ImageDraw.Draw(Image.new("1", (1, 1)))
    widths = [probe.textlength(part, font=font) for part in (prefix, regular, new)]
    height = 30
    image = Image.new("1", (min(int(sum(widths)) + 4, width * 12), height), 1)
    draw = ImageDraw.Draw(image)
    x = 0.0
    for part, part_width in zip((prefix, regular, new), widths, strict=True):
        draw.text((x, 3), part, font=font, fill=0)
        if part is regular:
            draw.line((x, height // 2 + 1, x + part_width, height // 2 + 1), fill=0, width=2)
        x += part_width
    return image


def _total_rows(out: _Writer, rows: tuple[DocRow, ...]) -> None:
    """Labels and amounts flush right, amounts in one column, like a column of sums."""
    if not rows:
        return
    printer = out.printer
    cells = [(out.text(row.label), out.text(row.value), row.bold) for row in rows]
    value_width = max(len(value) for _, value, _ in cells)
    label_width = out.width - value_width - 2
    for label, value, bold in cells:
        if bold:
            # Double height keeps the column count, so the layout stays right.
            printer.set(bold=True, double_height=True)
        if len(label) <= label_width:
            out.lines([label.rjust(label_width) + "  " + value.rjust(value_width)])
        else:
            out.lines(_columns(label, value, out.width))
        if bold:
            printer.set(bold=False, normal_textsize=True)


def _report_body(out: _Writer, doc: ReportDocument) -> None:
    printer = out.printer
    for section in doc.sections:
        out.feed()
        printer.set(bold=True)
        out.lines(_wrap(out.text(section.title), out.width))
        printer.set(bold=False)
        out.rule()
        out.rows(section.rows)
    if doc.footer_lines:
        out.feed()
        printer.set(align="center")
        out.centred(doc.footer_lines)
        printer.set(align="left")


#: QR module sizes in dots (80 mm paper, 58 mm paper): a receipt's (~0.75 mm modules), and a
#: ticket's, larger (~1 mm), because the door scans it off paper that has been in a pocket.
_QR_SIZES = {False: (6, 4), True: (8, 6)}


def _qr(printer: Escpos, payload: str, width: int, *, ticket: bool = False) -> None:
    wide, narrow = _QR_SIZES[ticket]
    size = wide if width >= 42 else narrow
    # Tickets use error correction M (15 % of the symbol may be lost), receipts L.
    level = QR_ECLEVEL_M if ticket else QR_ECLEVEL_L
    if printer.profile.supports("qrCode"):
        # Native GS ( k: ~40 bytes instead of a multi-kilobyte raster, no Pillow work on the
        # hot path, and the printer draws it at its own resolution. python-escpos refuses
        # center=True for native codes, but ESC a (set above) centres the symbol.
        printer.qr(payload, ec=level, size=size, native=True)
    else:
        # GS v 0 raster, centred by ESC a too: avoids python-escpos's center=True, which
        # prints a warning on stdout when the profile does not know its paper width.
        printer.image(_qr_image(payload, size))
    printer._raw(b"\n")


@lru_cache(maxsize=32)
def _qr_image(payload: str, size: int) -> Image.Image:
    # Generating and rastering a QR image costs milliseconds; duplicates and the test receipt
    # print the same payload repeatedly.
    import qrcode

    code = qrcode.QRCode(box_size=size, border=1, error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(payload)
    code.make(fit=True)
    image: Image.Image = code.make_image().get_image()
    return image.convert("1")


def render_bytes(
    document: Document,
    *,
    width: int = 48,
    profile: str = DEFAULT_PROFILE,
    codepage: str = CODEPAGE,
) -> bytes:
    """The ESC/POS bytes for ``document``: what a printer with ``profile`` receives."""
    printer = Dummy(profile=profile)
    render(document, printer, width=width, codepage=codepage)
    output: bytes = printer.output
    return output
