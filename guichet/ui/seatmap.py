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

Mouse: a click toggles a free seat in or out of the selection (a taken seat says why in
words), a drag pans, Ctrl + wheel zooms around the pointer, the wheel scrolls.
Keyboard: ↑ ↓ choose a row (across sections), Entrée selects the free seats of the row
(again: un-selects them), ← → move a cursor in the row, Espace toggles the seat under the
cursor, + − zoom, 0 fits the whole map, Maj + arrows scroll the view.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QRegion,
    QResizeEvent,
    QShowEvent,
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
        self._auto_fit = True
        self._fit_scale = 1.0
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
        self.setAccessibleName(self.tr("Plan de salle"))
        self.setAccessibleDescription(
            self.tr(
                "Flèches haut et bas : rangée. Entrée : toute la rangée. Flèches gauche et "
                "droite : siège. Espace : prendre ou laisser le siège."
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

    def seat_at(self, pos: QPoint) -> Seat | None:
        """The seat under a viewport position, or ``None``."""
        scene_pos = self.mapToScene(pos)
        tolerance = max(1.0, 2.0 / max(self.transform().m11(), 0.01))
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
                self.tr("Retiré de la sélection, plus libre : {seats}.").format(
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
    def fit_all(self) -> None:
        """The whole map in the view (what opens); zooming afterwards keeps the user's zoom."""
        self._auto_fit = True
        rect = self.scene().sceneRect()
        self.resetTransform()
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        self._fit_scale = self.transform().m11()

    def zoom_in(self) -> None:
        self._zoom(ZOOM_STEP)

    def zoom_out(self) -> None:
        self._zoom(1 / ZOOM_STEP)

    def _zoom(self, factor: float, anchor_under_mouse: bool = False) -> None:
        current = self.transform().m11()
        low = self._fit_scale * 0.8
        high = max(MAX_SEAT_PX / SEAT, self._fit_scale)
        target = min(max(current * factor, low), high)
        if abs(target - current) < 1e-9:
            return
        self._auto_fit = False
        if not anchor_under_mouse:
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.scale(target / current, target / current)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)

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

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt name
        super().showEvent(event)
        if self._auto_fit:
            self.fit_all()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt name
        super().resizeEvent(event)
        if self._auto_fit:
            self.fit_all()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt name
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self._zoom(ZOOM_STEP**steps, anchor_under_mouse=True)
            event.accept()
            return
        super().wheelEvent(event)

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
                h, v = self.horizontalScrollBar(), self.verticalScrollBar()
                h.setValue(h.value() - delta.x())
                v.setValue(v.value() - delta.y())
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
            text = self.tr("{text} : {participant}").format(
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
        else:
            super().keyPressEvent(event)
            return
        event.accept()


# --------------------------------------------------------------------------- the panel


class SeatMapPanel(QWidget):
    """The map with its legend (and the count of each state), the zoom buttons, the line that
    says what is selected and the message line. Readable at arm's length at 1366x768."""

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
        self._update_counts()
        self._on_selection(self.view.selected_ids())
        self._on_cursor("")

    # -- layout
    def _build(self) -> None:
        root = QHBoxLayout(self)
        root.setContentsMargins(10, 10, 10, 10)
        root.setSpacing(12)
        root.addWidget(self.view, 1)

        side = QVBoxLayout()
        side.setSpacing(8)
        side_widget = QWidget()
        side_widget.setFixedWidth(self.SIDE_WIDTH)
        side_widget.setLayout(side)
        side.setContentsMargins(0, 0, 0, 0)
        root.addWidget(side_widget)

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
        self.fit_button.setToolTip(self.tr("Toute la salle (touche 0)"))
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

        self.cursor_label = QLabel()
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
                "↑ ↓ : rangée · Entrée : toute la rangée\n"
                "← → : siège · Espace : prendre ou laisser\n"
                "Clic : un siège · glisser : déplacer\n"
                "Ctrl + molette, + − : zoom"
            )
        )
        hint.setFont(sized_font(self.font(), 13))
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

    def _on_selection(self, seat_ids: list[str]) -> None:
        self.message_label.clear()
        seats = self.view.selected_seats()
        if not seats:
            text = self.tr("Sélection : aucun siège")
        else:
            text = self.tr("Sélection : {seats} ({count})").format(
                seats=seat_labels(seats, self.lang), count=len(seats)
            )
        self.selection_label.setText(text)
        self.selection_count.setText(str(len(seats)))

    def _update_counts(self) -> None:
        counts = self.inventory.counts()
        for state, label in self.count_labels.items():
            label.setText(str(counts[state]))

    def _on_cursor(self, seat_id: str) -> None:
        row = self.view.cursor_row()
        if row is None:
            self.cursor_label.setText(self.tr("Clavier : ↓ pour choisir une rangée"))
            return
        section, name = row
        free = len(self.inventory.select_row(section, name))
        total = len(self.seat_map.row_seats(section, name))
        text = self.tr("Rangée {row} ({section}) — sièges libres : {free} sur {total}").format(
            row=name, section=section, free=free, total=total
        )
        if seat_id:
            text = self.tr("{text}\n{seat}").format(
                text=text, seat=self.view.seat_description(seat_id)
            )
        self.cursor_label.setText(text)
