"""The Z report of a closed shift, on screen, with a copy in PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from guichet.printing.document import ReportDocument
from guichet.services.counter import Counter
from guichet.ui.document_view import DocumentView
from guichet.ui.login import set_role
from guichet.ui.messages import message_for_code


class ZReportDialog(QDialog):
    def __init__(self, counter: Counter, shift_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counter = counter
        self.shift_id = shift_id
        self.document: ReportDocument = counter.zreport_document(shift_id)
        self.z_number = counter.shift_summary(shift_id).shift.z_number
        self.setWindowTitle(self.tr("Rapport Z"))
        self.setModal(True)

        self.document_view = DocumentView(self.document, self)
        self.document_view.setMinimumWidth(560)
        self.message = QLabel()
        self.message.setWordWrap(True)

        self.pdf_button = QPushButton(self.tr("Enregistrer en PDF"))
        self.pdf_button.setAutoDefault(False)
        self.pdf_button.clicked.connect(self.choose_pdf)
        self.close_button = QPushButton(self.tr("Fermer (Entrée)"))
        self.close_button.setProperty("role", "primary")
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)

        buttons = QHBoxLayout()
        buttons.addWidget(self.pdf_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        root = QVBoxLayout(self)
        root.setContentsMargins(16, 12, 16, 12)
        root.addWidget(self.document_view, 1)
        root.addWidget(self.message)
        root.addLayout(buttons)
        self.resize(720, 700)
        self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def default_file_name(self) -> str:
        if self.z_number:
            return self.tr("rapport-z-{number:04d}.pdf").format(number=self.z_number)
        return self.tr("rapport-z.pdf")

    @Slot()
    def choose_pdf(self) -> None:
        start = str(Path.home() / self.default_file_name())
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Enregistrer le rapport Z"), start, self.tr("Document PDF (*.pdf)")
        )
        if path:
            self.save_pdf(path)

    def save_pdf(self, path: str | Path) -> bool:
        """Write the report as a letter-size PDF; says so (or why not) under the report."""
        try:
            from guichet.printing.pdf import write_pdf

            write_pdf(self.document, path, page="letter")
        except (ImportError, OSError) as exc:
            text = message_for_code("io_error", {}, self.counter.lang)
            self.message.setText(self.tr("{reason} ({detail})").format(reason=text, detail=exc))
            set_role(self.message, "error")
            return False
        self.message.setText(self.tr("PDF enregistré\u00a0: {path}").format(path=str(path)))
        set_role(self.message, "ok")
        return True
