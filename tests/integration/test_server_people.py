"""The server checks people, not only devices (issue 21, part 3; docs/SECURITY.md).

A real ``guichet server`` process, on SQLite and on PostgreSQL, and real counters paired with
it. A paired counter's token (what a stolen counter has) cannot act as a supervisor: a
supervisor-only command in a supervisor's name without a proof is refused, a pairing code
asked in a supervisor's name without one is refused, a refund approved offline is applied
as the fact it is but flagged, never accepted as approved. Its database holds no PIN hash a
guess can be tested against; a cashier still logs in and sells offline."""

from __future__ import annotations

import base64
import shutil
import sqlite3
import uuid
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError
from argon2.low_level import Type, hash_secret_raw
from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from guichet.domain.auth import Role
from guichet.domain.commands_backoffice import SaveVenue
from guichet.domain.errors import DomainError
from guichet.domain.pins import Grant, is_peppered
from guichet.models.db import make_engine, sqlite_url
from guichet.models.tables import Conflict, OutboxEntry, User
from guichet.services.bus import Actor
from guichet.services.counter import Counter
from guichet.services.setup import local_setup
from guichet.sync.engine import ServerClient, SyncEngine, load_token
from guichet.sync.keyrings import MemoryKeyring
from guichet.sync.pairing import pair_counter
from guichet.sync.people import PeopleGateway, load_pepper
from tests.conftest import Clock
from tests.integration.helpers import sell_cash
from tests.integration.test_sync_server import ServerProcess, guichet, occurrence_named


@pytest.fixture(params=["sqlite", "postgresql"])
def any_server(request: pytest.FixtureRequest) -> ServerProcess:
    name = "server" if request.param == "sqlite" else "pg_server"
    return request.getfixturevalue(name)  # type: ignore[no-any-return]


def paired(
    server: ServerProcess, tmp_path: Path, name: str, roles: str = "cashier"
) -> tuple[Counter, SyncEngine, Path]:
    """A counter paired with a code for ``roles`` (who may log in there offline)."""
    code = guichet(
        "server", "--db", server.db_url, "admin", "pairing-code", "--roles", roles
    ).stdout.strip()
    database = tmp_path / name / "guichet.sqlite3"
    database.parent.mkdir()
    result = pair_counter(database, server.url, code, name)
    factory = sessionmaker(make_engine(sqlite_url(database)), expire_on_commit=False)
    setup = local_setup(factory)
    assert setup is not None and setup.terminal_id == result.terminal_id
    counter = Counter(factory, setup.terminal_id, clock=Clock(datetime.now(UTC)))
    token = load_token(server.url, setup.terminal_id)
    assert token
    engine = SyncEngine(factory, setup.terminal_id, ServerClient(server.url, token))
    return counter, engine, database


def person(counter: Counter, role: Role) -> tuple[str, str]:
    user = next(u for u in counter.users() if u.role is role)
    return user.id, user.name


def last_outbox(counter: Counter) -> OutboxEntry:
    with counter.session_factory() as session:
        return session.scalars(select(OutboxEntry).order_by(OutboxEntry.sequence.desc())).first()  # type: ignore[return-value]


def test_a_supervisor_command_in_a_supervisors_name_needs_the_servers_proof(
    any_server: ServerProcess, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    """(a) What a stolen counter's token can do: write a back-office command in Luc's name
    (its own bus, Luc as the actor, no PIN typed anywhere) and push it. Refused
    (``person_unverified``), as is one with a forged proof; the same command after Luc's PIN
    was checked by the server is accepted."""
    counter, engine, _ = paired(any_server, tmp_path, "Caisse")
    luc_id, luc_name = person(counter, Role.SUPERVISOR)
    luc = Actor(luc_id, luc_name, Role.SUPERVISOR)

    counter.bus.dispatch(SaveVenue(str(uuid.uuid4()), "Salle du voleur", created=True), luc)
    engine.push()
    claimed = last_outbox(counter)
    assert (claimed.push_status, claimed.push_reason) == ("rejected", "person_unverified")

    # A proof signed with a key the server never gave.
    counter.bus.grants[luc_id] = Grant(
        luc_id, "a" * 32, datetime(2100, 1, 1, tzinfo=UTC), b"k" * 32
    )
    counter.bus.dispatch(SaveVenue(str(uuid.uuid4()), "Salle forgée", created=True), luc)
    engine.push()
    forged = last_outbox(counter)
    assert "_proofs" in forged.payload
    assert (forged.push_status, forged.push_reason) == ("rejected", "person_unverified")

    # Luc types his PIN at this (cashier) counter: the server checks it and signs for him.
    counter.bus.grants.clear()
    counter.login(luc_id, "2222")
    assert luc_id in counter.bus.grants
    counter.back_office().venues.save("Salle Albert-Rousseau", "Québec")
    engine.push()
    proven = last_outbox(counter)
    assert (proven.push_status, proven.push_reason) == ("accepted", "")

    # A cashier is still a cashier, proof or not.
    counter.logout()
    sophie = Actor(*person(counter, Role.CASHIER), Role.CASHIER)
    with pytest.raises(DomainError) as refused:
        counter.bus.dispatch(SaveVenue(str(uuid.uuid4()), "Salle", created=True), sophie)
    assert refused.value.code == "forbidden"


def test_a_wrong_pin_online_counts_on_the_server(
    server: ServerProcess, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    """The lock-out of a PIN checked online lives on the server: five wrong PINs from any
    counter lock the person there, and the right PIN is then refused too."""
    counter, _, _ = paired(server, tmp_path, "Caisse")
    luc_id, _ = person(counter, Role.SUPERVISOR)
    gateway = PeopleGateway(server.url, counter.terminal_id)
    for left in (4, 3, 2, 1):
        with pytest.raises(DomainError) as wrong:
            gateway.verify(luc_id, "0000")
        assert (wrong.value.code, wrong.value.params["attempts_left"]) == ("wrong_pin", str(left))
    with pytest.raises(DomainError) as locked:
        gateway.verify(luc_id, "0000")
    assert locked.value.code == "user_locked_now"
    with pytest.raises(DomainError) as still:
        counter.login(luc_id, "2222")
    assert still.value.code == "user_locked"


def test_a_pairing_code_in_a_supervisors_name_needs_the_servers_proof(
    any_server: ServerProcess, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    """(b) ``/pairing-codes`` with the counter's token and Luc's id: refused without a proof
    and with a forged one; given with the grant the server gave Luc at his login."""
    counter, _, _ = paired(any_server, tmp_path, "Caisse")
    luc_id, _ = person(counter, Role.SUPERVISOR)
    token = load_token(any_server.url, counter.terminal_id)
    headers = {"Authorization": f"Bearer {token}"}
    bare = httpx.post(f"{any_server.url}/pairing-codes", json={"user_id": luc_id}, headers=headers)
    assert bare.status_code == 403 and bare.json()["detail"]["code"] == "person_unverified"
    now = datetime.now(UTC).isoformat()
    forged = httpx.post(
        f"{any_server.url}/pairing-codes",
        json={
            "user_id": luc_id,
            "proof": {
                "user": luc_id,
                "session": "ab",
                "expires": "2100-01-01T00:00:00+00:00",
                "at": now,
                "mac": "00" * 32,
            },
        },  # fmt: skip
        headers=headers,
    )
    assert forged.status_code == 403 and forged.json()["detail"]["code"] == "person_unverified"

    counter.login(luc_id, "2222")
    gateway = PeopleGateway(any_server.url, counter.terminal_id)
    code = gateway.pairing_code(counter.bus.grants[luc_id], datetime.now(UTC))
    assert len(code) == 10
    # A supervisor may not make a counter where owners log in offline.
    with pytest.raises(Exception) as owner:
        gateway.pairing_code(counter.bus.grants[luc_id], datetime.now(UTC), "cashier,owner")
    assert getattr(owner.value, "code", "") == "owner_required"


def test_offline_a_cashier_sells_and_a_supervisors_approval_is_flagged(
    any_server: ServerProcess, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    """(c) and (e): at a counter marked for supervisors, the server unreachable, Sophie logs
    in and sells, Luc approves a refund with his PIN checked by the counter. Back online, the
    sale is accepted and the refund applied (the money has left) as a conflict
    ``approval_unverified``, never as approved. The same refund approved online is accepted.
    At a cashier counter, Luc cannot log in while the server is away."""
    counter, engine, _ = paired(any_server, tmp_path, "Bureau", roles="cashier,supervisor")
    cashier_only, _, _ = paired(any_server, tmp_path, "Caisse")
    sophie_id, _ = person(counter, Role.CASHIER)
    luc_id, _ = person(counter, Role.SUPERVISOR)
    counter.login(sophie_id, "1111")
    counter.open_shift(10000)
    occ = occurrence_named(counter, "Le Malade imaginaire", 20)
    online_sale = sell_cash(counter, occ.id, adult=2)
    engine.sync()

    # Approved online: the server checked Luc's PIN, the refund carries his proof.
    luc = counter.authorize_supervisor(luc_id, "2222")
    order = counter.order(online_sale.order_id)
    counter.refund(order.id, {order.lines[0].id: 1}, luc)
    engine.push()
    assert (last_outbox(counter).push_status, last_outbox(counter).push_reason) == ("accepted", "")

    any_server.stop()
    try:
        counter.logout()
        counter.login(sophie_id, "1111")  # this counter's own check, peppered hash
        offline_sale = sell_cash(counter, occ.id, adult=1)
        luc = counter.authorize_supervisor(luc_id, "2222")
        assert luc_id not in counter.bus.grants
        order = counter.order(offline_sale.order_id)
        counter.refund(order.id, {order.lines[0].id: 1}, luc)
        with pytest.raises(DomainError) as away:
            cashier_only.login(luc_id, "2222")
        assert away.value.code == "login_needs_server"
        cashier_only.login(sophie_id, "1111")  # a cashier logs in offline everywhere
    finally:
        any_server.start()
    engine.sync()
    with counter.session_factory() as session:
        rows = session.scalars(select(OutboxEntry).order_by(OutboxEntry.sequence)).all()
    answers = [(r.command_type, r.push_status, r.push_reason) for r in rows[-2:]]
    assert answers == [
        ("order.sell", "accepted", ""),
        ("order.refund", "conflict", "approval_unverified"),
    ]
    server_engine = make_engine(any_server.db_url)
    try:
        with server_engine.connect() as conn:
            reasons = conn.execute(
                select(Conflict.reason).where(Conflict.command_id == rows[-1].command_id)
            ).all()
    finally:
        server_engine.dispose()
    assert [r[0] for r in reasons] == ["approval_unverified"]


def test_a_copied_database_holds_no_pin_hash_a_guess_can_be_tested_against(
    server: ServerProcess, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    """(d) The database of a counter where supervisors log in, copied away (without the OS
    keyring): no argon2 hash argon2 could check, no digest of the real PIN anywhere in the
    file, and none of the 10,000 four-digit PINs verifies against what it holds. With the
    keyring's pepper the counter checks the PIN; the hashes of the people who may not log in
    there (the owner, at this counter) are not on it at all. A PIN the back office sets here
    travels peppered too (the outbox is in the same file)."""
    counter, engine, database = paired(server, tmp_path, "Bureau", roles="cashier,supervisor")
    sophie_id, _ = person(counter, Role.CASHIER)
    luc_id, _ = person(counter, Role.SUPERVISOR)
    marie_id, _ = person(counter, Role.OWNER)
    counter.login(luc_id, "2222")
    counter.back_office().staff.set_pin(sophie_id, "4321", "4321")
    engine.sync()
    counter.logout()
    counter.login(sophie_id, "4321")

    copy = tmp_path / "copied.sqlite3"
    shutil.copy(database, copy)
    for suffix in ("-wal", "-shm"):
        if Path(f"{database}{suffix}").exists():
            shutil.copy(f"{database}{suffix}", f"{copy}{suffix}")
    conn = sqlite3.connect(copy)
    hashes = dict(conn.execute("select id, pin_hash from user_account").fetchall())
    conn.close()
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("copied.sqlite3*"))

    assert hashes[marie_id] == ""  # an owner does not log in at this counter offline
    assert is_peppered(hashes[sophie_id]) and is_peppered(hashes[luc_id])
    assert b"$argon2id$" not in raw
    hasher = PasswordHasher()
    for stored in (hashes[sophie_id], hashes[luc_id]):
        found = []
        for n in range(10_000):
            try:
                if hasher.verify(stored, f"{n:04d}"):
                    found.append(n)
            except InvalidHashError:
                continue
            except Exception:  # noqa: BLE001 - a mismatch
                continue
        assert found == []
    # The real PIN's argon2 digest (what an offline guess would compare) is not in the file.
    _, _, _version, params, salt, _mac = hashes[luc_id].split("$")
    fields = dict(item.split("=") for item in params.split(","))
    digest = hash_secret_raw(
        b"2222", base64.b64decode(salt + "=" * (-len(salt) % 4)), int(fields["t"]),
        int(fields["m"]), int(fields["p"]), int(fields["l"]), Type.ID,
    )  # fmt: skip
    assert digest not in raw and base64.b64encode(digest).rstrip(b"=") not in raw
    # With the keyring's pepper, the counter checks it (Luc offline at his counter).
    assert load_pepper(server.url, counter.terminal_id) is not None
    with counter.session_factory() as session:
        assert session.get(User, luc_id) is not None
