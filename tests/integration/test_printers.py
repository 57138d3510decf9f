"""Printer URIs and real python-escpos devices: files, a loopback TCP printer, failures."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from escpos.printer import Dummy, File, Network, Serial, Usb

from guichet.printing.document import DocLine, DocRow, ReceiptDocument
from guichet.printing.escpos import render_bytes
from guichet.printing.printers import (
    PrinterError,
    PrinterSpec,
    open_printer,
    parse_printer_uri,
    print_document,
    send_bytes,
)

NBSP = "\u00a0"
NNBSP = "\u202f"
FULL_CUT = b"\x1dV\x00"
SELECT_CP850 = b"\x1bt\x02"


def make_receipt() -> ReceiptDocument:
    return ReceiptDocument(
        title="REÇU",
        organisation="Théâtre du Cœur",
        header_lines=("Québec",),
        meta_rows=(DocRow("Reçu n°", "000123"),),
        lines=(DocLine("Adulte", "Fête d’été — 20 h", 2, f"25,00{NBSP}$", f"50,00{NBSP}$"),),
        total_rows=(DocRow("TOTAL", f"1{NNBSP}234,50{NBSP}$", bold=True),),
        payment_rows=(),
        footer_lines=("Merci !",),
        qr_payload="ORD-ABCD",
    )


# -- loopback printers -------------------------------------------------------------------------


class LoopbackPrinter:
    """A raw-port (9100) printer on 127.0.0.1: collects the bytes of one connection."""

    def __init__(self, *, read: bool = True) -> None:
        self.server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.server.bind(("127.0.0.1", 0))
        self.server.listen(1)
        self.server.settimeout(10)
        self.port: int = self.server.getsockname()[1]
        self.read = read
        self.received = bytearray()
        self.done = threading.Event()
        self.release = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        try:
            connection, _ = self.server.accept()
        except OSError:
            self.done.set()
            return
        with connection:
            connection.settimeout(10)
            if self.read:
                while chunk := connection.recv(65536):
                    self.received.extend(chunk)
            else:
                self.release.wait(10)  # a stalled printer: never reads
        self.done.set()

    def close(self) -> None:
        self.release.set()
        self.server.close()
        self.thread.join(10)


@pytest.fixture
def loopback() -> Iterator[LoopbackPrinter]:
    printer = LoopbackPrinter()
    yield printer
    printer.close()


@pytest.fixture
def stalled() -> Iterator[LoopbackPrinter]:
    printer = LoopbackPrinter(read=False)
    yield printer
    printer.close()


def closed_port() -> int:
    """A loopback port nobody listens on (bound then released)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


# -- URIs --------------------------------------------------------------------------------------


def test_parse_uris() -> None:
    assert parse_printer_uri("file:/dev/usb/lp0") == PrinterSpec(
        "file", "file:/dev/usb/lp0", path="/dev/usb/lp0"
    )
    assert parse_printer_uri("file:///tmp/out.bin").path == "/tmp/out.bin"

    tcp = parse_printer_uri("tcp:192.168.1.50")
    assert (tcp.kind, tcp.host, tcp.port) == ("tcp", "192.168.1.50", 9100)
    assert parse_printer_uri("tcp:printer.local:4242").port == 4242

    usb = parse_printer_uri("usb:04b8:0202")
    assert (usb.kind, usb.vendor_id, usb.product_id) == ("usb", 0x04B8, 0x0202)
    assert parse_printer_uri("usb:0x0416:0x5011?out_ep=0x03").options == {"out_ep": "0x03"}

    serial = parse_printer_uri("serial:/dev/ttyUSB0?baudrate=19200")
    assert (serial.kind, serial.path, serial.baudrate) == ("serial", "/dev/ttyUSB0", 19200)
    assert parse_printer_uri("serial:COM3").baudrate == 9600

    assert parse_printer_uri("dummy:").kind == "dummy"
    assert parse_printer_uri("dummy:?profile=TM-T20II").profile == "TM-T20II"
    assert parse_printer_uri("tcp:10.0.0.9").profile == "TM-T88V"

    pdf = parse_printer_uri("pdf:/tmp/receipt.pdf?page=letter")
    assert (pdf.kind, pdf.path, pdf.page) == ("pdf", "/tmp/receipt.pdf", "letter")
    assert parse_printer_uri("pdf:out.pdf").page == "roll80"


@pytest.mark.parametrize(
    "uri",
    [
        "",
        "   ",
        "lp0",
        "ipp://printer/queue",
        "file:",
        "pdf:",
        "tcp:",
        "tcp::9100",
        "tcp:host:0",
        "tcp:host:70000",
        "tcp:host:port",
        "tcp:[::1]:9100",
        "usb:04b8",
        "usb:04b8:0202:1",
        "usb:zzzz:0202",
        "usb:04b80:0202",
        "usb:0000:0202",
        "serial:",
        "serial:/dev/ttyUSB0?baudrate=fast",
        "dummy:something",
        "pdf:x.pdf?page=a4",
        "tcp:host?profile=NoSuchPrinter",
        "tcp:host?colour=red",
        "tcp:host?profile",
    ],
)
def test_bad_uris(uri: str) -> None:
    with pytest.raises(PrinterError) as error:
        parse_printer_uri(uri)
    assert error.value.code == "bad_uri"
    assert error.value.detail


def test_print_document_rejects_bad_uri_before_touching_anything() -> None:
    with pytest.raises(PrinterError) as error:
        print_document(make_receipt(), "carrier-pigeon:home")
    assert error.value.code == "bad_uri"


def test_open_printer_returns_escpos_objects(tmp_path: Path) -> None:
    dummy = open_printer("dummy:")
    assert isinstance(dummy, Dummy)
    file_printer = open_printer(f"file:{tmp_path / 'out.bin'}")
    try:
        assert isinstance(file_printer, File)
    finally:
        file_printer.close()
    with pytest.raises(PrinterError) as error:
        open_printer(f"pdf:{tmp_path / 'x.pdf'}")
    assert error.value.code == "bad_uri"


# -- successful jobs ---------------------------------------------------------------------------


def test_dummy_printer() -> None:
    print_document(make_receipt(), "dummy:")


def test_file_printer(tmp_path: Path) -> None:
    target = tmp_path / "lp0"
    doc = make_receipt()
    print_document(doc, f"file:{target}")

    data = target.read_bytes()
    assert data == render_bytes(doc)
    assert SELECT_CP850 in data
    assert b"1 234,50 $" in data
    assert data.endswith(FULL_CUT)


def test_file_printer_with_58mm_width(tmp_path: Path) -> None:
    target = tmp_path / "lp0"
    print_document(make_receipt(), f"file:{target}?profile=TM-T20II", width=32)

    assert target.read_bytes() == render_bytes(make_receipt(), width=32, profile="TM-T20II")


def test_network_printer_receives_the_whole_receipt(loopback: LoopbackPrinter) -> None:
    doc = make_receipt()
    print_document(doc, f"tcp:127.0.0.1:{loopback.port}", timeout=3.0)

    assert loopback.done.wait(10)
    # The paper question first (this printer does not answer it), then the whole receipt.
    assert bytes(loopback.received) == b"\x10\x04\x04" + render_bytes(doc)
    assert bytes(loopback.received).endswith(FULL_CUT)


def test_network_printer_object_writes_on_the_socket(loopback: LoopbackPrinter) -> None:
    printer = open_printer(f"tcp:127.0.0.1:{loopback.port}")
    assert isinstance(printer, Network)
    printer.textln("Bonjour")
    printer.cut()
    printer.close()

    assert loopback.done.wait(10)
    assert b"Bonjour\n" in loopback.received
    assert bytes(loopback.received).endswith(FULL_CUT)


def test_pdf_uri_writes_a_pdf(tmp_path: Path) -> None:
    target = tmp_path / "receipt.pdf"
    print_document(make_receipt(), f"pdf:{target}?page=letter")

    data = target.read_bytes()
    assert data.startswith(b"%PDF-")
    assert data.rstrip().endswith(b"%%EOF")


def test_pdf_folder_gets_one_file_per_document(tmp_path: Path) -> None:
    """pdf:/path/to/folder (as the README configures it): every receipt its own file, named
    after the document, none replacing another."""
    print_document(make_receipt(), f"pdf:{tmp_path}")
    print_document(make_receipt(), f"pdf:{tmp_path}")

    assert sorted(p.name for p in tmp_path.iterdir()) == ["recu-000123-2.pdf", "recu-000123.pdf"]
    for path in tmp_path.iterdir():
        assert path.read_bytes().startswith(b"%PDF-")


# -- failures ----------------------------------------------------------------------------------


def test_closed_port_fails_fast() -> None:
    with pytest.raises(PrinterError) as error:
        print_document(make_receipt(), f"tcp:127.0.0.1:{closed_port()}", timeout=2.0)
    assert error.value.code in ("offline", "unreachable")


def test_small_job_to_a_printer_that_never_reads_does_not_hang(
    stalled: LoopbackPrinter,
) -> None:
    # A receipt fits in the kernel's socket buffers: the job completes even though the
    # printer reads nothing; what matters is that it returns.
    print_document(make_receipt(), f"tcp:127.0.0.1:{stalled.port}", timeout=1.0)


def test_stalled_printer_times_out(stalled: LoopbackPrinter) -> None:
    # More than the loopback socket buffers can hold (their maximum here is a few tens of
    # MiB), so sendall() must block, and the socket timeout must end it.
    payload = bytes(256 * 1024 * 1024)
    with pytest.raises(PrinterError) as error:
        send_bytes(payload, f"tcp:127.0.0.1:{stalled.port}", timeout=0.5)
    assert error.value.code == "timeout"


def test_unknown_host_is_unreachable() -> None:
    # ".invalid" never resolves (RFC 6761); no traffic leaves the machine.
    with pytest.raises(PrinterError) as error:
        print_document(make_receipt(), "tcp:no-such-printer.invalid:9100", timeout=1.0)
    assert error.value.code == "unreachable"


def _usb_backend_available() -> bool:
    if not Usb.is_usable():
        return False
    import usb.core

    try:
        usb.core.find()
    except usb.core.NoBackendError:
        return False
    return True


def test_usb_without_device() -> None:
    # 0x1d6b:0xfff0 is not a printer any machine has.
    with pytest.raises(PrinterError) as error:
        print_document(make_receipt(), "usb:1d6b:fff0", timeout=1.0)
    if _usb_backend_available():
        assert error.value.code == "unplugged"
    else:
        # pyusb (python-escpos[usb]) or libusb missing: reported, not a crash.
        assert error.value.code == "io_error"
        assert "usb" in error.value.detail.lower()


def test_serial_without_device(tmp_path: Path) -> None:
    with pytest.raises(PrinterError) as error:
        print_document(make_receipt(), f"serial:{tmp_path / 'ttyUSB9'}", timeout=1.0)
    if Serial.is_usable():
        assert error.value.code == "unplugged"
    else:
        assert error.value.code == "io_error"
        assert "pyserial" in error.value.detail


def test_file_in_missing_directory(tmp_path: Path) -> None:
    with pytest.raises(PrinterError) as error:
        print_document(make_receipt(), f"file:{tmp_path / 'missing' / 'lp0'}")
    assert error.value.code == "io_error"
    assert "missing" in error.value.detail


@pytest.mark.parametrize("path", ["/dev/guichet-no-such-printer", "/dev/guichet-none/lp0"])
def test_missing_device_node_is_unplugged(path: str) -> None:
    with pytest.raises(PrinterError) as error:
        print_document(make_receipt(), f"file:{path}")
    assert error.value.code == "unplugged"
    assert not Path(path).exists()  # never created as a plain file, even when run as root


def test_pdf_in_missing_directory(tmp_path: Path) -> None:
    with pytest.raises(PrinterError) as error:
        print_document(make_receipt(), f"pdf:{tmp_path / 'missing' / 'r.pdf'}")
    assert error.value.code == "io_error"


def _answering_printer(status: int) -> tuple[int, list[bytes], threading.Thread]:
    """A loopback printer that answers DLE EOT 4 with ``status`` then keeps what it gets."""
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    server.settimeout(20)
    received: list[bytes] = []

    def serve() -> None:
        conn, _ = server.accept()
        with conn:
            conn.settimeout(10)
            buffer = b""
            answered = False
            while True:
                try:
                    chunk = conn.recv(65536)
                except OSError:
                    break
                if not chunk:
                    break
                buffer += chunk
                if not answered and b"\x10\x04\x04" in buffer:
                    conn.sendall(bytes([status]))
                    answered = True
            received.append(buffer)
        server.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    return server.getsockname()[1], received, thread


def test_a_network_printer_out_of_paper_is_reported_and_nothing_is_sent() -> None:
    port, received, thread = _answering_printer(0x12 | 0x60)  # status byte: paper end
    with pytest.raises(PrinterError) as error:
        print_document(make_receipt(), f"tcp:127.0.0.1:{port}", timeout=2.0)
    thread.join(5)
    assert error.value.code == "paper_out"
    assert b"".join(received) == b"\x10\x04\x04"  # only the question: the receipt waits


def test_a_network_printer_with_paper_prints() -> None:
    port, received, thread = _answering_printer(0x12)  # status byte: paper present
    print_document(make_receipt(), f"tcp:127.0.0.1:{port}", timeout=2.0)
    thread.join(5)
    data = b"".join(received)
    assert data.startswith(b"\x10\x04\x04") and b"\x1dV" in data


def test_print_queue_uses_the_configured_paper_width(tmp_path: Path) -> None:
    """settings.json "paper_width": 32 gives 58 mm receipts through the print queue."""
    from guichet.services.printqueue import _print_with_width
    from tests.unit.test_printing_escpos import visible_lines

    widths = {}
    for width in (32, 48):
        target = tmp_path / f"{width}.bin"
        _print_with_width(width)(make_receipt(), f"file:{target}")
        widths[width] = max(len(line) for line in visible_lines(target.read_bytes()))
    assert widths == {32: 32, 48: 48}  # right-aligned totals fill the line exactly
