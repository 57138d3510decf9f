"""What the schedule's tests share, through the desk (tests/integration/test_schedule_service.py)
and through the window (tests/ui/test_admin_schedule.py): Luc (supervisor) on the demo's
SQLite file, a new day camp in its pool, a series over the change of clocks, Sophie selling.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select

from guichet.domain.schedule import Series
from guichet.models.tables import OutboxEntry
from guichet.services.backoffice import BackOffice
from guichet.services.backoffice.views import EventDraft
from guichet.services.counter import Counter
from tests.conftest import user_id

ZONE = ZoneInfo("America/Toronto")
TUESDAY, WEDNESDAY = 1, 2
# Tuesdays and Wednesdays at 10 h and 12 h over the change of clocks (7 November 2027),
# except Wednesday 24 November.
AUTUMN = Series(
    first_day=date(2027, 10, 1),
    last_day=date(2027, 12, 31),
    weekdays=frozenset({TUESDAY, WEDNESDAY}),
    times=(time(10), time(12)),
    duration_minutes=90,
    except_days=frozenset({date(2027, 11, 24)}),
)


def supervisor(make_counter: Callable[..., Counter]) -> Counter:
    """Luc, the supervisor, logged in at the demo's counter."""
    counter = make_counter()
    counter.login(user_id(counter, "Luc"), "2222")
    return counter


def add_camp(office: BackOffice) -> str:
    """A new activity at the demo's recreation centre, in its pool (60 places, 2 hours)."""
    venue = next(v for v in office.venues.all() if v.name.startswith("Centre"))
    pool = next(h for h in venue.halls if h.name == "Piscine")
    prices = next(p for p in office.prices.price_lists() if p.name.startswith("Loisirs"))
    return office.events.save(
        EventDraft(
            kind="activity",
            name="Camp de jour",
            venue_id=venue.id,
            price_list_id=prices.id,
            hall_id=pool.id,
        )
    )


def cashier(make_counter: Callable[..., Counter]) -> Counter:
    """Sophie, the cashier, with a shift open at the same counter's database."""
    counter = make_counter()
    counter.login(user_id(counter, "Sophie"), "1111")
    counter.open_shift(20000)
    return counter


def days_between(first: date, last: date, weekdays: set[int], skip: set[date]) -> list[date]:
    """The days a series covers, counted the plain way (to check the recurrence library)."""
    days, day = [], first
    while day <= last:
        if day.weekday() in weekdays and day not in skip:
            days.append(day)
        day += timedelta(days=1)
    return days


def outbox_types(counter: Counter) -> list[str]:
    """The commands waiting to be sent to the server, oldest first."""
    with counter.session_factory() as session:
        return list(session.scalars(select(OutboxEntry.command_type).order_by(OutboxEntry.id)))
