"""The central server and sync (issue 6, part 13), on the local PostgreSQL.

server_commands_per_s: 50 paired counters push their commands at once (an open shift then
200 sales each, each counter in its own thread, batches of 20) to the server run as
`guichet server --workers 2`; commands applied per second of wall time, and no occurrence
sold past its capacity. Sustained: about 25 s of pushing (with 60 sales each, a 6 s run,
the rate varied from 350 to 530/s with the run's start and its tail).

initial_sync_1m_s / initial_sync_rss_mb: a new counter pairs with a server holding
1,000,000 cards and 10,000 occurrences and pulls everything; wall time and the peak RSS of
the counter's process (a child process, so nothing else is counted).

propagation_s: a sale on one online counter, pushed at once, seen as sold on another online
counter whose background cycle runs every second (median of 10).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import create_engine, select, text
from sqlalchemy.orm import sessionmaker

ROOT = "postgresql+psycopg://postgres@127.0.0.1:5432"


def _database() -> tuple[str, Any]:
    name = f"guichet_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(f"{ROOT}/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    return f"{ROOT}/{name}", admin


def _drop(url: str, admin: Any) -> None:
    name = url.rsplit("/", 1)[1]
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def _serve(url: str, port: int, workers: int = 2) -> subprocess.Popen[bytes]:
    process = subprocess.Popen(
        [sys.executable, "-m", "guichet", "server", "--db", url,
         "--host", "127.0.0.1", "--port", str(port), "--workers", str(workers)],
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/health", timeout=1).status_code == 200:
                return process
        except httpx.HTTPError:
            time.sleep(0.2)
    raise RuntimeError("server did not start")


def _port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _server_setup(url: str, days: int) -> Any:
    from guichet.models.db import make_engine, upgrade
    from guichet.server.core import ServerCore
    from guichet.services.demo import load_demo

    engine = make_engine(url)
    upgrade(engine)
    factory = sessionmaker(engine, expire_on_commit=False)
    core = ServerCore(factory)
    # The server runs on the real clock: the demo starts on today's date where it plays (its
    # zone's, not UTC's, which is tomorrow there from 19 h in Toronto).
    load_demo(factory, today=None, days=days, promotions=False, seating=False)
    return engine, factory, core


def _still_on_sale(counter: Any, name: str, days: int = 3) -> Any:
    """The first date of ``name`` that starts more than an hour from now and that the counter
    holds places for: today's last show has ended by 23 h (the bench runs at any hour)."""
    soon = datetime.now(UTC) + timedelta(hours=1)
    for offset in range(days):
        for occ in counter.occurrences(counter.today() + timedelta(days=offset)):
            if occ.event_name == name and occ.starts_at > soon and occ.remaining > 0:
                return occ
    raise LookupError(f"no date of {name} on sale in the next {days} days")


# --- commands per second ------------------------------------------------------------------


def _envelopes(
    factory: Any, terminal_id: str, sales: int, occurrences: list[Any]
) -> list[dict[str, Any]]:
    """An open shift then ``sales`` one-adult sales at the theatre, as a counter would push."""
    from decimal import Decimal

    from guichet.domain.cart import CartLine, price_lines
    from guichet.domain.commands import OpenShift, SaleLine, SalePayment, SellOrder
    from guichet.domain.taxes import TaxRate
    from guichet.models.tables import Price, Tax, TicketCategory, User

    with factory() as session:
        cashier = session.scalars(select(User).where(User.role == "cashier")).first()
        adult = session.scalars(select(TicketCategory).where(TicketCategory.code == "adult")).one()
        rates = [
            TaxRate(t.code, t.name_fr, Decimal(t.rate), t.included)
            for t in session.scalars(select(Tax).order_by(Tax.position))
        ]
        prices = {
            pl: amount
            for pl, amount in session.execute(
                select(Price.price_list_id, Price.amount).where(Price.category_id == adult.id)
            )
        }
    shift_id = str(uuid.uuid4())
    now = datetime.now(UTC)
    out = []

    def envelope(seq: int, command: Any) -> dict[str, Any]:
        return {
            "command_id": str(uuid.uuid4()),
            "command_type": command.type_name,
            "terminal_id": terminal_id,
            "sequence": seq,
            "occurred_at": (now + timedelta(milliseconds=seq)).isoformat(),
            "user_id": cashier.id,
            "payload": command.to_payload(),
        }

    out.append(envelope(1, OpenShift(shift_id, 10000)))
    for n in range(sales):
        occ_id, price_list = occurrences[n % len(occurrences)]
        price = prices[price_list]
        total = price_lines([CartLine(occ_id, adult.id, 1, price)], rates).total
        command = SellOrder(
            order_id=str(uuid.uuid4()),
            order_code=uuid.uuid4().hex[:15].upper(),
            shift_id=shift_id,
            lines=(SaleLine(str(uuid.uuid4()), occ_id, adult.id, 1, price),),
            payments=(SalePayment(str(uuid.uuid4()), "card", total, total, 0, "BENCH"),),
            expected_total=total,
        )
        out.append(envelope(n + 2, command))
    return out


def commands_per_second(counters: int = 50, sales: int = 200) -> dict[str, float]:
    from guichet.models.tables import Event, Occurrence

    url, admin = _database()
    process = None
    try:
        engine, factory, core = _server_setup(url, days=40)
        with factory() as session:
            theatre = session.execute(
                select(Occurrence.id, Event.price_list_id)
                .join(Event, Event.id == Occurrence.event_id)
                .where(Event.name.in_(("Le Malade imaginaire", "Les Belles-sœurs")))
                # Not today's that have ended (the bench runs at any hour, on the real clock).
                .where(Occurrence.starts_at > (datetime.now(UTC) + timedelta(hours=1)))
                .order_by(Occurrence.starts_at)
            ).all()
        core.set_allotment_size("Le Malade imaginaire", 6)
        core.set_allotment_size("Les Belles-sœurs", 6)
        devices = []
        for n in range(counters):
            paired = core.pair(core.create_pairing_code(), f"Caisse {n}")
            core.lease(paired.terminal_id, str(uuid.uuid4()), [], horizon=timedelta(days=60))
            devices.append(paired)
        plans = [
            _envelopes(factory, d.terminal_id, sales, [tuple(t) for t in theatre]) for d in devices
        ]
        engine.dispose()
        port = _port()
        process = _serve(url, port)
        answers: list[str] = []
        lock = threading.Lock()
        start_line = threading.Barrier(counters + 1)

        failures: list[BaseException] = []

        def push(token: str, plan: list[dict[str, Any]]) -> None:
            with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=600) as client:
                start_line.wait()
                try:
                    for i in range(0, len(plan), 20):
                        response = client.post(
                            "/push",
                            json={"envelopes": plan[i : i + 20]},
                            headers={"Authorization": f"Bearer {token}"},
                        )
                        response.raise_for_status()
                        with lock:
                            answers.extend(a["status"] for a in response.json()["answers"])
                except BaseException as error:  # a counter that failed makes the run invalid
                    with lock:
                        failures.append(error)

        threads = [
            threading.Thread(target=push, args=(d.token, p))
            for d, p in zip(devices, plans, strict=True)
        ]
        for t in threads:
            t.start()
        start_line.wait()
        cpu_before = _cpu_seconds(process.pid)
        began = time.perf_counter()
        counters_cpu = time.process_time()
        for t in threads:
            t.join()
        took = time.perf_counter() - began
        counters_cpu = time.process_time() - counters_cpu
        cpu_after = _cpu_seconds(process.pid)
        cpu = {k: round(v - cpu_before.get(k, 0.0), 2) for k, v in cpu_after.items()}
        if failures:
            raise RuntimeError(f"{len(failures)} counters failed: {failures[0]!r}")
        assert len(answers) == counters * (sales + 1)
        check = create_engine(url.replace("+psycopg", "+psycopg"))
        with check.connect() as conn:
            oversold = conn.execute(
                text("SELECT count(*) FROM occurrence WHERE sold > capacity")
            ).scalar_one()
        check.dispose()
        assert oversold == 0
        accepted = answers.count("accepted")
        servers = sorted(v for k, v in cpu.items() if k.startswith("server"))
        return {
            "server_commands_per_s": round(len(answers) / took, 1),
            "server_wall_s": round(took, 2),
            # CPU seconds during the run: each server process, and PostgreSQL's backends.
            "server_process_cpu_s_min": servers[0] if servers else 0.0,
            "server_process_cpu_s_max": servers[-1] if servers else 0.0,
            "postgres_cpu_s": cpu.get("postgres", 0.0),
            # The 50 counters' threads (this process): HTTP and JSON on the same two cores.
            "counters_cpu_s": round(counters_cpu, 2),
            "server_commands_accepted": float(accepted),
            "server_commands_total": float(len(answers)),
            "server_oversold": float(oversold),
        }
    finally:
        if process is not None:
            process.terminate()
            process.wait(20)
        _drop(url, admin)


def _cpu_seconds(server_pid: int) -> dict[str, float]:
    """CPU seconds (user + system) so far of each process the server started, and of all
    PostgreSQL processes together (Linux /proc): where a run's time went."""
    tick = os.sysconf("SC_CLK_TCK")
    found: dict[str, float] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
            with open(f"/proc/{entry}/cmdline", "rb") as cmdline:
                command = cmdline.read()
        except OSError:
            continue
        seconds = (int(fields[11]) + int(fields[12])) / tick
        if int(fields[1]) == server_pid and b"spawn_main" in command:
            found[f"server {entry}"] = seconds
        elif command.startswith(b"postgres"):
            found["postgres"] = found.get("postgres", 0.0) + seconds
    return found


# --- first sync of a million cards ---------------------------------------------------------


def _fill(url: str, cards: int, occurrences: int) -> None:
    """1,000,000 cards (lots of 10,000, logged for the counters) and 10,000 occurrences."""
    from guichet.domain import codes
    from guichet.domain.commands import Envelope, GenerateCards
    from guichet.models.tables import CardType, Event, Occurrence, Terminal, User
    from guichet.services.bus import apply_envelope

    engine, factory, _core = _server_setup(url, days=7)
    with factory() as session, session.begin():
        events = session.scalars(select(Event)).all()
        base = datetime.now(UTC) + timedelta(days=8)
        session.add_all(
            Occurrence(
                event_id=events[n % len(events)].id,
                starts_at=base + timedelta(hours=n),
                ends_at=base + timedelta(hours=n, minutes=90),
                capacity=100,
            )
            for n in range(
                occurrences - session.scalar(select(text("count(*)")).select_from(Occurrence))
            )
        )
    with factory() as session:
        terminal = session.scalars(select(Terminal)).first()
        owner = session.scalars(select(User).where(User.role == "owner")).first()
        card_type = session.scalars(select(CardType)).first()
    made = 0
    seq = 1
    while made < cards:
        batch = [codes.new_code() for _ in range(min(10_000, cards - made))]
        envelope = Envelope(
            str(uuid.uuid4()), "card.generate", terminal.id, seq, datetime.now(UTC), owner.id,
            GenerateCards(str(uuid.uuid4()), card_type.id, tuple(batch), True).to_payload(),
        )  # fmt: skip
        with factory() as session, session.begin():
            apply_envelope(session, envelope)
        made += len(batch)
        seq += 1
        if seq % 10 == 0:  # the table grows fast: keep the planner on the code index
            with engine.connect() as conn:
                conn.execute(text("ANALYZE card"))
                conn.commit()
    engine.dispose()


def _kept_database(name: str) -> tuple[str, Any, bool]:
    """The database named by GUICHET_BENCH_SYNC_DB, created on first use and kept: the fill
    takes minutes, a developer iterating on the pull fills it once. (Each run pairs one more
    terminal in it, a few rows; ``make bench`` never sets it.)"""
    admin = create_engine(f"{ROOT}/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        exists = conn.execute(
            text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name}
        ).scalar()
        if not exists:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = f"{ROOT}/{name}"
    filled = False
    if exists:  # (a fill cut off half-way counts as filled: drop the database to redo it)
        from guichet.models.db import make_engine, upgrade

        check = make_engine(url)
        with check.connect() as conn:
            filled = bool(
                conn.execute(text("SELECT to_regclass('card') IS NOT NULL")).scalar()
                and conn.execute(text("SELECT count(*) FROM card")).scalar()
            )
        if filled:
            upgrade(check)  # the schema may have moved on since it was filled
        check.dispose()
    return url, admin, filled


def initial_sync(cards: int = 1_000_000, occurrences: int = 10_000) -> dict[str, float]:
    from guichet.server.core import ServerCore

    kept = os.environ.get("GUICHET_BENCH_SYNC_DB", "")
    if kept:
        url, admin, filled = _kept_database(kept)
    else:
        (url, admin), filled = _database(), False
    process = None
    try:
        if not filled:
            _fill(url, cards, occurrences)
        from guichet.models.db import make_engine

        engine = make_engine(url)
        code = ServerCore(sessionmaker(engine)).create_pairing_code()
        engine.dispose()
        port = _port()
        process = _serve(url, port)
        with tempfile.TemporaryDirectory() as tmp:
            child = subprocess.run(
                [sys.executable, "-m", "bench.bench_server", "pair-child",
                 f"http://127.0.0.1:{port}", code, str(Path(tmp) / "guichet.sqlite3")],
                capture_output=True, text=True, timeout=900, check=True,
            )  # fmt: skip
        result = json.loads(child.stdout.strip().splitlines()[-1])
        return {
            "initial_sync_1m_s": round(result["seconds"], 1),
            "initial_sync_rss_mb": round(result["rss_mb"], 1),
            "initial_sync_rows": float(result["rows"]),
        }
    finally:
        if process is not None:
            process.terminate()
            process.wait(20)
        if kept:
            admin.dispose()
        else:
            _drop(url, admin)


def _pair_child(server: str, code: str, database: str) -> None:
    import keyring

    from bench.common import peak_rss_mb
    from guichet.sync.keyrings import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())  # the bench machine has no keyring daemon
    from guichet.sync.pairing import pair_counter

    began = time.perf_counter()
    paired = pair_counter(Path(database), server, code, "Caisse neuve")
    seconds = time.perf_counter() - began
    print(json.dumps({"seconds": seconds, "rss_mb": peak_rss_mb(), "rows": paired.applied}))


# --- propagation ------------------------------------------------------------------------------


def propagation(samples: int = 10) -> dict[str, float]:
    """Counter A sells and pushes at once; counter B's cycle pulls every second."""
    import keyring

    from guichet.domain.cart import Cart
    from guichet.models.db import make_engine, sqlite_url
    from guichet.services.counter import Counter
    from guichet.services.setup import local_setup
    from guichet.sync.engine import ServerClient, SyncEngine, load_token
    from guichet.sync.keyrings import MemoryKeyring
    from guichet.sync.pairing import pair_counter


    keyring.set_keyring(MemoryKeyring())
    url, admin = _database()
    process = None
    try:
        engine, factory, core = _server_setup(url, days=3)
        core.set_allotment_size("Le Malade imaginaire", 40)
        codes_ = [core.create_pairing_code(), core.create_pairing_code()]
        engine.dispose()
        port = _port()
        server = f"http://127.0.0.1:{port}"
        process = _serve(url, port, workers=1)
        with tempfile.TemporaryDirectory() as tmp:
            counters = []
            for n, code in enumerate(codes_):
                path = Path(tmp) / f"c{n}" / "guichet.sqlite3"
                path.parent.mkdir()
                pair_counter(path, server, code, f"Caisse {n}")
                local = sessionmaker(make_engine(sqlite_url(path)), expire_on_commit=False)
                setup = local_setup(local)
                assert setup is not None
                counter = Counter(local, setup.terminal_id, printing_enabled=False)
                cashier = next(u for u in counter.users() if u.role == "cashier")
                counter.login(cashier.id, "1111")
                counter.open_shift(10000)
                sync = SyncEngine(
                    local,
                    setup.terminal_id,
                    ServerClient(server, load_token(server, setup.terminal_id)),
                )
                sync.sync()
                counters.append((counter, sync))
            (seller, seller_sync), (watcher, watcher_sync) = counters
            show = _still_on_sale(seller, "Le Malade imaginaire")
            stop = threading.Event()

            def cycle() -> None:  # counter B's background sync, every second
                while not stop.is_set():
                    watcher_sync.sync()
                    stop.wait(1.0)

            background = threading.Thread(target=cycle)
            background.start()
            delays = []
            for _ in range(samples):
                before = watcher.occurrence(show.id).sold
                cart = Cart()
                seller.add_to_cart(cart, show.id, seller.categories(show.id)[0].category_id, 1)
                payment = seller.payment_session(cart)
                payment.add_cash(payment.cash_due)
                began = time.perf_counter()
                seller.sell(cart, payment)
                seller_sync.push()  # the sales window syncs right after a sale
                while watcher.occurrence(show.id).sold == before:
                    time.sleep(0.01)
                delays.append(time.perf_counter() - began)
                time.sleep(0.3)
            stop.set()
            background.join()
        return {"propagation_s": round(statistics.median(delays), 3)}
    finally:
        if process is not None:
            process.terminate()
            process.wait(20)
        _drop(url, admin)


def run(keys: frozenset[str] = frozenset()) -> dict[str, float]:
    """Every server benchmark, or only those giving ``keys`` (the first sync fills a million
    cards: minutes better not spent when measuring commands per second)."""
    results: dict[str, float] = {}
    if not keys or "propagation_s" in keys:
        results.update(propagation())
    if not keys or "server_commands_per_s" in keys:
        results.update(commands_per_second())
    if not keys or keys & {"initial_sync_1m_s", "initial_sync_rss_mb"}:
        results.update(initial_sync())
    return results


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "pair-child":
        _pair_child(*sys.argv[2:5])
    elif len(sys.argv) > 1:
        print(globals()[sys.argv[1]]())
    else:
        print(run())
