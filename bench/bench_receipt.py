"""receipt_escpos_ms: rendering a 20-line receipt to ESC/POS bytes (python-escpos Dummy)."""

from __future__ import annotations

import time

from bench.common import median
from guichet.printing.document import DocLine, DocRow, ReceiptDocument
from guichet.printing.escpos import render_bytes


def twenty_line_receipt() -> ReceiptDocument:
    lines = tuple(
        DocLine(
            description=["Adulte", "Enfant", "Aîné", "Étudiant"][i % 4],
            detail=f"Le Malade imaginaire — samedi {5 + i % 3} décembre 2026, 20 h",
            quantity=1 + i % 3,
            unit_price="42,00\u00a0$",
            total=f"{42 * (1 + i % 3)},00\u00a0$",
            regular_unit_price="50,00\u00a0$" if i % 5 == 0 else None,
        )
        for i in range(20)
    )
    return ReceiptDocument(
        title="REÇU",
        organisation="Les Productions du Quai",
        header_lines=("125, rue du Quai", "Québec (Québec) G1K 4A1"),
        meta_rows=(
            DocRow("Reçu n°", "000123"),
            DocRow("Caisse", "Caisse 1"),
            DocRow("Caissier", "Sophie Gagnon"),
            DocRow("Commande", "K7M2Q-X9PTR-4HWC8"),
        ),
        lines=lines,
        total_rows=(
            DocRow("Sous-total", "1 680,00\u00a0$"),
            DocRow("TPS 5\u00a0%", "84,00\u00a0$"),
            DocRow("TVQ 9,975\u00a0%", "167,58\u00a0$"),
            DocRow("TOTAL", "1 931,58\u00a0$", bold=True),
        ),
        payment_rows=(
            DocRow("Espèces", "2 000,00\u00a0$"),
            DocRow("Monnaie rendue", "68,40\u00a0$"),
        ),
        footer_lines=("TPS 123456789 RT0001", "TVQ 1234567890 TQ0001", "Merci et bon spectacle !"),
        qr_payload="K7M2QX9PTR4HWC8",
        qr_caption="K7M2Q-X9PTR-4HWC8",
    )


def run(repeats: int = 300) -> dict[str, object]:
    doc = twenty_line_receipt()
    render_bytes(doc)  # warm caches (code page tables, QR encoder)
    timings = []
    for _ in range(repeats):
        start = time.perf_counter()
        data = render_bytes(doc)
        timings.append((time.perf_counter() - start) * 1000)
    return {"receipt_escpos_ms": round(median(timings), 3), "receipt_bytes": len(data)}


if __name__ == "__main__":
    print(run())
