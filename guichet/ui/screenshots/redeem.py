"""Screenshot builders of the redeem windows (issue 4)."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QWidget

from guichet.domain.cards import CardStatus
from guichet.i18n.formatting import local
from guichet.ui.screenshots.registry import (
    ScreenshotContext,
    _login,
    demo_dates,
    demo_events,
    screenshot,
)


@screenshot("redeem")
def _redeem_window(ctx: ScreenshotContext) -> QWidget:
    """Sophie (cashier) scans the Tremblay family pass at 19 h 30: two children already booked
    for Sunday's Patin libre, the 18 h Bain libre chosen as the session in progress, and the
    two parents ticked, ready to book."""
    from guichet.services.cards import CardFilter
    from guichet.ui.redeem import RedeemWindow

    counter = ctx.counter
    _login(counter, "cashier")
    counter.open_shift(20000)
    desk = counter.cards
    family = desk.cards(CardFilter(status=CardStatus.ACTIVE))[0]
    tz = counter.organisation.timezone
    tomorrow = counter.today() + timedelta(days=1)
    skate = next(
        e.occurrence
        for e in desk.bookable_occurrences(family.id, tomorrow)
        if e.occurrence.event_id == demo_events(counter)["Patin libre"]
    )
    members = desk.members(desk.card_result(family.id).customer_id or "")
    children = [(m.id, m.name) for m in members[2:]]
    desk.book(family.id, skate.id, children, print_tickets=False)
    swim = next(
        o
        for o in demo_dates(counter, counter.today(), "Bain libre")
        if local(o.starts_at, tz).hour == 18
    )
    window = RedeemWindow(counter)
    window.select_activity(swim.id)
    window.scan_field.setText(family.display_code.lower())
    window.scan_field.returnPressed.emit()
    for member in members[:2]:
        window.member_checks[member.id].setChecked(True)
    return window
