"""The ``guichet`` command: opens the counter, or runs a sub-command.

guichet [--data-dir DIR] [--demo] [--lang fr|en]     (an empty folder: the set-up assistant)
guichet --screenshot FILE --window NAME [--lang fr|en]
guichet print-test --printer URI
guichet check [--data-dir DIR]
guichet init | staff | venue | hall | category | price-list | catalogue ...
    (the back office: guichet/clitools/)
guichet backup [--output FILE] | restore FILE [--yes]    (guichet/clitools/backup.py)
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

_T0 = time.perf_counter()

CLI_WORDS = {
    "fr": {
        "not_a_database": "Le fichier {path} n'est pas une base de données Guichet. "
        "Il n'a pas été modifié. Vérifiez --data-dir ou restaurez une sauvegarde.",
        "corrupt_database": "La base de données {path} est endommagée ({detail}). "
        "Elle n'a pas été modifiée. Restaurez une sauvegarde ou appelez le soutien.",
        "database_newer": "Cette base de données a été écrite par une version plus récente de "
        "Guichet (révision {detail})\u00a0; mettez Guichet à jour. {path} n'a pas été modifiée.",
        "folder_read_only": "Le dossier {detail} est en lecture seule\u00a0: Guichet doit y "
        "écrire pour enregistrer les ventes. Donnez le droit d'y écrire (ou choisissez un autre "
        "dossier avec --data-dir). La base {path} n'a pas été modifiée\u00a0: ne restaurez pas "
        "de sauvegarde.",
        "disk_full": "Le disque qui contient {detail} est plein (ou refuse d'écrire)\u00a0: "
        "Guichet ne peut rien y enregistrer. Libérez de la place, puis relancez Guichet. La "
        "base {path} n'a pas été modifiée\u00a0: ne restaurez pas de sauvegarde.",
        "empty": "La base {path} est vide. Lancez «\u00a0guichet\u00a0» pour la mettre en route, "
        "«\u00a0guichet init\u00a0» pour créer l'organisation ou «\u00a0guichet --demo\u00a0» pour "
        "charger l'organisation de démonstration.",
        "init_done": "Organisation créée\u00a0: {name} (propriétaire\u00a0: {owner})",
        "violations_none": "0 violations",
        "violations_one": "{n} violation\u00a0:",
        "violations_many": "{n} violations\u00a0:",
        "printed": "Reçu d'essai envoyé à {uri}.",
        "print_failed": "Impression impossible sur {uri} : {code} ({detail})",
        "screenshot_done": "Capture enregistrée : {path}",
        "unknown_window": "Fenêtre inconnue : {name}. Choix : {names}",
        "no_owner": "Aucun propriétaire dans cette organisation.",
        "unknown_promotion": "Promotion introuvable : {name}. Promotions : {names}",
        "refused": "Refusé : {code} {detail}",
        "codes_done": "{generated}\u00a0; {written} dans {path}.",
        "codes_generated_one": "{n} code généré",
        "codes_generated_many": "{n} codes générés",
        "codes_written_one": "{n} code écrit",
        "codes_written_many": "{n} codes écrits",
        "profile_set": "Profil de ce guichet : {profile}",
        "not_found": "Introuvable : {name}",
        "seatmap_done_one": "Plan de salle importé\u00a0: {n} siège pour {venue}.",
        "seatmap_done_many": "Plan de salle importé\u00a0: {n} sièges pour {venue}.",
        "unknown_package": "Forfait introuvable : {name}. Forfaits : {names}",
        "cards_done": "{generated} ({state})\u00a0; {written} dans {path}.",
        "cards_generated_one": "{n} carte générée",
        "cards_generated_many": "{n} cartes générées",
        "cards_written_one": "{n} carte écrite",
        "cards_written_many": "{n} cartes écrites",
        "activated_one": "activée",
        "activated_many": "activées",
        "inactive": "à activer à la vente",
    },
    "en": {
        "not_a_database": "The file {path} is not a Guichet database. It was left untouched. "
        "Check --data-dir or restore a backup.",
        "corrupt_database": "The database {path} is damaged ({detail}). It was left untouched. "
        "Restore a backup or call support.",
        "database_newer": "This database was written by a newer Guichet (revision {detail}); "
        "update Guichet. {path} was left untouched.",
        "folder_read_only": "The folder {detail} is read-only: Guichet must write there to "
        "record sales. Allow writing in it (or choose another folder with --data-dir). The "
        "database {path} was left untouched: do not restore a backup.",
        "disk_full": "The disk that holds {detail} is full (or refuses to write): Guichet cannot "
        "record anything there. Free some space, then start Guichet again. The database {path} "
        "was left untouched: do not restore a backup.",
        "empty": "The database {path} is empty. Run 'guichet' to set it up, 'guichet init' to "
        "create the organisation or 'guichet --demo' to load the demo organisation.",
        "init_done": "Organisation created: {name} (owner: {owner})",
        "violations_none": "0 violations",
        "violations_one": "{n} violation:",
        "violations_many": "{n} violations:",
        "printed": "Test receipt sent to {uri}.",
        "print_failed": "Cannot print on {uri}: {code} ({detail})",
        "screenshot_done": "Screenshot saved: {path}",
        "unknown_window": "Unknown window: {name}. Choose from: {names}",
        "no_owner": "This organisation has no owner.",
        "unknown_promotion": "No such promotion: {name}. Promotions: {names}",
        "refused": "Refused: {code} {detail}",
        "codes_done": "{generated}; {written} to {path}.",
        "codes_generated_one": "{n} code generated",
        "codes_generated_many": "{n} codes generated",
        "codes_written_one": "{n} code written",
        "codes_written_many": "{n} codes written",
        "profile_set": "This counter's profile: {profile}",
        "not_found": "Not found: {name}",
        "seatmap_done_one": "Seat map imported: {n} seat for {venue}.",
        "seatmap_done_many": "Seat map imported: {n} seats for {venue}.",
        "unknown_package": "No such package: {name}. Packages: {names}",
        "cards_done": "{generated} ({state}); {written} to {path}.",
        "cards_generated_one": "{n} card generated",
        "cards_generated_many": "{n} cards generated",
        "cards_written_one": "{n} card written",
        "cards_written_many": "{n} cards written",
        "activated_one": "activated",
        "activated_many": "activated",
        "inactive": "activated when sold",
    },
}


def say(lang: str, key: str, **params: object) -> str:
    return CLI_WORDS.get(lang, CLI_WORDS["fr"])[key].format(**params)


def say_count(lang: str, key: str, n: int, **params: object) -> str:
    """``key_one`` or ``key_many`` as the language agrees with ``n`` (French: the singular for
    0 and 1, « 1 violation », « 3 violations »), like the windows' plural forms."""
    from guichet.i18n.errors import _plural

    lang = lang if lang in CLI_WORDS else "fr"
    return say(lang, _plural(n, f"{key}_one", f"{key}_many", lang), n=n, **params)


def codes_done(lang: str, count: int, rows: int, path: object) -> str:
    """« 1 code généré ; 1 code écrit dans … », each count with its own plural."""
    return say(
        lang,
        "codes_done",
        generated=say_count(lang, "codes_generated", count),
        written=say_count(lang, "codes_written", rows),
        path=path,
    )


def cards_done(lang: str, count: int, activated: bool, rows: int, path: object) -> str:
    """« 1 carte générée (activée) ; 1 carte écrite dans … », each count with its own plural
    (« activée » agrees with the cards generated)."""
    return say(
        lang,
        "cards_done",
        generated=say_count(lang, "cards_generated", count),
        state=say_count(lang, "activated", count) if activated else say(lang, "inactive"),
        written=say_count(lang, "cards_written", rows),
        path=path,
    )


def build_parser() -> argparse.ArgumentParser:
    from guichet.cli_parser import GuichetParser, accept_lang_everywhere

    parser = GuichetParser(prog="guichet", description="Guichet — point de vente de billetterie")
    parser.add_argument(
        "--data-dir", help="data folder (default: GUICHET_DATA_DIR or the platform's data folder)"
    )
    parser.add_argument(
        "--demo", action="store_true", help="load the demo organisation into an empty database"
    )
    parser.add_argument("--lang", choices=["fr", "en"], help="language (default: fr)")
    parser.add_argument("--screenshot", metavar="FILE", help="render a window to PNG and exit")
    parser.add_argument("--window", metavar="NAME", help="window for --screenshot")
    parser.add_argument("--ready-probe", action="store_true", help=argparse.SUPPRESS)
    from guichet import __version__

    parser.add_argument("--version", action="version", version=f"guichet {__version__}")
    sub = parser.add_subparsers(dest="command")
    pt = sub.add_parser("print-test", help="print a test receipt (accents, QR code, cut)")
    pt.add_argument(
        "--printer",
        required=True,
        help="file:PATH | tcp:HOST:PORT | usb:VID:PID | serial:DEVICE | win:NAME (Windows) "
        "| pdf:PATH",
    )
    pt.add_argument("--width", type=int, default=48, help="characters per line (48 or 32)")
    ck = sub.add_parser("check", help="verify the local database's invariants")
    ck.add_argument("--data-dir", dest="check_data_dir")
    codes = sub.add_parser("codes", help="generate customer codes in bulk")
    codes_sub = codes.add_subparsers(dest="codes_command", required=True)
    promo = codes_sub.add_parser("promo", help="N random promo codes for a promotion, as CSV")
    promo.add_argument("--promotion", required=True, help="the promotion's name (or id)")
    promo.add_argument("--count", required=True, type=int)
    promo.add_argument("--max-uses", type=int, default=1, help="orders per code (0: unlimited)")
    promo.add_argument("--output", required=True, help="CSV file of the promotion's codes")
    promo.add_argument("--data-dir", dest="codes_data_dir")
    cards = codes_sub.add_parser(
        "cards", help="a lot of N gift-package or pass cards for a shop, as XLSX or CSV"
    )
    cards.add_argument("--package", required=True, help="the package's (or pass type's) name")
    cards.add_argument("--count", required=True, type=int)
    cards.add_argument("--activated", action="store_true", help="activate now (default: when sold)")
    cards.add_argument("--output", required=True, help="the lot's .xlsx or .csv file")
    cards.add_argument("--data-dir", dest="cards_data_dir")
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
    from guichet.server.admin import add_arguments

    add_arguments(server_sub.add_parser("admin", help="organisation, demo, pairing, terminals"))
    seatmap = sub.add_parser("seatmap", help="reserved seating: seat maps")
    seatmap_sub = seatmap.add_subparsers(dest="seatmap_command", required=True)
    imp = seatmap_sub.add_parser("import", help="a venue's seat map from a CSV file")
    imp.add_argument("--venue", required=True, help="the venue's name")
    imp.add_argument("--csv", required=True, help="section,row,number,x,y,accessible")
    imp.add_argument("--name", help="the map's name (default: the venue's)")
    imp.add_argument("--event", help="an event that will sell seats on this map")
    imp.add_argument("--data-dir", dest="seatmap_data_dir")
    term = sub.add_parser("terminal", help="this counter's settings")
    term.add_argument("--profile", required=True, help="counter profile, e.g. Billetterie")
    term.add_argument("--data-dir", dest="terminal_data_dir")
    from guichet import clitools

    clitools.add_parsers(sub)  # init, staff, venue, catalogue (the back office)
    accept_lang_everywhere(parser)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    # First thing: in the PyInstaller bundle, the server's worker processes are this same
    # program started with multiprocessing's own arguments, which must never reach argparse.
    import multiprocessing

    multiprocessing.freeze_support()
    from guichet.cli_parser import GuichetParser, language_of

    GuichetParser.lang = language_of(sys.argv[1:] if argv is None else argv)
    args = build_parser().parse_args(argv)
    lang = args.lang or getattr(args, "sub_lang", None) or os.environ.get("GUICHET_LANG") or "fr"
    from guichet import clitools

    code = clitools.run(args, lang)
    if code is not None:
        return code
    if args.command == "print-test":
        return cmd_print_test(args.printer, args.width, lang)
    if args.command == "check":
        return cmd_check(args.check_data_dir or args.data_dir, lang)
    if args.command == "seatmap" and args.seatmap_command == "import":
        return cmd_seatmap_import(
            args.seatmap_data_dir or args.data_dir,
            args.venue,
            Path(args.csv),
            args.name,
            args.event,
            lang,
        )
    if args.command == "terminal":
        return cmd_terminal_profile(args.terminal_data_dir or args.data_dir, args.profile, lang)
    if args.command == "server":
        from guichet.domain.errors import DomainError
        from guichet.server import admin
        from guichet.server import tls as server_tls

        try:
            server_tls.configure(args.tls_cert, args.tls_key)
        except DomainError as error:
            from guichet.i18n.errors import message

            print(message(error.code, error.params, lang), file=sys.stderr)
            return 2
        if args.server_command == "admin":
            return admin.run(args, lang)
        server_tls.announce(lang, sys.stdout)  # at the start: what counters check (https)
        return admin.serve(args.db, args.host, args.port, args.workers, lang, args.log_dir)
    if args.command == "codes" and args.codes_command == "cards":
        return cmd_codes_cards(
            args.cards_data_dir or args.data_dir,
            args.package,
            args.count,
            args.activated,
            Path(args.output),
            lang,
        )
    if args.command == "codes" and args.codes_command == "promo":
        return cmd_codes_promo(
            args.codes_data_dir or args.data_dir,
            args.promotion,
            args.count,
            args.max_uses or None,
            Path(args.output),
            lang,
        )
    if args.screenshot:
        from guichet.ui.screenshots import render_screenshot, window_names

        if args.window not in window_names():
            print(
                say(lang, "unknown_window", name=args.window, names=", ".join(window_names())),
                file=sys.stderr,
            )
            return 2
        if _qt_cannot_start(lang):
            return 2
        render_screenshot(args.window, Path(args.screenshot), lang)
        print(say(lang, "screenshot_done", path=args.screenshot))
        return 0
    return cmd_run(args.data_dir, args.demo, args.lang, args.ready_probe)


def cmd_check(data_dir_arg: str | None, lang: str) -> int:
    from sqlalchemy.orm import sessionmaker

    from guichet.config import DB_NAME, data_dir
    from guichet.models.db import (
        DatabaseError,
        check_sqlite_file,
        current_revision,
        head_revision,
    )
    from guichet.models.storage import read_only_engine
    from guichet.services.check import run_checks

    path = data_dir(data_dir_arg) / DB_NAME
    try:
        check_sqlite_file(path)
    except DatabaseError as exc:
        print(say(lang, exc.code, path=exc.path, detail=exc.detail), file=sys.stderr)
        return 2
    if not path.exists() or path.stat().st_size == 0:
        print(say(lang, "empty", path=path), file=sys.stderr)
        return 2
    engine = read_only_engine(path)  # a check changes nothing it checks (not even WAL mode)
    try:
        if current_revision(engine) != head_revision():
            print(say(lang, "empty", path=path), file=sys.stderr)
            return 2
        with sessionmaker(engine)() as session:
            violations = run_checks(session)
    finally:
        engine.dispose()
    if not violations:
        print(say(lang, "violations_none"))
        return 0
    print(say_count(lang, "violations", len(violations)))
    for v in violations:
        print(f"  - {v}")
    return 1


def _owner_admin(data_dir_arg: str | None, lang: str):  # type: ignore[no-untyped-def]
    """The runtime and a PromotionAdmin acting as the organisation's owner, or an exit code."""
    from guichet.config import data_dir
    from guichet.domain.auth import Role
    from guichet.models.db import DatabaseError
    from guichet.services.bus import Actor
    from guichet.services.promotions import PromotionAdmin
    from guichet.startup import EmptyDatabase, start

    try:
        runtime = start(data_dir(data_dir_arg))
    except DatabaseError as exc:
        print(say(lang, exc.code, path=exc.path, detail=exc.detail), file=sys.stderr)
        return None, None, 2
    except EmptyDatabase as exc:
        print(say(lang, "empty", path=exc), file=sys.stderr)
        return None, None, 2
    owner = next((u for u in runtime.counter.users() if u.role is Role.OWNER), None)
    if owner is None:
        runtime.close()
        print(say(lang, "no_owner"), file=sys.stderr)
        return None, None, 2
    actor = Actor(owner.id, owner.name, owner.role)
    admin = PromotionAdmin(
        runtime.session_factory, runtime.setup.terminal_id, lambda: actor, lang=lang
    )
    return runtime, admin, 0


def cmd_seatmap_import(
    data_dir_arg: str | None,
    venue: str,
    csv_path: Path,
    name: str | None,
    event: str | None,
    lang: str,
) -> int:
    """Import a seat map as the organisation's owner, optionally for an event."""
    from sqlalchemy import select

    from guichet.domain.errors import DomainError
    from guichet.models.tables import Event, Venue

    runtime, admin, code = _owner_admin(data_dir_arg, lang)
    if admin is None:
        return code
    try:
        counter = runtime.counter
        counter.actor = admin.actor_provider()
        with runtime.session_factory() as session:
            venue_id = session.scalar(select(Venue.id).where(Venue.name == venue))
            event_id = (
                session.scalar(select(Event.id).where(Event.name == event)) if event else None
            )
        if venue_id is None or (event and event_id is None):
            print(
                say(lang, "not_found", name=venue if venue_id is None else event), file=sys.stderr
            )
            return 2
        try:
            text = csv_path.read_text(encoding="utf-8-sig")
        except OSError as exc:
            print(say(lang, "not_found", name=f"{csv_path} ({exc.strerror})"), file=sys.stderr)
            return 2
        try:
            seat_map_id = counter.import_seat_map(venue_id, name or venue, text)
            if event_id:
                counter.set_event_seat_map(event_id, seat_map_id)
        except DomainError as exc:
            print(say(lang, "refused", code=exc.code, detail=exc.params), file=sys.stderr)
            return 1
        seats = counter.seating_count(seat_map_id)
        print(say_count(lang, "seatmap_done", seats, venue=venue))
        return 0
    finally:
        runtime.close()


def cmd_terminal_profile(data_dir_arg: str | None, profile: str, lang: str) -> int:
    runtime, admin, code = _owner_admin(data_dir_arg, lang)
    if admin is None:
        return code
    try:
        admin.set_terminal_profile(profile)
    finally:
        runtime.close()
    print(say(lang, "profile_set", profile=profile))
    return 0


def cmd_codes_promo(
    data_dir_arg: str | None,
    promotion: str,
    count: int,
    max_uses: int | None,
    output: Path,
    lang: str,
) -> int:
    """Generate codes as the organisation's owner (recorded so in the promotion's history)."""
    from guichet.config import data_dir
    from guichet.domain.auth import Role
    from guichet.domain.errors import DomainError
    from guichet.models.db import DatabaseError
    from guichet.services.bus import Actor
    from guichet.services.promotions import PromotionAdmin
    from guichet.startup import EmptyDatabase, start

    try:
        runtime = start(data_dir(data_dir_arg))
    except DatabaseError as exc:
        print(say(lang, exc.code, path=exc.path, detail=exc.detail), file=sys.stderr)
        return 2
    except EmptyDatabase as exc:
        print(say(lang, "empty", path=exc), file=sys.stderr)
        return 2
    try:
        owner = next((u for u in runtime.counter.users() if u.role is Role.OWNER), None)
        if owner is None:
            print(say(lang, "no_owner"), file=sys.stderr)
            return 2
        actor = Actor(owner.id, owner.name, owner.role)
        admin = PromotionAdmin(
            runtime.session_factory, runtime.setup.terminal_id, lambda: actor, lang=lang
        )
        matches = [r for r in admin.list_promotions() if promotion in (r.name, r.id)]
        if len(matches) != 1:
            names = ", ".join(r.name for r in admin.list_promotions()) or "—"
            print(say(lang, "unknown_promotion", name=promotion, names=names), file=sys.stderr)
            return 2

        def progress(done: int, total: int) -> None:
            print(f"\r{done:>9} / {total}", end="", file=sys.stderr, flush=True)

        try:
            admin.generate_codes(matches[0].id, count, max_uses, progress=progress)
        except DomainError as exc:
            print(file=sys.stderr)
            print(say(lang, "refused", code=exc.code, detail=exc.params), file=sys.stderr)
            return 1
        print(file=sys.stderr)
        rows = admin.export_codes_csv(matches[0].id, output)
        print(codes_done(lang, count, rows, output))
        return 0
    finally:
        runtime.close()


def cmd_codes_cards(
    data_dir_arg: str | None,
    package: str,
    count: int,
    activated: bool,
    output: Path,
    lang: str,
) -> int:
    """Generate a lot of shop cards as the organisation's owner and write them to a file."""
    from guichet.config import data_dir
    from guichet.domain.auth import Role
    from guichet.domain.errors import DomainError
    from guichet.models.db import DatabaseError
    from guichet.services.bus import Actor
    from guichet.services.cards import CardFilter
    from guichet.startup import EmptyDatabase, start

    try:
        runtime = start(data_dir(data_dir_arg))
    except DatabaseError as exc:
        print(say(lang, exc.code, path=exc.path, detail=exc.detail), file=sys.stderr)
        return 2
    except EmptyDatabase as exc:
        print(say(lang, "empty", path=exc), file=sys.stderr)
        return 2
    try:
        counter = runtime.counter
        owner = next((u for u in counter.users() if u.role is Role.OWNER), None)
        if owner is None:
            print(say(lang, "no_owner"), file=sys.stderr)
            return 2
        counter.actor = Actor(owner.id, owner.name, owner.role)
        desk = counter.cards
        try:
            card_type = desk.find_card_type(package)
        except DomainError:
            names = ", ".join(t.name for t in desk.card_types()) or "—"
            print(say(lang, "unknown_package", name=package, names=names), file=sys.stderr)
            return 2

        def progress(done: int, total: int) -> None:
            print(f"\r{done:>9} / {total}", end="", file=sys.stderr, flush=True)

        try:
            batch, _codes = desk.generate(
                card_type.id, count, activated=activated, progress=progress
            )
            print(file=sys.stderr)
            rows = desk.export(CardFilter(batch=batch), output, progress=progress)
        except DomainError as exc:
            print(file=sys.stderr)
            print(say(lang, "refused", code=exc.code, detail=exc.params), file=sys.stderr)
            return 1
        print(file=sys.stderr)
        print(cards_done(lang, count, activated, rows, output))
        return 0
    finally:
        runtime.close()


def cmd_print_test(uri: str, width: int, lang: str) -> int:
    from guichet.printing.printers import PrinterError, print_document
    from guichet.printing.test_receipt import build_test_receipt

    try:
        print_document(build_test_receipt(lang, uri), uri, width=width)
    except PrinterError as exc:
        print(say(lang, "print_failed", uri=uri, code=exc.code, detail=exc.detail), file=sys.stderr)
        from guichet.i18n import errors

        if errors.knows(exc.code):  # a mistake the user can fix, said in their language
            print(errors.message(exc.code, {}, lang), file=sys.stderr)
        return 1
    print(say(lang, "printed", uri=uri))
    return 0


def cmd_run(data_dir_arg: str | None, demo: bool, lang_arg: str | None, ready_probe: bool) -> int:
    from guichet.config import Settings, data_dir
    from guichet.models.db import DatabaseError
    from guichet.startup import EmptyDatabase, Runtime, start
    from guichet.ui.app import create_application

    directory = data_dir(data_dir_arg)
    lang = lang_arg or Settings.load(directory).lang
    if _qt_cannot_start(lang):
        return 2
    from guichet.logs import setup_counter

    setup_counter(directory)  # docs/LOGS.md
    app = create_application(lang)
    from guichet.ui.qtlog import log_qt_messages

    log_qt_messages()
    opened: list[Runtime] = []
    windows: list[Any] = []  # kept alive while the application runs
    from guichet.services.folder_lock import hold_while_running

    _in_use = hold_while_running(directory)  # held until we quit: `guichet restore` waits

    def open_counter(runtime: Runtime) -> None:
        """The counter's window on its login screen (after the set-up assistant too)."""
        from guichet.ui.main_window import MainWindow
        from guichet.ui.printing import PrintController

        opened.append(runtime)
        if runtime.settings.lang != lang:
            from guichet.ui.app import install_language

            install_language(app, runtime.settings.lang)
        controller = PrintController(runtime.print_queue)
        window = MainWindow(runtime.counter, controller, _sync_controller(runtime))
        window.show()
        windows.append(window)
        from guichet.ui.backups import start_backups

        windows.append(start_backups(runtime))  # at each shift close and every night
        controller.kick()  # anything left unprinted from last time

    try:
        runtime = start(directory, demo=demo, lang=lang_arg)
    except DatabaseError as exc:
        return _fatal(app, say(lang, exc.code, path=exc.path, detail=exc.detail))
    except EmptyDatabase:
        # A new counter: create its organisation, pair it with a server, or load the demo.
        windows.append(_set_up_assistant(directory, lang, open_counter))
    else:
        open_counter(runtime)
    if ready_probe:
        from PySide6.QtCore import QTimer

        def ready() -> None:
            print(f"ready {time.perf_counter() - _T0:.3f}", flush=True)
            app.quit()

        QTimer.singleShot(0, ready)
    code = app.exec()
    for runtime in opened:
        runtime.close()
    return int(code)


def _set_up_assistant(directory: Path, lang: str, open_counter: Any) -> Any:
    """The set-up assistant on screen; leaving it before the end leaves the program."""
    from PySide6.QtWidgets import QApplication

    from guichet.ui.setup_wizard import SetupAssistant

    assistant = SetupAssistant(directory, lang)
    assistant.ready.connect(open_counter)
    assistant.rejected.connect(QApplication.quit)
    assistant.show()
    return assistant


def _sync_controller(runtime: Any) -> Any:
    """The background sync of a paired counter; None for a standalone one."""
    from guichet.sync.engine import ServerClient, SyncEngine, load_token
    from guichet.sync.pairing import server_of
    from guichet.ui.sync import SyncController

    paired = server_of(runtime.session_factory)
    if paired is None:
        return None
    url, terminal_id = paired
    try:
        token = load_token(url, terminal_id)
    except Exception:  # noqa: BLE001 - no keyring: the status says so, selling goes on
        token = None
    from guichet.sync.tls import stored_certificate

    pinned = stored_certificate(runtime.session_factory)  # https: the certificate of pairing
    engine = SyncEngine(
        runtime.session_factory,
        terminal_id,
        ServerClient(url, token, certificate=pinned),
        runtime.counter.clock,
    )
    # Scans are confirmed by the server when it answers within 1.5 s, provisional otherwise.
    runtime.counter.cards.remote = ServerClient(
        url, token, timeout=1.5, certificate=pinned
    ).card_verdict
    # The door asks the server too (another door may have admitted the ticket), then its copy.
    runtime.counter.door.remote = ServerClient(
        url, token, timeout=1.5, certificate=pinned
    ).ticket_verdict
    return SyncController(engine)


def _qt_cannot_start(lang: str) -> bool:
    """Say which Debian/Ubuntu packages Qt's X11 plugin lacks, before Qt aborts on it."""
    from guichet.qt_preflight import xcb_problem

    problem = xcb_problem(lang)
    if problem:
        print(problem, file=sys.stderr)
    return problem is not None


def _fatal(app: object, text: str) -> int:
    """Say why we cannot start, in a dialog when there is a screen, always on stderr."""
    print(text, file=sys.stderr)
    if os.environ.get("QT_QPA_PLATFORM") != "offscreen" and not os.environ.get("CI"):
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, "Guichet", text)
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
