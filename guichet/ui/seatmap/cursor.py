"""The keyboard cursor: a row of the map (highlighted as a band) and a seat in it.

↑ ↓ walk the rows, into the neighbouring section at a section's end, keeping the cursor near
the same place across the hall; ← → walk the seats of the row. A click or a tap moves the
cursor too (the row panel then counts the row of the last seat touched).

It says what moved through signals: :attr:`areaChanged` (a scene rectangle to repaint: the old
and new bands, the old and new seats), then :attr:`moved` (the new seat's index).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRectF, Signal

from guichet.domain.seating import Seat
from guichet.ui.seatmap.geometry import RowKey, SeatGeometry


class RowCursor(QObject):
    """Where the keyboard is: :attr:`row` (section, row) and :attr:`index` (a seat), both
    ``None`` before the first arrow."""

    areaChanged = Signal(QRectF)  # noqa: N815 - Qt naming; repaint this scene rectangle
    moved = Signal(int)  # the index of the seat the cursor is now on

    def __init__(self, geometry: SeatGeometry, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.geometry = geometry
        self.row: RowKey | None = None
        self.index: int | None = None

    def seat(self) -> Seat | None:
        return None if self.index is None else self.geometry.seats[self.index]

    def band(self) -> QRectF | None:
        """The keyboard row's highlight, in scene coordinates."""
        if self.row is None:
            return None
        return self.geometry.row_bands.get(self.row)

    def move_row(self, step: int) -> None:
        """↑ / ↓: the previous / next row, into the neighbouring section at a section's end."""
        geometry = self.geometry
        seat_map = geometry.seat_map
        if self.row is None:
            target: RowKey | None = geometry.rows[0] if step > 0 else geometry.rows[-1]
        else:
            section, row = self.row
            adjacent = seat_map.adjacent_row(section, row, step)
            if adjacent is not None:
                target = (section, adjacent)
            else:
                sections = seat_map.sections()
                position = sections.index(section) + (1 if step > 0 else -1)
                if 0 <= position < len(sections):
                    rows = seat_map.rows(sections[position])
                    target = (sections[position], rows[0] if step > 0 else rows[-1])
                else:
                    target = None
        if target is None:
            return
        seats = seat_map.row_seats(*target)
        x = geometry.seats[self.index].x if self.index is not None else None
        if x is None:
            min_x, _, max_x, _ = seat_map.bounds()
            x = (min_x + max_x) / 2
        nearest = min(seats, key=lambda seat: abs(seat.x - x))
        self.move_to(geometry.index_of[nearest.id])

    def move_seat(self, step: int) -> None:
        """← / →: the seat on the left / right in the keyboard row."""
        if self.index is None or self.row is None:
            self.move_row(1)
            return
        geometry = self.geometry
        ids = [seat.id for seat in geometry.seat_map.row_seats(*self.row)]
        position = ids.index(geometry.seats[self.index].id) + step
        if 0 <= position < len(ids):
            self.move_to(geometry.index_of[ids[position]])

    def move_to(self, i: int) -> None:
        """Put the cursor on seat ``i`` (and the row band on its row)."""
        if i == self.index:
            return
        geometry = self.geometry
        seat = geometry.seats[i]
        old_band = self.band()
        old_index = self.index
        self.row = (seat.section, seat.row)
        self.index = i
        new_band = self.band()
        if old_band is not None and old_band != new_band:
            self.areaChanged.emit(old_band)
        if new_band is not None and old_band != new_band:
            self.areaChanged.emit(new_band)
        if old_index is not None:
            self.areaChanged.emit(geometry.rects[old_index])
        self.areaChanged.emit(geometry.rects[i])
        self.moved.emit(i)
