"""Series of dates: weekdays × start times between two days, with exceptions.

"Tuesday and Wednesday at 10 h and 12 h, June 1 to August 31, except June 24" is a
:class:`Series`; :func:`expand` turns it into the dates it yields (python-dateutil's rrule),
in the organisation's time zone: a 10 h show stays at 10 h on both sides of a change of
clocks.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from dateutil.rrule import DAILY, rrule, rruleset, weekdays

from guichet.domain.catalogue import DURATION_MAX
from guichet.domain.errors import DomainError

#: A series yields at most this many dates: more is a typing slip (a year of hourly dates).
MAX_DATES = 5000
#: And spans at most this many days.
MAX_SPAN_DAYS = 3 * 366


@dataclass(frozen=True)
class Series:
    first_day: date
    last_day: date
    weekdays: frozenset[int]  # 0 Monday ... 6 Sunday
    times: tuple[time, ...]  # local start times
    duration_minutes: int
    except_days: frozenset[date] = field(default_factory=frozenset)


@dataclass(frozen=True)
class PlannedDate:
    starts_at: datetime  # aware, UTC
    ends_at: datetime


def check(series: Series) -> None:
    if series.last_day < series.first_day:
        raise DomainError(
            "series_days_reversed",
            first=series.first_day.isoformat(),
            last=series.last_day.isoformat(),
        )
    if (series.last_day - series.first_day).days > MAX_SPAN_DAYS:
        raise DomainError("series_too_long", count=0, maximum=MAX_DATES, days=MAX_SPAN_DAYS)
    if not series.weekdays or not series.weekdays <= set(range(7)):
        raise DomainError("series_no_weekday")
    if not series.times:
        raise DomainError("series_no_time")
    if not 0 < series.duration_minutes <= DURATION_MAX:
        raise DomainError("duration_invalid", minutes=series.duration_minutes)
    for day in sorted(series.except_days):
        # A day off that the series never reaches removes nothing: the manager who typed
        # June 24 for a Tuesday-and-Wednesday series believes a date is gone.
        if not series.first_day <= day <= series.last_day or day.weekday() not in series.weekdays:
            raise DomainError("series_exception_not_in_series", day=day.isoformat())


def expand(series: Series, timezone: str) -> list[PlannedDate]:
    """Every date the series yields, in order. Refuses a series that yields none or more
    than :data:`MAX_DATES`."""
    check(series)
    zone = ZoneInfo(timezone)
    rules = rruleset()
    times = sorted(set(series.times))
    start = datetime.combine(series.first_day, time(0, 0))
    until = datetime.combine(series.last_day, time(23, 59, 59))
    rules.rrule(
        rrule(
            DAILY,
            dtstart=start,
            until=until,
            byweekday=[weekdays[d] for d in sorted(series.weekdays)],
            byhour=sorted({t.hour for t in times}),
            byminute=sorted({t.minute for t in times}),
            bysecond=0,
        )
    )
    for day in series.except_days:
        for moment in times:
            rules.exdate(datetime.combine(day, moment))
    wanted = {(t.hour, t.minute) for t in times}
    # byhour × byminute is a product: 10 h 00 and 12 h 30 also yield 10 h 30 and 12 h 00.
    local = (m for m in rules if (m.hour, m.minute) in wanted)
    planned = list(itertools.islice(local, MAX_DATES + 1))
    if not planned:
        raise DomainError("series_empty")
    if len(planned) > MAX_DATES:
        raise DomainError("series_too_long", count=_count_more(series), maximum=MAX_DATES)
    length = timedelta(minutes=series.duration_minutes)
    result = []
    for naive in planned:
        starts = naive.replace(tzinfo=zone).astimezone(UTC)
        # The end is the same wall-clock length later (a 2-hour show over a change of clocks).
        ends = (naive + length).replace(tzinfo=zone).astimezone(UTC)
        result.append(PlannedDate(starts, ends if ends > starts else starts + length))
    return result


def _count_more(series: Series) -> int:
    """How many dates the series would yield (for the message), counted without building
    them."""
    days = 0
    day = series.first_day
    while day <= series.last_day:
        if day.weekday() in series.weekdays and day not in series.except_days:
            days += 1
        day += timedelta(days=1)
    return days * len(set(series.times))
