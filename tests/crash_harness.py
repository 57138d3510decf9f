"""Sales killed with SIGKILL at random moments: is anything lost or half-written?

A worker process opens a counter's data folder the way the program does (``startup.start``, the
demo organisation on its pinned day), logs in, and sells one ticket after another through the
real Counter and its command bus. After each sale the bus returned, it appends the order id and
receipt number to a side file and fsyncs it: from then on the sale is one the cashier believes
committed (its receipt printed, the cash in the drawer). The harness kills the worker with
SIGKILL at a random moment, restarts it on the same database, N times, then runs
``guichet check`` and compares the side file with the database:

- lost: a logged sale missing from the database, or with another receipt number;
- half-written: an order without its lines, payments, receipt, tickets, command in the outbox
  or print jobs, or any of those without their order;
- receipt numbers and outbox sequences with a gap or a duplicate;
- committed but not logged: at most one sale per kill (killed between the commit and the log).

    python -m tests.crash_harness --kills 200        # make soak
    tests/integration/test_crash_harness.py           # N=10 in the suite
"""

from __future__ import annotations

import argparse
import json
import os
import random
import select
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The demo's day and its noon in Toronto: the clock is pinned (the suite runs at any hour).
DEMO_DAY = date(2026, 12, 5)
NOON = datetime(2026, 12, 5, 17, 0, tzinfo=UTC)
READY = "ready"


# --- the worker (a child process) -------------------------------------------------------------


def pinned_clock(since: float) -> Callable[[], datetime]:
    """The demo day's noon plus the real time since the harness began: it ticks, and never goes
    back across restarts."""
    return lambda: NOON + timedelta(seconds=time.time() - since)


def worker(data_dir: Path, log: Path, since: float) -> int:
    from guichet.config import SETTINGS_NAME, Settings
    from guichet.domain.cart import Cart
    from guichet.domain.errors import DomainError
    from guichet.startup import start

    if not (data_dir / SETTINGS_NAME).exists():
        # A printer set makes the counter write print jobs in each sale's transaction; nothing
        # prints them here (no queue thread), so every job stays in the database to be counted.
        Settings(printer=f"file:{data_dir / 'printer.bin'}").save(data_dir)
    clock = pinned_clock(since)
    runtime = start(data_dir, demo=True, clock=clock, demo_day=DEMO_DAY,
                    demo_promotions=False, demo_seating=False)  # fmt: skip
    counter = runtime.counter
    cashier = next(u for u in counter.users() if u.role == "cashier")
    counter.login(cashier.id, "1111")
    if counter.current_shift() is None:  # a killed run left its shift open: sell on it
        counter.open_shift(20000)
    day = counter.today()
    shows = [o.id for d in range(3) for o in counter.occurrences(day + timedelta(days=d))
             if o.starts_at > clock() + timedelta(hours=1)]  # fmt: skip
    fd = os.open(log, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    n = 0
    while shows:
        show = shows[n % len(shows)]
        cart = Cart()
        try:
            counter.add_to_cart(cart, show, counter.categories(show)[0].category_id, 1)
        except DomainError:  # sold out: on to the others
            shows.remove(show)
            continue
        payment = counter.payment_session(cart)
        payment.add_cash(payment.cash_due)
        sale = counter.sell(cart, payment)
        line = json.dumps({"order_id": sale.order_id, "receipt_id": sale.receipt_id,
                           "receipt_number": sale.receipt_number})  # fmt: skip
        os.write(fd, (line + "\n").encode())
        os.fsync(fd)
        if n == 0:  # the kill comes from now on: in the middle of selling, not of starting
            print(READY, flush=True)
        n += 1
    print("sold out", file=sys.stderr)
    return 3


# --- the harness ------------------------------------------------------------------------------


@dataclass
class Report:
    kills: int = 0
    logged: int = 0
    in_database: int = 0
    check_exit: int = -1
    check_output: str = ""
    problems: list[str] = field(default_factory=list)

    @property
    def unlogged(self) -> int:
        """Committed sales the worker died before logging."""
        return self.in_database - self.logged

    def __str__(self) -> str:
        head = (
            f"{self.kills} SIGKILLs, {self.logged} sales logged as committed, "
            f"{self.in_database} in the database ({self.unlogged} committed but not logged), "
            f"guichet check: exit {self.check_exit}"
        )
        return "\n".join([head, *(f"  - {p}" for p in self.problems)] or [head])


def _spawn(data_dir: Path, log: Path, since: float) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.crash_harness", "worker", str(data_dir), str(log),
         repr(since)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


def _wait_ready(process: subprocess.Popen[str], timeout: float = 120) -> None:
    assert process.stdout is not None
    ready, _, _ = select.select([process.stdout], [], [], timeout)
    line = process.stdout.readline().strip() if ready else ""
    if line != READY:
        process.kill()
        _, err = process.communicate()
        raise RuntimeError(f"the worker did not start ({line!r}): {err[-2000:]}")


def run(data_dir: Path, kills: int, *, seed: int | None = None, most: float = 0.4) -> Report:
    """``kills`` SIGKILLs, each between 0 and ``most`` seconds into a worker's selling."""
    rng = random.Random(seed)
    log = data_dir / "committed.jsonl"
    since = time.time()
    report = Report()
    for _ in range(kills):
        process = _spawn(data_dir, log, since)
        _wait_ready(process)
        time.sleep(rng.uniform(0, most))
        process.send_signal(signal.SIGKILL)
        _, err = process.communicate()
        if process.returncode != -signal.SIGKILL:
            raise RuntimeError(f"the worker ended before its kill ({process.returncode}): {err}")
        report.kills += 1
    check = subprocess.run(
        [sys.executable, "-m", "guichet", "check", "--data-dir", str(data_dir)],
        cwd=ROOT, capture_output=True, text=True,
    )  # fmt: skip
    report.check_exit, report.check_output = check.returncode, check.stdout + check.stderr
    if check.returncode != 0:
        report.problems.append(f"guichet check: {report.check_output.strip()}")
    from guichet.config import DB_NAME

    compare(data_dir / DB_NAME, log, report)
    return report


def _logged(log: Path) -> dict[str, dict[str, object]]:
    if not log.exists():
        return {}
    text = log.read_text()
    # A kill during the write can leave a last line without its newline: not yet logged.
    complete = text[: text.rfind("\n") + 1] if "\n" in text else ""
    return {row["order_id"]: row for row in map(json.loads, complete.splitlines())}


def compare(database: Path, log: Path, report: Report) -> None:
    logged = _logged(log)
    report.logged = len(logged)
    db = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        _compare(db, logged, report)
    finally:
        db.close()


def _compare(db: sqlite3.Connection, logged: dict[str, dict[str, object]], report: Report) -> None:
    problems = report.problems

    def rows(sql: str) -> list[tuple[object, ...]]:
        return db.execute(sql).fetchall()

    orders = {o: c for o, c in rows("SELECT id, command_id FROM sale_order")}
    report.in_database = len(orders)
    receipts = {o: (r, n) for o, r, n in rows(
        "SELECT order_id, id, number FROM receipt WHERE kind = 'sale'")}  # fmt: skip
    for order_id, row in logged.items():
        if order_id not in orders:
            problems.append(f"lost: order {order_id} (receipt {row['receipt_number']}) logged "
                            "as committed, missing from the database")  # fmt: skip
        elif receipts.get(order_id) != (row["receipt_id"], row["receipt_number"]):
            problems.append(f"receipt changed: order {order_id} logged {row['receipt_number']}, "
                            f"database {receipts.get(order_id)}")  # fmt: skip
    if report.unlogged < 0 or report.unlogged > report.kills:
        problems.append(f"{report.unlogged} sales committed but not logged for {report.kills} "
                        "kills (at most one per kill)")  # fmt: skip

    def per_order(sql: str) -> dict[object, int]:
        return {o: int(str(n)) for o, n in rows(sql)}

    lines = per_order("SELECT order_id, count(*) FROM order_line GROUP BY order_id")
    admissions = per_order("SELECT order_id, sum(quantity) FROM order_line "
                           "WHERE kind = 'ticket' GROUP BY order_id")  # fmt: skip
    payments = per_order("SELECT order_id, count(*) FROM payment GROUP BY order_id")
    tickets = per_order("SELECT order_id, count(*) FROM ticket GROUP BY order_id")
    sales = "SELECT command_id FROM outbox WHERE command_type = 'order.sell'"
    commands = {c for (c,) in rows(sales)}
    jobs = per_order("SELECT r.order_id, count(*) FROM print_job j JOIN receipt r "
                     "ON r.id = j.receipt_id GROUP BY r.order_id")  # fmt: skip
    for order_id, command_id in orders.items():
        have = {
            "lines": lines.get(order_id, 0),
            "payments": payments.get(order_id, 0),
            "receipt": int(order_id in receipts),
            "outbox": int(command_id in commands),
        }
        missing = [name for name, n in have.items() if n == 0]
        if tickets.get(order_id, 0) != admissions.get(order_id, 0):
            missing.append(f"tickets {tickets.get(order_id, 0)}/{admissions.get(order_id, 0)}")
        # A receipt job and one per ticket (or the one strip holding both).
        if jobs.get(order_id, 0) not in {1, 1 + admissions.get(order_id, 0)}:
            missing.append(f"print jobs {jobs.get(order_id, 0)}")
        if missing:
            problems.append(f"half-written: order {order_id}: {', '.join(missing)}")
    for what, sql in {
        **{
            what: f"SELECT count(*) FROM {table} WHERE order_id IS NOT NULL AND order_id NOT IN "
            "(SELECT id FROM sale_order)"
            for what, table in (("order lines", "order_line"), ("payments", "payment"),
                                ("receipts", "receipt"), ("tickets", "ticket"))
        },
        "sale commands": "SELECT count(*) FROM outbox WHERE command_type = 'order.sell' AND "
                         "command_id NOT IN (SELECT command_id FROM sale_order)",
        "print jobs": "SELECT count(*) FROM print_job WHERE receipt_id IS NOT NULL AND "
                      "receipt_id NOT IN (SELECT id FROM receipt)",
    }.items():  # fmt: skip
        (orphans,) = rows(sql)[0]
        if orphans:
            problems.append(f"half-written: {orphans} {what} without their order")
    for what, sql in {
        "receipt numbers": "SELECT terminal_id, number FROM receipt ORDER BY terminal_id, number",
        "outbox sequences": "SELECT terminal_id, sequence FROM outbox ORDER BY terminal_id, "
                            "sequence",
    }.items():  # fmt: skip
        by_terminal: dict[object, list[int]] = {}
        for terminal, number in rows(sql):
            by_terminal.setdefault(terminal, []).append(int(str(number)))
        for terminal, numbers in by_terminal.items():
            if numbers != list(range(1, len(numbers) + 1)):
                gaps = sorted(set(range(1, max(numbers) + 1)) - set(numbers))[:10]
                twice = sorted({n for n in numbers if numbers.count(n) > 1})[:10]
                problems.append(f"{what} of terminal {terminal}: gaps {gaps}, twice {twice}")


def main(argv: list[str]) -> int:
    if argv[:1] == ["worker"]:
        return worker(Path(argv[1]), Path(argv[2]), float(argv[3]))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--keep", type=Path, help="a folder to keep (default: a temporary one)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="guichet-soak-") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        began = time.monotonic()
        report = run(folder, args.kills, seed=args.seed)
        print(report)
        print(f"({time.monotonic() - began:.0f} s)")
    return 1 if report.problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
