"""Payment and receipt dialogs on the real demo database, driven by the keyboard."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from guichet.domain.cart import Cart
from guichet.i18n.formatting import local
from guichet.models.tables import Payment
from guichet.services.counter import Counter
from guichet.services.views import OccurrenceView
from guichet.ui.payment import PaymentDialog
from guichet.ui.receipt_view import ReceiptDialog

NBSP = "\u00a0"


def show_at(counter: Counter, name: str, hour: int, day: date | None = None) -> OccurrenceView:
    tz = counter.organisation.timezone
    for occ in counter.occurrences(day or counter.today()):
        if name in occ.event_name and local(occ.starts_at, tz).hour == hour:
            return occ
    raise AssertionError(f"no {name} at {hour} h")


def cart_of(counter: Counter, occ: OccurrenceView, adults: int, children: int = 0) -> Cart:
    adult, child = counter.categories(occ.id)[:2]
    cart = Cart()
    counter.add_to_cart(cart, occ.id, adult.category_id, adults)
    if children:
        counter.add_to_cart(cart, occ.id, child.category_id, children)
    return cart


@pytest.fixture
def open_dialog(qtbot: QtBot) -> Callable[[Counter, Cart], PaymentDialog]:
    def make(counter: Counter, cart: Cart) -> PaymentDialog:
        dialog = PaymentDialog(counter, cart)
        qtbot.addWidget(dialog)
        dialog.open()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.tendered_edit, timeout=3000)
        return dialog

    return make


def type_into(qtbot: QtBot, text: str, enter: bool = True) -> None:
    """Type where the keyboard focus is (replacing a selected pre-filled amount)."""
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClicks(target, text)
    if enter:
        qtbot.keyClick(target, Qt.Key.Key_Return)


def press(qtbot: QtBot, key: Qt.Key) -> None:
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, key)


def test_exact_cash_is_prefilled_selected_and_rounded(
    qtbot: QtBot, cashier_counter: Counter, open_dialog: Callable[[Counter, Cart], PaymentDialog]
) -> None:
    pool = show_at(cashier_counter, "Bain libre", 13)
    cart = cart_of(cashier_counter, pool, 2, 1)  # 22,25 $ + taxes = 25,58 $
    dialog = open_dialog(cashier_counter, cart)
    assert dialog.session.total == 2558
    assert dialog.tendered_edit.text() == "25,60"  # no penny: rounded to 5 cents
    assert dialog.tendered_edit.selectedText() == "25,60"
    assert "25,60" in dialog.cash_due_label.text()
    type_into(qtbot, "30", enter=False)
    assert dialog.change_label.text() == f"Monnaie à rendre\u00a0: 4,40{NBSP}$"
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result_sale is not None and dialog.result_sale.change == 440
    assert [r.id for r in cashier_counter.receipts()] == [dialog.result_sale.receipt_id]


def test_split_card_then_cash_with_change(
    qtbot: QtBot, cashier_counter: Counter, open_dialog: Callable[[Counter, Cart], PaymentDialog]
) -> None:
    counter = cashier_counter
    theatre = show_at(counter, "Belles-sœurs", 14)
    cart = cart_of(counter, theatre, 2)  # 84,00 $ + 4,20 $ + 8,38 $ = 96,58 $
    dialog = open_dialog(counter, cart)
    assert dialog.session.total == 9658

    press(qtbot, Qt.Key.Key_F3)  # card
    assert QApplication.focusWidget() is dialog.card_amount_edit
    assert dialog.card_amount_edit.text() == "96,58"  # defaults to the balance
    type_into(qtbot, "20,00")  # Enter goes on to the authorisation number
    assert QApplication.focusWidget() is dialog.card_reference_edit
    dialog.card_button.click()  # no authorisation number: refused
    assert dialog.message.text() == "Entrez le numéro d'autorisation du terminal de paiement."
    assert dialog.session.tenders == []

    type_into(qtbot, "A12345")
    assert dialog.session.paid == 2000
    assert dialog.payments_list.item(0).text() == f"Carte\u00a0: 20,00{NBSP}$ (autorisation A12345)"
    assert dialog.balance_label.text() == f"76,58{NBSP}$"
    assert dialog.result_sale is None and dialog.isVisible()  # not paid yet: nothing recorded
    assert counter.receipts() == []

    # back to cash for the rest, pre-filled with the rounded cash due
    assert QApplication.focusWidget() is dialog.tendered_edit
    assert dialog.tendered_edit.text() == "76,60"
    type_into(qtbot, "100")
    assert dialog.result() == QDialog.DialogCode.Accepted
    sale = dialog.result_sale
    assert sale is not None and sale.change == 2340 and sale.total == 9658
    with counter.session_factory() as session:
        payments = session.scalars(select(Payment).where(Payment.order_id == sale.order_id))
        recorded = sorted((p.method, p.amount, p.tendered, p.change, p.reference)
                          for p in payments)
    assert recorded == [("card", 2000, 2000, 0, "A12345"), ("cash", 7660, 10000, 2340, "")]


def test_partial_cash_stays_in_the_list_and_can_be_undone(
    qtbot: QtBot, cashier_counter: Counter, open_dialog: Callable[[Counter, Cart], PaymentDialog]
) -> None:
    pool = show_at(cashier_counter, "Bain libre", 13)
    dialog = open_dialog(cashier_counter, cart_of(cashier_counter, pool, 2, 1))
    type_into(qtbot, "10")
    assert dialog.session.paid == 1000
    assert dialog.payments_list.count() == 1
    assert dialog.tendered_edit.text() == "15,60"  # 15,58 $ left, 15,60 $ in cash
    assert dialog.isVisible() and dialog.result_sale is None

    press(qtbot, Qt.Key.Key_F6)  # "Annuler le dernier paiement"
    assert dialog.session.tenders == []
    assert dialog.tendered_edit.text() == "25,60"
    press(qtbot, Qt.Key.Key_Escape)  # nothing taken: closes at once
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not dialog.isVisible()
    assert cashier_counter.receipts() == []


@pytest.mark.parametrize("text", ["abc", "-5", "12,345"])
def test_bad_amounts_are_refused(
    qtbot: QtBot,
    cashier_counter: Counter,
    open_dialog: Callable[[Counter, Cart], PaymentDialog],
    text: str,
) -> None:
    pool = show_at(cashier_counter, "Bain libre", 13)
    dialog = open_dialog(cashier_counter, cart_of(cashier_counter, pool, 1))
    type_into(qtbot, text)
    assert dialog.message.text() == "Montant invalide\u00a0: tapez par exemple 20 ou 12,50."
    assert dialog.message.property("role") == "error"
    assert dialog.session.tenders == [] and dialog.isVisible()


def message_box(qtbot: QtBot) -> QMessageBox:
    def ready() -> bool:
        box = QApplication.activeModalWidget()
        focus = QApplication.focusWidget()
        return isinstance(box, QMessageBox) and focus is not None and box.isAncestorOf(focus)

    qtbot.waitUntil(ready, timeout=3000)
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    return box


def test_escape_after_a_payment_asks_first(
    qtbot: QtBot, cashier_counter: Counter, open_dialog: Callable[[Counter, Cart], PaymentDialog]
) -> None:
    pool = show_at(cashier_counter, "Bain libre", 13)
    dialog = open_dialog(cashier_counter, cart_of(cashier_counter, pool, 2))
    type_into(qtbot, "5")
    press(qtbot, Qt.Key.Key_Escape)
    box = message_box(qtbot)
    press(qtbot, Qt.Key.Key_Escape)  # "Continuer le paiement"
    qtbot.waitUntil(lambda: not box.isVisible())
    assert dialog.isVisible() and dialog.session.paid == 500
    dialog.reject()
    box = message_box(qtbot)
    cancel = next(b for b in box.buttons() if b.text() == "Annuler la vente")
    cancel.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == QDialog.DialogCode.Rejected and dialog.result_sale is None


def test_refusal_at_commit_keeps_the_dialog_and_records_nothing(
    qtbot: QtBot,
    cashier_counter: Counter,
    make_counter: Callable[..., Counter],
    open_dialog: Callable[[Counter, Cart], PaymentDialog],
) -> None:
    # Tomorrow's 12 places (today's 10 h session has ended: it sells nothing).
    climbing = show_at(cashier_counter, "Escalade", 10, cashier_counter.today() + timedelta(days=1))
    dialog = open_dialog(cashier_counter, cart_of(cashier_counter, climbing, 2))

    # Meanwhile another counter sells 11 of the 12 places.
    other = make_counter()
    other.actor = cashier_counter.actor
    cart = cart_of(other, climbing, 11)
    session = other.payment_session(cart)
    session.add_cash(session.cash_due)
    sold_elsewhere = other.sell(cart, session)

    press(qtbot, Qt.Key.Key_Return)  # exact cash: settles, commit refused
    assert dialog.isVisible() and dialog.result_sale is None
    assert dialog.message.text() == "Plus assez de places\u00a0: il en reste 1, vous en demandez 2."
    assert dialog.session.is_settled  # the cash taken is still listed: nothing lost
    assert dialog.payments_list.count() == 1
    assert dialog.retry_button.isVisibleTo(dialog)
    assert [r.id for r in cashier_counter.receipts()] == [sold_elsewhere.receipt_id]
    assert cashier_counter.occurrence(climbing.id).remaining == 1

    dialog.retry_button.click()  # still refused, still nothing recorded
    assert dialog.isVisible() and len(cashier_counter.receipts()) == 1


def test_receipt_dialog_change_reprint_and_pdf(
    qtbot: QtBot,
    cashier_counter: Counter,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    counter = cashier_counter
    pool = show_at(counter, "Bain libre", 13)
    cart = cart_of(counter, pool, 1)
    session = counter.payment_session(cart)
    session.add_cash(2000)
    sale = counter.sell(cart, session)

    dialog = ReceiptDialog(counter, sale.receipt_id, change_due=sale.change)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.done_button, timeout=3000)
    assert dialog.change_label.text() == f"Monnaie à rendre\u00a0: {sale.change // 100},"\
        f"{sale.change % 100:02d}{NBSP}$"
    assert "REÇU" in dialog.view.toPlainText()

    press(qtbot, Qt.Key.Key_F5)
    assert dialog.message.text() == "Copie envoyée à l'imprimante"
    assert [j.kind for j in counter.print_jobs()].count("reprint") == 1

    target = tmp_path / "recu"
    monkeypatch.setattr(dialog, "ask_pdf_path", lambda: str(target))
    dialog.pdf_button.click()
    assert (tmp_path / "recu.pdf").read_bytes().startswith(b"%PDF")
    assert "PDF enregistré" in dialog.message.text()

    press(qtbot, Qt.Key.Key_Return)  # "Terminer"
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()


def test_receipt_dialog_without_change_closes_on_escape(
    qtbot: QtBot, cashier_counter: Counter
) -> None:
    pool = show_at(cashier_counter, "Bain libre", 13)
    cart = cart_of(cashier_counter, pool, 1)
    session = cashier_counter.payment_session(cart)
    session.add_card(session.balance, "OK1")
    sale = cashier_counter.sell(cart, session)
    dialog = ReceiptDialog(cashier_counter, sale.receipt_id)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.done_button, timeout=3000)
    assert not dialog.change_label.isVisibleTo(dialog)
    press(qtbot, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
