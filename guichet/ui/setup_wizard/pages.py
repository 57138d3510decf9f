"""The set-up assistant's pages of questions: each field with its refusal under it."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from guichet.domain import catalogue as rules
from guichet.domain.auth import PIN_MAX_LENGTH
from guichet.domain.errors import DomainError
from guichet.services import setup
from guichet.services.setup import OrganisationDraft
from guichet.ui.admin.staff_dialogs import title_form_combo
from guichet.ui.limits import limit
from guichet.ui.messages import message_for
from guichet.ui.theme import set_role

NBSP = "\u00a0"
LANGUAGES = (("fr", "Français"), ("en", "English"))  # each named in its own language


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files tr(...) under ""


def rounding_name(increment: int) -> str:
    names = {
        5: tr("Aux 5 ¢ près (pièces canadiennes, recommandé)"),
        1: tr("Au cent près (aucun arrondi)"),
        10: tr("Aux 10 ¢ près"),
    }
    return names.get(increment, str(increment))


def rate_percent(text: str, lang: str) -> str:
    """ "9,975" as the summary shows it: "9,975 %" (French), "9.975%" (English)."""
    value = rules.rate_text(rules.parse_rate(text), lang)
    return f"{value}{NBSP}%" if lang == "fr" else f"{value}%"


FIELD_WIDTH = 600
RATE_WIDTH = 140


class FormPage(QWidget):
    """One page of questions. Each field has its refusal under it; :meth:`check` raises the
    first refusal of the page, :meth:`target` tells which field it is about."""

    #: error code -> field key, for refusals that carry no ``field`` parameter.
    CODES: dict[str, str] = {}

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        heading = QLabel(self.heading())
        heading.setProperty("role", "title")
        intro = QLabel(self.intro())
        intro.setWordWrap(True)
        intro.setProperty("role", "muted")
        self.form = QFormLayout()
        self.form.setSpacing(10)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(10)
        root.addWidget(heading)
        root.addWidget(intro)
        root.addLayout(self.form)
        root.addStretch(1)

    def heading(self) -> str:
        raise NotImplementedError

    def intro(self) -> str:
        return ""

    def add_field(
        self, key: str, label: str, widget: QWidget, hint: str = "", *, suffix: str = ""
    ) -> None:
        """A labelled field (``label`` has its Alt mnemonic), a hint, and room for a refusal.
        Fields keep a reading width; a short one (a rate) shows its unit after it."""
        caption = QLabel(label)
        caption.setBuddy(widget)
        error = QLabel()
        error.setWordWrap(True)
        error.setVisible(False)
        set_role(error, "error")
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        row = QHBoxLayout()
        row.setSpacing(8)
        short = widget.maximumWidth() <= FIELD_WIDTH  # a rate: as wide as it needs
        row.addWidget(widget, 0 if short else 1)
        if suffix:
            row.addWidget(QLabel(suffix))
        row.addStretch(1 if short else 0)
        widget.setMaximumWidth(min(widget.maximumWidth(), FIELD_WIDTH))
        column.addLayout(row)
        if hint:
            note = QLabel(hint)
            note.setWordWrap(True)
            note.setProperty("role", "muted")
            column.addWidget(note)
        column.addWidget(error)
        widget.setAccessibleName(label.replace("&", ""))
        self.form.addRow(caption, box)
        self.fields[key] = widget
        self.errors[key] = error

    def first_field(self) -> QWidget:
        return next(iter(self.fields.values()))

    def read(self, draft: OrganisationDraft) -> OrganisationDraft:
        raise NotImplementedError

    def check(self, draft: OrganisationDraft) -> None:
        raise NotImplementedError

    def target(self, error: DomainError) -> str:
        field = str(error.params.get("field", ""))
        if field in self.fields:
            return field
        return self.CODES.get(error.code, next(iter(self.fields)))

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.setVisible(False)

    def show_error(self, error: DomainError) -> None:
        key = self.target(error)
        self.errors[key].setText(message_for(error, self.lang))
        self.errors[key].setVisible(True)
        widget = self.fields[key]
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(widget, QLineEdit):
            widget.selectAll()

    def error_text(self) -> str:
        """The refusals shown on the page (for the tests and accessibility)."""
        return "\n".join(label.text() for label in self.errors.values() if label.text())


def line_edit(text: str = "", placeholder: str = "", maximum: int = 200) -> QLineEdit:
    edit = QLineEdit(text)
    edit.setPlaceholderText(placeholder)
    edit.setMaxLength(maximum + 50)  # the rules refuse, in words, what is too long
    return edit


def lines_edit(placeholder: str = "", rows: int = 3) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)  # Tab leaves the field, as everywhere else
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * rows + 18)
    return edit


def choice_box(choices: list[tuple[str, object]], current: object) -> QComboBox:
    box = QComboBox()
    for text, value in choices:
        box.addItem(text, value)
    box.setCurrentIndex(max(0, box.findData(current)))
    return box


class ParticularsPage(FormPage):
    CODES = {
        "timezone_unknown": "timezone",
        "timezone_required": "timezone",
        "locale_unknown": "lang",
    }

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(lang, parent)
        self.name_edit = line_edit(placeholder=self.tr("Théâtre du Vieux-Port"))
        limit(self.name_edit, "SetUpOrganisation.name")
        self.address_edit = lines_edit(
            self.tr("120, rue Saint-Paul Est\nMontréal (Québec)  H2Y 1G6")
        )
        limit(self.address_edit, "SetUpOrganisation.address")
        self.zones = setup.timezone_choices()
        self.zone_box = QComboBox()
        self.zone_box.setEditable(True)
        self.zone_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.zone_box.addItems(self.zones)
        self.zone_box.insertSeparator(len(setup.CANADIAN_TIMEZONES))
        self.zone_box.setCurrentText(setup.DEFAULT_TIMEZONE)
        self.zone_box.setMaxVisibleItems(14)
        completer = QCompleter(self.zones, self.zone_box)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.zone_box.setCompleter(completer)
        self.lang_box = choice_box([(name, code) for code, name in LANGUAGES], lang)
        self.add_field("organisation_name", self.tr("&Nom de l'organisation"), self.name_edit)
        self.add_field(
            "address",
            self.tr("&Adresse"),
            self.address_edit,
            self.tr("Elle s'imprime en tête des reçus. Entrée ajoute une ligne."),
        )
        self.add_field(
            "timezone",
            self.tr("&Fuseau horaire"),
            self.zone_box,
            self.tr("Le Québec suit America/Toronto. Tapez une ville pour chercher."),
        )
        self.add_field(
            "lang",
            self.tr("&Langue du guichet"),
            self.lang_box,
            self.tr("Celle des fenêtres et des reçus de ce guichet."),
        )

    def heading(self) -> str:
        return self.tr("Votre organisation")

    def intro(self) -> str:
        return self.tr(
            "Le théâtre, le centre de loisirs ou le festival qui vend les billets. Tout se "
            "modifie plus tard dans l'administration (Ctrl+B)."
        )

    def zone(self) -> str:
        """The zone typed, spelled as the IANA database does ("america/toronto" is fine)."""
        typed = "_".join(self.zone_box.currentText().strip().split(" "))
        return next((z for z in self.zones if z.casefold() == typed.casefold()), typed)

    def read(self, draft: OrganisationDraft) -> OrganisationDraft:
        return dataclasses.replace(
            draft,
            name=self.name_edit.text(),
            address=self.address_edit.toPlainText(),
            timezone=self.zone(),
            lang=str(self.lang_box.currentData()),
        )

    def check(self, draft: OrganisationDraft) -> None:
        setup.check_particulars(draft)


class TaxesPage(FormPage):
    CODES = {"cash_increment_invalid": "cash_increment"}

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(lang, parent)
        optional = self.tr("Facultatif : il s'imprime sur chaque reçu une fois inscrit.")
        self.gst_number = line_edit(placeholder="123456789 RT0001", maximum=40)
        limit(self.gst_number, "SetUpOrganisation.gst_number")
        self.gst_rate = line_edit("5", maximum=12)
        limit(self.gst_rate, "SetUpOrganisation.gst_rate")
        self.gst_rate.setFixedWidth(RATE_WIDTH)
        self.qst_number = line_edit(placeholder="1234567890 TQ0001", maximum=40)
        limit(self.qst_number, "SetUpOrganisation.qst_number")
        self.qst_rate = line_edit("9,975" if lang == "fr" else "9.975", maximum=12)
        limit(self.qst_rate, "SetUpOrganisation.qst_rate")
        self.qst_rate.setFixedWidth(RATE_WIDTH)
        self.rounding_box = choice_box([(rounding_name(v), v) for v in (5, 1, 10)], 5)
        self.add_field("gst_number", self.tr("Numéro de &TPS"), self.gst_number, optional)
        self.add_field(
            "gst_rate",
            self.tr("Taux de T&PS"),
            self.gst_rate,
            self.tr("La TPS fédérale est de 5 %."),
            suffix="%",
        )
        self.add_field("qst_number", self.tr("Numéro de T&VQ"), self.qst_number, optional)
        self.add_field(
            "qst_rate",
            self.tr("Taux de TV&Q"),
            self.qst_rate,
            self.tr("La TVQ du Québec est de 9,975 %."),
            suffix="%",
        )
        self.add_field(
            "cash_increment",
            self.tr("&Arrondi du comptant"),
            self.rounding_box,
            self.tr("Le total payé en argent comptant ; les cartes paient au cent près."),
        )

    def heading(self) -> str:
        return self.tr("Taxes et arrondi")

    def intro(self) -> str:
        return self.tr(
            "La TPS et la TVQ s'ajoutent aux prix et se calculent sur le sous-total, comme sur "
            "un reçu québécois. Tapez les taux en pourcentage."
        )

    def read(self, draft: OrganisationDraft) -> OrganisationDraft:
        return dataclasses.replace(
            draft,
            gst_number=self.gst_number.text(),
            gst_rate=self.gst_rate.text(),
            qst_number=self.qst_number.text(),
            qst_rate=self.qst_rate.text(),
            cash_increment=int(self.rounding_box.currentData()),
        )

    def check(self, draft: OrganisationDraft) -> None:
        setup.check_taxes(draft)

    def target(self, error: DomainError) -> str:
        if error.code == "rate_invalid":  # which of the two rates: the first that is refused
            try:
                rules.parse_rate(self.gst_rate.text())
            except DomainError:
                return "gst_rate"
            return "qst_rate"
        return super().target(error)


class ReceiptPage(FormPage):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(lang, parent)
        several = self.tr("Entrée ajoute une ligne ; Ctrl+Entrée passe à la suite.")
        self.header_edit = lines_edit(self.tr("Billetterie : 514 555-0123"))
        limit(self.header_edit, "SetUpOrganisation.receipt_header")
        self.footer_edit = lines_edit(self.tr("Merci et bon spectacle !"))
        limit(self.footer_edit, "SetUpOrganisation.receipt_footer")
        self.terminal_edit = line_edit(self.tr("Caisse 1"), maximum=80)
        limit(self.terminal_edit, "terminal.name")
        self.add_field("receipt_header", self.tr("&En-tête du reçu"), self.header_edit, several)
        self.add_field("receipt_footer", self.tr("&Pied du reçu"), self.footer_edit, several)
        self.add_field(
            "terminal_name",
            self.tr("&Nom de ce guichet"),
            self.terminal_edit,
            self.tr("Il s'imprime sur les reçus et les rapports Z."),
        )

    def heading(self) -> str:
        return self.tr("Reçus et guichet")

    def intro(self) -> str:
        return self.tr("Quelques lignes en tête et au pied de chaque reçu (facultatives).")

    def read(self, draft: OrganisationDraft) -> OrganisationDraft:
        return dataclasses.replace(
            draft,
            receipt_header=self.header_edit.toPlainText(),
            receipt_footer=self.footer_edit.toPlainText(),
            terminal_name=self.terminal_edit.text(),
        )

    def check(self, draft: OrganisationDraft) -> None:
        setup.check_receipt(draft)
        rules.clean_text(draft.terminal_name, "terminal_name", 80)


class OwnerPage(FormPage):
    CODES = {"pin_format": "pin", "pin_required": "pin", "pin_mismatch": "pin_again"}

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(lang, parent)
        self.name_edit = line_edit(placeholder=self.tr("Prénom Nom"), maximum=120)
        limit(self.name_edit, "SetUpOrganisation.owner_name")
        self.pin_edit = self._pin_edit()
        limit(self.pin_edit, "pin")
        self.again_edit = self._pin_edit()
        limit(self.again_edit, "pin")
        self.add_field("person_name", self.tr("&Nom du propriétaire"), self.name_edit)
        self.add_field(
            "pin",
            self.tr("N&IP"),
            self.pin_edit,
            self.tr("De 4 à 8 chiffres, pour ouvrir sa session au guichet."),
        )
        self.add_field("pin_again", self.tr("NIP, &encore une fois"), self.again_edit)
        self.title_form_combo = title_form_combo()
        self.add_field(
            "title_form",
            self.tr("&Forme du titre"),
            self.title_form_combo,
            self.tr(
                "Son titre en français, sur ses reçus par exemple\u00a0: «\u00a0Caissière\u00a0» "
                "ou «\u00a0Caissier\u00a0»."
            ),
        )

    def _pin_edit(self) -> QLineEdit:
        from PySide6.QtGui import QRegularExpressionValidator

        edit = QLineEdit()
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setMaxLength(PIN_MAX_LENGTH)
        edit.setValidator(QRegularExpressionValidator(r"\d*", edit))
        return edit

    def heading(self) -> str:
        return self.tr("Le propriétaire")

    def intro(self) -> str:
        return self.tr(
            "La première personne de l'organisation : elle ajoute ensuite les caissiers et les "
            "superviseurs, les lieux, les spectacles et les prix."
        )

    def read(self, draft: OrganisationDraft) -> OrganisationDraft:
        return dataclasses.replace(
            draft,
            owner_name=self.name_edit.text(),
            owner_pin=self.pin_edit.text(),
            owner_pin_again=self.again_edit.text(),
            owner_title_form=str(self.title_form_combo.currentData()),
        )

    def check(self, draft: OrganisationDraft) -> None:
        setup.check_owner(draft)

    def show_error(self, error: DomainError) -> None:
        super().show_error(error)
        if error.code in self.CODES:  # a PIN refused is typed again, both times
            self.pin_edit.clear()
            self.again_edit.clear()
            self.pin_edit.setFocus(Qt.FocusReason.OtherFocusReason)
