"""bundle_start_to_login_s: the PyInstaller bundle's cold start to the login window, beside the
source install's in the same run (bundle_vs_source_start_ratio, target <= 1.2).

Measured as bench_startup measures the source install: from spawning the program to the
"ready" line the window prints on its first event-loop turn (--ready-probe). The two programs
take turns on the same demo folder, so that a busy or quiet moment of the machine falls on
both alike. "Cold" is the program's own start (a new process, nothing imported yet); the
first run of each is left out, as it only warms the OS file cache, as any second launch would.
`make bundle` runs first, so the bundle measured is the source's of the same run.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import demo_database, median

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "guichet" / "guichet"


def _start(command: list[str], directory: Path, env: dict[str, str]) -> float:
    start = time.perf_counter()
    out = subprocess.run(
        [*command, "--data-dir", str(directory), "--ready-probe"],
        capture_output=True, text=True, env=env, timeout=60, check=True, cwd=directory,
    )
    elapsed = time.perf_counter() - start
    assert "ready" in out.stdout, out.stdout + out.stderr
    return elapsed


def run(repeats: int = 7) -> dict[str, object]:
    # Up to date with the source measured beside it (make rebuilds only what changed).
    subprocess.run(["make", "--no-print-directory", "bundle"], cwd=ROOT, check=True)
    programs = {"bundle": [str(BUNDLE)], "source": [sys.executable, "-m", "guichet"]}
    times: dict[str, list[float]] = {name: [] for name in programs}
    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp)
        demo_database(directory)
        env = {k: v for k, v in os.environ.items() if not k.startswith("GUICHET_")}
        env["QT_QPA_PLATFORM"] = "offscreen"
        env["PYTHONPATH"] = str(ROOT)  # `python -m guichet` from the checkout, whatever the cwd
        for command in programs.values():
            _start(command, directory, env)  # warms the file cache, not counted
        for turn in range(repeats):
            # Each goes first every other turn: the one after the other finds its shared
            # libraries (Qt's, in the venv and in the bundle alike) no warmer.
            order = list(programs) if turn % 2 == 0 else list(reversed(programs))
            for name in order:
                times[name].append(_start(programs[name], directory, env))
    bundle, source = median(times["bundle"]), median(times["source"])
    return {
        "bundle_start_to_login_s": round(bundle, 3),
        "bundle_vs_source_start_ratio": round(bundle / source, 3),
        "source_start_to_login_s": round(source, 3),
        "bundle_runs": [round(t, 3) for t in times["bundle"]],
        "source_runs": [round(t, 3) for t in times["source"]],
    }


if __name__ == "__main__":
    print(run())
