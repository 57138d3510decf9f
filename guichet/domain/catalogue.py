"""Rules of the back office: what a name, a price, a rate, a capacity or a tag may be, and
how two edits of the same date made offline are merged.

Pure functions: every refusal is a :class:`DomainError` whose code and parameters the windows
and the command line turn into words (``guichet.i18n.errors``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from guichet.domain.errors import DomainError
from guichet.domain.promotions import normalize_tag

NAME_MAX = 200
CATEGORY_NAME_MAX = 80
CODE_MAX = 32
ACCOUNT_MAX = 40
TAG_MAX = 40
TAGS_MAX = 30
ADDRESS_MAX = 500
RECEIPT_TEXT_MAX = 500
REGISTRATION_MAX = 40
CAPACITY_MAX = 100_000
PRICE_MAX = 1_000_000  # 10 000,00 $: more is a typing slip at a box office
MINUTES_MAX = 366 * 24 * 60
DURATION_MAX = 7 * 24 * 60
#: The counter's F1–F5 keys sell the first five categories of a price list.
CATEGORY_KEYS = 5

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def shown(value: object, maximum: int = 40) -> str:
    """Input echoed in a refusal: short and printable (the refusal is stored with the
    server's answer, and PostgreSQL's JSON refuses a NUL or a lone surrogate)."""
    text = _SURROGATE.sub("\ufffd", _CONTROL.sub("\ufffd", str(value)))
    return text[:maximum]


def _refuse_unprintable(value: str, field: str) -> None:
    if _CONTROL.search(value) or _SURROGATE.search(value):
        raise DomainError("text_invalid", field=field)


#: A spreadsheet takes a cell starting with one of these for a formula (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@")


def clean_text(value: object, field: str, maximum: int = NAME_MAX, *, required: bool = True) -> str:
    """One line of text as people type it: spaces collapsed, nothing unprintable, and not
    starting like a spreadsheet formula (names and tags end up in exports and reports)."""
    if not isinstance(value, str):
        raise DomainError("text_invalid", field=field)
    _refuse_unprintable(value, field)
    text = unicodedata.normalize("NFC", " ".join(value.split()))
    if required and not text:
        raise DomainError("text_missing", field=field)
    if len(text) > maximum:
        raise DomainError("text_too_long", field=field, maximum=maximum, length=len(text))
    if text.startswith(FORMULA_STARTS):
        raise DomainError("text_formula", field=field, text=shown(text))
    return text


def clean_lines(value: object, field: str, maximum: int = ADDRESS_MAX) -> str:
    """Text of several lines (an address, a receipt's header): each line cleaned, blank lines
    at the ends dropped."""
    if not isinstance(value, str):
        raise DomainError("text_invalid", field=field)
    lines = [" ".join(line.replace("\t", " ").split()) for line in value.splitlines()]
    for line in lines:
        _refuse_unprintable(line, field)
    text = unicodedata.normalize("NFC", "\n".join(lines).strip("\n"))
    if len(text) > maximum:
        raise DomainError("text_too_long", field=field, maximum=maximum, length=len(text))
    return text


def clean_code(value: object) -> str:
    """A ticket category's code: letters, digits, dash and underscore, lower case."""
    text = clean_text(value, "code", CODE_MAX).casefold()
    if not re.fullmatch(r"[a-z0-9_-]+", text):
        raise DomainError("code_invalid", text=shown(text))
    return text


def clean_tags(tags: Iterable[object]) -> list[str]:
    """Tags normalised (spaces collapsed, case folded), without duplicates, sorted."""
    cleaned: set[str] = set()
    for tag in tags:
        if not isinstance(tag, str):
            raise DomainError("text_invalid", field="tags")
        _refuse_unprintable(tag, "tags")
        normal = normalize_tag(tag)
        if not normal:
            continue
        if normal.startswith(FORMULA_STARTS):
            raise DomainError("text_formula", field="tags", text=shown(normal))
        if len(normal) > TAG_MAX:
            raise DomainError("tag_too_long", tag=normal[:60], maximum=TAG_MAX)
        cleaned.add(normal)
    if len(cleaned) > TAGS_MAX:
        raise DomainError("too_many_tags", maximum=TAGS_MAX)
    return sorted(cleaned)


def split_tags(text: str) -> list[str]:
    """``"promomm, été"`` -> ``["promomm", "été"]`` (commas or semicolons between tags)."""
    return clean_tags(re.split(r"[,;]", text))


def fold(text: str) -> str:
    """Lower case without accents: how names are compared ("Théâtre" is "theatre")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


# --- money and rates --------------------------------------------------------------------------

_SPACES = str.maketrans("", "", " \u00a0\u202f\u2009$")


def parse_price(text: str) -> int:
    """A price as a Quebec user types it ("12,50", "12.50", "12", "1 234,5 $") in cents."""
    raw = text.strip()
    cleaned = raw.translate(_SPACES)
    if not cleaned:
        raise DomainError("price_invalid", text=shown(raw))
    if cleaned.startswith("-"):
        raise DomainError("price_negative", text=shown(raw))
    if cleaned.count(",") + cleaned.count(".") > 1:
        raise DomainError("price_invalid", text=shown(raw))
    whole, _, frac = cleaned.replace(",", ".").partition(".")
    if (
        not (whole or frac)
        or not (whole.isdigit() or not whole)
        or not (frac.isdigit() or not frac)
    ):
        raise DomainError("price_invalid", text=shown(raw))
    if not whole.isascii() or not frac.isascii():
        raise DomainError("price_invalid", text=shown(raw))
    if len(frac) > 2:
        raise DomainError("price_decimals", text=shown(raw))
    if len(whole) > 7:
        raise DomainError("price_too_large", text=shown(raw), maximum=PRICE_MAX)
    cents = int(whole or "0") * 100 + int((frac + "00")[:2])
    check_price(cents)
    return cents


def check_price(cents: object, field: str = "price") -> int:
    if not isinstance(cents, int) or isinstance(cents, bool):
        raise DomainError("price_invalid", text=shown(cents))
    if cents < 0:
        raise DomainError("price_negative", text=shown(cents))
    if cents > PRICE_MAX:
        raise DomainError("price_too_large", text=shown(cents), maximum=PRICE_MAX)
    return cents


def parse_rate(text: str) -> Decimal:
    """A tax rate typed in percent ("9,975" or "9.975 %") as a fraction (0.09975)."""
    raw = text.strip()
    cleaned = raw.replace("%", "").translate(_SPACES).replace(",", ".")
    try:
        percent = Decimal(cleaned)
    except InvalidOperation:
        raise DomainError("rate_invalid", text=shown(raw)) from None
    if not percent.is_finite():
        raise DomainError("rate_invalid", text=shown(raw))
    return check_rate(percent / 100, raw)


def check_rate(rate: Decimal, text: str = "") -> Decimal:
    """0 to 100 % with at most 4 decimals of a percent (the column keeps 6 of the fraction)."""
    if not rate.is_finite() or rate < 0 or rate > 1:
        raise DomainError("rate_invalid", text=shown(text or rate))
    exponent = rate.normalize().as_tuple().exponent
    if isinstance(exponent, int) and exponent < -6:
        raise DomainError("rate_invalid", text=shown(text or rate))
    return rate


def rate_text(rate: Decimal, lang: str = "fr") -> str:
    """0.09975 -> "9,975" (the form the set-up assistant shows)."""
    percent = format(rate * 100, "f").rstrip("0").rstrip(".") or "0"
    return percent.replace(".", ",") if lang == "fr" else percent


# --- counts and times -----------------------------------------------------------------------


def check_count(value: object, field: str, maximum: int = CAPACITY_MAX) -> int:
    """A capacity or a number of places: a whole number from 0 to ``maximum``."""
    if not isinstance(value, int) or isinstance(value, bool):
        raise DomainError("number_invalid", field=field, text=shown(value))
    if value < 0:
        raise DomainError("number_negative", field=field, value=value)
    if value > maximum:
        raise DomainError("number_too_large", field=field, value=value, maximum=maximum)
    return value


def check_minutes(value: object, field: str, maximum: int = MINUTES_MAX) -> int | None:
    if value is None:
        return None
    return check_count(value, field, maximum)


def check_timezone(name: object) -> str:
    """An IANA zone as typed (case aside: "america/montreal"), given back as IANA spells it.
    Names that mean "wherever this machine is" (localtime, Factory) are refused: the
    organisation's hours must read the same on every counter and on the server."""
    if not isinstance(name, str) or not name.strip():
        raise DomainError("timezone_required")
    canonical = _zones().get(name.strip().lower())
    if canonical is None:
        raise DomainError("timezone_unknown", timezone=shown(name, 64))
    try:
        ZoneInfo(canonical)
    except (ZoneInfoNotFoundError, ValueError):
        raise DomainError("timezone_unknown", timezone=shown(name, 64)) from None
    return canonical


_NOT_A_PLACE = frozenset({"localtime", "factory", "posixrules"})
_ZONES: dict[str, str] = {}


def _zones() -> dict[str, str]:
    global _ZONES
    if not _ZONES:
        _ZONES = {
            zone.lower(): zone
            for zone in available_timezones()
            if zone.lower() not in _NOT_A_PLACE
        }
    return _ZONES


# Canada Revenue Agency's business number + RT program + account; Revenu Québec's ten digits
# + TQ + file. Spaces, dashes and case are how people copy them from a letter: ignored.
_REGISTRATION = {
    "gst_number": (re.compile(r"(\d{9})RT(\d{4})"), "{0} RT{1}", "123456789 RT0001"),
    "qst_number": (re.compile(r"(\d{10})TQ(\d{4})"), "{0} TQ{1}", "1234567890 TQ0001"),
}


def check_registration(value: object, field: str) -> str:
    """A GST or QST registration number (optional), written the way receipts print it."""
    text = clean_text(value, field, REGISTRATION_MAX, required=False)
    if not text:
        return ""
    pattern, form, example = _REGISTRATION[field]
    match = pattern.fullmatch(re.sub(r"[\s\-.]", "", text).upper())
    if match is None:
        raise DomainError("registration_invalid", field=field, text=shown(text), example=example)
    return form.format(*match.groups())


def check_cash_increment(value: object) -> int:
    """Cash is rounded to 5 ¢ in Canada (the penny is gone); 1 means no rounding."""
    if not isinstance(value, int) or isinstance(value, bool) or value not in (1, 5, 10):
        raise DomainError("cash_increment_invalid", value=shown(value, 10))
    return value


def check_dates(starts_at: datetime, ends_at: datetime) -> None:
    if starts_at.tzinfo is None or ends_at.tzinfo is None:
        raise DomainError("naive_datetime")
    if ends_at <= starts_at:
        raise DomainError("ends_before_start", starts_at=starts_at, ends_at=ends_at)
    if ends_at - starts_at > _DURATION_LIMIT:
        raise DomainError(
            "duration_invalid", minutes=int((ends_at - starts_at).total_seconds() // 60)
        )


_DURATION_LIMIT = timedelta(minutes=DURATION_MAX)


@dataclass(frozen=True)
class Taken:
    """What a date's places already went to: never taken back by lowering its capacity."""

    sold: int = 0  # tickets sold (not refunded)
    reserved: int = 0  # held by capacity reserves (drawn or not)
    held_back: int = 0  # places simply held back
    leased: int = 0  # leased to paired counters and not used by them yet

    @property
    def total(self) -> int:
        return self.sold + self.reserved + self.held_back + self.leased


def check_capacity_floor(capacity: int, taken: Taken, *, occurrence: str = "") -> None:
    """A capacity below what is already sold, drawn, held or leased is refused with the
    numbers."""
    if capacity < taken.total:
        raise DomainError(
            "capacity_below_taken",
            capacity=capacity,
            minimum=taken.total,
            sold=taken.sold,
            reserved=taken.reserved,
            held_back=taken.held_back,
            leased=taken.leased,
            occurrence=occurrence,
        )


# --- two edits of one date, made offline -------------------------------------------------------


@dataclass(frozen=True)
class Overwrite:
    """A field two people edited: ``lost`` is the value that no longer shows, ``kept`` the
    one that does (the later edit's)."""

    field: str
    lost: Any
    kept: Any

    def to_json(self) -> dict[str, Any]:
        return {"field": self.field, "lost": self.lost, "kept": self.kept}


@dataclass(frozen=True)
class Merged:
    applied: dict[str, Any]  # field -> new value to write
    edited: dict[str, str]  # field -> ISO time of its last edit (all fields)
    overwrites: list[Overwrite]


def merge_edit(
    current: Mapping[str, Any],
    edited: Mapping[str, str],
    before: Mapping[str, Any],
    changes: Mapping[str, Any],
    at: datetime,
) -> Merged:
    """The later edit wins, field by field, whatever order edits reach the server in.

    ``current``: the date's values now; ``edited``: when each field was last edited;
    ``before``: the values the editor saw; ``changes``: the values the editor set, at ``at``.
    A field edited later than ``at`` keeps its value (this edit's is lost); a field someone
    else changed since the editor looked is overwritten by this later edit. Both are
    reported."""
    applied: dict[str, Any] = {}
    times = dict(edited)
    overwrites: list[Overwrite] = []
    for field, value in changes.items():
        last = _parse_time(times.get(field))
        now_value = current.get(field)
        if last is not None and last > at:
            if now_value != value:
                overwrites.append(Overwrite(field, value, now_value))
            continue
        if field in before and before[field] != now_value and now_value != value:
            overwrites.append(Overwrite(field, now_value, value))
        applied[field] = value
        times[field] = at.isoformat()
    return Merged(applied, times, overwrites)


def _parse_time(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None
