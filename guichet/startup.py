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
from guichet.models.db import open_local_database
from guichet.services.counter import Counter
from guichet.services.printqueue import PrintQueue
from guichet.services.setup import LocalSetup, is_empty, load_demo, local_setup


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
) -> Runtime:
    """Open the counter's database (raising DatabaseError untouched if it is damaged)."""
    settings = Settings.load(data_dir)
    if lang:
        settings.lang = lang
    engine, session_factory = open_local_database(data_dir / DB_NAME)
    try:
        if is_empty(session_factory):
            if not demo:
                raise EmptyDatabase(str(data_dir / DB_NAME))
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
