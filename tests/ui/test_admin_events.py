"""Événements, driven by keyboard in the real back-office window on the demo's SQLite file
(Saturday 2026-12-05, noon in Quebec): Luc creates a show in a new hall, its new date
inherits the hall's capacity and the show's à-la-carte defaults, he renames it and withdraws
it; an English counter shows English names; bad input is refused in words."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from guichet.models.tables import Event
from guichet.services.counter import Counter
from guichet.ui.admin import AdminWindow
from guichet.ui.admin.event_form import EventForm
from guichet.ui.admin.events import COL_KIND, COL_NAME, COL_PLACE, COL_PRICES, EventsSection
from tests.conftest import user_id
from tests.ui.admin_helpers import CTRL, changes, press, show_admin, type_here

NBSP = "\u00a0"
QUEBEC = ZoneInfo("America/Toronto")


def choose(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Pick an entry of the focused list with the arrow keys."""
    assert combo.hasFocus()
    wanted = next(i for i in range(combo.count()) if combo.itemText(i).startswith(text))
    while combo.currentIndex() != wanted:
        press(qtbot, Qt.Key.Key_Down if combo.currentIndex() < wanted else Qt.Key.Key_Up)


def pick_venue_and_prices(
    qtbot: QtBot, form: EventForm, venue: str = "Centre récréatif", prices: str = "Loisirs"
) -> None:
    form.venue_combo.setFocus()
    choose(qtbot, form.venue_combo, venue)
    form.price_combo.setFocus()
    choose(qtbot, form.price_combo, prices)


def test_a_new_event_is_given_its_venue_and_price_list_never_the_first_of_the_list(
    qtbot: QtBot, luc: Counter, open_section: Callable[[Counter], EventsSection]
) -> None:
    """Two venues and two price lists in the demo: a show saved without a choice would sell
    at the first ones (the arena, at leisure prices). Entrée asks for each, in the form's
    order, with the focus on the list to choose from."""
    section = open_section(luc)
    before = (changes(luc), events_count(luc))
    open_form(qtbot, section, Qt.Key.Key_Insert)
    form = section.form
    assert form.venue_combo.currentIndex() == -1 and form.price_combo.currentIndex() == -1
    type_here("Tartuffe")
    press(qtbot, Qt.Key.Key_Return)
    assert form.error_label.text() == "Choisissez le lieu."
    assert form.venue_combo.hasFocus()
    choose(qtbot, form.venue_combo, "Théâtre du Quai")
    press(qtbot, Qt.Key.Key_Return)
    assert form.error_label.text() == "Choisissez la liste de prix."
    assert form.price_combo.hasFocus()
    assert (changes(luc), events_count(luc)) == before
    choose(qtbot, form.price_combo, "Théâtre")
    press(qtbot, Qt.Key.Key_Return)
    assert not section.editing
    made = next(e for e in luc.back_office().events.all() if e.name == "Tartuffe")
    office = luc.back_office()
    assert office.venues.get(made.venue_id).name == "Théâtre du Quai"
    assert office.prices.price_list(made.price_list_id).name.startswith("Théâtre")


def events_count(counter: Counter) -> int:
    with counter.session_factory() as session:
        return int(session.scalar(select(func.count(Event.id))) or 0)


@pytest.fixture
def luc(counter: Counter) -> Counter:
    counter.login(user_id(counter, "Luc"), "2222")
    return counter


@pytest.fixture
def open_section(qtbot: QtBot) -> Iterator[Callable[[Counter], EventsSection]]:
    windows: list[AdminWindow] = []

    def make(counter: Counter) -> EventsSection:
        window = show_admin(qtbot, counter.back_office())
        windows.append(window)
        section = window.sections["events"]
        assert isinstance(section, EventsSection)
        assert window.stack.currentWidget() is section  # the first section shown
        section.table.setFocus()
        return section

    yield make
    for window in windows:
        window.close()


def row_named(section: EventsSection, name: str) -> list[str]:
    for row in range(section.table.rowCount()):
        cells = [section.table.item(row, c) for c in range(section.table.columnCount())]
        texts = [cell.text() if cell is not None else "" for cell in cells]
        if texts[COL_NAME] == name:
            return texts
    raise AssertionError(f"no row {name!r}")


def open_form(qtbot: QtBot, section: EventsSection, key: Qt.Key) -> None:
    section.table.setFocus()
    press(qtbot, key)
    assert section.editing
    assert section.form.name_edit.hasFocus()


def test_a_supervisor_creates_a_show_edits_and_withdraws_it_by_keyboard(
    qtbot: QtBot, luc: Counter, open_section: Callable[[Counter], EventsSection]
) -> None:
    office = luc.back_office()
    venue_id = office.venues.save("Maison de la culture Mercier", "8105, rue Hochelaga")
    hall_id = office.venues.save_hall(venue_id, "Studio", 250)
    section = open_section(luc)

    open_form(qtbot, section, Qt.Key.Key_Insert)
    form = section.form
    assert form.heading.text() == "Nouvel événement"
    type_here("Le Cid")
    press(qtbot, Qt.Key.Key_Tab)
    assert form.name_en_edit.hasFocus()
    type_here("The Cid")
    press(qtbot, Qt.Key.Key_Tab)
    type_here("Tragi-comédie de Corneille.")
    press(qtbot, Qt.Key.Key_Tab)
    assert form.tags_edit.hasFocus()
    type_here("théâtre, Classique")
    press(qtbot, Qt.Key.Key_Tab)
    choose(qtbot, form.venue_combo, "Maison de la culture Mercier")
    press(qtbot, Qt.Key.Key_Tab)
    assert form.hall_combo.currentText() == f"Studio (250{NBSP}places)"
    press(qtbot, Qt.Key.Key_Tab)
    choose(qtbot, form.price_combo, "Théâtre — régulier")
    press(qtbot, Qt.Key.Key_Tab)
    type_here("4010-Billetterie")
    press(qtbot, Qt.Key.Key_Tab)
    assert form.programme_combo.hasFocus()  # empty: a programme named after the show
    press(qtbot, Qt.Key.Key_Tab)
    assert form.duration_edit.hasFocus()
    type_here("1:45")  # Tab selected the "2:00" it held
    press(qtbot, Qt.Key.Key_Tab)
    assert form.capacity_edit.placeholderText() == "250 (la salle)"
    press(qtbot, Qt.Key.Key_Tab)
    type_here("12")
    press(qtbot, Qt.Key.Key_Tab)
    type_here("6,50")
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    assert form.opens_edit.hasFocus()
    type_here("7 j")
    press(qtbot, Qt.Key.Key_Tab)
    type_here("2 h")
    press(qtbot, Qt.Key.Key_Return)

    assert not section.editing
    assert section.message.text() == (
        f"«{NBSP}Le Cid{NBSP}» créé{NBSP}: Ctrl+O pour lui ajouter des dates."
    )
    cells = row_named(section, "Le Cid")
    assert cells[COL_KIND] == "Spectacle"
    assert cells[COL_PLACE] == "Maison de la culture Mercier — Studio"
    assert cells[COL_PRICES] == "Théâtre — régulier"
    event = next(e for e in office.events.all() if e.name == "Le Cid")
    assert (event.kind, event.name_en, event.description) == (
        "show",
        "The Cid",
        "Tragi-comédie de Corneille.",
    )
    assert event.tags == ("classique", "théâtre")
    assert (event.venue_id, event.hall_id) == (venue_id, hall_id)
    assert event.price_list_name == "Théâtre — régulier"
    assert event.accounting_account == "4010-Billetterie"
    assert event.programme_name == "Le Cid"
    defaults = event.defaults
    assert defaults.duration_minutes == 105 and defaults.capacity is None
    assert (defaults.alacarte_places, defaults.alacarte_price) == (12, 650)
    assert defaults.registration_opens_minutes == 7 * 24 * 60
    assert defaults.registration_closes_minutes == 120

    # A new date inherits the hall's capacity and the show's à-la-carte defaults.
    starts = datetime(2026, 12, 12, 20, 0, tzinfo=QUEBEC)
    occurrence_id = office.dates.add_one(event.id, starts)
    new_date = office.dates.get(occurrence_id)
    assert new_date.capacity == 250
    assert (new_date.alacarte_places, new_date.alacarte_price) == (12, 650)
    assert new_date.registration_opens_minutes == 7 * 24 * 60
    assert new_date.ends_at - new_date.starts_at == starts.replace(hour=21, minute=45) - starts
    assert [o.event_name for o in luc.occurrences(date(2026, 12, 12))].count("Le Cid") == 1

    # Entrée on the row: change its name.
    section.refresh()
    section.select(event.id)
    open_form(qtbot, section, Qt.Key.Key_Return)
    assert form.heading.text() == f"Modifier «{NBSP}Le Cid{NBSP}»"
    assert form.price_edit.text() == "6,50" and form.opens_edit.text() == f"7{NBSP}j"
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_here("Le Cid (reprise)")
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert not section.editing
    assert office.events.get(event.id).name == "Le Cid (reprise)"
    assert office.events.get(event.id).tags == ("classique", "théâtre")  # the rest kept

    # Ctrl+D: withdraw, after a question whose default keeps it.
    section.select(event.id)
    section.table.setFocus()
    press(qtbot, Qt.Key.Key_D, CTRL)
    question = section.confirm_dialog
    assert question is not None
    qtbot.waitUntil(lambda: QApplication.activeWindow() is question)
    press(qtbot, Qt.Key.Key_Return)  # Entrée answers "Annuler"
    qtbot.waitUntil(lambda: not question.isVisible())
    assert office.events.get(event.id).active
    section.table.setFocus()
    press(qtbot, Qt.Key.Key_D, CTRL)
    question = section.confirm_dialog
    assert question is not None
    qtbot.waitUntil(lambda: QApplication.activeWindow() is question)
    question.accept_button.click()
    assert not office.events.get(event.id).active
    assert all(e.id != event.id for e in section.events)  # hidden unless asked for
    section.table.setFocus()
    press(qtbot, Qt.Key.Key_R, CTRL)
    assert section.withdrawn_check.isChecked()
    assert row_named(section, "Le Cid (reprise) (retiré)")
    # Withdrawn: no longer sold at the counter.
    assert "Le Cid (reprise)" not in [o.event_name for o in luc.occurrences(date(2026, 12, 12))]


def test_ctrl_o_asks_the_window_for_the_event_dates(
    qtbot: QtBot, luc: Counter, open_section: Callable[[Counter], EventsSection]
) -> None:
    section = open_section(luc)
    section.select(next(e.id for e in section.events if e.name == "Bain libre"))
    section.table.setFocus()
    with qtbot.waitSignal(section.datesRequested) as asked:
        press(qtbot, Qt.Key.Key_O, CTRL)
    assert asked.args == [next(e.id for e in section.events if e.name == "Bain libre")]


def test_an_english_counter_shows_english_names_and_falls_back_on_french(
    qtbot: QtBot,
    make_counter: Callable[..., Counter],
    open_section: Callable[[Counter], EventsSection],
) -> None:
    counter = make_counter(lang="en")
    counter.login(user_id(counter, "Luc"), "2222")
    section = open_section(counter)
    names = [section.table.item(row, COL_NAME).text() for row in range(section.table.rowCount())]  # type: ignore[union-attr]
    assert "The Imaginary Invalid" in names and "Public swim" in names
    assert "Le Malade imaginaire" not in names
    assert "Les Belles-sœurs" in names  # no English name: the French one


@pytest.mark.parametrize(
    ("field", "text", "said"),
    [
        ("name_edit", "", "Le nom de l'événement est obligatoire."),
        (
            "name_edit",
            "=SOMME(A1:A9)",
            f"Le nom de l'événement{NBSP}: «{NBSP}=SOMME(A1:A9){NBSP}» commence par =, +, - "
            "ou @, qu'un tableur prendrait pour une formule.",
        ),
        (
            "price_edit",
            "6,505",
            f"Prix «{NBSP}6,505{NBSP}»{NBSP}: deux décimales au plus (les cents).",
        ),
        ("capacity_edit", "-5", "(-5)"),
    ],
)
def test_bad_input_is_refused_in_words_under_the_form_and_nothing_is_written(
    qtbot: QtBot,
    luc: Counter,
    open_section: Callable[[Counter], EventsSection],
    field: str,
    text: str,
    said: str,
) -> None:
    section = open_section(luc)
    before = (changes(luc), events_count(luc))
    open_form(qtbot, section, Qt.Key.Key_Insert)
    form = section.form
    type_here("Ateliers du samedi")
    edit = getattr(form, field)
    edit.setFocus()
    edit.selectAll()
    type_here(text) if text else press(qtbot, Qt.Key.Key_Delete)
    if field == "price_edit":
        form.places_edit.setText("10")
    if field == "capacity_edit":  # the form above the capacity rightly filled
        pick_venue_and_prices(qtbot, form)
        edit.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert section.editing
    assert said in form.error_label.text()
    assert QApplication.focusWidget() is edit  # the field concerned, to correct it
    assert (changes(luc), events_count(luc)) == before
    press(qtbot, Qt.Key.Key_Escape)  # back to the list, the window stays open
    assert not section.editing and section.window().isVisible()
    assert (changes(luc), events_count(luc)) == before


def test_without_a_hall_a_capacity_is_required(
    qtbot: QtBot, luc: Counter, open_section: Callable[[Counter], EventsSection]
) -> None:
    section = open_section(luc)
    before = changes(luc)
    open_form(qtbot, section, Qt.Key.Key_Insert)
    form = section.form
    type_here("Concert dans le parc")
    pick_venue_and_prices(qtbot, form)
    form.hall_combo.setFocus()
    choose(qtbot, form.hall_combo, "Aucune salle")
    press(qtbot, Qt.Key.Key_Return)
    assert form.error_label.text() == (
        f"Indiquez une capacité (l'événement «{NBSP}Concert dans le parc{NBSP}» n'a ni "
        "capacité par défaut ni salle)."
    )
    assert form.capacity_edit.hasFocus()
    type_here("400")
    press(qtbot, Qt.Key.Key_Return)
    assert not section.editing
    created = next(e for e in luc.back_office().events.all() if e.name == "Concert dans le parc")
    assert created.hall_id is None and created.defaults.capacity == 400
    assert changes(luc) > before
