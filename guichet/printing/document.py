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


Document = ReceiptDocument | ReportDocument
