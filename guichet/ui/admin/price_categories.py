"""Ticket categories (Adulte, Enfant, Aîné…): their codes, names in French and English, tags
and accounting account, and their ORDER — the order of the counter's F1–F5 keys.

Add (Inser), change (Entrée), move up or down (Ctrl+↑, Ctrl+↓: saved at once), withdraw or
restore (Ctrl+D: a withdrawn category is no longer offered at the counter; past sales keep
it). A category is never deleted: sales and promotions refer to it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QFormLayout, QHeaderView, QLineEdit, QWidget

from guichet.domain import catalogue as rules
from guichet.domain.errors import DomainError
from guichet.services.backoffice import BackOffice
from guichet.services.backoffice.views import CategoryView
from guichet.ui.admin.price_list_editor import key_names, tag_parts
from guichet.ui.admin.section import action_button
from guichet.ui.admin.widgets import ActionDialog, ListPanel, hint_label, selected_item
from guichet.ui.backoffice import ID_ROLE, attach_tag_completer, item, make_table
from guichet.ui.theme import COLORS

COL_KEY, COL_CODE, COL_NAME, COL_NAME_EN, COL_TAGS, COL_ACCOUNT, COL_STATE = range(7)

#: What the category form sends: code, French name, English name, tags, account.
SubmitCategory = Callable[[str, str, str, tuple[str, ...], str], DomainError | None]


class CategoryDialog(ActionDialog):
    """A new ticket category, or a category's code, names, tags and accounting account."""

    def __init__(
        self,
        submit: SubmitCategory,
        lang: str,
        category: CategoryView | None = None,
        *,
        known_tags: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(lang, parent)
        self.submit = submit
        self.setWindowTitle(
            self.tr("Nouvelle catégorie de billet")
            if category is None
            else self.tr("Catégorie « {name} »").format(name=category.name(lang))
        )
        self.code_edit = QLineEdit(category.code if category else "")
        self.code_edit.setMaxLength(rules.CODE_MAX)
        self.code_edit.setPlaceholderText(self.tr("par exemple : adulte"))
        self.name_edit = QLineEdit(category.name_fr if category else "")
        self.name_edit.setMaxLength(rules.CATEGORY_NAME_MAX)
        # The English name falls back on the French one: shown empty when it is the same.
        same = category is not None and category.name_en == category.name_fr
        self.name_en_edit = QLineEdit("" if category is None or same else category.name_en)
        self.name_en_edit.setMaxLength(rules.CATEGORY_NAME_MAX)
        self.name_en_edit.setPlaceholderText(self.tr("vide : le nom français"))
        self.tags_edit = QLineEdit(", ".join(category.tags) if category else "")
        attach_tag_completer(self.tags_edit, known_tags)
        self.account_edit = QLineEdit(category.accounting_account if category else "")
        self.account_edit.setMaxLength(rules.ACCOUNT_MAX)
        self.account_edit.setPlaceholderText(self.tr("par exemple : 4010"))
        form = QFormLayout()
        form.setSpacing(12)
        form.addRow(self.tr("&Code"), self.code_edit)
        form.addRow(self.tr("Nom en &français"), self.name_edit)
        form.addRow(self.tr("Nom en &anglais"), self.name_en_edit)
        form.addRow(self.tr("É&tiquettes"), self.tags_edit)
        form.addRow(self.tr("&Poste comptable"), self.account_edit)
        explain = hint_label(
            self.tr(
                "Le code (lettres sans accents, chiffres, - et _) sert aux promotions et aux "
                "exports ; le nom s'affiche au guichet et sur le reçu."
            )
        )
        self.lay_out(form, explain)
        self.setMinimumWidth(620)
        (self.code_edit if category is None else self.name_edit).setFocus()

    @Slot()
    def save(self) -> None:
        self.close_or_say(
            self.submit(
                self.code_edit.text(),
                self.name_edit.text(),
                self.name_en_edit.text(),
                tag_parts(self.tags_edit.text()),
                self.account_edit.text(),
            )
        )


class CategoriesPanel(ListPanel):
    """The categories in the counter's order, with their keys, and what can be done to them."""

    def __init__(self, office: BackOffice, parent: QWidget | None = None) -> None:
        super().__init__(office, parent)
        self.categories: list[CategoryView] = []
        self.dialog: CategoryDialog | None = None  # kept while open (tests reach it)

        self.table = make_table(
            [
                self.tr("Touche"),
                self.tr("Code"),
                self.tr("Nom"),
                self.tr("Nom anglais"),
                self.tr("Étiquettes"),
                self.tr("Poste comptable"),
                self.tr("État"),
            ]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        self.table.itemSelectionChanged.connect(self._selection_changed)

        self.add_button = action_button(self.tr("Ajouter (Inser)"), self.add, "primary")
        self.edit_button = action_button(self.tr("Modifier (Entrée)"), self.edit)
        self.up_button = action_button(self.tr("Monter (Ctrl+↑)"), lambda: self.move_selected(-1))
        self.down_button = action_button(
            self.tr("Descendre (Ctrl+↓)"), lambda: self.move_selected(1)
        )
        self.active_button = action_button(self.tr("Retirer (Ctrl+D)"), self.toggle_active)
        self.lay_out(
            self.tr(
                "L'ordre des catégories est celui des touches F1 à F5 du guichet : les cinq "
                "premières qu'une liste de prix offre y sont vendues d'une touche. Ctrl+↑ et "
                "Ctrl+↓ déplacent la catégorie choisie."
            ),
            self.table,
            [
                self.add_button,
                self.edit_button,
                self.up_button,
                self.down_button,
                self.active_button,
            ],
            {
                Qt.Key.Key_Insert: self.add,
                Qt.Key.Key_Return: self.edit,
                Qt.Key.Key_Enter: self.edit,
                "Ctrl+Up": lambda: self.move_selected(-1),
                "Ctrl+Down": lambda: self.move_selected(1),
                "Ctrl+D": self.toggle_active,
            },
        )

    # --- reading ---------------------------------------------------------------------------

    def refresh(self) -> None:
        keep = self.selected.id if self.selected is not None else ""
        try:
            self.categories = self.office.prices.categories()
        except DomainError as error:
            self.categories = []
            self.say(error)
        keys = key_names([c.id for c in self.categories if c.active])
        muted = QBrush(QColor(COLORS["muted"]))
        self.table.setRowCount(len(self.categories))
        for row, category in enumerate(self.categories):
            cells = [
                item(keys.get(category.id, ""), center=True),
                item(category.code),
                item(category.name_fr),
                item(category.name_en if category.name_en != category.name_fr else ""),
                item(", ".join(category.tags)),
                item(category.accounting_account),
                item(self.tr("Active") if category.active else self.tr("Retirée")),
            ]
            cells[COL_CODE].setData(ID_ROLE, category.id)
            for column, cell in enumerate(cells):
                if not category.active:
                    cell.setForeground(muted)
                self.table.setItem(row, column, cell)
        self.select(keep)

    def select(self, category_id: str) -> None:
        if not self.categories:
            self._selection_changed()
            return
        row = next((i for i, c in enumerate(self.categories) if c.id == category_id), 0)
        self.table.selectRow(row)
        self._selection_changed()

    @property
    def selected(self) -> CategoryView | None:
        return selected_item(self.table, self.categories)

    @Slot()
    def _selection_changed(self) -> None:
        category = self.selected
        for button in (self.edit_button, self.up_button, self.down_button, self.active_button):
            button.setEnabled(category is not None)
        if category is not None:
            index = self.categories.index(category)
            self.up_button.setEnabled(index > 0)
            self.down_button.setEnabled(index < len(self.categories) - 1)
            self.active_button.setText(
                self.tr("Retirer (Ctrl+D)") if category.active else self.tr("Rétablir (Ctrl+D)")
            )

    def _tags(self) -> list[str]:
        return sorted({t for c in self.categories for t in c.tags})

    # --- acting ----------------------------------------------------------------------------

    @Slot()
    def add(self) -> None:
        def submit(
            code: str, name: str, name_en: str, tags: tuple[str, ...], account: str
        ) -> DomainError | None:
            try:
                new_id = self.office.prices.save_category(
                    code, name, name_en, tags=tags, accounting_account=account
                )
            except DomainError as error:
                return error
            self._done(new_id, self.tr("Catégorie « {name} » ajoutée.").format(name=name.strip()))
            return None

        self.dialog = CategoryDialog(submit, self.lang, known_tags=self._tags(), parent=self)
        self.dialog.open()

    @Slot()
    def edit(self) -> None:
        category = self.selected
        if category is None:
            self.say(self.tr("Choisissez d'abord une catégorie dans la liste."))
            return

        def submit(
            code: str, name: str, name_en: str, tags: tuple[str, ...], account: str
        ) -> DomainError | None:
            try:
                self.office.prices.save_category(
                    code,
                    name,
                    name_en,
                    tags=tags,
                    accounting_account=account,
                    active=category.active,
                    category_id=category.id,
                )
            except DomainError as error:
                return error
            self._done(
                category.id, self.tr("Catégorie « {name} » enregistrée.").format(name=name.strip())
            )
            return None

        self.dialog = CategoryDialog(
            submit, self.lang, category, known_tags=self._tags(), parent=self
        )
        self.dialog.open()

    def move_selected(self, steps: int) -> None:
        category = self.selected
        if category is None:
            self.say(self.tr("Choisissez d'abord une catégorie dans la liste."))
            return
        try:
            self.office.prices.move_category(category.id, steps)
        except DomainError as error:
            self.say(error)
            return
        self.refresh()
        self.select(category.id)
        keys = key_names([c.id for c in self.categories if c.active])
        where = keys.get(category.id)
        self.say(
            self.tr("« {name} » est maintenant sur la touche {key}.").format(
                name=category.name(self.lang), key=where
            )
            if where
            else self.tr("« {name} » est maintenant en position {position}.").format(
                name=category.name(self.lang),
                position=[c.id for c in self.categories].index(category.id) + 1,
            ),
            "ok",
        )
        self.changed.emit()

    @Slot()
    def toggle_active(self) -> None:
        category = self.selected
        if category is None:
            self.say(self.tr("Choisissez d'abord une catégorie dans la liste."))
            return
        try:
            self.office.prices.save_category(
                category.code,
                category.name_fr,
                category.name_en,
                tags=category.tags,
                accounting_account=category.accounting_account,
                active=not category.active,
                category_id=category.id,
            )
        except DomainError as error:
            self.say(error)
            return
        name = category.name(self.lang)
        self._done(
            category.id,
            self.tr("« {name} » est retirée : elle n'est plus offerte au guichet.").format(
                name=name
            )
            if category.active
            else self.tr("« {name} » est rétablie.").format(name=name),
        )
