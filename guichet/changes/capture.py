"""What the server's sessions write, turned into entries of the change log: every flush
(:func:`install`), and rows written outside the ORM's flush (bulk inserts, counts added by
``UPDATE ... RETURNING``), which their writers log here themselves."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import InstanceState, Session, sessionmaker

from guichet.changes.entries import (
    NOT_REPLICATED,
    TERMINAL_COUNTERS,
    JSONText,
    plain,
    row_to_json,
)
from guichet.changes.journal import write_log
from guichet.models.base import Base


def _organisation_of(obj: Any) -> str:
    """Rows that name no organisation (prices, lines...) are logged with "": one organisation
    per server today (docs/SCALING.md)."""
    if getattr(obj, "__tablename__", "") == "organisation":
        return str(obj.id)
    return str(getattr(obj, "organisation_id", "") or "")


@lru_cache(maxsize=1)
def _order() -> dict[str, int]:
    return {table.name: i for i, table in enumerate(Base.metadata.sorted_tables)}


def _only_numbering(state: InstanceState[Any]) -> bool:
    changed = {key for key, attr in state.attrs.items() if attr.history.has_changes()}
    return bool(changed) and changed <= TERMINAL_COUNTERS


def _capture(session: Session, _context: Any) -> None:
    rows = []
    for op, objects in (
        ("upsert", session.new),
        ("upsert", session.dirty),
        ("delete", session.deleted),
    ):
        for obj in objects:
            table = getattr(obj, "__tablename__", None)
            if table is None or table in NOT_REPLICATED:
                continue
            state = inspect(obj)
            if op == "upsert" and not state.pending:
                if not session.is_modified(obj):
                    continue
                if table == "terminal" and _only_numbering(state):
                    continue
            key = state.mapper.primary_key_from_instance(obj)
            entity_id = "/".join(str(part) for part in key)
            rows.append(
                {
                    "organisation_id": _organisation_of(obj)
                    or session.info.get("organisation_id", ""),
                    "entity": table,
                    "entity_id": entity_id,
                    "op": op,
                    "data": row_to_json(obj),  # deletions too: natural keys need it
                }
            )
    if rows:
        # A flush's objects come as sets: log parents before children (and deletions after)
        # so a counter replaying the log never breaks a foreign key.
        order = _order()
        rows.sort(
            key=lambda r: (
                order.get(r["entity"], 0) * (1 if r["op"] == "upsert" else -1)
                + (0 if r["op"] == "upsert" else 10_000)
            )
        )
        write_log(session, rows)


def install(session_factory: sessionmaker[Session]) -> None:
    """Log every flush of sessions made by ``session_factory`` (the server's)."""
    session_factory.kw.setdefault("info", {})["log_changes"] = True
    if not event.contains(session_factory, "after_flush", _capture):
        event.listen(session_factory, "after_flush", _capture)


def _log(
    session: Session, table: str, rows: list[dict[str, Any]], data: list[Any] | None = None
) -> None:
    """Log ``rows`` (plain column -> value mappings) written outside the ORM's flush, with
    ``data`` for each (the row itself unless given)."""
    key = [c.name for c in Base.metadata.tables[table].primary_key.columns]
    entries = [
        {
            "organisation_id": str(
                (row.get("id") if table == "organisation" else row.get("organisation_id")) or ""
            ),
            "entity": table,
            "entity_id": "/".join(str(row[k]) for k in key),
            "op": "upsert",
            "data": document,
        }
        for row, document in zip(rows, rows if data is None else data, strict=True)
    ]
    for start in range(0, len(entries), 5000):
        write_log(session, entries[start : start + 5000])


def log_inserted(
    session: Session, table: str, columns: tuple[str, ...], rows: list[tuple[Any, ...]]
) -> None:
    """Bulk inserts (lots of cards or codes) bypass the flush: log their rows explicitly when
    the session belongs to the server."""
    log_inserted_rows(session, table, [dict(zip(columns, row, strict=True)) for row in rows])


def log_inserted_rows(
    session: Session, table: str, rows: list[dict[str, Any]], encoded: list[str] | None = None
) -> None:
    """Rows a handler inserted as plain values (:mod:`guichet.services.rows`), each with
    every column, logged as the flush logs an object's; ``encoded``, their JSON texts."""
    if not session.info.get("log_changes") or table in NOT_REPLICATED:
        return
    if encoded is None:
        _log(session, table, [{k: plain(v) for k, v in row.items()} for row in rows])
    else:  # (the rows give only the entries' keys and organisation: read as they are)
        _log(session, table, rows, [JSONText(t) for t in encoded])


def log_rows(session: Session, table: str, rows: list[Any]) -> None:
    """Rows an UPDATE ... RETURNING wrote (counts added outside the flush)."""
    if not session.info.get("log_changes") or table in NOT_REPLICATED:
        return
    _log(session, table, [{k: plain(v) for k, v in row._mapping.items()} for row in rows])
