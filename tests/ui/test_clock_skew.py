"""Issue 21, part 10: a counter whose clock is more than 5 minutes off the server's is told so
at every sync (status bar, amber), and the server records both times on each command.

A real ``guichet server`` process (on the machine's real clock) and a real paired counter whose
clock is moved; the status button is the real widget, offscreen, in French and in English."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from guichet.models.db import make_engine
from guichet.models.tables import AppliedCommand, OutboxEntry
from guichet.sync.engine import SyncEngine
from guichet.ui.sync import LEVEL_STYLE, SyncStatusButton
from tests.conftest import Clock
from tests.integration.helpers import sell_cash
from tests.integration.test_sync_server import (  # noqa: F401 - fixtures used by name
    MemoryKeyring,
    ServerProcess,
    memory_keyring,
    occurrence_named,
    paired_counter,
    server_demo_file,
)

AMBER = "#9a6700"


@pytest.fixture(scope="module")
def skew_server(
    tmp_path_factory: pytest.TempPathFactory,
    server_demo_file: Path,  # noqa: F811 - the fixture
) -> Iterator[ServerProcess]:
    """One real server for this module's tests (each pairs its own counter)."""
    path = tmp_path_factory.mktemp("skew-server") / "server.sqlite3"
    source, copy = sqlite3.connect(server_demo_file), sqlite3.connect(path)
    with copy:
        source.backup(copy)
    source.close()
    copy.close()
    process = ServerProcess(f"sqlite:///{path}")
    process.start()
    yield process
    process.stop()


def _engine_at(sync: SyncEngine, clock: Clock) -> SyncEngine:
    """The same counter's sync, on another clock."""
    return SyncEngine(sync.session_factory, sync.terminal_id, sync.client, clock=clock)


def test_a_counter_ten_minutes_ahead_is_told_at_every_sync_and_the_server_keeps_both_times(
    skew_server: ServerProcess,
    tmp_path: Path,
    memory_keyring: MemoryKeyring,  # noqa: F811 - the fixture
    qtbot: QtBot,
    qapp: QApplication,
) -> None:
    counter, sync = paired_counter(skew_server, tmp_path, "Caisse A")
    ahead = counter.clock  # the counter's own clock (its command bus holds the same one)
    assert isinstance(ahead, Clock)
    ahead.advance(minutes=10)
    swim = occurrence_named(counter, "Bain libre", 18)
    sell_cash(counter, swim.id, adult=1)
    late = _engine_at(sync, ahead)

    for _ in range(2):  # every sync says it, not only the first
        status = late.sync()
        assert status.error == "" and status.waiting == 0 and status.online
        assert status.clock_skew_minutes == 10

    button = SyncStatusButton("fr", counter.organisation.timezone, clock=ahead)
    qtbot.addWidget(button)
    button.show_status(status)
    assert button.level == "warn" and AMBER in LEVEL_STYLE["warn"]
    assert AMBER in button.styleSheet()
    assert button.full_text.startswith("En ligne · Horloge en avance de 10\u00a0minutes · ")
    assert "corrigez l'heure de l'ordinateur" in button.toolTip()

    from guichet.ui.app import install_language

    previous = QLocale()
    install_language(qapp, "en")
    try:
        english = SyncStatusButton("en", counter.organisation.timezone, clock=ahead)
        qtbot.addWidget(english)
        english.show_status(status)
        assert english.full_text.startswith("Online · Clock 10 minutes ahead · ")
        assert "set the computer's time" in english.toolTip()
        assert english.level == "warn" and AMBER in english.styleSheet()
    finally:
        install_language(qapp, "fr")
        QLocale.setDefault(previous)

    # The server's row of the sale: the counter's time beside its own.
    with counter.session_factory() as session:
        sent = session.scalars(
            select(OutboxEntry).where(OutboxEntry.command_type == "order.sell")
        ).one()
    engine = make_engine(skew_server.db_url)
    try:
        with engine.connect() as conn:
            row = conn.execute(
                select(AppliedCommand.occurred_at, AppliedCommand.applied_at).where(
                    AppliedCommand.command_id == sent.command_id
                )
            ).one()
    finally:
        engine.dispose()
    assert row.occurred_at == sent.occurred_at == ahead.now
    gap = row.occurred_at - row.applied_at
    assert timedelta(minutes=9) < gap <= timedelta(minutes=10)


def test_a_clock_within_five_minutes_is_not_warned_one_behind_is(
    skew_server: ServerProcess,
    tmp_path: Path,
    memory_keyring: MemoryKeyring,  # noqa: F811 - the fixture
    qtbot: QtBot,
) -> None:
    _counter, sync = paired_counter(skew_server, tmp_path, "Caisse B")
    close = _engine_at(sync, Clock(datetime.now(UTC) + timedelta(minutes=4)))
    status = close.sync()
    assert status.error == "" and status.clock_skew_minutes == 0
    button = SyncStatusButton("fr", "America/Toronto")
    qtbot.addWidget(button)
    button.show_status(status)
    assert button.level == "ok" and "Horloge" not in button.full_text

    behind = _engine_at(sync, Clock(datetime.now(UTC) - timedelta(minutes=7)))
    status = behind.sync()
    assert status.error == "" and status.clock_skew_minutes == -7
    button.show_status(status)
    assert button.level == "warn"
    assert "Horloge en retard de 7\u00a0minutes" in button.full_text
    # The clock put right: the next sync says nothing more.
    behind.clock = Clock(datetime.now(UTC))
    status = behind.sync()
    assert status.clock_skew_minutes == 0
    button.show_status(status)
    assert button.level == "ok" and "Horloge" not in button.full_text
