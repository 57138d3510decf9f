"""Escrowed reserve quantities and promotion quotas with a real server process on 127.0.0.1
(SQLite and PostgreSQL) and real paired counters (issue 6, part 5): offline, each counter
uses only what it holds; back online nothing is rejected and no count is exceeded. A
single-use promo code used offline at two counters becomes a conflict a supervisor settles."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select

from guichet.domain.errors import DomainError
from guichet.domain.promotions import Promotion, Targeting, percent_off
from guichet.models.db import make_engine
from guichet.models.tables import AppliedCommand, Conflict, PromoCode, ReserveQuantityRow
from guichet.models.tables import Promotion as PromotionRow
from guichet.services.bus import Actor
from guichet.services.counter import Counter
from guichet.services.promotions import PromotionAdmin
from guichet.sync.keyrings import MemoryKeyring
from tests.conftest import user_id
from tests.integration import test_sync_server as _server_tests
from tests.integration.helpers import cart_of
from tests.integration.test_sync_server import (
    ServerProcess,
    guichet,
    occurrence_named,
    paired_counter,
)

# The server tests' fixtures, registered in this module under the same names.
memory_keyring = _server_tests.memory_keyring
server = _server_tests.server
pg_server = _server_tests.pg_server

WHO = {"name": "Invité", "email": "", "phone": "", "note": ""}


@pytest.fixture(params=["sqlite", "postgresql"])
def any_server(request: pytest.FixtureRequest) -> ServerProcess:
    """The same server process over SQLite, then over a real PostgreSQL database."""
    process: ServerProcess = request.getfixturevalue(
        "server" if request.param == "sqlite" else "pg_server"
    )
    return process


def supervisor_at(counter: Counter) -> Counter:
    """Luc (supervisor) at a second window of the same counter: the back office."""
    boss = Counter(counter.session_factory, counter.terminal_id, clock=counter.clock)
    luc = user_id(boss, "Luc")
    boss.actor = Actor(luc, "Luc Bouchard", boss.authorize_supervisor(luc, "2222").role)
    return boss


def promotions_of(boss: Counter) -> PromotionAdmin:
    # The counter's own bus: it signs the supervisor's commands with the server's grant.
    return PromotionAdmin(
        boss.session_factory, boss.terminal_id, lambda: boss.actor, clock=boss.clock, bus=boss.bus
    )


def sell_with_code(counter: Counter, occurrence_id: str, code: str | None, adults: int = 1):  # type: ignore[no-untyped-def]
    cart = cart_of(counter, occurrence_id, adult=adults)
    if code:
        counter.apply_code(cart, code)
    priced = counter.price(cart)
    payment = counter.payment_session(cart)
    payment.add_card(payment.balance, "1234")
    counter.sell(cart, payment)
    return priced


def on_server(process: ServerProcess, read: Callable[..., object]) -> object:
    engine = make_engine(process.db_url)
    try:
        with engine.connect() as conn:
            return read(conn)
    finally:
        engine.dispose()


def rejected_on(process: ServerProcess) -> int:
    return int(
        on_server(  # type: ignore[arg-type]
            process,
            lambda conn: conn.execute(
                select(func.count())
                .select_from(AppliedCommand)
                .where(AppliedCommand.status == "rejected")
            ).scalar_one(),
        )
    )


def until_refused(act: Callable[[], object]) -> tuple[int, DomainError]:
    """Repeat ``act`` until it is refused: how many times it succeeded, and the refusal."""
    done = 0
    while True:
        try:
            act()
        except DomainError as error:
            return done, error
        done += 1
        assert done < 50, "never refused"


def test_offline_counters_never_overdraw_a_reserve_nor_a_promotion_quota(
    any_server: ServerProcess, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    """Three counters share a reserve of 7 places and a promotion limited to 10 tickets. With
    the server down each draws and applies the promotion as long as it holds some, and is
    refused in words past it; back online nothing is rejected, exactly 7 are drawn and 10
    tickets sold at the promotion's price."""
    url = any_server.db_url
    guichet("server", "--db", url, "admin", "allotment", "--event", "Bain libre",
            "--size", "3")  # fmt: skip
    guichet("server", "--db", url, "admin", "allotment", "--event", "Patin libre",
            "--size", "20")  # fmt: skip
    counters = [paired_counter(any_server, tmp_path, f"Caisse {n}") for n in "ABC"]
    first, first_sync = counters[0]
    swim = occurrence_named(first, "Bain libre", 18)
    skate = occurrence_named(first, "Patin libre", 15)
    boss = supervisor_at(first)
    adult = next(c.category_id for c in first.categories(swim.id) if c.code == "adult")
    guests = boss.reserves.save_reserve("Invités", "with_access", adult)
    boss.reserves.set_quantity(swim.id, guests, 7)
    admin = promotions_of(boss)
    half = admin.save(
        Promotion(id="", name_fr="Patin à moitié prix", effect=percent_off(50), max_tickets=10)
    )
    admin.add_custom_code(half, "DEMI", None)
    for _, engine in counters:  # A sends them; each counter is leased its shares
        status = engine.sync()
        assert status.error == "" and status.waiting == 0
    held = [
        next(r for r in c.reserves.board(swim.id).lines if r.reserve.id == guests).drawable
        for c, _ in counters
    ]
    assert held == [3, 3, 1]  # the last gets what no one holds: 7 - 3 - 3

    any_server.stop()  # every counter offline
    draws, sales = [], []
    for counter, _ in counters:
        n, refusal = until_refused(lambda c=counter: c.reserves.draw(swim.id, guests, 1, WHO))  # type: ignore[misc]
        assert refusal.code == "reserve_allotment_exhausted", refusal
        draws.append(n)
        n, refusal = until_refused(lambda c=counter: sell_with_code(c, skate.id, "DEMI"))  # type: ignore[misc]
        assert refusal.code == "promo_allotment_exhausted", refusal
        sales.append(n)
    assert draws == [3, 3, 1] and sales == [4, 4, 2]
    # Still offline, the counter sells at regular prices what its share no longer covers.
    regular = sell_with_code(counters[2][0], skate.id, None)
    assert regular.lines[0].line.regular_unit_price is None

    any_server.start()
    for _, engine in counters:
        status = engine.sync()
        assert (status.error, status.waiting, status.rejected, status.conflicts) == ("", 0, 0, 0)
    assert rejected_on(any_server) == 0
    held_drawn = on_server(
        any_server,
        lambda conn: conn.execute(
            select(ReserveQuantityRow.held, ReserveQuantityRow.drawn).where(
                ReserveQuantityRow.occurrence_id == swim.id,
                ReserveQuantityRow.reserve_id == guests,
            )
        ).one(),
    )
    assert tuple(held_drawn) == (7, 7)  # type: ignore[arg-type]
    used = on_server(
        any_server,
        lambda conn: conn.execute(
            select(PromotionRow.tickets_used, PromotionRow.max_tickets).where(
                PromotionRow.id == half
            )
        ).one(),
    )
    assert tuple(used) == (10, 10)  # type: ignore[arg-type]
    for counter, engine in counters:
        engine.sync()
        line = next(r for r in counter.reserves.board(swim.id).lines if r.reserve.id == guests)
        assert (line.held, line.drawn, line.drawable) == (7, 7, 0)


def test_a_lease_the_counter_has_not_pulled_yet_never_rejects_its_regular_sales(
    server: ServerProcess, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    """An automatic promotion limited to 6 tickets: the counter's share is used up, so it sells
    at regular prices; the server has meanwhile leased it more (the lease reaches the server
    before the counter pulls it), and still accepts those sales as they were made."""
    guichet("server", "--db", server.db_url, "admin", "allotment", "--event", "Patin libre",
            "--size", "20")  # fmt: skip
    counter, engine = paired_counter(server, tmp_path, "Caisse A")
    skate = occurrence_named(counter, "Patin libre", 15)
    admin = promotions_of(supervisor_at(counter))
    morning = admin.save(
        Promotion(
            id="",
            name_fr="Patin du matin",
            effect=percent_off(50),
            automatic=True,
            max_tickets=6,
            targeting=Targeting(event_ids=frozenset({skate.event_id})),
        )
    )
    assert engine.sync().error == ""
    for _ in range(4):  # its share: a handful
        assert sell_with_code(counter, skate.id, None).lines[0].line.unit_price == 425
    engine.push()
    engine.lease()  # the server leases it 2 more; the counter does not know yet
    priced = sell_with_code(counter, skate.id, None)
    assert priced.lines[0].line.unit_price == 850  # its share is used up: regular price
    status = engine.sync()
    assert (status.error, status.waiting, status.rejected) == ("", 0, 0)
    assert sell_with_code(counter, skate.id, None).lines[0].line.unit_price == 425  # pulled
    assert engine.sync().rejected == 0
    used = on_server(
        server,
        lambda conn: conn.execute(
            select(PromotionRow.tickets_used).where(PromotionRow.id == morning)
        ).scalar_one(),
    )
    assert used == 5


def test_a_single_use_code_used_offline_at_two_counters_becomes_a_conflict(
    any_server: ServerProcess, tmp_path: Path, memory_keyring: MemoryKeyring, qapp: object
) -> None:
    one, sync_one = paired_counter(any_server, tmp_path, "Caisse A")
    two, sync_two = paired_counter(any_server, tmp_path, "Caisse B")
    skate = occurrence_named(one, "Patin libre", 15)
    admin = promotions_of(supervisor_at(one))
    invitation = admin.save(Promotion(id="", name_fr="Invitation", effect=percent_off(50)))
    assert admin.generate_codes(invitation, 1, max_uses=1) == 1
    with one.session_factory() as session:
        text = session.scalars(
            select(PromoCode.code).where(PromoCode.promotion_id == invitation)
        ).one()
    assert sync_one.sync().error == "" and sync_two.sync().error == ""

    any_server.stop()  # both offline: each sees the code unused
    sell_with_code(one, skate.id, text)
    sell_with_code(two, skate.id, text)
    any_server.start()
    status = sync_one.sync()
    assert (status.error, status.rejected, status.conflicts) == ("", 0, 0)
    status = sync_two.sync()
    assert (status.error, status.waiting, status.rejected) == ("", 0, 0)
    assert status.conflicts == 1  # applied on the server, and supervisors are told

    conflict = two.conflicts.conflicts()[0]
    assert conflict.reason == "promo_code_used_up"
    assert conflict.details == {"text": text, "used": 1, "permitted": 1}
    assert conflict.command_type == "order.sell" and conflict.terminal_name == "Caisse B"
    assert conflict.order_code and conflict.resolutions == ("accept", "refund")
    from guichet.ui.app import install_language
    from guichet.ui.messages import message_for_code

    # The plural forms are the French catalogue's (tests in another order left it installed).
    install_language(qapp, "fr")  # type: ignore[arg-type]
    assert message_for_code(conflict.reason, conflict.details) == (
        f"Le code {text} a déjà servi 1 fois sur 1 permise."
    )
    boss = supervisor_at(two)
    boss.conflicts.resolve(conflict.id, "accept", "Client de bonne foi")
    assert sync_two.sync().error == ""
    sync_one.sync()
    assert one.conflicts.conflicts() == []
    settled = one.conflicts.conflicts(open_only=False)[0]
    assert (settled.resolution, settled.resolved_by, settled.note) == (
        "accept", "Luc Bouchard", "Client de bonne foi",
    )  # fmt: skip
    uses = on_server(
        any_server,
        lambda conn: conn.execute(
            select(PromoCode.used_orders).where(PromoCode.code == text)
        ).scalar_one(),
    )
    assert uses == 2  # both sales stand
    statuses = on_server(
        any_server,
        lambda conn: sorted(
            conn.execute(
                select(AppliedCommand.status).where(AppliedCommand.command_type == "order.sell")
            ).scalars()
        ),
    )
    assert statuses == ["accepted", "conflict"]
    assert (
        on_server(
            any_server,
            lambda conn: conn.execute(select(Conflict.status)).scalar_one(),
        )
        == "resolved"
    )
