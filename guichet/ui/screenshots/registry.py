"""What every screenshot builder shares: the pictures' fixed day and hour, the registry of
builders by window name, and the demo helpers (log in, a busy evening, the demo's shows).

The demo runs in a throw-away data folder on Saturday 5 December 2026 at 19 h 30, so pictures
are repeatable.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QWidget

from guichet.domain.cart import Cart
from guichet.services.counter import Counter
from guichet.services.demo_scenes import event_ids_by_name

if TYPE_CHECKING:
    from guichet.services.views import OccurrenceView
    from guichet.startup import Runtime

SCREENSHOT_DAY = date(2026, 12, 5)
SCREENSHOT_NOW = datetime(2026, 12, 6, 0, 30, tzinfo=UTC)  # 19 h 30 in Quebec
SIZE = (1366, 768)


@dataclass
class ScreenshotContext:
    runtime: Runtime
    lang: str

    @property
    def counter(self) -> Counter:
        return self.runtime.counter


Builder = Callable[[ScreenshotContext], QWidget]
SCREENSHOTS: dict[str, Builder] = {}
# Builders that show reserved seating get the demo's seated show ("Cyrano de Bergerac");
# the others keep the general-admission evening they were designed for.
SEATED_SCREENSHOTS = {"seatdesk", "seatpicker"}


def screenshot(name: str) -> Callable[[Builder], Builder]:
    def register(fn: Builder) -> Builder:
        SCREENSHOTS[name] = fn
        return fn

    return register


def window_names() -> list[str]:
    return sorted(SCREENSHOTS)


def _user(counter: Counter, role: str) -> str:
    return next(u.id for u in counter.users() if u.role == role)


def demo_events(counter: Counter) -> dict[str, str]:
    """The demo's events by their French name: a screenshot in English shows "Public swim"
    where the demo wrote "Bain libre", and must still find the same show."""
    return event_ids_by_name(counter.session_factory)


def demo_dates(counter: Counter, day: date, name: str) -> list[OccurrenceView]:
    """The dates of the demo's event *name* (in French) on *day*, earliest first."""
    event_id = demo_events(counter)[name]
    return sorted(
        (o for o in counter.occurrences(day) if o.event_id == event_id), key=lambda o: o.starts_at
    )


def _login(counter: Counter, role: str = "cashier") -> None:
    counter.login(
        _user(counter, role), {"cashier": "1111", "supervisor": "2222", "owner": "9999"}[role]
    )


def on_sale(counter: Counter) -> list[OccurrenceView]:
    """Today's dates that still sell at the pictures' 19 h 30 (the ended ones refuse)."""
    now = counter.clock()
    return [o for o in counter.occurrences(counter.today()) if o.ends_at > now]


def _busy_evening(counter: Counter) -> None:
    """A few sales so the lists and reports look like a real evening."""
    from guichet.domain.payments import PaymentSession

    for occ in on_sale(counter):
        categories = counter.categories(occ.id)
        for qty, cat in ((2, categories[0]), (1, categories[1])):
            cart = Cart()
            counter.add_to_cart(cart, occ.id, cat.category_id, qty)
            payment: PaymentSession = counter.payment_session(cart)
            payment.add_cash(payment.cash_due + 500)
            counter.sell(cart, payment)


def _standard_cart(counter: Counter) -> Cart:
    occurrences = counter.occurrences(counter.today())
    occ = counter.next_occurrence(occurrences)
    assert occ is not None
    categories = counter.categories(occ.id)
    cart = Cart()
    counter.add_to_cart(cart, occ.id, categories[0].category_id, 2)
    counter.add_to_cart(cart, occ.id, categories[1].category_id, 1)
    return cart


def settle() -> None:
    for _ in range(5):
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
