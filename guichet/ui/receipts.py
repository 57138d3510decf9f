"""The shift's receipts (view, reprint, refund) and the printer's waiting line."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from guichet.domain.errors import DomainError
from guichet.i18n.formatting import money, time_of_day
from guichet.services.counter import Counter
from guichet.services.views import PrintJobView, ReceiptView
from guichet.ui.document_view import DocumentView
from guichet.ui.exchange import ExchangeDialog
from guichet.ui.login import set_role
from guichet.ui.messages import message_for, message_for_code
from guichet.ui.printing import PrintController, error_code
from guichet.ui.refund import RefundDialog


def _item(text: str, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(48)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    return table


class ReceiptsDialog(QDialog):
    """Receipts of the current shift, newest first, with the selected one shown beside."""

    reprintQueued = Signal(str)  # print job id
    refunded = Signal(object)  # RefundRecorded

    def __init__(
        self,
        counter: Counter,
        parent: QWidget | None = None,
        *,
        printer: PrintController | None = None,
    ) -> None:
        super().__init__(parent)
        self.counter = counter
        self.printer = printer
        self.receipts: list[ReceiptView] = []
        self.refund_dialog: RefundDialog | None = None
        self.exchange_dialog: ExchangeDialog | None = None
        self.setWindowTitle(self.tr("Reçus du quart"))
        self.setModal(True)

        title = QLabel(self.tr("Reçus du quart"))
        title.setProperty("role", "title")
        self.table = _table([self.tr("N°"), self.tr("Heure"), self.tr("Type"), self.tr("Total")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.view_selected())
        self.preview = DocumentView(parent=self)
        self.preview.setMinimumWidth(480)

        self.view_button = QPushButton(self.tr("Voir"))
        self.reprint_button = QPushButton(self.tr("Réimprimer (F5)"))
        self.refund_button = QPushButton(self.tr("Rembourser…"))
        # Another date for the same admissions (issue 17): F6, as its button says.
        self.exchange_button = QPushButton(self.tr("Échanger… (F6)"))
        self.close_button = QPushButton(self.tr("Fermer"))
        self.close_button.setProperty("role", "primary")
        self.view_button.clicked.connect(self.view_selected)
        self.reprint_button.clicked.connect(self.reprint_selected)
        self.refund_button.clicked.connect(self.refund_selected)
        self.exchange_button.clicked.connect(self.exchange_selected)
        self.close_button.clicked.connect(self.accept)
        reprint = QShortcut(QKeySequence(Qt.Key.Key_F5), self)  # as on the receipt after a sale
        reprint.setAutoRepeat(False)
        reprint.activated.connect(self.reprint_selected)
        exchange = QShortcut(QKeySequence(Qt.Key.Key_F6), self)
        exchange.setAutoRepeat(False)
        exchange.activated.connect(self.exchange_selected)
        for button in (self.view_button, self.reprint_button, self.refund_button,
                       self.exchange_button, self.close_button):
            button.setAutoDefault(False)
        self.message = QLabel()
        self.message.setWordWrap(True)

        left = QVBoxLayout()
        left.addWidget(title)
        left.addWidget(self.table, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.view_button)
        actions.addWidget(self.reprint_button)
        actions.addWidget(self.refund_button)
        actions.addWidget(self.exchange_button)
        left.addLayout(actions)

        columns = QHBoxLayout()
        columns.setSpacing(16)
        columns.addLayout(left, 1)
        columns.addWidget(self.preview, 1)

        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.close_button)

        root = QVBoxLayout(self)
        root.setContentsMargins(16, 12, 16, 12)
        root.addLayout(columns, 1)
        root.addLayout(bottom)
        self.resize(1200, 700)
        self.reload()

    def kind_name(self, kind: str) -> str:
        if kind == "refund":
            return self.tr("Remboursement")
        return self.tr("Vente")

    def reload(self) -> None:
        selected = self.selected_receipt
        try:
            self.receipts = self.counter.receipts()
        except DomainError as error:
            self.receipts = []
            self.show_message(message_for(error, self.counter.lang))
        lang, tz = self.counter.lang, self.counter.organisation.timezone
        self.table.setRowCount(len(self.receipts))
        for row, receipt in enumerate(self.receipts):
            total = -receipt.total if receipt.kind == "refund" else receipt.total
            self.table.setItem(row, 0, _item(f"{receipt.number:06d}"))
            self.table.setItem(row, 1, _item(time_of_day(receipt.created_at, tz, lang)))
            self.table.setItem(row, 2, _item(self.kind_name(receipt.kind)))
            self.table.setItem(row, 3, _item(money(total, lang), right=True))
        if not self.receipts:
            self.preview.clear()
            self.preview.setPlainText(self.tr("Aucun reçu pour ce quart."))
        keep = next(
            (i for i, r in enumerate(self.receipts) if selected and r.id == selected.id), 0
        )
        if self.receipts:
            self.table.selectRow(keep)
        self._selection_changed()

    @property
    def selected_receipt(self) -> ReceiptView | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        row = rows[0].row()
        return self.receipts[row] if 0 <= row < len(self.receipts) else None

    def select_receipt(self, receipt_id: str) -> None:
        row = next((i for i, r in enumerate(self.receipts) if r.id == receipt_id), -1)
        if row >= 0:
            self.table.selectRow(row)

    @Slot()
    def _selection_changed(self) -> None:
        receipt = self.selected_receipt
        has = receipt is not None
        self.view_button.setEnabled(has)
        self.reprint_button.setEnabled(has)
        self.refund_button.setEnabled(has and receipt is not None and receipt.kind == "sale")
        if has:
            self.view_selected()

    @Slot()
    def view_selected(self) -> None:
        receipt = self.selected_receipt
        if receipt is None:
            return
        self.preview.show_document(self.counter.receipt_document(receipt.id))

    @Slot()
    def reprint_selected(self) -> None:
        receipt = self.selected_receipt
        if receipt is None:
            return
        number = f"{receipt.number:06d}"
        printing = self.counter.printing_enabled and (
            self.printer is None or self.printer.configured
        )
        if not printing:
            # Nothing would print the copy: say so, queue nothing, count no copy.
            self.show_message(
                self.tr("Copie du reçu N° {number} non imprimée (aucune imprimante).").format(
                    number=number
                ),
                "warn",
            )
            return
        try:
            job_id = self.counter.reprint(receipt.id)
        except DomainError as error:
            self.show_message(message_for(error, self.counter.lang))
            return
        self.preview.show_document(self.counter.receipt_document(receipt.id, reprint=True))
        folder = self.printer.pdf_folder if self.printer is not None else ""
        if folder:
            text = self.tr("Copie du reçu N° {number} envoyée en PDF dans le dossier {folder}")
        else:
            text = self.tr("Copie du reçu N° {number} envoyée à l'imprimante.")
        self.show_message(text.format(number=number, folder=folder), "ok")
        self.reprintQueued.emit(job_id)

    @Slot()
    def refund_selected(self) -> None:
        receipt = self.selected_receipt
        if receipt is None or receipt.kind != "sale":
            return
        dialog = RefundDialog(self.counter, self, order_code=receipt.order_code)
        dialog.refunded.connect(self.refunded)
        dialog.finished.connect(self._refund_closed)
        self.refund_dialog = dialog
        dialog.open()

    @Slot(int)
    def _refund_closed(self, _result: int) -> None:
        self.reload()

    @Slot()
    def exchange_selected(self) -> None:
        """The selected receipt's admissions, to move to another date; with none selected
        (or for an order of another day), the dialog finds it by its receipt's or a ticket's
        code."""
        receipt = self.selected_receipt
        order_id = receipt.order_id if receipt is not None else None
        dialog = ExchangeDialog(self.counter, self, order_id=order_id)
        dialog.exchanged.connect(self._exchanged)
        dialog.finished.connect(self._refund_closed)
        self.exchange_dialog = dialog
        dialog.open()

    @Slot(object)
    def _exchanged(self, _result: object) -> None:
        if self.printer is not None:
            self.printer.kick()  # the new tickets were queued with the exchange

    def show_message(self, text: str, level: str = "error") -> None:
        self.message.setText(text)
        set_role(self.message, level if text else "muted")


class PrintQueueDialog(QDialog):
    """What waits for the printer, and why; retry everything or drop a copy."""

    def __init__(
        self, counter: Counter, controller: PrintController, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.counter = counter
        self.controller = controller
        self.jobs: list[PrintJobView] = []
        self.setWindowTitle(self.tr("Imprimante"))
        self.setModal(True)

        title = QLabel(self.tr("Impressions en attente"))
        title.setProperty("role", "title")
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.table = _table([self.tr("Document"), self.tr("État"), self.tr("Essais"),
                             self.tr("Raison")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)

        self.retry_button = QPushButton(self.tr("Réessayer tout"))
        self.retry_button.setProperty("role", "primary")
        self.cancel_job_button = QPushButton(self.tr("Annuler la copie"))
        self.close_button = QPushButton(self.tr("Fermer"))
        self.retry_button.clicked.connect(self.retry_all)
        self.cancel_job_button.clicked.connect(self.cancel_selected)
        self.close_button.clicked.connect(self.accept)
        for button in (self.retry_button, self.cancel_job_button, self.close_button):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.cancel_job_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        hint = QLabel(self.tr(
            "Les ventes sont enregistrées même si l'imprimante ne répond pas. "
            "Vérifiez qu'elle est allumée, branchée et qu'il y a du papier, puis réessayez."
        ))
        hint.setProperty("role", "muted")
        hint.setWordWrap(True)

        root = QVBoxLayout(self)
        root.setContentsMargins(16, 12, 16, 12)
        root.addWidget(title)
        root.addWidget(self.status_label)
        root.addWidget(self.table, 1)
        root.addWidget(hint)
        root.addLayout(buttons)
        self.resize(1000, 560)

        controller.statusChanged.connect(self._status_changed)
        controller.finished.connect(self._run_finished)
        self._status_changed(*controller.status)
        self.reload()

    def job_name(self, job: PrintJobView) -> str:
        if job.kind == "zreport":
            return self.tr("Rapport Z")
        if job.kind == "reprint":
            return self.tr("Copie du reçu N° {number}").format(number=self._number(job))
        # Tickets (issue 17): one job each, or on the receipt's strip.
        numbered = job.receipt_id is not None and job.label.isdigit()
        if job.kind == "receipt_tickets":
            return self.tr("Reçu N° {number} et ses billets").format(number=self._number(job))
        if job.kind == "ticket_copy":
            if numbered:
                return self.tr("Copie d'un billet du reçu N° {number}").format(
                    number=self._number(job)
                )
            return self.tr("Copie d'un billet")
        if job.kind in ("ticket", "booking") or job.kind.startswith("ticket:"):
            if numbered:
                return self.tr("Billet du reçu N° {number}").format(number=self._number(job))
            return self.tr("Billet")
        return self.tr("Reçu N° {number}").format(number=self._number(job))

    @staticmethod
    def _number(job: PrintJobView) -> str:
        return f"{int(job.label):06d}" if job.label.isdigit() else job.label

    def status_name(self, job: PrintJobView) -> str:
        if job.status == "failed":
            return self.tr("Échec")
        return self.tr("En attente")

    def reason(self, job: PrintJobView) -> str:
        if not job.last_error:
            return ""
        return message_for_code(error_code(job.last_error), {}, self.counter.lang)

    def reload(self) -> None:
        selected = self.selected_job
        self.jobs = self.counter.print_jobs()
        self.table.setRowCount(len(self.jobs))
        for row, job in enumerate(self.jobs):
            self.table.setItem(row, 0, _item(self.job_name(job)))
            self.table.setItem(row, 1, _item(self.status_name(job)))
            self.table.setItem(row, 2, _item(str(job.attempts), right=True))
            reason = _item(self.reason(job))
            reason.setToolTip(job.last_error)
            self.table.setItem(row, 3, reason)
        if selected is not None:
            row = next((i for i, j in enumerate(self.jobs) if j.id == selected.id), -1)
            if row >= 0:
                self.table.selectRow(row)
        self.retry_button.setEnabled(bool(self.jobs))
        self._selection_changed()

    @Slot(list)
    def _run_finished(self, _outcomes: list[object]) -> None:
        self.reload()

    @property
    def selected_job(self) -> PrintJobView | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        row = rows[0].row()
        return self.jobs[row] if 0 <= row < len(self.jobs) else None

    @Slot()
    def _selection_changed(self) -> None:
        self.cancel_job_button.setEnabled(self.selected_job is not None)

    @Slot(str, str)
    def _status_changed(self, level: str, text: str) -> None:
        self.status_label.setText(text)
        set_role(self.status_label, level)

    @Slot()
    def retry_all(self) -> None:
        self.retry_button.setEnabled(False)
        self.status_label.setText(self.tr("Impression en cours…"))
        set_role(self.status_label, "muted")
        self.controller.retry()

    @Slot()
    def cancel_selected(self) -> None:
        job = self.selected_job
        if job is None:
            return
        self.controller.cancel(job.id)
        self.reload()
