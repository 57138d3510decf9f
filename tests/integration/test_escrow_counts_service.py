"""Escrowed reserve quantities and promotion quotas through the real services on a real SQLite
file (issue 6, part 5): a paired counter uses what the server leased it, everyone else what no
counter holds; a promo code used past its uses becomes a conflict on the server."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from guichet.domain import codes
from guichet.domain.cart import price_lines
from guichet.domain.commands import Envelope, SaleLine, SalePayment, SellOrder
from guichet.domain.errors import DomainError
from guichet.domain.promotions import Promotion, percent_off
from guichet.models.tables import Allotment, Conflict, Occurrence, Order, PromoCode, Terminal
from guichet.models.tables import Promotion as PromotionRow
from guichet.server.core import TOLERATED
from guichet.services.bus import apply_envelope
from guichet.services.check import run_checks
from guichet.services.counter import Counter
from guichet.services.promotions import PromotionAdmin
from guichet.services.setup import LocalSetup
from tests.conftest import NOON_LOCAL, Clock, user_id
from tests.integration.helpers import cart_of, occurrence_named

WHO = {"name": "Léa Tremblay", "email": "", "phone": "", "note": ""}


@dataclass
class Desk:
    """The demo's own counter (not paired: the server's stand-in), a counter paired with it,
    and the server's lease logic over the same database."""

    local: Counter  # Sophie at Caisse 1, not escrowed
    boss: Counter  # Luc at Caisse 1 (back office)
    paired: Counter  # Sophie at Caisse 2, escrowed
    factory: sessionmaker[Session]
    clock: Clock

    def lease(self) -> int:
        from guichet.server.core import ServerCore

        # The server's own session factory (it logs its writes), over the same file.
        engine = self.factory.kw["bind"]
        core = ServerCore(sessionmaker(engine, expire_on_commit=False))
        return core.lease(self.paired.terminal_id, str(uuid.uuid4()), [], now=self.clock())

    def size(self, event_name: str, size: int) -> None:
        from guichet.server.core import ServerCore

        ServerCore(sessionmaker(self.factory.kw["bind"])).set_allotment_size(event_name, size)

    def allotment(self, kind: str, subject_id: str, occurrence_id: str | None = None) -> int:
        with self.factory() as session:
            row = session.scalars(
                select(Allotment).where(
                    Allotment.terminal_id == self.paired.terminal_id,
                    Allotment.kind == kind,
                    Allotment.subject_id == subject_id,
                )
            ).first()
            assert row is None or occurrence_id is None or row.occurrence_id == occurrence_id
            return row.granted - row.used if row is not None else 0


@pytest.fixture
def desk(
    demo_factory: sessionmaker[Session], demo: LocalSetup, cashier_counter: Counter, supervisor
) -> Iterator[Desk]:
    with demo_factory() as session, session.begin():
        paired = Terminal(
            organisation_id=demo.organisation_id, name="Caisse 2", is_local=False, escrowed=True
        )
        session.add(paired)
        session.flush()
        paired_id = paired.id
    clock = cashier_counter.clock
    assert isinstance(clock, Clock) and clock() == NOON_LOCAL
    counter = Counter(demo_factory, paired_id, clock=clock)
    counter.login(user_id(counter, "Sophie"), "1111")
    counter.open_shift(20000)
    boss = Counter(demo_factory, demo.terminal_id, clock=clock)
    boss.actor = supervisor
    yield Desk(cashier_counter, boss, counter, demo_factory, clock)


def test_a_paired_counter_draws_only_its_allotment_of_a_reserve(desk: Desk) -> None:
    show = occurrence_named(desk.local, "Le Malade imaginaire")
    adult = next(c.category_id for c in desk.local.categories(show.id) if c.code == "adult")
    media = desk.boss.reserves.save_reserve("Médias", "with_access", adult)
    desk.boss.reserves.set_quantity(show.id, media, 10)
    desk.size("Le Malade imaginaire", 4)
    assert desk.lease() > 0
    assert desk.allotment("reserve", media, show.id) == 4
    line = next(r for r in desk.paired.reserves.board(show.id).lines if r.reserve.id == media)
    assert (line.remaining, line.allotment, line.drawable) == (10, 4, 4)

    desk.paired.reserves.draw(show.id, media, 3, WHO)  # offline or not: it holds them
    with pytest.raises(DomainError) as err:
        desk.paired.reserves.draw(show.id, media, 2, WHO)
    assert err.value.code == "reserve_allotment_exhausted"
    assert (err.value.params["remaining"], err.value.params["requested"]) == (1, 2)
    from guichet.ui.messages import message_for

    assert "Médias" in message_for(err.value) and "1" in message_for(err.value)

    # The others draw only what no counter holds: 10 - 3 drawn - 1 held by Caisse 2.
    with pytest.raises(DomainError) as err:
        desk.local.reserves.draw(show.id, media, 7, WHO)
    assert err.value.code == "reserve_exhausted" and err.value.params["remaining"] == 6
    desk.local.reserves.draw(show.id, media, 6, WHO)

    # A supervisor cannot take back what a counter holds, nor release it.
    with pytest.raises(DomainError) as err:
        desk.boss.reserves.set_quantity(show.id, media, 9)
    assert err.value.code == "reserve_below_leased" and err.value.params["minimum"] == 10
    desk.boss.reserves.release(show.id, media)
    line = next(r for r in desk.boss.reserves.board(show.id).lines if r.reserve.id == media)
    assert (line.held, line.drawn) == (10, 9)  # the counter's last place stays its own

    # Cancelling a draw at the paired counter gives the place back to its allotment.
    mine = next(d for d in desk.paired.reserves.drawn(show.id) if d.quantity == 3)
    desk.paired.reserves.cancel_draw(mine.order_line_id, 1, "Absent")
    assert desk.allotment("reserve", media, show.id) == 2
    desk.paired.reserves.draw(show.id, media, 2, WHO)
    with desk.factory() as session:
        assert run_checks(session) == []


def test_places_a_counter_holds_are_not_taken_into_a_reserve(desk: Desk) -> None:
    swim = occurrence_named(desk.local, "Bain libre", 18)  # 60 places
    desk.lease()
    assert desk.paired.occurrence(swim.id).allotment == 4  # four of the sixty are its own
    adult = next(c.category_id for c in desk.local.categories(swim.id) if c.code == "adult")
    guests = desk.boss.reserves.save_reserve("Invités", "with_access", adult)
    with pytest.raises(DomainError) as err:
        desk.boss.reserves.set_quantity(swim.id, guests, 57)
    assert err.value.code == "capacity_exceeded" and err.value.params["remaining"] == 56
    desk.boss.reserves.set_quantity(swim.id, guests, 56)
    with pytest.raises(DomainError) as err:
        desk.boss.reserves.set_held_back(swim.id, 1)
    assert err.value.code == "capacity_exceeded"
    from tests.integration.helpers import sell_cash

    sell_cash(desk.paired, swim.id, adult=4)  # what it holds is still its own to sell


def admin_of(desk: Desk) -> PromotionAdmin:
    return PromotionAdmin(
        desk.factory, desk.boss.terminal_id, lambda: desk.boss.actor, clock=desk.clock
    )


def sell_with_code(counter: Counter, occurrence_id: str, code: str, adults: int) -> None:
    cart = cart_of(counter, occurrence_id, adult=adults)
    counter.apply_code(cart, code)
    payment = counter.payment_session(cart)
    payment.add_card(payment.balance, "A1")
    counter.sell(cart, payment)


def test_a_paired_counter_applies_a_quota_only_within_what_it_holds(desk: Desk) -> None:
    admin = admin_of(desk)
    half = admin.save(
        Promotion(id="", name_fr="Moitié prix", effect=percent_off(50), max_tickets=10)
    )
    admin.add_custom_code(half, "MOITIE", None)
    free = admin.save(Promotion(id="", name_fr="Sans quota", effect=percent_off(10)))
    admin.add_custom_code(free, "DIX", None)
    desk.size("Le Malade imaginaire", 20)  # places enough: the quota is what runs out
    desk.lease()
    assert desk.allotment("promotion", half) == 4  # sized by recent use: a handful
    assert desk.allotment("promotion", free) == 0  # no quota, nothing to hold
    show = occurrence_named(desk.local, "Le Malade imaginaire")

    sell_with_code(desk.paired, show.id, "MOITIE", 3)
    cart = cart_of(desk.paired, show.id, adult=2)
    with pytest.raises(DomainError) as err:
        desk.paired.apply_code(cart, "MOITIE")
    assert err.value.code == "promo_allotment_exhausted"
    assert (err.value.params["remaining"], err.value.params["requested"]) == (1, 2)
    # Its other open carts count against what it holds.
    one = cart_of(desk.paired, show.id, adult=1)
    desk.paired.apply_code(one, "MOITIE")
    other = cart_of(Counter(desk.factory, desk.paired.terminal_id, clock=desk.clock), show.id,
                    adult=1)  # fmt: skip
    with pytest.raises(DomainError) as err:
        desk.paired.apply_code(other, "MOITIE")
    assert err.value.code == "promo_allotment_exhausted"
    desk.paired.release_cart(one)
    desk.paired.apply_code(cart_of(desk.paired, show.id, adult=4), "DIX")  # no quota: any

    # The unpaired counter uses what no one holds: 10 - 3 used - 1 held.
    with pytest.raises(DomainError) as err:
        desk.local.apply_code(cart_of(desk.local, show.id, adult=7), "MOITIE")
    assert err.value.code == "promo_quota_reached" and err.value.params["remaining"] == 6
    sell_with_code(desk.local, show.id, "MOITIE", 6)
    sell_with_code(desk.paired, show.id, "MOITIE", 1)
    assert desk.allotment("promotion", half) == 0
    assert desk.lease() >= 0 and desk.allotment("promotion", half) == 0  # nothing left
    with desk.factory() as session:
        assert session.get(PromotionRow, half).tickets_used == 10  # type: ignore[union-attr]
        assert run_checks(session) == []


def test_a_code_used_up_elsewhere_is_refused_at_the_counter_and_a_conflict_on_the_server(
    desk: Desk,
) -> None:
    admin = admin_of(desk)
    once = admin.save(Promotion(id="", name_fr="Invitation", effect=percent_off(50)))
    admin.generate_codes(once, 1, max_uses=1)
    with desk.factory() as session:
        text = session.scalars(select(PromoCode.code).where(PromoCode.promotion_id == once)).one()
    show = occurrence_named(desk.local, "Le Malade imaginaire")
    desk.lease()
    counter = desk.paired
    cart = cart_of(counter, show.id, adult=1)
    counter.apply_code(cart, text)
    lines = counter.charged_lines(cart)
    payment = counter.payment_session(cart)
    payment.add_card(payment.balance, "A1")
    counter.sell(cart, payment)
    with pytest.raises(DomainError) as err:  # the counter itself refuses it now
        counter.apply_code(cart_of(counter, show.id, adult=1), text)
    assert err.value.code == "promo_quota_reached"

    # The same code used offline at another counter, as the server receives that sale.
    envelope = offline_sale(desk, counter, lines, text)
    with pytest.raises(DomainError) as err, desk.factory() as session, session.begin():
        apply_envelope(session, envelope)
    assert err.value.code == "promo_code_used_up"
    assert (err.value.params["text"], err.value.params["used"], err.value.params["permitted"]) == (
        text, 1, 1,
    )  # fmt: skip
    with desk.factory() as session, session.begin():
        result = apply_envelope(session, envelope, tolerate=frozenset({"promo_code_used_up"}))
        noted = session.info["conflicts"]
    assert [e.code for e in noted] == ["promo_code_used_up"]
    with desk.factory() as session:
        order = session.get(Order, result.order_id)
        assert order is not None and order.promo_code_id is not None
        assert session.get(PromoCode, order.promo_code_id).used_orders == 2  # type: ignore[union-attr]
        # The server records the conflict row itself (ServerCore, tested with a real server).
        assert session.scalars(select(Conflict)).all() == []


def code_in_cart(
    desk: Desk, admin: PromotionAdmin, promotion_id: str, occurrence_id: str, adults: int
) -> tuple[Counter, str, list[Any]]:
    """One code of ``promotion_id`` (no use limit), typed in a cart at the paired counter
    once it has its leases: the counter, the code and the lines as charged."""
    admin.generate_codes(promotion_id, 1, max_uses=None)
    with desk.factory() as session:
        text = session.scalars(
            select(PromoCode.code).where(PromoCode.promotion_id == promotion_id)
        ).one()
    desk.lease()
    counter = desk.paired
    cart = cart_of(counter, occurrence_id, adult=adults)
    counter.apply_code(cart, text)
    return counter, text, counter.charged_lines(cart)


def offline_sale(desk: Desk, counter: Counter, lines: list[Any], code: str | None) -> Envelope:
    """The sale ``counter`` priced, as the server receives it from a counter that was offline."""
    assert counter.actor is not None
    total = price_lines(lines, counter.tax_rates).total
    return Envelope(
        command_id=str(uuid.uuid4()),
        command_type="order.sell",
        terminal_id=counter.terminal_id,
        sequence=10_000,
        occurred_at=desk.clock(),
        user_id=counter.actor.user_id,
        payload=SellOrder(
            order_id=str(uuid.uuid4()),
            order_code=codes.new_code(),
            shift_id=counter._require_shift_id(),
            lines=tuple(
                SaleLine(
                    str(uuid.uuid4()), line.occurrence_id, line.category_id, line.quantity,
                    line.unit_price, line.regular_unit_price, line.discount,
                )
                for line in lines
            ),  # fmt: skip
            payments=(SalePayment(str(uuid.uuid4()), "card", total, total, 0, "B2"),),
            expected_total=total,
            promo_code=code,
        ).to_payload(),
    )


def test_a_promotion_disabled_while_a_counter_sold_offline_is_a_conflict_not_a_lost_sale(
    desk: Desk,
) -> None:
    show = occurrence_named(desk.local, "Le Malade imaginaire")
    admin = admin_of(desk)
    promotion_id = admin.save(Promotion(id="", name_fr="Amis", effect=percent_off(10)))
    counter, text, lines = code_in_cart(desk, admin, promotion_id, show.id, adults=1)
    envelope = offline_sale(desk, counter, lines, text)
    admin.set_enabled(promotion_id, False)  # the back office, meanwhile
    with pytest.raises(DomainError) as err, desk.factory() as session, session.begin():
        apply_envelope(session, envelope)
    assert err.value.code == "promo_disabled"  # a counter would refuse it in words
    with desk.factory() as session, session.begin():
        result = apply_envelope(session, envelope, tolerate=frozenset({"price_mismatch"}))
        noted = session.info["conflicts"]
    assert [(e.code, e.params["promotion_refusal"]) for e in noted] == [
        ("price_mismatch", "promo_disabled")
    ]
    with desk.factory() as session:
        order = session.get(Order, result.order_id)
        assert order is not None and order.total == price_lines(lines, counter.tax_rates).total
        assert order.promotion_id is None  # no use of the disabled promotion counted


def test_a_quota_per_event_given_out_elsewhere_is_a_conflict_on_the_server(desk: Desk) -> None:
    """Quotas per event, zone or category are not escrowed: the counter prices with what it
    knows; the server, finding the quota given out meanwhile, applies the sale as the counter
    made it and notes a conflict (without the tolerance, a clear refusal, not a mismatch)."""
    from guichet.domain.promotions import Targeting, TargetKind, TargetLimit

    show = occurrence_named(desk.local, "Le Malade imaginaire")
    admin = admin_of(desk)
    promotion_id = admin.save(
        Promotion(
            id="",
            name_fr="Deux pour le Malade",
            effect=percent_off(20),
            targeting=Targeting(limits=(TargetLimit(TargetKind.EVENT, show.event_id, quota=2),)),
        )
    )
    counter, text, lines = code_in_cart(desk, admin, promotion_id, show.id, adults=2)
    assert all(line.discount or line.regular_unit_price for line in lines)  # discounted
    total = price_lines(lines, counter.tax_rates).total

    # Meanwhile another counter gave out the two tickets of the quota (as pulled here).
    with desk.factory() as session, session.begin():
        row = session.get(PromotionRow, promotion_id)
        assert row is not None
        row.target_usage = {f"event:{show.event_id}": 2}
        row.tickets_used = 2

    envelope = offline_sale(desk, counter, lines, text)
    with pytest.raises(DomainError) as err, desk.factory() as session, session.begin():
        apply_envelope(session, envelope)
    assert err.value.code == "promo_target_quota_exceeded", err.value.params
    with desk.factory() as session, session.begin():
        result = apply_envelope(
            session, envelope, tolerate=frozenset({"promo_target_quota_exceeded"})
        )
        noted = session.info["conflicts"]
    assert [e.code for e in noted] == ["promo_target_quota_exceeded"]
    with desk.factory() as session:
        order = session.get(Order, result.order_id)
        assert order is not None and order.promotion_id == promotion_id
        assert order.total == total  # the sale as the counter made it
        row = session.get(PromotionRow, promotion_id)
        assert row is not None and row.target_usage[f"event:{show.event_id}"] == 4


def test_an_alacarte_sale_made_before_the_window_moved_is_a_conflict_on_the_server(
    desk: Desk,
) -> None:
    """A counter offline sold an à-la-carte place while registration was open; the back
    office then closed registration earlier. The counter refuses such a sale from then on;
    the server keeps the one made in time, with a conflict."""
    import dataclasses

    from guichet.domain.cart import Cart
    from tests.integration.test_cards_service import occurrence_at

    climb = occurrence_at(
        desk.local, "Escalade — initiation", 10, desk.local.today() + timedelta(days=1)
    )
    cart = Cart()
    desk.local.add_alacarte_to_cart(cart, climb.id, 1)  # open: it closes 1 h before 10 h
    (line,) = cart.lines
    total = price_lines(list(cart.lines), desk.local.tax_rates).total
    assert desk.local.actor is not None
    envelope = Envelope(
        command_id=str(uuid.uuid4()),
        command_type="order.sell",
        terminal_id=desk.local.terminal_id,
        sequence=10_000,
        occurred_at=desk.clock(),
        user_id=desk.local.actor.user_id,
        payload=SellOrder(
            order_id=str(uuid.uuid4()),
            order_code=codes.new_code(),
            shift_id=desk.local._require_shift_id(),
            lines=(
                SaleLine(str(uuid.uuid4()), climb.id, "", 1, line.unit_price, kind="alacarte"),
            ),
            payments=(SalePayment(str(uuid.uuid4()), "card", total, total, 0, "B3"),),
            expected_total=total,
        ).to_payload(),
    )
    settings = desk.boss.cards.alacarte(climb.id).settings
    # Meanwhile: registration now closes 23 h before the start, an hour before the sale.
    desk.boss.cards.set_alacarte(climb.id, dataclasses.replace(settings, closes_minutes=23 * 60))
    with pytest.raises(DomainError) as err, desk.factory() as session, session.begin():
        apply_envelope(session, envelope)
    assert err.value.code == "registration_closed"  # what a counter says from now on
    with desk.factory() as session, session.begin():
        result = apply_envelope(session, envelope, tolerate=TOLERATED)
        noted = session.info["conflicts"]
    assert [e.code for e in noted] == ["registration_closed"]
    with desk.factory() as session:
        order = session.get(Order, result.order_id)
        assert order is not None and order.total == total
        assert session.get(Occurrence, climb.id).alacarte_taken == climb.alacarte_taken + 1
