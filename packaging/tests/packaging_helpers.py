"""Helpers of the packaging tests. Not a package: the folder's name would hide PyPA's
`packaging` library, so pytest puts this folder on sys.path and tests import this module."""

from __future__ import annotations

import os
import socket
import subprocess
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist"
TIMES: dict[str, float] = {}


def make(target: str) -> None:
    """`make TARGET` in the checkout, its time kept for the summary."""
    start = time.perf_counter()
    done = subprocess.run(
        ["make", "--no-print-directory", target], cwd=ROOT, capture_output=True, text=True
    )
    TIMES[f"make {target}"] = time.perf_counter() - start
    assert done.returncode == 0, f"make {target}:\n{done.stdout[-4000:]}{done.stderr[-4000:]}"


def clean_env(**extra: str) -> dict[str, str]:
    """The environment of a venue's PC: no GUICHET_* variable (resources must be found
    without GUICHET_RESOURCES), offscreen windows, a language chosen on the command line."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("GUICHET_")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.update(extra)
    return env


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
