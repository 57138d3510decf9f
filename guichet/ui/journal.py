"""The Journal section of the back office (owners only): the last lines of this counter's
log, newest at the bottom, to read or to hand to support (docs/LOGS.md).

"Copier pour le soutien" puts the lines on the clipboard under a heading support needs first:
the version, the system, Python and Qt, and the counter's name. The log holds no PIN, token
nor customer code (guichet.logs); it is still the owner's to hand over, so the section is
refused to everyone else in the usual words.
"""

from __future__ import annotations

import platform
import sys
from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QLabel, QPlainTextEdit, QWidget

from guichet import __version__, logs
from guichet.domain.auth import Role
from guichet.domain.errors import DomainError
from guichet.services.backoffice import BackOffice
from guichet.ui.admin.section import Section, action_button, message_label
from guichet.ui.admin.widgets import column_layout, heading_row
from guichet.ui.theme import set_role

# Lines shown (and copied): about a day of a busy counter.
SHOWN_LINES = 500

class JournalSection(Section):
    key = "journal"

    def __init__(self, office: BackOffice, parent: QWidget | None = None) -> None:
        super().__init__(office, parent)
        # The file shown: the one this process logs to, unless a test or a picture says.
        self.log_file: Path | None = logs.current_log_file()
        self.lines: list[str] = []
        self.summary = QLabel()
        set_role(self.summary, "muted")
        self.summary.setWordWrap(True)
        self.level_combo = QComboBox()
        self.level_combo.addItem(self.tr("Tout"), "all")
        self.level_combo.addItem(self.tr("Erreurs et avertissements"), "serious")
        self.level_combo.currentIndexChanged.connect(lambda _i: self._show())
        filter_label = QLabel(self.tr("Afficher"))
        filter_label.setBuddy(self.level_combo)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.refresh_button = action_button(self.tr("Rafraîchir (F5)"), self.refresh)
        self.copy_button = action_button(
            self.tr("Copier pour le soutien"), self.copy_for_support, "primary"
        )
        self.save_button = action_button(self.tr("Enregistrer…"), self.save)
        self.file_label = QLabel()
        set_role(self.file_label, "muted")
        buttons = QHBoxLayout()
        for button in (self.refresh_button, self.copy_button, self.save_button):
            buttons.addWidget(button)
        buttons.addSpacing(16)
        buttons.addWidget(self.file_label, 1)
        self.message = message_label()
        column_layout(
            self,
            heading_row(self.title(), self.summary, filter_label, self.level_combo),
            (self.text, 1),
            buttons,
            self.message,
            spacing=10,
        )
        self.shortcut("F5", self.refresh)

    def title(self) -> str:
        return self.tr("Journal")

    @property
    def allowed(self) -> bool:
        actor = self.office.actor_provider()
        return actor is not None and actor.role is Role.OWNER

    def _refuse(self) -> bool:
        """Anyone but an owner is refused in words, and sees no line."""
        if self.allowed:
            return False
        actor = self.office.actor_provider()
        self.lines = []
        self.text.clear()
        self.summary.setText("")
        self.file_label.setText("")
        for widget in (self.copy_button, self.save_button, self.level_combo):
            widget.setEnabled(False)
        role = actor.role.value if actor is not None else "none"
        self.say(self.message, DomainError("forbidden", role=role))
        return True

    def refresh(self) -> None:
        if self._refuse():
            return
        for widget in (self.copy_button, self.save_button, self.level_combo):
            widget.setEnabled(True)
        self.lines = logs.tail(self.log_file, SHOWN_LINES) if self.log_file else []
        self.say(self.message, "")
        self._show()

    def shown_lines(self) -> list[str]:
        serious = self.level_combo.currentData() == "serious"
        return logs.serious(self.lines) if serious else self.lines

    @Slot()
    def _show(self) -> None:
        lines = self.shown_lines()
        self.text.setPlainText("\n".join(lines))
        self.text.verticalScrollBar().setValue(self.text.verticalScrollBar().maximum())
        self.file_label.setText(str(self.log_file) if self.log_file else self.tr("Aucun fichier"))
        self.summary.setText(self.tr("%n ligne(s), les plus récentes en bas", "", len(lines)))

    def support_text(self) -> str:
        """The lines shown, under what support asks first."""
        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import qVersion

        try:
            counter = self.office.terminals.this().name
        except DomainError:
            counter = "?"
        heading = [
            f"Guichet {__version__}",
            f"{platform.platform()} ({platform.machine()})",
            f"Python {sys.version.split()[0]}, Qt {qVersion()}, PySide6 {pyside_version}",
            f"{self.tr('Guichet')}\u00a0: {counter} ({self.office.terminal_id})",
            f"{self.tr('Journal')}\u00a0: {self.log_file or '—'}",
            "",
        ]
        return "\n".join(heading + self.shown_lines()) + "\n"

    @Slot()
    def copy_for_support(self) -> None:
        if self._refuse():
            return
        QGuiApplication.clipboard().setText(self.support_text())
        self.say(
            self.message,
            self.tr(
                "%n ligne(s) copiée(s)\u00a0: collez-les dans votre message au soutien.",
                "",
                len(self.shown_lines()),
            ),
            "ok",
        )

    @Slot()
    def save(self) -> None:
        if self._refuse():
            return
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Enregistrer le journal"), "guichet-journal.txt", "*.txt"
        )
        if name:
            self.save_to(Path(name))

    def save_to(self, path: Path) -> None:
        if self._refuse():
            return
        try:
            path.write_text(self.support_text(), encoding="utf-8")
        except OSError as error:
            self.say(
                self.message,
                self.tr("Impossible d'enregistrer {file}\u00a0: {reason}").format(
                    file=path, reason=error.strerror or error
                ),
            )
            return
        self.say(self.message, self.tr("Journal enregistré\u00a0: {file}").format(file=path), "ok")
