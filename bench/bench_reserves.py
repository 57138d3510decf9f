"""availability_1000_ms: general availability (capacity - sold - what reserves still hold -
held back) of 1,000 occurrences, each with 3 reserves, as one query reads it for a window or a
report (`queries.occurrences_between`). Median of 30 runs."""

from __future__ import annotations

import tempfile
import time
import uuid
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from bench.common import NOON, demo_database, engine_for, median
from guichet.models.tables import Event, Occurrence, Reserve, ReserveQuantityRow, TicketCategory
from guichet.services import queries


def run(occurrences: int = 1000, reserves: int = 3) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as tmp:
        path = demo_database(Path(tmp))
        engine = engine_for(path)
        factory = sessionmaker(engine, expire_on_commit=False)
        with factory() as session, session.begin():
            event = session.scalars(select(Event)).first()
            category = session.scalars(select(TicketCategory)).first()
            assert event is not None and category is not None
            ids = [
                session.add(
                    Reserve(
                        id=(rid := str(uuid.uuid4())),
                        organisation_id=event.organisation_id,
                        name=f"Réserve {i}",
                        kind="with_access",
                        category_id=category.id,
                    )
                )
                or rid
                for i in range(reserves)
            ]
            start = NOON + timedelta(days=30)
            for n in range(occurrences):
                occ = Occurrence(
                    id=str(uuid.uuid4()),
                    event_id=event.id,
                    starts_at=start + timedelta(hours=n),
                    ends_at=start + timedelta(hours=n, minutes=90),
                    capacity=320,
                    sold=n % 200,
                    held_back=n % 3,
                )
                session.add(occ)
                for i, rid in enumerate(ids):
                    session.add(
                        ReserveQuantityRow(
                            occurrence_id=occ.id, reserve_id=rid, held=10 + i, drawn=(n + i) % 10
                        )
                    )
        end = start + timedelta(hours=occurrences)
        timings = []
        for _ in range(30):
            with factory() as session:
                t0 = time.perf_counter()
                views = queries.occurrences_between(session, start, end)
                timings.append((time.perf_counter() - t0) * 1000)
        assert len(views) == occurrences
        sample = views[7]
        assert sample.reserved == sum(10 + i - (7 + i) % 10 for i in range(reserves)) + 7 % 3
        engine.dispose()
    return {
        "availability_1000_ms": round(median(timings), 2),
        "occurrences": occurrences,
        "reserves_each": reserves,
    }


if __name__ == "__main__":
    print(run())
