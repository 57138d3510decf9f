"""The day and its shows: the sales window's left column."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from guichet.domain.cart import Cart
from guichet.i18n.formatting import long_date, time_of_day
from guichet.services.counter import Counter
from guichet.services.views import OccurrenceView
from guichet.ui.sales.common import (
    ALACARTE_ROLE,
    MAX_DAYS_AHEAD,
    OCCURRENCE_ROLE,
    REMAINING_ROLE,
    alacarte_left,
    page_button,
    places_left,
    sellable,
    started_words,
)
from guichet.ui.sales.delegates import OccurrenceDelegate
from guichet.ui.theme import day_edit


class ShowList(QWidget):
    """A day picker over the day's shows; the selected show is the one the page sells.

    Keeps the places left in step with ``cart`` (the page's cart, shared)."""

    occurrenceSelected = Signal(object)  # OccurrenceView | None
    dayLoaded = Signal()  # after every reload of the day (selection included)
    dayContinued = Signal(object)  # date: ↑ ↓ went on to another day
    keyboardReleased = Signal()  # a day button was used: the page takes the keyboard back
    alacarteSettingsRequested = Signal()

    def __init__(self, counter: Counter, cart: Cart, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counter = counter
        self.cart = cart
        self.occurrences: list[OccurrenceView] = []
        self.known: dict[str, OccurrenceView] = {}  # every show seen, for cart descriptions
        self.selected: OccurrenceView | None = None
        self._build()

    def _build(self) -> None:
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        self.date_edit = day_edit(self.counter.lang, "dddd d MMMM yyyy")
        self.date_edit.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.date_edit.dateChanged.connect(self._on_date_changed)
        self.date_edit.setAccessibleName(self.tr("Date des séances"))
        column.addWidget(self.date_edit)

        days = QHBoxLayout()
        days.setSpacing(6)
        self.previous_day_button = page_button(self.tr("◀"), lambda: self.shift_day(-1))
        self.previous_day_button.setToolTip(self.tr("Jour précédent"))
        self.today_button = page_button(self.tr("Aujourd'hui"), self.go_today)
        self.next_day_button = page_button(self.tr("▶"), lambda: self.shift_day(1))
        self.next_day_button.setToolTip(self.tr("Jour suivant"))
        days.addWidget(self.previous_day_button)
        days.addWidget(self.today_button, 1)
        days.addWidget(self.next_day_button)
        column.addLayout(days)

        self.occurrence_list = QListWidget()
        self.occurrence_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.occurrence_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.occurrence_list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.occurrence_list.setItemDelegate(OccurrenceDelegate(self.counter, self))
        # Rows wrap to the list's width: lay them out again when it changes.
        self.occurrence_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.occurrence_list.setMinimumWidth(370)
        self.occurrence_list.currentRowChanged.connect(self._on_row_changed)
        self.occurrence_list.setAccessibleName(self.tr("Séances (flèches haut et bas)"))
        column.addWidget(self.occurrence_list, 1)

        hint = QLabel(self.tr("↑ ↓\u00a0: changer de séance"))
        hint.setProperty("role", "muted")
        column.addWidget(hint)
        # Supervisors and owners: the selected show's places à la carte (shown to them only).
        self.alacarte_settings_button = page_button(
            self.tr("À la carte… (places de la séance)"), self.alacarteSettingsRequested.emit
        )
        self.alacarte_settings_button.setObjectName("alacarteSettingsButton")
        self.alacarte_settings_button.setStyleSheet("min-height: 40px; padding: 0px 10px;")
        self.alacarte_settings_button.setToolTip(
            self.tr("Places à la carte, prix, inscriptions et annulation de la séance choisie")
        )
        column.addWidget(self.alacarte_settings_button)

    # --- the day ------------------------------------------------------------------------

    @property
    def current_day(self) -> date:
        day: date = self.date_edit.date().toPython()  # type: ignore[assignment]
        return day

    def set_day(self, day: date) -> None:
        """Show the shows of ``day`` (selecting the next one to start)."""
        if day == self.current_day:
            self.load_day(day)
        else:
            self.date_edit.setDate(QDate(day.year, day.month, day.day))  # -> _on_date_changed

    def go_today(self) -> None:
        self.set_day(self.counter.today())
        self.keyboardReleased.emit()

    def shift_day(self, days: int) -> None:
        self.set_day(self.current_day + timedelta(days=days))
        self.keyboardReleased.emit()

    def _on_date_changed(self, qdate: QDate) -> None:
        self.load_day(qdate.toPython())  # type: ignore[arg-type]

    def refresh(self) -> None:
        """Reload the day's shows (places sold elsewhere) keeping the selected one."""
        keep = self.selected.id if self.selected else None
        self.load_day(self.current_day, keep_id=keep)

    def load_day(self, day: date, keep_id: str | None = None) -> None:
        if day != self.current_day:
            self.date_edit.blockSignals(True)
            self.date_edit.setDate(QDate(day.year, day.month, day.day))
            self.date_edit.blockSignals(False)
        self.occurrences = self.counter.occurrences(day)
        for occ in self.occurrences:
            self.known[occ.id] = occ
        self.date_edit.setToolTip(long_date(day, self.counter.lang))

        self.occurrence_list.blockSignals(True)
        self.occurrence_list.clear()
        for occ in self.occurrences:
            item = QListWidgetItem()
            item.setData(OCCURRENCE_ROLE, occ)
            if not sellable(occ):
                item.setFlags(
                    item.flags() & ~(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                )
            self.occurrence_list.addItem(item)
        self.update_places()

        target: OccurrenceView | None = None
        if keep_id is not None:
            target = next((o for o in self.occurrences if o.id == keep_id), None)
        if target is None or not sellable(target):
            target = self.counter.next_occurrence(self.occurrences)
        if target is not None and not sellable(target):
            target = next((o for o in self.occurrences if sellable(o)), None)
        row = self.occurrences.index(target) if target is not None else -1
        self.occurrence_list.setCurrentRow(row)
        self.occurrence_list.blockSignals(False)
        if self.occurrence_list.count() == 0:
            self.occurrence_list.addItem(self._placeholder(self.tr("Aucune séance ce jour-là.")))
        self._select(target)
        self.update_supervisor_tools()
        self.dayLoaded.emit()

    def _placeholder(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        return item

    # --- the show -----------------------------------------------------------------------

    def _on_row_changed(self, row: int) -> None:
        self._select(self.occurrences[row] if 0 <= row < len(self.occurrences) else None)

    def _select(self, occ: OccurrenceView | None) -> None:
        self.selected = occ
        if occ is not None:
            item = self.occurrence_list.item(self.occurrences.index(occ))
            if item is not None:
                self.occurrence_list.scrollToItem(item)
        self.occurrenceSelected.emit(occ)

    def move_selection(self, step: int) -> None:
        """Select the previous (-1) or next (+1) show that still has places; past the day's
        last (first) one, the first (last) of the next (previous) day that has one."""
        row = self.occurrence_list.currentRow() if self.occurrences else -1
        if row < 0 and self.occurrences:
            row = -1 if step > 0 else len(self.occurrences)
        candidate = row
        while True:
            candidate += step
            if not 0 <= candidate < len(self.occurrences):
                self._continue_to_day(step)
                return
            if sellable(self.occurrences[candidate]):
                break
        self.occurrence_list.setCurrentRow(candidate)  # -> _on_row_changed

    def _continue_to_day(self, step: int) -> None:
        """↓ after the day's last show: the next day with a show to sell, its first one;
        ↑ before the first: the previous day's last one (never before today)."""
        today = self.counter.today()
        day = self.current_day
        for _ in range(MAX_DAYS_AHEAD):
            day += timedelta(days=step)
            if day < today:
                return
            shows = [o for o in self.counter.occurrences(day) if sellable(o)]
            if shows:
                target = shows[0] if step > 0 else shows[-1]
                self.load_day(day, keep_id=target.id)
                self.dayContinued.emit(day)
                return

    def select_occurrence(self, occurrence_id: str) -> None:
        for row, occ in enumerate(self.occurrences):
            if occ.id == occurrence_id:
                self.occurrence_list.setCurrentRow(row)
                return

    def update_places(self) -> None:
        """Each show's places left, less what the cart holds (words for screen readers)."""
        tz, lang = self.counter.organisation.timezone, self.counter.lang
        now = self.counter.clock()
        for row, occ in enumerate(self.occurrences):
            item = self.occurrence_list.item(row)
            if item is None:
                continue
            remaining = places_left(occ, self.cart)
            item.setData(REMAINING_ROLE, remaining)
            item.setData(
                ALACARTE_ROLE, alacarte_left(occ, self.cart) if occ.alacarte_places > 0 else None
            )
            if occ.remaining == 0:
                template = self.tr(
                    "{time} — {event} — {venue} — places restantes\u00a0: {count} (complet)"
                )
            elif occ.seated:
                template = self.tr(
                    "{time} — {event} — {venue} (plan de salle) — places restantes\u00a0: {count}"
                )
            else:
                template = self.tr("{time} — {event} — {venue} — places restantes\u00a0: {count}")
            text = template.format(
                time=time_of_day(occ.starts_at, tz, lang),
                event=occ.event_name,
                venue=occ.venue_name,
                count=remaining,
            )
            started = started_words(occ, now, lang)
            if started:
                text = self.tr("{text} — {started}").format(text=text, started=started)
            item.setText(text)
        self.occurrence_list.viewport().update()

    def update_supervisor_tools(self) -> None:
        actor = self.counter.actor
        self.alacarte_settings_button.setVisible(actor is not None and actor.role.can_supervise)
