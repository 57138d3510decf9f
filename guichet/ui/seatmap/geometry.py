"""Where every seat of a map is in the scene, and which seats are in a rectangle.

:class:`SeatGeometry` is computed once per map (5,000 seats: a few milliseconds) and shared
by the layer that paints, the selection, the keyboard cursor and the view's hit tests. Nothing
here moves: a seat's square, its row's band and the grid index stay as built.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF

from guichet.domain.errors import DomainError
from guichet.domain.seating import Seat, SeatMap

UNIT = 20.0  # scene pixels per seat pitch (one unit of Seat.x / Seat.y)
SEAT = 17.0  # side of a seat square in scene pixels
RADIUS = 4.0  # rounded corners of a seat
GRID_CELL = 60.0  # cell of the hit-test / paint index, scene pixels

RowKey = tuple[str, str]  # (section, row)


class SeatGrid:
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


class SeatGeometry:
    """The seats of a map by index (map order), their squares, their rows and the grid.

    Everything else refers to a seat by its index here: lists indexed by seat are what a
    5,000-seat paint can afford to read.
    """

    def __init__(self, seat_map: SeatMap) -> None:
        self.seat_map = seat_map
        self.seats: tuple[Seat, ...] = seat_map.seats
        self.index_of: dict[str, int] = {seat.id: i for i, seat in enumerate(self.seats)}
        half = SEAT / 2
        self.rects: list[QRectF] = [
            QRectF(seat.x * UNIT - half, seat.y * UNIT - half, SEAT, SEAT) for seat in self.seats
        ]
        self.accessible: list[bool] = [seat.accessible for seat in self.seats]
        self.grid = SeatGrid(self.rects)
        #: every row, section after section (the order ↑ ↓ walk)
        self.rows: list[RowKey] = [
            (section, row) for section in seat_map.sections() for row in seat_map.rows(section)
        ]
        #: the squares of a row's seats united (the section labels sit above them)
        self.row_rects: dict[RowKey, QRectF] = {}
        #: the keyboard row's highlight: the row's seats and room for its labels on both sides
        self.row_bands: dict[RowKey, QRectF] = {}
        for key in self.rows:
            seats = seat_map.row_seats(*key)
            row_rect = QRectF(self.rects[self.index_of[seats[0].id]])
            for seat in seats:
                row_rect = row_rect.united(self.rects[self.index_of[seat.id]])
            self.row_rects[key] = row_rect
            self.row_bands[key] = row_rect.adjusted(-1.6 * UNIT, -3, 1.6 * UNIT, 3)

    def __len__(self) -> int:
        return len(self.seats)

    def index(self, seat_id: str) -> int:
        """The index of a seat of this map; an unknown id is refused in words."""
        index = self.index_of.get(seat_id)
        if index is None:
            raise DomainError("seat_unknown", seat_id=seat_id)
        return index

    def row_key(self, section: str, row: str) -> RowKey:
        """The key of a row as the map spells it (the bands are stored under it)."""
        seats = self.seat_map.row_seats(section, row)
        return (seats[0].section, seats[0].row)

    def seats_rect(self) -> QRectF:
        """The squares of every seat (the map's bounds, a half seat around)."""
        min_x, min_y, max_x, max_y = self.seat_map.bounds()
        half = SEAT / 2
        return QRectF(
            min_x * UNIT - half,
            min_y * UNIT - half,
            (max_x - min_x) * UNIT + SEAT,
            (max_y - min_y) * UNIT + SEAT,
        )
