"""Issue 21, part 6: the counter's database file is treated with care. ``guichet check``
changes nothing it checks; a database from a newer Guichet, a read-only folder and a full disk
are each said as such (never "damaged, restore a backup" about a sound file); a disk that
fills during a sale refuses the sale in words, whole, and the cart can be sold afterwards."""

from __future__ import annotations

import hashlib
import os
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from guichet.domain.cart import Cart
from guichet.domain.errors import DomainError
from guichet.models.db import DatabaseError, open_local_database
from guichet.models.tables import Order, OutboxEntry, Terminal
from guichet.services.counter import Counter
from tests.cli_runner import run_guichet
from tests.conftest import Clock
from tests.integration.helpers import occurrence_named
from tests.storage_helpers import counter_as_opened, disk_full

NEWER = "9999_from_a_newer_guichet"


def state(folder: Path) -> dict[str, tuple[str, int]]:
    """The database's files in ``folder`` (itself, a -wal, a -shm, a backup copy...): their
    bytes' digest and modification time. (The folder's lock, guichet.lock, is no data.)"""
    return {
        p.name: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
        for p in sorted(folder.iterdir())
        if p.name.startswith("guichet.sqlite3")
    }


def process_env(logs: Path | None = None) -> dict[str, str]:
    env = {"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen", "GUICHET_LANG": "en"}
    if logs is not None:
        env["GUICHET_LOG_DIR"] = str(logs)
    elif os.environ.get("GUICHET_LOG_DIR"):
        env["GUICHET_LOG_DIR"] = os.environ["GUICHET_LOG_DIR"]
    return env


def as_unprivileged(args: list[str]) -> list[str]:
    """Root ignores a folder's permissions: run the command with no capability at all (the
    same user, so the test's folders stay reachable), as a person at the counter would."""
    if os.geteuid() != 0:
        return args
    setpriv = shutil.which("setpriv")
    assert setpriv, "util-linux's setpriv is needed to test permissions as root"
    return [setpriv, "--bounding-set=-all", "--inh-caps=-all", "--no-new-privs", *args]


def guichet(*args: str) -> list[str]:
    return [sys.executable, "-m", "guichet.cli", *args]


def test_check_on_a_zero_byte_file_changes_nothing(tmp_path: Path) -> None:
    (tmp_path / "guichet.sqlite3").write_bytes(b"")
    before = state(tmp_path)
    result = run_guichet(["check", "--data-dir", str(tmp_path), "--lang", "en"])
    assert result.returncode == 2
    assert "is empty" in result.stderr
    assert state(tmp_path) == before  # still zero bytes: WAL was not switched on


def test_check_on_a_sound_database_changes_nothing(demo_db_path: Path) -> None:
    folder = demo_db_path.parent
    before = state(folder)
    result = run_guichet(["check", "--data-dir", str(folder)])
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "0 violations"
    assert state(folder) == before  # same bytes, same time, no -wal or -shm beside it


def stamp_newer(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = ?", (NEWER,))
    conn.commit()
    conn.close()


def test_a_database_from_a_newer_guichet_is_named_and_left_untouched(
    demo_db_path: Path,
) -> None:
    stamp_newer(demo_db_path)
    folder = demo_db_path.parent
    before = state(folder)
    said = f"This database was written by a newer Guichet (revision {NEWER}); update Guichet."
    started = subprocess.run(
        guichet("--ready-probe", "--data-dir", str(folder), "--lang", "en"),
        capture_output=True,
        text=True,
        timeout=120,
        env=process_env(),
    )
    assert started.returncode == 2
    assert said in started.stderr
    assert "Traceback" not in started.stderr
    checked = run_guichet(["check", "--data-dir", str(folder), "--lang", "en"])
    assert checked.returncode == 2
    assert said in checked.stderr
    french = run_guichet(["check", "--data-dir", str(folder), "--lang", "fr"])
    assert (
        "Cette base de données a été écrite par une version plus récente de Guichet "
        f"(révision {NEWER})\u00a0; mettez Guichet à jour." in french.stderr
    )
    with pytest.raises(DatabaseError) as refused:
        open_local_database(demo_db_path)
    assert (refused.value.code, refused.value.detail) == ("database_newer", NEWER)
    assert state(folder) == before  # no backup copy, no migration, no -wal


@pytest.fixture
def read_only_folder(demo_db_path: Path) -> Iterator[Path]:
    folder = demo_db_path.parent
    folder.chmod(0o555)
    demo_db_path.chmod(0o444)
    yield folder
    folder.chmod(0o755)
    demo_db_path.chmod(0o644)


def test_a_read_only_folder_is_said_read_only_not_damaged(read_only_folder: Path) -> None:
    before = state(read_only_folder)
    started = subprocess.run(
        as_unprivileged(
            guichet("--ready-probe", "--data-dir", str(read_only_folder), "--lang", "en")
        ),
        capture_output=True,
        text=True,
        timeout=120,
        env=process_env(),
    )
    assert started.returncode == 2, started.stdout + started.stderr
    assert f"The folder {read_only_folder} is read-only" in started.stderr
    assert "damaged" not in started.stderr and "Traceback" not in started.stderr
    # Checking needs no writing: it works on a read-only folder, and writes nothing there.
    checked = subprocess.run(
        as_unprivileged(guichet("check", "--data-dir", str(read_only_folder))),
        capture_output=True,
        text=True,
        timeout=120,
        env=process_env(),
    )
    assert checked.returncode == 0, checked.stderr
    assert checked.stdout.strip() == "0 violations"
    assert state(read_only_folder) == before


def _file_size_limit(limit: int) -> None:
    # A disk with ``limit`` bytes left for each file: writes past it fail (EFBIG) as they
    # would on a full disk (ENOSPC); ignored, SIGXFSZ would kill the process instead.
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))


def test_a_full_disk_at_start_is_said_full_not_damaged(
    demo_db_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    folder = demo_db_path.parent
    before = state(folder)
    # Its own log folder: the run's shared log file is already past the size limit.
    logs = tmp_path_factory.mktemp("logs")
    started = subprocess.run(
        guichet("--ready-probe", "--data-dir", str(folder), "--lang", "en"),
        capture_output=True,
        text=True,
        timeout=120,
        env=process_env(logs),
        preexec_fn=lambda: _file_size_limit(4096),
    )
    assert started.returncode == 2, started.stdout + started.stderr
    assert "is full (or refuses to write)" in started.stderr
    assert "do not restore a backup" in started.stderr
    assert "damaged" not in started.stderr and "Traceback" not in started.stderr
    after = state(folder)
    assert after["guichet.sqlite3"] == before["guichet.sqlite3"]
    wal = folder / "guichet.sqlite3-wal"
    assert not wal.exists() or wal.stat().st_size == 0  # SQLite's own empty log, if any


# --- a disk that fills during a sale -------------------------------------------------------


def counts(counter: Counter) -> tuple[int, int, int]:
    with counter.session_factory() as session:
        terminal = session.get(Terminal, counter.terminal_id)
        assert terminal is not None
        return (
            int(session.scalar(select(func.count()).select_from(Order)) or 0),
            int(session.scalar(select(func.count()).select_from(OutboxEntry)) or 0),
            terminal.next_receipt_number,
        )


@pytest.fixture
def guarded_counter(demo_db_path: Path, clock: Clock) -> Iterator[Counter]:
    counter = counter_as_opened(demo_db_path, clock)
    yield counter
    counter.session_factory.kw["bind"].dispose()


def big_cart(counter: Counter) -> Cart:
    show = occurrence_named(counter, "Le Malade imaginaire")
    adult = counter.categories(show.id)[0]
    cart = Cart()
    counter.add_to_cart(cart, show.id, adult.category_id, 40)
    return cart


def test_a_disk_full_during_a_sale_refuses_it_whole_in_words(guarded_counter: Counter) -> None:
    counter = guarded_counter
    cart = big_cart(counter)
    before = counts(counter)
    payment = counter.payment_session(cart)
    payment.add_cash(payment.cash_due)
    disk_full(counter)
    with pytest.raises(DomainError) as refused:
        counter.sell(cart, payment)
    assert refused.value.code == "disk_full"
    assert counts(counter) == before  # no order, no outbox row, no receipt number taken
    from guichet.i18n.errors import message

    assert message("disk_full", refused.value.params, "fr").startswith(
        "Le disque de ce guichet est plein (ou refuse d'écrire)\u00a0: rien n'a été enregistré."
    )
    assert message("disk_full", refused.value.params, "en").startswith(
        "This counter's disk is full (or refuses to write): nothing was recorded."
    )
    # Space freed: the same cart and payments are sold, once.
    disk_full(counter, False)
    sale = counter.sell(cart, payment)
    assert counts(counter) == (before[0] + 1, before[1] + 1, before[2] + 1)
    assert sale.receipt_number == before[2]
