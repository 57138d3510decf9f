"""The current instant, always timezone-aware (UTC): what every layer stamps with when no
clock is handed in (windows included, which do not reach the models)."""

from __future__ import annotations

from datetime import UTC, datetime


def utcnow() -> datetime:
    return datetime.now(UTC)
