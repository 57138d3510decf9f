"""The printable documents: built by services from the database, rendered by printers.

Every text is already in the document's language and every amount already formatted, so a
renderer only lays things out: the ESC/POS and PDF renderers can never disagree on content.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class DocLine:
    """One sold (or refunded) line: ``2 × Adulte`` with its event and date under it."""

    description: str  # "Adulte"
    detail: str  # "Le Malade imaginaire — samedi 5 décembre 2026, 20 h"
    quantity: int
    unit_price: str  # formatted
    total: str  # formatted
    regular_unit_price: str | None = None  # formatted; printed struck through when set

    @property
    def count(self) -> str:
        """The quantity as printed: a refund's ``−1`` with a true minus sign (U+2212)."""
        return f"\u2212{-self.quantity}" if self.quantity < 0 else str(self.quantity)


@dataclass(frozen=True)
class DocRow:
    """A label and a value on one row, e.g. ``TPS 5 %  ........  3,25 $``."""

    label: str
    value: str
    bold: bool = False


@dataclass(frozen=True)
class ReceiptDocument:
    title: str  # "REÇU", "REMBOURSEMENT", "DUPLICATA"
    organisation: str
    header_lines: tuple[str, ...]
    meta_rows: tuple[DocRow, ...]  # receipt number, date, counter, cashier, order code
    lines: tuple[DocLine, ...]
    total_rows: tuple[DocRow, ...]  # subtotal, each tax, cash rounding, TOTAL (bold)
    payment_rows: tuple[DocRow, ...]  # "Espèces 80,00 $", "Monnaie rendue 5,25 $", ...
    footer_lines: tuple[str, ...]
    qr_payload: str | None = None  # the order code, scanned back at the counter
    qr_caption: str = ""
    reprint: bool = False
    # More codes to print with their QR code (the cards sold in this order): (payload, caption)
    extra_codes: tuple[tuple[str, str], ...] = ()
    # Under the lines, in their amount column: « Rabais : Bon de 10 $  −10,00 $ » (an amount
    # off the whole cart). Lines + these rows = the subtotal, to the cent.
    discount_rows: tuple[DocRow, ...] = ()


@dataclass(frozen=True)
class ReportSection:
    title: str
    rows: tuple[DocRow, ...]


@dataclass(frozen=True)
class ReportDocument:
    """Z report (and later other printable reports): titled sections of label/value rows."""

    title: str
    organisation: str
    header_lines: tuple[str, ...]
    sections: tuple[ReportSection, ...]
    footer_lines: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class TicketDocument:
    """One admission as printed: what the door and the customer read, and its own code.

    ``seat`` holds the seat's section, row and number as labelled values (empty for general
    admission, then ``admission`` says so). ``copy_mark`` is set on a reprint ("COPIE"): the
    same code (the same admission, admitted once), marked so the door knows it is a copy.
    ``void_mark`` is set on a ticket that is no longer valid (refunded, cancelled, exchanged):
    it is then printed with that mark and without its QR code, never as a valid ticket.
    """

    title: str  # "BILLET"
    organisation: str
    event: str
    when: str  # the date and time in words: "samedi 5 décembre 2026, 20 h"
    venue: str  # "Théâtre du Quai — Grande salle" ("" when the event has none)
    seat: tuple[DocRow, ...]  # (Section, Parterre), (Rangée, F), (Siège, 11)
    admission: str  # "Admission générale" when there is no seat
    rows: tuple[DocRow, ...]  # category, price, holder, ticket n of m
    code: str  # the ticket's code: the QR code's payload
    code_caption: str  # the code grouped as people read it: "K7M2Q-X9PTR-4HWC8"
    footer_lines: tuple[str, ...] = ()
    copy_mark: str = ""  # "COPIE" on a reprint
    copy_line: str = ""  # "Copie imprimée le 5 déc. 2026, 20 h 14"
    void_mark: str = ""  # "REMBOURSÉ — NON VALIDE": printed instead of the QR code
    ticket_id: str = ""  # not printed: which ticket row this is

    @property
    def valid(self) -> bool:
        return not self.void_mark


@dataclass(frozen=True)
class DocumentSet:
    """Documents printed as one job: a receipt and its tickets on one strip (the organisation's
    "combined" ticket printing), or an order's tickets as one PDF (one ticket per page).

    On a thermal printer each part is followed by a cut: ``partial`` between parts (the strip
    holds together by a hinge, torn apart by hand), a full cut after the last.
    """

    title: str  # names the PDF (its metadata and, in a pdf: folder, its file)
    organisation: str
    parts: tuple[ReceiptDocument | TicketDocument, ...]
    cut_between: str = "partial"  # "partial" | "full"


Document = ReceiptDocument | ReportDocument | TicketDocument | DocumentSet
