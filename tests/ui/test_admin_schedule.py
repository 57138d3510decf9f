"""The Horaire (dates) section of the back office, driven with the keyboard as Luc (supervisor)
does, on the real demo SQLite database (Saturday 2026-12-05, noon in Quebec)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from guichet.i18n.formatting import money
from guichet.models.tables import Occurrence, Order
from guichet.services.backoffice import BackOffice
from guichet.services.backoffice.schedule import DateFilter
from guichet.services.counter import Counter
from guichet.ui.admin import AdminWindow
from guichet.ui.admin.dates_model import COL_EVENT, COL_REMAINING, COL_SOLD, COL_TAGS, COL_WHEN
from guichet.ui.admin.schedule import ScheduleSection
from tests.backoffice_helpers import (
    AUTUMN,
    TUESDAY,
    WEDNESDAY,
    ZONE,
    add_camp,
    cashier,
    days_between,
    outbox_types,
    supervisor,
)
from tests.integration.helpers import occurrence_named, sell_cash
from tests.ui.admin_helpers import activate, opened, press, show_admin

NBSP = "\u00a0"


@pytest.fixture
def luc(make_counter: Callable[..., Counter]) -> Counter:
    return supervisor(make_counter)


@pytest.fixture
def office(luc: Counter) -> BackOffice:
    return luc.back_office()


@pytest.fixture
def sophie(make_counter: Callable[..., Counter]) -> Counter:
    """The cashier, selling at the same counter's database."""
    return cashier(make_counter)


@pytest.fixture
def camp(office: BackOffice) -> str:
    return add_camp(office)


@pytest.fixture
def window(qtbot: QtBot, office: BackOffice, camp: str) -> Iterator[AdminWindow]:
    widget = show_admin(qtbot, office, start="schedule")
    yield widget
    widget.close()


@pytest.fixture
def section(window: AdminWindow) -> ScheduleSection:
    page = window.sections["schedule"]
    assert isinstance(page, ScheduleSection)
    return page


def type_in(qtbot: QtBot, field: QWidget, text: str) -> None:
    """Put the focus on a field, select what it holds and type over it."""
    field.setFocus()
    qtbot.waitUntil(field.hasFocus, timeout=2000)
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, text)


def tick(qtbot: QtBot, box: QWidget) -> None:
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)


def event_dates(luc: Counter, event_id: str) -> list[Occurrence]:
    with luc.session_factory() as session:
        return list(
            session.scalars(
                select(Occurrence)
                .where(Occurrence.event_id == event_id)
                .order_by(Occurrence.starts_at)
            )
        )


# --- a series --------------------------------------------------------------------------------


def test_luc_adds_tuesdays_and_wednesdays_at_10_and_12_over_the_change_of_clocks(
    qtbot: QtBot, luc: Counter, camp: str, window: AdminWindow, section: ScheduleSection
) -> None:
    press(qtbot, Qt.Key.Key_Insert)
    dialog = opened(qtbot, section.series_dialog)
    assert QApplication.focusWidget() is dialog.event_field
    qtbot.keyClicks(dialog.event_field, "Camp")
    assert dialog.event_field.currentText() == "Camp de jour"
    press(qtbot, Qt.Key.Key_Tab)  # Tab goes down the form: the first day, then the last
    assert QApplication.focusWidget() is dialog.first_day
    qtbot.keyClicks(dialog.first_day, "2027-10-01")
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.last_day
    qtbot.keyClicks(dialog.last_day, "2027-12-31")
    tick(qtbot, dialog.weekdays.boxes[TUESDAY])
    tick(qtbot, dialog.weekdays.boxes[WEDNESDAY])
    type_in(qtbot, dialog.times, "10 h, 12 h")
    type_in(qtbot, dialog.length, "1 h 30")
    type_in(qtbot, dialog.exception_day, "2027-11-24")
    qtbot.keyClick(dialog.exception_day, Qt.Key.Key_Return)  # adds the exception, saves nothing

    days = days_between(
        date(2027, 10, 1), date(2027, 12, 31), {TUESDAY, WEDNESDAY}, {date(2027, 11, 24)}
    )
    expected = 2 * len(days)
    assert dialog.isVisible()
    assert dialog.exception_list.item(0).text() == "mercredi 24 novembre 2027"
    assert dialog.summary.text() == (
        f"{expected} dates, du mardi 5 octobre au mercredi 29 décembre 2027"
    )
    assert dialog.save_button.text() == f"Enregistrer les {expected} dates (Entrée)"
    assert dialog.preview_model.rowCount() == expected
    assert dialog.preview_model.text(0) == f"mar. 5 oct. 2027, 10{NBSP}h → 11{NBSP}h{NBSP}30"
    assert event_dates(luc, camp) == []  # nothing saved before "Enregistrer"

    type_in(qtbot, dialog.tags, "automne")
    press(qtbot, Qt.Key.Key_Return)

    assert not dialog.isVisible()
    saved = event_dates(luc, camp)
    assert len(saved) == expected
    local_starts = [o.starts_at.astimezone(ZONE) for o in saved]
    assert {(s.hour, s.minute) for s in local_starts} == {(10, 0), (12, 0)}
    assert sorted({s.date() for s in local_starts}) == days
    # 10 h is 14:00 UTC before the change of clocks (7 November 2027), 15:00 after it.
    assert {o.starts_at.hour for o in saved if o.starts_at.month == 10} == {14, 16}
    assert {o.starts_at.hour for o in saved if o.starts_at.month == 12} == {15, 17}
    assert all(o.ends_at - o.starts_at == timedelta(minutes=90) for o in saved)
    assert all(o.tags == ["automne"] and o.capacity == 60 for o in saved)
    # The table shows them, selected.
    assert section.event_filter.currentText() == "Camp de jour"
    assert len(section.selected_ids()) == expected == len(section.model.views)
    first = section.model.texts(0)
    assert first[COL_WHEN] == f"mar. 5 oct. 2027, 10{NBSP}h"
    assert first[COL_EVENT] == "Camp de jour"
    assert (first[COL_SOLD], first[COL_REMAINING], first[COL_TAGS]) == ("0 / 60", "60", "automne")
    assert section.message.text() == f"{expected} dates ajoutées."


def test_series_that_cannot_be_are_refused_in_words_and_save_nothing(
    qtbot: QtBot, luc: Counter, camp: str, window: AdminWindow, section: ScheduleSection
) -> None:
    press(qtbot, Qt.Key.Key_Insert)
    dialog = opened(qtbot, section.series_dialog)
    dialog.event_field.setFocus()
    qtbot.keyClicks(dialog.event_field, "Camp")

    # Tuesdays between Monday 7 June and Monday 7 June: no date.
    type_in(qtbot, dialog.first_day, "2027-06-07")
    type_in(qtbot, dialog.last_day, "2027-06-07")
    tick(qtbot, dialog.weekdays.boxes[TUESDAY])
    type_in(qtbot, dialog.times, "10 h")
    assert dialog.message.text() == (
        "Cette série ne donne aucune date (vérifiez les jours et la période)."
    )
    assert not dialog.save_button.isEnabled()
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible()

    # Every day, 8 times a day, for two years.
    type_in(qtbot, dialog.first_day, "2027-01-01")
    type_in(qtbot, dialog.last_day, "2028-12-31")
    for box in dialog.weekdays.boxes:
        if not box.isChecked():
            tick(qtbot, box)
    type_in(qtbot, dialog.times, "8 h, 9 h, 10 h, 11 h, 12 h, 13 h, 14 h, 15 h")
    assert dialog.message.text().startswith(
        f"Cette série donnerait 5{NBSP}848{NBSP}dates{NBSP}; le maximum est 5{NBSP}000."
    )
    assert not dialog.save_button.isEnabled()

    # The last day before the first.
    type_in(qtbot, dialog.last_day, "2026-12-31")
    assert dialog.message.text() == "Le dernier jour de la série vient avant le premier."

    # Two times without a comma.
    type_in(qtbot, dialog.last_day, "2027-01-31")
    type_in(qtbot, dialog.times, "10 h 12 h")
    assert dialog.message.text().startswith(f"«{NBSP}10 h 12 h{NBSP}» n'est pas une heure.")
    press(qtbot, Qt.Key.Key_Return)

    assert dialog.isVisible()
    assert event_dates(luc, camp) == []
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert event_dates(luc, camp) == []


def test_one_date_takes_the_events_length(
    qtbot: QtBot, luc: Counter, camp: str, window: AdminWindow, section: ScheduleSection
) -> None:
    press(qtbot, Qt.Key.Key_Insert, Qt.KeyboardModifier.ControlModifier)
    dialog = opened(qtbot, section.date_dialog)
    dialog.event_field.setFocus()
    qtbot.keyClicks(dialog.event_field, "Camp")
    type_in(qtbot, dialog.day, "2027-07-03")
    type_in(qtbot, dialog.start, "9 h 30")
    assert dialog.end.placeholderText() == f"11{NBSP}h{NBSP}30 (durée de l'événement)"
    type_in(qtbot, dialog.capacity, "25")
    press(qtbot, Qt.Key.Key_Return)

    assert not dialog.isVisible()
    (saved,) = event_dates(luc, camp)
    assert saved.starts_at.astimezone(ZONE).timetuple()[:5] == (2027, 7, 3, 9, 30)
    assert saved.ends_at - saved.starts_at == timedelta(hours=2)
    assert saved.capacity == 25
    assert section.selected_ids() == [saved.id]


# --- editing -----------------------------------------------------------------------------------


def test_the_selection_helper_then_a_bulk_edit_tags_tuesdays_at_10(
    qtbot: QtBot,
    luc: Counter,
    office: BackOffice,
    camp: str,
    window: AdminWindow,
    section: ScheduleSection,
) -> None:
    office.dates.add_series(camp, AUTUMN)
    section.show_event(camp)
    activate(qtbot, window)
    assert len(section.model.views) == 50

    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # Ctrl+A: all shown
    assert len(section.selected_ids()) == 50
    assert section.count_label.text() == "50 dates · 50 sélectionnées"

    press(
        qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    helper = opened(qtbot, section.select_dialog)
    tick(qtbot, helper.weekdays.boxes[TUESDAY])
    type_in(qtbot, helper.times, "10 h")
    assert helper.count.text() == "13 dates correspondent."
    press(qtbot, Qt.Key.Key_Return)

    tuesdays = {
        o.id
        for o in event_dates(luc, camp)
        if o.starts_at.astimezone(ZONE).weekday() == TUESDAY
        and o.starts_at.astimezone(ZONE).hour == 10
    }
    assert set(section.selected_ids()) == tuesdays and len(tuesdays) == 13
    commands = len(outbox_types(luc))

    activate(qtbot, window)
    press(qtbot, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    bulk = opened(qtbot, section.bulk_dialog)
    assert bulk.save_button.text() == "Appliquer à 13 dates (Entrée)"
    type_in(qtbot, bulk.add_tags, "promomm")
    type_in(qtbot, bulk.capacity, "80")
    assert bulk.boxes["add_tags"].isChecked() and bulk.boxes["capacity"].isChecked()
    assert not bulk.boxes["price_list"].isChecked()
    press(qtbot, Qt.Key.Key_Return)

    assert not bulk.isVisible()
    for occurrence in event_dates(luc, camp):
        if occurrence.id in tuesdays:
            assert (occurrence.capacity, occurrence.tags) == (80, ["promomm"])
        else:
            assert (occurrence.capacity, occurrence.tags) == (60, [])
    assert outbox_types(luc)[commands:] == ["occurrence.bulk_edit"]
    assert section.message.text() == "13 dates modifiées."
    assert set(section.selected_ids()) == tuesdays


def test_a_bulk_capacity_below_what_is_sold_is_refused_with_the_numbers(
    qtbot: QtBot,
    luc: Counter,
    sophie: Counter,
    office: BackOffice,
    window: AdminWindow,
    section: ScheduleSection,
) -> None:
    swim = occurrence_named(sophie, "Bain libre", 13)
    sell_cash(sophie, swim.id, adult=3, child=2)
    section.refresh()
    activate(qtbot, window)
    section.table.setFocus()
    press(
        qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    helper = opened(qtbot, section.select_dialog)
    type_in(qtbot, helper.times, "13 h")  # every day at 13 h: the pool
    press(qtbot, Qt.Key.Key_Return)
    chosen = section.selected_views()
    assert len(chosen) == 7 and {v.event_name for v in chosen} == {"Bain libre"}
    commands = len(outbox_types(luc))

    activate(qtbot, window)
    press(qtbot, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    bulk = opened(qtbot, section.bulk_dialog)
    type_in(qtbot, bulk.capacity, "4")
    type_in(qtbot, bulk.add_tags, "promomm")
    press(qtbot, Qt.Key.Key_Return)

    assert bulk.isVisible()
    words = bulk.message.text()
    assert words.startswith(
        f"1{NBSP}date sur 7 ne peut pas recevoir ce changement{NBSP}; aucune date n'a été modifiée."
    )
    assert f"Capacité 4 trop basse (samedi 5 décembre 2026, 13{NBSP}h)" in words
    assert f"5{NBSP}vendues" in words
    assert len(outbox_types(luc)) == commands
    views = office.dates.list(DateFilter(ids=tuple(v.id for v in chosen)))
    assert {(v.capacity, v.tags) for v in views} == {(60, ())}


def test_luc_edits_one_dates_capacity_and_price_list_but_not_a_cancelled_date(
    qtbot: QtBot,
    luc: Counter,
    office: BackOffice,
    camp: str,
    window: AdminWindow,
    section: ScheduleSection,
) -> None:
    ids = office.dates.add_series(camp, AUTUMN)
    section.show_event(camp)  # the first date is the current one
    activate(qtbot, window)
    assert section.selected_ids() == [ids[0]]

    press(qtbot, Qt.Key.Key_Return)
    dialog = opened(qtbot, section.edit_dialog)
    assert dialog.start_time.text() == f"10{NBSP}h"
    type_in(qtbot, dialog.capacity, "45")
    dialog.price_list.setFocus()
    qtbot.keyClicks(dialog.price_list, "Th")
    assert dialog.price_list.currentText() == "Théâtre — régulier"
    commands = len(outbox_types(luc))
    press(qtbot, Qt.Key.Key_Return)

    assert not dialog.isVisible()
    edited = office.dates.get(ids[0])
    assert (edited.capacity, edited.price_list_name) == (45, "Théâtre — régulier")
    assert edited.starts_at == office.dates.get(ids[0]).starts_at
    assert outbox_types(luc)[commands:] == ["occurrence.edit"]
    assert section.model.texts(0)[COL_SOLD] == "0 / 45"

    office.dates.cancel([ids[1]])
    section.refresh()
    section.select_ids([ids[1]])
    activate(qtbot, window)
    section.table.setFocus()
    section.edit_dialog = None
    press(qtbot, Qt.Key.Key_Return)
    assert section.edit_dialog is None
    assert section.message.text() == "Cette séance est annulée."


# --- cancelling ---------------------------------------------------------------------------------


def test_cancelling_a_date_with_a_sale_lists_its_order_to_refund(
    qtbot: QtBot,
    luc: Counter,
    sophie: Counter,
    office: BackOffice,
    window: AdminWindow,
    section: ScheduleSection,
) -> None:
    show = occurrence_named(sophie, "Les Belles-sœurs")
    sale = sell_cash(sophie, show.id, adult=2)
    section.show_event(show.event_id)
    activate(qtbot, window)
    assert section.selected_ids() == [show.id]

    press(qtbot, Qt.Key.Key_Delete)
    confirm = opened(qtbot, section.cancel_dialog)
    assert confirm.keep_button.text() == "Garder la date (Échap)"
    assert confirm.consequence.text().startswith("1 commande a des billets de ces dates")
    press(qtbot, Qt.Key.Key_Return)  # Entrée keeps the date
    assert not confirm.isVisible()
    assert not office.dates.get(show.id).cancelled

    activate(qtbot, window)
    press(qtbot, Qt.Key.Key_Delete)
    confirm = opened(qtbot, section.cancel_dialog)
    type_in(qtbot, confirm.reason, "Comedienne malade")
    confirm.cancel_button.setFocus()
    press(qtbot, Qt.Key.Key_Return)

    assert office.dates.get(show.id).cancelled
    refunds = section.refunds_dialog
    assert refunds is not None and refunds.isVisible()
    cells = [refunds.table.item(0, c).text() for c in range(refunds.table.columnCount())]
    assert cells[0] == str(sale.receipt_number)
    assert cells[1].replace("-", "") == sale.order_code.replace("-", "")
    assert cells[4] == "2" and cells[5] == money(sale.total, "fr")
    assert refunds.table.rowCount() == 1
    with luc.session_factory() as session:
        assert session.get(Order, sale.order_id) is not None
    assert show.id not in {o.id for o in sophie.occurrences(sophie.today())}
    assert section.model.texts(section.model.row_of(show.id))[COL_REMAINING] == "annulée"
    activate(qtbot, refunds)
    press(qtbot, Qt.Key.Key_Escape)
    assert not refunds.isVisible()

    # The list again later: Ctrl+R on the cancelled date.
    section.refunds_dialog = None
    activate(qtbot, window)
    section.table.setFocus()
    press(qtbot, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    again = section.refunds_dialog
    assert again is not None and again.refunds == refunds.refunds

    # Cancelled dates can be hidden.
    activate(qtbot, window)
    tick(qtbot, section.hide_cancelled)
    assert section.model.row_of(show.id) == -1
    with luc.session_factory() as session:
        assert (
            session.scalar(select(func.count(Occurrence.id)).where(Occurrence.id == show.id)) == 1
        )


# --- filters ------------------------------------------------------------------------------------


def test_the_filters_show_one_event_and_a_period(
    qtbot: QtBot,
    office: BackOffice,
    camp: str,
    window: AdminWindow,
    section: ScheduleSection,
) -> None:
    office.dates.add_series(camp, AUTUMN)
    section.refresh()
    activate(qtbot, window)

    def days_shown() -> set[date]:
        return {v.starts_at.astimezone(ZONE).date() for v in section.model.views}

    # "À venir" from today (Saturday 5 December 2026): the demo's week and the camp's autumn.
    assert section.period_filter.currentText() == "À venir"
    assert min(days_shown()) == date(2026, 12, 5)
    assert len(section.model.views) == len(
        office.dates.list(DateFilter(first_day=date(2026, 12, 5)))
    )

    section.period_filter.setFocus()
    qtbot.keyClicks(section.period_filter, "Ce")
    assert section.period_filter.currentText() == "Ce mois-ci"
    assert {(d.year, d.month) for d in days_shown()} == {(2026, 12)}

    section.event_filter.setFocus()
    qtbot.keyClicks(section.event_filter, "Camp")
    assert section.model.views == []
    assert section.count_label.text() == "Aucune date pour ces filtres"

    section.period_filter.setFocus()
    qtbot.keyClick(section.period_filter, Qt.Key.Key_Down)  # the next preset
    assert section.period_filter.currentText() == "Tout"
    assert len(section.model.views) == 50

    type_in(qtbot, section.first_day, "2027-11-01")
    qtbot.keyClick(section.first_day, Qt.Key.Key_Return)
    assert section.period_filter.currentText() == "Du … au …"
    november_on = days_between(
        date(2027, 11, 1), date(2027, 12, 31), {TUESDAY, WEDNESDAY}, {date(2027, 11, 24)}
    )
    assert sorted(days_shown()) == november_on
    assert len(section.model.views) == 2 * len(november_on)
