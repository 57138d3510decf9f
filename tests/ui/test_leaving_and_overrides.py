"""Issue 16, part 1 (leaving the till) and part 12's window (a supervisor's override), on the
real windows driven by the real keyboard.

Part 1: closing the till (Alt+F4, the window's close) with a cart or an open shift asks first,
Entrée and Échap keep the window, Q closes; logging out (F11) with a cart asks whether to keep
it for the next person (Entrée) or empty it (V), Échap stays logged in. Part 12: at noon,
today's 10 h Escalade has ended: a cashier's sale of it is refused in words and offers
« Autorisation d'un superviseur »; a wrong PIN or an empty reason is refused in words, Échap
records nothing, the supervisor's PIN and a reason sell it and write the history line.

Demo day: Saturday 2026-12-05, noon (Quebec); the sales page preselects Bain libre 13 h, one
↑ is Escalade — initiation 10 h.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from guichet.models.tables import CatalogueChange, Order
from guichet.services.counter import Counter
from guichet.ui.approval import OverrideDialog
from guichet.ui.main_window import MainWindow
from guichet.ui.payment import PaymentDialog
from guichet.ui.receipt_view import ReceiptDialog
from guichet.ui.reserves import ReservesWindow
from tests.conftest import user_id
from tests.ui.test_keys_issue16 import (
    open_counter,
    plain,
    press,
    sales,
    selected,
    wait_for_dialog,
)
from tests.ui.test_reserves_window import create_reserve_in_dialog, open_window

ALT = Qt.KeyboardModifier.AltModifier


def question(qtbot: QtBot) -> QMessageBox:
    box = wait_for_dialog(qtbot, QMessageBox)
    assert isinstance(box, QMessageBox)
    return box


def gone(qtbot: QtBot, box: QMessageBox) -> None:
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not box, timeout=5000)


@pytest.fixture
def main(qtbot: QtBot, cashier_counter: Counter) -> Iterator[MainWindow]:
    window = open_counter(qtbot, cashier_counter)
    yield window
    for dialog in window.findChildren(QDialog):
        dialog.done(QDialog.DialogCode.Rejected)


# --- part 1: leaving the till ---------------------------------------------------------------


def test_alt_f4_with_a_cart_asks_and_only_q_closes_the_till(
    qtbot: QtBot, main: MainWindow
) -> None:
    page = sales(main)
    press(qtbot, "2", Qt.Key.Key_F1)
    lines = list(page.cart.lines)
    assert lines

    press(qtbot, Qt.Key.Key_F4, modifier=ALT)
    box = question(qtbot)
    assert box.defaultButton() is box.escapeButton()  # the safe answer is the default one
    assert QApplication.focusWidget() is box.defaultButton()
    text = plain(box.informativeText())
    assert "Le panier en cours (2 articles non payés) sera perdu." in text
    assert "Le quart de Sophie Gagnon reste ouvert : pour le fermer" in text
    press(qtbot, Qt.Key.Key_Return)
    gone(qtbot, box)
    assert main.isVisible() and page.cart.lines == lines
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page)

    press(qtbot, Qt.Key.Key_F4, modifier=ALT)
    box = question(qtbot)
    press(qtbot, Qt.Key.Key_Escape)
    gone(qtbot, box)
    assert main.isVisible() and page.cart.lines == lines
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page)

    press(qtbot, Qt.Key.Key_F4, modifier=ALT)
    box = question(qtbot)
    press(qtbot, "q")  # "Quitter Guichet (Q)": a deliberate key
    qtbot.waitUntil(lambda: not main.isVisible())
    assert page.cart.is_empty()  # its promotion hold released with it


def test_the_window_close_with_an_open_shift_asks_but_a_program_close_does_not(
    qtbot: QtBot, main: MainWindow
) -> None:
    handle = main.windowHandle()
    assert handle is not None
    # What the title bar's close button (or the system's Alt+F4) sends: a spontaneous close.
    QApplication.sendEvent(handle, QCloseEvent())
    box = question(qtbot)
    assert "Le panier" not in box.informativeText()  # no cart: the shift alone
    assert "Le quart de Sophie Gagnon reste ouvert" in plain(box.informativeText())
    press(qtbot, Qt.Key.Key_Return)
    gone(qtbot, box)
    assert main.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is sales(main))

    press(qtbot, Qt.Key.Key_F1)
    main.close()  # the program's own close (tests, the application quitting) asks nothing
    assert not main.isVisible()
    assert main.close_question is None


def test_logging_out_with_a_cart_asks_to_keep_it_by_default(
    qtbot: QtBot, main: MainWindow, cashier_counter: Counter
) -> None:
    page = sales(main)
    press(qtbot, "3", Qt.Key.Key_F1)
    lines = list(page.cart.lines)

    press(qtbot, Qt.Key.Key_F11)
    box = question(qtbot)
    assert plain(box.text()) == (
        "Un panier est en cours (3 articles non payés). Se déconnecter en le gardant pour la "
        "personne qui se connectera ensuite, ou en le vidant ?"
    )
    press(qtbot, Qt.Key.Key_Escape)  # F11 by mistake: still logged in, nothing lost
    gone(qtbot, box)
    assert cashier_counter.actor is not None and page.cart.lines == lines
    assert main.stack.currentWidget() is page
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page)

    press(qtbot, Qt.Key.Key_F11)
    box = question(qtbot)
    assert box.defaultButton().text() == "Garder (Entrée)"
    press(qtbot, Qt.Key.Key_Return)  # the default keeps the cart for the next person
    gone(qtbot, box)
    assert cashier_counter.actor is None
    assert main.stack.currentWidget() is main.login_page
    assert page.cart.lines == lines

    cashier_counter.login(user_id(cashier_counter, "Sophie"), "1111")
    main._logged_in(cashier_counter.actor)
    qtbot.waitUntil(lambda: main.stack.currentWidget() is page)
    main.activateWindow()
    page.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page)
    press(qtbot, Qt.Key.Key_F11)
    box = question(qtbot)
    press(qtbot, "v")  # "Vider (V)"
    gone(qtbot, box)
    assert cashier_counter.actor is None and page.cart.is_empty()


# --- part 12: a supervisor's override of a date that has ended ------------------------------


def override_dialog(qtbot: QtBot) -> OverrideDialog:
    def ready() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, OverrideDialog)
        assert QApplication.focusWidget() is dialog.reason_edit

    qtbot.waitUntil(ready, timeout=5000)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, OverrideDialog)
    return dialog


def overrides(counter: Counter) -> list[CatalogueChange]:
    with counter.session_factory() as session:
        return list(
            session.scalars(select(CatalogueChange).where(CatalogueChange.action == "override"))
        )


def orders(counter: Counter) -> int:
    with counter.session_factory() as session:
        return int(session.scalar(select(func.count()).select_from(Order)) or 0)


def test_an_ended_date_sells_only_with_a_supervisors_pin_and_reason(
    qtbot: QtBot, main: MainWindow, cashier_counter: Counter
) -> None:
    counter = cashier_counter
    page = sales(main)
    press(qtbot, Qt.Key.Key_Up)
    assert selected(page) == ("Escalade — initiation", 10)
    before = orders(counter)
    press(qtbot, "2", Qt.Key.Key_F1, Qt.Key.Key_Return)
    payment = wait_for_dialog(qtbot, PaymentDialog)
    assert isinstance(payment, PaymentDialog)
    press(qtbot, Qt.Key.Key_Return)  # exact cash: the sale is refused, the override offered
    dialog = override_dialog(qtbot)
    assert plain(payment.message.text()).startswith("Cette date est terminée (fin :")
    assert plain(dialog.refusal_label.text()).startswith("Cette date est terminée")
    assert dialog.windowTitle() == "Autorisation d'un superviseur"

    # A wrong PIN is refused in words; Échap then records nothing.
    press(qtbot, "Groupe en retard", Qt.Key.Key_Return)  # on to the PIN
    assert QApplication.focusWidget() is dialog.pin_edit
    press(qtbot, "9999", Qt.Key.Key_Return)
    assert plain(dialog.message.text()).startswith("NIP incorrect.")
    assert dialog.isVisible() and dialog.pin_edit.text() == ""
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is payment)
    assert orders(counter) == before and overrides(counter) == []
    assert payment.retry_button.isVisible()

    # Entrée tries again: refused again, asked again. An empty reason is refused in words.
    qtbot.waitUntil(lambda: payment.isAncestorOf(QApplication.focusWidget()))
    press(qtbot, Qt.Key.Key_Return)
    dialog = override_dialog(qtbot)
    press(qtbot, Qt.Key.Key_Return)  # no reason yet: on to the PIN
    press(qtbot, "2222", Qt.Key.Key_Return)
    assert plain(dialog.message.text()) == (
        "Indiquez le motif de l'exception : il est conservé dans l'historique."
    )
    assert QApplication.focusWidget() is dialog.reason_edit
    assert orders(counter) == before

    # Luc's PIN and a reason: the sale goes through, the exception is in the history.
    press(qtbot, "Groupe en retard", Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ReceiptDialog))
    receipt = QApplication.activeModalWidget()
    assert isinstance(receipt, ReceiptDialog)
    assert orders(counter) == before + 1
    [line] = overrides(counter)
    assert line.entity == "order"
    assert line.details["rule"] == "occurrence_ended"
    assert line.details["supervisor_id"] == user_id(counter, "Luc")
    assert line.details["reason"] == "Groupe en retard"
    assert line.user_id == user_id(counter, "Sophie")  # who sold


def test_an_ended_date_draws_from_a_reserve_only_with_a_supervisors_approval(
    qtbot: QtBot, counter: Counter
) -> None:
    counter.login(user_id(counter, "Luc"), "2222")
    counter.open_shift(20000)
    window: ReservesWindow = open_window(qtbot, counter)
    tz = counter.organisation.timezone
    from guichet.i18n.formatting import local

    climbing = next(
        occ for occ in counter.occurrences(counter.today())
        if occ.event_name.startswith("Escalade") and local(occ.starts_at, tz).hour == 10
    )
    window.select_occurrence(climbing.id)
    medias = create_reserve_in_dialog(window, "Médias")
    window.select_reserve(medias)
    window.held_spin.setValue(4)
    window.apply_quantity()
    window.select_reserve(medias)
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.name_edit)
    press(qtbot, "Julie Cote")
    drawn: list[object] = []
    window.ticketsDrawn.connect(drawn.append)

    press(qtbot, Qt.Key.Key_F12)
    dialog = override_dialog(qtbot)
    assert plain(window.message.text()).startswith("Cette date est terminée")
    press(qtbot, Qt.Key.Key_Escape)  # nothing drawn, nothing recorded
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert drawn == [] and overrides(counter) == []

    window.activateWindow()
    qtbot.waitActive(window)
    window.name_edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.name_edit)
    press(qtbot, Qt.Key.Key_F12)
    dialog = override_dialog(qtbot)
    press(qtbot, "Autobus en retard", Qt.Key.Key_Return, "2222", Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(drawn) == 1)
    assert "Julie Cote" in window.message.text()
    [line] = overrides(counter)
    assert line.details["reason"] == "Autobus en retard"
    assert line.details["supervisor_id"] == user_id(counter, "Luc")
    for child in window.findChildren(QDialog):
        child.done(QDialog.DialogCode.Rejected)
