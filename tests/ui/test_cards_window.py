"""The cards window and the card types editor (issue 4, parts 1 and 3), driven like a
supervisor and a cashier do, on the real demo database and the real cards desk.

Demo: 20 « Carte 10 bains » shop cards not activated yet (expiring 2027-12-04) and the
Tremblay family's « Laissez-passer familial 20 passages » (active, expiring 2027-06-02).
Luc is a supervisor (PIN 2222), Sophie a cashier (PIN 1111).
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from guichet.domain.cards import CardKind, CardStatus, Verdict
from guichet.domain.cart import Cart
from guichet.domain.errors import DomainError
from guichet.services.cards import CardFilter, CardTypeView
from guichet.services.counter import Counter
from guichet.ui.backoffice.card_types import CardTypesDialog, split_categories
from guichet.ui.cards import (
    COL_CODE,
    COL_HOLDER,
    COL_STATUS,
    COL_USES,
    PAGE,
    CardsWindow,
    GenerateCardsDialog,
    search_text,
)
from guichet.ui.messages import message_for_code
from tests.conftest import user_id

FAMILY_EXPIRES = date(2027, 6, 2)
SHOP_EXPIRES = date(2027, 12, 4)


@pytest.fixture
def luc(counter: Counter) -> Counter:
    """Luc (supervisor) logged in."""
    counter.login(user_id(counter, "Luc"), "2222")
    return counter


def open_window(qtbot: QtBot, counter: Counter) -> CardsWindow:
    window = CardsWindow(counter)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def window(qtbot: QtBot, luc: Counter) -> Iterator[CardsWindow]:
    widget = open_window(qtbot, luc)
    yield widget
    for dialog in widget.findChildren(QDialog):
        dialog.done(QDialog.DialogCode.Rejected)


def card_type(counter: Counter, name_part: str) -> CardTypeView:
    return next(t for t in counter.cards.card_types() if name_part in t.name)


def family_card_id(counter: Counter) -> str:
    return counter.cards.cards(CardFilter(text="Tremblay"))[0].id


def texts(window: CardsWindow, column: int) -> list[str]:
    model = window.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def words(code: str, **params: object) -> str:
    return message_for_code(code, dict(params))


# --- 1. filters ---------------------------------------------------------------------------


def test_the_list_shows_every_card_and_the_shop_cards_are_not_activated(
    window: CardsWindow,
) -> None:
    assert window.model.total == 21
    assert "21" in window.count_label.text()
    states = texts(window, COL_STATUS)
    assert states.count("Pas activée") == 20
    assert states.count("Active") == 1
    codes = texts(window, COL_CODE)
    assert all(len(code) == 17 and code[5] == "-" and code[11] == "-" for code in codes)
    family = window.model.rows[window.model.row_of(family_card_id(window.counter))]
    row = window.model.row_of(family.id)
    assert texts(window, COL_HOLDER)[row] == "Famille Tremblay"
    assert texts(window, COL_USES)[row] == "0 / 20"


def test_filter_by_state_type_expiry_and_text(qtbot: QtBot, window: CardsWindow) -> None:
    # By state: the family pass is the only active card.
    window.set_status(CardStatus.ACTIVE)
    assert window.model.total == 1
    assert texts(window, COL_HOLDER) == ["Famille Tremblay"]
    window.set_status(CardStatus.INACTIVE)
    assert window.model.total == 20
    assert set(texts(window, COL_STATUS)) == {"Pas activée"}
    window.set_status(CardStatus.BLOCKED)
    assert window.model.total == 0
    window.set_status(None)
    assert window.model.total == 21

    # By type, from the combo as the supervisor picks it.
    combo = window.type_combo
    combo.setCurrentIndex(combo.findText("Carte 10 bains"))
    assert window.model.total == 20
    combo.setCurrentIndex(combo.findText("Laissez-passer familial 20 passages"))
    assert window.model.total == 1
    combo.setCurrentIndex(combo.findText("Passe saison patin"))
    assert window.model.total == 0
    combo.setCurrentIndex(0)
    assert window.model.total == 21

    # By expiry: the check boxes switch each bound on.
    window.set_expiry(date(2027, 1, 1), date(2027, 6, 30))
    assert window.model.total == 1
    assert window.model.rows[0].expires_on == FAMILY_EXPIRES
    window.set_expiry(FAMILY_EXPIRES + date.resolution, None)
    assert window.model.total == 20
    window.set_expiry(None, FAMILY_EXPIRES)  # inclusive
    assert window.model.total == 1
    window.expires_to_check.setChecked(False)
    assert window.model.total == 21
    assert not window.expires_to_edit.isEnabled()

    # By part of a code or of the holder's name (after a short pause, or Entrée).
    qtbot.keyClicks(window.search_edit, "tremblay")
    qtbot.waitUntil(lambda: window.model.total == 1, timeout=3000)
    code = window.model.rows[0].display_code
    window.search_edit.setText(code.lower())
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Return)
    assert window.model.total == 1

    window.clear_filters()
    assert window.model.total == 21
    assert window.search_edit.text() == ""


def test_a_holder_with_an_accented_capital_is_found(luc: Counter, qtbot: QtBot) -> None:
    """The desk lowers names in SQLite (ASCII only): the window works around it."""
    luc.open_shift(20000)
    cart = Cart()
    luc.add_card_to_cart(cart, card_type(luc, "10 bains").id, holder="Élise Fortin")
    payment = luc.payment_session(cart)
    payment.add_cash(payment.cash_due)
    luc.sell(cart, payment)
    window = open_window(qtbot, luc)
    for typed in ("Élise", "élise", "ÉLISE FORTIN", "fortin"):
        window.search_edit.setText(typed)
        window.apply_filters()
        assert texts(window, COL_HOLDER) == ["Élise Fortin"], typed
    assert search_text("K7M2Q-X9PTR") == "K7M2Q-X9PTR"
    assert search_text("Côté") == "Côté"  # too short a run: as typed (lower case matches)


def test_a_million_cards_are_read_by_pages(qtbot: QtBot, luc: Counter) -> None:
    package = card_type(luc, "10 bains")
    luc.cards.generate(package.id, PAGE * 2 + 50)
    window = open_window(qtbot, luc)
    assert window.model.total == PAGE * 2 + 71
    assert window.model.rowCount() == PAGE  # only the first page is read
    window.model.fetch_next_page()
    assert window.model.rowCount() == PAGE * 2
    window.table.scrollToBottom()  # the view asks for the rest as it scrolls
    qtbot.waitUntil(lambda: window.model.rowCount() == window.model.total, timeout=3000)
    assert not window.model.canFetchMore()


# --- 2. generation ----------------------------------------------------------------------------


def test_generate_50_cards_through_the_dialog(qtbot: QtBot, window: CardsWindow) -> None:
    package = card_type(window.counter, "10 bains")
    window.generate_button.click()
    dialog = window.generate_dialog
    assert isinstance(dialog, GenerateCardsDialog) and dialog.isVisible()
    family = card_type(window.counter, "familial")
    assert dialog.type_combo.findData(family.id) < 0  # a family pass needs an account
    dialog.set_card_type(package.id)
    dialog.count_spin.setValue(50)
    dialog.activated_check.setChecked(True)
    with qtbot.waitSignal(window.cardsGenerated, timeout=30_000) as blocker:
        dialog.start_button.click()
    batch_id, count = blocker.args
    assert count == 50
    assert dialog.progress_bar.maximum() == 50
    assert dialog.progress_bar.value() == 50  # 100 %
    assert "50" in dialog.status_label.text()
    assert window.model.total == 71
    assert "71" in window.count_label.text()
    assert window.counter.cards.count_cards(CardFilter(batch=batch_id)) == 50
    window.set_status(CardStatus.ACTIVE)
    assert window.model.total == 51

    # « Voir ce lot »: the list shows the lot alone until « Tous les lots ».
    dialog.show_lot_button.click()
    assert window.generate_dialog is None
    window.set_status(None)
    assert window.batch == batch_id
    assert window.model.total == 50
    assert window.batch_label.isVisibleTo(window)
    window.all_lots_button.click()
    assert window.model.total == 71
    assert not window.batch_label.isVisibleTo(window)


def test_generation_refusals_are_shown_in_words(qtbot: QtBot, window: CardsWindow) -> None:
    dialog = GenerateCardsDialog(window.counter.cards, "fr", window)
    qtbot.addWidget(dialog)
    window.counter.logout()
    dialog.count_spin.setValue(5)
    dialog.start()
    assert not dialog.start_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.start_button.isEnabled(), timeout=10_000)
    assert dialog.status_label.text() == words("not_logged_in")
    assert window.counter.cards.count_cards() == 21


# --- 3. export ----------------------------------------------------------------------------


def export_to(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    window: CardsWindow,
    path: Path,
    written: Path | None = None,
) -> int:
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(path), "")
    )
    with qtbot.waitSignal(window.exported, timeout=30_000) as blocker:
        window.export_button.click()
    assert blocker.args[0] == str(written or path)
    qtbot.waitUntil(lambda: window.progress_dialog is None and not window.exporting)
    return int(blocker.args[1])


def test_export_to_xlsx_and_csv(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, window: CardsWindow, tmp_path: Path
) -> None:
    family = window.counter.cards.card_result(family_card_id(window.counter))
    header = window.export_header()
    assert header[0] == "Code" and header[2] == "État" and header[3] == "Détenteur"

    xlsx = tmp_path / "cartes.xlsx"
    assert export_to(qtbot, monkeypatch, window, xlsx) == 21
    assert window.export_progress == (21, 21)
    assert str(xlsx) in window.message.text()
    book = load_workbook(xlsx, read_only=True)
    rows = list(book.active.iter_rows(values_only=True))
    book.close()
    assert rows[0] == header
    assert len(rows) == 22
    by_code = {row[0]: row for row in rows[1:]}
    assert by_code[family.display_code][3] == "Famille Tremblay"
    assert by_code[family.display_code][2] == "Active"
    assert by_code[family.display_code][4] == 20
    assert [row[2] for row in rows[1:]].count("Pas activée") == 20

    # CSV, of what the filters show: the active cards only.
    window.set_status(CardStatus.ACTIVE)
    target = tmp_path / "actives.csv"
    assert export_to(qtbot, monkeypatch, window, target) == 1
    with target.open(encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle))
    assert tuple(lines[0]) == header
    assert len(lines) == 2
    assert lines[1][0] == family.display_code
    assert lines[1][3] == "Famille Tremblay"


def test_export_without_a_suffix_writes_xlsx_and_a_refusal_is_in_words(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, window: CardsWindow, tmp_path: Path
) -> None:
    chosen, written = tmp_path / "cartes", tmp_path / "cartes.xlsx"
    assert export_to(qtbot, monkeypatch, window, chosen, written) == 21
    assert written.exists()

    missing = tmp_path / "nowhere" / "cartes.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(missing), ""))
    with qtbot.waitSignal(window.exportFailed, timeout=30_000) as blocker:
        window.export()
    assert "cartes.csv" in blocker.args[0]
    assert window.message.text() == blocker.args[0]
    assert window.export_button.isEnabled()


def test_export_just_the_lot_after_generating_it(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, window: CardsWindow, tmp_path: Path
) -> None:
    window.open_generate()
    dialog = window.generate_dialog
    assert dialog is not None
    dialog.count_spin.setValue(30)
    with qtbot.waitSignal(dialog.generated, timeout=30_000) as generated:
        dialog.start()
    batch_id, _count = generated.args
    target = tmp_path / "lot.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(window.exported, timeout=30_000) as blocker:
        dialog.export_lot_button.click()
    assert blocker.args[1] == 30
    with target.open(encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle))[1:]
    lot = {row.display_code for row in window.counter.cards.cards(CardFilter(batch=batch_id))}
    assert {line[0] for line in lines} == lot
    assert {line[2] for line in lines} == {"Pas activée"}


# --- 4. card types ------------------------------------------------------------------------


def open_types(window: CardsWindow) -> CardTypesDialog:
    window.types_button.click()
    dialog = window.types_dialog
    assert isinstance(dialog, CardTypesDialog) and dialog.isVisible()
    return dialog


def listed_names(dialog: CardTypesDialog) -> list[str]:
    return [view.name for view in dialog.types]


def test_create_a_pass_for_climbing_only(qtbot: QtBot, window: CardsWindow) -> None:
    dialog = open_types(window)
    assert dialog.terms_note.text() == "Les cartes déjà vendues gardent leurs conditions."
    dialog.new_pass_button.click()
    assert dialog.unlimited_check.isVisibleTo(dialog)
    assert dialog.family_check.isVisibleTo(dialog)
    dialog.name_edit.setText("Laissez-passer 5 escalades")
    dialog.price_edit.setText("89,50")
    dialog.uses_spin.setValue(5)
    dialog.set_activities(["Escalade"])
    dialog.valid_days_check.setChecked(True)
    dialog.valid_days_spin.setValue(90)
    dialog.published_check.setChecked(True)
    dialog.categories_edit.setText("Escalade, Cartes cadeaux, escalade")
    with qtbot.waitSignal(dialog.saved) as blocker:
        dialog.save_button.click()
    saved = window.counter.cards.card_type(blocker.args[0])
    assert saved.kind is CardKind.PASS
    assert saved.name == "Laissez-passer 5 escalades"
    assert saved.price == 8950
    assert saved.uses == 5
    assert saved.valid_days == 90
    escalade = next(a.id for a in window.counter.cards.activities() if a.name == "Escalade")
    assert saved.activity_ids == (escalade,)
    assert not saved.all_activities and not saved.family
    assert saved.published and saved.shop_categories == ("Escalade", "Cartes cadeaux")
    assert "Laissez-passer 5 escalades" in listed_names(dialog)
    assert dialog.editing_id == saved.id  # still in the editor, saved
    assert "enregistré" in dialog.error_label.text()
    # The cards window offers it at once.
    assert window.type_combo.findText("Laissez-passer 5 escalades") >= 0


def test_an_unlimited_pass_for_every_activity_and_a_package_always_counts(
    qtbot: QtBot, window: CardsWindow
) -> None:
    dialog = open_types(window)
    dialog.new_type(CardKind.PASS)
    dialog.name_edit.setText("Passe annuelle")
    dialog.price_edit.setText("1 250")
    dialog.unlimited_check.setChecked(True)
    assert not dialog.uses_spin.isEnabled()
    dialog.all_activities_check.setChecked(True)
    assert not dialog.activities_list.isEnabled()
    dialog.save()
    saved = window.counter.cards.card_type(str(dialog.editing_id))
    assert saved.uses is None and saved.all_activities and saved.price == 125000

    dialog.new_package_button.click()
    assert not dialog.unlimited_check.isVisibleTo(dialog)
    assert not dialog.family_check.isVisibleTo(dialog)
    dialog.name_edit.setText("Carte 5 patins")
    dialog.price_edit.setText("25")
    dialog.uses_spin.setValue(5)
    dialog.set_activities(["Patin libre"])
    dialog.exclusive_check.setChecked(True)
    dialog.save()
    package = window.counter.cards.card_type(str(dialog.editing_id))
    assert package.kind is CardKind.PACKAGE and package.uses == 5 and package.exclusive


def test_editor_refusals_are_in_words_and_nothing_typed_is_lost(window: CardsWindow) -> None:
    dialog = open_types(window)
    dialog.new_package_button.click()
    dialog.name_edit.setText("Carte 3 bains")
    dialog.price_edit.setText("12,505")
    dialog.set_activities(["Bain libre"])
    dialog.save()
    assert dialog.error_label.text() == words("bad_amount")
    assert dialog.editing_id is None
    dialog.price_edit.setText("20")
    dialog.set_activities([])
    dialog.save()
    assert dialog.error_label.text() == words("card_activities_required")
    assert dialog.name_edit.text() == "Carte 3 bains"
    dialog.name_edit.clear()
    dialog.set_activities(["Bain libre"])
    dialog.save()
    assert dialog.error_label.text() == words("card_type_name_required")
    assert "Carte 3 bains" not in listed_names(dialog)


def test_editing_a_type_changes_later_sales_only(qtbot: QtBot, window: CardsWindow) -> None:
    counter = window.counter
    family = card_type(counter, "familial")
    card_id = family_card_id(counter)
    assert counter.cards.card_result(card_id).uses == 20
    dialog = open_types(window)
    assert dialog.select_type(family.id)
    dialog.edit_button.click()
    assert dialog.editing_id == family.id
    assert dialog.uses_spin.value() == 20
    assert dialog.family_check.isChecked()
    assert dialog.price_edit.text() == "120,00"
    dialog.uses_spin.setValue(30)
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    assert counter.cards.card_type(family.id).uses == 30
    assert counter.cards.card_result(card_id).uses == 20  # sold before: its own terms
    window.set_status(CardStatus.ACTIVE)
    assert texts(window, COL_USES) == ["0 / 20"]
    # « Annuler les changements » brings back what is saved.
    dialog.uses_spin.setValue(7)
    dialog.revert_button.click()
    assert dialog.uses_spin.value() == 30


def test_split_categories() -> None:
    assert split_categories(" Cartes cadeaux,, Piscine ,piscine") == ["Cartes cadeaux", "Piscine"]
    assert split_categories("") == []


# --- 5. a cashier -------------------------------------------------------------------------


def test_a_cashier_sees_the_cards_but_cannot_generate_block_or_edit(
    qtbot: QtBot, cashier_counter: Counter
) -> None:
    window = open_window(qtbot, cashier_counter)
    assert window.model.total == 21
    assert not window.generate_button.isEnabled()
    assert window.export_button.isEnabled()
    window.set_status(CardStatus.ACTIVE)
    window.select_row(0)
    assert window.selected_card() is not None
    assert not window.block_button.isEnabled()
    assert not window.unblock_button.isEnabled()
    window.open_generate()
    assert window.generate_dialog is None
    assert window.message.text() == words("forbidden")

    dialog = open_types(window)
    assert not dialog.new_package_button.isEnabled()
    assert not dialog.new_pass_button.isEnabled()
    family = card_type(cashier_counter, "familial")
    dialog.select_type(family.id)
    assert not dialog.edit_button.isEnabled()
    dialog.edit_type(family.id)  # shown, read-only
    assert dialog.name_edit.text() == family.name
    assert not dialog.form.isEnabled()
    assert not dialog.save_button.isEnabled()
    assert dialog.rights_label.isVisibleTo(dialog)
    dialog.done(QDialog.DialogCode.Rejected)

    # The handlers refuse too, whatever a window shows.
    desk = cashier_counter.cards
    with pytest.raises(DomainError) as refused:
        desk.save_card_type(family.id, kind=CardKind.PASS, name="X", price=1, uses=30,
                            all_activities=True)
    assert refused.value.code == "forbidden"
    with pytest.raises(DomainError) as refused:
        desk.generate(card_type(cashier_counter, "10 bains").id, 10)
    assert refused.value.code == "forbidden"
    with pytest.raises(DomainError) as refused:
        desk.set_card_status(family_card_id(cashier_counter), CardStatus.BLOCKED, "")
    assert refused.value.code == "forbidden"
    assert desk.count_cards() == 21
    assert desk.card_type(family.id).uses == 20


# --- 6. block / unblock -------------------------------------------------------------------


def test_block_then_unblock_a_card(qtbot: QtBot, window: CardsWindow) -> None:
    counter = window.counter
    card_id = family_card_id(counter)
    # A card never activated cannot be blocked.
    window.set_status(CardStatus.INACTIVE)
    window.select_row(0)
    assert not window.block_button.isEnabled() and not window.unblock_button.isEnabled()

    window.set_status(None)
    assert window.select_card(card_id)
    assert window.block_button.isEnabled()
    assert not window.unblock_button.isEnabled()
    window.note_edit.setText("Perdue")
    with qtbot.waitSignal(window.cardStatusChanged) as blocker:
        window.block_button.click()
    assert blocker.args == [card_id, "blocked"]
    row = window.model.row_of(card_id)
    assert texts(window, COL_STATUS)[row] == "Bloquée"
    chosen = window.selected_card()
    assert chosen is not None and chosen.id == card_id
    assert "bloquée" in window.message.text()
    assert window.note_edit.text() == ""
    assert counter.cards.card_result(card_id).verdict is Verdict.BLOCKED
    assert not window.block_button.isEnabled()
    assert window.unblock_button.isEnabled()
    window.set_status(CardStatus.BLOCKED)
    assert window.model.total == 1

    window.select_row(0)
    window.unblock_button.click()
    window.set_status(None)
    row = window.model.row_of(card_id)
    assert texts(window, COL_STATUS)[row] == "Active"
    assert counter.cards.card_result(card_id).verdict is Verdict.VALID
