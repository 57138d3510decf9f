"""The sales page: pick a show, tap (or F-key) ticket categories, take payment.

Keyboard-first: when the page is shown the next show is selected and the page holds the focus,
so a standard sale is "2", F1, F2, Entrée (payment, exact cash pre-filled), Entrée (pay),
and the receipt with the change stays up until the next sale's first key (a digit, F1-F4,
F6, F7) closes it and counts (Entrée closes it too). ↑ ↓ go on into the next (previous) day;
a show under way says « commencé depuis 2 h 05 » in the list and in the cart, whose lines give
the event, the day and the time in full (wrapped, never cut). Every refusal is written in the
red message line; the cart is then left exactly as it was.

Promotions (issue 3): F6 puts the keyboard in the promo code field (shown only while a code is
in force), the typed or scanned code and Entrée apply it and give the keyboard back to the page;
a refusal is said in words. An automatic promotion in force applies with no code. The cart
shows the regular price struck through next to the charged one. F7 looks the customer up (or
creates one) for promotions restricted to customers.

Cards (issue 4): « Cartes et laissez-passer » (Ctrl+G) sells a gift package or a pass, new or a
scanned shop card; each card is its own cart line (one code). A show offering places à la carte
at a price gets one more button, « À la carte » (Ctrl+A), which adds the typed quantity like the
F-keys do; when only pass holders may book, the button says so and stays disabled. Supervisors
set a show's à-la-carte places with « À la carte… » under the list of shows. ``*`` gives the
selected cart line the typed quantity.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from html import escape

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
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
    QPalette,
    QShortcut,
    QShowEvent,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
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

from guichet.domain.cards import check_registration
from guichet.domain.cart import Cart, CartLine
from guichet.domain.errors import DomainError
from guichet.domain.seating import SeatMap
from guichet.i18n.formatting import (
    day_format,
    duration,
    event_datetime,
    local,
    long_date,
    money,
    percent,
    time_of_day,
)
from guichet.services.cards import AlacarteView
from guichet.services.counter import Counter
from guichet.services.handlers import SaleRecorded
from guichet.services.views import AppliedPromotion, CategoryPrice, CustomerView, OccurrenceView
from guichet.ui.fit import elide
from guichet.ui.limits import limit
from guichet.ui.messages import message_for
from guichet.ui.printing import PrintController
from guichet.ui.theme import COLORS, day_edit
from guichet.ui.theme import set_role as _set_role
from guichet.ui.theme import sized_font as _font

OCCURRENCE_ROLE = Qt.ItemDataRole.UserRole + 1
REMAINING_ROLE = Qt.ItemDataRole.UserRole + 2
RICH_ROLE = Qt.ItemDataRole.UserRole + 3  # HTML of a price cell (regular price struck through)
ALACARTE_ROLE = Qt.ItemDataRole.UserRole + 4  # à-la-carte places left (None: none offered)

# F1..F5 add tickets of category 1..5; F6 is the promo code, F7 the customer, F8..F12 the
# page's other commands.
# Actions a cashier reaches by their key more than by touch: lower than the selling keys, so
# that the cart keeps its height at 1366x768 (still a finger high).
SECONDARY_BUTTON_STYLE = "min-height: 40px; padding: 2px 12px;"
CATEGORY_KEYS: tuple[Qt.Key, ...] = (
    Qt.Key.Key_F1,
    Qt.Key.Key_F2,
    Qt.Key.Key_F3,
    Qt.Key.Key_F4,
    Qt.Key.Key_F5,
)
CODE_KEY = Qt.Key.Key_F6
CUSTOMER_KEY = Qt.Key.Key_F7
CARDS_KEY = "Ctrl+G"  # « Cartes et laissez-passer »
ALACARTE_KEY = "Ctrl+A"  # places à la carte of the selected show (Ctrl+L: the scan window)
LINE_QUANTITY_KEY = Qt.Key.Key_Asterisk  # the typed quantity for the selected cart line
STRUCK_COLOR = COLORS["muted"]
MAX_PENDING_DIGITS = 3
KEY_STYLE = "min-height: 46px; padding: 2px 6px;"  # keypad keys: 52 px, still finger-sized


def _sellable(occ: OccurrenceView) -> bool:
    """Session places left, or à-la-carte places sold at a price (a show whose session
    places were all converted still sells à la carte)."""
    return occ.remaining > 0 or (
        occ.alacarte_remaining > 0
        and occ.alacarte_price is not None
        and not occ.alacarte_pass_only
    )


def few_places(remaining: int, capacity: int) -> bool:
    """Places are "few" at 10 % of the capacity or 5 places, whichever is more."""
    return remaining <= max(5, capacity // 10)


# ↑ ↓ past the last (first) show of the day go on to the next (previous) day with a show to
# sell, looking this many days ahead at most.
MAX_DAYS_AHEAD = 31


def duration_words(minutes: int, lang: str = "fr") -> str:
    """``"2 h 05"``, ``"1 h"``, ``"35 min"`` / ``"2 h 5 min"`` (guichet.i18n.formatting)."""
    return duration(minutes, lang)


def started_words(occ: OccurrenceView, now: datetime, lang: str) -> str:
    """« commencé depuis 2 h 05 » for a show under way, « terminé depuis 30 min » for one that
    is over, "" for one still to come."""
    if occ.starts_at > now:
        return ""
    if occ.ends_at <= now:
        minutes = int((now - occ.ends_at).total_seconds() // 60)
        text = QCoreApplication.translate("SalesPage", "terminé depuis {duration}")
    else:
        minutes = int((now - occ.starts_at).total_seconds() // 60)
        text = QCoreApplication.translate("SalesPage", "commencé depuis {duration}")
    return text.format(duration=duration_words(minutes, lang))


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
            places = self.tr("places restantes\u00a0: {count}").format(count=remaining)
        venue = occ.venue_name
        if occ.seated:
            venue = self.tr("{venue} · plan de salle").format(venue=venue)
        return first, venue, places

    # Lines wrap rather than being cut: a long name or "Commencé depuis 1 h 30 · …" takes
    # one more line, and the row grows (the list lays its rows out again when it resizes).
    _WRAP = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    _PADDING = 16 + 10  # left (past the selection bar) and right

    def _texts(
        self, index: QModelIndex | QPersistentModelIndex, base: QFont, enabled: bool
    ) -> list[tuple[str, QFont, QColor]]:
        occ = index.data(OCCURRENCE_ROLE)
        assert isinstance(occ, OccurrenceView)
        remaining = int(index.data(REMAINING_ROLE) or 0)
        alacarte = index.data(ALACARTE_ROLE)
        first, venue, places = self._lines(occ, remaining)
        if alacarte is not None:  # the sales window's shows with places à la carte
            if occ.remaining == 0:
                places = self.tr("Complet · {alacarte} à la carte").format(alacarte=int(alacarte))
            else:
                places = self.tr("{count} places · {alacarte} à la carte").format(
                    count=remaining, alacarte=int(alacarte)
                )
        text_color = QColor(COLORS["text"] if enabled else "#8c959f")
        muted = QColor(COLORS["muted"] if enabled else "#8c959f")
        if remaining == 0 or occ.remaining == 0:
            places_color = QColor(COLORS["danger"])
        elif few_places(remaining, occ.capacity):
            places_color = QColor(COLORS["warn"])
        else:
            places_color = QColor(COLORS["ok"])
        started = started_words(occ, self.counter.clock(), self.counter.lang)
        if started:  # said first, in amber: a show under way (or over) is sold knowingly
            places = self.tr("{started} · {places}").format(
                started=started[:1].upper() + started[1:], places=places
            )
            if places_color == QColor(COLORS["ok"]):
                places_color = QColor(COLORS["warn"])
        if not enabled:
            places_color = places_color.lighter(130)
        return [
            (first, _font(base, base.pointSize() + 1, True), text_color),
            (venue, base, muted),
            (places, _font(base, base.pointSize(), True), places_color),
        ]

    def _text_width(self, option: QStyleOptionViewItem) -> int:
        view = self.parent()
        width = option.rect.width()
        if isinstance(view, QAbstractItemView):
            width = view.viewport().width()
        return max(width - self._PADDING, 40)

    @staticmethod
    def _height(text: str, font: QFont, width: int) -> int:
        metrics = QFontMetrics(font)
        wrapped = metrics.boundingRect(QRect(0, 0, width, 10_000), OccurrenceDelegate._WRAP, text)
        return max(wrapped.height(), _LineHeights.height(font))

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        if not isinstance(index.data(OCCURRENCE_ROLE), OccurrenceView):
            return super().sizeHint(option, index)
        width = self._text_width(option)
        texts = self._texts(index, option.font, True)
        height = sum(self._height(text, font, width) + 2 for text, font, _ in texts)
        return QSize(200, height + 16)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if not isinstance(index.data(OCCURRENCE_ROLE), OccurrenceView):
            super().paint(painter, option, index)
            return
        rect: QRect = option.rect
        state = option.state
        selected = bool(state & QStyle.StateFlag.State_Selected)
        enabled = bool(state & QStyle.StateFlag.State_Enabled)

        painter.save()
        painter.fillRect(rect, QColor(COLORS["selection"] if selected else "#ffffff"))
        if not enabled:
            painter.fillRect(rect, QColor("#eef0f3"))
        if selected:
            painter.fillRect(
                QRect(rect.left(), rect.top(), 7, rect.height()), QColor(COLORS["primary"])
            )
        painter.setPen(QColor(COLORS["border"]))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())

        left, width = rect.left() + 16, rect.width() - self._PADDING
        y = rect.top() + 8
        for text, font, color in self._texts(index, option.font, enabled):
            painter.setFont(font)
            painter.setPen(color)
            height = self._height(text, font, width)
            painter.drawText(QRect(left, y, width, height), self._WRAP, text)
            y += height + 2
        painter.restore()


def struck_price_html(
    regular: str, charged: str, regular_style: str = "", separator: str = "&nbsp; "
) -> str:
    """``<s>42,00 $</s> 33,60 $``: the regular price struck through (grey), then the new one
    (``separator="<br>"`` puts it underneath, as the cart does to keep its columns narrow)."""
    return (
        f"<span style='color:{STRUCK_COLOR}{regular_style}'><s>{escape(regular)}</s></span>"
        f"{separator}<b>{escape(charged)}</b>"
    )


class RichPriceDelegate(QStyledItemDelegate):
    """Paints a cart price cell from its HTML (``RICH_ROLE``) when it has one, so the regular
    price can be struck through next to the charged one; plain cells are painted as usual."""

    def _document(
        self, option: QStyleOptionViewItem, html: str, color: str | None = None
    ) -> QTextDocument:
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultFont(option.font)
        text_option = QTextOption(option.displayAlignment)
        text_option.setWrapMode(QTextOption.WrapMode.NoWrap)
        doc.setDefaultTextOption(text_option)
        if color is not None:
            doc.setDefaultStyleSheet(f"body {{ color: {color}; }}")
        doc.setHtml(f"<body>{html}</body>")
        return doc

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        html = index.data(RICH_ROLE)
        if not html:
            return super().sizeHint(option, index)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        doc = self._document(opt, str(html))
        return QSize(int(doc.idealWidth()) + 16, int(doc.size().height()) + 8)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        html = index.data(RICH_ROLE)
        if not html:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        html = str(html)
        if selected:  # white on the selection colour, the struck price included
            html = html.replace(f"color:{STRUCK_COLOR}", "color:#ffffff")
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        color = opt.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        doc = self._document(opt, html, color.name())
        rect: QRect = opt.rect.adjusted(6, 0, -6, 0)
        doc.setTextWidth(rect.width())
        height = doc.size().height()
        painter.save()
        painter.translate(rect.left(), rect.top() + max(0.0, (rect.height() - height) / 2))
        doc.drawContents(painter)
        painter.restore()


class CodeField(QLineEdit):
    """The promo code field. It sits inside the page, whose shortcuts would otherwise take
    Entrée (pay) and Échap (clear the cart) from it: here Entrée applies the code and Échap
    gives the keyboard back to the page."""

    cancelled = Signal()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape):
                event.accept()
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
            event.accept()
            return
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()  # handled (returnPressed): not for the window


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
        # Set by the main window: the receipt after a sale says what became of its printing.
        self.print_controller: PrintController | None = None
        self.cart = Cart()
        self.pending_quantity: str = ""
        self.category_buttons: list[QPushButton] = []
        self.clear_question: QMessageBox | None = None  # « Vider le panier ? » while open
        self._occurrences: list[OccurrenceView] = []
        self._known: dict[str, OccurrenceView] = {}  # every show seen, for cart descriptions
        self._categories: list[CategoryPrice] = []
        self._selected: OccurrenceView | None = None
        self._payment_dialog: QDialog | None = None
        self._receipt_dialog: QDialog | None = None
        self._customer_dialog: QDialog | None = None
        self._seat_dialog: QDialog | None = None
        self._card_dialog: QDialog | None = None
        self._alacarte_dialog: QDialog | None = None
        self._alacarte: AlacarteView | None = None  # the selected show's offer, if any
        self._alacarte_refusal: str | None = None  # why it cannot be sold now (words)
        self.alacarte_button: QPushButton | None = None
        self._seat_maps: dict[str, SeatMap] = {}  # per show, for the seats of cart lines
        self._applied: AppliedPromotion | None = None  # as last priced
        self._customer: CustomerView | None = None  # of the cart
        self._code_offered = False
        self._next_sale_key: tuple[int, str] | None = None  # what closed the receipt

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
        # Gift packages and passes (new, or a shop card scanned to activate it).
        self.cards_button = self._button(
            self.tr("Cartes et laissez-passer ({key})").format(key=self._key_text(CARDS_KEY)),
            self.open_card_sale,
        )
        self.cards_button.setObjectName("cardsButton")
        self.cards_button.setToolTip(
            self.tr("Forfaits cadeaux et laissez-passer, ou une carte de la boutique à activer")
        )
        for button in (self.refund_button, self.receipts_button, self.close_shift_button):
            bar.addWidget(button)
        for button in (
            self.refund_button,
            self.receipts_button,
            self.close_shift_button,
            self.cards_button,
            self.logout_button,
        ):
            button.setStyleSheet(SECONDARY_BUTTON_STYLE)
        bar.addWidget(self.cards_button)
        bar.addStretch(1)
        bar.addWidget(self.logout_button)
        root.addLayout(bar)

    @staticmethod
    def _key_text(keys: str) -> str:
        """A shortcut as this platform writes it ("Ctrl+G")."""
        return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)

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
        self.date_edit = day_edit(self.counter.lang, "dddd d MMMM yyyy")
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
        # Rows wrap to the list's width: lay them out again when it changes.
        self.occurrence_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.occurrence_list.setMinimumWidth(370)
        self.occurrence_list.currentRowChanged.connect(self._on_row_changed)
        self.occurrence_list.setAccessibleName(self.tr("Séances (flèches haut et bas)"))
        column.addWidget(self.occurrence_list, 1)

        hint = QLabel(self.tr("↑ ↓\u00a0: changer de séance"))
        hint.setProperty("role", "muted")
        column.addWidget(hint)
        # Supervisors and owners: the selected show's places à la carte (shown to them only).
        self.alacarte_settings_button = self._button(
            self.tr("À la carte… (places de la séance)"), self.open_alacarte_settings
        )
        self.alacarte_settings_button.setObjectName("alacarteSettingsButton")
        self.alacarte_settings_button.setStyleSheet("min-height: 40px; padding: 0px 10px;")
        self.alacarte_settings_button.setToolTip(
            self.tr("Places à la carte, prix, inscriptions et annulation de la séance choisie")
        )
        column.addWidget(self.alacarte_settings_button)
        return column

    def _build_categories(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(6)
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
        self.category_box.setSpacing(6)
        column.addLayout(self.category_box)
        # Places à la carte: one more "category" (see _update_alacarte); its hint says why not.
        self.alacarte_box = QVBoxLayout()
        self.alacarte_box.setSpacing(2)
        column.addLayout(self.alacarte_box)
        self.alacarte_hint = QLabel()
        self.alacarte_hint.setObjectName("alacarteHint")
        self.alacarte_hint.setWordWrap(True)
        self.alacarte_hint.setProperty("role", "muted")
        self.alacarte_hint.setFont(_font(self.font(), 13))
        self.alacarte_hint.hide()
        column.addWidget(self.alacarte_hint)
        column.addStretch(1)

        # The promo code: F6 gives it the keyboard; typed or scanned, Entrée applies it.
        self.code_row = QWidget()
        code_layout = QHBoxLayout(self.code_row)
        code_layout.setContentsMargins(0, 0, 0, 0)
        code_layout.setSpacing(6)
        self.code_edit = CodeField()
        self.code_edit.setObjectName("promoCode")
        self.code_edit.setPlaceholderText(self.tr("Code promo (F6)"))
        self.code_edit.setAccessibleName(self.tr("Code promo (F6)"))
        self.code_edit.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # never by Tab: F6 or a tap
        limit(self.code_edit, "SellOrder.promo_code")
        self.code_edit.setInputMethodHints(
            Qt.InputMethodHint.ImhPreferUppercase | Qt.InputMethodHint.ImhNoPredictiveText
        )
        self.code_edit.setFont(_font(self.font(), 17, True))
        self.code_edit.returnPressed.connect(self.apply_code)
        self.code_edit.cancelled.connect(self._cancel_code_entry)
        self.code_edit.textEdited.connect(self._code_edited)
        self.apply_code_button = self._button(self.tr("Appliquer"), self.apply_code)
        self.apply_code_button.setStyleSheet("min-height: 44px; padding: 2px 14px;")
        code_layout.addWidget(self.code_edit, 1)
        code_layout.addWidget(self.apply_code_button)
        column.addWidget(self.code_row)

        quantity_row = QHBoxLayout()
        quantity_row.setSpacing(6)
        self.quantity_label = QLabel()
        self.quantity_label.setFont(_font(self.font(), 20, True))
        quantity_row.addWidget(self.quantity_label, 1)
        # The typed quantity for the selected cart line (the last one when none is selected).
        self.line_quantity_button = self._button(
            self.tr("→ la ligne (*)"), self.change_line_quantity
        )
        self.line_quantity_button.setObjectName("lineQuantityButton")
        self.line_quantity_button.setStyleSheet("min-height: 40px; padding: 0px 10px;")
        self.line_quantity_button.setToolTip(
            self.tr(
                "Tapez la quantité, puis *\u00a0: la ligne choisie du panier "
                "(ou la dernière) la prend"
            )
        )
        quantity_row.addWidget(self.line_quantity_button)
        column.addLayout(quantity_row)

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
        title_row = QHBoxLayout()
        title_row.setSpacing(8)
        title_row.addWidget(title)
        title_row.addStretch(1)
        self.customer_button = self._button("", self.choose_customer)
        self.customer_button.setObjectName("customerButton")
        self.customer_button.setStyleSheet("min-height: 40px; padding: 0px 10px;")
        self.customer_button.setToolTip(
            self.tr("Chercher le client par nom, téléphone, courriel ou code, ou le créer")
        )
        title_row.addWidget(self.customer_button)
        column.addLayout(title_row)

        self.cart_table = QTableWidget(0, 4)
        self.cart_table.setHorizontalHeaderLabels(
            [self.tr("Description"), self.tr("Qté"), self.tr("Prix unit."), self.tr("Total")]
        )
        self.cart_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.cart_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.cart_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.cart_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # What is sold is never cut: a long line (event, day and time) wraps, its row grows.
        self.cart_table.setWordWrap(True)
        self.cart_table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.cart_table.setAlternatingRowColors(True)
        self.cart_table.verticalHeader().setVisible(False)
        self.cart_table.verticalHeader().setMinimumSectionSize(40)
        self.cart_table.verticalHeader().setDefaultSectionSize(40)
        self.cart_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        # Two lines at least; the table takes whatever height the column has left.
        self.cart_table.setMinimumHeight(40 * 2 + 36)
        price_delegate = RichPriceDelegate(self.cart_table)
        self.cart_table.setItemDelegateForColumn(2, price_delegate)
        self.cart_table.setItemDelegateForColumn(3, price_delegate)
        header = self.cart_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.cart_table.setAccessibleName(self.tr("Panier"))
        column.addWidget(self.cart_table, 1)

        # The promotion applied to the cart (by code or automatic), with what it saves.
        self.promotion_row = QFrame()
        self.promotion_row.setObjectName("promotionRow")
        self.promotion_row.setStyleSheet(
            "QFrame#promotionRow { background: #e6f4ea; border: 1px solid #1a7f37;"
            " border-radius: 6px; }"
        )
        promo_layout = QHBoxLayout(self.promotion_row)
        promo_layout.setContentsMargins(8, 2, 4, 2)
        promo_layout.setSpacing(8)
        # The promotion's name wraps onto a second line rather than being cut.
        self.promotion_label = QLabel()
        self.promotion_label.setObjectName("promotionLabel")
        self.promotion_label.setProperty("role", "ok")
        self.promotion_label.setWordWrap(True)
        self.promotion_label.setStyleSheet("background: transparent; border: none;")
        self.remove_code_button = self._button(self.tr("Retirer le code"), self.remove_code)
        self.remove_code_button.setStyleSheet("min-height: 36px; padding: 0px 10px;")
        promo_layout.addWidget(self.promotion_label, 1)
        promo_layout.addWidget(self.remove_code_button)
        self.promotion_row.hide()
        column.addWidget(self.promotion_row)

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
            name = QLabel(
                self.tr("{tax} {rate}").format(
                    tax=tax.name, rate=percent(tax.rate, self.counter.lang)
                )
            )
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
        for button in (self.remove_button, self.clear_button):
            button.setStyleSheet(SECONDARY_BUTTON_STYLE)
            line_buttons.addWidget(button)
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
        add(CODE_KEY, self.open_code_entry)
        add(CUSTOMER_KEY, self.choose_customer)
        add(QKeySequence(CARDS_KEY), self.open_card_sale)
        add(QKeySequence(ALACARTE_KEY), self.add_alacarte)
        add(LINE_QUANTITY_KEY, self.change_line_quantity)
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
            if not _sellable(occ):
                item.setFlags(
                    item.flags() & ~(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                )
            self.occurrence_list.addItem(item)
        self._update_remaining()

        target: OccurrenceView | None = None
        if keep_id is not None:
            target = next((o for o in self._occurrences if o.id == keep_id), None)
        if target is None or not _sellable(target):
            target = self.counter.next_occurrence(self._occurrences)
        if target is not None and not _sellable(target):
            target = next((o for o in self._occurrences if _sellable(o)), None)
        row = self._occurrences.index(target) if target is not None else -1
        self.occurrence_list.setCurrentRow(row)
        self.occurrence_list.blockSignals(False)
        if self.occurrence_list.count() == 0:
            self.occurrence_list.addItem(self._placeholder(self.tr("Aucune séance ce jour-là.")))
        self._select(target)
        self._update_code_entry()
        self._update_supervisor_tools()

    def _placeholder(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        return item

    def _on_row_changed(self, row: int) -> None:
        self._select(self._occurrences[row] if 0 <= row < len(self._occurrences) else None)

    def move_selection(self, step: int) -> None:
        """Select the previous (-1) or next (+1) show that still has places; past the day's
        last (first) one, the first (last) of the next (previous) day that has one."""
        row = self.occurrence_list.currentRow() if self._occurrences else -1
        if row < 0 and self._occurrences:
            row = -1 if step > 0 else len(self._occurrences)
        candidate = row
        while True:
            candidate += step
            if not 0 <= candidate < len(self._occurrences):
                self._continue_to_day(step)
                return
            if _sellable(self._occurrences[candidate]):
                break
        self.occurrence_list.setCurrentRow(candidate)  # -> _on_row_changed

    def _continue_to_day(self, step: int) -> None:
        """↓ after the day's last show: the next day with a show to sell, its first one;
        ↑ before the first: the previous day's last one (never before today)."""
        today = self.counter.today()
        day = self.current_day
        for _ in range(MAX_DAYS_AHEAD):
            day += timedelta(days=step)
            if day < today:
                return
            sellable = [o for o in self.counter.occurrences(day) if _sellable(o)]
            if sellable:
                target = sellable[0] if step > 0 else sellable[-1]
                self._load_day(day, keep_id=target.id)
                self.show_info(
                    self.tr("Séances du {day}").format(day=long_date(day, self.counter.lang))
                )
                return

    def select_occurrence(self, occurrence_id: str) -> None:
        for row, occ in enumerate(self._occurrences):
            if occ.id == occurrence_id:
                self.occurrence_list.setCurrentRow(row)
                return

    def _select(self, occ: OccurrenceView | None) -> None:
        self._selected = occ
        self._categories = self.counter.categories(occ.id, cart=self.cart) if occ else []
        self._load_alacarte(occ)
        tz, lang = self.counter.organisation.timezone, self.counter.lang
        if occ is None:
            self.show_title.setText(self.tr("Aucune séance choisie"))
            self.show_detail.setText(self.tr("Choisissez une date et une séance à gauche."))
        else:
            self.show_title.setText(occ.event_name)
            if occ.seated:
                detail = self.tr("{when} — {venue} — plan de salle\u00a0: F1… choisit les sièges")
            else:
                detail = self.tr("{when} — {venue}")
            detail = detail.format(
                when=time_of_day(occ.starts_at, tz, lang), venue=occ.venue_name
            )
            started = started_words(occ, self.counter.clock(), lang)
            if started:
                detail = self.tr("{detail} — {started}").format(detail=detail, started=started)
            self.show_detail.setText(detail)
            self.show_detail.setToolTip(event_datetime(occ.starts_at, tz, lang))
            item = self.occurrence_list.item(self._occurrences.index(occ))
            if item is not None:
                self.occurrence_list.scrollToItem(item)
        self._rebuild_category_buttons()
        self._update_places_label()

    def _key_style(self) -> str:
        """The category keys' style: lower keys when five or more share the column (with the
        « À la carte » key), so that everything fits 1366x768 with the code field shown."""
        keys = len(self._categories) + (1 if self._alacarte is not None else 0)
        height, padding = (34, 2) if keys > len(CATEGORY_KEYS) - 1 else (48, 4)
        return f"text-align: left; padding: {padding}px 18px; min-height: {height}px;"

    def _rebuild_category_buttons(self) -> None:
        for button in self.category_buttons:
            self.category_box.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.category_buttons = []
        lang, currency = self.counter.lang, self.counter.organisation.currency
        for i, category in enumerate(self._categories):
            price = money(category.price, lang, currency)
            words = [category.name, price]
            if i < len(CATEGORY_KEYS):
                key = QKeySequence(CATEGORY_KEYS[i]).toString(
                    QKeySequence.SequenceFormat.NativeText
                )
                words.insert(0, key)
                text = self.tr("{key}  {name}  {price}").format(
                    key=key, name=category.name, price=price
                )
            else:
                text = self.tr("{name}  {price}").format(name=category.name, price=price)
            html = ""  # a price list switch: the regular price struck through, in a label
            regular = category.regular_price
            if regular is not None and regular != category.price:
                struck = struck_price_html(
                    money(regular, lang, currency), price, "; font-weight:normal; font-size:15pt"
                )
                html = "&nbsp;&nbsp;".join([escape(w) for w in words[:-1]] + [struck])
            button = self._button(text, lambda _=False, i=i: self.add_category(i))
            button.setFont(_font(self.font(), 19, True))
            button.setStyleSheet(self._key_style())
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
            button.setMaximumHeight(84)
            button.setAccessibleName(self.tr("Ajouter {name}").format(name=category.name))
            if html:
                # A push button has no rich text: a label inside it draws the struck price.
                button.setText("")
                button.setToolTip(text)
                label = QLabel(html, button)
                label.setObjectName("categoryPrice")
                label.setTextFormat(Qt.TextFormat.RichText)
                label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
                label.setFont(button.font())
                label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
                label.setStyleSheet("background: transparent; border: none;")
                inner = QHBoxLayout(button)
                inner.setContentsMargins(0, 0, 0, 0)
                inner.addWidget(label)
            self.category_box.addWidget(button)
            self.category_buttons.append(button)
        self._update_alacarte()

    # --- places à la carte --------------------------------------------------------------

    def _load_alacarte(self, occ: OccurrenceView | None) -> None:
        """The show's à-la-carte offer (read only for shows that have places à la carte)."""
        self._alacarte = None
        self._alacarte_refusal = None
        if occ is None or occ.alacarte_places <= 0:
            return
        try:
            offer = self.counter.cards.alacarte(occ.id)
        except DomainError:
            return
        self._alacarte = offer
        if offer.settings.pass_only or offer.settings.price is None:
            return
        try:
            check_registration(offer.settings, offer.starts_at, offer.ends_at, self.counter.clock())
        except DomainError as error:
            self._alacarte_refusal = message_for(error, self.counter.lang)

    def _alacarte_left(self, occ: OccurrenceView) -> int:
        """À-la-carte places left for the show, less those in the cart."""
        return max(occ.alacarte_remaining - self.cart.places_for(occ.id, "alacarte"), 0)

    def _update_alacarte(self) -> None:
        """The « À la carte » button: with the price (Ctrl+A) when it may be sold here,
        disabled with a hint when only pass holders may book or registration is closed."""
        offer, occ = self._alacarte, self._selected
        if offer is None or occ is None:
            if self.alacarte_button is not None:
                self.alacarte_box.removeWidget(self.alacarte_button)
                self.alacarte_button.hide()
                self.alacarte_button.deleteLater()
                self.alacarte_button = None
            self.alacarte_hint.hide()
            return
        if self.alacarte_button is None:
            button = self._button("", self.add_alacarte)
            button.setObjectName("alacarteButton")
            button.setFont(_font(self.font(), 19, True))
            # Never wider than the category keys: the column keeps its share of the page.
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
            button.setMaximumHeight(84)
            self.alacarte_box.addWidget(button)
            self.alacarte_button = button
        button = self.alacarte_button
        button.setStyleSheet(self._key_style())
        hint = ""  # said under the button: why it cannot be used now
        tip = ""
        if offer.settings.pass_only or offer.settings.price is None:
            # Two lines in the key itself (no room for a hint below it at 1366x768).
            button.setText(
                self.tr("À la carte\u00a0: détenteurs de laissez-passer\n{hint}").format(
                    hint=self.tr("Scannez leur carte\u00a0: Laissez-passer (Ctrl+L)")
                )
            )
            button.setFont(_font(self.font(), 13))
            button.setMinimumHeight(2 * QFontMetrics(button.font()).height() + 8)
            button.setEnabled(False)
            tip = self.tr(
                "Seuls les détenteurs d'un laissez-passer réservent cette séance\u00a0: "
                "scannez leur carte dans la fenêtre Laissez-passer (Ctrl+L)."
            )
        else:
            lang, currency = self.counter.lang, self.counter.organisation.currency
            price = money(offer.settings.price, lang, currency)
            left = self._alacarte_left(occ)
            button.setFont(_font(self.font(), 19, True))
            button.setMinimumHeight(0)
            button.setText(
                self.tr("{key}  À la carte — {price}").format(
                    key=self._key_text(ALACARTE_KEY), price=price
                )
            )
            if self._alacarte_refusal is not None:
                hint = self._alacarte_refusal
            elif left == 0:
                hint = self.tr("Plus de places à la carte pour cette séance.")
            else:  # the list of shows says it too ("57 places · 18 à la carte")
                tip = self.tr("Places à la carte restantes\u00a0: {count}").format(count=left)
            button.setEnabled(self._alacarte_refusal is None and left > 0)
        button.setAccessibleName(button.text().replace("\n", " "))
        button.setToolTip(hint or tip)
        self.alacarte_hint.setText(hint)
        self.alacarte_hint.setVisible(bool(hint))

    def add_alacarte(self) -> None:
        """Ctrl+A: the typed quantity (default 1) of places à la carte for the selected show."""
        quantity = int(self.pending_quantity) if self.pending_quantity else 1
        self.clear_pending_quantity()
        occ = self._selected
        if occ is None:
            self.show_error(self.tr("Choisissez d'abord une séance."))
            return
        before = list(self.cart.lines)
        try:
            self.counter.add_alacarte_to_cart(self.cart, occ.id, quantity)
        except DomainError as error:
            self.cart.lines = before
            self._refuse(error)
            return
        self.clear_message()
        self._update_cart_view()
        row = next(
            (
                i
                for i, line in enumerate(self.cart.lines)
                if line.occurrence_id == occ.id and line.kind == "alacarte"
            ),
            -1,
        )
        self._select_cart_row(row)

    def _select_cart_row(self, row: int) -> None:
        if row >= 0:
            self.cart_table.selectRow(row)
            cell = self.cart_table.item(row, 0)
            if cell is not None:
                self.cart_table.scrollToItem(cell)

    def _update_supervisor_tools(self) -> None:
        actor = self.counter.actor
        self.alacarte_settings_button.setVisible(actor is not None and actor.role.can_supervise)

    def open_alacarte_settings(self) -> None:
        """Supervisors: the selected show's places à la carte, price, registration window,
        cancellation limit, and converting unsold session places."""
        from guichet.ui.alacarte import AlacarteDialog

        occ = self._selected
        if self._alacarte_dialog is not None or self._payment_dialog is not None:
            return
        if occ is None:
            self.show_error(self.tr("Choisissez d'abord une séance."))
            return
        actor = self.counter.actor
        if actor is None or not actor.role.can_supervise:
            self._refuse(DomainError("supervisor_required"))
            return
        try:
            dialog = AlacarteDialog(self.counter, occ.id, self)
        except DomainError as error:
            self._refuse(error)
            return
        self.clear_message()
        self._alacarte_dialog = dialog
        dialog.finished.connect(lambda result: self._alacarte_settings_closed(dialog, result))
        dialog.open()

    def _alacarte_settings_closed(self, dialog: QDialog, result: int) -> None:
        self._alacarte_dialog = None
        dialog.deleteLater()
        self.refresh()  # places converted, price changed: the buttons and the list follow
        if result == QDialog.DialogCode.Accepted:
            self.show_info(self.tr("Places à la carte enregistrées."))
        self._take_keyboard()

    # --- cards (gift packages and passes) -----------------------------------------------

    def open_card_sale(self) -> None:
        """Ctrl+G: the picker of gift packages and passes (or a shop card to scan)."""
        from guichet.ui.card_sale import CardSaleDialog

        if self._card_dialog is not None or self._payment_dialog is not None:
            return
        if self.pending_quantity and int(self.pending_quantity) > 1:
            self.clear_pending_quantity()
            self._refuse(DomainError("card_quantity_one"))
            return
        self.clear_pending_quantity()
        self.clear_message()
        dialog = CardSaleDialog(self.counter, self.cart, self, set_customer=self.set_customer)
        self._card_dialog = dialog
        dialog.finished.connect(lambda result: self._card_sale_closed(dialog, result))
        dialog.open()

    def _card_sale_closed(self, dialog: QDialog, result: int) -> None:
        from guichet.ui.card_sale import CardSaleDialog

        self._card_dialog = None
        dialog.deleteLater()
        line = dialog.added if isinstance(dialog, CardSaleDialog) else None
        if result == QDialog.DialogCode.Accepted and line is not None:
            self._update_cart_view()
            if line in self.cart.lines:
                self._select_cart_row(self.cart.lines.index(line))
            self.show_info(
                self.tr("Ajouté au panier\u00a0: {card}").format(card=self._card_words(line))
            )
        else:
            self._update_cart_view()  # a customer chosen in the picker shows on the button
        self._take_keyboard()

    def _card_words(self, line: CartLine) -> str:
        """« Carte 10 bains — code K7M2Q-X9PTR-4HWC8 — Léa Tremblay »."""
        from guichet.domain.codes import display

        code = display(line.card_code) if line.card_code else line.category_name
        text = self.tr("{name} — code {code}").format(name=line.description, code=code)
        if line.card_holder:
            text = self.tr("{text} — {holder}").format(text=text, holder=line.card_holder)
        return text

    def _remaining_for(self, occ: OccurrenceView) -> int:
        return max(occ.remaining - self.cart.places_for(occ.id), 0)

    def _update_remaining(self) -> None:
        tz, lang = self.counter.organisation.timezone, self.counter.lang
        now = self.counter.clock()
        for row, occ in enumerate(self._occurrences):
            item = self.occurrence_list.item(row)
            if item is None:
                continue
            remaining = self._remaining_for(occ)
            item.setData(REMAINING_ROLE, remaining)
            item.setData(
                ALACARTE_ROLE, self._alacarte_left(occ) if occ.alacarte_places > 0 else None
            )
            if occ.remaining == 0:
                template = self.tr(
                    "{time} — {event} — {venue} — places restantes\u00a0: {count} (complet)"
                )
            elif occ.seated:
                template = self.tr(
                    "{time} — {event} — {venue} (plan de salle) — places restantes\u00a0: {count}"
                )
            else:
                template = self.tr("{time} — {event} — {venue} — places restantes\u00a0: {count}")
            text = template.format(
                time=time_of_day(occ.starts_at, tz, lang),
                event=occ.event_name,
                venue=occ.venue_name,
                count=remaining,
            )
            started = started_words(occ, now, lang)
            if started:
                text = self.tr("{text} — {started}").format(text=text, started=started)
            item.setText(text)
        self.occurrence_list.viewport().update()
        self._update_places_label()
        self._update_alacarte()

    def _update_places_label(self) -> None:
        occ = self._selected
        if occ is None:
            self.show_places.clear()
            return
        remaining = self._remaining_for(occ)
        self.show_places.setText(self.tr("Places restantes\u00a0: {count}").format(count=remaining))
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
            self.quantity_label.setText(
                self.tr("Quantité\u00a0: {quantity}").format(quantity=int(self.pending_quantity))
            )
            self.quantity_label.setStyleSheet(f"color: {COLORS['primary']};")
        else:
            self.quantity_label.setText(self.tr("Quantité\u00a0: {quantity}").format(quantity=1))
            self.quantity_label.setStyleSheet(f"color: {COLORS['muted']};")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if (
            len(text) == 1
            and text.isdigit()
            and not (
                event.modifiers()
                & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
            )
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
        if occ.seated:
            self.pick_seats(category.category_id, quantity)
            return
        before = list(self.cart.lines)
        try:
            self.counter.add_to_cart(self.cart, occ.id, category.category_id, quantity)
            if self.cart.promo_code is not None:
                # The code must still apply to the bigger cart (per-order maximum, quota...):
                # otherwise the tickets are refused and the cart stays as it was.
                self.counter.apply_code(self.cart, self.cart.promo_code)
        except DomainError as error:
            self.cart.lines = before
            self._refuse(error)
            return
        self.clear_message()
        self._update_cart_view()
        row = next(
            (
                i
                for i, line in enumerate(self.cart.lines)
                if line.occurrence_id == occ.id and line.category_id == category.category_id
            ),
            -1,
        )
        self._select_cart_row(row)

    def change_line_quantity(self) -> None:
        """``*``: the typed quantity for the selected cart line (the last one when none is
        selected); 0 removes it. A card line keeps its quantity of 1 (refused in words)."""
        if self.cart.is_empty():
            self.clear_pending_quantity()
            self._refuse(DomainError("cart_empty"))
            return
        if not self.pending_quantity:
            self.show_error(self.tr("Tapez d'abord la quantité, puis * pour la ligne choisie."))
            return
        quantity = int(self.pending_quantity)
        self.clear_pending_quantity()
        rows = self.cart_table.selectionModel().selectedRows()
        index = rows[0].row() if rows else len(self.cart.lines) - 1
        line = self.cart.lines[index]
        before = list(self.cart.lines)
        try:
            if quantity == 0:
                self.counter.remove_line(self.cart, index)
            elif line.kind == "card":
                # Checked here: the counter would look for the card's (absent) show first.
                self.cart.set_quantity(index, quantity, 0)
            elif line.kind == "alacarte":
                # The counter measures session places; à-la-carte places are counted apart.
                remaining = self.counter.cards.alacarte(line.occurrence_id).remaining
                self.cart.set_quantity(index, quantity, remaining)
            else:
                self.counter.set_line_quantity(self.cart, index, quantity)
                if self.cart.promo_code is not None:
                    self.counter.apply_code(self.cart, self.cart.promo_code)
        except DomainError as error:
            self.cart.lines = before
            self._refuse(error)
            return
        self.clear_message()
        if quantity == 0:
            self._check_code()
        self._update_cart_view()
        if quantity:
            self._select_cart_row(index)

    def remove_line(self) -> None:
        """Remove the selected cart line (the last one when none is selected)."""
        if self.cart.is_empty():
            self._refuse(DomainError("cart_empty"))
            return
        rows = self.cart_table.selectionModel().selectedRows()
        index = rows[0].row() if rows else len(self.cart.lines) - 1
        try:
            self.counter.remove_line(self.cart, index)  # its seats are free again at once
        except DomainError as error:
            self._refuse(error)
            return
        self.clear_message()
        self._check_code()
        self._update_cart_view()

    def clear_cart(self) -> None:
        """Empty the cart after a confirmation (nothing is asked when it is already empty)."""
        self.clear_pending_quantity()
        if self.cart.is_empty():
            self.clear_message()
            if self.cart.promo_code is not None or self.cart.customer_id is not None:
                self._reset_cart()  # a code or a customer alone: dropped without asking
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Vider le panier"))
        box.setText(self.tr("Retirer tous les billets du panier\u00a0?"))
        # Entrée and Échap both keep the cart: a cashier who thinks the keyboard is still in
        # the code field (or presses Échap then Entrée out of habit) loses nothing. Emptying
        # takes a deliberate V (QMessageBox answers a button's mnemonic letter) or a tap.
        yes = box.addButton(
            self.tr("&Vider le panier (V)"), QMessageBox.ButtonRole.DestructiveRole
        )
        no = box.addButton(self.tr("Garder (Entrée / Échap)"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no)
        box.setEscapeButton(no)
        self.clear_question = box

        def done(_result: int) -> None:
            self.clear_question = None
            if box.clickedButton() is yes:
                self._reset_cart()
                self.clear_message()
            box.deleteLater()
            self._take_keyboard()

        box.finished.connect(done)
        box.open()

    def _reset_cart(self) -> None:
        """Abandon the cart: its promotion hold is released, code and customer go with it."""
        try:
            self.counter.release_cart(self.cart)
        except DomainError:
            pass  # nothing held, or already released: the cart is abandoned anyway
        self.cart.clear()
        self.code_edit.clear()
        self._refresh_categories()
        self._update_cart_view()
        self._update_code_entry()

    def _line_description(self, line: CartLine) -> str:
        if line.kind == "card":
            return self._card_words(line)
        occ = self._known.get(line.occurrence_id)
        if occ is None:
            try:
                occ = self.counter.occurrence(line.occurrence_id)
                self._known[occ.id] = occ
            except DomainError:
                return self.tr("{category} · {event}").format(
                    category=line.category_name, event=line.description
                )
        tz, lang = self.counter.organisation.timezone, self.counter.lang
        # The day and the hour, today too: what is sold is always visible (the line wraps).
        # Short day names keep a line on two rows of the cart, not four.
        start = local(occ.starts_at, tz)
        day = day_format(start, "EEE d MMM y" if lang == "fr" else "EEE, MMM d, y", lang)
        when = f"{day}, {time_of_day(occ.starts_at, tz, lang)}"
        text = self.tr("{category} · {event}, {when}").format(
            category=line.category_name, event=line.description, when=when
        )
        started = started_words(occ, self.counter.clock(), lang)
        if started:
            text = self.tr("{text} — {started}").format(text=text, started=started)
        if line.seat_ids:
            text = self.tr("{text} — {seats}").format(text=text, seats=self._seats_of(line))
        return text

    def _seats_of(self, line: CartLine) -> str:
        """``"Parterre F-11, F-12"``: the seats of a line, short."""
        from guichet.ui.seatpicker import short_seats

        seat_map = self._seat_maps.get(line.occurrence_id)
        if seat_map is None:
            try:
                seating = self.counter.seating(line.occurrence_id)
            except DomainError:
                seating = None
            if seating is None:
                return ", ".join(line.seat_ids)
            seat_map = self._seat_maps[line.occurrence_id] = seating.seat_map
        return short_seats(seat_map, line.seat_ids, self.counter.lang)

    # --- reserved seating ---------------------------------------------------------------

    def pick_seats(self, category_id: str, quantity: int = 0) -> None:
        """A seated show sells seats: the seat picker, on the show's map, for this category
        (``quantity`` typed before is only a hint)."""
        from guichet.ui.seatpicker import SeatPickerDialog

        occ = self._selected
        if occ is None or self._seat_dialog is not None or self._payment_dialog is not None:
            return
        try:
            dialog = SeatPickerDialog(
                self.counter, occ.id, category_id, self, cart=self.cart, quantity=quantity
            )
        except DomainError as error:
            self._refuse(error)
            return
        self.clear_message()
        self._seat_dialog = dialog
        dialog.finished.connect(lambda result: self._seats_picked(dialog, result))
        dialog.open()

    def _seats_picked(self, dialog: QDialog, result: int) -> None:
        from guichet.ui.seatpicker import SeatPickerDialog

        self._seat_dialog = None
        dialog.deleteLater()
        if result == QDialog.DialogCode.Accepted and isinstance(dialog, SeatPickerDialog):
            line = dialog.picked_line
            self._seat_maps[dialog.occurrence_id] = dialog.seating.seat_map
            self._update_cart_view()
            if line is not None and line in self.cart.lines:
                row = self.cart.lines.index(line)
                self.cart_table.selectRow(row)
                cell = self.cart_table.item(row, 0)
                if cell is not None:
                    self.cart_table.scrollToItem(cell)
            self.show_info(
                self.tr(
                    "Sièges ajoutés\u00a0: {seats} (gardés {minutes} min pour ce panier)"
                ).format(
                    seats=dialog.chosen_words(),
                    minutes=int(self.counter.SEAT_HOLD.total_seconds() // 60),
                )
            )
        self._take_keyboard()

    def _check_code(self) -> None:
        """After tickets were taken out: a code that no longer applies to what is left is taken
        off (its hold released), and the message line says why."""
        code = self.cart.promo_code
        if code is None:
            return
        try:
            self.counter.apply_code(self.cart, code)
        except DomainError as error:
            try:
                self.counter.remove_code(self.cart)
            except DomainError as kept:  # tickets only its price list offers: it stays
                self._refuse(kept)
                return
            self.code_edit.clear()
            self._refresh_categories()
            self._update_code_entry()
            self.show_error(
                self.tr("Code promo retiré\u00a0: {reason}").format(
                    reason=message_for(error, self.counter.lang)
                )
            )

    def _price_cells(self, line: CartLine) -> tuple[tuple[str, str | None], tuple[str, str | None]]:
        """(text, html) of the unit price and of the line total; the html (None when nothing
        changed) strikes the regular price through next to the charged one."""
        lang, currency = self.counter.lang, self.counter.organisation.currency
        unit = money(line.unit_price, lang, currency)
        total = money(line.amount, lang, currency)
        unit_html: str | None = None
        total_html: str | None = None
        unit_text, total_text = unit, total
        regular = line.regular_unit_price
        if regular is not None and regular != line.unit_price:
            regular_text = money(regular, lang, currency)
            unit_html = struck_price_html(regular_text, unit, separator="<br>")
            unit_text = self.tr("{price} (au lieu de {regular})").format(
                price=unit, regular=regular_text
            )
        elif line.reduced:  # a share of an amount off the cart: the line total changes
            regular_text = money(line.regular_amount, lang, currency)
            total_html = struck_price_html(regular_text, total, separator="<br>")
            total_text = self.tr("{price} (au lieu de {regular})").format(
                price=total, regular=regular_text
            )
        return (unit_text, unit_html), (total_text, total_html)

    def _update_cart_view(self) -> None:
        lang, currency = self.counter.lang, self.counter.organisation.currency
        # One pricing pass gives the lines and the promotion that applied (code or automatic).
        priced, applied = self.counter.price_with_promotion(self.cart)
        self.cart_table.setRowCount(len(priced.lines))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        for row, priced_line in enumerate(priced.lines):
            line = priced_line.line  # charged prices; the cart keeps the regular ones
            (unit_text, unit_html), (total_text, total_html) = self._price_cells(line)
            cells = (
                (self._line_description(line), None, left),
                (str(line.quantity), None, Qt.AlignmentFlag.AlignCenter),
                (unit_text, unit_html, right),
                (total_text, total_html, right),
            )
            for col, (text, html, align) in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment(align)
                if col == 0:
                    item.setToolTip(text)
                if html is not None:
                    item.setData(RICH_ROLE, html)
                if col == 1:
                    item.setFont(_font(self.font(), self.font().pointSize(), True))
                self.cart_table.setItem(row, col, item)
        self.cart_table.clearSelection()

        self.subtotal_label.setText(money(priced.subtotal, lang, currency))
        for (_, value), tax in zip(self.tax_labels, priced.taxes, strict=False):
            value.setText(money(tax.amount, lang, currency))
        self.total_label.setText(money(priced.total, lang, currency))
        empty = self.cart.is_empty()
        self.pay_button.setEnabled(not empty)
        self.remove_button.setEnabled(not empty)
        self.line_quantity_button.setEnabled(not empty)
        self.clear_button.setEnabled(not empty)
        self._update_promotion_row(applied)
        self._update_customer_button()
        self._update_remaining()
        self._update_quantity_label()

    # --- promotions ---------------------------------------------------------------------

    @property
    def applied_promotion(self) -> AppliedPromotion | None:
        """The promotion shown for the cart, or None."""
        return self._applied

    def _refresh_categories(self) -> None:
        """Categories and prices again: a price list switch changes them."""
        occ = self._selected
        self._categories = self.counter.categories(occ.id, cart=self.cart) if occ else []
        self._rebuild_category_buttons()

    def _update_code_entry(self) -> None:
        """The code field is there only while at least one code is in force (or one is
        applied to the cart, so that it can be replaced)."""
        self._code_offered = self.counter.code_entry_offered()
        visible = self._code_offered or self.cart.promo_code is not None
        if not visible and self.code_edit.hasFocus():
            self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.code_row.setVisible(visible)

    def _update_promotion_row(self, applied: AppliedPromotion | None) -> None:
        self._applied = applied
        if applied is None:
            self.promotion_row.hide()
            self.promotion_label.clear()
            return
        if applied.automatic:
            text = self.tr("Promotion automatique\u00a0: {name}").format(name=applied.name)
        elif applied.code:
            text = self.tr("Promotion\u00a0: {name} ({code})").format(
                name=applied.name, code=applied.code
            )
        else:
            text = self.tr("Promotion\u00a0: {name}").format(name=applied.name)
        if applied.discount_total:  # what it saves, as a minus amount
            lang, currency = self.counter.lang, self.counter.organisation.currency
            # A word joiner keeps the sign on the amount's line ("−" then "$20.80" could part).
            text += " \u2212\u2060" + money(applied.discount_total, lang, currency)
        self.promotion_label.setText(text)
        self.promotion_label.setToolTip(text)
        self.remove_code_button.setVisible(self.cart.promo_code is not None)
        self.promotion_row.show()

    def open_code_entry(self) -> None:
        """F6: the keyboard goes to the code field (typed, or scanned: the scanner ends with
        Entrée); Échap gives it back without applying anything."""
        if self.code_row.isHidden():  # no code in force: nothing to type
            self.show_error(self.tr("Aucun code promo n'est en vigueur."))
            return
        self.clear_pending_quantity()
        self.code_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.code_edit.selectAll()

    def _code_edited(self, _text: str) -> None:
        if self.message.property("role") == "error":
            self.clear_message()  # the previous refusal is about the previous text

    def _cancel_code_entry(self) -> None:
        self.code_edit.clear()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def apply_code(self) -> None:
        """Apply the typed code to the cart, or say in words why it is refused."""
        text = self.code_edit.text().strip()
        self.setFocus(Qt.FocusReason.OtherFocusReason)  # the page keeps the keyboard
        if not text:
            return
        try:
            # Also on an empty cart: a price-list code changes the category buttons first.
            self.counter.apply_code(self.cart, text)
        except DomainError as error:
            self._refuse(error)  # the text stays: F6 selects it, so a rescan replaces it
            return
        self.code_edit.clear()
        self._refresh_categories()
        self._update_cart_view()
        applied = self._applied
        if applied is not None:
            self.show_info(self.tr("Code appliqué\u00a0: {name}").format(name=applied.name))
        else:
            self.show_info(self.tr("Code appliqué."))

    def remove_code(self) -> None:
        """ "Retirer le code": back to regular prices (or to the automatic promotion)."""
        if self.cart.promo_code is None:
            return
        try:
            self.counter.remove_code(self.cart)
        except DomainError as error:
            self._refuse(error)
            return
        self.code_edit.clear()
        self._refresh_categories()
        self._update_cart_view()
        self._update_code_entry()
        self.show_info(self.tr("Code retiré."))
        self._take_keyboard()

    # --- customer -----------------------------------------------------------------------

    @property
    def customer(self) -> CustomerView | None:
        """The customer of the sale in progress, or None."""
        customer_id = self.cart.customer_id
        if customer_id is None:
            self._customer = None
        elif self._customer is None or self._customer.id != customer_id:
            self._customer = self.counter.customer_of(self.cart)
        return self._customer

    def _update_customer_button(self) -> None:
        customer = self.customer
        if customer is None:
            self.customer_button.setText(self.tr("Client\u00a0: aucun (F7)"))
        else:
            metrics = QFontMetrics(self.customer_button.font())
            name = elide(metrics, customer.name, 230)
            self.customer_button.setText(self.tr("Client\u00a0: {name} (F7)").format(name=name))
        self.customer_button.setAccessibleName(self.customer_button.text())

    def choose_customer(self) -> None:
        """F7: look the customer up (name, phone, email or code) or create one."""
        from guichet.ui.customer import CustomerDialog

        if self._customer_dialog is not None or self._payment_dialog is not None:
            return
        self.clear_pending_quantity()
        dialog = CustomerDialog(self.counter, self)
        self._customer_dialog = dialog
        dialog.finished.connect(lambda result: self._customer_finished(dialog, result))
        dialog.open()

    def _customer_finished(self, dialog: QDialog, result: int) -> None:
        self._customer_dialog = None
        chosen = getattr(dialog, "chosen", None)
        dialog.deleteLater()
        if result == QDialog.DialogCode.Accepted:
            self.set_customer(chosen)
        self._take_keyboard()

    def set_customer(self, customer: CustomerView | None) -> None:
        """Attach ``customer`` (None for an anonymous sale) to the cart."""
        customer_id = customer.id if customer is not None else None
        if customer_id == self.cart.customer_id:
            return
        try:
            self.counter.set_customer(self.cart, customer_id)
        except DomainError as error:
            self._customer = None  # re-read below: the cart says who it is
            self._refresh_categories()
            self._update_cart_view()
            self._refuse(error)
            return
        self._customer = customer
        self._refresh_categories()
        self._update_cart_view()
        if customer is None:
            self.show_info(self.tr("Vente sans client."))
        else:
            self.show_info(self.tr("Client\u00a0: {name}").format(name=customer.name))

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

        self.cart.clear()  # the promotion hold was consumed by the sale
        self.code_edit.clear()
        self.clear_pending_quantity()
        self.refresh()
        self._update_cart_view()
        self.show_info(
            self.tr("Vente n° {receipt} enregistrée").format(receipt=f"{sale.receipt_number:06d}")
        )
        self.saleCompleted.emit(sale)
        receipt = ReceiptDialog(
            self.counter,
            sale.receipt_id,
            self,
            change_due=sale.change,
            printer=self.print_controller,
            starts_next_sale=True,
        )
        self._receipt_dialog = receipt
        self._next_sale_key = None
        receipt.nextSaleKey.connect(self._remember_next_sale_key)
        receipt.finished.connect(lambda _result: self._receipt_closed(receipt))
        receipt.open()

    def _remember_next_sale_key(self, key: int, text: str) -> None:
        self._next_sale_key = (key, text)

    def _receipt_closed(self, dialog: QDialog) -> None:
        self._receipt_dialog = None
        dialog.deleteLater()
        self._take_keyboard()
        pending, self._next_sale_key = self._next_sale_key, None
        if pending is not None:
            self._start_next_sale(*pending)

    def _start_next_sale(self, key: int, text: str) -> None:
        """The key that closed the receipt, taken as the first key of the next sale."""
        if text:
            self.type_digit(text)
            return
        if key in CATEGORY_KEYS:
            self.add_category(CATEGORY_KEYS.index(Qt.Key(key)))
        elif key == CODE_KEY:
            self.open_code_entry()
        elif key == CUSTOMER_KEY:
            self.choose_customer()

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
