"""The back office's Personnel and Historique sections, driven by keyboard like an owner or a
supervisor does, on the real demo SQLite database (Saturday 2026-12-05, noon; Marie is the
owner, Luc the supervisor, Sophie a cashier)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QTableWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from guichet.domain.cart import Cart
from guichet.domain.errors import DomainError
from guichet.models.tables import Order, Shift, User
from guichet.services.counter import Counter
from guichet.ui.admin import AdminWindow
from guichet.ui.admin.history import COL_WHAT, COL_WHO, HistorySection
from guichet.ui.admin.staff import COL_NAME, COL_ROLE, COL_STATUS, StaffSection
from guichet.ui.admin.staff_dialogs import PersonDialog, PinDialog
from guichet.ui.backoffice.promotions import ConfirmDialog
from tests.backoffice_helpers import outbox_types
from tests.conftest import Clock, user_id
from tests.ui.admin_helpers import CTRL, activate, focused, press, show_admin, type_text

NBSP = "\u00a0"


# --- driving the window --------------------------------------------------------------------


def ctrl(qtbot: QtBot, letter: Qt.Key) -> None:
    press(qtbot, letter, CTRL)


def open_admin(qtbot: QtBot, counter: Counter, name: str, pin: str) -> AdminWindow:
    counter.login(user_id(counter, name), pin)
    window = show_admin(qtbot, counter.back_office(), start="staff")
    staff(window).table.setFocus()  # Tab from the list of sections
    return window


def back(qtbot: QtBot, window: AdminWindow) -> None:
    """The dialog closed: the back office has the keyboard again, on the table."""
    activate(qtbot, window)
    qtbot.waitUntil(lambda: staff(window).isAncestorOf(focused()), timeout=3000)


def staff(window: AdminWindow) -> StaffSection:
    section = window.sections["staff"]
    assert isinstance(section, StaffSection)
    return section


def texts(table: QTableWidget, row: int) -> list[str]:
    cells = [table.item(row, column) for column in range(table.columnCount())]
    return [cell.text() if cell is not None else "" for cell in cells]


def row_of(section: StaffSection, name: str) -> list[str]:
    for row in range(section.table.rowCount()):
        if texts(section.table, row)[COL_NAME].startswith(name):
            return texts(section.table, row)
    raise AssertionError(f"nobody called {name!r} in the table")


def choose(section: StaffSection, name: str) -> None:
    section.select(user_id_in(section, name))
    section.table.setFocus()
    assert section.selected is not None and section.selected.name == name


def user_id_in(section: StaffSection, name: str) -> str:
    return next(p.id for p in section.all_people if p.name == name)


def wait_dialog(qtbot: QtBot, get: Callable[[], QDialog | None]) -> QDialog:
    qtbot.waitUntil(lambda: get() is not None and get().isVisible(), timeout=3000)  # type: ignore[union-attr]
    dialog = get()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.isAncestorOf(focused()), timeout=3000)
    return dialog


def person_dialog(qtbot: QtBot, section: StaffSection) -> PersonDialog:
    dialog = wait_dialog(qtbot, lambda: section.person_dialog)
    assert isinstance(dialog, PersonDialog)
    return dialog


def pin_dialog(qtbot: QtBot, section: StaffSection) -> PinDialog:
    dialog = wait_dialog(qtbot, lambda: section.pin_dialog)
    assert isinstance(dialog, PinDialog)
    return dialog


def confirm_dialog(qtbot: QtBot, section: StaffSection) -> ConfirmDialog:
    dialog = wait_dialog(qtbot, lambda: section.confirm_dialog)
    assert isinstance(dialog, ConfirmDialog)
    return dialog


def last_history(window: AdminWindow) -> list[str]:
    """The newest line of the Historique section, as its table shows it (Ctrl+9)."""
    QTest.keyClick(window.nav, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    history = window.sections["history"]
    assert isinstance(history, HistorySection)
    assert window.stack.currentWidget() is history
    row = texts(history.table, 0)
    QTest.keyClick(window.nav, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.sections["staff"]
    staff(window).table.setFocus()
    return row


@pytest.fixture
def marie(qtbot: QtBot, counter: Counter) -> Iterator[AdminWindow]:
    """The owner's back office, on the Personnel section."""
    window = open_admin(qtbot, counter, "Marie", "9999")
    yield window
    window.close()


# --- adding --------------------------------------------------------------------------------


def test_owner_adds_a_cashier_by_keyboard_who_can_then_log_in(
    qtbot: QtBot, marie: AdminWindow, counter: Counter, make_counter: Callable[..., Counter]
) -> None:
    section = staff(marie)
    before = outbox_types(counter)
    press(qtbot, Qt.Key.Key_Insert)
    dialog = person_dialog(qtbot, section)
    assert dialog.name_edit.hasFocus()
    assert [dialog.role_combo.itemText(i) for i in range(dialog.role_combo.count())] == [
        "Caissier",
        "Superviseur",
        "Propriétaire",
    ]
    type_text(dialog.name_edit, "Émilie Côté")
    press(qtbot, Qt.Key.Key_Tab)
    assert dialog.role_combo.hasFocus() and dialog.role.value == "cashier"
    press(qtbot, Qt.Key.Key_Tab)
    assert dialog.pin_edit is not None and dialog.pin_edit.hasFocus()
    type_text(dialog.pin_edit, "4321")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(focused(), "4321")
    press(qtbot, Qt.Key.Key_Return)

    assert not dialog.isVisible()
    back(qtbot, marie)
    assert row_of(section, "Émilie Côté")[COL_ROLE:] == ["Caissier", "Actif"]
    assert section.selected is not None and section.selected.name == "Émilie Côté"
    assert "Émilie Côté" in section.message.text()
    assert "Émilie Côté" in [u.name for u in counter.users()]
    elsewhere = make_counter()
    assert elsewhere.login(user_id(elsewhere, "Émilie"), "4321").name == "Émilie Côté"

    assert outbox_types(counter) == [*before, "user.save"]
    when, who, _counter, what = last_history(marie)
    assert who == "Marie Tremblay"
    assert what == f"Personne ajoutée{NBSP}: Émilie Côté (Caissier)"


def test_two_different_pins_are_refused_and_nothing_is_added(
    qtbot: QtBot, marie: AdminWindow, counter: Counter
) -> None:
    section = staff(marie)
    people = len(counter.users())
    press(qtbot, Qt.Key.Key_Insert)
    dialog = person_dialog(qtbot, section)
    type_text(dialog.name_edit, "Thomas Lavoie")
    assert dialog.pin_edit is not None and dialog.pin_again_edit is not None
    type_text(dialog.pin_edit, "1234")
    type_text(dialog.pin_again_edit, "1243")
    press(qtbot, Qt.Key.Key_Return)

    assert dialog.isVisible()
    said = "Les deux NIP ne sont pas identiques."
    assert dialog.message.text() == said
    assert section.message.text() == said  # under the table too
    assert dialog.pin_edit.text() == "" and dialog.pin_edit.hasFocus()
    assert dialog.name_edit.text() == "Thomas Lavoie"  # kept: only the PIN is typed again
    assert len(counter.users()) == people

    type_text(dialog.pin_edit, "12")
    type_text(dialog.pin_again_edit, "12")
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.message.text() == "Le NIP compte de 4 à 8 chiffres."
    press(qtbot, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert len(counter.users()) == people


def test_a_name_already_used_by_an_active_person_is_refused(
    qtbot: QtBot, marie: AdminWindow, counter: Counter
) -> None:
    section = staff(marie)
    before = outbox_types(counter)
    press(qtbot, Qt.Key.Key_Insert)
    dialog = person_dialog(qtbot, section)
    type_text(dialog.name_edit, "sophie gagnon")
    assert dialog.pin_edit is not None and dialog.pin_again_edit is not None
    type_text(dialog.pin_edit, "1234")
    type_text(dialog.pin_again_edit, "1234")
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "sophie gagnon" in section.message.text() and "déjà" in section.message.text()
    assert outbox_types(counter) == before


def test_a_supervisor_is_offered_only_cashier_and_cannot_deactivate_the_owner(
    qtbot: QtBot, counter: Counter
) -> None:
    window = open_admin(qtbot, counter, "Luc", "2222")
    section = staff(window)
    press(qtbot, Qt.Key.Key_Insert)
    dialog = person_dialog(qtbot, section)
    assert dialog.role_combo.count() == 1 and dialog.role.value == "cashier"
    press(qtbot, Qt.Key.Key_Escape)
    back(qtbot, window)

    choose(section, "Marie Tremblay")
    owner_only = "Seul un propriétaire gère les superviseurs et les propriétaires."
    for button in (section.buttons.edit_button, section.buttons.active_button):
        assert not button.isEnabled()
        assert button.toolTip() == owner_only
    ctrl(qtbot, Qt.Key.Key_D)
    assert section.confirm_dialog is None
    assert section.message.text() == owner_only

    # Even past the window, the back office refuses it in words.
    marie = section.selected
    assert marie is not None
    section.set_active(marie, False)
    assert section.message.text() == owner_only
    assert row_of(section, "Marie Tremblay")[COL_STATUS] == "Actif"
    assert "Marie Tremblay" in [u.name for u in counter.users()]
    window.close()


def test_the_last_active_owner_cannot_be_deactivated_nor_demoted(
    qtbot: QtBot, marie: AdminWindow, counter: Counter
) -> None:
    section = staff(marie)
    before = outbox_types(counter)
    choose(section, "Marie Tremblay")
    assert row_of(section, "Marie Tremblay")[COL_NAME] == "Marie Tremblay (vous)"
    last_owner = f"C'est le dernier propriétaire actif{NBSP}: il faut d'abord en nommer un autre."
    ctrl(qtbot, Qt.Key.Key_D)
    assert section.confirm_dialog is None
    assert section.message.text() == last_owner
    me = section.selected
    assert me is not None
    section.set_active(me, False)  # the handler refuses it too
    assert section.message.text() == last_owner

    press(qtbot, Qt.Key.Key_Return)
    dialog = person_dialog(qtbot, section)
    assert dialog.role.value == "owner"
    dialog.role_combo.setFocus()
    press(qtbot, Qt.Key.Key_Up)  # Propriétaire -> Superviseur
    assert dialog.role.value == "supervisor"
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.message.text() == last_owner
    assert section.message.text() == last_owner
    press(qtbot, Qt.Key.Key_Escape)
    back(qtbot, marie)
    with counter.session_factory() as session:
        owner = session.get(User, me.id)
        assert owner is not None and owner.role == "owner" and owner.active
    assert outbox_types(counter) == before


# --- deactivating, unlocking, PINs ---------------------------------------------------------


def test_deactivating_a_cashier_who_worked_keeps_her_shift_and_orders(
    qtbot: QtBot, make_counter: Callable[..., Counter], counter: Counter
) -> None:
    cashier = make_counter()
    sophie = user_id(cashier, "Sophie")
    cashier.login(sophie, "1111")
    cashier.open_shift(20000)
    occurrence = cashier.occurrences(cashier.today())[-1]  # the evening show: not ended
    category = cashier.categories(occurrence.id)[0]
    cart = Cart()
    cashier.add_to_cart(cart, occurrence.id, category.category_id, 2)
    payment = cashier.payment_session(cart)
    payment.add_cash(payment.cash_due)
    cashier.sell(cart, payment)

    window = open_admin(qtbot, counter, "Marie", "9999")
    section = staff(window)
    choose(section, "Sophie Gagnon")
    ctrl(qtbot, Qt.Key.Key_D)
    dialog = confirm_dialog(qtbot, section)
    assert dialog.cancel_button.isDefault()  # Entrée keeps her active
    assert dialog.cancel_button.text() == "Ne pas désactiver (Échap)"
    press(qtbot, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    back(qtbot, window)
    assert "Sophie Gagnon" in [u.name for u in counter.users()]

    ctrl(qtbot, Qt.Key.Key_D)
    dialog = confirm_dialog(qtbot, section)
    dialog.accept_button.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    assert not dialog.isVisible()
    back(qtbot, window)

    last = section.table.rowCount() - 1
    assert texts(section.table, last) == ["Sophie Gagnon", "Caissier", "Désactivé"]
    assert section.buttons.active_button.text() == "Réactiver (Ctrl+D)"
    assert "Sophie Gagnon" not in [u.name for u in counter.users()]
    with pytest.raises(DomainError) as refused:
        make_counter().login(sophie, "1111")
    assert refused.value.code == "unknown_user"
    with counter.session_factory() as session:
        assert session.scalar(select(func.count()).where(Shift.user_id == sophie)) == 1
        assert session.scalar(select(func.count()).where(Order.user_id == sophie)) == 1
        assert session.get(User, sophie) is not None
    _when, who, _counter, what = last_history(window)
    assert (who, what) == ("Marie Tremblay", f"Personne désactivée{NBSP}: Sophie Gagnon")
    assert outbox_types(counter)[-1] == "user.set_active"

    section.list.show_inactive.setChecked(False)
    shown = [texts(section.table, r)[COL_NAME] for r in range(section.table.rowCount())]
    assert "Sophie Gagnon" not in shown
    section.list.show_inactive.setChecked(True)
    choose(section, "Sophie Gagnon")
    ctrl(qtbot, Qt.Key.Key_D)  # reactivating needs no confirmation
    assert row_of(section, "Sophie Gagnon")[COL_STATUS] == "Actif"
    assert make_counter().login(sophie, "1111").name == "Sophie Gagnon"
    window.close()


def test_unlock_after_five_wrong_pins_lets_her_log_in_again(
    qtbot: QtBot, marie: AdminWindow, make_counter: Callable[..., Counter], counter: Counter,
    clock: Clock,
) -> None:
    cashier = make_counter()
    sophie = user_id(cashier, "Sophie")
    for _attempt in range(5):
        with pytest.raises(DomainError):
            cashier.login(sophie, "0000")
    with pytest.raises(DomainError) as locked:
        cashier.login(sophie, "1111")
    assert locked.value.code == "user_locked"

    section = staff(marie)
    section.refresh()
    choose(section, "Sophie Gagnon")
    assert row_of(section, "Sophie Gagnon")[COL_STATUS] == f"Bloqué jusqu'à 12{NBSP}h{NBSP}05"
    assert section.buttons.unlock_button.isEnabled()
    ctrl(qtbot, Qt.Key.Key_U)
    assert row_of(section, "Sophie Gagnon")[COL_STATUS] == "Actif"
    assert not section.buttons.unlock_button.isEnabled()
    assert cashier.login(sophie, "1111").name == "Sophie Gagnon"
    _when, who, _counter, what = last_history(marie)
    assert (who, what) == ("Marie Tremblay", f"Personne débloquée{NBSP}: Sophie Gagnon")
    assert outbox_types(counter)[-1] == "user.unlock"


def test_a_new_pin_replaces_the_old_one(
    qtbot: QtBot, marie: AdminWindow, make_counter: Callable[..., Counter], counter: Counter
) -> None:
    section = staff(marie)
    choose(section, "Sophie Gagnon")
    ctrl(qtbot, Qt.Key.Key_N)
    dialog = pin_dialog(qtbot, section)
    assert dialog.pin_edit.hasFocus()
    type_text(dialog.pin_edit, "2468")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(focused(), "2486")
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.message.text() == "Les deux NIP ne sont pas identiques."
    cashier = make_counter()
    sophie = user_id(cashier, "Sophie")
    assert cashier.login(sophie, "1111").name == "Sophie Gagnon"  # nothing changed

    type_text(dialog.pin_edit, "2468")
    type_text(dialog.pin_again_edit, "2468")
    press(qtbot, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    back(qtbot, marie)
    assert section.message.text() == f"Nouveau NIP enregistré pour «{NBSP}Sophie Gagnon{NBSP}»."
    with pytest.raises(DomainError) as wrong:
        cashier.login(sophie, "1111")
    assert wrong.value.code == "wrong_pin"
    assert cashier.login(sophie, "2468").name == "Sophie Gagnon"
    _when, who, _counter, what = last_history(marie)
    assert (who, what) == ("Marie Tremblay", f"NIP changé{NBSP}: Sophie Gagnon")
    assert outbox_types(counter)[-1] == "user.set_pin"


def test_owner_promotes_a_cashier_and_the_history_says_so(
    qtbot: QtBot, marie: AdminWindow, counter: Counter
) -> None:
    section = staff(marie)
    choose(section, "Sophie Gagnon")
    press(qtbot, Qt.Key.Key_Return)
    dialog = person_dialog(qtbot, section)
    dialog.name_edit.selectAll()
    type_text(dialog.name_edit, "Sophie Gagnon-Roy")
    dialog.role_combo.setFocus()
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    back(qtbot, marie)
    assert row_of(section, "Sophie Gagnon-Roy")[COL_ROLE] == "Superviseur"
    _when, who, _counter, what = last_history(marie)
    assert who == "Marie Tremblay"
    assert what == (
        f"Personne modifiée{NBSP}: Sophie Gagnon-Roy — nom «{NBSP}Sophie Gagnon{NBSP}» → "
        f"«{NBSP}Sophie Gagnon-Roy{NBSP}», rôle Caissier → Superviseur"
    )
    assert outbox_types(counter)[-1] == "user.save"


def test_history_filters_by_kind(qtbot: QtBot, marie: AdminWindow) -> None:
    section = staff(marie)
    choose(section, "Sophie Gagnon")
    assert section.selected is not None
    assert section.save_pin(section.selected, "2468", "2468") is None
    history = marie.show_section("history")
    assert isinstance(history, HistorySection)
    kinds = {
        history.table.item(r, COL_WHAT).text().split(NBSP)[0]
        for r in range(history.table.rowCount())
    }
    assert {"NIP changé", "Événement ajouté", "Lieu ajouté"} <= kinds
    history.set_kind("staff")
    whats = [history.table.item(r, COL_WHAT).text() for r in range(history.table.rowCount())]
    assert whats[0] == f"NIP changé{NBSP}: Sophie Gagnon"
    assert all(w.startswith(("Personne", "NIP")) for w in whats)
    assert history.table.item(0, COL_WHO).text() == "Marie Tremblay"
    history.set_kind("counters")
    assert all(
        history.table.item(r, COL_WHAT).text().startswith("Guichet")
        for r in range(history.table.rowCount())
    )
