"""Zoom and pan of the seat map: what opens, "Tout voir", touch size, the zoom steps and limits.

Touch (issue 16, part 13): a large hall opens at **touch size** — every seat at least
:data:`TOUCH_SEAT_PX` (32 px, a finger) on screen — centred on the selection, the keyboard row
or else the stage; "Tout voir" (key 0) shows the whole hall, key 1 goes back to touch size.
The opening view and "Tout voir" are kept through resizes until the person zooms or pans.
Whatever moves the view keeps the selection.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtWidgets import QAbstractSlider, QGraphicsView

from guichet.ui.seatmap.cursor import RowCursor
from guichet.ui.seatmap.geometry import SEAT
from guichet.ui.seatmap.selection import SeatSelection

ZOOM_STEP = 1.25
MAX_SEAT_PX = 120.0  # zoom-in limit: a seat at most this big on screen
TOUCH_SEAT_PX = 32.0  # a finger: the smallest seat a tap selects (at 1366x768, issue 16 part 13)
TOUCH_SCALE = 2.0  # the touch size: a seat 34 px, 40 px from the next (SEAT, UNIT x 2)
assert SEAT * TOUCH_SCALE >= TOUCH_SEAT_PX


class MapNavigator:
    """Moves and scales ``view`` (the seat map) within the limits.

    :attr:`auto_view` is what a resize keeps: ``"open"`` (the opening view), ``"fit"`` (the
    whole map) or ``None`` (the person zoomed or panned: theirs).
    """

    def __init__(self, view: QGraphicsView, selection: SeatSelection, cursor: RowCursor) -> None:
        self._view = view
        self._selection = selection
        self._cursor = cursor
        self.auto_view: str | None = "open"
        self.fit_scale = 1.0

    # -- reading
    def scale(self) -> float:
        return self._view.transform().m11()

    def zoom_factor(self) -> float:
        """The current scale relative to :meth:`fit_all` (1.0 = the whole map)."""
        return self.scale() / self.fit_scale if self.fit_scale else 1.0

    def seat_px(self) -> float:
        """The side of a seat on screen, in pixels (:data:`TOUCH_SEAT_PX` or more: a finger)."""
        return SEAT * self.scale()

    def is_touch_size(self) -> bool:
        """Seats at least a finger big: a tap selects (smaller: a tap zooms first)."""
        return self.seat_px() >= TOUCH_SEAT_PX - 1e-6

    # -- the views that are kept
    def _measure_fit(self) -> float:
        """The scale that shows the whole map (the view is left at it)."""
        view = self._view
        view.resetTransform()
        view.fitInView(view.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        self.fit_scale = self.scale()
        return self.fit_scale

    def fit_all(self) -> None:
        """The whole map in the view (key 0, "Tout voir"); kept through resizes until the person
        zooms or pans. On a large hall the seats are then smaller than a finger: a tap zooms."""
        self.auto_view = "fit"
        self._measure_fit()

    def open_view(self) -> None:
        """What opens: the whole map when its seats are a finger big there (a small hall);
        otherwise touch size (:data:`TOUCH_SCALE`), centred on the selection, else the keyboard
        row's seat, else the stage and the first rows. Kept through resizes until the person
        zooms or pans."""
        self.auto_view = "open"
        fit = self._measure_fit()
        if SEAT * fit >= TOUCH_SEAT_PX:
            return
        view = self._view
        view.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        view.scale(TOUCH_SCALE / fit, TOUCH_SCALE / fit)
        view.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        rects = self._selection.geometry.rects
        if self._selection.selected:
            box = QRectF()
            for i in self._selection.selected:
                box = box.united(rects[i]) if box.isValid() else QRectF(rects[i])
            view.centerOn(box.center())
        elif self._cursor.index is not None:
            view.centerOn(rects[self._cursor.index].center())
        else:
            scene = view.scene().sceneRect()
            half_height = view.viewport().height() / 2 / TOUCH_SCALE
            view.centerOn(QPointF(scene.center().x(), scene.top() + half_height))

    def keep_view(self) -> None:
        """After a show or a resize: the opening view or the whole map again, if kept."""
        if self.auto_view == "open":
            self.open_view()
        elif self.auto_view == "fit":
            self.fit_all()

    def let_go(self) -> None:
        """The person moves the view themselves (the wheel, the scroll bars): theirs now."""
        self.auto_view = None

    # -- zoom
    def touch_size(self) -> None:
        """Key 1: seats a finger big again, around the keyboard cursor or the view's centre."""
        view = self._view
        cursor = self._cursor.index
        rects = self._selection.geometry.rects
        anchor = view.mapFromScene(rects[cursor].center()) if cursor is not None else None
        self.zoom(max(TOUCH_SCALE, self.fit_scale) / self.scale(), anchor=anchor)
        if cursor is not None:
            view.centerOn(rects[cursor].center())

    def zoom_in(self) -> None:
        self.zoom(ZOOM_STEP)

    def zoom_out(self) -> None:
        self.zoom(1 / ZOOM_STEP)

    def zoom_to_touch(self, anchor: QPoint) -> None:
        """A tap on seats smaller than a finger: touch size, the finger's spot kept under it."""
        self.zoom(TOUCH_SCALE / self.scale(), anchor=anchor)

    def zoom(
        self, factor: float, anchor_under_mouse: bool = False, anchor: QPoint | None = None
    ) -> None:
        """Scale by ``factor`` within the limits: around the view's centre, the mouse pointer or
        ``anchor`` (a viewport point that stays where it is: the finger, the pinch)."""
        view = self._view
        current = self.scale()
        low = self.fit_scale * 0.8
        high = max(MAX_SEAT_PX / SEAT, self.fit_scale)
        target = min(max(current * factor, low), high)
        if abs(target - current) < 1e-9:
            return
        self.auto_view = None
        if anchor is not None:
            fixed = view.mapToScene(anchor)
            view.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
            view.scale(target / current, target / current)
            self.pan(view.mapFromScene(fixed) - anchor)
        else:
            if not anchor_under_mouse:
                view.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
            view.scale(target / current, target / current)
        view.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)

    # -- pan
    def pan(self, delta: QPoint) -> None:
        """Move the view by ``delta`` viewport pixels (the map moves the other way)."""
        if delta.isNull():
            return
        self.auto_view = None
        h, v = self._view.horizontalScrollBar(), self._view.verticalScrollBar()
        h.setValue(h.value() + delta.x())
        v.setValue(v.value() + delta.y())

    def scroll_step(self, vertical: bool, forward: bool) -> None:
        """Maj + an arrow: one scroll-bar step (the arrows alone walk the rows and seats)."""
        bar = self._view.verticalScrollBar() if vertical else self._view.horizontalScrollBar()
        self.auto_view = None
        bar.triggerAction(
            QAbstractSlider.SliderAction.SliderSingleStepAdd
            if forward
            else QAbstractSlider.SliderAction.SliderSingleStepSub
        )
