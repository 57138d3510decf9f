"""PLACEHOLDER: ``guichet catalogue ...`` (being written)."""

from __future__ import annotations

import argparse
from typing import Any


def add_parser(sub: Any) -> None:
    """Add this module's sub-commands to the ``guichet`` parser."""


def run(args: argparse.Namespace, lang: str) -> int | None:
    return None
