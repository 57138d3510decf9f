"""The Personnel section's dialogs: a person (added or changed) and a new PIN.

Each dialog hands what was typed to the section (``submit``), which asks the back office;
a refusal stays in the dialog, in words, with what was typed, so nothing has to be typed
again. Entrée saves, Échap closes without changing anything.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from guichet.domain.auth import PIN_MAX_LENGTH, PIN_MIN_LENGTH, Role
from guichet.domain.errors import DomainError
from guichet.i18n.titles import FEMININE, MASCULINE
from guichet.ui.admin.widgets import ActionDialog
from guichet.ui.login import role_name
from guichet.ui.theme import set_role

#: What a dialog asks the section to do; a refusal comes back to be shown in the dialog.
Submit = Callable[..., DomainError | None]


def pin_field(accessible: str) -> QLineEdit:
    """A masked field that takes digits only (4 to 8 of them)."""
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(PIN_MAX_LENGTH)
    edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d*"), edit))
    edit.setAccessibleName(accessible)
    edit.setMinimumWidth(200)
    return edit


def role_combo(roles: Sequence[Role], current: Role | None = None) -> QComboBox:
    combo = QComboBox()
    for role in roles:
        combo.addItem(role_name(role), role.value)
    if current is not None:
        if combo.findData(current.value) < 0:
            combo.addItem(role_name(current), current.value)
        combo.setCurrentIndex(combo.findData(current.value))
    return combo


def title_form_combo(current: str = "") -> QComboBox:
    """How the person's title reads in French: « Féminin (caissière, superviseure) » or
    « Masculin (caissier, superviseur) »; a person whose form was never said shows the
    masculine, what their title reads. English titles have one form (the tooltip says so)."""
    combo = QComboBox()
    combo.addItem(
        QCoreApplication.translate("staff", "Féminin (caissière, superviseure)"), FEMININE
    )
    combo.addItem(
        QCoreApplication.translate("staff", "Masculin (caissier, superviseur)"), MASCULINE
    )
    combo.setCurrentIndex(combo.findData(FEMININE if current == FEMININE else MASCULINE))
    tip = QCoreApplication.translate(
        "staff",
        "En français, le titre s'accorde avec la personne\u00a0: «\u00a0Caissière\u00a0» ou "
        "«\u00a0Caissier\u00a0» à l'ouverture de session et sur ses reçus. Les titres anglais "
        "sont les mêmes pour tous.",
    )
    combo.setToolTip(tip)
    combo.setAccessibleName(QCoreApplication.translate("staff", "Forme du titre"))
    return combo


class _FormDialog(ActionDialog):
    """A small form, its refusal line, and the two buttons (Entrée saves)."""

    def __init__(self, submit: Submit, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(lang, parent)
        self.submit = submit
        self.form = QFormLayout()
        self.form.setSpacing(12)
        self.lay_out(self.form, spacing=14)
        self.setMinimumWidth(560)


class PersonDialog(_FormDialog):
    """Add a person (name, role, title form, PIN twice) or change one (name, role, title
    form)."""

    def __init__(
        self,
        submit: Submit,
        roles: Sequence[Role],
        lang: str,
        parent: QWidget | None = None,
        *,
        name: str = "",
        role: Role | None = None,
        new: bool = True,
        title_form: str = "",
    ) -> None:
        super().__init__(submit, lang, parent)
        self.setWindowTitle(
            self.tr("Ajouter une personne") if new else self.tr("Modifier une personne")
        )
        self.new = new
        self.name_edit = QLineEdit(name)
        self.name_edit.setMaxLength(120)
        self.name_edit.setPlaceholderText(self.tr("Prénom et nom"))
        self.role_combo = role_combo(roles, role)
        self.form.addRow(self.tr("Nom"), self.name_edit)
        self.form.addRow(self.tr("Rôle"), self.role_combo)
        self.pin_edit: QLineEdit | None = None
        self.pin_again_edit: QLineEdit | None = None
        if new:
            self.pin_edit = pin_field(self.tr("NIP"))
            self.pin_again_edit = pin_field(self.tr("Confirmez le NIP"))
            self.form.addRow(self.tr("NIP"), self.pin_edit)
            self.form.addRow(self.tr("Confirmez le NIP"), self.pin_again_edit)
            hint = QLabel(
                self.tr("De {minimum} à {maximum} chiffres, tapé deux fois.").format(
                    minimum=PIN_MIN_LENGTH, maximum=PIN_MAX_LENGTH
                )
            )
            set_role(hint, "muted")
            self.form.addRow("", hint)
        # After the PIN (the keys a cashier types stay name, Tab, role, Tab, PIN...).
        self.title_form_combo = title_form_combo(title_form)
        self.form.addRow(self.tr("Forme du titre"), self.title_form_combo)
        if len(roles) == 1 and new:
            self.role_combo.setToolTip(
                self.tr("Seul un propriétaire nomme les superviseurs et les propriétaires.")
            )
        self.name_edit.setFocus()

    @property
    def role(self) -> Role:
        return Role(str(self.role_combo.currentData()))

    @property
    def title_form(self) -> str:
        """ "feminine" or "masculine", as chosen."""
        return str(self.title_form_combo.currentData())

    def save(self) -> None:
        if self.new:
            assert self.pin_edit is not None and self.pin_again_edit is not None
            error = self.submit(
                self.name_edit.text(),
                self.role,
                self.pin_edit.text(),
                self.pin_again_edit.text(),
                title_form=self.title_form,
            )
            if error is not None and error.code.startswith("pin"):
                # The PIN is typed again whole: half-kept masked digits help nobody.
                self.pin_edit.clear()
                self.pin_again_edit.clear()
                self.pin_edit.setFocus()
        else:
            error = self.submit(self.name_edit.text(), self.role, title_form=self.title_form)
        self.close_or_say(error)


class PinDialog(_FormDialog):
    """Set or reset a person's PIN (typed twice)."""

    def __init__(
        self, submit: Submit, person: str, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(submit, lang, parent)
        self.setWindowTitle(self.tr("NIP de {name}").format(name=person))
        intro = QLabel(
            self.tr("Le nouveau NIP remplace l'ancien dès maintenant et débloque la personne.")
        )
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.pin_edit = pin_field(self.tr("Nouveau NIP"))
        self.pin_again_edit = pin_field(self.tr("Confirmez le nouveau NIP"))
        self.form.addRow(self.tr("Nouveau NIP"), self.pin_edit)
        self.form.addRow(self.tr("Confirmez le nouveau NIP"), self.pin_again_edit)
        self.pin_edit.setFocus()

    def save(self) -> None:
        error = self.submit(self.pin_edit.text(), self.pin_again_edit.text())
        if error is not None:
            self.pin_edit.clear()
            self.pin_again_edit.clear()
            self.pin_edit.setFocus()
        self.close_or_say(error)
