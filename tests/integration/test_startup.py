"""Issue 20, part 5: a start does only what the login screen needs, whatever the database's size.

The start checks the file cheaply (its header, its schema, its revision: a few pages) and
refuses a damaged header with the same sentence as before; the full check (``PRAGMA
quick_check``, every page) runs after a run that did not end cleanly; the command line's parser
imports neither the server nor Alembic.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory

from guichet.models.db import (
    DatabaseError,
    alembic_config,
    check_sqlite_file,
    check_sqlite_header,
    head_revision,
    known_revisions,
)
from guichet.services.clean_exit import ended_uncleanly, full_check_due, marker_path
from guichet.services.folder_lock import FolderLock
from guichet.startup import start


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run_counter(folder: Path, lang: str = "fr") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "guichet", "--ready-probe", "--data-dir", str(folder)]
        + ["--lang", lang],
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )


def damage_pages_in_the_middle(path: Path) -> None:
    """Overwrite a few pages half-way through the file: the header and the schema (the first
    pages) stay sound, so only a check that reads every page finds it."""
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    pages = len(data) // page_size
    for page in range(pages // 2, min(pages // 2 + 4, pages)):
        start_at = page * page_size
        data[start_at : start_at + page_size] = b"\xff" * page_size
    path.write_bytes(bytes(data))


def test_the_revisions_read_from_the_migration_files_are_alembics() -> None:
    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    assert head_revision() == script.get_current_head()
    assert known_revisions() == {rev.revision for rev in script.walk_revisions()}


@pytest.mark.parametrize(
    ("offset", "garbage", "french", "english"),
    [
        (0, b"Not SQLite at al", "n'est pas une base de données Guichet", "is not a Guichet"),
        (16, b"\x00\x03", "est endommagée", "is damaged"),  # a page size of 3 bytes
        (21, b"\x00\x00\x00", "est endommagée", "is damaged"),  # payload fractions
    ],
    ids=["magic", "page-size", "payload-fractions"],
)
def test_a_damaged_header_is_refused_at_start_with_the_clear_message(
    demo_db_path: Path, offset: int, garbage: bytes, french: str, english: str
) -> None:
    data = bytearray(demo_db_path.read_bytes())
    data[offset : offset + len(garbage)] = garbage
    demo_db_path.write_bytes(bytes(data))
    before = digest(demo_db_path)
    with pytest.raises(DatabaseError):
        check_sqlite_header(demo_db_path)
    refused = run_counter(demo_db_path.parent)
    assert refused.returncode == 2, refused.stdout + refused.stderr
    assert french in refused.stderr and "n'a pas été modifié" in refused.stderr
    assert "Traceback" not in refused.stderr
    refused = run_counter(demo_db_path.parent, lang="en")
    assert refused.returncode == 2
    assert english in refused.stderr and "left untouched" in refused.stderr
    assert digest(demo_db_path) == before
    # Refusing a file is no crash: no marker asks the next start for the full check.
    assert not marker_path(demo_db_path.parent).exists()


def test_the_start_check_reads_the_header_and_schema_the_full_check_every_page(
    demo_db_path: Path,
) -> None:
    damage_pages_in_the_middle(demo_db_path)
    before = digest(demo_db_path)
    assert check_sqlite_header(demo_db_path) == head_revision()  # the cheap check: sound
    with pytest.raises(DatabaseError) as refused:
        check_sqlite_file(demo_db_path)
    assert refused.value.code == "corrupt_database"
    with pytest.raises(DatabaseError) as refused:
        start(demo_db_path.parent, full_check=True)
    assert refused.value.code == "corrupt_database"
    assert digest(demo_db_path) == before


def test_after_a_crash_the_start_runs_the_full_check(demo_db_path: Path) -> None:
    folder = demo_db_path.parent
    started = run_counter(folder)  # a clean run: ready, quit, no marker left
    assert started.returncode == 0, started.stderr
    assert "ready" in started.stdout
    assert not marker_path(folder).exists()
    assert not ended_uncleanly(folder)
    damage_pages_in_the_middle(demo_db_path)
    before = digest(demo_db_path)
    marker_path(folder).touch()  # what a run that crashed (or lost power) leaves behind
    assert ended_uncleanly(folder)
    refused = run_counter(folder)
    assert refused.returncode == 2, refused.stdout + refused.stderr
    assert "est endommagée" in refused.stderr and "n'a pas été modifiée" in refused.stderr
    assert digest(demo_db_path) == before


def test_a_marker_of_a_counter_still_running_is_not_a_crash(tmp_path: Path) -> None:
    marker_path(tmp_path).touch()
    with FolderLock(tmp_path, exclusive=False):  # another window of the counter runs
        assert not ended_uncleanly(tmp_path)
    assert ended_uncleanly(tmp_path)


def test_the_command_line_parser_imports_neither_the_server_nor_alembic() -> None:
    program = (
        "import sys\n"
        "from guichet.cli import build_parser\n"
        "build_parser().parse_args(['--data-dir', 'x', '--lang', 'en'])\n"
        "heavy = sorted(m for m in sys.modules if m == 'alembic' or m.startswith("
        "('alembic.', 'guichet.server', 'fastapi', 'uvicorn', 'sqlalchemy', 'PySide6')))\n"
        "print(heavy)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.strip() == "[]", done.stdout


def test_a_shift_close_backup_that_finds_its_copy_damaged_asks_for_the_full_check(
    demo_db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At each shift close the backup checks every page of its copy, in the background; a
    damaged copy means a damaged file: the next start reads every page before opening."""
    from guichet.services import backups

    folder = demo_db_path.parent

    def damaged_copy(*_args: object, **_kwargs: object) -> None:
        raise backups.BackupError("corrupt", "*** in database main *** Page 7: btree")

    monkeypatch.setattr(backups, "take_backup", damaged_copy)
    assert not full_check_due(folder)
    backups.BackupService(folder).run(backups.SHIFT, 3)  # logged, never raised
    assert full_check_due(folder)
    damage_pages_in_the_middle(demo_db_path)
    refused = run_counter(folder)
    assert refused.returncode == 2, refused.stdout + refused.stderr
    assert "est endommagée" in refused.stderr
    assert full_check_due(folder)  # still due: the file was refused, not checked sound
