"""A page of the change log is applied as a whole: its foreign keys are checked when it
commits, not row by row, so rows a server transaction wrote together arrive whole whatever
their order within the pages; a row whose parent the log never sent is refused with the
table it needs named, and nothing of its pages is written (the next round pulls them again).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.exc import IntegrityError

from guichet.sync.engine import ServerClient
from guichet.sync.pairing import pair_counter
from tests.integration import test_sync_server as sync_tests
from tests.integration.test_sync_server import ServerProcess, guichet

server = sync_tests.server  # a server process on a copy of the demo (SQLite), a keyring
memory_keyring = sync_tests.memory_keyring


def _pages_changed(
    monkeypatch: pytest.MonkeyPatch, change: Callable[[list[dict[str, Any]]], None]
) -> None:
    """Every page the counter pulls goes through ``change`` first."""
    original = ServerClient.changes

    def changes(self: ServerClient, since: int, limit: int = 1000) -> dict[str, Any]:
        page = original(self, since, limit)
        change(page["changes"])
        return page

    monkeypatch.setattr(ServerClient, "changes", changes)


def _organisation_last(entries: list[dict[str, Any]]) -> None:
    """The organisation's row after the rows that refer to it."""
    at = next((i for i, e in enumerate(entries) if e["entity"] == "organisation"), None)
    if at is not None:
        entries.append(entries.pop(at))


def _organisation_dropped(entries: list[dict[str, Any]]) -> None:
    entries[:] = [e for e in entries if e["entity"] != "organisation"]


def _pair(server: ServerProcess, tmp_path: Path) -> Path:
    code = guichet("server", "--db", server.db_url, "admin", "pairing-code").stdout.strip()
    database = tmp_path / "caisse" / "guichet.sqlite3"
    database.parent.mkdir()
    pair_counter(database, server.url, code, "Caisse A")
    return database


def test_children_before_their_parent_in_a_page_are_applied(
    server: ServerProcess, tmp_path: Path, memory_keyring: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    _pages_changed(monkeypatch, _organisation_last)
    database = _pair(server, tmp_path)
    with sqlite3.connect(database) as connection:
        assert connection.execute("SELECT count(*) FROM organisation").fetchone() == (1,)
        assert connection.execute("SELECT count(*) FROM event").fetchone()[0] > 0
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []


def test_a_row_whose_parent_never_comes_is_refused_with_its_table_named(
    server: ServerProcess, tmp_path: Path, memory_keyring: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    _pages_changed(monkeypatch, _organisation_dropped)
    with pytest.raises(IntegrityError) as refused:
        _pair(server, tmp_path)
    notes = " ".join(getattr(refused.value, "__notes__", []))
    assert "needs organisation" in notes
    database = tmp_path / "caisse" / "guichet.sqlite3"
    with sqlite3.connect(database) as connection:  # nothing of those pages was kept
        assert connection.execute("SELECT count(*) FROM event").fetchone() == (0,)
        cursor = connection.execute("SELECT value FROM sync_state WHERE key = 'cursor'")
        assert cursor.fetchone() is None
