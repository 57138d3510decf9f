"""Issue 2, part 11: a complete sale by keyboard, from the login window to the bytes a real
python-escpos printer receives."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from guichet.printing.document import Document
from guichet.services.check import run_checks
from guichet.services.counter import Counter
from guichet.services.printqueue import PrintQueue
from guichet.ui.main_window import MainWindow
from guichet.ui.printing import PrintController


def press(qtbot: QtBot, *keys: Qt.Key | str) -> None:
    """Type into whatever has the keyboard focus, as a cashier's keyboard would."""
    for key in keys:
        target = QApplication.focusWidget()
        assert target is not None, "nothing has the keyboard focus"
        if isinstance(key, str):
            qtbot.keyClicks(target, key)
        else:
            qtbot.keyClick(target, key)


def wait_for_dialog(qtbot: QtBot, class_name: str) -> None:
    """A person looks at the screen before typing on: wait until the dialog has the keyboard."""

    def ready() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None and type(dialog).__name__ == class_name
        focus = QApplication.focusWidget()
        assert focus is not None and dialog.isAncestorOf(focus)

    qtbot.waitUntil(ready)


def test_login_open_shift_sell_pay_cash_and_print(
    qtbot: QtBot, counter: Counter, tmp_path: Path
) -> None:
    receipt_file = tmp_path / "printer.bin"
    queue = PrintQueue(
        counter.session_factory, counter.terminal_id, f"file:{receipt_file}", lang="fr"
    )
    # The File printer rewrites its file for each job: keep each job's bytes.
    printed: list[bytes] = []
    send = queue.print_fn

    def keep(document: Document, uri: str) -> None:
        send(document, uri)
        printed.append(receipt_file.read_bytes())

    queue.print_fn = keep
    controller = PrintController(queue)
    window = MainWindow(counter, controller)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)

    # Login: the users are listed by name (Luc, Marie, Sophie): three steps down to Sophie.
    press(qtbot, Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Down, "1111", Qt.Key.Key_Return)
    assert counter.actor is not None and counter.actor.name == "Sophie Gagnon"
    # Open the shift with the proposed 200,00 $ float.
    press(qtbot, Qt.Key.Key_Return)
    shift = counter.current_shift()
    assert shift is not None and shift.opening_float == 20000

    # The sale: 2 adults + 1 child for the next show (Bain libre 13 h), exact cash, receipt.
    press(qtbot, "2", Qt.Key.Key_F1, Qt.Key.Key_F2, Qt.Key.Key_Return)
    wait_for_dialog(qtbot, "PaymentDialog")
    with qtbot.waitSignal(controller.finished, timeout=10_000):
        press(qtbot, Qt.Key.Key_Return)  # exact cash is proposed
        wait_for_dialog(qtbot, "ReceiptDialog")
    press(qtbot, Qt.Key.Key_Return)  # "Terminer" on the receipt
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)

    receipts = counter.receipts()
    assert [r.total for r in receipts] == [2558]  # 2 × 8,50 + 5,25 = 22,25 + TPS + TVQ
    assert len(printed) == 4  # the receipt, then one ticket per admission (issue 17)
    data = printed[0]
    assert b"25,58 $" in data  # the total, as printed (CP850: plain ASCII here)
    assert b"Bain libre" in data
    assert b"\x1dV" in data  # the cut
    with counter.session_factory() as session:
        assert run_checks(session) == []
