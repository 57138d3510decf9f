"""The numbers a counter's command consumed, carried with it to the server (issue 21, part 1).

A counter numbers its own commands (the sequence), receipts and Z reports, gap-free, inside
the command's transaction. The server keeps a copy of those counters on the counter's
terminal row so that its handlers write the numbers the counter printed. That copy must
follow the counter whatever the server's verdict: a sale the server refuses still took its
receipt number at the counter, and the counter's next sale takes the next one. So each
command carries the counter's next receipt and Z numbers before and after it; the server
sets its copy to the first before applying the command and to the second after its verdict
(see docs/SYNC.md, "When the server refuses a command").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

#: A database integer with room to spare (BIGINT): sequences and receipt numbers.
LIMIT = 2**62
#: Z numbers are a plain INTEGER column (32 bits on PostgreSQL).
Z_LIMIT = 2**31 - 1


@dataclass(frozen=True)
class Numbers:
    receipt_before: int
    receipt_after: int
    z_before: int
    z_after: int
    #: On the first command of a run the counter numbered again to get back in step with
    #: the server (docs/SYNC.md): the sequence it had before. The server notes a conflict.
    renumbered_from: int | None = None

    def __post_init__(self) -> None:
        for name in ("receipt_before", "receipt_after", "z_before", "z_after"):
            value = getattr(self, name)
            limit = Z_LIMIT if name.startswith("z") else LIMIT
            if type(value) is not int or not 1 <= value <= limit:
                raise ValueError(f"{name}: a whole number from 1 to {limit}")
        if self.receipt_after < self.receipt_before or self.z_after < self.z_before:
            raise ValueError("a counter's numbers never go back")
        moved = self.renumbered_from
        if moved is not None and (type(moved) is not int or not 1 <= moved <= LIMIT):
            raise ValueError("renumbered_from: a whole number from 1 to 2^62")

    def to_json(self) -> dict[str, int]:
        out = {
            "receipt_before": self.receipt_before,
            "receipt_after": self.receipt_after,
            "z_before": self.z_before,
            "z_after": self.z_after,
        }
        if self.renumbered_from is not None:
            out["renumbered_from"] = self.renumbered_from
        return out

    @classmethod
    def from_json(cls, value: Any) -> Numbers | None:
        """The numbers an outbox row or a push carries; None for a command recorded before
        numbers travelled. Raises ValueError (or TypeError) for anything else."""
        if value is None:
            return None
        if not isinstance(value, dict):
            raise TypeError("numbers: a mapping expected")
        return cls(
            receipt_before=value["receipt_before"],
            receipt_after=value["receipt_after"],
            z_before=value["z_before"],
            z_after=value["z_after"],
            renumbered_from=value.get("renumbered_from"),
        )
