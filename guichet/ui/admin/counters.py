"""The Guichets section of the back office: this counter's name, profile and venue, and the
list of every counter this database knows.

The profile ("Billetterie", "Boutique"...) is what promotions may target; the venue is where
the counter stands (the server's list of counters shows it). On a counter paired with the
central server, the list is what the server replicated to it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from guichet.domain.errors import DomainError
from guichet.services.backoffice import BackOffice
from guichet.services.backoffice.views import TerminalView, VenueView
from guichet.ui.admin.section import Section, action_button, message_label
from guichet.ui.admin.widgets import title_label
from guichet.ui.backoffice import ID_ROLE, item, make_table
from guichet.ui.limits import limit
from guichet.ui.theme import set_role

COL_NAME, COL_PROFILE, COL_VENUE, COL_STATE = range(4)


def state_text(terminal: TerminalView) -> str:
    """This counter, a paired one, both, or a dash."""
    if terminal.this and terminal.paired:
        return QCoreApplication.translate("counters", "Ce guichet, jumelé au serveur")
    if terminal.this:
        return QCoreApplication.translate("counters", "Ce guichet")
    if terminal.paired:
        return QCoreApplication.translate("counters", "Jumelé au serveur")
    return "—"


class ThisCounterForm(QGroupBox):
    """Name, profile and venue of the counter this runs on."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Ce guichet"), parent)
        self.name_edit = QLineEdit()
        limit(self.name_edit, "SaveTerminal.name")
        self.profile_edit = QLineEdit()
        limit(self.profile_edit, "SaveTerminal.profile")
        self.profile_edit.setPlaceholderText(self.tr("Billetterie, Boutique, Accueil…"))
        self.venue_combo = QComboBox()
        form = QFormLayout(self)
        form.setSpacing(8)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Nom"), self.name_edit)
        form.addRow(self.tr("Profil"), self.profile_edit)
        form.addRow(self.tr("Lieu"), self.venue_combo)
        hint = QLabel(
            self.tr("Les promotions peuvent viser certains profils de guichet seulement.")
        )
        hint.setWordWrap(True)
        set_role(hint, "muted")
        form.addRow("", hint)

    def fill(self, terminal: TerminalView, venues: list[VenueView], profiles: list[str]) -> None:
        self.name_edit.setText(terminal.name)
        self.profile_edit.setText(terminal.profile)
        completer = QCompleter(profiles, self.profile_edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.profile_edit.setCompleter(completer)
        self.venue_combo.clear()
        self.venue_combo.addItem(self.tr("Aucun lieu en particulier"), None)
        for venue in venues:
            # A withdrawn venue is offered only to the counter that already stands there.
            if venue.active or venue.id == terminal.venue_id:
                self.venue_combo.addItem(venue.name, venue.id)
        self.venue_combo.setCurrentIndex(max(self.venue_combo.findData(terminal.venue_id), 0))

    @property
    def venue_id(self) -> str | None:
        value = self.venue_combo.currentData()
        return str(value) if value else None


class CountersTable(QWidget):
    """Every counter this database knows, this one in bold."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Guichets connus"))
        title.setProperty("role", "subtitle")
        bold = QFont(title.font())
        bold.setBold(True)
        title.setFont(bold)
        self.origin = QLabel()
        self.origin.setWordWrap(True)
        set_role(self.origin, "muted")
        self.table = make_table(
            [self.tr("Nom"), self.tr("Profil"), self.tr("Lieu"), self.tr("État")]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(title)
        layout.addWidget(self.origin)
        layout.addWidget(self.table, 1)

    def show_counters(self, terminals: list[TerminalView]) -> None:
        this = next((t for t in terminals if t.this), None)
        if this is not None and this.paired:
            self.origin.setText(
                self.tr(
                    "Ce guichet est jumelé au serveur central : cette liste est celle que le "
                    "serveur lui a transmise à la dernière synchronisation."
                )
            )
        else:
            self.origin.setText(
                self.tr(
                    "Ce guichet n'est pas jumelé à un serveur central : il ne connaît que les "
                    "guichets de cette base de données."
                )
            )
        self.table.setRowCount(len(terminals))
        for row, terminal in enumerate(terminals):
            cells = [
                item(terminal.name),
                item(terminal.profile or "—"),
                item(terminal.venue_name or "—"),
                item(state_text(terminal)),
            ]
            cells[COL_NAME].setData(ID_ROLE, terminal.id)
            for column, cell in enumerate(cells):
                if terminal.this:
                    font = QFont(self.table.font())
                    font.setBold(True)
                    cell.setFont(font)
                self.table.setItem(row, column, cell)


class CountersSection(Section):
    key = "counters"

    def __init__(self, office: BackOffice, parent: QWidget | None = None) -> None:
        super().__init__(office, parent)
        heading = title_label(self.title())
        self.form = ThisCounterForm()
        self.save_button = action_button(self.tr("Enregistrer (Ctrl+S)"), self.save, "primary")
        self.message = message_label()
        self.counters = CountersTable()
        self.table = self.counters.table

        self.form.setMaximumWidth(760)
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(self.form, 3)
        side = QVBoxLayout()
        side.addStretch(1)
        side.addWidget(self.message)
        side.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        top.addLayout(side, 2)
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(10)
        root.addWidget(heading)
        root.addLayout(top)
        root.addSpacing(8)
        root.addWidget(self.counters, 1)
        self.shortcut("Ctrl+S", self.save)

    def title(self) -> str:
        return self.tr("Guichets")

    def refresh(self) -> None:
        try:
            terminals = self.office.terminals.all()
            venues = self.office.venues.all()
        except DomainError as error:
            self.say(self.message, error)
            return
        this = next((t for t in terminals if t.this), None)
        if this is not None:
            profiles = sorted({t.profile for t in terminals if t.profile})
            self.form.fill(this, venues, profiles)
        self.counters.show_counters(terminals)

    @Slot()
    def save(self) -> None:
        form = self.form
        try:
            self.office.terminals.save(
                form.name_edit.text(), form.profile_edit.text(), form.venue_id
            )
        except DomainError as error:
            self.say(self.message, error)
            return
        self.refresh()
        self.say(
            self.message,
            self.tr("Guichet « {name} » enregistré.").format(name=form.name_edit.text()),
            "ok",
        )
        self.changed.emit()
