"""The seat map panel: the map, and beside it the hall's name, the zoom buttons, the legend,
the selection line, the row panel, the message line and the keys. Readable at arm's length at
1366x768.

The panel only wires: the view says what changed (selection, states read again, cursor,
message) and the side widgets are told what to show.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QStyle, QVBoxLayout, QWidget

from guichet.domain.seating import SeatInventory, SeatMap, SeatState
from guichet.ui.seatmap.legend import SeatLegend
from guichet.ui.seatmap.status import KeyboardHint, MessageLine, RowPanel, SelectionLine
from guichet.ui.seatmap.view import SeatMapView
from guichet.ui.seatmap.zoom_buttons import ZoomButtons
from guichet.ui.theme import sized_font


class SeatMapPanel(QWidget):
    """The map with its legend (and the count of each state), the zoom buttons, the line that
    says what is selected, the row panel and the message line.

    The row panel (:attr:`cursor_label`) counts the keyboard row (or the last seat tapped) and
    its section: free seats, seats in the selection. It is written again after every action —
    a seat or a row selected or left, the states read again after a sale, a hold, a release or
    an assignment — never left showing the counts of before.
    """

    SIDE_WIDTH = 370

    def __init__(
        self,
        seat_map: SeatMap,
        inventory: SeatInventory,
        lang: str = "fr",
        parent: QWidget | None = None,
        *,
        selectable: frozenset[SeatState] = frozenset({SeatState.FREE}),
    ) -> None:
        super().__init__(parent)
        self.lang = lang
        self.seat_map = seat_map
        self.inventory = inventory
        self.view = SeatMapView(seat_map, inventory, lang, self, selectable=selectable)
        self.zoom_buttons = ZoomButtons(self)
        self.zoom_in_button = self.zoom_buttons.zoom_in_button
        self.zoom_out_button = self.zoom_buttons.zoom_out_button
        self.fit_button = self.zoom_buttons.fit_button
        self.legend = SeatLegend(seat_map, self)
        self.legend_labels = self.legend.legend_labels
        self.count_labels = self.legend.count_labels
        self.selection_count = self.legend.selection_count
        self.accessible_label = self.legend.accessible_label
        self.selection_label = SelectionLine(lang, self)
        self.cursor_label = RowPanel(self)  # the row panel
        self.message_label = MessageLine(self)
        self._build()
        self.setFocusProxy(self.view)
        self.zoom_buttons.zoomInClicked.connect(self.view.zoom_in)
        self.zoom_buttons.zoomOutClicked.connect(self.view.zoom_out)
        self.zoom_buttons.fitClicked.connect(self.view.fit_all)
        self.view.selectionChanged.connect(self._on_selection)
        self.view.message.connect(self.show_message)
        self.view.statesRefreshed.connect(self._update_counts)
        self.view.cursorChanged.connect(self._on_cursor)
        self._cursor_seat_id = ""
        self._section_seats: dict[str, list[str]] = {}
        for seat in seat_map:
            self._section_seats.setdefault(seat.section, []).append(seat.id)
        self._update_counts()
        self._on_selection(self.view.selected_ids())

    # -- layout
    def _build(self) -> None:
        root = QHBoxLayout(self)
        root.setContentsMargins(10, 10, 10, 10)
        root.setSpacing(12)
        root.addWidget(self.view, 1)

        side = QVBoxLayout()
        side.setSpacing(6)
        side_widget = QWidget()
        side_widget.setObjectName("seatSide")
        side_widget.setFixedWidth(self.SIDE_WIDTH)
        side_widget.setLayout(side)
        side.setContentsMargins(0, 0, 0, 0)
        # A long selection (a whole section) or a low screen scrolls the side column rather
        # than squeezing the legend's swatches onto one another.
        self.side_scroll = QScrollArea()
        self.side_scroll.setObjectName("seatSideScroll")
        self.side_scroll.setWidget(side_widget)
        self.side_scroll.setWidgetResizable(True)
        self.side_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.side_scroll.setStyleSheet(
            "QScrollArea#seatSideScroll, QWidget#seatSide { background: transparent; }"
        )
        self.side_scroll.viewport().setAutoFillBackground(False)
        bar = self.side_scroll.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        self.side_scroll.setFixedWidth(self.SIDE_WIDTH + bar + 2)
        root.addWidget(self.side_scroll)

        title = QLabel(self.seat_map.name, self)
        title.setFont(sized_font(self.font(), 17, bold=True))
        title.setWordWrap(True)
        side.addWidget(title)
        side.addWidget(self.zoom_buttons)
        side.addWidget(self.legend)
        side.addWidget(self.selection_label)
        side.addWidget(self.cursor_label)
        side.addWidget(self.message_label)
        side.addStretch(1)
        side.addWidget(KeyboardHint(self))

    # -- updates
    def set_inventory(self, inventory: SeatInventory) -> None:
        """The states read again from the service: recolour, recount."""
        self.inventory = inventory
        self.view.inventory = inventory
        self.view.refresh()

    def refresh(self) -> None:
        self.view.refresh()

    def show_message(self, text: str) -> None:
        self.message_label.say(text)

    def _on_selection(self, seat_ids: list[str]) -> None:
        self.show_message("")
        seats = self.view.selected_seats()
        self.selection_label.show_seats(seats)
        self.legend.set_selected(len(seats))
        self._update_row_panel()

    def _update_counts(self) -> None:
        self.legend.set_counts(self.inventory.counts())
        self._update_row_panel()

    def _on_cursor(self, seat_id: str) -> None:
        self._cursor_seat_id = seat_id
        self._update_row_panel()

    def row_counts(self, section: str, row: str) -> tuple[int, int, int]:
        """(free, selected, total) of a row, as displayed now."""
        ids = [seat.id for seat in self.seat_map.row_seats(section, row)]
        return self.view.selection.counts(ids) + (len(ids),)

    def section_counts(self, section: str) -> tuple[int, int, int]:
        """(free, selected, total) of a section, as displayed now."""
        ids = self._section_seats.get(section, [])
        return self.view.selection.counts(ids) + (len(ids),)

    def _update_row_panel(self) -> None:
        """The counts of the keyboard row and its section, as they are after the last action."""
        row = self.view.cursor_row()
        if row is None:
            self.cursor_label.show_no_row()
            return
        section, name = row
        seat_id = self._cursor_seat_id
        self.cursor_label.show_row(
            section,
            name,
            self.row_counts(section, name),
            self.section_counts(section),
            self.view.seat_description(seat_id) if seat_id else "",
        )
