"""Rows a handler writes as plain values, not ORM objects: an order and its lines, taxes,
payments and receipt, and the server's record of each command applied.

A sale is a handful of rows that nothing in its own transaction changes again. Made as ORM
objects they cost the unit of work's bookkeeping (history per attribute, the flush's sort,
one INSERT per object), which on the server was half of a pushed sale. Here the handler
decides every column (:func:`insert_rows`); the rows go to the database at once through
SQLAlchemy Core, on the counter as on the server, or, for a command the server's batch
defers (:func:`deferring`), with the whole batch's rows at its end (:func:`write_deferred`).
On PostgreSQL the rows of every table go in as one statement; elsewhere, one statement per
table. On the server each row also lands in the change log, as a flush would have logged it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from functools import cache
from typing import Any, cast

from sqlalchemy import Table, func, insert, select, text
from sqlalchemy.orm import Session

from guichet.changes.capture import log_inserted_rows
from guichet.models.base import Base


@dataclass(frozen=True)
class _Shape:
    """What a complete row of a table holds: the scalar defaults, the columns a row must
    name (no default SQLAlchemy could fill in as a plain value), and the integer key the
    database numbers (returned by the insert, for the change log)."""

    table: Table
    defaults: dict[str, Any]
    required: frozenset[str]
    numbered: str | None


def _shape(model: type[Any]) -> _Shape:
    return _shape_of_table(cast(Table, model.__table__))


@cache
def _shape_of_table(table: Table) -> _Shape:
    defaults: dict[str, Any] = {}
    required: set[str] = set()
    numbered = None
    for column in table.columns:
        if column.primary_key and column.autoincrement is True:
            numbered = column.key
            continue
        default = column.default
        if default is not None and default.is_scalar:
            defaults[column.key] = default.arg  # type: ignore[attr-defined]
        elif default is None and column.nullable:
            defaults[column.key] = None
        else:  # a callable default (an id, a time, a new dict) is the handler's to give
            required.add(column.key)
    return _Shape(table, defaults, frozenset(required), numbered)


def insert_rows(session: Session, tables: dict[type[Base], list[dict[str, Any]]]) -> None:
    """Write the rows of each model's table, each a mapping of its columns: now (together,
    parents first), or with the batch when the command is deferred. A column left out takes
    its plain default; one whose default is computed (an id, a time) must be given, so the
    row logged is the row stored."""
    complete: dict[type[Any], list[dict[str, Any]]] = {}
    for model, rows in tables.items():
        shape = _shape(model)
        for values in rows:
            missing = shape.required - values.keys()
            if missing:
                raise ValueError(f"{shape.table.name}: {sorted(missing)} not given")
        complete[model] = [{**shape.defaults, **values} for values in rows]
    deferred: dict[type[Any], list[dict[str, Any]]] | None = session.info.get("deferred_rows")
    if deferred is not None and session.info.get("deferring"):
        for model, rows in complete.items():
            deferred.setdefault(model, []).extend(rows)
        return
    _write(session, complete)


@contextmanager
def deferring(session: Session) -> Iterator[None]:
    """While a command the server's batch defers runs: its rows wait for the batch's."""
    session.info.setdefault("deferred_rows", {})
    session.info["deferring"] = True
    try:
        yield
    finally:
        session.info["deferring"] = False


def write_deferred(session: Session) -> None:
    """Write the rows deferred so far, parents first (before any command that might read
    them, and at the end of the batch)."""
    deferred: dict[type[Any], list[dict[str, Any]]] | None = session.info.get("deferred_rows")
    if not deferred:
        return
    session.info["deferred_rows"] = {}
    _write(session, deferred)


def write_changed(session: Session, model: type[Base]) -> None:
    """PostgreSQL, at the end of a server's batch: the rows of ``model`` its commands changed
    in memory (a counter's allotments, a place at a time) written by one statement from
    their JSON, logged, and let go of (nothing in the batch reads them again). The unit of
    work's UPDATE per row and its bookkeeping were a tenth of a batch of sales. Elsewhere
    the flush writes them."""
    if session.get_bind().dialect.name != "postgresql":
        return
    changed = [o for o in session.dirty if type(o) is model and session.is_modified(o)]
    if not changed:
        return
    table = _shape(model).table
    rows = [{c.key: getattr(obj, c.key) for c in table.columns} for obj in changed]
    rows.sort(key=lambda row: tuple(str(row[c.key]) for c in table.primary_key.columns))
    encoded = [_encode(row) for row in rows]
    # Without the autoflush, which would write the same rows first by the unit of work's
    # UPDATE per row (it did: every push wrote its allotments twice).
    with session.no_autoflush:
        session.execute(_json_update(table), {"p0": "[" + ",".join(encoded) + "]"})
    for obj in changed:
        session.expunge(obj)
    log_inserted_rows(session, table.name, rows, encoded)


@cache
def _json_update(table: Table) -> Any:
    quote = _quote
    keys = [c.name for c in table.primary_key.columns]
    values = [c.name for c in table.columns if c.name not in keys]
    return text(
        f"UPDATE {quote(table.name)} AS t SET "
        + ", ".join(f"{quote(c)} = r.{quote(c)}" for c in values)
        + f" FROM json_populate_recordset(NULL::{quote(table.name)}, CAST(:p0 AS json)) AS r"
        + " WHERE "
        + " AND ".join(f"t.{quote(k)} = r.{quote(k)}" for k in keys)
    )


def _write(session: Session, tables: dict[type[Any], list[dict[str, Any]]]) -> None:
    order = _table_order()
    batches = sorted(
        ((_shape(model), rows) for model, rows in tables.items() if rows),
        key=lambda batch: order[batch[0].table.name],
    )
    if not batches:
        return
    session.flush()  # the rows these name (a shift opened in the same transaction) first
    logs = bool(session.info.get("log_changes"))
    if session.get_bind().dialect.name == "postgresql":
        _insert_json(session, batches, logs)
        return
    for shape, rows in batches:
        # Only the change log names a row by its number: otherwise SQLite numbers it itself
        # (no max() read per table and sale).
        if shape.numbered is not None and logs:
            for row, number in zip(rows, _numbers(session, shape, len(rows)), strict=True):
                row[shape.numbered] = number
    for shape, rows in batches:
        session.execute(insert(shape.table), rows)
        if logs:
            log_inserted_rows(session, shape.table.name, rows)


def _insert_json(
    session: Session, batches: list[tuple[_Shape, list[dict[str, Any]]]], logs: bool
) -> None:
    """PostgreSQL: every table's rows in one statement, each table's as one JSON document
    (``json_populate_recordset``), the same texts the change log then holds. One round trip
    for a batch's sales: as a COPY per table they were seven, and as the driver's
    executemany a statement per row. (Times go as UTC: the columns hold UTC without a
    zone, and PostgreSQL reads such a column's text without its offset.)"""
    texts: list[list[str]] = []
    params: dict[str, str] = {}
    for n, (_, rows) in enumerate(batches):
        encoded = [_encode(row) for row in rows]
        texts.append(encoded)
        params[f"p{n}"] = "[" + ",".join(encoded) + "]"
    numbered = session.execute(
        _json_statement(tuple(shape.table for shape, _ in batches)), params
    ).all()
    for n, position, number in numbered:  # the keys the database drew, row by row
        shape, rows = batches[n]
        assert shape.numbered is not None
        rows[position - 1][shape.numbered] = number
        texts[n][position - 1] = f'{{"{shape.numbered}": {number}, {texts[n][position - 1][1:]}'
    if logs:
        for (shape, rows), encoded in zip(batches, texts, strict=True):
            log_inserted_rows(session, shape.table.name, rows, encoded)


@cache
def _json_statement(tables: tuple[Table, ...]) -> Any:
    """``WITH`` one ``INSERT`` per table; a table whose integer key the database numbers
    draws it from its sequence for each row, and the statement returns (table, row, key)."""
    quote = _quote
    parts = []
    drawn = []
    for n, table in enumerate(tables):
        name = quote(table.name)
        rows = f"json_populate_recordset(NULL::{name}, CAST(:p{n} AS json))"
        shape = _shape_of_table(table)
        if shape.numbered is None:
            columns = ", ".join(quote(c.name) for c in table.columns)
            parts.append(f"w{n} AS (INSERT INTO {name} ({columns}) SELECT {columns} FROM {rows})")
            continue
        key = quote(shape.numbered)
        columns = ", ".join(quote(c.name) for c in table.columns if c.name != shape.numbered)
        parts.append(
            f"s{n} AS MATERIALIZED (SELECT nextval(pg_get_serial_sequence('{table.name}', "
            f"'{shape.numbered}')) AS {key}, r.ordinality AS guichet_row, {columns} "
            f"FROM {rows} WITH ORDINALITY AS r)"
        )
        parts.append(
            f"w{n} AS (INSERT INTO {name} ({key}, {columns}) SELECT {key}, {columns} FROM s{n})"
        )
        drawn.append(f"SELECT {n}, guichet_row, {key} FROM s{n}")
    returned = " UNION ALL ".join(drawn) or "SELECT 0, 0, 0 WHERE false"
    return text(f"WITH {', '.join(parts)} {returned}")


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _jsonable(value: Any) -> Any:
    """What the JSON encoder cannot write itself (it asks only for those)."""
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    raise TypeError(f"{type(value).__name__} is not a column value")


def _encode(row: dict[str, Any]) -> str:
    return json.dumps(row, default=_jsonable)


def _numbers(session: Session, shape: _Shape, count: int) -> list[int]:
    """SQLite: ``count`` new numbers of the table's integer key, drawn before the insert
    (the change log names each row by it) after the largest, which no one else can take
    meanwhile (the transaction holds the database). PostgreSQL draws them from the table's
    sequence in the insert itself (:func:`_json_statement`)."""
    key = shape.table.c[shape.numbered or ""]
    top = session.execute(select(func.coalesce(func.max(key), 0))).scalar_one()
    return list(range(top + 1, top + 1 + count))


@cache
def _table_order() -> dict[str, int]:
    return {table.name: i for i, table in enumerate(Base.metadata.sorted_tables)}
