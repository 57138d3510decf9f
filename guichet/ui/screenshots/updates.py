"""Screenshot builder of updates (issue 19, part 8): the login screen of a counter the server
refused as too old, its banner read from the notice kept beside the database."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QWidget

from guichet import __version__
from guichet.domain.versions import parse
from guichet.sync.engine import SyncStatus
from guichet.ui.screenshots.registry import SCREENSHOT_NOW, ScreenshotContext, screenshot


@screenshot("login-update")
def _login_update_window(ctx: ScreenshotContext) -> QWidget:
    """The server asks for the next minor version; the organisation's download place."""
    from guichet.sync.updates import TOO_OLD, UpdateNotice, notice_path, save_notice
    from guichet.ui.main_window import MainWindow

    current = parse(__version__)
    minimum = f"{current.major}.{current.minor + 1}.0"
    notice = UpdateNotice(
        TOO_OLD, __version__, minimum=minimum, download_url="https://quai.example/downloads"
    )
    save_notice(notice_path(ctx.counter.session_factory), notice)
    window = MainWindow(ctx.counter)
    # As a paired counter's status bar says it (no server is asked for the picture): the
    # sales of the evening wait in the outbox.
    window.sync_button.show_status(
        SyncStatus(
            online=True,
            waiting=3,
            last_success=SCREENSHOT_NOW - timedelta(hours=2),
            error="counter_too_old",
            rejected=0,
            update=notice,
        )
    )
    return window
