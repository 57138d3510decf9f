"""``guichet init``: a counter's organisation and its owner, for scripted installs.

It asks what the set-up assistant asks and makes the organisation the same way
(:func:`guichet.services.setup.create_organisation`, one transaction): a bad field is refused
in words before anything is written (exit 1); a folder that already holds an organisation is
left untouched (exit 1, ``already_set_up``); a damaged database exits 2, as the other commands.

    guichet init --organisation "Théâtre du Port" --owner "Marie Tremblay" --owner-pin 4826 \\
        [--data-dir D] [--gst-number "123456789 RT0001"] [--qst-rate 9,975] ...

``--owner-pin -`` reads the PIN from the standard input (it then stays out of the shell's
history and of the process list). In ``--receipt-header``, ``--receipt-footer`` and
``--address``, ``\\n`` starts a new line.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from guichet.domain.errors import DomainError

if TYPE_CHECKING:
    from guichet.services.setup import OrganisationDraft


def add_parser(sub: Any) -> None:
    """Add ``guichet init`` to the ``guichet`` parser."""
    init = sub.add_parser(
        "init", help="create this counter's organisation and its owner (the set-up assistant)"
    )
    init.add_argument("--organisation", required=True, help="the organisation's name")
    init.add_argument("--owner", required=True, help="the owner's name (first login)")
    init.add_argument(
        "--owner-pin", required=True, help="the owner's PIN, 4 to 8 digits ('-': read stdin)"
    )
    init.add_argument(
        "--owner-title-form",
        choices=["feminine", "masculine"],
        default="",
        help="the owner's title in French: feminine (caissière) or masculine (caissier)",
    )
    init.add_argument("--data-dir", dest="init_data_dir", metavar="DIR", help="data folder")
    init.add_argument(
        "--lang", dest="init_lang", choices=["fr", "en"], help="the counter's language"
    )
    init.add_argument("--address", default="", help="lines separated by \\n")
    init.add_argument("--timezone", help="IANA time zone (default America/Toronto)")
    init.add_argument("--gst-number", default="", help="GST registration number (on receipts)")
    init.add_argument("--qst-number", default="", help="QST registration number (on receipts)")
    init.add_argument("--gst-rate", default="5", help="in percent (default 5)")
    init.add_argument("--qst-rate", default="9,975", help="in percent (default 9,975)")
    init.add_argument(
        "--cash-rounding", default="5", help="cents cash is rounded to: 5 (default), 1 or 10"
    )
    init.add_argument("--receipt-header", default="", help="lines separated by \\n")
    init.add_argument("--receipt-footer", default="", help="lines separated by \\n")
    init.add_argument("--terminal-name", default="Caisse 1", help="this counter's name")


def run(args: argparse.Namespace, lang: str) -> int | None:
    if args.command != "init":
        return None
    from guichet import clitools
    from guichet.config import DB_NAME, Settings, data_dir
    from guichet.i18n.cli_words import say
    from guichet.models.db import DatabaseError, check_sqlite_file, open_local_database
    from guichet.services.setup import check_draft, create_organisation

    lang = args.init_lang or lang
    directory = data_dir(args.init_data_dir or args.data_dir)
    path = directory / DB_NAME
    try:
        check_sqlite_file(path)  # read-only: a damaged file is never touched
        if _holds_organisation(path):
            raise DomainError("already_set_up")
        draft = _draft(args, lang)
        check_draft(draft)  # refused before the database file is even created
        engine, session_factory = open_local_database(path)
        try:
            create_organisation(session_factory, draft)
        finally:
            engine.dispose()
    except DatabaseError as exc:
        print(say(lang, exc.code, path=exc.path, detail=exc.detail), file=sys.stderr)
        return 2
    except DomainError as error:
        return clitools.refused(error, lang)
    settings = Settings.load(directory)
    settings.lang = draft.lang  # the counter speaks the organisation's language
    settings.save(directory)
    name, owner = (" ".join(text.split()) for text in (draft.name, draft.owner_name))
    print(say(lang, "init_done", name=name, owner=owner))
    return 0


def _holds_organisation(path: Path) -> bool:
    """Whether the file already has an organisation, read without writing a byte (an older
    database is not migrated just to be told no)."""
    if not path.exists() or path.stat().st_size == 0:
        return False
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        table = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'organisation'"
        ).fetchone()
        return bool(table and conn.execute("SELECT count(*) FROM organisation").fetchone()[0])
    finally:
        conn.close()


def _lines(text: str) -> str:
    return text.replace("\\n", "\n")


def _draft(args: argparse.Namespace, lang: str) -> OrganisationDraft:
    from guichet.services.setup import DEFAULT_TIMEZONE, OrganisationDraft

    pin = args.owner_pin
    if pin == "-":
        pin = sys.stdin.readline().strip()
    rounding = args.cash_rounding.strip().removesuffix("¢").strip()
    if not rounding.isdigit():
        raise DomainError("cash_increment_invalid", value=args.cash_rounding[:10])
    return OrganisationDraft(
        name=args.organisation,
        owner_name=args.owner,
        owner_pin=pin,
        address=_lines(args.address),
        timezone=DEFAULT_TIMEZONE if args.timezone is None else args.timezone,
        lang=lang,
        gst_number=args.gst_number,
        qst_number=args.qst_number,
        gst_rate=args.gst_rate,
        qst_rate=args.qst_rate,
        cash_increment=int(rounding),
        receipt_header=_lines(args.receipt_header),
        receipt_footer=_lines(args.receipt_footer),
        terminal_name=args.terminal_name,
        owner_title_form=args.owner_title_form,
    )
