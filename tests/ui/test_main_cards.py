"""The main window opens the scanning window (Ctrl+L) and the cards list (Ctrl+K)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from guichet.domain.cards import CardStatus
from guichet.models.tables import PrintJob
from guichet.services.cards import CardFilter
from guichet.services.counter import Counter


def test_ctrl_l_scans_ctrl_k_lists_and_both_close_at_logout(
    qtbot: QtBot, cashier_counter: Counter
) -> None:
    from guichet.ui.cards import CardsWindow
    from guichet.ui.main_window import MainWindow
    from guichet.ui.redeem import RedeemWindow

    main = MainWindow(cashier_counter)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.show_sales()
    main.update_status()
    assert main.redeem_button.isVisible() and main.cards_button.isVisible()
    assert main.redeem_shortcut.key() == QKeySequence("Ctrl+L")
    assert main.cards_shortcut.key() == QKeySequence("Ctrl+K")
    main.show_redeem()
    window = main.redeem_window
    assert isinstance(window, RedeemWindow) and window.isVisible()
    code = next(
        r.display_code
        for r in cashier_counter.cards.cards(CardFilter(status=CardStatus.ACTIVE))
    )
    qtbot.keyClicks(window.scan_field, code.lower())
    qtbot.keyClick(window.scan_field, Qt.Key.Key_Return)
    assert window.verdict_panel.property("tone") == "ok"
    main.show_cards()
    assert isinstance(main.cards_window, CardsWindow) and main.cards_window.isVisible()
    main.logout()  # both windows belong to the logged-in person
    qtbot.waitUntil(lambda: main.redeem_window is None and main.cards_window is None)
    with cashier_counter.session_factory() as session:
        assert session.scalars(select(PrintJob)).all() == []


def test_ctrl_j_opens_the_conflicts_console_for_supervisors_only(
    qtbot: QtBot, cashier_counter: Counter
) -> None:
    from guichet.ui.conflicts import ConflictsWindow
    from guichet.ui.main_window import MainWindow
    from tests.conftest import user_id

    main = MainWindow(cashier_counter)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.update_status()
    assert not main.conflicts_button.isVisible()  # Sophie is a cashier
    main.show_conflicts()
    assert main.conflicts_window is None
    main.logout()
    cashier_counter.login(user_id(cashier_counter, "Luc"), "2222")
    main.update_status()
    assert main.conflicts_button.isVisible()
    assert main.conflicts_shortcut.key() == QKeySequence("Ctrl+J")
    main.show_conflicts()
    assert isinstance(main.conflicts_window, ConflictsWindow)
    assert main.conflicts_window.isVisible()
