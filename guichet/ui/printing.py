"""Send the print queue to the printer off the UI thread and tell the cashier how it went.

The sale is already on disk with its print job when :meth:`PrintController.kick` is called: a
printer that is off, unplugged or out of paper only leaves the job waiting in the database
(with the reason), it never blocks the counter or loses the sale.

The status says only what is known: "prête" needs a configured printer; with none it says
"Aucune imprimante configurée" (amber), and a failed job turns it to its error as soon as the
run that met the failure is over (a run stops at the first failure).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from guichet.services.printqueue import PrintOutcome, PrintQueue
from guichet.services.views import PrintJobView
from guichet.ui.messages import message_for_code
from guichet.ui.workers import RunnerThread

log = logging.getLogger(__name__)

WAITING = ("pending", "failed")


def error_code(last_error: str) -> str:
    """The machine code of a job's ``last_error`` ("offline: tcp:...: refused" -> "offline")."""
    return last_error.partition(":")[0].strip() or "io_error"


@dataclass(frozen=True)
class _RunResult:
    outcomes: list[PrintOutcome]
    waiting: list[PrintJobView]


class PrintController(QObject):
    """Runs ``queue.process()`` in a worker thread, one run at a time.

    ``statusChanged(level, sentence)``: level is "ok", "warn" or "error".
    ``finished(outcomes)``: the list of :class:`PrintOutcome` of the run.
    """

    statusChanged = Signal(str, str)
    finished = Signal(list)

    def __init__(self, queue: PrintQueue, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.queue = queue
        self.status: tuple[str, str] = self.describe([], None)
        self.waiting: list[PrintJobView] = []
        self._busy = False
        self._threads: set[RunnerThread] = set()  # kept alive until each thread has ended
        self._again = False
        self._again_failed = False

    @property
    def lang(self) -> str:
        return self.queue.lang

    @property
    def running(self) -> bool:
        return self._busy

    @property
    def configured(self) -> bool:
        """Whether a printer (or a PDF folder) is set in settings.json."""
        return bool(self.queue.printer_uri)

    @property
    def pdf_folder(self) -> str:
        """The folder receipts are written to when the "printer" is ``pdf:``, else ""."""
        uri = (self.queue.printer_uri or "").strip()
        scheme, _, rest = uri.partition(":")
        if scheme.lower() != "pdf":
            return ""
        path = Path(rest.partition("?")[0].removeprefix("//"))
        return str(path if path.is_dir() or path.suffix.lower() != ".pdf" else path.parent)

    # --- runs --------------------------------------------------------------------------

    @Slot()
    def kick(self, include_failed: bool = False) -> None:
        """Print what is waiting; if a run is under way, run once more after it."""
        if self._busy:
            self._again = True
            self._again_failed = self._again_failed or include_failed
            return
        self._busy = True
        thread = RunnerThread(self._run, include_failed)
        thread.succeeded.connect(self._succeeded)
        thread.failed.connect(self._failed)
        thread.finished.connect(self._thread_done)
        self._threads.add(thread)
        thread.start()

    @Slot()
    def retry(self) -> None:
        """Try again every waiting job, failed ones included ("Réessayer tout")."""
        self.kick(include_failed=True)

    def cancel(self, job_id: str) -> None:
        """Drop a waiting job (the receipt itself stays in the database)."""
        self.queue.cancel(job_id)
        self.refresh_status()

    def wait(self, msecs: int = 10_000) -> bool:
        """Block until the runs under way are over (closing the window)."""
        return all(thread.wait(msecs) for thread in list(self._threads))

    def _run(self, include_failed: bool) -> _RunResult:
        """In the worker thread: plain Python, no Qt."""
        outcomes = self.queue.process(include_failed=include_failed)
        return _RunResult(outcomes, self._waiting_jobs())

    def _waiting_jobs(self) -> list[PrintJobView]:
        return self.queue.waiting()

    @Slot(object)
    def _succeeded(self, result: Any) -> None:
        assert isinstance(result, _RunResult)
        self.waiting = result.waiting
        failure = next((o for o in result.outcomes if not o.ok), None)
        self._run_over()
        self._set_status(*self.describe(result.waiting, failure))
        self.finished.emit(list(result.outcomes))

    @Slot(object)
    def _failed(self, error: Any) -> None:
        # Not a printer failure (those are recorded by the queue): the database itself.
        log.error("print queue run failed: %r", error)
        self._run_over()
        reason = message_for_code("io_error", {}, self.lang)
        self._set_status("error", self.tr("{reason} ({detail})").format(
            reason=reason, detail=str(error)))
        self.finished.emit([])

    def _run_over(self) -> None:
        self._busy = False
        if self._again:
            include_failed = self._again_failed
            self._again = self._again_failed = False
            self.kick(include_failed)

    @Slot()
    def _thread_done(self) -> None:
        thread = self.sender()
        if isinstance(thread, RunnerThread):
            # "finished" is sent just before the thread really ends: let it end, then drop it.
            thread.wait()
            self._threads.discard(thread)

    # --- status ------------------------------------------------------------------------

    def refresh_status(self) -> None:
        """Recompute the status from the database without printing (start-up, after cancel)."""
        self.waiting = self._waiting_jobs()
        self._set_status(*self.describe(self.waiting, None))

    def describe(
        self, waiting: list[PrintJobView], failure: PrintOutcome | None
    ) -> tuple[str, str]:
        """The level and the sentence for the status bar."""
        count = len(waiting)
        if not self.configured:
            # Never "prête": nothing will print until a printer is set (amber, not red: the
            # counter works, receipts are shown on screen and can be saved as PDF).
            reason = message_for_code("no_printer", {}, self.lang)
            if count:
                return "warn", self.tr("{reason} %n document(s) en attente.", "", count).format(
                    reason=reason
                )
            return "warn", reason
        if failure is not None:
            code = failure.error_code or "io_error"
        else:
            failed = next((j for j in waiting if j.status == "failed"), None)
            code = error_code(failed.last_error) if failed is not None else ""
        if code:
            reason = message_for_code(code, {}, self.lang)
            level = "warn" if code == "no_printer" else "error"
            return level, self.tr("{reason} %n document(s) en attente.", "", count).format(
                reason=reason
            )
        if count:
            return "warn", self.tr("Imprimante\u00a0: %n document(s) en attente.", "", count)
        return "ok", self.tr("Imprimante\u00a0: prête")

    def _set_status(self, level: str, text: str) -> None:
        self.status = (level, text)
        self.statusChanged.emit(level, text)
