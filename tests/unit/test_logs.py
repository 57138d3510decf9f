"""guichet.logs: redaction, the counter's lines, the server's JSON lines, rotation, the tail
the Journal shows; and the run-wide secret check of tests/logcheck.py catches a planted one."""

from __future__ import annotations

import json
import logging
import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest

from guichet import logs
from guichet.domain import codes
from guichet.services.eventlog import amount
from tests import logcheck


@pytest.fixture
def own_logs() -> Iterator[None]:
    """A test that sets logging up itself; the run's folder is logged to again after it."""
    yield
    logcheck.restore()


def grouped(code: str) -> str:
    return "-".join(code[i : i + 5] for i in range(0, len(code), 5))


SECRETS = [
    (lambda c, p, t: f"sold with card {c}", "card code"),
    (lambda c, p, t: f"ticket {grouped(c)} scanned", "grouped code"),
    (lambda c, p, t: f"pairing with {p}", "pairing code"),
    (lambda c, p, t: f"header Authorization: Bearer {t}", "bearer token"),
    (lambda c, p, t: f"stored {t} in the keyring", "bare token"),
    (lambda c, p, t: f'{{"token": "{t}"}}', "token field"),
    (lambda c, p, t: "login pin=4821", "pin field"),
    (lambda c, p, t: '{"owner_pin": "48213"}', "pin JSON field"),
    (lambda c, p, t: "GET /tickets/" + c + "/verdict", "code in a path"),
    (lambda c, p, t: "db postgresql+psycopg://guichet:hunter2@db/guichet", "URL password"),
    (lambda c, p, t: "hash $argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA", "PIN hash"),
]


@pytest.mark.parametrize("make, what", SECRETS, ids=[w for _m, w in SECRETS])
def test_every_kind_of_secret_is_found_and_redacted(make, what) -> None:  # type: ignore[no-untyped-def]
    code, pairing, token = codes.new_code(), codes.new_code(9), secrets.token_urlsafe(32)
    line = make(code, pairing, token)
    assert logs.secrets_in(line), what
    hidden = logs.redact(line)
    assert logs.REDACTED in hidden
    for secret in (code, grouped(code), pairing, token, "4821", "48213", "hunter2", "aGFzaA"):
        assert secret not in hidden
    assert not logs.secrets_in(hidden)
    # The run-wide check flags the line as written, and the redacted one by its mark.
    assert logcheck.problems(line) and logcheck.problems(hidden)


@pytest.mark.parametrize(
    "line",
    [
        "2026-12-05T19:30:00.123-05:00 INFO guichet.sales: sale recorded receipt=12 "
        "total=45.50 payments=cash:40.00,card:5.50 user=Sophie Gagnon",
        '{"method": "GET", "path": "/tickets/{code}/verdict", "status": 200, '
        '"duration_ms": 3.4, "terminal_id": "3f2a9c12-4b5d-4e6f-8a9b-123456789abc"}',
        "shift closed shift_id=0b6b1111-2222-4d5e-9999-0c1d2e3f4a5b z_number=3",
        "server unreachable, selling offline error=unreachable",
        "HELLOWORLD ABCDEFGHJK",  # ten letters of the alphabet whose check symbol is wrong
        "uvicorn.error: Application startup complete.",
    ],
)
def test_ordinary_lines_are_left_alone(line: str) -> None:
    if "ABCDEFGHJK" in line:
        assert codes.check_symbol_for("ABCDEFGHJ") != "K"
    assert logs.redact(line) == line
    assert logcheck.problems(line) == []


def test_the_run_check_finds_a_planted_secret_in_a_file(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    clean = tmp_path / "guichet.log"
    clean.write_text("2026-12-05T19:30:00+00:00 INFO guichet.login: login user=Luc\n")
    assert logcheck.findings(tmp_path) == []
    planted = tmp_path / "a" / "guichet-server.log.1"
    order = codes.new_code()
    planted.write_text(f'{{"message": "ok"}}\n{{"message": "order {order}"}}\n')
    found = logcheck.findings(tmp_path)
    assert len(found) == 1 and f"{planted}:2:" in found[0] and order in found[0]
    (tmp_path / "b.log").write_text("login by Marie with 9999\n")
    assert any("9999" in f for f in logcheck.findings(tmp_path))


def test_counter_lines_are_plain_with_a_zoned_timestamp_and_fields(
    tmp_path: Path, own_logs: None
) -> None:
    path = logs.setup_counter(tmp_path, log_dir=tmp_path / "logs", hooks=False)
    assert path == tmp_path / "logs" / "guichet.log"
    log = logging.getLogger("guichet.sales")
    card = codes.new_code()
    log.info("sale recorded", extra={"receipt": 7, "total": amount(4550)})
    log.warning("a careless line with %s", card)
    try:
        raise ValueError(f"refused {card}")
    except ValueError:
        log.exception("it failed")
    text = path.read_text(encoding="utf-8")
    first = next(line for line in text.splitlines() if "sale recorded" in line)
    stamp, level, name, *_rest = first.split(" ")
    assert level == "INFO" and name == "guichet.sales:"
    assert stamp[-6] in "+-" and stamp[-3] == ":"  # the offset, as in 19:30:00.123-05:00
    assert first.endswith("sale recorded receipt=7 total=45.50")
    assert card not in text  # the safety net, in the message and in the traceback
    assert "a careless line with [redacted]" in text
    assert "ValueError: refused [redacted]" in text
    assert logs.serious(logs.tail(path, 100))[0].split(" ")[1] == "WARNING"


def test_server_lines_are_json_objects(
    tmp_path: Path, own_logs: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(logs.ENV_DIR)  # next to the database, as a server started by hand
    path = logs.setup_server(f"sqlite:///{tmp_path}/server.db")
    assert path == tmp_path / "logs" / "guichet-server.log"
    assert logs.setup_server("sqlite:///x.db", log_dir=tmp_path / "w", worker=2).name == (
        "guichet-server.w2.log"
    )
    logs.setup_server(f"sqlite:///{tmp_path}/server.db")
    token = secrets.token_urlsafe(32)
    logging.getLogger("guichet.server.http").info(
        "POST /push 200",
        extra={"method": "POST", "path": "/push", "status": 200, "duration_ms": 1.5,
               "terminal_id": "t-1", "note": f"Bearer {token}"},
    )  # fmt: skip
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    record = lines[-1]
    assert {k: record[k] for k in ("level", "logger", "message", "status", "terminal_id")} == {
        "level": "INFO",
        "logger": "guichet.server.http",
        "message": "POST /push 200",
        "status": 200,
        "terminal_id": "t-1",
    }
    assert record["duration_ms"] == 1.5
    assert "T" in record["time"] and record["time"][-6] in "+-"
    assert token not in path.read_text(encoding="utf-8")


def test_the_file_rotates_and_the_tail_reads_across(
    tmp_path: Path, own_logs: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(logs, "MAX_BYTES", 4000)
    path = logs.setup_counter(tmp_path, log_dir=tmp_path, hooks=False)
    log = logging.getLogger("guichet.test")
    for n in range(400):
        log.info("line %d", n)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names[:3] == ["guichet.log", "guichet.log.1", "guichet.log.2"]
    assert len(names) == logs.BACKUPS + 1  # the oldest files are dropped
    assert all(p.stat().st_size <= 4000 for p in tmp_path.iterdir())
    tail = logs.tail(path, 60)
    assert len(tail) == 60 and tail[-1].endswith("line 399")
    numbers = [int(line.rsplit(" ", 1)[1]) for line in tail]
    assert numbers == list(range(340, 400))  # across the rotated file, in order


def test_the_log_env_folder_wins_over_the_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(logs.ENV_DIR, str(tmp_path / "all"))
    assert logs.counter_log_dir(tmp_path / "data") == tmp_path / "all"
    assert logs.server_log_dir("sqlite:///a.db") == tmp_path / "all"
    assert logs.server_log_dir("sqlite:///a.db", tmp_path / "x") == tmp_path / "x"
    monkeypatch.delenv(logs.ENV_DIR)
    assert logs.counter_log_dir(tmp_path / "data") == tmp_path / "data" / "logs"


def test_uncaught_exceptions_are_logged_with_their_traceback(
    tmp_path: Path, own_logs: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys
    import threading

    seen: list[str] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, value, tb: seen.append("main"))
    monkeypatch.setattr(threading, "excepthook", lambda args: seen.append("thread"))
    path = logs.setup_counter(tmp_path, log_dir=tmp_path, hooks=True)

    def boom() -> None:
        raise RuntimeError("broken printer thread")

    thread = threading.Thread(target=boom, name="printer")
    thread.start()
    thread.join()
    try:
        raise KeyError("main window")
    except KeyError:
        sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    text = path.read_text(encoding="utf-8")
    assert "CRITICAL guichet.crash: uncaught exception in thread printer" in text
    assert "RuntimeError: broken printer thread" in text
    assert "KeyError: 'main window'" in text and "Traceback" in text
    assert seen == ["thread", "main"]  # then handled as before
