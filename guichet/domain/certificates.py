"""A server certificate's fingerprint, as the server prints it for the manager to read out and
as a counter pins it at pairing (docs/SECURITY.md): the one definition both sides compare."""

from __future__ import annotations

import hashlib
import ssl


def fingerprint(der: bytes) -> str:
    """``AB:CD:…`` (SHA-256 of the DER certificate), as ``openssl x509 -fingerprint`` says."""
    digest = hashlib.sha256(der).hexdigest().upper()
    return ":".join(digest[i : i + 2] for i in range(0, len(digest), 2))


def normalize_fingerprint(text: str) -> str:
    """What a person typed, in the printed form (colons, spaces, case do not matter)."""
    hexa = "".join(c for c in text.upper() if c in "0123456789ABCDEF")
    return ":".join(hexa[i : i + 2] for i in range(0, len(hexa), 2))


def fingerprint_of_pem(certificate_pem: str) -> str:
    return fingerprint(ssl.PEM_cert_to_DER_cert(certificate_pem))
