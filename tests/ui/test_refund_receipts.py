"""Refunds, receipts and the print queue, on real widgets over the demo database."""

from __future__ import annotations

import socket
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session, sessionmaker

from guichet.domain.cart import Cart
from guichet.i18n.formatting import money
from guichet.printing.document import Document
from guichet.services.counter import Counter
from guichet.services.handlers import SaleRecorded
from guichet.services.printqueue import PrintQueue
from guichet.services.setup import LocalSetup
from guichet.ui.printing import PrintController
from guichet.ui.receipts import PrintQueueDialog, ReceiptsDialog
from guichet.ui.refund import RefundDialog
from tests.conftest import user_id

SHOW = "Le Malade imaginaire"


def sell_cash(counter: Counter, **quantities: int) -> SaleRecorded:
    occ = next(o for o in counter.occurrences(counter.today()) if o.event_name == SHOW
               and o.remaining >= sum(quantities.values()))
    categories = {c.code: c.category_id for c in counter.categories(occ.id)}
    cart = Cart()
    for code, quantity in quantities.items():
        counter.add_to_cart(cart, occ.id, categories[code], quantity)
    payment = counter.payment_session(cart)
    payment.add_cash(payment.cash_due)
    return counter.sell(cart, payment)


def cash_total(counter: Counter) -> int:
    return sum(m.amount for m in counter.shift_summary().by_method if m.method == "cash")


def click(qtbot: QtBot, widget: object) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


def spaced(text: str) -> str:
    return text.replace("\u00a0", " ")


# --- refunds -------------------------------------------------------------------------


def test_refund_one_ticket_with_a_supervisor_pin(qtbot: QtBot, cashier_counter: Counter
                                                 ) -> None:
    counter = cashier_counter
    sale = sell_cash(counter, adult=2, child=1)
    order = counter.order(sale.order_id)
    adult = next(line for line in order.lines if line.quantity == 2)
    occurrence_id = next(
        o.id for o in counter.occurrences(counter.today()) if o.event_name == SHOW
        and o.sold == 3
    )
    remaining_before = counter.occurrence(occurrence_id).remaining
    cash_before = cash_total(counter)

    dialog = RefundDialog(counter)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.refund_button.isEnabled()
    # Typed the way a cashier reads it from the receipt: lower case, spaces and dashes.
    code = sale.order_code.lower()
    qtbot.keyClicks(dialog.code_edit, f"{code[:5]} {code[5:10]}-{code[10:]}")
    qtbot.keyClick(dialog.code_edit, Qt.Key.Key_Return)
    assert dialog.order is not None and dialog.order.id == sale.order_id
    assert set(dialog.spins) == {line.id for line in order.lines}
    assert dialog.spins[adult.id].maximum() == 2

    dialog.set_quantity(adult.id, 1)
    assert dialog.estimate() == adult.total // 2
    assert spaced(money(adult.total // 2)) in spaced(dialog.estimate_label.text())
    assert dialog.supervisor_combo.currentText().startswith("Luc Bouchard")
    for digit in "2222":
        click(qtbot, dialog.keypad.buttons[digit])
    assert dialog.pin_edit.text() == "2222"
    with qtbot.waitSignal(dialog.refunded, timeout=2000):
        click(qtbot, dialog.refund_button)

    result = dialog.refund_result
    assert result is not None and result.total == adult.total // 2
    assert dialog.message.property("role") == "ok"
    message = spaced(dialog.message.text())
    assert spaced(money(result.total)) in message and spaced(money(result.cash_out)) in message
    assert dialog.isVisible()  # the cashier reads what to give back, then closes
    assert dialog.pin_edit.text() == ""
    assert dialog.spins[adult.id].maximum() == 1  # one adult ticket left to refund

    # The place is back on sale; the refund is a negative cash payment in the shift.
    assert counter.occurrence(occurrence_id).remaining == remaining_before + 1
    summary = counter.shift_summary()
    assert summary.refunds_count == 1 and summary.refunds_total == result.total
    assert cash_total(counter) == cash_before - result.cash_out
    assert counter.order(sale.order_id).refunded_total == result.total

    click(qtbot, dialog.close_button)
    assert dialog.result() == dialog.DialogCode.Accepted


def test_refund_everything_by_card_from_the_receipts_list(qtbot: QtBot,
                                                          cashier_counter: Counter) -> None:
    counter = cashier_counter
    sell_cash(counter, adult=1)
    sale = sell_cash(counter, adult=1, child=1)
    dialog = RefundDialog(counter)
    qtbot.addWidget(dialog)
    index = dialog.receipt_combo.findData(sale.order_id)
    assert index > 0 and dialog.receipt_combo.count() == 3  # prompt + two sales
    dialog.receipt_combo.setCurrentIndex(index)
    dialog.receipt_combo.activated.emit(index)
    assert dialog.order is not None and dialog.order.id == sale.order_id
    click(qtbot, dialog.all_button)
    assert sum(dialog.quantities().values()) == 2
    click(qtbot, dialog.method_buttons["card"])
    assert dialog.method == "card"
    dialog.reason_edit.setText("Spectacle reporté")
    dialog.supervisor_combo.setCurrentIndex(dialog.supervisor_combo.findData(
        user_id(counter, "Marie")))
    qtbot.keyClicks(dialog.pin_edit, "9999")
    qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Return)
    result = dialog.refund_result
    assert result is not None and result.total == sale.total
    assert "sur la carte" in dialog.message.text()
    assert counter.order(sale.order_id).status == "refunded"
    card = [m for m in counter.shift_summary().by_method if m.method == "card"]
    assert card and card[0].amount == -sale.total


def test_bad_code_is_refused_without_closing(qtbot: QtBot, cashier_counter: Counter) -> None:
    sell_cash(cashier_counter, adult=1)
    dialog = RefundDialog(cashier_counter)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.code_edit, "ABCDE-FGHJK")
    qtbot.keyClick(dialog.code_edit, Qt.Key.Key_Return)
    assert dialog.message.text() == "Code invalide\u00a0: vérifiez le code."
    assert dialog.order is None and dialog.isVisible()


def test_refund_refused_with_a_cashier_pin(qtbot: QtBot, cashier_counter: Counter) -> None:
    counter = cashier_counter
    sale = sell_cash(counter, adult=2)
    dialog = RefundDialog(counter, order_code=sale.order_code)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.order is not None
    # Only supervisors and owners can approve.
    approvers = [dialog.supervisor_combo.itemData(i)
                 for i in range(dialog.supervisor_combo.count())]
    assert approvers == [user_id(counter, "Luc"), user_id(counter, "Marie")]
    click(qtbot, dialog.all_button)

    # Sophie types her own PIN on Luc's name: refused.
    qtbot.keyClicks(dialog.pin_edit, "1111")
    with qtbot.assertNotEmitted(dialog.refunded):
        click(qtbot, dialog.refund_button)
    assert dialog.message.text() == "NIP incorrect. Encore 4 essais."
    assert dialog.isVisible() and dialog.refund_result is None

    # A cashier as the approver (e.g. demoted since the list was made): refused too.
    dialog.supervisor_combo.addItem("Sophie Gagnon", user_id(counter, "Sophie"))
    dialog.supervisor_combo.setCurrentIndex(dialog.supervisor_combo.count() - 1)
    qtbot.keyClicks(dialog.pin_edit, "1111")
    with qtbot.assertNotEmitted(dialog.refunded):
        qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Return)
    assert dialog.message.text() == "Il faut le NIP d'un superviseur."
    assert dialog.isVisible() and dialog.refund_result is None
    assert counter.shift_summary().refunds_count == 0
    assert counter.order(sale.order_id).refunded_total == 0


def test_nothing_chosen_is_refused(qtbot: QtBot, cashier_counter: Counter) -> None:
    sale = sell_cash(cashier_counter, adult=1)
    dialog = RefundDialog(cashier_counter, order_code=sale.order_code)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.pin_edit, "2222")
    dialog.do_refund()
    assert dialog.message.text() == "Choisissez au moins une ligne à rembourser."
    assert dialog.refund_result is None


# --- receipts ------------------------------------------------------------------------


def test_receipts_dialog_view_reprint_and_refund(qtbot: QtBot, cashier_counter: Counter
                                                 ) -> None:
    counter = cashier_counter
    first = sell_cash(counter, adult=1)
    second = sell_cash(counter, child=2)
    dialog = ReceiptsDialog(counter)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(0, 0).text() == f"{second.receipt_number:06d}"  # newest first
    assert dialog.table.item(0, 2).text() == "Vente"
    assert spaced(dialog.table.item(0, 3).text()) == spaced(money(second.total))

    dialog.select_receipt(first.receipt_id)
    click(qtbot, dialog.view_button)
    assert dialog.preview.document_shown.qr_payload == first.order_code

    with qtbot.waitSignal(dialog.reprintQueued, timeout=1000) as blocker:
        click(qtbot, dialog.reprint_button)
    job_id = blocker.args[0]
    jobs = {j.id: j for j in counter.print_jobs(("pending",))}
    assert jobs[job_id].kind == "reprint" and jobs[job_id].receipt_id == first.receipt_id
    copy = counter.receipt_document(first.receipt_id, reprint=True)
    assert dialog.preview.document_shown == copy
    assert copy != counter.receipt_document(first.receipt_id)  # marked as a copy
    assert "Copie du reçu" in dialog.message.text()

    click(qtbot, dialog.refund_button)
    refund = dialog.refund_dialog
    assert refund is not None and refund.isVisible()
    assert refund.order is not None and refund.order.id == first.order_id
    click(qtbot, refund.all_button)
    qtbot.keyClicks(refund.pin_edit, "2222")
    with qtbot.waitSignal(dialog.refunded, timeout=2000):
        qtbot.keyClick(refund.pin_edit, Qt.Key.Key_Return)
    click(qtbot, refund.close_button)
    # The list now shows the refund receipt, whose refund button is off.
    assert dialog.table.rowCount() == 3
    assert dialog.table.item(0, 2).text() == "Remboursement"
    assert spaced(dialog.table.item(0, 3).text()) == spaced(money(-first.total))
    dialog.table.selectRow(0)
    assert not dialog.refund_button.isEnabled()


# --- printing ------------------------------------------------------------------------


def closed_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def queue(demo_factory: sessionmaker[Session], demo: LocalSetup) -> PrintQueue:
    return PrintQueue(demo_factory, demo.terminal_id, f"tcp:127.0.0.1:{closed_port()}")


def test_printer_off_keeps_the_sale_then_retry_prints_it(
    qtbot: QtBot, cashier_counter: Counter, queue: PrintQueue, tmp_path: Path
) -> None:
    counter = cashier_counter
    controller = PrintController(queue)
    statuses: list[tuple[str, str]] = []
    controller.statusChanged.connect(lambda level, text: statuses.append((level, text)))

    sale = sell_cash(counter, adult=1)
    with qtbot.waitSignal(controller.finished, timeout=10_000) as blocker:
        controller.kick()
    outcomes = blocker.args[0]
    assert [(o.ok, o.error_code) for o in outcomes] == [(False, "offline")]
    job, ticket = counter.print_jobs()  # the receipt, then the sale's one ticket (issue 17)
    assert job.status == "failed" and job.last_error.startswith("offline")
    assert (ticket.kind, ticket.status) == ("ticket", "pending")
    assert statuses[-1] == (
        "error", "Imprimante hors ligne ou éteinte. 2 documents en attente."
    )
    assert [r.id for r in counter.receipts()] == [sale.receipt_id]  # the sale is kept

    dialog = PrintQueueDialog(counter, controller)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(0, 0).text() == f"Reçu N° {sale.receipt_number:06d}"
    assert dialog.table.item(1, 0).text() == f"Billet du reçu N° {sale.receipt_number:06d}"
    assert dialog.table.item(0, 1).text() == "Échec"
    assert dialog.table.item(0, 3).text() == "Imprimante hors ligne ou éteinte."
    assert dialog.status_label.property("role") == "error"

    # The printer is back (another address here): "Réessayer tout" prints it.
    out = tmp_path / "out.bin"
    queue.printer_uri = f"file:{out}"
    with qtbot.waitSignal(controller.finished, timeout=10_000) as blocker:
        click(qtbot, dialog.retry_button)
    assert [o.ok for o in blocker.args[0]] == [True, True]
    assert out.stat().st_size > 0
    assert counter.print_jobs() == []
    assert statuses[-1] == ("ok", "Imprimante\u00a0: prête")
    assert dialog.table.rowCount() == 0 and dialog.status_label.text() == "Imprimante\u00a0: prête"


def test_cancel_a_waiting_copy(qtbot: QtBot, cashier_counter: Counter, queue: PrintQueue
                               ) -> None:
    counter = cashier_counter
    sale = sell_cash(counter, adult=1)
    counter.reprint(sale.receipt_id)
    controller = PrintController(queue)
    dialog = PrintQueueDialog(counter, controller)
    qtbot.addWidget(dialog)
    assert [dialog.table.item(r, 0).text() for r in range(3)] == [  # type: ignore[union-attr]
        f"Reçu N° {sale.receipt_number:06d}",
        f"Billet du reçu N° {sale.receipt_number:06d}",
        f"Copie du reçu N° {sale.receipt_number:06d}",
    ]
    assert dialog.table.item(0, 1).text() == "En attente"
    dialog.table.selectRow(2)
    with qtbot.waitSignal(controller.statusChanged, timeout=1000) as blocker:
        click(qtbot, dialog.cancel_job_button)
    assert blocker.args == ["warn", "Imprimante\u00a0: 2 documents en attente."]
    assert [j.kind for j in counter.print_jobs()] == ["receipt", "ticket"]
    assert dialog.table.rowCount() == 2


def test_kicks_while_printing_run_once_more_after(
    qtbot: QtBot, cashier_counter: Counter, demo_factory: sessionmaker[Session],
    demo: LocalSetup
) -> None:
    counter = cashier_counter
    release = threading.Event()
    printed: list[str] = []
    threads: set[int] = set()

    def slow_print(document: Document, uri: str) -> None:
        threads.add(threading.get_ident())
        assert release.wait(5)
        printed.append(document.title)

    queue = PrintQueue(demo_factory, demo.terminal_id, "dummy:", print_fn=slow_print)
    controller = PrintController(queue)
    runs: list[list[object]] = []
    controller.finished.connect(runs.append)
    sell_cash(counter, adult=1)
    controller.kick()
    assert controller.running
    sell_cash(counter, child=1)  # the UI is never blocked by printing
    controller.kick()
    controller.kick()  # several kicks while running make one more run
    release.set()
    qtbot.waitUntil(lambda: len(runs) == 2 and not controller.running, timeout=10_000)
    qtbot.waitUntil(lambda: not controller._threads, timeout=5_000)  # threads are released
    # Each sale: its receipt and its one ticket.
    assert printed == ["REÇU", "BILLET", "REÇU", "BILLET"]
    assert threading.get_ident() not in threads
    assert sum(len(r) for r in runs) == 4
    assert controller.status == ("ok", "Imprimante\u00a0: prête")


# --- the main window -----------------------------------------------------------------


def test_main_window_prints_after_a_sale_and_opens_the_dialogs(
    qtbot: QtBot, cashier_counter: Counter, queue: PrintQueue
) -> None:
    from guichet.ui.main_window import MainWindow

    counter = cashier_counter
    controller = PrintController(queue)
    window = MainWindow(counter, controller)
    qtbot.addWidget(window)
    window.show()
    assert window.sales_page is not None and window.stack.currentWidget() is window.sales_page
    assert window.printer_button.full_text == "Imprimante\u00a0: prête"

    sale = sell_cash(counter, adult=1)
    with qtbot.waitSignal(controller.finished, timeout=10_000):
        window.sales_page.saleCompleted.emit(sale)
    assert window.printer_button.full_text == (  # the receipt and the sale's ticket
        "Imprimante hors ligne ou éteinte. 2 documents en attente."
    )
    assert window.printer_button.property("level") == "error"

    click(qtbot, window.printer_button)
    assert window.print_queue_dialog is not None and window.print_queue_dialog.isVisible()
    assert window.print_queue_dialog.table.rowCount() == 2
    window.print_queue_dialog.accept()

    window.sales_page.receiptsRequested.emit()
    assert window.receipts_dialog is not None and window.receipts_dialog.isVisible()
    assert window.receipts_dialog.table.rowCount() == 1
    window.receipts_dialog.accept()

    window.sales_page.refundRequested.emit()
    refund = window.refund_dialog
    assert refund is not None and refund.isVisible() and refund.order is None
    refund.code_edit.setText(sale.order_code)
    refund.find_code()
    refund.select_all()
    refund.pin_edit.setText("2222")
    with qtbot.waitSignal(controller.finished, timeout=10_000):  # the refund receipt too
        refund.do_refund()
    assert refund.refund_result is not None
    refund.accept()
    window.close()
