"""The capacity reserves window, made of widgets with one job each (see ``window``)."""

from guichet.ui.reserves.common import (
    COL_ACCESS,
    COL_DRAWN,
    COL_HELD,
    COL_NAME,
    COL_REMAINING,
    COL_TARIFF,
    D_PARTICIPANT,
    D_PRICE,
    D_QUANTITY,
    D_RESERVE,
    DRAW_KEY,
    HELD_BACK,
    MAX_TYPED_QUANTITY,
    RESERVE_ROLE,
)
from guichet.ui.reserves.draw_panel import DrawPanel
from guichet.ui.reserves.drawn import CancelRow, DrawnTable
from guichet.ui.reserves.edit_dialog import ReserveEditDialog
from guichet.ui.reserves.history import ReserveHistoryDialog
from guichet.ui.reserves.quantity import QuantityRow
from guichet.ui.reserves.shows import ShowDelegate, ShowList, ShowPicker
from guichet.ui.reserves.summary import ShowSummary
from guichet.ui.reserves.table import ReserveTable
from guichet.ui.reserves.window import ReservesWindow

__all__ = [
    "COL_ACCESS",
    "COL_DRAWN",
    "COL_HELD",
    "COL_NAME",
    "COL_REMAINING",
    "COL_TARIFF",
    "DRAW_KEY",
    "D_PARTICIPANT",
    "D_PRICE",
    "D_QUANTITY",
    "D_RESERVE",
    "HELD_BACK",
    "MAX_TYPED_QUANTITY",
    "RESERVE_ROLE",
    "CancelRow",
    "DrawPanel",
    "DrawnTable",
    "QuantityRow",
    "ReserveEditDialog",
    "ReserveHistoryDialog",
    "ReserveTable",
    "ReservesWindow",
    "ShowDelegate",
    "ShowList",
    "ShowPicker",
    "ShowSummary",
]
