"""Amounts and dates per locale: "1 234,50 $" and "samedi 5 décembre 2026, 20 h".

Qt-free so that receipts, reports and the server format exactly like the counter.

English has one style everywhere (docs/LANGUAGE.md): "Saturday, December 5, 2026" (long),
"Sat, Dec 5, 2026" (short), "Dec 5, 2026" (short, no weekday), "8:00 p.m." (minutes always
shown), "Saturday, December 5, 2026, 8:00 p.m." and "Dec 5, 2026, 8:04 p.m." (a timestamp).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache
from zoneinfo import ZoneInfo

from babel import Locale
from babel.dates import format_date as _babel_date
from babel.dates import format_datetime as _babel_datetime
from babel.numbers import format_currency, format_decimal

LANG_LOCALES = {"fr": "fr_CA", "en": "en_CA"}


def locale_for(lang: str) -> str:
    return LANG_LOCALES.get(lang, lang)


@lru_cache(maxsize=8)
def _locale(name: str) -> Locale:
    return Locale.parse(name)


ISO_MINUTE = "%Y-%m-%d %H:%M"  # a machine-like stamp (not prose): 2026-12-05 20:04
MINUS = "\u2212"  # a true minus sign, never a hyphen: "−10,00 $", "−$10.00"


def money(cents: int, lang: str = "fr", currency: str = "CAD") -> str:
    """``money(123450)`` -> ``"1 234,50 $"`` in French, ``"$1,234.50"`` in English; a negative
    amount with a true minus sign (U+2212) where Babel would put a hyphen: ``"−10,00 $"``."""
    loc = _locale(locale_for(lang))
    # Babel separates groups and the symbol with no-break spaces: amounts never wrap.
    text = format_currency(Decimal(abs(cents)) / 100, currency, locale=loc)
    return MINUS + text if cents < 0 else text


def decimal_separator(lang: str = "fr") -> str:
    """What separates dollars from cents as people type them: « , » in French, "." in
    English (the keypads' decimal key, the amounts prefilled in fields)."""
    return "," if lang == "fr" else "."


def money_plain(cents: int, lang: str = "fr") -> str:
    """The number alone, for input fields: ``"1234,50"`` / ``"1234.50"``."""
    sep = decimal_separator(lang)
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return f"{sign}{cents // 100}{sep}{cents % 100:02d}"


_ENGLISH_GROUPS = re.compile(r"\d{1,3}(,\d{3})+(\.\d*)?")


def parse_money(text: str, lang: str = "fr") -> int:
    """An amount as a cashier types it, read in their language, in cents: ``"12,50"`` and
    ``"1 234,50 $"`` in French; ``"12.50"`` and ``"1,234.50"`` in English, where a comma
    before three digits groups thousands (``"1,500"`` is fifteen hundred dollars). The other
    separator is still taken as the decimal one where it cannot group (``"12.5"`` in French,
    ``"12,50"`` in English). Raises ValueError as :func:`guichet.domain.money.parse_amount`."""
    from guichet.domain.money import parse_amount

    if lang != "fr":
        bare = text.strip().replace("$", "").replace("\u00a0", "").replace(" ", "")
        if _ENGLISH_GROUPS.fullmatch(bare):
            text = bare.replace(",", "")
        elif "," in bare and "." in bare:
            raise ValueError(text)  # "1,23.4": neither way
    return parse_amount(text)


def percent(rate: Decimal, lang: str = "fr") -> str:
    value = format_decimal(rate * 100, format="#,##0.###", locale=_locale(locale_for(lang)))
    return f"{value}\u00a0%" if lang == "fr" else f"{value}%"


def local(dt: datetime, tz: str) -> datetime:
    return dt.astimezone(ZoneInfo(tz))


def event_datetime(dt: datetime, tz: str, lang: str = "fr") -> str:
    """``"samedi 5 décembre 2026, 20 h"`` (``20 h 30`` when minutes) / English equivalent."""
    value = local(dt, tz)
    loc = _locale(locale_for(lang))
    if lang == "fr":
        day = day_format(value, "EEEE d MMMM y", lang)
        # No-break spaces: "20 h 30" never wraps between the number and its unit.
        hour = (
            f"{value.hour}\u00a0h"
            if value.minute == 0
            else f"{value.hour}\u00a0h\u00a0{value.minute:02d}"
        )
        return f"{day}, {hour}"
    return _babel_datetime(value, "EEEE, MMMM d, y, h:mm a", locale=loc)


def time_of_day(dt: datetime, tz: str, lang: str = "fr") -> str:
    value = local(dt, tz)
    if lang == "fr":
        return (
            f"{value.hour}\u00a0h"
            if value.minute == 0
            else f"{value.hour}\u00a0h\u00a0{value.minute:02d}"
        )
    return _babel_datetime(value, "h:mm a", locale=_locale(locale_for(lang)))


def day_format(day: date, pattern: str, lang: str = "fr") -> str:
    """A day by a Babel ``pattern``, French writing the first of the month « 1er » (« mardi
    1er juin 2027 »), as every French calendar and letter does."""
    if lang == "fr" and day.day == 1:
        pattern = re.sub(r"(?<![d'])d(?![d'])", "d'er'", pattern)
    return _babel_date(day, pattern, locale=_locale(locale_for(lang)))


def long_date(day: date, lang: str = "fr") -> str:
    pattern = "EEEE d MMMM y" if lang == "fr" else "EEEE, MMMM d, y"
    return day_format(day, pattern, lang)


def short_date(day: date, lang: str = "fr", *, weekday: bool = True, year: bool = True) -> str:
    """``"sam. 5 déc. 2026"`` / ``"Sat, Dec 5, 2026"``; without the weekday ``"5 déc. 2026"`` /
    ``"Dec 5, 2026"``; without the year ``"sam. 5 déc."`` / ``"Sat, Dec 5"``."""
    if lang == "fr":
        pattern = ("EEE " if weekday else "") + "d MMM" + (" y" if year else "")
    else:
        pattern = ("EEE, " if weekday else "") + "MMM d" + (", y" if year else "")
    return day_format(day, pattern, lang)


def short_moment(dt: datetime, tz: str, lang: str = "fr", *, weekday: bool = True) -> str:
    """``"sam. 5 déc. 2026, 20 h"`` / ``"Sat, Dec 5, 2026, 8:00 p.m."``: a date in a column."""
    return f"{short_date(local(dt, tz), lang, weekday=weekday)}, {time_of_day(dt, tz, lang)}"


def timestamp(dt: datetime, tz: str, lang: str = "fr") -> str:
    """Short date and time for receipts and lists: ``2026-12-05 20:04`` in French (the form of
    cash registers' tickets), ``Dec 5, 2026, 8:04 p.m.`` in English (its one style)."""
    if lang != "fr":
        return short_moment(dt, tz, lang, weekday=False)
    return local(dt, tz).strftime(ISO_MINUTE)


#: Qt date-edit display formats written in the French order, and their English order.
_QT_FRENCH_ORDER = re.compile(r"^(?:(dddd?) )?d (MMMM?)(?: (yyyy))?$")


def qt_day_pattern(pattern: str, lang: str = "fr") -> str:
    """A QDateEdit display format in the language's order: French ``"dddd d MMMM yyyy"``
    (« samedi 5 décembre 2026 ») reads ``"dddd, MMMM d, yyyy"`` in English ("Saturday,
    December 5, 2026"), as :func:`long_date` and :func:`short_date` write days. Formats
    already in the English order (or of another shape, "yyyy-MM-dd") are kept."""
    match = _QT_FRENCH_ORDER.match(pattern)
    if lang == "fr" or match is None:
        return pattern
    weekday, month, year = match.groups()
    return (f"{weekday}, " if weekday else "") + f"{month} d" + (f", {year}" if year else "")


def duration(minutes: int, lang: str = "fr") -> str:
    """``"2 h 05"``, ``"1 h"``, ``"35 min"`` in French; ``"2 h 5 min"``, ``"1 h"``,
    ``"35 min"`` in English (no-break spaces: a duration never wraps)."""
    hours, rest = divmod(max(minutes, 0), 60)
    if not hours:
        return f"{rest}\u00a0min"
    if not rest:
        return f"{hours}\u00a0h"
    if lang == "fr":
        return f"{hours}\u00a0h\u00a0{rest:02d}"
    return f"{hours}\u00a0h\u00a0{rest}\u00a0min"
