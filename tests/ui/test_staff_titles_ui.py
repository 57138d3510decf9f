"""Issue 16, part 6, in the windows: « Caissière » at log-in and in the Personnel section for
a woman whose title was said feminine; real plurals (« 1 billet », « 3 billets »); the float
keypad's decimal key in the counter's language, and the amount read in it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from guichet.domain.auth import Role
from guichet.domain.cart import Cart
from guichet.models.tables import User
from guichet.services.counter import Counter
from guichet.ui.admin.staff import COL_ROLE, COL_STATUS
from guichet.ui.admin.staff_dialogs import PersonDialog
from guichet.ui.app import install_language
from guichet.ui.login import LoginPage, role_name
from guichet.ui.payment import PaymentDialog
from guichet.ui.shift import OpenShiftPage
from tests.conftest import user_id
from tests.ui.admin_helpers import show_admin
from tests.ui.test_admin_staff import row_of, staff

NBSP = "\u00a0"


@pytest.fixture
def english(qapp: QApplication) -> Iterator[QApplication]:
    previous = QLocale()
    install_language(qapp, "en")
    try:
        yield qapp
    finally:
        install_language(qapp, "fr")
        QLocale.setDefault(previous)


def feminine(factory: sessionmaker[Session], name: str) -> None:
    with factory() as session, session.begin():
        session.scalars(select(User).where(User.name == name)).one().title_form = "feminine"


def button_of(page: LoginPage, name: str) -> str:
    return next(b.text() for b in page.user_buttons if b.text().startswith(name))


# --- titles ----------------------------------------------------------------------------------


def test_the_windows_say_the_titles_of_guichet_i18n_titles(english: QApplication) -> None:
    """The Qt words (the windows) and the Qt-free ones (receipts, CLI) are the same."""
    from guichet.i18n.titles import role_title

    for lang in ("en", "fr"):
        install_language(english, lang)
        for role in Role:
            for form in ("feminine", "masculine", ""):
                assert role_name(role, form) == role_title(role.value, lang, form)


def test_she_is_caissiere_at_log_in(
    qtbot: QtBot, make_counter: Callable[..., Counter], demo_factory: sessionmaker[Session]
) -> None:
    feminine(demo_factory, "Sophie Gagnon")
    counter = make_counter()
    page = LoginPage(counter)
    qtbot.addWidget(page)
    assert button_of(page, "Sophie") == "Sophie Gagnon\nCaissière"
    assert button_of(page, "Luc") == "Luc Bouchard\nSuperviseur"  # never said: as before
    with demo_factory() as session, session.begin():
        sophie = session.scalars(select(User).where(User.name == "Sophie Gagnon")).one()
        sophie.locked_until = counter.clock() + timedelta(minutes=5)
    page.refresh()
    assert "Caissière · bloquée jusqu'à" in button_of(page, "Sophie")


def test_english_titles_have_one_form(
    english: QApplication,
    qtbot: QtBot,
    make_counter: Callable[..., Counter],
    demo_factory: sessionmaker[Session],
) -> None:
    feminine(demo_factory, "Sophie Gagnon")
    page = LoginPage(make_counter(lang="en"))
    qtbot.addWidget(page)
    assert button_of(page, "Sophie") == "Sophie Gagnon\nCashier"


def test_an_owner_adds_a_superviseure_in_the_personnel_section(
    qtbot: QtBot, counter: Counter
) -> None:
    counter.login(user_id(counter, "Marie"), "9999")
    window = show_admin(qtbot, counter.back_office(), start="staff")
    section = staff(window)
    section.add()
    dialog = section.person_dialog
    assert isinstance(dialog, PersonDialog)
    assert [dialog.title_form_combo.itemText(i) for i in range(2)] == [
        "Féminin (caissière, superviseure)",
        "Masculin (caissier, superviseur)",
    ]
    dialog.name_edit.setText("Émilie Côté")
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("supervisor"))
    dialog.title_form_combo.setCurrentIndex(dialog.title_form_combo.findData("feminine"))
    assert dialog.pin_edit is not None and dialog.pin_again_edit is not None
    dialog.pin_edit.setText("4321")
    dialog.pin_again_edit.setText("4321")
    dialog.save()
    row = row_of(section, "Émilie Côté")
    assert (row[COL_ROLE], row[COL_STATUS]) == ("Superviseure", "Active")
    assert row_of(section, "Sophie Gagnon")[COL_ROLE] == "Caissier"

    # Changed back to the masculine: the change dialog starts on her form, and keeps it.
    section.select(next(p.id for p in section.all_people if p.name == "Émilie Côté"))
    section.edit()
    change = section.person_dialog
    assert isinstance(change, PersonDialog) and change.title_form == "feminine"
    change.title_form_combo.setCurrentIndex(change.title_form_combo.findData("masculine"))
    change.save()
    assert row_of(section, "Émilie Côté")[COL_ROLE] == "Superviseur"


# --- plurals ----------------------------------------------------------------------------------


def _cart(counter: Counter, quantity: int) -> Cart:
    occ = counter.next_occurrence(counter.occurrences(counter.today()))
    assert occ is not None
    cart = Cart()
    counter.add_to_cart(cart, occ.id, counter.categories(occ.id)[0].category_id, quantity)
    return cart


@pytest.mark.parametrize(("quantity", "shown"), [(1, "1 billet"), (3, "3 billets")])
def test_the_payment_says_billet_or_billets(
    qtbot: QtBot, cashier_counter: Counter, quantity: int, shown: str
) -> None:
    dialog = PaymentDialog(cashier_counter, _cart(cashier_counter, quantity))
    qtbot.addWidget(dialog)
    assert dialog.tickets_label.text() == shown


def test_the_payment_says_tickets_in_english(
    english: QApplication, qtbot: QtBot, make_counter: Callable[..., Counter]
) -> None:
    counter = make_counter(lang="en")
    counter.login(user_id(counter, "Sophie"), "1111")
    counter.open_shift(20000)
    for quantity, shown in ((1, "1 ticket"), (3, "3 tickets")):
        dialog = PaymentDialog(counter, _cart(counter, quantity))
        qtbot.addWidget(dialog)
        assert dialog.tickets_label.text() == shown


def test_the_personnel_counts_people_with_plurals(
    english: QApplication, qtbot: QtBot, counter: Counter
) -> None:
    counter.login(user_id(counter, "Marie"), "9999")
    install_language(english, "fr")
    section = staff(show_admin(qtbot, counter.back_office(), start="staff"))
    assert section.summary.text() == f"3{NBSP}personnes actives"
    install_language(english, "en")
    section.refresh()
    assert section.summary.text() == "3 active people"


# --- the float keypad -------------------------------------------------------------------------


def test_the_float_keypad_has_a_comma_in_french(qtbot: QtBot, counter: Counter) -> None:
    counter.login(user_id(counter, "Sophie"), "1111")
    page = OpenShiftPage(counter)
    qtbot.addWidget(page)
    assert "," in page.keypad.buttons and "." not in page.keypad.buttons
    assert page.amount_edit.text() == "200,00"


def test_the_float_keypad_has_a_point_in_english(
    english: QApplication, qtbot: QtBot, make_counter: Callable[..., Counter]
) -> None:
    counter = make_counter(lang="en")
    counter.login(user_id(counter, "Sophie"), "1111")
    page = OpenShiftPage(counter)
    qtbot.addWidget(page)
    page.show()
    assert "." in page.keypad.buttons and "," not in page.keypad.buttons
    assert page.keypad.buttons["."].text() == "."
    assert page.keypad.buttons["."].toolTip() == "Decimal point"
    assert page.amount_edit.text() == "200.00"
    page.amount_edit.clear()
    for key in ("1", "2", "5", ".", "5", "0"):
        qtbot.mouseClick(page.keypad.buttons[key], Qt.MouseButton.LeftButton)
    assert page.amount_edit.text() == "125.50"
    with qtbot.waitSignal(page.shiftOpened, timeout=2000) as opened:
        qtbot.keyClick(page.amount_edit, Qt.Key.Key_Return)
    assert opened.args[0].opening_float == 12550


def test_an_english_float_with_a_thousands_comma(
    english: QApplication, qtbot: QtBot, make_counter: Callable[..., Counter]
) -> None:
    counter = make_counter(lang="en")
    counter.login(user_id(counter, "Sophie"), "1111")
    page = OpenShiftPage(counter)
    qtbot.addWidget(page)
    page.amount_edit.setText("1,250.00")
    with qtbot.waitSignal(page.shiftOpened, timeout=2000) as opened:
        page.submit()
    assert opened.args[0].opening_float == 125000
