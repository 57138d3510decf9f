"""Adding a series of dates (weekdays × start times between two days, with exceptions),
shown as a preview that follows every keystroke and saved in one command.

"Mardi et mercredi à 10 h et 12 h, du 1er juin au 31 août, sauf le 24 juin" is: Du
2027-06-01 au 2027-08-31, Mar + Mer, "10 h, 12 h", sauf le 2027-06-24. Nothing is written
before "Enregistrer les 54 dates (Entrée)".
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from guichet.domain.errors import DomainError
from guichet.domain.schedule import PlannedDate, Series
from guichet.i18n.errors import number
from guichet.i18n.formatting import day_format, local, long_date
from guichet.services.backoffice import BackOffice
from guichet.services.backoffice.schedule import (
    delay_text,
    parse_length,
    parse_times,
)
from guichet.services.backoffice.views import EventView
from guichet.ui.admin.add_dates import AddDialog, AddedDates
from guichet.ui.admin.date_fields import (
    WeekdayChecks,
    day_field,
    day_of,
    form_grid,
    line,
    tab_chain,
    tr,
)
from guichet.ui.admin.dates_model import short_time, short_when

ID_ROLE = Qt.ItemDataRole.UserRole


class PreviewModel(QAbstractListModel):
    """The dates a series yields, worded only when shown (5,000 stay quick to preview)."""

    def __init__(self, lang: str, timezone: str) -> None:
        super().__init__()
        self.lang = lang
        self.timezone = timezone
        self.planned: list[PlannedDate] = []
        self._texts: dict[int, str] = {}

    def set_planned(self, planned: Sequence[PlannedDate]) -> None:
        self.beginResetModel()
        self.planned = list(planned)
        self._texts.clear()
        self.endResetModel()

    def text(self, row: int) -> str:
        cached = self._texts.get(row)
        if cached is None:
            planned = self.planned[row]
            cached = self._texts[row] = self.tr("{start} → {end}").format(
                start=short_when(planned.starts_at, self.timezone, self.lang),
                end=short_time(planned.ends_at, self.timezone, self.lang),
            )
        return cached

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.planned)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if index.isValid() and role == Qt.ItemDataRole.DisplayRole:
            return self.text(index.row())
        return None


def span_text(first: date, last: date, count: int, lang: str) -> str:
    """ "54 dates, du mardi 1 juin au mardi 31 août 2027" (the year once when it is the same)."""
    if count == 1:
        return tr("1 date, le {day}").format(day=long_date(first, lang))
    same_year = first.year == last.year
    if lang == "fr":
        pattern = "EEEE d MMMM" if same_year else "EEEE d MMMM y"
    else:
        pattern = "EEEE, MMMM d" if same_year else "EEEE, MMMM d, y"
    return tr("{count} dates, du {first} au {last}").format(
        count=number(count, lang),
        first=day_format(first, pattern, lang),
        last=long_date(last, lang),
    )


class SeriesDialog(AddDialog):
    def __init__(
        self,
        office: BackOffice,
        events: Sequence[EventView],
        event_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(office, events, event_id, parent)
        self.setWindowTitle(self.tr("Ajouter une série de dates"))
        self.planned: list[PlannedDate] = []
        self.series: Series | None = None
        self.exceptions: set[date] = set()
        today = local(office.clock(), office.timezone).date()

        self.first_day = day_field(self.lang, today)
        self.last_day = day_field(self.lang, today + timedelta(days=91))
        self.weekdays = WeekdayChecks()
        self.times = QLineEdit()
        self.times.setPlaceholderText(self.tr("10\u00a0h, 12\u00a0h\u00a030"))
        self.length = QLineEdit()
        self.exception_day = day_field(self.lang, today)
        self.exception_day.installEventFilter(self)
        self.add_exception_button = QPushButton(self.tr("Ajouter (Entrée)"))
        self.add_exception_button.setAutoDefault(False)
        self.add_exception_button.clicked.connect(self.add_exception)
        self.exception_list = QListWidget()
        self.exception_list.installEventFilter(self)
        self.remove_exception_button = QPushButton(self.tr("Retirer (Suppr)"))
        self.remove_exception_button.setAutoDefault(False)
        self.remove_exception_button.clicked.connect(self.remove_exception)

        until = QLabel(self.tr("au"))
        until.setBuddy(self.last_day)
        self.exception_list.setMaximumHeight(84)
        form = form_grid(
            [
                (self.tr("Événement"), self.event_field),
                (self.tr("Du"), line(self.first_day, until, self.last_day)),
                (self.tr("Jours"), self.weekdays),
                (self.tr("Heures de début"), self.times),
                self.tr(
                    "Séparées par des virgules\u00a0: 10\u00a0h, 12\u00a0h\u00a030 ou 10:00, 12:30."
                ),
                (self.tr("Durée"), self.length),
                (
                    self.tr("Sauf le"),
                    line(
                        self.exception_day,
                        self.add_exception_button,
                        self.remove_exception_button,
                    ),
                ),
                ("", self.exception_list),
                (self.tr("Capacité"), self.capacity),
                (self.tr("Étiquettes"), self.tags),
            ]
        )
        form.setRowStretch(form.rowCount(), 1)

        heading = QLabel(self.tr("Aperçu (rien n'est enregistré)"))
        bold = QFont(heading.font())
        bold.setBold(True)
        heading.setFont(bold)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setFont(bold)
        self.preview_model = PreviewModel(self.lang, self.timezone)
        self.preview = QListView()
        self.preview.setModel(self.preview_model)
        self.preview.setUniformItemSizes(True)
        self.preview.setMinimumWidth(400)
        self.preview.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        preview = QVBoxLayout()
        preview.addWidget(heading)
        preview.addWidget(self.summary)
        preview.addWidget(self.preview, 1)

        columns = QHBoxLayout()
        columns.setSpacing(20)
        columns.addLayout(form, 3)
        columns.addLayout(preview, 2)
        self.lay_out((columns, 1))
        self.resize(1160, 660)

        self.first_day.dateChanged.connect(lambda _d: self.refresh_preview())
        self.last_day.dateChanged.connect(lambda _d: self.refresh_preview())
        for box in self.weekdays.boxes:
            box.toggled.connect(lambda _on: self.refresh_preview())
        self.times.textChanged.connect(lambda _t: self.refresh_preview())
        self.length.textChanged.connect(lambda _t: self.refresh_preview())
        self.capacity.textChanged.connect(lambda _t: self.show_error(""))
        self.tags.textChanged.connect(lambda _t: self.show_error(""))
        tab_chain(
            self.event_field,
            self.first_day,
            self.last_day,
            *self.weekdays.boxes,
            self.times,
            self.length,
            self.exception_day,
            self.add_exception_button,
            self.remove_exception_button,
            self.exception_list,
            self.capacity,
            self.tags,
            self.save_button,
            self.cancel_button,
        )
        self._event_changed()
        self.event_field.setFocus()

    def _event_changed(self) -> None:
        super()._event_changed()
        event = self.chosen_event()
        minutes = event.defaults.duration_minutes if event is not None else 120
        self.length.setPlaceholderText(
            self.tr("celle de l'événement\u00a0: {length}").format(
                length=delay_text(minutes, self.lang)
            )
        )
        self.refresh_preview()

    # --- exceptions ----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if watched is self.exception_day and event.key() in (
                Qt.Key.Key_Return,
                Qt.Key.Key_Enter,
            ):
                self.add_exception()  # Entrée adds the day typed, it does not save
                return True
            if watched is self.exception_list and event.key() in (
                Qt.Key.Key_Delete,
                Qt.Key.Key_Backspace,
            ):
                self.remove_exception()
                return True
        return super().eventFilter(watched, event)

    def add_exception(self) -> None:
        day = day_of(self.exception_day)
        if day is None or day in self.exceptions:
            return
        self.exceptions.add(day)
        self._show_exceptions(day)
        self.refresh_preview()

    def remove_exception(self) -> None:
        current = self.exception_list.currentItem()
        if current is None:
            return
        self.exceptions.discard(current.data(ID_ROLE))
        self._show_exceptions(None)
        self.refresh_preview()

    def _show_exceptions(self, current: date | None) -> None:
        self.exception_list.clear()
        for day in sorted(self.exceptions):
            entry = QListWidgetItem(long_date(day, self.lang))
            entry.setData(ID_ROLE, day)
            self.exception_list.addItem(entry)
            if day == current:
                self.exception_list.setCurrentItem(entry)

    # --- preview -------------------------------------------------------------------------

    def build_series(self) -> Series:
        first, last = day_of(self.first_day), day_of(self.last_day)
        assert first is not None and last is not None  # these fields are never blank
        event = self.chosen_event()
        length = parse_length(self.length.text())
        if length is None:
            length = event.defaults.duration_minutes if event is not None else 120
        return Series(
            first_day=first,
            last_day=last,
            weekdays=self.weekdays.days(),
            times=parse_times(self.times.text()),
            duration_minutes=length,
            except_days=frozenset(self.exceptions),
        )

    def refresh_preview(self) -> None:
        """Expand the series as typed (nothing is saved) and say what it gives."""
        self.planned, self.series = [], None
        try:
            series = self.build_series()
            planned = self.office.dates.preview(series)
        except DomainError as error:
            self.preview_model.set_planned([])
            self.summary.setText("")
            self.show_error(error)
            self.save_button.setText(self.tr("Enregistrer (Entrée)"))
            self.save_button.setEnabled(False)
            return
        self.planned, self.series = planned, series
        self.preview_model.set_planned(planned)
        first = local(planned[0].starts_at, self.timezone).date()
        last = local(planned[-1].starts_at, self.timezone).date()
        self.summary.setText(span_text(first, last, len(planned), self.lang))
        self.show_error("")
        if len(planned) == 1:
            text = self.tr("Enregistrer la date (Entrée)")
        else:
            text = self.tr("Enregistrer les {count} dates (Entrée)").format(
                count=number(len(planned), self.lang)
            )
        self.save_button.setText(text)
        self.save_button.setEnabled(True)

    def save(self) -> None:
        self.refresh_preview()
        values = self.common_values()
        if values is None or self.series is None:
            return
        event_id, capacity, tags = values
        try:
            ids = self.office.dates.add_series(event_id, self.series, capacity=capacity, tags=tags)
        except DomainError as error:
            self.show_error(error)
            return
        first = local(self.planned[0].starts_at, self.timezone).date()
        last = local(self.planned[-1].starts_at, self.timezone).date()
        self.saved.emit(AddedDates(event_id, tuple(ids), first, last))
        self.accept()
