"""Before pairing: what the pairing dialog asks, Qt-free and run off the window's thread.

The window never opens the database itself: these open it (and close it) for it.
"""

from __future__ import annotations

from pathlib import Path

from guichet.models.db import open_local_database
from guichet.models.revisions import head_revision
from guichet.services.setup import is_empty
from guichet.sync.engine import KEYRING_SERVICE
from guichet.sync.status import SyncError


def check_can_pair(database: Path) -> None:
    """Refuse before the server burns the one-time code: no keyring, or a database in use."""
    import keyring  # its backends load at import: only when a counter is paired
    from keyring.errors import KeyringError

    try:
        keyring.get_password(KEYRING_SERVICE, "guichet-probe")
    except KeyringError as error:
        raise SyncError("keyring_unavailable", str(error)) from error
    if database.exists() and database.stat().st_size > 0:
        engine, factory = open_local_database(database)
        try:
            if not is_empty(factory):
                raise SyncError("database_not_empty", str(database))
        finally:
            engine.dispose()


def local_schema_revision() -> str:
    """The schema revision this counter's program writes (the server must know it)."""
    return head_revision()
