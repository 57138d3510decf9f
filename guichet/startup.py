"""Qt-free start-up: find the data, open (never damage) the database, build the services."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from guichet.config import DB_NAME, Settings
from guichet.models.base import utcnow
from guichet.models.db import DatabaseError, open_local_database
from guichet.services.counter import Counter
from guichet.services.printqueue import PrintQueue
from guichet.services.setup import (
    LocalSetup,
    OrganisationDraft,
    check_draft,
    create_organisation,
    is_empty,
    local_setup,
)

__all__ = ["DatabaseError", "EmptyDatabase", "Runtime", "create_and_start", "start"]


class EmptyDatabase(Exception):
    """No organisation yet: load the demo (``--demo``) or, later, pair with a server."""


@dataclass
class Runtime:
    data_dir: Path
    settings: Settings
    engine: Engine
    session_factory: sessionmaker[Session]
    setup: LocalSetup
    counter: Counter
    print_queue: PrintQueue

    def close(self) -> None:
        for name in ("_card_desk", "_door_desk"):
            desk = getattr(self.counter, name, None)
            if desk is not None:
                desk.close()  # the scan probe's own connection
        self.engine.dispose()


def start(
    data_dir: Path,
    *,
    demo: bool = False,
    lang: str | None = None,
    clock: Callable[[], datetime] = utcnow,
    demo_day: object = None,
    demo_promotions: bool = True,
    demo_seating: bool = True,
    full_check: bool = False,
) -> Runtime:
    """Open the counter's database (raising DatabaseError untouched if it is damaged).

    The cheap check of its file at every start; the full one with ``full_check`` (after a
    run that did not end cleanly: guichet/services/clean_exit.py)."""
    settings = Settings.load(data_dir)
    if lang:
        settings.lang = lang
    engine, session_factory = open_local_database(data_dir / DB_NAME, full_check=full_check)
    try:
        if is_empty(session_factory):
            if not demo:
                raise EmptyDatabase(str(data_dir / DB_NAME))
            # The demo's shows and seat maps only when asked for (``--demo``), not at every start.
            from guichet.services.demo import load_demo

            load_demo(
                session_factory,
                today=demo_day,  # type: ignore[arg-type]
                promotions=demo_promotions,
                seating=demo_seating,
            )
        setup = local_setup(session_factory)
        if setup is None:
            raise EmptyDatabase(str(data_dir / DB_NAME))
    except BaseException:
        engine.dispose()
        raise
    counter = Counter(
        session_factory,
        setup.terminal_id,
        lang=settings.lang,
        clock=clock,
        printing_enabled=bool(settings.printer),
    )
    queue = PrintQueue(
        session_factory,
        setup.terminal_id,
        settings.printer or None,
        lang=settings.lang,
        width=settings.paper_width,  # 32 on 58 mm paper: it was set and never used
    )
    return Runtime(data_dir, settings, engine, session_factory, setup, counter, queue)


def create_and_start(
    directory: Path, draft: OrganisationDraft, clock: Callable[[], datetime] = utcnow
) -> Runtime:
    """Make the organisation in one transaction, keep its language as this counter's, and
    open the counter on it."""
    check_draft(draft)  # a bad field never creates the database file
    engine, session_factory = open_local_database(directory / DB_NAME)
    try:
        create_organisation(session_factory, draft, clock=clock)
    finally:
        engine.dispose()
    settings = Settings.load(directory)
    settings.lang = draft.lang
    settings.save(directory)
    return start(directory, clock=clock)
