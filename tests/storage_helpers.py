"""A counter opened as `guichet` opens it, and a disk that fills up under it (issue 21,
part 6): SQLite's own SQLITE_FULL, by forbidding the file to grow by a single page."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from sqlalchemy import event

from guichet.models.db import open_local_database
from guichet.services.counter import Counter
from guichet.services.setup import local_setup
from tests.conftest import user_id


def _no_growth(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
    dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")


def disk_full(counter: Counter, full: bool = True) -> None:
    """From now on the database may not grow by a single page, on every connection of the
    counter's pool; ``full=False``: space freed."""
    engine = counter.session_factory.kw["bind"]
    engine.dispose()
    if full:
        event.listen(engine, "connect", _no_growth)
    else:
        event.remove(engine, "connect", _no_growth)


def counter_as_opened(path: Path, clock: Callable[[], datetime], lang: str = "fr") -> Counter:
    """The counter on ``path`` through open_local_database (what `guichet` runs), Sophie
    logged in with her shift open, and no free page left in the file (VACUUM): the next sale
    must make it grow."""
    engine, factory = open_local_database(path)
    setup = local_setup(factory)
    assert setup is not None
    counter = Counter(factory, setup.terminal_id, clock=clock, lang=lang)
    counter.login(user_id(counter, "Sophie"), "1111")
    counter.open_shift(20000)
    engine.dispose()
    conn = sqlite3.connect(path)
    conn.execute("VACUUM")
    conn.close()
    return counter
