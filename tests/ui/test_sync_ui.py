"""The counter's side of sync in Qt: pairing dialog, background sync, status in words (issue 6).

A real server process on 127.0.0.1 (see tests/integration/test_sync_server.py, whose fixtures
and helpers are reused here) and real counters; the keyring is in memory.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import sessionmaker

from guichet.models.db import head_revision, make_engine, sqlite_url
from guichet.server.core import ServerCore
from guichet.services.setup import local_setup
from guichet.sync.engine import SyncStatus, load_token
from guichet.sync.pairing import pair_counter
from guichet.sync.state import server_of
from guichet.ui.sync import (
    PairDialog,
    SyncController,
    SyncStatusButton,
    normalize_url,
    sync_error_text,
)
from tests.integration.helpers import sell_cash
from tests.integration.test_sync_server import (  # noqa: F401 - fixtures used by name
    MemoryKeyring,
    ServerProcess,
    guichet,
    memory_keyring,
    occurrence_named,  # tomorrow's: today's may be over when the suite runs in the evening
    paired_counter,
    server,
    server_demo_file,
)
from tests.typos import neighbours_swapped


@pytest.fixture(scope="module")
def shared_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    """One server for the pairing tests (each uses its own one-time code)."""
    db = f"sqlite:///{tmp_path_factory.mktemp('server') / 'server.sqlite3'}"
    guichet("server", "--db", db, "admin", "load-demo")
    process = ServerProcess(db)
    process.start()
    yield process
    process.stop()


def pairing_code(target: ServerProcess) -> str:
    """What ``guichet server admin pairing-code`` prints, without a new process."""
    engine = make_engine(target.db_url)
    try:
        return ServerCore(sessionmaker(engine, expire_on_commit=False)).create_pairing_code()
    finally:
        engine.dispose()


def fill(qtbot: QtBot, dialog: PairDialog, url: str, code: str, name: str) -> None:
    dialog.url_edit.clear()
    qtbot.keyClicks(dialog.url_edit, url)
    dialog.code_edit.clear()
    qtbot.keyClicks(dialog.code_edit, code)
    dialog.name_edit.clear()
    qtbot.keyClicks(dialog.name_edit, name)


def test_pair_dialog_pairs_and_runs_the_first_sync(
    qtbot: QtBot,
    shared_server: ServerProcess,
    tmp_path: Path,
    memory_keyring: MemoryKeyring,  # noqa: F811 - the fixture
) -> None:
    code = pairing_code(shared_server)
    database = tmp_path / "caisse" / "guichet.sqlite3"
    dialog = PairDialog(database)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.url_edit.text() == "http://127.0.0.1:8765"
    assert any("trousseau" in label.text() for label in dialog.findChildren(QLabel))
    # The address as people type it (no scheme, a trailing slash), then « Vérifier le serveur ».
    dialog.url_edit.clear()
    qtbot.keyClicks(dialog.url_edit, shared_server.url.removeprefix("http://") + "/")
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.check_runner is None, timeout=10_000)
    assert head_revision() in dialog.health_label.text()
    assert dialog.health_label.property("role") == "ok"
    # The code in lower case with a dash: the same code.
    qtbot.keyClicks(dialog.code_edit, f"{code[:5]}-{code[5:]}".lower())
    assert "bien formé" in dialog.code_hint.text()
    qtbot.keyClicks(dialog.name_edit, "Caisse du hall")
    values: list[int] = []
    dialog.progress_bar.valueChanged.connect(values.append)
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        qtbot.mouseClick(dialog.pair_button, Qt.MouseButton.LeftButton)
        assert dialog.busy and not dialog.cancel_button.isEnabled()
    assert dialog.result() == QDialog.DialogCode.Accepted
    paired = dialog.paired
    assert paired is not None and paired.applied > 0
    bar = dialog.progress_bar  # fed by the first sync's progress, up to everything received
    assert values and bar.value() == bar.maximum() == paired.applied
    assert paired.server_url == shared_server.url
    # The local database now holds the organisation; the token is in the keyring only.
    engine = make_engine(sqlite_url(database))
    try:
        factory = sessionmaker(engine, expire_on_commit=False)
        setup = local_setup(factory)
        assert setup is not None and setup.terminal_id == paired.terminal_id
        assert setup.organisation_id == paired.organisation_id
        assert server_of(factory) == (shared_server.url, paired.terminal_id)
    finally:
        engine.dispose()
    token = load_token(shared_server.url, paired.terminal_id)
    assert token and token in memory_keyring.store.values()
    assert not any(token.encode() in p.read_bytes() for p in database.parent.iterdir())


def test_a_used_code_is_refused_in_words_and_the_dialog_stays_usable(
    qtbot: QtBot,
    shared_server: ServerProcess,
    tmp_path: Path,
    memory_keyring: MemoryKeyring,  # noqa: F811 - the fixture
) -> None:
    code = pairing_code(shared_server)
    first = tmp_path / "a" / "guichet.sqlite3"
    pair_counter(first, shared_server.url, code, "Caisse A")
    dialog = PairDialog(tmp_path / "b" / "guichet.sqlite3")
    qtbot.addWidget(dialog)
    dialog.show()
    # A server that is not there: words, at once.
    dialog.url_edit.setText("http://127.0.0.1:9")
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.check_runner is None, timeout=10_000)
    assert "Serveur injoignable" in dialog.health_label.text()
    # A typo is caught on the counter (check symbol) before anything is sent.
    fill(qtbot, dialog, shared_server.url, neighbours_swapped(code), "Caisse B")
    qtbot.mouseClick(dialog.pair_button, Qt.MouseButton.LeftButton)
    assert not dialog.busy and "mal saisi" in dialog.message_label.text()
    # The code Caisse A already used.
    fill(qtbot, dialog, shared_server.url, code, "Caisse B")
    qtbot.mouseClick(dialog.pair_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert "déjà servi" in dialog.message_label.text()
    assert dialog.message_label.property("role") == "error"
    assert dialog.isVisible() and dialog.paired is None and dialog.result() == 0
    assert dialog.pair_button.isEnabled() and not dialog.code_edit.isReadOnly()
    # Caisse A's token and its organisation's pepper only: nothing stored for the refusal.
    assert sorted(key.endswith("|pepper") for _, key in memory_keyring.store) == [False, True]
    # Still usable: a new code pairs.
    dialog.code_edit.clear()
    qtbot.keyClicks(dialog.code_edit, pairing_code(shared_server))
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        qtbot.keyClick(dialog.code_edit, Qt.Key.Key_Return)
    # Each pairing keeps its token and its organisation's pepper.
    assert dialog.paired is not None and len(memory_keyring.store) == 4


def test_sync_runs_in_the_background_and_tells_offline_and_back(
    qtbot: QtBot,
    server: ServerProcess,  # noqa: F811 - the fixture
    tmp_path: Path,
    memory_keyring: MemoryKeyring,  # noqa: F811 - the fixture
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    counter, engine = paired_counter(server, tmp_path, "Caisse A")
    gui_thread = threading.get_ident()
    threads: list[int] = []
    running = [0, 0]  # now, most at once
    real_sync = engine.sync

    def slow_sync() -> SyncStatus:
        running[0] += 1
        running[1] = max(running)
        threads.append(threading.get_ident())
        time.sleep(0.3)  # a slow network: the counter must not notice
        try:
            return real_sync()
        finally:
            running[0] -= 1

    monkeypatch.setattr(engine, "sync", slow_sync)
    controller = SyncController(engine, interval_ms=100)
    button = SyncStatusButton("fr", counter.organisation.timezone)
    qtbot.addWidget(button)
    controller.statusChanged.connect(button.on_status)
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    swim = occurrence_named(counter, "Bain libre", 18)
    sell_cash(counter, swim.id, adult=2)
    waiting = controller.refresh_status().waiting  # the shift and the sale
    assert waiting >= 1
    assert button.full_text.startswith(f"Connexion au serveur… · {waiting} en attente")

    def pushed(status: SyncStatus) -> bool:
        return status.online and status.waiting == 0 and not status.error

    with qtbot.waitSignal(controller.statusChanged, timeout=10_000, check_params_cb=pushed):
        controller.start()
        controller.sync_now()  # a sale meanwhile: one more cycle after, never two at once
        started = time.monotonic()
    assert len([t for t in ticks if t > started]) >= 5  # the GUI kept ticking during the sync
    assert button.level == "ok" and button.full_text.startswith("En ligne · 0 en attente ·")

    # The server goes away: sales keep being made, the status says so in words.
    server.stop()
    sell_cash(counter, swim.id, adult=1)
    with qtbot.waitSignal(
        controller.statusChanged,
        timeout=10_000,
        check_params_cb=lambda s: not s.online and s.waiting >= 1,
    ) as offline:
        controller.sync_now()
    waiting = offline.args[0].waiting
    assert button.level == "warn"
    assert button.full_text.startswith(
        f"Hors ligne\u00a0: serveur injoignable · {waiting} en attente"
    )
    assert "dernière synchro" in button.full_text

    server.start()
    with qtbot.waitSignal(controller.statusChanged, timeout=15_000, check_params_cb=pushed):
        pass
    assert button.level == "ok"
    controller.stop()
    assert controller.wait(10_000)
    timer.stop()
    assert threads and gui_thread not in threads
    assert running[1] == 1  # never two cycles at once
    cycles = len(threads)
    qtbot.wait(300)
    assert len(threads) == cycles  # stopped means stopped


def test_status_button_words() -> None:
    now = datetime(2026, 12, 5, 19, 32, tzinfo=UTC)  # 14 h 32 in Quebec
    button = SyncStatusButton("fr", "America/Toronto", clock=lambda: now)
    assert button.full_text == "Autonome (sans serveur)" and button.level == "idle"
    button.show_status(SyncStatus(True, 0, now, "", 0))
    assert button.full_text == "En ligne · 0 en attente · synchronisé à 14\u00a0h\u00a032"
    earlier = datetime(2026, 12, 5, 19, 5, tzinfo=UTC)
    button.show_status(SyncStatus(False, 3, earlier, "unreachable", 0))
    assert button.full_text == (
        "Hors ligne\u00a0: serveur injoignable · 3 en attente · dernière synchro à "
        "14\u00a0h\u00a005"
    )
    assert button.level == "warn"
    button.show_status(SyncStatus(False, 2, None, "timeout", 0))
    assert button.full_text == "Hors ligne\u00a0: délai dépassé · 2 en attente · jamais synchronisé"
    yesterday = datetime(2026, 12, 4, 19, 5, tzinfo=UTC)
    button.show_status(SyncStatus(True, 4, yesterday, "terminal_revoked", 0))
    assert button.full_text.startswith("Guichet révoqué par le serveur · 4 en attente")
    assert "le 4 décembre à 14\u00a0h\u00a005" in button.full_text
    assert button.level == "error"
    button.show_status(SyncStatus(True, 0, now, "", 2))
    assert button.level == "warn" and "2 commande" in button.full_text
    assert sync_error_text("pairing_code_expired").startswith("Ce code de jumelage est expiré")
    assert normalize_url(" 10.0.0.5:8765/ ") == "http://10.0.0.5:8765"


class FlakyEngine:
    """A cycle that breaks outside the engine's own errors (a damaged answer, a locked
    database), then works: the controller tells it in words and carries on."""

    def __init__(self) -> None:
        self.calls = 0

    def sync(self) -> SyncStatus:
        self.calls += 1
        if self.calls == 1:
            raise ValueError("not JSON")
        return self.status()

    def status(self) -> SyncStatus:
        return SyncStatus(self.calls > 1, 0, None, "", 0)


def test_an_unexpected_failure_is_told_and_the_cycles_go_on(qtbot: QtBot) -> None:
    controller = SyncController(FlakyEngine(), interval_ms=20)  # type: ignore[arg-type]
    button = SyncStatusButton("fr")
    qtbot.addWidget(button)
    controller.statusChanged.connect(button.on_status)
    with qtbot.waitSignal(controller.statusChanged, timeout=5_000) as failed:
        controller.start()
    assert failed.args[0].error == "sync_failed" and not failed.args[0].online
    assert button.level == "error" and button.full_text.startswith("Erreur de synchronisation")
    with qtbot.waitSignal(controller.statusChanged, timeout=5_000) as back:
        pass
    assert back.args[0].online and button.level == "ok"
    controller.stop()
    assert controller.wait()
