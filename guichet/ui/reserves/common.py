"""What the reserves window's widgets share: the tables' columns and roles, the compact button
and the read-only table whose long texts wrap."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
)

from guichet.ui.theme import set_role

RESERVE_ROLE = Qt.ItemDataRole.UserRole + 10
HELD_BACK = "__held_back__"  # the reserves table's last line: places held back, no reserve
MAX_TYPED_QUANTITY = 9999  # the service refuses absurd quantities in words
COMPACT = "min-height: 44px; padding: 2px 12px;"
GREY = "#8c959f"

# Columns of the reserves table.
COL_NAME, COL_TARIFF, COL_HELD, COL_DRAWN, COL_REMAINING, COL_ACCESS = range(6)
# Columns of the drawn tickets table.
D_PARTICIPANT, D_RESERVE, D_QUANTITY, D_PRICE = range(4)

DRAW_KEY = Qt.Key.Key_F12  # « Tirer les billets (Entrée / F12) » from anywhere

Money = Callable[[int], str]  # cents -> "12,50 $" in the counter's language and currency


def read_only(table: QTableWidget, columns: list[str]) -> QTableWidget:
    """Make ``table`` read-only, one row chosen at a time, its long texts (a reserve's name, a
    participant and their email) wrapping onto a second line: the row grows rather than the
    text being cut."""
    table.setColumnCount(len(columns))
    table.setHorizontalHeaderLabels(columns)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(True)
    table.setTextElideMode(Qt.TextElideMode.ElideNone)
    table.setAlternatingRowColors(True)
    rows = table.verticalHeader()
    rows.setVisible(False)
    rows.setDefaultSectionSize(40)
    rows.setMinimumSectionSize(40)
    rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


def table(columns: list[str]) -> QTableWidget:
    """A new read-only table (see ``read_only``)."""
    return read_only(QTableWidget(0, len(columns)), columns)


def cell(text: str, align_right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setToolTip(text)
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def button(
    text: str, slot: Callable[[], object], role: str = "", compact: bool = True
) -> QPushButton:
    """A button that Entrée does not press by accident (the window's shortcuts own Entrée)."""
    widget = QPushButton(text)
    widget.setAutoDefault(False)
    if role:
        widget.setProperty("role", role)
    if compact:
        widget.setStyleSheet(COMPACT)
    widget.clicked.connect(lambda: slot())
    return widget


class MessageLine(QLabel):
    """The window's one message line: refusals in red, confirmations in green."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("message")
        self.setWordWrap(True)
        self.setProperty("role", "error")

    def show_error(self, text: str) -> None:
        set_role(self, "error")
        self.setText(text)

    def show_info(self, text: str) -> None:
        set_role(self, "ok")
        self.setText(text)
