"""backup_1m_lines_s: the counter's online backup at a shift's close (``BackupService`` in its
thread, ``take_backup``: backup API, identity note, ``PRAGMA integrity_check``, rename) of a
database holding 1,000,000 order lines, while sales keep committing on it.

Measured in the same run, interleaved round by round so that the machine's state weighs on
all alike:
- the physical baseline: the ``sqlite3`` module's ``Connection.backup`` alone on the same
  file, nothing else running (what copying the pages costs), then a plain
  ``PRAGMA integrity_check`` of that copy (what checking it costs);
- the p99 sale commit with no backup running, and during the backup.

Then, once, the reason the copy is made in one step: a copy in steps of 4,096 pages while the
till sells, given 15 seconds (see docs/BACKUPS.md).
"""

from __future__ import annotations

import sqlite3
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select, text
from sqlalchemy.orm import sessionmaker

from bench.bench_sale_commit import ORDER_LINES, fill
from bench.common import NOON, demo_database, engine_for, median, percentile
from guichet.domain.backups import SHIFT
from guichet.domain.cart import Cart
from guichet.models.tables import Terminal
from guichet.services.backups import BackupService
from guichet.services.counter import Counter
from guichet.services.printqueue import PrintQueue


class Till:
    """A cashier selling one ticket at a time, the print worker checkpointing after each
    sale, as at a real counter (see bench_sale_commit)."""

    def __init__(self, path: Path) -> None:
        self.engine = engine_for(path)
        factory = sessionmaker(self.engine, expire_on_commit=False)
        with factory() as session:
            terminal_id = session.scalars(select(Terminal.id)).one()
        self.counter = Counter(factory, terminal_id, clock=lambda: NOON)
        self.queue = PrintQueue(factory, terminal_id, "dummy:")
        cashier = next(u for u in self.counter.users() if u.role == "cashier")
        self.counter.login(cashier.id, "1111")
        if self.counter.current_shift() is None:
            self.counter.open_shift(20000)
        self.occurrences = [
            o
            for o in self.counter.occurrences(self.counter.today())
            if o.capacity >= 60 and o.ends_at > NOON
        ]
        self.sold = 0

    def sell_while(self, going: Callable[[], bool], at_most: int = 100_000) -> list[float]:
        """Sell until ``going()`` says stop; the commit times in milliseconds."""
        timings: list[float] = []
        worker: threading.Thread | None = None
        while going() and len(timings) < at_most:
            occ = self.occurrences[self.sold % len(self.occurrences)]
            cats = self.counter.categories(occ.id)
            cart = Cart()
            self.counter.add_to_cart(cart, occ.id, cats[0].category_id, 1)
            payment = self.counter.payment_session(cart)
            payment.add_cash(payment.cash_due)
            start = time.perf_counter()
            self.counter.sell(cart, payment)
            timings.append((time.perf_counter() - start) * 1000)
            self.sold += 1
            if worker is not None:
                worker.join()
            worker = threading.Thread(target=self.queue.process)
            worker.start()
            time.sleep(0.005)  # the next customer steps up
        if worker is not None:
            worker.join()
        return timings

    def order_lines(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(text("SELECT count(*) FROM order_line")).scalar_one())


def physical_backup(path: Path, target: Path) -> tuple[float, float]:
    """``Connection.backup`` alone, one step, nothing else running; then a plain
    ``PRAGMA integrity_check`` of that copy. The seconds of each."""
    target.unlink(missing_ok=True)
    start = time.perf_counter()
    source = sqlite3.connect(path)
    dest = sqlite3.connect(target)
    try:
        source.backup(dest)
    finally:
        dest.close()
        source.close()
    copied = time.perf_counter() - start
    start = time.perf_counter()
    check = sqlite3.connect(target)
    try:
        if check.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
            raise RuntimeError("the physical copy is damaged")
    finally:
        check.close()
    return copied, time.perf_counter() - start


def stepped_backup_while_selling(
    till: Till, path: Path, target: Path, pages: int = 4096, give_up_s: float = 15
) -> tuple[bool, int]:
    """Why the counter copies in one step: the backup API in steps of ``pages`` while the
    till sells. SQLite restarts a stepped copy whenever another connection writes between two
    steps. Whether it finished within ``give_up_s``, and how many steps it took."""
    target.unlink(missing_ok=True)
    outcome: dict[str, int] = {"steps": 0, "finished": 0}

    def copy() -> None:
        start = time.perf_counter()

        def progress(_status: int, _remaining: int, _total: int) -> None:
            outcome["steps"] += 1
            if time.perf_counter() - start > give_up_s:
                raise TimeoutError

        source, dest = sqlite3.connect(path), sqlite3.connect(target)
        try:
            source.backup(dest, pages=pages, progress=progress)
            outcome["finished"] = 1
        except TimeoutError:
            pass
        finally:
            dest.close()
            source.close()

    thread = threading.Thread(target=copy)
    thread.start()
    till.sell_while(thread.is_alive)
    thread.join()
    target.unlink(missing_ok=True)
    return bool(outcome["finished"]), outcome["steps"]


def online_backup_while_selling(
    till: Till, data: Path, number: int
) -> tuple[float, int, list[float]]:
    """The counter's backup at a shift's close, as the program takes it (in its own thread,
    ``BackupService``), while the till sells: its seconds, its size, and the sales' commit
    times meanwhile."""
    service = BackupService(data)
    backup = service.in_background(SHIFT, number)
    timings = till.sell_while(backup.is_alive)
    backup.join()
    if service.last_result is None:
        raise RuntimeError(f"the backup failed: {service.last_error}")
    return service.last_result.seconds, service.last_result.size, timings


def run(
    order_lines: int = ORDER_LINES, rounds: int = 3, quiet_sales: int = 150
) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        path = demo_database(data)
        fill(path, order_lines)
        till = Till(path)
        lines_before = till.order_lines()
        till.sell_while(lambda: True, at_most=20)  # warm the caches
        physical_s: list[float] = []
        check_s: list[float] = []
        online_s: list[float] = []
        quiet_ms: list[float] = []
        during_ms: list[float] = []
        sold_during: list[int] = []
        sizes: list[int] = []
        for number in range(1, rounds + 1):
            quiet_ms += till.sell_while(lambda: True, at_most=quiet_sales)
            copied, checked = physical_backup(path, Path(tmp) / "physical.db")
            physical_s.append(copied)
            check_s.append(checked)
            seconds, size, timings = online_backup_while_selling(till, data, number)
            online_s.append(seconds)
            sizes.append(size)
            during_ms += timings
            sold_during.append(len(timings))
        stepped_done, stepped_steps = stepped_backup_while_selling(
            till, path, Path(tmp) / "stepped.db"
        )
        pages_in_file = path.stat().st_size // 4096
        lines_after = till.order_lines()
        till.engine.dispose()
    online = median(online_s)
    physical = median(physical_s)
    return {
        "backup_1m_lines_s": round(online, 2),
        "backup_per_round_s": [round(v, 2) for v in online_s],
        "physical_backup_api_s": round(physical, 2),
        "physical_per_round_s": [round(v, 2) for v in physical_s],
        "online_vs_physical_ratio": round(online / physical, 2),
        "physical_integrity_check_s": round(median(check_s), 2),
        "online_vs_physical_copy_and_check_ratio": round(online / (physical + median(check_s)), 2),
        "sale_commit_p99_during_backup_ms": round(percentile(during_ms, 99), 2),
        "sale_commit_p99_no_backup_ms": round(percentile(quiet_ms, 99), 2),
        "sale_commit_p50_during_backup_ms": round(percentile(during_ms, 50), 2),
        "sale_commit_p50_no_backup_ms": round(percentile(quiet_ms, 50), 2),
        "sales_during_each_backup": sold_during,
        "order_lines_in_db": lines_before,
        "order_lines_sold_during_bench": lines_after - lines_before,
        "stepped_4096_pages_finished_within_15_s": stepped_done,
        "stepped_4096_pages_steps_taken": stepped_steps,
        "steps_the_file_needs_without_restarts": -(-pages_in_file // 4096),
        "backup_file_mb": round(median([float(s) for s in sizes]) / 1e6, 1),
    }


if __name__ == "__main__":
    print(run())
