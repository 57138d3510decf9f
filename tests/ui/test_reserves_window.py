"""The reserves window (issue 5, part 3), driven like a supervisor and a cashier do, on the real
demo database and the real reserves service.

Demo day: Saturday 2026-12-05; "Le Malade imaginaire" plays at 20 h in a 320-place theatre.
Luc is a supervisor (PIN 2222), Sophie a cashier (PIN 1111).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from guichet.i18n.formatting import local
from guichet.services.counter import Counter
from guichet.services.views import OccurrenceView
from guichet.ui.messages import message_for_code
from guichet.ui.reserves import (
    COL_ACCESS,
    COL_DRAWN,
    COL_HELD,
    COL_NAME,
    COL_REMAINING,
    HELD_BACK,
    RESERVE_ROLE,
    ReserveEditDialog,
    ReserveHistoryDialog,
    ReservesWindow,
)
from guichet.ui.theme import COLORS
from tests.conftest import user_id


def theatre_20h(counter: Counter) -> OccurrenceView:
    tz = counter.organisation.timezone
    for occ in counter.occurrences(counter.today()):
        if occ.event_name == "Le Malade imaginaire" and local(occ.starts_at, tz).hour == 20:
            return occ
    raise AssertionError("no Le Malade imaginaire at 20 h")


@pytest.fixture
def luc(counter: Counter) -> Counter:
    """Luc (supervisor) logged in, a shift open at this counter."""
    counter.login(user_id(counter, "Luc"), "2222")
    counter.open_shift(20000)
    return counter


def open_window(qtbot: QtBot, counter: Counter) -> ReservesWindow:
    window = ReservesWindow(counter)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window


@pytest.fixture
def window(qtbot: QtBot, luc: Counter) -> Iterator[ReservesWindow]:
    widget = open_window(qtbot, luc)
    yield widget
    for dialog in widget.findChildren(QDialog):
        dialog.done(QDialog.DialogCode.Rejected)


def row_of(window: ReservesWindow, reserve_id: str) -> int:
    table = window.reserves_table
    for row in range(table.rowCount()):
        item = table.item(row, COL_NAME)
        if item is not None and item.data(RESERVE_ROLE) == reserve_id:
            return row
    raise AssertionError(f"no line for {reserve_id}")


def cell(window: ReservesWindow, reserve_id: str, col: int) -> str:
    item = window.reserves_table.item(row_of(window, reserve_id), col)
    assert item is not None
    return item.text()


def line_of(counter: Counter, occurrence_id: str, reserve_id: str):  # type: ignore[no-untyped-def]
    board = counter.reserves.board(occurrence_id)
    return next(line for line in board.lines if line.reserve.id == reserve_id)


def words(code: str, **params: object) -> str:
    return message_for_code(code, dict(params))


def create_reserve_in_dialog(
    window: ReservesWindow,
    name: str,
    *,
    with_access: bool = True,
    only: tuple[str, ...] = (),
) -> str:
    window.new_reserve()
    dialog = window.reserve_dialog
    assert isinstance(dialog, ReserveEditDialog) and dialog.isVisible()
    dialog.name_edit.setText(name)
    if with_access:
        dialog.with_access_radio.setChecked(True)
        dialog.category_combo.setCurrentIndex(dialog.category_combo.findText("Adulte"))
    else:
        dialog.without_access_radio.setChecked(True)
    if only:
        dialog.selected_users_radio.setChecked(True)
        for uid in only:
            dialog.check_user(uid)
    dialog.save()
    assert not dialog.isVisible(), dialog.message.text()
    assert dialog.saved_id is not None
    return dialog.saved_id


def test_supervisor_sets_draws_refusals_cancel_and_release(
    qtbot: QtBot, window: ReservesWindow, luc: Counter
) -> None:
    counter = luc
    show = theatre_20h(counter)
    window.select_occurrence(show.id)
    assert window.selected_occurrence is not None
    assert window.selected_occurrence.id == show.id
    assert window.manage_row.isVisible()  # a supervisor manages

    # "Nouvelle réserve…": Médias, with access at the Adulte tariff, for every user.
    medias = create_reserve_in_dialog(window, "Médias")
    assert cell(window, medias, COL_HELD) == "0"
    assert cell(window, medias, COL_ACCESS) == "Oui"

    # 10 places set aside: general availability drops by 10.
    general_before = counter.occurrence(show.id).remaining
    window.select_reserve(medias)
    window.held_spin.setValue(10)
    qtbot.mouseClick(window.apply_button, Qt.MouseButton.LeftButton)
    assert counter.occurrence(show.id).remaining == general_before - 10
    assert cell(window, medias, COL_HELD) == "10"
    assert cell(window, medias, COL_REMAINING) == "10"
    assert f"Vente générale\u00a0: {general_before - 10} places" == window.availability_label.text()

    # Drawing with no participant name: the words, nothing drawn, the quantity kept.
    window.quantity_spin.setValue(3)
    qtbot.mouseClick(window.draw_button, Qt.MouseButton.LeftButton)
    assert window.message.text() == words("participant_name_required")
    assert window.message.property("role") == "error"
    assert line_of(counter, show.id, medias).drawn == 0
    assert window.quantity_spin.value() == 3
    assert QApplication.focusWidget() is window.name_edit

    # 3 tickets for a participant, with Entrée (the keyboard's way).
    window.name_edit.setText("Julie Côté")
    window.email_edit.setText("jcote@lesoleil.ca")
    window.note_edit.setText("Le Soleil")
    window.name_edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.name_edit, timeout=3000)
    tickets_before = [j for j in counter.print_jobs() if j.kind.startswith("ticket")]
    drawn_signals: list[object] = []
    window.ticketsDrawn.connect(drawn_signals.append)
    qtbot.keyClick(window.name_edit, Qt.Key.Key_Return)
    assert len(drawn_signals) == 1, window.message.text()
    line = line_of(counter, show.id, medias)
    assert (line.held, line.drawn, line.remaining) == (10, 3, 7)
    assert cell(window, medias, COL_DRAWN) == "3"
    assert cell(window, medias, COL_REMAINING) == "7"
    assert counter.occurrence(show.id).remaining == general_before - 10  # drawing: unchanged
    tickets = [j for j in counter.print_jobs() if j.kind.startswith("ticket")]
    assert len(tickets) - len(tickets_before) == 3
    assert window.message.property("role") == "ok"
    assert "Julie Côté" in window.message.text()
    assert "3 billets envoyés à l'imprimante." in window.message.text()
    assert window.name_edit.text() == ""  # ready for the next participant
    assert window.drawn_table.rowCount() == 1
    assert window.drawn_table.item(0, 0).text() == "Julie Côté · jcote@lesoleil.ca"

    # The history says who did what.
    window.show_history()
    history = window.history_dialog
    assert isinstance(history, ReserveHistoryDialog)
    rows = [
        [history.table.item(r, c).text() for c in range(history.table.columnCount())]
        for r in range(history.table.rowCount())
    ]
    assert any(
        r[1] == "Luc Bouchard" and r[2] == "Tirage" and "3 billets pour Julie Côté" in r[4]
        for r in rows
    ), rows
    # The arrow keeps its numbers on its line (no-break spaces) when the detail wraps.
    assert any(r[2] == "Quantité" and "Retenues 0\u00a0→\u00a010" in r[4] for r in rows), rows
    history.accept()

    # Drawing 8 when 7 remain: the words, nothing changed, the fields kept.
    window.name_edit.setText("Marc-André Roy")
    window.phone_edit.setText("418 555-0142")
    window.quantity_spin.setValue(8)
    jobs = len(counter.print_jobs())
    window.draw()
    assert window.message.text() == words("reserve_exhausted", remaining=7, requested=8)
    assert window.message.property("role") == "error"
    line = line_of(counter, show.id, medias)
    assert (line.held, line.drawn) == (10, 3)
    assert len(counter.print_jobs()) == jobs
    assert window.name_edit.text() == "Marc-André Roy"
    assert window.phone_edit.text() == "418 555-0142"
    assert window.quantity_spin.value() == 8

    # A bad phone number: words, nothing drawn.
    window.phone_edit.setText("12")
    window.quantity_spin.setValue(1)
    window.draw()
    assert window.message.text() == words("participant_phone_invalid", phone="12")
    assert line_of(counter, show.id, medias).drawn == 3

    # Lowering to 2 while 3 are drawn: refused in words, the quantity stays 10.
    window.select_reserve(medias)
    window.held_spin.setValue(2)
    window.apply_quantity()
    assert window.message.text() == words("reserve_below_drawn", drawn=3, requested=2)
    assert line_of(counter, show.id, medias).held == 10
    assert cell(window, medias, COL_HELD) == "10"

    # An absurd quantity (more than the capacity): refused in words.
    window.held_spin.setValue(show.capacity + 1)
    window.apply_quantity()
    assert window.message.text() == words(
        "reserve_quantity_invalid", quantity=show.capacity + 1, maximum=show.capacity
    )
    assert line_of(counter, show.id, medias).held == 10

    # Cancel one drawn ticket: its place goes back to the reserve.
    window.select_drawn(window._drawn[0].order_line_id)
    assert window.cancel_button.isEnabled()
    window.cancel_spin.setValue(1)
    qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
    line = line_of(counter, show.id, medias)
    assert (line.held, line.drawn, line.remaining) == (10, 2, 8), window.message.text()
    assert cell(window, medias, COL_REMAINING) == "8"
    assert window.message.property("role") == "ok"
    assert counter.occurrence(show.id).remaining == general_before - 10

    # Release: what remains (8) goes back to general sale; the 2 drawn stay drawn.
    window.select_reserve(medias)
    qtbot.mouseClick(window.release_button, Qt.MouseButton.LeftButton)
    line = line_of(counter, show.id, medias)
    assert (line.held, line.drawn, line.remaining) == (2, 2, 0)
    assert counter.occurrence(show.id).remaining == general_before - 2
    assert cell(window, medias, COL_REMAINING) == "0"
    remaining_item = window.reserves_table.item(row_of(window, medias), COL_REMAINING)
    assert remaining_item.foreground().color() == QColor(COLORS["danger"])  # coloured at 0
    assert "8 places" in window.message.text()
    # Nothing left to draw: the draw button says why.
    assert not window.draw_button.isEnabled()
    assert window.access_label.text() == "Cette réserve n'a plus de places pour cette séance."


def test_held_back_places_and_a_draw_at_the_tariff(
    qtbot: QtBot, window: ReservesWindow, luc: Counter
) -> None:
    counter = luc
    show = theatre_20h(counter)
    window.select_occurrence(show.id)
    medias = create_reserve_in_dialog(window, "Médias")
    producers = create_reserve_in_dialog(window, "Producteurs", with_access=False)
    assert cell(window, producers, COL_ACCESS) == "Non"

    # Plain held-back places (no reserve): general availability drops by 4.
    general = counter.occurrence(show.id).remaining
    window.select_reserve(HELD_BACK)
    window.held_spin.setValue(4)
    window.apply_quantity()
    assert counter.reserves.board(show.id).held_back == 4
    assert counter.occurrence(show.id).remaining == general - 4
    assert cell(window, HELD_BACK, COL_HELD) == "4"
    assert not window.draw_button.isEnabled()  # held-back places are not drawn

    # A reserve without access holds places but nobody draws from it.
    window.select_reserve(producers)
    window.held_spin.setValue(6)
    window.apply_quantity()
    assert counter.occurrence(show.id).remaining == general - 10
    assert not window.draw_button.isEnabled()
    window.name_edit.setText("Paul Prod")
    window.draw()  # even when called anyway: the service refuses, in words
    assert window.message.text() == words(
        "reserve_without_access_cannot_draw", reserve_name="Producteurs"
    )

    # Releasing the held-back line gives its 4 places back.
    window.select_reserve(HELD_BACK)
    window.release()
    assert counter.reserves.board(show.id).held_back == 0
    assert counter.occurrence(show.id).remaining == general - 6

    # 2 tickets at the Médias tariff, paid in exact cash.
    window.select_reserve(medias)
    window.held_spin.setValue(5)
    window.apply_quantity()
    adult = next(c for c in counter.categories(show.id) if c.name == "Adulte")
    assert window.charged_radio.text() == f"Au tarif\u00a0: {window._m(adult.price)}"
    window.charged_radio.setChecked(True)
    assert window.payment_row.isVisible()
    window.quantity_spin.setValue(2)
    due = counter.reserves.draw_payment(show.id, medias, 2).cash_due
    assert window.amount_label.text() == f"À percevoir\u00a0: {window._m(due)}"
    window.name_edit.setText("Nadia Bélanger")
    results: list[object] = []
    window.ticketsDrawn.connect(results.append)
    window.draw()
    assert len(results) == 1, window.message.text()
    assert results[0].total > 0  # type: ignore[attr-defined]
    line = line_of(counter, show.id, medias)
    assert (line.held, line.drawn) == (5, 2)
    assert window.free_radio.isChecked()  # back to the usual free draw
    drawn = window.selected_drawn
    assert drawn is not None and drawn.charged
    assert window.drawn_table.item(0, 3).text() == "Payé"
    # Paid tickets are refunded with F8, not cancelled here.
    assert not window.cancel_button.isEnabled()
    assert "remboursement (F8)" in window.cancel_hint.text()

    # Card without the terminal's reference: refused in words, nothing drawn.
    window.charged_radio.setChecked(True)
    window.card_radio.setChecked(True)
    window.name_edit.setText("Jean Roy")
    window.quantity_spin.setValue(1)
    window.draw()
    assert window.message.text() == words("card_reference_required")
    assert line_of(counter, show.id, medias).drawn == 2


def test_cashier_without_access_is_refused_in_words(qtbot: QtBot, luc: Counter) -> None:
    counter = luc
    show = theatre_20h(counter)
    luc_id = user_id(counter, "Luc")
    supervisor_window = open_window(qtbot, counter)
    supervisor_window.select_occurrence(show.id)
    artists = create_reserve_in_dialog(supervisor_window, "Artistes", only=(luc_id,))
    supervisor_window.select_reserve(artists)
    supervisor_window.held_spin.setValue(6)
    supervisor_window.apply_quantity()
    assert line_of(counter, show.id, artists).held == 6
    assert cell(supervisor_window, artists, COL_ACCESS) == "Oui"  # Luc is selected
    supervisor_window.close()

    # Sophie (cashier) at the same counter, in the shift Luc opened.
    counter.logout()
    counter.login(user_id(counter, "Sophie"), "1111")
    window = open_window(qtbot, counter)
    window.select_occurrence(show.id)
    assert not window.manage_row.isVisible()  # cashiers do not manage reserves
    assert not window.new_reserve_button.isVisible()
    assert cell(window, artists, COL_ACCESS) == "Pas d'accès"
    name_item = window.reserves_table.item(row_of(window, artists), COL_NAME)
    assert name_item.foreground().color() == QColor("#8c959f")  # greyed
    window.select_reserve(artists)
    assert not window.draw_button.isEnabled()
    assert "Pas d'accès" in window.access_label.text()

    # Called anyway: the service refuses, the words are shown, nothing is drawn.
    window.name_edit.setText("Famille Lavoie")
    window.quantity_spin.setValue(2)
    jobs = len(counter.print_jobs())
    window.draw()
    assert window.message.text() == words("reserve_forbidden", reserve_name="Artistes")
    assert window.message.property("role") == "error"
    assert line_of(counter, show.id, artists).drawn == 0
    assert len(counter.print_jobs()) == jobs
    assert window.name_edit.text() == "Famille Lavoie"

    # Nor can she set quantities, even by calling the command.
    window._reserve_id = artists
    window.held_spin.setValue(1)
    window.apply_quantity()
    assert window.message.text() == words("reserve_manage_forbidden")
    assert line_of(counter, show.id, artists).held == 6
    window.close()


def test_reserve_dialog_refuses_in_words(qtbot: QtBot, window: ReservesWindow) -> None:
    window.new_reserve()
    dialog = window.reserve_dialog
    assert isinstance(dialog, ReserveEditDialog)
    dialog.name_edit.setText("   ")
    dialog.save()
    assert dialog.isVisible()
    assert dialog.message.text() == words("reserve_name_required")
    dialog.reject()


def test_status_bar_opens_the_reserves_window_for_every_user(
    qtbot: QtBot, cashier_counter: Counter
) -> None:
    from guichet.ui.main_window import MainWindow

    main = MainWindow(cashier_counter)  # Sophie, a cashier: she draws if she has access
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    assert main.reserves_button.isVisible()
    assert not main.promotions_button.isVisible()
    qtbot.mouseClick(main.reserves_button, Qt.MouseButton.LeftButton)
    reserves = main.reserves_window
    assert isinstance(reserves, ReservesWindow) and reserves.isVisible()
    assert not reserves.manage_row.isVisible()
    main.logout()  # the window belongs to who was logged in
    qtbot.waitUntil(lambda: main.reserves_window is None, timeout=3000)
    assert not main.reserves_button.isVisible()
