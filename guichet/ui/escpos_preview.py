"""ESC/POS preview: the bytes Guichet sends to a receipt printer, printed onto an image.

:func:`render_escpos` reads a job the way a thermal printer does and paints what would come
out of it: white paper, black ink, one monospace cell per character (Font A: 12 × 24 dots,
48 columns on 80 mm paper of 576 dots, 32 on 58 mm paper of 384 dots; Font B: 9 × 17 dots).
It is a preview for screenshots and tests, not a printer emulator: it interprets what
guichet/printing/escpos.py emits through python-escpos and skips everything else.

Interpreted: ``ESC @`` (reset), ``ESC t`` (code page: CP437, CP850, CP858, CP863, CP1252...),
``ESC a`` (alignment), ``ESC E`` and ``ESC G`` (bold), ``ESC !`` (print mode: font, bold,
double height and width, underline), ``GS !`` (character size 1-8 ×), ``ESC -`` (underline),
``GS B`` (white on black), ``ESC M`` (font A or B), ``ESC 2`` / ``ESC 3`` (line spacing),
``LF``, ``HT``, ``ESC d`` and ``ESC J`` (feeds), ``GS ( k`` QR codes (model, module size,
error correction, store, print; drawn with the ``qrcode`` package), ``GS v 0`` raster images,
``GS V`` / ``ESC i`` / ``ESC m`` cuts (a dashed line). Other commands are skipped by their
documented lengths; unknown ones by their first two bytes. No byte string makes it raise.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen

ESC, GS, FS, DLE = 0x1B, 0x1D, 0x1C, 0x10

#: ESC t page numbers (Epson's table) and the Python codec that decodes each.
CODE_PAGES = {
    0: "cp437",
    2: "cp850",
    3: "cp860",
    4: "cp863",
    5: "cp865",
    16: "cp1252",
    17: "cp866",
    18: "cp852",
    19: "cp858",
}

#: Font A and Font B cells in dots (width, height).
FONTS = ((12, 24), (9, 17))
DEFAULT_LINE_SPACING = 30  # ESC 2: about 1/6 inch at 203 dpi
#: Beyond this many dots of paper the rest of the job is ignored (garbage could feed metres).
MAX_HEIGHT = 30000
MARGIN = 16  # blank paper above the first line and below the last cut

# ESC commands skipped by their fixed number of parameter bytes.
_ESC_FIXED = {
    0x20: 1, 0x21: 1, 0x24: 2, 0x25: 1, 0x2D: 1, 0x32: 0, 0x33: 1, 0x3C: 0, 0x3D: 1,
    0x3F: 1, 0x40: 0, 0x45: 1, 0x47: 1, 0x4A: 1, 0x4B: 1, 0x4C: 0, 0x4D: 1, 0x52: 1,
    0x53: 0, 0x54: 1, 0x55: 1, 0x56: 1, 0x57: 8, 0x5C: 2, 0x61: 1, 0x64: 1, 0x65: 1,
    0x69: 0, 0x6D: 0, 0x70: 3, 0x72: 1, 0x74: 1, 0x75: 1, 0x76: 0, 0x7B: 1,
}  # fmt: skip
# GS commands skipped by their fixed number of parameter bytes.
_GS_FIXED = {
    0x21: 1, 0x24: 2, 0x2F: 1, 0x3A: 0, 0x42: 1, 0x45: 1, 0x48: 1, 0x49: 1, 0x4C: 2,
    0x50: 2, 0x54: 1, 0x57: 2, 0x5C: 2, 0x5E: 3, 0x61: 1, 0x62: 1, 0x66: 1, 0x68: 1,
    0x72: 1, 0x77: 1, 0x7C: 1,
}  # fmt: skip
#: ESC a and ESC - take 0-2 or their ASCII digits "0"-"2".
_CHOICE = {0: 0, 1: 1, 2: 2, 48: 0, 49: 1, 50: 2}
_FS_FIXED = {0x21: 1, 0x26: 0, 0x2D: 1, 0x2E: 0, 0x43: 1, 0x53: 2, 0x57: 1, 0x70: 2}


@dataclass(frozen=True)
class _Style:
    font: int = 0  # 0: Font A, 1: Font B
    bold: bool = False
    underline: int = 0  # dots
    invert: bool = False
    width: int = 1  # magnification
    height: int = 1

    def cell(self) -> tuple[int, int]:
        w, h = FONTS[self.font]
        return w * self.width, h * self.height


@dataclass
class _Op:
    """Something painted on the paper: text, a bitmap of dots, or a cut."""

    kind: str  # "char", "dots", "cut"
    x: int
    y: int
    style: _Style | None = None
    char: str = ""
    dots: list[list[bool]] | None = None
    scale: tuple[int, int] = (1, 1)
    partial: bool = False


class _Printer:
    def __init__(self, width: int) -> None:
        self.width = width
        self.ops: list[_Op] = []
        self.y = MARGIN
        self.line: list[tuple[str, _Style]] = []  # characters waiting for LF
        self.qr_data = b""
        self.graphic: list[list[bool]] | None = None  # GS ( L: stored, printed by fn 50
        self.reset()

    def reset(self) -> None:
        """ESC @: the buffer cleared, every mode back to its default."""
        self.line = []
        self.style = _Style()
        self.align = 0
        self.spacing = DEFAULT_LINE_SPACING
        self.codec = "cp437"
        self.qr_module = 3
        self.qr_level = 0
        self.qr_model = 2

    @property
    def full(self) -> bool:
        return self.y >= MAX_HEIGHT

    # -- text ---------------------------------------------------------------------------

    def _line_width(self) -> int:
        return sum(style.cell()[0] for _, style in self.line)

    def char(self, byte: int) -> None:
        try:
            char = bytes([byte]).decode(self.codec)
        except (UnicodeDecodeError, LookupError):
            char = "?"
        if self._line_width() + self.style.cell()[0] > self.width and self.line:
            self.print_line()  # the printer wraps a line longer than the paper
        if self.style.cell()[0] <= self.width:
            self.line.append((char, self.style))

    def tab(self) -> None:
        step = FONTS[self.style.font][0] * 8
        target = (self._line_width() // step + 1) * step
        while self._line_width() + FONTS[self.style.font][0] <= min(target, self.width):
            self.line.append((" ", replace(self.style, width=1, underline=0, invert=False)))

    def print_line(self) -> None:
        """LF: print what the buffer holds, then feed a line (an empty line feeds the spacing)."""
        if not self.line:
            self.feed(self.spacing)
            return
        height = max(style.cell()[1] for _, style in self.line)
        x = self._start(self._line_width())
        baseline = self.y + height
        for char, style in self.line:
            width, cell_height = style.cell()
            self.ops.append(_Op("char", x, baseline - cell_height, style, char))
            x += width
        self.line = []
        self.feed(max(self.spacing, height))

    def _start(self, width: int) -> int:
        if self.align == 1:
            return max(0, (self.width - width) // 2)
        if self.align == 2:
            return max(0, self.width - width)
        return 0

    def feed(self, dots: int) -> None:
        self.y = min(self.y + max(0, dots), MAX_HEIGHT)

    # -- pictures -----------------------------------------------------------------------

    def bitmap(self, dots: list[list[bool]], scale: tuple[int, int] = (1, 1)) -> None:
        if self.line:
            self.print_line()
        if not dots or not dots[0]:
            return
        width = len(dots[0]) * scale[0]
        self.ops.append(_Op("dots", self._start(width), self.y, dots=dots, scale=scale))
        self.feed(len(dots) * scale[1])

    def qr(self) -> None:
        data, self.qr_data = self.qr_data, b""
        if not data:
            return
        try:
            import qrcode
            from qrcode.constants import (
                ERROR_CORRECT_H,
                ERROR_CORRECT_L,
                ERROR_CORRECT_M,
                ERROR_CORRECT_Q,
            )

            levels = (ERROR_CORRECT_L, ERROR_CORRECT_M, ERROR_CORRECT_Q, ERROR_CORRECT_H)
            code = qrcode.QRCode(border=0, error_correction=levels[self.qr_level])
            code.add_data(data)
            code.make(fit=True)
            matrix = [[bool(cell) for cell in row] for row in code.get_matrix()]
        except Exception:  # noqa: BLE001 - no qrcode package, or data no symbol can hold
            # A box where the symbol would be: 25 modules, the size of a short code's symbol.
            matrix = [[r in (0, 24) or c in (0, 24) for c in range(25)] for r in range(25)]
        size = self.qr_module
        if len(matrix[0]) * size > self.width:
            return  # a real printer ignores a symbol wider than the paper
        self.bitmap(matrix, (size, size))

    def cut(self, partial: bool) -> None:
        if self.line:
            self.print_line()
        self.feed(8)
        self.ops.append(_Op("cut", 0, self.y, partial=partial))
        self.feed(24)


def _raster(data: bytes, width_bytes: int, rows: int) -> list[list[bool]]:
    return [
        [
            bool(data[row * width_bytes + col // 8] & (0x80 >> (col % 8)))
            for col in range(width_bytes * 8)
        ]
        for row in range(rows)
    ]


def _interpret(data: bytes, printer: _Printer) -> None:  # noqa: C901, PLR0912, PLR0915
    n = len(data)
    i = 0

    def arg(k: int) -> int:
        return data[i + k] if i + k < n else 0

    while i < n and not printer.full:
        byte = data[i]
        if byte >= 0x20:
            if byte != 0x7F:
                printer.char(byte)
            i += 1
        elif byte == 0x0A or byte == 0x0C:  # LF, FF (standard mode: print and feed)
            printer.print_line()
            i += 1
        elif byte == 0x09:
            printer.tab()
            i += 1
        elif byte == ESC:
            command = arg(1)
            if command == 0x40:
                printer.reset()
            elif command == 0x74:
                printer.codec = CODE_PAGES.get(arg(2), "cp437")
            elif command == 0x61:
                printer.align = _CHOICE.get(arg(2), printer.align)
            elif command in (0x45, 0x47):
                printer.style = replace(printer.style, bold=bool(arg(2) & 1))
            elif command == 0x2D:
                underline = _CHOICE.get(arg(2), printer.style.underline)
                printer.style = replace(printer.style, underline=underline)
            elif command == 0x4D:
                printer.style = replace(printer.style, font=1 if arg(2) in (1, 49) else 0)
            elif command == 0x21:
                mode = arg(2)
                printer.style = replace(
                    printer.style,
                    font=mode & 1,
                    bold=bool(mode & 0x08),
                    height=2 if mode & 0x10 else 1,
                    width=2 if mode & 0x20 else 1,
                    underline=1 if mode & 0x80 else 0,
                )
            elif command == 0x32:
                printer.spacing = DEFAULT_LINE_SPACING
            elif command == 0x33:
                printer.spacing = arg(2)
            elif command == 0x64:  # ESC d: print and feed n lines
                printer.print_line()
                printer.feed(printer.spacing * max(0, arg(2) - 1))
            elif command == 0x4A:  # ESC J: print and feed n dots
                if printer.line:
                    printer.print_line()
                printer.feed(arg(2))
            elif command in (0x69, 0x6D):  # ESC i, ESC m: cuts of older models
                printer.cut(partial=command == 0x6D)
            if command in _ESC_FIXED:
                i += 2 + _ESC_FIXED[command]
            elif command == 0x44:  # ESC D: tab stops, NUL-terminated
                end = data.find(b"\x00", i + 2)
                i = n if end < 0 else end + 1
            elif command == 0x2A:  # ESC * m nL nH: column bit image
                columns = arg(3) + 256 * arg(4)
                i += 5 + columns * (3 if arg(2) in (32, 33) else 1)
            elif command == 0x63:  # ESC c 3/4/5 n
                i += 4
            elif command == 0x28:  # ESC ( fn pL pH ...
                i += 5 + arg(3) + 256 * arg(4)
            else:
                i += 2
        elif byte == GS:
            command = arg(1)
            if command == 0x21:
                size = arg(2)
                printer.style = replace(
                    printer.style, width=((size >> 4) & 7) + 1, height=(size & 7) + 1
                )
            elif command == 0x42:
                printer.style = replace(printer.style, invert=bool(arg(2) & 1))
            elif command == 0x56:  # GS V m [n]: cut
                mode = arg(2)
                printer.cut(partial=mode in (1, 49, 66, 98, 104))
                i += 4 if mode in (65, 66, 97, 98, 103, 104) else 3
                continue
            if command in _GS_FIXED:
                i += 2 + _GS_FIXED[command]
            elif command == 0x28:  # GS ( x pL pH ...: functions with a length
                length = arg(3) + 256 * arg(4)
                body = data[i + 5 : i + 5 + length]
                if arg(2) == 0x6B:
                    _qr_function(body, printer)
                elif arg(2) == 0x4C:
                    _graphics_function(body, printer)
                i += 5 + length
            elif command == 0x76:  # GS v 0 m xL xH yL yH d1...dk: raster bit image
                width_bytes = arg(4) + 256 * arg(5)
                rows = arg(6) + 256 * arg(7)
                size = width_bytes * rows
                image = data[i + 8 : i + 8 + size]
                if size and len(image) == size and width_bytes * 8 <= 4 * printer.width:
                    scale = (2 if arg(3) & 1 else 1, 2 if arg(3) & 2 else 1)
                    printer.bitmap(_raster(image, width_bytes, rows), scale)
                i += 8 + size
            elif command == 0x6B:  # GS k m ...: barcode, skipped
                if arg(2) <= 6:
                    end = data.find(b"\x00", i + 3)
                    i = n if end < 0 else end + 1
                else:
                    i += 4 + arg(3)
            elif command == 0x2A:  # GS * x y d1...: define downloaded bit image
                i += 4 + arg(2) * arg(3) * 8
            elif command == 0x38:  # GS 8 L p1..p4 ...: long graphics
                i += 7 + arg(3) + (arg(4) << 8) + (arg(5) << 16) + (arg(6) << 24)
            else:
                i += 2
        elif byte == FS:
            command = arg(1)
            i += 2 + _FS_FIXED.get(command, 0)
        elif byte == DLE:
            command = arg(1)
            i += {0x04: 3, 0x05: 3, 0x14: 5}.get(command, 2)
        else:
            i += 1  # CR and other control bytes: nothing to print
    if printer.line and not printer.full:
        printer.print_line()  # a printer prints what is left when the job ends


def _qr_function(body: bytes, printer: _Printer) -> None:
    """GS ( k with cn 49 (QR code): model, module size, error correction, store, print."""
    if len(body) < 2 or body[0] != 49:
        return
    fn = body[1]
    value = body[2] if len(body) > 2 else 0
    if fn == 65:  # model: 49 model 1, 50 model 2, 51 micro
        printer.qr_model = value - 48
    elif fn == 67:  # module size in dots
        printer.qr_module = min(max(value, 1), 16)
    elif fn == 69:  # error correction: 48 L, 49 M, 50 Q, 51 H
        printer.qr_level = value - 48 if 48 <= value <= 51 else 0
    elif fn == 80:  # store (after the byte m = 48)
        printer.qr_data = body[3:]
    elif fn == 81:  # print the stored symbol
        printer.qr()


def _graphics_function(body: bytes, printer: _Printer) -> None:
    """GS ( L fn 112: a raster graphic printed at once by fn 50 (python-escpos "graphics")."""
    if len(body) >= 10 and body[1] == 112:
        _a, _bx, _by, _c = body[2:6]
        width = body[6] + 256 * body[7]
        rows = body[8] + 256 * body[9]
        width_bytes = (width + 7) // 8
        image = body[10 : 10 + width_bytes * rows]
        if rows and width_bytes and len(image) == width_bytes * rows:
            if width <= 4 * printer.width:
                printer.graphic = _raster(image, width_bytes, rows)
    elif len(body) >= 2 and body[1] in (50, 2):
        if printer.graphic:
            printer.bitmap(printer.graphic)


def _font(style: _Style) -> QFont:
    font = QFont("DejaVu Sans Mono")
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPixelSize(20 if style.font == 0 else 14)
    font.setBold(style.bold)
    return font


def render_escpos(data: bytes, width_dots: int = 576) -> QImage:
    """``data`` (an ESC/POS job) as the printer would print it on paper ``width_dots`` wide:
    one image pixel per printer dot, white paper, black ink, a dashed line at each cut."""
    printer = _Printer(max(width_dots, 16))
    try:
        _interpret(bytes(data), printer)
    except Exception:  # noqa: BLE001 - a preview shows what it read so far, never fails
        pass
    height = min(printer.y + MARGIN, MAX_HEIGHT + MARGIN)
    image = QImage(printer.width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        _paint(painter, printer)
    finally:
        painter.end()
    return image


def _paint(painter: QPainter, printer: _Printer) -> None:
    black, white = QColor("black"), QColor("white")
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    fonts: dict[tuple[int, bool], QFont] = {}
    for op in printer.ops:
        if op.kind == "char" and op.style is not None:
            style = op.style
            width, height = style.cell()
            base_w, base_h = FONTS[style.font]
            if style.invert:
                painter.fillRect(op.x, op.y, width, height, black)
            key = (style.font, style.bold)
            if key not in fonts:
                fonts[key] = _font(style)
            painter.save()
            painter.translate(op.x, op.y)
            painter.scale(style.width, style.height)
            painter.setFont(fonts[key])
            painter.setPen(white if style.invert else black)
            painter.drawText(QRectF(0, 0, base_w, base_h), Qt.AlignmentFlag.AlignCenter, op.char)
            painter.restore()
            if style.underline:
                thickness = style.underline * style.height
                painter.fillRect(
                    op.x,
                    op.y + height - thickness,
                    width,
                    thickness,
                    white if style.invert else black,
                )
        elif op.kind == "dots" and op.dots is not None:
            sx, sy = op.scale
            for r, row in enumerate(op.dots):
                start = None
                for c, dot in enumerate([*row, False]):
                    if dot and start is None:
                        start = c
                    elif not dot and start is not None:
                        painter.fillRect(
                            op.x + start * sx, op.y + r * sy, (c - start) * sx, sy, black
                        )
                        start = None
        elif op.kind == "cut":
            pen = QPen(QColor(150, 150, 150))  # grey: no ink, the paper is cut there
            pen.setWidth(2)
            pen.setDashPattern([6, 4] if op.partial else [10, 6])
            painter.setPen(pen)
            painter.drawLine(0, op.y, printer.width, op.y)
