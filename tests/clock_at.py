"""Runs a command with every process's wall clock moved to a given time in Toronto.

    python tests/clock_at.py 23:55 -- -m pytest -q -n auto

The demo's dates are relative to the real today, so a test that leans on the hour passes at
noon and fails at midnight; `make test-clock` runs the suite just before and just after
midnight to catch them. libfaketime (PyPI `libfaketime`, which ships the compiled C library)
is preloaded into the command and everything it starts — pytest's workers, `guichet server`,
the CLI — with one shared offset from the real clock, so every process agrees on the time and
the clock keeps ticking. The monotonic clock stays real (Python's sleep waits on an absolute
monotonic deadline). PostgreSQL's server is not started by us and keeps the real time: the
product takes every timestamp from Python's clock, never from the database's now().

Times from 12:00 fall on today's date in Toronto, times before noon on tomorrow's, so that
23:55 and 00:05 straddle the same midnight.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ZONE = ZoneInfo("America/Toronto")


def target(hhmm: str, real_now: datetime) -> datetime:
    wanted = time.fromisoformat(hhmm)
    day = real_now.astimezone(ZONE).date()
    if wanted.hour < 12:
        day += timedelta(days=1)
    return datetime.combine(day, wanted, tzinfo=ZONE)


def library() -> Path:
    spec = importlib.util.find_spec("libfaketime")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("libfaketime is not installed: pip install -e '.[dev]' (make install)")
    path = Path(next(iter(spec.submodule_search_locations))) / "vendor/libfaketime/src"
    return path / "libfaketime.so.1"


def environment(hhmm: str) -> dict[str, str]:
    real_now = datetime.now(UTC)
    offset = round((target(hhmm, real_now) - real_now).total_seconds())
    env = dict(os.environ)
    preload = [str(library())] + ([env["LD_PRELOAD"]] if env.get("LD_PRELOAD") else [])
    env.update(
        LD_PRELOAD=":".join(preload),
        FAKETIME=f"{offset:+d}",
        # Both spellings: the variable's name changed between libfaketime releases.
        DONT_FAKE_MONOTONIC="1",
        FAKETIME_DONT_FAKE_MONOTONIC="1",
        FAKETIME_NO_CACHE="1",
        GUICHET_TEST_CLOCK=hhmm,
    )
    return env


def check(env: dict[str, str], hhmm: str) -> None:
    """A library that failed to load would run the suite on the real clock and prove nothing."""
    probe = "from datetime import datetime, UTC; print(datetime.now(UTC).isoformat())"
    seen = datetime.fromisoformat(
        subprocess.run(
            [sys.executable, "-c", probe], env=env, check=True, capture_output=True, text=True
        ).stdout.strip()
    )
    wanted = target(hhmm, datetime.now(UTC))
    if abs((seen - wanted).total_seconds()) > 60:
        raise SystemExit(f"libfaketime did not move the clock: {seen} instead of {wanted}")
    print(f"clock: {seen.astimezone(ZONE):%Y-%m-%d %H:%M:%S %Z} (America/Toronto)", flush=True)


def main(argv: list[str]) -> int:
    if len(argv) < 3 or argv[1] != "--":
        raise SystemExit("usage: clock_at.py HH:MM -- ARGS (run with this Python)")
    hhmm, command = argv[0], argv[2:]
    env = environment(hhmm)
    check(env, hhmm)
    return subprocess.run([sys.executable, *command], env=env).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
