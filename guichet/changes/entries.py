"""What an entry of the change log is: which tables travel, how a row is written as JSON,
and the number that names the entries' shape (:data:`DATA_FORMAT`)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from functools import cache
from typing import Any, cast

from sqlalchemy import inspect
from sqlalchemy.orm import Mapper
from sqlalchemy.sql.schema import Table

from guichet.models.tables import ChangeLogEntry

CHANGE_LOG = cast(Table, ChangeLogEntry.__table__)
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


def plain(value: Any) -> Any:
    """A column's value as an entry's JSON holds it (timestamps and dates in ISO form,
    amounts as text)."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value
