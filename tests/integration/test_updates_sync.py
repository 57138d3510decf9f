"""Updates (issue 19, part 8) with a real ``guichet server`` process and real counters.

The organisation raises the minimum counter version with ``guichet server admin updates``:
the next sync of an older counter is refused with ``counter_too_old`` and the download place,
the counter keeps selling, its sales wait in its outbox and reach the server once it is
accepted again. A counter that cannot read the server's data format stops before writing a
byte of its database.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import httpx
import pytest

from guichet import __version__
from guichet.changes.entries import DATA_FORMAT
from guichet.domain.versions import parse
from guichet.sync import engine as sync_engine
from guichet.sync.engine import ServerClient, SyncEngine, SyncError
from guichet.sync.keyrings import MemoryKeyring
from guichet.sync.pairing import pair_counter
from guichet.sync.updates import FORMAT_NEWER, TOO_OLD, load_notice, notice_path
from tests.cli_runner import run_guichet
from tests.integration.helpers import sell_cash
from tests.integration.test_sync_server import (
    ServerProcess,
    guichet,
    occurrence_named,
    paired_counter,
    server_counts,
)

URL = "https://quai.example/downloads"


def next_minor() -> str:
    """A minimum this counter does not meet: the next minor release."""
    current = parse(__version__)
    return f"{current.major}.{current.minor + 1}.0"


def set_updates(server: ServerProcess, *args: str) -> str:
    return guichet("server", "--db", server.db_url, "admin", "updates", *args).stdout


def test_version_is_published_and_set_by_the_organisation(server: ServerProcess) -> None:
    published = httpx.get(f"{server.url}/version").json()
    assert published == {
        "server_version": __version__,
        "minimum_counter_version": None,
        "download_url": "",
        "data_format": DATA_FORMAT,
    }
    shown = set_updates(server, "--minimum-counter-version", "0.2.0-rc.1", "--download-url", URL)
    assert "Version minimale des guichets\u00a0: 0.2.0rc1" in shown
    assert f"Téléchargement\u00a0: {URL}" in shown
    published = httpx.get(f"{server.url}/version").json()
    assert published["minimum_counter_version"] == "0.2.0rc1"
    assert published["download_url"] == URL
    # Only what is given changes; a typo is refused and changes nothing.
    set_updates(server, "--minimum-counter-version", "0.1.0")
    assert httpx.get(f"{server.url}/version").json()["download_url"] == URL
    for args in (("--minimum-counter-version", "zéro"), ("--download-url", "quai.example")):
        done = run_guichet(("server", "--db", server.db_url, "admin", "updates", *args))
        assert done.returncode == 2 and "invalide" in done.stderr
    done = run_guichet(("--lang", "en", "server", "--db", server.db_url, "admin", "updates"))
    assert "Minimum counter version: 0.1.0" in done.stdout, done.stdout + done.stderr
    assert httpx.get(f"{server.url}/version").json()["minimum_counter_version"] == "0.1.0"
    set_updates(server, "--minimum-counter-version", "", "--download-url", "")
    assert httpx.get(f"{server.url}/version").json()["minimum_counter_version"] is None


def test_a_counter_below_the_minimum_keeps_selling_and_says_where_to_update(
    server: ServerProcess, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    one, sync_one = paired_counter(server, tmp_path, "Caisse A")
    swim = occurrence_named(one, "Bain libre", 18)
    applied_before, _ = server_counts(server, swim.id)
    minimum = next_minor()
    set_updates(server, "--minimum-counter-version", minimum, "--download-url", URL)

    waiting = sync_one.waiting()  # the shift it opened
    sell_cash(one, swim.id, adult=2)  # the sale never waits for the server
    status = sync_one.sync()
    assert status.error == TOO_OLD and status.waiting == waiting + 1
    assert status.update is not None
    assert (status.update.version, status.update.minimum) == (__version__, minimum)
    assert status.update.download_url == URL
    assert server_counts(server, swim.id)[0] == applied_before  # nothing of it was taken
    sell_cash(one, swim.id, adult=1)  # refused sync, still selling: the outbox waits
    assert sync_one.sync().waiting == waiting + 2

    # Kept beside the database: a restarted counter says it before its first sync round.
    path = notice_path(one.session_factory)
    assert path is not None and path.parent == tmp_path / "Caisse A"
    assert load_notice(path) == status.update
    restarted = SyncEngine(one.session_factory, one.terminal_id, sync_one.client)
    assert restarted.status().update == status.update

    # Pairing a counter this old is refused the same way, and the code is not spent.
    code = guichet("server", "--db", server.db_url, "admin", "pairing-code").stdout.strip()
    (tmp_path / "Caisse B").mkdir()
    with pytest.raises(SyncError) as pairing:
        pair_counter(tmp_path / "Caisse B" / "guichet.sqlite3", server.url, code, "Caisse B")
    assert pairing.value.code == TOO_OLD and pairing.value.params["minimum"] == minimum
    with pytest.raises(SyncError) as direct:  # the server's own refusal (without /version)
        ServerClient(server.url).pair(code, "Caisse B")
    assert direct.value.code == TOO_OLD
    assert direct.value.params == {"version": __version__, "minimum": minimum, "download_url": URL}

    # The organisation lowers the minimum: the sales go through, the notice goes away.
    set_updates(server, "--minimum-counter-version", __version__)
    status = sync_one.sync()
    assert status.error == "" and status.update is None and status.waiting == 0
    assert not path.exists()
    assert server_counts(server, swim.id)[0] == applied_before + 2
    assert ServerClient(server.url).pair(code, "Caisse B")["server"]["data_format"] == DATA_FORMAT


def _database_state(path: Path) -> tuple[str, str, str]:
    """The database file's and its write-ahead log's bytes (hashed), and every row."""

    def digest(file: Path) -> str:
        return hashlib.sha256(file.read_bytes()).hexdigest() if file.exists() else ""

    wal = path.with_name(path.name + "-wal")
    files = digest(path), digest(wal)
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = "\n".join(connection.iterdump())
    finally:
        connection.close()
    return files[0], files[1], hashlib.sha256(rows.encode()).hexdigest()


def test_a_counter_that_cannot_read_the_server_data_format_touches_nothing(
    server: ServerProcess,
    tmp_path: Path,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    one, sync_one = paired_counter(server, tmp_path, "Caisse A")
    two, sync_two = paired_counter(server, tmp_path, "Caisse B")
    swim = occurrence_named(one, "Bain libre", 18)
    assert sync_two.sync().error == ""
    seen = two.occurrence(swim.id).sold
    sell_cash(one, swim.id, adult=3)
    assert sync_one.sync().error == ""  # the server has news for Caisse B

    # Caisse B is an older counter: it reads one data format less than the server sends.
    monkeypatch.setattr(sync_engine, "DATA_FORMAT", DATA_FORMAT - 1)
    database = tmp_path / "Caisse B" / "guichet.sqlite3"
    before = _database_state(database)
    with pytest.raises(SyncError) as refused:
        sync_two.pull()
    assert refused.value.code == FORMAT_NEWER
    assert _database_state(database) == before  # byte for byte, and row for row

    status = sync_two.sync()
    assert status.error == FORMAT_NEWER and status.update is not None
    assert (status.update.data_format, status.update.known_format) == (
        DATA_FORMAT,
        DATA_FORMAT - 1,
    )
    assert two.occurrence(swim.id).sold == seen  # the server's count never came in
    sell_cash(two, swim.id, adult=1)  # and it sells on, its sale pushed to the server
    assert sync_two.sync().waiting == 0
    assert load_notice(notice_path(two.session_factory)) == status.update

    monkeypatch.undo()  # upgraded: it reads the server's data again
    status = sync_two.sync()
    assert status.error == "" and status.update is None
    assert two.occurrence(swim.id).sold == seen + 4


@pytest.mark.parametrize("minimum", [None, "0.2.0"])
def test_a_malformed_version_header_never_gets_a_server_error(
    server: ServerProcess, minimum: str | None
) -> None:
    if minimum:
        set_updates(server, "--minimum-counter-version", minimum)
    pair_body = {"code": "ABCDE-FGHIJ", "terminal_name": "X"}
    for header in (b"", b"abc", b"0.1", b"9" * 5000, b"1.2.3\xff", "é".encode(), b"1.2.3 x",
                   b"0.1.0, 0.2.0", b"0.1.0rc1.dev"):  # fmt: skip
        headers = {"Guichet-Version": header}
        for method, path, body in (
            ("POST", "/pair", pair_body),
            ("GET", "/changes", None),
            ("POST", "/push", {"envelopes": []}),
            ("POST", "/lease", {"request_id": "x", "releases": []}),
            ("GET", "/version", None),
        ):
            answer = httpx.request(
                method, f"{server.url}{path}", json=body, headers=headers, timeout=10
            )
            assert answer.status_code < 500, (header, path, answer.text)
        # Said as a refusal with its code, before the one-time code is looked at.
        answer = httpx.post(f"{server.url}/pair", json=pair_body, headers=headers, timeout=10)
        assert answer.status_code == 400, (header, answer.text)
        assert answer.json()["detail"]["code"] == "counter_version_malformed"
