"""Fixture chain: migrated SQLite file -> demo organisation -> counter -> open shift.

Every test gets its own real SQLite file, copied from a template migrated once per session
(running Alembic for every test would dominate the suite's time).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy.orm import Session, sessionmaker  # noqa: E402

from guichet.models.db import make_engine, open_local_database, sqlite_url  # noqa: E402
from guichet.services.counter import Counter  # noqa: E402
from guichet.services.demo import load_demo  # noqa: E402
from guichet.services.setup import LocalSetup  # noqa: E402


def pytest_configure(config: pytest.Config) -> None:
    """The run's logs go to one folder, checked for secrets at the end (tests/logcheck.py)."""
    from tests import logcheck

    logcheck.configure()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    from tests import logcheck

    logcheck.finish(session)


# Saturday 5 December 2026: the theatre plays at 14 h and 20 h, the pool at 13 h and 18 h.
DEMO_DAY = date(2026, 12, 5)
NOON_LOCAL = datetime(2026, 12, 5, 17, 0, tzinfo=UTC)  # 12:00 in Quebec (UTC-5)


class Clock:
    """A clock tests can move forward."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs: float) -> None:
        self.now += timedelta(**kwargs)


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    engine, _ = open_local_database(path)
    engine.dispose()
    return path


@pytest.fixture(scope="session")
def demo_template_db(tmp_path_factory: pytest.TempPathFactory, template_db: Path) -> Path:
    path = tmp_path_factory.mktemp("demo-template") / "demo.sqlite3"
    shutil.copy2(template_db, path)
    engine = make_engine(sqlite_url(path))
    load_demo(sessionmaker(engine), today=DEMO_DAY, promotions=False, seating=False)
    engine.dispose()
    return path


@pytest.fixture
def db_path(tmp_path: Path, template_db: Path) -> Path:
    path = tmp_path / "guichet.sqlite3"
    shutil.copy2(template_db, path)
    return path


@pytest.fixture
def session_factory(db_path: Path) -> Iterator[sessionmaker[Session]]:
    engine = make_engine(sqlite_url(db_path))
    yield sessionmaker(engine, expire_on_commit=False)
    engine.dispose()


@pytest.fixture
def demo_db_path(tmp_path: Path, demo_template_db: Path) -> Path:
    path = tmp_path / "guichet.sqlite3"
    shutil.copy2(demo_template_db, path)
    return path


@pytest.fixture
def demo_factory(demo_db_path: Path) -> Iterator[sessionmaker[Session]]:
    engine = make_engine(sqlite_url(demo_db_path))
    yield sessionmaker(engine, expire_on_commit=False)
    engine.dispose()


@pytest.fixture
def demo(demo_factory: sessionmaker[Session]) -> LocalSetup:
    from guichet.services.setup import local_setup

    setup = local_setup(demo_factory)
    assert setup is not None
    return setup


@pytest.fixture
def clock() -> Clock:
    return Clock(NOON_LOCAL)


@pytest.fixture
def make_counter(
    demo_factory: sessionmaker[Session], demo: LocalSetup, clock: Clock
) -> Callable[..., Counter]:
    def make(lang: str = "fr", printing_enabled: bool = True) -> Counter:
        return Counter(
            demo_factory,
            demo.terminal_id,
            lang=lang,
            clock=clock,
            printing_enabled=printing_enabled,
        )

    return make


@pytest.fixture
def counter(make_counter: Callable[..., Counter]) -> Counter:
    """A counter with nobody logged in."""
    return make_counter()


def user_id(counter: Counter, name_part: str) -> str:
    return next(u.id for u in counter.users() if name_part in u.name)


@pytest.fixture
def cashier_counter(counter: Counter) -> Counter:
    """Sophie (cashier, PIN 1111) logged in with a shift opened on a 200 $ float."""
    counter.login(user_id(counter, "Sophie"), "1111")
    counter.open_shift(20000)
    return counter


@pytest.fixture
def supervisor(counter: Counter):  # type: ignore[no-untyped-def]
    """Luc (supervisor, PIN 2222), authorised."""
    return counter.authorize_supervisor(user_id(counter, "Luc"), "2222")


@pytest.fixture(scope="session")
def seated_template(tmp_path_factory: pytest.TempPathFactory, template_db: Path) -> Path:
    """The demo with its reserved-seating show ("Cyrano de Bergerac", 800 seats)."""
    path = tmp_path_factory.mktemp("seated") / "seated.sqlite3"
    shutil.copy2(template_db, path)
    engine = make_engine(sqlite_url(path))
    load_demo(sessionmaker(engine), today=DEMO_DAY, promotions=False, seating=True)
    engine.dispose()
    return path


@pytest.fixture
def seated(
    tmp_path: Path, seated_template: Path, clock: Clock
) -> Iterator[tuple[Counter, Counter]]:
    """(cashier's counter with an open shift, supervisor's counter) on the seated demo."""
    from guichet.services.setup import local_setup

    path = tmp_path / "guichet.sqlite3"
    shutil.copy2(seated_template, path)
    engine = make_engine(sqlite_url(path))
    factory: sessionmaker[Session] = sessionmaker(engine, expire_on_commit=False)
    setup = local_setup(factory)
    assert setup is not None
    cashier = Counter(factory, setup.terminal_id, clock=clock)
    cashier.login(user_id(cashier, "Sophie"), "1111")
    cashier.open_shift(20000)
    boss = Counter(factory, setup.terminal_id, clock=clock)
    boss.login(user_id(boss, "Luc"), "2222")
    yield cashier, boss
    engine.dispose()
