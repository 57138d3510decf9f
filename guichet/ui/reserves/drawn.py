"""The tickets drawn for the chosen show (``DrawnTable``), and cancelling some of a free draw
(``CancelRow``: the places go back to their reserve); paid ones are refunded with the normal
refund (F8)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QSpinBox, QTableWidget, QWidget

from guichet.domain.errors import DomainError
from guichet.services.counter import Counter
from guichet.ui.messages import message_for
from guichet.ui.reserves.common import (
    D_PARTICIPANT,
    D_PRICE,
    D_QUANTITY,
    D_RESERVE,
    GREY,
    RESERVE_ROLE,
    button,
    cell,
    read_only,
)
from guichet.ui.theme import sized_font as _font


class DrawnTable(QTableWidget):
    """``show_drawn(draws)``: one line per draw, the chosen one kept (else the latest), said by
    ``drawChosen`` (None when none is)."""

    drawChosen = Signal(object)  # the DrawnLine chosen, or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self._drawn: list[Any] = []
        read_only(
            self,
            [
                self.tr("Participant"),
                self.tr("Réserve"),
                self.tr("Billets"),
                self.tr("Prix"),
            ],
        )
        self.setAccessibleName(self.tr("Billets tirés"))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.horizontalHeader()
        header.setSectionResizeMode(D_PARTICIPANT, QHeaderView.ResizeMode.Stretch)
        for col in (D_RESERVE, D_QUANTITY, D_PRICE):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.setMinimumHeight(40 * 2 + 44)
        self.itemSelectionChanged.connect(lambda: self.drawChosen.emit(self.selected))

    @property
    def draws(self) -> list[Any]:
        return self._drawn

    def show_drawn(self, draws: list[Any]) -> None:
        keep = self.selected.order_line_id if self.selected is not None else None
        self._drawn = list(draws)
        self.blockSignals(True)
        self.clearContents()
        self.setRowCount(len(self._drawn))
        grey = QBrush(QColor(GREY))
        target = -1
        for row, drawn in enumerate(self._drawn):
            who = drawn.participant_name
            if drawn.participant_contact:
                who = self.tr("{name} · {contact}").format(
                    name=drawn.participant_name, contact=drawn.participant_contact
                )
            if drawn.cancellable < drawn.quantity:
                count = self.tr("{left} sur {count}").format(
                    left=drawn.cancellable, count=drawn.quantity
                )
            else:
                count = str(drawn.quantity)
            cells = [
                cell(who),
                cell(drawn.reserve_name),
                cell(count, True),
                cell(self.tr("Payé") if drawn.charged else self.tr("Gratuit")),
            ]
            cells[0].setData(RESERVE_ROLE, drawn.order_line_id)
            cells[0].setToolTip(
                self.tr("{name} — commande {code}").format(name=who, code=drawn.order_code)
            )
            if drawn.cancellable == 0:
                for item in cells:
                    item.setForeground(grey)
                cells[0].setToolTip(self.tr("Billets annulés"))
            for col, item in enumerate(cells):
                self.setItem(row, col, item)
            if drawn.order_line_id == keep:
                target = row
        if target < 0 and self._drawn:  # the most recent draw
            latest = max(self._drawn, key=lambda d: d.created_at)
            target = self._drawn.index(latest)
        if target >= 0:
            self.selectRow(target)
        self.blockSignals(False)
        self.drawChosen.emit(self.selected)

    @property
    def selected(self) -> Any:
        """The chosen draw (None when none is)."""
        rows = self.selectionModel().selectedRows()
        if not rows or not 0 <= rows[0].row() < len(self._drawn):
            return None
        return self._drawn[rows[0].row()]

    def select_drawn(self, order_line_id: str) -> None:
        for row, drawn in enumerate(self._drawn):
            if drawn.order_line_id == order_line_id:
                self.selectRow(row)
                return
        raise LookupError(order_line_id)

    def select_order(self, code: str) -> None:
        """Choose and show the draw of this order (the window's last draw)."""
        for row, drawn in enumerate(self._drawn):
            if drawn.order_code == code:
                self.selectRow(row)
                item = self.item(row, D_PARTICIPANT)
                if item is not None:
                    self.scrollToItem(item)
                return


class CancelRow(QWidget):
    """``show_draw(draw, any_drawn)``: how many of the chosen free draw's tickets to cancel;
    « Annuler ces billets » cancels them, then ``done`` says what changed, ``refused`` why not."""

    done = Signal(str)  # the confirmation, in words: the board changed
    refused = Signal(str)  # the refusal, in words: nothing changed

    def __init__(self, counter: Counter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counter = counter
        self._drawn: Any = None
        cancel = QHBoxLayout(self)
        cancel.setContentsMargins(0, 0, 0, 0)
        cancel.setSpacing(6)
        self.cancel_spin = QSpinBox()
        self.cancel_spin.setRange(1, 1)
        self.cancel_spin.setAccessibleName(self.tr("Billets à annuler"))
        self.cancel_button = button(self.tr("Annuler ces billets"), self.cancel_draw)
        self.cancel_hint = QLabel()
        self.cancel_hint.setProperty("role", "muted")
        self.cancel_hint.setWordWrap(True)
        self.cancel_hint.setFont(_font(self.font(), 13))
        cancel.addWidget(self.cancel_spin)
        cancel.addWidget(self.cancel_button)
        cancel.addWidget(self.cancel_hint, 1)

    def show_draw(self, drawn: Any, any_drawn: bool) -> None:
        """The chosen draw (None: none chosen; ``any_drawn``: whether there are draws)."""
        self._drawn = drawn
        if drawn is None:
            self.cancel_spin.setEnabled(False)
            self.cancel_button.setEnabled(False)
            if any_drawn:
                self.cancel_hint.setText(self.tr("Choisissez un tirage."))
            else:
                self.cancel_hint.setText(self.tr("Aucun billet tiré."))
            return
        if drawn.charged:
            self.cancel_spin.setEnabled(False)
            self.cancel_button.setEnabled(False)
            self.cancel_hint.setText(
                self.tr("Commande {code} · billets payés\u00a0: remboursement (F8).").format(
                    code=drawn.order_code
                )
            )
            return
        left = int(drawn.cancellable)
        self.cancel_spin.setRange(1, max(left, 1))
        self.cancel_spin.setEnabled(left > 0)
        self.cancel_button.setEnabled(left > 0)
        if left:
            hint = self.tr("Commande {code} · les places annulées retournent à la réserve.")
        else:
            hint = self.tr("Commande {code} · billets déjà annulés.")
        self.cancel_hint.setText(hint.format(code=drawn.order_code))

    def cancel_draw(self) -> None:
        """Cancel some of the chosen free draw's tickets: the places go back to the reserve."""
        drawn = self._drawn
        if drawn is None:
            self.refused.emit(self.tr("Choisissez un tirage dans la liste."))
            return
        quantity = self.cancel_spin.value()
        try:
            self.counter.reserves.cancel_draw(drawn.order_line_id, quantity)
        except DomainError as error:
            self.refused.emit(message_for(error, self.counter.lang))
            return
        self.done.emit(
            self.tr(
                "%n billet(s) de {name} annulé(s)\u00a0: retour à «\u00a0{reserve}\u00a0».",
                "",
                quantity,
            ).format(name=drawn.participant_name, reserve=drawn.reserve_name)
        )
