"""How many places of a date are for general sale: its capacity less what is sold, what
reserves still hold and what is held back. Read by the sale, card bookings, exchanges and the
server's allotments alike."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from guichet.models.tables import Occurrence, ReserveQuantityRow


def reserved_places(session: Session, occurrence_ids: Sequence[str]) -> dict[str, int]:
    """What reserves still hold per occurrence (held minus drawn), held-back places aside."""
    return {
        occurrence_id: int(total or 0)
        for occurrence_id, total in session.execute(
            select(
                ReserveQuantityRow.occurrence_id,
                func.sum(ReserveQuantityRow.held - ReserveQuantityRow.drawn),
            )
            .where(ReserveQuantityRow.occurrence_id.in_(occurrence_ids))
            .group_by(ReserveQuantityRow.occurrence_id)
        )
    }


def general_available(occurrence: Occurrence, reserves_remaining: int) -> int:
    """Capacity - sold - what reserves still hold - places held back (never negative)."""
    return max(occurrence.capacity - occurrence.sold - reserves_remaining - occurrence.held_back, 0)
