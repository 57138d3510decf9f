"""``guichet server admin ...`` as the IT person of a chain types it: the counters listed with
their last contact in the organisation's time (a pull counts, not only a push), in French or
English; an event named as people type it; a database that cannot be used said in words,
exit 2, never a traceback (and never a password echoed)."""

from __future__ import annotations

import os
import socket
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from guichet.models.db import make_engine, upgrade
from guichet.models.tables import DeviceToken, Event
from guichet.server.core import ServerCore
from tests.cli_runner import run_guichet

NBSP = "\u00a0"


def admin(db: str, *args: str, lang: str | None = None) -> subprocess.CompletedProcess[str]:
    head = ["--lang", lang] if lang else []
    env = {k: v for k, v in os.environ.items() if k != "GUICHET_LANG"}
    return run_guichet([*head, "server", "--db", db, "admin", *args], env=env)


def test_the_counters_are_listed_with_their_last_contact_in_local_time(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'server.db'}"
    empty = admin(db, "terminals")
    assert empty.returncode == 0
    assert empty.stdout.strip() == (
        "Aucun guichet pour l'instant (guichet server admin pairing-code)."
    )
    assert admin(db, "load-demo").returncode == 0
    engine = make_engine(db)
    upgrade(engine)
    core = ServerCore(sessionmaker(engine, expire_on_commit=False))
    paired = core.pair(core.create_pairing_code(), "Caisse du hall")
    listed = admin(db, "terminals")
    line = next(x for x in listed.stdout.splitlines() if x.startswith("Caisse du hall"))
    assert line == f"Caisse du hall · aucun lieu · jumelé, jamais vu · {paired.terminal_id}"
    # A counter that only pulls (nothing to sell) is seen: its token is checked at each pull.
    core.authenticate(paired.token)
    with core.session_factory() as session:
        seen = session.scalars(
            select(DeviceToken.last_seen_at).where(DeviceToken.terminal_id == paired.terminal_id)
        ).one()
    assert seen is not None
    local = (seen.replace(tzinfo=UTC) if seen.tzinfo is None else seen).astimezone(
        ZoneInfo("America/Toronto")
    )
    english = admin(db, "terminals", lang="en")
    line = next(x for x in english.stdout.splitlines() if x.startswith("Caisse du hall"))
    # English dates in English's one style: "Dec 5, 2026, 8:04 p.m." (docs/LANGUAGE.md).
    hour = f"{local:%I}".lstrip("0") + f":{local:%M} " + ("a.m." if local.hour < 12 else "p.m.")
    seen_at = f"{local:%b} {local.day}, {local.year}, {hour}"
    assert line == f"Caisse du hall · no venue · paired, seen {seen_at} · {paired.terminal_id}"
    # Once a minute at most: a second pull right after writes nothing.
    core.authenticate(paired.token)
    with core.session_factory() as session:
        again = session.scalars(
            select(DeviceToken.last_seen_at).where(DeviceToken.terminal_id == paired.terminal_id)
        ).one()
    assert again == seen
    assert datetime.now(UTC) - local < timedelta(minutes=5)
    engine.dispose()


def test_an_event_is_named_as_people_type_it_and_refusals_follow_the_language(
    tmp_path: Path,
) -> None:
    db = f"sqlite:///{tmp_path / 'server.db'}"
    assert admin(db, "load-demo").returncode == 0
    sized = admin(db, "allotment", "--event", "  le malade IMAGINAIRE ", "--size", "6")
    assert sized.returncode == 0, sized.stderr
    engine = make_engine(db)
    with engine.connect() as conn:
        size = conn.execute(
            select(Event.allotment_size).where(Event.name == "Le Malade imaginaire")
        ).scalar_one()
    engine.dispose()
    assert size == 6
    unknown = admin(db, "terminal", "nope", "--venue", "X", lang="en")
    assert (unknown.returncode, unknown.stderr.strip()) == (1, "This counter is unknown.")


def test_lang_is_heard_at_whichever_level_it_is_typed(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'server.db'}"
    env = {k: v for k, v in os.environ.items() if k != "GUICHET_LANG"}
    bad = ("updates", "--minimum-counter-version", "banana")
    for argv in (
        ["server", "--lang", "en", "--db", db, "admin", *bad],
        ["server", "--db", db, "admin", "--lang", "en", *bad],
        ["server", "--db", db, "admin", *bad, "--lang", "en"],
    ):
        done = run_guichet(argv, env=env)
        assert done.returncode == 2
        assert done.stderr.startswith("Not a version number: \u201cbanana\u201d"), (argv, done)
    french = run_guichet(["server", "--db", db, "admin", *bad], env=env)
    assert french.stderr.startswith(f"Numéro de version invalide{NBSP}: «{NBSP}banana{NBSP}»")


def test_a_pairing_code_on_an_empty_server_says_what_to_do_first(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'server.db'}"
    done = admin(db, "pairing-code")
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr == (
        "Le serveur n'a pas encore d'organisation (guichet server admin init, ou "
        "adoption-code pour y apporter celle d'un guichet autonome).\n"
    )
    english = admin(db, "pairing-code", lang="en")
    assert english.stderr.startswith("The server has no organisation yet (guichet server")


def test_a_port_already_listened_on_is_refused_in_words(tmp_path: Path) -> None:
    # The other listener shares ports as the server's workers do (SO_REUSEPORT, same user):
    # a second `guichet server --workers 2` used to join it silently, two databases then
    # answering the counters in turn.
    other = socket.socket()
    other.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    other.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    other.bind(("127.0.0.1", 0))
    other.listen()
    port = other.getsockname()[1]
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    try:
        for lang, expected in (
            ("fr", f"Le port {port} est déjà pris sur 127.0.0.1 (un autre serveur Guichet, "
             f"ou un autre programme, l'écoute){NBSP}: arrêtez-le ou choisissez un autre "
             "--port.\n"),
            ("en", f"Port {port} is already taken on 127.0.0.1 (another Guichet server, or "
             "another program, listens on it): stop it or choose another --port.\n"),
        ):
            done = run_guichet(
                ["--lang", lang, "server", "--db", f"sqlite:///{tmp_path / 'server.db'}",
                 "--port", str(port), "--workers", "2", "--log-dir", str(tmp_path / "logs")],
                process=True,
                env=env,
            )
            # The console also echoes the server's log warnings ("ERROR guichet.server: ...").
            assert done.returncode == 2 and done.stderr.endswith(expected), done.stderr
            assert "Traceback" not in done.stderr
    finally:
        other.close()
    logged = (tmp_path / "logs" / "guichet-server.log").read_text()
    assert '"message": "cannot listen"' in logged and '"reason": "EADDRINUSE"' in logged


def test_a_database_that_cannot_be_used_is_said_in_words(tmp_path: Path) -> None:
    not_a_database = tmp_path / "notes.db"
    not_a_database.write_text("pas une base")
    cases = [
        ("garbage", "adresse invalide"),
        (f"sqlite:///{tmp_path}", "impossible d'ouvrir ce fichier"),
        (f"sqlite:///{tmp_path / 'missing' / 'x.db'}", "impossible d'ouvrir ce fichier"),
        (f"sqlite:///{not_a_database}", "ce fichier n'est pas une base de données"),
        ("postgresql+psycopg://guichet:secret@127.0.0.1:1/x", "ne répond pas"),
    ]
    for db, words in cases:
        refused = admin(db, "terminals")
        assert refused.returncode == 2, (db, refused.stderr)
        assert "Traceback" not in refused.stderr and words in refused.stderr, refused.stderr
        assert refused.stderr.startswith("Impossible d'utiliser la base ")
        assert "secret" not in refused.stderr
    assert not_a_database.read_text() == "pas une base"
