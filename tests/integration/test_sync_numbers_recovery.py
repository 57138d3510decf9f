"""One refused command never stops a counter's sync (issue 21, part 1), with a real
``guichet server`` process over SQLite and over PostgreSQL and real paired counters.

- A sale the server refuses after the counter recorded it keeps its receipt number on the
  server: the counter's next sales are accepted with the numbers printed on them, and pulls
  go on (they failed for good on ``UNIQUE receipt(terminal_id, number)``).
- Something sent in the counter's name at its next sequence (garbage with its token) takes
  that slot; the counter's own command, answered ``out_of_sequence``, is numbered again from
  where the server stands and goes through, and supervisors see a conflict.
- A counter out of step because the server lost commands (restored from a backup) sends them
  again from where the server stands.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session, sessionmaker

from guichet.domain.cart import Cart
from guichet.domain.commands import Envelope
from guichet.domain.errors import DomainError
from guichet.domain.numbering import Numbers
from guichet.i18n.errors import message
from guichet.models.db import make_engine
from guichet.models.tables import AppliedCommand, Conflict, OutboxEntry, Receipt, Terminal
from guichet.server.core import ServerCore
from guichet.services.counter import Counter
from guichet.sync.engine import SyncEngine
from guichet.sync.keyrings import MemoryKeyring
from tests.conftest import user_id
from tests.integration import test_backoffice_hostile_push as _hostile
from tests.integration import test_sync_server as _server_tests
from tests.integration.helpers import sell_cash
from tests.integration.test_sync_escrow_counts import supervisor_at
from tests.integration.test_sync_server import (
    POSTGRES,
    ServerProcess,
    occurrence_named,
    paired_counter,
)

memory_keyring = _server_tests.memory_keyring
server = _server_tests.server
pg_server = _server_tests.pg_server
factory = _hostile.factory  # a server database with the demo, SQLite then PostgreSQL


@pytest.fixture(params=["sqlite", "postgresql"])
def any_server(request: pytest.FixtureRequest) -> ServerProcess:
    process: ServerProcess = request.getfixturevalue(
        "server" if request.param == "sqlite" else "pg_server"
    )
    return process


def on_server(process: ServerProcess, read: Callable[[Any], Any]) -> Any:
    engine = make_engine(process.db_url)
    try:
        with engine.connect() as conn:
            return read(conn)
    finally:
        engine.dispose()


def receipts_here(counter: Counter) -> dict[str, int]:
    with counter.session_factory() as session:
        return {
            r.id: r.number
            for r in session.scalars(
                select(Receipt).where(Receipt.terminal_id == counter.terminal_id)
            )
        }


def receipts_on(process: ServerProcess, terminal_id: str) -> dict[str, int]:
    rows = on_server(
        process,
        lambda conn: conn.execute(
            select(Receipt.id, Receipt.number).where(Receipt.terminal_id == terminal_id)
        ).all(),
    )
    return {receipt_id: number for receipt_id, number in rows}


def numbers_on(process: ServerProcess, terminal_id: str) -> tuple[int, int, int]:
    row = on_server(
        process,
        lambda conn: conn.execute(
            select(
                Terminal.next_sequence, Terminal.next_receipt_number, Terminal.next_z_number
            ).where(Terminal.id == terminal_id)
        ).one(),
    )
    return int(row[0]), int(row[1]), int(row[2])


def numbers_here(counter: Counter) -> tuple[int, int, int]:
    with counter.session_factory() as session:
        terminal = session.get(Terminal, counter.terminal_id)
        assert terminal is not None
        return terminal.next_sequence, terminal.next_receipt_number, terminal.next_z_number


def assert_in_step(counter: Counter, sync: SyncEngine, process: ServerProcess) -> None:
    """Everything answered, the pull went through, and the server holds every receipt the
    counter printed with the counter's number (the refused ones aside), and the same next
    numbers."""
    status = sync.sync()
    assert status.error == "" and status.waiting == 0, status
    here, there = receipts_here(counter), receipts_on(process, counter.terminal_id)
    assert {k: here[k] for k in there} == there  # same receipt, same number
    assert len(set(there.values())) == len(there)
    assert numbers_on(process, counter.terminal_id) == numbers_here(counter)


def test_a_sale_the_server_refuses_keeps_its_receipt_number_and_sync_goes_on(
    any_server: ServerProcess, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    """Sophie sells at counter A, offline as far as the server knows, after a supervisor at
    counter B deactivated her: the server refuses her sale (``unknown_user``), which took
    receipt n at A. Luc's sales after it are accepted with n+1, n+2 and pulls go on."""
    one, sync_one = paired_counter(any_server, tmp_path, "Caisse A")
    two, sync_two = paired_counter(any_server, tmp_path, "Caisse B")
    swim = occurrence_named(one, "Bain libre", 18)
    sell_cash(one, swim.id, adult=1)
    assert sync_one.sync().waiting == 0
    sophie = user_id(two, "Sophie")
    supervisor_at(two).back_office().staff.set_active(sophie, False)
    assert sync_two.sync().error == ""

    refused = sell_cash(one, swim.id, adult=1)  # A has not heard: Sophie is still at work
    status = sync_one.sync()
    assert status.rejected == 1 and status.error == "" and status.waiting == 0
    with one.session_factory() as session:
        entry = session.scalars(
            select(OutboxEntry).where(OutboxEntry.push_status == "rejected")
        ).one()
        assert entry.push_reason == "unknown_user"
    assert refused.receipt_id not in receipts_on(any_server, one.terminal_id)

    luc = user_id(one, "Luc")
    one.logout()
    one.login(luc, "2222")
    later = [sell_cash(one, swim.id, adult=1) for _ in range(2)]
    assert [s.receipt_number for s in later] == [
        refused.receipt_number + 1,
        refused.receipt_number + 2,
    ]
    assert_in_step(one, sync_one, any_server)
    assert {s.receipt_id for s in later} <= set(receipts_on(any_server, one.terminal_id))
    assert sync_two.sync().error == ""  # the other counter pulls A's receipts too
    sell_cash(one, swim.id, adult=1)
    assert_in_step(one, sync_one, any_server)  # and the next cycle too


def test_the_counter_refuses_a_nul_in_typed_text_before_recording_anything(
    any_server: ServerProcess, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    """A card holder's name with a NUL: refused at the counter in words (no receipt number
    taken, nothing in the outbox); the same command pushed anyway is refused by the server,
    and the counter's next sale still goes through with the next number."""
    one, sync_one = paired_counter(any_server, tmp_path, "Caisse A")
    swim = occurrence_named(one, "Bain libre", 18)
    first = sell_cash(one, swim.id, adult=1)
    assert sync_one.sync().waiting == 0
    card_type = next(t for t in one.cards.card_types(active_only=True) if not t.family and t.price)
    cart = Cart()
    one.add_card_to_cart(cart, card_type.id, holder="Jean\x00Tremblay")
    payment = one.payment_session(cart)
    payment.add_cash(payment.cash_due)
    before = numbers_here(one)
    with pytest.raises(DomainError) as refused:
        one.sell(cart, payment)
    code = refused.value.code  # the field's own check, or the bus's for any field
    assert code in ("text_invalid", "malformed_command")
    assert "caractères" in message(code, refused.value.params, "fr")
    assert "characters" in message(code, refused.value.params, "en")
    assert numbers_here(one) == before  # nothing recorded: no sequence, no receipt number
    assert numbers_here(one)[1] == first.receipt_number + 1
    # A sale the server refuses pushed in this counter's name at its next sequence (by a
    # person it does not know): the slot is taken and the numbers it declares followed.
    with one.session_factory() as session:
        sale = session.scalars(
            select(OutboxEntry).where(OutboxEntry.command_type == "order.sell")
        ).one()
    answer = raw_push(
        any_server, sync_one, {**envelope_of(sale), "command_id": str(uuid.uuid4()),
                               "user_id": str(uuid.uuid4()), "sequence": before[0],
                               "numbers": {"receipt_before": before[1],
                                           "receipt_after": before[1] + 1,
                                           "z_before": before[2], "z_after": before[2]}},
    )  # fmt: skip
    assert (answer["status"], answer["reason"]) == ("rejected", "unknown_user"), answer
    assert numbers_on(any_server, one.terminal_id) == (before[0] + 1, before[1] + 1, before[2])
    # This counter's own numbers meet the server's again where it stands: its next sale
    # is out of step, numbered again from there, and goes through.
    sell_cash(one, swim.id, adult=1)
    status = sync_one.sync()
    assert status.error == "" and status.waiting == 0


def envelope_of(entry: OutboxEntry) -> dict[str, Any]:
    return {
        "command_id": entry.command_id, "command_type": entry.command_type,
        "terminal_id": entry.terminal_id, "sequence": entry.sequence,
        "occurred_at": entry.occurred_at.replace(tzinfo=UTC).isoformat(),
        "user_id": entry.user_id, "payload": entry.payload, "numbers": entry.numbers,
    }  # fmt: skip


def raw_push(process: ServerProcess, sync: SyncEngine, envelope: dict[str, Any]) -> Any:
    token = sync.client.token
    assert token is not None
    answer = httpx.post(
        f"{process.url}/push",
        json={"envelopes": [envelope]},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert answer.status_code == 200, answer.text
    return answer.json()["answers"][0]


def garbage(process: ServerProcess, token: str, terminal_id: str, sequence: int) -> dict[str, Any]:
    """An envelope that is not this counter's, sent with its token at its next sequence."""
    body = {
        "envelopes": [
            {
                "command_id": str(uuid.uuid4()),
                "command_type": "order.sell",
                "terminal_id": terminal_id,
                "sequence": sequence,
                "occurred_at": datetime.now(UTC).isoformat(),
                "user_id": None,
                "payload": {"order_id": 12, "lines": "none"},
            }
        ]
    }
    answer = httpx.post(
        f"{process.url}/push", json=body, headers={"Authorization": f"Bearer {token}"}
    )
    assert answer.status_code == 200, answer.text
    result: dict[str, Any] = answer.json()["answers"][0]
    return result


def test_a_malformed_command_at_the_next_sequence_does_not_strand_the_counter(
    any_server: ServerProcess, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    one, sync_one = paired_counter(any_server, tmp_path, "Caisse A")
    swim = occurrence_named(one, "Bain libre", 18)
    sell_cash(one, swim.id, adult=1)
    assert sync_one.sync().waiting == 0
    waiting = sell_cash(one, swim.id, adult=1)  # recorded, not pushed yet
    slot = numbers_here(one)[0] - 1
    token = sync_one.client.token
    assert token is not None
    answer = garbage(any_server, token, one.terminal_id, slot)
    assert answer["status"] == "rejected" and answer["reason"] == "malformed_command"

    status = sync_one.sync()  # out_of_sequence, then numbered again from slot + 1
    assert status.error == "" and status.waiting == 0 and status.rejected == 0
    with one.session_factory() as session:
        entry = session.scalars(
            select(OutboxEntry)
            .where(OutboxEntry.push_status != "")
            .order_by(OutboxEntry.sequence.desc())
        ).first()
        assert entry is not None and entry.sequence == slot + 1
        assert entry.push_status == "accepted"
    assert receipts_on(any_server, one.terminal_id)[waiting.receipt_id] == waiting.receipt_number
    sell_cash(one, swim.id, adult=1)
    assert_in_step(one, sync_one, any_server)
    # Supervisors see it: a conflict, in words, that they accept.
    boss = supervisor_at(one)
    (conflict,) = [c for c in boss.conflicts.conflicts() if c.reason == "sequence_renumbered"]
    said = message("sequence_renumbered", conflict.details, "fr")
    assert f"n°\u00a0{slot + 1}" in said and f"n°\u00a0{slot}" in said, said
    assert "Caisse A" in message("sequence_renumbered", conflict.details, "en")
    assert conflict.resolutions == ("accept",)
    # And the counter's status says it got back in step, in French and in English.
    status = sync_one.status()
    assert status.renumbered == 1 and status.recovered_at is not None
    assert says(status, "fr", one) == (
        "1 commande renumérotée, signalée aux superviseurs dans les conflits."
    )
    assert says(status, "en", one) == (
        "1 command numbered again, shown to supervisors in the conflicts."
    )


def says(status: Any, lang: str, counter: Counter) -> str:
    """The status button's tooltip line about getting back in step, after its time."""
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from guichet.ui.app import install_language
    from guichet.ui.sync import SyncStatusButton

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    previous = QLocale()
    install_language(app, lang)
    try:
        button = SyncStatusButton(lang, counter.organisation.timezone)
        button.show_status(status)
        line = next(
            t for t in button.toolTip().splitlines() if t.startswith(("Remis au pas", "Back in"))
        )
        button.deleteLater()
    finally:
        install_language(app, "fr")
        QLocale.setDefault(previous)
    return line.split(": ", 1)[1] if lang == "en" else line.split("\u00a0: ", 1)[1]


def test_a_counter_out_of_step_with_a_restored_server_sends_its_commands_again(
    any_server: ServerProcess, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    """The server is restored from a copy taken after the counter's first sale: the two
    sales pushed since are gone from it. The counter's next push is out of step; it sends
    them again from where the server stands, with their receipt numbers."""
    one, sync_one = paired_counter(any_server, tmp_path, "Caisse A")
    swim = occurrence_named(one, "Bain libre", 18)
    sell_cash(one, swim.id, adult=1)
    assert sync_one.sync().waiting == 0
    restore = snapshot(any_server, tmp_path)
    lost = [sell_cash(one, swim.id, adult=1) for _ in range(2)]
    assert sync_one.sync().waiting == 0
    restore()
    assert not {s.receipt_id for s in lost} & set(receipts_on(any_server, one.terminal_id))
    sell_cash(one, swim.id, adult=1)
    assert_in_step(one, sync_one, any_server)
    there = receipts_on(any_server, one.terminal_id)
    assert all(there[s.receipt_id] == s.receipt_number for s in lost)
    applied = on_server(
        any_server,
        lambda conn: (
            conn.execute(
                select(AppliedCommand.status).where(AppliedCommand.terminal_id == one.terminal_id)
            )
            .scalars()
            .all()
        ),
    )
    assert set(applied) == {"accepted"}
    with one.session_factory() as session:  # sent again as they were: nothing renumbered
        assert not session.scalars(
            select(Conflict).where(Conflict.reason == "sequence_renumbered")
        ).all()


def snapshot(process: ServerProcess, tmp_path: Path) -> Callable[[], None]:
    """A copy of the server's database now; calling the result stops the server, puts the
    copy back and starts it again."""
    if process.db_url.startswith("sqlite"):
        import sqlite3

        live = Path(process.db_url.removeprefix("sqlite:///"))
        copy = tmp_path / "server-backup.sqlite3"
        source, target = sqlite3.connect(live), sqlite3.connect(copy)
        with target:
            source.backup(target)
        source.close()
        target.close()

        def restore_sqlite() -> None:
            process.stop()
            for suffix in ("-wal", "-shm"):
                Path(f"{live}{suffix}").unlink(missing_ok=True)
            source, target = sqlite3.connect(copy), sqlite3.connect(live)
            with target:
                source.backup(target)
            source.close()
            target.close()
            process.start()

        return restore_sqlite
    from sqlalchemy import create_engine

    name = process.db_url.rsplit("/", 1)[1]
    copy_name = f"{name}_copy"
    admin = create_engine(f"{POSTGRES}/postgres", isolation_level="AUTOCOMMIT")
    process.stop()  # a template has no other connection
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{copy_name}" TEMPLATE "{name}"'))
    process.start()

    def restore_postgresql() -> None:
        process.stop()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
            conn.execute(text(f'ALTER DATABASE "{copy_name}" RENAME TO "{name}"'))
        admin.dispose()
        process.start()

    return restore_postgresql


def test_a_refused_z_report_keeps_its_number_on_the_server(
    factory: sessionmaker[Session],  # noqa: F811 - the fixture
) -> None:
    """A shift close the server refuses (a shift it does not know) took Z number 1 at the
    counter: the server's copy moves to 2 with the sequence, and an out-of-step answer says
    where it stands."""
    core = ServerCore(factory)
    paired = core.pair(core.create_pairing_code(), "Caisse Z")
    close = Envelope(
        str(uuid.uuid4()), "shift.close", paired.terminal_id, 1, datetime.now(UTC), None,
        {"shift_id": str(uuid.uuid4()), "counted": {"500": 2}, "note": ""},
        Numbers(receipt_before=1, receipt_after=1, z_before=1, z_after=2),
    )  # fmt: skip
    (answer,) = core.push(paired.terminal_id, [close])
    assert answer.status == "rejected", answer
    with factory() as session:
        terminal = session.get(Terminal, paired.terminal_id)
        assert terminal is not None
        assert (terminal.next_sequence, terminal.next_receipt_number, terminal.next_z_number) == (
            2, 1, 2,
        )  # fmt: skip
    late = Envelope(
        str(uuid.uuid4()), "shift.close", paired.terminal_id, 5, datetime.now(UTC), None,
        {"shift_id": str(uuid.uuid4()), "counted": {}, "note": ""},
    )  # fmt: skip
    (answer,) = core.push(paired.terminal_id, [late])
    assert answer.status == "out_of_sequence"
    assert answer.details == {"expected": 2, "next_receipt_number": 1, "next_z_number": 2}
