"""The door (issue 17): a ticket scanned among 1,000,000.

door_verdict_p99_ms: with 1,000,000 tickets in the counter's database (the demo's, plus
tickets written as plain rows for tonight's show), the p99 of ``DoorDesk.verdict(text)`` —
read the scan, check its symbol, one indexed probe joining the ticket to its date, event,
category, seat and order, the probe of its first entry, then the domain's rules — over 2,000
codes typed as a scanner sends them (lower case, dashes).

door_vs_sqlite_ratio: that p99 over the p99 of a bare ``sqlite3`` indexed look-up of the same
codes (``SELECT … FROM ticket WHERE code = ?``) on the same file, measured in the same run,
interleaved code by code with the door's, so that a noisy moment of this shared machine
weighs on both.

Also recorded: the p99 of a whole scan (``DoorDesk.scan``: the verdict and the check-in
written through the bus, committed), on 500 of those codes.
"""

from __future__ import annotations

import random
import sqlite3
import tempfile
import time
import uuid
from pathlib import Path

from bench.common import NOON, demo_database, median, percentile
from guichet.domain import codes
from guichet.domain.tickets import Verdict
from guichet.models.db import make_engine, sqlite_url
from guichet.services.bus import Actor
from guichet.services.counter import Counter


def _tickets(path: Path, total: int, occurrence_id: str, organisation_id: str) -> list[str]:
    """``total`` valid tickets for one date, written as plain rows; their codes."""
    rng = random.Random(17)
    alphabet = codes.ALPHABET
    made: list[str] = []
    db = sqlite3.connect(str(path))
    now = "2026-12-05 17:00:00.000000"
    batch = []
    for rank in range(total):
        body = "".join(rng.choice(alphabet) for _ in range(codes.RANDOM_LENGTH))
        code = body + codes.check_symbol_for(body)
        made.append(code)
        batch.append(
            (
                str(uuid.UUID(int=rng.getrandbits(128))),
                code,
                organisation_id,
                rank + 1,
                occurrence_id,
                "",
                "valid",
                now,
            )
        )
        if len(batch) == 50_000:
            _insert(db, batch)
            batch = []
    _insert(db, batch)
    db.execute("ANALYZE")
    db.commit()
    db.close()
    return made


def _insert(db: sqlite3.Connection, rows: list[tuple[object, ...]]) -> None:
    db.executemany(
        "INSERT INTO ticket (id, code, organisation_id, rank, occurrence_id, holder, status, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )


def run(total: int = 1_000_000, sample: int = 2000, rounds: int = 3) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        path = demo_database(Path(tmp) / "data")
        engine = make_engine(sqlite_url(path))
        from sqlalchemy.orm import sessionmaker

        from guichet.services.setup import local_setup

        factory = sessionmaker(engine, expire_on_commit=False)
        setup = local_setup(factory)
        assert setup is not None
        counter = Counter(factory, setup.terminal_id, clock=lambda: NOON, printing_enabled=False)
        cashier = next(u for u in counter.users() if u.role.value == "cashier")
        counter.actor = Actor(cashier.id, cashier.name, cashier.role)
        show = next(
            o
            for o in counter.occurrences(counter.today())
            if o.event_name == "Le Malade imaginaire"
        )
        made = _tickets(path, total, show.id, counter.organisation.id)
        sampled = random.Random(4).sample(made, sample)
        scanned = [codes.display(c).lower() for c in sampled]
        desk = counter.door
        bare = sqlite3.connect(str(path))

        door_p99: list[float] = []
        bare_p99: list[float] = []
        for _ in range(rounds):
            door_times, bare_times = [], []
            for text, code in zip(scanned, sampled, strict=True):
                t0 = time.perf_counter()
                verdict = desk.verdict(text)
                t1 = time.perf_counter()
                row = bare.execute(
                    "SELECT id, status, occurrence_id FROM ticket WHERE code = ?", (code,)
                ).fetchone()
                t2 = time.perf_counter()
                assert verdict.verdict is Verdict.VALID and row is not None
                door_times.append(t1 - t0)
                bare_times.append(t2 - t1)
            door_p99.append(percentile(door_times, 99) * 1000)
            bare_p99.append(percentile(bare_times, 99) * 1000)
        bare.close()

        scan_times = []
        for text in scanned[:500]:
            t0 = time.perf_counter()
            result = desk.scan(text)
            scan_times.append(time.perf_counter() - t0)
            assert result.verdict is Verdict.VALID
        desk.close()
        engine.dispose()
    door = median(door_p99)
    plain = median(bare_p99)
    return {
        "door_verdict_p99_ms": round(door, 3),
        "door_vs_sqlite_ratio": round(door / plain, 2),
        "bare_sqlite_p99_ms": round(plain, 4),
        "scan_and_record_p99_ms": round(percentile(scan_times, 99) * 1000, 2),
        "tickets": total,
    }


if __name__ == "__main__":
    print(run())
