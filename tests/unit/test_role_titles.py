"""Issue 16, part 6, Qt-free: a person's title agrees with them in French (« Caissière »);
English has one style of dates everywhere and reads amounts as English speakers type them;
plurals are real ones (French singular for 0 and 1, English for 1 only)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from guichet.domain.errors import DomainError
from guichet.domain.staff import TitleForm, title_form
from guichet.i18n.errors import message
from guichet.i18n.formatting import (
    decimal_separator,
    duration,
    event_datetime,
    long_date,
    money_plain,
    parse_money,
    qt_day_pattern,
    short_date,
    short_moment,
    time_of_day,
    timestamp,
)
from guichet.i18n.titles import role_title, status_word

TZ = "America/Toronto"
EVENING = datetime(2026, 12, 6, 1, 4, tzinfo=UTC)  # Saturday 5 December 2026, 20 h 04 here
EIGHT = datetime(2026, 12, 6, 1, 0, tzinfo=UTC)


# --- titles ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "masculine", "feminine", "english"),
    [
        ("cashier", "Caissier", "Caissière", "Cashier"),
        ("supervisor", "Superviseur", "Superviseure", "Supervisor"),
        ("owner", "Propriétaire", "Propriétaire", "Owner"),
    ],
)
def test_a_title_agrees_with_the_person_in_french_only(
    role: str, masculine: str, feminine: str, english: str
) -> None:
    assert role_title(role, "fr", "feminine") == feminine
    assert role_title(role, "fr", "masculine") == masculine
    assert role_title(role, "fr", "") == masculine  # not said: as every title read before
    assert role_title(role, "fr", None) == masculine
    for form in ("feminine", "masculine", ""):
        assert role_title(role, "en", form) == english


def test_status_words_agree_too() -> None:
    assert status_word("inactive", "fr", "feminine") == "désactivée"
    assert status_word("inactive", "fr", "") == "désactivé"
    assert status_word("locked", "fr", "feminine").format(time="14 h") == "bloquée jusqu'à 14 h"
    assert status_word("active", "en", "feminine") == "active"


def test_the_title_forms_a_command_may_carry() -> None:
    assert title_form("feminine") is TitleForm.FEMININE
    assert title_form("masculine") is TitleForm.MASCULINE
    assert title_form("") is TitleForm.UNSAID and title_form(None) is TitleForm.UNSAID
    with pytest.raises(DomainError) as refused:
        title_form("féminin")
    assert refused.value.code == "title_form_unknown"
    assert message("title_form_unknown", refused.value.params, "en", TZ) == (
        "Unknown title form: féminin (feminine or masculine)."
    )


# --- English: one style of dates --------------------------------------------------------------


def test_english_dates_have_one_style() -> None:
    day = date(2026, 12, 5)
    assert long_date(day, "en") == "Saturday, December 5, 2026"
    assert short_date(day, "en") == "Sat, Dec 5, 2026"
    assert short_date(day, "en", weekday=False) == "Dec 5, 2026"
    assert short_date(day, "en", year=False) == "Sat, Dec 5"
    assert time_of_day(EIGHT, TZ, "en") == "8:00 p.m."  # the minutes always shown
    assert event_datetime(EIGHT, TZ, "en") == "Saturday, December 5, 2026, 8:00 p.m."
    assert short_moment(EVENING, TZ, "en") == "Sat, Dec 5, 2026, 8:04 p.m."
    # Receipts, Z reports and lists: the English style, not "2026-12-05 20:04".
    assert timestamp(EVENING, TZ, "en") == "Dec 5, 2026, 8:04 p.m."


def test_french_dates_are_unchanged() -> None:
    assert timestamp(EVENING, TZ, "fr") == "2026-12-05 20:04"
    assert short_date(date(2026, 12, 1), "fr") == "mar. 1er déc. 2026"
    assert short_moment(EIGHT, TZ, "fr") == "sam. 5 déc. 2026, 20\u00a0h"


@pytest.mark.parametrize(
    ("french", "english"),
    [
        ("dddd d MMMM yyyy", "dddd, MMMM d, yyyy"),  # the sales window's day
        ("ddd d MMM yyyy", "ddd, MMM d, yyyy"),  # the reserves and seat desk's
        ("d MMMM yyyy", "MMMM d, yyyy"),
        ("d MMM yyyy", "MMM d, yyyy"),
    ],
)
def test_date_fields_read_in_the_english_order(french: str, english: str) -> None:
    assert qt_day_pattern(french, "en") == english
    assert qt_day_pattern(french, "fr") == french
    assert qt_day_pattern(english, "en") == english  # already English: kept
    assert qt_day_pattern("yyyy-MM-dd", "en") == "yyyy-MM-dd"


def test_durations() -> None:
    assert duration(90, "fr") == "1\u00a0h\u00a030"
    assert duration(90, "en") == "1\u00a0h\u00a030\u00a0min"
    assert duration(60, "en") == "1\u00a0h" and duration(35, "en") == "35\u00a0min"
    assert duration(125, "fr") == "2\u00a0h\u00a005"


# --- English: amounts as typed ----------------------------------------------------------------


def test_the_decimal_key_follows_the_language() -> None:
    assert decimal_separator("fr") == "," and decimal_separator("en") == "."
    assert money_plain(20000, "en") == "200.00" and money_plain(20000, "fr") == "200,00"


@pytest.mark.parametrize(
    ("typed", "lang", "cents"),
    [
        ("12,50", "fr", 1250),
        ("1 234,50 $", "fr", 123450),
        ("12.50", "fr", 1250),  # a keypad's point, read as the decimal one
        ("12.50", "en", 1250),
        ("1,234.50", "en", 123450),  # English groups thousands with a comma
        ("$1,500", "en", 150000),
        ("12,5", "en", 1250),  # cannot group: the decimal one
        ("200.00", "en", 20000),
    ],
)
def test_amounts_are_read_in_the_language(typed: str, lang: str, cents: int) -> None:
    assert parse_money(typed, lang) == cents


@pytest.mark.parametrize(("typed", "lang"), [("1,234.50", "fr"), ("1,23.4", "en"), ("", "en")])
def test_amounts_neither_way_are_refused(typed: str, lang: str) -> None:
    with pytest.raises(ValueError):
        parse_money(typed, lang)


# --- plurals ------------------------------------------------------------------------------------


def test_plurals_of_the_qt_free_sentences() -> None:
    """French: singular for 0 and 1; English: for 1 only ("0 errors", not "0 error")."""
    said = {
        (count, lang): message("programme_refused", {"count": count}, lang, TZ).split(" in ")[0]
        for count in (0, 1, 2)
        for lang in ("fr", "en")
    }
    assert said[(0, "en")] == "0 errors" and said[(1, "en")] == "1 error"
    assert said[(2, "en")] == "2 errors"
    assert message("programme_refused", {"count": 0}, "fr", TZ).startswith("0\u00a0erreur dans")
    assert message("programme_refused", {"count": 2}, "fr", TZ).startswith("2\u00a0erreurs dans")
