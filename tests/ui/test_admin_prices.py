"""The Prix et catégories section of the back office, driven by keyboard as a box-office
manager does, on the real demo SQLite database (Saturday 2026-12-05, noon; Marie is the
owner): price lists typed "12,50" or "8.25" kept in cents, copied, withdrawn, deleted or
refused with what uses them; categories added and moved onto the counter's F-keys."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from guichet.domain.errors import DomainError
from guichet.services.backoffice import BackOffice
from guichet.services.backoffice.views import EventDraft
from guichet.services.counter import Counter
from guichet.ui.admin.price_categories import COL_CODE, COL_KEY, CategoryDialog
from guichet.ui.admin.price_list_editor import NameDialog, PriceListDialog
from guichet.ui.admin.prices import PricesSection
from guichet.ui.backoffice.promotions import ConfirmDialog
from tests.conftest import DEMO_DAY, user_id
from tests.ui.admin_helpers import activate, press, show_admin, type_here

NBSP = "\u00a0"


@pytest.fixture
def office(counter: Counter) -> BackOffice:
    counter.login(user_id(counter, "Marie"), "9999")
    return counter.back_office()


@pytest.fixture
def section(qtbot: QtBot, office: BackOffice) -> Iterator[PricesSection]:
    window = show_admin(qtbot, office, start="prices")
    prices = window.sections["prices"]
    assert isinstance(prices, PricesSection)
    prices.lists.table.setFocus()
    yield prices
    window.close()


def dialog_of(qtbot: QtBot, kind: type[QWidget]) -> QWidget:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), kind), timeout=3000)
    dialog = QApplication.activeWindow()
    assert isinstance(dialog, kind)
    return dialog


def select_list(qtbot: QtBot, section: PricesSection, name: str) -> None:
    """Back in the window (a dialog just closed), on the row of the list ``name``."""
    activate(qtbot, section.window())
    panel = section.lists
    panel.table.selectRow(next(i for i, p in enumerate(panel.lists) if p.name == name))
    panel.table.setFocus()


def category_ids(office: BackOffice) -> dict[str, str]:
    return {c.code: c.id for c in office.prices.categories()}


def theatre_date(counter: Counter) -> str:
    return next(
        o.id for o in counter.occurrences(DEMO_DAY) if o.event_name == "Le Malade imaginaire"
    )


def test_a_price_list_typed_as_in_quebec_is_kept_in_cents_copied_withdrawn_and_deleted(
    qtbot: QtBot, section: PricesSection, office: BackOffice
) -> None:
    codes = category_ids(office)
    press(qtbot, Qt.Key.Key_Insert)
    dialog = dialog_of(qtbot, PriceListDialog)
    assert isinstance(dialog, PriceListDialog)
    type_here("Été 2027")
    adult, child, senior = (dialog.field(codes[c]) for c in ("adult", "child", "senior"))
    adult.edit.setFocus()
    type_here("12,50")
    child.edit.setFocus()
    type_here("8.25")
    assert [adult.key_label.text(), child.key_label.text()] == ["F1", "F2"]
    # Three decimals, then a negative price: refused in words under the field, as typed.
    senior.edit.setFocus()
    type_here("12,505")
    assert senior.error.isVisible()
    assert (
        senior.error.text()
        == f"Prix «{NBSP}12,505{NBSP}»{NBSP}: deux décimales au plus (les cents)."
    )
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible() and "Corrigez les prix" in dialog.message.text()
    assert office.prices.find_list("Été 2027") is None
    senior.edit.selectAll()
    type_here("-3")
    assert senior.error.text() == "Un prix ne peut pas être négatif (-3)."
    senior.edit.selectAll()
    press(qtbot, Qt.Key.Key_Delete)
    assert not senior.error.isVisible()
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)

    saved = office.prices.find_list("Été 2027")
    assert saved is not None and saved.prices == {codes["adult"]: 1250, codes["child"]: 825}
    panel = section.lists
    row = panel.row_of(saved.id)
    assert panel.table.item(row, 1).text() == f"12,50{NBSP}$"
    assert panel.table.item(row, 2).text() == f"8,25{NBSP}$"
    assert panel.table.item(row, 3).text() == "—"  # Aîné: not offered

    # Copy (Ctrl+Maj+C) under a new name: the same prices.
    select_list(qtbot, section, "Été 2027")
    press(
        qtbot, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    name_dialog = dialog_of(qtbot, NameDialog)
    assert isinstance(name_dialog, NameDialog)
    assert name_dialog.name_edit.text() == "Été 2027 (copie)"
    name_dialog.name_edit.selectAll()
    type_here("Été 2027 — groupes")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not name_dialog.isVisible(), timeout=3000)
    copy = office.prices.find_list("Été 2027 — groupes")
    assert copy is not None and copy.prices == saved.prices and copy.id != saved.id

    # Withdraw (Ctrl+D): no longer offered for new events and dates.
    select_list(qtbot, section, "Été 2027")
    press(qtbot, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert not office.prices.price_list(saved.id).active
    assert saved.id not in [p.id for p in office.prices.price_lists(include_withdrawn=False)]
    assert panel.table.item(panel.row_of(saved.id), panel.table.columnCount() - 1).text() == (
        "Retirée"
    )
    assert "n'est plus proposée" in panel.message.text()
    venue = office.venues.find("Théâtre du Quai")
    assert venue is not None
    with pytest.raises(DomainError) as refused:
        office.events.save(EventDraft("show", "Cabaret", venue.id, saved.id))
    assert refused.value.code == "price_list_withdrawn"
    assert panel.active_button.text() == "Rétablir (Ctrl+D)"

    # Delete (Suppr) a list nothing uses: asked first, Entrée keeps it, the button deletes it.
    select_list(qtbot, section, "Été 2027 — groupes")
    press(qtbot, Qt.Key.Key_Delete)
    confirm = dialog_of(qtbot, ConfirmDialog)
    assert isinstance(confirm, ConfirmDialog)
    press(qtbot, Qt.Key.Key_Return)  # the safe answer
    qtbot.waitUntil(lambda: not confirm.isVisible(), timeout=3000)
    assert office.prices.find_list("Été 2027 — groupes") is not None
    select_list(qtbot, section, "Été 2027 — groupes")
    press(qtbot, Qt.Key.Key_Delete)
    confirm = dialog_of(qtbot, ConfirmDialog)
    assert isinstance(confirm, ConfirmDialog)
    qtbot.mouseClick(confirm.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: office.prices.find_list("Été 2027 — groupes") is None, timeout=3000)
    assert "supprimée" in panel.message.text()


def test_a_list_in_use_is_never_deleted_and_keeps_selling_when_withdrawn(
    qtbot: QtBot, section: PricesSection, office: BackOffice, counter: Counter
) -> None:
    theatre = office.prices.find_list("Théâtre — régulier")
    assert theatre is not None and theatre.events == 2
    panel = section.lists
    assert panel.table.item(panel.row_of(theatre.id), panel.table.columnCount() - 2).text() == (
        f"2{NBSP}événements"
    )
    select_list(qtbot, section, "Théâtre — régulier")
    press(qtbot, Qt.Key.Key_Delete)  # nothing to confirm: refused with what uses it
    assert panel.message.text() == (
        f"La liste «{NBSP}Théâtre — régulier{NBSP}» sert à 2{NBSP}événements{NBSP}: elle ne peut "
        "pas être supprimée. Retirez-la plutôt (elle ne sera plus proposée)."
    )
    assert office.prices.find_list("Théâtre — régulier") is not None

    occurrence = theatre_date(counter)
    before = [(c.code, c.price) for c in counter.categories(occurrence)]
    press(qtbot, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert not office.prices.price_list(theatre.id).active
    assert [(c.code, c.price) for c in counter.categories(occurrence)] == before
    assert before[0] == ("adult", 4200)


def test_a_name_or_tag_that_a_spreadsheet_would_run_is_refused(
    qtbot: QtBot, section: PricesSection, office: BackOffice
) -> None:
    press(qtbot, Qt.Key.Key_Insert)
    dialog = dialog_of(qtbot, PriceListDialog)
    assert isinstance(dialog, PriceListDialog)
    type_here('=HYPERLINK("http://x.example","clic")')
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.message.text().startswith(
        "Le nom de la liste de prix\u00a0: «\u00a0=HYPERLINK("
    )
    assert "commence par =, +, - ou @" in dialog.message.text()
    dialog.name_edit.selectAll()
    type_here("Groupes")
    dialog.tags_edit.setFocus()
    type_here("+promo")
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible() and "formule" in dialog.message.text()
    assert office.prices.find_list("Groupes") is None
    dialog.reject()


def test_a_new_category_goes_on_the_counter_key_of_its_position(
    qtbot: QtBot, section: PricesSection, office: BackOffice, counter: Counter
) -> None:
    press(qtbot, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    panel = section.categories
    assert section.tabs.currentWidget() is panel and panel.table.hasFocus()
    press(qtbot, Qt.Key.Key_Insert)
    dialog = dialog_of(qtbot, CategoryDialog)
    assert isinstance(dialog, CategoryDialog)
    type_here("adult")  # taken: refused in words, nothing typed is lost
    dialog.name_edit.setFocus()
    type_here("Famille")
    dialog.name_en_edit.setFocus()
    type_here("Family")
    dialog.account_edit.setFocus()
    type_here("4010")
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.message.text() == f"Le code «{NBSP}adult{NBSP}» est déjà pris."
    dialog.code_edit.selectAll()
    dialog.code_edit.setFocus()
    type_here("famille")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    codes = [c.code for c in office.prices.categories()]
    assert codes == ["adult", "child", "senior", "student", "famille"]
    family = office.prices.categories()[-1]
    assert (family.name_en, family.accounting_account) == ("Family", "4010")
    # The first five active categories have a key: famille, the fifth, is on F5.
    assert [panel.table.item(r, COL_KEY).text() for r in range(5)] == ["F1", "F2", "F3", "F4", "F5"]

    # Priced in the theatre's list, then moved up twice with Ctrl+↑: the third key.
    theatre = office.prices.find_list("Théâtre — régulier")
    assert theatre is not None
    office.prices.save_price_list(
        theatre.name, {**theatre.prices, family.id: 9000}, price_list_id=theatre.id
    )
    panel.refresh()
    panel.select(family.id)
    activate(qtbot, section.window())
    panel.table.setFocus()
    press(qtbot, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert [c.code for c in office.prices.categories()] == [
        "adult", "child", "famille", "senior", "student"
    ]  # fmt: skip
    assert panel.table.item(2, COL_CODE).text() == "famille"
    assert panel.table.item(2, COL_KEY).text() == "F3"
    assert panel.selected is not None and panel.selected.code == "famille"
    assert "touche F3" in panel.message.text()
    occurrence = theatre_date(counter)
    assert [c.code for c in counter.categories(occurrence)] == [
        "adult", "child", "famille", "senior", "student"
    ]  # fmt: skip
    assert counter.categories(occurrence)[2].price == 9000

    # Withdrawn (Ctrl+D): no longer offered at the counter.
    press(qtbot, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert [c.code for c in counter.categories(occurrence)] == [
        "adult",
        "child",
        "senior",
        "student",
    ]
    assert panel.table.item(2, COL_KEY).text() == ""
    assert panel.active_button.text() == "Rétablir (Ctrl+D)"
