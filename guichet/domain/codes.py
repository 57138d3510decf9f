"""Codes given to customers: unguessable, easy to read aloud, typo-detecting.

Alphabet: 31 symbols (digits 2-9 and A-Z without I, L, O), so 0/O and 1/I/L can never be
confused. 31 is prime, so a position-weighted sum modulo 31 as the check character catches
every single-character substitution and every swap of two adjacent characters.
Codes have 14 random symbols (about 69 bits from :mod:`secrets`) plus the check symbol and
are shown in groups of five: ``K7M2Q-X9PTR-4HWC8``.
"""

from __future__ import annotations

import secrets

from guichet.domain.errors import DomainError

ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
_INDEX = {c: i for i, c in enumerate(ALPHABET)}
_BASE = len(ALPHABET)  # 31, prime
RANDOM_LENGTH = 14
GROUP = 5


def _checksum(code: str) -> int:
    return sum((i + 1) * _INDEX[c] for i, c in enumerate(code)) % _BASE


def new_code(length: int = RANDOM_LENGTH) -> str:
    body = "".join(secrets.choice(ALPHABET) for _ in range(length))
    return body + check_symbol_for(body)


def check_symbol_for(body: str) -> str:
    # Choose c so that sum((i+1)*v_i) over body+c == 0 (mod 31).
    partial = sum((i + 1) * _INDEX[ch] for i, ch in enumerate(body))
    weight = len(body) + 1
    for value in range(_BASE):
        if (partial + weight * value) % _BASE == 0:
            return ALPHABET[value]
    raise AssertionError("31 is prime: a check symbol always exists")


def normalize(text: str) -> str:
    """Upper-case and drop spaces and dashes, as typed or scanned."""
    return "".join(ch for ch in text.upper() if ch not in " -\t\r\n")


def validate(text: str) -> str:
    """Return the normalised code, or raise ``code_malformed`` ("check the code")."""
    code = normalize(text)
    if len(code) < 2 or any(ch not in _INDEX for ch in code) or _checksum(code) != 0:
        raise DomainError("code_malformed", text=text)
    return code


def is_well_formed(text: str) -> bool:
    try:
        validate(text)
    except DomainError:
        return False
    return True


def display(code: str) -> str:
    return "-".join(code[i : i + GROUP] for i in range(0, len(code), GROUP))
