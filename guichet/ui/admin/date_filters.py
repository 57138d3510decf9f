"""The schedule's filters: one event or all, a period (À venir, Ce mois-ci, Tout, or two days
typed), and whether cancelled dates show. ``changed`` tells the table to read its dates
again."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QWidget

from guichet.services.backoffice.schedule import DateFilter
from guichet.services.backoffice.views import EventView
from guichet.ui.admin.date_fields import day_field, day_of, event_combo, select_data, set_day

PERIODS = ("upcoming", "month", "all", "custom")


class DateFilters(QWidget):
    changed = Signal()

    def __init__(self, lang: str, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.today = today
        self.period = "upcoming"
        self.events = event_combo([], lang, all_text=self.tr("Tous les événements"))
        self.events.setMinimumWidth(200)
        self.periods = QComboBox()
        for name, text in zip(
            PERIODS,
            (self.tr("À venir"), self.tr("Ce mois-ci"), self.tr("Tout"), self.tr("Du … au …")),
            strict=True,
        ):
            self.periods.addItem(text, name)
        self.first_day = day_field(lang, blank=True)
        self.last_day = day_field(lang, blank=True)
        for edit in (self.first_day, self.last_day):
            edit.setKeyboardTracking(False)  # read the dates once the day is typed whole
        # Shown where the section wants it (beside its title): the filter row is full.
        self.hide_cancelled = QCheckBox(self.tr("&Masquer les dates annulées"))

        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        for text, field, stretch in (
            (self.tr("É&vénement"), self.events, 1),
            (self.tr("&Période"), self.periods, 0),
            (self.tr("&du"), self.first_day, 0),
            (self.tr("&au"), self.last_day, 0),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            row.addWidget(label)
            row.addWidget(field, stretch)

        self.set_period_days("upcoming")
        self.periods.currentIndexChanged.connect(
            lambda _i: self.set_period(str(self.periods.currentData()))
        )
        self.events.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.hide_cancelled.toggled.connect(lambda _on: self.changed.emit())
        self.first_day.dateChanged.connect(lambda _d: self._days_typed())
        self.last_day.dateChanged.connect(lambda _d: self._days_typed())

    def current(self) -> DateFilter:
        return DateFilter(
            event_id=self.events.currentData(),
            first_day=day_of(self.first_day),
            last_day=day_of(self.last_day),
            include_cancelled=not self.hide_cancelled.isChecked(),
        )

    def event_id(self) -> str | None:
        chosen = self.events.currentData()
        return str(chosen) if chosen else None

    def set_events(self, events: Sequence[EventView]) -> None:
        """The events to choose from (the one chosen stays chosen); says nothing."""
        chosen = self.events.currentData()
        self.events.blockSignals(True)
        self.events.clear()
        self.events.addItem(self.tr("Tous les événements"), None)
        for event in events:
            name = event.display_name(self.lang)
            if not event.active:
                name = self.tr("{name} (retiré)").format(name=name)
            self.events.addItem(name, event.id)
        select_data(self.events, chosen)
        self.events.blockSignals(False)

    def knows(self, event_id: str) -> bool:
        return self.events.findData(event_id) >= 0

    def choose_event(self, event_id: str | None) -> None:
        """Show one event's dates (or all); says nothing: the caller reads them."""
        self.events.blockSignals(True)
        select_data(self.events, event_id)
        self.events.blockSignals(False)

    def set_period(self, name: str) -> None:
        """A preset (À venir, Ce mois-ci, Tout); "Du … au …" waits for the days typed."""
        if name == "custom":
            self._mark_period(name)
            self.first_day.setFocus()
            return
        self.set_period_days(name)
        self.changed.emit()

    def set_period_days(self, name: str) -> None:
        """Put a preset's days in the day fields; says nothing."""
        today = self.today()
        first: date | None
        last: date | None
        if name == "upcoming":
            first, last = today, None
        elif name == "month":
            first = today.replace(day=1)
            last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        else:
            first, last = None, None
        for edit, day in ((self.first_day, first), (self.last_day, last)):
            edit.blockSignals(True)
            set_day(edit, day)
            edit.blockSignals(False)
        self._mark_period(name)

    def covers(self, first: date, last: date) -> bool:
        """Whether the period shown holds every day from ``first`` to ``last``."""
        shown_first, shown_last = day_of(self.first_day), day_of(self.last_day)
        return (shown_first is None or shown_first <= first) and (
            shown_last is None or last <= shown_last
        )

    def _mark_period(self, name: str) -> None:
        self.period = name
        self.periods.blockSignals(True)
        select_data(self.periods, name)
        self.periods.blockSignals(False)

    def _days_typed(self) -> None:
        self._mark_period("custom")
        self.changed.emit()
