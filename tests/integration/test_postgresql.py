"""The same migrations, handlers and checks on a real PostgreSQL (the central server's
database, issue 6). Each test session creates its own database and drops it."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session, sessionmaker

from guichet.domain.errors import DomainError
from guichet.domain.promotions import Promotion, percent_off
from guichet.models.db import current_revision, head_revision, make_engine, upgrade
from guichet.services.check import run_checks
from guichet.services.counter import Counter
from guichet.services.demo import load_demo
from guichet.services.promotions import PromotionAdmin
from tests.conftest import DEMO_DAY, Clock
from tests.integration.helpers import cart_of, occurrence_named, sell_cash

SERVER = "postgresql+psycopg://postgres@127.0.0.1:5432"


@pytest.fixture(scope="module")
def pg_factory() -> Iterator[sessionmaker[Session]]:
    name = f"guichet_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(f"{SERVER}/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    engine = make_engine(f"{SERVER}/{name}")
    try:
        upgrade(engine)
        assert current_revision(engine) == head_revision()
        factory = sessionmaker(engine, expire_on_commit=False)
        load_demo(factory, today=DEMO_DAY, promotions=True)
        yield factory
    finally:
        engine.dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def counter_on(factory: sessionmaker[Session]) -> Counter:
    from guichet.services.setup import local_setup

    setup = local_setup(factory)
    assert setup is not None
    counter = Counter(
        factory, setup.terminal_id, clock=Clock(datetime(2026, 12, 5, 17, tzinfo=UTC))
    )
    cashier = next(u for u in counter.users() if u.role == "cashier")
    counter.login(cashier.id, "1111")
    if counter.current_shift() is None:
        counter.open_shift(20000)
    return counter


def test_sale_refund_promotion_and_check_on_postgresql(pg_factory: sessionmaker[Session]) -> None:
    counter = counter_on(pg_factory)
    show = occurrence_named(counter, "Le Malade imaginaire")
    sale = sell_cash(counter, show.id, tendered=20000, adult=2, child=1)
    assert sale.total == 11957
    supervisor = counter.authorize_supervisor(
        next(u.id for u in counter.users() if u.role == "supervisor"), "2222"
    )
    line = counter.order(sale.order_id).lines[0]
    refund = counter.refund(sale.order_id, {line.id: 1}, supervisor)
    assert refund.total > 0
    # The demo's DECOUVERTE code: 20 % on the theatre, checked again by the handler.
    cart = cart_of(counter, show.id, adult=2)
    priced = counter.apply_code(cart, "decouverte")
    assert priced.lines[0].line.unit_price == 3360
    payment = counter.payment_session(cart)
    payment.add_cash(payment.cash_due)
    counter.sell(cart, payment)
    admin = PromotionAdmin(pg_factory, counter.terminal_id, lambda: supervisor)
    pid = admin.save(Promotion(id="", name_fr="Lot", effect=percent_off(5)))
    assert admin.generate_codes(pid, 1200) == 1200  # the driver-level bulk insert, on psycopg
    assert admin.code_stats(pid).count == 1200
    with pg_factory() as session:
        assert run_checks(session) == []


def test_concurrent_counters_never_oversell_on_postgresql(
    pg_factory: sessionmaker[Session],
) -> None:
    """Six windows of one counter race for the 12 places of the climbing class. The terminal's
    sequence row and the occurrence are locked (SELECT ... FOR UPDATE) in each sale's
    transaction: exactly the places left are sold, every other attempt is refused."""
    counters = [counter_on(pg_factory) for _ in range(6)]
    climb = occurrence_named(  # tomorrow's: today's 10 h class has ended by the tests' noon
        counters[0], "Escalade — initiation", day=counters[0].today() + timedelta(days=1)
    )
    sold_before = counters[0].occurrence(climb.id).sold
    results: list[str] = []
    lock = threading.Lock()
    start = threading.Barrier(len(counters))

    def sell(counter: Counter) -> None:
        start.wait()
        for _ in range(3):
            try:
                sell_cash(counter, climb.id, adult=1)
                outcome = "sold"
            except DomainError as error:
                outcome = error.code
            with lock:
                results.append(outcome)

    threads = [threading.Thread(target=sell, args=(c,)) for c in counters]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    left = 12 - sold_before
    assert results.count("sold") == left
    assert set(results) <= {"sold", "capacity_exceeded"}
    assert counters[0].occurrence(climb.id).sold == 12
    with pg_factory() as session:
        assert run_checks(session) == []


def test_concurrent_draws_never_exceed_the_reserve_on_postgresql(
    pg_factory: sessionmaker[Session],
) -> None:
    counters = [counter_on(pg_factory) for _ in range(4)]
    boss = counter_on(pg_factory)
    boss.actor = boss.authorize_supervisor(
        next(u.id for u in boss.users() if u.role == "supervisor"), "2222"
    )
    show = occurrence_named(boss, "Les Belles-sœurs")
    adult = next(c.category_id for c in boss.categories(show.id) if c.code == "adult")
    reserve = boss.reserves.save_reserve("Invités", "with_access", adult)
    boss.reserves.set_quantity(show.id, reserve, 5)
    results: list[str] = []
    lock = threading.Lock()
    start = threading.Barrier(len(counters))

    def draw(counter: Counter) -> None:
        start.wait()
        for _ in range(3):
            try:
                counter.reserves.draw(show.id, reserve, 1, {"name": "Invité"})
                outcome = "drawn"
            except DomainError as error:
                outcome = error.code
            with lock:
                results.append(outcome)

    threads = [threading.Thread(target=draw, args=(c,)) for c in counters]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert results.count("drawn") == 5
    assert set(results) <= {"drawn", "reserve_exhausted"}
    line = next(r for r in boss.reserves.board(show.id).lines if r.reserve.id == reserve)
    assert (line.held, line.drawn) == (5, 5)
    with pg_factory() as session:
        assert run_checks(session) == []


def test_concurrent_bookings_never_over_redeem_a_card_on_postgresql(
    pg_factory: sessionmaker[Session],
) -> None:
    """Six scanning windows race to book with one 10-use gift package: the card row is locked
    (SELECT ... FOR UPDATE) before the occurrence in each booking's transaction, so exactly
    ten bookings are taken and the card never goes past its uses."""
    from guichet.domain.cards import Verdict
    from guichet.domain.cart import Cart

    counters = [counter_on(pg_factory) for _ in range(6)]
    seller = counters[0]
    cart = Cart()
    line = seller.add_card_to_cart(cart, seller.cards.find_card_type("Carte 10 bains").id)
    payment = seller.payment_session(cart)
    payment.add_cash(payment.cash_due)
    seller.sell(cart, payment)
    card_id = seller.cards.lookup(line.card_code or "").card_id or ""
    swim = occurrence_named(seller, "Bain libre", 18)
    results: list[str] = []
    lock = threading.Lock()
    start = threading.Barrier(len(counters))

    def book(counter: Counter, n: int) -> None:
        start.wait()
        for k in range(3):
            try:
                counter.cards.book(card_id, swim.id, [(None, f"Nageur {n}-{k}")])
                outcome = "booked"
            except DomainError as error:
                outcome = error.code
            with lock:
                results.append(outcome)

    threads = [threading.Thread(target=book, args=(c, i)) for i, c in enumerate(counters)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert results.count("booked") == 10
    assert set(results) <= {"booked", "card_used_up", "not_enough_uses"}
    assert seller.cards.lookup(line.card_code or "").verdict is Verdict.USED_UP
    assert seller.occurrence(swim.id).alacarte_taken == 10
    with pg_factory() as session:
        assert run_checks(session) == []
