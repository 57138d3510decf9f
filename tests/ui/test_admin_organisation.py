"""The back office's Organisation and Guichets sections, driven by keyboard on the real demo
SQLite database: only an owner changes the organisation; bad input changes nothing."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from guichet.models.tables import Organisation, Tax, Terminal
from guichet.services.counter import Counter
from guichet.ui.admin import AdminWindow
from guichet.ui.admin.counters import COL_NAME, COL_PROFILE, COL_STATE, COL_VENUE, CountersSection
from guichet.ui.admin.history import COL_WHAT, COL_WHO, HistorySection
from guichet.ui.admin.organisation import OrganisationSection
from tests.backoffice_helpers import outbox_types
from tests.conftest import user_id
from tests.ui.admin_helpers import CTRL, focused, show_admin, type_text

NBSP = "\u00a0"


def retype(qtbot: QtBot, edit: QLineEdit | QPlainTextEdit, text: str) -> None:
    """Go to the field, select what it holds (Ctrl+A) and type over it."""
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, CTRL)
    type_text(edit, text)


def save(qtbot: QtBot) -> None:
    qtbot.keyClick(focused(), Qt.Key.Key_S, CTRL)


def open_section(qtbot: QtBot, counter: Counter, who: str, pin: str, key: str) -> AdminWindow:
    counter.login(user_id(counter, who), pin)
    return show_admin(qtbot, counter.back_office(), start=key)


def organisation_row(counter: Counter) -> tuple[str, str, str, str]:
    with counter.session_factory() as session:
        org = session.scalars(select(Organisation)).one()
        return org.name, org.qst_number, org.receipt_footer, org.timezone


@pytest.fixture
def owner_form(qtbot: QtBot, counter: Counter) -> Iterator[tuple[AdminWindow, OrganisationSection]]:
    window = open_section(qtbot, counter, "Marie", "9999", "organisation")
    section = window.sections["organisation"]
    assert isinstance(section, OrganisationSection)
    yield window, section
    window.close()


def test_owner_changes_the_qst_number_and_the_receipt_footer(
    qtbot: QtBot, owner_form: tuple[AdminWindow, OrganisationSection], counter: Counter
) -> None:
    window, section = owner_form
    form = section.form
    assert not form.name_edit.isReadOnly() and section.save_button.isEnabled()
    assert form.qst_rate_edit.text() == "9,975"
    retype(qtbot, form.qst_number_edit, "1006543210 TQ0002")
    retype(qtbot, form.footer_edit, "Merci de votre visite !\nÀ bientôt au Quai.")
    # The preview follows what is typed.
    assert "TVQ 1006543210 TQ0002" in section.preview.text()
    assert "À bientôt au Quai." in section.preview.text()
    before = outbox_types(counter)
    save(qtbot)

    assert section.message.text() == "Organisation enregistrée."
    name, qst, footer, _tz = organisation_row(counter)
    assert (name, qst) == ("Les Productions du Quai", "1006543210 TQ0002")
    assert footer == "Merci de votre visite !\nÀ bientôt au Quai."
    with counter.session_factory() as session:
        tax = session.scalars(select(Tax).where(Tax.code == "QST")).one()
        assert tax.registration == "1006543210 TQ0002"
    assert outbox_types(counter) == [*before, "organisation.save"]
    history = window.show_section("history")
    assert isinstance(history, HistorySection)
    assert history.table.item(0, COL_WHO).text() == "Marie Tremblay"
    assert history.table.item(0, COL_WHAT).text() == (
        f"Organisation modifiée{NBSP}: n° de TVQ, pied du reçu"
    )


def test_a_supervisor_sees_the_organisation_read_only_and_a_forced_save_is_refused(
    qtbot: QtBot, counter: Counter
) -> None:
    window = open_section(qtbot, counter, "Luc", "2222", "organisation")
    section = window.sections["organisation"]
    assert isinstance(section, OrganisationSection)
    form = section.form
    assert form.name_edit.isReadOnly() and form.footer_edit.isReadOnly()
    assert not form.timezone_box.isEnabled()
    assert not section.save_button.isEnabled()
    only_owner = f"Seul un propriétaire modifie l'organisation{NBSP}; vous pouvez la consulter."
    assert section.notice.text() == only_owner
    assert section.save_button.toolTip() == only_owner
    before, commands = organisation_row(counter), outbox_types(counter)

    form.name_edit.setReadOnly(False)  # as if the window let it through
    retype(qtbot, form.name_edit, "Théâtre pirate")
    save(qtbot)
    assert section.message.text() == "Votre rôle ne permet pas cette opération."
    assert organisation_row(counter) == before
    assert outbox_types(counter) == commands
    window.close()


@pytest.mark.parametrize(
    ("field", "typed", "said"),
    [
        (
            "timezone",
            "America/Quebec",
            f"Fuseau horaire inconnu{NBSP}: «{NBSP}America/Quebec{NBSP}» "
            "(par exemple America/Toronto).",
        ),
        (
            "rate",
            "9,97,5",
            f"Taux «{NBSP}9,97,5{NBSP}» invalide{NBSP}: un pourcentage de 0 à 100, "
            "par exemple 9,975.",
        ),
    ],
)
def test_an_unknown_time_zone_or_a_bad_rate_is_refused_and_nothing_changes(
    qtbot: QtBot,
    owner_form: tuple[AdminWindow, OrganisationSection],
    counter: Counter,
    field: str,
    typed: str,
    said: str,
) -> None:
    _window, section = owner_form
    form = section.form
    before, commands = organisation_row(counter), outbox_types(counter)
    retype(qtbot, form.qst_number_edit, "9999999999 TQ9999")
    if field == "timezone":
        edit = form.timezone_box.lineEdit()
        assert edit is not None
        retype(qtbot, edit, typed)
    else:
        retype(qtbot, form.qst_rate_edit, typed)
    save(qtbot)
    assert section.message.text() == said
    assert organisation_row(counter) == before
    assert outbox_types(counter) == commands


def test_renaming_this_counter_and_choosing_its_venue_is_saved_and_shown(
    qtbot: QtBot, counter: Counter
) -> None:
    window = open_section(qtbot, counter, "Luc", "2222", "counters")
    section = window.sections["counters"]
    assert isinstance(section, CountersSection)
    form = section.form
    assert form.name_edit.text() == "Caisse 1"
    assert form.venue_combo.currentText() == "Aucun lieu en particulier"
    retype(qtbot, form.name_edit, "Caisse du hall")
    form.venue_combo.setFocus()
    theatre = form.venue_combo.findText("Théâtre du Quai")
    assert theatre > 0
    for _step in range(theatre):
        qtbot.keyClick(form.venue_combo, Qt.Key.Key_Down)
    assert form.venue_combo.currentText() == "Théâtre du Quai"
    save(qtbot)

    assert section.message.text() == f"Guichet «{NBSP}Caisse du hall{NBSP}» enregistré."
    row = [section.table.item(0, c).text() for c in range(section.table.columnCount())]
    assert [row[COL_NAME], row[COL_PROFILE], row[COL_VENUE], row[COL_STATE]] == [
        "Caisse du hall",
        "Billetterie",
        "Théâtre du Quai",
        "Ce guichet",
    ]
    assert "n'est pas jumelé" in section.counters.origin.text()
    with counter.session_factory() as session:
        terminal = session.get(Terminal, counter.terminal_id)
        assert terminal is not None and terminal.name == "Caisse du hall"
        assert terminal.venue_id == form.venue_id is not None
    counter.reload_settings()
    assert counter.terminal_name == "Caisse du hall"
    history = window.show_section("history")
    assert isinstance(history, HistorySection)
    assert history.table.item(0, COL_WHO).text() == "Luc Bouchard"
    assert history.table.item(0, COL_WHAT).text() == (
        f"Guichet modifié{NBSP}: Caisse du hall, profil «{NBSP}Billetterie{NBSP}»"
    )
    assert outbox_types(counter)[-1] == "terminal.save"

    # An empty name is refused in words, and nothing changes.
    window.show_section("counters")
    retype(qtbot, form.name_edit, "   ")
    save(qtbot)
    assert section.message.text() == "Le nom du guichet est obligatoire."
    counter.reload_settings()
    assert counter.terminal_name == "Caisse du hall"
    window.close()
