"""SQLAlchemy models and Alembic migrations (terminal and server share them)."""

from guichet.models import tables  # noqa: F401  (registers every table on Base.metadata)
from guichet.models.base import Base

__all__ = ["Base", "tables"]
