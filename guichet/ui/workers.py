"""Run a plain-Python job off the UI thread and report back with signals.

The job itself knows nothing of Qt (dangerzone's shape): this thin wrapper adds the signals.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QThread, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog


class RunnerThread(QThread):
    succeeded = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)

    def __init__(self, job: Callable[..., Any], *args: Any, with_progress: bool = False) -> None:
        super().__init__()
        self._job = job
        self._args = args
        self._with_progress = with_progress

    def run(self) -> None:
        try:
            if self._with_progress:
                result = self._job(*self._args, progress=self.progress.emit)
            else:
                result = self._job(*self._args)
        except Exception as exc:  # noqa: BLE001 - reported to the window, never swallowed
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)


class BusyDialog(QDialog):
    """A dialog running a background job: while ``running``, closing it (Esc, the window's
    ×, ``done``) asks the job to stop with :meth:`cancel` instead of closing under it."""

    running = False

    def cancel(self) -> None:  # subclasses stop their job
        raise NotImplementedError

    def reject(self) -> None:
        if self.running:
            self.cancel()
            return
        super().reject()

    def done(self, result: int) -> None:
        if self.running:
            self.cancel()
            return
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.running:
            self.cancel()
            event.ignore()
            return
        super().closeEvent(event)
