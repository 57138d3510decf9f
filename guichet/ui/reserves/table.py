"""The chosen show's reserves, one line each (held / drawn / remaining, and whether this user
may draw from it), and a last line for the places held back without a reserve."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from guichet.ui.reserves.common import (
    COL_ACCESS,
    COL_DRAWN,
    COL_HELD,
    COL_NAME,
    COL_REMAINING,
    COL_TARIFF,
    GREY,
    HELD_BACK,
    RESERVE_ROLE,
    Money,
    cell,
    read_only,
)
from guichet.ui.theme import COLORS
from guichet.ui.theme import sized_font as _font


class ReserveTable(QTableWidget):
    """``show_board(board, prices, category_names)``; ``chosen_id`` is the line chosen (a reserve
    id, ``HELD_BACK`` or None), said by ``reserveChosen`` when the cashier chooses another."""

    reserveChosen = Signal(object)  # str | None

    def __init__(self, money: Money, parent: QWidget | None = None) -> None:
        super().__init__(0, 6, parent)
        self.money = money
        self.chosen_id: str | None = None
        self._prices: dict[str, int] = {}
        self._category_names: dict[str, str] = {}
        read_only(
            self,
            [
                self.tr("Réserve"),
                self.tr("Tarif"),
                self.tr("Retenues"),
                self.tr("Tirées"),
                self.tr("Restantes"),
                self.tr("Accès"),
            ],
        )
        self.setAccessibleName(self.tr("Réserves de la séance"))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.horizontalHeader()
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        # Fixed widths: the headers (13 pt bold) or the widest value, so the name keeps room.
        metrics = QFontMetrics(_font(self.font(), 13, True))
        body = QFontMetrics(self.font())
        widest = {
            COL_TARIFF: body.horizontalAdvance(self.tr("Sans accès")),
            COL_HELD: body.horizontalAdvance("0000"),
            COL_DRAWN: body.horizontalAdvance("0000"),
            COL_REMAINING: body.horizontalAdvance("0000"),
            COL_ACCESS: body.horizontalAdvance(self.tr("Pas d'accès")),
        }
        for col, width in widest.items():
            header_item = self.horizontalHeaderItem(col)
            title = header_item.text() if header_item is not None else ""
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(col, max(width, metrics.horizontalAdvance(title)) + 10)
        self.setMinimumHeight(40 * 4 + 44)
        self.itemSelectionChanged.connect(self._on_selection_changed)

    # --- texts of a line ------------------------------------------------------------------

    def _tariff_text(self, reserve: Any) -> str:
        if reserve.kind != "with_access":
            return self.tr("Sans accès")
        return str(reserve.category_name or self._category_names.get(reserve.category_id or "", ""))

    def _tariff_tooltip(self, reserve: Any) -> str:
        price = self._prices.get(reserve.category_id or "")
        if reserve.kind != "with_access" or price is None:
            return self._tariff_text(reserve)
        return self.tr("{category} · {price}").format(
            category=self._tariff_text(reserve), price=self.money(price)
        )

    def _access_text(self, reserve: Any, can_use: bool) -> str:
        if reserve.kind != "with_access":
            return self.tr("Non")
        return self.tr("Oui") if can_use else self.tr("Pas d'accès")

    # --- filling --------------------------------------------------------------------------

    def show_board(
        self, board: Any, prices: dict[str, int], category_names: dict[str, str]
    ) -> None:
        """Show the board's lines (``board`` None: an empty table), keeping the chosen line;
        else the first this user may draw from; else the first."""
        self._prices, self._category_names = prices, category_names
        lines = list(board.lines) if board is not None else []
        self.blockSignals(True)
        self.clearSpans()
        self.clearContents()
        self.setRowCount(len(lines) + (1 if board is not None else 0))
        for row, line in enumerate(lines):
            self._fill_line(row, line)
        if board is not None:
            self._fill_held_back(len(lines), int(board.held_back))
        target_row = -1
        ids = [line.reserve.id for line in lines] + ([HELD_BACK] if board is not None else [])
        if self.chosen_id in ids:
            target_row = ids.index(self.chosen_id)
        else:
            for row, line in enumerate(lines):
                if line.can_use and line.reserve.kind == "with_access":
                    target_row = row
                    break
            if target_row < 0 and ids:
                target_row = 0
        if target_row >= 0:
            self.selectRow(target_row)
            self.chosen_id = ids[target_row]
        else:
            self.chosen_id = None
        self.blockSignals(False)

    def _fill_line(self, row: int, line: Any) -> None:
        grey = QBrush(QColor(GREY))
        bold = QFont(self.font())
        bold.setBold(True)
        reserve = line.reserve
        can_use = bool(line.can_use)
        drawable = can_use and reserve.kind == "with_access"
        name = cell(reserve.name)
        name.setData(RESERVE_ROLE, reserve.id)
        tariff = cell(self._tariff_text(reserve))
        tariff.setToolTip(self._tariff_tooltip(reserve))
        cells = [
            name,
            tariff,
            cell(str(line.held), True),
            cell(str(line.drawn), True),
            cell(str(line.remaining), True),
            cell(self._access_text(reserve, can_use)),
        ]
        remaining = cells[COL_REMAINING]
        remaining.setFont(bold)
        if line.remaining == 0:
            remaining.setForeground(QBrush(QColor(COLORS["danger"])))
        elif drawable:
            remaining.setForeground(QBrush(QColor(COLORS["ok"])))
        access = cells[COL_ACCESS]
        if not drawable:
            access.setForeground(grey)
            if reserve.kind == "with_access":  # greyed: this user may not draw from it
                for item in cells:
                    if item is not remaining or line.remaining != 0:
                        item.setForeground(grey)
                name.setToolTip(self.tr("Pas d'accès à cette réserve"))
        else:
            access.setForeground(QBrush(QColor(COLORS["ok"])))
        self._set_row(row, cells)

    def _fill_held_back(self, row: int, held_back: int) -> None:
        # Said short (the history's word for it): the line keeps its room at 1366 pixels.
        name = cell(self.tr("Retenues sans réserve"))
        name.setToolTip(self.tr("Places retenues (sans réserve)"))
        name.setData(RESERVE_ROLE, HELD_BACK)
        cells = [
            name,
            cell(self.tr("—")),
            cell(str(held_back), True),
            cell(self.tr("—"), True),
            cell(str(held_back), True),
            cell(self.tr("Non")),
        ]
        for item in cells:
            item.setForeground(QBrush(QColor(COLORS["muted"])))
        name.setFont(_font(self.font(), 14))
        self._set_row(row, cells)
        self.setSpan(row, COL_NAME, 1, 2)  # the long name over the empty tariff

    def _set_row(self, row: int, cells: list[QTableWidgetItem]) -> None:
        for col, item in enumerate(cells):
            self.setItem(row, col, item)

    # --- choosing -------------------------------------------------------------------------

    def _on_selection_changed(self) -> None:
        rows = self.selectionModel().selectedRows()
        reserve_id: str | None = None
        if rows:
            item = self.item(rows[0].row(), COL_NAME)
            if item is not None:
                reserve_id = item.data(RESERVE_ROLE)
        if reserve_id != self.chosen_id:
            self.chosen_id = reserve_id
            self.reserveChosen.emit(reserve_id)

    def select_reserve(self, reserve_id: str) -> None:
        """Choose a line (a reserve id, or ``HELD_BACK``)."""
        for row in range(self.rowCount()):
            item = self.item(row, COL_NAME)
            if item is not None and item.data(RESERVE_ROLE) == reserve_id:
                self.selectRow(row)  # -> reserveChosen
                return
        raise LookupError(reserve_id)
