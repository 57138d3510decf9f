"""The sales page: pick a show, tap (or F-key) ticket categories, take payment.

Keyboard-first: when the page is shown the next show is selected and the page holds the focus,
so a standard sale is "2", F1, F2, Entrée (payment, exact cash pre-filled), Entrée (pay),
Entrée (close the receipt). Every refusal is written in the red message line; the cart is then
left exactly as it was.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import (
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from guichet.domain.cart import Cart, CartLine
from guichet.domain.errors import DomainError
from guichet.i18n.formatting import event_datetime, local, long_date, money, percent, time_of_day
from guichet.services.counter import Counter
from guichet.services.handlers import SaleRecorded
from guichet.services.views import CategoryPrice, OccurrenceView
from guichet.ui.messages import message_for
from guichet.ui.theme import COLORS

OCCURRENCE_ROLE = Qt.ItemDataRole.UserRole + 1
REMAINING_ROLE = Qt.ItemDataRole.UserRole + 2

#: F1..F7 add tickets of category 1..7 (F8..F12 are the page's other commands).
CATEGORY_KEYS: tuple[Qt.Key, ...] = (
    Qt.Key.Key_F1,
    Qt.Key.Key_F2,
    Qt.Key.Key_F3,
    Qt.Key.Key_F4,
    Qt.Key.Key_F5,
    Qt.Key.Key_F6,
    Qt.Key.Key_F7,
)
MAX_PENDING_DIGITS = 3
KEY_STYLE = "min-height: 46px; padding: 2px 6px;"  # keypad keys: 52 px, still finger-sized


def few_places(remaining: int, capacity: int) -> bool:
    """Places are "few" at 10 % of the capacity or 5 places, whichever is more."""
    return remaining <= max(5, capacity // 10)


def _font(base: QFont, point_size: int, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPointSize(point_size)
    font.setBold(bold)
    return font


def _set_role(label: QLabel, role: str) -> None:
    """Change a label's theme role and make the style sheet notice."""
    label.setProperty("role", role)
    label.style().unpolish(label)
    label.style().polish(label)


class _LineHeights:
    """Line heights per font (sizeHint is called for every row on every layout)."""

    _heights: dict[str, int] = {}

    @classmethod
    def height(cls, font: QFont) -> int:
        key = font.key()
        if key not in cls._heights:
            cls._heights[key] = QFontMetrics(font).height()
        return cls._heights[key]


class OccurrenceDelegate(QStyledItemDelegate):
    """Paints a show on three lines: time and name, venue, places left (coloured when few)."""

    def __init__(self, counter: Counter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counter = counter

    def _lines(self, occ: OccurrenceView, remaining: int) -> tuple[str, str, str]:
        tz, lang = self.counter.organisation.timezone, self.counter.lang
        first = self.tr("{time}  {event}").format(
            time=time_of_day(occ.starts_at, tz, lang), event=occ.event_name
        )
        if occ.remaining == 0:
            places = self.tr("Complet")
        else:
            places = self.tr("places restantes : {count}").format(count=remaining)
        return first, occ.venue_name, places

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        base = option.font
        height = (
            _LineHeights.height(_font(base, base.pointSize() + 1, True))
            + 2 * _LineHeights.height(base)
            + 22
        )
        return QSize(200, height)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        occ = index.data(OCCURRENCE_ROLE)
        if not isinstance(occ, OccurrenceView):
            super().paint(painter, option, index)
            return
        remaining = int(index.data(REMAINING_ROLE) or 0)
        rect: QRect = option.rect
        state = option.state
        selected = bool(state & QStyle.StateFlag.State_Selected)
        enabled = bool(state & QStyle.StateFlag.State_Enabled)
        base: QFont = option.font

        painter.save()
        painter.fillRect(rect, QColor(COLORS["selection"] if selected else "#ffffff"))
        if not enabled:
            painter.fillRect(rect, QColor("#eef0f3"))
        if selected:
            painter.fillRect(QRect(rect.left(), rect.top(), 7, rect.height()),
                             QColor(COLORS["primary"]))
        painter.setPen(QColor(COLORS["border"]))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())

        first, venue, places = self._lines(occ, remaining)
        text_color = QColor(COLORS["text"] if enabled else "#8c959f")
        muted = QColor(COLORS["muted"] if enabled else "#8c959f")
        if remaining == 0 or occ.remaining == 0:
            places_color = QColor(COLORS["danger"])
        elif few_places(remaining, occ.capacity):
            places_color = QColor(COLORS["warn"])
        else:
            places_color = QColor(COLORS["ok"])
        if not enabled:
            places_color = places_color.lighter(130)

        left, width = rect.left() + 16, rect.width() - 26
        y = rect.top() + 8
        for text, font, color in (
            (first, _font(base, base.pointSize() + 1, True), text_color),
            (venue, base, muted),
            (places, _font(base, base.pointSize(), True), places_color),
        ):
            painter.setFont(font)
            painter.setPen(color)
            height = _LineHeights.height(font)
            elided = painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, width)
            painter.drawText(QRect(left, y, width, height),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             elided)
            y += height + 2
        painter.restore()


class SalesPage(QWidget):
    """The counter's main page. Talks to :class:`Counter` only."""

    saleCompleted = Signal(object)  # SaleRecorded
    refundRequested = Signal()
    receiptsRequested = Signal()
    closeShiftRequested = Signal()
    logoutRequested = Signal()

    def __init__(self, counter: Counter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counter = counter
        self.cart = Cart()
        self.pending_quantity: str = ""
        self.category_buttons: list[QPushButton] = []
        self._occurrences: list[OccurrenceView] = []
        self._known: dict[str, OccurrenceView] = {}  # every show seen, for cart descriptions
        self._categories: list[CategoryPrice] = []
        self._selected: OccurrenceView | None = None
        self._payment_dialog: QDialog | None = None
        self._receipt_dialog: QDialog | None = None

        self.setObjectName("SalesPage")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._build()
        self._install_shortcuts()
        self._load_day(self.counter.today())
        self._update_cart_view()

    # --- layout -------------------------------------------------------------------------

    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(12, 10, 12, 10)
        root.setSpacing(8)
        columns = QHBoxLayout()
        columns.setSpacing(14)
        root.addLayout(columns, 1)
        # The message line (refusals in red, confirmations in green) sits in the cart column,
        # just above "Payer", where the cashier looks.
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setProperty("role", "error")
        self.message.setAccessibleName(self.tr("Message"))
        columns.addLayout(self._build_shows(), 26)
        columns.addLayout(self._build_categories(), 33)
        columns.addLayout(self._build_cart(), 41)

        bar = QHBoxLayout()
        bar.setSpacing(10)
        self.refund_button = self._button(self.tr("Remboursement (F8)"), self.refundRequested.emit)
        self.receipts_button = self._button(self.tr("Reçus (F9)"), self.receiptsRequested.emit)
        self.close_shift_button = self._button(
            self.tr("Fermer le quart (F10)"), self.closeShiftRequested.emit
        )
        self.logout_button = self._button(self.tr("Déconnexion (F11)"), self.logoutRequested.emit)
        for button in (self.refund_button, self.receipts_button, self.close_shift_button):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.logout_button)
        root.addLayout(bar)

    def _button(self, text: str, slot: object, role: str = "") -> QPushButton:
        button = QPushButton(text)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the page keeps the keyboard
        if role:
            button.setProperty("role", role)
        button.clicked.connect(slot)
        return button

    def _build_shows(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(6)
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        if self.counter.lang == "fr":
            self.date_edit.setLocale(QLocale(QLocale.Language.French, QLocale.Country.Canada))
        else:
            self.date_edit.setLocale(QLocale(QLocale.Language.English, QLocale.Country.Canada))
        self.date_edit.setDisplayFormat("dddd d MMMM yyyy")
        self.date_edit.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
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

        self.occurrence_list = QListWidget()
        self.occurrence_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.occurrence_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.occurrence_list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.occurrence_list.setItemDelegate(OccurrenceDelegate(self.counter, self))
        self.occurrence_list.setUniformItemSizes(True)
        self.occurrence_list.setMinimumWidth(370)
        self.occurrence_list.currentRowChanged.connect(self._on_row_changed)
        self.occurrence_list.setAccessibleName(self.tr("Séances (flèches haut et bas)"))
        column.addWidget(self.occurrence_list, 1)

        hint = QLabel(self.tr("↑ ↓ : changer de séance"))
        hint.setProperty("role", "muted")
        column.addWidget(hint)
        return column

    def _build_categories(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(8)
        self.show_title = QLabel()
        self.show_title.setProperty("role", "title")
        self.show_title.setWordWrap(True)
        column.addWidget(self.show_title)
        self.show_detail = QLabel()
        self.show_detail.setWordWrap(True)
        column.addWidget(self.show_detail)
        self.show_places = QLabel()
        self.show_places.setProperty("role", "ok")
        column.addWidget(self.show_places)

        self.category_box = QVBoxLayout()
        self.category_box.setSpacing(8)
        column.addLayout(self.category_box)
        column.addStretch(1)

        self.quantity_label = QLabel()
        self.quantity_label.setFont(_font(self.font(), 20, True))
        column.addWidget(self.quantity_label)

        keypad = QGridLayout()
        keypad.setSpacing(6)
        for i, digit in enumerate("1234567890"):
            key = self._button(digit, lambda _=False, d=digit: self.type_digit(d))
            key.setMinimumWidth(54)
            key.setStyleSheet(KEY_STYLE)
            key.setFont(_font(self.font(), 20, True))
            keypad.addWidget(key, i // 5, i % 5)
        clear = self._button(self.tr("C"), self.clear_pending_quantity)
        clear.setToolTip(self.tr("Effacer la quantité"))
        clear.setMinimumWidth(54)
        clear.setStyleSheet(KEY_STYLE)
        clear.setFont(_font(self.font(), 20, True))
        clear.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        keypad.addWidget(clear, 0, 5, 2, 1)
        column.addLayout(keypad)
        return column

    def _build_cart(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(6)
        title = QLabel(self.tr("Panier"))
        title.setProperty("role", "title")
        column.addWidget(title)

        self.cart_table = QTableWidget(0, 4)
        self.cart_table.setHorizontalHeaderLabels(
            [self.tr("Description"), self.tr("Qté"), self.tr("Prix unit."), self.tr("Total")]
        )
        self.cart_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.cart_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.cart_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.cart_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.cart_table.setWordWrap(True)
        self.cart_table.setAlternatingRowColors(True)
        self.cart_table.verticalHeader().setVisible(False)
        header = self.cart_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.cart_table.setAccessibleName(self.tr("Panier"))
        column.addWidget(self.cart_table, 1)

        totals = QFrame()
        totals.setFrameShape(QFrame.Shape.NoFrame)
        self.totals_grid = QGridLayout(totals)
        self.totals_grid.setContentsMargins(4, 2, 4, 2)
        self.totals_grid.setVerticalSpacing(2)
        self.subtotal_label = QLabel()
        self.subtotal_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.totals_grid.addWidget(QLabel(self.tr("Sous-total")), 0, 0)
        self.totals_grid.addWidget(self.subtotal_label, 0, 1)
        self.tax_labels: list[tuple[QLabel, QLabel]] = []
        for row, tax in enumerate(self.counter.tax_rates, start=1):
            name = QLabel(self.tr("{tax} {rate}").format(
                tax=tax.name, rate=percent(tax.rate, self.counter.lang)))
            value = QLabel()
            value.setAlignment(Qt.AlignmentFlag.AlignRight)
            self.totals_grid.addWidget(name, row, 0)
            self.totals_grid.addWidget(value, row, 1)
            self.tax_labels.append((name, value))
        total_name = QLabel(self.tr("TOTAL"))
        total_name.setProperty("role", "total")
        self.total_label = QLabel()
        self.total_label.setProperty("role", "total")
        self.total_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        last = len(self.tax_labels) + 1
        self.totals_grid.addWidget(total_name, last, 0)
        self.totals_grid.addWidget(self.total_label, last, 1)
        column.addWidget(totals)
        column.addWidget(self.message)

        self.pay_button = self._button(self.tr("Payer (F12 / Entrée)"), self.pay, "primary")
        self.pay_button.setMinimumHeight(68)
        self.pay_button.setFont(_font(self.font(), 20, True))
        column.addWidget(self.pay_button)
        line_buttons = QHBoxLayout()
        self.remove_button = self._button(self.tr("Retirer la ligne (Suppr)"), self.remove_line)
        self.clear_button = self._button(self.tr("Vider le panier (Échap)"), self.clear_cart)
        line_buttons.addWidget(self.remove_button)
        line_buttons.addWidget(self.clear_button)
        column.addLayout(line_buttons)
        return column

    def _install_shortcuts(self) -> None:
        def add(keys: QKeySequence | Qt.Key, slot: object, repeat: bool = False) -> None:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.setAutoRepeat(repeat)
            shortcut.activated.connect(slot)

        for i, key in enumerate(CATEGORY_KEYS):
            add(key, lambda i=i: self.add_category(i))
        add(Qt.Key.Key_Up, lambda: self.move_selection(-1), repeat=True)
        add(Qt.Key.Key_PageUp, lambda: self.move_selection(-1), repeat=True)
        add(Qt.Key.Key_Down, lambda: self.move_selection(1), repeat=True)
        add(Qt.Key.Key_PageDown, lambda: self.move_selection(1), repeat=True)
        add(Qt.Key.Key_F12, self.pay)
        add(Qt.Key.Key_Return, self.pay)
        add(Qt.Key.Key_Enter, self.pay)
        add(Qt.Key.Key_Delete, self.remove_line)
        add(Qt.Key.Key_Escape, self.clear_cart)
        add(Qt.Key.Key_F8, self.refundRequested.emit)
        add(Qt.Key.Key_F9, self.receiptsRequested.emit)
        add(Qt.Key.Key_F10, self.closeShiftRequested.emit)
        add(Qt.Key.Key_F11, self.logoutRequested.emit)

    # --- messages -----------------------------------------------------------------------

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

    # --- shows --------------------------------------------------------------------------

    @property
    def selected_occurrence(self) -> OccurrenceView | None:
        return self._selected

    @property
    def current_day(self) -> date:
        day: date = self.date_edit.date().toPython()  # type: ignore[assignment]
        return day

    def set_day(self, day: date) -> None:
        """Show the shows of ``day`` (selecting the next one to start)."""
        if day == self.current_day:
            self._load_day(day)
        else:
            self.date_edit.setDate(QDate(day.year, day.month, day.day))  # -> _on_date_changed

    def go_today(self) -> None:
        self.set_day(self.counter.today())
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _shift_day(self, days: int) -> None:
        self.set_day(self.current_day + timedelta(days=days))
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_date_changed(self, qdate: QDate) -> None:
        self._load_day(qdate.toPython())  # type: ignore[arg-type]

    def refresh(self) -> None:
        """Reload the day's shows (places sold elsewhere) keeping the selected one."""
        keep = self._selected.id if self._selected else None
        self._load_day(self.current_day, keep_id=keep)

    def _load_day(self, day: date, keep_id: str | None = None) -> None:
        if day != self.current_day:
            self.date_edit.blockSignals(True)
            self.date_edit.setDate(QDate(day.year, day.month, day.day))
            self.date_edit.blockSignals(False)
        self._occurrences = self.counter.occurrences(day)
        for occ in self._occurrences:
            self._known[occ.id] = occ
        self.date_edit.setToolTip(long_date(day, self.counter.lang))

        self.occurrence_list.blockSignals(True)
        self.occurrence_list.clear()
        for occ in self._occurrences:
            item = QListWidgetItem()
            item.setData(OCCURRENCE_ROLE, occ)
            if occ.remaining == 0:
                item.setFlags(item.flags() & ~(Qt.ItemFlag.ItemIsEnabled
                                               | Qt.ItemFlag.ItemIsSelectable))
            self.occurrence_list.addItem(item)
        self._update_remaining()

        target: OccurrenceView | None = None
        if keep_id is not None:
            target = next((o for o in self._occurrences if o.id == keep_id), None)
        if target is None or target.remaining == 0:
            target = self.counter.next_occurrence(self._occurrences)
        if target is not None and target.remaining == 0:
            target = next((o for o in self._occurrences if o.remaining > 0), None)
        row = self._occurrences.index(target) if target is not None else -1
        self.occurrence_list.setCurrentRow(row)
        self.occurrence_list.blockSignals(False)
        if self.occurrence_list.count() == 0:
            self.occurrence_list.addItem(self._placeholder(self.tr("Aucune séance ce jour-là.")))
        self._select(target)

    def _placeholder(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        return item

    def _on_row_changed(self, row: int) -> None:
        self._select(self._occurrences[row] if 0 <= row < len(self._occurrences) else None)

    def move_selection(self, step: int) -> None:
        """Select the previous (-1) or next (+1) show that still has places."""
        if not self._occurrences:
            return
        row = self.occurrence_list.currentRow()
        candidate = row
        while True:
            candidate += step
            if not 0 <= candidate < len(self._occurrences):
                return
            if self._occurrences[candidate].remaining > 0:
                break
        self.occurrence_list.setCurrentRow(candidate)  # -> _on_row_changed

    def select_occurrence(self, occurrence_id: str) -> None:
        for row, occ in enumerate(self._occurrences):
            if occ.id == occurrence_id:
                self.occurrence_list.setCurrentRow(row)
                return

    def _select(self, occ: OccurrenceView | None) -> None:
        self._selected = occ
        self._categories = self.counter.categories(occ.id) if occ else []
        tz, lang = self.counter.organisation.timezone, self.counter.lang
        if occ is None:
            self.show_title.setText(self.tr("Aucune séance choisie"))
            self.show_detail.setText(self.tr("Choisissez une date et une séance à gauche."))
        else:
            self.show_title.setText(occ.event_name)
            self.show_detail.setText(self.tr("{when} — {venue}").format(
                when=time_of_day(occ.starts_at, tz, lang), venue=occ.venue_name))
            self.show_detail.setToolTip(event_datetime(occ.starts_at, tz, lang))
            item = self.occurrence_list.item(self._occurrences.index(occ))
            if item is not None:
                self.occurrence_list.scrollToItem(item)
        self._rebuild_category_buttons()
        self._update_places_label()

    def _rebuild_category_buttons(self) -> None:
        for button in self.category_buttons:
            self.category_box.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.category_buttons = []
        lang = self.counter.lang
        for i, category in enumerate(self._categories):
            price = money(category.price, lang, self.counter.organisation.currency)
            if i < len(CATEGORY_KEYS):
                key = QKeySequence(CATEGORY_KEYS[i]).toString(
                    QKeySequence.SequenceFormat.NativeText)
                text = self.tr("{key}  {name}  {price}").format(
                    key=key, name=category.name, price=price)
            else:
                text = self.tr("{name}  {price}").format(name=category.name, price=price)
            button = self._button(text, lambda _=False, i=i: self.add_category(i))
            button.setFont(_font(self.font(), 19, True))
            button.setStyleSheet("text-align: left; padding: 4px 18px; min-height: 48px;")
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
            button.setMaximumHeight(84)
            button.setAccessibleName(self.tr("Ajouter {name}").format(name=category.name))
            self.category_box.addWidget(button)
            self.category_buttons.append(button)

    def _remaining_for(self, occ: OccurrenceView) -> int:
        return max(occ.remaining - self.cart.places_for(occ.id), 0)

    def _update_remaining(self) -> None:
        tz, lang = self.counter.organisation.timezone, self.counter.lang
        for row, occ in enumerate(self._occurrences):
            item = self.occurrence_list.item(row)
            if item is None:
                continue
            remaining = self._remaining_for(occ)
            item.setData(REMAINING_ROLE, remaining)
            if occ.remaining == 0:
                template = self.tr(
                    "{time} — {event} — {venue} — places restantes : {count} (complet)")
            else:
                template = self.tr("{time} — {event} — {venue} — places restantes : {count}")
            item.setText(template.format(time=time_of_day(occ.starts_at, tz, lang),
                                         event=occ.event_name, venue=occ.venue_name,
                                         count=remaining))
        self.occurrence_list.viewport().update()
        self._update_places_label()

    def _update_places_label(self) -> None:
        occ = self._selected
        if occ is None:
            self.show_places.clear()
            return
        remaining = self._remaining_for(occ)
        self.show_places.setText(self.tr("Places restantes : {count}").format(count=remaining))
        if remaining == 0:
            _set_role(self.show_places, "error")
        elif few_places(remaining, occ.capacity):
            _set_role(self.show_places, "warn")
        else:
            _set_role(self.show_places, "ok")

    # --- quantity -----------------------------------------------------------------------

    def type_digit(self, digit: str) -> None:
        if len(self.pending_quantity) < MAX_PENDING_DIGITS:
            self.pending_quantity += digit
        self._update_quantity_label()

    def clear_pending_quantity(self) -> None:
        self.pending_quantity = ""
        self._update_quantity_label()

    def _update_quantity_label(self) -> None:
        if self.pending_quantity:
            self.quantity_label.setText(self.tr("Quantité : {quantity}").format(
                quantity=int(self.pending_quantity)))
            self.quantity_label.setStyleSheet(f"color: {COLORS['primary']};")
        else:
            self.quantity_label.setText(self.tr("Quantité : {quantity}").format(quantity=1))
            self.quantity_label.setStyleSheet(f"color: {COLORS['muted']};")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if len(text) == 1 and text.isdigit() and not (
            event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                 | Qt.KeyboardModifier.AltModifier)
        ):
            self.type_digit(text)
            event.accept()
            return
        if event.key() == Qt.Key.Key_Backspace:
            self.pending_quantity = self.pending_quantity[:-1]
            self._update_quantity_label()
            event.accept()
            return
        super().keyPressEvent(event)

    # --- cart ---------------------------------------------------------------------------

    def add_category(self, index: int) -> None:
        """Add the pending quantity (default 1) of the index-th category of the selected show."""
        if index >= len(self._categories):
            return
        quantity = int(self.pending_quantity) if self.pending_quantity else 1
        self.clear_pending_quantity()
        occ = self._selected
        if occ is None:
            self.show_error(self.tr("Choisissez d'abord une séance."))
            return
        category = self._categories[index]
        try:
            self.counter.add_to_cart(self.cart, occ.id, category.category_id, quantity)
        except DomainError as error:
            self._refuse(error)
            return
        self.clear_message()
        self._update_cart_view()
        row = next((i for i, line in enumerate(self.cart.lines)
                    if line.occurrence_id == occ.id and line.category_id == category.category_id),
                   -1)
        if row >= 0:
            self.cart_table.selectRow(row)
            cell = self.cart_table.item(row, 0)
            if cell is not None:
                self.cart_table.scrollToItem(cell)

    def remove_line(self) -> None:
        """Remove the selected cart line (the last one when none is selected)."""
        if self.cart.is_empty():
            self._refuse(DomainError("cart_empty"))
            return
        rows = self.cart_table.selectionModel().selectedRows()
        index = rows[0].row() if rows else len(self.cart.lines) - 1
        try:
            self.cart.remove(index)
        except DomainError as error:
            self._refuse(error)
            return
        self.clear_message()
        self._update_cart_view()

    def clear_cart(self) -> None:
        """Empty the cart after a confirmation (nothing is asked when it is already empty)."""
        self.clear_pending_quantity()
        if self.cart.is_empty():
            self.clear_message()
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Vider le panier"))
        box.setText(self.tr("Retirer tous les billets du panier ?"))
        yes = box.addButton(self.tr("Vider le panier (Entrée)"),
                            QMessageBox.ButtonRole.AcceptRole)
        no = box.addButton(self.tr("Garder (Échap)"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(yes)
        box.setEscapeButton(no)

        def done(_result: int) -> None:
            if box.clickedButton() is yes:
                self.cart.clear()
                self.clear_message()
                self._update_cart_view()
            box.deleteLater()
            self._take_keyboard()

        box.finished.connect(done)
        box.open()

    def _line_description(self, line: CartLine) -> str:
        occ = self._known.get(line.occurrence_id)
        if occ is None:
            try:
                occ = self.counter.occurrence(line.occurrence_id)
                self._known[occ.id] = occ
            except DomainError:
                return self.tr("{category}\n{event}").format(
                    category=line.category_name, event=line.description)
        tz, lang = self.counter.organisation.timezone, self.counter.lang
        if local(occ.starts_at, tz).date() == self.counter.today():
            when = time_of_day(occ.starts_at, tz, lang)
        else:
            when = event_datetime(occ.starts_at, tz, lang)
        return self.tr("{category}\n{event}, {when}").format(
            category=line.category_name, event=line.description, when=when)

    def _update_cart_view(self) -> None:
        lang, currency = self.counter.lang, self.counter.organisation.currency
        priced = self.counter.price(self.cart)
        self.cart_table.setRowCount(len(self.cart.lines))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for row, line in enumerate(self.cart.lines):
            cells = (
                (self._line_description(line), Qt.AlignmentFlag.AlignLeft
                 | Qt.AlignmentFlag.AlignVCenter),
                (str(line.quantity), Qt.AlignmentFlag.AlignCenter),
                (money(line.unit_price, lang, currency), right),
                (money(line.amount, lang, currency), right),
            )
            for col, (text, align) in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment(align)
                if col == 1:
                    item.setFont(_font(self.font(), self.font().pointSize(), True))
                self.cart_table.setItem(row, col, item)
        self.cart_table.resizeRowsToContents()
        self.cart_table.clearSelection()

        self.subtotal_label.setText(money(priced.subtotal, lang, currency))
        for (_, value), tax in zip(self.tax_labels, priced.taxes, strict=False):
            value.setText(money(tax.amount, lang, currency))
        self.total_label.setText(money(priced.total, lang, currency))
        empty = self.cart.is_empty()
        self.pay_button.setEnabled(not empty)
        self.remove_button.setEnabled(not empty)
        self.clear_button.setEnabled(not empty)
        self._update_remaining()
        self._update_quantity_label()

    # --- payment ------------------------------------------------------------------------

    def pay(self) -> None:
        """Open the payment dialog (refused, in the message line, when the cart is empty)."""
        from guichet.ui.payment import PaymentDialog

        if self._payment_dialog is not None:
            return
        try:
            if self.counter.actor is None:
                raise DomainError("not_logged_in")
            if self.counter.current_shift() is None:
                raise DomainError("no_open_shift")
            dialog = PaymentDialog(self.counter, self.cart, self)
        except DomainError as error:
            self._refuse(error)
            return
        self.clear_message()
        self._payment_dialog = dialog
        dialog.finished.connect(lambda result: self._payment_finished(dialog, result))
        dialog.open()

    def _payment_finished(self, dialog: QDialog, result: int) -> None:
        self._payment_dialog = None
        sale = getattr(dialog, "result_sale", None)
        dialog.deleteLater()
        if result == QDialog.DialogCode.Accepted and isinstance(sale, SaleRecorded):
            self._sale_completed(sale)
        else:
            self._take_keyboard()

    def _sale_completed(self, sale: SaleRecorded) -> None:
        from guichet.ui.receipt_view import ReceiptDialog

        self.cart.clear()
        self.clear_pending_quantity()
        self.refresh()
        self._update_cart_view()
        self.show_info(self.tr("Vente n° {receipt} enregistrée").format(
            receipt=f"{sale.receipt_number:06d}"))
        self.saleCompleted.emit(sale)
        receipt = ReceiptDialog(self.counter, sale.receipt_id, self, change_due=sale.change)
        self._receipt_dialog = receipt
        receipt.finished.connect(lambda _result: self._receipt_closed(receipt))
        receipt.open()

    def _receipt_closed(self, dialog: QDialog) -> None:
        self._receipt_dialog = None
        dialog.deleteLater()
        self._take_keyboard()

    def _take_keyboard(self) -> None:
        """Back from a dialog: the page gets the keyboard again (ready for the next sale)."""
        if self.isVisible():
            self.window().activateWindow()
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- showing ------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if event.spontaneous():
            return
        if self.cart.is_empty():
            self.set_day(self.counter.today())  # selects the next show to start
        else:
            self.refresh()  # a sale in progress keeps its show
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def sizeHint(self) -> QSize:
        return QSize(1366, 768)
