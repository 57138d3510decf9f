"""The first sync of a new counter, written in bulk (issue 6, part 13): pages joined from the
log's own JSON on the server; on the counter, rows through the driver, transactions of many
pages, a plain INSERT where no row is there yet. Whatever the path, the counter's database
must end up exactly as the row-by-row SQLAlchemy path leaves it, even when cut off."""

from __future__ import annotations

import json
import sqlite3
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.dialects import sqlite
from sqlalchemy.orm import Session, sessionmaker

from guichet.changes import plans
from guichet.changes.apply import apply_entries
from guichet.models.db import make_engine, open_local_database
from guichet.models.tables import OutboxEntry, SyncState, Terminal
from guichet.sync import engine as sync_engine
from guichet.sync.engine import FIRST_SYNC, ServerClient, SyncEngine, SyncError, load_token
from guichet.sync.keyrings import MemoryKeyring
from guichet.sync.pairing import pair_counter
from tests.integration import test_sync_server as sync_tests
from tests.integration.helpers import sell_cash
from tests.integration.test_sync_server import (
    ServerProcess,
    guichet,
    occurrence_named,
    paired_counter,
)

server = sync_tests.server  # the same fixtures: a server process on SQLite, a keyring
memory_keyring = sync_tests.memory_keyring

PAGE = 40  # small pages: a few hundred rows make many pages and transactions


class SmallPages:
    """The server's pages, ``PAGE`` rows each; fails like a dropped network after ``cut``."""

    def __init__(self, client: ServerClient, cut: int | None = None) -> None:
        self.client, self.cut, self.pages = client, cut, 0

    def changes(self, since: int, limit: int = PAGE) -> dict[str, Any]:
        if self.cut is not None and self.pages >= self.cut:
            raise SyncError("unreachable", "cut off")
        self.pages += 1
        return self.client.changes(since, PAGE)


def _server_side(server: ServerProcess) -> sessionmaker[Session]:
    """A session factory on the server's own database, logging what it writes."""
    from guichet.server.core import ServerCore

    factory = sessionmaker(make_engine(server.db_url), expire_on_commit=False)
    ServerCore(factory)  # installs the change log capture
    return factory


def _busy_log(server: ServerProcess, tmp_path: Path) -> None:
    """A log with every kind of entry: rows of a sale pushed by a counter (order taxes match
    by natural key), a lot of cards logged in bulk (a shape of their own), updates of rows
    logged before, deletions by id and by natural key."""
    from guichet.domain import codes
    from guichet.domain.commands import Envelope, GenerateCards
    from guichet.models.tables import CardType, Occurrence, OrderTax, Price, Terminal, User
    from guichet.services.bus import apply_envelope

    one, sync_one = paired_counter(server, tmp_path, "Caisse A")
    swim = occurrence_named(one, "Bain libre", 18)
    sell_cash(one, swim.id, adult=2)
    sell_cash(one, swim.id, adult=1, child=1)
    assert sync_one.sync().error == ""
    factory = _server_side(server)
    with factory() as session:
        terminal = session.scalars(select(Terminal).where(Terminal.is_local)).first()
        owner = session.scalars(select(User).where(User.role == "owner")).first()
        card_type = session.scalars(select(CardType)).first()
        assert terminal is not None and owner is not None and card_type is not None
    cards = GenerateCards(
        str(uuid.uuid4()), card_type.id, tuple(codes.new_code() for _ in range(300)), True
    )
    envelope = Envelope(
        str(uuid.uuid4()), "card.generate", terminal.id, 1, datetime.now(UTC), owner.id,
        cards.to_payload(),
    )  # fmt: skip
    with factory() as session, session.begin():
        apply_envelope(session, envelope)
    with factory() as session, session.begin():
        occurrence = session.get(Occurrence, swim.id)
        assert occurrence is not None
        occurrence.capacity += 5  # logged again: an upsert of a row already there
        session.delete(session.scalars(select(OrderTax)).first())  # by natural key
        session.delete(session.scalars(select(Price)).first())  # by id
    factory.kw["bind"].dispose()


def _rows(database: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, with the SQLite type of each value."""
    connection = sqlite3.connect(database)
    try:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        out = {}
        for table in tables:
            columns = [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')]
            typed = ", ".join(f'"{c}", typeof("{c}")' for c in columns)
            out[table] = sorted(
                connection.execute(f'SELECT {typed} FROM "{table}"').fetchall(), key=repr
            )
        return out
    finally:
        connection.close()


def _counter_like(paired: Path, tmp_path: Path, name: str) -> tuple[Path, sessionmaker[Session]]:
    """An empty counter database that knows the same server and terminal as ``paired``."""
    database = tmp_path / name / "guichet.sqlite3"
    database.parent.mkdir()
    _, factory = open_local_database(database)
    _, source = open_local_database(paired)
    with source() as session:
        known = {s.key: s.value for s in session.scalars(select(SyncState))}
    with factory() as session, session.begin():
        for key in ("server_url", "terminal_id"):
            session.add(SyncState(key=key, value=known[key]))
    return database, factory


def _busy_server(server: ServerProcess, tmp_path: Path, folder: str) -> tuple[str, Path]:
    """A server with a busy log (:func:`_busy_log`), a pairing code for a new counter, and
    the path of that counter's database (its folder made)."""
    _busy_log(server, tmp_path)
    code = guichet("server", "--db", server.db_url, "admin", "pairing-code").stdout.strip()
    database = tmp_path / folder / "guichet.sqlite3"
    database.parent.mkdir()
    return code, database


def _pull(
    factory: sessionmaker[Session], server: ServerProcess, terminal_id: str, **kw: Any
) -> int:
    token = load_token(server.url, terminal_id)
    client = SmallPages(ServerClient(server.url, token), **kw)
    return SyncEngine(factory, terminal_id, client).pull()  # type: ignore[arg-type]


def test_a_first_sync_in_bulk_leaves_what_the_row_by_row_path_leaves(
    server: ServerProcess,
    tmp_path: Path,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    code, bulk = _busy_server(server, tmp_path, "bulk")
    monkeypatch.setattr(sync_engine, "PULL_PAGE", PAGE)
    monkeypatch.setattr(sync_engine._FirstSync, "ROWS", 150)  # several pages a transaction
    monkeypatch.setattr(ServerClient, "changes", lambda self, since, limit=PAGE: (
        self._call("GET", "/changes", params={"since": since, "limit": PAGE})
    ))  # fmt: skip
    paired = pair_counter(bulk, server.url, code, "Caisse B")
    assert paired.applied > 500  # many pages of PAGE entries, of every kind
    reference, factory = _counter_like(bulk, tmp_path, "reference")
    monkeypatch.undo()
    # The path every row took before: SQLAlchemy's upsert of dicts, a commit per page.
    with monkeypatch.context() as patch:
        patch.setattr(plans.Plan, "make", staticmethod(lambda *args: None))
        patch.setattr(sync_engine._FirstSync, "ROWS", 1)
        assert _pull(factory, server, paired.terminal_id) == paired.applied
    got, expected = _rows(bulk), _rows(reference)
    assert got.keys() == expected.keys()
    for table in expected:
        assert got[table] == expected[table], table
    assert len(got["card"]) >= 300 and got["order_tax"]
    assert not any(r[0] == FIRST_SYNC for r in got["sync_state"])  # over: the mark is gone
    connection = sqlite3.connect(bulk)
    local = connection.execute("SELECT id FROM terminal WHERE is_local").fetchall()
    connection.close()
    assert local == [(paired.terminal_id,)]  # its own row only, as the server's copy says


def test_a_first_sync_cut_off_resumes_and_ends_the_same(
    server: ServerProcess,
    tmp_path: Path,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    code, first = _busy_server(server, tmp_path, "first")
    paired = pair_counter(first, server.url, code, "Caisse B")  # in one go: the reference
    monkeypatch.setattr(sync_engine._FirstSync, "ROWS", 150)
    database, factory = _counter_like(first, tmp_path, "cut")

    def cursor() -> int:
        with factory() as session:
            state = session.get(SyncState, "cursor")
            return int(state.value) if state is not None else 0

    # The network drops after 6 pages: what was applied is kept, cursor and mark with it.
    with pytest.raises(SyncError):
        _pull(factory, server, paired.terminal_id, cut=6)
    after_drop = cursor()
    assert after_drop > 0
    with factory() as session:
        assert session.get(SyncState, FIRST_SYNC) is not None
    # The process dies in the middle of a transaction: it is rolled back, cursor included.
    calls = {"n": 0}
    apply = sync_engine.apply_entries

    def dies_on_the_sixth_page(*args: Any, **kw: Any) -> int:
        calls["n"] += 1
        if calls["n"] == 6:
            raise RuntimeError("power cut")
        return apply(*args, **kw)

    monkeypatch.setattr(sync_engine, "apply_entries", dies_on_the_sixth_page)
    with pytest.raises(RuntimeError):
        _pull(factory, server, paired.terminal_id)
    monkeypatch.setattr(sync_engine, "apply_entries", apply)
    assert cursor() == after_drop + 4 * PAGE  # four pages committed, the fifth rolled back
    # A command waiting to be pushed: the resumed sync waits for the push.
    with factory() as session, session.begin():
        terminal_id = session.execute(select(Terminal.id)).scalars().first()
        session.add(
            OutboxEntry(
                command_id=str(uuid.uuid4()), command_type="shift.open",
                terminal_id=terminal_id, sequence=1, occurred_at=datetime.now(UTC), payload={},
            )
        )  # fmt: skip
    before = cursor()
    assert _pull(factory, server, paired.terminal_id) == 0 and cursor() == before
    with factory() as session, session.begin():
        session.execute(OutboxEntry.__table__.delete())
    # Then it resumes, in bulk, and ends exactly as the sync that was never cut off.
    assert _pull(factory, server, paired.terminal_id) > 0
    got, expected = _rows(database), _rows(first)
    for table in expected:
        if table != "sync_state":
            assert got[table] == expected[table], table
    with factory() as session:
        assert session.get(SyncState, FIRST_SYNC) is None
    engine = factory.kw["bind"]
    with engine.connect() as conn:  # the bigger cache of the first sync is given back
        assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == -32000


def test_a_run_already_there_is_written_again_as_upserts(tmp_path: Path) -> None:
    """fresh=True tries a plain INSERT: a run with a row already there (the log holds a row
    twice, or a sync replays from the start) falls back to the upsert, same result."""
    _, factory = open_local_database(tmp_path / "c.sqlite3")
    from guichet.models.tables import Organisation

    org = str(uuid.uuid4())
    table = Organisation.__table__
    entries = [
        {"id": n, "entity": "organisation", "entity_id": org, "op": "upsert",
         "data": {c.name: 5 if c.name == "cash_increment" else org if c.name == "id" else name
                  for c in table.columns}}
        for n, name in enumerate(("Avant", "Après"))
    ]  # fmt: skip
    assert plans.Plan.make(table, tuple(entries[0]["data"]), None, sqlite.dialect())
    for fresh in (True, True, False):
        with factory() as session, session.begin():
            assert apply_entries(session, entries, keep=set(), fresh=fresh) == 2
        with factory() as session:
            rows = session.execute(select(Organisation)).scalars().all()
        assert [(r.id, r.name, r.cash_increment) for r in rows] == [(org, "Après", 5)]


@pytest.mark.parametrize(
    "value",
    [
        "2026-01-02T03:04:05.000006+00:00",
        "2026-01-02T03:04:05+00:00",
        "2026-01-02T04:04:05.5+01:00",
        "2026-01-02T03:04:05.123456+00:00",
    ],
)
def test_timestamps_are_stored_as_sqlalchemy_stores_them(value: str) -> None:
    from guichet.models.tables import Card

    dialect = sqlite.dialect()
    column = Card.__table__.c.created_at
    convert = plans.converter(column, dialect)
    assert convert is not None
    bind = column.type.dialect_impl(dialect).bind_processor(dialect)
    assert convert(value) == bind(datetime.fromisoformat(value))


def test_json_documents_are_encoded_as_sqlalchemy_encodes_them() -> None:
    from guichet.models.tables import Card

    dialect = sqlite.dialect()
    column = Card.__table__.c.terms
    convert = plans.converter(column, dialect)
    bind = column.type.dialect_impl(dialect).bind_processor(dialect)
    assert convert is not None and bind is not None
    # Equal for ==, told apart by the encoding: remembered apart too.
    for value in ({"uses": 1}, {"uses": 1.0}, {"uses": True}, {"b": 1, "a": 2}, {"a": 2, "b": 1},
                  None, [], "é", {"uses": 1}):  # fmt: skip
        assert convert(value) == bind(value)


def test_a_page_body_is_the_log_as_stored(tmp_path: Path) -> None:
    """The body of GET /changes, joined from the stored texts, reads as the entries do."""
    from guichet.models.tables import ChangeLogEntry
    from guichet.server.core import ServerCore
    from guichet.services.demo import load_demo

    engine = make_engine(f"sqlite:///{tmp_path / 'server.sqlite3'}")
    from guichet.models.db import upgrade

    upgrade(engine)
    factory = sessionmaker(engine, expire_on_commit=False)
    core = ServerCore(factory)
    load_demo(factory, seating=False, promotions=False)
    org = core.organisation_id()
    with factory() as session, session.begin():
        session.add_all(
            [
                ChangeLogEntry(organisation_id=org, entity="customer", op="upsert",
                               entity_id='un "id"\\ à part\n', data={"name": "Zoë \"Z\" \u2028"}),
                ChangeLogEntry(organisation_id="other", entity="customer", op="upsert",
                               entity_id="x", data={"name": "not ours"}),
                ChangeLogEntry(organisation_id=org, entity="customer", op="delete",
                               entity_id="y", data=None),
            ]
        )  # fmt: skip
    cursor, seen = 0, 0
    while True:
        page = core.changes_since(org, cursor, 97)
        body = json.loads(core.changes_body(org, cursor, 97))
        assert body == {
            "changes": page.changes,
            "cursor": page.cursor,
            "more": page.more,
            "snapshot_required": False,
        }
        seen += len(page.changes)
        cursor = page.cursor
        if not page.more:
            break
    assert seen > 100 and page.changes[-1]["data"] is None
    assert page.changes[-2]["entity_id"] == 'un "id"\\ à part\n'
    assert all(c["data"] != {"name": "not ours"} for c in page.changes)
    with factory() as session, session.begin():
        session.execute(ChangeLogEntry.__table__.delete().where(ChangeLogEntry.id < 10))
    assert json.loads(core.changes_body(org, 3, 10)) == {
        "changes": [], "cursor": 3, "more": False, "snapshot_required": True
    }  # fmt: skip
    engine.dispose()
