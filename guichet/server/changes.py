"""The change log: every row the server writes, in order, as counters replay it.

On the server, a flush listener appends one entry per row inserted, updated or deleted, in
the same transaction as the write, so the log can never miss a committed change nor hold one
that was rolled back. On a counter, :func:`apply_entries` writes the server's rows over its
cache (upserts by primary key, deletions as tombstones).
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from functools import cache, lru_cache
from operator import itemgetter
from typing import Any, cast
from weakref import WeakKeyDictionary

from sqlalchemy import (
    JSON,
    Date,
    DateTime,
    Numeric,
    case,
    event,
    func,
    insert,
    inspect,
    select,
    text,
)
from sqlalchemy.orm import InstanceState, Mapper, Session, sessionmaker
from sqlalchemy.sql.schema import Table

from guichet.domain.bearer import BEARER_COLUMNS, MARK
from guichet.models.base import Base, UTCDateTime, utcnow
from guichet.models.tables import ChangeLogEntry

CHANGE_LOG = cast(Table, ChangeLogEntry.__table__)
#: The advisory lock that orders the change log's ids by commit (see _write_kept).
LOG_LOCK = 0x6775696368657401  # "guichet" + 1
#: The shape of the entries a pull carries, as a number the server publishes and counters
#: compare with theirs before writing anything (docs/UPDATES.md). Raise it whenever an older
#: counter could not write an entry as it means: a replicated table or column it lacks, a
#: column whose meaning changes, another encoding of a value, another op than upsert/delete.
DATA_FORMAT = 1

#: Server bookkeeping and counter-only tables: never replicated.
NOT_REPLICATED = frozenset(
    {
        "change_log",
        "applied_command",
        "device_token",
        "pairing_code",
        "outbox",
        "print_job",
        "promo_hold",
        "sync_state",
        "change_counter",
        "alembic_version",
        "people_secret",  # the pepper and the grants' key never leave the server
        "person_guard",
        "rate_limit",  # the server's request budgets (ratelimit.py)
    }
)
#: Rows with integer ids (numbered apart on each database) are matched by a natural key.
NATURAL_KEYS = {
    "order_tax": ("order_id", "position"),
    "refund_line": ("refund_id", "order_line_id"),
    "occurrence_seat": ("occurrence_id", "seat_id"),
}
#: Histories with integer ids and no natural key stay on the server (its back office and
#: reports read them); each counter keeps the history of what it did itself.
NOT_PULLED = frozenset({"promotion_change", "reserve_change"})


#: Columns each terminal keeps for itself (numbering): a change to them alone is not news
#: to any other counter, and its own keeps its own copy.
TERMINAL_COUNTERS = frozenset({"next_sequence", "next_receipt_number", "next_z_number"})


class JSONText(str):
    """An entry's data already encoded as JSON (the text the insert of its row sent)."""


@cache
def _columns(mapper: Mapper[Any]) -> tuple[tuple[str, str], ...]:
    return tuple((column.key, column.name) for column in mapper.columns)


def row_to_json(obj: Any) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for key, name in _columns(inspect(obj).mapper):
        value = getattr(obj, key)
        if isinstance(value, datetime | date):
            value = value.isoformat()
        elif isinstance(value, Decimal):
            value = str(value)
        data[name] = value
    return data


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


def install(session_factory: sessionmaker[Session]) -> None:
    """Log every flush of sessions made by ``session_factory`` (the server's)."""
    session_factory.kw.setdefault("info", {})["log_changes"] = True
    if not event.contains(session_factory, "after_flush", _capture):
        event.listen(session_factory, "after_flush", _capture)


def _from_json(table: Table, data: dict[str, Any]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for column in table.columns:
        if column.name not in data:
            continue
        value = data[column.name]
        if value is not None:
            kind = column.type
            if isinstance(kind, UTCDateTime | DateTime) and isinstance(value, str):
                value = datetime.fromisoformat(value)
            elif isinstance(kind, Date) and isinstance(value, str):
                value = date.fromisoformat(value)
            elif isinstance(kind, Numeric) and isinstance(value, str):
                value = Decimal(value)
        values[column.name] = value
    return values


def apply_entries(
    session: Session,
    entries: list[dict[str, Any]],
    *,
    keep: set[tuple[str, str]],
    history: bool = False,
    fresh: bool = False,
) -> int:
    """Write the server's rows over the counter's cache, in log order.

    Consecutive upserts of one table go to the database as one executemany (a first sync of a
    million cards is a few hundred statements, not a million). ``keep`` names rows the
    counter owns and must not take from the server (its own terminal row, whose sequence and
    receipt numbers only it advances).

    On SQLite (the counters) each run of rows of the same shape is written through the
    driver: its statement and the conversion of each column (JSON text to what SQLAlchemy
    would store) are worked out once per shape (:class:`_Plan`), then each row is a tuple.
    Elsewhere (the server adopting a counter's rows), SQLAlchemy's statement with dicts.

    ``fresh`` (a first sync, where most rows are new): each run is tried as a plain INSERT
    and written again as the upsert if any row of it already exists; the result is the same
    (rows that went in are written again with the same values, in the same order)."""
    tables = Base.metadata.tables
    connection = session.connection()
    dialect = connection.dialect
    if dialect.name == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as upsert

        plans = _PLANS.setdefault(dialect, {})
    else:
        from sqlalchemy.dialects.postgresql import insert as upsert  # type: ignore[assignment]

        plans = None
    logging = bool(session.info.get("log_changes"))  # the server adopting a counter's rows
    kept = {name for name, _ in keep}
    applied = 0
    logged: list[dict[str, Any]] = []
    # The run being gathered: with a plan (SQLite, rows as tuples), or the (table, columns,
    # conflict target) of SQLAlchemy's statement (rows as dicts).
    batch: list[Any] = []
    plan: _Plan | None = None
    batch_key: tuple[str, frozenset[str], tuple[str, ...]] | None = None
    shape: tuple[str, tuple[str, ...]] | None = None  # (table, keys of the data) of the run
    # Per table of the last entry: the table (None: not written here) and its natural key.
    last_name: str | None = None
    table: Table | None = None
    natural: tuple[str, ...] | None = None

    def flush_batch() -> None:
        nonlocal batch, batch_key, shape, plan
        if batch:
            if plan is not None:  # through the driver, in this session's transaction
                cursor = connection.connection.cursor()
                try:
                    if fresh:
                        try:
                            cursor.executemany(plan.insert, batch)
                        except sqlite3.IntegrityError:
                            cursor.executemany(plan.sql, batch)
                    else:
                        cursor.executemany(plan.sql, batch)
                finally:
                    cursor.close()
            elif batch_key is not None:
                name, columns, pk = batch_key
                statement = upsert(tables[name])
                kept = BEARER_COLUMNS.get(name)
                statement = statement.on_conflict_do_update(
                    index_elements=list(pk),
                    set_={
                        c: (
                            case(
                                (
                                    func.substr(statement.excluded[c], 1, 1) == MARK,
                                    tables[name].c[c],
                                ),
                                else_=statement.excluded[c],
                            )
                            if c == kept
                            else statement.excluded[c]
                        )
                        for c in columns
                        if c not in pk
                    },
                )
                session.execute(statement, batch)
        batch, batch_key, shape, plan = [], None, None, None

    for entry in entries:
        name = entry["entity"]
        if name != last_name:
            last_name = name
            table = tables.get(name)
            if name in NOT_REPLICATED or (name in NOT_PULLED and not history):
                table = None
            natural = None if history else NATURAL_KEYS.get(name)
        if table is None:
            continue
        if name in kept and (name, entry["entity_id"]) in keep:
            continue
        if entry["op"] == "delete":
            flush_batch()
            pk = tuple(c.name for c in table.primary_key.columns)
            data = entry.get("data") or {}
            if natural and data:
                clause = [table.c[k] == data[k] for k in natural]
            else:
                parts = entry["entity_id"].split("/")
                clause = [table.c[k] == value for k, value in zip(pk, parts, strict=False)]
            session.execute(table.delete().where(*clause))
        else:
            data = entry["data"] or {}
            if plans is not None:
                keys = tuple(data)
                if shape is None or shape[1] != keys or shape[0] != name:
                    flush_batch()
                    shape = (name, keys)
                    plan_key = (name, keys, natural is not None)
                    if plan_key not in plans:
                        plans[plan_key] = _Plan.make(table, keys, natural, dialect)
                    plan = plans[plan_key]
            if plan is not None:
                batch.append(plan.row(data))
            else:
                values = _from_json(table, data)
                pk = tuple(c.name for c in table.primary_key.columns)
                if natural:
                    values.pop("id", None)  # numbered locally
                    pk = tuple(natural)
                key = (name, frozenset(values), pk)
                if key != batch_key:
                    current = shape
                    flush_batch()
                    batch_key, shape = key, current  # a shape without a plan stays here
                batch.append(values)
                if len(batch) >= 1000:
                    flush_batch()
        applied += 1
        if logging:
            data = entry.get("data") or {}
            org = data.get("id") if name == "organisation" else data.get("organisation_id")
            logged.append(
                {
                    "organisation_id": org or "",
                    "entity": name,
                    "entity_id": entry["entity_id"],
                    "op": entry["op"],
                    "data": entry.get("data"),
                }
            )
    flush_batch()
    if logged:
        write_log(session, logged)
    return applied


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


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


#: Plans per SQLite dialect (their JSON serialiser and types are the engine's own).
_PLANS: WeakKeyDictionary[Any, dict[tuple[str, tuple[str, ...], bool], _Plan | None]] = (
    WeakKeyDictionary()
)


@dataclass(frozen=True)
class _Plan:
    """How rows of one shape (a table, the keys of their data) go to SQLite: the upsert
    statement, and a function from an entry's data to the tuple of values SQLAlchemy itself
    would have bound (same parsing as :func:`_from_json`, then each column's own bind
    processor)."""

    sql: str
    insert: str  # the same without its ON CONFLICT clause
    row: Callable[[dict[str, Any]], Any]

    @staticmethod
    def make(
        table: Table, keys: tuple[str, ...], natural: tuple[str, ...] | None, dialect: Any
    ) -> _Plan | None:
        """None when SQLAlchemy's own statement must do it: a column left out that has a
        Python-side default (SQLAlchemy fills it in), a conflict target not in the data,
        nothing to update."""
        columns = [k for k in keys if k in table.c and not (natural and k == "id")]
        target = list(natural or (c.name for c in table.primary_key.columns))
        given = set(columns)
        if not set(target) <= given or len(given) == len(target):
            return None
        for column in table.columns:
            if column.name not in given and column.default is not None:
                if not (natural and column.name == "id"):
                    return None
        quote = dialect.identifier_preparer.quote
        bearer = BEARER_COLUMNS.get(table.name)

        def update(c: str) -> str:
            if c == bearer:  # a code this counter gave or was shown stays (docs/SECURITY.md)
                return (
                    f"{quote(c)} = CASE WHEN substr(excluded.{quote(c)}, 1, 1) = '{MARK}' "
                    f"THEN {quote(c)} ELSE excluded.{quote(c)} END"
                )
            return f"{quote(c)} = excluded.{quote(c)}"

        updates = ", ".join(update(c) for c in columns if c not in target)
        insert = (
            f"INSERT INTO {dialect.identifier_preparer.format_table(table)} "
            f"({', '.join(quote(c) for c in columns)}) VALUES ({', '.join('?' * len(columns))})"
        )
        sql = (
            f"{insert} ON CONFLICT ({', '.join(quote(c) for c in target)}) DO UPDATE SET {updates}"
        )
        take = itemgetter(*columns)  # two columns at least: it gives a tuple
        convert = tuple(
            (i, f)
            for i, f in ((i, _converter(table.c[c], dialect)) for i, c in enumerate(columns))
            if f is not None
        )

        def row(data: dict[str, Any]) -> Any:
            values = list(take(data))
            for i, f in convert:
                values[i] = f(values[i])
            return values

        return _Plan(sql, insert, row if convert else take)


def _converter(column: Any, dialect: Any) -> Callable[[Any], Any] | None:
    """JSON value of ``column`` -> the value SQLAlchemy binds for it, or None (as it is)."""
    kind = column.type
    bind: Callable[[Any], Any] | None = kind.dialect_impl(dialect).bind_processor(dialect)
    parse: Callable[[str], Any] | None = None
    timestamps = isinstance(kind, UTCDateTime | DateTime)
    days = not timestamps and isinstance(kind, Date)
    if timestamps:
        parse = datetime.fromisoformat
    elif days:
        parse = date.fromisoformat
    elif isinstance(kind, Numeric):
        parse = Decimal
    if isinstance(kind, JSON) and bind is not None:
        return _remembered(bind)
    if parse is None:
        return bind
    parse_ = parse

    def slow(value: Any) -> Any:
        if value is not None and isinstance(value, str):
            value = parse_(value)
        return bind(value) if bind is not None else value

    # Shortcuts for the texts the server writes, taken only where they give exactly what the
    # slow way gives (checked here, on this dialect): a UTC timestamp in ISO form is stored as
    # "YYYY-MM-DD HH:MM:SS.ffffff", an ISO date as itself.
    if timestamps and (
        slow("2001-02-03T04:05:06.007008+00:00") == "2001-02-03 04:05:06.007008"
        and slow("2001-02-03T04:05:06+00:00") == "2001-02-03 04:05:06.000000"
    ):

        def timestamp(value: Any) -> Any:
            if value.__class__ is str and value[10:11] == "T" and value.endswith("+00:00"):
                if len(value) == 32:
                    return value[:10] + " " + value[11:26]
                if len(value) == 25:
                    return value[:10] + " " + value[11:19] + ".000000"
            return slow(value)

        return timestamp
    if days and slow("2001-02-03") == "2001-02-03":

        def day(value: Any) -> Any:
            if value.__class__ is str and len(value) == 10 and value[4] == value[7] == "-":
                return value
            return slow(value)

        return day
    return slow


def _remembered(serialise: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """``serialise`` (a JSON column's) with the last few results remembered: the cards of one
    lot share their terms, and re-encoding them for each row was a tenth of a first sync.
    The key is the value's repr, which tells apart every JSON value (1, 1.0 and True, key
    order...) as the encoding does."""
    memo: dict[str, Any] = {}

    def document(value: Any) -> Any:
        key = repr(value)
        text = memo.get(key)
        if text is None:
            text = serialise(value)
            if len(key) <= 4096:  # small documents only: the memo stays small
                if len(memo) >= 256:
                    memo.clear()
                memo[key] = text
        return text

    return document


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
        _log(session, table, [{k: _plain(v) for k, v in row.items()} for row in rows])
    else:  # (the rows give only the entries' keys and organisation: read as they are)
        _log(session, table, rows, [JSONText(t) for t in encoded])


def log_rows(session: Session, table: str, rows: list[Any]) -> None:
    """Rows an UPDATE ... RETURNING wrote (counts added outside the flush)."""
    if not session.info.get("log_changes") or table in NOT_REPLICATED:
        return
    _log(session, table, [{k: _plain(v) for k, v in row._mapping.items()} for row in rows])


def snapshot_rows(session: Session, page: int = 2000) -> Any:
    """Every replicated row of a database, parents first, as change entries (a standalone
    counter brings its data to an empty server this way)."""
    for table in Base.metadata.sorted_tables:
        if table.name in NOT_REPLICATED:
            continue
        pk = [c.name for c in table.primary_key.columns]
        offset = 0
        while True:
            rows = (
                session.execute(
                    select(table).order_by(*[table.c[k] for k in pk]).limit(page).offset(offset)
                )
                .mappings()
                .all()
            )
            if not rows:
                break
            for row in rows:
                data = {key: _plain(value) for key, value in row.items()}
                yield {
                    "id": 0,
                    "entity": table.name,
                    "entity_id": "/".join(str(row[k]) for k in pk),
                    "op": "upsert",
                    "data": data,
                }
            offset += page
