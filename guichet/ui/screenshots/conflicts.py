"""Screenshot builder of the conflicts console (issue 6, part 7).

Nothing here contacts a server: the conflicts are written into the demo database as a sync
would have brought them, the counter is marked paired, and the pairing code is shown as the
window shows the server's answer.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from guichet.domain.cart import Cart
from guichet.i18n.formatting import local
from guichet.services import demo_scenes
from guichet.services.counter import Counter
from guichet.ui.screenshots.registry import (
    SCREENSHOT_NOW,
    ScreenshotContext,
    _login,
    demo_dates,
    screenshot,
)


def sell_card(counter: Counter, type_name: str) -> str:
    """A card of ``type_name`` sold at this counter, paid cash; returns the card's id."""
    cart = Cart()
    line = counter.add_card_to_cart(cart, counter.cards.find_card_type(type_name).id)
    payment = counter.payment_session(cart)
    payment.add_cash(payment.cash_due)
    counter.sell(cart, payment)
    card_id = counter.cards.lookup(line.card_code or "").card_id
    assert card_id is not None
    return card_id


def add_terminal(counter: Counter, name: str) -> str:
    """Another counter of the organisation, as the server's terminals reach this one."""
    return demo_scenes.add_remote_terminal(counter.session_factory, counter.organisation.id, name)


def add_conflict(counter: Counter, *, terminal_id: str, **conflict: Any) -> str:
    """A ``sync_conflict`` row as the server records it for an offline command (a booking
    unless ``command_type`` says otherwise): see :func:`demo_scenes.add_conflict`."""
    return demo_scenes.add_conflict(
        counter.session_factory, counter.organisation.id, terminal_id=terminal_id, **conflict
    )


def _mark_paired(counter: Counter) -> None:
    demo_scenes.mark_paired(
        counter.session_factory, counter.terminal_id, "http://192.168.1.20:8765"
    )


@screenshot("conflicts")
def _conflicts_window(ctx: ScreenshotContext) -> QWidget:
    """Luc (supervisor) at 19 h 30 after the evening's sync: « Caisse 2 » lost the network in
    the afternoon and booked people with cards the main counter had meanwhile used up or
    blocked. Two conflicts to settle, one settled by Luc earlier; the first is chosen, the
    cancellation of its bookings about to be confirmed, a note typed; a pairing code for a
    third counter was just given by the server."""
    from guichet.domain.auth import Role
    from guichet.domain.codes import check_symbol_for
    from guichet.ui.conflicts import PAIRING_VALIDITY, ConflictsWindow

    counter = ctx.counter
    _login(counter, "supervisor")
    counter.open_shift(10000)
    users = {u.role: u.id for u in counter.users()}
    sophie, luc = users[Role.CASHIER], users[Role.SUPERVISOR]
    desk = counter.cards
    tz = counter.organisation.timezone
    tomorrow = counter.today() + timedelta(days=1)
    swims = demo_dates(counter, tomorrow, "Bain libre")
    afternoon, evening = swims[0], swims[-1]
    skate = demo_dates(counter, tomorrow, "Patin libre")[0]

    # A "Carte 10 bains" Caisse 2 used offline for the Côté family: 3 people, 1 passage left.
    package = sell_card(counter, "Carte 10 bains")
    cote = desk.book(
        package,
        afternoon.id,
        [(None, "Julie Côté"), (None, "Marc Côté"), (None, "Léa Côté")],
        print_tickets=False,
    ).booking_ids
    # A second package, reported lost and blocked here while Caisse 2 was offline.
    lost = sell_card(counter, "Carte 10 bains")
    roy = desk.book(lost, evening.id, [(None, "Simon Roy")], print_tickets=False).booking_ids
    # Settled earlier by Luc: a package used up, accepted (the family had paid at the door).
    used_up = sell_card(counter, "Carte 10 bains")
    pelletier = desk.book(
        used_up,
        skate.id,
        [(None, "Anne Pelletier"), (None, "Paul Pelletier")],
        print_tickets=False,
    ).booking_ids

    caisse2 = add_terminal(counter, "Caisse 2")
    today = counter.today()

    def at(hour: int, minute: int) -> datetime:
        moment = local(SCREENSHOT_NOW, tz).replace(
            year=today.year, month=today.month, day=today.day, hour=hour, minute=minute
        )
        return moment.astimezone(SCREENSHOT_NOW.tzinfo)

    first = add_conflict(
        counter,
        terminal_id=caisse2,
        user_id=sophie,
        occurred_at=at(16, 12),
        reason="not_enough_uses",
        details={"remaining": 1, "wanted": 3},
        card_id=package,
        booking_ids=cote,
    )
    add_conflict(
        counter,
        terminal_id=caisse2,
        user_id=sophie,
        occurred_at=at(15, 47),
        reason="card_blocked",
        card_id=lost,
        booking_ids=roy,
    )
    add_conflict(
        counter,
        terminal_id=caisse2,
        user_id=sophie,
        occurred_at=at(14, 5),
        reason="card_used_up",
        card_id=used_up,
        booking_ids=pelletier,
        resolution="accept",
        note=QCoreApplication.translate(
            "ConflictsWindow", "Payé à l'entrée de la patinoire, reçu 1042."
        ),
        resolved_by=luc,
        resolved_at=at(18, 40),
    )
    _mark_paired(counter)

    window = ConflictsWindow(counter)
    window.show_resolved_check.setChecked(True)
    window.select_conflict(first)
    window.note_edit.setText(
        QCoreApplication.translate(
            "ConflictsWindow", "Famille prévenue\u00a0: un seul passage restait."
        )
    )
    window.choose("cancel_booking")
    body = "K7M2QX9PT"
    window.show_pairing_code(body + check_symbol_for(body), SCREENSHOT_NOW + PAIRING_VALIDITY)
    return window
