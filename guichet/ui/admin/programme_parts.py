"""The pieces of the Import et export section: the preview's table model (thousands of rows
without a widget per cell) and the export dialog (a file, and an optional period)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Slot,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from guichet.domain.errors import DomainError
from guichet.i18n.formatting import day_format, local, time_of_day
from guichet.services.backoffice.programme import PreviewRow
from guichet.ui.admin.widgets import ActionDialog, hint_label
from guichet.ui.backoffice import BIG_INDICATORS
from guichet.ui.theme import COLORS, day_edit

Index = QModelIndex | QPersistentModelIndex
#: (file, first day, last day) -> a refusal to show, or None when exported.
SubmitExport = Callable[[Path, date | None, date | None], DomainError | None]


COL_LINE, COL_EVENT, COL_WHEN, COL_CAPACITY, COL_LIST, COL_TAGS = range(6)


class PreviewModel(QAbstractTableModel):
    """The rows an import would add: line, event ("nouveau" when created) over its venue,
    day over start and end, capacity, price list, tags. Two lines a row keep the eight
    facts within a 1366-pixel screen."""

    def __init__(self, lang: str, timezone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.timezone = timezone
        self.rows: list[PreviewRow] = []
        self.headers = [
            self.tr("Ligne"),
            self.tr("Événement et lieu"),
            self.tr("Date"),
            self.tr("Capacité"),
            self.tr("Liste de prix"),
            self.tr("Étiquettes"),
        ]

    def show_rows(self, rows: list[PreviewRow], timezone: str) -> None:
        self.beginResetModel()
        self.rows = rows
        self.timezone = timezone
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            vertical = Qt.AlignmentFlag.AlignVCenter
            if column in (COL_LINE, COL_CAPACITY):
                return int(Qt.AlignmentFlag.AlignRight | vertical)
            return int(Qt.AlignmentFlag.AlignLeft | vertical)
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_EVENT and row.new_event:
            return QBrush(QColor(COLORS["primary"]))
        if role == Qt.ItemDataRole.FontRole and column == COL_EVENT and row.new_event:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def text(self, row: PreviewRow, column: int) -> str:
        if column == COL_LINE:
            return str(row.line)
        if column == COL_EVENT:
            name = (
                self.tr("{name} (nouveau)").format(name=row.event) if row.new_event else row.event
            )
            return f"{name}\n{row.venue}"
        if column == COL_WHEN:
            return self.when(row)
        if column == COL_CAPACITY:
            return "" if row.capacity is None else str(row.capacity)
        if column == COL_LIST:
            return row.price_list
        return ", ".join(row.tags)

    def when(self, row: PreviewRow) -> str:
        """ "mar. 1 juin 2027" over "20 h – 22 h 20" (the end's day too when it differs)."""
        start, end = local(row.starts_at, self.timezone), local(row.ends_at, self.timezone)
        hours = (
            f"{time_of_day(row.starts_at, self.timezone, self.lang)} – "
            f"{time_of_day(row.ends_at, self.timezone, self.lang)}"
        )
        if start.date() == end.date():
            return f"{self.day(start)}\n{hours}"
        return self.tr("{start}, {start_time}\nau {end}, {end_time}").format(
            start=self.day(start),
            start_time=time_of_day(row.starts_at, self.timezone, self.lang),
            end=self.day(end),
            end_time=time_of_day(row.ends_at, self.timezone, self.lang),
        )

    def day(self, moment: datetime) -> str:
        """ "mar. 1 juin 2027" / "Tue, Jun 1, 2027": short enough for a column."""
        pattern = "EEE d MMM y" if self.lang == "fr" else "EEE, MMM d, y"
        return day_format(moment, pattern, self.lang)


class WrappingDelegate(QStyledItemDelegate):
    """A one-line column (price list, tags) whose text takes the row's second line when the
    column is too narrow for it, rather than being cut."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText


class ExportDialog(ActionDialog):
    """Where to export the programme (.xlsx or .csv), and optionally which days."""

    def __init__(
        self, submit: SubmitExport, lang: str, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(lang, parent)
        self.submit = submit
        self.setWindowTitle(self.tr("Exporter le programme"))
        self.path_edit = QLineEdit(str(Path.home() / "programme.xlsx"))
        self.path_edit.setMinimumWidth(420)
        self.browse_button = QPushButton(self.tr("Parcourir… (Ctrl+O)"))
        self.browse_button.setAutoDefault(False)
        self.browse_button.clicked.connect(self.browse)
        self.browse_button.setShortcut("Ctrl+O")
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        self.period_check = QCheckBox(self.tr("Seulement les dates d'une &période"))
        self.setStyleSheet(BIG_INDICATORS)
        display = "d MMMM yyyy" if lang == "fr" else "MMMM d, yyyy"
        self.first_day = day_edit(lang, display)
        self.last_day = day_edit(lang, display)
        start = QDate(today.year, today.month, today.day)
        self.first_day.setDate(start)
        self.last_day.setDate(start.addMonths(3))
        self.period_check.toggled.connect(self._period_toggled)
        self._period_toggled(False)
        form = QFormLayout()
        form.setSpacing(12)
        file_label = QLabel(self.tr("&Fichier"))
        file_label.setBuddy(self.path_edit)
        form.addRow(file_label, path_row)
        form.addRow("", self.period_check)
        form.addRow(self.tr("&Du"), self.first_day)
        form.addRow(self.tr("&Au"), self.last_day)
        explain = hint_label(
            self.tr(
                "Toutes les dates non annulées, une par ligne, dans les colonnes de l'import : "
                "le fichier peut être modifié puis importé de nouveau."
            )
        )
        self.export_button = self.save_button
        self.export_button.setText(self.tr("Exporter (Entrée)"))
        self.lay_out(form, explain)
        self.path_edit.setFocus()

    @Slot(bool)
    def _period_toggled(self, on: bool) -> None:
        self.first_day.setEnabled(on)
        self.last_day.setEnabled(on)

    @Slot()
    def browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Exporter le programme"),
            self.path_edit.text(),
            self.tr("Classeur Excel (*.xlsx);;CSV (*.csv)"),
        )
        if chosen:
            self.path_edit.setText(chosen)

    @property
    def path(self) -> Path:
        return Path(self.path_edit.text().strip()).expanduser()

    @property
    def period(self) -> tuple[date | None, date | None]:
        if not self.period_check.isChecked():
            return None, None
        first: date = self.first_day.date().toPython()  # type: ignore[assignment]
        last: date = self.last_day.date().toPython()  # type: ignore[assignment]
        return first, last

    @Slot()
    def save(self) -> None:
        if not self.path_edit.text().strip():
            self.path_edit.setFocus()
            self.show_error(self.tr("Indiquez le fichier où exporter (.xlsx ou .csv)."))
            return
        first, last = self.period
        self.close_or_say(self.submit(self.path, first, last))
