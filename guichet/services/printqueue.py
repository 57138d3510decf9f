"""The receipt print queue: a printer that is off never loses or blocks a sale.

Jobs are written in the sale's transaction (see :class:`guichet.services.counter.Counter`);
this worker sends them to the printer afterwards, off the UI thread, and records why one failed
so the cashier sees it and can reprint once the printer is back.

The kinds of job::

    receipt           the receipt ``receipt_id`` (a sale's, a refund's)
    reprint           a copy of it, marked DUPLICATA
    ticket            the ticket ``subject_id`` (a Ticket row); ``receipt_id``: its sale's
    ticket_copy       a reprint of that ticket, marked COPIE
    receipt_tickets   the receipt and its valid tickets on one strip (combined printing)
    card, booking     a card sold (``subject_id``), a booking's ticket (``subject_id``)
    zreport           the Z report of ``shift_id``
    ticket:N          the N-th ticket of the receipt's order (queued by earlier versions)

A ticket is built from its row when it prints, not when it was queued: one refunded in
between is not printed at all (its job ends "cancelled", ``ticket_void``), never as valid.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from guichet.models.base import utcnow
from guichet.models.tables import Order, Organisation, PrintJob, Receipt, Ticket
from guichet.printing.document import Document
from guichet.services import documents
from guichet.services.views import PrintJobView

#: Organisation.ticket_printing: each ticket its own job after the receipt (the default), or
#: the receipt and its tickets as one job on one strip.
TICKET_PRINTING_MODES = ("separate", "combined")

#: Why a job was dropped rather than printed: its ticket no longer admits anyone.
TICKET_VOID = "ticket_void"

log = logging.getLogger("guichet.printing")


class JobWriter:
    """Adds print jobs in the caller's transaction (the sale's), in the order they must print:
    each job is stamped a microsecond after the one before, so the queue never reorders
    jobs written in the same instant."""

    def __init__(self, session: Session, terminal_id: str) -> None:
        self.session = session
        self.terminal_id = terminal_id
        self._at = utcnow()

    def add(
        self,
        kind: str,
        *,
        receipt_id: str | None = None,
        subject_id: str | None = None,
        shift_id: str | None = None,
    ) -> PrintJob:
        job = PrintJob(
            terminal_id=self.terminal_id,
            kind=kind,
            receipt_id=receipt_id,
            subject_id=subject_id,
            shift_id=shift_id,
            created_at=self._at,
        )
        self._at += timedelta(microseconds=1)
        self.session.add(job)
        return job

    def order(
        self,
        order_id: str,
        receipt_id: str,
        *,
        tickets: Sequence[str] | None = None,
        organisation_id: str | None = None,
    ) -> None:
        """A sale's receipt and one ticket per admission, as the organisation prints them:
        the receipt then each ticket (``separate``), or all on one strip (``combined``).
        ``tickets`` (valid, in print order) and ``organisation_id``: a sale just written
        gives them, so its transaction reads nothing more for its print jobs."""
        if tickets is None:
            tickets = documents.valid_ticket_ids(self.session, order_id)
        if tickets and _printing_mode(self.session, order_id, organisation_id) == "combined":
            self.add("receipt_tickets", receipt_id=receipt_id)
            return
        self.add("receipt", receipt_id=receipt_id)
        for ticket_id in tickets:
            self.add("ticket", receipt_id=receipt_id, subject_id=ticket_id)

    def tickets(self, ticket_ids: list[str], *, receipt_id: str | None = None) -> None:
        for ticket_id in ticket_ids:
            self.add("ticket", receipt_id=receipt_id, subject_id=ticket_id)


def _printing_mode(session: Session, order_id: str, organisation_id: str | None) -> str:
    """:func:`ticket_printing`, from the organisation's row the session holds when it is
    named (the sale's handler read it)."""
    if organisation_id is not None:
        organisation = session.get(Organisation, organisation_id)
        if organisation is not None:
            mode = organisation.ticket_printing
            return mode if mode in TICKET_PRINTING_MODES else "separate"
    return ticket_printing(session, order_id)


def ticket_printing(session: Session, order_id: str) -> str:
    """The organisation's ticket printing mode for this order ("separate" when unknown)."""
    mode = session.scalar(
        select(Organisation.ticket_printing)
        .join(Order, Order.organisation_id == Organisation.id)
        .where(Order.id == order_id)
    )
    return mode if mode in TICKET_PRINTING_MODES else "separate"


def sale_receipt_id(session: Session, order_id: str | None) -> str | None:
    """The receipt of an order's sale (not of its refunds)."""
    if order_id is None:
        return None
    return session.scalar(
        select(Receipt.id).where(Receipt.order_id == order_id, Receipt.kind == "sale")
    )

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

    def document_for(self, session: Session, job: PrintJob) -> Document | None:
        """What ``job`` prints now, or None when it has nothing valid left to print (its
        ticket was refunded, cancelled or exchanged since it was queued)."""
        if job.kind == "zreport":
            assert job.shift_id is not None
            return documents.zreport_document(session, job.shift_id, self.lang)
        if job.kind == "card":
            assert job.subject_id is not None
            return documents.card_document(session, job.subject_id, self.lang)
        if job.kind in ("ticket", "ticket_copy", "booking") or job.kind.startswith("ticket:"):
            ticket_id = self._ticket_of(session, job)
            if ticket_id is None:
                return None
            copy_at: datetime | None = job.created_at if job.kind == "ticket_copy" else None
            ticket = documents.ticket_document(session, ticket_id, self.lang, copy_at=copy_at)
            return ticket if ticket.valid else None
        assert job.receipt_id is not None
        if job.kind == "receipt_tickets":
            return documents.receipt_with_tickets(session, job.receipt_id, self.lang)
        return documents.receipt_document(
            session, job.receipt_id, self.lang, reprint=job.kind == "reprint"
        )

    @staticmethod
    def _ticket_of(session: Session, job: PrintJob) -> str | None:
        if job.kind == "booking":  # a booking's ticket
            return session.scalar(select(Ticket.id).where(Ticket.booking_id == job.subject_id))
        if job.kind.startswith("ticket:"):
            # Queued by an earlier version: the N-th ticket of the receipt's order.
            receipt = session.get(Receipt, job.receipt_id) if job.receipt_id else None
            number = job.kind.partition(":")[2]
            if receipt is None or not number.isdigit():
                return None
            ids = documents.order_ticket_ids(session, receipt.order_id)
            return ids[int(number) - 1] if 1 <= int(number) <= len(ids) else None
        return job.subject_id

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
        if document is None:
            return self._drop(job_id, TICKET_VOID)
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
            fields = {"job": job.kind, "job_id": job_id, "attempt": job.attempts}
        fields["printer"] = self.printer_uri or ""
        if ok:
            first = fields["attempt"] == 1
            log.info("print job sent" if first else "print job retried", extra=fields)
        else:
            log.warning("print job failed", extra={**fields, "error": code, "detail": detail})
        return PrintOutcome(job_id, ok, code, detail)

    def _drop(self, job_id: str, reason: str) -> PrintOutcome:
        """Not printed, on purpose (not a printer failure: the run goes on)."""
        with self.session_factory() as session, session.begin():
            job = session.get(PrintJob, job_id)
            assert job is not None
            job.status = "cancelled"
            job.last_error = reason
        return PrintOutcome(job_id, True, reason)

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
