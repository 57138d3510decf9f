"""``guichet server``'s arguments, apart from the server itself.

Building the command's parser must not import the server (FastAPI, its database layer): a
counter starting to its login screen parses its command line too, and would pay for it at
every start (tests/integration/test_startup.py checks it does not).
"""

from __future__ import annotations

import argparse
from typing import Any


def add_server_parser(sub: Any) -> None:
    """``guichet server [--db ...]`` and ``guichet server admin ...``."""
    server = sub.add_parser("server", help="run the central server (FastAPI + uvicorn)")
    server.add_argument(
        "--db",
        default="sqlite:///guichet-server.db",
        help="PostgreSQL URL (postgresql+psycopg://...) or sqlite:///FILE",
    )
    server.add_argument("--host", default="127.0.0.1")
    server.add_argument("--port", type=int, default=8765)
    server.add_argument(
        "--workers", type=int, default=1, help="server processes (one per core: 2 here)"
    )
    server.add_argument(
        "--log-dir", help="log folder (default: next to a SQLite database, else the data folder)"
    )
    server.add_argument("--tls-cert", help="https: the server's certificate (PEM), with --tls-key")
    server.add_argument("--tls-key", help="https: the certificate's private key (PEM)")
    server_sub = server.add_subparsers(dest="server_command")
    add_admin_arguments(
        server_sub.add_parser("admin", help="organisation, demo, pairing, terminals")
    )


def add_admin_arguments(parser: argparse.ArgumentParser) -> None:
    """``guichet server admin``'s sub-commands (run by guichet/server/admin.py)."""
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
    code = sub.add_parser("pairing-code", help="a one-time code for a new counter (24 h)")
    code.add_argument(
        "--roles",
        default="cashier",
        help="who may log in at that counter offline: cashier (default), or e.g. "
        "cashier,supervisor,owner (docs/SECURITY.md)",
    )
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
    add_updates_arguments(sub)


def add_updates_arguments(sub: Any) -> None:
    """``guichet server admin updates`` (run by guichet/server/updates.py)."""
    updates = sub.add_parser(
        "updates", help="the oldest counter version accepted and where counters download one"
    )
    updates.add_argument(
        "--minimum-counter-version",
        metavar="X.Y.Z",
        help="counters older than this are refused sync ('' for none)",
    )
    updates.add_argument(
        "--download-url", metavar="URL", help="where counters download Guichet ('' for none)"
    )
