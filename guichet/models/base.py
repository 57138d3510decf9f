"""Declarative base and column types shared by the terminal and the server."""

from __future__ import annotations

import contextlib
import contextvars
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, MetaData, String, TypeDecorator
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase

from guichet.domain.clock import utcnow as utcnow  # the models stamp rows with it

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """Stores UTC; always returns timezone-aware datetimes; refuses naive ones."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime refused: Guichet stores aware datetimes only")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        parsed: datetime = datetime.fromisoformat(value) if isinstance(value, str) else value
        return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


class _IdSeed:
    def __init__(self, command_id: str) -> None:
        self.namespace = (
            uuid.UUID(command_id)
            if _is_uuid(command_id)
            else uuid.uuid5(uuid.NAMESPACE_URL, command_id)
        )
        self.count = 0


def _is_uuid(text: str) -> bool:
    try:
        uuid.UUID(text)
    except ValueError:
        return False
    return True


_ID_SEED: contextvars.ContextVar[_IdSeed | None] = contextvars.ContextVar("id_seed", default=None)


def new_id() -> str:
    """A random id, or, while a command is applied, the next id derived from the command's
    uuid: the counter and the server apply the same handler to the same command, so every row
    it creates gets the same id on both, and replication never duplicates a row."""
    seed = _ID_SEED.get()
    if seed is None:
        return str(uuid.uuid4())
    seed.count += 1
    return str(uuid.uuid5(seed.namespace, str(seed.count)))


@contextlib.contextmanager
def ids_from(command_id: str) -> Iterator[None]:
    token = _ID_SEED.set(_IdSeed(command_id))
    try:
        yield
    finally:
        _ID_SEED.reset(token)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {datetime: UTCDateTime(), str: String()}
