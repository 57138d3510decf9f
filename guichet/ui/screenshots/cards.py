"""Screenshot builders of the cards windows (issue 4): the cards list and the card types."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QWidget

from guichet.domain.cards import CardKind, CardStatus
from guichet.domain.cart import Cart
from guichet.domain.errors import DomainError
from guichet.services.counter import Counter
from guichet.ui.screenshots.registry import ScreenshotContext, _login, screenshot

SHOP_HOLDERS = ("Nadia Bélanger", "Olivier Gagnon", "Camille Roy")


def _sell(counter: Counter, card_type_id: str, holder: str, shop_code: str | None = None) -> None:
    cart = Cart()
    counter.add_card_to_cart(cart, card_type_id, shop_code=shop_code, holder=holder)
    payment = counter.payment_session(cart)
    payment.add_cash(payment.cash_due)
    counter.sell(cart, payment)


def _busy_cards(counter: Counter) -> None:
    """Luc's evening with cards: a lot of 12 cards generated activated for the town hall
    (one reported lost and blocked), gift packages and a season pass sold at the counter,
    three shop cards of the demo's lot sold, the Tremblay family's pass used twice."""
    from guichet.services.cards import CardFilter

    _login(counter, "supervisor")
    counter.open_shift(20000)
    desk = counter.cards
    types = desk.card_types()
    package = next(t for t in types if t.kind is CardKind.PACKAGE)
    season = next(t for t in types if t.kind is CardKind.PASS and not t.family)
    shop = desk.cards(CardFilter(card_type_id=package.id, status=CardStatus.INACTIVE), limit=3)

    batch_id, _codes = desk.generate(package.id, 12, activated=True)
    lot = desk.cards(CardFilter(batch=batch_id), limit=12)
    desk.set_card_status(lot[3].id, CardStatus.BLOCKED, "Perdue")
    for card, holder in zip(shop, SHOP_HOLDERS, strict=False):
        _sell(counter, package.id, holder, shop_code=card.code)
    for holder in ("Mathieu Lavoie", "Sarah Nguyen"):
        _sell(counter, season.id, holder)
    for holder in ("Élise Fortin", "Jacques Paquette"):
        _sell(counter, package.id, holder)
    tomorrow = counter.today() + timedelta(days=1)
    for row in desk.cards(CardFilter(text="Fortin")) + desk.cards(CardFilter(text="Paquette")):
        swim = next(
            (e.occurrence for e in desk.bookable_occurrences(row.id, tomorrow) if not e.refusal),
            None,
        )
        if swim is not None:
            people: list[tuple[str | None, str]] = [(None, row.holder)]
            if "Fortin" in row.holder:
                people.append((None, "Léo Fortin"))
            desk.book(row.id, swim.id, people, print_tickets=False)

    family = desk.cards(CardFilter(text="Tremblay"))[0]
    try:
        skate = next(
            e.occurrence
            for e in desk.bookable_occurrences(family.id, tomorrow)
            if e.refusal is None
        )
        members = desk.members(desk.card_result(family.id).customer_id or "")
        desk.book(family.id, skate.id, [(m.id, m.name) for m in members[2:]], print_tickets=False)
    except (StopIteration, DomainError):  # a picture without bookings is still a picture
        pass


@screenshot("cards")
def _cards_window(ctx: ScreenshotContext) -> QWidget:
    """Luc (supervisor) in the cards list: the 20 shop cards of the demo (three sold today),
    a lot of 30 generated activated, one blocked card chosen."""
    from guichet.ui.cards import CardsWindow

    counter = ctx.counter
    _busy_cards(counter)
    window = CardsWindow(counter)
    blocked = next((row for row in window.model.rows if row.status is CardStatus.BLOCKED), None)
    if blocked is not None:
        window.select_card(blocked.id)
    return window


@screenshot("card-types")
def _card_types_window(ctx: ScreenshotContext) -> QWidget:
    """Luc (supervisor) edits the family pass type: the list of the three demo types and the
    editor, with the note that cards already sold keep their terms."""
    from guichet.ui.backoffice.card_types import CardTypesDialog

    counter = ctx.counter
    _login(counter, "supervisor")
    dialog = CardTypesDialog(counter)
    family = next(t for t in counter.cards.card_types() if t.family)
    dialog.edit_type(family.id)
    return dialog
