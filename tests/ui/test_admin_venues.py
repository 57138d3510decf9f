"""Lieux et salles, driven by keyboard in the real back-office window on the demo's SQLite
file: Luc (supervisor) adds a venue, a general-admission hall and a seated hall from a seat-map
CSV; bad input is refused in words and nothing is written; a cashier is refused by the
handler."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTreeWidgetItem
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from guichet.models.tables import Hall, SeatMapRow, Venue
from guichet.services.counter import Counter
from guichet.ui.admin import AdminWindow
from guichet.ui.admin.venue_dialogs import HallDialog, VenueDialog
from guichet.ui.admin.venues import COL_DETAIL, COL_NAME, COL_STATE, VenuesSection
from tests.conftest import user_id
from tests.ui.admin_helpers import CTRL, NONE, changes, press, show_admin, type_text

NBSP = "\u00a0"


def seat_map_csv(path: Path, bad_line: str | None = None) -> Path:
    """Two rows of five seats (10 seats); ``bad_line`` replaces the 4th line of the file."""
    lines = ["section,row,number,x,y,accessible"]
    for row_index, row in enumerate("AB"):
        for number in range(1, 6):
            accessible = "oui" if number == 1 else "non"
            lines.append(f"Parterre,{row},{number},{number},{row_index},{accessible}")
    if bad_line is not None:
        lines[3] = bad_line
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def count(counter: Counter, model: type) -> int:
    with counter.session_factory() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


@pytest.fixture
def luc(counter: Counter) -> Counter:
    counter.login(user_id(counter, "Luc"), "2222")
    return counter


@pytest.fixture
def open_section(qtbot: QtBot) -> Iterator[Callable[[Counter], VenuesSection]]:
    windows: list[AdminWindow] = []

    def make(counter: Counter) -> VenuesSection:
        window = show_admin(qtbot, counter.back_office(), start="venues")
        windows.append(window)
        section = window.sections["venues"]
        assert isinstance(section, VenuesSection)
        section.tree.setFocus()
        return section

    yield make
    for window in windows:
        window.close()


def open_dialog(
    qtbot: QtBot, section: VenuesSection, key: Qt.Key, modifier: Qt.KeyboardModifier
) -> VenueDialog | HallDialog:
    section.dialog = None
    press(qtbot, key, modifier)
    qtbot.waitUntil(lambda: section.dialog is not None and section.dialog.isVisible())
    dialog = section.dialog
    assert dialog is not None

    def has_keyboard() -> bool:
        focus = QApplication.focusWidget()
        return focus is not None and dialog.isAncestorOf(focus)

    qtbot.waitUntil(has_keyboard, timeout=3000)
    return dialog


def row_of(section: VenuesSection, name: str) -> QTreeWidgetItem:
    for i in range(section.tree.topLevelItemCount()):
        top = section.tree.topLevelItem(i)
        assert top is not None
        for row in [top] + [top.child(j) for j in range(top.childCount())]:
            if row is not None and row.text(COL_NAME) == name:
                return row
    raise AssertionError(f"no row {name!r}")


def choose_venue(section: VenuesSection, name: str) -> None:
    venue = section.office.venues.find(name)
    assert venue is not None
    section.select(("venue", venue.id))
    section.tree.setFocus()


def test_a_supervisor_adds_a_venue_a_hall_and_a_seated_hall_by_keyboard(
    qtbot: QtBot, luc: Counter, open_section: Callable[[Counter], VenuesSection], tmp_path: Path
) -> None:
    section = open_section(luc)
    assert "Lieux et salles" in section.title()
    assert row_of(section, "Salle Octave-Crémazie").text(COL_DETAIL) == f"320{NBSP}places"

    dialog = open_dialog(qtbot, section, Qt.Key.Key_Insert, NONE)
    assert isinstance(dialog, VenueDialog) and dialog.name_edit.hasFocus()
    type_text(dialog.name_edit, "Maison de la culture Mercier")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(dialog.address_edit, "8105, rue Hochelaga, Montréal")
    press(qtbot, Qt.Key.Key_Tab)  # off the address (where Entrée starts a new line)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    venue = luc.back_office().venues.find("Maison de la culture Mercier")
    assert venue is not None and venue.address == "8105, rue Hochelaga, Montréal"
    assert section.selected() == (venue, None)
    assert section.message.text() == f"Lieu «{NBSP}Maison de la culture Mercier{NBSP}» enregistré."

    # Ctrl+Inser: a general-admission hall of 250 places in the chosen venue.
    hall_dialog = open_dialog(qtbot, section, Qt.Key.Key_Insert, CTRL)
    assert isinstance(hall_dialog, HallDialog) and hall_dialog.free_radio.isChecked()
    type_text(hall_dialog.name_edit, "Studio")
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    assert hall_dialog.capacity_edit.hasFocus()
    type_text(hall_dialog.capacity_edit, "250")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not hall_dialog.isVisible())
    assert row_of(section, "Studio").text(COL_DETAIL) == f"250{NBSP}places"
    assert section.message.text() == (
        f"Salle «{NBSP}Studio{NBSP}» enregistrée{NBSP}: 250{NBSP}places."
    )

    # Ctrl+I on the venue: a seated hall from a 2 × 5 seat map.
    press(qtbot, Qt.Key.Key_Up)
    assert section.selected() is not None and section.selected()[1] is None  # type: ignore[index]
    seated = open_dialog(qtbot, section, Qt.Key.Key_I, CTRL)
    assert isinstance(seated, HallDialog) and seated.seated_radio.isChecked()
    assert seated.name_edit.hasFocus()
    type_text(seated.name_edit, "Grande salle")
    seated.path_edit.setText(str(seat_map_csv(tmp_path / "plan.csv")))  # the file chooser's part
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not seated.isVisible())
    assert row_of(section, "Grande salle").text(COL_DETAIL) == (
        f"10{NBSP}sièges,\nplan Maison de la culture Mercier — Grande salle"
    )
    halls = {h.name: h for h in luc.back_office().venues.get(venue.id).halls}
    assert halls["Grande salle"].capacity == 10 and halls["Grande salle"].seated
    assert halls["Studio"].capacity == 250 and not halls["Studio"].seated


def test_a_bad_seat_map_line_or_a_taken_name_is_refused_in_words_and_nothing_changes(
    qtbot: QtBot, luc: Counter, open_section: Callable[[Counter], VenuesSection], tmp_path: Path
) -> None:
    section = open_section(luc)
    before = (changes(luc), count(luc, SeatMapRow), count(luc, Hall), count(luc, Venue))

    choose_venue(section, "Théâtre du Quai")
    seated = open_dialog(qtbot, section, Qt.Key.Key_I, CTRL)
    assert isinstance(seated, HallDialog)
    type_text(seated.name_edit, "Balcon")
    seated.path_edit.setText(
        str(seat_map_csv(tmp_path / "plan.csv", bad_line="Parterre,A,douze,3,0,non"))
    )
    press(qtbot, Qt.Key.Key_Return)
    assert seated.isVisible()
    assert seated.error_label.text() == (
        "Ligne 4\u00a0: numéro de siège invalide «\u00a0douze\u00a0» (ex. 12 ou 12A)."
    )
    # A hall's name already taken in this venue: refused before the map is imported.
    seated.name_edit.setText("salle octave-crémazie")
    seated.path_edit.setText(str(seat_map_csv(tmp_path / "good.csv")))
    press(qtbot, Qt.Key.Key_Return)
    assert "a déjà une salle" in seated.error_label.text()
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not seated.isVisible())

    dialog = open_dialog(qtbot, section, Qt.Key.Key_Insert, NONE)
    type_text(dialog.name_edit, "théâtre du quai")  # accents and case aside, it exists
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.error_label.text() == f"Un lieu s'appelle déjà «{NBSP}théâtre du quai{NBSP}»."
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    choose_venue(section, "Théâtre du Quai")
    hall = open_dialog(qtbot, section, Qt.Key.Key_Insert, CTRL)
    assert isinstance(hall, HallDialog)
    type_text(hall.name_edit, "Foyer")
    hall.capacity_edit.setFocus()
    type_text(hall.capacity_edit, "-5")
    press(qtbot, Qt.Key.Key_Return)
    assert hall.isVisible()
    assert "capacité" in hall.error_label.text() and "(-5)" in hall.error_label.text()
    hall.capacity_edit.setText("deux cents")
    press(qtbot, Qt.Key.Key_Return)
    assert hall.error_label.text() == (
        f"La capacité{NBSP}: «{NBSP}deux cents{NBSP}» n'est pas un nombre entier."
    )
    press(qtbot, Qt.Key.Key_Escape)

    assert (changes(luc), count(luc, SeatMapRow), count(luc, Hall), count(luc, Venue)) == before


def test_ctrl_i_on_a_hall_gives_it_a_seat_map(
    qtbot: QtBot, luc: Counter, open_section: Callable[[Counter], VenuesSection], tmp_path: Path
) -> None:
    section = open_section(luc)
    hall = next(
        h
        for h in luc.back_office().venues.find("Théâtre du Quai").halls  # type: ignore[union-attr]
        if h.name == "Salle Octave-Crémazie"
    )
    section.select(("hall", hall.id))
    section.tree.setFocus()
    dialog = open_dialog(qtbot, section, Qt.Key.Key_I, CTRL)
    assert isinstance(dialog, HallDialog)
    assert dialog.seated_radio.isChecked() and dialog.path_edit.hasFocus()
    assert dialog.name_edit.text() == "Salle Octave-Crémazie"
    dialog.path_edit.setText(str(seat_map_csv(tmp_path / "plan.csv")))
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    remapped = luc.back_office().venues.hall(hall.id)
    assert remapped.seated and remapped.capacity == 10
    assert row_of(section, "Salle Octave-Crémazie").text(COL_DETAIL).startswith(f"10{NBSP}sièges")


def test_withdrawing_a_venue_asks_first_and_entree_keeps_it(
    qtbot: QtBot, luc: Counter, open_section: Callable[[Counter], VenuesSection]
) -> None:
    section = open_section(luc)
    choose_venue(section, "Théâtre du Quai")
    assert section.toggle_button.text() == "Retirer (Ctrl+D)"
    press(qtbot, Qt.Key.Key_D, CTRL)
    question = section.confirm_dialog
    assert question is not None
    qtbot.waitUntil(lambda: QApplication.activeWindow() is question)
    assert question.cancel_button.isDefault()
    press(qtbot, Qt.Key.Key_Return)  # Entrée: the safe answer
    qtbot.waitUntil(lambda: not question.isVisible())
    assert luc.back_office().venues.find("Théâtre du Quai").active  # type: ignore[union-attr]

    section.tree.setFocus()
    press(qtbot, Qt.Key.Key_D, CTRL)
    question = section.confirm_dialog
    assert question is not None
    qtbot.waitUntil(question.isVisible)
    question.accept_button.click()
    assert not luc.back_office().venues.find("Théâtre du Quai").active  # type: ignore[union-attr]
    assert row_of(section, "Théâtre du Quai").text(COL_STATE) == "Retiré"
    assert section.toggle_button.text() == "Rétablir (Ctrl+D)"

    section.tree.setFocus()
    press(qtbot, Qt.Key.Key_D, CTRL)  # bringing back needs no question
    assert luc.back_office().venues.find("Théâtre du Quai").active  # type: ignore[union-attr]
    assert row_of(section, "Théâtre du Quai").text(COL_STATE) == "Actif"


def test_a_cashier_is_refused_by_the_handler(
    qtbot: QtBot,
    counter: Counter,
    open_section: Callable[[Counter], VenuesSection],
    tmp_path: Path,
) -> None:
    counter.login(user_id(counter, "Sophie"), "1111")
    before = (changes(counter), count(counter, Venue), count(counter, SeatMapRow))
    section = open_section(counter)
    dialog = open_dialog(qtbot, section, Qt.Key.Key_Insert, NONE)
    type_text(dialog.name_edit, "Salle clandestine")
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.error_label.text() == "Votre rôle ne permet pas cette opération."
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    section.tree.setFocus()
    seated = open_dialog(qtbot, section, Qt.Key.Key_I, CTRL)
    type_text(seated.name_edit, "Loge")
    assert isinstance(seated, HallDialog)
    seated.path_edit.setText(str(seat_map_csv(tmp_path / "plan.csv")))
    press(qtbot, Qt.Key.Key_Return)
    assert seated.error_label.text() == "Votre rôle ne permet pas cette opération."
    assert (changes(counter), count(counter, Venue), count(counter, SeatMapRow)) == before
