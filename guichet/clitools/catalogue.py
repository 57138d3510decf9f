"""``guichet catalogue import|export``: a season's programme from or to a CSV or XLSX file,
acting as the organisation's owner, through the same back office as the Import et export
window (the same checks, the same words, one command for the whole file).

    guichet catalogue import FILE [--data-dir D]
    guichet catalogue export FILE [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--data-dir D]

Import: one line with the count (exit 0), or the errors one per line, "Ligne 12 : …", after
a line saying nothing was imported (exit 1). Export: one line with the count (exit 0). A
wrong extension or an unreadable file: exit 1, in words; no usable database: exit 2.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from guichet.clitools import as_owner, refused, words
from guichet.domain.errors import DomainError

if TYPE_CHECKING:
    from guichet.services.backoffice import BackOffice
    from guichet.services.handlers_programme import ProgrammeImported

NBSP = "\u00a0"

WORDS: dict[str, dict[str, str]] = {
    "fr": {
        "dates_one": "1 date importée",
        "dates_many": "{count} dates importées",
        "events_one": "1 événement créé",
        "events_many": "{count} événements créés",
        "exported_one": "1 date exportée dans {path}.",
        "exported_many": "{count} dates exportées dans {path}.",
        "day_invalid": (
            f"Jour invalide{NBSP}: «{NBSP}{{text}}{NBSP}» (AAAA-MM-JJ, par exemple 2027-06-01)."
        ),
    },
    "en": {
        "dates_one": "1 date imported",
        "dates_many": "{count} dates imported",
        "events_one": "1 event created",
        "events_many": "{count} events created",
        "exported_one": "{count} date exported to {path}.",
        "exported_many": "{count} dates exported to {path}.",
        "day_invalid": "Invalid day: \u201c{text}\u201d (YYYY-MM-DD, for example 2027-06-01).",
    },
}


def say(lang: str, key: str, **params: object) -> str:
    return words(WORDS, lang, key, **params)


def _count(value: int, lang: str) -> str:
    from guichet.i18n.errors import number

    return number(value, lang)


def imported_line(result: ProgrammeImported, lang: str) -> str:
    """ "120 dates importées, 3 événements créés." / "120 dates imported, 3 events created."."""
    dates = say(
        lang, "dates_one" if result.dates == 1 else "dates_many", count=_count(result.dates, lang)
    )
    if not result.events:
        return f"{dates}."
    events = say(
        lang,
        "events_one" if result.events == 1 else "events_many",
        count=_count(result.events, lang),
    )
    return f"{dates}, {events}."


def _one(count: int, lang: str) -> bool:
    """French counts 0 and 1 in the singular ("0 date exportée"); English only 1."""
    return count < 2 if lang == "fr" else count == 1


def exported_line(count: int, path: Path, lang: str) -> str:
    key = "exported_one" if _one(count, lang) else "exported_many"
    return say(lang, key, count=_count(count, lang), path=path)


def add_parser(sub: Any) -> None:
    """Add ``guichet catalogue import|export`` to the ``guichet`` parser."""
    catalogue = sub.add_parser("catalogue", help="a season's programme: import or export")
    actions = catalogue.add_subparsers(dest="catalogue_command", required=True)
    imp = actions.add_parser("import", help="add the dates of a CSV or XLSX file (all or none)")
    imp.add_argument("file", help="event, venue, starts_at, ends_at, capacity, price_list, tags")
    imp.add_argument("--data-dir", dest="catalogue_data_dir")
    exp = actions.add_parser("export", help="write every date to a CSV or XLSX file")
    exp.add_argument("file", help="a .csv or .xlsx file to write")
    exp.add_argument("--from", dest="catalogue_from", help="first day (YYYY-MM-DD)")
    exp.add_argument("--to", dest="catalogue_to", help="last day (YYYY-MM-DD)")
    exp.add_argument("--data-dir", dest="catalogue_data_dir")


def run(args: argparse.Namespace, lang: str) -> int | None:
    if getattr(args, "command", None) != "catalogue":
        return None
    path = Path(args.file).expanduser()
    if path.suffix.lower() not in (".csv", ".xlsx", ".txt"):
        # Said before the database is opened: nothing to open for a file that cannot be read.
        return refused(DomainError("file_format", name=path.name), lang)

    def job(office: BackOffice) -> int:
        if args.catalogue_command == "import":
            return _import(office, path, lang)
        return _export(office, path, args, lang)

    return as_owner(args.catalogue_data_dir or args.data_dir, lang, job)


def _import(office: BackOffice, path: Path, lang: str) -> int:
    from guichet.i18n.errors import message
    from guichet.services.backoffice.programme import ProgrammeRefused, line_messages

    try:
        result = office.programme.import_file(path)
    except ProgrammeRefused as refusal:
        print(message(refusal.code, refusal.params, lang, office.timezone), file=sys.stderr)
        for line in line_messages(refusal.errors, lang, office.timezone):
            print(line, file=sys.stderr)
        return 1
    print(imported_line(result, lang))
    return 0


def _export(office: BackOffice, path: Path, args: argparse.Namespace, lang: str) -> int:
    try:
        first, last = _day(args.catalogue_from), _day(args.catalogue_to)
    except ValueError as bad:
        print(say(lang, "day_invalid", text=str(bad)), file=sys.stderr)
        return 1
    count = office.programme.export(path, first_day=first, last_day=last)
    print(exported_line(count, path, lang))
    return 0


def _day(text: str | None) -> date | None:
    """The day typed (None when not given); ValueError carries what was typed."""
    if not text:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(text) from None
