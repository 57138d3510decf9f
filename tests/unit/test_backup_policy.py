"""The backups' rules without a file: names, which ones are kept, when the night's is due."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from guichet.domain.backups import (
    KEEP_PER_KIND,
    MANUAL,
    NIGHTLY,
    SHIFT,
    backup_filename,
    backups_in,
    last_night_mark,
    latest,
    nightly_due,
    parse_backup_filename,
    to_prune,
)

QUEBEC = ZoneInfo("America/Toronto")
# Saturday 5 December 2026, 12:00 in Quebec (UTC-5).
NOON = datetime(2026, 12, 5, 17, 0, tzinfo=UTC)


def test_names_carry_the_local_moment_and_the_kind() -> None:
    assert backup_filename(NOON, SHIFT, QUEBEC, 42) == "guichet-20261205-120000-shift-42.db"
    assert backup_filename(NOON, NIGHTLY, QUEBEC) == "guichet-20261205-120000-nightly.db"
    assert backup_filename(NOON, MANUAL, ZoneInfo("UTC")) == "guichet-20261205-170000-manual.db"


def test_a_name_reads_back_as_the_same_moment() -> None:
    for kind, number in ((SHIFT, 7), (NIGHTLY, None), (MANUAL, None)):
        name = backup_filename(NOON, kind, QUEBEC, number)
        parsed = parse_backup_filename(name, QUEBEC)
        assert parsed is not None
        assert (parsed.taken_at, parsed.kind, parsed.shift_number) == (NOON, kind, number)


def test_a_naive_moment_an_unknown_kind_or_a_shift_without_number_is_refused() -> None:
    with pytest.raises(ValueError):
        backup_filename(NOON.replace(tzinfo=None), MANUAL, QUEBEC)
    with pytest.raises(ValueError):
        backup_filename(NOON, "weekly", QUEBEC)
    with pytest.raises(ValueError):
        backup_filename(NOON, SHIFT, QUEBEC)


@pytest.mark.parametrize(
    "name",
    [
        "guichet.sqlite3",
        "guichet-20261205-120000-weekly.db",
        "guichet-20261305-120000-manual.db",  # month 13
        "guichet-20261205-120000-manual.db.partial",
        ".guichet-20261205-120000-manual.db.123.456.partial",
        "ma-copie.db",
        "guichet-20261205-120000-shift-.db",
    ],
)
def test_other_files_are_not_backups(name: str) -> None:
    assert parse_backup_filename(name, QUEBEC) is None


def names(kind: str, count: int, start: datetime = NOON) -> list[str]:
    return [
        backup_filename(start + timedelta(hours=i), kind, QUEBEC, i + 1 if kind == SHIFT else None)
        for i in range(count)
    ]


def test_each_kind_keeps_its_last_fourteen() -> None:
    shifts = names(SHIFT, 20)
    nights = names(NIGHTLY, 3, NOON - timedelta(days=30))
    manual = names(MANUAL, 15)
    doomed = to_prune([*shifts, *nights, *manual, "ma-copie.db"], QUEBEC)
    assert KEEP_PER_KIND == 14
    # The oldest six shift closes and the oldest manual one; the month-old nights stay.
    assert sorted(doomed) == sorted(shifts[:6] + manual[:1])


def test_fourteen_or_fewer_of_a_kind_are_all_kept() -> None:
    assert to_prune(names(NIGHTLY, 14), QUEBEC) == []
    assert to_prune(names(SHIFT, 3), QUEBEC, keep=3) == []
    assert to_prune(names(SHIFT, 3), QUEBEC, keep=1) == names(SHIFT, 3)[:2]


def test_backups_are_ordered_by_moment_not_by_listing_order() -> None:
    listed = list(reversed(names(MANUAL, 5)))
    assert [b.name for b in backups_in(listed, QUEBEC)] == names(MANUAL, 5)
    newest = latest([*names(SHIFT, 3), *names(NIGHTLY, 2, NOON - timedelta(days=2))], QUEBEC)
    assert newest is not None and newest.name == names(SHIFT, 3)[-1]
    night = latest(names(NIGHTLY, 2, NOON - timedelta(days=2)), QUEBEC, NIGHTLY)
    assert night is not None and night.taken_at == NOON - timedelta(days=2, hours=-1)
    assert latest([], QUEBEC) is None


def local(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 12, day, hour, minute, tzinfo=QUEBEC)


def test_the_night_mark_is_the_last_three_oclock_in_the_organisations_zone() -> None:
    assert last_night_mark(local(5, 12), QUEBEC) == local(5, 3)
    assert last_night_mark(local(5, 3), QUEBEC) == local(5, 3)
    assert last_night_mark(local(5, 2, 59), QUEBEC) == local(4, 3)
    # 01:30 UTC on the 6th is still the evening of the 5th in Quebec.
    assert last_night_mark(datetime(2026, 12, 6, 1, 30, tzinfo=UTC), QUEBEC) == local(5, 3)


def test_the_first_check_ever_takes_one() -> None:
    assert nightly_due(local(5, 14), None, QUEBEC)


def test_a_counter_left_on_takes_it_once_after_three() -> None:
    last = local(4, 3, 1)
    assert not nightly_due(local(4, 23), last, QUEBEC)
    assert not nightly_due(local(5, 2), last, QUEBEC)
    assert nightly_due(local(5, 3, 5), last, QUEBEC)
    assert not nightly_due(local(5, 4), local(5, 3, 5), QUEBEC)


def test_a_counter_switched_off_at_night_takes_it_when_switched_on() -> None:
    last = local(3, 9, 15)  # taken at the first check of the morning of the 3rd
    assert nightly_due(local(5, 9), last, QUEBEC)  # off from the 3rd's evening to the 5th
    assert not nightly_due(local(5, 22), local(5, 9, 1), QUEBEC)


def test_summer_time_changes_do_not_skip_nor_double_a_night() -> None:
    # 8 March 2026: 2 a.m. becomes 3 a.m. in Quebec; 1 November: 2 a.m. happens twice.
    spring_last = datetime(2026, 3, 7, 3, 0, tzinfo=QUEBEC)
    assert not nightly_due(datetime(2026, 3, 8, 1, 59, tzinfo=QUEBEC), spring_last, QUEBEC)
    assert nightly_due(datetime(2026, 3, 8, 3, 0, tzinfo=QUEBEC), spring_last, QUEBEC)
    autumn_last = datetime(2026, 11, 1, 3, 0, tzinfo=QUEBEC)
    assert not nightly_due(datetime(2026, 11, 2, 2, 30, tzinfo=QUEBEC), autumn_last, QUEBEC)
    assert nightly_due(datetime(2026, 11, 2, 3, 0, tzinfo=QUEBEC), autumn_last, QUEBEC)


def test_a_naive_now_is_refused() -> None:
    with pytest.raises(ValueError):
        nightly_due(datetime(2026, 12, 5, 12, 0), None, QUEBEC)
