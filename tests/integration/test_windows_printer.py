"""``win:PRINTER NAME`` printers (python-escpos's Win32Raw through the Windows spooler):
their URIs, and their refusal on this Linux machine, which must fail the print job, never
the sale (issue 19, part 3)."""

from __future__ import annotations

from pathlib import Path

import pytest
from escpos.printer import Win32Raw
from sqlalchemy import select

from guichet.i18n.errors import message
from guichet.models.tables import PrintJob
from guichet.printing.printers import (
    PrinterError,
    open_printer,
    parse_printer_uri,
    print_document,
    send_bytes,
)
from guichet.services.counter import Counter
from guichet.services.printqueue import PrintQueue
from guichet.ui.messages import message_for_code
from tests.cli_runner import run_guichet
from tests.integration.helpers import occurrence_named, sell_cash
from tests.integration.test_printers import make_receipt

NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("uri", "name"),
    [
        ("win:EPSON TM-T20III Receipt", "EPSON TM-T20III Receipt"),
        ("  WIN:  Caisse 1 (comptoir)  ", "Caisse 1 (comptoir)"),
        ("win:Star TSP100  Cutter", "Star TSP100  Cutter"),  # inner spaces kept as typed
        ("win:\\\\SERVEUR\\Reçus bar", "\\\\SERVEUR\\Reçus bar"),  # a printer shared on a PC
        ("win:Caisse:2", "Caisse:2"),
    ],
)
def test_a_windows_printer_is_named_as_windows_lists_it(uri: str, name: str) -> None:
    spec = parse_printer_uri(uri)
    assert (spec.kind, spec.name, spec.path, spec.host) == ("win", name, "", "")
    assert spec.uri == uri.strip()
    assert spec.profile == "TM-T88V"


def test_a_windows_printer_takes_a_profile_and_nothing_else() -> None:
    spec = parse_printer_uri("win:EPSON TM-T20II Receipt?profile=TM-T20II")
    assert (spec.name, spec.profile) == ("EPSON TM-T20II Receipt", "TM-T20II")
    for uri in ("win:Caisse?baudrate=9600", "win:Caisse?profile=NoSuchPrinter", "win:C?x"):
        with pytest.raises(PrinterError) as error:
            parse_printer_uri(uri)
        assert error.value.code == "bad_uri"


@pytest.mark.parametrize("uri", ["win:", "win:   ", "WIN:?profile=TM-T88V", "win:\t"])
def test_a_windows_printer_without_a_name_is_refused_in_words(uri: str) -> None:
    with pytest.raises(PrinterError) as error:
        parse_printer_uri(uri)
    assert error.value.code == "printer_name_missing"
    assert "win:PRINTER NAME" in error.value.detail
    # The counter's status bar and print queue say it through the Qt messages' fallback.
    fr = message_for_code(error.value.code, {}, "fr")
    assert fr == (
        f"Adresse d'imprimante incomplète{NBSP}: écrivez win:NOM DE L'IMPRIMANTE avec le nom "
        "que Windows lui donne, par exemple win:EPSON TM-T20III Receipt."
    )
    assert message_for_code(error.value.code, {}, "en").startswith(
        "Incomplete printer address: write win:PRINTER NAME with the name Windows gives it"
    )


def test_the_unknown_scheme_error_lists_win() -> None:
    with pytest.raises(PrinterError) as error:
        parse_printer_uri("lpt:1")
    assert error.value.code == "bad_uri" and "win:" in error.value.detail


def test_python_escpos_cannot_reach_a_spooler_here() -> None:
    # Without pywin32, Win32Raw raises RuntimeError from its constructor: the refusal
    # below must come before python-escpos is ever asked.
    assert not Win32Raw.is_usable()
    with pytest.raises(RuntimeError):
        Win32Raw("EPSON TM-T20III Receipt")


def test_a_windows_printer_is_refused_cleanly_off_windows(tmp_path: Path) -> None:
    uri = "win:EPSON TM-T20III Receipt"
    for attempt in (
        lambda: open_printer(uri),
        lambda: print_document(make_receipt(), uri),
        lambda: send_bytes(b"\x1b@hello", uri),
    ):
        with pytest.raises(PrinterError) as error:
            attempt()
        assert error.value.code == "windows_only"
        assert "Windows only" in error.value.detail
    assert message("windows_only", {}, "fr") == (
        f"Une imprimante win:NOM passe par le spouleur de Windows et ne sert que sous "
        f"Windows{NBSP}: sur cet ordinateur, choisissez une adresse usb:VID:PID, "
        "tcp:HÔTE:PORT, serial:PORT ou file:CHEMIN."
    )
    assert message_for_code("windows_only", {}, "en").startswith(
        "A win:NAME printer goes through the Windows print spooler"
    )


def test_a_sale_on_a_windows_printer_here_is_recorded_and_its_jobs_wait(
    cashier_counter: Counter, tmp_path: Path
) -> None:
    show = occurrence_named(cashier_counter, "Le Malade imaginaire")
    sale = sell_cash(cashier_counter, show.id, adult=2)
    queue = PrintQueue(
        cashier_counter.session_factory,
        cashier_counter.terminal_id,
        "win:EPSON TM-T20III Receipt",
        lang=cashier_counter.lang,
    )
    outcomes = queue.process()
    assert [(o.ok, o.error_code) for o in outcomes] == [(False, "windows_only")]
    assert cashier_counter.order(sale.order_id).total == sale.total
    with cashier_counter.session_factory() as session:
        jobs = list(session.scalars(select(PrintJob).order_by(PrintJob.created_at)))
    assert [j.status for j in jobs] == ["failed", "pending", "pending"]
    assert jobs[0].last_error.startswith("windows_only: ")
    # The printer fixed in the settings: everything waiting prints.
    target = tmp_path / "lp0"
    fixed = PrintQueue(
        cashier_counter.session_factory,
        cashier_counter.terminal_id,
        f"file:{target}",
        lang=cashier_counter.lang,
    )
    assert [o.ok for o in fixed.process(include_failed=True)] == [True, True, True]
    assert target.read_bytes().count(b"\x1dV\x00") == 3


def test_print_test_on_a_windows_printer_says_why_in_the_users_language() -> None:
    fr = run_guichet(["print-test", "--printer", "win:EPSON TM-T20III Receipt"])
    assert fr.returncode == 1
    assert "windows_only" in fr.stderr
    assert f"ne sert que sous Windows{NBSP}: sur cet ordinateur" in fr.stderr
    en = run_guichet(["print-test", "--printer", "win:", "--lang", "en"])
    assert en.returncode == 1
    assert "Incomplete printer address" in en.stderr
    helped = run_guichet(["print-test", "--help"])
    assert "win:NAME (Windows)" in helped.stdout
