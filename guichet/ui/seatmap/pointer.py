"""Fingers and the mouse on the seat map, turned into what they mean.

One finger taps or drags (pans); two fingers pinch (zoom and pan with their centre); a finger
that trembles less than :data:`TAP_SLOP_PX` still taps. The mouse clicks (precise: a seat at
any zoom) or drags to pan; two quick clicks are two clicks.

:class:`PointerGestures` only recognises: it says :attr:`~PointerGestures.tapped`,
:attr:`~PointerGestures.clicked`, :attr:`~PointerGestures.panned` or
:attr:`~PointerGestures.zoomed`, and the view decides what a seat does.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLineF, QObject, QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QMouseEvent, QTouchEvent
from PySide6.QtWidgets import QApplication, QGraphicsView

TAP_SLOP_PX = 12  # a finger moving less than this is a tap, not a drag


class PointerGestures(QObject):
    """The touch and mouse state of one view; each handler returns whether it used the event
    (the view passes what it did not use to Qt)."""

    tapped = Signal(QPoint)  # a finger's tap, viewport position
    clicked = Signal(QPoint)  # a mouse click that did not drag, viewport position
    panned = Signal(QPoint)  # move the view by this many viewport pixels
    zoomed = Signal(float, QPoint)  # scale by this factor, this viewport point kept in place

    def __init__(self, view: QGraphicsView) -> None:
        super().__init__(view)
        self._view = view
        self._touch_last: QPointF | None = None  # one finger: where it was
        self._touch_moved = False  # the finger dragged or two fingers pinched: not a tap
        self._pinch: tuple[float, float] | None = None  # (distance, scale) when it started
        self._pinch_centre: QPointF | None = None
        self._press: QPoint | None = None
        self._dragging = False

    # -- touch: one finger taps or pans, two fingers pinch (and pan)
    def touch(self, event: QTouchEvent) -> bool:
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
            self._view.setFocus(Qt.FocusReason.MouseFocusReason)
        if kind == QEvent.Type.TouchCancel:
            self._touch_last, self._pinch, self._pinch_centre = None, None, None
            return True
        if len(points) >= 2:
            a, b = points[0].position(), points[1].position()
            distance = max(QLineF(a, b).length(), 1.0)
            centre = (a + b) / 2
            if self._pinch is None:
                self._pinch = (distance, self._view.transform().m11())
            else:
                start_distance, start_scale = self._pinch
                wanted = start_scale * distance / start_distance
                self.zoomed.emit(wanted / self._view.transform().m11(), centre.toPoint())
                if self._pinch_centre is not None:
                    self.panned.emit((self._pinch_centre - centre).toPoint())
            self._pinch_centre = centre
            self._touch_moved = True
            self._touch_last = None
            return True
        if kind == QEvent.Type.TouchEnd:
            last = event.points()[0].position() if event.points() else None
            if not self._touch_moved and last is not None and self._pinch is None:
                self.tapped.emit(last.toPoint())
            self._touch_last, self._pinch, self._pinch_centre = None, None, None
            return True
        if len(points) == 1 and self._pinch is None:
            position = points[0].position()
            if self._touch_last is not None:
                delta = position - self._touch_last
                if not self._touch_moved and delta.manhattanLength() < TAP_SLOP_PX:
                    return True  # a finger trembles: still a tap
                self._touch_moved = True
                self.panned.emit((-delta).toPoint())
            self._touch_last = position
        return True

    # -- mouse: a click selects, a drag pans
    def mouse_press(self, event: QMouseEvent) -> bool:
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        self._press = event.position().toPoint()
        self._dragging = False
        self._view.setFocus(Qt.FocusReason.MouseFocusReason)
        event.accept()
        return True

    def mouse_move(self, event: QMouseEvent) -> bool:
        if self._press is None or not event.buttons() & Qt.MouseButton.LeftButton:
            return False
        pos = event.position().toPoint()
        delta = pos - self._press
        if not self._dragging and delta.manhattanLength() >= QApplication.startDragDistance():
            self._dragging = True
            self._view.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
        if self._dragging:
            self.panned.emit(-delta)
            self._press = pos
        event.accept()
        return True

    def mouse_release(self, event: QMouseEvent) -> bool:
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            return False
        dragged = self._dragging
        self._press = None
        self._dragging = False
        self._view.viewport().unsetCursor()
        if not dragged:
            self.clicked.emit(event.position().toPoint())
        event.accept()
        return True
