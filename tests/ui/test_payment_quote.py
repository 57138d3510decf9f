"""The payment dialog confirms the price told before the card terminal step (issue 16,
part 10): a promotion disabled meanwhile is said in words and no money is taken."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from guichet.domain.promotions import Promotion, percent_off
from guichet.services.counter import Counter
from guichet.services.promotions import PromotionAdmin
from guichet.ui.payment import CARD, CASH, PaymentDialog
from tests.integration.helpers import cart_of, occurrence_named

NBSP = "\u00a0"


def open_dialog(qtbot: QtBot, counter: Counter, cart) -> PaymentDialog:  # type: ignore[no-untyped-def]
    dialog = PaymentDialog(counter, cart)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.tendered_edit, timeout=3000)
    return dialog


def test_the_card_step_refuses_a_price_that_changed_in_words_before_any_money(
    qtbot: QtBot, cashier_counter: Counter, supervisor  # type: ignore[no-untyped-def]
) -> None:
    counter = cashier_counter
    admin = PromotionAdmin(
        counter.session_factory, counter.terminal_id, lambda: supervisor, clock=counter.clock
    )
    pid = admin.save(Promotion(id="", name_fr="Découverte", effect=percent_off(20)))
    admin.add_custom_code(pid, "DECOUVERTE", max_uses=None)
    show = occurrence_named(counter, "Le Malade imaginaire", 20)
    cart = cart_of(counter, show.id, adult=2)
    counter.apply_code(cart, "DECOUVERTE")
    dialog = open_dialog(qtbot, counter, cart)
    quoted = dialog.session.total
    admin.set_enabled(pid, False)  # a supervisor, meanwhile
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F3)
    assert dialog.stack.currentIndex() == CASH  # the card terminal step is not offered
    text = dialog.message.text()
    assert text.startswith("Ce code est désactivé. ")  # why
    assert f"annoncé{NBSP}: 77,26{NBSP}$ annoncé, 96,58{NBSP}$ maintenant." in text
    assert f"Aucun paiement n'a été pris{NBSP};" in text
    assert not dialog.session.tenders and dialog.result_sale is None
    # Exact cash is refused the same way: nothing is recorded at the old price.
    dialog.take_exact_cash()
    assert not dialog.session.tenders and dialog.result_sale is None
    assert dialog.session.total == quoted


def test_the_card_step_opens_when_the_price_told_still_holds(
    qtbot: QtBot, cashier_counter: Counter
) -> None:
    counter = cashier_counter
    show = occurrence_named(counter, "Le Malade imaginaire", 20)
    cart = cart_of(counter, show.id, adult=1)
    dialog = open_dialog(qtbot, counter, cart)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F3)
    assert dialog.stack.currentIndex() == CARD
    assert cart.quoted_at == counter.clock()
    assert dialog.message.text() == ""
