"""Printer URIs, opening python-escpos devices, and printing a document with clear errors.

URIs (the ``?key=value`` options are optional)::

    file:/dev/usb/lp0            a device node or a plain file (ESC/POS bytes)
    tcp:192.168.1.50:9100        an Ethernet printer (raw port, 9100 by default)
    usb:04b8:0202                USB vendor and product ids, hexadecimal
    serial:/dev/ttyUSB0?baudrate=19200     (serial:COM3 on Windows)
    win:EPSON TM-T20III Receipt  a printer installed in Windows, by its name (spaces allowed),
                                 through the Windows spooler (raw ESC/POS; Windows only)
    dummy:                       in memory, nothing leaves the process (tests, demos)
    pdf:/path/receipt.pdf?page=letter      a PDF instead of ESC/POS (roll80 by default)
    pdf:/path/to/folder          one PDF per document in that folder (recu-000042.pdf...)

Every ESC/POS URI also takes ``profile=`` (a python-escpos printer profile, TM-T88V by
default), and ``usb:`` takes ``in_ep=``/``out_ep=`` for printers with unusual endpoints.

Every failure comes out as a :class:`PrinterError` whose ``code`` the till can act on
("offline", "unreachable", "timeout", "unplugged", "paper_out", "bad_uri", "io_error",
"printer_name_missing" for a ``win:`` without a name, "windows_only" for a ``win:`` printer
on Linux or macOS).
"""

from __future__ import annotations

import errno
import logging
import os
import re
import socket
import sys
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, cast

from escpos.escpos import Escpos
from escpos.exceptions import DeviceNotFoundError
from escpos.printer import Dummy, File, Network, Serial, Usb, Win32Raw

from guichet.printing.document import Document, DocumentSet, ReceiptDocument, TicketDocument
from guichet.printing.escpos import DEFAULT_PROFILE, render_bytes

log = logging.getLogger(__name__)

ErrorCode = Literal[
    "offline",
    "unreachable",
    "timeout",
    "unplugged",
    "paper_out",
    "bad_uri",
    "io_error",
    "printer_name_missing",
    "windows_only",
]
Kind = Literal["file", "tcp", "usb", "serial", "dummy", "pdf", "win"]

DEFAULT_TCP_PORT = 9100


class PrinterError(Exception):
    """A printing failure. ``code`` is machine-readable, ``detail`` is for the logs and staff.

    "paper_out" is raised for network printers that answer the real-time paper status
    query (see :func:`_paper_out`); python-escpos's own ``paper_status()`` blocks on printers
    and links that never answer (many clones), so it is not used.
    """

    def __init__(self, code: ErrorCode, detail: str) -> None:
        super().__init__(f"{code}: {detail}")
        self.code: ErrorCode = code
        self.detail = detail


@dataclass(frozen=True)
class PrinterSpec:
    """A parsed printer URI."""

    kind: Kind
    uri: str
    path: str = ""  # file, serial device, pdf
    name: str = ""  # win: the printer's name in Windows
    host: str = ""
    port: int = DEFAULT_TCP_PORT
    vendor_id: int = 0
    product_id: int = 0
    options: dict[str, str] = field(default_factory=dict)

    @property
    def profile(self) -> str:
        return self.options.get("profile", DEFAULT_PROFILE)

    @property
    def baudrate(self) -> int:
        return int(self.options.get("baudrate", "9600"))

    @property
    def page(self) -> Literal["roll80", "letter"]:
        return "letter" if self.options.get("page") == "letter" else "roll80"


_ALLOWED_OPTIONS: dict[str, frozenset[str]] = {
    "file": frozenset({"profile"}),
    "tcp": frozenset({"profile"}),
    "usb": frozenset({"profile", "in_ep", "out_ep"}),
    "serial": frozenset({"profile", "baudrate"}),
    "dummy": frozenset({"profile"}),
    "pdf": frozenset({"page"}),
    "win": frozenset({"profile"}),
}


def _bad(uri: str, why: str) -> PrinterError:
    return PrinterError("bad_uri", f"{uri!r}: {why}")


def _parse_options(uri: str, kind: str, query: str) -> dict[str, str]:
    options: dict[str, str] = {}
    if not query:
        return options
    for pair in query.split("&"):
        key, sep, value = pair.partition("=")
        if not sep or not key or not value:
            raise _bad(uri, f"option {pair!r} is not key=value")
        if key not in _ALLOWED_OPTIONS[kind]:
            # Strict on purpose: a misspelt option would otherwise be ignored silently.
            allowed = ", ".join(sorted(_ALLOWED_OPTIONS[kind]))
            raise _bad(uri, f"unknown option {key!r} for {kind}: (allowed: {allowed})")
        options[key] = value
    if "baudrate" in options and not (options["baudrate"].isdigit() and int(options["baudrate"])):
        raise _bad(uri, "baudrate must be a positive whole number")
    if "page" in options and options["page"] not in ("roll80", "letter"):
        raise _bad(uri, "page must be roll80 or letter")
    for key in ("in_ep", "out_ep"):
        if key in options:
            try:
                int(options[key], 0)
            except ValueError:
                raise _bad(uri, f"{key} must be a number such as 0x82") from None
    if "profile" in options:
        from escpos.capabilities import CAPABILITIES

        if options["profile"] not in CAPABILITIES["profiles"]:
            raise _bad(uri, f"unknown printer profile {options['profile']!r}")
    return options


def _hex_id(uri: str, text: str, what: str) -> int:
    digits = text[2:] if text.lower().startswith("0x") else text
    if not 1 <= len(digits) <= 4:
        raise _bad(uri, f"{what} must be 1 to 4 hexadecimal digits")
    try:
        return int(digits, 16)
    except ValueError:
        raise _bad(uri, f"{what} {text!r} is not hexadecimal") from None


def parse_printer_uri(uri: str) -> PrinterSpec:
    """Parse a printer URI (see the module docstring); raises PrinterError("bad_uri")."""
    if not isinstance(uri, str) or not uri.strip():
        raise PrinterError("bad_uri", "no printer configured (empty URI)")
    uri = uri.strip()
    scheme, sep, rest = uri.partition(":")
    kind = scheme.lower()
    if not sep or kind not in _ALLOWED_OPTIONS:
        raise _bad(uri, "expected file:, tcp:, usb:, serial:, win:, dummy: or pdf:")
    rest, _, query = rest.partition("?")
    options = _parse_options(uri, kind, query)

    if kind in ("file", "pdf"):
        if rest.startswith("//"):  # file:///dev/usb/lp0, the RFC 8089 spelling
            rest = rest[2:]
        if not rest:
            raise _bad(uri, "missing path")
        return PrinterSpec(cast(Kind, kind), uri, path=rest, options=options)

    if kind == "tcp":
        rest = rest.removeprefix("//")
        if rest.startswith("["):
            # python-escpos's Network opens IPv4 sockets only.
            raise _bad(uri, "IPv6 addresses are not supported, use an IPv4 address or a name")
        host, _, port_text = rest.partition(":")
        if not host or any(c.isspace() or c in "/@" for c in host):
            raise _bad(uri, "missing or invalid host")
        port = DEFAULT_TCP_PORT
        if port_text:
            if not port_text.isdigit() or not 1 <= int(port_text) <= 65535:
                raise _bad(uri, f"port {port_text!r} must be between 1 and 65535")
            port = int(port_text)
        return PrinterSpec("tcp", uri, host=host, port=port, options=options)

    if kind == "usb":
        parts = rest.split(":")
        if len(parts) != 2:
            raise _bad(uri, "expected usb:VENDOR:PRODUCT, e.g. usb:04b8:0202")
        vendor = _hex_id(uri, parts[0], "vendor id")
        product = _hex_id(uri, parts[1], "product id")
        if not vendor or not product:
            raise _bad(uri, "vendor and product ids cannot be 0")
        return PrinterSpec("usb", uri, vendor_id=vendor, product_id=product, options=options)

    if kind == "serial":
        if not rest:
            raise _bad(uri, "missing serial device, e.g. serial:/dev/ttyUSB0 or serial:COM3")
        return PrinterSpec("serial", uri, path=rest, options=options)

    if kind == "win":
        # Windows printer names may hold spaces (« EPSON TM-T20III Receipt »), kept as typed.
        name = rest.strip()
        if not name:
            raise PrinterError(
                "printer_name_missing",
                f"{uri!r}: expected win:PRINTER NAME, e.g. win:EPSON TM-T20III Receipt",
            )
        return PrinterSpec("win", uri, name=name, options=options)

    if rest:
        raise _bad(uri, "dummy: takes no address")
    return PrinterSpec("dummy", uri, options=options)


# -- failures --------------------------------------------------------------------------------


def _chain(exc: BaseException) -> Iterator[BaseException]:
    """The exception and its causes: python-escpos re-raises device errors as
    DeviceNotFoundError inside ``except``, so the real cause is in ``__context__``."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def _usb_errors() -> tuple[type[BaseException], ...]:
    try:
        import usb.core
    except ImportError:
        return ()
    return (usb.core.USBError,)


def _usb_timeout_errors() -> tuple[type[BaseException], ...]:
    try:
        import usb.core
    except ImportError:
        return ()
    return (usb.core.USBTimeoutError,)


def _serial_timeout_errors() -> tuple[type[BaseException], ...]:
    try:
        import serial
    except ImportError:
        return ()
    return (serial.SerialTimeoutException,)


_UNREACHABLE_ERRNOS = {errno.EHOSTUNREACH, errno.ENETUNREACH, errno.EHOSTDOWN, errno.ENETDOWN}
_GONE_ERRNOS = {errno.ENODEV, errno.ENXIO, errno.ENOENT}
_DROPPED_ERRNOS = {errno.ECONNRESET, errno.EPIPE, errno.ECONNABORTED}


def _classify(
    exc: BaseException, spec: PrinterSpec, phase: Literal["open", "write"]
) -> PrinterError:
    where = spec.uri
    detail = f"{where}: {exc}".strip()
    for cause in _chain(exc):
        if isinstance(cause, PrinterError):
            return cause
        if isinstance(cause, ConnectionRefusedError):
            # The host answered but nothing listens: printer off (behind a switch port that
            # stays up), rebooting, or busy with another connection.
            return PrinterError("offline", f"{where}: connection refused")
        if isinstance(cause, socket.gaierror):
            return PrinterError("unreachable", f"{where}: unknown host ({cause})")
        if isinstance(cause, _usb_timeout_errors() + _serial_timeout_errors()):
            return PrinterError("timeout", f"{where}: the printer stopped accepting data")
        if isinstance(cause, TimeoutError):
            if phase == "open":
                return PrinterError("unreachable", f"{where}: no answer (connect timed out)")
            # Connected but the printer stopped reading: paper out, cover open, jammed.
            return PrinterError(
                "timeout", f"{where}: the printer stopped accepting data (paper, cover?)"
            )
        if isinstance(cause, _usb_errors()):
            code = getattr(cause, "errno", None)
            if code in _GONE_ERRNOS:
                return PrinterError("unplugged", f"{where}: USB device disconnected")
            if code == errno.EACCES:
                return PrinterError(
                    "io_error", f"{where}: permission denied on the USB device (udev rule?)"
                )
            return PrinterError("io_error", f"{where}: USB error: {cause}")
        if isinstance(cause, OSError) and not isinstance(cause, TimeoutError):
            code = cause.errno
            if code in _UNREACHABLE_ERRNOS:
                return PrinterError("unreachable", f"{where}: host unreachable ({cause})")
            if code in _DROPPED_ERRNOS:
                return PrinterError("offline", f"{where}: the printer closed the connection")
            if code in (errno.EACCES, errno.EPERM):
                return PrinterError("io_error", f"{where}: permission denied ({cause})")
            if code in _GONE_ERRNOS and spec.kind in ("file", "serial"):
                if spec.kind == "serial" or spec.path.startswith("/dev/"):
                    # A USB printer's or adapter's device node vanishes when it is unplugged.
                    return PrinterError("unplugged", f"{where}: no such device ({cause})")
                return PrinterError("io_error", f"{where}: {cause.strerror or cause}")
            if code is not None:
                return PrinterError("io_error", f"{where}: {cause.strerror or cause}")
    # Nothing more specific in the chain: the messages python-escpos produces itself.
    text = str(exc)
    if spec.kind == "usb" and ("not found" in text or "not plugged" in text):
        return PrinterError("unplugged", f"{where}: no such USB printer connected")
    if spec.kind == "serial" and phase == "open":
        return PrinterError("unplugged", detail)
    if spec.kind == "win" and "Incorrect printer name" in "".join(map(str, _chain(exc))):
        return PrinterError(
            "io_error", f"{where}: Windows has no printer named {spec.name!r} (Settings > Printers)"
        )
    if "No backend available" in text:
        return PrinterError("io_error", f"{where}: libusb is not installed ({text})")
    return PrinterError("io_error", detail)


# -- devices ---------------------------------------------------------------------------------


class _AppendingFile(File):  # type: ignore[misc]  # python-escpos has no types
    """A ``file:`` printer that adds each job after the ones before: a sale prints its
    receipt, then its tickets, and a plain file kept only the last ticket (python-escpos
    opens it for writing, which empties it). A device node prints the same either way."""

    def open(self, raise_not_found: bool = True) -> None:
        if self._device:
            self.close()
        try:
            self.device = open(self.devfile, "ab")  # noqa: SIM115 - closed by close()
        except OSError as error:
            self.device = None  # type: ignore[assignment]
            if raise_not_found:
                raise DeviceNotFoundError(
                    f"Could not open the specified file {self.devfile}:\n{error}"
                ) from error


def _make_printer(spec: PrinterSpec, timeout: float) -> Escpos:
    profile = spec.profile
    if spec.kind == "dummy":
        return Dummy(profile=profile)
    if spec.kind == "file":
        return _AppendingFile(spec.path, profile=profile)
    if spec.kind == "tcp":
        # The socket timeout bounds connect() and, since Python 3.5, each whole sendall():
        # an unreachable or stalled printer fails within ``timeout`` instead of hanging.
        return Network(spec.host, spec.port, timeout=timeout, profile=profile)
    if spec.kind == "usb":
        if not Usb.is_usable():
            raise PrinterError(
                "io_error", f"{spec.uri}: USB printing needs the pyusb package (and libusb)"
            )
        endpoints = {
            key: int(spec.options[key], 0) for key in ("in_ep", "out_ep") if key in spec.options
        }
        # pyusb counts milliseconds; 0 would mean "wait forever".
        return Usb(
            spec.vendor_id,
            spec.product_id,
            timeout=max(1, int(timeout * 1000)),
            profile=profile,
            **endpoints,
        )
    if spec.kind == "serial":
        if not Serial.is_usable():
            raise PrinterError("io_error", f"{spec.uri}: serial printing needs pyserial")
        return Serial(spec.path, baudrate=spec.baudrate, timeout=timeout, profile=profile)
    if spec.kind == "win":
        return _windows_printer(spec)
    raise PrinterError("bad_uri", f"{spec.uri}: {spec.kind}: is not an ESC/POS printer")


def _windows_printer(spec: PrinterSpec) -> Escpos:
    """A ``win:`` printer: python-escpos's Win32Raw, raw bytes through the Windows spooler.

    Refused with its own code elsewhere: the settings of a Windows counter copied to a Linux
    one must fail the job (kept in the print queue, the sale recorded), never the program.
    """
    if sys.platform != "win32":
        raise PrinterError("windows_only", f"{spec.uri}: win: printers exist on Windows only")
    if not Win32Raw.is_usable():
        raise PrinterError("io_error", f"{spec.uri}: Windows printing needs the pywin32 package")
    # The spooler holds the job when the printer is off: no timeout applies here.
    return Win32Raw(spec.name, profile=spec.profile)


def open_printer(spec: PrinterSpec | str, *, timeout: float = 3.0) -> Escpos:
    """An opened python-escpos printer for ``spec``; PrinterError when it cannot be reached.

    The caller owns the device and must ``close()`` it (``print_document`` does).
    """
    if isinstance(spec, str):
        spec = parse_printer_uri(spec)
    if spec.kind == "file" and spec.path.startswith("/dev/") and not os.path.exists(spec.path):
        # python-escpos opens with "wb": as root, a missing /dev/usb/lp0 (printer unplugged)
        # would silently become a regular file that swallows every receipt.
        raise PrinterError("unplugged", f"{spec.uri}: no such device (printer unplugged?)")
    printer = _make_printer(spec, timeout)
    if spec.kind == "dummy":
        return printer
    try:
        if spec.kind == "win":
            printer.open(job_name="Guichet")  # the name in Windows' print queue
        else:
            printer.open()
        if spec.kind == "serial":
            device = printer.device
            # python-escpos only sets pyserial's read timeout; without a write timeout a
            # printer holding CTS/DSR low (paper out, off) blocks write() forever.
            if device is not None and hasattr(device, "write_timeout"):
                device.write_timeout = timeout
    except Exception as exc:
        _close_quietly(printer)
        raise _classify(exc, spec, "open") from exc
    if printer._device in (None, False):  # open() logged instead of raising
        raise PrinterError("io_error", f"{spec.uri}: the printer could not be opened")
    return printer


def _close_quietly(printer: Escpos) -> None:
    try:
        printer.close()
    except Exception:  # the job's outcome is already decided; a failed close must not mask it
        log.debug("closing printer failed", exc_info=True)


def send_bytes(data: bytes, target: PrinterSpec | str, *, timeout: float = 3.0) -> None:
    """Send ready-made ESC/POS bytes to a printer, in one write; PrinterError on failure."""
    spec = parse_printer_uri(target) if isinstance(target, str) else target
    if spec.kind == "pdf":
        raise PrinterError("bad_uri", f"{spec.uri}: pdf: printers take documents, not bytes")
    printer = open_printer(spec, timeout=timeout)
    try:
        if spec.kind == "tcp" and _paper_out(printer):
            raise PrinterError("paper_out", f"{spec.uri}: the printer reports no paper")
        printer._raw(data)
        flush = getattr(printer, "flush", None)
        if callable(flush):
            flush()
    except PrinterError:
        raise
    except Exception as exc:
        raise _classify(exc, spec, "write") from exc
    finally:
        _close_quietly(printer)


PAPER_STATUS_QUERY = b"\x10\x04\x04"  # DLE EOT 4: real-time roll paper sensor status
STATUS_WAIT = 0.3  # seconds; a printer that does not answer is simply printed to


def _paper_out(printer: object) -> bool:
    """Ask a network printer whether its paper roll is empty, without ever blocking long.

    An Epson-compatible printer answers one byte: bits 1 and 4 set, bits 0 and 7 clear;
    bits 5-6 set mean "paper end". No answer within STATUS_WAIT (many clones never answer),
    or an answer that is not a status byte, means "unknown": the receipt is sent as before.
    """
    sock = getattr(printer, "device", None)
    if sock is None or not hasattr(sock, "recv"):
        return False
    previous = sock.gettimeout()
    try:
        sock.sendall(PAPER_STATUS_QUERY)
        sock.settimeout(STATUS_WAIT)
        answer = sock.recv(1)
    except OSError:
        return False
    finally:
        sock.settimeout(previous)
    if len(answer) != 1 or answer[0] & 0x93 != 0x12:
        return False
    return bool(answer[0] & 0x60)


def _slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^0-9A-Za-z]+", "-", plain).strip("-").lower()[:40].strip("-")


def pdf_target(document: Document, path: str) -> Path:
    """Where a ``pdf:`` printer writes ``document``.

    A path ending in ``.pdf`` is one file, replaced by each document. Any other path is a
    folder (``pdf:/path/to/folder``): each document gets its own file there, named after its
    title and number (``recu-000042.pdf``, ``duplicata-000042.pdf``, ``recu-000042-2.pdf``...;
    a ticket after its code, ``billet-k7m2q-x9ptr-4hwc8.pdf``), so none ever replaces another.
    """
    target = Path(path)
    if target.suffix.lower() == ".pdf" and not target.is_dir():
        return target
    parts = [_slug(document.title) or "document"]
    first = document.parts[0] if isinstance(document, DocumentSet) and document.parts else document
    if isinstance(first, ReceiptDocument) and first.meta_rows:
        parts.append(_slug(first.meta_rows[0].value))
    elif isinstance(first, TicketDocument):
        parts.append(_slug(first.code_caption))  # billet-k7m2q-x9ptr-4hwc8.pdf
    stem = "-".join(part for part in parts if part)
    candidate = target / f"{stem}.pdf"
    number = 2
    while candidate.exists():
        candidate = target / f"{stem}-{number}.pdf"
        number += 1
    return candidate


def print_document(document: Document, uri: str, *, width: int = 48, timeout: float = 3.0) -> None:
    """Print ``document`` on the printer at ``uri``; PrinterError on any failure.

    The whole job is rendered in memory before the device is opened, then sent in one write:
    a rendering problem never leaves half a receipt in the printer, and the device is held
    only for the time of the transfer.
    """
    spec = parse_printer_uri(uri)
    if spec.kind == "pdf":
        from guichet.printing.pdf import write_pdf

        try:
            write_pdf(document, pdf_target(document, spec.path), page=spec.page)
        except OSError as exc:
            raise _classify(exc, spec, "write") from exc
        return
    data = render_bytes(document, width=width, profile=spec.profile)
    send_bytes(data, spec, timeout=timeout)
