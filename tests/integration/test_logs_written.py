"""The logs as written by the real programs (issue 19, part 6): a counter opened on its data
folder by guichet.startup logs its logins, sales, refunds, printing and shift to
``<data-dir>/logs/guichet.log``; a real ``guichet server`` process writes JSON lines, one per
request with the route (never the path), and never a token, a code nor an Authorization."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import httpx
import pytest

from guichet import logs
from guichet.config import Settings
from guichet.domain import codes
from guichet.domain.auth import Role
from guichet.domain.errors import DomainError
from guichet.startup import start
from tests import logcheck
from tests.conftest import Clock
from tests.integration.helpers import occurrence_named, sell_cash
from tests.integration.test_sync_server import guichet

DEMO_DAY = date(2026, 12, 5)
NOON_LOCAL = datetime(2026, 12, 5, 17, 0, tzinfo=UTC)


@pytest.fixture
def data_logs(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Logs where a counter keeps them (not the run's folder), then the run's folder again."""
    monkeypatch.delenv(logs.ENV_DIR)
    yield
    monkeypatch.undo()
    logcheck.restore()


def test_a_counter_logs_its_evening_in_its_data_folder(tmp_path: Path, data_logs: None) -> None:
    data = tmp_path / "data"
    receipts = tmp_path / "printer.bin"
    Settings(printer=f"file:{receipts}").save(data)
    path = logs.setup_counter(data, hooks=False)
    assert path == data / "logs" / "guichet.log"
    runtime = start(data, demo=True, demo_day=DEMO_DAY, clock=Clock(NOON_LOCAL))
    try:
        counter = runtime.counter
        users = {u.role: u for u in counter.users()}
        cashier, boss = users[Role.CASHIER], users[Role.SUPERVISOR]
        with pytest.raises(DomainError):
            counter.login(cashier.id, "1112")
        counter.login(cashier.id, "1111")
        counter.open_shift(20000)
        pool = occurrence_named(counter, "Bain libre", 13)
        sale = sell_cash(counter, pool.id, tendered=5000, adult=2)
        outcomes = runtime.print_queue.process()
        assert outcomes and all(o.ok for o in outcomes)
        line = counter.find_order(sale.order_code).lines[0]
        supervisor = counter.authorize_supervisor(boss.id, "2222")
        refund = counter.refund(sale.order_id, {line.id: 1}, supervisor)
        closed = counter.close_shift({}, "")
        ticket_codes = [t.code for t in counter.tickets_of_receipt(sale.receipt_id)]
    finally:
        runtime.close()
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()

    def one(words: str) -> str:
        found = [line for line in lines if words in line]
        assert found, f"no line with {words!r} in:\n{text}"
        return found[0]

    assert " WARNING guichet.login: PIN refused user=Sophie Gagnon reason=wrong_pin" in one(
        "PIN refused"
    )
    assert one("login user=Sophie Gagnon").endswith("role=cashier")
    assert "float=200.00" in one("shift opened")
    sold = one("sale recorded")
    assert f"receipt={sale.receipt_number}" in sold and "payments=cash:" in sold
    assert f"total={logs_amount(sale.total)}" in sold
    assert f"job=receipt job_id={outcomes[0].job_id} attempt=1 printer=file:" in one(
        "print job sent"
    )
    assert "supervisor authorised user=Luc Bouchard" in one("supervisor authorised")
    assert f"receipt={refund.receipt_number}" in one("refund recorded")
    assert f"z_number={closed.z_number}" in one("shift closed")
    for secret in ("1111", "1112", "2222", sale.order_code, *ticket_codes):
        assert secret not in text
    assert logcheck.findings(path.parent) == []


def logs_amount(cents: int) -> str:
    from guichet.services.eventlog import amount

    return amount(cents)


@pytest.fixture
def server_with_logs(
    tmp_path: Path, server_demo_file: Path
) -> Iterator[tuple[str, str, Path]]:
    """``guichet server --log-dir DIR`` on a copy of the demo server (SQLite)."""
    import shutil

    db = tmp_path / "server.sqlite3"
    shutil.copy2(server_demo_file, db)
    db_url = f"sqlite:///{db}"
    port = _port()
    folder = tmp_path / "server-logs"
    process = subprocess.Popen(
        [sys.executable, "-m", "guichet.cli", "server", "--db", db_url,
         "--port", str(port), "--log-dir", str(folder)],
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(f"{url}/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        yield url, db_url, folder
    finally:
        process.terminate()
        process.wait(10)


def _port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_a_server_writes_json_lines_without_its_secrets(
    server_with_logs: tuple[str, str, Path],
) -> None:
    url, db_url, folder = server_with_logs
    pairing = guichet("server", "--db", db_url, "admin", "pairing-code").stdout.strip()
    paired = httpx.post(f"{url}/pair", json={"code": pairing, "terminal_name": "Caisse 9"})
    assert paired.status_code == 200
    token = paired.json()["token"]
    auth = {"Authorization": f"Bearer {token}"}
    card, ticket = codes.new_code(), codes.new_code()
    assert httpx.get(f"{url}/cards/{card}/verdict", headers=auth).status_code == 200
    httpx.get(f"{url}/tickets/{ticket}/verdict", headers=auth)
    assert httpx.post(f"{url}/push", json={"envelopes": []}, headers=auth).status_code == 200
    assert httpx.get(f"{url}/changes", headers={"Authorization": "Bearer nope"}).status_code == 401
    path = folder / logs.SERVER_FILE
    records: list[dict[str, object]] = []
    deadline = time.monotonic() + 10
    while not any(r.get("path") == "/changes" for r in records):
        assert time.monotonic() < deadline, "the request lines were not written"
        time.sleep(0.05)
        text = path.read_text(encoding="utf-8") if path.exists() else ""
        records = [json.loads(line) for line in text.splitlines()]  # every line is JSON
    by_path = {r.get("path"): r for r in records if r.get("logger") == "guichet.server.http"}
    assert by_path["/health"]["status"] == 200 and by_path["/health"]["method"] == "GET"
    assert isinstance(by_path["/health"]["duration_ms"], float)
    verdict = by_path["/cards/{code}/verdict"]
    assert verdict["status"] == 200 and verdict["terminal_id"] == paired.json()["terminal_id"]
    assert "/tickets/{code}/verdict" in by_path
    assert by_path["/push"]["terminal_id"] == paired.json()["terminal_id"]
    assert by_path["/changes"]["status"] == 401
    assert any(r["message"] == "terminal paired" for r in records)
    assert any(r["message"] == "server starting" for r in records)
    assert all({"time", "level", "logger", "message"} <= r.keys() for r in records)
    for secret in (token, pairing, card, ticket, "Authorization", "Bearer", "nope"):
        assert secret not in text
    assert logcheck.findings(folder) == []
