"""What a paired counter keeps about its server in its own database (``sync_state``)."""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker

from guichet.models.tables import SyncState


def server_of(factory: sessionmaker[Session]) -> tuple[str, str] | None:
    """(server URL, terminal id) of a paired counter, None when standalone."""
    with factory() as session:
        url = session.get(SyncState, "server_url")
        terminal = session.get(SyncState, "terminal_id")
        if url is None or terminal is None:
            return None
        return str(url.value), str(terminal.value)
