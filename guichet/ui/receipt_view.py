"""The receipt after a sale: as printed, the change to hand back, reprint or save as PDF;
and its tickets (F8): each as printed, a copy of one, all as a PDF to print at home.

What it says about printing is what happened: "envoyé à l'imprimante" only when a job was
queued for a configured printer, "non imprimé" (with the reason) as soon as that job fails, and
"aucune imprimante" when none is configured (the receipt can still be saved as PDF).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QSize, QStandardPaths, Qt, Signal, Slot
from PySide6.QtGui import QColor, QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from guichet.domain.errors import DomainError
from guichet.domain.money import Cents
from guichet.i18n.formatting import money
from guichet.printing.document import ReceiptDocument, TicketDocument
from guichet.services.counter import Counter
from guichet.ui.document_view import DocumentView
from guichet.ui.messages import message_for, message_for_code
from guichet.ui.printing import PrintController, error_code
from guichet.ui.theme import COLORS
from guichet.ui.theme import set_role as _set_role

if TYPE_CHECKING:
    from guichet.printing.document import Document
    from guichet.printing.pdf import PageName

#: After a sale, these keys close the receipt and start the next sale (F5 stays "Réimprimer").
NEXT_SALE_KEYS: tuple[Qt.Key, ...] = (
    Qt.Key.Key_F1,
    Qt.Key.Key_F2,
    Qt.Key.Key_F3,
    Qt.Key.Key_F4,
    Qt.Key.Key_F6,
    Qt.Key.Key_F7,
)


_Document = TypeVar("_Document", bound="Document")


def _documents_folder() -> Path:
    """Where a PDF is offered to be saved: the user's documents, else the home folder."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder or str(Path.home()))


def _file_safe(text: str, fallback: str) -> str:
    """``text`` kept to letters, digits and dashes for a file name (``fallback`` if none)."""
    return re.sub(r"[^0-9A-Za-z-]", "", text) or fallback


def _save_pdf(
    path: str,
    document: Callable[[], _Document],
    page: PageName,
    failed: Callable[[Exception], None],
    catching: tuple[type[Exception], ...],
) -> tuple[str, _Document] | None:
    """Write ``document()`` as a PDF at ``path`` (".pdf" added when missing): the path and the
    document written, or None when no path was chosen or when it failed (``failed`` is told
    what ``catching`` caught)."""
    if not path:
        return None
    if not path.lower().endswith(".pdf"):
        path += ".pdf"
    try:
        from guichet.printing.pdf import write_pdf  # written alongside; loaded on demand

        written = document()
        write_pdf(written, path, page=page)
    except catching as error:
        failed(error)
        return None
    return path, written


class ReceiptDialog(QDialog):
    """Shows a receipt; "Terminer" (Enter) or Esc closes it.

    With ``starts_next_sale`` (the receipt after a sale), it stays up until the next sale
    starts: a digit or F1–F4, F6, F7 closes it and is handed on (``nextSaleKey``) to the
    sales page, which takes it as if the receipt had never been there."""

    nextSaleKey = Signal(int, str)  # Qt.Key, its text

    def __init__(
        self,
        counter: Counter,
        receipt_id: str,
        parent: QWidget | None = None,
        *,
        change_due: Cents = 0,
        printer: PrintController | None = None,
        starts_next_sale: bool = False,
    ) -> None:
        super().__init__(parent)
        self.counter = counter
        self.starts_next_sale = starts_next_sale
        self.receipt_id = receipt_id
        self.change_due = change_due
        self.printer = printer
        self.document: ReceiptDocument = counter.receipt_document(receipt_id)
        self.setWindowTitle(self.tr("Reçu"))
        self._build()
        shortcut = QShortcut(QKeySequence(Qt.Key.Key_F5), self)
        shortcut.setAutoRepeat(False)
        shortcut.activated.connect(self.reprint)
        tickets = QShortcut(QKeySequence(Qt.Key.Key_F8), self)
        tickets.setAutoRepeat(False)
        tickets.activated.connect(self.show_tickets)
        self.done_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.resize(self.sizeHint())
        self._listening = printer is not None and self.printing
        if printer is not None and self._listening:
            printer.finished.connect(self._print_run_over)
            self._show_print_state()

    def _button(self, text: str, slot: object, role: str = "") -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)
        if role:
            button.setProperty("role", role)
        button.clicked.connect(slot)
        return button

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 14, 16, 14)
        outer.setSpacing(12)
        self.change_label = QLabel()
        self.change_label.setWordWrap(True)
        self.change_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFont(self.font())
        font.setPointSize(34)
        font.setBold(True)
        self.change_label.setFont(font)
        self.change_label.setStyleSheet(
            f"color: {COLORS['ok']}; background: #e6f4ea; border: 2px solid {COLORS['ok']};"
            "border-radius: 8px; padding: 10px;"
        )
        if self.change_due > 0:
            self.change_label.setText(
                self.tr("Monnaie à rendre\u00a0: {amount}").format(
                    amount=money(
                        self.change_due, self.counter.lang, self.counter.organisation.currency
                    )
                )
            )
        else:
            self.change_label.hide()
        outer.addWidget(self.change_label)

        root = QHBoxLayout()
        root.setSpacing(18)
        outer.addLayout(root, 1)
        self.view = DocumentView(self.document)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.setMinimumWidth(560)
        root.addWidget(self.view, 60)

        side = QVBoxLayout()
        side.setSpacing(10)
        self.printed_label = QLabel()
        self.printed_label.setWordWrap(True)
        self.printed_label.setProperty("role", "muted")
        if not self.printing:
            self.printed_label.setProperty("role", "warn")
            self.printed_label.setText(self._not_printed())
        elif self.pdf_folder:
            self.printed_label.setText(
                self.tr("Le reçu est envoyé en PDF dans le dossier {folder}").format(
                    folder=self.pdf_folder
                )
            )
        else:
            self.printed_label.setText(self.tr("Le reçu est envoyé à l'imprimante."))
        side.addWidget(self.printed_label)

        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setProperty("role", "ok")
        side.addWidget(self.message)
        side.addStretch(1)

        self.reprint_button = self._button(self.tr("Réimprimer (F5)"), self.reprint)
        self.pdf_button = self._button(self.tr("Enregistrer en PDF"), self.save_pdf)
        self.tickets_button = self._button(self.tr("Billets (F8)"), self.show_tickets)
        # Only an order that admits someone has tickets (not a card sold alone).
        self.tickets_button.setVisible(self.counter.has_tickets(self.receipt_id))
        self.done_button = self._button(self.tr("Terminer (Entrée)"), self.accept, "primary")
        self.done_button.setDefault(True)
        self.done_button.setMinimumHeight(72)
        done_font = QFont(self.font())
        done_font.setPointSize(20)
        done_font.setBold(True)
        self.done_button.setFont(done_font)
        side.addWidget(self.reprint_button)
        side.addWidget(self.pdf_button)
        side.addWidget(self.tickets_button)
        side.addWidget(self.done_button)
        root.addLayout(side, 40)

    # --- printing -----------------------------------------------------------------------

    @property
    def printing(self) -> bool:
        """Whether this counter prints at all (a printer or a PDF folder is configured)."""
        if not self.counter.printing_enabled:
            return False
        return self.printer is None or self.printer.configured

    @property
    def pdf_folder(self) -> str:
        return self.printer.pdf_folder if self.printer is not None else ""

    def _not_printed(self) -> str:
        return self.tr(
            "Reçu non imprimé (aucune imprimante). «\u00a0Enregistrer en PDF\u00a0» en garde "
            "une copie."
        )

    @Slot(list)
    def _print_run_over(self, _outcomes: list[object]) -> None:
        self._show_print_state()

    def _show_print_state(self) -> None:
        """Say what became of this receipt's print jobs (called after each print run)."""
        assert self.printer is not None
        try:
            jobs = [j for j in self.printer.queue.jobs_of_receipt(self.receipt_id)
                    if j.status != "cancelled"]
        except Exception:  # noqa: BLE001 - a status query must never break the receipt
            return
        failed = next((j for j in jobs if j.status == "failed"), None)
        if failed is not None:
            reason = message_for_code(error_code(failed.last_error), {}, self.counter.lang)
            _set_role(self.printed_label, "error")
            self.printed_label.setText(
                self.tr(
                    "Non imprimé\u00a0: {reason} Le reçu attend dans la file de l'imprimante "
                    "(barre d'état, en bas à droite)."
                ).format(reason=reason)
            )
            if self.message.property("role") == "ok":
                self.message.clear()  # no "copie envoyée" left under a failure
            return
        if jobs and all(j.status == "printed" for j in jobs):
            _set_role(self.printed_label, "ok")
            if self.pdf_folder:
                self.printed_label.setText(
                    self.tr("Reçu enregistré en PDF dans le dossier {folder}").format(
                        folder=self.pdf_folder
                    )
                )
            else:
                self.printed_label.setText(self.tr("Reçu imprimé."))

    def done(self, result: int) -> None:
        if self.printer is not None and self._listening:
            self._listening = False
            self.printer.finished.disconnect(self._print_run_over)
        super().done(result)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.starts_next_sale and self.isVisible():
            text = event.text()
            plain = not (
                event.modifiers()
                & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
            )
            digit = len(text) == 1 and text.isdigit() and plain
            if digit or (plain and event.key() in NEXT_SALE_KEYS):
                event.accept()
                self.nextSaleKey.emit(int(event.key()), text if digit else "")
                self.accept()
                return
        super().keyPressEvent(event)

    # --- actions ------------------------------------------------------------------------

    def _say(self, text: str, role: str) -> None:
        _set_role(self.message, role)
        self.message.setText(text)

    def reprint(self) -> None:
        if not self.printing:
            # Nothing would print it: say so, queue nothing, count no copy.
            self._say(self.tr("Copie non imprimée\u00a0: aucune imprimante configurée."), "warn")
            return
        try:
            self.counter.reprint(self.receipt_id)
        except DomainError as error:
            self._say(message_for(error, self.counter.lang), "error")
            return
        if self.printer is not None:
            self.printer.kick()
        if self.pdf_folder:
            self._say(
                self.tr("Copie envoyée en PDF dans le dossier {folder}").format(
                    folder=self.pdf_folder
                ),
                "ok",
            )
        else:
            self._say(self.tr("Copie envoyée à l'imprimante"), "ok")

    def show_tickets(self) -> None:
        """The sale's tickets (F8): each as printed, a copy, all as a PDF."""
        if not self.tickets_button.isVisible():
            return
        dialog = TicketsDialog(self.counter, self.receipt_id, self, printer=self.printer)
        dialog.exec()

    def _default_pdf_path(self) -> str:
        number = self.document.meta_rows[0].value if self.document.meta_rows else ""
        safe = _file_safe(number, "recu")
        return str(_documents_folder() / self.tr("recu-{number}.pdf").format(number=safe))

    def ask_pdf_path(self) -> str:
        """Ask where to save (a separate method so tests can answer without a file dialog)."""
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Enregistrer le reçu en PDF"),
            self._default_pdf_path(),
            self.tr("Documents PDF (*.pdf)"),
        )
        return path

    def save_pdf(self) -> None:
        saved = _save_pdf(
            self.ask_pdf_path(),
            lambda: self.document,
            "roll80",
            lambda error: self._say(
                self.tr("Impossible d'enregistrer le PDF\u00a0: {error}").format(error=error),
                "error",
            ),
            (OSError, ImportError, ValueError),
        )
        if saved is not None:
            self._say(self.tr("PDF enregistré\u00a0: {path}").format(path=saved[0]), "ok")

    def sizeHint(self) -> QSize:
        return QSize(1060, 690)


class TicketsDialog(QDialog):
    """The tickets of a sale, one per admission: each as it prints (those refunded marked so),
    a copy of one (marked « COPIE »: the same code, admitted once at the door), and all the
    valid ones as a PDF, one ticket per Letter page, for a customer to print at home."""

    def __init__(
        self,
        counter: Counter,
        receipt_id: str,
        parent: QWidget | None = None,
        *,
        printer: PrintController | None = None,
    ) -> None:
        super().__init__(parent)
        self.counter = counter
        self.receipt_id = receipt_id
        self.printer = printer
        self.setWindowTitle(self.tr("Billets"))
        self.tickets: list[TicketDocument] = counter.tickets_of_receipt(receipt_id)

        self.list = QListWidget()
        self.list.setMinimumWidth(360)
        self.list.setSpacing(3)
        # Long seats and names wrap: a list scrolling sideways cut them at its edge.
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        for number, ticket in enumerate(self.tickets, start=1):
            item = QListWidgetItem(self._label(number, ticket))
            if not ticket.valid:
                item.setForeground(QColor(COLORS["danger"]))
            self.list.addItem(item)
        self.view = DocumentView()
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.setMinimumWidth(460)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.copy_button = QPushButton(self.tr("Réimprimer ce billet (copie)"))
        self.copy_button.setAutoDefault(False)
        self.copy_button.clicked.connect(self.reprint)
        self.pdf_button = QPushButton(self.tr("Billets en PDF (un par page)"))
        self.pdf_button.setAutoDefault(False)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.pdf_button.setEnabled(any(t.valid for t in self.tickets))
        close = QPushButton(self.tr("Fermer (Échap)"))
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        hint = QLabel(
            self.tr(
                "Une copie porte la mention «\u00a0COPIE\u00a0» et le même code\u00a0: "
                "la porte n'admet le billet qu'une fois."
            )
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "muted")

        side = QVBoxLayout()
        side.setSpacing(10)
        side.addWidget(self.list, 1)
        side.addWidget(hint)
        side.addWidget(self.message)
        side.addWidget(self.copy_button)
        side.addWidget(self.pdf_button)
        side.addWidget(close)
        root = QHBoxLayout(self)
        root.setContentsMargins(16, 14, 16, 14)
        root.setSpacing(18)
        root.addLayout(side, 40)
        root.addWidget(self.view, 60)

        self.list.currentRowChanged.connect(self._show)
        if self.tickets:
            self.list.setCurrentRow(0)
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)
        self.resize(self.sizeHint())

    def _label(self, number: int, ticket: TicketDocument) -> str:
        """Three lines: the number and code, the category, the seat (or the admission); and
        for a ticket no longer valid, why (words already in the counter's language)."""
        # "Parterre, rangée F, siège 11", as the door and the cart say a seat.
        cells = list(ticket.seat)
        where = ", ".join(
            [cells[0].value] + [f"{cell.label.lower()} {cell.value}" for cell in cells[1:]]
            if cells
            else []
        )
        category = next((row.value for row in ticket.rows), "")
        lines = [f"{number}. {ticket.code_caption}", category, where or ticket.admission]
        if not ticket.valid:
            lines.append(ticket.void_mark)
        return "\n     ".join(line for line in lines if line)

    @property
    def current(self) -> TicketDocument | None:
        row = self.list.currentRow()
        return self.tickets[row] if 0 <= row < len(self.tickets) else None

    @Slot(int)
    def _show(self, _row: int) -> None:
        ticket = self.current
        if ticket is None:
            return
        self.view.show_document(ticket)
        self.copy_button.setEnabled(ticket.valid)
        self.copy_button.setToolTip(
            "" if ticket.valid else self.tr("Un billet qui n'est plus valide ne s'imprime plus.")
        )

    def _say(self, text: str, role: str) -> None:
        _set_role(self.message, role)
        self.message.setText(text)

    @property
    def printing(self) -> bool:
        if not self.counter.printing_enabled:
            return False
        return self.printer is None or self.printer.configured

    def reprint(self) -> None:
        ticket = self.current
        if ticket is None:
            return
        if not self.printing:
            self._say(self.tr("Copie non imprimée\u00a0: aucune imprimante configurée."), "warn")
            return
        try:
            self.counter.reprint_ticket(ticket.ticket_id)
        except DomainError as error:
            self._say(message_for(error, self.counter.lang), "error")
            return
        if self.printer is not None:
            self.printer.kick()
        self._say(
            self.tr("Copie du billet {code} envoyée à l'imprimante.").format(
                code=ticket.code_caption
            ),
            "ok",
        )

    def ask_pdf_path(self) -> str:
        """Ask where to save (a separate method so tests can answer without a file dialog)."""
        folder = _documents_folder()
        first = next((t for t in self.tickets if t.valid), None)
        name = _file_safe(first.code_caption if first else "", "billets")
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Enregistrer les billets en PDF"),
            str(folder / self.tr("billets-{code}.pdf").format(code=name)),
            self.tr("Documents PDF (*.pdf)"),
        )
        return path

    def save_pdf(self) -> None:
        saved = _save_pdf(
            self.ask_pdf_path(),
            lambda: self.counter.tickets_pdf_document(self.receipt_id),
            "letter",
            lambda error: self._say(
                self.tr("Impossible d'enregistrer le PDF\u00a0: {error}").format(error=error),
                "error",
            ),
            (OSError, ValueError),
        )
        if saved is None:
            return
        path, document = saved
        self._say(
            self.tr("%n billet(s) enregistré(s) en PDF\u00a0: {path}", "", len(document.parts))
            .format(path=path),
            "ok",
        )

    def sizeHint(self) -> QSize:
        return QSize(1060, 690)
