"""How the rows of one shape go to a counter's SQLite database through the driver: the
statement and each column's conversion worked out once per shape (a first sync writes a
million rows in a few hundred statements), giving what SQLAlchemy itself would have bound."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from operator import itemgetter
from typing import Any
from weakref import WeakKeyDictionary

from sqlalchemy import JSON, Date, DateTime, Numeric
from sqlalchemy.sql.schema import Table

from guichet.domain.bearer import BEARER_COLUMNS, MARK
from guichet.models.base import UTCDateTime

#: Plans per SQLite dialect (their JSON serialiser and types are the engine's own).
PLANS: WeakKeyDictionary[Any, dict[tuple[str, tuple[str, ...], bool], Plan | None]] = (
    WeakKeyDictionary()
)


@dataclass(frozen=True)
class Plan:
    """How rows of one shape (a table, the keys of their data) go to SQLite: the upsert
    statement, and a function from an entry's data to the tuple of values SQLAlchemy itself
    would have bound (same parsing as :func:`guichet.changes.apply._from_json`, then each
    column's own bind processor)."""

    sql: str
    insert: str  # the same without its ON CONFLICT clause
    row: Callable[[dict[str, Any]], Any]

    @staticmethod
    def make(
        table: Table, keys: tuple[str, ...], natural: tuple[str, ...] | None, dialect: Any
    ) -> Plan | None:
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
            for i, f in ((i, converter(table.c[c], dialect)) for i, c in enumerate(columns))
            if f is not None
        )

        def row(data: dict[str, Any]) -> Any:
            values = list(take(data))
            for i, f in convert:
                values[i] = f(values[i])
            return values

        return Plan(sql, insert, row if convert else take)


def converter(column: Any, dialect: Any) -> Callable[[Any], Any] | None:
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
