"""Under the cart: the totals, the message line, « Payer » and the cart's two commands."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from guichet.domain.cart import PricedOrder
from guichet.i18n.formatting import money, percent
from guichet.services.counter import Counter
from guichet.ui.sales.common import SECONDARY_BUTTON_STYLE, page_button
from guichet.ui.theme import set_role as _set_role
from guichet.ui.theme import sized_font as _font


class PaymentBar(QWidget):
    """Sous-total, each tax, TOTAL; the message line (refusals in red, confirmations in
    green) just above « Payer », where the cashier looks; « Retirer la ligne » and « Vider le
    panier »."""

    payRequested = Signal()
    removeLineRequested = Signal()
    clearRequested = Signal()

    def __init__(self, counter: Counter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counter = counter
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        column.addWidget(self._build_totals())
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setProperty("role", "error")
        self.message.setAccessibleName(self.tr("Message"))
        column.addWidget(self.message)

        self.pay_button = page_button(
            self.tr("Payer (F12 / Entrée)"), self.payRequested.emit, "primary"
        )
        self.pay_button.setMinimumHeight(68)
        self.pay_button.setFont(_font(self.font(), 20, True))
        column.addWidget(self.pay_button)
        line_buttons = QHBoxLayout()
        self.remove_button = page_button(
            self.tr("Retirer la ligne (Suppr)"), self.removeLineRequested.emit
        )
        self.clear_button = page_button(
            self.tr("Vider le panier (Échap)"), self.clearRequested.emit
        )
        for button in (self.remove_button, self.clear_button):
            button.setStyleSheet(SECONDARY_BUTTON_STYLE)
            line_buttons.addWidget(button)
        column.addLayout(line_buttons)

    def _build_totals(self) -> QFrame:
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
        return totals

    def show_totals(self, priced: PricedOrder, empty: bool) -> None:
        lang, currency = self.counter.lang, self.counter.organisation.currency
        self.subtotal_label.setText(money(priced.subtotal, lang, currency))
        for (_, value), tax in zip(self.tax_labels, priced.taxes, strict=False):
            value.setText(money(tax.amount, lang, currency))
        self.total_label.setText(money(priced.total, lang, currency))
        self.pay_button.setEnabled(not empty)
        self.remove_button.setEnabled(not empty)
        self.clear_button.setEnabled(not empty)

    # --- the message line ---------------------------------------------------------------

    def show_error(self, text: str) -> None:
        _set_role(self.message, "error")
        self.message.setText(text)

    def show_info(self, text: str) -> None:
        _set_role(self.message, "ok")
        self.message.setText(text)

    def clear_message(self) -> None:
        self.message.clear()

    def showing_error(self) -> bool:
        return bool(self.message.property("role") == "error")
