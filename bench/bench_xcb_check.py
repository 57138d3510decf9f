"""xcb_check_ms: the check `guichet` makes before Qt starts on Linux (`ldd` on PySide6's xcb
plugin, guichet/qt_preflight.py), run as at every start, missing libraries or not."""

from __future__ import annotations

import time

from bench.common import median
from guichet.qt_preflight import xcb_problem


def run() -> dict[str, object]:
    env = {"QT_QPA_PLATFORM": "xcb", "PATH": "/usr/bin:/bin"}
    timings = []
    verdict = None
    for _ in range(21):
        start = time.perf_counter()
        verdict = xcb_problem("fr", env)
        timings.append((time.perf_counter() - start) * 1000)
    return {
        "xcb_check_ms": round(median(timings), 1),
        "libraries_missing_here": verdict is not None,
    }
