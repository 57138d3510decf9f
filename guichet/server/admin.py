"""``guichet server admin ...``: set up the organisation, load the demo, pair and revoke."""

from __future__ import annotations

import argparse
import json
import logging
import sys

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from guichet.domain.errors import DomainError
from guichet.models.db import make_engine, upgrade
from guichet.server import tls as server_tls
from guichet.server.core import ServerCore
from guichet.services.demo import load_demo
from guichet.services.setup import OrganisationDraft, create_organisation, is_empty

DEFAULT_DB = "sqlite:///guichet-server.db"
NBSP = "\u00a0"

WORDS: dict[str, dict[str, str]] = {
    "fr": {
        "has_organisation": "Le serveur a déjà une organisation.",
        "created": f"Organisation créée{NBSP}: {{name}}",
        "demo": "Organisation de démonstration chargée.",
        "allotment": f"Allotement{NBSP}: {{event}} → {{size}}",
        "auto": "auto",
        "revoked": f"Guichet révoqué{NBSP}: {{id}}",
        "no_terminal": "Aucun guichet pour l'instant (guichet server admin pairing-code).",
        "profile": "profil {profile}",
        "no_venue": "aucun lieu",
        "revoked_state": "révoqué",
        "seen": "jumelé, vu {when}",
        "never_seen": "jumelé, jamais vu",
        "this_server": "ce serveur",
        "db": f"Impossible d'utiliser la base {{db}}{NBSP}: {{detail}}.",
        "db_url": "adresse invalide (par exemple sqlite:///guichet-server.db ou "
        "postgresql+psycopg://utilisateur@hôte/base)",
        "db_open": "impossible d'ouvrir ce fichier (un dossier, ou un dossier qui n'existe pas)",
        "db_not_db": "ce fichier n'est pas une base de données",
        "db_refused": "le serveur de base de données ne répond pas",
        "port_busy": (
            f"Le port {{port}} est déjà pris sur {{host}} (un autre serveur Guichet, ou un autre "
            f"programme, l'écoute){NBSP}: arrêtez-le ou choisissez un autre --port."
        ),
        "port_other": f"Impossible d'écouter sur {{host}}, port {{port}}{NBSP}: {{reason}}.",
    },
    "en": {
        "has_organisation": "The server already has an organisation.",
        "created": "Organisation created: {name}",
        "demo": "Demo organisation loaded.",
        "allotment": "Allotment: {event} → {size}",
        "auto": "auto",
        "revoked": "Counter revoked: {id}",
        "no_terminal": "No counter yet (guichet server admin pairing-code).",
        "profile": "profile {profile}",
        "no_venue": "no venue",
        "revoked_state": "revoked",
        "seen": "paired, seen {when}",
        "never_seen": "paired, never seen",
        "this_server": "this server",
        "db": "Cannot use the database {db}: {detail}.",
        "db_url": "not a database address (for example sqlite:///guichet-server.db or "
        "postgresql+psycopg://user@host/base)",
        "db_open": "cannot open this file (a folder, or a folder that does not exist)",
        "db_not_db": "this file is not a database",
        "db_refused": "the database server does not answer",
        "port_busy": (
            "Port {port} is already taken on {host} (another Guichet server, or another "
            "program, listens on it): stop it or choose another --port."
        ),
        "port_other": "Cannot listen on {host}, port {port}: {reason}.",
    },
}


def say(lang: str, key: str, **params: object) -> str:
    return WORDS.get(lang, WORDS["fr"])[key].format(**params)


def open_database(db: str, lang: str) -> Engine | None:
    """The server's database, migrated; None (with the reason said in words) when it cannot
    be used: an address mistyped, a folder, a file that is no database, PostgreSQL down."""
    from sqlalchemy.exc import ArgumentError, SQLAlchemyError

    try:
        engine = make_engine(db)
        upgrade(engine)
    except ArgumentError:
        detail = "db_url"
    except (SQLAlchemyError, OSError) as error:
        text = str(getattr(error, "orig", error)).lower()
        detail = (
            "db_not_db"
            if "not a database" in text
            else "db_refused"
            if "refused" in text or "connection" in text
            else "db_open"
        )
    else:
        return engine
    shown = db.split("@")[-1] if "@" in db else db  # never echo a password
    print(say(lang, "db", db=shown, detail=say(lang, detail)), file=sys.stderr)
    return None


def run(args: argparse.Namespace, lang: str = "fr") -> int:
    engine = open_database(args.db, lang)
    if engine is None:
        return 2
    factory = sessionmaker(engine, expire_on_commit=False)
    core = ServerCore(factory)
    try:
        if args.admin_command == "init":
            if not is_empty(factory):
                print(say(lang, "has_organisation"), file=sys.stderr)
                return 2
            # The same first command as a counter's set-up assistant; the server's own
            # terminal ("Serveur") is where commands typed here come from.
            create_organisation(
                factory,
                OrganisationDraft(
                    name=args.org,
                    owner_name=args.owner,
                    owner_pin=args.pin,
                    timezone=args.timezone,
                    lang=args.lang,
                    gst_number=args.gst_number,
                    qst_number=args.qst_number,
                    terminal_name="Serveur",
                ),
                outbox=False,
            )
            print(say(lang, "created", name=" ".join(args.org.split())))
        elif args.admin_command == "load-demo":
            if not is_empty(factory):
                print(say(lang, "has_organisation"), file=sys.stderr)
                return 2
            load_demo(factory)
            print(say(lang, "demo"))
        elif args.admin_command == "pairing-code":
            from guichet.server.people import parse_roles

            print(core.create_pairing_code(login_roles=parse_roles(args.roles)))
            server_tls.announce(lang)  # the fingerprint the counter checks (https)
        elif args.admin_command == "adoption-code":
            print(core.create_adoption_code())
        elif args.admin_command == "terminals":
            rows = core.terminals()
            if args.json:
                print(json.dumps(rows, ensure_ascii=False, indent=2))
            elif not rows:
                print(say(lang, "no_terminal"))
            else:
                zone = _timezone(factory)
                for row in rows:
                    print(_terminal_line(row, lang, zone))
        elif args.admin_command == "terminal":
            _save_terminal(factory, args)
            print(
                next(
                    _terminal_line(r, lang, _timezone(factory))
                    for r in core.terminals()
                    if r["id"] == args.terminal_id
                )
            )
        elif args.admin_command == "allotment":
            core.set_allotment_size(args.event, args.size)
            size = args.size if args.size is not None else say(lang, "auto")
            print(say(lang, "allotment", event=" ".join(args.event.split()), size=size))
        elif args.admin_command == "revoke":
            core.revoke(args.terminal_id)
            print(say(lang, "revoked", id=args.terminal_id))
        elif args.admin_command == "updates":
            from guichet.server import updates

            return updates.run(factory, args, lang)
        return 0
    except DomainError as error:
        from guichet.i18n.errors import message

        print(message(error.code, error.params, lang), file=sys.stderr)
        return 1
    finally:
        engine.dispose()


def _timezone(factory: sessionmaker[Session]) -> str:
    from sqlalchemy import select

    from guichet.models.tables import Organisation

    with factory() as session:
        return session.scalar(select(Organisation.timezone)) or "America/Toronto"


def _terminal_line(row: dict[str, object], lang: str = "fr", zone: str = "UTC") -> str:
    """ "Caisse 2 · profil Boutique · Théâtre du Quai · jumelé, vu 2026-12-07 09:02 · ID",
    the last contact in the organisation's time."""
    from datetime import UTC, datetime

    from guichet.i18n.formatting import timestamp

    parts = [str(row["name"])]
    if row.get("profile"):
        parts.append(say(lang, "profile", profile=row["profile"]))
    parts.append(str(row.get("venue") or say(lang, "no_venue")))
    if row.get("revoked"):
        parts.append(say(lang, "revoked_state"))
    elif row.get("paired"):
        seen = row.get("last_seen_at")
        if seen:
            moment = datetime.fromisoformat(str(seen))
            if moment.tzinfo is None:
                moment = moment.replace(tzinfo=UTC)
            parts.append(say(lang, "seen", when=timestamp(moment, zone, lang)))
        else:
            parts.append(say(lang, "never_seen"))
    else:
        parts.append(say(lang, "this_server"))
    parts.append(str(row["id"]))
    return " · ".join(parts)


def _save_terminal(factory: sessionmaker[Session], args: argparse.Namespace) -> None:
    """Change a counter's name, profile or venue as the organisation's owner, by the same
    command a counter's back office sends: the counters pull it."""
    from sqlalchemy import select

    from guichet.domain.auth import Role
    from guichet.models.tables import Terminal, User
    from guichet.services.backoffice import BackOffice
    from guichet.services.bus import Actor, CommandBus

    with factory() as session:
        here = session.scalars(select(Terminal).where(Terminal.is_local.is_(True))).first()
        owner = session.scalars(
            select(User).where(User.role == Role.OWNER.value, User.active.is_(True))
        ).first()
        target = session.get(Terminal, args.terminal_id)
    if here is None or owner is None:
        raise DomainError("no_organisation")
    if target is None:
        raise DomainError("unknown_terminal", terminal=args.terminal_id)
    actor = Actor(owner.id, owner.name, Role.OWNER)
    office = BackOffice(
        factory, here.id, lambda: actor, bus=CommandBus(factory, here.id, outbox=False)
    )
    venue_id = target.venue_id
    if args.venue is not None:
        venue = office.venues.find(args.venue) if args.venue else None
        if args.venue and venue is None:
            raise DomainError("unknown_venue", id=args.venue)
        venue_id = venue.id if venue is not None else None
    office.terminals.save(
        args.name if args.name is not None else target.name,
        args.profile if args.profile is not None else target.profile,
        venue_id,
        terminal_id=target.id,
    )


def serve(
    db: str, host: str, port: int, workers: int = 1, lang: str = "fr", log_dir: str | None = None
) -> int:
    """Run the server: one process, or ``workers`` processes that each accept their own share
    of the connections (Linux's SO_REUSEPORT: the kernel spreads new connections among the
    processes' sockets). Counters keep their connection open between pushes: with one shared
    socket, the process that happened to accept them first got most of them and one core
    did the work of two (docs/PERFORMANCE.md)."""
    import socket

    checked = open_database(db, lang)
    if checked is None:
        return 2
    checked.dispose()
    from guichet import logs

    logs.setup_server(db, log_dir=log_dir)
    logging.getLogger("guichet.server").info(
        "server starting",
        extra={"host": host, "port": port, "workers": workers, "database": db.split("@")[-1]},
    )
    taken = _port_taken(host, port)
    if taken is not None:
        import errno

        from guichet.domain.errors import os_reason
        from guichet.i18n.errors import os_words

        logging.getLogger("guichet.server").error(
            "cannot listen", extra={"host": host, "port": port, "reason": os_reason(taken)}
        )
        if taken.errno == errno.EADDRINUSE:
            print(say(lang, "port_busy", host=host, port=port), file=sys.stderr)
        else:
            reason = os_words(os_reason(taken), lang)
            print(say(lang, "port_other", host=host, port=port, reason=reason), file=sys.stderr)
        return 2
    if workers <= 1 or not hasattr(socket, "SO_REUSEPORT"):
        import uvicorn

        from guichet.server.app import create_app

        # Uvicorn's messages go to our JSON log (log_config=None); its access log is ours
        # (guichet.server.requestlog: the route, never the path, which may hold a code).
        uvicorn.run(
            create_app(db), host=host, port=port, log_config=None, access_log=False,
            **server_tls.uvicorn_options(),  # https with --tls-cert/--tls-key
        )  # fmt: skip
        return 0
    import multiprocessing
    import signal

    upgrade(make_engine(db))  # once, before the processes start (they do not migrate)
    context = multiprocessing.get_context("spawn")
    processes = [
        context.Process(
            target=_serve_process, args=(db, host, port, log_dir, n + 1), daemon=True
        )
        for n in range(workers)
    ]
    for process in processes:
        process.start()

    def stop(_signal: int, _frame: object) -> None:
        for process in processes:
            if process.is_alive():
                process.terminate()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    for process in processes:
        process.join()
    return max((p.exitcode or 0) for p in processes)


def _port_taken(host: str, port: int) -> OSError | None:
    """Why the port cannot be listened on, or None. Checked by a plain bind before any worker
    starts: the workers' SO_REUSEPORT would otherwise share the port, silently, with another
    server of the same user (the kernel then spreads the counters' connections between two
    servers, two databases), and a port taken by another program ended in tracebacks."""
    import socket

    probe = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET)
    try:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # TIME_WAIT is free
        probe.bind((host, port))
    except OSError as error:
        return error
    finally:
        probe.close()
    return None


def _serve_process(
    db: str, host: str, port: int, log_dir: str | None = None, worker: int = 1
) -> None:
    import socket

    import uvicorn

    from guichet import logs
    from guichet.server import orphans

    # First of all: a parent killed from now on takes this worker with it (orphans.py).
    orphans.die_with_parent()
    logs.setup_server(db, log_dir=log_dir, worker=worker)  # a spawned process starts bare

    from guichet.server.app import create_app

    listener = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    listener.bind((host, port))
    listener.listen(2048)
    server = uvicorn.Server(
        uvicorn.Config(
            create_app(db, migrate=False), log_config=None, access_log=False,
            **server_tls.uvicorn_options(),  # https with --tls-cert/--tls-key
        )  # fmt: skip
    )

    def stop() -> None:
        server.should_exit = True

    orphans.watch_parent(stop)
    server.run(sockets=[listener])
