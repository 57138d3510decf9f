"""Screenshot builders of the alacarte windows (issue 4): the à-la-carte settings of a show
and the picker of gift packages and passes at the sales counter."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from guichet.domain.cart import Cart
from guichet.i18n.formatting import local
from guichet.services.counter import Counter
from guichet.ui.screenshots.registry import SIZE, ScreenshotContext, _login, demo_dates, screenshot


def _show(counter: Counter, name: str, hour: int) -> str:
    tz = counter.organisation.timezone
    return next(
        o.id
        for o in demo_dates(counter, counter.today(), name)
        if local(o.starts_at, tz).hour == hour
    )


def _sell(counter: Counter, cart: Cart) -> None:
    payment = counter.payment_session(cart)
    payment.add_cash(payment.cash_due)
    counter.sell(cart, payment)


@screenshot("alacarte")
def _alacarte_window(ctx: ScreenshotContext) -> QWidget:
    """Luc (supervisor) on the 18 h Bain libre: session tickets and places à la carte sold,
    opened from « À la carte… » under the list of shows."""
    from guichet.ui.alacarte import AlacarteDialog

    counter = ctx.counter
    _login(counter, "supervisor")
    counter.open_shift(20000)
    swim = _show(counter, "Bain libre", 18)
    adult, child = counter.categories(swim)[:2]
    for quantity, category in ((2, adult), (3, child), (1, adult)):
        cart = Cart()
        counter.add_to_cart(cart, swim, category.category_id, quantity)
        _sell(counter, cart)
    for quantity in (2, 1, 4):
        cart = Cart()
        counter.add_alacarte_to_cart(cart, swim, quantity)
        _sell(counter, cart)
    return AlacarteDialog(counter, swim)


@screenshot("card-sale")
def _card_sale_window(ctx: ScreenshotContext) -> QWidget:
    """Sophie (cashier) sells the Tremblay family a season pass for Léa: two tickets in the
    cart, the customer chosen (F7), Ctrl+G, « Passe saison patin », Léa in the members."""
    from guichet.ui.card_sale import CardSaleDialog
    from guichet.ui.sales import SalesPage

    counter = ctx.counter
    _login(counter)
    counter.open_shift(20000)
    page = SalesPage(counter)
    page.resize(*SIZE)
    swim = _show(counter, "Bain libre", 18)
    counter.add_alacarte_to_cart(page.cart, swim, 2)
    family = counter.find_customers("Famille Tremblay")[0]
    page.set_customer(family)
    dialog = CardSaleDialog(counter, page.cart, page, set_customer=page.set_customer)
    season = next(t for t in dialog.types if t.name == "Passe saison patin")
    dialog.select_type(season.id)
    lea = next(m for m in counter.cards.members(family.id) if m.name.startswith("Léa"))
    dialog.select_member(lea.id)
    return dialog
