"""Picking seats at the counter and managing them at the seat desk (issue 5, parts 5 and 7).

Real services on the seated demo: "Cyrano de Bergerac" at 19 h 30 on the demo Saturday, on the
800-seat Théâtre du Quai map. The cashier (Sophie) has an open shift; Luc is a supervisor.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from guichet.domain.cart import Cart
from guichet.domain.errors import DomainError
from guichet.domain.seating import SeatState
from guichet.services.counter import Counter
from guichet.ui.messages import message_for
from guichet.ui.payment import PaymentDialog
from guichet.ui.receipt_view import ReceiptDialog
from guichet.ui.sales import SalesPage
from guichet.ui.seatdesk import SeatDeskWindow
from guichet.ui.seatmap import SeatMapView
from guichet.ui.seatpicker import SeatPickerDialog
from tests.conftest import user_id
from tests.integration.helpers import occurrence_named


def modal(qtbot: QtBot, kind: type[QDialog]) -> QDialog:
    def ready() -> bool:
        widget = QApplication.activeModalWidget()
        focus = QApplication.focusWidget()
        return isinstance(widget, kind) and focus is not None and widget.isAncestorOf(focus)

    qtbot.waitUntil(ready, timeout=3000)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, kind)
    return dialog


def press(qtbot: QtBot, key: Qt.Key | str) -> None:
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, key)


def click(qtbot: QtBot, view: SeatMapView, seat_id: str) -> None:
    view.ensureVisible(view.seat_scene_rect(seat_id))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.seat_view_pos(seat_id))


def seat(counter: Counter, occurrence_id: str, section: str, row: str, number: str) -> str:
    seating = counter.seating(occurrence_id)
    assert seating is not None
    found = seating.seat_map.find(section, row, number)
    assert found is not None
    return found.id


def state(counter: Counter, occurrence_id: str, seat_id: str) -> SeatState:
    seating = counter.seating(occurrence_id)
    assert seating is not None
    return seating.inventory.state(seat_id)


@pytest.fixture
def page(qtbot: QtBot, seated: tuple[Counter, Counter]) -> Iterator[SalesPage]:
    cashier, _boss = seated
    widget = SalesPage(cashier)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=3000)
    cyrano = occurrence_named(cashier, "Cyrano de Bergerac")
    widget.select_occurrence(cyrano.id)
    assert widget.selected_occurrence is not None and widget.selected_occurrence.id == cyrano.id
    yield widget
    for dialog in widget.findChildren(QDialog):
        dialog.done(QDialog.DialogCode.Rejected)


def open_picker(qtbot: QtBot, page: SalesPage, quantity: str = "") -> SeatPickerDialog:
    for digit in quantity:
        press(qtbot, digit)
    press(qtbot, Qt.Key.Key_F1)
    picker = modal(qtbot, SeatPickerDialog)
    assert isinstance(picker, SeatPickerDialog)
    qtbot.waitExposed(picker)
    return picker


def test_f1_on_a_seated_show_picks_two_seats_on_the_map_and_sells_them(
    qtbot: QtBot, page: SalesPage, seated: tuple[Counter, Counter]
) -> None:
    cashier, _boss = seated
    show = occurrence_named(cashier, "Cyrano de Bergerac")
    row = page._occurrences.index(next(o for o in page._occurrences if o.id == show.id))
    item = page.occurrence_list.item(row)
    assert item is not None and "plan de salle" in item.text()
    assert "plan de salle" in page.show_detail.text()

    picker = open_picker(qtbot, page, "2")
    assert "Cyrano de Bergerac" in picker.windowTitle() and "Adulte" in picker.windowTitle()
    assert picker.hint_label.text() == "Choisissez 2 sièges"
    assert picker.width() >= 1200 and picker.height() >= 650
    f11 = seat(cashier, show.id, "Parterre", "F", "11")
    f13 = seat(cashier, show.id, "Parterre", "F", "13")
    click(qtbot, picker.view, f11)
    click(qtbot, picker.view, f13)
    assert set(picker.view.selected_ids()) == {f11, f13}
    assert picker.hint_label.text() == "2 sièges choisis"
    press(qtbot, Qt.Key.Key_Return)  # Entrée: into the cart
    qtbot.waitUntil(lambda: not picker.isVisible())

    assert len(page.cart.lines) == 1
    line = page.cart.lines[0]
    assert line.quantity == 2 and set(line.seat_ids) == {f11, f13}
    description = page.cart_table.item(0, 0).text().replace("\xa0", " ")
    assert description == (
        "Adulte · Cyrano de Bergerac, sam. 5 déc. 2026, 19 h 30 — Parterre F-11, F-13"
    )
    assert page.cart_table.item(0, 1).text() == "2"
    assert "Sièges ajoutés" in page.message.text()
    assert state(cashier, show.id, f11) is SeatState.IN_CART
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page)

    press(qtbot, Qt.Key.Key_Return)  # payment, exact cash pre-filled
    modal(qtbot, PaymentDialog)
    press(qtbot, Qt.Key.Key_Return)  # pay
    receipt = modal(qtbot, ReceiptDialog)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not receipt.isVisible())
    assert page.cart.is_empty()
    assert state(cashier, show.id, f11) is SeatState.SOLD
    assert state(cashier, show.id, f13) is SeatState.SOLD


def test_a_seat_taken_by_another_counter_is_refused_in_words_and_nothing_is_added(
    qtbot: QtBot, page: SalesPage, seated: tuple[Counter, Counter]
) -> None:
    cashier, boss = seated
    show = occurrence_named(cashier, "Cyrano de Bergerac")
    picker = open_picker(qtbot, page)
    g1 = seat(cashier, show.id, "Parterre", "G", "1")
    g3 = seat(cashier, show.id, "Parterre", "G", "3")
    click(qtbot, picker.view, g1)
    click(qtbot, picker.view, g3)
    # meanwhile another counter puts G-3 in its cart
    other = Cart()
    adult = next(c.category_id for c in boss.categories(show.id) if c.code == "adult")
    boss.pick_seats(other, show.id, adult, [g3])

    press(qtbot, Qt.Key.Key_Return)
    assert picker.isVisible()  # stays open
    assert page.cart.is_empty() and page.cart_table.rowCount() == 0
    assert "Parterre, rangée G, siège 3" in picker.message.text()
    assert "panier" in picker.message.text()
    assert picker.view.seat_state(g3) is SeatState.IN_CART  # the map was read again
    assert picker.view.selected_ids() == [g1]
    assert state(cashier, show.id, g1) is SeatState.FREE  # nothing held for this cart
    # the cashier takes another seat instead
    g5 = seat(cashier, show.id, "Parterre", "G", "5")
    click(qtbot, picker.view, g5)
    picker.add_button.click()
    qtbot.waitUntil(lambda: not picker.isVisible())
    assert set(page.cart.lines[0].seat_ids) == {g1, g5}


def test_removing_the_line_or_clearing_the_cart_frees_its_seats(
    qtbot: QtBot, page: SalesPage, seated: tuple[Counter, Counter]
) -> None:
    cashier, _boss = seated
    show = occurrence_named(cashier, "Cyrano de Bergerac")
    picker = open_picker(qtbot, page)
    h1 = seat(cashier, show.id, "Parterre", "H", "1")
    click(qtbot, picker.view, h1)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not picker.isVisible())
    assert state(cashier, show.id, h1) is SeatState.IN_CART
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page)
    press(qtbot, Qt.Key.Key_Delete)  # Suppr: remove the line
    assert page.cart.is_empty()
    assert state(cashier, show.id, h1) is SeatState.FREE

    picker = open_picker(qtbot, page)
    click(qtbot, picker.view, h1)
    picker.add_button.click()
    qtbot.waitUntil(lambda: not picker.isVisible())
    assert state(cashier, show.id, h1) is SeatState.IN_CART
    page._reset_cart()  # what "Vider le panier" does once confirmed
    assert state(cashier, show.id, h1) is SeatState.FREE


def test_general_admission_shows_still_add_counts(
    qtbot: QtBot, page: SalesPage, seated: tuple[Counter, Counter]
) -> None:
    cashier, _boss = seated
    show = occurrence_named(cashier, "Le Malade imaginaire")
    page.select_occurrence(show.id)
    press(qtbot, "3")
    press(qtbot, Qt.Key.Key_F1)
    assert QApplication.activeModalWidget() is None
    assert page.cart.lines[0].quantity == 3 and not page.cart.lines[0].seat_ids


def test_a_supervisor_holds_a_row_at_the_seat_desk_and_the_cashier_cannot_pick_it(
    qtbot: QtBot, page: SalesPage, seated: tuple[Counter, Counter]
) -> None:
    cashier, boss = seated
    show = occurrence_named(cashier, "Cyrano de Bergerac")
    desk = SeatDeskWindow(boss)
    qtbot.addWidget(desk)
    desk.resize(1366, 768)
    desk.show()
    qtbot.waitExposed(desk)
    assert desk.occurrence is not None and desk.occurrence.id == show.id
    view = desk.view
    assert view is not None
    free_before = int(desk.panel.count_labels[SeatState.FREE].text())  # type: ignore[union-attr]
    held = view.select_row("Parterre", "K")
    assert len(held) >= 20
    desk.note_edit.setText("Médias")
    desk.hold_button.click()
    assert desk.message.property("role") == "ok" and "Retenus" in desk.message.text()
    assert view.selected_ids() == []
    panel = desk.panel
    assert panel is not None
    assert panel.count_labels[SeatState.HELD].text() == str(len(held))
    assert int(panel.count_labels[SeatState.FREE].text()) == free_before - len(held)
    assert all(state(cashier, show.id, s) is SeatState.HELD for s in held)

    # the cashier cannot pick them: the click says why, and a direct pick is refused too
    picker = open_picker(qtbot, page)
    click(qtbot, picker.view, held[0])
    assert picker.view.selected_ids() == []
    assert "retenu" in picker.panel.message_label.text().lower()
    picker.view.toggle_seat(held[1])
    assert picker.view.selected_ids() == []
    picker.reject()
    with pytest.raises(DomainError) as err:
        adult = next(c.category_id for c in cashier.categories(show.id) if c.code == "adult")
        cashier.pick_seats(page.cart, show.id, adult, [held[0]])
    assert err.value.code == "seat_taken"

    # held seats can be selected at the desk: release two, block one, assign two
    desk.view.set_selection(held[:2])  # type: ignore[union-attr]
    assert desk.release()
    assert state(cashier, show.id, held[0]) is SeatState.FREE
    desk.view.set_selection([held[2]])  # type: ignore[union-attr]
    desk.note_edit.setText("Caméra")
    assert desk.block()
    assert state(cashier, show.id, held[2]) is SeatState.BLOCKED
    desk.view.set_selection(held[3:5])  # type: ignore[union-attr]
    assert desk.assign("Édith Butler")
    assert "Édith Butler" in desk.message.text()
    seating = boss.seating(show.id)
    assert seating is not None
    assert seating.inventory.state(held[3]) is SeatState.SOLD
    assert seating.inventory.status(held[3]).participant == "Édith Butler"
    # a refused action (release a sold seat... not selectable; release a free seat) in words
    desk.view.set_selection(held[:1])  # type: ignore[union-attr]
    assert not desk.release()
    assert desk.message.property("role") == "error"
    assert "ni retenu ni bloqué" in desk.message.text()


def test_the_assign_button_asks_for_the_participant(
    qtbot: QtBot, seated: tuple[Counter, Counter]
) -> None:
    cashier, boss = seated
    show = occurrence_named(cashier, "Cyrano de Bergerac")
    desk = SeatDeskWindow(boss)
    qtbot.addWidget(desk)
    desk.show()
    qtbot.waitExposed(desk)
    a1 = seat(boss, show.id, "Balcon", "A", "20")
    desk.view.set_selection([a1])  # type: ignore[union-attr]
    desk.assign_button.click()
    dialog = desk.assign_dialog
    assert dialog is not None
    dialog._ok()  # no name: refused in words, stays open
    assert dialog.message.text() == "Écrivez le nom du participant."
    dialog.name_edit.setText("Zachary Richard")
    dialog._ok()
    assert state(boss, show.id, a1) is SeatState.SOLD
    assert "Zachary Richard" in desk.message.text()


def test_a_cashier_at_the_seat_desk_is_refused_in_words(
    qtbot: QtBot, seated: tuple[Counter, Counter]
) -> None:
    cashier, _boss = seated
    show = occurrence_named(cashier, "Cyrano de Bergerac")
    desk = SeatDeskWindow(cashier)
    qtbot.addWidget(desk)
    desk.show()
    qtbot.waitExposed(desk)
    seat_id = seat(cashier, show.id, "Parterre", "A", "1")
    desk.view.set_selection([seat_id])  # type: ignore[union-attr]
    desk.hold_button.click()
    assert desk.message.text() == message_for(DomainError("supervisor_required"))
    assert desk.message.text() and "supervisor_required" not in desk.message.text()
    assert state(cashier, show.id, seat_id) is SeatState.FREE


def test_the_main_window_opens_the_seat_desk_for_supervisors_only(
    qtbot: QtBot, seated: tuple[Counter, Counter]
) -> None:
    from guichet.ui.main_window import MainWindow

    cashier, _boss = seated
    main = MainWindow(cashier)  # Sophie, shift open: the sales page
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    main.show_sales()
    main.update_status()
    assert not main.seat_desk_button.isVisible()
    main.show_seat_desk()  # Ctrl+M
    assert main.seat_desk_window is None
    assert main.sales_page is not None
    assert main.sales_page.message.text() == message_for(DomainError("supervisor_required"))
    main.logout()

    cashier.login(user_id(cashier, "Luc"), "2222")
    main.update_status()
    assert main.seat_desk_button.isVisible()
    assert main.seat_desk_button.text() == "Plan de salle (Ctrl+M)"
    assert main.seat_desk_shortcut.key() == QKeySequence("Ctrl+M")
    main.show_seat_desk()
    desk = main.seat_desk_window
    assert isinstance(desk, SeatDeskWindow) and desk.isVisible()
    main.logout()  # the desk closes with the session
    qtbot.waitUntil(lambda: main.seat_desk_window is None)


def test_the_promotion_editor_offers_the_hall_sections_as_zones(qtbot: QtBot, seated) -> None:
    from PySide6.QtCore import Qt as QtCore

    from guichet.services.promotions import PromotionAdmin
    from guichet.ui.backoffice.promotion_edit import PromotionEditDialog

    _cashier, boss = seated
    admin = PromotionAdmin(
        boss.session_factory, boss.terminal_id, lambda: boss.actor, clock=boss.clock
    )
    dialog = PromotionEditDialog(admin, "fr")
    qtbot.addWidget(dialog)
    assert dialog.zones_list is not None
    names = [dialog.zones_list.item(i).text() for i in range(dialog.zones_list.count())]
    assert names == [
        "Théâtre du Quai — grande salle — Parterre",
        "Théâtre du Quai — grande salle — Balcon",
    ]
    dialog.zones_list.item(1).setCheckState(QtCore.CheckState.Checked)
    dialog.name_fr_edit.setText("Balcon à moitié prix")
    dialog.value_edit.setText("50")
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.save()
    zones = admin.get(saved.args[0]).targeting.zone_ids
    assert zones == {next(c.id for c in admin.choices().zones if c.name.endswith("Balcon"))}


def test_the_picker_opens_with_seats_a_finger_big(
    qtbot: QtBot, page: SalesPage, seated: tuple[Counter, Counter]
) -> None:
    """Issue 16, part 13: on the 800-seat hall the seats are at least 32 px at the counter and at
    the desk (1366x768), and the desk's row panel counts are those after the last action."""
    cashier, boss = seated
    show = occurrence_named(cashier, "Cyrano de Bergerac")
    picker = open_picker(qtbot, page)
    a1 = seat(cashier, show.id, "Parterre", "A", "1")
    square = picker.view.mapFromScene(picker.view.seat_scene_rect(a1)).boundingRect()
    assert square.width() >= 32 and square.height() >= 32
    assert picker.view.viewport().rect().contains(picker.view.seat_view_pos(a1))
    picker.reject()


def test_the_desk_opens_a_finger_big(qtbot: QtBot, seated: tuple[Counter, Counter]) -> None:
    _cashier, boss = seated
    desk = SeatDeskWindow(boss)
    qtbot.addWidget(desk)
    desk.resize(1366, 768)
    desk.show()
    qtbot.waitExposed(desk)
    view = desk.view
    assert view is not None
    a1 = view.seat_map.find("Parterre", "A", "1")
    assert a1 is not None
    assert view.mapFromScene(view.seat_scene_rect(a1.id)).boundingRect().width() >= 32


def test_the_desk_row_panel_counts_follow_each_action(
    qtbot: QtBot, seated: tuple[Counter, Counter]
) -> None:
    """The row panel says the counts after the last action: a tap, a hold, an assignment."""
    _cashier, boss = seated
    desk = SeatDeskWindow(boss)
    qtbot.addWidget(desk)
    desk.resize(1366, 768)
    desk.show()
    qtbot.waitExposed(desk)
    panel, view = desk.panel, desk.view
    assert panel is not None and view is not None
    row_k = [s.id for s in view.seat_map.row_seats("Parterre", "K")]
    inventory = panel.inventory
    free_k, total_k = len(inventory.select_row("Parterre", "K")), len(row_k)
    free_parterre = sum(
        1
        for s in view.seat_map
        if s.section == "Parterre" and inventory.state(s.id) is SeatState.FREE
    )
    click(qtbot, view, row_k[0])  # a tap: the row panel counts it at once
    assert (
        f"Rangée K (Parterre) — sièges libres\u00a0: {free_k} sur {total_k}, choisis\u00a0: 1"
    ) in (
        panel.cursor_label.text()
    )
    view.set_selection(row_k[:3])
    assert ", choisis\u00a0: 3\n" in panel.cursor_label.text()
    assert desk.assign("Édith Butler")
    text = panel.cursor_label.text()
    assert f"Rangée K (Parterre) — sièges libres\u00a0: {free_k - 3} sur {total_k}\n" in text
    assert f"Parterre — sièges libres\u00a0: {free_parterre - 3} sur 480" in text
    view.set_selection(row_k[3:5])
    desk.note_edit.setText("Médias")
    assert desk.hold()
    assert f"sièges libres\u00a0: {free_k - 5} sur {total_k}\n" in panel.cursor_label.text()
    view.set_selection(row_k[3:5])
    assert desk.release()
    assert f"sièges libres\u00a0: {free_k - 3} sur {total_k}\n" in panel.cursor_label.text()
