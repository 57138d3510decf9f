"""The seat map of a reserved-seating event (issue 5, part 5).

:class:`SeatMapView` draws every seat of a :class:`~guichet.domain.seating.SeatMap` coloured by
its state in a :class:`~guichet.domain.seating.SeatInventory`; the cashier picks FREE seats
into a *selection* (the sales flow then puts :meth:`SeatMapView.selected_ids` in its cart).
:class:`SeatMapPanel` adds the legend with the count of each state, the zoom buttons and the
line that says what is selected.

Speed (5,000 seats must open in well under 1 s and answer a click in well under 50 ms): the
seats are painted by **one** graphics item (:class:`_SeatLayer`) that draws only the seats in
the exposed rectangle, found through a coarse grid index, grouped by colour. A click repaints
the few pixels of one seat; when the seats are tiny on screen (zoomed out on a large map) they
are painted as plain rectangles in one call per colour. Labels (stage, sections, rows) are a
few hundred plain text items; the scene index is off (nothing moves).

Touch (issue 16, part 13): a large hall opens at **touch size** — every seat at least
:data:`TOUCH_SEAT_PX` (32 px, a finger) on screen — centred on the selection, the keyboard row
or else the stage; "Tout voir" (key 0) shows the whole hall. A finger drags to pan, two fingers
pinch to zoom (and pan); a tap toggles a seat, except on a view where seats are smaller than a
finger: there the tap zooms to touch size around the finger first (the next tap selects).
A tap anywhere in a seat's pitch (the gap around it included) counts for that seat.

Mouse: a click toggles a free seat in or out of the selection (a taken seat says why in
words) at any zoom, a drag pans, Ctrl + wheel (or a touchpad pinch) zooms around the pointer,
the wheel scrolls. Keyboard: ↑ ↓ choose a row (across sections), Entrée selects the free seats
of the row (again: un-selects them), ← → move a cursor in the row, Espace toggles the seat
under the cursor, + − zoom, 0 fits the whole map, 1 back to touch size, Maj + arrows scroll the
view. Whatever moves the view keeps the selection.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLineF,
    QPoint,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QNativeGestureEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QRegion,
    QResizeEvent,
    QShowEvent,
    QTouchEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QAbstractSlider,
    QApplication,
    QFrame,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyle,
    QStyleOptionGraphicsItem,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from guichet.domain.errors import DomainError
from guichet.domain.seating import Seat, SeatInventory, SeatMap, SeatState, seat_label, seat_labels
from guichet.ui.messages import message_for
from guichet.ui.theme import COLORS, sized_font

UNIT = 20.0  # scene pixels per seat pitch (one unit of Seat.x / Seat.y)
SEAT = 17.0  # side of a seat square in scene pixels
RADIUS = 4.0  # rounded corners of a seat
GRID_CELL = 60.0  # cell of the hit-test / paint index, scene pixels
SMALL_SEAT_PX = 7.0  # below this size on screen seats are plain rectangles (one call per colour)
CUE_PX = 9.0  # from this size on screen: check mark, cross, accessibility sign
NUMBER_PX = 24.0  # from this size on screen: the seat number inside the seat
ZOOM_STEP = 1.25
MAX_SEAT_PX = 120.0  # zoom-in limit: a seat at most this big on screen
TOUCH_SEAT_PX = 32.0  # a finger: the smallest seat a tap selects (at 1366x768, issue 16 part 13)
TOUCH_SCALE = 2.0  # the touch size: a seat 34 px, 40 px from the next (SEAT, UNIT x 2)
TAP_SLOP_PX = 12  # a finger moving less than this is a tap, not a drag
assert SEAT * TOUCH_SCALE >= TOUCH_SEAT_PX

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
_LOOK_OF_STATE = {state: i for i, state in enumerate(STATE_ORDER)}
LOOK_SELECTED = len(STATE_ORDER)
_LOOK_COLORS: tuple[str, ...] = (*(STATE_COLORS[s] for s in STATE_ORDER), SELECTED_COLOR)


def state_color(state: SeatState) -> QColor:
    """The fill colour of a seat in ``state`` (the legend's colour)."""
    return QColor(STATE_COLORS[state])


def selection_color() -> QColor:
    return QColor(SELECTED_COLOR)


def state_name(state: SeatState) -> str:
    """The legend word of a state, in the UI language."""
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


class _Look:
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


def paint_seat_shape(
    painter: QPainter, rect: QRectF, look: int, accessible: bool, cues: bool = True
) -> None:
    """One seat as on the map (also used by the legend): shape, fill, cue, accessible ring."""
    style = _looks()[look]
    painter.setBrush(style.brush)
    painter.setPen(style.outline)
    radius = rect.width() * RADIUS / SEAT
    if accessible:
        painter.drawEllipse(rect)
    else:
        painter.drawRoundedRect(rect, radius, radius)
    if cues:
        _paint_cue(painter, rect, look, accessible, style)
    if accessible:
        _paint_accessible_ring(painter, rect)


def _paint_cue(painter: QPainter, rect: QRectF, look: int, accessible: bool, style: _Look) -> None:
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
    elif look == _LOOK_OF_STATE[SeatState.BLOCKED]:
        painter.setPen(style.mark)
        inner = rect.adjusted(
            rect.width() * 0.28, rect.height() * 0.28, -rect.width() * 0.28, -rect.height() * 0.28
        )
        painter.drawLine(inner.topLeft(), inner.bottomRight())
        painter.drawLine(inner.topRight(), inner.bottomLeft())


_ACCESSIBLE_PEN: QPen | None = None


def _paint_accessible_ring(painter: QPainter, rect: QRectF) -> None:
    global _ACCESSIBLE_PEN
    if _ACCESSIBLE_PEN is None:
        _ACCESSIBLE_PEN = QPen(QColor(ACCESSIBLE_RING), 2.0)
        _ACCESSIBLE_PEN.setCosmetic(True)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(_ACCESSIBLE_PEN)
    painter.drawEllipse(rect)


_LOOKS: list[_Look] = []


def _looks() -> list[_Look]:
    if not _LOOKS:
        _LOOKS.extend(_Look(fill) for fill in _LOOK_COLORS)
    return _LOOKS


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
    painter.setPen(_looks()[look].text)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, ACCESSIBLE_SIGN)


# --------------------------------------------------------------------------- the index


class _Grid:
    """Seat indices per grid cell: the seats in a rectangle without looking at all of them."""

    def __init__(self, rects: Sequence[QRectF], cell: float = GRID_CELL) -> None:
        self.cell = cell
        self.rects = rects
        self.cells: dict[tuple[int, int], list[int]] = {}
        for i, rect in enumerate(rects):
            for key in self._keys(rect):
                self.cells.setdefault(key, []).append(i)

    def _keys(self, rect: QRectF) -> list[tuple[int, int]]:
        c = self.cell
        x0, x1 = int(rect.left() // c), int(rect.right() // c)
        y0, y1 = int(rect.top() // c), int(rect.bottom() // c)
        return [(cx, cy) for cx in range(x0, x1 + 1) for cy in range(y0, y1 + 1)]

    def query(self, rect: QRectF) -> list[int]:
        found: set[int] = set()
        cells = self.cells
        c = self.cell
        span = (rect.width() // c + 2) * (rect.height() // c + 2)
        keys = cells.keys() if span > len(cells) else self._keys(rect)  # huge: every cell
        for key in keys:
            found.update(cells.get(key, ()))
        rects = self.rects
        return [i for i in found if rects[i].intersects(rect)]

    def query_all(self, rects: Sequence[QRectF]) -> list[int] | set[int]:
        if len(rects) == 1:
            return self.query(rects[0])
        found: set[int] = set()
        for rect in rects:
            found.update(self.query(rect))
        return found

    def at(self, point: QPointF, tolerance: float) -> int | None:
        key = (int(point.x() // self.cell), int(point.y() // self.cell))
        best: int | None = None
        best_distance = 0.0
        for i in self.cells.get(key, ()):
            rect = self.rects[i]
            if rect.adjusted(-tolerance, -tolerance, tolerance, tolerance).contains(point):
                centre = rect.center()
                distance = (centre.x() - point.x()) ** 2 + (centre.y() - point.y()) ** 2
                if best is None or distance < best_distance:
                    best, best_distance = i, distance
        return best


# --------------------------------------------------------------------------- the layer


class _SeatLayer(QGraphicsItem):
    """Every seat, painted by one item; only what is exposed is painted."""

    def __init__(self, view: SeatMapView, bounds: QRectF) -> None:
        super().__init__()
        self._view = view
        self._bounds = bounds
        self.paint_count = 0  # benchmarks and tests wait for a paint
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt name
        return self._bounds

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        self.paint_count += 1
        view = self._view
        exposed = option.exposedRect
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        seat_px = SEAT * lod
        band = view._cursor_band()
        if band is not None and band.intersects(exposed):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(BAND_COLOR))
            painter.drawRoundedRect(band, 6.0, 6.0)
        if exposed.contains(self._bounds):
            indices: Sequence[int] = range(len(view._rects))
        else:
            indices = view._grid.query_all(view._exposed_parts(exposed))
        looks = view._look
        rects = view._rects
        groups: dict[int, list[int]] = {}
        for i in indices:
            groups.setdefault(looks[i], []).append(i)
        styles = _looks()
        if seat_px < SMALL_SEAT_PX:
            painter.setPen(Qt.PenStyle.NoPen)
            for look, members in groups.items():
                painter.setBrush(styles[look].brush)
                painter.drawRects([rects[i] for i in members])
        else:
            self._paint_detailed(painter, groups, seat_px)
        cursor = view._cursor_index
        if cursor is not None and rects[cursor].intersects(exposed):
            pen = QPen(QColor(CURSOR_COLOR), 3.0)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            grow = 2.5 / max(lod, 0.01) + 1.0
            ring = rects[cursor].adjusted(-grow, -grow, grow, grow)
            painter.drawRoundedRect(ring, RADIUS + grow, RADIUS + grow)

    def _paint_detailed(
        self, painter: QPainter, groups: dict[int, list[int]], seat_px: float
    ) -> None:
        view = self._view
        rects = view._rects
        accessible = view._accessible
        styles = _looks()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        cues = seat_px >= CUE_PX
        numbers = seat_px >= NUMBER_PX
        for look, members in groups.items():
            style = styles[look]
            painter.setBrush(style.brush)
            painter.setPen(style.outline)
            for i in members:
                if accessible[i]:
                    painter.drawEllipse(rects[i])
                else:
                    painter.drawRoundedRect(rects[i], RADIUS, RADIUS)
            checked = look == LOOK_SELECTED and not numbers  # big enough: its number instead
            if cues and (checked or look == _LOOK_OF_STATE[SeatState.BLOCKED]):
                for i in members:
                    _paint_cue(painter, rects[i], look, accessible[i], style)
        ring_members = [i for members in groups.values() for i in members if accessible[i]]
        for i in ring_members:
            _paint_accessible_ring(painter, rects[i])
        if not cues:
            return
        font = QFont(painter.font())
        for look, members in groups.items():
            painter.setPen(styles[look].text)
            for i in members:
                rect = rects[i]
                if accessible[i]:
                    if numbers and seat_px >= 1.6 * NUMBER_PX:
                        font.setPixelSize(round(SEAT * 0.34))
                        painter.setFont(font)
                        top = QRectF(rect.left(), rect.top() + 1, rect.width(), rect.height() / 2)
                        bottom = QRectF(
                            rect.left(), rect.center().y(), rect.width(), rect.height() / 2 - 1
                        )
                        painter.drawText(top, Qt.AlignmentFlag.AlignCenter, ACCESSIBLE_SIGN)
                        painter.drawText(
                            bottom, Qt.AlignmentFlag.AlignCenter, view._seats[i].number
                        )
                    elif look != LOOK_SELECTED or numbers:
                        font.setPixelSize(round(SEAT * 0.62))
                        painter.setFont(font)
                        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, ACCESSIBLE_SIGN)
                elif numbers and look != _LOOK_OF_STATE[SeatState.BLOCKED]:
                    number = view._seats[i].number
                    size = 0.5 if len(number) <= 2 else 0.36
                    font.setPixelSize(round(SEAT * size))
                    painter.setFont(font)
                    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, number)


# --------------------------------------------------------------------------- the view


class SeatMapView(QGraphicsView):
    """The seats of ``seat_map`` coloured by their state in ``inventory``.

    Only FREE seats can be selected. The selection is the view's own (nothing changes in the
    inventory): the sales flow reads :meth:`selected_ids`, puts them in its cart, then calls
    :meth:`refresh` (a seat that is no longer free leaves the selection, and the view says so).
    """

    selectionChanged = Signal(list)  # noqa: N815 - Qt naming; the selected seat ids, map order
    message = Signal(str)  # a refusal or a notice in words
    cursorChanged = Signal(str)  # noqa: N815 - the seat id under the keyboard cursor
    statesRefreshed = Signal()  # noqa: N815 - refresh() read the inventory again

    def __init__(
        self,
        seat_map: SeatMap,
        inventory: SeatInventory,
        lang: str = "fr",
        parent: QWidget | None = None,
        *,
        selectable: frozenset[SeatState] = frozenset({SeatState.FREE}),
    ) -> None:
        super().__init__(parent)
        self.seat_map = seat_map
        self.inventory = inventory
        self.lang = lang
        # A cashier picks free seats; a supervisor also held and blocked ones (to release or
        # assign them).
        self.selectable = selectable
        self._seats: tuple[Seat, ...] = seat_map.seats
        self._index_of: dict[str, int] = {seat.id: i for i, seat in enumerate(self._seats)}
        half = SEAT / 2
        self._rects: list[QRectF] = [
            QRectF(seat.x * UNIT - half, seat.y * UNIT - half, SEAT, SEAT) for seat in self._seats
        ]
        self._accessible: list[bool] = [seat.accessible for seat in self._seats]
        self._grid = _Grid(self._rects)
        self._states: list[SeatState] = []
        self._look: list[int] = []
        self._selected: set[int] = set()
        self._rows: list[tuple[str, str]] = [
            (section, row) for section in seat_map.sections() for row in seat_map.rows(section)
        ]
        self._row_bands: dict[tuple[str, str], QRectF] = {}
        self._cursor_row: tuple[str, str] | None = None
        self._cursor_index: int | None = None
        # what a resize keeps: "open" (the opening view), "fit" (the whole map) or None (the
        # person zoomed or panned: theirs)
        self._auto_view: str | None = "open"
        self._fit_scale = 1.0
        self._touch_last: QPointF | None = None  # one finger: where it was
        self._touch_moved = False  # the finger dragged or two fingers pinched: not a tap
        self._pinch: tuple[float, float] | None = None  # (distance, scale) when it started
        self._pinch_centre: QPointF | None = None
        self._paint_region: QRegion | None = None
        self._press: QPoint | None = None
        self._dragging = False

        scene = QGraphicsScene(self)
        scene.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.setScene(scene)
        seats_rect = self._seats_rect()
        mx, my = 2.0 * UNIT, 0.5 * UNIT  # room for the keyboard row band and the cursor ring
        self._layer = _SeatLayer(self, seats_rect.adjusted(-mx, -my, mx, my))
        scene.addItem(self._layer)
        self._add_labels(scene, seats_rect)
        margin = UNIT / 2
        scene.setSceneRect(scene.itemsBoundingRect().adjusted(-margin, -margin, margin, margin))

        self.setBackgroundBrush(QColor("#ffffff"))
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState, True)
        self.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.horizontalScrollBar().setSingleStep(40)
        self.verticalScrollBar().setSingleStep(40)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setAccessibleName(self.tr("Plan de salle"))
        self.setAccessibleDescription(
            self.tr(
                "Flèches haut et bas\u00a0: rangée. Entrée\u00a0: toute la rangée. Flèches gauche "
                "et droite\u00a0: siège. Espace\u00a0: prendre ou laisser le siège."
            )
        )
        self._read_states()

    # -- building
    def _seats_rect(self) -> QRectF:
        min_x, min_y, max_x, max_y = self.seat_map.bounds()
        half = SEAT / 2
        return QRectF(
            min_x * UNIT - half,
            min_y * UNIT - half,
            (max_x - min_x) * UNIT + SEAT,
            (max_y - min_y) * UNIT + SEAT,
        )

    def _add_labels(self, scene: QGraphicsScene, seats_rect: QRectF) -> None:
        base = QFont(self.font())
        row_font = QFont(base)
        row_font.setPixelSize(17)
        row_font.setBold(True)
        section_font = QFont(base)
        section_font.setPixelSize(24)
        section_font.setBold(True)
        muted = QBrush(QColor(COLORS["muted"]))
        text = QBrush(QColor(COLORS["text"]))
        top = seats_rect.top()
        for section in self.seat_map.sections():
            section_rect = QRectF()
            for row in self.seat_map.rows(section):
                seats = self.seat_map.row_seats(section, row)
                first, last = (
                    self._rects[self._index_of[seats[0].id]],
                    self._rects[self._index_of[seats[-1].id]],
                )
                for side, anchor in (("left", first), ("right", last)):
                    item = QGraphicsSimpleTextItem(row)
                    item.setFont(row_font)
                    item.setBrush(muted)
                    box = item.boundingRect()
                    y = anchor.center().y() - box.height() / 2
                    if side == "left":
                        item.setPos(anchor.left() - 6 - box.width(), y)
                    else:
                        item.setPos(anchor.right() + 6, y)
                    scene.addItem(item)
                row_rect = first.united(last)
                for seat in seats:
                    row_rect = row_rect.united(self._rects[self._index_of[seat.id]])
                self._row_bands[(section, row)] = row_rect.adjusted(-1.6 * UNIT, -3, 1.6 * UNIT, 3)
                section_rect = section_rect.united(row_rect) if section_rect.isValid() else row_rect
            label = QGraphicsSimpleTextItem(section)
            label.setFont(section_font)
            label.setBrush(text)
            box = label.boundingRect()
            label.setPos(
                section_rect.center().x() - box.width() / 2, section_rect.top() - box.height() - 6
            )
            scene.addItem(label)
            top = min(top, section_rect.top() - box.height() - 6)
        # the stage, above everything (y grows away from the stage)
        stage_height = 30.0
        width = max(seats_rect.width() * 0.55, 8 * UNIT)
        stage_rect = QRectF(
            seats_rect.center().x() - width / 2, top - 14 - stage_height, width, stage_height
        )
        stage = scene.addRect(stage_rect, QPen(Qt.PenStyle.NoPen), QBrush(QColor("#d0d7de")))
        stage.setZValue(-1)
        stage_label = QGraphicsSimpleTextItem(self.tr("SCÈNE"))
        stage_font = QFont(base)
        stage_font.setPixelSize(18)
        stage_font.setBold(True)
        stage_font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 4)
        stage_label.setFont(stage_font)
        stage_label.setBrush(text)
        box = stage_label.boundingRect()
        stage_label.setPos(
            stage_rect.center().x() - box.width() / 2, stage_rect.center().y() - box.height() / 2
        )
        scene.addItem(stage_label)

    def _read_states(self) -> None:
        self._states = list(self.inventory.states().values())
        self._look = [_LOOK_OF_STATE[state] for state in self._states]
        for i in self._selected:
            self._look[i] = LOOK_SELECTED

    # -- reading
    def selected_ids(self) -> list[str]:
        """The selected seats, in map order."""
        return [self._seats[i].id for i in sorted(self._selected)]

    def selected_seats(self) -> list[Seat]:
        return [self._seats[i] for i in sorted(self._selected)]

    def seat_state(self, seat_id: str) -> SeatState:
        """The state as displayed (read at the last :meth:`refresh`)."""
        return self._states[self._index(seat_id)]

    def seat_color(self, seat_id: str) -> QColor:
        """The fill colour the seat is painted with (the selection's blue when selected)."""
        return QColor(_LOOK_COLORS[self._look[self._index(seat_id)]])

    def seat_scene_rect(self, seat_id: str) -> QRectF:
        return QRectF(self._rects[self._index(seat_id)])

    def seat_view_pos(self, seat_id: str) -> QPoint:
        """Where the centre of a seat is in viewport coordinates (for a click)."""
        return self.mapFromScene(self._rects[self._index(seat_id)].center())

    def seat_at(self, pos: QPoint, *, finger: bool = False) -> Seat | None:
        """The seat under a viewport position, or ``None``. A ``finger`` also hits the gap
        around a seat (the nearest seat of its pitch)."""
        scene_pos = self.mapToScene(pos)
        tolerance = max(1.0, 2.0 / max(self.transform().m11(), 0.01))
        if finger:
            tolerance = max(tolerance, (UNIT - SEAT) / 2 + 0.5)
        i = self._grid.at(scene_pos, tolerance)
        return None if i is None else self._seats[i]

    def cursor_seat(self) -> Seat | None:
        return None if self._cursor_index is None else self._seats[self._cursor_index]

    def cursor_row(self) -> tuple[str, str] | None:
        """(section, row) of the keyboard row, or ``None`` before the first arrow."""
        return self._cursor_row

    def zoom_factor(self) -> float:
        """The current scale relative to :meth:`fit_all` (1.0 = the whole map)."""
        return self.transform().m11() / self._fit_scale if self._fit_scale else 1.0

    def seat_px(self) -> float:
        """The side of a seat on screen, in pixels (:data:`TOUCH_SEAT_PX` or more: a finger)."""
        return SEAT * self.transform().m11()

    def is_touch_size(self) -> bool:
        """Seats at least a finger big: a tap selects (smaller: a tap zooms first)."""
        return self.seat_px() >= TOUCH_SEAT_PX - 1e-6

    @property
    def layer(self) -> _SeatLayer:
        return self._layer

    def _index(self, seat_id: str) -> int:
        index = self._index_of.get(seat_id)
        if index is None:
            raise DomainError("seat_unknown", seat_id=seat_id)
        return index

    # -- selection
    def toggle_seat(self, seat_id: str) -> bool:
        """What a click does: a FREE seat goes in or out of the selection (``True``); any other
        seat stays as it is and :attr:`message` says why (``False``). The cursor follows."""
        i = self._index(seat_id)
        self._move_cursor_to(i)
        state = self._states[i]
        if state not in self.selectable:
            self.message.emit(self._refusal(i))
            return False
        if i in self._selected:
            self._selected.discard(i)
            self._look[i] = _LOOK_OF_STATE[state]
        else:
            self._selected.add(i)
            self._look[i] = LOOK_SELECTED
        self._update_seat(i)
        self.selectionChanged.emit(self.selected_ids())
        return True

    def select_row(self, section: str, row: str) -> list[str]:
        """Every FREE seat of a row in the selection; if they all are already, out of it.

        Returns the ids that changed. Says so when the row has no free seat.
        """
        free = [self._index_of[seat_id] for seat_id in self.inventory.select_row(section, row)]
        free = [i for i in free if self._states[i] is SeatState.FREE]
        if not free and self.selectable != {SeatState.FREE}:
            # No free seat: a supervisor's row selection takes the held and blocked ones.
            free = [
                self._index_of[seat.id]
                for seat in self.seat_map.row_seats(section, row)
                if self._states[self._index_of[seat.id]] in self.selectable
            ]
        if not free:
            self.message.emit(
                self.tr("Aucun siège libre dans cette rangée ({section}, {row}).").format(
                    section=section, row=row
                )
            )
            return []
        if all(i in self._selected for i in free):
            changed = free
            for i in free:
                self._selected.discard(i)
                self._look[i] = _LOOK_OF_STATE[self._states[i]]
        else:
            changed = [i for i in free if i not in self._selected]
            for i in changed:
                self._selected.add(i)
                self._look[i] = LOOK_SELECTED
        self._update_rect(self._row_bands[self._row_key(section, row)])
        self.selectionChanged.emit(self.selected_ids())
        return [self._seats[i].id for i in changed]

    def set_selection(self, seat_ids: Iterable[str]) -> None:
        """Replace the selection (ids of seats that are not FREE are left out)."""
        wanted = {self._index(seat_id) for seat_id in seat_ids}
        wanted = {i for i in wanted if self._states[i] in self.selectable}
        for i in self._selected - wanted:
            self._look[i] = _LOOK_OF_STATE[self._states[i]]
        for i in wanted:
            self._look[i] = LOOK_SELECTED
        changed = wanted != self._selected
        self._selected = wanted
        self._layer.update()
        if changed:
            self.selectionChanged.emit(self.selected_ids())

    def clear_selection(self) -> None:
        self.set_selection(())

    def refresh(self) -> None:
        """Read the inventory again (after a sale, a hold, another counter's cart...).

        A selected seat that is no longer FREE leaves the selection and :attr:`message` names it.
        """
        self._states = list(self.inventory.states().values())
        lost = sorted(i for i in self._selected if self._states[i] not in self.selectable)
        self._selected.difference_update(lost)
        self._look = [_LOOK_OF_STATE[state] for state in self._states]
        for i in self._selected:
            self._look[i] = LOOK_SELECTED
        self._layer.update()
        self.statesRefreshed.emit()
        if lost:
            self.selectionChanged.emit(self.selected_ids())
            self.message.emit(
                self.tr("Retiré de la sélection, plus libre\u00a0: {seats}.").format(
                    seats=seat_labels((self._seats[i] for i in lost), self.lang)
                )
            )

    def _refusal(self, i: int) -> str:
        seat = self._seats[i]
        status = self.inventory.status(seat.id)
        error = DomainError(
            "seat_taken",
            seat=seat_label(seat, self.lang),
            seat_id=seat.id,
            state=self._states[i].value,
            note=status.note,
            refused=1,
        )
        return message_for(error, self.lang)

    # -- zoom
    def _measure_fit(self) -> float:
        """The scale that shows the whole map (the view is left at it)."""
        self.resetTransform()
        self.fitInView(self.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        self._fit_scale = self.transform().m11()
        return self._fit_scale

    def fit_all(self) -> None:
        """The whole map in the view (key 0, "Tout voir"); kept through resizes until the person
        zooms or pans. On a large hall the seats are then smaller than a finger: a tap zooms."""
        self._auto_view = "fit"
        self._measure_fit()

    def open_view(self) -> None:
        """What opens: the whole map when its seats are a finger big there (a small hall);
        otherwise touch size (:data:`TOUCH_SCALE`), centred on the selection, else the keyboard
        row's seat, else the stage and the first rows. Kept through resizes until the person
        zooms or pans."""
        self._auto_view = "open"
        fit = self._measure_fit()
        if SEAT * fit >= TOUCH_SEAT_PX:
            return
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.scale(TOUCH_SCALE / fit, TOUCH_SCALE / fit)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        if self._selected:
            box = QRectF()
            for i in self._selected:
                box = box.united(self._rects[i]) if box.isValid() else QRectF(self._rects[i])
            self.centerOn(box.center())
        elif self._cursor_index is not None:
            self.centerOn(self._rects[self._cursor_index].center())
        else:
            scene = self.scene().sceneRect()
            half_height = self.viewport().height() / 2 / TOUCH_SCALE
            self.centerOn(QPointF(scene.center().x(), scene.top() + half_height))

    def touch_size(self) -> None:
        """Key 1: seats a finger big again, around the keyboard cursor or the view's centre."""
        anchor = (
            self.mapFromScene(self._rects[self._cursor_index].center())
            if self._cursor_index is not None
            else None
        )
        current = self.transform().m11()
        self._zoom(max(TOUCH_SCALE, self._fit_scale) / current, anchor=anchor)
        if self._cursor_index is not None:
            self.centerOn(self._rects[self._cursor_index].center())

    def zoom_in(self) -> None:
        self._zoom(ZOOM_STEP)

    def zoom_out(self) -> None:
        self._zoom(1 / ZOOM_STEP)

    def _zoom(
        self, factor: float, anchor_under_mouse: bool = False, anchor: QPoint | None = None
    ) -> None:
        """Scale by ``factor`` within the limits: around the view's centre, the mouse pointer or
        ``anchor`` (a viewport point that stays where it is: the finger, the pinch)."""
        current = self.transform().m11()
        low = self._fit_scale * 0.8
        high = max(MAX_SEAT_PX / SEAT, self._fit_scale)
        target = min(max(current * factor, low), high)
        if abs(target - current) < 1e-9:
            return
        self._auto_view = None
        if anchor is not None:
            fixed = self.mapToScene(anchor)
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
            self.scale(target / current, target / current)
            self._pan(self.mapFromScene(fixed) - anchor)
        else:
            if not anchor_under_mouse:
                self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
            self.scale(target / current, target / current)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)

    def _pan(self, delta: QPoint) -> None:
        """Move the view by ``delta`` viewport pixels (the map moves the other way)."""
        if delta.isNull():
            return
        self._auto_view = None
        h, v = self.horizontalScrollBar(), self.verticalScrollBar()
        h.setValue(h.value() + delta.x())
        v.setValue(v.value() + delta.y())

    def pan_by(self, dx: int, dy: int) -> None:
        """Scroll the view by (dx, dy) viewport pixels; the selection stays as it is."""
        self._pan(QPoint(dx, dy))

    # -- keyboard cursor
    def _row_key(self, section: str, row: str) -> tuple[str, str]:
        seats = self.seat_map.row_seats(section, row)
        return (seats[0].section, seats[0].row)

    def _cursor_band(self) -> QRectF | None:
        if self._cursor_row is None:
            return None
        return self._row_bands.get(self._cursor_row)

    def move_row(self, step: int) -> None:
        """↑ / ↓: the previous / next row, into the neighbouring section at a section's end."""
        if self._cursor_row is None:
            target: tuple[str, str] | None = self._rows[0] if step > 0 else self._rows[-1]
        else:
            section, row = self._cursor_row
            adjacent = self.seat_map.adjacent_row(section, row, step)
            if adjacent is not None:
                target = (section, adjacent)
            else:
                sections = self.seat_map.sections()
                position = sections.index(section) + (1 if step > 0 else -1)
                if 0 <= position < len(sections):
                    rows = self.seat_map.rows(sections[position])
                    target = (sections[position], rows[0] if step > 0 else rows[-1])
                else:
                    target = None
        if target is None:
            return
        seats = self.seat_map.row_seats(*target)
        x = self._seats[self._cursor_index].x if self._cursor_index is not None else None
        if x is None:
            min_x, _, max_x, _ = self.seat_map.bounds()
            x = (min_x + max_x) / 2
        nearest = min(seats, key=lambda seat: abs(seat.x - x))
        self._move_cursor_to(self._index_of[nearest.id])

    def move_cursor(self, step: int) -> None:
        """← / →: the seat on the left / right in the keyboard row."""
        if self._cursor_index is None or self._cursor_row is None:
            self.move_row(1)
            return
        seats = self.seat_map.row_seats(*self._cursor_row)
        ids = [seat.id for seat in seats]
        position = ids.index(self._seats[self._cursor_index].id) + step
        if 0 <= position < len(ids):
            self._move_cursor_to(self._index_of[ids[position]])

    def _move_cursor_to(self, i: int) -> None:
        if i == self._cursor_index:
            return
        seat = self._seats[i]
        old_band = self._cursor_band()
        old_index = self._cursor_index
        self._cursor_row = (seat.section, seat.row)
        self._cursor_index = i
        new_band = self._cursor_band()
        if old_band is not None and old_band != new_band:
            self._update_rect(old_band)
        if new_band is not None and old_band != new_band:
            self._update_rect(new_band)
        if old_index is not None:
            self._update_seat(old_index)
        self._update_seat(i)
        self.ensureVisible(self._rects[i], 40, 40)
        self.cursorChanged.emit(seat.id)

    # -- repaint
    def _margin(self) -> float:
        return 6.0 / max(self.transform().m11(), 0.01) + 4.0

    def _update_seat(self, i: int) -> None:
        m = self._margin()
        self._layer.update(self._rects[i].adjusted(-m, -m, m, m))

    def _update_rect(self, rect: QRectF) -> None:
        m = self._margin()
        self._layer.update(rect.adjusted(-m, -m, m, m))

    # -- events
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt name
        # The layer gets one exposed rectangle (the bounding box of what changed); a click that
        # moves the keyboard row repaints two rows far apart: keep the parts to paint less.
        self._paint_region = event.region()
        try:
            super().paintEvent(event)
        finally:
            self._paint_region = None

    def _exposed_parts(self, exposed: QRectF) -> list[QRectF]:
        """The parts of the viewport being repainted, in scene coordinates (within exposed)."""
        region = self._paint_region
        if region is None or region.rectCount() > 16:
            return [exposed]
        parts = []
        for rect in region:
            part = self.mapToScene(rect.adjusted(-2, -2, 2, 2)).boundingRect() & exposed
            if not part.isEmpty():
                parts.append(part)
        return parts or [exposed]

    def _keep_view(self) -> None:
        if self._auto_view == "open":
            self.open_view()
        elif self._auto_view == "fit":
            self.fit_all()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt name
        super().showEvent(event)
        self._keep_view()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt name
        super().resizeEvent(event)
        self._keep_view()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt name
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self._zoom(ZOOM_STEP**steps, anchor=event.position().toPoint())
            event.accept()
            return
        self._auto_view = None
        super().wheelEvent(event)

    # -- touch: one finger taps or pans, two fingers pinch (and pan)
    def _touch_event(self, event: QTouchEvent) -> bool:
        kind = event.type()
        points = (
            [p for p in event.points() if p.state() != p.State.Released]
            if kind != QEvent.Type.TouchEnd
            else []
        )
        if kind == QEvent.Type.TouchBegin:
            self._touch_last = event.points()[0].position() if event.points() else None
            self._touch_moved = False
            self._pinch = None
            self._pinch_centre = None
            self.setFocus(Qt.FocusReason.MouseFocusReason)
        if kind == QEvent.Type.TouchCancel:
            self._touch_last, self._pinch, self._pinch_centre = None, None, None
            return True
        if len(points) >= 2:
            a, b = points[0].position(), points[1].position()
            distance = max(QLineF(a, b).length(), 1.0)
            centre = (a + b) / 2
            if self._pinch is None:
                self._pinch = (distance, self.transform().m11())
            else:
                start_distance, start_scale = self._pinch
                wanted = start_scale * distance / start_distance
                self._zoom(wanted / self.transform().m11(), anchor=centre.toPoint())
                if self._pinch_centre is not None:
                    self._pan((self._pinch_centre - centre).toPoint())
            self._pinch_centre = centre
            self._touch_moved = True
            self._touch_last = None
            return True
        if kind == QEvent.Type.TouchEnd:
            last = event.points()[0].position() if event.points() else None
            if not self._touch_moved and last is not None and self._pinch is None:
                self.tap(last.toPoint())
            self._touch_last, self._pinch, self._pinch_centre = None, None, None
            return True
        if len(points) == 1 and self._pinch is None:
            position = points[0].position()
            if self._touch_last is not None:
                delta = position - self._touch_last
                if not self._touch_moved and delta.manhattanLength() < TAP_SLOP_PX:
                    return True  # a finger trembles: still a tap
                self._touch_moved = True
                self._pan((-delta).toPoint())
            self._touch_last = position
        return True

    def tap(self, pos: QPoint) -> bool:
        """A finger's tap at a viewport position. Seats smaller than a finger: zoom to touch
        size around the finger (``False``, nothing selected). Else what a click does."""
        if not self.is_touch_size():
            self._zoom(TOUCH_SCALE / self.transform().m11(), anchor=pos)
            return False
        seat = self.seat_at(pos, finger=True)
        if seat is None:
            return False
        return self.toggle_seat(seat.id)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt name
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
            self._dragging = False
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt name
        # two quick clicks are two clicks (two seats, or a seat taken then left)
        self.mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt name
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            pos = event.position().toPoint()
            delta = pos - self._press
            if not self._dragging and delta.manhattanLength() >= QApplication.startDragDistance():
                self._dragging = True
                self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            if self._dragging:
                self._pan(-delta)
                self._press = pos
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt name
        if event.button() == Qt.MouseButton.LeftButton and self._press is not None:
            dragged = self._dragging
            self._press = None
            self._dragging = False
            self.viewport().unsetCursor()
            if not dragged:
                seat = self.seat_at(event.position().toPoint())
                if seat is not None:
                    self.toggle_seat(seat.id)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 - Qt name
        if isinstance(event, QTouchEvent) and event.type() in (
            QEvent.Type.TouchBegin,
            QEvent.Type.TouchUpdate,
            QEvent.Type.TouchEnd,
            QEvent.Type.TouchCancel,
        ):
            event.accept()
            return self._touch_event(event)
        if (
            isinstance(event, QNativeGestureEvent)
            and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture
        ):
            # a touchpad's pinch
            self._zoom(1.0 + event.value(), anchor=event.position().toPoint())
            event.accept()
            return True
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            seat = self.seat_at(event.pos())
            if seat is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.seat_description(seat.id), self)
            return True
        return super().viewportEvent(event)

    def seat_description(self, seat_id: str) -> str:
        """``"Parterre, rangée F, siège 12 — Retenu (Médias)"`` for a tooltip or a status line."""
        i = self._index(seat_id)
        seat = self._seats[i]
        status = self.inventory.status(seat_id)
        state = self.tr("Sélectionné") if i in self._selected else state_name(self._states[i])
        text = self.tr("{seat} — {state}").format(seat=seat_label(seat, self.lang), state=state)
        if status.note:
            text = self.tr("{text} ({note})").format(text=text, note=status.note)
        if status.participant:
            text = self.tr("{text}\u00a0: {participant}").format(
                text=text, participant=status.participant
            )
        if seat.accessible:
            text = self.tr("{text}, accessible").format(text=text)
        return text

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt name
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        arrows = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right)
        if key in arrows and modifiers & Qt.KeyboardModifier.ShiftModifier:
            bar = (
                self.verticalScrollBar()
                if key in (Qt.Key.Key_Up, Qt.Key.Key_Down)
                else self.horizontalScrollBar()
            )
            forward = key in (Qt.Key.Key_Down, Qt.Key.Key_Right)
            self._auto_view = None
            bar.triggerAction(
                QAbstractSlider.SliderAction.SliderSingleStepAdd
                if forward
                else QAbstractSlider.SliderAction.SliderSingleStepSub
            )
            event.accept()
            return
        if modifiers & ~Qt.KeyboardModifier.ShiftModifier:
            super().keyPressEvent(event)  # Ctrl+..., Alt+...: not ours
            return
        if key == Qt.Key.Key_Down:
            self.move_row(1)
        elif key == Qt.Key.Key_Up:
            self.move_row(-1)
        elif key == Qt.Key.Key_Left:
            self.move_cursor(-1)
        elif key == Qt.Key.Key_Right:
            self.move_cursor(1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._cursor_row is None:
                self.move_row(1)
            if self._cursor_row is not None:
                self.select_row(*self._cursor_row)
        elif key == Qt.Key.Key_Space:
            if self._cursor_index is None:
                self.move_row(1)
            elif self._cursor_index is not None:
                self.toggle_seat(self._seats[self._cursor_index].id)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_out()
        elif key == Qt.Key.Key_0:
            self.fit_all()
        elif key == Qt.Key.Key_1:
            self.touch_size()
        else:
            super().keyPressEvent(event)
            return
        event.accept()


# --------------------------------------------------------------------------- the panel


class SeatMapPanel(QWidget):
    """The map with its legend (and the count of each state), the zoom buttons, the line that
    says what is selected, the row panel and the message line. Readable at arm's length at
    1366x768.

    The row panel (:attr:`cursor_label`) counts the keyboard row (or the last seat tapped) and
    its section: free seats, seats in the selection. It is written again after every action —
    a seat or a row selected or left, the states read again after a sale, a hold, a release or
    an assignment — never left showing the counts of before.
    """

    SIDE_WIDTH = 370

    def __init__(
        self,
        seat_map: SeatMap,
        inventory: SeatInventory,
        lang: str = "fr",
        parent: QWidget | None = None,
        *,
        selectable: frozenset[SeatState] = frozenset({SeatState.FREE}),
    ) -> None:
        super().__init__(parent)
        self.lang = lang
        self.seat_map = seat_map
        self.inventory = inventory
        self.view = SeatMapView(seat_map, inventory, lang, self, selectable=selectable)
        self.legend_labels: dict[SeatState, QLabel] = {}
        self.count_labels: dict[SeatState, QLabel] = {}
        self._build()
        self.setFocusProxy(self.view)
        self.view.selectionChanged.connect(self._on_selection)
        self.view.message.connect(self.show_message)
        self.view.statesRefreshed.connect(self._update_counts)
        self.view.cursorChanged.connect(self._on_cursor)
        self._cursor_seat_id = ""
        self._section_seats: dict[str, list[str]] = {}
        for seat in seat_map:
            self._section_seats.setdefault(seat.section, []).append(seat.id)
        self._update_counts()
        self._on_selection(self.view.selected_ids())

    # -- layout
    def _build(self) -> None:
        root = QHBoxLayout(self)
        root.setContentsMargins(10, 10, 10, 10)
        root.setSpacing(12)
        root.addWidget(self.view, 1)

        side = QVBoxLayout()
        side.setSpacing(6)
        side_widget = QWidget()
        side_widget.setObjectName("seatSide")
        side_widget.setFixedWidth(self.SIDE_WIDTH)
        side_widget.setLayout(side)
        side.setContentsMargins(0, 0, 0, 0)
        # A long selection (a whole section) or a low screen scrolls the side column rather
        # than squeezing the legend's swatches onto one another.
        self.side_scroll = QScrollArea()
        self.side_scroll.setObjectName("seatSideScroll")
        self.side_scroll.setWidget(side_widget)
        self.side_scroll.setWidgetResizable(True)
        self.side_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.side_scroll.setStyleSheet(
            "QScrollArea#seatSideScroll, QWidget#seatSide { background: transparent; }"
        )
        self.side_scroll.viewport().setAutoFillBackground(False)
        bar = self.side_scroll.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        self.side_scroll.setFixedWidth(self.SIDE_WIDTH + bar + 2)
        root.addWidget(self.side_scroll)

        title = QLabel(self.seat_map.name)
        title.setFont(sized_font(self.font(), 17, bold=True))
        title.setWordWrap(True)
        side.addWidget(title)

        zoom = QHBoxLayout()
        zoom.setSpacing(6)
        self.zoom_in_button = self._button(self.tr("Zoom +"), self.view.zoom_in)
        self.zoom_out_button = self._button(self.tr("Zoom −"), self.view.zoom_out)
        self.fit_button = self._button(self.tr("Tout voir"), self.view.fit_all)
        self.zoom_in_button.setToolTip(self.tr("Agrandir (touche +, ou Ctrl + molette)"))
        self.zoom_out_button.setToolTip(self.tr("Réduire (touche −)"))
        self.fit_button.setToolTip(
            self.tr("Toute la salle (touche 0)\u00a0; touche 1\u00a0: sièges à la taille du doigt")
        )
        for button in (self.zoom_in_button, self.zoom_out_button, self.fit_button):
            zoom.addWidget(button)
        side.addLayout(zoom)

        legend_frame = QFrame()
        legend_frame.setObjectName("legend")
        legend_frame.setStyleSheet(
            f"QFrame#legend {{ background: white; border: 1px solid {COLORS['border']};"
            " border-radius: 6px; }"
        )
        legend = QGridLayout(legend_frame)
        legend.setContentsMargins(10, 6, 10, 6)
        legend.setHorizontalSpacing(10)
        legend.setVerticalSpacing(2)
        legend.setColumnStretch(1, 1)
        big = sized_font(self.font(), 16)
        big_bold = sized_font(self.font(), 16, bold=True)
        header = QLabel(self.tr("Légende"))
        header.setFont(sized_font(self.font(), 14, bold=True))
        header.setProperty("role", "muted")
        legend.addWidget(header, 0, 0, 1, 2)
        count_header = QLabel(self.tr("Sièges"))
        count_header.setFont(sized_font(self.font(), 14, bold=True))
        count_header.setProperty("role", "muted")
        legend.addWidget(count_header, 0, 2, Qt.AlignmentFlag.AlignRight)
        line = 1
        entries: list[tuple[int, str, SeatState | None]] = [
            (_LOOK_OF_STATE[state], state_name(state), state) for state in STATE_ORDER
        ]
        entries.append((LOOK_SELECTED, self.tr("Votre sélection"), None))
        for look, name, state in entries:
            swatch = QLabel()
            swatch.setPixmap(seat_swatch(look))
            swatch.setFixedSize(QSize(32, 34))
            label = QLabel(name)
            label.setFont(big)
            count = QLabel()
            count.setFont(big_bold)
            count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            legend.addWidget(swatch, line, 0)
            legend.addWidget(label, line, 1)
            legend.addWidget(count, line, 2)
            if state is None:
                self.selection_count = count
            else:
                self.legend_labels[state] = label
                self.count_labels[state] = count
            line += 1
        swatch = QLabel()
        swatch.setPixmap(seat_swatch(_LOOK_OF_STATE[SeatState.FREE], accessible=True))
        swatch.setFixedSize(QSize(32, 34))
        self.accessible_label = QLabel(self.tr("Accessible"))
        self.accessible_label.setFont(big)
        accessible_count = QLabel(str(len(self.seat_map.accessible_seats())))
        accessible_count.setFont(big_bold)
        accessible_count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        legend.addWidget(swatch, line, 0)
        legend.addWidget(self.accessible_label, line, 1)
        legend.addWidget(accessible_count, line, 2)
        side.addWidget(legend_frame)

        self.selection_label = QLabel()
        self.selection_label.setObjectName("selection")
        self.selection_label.setWordWrap(True)
        self.selection_label.setFont(sized_font(self.font(), 16, bold=True))
        self.selection_label.setTextFormat(Qt.TextFormat.PlainText)
        self.selection_label.setStyleSheet(
            f"QLabel#selection {{ background: {COLORS['selection']};"
            f" border-left: 6px solid {SELECTED_COLOR}; padding: 6px 8px; }}"
        )
        self.selection_label.setAccessibleName(self.tr("Sélection"))
        side.addWidget(self.selection_label)

        self.cursor_label = QLabel()  # the row panel
        self.cursor_label.setObjectName("rowPanel")
        self.cursor_label.setAccessibleName(self.tr("Rangée"))
        self.cursor_label.setWordWrap(True)
        self.cursor_label.setFont(sized_font(self.font(), 14))
        self.cursor_label.setTextFormat(Qt.TextFormat.PlainText)
        side.addWidget(self.cursor_label)

        self.message_label = QLabel()
        self.message_label.setObjectName("message")
        self.message_label.setWordWrap(True)
        self.message_label.setProperty("role", "error")
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setAccessibleName(self.tr("Message"))
        side.addWidget(self.message_label)
        side.addStretch(1)

        hint = QLabel(
            self.tr(
                "↑ ↓\u00a0: rangée · Entrée\u00a0: toute la rangée\n"
                "← →\u00a0: siège · Espace\u00a0: prendre ou laisser\n"
                "Clic\u00a0: un siège · glisser\u00a0: déplacer\n"
                "Pincer, Ctrl + molette, + −\u00a0: zoom\n"
                "0\u00a0: tout voir"
            )
        )
        hint.setFont(sized_font(self.font(), 13))
        hint.setWordWrap(True)  # a longer translation takes one more line
        hint.setProperty("role", "muted")
        side.addWidget(hint)

    def _button(self, text: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the map keeps the keyboard
        button.clicked.connect(slot)
        return button

    # -- updates
    def set_inventory(self, inventory: SeatInventory) -> None:
        """The states read again from the service: recolour, recount."""
        self.inventory = inventory
        self.view.inventory = inventory
        self.view.refresh()

    def refresh(self) -> None:
        self.view.refresh()

    def show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))  # no empty line kept when there is none

    def _on_selection(self, seat_ids: list[str]) -> None:
        self.show_message("")
        seats = self.view.selected_seats()
        if not seats:
            text = self.tr("Sélection\u00a0: aucun siège")
        else:
            text = self.tr("Sélection\u00a0: {seats} ({count})").format(
                seats=seat_labels(seats, self.lang), count=len(seats)
            )
        self.selection_label.setText(text)
        self.selection_count.setText(str(len(seats)))
        self._update_row_panel()

    def _update_counts(self) -> None:
        counts = self.inventory.counts()
        for state, label in self.count_labels.items():
            label.setText(str(counts[state]))
        self._update_row_panel()

    def _on_cursor(self, seat_id: str) -> None:
        self._cursor_seat_id = seat_id
        self._update_row_panel()

    def row_counts(self, section: str, row: str) -> tuple[int, int, int]:
        """(free, selected, total) of a row, as displayed now."""
        ids = [seat.id for seat in self.seat_map.row_seats(section, row)]
        return self._counts(ids) + (len(ids),)

    def section_counts(self, section: str) -> tuple[int, int, int]:
        """(free, selected, total) of a section, as displayed now."""
        ids = self._section_seats.get(section, [])
        return self._counts(ids) + (len(ids),)

    def _counts(self, ids: list[str]) -> tuple[int, int]:
        view = self.view
        selected = view._selected
        index_of = view._index_of
        states = view._states
        free = chosen = 0
        for seat_id in ids:
            i = index_of[seat_id]
            if i in selected:
                chosen += 1
            if states[i] is SeatState.FREE:
                free += 1
        return free, chosen

    def _update_row_panel(self) -> None:
        """The counts of the keyboard row and its section, as they are after the last action."""
        row = self.view.cursor_row()
        if row is None:
            self.cursor_label.setText(self.tr("Clavier\u00a0: ↓ pour choisir une rangée"))
            return
        section, name = row
        free, chosen, total = self.row_counts(section, name)
        text = self.tr("Rangée {row} ({section}) — sièges libres\u00a0: {free} sur {total}").format(
            row=name, section=section, free=free, total=total
        )
        if chosen:
            text = self.tr("{text}, choisis\u00a0: {chosen}").format(text=text, chosen=chosen)
        section_free, section_chosen, section_total = self.section_counts(section)
        line = self.tr("{section} — sièges libres\u00a0: {free} sur {total}").format(
            section=section, free=section_free, total=section_total
        )
        if section_chosen:
            line = self.tr("{text}, choisis\u00a0: {chosen}").format(
                text=line, chosen=section_chosen
            )
        text = self.tr("{text}\n{seat}").format(text=text, seat=line)
        seat_id = self._cursor_seat_id
        if seat_id:
            text = self.tr("{text}\n{seat}").format(
                text=text, seat=self.view.seat_description(seat_id)
            )
        self.cursor_label.setText(text)
