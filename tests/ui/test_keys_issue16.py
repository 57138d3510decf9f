"""Issue 16, parts 3 and 4, on the real windows driven by the real keyboard.

Part 3: what is being sold is always visible (cart lines in full, « commencé depuis … »,
↑ ↓ across days, the scanning window on the next open day). Part 4: every repeated action has a
key (book at the scanning window, close the shift, draw from a reserve, print again), the focus
lands where the next keystroke is expected, and an exact-cash sale needs no key after the cash:
the next digit or F-key starts the next sale.

Demo day: Saturday 2026-12-05, noon (Quebec). Escalade 10 h-11 h 30, Bain libre 13 h-15 h,
Les Belles-sœurs 14 h-16 h 20, Patin libre 15 h 30-17 h, Bain libre 18 h-20 h, Le Malade
imaginaire 20 h-22 h 30; the same (nearly) on the next days.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from guichet.domain import codes
from guichet.domain.cards import CardStatus, Verdict
from guichet.domain.cart import Cart
from guichet.i18n.formatting import local
from guichet.services.cards import CardFilter, CardRow
from guichet.services.counter import Counter
from guichet.ui.main_window import MainWindow
from guichet.ui.payment import PaymentDialog
from guichet.ui.receipt_view import ReceiptDialog
from guichet.ui.receipts import ReceiptsDialog
from guichet.ui.redeem import RedeemWindow
from guichet.ui.sales import SalesPage
from guichet.ui.shift import CloseShiftDialog
from tests.conftest import DEMO_DAY, Clock
from tests.ui.test_reserves_window import (
    COL_NAME,
    create_reserve_in_dialog,
    open_window,
    row_of,
    theatre_20h,
)

NBSP = "\u00a0"


def plain(text: str) -> str:
    return text.replace(NBSP, " ")


def press(qtbot: QtBot, *keys: Qt.Key | str, modifier: Qt.KeyboardModifier | None = None) -> None:
    """Type into whatever has the keyboard focus, as a cashier's keyboard would."""
    for key in keys:
        target = QApplication.focusWidget()
        assert target is not None, "nothing has the keyboard focus"
        if isinstance(key, str):
            qtbot.keyClicks(target, key)
        elif modifier is not None:
            qtbot.keyClick(target, key, modifier)
        else:
            qtbot.keyClick(target, key)


def wait_for_dialog(qtbot: QtBot, kind: type[QDialog]) -> QDialog:
    def ready() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, kind)
        focus = QApplication.focusWidget()
        assert focus is not None and dialog.isAncestorOf(focus)

    qtbot.waitUntil(ready, timeout=5000)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, kind)
    return dialog


def open_counter(qtbot: QtBot, counter: Counter) -> MainWindow:
    """The counter's window, Sophie logged in with her shift open: the sales page."""
    window = MainWindow(counter)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.waitUntil(
        lambda: window.sales_page is not None and QApplication.focusWidget() is window.sales_page
    )
    return window


@pytest.fixture
def main(qtbot: QtBot, cashier_counter: Counter) -> Iterator[MainWindow]:
    window = open_counter(qtbot, cashier_counter)
    yield window
    for dialog in window.findChildren(QDialog):
        dialog.done(QDialog.DialogCode.Rejected)


def sales(window: MainWindow) -> SalesPage:
    assert window.sales_page is not None
    return window.sales_page


def selected(page: SalesPage) -> tuple[str, int]:
    occ = page.selected_occurrence
    assert occ is not None
    return occ.event_name, local(occ.starts_at, "America/Montreal").hour


def item_text(page: SalesPage, event: str, hour: int) -> str:
    for row, occ in enumerate(page._occurrences):
        if occ.event_name == event and local(occ.starts_at, "America/Montreal").hour == hour:
            item = page.occurrence_list.item(row)
            assert item is not None
            return plain(item.text())
    raise AssertionError(f"no {event} at {hour} h")


def cart_text(page: SalesPage, row: int) -> str:
    item = page.cart_table.item(row, 0)
    assert item is not None
    return plain(item.text())


def pay_exact_cash(qtbot: QtBot) -> ReceiptDialog:
    press(qtbot, Qt.Key.Key_Return)  # payment: exact cash proposed
    wait_for_dialog(qtbot, PaymentDialog)
    press(qtbot, Qt.Key.Key_Return)  # exact cash taken: the sale is recorded
    receipt = wait_for_dialog(qtbot, ReceiptDialog)
    assert isinstance(receipt, ReceiptDialog)
    return receipt


# --- part 3: what is being sold is always visible -------------------------------------------


def test_cart_lines_give_the_event_the_day_and_the_time_in_full_and_wrap(
    qtbot: QtBot, main: MainWindow
) -> None:
    page = sales(main)
    assert selected(page) == ("Bain libre", 13)
    press(qtbot, "2", Qt.Key.Key_F1)
    text = cart_text(page, 0)
    # Today's line too: the day in full, not only « 13 h ».
    assert text == "Adulte · Bain libre, sam. 5 déc. 2026, 13 h"
    table = page.cart_table
    assert table.wordWrap()
    assert table.textElideMode() == Qt.TextElideMode.ElideNone
    # Nothing is cut: the row is as tall as the text wrapped at the column's width.
    width = table.columnWidth(0) - 12
    needed = QFontMetrics(table.font()).boundingRect(
        QRect(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), text
    )
    assert table.rowHeight(0) >= needed.height()
    # A longer line (a show on another day, a long name) grows its row rather than cutting it.
    press(qtbot, Qt.Key.Key_Down)  # Les Belles-sœurs 14 h
    press(qtbot, Qt.Key.Key_F1)
    long_text = cart_text(page, 1)
    assert long_text == "Adulte · Les Belles-sœurs, sam. 5 déc. 2026, 14 h"
    needed = QFontMetrics(table.font()).boundingRect(
        QRect(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), long_text
    )
    assert table.rowHeight(1) >= needed.height()


def test_the_day_list_and_the_cart_say_a_show_has_started(
    qtbot: QtBot, cashier_counter: Counter, clock: Clock
) -> None:
    clock.advance(hours=4, minutes=5)  # 16 h 05
    window = open_counter(qtbot, cashier_counter)
    page = sales(window)
    assert selected(page) == ("Bain libre", 18)
    assert "commencé" not in item_text(page, "Bain libre", 18)
    assert item_text(page, "Les Belles-sœurs", 14).endswith("— commencé depuis 2 h 05")
    assert item_text(page, "Patin libre", 15).endswith("— commencé depuis 35 min")
    assert item_text(page, "Escalade — initiation", 10).endswith("— terminé depuis 4 h 35")

    press(qtbot, Qt.Key.Key_Up, Qt.Key.Key_Up)  # Patin libre, then Les Belles-sœurs
    assert selected(page) == ("Les Belles-sœurs", 14)
    assert plain(page.show_detail.text()).endswith("— commencé depuis 2 h 05")
    press(qtbot, Qt.Key.Key_F1)
    assert cart_text(page, 0) == (
        "Adulte · Les Belles-sœurs, sam. 5 déc. 2026, 14 h — commencé depuis 2 h 05"
    )


def test_arrows_go_on_into_the_next_and_the_previous_day(
    qtbot: QtBot, main: MainWindow
) -> None:
    page = sales(main)
    assert selected(page) == ("Bain libre", 13)
    press(qtbot, Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Down)
    assert selected(page) == ("Le Malade imaginaire", 20)  # the day's last show
    press(qtbot, Qt.Key.Key_Down)  # on into Sunday: its first show
    assert page.current_day == DEMO_DAY + timedelta(days=1)
    assert selected(page) == ("Escalade — initiation", 10)
    assert page.date_edit.date().toPython() == DEMO_DAY + timedelta(days=1)
    press(qtbot, Qt.Key.Key_Up)  # back into Saturday: its last show
    assert page.current_day == DEMO_DAY
    assert selected(page) == ("Le Malade imaginaire", 20)
    # Before today's first show there is nothing to sell: ↑ stays on today.
    for _ in range(8):
        press(qtbot, Qt.Key.Key_Up)
    assert page.current_day == DEMO_DAY
    # The cart keeps what it has across days; F1 sells the show on screen.
    press(qtbot, Qt.Key.Key_Down)
    assert page.current_day == DEMO_DAY


def family_pass(counter: Counter) -> CardRow:
    rows = counter.cards.cards(CardFilter(status=CardStatus.ACTIVE))
    return next(r for r in rows if r.card_type_name.startswith("Laissez-passer familial"))


def open_redeem(qtbot: QtBot, window: MainWindow) -> RedeemWindow:
    press(qtbot, Qt.Key.Key_L, modifier=Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.redeem_window is not None)
    redeem = window.redeem_window
    assert isinstance(redeem, RedeemWindow)
    qtbot.waitExposed(redeem)
    redeem.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is redeem.scan_field)
    return redeem


def test_the_scanning_window_opens_on_the_next_day_with_places(
    qtbot: QtBot, cashier_counter: Counter, clock: Clock
) -> None:
    clock.advance(hours=9)  # 21 h: today's pool, rink and climbing are all closed
    window = open_counter(qtbot, cashier_counter)
    redeem = open_redeem(qtbot, window)
    card = family_pass(cashier_counter)
    press(qtbot, codes.display(card.code).lower(), Qt.Key.Key_Return)
    assert redeem.result is not None and redeem.result.verdict is Verdict.VALID
    assert redeem.day == DEMO_DAY + timedelta(days=1)
    chosen = redeem.selected_occurrence_id()
    assert chosen is not None
    occ = cashier_counter.occurrence(chosen)
    assert local(occ.starts_at, "America/Montreal").date() == DEMO_DAY + timedelta(days=1)
    assert (occ.event_name, local(occ.starts_at, "America/Montreal").hour) == (
        "Escalade — initiation",
        10,
    )
    assert redeem.previous_day_button.isEnabled()  # today is one step back


# --- part 4: a key for every repeated action ------------------------------------------------


def test_after_exact_cash_the_next_digit_or_f_key_starts_the_next_sale(
    qtbot: QtBot, main: MainWindow, cashier_counter: Counter
) -> None:
    page = sales(main)
    press(qtbot, "2", Qt.Key.Key_F1)
    receipt = pay_exact_cash(qtbot)
    assert len(cashier_counter.receipts()) == 1
    qtbot.wait(50)
    assert receipt.isVisible()  # the receipt (and the change) stays up…
    press(qtbot, "3")  # …until the next sale starts: no key to close it
    qtbot.waitUntil(lambda: not receipt.isVisible())
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page)
    assert page.pending_quantity == "3"
    press(qtbot, Qt.Key.Key_F2)
    assert [(line.category_name, line.quantity) for line in page.cart.lines] == [("Enfant", 3)]

    receipt = pay_exact_cash(qtbot)
    assert len(cashier_counter.receipts()) == 2
    press(qtbot, Qt.Key.Key_F1)  # an F-key closes the receipt and is the next sale's key
    qtbot.waitUntil(lambda: not receipt.isVisible())
    assert [(line.category_name, line.quantity) for line in page.cart.lines] == [("Adulte", 1)]
    assert QApplication.activeModalWidget() is None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page)


def test_f5_prints_a_receipt_again_from_the_receipts_of_the_shift(
    qtbot: QtBot, main: MainWindow, cashier_counter: Counter
) -> None:
    press(qtbot, Qt.Key.Key_F1)
    receipt = pay_exact_cash(qtbot)
    press(qtbot, Qt.Key.Key_Return)  # « Terminer »
    qtbot.waitUntil(lambda: not receipt.isVisible())
    qtbot.waitUntil(lambda: QApplication.focusWidget() is sales(main))
    jobs_before = len(cashier_counter.print_jobs())
    press(qtbot, Qt.Key.Key_F9)
    dialog = wait_for_dialog(qtbot, ReceiptsDialog)
    assert isinstance(dialog, ReceiptsDialog)
    press(qtbot, Qt.Key.Key_F5)  # the selected (last) receipt, again
    assert dialog.message.text() == "Copie du reçu N° 000001 envoyée à l'imprimante."
    assert len(cashier_counter.print_jobs()) == jobs_before + 1
    assert dialog.reprint_button.text() == "Réimprimer (F5)"


def shop_card(counter: Counter) -> CardRow:
    return counter.cards.cards(CardFilter(status=CardStatus.INACTIVE))[0]


def test_the_scanning_window_books_with_entree_and_asks_the_name_first(
    qtbot: QtBot, main: MainWindow, cashier_counter: Counter
) -> None:
    # A gift package sold without a name: booking it needs each participant's name.
    shop = shop_card(cashier_counter)
    cart = Cart()
    cashier_counter.add_card_to_cart(
        cart, cashier_counter.cards.shop_card_type(shop.code), shop_code=shop.code
    )
    payment = cashier_counter.payment_session(cart)
    payment.add_cash(payment.cash_due)
    cashier_counter.sell(cart, payment)

    redeem = open_redeem(qtbot, main)
    press(qtbot, codes.display(shop.code).lower(), Qt.Key.Key_Return)
    assert redeem.result is not None and redeem.result.verdict is Verdict.VALID
    assert len(redeem.name_edits) == 1 and redeem.name_edits[0].text() == ""
    # The next keystroke is the name: the keyboard is already there.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is redeem.name_edits[0], timeout=2000)
    assert redeem.book_button.text() == "Réserver (Entrée)"
    with qtbot.waitSignal(redeem.booked):
        press(qtbot, "Ana", Qt.Key.Key_Return)
    assert redeem.uses_label.text() == "9 passages restants sur 10"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is redeem.scan_field, timeout=2000)
    # The same again for the next person: Entrée in the (empty) scan field books.
    redeem.name_edits[0].setText("Bruno")
    redeem.focus_scan()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is redeem.scan_field, timeout=2000)
    with qtbot.waitSignal(redeem.booked):
        press(qtbot, Qt.Key.Key_Return)
    assert redeem.uses_label.text() == "8 passages restants sur 10"
    assert "Bruno" in redeem.message.text()


def test_ctrl_enter_closes_the_shift_from_the_count(
    qtbot: QtBot, main: MainWindow, cashier_counter: Counter
) -> None:
    press(qtbot, Qt.Key.Key_F10)
    dialog = wait_for_dialog(qtbot, CloseShiftDialog)
    assert isinstance(dialog, CloseShiftDialog)
    label = dialog.close_button.text()
    press(qtbot, "2", Qt.Key.Key_Return)  # 2 × 100 $, Entrée: the next denomination
    assert cashier_counter.current_shift() is not None
    press(qtbot, Qt.Key.Key_Return, modifier=Qt.KeyboardModifier.ControlModifier)
    assert cashier_counter.current_shift() is None
    assert dialog.closed_result is not None
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert label == "Fermer le quart et imprimer le rapport Z (Ctrl+Entrée)"


def test_f12_draws_from_a_reserve_wherever_the_keyboard_is(
    qtbot: QtBot, counter: Counter
) -> None:
    from tests.conftest import user_id

    counter.login(user_id(counter, "Luc"), "2222")
    counter.open_shift(20000)
    window = open_window(qtbot, counter)
    show = theatre_20h(counter)
    window.select_occurrence(show.id)
    medias = create_reserve_in_dialog(window, "Médias")
    window.select_reserve(medias)
    window.held_spin.setValue(4)
    window.apply_quantity()
    window.select_reserve(medias)
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.name_edit)
    press(qtbot, "Julie Cote")
    # The cashier then taps the reserve's line: the keyboard is in the table now.
    table = window.reserves_table
    rect = table.visualItemRect(table.item(row_of(window, medias), COL_NAME))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)
    drawn: list[object] = []
    window.ticketsDrawn.connect(drawn.append)
    press(qtbot, Qt.Key.Key_F12)
    assert len(drawn) == 1, window.message.text()
    assert "Julie Cote" in window.message.text()
    assert window.draw_button.text() == "Tirer les billets (Entrée / F12)"
    for dialog in window.findChildren(QDialog):
        dialog.done(QDialog.DialogCode.Rejected)
