"""The Personnel section of the back office: who may log in at the counters, with which role.

Add a person (Inser), change a name or a role (Entrée), set or reset a PIN (Ctrl+N),
deactivate or reactivate (Ctrl+D), unlock after five wrong PINs (Ctrl+U). Nobody is ever
deleted: people who worked keep their shifts, sales and history; a person added by mistake
is deactivated. Buttons the person logged in may not use are off, with the reason in their
tooltip, and the back office refuses anyway (the reason then shows under the table).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from guichet.domain.auth import Role
from guichet.domain.errors import DomainError
from guichet.i18n.formatting import time_of_day
from guichet.i18n.titles import FEMININE
from guichet.services.backoffice import BackOffice
from guichet.services.backoffice.views import StaffMember
from guichet.ui.admin.section import Section, action_button, message_label
from guichet.ui.admin.staff_dialogs import PersonDialog, PinDialog
from guichet.ui.admin.widgets import (
    button_row,
    column_layout,
    heading_row,
    hint_label,
    selected_item,
)
from guichet.ui.backoffice import BIG_INDICATORS, ID_ROLE, item, make_table
from guichet.ui.backoffice.promotions import ConfirmDialog
from guichet.ui.login import role_name
from guichet.ui.messages import message_for
from guichet.ui.theme import COLORS, set_role

COL_NAME, COL_ROLE, COL_STATUS = range(3)


def status_text(person: StaffMember, now: datetime, timezone: str, lang: str) -> str:
    """ "Actif", "Désactivé", "Bloqué jusqu'à 14 h 05" (« Active », « Désactivée »,
    « Bloquée… » for a person whose title is in the feminine)."""
    feminine = person.title_form == FEMININE
    if not person.active:
        return (
            QCoreApplication.translate("staff", "Désactivée")
            if feminine
            else QCoreApplication.translate("staff", "Désactivé")
        )
    if person.locked(now):
        assert person.locked_until is not None
        locked = (
            QCoreApplication.translate("staff", "Bloquée jusqu'à {time}")
            if feminine
            else QCoreApplication.translate("staff", "Bloqué jusqu'à {time}")
        )
        return locked.format(time=time_of_day(person.locked_until, timezone, lang))
    return (
        QCoreApplication.translate("staff", "Active")
        if feminine
        else QCoreApplication.translate("staff", "Actif")
    )


class StaffList(QWidget):
    """The table of people (inactive ones greyed, at the end) and its filter."""

    selection_changed = Signal()
    activated = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.people: list[StaffMember] = []
        self.table = make_table([self.tr("Nom"), self.tr("Rôle"), self.tr("État")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self.selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.activated.emit())
        self.show_inactive = QCheckBox(self.tr("Afficher les personnes &désactivées"))
        self.show_inactive.setChecked(True)
        self.show_inactive.setStyleSheet(BIG_INDICATORS)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.show_inactive)

    def show_people(
        self, people: list[StaffMember], *, me: str, now: datetime, timezone: str, lang: str
    ) -> None:
        keep = self.selected.id if self.selected is not None else ""
        shown = [p for p in people if p.active or self.show_inactive.isChecked()]
        # Active people first (the desk's order), the deactivated ones greyed at the end.
        self.people = [p for p in shown if p.active] + [p for p in shown if not p.active]
        muted = QBrush(QColor(COLORS["muted"]))
        warn = QBrush(QColor(COLORS["warn"]))
        bold = QFont(self.table.font())
        bold.setBold(True)
        self.table.setRowCount(len(self.people))
        for row, person in enumerate(self.people):
            name = (
                self.tr("{name} (vous)").format(name=person.name)
                if person.id == me
                else person.name
            )
            cells = [
                item(name),
                item(role_name(person.role, person.title_form)),
                item(status_text(person, now, timezone, lang)),
            ]
            cells[COL_NAME].setData(ID_ROLE, person.id)
            for column, cell in enumerate(cells):
                if not person.active:
                    cell.setForeground(muted)
                elif column == COL_STATUS and person.locked(now):
                    cell.setForeground(warn)
                    cell.setFont(bold)
                if person.worked:
                    cell.setToolTip(
                        self.tr("{name} a déjà travaillé : son historique est conservé.").format(
                            name=person.name
                        )
                    )
                self.table.setItem(row, column, cell)
        self.select(keep)

    def select(self, user_id: str) -> None:
        row = next((i for i, p in enumerate(self.people) if p.id == user_id), 0)
        if self.people:
            self.table.selectRow(row)
        self.selection_changed.emit()

    @property
    def selected(self) -> StaffMember | None:
        return selected_item(self.table, self.people)


class StaffActions(QWidget):
    """The buttons, each with its key; off (with the reason) when not allowed."""

    def __init__(self, section: StaffSection) -> None:
        super().__init__(section)
        self.add_button = action_button(self.tr("Ajouter (Inser)"), section.add, "primary")
        self.edit_button = action_button(self.tr("Modifier (Entrée)"), section.edit)
        self.pin_button = action_button(self.tr("NIP… (Ctrl+N)"), section.set_pin)
        self.active_button = action_button(self.tr("Désactiver (Ctrl+D)"), section.toggle_active)
        self.unlock_button = action_button(self.tr("Débloquer (Ctrl+U)"), section.unlock)
        layout = button_row(
            self.add_button,
            self.edit_button,
            self.pin_button,
            self.active_button,
            self.unlock_button,
            spacing=8,
        )
        layout.setContentsMargins(0, 0, 0, 0)
        self.setLayout(layout)

    @staticmethod
    def allow(button: QPushButton, refusal: str | None, tip: str) -> None:
        button.setEnabled(refusal is None)
        button.setToolTip(refusal if refusal is not None else tip)

    def update_for(self, section: StaffSection, person: StaffMember | None) -> None:
        none = self.tr("Choisissez d'abord une personne dans la liste.")
        if person is None:
            for button in (
                self.edit_button,
                self.pin_button,
                self.active_button,
                self.unlock_button,
            ):
                self.allow(button, none, "")
            return
        self.active_button.setText(
            self.tr("Désactiver (Ctrl+D)") if person.active else self.tr("Réactiver (Ctrl+D)")
        )
        self.allow(
            self.edit_button, section.refusal("edit", person), self.tr("Changer le nom ou le rôle")
        )
        self.allow(
            self.pin_button, section.refusal("pin", person), self.tr("Donner un nouveau NIP")
        )
        self.allow(
            self.active_button,
            section.refusal("active", person),
            self.tr("Ne peut plus ouvrir de session ; son historique est conservé.")
            if person.active
            else self.tr("Peut de nouveau ouvrir une session."),
        )
        self.allow(
            self.unlock_button,
            section.refusal("unlock", person),
            self.tr("Lever le blocage après cinq NIP incorrects"),
        )


class StaffSection(Section):
    key = "staff"

    def __init__(self, office: BackOffice, parent: QWidget | None = None) -> None:
        super().__init__(office, parent)
        self.all_people: list[StaffMember] = []
        # Open dialogs, kept so they live while shown (and tests can reach them).
        self.person_dialog: PersonDialog | None = None
        self.pin_dialog: PinDialog | None = None
        self.confirm_dialog: ConfirmDialog | None = None

        self.summary = QLabel()
        set_role(self.summary, "muted")
        top = heading_row(self.title(), self.summary)
        note = hint_label(
            self.tr(
                "Personne n'est jamais supprimé : une personne qui ne travaille plus ici, ou "
                "ajoutée par erreur, se désactive et garde son historique."
            )
        )
        self.list = StaffList()
        self.list.selection_changed.connect(self._selection_changed)
        self.list.activated.connect(self.edit)
        self.list.show_inactive.toggled.connect(lambda _on: self._show())
        self.table = self.list.table
        self.message = message_label()
        self.buttons = StaffActions(self)

        column_layout(self, top, note, (self.list, 1), self.message, self.buttons, spacing=10)

        self.shortcut(Qt.Key.Key_Insert, self.add)
        self.shortcut(Qt.Key.Key_Return, self.edit)
        self.shortcut(Qt.Key.Key_Enter, self.edit)
        self.shortcut("Ctrl+N", self.set_pin)
        self.shortcut("Ctrl+D", self.toggle_active)
        self.shortcut("Ctrl+U", self.unlock)

    def title(self) -> str:
        return self.tr("Personnel")

    # --- reading -------------------------------------------------------------------------

    def refresh(self) -> None:
        try:
            self.all_people = self.office.staff.people()
        except DomainError as error:
            self.all_people = []
            self.say(self.message, error)
        self._show()

    def _show(self) -> None:
        actor = self.office.actor_provider()
        self.list.show_people(
            self.all_people,
            me=actor.user_id if actor is not None else "",
            now=self.office.clock(),
            timezone=self.office.timezone,
            lang=self.lang,
        )
        active = sum(1 for p in self.all_people if p.active)
        inactive = len(self.all_people) - active
        # Qt's plural forms: « 0 personne active » (French singular), "0 active people".
        parts = [self.tr("%n personne(s) active(s)", "", active)]
        if inactive:
            parts.append(self.tr("%n personne(s) désactivée(s)", "", inactive))
        self.summary.setText(" · ".join(parts))

    @property
    def selected(self) -> StaffMember | None:
        return self.list.selected

    def select(self, user_id: str) -> None:
        self.list.select(user_id)

    def refusal(self, action: str, person: StaffMember) -> str | None:
        """Why the person logged in may not do ``action`` to ``person``, in words (None:
        they may)."""
        error: DomainError | None
        try:
            staff = self.office.staff
            if action == "pin":
                error = staff.why_not_set_pin(person)
            elif action == "active" and person.active:
                error = staff.why_not_deactivate(person, self.all_people)
            else:
                error = staff.why_not_manage(person)
        except DomainError as not_logged_in:
            error = not_logged_in
        if error is None and action == "unlock" and not person.locked(self.office.clock()):
            return self.tr("Cette personne n'est pas bloquée.")
        if error is None and action in ("pin", "unlock") and not person.active:
            return self.tr("Cette personne est désactivée : réactivez-la d'abord.")
        return message_for(error, self.lang) if error is not None else None

    @Slot()
    def _selection_changed(self) -> None:
        self.buttons.update_for(self, self.selected)

    # --- acting --------------------------------------------------------------------------

    def _done(self, user_id: str, text: str) -> None:
        self.refresh()
        self.select(user_id)
        self.say(self.message, text, "ok")
        self.changed.emit()

    def _refused(self, error: DomainError) -> DomainError:
        self.say(self.message, error)
        self.refresh()  # the refusal may come from a change made elsewhere
        return error

    @Slot()
    def add(self) -> None:
        try:
            roles = self.office.staff.roles_offered()
        except DomainError as error:
            self.say(self.message, error)
            return
        dialog = PersonDialog(self.add_person, roles, self.lang, self)
        self.person_dialog = dialog
        dialog.open()

    def add_person(
        self,
        name: str,
        role: Role,
        pin: str,
        pin_again: str | None = None,
        *,
        title_form: str = "",
    ) -> DomainError | None:
        try:
            user_id = self.office.staff.add(name, role, pin, pin_again, title_form=title_form)
        except DomainError as error:
            return self._refused(error)
        self._done(
            user_id,
            self.tr("« {name} » peut maintenant ouvrir une session avec son NIP.").format(
                name=" ".join(name.split())
            ),
        )
        return None

    def _allowed(self, action: str) -> StaffMember | None:
        """The chosen person, if the person logged in may do ``action`` to them (otherwise
        the reason is said under the table)."""
        person = self.selected
        if person is None:
            return None
        refusal = self.refusal(action, person)
        if refusal is not None:
            self.say(self.message, refusal, "error")
            return None
        return person

    @Slot()
    def edit(self) -> None:
        person = self._allowed("edit")
        if person is None:
            return
        roles = self.office.staff.roles_offered()
        dialog = PersonDialog(
            lambda name, role, title_form=None: self.save_person(
                person, name, role, title_form=title_form
            ),
            roles,
            self.lang,
            self,
            name=person.name,
            role=person.role,
            new=False,
            title_form=person.title_form,
        )
        self.person_dialog = dialog
        dialog.open()

    def save_person(
        self, person: StaffMember, name: str, role: Role, *, title_form: str | None = None
    ) -> DomainError | None:
        try:
            self.office.staff.save(person.id, name, role, title_form=title_form)
        except DomainError as error:
            return self._refused(error)
        self._done(
            person.id,
            self.tr("Modifications de « {name} » enregistrées.").format(
                name=" ".join(name.split())
            ),
        )
        return None

    @Slot()
    def set_pin(self) -> None:
        person = self._allowed("pin")
        if person is None:
            return
        dialog = PinDialog(
            lambda pin, again: self.save_pin(person, pin, again), person.name, self.lang, self
        )
        self.pin_dialog = dialog
        dialog.open()

    def save_pin(self, person: StaffMember, pin: str, again: str | None) -> DomainError | None:
        try:
            self.office.staff.set_pin(person.id, pin, again)
        except DomainError as error:
            return self._refused(error)
        self._done(
            person.id, self.tr("Nouveau NIP enregistré pour « {name} ».").format(name=person.name)
        )
        return None

    @Slot()
    def toggle_active(self) -> None:
        person = self._allowed("active")
        if person is None:
            return
        if not person.active:
            self.set_active(person, True)
            return
        actor = self.office.actor_provider()
        if actor is not None and actor.user_id == person.id:
            text = self.tr(
                "Vous désactiver ? Vous ne pourrez plus ouvrir de session ; un autre "
                "propriétaire pourra vous réactiver."
            )
        else:
            text = self.tr(
                "Désactiver « {name} » ? Cette personne ne pourra plus ouvrir de session. "
                "Ses quarts, ses ventes et son historique sont conservés, et on peut la "
                "réactiver plus tard."
            ).format(name=person.name)
        dialog = ConfirmDialog(
            self.tr("Désactiver une personne"), text, self.tr("Désactiver"), self, danger=True
        )
        # Entrée keeps the person active: the safe answer is the default one.
        dialog.cancel_button.setText(self.tr("Ne pas désactiver (Échap)"))
        dialog.accepted.connect(lambda: self.set_active(person, False))
        self.confirm_dialog = dialog
        dialog.open()

    def set_active(self, person: StaffMember, active: bool) -> None:
        """Deactivate or reactivate ``person`` (the back office refuses what is not allowed)."""
        try:
            self.office.staff.set_active(person.id, active)
        except DomainError as error:
            self._refused(error)
            return
        if active:
            text = self.tr("« {name} » peut de nouveau ouvrir une session.")
        else:
            text = self.tr(
                "« {name} » ne peut plus ouvrir de session ; son historique est conservé."
            )
        self._done(person.id, text.format(name=person.name))

    @Slot()
    def unlock(self) -> None:
        person = self._allowed("unlock")
        if person is None:
            return
        try:
            self.office.staff.unlock(person.id)
        except DomainError as error:
            self._refused(error)
            return
        self._done(
            person.id,
            self.tr("« {name} » peut de nouveau taper son NIP.").format(name=person.name),
        )
