"""The packaging tests (`make test-packaging`, not `make test`): each artefact is built once per
run by its own make target, exactly as a release is, then run for real."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from packaging_helpers import DIST, TIMES, make


@pytest.fixture(scope="session")
def bundle() -> Path:
    make("bundle")
    program = DIST / "guichet" / "guichet"
    assert program.is_file() and os.access(program, os.X_OK)
    return program


@pytest.fixture(scope="session")
def deb(bundle: Path) -> Path:
    make("deb")
    from guichet import __version__

    package = DIST / f"guichet_{__version__}_amd64.deb"
    assert package.is_file()
    return package


@pytest.fixture(scope="session")
def wheel() -> Path:
    make("dist")
    from guichet import __version__

    found = DIST / "wheelhouse" / f"guichet-{__version__}-py3-none-any.whl"
    assert found.is_file(), sorted(p.name for p in (DIST / "wheelhouse").iterdir())
    return found


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if TIMES:
        terminalreporter.section("packaging build times")
        for step, seconds in TIMES.items():
            terminalreporter.write_line(f"{step}: {seconds:.1f} s")
