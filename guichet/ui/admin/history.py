"""The Historique section of the back office: who changed what, when, from which counter,
newest first, filtered by kind (staff, venues, events, dates, prices, counters, the
organisation). Read-only: the history is what the handlers recorded with each command.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Slot
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QWidget,
)

from guichet.domain.errors import DomainError
from guichet.services.backoffice import BackOffice
from guichet.services.backoffice.views import HistoryLine
from guichet.ui.admin.history_words import HistoryWords, when_text
from guichet.ui.admin.section import Section, message_label
from guichet.ui.admin.widgets import column_layout, title_label
from guichet.ui.backoffice import fit_rows, item, make_table
from guichet.ui.theme import set_role

COL_WHEN, COL_WHO, COL_COUNTER, COL_WHAT = range(4)

#: The filter's kinds and the entities each shows (None: everything).
KINDS: tuple[tuple[str, tuple[str, ...] | None], ...] = (
    ("all", None),
    ("staff", ("user",)),
    ("venues", ("venue", "hall")),
    ("events", ("event", "activity", "programme")),
    ("dates", ("occurrence",)),
    ("prices", ("category", "price_list")),
    ("counters", ("terminal",)),
    ("organisation", ("organisation",)),
)


class HistorySection(Section):
    key = "history"

    def __init__(self, office: BackOffice, parent: QWidget | None = None) -> None:
        super().__init__(office, parent)
        self.lines: list[HistoryLine] = []
        heading = title_label(self.title())
        self.summary = QLabel()
        set_role(self.summary, "muted")
        self.kind_combo = QComboBox()
        for key, _entities in KINDS:
            self.kind_combo.addItem(self._kind_name(key), key)
        self.kind_combo.setMinimumWidth(220)
        self.kind_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        filter_label = QLabel(self.tr("Afficher (Ctrl+F)"))
        filter_label.setBuddy(self.kind_combo)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addSpacing(16)
        top.addWidget(self.summary, 1)
        top.addWidget(filter_label)
        top.addWidget(self.kind_combo)
        self.table = make_table(
            [self.tr("Quand"), self.tr("Qui"), self.tr("Guichet"), self.tr("Quoi")]
        )
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_WHAT, QHeaderView.ResizeMode.Stretch)
        self.message = message_label()
        column_layout(self, top, (self.table, 1), self.message, spacing=10)
        self.shortcut("Ctrl+F", self._focus_filter)

    def title(self) -> str:
        return self.tr("Historique")

    def _kind_name(self, key: str) -> str:
        names = {
            "all": self.tr("Tout"),
            "staff": self.tr("Personnel"),
            "venues": self.tr("Lieux et salles"),
            "events": self.tr("Événements"),
            "dates": self.tr("Dates"),
            "prices": self.tr("Prix et catégories"),
            "counters": self.tr("Guichets"),
            "organisation": self.tr("Organisation"),
        }
        return names[key]

    @property
    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def set_kind(self, key: str) -> None:
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(key))

    @Slot()
    def _focus_filter(self) -> None:
        self.kind_combo.setFocus()
        self.kind_combo.showPopup()

    def refresh(self) -> None:
        entities = dict(KINDS)[self.kind]
        try:
            self.lines = self.office.history.lines(entities=entities)
            names = self.office.history.names()
        except DomainError as error:
            self.lines, names = [], {}
            self.say(self.message, error)
        words = HistoryWords(self.lang, self.office.timezone, names)
        self.table.setRowCount(len(self.lines))
        for row, line in enumerate(self.lines):
            cells = [
                item(when_text(line.at, self.office.timezone, self.lang)),
                item(line.person or "—"),
                item(line.terminal or "—"),
                item(words.sentence(line)),
            ]
            for column, cell in enumerate(cells):
                self.table.setItem(row, column, cell)
        count = len(self.lines)
        self.summary.setText(
            self.tr("{count} changement").format(count=count)
            if count <= 1
            else self.tr("{count} changements, les plus récents d'abord").format(count=count)
        )
        fit_rows(self.table)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self, lambda: fit_rows(self.table))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # The sentence column's width changes with the window: refit the wrapped sentences.
        QTimer.singleShot(0, self, lambda: fit_rows(self.table))
