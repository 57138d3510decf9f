"""A sale made offline before its occurrence was cancelled, its category withdrawn or its
registration window moved (issue 6, part 7): the conflicts console words the reason and
offers the refund."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from guichet.services.counter import Counter
from guichet.ui.conflicts import ConflictsWindow
from guichet.ui.screenshots_conflicts import add_conflict, add_terminal
from tests.conftest import user_id
from tests.integration.helpers import cart_of, occurrence_named

WORDS = {
    "occurrence_cancelled": (
        "Vendu hors ligne pour une séance annulée entre-temps : remboursez la commande.",
        "Sold offline for a session cancelled since: refund the order.",
    ),
    "category_not_offered": (
        "Vendu hors ligne dans une catégorie qui n'est plus offerte pour cette séance : "
        "acceptez la vente ou remboursez-la.",
        "Sold offline in a category no longer offered for this session: accept the sale or "
        "refund it.",
    ),
    "registration_closed": (
        "Inscrit hors ligne alors que les inscriptions ont été fermées plus tôt entre-temps : "
        "acceptez, ou annulez et remboursez.",
        "Registered offline, but registration has since been closed earlier: accept, or "
        "cancel and refund.",
    ),
}


def rule_conflict(counter: Counter, reason: str) -> str:
    show = occurrence_named(counter, "Le Malade imaginaire")
    cart = cart_of(counter, show.id, adult=1)
    payment = counter.payment_session(cart)
    payment.add_card(payment.balance, "1234")
    sale = counter.sell(cart, payment)
    conflict_id = add_conflict(
        counter,
        terminal_id=add_terminal(counter, "Caisse 2"),
        user_id=user_id(counter, "Sophie"),
        occurred_at=counter.clock() - timedelta(hours=1),
        reason=reason,
        details={"occurrence": show.id},
        order_id=sale.order_id,
        command_type="order.sell",
    )
    return conflict_id


@pytest.mark.parametrize("reason", sorted(WORDS))
def test_a_rule_changed_meanwhile_is_worded_and_refundable(
    qtbot: QtBot,
    qapp: QApplication,
    cashier_counter: Counter,
    make_counter: Callable[..., Counter],
    reason: str,
) -> None:
    from PySide6.QtCore import QLocale

    from guichet.ui.app import install_language

    conflict_id = rule_conflict(cashier_counter, reason)
    boss = make_counter()
    boss.actor = boss.authorize_supervisor(user_id(boss, "Luc"), "2222")
    window = ConflictsWindow(boss)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    french, english = WORDS[reason]
    assert window.row_text(conflict_id).startswith(french)
    visible = [r for r, b in window.resolution_buttons.items() if b.isVisibleTo(window)]
    assert "refund" in visible
    previous = QLocale()
    install_language(qapp, "en")
    try:
        boss_en = make_counter(lang="en")
        window_en = ConflictsWindow(boss_en)
        qtbot.addWidget(window_en)
        assert window_en.row_text(conflict_id).startswith(english)
    finally:
        install_language(qapp, "fr")
        QLocale.setDefault(previous)
