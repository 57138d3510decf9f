"""Supervisors and the owner: how many places the chosen line holds for the show, « Libérer »
(what it still holds goes back to general sale) and « Nouvelle réserve… ». Hidden from
cashiers; the service refuses them anyway."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QWidget

from guichet.domain.errors import DomainError
from guichet.services.counter import Counter
from guichet.services.views import OccurrenceView
from guichet.ui.messages import message_for
from guichet.ui.reserves.common import HELD_BACK, MAX_TYPED_QUANTITY, button


class QuantityRow(QWidget):
    """``show_line(...)``: the chosen line's quantity; « Appliquer » (or Entrée in the row) sets
    it and « Libérer » releases it, then ``done`` says what changed, ``refused`` why not."""

    done = Signal(str)  # the confirmation, in words: the board changed
    refused = Signal(str)  # the refusal, in words: nothing changed
    newReserveRequested = Signal()

    def __init__(self, counter: Counter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counter = counter
        self._occurrence: OccurrenceView | None = None
        self.reserve_id: str | None = None  # a reserve id, HELD_BACK or None
        self._line: Any = None  # the reserve's line of the board
        self._held_back = 0
        self.setObjectName("manageRow")
        manage = QHBoxLayout(self)
        manage.setContentsMargins(0, 0, 0, 0)
        manage.setSpacing(6)
        self.quantity_caption = QLabel(self.tr("Retenues\u00a0:"))
        self.held_spin = QSpinBox()
        self.held_spin.setRange(0, MAX_TYPED_QUANTITY)
        self.held_spin.setAccessibleName(self.tr("Places retenues pour la séance"))
        self.apply_button = button(self.tr("Appliquer"), self.apply)
        self.release_button = button(self.tr("Libérer"), self.release)
        self.release_button.setToolTip(
            self.tr("Remettre en vente générale ce que la réserve retient encore")
        )
        self.new_reserve_button = button(
            self.tr("Nouvelle réserve…"), self.newReserveRequested.emit
        )
        manage.addWidget(self.quantity_caption)
        manage.addWidget(self.held_spin)
        manage.addWidget(self.apply_button)
        manage.addWidget(self.release_button)
        manage.addStretch(1)
        manage.addWidget(self.new_reserve_button)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            apply = QShortcut(QKeySequence(key), self)
            apply.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            apply.activated.connect(self.apply)

    @property
    def desk(self) -> Any:
        """The reserves service of whoever is logged in now."""
        return self.counter.reserves

    def show_line(
        self, occ: OccurrenceView | None, reserve_id: str | None, line: Any,
        held_back: int | None,
    ) -> None:
        """The chosen show and line: a reserve's ``line``, or ``HELD_BACK`` with ``held_back``
        places (None: the board could not be read); nothing chosen disables the row."""
        self._occurrence, self.reserve_id, self._line = occ, reserve_id, line
        self._held_back = held_back or 0
        self.quantity_caption.setText(self.tr("Retenues\u00a0:"))
        if reserve_id == HELD_BACK and held_back is not None:
            self.quantity_caption.setToolTip(self.tr("Places retenues (sans réserve)"))
            count: int | None = held_back
        elif line is not None:
            self.quantity_caption.setToolTip(
                self.tr("Places retenues pour «\u00a0{reserve}\u00a0»").format(
                    reserve=line.reserve.name
                )
            )
            count = int(line.held)
        else:
            self.quantity_caption.setToolTip("")
            count = None
        self.held_spin.setValue(count or 0)
        for widget in (self.held_spin, self.apply_button, self.release_button):
            widget.setEnabled(count is not None)

    def _refuse(self, error: DomainError) -> None:
        self.refused.emit(message_for(error, self.counter.lang))

    def apply(self) -> None:
        """Set the chosen line's quantity for the show to the spin box's value."""
        occ, reserve_id, line = self._occurrence, self.reserve_id, self._line
        if occ is None or reserve_id is None:
            self.refused.emit(self.tr("Choisissez une séance et une réserve."))
            return
        value = self.held_spin.value()
        try:
            if reserve_id == HELD_BACK:
                self.desk.set_held_back(occ.id, value)
                text = self.tr("Places retenues sans réserve\u00a0: {count}.").format(count=value)
            else:
                self.desk.set_quantity(occ.id, reserve_id, value)
                text = self.tr(
                    "«\u00a0{reserve}\u00a0» retient maintenant %n place(s).", "", value
                ).format(reserve=line.reserve.name if line is not None else "")
        except DomainError as error:
            self._refuse(error)
            return
        self.done.emit(text)

    def release(self) -> None:
        """Give what the chosen line still holds back to general sale."""
        occ, reserve_id, line = self._occurrence, self.reserve_id, self._line
        if occ is None or reserve_id is None:
            self.refused.emit(self.tr("Choisissez une séance et une réserve."))
            return
        try:
            if reserve_id == HELD_BACK:
                freed = self._held_back
                self.desk.set_held_back(occ.id, 0)
                name = self.tr("Places retenues (sans réserve)")
            else:
                freed = int(line.remaining) if line is not None else 0
                name = line.reserve.name if line is not None else ""
                self.desk.release(occ.id, reserve_id)
        except DomainError as error:
            self._refuse(error)
            return
        self.done.emit(
            self.tr(
                "%n place(s) de «\u00a0{reserve}\u00a0» remise(s) en vente générale.", "", freed
            ).format(reserve=name)
        )
