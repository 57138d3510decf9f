"""Screenshot builders of the door (issue 17): the door window after real scans, and the back
office's check-in lists.

The evening is the seated demo's: Cyrano de Bergerac at 19 h 30 in the Théâtre du Quai, seats
sold in the Parterre and the Balcon, two assigned to Édith Butler. Two check-in lists split the
house: « Parterre » (adults and seniors) and « Balcon » (children and students, the school
groups upstairs). The door works for « Parterre »; earlier in the evening (from 18 h 45) a
third of its audience came in, scanned by the same counter.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QWidget

from guichet.domain.cart import Cart
from guichet.services.counter import Counter
from guichet.services.demo_scenes import DemoTicket, valid_tickets
from guichet.services.door import DoorDesk
from guichet.ui.screenshots.counter import _seated_evening
from guichet.ui.screenshots.registry import (
    SCREENSHOT_NOW,
    SEATED_SCREENSHOTS,
    ScreenshotContext,
    _login,
    screenshot,
)

DOOR_SCREENSHOTS = ("door-valid", "door-used", "door-wrong-date", "check-in-lists")
# The door's pictures are taken at the seated show (seats on the verdicts, « Parterre »).
SEATED_SCREENSHOTS.update(DOOR_SCREENSHOTS)


def _categories(counter: Counter, occurrence_id: str) -> dict[str, str]:
    return {c.code: c.category_id for c in counter.categories(occurrence_id)}


def _lists(counter: Counter, show_id: str) -> tuple[str, str]:
    """« Parterre » and « Balcon », made by the supervisor logged in."""
    show = counter.occurrence(show_id)
    codes = _categories(counter, show_id)
    parterre = counter.door.save_list(
        "Parterre",
        event_ids=(show.event_id,),
        category_ids=(codes["adult"], codes["senior"]),
        minutes_before=45,
    )
    balcon = counter.door.save_list(
        "Balcon",
        event_ids=(show.event_id,),
        category_ids=(codes["child"], codes["student"]),
        minutes_before=30,
    )
    return parterre, balcon


def _tickets(counter: Counter, show_id: str, holder: str = "") -> list[DemoTicket]:
    return valid_tickets(counter.session_factory, show_id, holder)


def _at(counter: Counter, minutes_before_now: int) -> None:
    """Move the counter's clock (and its bus's) to ``minutes_before_now`` before 19 h 30."""
    moment = SCREENSHOT_NOW - timedelta(minutes=minutes_before_now)
    counter.clock = lambda: moment
    counter.bus.clock = counter.clock


def _door_evening(ctx: ScreenshotContext) -> tuple[str, str, list[DemoTicket]]:
    """The evening, the two lists, and the scans made before the picture's: a third of the
    Parterre's audience came in between 18 h 45 and 19 h 25. Returns (show id, « Parterre »'s
    id, Édith Butler's two tickets); the cashier is logged in."""
    counter = ctx.counter
    _login(counter, "supervisor")
    counter.open_shift(20000)
    show_id = _seated_evening(counter)
    parterre, _balcon = _lists(counter, show_id)
    counter.logout()
    _login(counter, "cashier")
    codes = _categories(counter, show_id)
    admitted = {codes["adult"], codes["senior"]}
    guests = _tickets(counter, show_id, holder="Édith Butler")
    audience = [t for t in _tickets(counter, show_id) if t.category_id in admitted and not t.holder]
    earlier = DoorDesk(counter)  # the same door, earlier: its own memory of repeats
    try:
        wave = audience[: len(audience) // 3]
        for number, ticket in enumerate(wave):
            _at(counter, 45 - number * 40 // max(len(wave), 1))
            earlier.scan(ticket.code, parterre)
    finally:
        earlier.close()
        counter.clock = lambda: SCREENSHOT_NOW
        counter.bus.clock = counter.clock
    return show_id, parterre, guests


def _door_window(ctx: ScreenshotContext, list_id: str) -> QWidget:
    from guichet.ui.door import DoorWindow

    window = DoorWindow(ctx.counter)
    window.choose_list(list_id)
    return window


def _scan(window: QWidget, code: str) -> None:
    """As a scanner does: the code typed in the field, then Entrée."""
    from guichet.ui.door import DoorWindow

    assert isinstance(window, DoorWindow)
    window.scan_field.setText(code.lower())
    window.scan_field.returnPressed.emit()


@screenshot("door-valid")
def _door_valid(ctx: ScreenshotContext) -> QWidget:
    """Édith Butler, a guest with an assigned seat, comes in at 19 h 30: VALIDE."""
    _show_id, parterre, guests = _door_evening(ctx)
    window = _door_window(ctx, parterre)
    _scan(window, guests[0].code)
    return window


@screenshot("door-used")
def _door_used(ctx: ScreenshotContext) -> QWidget:
    """Édith Butler's ticket came in at 19 h 12; the same ticket comes back at 19 h 30."""
    _show_id, parterre, guests = _door_evening(ctx)
    counter = ctx.counter
    earlier = DoorDesk(counter)
    try:
        _at(counter, 18)
        earlier.scan(guests[1].code, parterre)
    finally:
        earlier.close()
        counter.clock = lambda: SCREENSHOT_NOW
        counter.bus.clock = counter.clock
    window = _door_window(ctx, parterre)
    _scan(window, guests[1].code)
    return window


@screenshot("door-wrong-date")
def _door_wrong_date(ctx: ScreenshotContext) -> QWidget:
    """A ticket for next Friday's Cyrano, brought tonight: MAUVAISE DATE, with its date."""
    show_id, parterre, _guests = _door_evening(ctx)
    counter = ctx.counter
    event_id = counter.occurrence(show_id).event_id
    later = next(
        o
        for offset in range(1, 8)
        for o in counter.occurrences(counter.today() + timedelta(days=offset))
        if o.event_id == event_id
    )
    seating = counter.seating(later.id)
    assert seating is not None
    seat = seating.seat_map.find("Parterre", "F", "12")
    assert seat is not None
    cart = Cart()
    counter.pick_seats(cart, later.id, _categories(counter, later.id)["adult"], [seat.id])
    payment = counter.payment_session(cart)
    payment.add_cash(payment.cash_due)
    sale = counter.sell(cart, payment)
    code = next(t.code for t in _tickets(counter, later.id) if t.order_id == sale.order_id)
    window = _door_window(ctx, parterre)
    _scan(window, code)
    return window


@screenshot("check-in-lists")
def _check_in_lists(ctx: ScreenshotContext) -> QWidget:
    """The owner's back office: « Parterre » and « Balcon » for Cyrano de Bergerac."""
    from guichet.ui.admin import AdminWindow

    counter = ctx.counter
    _login(counter, "owner")
    show = next(o for o in counter.occurrences(counter.today()) if o.seated)
    _lists(counter, show.id)
    return AdminWindow(counter.back_office(), start="check_in_lists")
