"""``guichet server admin ...``: set up the organisation, load the demo, pair and revoke."""

from __future__ import annotations

import argparse
import json
import sys

from sqlalchemy.orm import sessionmaker

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
    sub.add_parser("terminals", help="list the paired counters")
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
            print(json.dumps(core.terminals(), ensure_ascii=False, indent=2))
        elif args.admin_command == "allotment":
            core.set_allotment_size(args.event, args.size)
            print(f"Allotement : {args.event} → {args.size if args.size is not None else 'auto'}")
        elif args.admin_command == "revoke":
            core.revoke(args.terminal_id)
            print(f"Guichet révoqué : {args.terminal_id}")
        return 0
    except DomainError as error:
        print(f"Refusé : {error}", file=sys.stderr)
        return 1
    finally:
        engine.dispose()


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
