"""The promo code: typed or scanned into its field (F6), applied with Entrée."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QWidget

from guichet.domain.cart import Cart
from guichet.domain.errors import DomainError
from guichet.services.counter import Counter
from guichet.ui.limits import limit
from guichet.ui.messages import message_for
from guichet.ui.sales.common import page_button
from guichet.ui.theme import sized_font as _font


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


class PromoCodeEntry(QWidget):
    """The code field and « Appliquer », shown only while a code is in force (or one is on
    the cart, so that it can be replaced). Applies, removes and re-checks the cart's code;
    the page re-prices what it shows when told."""

    applyRequested = Signal()  # Entrée in the field, or « Appliquer »
    focusReturned = Signal()  # the keyboard goes back to the page
    edited = Signal()  # the cashier types: the previous refusal is stale
    pricesChanged = Signal()  # the code went: category prices are the regular ones again
    error = Signal(str)

    def __init__(self, counter: Counter, cart: Cart, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counter = counter
        self.cart = cart
        self.offered = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
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
        self.code_edit.returnPressed.connect(self.applyRequested.emit)
        self.code_edit.cancelled.connect(self._cancel)
        self.code_edit.textEdited.connect(lambda _text: self.edited.emit())
        self.apply_code_button = page_button(self.tr("Appliquer"), self.applyRequested.emit)
        self.apply_code_button.setStyleSheet("min-height: 44px; padding: 2px 14px;")
        layout.addWidget(self.code_edit, 1)
        layout.addWidget(self.apply_code_button)

    def update_offer(self) -> None:
        """Shown only while at least one code is in force (or one is on the cart)."""
        self.offered = self.counter.code_entry_offered()
        visible = self.offered or self.cart.promo_code is not None
        if not visible and self.code_edit.hasFocus():
            self.focusReturned.emit()
        self.setVisible(visible)

    def take_keyboard(self) -> None:
        """F6: typed, or scanned (the scanner ends with Entrée); the text is selected so that
        a rescan replaces it."""
        self.code_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.code_edit.selectAll()

    def _cancel(self) -> None:
        self.code_edit.clear()
        self.focusReturned.emit()

    def apply(self) -> bool:
        """Apply the typed code to the cart (True), or say in words why it is refused."""
        text = self.code_edit.text().strip()
        self.focusReturned.emit()  # the page keeps the keyboard
        if not text:
            return False
        try:
            # Also on an empty cart: a price-list code changes the category buttons first.
            self.counter.apply_code(self.cart, text)
        except DomainError as error:
            # The text stays: F6 selects it, so a rescan replaces it.
            self.error.emit(message_for(error, self.counter.lang))
            return False
        self.code_edit.clear()
        return True

    def remove(self) -> bool:
        """Back to regular prices (or to the automatic promotion): True when removed."""
        if self.cart.promo_code is None:
            return False
        try:
            self.counter.remove_code(self.cart)
        except DomainError as error:
            self.error.emit(message_for(error, self.counter.lang))
            return False
        self.code_edit.clear()
        return True

    def check(self) -> None:
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
                self.error.emit(message_for(kept, self.counter.lang))
                return
            self.code_edit.clear()
            self.pricesChanged.emit()
            self.update_offer()
            self.error.emit(
                self.tr("Code promo retiré\u00a0: {reason}").format(
                    reason=message_for(error, self.counter.lang)
                )
            )
