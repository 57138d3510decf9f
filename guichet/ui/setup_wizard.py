"""The set-up assistant: Guichet's first start on an empty data folder (issue 14, part 1).

Three ways in: create one's own organisation (the default: five pages of questions and a
summary), pair with a central server (the existing :class:`~guichet.ui.sync.PairDialog`), or
load the demo. Each way ends by handing a started :class:`~guichet.startup.Runtime` to
``ready``: whoever opened the assistant shows that organisation's login screen, without
restarting the program.

Nothing is written before « Créer »: every page is checked as it is left by the same rules
``guichet init`` and the server use (:mod:`guichet.services.setup`), and a refusal is said
under the field it concerns. Keys: Entrée goes on (Ctrl+Entrée from a field of several lines),
Échap goes back (on the first page it leaves), Alt+letter reaches each field.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from guichet.config import DB_NAME, Settings
from guichet.domain import catalogue as rules
from guichet.domain.auth import PIN_MAX_LENGTH
from guichet.domain.errors import DomainError
from guichet.models.base import utcnow
from guichet.services import setup
from guichet.services.setup import OrganisationDraft
from guichet.startup import Runtime, start
from guichet.ui.messages import message_for
from guichet.ui.theme import set_role, sized_font
from guichet.ui.workers import RunnerThread

NBSP = "\u00a0"
LANGUAGES = (("fr", "Français"), ("en", "English"))  # each named in its own language


def _tr(text: str) -> str:
    return QCoreApplication.translate("setup", text)


def rounding_name(increment: int) -> str:
    names = {
        5: _tr("Aux 5 ¢ près (pièces canadiennes, recommandé)"),
        1: _tr("Au cent près (aucun arrondi)"),
        10: _tr("Aux 10 ¢ près"),
    }
    return names.get(increment, str(increment))


def rate_percent(text: str, lang: str) -> str:
    """ "9,975" as the summary shows it: "9,975 %" (French), "9.975%" (English)."""
    value = rules.rate_text(rules.parse_rate(text), lang)
    return f"{value}{NBSP}%" if lang == "fr" else f"{value}%"


# --- the jobs, without Qt (run off the UI thread) ------------------------------------------


def create_and_start(
    directory: Path, draft: OrganisationDraft, clock: Callable[[], datetime] = utcnow
) -> Runtime:
    """Make the organisation in one transaction, keep its language as this counter's, and
    open the counter on it."""
    from guichet.models.db import open_local_database

    setup.check_draft(draft)  # a bad field never creates the database file
    engine, session_factory = open_local_database(directory / DB_NAME)
    try:
        setup.create_organisation(session_factory, draft, clock=clock)
    finally:
        engine.dispose()
    settings = Settings.load(directory)
    settings.lang = draft.lang
    settings.save(directory)
    return start(directory, clock=clock)


# --- pages ---------------------------------------------------------------------------------


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

    def add_field(self, key: str, label: str, widget: QWidget, hint: str = "") -> None:
        """A labelled field (``label`` has its Alt mnemonic), a hint, and room for a refusal."""
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
        column.addWidget(widget)
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
    CODES = {"timezone_unknown": "timezone", "locale_unknown": "lang"}

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(lang, parent)
        self.name_edit = line_edit(placeholder=self.tr("Théâtre du Vieux-Port"))
        self.address_edit = lines_edit(
            self.tr("120, rue Saint-Paul Est\nMontréal (Québec)  H2Y 1G6")
        )
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
        optional = self.tr("Facultatif : il s'imprime sur chaque reçu une fois inscrit.")
        self.gst_number = line_edit(placeholder="123456789 RT0001", maximum=40)
        self.gst_rate = line_edit("5", maximum=12)
        self.qst_number = line_edit(placeholder="1234567890 TQ0001", maximum=40)
        self.qst_rate = line_edit("9,975", maximum=12)
        self.rounding_box = choice_box([(rounding_name(v), v) for v in (5, 1, 10)], 5)
        self.add_field("gst_number", self.tr("Numéro de &TPS"), self.gst_number, optional)
        self.add_field(
            "gst_rate", self.tr("Taux de T&PS (%)"), self.gst_rate, self.tr("Par exemple 5.")
        )
        self.add_field("qst_number", self.tr("Numéro de T&VQ"), self.qst_number, optional)
        self.add_field(
            "qst_rate", self.tr("Taux de TV&Q (%)"), self.qst_rate, self.tr("Par exemple 9,975.")
        )
        self.add_field(
            "cash_increment",
            self.tr("&Arrondi du comptant"),
            self.rounding_box,
            self.tr("Le total payé en argent comptant ; les cartes paient au cent près."),
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
        several = self.tr("Entrée ajoute une ligne ; Ctrl+Entrée passe à la suite.")
        self.header_edit = lines_edit(self.tr("Billetterie : 514 555-0123"))
        self.footer_edit = lines_edit(self.tr("Merci et bon spectacle !"))
        self.terminal_edit = line_edit(self.tr("Caisse 1"), maximum=80)
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
        self.pin_edit = self._pin_edit()
        self.again_edit = self._pin_edit()
        self.add_field("person_name", self.tr("&Nom du propriétaire"), self.name_edit)
        self.add_field(
            "pin",
            self.tr("N&IP"),
            self.pin_edit,
            self.tr("De 4 à 8 chiffres, pour ouvrir sa session au guichet."),
        )
        self.add_field("pin_again", self.tr("NIP, &encore une fois"), self.again_edit)

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
            "La première personne de l'organisation : elle ajoute ensuite les caissiers et les "
            "superviseurs, les lieux, les spectacles et les prix."
        )

    def read(self, draft: OrganisationDraft) -> OrganisationDraft:
        return dataclasses.replace(
            draft,
            owner_name=self.name_edit.text(),
            owner_pin=self.pin_edit.text(),
            owner_pin_again=self.again_edit.text(),
        )

    def check(self, draft: OrganisationDraft) -> None:
        setup.check_owner(draft)

    def show_error(self, error: DomainError) -> None:
        super().show_error(error)
        if error.code in self.CODES:  # a PIN refused is typed again, both times
            self.pin_edit.clear()
            self.again_edit.clear()
            self.pin_edit.setFocus(Qt.FocusReason.OtherFocusReason)


class SummaryPage(QWidget):
    """What « Créer » will make, as the person typed it (the PIN is never shown)."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        heading = QLabel(self.tr("Vérifiez, puis créez"))
        heading.setProperty("role", "title")
        self.form = QFormLayout()
        self.form.setSpacing(6)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        note = QLabel(
            self.tr(
                "Échap revient en arrière pour corriger ; rien n'est enregistré avant « Créer »."
            )
        )
        note.setWordWrap(True)
        note.setProperty("role", "muted")
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.addWidget(heading)
        root.addLayout(self.form)
        root.addStretch(1)
        root.addWidget(note)

    def show_draft(self, draft: OrganisationDraft) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        none = self.tr("(aucun)")
        language = dict(LANGUAGES).get(draft.lang, draft.lang)

        def tax(rate: str, number: str) -> str:
            return self.tr("{rate} — numéro {number}").format(
                rate=rate_percent(rate, self.lang), number=number.strip() or none
            )

        rows = [
            (self.tr("Organisation"), draft.name),
            (self.tr("Adresse"), draft.address.strip() or none),
            (self.tr("Fuseau horaire"), draft.timezone),
            (self.tr("Langue du guichet"), language),
            (self.tr("TPS"), tax(draft.gst_rate, draft.gst_number)),
            (self.tr("TVQ"), tax(draft.qst_rate, draft.qst_number)),
            (self.tr("Arrondi du comptant"), rounding_name(draft.cash_increment)),
            (self.tr("En-tête du reçu"), draft.receipt_header.strip() or none),
            (self.tr("Pied du reçu"), draft.receipt_footer.strip() or none),
            (self.tr("Ce guichet"), " ".join(draft.terminal_name.split())),
            (self.tr("Propriétaire"), " ".join(draft.owner_name.split())),
        ]
        for caption, value in rows:
            label = QLabel(value)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            title = QLabel(caption + (f"{NBSP}:" if self.lang == "fr" else ":"))
            title.setProperty("role", "muted")
            self.form.addRow(title, label)

    def text(self) -> str:
        parts = []
        for row in range(self.form.rowCount()):
            for role in (QFormLayout.ItemRole.LabelRole, QFormLayout.ItemRole.FieldRole):
                item = self.form.itemAt(row, role)
                widget = item.widget() if item is not None else None
                if isinstance(widget, QLabel):
                    parts.append(widget.text())
        return "\n".join(parts)


class ChoicePage(QWidget):
    """The three ways in, each a big button with a sentence under it."""

    chosen = Signal(str)  # "create", "pair", "demo"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(self.tr("Bienvenue dans Guichet"))
        heading.setProperty("role", "title")
        intro = QLabel(
            self.tr("Ce guichet n'a pas encore d'organisation. Comment voulez-vous commencer ?")
        )
        intro.setWordWrap(True)
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(8)
        root.addWidget(heading)
        root.addWidget(intro)
        self.buttons: dict[str, QPushButton] = {}
        for key, text, detail in (
            (
                "create",
                self.tr("&Créer mon organisation (Entrée)"),
                self.tr("Un guichet autonome : nom, taxes, reçus et propriétaire, en cinq étapes."),
            ),
            (
                "pair",
                self.tr("&Jumeler avec un serveur central"),
                self.tr("Un guichet de plus pour une organisation qui a déjà son serveur."),
            ),
            (
                "demo",
                self.tr("Charger la &démonstration"),
                self.tr("Un théâtre et une piscine fictifs, pour essayer ou former le personnel."),
            ),
        ):
            button = QPushButton(text)
            button.setMinimumHeight(72)
            button.setFont(sized_font(button.font(), 17, key == "create"))
            button.clicked.connect(lambda _=False, k=key: self.chosen.emit(k))
            note = QLabel(detail)
            note.setWordWrap(True)
            note.setProperty("role", "muted")
            root.addSpacing(8)
            root.addWidget(button)
            root.addWidget(note)
            self.buttons[key] = button
        self.buttons["create"].setProperty("role", "primary")
        root.addStretch(1)


class WorkingPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setProperty("role", "title")
        self.label.setWordWrap(True)
        bar = QProgressBar()
        bar.setRange(0, 0)  # no steps to count: it only says that work goes on
        root = QVBoxLayout(self)
        root.addStretch(1)
        root.addWidget(self.label)
        root.addWidget(bar)
        root.addStretch(2)


# --- the assistant -------------------------------------------------------------------------


class SetupAssistant(QDialog):
    """The first start's window. ``ready`` carries the started Runtime of the organisation
    created, paired or loaded; the assistant then closes (accepted). Leaving it from the
    first page rejects it: nothing was written."""

    ready = Signal(object)  # Runtime

    def __init__(
        self,
        directory: Path,
        lang: str = "fr",
        *,
        clock: Callable[[], datetime] = utcnow,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.directory = directory
        self.lang = lang
        self.clock = clock
        self.draft = OrganisationDraft(name="", owner_name="", owner_pin="", lang=lang)
        self.runtime: Runtime | None = None
        self.runner: RunnerThread | None = None  # creating, or loading the demo
        self.creating = False
        self.pair_dialog: QDialog | None = None
        self.setWindowTitle(self.tr("Guichet — mise en route"))
        self.resize(1000, 700)

        self.choice_page = ChoicePage()
        self.choice_page.chosen.connect(self.choose)
        self.form_pages: list[FormPage] = [
            ParticularsPage(lang),
            TaxesPage(lang),
            ReceiptPage(lang),
            OwnerPage(lang),
        ]
        self.summary_page = SummaryPage(lang)
        self.working_page = WorkingPage()
        self.stack = QStackedWidget()
        for page in (self.choice_page, *self.form_pages, self.summary_page, self.working_page):
            self.stack.addWidget(page)

        self.step_label = QLabel()
        self.step_label.setProperty("role", "muted")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        set_role(self.message, "error")
        self.back_button = QPushButton()
        self.back_button.setAutoDefault(False)
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton()
        self.next_button.setAutoDefault(False)
        self.next_button.setProperty("role", "primary")
        self.next_button.clicked.connect(self.next)
        buttons = QHBoxLayout()
        buttons.addWidget(self.step_label, 1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)

        root = QVBoxLayout(self)
        root.setContentsMargins(32, 20, 32, 16)
        root.setSpacing(10)
        root.addWidget(self.stack, 1)
        root.addWidget(self.message)
        root.addLayout(buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):  # on from a field of several lines
            QShortcut(QKeySequence(keys), self, self.next)
        self.show_page(self.choice_page)

    # --- pages ---------------------------------------------------------------------------

    @property
    def page(self) -> QWidget:
        return self.stack.currentWidget()

    @property
    def busy(self) -> bool:
        return self.runner is not None

    def show_page(self, page: QWidget) -> None:
        self.stack.setCurrentWidget(page)
        self.say("")
        on_choice = page is self.choice_page
        working = page is self.working_page
        self.back_button.setText(
            self.tr("Quitter (Échap)") if on_choice else self.tr("Retour (Échap)")
        )
        self.next_button.setText(
            self.tr("Créer (Entrée)") if page is self.summary_page else self.tr("Suivant (Entrée)")
        )
        self.next_button.setVisible(not on_choice and not working)
        self.back_button.setVisible(not working)
        self.next_button.setDefault(not on_choice)
        self.choice_page.buttons["create"].setDefault(on_choice)
        if isinstance(page, FormPage):
            number = self.form_pages.index(page) + 1
            self.step_label.setText(
                self.tr("Étape {number} sur {total}").format(
                    number=number, total=len(self.form_pages) + 1
                )
            )
            page.first_field().setFocus(Qt.FocusReason.OtherFocusReason)
        elif page is self.summary_page:
            total = len(self.form_pages) + 1
            self.step_label.setText(
                self.tr("Étape {number} sur {total}").format(number=total, total=total)
            )
            self.summary_page.show_draft(self.draft)
            self.next_button.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.step_label.setText("")
            if on_choice:
                self.choice_page.buttons["create"].setFocus(Qt.FocusReason.OtherFocusReason)

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    @Slot(str)
    def choose(self, way: str) -> None:
        if self.busy:
            return
        if way == "create":
            self.show_page(self.form_pages[0])
        elif way == "pair":
            self.pair()
        elif way == "demo":
            self.creating = False
            self.working_page.label.setText(self.tr("Chargement de la démonstration…"))
            self.run(start, self.directory, demo=True, lang=self.lang, clock=self.clock)

    @Slot()
    def next(self) -> None:
        page = self.page
        if self.busy or page is self.choice_page or page is self.working_page:
            return
        if page is self.summary_page:
            self.create()
            return
        assert isinstance(page, FormPage)
        draft = page.read(self.draft)
        page.clear_errors()
        try:
            page.check(draft)
        except DomainError as error:
            page.show_error(error)
            return
        self.draft = draft
        index = self.form_pages.index(page)
        following = self.form_pages[index + 1] if index + 1 < len(self.form_pages) else None
        self.show_page(following or self.summary_page)

    @Slot()
    def back(self) -> None:
        page = self.page
        if self.busy or page is self.working_page:
            return
        if page is self.choice_page:
            self.reject()
        elif page is self.summary_page:
            self.show_page(self.form_pages[-1])
        else:
            assert isinstance(page, FormPage)
            self.draft = page.read(self.draft)  # kept as typed, checked again on the way on
            index = self.form_pages.index(page)
            self.show_page(self.form_pages[index - 1] if index else self.choice_page)

    # --- the three ways in ----------------------------------------------------------------

    def create(self) -> None:
        self.creating = True
        self.working_page.label.setText(
            self.tr("Création de « {name} »…").format(name=" ".join(self.draft.name.split()))
        )
        self.run(create_and_start, self.directory, self.draft, self.clock)

    def pair(self) -> None:
        from guichet.ui.sync import PairDialog

        dialog = PairDialog(self.directory / DB_NAME, self)
        dialog.accepted.connect(self._paired)
        self.pair_dialog = dialog
        dialog.open()

    @Slot()
    def _paired(self) -> None:
        try:
            runtime = start(self.directory, lang=self.lang, clock=self.clock)
        except Exception as exc:  # noqa: BLE001 - said in the window, the assistant stays
            self._failed(exc)
            return
        self._done(runtime)

    def run(self, job: Callable[..., Runtime], *args: object, **kwargs: object) -> None:
        """Run ``job`` off the UI thread (migrating the database takes a second, the demo
        two), showing the working page; the result goes to ``ready``."""
        from functools import partial

        runner = RunnerThread(partial(job, *args, **kwargs))
        runner.succeeded.connect(self._done)
        runner.failed.connect(self._failed)
        runner.finished.connect(self._runner_over)
        self.runner = runner
        self.back_button.setEnabled(False)
        self.show_page(self.working_page)
        runner.start()

    @Slot()
    def _runner_over(self) -> None:
        self.runner = None
        self.back_button.setEnabled(True)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the job is over (tests, closing the application)."""
        return self.runner is None or self.runner.wait(msecs)

    @Slot(object)
    def _done(self, runtime: Runtime) -> None:
        self.runtime = runtime
        self.ready.emit(runtime)  # the login screen shows before this window goes
        self.accept()

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        from guichet.models.db import DatabaseError

        if isinstance(exc, DomainError):
            text = message_for(exc, self.lang)
        elif isinstance(exc, DatabaseError):
            from guichet.cli import say

            text = say(self.lang, exc.code, path=exc.path, detail=exc.detail)
        else:
            text = self.tr("Opération impossible : {detail}").format(detail=exc)
        self.show_page(self.summary_page if self.creating else self.choice_page)
        self.say(text)

    # --- keys and closing ---------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            popup = QApplication.activePopupWidget()
            if popup is not None:  # Échap closes the time zones' list first
                popup.hide()
                return
            self.back()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        if self.busy:
            return  # the database is being written: it ends by itself in a moment
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy:
            event.ignore()
            return
        super().closeEvent(event)
