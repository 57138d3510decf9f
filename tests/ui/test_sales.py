"""Sales page, driven by the keyboard like a cashier does, on the real demo database.

Demo day (Saturday 2026-12-05, noon): Escalade 10 h (12 places), Bain libre 13 h (60),
Les Belles-sœurs 14 h (320), Patin libre 15 h 30 (120), Bain libre 18 h (60),
Le Malade imaginaire 20 h (320). The next show at noon is Bain libre 13 h.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from guichet.domain.cart import Cart
from guichet.i18n.formatting import local
from guichet.services.counter import Counter
from guichet.services.handlers import SaleRecorded
from guichet.services.views import OccurrenceView
from guichet.ui.payment import PaymentDialog
from guichet.ui.receipt_view import ReceiptDialog
from guichet.ui.sales import SalesPage

KeyLike = Qt.Key | str


def modal(qtbot: QtBot, kind: type[QDialog]) -> QDialog:
    """Wait until a dialog of ``kind`` is the active modal window and holds the keyboard."""

    def ready() -> bool:
        widget = QApplication.activeModalWidget()
        focus = QApplication.focusWidget()
        return isinstance(widget, kind) and focus is not None and widget.isAncestorOf(focus)

    qtbot.waitUntil(ready, timeout=3000)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, kind)
    return dialog


class Keyboard:
    """Presses keys where a real keyboard sends them (the focus widget) and counts them."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.count = 0

    def press(self, key: KeyLike) -> None:
        target = QApplication.focusWidget()
        assert target is not None, "nothing has the keyboard focus"
        self.count += 1
        self.qtbot.keyClick(target, key)


@pytest.fixture
def page(qtbot: QtBot, cashier_counter: Counter) -> Iterator[SalesPage]:
    widget = SalesPage(cashier_counter)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=3000)
    yield widget
    for dialog in widget.findChildren(QDialog):
        dialog.done(QDialog.DialogCode.Rejected)


@pytest.fixture
def keyboard(qtbot: QtBot) -> Keyboard:
    return Keyboard(qtbot)


def show_at(counter: Counter, name: str, hour: int, day: date | None = None) -> OccurrenceView:
    tz = counter.organisation.timezone
    for occ in counter.occurrences(day or counter.today()):
        if name in occ.event_name and local(occ.starts_at, tz).hour == hour:
            return occ
    raise AssertionError(f"no {name} at {hour} h")


def shown_remaining(page: SalesPage, occurrence_id: str) -> str:
    row = next(i for i, o in enumerate(page._occurrences) if o.id == occurrence_id)
    item = page.occurrence_list.item(row)
    assert item is not None
    return item.text()


def test_standard_sale_takes_at_most_8_keys(
    qtbot: QtBot, page: SalesPage, keyboard: Keyboard, cashier_counter: Counter
) -> None:
    counter = cashier_counter
    selected = page.selected_occurrence
    assert selected is not None and selected.id == show_at(counter, "Bain libre", 13).id
    before = counter.occurrence(selected.id).remaining
    adult, child = counter.categories(selected.id)[:2]
    expected = Cart()
    counter.add_to_cart(expected, selected.id, adult.category_id, 2)
    counter.add_to_cart(expected, selected.id, child.category_id, 1)
    priced = counter.price(expected)
    sales: list[SaleRecorded] = []
    page.saleCompleted.connect(sales.append)

    keyboard.press("2")
    assert page.quantity_label.text() == "Quantité\u00a0: 2"
    keyboard.press(Qt.Key.Key_F1)  # 2 × Adulte
    keyboard.press(Qt.Key.Key_F2)  # 1 × Enfant
    keyboard.press(Qt.Key.Key_Return)  # payment, exact cash pre-filled and selected
    payment = modal(qtbot, PaymentDialog)
    assert isinstance(payment, PaymentDialog)
    assert QApplication.focusWidget() is payment.tendered_edit
    keyboard.press(Qt.Key.Key_Return)  # exact cash: settles, the sale commits
    receipt = modal(qtbot, ReceiptDialog)
    keyboard.press(Qt.Key.Key_Return)  # "Terminer"
    qtbot.waitUntil(lambda: not receipt.isVisible())

    assert keyboard.count <= 8
    assert keyboard.count == 6
    assert len(sales) == 1
    receipts = counter.receipts()
    assert [r.id for r in receipts] == [sales[0].receipt_id]
    assert receipts[0].total == priced.total
    assert priced.total == 2 * 850 + 525 + sum(t.amount for t in priced.taxes)
    assert page.cart.is_empty() and page.cart_table.rowCount() == 0
    assert counter.occurrence(selected.id).remaining == before - 3
    assert f"places restantes\u00a0: {before - 3}" in shown_remaining(page, selected.id)
    assert page.message.text() == f"Vente n° {sales[0].receipt_number:06d} enregistrée"
    # ready for the next customer without touching the mouse
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page)


def test_capacity_refusal_leaves_the_cart_unchanged(
    page: SalesPage, keyboard: Keyboard, cashier_counter: Counter
) -> None:
    climbing = show_at(cashier_counter, "Escalade", 10)
    keyboard.press(Qt.Key.Key_Up)  # from Bain libre 13 h to Escalade 10 h
    assert page.selected_occurrence is not None
    assert page.selected_occurrence.id == climbing.id

    for key in ("1", "3", Qt.Key.Key_F1):
        keyboard.press(key)
    assert page.cart.is_empty()
    assert "Plus assez de places" in page.message.text()
    assert "il en reste 12" in page.message.text()
    assert page.message.property("role") == "error"

    for key in ("1", "0", Qt.Key.Key_F1):
        keyboard.press(key)
    assert page.message.text() == ""
    assert "places restantes\u00a0: 2" in shown_remaining(page, climbing.id)  # counts the cart
    lines = list(page.cart.lines)
    for key in ("3", Qt.Key.Key_F2):
        keyboard.press(key)
    assert "il en reste 2" in page.message.text()
    assert page.cart.lines == lines


def test_remove_line_and_clear_cart(
    qtbot: QtBot, page: SalesPage, keyboard: Keyboard
) -> None:
    for key in (Qt.Key.Key_F1, Qt.Key.Key_F2, Qt.Key.Key_F3):
        keyboard.press(key)
    assert [line.category_name for line in page.cart.lines] == ["Adulte", "Enfant", "Aîné"]
    assert page.cart_table.rowCount() == 3

    keyboard.press(Qt.Key.Key_Delete)  # removes the line just added
    assert [line.category_name for line in page.cart.lines] == ["Adulte", "Enfant"]
    page.cart_table.selectRow(0)
    keyboard.press(Qt.Key.Key_Delete)  # removes the selected line
    assert [line.category_name for line in page.cart.lines] == ["Enfant"]

    keyboard.press(Qt.Key.Key_Escape)  # asks first
    box = modal(qtbot, QMessageBox)
    keyboard.press(Qt.Key.Key_Escape)  # "Garder"
    qtbot.waitUntil(lambda: not box.isVisible())
    assert len(page.cart.lines) == 1
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page)

    keyboard.press(Qt.Key.Key_Escape)
    box = modal(qtbot, QMessageBox)
    keyboard.press("v")  # "Vider le panier (V)": Entrée would keep it
    qtbot.waitUntil(lambda: page.cart.is_empty())
    assert page.cart_table.rowCount() == 0
    assert page.total_label.text() == "0,00\u00a0$"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page)

    keyboard.press(Qt.Key.Key_Escape)  # empty cart: nothing is asked
    assert QApplication.activeModalWidget() is None
    keyboard.press(Qt.Key.Key_Return)  # nothing to pay
    assert QApplication.activeModalWidget() is None
    assert page.message.text() == "Le panier est vide."


def test_totals_show_each_tax(page: SalesPage, keyboard: Keyboard) -> None:
    keyboard.press(Qt.Key.Key_Down)  # Les Belles-sœurs 14 h
    assert page.category_buttons[0].text().replace("\u00a0", " ") == "F1  Adulte  42,00 $"
    keyboard.press(Qt.Key.Key_F1)
    taxes = [(name.text(), value.text()) for name, value in page.tax_labels]
    assert taxes == [("TPS 5\u00a0%", "2,10\u00a0$"), ("TVQ 9,975\u00a0%", "4,19\u00a0$")]
    assert page.subtotal_label.text() == "42,00\u00a0$"
    assert page.total_label.text() == "48,29\u00a0$"


def test_date_picker_changes_the_list(
    page: SalesPage, keyboard: Keyboard, cashier_counter: Counter
) -> None:
    page.date_edit.setDate(QDate(2026, 12, 7))  # a Monday: no theatre
    names = [o.event_name for o in page._occurrences]
    assert len(names) == page.occurrence_list.count() == 4
    assert not any("Belles-sœurs" in n or "Malade" in n for n in names)
    assert page.selected_occurrence is not None
    assert page.selected_occurrence.event_name.startswith("Escalade")  # first of the day
    assert "Belles" not in "".join(b.text() for b in page.category_buttons)

    page.today_button.click()
    assert page.current_day == date(2026, 12, 5)
    assert page.selected_occurrence is not None
    assert page.selected_occurrence.id == show_at(cashier_counter, "Bain libre", 13).id


def test_arrows_move_the_selection_even_from_the_date_field(
    page: SalesPage, keyboard: Keyboard
) -> None:
    page.date_edit.setFocus()
    assert QApplication.focusWidget() is page.date_edit
    keyboard.press(Qt.Key.Key_Down)
    assert page.selected_occurrence is not None
    assert page.selected_occurrence.event_name == "Les Belles-sœurs"
    keyboard.press(Qt.Key.Key_PageDown)
    assert page.selected_occurrence.event_name == "Patin libre"
    keyboard.press(Qt.Key.Key_PageUp)
    assert page.selected_occurrence.event_name == "Les Belles-sœurs"
    assert page.current_day == date(2026, 12, 5)  # the date did not move


def test_sold_out_show_is_disabled_and_refresh_keeps_the_selection(
    page: SalesPage,
    keyboard: Keyboard,
    make_counter: Callable[..., Counter],
    cashier_counter: Counter,
) -> None:
    climbing = show_at(cashier_counter, "Escalade", 10)
    keyboard.press(Qt.Key.Key_Down)
    selected = page.selected_occurrence
    assert selected is not None

    other = make_counter()
    other.actor = cashier_counter.actor
    cart = Cart()
    other.add_to_cart(cart, climbing.id, other.categories(climbing.id)[0].category_id, 12)
    session = other.payment_session(cart)
    session.add_cash(session.cash_due)
    # At noon the 10 h session has ended: only a supervisor's override sells it (recorded).
    from guichet.domain.cards import AlacarteSettings
    from guichet.domain.overrides import Override
    from tests.conftest import user_id

    other.sell(cart, session, override=Override(user_id(other, "Luc"), "groupe en retard"))

    page.refresh()
    row = next(i for i, o in enumerate(page._occurrences) if o.id == climbing.id)
    item = page.occurrence_list.item(row)
    # Its 4 à-la-carte places (18 $) still sell: the show stays selectable...
    assert item is not None and item.flags() & Qt.ItemFlag.ItemIsEnabled
    boss = make_counter()
    boss.actor = boss.authorize_supervisor(user_id(boss, "Luc"), "2222")
    boss.cards.set_alacarte(climbing.id, AlacarteSettings())  # ...until it has none
    page.refresh()
    assert page.selected_occurrence is not None
    assert page.selected_occurrence.id == selected.id
    item = page.occurrence_list.item(row)
    assert item is not None and not item.flags() & Qt.ItemFlag.ItemIsEnabled
    assert "places restantes\u00a0: 0" in item.text()
    for _ in range(4):
        keyboard.press(Qt.Key.Key_Up)  # never lands on the sold-out show
    assert page.selected_occurrence.event_name == "Bain libre"
