"""Running ``guichet ...`` as a test needs it: in this process (its ``main``, with standard
output and error captured: a new Python process costs one to four seconds here, most of it
imports), or as a real process where what is checked is the process itself (its exit code,
its environment). Each command's tests run it once as a real process."""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
from collections.abc import Sequence


def run_guichet(
    args: Sequence[str],
    *,
    stdin: str | None = None,
    process: bool = False,
    env: dict[str, str] | None = None,
    timeout: float = 120,
) -> subprocess.CompletedProcess[str]:
    if process:
        return subprocess.run(
            [sys.executable, "-m", "guichet.cli", *args],
            capture_output=True,
            text=True,
            timeout=timeout,
            input=stdin,
            env=env or {"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen", **_run_logs()},
        )
    from guichet.cli import main

    out, err = io.StringIO(), io.StringIO()
    saved_lang = os.environ.pop("GUICHET_LANG", None)
    saved_stdin = sys.stdin
    sys.stdin = io.StringIO(stdin or "")
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(list(args))
            except SystemExit as exit_:  # argparse refusing the arguments
                code = exit_.code if isinstance(exit_.code, int) else 2
    finally:
        sys.stdin = saved_stdin
        if saved_lang is not None:
            os.environ["GUICHET_LANG"] = saved_lang
    return subprocess.CompletedProcess(list(args), code, out.getvalue(), err.getvalue())


def _run_logs() -> dict[str, str]:
    """The test run's log folder (tests/logcheck.py), for the process started too."""
    folder = os.environ.get("GUICHET_LOG_DIR")
    return {"GUICHET_LOG_DIR": folder} if folder else {}
