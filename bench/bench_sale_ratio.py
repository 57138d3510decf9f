"""sale_commit_vs_sqlite_ratio (issue 20, part 4), run by bench_sale_commit on its filled
database: what a counter sale costs beside the physical minimum of writing its rows.

The project's sale is the call bench_sale_commit times (``Counter.sell``: command, outbox,
receipt, print jobs, one commit), its receipt printed afterwards by the print worker (which
also checkpoints). The bare transaction is plain sqlite3 on the same file, with the PRAGMAs
read back from the project's own engine connection (journal mode, synchronous, cache...):
``BEGIN IMMEDIATE``, the same INSERT statements, as many rows per table as the sale wrote
(copies of that sale's rows under fresh keys), ``COMMIT``. One of each in turn, the order
swapped at every pair, so the machine's load weighs on both alike."""

from __future__ import annotations

import sqlite3
import threading
import time
import uuid
from collections import Counter as Tally
from pathlib import Path
from typing import Any

from sqlalchemy import event, select
from sqlalchemy.orm import sessionmaker

from bench.common import NOON, engine_for, percentile
from guichet.domain.cart import Cart
from guichet.models.tables import Terminal
from guichet.services.counter import Counter
from guichet.services.printqueue import PrintQueue

WARM_UP = 20
PRAGMAS = (
    "journal_mode",
    "synchronous",
    "foreign_keys",
    "busy_timeout",
    "cache_size",
    "temp_store",
    "wal_autocheckpoint",
)
#: The tables a sale writes, parents first, and how to find the rows of one sale in each.
SALE_TABLES = (
    ("sale_order", "id = :order"),
    ("order_tax", "order_id = :order"),
    ("order_line", "order_id = :order"),
    ("payment", "order_id = :order"),
    ("receipt", "order_id = :order"),
    ("ticket", "order_id = :order"),
    ("outbox", "command_id = :command"),
    ("print_job", "receipt_id IN (SELECT id FROM receipt WHERE order_id = :order)"),
)


def run(path: Path, pairs: int = 300) -> dict[str, object]:
    engine = engine_for(path)
    factory = sessionmaker(engine, expire_on_commit=False)
    with factory() as session:
        terminal_id = session.scalars(select(Terminal.id)).one()
    counter = Counter(factory, terminal_id, clock=lambda: NOON)
    queue = PrintQueue(factory, terminal_id, "dummy:")
    cashier = next(u for u in counter.users() if u.role == "cashier")
    counter.login(cashier.id, "1111")
    counter.open_shift(20000)
    occurrences = [
        o for o in counter.occurrences(counter.today()) if o.capacity >= 60 and o.ends_at > NOON
    ]
    statements: Tally[str] = Tally()
    counting = {"on": False}

    @event.listens_for(engine, "before_cursor_execute")
    def _statement(_c: Any, _cur: Any, statement: str, *_args: Any) -> None:
        if counting["on"]:
            statements[statement.split(None, 1)[0].upper()] += 1

    @event.listens_for(engine, "rollback")
    def _rollback(_c: Any) -> None:
        if counting["on"]:
            statements["ROLLBACK"] += 1

    sold = 0

    def sell(count: bool = False) -> tuple[float, str]:
        nonlocal sold
        occ = occurrences[sold % len(occurrences)]
        sold += 1
        cart = Cart()
        counter.add_to_cart(cart, occ.id, counter.categories(occ.id)[0].category_id, 1)
        payment = counter.payment_session(cart)
        payment.add_cash(payment.cash_due)
        counting["on"] = count  # the sale's statements only, not the print worker's
        start = time.perf_counter()
        result = counter.sell(cart, payment)
        took = (time.perf_counter() - start) * 1000
        counting["on"] = False
        # The print worker prints and checkpoints, as after every sale, before anything else.
        worker = threading.Thread(target=queue.process)
        worker.start()
        worker.join()
        return took, result.order_id

    for _ in range(WARM_UP):
        sell()
    _, order_id = sell(count=True)
    with engine.connect() as conn:
        pragmas = {p: conn.exec_driver_sql(f"PRAGMA {p}").scalar() for p in PRAGMAS}
    bare = sqlite3.connect(path, isolation_level=None)
    for name, value in pragmas.items():
        bare.execute(f"PRAGMA {name}={value}")
    assert {p: bare.execute(f"PRAGMA {p}").fetchone()[0] for p in PRAGMAS} == pragmas
    rows = _rows_of_sale(bare, order_id)
    write_bare = _bare_writer(bare, rows)
    sales: list[float] = []
    bares: list[float] = []
    for i in range(pairs):
        for turn in ("sale", "bare") if i % 2 == 0 else ("bare", "sale"):
            if turn == "sale":
                sales.append(sell()[0])
            else:
                bares.append(write_bare(i))
                bare.execute("PRAGMA wal_checkpoint(PASSIVE)")  # as the worker does
            time.sleep(0.003)  # the next customer steps up
    bare.close()
    engine.dispose()
    sale_p50, bare_p50 = percentile(sales, 50), percentile(bares, 50)
    return {
        "sale_commit_vs_sqlite_ratio": round(sale_p50 / bare_p50, 2),
        "ratio_sale_p50_ms": round(sale_p50, 3),
        "ratio_bare_sqlite_p50_ms": round(bare_p50, 3),
        "ratio_sale_p99_ms": round(percentile(sales, 99), 2),
        "ratio_pairs": pairs,
        "rows_per_sale": {table: len(found) for table, found in rows.items()},
        "statements_per_sale": dict(sorted(statements.items())),
        "pragmas": pragmas,
    }


def _rows_of_sale(conn: sqlite3.Connection, order_id: str) -> dict[str, list[dict[str, Any]]]:
    command_id = conn.execute(
        "SELECT command_id FROM sale_order WHERE id = ?", (order_id,)
    ).fetchone()[0]
    rows: dict[str, list[dict[str, Any]]] = {}
    for table, where in SALE_TABLES:
        cursor = conn.execute(
            f"SELECT * FROM {table} WHERE {where}", {"order": order_id, "command": command_id}
        )
        names = [d[0] for d in cursor.description]
        rows[table] = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
        assert rows[table], table
    return rows


def _bare_writer(conn: sqlite3.Connection, rows: dict[str, list[dict[str, Any]]]) -> Any:
    """A function writing a copy of the sale's rows in one transaction, its keys fresh: new
    ids (the references between the rows kept), codes, receipt number and outbox sequence
    far past the counter's, print jobs already printed (the worker leaves them)."""
    keys = {row["id"] for found in rows.values() for row in found if isinstance(row["id"], str)}
    keys.add(rows["outbox"][0]["command_id"])
    inserts = [
        (table, f"INSERT INTO {table} ({', '.join(found[0])}) VALUES ({_marks(len(found[0]))})")
        for table, found in rows.items()
    ]

    def write(serial: int) -> float:
        fresh = {key: str(uuid.uuid4()) for key in keys}
        batches = []
        for table, sql in inserts:
            values = []
            for row in rows[table]:
                copy = {k: fresh.get(v, v) if isinstance(v, str) else v for k, v in row.items()}
                if isinstance(copy["id"], int):
                    copy["id"] = None  # numbered by SQLite
                if "code" in copy:
                    copy["code"] = uuid.uuid4().hex[:16]
                if table == "receipt":
                    copy["number"] = 10**12 + serial
                if table == "outbox":
                    copy["sequence"] = 10**12 + serial
                if table == "print_job":
                    copy["status"] = "printed"
                values.append(tuple(copy.values()))
            batches.append((sql, values))
        start = time.perf_counter()
        cursor = conn.cursor()
        cursor.execute("BEGIN IMMEDIATE")
        for sql, values in batches:
            cursor.executemany(sql, values)
        cursor.execute("COMMIT")
        return (time.perf_counter() - start) * 1000

    return write


def _marks(count: int) -> str:
    return ", ".join("?" * count)
