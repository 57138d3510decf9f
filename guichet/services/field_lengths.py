"""How long a text the database keeps in a column: windows cap their inputs with it
(guichet/ui/limits.py) without reaching the models themselves."""

from __future__ import annotations

from functools import cache

from guichet.models import Base


@cache
def column_length(column: str) -> int | None:
    """The ``String`` length of ``"table.column"`` in the models (None: Text, or no length)."""
    table, name = column.split(".", 1)
    length = getattr(Base.metadata.tables[table].c[name].type, "length", None)
    return int(length) if length else None
