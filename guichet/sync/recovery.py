"""A counter out of step with the server gets back in step (issue 21, part 1).

The server answers ``out_of_sequence`` with where it stands: the next sequence it expects,
and its copy of this counter's next receipt and Z numbers. Two ways to be out of step:

- the server lacks commands this counter believes answered (the server was restored from a
  backup): those are sent again, from the one it expects;
- the server's slot for a command was taken by another (something sent with this counter's
  token, a bug, a hand-edited outbox): this counter's unanswered commands are numbered
  again from the one the server expects.

Either way, in one local transaction (the write lock: no sale slips in between), every
outbox command at or after the expected sequence and every unanswered one is queued again,
in its order; when they do not already follow on from the expected sequence they are
numbered from it, and the terminal's next sequence follows. Their receipts and Z reports
keep the numbers printed on them: those travel with each command (``outbox.numbers``). The
first command numbered again carries its old sequence, and the server records a
``sequence_renumbered`` conflict for supervisors; this counter keeps a note of the last
recovery for its sync status.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, sessionmaker

from guichet.domain.numbering import LIMIT, Z_LIMIT
from guichet.models.tables import OutboxEntry, SyncState, Terminal

#: Kept in sync_state: the last time this counter got back in step (shown in its status).
RECOVERED = "recovered"


@dataclass(frozen=True)
class Recovery:
    expected: int  # the sequence the server expected
    resent: int  # commands answered before that the server no longer had, queued again
    renumbered: int  # commands given new sequence numbers (0: sent again as they were)
    renumbered_from: int | None  # the old sequence of the first one numbered again


def _whole(value: Any, limit: int = LIMIT) -> int | None:
    return value if type(value) is int and 1 <= value <= limit else None


def recover(
    session_factory: sessionmaker[Session],
    terminal_id: str,
    details: Any,
    now: datetime,
) -> Recovery | None:
    """Get back in step with the server from its ``out_of_sequence`` answer's details.
    None when the answer does not say where the server stands (nothing is changed)."""
    if not isinstance(details, dict):
        return None
    expected = _whole(details.get("expected"))
    if expected is None:
        return None
    with session_factory() as session, session.begin():
        terminal = session.get(Terminal, terminal_id)
        if terminal is None:
            return None
        entries = list(
            session.scalars(
                select(OutboxEntry)
                .where(
                    OutboxEntry.terminal_id == terminal_id,
                    or_(OutboxEntry.pushed_at.is_(None), OutboxEntry.sequence >= expected),
                )
                .order_by(OutboxEntry.sequence)
            )
        )
        if not entries:
            return None
        resent = [e for e in entries if e.pushed_at is not None]
        for entry in resent:
            entry.pushed_at, entry.push_status, entry.push_reason = None, "", ""
        in_step = all(e.sequence == expected + i for i, e in enumerate(entries))
        renumbered_from = None
        if not in_step:
            renumbered_from = entries[0].sequence
            # Out of the way first: (terminal, sequence) is unique at every step.
            for i, entry in enumerate(entries):
                entry.sequence = -(i + 1)
            session.flush()
            for i, entry in enumerate(entries):
                entry.sequence = expected + i
            first = entries[0]
            if first.numbers is not None:
                first.numbers = {**first.numbers, "renumbered_from": renumbered_from}
            terminal.next_sequence = expected + len(entries)
        # Numbers the server has seen used are never taken again here (a counter behind the
        # server's record of it); receipts already printed keep theirs.
        receipt = _whole(details.get("next_receipt_number"))
        if receipt is not None and receipt > (terminal.next_receipt_number or 1):
            terminal.next_receipt_number = receipt
        z_number = _whole(details.get("next_z_number"), Z_LIMIT)
        if z_number is not None and z_number > (terminal.next_z_number or 1):
            terminal.next_z_number = z_number
        recovery = Recovery(expected, len(resent), 0 if in_step else len(entries), renumbered_from)
        note = {
            "at": now.isoformat(),
            "expected": expected,
            "resent": recovery.resent,
            "renumbered": recovery.renumbered,
            "renumbered_from": renumbered_from,
        }
        row = session.get(SyncState, RECOVERED)
        if row is None:
            session.add(SyncState(key=RECOVERED, value=note))
        else:
            row.value = note
    return recovery


def last_recovery(session: Session) -> dict[str, Any] | None:
    row = session.get(SyncState, RECOVERED)
    return row.value if row is not None and isinstance(row.value, dict) else None
