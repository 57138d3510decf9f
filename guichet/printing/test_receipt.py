"""The receipt printed by ``guichet print-test --printer URI``.

It exercises what goes wrong on a newly installed printer: accents and French punctuation
(code page), amounts with no-break spaces, a promotional price, bold and double-size text,
the QR code and the cut. The name is ``build_test_receipt`` so pytest never collects it.
"""

from __future__ import annotations

from datetime import datetime

from guichet.i18n.documents import word
from guichet.printing.document import DocLine, DocRow, ReceiptDocument

NNBSP = "\u202f"  # thousands separator in fr-CA amounts
NBSP = "\u00a0"  # between an amount and "$" in fr-CA

# Fake sales: (description fr, description en, quantity, unit, regular unit or None).
_FAKE_LINES: tuple[tuple[str, str, int, int, int | None], ...] = (
    ("Adulte", "Adult", 2, 2500, None),
    ("Étudiant", "Student", 1, 2000, 2500),
    ("Forfait saison", "Season pass", 1, 123450, None),
)
_FAKE_DETAIL = {
    "fr": "Le Malade imaginaire — samedi 5 décembre 2026, 20\u00a0h",
    "en": "The Imaginary Invalid — Saturday, December 5, 2026, 8\u00a0p.m.",
}
_TAX_LABELS = {"fr": ("TPS 5 %", "TVQ 9,975 %"), "en": ("GST 5%", "QST 9.975%")}


def _money(cents: int, lang: str) -> str:
    units, rest = divmod(abs(cents), 100)
    sign = "-" if cents < 0 else ""
    if lang == "en":
        return f"{sign}${units:,}.{rest:02d}"
    grouped = f"{units:,}".replace(",", NNBSP)
    return f"{sign}{grouped},{rest:02d}{NBSP}$"


def _round_half_up(numerator: int, denominator: int) -> int:
    return (2 * numerator + denominator) // (2 * denominator)


def build_test_receipt(
    lang: str = "fr", printer_uri: str = "", *, now: datetime | None = None
) -> ReceiptDocument:
    """A self-describing test receipt for the printer at ``printer_uri``."""
    lang = lang if lang in _TAX_LABELS else "fr"
    now = now or datetime.now()
    lines = tuple(
        DocLine(
            description=fr if lang == "fr" else en,
            detail=_FAKE_DETAIL[lang],
            quantity=quantity,
            unit_price=_money(unit, lang),
            total=_money(unit * quantity, lang),
            regular_unit_price=_money(regular, lang) if regular else None,
        )
        for fr, en, quantity, unit, regular in _FAKE_LINES
    )
    subtotal = sum(quantity * unit for _, _, quantity, unit, _ in _FAKE_LINES)
    gst = _round_half_up(subtotal * 5, 100)
    qst = _round_half_up(subtotal * 9975, 100_000)
    total = subtotal + gst + qst
    tendered = -(-total // 10_000) * 10_000  # next 100 $ bill
    gst_label, qst_label = _TAX_LABELS[lang]
    stamp = now.strftime("%Y-%m-%d %H:%M:%S")
    return ReceiptDocument(
        title=word("test_receipt", lang),
        organisation="Guichet",
        header_lines=(word("accents_test", lang),),
        meta_rows=(
            DocRow(word("printer", lang), printer_uri or "-"),
            DocRow(word("printed_at", lang), stamp),
        ),
        lines=lines,
        total_rows=(
            DocRow(word("subtotal", lang), _money(subtotal, lang)),
            DocRow(gst_label, _money(gst, lang)),
            DocRow(qst_label, _money(qst, lang)),
            DocRow(word("total", lang), _money(total, lang), bold=True),
        ),
        payment_rows=(
            DocRow(word("cash", lang), _money(tendered, lang)),
            DocRow(word("change", lang), _money(tendered - total, lang)),
        ),
        footer_lines=(word("qr_test", lang),),
        qr_payload=f"GUICHET-TEST-{now:%Y%m%d%H%M%S}",
        # The caption is the last thing printed before the cut, where "The cut follows." belongs.
        qr_caption=word("cut_test", lang),
    )
