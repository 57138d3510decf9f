"""Screenshot builder of the sync windows (issue 6): the pairing dialog and the status button.

Nothing here contacts a server: the dialog shows a server check and a first sync as they
look halfway through, and the status button its sentences for made-up statuses.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QGridLayout, QLabel, QVBoxLayout, QWidget

from guichet.domain import codes
from guichet.sync.engine import SyncStatus
from guichet.ui.screenshots.registry import SCREENSHOT_NOW, ScreenshotContext, screenshot


@screenshot("sync")
def _sync_window(ctx: ScreenshotContext) -> QWidget:
    """A new counter being paired (server checked, code typed in lower case, the first sync
    halfway), and under it the status-bar button as a cashier sees it all evening."""
    from guichet.sync.preflight import local_schema_revision as head_revision
    from guichet.ui.sync import PairDialog, SyncStatusButton

    sheet = QWidget()
    sheet.setWindowTitle(QCoreApplication.translate("sync", "Synchronisation"))
    sheet.setObjectName("syncSheet")
    sheet.setStyleSheet("#syncSheet { background: #dfe3e8; }")

    # Never used: pairing only happens when « Jumeler » is clicked.
    dialog = PairDialog(ctx.runtime.data_dir / "jumelage" / "guichet.sqlite3")
    dialog.setWindowFlags(Qt.WindowType.Widget)
    dialog.setMinimumWidth(0)
    dialog.url_edit.setText("http://192.168.1.20:8765")
    dialog.insecure_check.setChecked(True)  # a LAN declared trusted (docs/SECURITY.md)
    dialog.show_health({"status": "ok", "schema": head_revision(), "api": "1"}, head_revision())
    body = "K7M2QX9PT"
    code = body + codes.check_symbol_for(body)
    dialog.code_edit.setText(f"{code[:5]}-{code[5:]}".lower())
    dialog.name_edit.setText(QCoreApplication.translate("sync", "Caisse 2 — hall d'entrée"))
    dialog.set_busy(True)
    dialog.progress_bar.setVisible(True)
    dialog.show_progress(1240, 2000)
    layout = dialog.layout()
    assert layout is not None
    # Tighter than the dialog alone, so it and the status bar share a 1366×768 screen.
    layout.setContentsMargins(20, 8, 20, 8)
    layout.setSpacing(6)
    form = dialog.findChild(QFormLayout)
    assert form is not None
    form.setVerticalSpacing(6)

    tz = ctx.counter.organisation.timezone
    now = SCREENSHOT_NOW

    def button(status: SyncStatus | None) -> SyncStatusButton:
        widget = SyncStatusButton(ctx.lang, tz, clock=lambda: now)
        if status is not None:
            widget.show_status(status)
        return widget

    variants = [
        button(SyncStatus(True, 0, now - timedelta(seconds=4), "", 0)),
        button(SyncStatus(False, 3, now - timedelta(minutes=25), "unreachable", 0)),
        button(SyncStatus(False, 1, now - timedelta(minutes=2), "timeout", 0)),
        button(SyncStatus(True, 4, now - timedelta(minutes=38), "terminal_revoked", 0)),
        button(SyncStatus(True, 0, now - timedelta(seconds=7), "", 2)),
        button(None),  # a counter with no server: « Autonome (sans serveur) »
    ]
    bar_title = QLabel(
        QCoreApplication.translate("sync", "Dans la barre d'état, toujours visible\u00a0:")
    )
    bar_title.setStyleSheet("font-weight: bold;")
    grid = QGridLayout()
    grid.setHorizontalSpacing(12)
    grid.setVerticalSpacing(6)
    for index, widget in enumerate(variants):
        grid.addWidget(widget, index // 2, index % 2)

    root = QVBoxLayout(sheet)
    root.setContentsMargins(16, 8, 16, 12)
    root.setSpacing(8)
    root.addWidget(dialog, 1)
    root.addWidget(bar_title)
    root.addLayout(grid)
    sheet.dialog = dialog  # type: ignore[attr-defined]  # kept for tests
    sheet.status_buttons = variants  # type: ignore[attr-defined]
    return sheet
