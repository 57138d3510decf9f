"""The seat map of a reserved-seating event (issue 5, part 5; touch: issue 16, part 13).

:class:`SeatMapView` draws every seat of a :class:`~guichet.domain.seating.SeatMap` coloured by
its state in a :class:`~guichet.domain.seating.SeatInventory`; the cashier picks FREE seats
into a *selection* (the sales flow then puts :meth:`SeatMapView.selected_ids` in its cart).
:class:`SeatMapPanel` adds the legend with the count of each state, the zoom buttons, the line
that says what is selected and the row panel.

Mouse: a click toggles a free seat in or out of the selection (a taken seat says why in
words) at any zoom, a drag pans, Ctrl + wheel (or a touchpad pinch) zooms around the pointer,
the wheel scrolls. Touch: a finger drags to pan, two fingers pinch; a tap toggles a seat, except
where seats are smaller than a finger: there it zooms to touch size first. Keyboard: see
:mod:`~guichet.ui.seatmap.keyboard`. Whatever moves the view keeps the selection.

One job per module:

- :mod:`.geometry` — where the seats are (squares, rows, the grid index for hits and paints);
- :mod:`.looks` — the colour and cues of each state, the legend's swatches;
- :mod:`.selection` — what is selected, each seat's state as last read, the words of a seat;
- :mod:`.cursor` — the keyboard row and seat;
- :mod:`.layer` and :mod:`.scene` — painting 5,000 seats fast, the labels and the stage;
- :mod:`.navigation` — zoom, pan, what opens, touch size;
- :mod:`.pointer` and :mod:`.keyboard` — fingers, mouse and keys turned into actions;
- :mod:`.view` — the map widget that wires them;
- :mod:`.legend`, :mod:`.zoom_buttons`, :mod:`.status` and :mod:`.panel` — the side column.
"""

from __future__ import annotations

from guichet.ui.seatmap.geometry import SEAT, UNIT
from guichet.ui.seatmap.looks import (
    SELECTED_COLOR,
    STATE_COLORS,
    paint_seat_shape,
    seat_swatch,
    selection_color,
    state_color,
    state_name,
)
from guichet.ui.seatmap.navigation import TOUCH_SCALE, TOUCH_SEAT_PX, ZOOM_STEP
from guichet.ui.seatmap.panel import SeatMapPanel
from guichet.ui.seatmap.view import SeatMapView

__all__ = [
    "SEAT",
    "SELECTED_COLOR",
    "STATE_COLORS",
    "TOUCH_SCALE",
    "TOUCH_SEAT_PX",
    "UNIT",
    "ZOOM_STEP",
    "SeatMapPanel",
    "SeatMapView",
    "paint_seat_shape",
    "seat_swatch",
    "selection_color",
    "state_color",
    "state_name",
]
