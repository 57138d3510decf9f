"""The Import et export section of the back office: a season's programme from a CSV or XLSX
file (one row per date), and the same columns exported.

Choose a file (Ctrl+O, or drop it on the section): every row is checked and shown as a
preview — the events it will create marked "nouveau" — with the errors line by line, in the
person's language. The Import button (Entrée) says how many dates it will add and is on only
when no line has an error: nothing is written unless every row is valid, and then all of it
in one command. A big file is read off the window's thread, so the window never freezes.
Export (Ctrl+E): a file, an optional period, and the count of dates written.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRect, Qt, Slot
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QTableView,
    QWidget,
)

from guichet.domain.errors import DomainError
from guichet.i18n.errors import number
from guichet.services.backoffice import BackOffice
from guichet.services.backoffice.programme import (
    ProgrammeImported,
    ProgrammePreview,
    ProgrammeRefused,
    line_messages,
)
from guichet.services.backoffice.programme_files import COLUMNS, FRENCH_COLUMNS
from guichet.ui.admin.programme_parts import (
    COL_EVENT,
    COL_LIST,
    COL_TAGS,
    ExportDialog,
    PreviewModel,
    WrappingDelegate,
)
from guichet.ui.admin.section import Section, action_button, message_label
from guichet.ui.admin.widgets import column_layout, title_label
from guichet.ui.theme import COLORS, set_role
from guichet.ui.workers import RunnerThread

#: Rows that a save runs off the window's thread beyond.
BACKGROUND_ROWS = 500


class ProgrammeSection(Section):
    key = "programme"
    #: Files bigger than this (CSV; a sixth of it in XLSX) are read off the window's thread
    #: (5,000 rows take a second or two).
    background_bytes = 100_000

    def __init__(self, office: BackOffice, parent: QWidget | None = None) -> None:
        super().__init__(office, parent)
        self.preview: ProgrammePreview | None = None
        self.path: Path | None = None
        self.runner: RunnerThread | None = None
        self.export_dialog: ExportDialog | None = None  # kept while open (tests reach it)
        self.setAcceptDrops(True)

        heading = title_label(self.title())
        self.help_label = QLabel(
            self.tr(
                "Une ligne par date, avec les colonnes {columns} (ou en français : {french}). "
                "Heures locales comme 2027-06-01 20:00 ; étiquettes séparées par des virgules. "
                "Un événement encore inconnu est créé à son lieu, avec sa liste de prix."
            ).format(columns=", ".join(COLUMNS), french=", ".join(FRENCH_COLUMNS))
        )
        self.help_label.setWordWrap(True)
        set_role(self.help_label, "muted")
        self.example_label = QLabel()
        self.example_label.setWordWrap(True)
        self.example_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.example_label.setStyleSheet(
            f"font-family: monospace; background: white; border: 1px solid {COLORS['border']};"
            " border-radius: 4px; padding: 6px;"
        )

        self.choose_button = action_button(self.tr("Choisir un fichier… (Ctrl+O)"), self.choose)
        self.import_button = action_button(self.tr("Importer (Entrée)"), self.import_now, "primary")
        self.import_button.setEnabled(False)
        # The theme's primary colour would hide that it is off until a file has no error.
        self.import_button.setStyleSheet(
            "QPushButton:disabled { background: #eaeef2; color: #8c959f; "
            f"border: 1px solid {COLORS['border']}; }}"
        )
        self.export_button = action_button(self.tr("Exporter… (Ctrl+E)"), self.export)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.errors = QListWidget()
        self.errors.setWordWrap(True)
        self.errors.setStyleSheet(f"QListWidget {{ color: {COLORS['danger']}; }}")
        self.errors.setVisible(False)
        self.model = PreviewModel(self.lang, office.timezone, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(60)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        # Two lines a row: the price list and the tags, one line each, may take the second.
        self.wrapping = WrappingDelegate(self.table)
        for column in (COL_LIST, COL_TAGS):
            self.table.setItemDelegateForColumn(column, self.wrapping)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.message = message_label()
        self.message.setVisible(False)

        column_layout(
            self,
            heading,
            self.help_label,
            self.example_label,
            buttons,
            self.message,
            self.status,
            self.errors,
            (self.table, 1),
            spacing=8,
        )

        self.shortcut("Ctrl+O", self.choose)
        self.shortcut(Qt.Key.Key_Return, self.import_now)
        self.shortcut(Qt.Key.Key_Enter, self.import_now)
        self.shortcut("Ctrl+E", self.export)

    def title(self) -> str:
        return self.tr("Import et export")

    def say(self, label: QLabel, error: DomainError | str, level: str = "error") -> None:
        super().say(label, error, level)
        label.setVisible(bool(label.text()))  # an empty line would push the preview down

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_columns()  # the headers' bold font is known once the section is polished

    def refresh(self) -> None:
        self.example_label.setText(self.tr("Exemple : {line}").format(line=self._example()))

    def _example(self) -> str:
        """A line of this organisation's own names, as a file would hold it."""
        event, venue, price_list = "Les Belles-sœurs", "Théâtre du Quai", "Théâtre — régulier"
        try:
            shown = next((e for e in self.office.events.all() if e.active), None)
        except DomainError:
            shown = None
        if shown is not None:
            event, venue, price_list = shown.name, shown.venue_name, shown.price_list_name
        year = self.office.clock().year + 1
        out = io.StringIO()
        csv.writer(out, lineterminator="").writerow(
            [event, venue, f"{year}-06-01 20:00", f"{year}-06-01 22:00", "320", price_list,
             self.tr("été, famille")]
        )  # fmt: skip
        return out.getvalue()

    # --- reading a file --------------------------------------------------------------------

    @Slot()
    def choose(self) -> None:
        if self.runner is not None:
            return
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Importer un programme"),
            str(self.path.parent if self.path else Path.home()),
            self.tr("Tableurs (*.xlsx *.csv *.txt)"),
        )
        if chosen:
            self.load(Path(chosen))

    def load(self, path: Path) -> None:
        """Read and check ``path``; show its preview and errors (nothing is written)."""
        if self.runner is not None:
            return
        self.path = path
        self._show(None)
        self.say(self.message, "")
        try:
            size = path.stat().st_size
        except OSError:
            size = 0  # the desk says why in words
        # XLSX is zipped and slower to read: a 5,000-row file is about 150 kB.
        if size * (6 if path.suffix.lower() == ".xlsx" else 1) > self.background_bytes:
            self.status.setText(self.tr("Lecture de {file}…").format(file=path.name))
            set_role(self.status, "muted")
            self._run(self.office.programme.preview, path, done=self._show)
            return
        try:
            preview = self.office.programme.preview(path)
        except DomainError as error:
            self._failed(error)
            return
        self._show(preview)

    def _show(self, preview: ProgrammePreview | None) -> None:
        self.preview = preview
        self.model.show_rows(preview.rows if preview else [], self.office.timezone)
        self.errors.clear()
        if preview is not None:
            self.errors.addItems(line_messages(preview.errors, self.lang, self.office.timezone))
        self._fit_errors()
        self._fit_columns()
        self._update_import()
        if preview is None:
            self.status.setText(
                self.tr("Choisissez un fichier CSV ou XLSX (Ctrl+O), ou déposez-le ici.")
            )
            set_role(self.status, "muted")
            return
        self.status.setText(self._summary(preview))
        set_role(self.status, "ok" if preview.valid else "error")

    def _fit_errors(self) -> None:
        """As tall as its first lines, up to six (then it scrolls): the preview keeps room."""
        count = self.errors.count()
        self.errors.setVisible(count > 0)
        if count:
            # Measured here: the list's own hints ignore how its lines wrap.
            width = max(self.errors.viewport().width() - 12, 200)
            metrics = self.errors.fontMetrics()
            rows = sum(
                metrics.boundingRect(
                    QRect(0, 0, width, 10_000),
                    int(Qt.TextFlag.TextWordWrap),
                    self.errors.item(i).text(),
                ).height()
                + 2
                for i in range(min(count, 6))
            )
            self.errors.setFixedHeight(rows + 2 * self.errors.frameWidth() + 6)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_errors()  # wrapped lines take more or less room

    def _summary(self, preview: ProgrammePreview) -> str:
        name = preview.file_name
        if preview.errors:
            count = len(preview.errors)
            text = (
                self.tr("{file} : 1 erreur. Rien ne sera importé tant qu'elle n'est pas corrigée.")
                if count == 1
                else self.tr("{file} : {count} erreurs. Rien ne sera importé tant qu'il en reste.")
            )
            return text.format(file=name, count=number(count, self.lang))
        dates = len(preview.rows)
        text = (
            self.tr("{file} : 1 date à importer.")
            if dates == 1
            else self.tr("{file} : {count} dates à importer.")
        ).format(file=name, count=number(dates, self.lang))
        events = preview.new_events
        if len(events) == 1:
            text += " " + self.tr("Un événement sera créé : {names}.").format(names=events[0])
        elif events:
            shown = ", ".join(events[:5]) + (", …" if len(events) > 5 else "")
            text += " " + self.tr("{count} événements seront créés : {names}.").format(
                count=number(len(events), self.lang), names=shown
            )
        return text

    def _update_import(self) -> None:
        preview = self.preview
        valid = preview is not None and preview.valid and self.runner is None
        self.import_button.setEnabled(valid)
        count = len(preview.rows) if preview is not None and preview.valid else 0
        if count == 1:
            self.import_button.setText(self.tr("Importer la date (Entrée)"))
        elif count:
            self.import_button.setText(
                self.tr("Importer les {count} dates (Entrée)").format(
                    count=number(count, self.lang)
                )
            )
        else:
            self.import_button.setText(self.tr("Importer (Entrée)"))

    def _fit_columns(self) -> None:
        # Fitting measures rows: a sample is enough for thousands. Never narrower than the
        # column's title.
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(200)
        self.table.resizeColumnsToContents()
        metrics = QFontMetrics(header.font())
        bold = QFont(header.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        for column, title in enumerate(self.model.headers):
            wanted = metrics.horizontalAdvance(title) + 20
            if header.sectionSize(column) < wanted:
                header.resizeSection(column, wanted)
        # Long names are cut with "…" (the whole text is in the tooltip) so that every column
        # fits a 1366-pixel screen.
        for column, widest in ((COL_EVENT, 340), (COL_LIST, 220)):
            if header.sectionSize(column) > widest:
                header.resizeSection(column, widest)

    # --- importing -------------------------------------------------------------------------

    @Slot()
    def import_now(self) -> None:
        preview = self.preview
        if self.runner is not None:
            return
        if preview is None:
            self.say(self.message, self.tr("Choisissez d'abord un fichier (Ctrl+O)."))
            return
        if not preview.valid:
            self.say(self.message, ProgrammeRefused(preview.errors))
            return
        if len(preview.rows) > BACKGROUND_ROWS:
            self.status.setText(self.tr("Importation en cours…"))
            set_role(self.status, "muted")
            self._run(
                self.office.programme.save, preview, done=self._imported, refused=self._save_failed
            )
            return
        try:
            result = self.office.programme.save(preview)
        except DomainError as error:
            self._save_failed(error)
            return
        self._imported(result)

    def _save_failed(self, error: object) -> None:
        """Refused while saving (the catalogue changed since the file was read): the preview
        no longer holds; read the file again."""
        if self.preview is not None:
            self.preview.command = None
        self._failed(error)
        self.status.setText(self.tr("Rien n'a été importé. Relisez le fichier (Ctrl+O)."))
        set_role(self.status, "error")

    def _imported(self, result: ProgrammeImported) -> None:
        self._show(None)
        self.say(self.message, self.imported_text(result), "ok")
        self.changed.emit()

    def imported_text(self, result: ProgrammeImported) -> str:
        dates = number(result.dates, self.lang)
        if result.events == 0:
            return (
                self.tr("1 date importée.")
                if result.dates == 1
                else self.tr("{dates} dates importées.").format(dates=dates)
            )
        if result.events == 1:
            return (
                self.tr("1 date importée, 1 événement créé.")
                if result.dates == 1
                else self.tr("{dates} dates importées, 1 événement créé.").format(dates=dates)
            )
        return self.tr("{dates} dates importées, {events} événements créés.").format(
            dates=dates, events=number(result.events, self.lang)
        )

    # --- exporting -------------------------------------------------------------------------

    @Slot()
    def export(self) -> None:
        today: date = self.office.clock().date()
        dialog = ExportDialog(self._export, self.lang, today, self)
        self.export_dialog = dialog
        dialog.open()

    def _export(self, path: Path, first: date | None, last: date | None) -> DomainError | None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            count = self.office.programme.export(path, first_day=first, last_day=last)
        except DomainError as error:
            return error
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.say(
            self.message,
            (
                self.tr("1 date exportée dans {file}.")
                if count == 1
                else self.tr("{count} dates exportées dans {file}.")
            ).format(count=number(count, self.lang), file=str(path)),
            "ok",
        )
        return None

    # --- work off the window's thread ------------------------------------------------------

    def _run(
        self,
        job: Callable[..., Any],
        argument: Any,
        *,
        done: Callable[[Any], None],
        refused: Callable[[object], None] | None = None,
    ) -> None:
        runner = RunnerThread(job, argument)
        self.runner = runner
        self.choose_button.setEnabled(False)
        self._update_import()

        def finished() -> None:
            # The signal comes as run() returns: wait for the thread to end before letting
            # the object go (a QThread destroyed while running aborts the program; it did,
            # now and then, on a busy machine).
            runner.wait()
            self.runner = None
            self.choose_button.setEnabled(True)
            runner.deleteLater()

        def succeeded(result: object) -> None:
            finished()
            done(result)

        def failed(error: object) -> None:
            finished()
            (refused or self._failed)(error)

        runner.succeeded.connect(succeeded)
        runner.failed.connect(failed)
        runner.start()

    def _failed(self, error: object) -> None:
        self._update_import()
        if isinstance(error, ProgrammeRefused):
            self.status.setText("")
            self.errors.clear()
            self.errors.addItems(line_messages(error.errors, self.lang, self.office.timezone))
            self._fit_errors()
        if isinstance(error, DomainError):
            self.say(self.message, error)
            return
        self.say(self.message, self.tr("Erreur inattendue : {error}").format(error=error))

    # --- a file dropped on the section -----------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if len(urls) == 1 and urls[0].isLocalFile():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = event.mimeData().urls()
        if len(urls) == 1 and urls[0].isLocalFile():
            event.acceptProposedAction()
            self.load(Path(urls[0].toLocalFile()))
