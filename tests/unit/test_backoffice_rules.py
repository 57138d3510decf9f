"""The back office's pure rules (issue 14): names, prices as Quebec users type them, rates,
counts, tags, series of dates, who manages whom, and two offline edits of one date."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from guichet.domain import catalogue as rules
from guichet.domain.auth import Role
from guichet.domain.errors import DomainError
from guichet.domain.schedule import MAX_DATES, Series, expand
from guichet.domain.staff import check_may_manage, check_may_set_pin, check_owner_remains
from guichet.i18n.errors import message

QUEBEC = ZoneInfo("America/Toronto")


def code_of(call, *args, **kwargs) -> str:  # type: ignore[no-untyped-def]
    with pytest.raises(DomainError) as refused:
        call(*args, **kwargs)
    return refused.value.code


@pytest.mark.parametrize(
    ("typed", "cents"),
    [
        ("12,50", 1250),
        ("12.50", 1250),
        ("12", 1200),
        ("12,5", 1250),
        (" 1 234,50 $", 123450),
        ("1\u00a0234,50\u00a0$", 123450),
        (",75", 75),
        ("0", 0),
    ],
)
def test_prices_are_read_as_a_quebec_user_types_them(typed: str, cents: int) -> None:
    assert rules.parse_price(typed) == cents


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("12,505", "price_decimals"),
        ("-3", "price_negative"),
        ("-0,50", "price_negative"),
        ("douze", "price_invalid"),
        ("", "price_invalid"),
        ("1.234,50", "price_invalid"),
        ("12,50,1", "price_invalid"),
        ("99999999", "price_too_large"),
        ("١٢", "price_invalid"),  # digits of another script
    ],
)
def test_a_bad_price_is_refused_with_its_reason(typed: str, code: str) -> None:
    assert code_of(rules.parse_price, typed) == code


def test_rates_are_typed_in_percent_and_kept_as_fractions() -> None:
    assert rules.parse_rate("9,975") == Decimal("0.09975")
    assert rules.parse_rate("5 %") == Decimal("0.05")
    assert rules.parse_rate("0") == Decimal("0")
    for bad in ("abc", "-1", "101", "9,9755555", "NaN", "inf"):
        assert code_of(rules.parse_rate, bad) == "rate_invalid", bad
    assert rules.rate_text(Decimal("0.09975")) == "9,975"
    assert rules.rate_text(Decimal("0.05"), "en") == "5"


def test_names_are_cleaned_and_refused_in_words() -> None:
    assert rules.clean_text("  Les   Belles-sœurs ", "event_name") == "Les Belles-sœurs"
    assert code_of(rules.clean_text, "   ", "event_name") == "text_missing"
    assert code_of(rules.clean_text, "x" * 201, "event_name") == "text_too_long"
    assert code_of(rules.clean_text, "Spectacle\x00", "event_name") == "text_invalid"
    assert code_of(rules.clean_text, "\ud800", "event_name") == "text_invalid"
    assert code_of(rules.clean_text, 12, "event_name") == "text_invalid"
    for formula in ("=HYPERLINK(1)", "+33", "-moins", "@SUM(A1)"):
        assert code_of(rules.clean_text, formula, "event_name") == "text_formula"
    words = message("text_too_long", {"field": "event_name", "maximum": 200, "length": 201})
    assert (
        words == "Le nom de l'événement\u00a0: 201\u00a0caractères, c'est trop (200 au plus)."
    )
    english = message("text_missing", {"field": "venue_name"}, "en")
    assert english == "The venue's name is required."


def test_tags_are_normalised_and_bounded() -> None:
    assert rules.split_tags("Promo MM, été ;  été,") == ["promo mm", "été"]
    assert code_of(rules.clean_tags, ["x" * 41]) == "tag_too_long"
    assert code_of(rules.clean_tags, [f"t{i}" for i in range(31)]) == "too_many_tags"
    assert code_of(rules.clean_tags, ["=1+1"]) == "text_formula"


def test_registration_numbers_are_checked_and_written_as_receipts_print_them() -> None:
    assert rules.check_registration("", "gst_number") == ""  # optional until registered
    assert rules.check_registration(" 123-456-789 rt 0001", "gst_number") == "123456789 RT0001"
    assert rules.check_registration("1234567890tq0001", "qst_number") == "1234567890 TQ0001"
    for text, field in (
        ("xyz", "gst_number"),
        ("12", "gst_number"),
        ("1234567890 TQ0001", "gst_number"),  # the QST's number in the GST's field
        ("123456789 RT0001", "qst_number"),
        ("123456789 RT00012", "gst_number"),
    ):
        assert code_of(rules.check_registration, text, field) == "registration_invalid"
    assert code_of(rules.check_registration, "=1+1", "gst_number") == "text_formula"


def test_counts_time_zones_and_rounding() -> None:
    assert rules.check_count(0, "capacity") == 0
    assert code_of(rules.check_count, -1, "capacity") == "number_negative"
    assert code_of(rules.check_count, 100_001, "capacity") == "number_too_large"
    assert code_of(rules.check_count, True, "capacity") == "number_invalid"
    assert rules.check_timezone("America/Toronto") == "America/Toronto"
    # Typed as people type it, kept as IANA spells it.
    assert rules.check_timezone(" america/montreal ") == "America/Montreal"
    # "localtime" follows the machine: the same hour would read differently on each counter.
    for bad in ("Mars/Olympus", "../../etc/passwd", "localtime", "Factory"):
        assert code_of(rules.check_timezone, bad) == "timezone_unknown"
    for empty in ("", "  ", None):
        assert code_of(rules.check_timezone, empty) == "timezone_required"
    assert rules.check_cash_increment(5) == 5
    assert code_of(rules.check_cash_increment, 3) == "cash_increment_invalid"
    start = datetime(2027, 6, 1, 14, tzinfo=UTC)
    assert code_of(rules.check_dates, start, start) == "ends_before_start"
    assert code_of(rules.check_dates, start, start + timedelta(days=8)) == "duration_invalid"


def test_a_capacity_below_what_is_taken_is_refused_with_the_numbers() -> None:
    taken = rules.Taken(sold=40, reserved=10, held_back=2, leased=8)
    rules.check_capacity_floor(60, taken)
    with pytest.raises(DomainError) as refused:
        rules.check_capacity_floor(59, taken)
    words = message(refused.value.code, refused.value.params)
    assert words == (
        "Capacité 59 trop basse\u00a0: 60\u00a0places sont déjà prises (40\u00a0vendues, "
        "10\u00a0en réserve, 2\u00a0retenues, 8\u00a0confiées aux guichets). Rien n'a été modifié."
    )


# --- series ------------------------------------------------------------------------------------


def local_starts(series: Series) -> list[datetime]:
    return [p.starts_at.astimezone(QUEBEC) for p in expand(series, "America/Toronto")]


def test_tuesdays_and_wednesdays_at_10_and_12_all_summer_but_one_day() -> None:
    summer = Series(
        date(2027, 6, 1),
        date(2027, 8, 31),
        frozenset({1, 2}),  # Tuesday, Wednesday
        (time(10), time(12)),
        90,
        frozenset({date(2027, 6, 23)}),  # a Wednesday
    )
    starts = local_starts(summer)
    tuesdays = sum(1 for d in _days(date(2027, 6, 1), date(2027, 8, 31)) if d.weekday() == 1)
    wednesdays = sum(1 for d in _days(date(2027, 6, 1), date(2027, 8, 31)) if d.weekday() == 2)
    assert len(starts) == 2 * (tuesdays + wednesdays - 1)
    assert {s.weekday() for s in starts} == {1, 2}
    assert {(s.hour, s.minute) for s in starts} == {(10, 0), (12, 0)}
    assert date(2027, 6, 23) not in {s.date() for s in starts}
    assert starts == sorted(starts)


def _days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def test_a_series_keeps_its_local_hours_across_a_change_of_clocks() -> None:
    autumn = Series(date(2027, 10, 30), date(2027, 11, 9), frozenset(range(7)), (time(10),), 120)
    planned = expand(autumn, "America/Toronto")
    assert {p.starts_at.astimezone(QUEBEC).hour for p in planned} == {10}
    offsets = {p.starts_at.astimezone(QUEBEC).utcoffset() for p in planned}
    assert offsets == {timedelta(hours=-4), timedelta(hours=-5)}  # EDT, then EST
    assert all(p.ends_at - p.starts_at == timedelta(hours=2) for p in planned)


def test_start_times_are_not_combined_hour_by_minute() -> None:
    # byhour × byminute would also make 10 h 30 and 12 h 00.
    series = Series(
        date(2027, 6, 1), date(2027, 6, 1), frozenset({1}), (time(10), time(12, 30)), 60
    )
    assert [(s.hour, s.minute) for s in local_starts(series)] == [(10, 0), (12, 30)]


@pytest.mark.parametrize(
    ("series", "code"),
    [
        (Series(date(2027, 6, 2), date(2027, 6, 1), frozenset({1}), (time(10),), 60),
         "series_days_reversed"),
        (Series(date(2027, 6, 1), date(2027, 6, 7), frozenset(), (time(10),), 60),
         "series_no_weekday"),
        (Series(date(2027, 6, 1), date(2027, 6, 7), frozenset({1}), (), 60), "series_no_time"),
        (Series(date(2027, 6, 2), date(2027, 6, 7), frozenset({1}), (time(10),), 60),
         "series_empty"),  # no Tuesday between Wednesday and Monday
        (Series(date(2027, 6, 1), date(2027, 6, 1), frozenset({1}), (time(10),), 0),
         "duration_invalid"),
        (Series(date(2027, 1, 1), date(2028, 12, 31), frozenset(range(7)),
                tuple(time(h) for h in range(8, 16)), 30), "series_too_long"),
        # Tuesdays and Wednesdays of summer 2027 "except June 24", a Thursday; or a day past
        # the end: the exception would remove nothing the manager thinks it removes.
        (Series(date(2027, 6, 1), date(2027, 8, 31), frozenset({1, 2}), (time(10),), 60,
                frozenset({date(2027, 6, 24)})), "series_exception_not_in_series"),
        (Series(date(2027, 6, 1), date(2027, 8, 31), frozenset({1, 2}), (time(10),), 60,
                frozenset({date(2027, 9, 15)})), "series_exception_not_in_series"),
    ],
)  # fmt: skip
def test_a_series_that_cannot_be_made_is_refused(series: Series, code: str) -> None:
    assert code_of(expand, series, "America/Toronto") == code


def test_a_series_too_long_says_how_many_dates_it_would_make() -> None:
    every_hour = Series(
        date(2027, 1, 1), date(2028, 12, 31), frozenset(range(7)),
        tuple(time(h) for h in range(8, 16)), 30,
    )  # fmt: skip
    with pytest.raises(DomainError) as refused:
        expand(every_hour, "America/Toronto")
    assert refused.value.params == {"count": 731 * 8, "maximum": MAX_DATES}
    assert message("series_too_long", refused.value.params) == (
        "Cette série donnerait 5\u00a0848\u00a0dates\u00a0; le maximum est 5\u00a0000. "
        "Raccourcissez la période ou retirez des jours ou des heures."
    )


# --- staff -------------------------------------------------------------------------------


def test_who_manages_whom() -> None:
    check_may_manage(Role.OWNER, Role.OWNER, Role.CASHIER)
    check_may_manage(Role.SUPERVISOR, Role.CASHIER)
    check_may_manage(Role.SUPERVISOR, None, Role.CASHIER)
    assert code_of(check_may_manage, Role.SUPERVISOR, None, Role.SUPERVISOR) == "owner_required"
    assert code_of(check_may_manage, Role.SUPERVISOR, Role.OWNER) == "owner_required"
    assert code_of(check_may_manage, Role.SUPERVISOR, Role.CASHIER, Role.OWNER) == (
        "owner_required"
    )
    assert code_of(check_may_manage, Role.CASHIER, Role.CASHIER) == "forbidden"
    check_may_set_pin(Role.SUPERVISOR, "luc", Role.SUPERVISOR, "luc")  # their own
    assert code_of(check_may_set_pin, Role.SUPERVISOR, "luc", Role.SUPERVISOR, "ana") == (
        "owner_required"
    )
    assert code_of(check_may_set_pin, Role.CASHIER, "sophie", Role.CASHIER, "sophie") == (
        "forbidden"
    )


def test_the_last_active_owner_stays() -> None:
    check_owner_remains(["marie", "paul"], "marie", Role.CASHIER, True)
    check_owner_remains(["marie"], "marie", Role.OWNER, True)
    assert code_of(check_owner_remains, ["marie"], "marie", Role.OWNER, False) == "last_owner"
    assert code_of(check_owner_remains, ["marie"], "marie", Role.SUPERVISOR, True) == "last_owner"


# --- two offline edits of one date ----------------------------------------------------------


def test_the_later_edit_wins_field_by_field_whichever_arrives_first() -> None:
    t1 = datetime(2027, 6, 1, 9, tzinfo=UTC)
    t2 = t1 + timedelta(minutes=20)
    start = {"capacity": 60, "cancel_minutes": None, "price_list_id": "regular"}
    # The later edit (t2) arrives first: applied as is.
    later = rules.merge_edit(start, {}, {"capacity": 60}, {"capacity": 45}, t2)
    assert later.applied == {"capacity": 45} and not later.overwrites
    after_later = {**start, **later.applied}
    # The earlier one (t1) arrives next: its capacity loses, its other field is kept.
    earlier = rules.merge_edit(
        after_later,
        later.edited,
        {"capacity": 60, "cancel_minutes": None},
        {"capacity": 50, "cancel_minutes": 30},
        t1,
    )
    assert earlier.applied == {"cancel_minutes": 30}
    assert [o.to_json() for o in earlier.overwrites] == [
        {"field": "capacity", "lost": 50, "kept": 45}
    ]
    # In the other order the result is the same, and the earlier value is what was lost.
    first = rules.merge_edit(
        start, {}, {"capacity": 60}, {"capacity": 50, "cancel_minutes": 30}, t1
    )
    second = rules.merge_edit(
        {**start, **first.applied}, first.edited, {"capacity": 60}, {"capacity": 45}, t2
    )
    assert {**start, **first.applied, **second.applied} == {**after_later, **earlier.applied}
    assert [o.to_json() for o in second.overwrites] == [
        {"field": "capacity", "lost": 50, "kept": 45}
    ]


def test_sequential_edits_are_not_conflicts() -> None:
    t1 = datetime(2027, 6, 1, 9, tzinfo=UTC)
    one = rules.merge_edit({"capacity": 60}, {}, {"capacity": 60}, {"capacity": 50}, t1)
    two = rules.merge_edit(
        {"capacity": 50}, one.edited, {"capacity": 50}, {"capacity": 40}, t1 + timedelta(hours=1)
    )
    assert two.applied == {"capacity": 40} and not two.overwrites
