"""What the cashier's keys do to the cart: tickets, places à la carte, a line's quantity, a
line taken out, the cart emptied, the customer. A refusal leaves the cart exactly as it was."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from guichet.domain.cart import Cart
from guichet.domain.errors import DomainError
from guichet.services.counter import Counter
from guichet.services.views import CustomerView
from guichet.ui.messages import message_for
from guichet.ui.sales.cart_panel import CartPanel
from guichet.ui.sales.categories import CategoryKeys
from guichet.ui.sales.code_entry import PromoCodeEntry
from guichet.ui.sales.keypad import QuantityPad
from guichet.ui.sales.shows import ShowList


class CartEditor(QObject):
    """Changes the page's cart from what the widgets hold (the selected show, its categories,
    the typed quantity, the selected line) and says the outcome by signals."""

    changed = Signal(int)  # the cart changed: show it again, selecting this row (-1: none)
    repriced = Signal()  # category prices may have changed (a code, a customer)
    seatsWanted = Signal(str, int)  # a seated show: the seat picker, for (category, quantity)
    error = Signal(str)
    info = Signal(str)
    messageCleared = Signal()
    keyboardWanted = Signal()

    def __init__(
        self,
        counter: Counter,
        cart: Cart,
        widgets: tuple[ShowList, CategoryKeys, QuantityPad, CartPanel, PromoCodeEntry],
        page: QWidget,
    ) -> None:
        super().__init__(page)
        self.counter = counter
        self.cart = cart
        self.page = page
        self.shows, self.keys, self.keypad, self.cart_panel, self.code_entry = widgets
        self.clear_question: QMessageBox | None = None  # « Vider le panier ? » while open
        self.customer_cache: CustomerView | None = None  # of the cart

    def _refuse(self, error: DomainError) -> None:
        self.error.emit(message_for(error, self.counter.lang))

    def _selected_line(self) -> int:
        return self.cart_panel.selected_row(len(self.cart.lines) - 1)

    # --- adding -------------------------------------------------------------------------

    def add_category(self, index: int) -> None:
        """Add the pending quantity (default 1) of the index-th category of the selected show."""
        categories = self.keys.categories
        if index >= len(categories):
            return
        quantity = self.keypad.take()
        occ = self.shows.selected
        if occ is None:
            self.error.emit(self.tr("Choisissez d'abord une séance."))
            return
        category = categories[index]
        if occ.seated:
            self.seatsWanted.emit(category.category_id, quantity)
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
        self.messageCleared.emit()
        self.changed.emit(
            next(
                (
                    i
                    for i, line in enumerate(self.cart.lines)
                    if line.occurrence_id == occ.id and line.category_id == category.category_id
                ),
                -1,
            )
        )

    def add_alacarte(self) -> None:
        """Ctrl+A: the typed quantity (default 1) of places à la carte for the selected show."""
        quantity = self.keypad.take()
        occ = self.shows.selected
        if occ is None:
            self.error.emit(self.tr("Choisissez d'abord une séance."))
            return
        before = list(self.cart.lines)
        try:
            self.counter.add_alacarte_to_cart(self.cart, occ.id, quantity)
        except DomainError as error:
            self.cart.lines = before
            self._refuse(error)
            return
        self.messageCleared.emit()
        self.changed.emit(
            next(
                (
                    i
                    for i, line in enumerate(self.cart.lines)
                    if line.occurrence_id == occ.id and line.kind == "alacarte"
                ),
                -1,
            )
        )

    # --- changing and taking out --------------------------------------------------------

    def change_line_quantity(self) -> None:
        """``*``: the typed quantity for the selected cart line (the last one when none is
        selected); 0 removes it. A card line keeps its quantity of 1 (refused in words)."""
        if self.cart.is_empty():
            self.keypad.clear()
            self._refuse(DomainError("cart_empty"))
            return
        if not self.keypad.pending:
            self.error.emit(self.tr("Tapez d'abord la quantité, puis * pour la ligne choisie."))
            return
        quantity = self.keypad.take()
        index = self._selected_line()
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
        self.messageCleared.emit()
        if quantity == 0:
            self.code_entry.check()
        self.changed.emit(index if quantity else -1)

    def remove_line(self) -> None:
        """Remove the selected cart line (the last one when none is selected)."""
        if self.cart.is_empty():
            self._refuse(DomainError("cart_empty"))
            return
        try:
            # Its seats are free again at once.
            self.counter.remove_line(self.cart, self._selected_line())
        except DomainError as error:
            self._refuse(error)
            return
        self.messageCleared.emit()
        self.code_entry.check()
        self.changed.emit(-1)

    def clear_cart(self) -> None:
        """Empty the cart after a confirmation (nothing is asked when it is already empty)."""
        self.keypad.clear()
        if self.cart.is_empty():
            self.messageCleared.emit()
            if self.cart.promo_code is not None or self.cart.customer_id is not None:
                self.reset()  # a code or a customer alone: dropped without asking
            return
        box = QMessageBox(self.page)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Vider le panier"))
        box.setText(self.tr("Retirer tous les billets du panier\u00a0?"))
        # Entrée and Échap both keep the cart: a cashier who thinks the keyboard is still in
        # the code field (or presses Échap then Entrée out of habit) loses nothing. Emptying
        # takes a deliberate V (QMessageBox answers a button's mnemonic letter) or a tap.
        yes = box.addButton(self.tr("&Vider le panier (V)"), QMessageBox.ButtonRole.DestructiveRole)
        no = box.addButton(self.tr("Garder (Entrée / Échap)"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no)
        box.setEscapeButton(no)
        self.clear_question = box

        def done(_result: int) -> None:
            self.clear_question = None
            if box.clickedButton() is yes:
                self.reset()
                self.messageCleared.emit()
            box.deleteLater()
            self.keyboardWanted.emit()

        box.finished.connect(done)
        box.open()

    def reset(self) -> None:
        """Abandon the cart: its promotion hold is released, code and customer go with it."""
        try:
            self.counter.release_cart(self.cart)
        except DomainError:
            pass  # nothing held, or already released: the cart is abandoned anyway
        self.cart.clear()
        self.code_entry.code_edit.clear()
        self.repriced.emit()
        self.changed.emit(-1)
        self.code_entry.update_offer()

    # --- the customer -------------------------------------------------------------------

    @property
    def customer(self) -> CustomerView | None:
        """The customer of the sale in progress, or None."""
        customer_id = self.cart.customer_id
        if customer_id is None:
            self.customer_cache = None
        elif self.customer_cache is None or self.customer_cache.id != customer_id:
            self.customer_cache = self.counter.customer_of(self.cart)
        return self.customer_cache

    def set_customer(self, customer: CustomerView | None) -> None:
        """Attach ``customer`` (None for an anonymous sale) to the cart."""
        customer_id = customer.id if customer is not None else None
        if customer_id == self.cart.customer_id:
            return
        try:
            self.counter.set_customer(self.cart, customer_id)
        except DomainError as error:
            self.customer_cache = None  # re-read below: the cart says who it is
            self.repriced.emit()
            self.changed.emit(-1)
            self._refuse(error)
            return
        self.customer_cache = customer
        self.repriced.emit()
        self.changed.emit(-1)
        if customer is None:
            self.info.emit(self.tr("Vente sans client."))
        else:
            self.info.emit(self.tr("Client\u00a0: {name}").format(name=customer.name))
