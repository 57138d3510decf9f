"""Issue 16, parts 10 and 12, through the real services on a real SQLite file.

Part 10: the price told to the customer is decided before money is taken (the quote checked
again, with a promotion disabled on another counter reaching this counter's price cache at
once) or honoured as quoted (a code expiring between the quote and the payment).
Part 12: a date that has ended refuses sales and draws unless a supervisor overrides with a
reason (recorded); a show that became seated after a reserve was set refuses draws without
a seat. The handlers refuse, whatever the windows show.
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from guichet.changes.apply import apply_entries
from guichet.changes.entries import row_to_json
from guichet.domain.cart import Cart
from guichet.domain.errors import DomainError
from guichet.domain.overrides import Override
from guichet.domain.promotions import Promotion, Targeting, percent_off
from guichet.i18n import errors
from guichet.models.tables import CatalogueChange, Order
from guichet.models.tables import Promotion as PromotionRow
from guichet.services.counter import Counter
from guichet.services.promotions import PromotionAdmin
from tests.conftest import DEMO_DAY, Clock, user_id
from tests.integration.helpers import cart_of, occurrence_named, sell_cash

NBSP = "\u00a0"
WHO = {"name": "Léa Tremblay", "email": "", "phone": "", "note": ""}


@pytest.fixture
def admin(cashier_counter: Counter, supervisor) -> PromotionAdmin:  # type: ignore[no-untyped-def]
    return PromotionAdmin(
        cashier_counter.session_factory,
        cashier_counter.terminal_id,
        lambda: supervisor,
        lang="fr",
        clock=cashier_counter.clock,
    )


def theatre(counter: Counter):  # type: ignore[no-untyped-def]
    return occurrence_named(counter, "Le Malade imaginaire", 20)


def pull_promotion_edit(counter: Counter, promotion_id: str, **changes: object) -> None:
    """The row as the server sends it after another counter edited it: written over this
    counter's copy by the sync's apply_entries, with the other counter's (older) time."""
    with counter.session_factory() as session, session.begin():
        row = session.get(PromotionRow, promotion_id)
        assert row is not None
        data = row_to_json(row)
        data.update(changes)
        apply_entries(
            session,
            [{"entity": "promotion", "entity_id": promotion_id, "op": "upsert", "data": data}],
            keep=set(),
        )


# --- part 10: quoted prices ------------------------------------------------------------------


def test_a_promotion_disabled_on_another_counter_reaches_the_price_cache_and_the_quote(
    cashier_counter: Counter, admin: PromotionAdmin, clock: Clock
) -> None:
    counter = cashier_counter
    event_id = theatre(counter).event_id
    pid = admin.save(
        Promotion(
            id="",
            name_fr="Découverte",
            effect=percent_off(20),
            targeting=Targeting(event_ids=frozenset({event_id})),
        )
    )
    admin.add_custom_code(pid, "DECOUVERTE", max_uses=None)
    admin.save(Promotion(id="", name_fr="Une autre, éditée plus tard", effect=percent_off(5)))
    cart = cart_of(counter, theatre(counter).id, adult=2)
    quoted = counter.apply_code(cart, "decouverte").total
    assert counter.price(cart).total == quoted  # cached now
    # Disabled on another counter whose clock was behind: its time is older than this
    # counter's newest edit, so no timestamp moves; the change counter does.
    pull_promotion_edit(
        counter, pid, enabled=False, updated_at="2020-01-01T00:00:00+00:00"
    )
    regular = counter.price(cart).total
    assert regular > quoted, "the disabled promotion still prices the cart"
    # Before any money: refused in words, with the reason and both totals.
    with pytest.raises(DomainError) as err:
        counter.confirm_quote(cart, quoted)
    assert err.value.code == "quote_changed"
    assert err.value.params["reason"] == "promo_disabled"
    assert (err.value.params["quoted"], err.value.params["total"]) == (quoted, regular)
    assert cart.quoted_at is None
    fr = errors.message("quote_changed", err.value.params, "fr")
    assert f"a changé depuis qu'il a été annoncé{NBSP}:" in fr
    assert f"Aucun paiement n'a été pris{NBSP};" in fr
    en = errors.message("quote_changed", err.value.params, "en")
    assert "No payment was taken" in en


def test_a_code_expiring_between_the_quote_and_the_payment_is_honoured_as_quoted(
    cashier_counter: Counter, admin: PromotionAdmin, clock: Clock
) -> None:
    counter = cashier_counter
    tomorrow = DEMO_DAY + timedelta(days=1)
    show = next(o for o in counter.occurrences(tomorrow) if o.event_name == "Le Malade imaginaire")
    pid = admin.save(
        Promotion(id="", name_fr="Ce soir seulement", effect=percent_off(20), expires=DEMO_DAY)
    )
    admin.add_custom_code(pid, "CESOIR", max_uses=None)
    # 23:59:40 in Quebec on the promotion's last day.
    clock.now = datetime(2026, 12, 6, 4, 59, 40, tzinfo=UTC)
    cart = cart_of(counter, show.id, adult=2)
    quoted = counter.apply_code(cart, "CESOIR").total
    payment = counter.payment_session(cart)
    assert payment.total == quoted
    counter.confirm_quote(cart, quoted)  # the card step: nothing changed
    assert cart.quoted_at == clock.now
    clock.advance(seconds=40)  # the terminal takes the card past midnight: the code expired
    payment.add_card(quoted, "A1B2C3")
    sale = counter.sell(cart, payment)
    assert sale.total == quoted
    with counter.session_factory() as session:
        order = session.get(Order, sale.order_id)
        assert order is not None and order.promotion_id == pid
        promotion = session.get(PromotionRow, pid)
        assert promotion is not None and promotion.orders_used == 1
    # A new cart after midnight is told the regular price, and the code is refused.
    other = cart_of(counter, show.id, adult=2)
    with pytest.raises(DomainError) as err:
        counter.apply_code(other, "CESOIR")
    assert err.value.code == "promo_expired"


def test_a_lapsed_hold_whose_code_was_used_meanwhile_is_refused_before_payment(
    cashier_counter: Counter, admin: PromotionAdmin, clock: Clock
) -> None:
    counter = cashier_counter
    show = theatre(counter)
    pid = admin.save(Promotion(id="", name_fr="Une seule fois", effect=percent_off(50)))
    admin.add_custom_code(pid, "UNEFOIS", max_uses=1)
    first = cart_of(counter, show.id, adult=1)
    quoted = counter.apply_code(first, "UNEFOIS").total
    clock.advance(minutes=31)  # the first cart's hold lapsed: another cart may take the code
    second = cart_of(counter, show.id, adult=1)
    counter.apply_code(second, "UNEFOIS")
    payment = counter.payment_session(second)
    payment.add_cash(payment.cash_due)
    counter.sell(second, payment)
    with pytest.raises(DomainError) as err:
        counter.confirm_quote(first, quoted)
    assert err.value.code == "quote_changed"
    assert err.value.params["reason"] == "promo_quota_reached"
    assert err.value.params["total"] > quoted


# --- part 12: ended dates, seated shows --------------------------------------------------


def ended_afternoon(counter: Counter, clock: Clock):  # type: ignore[no-untyped-def]
    show = occurrence_named(counter, "Les Belles-sœurs", 14)
    clock.now = show.ends_at.astimezone(UTC) + timedelta(minutes=1)
    return show


def test_a_date_that_has_ended_refuses_sales_unless_a_supervisor_overrides_with_a_reason(
    cashier_counter: Counter, clock: Clock
) -> None:
    counter = cashier_counter
    show = occurrence_named(counter, "Les Belles-sœurs", 14)
    cart = cart_of(counter, show.id, adult=2)  # in the cart before the end
    ended_afternoon(counter, clock)
    payment = counter.payment_session(cart)
    payment.add_cash(payment.cash_due)
    with pytest.raises(DomainError) as err:
        counter.sell(cart, payment)
    assert err.value.code == "occurrence_ended" and err.value.params["occurrence"] == show.id
    fr = errors.message("occurrence_ended", err.value.params, "fr", "America/Toronto")
    assert fr.startswith(f"Cette date est terminée (fin{NBSP}:") and "superviseur" in fr
    en = errors.message("occurrence_ended", err.value.params, "en", "America/Toronto")
    assert en.startswith("This date has ended") and "supervisor" in en
    cashier = user_id(counter, "Sophie")
    luc = user_id(counter, "Luc")
    with pytest.raises(DomainError) as err:  # a cashier cannot override
        counter.sell(cart, payment, override=Override(cashier, "Retardataire"))
    assert err.value.code == "supervisor_required"
    with pytest.raises(DomainError) as err:
        counter.sell(cart, payment, override=Override(luc, "   "))
    assert err.value.code == "override_reason_required"
    assert "motif" in errors.message("override_reason_required", {}, "fr")
    sale = counter.sell(
        cart, payment, override=Override(luc, " Client arrivé en retard, vu par Luc ")
    )
    with counter.session_factory() as session:
        line = session.scalars(
            select(CatalogueChange).where(
                CatalogueChange.entity == "order", CatalogueChange.entity_id == sale.order_id
            )
        ).one()
    assert line.action == "override"
    assert line.details == {
        "rule": "occurrence_ended",
        "occurrences": [show.id],
        "supervisor_id": luc,
        "reason": "Client arrivé en retard, vu par Luc",
    }
    assert line.user_id == cashier  # who sold; the supervisor is named in the details


def test_an_ordinary_sale_before_the_end_records_no_override(
    cashier_counter: Counter,
) -> None:
    sale = sell_cash(cashier_counter, theatre(cashier_counter).id, adult=1)
    with cashier_counter.session_factory() as session:
        assert session.scalars(
            select(CatalogueChange).where(CatalogueChange.entity_id == sale.order_id)
        ).all() == []


def test_a_date_that_has_ended_refuses_draws_unless_a_supervisor_overrides(
    cashier_counter: Counter, supervisor, make_counter, clock: Clock  # type: ignore[no-untyped-def]
) -> None:
    boss = make_counter()
    boss.actor = supervisor
    show = occurrence_named(cashier_counter, "Les Belles-sœurs", 14)
    adult = next(c.category_id for c in cashier_counter.categories(show.id) if c.code == "adult")
    media = boss.reserves.save_reserve("Médias", "with_access", adult)
    boss.reserves.set_quantity(show.id, media, 6)
    ended_afternoon(cashier_counter, clock)
    with pytest.raises(DomainError) as err:
        cashier_counter.reserves.draw(show.id, media, 2, WHO)
    assert err.value.code == "occurrence_ended"
    drawn = cashier_counter.reserves.draw(
        show.id, media, 2, WHO, override=Override(supervisor.user_id, "Invités en retard")
    )
    with cashier_counter.session_factory() as session:
        line = session.scalars(
            select(CatalogueChange).where(CatalogueChange.entity_id == drawn.order_id)
        ).one()
    assert line.details["reason"] == "Invités en retard"
    assert line.details["supervisor_id"] == supervisor.user_id


def test_a_show_seated_after_its_reserve_was_set_refuses_draws_without_a_seat(
    seated: tuple[Counter, Counter],
) -> None:
    cashier, boss = seated
    show = occurrence_named(boss, "Le Malade imaginaire", 20)
    adult = next(c.category_id for c in boss.categories(show.id) if c.code == "adult")
    media = boss.reserves.save_reserve("Médias", "with_access", adult)
    boss.reserves.set_quantity(show.id, media, 4)
    from guichet.models.tables import Venue

    with boss.session_factory() as session:
        venue_id = session.scalars(
            select(Venue.id).where(Venue.name == boss.occurrence(show.id).venue_name)
        ).one()
    plan = "section;rangée;numéro;accessible\n" + "".join(
        f"Salle;{row};{n};non\n" for row in "ABCDEFGHIJ" for n in range(1, 31)
    )
    boss.set_event_seat_map(show.event_id, boss.import_seat_map(venue_id, "Salle", plan))
    assert boss.occurrence(show.id).seated
    with pytest.raises(DomainError) as err:
        cashier.reserves.draw(show.id, media, 1, WHO)
    assert err.value.code == "reserve_draw_needs_seat"
    assert err.value.params["reserve_name"] == "Médias"
    fr = errors.message("reserve_draw_needs_seat", err.value.params, "fr")
    assert f"places numérotées{NBSP}:" in fr and f"«{NBSP}Médias{NBSP}»" in fr
    assert "seat map" in errors.message("reserve_draw_needs_seat", err.value.params, "en")


def test_the_handler_refuses_an_override_by_a_cashier_carried_in_the_command(
    cashier_counter: Counter, clock: Clock
) -> None:
    """What a server would receive: the role is checked on the handler, not the window."""
    from guichet.domain.commands import SaleLine, SalePayment, SellOrder

    counter = cashier_counter
    show = ended_afternoon(counter, clock)
    cart: Cart = cart_of(counter, show.id, adult=1)
    line = cart.lines[0]
    total = counter.price(cart).total
    command = SellOrder(
        order_id="o-forged",
        order_code="",
        shift_id=counter.current_shift().id,  # type: ignore[union-attr]
        lines=(SaleLine("l-forged", show.id, line.category_id, 1, line.unit_price),),
        payments=(SalePayment("p-forged", "card", total, total, 0, "X1"),),
        override_by=user_id(counter, "Sophie"),
        override_reason="Je le veux",
    )
    with pytest.raises(DomainError) as err:
        counter.bus.dispatch(dataclasses.replace(command), counter.actor)
    assert err.value.code == "supervisor_required"
