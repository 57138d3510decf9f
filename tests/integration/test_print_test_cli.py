"""``guichet print-test --printer URI`` against a real TCP listener on 127.0.0.1."""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
from pathlib import Path


def listen_once() -> tuple[int, list[bytes], threading.Thread]:
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    server.settimeout(30)
    received: list[bytes] = []

    def serve() -> None:
        conn, _ = server.accept()
        with conn:
            while chunk := conn.recv(65536):
                received.append(chunk)
        server.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    return server.getsockname()[1], received, thread


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "guichet", *args], capture_output=True, text=True, timeout=60,
        env={"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen"},
    )


def test_print_test_sends_accents_qr_and_cut_to_a_network_printer() -> None:
    port, received, thread = listen_once()
    result = run("print-test", "--printer", f"tcp:127.0.0.1:{port}")
    thread.join(10)
    assert result.returncode == 0, result.stderr
    assert "Reçu d'essai envoyé" in result.stdout
    data = b"".join(received)
    assert "é".encode("cp850") in data and "ç".encode("cp850") in data  # CP850 accents
    assert b"\x1b\x74\x02" in data  # code page 850 selected
    assert b"\x1d(k" in data  # native QR code
    assert b"\x1dV" in data  # cut


def test_print_test_on_a_printer_that_is_off_says_why(tmp_path: Path) -> None:
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()  # nothing listens there any more: the printer is "off"
    result = run("print-test", "--printer", f"tcp:127.0.0.1:{port}")
    assert result.returncode == 1
    assert "Impression impossible" in result.stderr and "offline" in result.stderr


def test_print_test_to_pdf(tmp_path: Path) -> None:
    target = tmp_path / "essai.pdf"
    result = run("print-test", "--printer", f"pdf:{target}")
    assert result.returncode == 0, result.stderr
    assert target.read_bytes().startswith(b"%PDF")
