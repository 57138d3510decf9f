"""Issue 17, part 2, on real widgets over the demo database: a sale's tickets from its receipt
(F8), a copy of one, all as a PDF; the owner chooses how tickets print."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from guichet.domain.cart import Cart
from guichet.models.tables import Organisation, PrintJob
from guichet.services.counter import Counter
from guichet.services.handlers import SaleRecorded
from guichet.ui.admin.organisation import OrganisationSection
from guichet.ui.receipt_view import ReceiptDialog, TicketsDialog
from guichet.ui.receipts import PrintQueueDialog
from tests.conftest import user_id
from tests.ui.admin_helpers import CTRL, focused, show_admin

NBSP = "\u00a0"


def sell(counter: Counter, **quantities: int) -> SaleRecorded:
    occ = next(
        o for o in counter.occurrences(counter.today()) if o.event_name == "Le Malade imaginaire"
    )
    categories = {c.code: c.category_id for c in counter.categories(occ.id)}
    cart = Cart()
    for code, quantity in quantities.items():
        counter.add_to_cart(cart, occ.id, categories[code], quantity)
    payment = counter.payment_session(cart)
    payment.add_cash(payment.cash_due)
    return counter.sell(cart, payment)


def job_kinds(counter: Counter) -> list[str]:
    with counter.session_factory() as session:
        return list(session.scalars(select(PrintJob.kind).order_by(PrintJob.created_at)))


def test_the_receipt_opens_its_tickets_and_a_copy_is_queued(
    qtbot: QtBot, cashier_counter: Counter
) -> None:
    sale = sell(cashier_counter, adult=2, child=1)
    receipt = ReceiptDialog(cashier_counter, sale.receipt_id)
    qtbot.addWidget(receipt)
    assert receipt.tickets_button.isVisibleTo(receipt)
    assert receipt.tickets_button.text() == "Billets (F8)"

    dialog = TicketsDialog(cashier_counter, sale.receipt_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.list.count() == 3
    first = dialog.list.item(0).text().split("\n")
    assert first[0] == f"1. {dialog.tickets[0].code_caption}"
    assert [line.strip() for line in first[1:]] == ["Adulte", "Admission générale"]
    # The view shows the ticket as printed: its own code under its QR code.
    html = dialog.view.toHtml()
    assert dialog.tickets[0].code_caption in html and "Admission générale" in html
    qtbot.keyClick(dialog.list, Qt.Key.Key_Down)
    assert dialog.view.document_shown is dialog.tickets[1]

    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == (
        f"Copie du billet {dialog.tickets[1].code_caption} envoyée à l'imprimante."
    )
    assert job_kinds(cashier_counter)[-1] == "ticket_copy"
    # The print queue's window names the jobs: the receipt, its tickets, the copy.
    from guichet.services.printqueue import PrintQueue
    from guichet.ui.printing import PrintController

    queue = PrintQueue(cashier_counter.session_factory, cashier_counter.terminal_id, None)
    waiting = PrintQueueDialog(cashier_counter, PrintController(queue))
    qtbot.addWidget(waiting)
    number = f"{sale.receipt_number:06d}"
    assert [waiting.table.item(row, 0).text() for row in range(waiting.table.rowCount())] == [
        f"Reçu N° {number}",
        *[f"Billet du reçu N° {number}"] * 3,
        f"Copie d'un billet du reçu N° {number}",
    ]


def test_a_refunded_ticket_shows_void_and_cannot_be_copied_and_the_pdf_holds_the_rest(
    qtbot: QtBot, cashier_counter: Counter, supervisor, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    sale = sell(cashier_counter, adult=3)
    line = cashier_counter.order(sale.order_id).lines[0]
    cashier_counter.refund(sale.order_id, {line.id: 1}, supervisor)
    dialog = TicketsDialog(cashier_counter, sale.receipt_id)
    qtbot.addWidget(dialog)
    dialog.show()
    last = dialog.list.item(2).text()
    assert last.endswith("REMBOURSÉ — NON VALIDE")
    dialog.list.setCurrentRow(2)
    assert not dialog.copy_button.isEnabled()
    assert "REMBOURSÉ — NON VALIDE" in dialog.view.toHtml()
    assert "qr:" not in dialog.view.toHtml()  # no code to scan on a refunded ticket
    dialog.list.setCurrentRow(0)
    assert dialog.copy_button.isEnabled()

    target = tmp_path / "billets.pdf"
    dialog.ask_pdf_path = lambda: str(target)  # type: ignore[method-assign]
    qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == f"2 billets enregistrés en PDF{NBSP}: {target}"
    pdf = pdfium.PdfDocument(target.read_bytes())
    try:
        texts = [page.get_textpage().get_text_range() for page in pdf]
    finally:
        pdf.close()
    assert len(texts) == 2  # one page per valid ticket; the refunded one is left out
    for text, ticket in zip(texts, dialog.tickets[:2], strict=True):
        assert ticket.code_caption in text and "Le Malade imaginaire" in text
    assert dialog.tickets[2].code_caption not in "".join(texts)


def test_the_owner_chooses_combined_ticket_printing(qtbot: QtBot, counter: Counter) -> None:
    counter.login(user_id(counter, "Marie"), "9999")
    window = show_admin(qtbot, counter.back_office(), start="organisation")
    section = window.sections["organisation"]
    assert isinstance(section, OrganisationSection)
    combo: QComboBox = section.form.tickets_combo
    assert combo.isEnabled() and combo.currentData() == "separate"
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Séparés, après le reçu",
        "Sur la bande du reçu",
    ]
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == "combined"
    qtbot.keyClick(focused(), Qt.Key.Key_S, CTRL)
    assert section.message.text() == "Organisation enregistrée."
    with counter.session_factory() as session:
        assert session.scalars(select(Organisation.ticket_printing)).one() == "combined"
    window.close()

    counter.login(user_id(counter, "Sophie"), "1111")
    counter.open_shift(20000)
    sell(counter, adult=2)
    assert job_kinds(counter) == ["receipt_tickets"]

    counter.login(user_id(counter, "Luc"), "2222")
    again = show_admin(qtbot, counter.back_office(), start="organisation")
    read_only = again.sections["organisation"]
    assert isinstance(read_only, OrganisationSection)
    assert read_only.form.tickets_combo.currentData() == "combined"
    assert not read_only.form.tickets_combo.isEnabled()  # supervisors only read it
    again.close()
