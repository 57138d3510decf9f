"""The cart: what is being sold, line by line, with its customer and its promotion."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from guichet.domain.cart import CartLine
from guichet.i18n.formatting import money
from guichet.services.counter import Counter
from guichet.services.views import AppliedPromotion, CustomerView
from guichet.ui.fit import elide
from guichet.ui.sales.common import RICH_ROLE, page_button, struck_price_html
from guichet.ui.sales.delegates import RichPriceDelegate
from guichet.ui.theme import sized_font as _font


class CartPanel(QWidget):
    """« Panier » with the customer button (F7), the lines (description, quantity, unit price,
    total: the regular price struck through when a promotion changed it) and the promotion
    in force with what it saves (« Retirer le code » when it came with a code)."""

    customerRequested = Signal()
    removeCodeRequested = Signal()

    def __init__(self, counter: Counter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counter = counter
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        title = QLabel(self.tr("Panier"))
        title.setProperty("role", "title")
        title_row = QHBoxLayout()
        title_row.setSpacing(8)
        title_row.addWidget(title)
        title_row.addStretch(1)
        self.customer_button = page_button("", self.customerRequested.emit)
        self.customer_button.setObjectName("customerButton")
        self.customer_button.setStyleSheet("min-height: 40px; padding: 0px 10px;")
        self.customer_button.setToolTip(
            self.tr("Chercher le client par nom, téléphone, courriel ou code, ou le créer")
        )
        title_row.addWidget(self.customer_button)
        column.addLayout(title_row)
        column.addWidget(self._build_table(), 1)
        column.addWidget(self._build_promotion_row())

    def _build_table(self) -> QTableWidget:
        self.cart_table = table = QTableWidget(0, 4)
        table.setHorizontalHeaderLabels(
            [self.tr("Description"), self.tr("Qté"), self.tr("Prix unit."), self.tr("Total")]
        )
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # What is sold is never cut: a long line (event, day and time) wraps, its row grows.
        table.setWordWrap(True)
        table.setTextElideMode(Qt.TextElideMode.ElideNone)
        table.setAlternatingRowColors(True)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setMinimumSectionSize(40)
        table.verticalHeader().setDefaultSectionSize(40)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Two lines at least; the table takes whatever height the column has left.
        table.setMinimumHeight(40 * 2 + 36)
        price_delegate = RichPriceDelegate(table)
        table.setItemDelegateForColumn(2, price_delegate)
        table.setItemDelegateForColumn(3, price_delegate)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        table.setAccessibleName(self.tr("Panier"))
        return table

    def _build_promotion_row(self) -> QFrame:
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
        self.remove_code_button = page_button(
            self.tr("Retirer le code"), self.removeCodeRequested.emit
        )
        self.remove_code_button.setStyleSheet("min-height: 36px; padding: 0px 10px;")
        promo_layout.addWidget(self.promotion_label, 1)
        promo_layout.addWidget(self.remove_code_button)
        self.promotion_row.hide()
        return self.promotion_row

    # --- the lines ----------------------------------------------------------------------

    def show_lines(self, lines: Sequence[CartLine], describe: Callable[[CartLine], str]) -> None:
        """The cart's lines at their charged prices (``describe`` words each line)."""
        self.cart_table.setRowCount(len(lines))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        for row, line in enumerate(lines):
            (unit_text, unit_html), (total_text, total_html) = self._price_cells(line)
            cells = (
                (describe(line), None, left),
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

    def selected_row(self, default: int) -> int:
        """The selected line's row, ``default`` when none is selected."""
        rows = self.cart_table.selectionModel().selectedRows()
        return rows[0].row() if rows else default

    def select_row(self, row: int) -> None:
        if row >= 0:
            self.cart_table.selectRow(row)
            cell = self.cart_table.item(row, 0)
            if cell is not None:
                self.cart_table.scrollToItem(cell)

    # --- customer and promotion ---------------------------------------------------------

    def show_customer(self, customer: CustomerView | None) -> None:
        if customer is None:
            self.customer_button.setText(self.tr("Client\u00a0: aucun (F7)"))
        else:
            metrics = QFontMetrics(self.customer_button.font())
            name = elide(metrics, customer.name, 230)
            self.customer_button.setText(self.tr("Client\u00a0: {name} (F7)").format(name=name))
        self.customer_button.setAccessibleName(self.customer_button.text())

    def show_promotion(self, applied: AppliedPromotion | None, with_code: bool) -> None:
        """The promotion in force (None: the row is hidden); « Retirer le code » when the
        cart holds a code."""
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
        self.remove_code_button.setVisible(with_code)
        self.promotion_row.show()
