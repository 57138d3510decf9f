"""``guichet staff ...`` as an installer scripts it: a real process on a copy of the demo
database, acting as its owner (Marie Tremblay); refusals in words and exit codes."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from guichet.models.tables import CatalogueChange, OutboxEntry, User
from guichet.services.pins import verify_pin
from tests.cli_runner import run_guichet

NBSP = "\u00a0"


def guichet(
    data: Path, *args: str, lang: str | None = None, process: bool = False
) -> subprocess.CompletedProcess[str]:
    """``guichet [--lang L] staff ARGS --data-dir DATA`` (``process``: as a real process)."""
    head = ["--lang", lang] if lang else []
    env = {k: v for k, v in os.environ.items() if k != "GUICHET_LANG"}
    return run_guichet(
        [*head, "staff", *args, "--data-dir", str(data)], process=process, env=env
    )


def person(db: Path, name: str) -> User:
    engine = create_engine(f"sqlite:///{db}")
    try:
        with Session(engine) as session:
            user = session.scalars(select(User).where(User.name == name)).one()
            session.expunge(user)
            return user
    finally:
        engine.dispose()


def recorded(db: Path) -> tuple[list[str], list[tuple[str, str]]]:
    """The outbox's command types and the history's (entity, action), oldest first."""
    engine = create_engine(f"sqlite:///{db}")
    try:
        with Session(engine) as session:
            commands = list(session.scalars(select(OutboxEntry.command_type)))
            changes = [
                (c.entity, c.action)
                for c in session.scalars(
                    select(CatalogueChange).order_by(CatalogueChange.at)
                )
            ]
            return commands, changes
    finally:
        engine.dispose()


def test_add_list_pin_and_deactivate_a_cashier(demo_db_path: Path) -> None:
    data = demo_db_path.parent
    commands, _changes = recorded(demo_db_path)

    added = guichet(
        data, "add", "--name", "Émilie Côté", "--role", "cashier", "--pin", "4321", process=True
    )
    assert (added.returncode, added.stderr) == (0, "")
    assert added.stdout == f"Personne ajoutée{NBSP}: Émilie Côté (caissier).\n"
    assert verify_pin(person(demo_db_path, "Émilie Côté").pin_hash, "4321")

    changed = guichet(data, "pin", "--name", "emilie cote", "--pin", "8642")
    assert changed.returncode == 0, changed.stderr
    assert changed.stdout == "Nouveau NIP enregistré pour Émilie Côté.\n"
    emilie = person(demo_db_path, "Émilie Côté")
    assert verify_pin(emilie.pin_hash, "8642") and not verify_pin(emilie.pin_hash, "4321")

    gone = guichet(data, "deactivate", "--name", "Émilie Côté")
    assert gone.returncode == 0, gone.stderr
    assert not person(demo_db_path, "Émilie Côté").active

    listed = guichet(data, "list", lang="en")
    assert listed.returncode == 0, listed.stderr
    lines = [line.split() for line in listed.stdout.splitlines()]
    assert lines == [
        ["Luc", "Bouchard", "supervisor", "active"],
        ["Marie", "Tremblay", "owner", "active"],
        ["Sophie", "Gagnon", "cashier", "active"],
        ["Émilie", "Côté", "cashier", "deactivated"],
    ]

    after, changes = recorded(demo_db_path)
    assert after[len(commands):] == ["user.save", "user.set_pin", "user.set_active"]
    assert changes[-3:] == [("user", "created"), ("user", "pin_set"), ("user", "deactivated")]


def test_refusals_are_said_in_words_with_exit_code_1(demo_db_path: Path) -> None:
    """(Activating, unlocking and a name already taken are driven through the window in
    tests/ui/test_admin_staff.py: each process here costs a second of start-up.)"""
    data = demo_db_path.parent
    commands, _changes = recorded(demo_db_path)

    last_owner = guichet(data, "deactivate", "--name", "Marie Tremblay")
    assert last_owner.returncode == 1
    assert last_owner.stderr == (
        f"C'est le dernier propriétaire actif{NBSP}: il faut d'abord en nommer un autre.\n"
    )
    assert person(demo_db_path, "Marie Tremblay").active

    short = guichet(data, "pin", "--name", "Sophie Gagnon", "--pin", "12", lang="en")
    assert (short.returncode, short.stderr) == (1, "A PIN has 4 to 8 digits.\n")
    assert verify_pin(person(demo_db_path, "Sophie Gagnon").pin_hash, "1111")

    unknown = guichet(data, "unlock", "--name", "Nobody", lang="en")
    assert unknown.returncode == 1
    assert unknown.stderr == (
        "No such person: \u201cNobody\u201d. People: Luc Bouchard, Marie Tremblay, "
        "Sophie Gagnon\n"
    )
    assert recorded(demo_db_path)[0] == commands  # nothing was recorded

