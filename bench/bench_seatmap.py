"""The seat map widget on a 5,000-seat map (issue 5, part 8), offscreen.

* ``seatmap_open_5000_s`` (target <= 1 s) — median of 5: build a :class:`SeatMapPanel` for
  ``generated_map(..., 5000)`` (a third of the seats sold, held, blocked or in a cart), show it
  at 1366x768 and process events until the seats have been painted once.
* ``seatmap_select_ms`` (target <= 50 ms) — median of 200 clicks on random free seats, the
  whole map in view (as it opens): a real mouse click on the viewport at the seat's position
  (press + release: hit test, selection, ``selectionChanged``, the panel's selection line and
  counts), then events are processed until the seat has been repainted.
* ``seatmap_select_zoomed_ms`` (information) — the same, zoomed in until the seat numbers show.

Run alone: ``python -m bench.bench_seatmap``.
"""

from __future__ import annotations

import os
import random
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from bench.common import median  # noqa: E402
from guichet.domain.seating import SeatInventory, SeatMap, SeatState, generated_map  # noqa: E402

if TYPE_CHECKING:
    from guichet.ui.seatmap import SeatMapPanel

SEATS = 5000
SIZE = (1366, 768)


def _process_until(done: Callable[[], bool], limit_s: float = 10.0) -> None:
    deadline = time.perf_counter() + limit_s
    while not done():
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
        if time.perf_counter() > deadline:
            raise RuntimeError("the seat map was not painted")


def busy_inventory(seat_map: SeatMap) -> SeatInventory:
    """About a third of the seats taken, as on a busy evening."""
    inventory = SeatInventory(seat_map, occurrence_id="bench")
    ids = [seat.id for seat in seat_map]
    random.Random(7).shuffle(ids)
    inventory.sell_direct(ids[:1200], order_id="web")
    inventory.hold(ids[1200:1500], note="Médias")
    inventory.block(ids[1500:1550], note="Caméra")
    inventory.add_to_cart(ids[1550:1600], "caisse-2")
    return inventory


def open_panel(seat_map: SeatMap, inventory: SeatInventory) -> tuple[float, SeatMapPanel]:
    from guichet.ui.seatmap import SeatMapPanel

    start = time.perf_counter()
    panel = SeatMapPanel(seat_map, inventory, "fr")
    panel.resize(*SIZE)
    panel.show()
    layer = panel.view.layer
    _process_until(lambda: layer.paint_count > 0)
    return time.perf_counter() - start, panel


def click_free_seats(panel: SeatMapPanel, clicks: int, seed: int) -> list[float]:
    """Milliseconds from the mouse press to the end of the repaint, one per click."""
    view = panel.view
    layer = view.layer
    free = [s.id for s in view.seat_map if view.inventory.state(s.id) is SeatState.FREE]
    timings = []
    for seat_id in random.Random(seed).sample(free, clicks):
        if not view.viewport().rect().contains(view.seat_view_pos(seat_id)):
            view.ensureVisible(view.seat_scene_rect(seat_id))  # zoomed in: scroll to it first
            QCoreApplication.processEvents()
            view.viewport().repaint()  # the scroll's own repaint is not the click's
        pos = view.seat_view_pos(seat_id)
        QCoreApplication.processEvents()
        painted = layer.paint_count
        start = time.perf_counter()
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
        _process_until(lambda painted=painted: layer.paint_count > painted)  # type: ignore[misc]
        timings.append((time.perf_counter() - start) * 1000)
        if seat_id not in view.selected_ids():
            raise RuntimeError(f"the click did not select {seat_id}")
    return timings


def run() -> dict[str, object]:
    from guichet.ui.app import create_application

    create_application("fr")
    seat_map = generated_map("bench", SEATS)
    opens = []
    panel = None
    for _ in range(5):
        if panel is not None:
            panel.close()
            panel.deleteLater()
            QCoreApplication.processEvents()
        took, panel = open_panel(seat_map, busy_inventory(seat_map))
        opens.append(took)
    assert panel is not None
    fitted = click_free_seats(panel, 200, seed=11)
    panel.view.clear_selection()
    for _ in range(8):
        panel.view.zoom_in()
    zoomed = click_free_seats(panel, 50, seed=12)
    panel.close()
    panel.deleteLater()
    QCoreApplication.processEvents()
    return {
        "seatmap_open_5000_s": round(median(opens), 3),
        "seatmap_open_5000_max_s": round(max(opens), 3),
        "seatmap_select_ms": round(median(fitted), 2),
        "seatmap_select_max_ms": round(max(fitted), 2),
        "seatmap_select_zoomed_ms": round(median(zoomed), 2),
    }


if __name__ == "__main__":
    print(run())
