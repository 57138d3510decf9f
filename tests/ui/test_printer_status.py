"""Issue 16, part 2: the printer status tells the truth.

On the real main window, sales page and receipt windows, with python-escpos's real network
printer (to a local port where nothing listens) or no printer at all: no printer is said in
words (amber), never "prête"; "envoyé à l'imprimante" only when a job was queued for a
configured printer; a job that fails turns the status and the receipt to its error at once.
Every sale is recorded whatever the printer does.
"""

from __future__ import annotations

import socket
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from guichet.services.counter import Counter
from guichet.services.printqueue import PrintQueue
from guichet.ui.main_window import MainWindow
from guichet.ui.printing import PrintController
from guichet.ui.receipt_view import ReceiptDialog
from tests.conftest import user_id
from tests.ui.test_full_sale_by_keyboard import press, wait_for_dialog

NBSP = "\u00a0"
AMBER = "#9a6700"


def closed_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def open_counter(make_counter: Callable[..., Counter], printing: bool) -> Counter:
    """Sophie logged in with a shift open, on a counter whose settings have (or not) a
    printer (as startup.start builds it from settings.json)."""
    counter = make_counter(printing_enabled=printing)
    counter.login(user_id(counter, "Sophie"), "1111")
    counter.open_shift(20000)
    return counter


def main_window(qtbot: QtBot, counter: Counter, controller: PrintController) -> MainWindow:
    window = MainWindow(counter, controller)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert window.sales_page is not None and window.stack.currentWidget() is window.sales_page
    return window


def sell_one_adult(qtbot: QtBot) -> ReceiptDialog:
    """1 F1 Entrée Entrée: one adult for the next show, exact cash; the receipt on screen."""
    press(qtbot, "1", Qt.Key.Key_F1, Qt.Key.Key_Return)
    wait_for_dialog(qtbot, "PaymentDialog")
    press(qtbot, Qt.Key.Key_Return)
    wait_for_dialog(qtbot, "ReceiptDialog")
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, ReceiptDialog)
    return dialog


def texts(dialog: ReceiptDialog) -> str:
    return " ".join(label.text() for label in dialog.findChildren(QLabel))


def test_no_printer_is_said_in_amber_and_nothing_claims_to_be_sent(
    qtbot: QtBot, make_counter: Callable[..., Counter]
) -> None:
    counter = open_counter(make_counter, printing=False)
    queue = PrintQueue(counter.session_factory, counter.terminal_id, None)  # no "printer"
    controller = PrintController(queue)
    window = main_window(qtbot, counter, controller)

    button = window.printer_button
    assert button.full_text == "Aucune imprimante configurée."
    assert button.property("level") == "warn" and AMBER in button.styleSheet()
    assert "prête" not in button.full_text

    receipt = sell_one_adult(qtbot)
    assert len(counter.receipts()) == 1  # the sale is recorded
    assert receipt.printed_label.text() == (
        f"Reçu non imprimé (aucune imprimante). «{NBSP}Enregistrer en PDF{NBSP}» en garde "
        "une copie."
    )
    assert receipt.printed_label.property("role") == "warn"
    assert "envoy" not in texts(receipt)

    press(qtbot, Qt.Key.Key_F5)  # reprint: nothing would print it
    assert receipt.message.text() == f"Copie non imprimée{NBSP}: aucune imprimante configurée."
    assert receipt.message.property("role") == "warn"
    assert "envoy" not in texts(receipt)
    assert counter.print_jobs(("pending", "failed", "printed")) == []  # nothing dropped silently
    qtbot.wait(50)
    assert button.full_text == "Aucune imprimante configurée."
    assert button.property("level") == "warn"

    press(qtbot, Qt.Key.Key_Return)  # "Terminer"
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    window.sales_page.receiptsRequested.emit()  # F9, the shift's receipts: reprint there too
    receipts = window.receipts_dialog
    assert receipts is not None and receipts.isVisible()
    receipts.table.selectRow(0)
    qtbot.mouseClick(receipts.reprint_button, Qt.MouseButton.LeftButton)
    number = f"{counter.receipts()[0].number:06d}"
    assert receipts.message.text() == f"Copie du reçu N° {number} non imprimée (aucune imprimante)."
    assert receipts.message.property("role") == "warn"
    assert counter.print_jobs(("pending", "failed", "printed")) == []
    assert counter.receipts()[0].id  # still there
    receipts.accept()
    window.close()


def test_a_failing_printer_turns_the_status_and_the_receipt_to_the_error_at_once(
    qtbot: QtBot, make_counter: Callable[..., Counter]
) -> None:
    counter = open_counter(make_counter, printing=True)
    # python-escpos's Network printer, to a local port where nothing listens: refused.
    queue = PrintQueue(
        counter.session_factory, counter.terminal_id, f"tcp:127.0.0.1:{closed_port()}"
    )
    controller = PrintController(queue)
    window = main_window(qtbot, counter, controller)
    button = window.printer_button
    assert button.full_text == "Imprimante\u00a0: prête" and button.property("level") == "ok"

    receipt = sell_one_adult(qtbot)
    assert len(counter.receipts()) == 1  # recorded, whatever the printer does
    # The job was queued for a configured printer: "envoyé" is true until it fails...
    qtbot.waitUntil(lambda: button.property("level") == "error", timeout=10_000)
    # The receipt and the sale's ticket wait (the run stops at the first failure).
    assert button.full_text == "Imprimante hors ligne ou éteinte. 2 documents en attente."
    # ...and the receipt on screen says so too, without waiting for anything else.
    assert receipt.printed_label.property("role") == "error"
    assert receipt.printed_label.text() == (
        f"Non imprimé{NBSP}: Imprimante hors ligne ou éteinte. Le reçu attend dans la file "
        "de l'imprimante (barre d'état, en bas à droite)."
    )
    assert "envoy" not in texts(receipt)

    # F5: the copy is queued for the configured printer and sent at once (not at the next
    # sale); it fails the same way and the status counts it.
    with qtbot.waitSignal(controller.finished, timeout=10_000):
        press(qtbot, Qt.Key.Key_F5)
        assert receipt.message.text() == "Copie envoyée à l'imprimante"
    assert [j.kind for j in counter.print_jobs()] == ["receipt", "ticket", "reprint"]
    assert counter.print_jobs()[0].status == "failed"
    assert button.full_text == "Imprimante hors ligne ou éteinte. 3 documents en attente."
    assert receipt.printed_label.property("role") == "error"
    assert "envoy" not in texts(receipt)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    window.close()


def test_a_pdf_folder_receives_each_receipt_and_the_receipt_names_the_folder(
    qtbot: QtBot, make_counter: Callable[..., Counter], tmp_path: Path
) -> None:
    counter = open_counter(make_counter, printing=True)
    folder = tmp_path / "recus"
    folder.mkdir()
    queue = PrintQueue(counter.session_factory, counter.terminal_id, f"pdf:{folder}")
    controller = PrintController(queue)
    window = main_window(qtbot, counter, controller)

    receipt = sell_one_adult(qtbot)
    number = f"{counter.receipts()[0].number:06d}"
    qtbot.waitUntil(lambda: receipt.printed_label.property("role") == "ok", timeout=10_000)
    assert receipt.printed_label.text() == f"Reçu enregistré en PDF dans le dossier {folder}"
    assert (folder / f"recu-{number}.pdf").read_bytes().startswith(b"%PDF-")
    assert window.printer_button.full_text == "Imprimante\u00a0: prête"

    with qtbot.waitSignal(controller.finished, timeout=10_000):
        press(qtbot, Qt.Key.Key_F5)
    assert receipt.message.text() == f"Copie envoyée en PDF dans le dossier {folder}"
    copies = sorted(p.name for p in folder.iterdir() if not p.name.startswith("billet-"))
    assert len(copies) == 2 and f"recu-{number}.pdf" in copies  # the first one is kept
    # The sale's ticket has its own file, named after its code (issue 17).
    assert len([p for p in folder.iterdir() if p.name.startswith("billet-")]) == 1
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    window.close()
