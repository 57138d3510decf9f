"""The back office's window: the list of sections on the left, the one chosen on the right."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from guichet.domain.errors import DomainError
from guichet.services.backoffice import BackOffice
from guichet.ui.admin.check_in_lists import CheckInListsSection
from guichet.ui.admin.counters import CountersSection
from guichet.ui.admin.events import EventsSection
from guichet.ui.admin.history import HistorySection
from guichet.ui.admin.organisation import OrganisationSection
from guichet.ui.admin.prices import PricesSection
from guichet.ui.admin.programme import ProgrammeSection
from guichet.ui.admin.schedule import ScheduleSection
from guichet.ui.admin.section import Section
from guichet.ui.admin.staff import StaffSection
from guichet.ui.admin.venues import VenuesSection
from guichet.ui.journal import JournalSection
from guichet.ui.theme import COLORS


def section_classes() -> list[type[Section]]:
    """The sections, in the order of the list."""
    return [
        EventsSection,
        ScheduleSection,
        PricesSection,
        VenuesSection,
        StaffSection,
        CountersSection,
        OrganisationSection,
        ProgrammeSection,
        HistorySection,
        CheckInListsSection,
        JournalSection,  # owners only: the counter's log (docs/LOGS.md)
    ]


class AdminWindow(QWidget):
    """The back office, a top-level window (supervisors and owners)."""

    changed = Signal()

    def __init__(
        self, office: BackOffice, parent: QWidget | None = None, *, start: str = ""
    ) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setObjectName("adminWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(f"#adminWindow {{ background: {COLORS['bg']}; }}")
        self.setWindowTitle(self.tr("Administration"))
        self.setMinimumSize(1024, 640)
        self.office = office

        self.nav = QListWidget()
        self.nav.setObjectName("adminNav")
        self.nav.setFixedWidth(250)
        self.nav.setStyleSheet("#adminNav::item { min-height: 48px; padding-left: 8px; }")
        self.nav.setWordWrap(True)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget()
        self.sections: dict[str, Section] = {}
        for number, cls in enumerate(section_classes(), start=1):
            section = cls(office)
            section.changed.connect(self.changed)
            self.sections[cls.key] = section
            self.stack.addWidget(section)
            entry = QListWidgetItem(section.title())
            entry.setData(Qt.ItemDataRole.UserRole, cls.key)
            entry.setToolTip(f"Ctrl+{number}" if number < 10 else "")
            self.nav.addItem(entry)
            if number < 10:
                shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
                shortcut.activated.connect(lambda row=number - 1: self._open_row(row))
        self._link_sections()
        self.nav.currentRowChanged.connect(self._show_row)
        # Moving in the list with ↑↓ shows a section; Entrée (or a click) goes into it.
        self.nav.itemActivated.connect(lambda _item: self._focus_section())
        self.nav.itemClicked.connect(lambda _item: self._focus_section())
        close = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        close.activated.connect(self.close)

        root = QHBoxLayout(self)
        root.setContentsMargins(12, 12, 12, 12)
        root.setSpacing(12)
        left = QVBoxLayout()
        heading = QLabel(self.tr("Administration"))
        heading.setProperty("role", "title")
        left.addWidget(heading)
        left.addWidget(self.nav, 1)
        root.addLayout(left)
        root.addWidget(self.stack, 1)
        self.show_section(start or next(iter(self.sections)))

    def _link_sections(self) -> None:
        """The events' "Dates… (Ctrl+O)" opens the schedule on that event."""
        events, schedule = self.sections["events"], self.sections["schedule"]
        assert isinstance(events, EventsSection) and isinstance(schedule, ScheduleSection)

        def show_dates(event_id: str) -> None:
            self.show_section("schedule")
            schedule.show_event(event_id)

        events.datesRequested.connect(show_dates)

    def show_section(self, key: str) -> Section:
        """Show the section ``key`` with the keyboard in it."""
        self._open_row(list(self.sections).index(key))
        return self.sections[key]

    def _open_row(self, row: int) -> None:
        self.nav.setCurrentRow(row)
        self._show_row(row)
        self._focus_section()

    def _focus_section(self) -> None:
        current = self.stack.currentWidget()
        if isinstance(current, Section):
            QTimer.singleShot(0, current.focus_first)

    @Slot(int)
    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        section = self.sections[list(self.sections)[row]]
        try:
            section.refresh()
        except DomainError:
            pass  # the section says it itself when it acts
        self.stack.setCurrentWidget(section)

    def refresh(self) -> None:
        current = self.stack.currentWidget()
        if isinstance(current, Section):
            current.refresh()
