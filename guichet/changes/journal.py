"""Writing entries to the change log, in the order their transactions commit.

Importing this module installs two listeners on every :class:`~sqlalchemy.orm.Session`
(they act only on sessions that keep entries: the server's): entries kept on PostgreSQL are
written right before the commit, and forgotten with a rollback.
"""

from __future__ import annotations

import json
import re
from typing import Any

from sqlalchemy import event, insert, text
from sqlalchemy.orm import Session

from guichet.changes.entries import CHANGE_LOG, JSONText
from guichet.models.base import utcnow

#: The advisory lock that orders the change log's ids by commit (see _write_kept).
LOG_LOCK = 0x6775696368657401  # "guichet" + 1


def write_log(session: Session, entries: list[dict[str, Any]]) -> None:
    """Append ``entries`` (organisation_id, entity, entity_id, op, data) to the change log,
    in their order.

    On PostgreSQL they are kept with the session and written right before it commits
    (:func:`_write_kept`): several transactions write the log at once there, and an entry's
    id is the cursor counters pull from, so ids must follow the order transactions commit in.
    SQLite has a single writer: written at once."""
    connection = session.connection()
    if connection.dialect.name != "postgresql":
        for entry in entries:
            if isinstance(entry["data"], JSONText):  # the JSON column encodes it itself
                entry["data"] = json.loads(entry["data"])
        connection.execute(insert(CHANGE_LOG), entries)
        return
    session.info.setdefault("change_log", []).extend(entries)


def kept_entries(session: Session) -> int:
    """How many entries wait for the commit (a savepoint rolled back drops those after)."""
    return len(session.info.get("change_log", ()))


def drop_entries_after(session: Session, count: int) -> None:
    del session.info.get("change_log", [])[count:]


@event.listens_for(Session, "before_commit")
def _write_kept(session: Session) -> None:
    """Before the commit, after the last flush: the session's entries get their ids and are
    written, under a lock held to the end of the transaction (the last lock it takes, so no
    transaction holding it ever waits for another's rows). Without it an entry numbered 100
    could commit after 101, and a counter that had read 101 meanwhile would never pull 100.
    Through COPY: a batch of sales logs seven rows per sale, and as one INSERT each they were
    a third of the server's work on a push."""
    logs = session.info.get("log_changes") or "change_log" in session.info
    if logs and not session.in_nested_transaction():
        write_kept(session)


def write_kept(session: Session) -> None:
    """Write the entries the session keeps now (before reading the log in the same
    transaction); the lock is then held from here to the commit. What ``COPY`` sends is made
    before the lock is taken: every push waits its turn for it, and a holder that ran Python
    meanwhile kept them waiting on its turn at the interpreter too."""
    session.flush()  # what the commit would flush is logged (and kept) now
    entries = session.info.pop("change_log", None)
    if not entries:
        return
    at = utcnow().replace(tzinfo=None).isoformat(sep=" ")  # UTC without a zone (UTCDateTime)
    lines = []
    for entry in entries:
        data = entry["data"]
        if data is None:
            document = "\\N"
        else:
            document = _copy_text(data if isinstance(data, JSONText) else json.dumps(data))
        lines.append(
            f"{_copy_text(entry['organisation_id'])}\t{_copy_text(entry['entity'])}\t"
            f"{_copy_text(entry['entity_id'])}\t{entry['op']}\t{document}\t{at}\n"
        )
    payload = "".join(lines).encode()
    connection = session.connection()
    connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": LOG_LOCK})
    driver = connection.connection.driver_connection
    assert driver is not None
    columns = "organisation_id, entity, entity_id, op, data, at"
    with driver.cursor() as cursor, cursor.copy(
        f"COPY change_log ({columns}) FROM STDIN"
    ) as copy:
        copy.write(payload)


_COPY_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})
_COPY_SPECIAL = re.compile(r"[\\\t\n\r]")


def _copy_text(value: str) -> str:
    """A value in ``COPY``'s text format (its backslash, tab and line breaks escaped)."""
    return value.translate(_COPY_ESCAPES) if _COPY_SPECIAL.search(value) else value


@event.listens_for(Session, "after_rollback")
def _forget_kept(session: Session) -> None:
    """The transaction was rolled back: its entries with it. (A savepoint rolled back drops
    only its own: see drop_entries_after.)"""
    if not session.in_nested_transaction():
        session.info.pop("change_log", None)
