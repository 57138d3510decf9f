"""The bar under the page: the counter's other windows and the end of the shift."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from guichet.ui.sales.common import CARDS_KEY, SECONDARY_BUTTON_STYLE, key_text, page_button


class CommandBar(QWidget):
    """Remboursement (F8), Reçus (F9), Fermer le quart (F10), Cartes et laissez-passer
    (Ctrl+G) and, apart on the right, Déconnexion (F11)."""

    refundRequested = Signal()
    receiptsRequested = Signal()
    closeShiftRequested = Signal()
    cardsRequested = Signal()
    logoutRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        bar = QHBoxLayout(self)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.setSpacing(10)
        self.refund_button = page_button(self.tr("Remboursement (F8)"), self.refundRequested.emit)
        self.receipts_button = page_button(self.tr("Reçus (F9)"), self.receiptsRequested.emit)
        self.close_shift_button = page_button(
            self.tr("Fermer le quart (F10)"), self.closeShiftRequested.emit
        )
        self.logout_button = page_button(self.tr("Déconnexion (F11)"), self.logoutRequested.emit)
        # Gift packages and passes (new, or a shop card scanned to activate it).
        self.cards_button = page_button(
            self.tr("Cartes et laissez-passer ({key})").format(key=key_text(CARDS_KEY)),
            self.cardsRequested.emit,
        )
        self.cards_button.setObjectName("cardsButton")
        self.cards_button.setToolTip(
            self.tr("Forfaits cadeaux et laissez-passer, ou une carte de la boutique à activer")
        )
        for button in (
            self.refund_button,
            self.receipts_button,
            self.close_shift_button,
            self.cards_button,
            self.logout_button,
        ):
            button.setStyleSheet(SECONDARY_BUTTON_STYLE)
        for button in (self.refund_button, self.receipts_button, self.close_shift_button):
            bar.addWidget(button)
        bar.addWidget(self.cards_button)
        bar.addStretch(1)
        bar.addWidget(self.logout_button)
