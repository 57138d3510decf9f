"""ticket_print_20_ms: the ESC/POS bytes of 20 tickets, each with its QR code (issue 17).

A real sale of 20 admissions on the demo database (SQLite file, the counter's own services)
gives 20 Ticket rows; their documents are built once from the database (timed apart, in the
details), then each run renders the 20 tickets as the print queue sends them by default: 20
jobs, each through python-escpos's ``Dummy`` printer (reset, code page, the ticket's layout,
its native QR code, the cut).

Baseline, measured in the same run and interleaved run by run (which side goes first
alternates): python-escpos writing the same 20 QR codes bare, each on a fresh ``Dummy`` with
its cut, no text at all: what the printer library alone costs for those codes. The ratio says
what the layout adds on top.

Run alone: ``python -m bench.bench_tickets_print``.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path
from typing import Any

from escpos.constants import QR_ECLEVEL_M
from escpos.printer import Dummy

from bench.common import NOON, demo_database, median, percentile
from guichet.domain.cart import Cart
from guichet.models.db import open_local_database
from guichet.printing.document import DocumentSet, TicketDocument
from guichet.printing.escpos import DEFAULT_PROFILE, render_bytes
from guichet.services.counter import Counter

TICKETS = 20


def twenty_tickets(directory: Path) -> tuple[list[TicketDocument], float]:
    """20 tickets sold at the counter (Le Malade imaginaire, 15 adults and 5 children), and
    the milliseconds it took to build their documents from the database."""
    path = demo_database(directory)
    engine, factory = open_local_database(path)
    try:
        counter = Counter(factory, _terminal(factory), clock=lambda: NOON, printing_enabled=False)
        cashier = next(u for u in counter.users() if u.role.value == "cashier")
        counter.login(cashier.id, "1111")
        counter.open_shift(20000)
        show = next(
            o
            for o in counter.occurrences(counter.today())
            if o.event_name == "Le Malade imaginaire"
        )
        categories = {c.code: c.category_id for c in counter.categories(show.id)}
        cart = Cart()
        counter.add_to_cart(cart, show.id, categories["adult"], 15)
        counter.add_to_cart(cart, show.id, categories["child"], 5)
        payment = counter.payment_session(cart)
        payment.add_cash(payment.cash_due)
        sale = counter.sell(cart, payment)
        start = time.perf_counter()
        tickets = counter.tickets_of_receipt(sale.receipt_id)
        built = (time.perf_counter() - start) * 1000
    finally:
        engine.dispose()
    assert len(tickets) == TICKETS and all(t.valid for t in tickets)
    return tickets, built


def _terminal(factory: Any) -> str:
    from sqlalchemy import select

    from guichet.models.tables import Terminal

    with factory() as session:
        return str(session.scalars(select(Terminal.id)).one())


def render_tickets(tickets: list[TicketDocument]) -> int:
    """What the print queue renders for 20 tickets printed separately: 20 jobs."""
    return sum(len(render_bytes(ticket)) for ticket in tickets)


def bare_codes(codes: list[str]) -> int:
    """python-escpos alone: the same QR codes (same size, same error correction), each on a
    fresh printer with its cut."""
    total = 0
    for code in codes:
        printer = Dummy(profile=DEFAULT_PROFILE)
        printer.qr(code, ec=QR_ECLEVEL_M, size=8, native=True)
        printer.cut()
        total += len(printer.output)
    return total


def run(repeats: int = 200) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as tmp:
        tickets, built_ms = twenty_tickets(Path(tmp))
    codes = [t.code for t in tickets]
    render_tickets(tickets)  # warm caches (code page tables, wrapping)
    bare_codes(codes)
    app: list[float] = []
    base: list[float] = []
    size = bare = 0
    for index in range(repeats):
        sides = [("app", tickets), ("base", codes)]
        if index % 2:
            sides.reverse()  # interleaved: neither side always runs on a warmer machine
        for side, _ in sides:
            start = time.perf_counter()
            if side == "app":
                size = render_tickets(tickets)
                app.append((time.perf_counter() - start) * 1000)
            else:
                bare = bare_codes(codes)
                base.append((time.perf_counter() - start) * 1000)
    combined = DocumentSet("BILLETS", tickets[0].organisation, tuple(tickets))
    one_strip: list[float] = []
    for _ in range(repeats // 4):
        start = time.perf_counter()
        strip = render_bytes(combined)
        one_strip.append((time.perf_counter() - start) * 1000)
    value, baseline = median(app), median(base)
    return {
        "ticket_print_20_ms": round(value, 3),
        "runs": repeats,
        "p90_ms": round(percentile(app, 90), 3),
        "baseline_bare_qr_20_ms": round(baseline, 3),
        "baseline_p90_ms": round(percentile(base, 90), 3),
        "ratio": round(value / baseline, 1) if baseline else None,
        "bytes_20_tickets": size,
        "baseline_bytes": bare,
        "combined_strip_20_ms": round(median(one_strip), 3),
        "combined_strip_bytes": len(strip),
        "documents_from_database_20_ms": round(built_ms, 2),
    }


if __name__ == "__main__":
    print(run())
