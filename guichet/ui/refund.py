"""Refunding tickets: find the order, choose the quantities, a supervisor approves."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import TypeVar

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from guichet.domain.codes import display
from guichet.domain.errors import DomainError
from guichet.domain.money import Cents
from guichet.i18n.formatting import money, time_of_day, timestamp
from guichet.services.counter import Counter
from guichet.services.handlers import RefundRecorded
from guichet.services.views import OrderView
from guichet.ui.approval import SupervisorApproval
from guichet.ui.limits import limit
from guichet.ui.login import set_role
from guichet.ui.messages import message_for, message_for_code
from guichet.ui.payment import change_label

METHODS = ("cash", "card")
# A line of the order: room for the − and + buttons of its quantity.
ROW_HEIGHT = 64


_Found = TypeVar("_Found")


def find_by_code(
    code_edit: QLineEdit,
    find: Callable[[str], _Found],
    forget: Callable[[], None],
    show_message: Callable[[str], None],
    lang: str,
) -> _Found | None:
    """What ``find`` finds for the code typed in ``code_edit`` (a receipt's or a ticket's),
    else None with the reason said: an empty field, or what ``find`` refused. A refusal first
    ``forget``s the order on screen and selects the code, to be typed again."""
    text = code_edit.text()
    if not text.strip():
        show_message(message_for_code("code_malformed", {}, lang))
        return None
    try:
        return find(text)
    except DomainError as error:
        forget()
        show_message(message_for(error, lang))
        code_edit.selectAll()
        code_edit.setFocus()
        return None


class QuantityStepper(QWidget):
    """A count from 0 to ``maximum`` with big − and + buttons around it (touch)."""

    def __init__(self, maximum: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spin = QSpinBox()
        self.spin.setRange(0, maximum)
        self.spin.setEnabled(maximum > 0)
        self.spin.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.spin.setFixedWidth(64)
        self.spin.setStyleSheet(
            "QSpinBox { font-size: 17pt; min-height: 40px; }"
            "QSpinBox::up-button, QSpinBox::down-button { width: 0px; border: none; }"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(4)
        for text, step in (("−", -1), ("+", 1)):
            button = QPushButton(text)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAutoDefault(False)
            button.setFixedSize(52, 48)
            button.setEnabled(maximum > 0)
            button.setStyleSheet("font-size: 20pt; min-height: 40px; padding: 0;")
            button.clicked.connect(lambda _=False, d=step: self.step(d))
            layout.addWidget(button)
            if step < 0:
                layout.addWidget(self.spin)

    def step(self, delta: int) -> None:
        self.spin.setValue(self.spin.value() + delta)


class RefundDialog(QDialog):
    """``refund_result`` holds the :class:`RefundRecorded` once the refund is recorded."""

    refunded = Signal(object)  # RefundRecorded

    COLUMNS = 5  # billet (et séance), prix, vendus, déjà remboursés, à rembourser

    def __init__(
        self, counter: Counter, parent: QWidget | None = None, order_code: str | None = None
    ) -> None:
        super().__init__(parent)
        self.counter = counter
        self.order: OrderView | None = None
        self.refund_result: RefundRecorded | None = None
        self.spins: dict[str, QSpinBox] = {}
        self.setWindowTitle(self.tr("Remboursement"))
        self.setModal(True)

        # --- finding the order ---
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText(self.tr("Code du reçu, ex.\u00a0: K7M2Q-X9PTR-4HWC8"))
        self.code_edit.setAccessibleName(self.tr("Code de la commande"))
        limit(self.code_edit, "lookup_code", 40)
        self.code_edit.returnPressed.connect(self.find_code)
        self.find_button = QPushButton(self.tr("Chercher"))
        self.find_button.setAutoDefault(False)
        self.find_button.clicked.connect(self.find_code)
        self.receipt_combo = QComboBox()
        self.receipt_combo.setAccessibleName(self.tr("Reçus du quart"))
        self.receipt_combo.setMinimumWidth(300)
        self.receipt_combo.activated.connect(self._receipt_chosen)
        find_row = QGridLayout()
        find_row.addWidget(QLabel(self.tr("Code du reçu (tapez ou scannez)")), 0, 0)
        find_row.addWidget(self.code_edit, 1, 0)
        find_row.addWidget(self.find_button, 1, 1)
        find_row.addWidget(QLabel(self.tr("ou un reçu de ce quart")), 0, 2)
        find_row.addWidget(self.receipt_combo, 1, 2)
        find_row.setColumnStretch(0, 3)
        find_row.setColumnStretch(2, 2)

        self.order_label = QLabel()
        self.order_label.setProperty("role", "muted")
        self.order_label.setWordWrap(True)

        # --- the lines ---
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels([
            self.tr("Billet"), self.tr("Prix"), self.tr("Vendus"), self.tr("Déjà remb."),
            self.tr("À rembourser"),
        ])
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # A long show or tariff name wraps: its row grows to show it whole.
        header.sectionResized.connect(lambda *_args: self._fit_rows())

        self.all_button = QPushButton(self.tr("Tout rembourser"))
        self.all_button.setAutoDefault(False)
        self.all_button.clicked.connect(self.select_all)
        self.none_button = QPushButton(self.tr("Aucun"))
        self.none_button.setAutoDefault(False)
        self.none_button.clicked.connect(self.select_none)
        self.estimate_label = QLabel()
        self.estimate_label.setStyleSheet("font-size: 18pt; font-weight: bold;")
        lines_row = QHBoxLayout()
        lines_row.addWidget(self.all_button)
        lines_row.addWidget(self.none_button)
        lines_row.addStretch(1)
        lines_row.addWidget(self.estimate_label)

        # --- how ---
        self.method_group = QButtonGroup(self)
        self.method_buttons: dict[str, QPushButton] = {}
        method_row = QHBoxLayout()
        method_row.addWidget(QLabel(self.tr("Rendre en")))
        for index, (method, text) in enumerate(
            (("cash", self.tr("Espèces")), ("card", self.tr("Carte")))
        ):
            button = QPushButton(text)
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setMinimumWidth(130)
            button.setStyleSheet(
                "QPushButton:checked { background: #0b5cad; color: white; border: none; }"
            )
            self.method_group.addButton(button, index)
            self.method_buttons[method] = button
            method_row.addWidget(button)
        self.method_buttons["cash"].setChecked(True)
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("Raison (facultatif)"))
        self.reason_edit.setAccessibleName(self.tr("Raison"))
        limit(self.reason_edit, "RefundOrder.reason", 200)
        method_row.addSpacing(12)
        method_row.addWidget(self.reason_edit, 1)

        # The line for what happened (a refusal, the refund done) under the lines, where the
        # cashier looks; the cash to hand back as large as a sale's change, under it.
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setMinimumHeight(36)
        self.message.hide()
        self.change_label = change_label(self.font())
        self.change_label.hide()

        left = QVBoxLayout()
        left.setSpacing(10)
        left.addLayout(find_row)
        left.addWidget(self.order_label)
        left.addWidget(self.table, 1)
        left.addLayout(lines_row)
        left.addLayout(method_row)
        left.addWidget(self.message)
        left.addWidget(self.change_label)

        # --- approval (right column), then Annuler / Terminer under Rembourser ---
        approval_title = QLabel(self.tr("Approbation"))
        approval_title.setStyleSheet("font-size: 18pt; font-weight: bold;")
        # The same approval as an override's (guichet/ui/approval.py): the supervisor, the PIN.
        self.approval = SupervisorApproval(counter, self)
        self.approval.accepted.connect(self.do_refund)
        self.supervisor_combo = self.approval.supervisor_combo
        self.pin_edit = self.approval.pin_edit
        self.keypad = self.approval.keypad
        self.refund_button = QPushButton(self.tr("Rembourser"))
        self.refund_button.setProperty("role", "primary")
        self.refund_button.setAutoDefault(False)
        self.refund_button.setMinimumHeight(64)
        self.refund_button.clicked.connect(self.do_refund)
        self.close_button = QPushButton(self.tr("Annuler"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self._close)

        right = QVBoxLayout()
        right.addWidget(approval_title)
        right.addWidget(self.approval, 1)
        right.addWidget(self.refund_button)
        right.addWidget(self.close_button)
        right_box = QFrame()
        right_box.setFrameShape(QFrame.Shape.StyledPanel)
        right_box.setLayout(right)
        # As narrow as it may be (330 px), yet never narrower than the supervisor's name.
        right_box.setMinimumWidth(330)
        right_box.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)

        root = QHBoxLayout(self)
        root.setContentsMargins(16, 12, 16, 12)
        root.setSpacing(16)
        root.addLayout(left, 1)
        root.addWidget(right_box)
        self.resize(1320, 700)

        self.load_receipts()
        if order_code:
            self.code_edit.setText(display(order_code) if order_code.isalnum() else order_code)
            self.find_code()
        else:
            self._show_order(None)
            self.code_edit.setFocus()

    # --- finding -----------------------------------------------------------------------

    def load_receipts(self) -> None:
        """The sales of the current shift, newest first."""
        self.receipt_combo.clear()
        self.receipt_combo.addItem(self.tr("— Choisir un reçu —"), None)
        try:
            receipts = self.counter.receipts()
        except DomainError:
            receipts = []
        tz, lang = self.counter.organisation.timezone, self.counter.lang
        for receipt in receipts:
            if receipt.kind != "sale":
                continue
            self.receipt_combo.addItem(
                self.tr("N° {number} · {time} · {total}").format(
                    number=f"{receipt.number:06d}",
                    time=time_of_day(receipt.created_at, tz, lang),
                    total=money(receipt.total, lang),
                ),
                receipt.order_id,
            )

    @Slot()
    def find_code(self) -> None:
        order = find_by_code(
            self.code_edit,
            self.counter.find_order,
            lambda: self._show_order(None),  # never leave another order on screen to be refunded
            self.show_message,
            self.counter.lang,
        )
        if order is None:
            return
        self.receipt_combo.setCurrentIndex(0)
        self._order_found(order)

    @Slot(int)
    def _receipt_chosen(self, index: int) -> None:
        order_id = self.receipt_combo.itemData(index)
        if not order_id:
            return
        self.choose_order(order_id)

    def choose_order(self, order_id: str) -> None:
        try:
            order = self.counter.order(order_id)
        except DomainError as error:
            self.show_message(message_for(error, self.counter.lang))
            return
        self.code_edit.setText(display(order.code))
        self._order_found(order)

    def _order_found(self, order: OrderView) -> None:
        self._show_order(order)
        if all(line.refundable <= 0 for line in order.lines):
            self.show_message(message_for_code("already_refunded", {}, self.counter.lang))
        else:
            self.show_message("")
            first = next((s for s in self.spins.values() if s.isEnabled()), None)
            if first is not None:
                first.setFocus()
                first.selectAll()

    def _show_order(self, order: OrderView | None) -> None:
        self.order = order
        self.spins = {}
        self.table.setRowCount(0)
        if order is None:
            self.order_label.setText(self.tr("Tapez ou scannez le code du reçu."))
            self._update_estimate()
            return
        lang, tz = self.counter.lang, self.counter.organisation.timezone
        self.order_label.setText(
            self.tr("Commande {code} · {time} · total {total} · déjà remboursé {refunded}").format(
                code=display(order.code),
                time=timestamp(order.created_at, tz, lang),
                total=money(order.total, lang),
                refunded=money(order.refunded_total, lang),
            )
        )
        self.table.setRowCount(len(order.lines))
        for row, line in enumerate(order.lines):
            ticket = QLabel(
                self.tr("<b>{description} — {category}</b><br>{occurrence}").format(
                    description=escape(line.description),
                    category=escape(line.category_name),
                    occurrence=escape(line.occurrence_label),
                )
            )
            ticket.setContentsMargins(6, 0, 6, 0)
            ticket.setWordWrap(True)
            self.table.setCellWidget(row, 0, ticket)
            cells = [
                money(line.unit_price, lang),
                str(line.quantity),
                str(line.refunded_quantity),
            ]
            for column, text in enumerate(cells, start=1):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
            stepper = QuantityStepper(max(line.refundable, 0))
            stepper.spin.setAccessibleName(self.tr("Quantité à rembourser"))
            stepper.spin.valueChanged.connect(self._update_estimate)
            self.table.setCellWidget(row, 4, stepper)
            self.spins[line.id] = stepper.spin
        self._fit_rows()
        self._update_estimate()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self, self._fit_rows)  # the stretched column's width is known now

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self._fit_rows)

    def _fit_rows(self) -> None:
        """Each row as tall as its ticket's wrapped name and date (never below the touch
        size of the − and + buttons)."""
        width = self.table.columnWidth(0)
        for row in range(self.table.rowCount()):
            ticket = self.table.cellWidget(row, 0)
            needed = ticket.heightForWidth(width) + 8 if ticket is not None else 0
            self.table.setRowHeight(row, max(ROW_HEIGHT, needed))

    # --- quantities --------------------------------------------------------------------

    def quantities(self) -> dict[str, int]:
        return {line_id: spin.value() for line_id, spin in self.spins.items() if spin.value()}

    def set_quantity(self, line_id: str, quantity: int) -> None:
        self.spins[line_id].setValue(quantity)

    @Slot()
    def select_all(self) -> None:
        for spin in self.spins.values():
            spin.setValue(spin.maximum())

    @Slot()
    def select_none(self) -> None:
        for spin in self.spins.values():
            spin.setValue(0)

    def estimate(self) -> Cents:
        """The exact amount (taxes split to the cent), as the refund will record it."""
        if self.order is None:
            return 0
        return self.counter.refund_preview(self.order.id, self.quantities()).total

    def _update_estimate(self) -> None:
        count = sum(self.quantities().values())
        self.estimate_label.setText(
            self.tr("%n billet(s) · {amount}", "", count).format(
                amount=money(self.estimate(), self.counter.lang)
            )
        )
        self.refund_button.setEnabled(self.order is not None and count > 0)

    # --- refunding ---------------------------------------------------------------------

    @property
    def method(self) -> str:
        return METHODS[max(self.method_group.checkedId(), 0)]

    def set_method(self, method: str) -> None:
        self.method_buttons[method].setChecked(True)

    @Slot()
    def do_refund(self) -> None:
        lang = self.counter.lang
        if self.order is None:
            self.show_message(self.tr("Cherchez d'abord la commande (code du reçu)."))
            return
        lines = self.quantities()
        if not lines:
            self.show_message(message_for_code("nothing_to_refund", {}, lang))
            return
        supervisor_id = self.supervisor_combo.currentData()
        if not supervisor_id:
            self.show_message(message_for_code("supervisor_required", {}, lang))
            return
        pin = self.pin_edit.text()
        if not pin:
            self.show_message(self.tr("Le superviseur doit taper son NIP."))
            self.pin_edit.setFocus()
            return
        try:
            supervisor = self.counter.authorize_supervisor(supervisor_id, pin)
            result = self.counter.refund(
                self.order.id,
                lines,
                supervisor,
                method=self.method,
                reason=self.reason_edit.text().strip(),
            )
        except DomainError as error:
            self.pin_edit.clear()
            self.show_message(message_for(error, lang))
            self.pin_edit.setFocus()
            return
        self.pin_edit.clear()
        self.refund_result = result
        self.change_label.hide()  # a previous refund's cash, in this dialog, is handed back
        if self.method == "cash":
            text = self.tr(
                "Remboursé\u00a0: {total}. Rendez {cash} en espèces au client (reçu N° {number})."
            ).format(total=money(result.total, lang), cash=money(result.cash_out, lang),
                     number=f"{result.receipt_number:06d}")
            if result.cash_out:
                self.change_label.setText(
                    self.tr("À rendre en espèces : {amount}").format(
                        amount=money(result.cash_out, lang)
                    )
                )
                self.change_label.show()
        else:
            text = self.tr(
                "Remboursé\u00a0: {total} sur la carte du client (reçu N° {number})."
            ).format(total=money(result.total, lang), number=f"{result.receipt_number:06d}")
        self.show_message(text, "ok")
        self.close_button.setText(self.tr("Terminer"))
        self.close_button.setProperty("role", "primary")
        set_role(self.close_button, "primary")
        self.close_button.setFocus()
        self.refunded.emit(result)
        # Show what is left to refund on this order (the result message stays).
        self._show_order(self.counter.order(self.order.id))

    @Slot()
    def _close(self) -> None:
        if self.refund_result is not None:
            self.accept()
        else:
            self.reject()

    def show_message(self, text: str, level: str = "error") -> None:
        self.message.setText(text)
        set_role(self.message, level if text else "muted")
        self.message.setVisible(bool(text))  # no message: its room goes to the lines
