"""Listes d'entrée: what each door admits (issue 17, part 4).

A check-in list names a door's job: the dates of some events (or of all), some ticket
categories (or all), and optionally "entry from N minutes before the start" (without it, from
the start of the date's day). One door takes the balcony, another the orchestra; each door
window (Entrées, Ctrl+E) picks its list. Inser adds a list, Entrée edits the chosen one,
Ctrl+D deactivates it (or brings it back): a list is never deleted, the scans made with it
keep its name.

Lists are saved through :class:`guichet.services.door.DoorDesk` (the ``check_in_list.save``
command); the handler lets supervisors and owners only, and refuses a missing name in words.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from guichet.domain.errors import DomainError
from guichet.domain.tickets import CheckInList
from guichet.services.backoffice import BackOffice
from guichet.services.door import DoorDesk
from guichet.ui.admin.section import Section, action_button, message_label
from guichet.ui.admin.venue_dialogs import one
from guichet.ui.admin.widgets import (
    ActionDialog,
    button_row,
    column_layout,
    heading_row,
    hint_label,
)
from guichet.ui.backoffice import (
    BIG_INDICATORS,
    ID_ROLE,
    check_list,
    checked_ids,
    fit_rows,
    item,
    make_table,
)
from guichet.ui.theme import COLORS, set_role

if TYPE_CHECKING:
    from guichet.services.counter import Counter

COL_NAME, COL_EVENTS, COL_CATEGORIES, COL_ENTRY, COL_STATE = range(5)
MAX_MINUTES = 24 * 60
DEFAULT_MINUTES = 60
LIST_HEIGHT = 150


@dataclass(frozen=True)
class _Organisation:
    id: str
    timezone: str


class _OfficeCounter:
    """What the door desk's list methods read of a counter, taken from the back office (the
    back office knows no Counter): its sessions, organisation, bus and person logged in."""

    def __init__(self, office: BackOffice) -> None:
        self.office = office
        self.session_factory = office.session_factory
        self.terminal_id = office.terminal_id
        self.organisation = _Organisation(office.organisation_id, office.timezone)
        self.bus = office.bus
        self.lang = office.lang

    @property
    def actor(self) -> Any:
        return self.office.actor_provider()

    def clock(self) -> datetime:
        return self.office.clock()


def door_desk(office: BackOffice) -> DoorDesk:
    counter: Counter = _OfficeCounter(office)  # type: ignore[assignment]
    return DoorDesk(counter)


@dataclass(frozen=True)
class Choice:
    id: str
    name: str


# What the dialog hands the section: (name, event ids, category ids, minutes or None).
Submit = Callable[[str, tuple[str, ...], tuple[str, ...], int | None], DomainError | None]


class _Chooser(QWidget):
    """ "All" or "these": two radio buttons and a list of check boxes (on for "these")."""

    def __init__(
        self, all_text: str, some_text: str, choices: list[Choice], chosen: frozenset[str]
    ) -> None:
        super().__init__()
        self.all_radio = QRadioButton(all_text)
        self.some_radio = QRadioButton(some_text)
        group = QButtonGroup(self)
        group.addButton(self.all_radio)
        group.addButton(self.some_radio)
        self.list = check_list(((c.id, c.name) for c in choices), chosen)
        self.list.setFixedHeight(LIST_HEIGHT)
        self.list.setAccessibleName(some_text)
        (self.some_radio if chosen else self.all_radio).setChecked(True)
        self.some_radio.toggled.connect(self.list.setEnabled)
        self.list.setEnabled(bool(chosen))
        radios = QHBoxLayout()
        radios.setSpacing(24)
        radios.addWidget(self.all_radio)
        radios.addWidget(self.some_radio)
        radios.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(radios)
        layout.addWidget(self.list)

    def chosen(self) -> tuple[str, ...] | None:
        """() for all; the ids ticked for "these" (None: "these" with nothing ticked)."""
        if self.all_radio.isChecked():
            return ()
        ticked = tuple(checked_ids(self.list))
        return ticked or None

    def tick(self, ident: str, on: bool = True) -> None:
        for row in range(self.list.count()):
            entry = self.list.item(row)
            if entry.data(ID_ROLE) == ident:
                entry.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)


class CheckInListDialog(ActionDialog):
    """Add or change a check-in list: its name, its events, its categories, when entry opens."""

    def __init__(
        self,
        submit: Submit,
        events: list[Choice],
        categories: list[Choice],
        lang: str,
        parent: QWidget | None = None,
        *,
        door: CheckInList | None = None,
    ) -> None:
        super().__init__(lang, parent)
        self.submit = submit
        self.new = door is None
        self.setStyleSheet(BIG_INDICATORS)
        self.setMinimumWidth(720)
        self.setWindowTitle(
            self.tr("Nouvelle liste d'entrée") if door is None else self.tr("Modifier la liste")
        )
        self.name_edit = QLineEdit(door.name if door is not None else "")
        self.name_edit.setMaxLength(80)
        self.name_edit.setPlaceholderText(self.tr("Par exemple\u00a0: Balcon"))
        self.name_edit.setAccessibleName(self.tr("Nom"))
        self.events = _Chooser(
            self.tr("Tous les événements"),
            self.tr("Ceux-ci"),
            events,
            door.event_ids if door is not None else frozenset(),
        )
        self.categories = _Chooser(
            self.tr("Toutes les catégories"),
            self.tr("Celles-ci"),
            categories,
            door.category_ids if door is not None else frozenset(),
        )
        minutes = door.minutes_before if door is not None else None
        self.minutes_check = QCheckBox(self.tr("À partir de"))
        self.minutes_check.setChecked(minutes is not None)
        self.minutes_spin = QSpinBox()
        self.minutes_spin.setRange(0, MAX_MINUTES)
        self.minutes_spin.setValue(minutes if minutes is not None else DEFAULT_MINUTES)
        self.minutes_spin.setSuffix(self.tr("\u00a0min avant le début"))
        self.minutes_spin.setAccessibleName(self.tr("Minutes avant le début"))
        self.minutes_spin.setEnabled(minutes is not None)
        self.minutes_check.toggled.connect(self.minutes_spin.setEnabled)
        entry_row = QHBoxLayout()
        entry_row.setSpacing(10)
        entry_row.addWidget(self.minutes_check)
        entry_row.addWidget(self.minutes_spin)
        entry_row.addStretch(1)
        entry_hint = hint_label(
            self.tr(
                "Sans heure d'ouverture, un billet entre dès le début de la journée de sa date."
            )
        )
        entry_box = QVBoxLayout()
        entry_box.setSpacing(4)
        entry_box.addLayout(entry_row)
        entry_box.addWidget(entry_hint)

        form = QFormLayout()
        form.setSpacing(12)
        form.addRow(self.tr("Nom"), self.name_edit)
        form.addRow(self.tr("Événements"), self.events)
        form.addRow(self.tr("Catégories"), self.categories)
        form.addRow(self.tr("Entrée"), entry_box)
        self.lay_out(form, spacing=14)
        self.name_edit.setFocus()

    def minutes(self) -> int | None:
        return self.minutes_spin.value() if self.minutes_check.isChecked() else None

    def save(self) -> None:
        events = self.events.chosen()
        if events is None:
            self.show_error(
                self.tr("Cochez au moins un événement, ou choisissez «\u00a0Tous les "
                        "événements\u00a0».")  # fmt: skip
            )
            self.events.list.setFocus()
            return
        categories = self.categories.chosen()
        if categories is None:
            self.show_error(
                self.tr("Cochez au moins une catégorie, ou choisissez «\u00a0Toutes les "
                        "catégories\u00a0».")  # fmt: skip
            )
            self.categories.list.setFocus()
            return
        error = self.submit(self.name_edit.text(), events, categories, self.minutes())
        if error is not None and error.code == "check_in_list_name_missing":
            self.name_edit.setFocus()
        self.close_or_say(error)


class CheckInListsSection(Section):
    key = "check_in_lists"

    def __init__(self, office: BackOffice, parent: QWidget | None = None) -> None:
        super().__init__(office, parent)
        self.desk = door_desk(office)
        self.doors: list[CheckInList] = []
        self.inactive: set[str] = set()
        self.event_names: dict[str, str] = {}
        self.category_names: dict[str, str] = {}
        # The open form, kept while shown (and for tests to fill).
        self.dialog: CheckInListDialog | None = None

        self.summary = QLabel()
        set_role(self.summary, "muted")
        top = heading_row(self.title(), self.summary)
        note = hint_label(
            self.tr(
                "Une liste d'entrée dit ce qu'une porte admet\u00a0: quels événements, quelles "
                "catégories de billets, à partir de quand. Chaque porte choisit la sienne dans "
                "la fenêtre Entrées (Ctrl+E)."
            )
        )
        self.table = make_table(
            [self.tr("Nom"), self.tr("Événements"), self.tr("Catégories"), self.tr("Entrée"),
             self.tr("État")]
        )  # fmt: skip
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_EVENTS, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_CATEGORIES, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        self.message = message_label()
        self.add_button = action_button(self.tr("Ajouter (Inser)"), self.add, "primary")
        self.edit_button = action_button(self.tr("Modifier (Entrée)"), self.edit)
        self.toggle_button = action_button(self.tr("Désactiver (Ctrl+D)"), self.toggle_active)
        buttons = button_row(self.add_button, self.edit_button, self.toggle_button, spacing=8)
        column_layout(self, top, note, (self.table, 1), self.message, buttons, spacing=10)

        self.shortcut(Qt.Key.Key_Insert, self.add)
        self.shortcut(Qt.Key.Key_Return, self.edit)
        self.shortcut(Qt.Key.Key_Enter, self.edit)
        self.shortcut("Ctrl+D", self.toggle_active)
        self._selection_changed()

    def title(self) -> str:
        return self.tr("Listes d'entrée")

    # --- reading ---------------------------------------------------------------------------

    def refresh(self) -> None:
        kept = self.selected.id if self.selected is not None else ""
        try:
            every = self.desk.lists(active_only=False)
            active = {d.id for d in self.desk.lists()}
            self._read_names()
        except DomainError as error:
            every, active = [], set()
            self.say(self.message, error)
        # Active lists first (by name), the deactivated ones greyed at the end.
        self.doors = [d for d in every if d.id in active] + [d for d in every if d.id not in active]
        self.inactive = {d.id for d in every if d.id not in active}
        self._fill()
        self.select(kept)

    def _read_names(self) -> None:
        english = self.lang == "en"
        self.event_names = {
            e.id: (e.name_en or e.name) if english else e.name
            for e in self.office.events.all(include_withdrawn=True)
        }
        self.category_names = {
            c.id: c.name(self.lang) for c in self.office.prices.categories(include_withdrawn=True)
        }

    def events_words(self, door: CheckInList) -> str:
        if not door.event_ids:
            return self.tr("Tous les événements")
        return ", ".join(sorted(self.event_names.get(i, "?") for i in door.event_ids))

    def categories_words(self, door: CheckInList) -> str:
        if not door.category_ids:
            return self.tr("Toutes les catégories")
        order = list(self.category_names)
        ids = sorted(door.category_ids, key=lambda i: order.index(i) if i in order else 99)
        return ", ".join(self.category_names.get(i, "?") for i in ids)

    def entry_words(self, door: CheckInList) -> str:
        if door.minutes_before is None:
            return self.tr("Dès le début de la journée")
        return self.tr("{minutes}\u00a0min avant le début").format(minutes=door.minutes_before)

    def _fill(self) -> None:
        muted = QBrush(QColor(COLORS["muted"]))
        self.table.setRowCount(len(self.doors))
        for row, door in enumerate(self.doors):
            inactive = door.id in self.inactive
            cells = [
                item(door.name),
                item(self.events_words(door)),
                item(self.categories_words(door)),
                item(self.entry_words(door)),
                item(self.tr("Désactivée") if inactive else self.tr("Active")),
            ]
            cells[COL_NAME].setData(ID_ROLE, door.id)
            for column, cell in enumerate(cells):
                cell.setToolTip(cell.text())
                if inactive:
                    cell.setForeground(muted)
                self.table.setItem(row, column, cell)
        fit_rows(self.table)
        active = len(self.doors) - len(self.inactive)
        parts = [
            self.tr("{n} liste active").format(n=active)
            if one(active, self.lang)
            else self.tr("{n} listes actives").format(n=active)
        ]
        if self.inactive:
            count = len(self.inactive)
            parts.append(
                self.tr("{n} désactivée").format(n=count)
                if one(count, self.lang)
                else self.tr("{n} désactivées").format(n=count)
            )
        self.summary.setText(" · ".join(parts))
        if not self.doors and not self.message.text():
            self.say(
                self.message,
                self.tr(
                    "Aucune liste pour l'instant\u00a0: sans liste, une porte admet toutes les "
                    "entrées. «\u00a0Ajouter (Inser)\u00a0» en crée une."
                ),
                "muted",
            )

    @property
    def selected(self) -> CheckInList | None:
        model = self.table.selectionModel()
        rows = model.selectedRows() if model is not None else []
        if not rows or not 0 <= rows[0].row() < len(self.doors):
            return None
        return self.doors[rows[0].row()]

    def select(self, list_id: str) -> None:
        row = next((i for i, d in enumerate(self.doors) if d.id == list_id), 0)
        if self.doors:
            self.table.selectRow(row)
        self._selection_changed()

    @Slot()
    def _selection_changed(self) -> None:
        door = self.selected
        none = self.tr("Choisissez d'abord une liste.")
        for button in (self.edit_button, self.toggle_button):
            button.setEnabled(door is not None)
            button.setToolTip("" if door is not None else none)
        inactive = door is not None and door.id in self.inactive
        self.toggle_button.setText(
            self.tr("Réactiver (Ctrl+D)") if inactive else self.tr("Désactiver (Ctrl+D)")
        )

    # --- acting ----------------------------------------------------------------------------

    def _choices(self, door: CheckInList | None) -> tuple[list[Choice], list[Choice]]:
        """The events and categories offered: those in use, and any the list already names."""
        english = self.lang == "en"
        named = door.event_ids if door is not None else frozenset()
        events = [
            Choice(e.id, (e.name_en or e.name) if english else e.name)
            for e in self.office.events.all(include_withdrawn=True)
            if e.active or e.id in named
        ]
        named = door.category_ids if door is not None else frozenset()
        categories = [
            Choice(c.id, c.name(self.lang))
            for c in self.office.prices.categories(include_withdrawn=True)
            if c.active or c.id in named
        ]
        return events, categories

    def _open(self, door: CheckInList | None) -> None:
        try:
            events, categories = self._choices(door)
        except DomainError as error:
            self.say(self.message, error)
            return
        list_id = door.id if door is not None else None
        active = door is None or door.id not in self.inactive

        def submit(
            name: str, event_ids: tuple[str, ...], category_ids: tuple[str, ...],
            minutes: int | None,
        ) -> DomainError | None:
            return self.save_list(list_id, name, event_ids, category_ids, minutes, active)

        dialog = CheckInListDialog(submit, events, categories, self.lang, self, door=door)
        self.dialog = dialog
        dialog.open()

    @Slot()
    def add(self) -> None:
        self._open(None)

    @Slot()
    def edit(self) -> None:
        door = self.selected
        if door is not None:
            self._open(door)

    def save_list(
        self,
        list_id: str | None,
        name: str,
        event_ids: tuple[str, ...],
        category_ids: tuple[str, ...],
        minutes: int | None,
        active: bool = True,
    ) -> DomainError | None:
        try:
            saved = self.desk.save_list(
                name,
                list_id=list_id,
                event_ids=event_ids,
                category_ids=category_ids,
                minutes_before=minutes,
                active=active,
            )
        except DomainError as error:
            self.say(self.message, error)
            return error
        self._done(saved, self.tr("Liste «\u00a0{name}\u00a0» enregistrée.").format(
            name=" ".join(name.split())
        ))  # fmt: skip
        return None

    @Slot()
    def toggle_active(self) -> None:
        door = self.selected
        if door is None:
            return
        reactivate = door.id in self.inactive
        error = self.save_list_state(door, reactivate)
        if error is not None:
            return
        if reactivate:
            text = self.tr("«\u00a0{name}\u00a0» est de nouveau proposée aux portes.")
        else:
            text = self.tr(
                "«\u00a0{name}\u00a0» n'est plus proposée aux portes\u00a0; les entrées déjà "
                "faites avec elle sont conservées."
            )
        self._done(door.id, text.format(name=door.name))

    def save_list_state(self, door: CheckInList, active: bool) -> DomainError | None:
        try:
            self.desk.save_list(
                door.name,
                list_id=door.id,
                event_ids=tuple(sorted(door.event_ids)),
                category_ids=tuple(sorted(door.category_ids)),
                minutes_before=door.minutes_before,
                active=active,
            )
        except DomainError as error:
            self.say(self.message, error)
            return error
        return None

    def _done(self, list_id: str, text: str) -> None:
        self.refresh()
        self.select(list_id)
        self.say(self.message, text, "ok")
        self.changed.emit()
