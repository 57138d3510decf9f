"""The set-up assistant's other pages: the three ways in, the summary, the work under way."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from guichet.services.setup import OrganisationDraft
from guichet.ui.setup_wizard.pages import LANGUAGES, rate_percent, rounding_name
from guichet.ui.theme import COLORS, sized_font


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
                "Échap revient en arrière pour corriger ; rien n'est enregistré avant « Créer »."
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
            percent = rate_percent(rate, self.lang)
            if not number.strip():
                return self.tr("{rate} — aucun numéro sur les reçus").format(rate=percent)
            return self.tr("{rate} — numéro {number}").format(rate=percent, number=number.strip())

        rows = [
            (self.tr("Organisation :"), draft.name),
            (self.tr("Adresse :"), draft.address.strip() or none),
            (self.tr("Fuseau horaire :"), draft.timezone),
            (self.tr("Langue du guichet :"), language),
            (self.tr("TPS :"), tax(draft.gst_rate, draft.gst_number)),
            (self.tr("TVQ :"), tax(draft.qst_rate, draft.qst_number)),
            (self.tr("Arrondi du comptant :"), rounding_name(draft.cash_increment)),
            (self.tr("En-tête du reçu :"), draft.receipt_header.strip() or none),
            (self.tr("Pied du reçu :"), draft.receipt_footer.strip() or none),
            (self.tr("Ce guichet :"), " ".join(draft.terminal_name.split())),
            (self.tr("Propriétaire :"), " ".join(draft.owner_name.split())),
        ]
        for caption, value in rows:
            label = QLabel(value)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            title = QLabel(caption)
            title.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
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
            self.tr("Ce guichet n'a pas encore d'organisation. Comment voulez-vous commencer ?")
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
                self.tr("Un guichet autonome : nom, taxes, reçus et propriétaire, en cinq étapes."),
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


class StepList(QWidget):
    """Where the person is among the steps of « Créer mon organisation »: those done, the
    current one (in bold, marked), those to come (muted)."""

    def __init__(self, titles: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels: list[QLabel] = []
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 8, 0, 0)
        column.setSpacing(14)
        for number, title in enumerate(titles, start=1):
            label = QLabel(f"{number}. {title}")
            column.addWidget(label)
            self.labels.append(label)
        column.addStretch(1)
        bold = sized_font(self.font(), self.font().pointSize(), True)
        widest = max(QFontMetrics(bold).horizontalAdvance(label.text()) for label in self.labels)
        self.setFixedWidth(widest + 24)

    def set_current(self, index: int | None) -> None:
        for position, label in enumerate(self.labels):
            current = position == index
            done = index is not None and position < index
            if current:
                style = f"font-weight: bold; border-left: 4px solid {COLORS['primary']};"
                style += f" color: {COLORS['primary']}; padding-left: 8px;"
            else:
                style = f"color: {COLORS['text' if done else 'muted']}; padding-left: 12px;"
            label.setStyleSheet(style)
            label.setAccessibleDescription(self.tr("étape en cours") if current else "")
