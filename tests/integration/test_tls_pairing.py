"""Issue 21, part 5: TLS by default for pairing.

Before the fix a counter paired over plain http with any address, sent its one-time code and
received its token in clear, and trusted whatever answered at the server's address later.
Now: https with the certificate's fingerprint shown by the server, pinned; plain http only
to this machine or on a network declared trusted."""

from __future__ import annotations

import datetime as dt
import ipaddress
import os
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import sessionmaker

from guichet.models.db import make_engine, sqlite_url
from guichet.server import tls as server_tls
from guichet.sync import tls
from guichet.sync.engine import ServerClient, SyncEngine, SyncError, load_token
from guichet.sync.keyrings import MemoryKeyring
from guichet.sync.pairing import pair_counter
from tests.integration.test_sync_server import ServerProcess


def certificate(folder: Path, name: str) -> tuple[Path, Path, str]:
    """A self-signed certificate for 127.0.0.1: (certificate, key, its fingerprint)."""
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / f"{name}.crt", folder / f"{name}.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path, tls.fingerprint(cert.public_bytes(serialization.Encoding.DER))


class TlsServer(ServerProcess):
    """``guichet server --tls-cert --tls-key``: the real process, serving https."""

    def __init__(self, db_url: str, cert: Path, key: Path) -> None:
        super().__init__(db_url)
        self.cert, self.key = cert, key
        self.url = f"https://127.0.0.1:{self.port}"
        self.banner = ""

    def start(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "guichet.cli", "server", "--db", self.db_url,
             "--port", str(self.port), "--tls-cert", str(self.cert), "--tls-key", str(self.key)],
            stdout=subprocess.PIPE, text=True,
        )  # fmt: skip
        assert self.process.stdout is not None
        self.banner = self.process.stdout.readline()  # the fingerprint, said at the start
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{self.url}/health", timeout=1, verify=False).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.1)
        raise RuntimeError("the server did not start")

    def stop(self) -> None:
        # uvicorn waits for open TLS connections before it stops: a few seconds, then kill.
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)
            if self.process.stdout is not None:
                self.process.stdout.close()
            self.process = None


@pytest.fixture
def tls_server(tmp_path: Path, server_demo_file: Path) -> Iterator[tuple[TlsServer, str, Path]]:
    path = tmp_path / "server.sqlite3"
    source, copy = sqlite3.connect(server_demo_file), sqlite3.connect(path)
    with copy:
        source.backup(copy)
    source.close()
    copy.close()
    cert, key, print_ = certificate(tmp_path, "serveur")
    process = TlsServer(f"sqlite:///{path}", cert, key)
    process.start()
    yield process, print_, tmp_path
    process.stop()


def pairing_code(server: TlsServer) -> tuple[str, str]:
    """``guichet server --tls-cert … admin pairing-code``: (the code, what else it said)."""
    from tests.cli_runner import run_guichet

    try:
        done = run_guichet(
            ("server", "--db", server.db_url, "--tls-cert", str(server.cert),
             "--tls-key", str(server.key), "admin", "pairing-code"),
        )  # fmt: skip
    finally:  # the files go to the server's processes through the environment: not ours
        os.environ.pop(server_tls.CERT_ENV, None)
        os.environ.pop(server_tls.KEY_ENV, None)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip(), done.stderr


def test_pairing_over_https_pins_the_certificate_the_server_shows(
    tls_server: tuple[TlsServer, str, Path], memory_keyring: MemoryKeyring
) -> None:
    server, print_, folder = tls_server
    assert print_ in server.banner  # said at the start
    code, said = pairing_code(server)
    assert print_ in said  # and with the code
    database = folder / "caisse" / "guichet.sqlite3"
    database.parent.mkdir()
    # A wrong fingerprint: refused before the code is sent (the same code works after).
    wrong = "00:" + print_[3:]
    with pytest.raises(SyncError) as refused:
        pair_counter(database, server.url, code, "Caisse A", fingerprint=wrong)
    assert refused.value.code == "server_fingerprint_mismatch"
    assert refused.value.params["presented"] == print_
    # No fingerprint, a certificate no public authority vouches for: asked for.
    with pytest.raises(SyncError) as asked:
        pair_counter(database, server.url, code, "Caisse A")
    assert asked.value.code == "server_fingerprint_required"
    # Typed as a person would (lower case, spaces for colons): paired, the first sync over.
    typed = print_.lower().replace(":", " ")
    paired = pair_counter(database, server.url, code, "Caisse A", fingerprint=typed)
    assert paired.applied > 100
    engine = make_engine(sqlite_url(database))
    factory = sessionmaker(engine, expire_on_commit=False)
    pinned = tls.stored_certificate(factory)
    assert pinned is not None and tls.fingerprint_of_pem(pinned) == print_
    token = load_token(server.url, paired.terminal_id)
    client = ServerClient(server.url, token, certificate=pinned)
    sync = SyncEngine(factory, paired.terminal_id, client)
    status = sync.sync()
    assert (status.error, status.online) == ("", True)
    # A supervisor's PIN is checked by the server (a cashier-only counter holds no hash for
    # him): over https, through the pinned certificate as well.
    from guichet.services.counter import Counter

    counter = Counter(factory, paired.terminal_id)
    luc = next(u for u in counter.users() if u.name == "Luc Bouchard")
    assert counter.login(luc.id, "2222").user_id == luc.id

    # Another certificate at the same address (a machine that took the server's place, or a
    # certificate renewed without telling the counters): refused with its own code.
    sync.client.close()
    server.stop()
    server.cert, server.key, other = certificate(folder, "imposteur")
    server.start()
    sync.client = ServerClient(server.url, token, certificate=pinned)
    status = sync.sync()
    assert status.error == "server_certificate_changed" and status.waiting == 0
    with pytest.raises(SyncError) as changed:
        sync.client.health()
    assert changed.value.params == {"expected": print_, "presented": other}
    engine.dispose()


def non_loopback_address() -> str:
    """This machine's address on its network when it has one (else a private address: the
    refusal is decided before anything is sent, so nothing needs to listen there)."""
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect(("192.0.2.1", 9))  # no packet is sent for a datagram "connect"
            address = str(probe.getsockname()[0])
    except OSError:
        address = ""
    return address if address and not ipaddress.ip_address(address).is_loopback else "10.1.2.3"


def test_plain_http_to_another_machine_needs_the_trusted_network_choice(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    host = non_loopback_address()
    database = tmp_path / "guichet.sqlite3"
    with pytest.raises(SyncError) as refused:
        pair_counter(database, f"http://{host}:1", "ABCDE-FGHJK", "Caisse A")
    assert refused.value.code == "insecure_http" and refused.value.params == {"host": host}
    # Declared trusted, the pairing goes on (and meets nothing listening there).
    with pytest.raises(SyncError) as tried:
        pair_counter(database, f"http://{host}:1", "ABCDE-FGHJK", "Caisse A", insecure=True)
    assert tried.value.code in ("unreachable", "timeout")
    for url in ("http://127.0.0.1:8765", "http://localhost:8765", "http://[::1]:8765"):
        tls.check_url(url)  # this machine: no network crossed
    with pytest.raises(tls.TlsRefusal):
        tls.check_url("http://caisse-centrale.local:8765")
    tls.check_url("https://caisse-centrale.local:8765")


def test_the_pairing_dialog_warns_and_refuses_plain_http_to_another_machine(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from guichet.ui.sync import PairDialog

    dialog = PairDialog(tmp_path / "guichet.sqlite3")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.url_edit.setText("http://192.168.1.10:8765")
    from guichet.domain import codes

    dialog.code_edit.setText(codes.display(codes.new_code(9)))
    dialog.name_edit.setText("Caisse 1")
    assert dialog.insecure_check.isVisible() and not dialog.insecure_check.isChecked()
    assert dialog.insecure_check.text() == "Réseau de confiance\u00a0: continuer sans chiffrement"
    assert "en clair" in dialog.tls_label.text() and dialog.tls_label.isVisible()
    dialog.pair()
    assert dialog.runner is None  # nothing sent
    assert "Connexion sans chiffrement (http) vers 192.168.1.10" in dialog.message_label.text()
    # This machine: no warning, no choice to make.
    dialog.url_edit.setText("http://127.0.0.1:8765")
    assert not dialog.insecure_check.isVisible() and not dialog.tls_label.isVisible()
    # https: the fingerprint is asked for.
    dialog.url_edit.setText("https://192.168.1.10:8443")
    assert dialog.fingerprint_edit.isEnabled() and "empreinte" in dialog.tls_label.text()
