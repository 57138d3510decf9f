"""Migrations, upgrade on start, corrupt files, and ``guichet check``."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text, update

from guichet.models import Base
from guichet.models.db import (
    DatabaseError,
    current_revision,
    head_revision,
    make_engine,
    open_local_database,
    sqlite_url,
    upgrade,
)
from guichet.models.tables import Occurrence
from guichet.services.check import run_checks
from guichet.startup import start
from tests.integration.helpers import occurrence_named, sell_cash


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_migrations_from_empty_to_head_match_the_models(tmp_path: Path) -> None:
    engine, _ = open_local_database(tmp_path / "new.sqlite3")
    assert current_revision(engine) == head_revision()
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []
    engine.dispose()


def test_an_older_database_is_upgraded_on_start_with_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    engine = make_engine(sqlite_url(path))
    upgrade(engine, "0001")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO organisation (id, name, timezone, currency, locale, address, "
                "gst_number, qst_number, receipt_header, receipt_footer, cash_increment) "
                "VALUES ('org', 'Ancienne', 'America/Toronto', 'CAD', 'fr_CA', '', '', '', "
                "'', '', 5)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO terminal (id, organisation_id, name, is_local, next_sequence, "
                "next_receipt_number, next_z_number) VALUES ('t', 'org', 'Caisse 1', 1, 1, 1, 1)"
            )
        )
        conn.execute(
            text("INSERT INTO price_list (id, organisation_id, name) VALUES ('pl', 'org', 'R')")
        )
    assert "print_job" not in inspect(engine).get_table_names()
    engine.dispose()
    engine, factory = open_local_database(path)
    assert current_revision(engine) == head_revision()
    assert "print_job" in inspect(engine).get_table_names()
    with engine.connect() as conn:
        assert conn.execute(text("SELECT name FROM organisation")).scalar() == "Ancienne"
        # Columns added later got their defaults on the rows that were already there.
        assert conn.execute(text("SELECT profile FROM terminal")).scalar() == ""
        assert conn.execute(text("SELECT tags FROM price_list")).scalar() == "[]"
    assert (tmp_path / f"old.sqlite3.before-{head_revision()}.bak").exists()
    engine.dispose()


@pytest.mark.parametrize(
    "content",
    [b"this is not a database at all" * 100, b"SQLite format 3\x00" + b"\xff" * 8000],
    ids=["garbage", "damaged-sqlite"],
)
def test_a_corrupt_file_is_refused_and_left_untouched(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "guichet.sqlite3"
    path.write_bytes(content)
    before = digest(path)
    with pytest.raises(DatabaseError) as err:
        start(tmp_path, demo=True)
    assert err.value.code in {"not_a_database", "corrupt_database"}
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["guichet.sqlite3"]


def test_a_truncated_database_is_refused_untouched(demo_db_path: Path) -> None:
    data = demo_db_path.read_bytes()
    demo_db_path.write_bytes(data[: len(data) // 3])
    before = digest(demo_db_path)
    with pytest.raises(DatabaseError):
        open_local_database(demo_db_path)
    assert digest(demo_db_path) == before


def run_cli(*args: str, env_lang: str = "fr") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "guichet", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "GUICHET_LANG": env_lang},
    )


def test_guichet_check_cli_clean_then_violations(cashier_counter, demo_db_path: Path) -> None:
    show = occurrence_named(cashier_counter, "Le Malade imaginaire")
    sell_cash(cashier_counter, show.id, adult=2, child=1)
    result = run_cli("check", "--data-dir", str(demo_db_path.parent))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "0 violations"
    # Tamper: a sold counter that disagrees with the order lines, beyond capacity.
    with cashier_counter.session_factory() as session, session.begin():
        session.execute(update(Occurrence).where(Occurrence.id == show.id).values(sold=999))
    result = run_cli("check", "--data-dir", str(demo_db_path.parent))
    assert result.returncode == 1
    assert "sold_count_drift" in result.stdout


def test_check_finds_gaps_and_missing_outbox(cashier_counter) -> None:
    show = occurrence_named(cashier_counter, "Le Malade imaginaire")
    for _ in range(3):
        sell_cash(cashier_counter, show.id, adult=1)
    with cashier_counter.session_factory() as session, session.begin():
        session.execute(text("DELETE FROM print_job"))
        session.execute(text("UPDATE receipt SET number = 7 WHERE number = 2"))
        session.execute(
            text(
                "DELETE FROM outbox WHERE command_type = 'order.sell' "
                "AND sequence = (SELECT max(sequence) FROM outbox)"
            )
        )
        session.execute(text("UPDATE sale_order SET total = total + 1 WHERE rowid = 1"))
    with cashier_counter.session_factory() as session:
        codes = {v.code for v in run_checks(session)}
    assert {"receipt_gap", "order_not_in_outbox", "order_total", "payments_total"} <= codes


def test_guichet_check_cli_on_a_corrupt_file(tmp_path: Path) -> None:
    (tmp_path / "guichet.sqlite3").write_bytes(b"garbage" * 500)
    result = run_cli("check", "--data-dir", str(tmp_path))
    assert result.returncode == 2
    assert "n'a pas été modifié" in result.stderr
    result = run_cli("check", "--data-dir", str(tmp_path), env_lang="en")
    assert "left untouched" in result.stderr


def test_counter_start_on_a_corrupt_file_says_so_and_exits(tmp_path: Path) -> None:
    path = tmp_path / "guichet.sqlite3"
    path.write_bytes(b"garbage" * 500)
    before = digest(path)
    result = run_cli("--data-dir", str(tmp_path))
    assert result.returncode == 2
    assert "Guichet" in result.stderr and "n'a pas été modifié" in result.stderr
    assert digest(path) == before
