"""A sale made offline before its occurrence was cancelled, its category withdrawn or its
registration window moved (issue 6, part 7): the conflicts console words the reason and
offers the refund."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from guichet.services.counter import Counter
from guichet.ui.conflicts import ConflictsWindow
from tests.conftest import user_id
from tests.ui.test_conflicts_promo_code import sale_conflict

WORDS = {
    "occurrence_cancelled": (
        "Vendu hors ligne pour une séance annulée entre-temps\u00a0: remboursez la commande.",
        "Sold offline for a session cancelled since: refund the order.",
    ),
    "category_not_offered": (
        "Vendu hors ligne dans une catégorie qui n'est plus offerte pour cette séance\u00a0: "
        "acceptez la vente ou remboursez-la.",
        "Sold offline in a category no longer offered for this session: accept the sale or "
        "refund it.",
    ),
    "registration_closed": (
        "Inscrit hors ligne alors que les inscriptions ont été fermées plus tôt entre-temps\u00a0: "
        "acceptez, ou annulez et remboursez.",
        "Registered offline, but registration has since been closed earlier: accept, or "
        "cancel and refund.",
    ),
}


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

    conflict_id = sale_conflict(cashier_counter, reason, {})
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
