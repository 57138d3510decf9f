"""Adding dates, what one date and a series share (the event, capacity and tags, and what
the table is told once they are saved), and adding one date: its event, day, start, and an
end that is the event's length unless typed."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLineEdit, QWidget

from guichet.domain.errors import DomainError
from guichet.i18n.errors import number
from guichet.i18n.formatting import local, time_of_day
from guichet.services.backoffice import BackOffice
from guichet.services.backoffice.schedule import parse_count, parse_time_of_day
from guichet.services.backoffice.views import EventView
from guichet.ui.admin.date_fields import (
    ScheduleDialog,
    day_field,
    day_of,
    event_combo,
    form_label,
    local_moment,
    select_data,
    tab_chain,
    tr,
)
from guichet.ui.admin.dates_model import short_when
from guichet.ui.admin.widgets import hint_label
from guichet.ui.backoffice import attach_tag_completer, split_tags


@dataclass(frozen=True)
class AddedDates:
    """What a dialog added, for the table to show it."""

    event_id: str
    ids: tuple[str, ...]
    first_day: date
    last_day: date


def inherited_capacity(office: BackOffice, event: EventView | None) -> str:
    """What a new date of ``event`` gets when no capacity is typed, in words."""
    if event is None:
        return ""
    if event.seated:
        return tr("les sièges du plan de salle")
    if event.defaults.capacity is not None:
        return tr("héritée\u00a0: {count}").format(
            count=number(event.defaults.capacity, office.lang)
        )
    for venue in office.venues.all():
        for hall in venue.halls:
            if hall.id == event.hall_id:
                return tr("héritée de la salle\u00a0: {count}").format(
                    count=number(hall.capacity, office.lang)
                )
    return tr("à indiquer (ni capacité par défaut ni salle)")


class AddDialog(ScheduleDialog):
    """What adding one date and adding a series share: the event, capacity and tags."""

    saved = Signal(object)  # AddedDates

    def __init__(
        self,
        office: BackOffice,
        events: Sequence[EventView],
        event_id: str | None,
        parent: QWidget | None,
    ) -> None:
        super().__init__(office, parent)
        self.events = [e for e in events if e.active] or [
            e for e in office.events.all(include_withdrawn=False)
        ]
        self.event_field = event_combo(self.events, self.lang)
        select_data(self.event_field, event_id)
        self.capacity = QLineEdit()
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("par exemple\u00a0: promomm, été"))
        attach_tag_completer(self.tags, {t for e in self.events for t in e.tags})
        self.event_field.currentIndexChanged.connect(lambda _i: self._event_changed())

    def chosen_event(self) -> EventView | None:
        event_id = self.event_field.currentData()
        return next((e for e in self.events if e.id == event_id), None)

    def _event_changed(self) -> None:
        self.capacity.setPlaceholderText(inherited_capacity(self.office, self.chosen_event()))

    def common_values(self) -> tuple[str, int | None, list[str]] | None:
        """The event, the capacity typed (None: inherited), the tags; None after a refusal."""
        event = self.chosen_event()
        if event is None:
            self.show_error(self.tr("Choisissez un événement (ou créez-en un dans Événements)."))
            self.event_field.setFocus()
            return None
        try:
            capacity = parse_count(self.capacity.text(), "capacity")
        except DomainError as error:
            self.show_error(error)
            self.capacity.setFocus()
            return None
        return event.id, capacity, split_tags(self.tags.text())


class OneDateDialog(AddDialog):
    """One date: its event, day, start, end (the event's length unless typed)."""

    def __init__(
        self,
        office: BackOffice,
        events: Sequence[EventView],
        event_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(office, events, event_id, parent)
        self.setWindowTitle(self.tr("Ajouter une date"))
        today = local(office.clock(), office.timezone).date()
        self.day = day_field(self.lang, today)
        self.start = QLineEdit()
        self.start.setPlaceholderText(self.tr("20\u00a0h"))
        self.end = QLineEdit()
        self.summary = hint_label()
        form = QGridLayout()
        form.setHorizontalSpacing(10)
        form.setVerticalSpacing(8)
        rows: Iterable[tuple[str, QWidget]] = (
            (self.tr("Événement"), self.event_field),
            (self.tr("Jour"), self.day),
            (self.tr("Début"), self.start),
            (self.tr("Fin"), self.end),
            (self.tr("Capacité"), self.capacity),
            (self.tr("Étiquettes"), self.tags),
        )
        for row, (text, field) in enumerate(rows):
            form.addWidget(form_label(text, field), row, 0)
            form.addWidget(field, row, 1)
        form.setColumnStretch(1, 1)
        self.lay_out(form, self.summary)
        self.save_button.setText(self.tr("Ajouter la date (Entrée)"))
        self.setMinimumWidth(640)
        for field in (self.start, self.end, self.capacity, self.tags):
            field.textChanged.connect(lambda _t: self._describe())
        self.day.dateChanged.connect(lambda _d: self._describe())
        tab_chain(
            self.event_field,
            self.day,
            self.start,
            self.end,
            self.capacity,
            self.tags,
            self.save_button,
            self.cancel_button,
        )
        self._event_changed()
        self.start.setFocus()

    def _event_changed(self) -> None:
        super()._event_changed()
        self._describe()

    def moments(self) -> tuple[datetime, datetime | None]:
        """The start and the end typed (None: the event's length), in the organisation's
        time zone."""
        day = day_of(self.day)
        assert day is not None
        if not self.start.text().strip():
            raise DomainError("series_no_time")
        starts = local_moment(day, parse_time_of_day(self.start.text()), self.timezone)
        if not self.end.text().strip():
            return starts, None
        return starts, local_moment(day, parse_time_of_day(self.end.text()), self.timezone)

    def _describe(self) -> None:
        event = self.chosen_event()
        self.show_error("")
        try:
            starts, ends = self.moments()
        except DomainError:
            self.summary.setText("")
            self.end.setPlaceholderText(self.tr("la durée de l'événement"))
            return
        length = event.defaults.duration_minutes if event is not None else 120
        default_end = starts + timedelta(minutes=length)
        self.end.setPlaceholderText(
            self.tr("{end} (durée de l'événement)").format(
                end=time_of_day(default_end, self.timezone, self.lang)
            )
        )
        self.summary.setText(
            self.tr("{start}, jusqu'à {end}").format(
                start=short_when(starts, self.timezone, self.lang),
                end=time_of_day(ends or default_end, self.timezone, self.lang),
            )
        )

    def save(self) -> None:
        values = self.common_values()
        if values is None:
            return
        event_id, capacity, tags = values
        try:
            starts, ends = self.moments()
            occurrence_id = self.office.dates.add_one(
                event_id, starts, ends, capacity=capacity, tags=tags
            )
        except DomainError as error:
            self.show_error(error)
            return
        day = starts.date()
        self.saved.emit(AddedDates(event_id, (occurrence_id,), day, day))
        self.accept()
