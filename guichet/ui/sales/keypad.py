"""The typed quantity: digits (keyboard or keypad) before a category key or ``*``."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from guichet.ui.sales.common import KEY_STYLE, MAX_PENDING_DIGITS, page_button
from guichet.ui.theme import COLORS
from guichet.ui.theme import sized_font as _font


class QuantityPad(QWidget):
    """« Quantité : 3 », the keypad (1 to 0, C), and « → la ligne (*) », which gives the
    typed quantity to the selected cart line."""

    lineQuantityRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pending = ""  # the digits typed so far (at most MAX_PENDING_DIGITS)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        quantity_row = QHBoxLayout()
        quantity_row.setSpacing(6)
        self.quantity_label = QLabel()
        self.quantity_label.setFont(_font(self.font(), 20, True))
        quantity_row.addWidget(self.quantity_label, 1)
        # The typed quantity for the selected cart line (the last one when none is selected).
        self.line_quantity_button = page_button(
            self.tr("→ la ligne (*)"), self.lineQuantityRequested.emit
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
            key = page_button(digit, lambda _=False, d=digit: self.type_digit(d))
            key.setMinimumWidth(54)
            key.setStyleSheet(KEY_STYLE)
            key.setFont(_font(self.font(), 20, True))
            keypad.addWidget(key, i // 5, i % 5)
        clear = page_button(self.tr("C"), self.clear)
        clear.setToolTip(self.tr("Effacer la quantité"))
        clear.setMinimumWidth(54)
        clear.setStyleSheet(KEY_STYLE)
        clear.setFont(_font(self.font(), 20, True))
        clear.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        keypad.addWidget(clear, 0, 5, 2, 1)
        column.addLayout(keypad)

    def type_digit(self, digit: str) -> None:
        if len(self.pending) < MAX_PENDING_DIGITS:
            self.pending += digit
        self.update_label()

    def clear(self) -> None:
        self.pending = ""
        self.update_label()

    def backspace(self) -> None:
        self.pending = self.pending[:-1]
        self.update_label()

    def take(self) -> int:
        """The typed quantity (1 when none was typed), cleared for the next key."""
        quantity = int(self.pending) if self.pending else 1
        self.clear()
        return quantity

    def update_label(self) -> None:
        if self.pending:
            self.quantity_label.setText(
                self.tr("Quantité\u00a0: {quantity}").format(quantity=int(self.pending))
            )
            self.quantity_label.setStyleSheet(f"color: {COLORS['primary']};")
        else:
            self.quantity_label.setText(self.tr("Quantité\u00a0: {quantity}").format(quantity=1))
            self.quantity_label.setStyleSheet(f"color: {COLORS['muted']};")
