"""PIN rules and lock-out after repeated wrong PINs."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from guichet.domain.errors import DomainError

MAX_FAILED_ATTEMPTS = 5
LOCKOUT = timedelta(minutes=5)
PIN_MIN_LENGTH = 4
PIN_MAX_LENGTH = 8


class Role(StrEnum):
    OWNER = "owner"
    SUPERVISOR = "supervisor"
    CASHIER = "cashier"

    @property
    def can_supervise(self) -> bool:
        return self in (Role.OWNER, Role.SUPERVISOR)


@dataclass(frozen=True)
class LockState:
    failed_attempts: int
    locked_until: datetime | None


def validate_pin_format(pin: str) -> None:
    # 0-9 only: str.isdigit() also takes "١٢٣٤" or "¹²³⁴", which no counter keypad can type,
    # and a person given such a PIN could never log in.
    if not (pin.isascii() and pin.isdigit()) or not PIN_MIN_LENGTH <= len(pin) <= PIN_MAX_LENGTH:
        raise DomainError("pin_format", minimum=PIN_MIN_LENGTH, maximum=PIN_MAX_LENGTH)


def ensure_not_locked(state: LockState, now: datetime) -> None:
    if state.locked_until is not None and now < state.locked_until:
        seconds = math.ceil((state.locked_until - now).total_seconds())
        raise DomainError("user_locked", seconds=seconds, until=state.locked_until.isoformat())


def after_failure(state: LockState, now: datetime) -> LockState:
    """The fifth wrong PIN in a row locks the user for :data:`LOCKOUT`."""
    attempts = state.failed_attempts + 1
    if attempts >= MAX_FAILED_ATTEMPTS:
        return LockState(0, now + LOCKOUT)
    return LockState(attempts, None)


def after_success() -> LockState:
    return LockState(0, None)


def ensure_role(role: Role, *allowed: Role) -> None:
    if role not in allowed:
        raise DomainError("forbidden", role=str(role))
