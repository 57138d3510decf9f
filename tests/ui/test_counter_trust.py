"""Issue 16, "Trust at the counter" (parts 1 and 14), on the real windows and the real
keyboard path, on the demo database (Saturday 2026-12-05, noon; the page preselects
Bain libre 13 h, one ↓ is Les Belles-sœurs 14 h).

Part 1: a destructive confirmation defaults to the safe answer; Entrée never empties the cart,
not even after a refused code. Part 14: the last sale's message goes at log-out, the on-screen
receipt draws its QR code, the refund's cash to hand back is as large as a sale's change.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import qrcode
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from guichet.domain.cart import Cart
from guichet.domain.promotions import Promotion, Targeting, percent_off
from guichet.i18n.formatting import money
from guichet.services.counter import Counter
from guichet.services.handlers import SaleRecorded
from guichet.services.promotions import PromotionAdmin
from guichet.ui.payment import PaymentDialog
from guichet.ui.receipt_view import ReceiptDialog
from guichet.ui.refund import RefundDialog
from guichet.ui.sales import SalesPage
from tests.ui.test_keys_issue16 import press, wait_for_dialog
from tests.ui.test_sales import Keyboard, modal


@pytest.fixture
def page(qtbot: QtBot, cashier_counter: Counter) -> Iterator[SalesPage]:
    widget = SalesPage(cashier_counter)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=3000)
    yield widget
    for dialog in widget.findChildren(QDialog):
        dialog.done(QDialog.DialogCode.Rejected)


@pytest.fixture
def keyboard(qtbot: QtBot) -> Keyboard:
    return Keyboard(qtbot)


def ask_to_clear(qtbot: QtBot, keyboard: Keyboard) -> QMessageBox:
    keyboard.press(Qt.Key.Key_Escape)  # "Vider le panier (Échap)": asks first
    box = modal(qtbot, QMessageBox)
    assert isinstance(box, QMessageBox)
    return box


# --- part 1: Entrée never destroys ----------------------------------------------------------


def test_enter_on_the_clear_cart_question_keeps_the_cart(
    qtbot: QtBot, page: SalesPage, keyboard: Keyboard
) -> None:
    for key in (Qt.Key.Key_F1, Qt.Key.Key_F2):
        keyboard.press(key)
    lines = list(page.cart.lines)
    assert len(lines) == 2

    box = ask_to_clear(qtbot, keyboard)
    keep = box.escapeButton()
    assert box.defaultButton() is keep  # the safe answer is the default one
    assert QApplication.focusWidget() is keep
    keyboard.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not box.isVisible())
    assert page.cart.lines == lines and page.cart_table.rowCount() == 2
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page)

    box = ask_to_clear(qtbot, keyboard)
    keyboard.press(Qt.Key.Key_Enter)  # the keypad's Entrée keeps it too
    qtbot.waitUntil(lambda: not box.isVisible())
    assert page.cart.lines == lines
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page)

    box = ask_to_clear(qtbot, keyboard)
    keyboard.press("v")  # emptying is a deliberate key: "Vider le panier (V)"
    qtbot.waitUntil(lambda: page.cart.is_empty())
    assert page.cart_table.rowCount() == 0


def test_refused_code_then_escape_and_enter_keep_the_cart(
    qtbot: QtBot, cashier_counter: Counter, supervisor, keyboard: Keyboard  # type: ignore[no-untyped-def]
) -> None:
    counter = cashier_counter
    admin = PromotionAdmin(
        counter.session_factory, counter.terminal_id, lambda: supervisor, lang="fr",
        clock=counter.clock,
    )
    pid = admin.save(Promotion(id="", name_fr="Découverte", effect=percent_off(20),
                               targeting=Targeting()))
    admin.add_custom_code(pid, "DECOUVERTE", None)
    page = SalesPage(counter)  # made after the promotion: the code field is offered
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page, timeout=3000)

    for key in ("2", Qt.Key.Key_F1):
        keyboard.press(key)
    lines = list(page.cart.lines)
    keyboard.press(Qt.Key.Key_F6)
    assert QApplication.focusWidget() is page.code_edit
    qtbot.keyClicks(page.code_edit, "DECOUVRETE")  # mistyped
    keyboard.press(Qt.Key.Key_Return)
    assert page.message.property("role") == "error"

    # The cashier believes the keyboard is still in the field: Échap to leave it, Entrée.
    box = ask_to_clear(qtbot, keyboard)
    keyboard.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not box.isVisible())
    assert page.cart.lines == lines
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page)
    for dialog in page.findChildren(QDialog):
        dialog.done(QDialog.DialogCode.Rejected)


# --- part 14: small things seen on the way ----------------------------------------------


def test_log_out_clears_the_last_sale_message(qtbot: QtBot, counter: Counter) -> None:
    from guichet.ui.main_window import MainWindow

    window = MainWindow(counter)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    # Users by name (Luc, Marie, Sophie): Sophie logs in and opens her shift.
    press(qtbot, Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Down, "1111", Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Return)
    page = window.sales_page
    assert page is not None and window.stack.currentWidget() is page

    press(qtbot, Qt.Key.Key_F1, Qt.Key.Key_Return)
    wait_for_dialog(qtbot, PaymentDialog)
    press(qtbot, Qt.Key.Key_Return)  # exact cash
    wait_for_dialog(qtbot, ReceiptDialog)
    press(qtbot, Qt.Key.Key_Return)  # "Terminer"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page)  # ready for the next one
    assert page.message.text().startswith("Vente n° ")

    press(qtbot, Qt.Key.Key_F11)  # Sophie leaves
    assert counter.actor is None and window.stack.currentWidget() is window.login_page
    assert page.message.text() == ""
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.login_page.pin_edit)
    press(qtbot, Qt.Key.Key_Down, "2222", Qt.Key.Key_Return)  # Luc (first), same shift
    assert counter.actor is not None and counter.actor.name == "Luc Bouchard"
    assert window.stack.currentWidget() is page
    assert page.message.text() == ""  # not Sophie's sale
    window.close()


def test_on_screen_receipt_draws_the_qr_code(
    qtbot: QtBot, page: SalesPage, keyboard: Keyboard
) -> None:
    sales: list[SaleRecorded] = []
    page.saleCompleted.connect(sales.append)
    for key in (Qt.Key.Key_F1, Qt.Key.Key_Return):
        keyboard.press(key)
    modal(qtbot, PaymentDialog)
    keyboard.press(Qt.Key.Key_Return)  # exact cash
    receipt = modal(qtbot, ReceiptDialog)
    assert isinstance(receipt, ReceiptDialog)
    payload = receipt.document.qr_payload
    assert payload and payload == sales[0].order_code

    html = receipt.view.toHtml()
    assert "[QR]" not in html and "qr:0" in html
    image = receipt.view.document().resource(
        QTextDocument.ResourceType.ImageResource, QUrl("qr:0")
    )
    assert isinstance(image, QImage) and not image.isNull()
    # Module by module, the picture is the order code's QR code (what a scanner reads).
    code = qrcode.QRCode(border=2, error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(payload)
    code.make(fit=True)
    matrix = code.get_matrix()
    scale = image.width() // len(matrix)
    assert scale >= 3 and image.width() == image.height() == scale * len(matrix)
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            pixel = QColor(image.pixel(x * scale + scale // 2, y * scale + scale // 2))
            assert (pixel.lightness() < 128) == dark, (x, y)
    keyboard.press(Qt.Key.Key_Return)  # "Terminer"
    qtbot.waitUntil(lambda: not receipt.isVisible())


def test_refund_cash_to_hand_back_is_as_large_as_a_sales_change(
    qtbot: QtBot, cashier_counter: Counter
) -> None:
    counter = cashier_counter
    occ = next(o for o in counter.occurrences(counter.today())
               if o.event_name == "Le Malade imaginaire")
    adult = counter.categories(occ.id)[0]
    cart = Cart()
    counter.add_to_cart(cart, occ.id, adult.category_id, 2)
    paying = PaymentDialog(counter, cart)
    qtbot.addWidget(paying)
    sale_change = paying.change_label.font()  # the sale's look
    payment = counter.payment_session(cart)
    payment.add_cash(payment.cash_due)
    sale = counter.sell(cart, payment)

    dialog = RefundDialog(counter)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.change_label.isVisible()
    qtbot.keyClicks(dialog.code_edit, sale.order_code)
    qtbot.keyClick(dialog.code_edit, Qt.Key.Key_Return)
    qtbot.mouseClick(dialog.all_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.pin_edit, "2222")  # Luc approves
    with qtbot.waitSignal(dialog.refunded, timeout=2000):
        qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Return)
    result = dialog.refund_result
    assert result is not None and result.cash_out > 0

    label = dialog.change_label
    assert label.isVisible()
    assert label.text() == f"À rendre en espèces\u00a0: {money(result.cash_out, 'fr')}"
    assert label.font().pointSize() == sale_change.pointSize() >= 26
    assert label.font().bold() and sale_change.bold()
    assert label.fontInfo().pointSize() > dialog.message.fontInfo().pointSize()
