"""The seat map widget (issue 5, part 5): picking seats with the mouse and the keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPointingDevice, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from guichet.domain.seating import (
    SeatInventory,
    SeatMap,
    SeatState,
    demo_theatre_map,
    generated_map,
    make_seat,
)
from guichet.ui.seatmap import (
    SeatMapPanel,
    SeatMapView,
    selection_color,
    state_color,
    state_name,
)


@pytest.fixture(scope="module")
def seat_map() -> SeatMap:
    return demo_theatre_map("venue")


@pytest.fixture
def panel(qtbot: QtBot, seat_map: SeatMap) -> SeatMapPanel:
    inventory = SeatInventory(seat_map, occurrence_id="occ")
    widget = SeatMapPanel(seat_map, inventory, "fr")
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: widget.view.layer.paint_count > 0)
    return widget


def seat_id(seat_map: SeatMap, section: str, row: str, number: str) -> str:
    seat = seat_map.find(section, row, number)
    assert seat is not None
    return seat.id


def click(qtbot: QtBot, view: SeatMapView, sid: str) -> None:
    view.ensureVisible(view.seat_scene_rect(sid))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.seat_view_pos(sid))


def test_the_panel_builds_on_the_demo_map_with_a_legend_of_the_five_states(
    panel: SeatMapPanel, seat_map: SeatMap
) -> None:
    assert set(panel.legend_labels) == set(SeatState)
    assert [panel.legend_labels[state].text() for state in SeatState] == [
        "Libre", "Dans le panier", "Vendu", "Retenu", "Bloqué"
    ]
    assert panel.count_labels[SeatState.FREE].text() == str(len(seat_map)) == "800"
    assert panel.count_labels[SeatState.SOLD].text() == "0"
    assert panel.selection_label.text() == "Sélection\u00a0: aucun siège"
    assert panel.accessible_label.text() == "Accessible"
    # "Tout voir": the whole map in view, every seat inside the viewport
    panel.fit_button.click()
    rect = panel.view.viewport().rect()
    assert all(rect.contains(panel.view.seat_view_pos(s.id)) for s in seat_map)


def test_clicking_a_free_seat_selects_it_and_clicking_again_leaves_it(
    qtbot: QtBot, panel: SeatMapPanel, seat_map: SeatMap
) -> None:
    view = panel.view
    sid = seat_id(seat_map, "Parterre", "F", "12")
    with qtbot.waitSignal(view.selectionChanged) as blocker:
        click(qtbot, view, sid)
    assert blocker.args == [[sid]]
    assert view.selected_ids() == [sid]
    assert view.seat_color(sid) == selection_color()
    assert panel.selection_label.text() == "Sélection\u00a0: Parterre, rangée F, siège 12 (1)"
    other = seat_id(seat_map, "Parterre", "F", "11")
    click(qtbot, view, other)
    assert view.selected_ids() == [other, sid]  # map order
    assert panel.selection_label.text() == "Sélection\u00a0: Parterre, rangée F, sièges 11, 12 (2)"
    with qtbot.waitSignal(view.selectionChanged) as blocker:
        click(qtbot, view, sid)
    assert blocker.args == [[other]]
    assert view.seat_color(sid) == state_color(SeatState.FREE)
    assert panel.view.inventory.state(sid) is SeatState.FREE  # the inventory is not touched


def test_clicking_a_sold_seat_does_not_select_it_and_says_why(
    qtbot: QtBot, panel: SeatMapPanel, seat_map: SeatMap
) -> None:
    view = panel.view
    sold = seat_id(seat_map, "Parterre", "E", "3")
    held = seat_id(seat_map, "Balcon", "H", "20")
    view.inventory.sell_direct([sold], order_id="o1")
    view.inventory.hold([held], note="Médias")
    view.refresh()
    with qtbot.assertNotEmitted(view.selectionChanged):
        with qtbot.waitSignal(view.message) as blocker:
            click(qtbot, view, sold)
    assert blocker.args == ["Siège déjà vendu\u00a0: Parterre, rangée E, siège 3."]
    assert panel.message_label.text() == blocker.args[0]
    assert view.selected_ids() == []
    with qtbot.waitSignal(view.message) as blocker:
        click(qtbot, view, held)
    assert blocker.args == [
        "Siège retenu par un superviseur (Médias)\u00a0: Balcon, rangée H, siège 20."
    ]
    # choosing a free seat clears the refusal
    click(qtbot, view, seat_id(seat_map, "Parterre", "E", "5"))
    assert panel.message_label.text() == ""


def test_keyboard_down_to_a_row_then_enter_selects_its_free_seats(
    qtbot: QtBot, panel: SeatMapPanel, seat_map: SeatMap
) -> None:
    view = panel.view
    inventory = view.inventory
    inventory.sell_direct([seat_id(seat_map, "Parterre", "C", n) for n in ("1", "2", "3")])
    inventory.add_to_cart([seat_id(seat_map, "Parterre", "C", "20")], "caisse-2")
    view.refresh()
    view.setFocus()
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.cursor_row() == ("Parterre", "C")
    assert "Rangée C (Parterre)" in panel.cursor_label.text()
    with qtbot.waitSignal(view.selectionChanged) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    expected = list(inventory.select_row("Parterre", "C"))
    assert len(expected) == 20 - 4
    assert sorted(blocker.args[0]) == sorted(expected)
    assert sorted(view.selected_ids()) == sorted(expected)
    assert "Parterre, rangée C, sièges" in panel.selection_label.text()
    assert panel.selection_label.text().endswith("(16)")
    # Enter again: the row leaves the selection
    qtbot.keyClick(view, Qt.Key.Key_Enter)
    assert view.selected_ids() == []
    # Up goes back one row; Left / Right move the cursor, Space toggles the seat under it
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert view.cursor_row() == ("Parterre", "B")
    start = view.cursor_seat()
    assert start is not None
    qtbot.keyClick(view, Qt.Key.Key_Right)
    moved = view.cursor_seat()
    assert moved is not None and moved.row == "B" and moved.x > start.x
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert view.selected_ids() == [moved.id]
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert view.selected_ids() == []


def test_rows_continue_into_the_next_section(panel: SeatMapPanel, seat_map: SeatMap) -> None:
    view = panel.view
    for _ in range(len(seat_map.rows("Parterre")) + 1):
        view.move_row(1)
    assert view.cursor_row() == ("Balcon", "A")
    view.move_row(-1)
    assert view.cursor_row() == ("Parterre", "T")


def test_a_row_without_free_seat_says_so(qtbot: QtBot, panel: SeatMapPanel) -> None:
    view = panel.view
    view.inventory.hold(view.inventory.select_row("Balcon", "H"), note="Producteur")
    view.refresh()
    with qtbot.waitSignal(view.message) as blocker:
        assert view.select_row("Balcon", "H") == []
    assert "Aucun siège libre" in blocker.args[0]


def test_zoom_buttons_keys_and_ctrl_wheel_change_the_transform(
    qtbot: QtBot, panel: SeatMapPanel
) -> None:
    view = panel.view
    view.fit_all()
    fit = view.transform().m11()
    qtbot.mouseClick(panel.zoom_in_button, Qt.MouseButton.LeftButton)
    assert view.transform().m11() == pytest.approx(fit * 1.25)
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.transform().m11() == pytest.approx(fit * 1.25**2)
    assert view.zoom_factor() == pytest.approx(1.25**2)
    qtbot.mouseClick(panel.zoom_out_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert view.transform().m11() == pytest.approx(fit)
    centre = QPointF(view.viewport().rect().center())
    wheel = QWheelEvent(
        centre, QPointF(view.viewport().mapToGlobal(centre.toPoint())), QPoint(0, 0),
        QPoint(0, 240), Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase, False,
    )
    QApplication.sendEvent(view.viewport(), wheel)
    assert view.transform().m11() == pytest.approx(fit * 1.25**2)
    qtbot.mouseClick(panel.fit_button, Qt.MouseButton.LeftButton)
    assert view.transform().m11() == pytest.approx(fit)


def test_a_drag_pans_and_selects_nothing(qtbot: QtBot, panel: SeatMapPanel) -> None:
    view = panel.view
    for _ in range(4):
        view.zoom_in()
    bar = view.horizontalScrollBar()
    bar.setValue((bar.minimum() + bar.maximum()) // 2)
    before = bar.value()
    start = view.viewport().rect().center()
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 6):
        qtbot.mouseMove(view.viewport(), start + QPoint(30 * step, 0))
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=start + QPoint(150, 0))
    assert bar.value() < before
    assert view.selected_ids() == []


def test_refresh_recolours_and_drops_seats_taken_elsewhere(
    qtbot: QtBot, panel: SeatMapPanel, seat_map: SeatMap
) -> None:
    colours = {state: state_color(state).name() for state in SeatState}
    assert len(set(colours.values())) == 5  # five different colours
    assert selection_color().name() not in colours.values()
    assert [state_name(state) for state in SeatState] == [
        "Libre", "Dans le panier", "Vendu", "Retenu", "Bloqué"
    ]
    view = panel.view
    a = seat_id(seat_map, "Balcon", "C", "10")
    b = seat_id(seat_map, "Balcon", "C", "11")
    view.set_selection([a, b])
    assert view.seat_color(a) == selection_color()
    # another counter sells one, a supervisor blocks the other seat of the row
    view.inventory.sell_direct([a])
    c = seat_id(seat_map, "Balcon", "C", "12")
    view.inventory.block([c], note="Caméra")
    assert view.seat_color(c) == state_color(SeatState.FREE)  # not read yet
    with qtbot.waitSignal(view.message) as blocker:
        view.refresh()
    assert "Balcon, rangée C, siège 10" in blocker.args[0]
    assert view.selected_ids() == [b]
    assert view.seat_color(a) == state_color(SeatState.SOLD)
    assert view.seat_color(c) == QColor(state_color(SeatState.BLOCKED))
    assert view.seat_state(c) is SeatState.BLOCKED
    assert panel.count_labels[SeatState.SOLD].text() == "1"
    assert panel.count_labels[SeatState.BLOCKED].text() == "1"
    assert panel.count_labels[SeatState.FREE].text() == "798"
    assert "Caméra" in view.seat_description(c)
    view.clear_selection()
    assert view.selected_ids() == []
    assert panel.selection_label.text() == "Sélection\u00a0: aucun siège"


def test_a_click_repaints_the_seat_on_screen(
    qtbot: QtBot, panel: SeatMapPanel, seat_map: SeatMap
) -> None:
    """What the screen shows (the window's backing store), not a fresh rendering: the partial
    repaint after a click really paints the seat in the selection's colour."""
    view = panel.view
    sid = seat_id(seat_map, "Parterre", "F", "12")
    view.ensureVisible(view.seat_scene_rect(sid))
    # above the seat's number (shown at touch size), inside the seat
    above = round(view.seat_px() * 0.38)

    def on_screen() -> str:
        # where the seat is now (the view follows the keyboard cursor)
        probe = view.viewport().mapTo(panel, view.seat_view_pos(sid) + QPoint(0, -above))
        assert view.viewport().rect().contains(view.viewport().mapFrom(panel, probe))
        screen = QApplication.primaryScreen()
        return QColor(screen.grabWindow(panel.winId()).toImage().pixel(probe)).name()

    assert on_screen() == state_color(SeatState.FREE).name()
    painted = view.layer.paint_count
    click(qtbot, view, sid)
    qtbot.waitUntil(lambda: view.layer.paint_count > painted)
    assert on_screen() == selection_color().name()
    for _ in range(12):  # the keyboard row goes far away: the seat keeps its colour
        view.move_row(1)
    qtbot.wait(1)
    assert on_screen() == selection_color().name()


# ------------------------------------------------------------ touch (issue 16, part 13)

_TOUCH_DEVICE: list[QPointingDevice] = []


def touch_device() -> QPointingDevice:
    if not _TOUCH_DEVICE:
        _TOUCH_DEVICE.append(QTest.createTouchDevice())
    return _TOUCH_DEVICE[0]


def finger(view: SeatMapView, *points: tuple[str, QPoint]) -> None:
    """One touch frame: ("press" | "move" | "release", position) for fingers 0, 1, ..."""
    sequence = QTest.touchEvent(view.viewport(), touch_device())
    for touch_id, (kind, pos) in enumerate(points):
        getattr(sequence, kind)(touch_id, pos, view.viewport())
    sequence.commit()
    QApplication.processEvents()


def tap(view: SeatMapView, pos: QPoint) -> None:
    finger(view, ("press", pos))
    finger(view, ("release", pos))


def seat_on_screen(view: SeatMapView, sid: str) -> QRectF:
    """The seat's square as drawn on the screen, in viewport pixels."""
    return view.mapFromScene(view.seat_scene_rect(sid)).boundingRect().toRectF()


def seat_px(view: SeatMapView) -> float:
    """The side of a seat on screen, measured (not asked of the view)."""
    return seat_on_screen(view, view.seat_map.seats[0].id).width()


def test_the_800_seat_hall_opens_with_seats_a_finger_big_at_1366x768(
    panel: SeatMapPanel, seat_map: SeatMap
) -> None:
    view = panel.view
    assert panel.size() == QSize(1366, 768)
    for sid in (seat_id(seat_map, "Parterre", "A", "1"), seat_id(seat_map, "Balcon", "H", "40")):
        size = seat_on_screen(view, sid)
        assert size.width() >= 32 and size.height() >= 32
    assert seat_px(view) >= 32 and view.seat_px() >= 32 and view.is_touch_size()
    # it opens on the stage and the first rows, centred: the front row's aisle seats in view
    rect = view.viewport().rect()
    for number in ("1", "2"):
        assert rect.contains(view.seat_view_pos(seat_id(seat_map, "Parterre", "A", number)))
    # the rest is reached by panning: the scroll bars have room
    assert view.verticalScrollBar().maximum() > 0
    # a resize before the person touches anything keeps the touch size
    panel.resize(1280, 720)
    QApplication.processEvents()
    assert seat_px(view) >= 32


def test_the_5000_seat_benchmark_map_also_opens_a_finger_big(qtbot: QtBot) -> None:
    big = generated_map("bench", 5000)
    widget = SeatMapPanel(big, SeatInventory(big, occurrence_id="occ"), "fr")
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: widget.view.layer.paint_count > 0)
    first = big.seats[0].id
    assert seat_on_screen(widget.view, first).width() >= 32


def test_a_small_hall_opens_whole(qtbot: QtBot) -> None:
    small = SeatMap(
        "v", "Studio", tuple(make_seat("Salle", "A", str(n), n, 1) for n in range(1, 13))
    )
    widget = SeatMapPanel(small, SeatInventory(small, occurrence_id="occ"), "fr")
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    rect = widget.view.viewport().rect()
    assert all(rect.contains(widget.view.seat_view_pos(s.id)) for s in small)
    assert seat_px(widget.view) >= 32


def test_zoom_in_out_fit_and_touch_size_by_keys(
    qtbot: QtBot, panel: SeatMapPanel, seat_map: SeatMap
) -> None:
    view = panel.view
    view.setFocus()
    opened = view.transform().m11()
    assert seat_px(view) >= 32
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.transform().m11() == pytest.approx(opened * 1.25)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert view.transform().m11() == pytest.approx(opened / 1.25)
    qtbot.keyClick(view, Qt.Key.Key_0)  # the whole hall
    rect = view.viewport().rect()
    assert all(rect.contains(view.seat_view_pos(s.id)) for s in seat_map)
    assert seat_px(view) < 32
    assert view.zoom_factor() == pytest.approx(1.0)
    qtbot.keyClick(view, Qt.Key.Key_1)  # a finger big again
    assert seat_px(view) >= 32
    # the keyboard still walks the rows, the view follows the cursor
    for _ in range(25):
        qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.cursor_row() == ("Balcon", "E")
    cursor = view.cursor_seat()
    assert cursor is not None and rect.contains(view.seat_view_pos(cursor.id))


def test_a_tap_on_the_whole_hall_zooms_to_a_finger_then_a_tap_selects(
    panel: SeatMapPanel, seat_map: SeatMap
) -> None:
    view = panel.view
    view.fit_all()
    sid = seat_id(seat_map, "Parterre", "K", "6")
    tap(view, view.seat_view_pos(sid))
    assert view.selected_ids() == []  # too small for a finger: the tap zoomed instead
    assert seat_px(view) >= 32
    pos = view.seat_view_pos(sid)
    assert view.viewport().rect().contains(pos)  # still under the finger
    tap(view, pos + QPoint(0, round(view.seat_px() / 2) + 2))  # in the gap below: still it
    assert view.selected_ids() == [sid]
    tap(view, view.seat_view_pos(sid))
    assert view.selected_ids() == []


def test_panning_and_pinching_keep_the_selection(
    qtbot: QtBot, panel: SeatMapPanel, seat_map: SeatMap
) -> None:
    view = panel.view
    chosen = [seat_id(seat_map, "Parterre", "B", n) for n in ("1", "2")]
    for sid in chosen:
        tap(view, view.seat_view_pos(sid))
    assert view.selected_ids() == chosen
    h, v = view.horizontalScrollBar(), view.verticalScrollBar()
    # one finger drags the map up and left: the view moves, nothing is selected or dropped
    start = view.viewport().rect().center()
    before = (h.value(), v.value())
    finger(view, ("press", start))
    for step in range(1, 6):
        finger(view, ("move", start - QPoint(40 * step, 30 * step)))
    finger(view, ("release", start - QPoint(200, 150)))
    assert h.value() > before[0] and v.value() > before[1]
    assert view.selected_ids() == chosen
    # the mouse drags back
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 6):
        qtbot.mouseMove(view.viewport(), start + QPoint(40 * step, 30 * step))
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=start + QPoint(200, 150))
    assert view.selected_ids() == chosen
    # Maj + arrows scroll
    value = v.value()
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert v.value() > value
    # two fingers pinch out: bigger, the selection kept, painted in the selection's colour
    scale = view.transform().m11()
    c = view.viewport().rect().center()
    finger(view, ("press", c - QPoint(50, 0)), ("press", c + QPoint(50, 0)))
    for step in range(1, 5):
        d = 50 + 25 * step
        finger(view, ("move", c - QPoint(d, 0)), ("move", c + QPoint(d, 0)))
    finger(view, ("release", c - QPoint(150, 0)), ("release", c + QPoint(150, 0)))
    assert view.transform().m11() == pytest.approx(scale * 3, rel=0.05)
    assert view.selected_ids() == chosen
    assert all(view.seat_color(sid) == selection_color() for sid in chosen)
    # and pinch in (the zoom stops a little below the whole hall)
    finger(view, ("press", c - QPoint(200, 0)), ("press", c + QPoint(200, 0)))
    finger(view, ("move", c - QPoint(10, 0)), ("move", c + QPoint(10, 0)))
    finger(view, ("release", c - QPoint(10, 0)), ("release", c + QPoint(10, 0)))
    assert view.zoom_factor() == pytest.approx(0.8)
    assert view.selected_ids() == chosen


def test_the_row_panel_counts_change_right_after_each_action(
    qtbot: QtBot, panel: SeatMapPanel, seat_map: SeatMap
) -> None:
    view = panel.view
    f12 = seat_id(seat_map, "Parterre", "F", "12")
    click(qtbot, view, f12)
    text = panel.cursor_label.text()
    assert text.startswith(
        "Rangée F (Parterre) — sièges libres\u00a0: 22 sur 22, choisis\u00a0: 1\n"
    )
    assert "Parterre — sièges libres\u00a0: 480 sur 480, choisis\u00a0: 1" in text
    assert panel.row_counts("Parterre", "F") == (22, 1, 22)
    qtbot.keyClick(view, Qt.Key.Key_Return)  # the whole row
    assert "choisis\u00a0: 22\n" in panel.cursor_label.text()
    assert panel.section_counts("Parterre") == (480, 22, 480)
    qtbot.keyClick(view, Qt.Key.Key_Return)  # out again
    assert "choisis" not in panel.cursor_label.text()
    # a sale elsewhere, read again: the row and its section say it at once
    view.inventory.sell_direct([seat_id(seat_map, "Parterre", "F", n) for n in ("1", "3")])
    view.refresh()
    text = panel.cursor_label.text()
    assert text.startswith("Rangée F (Parterre) — sièges libres\u00a0: 20 sur 22\n")
    assert "Parterre — sièges libres\u00a0: 478 sur 480" in text
