"""The Prix et catégories section of the back office: price lists and ticket categories, on
two tabs (Ctrl+L and Ctrl+K switch between them).

Price lists: a price per category; add (Inser), change (Entrée), copy under a new name
(Ctrl+Maj+C), withdraw or restore (Ctrl+D: a withdrawn list is no longer offered for new
events and dates, and keeps selling where it is used), delete (Suppr: only a list nothing
uses; otherwise the refusal says what uses it). Each row says how many events and dates sell
at the list. Categories: see :mod:`guichet.ui.admin.price_categories`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QTabWidget, QWidget

from guichet.domain.errors import DomainError
from guichet.i18n.formatting import money
from guichet.services.backoffice import BackOffice
from guichet.services.backoffice.views import CategoryView, PriceListView
from guichet.ui.admin.price_categories import CategoriesPanel
from guichet.ui.admin.price_list_editor import NameDialog, PriceListDialog
from guichet.ui.admin.section import Section, action_button
from guichet.ui.admin.widgets import ListPanel, column_layout, selected_item, title_label
from guichet.ui.backoffice import ID_ROLE, fit_rows, item, make_table
from guichet.ui.backoffice.promotions import ConfirmDialog
from guichet.ui.theme import COLORS

TAB_LISTS, TAB_CATEGORIES = range(2)


class PriceListsPanel(ListPanel):
    """The price lists: one row each, a column per category, and what uses the list."""

    def __init__(self, office: BackOffice, parent: QWidget | None = None) -> None:
        super().__init__(office, parent)
        self.lists: list[PriceListView] = []
        self.categories: list[CategoryView] = []
        # Open dialogs, kept while shown (tests reach them).
        self.dialog: PriceListDialog | None = None
        self.name_dialog: NameDialog | None = None
        self.confirm_dialog: ConfirmDialog | None = None

        self.table = make_table([])
        self.table.setWordWrap(True)  # a long name goes on two lines rather than being cut
        self.table.horizontalHeader().sectionResized.connect(lambda *_: fit_rows(self.table))
        self.table.doubleClicked.connect(lambda _index: self.edit())
        self.table.itemSelectionChanged.connect(self._selection_changed)

        self.add_button = action_button(self.tr("Ajouter (Inser)"), self.add, "primary")
        self.edit_button = action_button(self.tr("Modifier (Entrée)"), self.edit)
        self.copy_button = action_button(self.tr("Copier (Ctrl+Maj+C)"), self.copy)
        self.active_button = action_button(self.tr("Retirer (Ctrl+D)"), self.toggle_active)
        self.delete_button = action_button(self.tr("Supprimer (Suppr)"), self.delete)
        self.lay_out(
            self.tr(
                "Une liste de prix donne un prix à chaque catégorie de billet qu'elle offre. "
                "Une liste retirée n'est plus proposée pour les nouveaux événements et dates, "
                "mais continue de vendre là où elle sert."
            ),
            self.table,
            [
                self.add_button,
                self.edit_button,
                self.copy_button,
                self.active_button,
                self.delete_button,
            ],
            {
                Qt.Key.Key_Insert: self.add,
                Qt.Key.Key_Return: self.edit,
                Qt.Key.Key_Enter: self.edit,
                "Ctrl+Shift+C": self.copy,
                "Ctrl+D": self.toggle_active,
                Qt.Key.Key_Delete: self.delete,
            },
        )

    # --- reading ---------------------------------------------------------------------------

    def refresh(self) -> None:
        keep = self.selected.id if self.selected is not None else ""
        try:
            self.categories = self.office.prices.categories()
            self.lists = self.office.prices.price_lists()
        except DomainError as error:
            self.categories, self.lists = [], []
            self.say(error)
        shown = [c for c in self.categories if c.active]
        headers = (
            [self.tr("Nom")]
            + [c.name(self.lang) for c in shown]
            + [self.tr("Étiquettes"), self.tr("Utilisée par"), self.tr("État")]
        )
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        muted = QBrush(QColor(COLORS["muted"]))
        self.table.setRowCount(len(self.lists))
        for row, price_list in enumerate(self.lists):
            prices = [price_list.prices.get(c.id) for c in shown]
            cells = (
                [item(price_list.name)]
                + [item(money(p, self.lang) if p is not None else "—", right=True) for p in prices]
                + [
                    item(", ".join(price_list.tags)),
                    item(self.uses_text(price_list)),
                    item(self.tr("Active") if price_list.active else self.tr("Retirée")),
                ]
            )
            cells[0].setData(ID_ROLE, price_list.id)
            for column, cell in enumerate(cells):
                if not price_list.active:
                    cell.setForeground(muted)
                self.table.setItem(row, column, cell)
        fit_rows(self.table)
        self.select(keep)

    def uses_text(self, price_list: PriceListView) -> str:
        """ "2 événements, 14 dates": what sells at the list (a date with its own list)."""
        parts = []
        if price_list.events:
            parts.append(
                self.tr("1 événement")
                if price_list.events == 1
                else self.tr("{count} événements").format(count=price_list.events)
            )
        if price_list.dates:
            parts.append(
                self.tr("1 date")
                if price_list.dates == 1
                else self.tr("{count} dates").format(count=price_list.dates)
            )
        return ", ".join(parts) if parts else self.tr("rien")

    def select(self, price_list_id: str) -> None:
        if self.lists:
            row = next((i for i, p in enumerate(self.lists) if p.id == price_list_id), 0)
            self.table.selectRow(row)
        self._selection_changed()

    def row_of(self, price_list_id: str) -> int:
        return next(i for i, p in enumerate(self.lists) if p.id == price_list_id)

    @property
    def selected(self) -> PriceListView | None:
        return selected_item(self.table, self.lists)

    @Slot()
    def _selection_changed(self) -> None:
        price_list = self.selected
        for button in (
            self.edit_button,
            self.copy_button,
            self.active_button,
            self.delete_button,
        ):
            button.setEnabled(price_list is not None)
        if price_list is None:
            return
        self.active_button.setText(
            self.tr("Retirer (Ctrl+D)") if price_list.active else self.tr("Rétablir (Ctrl+D)")
        )
        used = price_list.events + price_list.dates
        self.delete_button.setToolTip(
            self.tr("Cette liste sert : retirez-la plutôt.")
            if used
            else self.tr("Supprimer cette liste, qui ne sert nulle part.")
        )

    def _tags(self) -> list[str]:
        return sorted({t for p in self.lists for t in p.tags})

    def _need_selection(self) -> PriceListView | None:
        price_list = self.selected
        if price_list is None:
            self.say(self.tr("Choisissez d'abord une liste de prix."))
        return price_list

    # --- acting ----------------------------------------------------------------------------

    @Slot()
    def add(self) -> None:
        def submit(name: str, tags: tuple[str, ...], prices: dict[str, int]) -> DomainError | None:
            try:
                new_id = self.office.prices.save_price_list(name, prices, tags=tags)
            except DomainError as error:
                return error
            self._done(new_id, self.tr("Liste « {name} » ajoutée.").format(name=name.strip()))
            return None

        self.dialog = PriceListDialog(
            submit, self.categories, self.lang, known_tags=self._tags(), parent=self
        )
        self.dialog.open()

    @Slot()
    def edit(self) -> None:
        price_list = self._need_selection()
        if price_list is None:
            return

        def submit(name: str, tags: tuple[str, ...], prices: dict[str, int]) -> DomainError | None:
            try:
                self.office.prices.save_price_list(
                    name, prices, tags=tags, active=price_list.active, price_list_id=price_list.id
                )
            except DomainError as error:
                return error
            self._done(
                price_list.id, self.tr("Liste « {name} » enregistrée.").format(name=name.strip())
            )
            return None

        self.dialog = PriceListDialog(
            submit, self.categories, self.lang, price_list, known_tags=self._tags(), parent=self
        )
        self.dialog.open()

    @Slot()
    def copy(self) -> None:
        source = self._need_selection()
        if source is None:
            return

        def submit(name: str) -> DomainError | None:
            try:
                new_id = self.office.prices.copy_price_list(source.id, name)
            except DomainError as error:
                return error
            self._done(
                new_id,
                self.tr("« {name} » est une copie de « {source} » : changez-en les prix.").format(
                    name=name.strip(), source=source.name
                ),
            )
            return None

        self.name_dialog = NameDialog(
            submit,
            self.lang,
            title=self.tr("Copier une liste de prix"),
            question=self.tr("Nom de la copie de « {name} » :").format(name=source.name),
            name=self.tr("{name} (copie)").format(name=source.name),
            action=self.tr("Copier (Entrée)"),
            parent=self,
        )
        self.name_dialog.open()

    @Slot()
    def toggle_active(self) -> None:
        price_list = self._need_selection()
        if price_list is None:
            return
        try:
            self.office.prices.set_list_active(price_list.id, not price_list.active)
        except DomainError as error:
            self.say(error)
            return
        self._done(
            price_list.id,
            self.tr(
                "« {name} » est retirée : elle n'est plus proposée pour les nouveaux "
                "événements et dates, et continue de vendre là où elle sert."
            ).format(name=price_list.name)
            if price_list.active
            else self.tr("« {name} » est rétablie.").format(name=price_list.name),
        )

    @Slot()
    def delete(self) -> None:
        price_list = self._need_selection()
        if price_list is None:
            return
        if price_list.events or price_list.dates:
            self._delete(price_list)  # refused with what uses it, nothing to confirm
            return
        dialog = ConfirmDialog(
            self.tr("Supprimer une liste de prix"),
            self.tr("Supprimer la liste « {name} » ? Elle ne sert nulle part.").format(
                name=price_list.name
            ),
            self.tr("Supprimer"),
            self,
            danger=True,
        )
        dialog.accepted.connect(lambda: self._delete(price_list))
        self.confirm_dialog = dialog
        dialog.open()

    def _delete(self, price_list: PriceListView) -> None:
        try:
            self.office.prices.delete_price_list(price_list.id)
        except DomainError as error:
            self.say(error)
            return
        self.refresh()
        self.say(self.tr("Liste « {name} » supprimée.").format(name=price_list.name), "ok")
        self.changed.emit()


class PricesSection(Section):
    key = "prices"

    def __init__(self, office: BackOffice, parent: QWidget | None = None) -> None:
        super().__init__(office, parent)
        heading = title_label(self.title())
        self.lists = PriceListsPanel(office)
        self.categories = CategoriesPanel(office)
        self.lists.changed.connect(self.changed)
        self.categories.changed.connect(self.changed)
        self.categories.changed.connect(self.lists.refresh)  # the lists' columns follow
        self.tabs = QTabWidget()
        self.tabs.addTab(self.lists, self.tr("Listes de prix (Ctrl+L)"))
        self.tabs.addTab(self.categories, self.tr("Catégories de billets (Ctrl+K)"))
        self.tabs.currentChanged.connect(self._tab_changed)
        column_layout(self, heading, (self.tabs, 1), spacing=10)
        self.shortcut("Ctrl+L", lambda: self.show_tab(TAB_LISTS))
        self.shortcut("Ctrl+K", lambda: self.show_tab(TAB_CATEGORIES))

    def title(self) -> str:
        return self.tr("Prix et catégories")

    def refresh(self) -> None:
        self.lists.refresh()
        self.categories.refresh()

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        panel = self.lists if index == TAB_LISTS else self.categories
        panel.table.setFocus()

    @Slot(int)
    def _tab_changed(self, index: int) -> None:
        (self.lists if index == TAB_LISTS else self.categories).refresh()
