"""Gift packages and passes (issue 4, part 9).

cards_generate_export_100k_s: ``CardDesk.generate(…, 100_000)`` (ten commands through the bus,
with progress) then ``CardDesk.export`` of that lot to XLSX (openpyxl, write-only), also with
progress — what « Générer des cartes » then « Exporter » do.

scan_verdict_p99_ms: with 1,000,000 cards and passes in the local database, the p99 of
``CardDesk.verdict(text)`` (scan to verdict: normalise, check symbol, indexed probe, rules)
over 2,000 codes typed as a scanner sends them (lower case, dashes).

scan_vs_sqlite_ratio: that p99 over the p99 of a bare ``sqlite3`` indexed look-up of the same
codes, in the same run, on the same file.

scan_window_vs_sqlite_ratio (issue 20): the scanning window's whole scan, ``CardDesk.scan``
(verdict, names, members, bookings: what the window shows), p50 over the p50 of that bare
look-up of the same card, the two interleaved code by code, on the same 1,000,000 cards.
"""

from __future__ import annotations

import itertools
import random
import sqlite3
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from bench.common import NOON, demo_database, median, percentile
from guichet.domain import codes
from guichet.domain.cards import Verdict
from guichet.models.db import make_engine, sqlite_url
from guichet.services.bus import Actor
from guichet.services.cards import CardDesk, CardFilter
from guichet.services.counter import Counter


def run(total: int = 1_000_000, sample: int = 2000, rounds: int = 3) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        path = demo_database(Path(tmp) / "data")
        engine = make_engine(sqlite_url(path))
        from sqlalchemy.orm import sessionmaker

        factory = sessionmaker(engine, expire_on_commit=False)
        from guichet.services.setup import local_setup

        setup = local_setup(factory)
        assert setup is not None
        counter = Counter(factory, setup.terminal_id, clock=lambda: NOON, printing_enabled=False)
        owner = next(u for u in counter.users() if u.role.value == "owner")
        counter.actor = Actor(owner.id, owner.name, owner.role)
        desk = counter.cards
        package = desk.find_card_type("Carte 10 bains").id
        season = desk.find_card_type("Passe saison patin").id
        family = desk.find_card_type("Laissez-passer familial 20 passages").id

        calls: list[tuple[int, int]] = []
        start = time.perf_counter()
        batch, first = desk.generate(package, 100_000, progress=lambda d, t: calls.append((d, t)))
        written = desk.export(
            CardFilter(batch=batch),
            Path(tmp) / "lot.xlsx",
            progress=lambda d, t: calls.append((d, t)),
        )
        generate_export_s = time.perf_counter() - start
        assert written == 100_000 and calls[-1] == (100_000, 100_000)

        rest = total - desk.count_cards()
        sampled = random.Random(4).sample(first, sample // 2)
        for type_id, count in ((family, rest // 2), (season, rest - rest // 2)):
            made: list[str] = []
            while len(made) < count:  # lots of at most 200,000
                made += desk.generate(type_id, min(200_000, count - len(made)), activated=True)[1]
            sampled += random.Random(count).sample(made, sample // 4)
        assert desk.count_cards() >= total
        with engine.connect() as conn:
            conn.exec_driver_sql("ANALYZE")
            conn.commit()
        scanned = [codes.display(c).lower() for c in sampled]

        verdict_p99: list[float] = []
        for _ in range(rounds):
            times = []
            for text in scanned:
                t0 = time.perf_counter()
                judgement = desk.verdict(text)
                times.append(time.perf_counter() - t0)
                assert judgement.verdict in (Verdict.VALID, Verdict.INACTIVE)
            verdict_p99.append(percentile(times, 99) * 1000)

        bare = sqlite3.connect(str(path))
        org = counter.organisation.id
        bare_p99: list[float] = []
        for _ in range(rounds):
            times = []
            for code in sampled:
                t0 = time.perf_counter()
                row = bare.execute(
                    "SELECT id, status, terms, uses_taken FROM card "
                    "WHERE organisation_id = ? AND code = ?",
                    (org, code),
                ).fetchone()
                times.append(time.perf_counter() - t0)
                assert row is not None
            bare_p99.append(percentile(times, 99) * 1000)
        window = _scan_window(counter, scanned, sampled, bare, org, rounds)
        bare.close()
        desk.close()
        engine.dispose()
    verdict = median(verdict_p99)
    plain = median(bare_p99)
    return {
        "cards_generate_export_100k_s": round(generate_export_s, 2),
        "scan_verdict_p99_ms": round(verdict, 3),
        "scan_vs_sqlite_ratio": round(verdict / plain, 2),
        "bare_sqlite_p99_ms": round(plain, 4),
        **window,
    }


def _scan_window(
    counter: Counter,
    scanned: list[str],
    sampled: list[str],
    bare: sqlite3.Connection,
    org: str,
    rounds: int,
) -> dict[str, float]:
    """CardDesk.scan beside the bare look-up, interleaved: each code scanned, then looked
    up bare, so both see the same load. The window's clock runs, one scan every 3 s (a
    scanner's repeat window is 2 s: with the clock standing still, every code scanned
    would stay "recent" and each scan would go through all of them). A new desk per round:
    the same code again on one desk would be a repeat."""
    ticks = itertools.count()
    running = Counter(
        counter.session_factory,
        counter.terminal_id,
        clock=lambda: NOON + timedelta(seconds=1.5 * next(ticks)),  # called twice a scan
        printing_enabled=False,
    )
    bare_sql = (
        "SELECT id, status, terms, uses_taken FROM card WHERE organisation_id = ? AND code = ?"
    )
    scan_p50: list[float] = []
    bare_p50: list[float] = []
    for _ in range(rounds):
        desk = CardDesk(running)
        scans, looks = [], []
        for text, code in zip(scanned, sampled, strict=True):
            t0 = time.perf_counter()
            result = desk.scan(text)
            t1 = time.perf_counter()
            row = bare.execute(bare_sql, (org, code)).fetchone()
            t2 = time.perf_counter()
            assert result.card_id == row[0] and not result.repeated
            scans.append(t1 - t0)
            looks.append(t2 - t1)
        desk.close()
        scan_p50.append(percentile(scans, 50) * 1e6)
        bare_p50.append(percentile(looks, 50) * 1e6)
    scan, plain = median(scan_p50), median(bare_p50)
    return {
        "scan_window_vs_sqlite_ratio": round(scan / plain, 2),
        "scan_window_p50_us": round(scan, 1),
        "scan_window_bare_sqlite_p50_us": round(plain, 1),
    }


if __name__ == "__main__":
    print(run())
