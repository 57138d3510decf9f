"""The running counter's backups: the shift-close hook and the hourly "is the night's backup
due?" question. The decisions are Qt-free (``services/backups.BackupService``,
``domain/backups.nightly_due``); this only gives them a timer."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Slot

from guichet.services.backups import BackupService
from guichet.startup import Runtime

HOUR_MS = 60 * 60 * 1000
#: The first question waits for the window to be up and the cashier to be selling.
FIRST_CHECK_MS = 60 * 1000


class BackupScheduler(QObject):
    def __init__(self, service: BackupService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.timer = QTimer(self)
        self.timer.setInterval(HOUR_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        QTimer.singleShot(FIRST_CHECK_MS, self.check)

    @Slot()
    def check(self) -> None:
        self.service.nightly_if_due()  # in its own thread; never raises


def start_backups(runtime: Runtime) -> BackupScheduler:
    """Back the counter up at each shift close and each night while it runs."""
    service = BackupService(runtime.data_dir, runtime.counter.clock)
    runtime.counter.after_shift_close = service.after_shift_close
    return BackupScheduler(service)
