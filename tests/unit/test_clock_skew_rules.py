"""The rules of guichet/sync/clock.py (issue 21, part 10): what is told, from what header."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from guichet.sync.clock import server_date, skew, told_minutes


def test_the_date_header_is_read_and_a_bad_one_ignored() -> None:
    date = server_date("Sat, 05 Dec 2026 17:00:00 GMT")
    assert date is not None and date[0] == datetime(2026, 12, 5, 17, 0, tzinfo=UTC)
    for bad in (None, "", "yesterday", "Sat, 99 Foo 2026 25:61:00 GMT"):
        assert server_date(bad) is None, bad


def test_skew_is_the_counters_clock_minus_the_servers() -> None:
    date = server_date("Sat, 05 Dec 2026 17:00:00 GMT")
    ahead = skew(date, datetime(2026, 12, 5, 17, 10, tzinfo=UTC))
    assert ahead is not None and timedelta(minutes=9) < ahead <= timedelta(minutes=10)
    assert skew(None, datetime(2026, 12, 5, 17, 10, tzinfo=UTC)) is None


def test_five_minutes_are_tolerated_beyond_the_minutes_are_told_with_their_sign() -> None:
    assert told_minutes(None) == 0
    assert told_minutes(timedelta(minutes=5)) == 0
    assert told_minutes(timedelta(minutes=-5)) == 0
    assert told_minutes(timedelta(minutes=5, seconds=1)) == 5
    assert told_minutes(timedelta(minutes=10, seconds=-1)) == 10
    assert told_minutes(timedelta(minutes=-7)) == -7
    assert told_minutes(timedelta(days=2)) == 2880
