"""The cards window (« Cartes »): gift packages and passes sold or waiting in a shop.

A list of every card (code, forfait or laissez-passer, état, détenteur, passages, expiration,
activée le) read page by page from ``counter.cards`` (the database may hold a million cards:
the table asks for the next page only when the cashier scrolls to it), filtered by card type,
state, expiry and a code or holder's name. « Exporter… » writes what the filters show to a
.xlsx or .csv file in a worker thread, with a progress dialog; « Générer des cartes… » makes a
lot of shop cards (supervisors and the owner); « Bloquer » / « Débloquer » stop or restart the
chosen card; « Types de cartes… » opens the back-office editor of card types.

The window only talks to the Qt-free :class:`~guichet.services.cards.CardDesk`; every write is
checked again by the handlers, the greyed buttons are only a courtesy.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QBrush,
    QCloseEvent,
    QColor,
    QFont,
    QFontDatabase,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from guichet.domain.cards import MAX_BATCH, CardKind, CardStatus
from guichet.domain.errors import DomainError
from guichet.i18n.formatting import local, money
from guichet.services.cards import CardDesk, CardFilter, CardRow, CardTypeView
from guichet.services.counter import Counter
from guichet.ui.backoffice import BIG_INDICATORS, add_shortcut, short_date, show_message
from guichet.ui.limits import limit
from guichet.ui.messages import message_for
from guichet.ui.theme import COLORS, day_edit
from guichet.ui.theme import sized_font as _font
from guichet.ui.workers import BusyDialog, RunnerThread

PAGE = 200  # rows read at a time: the table asks for the next page when scrolled to it
ROW_HEIGHT = 42
SEARCH_DELAY_MS = 300  # typing in the search field filters after this pause
CARD_ROLE = Qt.ItemDataRole.UserRole + 20
ROOT = QModelIndex()  # the table's invisible root

# Columns of the cards table.
COL_CODE, COL_TYPE, COL_STATUS, COL_HOLDER, COL_USES, COL_EXPIRES, COL_ACTIVATED = range(7)
COLUMN_COUNT = 7


class Cancelled(Exception):
    """A long job (export, generation) stopped at the cashier's request; ``done`` rows."""

    def __init__(self, done: int) -> None:
        super().__init__(done)
        self.done = done


def grouped(number: int) -> str:
    """12 345 with a no-break space."""
    return f"{number:,}".replace(",", "\u00a0")


def grouped_count(text: str, count: int) -> str:
    """A %n message with its count grouped like the other numbers: Qt writes %n as plain
    digits ("2000 cartes"), the windows show « 2 000 cartes ». Before ``.format``: a file name
    filled in afterwards keeps its own digits."""
    return text.replace(str(count), grouped(count)) if abs(count) >= 1000 else text


def short_lot(batch_id: str) -> str:
    """A lot as people read it aloud: the first 8 characters of its id, upper case."""
    return batch_id.replace("-", "")[:8].upper()


def search_text(text: str) -> str:
    """What to ask the desk for when the cashier types ``text`` in the search field.

    Work-around: the desk compares ``lower(holder_name)`` in SQLite (which lowers ASCII only)
    with the text lowered by Python, so a name stored with an accented capital (« Élise »)
    is never found by « Élise » nor « élise ». A text with accented letters is searched by
    its longest run without them (« Élise Fortin » -> « lise Fortin »), a little wider but
    never missing the card; codes are plain ASCII and go through untouched.
    """
    text = text.strip()
    if text.isascii():
        return text
    runs = "".join(ch if ch.isascii() else "\0" for ch in text).split("\0")
    longest = max((run.strip() for run in runs), key=len)
    return longest if len(longest) >= 3 else text


def _button(text: str, slot: Callable[[], object], role: str = "") -> QPushButton:
    widget = QPushButton(text)
    widget.setAutoDefault(False)
    if role:
        widget.setProperty("role", role)
    widget.clicked.connect(slot)
    return widget


class CardsModel(QAbstractTableModel):
    """The cards of a filter, read by pages of :data:`PAGE` as the view scrolls."""

    def __init__(self, window: CardsWindow) -> None:
        super().__init__(window)
        self.window = window
        self.filter = CardFilter()
        self.total = 0
        self.rows: list[CardRow] = []
        self.today = date.today()
        self.headers = [
            self.tr("Code"),
            self.tr("Forfait ou laissez-passer"),
            self.tr("État"),
            self.tr("Détenteur"),
            self.tr("Passages"),
            self.tr("Expiration"),
            self.tr("Activée le"),
        ]
        self.words = self.status_words()
        self.code_font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.code_font.setPointSize(15)
        self.code_font.setBold(True)
        self.bold = QFont(window.font())
        self.bold.setBold(True)

    def status_words(self) -> dict[CardStatus, str]:
        """The states in words (the state column, its filter, the export's « État »)."""
        return {
            CardStatus.INACTIVE: self.tr("Pas activée"),
            CardStatus.ACTIVE: self.tr("Active"),
            CardStatus.BLOCKED: self.tr("Bloquée"),
            CardStatus.VOID: self.tr("Annulée"),
        }

    @property
    def desk(self) -> CardDesk:
        return self.window.desk

    def reset(self, flt: CardFilter, today: date) -> None:
        """Count the cards of ``flt`` and read the first page (raises DomainError)."""
        total = self.desk.count_cards(flt)
        first = self.desk.cards(flt, limit=PAGE, offset=0) if total else []
        self.beginResetModel()
        self.filter = flt
        self.today = today
        self.total = total
        self.rows = list(first)
        self.endResetModel()

    # --- paging ----------------------------------------------------------------------------

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> bool:
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> None:
        if parent.isValid():
            return
        try:
            page = self.desk.cards(self.filter, limit=PAGE, offset=len(self.rows))
        except DomainError as error:
            self.window.show_error(message_for(error, self.window.counter.lang))
            return
        if not page:  # cards went away meanwhile: stop asking
            self.total = len(self.rows)
            return
        start = len(self.rows)
        self.beginInsertRows(ROOT, start, start + len(page) - 1)
        self.rows.extend(page)
        self.endInsertRows()

    def fetch_next_page(self) -> None:
        """Read the next page (tests and the keyboard's « End » use it)."""
        if self.canFetchMore():
            self.fetchMore()

    # --- table -----------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def row_of(self, card_id: str) -> int:
        return next((i for i, row in enumerate(self.rows) if row.id == card_id), -1)

    def uses_text(self, row: CardRow) -> str:
        if row.uses is None:
            return self.tr("Illimité")
        return f"{grouped(row.uses_taken)} / {grouped(row.uses)}"

    def expired(self, row: CardRow) -> bool:
        return row.expires_on is not None and row.expires_on < self.today

    def text(self, row: CardRow, column: int) -> str:
        lang = self.window.counter.lang
        if column == COL_CODE:
            return row.display_code
        if column == COL_TYPE:
            return row.card_type_name
        if column == COL_STATUS:
            return self.words.get(row.status, row.status.value)
        if column == COL_HOLDER:
            return row.holder or "—"
        if column == COL_USES:
            return self.uses_text(row)
        if column == COL_EXPIRES:
            return short_date(row.expires_on, lang) if row.expires_on else "—"
        if column == COL_ACTIVATED:
            if row.activated_at is None:
                return "—"
            tz = self.window.counter.organisation.timezone
            return short_date(local(row.activated_at, tz).date(), lang)
        return ""

    def tooltip(self, row: CardRow, column: int) -> str:
        if column == COL_USES:
            if row.uses is None:
                return self.tr("Passages illimités\u00a0; %n utilisé(s)", "", row.uses_taken)
            return self.tr(
                "%n utilisé(s) sur {total}\u00a0; il en reste {left}", "", row.uses_taken
            ).format(total=grouped(row.uses), left=grouped(row.remaining_uses or 0))
        if column == COL_EXPIRES and self.expired(row):
            return self.tr("Expirée")
        if column == COL_TYPE:
            kind = (
                self.tr("Forfait cadeau")
                if row.kind is CardKind.PACKAGE
                else self.tr("Laissez-passer")
            )
            return f"{row.card_type_name} — {kind}"
        return self.text(row, column)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        if role == CARD_ROLE:
            return row
        if role == Qt.ItemDataRole.FontRole:
            if column == COL_CODE:
                return self.code_font
            if column == COL_STATUS:
                return self.bold
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == COL_USES:
                return Qt.AlignmentFlag.AlignCenter
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        return None

    def _foreground(self, row: CardRow, column: int) -> QBrush | None:
        if column == COL_STATUS:
            color = {
                CardStatus.ACTIVE: COLORS["ok"],
                CardStatus.BLOCKED: COLORS["danger"],
                CardStatus.INACTIVE: COLORS["muted"],
                CardStatus.VOID: COLORS["muted"],
            }[row.status]
            return QBrush(QColor(color))
        if column == COL_EXPIRES and self.expired(row):
            return QBrush(QColor(COLORS["danger"]))
        if column == COL_USES and row.remaining_uses == 0:
            return QBrush(QColor(COLORS["danger"]))
        if column in (COL_HOLDER, COL_ACTIVATED) and self.text(row, column) == "—":
            return QBrush(QColor(COLORS["muted"]))
        if row.status is CardStatus.VOID:
            return QBrush(QColor(COLORS["muted"]))
        return None


class CardsWindow(QWidget):
    """``CardsWindow(counter)``: its own window (a parent only keeps it alive)."""

    cardsGenerated = Signal(str, int)  # lot id, cards made
    exported = Signal(str, int)  # file, rows written
    exportFailed = Signal(str)  # the sentence shown
    cardStatusChanged = Signal(str, str)  # card id, new state (CardStatus value)

    def __init__(self, counter: Counter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setObjectName("CardsWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(
            f"#CardsWindow {{ background: {COLORS['bg']}; }}"
            " QHeaderView::section { font-size: 13pt; padding: 6px 6px; }"
            f" {BIG_INDICATORS}"
        )
        self.counter = counter
        self.batch: str | None = None  # a lot shown alone (after a generation)
        self._types: list[CardTypeView] = []
        # Kept while shown, so they live (and tests can reach them).
        self.generate_dialog: GenerateCardsDialog | None = None
        self.types_dialog: QDialog | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.export_runner: RunnerThread | None = None
        self.export_progress: tuple[int, int] = (0, 0)  # last (done, total) reported
        self._export_cancel = threading.Event()
        self._export_path: Path | None = None
        self.setWindowTitle(self.tr("Cartes — forfaits cadeaux et laissez-passer"))
        self.setMinimumSize(1024, 640)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self._build()
        add_shortcut(self, QKeySequence.StandardKey.Find, self._focus_search)
        add_shortcut(self, "Ctrl+E", self.export)
        add_shortcut(self, Qt.Key.Key_F5, self.refresh)
        self._fill_type_combo()
        self._update_permissions()
        self.apply_filters()

    # --- service --------------------------------------------------------------------------

    @property
    def desk(self) -> CardDesk:
        return self.counter.cards

    @property
    def can_manage(self) -> bool:
        actor = self.counter.actor
        return actor is not None and actor.role.can_supervise

    @property
    def lang(self) -> str:
        return self.counter.lang

    # --- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.model = CardsModel(self)
        title = QLabel(self.tr("Cartes"))
        title.setProperty("role", "title")
        self.count_label = QLabel()
        self.count_label.setObjectName("cardCount")
        self.count_label.setFont(_font(self.font(), 18, True))
        self.types_button = _button(self.tr("Types de cartes…"), self.open_card_types)
        self.generate_button = _button(self.tr("Générer des cartes…"), self.open_generate)
        self.export_button = _button(self.tr("Exporter… (Ctrl+E)"), self.export, "primary")
        heading = QHBoxLayout()
        heading.setSpacing(10)
        heading.addWidget(title)
        heading.addSpacing(12)
        heading.addWidget(self.count_label, 1, Qt.AlignmentFlag.AlignVCenter)
        heading.addWidget(self.types_button)
        heading.addWidget(self.generate_button)
        heading.addWidget(self.export_button)

        # Filters, two rows: what and which state; expiry and the lot shown.
        self.type_combo = QComboBox()
        self.type_combo.setAccessibleName(self.tr("Forfait ou laissez-passer"))
        self.type_combo.setMinimumWidth(360)
        self.type_combo.currentIndexChanged.connect(self.apply_filters)
        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(self.tr("État"))
        self.status_combo.addItem(self.tr("Tous les états"), None)
        for status, word in self.model.words.items():
            self.status_combo.addItem(word, status)
        self.status_combo.setMinimumWidth(200)
        self.status_combo.currentIndexChanged.connect(self.apply_filters)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Code ou détenteur (Ctrl+F)"))
        self.search_edit.setAccessibleName(self.tr("Chercher un code ou un détenteur"))
        self.search_edit.setClearButtonEnabled(True)
        limit(self.search_edit, "search", 80)
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        self.search_edit.returnPressed.connect(self.apply_filters)
        first = QHBoxLayout()
        first.setSpacing(8)
        first.addWidget(self.type_combo)
        first.addWidget(self.status_combo)
        first.addWidget(self.search_edit, 1)

        today = self.counter.today()
        self.expires_from_check = QCheckBox(self.tr("Expire à partir du"))
        self.expires_from_edit = self._date_edit(today)
        self.expires_to_check = QCheckBox(self.tr("jusqu'au"))
        self.expires_to_edit = self._date_edit(today + timedelta(days=90))
        for check, edit in (
            (self.expires_from_check, self.expires_from_edit),
            (self.expires_to_check, self.expires_to_edit),
        ):
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(lambda _on: self.apply_filters())
            edit.dateChanged.connect(lambda _day: self.apply_filters())
        self.batch_label = QLabel()
        self.batch_label.setObjectName("batchLabel")
        self.batch_label.setProperty("role", "warn")
        self.all_lots_button = _button(self.tr("Tous les lots"), lambda: self.show_batch(None))
        self.all_lots_button.setStyleSheet("min-height: 44px; padding: 2px 12px;")
        self.clear_button = _button(self.tr("Effacer les filtres"), self.clear_filters)
        self.clear_button.setStyleSheet("min-height: 44px; padding: 2px 12px;")
        second = QHBoxLayout()
        second.setSpacing(8)
        second.addWidget(self.expires_from_check)
        second.addWidget(self.expires_from_edit)
        second.addSpacing(8)
        second.addWidget(self.expires_to_check)
        second.addWidget(self.expires_to_edit)
        second.addSpacing(16)
        second.addWidget(self.batch_label)
        second.addWidget(self.all_lots_button)
        self.batch_label.setVisible(False)
        self.all_lots_button.setVisible(False)
        second.addStretch(1)
        second.addWidget(self.clear_button)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Cartes"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        widths = {
            COL_CODE: 250,
            COL_STATUS: 140,
            COL_HOLDER: 230,
            COL_USES: 130,
            COL_EXPIRES: 150,
            COL_ACTIVATED: 150,
        }
        for column, width in widths.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setSectionResizeMode(COL_TYPE, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        # The chosen card: block or unblock it (supervisors and the owner), with a reason.
        self.selection_label = QLabel()
        self.selection_label.setObjectName("selectionLabel")
        self.selection_label.setFont(_font(self.font(), 16, True))
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("Motif\u00a0: perdue, volée…"))
        self.note_edit.setAccessibleName(self.tr("Motif du blocage"))
        limit(self.note_edit, "SetCardStatus.note")
        self.note_edit.setMinimumWidth(240)
        self.block_button = _button(self.tr("Bloquer"), self.block_selected)
        # Red when it can act, grey when not (the theme's "danger" role stays red disabled).
        self.block_button.setStyleSheet(
            f"QPushButton {{ background: {COLORS['danger']}; color: white; border: none;"
            " font-weight: bold; }"
            " QPushButton:disabled { background: #eaeef2; color: #8c959f; }"
        )
        self.unblock_button = _button(self.tr("Débloquer"), self.unblock_selected)
        actions = QHBoxLayout()
        actions.setSpacing(8)
        actions.addWidget(self.selection_label, 1)
        actions.addWidget(self.note_edit)
        actions.addWidget(self.block_button)
        actions.addWidget(self.unblock_button)

        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setProperty("role", "muted")
        self.message.setFont(_font(self.font(), 16, True))

        root = QVBoxLayout(self)
        root.setContentsMargins(12, 10, 12, 10)
        root.setSpacing(8)
        root.addLayout(heading)
        root.addLayout(first)
        root.addLayout(second)
        root.addWidget(self.table, 1)
        root.addLayout(actions)
        root.addWidget(self.message)

    def _date_edit(self, day: date) -> QDateEdit:
        edit = day_edit(self.lang, "d MMM yyyy" if self.lang == "fr" else "MMM d, yyyy")
        edit.setDate(QDate(day.year, day.month, day.day))
        edit.setMinimumWidth(190)
        edit.setEnabled(False)
        return edit

    def _fill_type_combo(self) -> None:
        keep = self.type_combo.currentData()
        try:
            self._types = self.desk.card_types()
        except DomainError as error:
            self._types = []
            self.show_error(message_for(error, self.lang))
        self.type_combo.blockSignals(True)
        self.type_combo.clear()
        self.type_combo.addItem(self.tr("Tous les forfaits et laissez-passer"), None)
        for view in self._types:
            self.type_combo.addItem(view.name, view.id)
        index = self.type_combo.findData(keep) if keep else 0
        self.type_combo.setCurrentIndex(max(index, 0))
        self.type_combo.blockSignals(False)

    def _update_permissions(self) -> None:
        manage = self.can_manage
        self.generate_button.setEnabled(manage)
        self.note_edit.setEnabled(manage)
        tip = "" if manage else self.tr("Réservé aux superviseurs et au propriétaire")
        for button in (self.generate_button, self.block_button, self.unblock_button):
            button.setToolTip(tip)
        self._selection_changed()

    def _focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    # --- messages -------------------------------------------------------------------------

    def show_error(self, text: str) -> None:
        show_message(self.message, text, "error")

    def show_info(self, text: str) -> None:
        show_message(self.message, text, "ok")

    # --- filters and list -----------------------------------------------------------------

    def current_filter(self) -> CardFilter:
        status = self.status_combo.currentData()
        return CardFilter(
            card_type_id=self.type_combo.currentData() or None,
            status=CardStatus(status) if status else None,
            expires_from=self._day(self.expires_from_check, self.expires_from_edit),
            expires_to=self._day(self.expires_to_check, self.expires_to_edit),
            text=search_text(self.search_edit.text()),
            batch=self.batch,
        )

    @staticmethod
    def _day(check: QCheckBox, edit: QDateEdit) -> date | None:
        if not check.isChecked():
            return None
        day: date = edit.date().toPython()  # type: ignore[assignment]
        return day

    @Slot()
    def apply_filters(self) -> None:
        self._search_timer.stop()
        self.reload()

    def reload(self, keep_id: str | None = None) -> None:
        """Count and read the cards of the filters again; keep ``keep_id`` chosen if shown."""
        if keep_id is None:
            chosen = self.selected_card()
            keep_id = chosen.id if chosen else None
        try:
            self.model.reset(self.current_filter(), self.counter.today())
        except DomainError as error:
            self.show_error(message_for(error, self.lang))
            return
        total = self.model.total
        self.count_label.setText(self.tr("%n carte(s)", "", total))
        self.count_label.setToolTip(grouped(total))
        if keep_id is not None:
            self.select_card(keep_id)
        self._selection_changed()

    @Slot()
    def refresh(self) -> None:
        """Card types and cards read again (changes made elsewhere)."""
        self._fill_type_combo()
        self._update_permissions()
        self.reload()

    @Slot()
    def clear_filters(self) -> None:
        for widget in (
            self.type_combo, self.status_combo, self.expires_from_check, self.expires_to_check,
        ):
            widget.blockSignals(True)
        self.type_combo.setCurrentIndex(0)
        self.status_combo.setCurrentIndex(0)
        self.expires_from_check.setChecked(False)
        self.expires_to_check.setChecked(False)
        self.expires_from_edit.setEnabled(False)
        self.expires_to_edit.setEnabled(False)
        for widget in (
            self.type_combo, self.status_combo, self.expires_from_check, self.expires_to_check,
        ):
            widget.blockSignals(False)
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self.show_batch(None)

    def set_type(self, card_type_id: str | None) -> None:
        self.type_combo.setCurrentIndex(max(self.type_combo.findData(card_type_id), 0))

    def set_status(self, status: CardStatus | None) -> None:
        self.status_combo.setCurrentIndex(max(self.status_combo.findData(status), 0))

    def set_expiry(self, first: date | None, last: date | None) -> None:
        """The expiry range (inclusive); None leaves that side open."""
        for check, edit, day in (
            (self.expires_from_check, self.expires_from_edit, first),
            (self.expires_to_check, self.expires_to_edit, last),
        ):
            check.blockSignals(True)
            edit.blockSignals(True)
            if day is not None:
                edit.setDate(QDate(day.year, day.month, day.day))
            check.setChecked(day is not None)
            edit.setEnabled(day is not None)
            check.blockSignals(False)
            edit.blockSignals(False)
        self.apply_filters()

    def show_batch(self, batch_id: str | None) -> None:
        """Show one lot alone (None: every lot)."""
        self.batch = batch_id
        self.batch_label.setText(
            self.tr("Lot {lot} seulement").format(lot=short_lot(batch_id)) if batch_id else ""
        )
        self.batch_label.setVisible(batch_id is not None)
        self.all_lots_button.setVisible(batch_id is not None)
        self.apply_filters()

    # --- selection ------------------------------------------------------------------------

    def selected_card(self) -> CardRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        row = rows[0].row()
        return self.model.rows[row] if 0 <= row < len(self.model.rows) else None

    def select_card(self, card_id: str) -> bool:
        row = self.model.row_of(card_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    @Slot()
    def _selection_changed(self, *_args: object) -> None:
        card = self.selected_card()
        manage = self.can_manage
        if card is None:
            self.selection_label.setText(self.tr("Choisissez une carte dans la liste."))
            self.selection_label.setProperty("role", "muted")
        else:
            self.selection_label.setText(
                self.tr("{code} · {state}").format(
                    code=card.display_code, state=self.model.words[card.status]
                )
            )
            self.selection_label.setProperty("role", "")
        self.selection_label.style().unpolish(self.selection_label)
        self.selection_label.style().polish(self.selection_label)
        self.block_button.setEnabled(
            manage and card is not None and card.status is CardStatus.ACTIVE
        )
        self.unblock_button.setEnabled(
            manage and card is not None and card.status is CardStatus.BLOCKED
        )

    # --- block / unblock ------------------------------------------------------------------

    @Slot()
    def block_selected(self) -> None:
        self._set_status(CardStatus.BLOCKED)

    @Slot()
    def unblock_selected(self) -> None:
        self._set_status(CardStatus.ACTIVE)

    def _set_status(self, status: CardStatus) -> None:
        card = self.selected_card()
        if card is None:
            self.show_error(self.tr("Choisissez d'abord une carte dans la liste."))
            return
        try:
            self.desk.set_card_status(card.id, status, self.note_edit.text())
        except DomainError as error:
            self.show_error(message_for(error, self.lang))
            return
        self.note_edit.clear()
        if status is CardStatus.BLOCKED:
            self.show_info(self.tr("Carte {code} bloquée.").format(code=card.display_code))
        else:
            self.show_info(self.tr("Carte {code} débloquée.").format(code=card.display_code))
        self.reload(keep_id=card.id)
        self.cardStatusChanged.emit(card.id, status.value)

    # --- export ---------------------------------------------------------------------------

    @property
    def exporting(self) -> bool:
        return self.export_runner is not None and self.export_runner.isRunning()

    def export_header(self) -> tuple[str, ...]:
        return (
            self.tr("Code"),
            self.tr("Forfait"),
            self.tr("État"),
            self.tr("Détenteur"),
            self.tr("Passages"),
            self.tr("Utilisés"),
            self.tr("Restants"),
            self.tr("Expiration"),
            self.tr("Créée le"),
            self.tr("Activée le"),
        )

    def ask_export_path(self, name: str) -> Path | None:
        start = str(Path.home() / name)
        xlsx = self.tr("Classeur Excel (*.xlsx)")
        csv = self.tr("Texte CSV (*.csv)")
        chosen, selected = QFileDialog.getSaveFileName(
            self, self.tr("Exporter les cartes"), start, f"{xlsx};;{csv}"
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_name(path.name + (".csv" if selected == csv else ".xlsx"))
        return path

    @Slot()
    def export(self, flt: CardFilter | None = None) -> None:
        """Ask where, then write the cards of ``flt`` (the filters shown if None)."""
        if self.exporting:
            return
        flt = flt if isinstance(flt, CardFilter) else self.current_filter()
        stamp = self.counter.today().isoformat()
        name = f"cartes-lot-{short_lot(flt.batch)}.xlsx" if flt.batch else f"cartes-{stamp}.xlsx"
        path = self.ask_export_path(name)
        if path is None:
            return
        try:
            total = self.desk.count_cards(flt)
        except DomainError as error:
            self.show_error(message_for(error, self.lang))
            return
        self._start_export(flt, path, total)

    def _start_export(self, flt: CardFilter, path: Path, total: int) -> None:
        self._export_cancel = cancel = threading.Event()
        self._export_path = path
        self.export_progress = (0, total)
        dialog = QProgressDialog(
            grouped_count(self.tr("Export de %n carte(s) vers {file}…", "", total), total).format(
                file=path.name
            ),
            self.tr("Annuler"),
            0,
            max(total, 1),
            self,
        )
        dialog.setWindowTitle(self.tr("Exporter les cartes"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumWidth(560)
        dialog.setValue(0)
        dialog.canceled.connect(cancel.set)
        self.progress_dialog = dialog
        self.export_button.setEnabled(False)
        show_message(self.message, self.tr("Export en cours…"), "muted")
        desk = self.desk
        header = self.export_header()
        words = dict(self.model.words)

        def job(progress: Callable[[int, int], None]) -> int:
            def report(done: int, of: int) -> None:
                progress(done, of)
                if cancel.is_set():
                    raise Cancelled(done)

            return desk.export(flt, path, progress=report, header=header, status_words=words)

        runner = RunnerThread(job, with_progress=True)
        runner.progress.connect(self._export_progressed)
        runner.succeeded.connect(self._export_succeeded)
        runner.failed.connect(self._export_failed)
        self.export_runner = runner
        dialog.show()
        runner.start()

    @Slot(int, int)
    def _export_progressed(self, done: int, total: int) -> None:
        self.export_progress = (done, total)
        dialog = self.progress_dialog
        if dialog is not None and not self._export_cancel.is_set():
            dialog.setMaximum(max(total, 1))
            dialog.setValue(min(done, max(total, 1)))

    def _end_export(self) -> None:
        if self.export_runner is not None:
            self.export_runner.wait()
        self.export_runner = None
        self.export_button.setEnabled(True)
        dialog = self.progress_dialog
        self.progress_dialog = None
        if dialog is not None:
            dialog.canceled.disconnect()
            dialog.close()
            dialog.deleteLater()

    @Slot(object)
    def _export_succeeded(self, written: object) -> None:
        rows = int(written) if isinstance(written, int) else 0
        path = self._export_path
        self._end_export()
        self.show_info(
            self.tr("%n carte(s) exportée(s) dans {path}.", "", rows).format(path=path)
        )
        self.exported.emit(str(path), rows)

    @Slot(object)
    def _export_failed(self, error: object) -> None:
        path = self._export_path
        self._end_export()
        if isinstance(error, Cancelled):
            if path is not None:
                path.unlink(missing_ok=True)  # half a file would be mistaken for the list
            text = self.tr("Export annulé\u00a0: aucun fichier écrit.")
            show_message(self.message, text, "warn")
        else:
            if isinstance(error, DomainError):
                text = message_for(error, self.lang)
            else:
                text = self.tr("L'export a échoué\u00a0: {reason}").format(reason=error)
            self.show_error(text)
        self.exportFailed.emit(text)

    # --- generation and card types --------------------------------------------------------

    @Slot()
    def open_generate(self) -> None:
        if not self.can_manage:
            self.show_error(message_for(DomainError("forbidden"), self.lang))
            return
        dialog = GenerateCardsDialog(self.desk, self.lang, self)
        dialog.generated.connect(self._generated)
        dialog.showLot.connect(self.show_batch)
        dialog.exportLot.connect(self._export_lot)
        dialog.finished.connect(lambda _result: self._dialog_closed("generate_dialog"))
        self.generate_dialog = dialog
        dialog.open()

    def _dialog_closed(self, name: str) -> None:
        setattr(self, name, None)

    @Slot(str, int)
    def _generated(self, batch_id: str, count: int) -> None:
        self.show_info(
            self.tr("Lot {lot}\u00a0: %n carte(s) créée(s).", "", count).format(
                lot=short_lot(batch_id)
            )
        )
        self.refresh()
        self.cardsGenerated.emit(batch_id, count)

    @Slot(str)
    def _export_lot(self, batch_id: str) -> None:
        self.show_batch(batch_id)
        # After the dialog has gone, so the save dialog comes in front of this window.
        QTimer.singleShot(0, lambda: self.export(CardFilter(batch=batch_id)))

    @Slot()
    def open_card_types(self) -> None:
        from guichet.ui.backoffice.card_types import CardTypesDialog

        dialog = CardTypesDialog(self.counter, self)
        dialog.saved.connect(lambda _id: self.refresh())
        dialog.finished.connect(lambda _result: self._dialog_closed("types_dialog"))
        self.types_dialog = dialog
        dialog.open()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # A code read aloud or scanned goes straight into the search field.
        QTimer.singleShot(0, self.search_edit.setFocus)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.exporting:
            self._export_cancel.set()
            if self.export_runner is not None:
                self.export_runner.wait()
        if self.generate_dialog is not None and self.generate_dialog.running:
            event.ignore()
            return
        super().closeEvent(event)


class GenerateCardsDialog(BusyDialog):
    """« Générer des cartes » : a lot of N shop cards of one card type, activated now or when
    sold, made in the background (10,000 codes per transaction) with a progress bar.

    « Annuler » stops between two chunks; the cards already written stay in the lot.
    """

    generated = Signal(str, int)  # lot id, cards made
    showLot = Signal(str)
    exportLot = Signal(str)

    def __init__(self, desk: CardDesk, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.lang = lang
        self.runner: RunnerThread | None = None
        self.cancel_event = threading.Event()
        self.batch_id: str | None = None
        self.created = 0
        self.setModal(True)
        self.setStyleSheet(BIG_INDICATORS)
        self.setWindowTitle(self.tr("Générer des cartes"))

        title = QLabel(self.windowTitle())
        title.setProperty("role", "title")
        explain = QLabel(
            self.tr(
                "Des cartes à code pour une boutique\u00a0: chaque code a 15 caractères faciles à "
                "lire, dont un caractère de contrôle qui repère une faute de frappe."
            )
        )
        explain.setWordWrap(True)
        explain.setProperty("role", "muted")

        self.type_combo = QComboBox()
        self.type_combo.setAccessibleName(self.tr("Forfait ou laissez-passer"))
        try:
            types = desk.card_types(active_only=True)
        except DomainError:
            types = []
        for view in types:
            if view.family:  # a family pass belongs to an account: sold at the counter only
                continue
            self.type_combo.addItem(
                self.tr("{name} — {price}").format(
                    name=view.name, price=money(view.price, lang)
                ),
                view.id,
            )
        self.count_spin = QSpinBox()
        self.count_spin.setRange(1, MAX_BATCH)
        self.count_spin.setGroupSeparatorShown(True)
        self.count_spin.setValue(100)
        self.count_spin.setMinimumWidth(200)
        self.count_spin.setAccessibleName(self.tr("Nombre de cartes"))
        self.activated_check = QCheckBox(self.tr("Activées maintenant"))
        activated_hint = QLabel(
            self.tr(
                "Non cochée\u00a0: chaque carte s'active quand on la vend au guichet. "
                "Cochée\u00a0: les cartes sont valides dès maintenant (vendues ailleurs)."
            )
        )
        activated_hint.setWordWrap(True)
        activated_hint.setProperty("role", "muted")
        form = QFormLayout()
        form.setSpacing(10)
        form.addRow(self.tr("Forfait ou laissez-passer"), self.type_combo)
        form.addRow(
            self.tr("Nombre de cartes (jusqu'à {maximum})").format(maximum=grouped(MAX_BATCH)),
            self.count_spin,
        )
        form.addRow("", self.activated_check)
        form.addRow("", activated_hint)

        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(0)
        self.progress_bar.setMinimumHeight(32)
        self.progress_bar.setFormat("%p %")
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setFont(_font(self.font(), 16, True))

        self.show_lot_button = _button(self.tr("Voir ce lot"), self.show_lot)
        self.export_lot_button = _button(self.tr("Exporter ce lot…"), self.export_lot)
        for button in (self.show_lot_button, self.export_lot_button):
            button.setVisible(False)
        self.start_button = _button(self.tr("Générer (Entrée)"), self.start, "primary")
        self.start_button.setDefault(True)
        self.close_button = _button(self.tr("Annuler (Échap)"), self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_lot_button)
        buttons.addWidget(self.export_lot_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.start_button)

        root = QVBoxLayout(self)
        root.setContentsMargins(20, 16, 20, 16)
        root.setSpacing(12)
        root.addWidget(title)
        root.addWidget(explain)
        root.addLayout(form)
        root.addWidget(self.progress_bar)
        root.addWidget(self.status_label)
        root.addLayout(buttons)
        self.resize(860, 600)
        if self.type_combo.count() == 0:
            self.start_button.setEnabled(False)
            show_message(
                self.status_label, self.tr("Aucun forfait offert\u00a0: créez-en un d'abord.")
            )
        self.count_spin.setFocus(Qt.FocusReason.OtherFocusReason)
        self.count_spin.selectAll()

    @property
    def running(self) -> bool:
        return self.runner is not None and self.runner.isRunning()

    def set_card_type(self, card_type_id: str) -> None:
        self.type_combo.setCurrentIndex(max(self.type_combo.findData(card_type_id), 0))

    @Slot()
    def start(self) -> None:
        if self.runner is not None or self.batch_id is not None:
            return
        card_type_id = self.type_combo.currentData()
        if not card_type_id:
            return
        count = self.count_spin.value()
        activated = self.activated_check.isChecked()
        for widget in (self.type_combo, self.count_spin, self.activated_check, self.start_button):
            widget.setEnabled(False)
        self.progress_bar.setRange(0, count)
        self.progress_bar.setValue(0)
        show_message(self.status_label, self.tr("Génération en cours…"), "muted")
        cancel = self.cancel_event
        desk = self.desk

        def job(progress: Callable[[int, int], None]) -> tuple[str, list[str]]:
            def report(done: int, total: int) -> None:
                progress(done, total)
                if cancel.is_set() and done < total:
                    raise Cancelled(done)

            return desk.generate(card_type_id, count, activated=activated, progress=report)

        runner = RunnerThread(job, with_progress=True)
        runner.progress.connect(self._progress)
        runner.succeeded.connect(self._succeeded)
        runner.failed.connect(self._failed)
        self.runner = runner
        runner.start()

    @Slot(int, int)
    def _progress(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)
        if not self.cancel_event.is_set():
            show_message(
                self.status_label,
                grouped_count(self.tr("%n carte(s) sur {total}…", "", done), done).format(
                    total=grouped(total)
                ),
                "muted",
            )

    def _finish(self) -> None:
        if self.runner is not None:
            self.runner.wait()
        self.close_button.setText(self.tr("Fermer (Échap)"))
        self.close_button.setEnabled(True)
        self.close_button.setProperty("role", "primary")
        self.close_button.setDefault(True)
        self.close_button.setFocus()
        self.close_button.style().unpolish(self.close_button)
        self.close_button.style().polish(self.close_button)
        self.start_button.setProperty("role", "")
        self.start_button.style().unpolish(self.start_button)
        self.start_button.style().polish(self.start_button)

    @Slot(object)
    def _succeeded(self, result: object) -> None:
        self._finish()
        batch_id, made = cast(tuple[str, list[str]], result)
        self.batch_id = str(batch_id)
        self.created = len(made)
        self.progress_bar.setValue(self.progress_bar.maximum())
        show_message(
            self.status_label,
            self.tr("Lot {lot}\u00a0: %n carte(s) créée(s).", "", self.created).format(
                lot=short_lot(self.batch_id)
            ),
            "ok",
        )
        self.show_lot_button.setVisible(True)
        self.export_lot_button.setVisible(True)
        self.export_lot_button.setFocus()
        self.generated.emit(self.batch_id, self.created)

    @Slot(object)
    def _failed(self, error: object) -> None:
        self._finish()
        if isinstance(error, Cancelled):
            self.created = error.done
            show_message(
                self.status_label,
                self.tr("Génération arrêtée\u00a0: %n carte(s) créée(s).", "", error.done),
                "warn",
            )
            return
        if isinstance(error, DomainError):
            show_message(self.status_label, message_for(error, self.lang))
        else:
            show_message(
                self.status_label,
                self.tr("La génération a échoué\u00a0: {reason}").format(reason=error),
            )
        # Nothing was made: the cashier may correct and try again.
        self.runner = None
        for widget in (self.type_combo, self.count_spin, self.activated_check, self.start_button):
            widget.setEnabled(True)

    @Slot()
    def show_lot(self) -> None:
        if self.batch_id:
            self.showLot.emit(self.batch_id)
            self.accept()

    @Slot()
    def export_lot(self) -> None:
        if self.batch_id:
            batch_id = self.batch_id
            self.accept()
            self.exportLot.emit(batch_id)

    @Slot()
    def cancel(self) -> None:
        if self.running:
            self.cancel_event.set()
            self.close_button.setEnabled(False)
            show_message(self.status_label, self.tr("Arrêt à la fin du paquet en cours…"), "warn")

