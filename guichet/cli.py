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

from guichet.i18n.cli_words import (  # noqa: F401 - said by guichet.cli
    CLI_WORDS,
    cards_done,
    codes_done,
    say,
    say_count,
)

_T0 = time.perf_counter()


def build_parser() -> argparse.ArgumentParser:
    from guichet.cli_parser import GuichetParser, accept_lang_everywhere
    from guichet.cli_server import add_server_parser

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
    add_server_parser(sub)  # its arguments only: the server is imported when it runs
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
    from guichet.services.clean_exit import (
        full_check_due,
        full_check_passed,
        mark_clean_exit,
        mark_running,
    )
    from guichet.services.folder_lock import hold_while_running

    # The last run crashed (or the power went), or a shift close's backup found its copy
    # damaged: the database gets the full check this once.
    full_check = full_check_due(directory)
    in_use = hold_while_running(directory)  # held until we quit: `guichet restore` waits
    mark_running(directory)

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
        runtime = start(directory, demo=demo, lang=lang_arg, full_check=full_check)
    except DatabaseError as exc:
        # Not a crash: the marker goes, and the next start refuses the file the same way.
        _quit_cleanly(directory, in_use, mark_clean_exit)
        return _fatal(app, say(lang, exc.code, path=exc.path, detail=exc.detail))
    except EmptyDatabase:
        if full_check:
            full_check_passed(directory)
        # A new counter: create its organisation, pair it with a server, or load the demo.
        windows.append(_set_up_assistant(directory, lang, open_counter))
    else:
        if full_check:
            full_check_passed(directory)
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
    _quit_cleanly(directory, in_use, mark_clean_exit)
    return int(code)


def _quit_cleanly(directory: Path, in_use: Any, mark_clean_exit: Any) -> None:
    """Let go of the folder, then say this run ended cleanly (guichet/services/clean_exit.py)."""
    if in_use is not None:
        in_use.release()
    mark_clean_exit(directory)


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
    from guichet.sync.state import server_of

    paired = server_of(runtime.session_factory)
    if paired is None:
        return None  # a standalone counter: no HTTP client to import before its login screen
    from guichet.sync.engine import ServerClient, SyncEngine, load_token
    from guichet.ui.sync import SyncController

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
