"""Sales killed with SIGKILL lose nothing and leave nothing half-written (tests/crash_harness.py;
`make soak` runs the same harness with 200 kills)."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

from tests import crash_harness


def test_sigkills_in_the_middle_of_sales_lose_nothing_and_leave_nothing_half_written(
    tmp_path: Path, demo_template_db: Path
) -> None:
    # The demo the worker would build on its first start, copied: the same day and options.
    shutil.copy2(demo_template_db, tmp_path / "guichet.sqlite3")

    report = crash_harness.run(tmp_path, kills=10, seed=21)

    assert report.problems == [], str(report)
    assert report.check_exit == 0 and report.kills == 10
    # Each worker was killed while selling: it had logged at least one sale first.
    assert report.logged >= 10
    assert 0 <= report.unlogged <= report.kills


def _sold_once(tmp_path: Path) -> tuple[Path, Path]:
    """A folder where the harness sold and was killed twice, its log and database sound."""
    report = crash_harness.run(tmp_path, kills=2, seed=5)
    assert report.problems == [] and report.logged >= 2
    return tmp_path / "guichet.sqlite3", tmp_path / "committed.jsonl"


def test_the_comparison_finds_a_lost_sale_a_half_written_one_and_a_receipt_gap(
    tmp_path: Path, demo_template_db: Path
) -> None:
    """The harness's verdict can fail: a sale logged and missing, an order without its outbox
    command and print jobs, a receipt number skipped."""
    shutil.copy2(demo_template_db, tmp_path / "guichet.sqlite3")
    database, log = _sold_once(tmp_path)
    rows = [json.loads(line) for line in log.read_text().splitlines()]
    with log.open("a") as fh:  # a sale the worker believed committed, never in the database
        fh.write(json.dumps({**rows[0], "order_id": "lost-order"}) + "\n")
        fh.write('{"order_id": "torn')  # a kill during the log's write: not counted
    db = sqlite3.connect(database)
    with db:
        db.execute("PRAGMA foreign_keys = OFF")
        half, last = rows[0]["order_id"], rows[-1]
        command = db.execute("SELECT command_id FROM sale_order WHERE id = ?", (half,)).fetchone()
        db.execute("DELETE FROM outbox WHERE command_id = ?", command)
        db.execute("DELETE FROM print_job WHERE receipt_id = ?", (rows[0]["receipt_id"],))
        # Far past the last number: a sale committed after the last logged one (a kill before
        # its log line) may hold number + 1.
        db.execute(
            "UPDATE receipt SET number = number + 1000 WHERE id = ?", (last["receipt_id"],)
        )
    db.close()

    report = crash_harness.Report(kills=2)
    crash_harness.compare(database, log, report)

    assert report.logged == len(rows) + 1
    problems = "\n".join(report.problems)
    assert "lost: order lost-order" in problems
    assert f"half-written: order {half}: outbox, print jobs 0" in problems
    assert f"receipt changed: order {last['order_id']}" in problems
    assert "receipt numbers of terminal" in problems and "gaps [" in problems
    assert "outbox sequences of terminal" in problems
