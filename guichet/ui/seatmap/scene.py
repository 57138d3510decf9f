"""The seat map's scene: the seat layer, the row and section labels, the stage.

The labels are a few hundred plain text items; the scene index is off (nothing moves, and the
layer finds its own seats through the grid).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsSimpleTextItem

from guichet.ui.seatmap.geometry import UNIT, SeatGeometry
from guichet.ui.theme import COLORS


class SeatScene(QGraphicsScene):
    """``layer`` (the seats) with the map's labels around it, on a scene just big enough."""

    def __init__(
        self,
        geometry: SeatGeometry,
        layer: QGraphicsItem,
        font: QFont,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.addItem(layer)
        self._add_labels(geometry, font)
        margin = UNIT / 2
        self.setSceneRect(self.itemsBoundingRect().adjusted(-margin, -margin, margin, margin))

    def _add_labels(self, geometry: SeatGeometry, base: QFont) -> None:
        """Each row's name at both ends, each section's name above it, the stage above all."""
        seat_map = geometry.seat_map
        seats_rect = geometry.seats_rect()
        row_font = QFont(base)
        row_font.setPixelSize(17)
        row_font.setBold(True)
        section_font = QFont(base)
        section_font.setPixelSize(24)
        section_font.setBold(True)
        muted = QBrush(QColor(COLORS["muted"]))
        text = QBrush(QColor(COLORS["text"]))
        top = seats_rect.top()
        for section in seat_map.sections():
            section_rect = QRectF()
            for row in seat_map.rows(section):
                seats = seat_map.row_seats(section, row)
                first = geometry.rects[geometry.index_of[seats[0].id]]
                last = geometry.rects[geometry.index_of[seats[-1].id]]
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
                    self.addItem(item)
                row_rect = geometry.row_rects[(section, row)]
                section_rect = section_rect.united(row_rect) if section_rect.isValid() else row_rect
            label = QGraphicsSimpleTextItem(section)
            label.setFont(section_font)
            label.setBrush(text)
            box = label.boundingRect()
            label.setPos(
                section_rect.center().x() - box.width() / 2, section_rect.top() - box.height() - 6
            )
            self.addItem(label)
            top = min(top, section_rect.top() - box.height() - 6)
        self._add_stage(seats_rect, top, base, text)

    def _add_stage(self, seats_rect: QRectF, top: float, base: QFont, text: QBrush) -> None:
        """The stage, above everything (y grows away from the stage)."""
        stage_height = 30.0
        width = max(seats_rect.width() * 0.55, 8 * UNIT)
        stage_rect = QRectF(
            seats_rect.center().x() - width / 2, top - 14 - stage_height, width, stage_height
        )
        stage = self.addRect(stage_rect, QPen(Qt.PenStyle.NoPen), QBrush(QColor("#d0d7de")))
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
        self.addItem(stage_label)
