"""The counter's backups on a real demo data folder: at a shift's close, by hand, restored;
what restore refuses; a backup taken while another thread keeps selling."""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy.orm import sessionmaker

from guichet.config import DB_NAME
from guichet.domain.backups import NIGHTLY, SHIFT
from guichet.models.db import head_revision, make_engine, sqlite_url
from guichet.services.backups import (
    BackupService,
    backups_dir,
    integrity_problems,
    list_backups,
    read_identity,
    take_backup,
)
from guichet.services.check import run_checks
from guichet.services.counter import Counter
from guichet.services.folder_lock import FolderBusy, FolderLock
from guichet.services.restore import RestoreRefused, restore
from tests.cli_runner import run_guichet
from tests.conftest import NOON_LOCAL, Clock
from tests.integration.helpers import occurrence_named, sell_cash

NBSP = "\u00a0"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def sound(path: Path) -> bool:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return integrity_problems(conn) == ""
    finally:
        conn.close()


def order_ids(path: Path) -> set[str]:
    return {str(r[0]) for r in rows(path, "SELECT id FROM sale_order")}


def sell_one(counter: Counter) -> str:
    show = occurrence_named(counter, "Le Malade imaginaire", hour=20)
    return sell_cash(counter, show.id, adult=1).order_id


def test_closing_a_shift_leaves_a_checked_backup_holding_its_sales(
    cashier_counter: Counter, demo_db_path: Path, clock: Clock
) -> None:
    data = demo_db_path.parent
    service = BackupService(data, clock)
    cashier_counter.after_shift_close = service.after_shift_close
    order = sell_one(cashier_counter)
    closed = cashier_counter.close_shift({10000: 2})
    service.wait()
    assert service.last_error == ""
    [backup] = list_backups(data)
    assert (backup.kind, backup.shift_number) == (SHIFT, closed.z_number)
    # The moment in the name is the organisation's (Quebec: 12 h when the tests' clock reads
    # 17 h UTC).
    assert backup.name == f"guichet-20261205-120000-shift-{closed.z_number}.db"
    path = backups_dir(data) / backup.name
    assert sound(path)
    assert order in order_ids(path)
    assert rows(path, "SELECT closed_at IS NOT NULL FROM shift") == [(1,)]
    conn = sqlite3.connect(path)
    try:
        identity = read_identity(conn)
    finally:
        conn.close()
    assert identity is not None
    assert identity.organisation_name == "Les Productions du Quai"
    assert identity.revision == head_revision()
    assert (identity.taken_at, identity.kind) == (NOON_LOCAL, SHIFT)
    # One self-contained file: no journal beside it, nothing half-written left.
    assert sorted(os.listdir(backups_dir(data))) == [backup.name]


def test_a_failing_backup_never_blocks_nor_undoes_the_close(
    cashier_counter: Counter, tmp_path: Path, clock: Clock, caplog: pytest.LogCaptureFixture
) -> None:
    # A service pointed at a folder with no database: its backup fails, in its thread.
    service = BackupService(tmp_path / "nowhere", clock)
    cashier_counter.after_shift_close = service.after_shift_close
    with caplog.at_level(logging.ERROR, logger="guichet.backup"):
        closed = cashier_counter.close_shift({10000: 2})
        service.wait()
    assert closed.z_number >= 1 and cashier_counter.current_shift() is None
    assert service.last_error.startswith("BackupError") and service.last_result is None
    assert any("backup (shift) failed" in r.getMessage() for r in caplog.records)

    # A hook that raises at once: the close still stands and says so.
    def broken(_closed: object) -> None:
        raise OSError("disk full")

    cashier_counter.after_shift_close = broken
    cashier_counter.open_shift(20000)
    with caplog.at_level(logging.ERROR, logger="guichet.backup"):
        again = cashier_counter.close_shift({10000: 2})
    assert again.z_number == closed.z_number + 1 and cashier_counter.current_shift() is None
    assert any("after the shift's close" in r.getMessage() for r in caplog.records)


def test_each_kind_keeps_its_last_fourteen_files(demo_db_path: Path) -> None:
    data = demo_db_path.parent
    night = take_backup(data, NIGHTLY, now=NOON_LOCAL - timedelta(days=1))
    made = [
        take_backup(data, SHIFT, now=NOON_LOCAL + timedelta(minutes=i), shift_number=i + 1)
        for i in range(15)
    ]
    kept = sorted(os.listdir(backups_dir(data)))
    assert len(kept) == 15  # 14 shift closes and the night's
    assert made[0].path.name not in kept and made[-1].pruned == (made[0].path,)
    assert night.path.name in kept
    assert all(m.path.name in kept for m in made[1:])


def test_copies_left_unfinished_by_a_crash_are_swept_away(demo_db_path: Path) -> None:
    folder = backups_dir(demo_db_path.parent)
    folder.mkdir()
    stale = folder / ".guichet-20261204-120000-manual.db.4242.1.partial"
    current = folder / ".guichet-20261205-115959-shift-3.db.4343.1.partial"
    for path in (stale, current):
        path.write_bytes(b"SQLite format 3\x00" + bytes(100))
    # Both stamped from this process's clock, which `make test-clock` moves and the file
    # system's does not (libfaketime): the sweep compares the two.
    now = time.time()
    os.utime(current, (now, now))
    os.utime(stale, (now - 7200, now - 7200))
    made = take_backup(demo_db_path.parent, now=NOON_LOCAL)
    # Another program's copy under way (a fresh one) is left alone.
    assert sorted(os.listdir(folder)) == sorted([made.path.name, current.name])


def test_the_nightly_is_taken_once_per_night(demo_db_path: Path) -> None:
    data = demo_db_path.parent
    clock = Clock(NOON_LOCAL)
    service = BackupService(data, clock)
    assert service.nightly_is_due()
    thread = service.nightly_if_due()
    assert thread is not None
    service.wait()
    clock.advance(hours=10)  # 22 h: the same night's mark
    assert service.nightly_if_due() is None
    clock.advance(hours=6)  # 4 h the next morning
    assert service.nightly_if_due() is not None
    service.wait()
    assert [b.kind for b in list_backups(data)] == [NIGHTLY, NIGHTLY]


def test_a_backup_taken_while_another_thread_sells_is_consistent(
    cashier_counter: Counter, demo_db_path: Path
) -> None:
    data = demo_db_path.parent
    before = order_ids(demo_db_path)
    sold: list[str] = []
    started = threading.Event()
    stop = threading.Event()
    failures: list[BaseException] = []

    def keep_selling() -> None:
        try:
            while not stop.is_set() or len(sold) < 10:
                sold.append(sell_one(cashier_counter))
                started.set()
        except BaseException as error:  # noqa: BLE001 - reported by the test below
            failures.append(error)
            started.set()

    seller = threading.Thread(target=keep_selling)
    seller.start()
    started.wait(30)
    results = [take_backup(data, now=NOON_LOCAL + timedelta(seconds=i)) for i in range(3)]
    stop.set()
    seller.join(60)
    assert not failures and len(sold) >= 10
    for result in results:
        assert sound(result.path)
        in_backup = order_ids(result.path)
        # A moment of the live database: everything before, a prefix of what was sold.
        assert before <= in_backup <= before | set(sold)
        taken = in_backup - before
        assert taken == set(sold[: len(taken)])
        engine = make_engine(sqlite_url(result.path))
        try:
            with sessionmaker(engine)() as session:
                assert run_checks(session) == []
        finally:
            engine.dispose()
    assert order_ids(demo_db_path) == before | set(sold)
    with cashier_counter.session_factory() as session:
        assert run_checks(session) == []


def test_guichet_backup_then_restore_puts_the_earlier_state_back(
    cashier_counter: Counter, demo_db_path: Path
) -> None:
    data = demo_db_path.parent
    kept = sell_one(cashier_counter)
    done = run_guichet(["--lang", "fr", "backup", "--data-dir", str(data)], process=True)
    assert done.returncode == 0, done.stderr
    [backup] = list_backups(data)
    path = backups_dir(data) / backup.name
    assert done.stdout == f"Sauvegarde enregistrée et vérifiée{NBSP}: {path}\n"
    later = sell_one(cashier_counter)  # after the backup: gone once it is restored
    cashier_counter.session_factory.kw["bind"].dispose()

    no = run_guichet(["restore", str(path), "--data-dir", str(data)], stdin="n\n")
    assert no.returncode == 1 and "Rien n'a été restauré" in no.stderr
    assert later in order_ids(demo_db_path)

    yes = run_guichet(["--lang", "en", "restore", str(path), "--data-dir", str(data)], stdin="y\n")
    assert yes.returncode == 0, yes.stderr
    assert "Restore the backup of Dec" in yes.stdout and "(Les Productions du Quai" in yes.stdout
    [aside] = [p for p in data.iterdir() if ".before-restore-" in p.name]
    assert f"The previous database is kept as {aside}." in yes.stdout
    assert kept in order_ids(demo_db_path) and later not in order_ids(demo_db_path)
    assert later in order_ids(aside) and sound(aside) and sound(demo_db_path)
    # The backup's note stays in the backup: the counter's database is as it was.
    assert rows(demo_db_path, "SELECT name FROM sqlite_master WHERE name LIKE 'guichet_%'") == []
    assert run_guichet(["check", "--data-dir", str(data)]).stdout == "0 violations\n"


def test_output_file_and_restore_on_a_new_machine(demo_db_path: Path, tmp_path: Path) -> None:
    data = demo_db_path.parent
    copy = tmp_path / "clé-usb" / "guichet.db"
    copy.parent.mkdir()
    done = run_guichet(["backup", "--data-dir", str(data), "--output", str(copy)])
    assert done.returncode == 0 and sound(copy)
    assert not backups_dir(data).exists()  # --output: nothing else written, nothing pruned
    fresh = tmp_path / "nouveau-poste"
    restored = run_guichet(["restore", str(copy), "--data-dir", str(fresh), "--yes"])
    assert restored.returncode == 0, restored.stderr
    assert "gardée" not in restored.stdout  # there was nothing to keep aside
    assert order_ids(fresh / DB_NAME) == order_ids(demo_db_path)
    assert run_guichet(["check", "--data-dir", str(fresh)]).stdout == "0 violations\n"


def test_output_never_replaces_a_file_nor_makes_up_a_folder(
    demo_db_path: Path, tmp_path: Path
) -> None:
    data = demo_db_path.parent
    other = tmp_path / "caisse-2" / DB_NAME  # another counter's live database, say
    other.parent.mkdir()
    other.write_bytes(b"not to be replaced")
    done = run_guichet(["backup", "--data-dir", str(data), "--output", str(other)])
    assert done.returncode == 1
    assert done.stderr == (
        f"{other} existe déjà{NBSP}: choisissez un nom de fichier nouveau (une sauvegarde ne "
        "remplace jamais un fichier). Rien n'a été écrit.\n"
    )
    assert other.read_bytes() == b"not to be replaced"
    own = run_guichet(
        ["--lang", "en", "backup", "--data-dir", str(data), "--output", str(demo_db_path)]
    )
    assert own.returncode == 1 and own.stderr.startswith(f"{demo_db_path} already exists:")
    unplugged = tmp_path / "media" / "cle-usb" / "guichet.db"
    done = run_guichet(["backup", "--data-dir", str(data), "--output", str(unplugged)])
    assert done.returncode == 1
    assert done.stderr == (
        f"Le dossier {unplugged.parent} n'existe pas (une clé USB non branchée{NBSP}?). "
        "Rien n'a été écrit.\n"
    )
    assert not (tmp_path / "media").exists()
    assert sorted(p.name for p in other.parent.iterdir()) == [DB_NAME]  # no leftover copy


def test_restore_of_a_folder_says_it_is_one(demo_db_path: Path) -> None:
    folder = demo_db_path.parent / "backups"
    folder.mkdir()
    code, said = refused(folder, demo_db_path.parent)
    assert code == 1
    assert said == (
        f"{folder} est un dossier{NBSP}: donnez le fichier de sauvegarde qu'il contient "
        "(guichet-….db). Rien n'a été restauré.\n"
    )
    code, said = refused(folder, demo_db_path.parent, "en")
    assert code == 1 and said.startswith(f"{folder} is a folder: give the backup file")


@pytest.fixture
def backup_of_demo(demo_db_path: Path, tmp_path: Path) -> Path:
    return take_backup(demo_db_path.parent, output=tmp_path / "demo-backup.db").path


def refused(backup: Path, data: Path, lang: str = "fr") -> tuple[int, str]:
    before = digest(data / DB_NAME)
    done = run_guichet(["--lang", lang, "restore", str(backup), "--data-dir", str(data), "--yes"])
    assert digest(data / DB_NAME) == before  # the current file untouched
    assert not [p for p in data.iterdir() if ".before-restore-" in p.name]
    return done.returncode, done.stderr


def test_restore_refuses_another_organisations_backup(tmp_path: Path) -> None:
    ours, theirs = tmp_path / "ours", tmp_path / "theirs"
    for folder, name in ((ours, "Théâtre A"), (theirs, "Piscine B")):
        made = run_guichet(
            ["init", "--data-dir", str(folder), "--organisation", name, "--owner", "Ève",
             "--owner-pin", "4826"]
        )
        assert made.returncode == 0, made.stderr
    backup = take_backup(theirs).path
    code, said = refused(backup, ours)
    assert code == 1
    assert said == (
        f"Cette sauvegarde appartient à une autre organisation («{NBSP}Piscine B{NBSP}») que "
        f"celle de ce guichet («{NBSP}Théâtre A{NBSP}»). Rien n'a été restauré.\n"
    )
    code, said = refused(backup, ours, "en")
    assert code == 1 and "another organisation (\u201cPiscine B\u201d)" in said


def test_two_organisations_of_the_same_name_are_told_apart_by_their_ids(tmp_path: Path) -> None:
    ours, theirs = tmp_path / "ours", tmp_path / "theirs"
    for folder in (ours, theirs):
        made = run_guichet(
            ["init", "--data-dir", str(folder), "--organisation", "Théâtre A", "--owner", "Ève",
             "--owner-pin", "4826"]
        )
        assert made.returncode == 0, made.stderr
    ids = [str(rows(f / DB_NAME, "SELECT id FROM organisation")[0][0]) for f in (ours, theirs)]
    code, said = refused(take_backup(theirs).path, ours)
    assert code == 1
    assert said == (
        f"Cette sauvegarde appartient à une autre organisation du même nom («{NBSP}Théâtre A"
        f"{NBSP}», identifiant {ids[1]}) que celle de ce guichet (identifiant {ids[0]}){NBSP}: "
        "deux organisations créées chacune de leur côté. Rien n'a été restauré.\n"
    )


def test_restore_refuses_another_counters_backup(
    demo_db_path: Path, backup_of_demo: Path, tmp_path: Path
) -> None:
    # A second counter of the same organisation: its own terminal row is the local one.
    other = tmp_path / "caisse-2"
    other.mkdir()
    shutil.copy2(demo_db_path, other / DB_NAME)
    conn = sqlite3.connect(other / DB_NAME)
    with conn:
        conn.execute("UPDATE terminal SET is_local = 0")
        conn.execute(
            "INSERT INTO terminal (id, organisation_id, name, is_local, profile, next_sequence, "
            "next_receipt_number, next_z_number, escrowed) SELECT 'caisse-2', organisation_id, "
            "'Caisse 2', 1, '', 1, 1, 1, 0 FROM (SELECT id AS organisation_id FROM organisation)"
        )
    conn.close()
    code, said = refused(backup_of_demo, other)
    assert code == 1
    assert "celle d'un autre guichet («\u00a0" in said and "«\u00a0Caisse 2\u00a0»" in said


def test_restore_refuses_a_damaged_file_and_what_is_not_a_guichet_database(
    demo_db_path: Path, backup_of_demo: Path, tmp_path: Path
) -> None:
    data = demo_db_path.parent
    damaged = tmp_path / "abimee.db"
    raw = bytearray(backup_of_demo.read_bytes())
    page = 4096
    for at in range(20 * page, len(raw) - page, 7 * page):  # garbage in pages of the tables
        raw[at + 100 : at + 400] = os.urandom(300)
    damaged.write_bytes(bytes(raw))
    code, said = refused(damaged, data)
    assert code == 1 and "est endommagée (" in said and "vérification d'intégrité" in said

    text = tmp_path / "notes.db"
    text.write_text("pas une base\n", encoding="utf-8")
    code, said = refused(text, data, "en")
    assert code == 1
    assert said == f"The file {text} is not a Guichet database. Nothing was restored.\n"

    other_sqlite = tmp_path / "autre.sqlite3"
    conn = sqlite3.connect(other_sqlite)
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    code, said = refused(other_sqlite, data)
    assert code == 1 and "n'est pas une base de données Guichet" in said

    code, said = refused(tmp_path / "absente.db", data)
    assert code == 1 and said.startswith(f"Fichier introuvable{NBSP}: ")


def test_restore_refuses_a_newer_schema_and_accepts_an_older_one(
    demo_db_path: Path, backup_of_demo: Path
) -> None:
    data = demo_db_path.parent
    conn = sqlite3.connect(backup_of_demo)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.close()
    code, said = refused(backup_of_demo, data)
    assert code == 1 and "version plus récente de Guichet (schéma 9999_from_the_future)" in said


def test_an_older_backup_is_restored_then_upgraded_by_the_next_start(
    demo_db_path: Path, tmp_path: Path
) -> None:
    from alembic import command

    from guichet.models.db import alembic_config, current_revision
    from guichet.startup import start

    older = tmp_path / "version-precedente"
    older.mkdir()
    shutil.copy2(demo_db_path, older / DB_NAME)
    engine = make_engine(sqlite_url(older / DB_NAME))
    config = alembic_config(str(engine.url))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "-1")
    engine.dispose()
    backup = take_backup(older, output=tmp_path / "older.db").path
    fresh = tmp_path / "poste"
    done = run_guichet(["restore", str(backup), "--data-dir", str(fresh), "--yes"])
    assert done.returncode == 0, done.stderr
    assert done.stdout.endswith("Elle sera mise à jour au prochain démarrage de Guichet.\n")
    runtime = start(fresh)
    try:
        assert current_revision(runtime.engine) == head_revision()
        assert runtime.counter.organisation.name == "Les Productions du Quai"
    finally:
        runtime.close()


def test_restore_refuses_while_the_counter_program_holds_the_folder(
    demo_db_path: Path, backup_of_demo: Path
) -> None:
    data = demo_db_path.parent
    with FolderLock(data, exclusive=False):
        code, said = refused(backup_of_demo, data)
        assert code == 1 and said.startswith("Le programme Guichet est ouvert sur le dossier")
        with pytest.raises(RestoreRefused) as refusal:
            restore(backup_of_demo, data)
        assert refusal.value.code == "in_use"
    assert restore(backup_of_demo, data).aside is not None  # free again once it has quit


def test_restore_is_refused_while_the_counter_program_runs(
    demo_db_path: Path, backup_of_demo: Path
) -> None:
    data = demo_db_path.parent
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    program = subprocess.Popen(
        [sys.executable, "-m", "guichet.cli", "--data-dir", str(data)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        holds = False
        for _ in range(600):  # until the program holds its folder (at most a minute)
            if program.poll() is not None:
                break
            try:
                FolderLock(data, exclusive=True).acquire().release()
            except FolderBusy:
                holds = True
                break
            time.sleep(0.1)
        assert holds and program.poll() is None
        code, said = refused(backup_of_demo, data)
        assert code == 1 and said.startswith("Le programme Guichet est ouvert sur le dossier")
    finally:
        program.terminate()
        program.wait(60)
    assert restore(backup_of_demo, data).aside is not None


def test_restore_refuses_while_another_program_writes_the_database(
    demo_db_path: Path, backup_of_demo: Path
) -> None:
    # Say a command line tool (``guichet staff ...``, which takes no folder lock) is writing.
    writer = sqlite3.connect(demo_db_path, isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("UPDATE organisation SET name = name")
        code, said = refused(backup_of_demo, demo_db_path.parent, "en")
        assert code == 1 and said.startswith("The Guichet program is open on the folder")
    finally:
        writer.execute("ROLLBACK")
        writer.close()


def test_a_damaged_current_database_is_moved_aside_and_replaced(
    demo_db_path: Path, backup_of_demo: Path
) -> None:
    data = demo_db_path.parent
    demo_db_path.write_bytes(b"\x00" * 8192)  # not even a header any more
    done = restore(backup_of_demo, data)
    assert done.aside is not None and done.aside.read_bytes() == b"\x00" * 8192
    assert sound(demo_db_path) and order_ids(demo_db_path) == order_ids(backup_of_demo)


def test_the_database_in_use_is_not_a_backup_of_itself(demo_db_path: Path) -> None:
    code, said = refused(demo_db_path, demo_db_path.parent, "en")
    assert code == 1
    assert said == f"{demo_db_path} is the database in use, not a backup. Nothing was restored.\n"


def test_backup_and_restore_are_written_in_the_counters_own_log(
    demo_db_path: Path, tmp_path: Path
) -> None:
    """Support reads what happened to a database in the counter's log (Administration →
    Journal): a backup or a restore made from the command line is there too; a command on a
    folder that holds no counter makes no folder for a log."""
    from guichet import logs

    data = demo_db_path.parent
    env = {k: v for k, v in os.environ.items() if k != logs.ENV_DIR}
    env["QT_QPA_PLATFORM"] = "offscreen"

    def guichet(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "guichet", *args],
            capture_output=True, text=True, env=env, timeout=120, check=False,
        )  # fmt: skip

    done = guichet("backup", "--data-dir", str(data))
    assert done.returncode == 0, done.stderr
    [backup] = list_backups(data)
    lines = (data / "logs" / logs.COUNTER_FILE).read_text(encoding="utf-8")
    assert f"backup {backup.name} written (manual" in lines
    assert "counter started" not in lines  # a command, not the counter
    restored = guichet("restore", str(backups_dir(data) / backup.name), "--data-dir", str(data),
                       "--yes")  # fmt: skip
    assert restored.returncode == 0, restored.stderr
    lines = (data / "logs" / logs.COUNTER_FILE).read_text(encoding="utf-8")
    assert f"{backup.name} restored into" in lines
    nowhere = tmp_path / "pas-de-guichet-ici"
    assert guichet("backup", "--data-dir", str(nowhere)).returncode == 2
    assert not nowhere.exists()
