"""How a seat looks: the colour of each state, the selection's blue, the cues (check mark,
cross, accessibility ring) — the same on the map and in the legend.

A *look* is an index: the five states in :data:`STATE_ORDER`, then :data:`LOOK_SELECTED`. The
map keeps one look per seat, so a paint groups seats by look and sets each brush once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen, QPixmap

from guichet.domain.seating import SeatState
from guichet.ui.seatmap.geometry import RADIUS, SEAT
from guichet.ui.theme import COLORS

ACCESSIBLE_SIGN = "\u267f"  # ♿

#: the fill of each state (the legend); a seat in the current selection is SELECTED_COLOR
STATE_COLORS: dict[SeatState, str] = {
    SeatState.FREE: "#2da44e",  # green: can be taken
    SeatState.IN_CART: "#f2b01e",  # amber: in a cart (another counter's or not paid yet)
    SeatState.SOLD: "#a7b0ba",  # grey: gone
    SeatState.HELD: "#8250df",  # purple: set aside by a supervisor
    SeatState.BLOCKED: "#2b3138",  # near black, with a cross: not to be used
}
SELECTED_COLOR = COLORS["primary"]  # blue with a check mark: the cashier's current selection
CURSOR_COLOR = COLORS["text"]  # the keyboard cursor ring
BAND_COLOR = "#fff1b8"  # the keyboard row
ACCESSIBLE_RING = COLORS["text"]

# looks: the five states (their index in STATE_ORDER) and the selection
STATE_ORDER: tuple[SeatState, ...] = (
    SeatState.FREE,
    SeatState.IN_CART,
    SeatState.SOLD,
    SeatState.HELD,
    SeatState.BLOCKED,
)
LOOK_OF_STATE: dict[SeatState, int] = {state: i for i, state in enumerate(STATE_ORDER)}
LOOK_SELECTED = len(STATE_ORDER)
LOOK_BLOCKED = LOOK_OF_STATE[SeatState.BLOCKED]
LOOK_COLORS: tuple[str, ...] = (*(STATE_COLORS[s] for s in STATE_ORDER), SELECTED_COLOR)


def state_color(state: SeatState) -> QColor:
    """The fill colour of a seat in ``state`` (the legend's colour)."""
    return QColor(STATE_COLORS[state])


def selection_color() -> QColor:
    return QColor(SELECTED_COLOR)


def state_name(state: SeatState) -> str:
    """The legend word of a state, in the UI language."""
    # The context stays "SeatMapView": the map's tooltips and the legend say the same word.
    names = {
        SeatState.FREE: QCoreApplication.translate("SeatMapView", "Libre"),
        SeatState.IN_CART: QCoreApplication.translate("SeatMapView", "Dans le panier"),
        SeatState.SOLD: QCoreApplication.translate("SeatMapView", "Vendu"),
        SeatState.HELD: QCoreApplication.translate("SeatMapView", "Retenu"),
        SeatState.BLOCKED: QCoreApplication.translate("SeatMapView", "Bloqué"),
    }
    return names[state]


def _text_color(fill: str) -> QColor:
    color = QColor(fill)
    luminance = 0.299 * color.red() + 0.587 * color.green() + 0.114 * color.blue()
    return QColor(COLORS["text"]) if luminance > 150 else QColor("#ffffff")


class Look:
    """Brush, pens and text colour of one look (a state or the selection)."""

    __slots__ = ("brush", "outline", "mark", "text")

    def __init__(self, fill: str) -> None:
        color = QColor(fill)
        self.brush = QBrush(color)
        self.outline = QPen(color.darker(150), 1.0)
        self.outline.setCosmetic(True)
        self.text = _text_color(fill)
        self.mark = QPen(self.text, 2.0)
        self.mark.setCosmetic(True)
        self.mark.setCapStyle(Qt.PenCapStyle.RoundCap)
        self.mark.setJoinStyle(Qt.PenJoinStyle.RoundJoin)


_LOOKS: list[Look] = []


def looks() -> list[Look]:
    """The pens and brushes of every look, made once (after the application exists)."""
    if not _LOOKS:
        _LOOKS.extend(Look(fill) for fill in LOOK_COLORS)
    return _LOOKS


def paint_seat_shape(
    painter: QPainter, rect: QRectF, look: int, accessible: bool, cues: bool = True
) -> None:
    """One seat as on the map (also used by the legend): shape, fill, cue, accessible ring."""
    style = looks()[look]
    painter.setBrush(style.brush)
    painter.setPen(style.outline)
    radius = rect.width() * RADIUS / SEAT
    if accessible:
        painter.drawEllipse(rect)
    else:
        painter.drawRoundedRect(rect, radius, radius)
    if cues:
        paint_cue(painter, rect, look, style)
    if accessible:
        paint_accessible_ring(painter, rect)


def paint_cue(painter: QPainter, rect: QRectF, look: int, style: Look) -> None:
    """The check mark of a selected seat, the cross of a blocked one (colour is not enough)."""
    if look == LOOK_SELECTED:
        painter.setPen(style.mark)
        w, h = rect.width(), rect.height()
        x, y = rect.left(), rect.top()
        painter.drawPolyline(
            [
                QPointF(x + 0.25 * w, y + 0.52 * h),
                QPointF(x + 0.43 * w, y + 0.7 * h),
                QPointF(x + 0.76 * w, y + 0.3 * h),
            ]
        )
    elif look == LOOK_BLOCKED:
        painter.setPen(style.mark)
        inner = rect.adjusted(
            rect.width() * 0.28, rect.height() * 0.28, -rect.width() * 0.28, -rect.height() * 0.28
        )
        painter.drawLine(inner.topLeft(), inner.bottomRight())
        painter.drawLine(inner.topRight(), inner.bottomLeft())


_ACCESSIBLE_PEN: QPen | None = None


def paint_accessible_ring(painter: QPainter, rect: QRectF) -> None:
    global _ACCESSIBLE_PEN
    if _ACCESSIBLE_PEN is None:
        _ACCESSIBLE_PEN = QPen(QColor(ACCESSIBLE_RING), 2.0)
        _ACCESSIBLE_PEN.setCosmetic(True)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(_ACCESSIBLE_PEN)
    painter.drawEllipse(rect)


def seat_swatch(look: int, accessible: bool = False, size: int = 30) -> QPixmap:
    """A legend swatch: the seat as drawn on the map, ``size`` pixels square."""
    ratio = 2.0
    pixmap = QPixmap(int(size * ratio), int(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    rect = QRectF(2, 2, size - 4, size - 4)
    paint_seat_shape(painter, rect, look, accessible)
    if accessible:
        _paint_sign(painter, rect, look, size * 0.62)
    painter.end()
    return pixmap


def _paint_sign(painter: QPainter, rect: QRectF, look: int, pixel_size: float) -> None:
    font = QFont(painter.font())
    font.setPixelSize(max(1, round(pixel_size)))
    painter.setFont(font)
    painter.setPen(looks()[look].text)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, ACCESSIBLE_SIGN)
