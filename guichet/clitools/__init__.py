"""The back office's command line (issue 14): ``guichet init``, ``guichet staff ...``,
``guichet venue ...``, ``guichet category ...``, ``guichet price-list ...``,
``guichet catalogue import|export``, ``guichet backup``, ``guichet restore``. Each module
here adds its sub-commands to the ``guichet`` parser and runs them; :mod:`guichet.cli` asks
each in turn.

They act as the organisation's owner, like the other commands that change a counter's data
(``guichet codes``, ``guichet seatmap``): whoever can run them can read the data folder.
Refusals are said in words, in the language of ``--lang`` (``GUICHET_LANG``, French by
default); a refusal exits 1, a missing or damaged database 2.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from guichet.domain.errors import DomainError

if TYPE_CHECKING:
    from guichet.services.backoffice import BackOffice
    from guichet.startup import Runtime

#: The modules that add sub-commands (each has add_parser(sub) and run(args, lang)).
MODULES = (
    "guichet.clitools.init",
    "guichet.clitools.staff",
    "guichet.clitools.venues",
    "guichet.clitools.prices",
    "guichet.clitools.catalogue",
    "guichet.clitools.backup",
)


def add_parsers(sub: Any) -> None:
    import importlib

    for name in MODULES:
        importlib.import_module(name).add_parser(sub)


def run(args: argparse.Namespace, lang: str) -> int | None:
    """The exit code of the sub-command ``args`` names, or None if none of these."""
    import importlib

    for name in MODULES:
        try:
            code = importlib.import_module(name).run(args, lang)
        except OSError as error:  # a data folder that cannot be made or written, in words
            from guichet.domain.errors import os_reason
            from guichet.i18n.errors import message

            where = error.filename or getattr(args, "data_dir", "") or ""
            print(
                message("path_unusable", {"path": where, "detail": os_reason(error)}, lang),
                file=sys.stderr,
            )
            return 2
        if code is not None:
            return int(code)
    return None


def refused(error: DomainError, lang: str, timezone: str = "America/Toronto") -> int:
    from guichet.i18n.errors import message

    print(message(error.code, error.params, lang, timezone), file=sys.stderr)
    return 1


def words(table: Mapping[str, Mapping[str, str]], lang: str, key: str, **params: object) -> str:
    """A command's sentence ``key`` in ``lang`` (French when the language is unknown)."""
    return table.get(lang, table["fr"])[key].format(**params)


class Exit(Exception):
    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


@contextmanager
def owner_office(data_dir_arg: str | None, lang: str) -> Iterator[tuple[Runtime, BackOffice]]:
    """The counter's data opened, and its back office acting as the organisation's owner.
    Raises :class:`Exit` (with the message printed) when there is no usable database."""
    from guichet.config import DB_NAME, data_dir
    from guichet.domain.auth import Role
    from guichet.i18n.cli_words import say
    from guichet.models.db import DatabaseError
    from guichet.services.bus import Actor
    from guichet.startup import EmptyDatabase, start

    directory = data_dir(data_dir_arg)
    if not (directory / DB_NAME).exists():  # nothing to act on: leave no file behind
        print(say(lang, "empty", path=directory / DB_NAME), file=sys.stderr)
        raise Exit(2)
    try:
        runtime = start(directory)
    except DatabaseError as exc:
        print(say(lang, exc.code, path=exc.path, detail=exc.detail), file=sys.stderr)
        raise Exit(2) from None
    except EmptyDatabase as exc:
        print(say(lang, "empty", path=exc), file=sys.stderr)
        raise Exit(2) from None
    try:
        owner = next((u for u in runtime.counter.users() if u.role is Role.OWNER), None)
        if owner is None:
            print(say(lang, "no_owner"), file=sys.stderr)
            raise Exit(2)
        actor = Actor(owner.id, owner.name, owner.role)
        runtime.counter.actor = actor
        yield runtime, runtime.counter.back_office()
    finally:
        runtime.close()


def as_owner(data_dir_arg: str | None, lang: str, job: Callable[[BackOffice], int]) -> int:
    """The exit code of ``job``, run on the counter's back office as its owner: a refusal
    is said in words (1), a missing or damaged database too (2)."""
    try:
        with owner_office(data_dir_arg, lang) as (_runtime, office):
            try:
                return int(job(office))
            except DomainError as error:
                return refused(error, lang, office.timezone)
    except Exit as stop:
        return stop.code
