"""Start-up to the login window, measured from outside (process spawn to the "ready" line the
window prints on its first event-loop turn), so interpreter start, imports, database open and
window build all count.

startup_login_s: the demo's counter, p50 of 5 launches after a first that warms the OS cache.
startup_vs_bare_qt_ratio (issue 20): that launch beside a bare PySide6 window's (interpreter,
Qt, one window shown, the same ready line), interleaved in one run: p50 over p50.
startup_vs_bare_qt_ratio_1m: the same on a counter holding 1,000,000 order lines (a start must
not read the whole file: the full check runs at shift close, in ``guichet check`` and after a
crash, never at every start).
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from bench.common import demo_database, median

#: A bare PySide6 window to its first event-loop turn: what any Qt program pays.
BARE_QT = """
import time
t0 = time.perf_counter()
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
window = QLabel("Guichet")
window.resize(1366, 768)
window.show()
def ready():
    print(f"ready {time.perf_counter() - t0:.3f}", flush=True)
    app.quit()
QTimer.singleShot(0, ready)
app.exec()
"""
RATIO_KEYS = frozenset({"startup_vs_bare_qt_ratio", "startup_vs_bare_qt_ratio_1m"})


def launch(args: Sequence[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from spawning ``args`` to its ready line (the window shown, its first event-loop
    turn), and the processor seconds the whole run took (a figure the machine's load moves
    less)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    with subprocess.Popen(
        [sys.executable, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    ) as process:
        assert process.stdout is not None
        line = process.stdout.readline()
        elapsed = time.perf_counter() - start
        out, err = process.communicate(timeout=120)
    assert line.startswith("ready") and process.returncode == 0, line + out + err
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return elapsed, cpu


def environment(cache: Path) -> dict[str, str]:
    """Offscreen, with compiled bytecode as an installed counter has (pip and the bundle
    compile it; a checkout run with PYTHONDONTWRITEBYTECODE would compile every module at
    every start). The first, unmeasured round fills ``cache``."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPYCACHEPREFIX=str(cache))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def counter(directory: Path) -> list[str]:
    return ["-m", "guichet", "--data-dir", str(directory), "--ready-probe"]


def million_lines(directory: Path) -> Path:
    """The demo's counter after 1,000,000 order lines (bench/bench_sale_commit.py's history)."""
    from bench.bench_sale_commit import ORDER_LINES, fill

    path = demo_database(directory)
    fill(path, ORDER_LINES)
    return path


def run(keys: frozenset[str] = frozenset(), repeats: int = 5) -> dict[str, object]:
    wanted = keys or frozenset({"startup_login_s"} | RATIO_KEYS)
    with tempfile.TemporaryDirectory() as tmp:
        demo = Path(tmp) / "demo"
        demo_database(demo)
        kinds: dict[str, list[str]] = {"demo": counter(demo), "bare": ["-c", BARE_QT]}
        if "startup_vs_bare_qt_ratio_1m" in wanted:
            big = Path(tmp) / "1m"
            million_lines(big)
            kinds["1m"] = counter(big)
        env = environment(Path(tmp) / "pycache")
        times: dict[str, list[float]] = {kind: [] for kind in kinds}
        cpu: dict[str, list[float]] = {kind: [] for kind in kinds}
        for round_number in range(repeats + 1):
            for kind, args in kinds.items():  # interleaved: the machine's load falls on all
                elapsed, seconds = launch(args, env)
                if round_number:  # the first round warms the OS file cache and the bytecode
                    times[kind].append(elapsed)
                    cpu[kind].append(seconds)
        size_mb = (big / "guichet.sqlite3").stat().st_size / 1e6 if "1m" in kinds else None
    p50 = {kind: median(values) for kind, values in times.items()}
    cpu50 = {kind: median(values) for kind, values in cpu.items()}
    result: dict[str, object] = {
        "startup_login_s": round(p50["demo"], 3),
        "startup_vs_bare_qt_ratio": round(p50["demo"] / p50["bare"], 2),
        "bare_qt_s": round(p50["bare"], 3),
        "cpu_s": {kind: round(value, 3) for kind, value in cpu50.items()},
        "cpu_ratio": round(cpu50["demo"] / cpu50["bare"], 2),
        "runs": {kind: [round(t, 3) for t in values] for kind, values in times.items()},
    }
    if "1m" in p50:
        result["startup_vs_bare_qt_ratio_1m"] = round(p50["1m"] / p50["bare"], 2)
        result["startup_1m_s"] = round(p50["1m"], 3)
        result["cpu_ratio_1m"] = round(cpu50["1m"] / cpu50["bare"], 2)
        result["database_1m_mb"] = round(size_mb or 0, 1)
    return result


if __name__ == "__main__":
    print(run(frozenset(sys.argv[1:])))
