"""Writing the server's entries over a counter's cache (and the server adopting a
standalone counter's rows): :func:`apply_entries`."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Date, DateTime, Numeric, case, func
from sqlalchemy.orm import Session
from sqlalchemy.sql.schema import Table

from guichet.changes.entries import NATURAL_KEYS, NOT_PULLED, NOT_REPLICATED
from guichet.changes.journal import write_log
from guichet.changes.plans import PLANS, Plan
from guichet.domain.bearer import BEARER_COLUMNS, MARK
from guichet.models.base import Base, UTCDateTime


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
    would store) are worked out once per shape (:class:`Plan`), then each row is a tuple.
    Elsewhere (the server adopting a counter's rows), SQLAlchemy's statement with dicts.

    ``fresh`` (a first sync, where most rows are new): each run is tried as a plain INSERT
    and written again as the upsert if any row of it already exists; the result is the same
    (rows that went in are written again with the same values, in the same order)."""
    tables = Base.metadata.tables
    connection = session.connection()
    dialect = connection.dialect
    # Each dialect's INSERT ... ON CONFLICT, imported where it is used: a counter never
    # loads PostgreSQL's dialect (start-up), nor the server SQLite's.
    if dialect.name == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as upsert

        plans = PLANS.setdefault(dialect, {})
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
    plan: Plan | None = None
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
                        plans[plan_key] = Plan.make(table, keys, natural, dialect)
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
