"""Pair a new counter with the central server and fill its database (the first sync)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from guichet.models.db import open_local_database
from guichet.models.tables import SyncState
from guichet.sync.engine import ServerClient, SyncEngine, SyncError, store_token


@dataclass(frozen=True)
class PairedCounter:
    terminal_id: str
    organisation_id: str
    server_url: str
    applied: int  # rows received by the first sync


def pair_counter(
    database: Path,
    server_url: str,
    code: str,
    terminal_name: str,
    progress: Callable[[int, int], None] | None = None,
) -> PairedCounter:
    """Exchange ``code`` for a device token (kept in the OS keyring), then pull everything."""
    server_url = server_url.rstrip("/")
    engine, factory = open_local_database(database)
    client = ServerClient(server_url)
    try:
        # Everything that can fail on this side is checked before the one-time code is spent.
        if _has_data(factory):
            raise SyncError("database_not_empty", str(database))
        _check_keyring()
        paired = client.pair(code, terminal_name)
        store_token(server_url, paired["terminal_id"], paired["token"])
        client.token = paired["token"]
        # Written first, so a first sync cut off half-way resumes at the next start.
        with factory() as session, session.begin():
            session.add(SyncState(key="server_url", value=server_url))
            session.add(SyncState(key="terminal_id", value=paired["terminal_id"]))
        engine_ = SyncEngine(factory, paired["terminal_id"], client)
        client.lease(str(uuid.uuid4()), [])  # its first allotments, before the first pull
        applied = engine_.pull(progress)
        return PairedCounter(paired["terminal_id"], paired["organisation_id"], server_url, applied)
    finally:
        client.close()
        engine.dispose()


def _check_keyring() -> None:
    import keyring
    from keyring.backends.fail import Keyring as NoKeyring

    if isinstance(keyring.get_keyring(), NoKeyring):
        raise SyncError("keyring_unavailable", "no system keyring to keep the device token")


def _has_data(factory: sessionmaker[Session]) -> bool:
    from guichet.services.setup import is_empty

    return not is_empty(factory)


def server_of(factory: sessionmaker[Session]) -> tuple[str, str] | None:
    """(server URL, terminal id) of a paired counter, None when standalone."""
    with factory() as session:
        url = session.get(SyncState, "server_url")
        terminal = session.get(SyncState, "terminal_id")
        if url is None or terminal is None:
            return None
        return str(url.value), str(terminal.value)
