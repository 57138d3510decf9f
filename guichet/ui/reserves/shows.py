"""The reserves window's left column: a day and its shows, general availability under each."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from guichet.i18n.formatting import long_date
from guichet.services.counter import Counter
from guichet.services.views import OccurrenceView
from guichet.ui.reserves.common import button
from guichet.ui.sales import OCCURRENCE_ROLE, REMAINING_ROLE, OccurrenceDelegate
from guichet.ui.theme import day_edit


class ShowDelegate(OccurrenceDelegate):
    """The sales window's show line, with a shorter last line: places left for general sale."""

    def _lines(self, occ: OccurrenceView, remaining: int) -> tuple[str, str, str]:
        first, venue, _places = super()._lines(occ, remaining)
        if occ.remaining == 0:
            places = self.tr("Complet en vente générale")
        else:
            places = self.tr("%n place(s) libre(s)", "", occ.remaining)
        return first, venue, places


class ShowList(QListWidget):
    """The day's shows; their lines wrap to the list's width, so a new width lays them out
    again at once (a plain list only does when its height changes)."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            QTimer.singleShot(0, self._lay_out_again)

    def _lay_out_again(self) -> None:
        self.doItemsLayout()
        if self.currentItem() is not None:
            self.scrollToItem(self.currentItem())


class ShowPicker(QWidget):
    """The title, the day (◀ Aujourd'hui ▶) and the day's shows. Says which show is chosen:
    ``picked`` when the cashier moves in the list, ``loaded`` when a day is (re)loaded."""

    picked = Signal(object)  # OccurrenceView | None: the cashier chose another show
    loaded = Signal(object)  # OccurrenceView | None: the show chosen on loading a day

    def __init__(self, counter: Counter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counter = counter
        self._occurrences: list[OccurrenceView] = []
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        title = QLabel(self.tr("Réserves"))
        title.setProperty("role", "title")
        column.addWidget(title)
        self.date_edit = day_edit(counter.lang, "ddd d MMM yyyy")
        self.date_edit.dateChanged.connect(self._on_date_changed)
        self.date_edit.setAccessibleName(self.tr("Date des séances"))
        column.addWidget(self.date_edit)

        days = QHBoxLayout()
        days.setSpacing(6)
        self.previous_day_button = button(self.tr("◀"), lambda: self.shift_day(-1))
        self.previous_day_button.setToolTip(self.tr("Jour précédent"))
        self.today_button = button(self.tr("Aujourd'hui"), self.go_today)
        self.next_day_button = button(self.tr("▶"), lambda: self.shift_day(1))
        self.next_day_button.setToolTip(self.tr("Jour suivant"))
        days.addWidget(self.previous_day_button)
        days.addWidget(self.today_button, 1)
        days.addWidget(self.next_day_button)
        column.addLayout(days)

        self.occurrence_list = ShowList()
        self.occurrence_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.occurrence_list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # The delegate wraps a long name or "Terminé depuis 4 h 30 · …" onto one more line, to
        # the list's width: rows differ in height and are laid out again when the list resizes.
        self.occurrence_list.setItemDelegate(ShowDelegate(counter, self.occurrence_list))
        self.occurrence_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.occurrence_list.setMinimumWidth(250)
        self.occurrence_list.setMaximumWidth(290)
        self.occurrence_list.currentRowChanged.connect(self._on_row_changed)
        self.occurrence_list.setAccessibleName(self.tr("Séances"))
        column.addWidget(self.occurrence_list, 1)

    @property
    def occurrences(self) -> list[OccurrenceView]:
        """The day's shows, as last read."""
        return list(self._occurrences)

    @property
    def current_day(self) -> date:
        day: date = self.date_edit.date().toPython()  # type: ignore[assignment]
        return day

    def set_day(self, day: date) -> None:
        if day == self.current_day:
            self.load_day(day)
        else:
            self.date_edit.setDate(QDate(day.year, day.month, day.day))  # -> _on_date_changed

    def go_today(self) -> None:
        self.set_day(self.counter.today())

    def shift_day(self, days: int) -> None:
        self.set_day(self.current_day + timedelta(days=days))

    def _on_date_changed(self, qdate: QDate) -> None:
        self.load_day(qdate.toPython())  # type: ignore[arg-type]

    def load_day(self, day: date, keep_id: str | None = None) -> None:
        """Read the day's shows; choose ``keep_id`` if it plays that day, else the next show."""
        if day != self.current_day:
            self.date_edit.blockSignals(True)
            self.date_edit.setDate(QDate(day.year, day.month, day.day))
            self.date_edit.blockSignals(False)
        self.date_edit.setToolTip(long_date(day, self.counter.lang))
        self._occurrences = self.counter.occurrences(day)
        self.occurrence_list.blockSignals(True)
        self.occurrence_list.clear()
        for occ in self._occurrences:
            item = QListWidgetItem()
            item.setData(OCCURRENCE_ROLE, occ)
            item.setData(REMAINING_ROLE, occ.remaining)
            self.occurrence_list.addItem(item)
        target: OccurrenceView | None = None
        if keep_id is not None:
            target = next((o for o in self._occurrences if o.id == keep_id), None)
        if target is None:
            target = self.counter.next_occurrence(self._occurrences)
        row = self._occurrences.index(target) if target is not None else -1
        self.occurrence_list.setCurrentRow(row)
        self.occurrence_list.blockSignals(False)
        if not self._occurrences:
            placeholder = QListWidgetItem(self.tr("Aucune séance ce jour-là."))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.occurrence_list.addItem(placeholder)
        self.loaded.emit(target)

    def _on_row_changed(self, row: int) -> None:
        self.picked.emit(self._occurrences[row] if 0 <= row < len(self._occurrences) else None)

    def select_occurrence(self, occurrence_id: str) -> None:
        for row, occ in enumerate(self._occurrences):
            if occ.id == occurrence_id:
                self.occurrence_list.setCurrentRow(row)  # -> picked
                return

    def update_occurrence(self, occ: OccurrenceView) -> None:
        """Show a show's new general availability (read again with its reserves)."""
        for row, known in enumerate(self._occurrences):
            if known.id == occ.id:
                self._occurrences[row] = occ
                item = self.occurrence_list.item(row)
                if item is not None:
                    item.setData(OCCURRENCE_ROLE, occ)
                    item.setData(REMAINING_ROLE, occ.remaining)
                return
