"""The back office's window (Administration, Ctrl+B): a list of sections on the left, the
section chosen on the right. Each section is a small widget with one job (the organisation,
staff, venues and halls, events, dates, prices, counters, a season's programme, the
history); they all talk to :class:`guichet.services.backoffice.BackOffice` only, which
refuses in words whatever the person's role does not allow.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from guichet.domain.errors import DomainError
from guichet.services.backoffice import BackOffice
from guichet.ui.messages import message_for
from guichet.ui.theme import COLORS, set_role


class Section(QWidget):
    """One page of the back office. ``changed`` tells the window (and the sales page behind
    it) that the catalogue moved; ``refresh`` reads it again when the page is shown."""

    changed = Signal()
    #: Its key in the window and in ``guichet --screenshot --window`` (setup, staff...).
    key = ""

    def __init__(self, office: BackOffice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.lang = office.lang

    def title(self) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        """Read what the section shows again."""

    def shortcut(self, keys: QKeySequence | Qt.Key | str, slot: Callable[[], object]) -> QShortcut:
        """A key that works while the keyboard is in this section (several sections use
        Inser): the window gives the section the focus when it is opened (Ctrl+1…9,
        Entrée or a click in the list)."""
        shortcut = QShortcut(QKeySequence(keys), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)
        return shortcut

    def focus_first(self) -> None:
        """Give the keyboard to the section (its keys work only with the focus inside it):
        its first field, list or button that takes Tab."""
        widget = self.nextInFocusChain()
        while widget is not None and widget is not self:
            if (
                self.isAncestorOf(widget)
                and widget.isVisible()
                and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            ):
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return
            widget = widget.nextInFocusChain()

    def say(self, label: QLabel, error: DomainError | str, level: str = "error") -> None:
        """A refusal (or a sentence) under the section, in the person's language."""
        show_message(label, error, self.lang, level)


def show_message(label: QLabel, error: DomainError | str, lang: str, level: str = "error") -> None:
    """A refusal in words in ``lang`` (or a sentence) on ``label``, coloured by ``level``;
    an empty text leaves the line muted."""
    text = message_for(error, lang) if isinstance(error, DomainError) else error
    label.setText(text)
    set_role(label, level if text else "muted")


def message_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    set_role(label, "muted")
    return label


def action_button(
    text: str, slot: Callable[[], object], role: str = "", parent: QWidget | None = None
) -> QPushButton:
    button = QPushButton(text, parent)
    button.setAutoDefault(False)
    # A section's row of five actions fits 1366 px in French and English: less padding than
    # the counter's keys (the focus border takes its room from the padding, as in the theme).
    button.setStyleSheet(
        "QPushButton { padding: 6px 10px; } QPushButton:focus { padding: 4px 8px; }"
    )
    if role:
        button.setProperty("role", role)
    button.clicked.connect(slot)
    return button


def section_classes() -> list[type[Section]]:
    """The sections, in the order of the list (imported here: each lives in its module)."""
    from guichet.ui.admin.check_in_lists import CheckInListsSection
    from guichet.ui.admin.counters import CountersSection
    from guichet.ui.admin.events import EventsSection
    from guichet.ui.admin.history import HistorySection
    from guichet.ui.admin.organisation import OrganisationSection
    from guichet.ui.admin.prices import PricesSection
    from guichet.ui.admin.programme import ProgrammeSection
    from guichet.ui.admin.schedule import ScheduleSection
    from guichet.ui.admin.staff import StaffSection
    from guichet.ui.admin.venues import VenuesSection
    from guichet.ui.journal import JournalSection

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
        from guichet.ui.admin.events import EventsSection
        from guichet.ui.admin.schedule import ScheduleSection

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
