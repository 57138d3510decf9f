"""``guichet venue list|add`` and ``guichet hall add``, run as a user runs them (a separate
process) on a copy of the demo's database: one line and exit 0 on success, the refusal in
words and exit 1 otherwise, nothing written."""

from __future__ import annotations

import subprocess
from pathlib import Path

from sqlalchemy import func, select

from guichet.models.db import make_engine, sqlite_url
from guichet.models.tables import CatalogueChange, Hall, SeatMapRow, Venue
from tests.cli_runner import run_guichet  # noqa: E402

NBSP = "\u00a0"


def guichet(
    data: Path, *args: str, lang: str = "fr", process: bool = False
) -> subprocess.CompletedProcess[str]:
    """``guichet --lang L ARGS --data-dir DATA`` (``process``: as a real process)."""
    return run_guichet(["--lang", lang, *args, "--data-dir", str(data.parent)], process=process)


def seat_map(path: Path, *, bad: bool = False) -> Path:
    """Two rows of five seats, French header and separator (as a French Excel saves it),
    in Windows-1252; ``bad`` puts a seat number that is not one on line 4."""
    lines = ["section;rangée;numéro;x;y;accessible"]
    for y, row in enumerate("AB"):
        lines += [f"Parterre;{row};{n};{n};{y};{'oui' if n == 1 else 'non'}" for n in range(1, 6)]
    if bad:
        lines[3] = "Parterre;A;douze;3;0;non"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return path


def counts(data: Path) -> tuple[int, int, int, int]:
    engine = make_engine(sqlite_url(data))
    try:
        with engine.connect() as db:
            return tuple(  # type: ignore[return-value]
                int(db.scalar(select(func.count()).select_from(model)) or 0)
                for model in (Venue, Hall, SeatMapRow, CatalogueChange)
            )
    finally:
        engine.dispose()


def test_venue_and_halls_from_the_command_line(demo_db_path: Path, tmp_path: Path) -> None:
    done = guichet(demo_db_path, "venue", "add", "--name", "Salle Albert-Rousseau",
                   "--address", "2410, chemin Sainte-Foy, Québec", process=True)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"Lieu «{NBSP}Salle Albert-Rousseau{NBSP}» ajouté.\n"

    done = guichet(demo_db_path, "hall", "add", "--venue", "salle albert-rousseau",
                   "--name", "Foyer", "--capacity", "250")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout == (
        f"Salle «{NBSP}Foyer{NBSP}» ajoutée à «{NBSP}Salle Albert-Rousseau{NBSP}»{NBSP}: "
        f"250{NBSP}places.\n"
    )

    done = guichet(demo_db_path, "hall", "add", "--venue", "Salle Albert-Rousseau",
                   "--name", "Grande salle", "--seat-map", str(seat_map(tmp_path / "plan.csv")),
                   lang="en")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout == (
        "Hall \u201cGrande salle\u201d added to \u201cSalle Albert-Rousseau\u201d: "
        "10 seats, map Salle Albert-Rousseau — Grande salle.\n"
    )

    listed = guichet(demo_db_path, "venue", "list")
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.splitlines()[4:7] == [
        "Salle Albert-Rousseau — 2410, chemin Sainte-Foy, Québec",
        f"  Foyer{NBSP}: 250{NBSP}places",
        f"  Grande salle{NBSP}: 10{NBSP}sièges, plan Salle Albert-Rousseau — Grande salle",
    ]


def test_refusals_are_said_in_words_exit_1_and_write_nothing(
    demo_db_path: Path, tmp_path: Path
) -> None:
    before = counts(demo_db_path)
    bad_map = seat_map(tmp_path / "plan.csv", bad=True)
    taken, unknown, bad_line = (
        guichet(demo_db_path, *args[1:], lang=args[0])
        for args in (
            ("fr", "venue", "add", "--name", "théâtre du quai"),
            ("en", "hall", "add", "--venue", "Nulle part", "--name", "Foyer",
             "--capacity", "40"),
            ("fr", "hall", "add", "--venue", "Théâtre du Quai", "--name", "Balcon",
             "--seat-map", str(bad_map)),
        )
    )  # fmt: skip

    assert taken.returncode == 1 and taken.stdout == ""
    assert taken.stderr == f"Un lieu s'appelle déjà «{NBSP}théâtre du quai{NBSP}».\n"
    assert unknown.returncode == 1
    assert unknown.stderr == (
        "Unknown venue: \u201cNulle part\u201d (venues: Centre récréatif Saint-Roch, "
        "Théâtre du Quai).\n"
    )
    assert bad_line.returncode == 1
    assert bad_line.stderr == (
        f"Ligne 4{NBSP}: numéro de siège invalide «{NBSP}douze{NBSP}» (ex. 12 ou 12A).\n"
    )
    assert counts(demo_db_path) == before
