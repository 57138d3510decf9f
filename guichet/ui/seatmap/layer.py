"""Every seat of the map, painted by **one** graphics item.

Speed (5,000 seats must open in well under 1 s and answer a click in well under 50 ms): only
the seats in the exposed rectangle are painted, found through the grid index, grouped by look
so that each brush is set once. A click repaints the few pixels of one seat; when the seats are
tiny on screen (zoomed out on a large map) they are plain rectangles, one call per colour.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from guichet.ui.seatmap.geometry import RADIUS, SEAT, UNIT, SeatGeometry
from guichet.ui.seatmap.looks import (
    ACCESSIBLE_SIGN,
    BAND_COLOR,
    CURSOR_COLOR,
    LOOK_BLOCKED,
    LOOK_SELECTED,
    looks,
    paint_accessible_ring,
    paint_cue,
)

if TYPE_CHECKING:
    from guichet.ui.seatmap.cursor import RowCursor
    from guichet.ui.seatmap.selection import SeatSelection

SMALL_SEAT_PX = 7.0  # below this size on screen seats are plain rectangles (one call per colour)
CUE_PX = 9.0  # from this size on screen: check mark, cross, accessibility sign
NUMBER_PX = 24.0  # from this size on screen: the seat number inside the seat


class SeatLayer(QGraphicsItem):
    """Every seat, painted by one item; only what is exposed is painted.

    It reads, at each paint, the look of every seat (:class:`SeatSelection`) and the keyboard
    row and seat (:class:`RowCursor`); ``exposed_parts`` splits the exposed rectangle into the
    parts really repainted (two rows far apart: not everything between them).
    """

    def __init__(
        self,
        geometry: SeatGeometry,
        selection: SeatSelection,
        cursor: RowCursor,
        exposed_parts: Callable[[QRectF], list[QRectF]],
    ) -> None:
        super().__init__()
        self._geometry = geometry
        self._selection = selection
        self._cursor = cursor
        self._exposed_parts = exposed_parts
        mx, my = 2.0 * UNIT, 0.5 * UNIT  # room for the keyboard row band and the cursor ring
        self._bounds = geometry.seats_rect().adjusted(-mx, -my, mx, my)
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
        geometry = self._geometry
        exposed = option.exposedRect
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        seat_px = SEAT * lod
        band = self._cursor.band()
        if band is not None and band.intersects(exposed):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(BAND_COLOR))
            painter.drawRoundedRect(band, 6.0, 6.0)
        rects = geometry.rects
        if exposed.contains(self._bounds):
            indices: Collection[int] = range(len(rects))
        else:
            indices = geometry.grid.query_all(self._exposed_parts(exposed))
        seat_looks = self._selection.looks
        groups: dict[int, list[int]] = {}
        for i in indices:
            groups.setdefault(seat_looks[i], []).append(i)
        styles = looks()
        if seat_px < SMALL_SEAT_PX:
            painter.setPen(Qt.PenStyle.NoPen)
            for look, members in groups.items():
                painter.setBrush(styles[look].brush)
                painter.drawRects([rects[i] for i in members])
        else:
            self._paint_detailed(painter, groups, seat_px)
        cursor = self._cursor.index
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
        geometry = self._geometry
        rects = geometry.rects
        accessible = geometry.accessible
        styles = looks()
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
            if cues and (checked or look == LOOK_BLOCKED):
                for i in members:
                    paint_cue(painter, rects[i], look, style)
        ring_members = [i for members in groups.values() for i in members if accessible[i]]
        for i in ring_members:
            paint_accessible_ring(painter, rects[i])
        if not cues:
            return
        self._paint_texts(painter, groups, seat_px, numbers)

    def _paint_texts(
        self, painter: QPainter, groups: dict[int, list[int]], seat_px: float, numbers: bool
    ) -> None:
        """The seat numbers (big enough seats) and the accessibility sign."""
        geometry = self._geometry
        rects = geometry.rects
        accessible = geometry.accessible
        seats = geometry.seats
        styles = looks()
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
                        painter.drawText(bottom, Qt.AlignmentFlag.AlignCenter, seats[i].number)
                    elif look != LOOK_SELECTED or numbers:
                        font.setPixelSize(round(SEAT * 0.62))
                        painter.setFont(font)
                        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, ACCESSIBLE_SIGN)
                elif numbers and look != LOOK_BLOCKED:
                    number = seats[i].number
                    size = 0.5 if len(number) <= 2 else 0.36
                    font.setPixelSize(round(SEAT * size))
                    painter.setFont(font)
                    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, number)
