"""startup_login_s: from launching ``guichet`` to an interactive login window.

Measured from outside (process spawn to the "ready" line the window prints on its first
event-loop turn), so interpreter start, imports, database open and window build all count.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import demo_database, median


def run(repeats: int = 5) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp)
        demo_database(directory)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        times = []
        for _ in range(repeats + 1):
            start = time.perf_counter()
            out = subprocess.run(
                [sys.executable, "-m", "guichet", "--data-dir", str(directory), "--ready-probe"],
                capture_output=True,
                text=True,
                env=env,
                timeout=60,
                check=True,
            )
            elapsed = time.perf_counter() - start
            assert "ready" in out.stdout, out.stdout + out.stderr
            times.append(elapsed)
        times = times[1:]  # the first run warms the OS file cache, as any second launch would
    return {"startup_login_s": round(median(times), 3), "runs": [round(t, 3) for t in times]}


if __name__ == "__main__":
    print(run())
