"""PIN hashing (argon2id). Only hashes are stored; a stolen database does not give PINs away
cheaply."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

# Lighter than argon2's defaults: a PIN is checked on every login at a busy counter, and the
# lock-out after five tries is what really protects a four-digit PIN.
_HASHER = PasswordHasher(time_cost=2, memory_cost=19_456, parallelism=1)


def hash_pin(pin: str) -> str:
    return _HASHER.hash(pin)


def verify_pin(pin_hash: str, pin: str) -> bool:
    try:
        return _HASHER.verify(pin_hash, pin)
    except (VerificationError, InvalidHashError):
        return False


def hash_pin_for(pin: str, pepper: bytes | None) -> str:
    """The hash a command carries: peppered on a paired counter (its outbox is in its
    database, which must not hold a hash a guess can be tested against)."""
    from guichet.domain.pins import pepper_hash

    plain = hash_pin(pin)
    return plain if pepper is None else pepper_hash(pepper, plain)


def verify_stored(stored: str, pin: str, pepper: bytes | None) -> bool:
    """``pin`` against a stored hash, plain argon2 or peppered (which needs the pepper)."""
    from guichet.domain.pins import is_peppered, verify_peppered

    if is_peppered(stored):
        return pepper is not None and verify_peppered(pepper, stored, pin)
    return verify_pin(stored, pin)
