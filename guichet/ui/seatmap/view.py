"""The seat map view: the seats of a map coloured by their state, picked with the mouse, a
finger or the keyboard.

It puts together the pieces that each do one job — :class:`SeatGeometry` (where the seats
are), :class:`SeatSelection` (what is selected, what each seat looks like), :class:`RowCursor`
(the keyboard row and seat), :class:`SeatLayer` and :class:`SeatScene` (the painting),
:class:`MapNavigator` (zoom and pan), :class:`PointerGestures` (fingers and mouse) and
:func:`handle_key` (the keys) — and wires their signals. Its public methods are what the sales
flow, the seat picker and the seat desk call.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QNativeGestureEvent,
    QPainter,
    QPaintEvent,
    QRegion,
    QResizeEvent,
    QShowEvent,
    QTouchEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QFrame, QGraphicsView, QToolTip, QWidget

from guichet.domain.seating import Seat, SeatInventory, SeatMap, SeatState
from guichet.ui.seatmap.cursor import RowCursor
from guichet.ui.seatmap.geometry import SEAT, UNIT, SeatGeometry
from guichet.ui.seatmap.keyboard import handle_key
from guichet.ui.seatmap.layer import SeatLayer
from guichet.ui.seatmap.looks import LOOK_COLORS
from guichet.ui.seatmap.navigation import ZOOM_STEP, MapNavigator
from guichet.ui.seatmap.pointer import PointerGestures
from guichet.ui.seatmap.scene import SeatScene
from guichet.ui.seatmap.selection import SeatSelection

_TOUCH_EVENTS = (
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
    QEvent.Type.TouchEnd,
    QEvent.Type.TouchCancel,
)


class SeatMapView(QGraphicsView):
    """The seats of ``seat_map`` coloured by their state in ``inventory``.

    Only FREE seats can be selected (``selectable`` says otherwise for a supervisor). The
    selection is the view's own (nothing changes in the inventory): the sales flow reads
    :meth:`selected_ids`, puts them in its cart, then calls :meth:`refresh` (a seat that is no
    longer free leaves the selection, and the view says so).
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
        self.lang = lang
        self.seat_geometry = SeatGeometry(seat_map)
        self.selection = SeatSelection(self.seat_geometry, inventory, lang, selectable, self)
        self.row_cursor = RowCursor(self.seat_geometry, self)
        self.navigator = MapNavigator(self, self.selection, self.row_cursor)
        self.gestures = PointerGestures(self)
        self._paint_region: QRegion | None = None
        self._layer = SeatLayer(
            self.seat_geometry, self.selection, self.row_cursor, self._exposed_parts
        )
        self.setScene(SeatScene(self.seat_geometry, self._layer, self.font(), self))
        self._connect()
        self._set_up_viewing()

    def _connect(self) -> None:
        selection, cursor, gestures = self.selection, self.row_cursor, self.gestures
        selection.areaChanged.connect(self._update_rect)
        selection.allChanged.connect(self._layer.update)
        selection.selectionChanged.connect(self.selectionChanged)
        selection.message.connect(self.message)
        selection.statesRefreshed.connect(self.statesRefreshed)
        cursor.areaChanged.connect(self._update_rect)
        cursor.moved.connect(self._on_cursor_moved)
        gestures.tapped.connect(self.tap)
        gestures.clicked.connect(self._on_click)
        gestures.panned.connect(self.navigator.pan)
        gestures.zoomed.connect(lambda factor, anchor: self.navigator.zoom(factor, anchor=anchor))

    def _set_up_viewing(self) -> None:
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

    # -- what the seats are
    @property
    def inventory(self) -> SeatInventory:
        """The states shown; set a new one, then :meth:`refresh`."""
        return self.selection.inventory

    @inventory.setter
    def inventory(self, inventory: SeatInventory) -> None:
        self.selection.inventory = inventory

    @property
    def selectable(self) -> frozenset[SeatState]:
        """What can be selected: FREE seats for a cashier, also held and blocked ones for a
        supervisor (to release or assign them)."""
        return self.selection.selectable

    @selectable.setter
    def selectable(self, states: frozenset[SeatState]) -> None:
        self.selection.selectable = states

    @property
    def layer(self) -> SeatLayer:
        return self._layer

    def selected_ids(self) -> list[str]:
        """The selected seats, in map order."""
        return self.selection.selected_ids()

    def selected_seats(self) -> list[Seat]:
        return self.selection.selected_seats()

    def seat_state(self, seat_id: str) -> SeatState:
        """The state as displayed (read at the last :meth:`refresh`)."""
        return self.selection.states[self.seat_geometry.index(seat_id)]

    def seat_color(self, seat_id: str) -> QColor:
        """The fill colour the seat is painted with (the selection's blue when selected)."""
        return QColor(LOOK_COLORS[self.selection.looks[self.seat_geometry.index(seat_id)]])

    def seat_description(self, seat_id: str) -> str:
        """``"Parterre, rangée F, siège 12 — Retenu (Médias)"`` for a tooltip or a status line."""
        return self.selection.describe(seat_id)

    # -- where the seats are
    def seat_scene_rect(self, seat_id: str) -> QRectF:
        return QRectF(self.seat_geometry.rects[self.seat_geometry.index(seat_id)])

    def seat_view_pos(self, seat_id: str) -> QPoint:
        """Where the centre of a seat is in viewport coordinates (for a click)."""
        rect = self.seat_geometry.rects[self.seat_geometry.index(seat_id)]
        return self.mapFromScene(rect.center())

    def seat_at(self, pos: QPoint, *, finger: bool = False) -> Seat | None:
        """The seat under a viewport position, or ``None``. A ``finger`` also hits the gap
        around a seat (the nearest seat of its pitch)."""
        scene_pos = self.mapToScene(pos)
        tolerance = max(1.0, 2.0 / max(self.transform().m11(), 0.01))
        if finger:
            tolerance = max(tolerance, (UNIT - SEAT) / 2 + 0.5)
        i = self.seat_geometry.grid.at(scene_pos, tolerance)
        return None if i is None else self.seat_geometry.seats[i]

    # -- the keyboard cursor
    def cursor_seat(self) -> Seat | None:
        return self.row_cursor.seat()

    def cursor_row(self) -> tuple[str, str] | None:
        """(section, row) of the keyboard row, or ``None`` before the first arrow."""
        return self.row_cursor.row

    def move_row(self, step: int) -> None:
        """↑ / ↓: the previous / next row, into the neighbouring section at a section's end."""
        self.row_cursor.move_row(step)

    def move_cursor(self, step: int) -> None:
        """← / →: the seat on the left / right in the keyboard row."""
        self.row_cursor.move_seat(step)

    def _on_cursor_moved(self, i: int) -> None:
        self.ensureVisible(self.seat_geometry.rects[i], 40, 40)
        self.cursorChanged.emit(self.seat_geometry.seats[i].id)

    # -- selection
    def toggle_seat(self, seat_id: str) -> bool:
        """What a click does: a FREE seat goes in or out of the selection (``True``); any other
        seat stays as it is and :attr:`message` says why (``False``). The cursor follows."""
        i = self.seat_geometry.index(seat_id)
        self.row_cursor.move_to(i)
        return self.selection.toggle(i)

    def select_row(self, section: str, row: str) -> list[str]:
        """Every FREE seat of a row in the selection; if they all are already, out of it.

        Returns the ids that changed. Says so when the row has no free seat.
        """
        return self.selection.select_row(section, row)

    def set_selection(self, seat_ids: Iterable[str]) -> None:
        """Replace the selection (ids of seats that are not FREE are left out)."""
        self.selection.set_selection(seat_ids)

    def clear_selection(self) -> None:
        self.selection.set_selection(())

    def refresh(self) -> None:
        """Read the inventory again (after a sale, a hold, another counter's cart...).

        A selected seat that is no longer FREE leaves the selection and :attr:`message` names it.
        """
        self.selection.refresh()

    # -- zoom and pan
    def zoom_factor(self) -> float:
        """The current scale relative to :meth:`fit_all` (1.0 = the whole map)."""
        return self.navigator.zoom_factor()

    def seat_px(self) -> float:
        """The side of a seat on screen, in pixels (``TOUCH_SEAT_PX`` or more: a finger)."""
        return self.navigator.seat_px()

    def is_touch_size(self) -> bool:
        """Seats at least a finger big: a tap selects (smaller: a tap zooms first)."""
        return self.navigator.is_touch_size()

    def fit_all(self) -> None:
        """The whole map in the view (key 0, "Tout voir")."""
        self.navigator.fit_all()

    def open_view(self) -> None:
        """What opens: the whole map of a small hall, touch size on a large one."""
        self.navigator.open_view()

    def touch_size(self) -> None:
        """Key 1: seats a finger big again, around the keyboard cursor or the view's centre."""
        self.navigator.touch_size()

    def zoom_in(self) -> None:
        self.navigator.zoom_in()

    def zoom_out(self) -> None:
        self.navigator.zoom_out()

    def pan_by(self, dx: int, dy: int) -> None:
        """Scroll the view by (dx, dy) viewport pixels; the selection stays as it is."""
        self.navigator.pan(QPoint(dx, dy))

    # -- a finger, the mouse
    def tap(self, pos: QPoint) -> bool:
        """A finger's tap at a viewport position. Seats smaller than a finger: zoom to touch
        size around the finger (``False``, nothing selected). Else what a click does."""
        if not self.is_touch_size():
            self.navigator.zoom_to_touch(pos)
            return False
        seat = self.seat_at(pos, finger=True)
        if seat is None:
            return False
        return self.toggle_seat(seat.id)

    def _on_click(self, pos: QPoint) -> None:
        seat = self.seat_at(pos)
        if seat is not None:
            self.toggle_seat(seat.id)

    # -- repaint
    def _margin(self) -> float:
        return 6.0 / max(self.transform().m11(), 0.01) + 4.0

    def _update_rect(self, rect: QRectF) -> None:
        m = self._margin()
        self._layer.update(rect.adjusted(-m, -m, m, m))

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

    # -- events
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt name
        # The layer gets one exposed rectangle (the bounding box of what changed); a click that
        # moves the keyboard row repaints two rows far apart: keep the parts to paint less.
        self._paint_region = event.region()
        try:
            super().paintEvent(event)
        finally:
            self._paint_region = None

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt name
        super().showEvent(event)
        self.navigator.keep_view()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt name
        super().resizeEvent(event)
        self.navigator.keep_view()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt name
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.navigator.zoom(ZOOM_STEP**steps, anchor=event.position().toPoint())
            event.accept()
            return
        self.navigator.let_go()  # the wheel scrolls: the view is the person's now
        super().wheelEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt name
        if not self.gestures.mouse_press(event):
            super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt name
        # two quick clicks are two clicks (two seats, or a seat taken then left)
        self.mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt name
        if not self.gestures.mouse_move(event):
            super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt name
        if not self.gestures.mouse_release(event):
            super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt name
        if handle_key(self, event):
            event.accept()
        else:
            super().keyPressEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 - Qt name
        if isinstance(event, QTouchEvent) and event.type() in _TOUCH_EVENTS:
            event.accept()
            return self.gestures.touch(event)
        if (
            isinstance(event, QNativeGestureEvent)
            and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture
        ):
            # a touchpad's pinch
            self.navigator.zoom(1.0 + event.value(), anchor=event.position().toPoint())
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
