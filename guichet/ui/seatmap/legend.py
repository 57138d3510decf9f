"""The legend beside the seat map: each state's seat as drawn, its word and how many seats are
in it; the cashier's selection; the accessible seats."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from guichet.domain.seating import SeatMap, SeatState
from guichet.ui.seatmap.looks import (
    LOOK_OF_STATE,
    LOOK_SELECTED,
    STATE_ORDER,
    seat_swatch,
    state_name,
)
from guichet.ui.theme import COLORS, sized_font


class SeatLegend(QFrame):
    """Swatch, word and count per line: the five states, "Votre sélection", "Accessible".

    :attr:`legend_labels` and :attr:`count_labels` hold the word and the count of each state;
    :meth:`set_counts` and :meth:`set_selected` write the counts.
    """

    def __init__(self, seat_map: SeatMap, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("legend")
        self.setStyleSheet(
            f"QFrame#legend {{ background: white; border: 1px solid {COLORS['border']};"
            " border-radius: 6px; }"
        )
        self.legend_labels: dict[SeatState, QLabel] = {}
        self.count_labels: dict[SeatState, QLabel] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(10, 6, 10, 6)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(1, 1)
        self._grid = grid
        for column, text in ((0, self.tr("Légende")), (2, self.tr("Sièges"))):
            header = QLabel(text)
            header.setFont(sized_font(self.font(), 14, bold=True))
            header.setProperty("role", "muted")
            if column == 0:
                grid.addWidget(header, 0, 0, 1, 2)
            else:
                grid.addWidget(header, 0, 2, Qt.AlignmentFlag.AlignRight)
        line = 1
        for state in STATE_ORDER:
            label, count = self._add_line(line, LOOK_OF_STATE[state], state_name(state))
            self.legend_labels[state] = label
            self.count_labels[state] = count
            line += 1
        _, self.selection_count = self._add_line(line, LOOK_SELECTED, self.tr("Votre sélection"))
        line += 1
        self.accessible_label, accessible_count = self._add_line(
            line, LOOK_OF_STATE[SeatState.FREE], self.tr("Accessible"), accessible=True
        )
        accessible_count.setText(str(len(seat_map.accessible_seats())))

    def _add_line(
        self, line: int, look: int, name: str, *, accessible: bool = False
    ) -> tuple[QLabel, QLabel]:
        """A swatch, a word and an (empty) count on ``line``; returns the word and the count."""
        swatch = QLabel()
        swatch.setPixmap(seat_swatch(look, accessible=accessible))
        swatch.setFixedSize(QSize(32, 34))
        label = QLabel(name)
        label.setFont(sized_font(self.font(), 16))
        count = QLabel()
        count.setFont(sized_font(self.font(), 16, bold=True))
        count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._grid.addWidget(swatch, line, 0)
        self._grid.addWidget(label, line, 1)
        self._grid.addWidget(count, line, 2)
        return label, count

    def set_counts(self, counts: dict[SeatState, int]) -> None:
        """How many seats are in each state (as read from the inventory)."""
        for state, label in self.count_labels.items():
            label.setText(str(counts[state]))

    def set_selected(self, count: int) -> None:
        self.selection_count.setText(str(count))
