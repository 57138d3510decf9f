"""Issue 21, part 11: a sale is on disk before its receipt prints.

In WAL mode, ``synchronous=NORMAL`` syncs the log only at checkpoints: a committed sale whose
receipt has printed can vanish in a power cut. ``FULL`` syncs the log at every commit. This
watches every connection made to the counter's database file while the product works on it
(the counter opened by guichet.startup, a sale, its print run and checkpoint, the command
line's check, backup, restore and staff tools) and asserts that each one runs with
``synchronous=FULL`` when it commits and when it closes."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from guichet.config import DB_NAME, Settings
from guichet.startup import start
from tests.cli_runner import run_guichet
from tests.conftest import Clock
from tests.integration.helpers import occurrence_named, sell_cash

DEMO_DAY = date(2026, 12, 5)
NOON = datetime(2026, 12, 5, 17, 0, tzinfo=UTC)
FULL = 2


@dataclass
class Watch:
    """What each connection to a database file said of its ``synchronous`` setting."""

    seen: list[tuple[str, str, int]] = field(default_factory=list)  # (file, when, value)

    def note(self, conn: sqlite3.Connection, when: str) -> None:
        try:
            files = {row[1]: row[2] for row in conn.execute("PRAGMA database_list")}
            value = int(conn.execute("PRAGMA synchronous").fetchone()[0])
        except sqlite3.Error:  # closed already, or a connection that failed to open
            return
        self.seen.append((files.get("main", ""), when, value))

    def on(self, path: Path) -> list[tuple[str, int]]:
        wanted = str(path.resolve())
        return [(when, value) for file, when, value in self.seen if file == wanted]


@pytest.fixture
def watch(monkeypatch: pytest.MonkeyPatch) -> Iterator[Watch]:
    """Every sqlite3 connection of this process, SQLAlchemy's pool included (its dialect
    calls ``sqlite3.dbapi2.connect``; the product's tools call ``sqlite3.connect``)."""
    found = Watch()

    class Watched(sqlite3.Connection):
        def commit(self) -> None:
            found.note(self, "commit")
            super().commit()

        def close(self) -> None:
            found.note(self, "close")
            super().close()

    original = sqlite3.connect

    def connect(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        kwargs.setdefault("factory", Watched)
        connection: sqlite3.Connection = original(*args, **kwargs)
        return connection

    monkeypatch.setattr(sqlite3, "connect", connect)
    monkeypatch.setattr(sqlite3.dbapi2, "connect", connect)
    yield found


def test_every_connection_to_the_counters_database_commits_with_full_sync(
    tmp_path: Path, watch: Watch
) -> None:
    data = tmp_path / "data"
    Settings(printer=f"file:{tmp_path / 'printer.bin'}").save(data)
    runtime = start(data, demo=True, demo_day=DEMO_DAY, clock=Clock(NOON))
    try:
        counter = runtime.counter
        cashier = next(u for u in counter.users() if u.role == "cashier")
        counter.login(cashier.id, "1111")
        counter.open_shift(20000)
        pool = occurrence_named(counter, "Bain libre", 13)
        sell_cash(counter, pool.id, tendered=5000, adult=2)
        # The print run marks the job printed and checkpoints the log into the file.
        assert all(o.ok for o in runtime.print_queue.process())
        counter.close_shift({}, "")
    finally:
        runtime.close()
    database = data / DB_NAME
    backup = tmp_path / "copy.db"
    for args in (
        ["check", "--data-dir", str(data)],
        ["staff", "list", "--data-dir", str(data)],
        ["backup", "--data-dir", str(data), "--output", str(backup)],
        ["restore", str(backup), "--data-dir", str(data), "--yes"],
        ["check", "--data-dir", str(data)],
    ):
        done = run_guichet(args)
        assert done.returncode == 0, (args, done.stdout, done.stderr)

    seen = watch.on(database)
    commits = [value for when, value in seen if when == "commit"]
    # The demo, the shift, the sale, the print run, the close and the tools' writes.
    assert len(commits) >= 5, seen
    assert sum(1 for when, _ in seen if when == "close") >= 4, seen
    not_full = [(when, value) for when, value in seen if value != FULL]
    assert not not_full, f"connections to {database} not at synchronous=FULL: {not_full}"
