"""A whole database read as entries of the change log (a standalone counter brings its data
to an empty server this way)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from guichet.changes.entries import NOT_REPLICATED, plain
from guichet.models.base import Base


def snapshot_rows(session: Session, page: int = 2000) -> Iterator[dict[str, Any]]:
    """Every replicated row of a database, parents first, as change entries."""
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
                data = {key: plain(value) for key, value in row.items()}
                yield {
                    "id": 0,
                    "entity": table.name,
                    "entity_id": "/".join(str(row[k]) for k in pk),
                    "op": "upsert",
                    "data": data,
                }
            offset += page
