"""The sales page's dialogs, one at a time: payment then receipt, customer, cards, seats and
the à-la-carte settings. What came of each is said by signals; the page shows it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from guichet.domain.cart import Cart
from guichet.domain.errors import DomainError
from guichet.services.counter import Counter
from guichet.services.handlers import SaleRecorded
from guichet.services.views import CustomerView
from guichet.ui.alacarte import AlacarteDialog
from guichet.ui.card_sale import CardSaleDialog
from guichet.ui.customer import CustomerDialog
from guichet.ui.messages import message_for
from guichet.ui.payment import PaymentDialog
from guichet.ui.printing import PrintController
from guichet.ui.receipt_view import ReceiptDialog
from guichet.ui.sales.keypad import QuantityPad
from guichet.ui.sales.line_words import LineWords
from guichet.ui.sales.shows import ShowList
from guichet.ui.seatpicker import SeatPickerDialog


class SaleDialogs(QObject):
    """Opens the page's dialogs (window-modal, parented to the page) and keeps which are
    open, so that a key pressed twice never opens a second one."""

    saleRecorded = Signal(object)  # SaleRecorded: the payment went through
    customerChosen = Signal(object)  # CustomerView | None
    changed = Signal(int)  # the cart changed (cards, seats): show it, selecting this row
    showsChanged = Signal()  # places converted, price changed: the list of shows again
    nextSaleKey = Signal(int, str)  # the key that closed the receipt starts the next sale
    keyboardWanted = Signal()  # a dialog closed: the page takes the keyboard back
    error = Signal(str)
    info = Signal(str)
    messageCleared = Signal()

    def __init__(
        self,
        counter: Counter,
        cart: Cart,
        parts: tuple[ShowList, QuantityPad, LineWords],
        set_customer: Callable[[CustomerView | None], None],
        page: QWidget,
    ) -> None:
        super().__init__(page)
        self.counter = counter
        self.cart = cart
        self.shows, self.keypad, self.line_words = parts
        self.set_customer = set_customer
        self.page = page
        self.payment: QDialog | None = None
        self.receipt: QDialog | None = None
        self.customer: QDialog | None = None
        self.seats: QDialog | None = None
        self.card: QDialog | None = None
        self.alacarte: QDialog | None = None
        self._next_sale_key: tuple[int, str] | None = None  # what closed the receipt

    def _refuse(self, error: DomainError) -> None:
        self.error.emit(message_for(error, self.counter.lang))

    # --- payment and receipt ------------------------------------------------------------

    def open_payment(self) -> None:
        """The payment dialog (refused in words when the cart cannot be paid)."""
        if self.payment is not None:
            return
        try:
            if self.counter.actor is None:
                raise DomainError("not_logged_in")
            if self.counter.current_shift() is None:
                raise DomainError("no_open_shift")
            dialog = PaymentDialog(self.counter, self.cart, self.page)
        except DomainError as error:
            self._refuse(error)
            return
        self.messageCleared.emit()
        self.payment = dialog
        dialog.finished.connect(lambda result: self._payment_finished(dialog, result))
        dialog.open()

    def _payment_finished(self, dialog: QDialog, result: int) -> None:
        self.payment = None
        sale = getattr(dialog, "result_sale", None)
        dialog.deleteLater()
        if result == QDialog.DialogCode.Accepted and isinstance(sale, SaleRecorded):
            self.saleRecorded.emit(sale)
        else:
            self.keyboardWanted.emit()

    def open_receipt(self, sale: SaleRecorded, printer: PrintController | None) -> None:
        """The receipt with the change; the key that closes it starts the next sale."""
        receipt = ReceiptDialog(
            self.counter,
            sale.receipt_id,
            self.page,
            change_due=sale.change,
            printer=printer,
            starts_next_sale=True,
        )
        self.receipt = receipt
        self._next_sale_key = None
        receipt.nextSaleKey.connect(self._remember_next_sale_key)
        receipt.finished.connect(lambda _result: self._receipt_closed(receipt))
        receipt.open()

    def _remember_next_sale_key(self, key: int, text: str) -> None:
        self._next_sale_key = (key, text)

    def _receipt_closed(self, dialog: QDialog) -> None:
        self.receipt = None
        dialog.deleteLater()
        self.keyboardWanted.emit()
        pending, self._next_sale_key = self._next_sale_key, None
        if pending is not None:
            self.nextSaleKey.emit(*pending)

    # --- customer and cards -------------------------------------------------------------

    def open_customer(self) -> None:
        """F7: look the customer up (name, phone, email or code) or create one."""
        if self.customer is not None or self.payment is not None:
            return
        self.keypad.clear()
        dialog = CustomerDialog(self.counter, self.page)
        self.customer = dialog
        dialog.finished.connect(lambda result: self._customer_finished(dialog, result))
        dialog.open()

    def _customer_finished(self, dialog: QDialog, result: int) -> None:
        self.customer = None
        chosen = getattr(dialog, "chosen", None)
        dialog.deleteLater()
        if result == QDialog.DialogCode.Accepted:
            self.customerChosen.emit(chosen)
        self.keyboardWanted.emit()

    def open_card_sale(self) -> None:
        """Ctrl+G: the picker of gift packages and passes (or a shop card to scan)."""
        if self.card is not None or self.payment is not None:
            return
        if self.keypad.pending and int(self.keypad.pending) > 1:
            self.keypad.clear()
            self._refuse(DomainError("card_quantity_one"))
            return
        self.keypad.clear()
        self.messageCleared.emit()
        dialog = CardSaleDialog(self.counter, self.cart, self.page, set_customer=self.set_customer)
        self.card = dialog
        dialog.finished.connect(lambda result: self._card_sale_closed(dialog, result))
        dialog.open()

    def _card_sale_closed(self, dialog: CardSaleDialog, result: int) -> None:
        self.card = None
        dialog.deleteLater()
        line = dialog.added
        if result == QDialog.DialogCode.Accepted and line is not None:
            self.changed.emit(self.cart.lines.index(line) if line in self.cart.lines else -1)
            self.info.emit(
                self.tr("Ajouté au panier\u00a0: {card}").format(card=self.line_words.card(line))
            )
        else:
            self.changed.emit(-1)  # a customer chosen in the picker shows on the button
        self.keyboardWanted.emit()

    # --- seats and places à la carte ----------------------------------------------------

    def open_seats(self, category_id: str, quantity: int = 0) -> None:
        """A seated show sells seats: the seat picker, on the show's map, for this category
        (``quantity`` typed before is only a hint)."""
        occ = self.shows.selected
        if occ is None or self.seats is not None or self.payment is not None:
            return
        try:
            dialog = SeatPickerDialog(
                self.counter, occ.id, category_id, self.page, cart=self.cart, quantity=quantity
            )
        except DomainError as error:
            self._refuse(error)
            return
        self.messageCleared.emit()
        self.seats = dialog
        dialog.finished.connect(lambda result: self._seats_picked(dialog, result))
        dialog.open()

    def _seats_picked(self, dialog: SeatPickerDialog, result: int) -> None:
        self.seats = None
        dialog.deleteLater()
        if result == QDialog.DialogCode.Accepted:
            line = dialog.picked_line
            self.line_words.seat_maps[dialog.occurrence_id] = dialog.seating.seat_map
            lines = self.cart.lines
            self.changed.emit(lines.index(line) if line is not None and line in lines else -1)
            self.info.emit(
                self.tr(
                    "Sièges ajoutés\u00a0: {seats} (gardés {minutes} min pour ce panier)"
                ).format(
                    seats=dialog.chosen_words(),
                    minutes=int(self.counter.SEAT_HOLD.total_seconds() // 60),
                )
            )
        self.keyboardWanted.emit()

    def open_alacarte_settings(self) -> None:
        """Supervisors: the selected show's places à la carte, price, registration window,
        cancellation limit, and converting unsold session places."""
        occ = self.shows.selected
        if self.alacarte is not None or self.payment is not None:
            return
        if occ is None:
            self.error.emit(self.tr("Choisissez d'abord une séance."))
            return
        actor = self.counter.actor
        if actor is None or not actor.role.can_supervise:
            self._refuse(DomainError("supervisor_required"))
            return
        try:
            dialog = AlacarteDialog(self.counter, occ.id, self.page)
        except DomainError as error:
            self._refuse(error)
            return
        self.messageCleared.emit()
        self.alacarte = dialog
        dialog.finished.connect(lambda result: self._alacarte_closed(dialog, result))
        dialog.open()

    def _alacarte_closed(self, dialog: QDialog, result: int) -> None:
        self.alacarte = None
        dialog.deleteLater()
        self.showsChanged.emit()  # places converted, price changed: buttons and list follow
        if result == QDialog.DialogCode.Accepted:
            self.info.emit(self.tr("Places à la carte enregistrées."))
        self.keyboardWanted.emit()
