"""The day and session chooser of the scanning window's booking panel.

One job: on which day, into which occurrence, the card books. « Réserver », ◀ day ▶ and
« Aujourd'hui » above the card's eligible occurrences of that day, each with its places left or
why it is closed (greyed, not selectable). The chooser never reads the database: the window
hands it the day and the occurrences (``fill``) and hears ``day_shift_requested`` (◀ ▶) and
``today_requested`` when a day button is clicked (it decides: never before today), and
``occurrence_changed`` when the chosen occurrence changes. No control takes the keyboard.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from guichet.services.cards import BookableOccurrence
from guichet.ui.redeem.words import RedeemWords
from guichet.ui.scanning import no_focus as _no_focus
from guichet.ui.theme import COLORS
from guichet.ui.theme import sized_font as _font

OCCURRENCE_ROLE = Qt.ItemDataRole.UserRole + 20
MAX_LIST_ROWS = 5
COMPACT = "min-height: 44px; padding: 2px 12px;"


def small_button(text: str, slot: Callable[[], None]) -> QPushButton:
    """A compact button that leaves the keyboard in the scan field."""
    button = QPushButton(text)
    button.setAutoDefault(False)
    button.setStyleSheet(COMPACT)
    _no_focus(button)
    button.clicked.connect(slot)
    return button


class SessionChooser(QWidget):
    """``SessionChooser(words)``: ``fill(day, today, bookable, preferred, now)``,
    ``selected_occurrence_id()``, ``select_occurrence(id)``; ``bookable`` is the day's list."""

    day_shift_requested = Signal(int)  # ◀ -1, ▶ +1: the day before or after the one shown
    today_requested = Signal()  # « Aujourd'hui »
    occurrence_changed = Signal()

    def __init__(self, words: RedeemWords, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words = words
        self.bookable: list[BookableOccurrence] = []
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(6)
        title_row = QHBoxLayout()
        title_row.setSpacing(6)
        title = QLabel(self.tr("Réserver"))
        title.setFont(_font(self.font(), 19, True))
        title_row.addWidget(title)
        title_row.addStretch(1)
        self.previous_day_button = small_button(
            self.tr("◀"), lambda: self.day_shift_requested.emit(-1)
        )
        self.previous_day_button.setToolTip(self.tr("Jour précédent"))
        self.day_label = QLabel()
        self.day_label.setObjectName("dayLabel")
        self.day_label.setFont(_font(self.font(), 15, True))
        self.day_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.day_label.setMinimumWidth(150)
        self.next_day_button = small_button(self.tr("▶"), lambda: self.day_shift_requested.emit(1))
        self.next_day_button.setToolTip(self.tr("Jour suivant"))
        self.today_button = small_button(
            self.tr("Aujourd'hui"), lambda: self.today_requested.emit()
        )
        for widget in (
            self.previous_day_button,
            self.day_label,
            self.next_day_button,
            self.today_button,
        ):
            title_row.addWidget(widget)
        box.addLayout(title_row)

        self.occurrence_list = QListWidget()
        self.occurrence_list.setObjectName("occurrenceList")
        self.occurrence_list.setAccessibleName(self.tr("Séances admissibles"))
        self.occurrence_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.occurrence_list.setFont(_font(self.font(), 15))
        self.occurrence_list.setWordWrap(True)
        self.occurrence_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.occurrence_list.setStyleSheet("QListWidget::item { padding: 6px 4px; }")
        _no_focus(self.occurrence_list)
        self.occurrence_list.itemSelectionChanged.connect(self.occurrence_changed)
        box.addWidget(self.occurrence_list)

    def fill(
        self,
        day: date,
        today: date,
        bookable: list[BookableOccurrence],
        preferred: str | None,
        now: datetime,
    ) -> None:
        """Show ``day``'s occurrences for the card. The occurrence chosen stays chosen when it
        can still be booked, else ``preferred`` (the session in progress), else the next one
        to start; ``occurrence_changed`` follows in every case."""
        self.previous_day_button.setEnabled(day > today)
        self.today_button.setEnabled(day != today)
        self.day_label.setText(self.words.short_day(day))
        self.day_label.setToolTip(self.words.long_day(day))
        chosen = self.selected_occurrence_id()
        self.bookable = bookable
        self.occurrence_list.blockSignals(True)
        self.occurrence_list.clear()
        for entry in bookable:
            self.occurrence_list.addItem(self._item(entry))
        if not bookable:
            empty = QListWidgetItem(self.tr("Aucune séance admissible ce jour-là."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            empty.setForeground(QColor(COLORS["muted"]))
            self.occurrence_list.addItem(empty)
        self.occurrence_list.blockSignals(False)
        self._fit_list()
        wanted = chosen if chosen is not None else preferred
        if wanted is None or not self.bookable_now(wanted):
            wanted = self._default_occurrence(now)
        if wanted is None or not self.select_occurrence(wanted):
            self.occurrence_changed.emit()

    def _item(self, entry: BookableOccurrence) -> QListWidgetItem:
        occ = entry.occurrence
        words = self.words
        if entry.refusal is None:
            if entry.place_kind == "alacarte":
                places = self.tr("{count} places à la carte").format(count=entry.places_left)
            else:
                places = self.tr("{count} places").format(count=entry.places_left)
        else:
            places = words.refusal(entry.refusal)
        item = QListWidgetItem(
            self.tr("{time}  {event} — {places}").format(
                time=words.time(occ.starts_at), event=occ.event_name, places=places
            )
        )
        item.setData(OCCURRENCE_ROLE, occ.id)
        if entry.refusal is not None:
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            item.setForeground(QColor(COLORS["muted"]))
            item.setToolTip(words.refusal(entry.refusal))
        return item

    def _fit_list(self) -> None:
        """The list as tall as its lines (five at most: then it scrolls)."""
        rows = self.occurrence_list.count()
        height = sum(
            self.occurrence_list.sizeHintForRow(row) for row in range(min(rows, MAX_LIST_ROWS))
        )
        frame = 2 * self.occurrence_list.frameWidth()
        self.occurrence_list.setFixedHeight(max(height, 40) + frame + 2)

    def bookable_now(self, occurrence_id: str) -> bool:
        return any(e.occurrence.id == occurrence_id and e.refusal is None for e in self.bookable)

    def entry(self, occurrence_id: str) -> BookableOccurrence | None:
        return next((e for e in self.bookable if e.occurrence.id == occurrence_id), None)

    def _default_occurrence(self, now: datetime) -> str | None:
        """The next bookable occurrence to start (else the first bookable one)."""
        open_ones = [e.occurrence for e in self.bookable if e.refusal is None]
        upcoming = [o for o in open_ones if o.starts_at >= now]
        chosen = upcoming[0] if upcoming else (open_ones[0] if open_ones else None)
        return chosen.id if chosen else None

    def selected_occurrence_id(self) -> str | None:
        items = self.occurrence_list.selectedItems()
        if not items:
            return None
        value = items[0].data(OCCURRENCE_ROLE)
        return str(value) if value else None

    def select_occurrence(self, occurrence_id: str) -> bool:
        """Choose an occurrence as if clicked; False when it is not listed or is closed."""
        for row in range(self.occurrence_list.count()):
            item = self.occurrence_list.item(row)
            if item.data(OCCURRENCE_ROLE) == occurrence_id:
                if not item.flags() & Qt.ItemFlag.ItemIsSelectable:
                    return False
                self.occurrence_list.setCurrentItem(item)
                item.setSelected(True)
                self.occurrence_list.scrollToItem(item)
                self.occurrence_changed.emit()
                return True
        return False


__all__ = ["COMPACT", "MAX_LIST_ROWS", "OCCURRENCE_ROLE", "SessionChooser", "small_button"]
