"""The sales page: the composition of the sales window's widgets (see :mod:`guichet.ui.sales`).

Each widget does one job and says what happened by signals; the page lays them out, wires them,
and holds the cart and the keyboard. The cart's changes are :class:`CartEditor`'s, the dialogs
:class:`SaleDialogs`'. The page's old names (``page.cart_table``, ``page.add_category``…) still
reach the part that now holds them.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from guichet.domain.cart import Cart
from guichet.i18n.formatting import long_date
from guichet.services.counter import Counter
from guichet.services.handlers import SaleRecorded
from guichet.services.views import AppliedPromotion, OccurrenceView
from guichet.ui.printing import PrintController
from guichet.ui.sales.cart_panel import CartPanel
from guichet.ui.sales.categories import CategoryKeys
from guichet.ui.sales.code_entry import PromoCodeEntry
from guichet.ui.sales.commands import CommandBar
from guichet.ui.sales.common import (
    ALACARTE_KEY,
    CARDS_KEY,
    CATEGORY_KEYS,
    CODE_KEY,
    CUSTOMER_KEY,
    LINE_QUANTITY_KEY,
    Part,
)
from guichet.ui.sales.dialogs import SaleDialogs
from guichet.ui.sales.editing import CartEditor
from guichet.ui.sales.header import ShowHeader
from guichet.ui.sales.keypad import QuantityPad
from guichet.ui.sales.line_words import LineWords
from guichet.ui.sales.shows import ShowList
from guichet.ui.sales.totals import PaymentBar


class SalesPage(QWidget):
    """The counter's main page. Talks to :class:`Counter` only."""

    saleCompleted = Signal(object)  # SaleRecorded
    refundRequested = Signal()
    receiptsRequested = Signal()
    closeShiftRequested = Signal()
    logoutRequested = Signal()

    # The page's old names for its parts' widgets and commands (the main window, the tests,
    # the screenshots and the benchmarks use them).
    message = Part("payment_bar")
    show_error = Part("payment_bar")
    show_info = Part("payment_bar")
    clear_message = Part("payment_bar")
    total_label = Part("payment_bar")
    subtotal_label = Part("payment_bar")
    tax_labels = Part("payment_bar")
    pay_button = Part("payment_bar")
    remove_button = Part("payment_bar")
    clear_button = Part("payment_bar")
    date_edit = Part("shows")
    previous_day_button = Part("shows")
    today_button = Part("shows")
    next_day_button = Part("shows")
    occurrence_list = Part("shows")
    alacarte_settings_button = Part("shows")
    _occurrences = Part("shows", "occurrences")
    selected_occurrence = Part("shows", "selected")
    current_day = Part("shows")
    set_day = Part("shows")
    go_today = Part("shows")
    refresh = Part("shows")
    move_selection = Part("shows")
    select_occurrence = Part("shows")
    show_title = Part("header")
    show_detail = Part("header")
    show_places = Part("header")
    category_buttons = Part("keys", "buttons")
    alacarte_button = Part("keys")
    code_edit = Part("code_entry")
    apply_code_button = Part("code_entry")
    quantity_label = Part("keypad")
    line_quantity_button = Part("keypad")
    pending_quantity = Part("keypad", "pending")
    type_digit = Part("keypad")
    clear_pending_quantity = Part("keypad", "clear")
    customer_button = Part("cart_panel")
    cart_table = Part("cart_panel")
    promotion_row = Part("cart_panel")
    promotion_label = Part("cart_panel")
    remove_code_button = Part("cart_panel")
    refund_button = Part("commands")
    receipts_button = Part("commands")
    close_shift_button = Part("commands")
    cards_button = Part("commands")
    logout_button = Part("commands")
    customer = Part("editor")
    clear_question = Part("editor")
    add_category = Part("editor")
    add_alacarte = Part("editor")
    change_line_quantity = Part("editor")
    remove_line = Part("editor")
    clear_cart = Part("editor")
    _reset_cart = Part("editor", "reset")
    set_customer = Part("editor")
    choose_customer = Part("dialogs", "open_customer")
    open_card_sale = Part("dialogs")
    pick_seats = Part("dialogs", "open_seats")
    open_alacarte_settings = Part("dialogs")
    pay = Part("dialogs", "open_payment")

    def __init__(self, counter: Counter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counter = counter
        # Set by the main window: the receipt after a sale says what became of its printing.
        self.print_controller: PrintController | None = None
        self.cart = Cart()
        self._applied: AppliedPromotion | None = None  # as last priced

        self.setObjectName("SalesPage")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.shows = ShowList(counter, self.cart, self)
        self.header = ShowHeader(counter, self.cart, self)
        self.keys = CategoryKeys(counter, self.cart, self)
        self.code_entry = PromoCodeEntry(counter, self.cart, self)
        self.code_row = self.code_entry  # the promo code's row, by its old name
        self.keypad = QuantityPad(self)
        self.cart_panel = CartPanel(counter, self)
        self.payment_bar = PaymentBar(counter, self)
        self.commands = CommandBar(self)
        self.line_words = LineWords(counter, self.shows.known, self)
        self.editor = CartEditor(
            counter,
            self.cart,
            (self.shows, self.keys, self.keypad, self.cart_panel, self.code_entry),
            self,
        )
        self.dialogs = SaleDialogs(
            counter, self.cart, (self.shows, self.keypad, self.line_words), self.set_customer, self
        )
        self._lay_out()
        self._wire()
        self._install_shortcuts()
        self.shows.load_day(self.counter.today())
        self._update_cart_view()

    def _lay_out(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(12, 10, 12, 10)
        root.setSpacing(8)
        columns = QHBoxLayout()
        columns.setSpacing(14)
        root.addLayout(columns, 1)
        columns.addWidget(self.shows, 26)
        middle = QVBoxLayout()
        middle.setSpacing(6)
        middle.addWidget(self.header)
        middle.addWidget(self.keys)
        middle.addStretch(1)
        middle.addWidget(self.code_entry)
        middle.addWidget(self.keypad)
        columns.addLayout(middle, 33)
        right = QVBoxLayout()
        right.setSpacing(6)
        right.addWidget(self.cart_panel, 1)
        right.addWidget(self.payment_bar)
        columns.addLayout(right, 41)
        root.addWidget(self.commands)

    def _wire(self) -> None:
        shows, editor, dialogs = self.shows, self.editor, self.dialogs
        shows.occurrenceSelected.connect(self._select)
        shows.dayLoaded.connect(self.code_entry.update_offer)
        shows.dayContinued.connect(
            lambda day: self.show_info(
                self.tr("Séances du {day}").format(day=long_date(day, self.counter.lang))
            )
        )
        shows.keyboardReleased.connect(self._focus_page)
        shows.alacarteSettingsRequested.connect(self.open_alacarte_settings)
        self.keys.categoryChosen.connect(self.add_category)
        self.keys.alacarteChosen.connect(self.add_alacarte)
        self.code_entry.applyRequested.connect(self.apply_code)
        self.code_entry.focusReturned.connect(self._focus_page)
        self.code_entry.edited.connect(self._code_edited)
        self.code_entry.pricesChanged.connect(self.keys.refresh_categories)
        self.keypad.lineQuantityRequested.connect(self.change_line_quantity)
        self.cart_panel.customerRequested.connect(self.choose_customer)
        self.cart_panel.removeCodeRequested.connect(self.remove_code)
        self.payment_bar.payRequested.connect(self.pay)
        self.payment_bar.removeLineRequested.connect(self.remove_line)
        self.payment_bar.clearRequested.connect(self.clear_cart)
        self.commands.refundRequested.connect(self.refundRequested.emit)
        self.commands.receiptsRequested.connect(self.receiptsRequested.emit)
        self.commands.closeShiftRequested.connect(self.closeShiftRequested.emit)
        self.commands.cardsRequested.connect(self.open_card_sale)
        self.commands.logoutRequested.connect(self.logoutRequested.emit)
        editor.repriced.connect(self.keys.refresh_categories)
        editor.seatsWanted.connect(self.pick_seats)
        dialogs.saleRecorded.connect(self._sale_completed)
        dialogs.customerChosen.connect(self.set_customer)
        dialogs.showsChanged.connect(self.refresh)
        dialogs.nextSaleKey.connect(self._start_next_sale)
        for source in (editor, dialogs):
            source.changed.connect(self._cart_changed)
            source.keyboardWanted.connect(self._take_keyboard)
        self.code_entry.error.connect(self.show_error)
        for source in (editor, dialogs):
            source.error.connect(self.show_error)
            source.info.connect(self.show_info)
            source.messageCleared.connect(self.clear_message)

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

    def _select(self, occ: OccurrenceView | None) -> None:
        self.keys.set_occurrence(occ)
        self.header.set_occurrence(occ)

    # --- keys ---------------------------------------------------------------------------

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
            self.keypad.backspace()
            event.accept()
            return
        super().keyPressEvent(event)

    # --- promo code ---------------------------------------------------------------------

    def open_code_entry(self) -> None:
        """F6: the keyboard goes to the code field; Échap gives it back."""
        if self.code_entry.isHidden():  # no code in force: nothing to type
            self.show_error(self.tr("Aucun code promo n'est en vigueur."))
            return
        self.clear_pending_quantity()
        self.code_entry.take_keyboard()

    def _code_edited(self) -> None:
        if self.payment_bar.showing_error():
            self.clear_message()  # the previous refusal is about the previous text

    def apply_code(self) -> None:
        """Apply the typed code to the cart, or say in words why it is refused."""
        if not self.code_entry.apply():
            return
        self.keys.refresh_categories()
        self._update_cart_view()
        applied = self._applied
        if applied is not None:
            self.show_info(self.tr("Code appliqué\u00a0: {name}").format(name=applied.name))
        else:
            self.show_info(self.tr("Code appliqué."))

    def remove_code(self) -> None:
        """ "Retirer le code": back to regular prices (or to the automatic promotion)."""
        if not self.code_entry.remove():
            return
        self.keys.refresh_categories()
        self._update_cart_view()
        self.code_entry.update_offer()
        self.show_info(self.tr("Code retiré."))
        self._take_keyboard()

    # --- the cart as shown --------------------------------------------------------------

    def _cart_changed(self, row: int) -> None:
        self._update_cart_view()
        self.cart_panel.select_row(row)

    def _update_cart_view(self) -> None:
        # One pricing pass gives the lines and the promotion that applied (code or automatic).
        priced, applied = self.counter.price_with_promotion(self.cart)
        # Charged prices; the cart keeps the regular ones.
        self.cart_panel.show_lines([p.line for p in priced.lines], self.line_words.describe)
        empty = self.cart.is_empty()
        self.payment_bar.show_totals(priced, empty)
        self.keypad.line_quantity_button.setEnabled(not empty)
        self._applied = applied
        self.cart_panel.show_promotion(applied, self.cart.promo_code is not None)
        self.cart_panel.show_customer(self.customer)
        # Places left everywhere they are said, less the cart's.
        self.shows.update_places()
        self.header.update_places()
        self.keys.update_alacarte()
        self.keypad.update_label()

    @property
    def applied_promotion(self) -> AppliedPromotion | None:
        """The promotion shown for the cart, or None."""
        return self._applied

    # --- a sale and the next ------------------------------------------------------------

    def _sale_completed(self, sale: SaleRecorded) -> None:
        self.cart.clear()  # the promotion hold was consumed by the sale
        self.code_entry.code_edit.clear()
        self.clear_pending_quantity()
        self.refresh()
        self._update_cart_view()
        self.show_info(
            self.tr("Vente n° {receipt} enregistrée").format(receipt=f"{sale.receipt_number:06d}")
        )
        self.saleCompleted.emit(sale)
        self.dialogs.open_receipt(sale, self.print_controller)

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

    def _focus_page(self) -> None:
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _take_keyboard(self) -> None:
        """Back from a dialog: the page gets the keyboard again (ready for the next sale)."""
        if self.isVisible():
            self.window().activateWindow()
            self.setFocus(Qt.FocusReason.OtherFocusReason)

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
