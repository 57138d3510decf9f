"""The server's own TLS (issue 21, part 5): ``guichet server --tls-cert FILE --tls-key FILE``
serves https with uvicorn's certificates, and says the certificate's SHA-256 fingerprint at
its start and beside every pairing code, which the counter pins (guichet/sync/tls.py).

The files are passed to the server's processes through the environment (a spawned worker
starts bare): ``GUICHET_SERVER_TLS_CERT`` and ``GUICHET_SERVER_TLS_KEY``. Behind a reverse
proxy that terminates TLS, neither is given (docs/SECURITY.md)."""

from __future__ import annotations

import os
import ssl
import sys
from pathlib import Path
from typing import Any

from guichet.domain.certificates import fingerprint_of_pem
from guichet.domain.errors import DomainError

CERT_ENV = "GUICHET_SERVER_TLS_CERT"
KEY_ENV = "GUICHET_SERVER_TLS_KEY"

WORDS = {
    "fr": "Empreinte SHA-256 du certificat du serveur (à donner au guichet qui se jumelle)\u00a0:",
    "en": "The server certificate's SHA-256 fingerprint (for the counter that pairs):",
}


def configure(cert: str | None, key: str | None) -> None:
    """Check the pair of files (both or neither, readable, matching) and hand them to the
    server's processes. Raises ``tls_files_invalid``."""
    if not cert and not key:
        return
    if not cert or not key:
        raise DomainError("tls_files_invalid", file=cert or key or "", reason="pair")
    try:
        ssl.create_default_context(ssl.Purpose.CLIENT_AUTH).load_cert_chain(cert, key)
    except (OSError, ssl.SSLError) as error:
        raise DomainError("tls_files_invalid", file=cert, reason=str(error)) from error
    os.environ[CERT_ENV] = str(Path(cert).resolve())
    os.environ[KEY_ENV] = str(Path(key).resolve())


def certificate_file() -> str | None:
    return os.environ.get(CERT_ENV) or None


def uvicorn_options() -> dict[str, Any]:
    cert, key = os.environ.get(CERT_ENV), os.environ.get(KEY_ENV)
    return {"ssl_certfile": cert, "ssl_keyfile": key} if cert and key else {}


def fingerprint_of_file(path: str) -> str:
    text = Path(path).read_text()
    start = text.index("-----BEGIN CERTIFICATE-----")  # the first of a chain: the server's
    end = text.index("-----END CERTIFICATE-----", start) + len("-----END CERTIFICATE-----")
    return fingerprint_of_pem(text[start:end] + "\n")


def announce(lang: str, stream: Any = None) -> None:
    """The fingerprint in words, when the server serves https (on stderr by default: the
    pairing code alone stays on stdout, for scripts)."""
    path = certificate_file()
    if path:
        words = WORDS.get(lang, WORDS["en"])
        print(f"{words} {fingerprint_of_file(path)}", file=stream or sys.stderr)
