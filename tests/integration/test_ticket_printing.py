"""Issue 17, part 2: every admission prints its ticket, on the thermal printer and as PDF.

A real SQLite file, the real command bus and print queue, python-escpos's real printer classes
(``Dummy`` for the layout, ``File`` for what reaches a printer) and PDFium reading back the
PDF's text. The tests' clock reads noon on Saturday 5 December 2026 in Quebec.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from escpos.printer import Dummy
from sqlalchemy import select

from guichet.domain import codes
from guichet.domain.cart import Cart
from guichet.domain.errors import DomainError
from guichet.models.tables import Organisation, PrintJob, Ticket
from guichet.printing.document import DocRow, Document, DocumentSet, TicketDocument
from guichet.printing.escpos import printable_text, render, render_bytes
from guichet.printing.pdf import render_pdf
from guichet.printing.printers import print_document
from guichet.services.counter import Counter
from guichet.services.printqueue import PrintQueue
from tests.conftest import user_id
from tests.integration.helpers import occurrence_named, sell_cash

FULL_CUT = b"\x1dV\x00"
PART_CUT = b"\x1dV\x01"
QR_STORE = b"\x1d(k"  # GS ( k: a native QR code
DOUBLE_SIZE = b"\x1b!0"  # ESC ! 0x30: double width and height
DOUBLE_HEIGHT = b"\x1b!\x10"  # ESC ! 0x10: double height only


def qr_payloads(data: bytes) -> list[str]:
    """The payloads of the native QR codes in ESC/POS bytes (GS ( k ... 1 P 0 data)."""
    found = []
    for match in re.finditer(rb"\x1d\(k(..)1P0", data, re.DOTALL):
        length = match.group(1)[0] + 256 * match.group(1)[1] - 3
        found.append(data[match.end() : match.end() + length].decode("ascii"))
    return found


def qr_settings(data: bytes) -> list[tuple[int, int]]:
    """(module size, error correction) of each native QR code."""
    sizes = [m[0] for m in re.findall(rb"\x1d\(k\x03\x001C(.)", data, re.DOTALL)]
    levels = [m[0] - 48 for m in re.findall(rb"\x1d\(k\x03\x001E(.)", data, re.DOTALL)]
    return list(zip(sizes, levels, strict=True))


def size_before(data: bytes, position: int) -> bytes:
    """The character size in force at ``position``: the last ESC ! before it."""
    start = data.rindex(b"\x1b!", 0, position)
    return data[start : start + 3]


def pdf_pages(data: bytes) -> list[tuple[tuple[float, float], str]]:
    """Each page's size in points and its text, as PDFium reads them."""
    pdf = pdfium.PdfDocument(data)
    try:
        pages = []
        for page in pdf:
            text = page.get_textpage().get_text_range()
            # PDFium reads a no-break space back as a space.
            text = text.replace("\r\n", "\n").replace("\u00a0", " ")
            pages.append((page.get_size(), text))
        return pages
    finally:
        pdf.close()


def jobs_of(counter: Counter) -> list[PrintJob]:
    with counter.session_factory() as session:
        return list(session.scalars(select(PrintJob).order_by(PrintJob.created_at)))


def codes_of(counter: Counter, order_id: str) -> list[str]:
    from guichet.services.documents import order_ticket_ids

    with counter.session_factory() as session:
        ids = order_ticket_ids(session, order_id)
        rows = {t.id: t.code for t in session.scalars(select(Ticket).where(Ticket.id.in_(ids)))}
        return [rows[i] for i in ids]


class Spool:
    """A printer at a ``file:`` URI, through python-escpos's File class: each job is written
    to a file of its own (a ``file:`` printer adds each job after the last), read back in
    order."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.jobs: list[bytes] = []

    def send(self, document: Document, _uri: str) -> None:
        target = self.folder / f"job-{len(self.jobs) + 1}.bin"
        target.unlink(missing_ok=True)
        print_document(document, f"file:{target}")
        self.jobs.append(target.read_bytes())

    @property
    def data(self) -> bytes:
        return b"".join(self.jobs)


@pytest.fixture
def spool(tmp_path: Path) -> Spool:
    return Spool(tmp_path)


def queue_for(counter: Counter, target: Spool | str | None) -> PrintQueue:
    if isinstance(target, Spool):
        return PrintQueue(
            counter.session_factory,
            counter.terminal_id,
            "file:/spool",
            lang=counter.lang,
            print_fn=target.send,
        )
    return PrintQueue(counter.session_factory, counter.terminal_id, target, lang=counter.lang)


def set_ticket_printing(counter: Counter, mode: str) -> None:
    """What the owner does in the back office's Organisation section."""
    from dataclasses import asdict

    counter.login(user_id(counter, "Marie"), "9999")
    office = counter.back_office()
    settings = asdict(office.organisation.settings())
    for key in ("id", "gst_rate", "qst_rate", "ticket_printing"):
        settings.pop(key)
    office.organisation.save(**settings, gst_rate="5", qst_rate="9,975", ticket_printing=mode)


# --- the thermal layout --------------------------------------------------------------------


LONG_NAME = (
    "Le Bourgeois gentilhomme, comédie-ballet en cinq actes de Molière et Jean-Baptiste "
    "Lully — version intégrale avec chœur"
)


def sample_ticket(**changes: object) -> TicketDocument:
    values: dict[str, object] = dict(
        title="BILLET",
        organisation="Théâtre du Cœur-Vaillant",
        event=LONG_NAME,
        when="samedi 5 décembre 2026, 20\u00a0h",
        venue="Salle Émile-Légaré — Grande salle",
        seat=(DocRow("Section", "Parterre"), DocRow("Rangée", "F"), DocRow("Siège", "12")),
        admission="Admission générale",
        rows=(
            DocRow("Tarif", "Aîné"),
            DocRow("Prix", "38,50\u00a0$"),
            DocRow("Au nom de", "Hélène Côté-Bérubé", bold=True),
        ),
        code="K7M2QX9PTR4HWC8",
        code_caption="K7M2Q-X9PTR-4HWC8",
        footer_lines=("Ouverture des portes à 19\u00a0h\u00a030.",),
    )
    values.update(changes)
    return TicketDocument(**values)  # type: ignore[arg-type]


def test_thermal_ticket_with_accents_a_long_name_a_seat_and_its_qr_code() -> None:
    printer = Dummy(profile="TM-T88V")
    render(sample_ticket(), printer, width=48)
    data: bytes = printer.output

    assert data.startswith(b"\x1b@") and b"\x1bt\x02" in data  # ESC @, then CP850 explicitly
    # French letters in CP850; what CP850 lacks (œ, —) transliterated, never "?".
    for text in ("Théâtre du Cœur-Vaillant", "Salle Émile-Légaré — Grande salle", "Aîné"):
        assert printable_text(text).encode("cp850") in data
    assert "Cœur".encode("cp850", "replace") not in data and b"Coeur" in data
    assert b"?" not in data.replace(b"\x1d(k", b"")
    # The long name is too long for three lines at double size: double height, 48 columns,
    # broken between words.
    name = printable_text(LONG_NAME)
    assert len(textwrap.wrap(name, 24)) > 3
    wrapped = textwrap.wrap(name, 48, break_on_hyphens=False)
    block = ("\n".join(wrapped) + "\n").encode("cp850")
    assert block in data
    assert size_before(data, data.index(block)) == DOUBLE_HEIGHT
    # The seat in three columns at double height, under its three labels.
    assert "    Section          Rangée          Siège\n".encode("cp850") in data
    seat = b"    Parterre           F               12\n"
    assert size_before(data, data.index(seat)) == DOUBLE_HEIGHT
    assert printable_text("Hélène Côté-Bérubé").encode("cp850") in data
    # Its own code as a native QR code, larger than a receipt's and with error correction M,
    # then in text, grouped; then the cut.
    assert qr_payloads(data) == ["K7M2QX9PTR4HWC8"]
    assert qr_settings(data) == [(8, 1)]
    assert b"K7M2Q-X9PTR-4HWC8\n" in data
    assert data.index(b"K7M2Q-X9PTR-4HWC8\n") > data.index(QR_STORE)
    assert data.endswith(FULL_CUT) and data.count(b"\x1dV") == 1


def test_a_short_name_prints_at_double_size_and_58mm_paper_keeps_every_line_in_width() -> None:
    data = render_bytes(sample_ticket(event="Cyrano de Bergerac"), width=48)
    name = data.index(b"Cyrano de Bergerac\n")
    assert size_before(data, name) == DOUBLE_SIZE
    narrow = render_bytes(sample_ticket(), width=32)
    # 58 mm paper: smaller QR modules, a long section name stacks the seat's rows.
    assert qr_settings(narrow) == [(6, 1)]
    long_section = sample_ticket(
        seat=(DocRow("Section", "Corbeille côté jardin"), DocRow("Rangée", "AA"),
              DocRow("Siège", "104")),
    )  # fmt: skip
    stacked = render_bytes(long_section, width=32)
    value = "Corbeille côté jardin".encode("cp850")
    assert re.search(rb"Section +" + value + rb"\n", stacked)
    assert size_before(stacked, stacked.index(value)) == DOUBLE_HEIGHT


def test_a_void_ticket_prints_marked_and_without_a_qr_code() -> None:
    data = render_bytes(sample_ticket(void_mark="REMBOURSÉ — NON VALIDE"))
    assert QR_STORE not in data
    assert b"\x1dB\x01" in data  # white on black
    assert printable_text(" REMBOURSÉ — NON VALIDE ").encode("cp850") in data
    copy = render_bytes(sample_ticket(copy_mark="COPIE", copy_line="Copie imprimée le 2026-12-05"))
    assert b" COPIE " in copy and qr_payloads(copy) == ["K7M2QX9PTR4HWC8"]
    # The PDF says the same: the mark on a black band, the copy's line under the code.
    ((_size, void_text),) = pdf_pages(
        render_pdf(sample_ticket(void_mark="REMBOURSÉ — NON VALIDE"), page="letter")
    )
    assert void_text.count("REMBOURSÉ — NON VALIDE") == 2 and "K7M2Q-X9PTR-4HWC8" in void_text
    ((_size, copy_text),) = pdf_pages(
        render_pdf(sample_ticket(copy_mark="COPIE", copy_line="Copie imprimée le 2026-12-05"))
    )
    assert "COPIE" in copy_text.split("\n") and "Copie imprimée le 2026-12-05" in copy_text


# --- counter sales: one ticket per admission, after the receipt ------------------------------


def test_a_counter_sale_prints_its_receipt_then_one_ticket_per_admission(
    cashier_counter: Counter, spool: Spool
) -> None:
    show = occurrence_named(cashier_counter, "Le Malade imaginaire")
    sale = sell_cash(cashier_counter, show.id, adult=2, child=1)
    jobs = jobs_of(cashier_counter)
    assert [j.kind for j in jobs] == ["receipt", "ticket", "ticket", "ticket"]
    assert {j.receipt_id for j in jobs} == {sale.receipt_id}

    outcomes = queue_for(cashier_counter, spool).process()
    assert [o.ok for o in outcomes] == [True] * 4
    data = spool.data
    # What reached the printer: four jobs, each cut free; the receipt's QR code is the
    # order's, each ticket's its own.
    assert data.count(FULL_CUT) == 4 and PART_CUT not in data
    tickets = codes_of(cashier_counter, sale.order_id)
    with cashier_counter.session_factory() as session:
        from guichet.models.tables import Order

        order = session.get(Order, sale.order_id)
        assert order is not None
    assert qr_payloads(data) == [order.code, *tickets]
    first_ticket = data.index(FULL_CUT) + len(FULL_CUT)
    ticket_part = data[first_ticket:]
    assert printable_text("Le Malade imaginaire").encode("cp850") in ticket_part
    assert "samedi 5 décembre 2026, 20 h".encode("cp850") in ticket_part
    venue = cashier_counter.tickets_of_receipt(sale.receipt_id)[0].venue
    assert venue and printable_text(venue).encode("cp850") in ticket_part
    assert b"Admission g\x82n\x82rale" in ticket_part  # no seat: general admission (CP850 é)
    for code in tickets:
        assert f"{codes.display(code)}\n".encode() in ticket_part
    assert b"1 sur 3" in ticket_part and b"3 sur 3" in ticket_part
    assert ticket_part.count(b"Adulte") == 2 and ticket_part.count(b"Enfant") == 1
    # The order code is on the receipt, never on a ticket handed to someone else.
    assert codes.display(order.code).encode() not in ticket_part


def test_a_printer_failure_keeps_the_tickets_waiting_and_the_sale_recorded(
    cashier_counter: Counter, spool: Spool
) -> None:
    show = occurrence_named(cashier_counter, "Le Malade imaginaire")
    sale = sell_cash(cashier_counter, show.id, adult=2)
    unplugged = queue_for(cashier_counter, "file:/dev/usb/lp-guichet-absent")
    outcomes = unplugged.process()
    assert [(o.ok, o.error_code) for o in outcomes] == [(False, "unplugged")]
    assert cashier_counter.order(sale.order_id).total == sale.total
    assert [j.status for j in jobs_of(cashier_counter)] == ["failed", "pending", "pending"]
    back = queue_for(cashier_counter, spool).process(include_failed=True)
    assert [o.ok for o in back] == [True, True, True]
    assert spool.data.count(FULL_CUT) == 3


def test_alacarte_places_and_card_bookings_print_their_own_tickets(
    cashier_counter: Counter,
) -> None:
    from tests.integration.test_cards_service import family_card, occurrence_at

    swim = occurrence_at(cashier_counter, "Bain libre", 18)
    cart = Cart()
    cashier_counter.add_alacarte_to_cart(cart, swim.id, 2)
    payment = cashier_counter.payment_session(cart)
    payment.add_cash(payment.cash_due)
    sale = cashier_counter.sell(cart, payment)
    assert [j.kind for j in jobs_of(cashier_counter)] == ["receipt", "ticket", "ticket"]

    scan = cashier_counter.cards.lookup(family_card(cashier_counter))
    julie, _marc, lea, _noah = scan.members
    made = cashier_counter.cards.book(
        scan.card_id or "", swim.id, [(julie.id, julie.name), (lea.id, lea.name)]
    )
    queue = queue_for(cashier_counter, None)
    printed: list[TicketDocument] = []
    with cashier_counter.session_factory() as session:
        for job in jobs_of(cashier_counter):
            document = queue.document_for(session, job)
            if isinstance(document, TicketDocument):
                printed.append(document)
        booked = {
            t.booking_id: t.code
            for t in session.scalars(select(Ticket).where(Ticket.booking_id.is_not(None)))
        }
    alacarte, bookings = printed[:2], printed[2:]
    assert [t.code for t in alacarte] == codes_of(cashier_counter, sale.order_id)
    assert all(("Tarif", "À la carte") in [(r.label, r.value) for r in t.rows] for t in alacarte)
    # A booking's ticket carries its own code, never the card's (the card is a bearer code).
    assert [t.code for t in bookings] == [booked[b] for b in made.booking_ids]
    assert [r.value for t in bookings for r in t.rows if r.label == "Au nom de"] == [
        julie.name,
        lea.name,
    ]
    assert all(scan.code not in (t.code, t.code_caption) for t in bookings)


# --- combined printing, copies, refunds ----------------------------------------------------


def test_combined_printing_puts_the_receipt_and_its_tickets_on_one_strip(
    counter: Counter, spool: Spool
) -> None:
    set_ticket_printing(counter, "combined")
    with counter.session_factory() as session:
        assert session.scalars(select(Organisation.ticket_printing)).one() == "combined"
    counter.logout()
    counter.login(user_id(counter, "Sophie"), "1111")
    counter.open_shift(20000)
    show = occurrence_named(counter, "Le Malade imaginaire")
    sale = sell_cash(counter, show.id, adult=2)
    assert [(j.kind, j.receipt_id) for j in jobs_of(counter)] == [
        ("receipt_tickets", sale.receipt_id)
    ]
    assert [o.ok for o in queue_for(counter, spool).process()] == [True]
    data = spool.data
    # One strip: the receipt, a partial cut, a ticket, a partial cut, a ticket, cut free.
    assert data.count(PART_CUT) == 2 and data.count(FULL_CUT) == 1 and data.endswith(FULL_CUT)
    receipt, first, second = re.split(rb"\x1dV[\x00\x01]", data)[:3]
    assert b"RE\x80U" in receipt  # « REÇU » in CP850
    tickets = codes_of(counter, sale.order_id)
    assert qr_payloads(first) == [tickets[0]] and qr_payloads(second) == [tickets[1]]
    # Back to separate: the next sale's tickets are jobs of their own again.
    set_ticket_printing(counter, "separate")
    counter.login(user_id(counter, "Sophie"), "1111")
    sell_cash(counter, show.id, adult=1)
    assert [j.kind for j in jobs_of(counter)][-2:] == ["receipt", "ticket"]


def test_an_unknown_ticket_printing_mode_is_refused_in_words(counter: Counter) -> None:
    from guichet.ui.messages import message_for

    with pytest.raises(DomainError) as error:
        set_ticket_printing(counter, "stapled")
    assert error.value.code == "ticket_printing_unknown"
    assert "stapled" in message_for(error.value, "fr") and "«\u00a0combined\u00a0»" in (
        message_for(error.value, "fr")
    )
    with counter.session_factory() as session:
        assert session.scalars(select(Organisation.ticket_printing)).one() == "separate"


def test_a_reprinted_ticket_is_marked_as_a_copy(
    cashier_counter: Counter, make_counter, spool: Spool  # type: ignore[no-untyped-def]
) -> None:
    show = occurrence_named(cashier_counter, "Le Malade imaginaire")
    sale = sell_cash(cashier_counter, show.id, adult=2)
    queue_for(cashier_counter, spool).process()
    first, second = cashier_counter.tickets_of_receipt(sale.receipt_id)
    assert not first.copy_mark and first.valid

    job_id = cashier_counter.reprint_ticket(second.ticket_id)
    spool.jobs.clear()
    assert [o.job_id for o in queue_for(cashier_counter, spool).process()] == [job_id]
    data = spool.data
    assert b" COPIE " in data and "Copie imprimée le".encode("cp850") in data
    assert qr_payloads(data) == [second.code]  # the same admission: admitted once at the door
    assert b"\x1dB\x01" in data  # the mark is white on black

    english = make_counter(lang="en")
    english.login(user_id(english, "Sophie"), "1111")
    english.reprint_ticket(first.ticket_id)
    spool.jobs.clear()
    queue_for(english, spool).process()
    data = spool.data
    assert b" COPY " in data and b"Copy printed" in data and qr_payloads(data) == [first.code]
    assert b"Saturday, December 5, 2026, 8:00 p.m." in data and b"General admission" in data


def test_a_refunded_ticket_is_never_printed_as_valid(
    cashier_counter: Counter, supervisor, spool: Spool  # type: ignore[no-untyped-def]
) -> None:
    show = occurrence_named(cashier_counter, "Le Malade imaginaire")
    sale = sell_cash(cashier_counter, show.id, adult=2)
    kept, refunded = codes_of(cashier_counter, sale.order_id)
    # The printer was off; one of the two tickets is refunded before it comes back.
    line = cashier_counter.order(sale.order_id).lines[0]
    cashier_counter.refund(sale.order_id, {line.id: 1}, supervisor)
    outcomes = queue_for(cashier_counter, spool).process()
    assert [(o.ok, o.error_code) for o in outcomes] == [
        (True, ""),
        (True, ""),
        (True, "ticket_void"),
        (True, ""),
    ]
    data = spool.data
    assert refunded not in "".join(qr_payloads(data))
    assert codes.display(refunded).encode() not in data
    assert kept in qr_payloads(data)
    assert [j.status for j in jobs_of(cashier_counter)] == [
        "printed",
        "printed",
        "cancelled",
        "printed",
    ]
    # Shown on screen, it says so and carries no QR code; a copy is refused in words.
    shown = cashier_counter.tickets_of_receipt(sale.receipt_id)[1]
    assert shown.void_mark == "REMBOURSÉ — NON VALIDE" and not shown.valid
    assert QR_STORE not in render_bytes(shown)
    with pytest.raises(DomainError) as error:
        cashier_counter.reprint_ticket(shown.ticket_id)
    assert error.value.code == "ticket_not_valid"
    from guichet.ui.messages import message_for

    assert codes.display(refunded) in message_for(error.value, "fr")


# --- PDF: one ticket per page ----------------------------------------------------------------


@pytest.fixture
def seated_sale(seated) -> Iterator[tuple[Counter, str]]:  # type: ignore[no-untyped-def]
    cashier, _boss = seated
    show = occurrence_named(cashier, "Cyrano de Bergerac")
    view = cashier.seating(show.id)
    assert view is not None
    seats = [s.id for s in view.seat_map.row_seats("Parterre", "F")][:2]
    adult = next(c.category_id for c in cashier.categories(show.id) if c.code == "adult")
    cart = Cart()
    cashier.pick_seats(cart, show.id, adult, seats)
    payment = cashier.payment_session(cart)
    payment.add_cash(payment.cash_due)
    yield cashier, cashier.sell(cart, payment).receipt_id


def test_the_pdf_prints_one_ticket_per_letter_page(seated_sale) -> None:  # type: ignore[no-untyped-def]
    cashier, receipt_id = seated_sale
    tickets = cashier.tickets_of_receipt(receipt_id)
    document = cashier.tickets_pdf_document(receipt_id)
    assert isinstance(document, DocumentSet) and len(document.parts) == 2
    pages = pdf_pages(render_pdf(document, page="letter"))
    assert [size for size, _ in pages] == [(612.0, 792.0)] * 2  # US Letter, one each
    for (_size, text), ticket in zip(pages, tickets, strict=True):
        lines = text.split("\n")
        assert "Cyrano de Bergerac" in lines
        assert "samedi 5 décembre 2026, 19 h 30" in lines
        assert "Théâtre du Quai — Grande salle" in lines
        seat = {r.label: r.value for r in ticket.seat}
        assert ["Section", "Parterre", "Rangée", "F", "Siège", seat["Siège"]] == [
            line for line in lines if line in ("Section", "Parterre", "Rangée", "F", "Siège")
            or line == seat["Siège"]
        ]
        assert "Prix 42,00 $" in lines and ticket.code_caption in lines
        assert text.index(ticket.code_caption) > text.index("Prix")
    # Each page is its own ticket: its code and no other.
    assert tickets[1].code_caption not in pages[0][1]


def test_the_pdf_of_a_free_ticket_and_in_english(seated) -> None:  # type: ignore[no-untyped-def]
    cashier, boss = seated
    show = occurrence_named(cashier, "Cyrano de Bergerac")
    view = boss.seating(show.id)
    assert view is not None
    balcony = [s.id for s in view.seat_map.row_seats("Balcon", "A")][:1]
    adult = next(c.category_id for c in boss.categories(show.id) if c.code == "adult")
    boss.open_shift(0) if boss.current_shift() is None else None
    boss.seat_action(show.id, "assign", balcony, participant="Robert Lepage", category_id=adult)
    job = next(j for j in jobs_of(boss) if j.kind == "ticket")
    from guichet.services.documents import ticket_document

    with boss.session_factory() as session:
        french = ticket_document(session, job.subject_id or "", "fr")
        english = ticket_document(session, job.subject_id or "", "en")
    (_size, text), = pdf_pages(render_pdf(french, page="letter"))
    assert "Prix Gratuit" in text and "Au nom de Robert Lepage" in text
    assert "Balcon" in text and "A" in text.split("\n")
    (size, text), = pdf_pages(render_pdf(english, page="roll80"))
    assert round(size[0] / 72 * 25.4) == 80  # the thermal roll's width
    for expected in ("Saturday, December 5, 2026, 7:30 p.m.", "Row", "Seat",
                     "Price Complimentary", "Holder Robert Lepage", "TICKET"):  # fmt: skip
        assert expected in text
