"""Typing mistakes the tests make on purpose."""

from __future__ import annotations


def neighbours_swapped(code: str) -> str:
    """``code`` with its last pair of different neighbouring symbols swapped (a code may
    end "…KK", where swapping the last two would change nothing)."""
    at = max(i for i in range(len(code) - 1) if code[i] != code[i + 1])
    return code[:at] + code[at + 1] + code[at] + code[at + 2 :]
