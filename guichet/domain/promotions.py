"""Promotions and promo codes: the pure pricing engine of issue 3 (no database, no Qt, no I/O).

A :class:`Promotion` has a name and a description (French and English), one :class:`Effect`,
a validity (start and expiry *days*), quotas, a :class:`Targeting` and zero or more
:class:`PromoCode`. The counter, the back office and the server all price a cart through
:func:`price_cart` / :func:`apply_promotion`, so a refusal is the same everywhere.

Rounding — the one rule: a percentage is applied to the unit price and rounded half away from
zero to the cent; a cart amount is spread with allocate. Precisely:

* percentage: ``discount per unit = to_cents(regular_unit_price * percent / 100)`` and the new
  unit price is ``regular - discount`` (so an exact half cent of discount goes to the customer);
* amount per ticket: ``max(0, regular - amount)``;
* amount per cart: ``min(amount, eligible total)`` split over the eligible lines in proportion to
  their amounts with :func:`guichet.domain.money.allocate` (lines sorted by key first, so the
  split does not depend on the order of the cart), kept as a per-line discount in cents so that
  the taxes computed afterwards on the charged amounts stay exact;
* price-list switch: the price of the category in the new list, as it is.

No charged amount is ever below zero.

Order of the checks in :func:`apply_promotion` (the first failing one is the refusal):
disabled promotion or code, validity, counter profile, customer, code uses, the promotion's
ticket quota already reached, a ``switch_only`` line the promotion does not offer
(``category_not_offered``), no eligible ticket, per-order maximum (overall, then per target),
ticket quota this order would exceed (overall, then per target). On a paired counter the
ticket quota is what it holds of it (:attr:`PromotionUsage.held`, escrow). The cart-independent ones
are :func:`check_promotion_available`. See docs/PROMOTIONS.md for every choice made.

Validity: a promotion is in force from 00:00:00 of its start day to 23:59:59.999999 of its
expiry day in the organisation's timezone, i.e. exactly when the local date of ``now`` lies in
``[starts, expires]``; either bound may be ``None``. DST never moves a boundary.
"""

from __future__ import annotations

import secrets
import unicodedata
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal
from enum import StrEnum
from functools import cached_property, lru_cache
from operator import mul
from types import MappingProxyType
from typing import Any
from zoneinfo import ZoneInfo

from guichet.domain import codes
from guichet.domain.errors import DomainError
from guichet.domain.money import Cents, allocate, to_cents

# --------------------------------------------------------------------------- effects


class EffectKind(StrEnum):
    PERCENT = "percent"  # percentage off the regular price of eligible tickets
    AMOUNT_PER_TICKET = "amount_per_ticket"  # fixed cents off each eligible ticket or pass
    AMOUNT_PER_CART = "amount_per_cart"  # fixed cents off the eligible total, spread over lines
    PRICE_LIST = "price_list"  # switch to another price list


@dataclass(frozen=True, slots=True)
class Effect:
    """What a promotion does. Build one with the helpers below rather than by hand."""

    kind: EffectKind
    percent: Decimal = Decimal(0)
    amount: Cents = 0
    price_list_id: str | None = None

    def __post_init__(self) -> None:
        if self.kind is EffectKind.PERCENT:
            if not Decimal(0) < self.percent <= Decimal(100):
                raise DomainError("promo_percent_invalid", percent=str(self.percent))
        elif self.kind is EffectKind.PRICE_LIST:
            if not self.price_list_id:
                raise DomainError("promo_price_list_missing")
        elif self.amount <= 0:
            raise DomainError("promo_amount_invalid", amount=self.amount)


def percent_off(percent: Decimal | int | str) -> Effect:
    return Effect(EffectKind.PERCENT, percent=Decimal(percent))


def amount_off_each(amount: Cents) -> Effect:
    return Effect(EffectKind.AMOUNT_PER_TICKET, amount=amount)


def amount_off_cart(amount: Cents) -> Effect:
    return Effect(EffectKind.AMOUNT_PER_CART, amount=amount)


def switch_price_list(price_list_id: str) -> Effect:
    return Effect(EffectKind.PRICE_LIST, price_list_id=price_list_id)


# --------------------------------------------------------------------------- targeting


def normalize_tag(tag: str) -> str:
    """Tags are free words: compared without surrounding spaces and without case."""
    return " ".join(tag.split()).casefold()


def _tags(tags: Iterable[str]) -> frozenset[str]:
    return frozenset(normalize_tag(t) for t in tags)


class TagMode(StrEnum):
    ALL = "all"
    HAS = "has"
    HAS_NOT = "has_not"


@dataclass(frozen=True, slots=True)
class TagControl:
    """Tag control: "all", "has tag X" or "has not tag X", on price lists, events or categories."""

    mode: TagMode = TagMode.ALL
    tag: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "tag", normalize_tag(self.tag))
        if self.mode is not TagMode.ALL and not self.tag:
            raise DomainError("promo_tag_missing", mode=str(self.mode))

    def matches(self, tags: Collection[str]) -> bool:
        """``tags`` must already be normalised (PromoLine does it)."""
        if self.mode is TagMode.ALL:
            return True
        if self.mode is TagMode.HAS:
            return self.tag in tags
        return self.tag not in tags


ALL = TagControl()


def has(tag: str) -> TagControl:
    return TagControl(TagMode.HAS, tag)


def has_not(tag: str) -> TagControl:
    return TagControl(TagMode.HAS_NOT, tag)


class CustomerRule(StrEnum):
    ANY = "any"
    KNOWN = "known"  # customers already in the organisation's customer list
    NEWSLETTER = "newsletter"  # newsletter subscribers
    LIST = "list"  # a chosen list of customer ids


class TargetKind(StrEnum):
    EVENT = "event"
    ZONE = "zone"
    TARIFF = "tariff"  # a ticket category


@dataclass(frozen=True, slots=True)
class TargetLimit:
    """Quota (tickets overall, open carts included) and/or per-order limit for one target."""

    kind: TargetKind
    target_id: str
    quota: int | None = None
    per_order: int | None = None

    def __post_init__(self) -> None:
        for name, value in (("quota", self.quota), ("per_order", self.per_order)):
            if value is not None and value < 0:
                raise DomainError("promo_limit_invalid", field=name, value=value)


@dataclass(frozen=True, slots=True)
class Targeting:
    """Which tickets, customers and counters a promotion is for.

    Explicit sets: an empty set means "any"; a line must satisfy every non-empty set (a line
    without a zone never matches a non-empty ``zone_ids``). Tag controls apply on top.
    """

    event_ids: frozenset[str] = frozenset()
    occurrence_ids: frozenset[str] = frozenset()
    zone_ids: frozenset[str] = frozenset()
    category_ids: frozenset[str] = frozenset()
    price_list_control: TagControl = ALL  # tested on the line's REGULAR price list
    event_control: TagControl = ALL
    category_control: TagControl = ALL
    customers: CustomerRule = CustomerRule.ANY
    customer_ids: frozenset[str] = frozenset()  # for CustomerRule.LIST
    terminal_profiles: frozenset[str] = frozenset()  # empty = every counter profile
    limits: tuple[TargetLimit, ...] = ()


EVERYTHING = Targeting()


# --------------------------------------------------------------------------- promotions, codes


@dataclass(frozen=True, slots=True)
class Promotion:
    id: str
    name_fr: str
    effect: Effect
    name_en: str = ""
    description_fr: str = ""
    description_en: str = ""
    starts: date | None = None  # first day in force (00:00:00 local)
    expires: date | None = None  # last day in force (until 23:59:59.999999 local)
    automatic: bool = False
    enabled: bool = True
    position: int = 0  # list order: the first automatic one in force wins
    max_tickets: int | None = None  # overall, open carts included
    max_tickets_per_order: int | None = None
    targeting: Targeting = EVERYTHING

    def __post_init__(self) -> None:
        if not self.name_fr.strip():
            raise DomainError("promo_name_missing")
        if self.starts is not None and self.expires is not None and self.expires < self.starts:
            raise DomainError(
                "promo_dates_inverted",
                starts=self.starts.isoformat(),
                expires=self.expires.isoformat(),
            )
        for name, value in (
            ("max_tickets", self.max_tickets),
            ("max_tickets_per_order", self.max_tickets_per_order),
        ):
            if value is not None and value < 0:
                raise DomainError("promo_limit_invalid", field=name, value=value)

    def name(self, lang: str = "fr") -> str:
        return (self.name_en or self.name_fr) if lang == "en" else self.name_fr

    def description(self, lang: str = "fr") -> str:
        if lang == "en":
            return self.description_en or self.description_fr
        return self.description_fr

    @property
    def order_key(self) -> tuple[int, str]:
        return (self.position, self.id)


@dataclass(frozen=True, slots=True)
class PromoCode:
    """A code customers type. ``text`` is stored normalised; ``used`` counts paid orders."""

    text: str
    promotion_id: str
    max_uses: int | None = None  # orders that may use it; None = unlimited
    enabled: bool = True
    used: int = 0

    def __post_init__(self) -> None:
        object.__setattr__(self, "text", codes.normalize(self.text))
        if not self.text:
            raise DomainError("promo_code_empty")
        if self.max_uses is not None and self.max_uses < 0:
            raise DomainError("promo_limit_invalid", field="max_uses", value=self.max_uses)


def ensure_deletable(used: int) -> None:
    """A code or promotion that was ever used can only be disabled, never deleted."""
    if used > 0:
        raise DomainError("promo_used_cannot_delete", used=used)


# --------------------------------------------------------------------------- pricing inputs


@dataclass(frozen=True, slots=True)
class PromoLine:
    """One cart line as the engine sees it. ``key`` is unique within the cart.

    ``price_list_id`` is the event's REGULAR price list and ``regular_unit_price`` the price in
    it (the price shown struck through). Tags are normalised on construction.

    ``switch_only``: the regular list does not offer this category; only a price-list switch
    whose new list offers it (and whose targeting it satisfies) can sell it, at the new list's
    price with nothing struck through. ``regular_unit_price`` is then the price the counter
    showed (the new list's); priced without such a switch the line is ``category_not_offered``.
    """

    key: str
    occurrence_id: str
    event_id: str
    category_id: str
    price_list_id: str
    quantity: int
    regular_unit_price: Cents
    zone_id: str | None = None
    event_tags: frozenset[str] = frozenset()
    category_tags: frozenset[str] = frozenset()
    price_list_tags: frozenset[str] = frozenset()
    switch_only: bool = False

    def __post_init__(self) -> None:
        if self.quantity <= 0:
            raise DomainError("quantity_not_positive", quantity=self.quantity)
        if self.regular_unit_price < 0:
            raise DomainError("negative_price", price=self.regular_unit_price)
        object.__setattr__(self, "event_tags", _tags(self.event_tags))
        object.__setattr__(self, "category_tags", _tags(self.category_tags))
        object.__setattr__(self, "price_list_tags", _tags(self.price_list_tags))

    @property
    def regular_amount(self) -> Cents:
        return self.regular_unit_price * self.quantity


@dataclass(frozen=True, slots=True)
class CustomerFacts:
    """What the counter knows of the customer it looked up (nothing for an anonymous sale)."""

    customer_id: str | None = None
    known: bool = False
    newsletter: bool = False


ANONYMOUS = CustomerFacts()


@dataclass(frozen=True, slots=True)
class PromotionUsage:
    """What one promotion has already consumed, EXCLUDING the cart being priced.

    ``tickets``: tickets of paid orders plus tickets held by other open (unpaid, in-progress)
    carts that use the promotion; an abandoned or cancelled cart stops counting.
    ``tickets_by_target``: the same, per ``(TargetKind, target id)`` of the promotion's limits.
    ``open_orders_by_code``: other open carts holding each code (normalised text); they count
    against the code's maximum uses together with ``PromoCode.used``.
    ``held``: escrow (issue 6) — on a paired counter, the tickets of the promotion's quota it
    holds and has not used (its other open carts deducted); the quota check is then against
    that alone (``promo_allotment_exhausted``), since the server leased it from the rest.
    ``None`` for anyone else, whose ``tickets`` then count what the counters hold too.
    """

    tickets: int = 0
    tickets_by_target: Mapping[tuple[TargetKind, str], int] = field(default_factory=dict)
    open_orders_by_code: Mapping[str, int] = field(default_factory=dict)
    held: int | None = None


NO_USAGE = PromotionUsage()


@dataclass(frozen=True)
class PricingContext:
    """Everything the engine needs besides the lines. ``now`` must be timezone-aware."""

    now: datetime
    timezone: str  # IANA name, e.g. "America/Toronto"
    terminal_profile: str | None = None
    customer: CustomerFacts = ANONYMOUS
    usage: Mapping[str, PromotionUsage] = field(default_factory=dict)  # by promotion id
    prices: Mapping[tuple[str, str], Cents] = field(default_factory=dict)  # (list, category)
    category_tags: Mapping[str, frozenset[str]] = field(default_factory=dict)  # by category

    def __post_init__(self) -> None:
        if self.now.tzinfo is None or self.now.utcoffset() is None:
            raise ValueError("PricingContext.now must be timezone-aware")

    @cached_property
    def today(self) -> date:
        """The organisation's local date at ``now``."""
        return self.now.astimezone(ZoneInfo(self.timezone)).date()

    def usage_for(self, promotion_id: str) -> PromotionUsage:
        return self.usage.get(promotion_id, NO_USAGE)


# --------------------------------------------------------------------------- results


@dataclass(frozen=True, slots=True)
class LineResult:
    key: str
    quantity: int
    regular_unit_price: Cents  # shown struck through when the line is reduced
    unit_price: Cents  # after per-ticket effects (percentage, amount per ticket, price list)
    line_discount: Cents = 0  # this line's share of a cart amount, in cents for the whole line
    eligible: bool = False

    @property
    def regular_amount(self) -> Cents:
        return self.regular_unit_price * self.quantity

    @property
    def amount(self) -> Cents:
        """What the line charges (the amount to feed to taxes)."""
        return self.unit_price * self.quantity - self.line_discount

    @property
    def discount(self) -> Cents:
        return self.regular_amount - self.amount

    @property
    def struck_through(self) -> bool:
        """Whether to show the regular price struck through next to the new one."""
        return self.amount != self.regular_amount


@dataclass(frozen=True)
class PromotionResult:
    """Lines in the order given; ``offered_categories`` is set for a price-list switch."""

    lines: tuple[LineResult, ...]
    promotion_id: str | None = None
    code: str | None = None
    automatic: bool = False
    offered_categories: tuple[str, ...] | None = None
    eligible_tickets: int = 0
    # Eligible tickets of this cart per target limit, keyed by target_key(kind, id): what a
    # hold or a sale adds to the promotion's per-target usage.
    target_tickets: Mapping[str, int] = field(default_factory=dict)
    # When an automatic promotion in force did not apply to this cart, why (for information).
    automatic_refusal: DomainError | None = field(default=None, compare=False)

    @property
    def regular_total(self) -> Cents:
        return sum(line.regular_amount for line in self.lines)

    @property
    def total(self) -> Cents:
        return sum(line.amount for line in self.lines)

    @property
    def discount_total(self) -> Cents:
        return self.regular_total - self.total

    def line(self, key: str) -> LineResult:
        for line in self.lines:
            if line.key == key:
                return line
        raise KeyError(key)


def no_promotion(lines: Sequence[PromoLine]) -> PromotionResult:
    """Regular prices. A line only a price-list switch offers has none: refused."""
    _refuse_switch_only(lines)
    return PromotionResult(lines=tuple(_unchanged(line) for line in lines))


def _refuse_switch_only(lines: Iterable[PromoLine], sold: Collection[str] = ()) -> None:
    """``category_not_offered`` for the first ``switch_only`` line whose key is not in ``sold``."""
    for line in lines:
        if line.switch_only and line.key not in sold:
            raise DomainError("category_not_offered", category=line.category_id)


def _unchanged(line: PromoLine) -> LineResult:
    return LineResult(
        key=line.key,
        quantity=line.quantity,
        regular_unit_price=line.regular_unit_price,
        unit_price=line.regular_unit_price,
    )


# --------------------------------------------------------------------------- validity


def valid_on(promotion: Promotion, day: date) -> bool:
    return (promotion.starts is None or promotion.starts <= day) and (
        promotion.expires is None or day <= promotion.expires
    )


def in_force(promotion: Promotion, now: datetime, timezone: str) -> bool:
    """Enabled and within its validity at ``now`` (aware) in the organisation's timezone."""
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    return promotion.enabled and valid_on(promotion, now.astimezone(ZoneInfo(timezone)).date())


def validity_window(promotion: Promotion, timezone: str) -> tuple[datetime | None, datetime | None]:
    """First and last instants in force, as aware local datetimes (for display)."""
    zone = ZoneInfo(timezone)
    first = (
        datetime.combine(promotion.starts, time(0, 0), tzinfo=zone)
        if promotion.starts is not None
        else None
    )
    last = (
        datetime.combine(promotion.expires, time(23, 59, 59, 999999), tzinfo=zone)
        if promotion.expires is not None
        else None
    )
    return first, last


def check_validity(promotion: Promotion, day: date) -> None:
    if promotion.starts is not None and day < promotion.starts:
        raise DomainError("promo_not_yet_valid", starts=promotion.starts.isoformat())
    if promotion.expires is not None and day > promotion.expires:
        raise DomainError("promo_expired", expired=promotion.expires.isoformat())


@lru_cache(maxsize=4096)
def profile_key(profile: str) -> str:
    """A counter profile as compared: case, accents and extra spaces aside."""
    decomposed = unicodedata.normalize("NFKD", " ".join(profile.split()).casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def profile_allowed(profiles: Collection[str], profile: str | None) -> bool:
    """Whether a counter of ``profile`` may use an offer limited to ``profiles`` (empty: every
    counter), without regard to case or accents (« billetterie » is « Billetterie »)."""
    if not profiles:
        return True
    if profile is None:
        return False
    if profile in profiles:
        return True
    key = profile_key(profile)
    return any(profile_key(p) == key for p in profiles)


def _terminal_ok(promotion: Promotion, profile: str | None) -> bool:
    return profile_allowed(promotion.targeting.terminal_profiles, profile)


def customer_eligible(targeting: Targeting, customer: CustomerFacts) -> bool:
    rule = targeting.customers
    if rule is CustomerRule.ANY:
        return True
    if rule is CustomerRule.KNOWN:
        return customer.known
    if rule is CustomerRule.NEWSLETTER:
        return customer.newsletter
    return customer.customer_id is not None and customer.customer_id in targeting.customer_ids


def code_entry_offered(
    promotions: Iterable[Promotion],
    promotions_with_enabled_codes: Collection[str],
    ctx: PricingContext,
) -> bool:
    """Offer the code field only while at least one code of an enabled, non-automatic
    promotion available at this counter is in force."""
    today = ctx.today
    return any(
        p.enabled
        and not p.automatic
        and p.id in promotions_with_enabled_codes
        and valid_on(p, today)
        and _terminal_ok(p, ctx.terminal_profile)
        for p in promotions
    )


# --------------------------------------------------------------------------- automatic


def choose_automatic(promotions: Iterable[Promotion], ctx: PricingContext) -> Promotion | None:
    """The automatic promotion in force at this counter: the first in list order if several.

    In force = enabled, automatic, within validity, and available to this counter profile.
    Customer restrictions are NOT part of "in force" (see docs/PROMOTIONS.md). One pass, no
    sort, a few comparisons per promotion.
    """
    today = ctx.today
    profile = ctx.terminal_profile
    best: Promotion | None = None
    for p in promotions:
        if not (p.automatic and p.enabled):
            continue
        if p.starts is not None and today < p.starts:
            continue
        if p.expires is not None and today > p.expires:
            continue
        if not profile_allowed(p.targeting.terminal_profiles, profile):
            continue
        if best is None or (p.position, p.id) < (best.position, best.id):
            best = p
    return best


def _may_meet(a: Promotion, b: Promotion) -> bool:
    ta, tb = a.targeting.terminal_profiles, b.targeting.terminal_profiles
    return not ta or not tb or bool({profile_key(p) for p in ta} & {profile_key(p) for p in tb})


def overlapping_automatic(
    promotions: Iterable[Promotion],
) -> list[tuple[Promotion, Promotion]]:
    """Pairs of enabled automatic promotions that can be in force at the same time.

    For the back-office warning; each pair is (earlier in list order, later), the first of
    which wins. Promotions limited to disjoint counter profiles never meet and are not listed.
    """
    autos = sorted(
        (p for p in promotions if p.automatic and p.enabled),
        key=lambda p: (p.starts or date.min, p.order_key),
    )
    pairs: list[tuple[Promotion, Promotion]] = []
    for i, a in enumerate(autos):
        a_end = a.expires or date.max
        for b in autos[i + 1 :]:
            if (b.starts or date.min) > a_end:
                break  # sorted by start: no later one can meet ``a``
            if (b.expires or date.max) >= (a.starts or date.min) and _may_meet(a, b):
                pairs.append((a, b) if a.order_key <= b.order_key else (b, a))
    pairs.sort(key=lambda pair: (pair[0].order_key, pair[1].order_key))
    return pairs


# --------------------------------------------------------------------------- codes


def build_code_index(promo_codes: Iterable[PromoCode]) -> dict[str, PromoCode]:
    """Index codes by their normalised text (O(1) look-up). Refuses duplicates."""
    index: dict[str, PromoCode] = {}
    for code in promo_codes:
        if code.text in index:
            raise DomainError("promo_code_taken", text=code.text)
        index[code.text] = code
    return index


def custom_code(
    text: str,
    promotion_id: str,
    existing: Collection[str],
    max_uses: int | None = None,
) -> PromoCode:
    """A code chosen by the organiser; ``existing`` holds the normalised texts in use."""
    code = PromoCode(text, promotion_id, max_uses=max_uses)
    if code.text in existing:
        raise DomainError("promo_code_taken", text=code.text)
    return code


_GENERATED_LENGTH = codes.RANDOM_LENGTH + 1


def find_code(text: str, index: Mapping[str, PromoCode]) -> PromoCode:
    """Look a typed or scanned code up (as :func:`codes.normalize`: case, accents, spaces,
    underscores and dashes aside).

    Custom codes are free text, so the normalised text is looked up first. Only when it is
    unknown and looks like a generated code (15 symbols) is it checked: holding a character the
    generator never produces (O, I, L, 0, 1) is ``code_check_characters`` and a failing check
    symbol ``code_malformed`` (both "check the code"); anything else unknown is
    ``promo_unknown_code``.
    """
    normal = codes.normalize(text)
    found = index.get(normal) if normal else None
    if found is not None:
        return found
    codes.check_characters(normal)
    if len(normal) == _GENERATED_LENGTH and all(ch in codes.ALPHABET for ch in normal):
        codes.validate(normal)  # raises code_malformed when the check symbol fails
    raise DomainError("promo_unknown_code", text=normal)


# Fast batch generation: the same codes as codes.new_code (14 uniform symbols of the 31-symbol
# alphabet drawn from ``secrets``, then the check symbol), but drawing random bytes in bulk.
_BASE = len(codes.ALPHABET)
_ACCEPT = 256 - 256 % _BASE  # 248 = 8 * 31: bytes below it map uniformly onto the alphabet
_REJECT = bytes(range(_ACCEPT, 256))
_TO_VALUE = bytes(b % _BASE for b in range(256))
_TO_SYMBOL = bytes((codes.ALPHABET[b % _BASE].encode("ascii")[0]) for b in range(256))
_WEIGHTS = tuple(range(1, codes.RANDOM_LENGTH + 1))
_CHECK_WEIGHT = codes.RANDOM_LENGTH + 1
_CHECK_FOR_PARTIAL = tuple(
    next(codes.ALPHABET[v] for v in range(_BASE) if (r + _CHECK_WEIGHT * v) % _BASE == 0)
    for r in range(_BASE)
)


def _random_bodies(count: int) -> tuple[bytes, str]:
    """``count`` bodies as symbol values (bytes 0..30) and as text, concatenated."""
    need = count * codes.RANDOM_LENGTH
    values = b""
    while len(values) < need:
        raw = secrets.token_bytes((need - len(values)) * 33 // 31 + 16)
        values += raw.translate(None, _REJECT)
    values = values[:need]
    return values.translate(_TO_VALUE), values.translate(_TO_SYMBOL).decode("ascii")


def generate_codes(n: int, existing: Collection[str] = frozenset()) -> list[str]:
    """``n`` new unique random codes (normalised, 15 symbols, check symbol last).

    Never returns a text in ``existing`` (normalised texts already in use, custom ones
    included) nor twice the same. ``existing`` is not modified.
    """
    if n < 0:
        raise ValueError("n must be >= 0")
    length = codes.RANDOM_LENGTH
    out: list[str] = []
    seen: set[str] = set()
    while len(out) < n:
        missing = n - len(out)
        values, text = _random_bodies(missing)
        for i in range(0, missing * length, length):
            partial = sum(map(mul, _WEIGHTS, values[i : i + length])) % _BASE
            code = text[i : i + length] + _CHECK_FOR_PARTIAL[partial]
            if code in seen or code in existing:
                continue
            seen.add(code)
            out.append(code)
    return out


# --------------------------------------------------------------------------- the engine


def _line_in_scope(line: PromoLine, promotion: Promotion) -> bool:
    t = promotion.targeting
    return (
        (not t.event_ids or line.event_id in t.event_ids)
        and (not t.occurrence_ids or line.occurrence_id in t.occurrence_ids)
        and (not t.zone_ids or line.zone_id in t.zone_ids)
        and (not t.category_ids or line.category_id in t.category_ids)
        and t.price_list_control.matches(line.price_list_tags)
        and t.event_control.matches(line.event_tags)
        and t.category_control.matches(line.category_tags)
    )


def eligible_lines(
    lines: Sequence[PromoLine], promotion: Promotion, ctx: PricingContext
) -> list[PromoLine]:
    """Lines the promotion changes. For a price-list switch, also the category must be offered
    by the new list (other lines keep their regular price). A ``switch_only`` line is eligible
    only to a switch (no other effect has a regular price to start from)."""
    effect = promotion.effect
    if effect.kind is EffectKind.PRICE_LIST:
        new_list = effect.price_list_id
        prices = ctx.prices
        return [
            line
            for line in lines
            if _line_in_scope(line, promotion) and (new_list, line.category_id) in prices
        ]
    return [line for line in lines if not line.switch_only and _line_in_scope(line, promotion)]


def _matches_target(line: PromoLine, limit: TargetLimit) -> bool:
    if limit.kind is TargetKind.EVENT:
        return line.event_id == limit.target_id
    if limit.kind is TargetKind.ZONE:
        return line.zone_id == limit.target_id
    return line.category_id == limit.target_id


def check_promotion_available(
    promotion: Promotion, code: PromoCode | None, ctx: PricingContext
) -> None:
    """The checks that do not depend on the cart: raise the first refusal."""
    if not promotion.enabled:
        raise DomainError("promo_disabled", promotion=promotion.id)
    if code is not None:
        if code.promotion_id != promotion.id:
            raise ValueError("code belongs to another promotion")
        if not code.enabled:
            raise DomainError("promo_disabled", text=code.text)
    check_validity(promotion, ctx.today)
    if not _terminal_ok(promotion, ctx.terminal_profile):
        raise DomainError("promo_terminal_not_eligible", profile=ctx.terminal_profile)
    if not customer_eligible(promotion.targeting, ctx.customer):
        raise DomainError("promo_customer_not_eligible")
    usage = ctx.usage_for(promotion.id)
    if code is not None and code.max_uses is not None:
        used = code.used + usage.open_orders_by_code.get(code.text, 0)
        if used >= code.max_uses:
            raise DomainError(
                "promo_quota_reached", scope="code", used=used, permitted=code.max_uses
            )
    if promotion.max_tickets is not None and usage.held is not None:
        if usage.held <= 0:
            raise DomainError("promo_allotment_exhausted", remaining=0)
    elif promotion.max_tickets is not None and usage.tickets >= promotion.max_tickets:
        raise DomainError(
            "promo_quota_reached",
            scope="tickets",
            used=usage.tickets,
            permitted=promotion.max_tickets,
        )
    # Per-target quotas are checked against the cart (_check_order_limits): a target whose
    # quota is reached only refuses a cart that holds tickets of that target.


def _check_order_limits(
    eligible: Sequence[PromoLine], promotion: Promotion, usage: PromotionUsage
) -> tuple[int, dict[str, int]]:
    count = sum(line.quantity for line in eligible)
    if promotion.max_tickets_per_order is not None and count > promotion.max_tickets_per_order:
        raise DomainError(
            "promo_per_order_max", maximum=promotion.max_tickets_per_order, requested=count
        )
    per_target: list[tuple[TargetLimit, int]] = []
    for limit in promotion.targeting.limits:
        n = sum(line.quantity for line in eligible if _matches_target(line, limit))
        per_target.append((limit, n))
        if limit.per_order is not None and n > limit.per_order:
            raise DomainError(
                "promo_per_order_max",
                maximum=limit.per_order,
                requested=n,
                scope=str(limit.kind),
                target=limit.target_id,
            )
    if promotion.max_tickets is not None and usage.held is not None:
        if count > usage.held:
            raise DomainError(
                "promo_allotment_exhausted", remaining=max(usage.held, 0), requested=count
            )
    elif promotion.max_tickets is not None and usage.tickets + count > promotion.max_tickets:
        raise DomainError(
            "promo_quota_reached",
            scope="tickets",
            used=usage.tickets,
            permitted=promotion.max_tickets,
            requested=count,
            remaining=max(promotion.max_tickets - usage.tickets, 0),
        )
    for limit, n in per_target:
        if limit.quota is None or n == 0:
            continue
        used = usage.tickets_by_target.get((limit.kind, limit.target_id), 0)
        if used + n > limit.quota:
            raise DomainError(
                "promo_quota_reached",
                scope=str(limit.kind),
                target=limit.target_id,
                used=used,
                permitted=limit.quota,
                requested=n,
                remaining=max(limit.quota - used, 0),
            )
    return count, {target_key(limit.kind, limit.target_id): n for limit, n in per_target}


def apply_promotion(
    lines: Sequence[PromoLine],
    promotion: Promotion,
    code: PromoCode | None,
    ctx: PricingContext,
) -> PromotionResult:
    """Price ``lines`` with ``promotion`` (through ``code``, or ``None`` when automatic).

    Raises the first refusal as a DomainError (see the module docstring for the order).
    Linear in the number of lines; the result does not depend on the order of the lines.
    """
    keys = {line.key for line in lines}
    if len(keys) != len(lines):
        raise ValueError("cart line keys must be unique")
    check_promotion_available(promotion, code, ctx)
    eligible = eligible_lines(lines, promotion, ctx)
    # A category only a switch offers, that this promotion does not offer (another effect,
    # another list, out of its targeting): it cannot be sold at all.
    _refuse_switch_only(lines, {line.key for line in eligible})
    if not eligible:
        raise DomainError("promo_not_applicable", promotion=promotion.id)
    count, per_target = _check_order_limits(eligible, promotion, ctx.usage_for(promotion.id))

    effect = promotion.effect
    new_unit: dict[str, Cents] = {}
    line_discount: dict[str, Cents] = {}
    if effect.kind is EffectKind.PERCENT:
        rate = effect.percent / 100
        for line in eligible:
            regular = line.regular_unit_price
            new_unit[line.key] = max(0, regular - to_cents(regular * rate))
    elif effect.kind is EffectKind.AMOUNT_PER_TICKET:
        for line in eligible:
            new_unit[line.key] = max(0, line.regular_unit_price - effect.amount)
    elif effect.kind is EffectKind.PRICE_LIST:
        new_list = effect.price_list_id
        for line in eligible:
            price = ctx.prices[(new_list or "", line.category_id)]
            if price < 0:
                raise DomainError("negative_price", price=price)
            new_unit[line.key] = price
    else:  # AMOUNT_PER_CART
        ordered = sorted(eligible, key=lambda line: line.key)
        weights = [line.regular_amount for line in ordered]
        spread = min(effect.amount, sum(weights))
        for line, share in zip(ordered, allocate(spread, weights), strict=True):
            line_discount[line.key] = share

    results = tuple(
        LineResult(
            key=line.key,
            quantity=line.quantity,
            # A category the regular list lacks has no regular price: nothing struck through.
            regular_unit_price=(
                new_unit[line.key] if line.switch_only else line.regular_unit_price
            ),
            unit_price=new_unit.get(line.key, line.regular_unit_price),
            line_discount=line_discount.get(line.key, 0),
            eligible=line.key in new_unit or line.key in line_discount,
        )
        for line in lines
    )
    offered: tuple[str, ...] | None = None
    if effect.kind is EffectKind.PRICE_LIST and effect.price_list_id is not None:
        offered = offered_categories(
            effect.price_list_id,
            ctx.prices,
            ctx.category_tags,
            promotion.targeting.category_control,
        )
    return PromotionResult(
        lines=results,
        promotion_id=promotion.id,
        code=code.text if code is not None else None,
        automatic=code is None and promotion.automatic,
        offered_categories=offered,
        eligible_tickets=count,
        target_tickets=per_target,
    )


def offered_categories(
    price_list_id: str,
    prices: Mapping[tuple[str, str], Cents],
    category_tags: Mapping[str, Collection[str]],
    control: TagControl = ALL,
) -> tuple[str, ...]:
    """Categories a price list offers that satisfy the category control (sorted ids).

    ``category_tags`` maps a category id to its tags (a category absent has no tag).
    """
    found: list[str] = []
    for list_id, category_id in prices:
        if list_id != price_list_id:
            continue
        tags = category_tags.get(category_id, ())
        if control.mode is not TagMode.ALL:
            tags = _tags(tags)
        if control.matches(tags):
            found.append(category_id)
    return tuple(sorted(found))


# --------------------------------------------------------------------------- the catalogue


@dataclass(frozen=True)
class PromotionCatalogue:
    """What a counter loads once: promotions, the code index, the automatic ones in order."""

    promotions: Mapping[str, Promotion]
    codes: Mapping[str, PromoCode]  # normalised text -> code
    automatic: tuple[Promotion, ...]  # enabled automatic promotions in list order
    with_enabled_codes: frozenset[str]  # ids of promotions having at least one enabled code

    @classmethod
    def build(
        cls, promotions: Iterable[Promotion], promo_codes: Iterable[PromoCode]
    ) -> PromotionCatalogue:
        by_id = {p.id: p for p in promotions}
        index = build_code_index(promo_codes)
        automatic = tuple(
            sorted(
                (p for p in by_id.values() if p.automatic and p.enabled),
                key=lambda p: p.order_key,
            )
        )
        with_codes = frozenset(c.promotion_id for c in index.values() if c.enabled)
        return cls(by_id, index, automatic, with_codes)

    def code_entry_offered(self, ctx: PricingContext) -> bool:
        return code_entry_offered(self.promotions.values(), self.with_enabled_codes, ctx)

    def automatic_in_force(self, ctx: PricingContext) -> Promotion | None:
        return choose_automatic(self.automatic, ctx)


def price_cart(
    lines: Sequence[PromoLine],
    catalogue: PromotionCatalogue,
    code_text: str | None,
    ctx: PricingContext,
) -> PromotionResult:
    """The counter's entry point: one promotion per order, automatic or by code, or none.

    * An automatic promotion in force blocks every other code (``promo_automatic_in_force``);
      typing a code of that same automatic promotion is accepted.
    * With no code, the automatic promotion in force (if any) is applied; if it does not apply
      to this cart (no eligible ticket, quota reached, customer...) the cart is priced at
      regular prices and ``automatic_refusal`` says why — no error is raised.
    * A typed code is looked up (:func:`find_code`) and applied; any refusal is raised.
    """
    auto = catalogue.automatic_in_force(ctx)
    if code_text is not None and codes.normalize(code_text):
        if auto is not None:
            try:
                typed = find_code(code_text, catalogue.codes)
            except DomainError:
                typed = None
            if typed is None or typed.promotion_id != auto.id:
                raise DomainError("promo_automatic_in_force", promotion=auto.id)
            return apply_promotion(lines, auto, typed, ctx)
        code = find_code(code_text, catalogue.codes)
        promotion = catalogue.promotions.get(code.promotion_id)
        if promotion is None:
            raise DomainError("promo_unknown_code", text=code.text)
        return apply_promotion(lines, promotion, code, ctx)
    if auto is not None:
        try:
            return apply_promotion(lines, auto, None, ctx)
        except DomainError as refusal:
            if any(line.switch_only for line in lines):
                raise  # only that promotion offers some of the lines: say why it does not apply
            result = no_promotion(lines)
            return PromotionResult(lines=result.lines, automatic_refusal=refusal)
    return no_promotion(lines)


# --------------------------------------------------------------------------- storage forms


def target_key(kind: TargetKind, target_id: str) -> str:
    """The string key of a target in stored usage counts: ``"event:<id>"``."""
    return f"{kind}:{target_id}"


def parse_target_key(key: str) -> tuple[TargetKind, str]:
    kind, _, target_id = key.partition(":")
    return TargetKind(kind), target_id


def usage_from_counts(
    tickets: int,
    target_counts: Mapping[str, int] = MappingProxyType({}),
    open_orders_by_code: Mapping[str, int] = MappingProxyType({}),
) -> PromotionUsage:
    """Build a PromotionUsage from stored counts keyed by :func:`target_key`."""
    return PromotionUsage(
        tickets=tickets,
        tickets_by_target={parse_target_key(k): v for k, v in target_counts.items()},
        open_orders_by_code=dict(open_orders_by_code),
    )


def _control_to_json(control: TagControl) -> dict[str, str]:
    return {"mode": str(control.mode), "tag": control.tag}


def _control_from_json(data: Mapping[str, Any] | None) -> TagControl:
    if not data:
        return ALL
    return TagControl(TagMode(data.get("mode", "all")), str(data.get("tag", "")))


def targeting_to_json(targeting: Targeting) -> dict[str, Any]:
    """The JSON form of a Targeting (sorted lists, so equal targetings give equal JSON)."""
    return {
        "event_ids": sorted(targeting.event_ids),
        "occurrence_ids": sorted(targeting.occurrence_ids),
        "zone_ids": sorted(targeting.zone_ids),
        "category_ids": sorted(targeting.category_ids),
        "price_list_control": _control_to_json(targeting.price_list_control),
        "event_control": _control_to_json(targeting.event_control),
        "category_control": _control_to_json(targeting.category_control),
        "customers": str(targeting.customers),
        "customer_ids": sorted(targeting.customer_ids),
        "terminal_profiles": sorted(targeting.terminal_profiles),
        "limits": [
            {
                "kind": str(limit.kind),
                "target_id": limit.target_id,
                "quota": limit.quota,
                "per_order": limit.per_order,
            }
            for limit in targeting.limits
        ],
    }


def targeting_from_json(data: Mapping[str, Any]) -> Targeting:
    """Inverse of :func:`targeting_to_json`; missing keys take their defaults."""

    def ids(name: str) -> frozenset[str]:
        return frozenset(str(v) for v in data.get(name, ()))

    return Targeting(
        event_ids=ids("event_ids"),
        occurrence_ids=ids("occurrence_ids"),
        zone_ids=ids("zone_ids"),
        category_ids=ids("category_ids"),
        price_list_control=_control_from_json(data.get("price_list_control")),
        event_control=_control_from_json(data.get("event_control")),
        category_control=_control_from_json(data.get("category_control")),
        customers=CustomerRule(data.get("customers", "any")),
        customer_ids=ids("customer_ids"),
        terminal_profiles=ids("terminal_profiles"),
        limits=tuple(
            TargetLimit(
                TargetKind(item["kind"]),
                str(item["target_id"]),
                quota=item.get("quota"),
                per_order=item.get("per_order"),
            )
            for item in data.get("limits", ())
        ),
    )


# --------------------------------------------------------------------------- whole promotion


def promotion_to_json(promotion: Promotion) -> dict[str, Any]:
    """The JSON form of a promotion (commands and history)."""
    effect = promotion.effect
    return {
        "id": promotion.id,
        "name_fr": promotion.name_fr,
        "name_en": promotion.name_en,
        "description_fr": promotion.description_fr,
        "description_en": promotion.description_en,
        "effect": {
            "kind": str(effect.kind),
            "percent": str(effect.percent),
            "amount": effect.amount,
            "price_list_id": effect.price_list_id,
        },
        "starts": promotion.starts.isoformat() if promotion.starts else None,
        "expires": promotion.expires.isoformat() if promotion.expires else None,
        "automatic": promotion.automatic,
        "enabled": promotion.enabled,
        "position": promotion.position,
        "max_tickets": promotion.max_tickets,
        "max_tickets_per_order": promotion.max_tickets_per_order,
        "targeting": targeting_to_json(promotion.targeting),
    }


def promotion_from_json(data: Mapping[str, Any]) -> Promotion:
    effect = data["effect"]
    return Promotion(
        id=str(data["id"]),
        name_fr=str(data["name_fr"]),
        name_en=str(data.get("name_en", "")),
        description_fr=str(data.get("description_fr", "")),
        description_en=str(data.get("description_en", "")),
        effect=Effect(
            EffectKind(effect["kind"]),
            percent=Decimal(str(effect.get("percent", "0"))),
            amount=int(effect.get("amount", 0)),
            price_list_id=effect.get("price_list_id"),
        ),
        starts=date.fromisoformat(data["starts"]) if data.get("starts") else None,
        expires=date.fromisoformat(data["expires"]) if data.get("expires") else None,
        automatic=bool(data.get("automatic", False)),
        enabled=bool(data.get("enabled", True)),
        position=int(data.get("position", 0)),
        max_tickets=data.get("max_tickets"),
        max_tickets_per_order=data.get("max_tickets_per_order"),
        targeting=targeting_from_json(data.get("targeting", {})),
    )
