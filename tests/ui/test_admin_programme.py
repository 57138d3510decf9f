"""The Import et export section of the back office, by keyboard, on the real demo SQLite
database: a file's preview, its errors line by line, the import (all of it or nothing), a
big file read off the window's thread, and the export with a period."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from guichet.models.tables import Event, Occurrence
from guichet.services.backoffice import BackOffice
from guichet.services.counter import Counter
from guichet.ui.admin.programme import ProgrammeSection
from guichet.ui.admin.programme_parts import (
    COL_CAPACITY,
    COL_EVENT,
    COL_LINE,
    COL_LIST,
    COL_TAGS,
    COL_WHEN,
    ExportDialog,
)
from tests.conftest import user_id
from tests.ui.admin_helpers import press, show_admin

NBSP = "\u00a0"
HEADER = ["événement", "lieu", "début", "fin", "capacité", "liste_de_prix", "étiquettes"]
SHOW, QUAI, THEATRE = "Les Belles-sœurs", "Théâtre du Quai", "Théâtre — régulier"


def open_section(qtbot: QtBot, office: BackOffice) -> ProgrammeSection:
    window = show_admin(qtbot, office, start="programme")
    section = window.sections["programme"]
    assert isinstance(section, ProgrammeSection)
    section.choose_button.setFocus()
    return section


@pytest.fixture
def office(counter: Counter) -> BackOffice:
    counter.login(user_id(counter, "Luc"), "2222")  # a supervisor
    return counter.back_office()


@pytest.fixture
def section(qtbot: QtBot, office: BackOffice) -> Iterator[ProgrammeSection]:
    section = open_section(qtbot, office)
    yield section
    section.window().close()


def write(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows([HEADER, *rows])
    return path


def counts(office: BackOffice) -> tuple[int, int]:
    with office.session_factory() as session:
        return (
            int(session.scalar(select(func.count(Occurrence.id))) or 0),
            int(session.scalar(select(func.count(Event.id))) or 0),
        )


def cell(section: ProgrammeSection, row: int, column: int) -> str:
    return section.model.text(section.model.rows[row], column)


def test_a_valid_file_is_previewed_then_imported_with_entree(
    qtbot: QtBot, section: ProgrammeSection, office: BackOffice, tmp_path: Path
) -> None:
    path = write(
        tmp_path / "ete.csv",
        [
            [SHOW, QUAI, "2027-06-01 20:00", "", "320", "", "été"],
            ["Cabaret d'été", QUAI, "2027-06-04 21:00", "2027-06-05 01:00", "180", THEATRE, ""],
            ["Cabaret d'été", QUAI, "2027-06-05 21:00", "2027-06-05 23:00", "180", "", "été"],
        ],
    )
    assert section.import_button.text() == "Importer (Entrée)"
    press(qtbot, Qt.Key.Key_Return)  # nothing chosen yet: said, nothing happens
    assert section.message.text() == "Choisissez d'abord un fichier (Ctrl+O)."
    section.load(path)
    assert section.errors.isHidden()
    assert section.status.text() == (
        f"ete.csv{NBSP}: 3{NBSP}dates à importer. Un événement sera créé{NBSP}: Cabaret d'été."
    )
    assert section.import_button.isEnabled()
    assert section.import_button.text() == f"Importer les 3{NBSP}dates (Entrée)"
    assert [cell(section, r, COL_LINE) for r in range(3)] == ["2", "3", "4"]
    assert cell(section, 0, COL_EVENT) == f"{SHOW}\n{QUAI}"
    assert cell(section, 1, COL_EVENT) == f"Cabaret d'été (nouveau)\n{QUAI}"
    assert cell(section, 0, COL_WHEN) == f"mar. 1er juin 2027\n20{NBSP}h – 22{NBSP}h{NBSP}20"
    assert cell(section, 1, COL_WHEN) == (
        f"ven. 4 juin 2027, 21{NBSP}h\nau sam. 5 juin 2027, 1{NBSP}h"
    )
    assert [cell(section, r, COL_CAPACITY) for r in range(3)] == ["320", "180", "180"]
    assert [cell(section, r, COL_LIST) for r in range(3)] == [THEATRE] * 3
    assert cell(section, 0, COL_TAGS) == "été"

    before = counts(office)
    changed: list[bool] = []
    section.changed.connect(lambda: changed.append(True))
    press(qtbot, Qt.Key.Key_Return)
    assert section.message.text() == f"3{NBSP}dates importées, 1{NBSP}événement créé."
    assert counts(office) == (before[0] + 3, before[1] + 1)
    assert changed == [True]
    assert not section.import_button.isEnabled() and section.model.rowCount() == 0
    press(qtbot, Qt.Key.Key_Return)  # a second Entrée imports nothing twice
    assert counts(office) == (before[0] + 3, before[1] + 1)


def test_errors_show_line_by_line_and_nothing_can_be_imported(
    qtbot: QtBot, section: ProgrammeSection, office: BackOffice, tmp_path: Path
) -> None:
    path = write(
        tmp_path / "erreurs.csv",
        [
            [SHOW, QUAI, "2027-06-01 20:00", "", "320", "", ""],
            [SHOW, QUAI, "2027-06-02 20:00", "2027-06-02 18:00", "320", "", ""],
            [SHOW, "Salle Bourgie", "2027-06-03 20:00", "", "abc", "", ""],
        ],
    )
    before = counts(office)
    section.load(path)
    assert section.errors.isVisible()
    assert [section.errors.item(i).text() for i in range(section.errors.count())] == [
        f"Ligne 3{NBSP}: La fin (mercredi 2 juin 2027, 18{NBSP}h) doit venir après le début "
        f"(mercredi 2 juin 2027, 20{NBSP}h).",
        f"Ligne 4{NBSP}: Lieu inconnu{NBSP}: «{NBSP}Salle Bourgie{NBSP}» (lieux{NBSP}: "
        "Centre récréatif Saint-Roch, Théâtre du Quai).",
        f"Ligne 4{NBSP}: La capacité{NBSP}: «{NBSP}abc{NBSP}» n'est pas un nombre entier.",
    ]
    assert section.status.text() == (
        f"erreurs.csv{NBSP}: 3{NBSP}erreurs. Rien ne sera importé tant qu'il en reste."
    )
    assert not section.import_button.isEnabled()
    assert section.model.rowCount() == 1  # the valid line still shows
    press(qtbot, Qt.Key.Key_Return)
    assert section.message.text() == (
        f"3{NBSP}erreurs dans le fichier{NBSP}: rien n'a été importé."
    )
    assert counts(office) == before


def test_errors_are_said_in_english_to_an_english_speaker(
    qtbot: QtBot, make_counter: Callable[..., Counter], tmp_path: Path
) -> None:
    counter = make_counter("en")
    counter.login(user_id(counter, "Marie"), "9999")
    section = open_section(qtbot, counter.back_office())
    section.load(write(tmp_path / "bad.csv", [[SHOW, QUAI, "June 1st", "", "320", "", ""]]))
    assert section.errors.item(0).text() == (
        "Line 2: The start: \u201cJune 1st\u201d is not a date and time (YYYY-MM-DD HH:MM)."
    )
    section.window().close()


def test_a_big_file_is_read_and_imported_off_the_windows_thread(
    qtbot: QtBot, section: ProgrammeSection, office: BackOffice, tmp_path: Path
) -> None:
    rows = [
        [f"Camp de jour {week}", "Centre récréatif Saint-Roch", f"2027-{month:02d}-{day:02d} 09:00",
         f"2027-{month:02d}-{day:02d} 16:00", "40", "Loisirs — régulier", "camp"]
        for week in range(1, 4)
        for month in range(6, 9)
        for day in range(1, 29)
    ]  # fmt: skip
    assert len(rows) == 252
    rows += [[r[0].replace("Camp", "Atelier"), *r[1:]] for r in rows]
    path = write(tmp_path / "saison.csv", rows)
    section.background_bytes = 0  # this file is small; the path is the one of big files
    section.load(path)
    assert section.runner is not None and section.status.text() == "Lecture de saison.csv…"
    assert not section.choose_button.isEnabled()
    qtbot.waitUntil(lambda: section.preview is not None, timeout=30000)
    assert section.import_button.text() == f"Importer les 504{NBSP}dates (Entrée)"
    before = counts(office)
    press(qtbot, Qt.Key.Key_Return)  # more than 500 dates: saved off the window's thread too
    assert section.runner is not None and section.status.text() == "Importation en cours…"
    qtbot.waitUntil(lambda: section.runner is None, timeout=30000)
    assert section.message.text() == f"504{NBSP}dates importées, 6{NBSP}événements créés."
    assert counts(office) == (before[0] + 504, before[1] + 6)


def test_export_with_a_period_by_keyboard(
    qtbot: QtBot, section: ProgrammeSection, office: BackOffice, tmp_path: Path
) -> None:
    press(qtbot, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), ExportDialog), timeout=3000)
    dialog = QApplication.activeWindow()
    assert isinstance(dialog, ExportDialog) and dialog is section.export_dialog
    target = tmp_path / "samedi.xlsx"
    dialog.path_edit.setText(str(target))
    dialog.period_check.setChecked(True)
    dialog.first_day.setDate(QDate(2026, 12, 5))
    dialog.last_day.setDate(QDate(2026, 12, 5))
    dialog.path_edit.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    assert section.message.text() == f"6{NBSP}dates exportées dans {target}."
    sheet = load_workbook(target, read_only=True).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("event", "venue", "starts_at", "ends_at", "capacity", "price_list", "tags")
    assert {r[2][:10] for r in rows[1:]} == {"2026-12-05"}  # type: ignore[index]
    assert ("Les Belles-sœurs", "Théâtre du Quai", "2026-12-05 14:00") in {r[:3] for r in rows}

    # A wrong extension stays in the dialog, said in words.
    section.window().activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is section.window(), timeout=3000)
    section.choose_button.setFocus()
    press(qtbot, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), ExportDialog), timeout=3000)
    dialog = QApplication.activeWindow()
    assert isinstance(dialog, ExportDialog)
    dialog.path_edit.setText(str(tmp_path / "programme.ods"))
    dialog.path_edit.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.message.text() == f"Format non reconnu{NBSP}: programme.ods (CSV ou XLSX)."
    dialog.reject()
