"""The reserves window ("réserves de capacité"): draw tickets for a participant at the counter.

Pick a day and a show on the left (``ShowPicker``), see every reserve of that show (``ShowSummary``
over the ``ReserveTable``: held / drawn / remaining, and whether this user may draw from it), then
draw N tickets for a named participant, free or at the reserve's tariff, on the right
(``DrawPanel``). The drawn tickets are listed under the reserves (``DrawnTable``); free ones can
be cancelled (``CancelRow``: the places go back to their reserve), paid ones are refunded with
the normal refund (F8). Supervisors and the owner also set the quantity of each reserve for the
show, release what remains to general sale, set the plain held-back count (``QuantityRow``),
and define reserves (``ReserveEditDialog``).

This window is their composition: it reads the chosen show's board from ``counter.reserves``
(the service) and tells each widget what is chosen; a widget that changed something says so
with a signal, and the window reads the board again. Every refusal is written in words in the
red message line and leaves the fields as they were. Access is enforced by the service: the
greyed "Pas d'accès" is only a courtesy.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from guichet.domain import codes
from guichet.domain.errors import DomainError
from guichet.domain.overrides import Override
from guichet.i18n.formatting import money
from guichet.services.counter import Counter
from guichet.services.views import OccurrenceView
from guichet.ui.approval import OverrideDialog
from guichet.ui.messages import message_for
from guichet.ui.reserves.common import DRAW_KEY, HELD_BACK
from guichet.ui.reserves.draw_panel import DrawPanel
from guichet.ui.reserves.drawn import CancelRow, DrawnTable
from guichet.ui.reserves.edit_dialog import ReserveEditDialog
from guichet.ui.reserves.history import ReserveHistoryDialog
from guichet.ui.reserves.quantity import QuantityRow
from guichet.ui.reserves.shows import ShowPicker
from guichet.ui.reserves.summary import ShowSummary
from guichet.ui.reserves.table import ReserveTable
from guichet.ui.theme import sized_font as _font


class ReservesWindow(QWidget):
    """``ReservesWindow(counter)``: its own window (a parent only keeps it alive)."""

    ticketsDrawn = Signal(object)  # DrawRecorded: tickets were queued for the printer
    changed = Signal()  # quantities or draws changed: general availability moved

    def __init__(self, counter: Counter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.counter = counter
        self._selected: OccurrenceView | None = None
        self._board: Any = None
        self._lines: dict[str, Any] = {}  # reserve id -> ReserveLine of the board
        self._prices: dict[str, int] = {}  # category id -> list price for the show
        self._category_names: dict[str, str] = {}
        self.history_dialog: ReserveHistoryDialog | None = None
        self.reserve_dialog: ReserveEditDialog | None = None

        self.setObjectName("ReservesWindow")
        self.setWindowTitle(self.tr("Réserves de capacité"))
        self.setStyleSheet(
            "QRadioButton { min-height: 40px; }"
            " QRadioButton::indicator { width: 22px; height: 22px; }"
            " QHeaderView::section { font-size: 13pt; padding: 6px 4px; }"
        )
        self._build()
        self._connect()
        self._update_manage_visibility()
        self.shows.load_day(self.counter.today())

    def _build(self) -> None:
        organisation = self.counter.organisation
        self.shows = ShowPicker(self.counter)
        self.summary = ShowSummary(organisation.timezone, self.counter.lang)
        self.reserves_table = ReserveTable(self._m)
        self.manage_row = QuantityRow(self.counter)
        self.drawn_table = DrawnTable()
        self.cancel_row = CancelRow(self.counter)
        self.draw_panel = DrawPanel(self.counter)
        root = QHBoxLayout(self)
        root.setContentsMargins(8, 8, 8, 8)
        root.setSpacing(10)
        root.addWidget(self.shows, 15)  # at its narrowest on 1366: room for the reserves
        column = QVBoxLayout()
        column.setSpacing(6)
        column.addWidget(self.summary)
        column.addWidget(self.reserves_table, 5)
        column.addWidget(self.manage_row)
        drawn_title = QLabel(self.tr("Billets tirés pour cette séance"))
        drawn_title.setFont(_font(self.font(), 16, True))
        column.addWidget(drawn_title)
        column.addWidget(self.drawn_table, 4)
        column.addWidget(self.cancel_row)
        root.addLayout(column, 52)
        root.addWidget(self.draw_panel, 28)
        # The widgets' parts, by the names the window has always given them.
        self.occurrence_list, self.date_edit = self.shows.occurrence_list, self.shows.date_edit
        for part in ("show_title", "availability_label", "counts_label", "edit_reserve_button",
                     "history_button"):
            setattr(self, part, getattr(self.summary, part))
        for part in ("quantity_caption", "held_spin", "apply_button", "release_button",
                     "new_reserve_button"):
            setattr(self, part, getattr(self.manage_row, part))
        for part in ("cancel_spin", "cancel_button", "cancel_hint"):
            setattr(self, part, getattr(self.cancel_row, part))
        for part in ("message", "draw_reserve_label", "quantity_spin", "name_edit", "email_edit",
                     "phone_edit", "note_edit", "free_radio", "charged_radio", "payment_row",
                     "amount_label", "cash_radio", "card_radio", "card_reference_edit",
                     "access_label", "draw_button"):
            setattr(self, part, getattr(self.draw_panel, part))

    def _connect(self) -> None:
        self.shows.picked.connect(self._on_show_picked)
        self.shows.loaded.connect(self._select)
        self.summary.editRequested.connect(self.edit_reserve)
        self.summary.historyRequested.connect(self.show_history)
        self.reserves_table.reserveChosen.connect(self._on_reserve_chosen)
        self.manage_row.newReserveRequested.connect(self.new_reserve)
        self.drawn_table.drawChosen.connect(
            lambda drawn: self.cancel_row.show_draw(drawn, bool(self.drawn_table.draws))
        )
        for widget in (self.manage_row, self.cancel_row):
            widget.done.connect(self._board_changed)
            widget.refused.connect(self.show_error)
        self.draw_panel.drawn.connect(self._tickets_drawn)
        # F12 draws from anywhere in the window (the tables keep Entrée and the arrows), as
        # F12 pays on the sales page.
        draw_anywhere = QShortcut(QKeySequence(DRAW_KEY), self)
        draw_anywhere.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        draw_anywhere.setAutoRepeat(False)
        draw_anywhere.activated.connect(lambda: self.draw())
        close = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        close.activated.connect(self.close)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The cashier types the participant's name first; Entrée draws.
        QTimer.singleShot(0, self.draw_panel.name_edit.setFocus)

    # --- service --------------------------------------------------------------------------

    @property
    def desk(self) -> Any:
        """The reserves service of whoever is logged in now."""
        return self.counter.reserves

    @property
    def can_manage(self) -> bool:
        actor = self.counter.actor
        return actor is not None and actor.role.can_supervise

    def _m(self, cents: int) -> str:
        return money(cents, self.counter.lang, self.counter.organisation.currency)

    def _update_manage_visibility(self) -> None:
        manage = self.can_manage
        self.manage_row.setVisible(manage)
        self.summary.edit_reserve_button.setVisible(manage)

    # --- messages -------------------------------------------------------------------------

    def show_error(self, text: str) -> None:
        self.draw_panel.message.show_error(text)

    def show_info(self, text: str) -> None:
        self.draw_panel.message.show_info(text)

    def clear_message(self) -> None:
        self.draw_panel.message.clear()

    def _refuse(self, error: DomainError) -> None:
        self.show_error(message_for(error, self.counter.lang))

    # --- what is chosen -------------------------------------------------------------------

    @property
    def current_day(self) -> date:
        return self.shows.current_day

    @property
    def selected_occurrence(self) -> OccurrenceView | None:
        return self._selected

    @property
    def _occurrences(self) -> list[OccurrenceView]:
        return self.shows.occurrences

    @property
    def _reserve_id(self) -> str | None:
        """The line chosen in the reserves table (a reserve id, ``HELD_BACK`` or None)."""
        return self.reserves_table.chosen_id

    @_reserve_id.setter
    def _reserve_id(self, reserve_id: str | None) -> None:
        self.reserves_table.chosen_id = reserve_id
        self._update_manage_row()  # what « Appliquer » and « Libérer » act on

    @property
    def _drawn(self) -> list[Any]:
        return self.drawn_table.draws

    @property
    def selected_line(self) -> Any:
        """The chosen reserve's line of the board (None for the held-back line or nothing)."""
        if self._reserve_id is None or self._reserve_id == HELD_BACK:
            return None
        return self._lines.get(self._reserve_id)

    @property
    def selected_drawn(self) -> Any:
        return self.drawn_table.selected

    def set_day(self, day: date) -> None:
        self.shows.set_day(day)

    def go_today(self) -> None:
        self.shows.go_today()

    def select_occurrence(self, occurrence_id: str) -> None:
        self.shows.select_occurrence(occurrence_id)

    def select_reserve(self, reserve_id: str) -> None:
        """Choose a line of the reserves table (a reserve id, or ``HELD_BACK``)."""
        self.reserves_table.select_reserve(reserve_id)

    def select_drawn(self, order_line_id: str) -> None:
        self.drawn_table.select_drawn(order_line_id)

    def refresh(self) -> None:
        """Reload the day's shows and the chosen show's reserves (changes made elsewhere)."""
        self._update_manage_visibility()
        keep = self._selected.id if self._selected else None
        self.shows.load_day(self.current_day, keep_id=keep)

    def _on_show_picked(self, occ: OccurrenceView | None) -> None:
        self.clear_message()
        self._select(occ)

    def _select(self, occ: OccurrenceView | None) -> None:
        self._selected = occ
        self._prices = {}
        if occ is not None:
            try:
                for category in self.counter.categories(occ.id):
                    self._prices[category.category_id] = category.price
                    self._category_names[category.category_id] = category.name
            except DomainError:
                pass
        self.refresh_board()

    def _on_reserve_chosen(self, _reserve_id: str | None) -> None:
        self._update_manage_row()
        self._update_draw_panel()

    # --- the reserves of the chosen show --------------------------------------------------

    def refresh_board(self) -> None:
        """Read the chosen show's reserves and drawn tickets again and show them."""
        occ = self._selected
        self._board = None
        self._lines = {}
        drawn: list[Any] = []
        if occ is not None:
            try:
                self._board = self.desk.board(occ.id)
                drawn = list(self.desk.drawn(occ.id))
            except DomainError as error:
                self._refuse(error)
        in_reserves = 0
        if self._board is not None:
            self._lines = {line.reserve.id: line for line in self._board.lines}
            in_reserves = sum(line.remaining for line in self._lines.values())
            in_reserves += int(self._board.held_back)
            self.shows.update_occurrence(self._board.occurrence)
            if self._selected is not None and self._selected.id == self._board.occurrence.id:
                self._selected = self._board.occurrence
        self.summary.set_show(self._selected, in_reserves)
        self.reserves_table.show_board(self._board, self._prices, self._category_names)
        self._update_manage_row()
        self.drawn_table.show_drawn(drawn)
        self._update_draw_panel()

    def _update_manage_row(self) -> None:
        line, board = self.selected_line, self._board
        held_back = int(board.held_back) if board is not None else None
        self.manage_row.show_line(self._selected, self._reserve_id, line, held_back)
        self.summary.edit_reserve_button.setEnabled(line is not None)

    def _update_draw_panel(self) -> None:
        line = self.selected_line
        price = None
        if line is not None and line.reserve.kind == "with_access":
            price = self._prices.get(line.reserve.category_id or "")
        held_back = self._selected is not None and self._reserve_id == HELD_BACK
        self.draw_panel.show_choice(self._selected, held_back, line, price)

    # --- what the widgets did -----------------------------------------------------------

    def apply_quantity(self) -> None:
        """Set the chosen line's quantity for the show to the spin box's value."""
        self.manage_row.apply()

    def release(self) -> None:
        """Give what the chosen line still holds back to general sale."""
        self.manage_row.release()

    def cancel_draw(self) -> None:
        """Cancel some of the chosen free draw's tickets: the places go back to the reserve."""
        self.cancel_row.cancel_draw()

    def _board_changed(self, said: str) -> None:
        self.refresh_board()
        self.show_info(said)
        self.changed.emit()

    # --- drawing (the draw panel draws) ---------------------------------------------------

    @property
    def override_dialog(self) -> OverrideDialog | None:
        """A supervisor's approval being asked for a date that has ended."""
        return self.draw_panel.override_dialog

    def draw(self, override: Override | None = None) -> None:
        """Draw the tickets typed in the panel from the chosen reserve (see ``DrawPanel.draw``)."""
        self.draw_panel.draw(override)

    def _tickets_drawn(self, result: Any) -> None:
        self.refresh_board()
        self.drawn_table.select_order(codes.display(result.order_code))
        self.ticketsDrawn.emit(result)
        self.changed.emit()

    # --- dialogs --------------------------------------------------------------------------

    def show_history(self) -> None:
        occ = self._selected
        if occ is None:
            self.show_error(self.tr("Choisissez d'abord une séance."))
            return
        try:
            entries = list(self.desk.history(occ.id))
        except DomainError as error:
            self._refuse(error)
            return
        dialog = ReserveHistoryDialog(self.counter, occ, entries, self)
        self.history_dialog = dialog
        dialog.open()

    def _categories(self) -> list[tuple[str, str]]:
        """Ticket categories offered on the day's shows (the chosen show's first)."""
        seen: dict[str, str] = {}
        occurrences = ([self._selected] if self._selected else []) + self._occurrences
        for occ in occurrences:
            try:
                for category in self.counter.categories(occ.id):
                    seen.setdefault(category.category_id, category.name)
            except DomainError:
                continue
        return list(seen.items())

    def new_reserve(self) -> None:
        self._open_reserve_dialog(None)

    def edit_reserve(self) -> None:
        line = self.selected_line
        if line is None:
            self.show_error(self.tr("Choisissez une réserve dans la liste."))
            return
        self._open_reserve_dialog(line.reserve)

    def _open_reserve_dialog(self, reserve: Any) -> None:
        try:
            users = list(self.desk.users())
        except DomainError as error:
            self._refuse(error)
            return
        dialog = ReserveEditDialog(
            self.desk, self._categories(), users, reserve, self.counter, self
        )
        dialog.saved.connect(self._reserve_saved)
        self.reserve_dialog = dialog
        dialog.open()

    def _reserve_saved(self, reserve_id: str, name: str) -> None:
        self._reserve_id = reserve_id
        self.refresh_board()
        self.show_info(self.tr("Réserve «\u00a0{name}\u00a0» enregistrée.").format(name=name))
