"""The Journal section's picture: the real log lines of a demo evening (a wrong PIN, a shift
opened, sales, a refund, a printer that is off, the shift closed), as the owner reads them."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from guichet.ui.screenshots.registry import (
    ScreenshotContext,
    _busy_evening,
    _login,
    _user,
    screenshot,
)


def _demo_evening(ctx: ScreenshotContext) -> None:
    from guichet.domain.errors import DomainError
    from guichet.services.printqueue import PrintQueue

    counter = ctx.counter
    try:
        counter.login(_user(counter, "cashier"), "0000")  # a PIN mistyped
    except DomainError:
        pass
    _login(counter, "cashier")
    counter.printing_enabled = True  # receipts queued, as on a counter with its printer
    counter.open_shift(20000)
    _busy_evening(counter)
    # The receipt printer is off: every job waits, the first failure is in the log.
    off = PrintQueue(
        counter.session_factory,
        counter.terminal_id,
        "tcp:127.0.0.1:9",
        print_fn=_printer_off,
    )
    off.process()
    counter.close_shift({}, "")


def _printer_off(_document: object, _uri: str) -> None:
    from guichet.printing.printers import PrinterError

    raise PrinterError("offline", "connection refused")


@screenshot("journal")
def build_journal(ctx: ScreenshotContext) -> QWidget:
    from guichet import logs
    from guichet.ui.admin import AdminWindow
    from guichet.ui.journal import JournalSection

    path = ctx.runtime.data_dir / "logs" / logs.COUNTER_FILE
    with logs.also_to(path):
        _demo_evening(ctx)
        _login(ctx.counter, "owner")
    window = AdminWindow(ctx.counter.back_office())
    section = window.sections["journal"]
    assert isinstance(section, JournalSection)
    section.log_file = path
    window.show_section("journal")
    return window
