"""The receipt print queue: a printer that is off never loses or blocks a sale.

Jobs are written in the sale's transaction (see :class:`guichet.services.counter.Counter`);
this worker sends them to the printer afterwards, off the UI thread, and records why one failed
so the cashier sees it and can reprint once the printer is back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from guichet.models.base import utcnow
from guichet.models.tables import PrintJob
from guichet.printing.document import Document
from guichet.services import documents
from guichet.services.views import PrintJobView

PrintFn = Callable[[Document, str], None]


@dataclass(frozen=True)
class PrintOutcome:
    job_id: str
    ok: bool
    error_code: str = ""
    detail: str = ""


def _print_with_width(width: int) -> PrintFn:
    def send(document: Document, uri: str) -> None:
        from guichet.printing.printers import print_document

        print_document(document, uri, width=width)

    return send


class PrintQueue:
    def __init__(
        self,
        session_factory: sessionmaker[Session],
        terminal_id: str,
        printer_uri: str | None,
        *,
        lang: str = "fr",
        width: int = 48,
        print_fn: PrintFn | None = None,
    ) -> None:
        self.session_factory = session_factory
        self.terminal_id = terminal_id
        self.printer_uri = printer_uri
        self.lang = lang
        # Characters per line: 48 for 80 mm paper, 32 for 58 mm (settings.json "paper_width").
        self.print_fn = print_fn or _print_with_width(width)

    def document_for(self, session: Session, job: PrintJob) -> Document:
        if job.kind == "zreport":
            assert job.shift_id is not None
            return documents.zreport_document(session, job.shift_id, self.lang)
        if job.kind == "card":
            assert job.subject_id is not None
            return documents.card_document(session, job.subject_id, self.lang)
        if job.kind == "booking":
            assert job.subject_id is not None
            return documents.booking_document(session, job.subject_id, self.lang)
        if job.kind.startswith("ticket:"):
            assert job.receipt_id is not None
            return documents.ticket_document(
                session, job.receipt_id, int(job.kind.partition(":")[2]), self.lang
            )
        assert job.receipt_id is not None
        return documents.receipt_document(
            session, job.receipt_id, self.lang, reprint=job.kind == "reprint"
        )

    def process(self, *, include_failed: bool = False) -> list[PrintOutcome]:
        """Print every waiting job in order; stop at the first failure (the printer is down,
        the rest would fail too and keep their order)."""
        statuses = ("pending", "failed") if include_failed else ("pending",)
        outcomes: list[PrintOutcome] = []
        with self.session_factory() as session:
            job_ids = list(
                session.scalars(
                    select(PrintJob.id)
                    .where(PrintJob.terminal_id == self.terminal_id, PrintJob.status.in_(statuses))
                    .order_by(PrintJob.created_at)
                )
            )
        for job_id in job_ids:
            outcome = self.print_job(job_id)
            outcomes.append(outcome)
            if not outcome.ok:
                break
        # This runs off the UI thread right after each sale: the moment to fold the WAL back
        # into the database, so no sale ever pays for a checkpoint.
        bind = self.session_factory.kw.get("bind")
        if bind is not None:
            from guichet.models.db import checkpoint

            checkpoint(bind)
        return outcomes

    def print_job(self, job_id: str) -> PrintOutcome:
        with self.session_factory() as session:
            job = session.get(PrintJob, job_id)
            if job is None or job.status == "printed":
                return PrintOutcome(job_id, True)
            document = self.document_for(session, job)
        if not self.printer_uri:
            return self._record(job_id, False, "no_printer", "")
        try:
            self.print_fn(document, self.printer_uri)
        except Exception as exc:  # noqa: BLE001 - any printer failure must be recorded, not raised
            code = getattr(exc, "code", "io_error")
            detail = getattr(exc, "detail", "") or str(exc)
            return self._record(job_id, False, str(code), detail)
        return self._record(job_id, True)

    def _record(self, job_id: str, ok: bool, code: str = "", detail: str = "") -> PrintOutcome:
        with self.session_factory() as session, session.begin():
            job = session.get(PrintJob, job_id)
            assert job is not None
            job.attempts += 1
            if ok:
                job.status = "printed"
                job.printed_at = utcnow()
                job.last_error = ""
            else:
                job.status = "failed"
                job.last_error = f"{code}: {detail}" if detail else code
        return PrintOutcome(job_id, ok, code, detail)

    def waiting(self) -> list[PrintJobView]:
        """Jobs not printed yet (pending or failed), oldest first."""
        from guichet.services import queries

        with self.session_factory() as session:
            return queries.print_jobs(session, self.terminal_id, ("pending", "failed"))

    def jobs_of_receipt(self, receipt_id: str) -> list[PrintJobView]:
        """Every job of one receipt (the receipt, its copies and tickets), whatever its
        status: what the receipt's window says about its printing."""
        from guichet.services import queries

        with self.session_factory() as session:
            return queries.print_jobs(session, self.terminal_id, None, receipt_id=receipt_id)

    def cancel(self, job_id: str) -> None:
        """Drop a waiting copy the customer no longer needs (the receipt itself stays)."""
        with self.session_factory() as session, session.begin():
            job = session.get(PrintJob, job_id)
            if job is not None and job.status != "printed":
                job.status = "cancelled"
