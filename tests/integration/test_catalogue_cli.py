"""``guichet catalogue import|export`` as a script runs it: a subprocess on a data folder
holding the demo organisation (a copy of the tests' demo database)."""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from guichet.cli import main
from guichet.models.db import make_engine, sqlite_url
from guichet.models.tables import Occurrence

NBSP = "\u00a0"
HEADER = "event,venue,starts_at,ends_at,capacity,price_list,tags\r\n"


@pytest.fixture
def data_dir(tmp_path: Path, demo_template_db: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy2(demo_template_db, folder / "guichet.sqlite3")
    return folder


def guichet(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "guichet", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen", "PYTHONUTF8": "1"},
    )


def dates_in(folder: Path) -> int:
    engine = make_engine(sqlite_url(folder / "guichet.sqlite3"))
    try:
        with engine.connect() as connection:
            return int(connection.scalar(select(func.count(Occurrence.id))) or 0)
    finally:
        engine.dispose()


def test_import_a_valid_file_prints_one_line_with_the_count(data_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "ete.csv"
    path.write_bytes(
        (
            HEADER
            + "Les Belles-sœurs,Théâtre du Quai,2027-06-01 20:00,,320,,\r\n"
            + "Les Belles-sœurs,Théâtre du Quai,2027-06-02 20:00,,320,,\r\n"
            + "Cabaret d'été,Théâtre du Quai,2027-06-03 21:00,2027-06-03 23:00,180,"
            + 'Théâtre — régulier,"été, cabaret"\r\n'
        ).encode("cp1252")
    )
    before = dates_in(data_dir)
    result = guichet("catalogue", "import", str(path), "--data-dir", str(data_dir))
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"3{NBSP}dates importées, 1{NBSP}événement créé.\n"
    assert dates_in(data_dir) == before + 3


def test_import_a_file_with_errors_exits_1_with_each_line_in_the_users_language(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(
        HEADER
        + "Les Belles-sœurs,Théâtre du Quai,2027-06-01 20:00,,320,,\r\n"
        + "Les Belles-sœurs,Salle Bourgie,2027-06-02 20:00,,abc,,\r\n",
        encoding="utf-8",
    )
    before = dates_in(data_dir)
    french = guichet("catalogue", "import", str(path), "--data-dir", str(data_dir))
    assert french.returncode == 1 and french.stdout == ""
    assert french.stderr.splitlines() == [
        f"2{NBSP}erreurs dans le fichier{NBSP}: rien n'a été importé.",
        f"Ligne 3{NBSP}: Lieu inconnu{NBSP}: «{NBSP}Salle Bourgie{NBSP}» (lieux{NBSP}: "
        "Centre récréatif Saint-Roch, Théâtre du Quai).",
        f"Ligne 3{NBSP}: La capacité{NBSP}: «{NBSP}abc{NBSP}» n'est pas un nombre entier.",
    ]
    # In English (in this process: the same code as the script, without its start-up again).
    assert (
        main(["--lang", "en", "catalogue", "import", str(path), "--data-dir", str(data_dir)]) == 1
    )
    assert capsys.readouterr().err.splitlines() == [
        "2 errors in the file: nothing was imported.",
        "Line 3: Unknown venue: \u201cSalle Bourgie\u201d (venues: Centre récréatif Saint-Roch, "
        "Théâtre du Quai).",
        "Line 3: The capacity: \u201cabc\u201d is not a whole number.",
    ]
    assert dates_in(data_dir) == before


def test_export_prints_the_count_and_a_wrong_file_is_said_in_words(
    data_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "programme.csv"
    result = guichet("catalogue", "export", str(out), "--data-dir", str(data_dir))
    assert result.returncode == 0, result.stderr
    total = dates_in(data_dir)
    assert result.stdout == f"{total}{NBSP}dates exportées dans {out}.\n"
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["event", "venue", "starts_at", "ends_at", "capacity", "price_list", "tags"]
    assert len(rows) == total + 1


def test_a_period_a_wrong_extension_and_a_missing_file(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # In this process (the same code as the script, without paying its start-up again).
    code = main(
        ["--lang", "en", "catalogue", "export", str(tmp_path / "day.xlsx"), "--from",
         "2026-12-05", "--to", "2026-12-05", "--data-dir", str(data_dir)]
    )  # fmt: skip
    assert code == 0
    assert capsys.readouterr().out.startswith("6 dates exported to ")  # 4 activities, 2 shows
    sheet = load_workbook(tmp_path / "day.xlsx", read_only=True).worksheets[0]
    assert len(list(sheet.iter_rows(values_only=True))) == 7

    assert main(["catalogue", "export", "x.csv", "--from", "5 déc.", "--data-dir",
                 str(data_dir)]) == 1  # fmt: skip
    assert capsys.readouterr().err == (
        f"Jour invalide{NBSP}: «{NBSP}5 déc.{NBSP}» (AAAA-MM-JJ, par exemple 2027-06-01).\n"
    )
    assert main(["catalogue", "import", str(tmp_path / "programme.ods"), "--data-dir",
                 str(data_dir)]) == 1  # fmt: skip
    assert capsys.readouterr().err == f"Format non reconnu{NBSP}: programme.ods (CSV ou XLSX).\n"
    assert main(["catalogue", "import", str(tmp_path / "none.xlsx"), "--data-dir",
                 str(data_dir)]) == 1  # fmt: skip
    assert capsys.readouterr().err.startswith(f"Fichier introuvable{NBSP}: ")
