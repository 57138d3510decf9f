"""A counter's push is one transaction on the server: each command in its own savepoint, the
places paired counters sell added to their occurrences just before the commit (issue 6,
parts 3 and 13). On a real SQLite file and a real PostgreSQL database."""

from __future__ import annotations

import re
import threading
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.orm import Session, sessionmaker

from guichet.domain.bearer import digest
from guichet.domain.cart import CartLine, price_lines
from guichet.domain.commands import Envelope, OpenShift, SaleLine, SalePayment, SellOrder
from guichet.domain.taxes import TaxRate
from guichet.models.db import make_engine, upgrade
from guichet.models.tables import (
    Allotment,
    ChangeLogEntry,
    Event,
    Occurrence,
    Price,
    Tax,
    TicketCategory,
    User,
)
from guichet.server.core import ServerCore
from guichet.services.context import memo
from guichet.services.demo import load_demo
from tests.integration.people_helpers import grant_for, proven

ROOT = "postgresql+psycopg://postgres@127.0.0.1:5432"


def _with_demo(url: str) -> None:
    engine = make_engine(url)
    try:
        upgrade(engine)
        factory = sessionmaker(engine, expire_on_commit=False)
        load_demo(factory, today=datetime.now(UTC).date(), days=3, promotions=False)
    finally:
        engine.dispose()


@pytest.fixture(scope="module")
def batch_templates(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """The migrated database with three days of the demo, made once per module on SQLite
    and on PostgreSQL: each test starts from a copy (migrating and loading it took seconds a
    test)."""
    path = tmp_path_factory.mktemp("batches") / "server.sqlite3"
    _with_demo(f"sqlite:///{path}")
    name = f"guichet_batch_template_{uuid.uuid4().hex[:10]}"
    admin = create_engine(f"{ROOT}/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        _with_demo(f"{ROOT}/{name}")
        yield {"sqlite": str(path), "postgresql": name}
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def server_factory(
    request: pytest.FixtureRequest, tmp_path: Any, batch_templates: dict[str, str]
) -> Iterator[Any]:
    if request.param == "sqlite":
        import sqlite3

        path = tmp_path / "server.sqlite3"
        source, copy = sqlite3.connect(batch_templates["sqlite"]), sqlite3.connect(path)
        with copy:
            source.backup(copy)
        source.close()
        copy.close()
        url = f"sqlite:///{path}"
        admin = None
    else:
        name = f"guichet_batch_{uuid.uuid4().hex[:10]}"
        admin = create_engine(f"{ROOT}/postgres", isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            template = batch_templates["postgresql"]
            conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
        url = f"{ROOT}/{name}"
    engine = make_engine(url)
    try:
        factory = sessionmaker(engine, expire_on_commit=False)
        yield factory
    finally:
        engine.dispose()
        if admin is not None:
            with admin.connect() as conn:
                name = url.rsplit("/", 1)[1]
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin.dispose()


class Till:
    """A paired counter's commands, numbered as the counter numbers them."""

    def __init__(self, factory: sessionmaker[Session], core: ServerCore, name: str) -> None:
        self.factory = factory
        paired = core.pair(core.create_pairing_code(), name)
        self.terminal_id = paired.terminal_id
        core.lease(self.terminal_id, str(uuid.uuid4()), [], horizon=timedelta(days=5))
        self.sequence = 0
        self.shift_id = str(uuid.uuid4())
        with factory() as session:
            self.cashier = session.scalars(select(User).where(User.role == "cashier")).first()
            self.adult = session.scalars(
                select(TicketCategory).where(TicketCategory.code == "adult")
            ).one()
            self.rates = [
                TaxRate(t.code, t.name_fr, Decimal(t.rate), t.included)
                for t in session.scalars(select(Tax).order_by(Tax.position))
            ]

    def envelope(self, command: Any) -> Envelope:
        self.sequence += 1
        return Envelope(
            str(uuid.uuid4()),
            command.type_name,
            self.terminal_id,
            self.sequence,
            datetime.now(UTC),
            self.cashier.id,
            command.to_payload(),
        )

    def open_shift(self) -> Envelope:
        return self.envelope(OpenShift(self.shift_id, 10000))

    def sale(self, occurrence_id: str, *, wrong_total: bool = False) -> Envelope:
        with self.factory() as session:
            price = session.scalar(
                select(Price.amount)
                .join(Event, Event.price_list_id == Price.price_list_id)
                .join(Occurrence, Occurrence.event_id == Event.id)
                .where(Occurrence.id == occurrence_id, Price.category_id == self.adult.id)
            )
        assert price is not None
        total = price_lines([CartLine(occurrence_id, self.adult.id, 1, price)], self.rates).total
        return self.envelope(
            SellOrder(
                order_id=str(uuid.uuid4()),
                order_code=uuid.uuid4().hex[:15].upper(),
                shift_id=self.shift_id,
                lines=(SaleLine(str(uuid.uuid4()), occurrence_id, self.adult.id, 1, price),),
                payments=(SalePayment(str(uuid.uuid4()), "card", total, total, 0, "T"),),
                expected_total=total + 1 if wrong_total else total,
            )
        )


def _show(factory: sessionmaker[Session]) -> str:
    with factory() as session:
        return session.scalars(
            select(Occurrence.id)
            .join(Event, Event.id == Occurrence.event_id)
            .where(Event.name == "Le Malade imaginaire", Occurrence.starts_at > datetime.now(UTC))
            .order_by(Occurrence.starts_at)
        ).first()  # type: ignore[return-value]


def _sold(factory: sessionmaker[Session], occurrence_id: str) -> int:
    with factory() as session:
        return session.get(Occurrence, occurrence_id).sold  # type: ignore[union-attr]


def _one_counter(
    factory: sessionmaker[Session], places: int | None = None
) -> tuple[ServerCore, Till, str, int]:
    """The server, one paired counter (holding ``places`` of each theatre show when given),
    the next theatre show and how many of its places are sold so far."""
    core = ServerCore(factory)
    if places is not None:
        core.set_allotment_size("Le Malade imaginaire", places)
    till = Till(factory, core, "Caisse 1")
    show = _show(factory)
    return core, till, show, _sold(factory, show)


def test_a_refused_sale_in_the_middle_of_a_batch_sells_no_place(
    server_factory: sessionmaker[Session],
) -> None:
    core, till, show, before = _one_counter(server_factory)
    batch = [
        till.open_shift(),
        till.sale(show),
        till.sale(show, wrong_total=True),  # refused after its places were counted
        till.sale(show),
    ]
    answers = core.push(till.terminal_id, batch)
    assert [(a.status, a.reason) for a in answers] == [
        ("accepted", ""),
        ("accepted", ""),
        ("rejected", "total_mismatch"),
        ("accepted", ""),
    ]
    assert _sold(server_factory, show) == before + 2
    with server_factory() as session:
        allotment = session.scalars(
            select(Allotment).where(
                Allotment.terminal_id == till.terminal_id, Allotment.occurrence_id == show
            )
        ).one()
        assert allotment.used == 2
        # The counters pulling the log see the occurrence as it stands after the batch.
        logged = session.scalars(
            select(ChangeLogEntry)
            .where(ChangeLogEntry.entity == "occurrence", ChangeLogEntry.entity_id == show)
            .order_by(ChangeLogEntry.id.desc())
        ).first()
        assert logged is not None and logged.data is not None
        assert logged.data["sold"] == before + 2
    # The same batch pushed again (its answer was lost): the first answers, nothing twice.
    again = core.push(till.terminal_id, batch)
    assert [a.status for a in again] == [a.status for a in answers]
    assert _sold(server_factory, show) == before + 2


def test_counters_pushing_at_once_sell_every_place_once(
    server_factory: sessionmaker[Session],
) -> None:
    core = ServerCore(server_factory)
    tills = [Till(server_factory, core, f"Caisse {n}") for n in range(4)]
    show = _show(server_factory)
    before = _sold(server_factory, show)
    batches = [[till.open_shift()] + [till.sale(show) for _ in range(3)] for till in tills]
    answers: list[str] = []
    lock = threading.Lock()

    def push(till: Till, batch: list[Envelope]) -> None:
        got = core.push(till.terminal_id, batch)
        with lock:
            answers.extend(a.status for a in got)

    threads = [
        threading.Thread(target=push, args=pair)
        for pair in zip(tills, batches, strict=True)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert answers.count("accepted") == 16
    assert _sold(server_factory, show) == before + 12


def test_a_memo_is_forgotten_when_the_session_writes_what_it_holds(
    server_factory: sessionmaker[Session],
) -> None:
    with server_factory() as session, session.begin():
        first = memo(session, ("taxes",), lambda: [t.rate for t in session.scalars(select(Tax))])
        tax = session.scalars(select(Tax)).first()
        assert tax is not None
        tax.rate = Decimal("0.5")
        session.flush()
        again = memo(session, ("taxes",), lambda: [t.rate for t in session.scalars(select(Tax))])
        assert Decimal("0.5") in again and Decimal("0.5") not in first


def test_a_sale_at_a_tariff_changed_meanwhile_is_kept_with_a_conflict(
    server_factory: sessionmaker[Session],
) -> None:
    """The back office raised a price while a counter sold offline at the old one: the money
    was taken, the sale is kept as it was made, and supervisors see a conflict."""
    from guichet.models.tables import Conflict, Order

    core, till, show, _ = _one_counter(server_factory)
    batch = [till.open_shift(), till.sale(show)]
    with server_factory() as session, session.begin():
        price = session.scalars(
            select(Price)
            .join(Event, Event.price_list_id == Price.price_list_id)
            .join(Occurrence, Occurrence.event_id == Event.id)
            .where(Occurrence.id == show, Price.category_id == till.adult.id)
        ).one()
        price.amount += 500
    answers = core.push(till.terminal_id, batch)
    assert [(a.status, a.reason) for a in answers] == [
        ("accepted", ""),
        ("conflict", "price_mismatch"),
    ]
    with server_factory() as session:
        order = session.get(Order, batch[1].payload["order_id"])
        assert order is not None and order.total == batch[1].payload["expected_total"]
        conflict = session.scalars(select(Conflict)).one()
        assert conflict.reason == "price_mismatch" and conflict.order_id == order.id


def _allotment(factory: sessionmaker[Session], till: Till, show: str) -> Allotment:
    with factory() as session:
        return session.scalars(
            select(Allotment).where(
                Allotment.terminal_id == till.terminal_id,
                Allotment.occurrence_id == show,
                Allotment.kind == "places",
            )
        ).one()


def test_a_batch_of_plain_sales_is_written_together_with_the_counters_ids(
    server_factory: sessionmaker[Session],
) -> None:
    """Tickets without seats, codes or promotions: applied without a savepoint each, their
    rows written in a few multi-row statements for the whole batch; every row has the id the
    counter gave it (drawn from the command's uuid), every place is counted once."""
    from sqlalchemy import event

    from guichet.models.tables import Order, Receipt

    core, till, show, before = _one_counter(server_factory, 6)
    core.push(till.terminal_id, [till.open_shift()])
    batch = [till.sale(show) for _ in range(5)]
    statements: list[str] = []
    engine = server_factory.kw["bind"]

    def count(*args: Any) -> None:
        statements.append(args[2])

    event.listen(engine, "before_cursor_execute", count)
    try:
        answers = core.push(till.terminal_id, batch)
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert [a.status for a in answers] == ["accepted"] * 5
    # One by one, five sales were about eighty statements (a savepoint and a dozen each).
    assert len(statements) < 8 * len(batch), "\n".join(statements)
    assert not any(s.startswith("SAVEPOINT") for s in statements)
    assert _sold(server_factory, show) == before + 5
    allotment = _allotment(server_factory, till, show)
    assert allotment.used == 5
    # The allotment the five sales used is written once, and logged once, for the batch.
    written = [s for s in statements if re.match(r'UPDATE "?allotment"?', s)]
    assert len(written) == 1, written
    with server_factory() as session:
        logged = session.scalars(
            select(ChangeLogEntry.data).where(
                ChangeLogEntry.entity == "allotment", ChangeLogEntry.entity_id == allotment.id
            )
        ).all()
    assert [data["used"] for data in logged if data] == [0, 5]
    with server_factory() as session:
        for envelope in batch:
            order = session.get(Order, envelope.payload["order_id"])
            assert order is not None and order.total == envelope.payload["expected_total"]
            receipt = session.scalars(select(Receipt).where(Receipt.order_id == order.id)).one()
            # The first id the sale draws, on the counter as here.
            assert receipt.id == str(uuid.uuid5(uuid.UUID(envelope.command_id), "1"))
        numbers = session.scalars(
            select(Receipt.number).where(Receipt.terminal_id == till.terminal_id)
        ).all()
        assert sorted(numbers) == [1, 2, 3, 4, 5]


def test_an_allotment_used_up_in_the_middle_of_a_batch(
    server_factory: sessionmaker[Session],
) -> None:
    """The batch cannot go through at once: it is applied again one command at a time, and the
    sales past what the counter holds are refused in words."""
    core, till, show, before = _one_counter(server_factory, 3)
    assert _allotment(server_factory, till, show).granted == 3
    answers = core.push(till.terminal_id, [till.open_shift()] + [till.sale(show) for _ in range(5)])
    assert [(a.status, a.reason) for a in answers] == [("accepted", "")] * 4 + [
        ("rejected", "allotment_exhausted")
    ] * 2
    assert answers[-1].details == {"remaining": 0, "requested": 1}
    assert _sold(server_factory, show) == before + 3
    assert _allotment(server_factory, till, show).used == 3


def test_a_refund_in_a_batch_of_sales_sees_the_sale_before_it(
    server_factory: sessionmaker[Session],
) -> None:
    """A command that is not a plain sale has the batch's rows written before it runs."""
    from guichet.domain.commands import RefundLine, RefundOrder

    core, till, show, before = _one_counter(server_factory)
    sale = till.sale(show)
    with server_factory() as session:
        supervisor = session.scalars(select(User).where(User.role == "supervisor")).first()
        assert supervisor is not None
    line_id = sale.payload["lines"][0]["line_id"]
    refund = till.envelope(
        RefundOrder(
            refund_id=str(uuid.uuid4()),
            order_id=sale.payload["order_id"],
            shift_id=till.shift_id,
            supervisor_id=supervisor.id,
            lines=(RefundLine(line_id, 1),),
            method="card",
        )
    )
    # Luc's PIN was checked by the server when he approved (docs/SECURITY.md).
    refund = proven(refund, grant_for(server_factory, till.terminal_id, supervisor.id, "2222"))
    # The sale is numbered before the refund: renumber as the counter would have.
    sale_after = till.sale(show)
    batch = [till.open_shift(), sale, refund, sale_after]
    for n, envelope in enumerate(batch, start=1):
        object.__setattr__(envelope, "sequence", n)
    answers = core.push(till.terminal_id, batch)
    assert [(a.status, a.reason) for a in answers] == [("accepted", "")] * 4
    assert _sold(server_factory, show) == before + 1
    assert _allotment(server_factory, till, show).used == 1


@pytest.mark.parametrize("change", ["occurrence_cancelled", "category_not_offered"])
def test_a_sale_made_offline_before_a_rule_changed_is_kept_with_a_conflict(
    server_factory: sessionmaker[Session], change: str
) -> None:
    """The occurrence was cancelled, or its category withdrawn, while a counter sold it
    offline: the money was taken, so the sale is kept, its places counted, and supervisors
    see a conflict they settle by refunding (the counter itself refuses such a sale)."""
    from guichet.models.tables import Conflict, Order

    core, till, show, before = _one_counter(server_factory)
    batch = [till.open_shift(), till.sale(show), till.sale(show)]
    with server_factory() as session, session.begin():
        occurrence = session.get(Occurrence, show)
        assert occurrence is not None
        if change == "occurrence_cancelled":
            occurrence.cancelled = True
        else:
            price = session.scalars(
                select(Price)
                .join(Event, Event.price_list_id == Price.price_list_id)
                .where(Event.id == occurrence.event_id, Price.category_id == till.adult.id)
            ).one()
            session.delete(price)
    answers = core.push(till.terminal_id, batch)
    assert [(a.status, a.reason) for a in answers] == [("accepted", "")] + [
        ("conflict", change)
    ] * 2
    assert _sold(server_factory, show) == before + 2
    with server_factory() as session:
        for envelope in batch[1:]:
            order = session.get(Order, envelope.payload["order_id"])
            assert order is not None and order.total == envelope.payload["expected_total"]
        conflicts = session.scalars(select(Conflict)).all()
        assert sorted(c.reason for c in conflicts) == [change, change]


def test_the_change_log_holds_every_row_of_a_batch_parents_first(
    server_factory: sessionmaker[Session],
) -> None:
    """What counters pull after a batch (written through COPY on PostgreSQL): each order and
    its lines as they were stored, an order before its lines, stamped with the time."""
    core, till, show, _ = _one_counter(server_factory, 6)
    batch = [till.open_shift()] + [till.sale(show) for _ in range(3)]
    began = datetime.now(UTC)
    assert {a.status for a in core.push(till.terminal_id, batch)} == {"accepted"}
    page = core.changes_since(core.organisation_id(), 0, limit=5000)
    assert not page.more
    position = {(c["entity"], c["entity_id"]): n for n, c in enumerate(page.changes)}
    with server_factory() as session:
        stamps = session.scalars(
            select(ChangeLogEntry.at).where(ChangeLogEntry.entity == "sale_order")
        ).all()
    assert len(stamps) == 3
    assert all(began - timedelta(seconds=5) <= at <= datetime.now(UTC) for at in stamps)
    for envelope in batch[1:]:
        order_id = envelope.payload["order_id"]
        line_id = envelope.payload["lines"][0]["line_id"]
        order = page.changes[position[("sale_order", order_id)]]
        assert order["op"] == "upsert"
        assert order["data"]["total"] == envelope.payload["expected_total"]
        # The order's code is a bearer value: a pull carries its digest (issue 21 part 4).
        code = envelope.payload["order_code"]
        assert order["data"]["code"] == digest(core.organisation_id(), code)
        assert position[("sale_order", order_id)] < position[("order_line", line_id)]


def _random_batch(
    rng: Any, till: Till, shows: list[str], supervisor_id: str
) -> list[Envelope]:
    """An open shift then sales (some with a wrong total), refunds of sales before them in the
    batch, and a few more sales than the counter holds places for."""
    from guichet.domain.commands import RefundLine, RefundOrder

    batch = [till.open_shift()]
    sales: list[Envelope] = []
    for _ in range(14):
        roll = rng.random()
        if roll < 0.15 and sales:
            sale = rng.choice(sales)
            batch.append(
                till.envelope(
                    RefundOrder(
                        refund_id=str(uuid.uuid4()),
                        order_id=sale.payload["order_id"],
                        shift_id=till.shift_id,
                        supervisor_id=supervisor_id,
                        lines=(RefundLine(sale.payload["lines"][0]["line_id"], 1),),
                        method="card",
                    )
                )
            )
        else:
            sale = till.sale(rng.choice(shows), wrong_total=roll > 0.9)
            sales.append(sale)
            batch.append(sale)
    return batch


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_batch_at_once_and_one_by_one_give_the_same_answers_and_counts(
    server_factory: sessionmaker[Session], seed: int
) -> None:
    """Two counters holding the same places push batches of the same shape: one is applied at
    once (falling back when a command is refused), the other one savepoint per command. The
    answers, the places each used and the orders kept are the same."""
    import random

    from guichet.models.tables import Order, Refund

    core = ServerCore(server_factory)
    core.set_allotment_size("Le Malade imaginaire", 4)
    with server_factory() as session:
        shows = list(
            session.scalars(
                select(Occurrence.id)
                .join(Event, Event.id == Occurrence.event_id)
                .where(Event.name == "Le Malade imaginaire")
                .where(Occurrence.starts_at > datetime.now(UTC))
                .order_by(Occurrence.starts_at)
                .limit(2)
            )
        )
        supervisor = session.scalars(select(User).where(User.role == "supervisor")).first()
        assert supervisor is not None and len(shows) == 2
    at_once, one_by_one = Till(server_factory, core, "A"), Till(server_factory, core, "B")
    results = []
    for till, mode in ((at_once, True), (one_by_one, False)):
        batch = _random_batch(random.Random(seed), till, shows, supervisor.id)
        if mode:
            answers = core.push(till.terminal_id, batch)
        else:  # what push falls back to
            answers = core._push(till.terminal_id, batch, at_once=False)
        with server_factory() as session:
            used = [_allotment(server_factory, till, show).used for show in shows]
            orders = session.scalar(
                select(text("count(*)"))
                .select_from(Order)
                .where(Order.terminal_id == till.terminal_id)
            )
            refunds = session.scalar(
                select(text("count(*)"))
                .select_from(Refund)
                .where(Refund.terminal_id == till.terminal_id)
            )
        results.append(([(a.status, a.reason) for a in answers], used, orders, refunds))
    assert results[0] == results[1]
    reasons = {reason for _, reason in results[0][0]}
    assert "" in reasons and reasons - {""}  # accepted ones and refused ones


def test_change_log_ids_follow_the_order_transactions_commit_in(
    server_factory: sessionmaker[Session],
) -> None:
    """A counter pulls from its cursor: an entry numbered below one it has read but committed
    after it would never reach it. Two transactions write the log; the one that commits first
    has the lower id, whichever wrote first."""
    from guichet.changes.journal import write_log

    def entry(n: int) -> dict[str, Any]:
        return {"organisation_id": "", "entity": "probe", "entity_id": str(n), "op": "upsert",
                "data": {"n": n}}  # fmt: skip

    first = server_factory()
    first.begin()
    write_log(first, [entry(1)])
    committed = threading.Event()

    def second() -> None:
        with server_factory() as session, session.begin():
            write_log(session, [entry(2)])
        committed.set()

    thread = threading.Thread(target=second)
    thread.start()
    try:
        # PostgreSQL: the second commits while the first is still open. SQLite, one writer:
        # the second waits for the first.
        second_first = committed.wait(2.0)
    finally:
        first.commit()
        first.close()
        thread.join(20)
    assert committed.is_set()
    postgresql = server_factory.kw["bind"].dialect.name == "postgresql"
    assert second_first == postgresql
    with server_factory() as session:
        assert session.scalars(
            select(ChangeLogEntry.entity_id)
            .where(ChangeLogEntry.entity == "probe")
            .order_by(ChangeLogEntry.id)
        ).all() == (["2", "1"] if second_first else ["1", "2"])


def test_a_plain_sale_whose_row_does_not_go_in_is_answered_alone(
    server_factory: sessionmaker[Session],
) -> None:
    """Plain sales' rows are written at the end of the batch: when one of them does not go in
    (here an order code another order has), the batch is applied again one command at a
    time and only that sale is refused."""
    core, till, show, before = _one_counter(server_factory, 6)
    batch = [till.open_shift(), till.sale(show), till.sale(show), till.sale(show)]
    batch[2].payload["order_code"] = batch[1].payload["order_code"]
    answers = core.push(till.terminal_id, batch)
    assert [(a.status, a.reason) for a in answers] == [
        ("accepted", ""),
        ("accepted", ""),
        ("rejected", "integrity"),
        ("accepted", ""),
    ]
    assert _sold(server_factory, show) == before + 2
    assert _allotment(server_factory, till, show).used == 2


def test_a_sales_rows_written_as_plain_values_are_read_back_whole_and_logged_alike(
    server_factory: sessionmaker[Session],
) -> None:
    """A batch's sales go in as plain rows (one JSON document per table on PostgreSQL): read
    back, every column is what the sale decided, a time sent with a Quebec offset is the same
    instant, the tax rates are exact, and the change log's copy of each row is the row."""
    from dataclasses import replace

    from guichet.changes.entries import plain as _plain
    from guichet.models.tables import Order, OrderLine, OrderTax, Payment, Receipt

    core, till, show, _ = _one_counter(server_factory, 6)
    core.push(till.terminal_id, [till.open_shift()])
    quebec = datetime(2026, 11, 24, 9, 30, 15, 123456, tzinfo=timezone(timedelta(hours=-5)))
    sales = [replace(till.sale(show), occurred_at=quebec + timedelta(seconds=n)) for n in (0, 1)]
    assert [a.status for a in core.push(till.terminal_id, sales)] == ["accepted"] * 2
    with server_factory() as session:
        order = session.get(Order, sales[0].payload["order_id"])
        assert order is not None
        assert order.created_at == quebec and order.created_at.utcoffset() == timedelta(0)
        assert order.status == "paid" and order.refunded_total == 0 and order.participant is None
        (line,) = session.scalars(select(OrderLine).where(OrderLine.order_id == order.id))
        assert line.description == "Le Malade imaginaire" and line.seat_ids == []
        assert sum(line.tax_detail.values()) == line.tax_amount > 0
        taxes = session.scalars(
            select(OrderTax).where(OrderTax.order_id == order.id).order_by(OrderTax.position)
        ).all()
        assert [(t.code, Decimal(t.rate)) for t in taxes] == [
            (r.code, r.rate) for r in till.rates
        ]
        payment = session.scalars(select(Payment).where(Payment.order_id == order.id)).one()
        receipt = session.scalars(select(Receipt).where(Receipt.order_id == order.id)).one()
        assert payment.created_at == receipt.created_at == quebec
        for row in (order, line, *taxes, payment, receipt):
            table = row.__table__  # type: ignore[attr-defined]
            key = "/".join(str(getattr(row, c.key)) for c in table.primary_key.columns)
            logged = session.scalars(
                select(ChangeLogEntry).where(
                    ChangeLogEntry.entity == table.name, ChangeLogEntry.entity_id == key
                )
            ).one()
            stored = {c.name: getattr(row, c.key) for c in table.columns}
            data = dict(logged.data or {})
            for name, value in stored.items():
                if isinstance(value, datetime):
                    assert datetime.fromisoformat(data.pop(name)) == value, name
                elif isinstance(value, Decimal):
                    assert Decimal(data.pop(name)) == value, name
                else:
                    assert data.pop(name) == _plain(value), name
            assert data == {}
    # The allotment the sales used, written with the batch, as counters pull it.
    allotment = _allotment(server_factory, till, show)
    assert allotment.used == 2 and allotment.updated_at == quebec + timedelta(seconds=1)
    with server_factory() as session:
        logged = session.scalars(
            select(ChangeLogEntry)
            .where(ChangeLogEntry.entity == "allotment", ChangeLogEntry.entity_id == allotment.id)
            .order_by(ChangeLogEntry.id.desc())
        ).first()
        assert logged is not None and logged.data is not None
        assert logged.data["used"] == 2 and logged.data["granted"] == allotment.granted
        assert datetime.fromisoformat(logged.data["updated_at"]) == allotment.updated_at


def test_a_push_from_a_terminal_revoked_since_its_last_push_is_refused_whole(
    server_factory: sessionmaker[Session],
) -> None:
    """The server remembers the tokens that pushed, but revoking still stops a counter at
    once: its next push is refused in the push's own transaction, and nothing of it is kept."""
    from guichet.domain.errors import DomainError
    from guichet.models.tables import Order

    core = ServerCore(server_factory)
    till = Till(server_factory, core, "Caisse 1")
    code = core.create_pairing_code()
    paired = core.pair(code, "Caisse 2")
    assert core.pusher(paired.token) == paired.terminal_id
    till.terminal_id = paired.terminal_id
    core.lease(till.terminal_id, str(uuid.uuid4()), [], horizon=timedelta(days=5))
    show = _show(server_factory)
    first = [till.open_shift(), till.sale(show)]
    answers = core.push(till.terminal_id, first, paired.token)
    assert [a.status for a in answers] == ["accepted", "accepted"]
    core.revoke(till.terminal_id)
    sold = _sold(server_factory, show)
    late = till.sale(show)
    with pytest.raises(DomainError) as refused:
        core.push(core.pusher(paired.token), [late], paired.token)
    assert refused.value.code == "terminal_revoked"
    assert _sold(server_factory, show) == sold
    with server_factory() as session:
        assert session.get(Order, late.payload["order_id"]) is None
    with pytest.raises(DomainError) as again:  # forgotten: looked up, and refused
        core.pusher(paired.token)
    assert again.value.code == "terminal_revoked"


def test_the_change_log_keeps_any_text_as_it_was_written(
    server_factory: sessionmaker[Session],
) -> None:
    """Entries go to PostgreSQL as COPY's text: a backslash, a tab or a line break in a name
    or a note comes back as it was (and an entry whose data is already JSON text too)."""
    from guichet.changes.entries import JSONText
    from guichet.changes.journal import write_log

    ServerCore(server_factory)  # the server's sessions log what they write
    odd = "C:\\billets\\ «œ» \t tab \n ligne \r \\N fin"
    entries = [
        {"organisation_id": "", "entity": "note", "entity_id": odd, "op": "upsert", "data": d}
        for d in ({"text": odd}, JSONText('{"text": "\\\\N \\t"}'), None)
    ]
    with server_factory() as session, session.begin():
        write_log(session, entries)
    with server_factory() as session:
        logged = session.scalars(
            select(ChangeLogEntry)
            .where(ChangeLogEntry.entity == "note")
            .order_by(ChangeLogEntry.id)
        ).all()
    assert [(e.entity_id, e.data) for e in logged] == [
        (odd, {"text": odd}),
        (odd, {"text": "\\N \t"}),
        (odd, None),
    ]
