"""Every log of a test run lands in one folder, and none may hold a secret (issue 19, part 6).

``configure`` (from tests/conftest.py's ``pytest_configure``) makes the folder, names it in
``GUICHET_LOG_DIR`` for the processes the tests start (``guichet server``, the counter) and
logs this process there too. ``finish`` (``pytest_sessionfinish``) reads every file of it:
a line holding something shaped like a PIN, a token, a pairing or customer code, a demo PIN
standing alone, or the mark the redaction filter leaves when it had to hide one, fails the
run with the lines shown. The filter is a safety net; the run proves it was never needed.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import tempfile
from pathlib import Path

from guichet import logs

#: The demo's PINs (README), standing alone: not inside a uuid, a number or a word.
DEMO_PINS = re.compile(r"(?<![\w.-])(?:1111|2222|9999)(?![\w.-])")
_folder: list[Path] = []
_worker: list[bool] = []  # set in a pytest-xdist worker: the controller checks the logs


def configure() -> Path:
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if worker and os.environ.get(logs.ENV_DIR):
        # A pytest-xdist worker: the run's folder is the controller's (inherited), each
        # worker in its own sub-folder (two processes rotating one file lose lines); the
        # controller checks them all once every worker is done.
        folder = Path(os.environ[logs.ENV_DIR]) / worker
        folder.mkdir(parents=True, exist_ok=True)
        _worker[:] = [True]
    else:
        folder = Path(tempfile.mkdtemp(prefix="guichet-test-logs-"))
    os.environ[logs.ENV_DIR] = str(folder)
    _folder[:] = [folder]
    restore()
    return folder


def folder() -> Path:
    return _folder[0]


def restore() -> None:
    """This process logs to the run's folder again (after a test that set up its own)."""
    if _folder:
        logs.setup_counter(_folder[0], log_dir=_folder[0], hooks=False)
        # Our INFO lines, not every library's: a failing test's report stays readable.
        logging.getLogger().setLevel(logging.WARNING)
        logging.getLogger("guichet").setLevel(logging.INFO)


def problems(line: str) -> list[str]:
    found = logs.secrets_in(line)
    if logs.REDACTED in line:
        found.append(logs.REDACTED)
    found.extend(DEMO_PINS.findall(line))
    return found


def findings(root: Path) -> list[str]:
    """``file:line: text  <- what`` for every line of every log under ``root`` that holds
    a secret."""
    out: list[str] = []
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        with path.open(encoding="utf-8", errors="replace") as stream:
            for number, line in enumerate(stream, start=1):
                found = problems(line)
                if found:
                    out.append(f"{path}:{number}: {line.rstrip()}  <- {', '.join(found)}")
    return out


def finish(session: object) -> None:
    if not _folder or _worker:
        return
    found = findings(_folder[0])
    if not found:
        shutil.rmtree(_folder[0], ignore_errors=True)  # kept only to show what leaked
        return
    import pytest

    reporter = session.config.pluginmanager.get_plugin("terminalreporter")  # type: ignore[attr-defined]
    lines = [f"secrets in the logs of this run ({len(found)} lines, {_folder[0]}):", *found[:50]]
    if reporter is not None:
        reporter.write_line("\n".join(lines), red=True)
    session.exitstatus = pytest.ExitCode.TESTS_FAILED  # type: ignore[attr-defined]
