"""Shared helpers for the benchmarks: a demo database, percentiles, RSS."""

from __future__ import annotations

import os
import statistics
from datetime import UTC, date, datetime
from pathlib import Path

from guichet.config import DB_NAME
from guichet.models.db import make_engine, open_local_database, sqlite_url
from guichet.services.demo import load_demo

DEMO_DAY = date(2026, 12, 5)
NOON = datetime(2026, 12, 5, 17, 0, tzinfo=UTC)


def demo_database(directory: Path) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / DB_NAME
    engine, factory = open_local_database(path)
    load_demo(factory, today=DEMO_DAY, promotions=False, seating=False)
    engine.dispose()
    return path


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * pct / 100
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def median(values: list[float]) -> float:
    return statistics.median(values)


def rss_mb() -> float:
    """This process's resident memory now."""
    return _status_mb("VmRSS")


def peak_rss_mb() -> float:
    """This process's peak resident memory since it started its program. Not
    ``getrusage``'s ``ru_maxrss``: a child started by ``subprocess`` (vfork, then exec)
    inherits its parent's peak there, so a counter run by a bench that had grown to 370 MB
    reported 370 MB whatever it used itself. VmHWM belongs to the program's own memory."""
    return _status_mb("VmHWM")


def _status_mb(field: str) -> float:
    with open(f"/proc/{os.getpid()}/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith(f"{field}:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError(f"no {field}")


def engine_for(path: Path):  # type: ignore[no-untyped-def]
    return make_engine(sqlite_url(path))
