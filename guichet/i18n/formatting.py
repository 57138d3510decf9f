"""Amounts and dates per locale: "1 234,50 $" and "samedi 5 décembre 2026, 20 h".

Qt-free so that receipts, reports and the server format exactly like the counter.
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


MINUS = "\u2212"  # a true minus sign, never a hyphen: "−10,00 $", "−$10.00"


def money(cents: int, lang: str = "fr", currency: str = "CAD") -> str:
    """``money(123450)`` -> ``"1 234,50 $"`` in French, ``"$1,234.50"`` in English; a negative
    amount with a true minus sign (U+2212) where Babel would put a hyphen: ``"−10,00 $"``."""
    loc = _locale(locale_for(lang))
    # Babel separates groups and the symbol with no-break spaces: amounts never wrap.
    text = format_currency(Decimal(abs(cents)) / 100, currency, locale=loc)
    return MINUS + text if cents < 0 else text


def money_plain(cents: int, lang: str = "fr") -> str:
    """The number alone, for input fields: ``"1234,50"`` / ``"1234.50"``."""
    sep = "," if lang == "fr" else "."
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return f"{sign}{cents // 100}{sep}{cents % 100:02d}"


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


def timestamp(dt: datetime, tz: str, lang: str = "fr") -> str:
    """Short date and time for receipts and lists: ``2026-12-05 20:04``."""
    return local(dt, tz).strftime("%Y-%m-%d %H:%M")
