"""Back office of promotions, driven like a supervisor does, on the real service and the real
demo SQLite database (Saturday 2026-12-05, noon; Luc is the supervisor, Sophie a cashier)."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from guichet.domain.cart import Cart
from guichet.domain.promotions import (
    CustomerRule,
    EffectKind,
    Promotion,
    TagMode,
    Targeting,
    TargetKind,
    TargetLimit,
    amount_off_each,
    has,
    has_not,
    percent_off,
)
from guichet.services.counter import Counter
from guichet.services.promotions import PromotionAdmin
from guichet.ui.backoffice.codes import CodesDialog, GenerateCodesDialog, HistoryDialog, TagsDialog
from guichet.ui.backoffice.promotion_edit import (
    TAB_EFFECT,
    TAB_VALIDITY,
    PromotionEditDialog,
)
from guichet.ui.backoffice.promotions import (
    COL_CODE,
    COL_DISABLED,
    COL_EXPIRES,
    COL_KIND,
    COL_NAME,
    COL_STARTS,
    COL_USAGE,
    COL_VALUE,
    PromotionsWindow,
)
from tests.conftest import user_id


def make_admin(counter: Counter) -> PromotionAdmin:
    return PromotionAdmin(
        counter.session_factory,
        counter.terminal_id,
        lambda: counter.actor,
        lang=counter.lang,
        clock=counter.clock,
    )


@pytest.fixture
def luc(counter: Counter) -> Counter:
    """Luc (supervisor) logged in."""
    counter.login(user_id(counter, "Luc"), "2222")
    return counter


@pytest.fixture
def admin(luc: Counter) -> PromotionAdmin:
    return make_admin(luc)


@pytest.fixture
def window(qtbot: QtBot, admin: PromotionAdmin) -> Iterator[PromotionsWindow]:
    widget = PromotionsWindow(admin, "fr")
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    activate(qtbot, widget)
    yield widget
    widget.close()


def activate(qtbot: QtBot, widget: QWidget) -> None:
    """Show a window and wait until it has the keyboard (shortcuts work in the active one)."""
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget, timeout=3000)


def row_texts(table: QTableWidget, row: int) -> list[str]:
    cells = [table.item(row, column) for column in range(table.columnCount())]
    return [cell.text() if cell is not None else "" for cell in cells]


def row_named(window: PromotionsWindow, name: str) -> list[str]:
    for row in range(window.table.rowCount()):
        if row_texts(window.table, row)[COL_NAME] == name:
            return row_texts(window.table, row)
    raise AssertionError(f"no row named {name!r} in {[r.name for r in window.rows]}")


def type_text(widget: QWidget, text: str) -> None:
    """Type like a keyboard, accents included (QTest.keyClicks only knows ASCII)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


def key(qtbot: QtBot, keys: Qt.Key | str, modifier: Qt.KeyboardModifier | None = None) -> None:
    """Press a key where the keyboard focus is, like a real keyboard."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    if modifier is None:
        qtbot.keyClick(target, keys)
    else:
        qtbot.keyClick(target, keys, modifier)


def open_editor(qtbot: QtBot, window: PromotionsWindow, keys: Qt.Key) -> PromotionEditDialog:
    activate(qtbot, window)
    window.table.setFocus()
    qtbot.keyClick(window.table, keys)
    qtbot.waitUntil(lambda: window.edit_dialog is not None and window.edit_dialog.isVisible())
    dialog = window.edit_dialog
    assert dialog is not None

    def has_keyboard() -> bool:
        focus = QApplication.focusWidget()
        return focus is not None and dialog.isAncestorOf(focus)

    qtbot.waitUntil(has_keyboard, timeout=3000)
    return dialog


def set_date(edit: object, day: date) -> None:
    edit.setDate(QDate(day.year, day.month, day.day))  # type: ignore[attr-defined]


def sell_with_code(counter: Counter, code: str, adults: int = 2) -> None:
    """A real sale at the counter with a code (the promotion is then "used")."""
    if counter.current_shift() is None:
        counter.open_shift(20000)
    occurrence = next(
        o for o in counter.occurrences(counter.today()) if o.event_name == "Le Malade imaginaire"
    )
    adult = next(c for c in counter.categories(occurrence.id) if c.code == "adult")
    cart = Cart()
    counter.add_to_cart(cart, occurrence.id, adult.category_id, adults)
    counter.apply_code(cart, code)
    payment = counter.payment_session(cart)
    payment.add_cash(payment.cash_due)
    counter.sell(cart, payment)


# --- creating, in the list ----------------------------------------------------------------


def test_create_a_promotion_by_keyboard_and_see_it_in_the_list(
    qtbot: QtBot, window: PromotionsWindow, admin: PromotionAdmin
) -> None:
    assert window.rows == []
    assert "Aucune promotion" in window.summary_label.text()
    dialog = open_editor(qtbot, window, Qt.Key.Key_Insert)
    assert dialog.windowTitle() == "Nouvelle promotion"
    assert dialog.name_fr_edit.hasFocus()
    type_text(dialog.name_fr_edit, "Mardis découverte")
    key(qtbot, Qt.Key.Key_Tab)
    type_text(dialog.name_en_edit, "Discovery Tuesdays")

    dialog.tabs.setCurrentIndex(TAB_EFFECT)
    assert dialog.kind is EffectKind.PERCENT
    assert dialog.value_unit.text() == "%"
    type_text(dialog.value_edit, "20")

    dialog.tabs.setCurrentIndex(TAB_VALIDITY)
    qtbot.mouseClick(dialog.starts_check, Qt.MouseButton.LeftButton,
                     pos=dialog.starts_check.rect().center())
    qtbot.mouseClick(dialog.expires_check, Qt.MouseButton.LeftButton,
                     pos=dialog.expires_check.rect().center())
    assert dialog.starts_edit.isEnabled() and dialog.expires_edit.isEnabled()
    set_date(dialog.starts_edit, date(2026, 12, 1))
    set_date(dialog.expires_edit, date(2027, 3, 31))

    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(dialog.value_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()

    cells = row_named(window, "Mardis découverte")
    assert cells[COL_CODE] == "—"
    assert cells[COL_STARTS] == "1er déc. 2026"
    assert cells[COL_EXPIRES] == "31 mars 2027"
    assert cells[COL_KIND] == "Pourcentage"
    assert cells[COL_VALUE] == "20\u00a0%"
    assert cells[COL_USAGE] == "0 / ∞ commandes"
    assert cells[COL_DISABLED] == "Non"
    assert window.selected_row is not None and window.selected_row.in_force
    assert "enregistrée" in window.message.text()
    assert "1 promotion, 1 en vigueur" in window.summary_label.text()

    stored = admin.get(window.selected_row.id)
    assert (stored.name_fr, stored.name_en, stored.effect.percent) == (
        "Mardis découverte", "Discovery Tuesdays", Decimal(20)
    )
    assert (stored.starts, stored.expires, stored.enabled) == (
        date(2026, 12, 1), date(2027, 3, 31), True
    )

    # A custom code with its own maximum: the list shows it and "used / permitted".
    activate(qtbot, window)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    codes = window.codes_dialog
    assert isinstance(codes, CodesDialog) and codes.isVisible()
    type_text(codes.code_edit, "decouverte")
    codes.max_uses_spin.setValue(100)
    qtbot.keyClick(codes.code_edit, Qt.Key.Key_Return)
    assert [(c.text, c.kind, c.max_uses) for c in codes.model.codes] == [
        ("DECOUVERTE", "custom", 100)
    ]
    assert codes.model.data(codes.model.index(0, 1)) == "Personnalisé"
    assert codes.model.data(codes.model.index(0, 2)) == "0 / 100"
    codes.close_button.click()
    cells = row_named(window, "Mardis découverte")
    assert (cells[COL_CODE], cells[COL_USAGE]) == ("DECOUVERTE", "0 / 100 commandes")


def test_every_tab_round_trips_an_existing_promotion(
    qtbot: QtBot, admin: PromotionAdmin, luc: Counter
) -> None:
    """Opening a rich promotion and saving it untouched changes nothing."""
    choices = admin.choices()
    events = {c.name: c.id for c in choices.events}
    categories = {c.name: c.id for c in choices.categories}
    occurrence = choices.occurrences[3]
    original = Promotion(
        id="",
        name_fr="Famille",
        effect=amount_off_each(500),
        name_en="Family",
        description_fr="5 $ de moins par billet enfant.",
        description_en="$5 off each child ticket.",
        starts=date(2026, 12, 1),
        expires=None,
        automatic=True,
        enabled=False,
        position=7,
        max_tickets=300,
        max_tickets_per_order=6,
        targeting=Targeting(
            event_ids=frozenset({events["Bain libre"], events["Patin libre"]}),
            occurrence_ids=frozenset({occurrence.id}),
            category_ids=frozenset({categories["Enfant"]}),
            price_list_control=has("régulier"),
            event_control=has_not("théâtre"),
            customers=CustomerRule.NEWSLETTER,
            limits=(
                TargetLimit(TargetKind.EVENT, events["Patin libre"], quota=100, per_order=4),
                TargetLimit(TargetKind.TARIFF, categories["Enfant"], per_order=5),
            ),
        ),
    )
    pid = admin.save(original)
    dialog = PromotionEditDialog(admin, "fr", pid)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Promotion «\u00a0Famille\u00a0»"
    assert dialog.value_edit.text() == "5,00"
    assert dialog.kind is EffectKind.AMOUNT_PER_TICKET
    assert not dialog.expires_check.isChecked() and dialog.starts_check.isChecked()
    assert dialog.limits_table.rowCount() == 2
    assert TagMode(dialog.price_list_mode.currentData()) is TagMode.HAS
    assert dialog.price_list_tag.text() == "régulier" and dialog.price_list_tag.isEnabled()
    assert not dialog.category_tag.isEnabled()
    assert dialog.customers_list.isEnabled() is False  # not a chosen list
    with qtbot.waitSignal(dialog.saved):
        dialog.save_button.click()
    from dataclasses import replace

    assert admin.get(pid) == replace(original, id=pid)


# --- refusals in words ---------------------------------------------------------------------


def test_validation_errors_are_shown_in_words_and_nothing_typed_is_lost(
    qtbot: QtBot, window: PromotionsWindow
) -> None:
    dialog = open_editor(qtbot, window, Qt.Key.Key_Insert)
    dialog.save_button.click()
    assert dialog.isVisible()
    assert dialog.error_label.text() == "Donnez un nom (en français) à la promotion."

    type_text(dialog.name_fr_edit, "Soldes d'hiver")
    dialog.tabs.setCurrentIndex(TAB_EFFECT)
    type_text(dialog.value_edit, "douze")
    dialog.save_button.click()
    assert "pourcentage doit être plus grand que 0" in dialog.error_label.text()
    dialog.value_edit.setText("150")
    dialog.save_button.click()
    assert "au plus 100" in dialog.error_label.text()
    dialog.value_edit.setText("12,5")

    # Expiry before the start: the validity tab comes forward with the two dates in words.
    dialog.tabs.setCurrentIndex(0)
    dialog.starts_check.setChecked(True)
    dialog.expires_check.setChecked(True)
    set_date(dialog.starts_edit, date(2027, 2, 1))
    set_date(dialog.expires_edit, date(2027, 1, 15))
    dialog.save_button.click()
    assert dialog.isVisible()
    assert dialog.tabs.currentIndex() == TAB_VALIDITY
    assert dialog.error_label.text() == (
        "L'expiration (vendredi 15 janvier 2027) tombe avant l'entrée en vigueur "
        "(lundi 1er février 2027)\u00a0: corrigez l'une des deux dates."
    )
    assert dialog.name_fr_edit.text() == "Soldes d'hiver"
    assert dialog.value_edit.text() == "12,5"
    assert window.rows == []  # nothing saved

    # A tag control without its tag.
    set_date(dialog.expires_edit, date(2027, 2, 28))
    dialog.event_mode.setCurrentIndex(dialog.event_mode.findData(TagMode.HAS))
    dialog.save_button.click()
    assert dialog.error_label.text() == (
        "Tapez l'étiquette à vérifier, ou choisissez «\u00a0Tous\u00a0»."
    )
    type_text(dialog.event_tag, "théâtre")

    with qtbot.waitSignal(dialog.saved):
        dialog.save_button.click()
    cells = row_named(window, "Soldes d'hiver")
    assert (cells[COL_VALUE], cells[COL_STARTS], cells[COL_EXPIRES]) == (
        "12,5\u00a0%", "1er févr. 2027", "28 févr. 2027"
    )


def test_a_cashier_is_refused_by_the_service_in_words(
    qtbot: QtBot, counter: Counter
) -> None:
    counter.login(user_id(counter, "Sophie"), "1111")
    window = PromotionsWindow(make_admin(counter), "fr")
    qtbot.addWidget(window)
    window.show()
    dialog = open_editor(qtbot, window, Qt.Key.Key_Insert)
    type_text(dialog.name_fr_edit, "Moitié prix pour mes amis")
    dialog.tabs.setCurrentIndex(TAB_EFFECT)
    type_text(dialog.value_edit, "50")
    dialog.save_button.click()
    assert dialog.isVisible()
    assert dialog.error_label.text() == "Votre rôle ne permet pas cette opération."
    assert window.rows == []


# --- copy, disable, delete -------------------------------------------------------------------


def test_copy_then_disable_then_enable(
    qtbot: QtBot, window: PromotionsWindow, admin: PromotionAdmin
) -> None:
    pid = admin.save(Promotion("", "Mardis découverte", percent_off(20), position=1))
    admin.add_custom_code(pid, "DECOUVERTE", 100)
    window.reload()
    window.select_promotion(pid)
    window.table.setFocus()

    qtbot.keyClick(window.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    copy = row_named(window, "Copie de Mardis découverte")
    assert copy[COL_DISABLED] == "Oui" and copy[COL_CODE] == "—"  # disabled, no codes
    assert window.selected_row is not None
    assert window.selected_row.name == "Copie de Mardis découverte"
    assert window.toggle_button.text() == "Activer (Ctrl+E)"
    assert "désactivée et sans code" in window.message.text()

    window.select_promotion(pid)
    assert window.toggle_button.text() == "Désactiver (Ctrl+E)"
    qtbot.keyClick(window.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert row_named(window, "Mardis découverte")[COL_DISABLED] == "Oui"
    assert window.message.text() == "Promotion «\u00a0Mardis découverte\u00a0» désactivée."
    assert admin.get(pid).enabled is False
    window.toggle_button.click()
    assert row_named(window, "Mardis découverte")[COL_DISABLED] == "Non"
    assert admin.get(pid).enabled is True


def test_delete_an_unused_promotion_after_confirmation(
    qtbot: QtBot, window: PromotionsWindow, admin: PromotionAdmin
) -> None:
    pid = admin.save(Promotion("", "Essai", percent_off(10)))
    window.reload()
    window.select_promotion(pid)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    confirm = window.confirm_dialog
    assert confirm is not None and confirm.isVisible()
    assert "Supprimer la promotion «\u00a0Essai\u00a0»" in confirm.text_label.text()
    confirm.cancel_button.click()  # Entrée (the default) cancels: nothing destroyed by mistake
    assert [r.name for r in window.rows] == ["Essai"]
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert window.confirm_dialog is not None
    window.confirm_dialog.accept_button.click()
    assert window.rows == []
    assert window.message.text() == "Promotion «\u00a0Essai\u00a0» supprimée."


def test_a_used_promotion_cannot_be_deleted_only_disabled(
    qtbot: QtBot, window: PromotionsWindow, admin: PromotionAdmin, luc: Counter
) -> None:
    pid = admin.save(Promotion("", "Mardis découverte", percent_off(20)))
    admin.add_custom_code(pid, "DECOUVERTE", 100)
    sell_with_code(luc, "decouverte")  # a real sale at the counter
    window.reload()
    cells = row_named(window, "Mardis découverte")
    assert cells[COL_USAGE] == "1 / 100 commandes"
    window.select_promotion(pid)
    assert window.selected_row is not None and window.selected_row.ever_used

    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    offer = window.confirm_dialog
    assert offer is not None and offer.isVisible()
    assert "ne peut pas être supprimée" in offer.text_label.text()
    assert offer.accept_button.text() == "Désactiver"
    assert "on ne peut pas la supprimer, seulement la désactiver" in window.message.text()
    offer.accept_button.click()
    assert row_named(window, "Mardis découverte")[COL_DISABLED] == "Oui"
    assert admin.get(pid).enabled is False
    assert [r.id for r in admin.list_promotions()] == [pid]

    # Its used code: disabled, never deleted.
    codes = CodesDialog(admin, "fr", pid)
    qtbot.addWidget(codes)
    codes.select_code("DECOUVERTE")
    codes.delete_button.click()
    assert "a déjà servi\u00a0: on ne peut que le désactiver" in codes.message.text()
    assert [c.text for c in admin.codes(pid)] == ["DECOUVERTE"]
    codes.toggle_button.click()
    assert admin.codes(pid)[0].enabled is False
    assert codes.model.data(codes.model.index(0, 3)) == "Non"


def test_the_service_refuses_deleting_a_promotion_used_since_the_list_was_read(
    qtbot: QtBot, window: PromotionsWindow, admin: PromotionAdmin, luc: Counter
) -> None:
    """The list is stale (a sale happened meanwhile): the service's refusal is shown in words
    and disabling is offered instead."""
    pid = admin.save(Promotion("", "Mardis découverte", percent_off(20)))
    admin.add_custom_code(pid, "DECOUVERTE", 100)
    window.reload()
    window.select_promotion(pid)
    sell_with_code(luc, "DECOUVERTE")
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    confirm = window.confirm_dialog
    assert confirm is not None and confirm.accept_button.text() == "Supprimer"
    confirm.accept_button.click()
    offer = window.confirm_dialog
    assert offer is not confirm and offer is not None and offer.isVisible()
    assert offer.accept_button.text() == "Désactiver"
    assert row_named(window, "Mardis découverte")[COL_USAGE] == "1 / 100 commandes"
    offer.cancel_button.click()
    assert admin.get(pid).enabled is True  # nothing changed
    assert [r.id for r in admin.list_promotions()] == [pid]


# --- codes ------------------------------------------------------------------------------------


def test_generate_2000_codes_with_a_progress_bar_then_export_them(
    qtbot: QtBot, admin: PromotionAdmin, tmp_path: Path
) -> None:
    pid = admin.save(Promotion("", "Carnaval — partenaires", percent_off(15)))
    codes = CodesDialog(admin, "fr", pid)
    qtbot.addWidget(codes)
    activate(qtbot, codes)
    qtbot.keyClick(codes.code_edit, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    dialog = codes.generate_dialog
    assert isinstance(dialog, GenerateCodesDialog) and dialog.isVisible()
    dialog.count_spin.setValue(2000)
    dialog.max_uses_spin.setValue(1)
    with qtbot.waitSignal(dialog.generated, timeout=60_000) as blocker:
        qtbot.keyClick(dialog.count_spin, Qt.Key.Key_Return)  # Entrée = Générer
        assert dialog.runner is not None and not dialog.start_button.isEnabled()
    assert blocker.args == [2000]
    assert dialog.progress_bar.maximum() == 2000
    assert dialog.progress_bar.value() == 2000
    assert dialog.status_label.text() == "2\u00a0000 codes créés."
    assert dialog.cancel_button.text() == "Fermer (Échap)"
    dialog.cancel_button.click()
    assert not dialog.isVisible()

    assert codes.model.rowCount() == 2000
    first = codes.model.codes[0]
    assert first.kind == "random" and first.max_uses == 1 and len(first.text) == 17  # 3 dashes
    assert codes.model.data(codes.model.index(0, 1)) == "Aléatoire"
    assert "2\u00a0000 codes" in codes.summary_label.text()

    target = tmp_path / "codes.csv"
    codes.ask_export_path = lambda: target  # type: ignore[method-assign]
    activate(qtbot, codes)
    qtbot.keyClick(codes.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert codes.message.text() == f"2\u00a0000 codes exportés dans {target}."
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["code", "type", "utilisations", "permis", "actif", "promotion"]
    assert len(rows) == 2001
    assert {tuple(r[1:]) for r in rows[1:]} == {
        ("random", "0", "1", "1", "Carnaval — partenaires")
    }
    assert len({r[0] for r in rows[1:]}) == 2000


def test_cancelling_a_large_generation_stops_between_batches(
    qtbot: QtBot, admin: PromotionAdmin
) -> None:
    pid = admin.save(Promotion("", "Grande série", percent_off(10)))
    dialog = GenerateCodesDialog(admin, "fr", pid, existing=0)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.count_spin.setValue(200_000)
    dialog.start_button.click()
    runner = dialog.runner
    assert runner is not None
    qtbot.waitUntil(lambda: dialog.progress_bar.value() > 0, timeout=30_000)
    with qtbot.waitSignal(dialog.stopped, timeout=60_000) as blocker:
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Échap while running = cancel, not close
        assert dialog.isVisible()
    created = blocker.args[0]
    assert 0 < created < 200_000 and created % 10_000 == 0
    assert admin.code_stats(pid).count == created
    assert dialog.status_label.text().startswith("Génération arrêtée")
    dialog.cancel_button.click()
    assert not dialog.isVisible()


def test_codes_can_be_disabled_edited_and_deleted_when_unused(
    qtbot: QtBot, admin: PromotionAdmin
) -> None:
    pid = admin.save(Promotion("", "Abonnés", percent_off(10)))
    codes = CodesDialog(admin, "fr", pid)
    qtbot.addWidget(codes)
    codes.show()
    codes.add_custom()
    assert codes.message.text() == "Tapez le code à ajouter."
    type_text(codes.code_edit, "MEMBRE")
    codes.add_button.click()
    assert codes.model.codes[0].max_uses is None
    assert codes.model.data(codes.model.index(0, 2)) == "0 / ∞"
    type_text(codes.code_edit, "membre")
    codes.add_button.click()
    assert codes.message.text() == "Le code MEMBRE existe déjà\u00a0: choisissez-en un autre."

    codes.select_code("MEMBRE")
    codes.max_button.click()
    assert codes.max_uses_dialog is not None
    codes.max_uses_dialog.spin.setValue(25)
    codes.max_uses_dialog.ok_button.click()
    assert admin.codes(pid)[0].max_uses == 25
    assert codes.model.data(codes.model.index(0, 2)) == "0 / 25"

    codes.toggle_button.click()
    assert admin.codes(pid)[0].enabled is False
    assert codes.toggle_button.text() == "Activer (Ctrl+E)"
    codes.delete_button.click()
    assert admin.codes(pid) == []
    assert codes.message.text() == "Code «\u00a0MEMBRE\u00a0» supprimé."


# --- history, tags, warning -------------------------------------------------------------------


def test_history_says_who_did_what_in_words(
    qtbot: QtBot, window: PromotionsWindow, admin: PromotionAdmin
) -> None:
    dialog = open_editor(qtbot, window, Qt.Key.Key_Insert)
    type_text(dialog.name_fr_edit, "Mardis découverte")
    dialog.tabs.setCurrentIndex(TAB_EFFECT)
    type_text(dialog.value_edit, "20")
    dialog.save_button.click()
    pid = window.selected_row.id if window.selected_row else ""

    dialog = open_editor(qtbot, window, Qt.Key.Key_Return)  # Entrée = Modifier
    assert dialog.name_fr_edit.text() == "Mardis découverte"
    dialog.tabs.setCurrentIndex(TAB_EFFECT)
    dialog.value_edit.setText("25")
    dialog.expires_check.setChecked(True)
    set_date(dialog.expires_edit, date(2027, 3, 31))
    dialog.save_button.click()
    window.toggle_button.click()  # disabled
    admin.add_custom_code(pid, "DECOUVERTE", 100)

    activate(qtbot, window)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    history = window.history_dialog
    assert isinstance(history, HistoryDialog) and history.isVisible()
    rows = history.row_texts()
    assert [(who, what) for _when, who, what, _details in rows] == [
        ("Luc Bouchard", "Code ajouté"),
        ("Luc Bouchard", "Désactivation"),
        ("Luc Bouchard", "Modification"),
        ("Luc Bouchard", "Création"),
    ]
    assert rows[0][3] == "code DECOUVERTE, commandes permises\u00a0: 100"
    changed = rows[2][3]
    assert "réduction\u00a0: 20\u00a0% → 25\u00a0%" in changed
    assert "expiration\u00a0: aucune → 31 mars 2027" in changed
    assert rows[3][3] == "nom\u00a0: Mardis découverte"
    assert rows[3][0] == "2026-12-05 12:00"  # the organisation's time


def test_tags_are_edited_in_bulk(qtbot: QtBot, admin: PromotionAdmin) -> None:
    dialog = TagsDialog(admin, "fr")
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    events = {c.name: c.id for c in admin.choices().events}
    theatre = [events["Le Malade imaginaire"], events["Les Belles-sœurs"]]
    dialog.apply_button.click()
    assert dialog.message.text() == "Cochez au moins un élément."
    dialog.select(theatre)
    type_text(dialog.add_edit, "Théâtre, soirée")
    qtbot.keyClick(dialog.add_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.message.text() == "Étiquettes mises à jour sur 2 éléments."
    tags = {c.name: c.tags for c in admin.choices().events}
    assert tags["Le Malade imaginaire"] == ("soirée", "théâtre")
    assert tags["Bain libre"] == ()
    assert "théâtre" in dialog.objects_list.item(
        [c.name for c in dialog.choices.events].index("Le Malade imaginaire")
    ).text()

    dialog.select([events["Les Belles-sœurs"]])
    type_text(dialog.remove_edit, "soirée")
    dialog.apply_button.click()
    tags = {c.name: c.tags for c in admin.choices().events}
    assert tags["Les Belles-sœurs"] == ("théâtre",)
    assert tags["Le Malade imaginaire"] == ("soirée", "théâtre")

    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("category"))
    dialog.check_all()
    type_text(dialog.add_edit, "billet")
    dialog.apply_button.click()
    assert all(c.tags == ("billet",) for c in admin.choices().categories)


def test_a_banner_warns_when_two_automatic_promotions_overlap(
    window: PromotionsWindow, admin: PromotionAdmin
) -> None:
    admin.save(Promotion("", "Fêtes", percent_off(15), automatic=True, position=1,
                         starts=date(2026, 12, 19), expires=date(2027, 1, 4)))
    admin.save(Promotion("", "Patin en famille", amount_off_each(300), automatic=True,
                         position=2, starts=date(2027, 1, 5)))
    window.reload()
    assert not window.banner.isVisible()
    assert row_named(window, "Fêtes")[COL_CODE] == "Automatique"
    late = admin.save(Promotion("", "Relâche", amount_off_each(200), automatic=True,
                                position=3, starts=date(2026, 12, 28)))
    window.reload()
    assert window.banner.isVisible()
    assert window.banner.text() == (
        "⚠ Deux promotions automatiques peuvent s'appliquer en même temps\u00a0: "
        "«\u00a0Fêtes\u00a0» et «\u00a0Relâche\u00a0»; «\u00a0Patin en famille\u00a0» et "
        "«\u00a0Relâche\u00a0» — la première de la liste l'emporte."
    )
    window.set_enabled(late, False)
    assert not window.banner.isVisible()


def test_tags_dialog_opens_from_the_list_and_the_space_bar_ticks(
    qtbot: QtBot, window: PromotionsWindow, admin: PromotionAdmin
) -> None:
    qtbot.keyClick(window.table, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    dialog = window.tags_dialog
    assert isinstance(dialog, TagsDialog) and dialog.isVisible()
    activate(qtbot, dialog)
    dialog.objects_list.setFocus()
    dialog.objects_list.setCurrentRow(0)
    qtbot.keyClick(dialog.objects_list, Qt.Key.Key_Space)
    first = admin.choices().events[0]
    type_text(dialog.add_edit, "famille")
    dialog.apply_button.click()
    assert admin.choices().events[0].tags == ("famille",)
    assert first.id == admin.choices().events[0].id


# --- the way in, from the counter ------------------------------------------------------------


def test_only_supervisors_and_owners_see_the_back_office_button(
    qtbot: QtBot, counter: Counter
) -> None:
    from guichet.ui.main_window import MainWindow

    main = MainWindow(counter)
    qtbot.addWidget(main)
    activate(qtbot, main)
    assert not main.promotions_button.isVisible()
    counter.login(user_id(counter, "Sophie"), "1111")
    main.update_status()
    assert not main.promotions_button.isVisible()
    qtbot.keyClick(main, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert main.promotions_window is None
    main.logout()

    counter.login(user_id(counter, "Luc"), "2222")
    main.update_status()
    assert main.promotions_button.isVisible()
    assert main.promotions_button.text() == "Promotions (Ctrl+P)"
    qtbot.keyClick(main, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    promotions = main.promotions_window
    assert isinstance(promotions, PromotionsWindow) and promotions.isVisible()
    main.logout()  # the back office closes with the session
    qtbot.waitUntil(lambda: main.promotions_window is None)
