"""Événements: the shows and leisure activities, each with its venue and hall, its price
list, how many dates are to come and the next one. Withdrawn ones (no longer sold, no new
dates, their history kept) are greyed and hidden unless asked for.

Inser adds, Entrée edits (the form takes the list's place; Échap comes back), Ctrl+D
withdraws (after a question whose default keeps it) or brings back, Ctrl+O shows the event's
dates (``datesRequested``: the window opens its Dates section), Ctrl+R shows the withdrawn.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from guichet.domain.errors import DomainError
from guichet.i18n.formatting import local, time_of_day
from guichet.services.backoffice import BackOffice
from guichet.services.backoffice.views import EventView
from guichet.ui.admin.event_form import EventForm
from guichet.ui.admin.section import Section, action_button, message_label
from guichet.ui.admin.venue_dialogs import one
from guichet.ui.admin.widgets import button_row, column_layout, heading_row, panel_keys
from guichet.ui.backoffice import BIG_INDICATORS, ID_ROLE, fit_rows, item, make_table, short_date
from guichet.ui.backoffice.promotions import ConfirmDialog
from guichet.ui.theme import COLORS

COL_KIND, COL_NAME, COL_PLACE, COL_PRICES, COL_DATES, COL_NEXT = range(6)


class EventsSection(Section):
    key = "events"
    #: The event whose dates to show (the window opens its Dates section on it).
    datesRequested = Signal(str)

    def __init__(self, office: BackOffice, parent: QWidget | None = None) -> None:
        super().__init__(office, parent)
        self.events: list[EventView] = []
        self.confirm_dialog: ConfirmDialog | None = None

        self.pages = QStackedWidget()
        self.list_page = QWidget()
        self.form = EventForm(office)
        self.form.saved.connect(self._saved)
        self.form.cancelled.connect(self.show_list)
        self.pages.addWidget(self.list_page)
        self.pages.addWidget(self.form)
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.addWidget(self.pages)

        self.summary_label = QLabel()
        self.summary_label.setProperty("role", "muted")
        self.withdrawn_check = QCheckBox(self.tr("Afficher les retirés (Ctrl+R)"))
        self.withdrawn_check.setStyleSheet(BIG_INDICATORS)
        self.withdrawn_check.toggled.connect(lambda _on: self.refresh())
        top = heading_row(self.title(), self.summary_label, self.withdrawn_check)

        self.table = make_table(
            [self.tr("Type"), self.tr("Nom"), self.tr("Lieu et salle"), self.tr("Liste de prix"),
             self.tr("Dates\nà venir"), self.tr("Prochaine date")]
        )  # fmt: skip
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_PLACE, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_args: fit_rows(self.table))
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())

        self.message = message_label()
        self.add_button = action_button(self.tr("Ajouter (Inser)"), self.add, "primary")
        self.edit_button = action_button(self.tr("Modifier (Entrée)"), self.edit_selected)
        self.toggle_button = action_button(self.tr("Retirer (Ctrl+D)"), self.toggle_selected)
        self.dates_button = action_button(self.tr("Dates… (Ctrl+O)"), self.show_dates)
        buttons = button_row(
            self.add_button, self.edit_button, self.toggle_button, self.dates_button
        )

        column_layout(self.list_page, top, (self.table, 1), self.message, buttons, spacing=10)
        # Keys of the list only (the form has its own Entrée and Échap).
        panel_keys(
            self.list_page,
            {
                Qt.Key.Key_Insert: self.add,
                Qt.Key.Key_Return: self.edit_selected,
                Qt.Key.Key_Enter: self.edit_selected,
                "Ctrl+D": self.toggle_selected,
                "Ctrl+O": self.show_dates,
                "Ctrl+R": self.withdrawn_check.toggle,
            },
        )
        self._selection_changed()

    def title(self) -> str:
        return self.tr("Événements")

    # --- the list --------------------------------------------------------------------------

    def refresh(self) -> None:
        kept = self.selected_event()
        try:
            everything = self.office.events.all()
            to_come = self.office.events.dates_to_come()
        except DomainError as error:
            everything, to_come = [], {}
            self.say(self.message, error)
        shown = self.withdrawn_check.isChecked()
        self.events = [e for e in everything if e.active or shown]
        self.events.sort(key=lambda e: (not e.active, e.display_name(self.lang).casefold()))
        muted = QBrush(QColor(COLORS["muted"]))
        italic = QFont(self.table.font())
        italic.setItalic(True)
        self.table.setRowCount(len(self.events))
        for row, event in enumerate(self.events):
            name = event.display_name(self.lang)
            if not event.active:
                name = self.tr("{name} (retiré)").format(name=name)
            place = event.venue_name
            if event.hall_name:
                place = self.tr("{venue} — {hall}").format(
                    venue=event.venue_name, hall=event.hall_name
                )
            count = to_come.get(event.id, 0)
            cells = [
                item(self.kind_text(event.kind)),
                item(name),
                item(place),
                item(event.price_list_name),
                item(str(count) if count else "—", right=True),
                item(self.next_text(event) if count else "—"),
            ]
            cells[COL_NAME].setData(ID_ROLE, event.id)
            for column, cell in enumerate(cells):
                if not event.active:
                    cell.setForeground(muted)
                    cell.setFont(italic)
                self.table.setItem(row, column, cell)
        fit_rows(self.table)
        self._summary(everything)
        self.select(kept.id if kept else None)
        if self.selected_event() is None and self.events:
            self.table.selectRow(0)
        self._selection_changed()

    def kind_text(self, kind: str) -> str:
        return self.tr("Spectacle") if kind == "show" else self.tr("Activité")

    def next_text(self, event: EventView) -> str:
        if event.next_date is None:
            return "—"
        tz = self.office.timezone
        return self.tr("{date}, {time}").format(
            date=short_date(local(event.next_date, tz).date(), self.lang),
            time=time_of_day(event.next_date, tz, self.lang),
        )

    def _summary(self, everything: list[EventView]) -> None:
        active = sum(1 for e in everything if e.active)
        withdrawn = len(everything) - active
        text = (
            self.tr("{n} événement en vente").format(n=active)
            if one(active, self.lang)
            else self.tr("{n} événements en vente").format(n=active)
        )
        if withdrawn:
            text = (
                self.tr("{active}, {n} retiré").format(active=text, n=withdrawn)
                if one(withdrawn, self.lang)
                else self.tr("{active}, {n} retirés").format(active=text, n=withdrawn)
            )
        self.summary_label.setText(text)
        if not everything and not self.message.text():
            self.say(
                self.message,
                self.tr("Aucun événement pour l'instant : « Ajouter (Inser) » en crée un."),
                "muted",
            )

    def selected_event(self) -> EventView | None:
        model = self.table.selectionModel()
        rows = model.selectedRows() if model is not None else []
        if not rows:
            return None
        index = rows[0].row()
        return self.events[index] if 0 <= index < len(self.events) else None

    def select(self, event_id: str | None) -> None:
        for row, event in enumerate(self.events):
            if event.id == event_id:
                self.table.selectRow(row)
                return

    @Slot()
    def _selection_changed(self) -> None:
        event = self.selected_event()
        for button in (self.edit_button, self.toggle_button, self.dates_button):
            button.setEnabled(event is not None)
        withdrawn = event is not None and not event.active
        self.toggle_button.setText(
            self.tr("Rétablir (Ctrl+D)") if withdrawn else self.tr("Retirer (Ctrl+D)")
        )

    # --- the form --------------------------------------------------------------------------

    @Slot()
    def add(self) -> None:
        self._open_form(None)

    @Slot()
    def edit_selected(self) -> None:
        event = self.selected_event()
        if event is not None:
            self._open_form(event)

    def _open_form(self, event: EventView | None) -> None:
        try:
            self.form.load(event)
        except DomainError as error:
            self.say(self.message, error)
            return
        self.pages.setCurrentWidget(self.form)
        self.form.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def show_list(self) -> None:
        self.pages.setCurrentWidget(self.list_page)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def editing(self) -> bool:
        return self.pages.currentWidget() is self.form

    @Slot(str)
    def _saved(self, event_id: str) -> None:
        created = self.form.current is None
        self.show_list()
        self.refresh()
        self.select(event_id)
        event = self.selected_event()
        name = event.display_name(self.lang) if event else ""
        self.say(
            self.message,
            (
                self.tr("« {name} » créé : Ctrl+O pour lui ajouter des dates.")
                if created
                else self.tr("« {name} » enregistré.")
            ).format(name=name),
            "ok",
        )
        self.changed.emit()

    # --- withdraw, bring back, dates ----------------------------------------------------------

    @Slot()
    def toggle_selected(self) -> None:
        event = self.selected_event()
        if event is None:
            return
        if not event.active:
            self._set_active(event, True)
            return
        dialog = ConfirmDialog(
            self.tr("Retirer un événement"),
            self.tr(
                "Retirer « {name} » ? Il ne sera plus vendu au guichet et ne recevra plus de "
                "dates ; ses ventes et son historique restent."
            ).format(name=event.display_name(self.lang)),
            self.tr("Retirer"),
            self,
            danger=True,
        )
        dialog.accepted.connect(lambda: self._set_active(event, False))
        self.confirm_dialog = dialog
        dialog.open()

    def _set_active(self, event: EventView, active: bool) -> None:
        try:
            self.office.events.set_active(event.id, active)
        except DomainError as error:
            self.say(self.message, error)
            return
        self.refresh()
        self.select(event.id)
        name = event.display_name(self.lang)
        if active:
            text = self.tr("« {name} » est de nouveau en vente.").format(name=name)
        else:
            text = self.tr(
                "« {name} » retiré : il n'est plus vendu au guichet. « Afficher les retirés "
                "(Ctrl+R) » le montre encore."
            ).format(name=name)
        self.say(self.message, text, "ok")
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

    @Slot()
    def show_dates(self) -> None:
        event = self.selected_event()
        if event is not None:
            self.datesRequested.emit(event.id)
