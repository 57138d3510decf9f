"""Login, opening and closing a shift, on real widgets over the demo database."""

from __future__ import annotations

import sys
import types

import pytest
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from guichet.domain.cart import Cart
from guichet.domain.cash import CAD_DENOMINATIONS
from guichet.i18n.formatting import money
from guichet.services.counter import Counter
from guichet.services.handlers import SaleRecorded
from guichet.ui.login import LoginPage
from guichet.ui.shift import CloseShiftDialog, OpenShiftPage, denomination_label
from tests.conftest import Clock, user_id


def sell_cash(counter: Counter, event_name: str = "Le Malade imaginaire", **quantities: int
              ) -> SaleRecorded:
    occ = next(o for o in counter.occurrences(counter.today()) if o.event_name == event_name
               and o.remaining >= sum(quantities.values()))
    categories = {c.code: c.category_id for c in counter.categories(occ.id)}
    cart = Cart()
    for code, quantity in quantities.items():
        counter.add_to_cart(cart, occ.id, categories[code], quantity)
    payment = counter.payment_session(cart)
    payment.add_cash(payment.cash_due)
    return counter.sell(cart, payment)


def breakdown(amount: int) -> dict[int, int]:
    """Notes and coins adding up to ``amount`` (a multiple of 5 cents)."""
    counts: dict[int, int] = {}
    for denomination in CAD_DENOMINATIONS:
        counts[denomination], amount = divmod(amount, denomination)
    assert amount == 0
    return {d: n for d, n in counts.items() if n}


@pytest.fixture
def login_page(qtbot: QtBot, counter: Counter) -> LoginPage:
    page = LoginPage(counter)
    qtbot.addWidget(page)
    page.show()
    return page


def type_pin(qtbot: QtBot, page: LoginPage, pin: str) -> None:
    qtbot.keyClicks(page.pin_edit, pin)
    qtbot.keyClick(page.pin_edit, Qt.Key.Key_Return)


# --- login ---------------------------------------------------------------------------


def test_login_by_keyboard(qtbot: QtBot, login_page: LoginPage, counter: Counter) -> None:
    page = login_page
    assert page.selected_user is None  # three people: nobody is preselected
    names = [b.text().splitlines()[0] for b in page.user_buttons]
    assert names == ["Luc Bouchard", "Marie Tremblay", "Sophie Gagnon"]
    assert [b.text().splitlines()[1] for b in page.user_buttons] == [
        "Superviseur", "Propriétaire", "Caissier"
    ]
    qtbot.keyClick(page.pin_edit, Qt.Key.Key_Down)
    assert page.selected_user is not None and page.selected_user.name == "Luc Bouchard"
    qtbot.keyClick(page.pin_edit, Qt.Key.Key_Up)  # wraps to the last one
    assert page.selected_user.name == "Sophie Gagnon"
    qtbot.keyClick(page.pin_edit, Qt.Key.Key_Tab)  # Tab goes on to the next, wrapping
    assert page.selected_user.name == "Luc Bouchard"
    qtbot.keyClick(page.pin_edit, Qt.Key.Key_Backtab)
    assert page.selected_user.name == "Sophie Gagnon"
    assert page.user_buttons[2].isChecked()

    qtbot.keyClicks(page.pin_edit, "1111")
    assert page.pin_edit.echoMode() == page.pin_edit.EchoMode.Password
    with qtbot.waitSignal(page.loggedIn, timeout=2000) as blocker:
        qtbot.keyClick(page.pin_edit, Qt.Key.Key_Return)
    actor = blocker.args[0]
    assert actor.name == "Sophie Gagnon" and counter.actor == actor
    assert page.pin_edit.text() == ""


def test_login_by_touch(qtbot: QtBot, login_page: LoginPage, counter: Counter) -> None:
    page = login_page
    qtbot.mouseClick(page.user_buttons[0], Qt.MouseButton.LeftButton)  # Luc
    for digit in "2222":
        qtbot.mouseClick(page.keypad.buttons[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.keypad.buttons["back"], Qt.MouseButton.LeftButton)
    assert page.pin_edit.text() == "222"
    qtbot.mouseClick(page.keypad.buttons["2"], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(page.loggedIn, timeout=2000) as blocker:
        qtbot.mouseClick(page.keypad.buttons["ok"], Qt.MouseButton.LeftButton)
    assert blocker.args[0].name == "Luc Bouchard"


def test_pin_without_a_user_asks_to_choose(qtbot: QtBot, login_page: LoginPage,
                                           counter: Counter) -> None:
    page = login_page
    with qtbot.assertNotEmitted(page.loggedIn):
        type_pin(qtbot, page, "1111")
    assert "Touchez d'abord votre nom" in page.message.text()
    assert counter.actor is None


def test_single_user_is_preselected(qtbot: QtBot, counter: Counter,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    only = [u for u in counter.users() if u.name.startswith("Sophie")]
    monkeypatch.setattr(counter, "users", lambda: only)
    page = LoginPage(counter)
    qtbot.addWidget(page)
    assert page.selected_user is not None and page.selected_user.name == "Sophie Gagnon"


def test_wrong_pin_shows_red_message_and_clears(qtbot: QtBot, login_page: LoginPage,
                                                counter: Counter) -> None:
    page = login_page
    page.select_user(user_id(counter, "Sophie"))
    with qtbot.assertNotEmitted(page.loggedIn):
        type_pin(qtbot, page, "1234")
    assert page.message.text() == "NIP incorrect. Encore 4 essais."
    assert page.message.property("role") == "error"
    assert page.pin_edit.text() == ""
    assert counter.actor is None


def test_five_wrong_pins_lock_the_user_until_the_lock_ends(
    qtbot: QtBot, login_page: LoginPage, counter: Counter, clock: Clock
) -> None:
    page = login_page
    sophie = user_id(counter, "Sophie")
    page.select_user(sophie)
    for left, word in ((4, "essais"), (3, "essais"), (2, "essais"), (1, "essai")):
        type_pin(qtbot, page, "0000")
        assert page.message.text() == f"NIP incorrect. Encore {left} {word}."
    type_pin(qtbot, page, "0000")
    assert page.message.text() == (
        "NIP incorrect 5 fois\u00a0: utilisateur bloqué pendant 5 minutes."
    )
    button = page.user_buttons[[u.id for u in page.users].index(sophie)]
    assert "bloqué jusqu'à 12\u00a0h\u00a005" in button.text()
    assert page.selected_user is not None and page.selected_user.id == sophie

    # The sixth attempt is refused even with the right PIN.
    with qtbot.assertNotEmitted(page.loggedIn):
        type_pin(qtbot, page, "1111")
    assert "Utilisateur bloqué" in page.message.text() and "min" in page.message.text()
    assert counter.actor is None

    clock.advance(minutes=6)
    page.refresh()
    assert "bloqué" not in button.text() and "bloqué" not in page.user_buttons[2].text()
    page.select_user(sophie)
    with qtbot.waitSignal(page.loggedIn, timeout=2000):
        type_pin(qtbot, page, "1111")
    assert counter.actor is not None and counter.actor.user_id == sophie


def test_choosing_a_locked_user_says_so(qtbot: QtBot, login_page: LoginPage,
                                        counter: Counter) -> None:
    luc = user_id(counter, "Luc")
    for _ in range(5):
        with pytest.raises(Exception):  # noqa: B017 - DomainError, counted by the counter
            counter.login(luc, "0000")
    login_page.refresh()
    login_page.select_user(luc)
    assert login_page.message.text() == (
        "Utilisateur bloqué après 5 NIP incorrects. Réessayez dans 5 min."
    )


# --- opening a shift -----------------------------------------------------------------


@pytest.fixture
def sophie_logged_in(counter: Counter) -> Counter:
    counter.login(user_id(counter, "Sophie"), "1111")
    return counter


def test_open_shift_by_keyboard(qtbot: QtBot, sophie_logged_in: Counter) -> None:
    counter = sophie_logged_in
    page = OpenShiftPage(counter)
    qtbot.addWidget(page)
    page.show()
    assert page.amount_edit.text() == "200,00"
    assert page.amount_edit.selectedText() == "200,00"  # typing replaces it
    assert "Sophie Gagnon" in page.greeting.text()
    qtbot.keyClicks(page.amount_edit, "150,5")
    with qtbot.waitSignal(page.shiftOpened, timeout=2000) as blocker:
        qtbot.keyClick(page.amount_edit, Qt.Key.Key_Return)
    shift = blocker.args[0]
    assert shift.opening_float == 15050
    current = counter.current_shift()
    assert current is not None and current.id == shift.id


def test_open_shift_with_keypad_and_default_float(qtbot: QtBot, sophie_logged_in: Counter
                                                  ) -> None:
    page = OpenShiftPage(sophie_logged_in)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.shiftOpened, timeout=2000) as blocker:
        qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].opening_float == 20000


def test_open_shift_refuses_a_bad_amount(qtbot: QtBot, sophie_logged_in: Counter) -> None:
    page = OpenShiftPage(sophie_logged_in)
    qtbot.addWidget(page)
    page.show()
    for digit in "12":
        qtbot.mouseClick(page.keypad.buttons[digit], Qt.MouseButton.LeftButton)
    for key in (",", "3", "4", "5"):
        qtbot.mouseClick(page.keypad.buttons[key], Qt.MouseButton.LeftButton)
    assert page.amount_edit.text() == "12,345"
    with qtbot.assertNotEmitted(page.shiftOpened):
        qtbot.keyClick(page.amount_edit, Qt.Key.Key_Return)
    assert page.message.text() == "Montant invalide\u00a0: tapez par exemple 20 ou 12,50."
    assert sophie_logged_in.current_shift() is None


def test_open_shift_page_logout_button(qtbot: QtBot, sophie_logged_in: Counter) -> None:
    page = OpenShiftPage(sophie_logged_in)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.logoutRequested, timeout=1000):
        qtbot.mouseClick(page.logout_button, Qt.MouseButton.LeftButton)


# --- closing a shift -----------------------------------------------------------------


def test_denomination_labels() -> None:
    assert denomination_label(2000) == "20\u00a0$"
    assert denomination_label(25) == "0,25\u00a0$"
    assert denomination_label(10000, "en") == "$100"


def test_close_shift_counts_over_short_and_z_report(qtbot: QtBot, cashier_counter: Counter
                                                    ) -> None:
    counter = cashier_counter
    sale = sell_cash(counter, adult=2, child=1)
    cash_in = next(m.amount for m in counter.shift_summary().by_method if m.method == "cash")
    expected = 20000 + cash_in
    assert cash_in in (sale.total - 2, sale.total + 2, sale.total - 1, sale.total + 1,
                       sale.total)  # nickel rounding

    dialog = CloseShiftDialog(counter)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.expected == expected
    assert dialog.expected_label.text() == money(expected)

    # Nothing counted yet: everything is missing.
    assert dialog.difference_caption.text() == "Manque"
    assert dialog.difference_label.text() == money(-expected)
    assert dialog.difference_label.text().startswith("\u2212")  # a true minus, not a hyphen

    # Type the counts with the keyboard; Enter moves on and never closes the shift.
    counts = breakdown(expected - 25)  # a quarter short
    for denomination in CAD_DENOMINATIONS:
        spin = dialog.spins[denomination]
        spin.setFocus()
        spin.selectAll()
        qtbot.keyClicks(spin, str(counts.get(denomination, 0)))
        qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert dialog.isVisible() and counter.current_shift() is not None
    assert dialog.counted == expected - 25
    assert dialog.counted_label.text() == money(expected - 25)
    assert dialog.difference_caption.text() == "Manque"
    assert dialog.difference_caption.property("role") == "error"
    assert dialog.difference_label.text() == money(-25)

    # Touch: one more quarter makes it even, and one more dollar is over.
    qtbot.mouseClick(dialog.step_buttons[25][1], Qt.MouseButton.LeftButton)
    assert dialog.difference == 0 and dialog.difference_caption.text() == "Juste"
    assert dialog.difference_caption.property("role") == "ok"
    dialog.spins[100].setValue(dialog.spins[100].value() + 1)
    assert dialog.difference == 100
    assert dialog.difference_caption.text() == "Excédent"
    assert dialog.difference_label.text() == money(100)
    assert dialog.line_labels[100].text() == money(100 * dialog.spins[100].value())

    dialog.note_edit.setText("Un dollar de trop")
    with qtbot.waitSignal(dialog.shiftClosed, timeout=2000):
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    result = dialog.closed_result
    assert result is not None
    assert (result.expected_cash, result.counted_cash, result.over_short) == (
        expected, expected + 100, 100
    )
    assert counter.current_shift() is None
    assert not dialog.isVisible()

    zreport = dialog.zreport_dialog
    assert zreport is not None
    qtbot.addWidget(zreport)
    assert zreport.isVisible()
    text = zreport.document_view.toPlainText().replace("\u00a0", " ")
    assert money(expected + 100).replace("\u00a0", " ") in text  # the counted total
    assert money(expected).replace("\u00a0", " ") in text
    rows = {r.label: r.value for s in zreport.document.sections for r in s.rows}
    assert money(expected + 100) in rows.values()
    assert "Z 0001" in rows.values()
    assert zreport.close_button.isDefault()
    qtbot.mouseClick(zreport.close_button, Qt.MouseButton.LeftButton)
    assert not zreport.isVisible()


def test_zreport_saves_a_pdf(qtbot: QtBot, cashier_counter: Counter, tmp_path) -> None:  # type: ignore[no-untyped-def]
    counter = cashier_counter
    sell_cash(counter, adult=1)
    result = counter.close_shift({2000: 10}, "")
    from guichet.ui.zreport import ZReportDialog

    dialog = ZReportDialog(counter, result.shift_id)
    qtbot.addWidget(dialog)
    assert dialog.default_file_name() == "rapport-z-0001.pdf"
    target = tmp_path / "z.pdf"
    assert dialog.save_pdf(target)
    assert target.read_bytes().startswith(b"%PDF")
    assert dialog.message.property("role") == "ok"
    assert not dialog.save_pdf(tmp_path / "missing-folder" / "z.pdf")
    assert dialog.message.property("role") == "error"


# --- the main window ------------------------------------------------------------------


class _StandInSalesPage(QWidget):
    """Used only while guichet.ui.sales is not written yet."""

    saleCompleted = Signal(object)
    refundRequested = Signal()
    receiptsRequested = Signal()
    closeShiftRequested = Signal()
    logoutRequested = Signal()

    def __init__(self, counter: Counter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.refreshed = 0

    def refresh(self) -> None:
        self.refreshed += 1


@pytest.fixture
def sales_module(monkeypatch: pytest.MonkeyPatch) -> None:
    try:
        import guichet.ui.sales  # noqa: F401
    except ImportError:
        module = types.ModuleType("guichet.ui.sales")
        module.SalesPage = _StandInSalesPage  # type: ignore[attr-defined]
        monkeypatch.setitem(sys.modules, "guichet.ui.sales", module)


def test_main_window_login_open_shift_sales_close_and_logout(
    qtbot: QtBot, counter: Counter, sales_module: None
) -> None:
    from guichet.ui.main_window import MainWindow

    window = MainWindow(counter)
    qtbot.addWidget(window)
    window.show()
    assert window.windowTitle() == f"Guichet — {counter.organisation.name}"
    assert window.minimumWidth() == 1024 and window.minimumHeight() == 700
    assert window.stack.currentWidget() is window.login_page
    assert window.user_label.text() == "Aucune session"

    page = window.login_page
    page.select_user(user_id(counter, "Sophie"))
    type_pin(qtbot, page, "1111")
    assert window.stack.currentWidget() is window.open_shift_page
    assert window.user_label.text() == "Sophie Gagnon"
    qtbot.keyClick(window.open_shift_page.amount_edit, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.sales_page
    assert window.shift_label.text() == "Quart ouvert à 12\u00a0h"
    assert window.place_label.text() == f"{counter.organisation.name} · Caisse 1"
    assert window.clock_label.text() == "12\u00a0h\u00a000"
    assert window.clock_label.toolTip() == "samedi 5 décembre 2026"

    # Logging out and in again goes straight back to sales: the shift is still open.
    assert window.sales_page is not None
    window.sales_page.logoutRequested.emit()
    assert counter.actor is None and window.stack.currentWidget() is window.login_page
    page.select_user(user_id(counter, "Sophie"))
    type_pin(qtbot, page, "1111")
    assert window.stack.currentWidget() is window.sales_page

    window.sales_page.closeShiftRequested.emit()
    dialog = window.close_shift_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.set_counts({2000: 10})
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert counter.current_shift() is None and counter.actor is None
    assert window.stack.currentWidget() is window.login_page
    assert window.zreport_dialog is not None and window.zreport_dialog.isVisible()
    window.zreport_dialog.accept()
