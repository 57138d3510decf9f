"""The sales window: pick a show, tap (or F-key) ticket categories, take payment.

Keyboard-first: when the page is shown the next show is selected and the page holds the focus,
so a standard sale is "2", F1, F2, Entrée (payment, exact cash pre-filled), Entrée (pay),
and the receipt with the change stays up until the next sale's first key (a digit, F1-F4,
F6, F7) closes it and counts (Entrée closes it too). ↑ ↓ go on into the next (previous) day;
a show under way says « commencé depuis 2 h 05 » in the list and in the cart, whose lines give
the event, the day and the time in full (wrapped, never cut). Every refusal is written in the
red message line; the cart is then left exactly as it was.

Promotions (issue 3): F6 puts the keyboard in the promo code field (shown only while a code is
in force), the typed or scanned code and Entrée apply it and give the keyboard back to the page;
a refusal is said in words. An automatic promotion in force applies with no code. The cart
shows the regular price struck through next to the charged one. F7 looks the customer up (or
creates one) for promotions restricted to customers.

Cards (issue 4): « Cartes et laissez-passer » (Ctrl+G) sells a gift package or a pass, new or a
scanned shop card; each card is its own cart line (one code). A show offering places à la carte
at a price gets one more button, « À la carte » (Ctrl+A), which adds the typed quantity like the
F-keys do; when only pass holders may book, the button says so and stays disabled. Supervisors
set a show's à-la-carte places with « À la carte… » under the list of shows. ``*`` gives the
selected cart line the typed quantity.

The window is made of widgets with one job each, talking through Qt signals; the page
(:mod:`.page`) lays them out and wires them:

- :mod:`.shows`: the day and its shows (``ShowList``); :mod:`.header`: the selected show;
- :mod:`.categories`: the category keys and « À la carte »; :mod:`.keypad`: the quantity;
- :mod:`.code_entry`: the promo code; :mod:`.cart_panel`: the cart, its customer, its promotion;
- :mod:`.totals`: totals, message line, « Payer »; :mod:`.commands`: the bar under the page;
- :mod:`.editing`: what the keys do to the cart; :mod:`.dialogs`: the dialogs, one at a time;
- :mod:`.delegates`, :mod:`.line_words`, :mod:`.common`: painting, words and shared names.
"""

from guichet.ui.sales.code_entry import CodeField
from guichet.ui.sales.common import (
    ALACARTE_KEY,
    ALACARTE_ROLE,
    CARDS_KEY,
    CATEGORY_KEYS,
    CODE_KEY,
    CUSTOMER_KEY,
    LINE_QUANTITY_KEY,
    MAX_DAYS_AHEAD,
    OCCURRENCE_ROLE,
    REMAINING_ROLE,
    RICH_ROLE,
    duration_words,
    few_places,
    started_words,
    struck_price_html,
)
from guichet.ui.sales.delegates import OccurrenceDelegate, RichPriceDelegate
from guichet.ui.sales.page import SalesPage

__all__ = [
    "ALACARTE_KEY",
    "ALACARTE_ROLE",
    "CARDS_KEY",
    "CATEGORY_KEYS",
    "CODE_KEY",
    "CUSTOMER_KEY",
    "LINE_QUANTITY_KEY",
    "MAX_DAYS_AHEAD",
    "OCCURRENCE_ROLE",
    "REMAINING_ROLE",
    "RICH_ROLE",
    "CodeField",
    "OccurrenceDelegate",
    "RichPriceDelegate",
    "SalesPage",
    "duration_words",
    "few_places",
    "started_words",
    "struck_price_html",
]
