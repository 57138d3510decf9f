"""The seat map's keys.

↑ ↓ choose a row (across sections), Entrée selects the free seats of the row (again:
un-selects them), ← → move a cursor in the row, Espace toggles the seat under the cursor,
+ − zoom, 0 fits the whole map, 1 back to touch size, Maj + arrows scroll the view. Ctrl and
Alt combinations are not the map's: they go on to the window (its shortcuts).
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent

from guichet.domain.seating import Seat
from guichet.ui.seatmap.navigation import MapNavigator


class KeyedMap(Protocol):
    """What the keys act on (the seat map's view), named here so that the view can hand
    its key events to this module without the two importing each other."""

    navigator: MapNavigator

    def cursor_seat(self) -> Seat | None: ...
    def cursor_row(self) -> tuple[str, str] | None: ...
    def move_row(self, step: int) -> None: ...
    def move_cursor(self, step: int) -> None: ...
    def toggle_seat(self, seat_id: str) -> bool: ...
    def select_row(self, section: str, row: str) -> list[str]: ...
    def fit_all(self) -> None: ...
    def touch_size(self) -> None: ...
    def zoom_in(self) -> None: ...
    def zoom_out(self) -> None: ...


_ARROWS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right)


def handle_key(view: KeyedMap, event: QKeyEvent) -> bool:
    """Do what ``event``'s key does on the map; ``False`` when the key is not the map's."""
    key = event.key()
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    if key in _ARROWS and modifiers & Qt.KeyboardModifier.ShiftModifier:
        view.navigator.scroll_step(
            vertical=key in (Qt.Key.Key_Up, Qt.Key.Key_Down),
            forward=key in (Qt.Key.Key_Down, Qt.Key.Key_Right),
        )
        return True
    if modifiers & ~Qt.KeyboardModifier.ShiftModifier:
        return False  # Ctrl+..., Alt+...: not ours
    if key == Qt.Key.Key_Down:
        view.move_row(1)
    elif key == Qt.Key.Key_Up:
        view.move_row(-1)
    elif key == Qt.Key.Key_Left:
        view.move_cursor(-1)
    elif key == Qt.Key.Key_Right:
        view.move_cursor(1)
    elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        if view.cursor_row() is None:
            view.move_row(1)
        row = view.cursor_row()
        if row is not None:
            view.select_row(*row)
    elif key == Qt.Key.Key_Space:
        seat = view.cursor_seat()
        if seat is None:
            view.move_row(1)
        else:
            view.toggle_seat(seat.id)
    elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
        view.zoom_in()
    elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
        view.zoom_out()
    elif key == Qt.Key.Key_0:
        view.fit_all()
    elif key == Qt.Key.Key_1:
        view.touch_size()
    else:
        return False
    return True
