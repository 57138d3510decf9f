"""What the back office changes reaches the counter's prices (issue 14): a date's own price
list, a date's tags in promotions' targeting (the reference's "mardi et mercredi à 10 h et
12 h" example), a withdrawn category or event, new tax rates — on the real services and a
real SQLite file, priced by the counter and checked again by the sale handler."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from decimal import Decimal

import pytest

from guichet.domain.commands import SaleLine, SalePayment, SellOrder
from guichet.domain.errors import DomainError
from guichet.domain.promotions import Promotion, Targeting, has, percent_off
from guichet.services.backoffice import BackOffice
from guichet.services.counter import Counter
from guichet.services.promotions import PromotionAdmin
from tests.conftest import user_id
from tests.integration.helpers import cart_of, category, occurrence_named, sell_cash


@pytest.fixture
def office(make_counter: Callable[..., Counter]) -> BackOffice:
    """Marie, the demo's owner, in the back office of the same counter."""
    boss = make_counter()
    boss.login(user_id(boss, "Marie"), "9999")
    return boss.back_office()


def test_a_date_with_its_own_list_sells_at_that_list(
    cashier_counter: Counter, office: BackOffice
) -> None:
    counter = cashier_counter
    evening = occurrence_named(counter, "Bain libre", 18)
    afternoon = occurrence_named(counter, "Bain libre", 13)
    adult = category(counter, evening.id, "adult")
    cheap = office.prices.save_price_list(
        "Loisirs — soirée", office.prices.parse_prices({adult: "4,00"})
    )
    result = office.dates.bulk_edit([evening.id], {"price_list_id": cheap})
    assert result.edited == 1
    assert [(c.code, c.price) for c in counter.categories(evening.id)] == [("adult", 400)]
    assert category(counter, afternoon.id, "adult") == adult  # the others keep the event's
    assert {c.price for c in counter.categories(afternoon.id) if c.code == "adult"} == {850}
    sale = sell_cash(counter, evening.id, adult=2)
    assert sale.total == 800 + 40 + 80  # TPS 5 %, TVQ 9,975 % of 8,00 $
    # Back to the event's list: the date sells at it again.
    office.dates.bulk_edit([evening.id], {"price_list_id": None})
    assert {c.price for c in counter.categories(evening.id) if c.code == "adult"} == {850}


def test_promotions_target_the_dates_a_bulk_edit_tagged(
    cashier_counter: Counter, office: BackOffice
) -> None:
    counter = cashier_counter
    admin = PromotionAdmin(
        counter.session_factory, counter.terminal_id, lambda: office.actor, clock=counter.clock
    )
    offer = admin.save(
        Promotion(
            "", "Mardis et mercredis matin", percent_off(50),
            targeting=Targeting(event_control=has("promomm")),
        )
    )  # fmt: skip
    admin.add_custom_code(offer, "PROMOMM", None)
    morning = occurrence_named(  # tomorrow's: today's has ended by the tests' noon
        counter, "Escalade — initiation", 10, day=counter.today() + timedelta(days=1)
    )
    swim = occurrence_named(counter, "Bain libre", 13)
    office.dates.bulk_edit([morning.id], {}, add_tags=["PromoMM"])
    tagged = cart_of(counter, morning.id, adult=1)
    priced = counter.apply_code(tagged, "promomm")
    assert priced.lines[0].line.unit_price == 425  # half of 8,50 $
    untagged = cart_of(counter, swim.id, adult=1)
    with pytest.raises(DomainError) as refused:
        counter.apply_code(untagged, "promomm")
    assert refused.value.code == "promo_not_applicable"
    payment = counter.payment_session(tagged)
    payment.add_cash(payment.cash_due)
    assert counter.sell(tagged, payment).total == 425 + 21 + 42


def test_a_withdrawn_category_is_no_longer_offered_nor_sold(
    cashier_counter: Counter, office: BackOffice
) -> None:
    counter = cashier_counter
    show = occurrence_named(counter, "Le Malade imaginaire")
    senior = next(c for c in office.prices.categories() if c.code == "senior")
    office.prices.save_category(
        senior.code, senior.name_fr, senior.name_en, active=False, category_id=senior.id
    )
    assert "senior" not in [c.code for c in counter.categories(show.id)]
    shift = counter.current_shift()
    assert shift is not None
    forged = SellOrder(
        order_id="00000000-0000-4000-8000-0000000000a1",
        order_code="ABCDEFGHJKMNPQ",
        shift_id=shift.id,
        lines=(SaleLine("00000000-0000-4000-8000-0000000000a2", show.id, senior.id, 1, 3600),),
        payments=(SalePayment("00000000-0000-4000-8000-0000000000a3", "card", 4139, 4139),),
    )
    with pytest.raises(DomainError) as refused:
        counter.bus.dispatch(forged, counter.actor)
    assert refused.value.code == "category_not_offered"


def test_a_withdrawn_event_leaves_the_day_list(
    cashier_counter: Counter, office: BackOffice
) -> None:
    counter = cashier_counter
    show = occurrence_named(counter, "Le Malade imaginaire")
    office.events.set_active(show.event_id, False)
    assert "Le Malade imaginaire" not in {
        o.event_name for o in counter.occurrences(counter.today())
    }
    office.events.set_active(show.event_id, True)
    assert occurrence_named(counter, "Le Malade imaginaire").id == show.id


def test_new_tax_rates_are_priced_with_at_once(
    cashier_counter: Counter, office: BackOffice
) -> None:
    counter = cashier_counter
    swim = occurrence_named(counter, "Bain libre", 13)
    before = counter.price(cart_of(counter, swim.id, adult=1))
    assert before.total == 850 + 43 + 85
    settings = office.organisation.settings()
    assert settings.qst_rate == Decimal("0.09975")
    office.organisation.save(
        name=settings.name,
        address=settings.address,
        timezone=settings.timezone,
        lang=settings.lang,
        gst_number=settings.gst_number,
        qst_number=settings.qst_number,
        gst_rate="5",
        qst_rate="10",
        cash_increment=settings.cash_increment,
        receipt_header=settings.receipt_header,
        receipt_footer=settings.receipt_footer,
    )
    after = counter.price(cart_of(counter, swim.id, adult=1))
    assert after.total == 850 + 43 + 85  # 9,975 % and 10 % of 8,50 $ round alike
    cart = cart_of(counter, swim.id, adult=10)
    assert counter.price(cart).total == 8500 + 425 + 850
    payment = counter.payment_session(cart)
    payment.add_cash(payment.cash_due)
    assert counter.sell(cart, payment).total == 9775
