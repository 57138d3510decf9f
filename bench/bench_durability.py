"""sale_commit_p99_ms_full and sale_commit_p99_ms_normal (issue 21, part 11): what a sale's
commit costs with the counter's setting, ``synchronous=FULL`` (the write-ahead log synced at
every commit, so a sale is on disk before its receipt prints), beside the former ``NORMAL``
(synced at checkpoints only), in the same run on the same database.

The setup is bench_sale_commit's: a million order lines, the print worker printing and
checkpointing after each sale on another thread. The two settings alternate in blocks of
``block`` sales (FULL first in even rounds, NORMAL first in odd ones), so that the machine's
load at a given minute weighs on both alike. A block starts with fresh connections in its
setting (the pool emptied) and one untimed sale."""

from __future__ import annotations

import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from sqlalchemy import event, select, text
from sqlalchemy.orm import sessionmaker

from bench.bench_sale_commit import ORDER_LINES, fill
from bench.common import NOON, demo_database, engine_for, percentile
from guichet.domain.cart import Cart
from guichet.models.tables import Terminal
from guichet.services.counter import Counter
from guichet.services.printqueue import PrintQueue

MODES = ("FULL", "NORMAL")
WARM_UP = 20  # the very first sales of the process warm caches and compile queries


def run(
    order_lines: int = ORDER_LINES, block: int = 100, rounds: int = 6
) -> dict[str, object]:
    # On the disk the counter's data folder would be on (the temporary folder's), never a
    # RAM disk: an fsync there costs nothing and would measure nothing.
    with tempfile.TemporaryDirectory() as tmp:
        path = demo_database(Path(tmp))
        fill(path, order_lines)
        engine = engine_for(path)
        mode = {"value": MODES[0]}

        @event.listens_for(engine, "connect")
        def _setting(dbapi_connection: Any, _record: Any) -> None:
            # After make_engine's own pragmas (listeners run in the order they were added).
            dbapi_connection.execute(f"PRAGMA synchronous={mode['value']}")

        factory = sessionmaker(engine, expire_on_commit=False)
        with factory() as session:
            terminal_id = session.scalars(select(Terminal.id)).one()
        counter = Counter(factory, terminal_id, clock=lambda: NOON)
        queue = PrintQueue(factory, terminal_id, "dummy:")
        cashier = next(u for u in counter.users() if u.role == "cashier")
        counter.login(cashier.id, "1111")
        counter.open_shift(20000)
        occurrences = [
            o
            for o in counter.occurrences(counter.today())
            if o.capacity >= 60 and o.ends_at > NOON
        ]
        worker: threading.Thread | None = None
        timings: dict[str, list[float]] = {m: [] for m in MODES}
        block_p99: dict[str, list[float]] = {m: [] for m in MODES}
        checked: dict[str, set[int]] = {m: set() for m in MODES}
        sold = 0

        def sell() -> float:
            nonlocal worker, sold
            occ = occurrences[sold % len(occurrences)]
            sold += 1
            cart = Cart()
            counter.add_to_cart(cart, occ.id, counter.categories(occ.id)[0].category_id, 1)
            payment = counter.payment_session(cart)
            payment.add_cash(payment.cash_due)
            start = time.perf_counter()
            counter.sell(cart, payment)
            took = (time.perf_counter() - start) * 1000
            if worker is not None:
                worker.join()  # one print run at a time, as PrintController does
            worker = threading.Thread(target=queue.process)
            worker.start()
            time.sleep(0.005)  # the next customer steps up
            return took

        for _ in range(WARM_UP):
            sell()
        for r in range(rounds):
            for name in MODES if r % 2 == 0 else tuple(reversed(MODES)):
                if worker is not None:
                    worker.join()
                mode["value"] = name
                engine.dispose()  # every connection from now on opens in this setting
                sell()
                with engine.connect() as conn:
                    checked[name].add(int(conn.exec_driver_sql("PRAGMA synchronous").scalar()))
                these = [sell() for _ in range(block)]
                timings[name].extend(these)
                block_p99[name].append(round(percentile(these, 99), 2))
        if worker is not None:
            worker.join()
        with factory() as session:
            count = session.execute(text("SELECT count(*) FROM order_line")).scalar()
        engine.dispose()
    # What the setting names is what the connections ran with: FULL is 2, NORMAL 1.
    assert checked == {"FULL": {2}, "NORMAL": {1}}, checked
    full, normal = timings["FULL"], timings["NORMAL"]
    return {
        "sale_commit_p99_ms_full": round(percentile(full, 99), 2),
        "sale_commit_p99_ms_normal": round(percentile(normal, 99), 2),
        "sale_commit_p50_ms_full": round(percentile(full, 50), 2),
        "sale_commit_p50_ms_normal": round(percentile(normal, 50), 2),
        "p99_per_block_ms_full": block_p99["FULL"],
        "p99_per_block_ms_normal": block_p99["NORMAL"],
        "sales_per_setting": len(full),
        "order_lines_in_db": count,
    }


if __name__ == "__main__":
    print(run())
