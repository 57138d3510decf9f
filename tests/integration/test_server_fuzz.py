"""No request to a real ``guichet server`` answers 5xx or drops the connection (issue 21,
part 2), on SQLite and on PostgreSQL, authenticated as a paired counter: hostile pushes
(NUL, lone surrogates, integers past 2^63, lists and objects where a text is expected, texts
longer than their column) in the envelopes and in every command's payload, the other
routes' bodies, then schemathesis over the whole OpenAPI document."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.integration.test_sync_server import (  # noqa: F401 - fixtures
    ServerProcess,
    guichet,
    pg_demo_template,
    pg_server,
    server,
    server_demo_file,
)
from tests.unit.test_limits import HOSTILE, hostile_payload

NUL, LONE = "\x00", "\ud800"
ANSWERED = {"accepted", "rejected", "conflict", "out_of_sequence"}


class Paired:
    """A counter paired with the server under test, speaking JSON over one kept-alive
    connection (a dropped connection fails the test, as a 5xx does)."""

    def __init__(self, process: ServerProcess) -> None:
        code = guichet("server", "--db", process.db_url, "admin", "pairing-code").stdout.strip()
        self.http = httpx.Client(base_url=process.url, timeout=60)
        paired = self.http.post("/pair", json={"code": code, "terminal_name": "Fuzz"}).json()
        self.token, self.terminal_id = paired["token"], paired["terminal_id"]
        self.next = 1

    def post(self, path: str, body: Any) -> httpx.Response:
        # ensure_ascii: a lone surrogate travels as its JSON escape, as a hostile client
        # would send it (UTF-8 cannot carry it); allow_nan: NaN and Infinity too.
        raw = json.dumps(body, ensure_ascii=True, allow_nan=True).encode()
        response = self.http.post(
            path,
            content=raw,
            headers={"Authorization": f"Bearer {self.token}", "Content-Type": "application/json"},
        )
        assert response.status_code < 500, (path, response.status_code, response.text[:500])
        answer = response.json()  # always JSON, always a code when refused
        if response.status_code >= 400:
            assert isinstance(answer["detail"]["code"], str), answer
        return response

    def envelope(self, command_type: str, payload: Any) -> dict[str, Any]:
        return {
            "command_id": str(uuid.uuid4()),
            "command_type": command_type,
            "terminal_id": self.terminal_id,
            "sequence": self.next,
            "occurred_at": datetime.now(UTC).isoformat(),
            "user_id": None,
            "payload": payload,
        }

    def push(self, envelopes: list[dict[str, Any]]) -> httpx.Response:
        response = self.post("/push", {"envelopes": envelopes})
        if response.status_code == 200:
            for answer in response.json()["answers"]:
                assert answer["status"] in ANSWERED, answer
                json.dumps(answer["details"], allow_nan=False).encode("utf-8")
                if answer["status"] == "out_of_sequence":
                    self.next = int(answer["details"]["expected"])
                else:
                    self.next = int(answer["sequence"]) + 1
        return response


@pytest.fixture(params=["sqlite", "postgresql"])
def any_server(request: pytest.FixtureRequest) -> ServerProcess:
    fixture = "server" if request.param == "sqlite" else "pg_server"
    process: ServerProcess = request.getfixturevalue(fixture)
    return process


@pytest.fixture
def counter(any_server: ServerProcess) -> Iterator[Paired]:
    paired = Paired(any_server)
    yield paired
    paired.http.close()


HOSTILE_BODIES: list[tuple[str, Any]] = [
        ("/pairing-codes", {"user_id": NUL}),
        ("/pairing-codes", {"user_id": LONE}),
        ("/pairing-codes", {"user_id": ["u"]}),
        ("/pairing-codes", {"user_id": 2**63}),
        ("/pair", {"code": NUL, "terminal_name": LONE}),
        ("/pair", {"code": "ABCDEFGHJK", "terminal_name": f"Caisse{NUL}"}),
        ("/lease", {"request_id": NUL, "releases": []}),
        ("/lease", {"request_id": "r", "releases": [
            {"kind": "places", "occurrence_id": LONE, "count": 1}]}),
        ("/lease", {"request_id": "r", "releases": [
            {"kind": "places", "occurrence_id": "o", "count": 2**63}]}),
        ("/adopt", {"code": LONE, "terminal_id": "t", "rows": []}),
        ("/adopt", {"code": "ABCDEFGHJK", "terminal_id": "t", "rows": [
            {"id": 1, "entity": "venue", "entity_id": "v", "op": "upsert",
             "data": {"name": NUL, "n": float("nan")}}]}),
        ("/push", {"envelopes": [{"command_id": LONE}]}),
        ("/push", {"envelopes": "tout"}),
        ("/push", [NUL]),
    ]  # fmt: skip


ENVELOPE_FIELDS = ["command_id", "command_type", "terminal_id", "sequence", "occurred_at",
                   "user_id", "payload"]  # fmt: skip


def test_hostile_pushes_are_answered_never_a_server_error(counter: Paired) -> None:
    """Hypothesis draws a command of every type with one field made hostile, in its payload
    or its envelope; each push is answered (per command, or 422 naming the field)."""

    @settings(
        max_examples=250,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(
        hostile_payload(),
        st.sampled_from([None, *ENVELOPE_FIELDS]),
        HOSTILE,
        st.booleans(),
    )
    def push(case: tuple[str, dict[str, Any]], field: str | None, value: Any, lead: bool) -> None:
        name, payload = case
        envelopes = []
        if lead:  # a good command before it: the bad one must not take it down with it
            envelopes.append(
                counter.envelope("shift.open", {"shift_id": str(uuid.uuid4()), "opening_float": 0})
            )
        bad = counter.envelope(name, payload)
        if field is not None:
            bad[field] = value
        if lead:
            bad["sequence"] = counter.next + 1 if field != "sequence" else value
        counter.push([*envelopes, bad])

    push()
    # The server still takes the counter's next command.
    good = counter.envelope("shift.open", {"shift_id": str(uuid.uuid4()), "opening_float": 0})
    answers = counter.push([good]).json()["answers"]
    assert answers[0]["status"] != "out_of_sequence", answers
    # ...and the other routes' hostile bodies are refused with a code (one server for all:
    # starting one is most of a test's time).
    for path, body in HOSTILE_BODIES:
        response = counter.post(path, body)
        assert response.status_code == 422, (path, response.text)
        assert response.json()["detail"]["code"] == "request_invalid"
    headers = {"Authorization": f"Bearer {counter.token}", "Content-Type": "application/json"}
    for raw in (b'{"envelopes": [{"command_id": "\xed\xa0\x80"}]}', b"[" * 100_000, b"\xff"):
        response = counter.http.post("/push", content=raw, headers=headers)
        assert response.status_code in (400, 422), response.text
        assert response.json()["detail"]["code"] in ("request_invalid", "request_unreadable")


def test_schemathesis_finds_no_server_error(any_server: ServerProcess, counter: Paired) -> None:
    """Every route of the OpenAPI document, with NUL bytes allowed and negative cases, with a
    real device token (so /push, /lease and /changes are exercised past authentication)."""
    st_cli = shutil.which("st", path=str(Path(sys.executable).parent))
    assert st_cli is not None
    done = subprocess.run(
        [st_cli, "run", f"{any_server.url}/openapi.json", "--checks", "not_a_server_error",
         "--max-examples", "30", "--seed", "21", "--generation-allow-x00", "true",
         "--header", f"Authorization: Bearer {counter.token}", "--request-timeout", "30"],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout[-3000:]
