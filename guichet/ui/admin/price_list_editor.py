"""A price list's editor (its name, tags and a price per ticket category) and the small
dialog that names a copy of a list.

Prices are typed the way a Quebec user types them ("12,50", "12.50", "12"); an empty field
means the category is not offered by the list. A price the rules refuse ("12,505", "-3") is
said in words under its field as it is typed, and the list is not saved until every field
is right. The first five categories a list offers sell on the counter's F1–F5 keys: the
editor shows which key each one gets as the prices are filled in.

Each dialog hands what was typed to the section (``submit``), which asks the back office; a
refusal stays in the dialog with what was typed. Entrée saves, Échap closes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QWidget,
)

from guichet.domain import catalogue as rules
from guichet.domain.errors import DomainError
from guichet.i18n.formatting import money_plain
from guichet.services.backoffice.views import CategoryView, PriceListView
from guichet.ui.admin.widgets import ActionDialog, hint_label
from guichet.ui.backoffice import attach_tag_completer
from guichet.ui.messages import message_for
from guichet.ui.theme import set_role

#: (name, tags, prices in cents) -> a refusal to show, or None when saved.
SubmitList = Callable[[str, tuple[str, ...], dict[str, int]], DomainError | None]
#: A name -> a refusal to show, or None when done.
SubmitName = Callable[[str], DomainError | None]


def tag_parts(text: str) -> tuple[str, ...]:
    """Tags as typed, separated by commas (the back office cleans and checks them)."""
    return tuple(part.strip() for part in re.split(r"[,;]", text) if part.strip())


def key_names(categories: Sequence[str]) -> dict[str, str]:
    """ "F1" … "F5" for the first five of ``categories`` (ids, in the counter's order)."""
    return {ident: f"F{n}" for n, ident in enumerate(categories[: rules.CATEGORY_KEYS], 1)}


class PriceField(QWidget):
    """One category's price: its key, its name, the field, and its refusal under it."""

    def __init__(self, category: CategoryView, amount: int | None, lang: str) -> None:
        super().__init__()
        self.category = category
        self.lang = lang
        self.key_label = QLabel()
        self.key_label.setMinimumWidth(44)
        self.key_label.setStyleSheet("font-weight: bold;")
        name = category.name(lang)
        if not category.active:
            name = self.tr("{name} (retirée)").format(name=name)
        self.name_label = QLabel(name)
        self.edit = QLineEdit("" if amount is None else money_plain(amount, lang))
        self.edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.edit.setMaximumWidth(160)
        self.edit.setMaxLength(14)
        self.edit.setPlaceholderText(self.tr("non offert"))
        self.edit.setAccessibleName(self.tr("Prix {name}").format(name=category.name(lang)))
        self.name_label.setBuddy(self.edit)
        self.error = QLabel()
        self.error.setWordWrap(True)
        set_role(self.error, "error")
        self.error.setVisible(False)
        self.edit.textChanged.connect(self.check)

    def place(self, grid: QGridLayout, row: int) -> None:
        # "12,50 $" in French, "$12.50" in English.
        grid.addWidget(self.key_label, row, 0)
        grid.addWidget(self.name_label, row, 1)
        grid.addWidget(QLabel("$" if self.lang == "en" else ""), row, 2)
        grid.addWidget(self.edit, row, 3)
        grid.addWidget(QLabel("" if self.lang == "en" else "$"), row, 4)
        grid.addWidget(self.error, row + 1, 1, 1, 4)

    @property
    def offered(self) -> bool:
        return bool(self.edit.text().strip())

    @Slot()
    def check(self) -> DomainError | None:
        """The refusal of what is typed (said under the field), or None."""
        error: DomainError | None = None
        if self.offered:
            try:
                rules.parse_price(self.edit.text())
            except DomainError as refused:
                error = refused
        self.error.setText(message_for(error, self.lang) if error is not None else "")
        self.error.setVisible(error is not None)
        return error


class PriceListDialog(ActionDialog):
    """A new price list, or a list's name, tags and prices."""

    def __init__(
        self,
        submit: SubmitList,
        categories: Sequence[CategoryView],
        lang: str,
        price_list: PriceListView | None = None,
        *,
        known_tags: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(lang, parent)
        self.submit = submit
        self.setWindowTitle(
            self.tr("Nouvelle liste de prix")
            if price_list is None
            else self.tr("Liste de prix « {name} »").format(name=price_list.name)
        )
        prices = price_list.prices if price_list is not None else {}
        self.name_edit = QLineEdit(price_list.name if price_list else "")
        self.name_edit.setMaxLength(120)
        self.tags_edit = QLineEdit(", ".join(price_list.tags) if price_list else "")
        self.tags_edit.setPlaceholderText(self.tr("par exemple : théâtre, régulier"))
        attach_tag_completer(self.tags_edit, known_tags)
        form = QFormLayout()
        form.setSpacing(12)
        form.addRow(self.tr("&Nom"), self.name_edit)
        form.addRow(self.tr("É&tiquettes"), self.tags_edit)

        # Withdrawn categories show only where this list still prices them (to keep or drop).
        self.fields = [
            PriceField(c, prices.get(c.id), lang) for c in categories if c.active or c.id in prices
        ]
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(1, 1)
        for index, field in enumerate(self.fields):
            field.place(grid, index * 2)
            field.edit.textChanged.connect(self._update_keys)
        grid.setRowStretch(len(self.fields) * 2, 1)  # spare height below, not in an error
        holder = QWidget()
        holder.setLayout(grid)
        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from the tags to the prices
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        scroll.setMinimumHeight(min(72 * max(len(self.fields), 1), 360))
        explain = hint_label(
            self.tr(
                "Un prix par catégorie, comme 12,50 ou 12.50 ; laissez vide une catégorie que "
                "cette liste n'offre pas. Au guichet, les cinq premières catégories offertes "
                "vont sur les touches F1 à F5."
            )
        )
        if not self.fields:
            explain.setText(self.tr("Ajoutez d'abord des catégories de billets."))
        self.lay_out(form, explain, (scroll, 1))
        self.setMinimumWidth(680)
        for field in self.fields:
            field.check()
        self._update_keys()
        self.name_edit.setFocus()

    def field(self, category_id: str) -> PriceField:
        return next(f for f in self.fields if f.category.id == category_id)

    @Slot()
    def _update_keys(self) -> None:
        keys = key_names([f.category.id for f in self.fields if f.offered])
        for field in self.fields:
            field.key_label.setText(keys.get(field.category.id, ""))

    @Slot()
    def save(self) -> None:
        refused = [f for f in self.fields if f.check() is not None]
        if refused:
            refused[0].edit.setFocus()
            refused[0].edit.selectAll()
            self.show_error(self.tr("Corrigez les prix signalés en rouge."))
            return
        from guichet.services.backoffice.prices import PricesDesk

        prices = PricesDesk.parse_prices({f.category.id: f.edit.text() for f in self.fields})
        self.close_or_say(
            self.submit(self.name_edit.text(), tag_parts(self.tags_edit.text()), prices)
        )


class NameDialog(ActionDialog):
    """One name to type (the copy of a price list): Entrée does it, Échap does not."""

    def __init__(
        self,
        submit: SubmitName,
        lang: str,
        *,
        title: str,
        question: str,
        name: str,
        action: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(lang, parent)
        self.submit = submit
        self.setWindowTitle(title)
        label = QLabel(question)
        label.setWordWrap(True)
        self.name_edit = QLineEdit(name)
        self.name_edit.setMaxLength(120)
        self.name_edit.selectAll()
        label.setBuddy(self.name_edit)
        self.save_button.setText(action)
        self.lay_out(label, self.name_edit)
        self.setMinimumWidth(560)

    @Slot()
    def save(self) -> None:
        self.close_or_say(self.submit(self.name_edit.text()))
