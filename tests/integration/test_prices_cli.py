"""A scripted install from nothing, as a venue's IT person types it: ``guichet init``, a venue
and its hall, ticket categories and a price list (``guichet category``, ``guichet
price-list``), then a season imported and exported, with no window opened. Refusals in words,
in the user's language, and nothing recorded when refused; the command line's own mistakes
(a missing option, an unknown choice) are said in French too."""

from __future__ import annotations

import csv
import os
import subprocess
from pathlib import Path

from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import Session

from guichet.models.tables import Occurrence, Price, PriceList, TicketCategory
from tests.cli_runner import run_guichet

NBSP = "\u00a0"


def guichet(*args: str, process: bool = False) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "GUICHET_LANG"}
    return run_guichet(list(args), process=process, env=env)


def counts(db: Path) -> tuple[int, int, int, int]:
    engine = create_engine(f"sqlite:///{db}")
    try:
        with Session(engine) as session:
            return (
                session.scalar(select(func.count(TicketCategory.id))) or 0,
                session.scalar(select(func.count(PriceList.id))) or 0,
                session.scalar(select(func.count(Price.id))) or 0,
                session.scalar(select(func.count(Occurrence.id))) or 0,
            )
    finally:
        engine.dispose()


def test_a_scripted_install_sets_up_prices_and_imports_a_season(tmp_path: Path) -> None:
    data = str(tmp_path / "salle")
    d = ("--data-dir", data)
    db = Path(data) / "guichet.sqlite3"
    steps = [
        ("init", "--organisation", "Salle Test", "--owner", "Marie Tremblay",
         "--owner-pin", "9999", *d),
        ("venue", "add", "--name", "Théâtre du Quai", *d),
        ("hall", "add", "--venue", "théâtre du quai", "--name", "Studio", "--capacity", "120", *d),
        ("category", "add", "--code", "adulte", "--name", "Adulte", "--name-en", "Adult", *d),
        ("category", "add", "--code", "enfant", "--name", "Enfant", "--name-en", "Child", *d),
    ]  # fmt: skip
    for step in steps:
        done = guichet(*step)
        assert done.returncode == 0, (step, done.stderr)
    listed = guichet("category", "list", *d, process=True)
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.splitlines() == [
        "F1  adulte  Adulte / Adult",
        "F2  enfant  Enfant / Child",
    ]

    # Prices as typed in Quebec, categories by their code, accents and case aside.
    added = guichet(
        "price-list", "add", "--name", "Régulier", "--price", "ADULTE=25,00",
        "--price", "enfant=12.50", *d,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert added.stdout.strip() == (
        f"Liste de prix «{NBSP}Régulier{NBSP}» ajoutée{NBSP}: "
        f"Adulte 25,00{NBSP}$, Enfant 12,50{NBSP}$."
    )
    copied = guichet("price-list", "copy", "--from", "regulier", "--name", "Matinées", *d)
    assert copied.returncode == 0, copied.stderr
    listing = guichet("--lang", "en", "price-list", "list", *d)
    assert listing.stdout.splitlines() == [
        "Matinées: Adult $25.00, Child $12.50",
        "Régulier: Adult $25.00, Child $12.50",
    ]
    assert counts(db) == (2, 2, 4, 0)

    season = tmp_path / "saison.csv"
    with season.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["event", "venue", "starts_at", "ends_at", "capacity", "price_list",
                         "tags"])  # fmt: skip
        for day in range(1, 11):
            writer.writerow([
                "Tartuffe", "Théâtre du Quai", f"2027-06-{day:02d} 20:00",
                f"2027-06-{day:02d} 22:00", "120", "Régulier", "été",
            ])  # fmt: skip
    imported = guichet("catalogue", "import", str(season), *d)
    assert imported.returncode == 0, imported.stderr
    assert counts(db) == (2, 2, 4, 10)


def test_price_refusals_are_in_words_and_change_nothing(tmp_path: Path) -> None:
    data = str(tmp_path / "salle")
    d = ("--data-dir", data)
    db = Path(data) / "guichet.sqlite3"
    for step in (
        ("init", "--organisation", "Salle", "--owner", "Marie", "--owner-pin", "9999", *d),
        ("category", "add", "--code", "adulte", "--name", "Adulte", *d),
        ("price-list", "add", "--name", "Régulier", "--price", "adulte=25", *d),
    ):
        assert guichet(*step).returncode == 0
    before = counts(db)
    refusals = [
        (("category", "add", "--code", "ADULTE", "--name", "Adulte 2", *d),
         f"Le code «{NBSP}adulte{NBSP}» est déjà pris."),
        (("price-list", "add", "--name", "X", "--price", "senior=3", *d),
         f"Catégorie inconnue{NBSP}: «{NBSP}senior{NBSP}» (codes{NBSP}: adulte)."),
        (("price-list", "add", "--name", "X", "--price", "adulte", *d),
         f"«{NBSP}adulte{NBSP}»{NBSP}: écrivez le code de la catégorie"),
        (("price-list", "add", "--name", "X", "--price", "adulte=1", "--price", "Adulte=2", *d),
         f"Deux prix pour la catégorie «{NBSP}adulte{NBSP}»"),
        (("price-list", "add", "--name", "X", "--price", "adulte=12,505", *d), "12,505"),
        (("price-list", "add", "--name", "X", "--price", "adulte=-3", *d), "-3"),
        (("price-list", "add", "--name", "régulier", "--price", "adulte=3", *d),
         "Une liste de prix s'appelle déjà"),
        (("price-list", "copy", "--from", "Aucune", "--name", "Y", *d),
         f"Liste de prix inconnue{NBSP}: «{NBSP}Aucune{NBSP}» (listes{NBSP}: Régulier)."),
    ]  # fmt: skip
    for args, words in refusals:
        refused = guichet(*args)
        assert refused.returncode == 1, (args, refused.stdout, refused.stderr)
        assert words in refused.stderr, (args, refused.stderr)
        assert "Traceback" not in refused.stderr
    assert counts(db) == before


def test_the_command_line_says_its_own_mistakes_in_the_users_language(tmp_path: Path) -> None:
    missing = guichet("init", "--organisation", "X")
    assert missing.returncode == 2
    assert f"erreur{NBSP}: ces options sont obligatoires{NBSP}: --owner, --owner-pin" in (
        missing.stderr
    )
    assert missing.stderr.startswith(f"utilisation{NBSP}: guichet init")
    choice = guichet("staff", "add", "--name", "A", "--role", "boss", "--pin", "1234")
    assert f"--role{NBSP}: choix inconnu 'boss'" in choice.stderr
    no_sub = guichet("catalogue")
    assert f"ces options sont obligatoires{NBSP}: {{import,export}}" in no_sub.stderr
    english = guichet("catalogue", "--lang", "en")
    assert "the following arguments are required: {import,export}" in english.stderr
    # --lang after the sub-command is the language of its answers, as before it.
    listed = guichet("venue", "list", "--data-dir", str(tmp_path / "nothing"), "--lang", "en")
    assert listed.returncode == 2 and "is empty" in listed.stderr


def test_a_data_folder_that_cannot_be_made_is_said_in_words(tmp_path: Path) -> None:
    a_file = tmp_path / "not-a-folder"
    a_file.write_text("x")
    args = ("--organisation", "Salle", "--owner", "Marie", "--owner-pin", "9999")
    refused = guichet("init", *args, "--data-dir", str(a_file / "sub"))
    assert refused.returncode == 2
    assert "Traceback" not in refused.stderr
    assert refused.stderr.strip() == (
        f"Impossible d'utiliser {a_file / 'sub'}{NBSP}: une partie du chemin n'est pas un dossier."
    )
    assert a_file.read_text() == "x"
