"""Small fields the schedule's dialogs share: a day typed as 2027-06-01 (or picked in a
calendar), the weekdays as check boxes, the events and price lists to choose from; and the
dialog they are built on."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QWidget,
)

from guichet.services.backoffice import BackOffice
from guichet.services.backoffice.views import EventView, PriceListView
from guichet.ui.admin.widgets import ActionDialog, hint_label
from guichet.ui.backoffice import BIG_INDICATORS

#: An empty day field shows this date as "—" (Qt's way of leaving a date field blank).
NO_DAY = QDate(2000, 1, 1)


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files tr(...) under ""


def weekday_names() -> list[str]:
    return [tr("Lun"), tr("Mar"), tr("Mer"), tr("Jeu"), tr("Ven"), tr("Sam"), tr("Dim")]


class DayEdit(QDateEdit):
    """A day typed as 2027-06-01 or 20270601: the field jumps to the month once the year is
    typed, so the dash that follows is not taken for "next section" a second time."""

    def __init__(self) -> None:
        super().__init__()
        self._advanced = False

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.setSelectedSection(QDateEdit.Section.YearSection)
        self._advanced = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.SelectAll):
            # "Select all, type over it": typing starts again with the year.
            self.setSelectedSection(QDateEdit.Section.YearSection)
            self._advanced = False
            return
        text = event.text()
        if text and text in "-/." and self._advanced:
            self._advanced = False
            return
        if text.isdigit() and self.specialValueText() and self.date() == self.minimumDate():
            # A blank day ("—") takes digits only once it holds a date to overwrite.
            self.blockSignals(True)
            self.setDate(QDate.currentDate())
            self.blockSignals(False)
            self.setSelectedSection(QDateEdit.Section.YearSection)
        before = self.currentSectionIndex()
        super().keyPressEvent(event)
        self._advanced = text.isdigit() and self.currentSectionIndex() != before


def day_field(lang: str, day: date | None = None, *, blank: bool = False) -> QDateEdit:
    """A day typed as 2027-06-01 (the keyboard fills it section by section) or picked in the
    calendar; ``blank`` lets it be empty ("—")."""
    edit = DayEdit()
    edit.setCalendarPopup(True)
    language = QLocale.Language.French if lang == "fr" else QLocale.Language.English
    edit.setLocale(QLocale(language, QLocale.Country.Canada))
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumWidth(170)
    edit.setMinimumDate(NO_DAY)
    edit.setMaximumDate(QDate(2100, 12, 31))
    if blank:
        edit.setSpecialValueText("—")
    edit.setDate(to_qdate(day) if day is not None else NO_DAY)
    return edit


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def day_of(edit: QDateEdit) -> date | None:
    value = edit.date()
    if value == NO_DAY and edit.specialValueText():
        return None
    return date(value.year(), value.month(), value.day())


def set_day(edit: QDateEdit, day: date | None) -> None:
    edit.setDate(to_qdate(day) if day is not None else NO_DAY)


def local_moment(day: date, moment: time, timezone: str) -> datetime:
    """A local day and time in the organisation's zone, as an aware datetime."""
    return datetime.combine(day, moment, tzinfo=ZoneInfo(timezone))


class WeekdayChecks(QWidget):
    """Lun … Dim as seven check boxes (Tab moves, Space ticks)."""

    def __init__(self, checked: Iterable[int] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(10)
        chosen = set(checked)
        self.boxes: list[QCheckBox] = []
        for number, name in enumerate(weekday_names()):
            box = QCheckBox(name)
            box.setChecked(number in chosen)
            self.boxes.append(box)
            row.addWidget(box)
        row.addStretch(1)

    def days(self) -> frozenset[int]:
        return frozenset(n for n, box in enumerate(self.boxes) if box.isChecked())

    def set_days(self, days: Iterable[int]) -> None:
        chosen = set(days)
        for number, box in enumerate(self.boxes):
            box.setChecked(number in chosen)


def event_combo(events: Iterable[EventView], lang: str, *, all_text: str = "") -> QComboBox:
    """The events (withdrawn ones said so); ``all_text`` adds a first "all events" item."""
    combo = QComboBox()
    combo.setMinimumWidth(260)
    if all_text:
        combo.addItem(all_text, None)
    for event in events:
        name = event.display_name(lang)
        if not event.active:
            name = tr("{name} (retiré)").format(name=name)
        combo.addItem(name, event.id)
    return combo


def select_data(combo: QComboBox, value: object) -> bool:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)
    return index >= 0


def price_list_combo(
    lists: Iterable[PriceListView], current: str | None, event_list_name: str, *, event: bool
) -> QComboBox:
    """Active lists (and the current one, even withdrawn); ``event`` adds "its event's"."""
    combo = QComboBox()
    combo.setMinimumWidth(260)
    if event:
        if event_list_name:
            combo.addItem(tr("Celle de l'événement ({name})").format(name=event_list_name), None)
        else:
            combo.addItem(tr("Celle de l'événement de chaque date"), None)
    for price_list in lists:
        if price_list.active or price_list.id == current:
            name = price_list.name
            if not price_list.active:
                name = tr("{name} (retirée)").format(name=name)
            combo.addItem(name, price_list.id)
    select_data(combo, current)
    return combo


def form_label(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return label


FormRow = tuple[str, QWidget | QLayout] | str


def form_grid(rows: Sequence[FormRow]) -> QGridLayout:
    """Labels on the left, fields on the right; a plain text is a hint under the field above
    it (the label's buddy is the field, or the first widget of a row of fields)."""
    grid = QGridLayout()
    grid.setHorizontalSpacing(10)
    grid.setVerticalSpacing(8)
    for row, entry in enumerate(rows):
        if isinstance(entry, str):
            grid.addWidget(hint_label(entry), row, 1)
            continue
        text, field = entry
        if isinstance(field, QLayout):
            grid.addLayout(field, row, 1)
            item = field.itemAt(0) if field.count() else None
            first = item.widget() if item is not None else None
        else:
            grid.addWidget(field, row, 1)
            first = field
        if text:
            label = QLabel(text)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if first is not None:
                label.setBuddy(first)
            grid.addWidget(label, row, 0)
    grid.setColumnStretch(1, 1)
    return grid


def line(*widgets: QWidget, stretch: bool = True) -> QHBoxLayout:
    """Fields side by side on one row of a form."""
    row = QHBoxLayout()
    row.setSpacing(8)
    for widget in widgets:
        row.addWidget(widget)
    if stretch:
        row.addStretch(1)
    return row


class ScheduleDialog(ActionDialog):
    """A dialog of the schedule: the office, its language and time zone, big check boxes."""

    def __init__(self, office: BackOffice, parent: QWidget | None) -> None:
        super().__init__(office.lang, parent)
        self.setStyleSheet(BIG_INDICATORS)
        self.office = office
        self.timezone = office.timezone


def tab_chain(*widgets: QWidget) -> None:
    """Tab goes through the fields in the order they are read, not the order they were made."""
    for before, after in zip(widgets, widgets[1:], strict=False):
        QWidget.setTabOrder(before, after)
