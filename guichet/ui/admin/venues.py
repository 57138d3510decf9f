"""Lieux et salles: the organisation's venues and, under each, its halls — general admission
("320 places") or seated on a seat map ("800 sièges, plan Théâtre du Quai — grande salle").

Inser adds a venue, Ctrl+Inser a hall to the chosen venue, Ctrl+I imports a seat map (a new
seated hall, or a new map for the chosen hall), Entrée edits, Ctrl+D withdraws or brings
back (withdrawing asks first; Entrée on that question keeps it).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, Slot
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from guichet.domain.errors import DomainError
from guichet.services.backoffice import BackOffice
from guichet.services.backoffice.views import HallView, VenueView
from guichet.ui.admin.section import Section, action_button, message_label
from guichet.ui.admin.venue_dialogs import HallDialog, VenueDialog, hall_capacity_text, one
from guichet.ui.admin.widgets import button_row, column_layout, heading_row
from guichet.ui.backoffice.promotions import ConfirmDialog
from guichet.ui.theme import COLORS

COL_NAME, COL_DETAIL, COL_EVENTS, COL_STATE = range(4)
ROW_HEIGHT = 44
KIND_ROLE = Qt.ItemDataRole.UserRole + 1


class _TallRows(QStyledItemDelegate):
    """Rows tall enough for a finger, as the back office's tables have."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 8, max(size.height(), ROW_HEIGHT))


class VenuesSection(Section):
    key = "venues"

    def __init__(self, office: BackOffice, parent: QWidget | None = None) -> None:
        super().__init__(office, parent)
        self.venues: list[VenueView] = []
        # The open form or question, kept while shown (and for tests to answer).
        self.dialog: VenueDialog | HallDialog | None = None
        self.confirm_dialog: ConfirmDialog | None = None

        self.summary_label = QLabel()
        self.summary_label.setProperty("role", "muted")
        top = heading_row(self.title(), self.summary_label)

        self.tree = QTreeWidget()
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels(
            [self.tr("Lieu ou salle"), self.tr("Adresse ou capacité"), self.tr("Événements"),
             self.tr("État")]
        )  # fmt: skip
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setExpandsOnDoubleClick(False)
        self.tree.setIndentation(28)
        self.tree.setItemDelegate(_TallRows(self.tree))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_DETAIL, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_EVENTS, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_STATE, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemSelectionChanged.connect(self._selection_changed)
        self.tree.itemDoubleClicked.connect(lambda *_: self.edit_selected())

        self.message = message_label()
        self.add_venue_button = action_button(
            self.tr("Ajouter un lieu (Inser)"), self.add_venue, "primary"
        )
        self.add_hall_button = action_button(
            self.tr("Ajouter une salle (Ctrl+Inser)"), self.add_hall
        )
        self.import_button = action_button(
            self.tr("Importer un plan de salle… (Ctrl+I)"), self.import_seat_map
        )
        self.edit_button = action_button(self.tr("Modifier (Entrée)"), self.edit_selected)
        self.toggle_button = action_button(self.tr("Retirer (Ctrl+D)"), self.toggle_selected)
        self.shortcut(Qt.Key.Key_Insert, self.add_venue)
        self.shortcut("Ctrl+Ins", self.add_hall)
        self.shortcut("Ctrl+I", self.import_seat_map)
        self.shortcut(Qt.Key.Key_Return, self.edit_selected)
        self.shortcut(Qt.Key.Key_Enter, self.edit_selected)
        self.shortcut("Ctrl+D", self.toggle_selected)

        adding = button_row(self.add_venue_button, self.add_hall_button, self.import_button)
        editing = button_row(self.edit_button, self.toggle_button)

        column_layout(self, top, (self.tree, 1), self.message, adding, editing, spacing=10)
        self._selection_changed()

    def title(self) -> str:
        return self.tr("Lieux et salles")

    # --- the list --------------------------------------------------------------------------

    def refresh(self) -> None:
        kept = self.selected_key()
        try:
            self.venues = self.office.venues.all()
        except DomainError as error:
            self.venues = []
            self.say(self.message, error)
        muted = QBrush(QColor(COLORS["muted"]))
        self.tree.clear()
        for venue in self.venues:
            top = self._row(
                ("venue", venue.id),
                venue.name,
                ", ".join(venue.address.splitlines()),
                self._events_text(venue.events),
                self.tr("Actif") if venue.active else self.tr("Retiré"),
            )
            bold = QFont(self.tree.font())
            bold.setBold(True)
            top.setFont(COL_NAME, bold)
            self.tree.addTopLevelItem(top)
            for hall in venue.halls:
                child = self._row(
                    ("hall", hall.id),
                    hall.name,
                    hall_capacity_text(hall, self.lang, two_lines=True),
                    "",
                    self.tr("Active") if hall.active else self.tr("Retirée"),
                )
                top.addChild(child)
                if not (hall.active and venue.active):
                    for column in range(4):
                        child.setForeground(column, muted)
            if not venue.active:
                for column in range(4):
                    top.setForeground(column, muted)
        self.tree.expandAll()
        self._summary()
        self.select(kept)
        first = self.tree.topLevelItem(0)
        if self.tree.currentItem() is None and first is not None:
            self.tree.setCurrentItem(first)
        self._selection_changed()

    def _row(self, key: tuple[str, str], *texts: str) -> QTreeWidgetItem:
        row = QTreeWidgetItem(list(texts))
        row.setData(COL_NAME, Qt.ItemDataRole.UserRole, key[1])
        row.setData(COL_NAME, KIND_ROLE, key[0])
        for column in range(len(texts)):
            row.setToolTip(column, texts[column].replace("\n", " "))
        return row

    def _events_text(self, count: int) -> str:
        if count == 0:
            return "—"
        if one(count, self.lang):
            return self.tr("{n} événement").format(n=count)
        return self.tr("{n} événements").format(n=count)

    def _summary(self) -> None:
        venues = len(self.venues)
        halls = sum(len(v.halls) for v in self.venues)
        if not venues:
            self.summary_label.setText(self.tr("Aucun lieu"))
            if not self.message.text():
                self.say(
                    self.message,
                    self.tr("Aucun lieu pour l'instant : « Ajouter un lieu (Inser) » en crée un."),
                    "muted",
                )
            return
        venue_words = (
            self.tr("{n} lieu").format(n=venues)
            if one(venues, self.lang)
            else self.tr("{n} lieux").format(n=venues)
        )
        hall_words = (
            self.tr("{n} salle").format(n=halls)
            if one(halls, self.lang)
            else self.tr("{n} salles").format(n=halls)
        )
        self.summary_label.setText(
            self.tr("{venues}, {halls}").format(venues=venue_words, halls=hall_words)
        )

    def selected_key(self) -> tuple[str, str] | None:
        current = self.tree.currentItem()
        if current is None:
            return None
        return str(current.data(COL_NAME, KIND_ROLE)), str(
            current.data(COL_NAME, Qt.ItemDataRole.UserRole)
        )

    def selected(self) -> tuple[VenueView, HallView | None] | None:
        """The chosen venue, and the chosen hall when a hall's row is chosen."""
        key = self.selected_key()
        if key is None:
            return None
        kind, ident = key
        for venue in self.venues:
            if kind == "venue" and venue.id == ident:
                return venue, None
            for hall in venue.halls:
                if kind == "hall" and hall.id == ident:
                    return venue, hall
        return None

    def select(self, key: tuple[str, str] | None) -> None:
        if key is None:
            return
        kind, ident = key
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            if top is None:
                continue
            candidates = [top] + [top.child(j) for j in range(top.childCount())]
            for row in candidates:
                if row is not None and (
                    row.data(COL_NAME, KIND_ROLE) == kind
                    and row.data(COL_NAME, Qt.ItemDataRole.UserRole) == ident
                ):
                    self.tree.setCurrentItem(row)
                    return

    @Slot()
    def _selection_changed(self) -> None:
        chosen = self.selected()
        has = chosen is not None
        for button in (self.edit_button, self.toggle_button, self.add_hall_button):
            button.setEnabled(has)
        active = True
        if chosen is not None:
            venue, hall = chosen
            active = hall.active if hall is not None else venue.active
        self.toggle_button.setText(
            self.tr("Retirer (Ctrl+D)") if active else self.tr("Rétablir (Ctrl+D)")
        )

    # --- actions --------------------------------------------------------------------------

    def _open(self, dialog: VenueDialog | HallDialog, kind: str) -> None:
        dialog.saved.connect(lambda ident: self._saved(kind, ident))
        self.dialog = dialog
        dialog.open()

    @Slot()
    def add_venue(self) -> None:
        self._open(VenueDialog(self.office, None, self), "venue")

    @Slot()
    def add_hall(self) -> None:
        chosen = self.selected()
        if chosen is None:
            self.say(self.message, self.tr("Choisissez d'abord le lieu de la salle."))
            return
        self._open(HallDialog(self.office, chosen[0], None, parent=self), "hall")

    @Slot()
    def import_seat_map(self) -> None:
        """A seated hall from a seat-map CSV; on a hall's row, a new map for that hall."""
        chosen = self.selected()
        if chosen is None:
            self.say(self.message, self.tr("Choisissez d'abord le lieu de la salle."))
            return
        venue, hall = chosen
        self._open(HallDialog(self.office, venue, hall, seated=True, parent=self), "hall")

    @Slot()
    def edit_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        venue, hall = chosen
        if hall is None:
            self._open(VenueDialog(self.office, venue, self), "venue")
        else:
            self._open(HallDialog(self.office, venue, hall, parent=self), "hall")

    def _saved(self, kind: str, ident: str) -> None:
        self.say(self.message, "")
        self.refresh()
        self.select((kind, ident))
        chosen = self.selected()
        if chosen is not None:
            venue, hall = chosen
            if hall is None:
                text = self.tr("Lieu « {name} » enregistré.").format(name=venue.name)
            else:
                text = self.tr("Salle « {name} » enregistrée : {capacity}.").format(
                    name=hall.name, capacity=hall_capacity_text(hall, self.lang)
                )
            self.say(self.message, text, "ok")
        self.tree.setFocus()
        self.changed.emit()

    @Slot()
    def toggle_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        venue, hall = chosen
        active = hall.active if hall is not None else venue.active
        if not active:
            self._set_active(venue, hall, True)
            return
        if hall is None:
            title = self.tr("Retirer un lieu")
            text = self.tr(
                "Retirer le lieu « {name} » ? Il ne sera plus proposé pour de nouveaux "
                "événements ; ses événements et leur historique restent."
            ).format(name=venue.name)
        else:
            title = self.tr("Retirer une salle")
            text = self.tr(
                "Retirer la salle « {name} » ({venue}) ? Elle ne sera plus proposée pour de "
                "nouveaux événements ; ceux qui y ont lieu la gardent."
            ).format(name=hall.name, venue=venue.name)
        dialog = ConfirmDialog(title, text, self.tr("Retirer"), self, danger=True)
        dialog.accepted.connect(lambda: self._set_active(venue, hall, False))
        self.confirm_dialog = dialog
        dialog.open()

    def _set_active(self, venue: VenueView, hall: HallView | None, active: bool) -> None:
        try:
            if hall is None:
                self.office.venues.set_active(venue.id, active)
            else:
                self.office.venues.set_hall_active(hall.id, active)
        except DomainError as error:
            self.say(self.message, error)
            return
        self.refresh()
        name = hall.name if hall is not None else venue.name
        if hall is None:
            text = (
                self.tr("Lieu « {name} » rétabli.")
                if active
                else self.tr("Lieu « {name} » retiré.")
            )
        else:
            text = (
                self.tr("Salle « {name} » rétablie.")
                if active
                else self.tr("Salle « {name} » retirée.")
            )
        self.say(self.message, text.format(name=name), "ok")
        self.tree.setFocus()
        self.changed.emit()
