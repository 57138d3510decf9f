"""Small helpers shared by the integration tests (the chain: counter -> cart -> sale)."""

from __future__ import annotations

from datetime import date

from guichet.domain.cart import Cart
from guichet.services.counter import Counter
from guichet.services.handlers import SaleRecorded
from guichet.services.views import OccurrenceView


def occurrence_named(
    counter: Counter, name: str, hour: int | None = None, day: date | None = None
) -> OccurrenceView:
    """The date of ``name`` today (or on ``day``), at ``hour`` if given. The tests' clock
    reads noon: today's 10 h climbing session has ended and sells no more."""
    from guichet.i18n.formatting import local

    for occ in counter.occurrences(day or counter.today()):
        start = local(occ.starts_at, counter.organisation.timezone)
        if occ.event_name == name and (hour is None or start.hour == hour):
            return occ
    raise LookupError(name)


def category(counter: Counter, occurrence_id: str, code: str) -> str:
    return next(c.category_id for c in counter.categories(occurrence_id) if c.code == code)


def cart_of(counter: Counter, occurrence_id: str, **quantities: int) -> Cart:
    cart = Cart()
    for code, qty in quantities.items():
        counter.add_to_cart(cart, occurrence_id, category(counter, occurrence_id, code), qty)
    return cart


def sell_cash(
    counter: Counter, occurrence_id: str, tendered: int | None = None, **quantities: int
) -> SaleRecorded:
    cart = cart_of(counter, occurrence_id, **quantities)
    payment = counter.payment_session(cart)
    payment.add_cash(tendered if tendered is not None else payment.cash_due)
    return counter.sell(cart, payment)
