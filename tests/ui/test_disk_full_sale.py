"""Issue 21, part 6: the disk fills during a sale, in the real sales window. The cashier is
told in words in the payment dialog (before: a raw OperationalError went to the console and
the screen said nothing), the cart and the cash taken stay, nothing is half-written; once
space is freed, Entrée records the same sale, once."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from guichet.i18n.errors import message
from guichet.models.tables import Order
from guichet.services.counter import Counter
from guichet.ui.payment import PaymentDialog
from guichet.ui.receipt_view import ReceiptDialog
from guichet.ui.sales import SalesPage
from tests.conftest import Clock
from tests.storage_helpers import counter_as_opened, disk_full


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


def orders(counter: Counter) -> int:
    with counter.session_factory() as session:
        return int(session.scalar(select(func.count()).select_from(Order)) or 0)


@pytest.fixture
def page(qtbot: QtBot, demo_db_path: Path, clock: Clock) -> Iterator[SalesPage]:
    counter = counter_as_opened(demo_db_path, clock)
    widget = SalesPage(counter)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=3000)
    yield widget
    for dialog in widget.findChildren(QDialog):
        dialog.done(QDialog.DialogCode.Rejected)
    counter.session_factory.kw["bind"].dispose()


def test_a_disk_that_fills_during_a_sale_is_told_and_the_cart_kept(
    qtbot: QtBot, page: SalesPage, demo_db_path: Path
) -> None:
    counter = page.counter
    before = orders(counter)
    for key in ("9", Qt.Key.Key_F1, "9", Qt.Key.Key_F1, "9", Qt.Key.Key_F2):
        press(qtbot, key)  # 27 admissions: the sale needs new pages in the file
    lines = [(line.category_id, line.quantity) for line in page.cart.lines]
    assert sum(q for _, q in lines) == 27
    press(qtbot, Qt.Key.Key_Return)
    payment = modal(qtbot, PaymentDialog)
    assert isinstance(payment, PaymentDialog)
    disk_full(counter)
    press(qtbot, Qt.Key.Key_Return)  # exact cash: settles, the sale is refused by the disk

    expected = message("disk_full", {"folder": str(demo_db_path.parent)}, "fr")
    qtbot.waitUntil(lambda: payment.message.text() == expected, timeout=3000)
    assert expected.startswith("Le disque de ce guichet est plein")
    assert payment.isVisible() and payment.result_sale is None
    assert payment.session.is_settled  # the cash taken is still counted
    assert orders(counter) == before
    assert [(line.category_id, line.quantity) for line in page.cart.lines] == lines

    disk_full(counter, False)  # space freed: Entrée records the same sale
    payment.tendered_edit.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    receipt = modal(qtbot, ReceiptDialog)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not receipt.isVisible())
    assert orders(counter) == before + 1
    assert page.cart.is_empty()
