"""The cashier's selection on the map, and the state of every seat as last read.

The selection is the map's own: nothing changes in the inventory. The sales flow reads
:meth:`SeatSelection.selected_ids`, puts them in its cart, then calls :meth:`refresh` (a seat
that is no longer selectable leaves the selection, and :attr:`message` says so).

It says what changed through signals: :attr:`selectionChanged` (the ids, map order),
:attr:`message` (a refusal or a notice in words), :attr:`statesRefreshed` (the inventory was
read again), and for the repaint :attr:`areaChanged` (a scene rectangle: a seat, a row) or
:attr:`allChanged`.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, QRectF, Signal

from guichet.domain.errors import DomainError
from guichet.domain.seating import Seat, SeatInventory, SeatState, seat_label, seat_labels
from guichet.ui.messages import message_for
from guichet.ui.seatmap.geometry import SeatGeometry
from guichet.ui.seatmap.looks import LOOK_OF_STATE, LOOK_SELECTED, state_name


class SeatSelection(QObject):
    """Which seats are selected, and the look each seat is painted with.

    :attr:`looks` holds one look per seat (its state's, or :data:`LOOK_SELECTED`); the layer
    reads it at every paint.
    """

    selectionChanged = Signal(list)  # noqa: N815 - Qt naming; the selected seat ids, map order
    message = Signal(str)  # a refusal or a notice in words
    statesRefreshed = Signal()  # noqa: N815 - the inventory was read again
    areaChanged = Signal(QRectF)  # noqa: N815 - repaint this scene rectangle
    allChanged = Signal()  # noqa: N815 - repaint every seat

    def __init__(
        self,
        geometry: SeatGeometry,
        inventory: SeatInventory,
        lang: str,
        selectable: frozenset[SeatState],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.geometry = geometry
        self.inventory = inventory
        self.lang = lang
        # A cashier picks free seats; a supervisor also held and blocked ones (to release or
        # assign them).
        self.selectable = selectable
        self.states: list[SeatState] = []
        self.looks: list[int] = []
        self.selected: set[int] = set()
        self._read_states()

    def _read_states(self) -> None:
        self.states = list(self.inventory.states().values())
        self.looks = [LOOK_OF_STATE[state] for state in self.states]
        for i in self.selected:
            self.looks[i] = LOOK_SELECTED

    # -- reading
    def selected_ids(self) -> list[str]:
        """The selected seats, in map order."""
        seats = self.geometry.seats
        return [seats[i].id for i in sorted(self.selected)]

    def selected_seats(self) -> list[Seat]:
        seats = self.geometry.seats
        return [seats[i] for i in sorted(self.selected)]

    def counts(self, seat_ids: Iterable[str]) -> tuple[int, int]:
        """(free, selected) among ``seat_ids``, as displayed now (free counts the selection
        too, as the legend does)."""
        selected = self.selected
        index_of = self.geometry.index_of
        states = self.states
        free = chosen = 0
        for seat_id in seat_ids:
            i = index_of[seat_id]
            if i in selected:
                chosen += 1
            if states[i] is SeatState.FREE:
                free += 1
        return free, chosen

    # -- changing
    def toggle(self, i: int) -> bool:
        """A selectable seat goes in or out of the selection (``True``); any other seat stays
        as it is and :attr:`message` says why (``False``)."""
        state = self.states[i]
        if state not in self.selectable:
            self.message.emit(self._refusal(i))
            return False
        if i in self.selected:
            self.selected.discard(i)
            self.looks[i] = LOOK_OF_STATE[state]
        else:
            self.selected.add(i)
            self.looks[i] = LOOK_SELECTED
        self.areaChanged.emit(self.geometry.rects[i])
        self.selectionChanged.emit(self.selected_ids())
        return True

    def select_row(self, section: str, row: str) -> list[str]:
        """Every FREE seat of a row in the selection; if they all are already, out of it.

        Returns the ids that changed. Says so when the row has no free seat.
        """
        geometry = self.geometry
        index_of = geometry.index_of
        free = [index_of[seat_id] for seat_id in self.inventory.select_row(section, row)]
        free = [i for i in free if self.states[i] is SeatState.FREE]
        if not free and self.selectable != {SeatState.FREE}:
            # No free seat: a supervisor's row selection takes the held and blocked ones.
            free = [
                index_of[seat.id]
                for seat in geometry.seat_map.row_seats(section, row)
                if self.states[index_of[seat.id]] in self.selectable
            ]
        if not free:
            self.message.emit(
                self.tr("Aucun siège libre dans cette rangée ({section}, {row}).").format(
                    section=section, row=row
                )
            )
            return []
        if all(i in self.selected for i in free):
            changed = free
            for i in free:
                self.selected.discard(i)
                self.looks[i] = LOOK_OF_STATE[self.states[i]]
        else:
            changed = [i for i in free if i not in self.selected]
            for i in changed:
                self.selected.add(i)
                self.looks[i] = LOOK_SELECTED
        self.areaChanged.emit(geometry.row_bands[geometry.row_key(section, row)])
        self.selectionChanged.emit(self.selected_ids())
        return [geometry.seats[i].id for i in changed]

    def set_selection(self, seat_ids: Iterable[str]) -> None:
        """Replace the selection (ids of seats that are not selectable are left out)."""
        wanted = {self.geometry.index(seat_id) for seat_id in seat_ids}
        wanted = {i for i in wanted if self.states[i] in self.selectable}
        for i in self.selected - wanted:
            self.looks[i] = LOOK_OF_STATE[self.states[i]]
        for i in wanted:
            self.looks[i] = LOOK_SELECTED
        changed = wanted != self.selected
        self.selected = wanted
        self.allChanged.emit()
        if changed:
            self.selectionChanged.emit(self.selected_ids())

    def refresh(self) -> None:
        """Read the inventory again (after a sale, a hold, another counter's cart...).

        A selected seat that is no longer selectable leaves the selection and :attr:`message`
        names it.
        """
        self.states = list(self.inventory.states().values())
        lost = sorted(i for i in self.selected if self.states[i] not in self.selectable)
        self.selected.difference_update(lost)
        self.looks = [LOOK_OF_STATE[state] for state in self.states]
        for i in self.selected:
            self.looks[i] = LOOK_SELECTED
        self.allChanged.emit()
        self.statesRefreshed.emit()
        if lost:
            seats = self.geometry.seats
            self.selectionChanged.emit(self.selected_ids())
            self.message.emit(
                self.tr("Retiré de la sélection, plus libre\u00a0: {seats}.").format(
                    seats=seat_labels((seats[i] for i in lost), self.lang)
                )
            )

    # -- words
    def _refusal(self, i: int) -> str:
        seat = self.geometry.seats[i]
        status = self.inventory.status(seat.id)
        error = DomainError(
            "seat_taken",
            seat=seat_label(seat, self.lang),
            seat_id=seat.id,
            state=self.states[i].value,
            note=status.note,
            refused=1,
        )
        return message_for(error, self.lang)

    def describe(self, seat_id: str) -> str:
        """``"Parterre, rangée F, siège 12 — Retenu (Médias)"`` for a tooltip or a status line."""
        i = self.geometry.index(seat_id)
        seat = self.geometry.seats[i]
        status = self.inventory.status(seat_id)
        state = self.tr("Sélectionné") if i in self.selected else state_name(self.states[i])
        text = self.tr("{seat} — {state}").format(seat=seat_label(seat, self.lang), state=state)
        if status.note:
            text = self.tr("{text} ({note})").format(text=text, note=status.note)
        if status.participant:
            text = self.tr("{text}\u00a0: {participant}").format(
                text=text, participant=status.participant
            )
        if seat.accessible:
            text = self.tr("{text}, accessible").format(text=text)
        return text
