"""The reserves window ("réserves de capacité"): draw tickets for a participant at the counter.

Pick a day and a show on the left (general availability under each show), see every reserve of
that show (held / drawn / remaining, and whether this user may draw from it), then draw N
tickets for a named participant, free or at the reserve's tariff, on the right. The drawn
tickets are listed under the reserves; free ones can be cancelled (the places go back to their
reserve), paid ones are refunded with the normal refund (F8). Supervisors and the owner also
set the quantity of each reserve for the show, release what remains to general sale, set the
plain held-back count, and define reserves ("Nouvelle réserve…").

The window talks to ``counter.reserves`` (the service) only; every refusal is written in words
in the red message line and leaves the fields as they were. Access is enforced by the service:
the greyed "Pas d'accès" is only a courtesy.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QKeySequence,
    QResizeEvent,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from guichet.domain import codes
from guichet.domain.errors import DomainError
from guichet.domain.overrides import Override
from guichet.domain.payments import PaymentSession
from guichet.domain.reserves import Participant
from guichet.i18n.formatting import event_datetime, long_date, money, time_of_day, timestamp
from guichet.services.counter import Counter
from guichet.services.views import OccurrenceView
from guichet.ui.approval import OverrideDialog, ask_override
from guichet.ui.limits import limit
from guichet.ui.messages import message_for
from guichet.ui.sales import OCCURRENCE_ROLE, REMAINING_ROLE, OccurrenceDelegate
from guichet.ui.theme import COLORS, day_edit
from guichet.ui.theme import set_role as _set_role
from guichet.ui.theme import sized_font as _font

RESERVE_ROLE = Qt.ItemDataRole.UserRole + 10
HELD_BACK = "__held_back__"  # the reserves table's last line: places held back, no reserve
MAX_TYPED_QUANTITY = 9999  # the service refuses absurd quantities in words
COMPACT = "min-height: 44px; padding: 2px 12px;"
GREY = "#8c959f"

# Columns of the reserves table.
COL_NAME, COL_TARIFF, COL_HELD, COL_DRAWN, COL_REMAINING, COL_ACCESS = range(6)
# Columns of the drawn tickets table.
D_PARTICIPANT, D_RESERVE, D_QUANTITY, D_PRICE = range(4)


DRAW_KEY = Qt.Key.Key_F12  # « Tirer les billets (Entrée / F12) » from anywhere

def _table(columns: list[str]) -> QTableWidget:
    """A read-only table whose long texts (a reserve's name, a participant and their email)
    wrap onto a second line: the row grows rather than the text being cut."""
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(columns)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(True)
    table.setTextElideMode(Qt.TextElideMode.ElideNone)
    table.setAlternatingRowColors(True)
    rows = table.verticalHeader()
    rows.setVisible(False)
    rows.setDefaultSectionSize(40)
    rows.setMinimumSectionSize(40)
    rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


def _cell(text: str, align_right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setToolTip(text)
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class ShowDelegate(OccurrenceDelegate):
    """The sales window's show line, with a shorter last line: places left for general sale."""

    def _lines(self, occ: OccurrenceView, remaining: int) -> tuple[str, str, str]:
        first, venue, _places = super()._lines(occ, remaining)
        if occ.remaining == 0:
            places = self.tr("Complet en vente générale")
        else:
            places = self.tr("%n place(s) libre(s)", "", occ.remaining)
        return first, venue, places


class ShowList(QListWidget):
    """The day's shows; their lines wrap to the list's width, so a new width lays them out
    again at once (a plain list only does when its height changes)."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            QTimer.singleShot(0, self._lay_out_again)

    def _lay_out_again(self) -> None:
        self.doItemsLayout()
        if self.currentItem() is not None:
            self.scrollToItem(self.currentItem())


class ReservesWindow(QWidget):
    """``ReservesWindow(counter)``: its own window (a parent only keeps it alive)."""

    ticketsDrawn = Signal(object)  # DrawRecorded: tickets were queued for the printer
    changed = Signal()  # quantities or draws changed: general availability moved

    def __init__(self, counter: Counter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.counter = counter
        self._occurrences: list[OccurrenceView] = []
        self._selected: OccurrenceView | None = None
        self._board: Any = None
        self._lines: dict[str, Any] = {}  # reserve id -> ReserveLine of the board
        self._reserve_id: str | None = None  # the line chosen in the table (or HELD_BACK)
        self._drawn: list[Any] = []
        self._last_code = ""  # order code of this window's last draw (selected in the list)
        self.override_dialog: OverrideDialog | None = None  # a supervisor's, for an ended date
        self._prices: dict[str, int] = {}  # category id -> list price for the show
        self._category_names: dict[str, str] = {}
        self.history_dialog: ReserveHistoryDialog | None = None
        self.reserve_dialog: ReserveEditDialog | None = None

        self.setObjectName("ReservesWindow")
        self.setWindowTitle(self.tr("Réserves de capacité"))
        self.setStyleSheet(
            "QRadioButton { min-height: 40px; }"
            " QRadioButton::indicator { width: 22px; height: 22px; }"
            " QHeaderView::section { font-size: 13pt; padding: 6px 4px; }"
        )
        self._build()
        self._install_shortcuts()
        self._update_manage_visibility()
        self._load_day(self.counter.today())

    # --- service --------------------------------------------------------------------------

    @property
    def desk(self) -> Any:
        """The reserves service of whoever is logged in now."""
        return self.counter.reserves

    @property
    def can_manage(self) -> bool:
        actor = self.counter.actor
        return actor is not None and actor.role.can_supervise

    def _m(self, cents: int) -> str:
        return money(cents, self.counter.lang, self.counter.organisation.currency)

    # --- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        # The message line (refusals in red, confirmations in green) sits in the draw panel,
        # just above "Tirer les billets", where the cashier looks.
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setProperty("role", "error")
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setFont(_font(self.font(), 16, True))
        root = QHBoxLayout(self)
        root.setContentsMargins(8, 8, 8, 8)
        root.setSpacing(10)
        root.addLayout(self._build_shows(), 15)  # at its narrowest on 1366: room for the reserves
        root.addLayout(self._build_reserves(), 52)
        root.addWidget(self._build_draw_panel(), 28)

    def _button(self, text: str, slot: object, role: str = "", compact: bool = True) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)
        if role:
            button.setProperty("role", role)
        if compact:
            button.setStyleSheet(COMPACT)
        button.clicked.connect(slot)
        return button

    def _build_shows(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(6)
        title = QLabel(self.tr("Réserves"))
        title.setProperty("role", "title")
        column.addWidget(title)
        self.date_edit = day_edit(self.counter.lang, "ddd d MMM yyyy")
        self.date_edit.dateChanged.connect(self._on_date_changed)
        self.date_edit.setAccessibleName(self.tr("Date des séances"))
        column.addWidget(self.date_edit)

        days = QHBoxLayout()
        days.setSpacing(6)
        self.previous_day_button = self._button(self.tr("◀"), lambda: self._shift_day(-1))
        self.previous_day_button.setToolTip(self.tr("Jour précédent"))
        self.today_button = self._button(self.tr("Aujourd'hui"), self.go_today)
        self.next_day_button = self._button(self.tr("▶"), lambda: self._shift_day(1))
        self.next_day_button.setToolTip(self.tr("Jour suivant"))
        days.addWidget(self.previous_day_button)
        days.addWidget(self.today_button, 1)
        days.addWidget(self.next_day_button)
        column.addLayout(days)

        self.occurrence_list = ShowList()
        self.occurrence_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.occurrence_list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # The delegate wraps a long name or "Terminé depuis 4 h 30 · …" onto one more line, to
        # the list's width: rows differ in height and are laid out again when the list resizes.
        self.occurrence_list.setItemDelegate(ShowDelegate(self.counter, self.occurrence_list))
        self.occurrence_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.occurrence_list.setMinimumWidth(250)
        self.occurrence_list.setMaximumWidth(290)
        self.occurrence_list.currentRowChanged.connect(self._on_row_changed)
        self.occurrence_list.setAccessibleName(self.tr("Séances"))
        column.addWidget(self.occurrence_list, 1)
        return column

    def _build_reserves(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(6)
        title_row = QHBoxLayout()
        title_row.setSpacing(6)
        self.show_title = QLabel()
        self.show_title.setFont(_font(self.font(), 18, True))
        self.show_title.setWordWrap(True)  # a long name takes a second line
        self.edit_reserve_button = self._button(self.tr("Modifier la réserve…"), self.edit_reserve)
        self.edit_reserve_button.setToolTip(
            self.tr("Nom, tarif et usagers de la réserve choisie dans la liste")
        )
        self.history_button = self._button(self.tr("Historique"), self.show_history)
        title_row.addWidget(self.show_title, 1)
        title_row.addWidget(self.edit_reserve_button)
        title_row.addWidget(self.history_button)
        column.addLayout(title_row)
        counts = QHBoxLayout()
        counts.setSpacing(12)
        self.availability_label = QLabel()
        self.availability_label.setObjectName("availability")
        self.availability_label.setProperty("role", "ok")
        self.counts_label = QLabel()
        self.counts_label.setObjectName("counts")
        self.counts_label.setProperty("role", "muted")
        self.counts_label.setWordWrap(True)
        counts.addWidget(self.availability_label)
        counts.addWidget(self.counts_label, 1)
        column.addLayout(counts)

        self.reserves_table = _table(
            [
                self.tr("Réserve"),
                self.tr("Tarif"),
                self.tr("Retenues"),
                self.tr("Tirées"),
                self.tr("Restantes"),
                self.tr("Accès"),
            ]
        )
        self.reserves_table.setAccessibleName(self.tr("Réserves de la séance"))
        self.reserves_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.reserves_table.horizontalHeader()
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        # Fixed widths: the headers (13 pt bold) or the widest value, so the name keeps room.
        metrics = QFontMetrics(_font(self.font(), 13, True))
        body = QFontMetrics(self.font())
        widest = {
            COL_TARIFF: body.horizontalAdvance(self.tr("Sans accès")),
            COL_HELD: body.horizontalAdvance("0000"),
            COL_DRAWN: body.horizontalAdvance("0000"),
            COL_REMAINING: body.horizontalAdvance("0000"),
            COL_ACCESS: body.horizontalAdvance(self.tr("Pas d'accès")),
        }
        for col, width in widest.items():
            title = self.reserves_table.horizontalHeaderItem(col).text()
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(col, max(width, metrics.horizontalAdvance(title)) + 10)
        self.reserves_table.setMinimumHeight(40 * 4 + 44)
        self.reserves_table.itemSelectionChanged.connect(self._on_reserve_selected)
        column.addWidget(self.reserves_table, 5)

        # Supervisors and the owner: the quantity of the chosen line for this show.
        self.manage_row = QWidget()
        self.manage_row.setObjectName("manageRow")
        manage = QHBoxLayout(self.manage_row)
        manage.setContentsMargins(0, 0, 0, 0)
        manage.setSpacing(6)
        self.quantity_caption = QLabel(self.tr("Retenues\u00a0:"))
        self.held_spin = QSpinBox()
        self.held_spin.setRange(0, MAX_TYPED_QUANTITY)
        self.held_spin.setAccessibleName(self.tr("Places retenues pour la séance"))
        self.apply_button = self._button(self.tr("Appliquer"), self.apply_quantity)
        self.release_button = self._button(self.tr("Libérer"), self.release)
        self.release_button.setToolTip(
            self.tr("Remettre en vente générale ce que la réserve retient encore")
        )
        self.new_reserve_button = self._button(self.tr("Nouvelle réserve…"), self.new_reserve)
        manage.addWidget(self.quantity_caption)
        manage.addWidget(self.held_spin)
        manage.addWidget(self.apply_button)
        manage.addWidget(self.release_button)
        manage.addStretch(1)
        manage.addWidget(self.new_reserve_button)
        column.addWidget(self.manage_row)

        drawn_title = QLabel(self.tr("Billets tirés pour cette séance"))
        drawn_title.setFont(_font(self.font(), 16, True))
        column.addWidget(drawn_title)
        self.drawn_table = _table(
            [
                self.tr("Participant"),
                self.tr("Réserve"),
                self.tr("Billets"),
                self.tr("Prix"),
            ]
        )
        self.drawn_table.setAccessibleName(self.tr("Billets tirés"))
        self.drawn_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.drawn_table.horizontalHeader()
        header.setSectionResizeMode(D_PARTICIPANT, QHeaderView.ResizeMode.Stretch)
        for col in (D_RESERVE, D_QUANTITY, D_PRICE):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.drawn_table.setMinimumHeight(40 * 2 + 44)
        self.drawn_table.itemSelectionChanged.connect(self._update_cancel_row)
        column.addWidget(self.drawn_table, 4)

        cancel = QHBoxLayout()
        cancel.setSpacing(6)
        self.cancel_spin = QSpinBox()
        self.cancel_spin.setRange(1, 1)
        self.cancel_spin.setAccessibleName(self.tr("Billets à annuler"))
        self.cancel_button = self._button(self.tr("Annuler ces billets"), self.cancel_draw)
        self.cancel_hint = QLabel()
        self.cancel_hint.setProperty("role", "muted")
        self.cancel_hint.setWordWrap(True)
        self.cancel_hint.setFont(_font(self.font(), 13))
        cancel.addWidget(self.cancel_spin)
        cancel.addWidget(self.cancel_button)
        cancel.addWidget(self.cancel_hint, 1)
        column.addLayout(cancel)
        return column

    def _build_draw_panel(self) -> QFrame:
        panel = QFrame()
        panel.setObjectName("drawPanel")
        panel.setStyleSheet(
            "QFrame#drawPanel { background: white; border: 1px solid "
            f"{COLORS['border']}; border-radius: 8px; }}"
            "QFrame#drawPanel QLabel { background: transparent; }"
        )
        self.draw_panel = panel
        # Wide enough for « Tirer les billets (Entrée / F12) » on one line, in 16 pt bold; the
        # button's own padding is narrow so the reserves keep their room at 1366 pixels.
        panel.setMaximumWidth(400)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.setSpacing(6)
        title = QLabel(self.tr("Tirer des billets"))
        title.setFont(_font(self.font(), 19, True))
        layout.addWidget(title)
        self.draw_reserve_label = QLabel()
        self.draw_reserve_label.setObjectName("drawReserve")
        self.draw_reserve_label.setWordWrap(True)
        self.draw_reserve_label.setFont(_font(self.font(), 16, True))
        layout.addWidget(self.draw_reserve_label)

        form = QFormLayout()
        form.setSpacing(6)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.quantity_spin = QSpinBox()
        self.quantity_spin.setRange(0, MAX_TYPED_QUANTITY)
        self.quantity_spin.setValue(1)
        self.quantity_spin.setAccessibleName(self.tr("Nombre de billets"))
        self.quantity_spin.valueChanged.connect(self._update_amount)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("obligatoire"))
        self.name_edit.setAccessibleName(self.tr("Nom du participant"))
        limit(self.name_edit, "DrawFromReserve.participant", 120)
        self.email_edit = QLineEdit()
        self.email_edit.setPlaceholderText(self.tr("facultatif"))
        self.email_edit.setAccessibleName(self.tr("Courriel du participant"))
        limit(self.email_edit, "DrawFromReserve.participant")
        self.phone_edit = QLineEdit()
        self.phone_edit.setPlaceholderText(self.tr("facultatif"))
        self.phone_edit.setAccessibleName(self.tr("Téléphone du participant"))
        limit(self.phone_edit, "DrawFromReserve.participant", 30)
        self.note_edit = QLineEdit()
        self.note_edit.setAccessibleName(self.tr("Note"))
        limit(self.note_edit, "DrawFromReserve.participant")
        form.addRow(self.tr("Billets"), self.quantity_spin)
        form.addRow(self.tr("Participant"), self.name_edit)
        form.addRow(self.tr("Courriel"), self.email_edit)
        form.addRow(self.tr("Téléphone"), self.phone_edit)
        form.addRow(self.tr("Note"), self.note_edit)
        layout.addLayout(form)

        price_row = QHBoxLayout()
        self.free_radio = QRadioButton(self.tr("Gratuit"))
        self.charged_radio = QRadioButton(self.tr("Au tarif"))
        self.price_group = QButtonGroup(self)
        self.price_group.addButton(self.free_radio)
        self.price_group.addButton(self.charged_radio)
        self.free_radio.setChecked(True)
        self.free_radio.toggled.connect(self._update_amount)
        price_row.addWidget(self.free_radio)
        price_row.addWidget(self.charged_radio)
        price_row.addStretch(1)
        layout.addLayout(price_row)

        # "Au tarif": the exact amount, in cash or on the card terminal.
        self.payment_row = QWidget()
        pay = QVBoxLayout(self.payment_row)
        pay.setContentsMargins(0, 0, 0, 0)
        pay.setSpacing(4)
        self.amount_label = QLabel()
        self.amount_label.setObjectName("drawAmount")
        self.amount_label.setFont(_font(self.font(), 17, True))
        pay.addWidget(self.amount_label)
        methods = QHBoxLayout()
        self.cash_radio = QRadioButton(self.tr("Comptant"))
        self.card_radio = QRadioButton(self.tr("Carte"))
        self.method_group = QButtonGroup(self)
        self.method_group.addButton(self.cash_radio)
        self.method_group.addButton(self.card_radio)
        self.cash_radio.setChecked(True)
        self.card_radio.toggled.connect(self._update_amount)
        self.card_reference_edit = QLineEdit()
        self.card_reference_edit.setPlaceholderText(self.tr("No d'autorisation"))
        self.card_reference_edit.setAccessibleName(
            self.tr("Numéro d'autorisation du terminal de paiement")
        )
        limit(self.card_reference_edit, "SalePayment.reference", 40)
        methods.addWidget(self.cash_radio)
        methods.addWidget(self.card_radio)
        methods.addStretch(1)
        pay.addLayout(methods)
        pay.addWidget(self.card_reference_edit)
        layout.addWidget(self.payment_row)

        layout.addStretch(1)
        self.access_label = QLabel()
        self.access_label.setObjectName("accessLabel")
        self.access_label.setWordWrap(True)
        self.access_label.setProperty("role", "muted")
        layout.addWidget(self.access_label)
        layout.addWidget(self.message)
        self.draw_button = self._button(
            self.tr("Tirer les billets (Entrée / F12)"), lambda: self.draw(), "primary",
            compact=False,
        )
        self.draw_button.setMinimumHeight(64)
        self.draw_button.setStyleSheet("padding: 6px 8px;")
        self.draw_button.setFont(_font(self.font(), 16, True))
        layout.addWidget(self.draw_button)
        return panel

    def _install_shortcuts(self) -> None:
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            draw = QShortcut(QKeySequence(key), self.draw_panel)
            draw.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            draw.activated.connect(self.draw)
            apply = QShortcut(QKeySequence(key), self.manage_row)
            apply.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            apply.activated.connect(self.apply_quantity)
        # F12 draws from anywhere in the window (the tables keep Entrée and the arrows), as
        # F12 pays on the sales page.
        draw_anywhere = QShortcut(QKeySequence(DRAW_KEY), self)
        draw_anywhere.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        draw_anywhere.setAutoRepeat(False)
        draw_anywhere.activated.connect(self.draw)
        close = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        close.activated.connect(self.close)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The cashier types the participant's name first; Entrée draws.
        QTimer.singleShot(0, self.name_edit.setFocus)

    def _update_manage_visibility(self) -> None:
        manage = self.can_manage
        self.manage_row.setVisible(manage)
        self.edit_reserve_button.setVisible(manage)

    # --- messages -------------------------------------------------------------------------

    def show_error(self, text: str) -> None:
        _set_role(self.message, "error")
        self.message.setText(text)

    def show_info(self, text: str) -> None:
        _set_role(self.message, "ok")
        self.message.setText(text)

    def clear_message(self) -> None:
        self.message.clear()

    def _refuse(self, error: DomainError) -> None:
        self.show_error(message_for(error, self.counter.lang))

    # --- days and shows -------------------------------------------------------------------

    @property
    def current_day(self) -> date:
        day: date = self.date_edit.date().toPython()  # type: ignore[assignment]
        return day

    @property
    def selected_occurrence(self) -> OccurrenceView | None:
        return self._selected

    def set_day(self, day: date) -> None:
        if day == self.current_day:
            self._load_day(day)
        else:
            self.date_edit.setDate(QDate(day.year, day.month, day.day))  # -> _on_date_changed

    def go_today(self) -> None:
        self.set_day(self.counter.today())

    def _shift_day(self, days: int) -> None:
        self.set_day(self.current_day + timedelta(days=days))

    def _on_date_changed(self, qdate: QDate) -> None:
        self._load_day(qdate.toPython())  # type: ignore[arg-type]

    def refresh(self) -> None:
        """Reload the day's shows and the chosen show's reserves (changes made elsewhere)."""
        self._update_manage_visibility()
        keep = self._selected.id if self._selected else None
        self._load_day(self.current_day, keep_id=keep)

    def _load_day(self, day: date, keep_id: str | None = None) -> None:
        if day != self.current_day:
            self.date_edit.blockSignals(True)
            self.date_edit.setDate(QDate(day.year, day.month, day.day))
            self.date_edit.blockSignals(False)
        self.date_edit.setToolTip(long_date(day, self.counter.lang))
        self._occurrences = self.counter.occurrences(day)
        self.occurrence_list.blockSignals(True)
        self.occurrence_list.clear()
        for occ in self._occurrences:
            item = QListWidgetItem()
            item.setData(OCCURRENCE_ROLE, occ)
            item.setData(REMAINING_ROLE, occ.remaining)
            self.occurrence_list.addItem(item)
        target: OccurrenceView | None = None
        if keep_id is not None:
            target = next((o for o in self._occurrences if o.id == keep_id), None)
        if target is None:
            target = self.counter.next_occurrence(self._occurrences)
        row = self._occurrences.index(target) if target is not None else -1
        self.occurrence_list.setCurrentRow(row)
        self.occurrence_list.blockSignals(False)
        if not self._occurrences:
            placeholder = QListWidgetItem(self.tr("Aucune séance ce jour-là."))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.occurrence_list.addItem(placeholder)
        self._select(target)

    def _on_row_changed(self, row: int) -> None:
        self.clear_message()
        self._select(self._occurrences[row] if 0 <= row < len(self._occurrences) else None)

    def select_occurrence(self, occurrence_id: str) -> None:
        for row, occ in enumerate(self._occurrences):
            if occ.id == occurrence_id:
                self.occurrence_list.setCurrentRow(row)  # -> _on_row_changed
                return

    def _select(self, occ: OccurrenceView | None) -> None:
        self._selected = occ
        self._prices = {}
        if occ is not None:
            try:
                for category in self.counter.categories(occ.id):
                    self._prices[category.category_id] = category.price
                    self._category_names[category.category_id] = category.name
            except DomainError:
                pass
        self.refresh_board()

    # --- the reserves of the chosen show --------------------------------------------------

    def refresh_board(self) -> None:
        """Read the chosen show's reserves and drawn tickets again and show them."""
        occ = self._selected
        self._board = None
        self._lines = {}
        self._drawn = []
        if occ is not None:
            try:
                self._board = self.desk.board(occ.id)
                self._drawn = list(self.desk.drawn(occ.id))
            except DomainError as error:
                self._refuse(error)
        if self._board is not None:
            self._lines = {line.reserve.id: line for line in self._board.lines}
            self._update_occurrence_item(self._board.occurrence)
        self._fill_header()
        self._fill_reserves()
        self._fill_drawn()
        self._update_draw_panel()

    def _update_occurrence_item(self, occ: OccurrenceView) -> None:
        for row, known in enumerate(self._occurrences):
            if known.id == occ.id:
                self._occurrences[row] = occ
                if self._selected is not None and self._selected.id == occ.id:
                    self._selected = occ
                item = self.occurrence_list.item(row)
                if item is not None:
                    item.setData(OCCURRENCE_ROLE, occ)
                    item.setData(REMAINING_ROLE, occ.remaining)
                return

    def _fill_header(self) -> None:
        occ = self._selected
        tz, lang = self.counter.organisation.timezone, self.counter.lang
        if occ is None:
            self.show_title.setText(self.tr("Aucune séance choisie"))
            self.show_title.setToolTip("")
            self.availability_label.setText(self.tr("Choisissez une date et une séance à gauche."))
            _set_role(self.availability_label, "muted")
            self.counts_label.clear()
            return
        self.show_title.setText(
            self.tr("{event} — {time}").format(
                event=occ.event_name, time=time_of_day(occ.starts_at, tz, lang)
            )
        )
        self.show_title.setToolTip(
            self.tr("{when} — {venue}").format(
                when=event_datetime(occ.starts_at, tz, lang), venue=occ.venue_name
            )
        )
        board = self._board
        held_back = int(board.held_back) if board is not None else 0
        in_reserves = sum(line.remaining for line in self._lines.values()) + held_back
        self.availability_label.setText(
            self.tr("Vente générale\u00a0: %n place(s)", "", occ.remaining)
        )
        self.counts_label.setText(
            self.tr("capacité {capacity} · vendues {sold} · en réserve {reserved}").format(
                capacity=occ.capacity, sold=occ.sold, reserved=in_reserves
            )
        )
        _set_role(self.availability_label, "ok" if occ.remaining > 0 else "error")

    def _tariff_text(self, reserve: Any) -> str:
        if reserve.kind != "with_access":
            return self.tr("Sans accès")
        return str(reserve.category_name or self._category_names.get(reserve.category_id or "", ""))

    def _tariff_tooltip(self, reserve: Any) -> str:
        price = self._prices.get(reserve.category_id or "")
        if reserve.kind != "with_access" or price is None:
            return self._tariff_text(reserve)
        return self.tr("{category} · {price}").format(
            category=self._tariff_text(reserve), price=self._m(price)
        )

    def _access_text(self, reserve: Any, can_use: bool) -> str:
        if reserve.kind != "with_access":
            return self.tr("Non")
        return self.tr("Oui") if can_use else self.tr("Pas d'accès")

    def _fill_reserves(self) -> None:
        table = self.reserves_table
        keep = self._reserve_id
        table.blockSignals(True)
        table.clearSpans()
        table.clearContents()
        lines = list(self._lines.values())
        rows = len(lines) + (1 if self._board is not None else 0)
        table.setRowCount(rows)
        grey = QBrush(QColor(GREY))
        bold = QFont(table.font())
        bold.setBold(True)
        for row, line in enumerate(lines):
            reserve = line.reserve
            can_use = bool(line.can_use)
            drawable = can_use and reserve.kind == "with_access"
            name = _cell(reserve.name)
            name.setData(RESERVE_ROLE, reserve.id)
            tariff = _cell(self._tariff_text(reserve))
            tariff.setToolTip(self._tariff_tooltip(reserve))
            cells = [
                name,
                tariff,
                _cell(str(line.held), True),
                _cell(str(line.drawn), True),
                _cell(str(line.remaining), True),
                _cell(self._access_text(reserve, can_use)),
            ]
            remaining = cells[COL_REMAINING]
            remaining.setFont(bold)
            if line.remaining == 0:
                remaining.setForeground(QBrush(QColor(COLORS["danger"])))
            elif drawable:
                remaining.setForeground(QBrush(QColor(COLORS["ok"])))
            access = cells[COL_ACCESS]
            if not drawable:
                access.setForeground(grey)
                if reserve.kind == "with_access":  # greyed: this user may not draw from it
                    for cell in cells:
                        if cell is not remaining or line.remaining != 0:
                            cell.setForeground(grey)
                    name.setToolTip(self.tr("Pas d'accès à cette réserve"))
            else:
                access.setForeground(QBrush(QColor(COLORS["ok"])))
            for col, cell in enumerate(cells):
                table.setItem(row, col, cell)
        if self._board is not None:
            row = len(lines)
            held_back = int(self._board.held_back)
            # Said short (the history's word for it): the line keeps its room at 1366 pixels.
            name = _cell(self.tr("Retenues sans réserve"))
            name.setToolTip(self.tr("Places retenues (sans réserve)"))
            name.setData(RESERVE_ROLE, HELD_BACK)
            cells = [
                name,
                _cell(self.tr("—")),
                _cell(str(held_back), True),
                _cell(self.tr("—"), True),
                _cell(str(held_back), True),
                _cell(self.tr("Non")),
            ]
            for cell in cells:
                cell.setForeground(QBrush(QColor(COLORS["muted"])))
            name.setFont(_font(table.font(), 14))
            for col, cell in enumerate(cells):
                table.setItem(row, col, cell)
            table.setSpan(row, COL_NAME, 1, 2)  # the long name over the empty tariff
        # Keep the chosen line; else the first this user may draw from; else the first.
        target_row = -1
        ids = [line.reserve.id for line in lines] + ([HELD_BACK] if self._board else [])
        if keep in ids:
            target_row = ids.index(keep)
        else:
            for row, line in enumerate(lines):
                if line.can_use and line.reserve.kind == "with_access":
                    target_row = row
                    break
            if target_row < 0 and ids:
                target_row = 0
        if target_row >= 0:
            table.selectRow(target_row)
            self._reserve_id = ids[target_row]
        else:
            self._reserve_id = None
        table.blockSignals(False)
        self._update_manage_row()

    def _on_reserve_selected(self) -> None:
        rows = self.reserves_table.selectionModel().selectedRows()
        reserve_id: str | None = None
        if rows:
            item = self.reserves_table.item(rows[0].row(), COL_NAME)
            if item is not None:
                reserve_id = item.data(RESERVE_ROLE)
        if reserve_id != self._reserve_id:
            self._reserve_id = reserve_id
            self._update_manage_row()
            self._update_draw_panel()

    def select_reserve(self, reserve_id: str) -> None:
        """Choose a line of the reserves table (a reserve id, or ``HELD_BACK``)."""
        for row in range(self.reserves_table.rowCount()):
            item = self.reserves_table.item(row, COL_NAME)
            if item is not None and item.data(RESERVE_ROLE) == reserve_id:
                self.reserves_table.selectRow(row)  # -> _on_reserve_selected
                return
        raise LookupError(reserve_id)

    @property
    def selected_line(self) -> Any:
        """The chosen reserve's line of the board (None for the held-back line or nothing)."""
        if self._reserve_id is None or self._reserve_id == HELD_BACK:
            return None
        return self._lines.get(self._reserve_id)

    def _update_manage_row(self) -> None:
        line = self.selected_line
        if self._reserve_id == HELD_BACK and self._board is not None:
            self.quantity_caption.setText(self.tr("Retenues\u00a0:"))
            self.quantity_caption.setToolTip(self.tr("Places retenues (sans réserve)"))
            self.held_spin.setValue(int(self._board.held_back))
            enabled = True
        elif line is not None:
            self.quantity_caption.setText(self.tr("Retenues\u00a0:"))
            self.quantity_caption.setToolTip(
                self.tr("Places retenues pour «\u00a0{reserve}\u00a0»").format(
                    reserve=line.reserve.name
                )
            )
            self.held_spin.setValue(int(line.held))
            enabled = True
        else:
            self.quantity_caption.setText(self.tr("Retenues\u00a0:"))
            self.quantity_caption.setToolTip("")
            self.held_spin.setValue(0)
            enabled = False
        for widget in (self.held_spin, self.apply_button, self.release_button):
            widget.setEnabled(enabled)
        self.edit_reserve_button.setEnabled(line is not None)

    # --- supervisors: quantities ----------------------------------------------------------

    def apply_quantity(self) -> None:
        """Set the chosen line's quantity for the show to the spin box's value."""
        occ = self._selected
        if occ is None or self._reserve_id is None:
            self.show_error(self.tr("Choisissez une séance et une réserve."))
            return
        value = self.held_spin.value()
        try:
            if self._reserve_id == HELD_BACK:
                self.desk.set_held_back(occ.id, value)
                text = self.tr("Places retenues sans réserve\u00a0: {count}.").format(count=value)
            else:
                line = self.selected_line
                self.desk.set_quantity(occ.id, self._reserve_id, value)
                text = self.tr(
                    "«\u00a0{reserve}\u00a0» retient maintenant %n place(s).", "", value
                ).format(reserve=line.reserve.name if line is not None else "")
        except DomainError as error:
            self._refuse(error)
            return
        self.refresh_board()
        self.show_info(text)
        self.changed.emit()

    def release(self) -> None:
        """Give what the chosen line still holds back to general sale."""
        occ = self._selected
        if occ is None or self._reserve_id is None:
            self.show_error(self.tr("Choisissez une séance et une réserve."))
            return
        try:
            if self._reserve_id == HELD_BACK:
                freed = int(self._board.held_back) if self._board is not None else 0
                self.desk.set_held_back(occ.id, 0)
                name = self.tr("Places retenues (sans réserve)")
            else:
                line = self.selected_line
                freed = int(line.remaining) if line is not None else 0
                name = line.reserve.name if line is not None else ""
                self.desk.release(occ.id, self._reserve_id)
        except DomainError as error:
            self._refuse(error)
            return
        self.refresh_board()
        self.show_info(
            self.tr(
                "%n place(s) de «\u00a0{reserve}\u00a0» remise(s) en vente générale.", "", freed
            ).format(reserve=name)
        )
        self.changed.emit()

    # --- drawing --------------------------------------------------------------------------

    def _update_draw_panel(self) -> None:
        line = self.selected_line
        reason = ""
        if self._selected is None:
            self.draw_reserve_label.setText(self.tr("Aucune séance choisie"))
            reason = self.tr("Choisissez une séance à gauche.")
        elif self._reserve_id == HELD_BACK:
            self.draw_reserve_label.setText(self.tr("Places retenues (sans réserve)"))
            reason = self.tr(
                "Ces places ne se tirent pas\u00a0: un superviseur les remet en vente générale."
            )
        elif line is None:
            self.draw_reserve_label.setText(self.tr("Aucune réserve choisie"))
            reason = self.tr("Choisissez une réserve dans la liste.")
        else:
            reserve = line.reserve
            self.draw_reserve_label.setText(
                self.tr("{reserve} — %n restante(s)", "", line.remaining).format(
                    reserve=reserve.name
                )
            )
            if reserve.kind != "with_access":
                reason = self.tr(
                    "Réserve sans accès\u00a0: ses places ne se tirent pas au guichet. "
                    "Un superviseur doit d'abord les libérer."
                )
            elif not line.can_use:
                reason = self.tr(
                    "Pas d'accès\u00a0: vous n'êtes pas parmi les usagers de cette réserve."
                )
            elif line.remaining == 0:
                reason = self.tr("Cette réserve n'a plus de places pour cette séance.")
        usable = not reason
        self.access_label.setText(reason)
        self.draw_button.setEnabled(usable)
        price = None
        if line is not None and line.reserve.kind == "with_access":
            price = self._prices.get(line.reserve.category_id or "")
        if price is None:
            self.charged_radio.setText(self.tr("Au tarif"))
        else:
            self.charged_radio.setText(
                self.tr("Au tarif\u00a0: {price}").format(price=self._m(price))
            )
        self._update_amount()

    def _update_amount(self) -> None:
        charged = self.charged_radio.isChecked()
        self.payment_row.setVisible(charged)
        self.card_reference_edit.setVisible(self.card_radio.isChecked())
        if not charged:
            return
        occ, line = self._selected, self.selected_line
        if occ is None or line is None or self.quantity_spin.value() < 1:
            self.amount_label.setText(self.tr("À percevoir\u00a0: —"))
            return
        try:
            session: PaymentSession = self.desk.draw_payment(
                occ.id, line.reserve.id, self.quantity_spin.value()
            )
        except DomainError:
            self.amount_label.setText(self.tr("À percevoir\u00a0: —"))
            return
        due = session.cash_due if self.cash_radio.isChecked() else session.balance
        self.amount_label.setText(
            self.tr("À percevoir\u00a0: {amount}").format(amount=self._m(due))
        )

    def _participant(self) -> dict[str, str] | None:
        """The participant's fields, checked like the service does (the field gets the focus)."""
        fields = {
            "name": self.name_edit.text().strip(),
            "email": self.email_edit.text().strip(),
            "phone": self.phone_edit.text().strip(),
            "note": self.note_edit.text().strip(),
        }
        try:
            Participant(**fields)
        except DomainError as error:
            self._refuse(error)
            focus = {
                "participant_name_required": self.name_edit,
                "participant_email_invalid": self.email_edit,
                "participant_phone_invalid": self.phone_edit,
            }.get(error.code)
            if focus is not None:
                focus.setFocus()
            return None
        return fields

    def draw(self, override: Override | None = None) -> None:
        """Draw the tickets for the participant (the service enforces access and counts). A
        date that has ended offers « Autorisation d'un superviseur » (PIN and reason), and the
        draw is tried again with the override (Échap there: nothing is drawn or recorded)."""
        if self.override_dialog is not None:
            return
        occ, line = self._selected, self.selected_line
        if occ is None:
            self.show_error(self.tr("Choisissez d'abord une séance."))
            return
        if line is None:
            self.show_error(self.tr("Choisissez une réserve avec accès dans la liste."))
            return
        participant = self._participant()
        if participant is None:
            return
        quantity = self.quantity_spin.value()
        charged = self.charged_radio.isChecked()
        try:
            if charged:
                payment = self.desk.draw_payment(occ.id, line.reserve.id, quantity)
                if self.card_radio.isChecked():
                    payment.add_card(payment.balance, self.card_reference_edit.text())
                else:
                    payment.add_cash(payment.cash_due)
                result = self.desk.draw(
                    occ.id, line.reserve.id, quantity, participant, charged=True, payment=payment,
                    override=override,
                )
            else:
                result = self.desk.draw(
                    occ.id, line.reserve.id, quantity, participant, override=override
                )
        except DomainError as error:
            self._refuse(error)
            if error.code == "card_reference_required":
                self.card_reference_edit.setFocus()
            if override is None:
                self.override_dialog = ask_override(
                    self, self.counter, error, self._override_granted, self._override_closed
                )
            return
        name = participant["name"]
        for edit in (self.name_edit, self.email_edit, self.phone_edit, self.note_edit):
            edit.clear()
        self.card_reference_edit.clear()
        self.quantity_spin.setValue(1)
        self.free_radio.setChecked(True)
        self.refresh_board()
        code = codes.display(result.order_code)
        self._last_code = code
        self._select_last_draw()
        if charged:
            what = self.tr(
                "{name}\u00a0: %n billet(s) payé(s) {amount}, commande {code}.", "", quantity
            ).format(name=name, amount=self._m(int(result.total)), code=code)
        else:
            what = self.tr(
                "{name}\u00a0: %n billet(s) gratuit(s), commande {code}.", "", quantity
            ).format(name=name, code=code)
        if self.counter.printing_enabled:
            printed = self.tr("%n billet(s) envoyé(s) à l'imprimante.", "", quantity)
        else:  # nothing was queued: say so rather than "envoyés"
            printed = self.tr("Billets non imprimés (aucune imprimante).")
        self.show_info(f"{what}\n{printed}")
        self.name_edit.setFocus()
        self.ticketsDrawn.emit(result)
        self.changed.emit()

    # --- drawn tickets --------------------------------------------------------------------

    def _fill_drawn(self) -> None:
        table = self.drawn_table
        keep = self.selected_drawn.order_line_id if self.selected_drawn is not None else None
        table.blockSignals(True)
        table.clearContents()
        table.setRowCount(len(self._drawn))
        grey = QBrush(QColor(GREY))
        target = -1
        for row, drawn in enumerate(self._drawn):
            who = drawn.participant_name
            if drawn.participant_contact:
                who = self.tr("{name} · {contact}").format(
                    name=drawn.participant_name, contact=drawn.participant_contact
                )
            if drawn.cancellable < drawn.quantity:
                count = self.tr("{left} sur {count}").format(
                    left=drawn.cancellable, count=drawn.quantity
                )
            else:
                count = str(drawn.quantity)
            cells = [
                _cell(who),
                _cell(drawn.reserve_name),
                _cell(count, True),
                _cell(self.tr("Payé") if drawn.charged else self.tr("Gratuit")),
            ]
            cells[0].setData(RESERVE_ROLE, drawn.order_line_id)
            cells[0].setToolTip(
                self.tr("{name} — commande {code}").format(name=who, code=drawn.order_code)
            )
            if drawn.cancellable == 0:
                for cell in cells:
                    cell.setForeground(grey)
                cells[0].setToolTip(self.tr("Billets annulés"))
            for col, cell in enumerate(cells):
                table.setItem(row, col, cell)
            if drawn.order_line_id == keep:
                target = row
        if target < 0 and self._drawn:  # the most recent draw
            latest = max(self._drawn, key=lambda d: d.created_at)
            target = self._drawn.index(latest)
        if target >= 0:
            table.selectRow(target)
        table.blockSignals(False)
        self._update_cancel_row()

    def _override_granted(self, override: Override) -> None:
        self.override_dialog = None
        self.draw(override)

    def _override_closed(self) -> None:
        self.override_dialog = None  # the refusal stays said; drawing again asks again

    def _select_last_draw(self) -> None:
        for row, drawn in enumerate(self._drawn):
            if drawn.order_code == self._last_code:
                self.drawn_table.selectRow(row)
                item = self.drawn_table.item(row, D_PARTICIPANT)
                if item is not None:
                    self.drawn_table.scrollToItem(item)
                return

    @property
    def selected_drawn(self) -> Any:
        rows = self.drawn_table.selectionModel().selectedRows()
        if not rows or not 0 <= rows[0].row() < len(self._drawn):
            return None
        return self._drawn[rows[0].row()]

    def select_drawn(self, order_line_id: str) -> None:
        for row, drawn in enumerate(self._drawn):
            if drawn.order_line_id == order_line_id:
                self.drawn_table.selectRow(row)
                return
        raise LookupError(order_line_id)

    def _update_cancel_row(self) -> None:
        drawn = self.selected_drawn
        if drawn is None:
            self.cancel_spin.setEnabled(False)
            self.cancel_button.setEnabled(False)
            if self._drawn:
                self.cancel_hint.setText(self.tr("Choisissez un tirage."))
            else:
                self.cancel_hint.setText(self.tr("Aucun billet tiré."))
            return
        if drawn.charged:
            self.cancel_spin.setEnabled(False)
            self.cancel_button.setEnabled(False)
            self.cancel_hint.setText(
                self.tr("Commande {code} · billets payés\u00a0: remboursement (F8).").format(
                    code=drawn.order_code
                )
            )
            return
        left = int(drawn.cancellable)
        self.cancel_spin.setRange(1, max(left, 1))
        self.cancel_spin.setEnabled(left > 0)
        self.cancel_button.setEnabled(left > 0)
        if left:
            hint = self.tr("Commande {code} · les places annulées retournent à la réserve.")
        else:
            hint = self.tr("Commande {code} · billets déjà annulés.")
        self.cancel_hint.setText(hint.format(code=drawn.order_code))

    def cancel_draw(self) -> None:
        """Cancel some of the chosen free draw's tickets: the places go back to the reserve."""
        drawn = self.selected_drawn
        if drawn is None:
            self.show_error(self.tr("Choisissez un tirage dans la liste."))
            return
        quantity = self.cancel_spin.value()
        try:
            self.desk.cancel_draw(drawn.order_line_id, quantity)
        except DomainError as error:
            self._refuse(error)
            return
        self.refresh_board()
        self.show_info(
            self.tr(
                "%n billet(s) de {name} annulé(s)\u00a0: retour à «\u00a0{reserve}\u00a0».",
                "",
                quantity,
            ).format(name=drawn.participant_name, reserve=drawn.reserve_name)
        )
        self.changed.emit()

    # --- dialogs --------------------------------------------------------------------------

    def show_history(self) -> None:
        occ = self._selected
        if occ is None:
            self.show_error(self.tr("Choisissez d'abord une séance."))
            return
        try:
            entries = list(self.desk.history(occ.id))
        except DomainError as error:
            self._refuse(error)
            return
        dialog = ReserveHistoryDialog(self.counter, occ, entries, self)
        self.history_dialog = dialog
        dialog.open()

    def _categories(self) -> list[tuple[str, str]]:
        """Ticket categories offered on the day's shows (the chosen show's first)."""
        seen: dict[str, str] = {}
        occurrences = ([self._selected] if self._selected else []) + self._occurrences
        for occ in occurrences:
            try:
                for category in self.counter.categories(occ.id):
                    seen.setdefault(category.category_id, category.name)
            except DomainError:
                continue
        return list(seen.items())

    def new_reserve(self) -> None:
        self._open_reserve_dialog(None)

    def edit_reserve(self) -> None:
        line = self.selected_line
        if line is None:
            self.show_error(self.tr("Choisissez une réserve dans la liste."))
            return
        self._open_reserve_dialog(line.reserve)

    def _open_reserve_dialog(self, reserve: Any) -> None:
        try:
            users = list(self.desk.users())
        except DomainError as error:
            self._refuse(error)
            return
        dialog = ReserveEditDialog(
            self.desk, self._categories(), users, reserve, self.counter, self
        )
        dialog.saved.connect(self._reserve_saved)
        self.reserve_dialog = dialog
        dialog.open()

    def _reserve_saved(self, reserve_id: str, name: str) -> None:
        self._reserve_id = reserve_id
        self.refresh_board()
        self.show_info(self.tr("Réserve «\u00a0{name}\u00a0» enregistrée.").format(name=name))


class ReserveEditDialog(QDialog):
    """Define a reserve: name, with access (a tariff) or without, all users or selected ones."""

    saved = Signal(str, str)  # reserve id, name

    def __init__(
        self,
        desk: Any,
        categories: list[tuple[str, str]],
        users: list[Any],
        reserve: Any = None,
        counter: Counter | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.reserve = reserve
        self.lang = counter.lang if counter is not None else "fr"
        self.saved_id: str | None = None
        self.setModal(True)
        self.setWindowTitle(
            self.tr("Nouvelle réserve") if reserve is None else self.tr("Modifier la réserve")
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(8)

        form = QFormLayout()
        form.setSpacing(8)
        self.name_edit = QLineEdit(reserve.name if reserve is not None else "")
        limit(self.name_edit, "SaveReserve.name")
        self.name_edit.setPlaceholderText(self.tr("ex. Médias, Artistes, Producteurs"))
        self.name_edit.setAccessibleName(self.tr("Nom de la réserve"))
        form.addRow(self.tr("Nom"), self.name_edit)
        layout.addLayout(form)

        kind_title = QLabel(self.tr("Type de réserve"))
        kind_title.setFont(_font(self.font(), 16, True))
        layout.addWidget(kind_title)
        self.with_access_radio = QRadioButton(
            self.tr("Avec accès au compte\u00a0: on tire des billets au guichet")
        )
        self.without_access_radio = QRadioButton(
            self.tr("Sans accès\u00a0: places mises de côté, à libérer pour les vendre")
        )
        kinds = QButtonGroup(self)
        kinds.addButton(self.with_access_radio)
        kinds.addButton(self.without_access_radio)
        layout.addWidget(self.with_access_radio)
        tariff_row = QHBoxLayout()
        tariff_row.setContentsMargins(32, 0, 0, 0)
        tariff_row.addWidget(QLabel(self.tr("Tarif des billets tirés")))
        self.category_combo = QComboBox()
        self.category_combo.setAccessibleName(self.tr("Tarif des billets tirés"))
        for category_id, name in categories:
            self.category_combo.addItem(name, category_id)
        tariff_row.addWidget(self.category_combo, 1)
        layout.addLayout(tariff_row)
        layout.addWidget(self.without_access_radio)

        access_title = QLabel(self.tr("Restrictions"))
        access_title.setFont(_font(self.font(), 16, True))
        layout.addWidget(access_title)
        self.all_users_radio = QRadioButton(self.tr("Tous les usagers"))
        self.selected_users_radio = QRadioButton(self.tr("Usagers sélectionnés"))
        access = QButtonGroup(self)
        access.addButton(self.all_users_radio)
        access.addButton(self.selected_users_radio)
        access_row = QHBoxLayout()
        access_row.addWidget(self.all_users_radio)
        access_row.addWidget(self.selected_users_radio)
        access_row.addStretch(1)
        layout.addLayout(access_row)
        self.users_list = QListWidget()
        self.users_list.setAccessibleName(self.tr("Usagers qui ont accès"))
        chosen = set(reserve.user_ids) if reserve is not None else set()
        for user in users:
            item = QListWidgetItem(user.name)
            item.setData(Qt.ItemDataRole.UserRole, user.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if user.id in chosen else Qt.CheckState.Unchecked
            )
            self.users_list.addItem(item)
        rows = min(max(len(users), 2), 5)
        self.users_list.setMinimumHeight(self.users_list.fontMetrics().height() * rows + 24)
        layout.addWidget(self.users_list)
        owner_note = QLabel(
            self.tr("Le propriétaire du compte a toujours accès à toutes les réserves.")
        )
        owner_note.setProperty("role", "muted")
        owner_note.setWordWrap(True)
        layout.addWidget(owner_note)

        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setProperty("role", "error")
        layout.addWidget(self.message)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Annuler"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = QPushButton(self.tr("Sauvegarder"))
        self.save_button.setProperty("role", "primary")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)

        if reserve is not None and reserve.kind == "without_access":
            self.without_access_radio.setChecked(True)
        else:
            self.with_access_radio.setChecked(True)
        if reserve is not None and reserve.category_id:
            index = self.category_combo.findData(reserve.category_id)
            if index < 0:
                self.category_combo.addItem(reserve.category_name, reserve.category_id)
                index = self.category_combo.count() - 1
            self.category_combo.setCurrentIndex(index)
        if reserve is not None and reserve.access == "selected":
            self.selected_users_radio.setChecked(True)
        else:
            self.all_users_radio.setChecked(True)
        self.with_access_radio.toggled.connect(self._update)
        self.selected_users_radio.toggled.connect(self._update)
        self._update()
        self.setMinimumWidth(760)

    def _update(self) -> None:
        self.category_combo.setEnabled(self.with_access_radio.isChecked())
        self.users_list.setEnabled(self.selected_users_radio.isChecked())

    def check_user(self, user_id: str, checked: bool = True) -> None:
        for row in range(self.users_list.count()):
            item = self.users_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == user_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                return
        raise LookupError(user_id)

    def checked_users(self) -> tuple[str, ...]:
        result = []
        for row in range(self.users_list.count()):
            item = self.users_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                result.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return tuple(result)

    def save(self) -> None:
        with_access = self.with_access_radio.isChecked()
        selected = self.selected_users_radio.isChecked()
        category_id = self.category_combo.currentData() if with_access else None
        name = self.name_edit.text().strip()
        try:
            reserve_id = self.desk.save_reserve(
                name,
                "with_access" if with_access else "without_access",
                category_id=category_id,
                access="selected" if selected else "all_users",
                user_ids=self.checked_users() if selected else (),
                reserve_id=self.reserve.id if self.reserve is not None else None,
            )
        except DomainError as error:
            _set_role(self.message, "error")
            self.message.setText(message_for(error, self.lang))
            return
        self.saved_id = reserve_id
        self.saved.emit(reserve_id, name)
        self.accept()


class ReserveHistoryDialog(QDialog):
    """Every change of the show's reserves: who, when, what, before and after."""

    def __init__(
        self,
        counter: Counter,
        occurrence: OccurrenceView,
        entries: list[Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.counter = counter
        self.setModal(True)
        tz, lang = counter.organisation.timezone, counter.lang
        self.setWindowTitle(self.tr("Historique des réserves"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        title = QLabel(
            self.tr("{event} — {when}").format(
                event=occurrence.event_name, when=event_datetime(occurrence.starts_at, tz, lang)
            )
        )
        title.setFont(_font(self.font(), 17, True))
        title.setWordWrap(True)
        layout.addWidget(title)
        self.table = _table(
            [
                self.tr("Quand"),
                self.tr("Qui"),
                self.tr("Action"),
                self.tr("Réserve"),
                self.tr("Détail"),
            ]
        )
        header = self.table.horizontalHeader()
        for col in range(3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(3, 190)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            reserve = entry.reserve_name or self.tr("Places retenues (sans réserve)")
            cells = [
                _cell(timestamp(entry.at, tz, lang)),
                _cell(entry.user_name or ""),
                _cell(self.action_text(entry.action)),
                _cell(reserve),
                _cell(self.detail_text(entry)),
            ]
            for col, cell in enumerate(cells):
                self.table.setItem(row, col, cell)
        if not entries:
            self.table.setRowCount(1)
            self.table.setItem(0, 4, _cell(self.tr("Aucun changement pour cette séance.")))
        # The reserve's name on one line when it is of a usual length; a longer one wraps.
        names = [self.table.item(row, 3) for row in range(self.table.rowCount())]
        widest = max(
            (self.table.fontMetrics().horizontalAdvance(n.text()) for n in names if n), default=0
        )
        header.resizeSection(3, min(max(widest + 16, 190), 270))
        layout.addWidget(self.table, 1)
        close = QPushButton(self.tr("Fermer"))
        close.setDefault(True)
        close.clicked.connect(self.accept)
        row_layout = QHBoxLayout()
        row_layout.addStretch(1)
        row_layout.addWidget(close)
        layout.addLayout(row_layout)
        self.resize(1320, 620)

    def action_text(self, action: str) -> str:
        return {
            "set_quantity": self.tr("Quantité"),
            "release": self.tr("Libération"),
            "draw": self.tr("Tirage"),
            "cancel_draw": self.tr("Annulation"),
            "set_held_back": self.tr("Retenues sans réserve"),
        }.get(str(action), str(action))

    def detail_text(self, entry: Any) -> str:
        action = str(entry.action)
        if action == "draw":
            text = self.tr("%n billet(s) pour {name}", "", entry.quantity).format(
                name=entry.participant_name or "?"
            )
        elif action == "cancel_draw":
            text = self.tr("%n billet(s) annulé(s)", "", entry.quantity)
            if entry.participant_name:
                text = self.tr("{text} ({name})").format(text=text, name=entry.participant_name)
        elif action == "release":
            text = self.tr(
                "%n place(s) remise(s) en vente\u00a0: retenues {before} → {after}",
                "",
                max(entry.held_before - entry.held_after, 0),
            ).format(before=entry.held_before, after=entry.held_after)
        else:
            text = self.tr("Retenues {before} → {after}").format(
                before=entry.held_before, after=entry.held_after
            )
        if action in ("draw", "cancel_draw"):
            text = self.tr("{text} · tirées {before} → {after}").format(
                text=text, before=entry.drawn_before, after=entry.drawn_after
            )
        if entry.note:
            text = self.tr("{text} — {note}").format(text=text, note=entry.note)
        # "6 → 0" stays on one line when the detail wraps.
        return str(text).replace(" → ", "\u00a0→\u00a0")
