"""The schedule's rules on the back office's desk (``office.dates``), on the real demo SQLite
database: series previewed then saved in one command, bulk edits that change every date or
none, cancellations that keep the orders, refusals in words. (The windows are tested in
tests/ui/test_admin_schedule.py.)"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta

import pytest
from sqlalchemy import func, select

from guichet.domain.errors import DomainError
from guichet.domain.schedule import Series
from guichet.i18n.errors import message
from guichet.models.tables import Occurrence, Order
from guichet.services.backoffice import BackOffice
from guichet.services.backoffice.schedule import (
    DateFilter,
    delay_text,
    parse_count,
    parse_delay,
    parse_times,
)
from guichet.services.counter import Counter
from tests.backoffice_helpers import (
    AUTUMN,
    TUESDAY,
    WEDNESDAY,
    ZONE,
    add_camp,
    cashier,
    days_between,
    outbox_types,
    supervisor,
)
from tests.conftest import user_id
from tests.integration.helpers import occurrence_named, sell_cash


@pytest.fixture
def luc(make_counter: Callable[..., Counter]) -> Counter:
    return supervisor(make_counter)


@pytest.fixture
def office(luc: Counter) -> BackOffice:
    return luc.back_office()


@pytest.fixture
def camp(office: BackOffice) -> str:
    return add_camp(office)


def count_dates(luc: Counter, event_id: str | None = None) -> int:
    with luc.session_factory() as session:
        query = select(func.count(Occurrence.id))
        if event_id is not None:
            query = query.where(Occurrence.event_id == event_id)
        return int(session.scalar(query) or 0)


# --- series ------------------------------------------------------------------------------------


def test_series_preview_writes_nothing_and_saves_the_same_dates_at_local_times(
    luc: Counter, office: BackOffice, camp: str
) -> None:
    days = days_between(
        AUTUMN.first_day, AUTUMN.last_day, {TUESDAY, WEDNESDAY}, {date(2027, 11, 24)}
    )
    before = count_dates(luc)

    planned = office.dates.preview(AUTUMN)

    assert len(planned) == 2 * len(days) == 50
    assert count_dates(luc) == before  # a preview saves nothing
    ids = office.dates.add_series(camp, AUTUMN, tags=["automne"])
    assert len(ids) == len(planned)
    dates = office.dates.list(DateFilter(event_id=camp))
    assert [(d.starts_at, d.ends_at) for d in dates] == [(p.starts_at, p.ends_at) for p in planned]
    local_starts = [d.starts_at.astimezone(ZONE) for d in dates]
    assert {(s.hour, s.minute) for s in local_starts} == {(10, 0), (12, 0)}
    assert sorted({s.date() for s in local_starts}) == days
    # Both sides of the change of clocks: 10 h is 14:00 UTC in October, 15:00 in December.
    assert dates[0].starts_at == datetime(2027, 10, 5, 14, 0, tzinfo=UTC)
    assert dates[-2].starts_at == datetime(2027, 12, 29, 15, 0, tzinfo=UTC)
    assert all(d.capacity == 60 and d.tags == ("automne",) for d in dates)  # the pool's
    assert outbox_types(luc)[-1] == "occurrence.add"


@pytest.mark.parametrize(
    ("series", "code"),
    [
        (
            # A Monday, for Tuesdays only.
            Series(date(2027, 6, 7), date(2027, 6, 7), frozenset({TUESDAY}), (time(10),), 60),
            "series_empty",
        ),
        (
            Series(date(2027, 6, 30), date(2027, 6, 1), frozenset({TUESDAY}), (time(10),), 60),
            "series_days_reversed",
        ),
        (
            Series(date(2027, 6, 1), date(2027, 6, 30), frozenset(), (time(10),), 60),
            "series_no_weekday",
        ),
        (
            Series(date(2027, 6, 1), date(2027, 6, 30), frozenset({TUESDAY}), (time(10),), 0),
            "duration_invalid",
        ),
    ],
)
def test_a_series_that_cannot_be_is_refused_in_words_and_nothing_is_saved(
    luc: Counter, office: BackOffice, camp: str, series: Series, code: str
) -> None:
    with pytest.raises(DomainError) as refused:
        office.dates.preview(series)
    assert refused.value.code == code
    with pytest.raises(DomainError):
        office.dates.add_series(camp, series)
    assert count_dates(luc, camp) == 0
    assert message(code, refused.value.params, "fr").endswith(".")
    assert not message(code, refused.value.params, "en").startswith("Refused")


def test_a_series_of_more_than_5000_dates_is_refused_with_its_count(
    luc: Counter, office: BackOffice, camp: str
) -> None:
    every_day = frozenset(range(7))
    hourly = tuple(time(h) for h in range(8, 16))  # 8 a day for 2 years
    series = Series(date(2027, 1, 1), date(2028, 12, 31), every_day, hourly, 30)

    with pytest.raises(DomainError) as refused:
        office.dates.add_series(camp, series)

    assert refused.value.code == "series_too_long"
    assert refused.value.params["count"] == 731 * 8
    words = message("series_too_long", refused.value.params, "fr")
    assert "5\u00a0848\u00a0dates" in words and "5\u00a0000" in words
    assert count_dates(luc, camp) == 0


def test_one_date_takes_the_events_length_and_a_date_ending_before_it_starts_is_refused(
    luc: Counter, office: BackOffice, camp: str
) -> None:
    start = datetime(2027, 7, 3, 9, 0, tzinfo=ZONE)
    occurrence_id = office.dates.add_one(camp, start, capacity=25, tags=["été"])
    view = office.dates.get(occurrence_id)
    assert view.ends_at - view.starts_at == timedelta(minutes=120)  # the event's default
    assert (view.capacity, view.tags) == (25, ("été",))

    with pytest.raises(DomainError) as refused:
        office.dates.add_one(camp, start + timedelta(days=1), start)
    assert refused.value.code == "ends_before_start"
    assert count_dates(luc, camp) == 1


def test_a_cashier_cannot_add_dates(make_counter: Callable[..., Counter], camp: str) -> None:
    sophie = make_counter()
    sophie.login(user_id(sophie, "Sophie"), "1111")
    with pytest.raises(DomainError) as refused:
        sophie.back_office().dates.add_series(camp, AUTUMN)
    assert refused.value.code == "forbidden"
    assert count_dates(sophie, camp) == 0


# --- bulk edits ---------------------------------------------------------------------------------


def test_tuesdays_at_10_get_a_tag_and_a_capacity_in_one_command(
    luc: Counter, office: BackOffice, camp: str
) -> None:
    office.dates.add_series(camp, AUTUMN)
    dates = office.dates.list(DateFilter(event_id=camp))
    chosen = office.dates.matching(dates, {TUESDAY}, [time(10)])
    expected = [
        d.id
        for d in dates
        if d.starts_at.astimezone(ZONE).weekday() == TUESDAY
        and d.starts_at.astimezone(ZONE).hour == 10
    ]
    assert chosen == expected and len(chosen) == 13
    outbox_before = len(outbox_types(luc))

    result = office.dates.bulk_edit(chosen, {"capacity": 80}, add_tags=["promomm"])

    assert result.edited == 13
    after = {d.id: d for d in office.dates.list(DateFilter(event_id=camp))}
    for occurrence_id, view in after.items():
        if occurrence_id in chosen:
            assert (view.capacity, view.tags) == (80, ("promomm",))
        else:
            assert (view.capacity, view.tags) == (60, ())
    assert outbox_types(luc)[outbox_before:] == ["occurrence.bulk_edit"]


def test_a_date_that_does_not_exist_is_named_in_the_refusal(
    office: BackOffice, camp: str
) -> None:
    office.dates.add_series(camp, AUTUMN)
    known = office.dates.list(DateFilter(event_id=camp))[0].id
    ghost = "00000000-0000-4000-8000-00000000dead"  # deleted meanwhile, or never synced
    with pytest.raises(DomainError) as refused:
        office.dates.bulk_edit([known, ghost], {"capacity": 80})
    assert (refused.value.code, refused.value.params) == (
        "unknown_occurrence",
        {"occurrence": ghost},
    )


def test_a_capacity_below_what_is_sold_is_refused_with_the_numbers_and_nothing_changes(
    make_counter: Callable[..., Counter], luc: Counter, office: BackOffice
) -> None:
    sophie = cashier(make_counter)
    swim = occurrence_named(sophie, "Bain libre", 13)
    skating = occurrence_named(sophie, "Patin libre")
    sell_cash(sophie, swim.id, adult=3, child=2)
    outbox_before = len(outbox_types(luc))

    with pytest.raises(DomainError) as refused:
        office.dates.bulk_edit([swim.id, skating.id], {"capacity": 4}, add_tags=["promomm"])

    error = refused.value
    assert error.code == "bulk_edit_refused"
    assert (error.params["count"], error.params["total"]) == (1, 2)
    words = message(error.code, error.params, "fr")
    assert "Capacité 4 trop basse" in words and "5\u00a0vendues" in words
    assert "samedi 5 décembre 2026, 13\u00a0h" in words
    assert office.dates.get(swim.id).capacity == 60
    assert office.dates.get(skating.id).tags == ()
    assert len(outbox_types(luc)) == outbox_before


# --- one date -----------------------------------------------------------------------------------


def test_one_date_gets_its_own_capacity_and_price_list(
    luc: Counter, office: BackOffice, camp: str
) -> None:
    office.dates.add_series(camp, AUTUMN)
    view = office.dates.list(DateFilter(event_id=camp))[0]
    theatre = next(p for p in office.prices.price_lists() if p.name.startswith("Théâtre"))

    office.dates.edit(view, {"capacity": 45, "price_list_id": theatre.id})

    edited = office.dates.get(view.id)
    assert (edited.capacity, edited.price_list_id, edited.price_list_name) == (
        45,
        theatre.id,
        theatre.name,
    )
    # Back to its event's list.
    office.dates.edit(edited, {"price_list_id": None})
    assert office.dates.get(view.id).price_list_name.startswith("Loisirs")


def test_editing_a_cancelled_date_is_refused(luc: Counter, office: BackOffice, camp: str) -> None:
    ids = office.dates.add_series(camp, AUTUMN)
    office.dates.cancel([ids[0]], "Piscine fermée")
    view = office.dates.get(ids[0])
    assert view.cancelled

    with pytest.raises(DomainError) as refused:
        office.dates.edit(view, {"capacity": 10})
    assert refused.value.code == "occurrence_cancelled"
    assert office.dates.get(ids[0]).capacity == 60


# --- cancelling -----------------------------------------------------------------------------------


def test_cancelling_a_date_with_a_sale_lists_the_order_to_refund_and_keeps_it(
    make_counter: Callable[..., Counter], luc: Counter, office: BackOffice
) -> None:
    sophie = cashier(make_counter)
    show = occurrence_named(sophie, "Les Belles-sœurs")
    sale = sell_cash(sophie, show.id, adult=2)

    refunds = office.dates.cancel([show.id], "Comédienne malade")

    assert [(r.order_id, r.receipt_number, r.tickets, r.total) for r in refunds] == [
        (sale.order_id, sale.receipt_number, 2, sale.total)
    ]
    with luc.session_factory() as session:
        assert session.get(Order, sale.order_id) is not None
    assert show.id not in {o.id for o in sophie.occurrences(sophie.today())}
    assert office.dates.orders_to_refund([show.id]) == refunds
    assert office.dates.get(show.id).cancelled


# --- a big season ---------------------------------------------------------------------------------


def test_ten_thousand_dates_are_listed(luc: Counter, office: BackOffice, camp: str) -> None:
    six_a_day = tuple(time(h) for h in (9, 11, 13, 15, 17, 19))
    every_day = frozenset(range(7))
    first = date(2027, 1, 1)
    middle = first + timedelta(days=832)
    office.dates.add_series(camp, Series(first, middle, every_day, six_a_day, 60))
    office.dates.add_series(
        camp,
        Series(middle + timedelta(days=1), middle + timedelta(days=833), every_day, six_a_day, 60),
    )

    everything = office.dates.list()
    camp_only = office.dates.list(DateFilter(event_id=camp))
    one_month = office.dates.list(
        DateFilter(event_id=camp, first_day=date(2028, 2, 1), last_day=date(2028, 2, 29))
    )

    assert len(camp_only) == 2 * 833 * 6 == 9996
    assert len(everything) >= 10_000
    assert [d.starts_at for d in everything] == sorted(d.starts_at for d in everything)
    assert len(one_month) == 29 * 6
    assert office.dates.matching(camp_only, {TUESDAY}, [time(9)])[:1] == [
        next(d.id for d in camp_only if d.starts_at.astimezone(ZONE).weekday() == TUESDAY)
    ]


# --- what people type ---------------------------------------------------------------------------


def test_times_and_delays_are_read_as_quebec_users_type_them() -> None:
    assert parse_times("10 h, 12 h 30") == (time(10), time(12, 30))
    assert parse_times("12:00; 10:00 et 10 h") == (time(10), time(12))
    assert parse_times("2 pm, 9:30 a.m.") == (time(9, 30), time(14))
    assert parse_times("") == ()
    for wrong in ("10 h 12 h", "25 h", "midi"):
        with pytest.raises(DomainError) as refused:
            parse_times(wrong)
        assert refused.value.code == "time_invalid"
    assert [parse_delay(t) for t in ("90", "1 h 30", "2 h", "7 j", "2 days", "-30 min", "")] == [
        90,
        90,
        120,
        10080,
        2880,
        -30,
        None,
    ]
    assert [delay_text(m, "fr") for m in (10080, 120, 90, 45, None)] == [
        "7\u00a0j",
        "2\u00a0h",
        "1\u00a0h\u00a030",
        "45\u00a0min",
        "",
    ]
    with pytest.raises(DomainError) as refused:
        parse_delay("3 semaines", "cancel_minutes")
    assert message("delay_invalid", refused.value.params, "fr").startswith(
        "La limite d'annulation\u00a0: «\u00a03 semaines\u00a0»"
    )
    assert parse_count("1 200") == 1200 and parse_count(" ") is None
    with pytest.raises(DomainError) as refused:
        parse_count("-5")
    assert refused.value.code == "number_negative"
