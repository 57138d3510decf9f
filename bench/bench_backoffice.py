"""The back office (issue 14), on a real SQLite file, through ``Counter.back_office()``.

Each figure sits beside a physical baseline measured in the same run, interleaved run by run
(the machine is shared and noisy: the ratio says more than the absolute figure), and each
side is timed by the wall clock and by this process's CPU time.

* ``schedule_series_1000_ms`` (<= 500 ms) — ``office.dates.preview(series)`` then
  ``office.dates.add_series(...)`` of a series yielding exactly 1,000 dates (Monday to Friday
  × 4 start times × 50 weeks), each run on a fresh event. Baseline: a bare ``sqlite3``
  connection inserting the same 1,000 occurrence rows (every column) in one transaction.
* ``bulk_edit_1000_ms`` (<= 500 ms) — ``office.dates.bulk_edit`` of 1,000 selected dates:
  a new capacity, one tag added and another removed (alternating, so every run changes every
  row). Baseline: a bare ``sqlite3`` UPDATE of 1,000 rows of the same shape (a twin series:
  capacity, tags JSON and the ``edited`` JSON the handler also writes) in one transaction.
* ``import_season_5000_s`` (<= 5 s) — a 5,000-row programme XLSX (50 events, 45 of them new,
  at the demo's venues and price lists): ``office.programme.preview(path)`` then
  ``office.programme.save(preview)``, what the window and ``guichet catalogue import`` do,
  each run on a fresh copy of the demo database. Baseline: openpyxl reading the same file
  (read-only) plus a bare ``sqlite3`` inserting 5,000 occurrence rows.
* ``sales_window_after_10k_dates_ms`` (<= 150 ms) — with 10,000 more dates in the database
  (8 events × 2 a day × 625 days, added by ``add_series``, untimed): build
  ``guichet.ui.sales.SalesPage`` for a logged-in cashier with an open shift, call
  ``refresh()`` (what ``MainWindow.show_sales`` does), show it at 1366×768 and process events
  until the day list has been painted. Baseline: a bare QWidget with a QListWidget of the
  same number of rows, shown and painted.

Run alone: ``python -m bench.bench_backoffice [key ...]``.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path
from typing import Any
from unittest.mock import patch

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import func, select  # noqa: E402
from sqlalchemy.orm import Session, sessionmaker  # noqa: E402

from bench.common import NOON, demo_database, engine_for, median, percentile  # noqa: E402
from guichet.config import DB_NAME  # noqa: E402
from guichet.domain.commands_backoffice import EventDefaults  # noqa: E402
from guichet.domain.schedule import Series  # noqa: E402
from guichet.models.tables import Occurrence, Terminal  # noqa: E402
from guichet.services.backoffice import BackOffice  # noqa: E402
from guichet.services.backoffice.views import EventDraft  # noqa: E402
from guichet.services.counter import Counter  # noqa: E402

SERIES_KEY = "schedule_series_1000_ms"
BULK_KEY = "bulk_edit_1000_ms"
IMPORT_KEY = "import_season_5000_s"
SALES_KEY = "sales_window_after_10k_dates_ms"
KEYS = (SERIES_KEY, BULK_KEY, IMPORT_KEY, SALES_KEY)

SERIES_RUNS = 9
BULK_RUNS = 11
IMPORT_RUNS = 5
SALES_RUNS = 11
SIZE = (1366, 768)

# The occurrence row as the handler writes it, every column.
OCCURRENCE_COLUMNS = (
    "id", "event_id", "starts_at", "ends_at", "capacity", "sold", "cancelled", "held_back",
    "alacarte_places", "alacarte_taken", "alacarte_price", "alacarte_pass_only",
    "registration_opens_minutes", "registration_closes_minutes", "cancel_minutes", "tags",
    "price_list_id", "edited",
)  # fmt: skip
INSERT_OCCURRENCE = (
    f"INSERT INTO occurrence ({', '.join(OCCURRENCE_COLUMNS)}) "
    f"VALUES ({', '.join('?' * len(OCCURRENCE_COLUMNS))})"
)


# --- a demo organisation, copied for each scenario --------------------------------------------


@dataclass
class Opened:
    """An open copy of the demo database: a counter with someone logged in, its back office."""

    path: Path
    factory: sessionmaker[Session]
    counter: Counter
    office: BackOffice

    def venue(self, name_part: str) -> str:
        return next(v.id for v in self.office.venues.all() if name_part in v.name)

    def price_list(self, name_part: str) -> str:
        return next(p.id for p in self.office.prices.price_lists() if name_part in p.name)

    def new_event(self, name: str, capacity: int = 40, minutes: int = 60) -> str:
        return self.office.events.save(
            EventDraft(
                kind="activity",
                name=name,
                venue_id=self.venue("Saint-Roch"),
                price_list_id=self.price_list("Loisirs"),
                defaults=EventDefaults(duration_minutes=minutes, capacity=capacity),
            )
        )


def _copy_database(template: Path, directory: Path) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    target = directory / DB_NAME
    shutil.copy2(template, target)
    return target


@contextmanager
def _open(path: Path, role: str = "owner") -> Iterator[Opened]:
    engine = engine_for(path)
    factory = sessionmaker(engine, expire_on_commit=False)
    with factory() as session:
        terminal_id = session.scalars(select(Terminal.id)).one()
    counter = Counter(factory, terminal_id, clock=lambda: NOON, printing_enabled=False)
    pins = {"owner": "9999", "supervisor": "2222", "cashier": "1111"}
    person = next(u for u in counter.users() if u.role.value == role)
    counter.login(person.id, pins[role])
    try:
        yield Opened(path, factory, counter, counter.back_office())
    finally:
        engine.dispose()


class Clocks:
    """Wall-clock and CPU times of one side (the application or its baseline), run by run.
    CPU time is what this process itself spent: on a busy machine it moves less than the
    wall clock, and the gap between the two is time spent waiting (for a core or the disk)."""

    def __init__(self, scale: float = 1000.0) -> None:
        self.scale = scale  # 1000: milliseconds; 1: seconds
        self.wall: list[float] = []
        self.cpu: list[float] = []

    @contextmanager
    def timing(self) -> Iterator[None]:
        wall, cpu = time.perf_counter(), time.process_time()
        yield
        self.cpu.append((time.process_time() - cpu) * self.scale)
        self.wall.append((time.perf_counter() - wall) * self.scale)


def _summary(app: Clocks, base: Clocks, rows: int, digits: int = 2) -> dict[str, Any]:
    value, bare = median(app.wall), median(base.wall)
    return {
        "runs": [round(v, digits) for v in app.wall],
        "median": round(value, digits),
        "p90": round(percentile(app.wall, 90), digits),
        "cpu_median": round(median(app.cpu), digits),
        "baseline_runs": [round(v, digits) for v in base.wall],
        "baseline_median": round(bare, digits),
        "baseline_cpu_median": round(median(base.cpu), digits),
        "ratio": round(value / bare, 1) if bare else None,
        "cpu_ratio": round(median(app.cpu) / median(base.cpu), 1) if median(base.cpu) else None,
        "rows": rows,
    }


def _bare(path: Path) -> sqlite3.Connection:
    """A plain sqlite3 connection with the application's own pragmas (the same durability:
    WAL, synchronous=FULL), so the baseline pays the same physical costs."""
    conn = sqlite3.connect(str(path), isolation_level=None)
    for pragma in (
        "foreign_keys=ON", "journal_mode=WAL", "synchronous=FULL", "busy_timeout=5000",
        "cache_size=-32000", "temp_store=MEMORY", "wal_autocheckpoint=10000",
    ):  # fmt: skip
        conn.execute(f"PRAGMA {pragma}")
    return conn


def _stored(moment: datetime) -> str:
    """A UTC time as SQLAlchemy stores a DATETIME in SQLite."""
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def _occurrence_row(
    event_id: str, starts: datetime, ends: datetime, capacity: int
) -> tuple[Any, ...]:
    return (
        str(uuid.uuid4()), event_id, _stored(starts), _stored(ends), capacity, 0, 0, 0,
        0, 0, None, 0, None, None, None, "[]", None, "{}",
    )  # fmt: skip


def _bare_insert(path: Path, rows: list[tuple[Any, ...]], clocks: Clocks) -> None:
    """A bare sqlite3 inserting ``rows`` into occurrence in one transaction, timed."""
    conn = _bare(path)
    try:
        with clocks.timing():
            conn.execute("BEGIN IMMEDIATE")
            conn.executemany(INSERT_OCCURRENCE, rows)
            conn.execute("COMMIT")
    finally:
        conn.close()


# --- schedule_series_1000_ms ------------------------------------------------------------------


def thousand_dates() -> Series:
    """Monday to Friday at 9 h, 11 h, 14 h and 16 h for 50 weeks: exactly 1,000 dates (across
    both changes of clocks of 2027)."""
    first = date(2027, 1, 4)  # a Monday
    return Series(
        first_day=first,
        last_day=first + timedelta(weeks=49, days=4),
        weekdays=frozenset(range(5)),
        times=(clock_time(9), clock_time(11), clock_time(14), clock_time(16)),
        duration_minutes=60,
    )


def bench_series(template: Path, work: Path) -> dict[str, Any]:
    series = thousand_dates()
    app, base = Clocks(), Clocks()
    with _open(_copy_database(template, work / "series")) as desk:
        dates = desk.office.dates
        planned = dates.preview(series)
        assert len(planned) == 1000, len(planned)
        # Warm: the first save of a process imports and compiles; a manager saves many.
        dates.add_series(desk.new_event("Aquaforme (échauffement)"), series)
        for run in range(SERIES_RUNS):
            event_id = desk.new_event(f"Aquaforme {run}")
            bare_event = desk.new_event(f"Aquaforme témoin {run}")

            def office(event_id: str = event_id) -> None:
                with app.timing():
                    shown = dates.preview(series)
                    saved = dates.add_series(event_id, series)
                assert len(shown) == len(saved) == 1000

            def bare(bare_event: str = bare_event) -> None:
                rows = [_occurrence_row(bare_event, p.starts_at, p.ends_at, 40) for p in planned]
                _bare_insert(desk.path, rows, base)

            for job in (office, bare) if run % 2 == 0 else (bare, office):
                job()
    return {SERIES_KEY: round(median(app.wall), 1), "series": _summary(app, base, 1000)}


# --- bulk_edit_1000_ms ------------------------------------------------------------------------


def bench_bulk(template: Path, work: Path) -> dict[str, Any]:
    app, base = Clocks(), Clocks()
    with _open(_copy_database(template, work / "bulk")) as desk:
        dates = desk.office.dates
        selected = dates.add_series(desk.new_event("Aquaforme"), thousand_dates())
        witness = dates.add_series(desk.new_event("Aquaforme témoin"), thousand_dates())
        tags = ("matin", "soir")
        dates.bulk_edit(selected, {"capacity": 30}, add_tags=[tags[0]])  # warm
        for run in range(BULK_RUNS):
            capacity = 41 + run % 2  # alternating: every run changes every row
            add, remove = tags[run % 2], tags[1 - run % 2]

            def office(capacity: int = capacity, add: str = add, remove: str = remove) -> None:
                with app.timing():
                    done = dates.bulk_edit(
                        selected, {"capacity": capacity}, add_tags=[add], remove_tags=[remove]
                    )
                assert done.edited == 1000

            def bare(capacity: int = capacity, add: str = add) -> None:
                edited = json.dumps({"capacity": datetime.now(UTC).isoformat()})
                conn = _bare(desk.path)
                try:
                    with base.timing():
                        conn.execute("BEGIN IMMEDIATE")
                        conn.executemany(
                            "UPDATE occurrence SET capacity = ?, tags = ?, edited = ? WHERE id = ?",
                            [(capacity, json.dumps([add]), edited, oid) for oid in witness],
                        )
                        conn.execute("COMMIT")
                finally:
                    conn.close()

            for job in (office, bare) if run % 2 == 0 else (bare, office):
                job()
        chosen = set(selected)
        last = BULK_RUNS - 1
        assert all(
            d.capacity == 41 + last % 2 and d.tags == (tags[last % 2],)
            for d in dates.list()
            if d.id in chosen
        )
    return {BULK_KEY: round(median(app.wall), 1), "bulk_edit": _summary(app, base, 1000)}


# --- import_season_5000_s ---------------------------------------------------------------------


def write_programme(path: Path, desk: Opened, rows: int = 5000, events: int = 50) -> int:
    """A season as a box office would type it: the demo's events and new ones at the demo's
    venues and price lists, local times, capacities and tags. Returns how many events are
    new."""
    from openpyxl import Workbook

    known = [(e.name, e.venue_name, e.price_list_name) for e in desk.office.events.all()]
    venues = [v.name for v in desk.office.venues.all()]
    lists = {
        "Saint-Roch": next(p.name for p in desk.office.prices.price_lists() if "Loisirs" in p.name),
        "Quai": next(p.name for p in desk.office.prices.price_lists() if "Théâtre" in p.name),
    }
    chosen = list(known[:events])
    for n in range(events - len(chosen)):
        venue = venues[n % len(venues)]
        price_list = next(name for part, name in lists.items() if part in venue)
        chosen.append((f"Atelier d’été n° {n + 1}", venue, price_list))
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Programme")
    sheet.append(["event", "venue", "starts_at", "ends_at", "capacity", "price_list", "tags"])
    per_event = rows // len(chosen)
    first = datetime(2027, 6, 1)
    for index, (name, venue, price_list) in enumerate(chosen):
        hour = 9 + index % 12
        for day in range(per_event):
            starts = first + timedelta(days=day, hours=hour, minutes=(index * 5) % 60)
            sheet.append(
                [
                    name,
                    venue,
                    starts.strftime("%Y-%m-%d %H:%M"),
                    (starts + timedelta(minutes=90)).strftime("%Y-%m-%d %H:%M"),
                    60 + index,
                    price_list,
                    "été 2027, famille" if day % 2 else "été 2027",
                ]
            )
    book.save(path)
    return len(chosen) - len(known[:events])


def bench_import(template: Path, work: Path) -> dict[str, Any]:
    from openpyxl import load_workbook

    from guichet.services.backoffice import programme, programme_files

    season, small = work / "saison.xlsx", work / "essai.xlsx"
    with _open(_copy_database(template, work / "import-file")) as desk:
        new_events = write_programme(season, desk)
        write_programme(small, desk, rows=100, events=10)
        demo_events = [e.id for e in desk.office.events.all()]
    with _open(_copy_database(template, work / "import-warm")) as desk:
        desk.office.programme.import_file(small)  # warm: openpyxl's and the handler's imports
    app, base = Clocks(scale=1), Clocks(scale=1)
    reading, checking, writing = Clocks(scale=1), Clocks(scale=1), Clocks(scale=1)
    base_reading, base_writing = Clocks(scale=1), Clocks(scale=1)
    real_read_rows = programme_files.read_rows

    def timed_read_rows(path: Path) -> list[tuple[int, list[Any]]]:
        with reading.timing():
            return real_read_rows(path)

    def office(run: int) -> None:
        with _open(_copy_database(template, work / f"import-{run}")) as desk:
            # The desk's own call of read_rows, timed apart.
            with patch.object(programme, "read_rows", timed_read_rows), app.timing():
                with checking.timing():
                    preview = desk.office.programme.preview(season)
                with writing.timing():
                    done = desk.office.programme.save(preview)
            assert not preview.errors, preview.errors[:3]
            assert done.dates == 5000 and done.events == new_events, done
            # "checking" timed the whole preview: the reading is taken out of it.
            checking.wall[-1] -= reading.wall[-1]
            checking.cpu[-1] -= reading.cpu[-1]

    def bare(run: int) -> None:
        path = _copy_database(template, work / f"import-bare-{run}")
        with base.timing():
            with base_reading.timing():
                book = load_workbook(season, read_only=True)
                cells = list(book.worksheets[0].iter_rows(values_only=True))
                book.close()
            rows = [
                (
                    str(uuid.uuid4()), demo_events[n % len(demo_events)],
                    _stored(datetime.fromisoformat(starts).replace(tzinfo=UTC)),
                    _stored(datetime.fromisoformat(ends).replace(tzinfo=UTC)),
                    int(capacity), 0, 0, 0, 0, 0, None, 0, None, None, None,
                    json.dumps(tags.split(", ")), None, "{}",
                )
                for n, (_event, _venue, starts, ends, capacity, _list, tags) in enumerate(
                    cells[1:]
                )
            ]  # fmt: skip
            _bare_insert(path, rows, base_writing)

    for run in range(IMPORT_RUNS):
        for job in (office, bare) if run % 2 == 0 else (bare, office):
            job(run)
        shutil.rmtree(work / f"import-{run}", ignore_errors=True)
        shutil.rmtree(work / f"import-bare-{run}", ignore_errors=True)
    summary = _summary(app, base, 5000, digits=3)
    summary.update(
        events=50,
        new_events=new_events,
        file_kb=round(season.stat().st_size / 1024),
        reading_s=round(median(reading.wall), 3),
        checking_s=round(median(checking.wall), 3),
        writing_s=round(median(writing.wall), 3),
        reading_cpu_s=round(median(reading.cpu), 3),
        checking_cpu_s=round(median(checking.cpu), 3),
        writing_cpu_s=round(median(writing.cpu), 3),
        baseline_reading_s=round(median(base_reading.wall), 3),
        baseline_writing_s=round(median(base_writing.wall), 3),
    )
    return {IMPORT_KEY: round(median(app.wall), 3), "import": summary}


# --- sales_window_after_10k_dates_ms ----------------------------------------------------------


def add_ten_thousand_dates(desk: Opened) -> int:
    """8 events, each every day at two times for 625 days around the demo day (June 2026 to
    February 2028): 10,000 dates in 8 commands of 1,250."""
    added = 0
    for n in range(8):
        event_id = desk.new_event(f"Cours {n + 1}", capacity=25, minutes=45)
        series = Series(
            first_day=date(2026, 6, 1),
            last_day=date(2026, 6, 1) + timedelta(days=624),
            weekdays=frozenset(range(7)),
            times=(clock_time(7 + n), clock_time(15 + n % 6, 30)),
            duration_minutes=45,
        )
        added += len(desk.office.dates.add_series(event_id, series))
    return added


class _PaintCounter:
    """Counts the paint events of a widget (the day list's viewport)."""

    def __init__(self) -> None:
        from PySide6.QtCore import QEvent, QObject

        paint = QEvent.Type.Paint
        owner = self

        class Filter(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
                if event.type() == paint:
                    owner.count += 1
                return False

        self.count = 0
        self.filter = Filter()


def _process_until(done: Callable[[], bool], limit_s: float = 10.0) -> None:
    from PySide6.QtCore import QCoreApplication

    deadline = time.perf_counter() + limit_s
    while not done():
        QCoreApplication.processEvents()
        if time.perf_counter() > deadline:
            raise RuntimeError("the day list was never painted")


def _dispose(widget: Any) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    widget.close()
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def _open_sales_page(counter: Counter, clocks: Clocks, refreshes: Clocks) -> int:
    """Open the sales page as ``MainWindow.show_sales`` does (build it, ``refresh()``, show)
    until its day list is painted; then time a refresh of the open page. Returns the rows."""
    from guichet.ui.sales import SalesPage

    paints = _PaintCounter()
    with clocks.timing():
        page = SalesPage(counter)
        page.refresh()
        page.occurrence_list.viewport().installEventFilter(paints.filter)
        page.resize(*SIZE)
        page.show()
        _process_until(lambda: paints.count > 0)
    rows = page.occurrence_list.count()
    assert page.selected_occurrence is not None
    before = paints.count
    with refreshes.timing():  # after a sale, or a minute later: the places sold elsewhere
        page.refresh()
        page.occurrence_list.viewport().update()
        _process_until(lambda: paints.count > before)
    _dispose(page)
    return rows


def _open_bare_list(rows: int, clocks: Clocks) -> None:
    """The physical floor: a bare window with a list of ``rows`` lines, shown and painted."""
    from PySide6.QtWidgets import QListWidget, QVBoxLayout, QWidget

    paints = _PaintCounter()
    with clocks.timing():
        widget = QWidget()
        listing = QListWidget()
        QVBoxLayout(widget).addWidget(listing)
        for n in range(rows):
            listing.addItem(f"Séance {n}")
        listing.setCurrentRow(0)
        listing.viewport().installEventFilter(paints.filter)
        widget.resize(*SIZE)
        widget.show()
        _process_until(lambda: paints.count > 0)
    _dispose(widget)


def bench_sales_window(template: Path, work: Path) -> dict[str, Any]:
    from guichet.ui.app import create_application

    create_application("fr")
    path = _copy_database(template, work / "sales")
    with _open(path) as desk:
        added = add_ten_thousand_dates(desk)
    app, base, refreshes, queries = Clocks(), Clocks(), Clocks(), Clocks()
    demo_only, demo_refreshes = Clocks(), Clocks()
    plain = _copy_database(template, work / "sales-demo")
    with _open(path, role="cashier") as desk, _open(plain, role="cashier") as control:
        counter = desk.counter
        counter.open_shift(20000)
        control.counter.open_shift(20000)
        day = counter.today()
        shown = len(counter.occurrences(day))
        # Warm: the first window of a process loads fonts, styles and translations.
        _open_sales_page(counter, Clocks(), Clocks())
        _open_bare_list(shown, Clocks())
        _open_sales_page(control.counter, Clocks(), Clocks())

        def office() -> None:
            assert _open_sales_page(counter, app, refreshes) == shown

        def bare() -> None:
            _open_bare_list(shown, base)

        def demo() -> None:
            _open_sales_page(control.counter, demo_only, demo_refreshes)

        for run in range(SALES_RUNS):
            jobs = (office, bare, demo)
            for job in jobs[run % 3 :] + jobs[: run % 3]:
                job()
            with queries.timing():
                found = counter.occurrences(day)
            assert len(found) == shown
        with control.factory() as session:
            demo_dates = session.scalar(select(func.count(Occurrence.id)))
        with desk.factory() as session:
            total_dates = session.scalar(select(func.count(Occurrence.id)))
    summary = _summary(app, base, shown)
    summary.update(
        dates_added=added,
        dates_in_database=total_dates,
        refresh_open_page_ms=round(median(refreshes.wall), 2),
        occurrences_day_ms=round(median(queries.wall), 2),
        demo_only_dates=demo_dates,
        demo_only_open_ms=round(median(demo_only.wall), 2),
        demo_only_refresh_ms=round(median(demo_refreshes.wall), 2),
    )
    return {SALES_KEY: round(median(app.wall), 1), "sales_window": summary}


# --- the module's entry point -----------------------------------------------------------------


def run(keys: frozenset[str] = frozenset()) -> dict[str, Any]:
    wanted = keys or frozenset(KEYS)
    output: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        template = demo_database(work / "template")
        benches = (
            (SERIES_KEY, bench_series),
            (BULK_KEY, bench_bulk),
            (IMPORT_KEY, bench_import),
            (SALES_KEY, bench_sales_window),
        )
        for key, bench in benches:
            if key in wanted:
                start = time.perf_counter()
                output.update(bench(template, work))
                output[f"{key}_bench_s"] = round(time.perf_counter() - start, 1)
    return output


if __name__ == "__main__":
    print(json.dumps(run(frozenset(sys.argv[1:])), indent=2, ensure_ascii=False))
