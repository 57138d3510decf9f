"""``guichet server admin ...``: set up the organisation, load the demo, pair and revoke."""

from __future__ import annotations

import argparse
import json
import sys

from sqlalchemy.orm import Session, sessionmaker

from guichet.domain.errors import DomainError
from guichet.models.db import make_engine, upgrade
from guichet.server.core import ServerCore
from guichet.services.setup import OrganisationDraft, create_organisation, is_empty, load_demo

DEFAULT_DB = "sqlite:///guichet-server.db"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="admin_command", required=True)
    init = sub.add_parser("init", help="create the organisation, its taxes and its owner")
    init.add_argument("--org", required=True, help="the organisation's name")
    init.add_argument("--owner", required=True, help="the owner's name")
    init.add_argument("--pin", required=True, help="the owner's PIN (4 to 8 digits)")
    init.add_argument("--timezone", default="America/Toronto")
    init.add_argument("--lang", choices=["fr", "en"], default="fr")
    init.add_argument("--gst-number", default="", help="GST registration number")
    init.add_argument("--qst-number", default="", help="QST registration number")
    sub.add_parser("load-demo", help="load the demo organisation into an empty server")
    sub.add_parser("pairing-code", help="a one-time code for a new counter (24 h)")
    sub.add_parser(
        "adoption-code", help="an empty server: a code for a standalone counter to bring its data"
    )
    listing = sub.add_parser("terminals", help="the counters: profile, venue, last seen")
    listing.add_argument("--json", action="store_true", help="as JSON (for scripts)")
    counter = sub.add_parser("terminal", help="a counter's name, profile or venue")
    counter.add_argument("terminal_id")
    counter.add_argument("--name")
    counter.add_argument("--profile")
    counter.add_argument("--venue", help="the venue's name ('' for none)")
    allot = sub.add_parser("allotment", help="places leased to each counter for an event")
    allot.add_argument("--event", required=True, help="the event's name")
    allot.add_argument("--size", type=int, help="places per counter (omit: by recent sales)")
    revoke = sub.add_parser("revoke", help="stop a counter at once")
    revoke.add_argument("terminal_id")


def run(args: argparse.Namespace) -> int:
    engine = make_engine(args.db)
    upgrade(engine)
    factory = sessionmaker(engine, expire_on_commit=False)
    core = ServerCore(factory)
    try:
        if args.admin_command == "init":
            if not is_empty(factory):
                print("Le serveur a déjà une organisation.", file=sys.stderr)
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
            print(f"Organisation créée : {args.org}")
        elif args.admin_command == "load-demo":
            if not is_empty(factory):
                print("Le serveur a déjà une organisation.", file=sys.stderr)
                return 2
            load_demo(factory)
            print("Organisation de démonstration chargée.")
        elif args.admin_command == "pairing-code":
            print(core.create_pairing_code())
        elif args.admin_command == "adoption-code":
            print(core.create_adoption_code())
        elif args.admin_command == "terminals":
            rows = core.terminals()
            if args.json:
                print(json.dumps(rows, ensure_ascii=False, indent=2))
            else:
                for row in rows:
                    print(_terminal_line(row))
        elif args.admin_command == "terminal":
            _save_terminal(factory, args)
            print(next(_terminal_line(r) for r in core.terminals() if r["id"] == args.terminal_id))
        elif args.admin_command == "allotment":
            core.set_allotment_size(args.event, args.size)
            print(f"Allotement : {args.event} → {args.size if args.size is not None else 'auto'}")
        elif args.admin_command == "revoke":
            core.revoke(args.terminal_id)
            print(f"Guichet révoqué : {args.terminal_id}")
        return 0
    except DomainError as error:
        from guichet.i18n.errors import message

        print(message(error.code, error.params, "fr"), file=sys.stderr)
        return 1
    finally:
        engine.dispose()


def _terminal_line(row: dict[str, object]) -> str:
    """ "Caisse 2 · profil Boutique · Théâtre du Quai · jumelé, vu 2026-12-07 14:02 · ID"."""
    parts = [str(row["name"])]
    if row.get("profile"):
        parts.append(f"profil {row['profile']}")
    parts.append(str(row.get("venue") or "aucun lieu"))
    if row.get("revoked"):
        parts.append("révoqué")
    elif row.get("paired"):
        seen = str(row.get("last_seen_at") or "")[:16].replace("T", " ")
        parts.append(f"jumelé, vu {seen} UTC" if seen else "jumelé, jamais vu")
    else:
        parts.append("ce serveur")
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


def serve(db: str, host: str, port: int, workers: int = 1) -> int:
    """Run the server: one process, or ``workers`` processes that each accept their own share
    of the connections (Linux's SO_REUSEPORT: the kernel spreads new connections among the
    processes' sockets). Counters keep their connection open between pushes: with one shared
    socket, the process that happened to accept them first got most of them and one core
    did the work of two (docs/PERFORMANCE.md)."""
    import socket

    if workers <= 1 or not hasattr(socket, "SO_REUSEPORT"):
        import uvicorn

        from guichet.server.app import create_app

        uvicorn.run(create_app(db), host=host, port=port, log_level="warning")
        return 0
    import multiprocessing
    import signal

    upgrade(make_engine(db))  # once, before the processes start (they do not migrate)
    context = multiprocessing.get_context("spawn")
    processes = [
        context.Process(target=_serve_process, args=(db, host, port), daemon=True)
        for _ in range(workers)
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


def _serve_process(db: str, host: str, port: int) -> None:
    import socket

    import uvicorn

    from guichet.server.app import create_app

    listener = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    listener.bind((host, port))
    listener.listen(2048)
    server = uvicorn.Server(
        uvicorn.Config(create_app(db, migrate=False), log_level="warning")
    )
    server.run(sockets=[listener])
