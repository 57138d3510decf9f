"""The back office's Listes d'entrée section (issue 17, part 4), driven by keyboard like a
supervisor does, on the real demo SQLite database (Saturday 2026-12-05, noon; Luc is the
supervisor, Sophie a cashier)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from guichet.models.tables import CheckInList as CheckInListRow
from guichet.services.counter import Counter
from guichet.ui.admin import AdminWindow
from guichet.ui.admin.check_in_lists import (
    COL_CATEGORIES,
    COL_ENTRY,
    COL_EVENTS,
    COL_NAME,
    COL_STATE,
    CheckInListDialog,
    CheckInListsSection,
)
from tests.backoffice_helpers import outbox_types
from tests.conftest import user_id
from tests.ui.admin_helpers import CTRL, activate, focused, press, show_admin, type_text

NBSP = "\u00a0"


def section_of(window: AdminWindow) -> CheckInListsSection:
    section = window.sections["check_in_lists"]
    assert isinstance(section, CheckInListsSection)
    return section


@pytest.fixture
def luc(qtbot: QtBot, counter: Counter) -> Iterator[AdminWindow]:
    """The supervisor's back office, on the Listes d'entrée section, with the keyboard."""
    counter.login(user_id(counter, "Luc"), "2222")
    window = show_admin(qtbot, counter.back_office(), start="check_in_lists")
    qtbot.waitUntil(lambda: section_of(window).isAncestorOf(focused()), timeout=3000)
    yield window
    window.close()


def dialog_of(qtbot: QtBot, section: CheckInListsSection) -> CheckInListDialog:
    qtbot.waitUntil(
        lambda: section.dialog is not None and section.dialog.isVisible(), timeout=3000
    )
    dialog = section.dialog
    assert dialog is not None
    activate(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.isAncestorOf(focused()), timeout=3000)
    return dialog


def back(qtbot: QtBot, window: AdminWindow) -> None:
    activate(qtbot, window)
    section = section_of(window)
    section.table.setFocus()
    qtbot.waitUntil(lambda: section.isAncestorOf(focused()), timeout=3000)


def row_texts(section: CheckInListsSection, row: int) -> list[str]:
    table = section.table
    return [table.item(row, c).text() for c in range(table.columnCount())]  # type: ignore[union-attr]


def rows(counter: Counter) -> list[CheckInListRow]:
    with counter.session_factory() as session:
        return list(session.scalars(select(CheckInListRow).order_by(CheckInListRow.name)))


def names(counter: Counter, table: type, ids: list[str]) -> list[str]:
    with counter.session_factory() as session:
        found = {r.id: r for r in session.scalars(select(table).where(table.id.in_(ids)))}
    return [getattr(found[i], "name", None) or found[i].name_fr for i in ids]


def test_a_supervisor_adds_and_edits_a_list_by_keyboard(
    qtbot: QtBot, luc: AdminWindow, counter: Counter
) -> None:
    from guichet.models.tables import Event, TicketCategory

    section = section_of(luc)
    assert section.table.rowCount() == 0
    assert section.message.text().startswith("Aucune liste pour l'instant")
    before = outbox_types(counter)

    # Inser: a new list. Entrée with no name is refused in words, and nothing is saved.
    press(qtbot, Qt.Key.Key_Insert)
    dialog = dialog_of(qtbot, section)
    assert dialog.windowTitle() == "Nouvelle liste d'entrée"
    assert dialog.name_edit.hasFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.message.text() == "Donnez un nom à la liste d'entrée."
    assert dialog.name_edit.hasFocus()
    assert rows(counter) == []

    type_text(dialog.name_edit, "Parterre")
    press(qtbot, Qt.Key.Key_Tab)  # the events: « Tous les événements » is chosen
    assert focused() is dialog.events.all_radio and dialog.events.all_radio.isChecked()
    assert not dialog.events.list.isEnabled()
    press(qtbot, Qt.Key.Key_Right)  # « Ceux-ci »
    assert dialog.events.some_radio.isChecked() and dialog.events.list.isEnabled()
    # « Ceux-ci » with nothing ticked would mean every event: refused, in words.
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.message.text() == (
        f"Cochez au moins un événement, ou choisissez «{NBSP}Tous les événements{NBSP}»."
    )
    assert focused() is dialog.events.list
    qtbot.keyClicks(dialog.events.list, "Le")  # type to find (a space would tick), Espace ticks
    assert dialog.events.list.currentItem().text() == "Le Malade imaginaire"
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Tab)  # the categories: all of them
    assert focused() is dialog.categories.all_radio
    press(qtbot, Qt.Key.Key_Tab)  # « À partir de … min avant le début »
    assert focused() is dialog.minutes_check and not dialog.minutes_spin.isEnabled()
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused().parent() is dialog.minutes_spin or focused() is dialog.minutes_spin
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_text(focused(), "45")
    press(qtbot, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    back(qtbot, luc)
    (saved,) = rows(counter)
    assert saved.name == "Parterre" and saved.minutes_before == 45 and saved.active
    assert names(counter, Event, saved.event_ids) == ["Le Malade imaginaire"]
    assert saved.category_ids == []
    assert row_texts(section, 0) == [
        "Parterre",
        "Le Malade imaginaire",
        "Toutes les catégories",
        f"45{NBSP}min avant le début",
        "Active",
    ]
    assert section.message.text() == f"Liste «{NBSP}Parterre{NBSP}» enregistrée."
    assert section.summary.text() == "1 liste active"
    assert outbox_types(counter) == [*before, "check_in_list.save"]
    assert [d.name for d in counter.door.lists()] == ["Parterre"]  # the door windows see it

    # Entrée edits the chosen list: a new name, adults and seniors only, no opening time.
    press(qtbot, Qt.Key.Key_Return)
    dialog = dialog_of(qtbot, section)
    assert dialog.windowTitle() == "Modifier la liste"
    assert dialog.name_edit.text() == "Parterre"
    assert dialog.events.some_radio.isChecked() and dialog.minutes_check.isChecked()
    assert dialog.minutes_spin.value() == 45
    dialog.name_edit.selectAll()
    type_text(dialog.name_edit, "Parterre et corbeille")
    qtbot.mouseClick(dialog.categories.some_radio, Qt.MouseButton.LeftButton)
    dialog.categories.list.setFocus()
    for name in ("Adulte", "Aîné"):
        row = next(
            r for r in range(dialog.categories.list.count())
            if dialog.categories.list.item(r).text() == name
        )  # fmt: skip
        dialog.categories.list.setCurrentRow(row)
        press(qtbot, Qt.Key.Key_Space)
    qtbot.mouseClick(dialog.minutes_check, Qt.MouseButton.LeftButton)
    assert not dialog.minutes_spin.isEnabled()
    dialog.name_edit.setFocus()
    press(qtbot, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    back(qtbot, luc)
    (saved,) = rows(counter)
    assert saved.name == "Parterre et corbeille" and saved.minutes_before is None
    assert sorted(names(counter, TicketCategory, saved.category_ids)) == ["Adulte", "Aîné"]
    texts = row_texts(section, 0)
    assert texts[COL_NAME] == "Parterre et corbeille"
    assert texts[COL_EVENTS] == "Le Malade imaginaire"
    assert texts[COL_CATEGORIES] == "Adulte, Aîné"
    assert texts[COL_ENTRY] == "Dès le début de la journée"


def test_ctrl_d_deactivates_and_brings_back_a_list(
    qtbot: QtBot, luc: AdminWindow, counter: Counter
) -> None:
    section = section_of(luc)
    balcon = counter.door.save_list("Balcon", minutes_before=30)
    counter.door.save_list("Parterre")
    section.refresh()
    section.select(balcon)
    section.table.setFocus()
    assert section.toggle_button.text() == "Désactiver (Ctrl+D)"

    press(qtbot, Qt.Key.Key_D, CTRL)
    assert [d.name for d in counter.door.lists()] == ["Parterre"]  # no door offers it now
    assert [d.name for d in counter.door.lists(active_only=False)] == ["Balcon", "Parterre"]
    assert row_texts(section, 1)[COL_NAME] == "Balcon"
    assert row_texts(section, 1)[COL_STATE] == "Désactivée"  # greyed, at the end
    assert section.selected is not None and section.selected.id == balcon
    assert section.toggle_button.text() == "Réactiver (Ctrl+D)"
    assert section.summary.text() == "1 liste active · 1 désactivée"
    assert section.message.text().startswith(f"«{NBSP}Balcon{NBSP}» n'est plus proposée")
    (kept,) = [r for r in rows(counter) if r.id == balcon]
    assert kept.minutes_before == 30  # nothing else changed

    press(qtbot, Qt.Key.Key_D, CTRL)
    assert [d.name for d in counter.door.lists()] == ["Balcon", "Parterre"]
    assert section.message.text() == f"«{NBSP}Balcon{NBSP}» est de nouveau proposée aux portes."


def test_a_cashier_is_refused_in_words_and_nothing_is_saved(
    qtbot: QtBot, cashier_counter: Counter
) -> None:
    # A cashier never sees the back office; were the section reached anyway, the handler
    # refuses (supervisors and owners only) and says so in the dialog.
    section = CheckInListsSection(cashier_counter.back_office())
    qtbot.addWidget(section)
    section.show()
    section.refresh()
    section.add()
    dialog = dialog_of(qtbot, section)
    type_text(dialog.name_edit, "Balcon")
    press_in(qtbot, dialog, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.message.text() == "Votre rôle ne permet pas cette opération."
    assert rows(cashier_counter) == []


def press_in(qtbot: QtBot, widget: object, key: Qt.Key) -> None:
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, key)
