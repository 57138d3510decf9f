"""Guichet's release numbers, compared as a box office needs them (issue 19, part 8).

A version is ``MAJOR.MINOR.PATCH`` with an optional pre-release: ``0.2.0a1``, ``0.2.0b2``,
``0.2.0rc1`` (as Python's packaging writes them), or ``0.2.0-alpha.1``, ``0.2.0-beta.2``,
``0.2.0-rc.1`` (as people type them). Numbers compare as numbers (0.10.0 comes after
0.9.0) and a pre-release comes before its release (0.2.0rc1 < 0.2.0). Anything else is
refused: a minimum typed wrong must never let every counter through, nor stop every one.
"""

from __future__ import annotations

import re
from typing import NamedTuple

#: Pre-release stages in their order; a release has none and comes after all of them.
STAGES = {"a": 0, "alpha": 0, "b": 1, "beta": 1, "rc": 2, "c": 2}
_STAGE_NAMES = ("a", "b", "rc")
#: As long as a number may be: a version is a few digits, never a way to eat memory.
MAX_LENGTH = 40

_VERSION = re.compile(
    r"""
    v?(?P<major>0|[1-9]\d{0,5})\.(?P<minor>0|[1-9]\d{0,5})\.(?P<patch>0|[1-9]\d{0,5})
    (?:
        -?(?P<stage>alpha|beta|rc|a|b|c)\.?(?P<number>0|[1-9]\d{0,5})?
    )?
    """,
    re.VERBOSE | re.ASCII | re.IGNORECASE,
)


class Version(NamedTuple):
    """Ordered as versions are: compare them with ``<``."""

    major: int
    minor: int
    patch: int
    #: (stage, number) of a pre-release; (3, 0) for a release, after every stage.
    pre: tuple[int, int] = (3, 0)

    @property
    def is_prerelease(self) -> bool:
        return self.pre[0] < 3

    def __str__(self) -> str:
        text = f"{self.major}.{self.minor}.{self.patch}"
        if self.is_prerelease:
            text += f"{_STAGE_NAMES[self.pre[0]]}{self.pre[1]}"
        return text


class VersionError(ValueError):
    """Not a version number (``text`` is what was given)."""

    def __init__(self, text: str) -> None:
        super().__init__(f"not a version number: {text[:MAX_LENGTH]!r}")
        self.text = text


def parse(text: str) -> Version:
    """``text`` as a :class:`Version`; :class:`VersionError` for anything else."""
    if len(text) > MAX_LENGTH:
        raise VersionError(text)
    match = _VERSION.fullmatch(text.strip())
    if match is None:
        raise VersionError(text)
    pre = (3, 0)
    if match["stage"]:
        pre = (STAGES[match["stage"].lower()], int(match["number"] or 0))
    return Version(int(match["major"]), int(match["minor"]), int(match["patch"]), pre)


def is_valid(text: str) -> bool:
    try:
        parse(text)
    except VersionError:
        return False
    return True


def older_than(version: str, minimum: str) -> bool:
    """``version`` comes before ``minimum`` (both must be versions)."""
    return parse(version) < parse(minimum)
