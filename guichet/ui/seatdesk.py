"""The supervisors' seat window (issue 5, part 5): hold, block, release and assign seats.

``SeatDeskWindow(counter)``: pick a day and a reserved-seating show, choose seats on the map
(click, or ↓ to a row and Entrée), then "Retenir" (hold, with a note: "Médias"), "Bloquer"
(block, with a note: "Caméra"), "Libérer" (release held or blocked seats) or "Attribuer…"
(assign to a named participant: a complimentary ticket in their name). Every action applies
to the whole selection or to nothing; a refusal is said in words and the counts of the legend
follow. The service decides who may act: a cashier is refused ("supervisor_required").

Unlike the sales map, held and blocked seats can be selected here (to release or assign them).
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from guichet.domain.errors import DomainError
from guichet.domain.seating import SeatInventory, SeatMap, SeatState, seat_labels
from guichet.i18n.formatting import long_date, time_of_day
from guichet.services.counter import Counter
from guichet.services.views import CategoryPrice, OccurrenceView
from guichet.ui.limits import limit
from guichet.ui.messages import message_for
from guichet.ui.seatmap import SeatMapPanel, SeatMapView
from guichet.ui.seatpicker import compact_panel
from guichet.ui.theme import day_edit, set_role, sized_font

#: Seats a supervisor can act on (sold seats are refunded through the refund flow).
DESK_SELECTABLE = frozenset({SeatState.FREE, SeatState.HELD, SeatState.BLOCKED})
LOOKAHEAD_DAYS = 60  # on opening, the first day (from today) with a seated show
BUTTON_STYLE = "QPushButton { min-height: 44px; padding: 2px 16px; font-size: 15pt; }"


def desk_panel(
    seat_map: SeatMap, inventory: SeatInventory, lang: str, parent: QWidget | None = None
) -> SeatMapPanel:
    """The map where held and blocked seats can be selected too (to release or assign)."""
    panel = SeatMapPanel(seat_map, inventory, lang, parent, selectable=DESK_SELECTABLE)
    compact_panel(panel)  # the show list names the hall; the keyboard hint is a tooltip
    return panel


class AssignSeatsDialog(QDialog):
    """The participant's name and the ticket category of an assignment."""

    def __init__(
        self, categories: list[CategoryPrice], seats_text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Attribuer des sièges"))
        self.setMinimumWidth(620)
        root = QVBoxLayout(self)
        root.setSpacing(10)
        seats = QLabel(seats_text)
        seats.setWordWrap(True)
        seats.setFont(sized_font(self.font(), 15, bold=True))
        root.addWidget(seats)
        form = QFormLayout()
        form.setVerticalSpacing(10)
        self.name_edit = QLineEdit()
        limit(self.name_edit, "SeatsAction.participant")
        self.name_edit.setPlaceholderText(self.tr("ex. Édith Butler"))
        self.name_edit.setFont(sized_font(self.font(), 16))
        self.category_combo = QComboBox()
        self.category_combo.setFont(sized_font(self.font(), 16))
        for category in categories:
            self.category_combo.addItem(category.name, category.category_id)
        form.addRow(self.tr("Nom du participant"), self.name_edit)
        form.addRow(self.tr("Catégorie du billet"), self.category_combo)
        root.addLayout(form)
        note = QLabel(self.tr("Billet de faveur (0 $) au nom du participant."))
        note.setProperty("role", "muted")
        root.addWidget(note)
        self.message = QLabel()
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        root.addWidget(self.message)
        buttons = QHBoxLayout()
        cancel = QPushButton(self.tr("Annuler (Échap)"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        ok = QPushButton(self.tr("Attribuer (Entrée)"))
        ok.setProperty("role", "primary")
        ok.setDefault(True)
        ok.clicked.connect(self._ok)
        buttons.addWidget(cancel)
        buttons.addStretch(1)
        buttons.addWidget(ok)
        root.addLayout(buttons)

    @property
    def participant(self) -> str:
        return self.name_edit.text().strip()

    @property
    def category_id(self) -> str | None:
        value = self.category_combo.currentData()
        return str(value) if value is not None else None

    def _ok(self) -> None:
        if not self.participant:
            self.message.setText(self.tr("Écrivez le nom du participant."))
            self.name_edit.setFocus()
            return
        self.accept()


class SeatDeskWindow(QWidget):
    """``SeatDeskWindow(counter)``: its own window (a parent only keeps it alive)."""

    changed = Signal()  # seats changed state: availability moved

    def __init__(self, counter: Counter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.counter = counter
        self._occurrences: list[OccurrenceView] = []
        self._selected: OccurrenceView | None = None
        self.panel: SeatMapPanel | None = None
        self.assign_dialog: AssignSeatsDialog | None = None
        self.setObjectName("SeatDeskWindow")
        self.setWindowTitle(self.tr("Plan de salle — retenir, bloquer, attribuer"))
        self.setStyleSheet(BUTTON_STYLE)
        self._build()
        self._install_shortcuts()
        self.set_day(self._first_seated_day(counter.today()))

    # --- layout -------------------------------------------------------------------------

    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(10, 8, 10, 8)
        root.setSpacing(6)

        top = QHBoxLayout()
        top.setSpacing(8)
        self.date_edit = day_edit(self.counter.lang, "ddd d MMM yyyy")
        self.date_edit.setFont(sized_font(self.font(), 15))
        self.date_edit.setAccessibleName(self.tr("Date des séances"))
        self.date_edit.dateChanged.connect(lambda d: self._load_day(d.toPython()))
        top.addWidget(self.date_edit)
        previous = self._button(self.tr("◀"), lambda: self._shift_day(-1))
        previous.setToolTip(self.tr("Jour précédent"))
        following = self._button(self.tr("▶"), lambda: self._shift_day(1))
        following.setToolTip(self.tr("Jour suivant"))
        top.addWidget(previous)
        top.addWidget(following)
        self.occurrence_combo = QComboBox()
        self.occurrence_combo.setFont(sized_font(self.font(), 15, bold=True))
        self.occurrence_combo.setMinimumWidth(380)
        self.occurrence_combo.setAccessibleName(self.tr("Séance avec plan de salle"))
        self.occurrence_combo.currentIndexChanged.connect(self._on_occurrence_changed)
        top.addWidget(self.occurrence_combo, 1)
        self.refresh_button = self._button(self.tr("Actualiser (F5)"), self.refresh)
        top.addWidget(self.refresh_button)
        root.addLayout(top)

        self.map_box = QVBoxLayout()
        self.map_box.setContentsMargins(0, 0, 0, 0)
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setFont(sized_font(self.font(), 18))
        self.empty_label.setProperty("role", "muted")
        self.map_box.addWidget(self.empty_label, 1)
        root.addLayout(self.map_box, 1)

        actions = QHBoxLayout()
        actions.setSpacing(8)
        note_label = QLabel(self.tr("Note\u00a0:"))
        note_label.setFont(sized_font(self.font(), 15))
        self.note_edit = QLineEdit()
        limit(self.note_edit, "SeatsAction.note")
        self.note_edit.setPlaceholderText(self.tr("pourquoi (ex. Médias, Caméra)"))
        self.note_edit.setFont(sized_font(self.font(), 15))
        self.note_edit.setAccessibleName(self.tr("Note de la retenue ou du blocage"))
        note_label.setBuddy(self.note_edit)
        self.hold_button = self._button(self.tr("Retenir"), self.hold)
        self.hold_button.setToolTip(self.tr("Retenir les sièges choisis (avec la note)"))
        self.block_button = self._button(self.tr("Bloquer"), self.block)
        self.block_button.setToolTip(self.tr("Bloquer les sièges choisis\u00a0: à ne pas vendre"))
        self.release_button = self._button(self.tr("Libérer"), self.release)
        self.release_button.setToolTip(self.tr("Remettre en vente les sièges retenus ou bloqués"))
        self.assign_button = self._button(self.tr("Attribuer…"), lambda: self.assign())
        self.assign_button.setToolTip(self.tr("Billet de faveur au nom d'un participant"))
        self.assign_button.setProperty("role", "primary")
        actions.addWidget(note_label)
        actions.addWidget(self.note_edit, 1)
        for button in (
            self.hold_button,
            self.block_button,
            self.release_button,
            self.assign_button,
        ):
            actions.addWidget(button)
        root.addLayout(actions)

        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setProperty("role", "error")
        self.message.setFont(sized_font(self.font(), 15, bold=True))
        self.message.setAccessibleName(self.tr("Message"))
        root.addWidget(self.message)
        self._update_buttons()

    def _button(self, text: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the map keeps the keyboard
        button.clicked.connect(slot)
        return button

    def _install_shortcuts(self) -> None:
        shortcut = QShortcut(QKeySequence(Qt.Key.Key_F5), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.refresh)

    # --- messages -----------------------------------------------------------------------

    def show_error(self, text: str) -> None:
        set_role(self.message, "error")
        self.message.setText(text)

    def show_info(self, text: str) -> None:
        set_role(self.message, "ok")
        self.message.setText(text)

    # --- days and shows -----------------------------------------------------------------

    @property
    def current_day(self) -> date:
        day: date = self.date_edit.date().toPython()  # type: ignore[assignment]
        return day

    @property
    def occurrence(self) -> OccurrenceView | None:
        return self._selected

    def _seated(self, day: date) -> list[OccurrenceView]:
        return [occ for occ in self.counter.occurrences(day) if occ.seated]

    def _first_seated_day(self, start: date) -> date:
        for offset in range(LOOKAHEAD_DAYS):
            day = start + timedelta(days=offset)
            if self._seated(day):
                return day
        return start

    def set_day(self, day: date) -> None:
        if day == self.current_day:
            self._load_day(day)
        else:
            self.date_edit.setDate(QDate(day.year, day.month, day.day))  # -> _load_day

    def _shift_day(self, days: int) -> None:
        self.set_day(self.current_day + timedelta(days=days))

    def _load_day(self, day: date) -> None:
        keep = self._selected.id if self._selected is not None else None
        self._occurrences = self._seated(day)
        tz, lang = self.counter.organisation.timezone, self.counter.lang
        self.date_edit.setToolTip(long_date(day, lang))
        self.occurrence_combo.blockSignals(True)
        self.occurrence_combo.clear()
        for occ in self._occurrences:
            self.occurrence_combo.addItem(
                self.tr("{time} — {event} — {venue}").format(
                    time=time_of_day(occ.starts_at, tz, lang),
                    event=occ.event_name,
                    venue=occ.venue_name,
                ),
                occ.id,
            )
        row = next((i for i, o in enumerate(self._occurrences) if o.id == keep), 0)
        self.occurrence_combo.setCurrentIndex(row if self._occurrences else -1)
        self.occurrence_combo.blockSignals(False)
        self._on_occurrence_changed(self.occurrence_combo.currentIndex())

    def select_occurrence(self, occurrence_id: str) -> None:
        for row, occ in enumerate(self._occurrences):
            if occ.id == occurrence_id:
                self.occurrence_combo.setCurrentIndex(row)  # -> _on_occurrence_changed
                return

    def _on_occurrence_changed(self, row: int) -> None:
        occ = self._occurrences[row] if 0 <= row < len(self._occurrences) else None
        if occ is not None and self._selected is not None and occ.id == self._selected.id:
            if self.panel is not None:
                self.refresh()
                return
        self._selected = occ
        if self.panel is not None:
            self.map_box.removeWidget(self.panel)
            self.panel.hide()
            self.panel.deleteLater()
            self.panel = None
        seating = self.counter.seating(occ.id) if occ is not None else None
        if seating is None:
            self.empty_label.setText(self.tr("Aucune séance avec plan de salle ce jour-là."))
            self.empty_label.show()
        else:
            self.empty_label.hide()
            panel = desk_panel(seating.seat_map, seating.inventory, self.counter.lang)
            self.panel = panel
            panel_layout = panel.layout()
            if panel_layout is not None:
                panel_layout.setContentsMargins(0, 0, 0, 0)
            self.panel.view.selectionChanged.connect(lambda _ids: self._update_buttons())
            self.map_box.addWidget(self.panel, 1)
            self.panel.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.message.clear()
        self._update_buttons()

    def refresh(self) -> None:
        """Read the seats' states again (sales, other supervisors)."""
        occ = self._selected
        if occ is None or self.panel is None:
            return
        seating = self.counter.seating(occ.id)
        if seating is not None:
            self.panel.set_inventory(seating.inventory)
        self._update_buttons()

    # --- actions ------------------------------------------------------------------------

    @property
    def view(self) -> SeatMapView | None:
        return self.panel.view if self.panel is not None else None  # type: ignore[return-value]

    def selected_ids(self) -> list[str]:
        view = self.view
        return view.selected_ids() if view is not None else []

    def _update_buttons(self) -> None:
        chosen = bool(self.selected_ids())
        for button in (
            self.hold_button,
            self.block_button,
            self.release_button,
            self.assign_button,
        ):
            button.setEnabled(chosen)

    def _seat_words(self, seat_ids: list[str]) -> str:
        if self.panel is None:
            return ""
        seat_map = self.panel.seat_map
        seats = [seat_map.get(seat_id) for seat_id in seat_ids]
        return seat_labels((s for s in seats if s is not None), self.counter.lang)

    def _apply(
        self, action: str, *, note: str = "", participant: str = "", category_id: str | None = None
    ) -> bool:
        occ = self._selected
        seat_ids = self.selected_ids()
        if occ is None or self.panel is None:
            return False
        if not seat_ids:
            self.show_error(message_for(DomainError("seat_selection_empty"), self.counter.lang))
            return False
        try:
            self.counter.seat_action(
                occ.id,
                action,
                seat_ids,
                note=note,
                participant=participant,
                category_id=category_id,
            )
        except DomainError as error:
            self.refresh()
            self.show_error(message_for(error, self.counter.lang))
            return False
        seats = self._seat_words(seat_ids)
        assert self.view is not None
        self.view.clear_selection()
        self.refresh()
        count = len(seat_ids)
        if action == "hold":
            text = self.tr("Retenus ({count})\u00a0: {seats}").format(count=count, seats=seats)
        elif action == "block":
            text = self.tr("Bloqués ({count})\u00a0: {seats}").format(count=count, seats=seats)
        elif action == "release":
            text = self.tr("Remis en vente ({count})\u00a0: {seats}").format(
                count=count, seats=seats
            )
        else:
            text = self.tr("Attribués à {name} ({count})\u00a0: {seats}").format(
                name=participant, count=count, seats=seats
            )
        self.show_info(text)
        self.changed.emit()
        return True

    def hold(self) -> bool:
        return self._apply("hold", note=self.note_edit.text().strip())

    def block(self) -> bool:
        return self._apply("block", note=self.note_edit.text().strip())

    def release(self) -> bool:
        return self._apply("release")

    def assign(self, participant: str | None = None, category_id: str | None = None) -> bool:
        """Assign the selection to a participant; without a name, ask for it (and the
        category) in a small dialog."""
        occ = self._selected
        if occ is None:
            return False
        if participant is not None:
            if category_id is None:
                category_id = self.counter.categories(occ.id)[0].category_id
            return self._apply("assign", participant=participant, category_id=category_id)
        seat_ids = self.selected_ids()
        if not seat_ids:
            self.show_error(message_for(DomainError("seat_selection_empty"), self.counter.lang))
            return False
        try:
            categories = self.counter.categories(occ.id)
        except DomainError as error:
            self.show_error(message_for(error, self.counter.lang))
            return False
        dialog = AssignSeatsDialog(categories, self._seat_words(seat_ids), self)
        self.assign_dialog = dialog

        def done(result: int) -> None:
            self.assign_dialog = None
            if result == QDialog.DialogCode.Accepted:
                self._apply(
                    "assign", participant=dialog.participant, category_id=dialog.category_id
                )
            dialog.deleteLater()

        dialog.finished.connect(done)
        dialog.open()
        return True
