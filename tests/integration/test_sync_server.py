"""A real server process on 127.0.0.1 (random port) and real counters (issue 6, parts 1–4)."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import httpx
import keyring
import pytest
from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from guichet.domain.errors import DomainError
from guichet.models.db import make_engine, sqlite_url
from guichet.models.tables import OutboxEntry
from guichet.services.counter import Counter
from guichet.services.setup import local_setup
from guichet.services.views import OccurrenceView
from guichet.sync.engine import ServerClient, SyncEngine, SyncError, load_token
from guichet.sync.keyrings import MemoryKeyring
from guichet.sync.pairing import pair_counter
from tests.conftest import Clock
from tests.integration.helpers import sell_cash


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)


def occurrence_named(counter: Counter, name: str, hour: int) -> OccurrenceView:
    """Tomorrow's occurrence: the server runs on the real clock, and today's may be over
    (nothing is leased for an occurrence that has ended)."""
    from datetime import timedelta

    from guichet.i18n.formatting import local

    for occ in counter.occurrences(counter.today() + timedelta(days=1)):
        if (
            occ.event_name == name
            and local(occ.starts_at, counter.organisation.timezone).hour == hour
        ):
            return occ
    raise LookupError(name)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def guichet(*args: str) -> subprocess.CompletedProcess[str]:
    """``guichet ARGS`` (the server's administration), run in this process: a new Python
    process costs seconds here, and the server itself is the real process under test."""
    from tests.cli_runner import run_guichet

    done = run_guichet(args)
    if done.returncode != 0:
        raise subprocess.CalledProcessError(done.returncode, args, done.stdout, done.stderr)
    return done


class ServerProcess:
    def __init__(self, db_url: str, workers: int = 1) -> None:
        self.db_url = db_url
        self.workers = workers
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "guichet.cli", "server", "--db", self.db_url,
             "--port", str(self.port), "--workers", str(self.workers)],
        )  # fmt: skip
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{self.url}/health", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.1)
        raise RuntimeError("the server did not start")

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(10)
            self.process = None


@pytest.fixture(scope="session")
def server_demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A server's SQLite database with the demo loaded (``admin load-demo``), made once: each
    test's server starts from a copy (migrating and loading it again took seconds a test)."""
    path = tmp_path_factory.mktemp("server-template") / "server.sqlite3"
    guichet("server", "--db", f"sqlite:///{path}", "admin", "load-demo")
    return path


@pytest.fixture
def server(tmp_path: Path, server_demo_file: Path) -> Iterator[ServerProcess]:
    import sqlite3

    path = tmp_path / "server.sqlite3"
    source, copy = sqlite3.connect(server_demo_file), sqlite3.connect(path)
    with copy:
        source.backup(copy)  # the file and its write-ahead log, as one database
    source.close()
    copy.close()
    process = ServerProcess(f"sqlite:///{path}")
    process.start()
    yield process
    process.stop()


POSTGRES = "postgresql+psycopg://postgres@127.0.0.1:5432"


@pytest.fixture(scope="session")
def pg_demo_template() -> Iterator[str]:
    """A PostgreSQL database with the demo loaded, made once per session; each test's
    database is created from it (``CREATE DATABASE ... TEMPLATE``), then dropped."""
    import uuid

    from sqlalchemy import create_engine, text

    name = f"guichet_template_{uuid.uuid4().hex[:10]}"
    admin = create_engine(f"{POSTGRES}/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        guichet("server", "--db", f"{POSTGRES}/{name}", "admin", "load-demo")
        yield name
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@contextmanager
def pg_server_from(template: str, prefix: str = "guichet_server") -> Iterator[ServerProcess]:
    """The server over its own PostgreSQL database made from ``template``, dropped after;
    two processes sharing the port, as in production on two cores."""
    import uuid

    from sqlalchemy import create_engine, text

    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    admin = create_engine(f"{POSTGRES}/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
    process = ServerProcess(f"{POSTGRES}/{name}", workers=2)
    try:
        process.start()
        yield process
    finally:
        process.stop()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def pg_server(pg_demo_template: str) -> Iterator[ServerProcess]:
    """The server over a real PostgreSQL database, created for the test and dropped after."""
    with pg_server_from(pg_demo_template) as process:
        yield process


def paired_counter(server: ServerProcess, tmp_path: Path, name: str) -> tuple[Counter, SyncEngine]:
    code = guichet("server", "--db", server.db_url, "admin", "pairing-code").stdout.strip()
    database = tmp_path / name / "guichet.sqlite3"
    database.parent.mkdir()
    paired = pair_counter(database, server.url, code, name)
    engine = make_engine(sqlite_url(database))
    factory = sessionmaker(engine, expire_on_commit=False)
    setup = local_setup(factory)
    assert setup is not None and setup.terminal_id == paired.terminal_id
    counter = Counter(factory, setup.terminal_id, clock=Clock(datetime.now(UTC)))
    cashier = next(u for u in counter.users() if u.role == "cashier")
    counter.login(cashier.id, "1111")
    counter.open_shift(10000)
    token = load_token(server.url, setup.terminal_id)
    assert token
    return counter, SyncEngine(factory, setup.terminal_id, ServerClient(server.url, token))


def test_health_answers_the_schema_version(server: ServerProcess) -> None:
    from guichet.models.db import head_revision

    body = httpx.get(f"{server.url}/health").json()
    assert body["status"] == "ok" and body["schema"] == head_revision()
    assert "/push" in httpx.get(f"{server.url}/openapi.json").json()["paths"]


def test_pair_push_and_pull_between_two_counters(
    server: ServerProcess, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    one, sync_one = paired_counter(server, tmp_path, "Caisse A")
    two, sync_two = paired_counter(server, tmp_path, "Caisse B")
    assert memory_keyring.store and all(len(t) > 30 for t in memory_keyring.store.values())
    swim = occurrence_named(one, "Bain libre", 18)
    sold_before = swim.sold
    sell_cash(one, swim.id, adult=2)
    status = sync_one.sync()
    assert status.error == "" and status.waiting == 0 and status.online
    sync_two.sync()
    assert two.occurrence(swim.id).sold == sold_before + 2  # the other counter sees it
    # A repeat of the same command gets the first answer and changes nothing.
    with one.session_factory() as session:
        entry = session.scalars(
            select(OutboxEntry).where(OutboxEntry.command_type == "order.sell")
        ).one()
        envelope = {
            "command_id": entry.command_id, "command_type": entry.command_type,
            "terminal_id": entry.terminal_id, "sequence": entry.sequence,
            "occurred_at": entry.occurred_at.isoformat(), "user_id": entry.user_id,
            "payload": entry.payload,
        }  # fmt: skip
    assert sync_one.client.push([envelope])[0]["status"] == "accepted"
    sync_two.sync()
    assert two.occurrence(swim.id).sold == sold_before + 2


def test_nothing_lost_when_the_server_is_down(
    server: ServerProcess, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    one, sync_one = paired_counter(server, tmp_path, "Caisse A")
    swim = occurrence_named(one, "Bain libre", 18)
    server.stop()
    sell_cash(one, swim.id, adult=1)  # the sale never waits for the network
    status = sync_one.sync()
    assert not status.online and status.error in ("unreachable", "timeout")
    assert status.waiting >= 1
    server.start()
    status = sync_one.sync()
    assert status.waiting == 0 and status.error == ""


def test_revoked_terminal_is_stopped_at_once(
    server: ServerProcess, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    one, sync_one = paired_counter(server, tmp_path, "Caisse A")
    swim = occurrence_named(one, "Bain libre", 18)
    sell_cash(one, swim.id, adult=1)
    assert sync_one.sync().waiting == 0  # the server knows this counter's token now
    guichet("server", "--db", server.db_url, "admin", "revoke", one.terminal_id)
    sell_cash(one, swim.id, adult=1)
    status = sync_one.sync()
    assert status.error == "terminal_revoked" and status.waiting >= 1
    with pytest.raises(SyncError) as e:
        ServerClient(server.url, "not-a-token").changes(0)
    assert e.value.code == "token_unknown"


def test_pairing_code_is_single_use(
    server: ServerProcess, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    code = guichet("server", "--db", server.db_url, "admin", "pairing-code").stdout.strip()
    first = tmp_path / "a" / "guichet.sqlite3"
    first.parent.mkdir()
    pair_counter(first, server.url, code, "A")
    second = tmp_path / "b" / "guichet.sqlite3"
    second.parent.mkdir()
    with pytest.raises(SyncError) as e:
        pair_counter(second, server.url, code, "B")
    assert e.value.code == "pairing_code_used"


# --- fault injection (part 11): dropped connections, timeouts, a restart mid-push ------------


def server_counts(server: ServerProcess, occurrence_id: str) -> tuple[int, int]:
    """(sales the server applied, places it counts sold) read straight from its database."""
    from sqlalchemy import func

    from guichet.models.tables import AppliedCommand, Occurrence

    engine = make_engine(server.db_url)
    try:
        with engine.connect() as conn:
            applied = conn.execute(
                select(func.count())
                .select_from(AppliedCommand)
                .where(
                    AppliedCommand.command_type == "order.sell",
                    AppliedCommand.status == "accepted",
                )
            ).scalar_one()
            sold = conn.execute(
                select(Occurrence.sold).where(Occurrence.id == occurrence_id)
            ).scalar_one()
        return int(applied), int(sold)
    finally:
        engine.dispose()


@pytest.fixture
def proxied(server: ServerProcess, tmp_path: Path, memory_keyring: MemoryKeyring):  # type: ignore[no-untyped-def]
    from tests.integration.faultproxy import FaultProxy

    proxy = FaultProxy(server.port)
    # The skating rink's counter sells a lot: 200 places per counter for Patin libre.
    guichet("server", "--db", server.db_url, "admin", "allotment", "--event", "Patin libre",
            "--size", "200")  # fmt: skip
    code = guichet("server", "--db", server.db_url, "admin", "pairing-code").stdout.strip()
    database = tmp_path / "proxied" / "guichet.sqlite3"
    database.parent.mkdir()
    pair_counter(database, proxy.url, code, "Caisse P")
    engine = make_engine(sqlite_url(database))
    factory = sessionmaker(engine, expire_on_commit=False)
    setup = local_setup(factory)
    assert setup is not None
    counter = Counter(factory, setup.terminal_id, clock=Clock(datetime.now(UTC)))
    cashier = next(u for u in counter.users() if u.role == "cashier")
    counter.login(cashier.id, "1111")
    counter.open_shift(10000)
    token = load_token(proxy.url, setup.terminal_id)
    client = ServerClient(proxy.url, token, timeout=1.0)
    yield counter, SyncEngine(factory, setup.terminal_id, client), proxy
    proxy.close()
    engine.dispose()


@pytest.mark.parametrize("mode", ["drop_request", "drop_response", "stall"])
def test_a_failed_push_is_retried_and_applied_exactly_once(
    server: ServerProcess,
    proxied,
    mode: str,  # type: ignore[no-untyped-def]
) -> None:
    counter, engine, proxy = proxied
    swim = occurrence_named(counter, "Bain libre", 18)
    _, sold_before = server_counts(server, swim.id)
    for _ in range(3):
        sell_cash(counter, swim.id, adult=1)
    proxy.mode = mode
    status = engine.sync()
    assert status.error in ("unreachable", "timeout") and status.waiting >= 3
    if mode == "drop_request":
        assert server_counts(server, swim.id) == (0, sold_before)  # nothing reached it
    else:
        assert server_counts(server, swim.id) == (3, sold_before + 3)  # committed, answer lost
    proxy.mode = "pass"
    status = engine.sync()
    assert status.error == "" and status.waiting == 0
    assert server_counts(server, swim.id) == (3, sold_before + 3)  # once each, never twice
    assert counter.occurrence(swim.id).sold == sold_before + 3


def test_server_restart_in_the_middle_of_a_push(
    server: ServerProcess,
    proxied,  # type: ignore[no-untyped-def]
) -> None:
    """120 sales go in batches of 50; the server is killed when the second batch arrives and
    started again: every sale ends up applied exactly once."""
    from guichet.sync import engine as sync_engine

    counter, engine, proxy = proxied
    swim = occurrence_named(counter, "Patin libre", 15)
    _, sold_before = server_counts(server, swim.id)
    for _ in range(120):
        sell_cash(counter, swim.id, adult=1)
    killed: list[int] = []

    def kill_on_second_push(number: int) -> None:
        if proxy.requests >= 2 and not killed:
            killed.append(number)
            server.stop()

    proxy.requests = 0
    proxy.on_request = kill_on_second_push
    old_batch = sync_engine.PUSH_BATCH
    sync_engine.PUSH_BATCH = 50
    try:
        status = engine.sync()
        assert killed and status.error in ("unreachable", "timeout")
        assert 0 < status.waiting < 121  # the first batch went through (with the shift)
        proxy.on_request = None
        server.start()
        status = engine.sync()
    finally:
        sync_engine.PUSH_BATCH = old_batch
    assert status.error == "" and status.waiting == 0
    assert server_counts(server, swim.id) == (120, sold_before + 120)


def test_two_counters_through_a_server_on_postgresql(
    pg_server: ServerProcess, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    guichet("server", "--db", pg_server.db_url, "admin", "allotment", "--event",
            "Escalade — initiation", "--size", "6")  # fmt: skip
    one, sync_one = paired_counter(pg_server, tmp_path, "Caisse A")
    two, sync_two = paired_counter(pg_server, tmp_path, "Caisse B")
    climb = occurrence_named(one, "Escalade — initiation", 10)
    assert one.occurrence(climb.id).remaining == two.occurrence(climb.id).remaining == 6
    sell_cash(one, climb.id, adult=5)
    sell_cash(two, climb.id, adult=4)
    assert sync_one.sync().error == "" and sync_two.sync().error == ""
    assert sync_one.sync().waiting == 0
    assert one.occurrence(climb.id).sold == two.occurrence(climb.id).sold == 9
    # Stopping the server stops every one of its processes: nothing answers on the port.
    pg_server.stop()
    with pytest.raises(httpx.HTTPError):
        httpx.get(f"{pg_server.url}/health", timeout=2)


def test_no_server_error_for_any_request_the_schema_allows(
    server: ServerProcess, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    """schemathesis generates requests from the OpenAPI document (with a real device token,
    so /push and /changes are exercised past authentication): none may get a 5xx."""
    import shutil

    code = guichet("server", "--db", server.db_url, "admin", "pairing-code").stdout.strip()
    token = ServerClient(server.url).pair(code, "Fuzz")["token"]
    st = shutil.which("st", path=str(Path(sys.executable).parent))
    assert st is not None
    done = subprocess.run(
        [st, "run", f"{server.url}/openapi.json", "--checks", "not_a_server_error",
         "--max-examples", "25", "--header", f"Authorization: Bearer {token}"],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout[-3000:]


# --- escrow (part 5): never oversold, even with every counter offline -----------------------


def test_every_counter_offline_can_never_oversell(
    server: ServerProcess, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    """Three counters share the 12 places of a climbing class. Each holds a lease of 5; with
    the server down, each sells what it holds and is refused past it, in words; back online,
    the server counts exactly what was sold and never more than the capacity."""
    guichet("server", "--db", server.db_url, "admin", "allotment", "--event",
            "Escalade — initiation", "--size", "5")  # fmt: skip
    counters = [paired_counter(server, tmp_path, f"Caisse {n}") for n in "ABC"]
    climb = occurrence_named(counters[0][0], "Escalade — initiation", 10)
    held = [c.occurrence(climb.id).remaining for c, _ in counters]
    assert held == [5, 5, 2]  # the third gets what no one holds: 12 - 5 - 5
    server.stop()
    sold = 0
    for counter, _ in counters:
        while True:
            try:
                sell_cash(counter, climb.id, adult=1)
                sold += 1
            except DomainError as error:
                assert error.code in ("allotment_exhausted", "capacity_exceeded")
                break
    assert sold == 12
    server.start()
    for _, engine in counters:
        status = engine.sync()
        assert status.error == "" and status.waiting == 0 and status.rejected == 0
    _, on_server = server_counts(server, climb.id)
    assert on_server == 12
    for counter, engine in counters:
        engine.sync()
        assert counter.occurrence(climb.id).sold == 12


def test_unused_places_go_back_when_the_occurrence_is_over(
    server: ServerProcess, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    from datetime import timedelta

    from guichet.models.tables import Allotment

    counter, engine = paired_counter(server, tmp_path, "Caisse A")
    swim = occurrence_named(counter, "Bain libre", 18)
    sell_cash(counter, swim.id, adult=1)
    engine.sync()
    before = counter.occurrence(swim.id).allotment
    assert before is not None and before >= 3
    engine.clock = lambda: swim.ends_at + timedelta(minutes=1)  # the session is over
    assert engine.sync().error == ""
    db = make_engine(server.db_url)
    try:
        with db.connect() as conn:
            granted, used = conn.execute(
                select(Allotment.granted, Allotment.used).where(
                    Allotment.occurrence_id == swim.id, Allotment.kind == "places"
                )
            ).one()
    finally:
        db.dispose()
    assert granted == used == 1  # the unsold places are no one's any more


# --- cards offline (part 6) and the conflicts console (part 7) ------------------------------


def test_a_card_over_redeemed_offline_becomes_a_conflict_a_supervisor_resolves(
    server: ServerProcess, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    from guichet.domain.cart import Cart
    from guichet.services.bus import Actor
    from tests.conftest import user_id

    guichet("server", "--db", server.db_url, "admin", "allotment", "--event", "Bain libre",
            "--size", "10")  # fmt: skip
    one, sync_one = paired_counter(server, tmp_path, "Caisse A")
    two, sync_two = paired_counter(server, tmp_path, "Caisse B")
    cart = Cart()
    line = one.add_card_to_cart(cart, one.cards.find_card_type("Carte 10 bains").id)
    payment = one.payment_session(cart)
    payment.add_cash(payment.cash_due)
    one.sell(cart, payment)
    sync_one.sync()
    sync_two.sync()  # counter B knows the card now
    swim = occurrence_named(one, "Bain libre", 18)
    card_id = one.cards.lookup(line.card_code or "").card_id or ""
    server.stop()  # both counters offline: each sees 10 uses left
    one.cards.book(card_id, swim.id, [(None, f"A{n}") for n in range(3)])
    made = two.cards.book(card_id, swim.id, [(None, f"B{n}") for n in range(9)])
    server.start()
    assert sync_one.sync().error == ""
    status = sync_two.sync()
    assert status.error == "" and status.waiting == 0 and status.rejected == 0
    assert status.conflicts == 1  # applied on the server, and the supervisor is told
    conflict = two.conflicts.conflicts()[0]
    assert conflict.reason in ("card_used_up", "not_enough_uses")
    assert conflict.terminal_name == "Caisse B"
    assert {b.id for b in conflict.bookings} == set(made.booking_ids)
    assert conflict.resolutions == ("accept", "cancel_booking", "block_card")
    luc = user_id(two, "Luc")
    two.actor = Actor(luc, "Luc", two.authorize_supervisor(luc, "2222").role)
    two.conflicts.resolve(conflict.id, "cancel_booking", "Carte déjà utilisée à la caisse A")
    assert sync_two.sync().error == ""
    sync_one.sync()
    assert one.conflicts.conflicts() == []
    resolved = one.conflicts.conflicts(open_only=False)[0]
    assert (resolved.resolution, resolved.resolved_by) == ("cancel_booking", "Luc Bouchard")
    assert one.cards.lookup(line.card_code or "").remaining_uses == 7  # A's 3 bookings stand
    with pytest.raises(DomainError) as e:  # a cashier cannot resolve
        one.conflicts.resolve(conflict.id, "accept")
    assert e.value.code in ("forbidden", "conflict_already_resolved")


def test_a_supervisor_gets_a_pairing_code_from_the_back_office(
    server: ServerProcess, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    from guichet.sync.people import PeopleGateway
    from tests.conftest import user_id

    one, sync_one = paired_counter(server, tmp_path, "Caisse A")
    luc = user_id(one, "Luc")
    with pytest.raises(SyncError) as unproven:  # the counter's token does not speak for Luc
        sync_one.client.pairing_code(luc)
    assert unproven.value.code == "person_unverified"
    one.login(luc, "2222")  # checked by the server, which signs for him (docs/SECURITY.md)
    code = PeopleGateway(server.url, one.terminal_id).pairing_code(
        one.bus.grants[luc], datetime.now(UTC)
    )
    second = tmp_path / "second" / "guichet.sqlite3"
    second.parent.mkdir()
    assert pair_counter(second, server.url, code, "Caisse B").applied > 0
    with pytest.raises(SyncError) as e:  # a cashier may not
        sync_one.client.pairing_code(user_id(one, "Sophie"))
    assert e.value.code == "forbidden"


def test_online_scans_are_confirmed_by_the_server_offline_ones_are_provisional(
    server: ServerProcess, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    from guichet.domain.cards import Verdict
    from guichet.domain.cart import Cart

    one, sync_one = paired_counter(server, tmp_path, "Caisse A")
    two, sync_two = paired_counter(server, tmp_path, "Caisse B")
    for counter, engine in ((one, sync_one), (two, sync_two)):
        counter.cards.remote = ServerClient(
            server.url, engine.client.token, timeout=1.5
        ).card_verdict
    cart = Cart()
    line = one.add_card_to_cart(cart, one.cards.find_card_type("Carte 10 bains").id)
    payment = one.payment_session(cart)
    payment.add_cash(payment.cash_due)
    one.sell(cart, payment)
    sync_one.sync()
    sync_two.sync()
    code = line.card_code or ""
    card_id = one.cards.lookup(code).card_id or ""
    swim = occurrence_named(one, "Bain libre", 13)
    one.cards.book(card_id, swim.id, [(None, "Ana"), (None, "Bo")])
    sync_one.sync()  # counter B has not pulled yet: its own copy says 10 uses
    seen = two.cards.lookup(code)
    assert seen.confirmed is True and seen.verdict is Verdict.VALID
    assert seen.remaining_uses == 8  # the server's count, not B's stale one
    server.stop()
    offline = two.cards.lookup(code)
    assert offline.confirmed is False and offline.verdict is Verdict.VALID  # provisional
    server.start()


def test_code_look_ups_are_rate_limited_per_terminal(
    server: ServerProcess, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    from guichet.domain import codes as code_rules

    _one, sync_one = paired_counter(server, tmp_path, "Caisse A")
    refused = 0
    for _ in range(80):
        try:
            sync_one.client.card_verdict(code_rules.new_code(), None)
        except SyncError as error:
            assert error.code == "rate_limited"
            refused += 1
    assert refused > 0


# --- standalone first, paired later (part 9) --------------------------------------------------


def test_a_standalone_counter_paired_later_brings_its_data(
    tmp_path: Path, memory_keyring: MemoryKeyring, template_db: Path
) -> None:
    import shutil
    from datetime import timedelta
    from zoneinfo import ZoneInfo

    from guichet.services.demo import load_demo
    from guichet.sync.pairing import adopt_counter

    # The demo, used alone for a while, on the real clock: the server leases places of
    # dates to come only, so its shows are tomorrow's (the pool opens every day at 18 h).
    path = tmp_path / "standalone" / "guichet.sqlite3"
    path.parent.mkdir()
    shutil.copy2(template_db, path)
    demo_factory = sessionmaker(make_engine(sqlite_url(path)), expire_on_commit=False)
    tomorrow = datetime.now(ZoneInfo("America/Toronto")).date() + timedelta(days=1)
    setup = load_demo(demo_factory, today=tomorrow, promotions=False, seating=False)
    standalone = Counter(demo_factory, setup.terminal_id)
    cashier = next(u for u in standalone.users() if u.role == "cashier")
    standalone.login(cashier.id, "1111")
    standalone.open_shift(10000)
    quebec = ZoneInfo("America/Toronto")
    show = next(
        o
        for o in standalone.occurrences(tomorrow)
        if o.event_name == "Bain libre" and o.starts_at.astimezone(quebec).hour == 18
    )
    sell_cash(standalone, show.id, adult=3)
    db = f"sqlite:///{tmp_path / 'empty-server.sqlite3'}"
    code = guichet("server", "--db", db, "admin", "adoption-code").stdout.strip()
    process = ServerProcess(db)
    process.start()
    try:
        sent = adopt_counter(demo_factory, standalone.terminal_id, process.url, code)
        assert sent > 100  # the organisation, its events, cards... and the sale
        _, sold = server_counts(process, show.id)
        assert sold == 3
        token = load_token(process.url, standalone.terminal_id)
        engine = SyncEngine(demo_factory, standalone.terminal_id, ServerClient(process.url, token))
        sell_cash(standalone, show.id, adult=1)  # from its allotment now
        status = engine.sync()
        assert status.error == "" and status.waiting == 0 and status.rejected == 0
        assert server_counts(process, show.id) == (1, 4)  # one command pushed since
        two, sync_two = paired_counter(process, tmp_path, "Caisse 2")
        assert two.occurrence(show.id).sold == 4
        assert sync_two.sync().error == ""
    finally:
        process.stop()
