"""Exchanging tickets for another date: « je voudrais venir mardi plutôt que samedi ».

The order is found by its receipt's code or by one of its tickets' (typed or scanned), or comes
from the shift's receipts (F6 there). Its valid admissions are ticked (Espace unticks one);
the other dates of the event are listed with the places left and what would refuse them (a
different price, a full date); Entrée exchanges. The old codes are voided at once, the new
tickets print, and the dialog says what happened. A date that has ended asks a supervisor's
override (the same dialog as a sale's). A seated show: once every other check has passed,
Entrée opens the sales' seat picker on the new date's map for one seat per ticket ticked, and
Entrée there exchanges. Rules: docs/TICKETS.md, "Exchanges".
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from guichet.domain.cart import Cart
from guichet.domain.codes import display
from guichet.domain.errors import DomainError
from guichet.domain.overrides import Override
from guichet.domain.seating import seat_labels
from guichet.i18n.formatting import money, short_moment, timestamp
from guichet.services.counter import Counter
from guichet.services.handlers_exchange import (
    ExchangeDateView,
    ExchangeOptions,
    ExchangeRecorded,
    ExchangeTicketView,
)
from guichet.ui.approval import OverrideDialog
from guichet.ui.limits import limit
from guichet.ui.messages import message_for, message_for_code
from guichet.ui.refund import find_by_code
from guichet.ui.seatpicker import SeatPickerDialog, seat_words
from guichet.ui.theme import set_role

ROW_HEIGHT = 48
# The refusals that are about the seats chosen: the picker opens again to choose others.
SEAT_REFUSALS = frozenset({"exchange_seats_count", "seat_taken", "seat_unknown"})


def _item(text: str, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _table(headers: list[str], stretch: int) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)  # Tab goes on to the next part of the dialog
    # A long show's name wraps rather than being cut: its row grows (ExchangeDialog._fit_rows).
    table.setWordWrap(True)
    table.setTextElideMode(Qt.TextElideMode.ElideNone)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


class ExchangeSeatPicker(SeatPickerDialog):
    """The sales' seat picker, for an exchange: as many seats as tickets ticked, on the new
    date's map; Entrée (or the button) with that many chosen accepts, and ``picked_seats``
    holds them in the map's order. Nothing goes in a cart, nothing is held: the
    exchange takes them at once, and refuses in words a seat taken meanwhile."""

    def __init__(
        self,
        counter: Counter,
        occurrence_id: str,
        category_id: str,
        count: int,
        parent: QWidget | None = None,
    ) -> None:
        self.count = count
        self.picked_seats: list[str] = []
        super().__init__(counter, occurrence_id, category_id, parent, cart=Cart(), quantity=count)
        self.quantity_spin.setReadOnly(True)  # one seat per ticket, no more, no less
        self.quantity_spin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
        when = self.title_label.text()
        self.setWindowTitle(self.tr("Sièges de l'échange — {show}").format(show=when))
        # No %n here: the French plurals would need the French catalogue.
        self.category_label.setText(
            self.tr("Échange d'un billet\u00a0: un siège")
            if count == 1
            else self.tr("Échange de {count} billets\u00a0: un siège par billet").format(
                count=count
            )
        )

    def _on_selection(self, seat_ids: list[str]) -> None:
        super()._on_selection(seat_ids)
        self.add_button.setText(self.tr("Échanger pour ces sièges (Entrée)"))

    def add_to_cart(self) -> None:
        """Not a cart: the seats of the exchange, exactly one per ticket."""
        seat_ids = self.view.selected_ids()
        if len(seat_ids) != self.count:
            error = DomainError("exchange_seats_count", tickets=self.count, seats=len(seat_ids))
            self.show_error(message_for(error, self.counter.lang))
            return
        self.picked_seats = list(seat_ids)
        self.accept()

    def chosen_words(self) -> str:
        """ "Parterre, rangée K, sièges 1, 2" of the seats picked."""
        seat_map = self.seating.seat_map
        seats = [seat_map.get(seat_id) for seat_id in self.picked_seats]
        return seat_labels((s for s in seats if s is not None), self.counter.lang)


class ExchangeDialog(QDialog):
    """``exchange_result`` holds the last :class:`ExchangeRecorded` once one is recorded."""

    exchanged = Signal(object)  # ExchangeRecorded

    def __init__(
        self,
        counter: Counter,
        parent: QWidget | None = None,
        *,
        order_id: str | None = None,
        code: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.counter = counter
        self.options: ExchangeOptions | None = None
        self.exchange_result: ExchangeRecorded | None = None
        self.override_dialog: OverrideDialog | None = None
        self.seat_picker: ExchangeSeatPicker | None = None
        # The seats picked for a seated exchange: (date, tickets ticked, seats), kept while
        # they still match (a supervisor's override asked after them, say).
        self._seats: tuple[str, tuple[str, ...], tuple[str, ...]] | None = None
        self._seat_words = ""  # those seats in words, for the sentence that says it is done
        self._done = False  # an exchange just recorded: Entrée closes
        self.setWindowTitle(self.tr("Échange de billets"))
        self.setModal(True)

        title = QLabel(self.tr("Échange de billets"))
        title.setProperty("role", "title")
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText(self.tr("Code du reçu ou d'un billet"))
        self.code_edit.setAccessibleName(self.tr("Code du reçu ou d'un billet"))
        limit(self.code_edit, "lookup_code", 40)
        self.code_edit.returnPressed.connect(self.find_code)
        self.find_button = QPushButton(self.tr("Chercher"))
        self.find_button.setAutoDefault(False)
        self.find_button.clicked.connect(self.find_code)
        find_row = QHBoxLayout()
        find_row.addWidget(QLabel(self.tr("Code du reçu ou d'un billet (tapez ou scannez)")))
        find_row.addWidget(self.code_edit, 1)
        find_row.addWidget(self.find_button)
        self.order_label = QLabel()
        self.order_label.setProperty("role", "muted")
        self.order_label.setWordWrap(True)

        self.tickets_title = QLabel(self.tr("Billets à échanger (Espace coche ou décoche)"))
        self.tickets_title.setWordWrap(True)
        self.tickets_table = _table(
            [self.tr("Billet"), self.tr("Séance"), self.tr("Prix"), self.tr("État")], 1
        )
        self.tickets_table.setAccessibleName(self.tr("Billets à échanger"))
        self.tickets_table.itemChanged.connect(self._ticks_changed)
        self.dates_title = QLabel(self.tr("Nouvelle date"))
        self.dates_table = _table([self.tr("Date"), self.tr("Places"), self.tr("Remarque")], 0)
        self.dates_table.setAccessibleName(self.tr("Nouvelle date"))
        self.dates_table.itemSelectionChanged.connect(self._date_changed)
        columns = QHBoxLayout()
        columns.setSpacing(16)
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(self.tickets_title)
        left.addWidget(self.tickets_table, 1)
        right.addWidget(self.dates_title)
        right.addWidget(self.dates_table, 1)
        columns.addLayout(left, 4)
        columns.addLayout(right, 3)

        self.history_label = QLabel()
        self.history_label.setProperty("role", "muted")
        self.history_label.setWordWrap(True)
        self.history_label.hide()
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("Motif (facultatif)"))
        self.reason_edit.setAccessibleName(self.tr("Motif de l'échange"))
        limit(self.reason_edit, "ExchangeTickets.reason")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setMinimumHeight(36)
        self.exchange_button = QPushButton(self.tr("Échanger (Entrée)"))
        self.exchange_button.setProperty("role", "primary")
        self.exchange_button.setAutoDefault(False)
        self.exchange_button.clicked.connect(lambda: self.confirm())
        self.close_button = QPushButton(self.tr("Fermer (Échap)"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self._close)
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("Motif")))
        buttons.addWidget(self.reason_edit, 1)
        buttons.addSpacing(12)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.exchange_button)

        root = QVBoxLayout(self)
        root.setContentsMargins(16, 12, 16, 12)
        root.setSpacing(8)
        root.addWidget(title)
        root.addLayout(find_row)
        root.addWidget(self.order_label)
        root.addLayout(columns, 1)
        root.addWidget(self.history_label)
        root.addWidget(self.message)
        root.addLayout(buttons)
        self.resize(1240, 680)

        if order_id is not None:
            self.load_order(order_id)
        elif code:
            self.code_edit.setText(code)
            self.find_code()
        else:
            self._show(None)
            self.code_edit.setFocus()

    # --- finding ---------------------------------------------------------------------------

    @Slot()
    def find_code(self) -> None:
        options = find_by_code(
            self.code_edit,
            self.counter.find_exchange,
            lambda: self._show(None),  # never leave another order on screen to be exchanged
            self.show_message,
            self.counter.lang,
        )
        if options is None:
            return
        self.show_message("")
        self._show(options)
        self.dates_table.setFocus()

    def load_order(self, order_id: str) -> None:
        try:
            options = self.counter.exchange_options(order_id)
        except DomainError as error:
            self._show(None)
            self.show_message(message_for(error, self.counter.lang))
            return
        self.code_edit.setText(display(options.order_code))
        self._show(options)
        self.dates_table.setFocus()

    # --- showing ---------------------------------------------------------------------------

    def _when(self, moment: datetime) -> str:
        return short_moment(moment, self.counter.organisation.timezone, self.counter.lang)

    def _show(self, options: ExchangeOptions | None) -> None:
        self.options = options
        self.tickets_table.blockSignals(True)
        self.tickets_table.setRowCount(0)
        self.dates_table.setRowCount(0)
        if options is None:
            self.order_label.setText(self.tr("Tapez ou scannez le code du reçu ou d'un billet."))
            self.history_label.hide()
            self.tickets_table.blockSignals(False)
            self._update()
            return
        lang, tz = self.counter.lang, self.counter.organisation.timezone
        events = sorted(set(options.event_names.values()))
        self.order_label.setText(
            self.tr("Commande {code} · {time} · {events}").format(
                code=display(options.order_code),
                time=timestamp(options.created_at, tz, lang),
                events=", ".join(events),
            )
        )
        several = len(options.event_names) > 1
        self.tickets_table.setRowCount(len(options.tickets))
        for row, ticket in enumerate(options.tickets):
            label = f"{ticket.category_name}\n{display(ticket.code)}"
            if ticket.seat:
                label = f"{ticket.category_name} · {ticket.seat}\n{display(ticket.code)}"
            if ticket.holder:
                label = f"{ticket.holder}\n{label}"
            first = QTableWidgetItem(label)
            first.setData(Qt.ItemDataRole.UserRole, ticket.id)
            if ticket.blocked:
                first.setFlags(Qt.ItemFlag.ItemIsSelectable)  # shown, greyed, never ticked
            else:
                first.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsUserCheckable
                )
                first.setCheckState(Qt.CheckState.Checked)
            self.tickets_table.setItem(row, 0, first)
            self.tickets_table.setItem(
                row, 1, _item(self._session(options, ticket.event_id, ticket.starts_at, several))
            )
            self.tickets_table.setItem(row, 2, _item(money(ticket.price, lang), right=True))
            state = _item(self.blocked_words(ticket.blocked))
            state.setToolTip(self.blocked_sentence(options, ticket))
            self.tickets_table.setItem(row, 3, state)
        if options.exchangeable:
            self.tickets_table.setCurrentCell(
                next(i for i, t in enumerate(options.tickets) if not t.blocked), 0
            )
        self.tickets_table.blockSignals(False)
        self.dates_table.setRowCount(len(options.dates))
        for row, date in enumerate(options.dates):
            first = _item(self._session(options, date.event_id, date.starts_at, several))
            first.setData(Qt.ItemDataRole.UserRole, date.occurrence_id)
            self.dates_table.setItem(row, 0, first)
            self.dates_table.setItem(row, 1, _item(str(date.remaining), right=True))
            self.dates_table.setItem(row, 2, _item(""))
        # No date chosen yet, and none about to be: the first Down picks the first date (Qt
        # would otherwise make the first row current on focus, and Down would skip it).
        self.dates_table.setCurrentIndex(QModelIndex())
        self._show_history(options)
        self._update()
        self._fit_rows()

    def _session(
        self, options: ExchangeOptions, event_id: str, starts_at: datetime, several: bool
    ) -> str:
        """A date as its column shows it: the event's name above it when the order holds
        several events."""
        when = self._when(starts_at)
        return f"{options.event_names.get(event_id, '')}\n{when}" if several else when

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self, self._fit_rows)  # the stretched columns' widths are known

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self._fit_rows)

    def _fit_rows(self) -> None:
        """Each row as tall as its wrapped texts (never below the touch size)."""
        for table in (self.tickets_table, self.dates_table):
            table.resizeRowsToContents()
            for row in range(table.rowCount()):
                if table.rowHeight(row) < ROW_HEIGHT:
                    table.setRowHeight(row, ROW_HEIGHT)

    def blocked_words(self, code: str) -> str:
        """Why an admission cannot be exchanged, in a word or two (its tooltip says more)."""
        words = {
            "ticket_already_used": self.tr("déjà entré"),
            "exchange_reserve": self.tr("tiré d'une réserve"),
            "exchange_alacarte": self.tr("place à la carte"),
        }
        return words.get(code, self.tr("non échangeable")) if code else ""

    def blocked_sentence(self, options: ExchangeOptions, ticket: ExchangeTicketView) -> str:
        """The refusal an exchange of ``ticket`` would meet, in full ("" when it has none)."""
        if not ticket.blocked:
            return ""
        event = options.event_names.get(ticket.event_id, "")
        params = {"ticket": display(ticket.code), "event": event, "event_en": event}
        if ticket.entry_at is not None:
            params["at"] = ticket.entry_at.isoformat()
        return message_for_code(ticket.blocked, params, self.counter.lang)

    def _show_history(self, options: ExchangeOptions) -> None:
        if not options.history:
            self.history_label.hide()
            return
        lang, tz = self.counter.lang, self.counter.organisation.timezone
        lines = []
        for past in options.history:
            lines.append(
                self.tr(
                    "Échange du {time} par {person}\u00a0: %n billet(s), {old} → {new}",
                    "",
                    past.count,
                ).format(
                    time=timestamp(past.at, tz, lang),
                    person=past.person,
                    old=", ".join(self._when(s) for s in past.from_starts),
                    new=self._when(past.to_starts) if past.to_starts else "?",
                )
            )
        self.history_label.setText("\n".join(lines))
        self.history_label.show()

    # --- choosing --------------------------------------------------------------------------

    def ticked(self) -> list[ExchangeTicketView]:
        if self.options is None:
            return []
        by_id = {t.id: t for t in self.options.tickets}
        out = []
        for row in range(self.tickets_table.rowCount()):
            item = self.tickets_table.item(row, 0)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                ticket = by_id.get(str(item.data(Qt.ItemDataRole.UserRole)))
                if ticket is not None and not ticket.blocked:
                    out.append(ticket)
        return out

    def set_ticked(self, ticket_ids: set[str]) -> None:
        for row in range(self.tickets_table.rowCount()):
            item = self.tickets_table.item(row, 0)
            if item is not None and item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                wanted = str(item.data(Qt.ItemDataRole.UserRole)) in ticket_ids
                item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)

    @property
    def chosen_date(self) -> ExchangeDateView | None:
        if self.options is None:
            return None
        rows = self.dates_table.selectionModel().selectedRows()
        if not rows:
            return None
        row = rows[0].row()
        return self.options.dates[row] if 0 <= row < len(self.options.dates) else None

    def choose_date(self, occurrence_id: str) -> None:
        if self.options is None:
            return
        row = next(
            (i for i, d in enumerate(self.options.dates) if d.occurrence_id == occurrence_id), -1
        )
        if row >= 0:
            self.dates_table.selectRow(row)

    @Slot(QTableWidgetItem)
    def _ticks_changed(self, _item: QTableWidgetItem) -> None:
        self._done = False
        self._update()

    @Slot()
    def _date_changed(self) -> None:
        self._done = False
        self._update()

    def date_remark(self, date: ExchangeDateView, tickets: list[ExchangeTicketView]) -> str:
        """What would refuse this date for the ticked admissions, said before trying."""
        if tickets and all(t.occurrence_id == date.occurrence_id for t in tickets):
            return self.tr("date actuelle")
        if any(date.prices.get(t.category_id or "") != t.price for t in tickets):
            return self.tr("prix différent")
        if date.remaining < len(tickets):
            return self.tr("complet") if date.remaining == 0 else self.tr("pas assez de places")
        return ""

    def _update(self) -> None:
        tickets = self.ticked()
        if self.options is not None:
            # Only the dates of the ticked admissions' events (all of them when none is).
            events = {t.event_id for t in tickets} or {d.event_id for d in self.options.dates}
            chosen = self.chosen_date
            for row, date in enumerate(self.options.dates):
                remark = self.dates_table.item(row, 2)
                if remark is not None:
                    remark.setText(self.date_remark(date, tickets))
                self.dates_table.setRowHidden(row, date.event_id not in events)
            if chosen is not None and chosen.event_id not in events:
                self.dates_table.clearSelection()
        self.tickets_title.setText(
            self.tr(
                "Billets à échanger (Espace coche ou décoche)\u00a0: %n coché(s)", "", len(tickets)
            )
        )
        self.exchange_button.setEnabled(bool(tickets) and self.chosen_date is not None)

    # --- exchanging ------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Entrée exchanges wherever the keyboard is (the code's field finds its order
        instead); once done, Entrée closes."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.focusWidget() is self.code_edit:
                event.accept()
                return
            event.accept()
            if self._done:
                self.accept()
            else:
                self.confirm()
            return
        super().keyPressEvent(event)

    def confirm(self, override: Override | None = None) -> None:
        lang = self.counter.lang
        if self.options is None:
            self.show_message(
                self.tr("Cherchez d'abord la commande (code du reçu ou d'un billet).")
            )
            self.code_edit.setFocus()
            return
        tickets = self.ticked()
        if not tickets:
            self.show_message(message_for_code("exchange_nothing", {}, lang))
            self.tickets_table.setFocus()
            return
        date = self.chosen_date
        if date is None:
            self.show_message(self.tr("Choisissez la nouvelle date."))
            self.dates_table.setFocus()
            return
        ticket_ids = tuple(t.id for t in tickets)
        seats: tuple[str, ...] = ()
        if date.seated and self._seats is not None:
            picked_for, ticked_then, picked = self._seats
            if (picked_for, ticked_then) == (date.occurrence_id, ticket_ids):
                seats = picked
        try:
            result = self.counter.exchange_tickets(
                list(ticket_ids),
                date.occurrence_id,
                reason=self.reason_edit.text().strip(),
                override=override,
                seat_ids=seats,
            )
        except DomainError as error:
            if date.seated and error.code in SEAT_REFUSALS:
                # Every other check has passed (the handler checks the seats last): the
                # seats now, on the new date's map; a seat refused is said there.
                self._seats = None
                refused = error if seats or error.code != "exchange_seats_count" else None
                self._pick_seats(date, tickets, override, refused)
                return
            self.show_message(message_for(error, lang))
            if error.code == "exchange_date_ended" and override is None:
                self._ask_override(error)
            return
        self.exchange_result = result
        when = self._when(date.starts_at)
        if seats and self._seats is not None:
            when = f"{when} ({self._seat_words})"
        self._seats = None
        if self.counter.printing_enabled:
            text = self.tr(
                "%n billet(s) échangé(s) pour {when}\u00a0; nouveaux billets imprimés.",
                "",
                len(result.ticket_ids),
            )
        else:
            text = self.tr(
                "%n billet(s) échangé(s) pour {when}\u00a0; aucune imprimante\u00a0: "
                "nouveaux billets non imprimés.",
                "",
                len(result.ticket_ids),
            )
        self.reason_edit.clear()
        self._show(self.counter.exchange_options(self.options.order_id))
        self.set_ticked(set())
        self.show_message(text.format(when=when), "ok")
        self._done = True
        self.close_button.setText(self.tr("Terminer (Entrée)"))
        self.close_button.setProperty("role", "primary")
        set_role(self.close_button, "primary")
        self.close_button.setFocus()
        self.exchanged.emit(result)

    def _pick_seats(
        self,
        date: ExchangeDateView,
        tickets: list[ExchangeTicketView],
        override: Override | None,
        refused: DomainError | None,
    ) -> None:
        """A seated show: the seat picker on the new date's map, one seat per ticket ticked;
        the seats picked, the exchange goes on (with the override already given, if any)."""
        lang = self.counter.lang
        if self.seat_picker is not None:
            return
        try:
            picker = ExchangeSeatPicker(
                self.counter, date.occurrence_id, tickets[0].category_id or "", len(tickets), self
            )
        except DomainError as error:
            self.show_message(message_for(error, lang))
            return
        if refused is not None:
            text = seat_words(refused, picker.seating.seat_map, lang)
            picker.show_error(text)
            self.show_message(text)
        else:
            self.show_message(
                self.tr("Choisissez sur le plan le siège du billet.")
                if len(tickets) == 1
                else self.tr(
                    "Choisissez sur le plan un siège par billet ({count} billets)."
                ).format(count=len(tickets)),
                "muted",
            )
        self.seat_picker = picker
        ticked = (date.occurrence_id, tuple(t.id for t in tickets))

        def done(code: int) -> None:
            seats = list(picker.picked_seats)
            words = picker.chosen_words() if seats else ""
            self.seat_picker = None
            picker.deleteLater()
            self.activateWindow()
            if code == QDialog.DialogCode.Accepted and seats:
                self._seats = (*ticked, tuple(seats))
                self._seat_words = words
                self.confirm(override)
                return
            self.show_message(
                self.tr("Aucun siège choisi\u00a0: rien n'a été échangé. Entrée rouvre le plan.")
            )
            self.dates_table.setFocus()

        picker.finished.connect(done)
        picker.open()

    def _ask_override(self, refusal: DomainError) -> None:
        """A ticket's date has ended: a supervisor may allow it, with a reason."""
        dialog = OverrideDialog(self.counter, refusal, self)
        self.override_dialog = dialog

        def done(code: int) -> None:
            override = dialog.override
            self.override_dialog = None
            dialog.deleteLater()
            self.activateWindow()
            if code == QDialog.DialogCode.Accepted and override is not None:
                self.confirm(override)

        dialog.finished.connect(done)
        dialog.open()

    @Slot()
    def _close(self) -> None:
        if self.exchange_result is not None:
            self.accept()
        else:
            self.reject()

    def show_message(self, text: str, level: str = "error") -> None:
        self.message.setText(text)
        set_role(self.message, level if text else "muted")
