"""The Organisation section of the back office: name, address, time zone, language, the GST
and QST registration numbers and rates, cash rounding, the receipt's header and footer, and
how tickets print (each after the receipt, or on the receipt's strip).

Only an owner changes them (the back office refuses anyone else); supervisors see the form
read-only. Under the form, the top and bottom lines of a receipt as they will print.
"""

from __future__ import annotations

import html
from typing import Any
from zoneinfo import available_timezones

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from guichet.domain.auth import Role
from guichet.domain.catalogue import rate_text
from guichet.domain.errors import DomainError
from guichet.services.backoffice import BackOffice
from guichet.services.backoffice.views import OrganisationSettings
from guichet.ui.admin.section import Section, action_button, message_label
from guichet.ui.admin.widgets import column_layout, title_label
from guichet.ui.limits import limit
from guichet.ui.theme import COLORS, set_role

#: Offered first in the time-zone list: where Canadian box offices are.
CANADIAN_ZONES = (
    "America/Toronto",
    "America/Halifax",
    "America/Moncton",
    "America/St_Johns",
    "America/Winnipeg",
    "America/Regina",
    "America/Edmonton",
    "America/Vancouver",
    "America/Whitehorse",
)


def rounding_choices() -> list[tuple[int, str]]:
    return [
        (1, QCoreApplication.translate("organisation", "Aucun (au cent près)")),
        (5, QCoreApplication.translate("organisation", "Au 5 ¢ près")),
        (10, QCoreApplication.translate("organisation", "Au 10 ¢ près")),
    ]


def ticket_printing_choices() -> list[tuple[str, str]]:
    """Organisation.ticket_printing's values, as the owner chooses them."""
    return [
        (
            "separate",
            QCoreApplication.translate("organisation", "Séparés, après le reçu"),
        ),
        (
            "combined",
            QCoreApplication.translate("organisation", "Sur la bande du reçu"),
        ),
    ]


def text_box(lines: int) -> QPlainTextEdit:
    """A few lines of text (an address, a receipt's header), tall enough to see them all."""
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)  # Tab goes to the next field, as in every other field
    height = edit.fontMetrics().lineSpacing() * lines + 16
    edit.setFixedHeight(height)
    return edit


class TimezoneBox(QComboBox):
    """The Canadian zones, and any other typed by name (completed as it is typed)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItems(list(CANADIAN_ZONES))
        others = sorted(available_timezones() - set(CANADIAN_ZONES))
        completer = QCompleter(list(CANADIAN_ZONES) + others, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)

    def zone(self) -> str:
        return self.currentText().strip()

    def set_zone(self, zone: str) -> None:
        if self.findText(zone) < 0:
            self.addItem(zone)
        self.setCurrentIndex(self.findText(zone))


class ReceiptPreview(QLabel):
    """The receipt's first and last lines, in the printer's monospace font."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(max(font.pointSize(), 10))
        self.setFont(font)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.setWordWrap(True)
        self.setStyleSheet(
            f"QLabel {{ background: {COLORS['panel']}; border: 1px dashed {COLORS['border']};"
            " padding: 4px 10px; }"
        )

    def show_receipt(
        self, name: str, address: str, header: str, taxes: list[str], footer: str
    ) -> None:
        def lines(text: str) -> list[str]:
            return [line.strip() for line in text.splitlines() if line.strip()]

        top = [f"<b>{html.escape(name.strip())}</b>"]
        top += [html.escape(line) for line in lines(address) + lines(header)]
        bottom = [html.escape(line) for line in taxes + lines(footer)]
        self.setText("<br>".join(top + ["", "· · ·", ""] + bottom))


class OrganisationForm(QWidget):
    """The fields, in three boxes (the organisation, its taxes, its receipts) and the
    receipt's preview under the last."""

    def __init__(self, preview: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name_edit = QLineEdit()
        limit(self.name_edit, "SaveOrganisation.name")
        self.address_edit = text_box(3)
        limit(self.address_edit, "SaveOrganisation.address")
        self.timezone_box = TimezoneBox()
        self.lang_combo = QComboBox()
        self.lang_combo.addItem("Français", "fr")
        self.lang_combo.addItem("English", "en")
        self.rounding_combo = QComboBox()
        for value, text in rounding_choices():
            self.rounding_combo.addItem(text, value)
        self.rounding_combo.setToolTip(
            self.tr("Le Canada n'a plus de cent : le comptant s'arrondit aux 5 ¢.")
        )
        self.gst_number_edit = QLineEdit()
        limit(self.gst_number_edit, "SaveOrganisation.gst_number")
        self.qst_number_edit = QLineEdit()
        limit(self.qst_number_edit, "SaveOrganisation.qst_number")
        for edit in (self.gst_number_edit, self.qst_number_edit):
            edit.setMaxLength(40)
        self.gst_rate_edit = QLineEdit()
        limit(self.gst_rate_edit, "SaveOrganisation.gst_rate")
        self.qst_rate_edit = QLineEdit()
        limit(self.qst_rate_edit, "SaveOrganisation.qst_rate")
        for edit in (self.gst_rate_edit, self.qst_rate_edit):
            edit.setFixedWidth(110)
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        # Two lines in view (a header is a line or two), so the ticket setting and the whole
        # preview fit at 1366 × 768; more lines scroll.
        self.header_edit = text_box(2)
        limit(self.header_edit, "SaveOrganisation.receipt_header")
        self.footer_edit = text_box(3)
        limit(self.footer_edit, "SaveOrganisation.receipt_footer")
        self.tickets_combo = QComboBox()
        for value, text in ticket_printing_choices():
            self.tickets_combo.addItem(text, value)
        self.tickets_combo.setToolTip(
            self.tr(
                "Un billet par entrée, avec son code QR. «\u00a0Séparés\u00a0»\u00a0: chacun "
                "coupé à part. «\u00a0Sur la bande du reçu\u00a0»\u00a0: le reçu et ses billets "
                "sortent d'un seul tenant, prédécoupés."
            )
        )

        general = QFormLayout()
        general.addRow(self.tr("Nom"), self.name_edit)
        general.addRow(self.tr("Adresse"), self.address_edit)
        general.addRow(self.tr("Fuseau horaire"), self.timezone_box)
        general.addRow(self.tr("Langue"), self.lang_combo)
        general.addRow(self.tr("Arrondi du comptant"), self.rounding_combo)
        taxes = QGridLayout()
        taxes.setHorizontalSpacing(8)
        for row, (number_text, number, rate) in enumerate(
            (
                (self.tr("N° de TPS"), self.gst_number_edit, self.gst_rate_edit),
                (self.tr("N° de TVQ"), self.qst_number_edit, self.qst_rate_edit),
            )
        ):
            taxes.addWidget(QLabel(number_text), row, 0)
            taxes.addWidget(number, row, 1)
            taxes.addWidget(QLabel(self.tr("Taux")), row, 2)
            taxes.addWidget(rate, row, 3)
            taxes.addWidget(QLabel("%"), row, 4)
        taxes.setColumnStretch(1, 1)
        receipt = QVBoxLayout()
        receipt.setSpacing(4)
        for text, box in (
            (self.tr("En-tête (sous le nom et l'adresse)"), self.header_edit),
            (self.tr("Pied (après les numéros de taxes)"), self.footer_edit),
        ):
            receipt.addWidget(QLabel(text))
            receipt.addWidget(box)
        tickets = QHBoxLayout()
        tickets.addWidget(QLabel(self.tr("Billets")))
        tickets.addWidget(self.tickets_combo, 1)
        receipt.addLayout(tickets)
        receipt.addSpacing(4)
        preview_title = QLabel(self.tr("Aperçu du haut et du bas du reçu"))
        set_role(preview_title, "muted")
        receipt.addWidget(preview_title)
        receipt.addWidget(preview, 1)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        grid.addWidget(self._box(self.tr("L'organisation"), general), 0, 0)
        grid.addWidget(self._box(self.tr("Taxes"), taxes), 1, 0)
        grid.addWidget(self._box(self.tr("Reçus et billets"), receipt), 0, 1, 3, 1)
        grid.setRowStretch(2, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)

    @staticmethod
    def _box(title: str, layout: QFormLayout | QGridLayout | QVBoxLayout) -> QGroupBox:
        box = QGroupBox(title)
        if isinstance(layout, QFormLayout):
            layout.setSpacing(8)
            layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        box.setLayout(layout)
        return box

    def fill(self, settings: OrganisationSettings, lang: str) -> None:
        self.name_edit.setText(settings.name)
        self.address_edit.setPlainText(settings.address)
        self.timezone_box.set_zone(settings.timezone)
        self.lang_combo.setCurrentIndex(max(self.lang_combo.findData(settings.lang), 0))
        index = self.rounding_combo.findData(settings.cash_increment)
        self.rounding_combo.setCurrentIndex(max(index, 0))
        self.gst_number_edit.setText(settings.gst_number)
        self.qst_number_edit.setText(settings.qst_number)
        self.gst_rate_edit.setText(rate_text(settings.gst_rate, lang))
        self.qst_rate_edit.setText(rate_text(settings.qst_rate, lang))
        self.header_edit.setPlainText(settings.receipt_header)
        self.footer_edit.setPlainText(settings.receipt_footer)
        index = self.tickets_combo.findData(settings.ticket_printing)
        self.tickets_combo.setCurrentIndex(max(index, 0))

    def values(self) -> dict[str, Any]:
        """What :meth:`OrganisationDesk.save` takes, as typed."""
        return {
            "name": self.name_edit.text(),
            "address": self.address_edit.toPlainText(),
            "timezone": self.timezone_box.zone(),
            "lang": str(self.lang_combo.currentData()),
            "gst_number": self.gst_number_edit.text(),
            "qst_number": self.qst_number_edit.text(),
            "gst_rate": self.gst_rate_edit.text(),
            "qst_rate": self.qst_rate_edit.text(),
            "cash_increment": int(self.rounding_combo.currentData()),
            "receipt_header": self.header_edit.toPlainText(),
            "receipt_footer": self.footer_edit.toPlainText(),
            "ticket_printing": str(self.tickets_combo.currentData()),
        }

    def set_editable(self, editable: bool) -> None:
        for edit in (
            self.name_edit,
            self.gst_number_edit,
            self.qst_number_edit,
            self.gst_rate_edit,
            self.qst_rate_edit,
        ):
            edit.setReadOnly(not editable)
        for box in (self.address_edit, self.header_edit, self.footer_edit):
            box.setReadOnly(not editable)
        for combo in (self.timezone_box, self.lang_combo, self.rounding_combo, self.tickets_combo):
            combo.setEnabled(editable)


class OrganisationSection(Section):
    key = "organisation"

    def __init__(self, office: BackOffice, parent: QWidget | None = None) -> None:
        super().__init__(office, parent)
        heading = title_label(self.title())
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        set_role(self.notice, "muted")
        self.preview = ReceiptPreview()
        self.form = OrganisationForm(self.preview)
        self.message = message_label()
        self.save_button = action_button(self.tr("Enregistrer (Ctrl+S)"), self.save, "primary")

        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignBottom)
        column_layout(self, heading, self.notice, (self.form, 1), buttons, spacing=8)

        for edit in (
            self.form.name_edit,
            self.form.gst_number_edit,
            self.form.qst_number_edit,
        ):
            edit.textChanged.connect(self._update_preview)
        for box in (self.form.address_edit, self.form.header_edit, self.form.footer_edit):
            box.textChanged.connect(self._update_preview)
        self.form.lang_combo.currentIndexChanged.connect(self._update_preview)
        self.shortcut("Ctrl+S", self.save)

    def title(self) -> str:
        return self.tr("Organisation")

    @property
    def owner(self) -> bool:
        actor = self.office.actor_provider()
        return actor is not None and actor.role is Role.OWNER

    def refresh(self) -> None:
        try:
            settings = self.office.organisation.settings()
        except DomainError as error:
            self.say(self.message, error)
            return
        self.form.fill(settings, self.lang)
        owner = self.owner
        self.form.set_editable(owner)
        self.save_button.setEnabled(owner)
        if owner:
            self.notice.setText(
                self.tr(
                    "Les numéros de TPS et de TVQ s'impriment sur chaque reçu dès qu'ils sont "
                    "inscrits. Taux en pour cent, tapés comme « 9,975 »."
                )
            )
            self.save_button.setToolTip("")
        else:
            text = self.tr(
                "Seul un propriétaire modifie l'organisation ; vous pouvez la consulter."
            )
            self.notice.setText(text)
            self.save_button.setToolTip(text)
        self._update_preview()

    @Slot()
    def _update_preview(self) -> None:
        form = self.form
        receipt_lang = str(form.lang_combo.currentData())
        taxes = []
        for french, english, edit in (
            ("TPS", "GST", form.gst_number_edit),
            ("TVQ", "QST", form.qst_number_edit),
        ):
            if edit.text().strip():
                taxes.append(f"{french if receipt_lang == 'fr' else english} {edit.text().strip()}")
        self.preview.show_receipt(
            form.name_edit.text(),
            form.address_edit.toPlainText(),
            form.header_edit.toPlainText(),
            taxes,
            form.footer_edit.toPlainText(),
        )

    @Slot()
    def save(self) -> None:
        """Owners only: anyone else is refused by the back office (``forbidden``)."""
        values = self.form.values()
        try:
            self.office.organisation.save(**values)
        except DomainError as error:
            self.say(self.message, error)
            return
        self.refresh()
        self.say(self.message, self.tr("Organisation enregistrée."), "ok")
        self.changed.emit()
