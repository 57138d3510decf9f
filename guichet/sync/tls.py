"""TLS between a counter and the server (issue 21, part 5; docs/SECURITY.md).

Pairing over plain http is refused towards anything but this machine unless the person
pairing says the network is trusted (``insecure``). Over https the counter pins the server's
certificate: the SHA-256 fingerprint the server prints at its start and with every pairing
code is compared with the certificate the server presents *before* the one-time code is
sent, and the certificate itself is kept with the server's address. Every later connection
trusts that certificate and nothing else (a self-signed one works; a certificate from a
public authority too), so a machine that takes the server's address on the network gets
neither the token nor a sale: its certificate is refused with ``server_certificate_changed``.
"""

from __future__ import annotations

import ipaddress
import socket
import ssl
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy.orm import Session, sessionmaker

from guichet.domain.certificates import fingerprint as fingerprint
from guichet.domain.certificates import fingerprint_of_pem as fingerprint_of_pem
from guichet.domain.certificates import normalize_fingerprint as normalize_fingerprint

#: Where a paired counter keeps the server's certificate (PEM), beside ``server_url``.
CERTIFICATE_KEY = "server_certificate"


class TlsRefusal(Exception):
    """Raised as the sync's own SyncError by the callers (code, params)."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code, params)
        self.code = code
        self.params = params


def is_loopback(host: str) -> bool:
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_url(url: str, insecure: bool = False) -> None:
    """Refuse plain http to another machine unless the network is declared trusted."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise TlsRefusal("server_url_invalid", url=url)
    if parts.scheme == "http" and not insecure and not is_loopback(parts.hostname or ""):
        raise TlsRefusal("insecure_http", host=parts.hostname or "")


def presented_certificate(url: str, timeout: float = 5.0) -> bytes:
    """The certificate the server at ``url`` presents (DER), read without trusting it and
    without sending anything."""
    parts = urlsplit(url)
    host, port = parts.hostname or "", parts.port or 443
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    with socket.create_connection((host, port), timeout=timeout) as raw:
        with context.wrap_socket(raw, server_hostname=host) as tls:
            der = tls.getpeercert(binary_form=True)
    if not der:
        raise TlsRefusal("server_certificate_missing", host=host)
    return der


def pin(url: str, expected: str | None, timeout: float = 5.0) -> str:
    """The server's certificate (PEM) after checking its fingerprint against ``expected``,
    as the server printed it. Without ``expected``, only a certificate a public authority
    vouches for is accepted, and its fingerprint is what the counter keeps."""
    der = presented_certificate(url, timeout)
    shown = fingerprint(der)
    if expected:
        if normalize_fingerprint(expected) != shown:
            raise TlsRefusal(
                "server_fingerprint_mismatch", expected=normalize_fingerprint(expected),
                presented=shown,
            )  # fmt: skip
    elif not _publicly_trusted(url, timeout):
        raise TlsRefusal("server_fingerprint_required", presented=shown)
    return ssl.DER_cert_to_PEM_cert(der)


def _publicly_trusted(url: str, timeout: float) -> bool:
    parts = urlsplit(url)
    host, port = parts.hostname or "", parts.port or 443
    try:
        with socket.create_connection((host, port), timeout=timeout) as raw:
            with ssl.create_default_context().wrap_socket(raw, server_hostname=host):
                return True
    except (ssl.SSLError, OSError):
        return False


def pinned_context(certificate_pem: str) -> ssl.SSLContext:
    """Trusts the pinned certificate and nothing else (partial chains: a leaf is enough)."""
    context = ssl.create_default_context(cadata=certificate_pem)
    context.check_hostname = False  # the certificate itself is pinned, not a name
    context.verify_flags |= ssl.VERIFY_X509_PARTIAL_CHAIN
    return context


def stored_certificate(factory: sessionmaker[Session]) -> str | None:
    from guichet.models.tables import SyncState

    with factory() as session:
        row = session.get(SyncState, CERTIFICATE_KEY)
        return str(row.value) if row is not None and row.value else None

