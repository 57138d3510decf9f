"""What the sales window's widgets share: item roles, keys, and the words for a show's state."""

from __future__ import annotations

from datetime import datetime
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QPushButton

from guichet.domain.cart import Cart
from guichet.i18n.formatting import duration
from guichet.services.views import OccurrenceView
from guichet.ui.theme import COLORS

OCCURRENCE_ROLE = Qt.ItemDataRole.UserRole + 1
REMAINING_ROLE = Qt.ItemDataRole.UserRole + 2
RICH_ROLE = Qt.ItemDataRole.UserRole + 3  # HTML of a price cell (regular price struck through)
ALACARTE_ROLE = Qt.ItemDataRole.UserRole + 4  # à-la-carte places left (None: none offered)

# F1..F5 add tickets of category 1..5; F6 is the promo code, F7 the customer, F8..F12 the
# page's other commands.
# Actions a cashier reaches by their key more than by touch: lower than the selling keys, so
# that the cart keeps its height at 1366x768 (still a finger high).
SECONDARY_BUTTON_STYLE = "min-height: 40px; padding: 2px 12px;"
CATEGORY_KEYS: tuple[Qt.Key, ...] = (
    Qt.Key.Key_F1,
    Qt.Key.Key_F2,
    Qt.Key.Key_F3,
    Qt.Key.Key_F4,
    Qt.Key.Key_F5,
)
CODE_KEY = Qt.Key.Key_F6
CUSTOMER_KEY = Qt.Key.Key_F7
CARDS_KEY = "Ctrl+G"  # « Cartes et laissez-passer »
ALACARTE_KEY = "Ctrl+A"  # places à la carte of the selected show (Ctrl+L: the scan window)
LINE_QUANTITY_KEY = Qt.Key.Key_Asterisk  # the typed quantity for the selected cart line
STRUCK_COLOR = COLORS["muted"]
MAX_PENDING_DIGITS = 3
KEY_STYLE = "min-height: 46px; padding: 2px 6px;"  # keypad keys: 52 px, still finger-sized

# ↑ ↓ past the last (first) show of the day go on to the next (previous) day with a show to
# sell, looking this many days ahead at most.
MAX_DAYS_AHEAD = 31


def sellable(occ: OccurrenceView) -> bool:
    """Session places left, or à-la-carte places sold at a price (a show whose session
    places were all converted still sells à la carte)."""
    return occ.remaining > 0 or (
        occ.alacarte_remaining > 0 and occ.alacarte_price is not None and not occ.alacarte_pass_only
    )


def few_places(remaining: int, capacity: int) -> bool:
    """Places are "few" at 10 % of the capacity or 5 places, whichever is more."""
    return remaining <= max(5, capacity // 10)


def places_left(occ: OccurrenceView, cart: Cart) -> int:
    """Session places left for the show, less those in the cart."""
    return max(occ.remaining - cart.places_for(occ.id), 0)


def alacarte_left(occ: OccurrenceView, cart: Cart) -> int:
    """À-la-carte places left for the show, less those in the cart."""
    return max(occ.alacarte_remaining - cart.places_for(occ.id, "alacarte"), 0)


def duration_words(minutes: int, lang: str = "fr") -> str:
    """``"2 h 05"``, ``"1 h"``, ``"35 min"`` / ``"2 h 5 min"`` (guichet.i18n.formatting)."""
    return duration(minutes, lang)


def started_words(occ: OccurrenceView, now: datetime, lang: str) -> str:
    """« commencé depuis 2 h 05 » for a show under way, « terminé depuis 30 min » for one that
    is over, "" for one still to come."""
    if occ.starts_at > now:
        return ""
    if occ.ends_at <= now:
        minutes = int((now - occ.ends_at).total_seconds() // 60)
        text = QCoreApplication.translate("SalesPage", "terminé depuis {duration}")
    else:
        minutes = int((now - occ.starts_at).total_seconds() // 60)
        text = QCoreApplication.translate("SalesPage", "commencé depuis {duration}")
    return text.format(duration=duration_words(minutes, lang))


def struck_price_html(
    regular: str, charged: str, regular_style: str = "", separator: str = "&nbsp; "
) -> str:
    """``<s>42,00 $</s> 33,60 $``: the regular price struck through (grey), then the new one
    (``separator="<br>"`` puts it underneath, as the cart does to keep its columns narrow)."""
    return (
        f"<span style='color:{STRUCK_COLOR}{regular_style}'><s>{escape(regular)}</s></span>"
        f"{separator}<b>{escape(charged)}</b>"
    )


def key_text(keys: str | Qt.Key) -> str:
    """A shortcut as this platform writes it ("Ctrl+G")."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def page_button(text: str, slot: object, role: str = "") -> QPushButton:
    """A button that never takes the keyboard: the page keeps it for the cashier's keys."""
    button = QPushButton(text)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    if role:
        button.setProperty("role", role)
    button.clicked.connect(slot)
    return button


class Part:
    """An attribute (a widget, a method) of one of the page's parts, reachable on the page by
    the name it had before the page was split: ``cart_table = Part("cart_panel")`` makes
    ``page.cart_table`` the cart panel's ``cart_table``."""

    def __init__(self, part: str, name: str = "") -> None:
        self.part = part
        self.name = name

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = self.name or name

    def __get__(self, page: object, owner: type | None = None) -> Any:
        if page is None:
            return self
        return getattr(getattr(page, self.part), self.name)
