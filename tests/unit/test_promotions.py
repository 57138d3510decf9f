"""The pure promotion engine of issue 3: every rule as a unit test, plus properties."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guichet.domain import codes
from guichet.domain.errors import DomainError
from guichet.domain.promotions import (
    ALL,
    CustomerFacts,
    CustomerRule,
    Effect,
    EffectKind,
    PricingContext,
    PromoCode,
    PromoLine,
    Promotion,
    PromotionCatalogue,
    PromotionResult,
    PromotionUsage,
    TagControl,
    TagMode,
    Targeting,
    TargetKind,
    TargetLimit,
    amount_off_cart,
    amount_off_each,
    apply_promotion,
    build_code_index,
    choose_automatic,
    code_entry_offered,
    custom_code,
    ensure_deletable,
    find_code,
    generate_codes,
    has,
    has_not,
    in_force,
    offered_categories,
    overlapping_automatic,
    parse_target_key,
    percent_off,
    price_cart,
    switch_price_list,
    target_key,
    targeting_from_json,
    targeting_to_json,
    usage_from_counts,
    validity_window,
)
from guichet.domain.taxes import TaxRate, split_taxes

TZ = "America/Toronto"
GST = TaxRate("GST", "TPS", Decimal("0.05"))
QST = TaxRate("QST", "TVQ", Decimal("0.09975"))
GST_IN = TaxRate("GST", "TPS", Decimal("0.05"), included=True)
QST_IN = TaxRate("QST", "TVQ", Decimal("0.09975"), included=True)
NOON = datetime(2026, 12, 5, 17, 0, tzinfo=UTC)  # 12:00 in Quebec

PRICES = {
    ("reg", "adulte"): 4200,
    ("reg", "enfant"): 2000,
    ("promo", "adulte"): 3000,
    ("promo", "duo"): 5000,
    ("promo", "vip"): 9000,
}
CATEGORY_TAGS = {
    "adulte": frozenset({"adulte"}),
    "enfant": frozenset({"enfant"}),
    "duo": frozenset({"adulte", "duo"}),
    "vip": frozenset({"vip"}),
}


def line(
    key: str = "a",
    *,
    category: str = "adulte",
    quantity: int = 1,
    price: int | None = None,
    event: str = "theatre",
    occurrence: str = "theatre-20h",
    zone: str | None = "parterre",
    price_list: str = "reg",
    event_tags: Sequence[str] = ("soir",),
    price_list_tags: Sequence[str] = ("prixsem",),
) -> PromoLine:
    return PromoLine(
        key=key,
        occurrence_id=occurrence,
        event_id=event,
        category_id=category,
        price_list_id=price_list,
        quantity=quantity,
        regular_unit_price=PRICES[(price_list, category)] if price is None else price,
        zone_id=zone,
        event_tags=frozenset(event_tags),
        category_tags=CATEGORY_TAGS.get(category, frozenset()),
        price_list_tags=frozenset(price_list_tags),
    )


def promo(effect: Effect | None = None, **kwargs: object) -> Promotion:
    fields: dict[str, object] = {"id": "p1", "name_fr": "Rabais", "effect": effect}
    if effect is None:
        fields["effect"] = percent_off(20)
    fields.update(kwargs)
    return Promotion(**fields)  # type: ignore[arg-type]


def ctx(**kwargs: object) -> PricingContext:
    fields: dict[str, object] = {
        "now": NOON,
        "timezone": TZ,
        "terminal_profile": "guichet",
        "prices": PRICES,
        "category_tags": CATEGORY_TAGS,
    }
    fields.update(kwargs)
    return PricingContext(**fields)  # type: ignore[arg-type]


def refusal(fn: object, *args: object) -> DomainError:
    with pytest.raises(DomainError) as err:
        fn(*args)  # type: ignore[operator]
    return err.value


CART = [line("a", quantity=2), line("b", category="enfant")]  # 2 x 42 $ + 1 x 20 $


# ----------------------------------------------------------------------------- effects


def test_percent_is_taken_off_the_regular_price_of_each_eligible_ticket() -> None:
    result = apply_promotion(CART, promo(percent_off(20)), None, ctx())
    assert [r.unit_price for r in result.lines] == [3360, 1600]
    assert [r.regular_unit_price for r in result.lines] == [4200, 2000]
    assert all(r.struck_through for r in result.lines)
    assert (result.regular_total, result.total, result.discount_total) == (10400, 8320, 2080)
    assert result.eligible_tickets == 3


def test_percent_rounds_the_discount_half_away_from_zero() -> None:
    # 19,99 $ at 15 %: 2,9985 $ -> 3,00 $ off; 10,01 $ at 50 %: 5,005 $ -> 5,01 $ off.
    lines = [line("a", price=1999), line("b", price=1001)]
    result = apply_promotion(lines, promo(percent_off("15")), None, ctx())
    assert result.line("a").unit_price == 1699
    result = apply_promotion(lines, promo(percent_off("50")), None, ctx())
    assert result.line("b").unit_price == 500
    result = apply_promotion(lines, promo(percent_off("12.5")), None, ctx())
    assert result.line("a").unit_price == 1999 - 250  # 249,875 -> 250


def test_amount_per_ticket_comes_off_each_eligible_ticket_or_pass() -> None:
    result = apply_promotion(CART, promo(amount_off_each(500)), None, ctx())
    assert [r.unit_price for r in result.lines] == [3700, 1500]
    assert result.total == 10400 - 3 * 500


def test_amount_per_cart_is_spread_in_proportion_and_adds_up() -> None:
    result = apply_promotion(CART, promo(amount_off_cart(1000)), None, ctx())
    # 1000 over 8400 and 2000: 807,69 and 192,31 -> largest remainder gives 808 and 192.
    assert [r.line_discount for r in result.lines] == [808, 192]
    assert [r.unit_price for r in result.lines] == [4200, 2000]  # unit prices unchanged
    assert result.total == 9400
    assert result.discount_total == 1000


def test_amount_per_cart_only_spreads_over_eligible_lines() -> None:
    p = promo(amount_off_cart(1000), targeting=Targeting(category_control=has("enfant")))
    result = apply_promotion(CART, p, None, ctx())
    assert [r.line_discount for r in result.lines] == [0, 1000]
    assert [r.eligible for r in result.lines] == [False, True]


def test_price_list_switch_changes_prices_and_offered_categories() -> None:
    lines = [line("a", quantity=2), line("b", category="enfant")]
    result = apply_promotion(lines, promo(switch_price_list("promo")), None, ctx())
    assert result.line("a").unit_price == 3000
    assert result.line("a").regular_unit_price == 4200  # struck through
    # "enfant" is not offered by the new list: that line keeps its regular price.
    assert result.line("b").unit_price == 2000
    assert not result.line("b").eligible
    assert result.offered_categories == ("adulte", "duo", "vip")


def test_no_price_ever_goes_below_zero() -> None:
    result = apply_promotion(CART, promo(amount_off_each(5000)), None, ctx())
    assert [r.unit_price for r in result.lines] == [0, 0]
    result = apply_promotion(CART, promo(amount_off_cart(50000)), None, ctx())
    assert [r.amount for r in result.lines] == [0, 0]
    assert result.total == 0
    result = apply_promotion(CART, promo(percent_off(100)), None, ctx())
    assert result.total == 0


def test_free_tickets_are_fine_and_change_nothing() -> None:
    lines = [line("a", price=0), line("b", price=0, category="enfant")]
    result = apply_promotion(lines, promo(amount_off_cart(1000)), None, ctx())
    assert result.total == 0
    assert [r.amount for r in result.lines] == [0, 0]


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"kind": EffectKind.PERCENT, "percent": Decimal(0)}, "promo_percent_invalid"),
        ({"kind": EffectKind.PERCENT, "percent": Decimal(101)}, "promo_percent_invalid"),
        ({"kind": EffectKind.AMOUNT_PER_TICKET, "amount": 0}, "promo_amount_invalid"),
        ({"kind": EffectKind.AMOUNT_PER_CART, "amount": -5}, "promo_amount_invalid"),
        ({"kind": EffectKind.PRICE_LIST}, "promo_price_list_missing"),
    ],
)
def test_effects_are_validated(kwargs: dict[str, object], error: str) -> None:
    with pytest.raises(DomainError) as err:
        Effect(**kwargs)  # type: ignore[arg-type]
    assert err.value.code == error


def test_promotion_dates_cannot_be_inverted_and_name_is_required() -> None:
    with pytest.raises(DomainError) as e:
        promo(starts=date(2026, 6, 2), expires=date(2026, 6, 1))
    assert e.value.code == "promo_dates_inverted"
    with pytest.raises(DomainError) as e:
        promo(name_fr="  ")
    assert e.value.code == "promo_name_missing"


def test_names_and_descriptions_in_both_languages() -> None:
    p = promo(name_fr="Rabais", name_en="Discount", description_fr="Moins cher")
    assert (p.name("fr"), p.name("en")) == ("Rabais", "Discount")
    assert p.description("en") == "Moins cher"  # falls back to French


# ----------------------------------------------------------------------------- validity


@pytest.mark.parametrize(
    "day",
    [date(2026, 3, 8), date(2026, 11, 1), date(2026, 7, 1)],  # spring DST, fall DST, summer
)
def test_validity_starts_at_midnight_and_ends_at_23_59_59_local(day: date) -> None:
    p = promo(starts=day, expires=day)
    first, last = validity_window(p, TZ)
    assert first is not None and last is not None
    assert (first.hour, first.minute, first.second) == (0, 0, 0)
    assert (last.hour, last.minute, last.second, last.microsecond) == (23, 59, 59, 999999)
    start_utc = first.astimezone(UTC)
    end_utc = last.astimezone(UTC)
    tick = timedelta(microseconds=1)
    assert apply_promotion(CART, p, None, ctx(now=start_utc)).total < 10400
    assert apply_promotion(CART, p, None, ctx(now=end_utc)).total < 10400
    assert refusal(apply_promotion, CART, p, None, ctx(now=start_utc - tick)).code == (
        "promo_not_yet_valid"
    )
    err = refusal(apply_promotion, CART, p, None, ctx(now=end_utc + tick))
    assert err.code == "promo_expired"
    assert err.params == {"expired": day.isoformat()}


def test_validity_on_the_spring_dst_day_in_toronto() -> None:
    # 8 March 2026: EST (UTC-5) at midnight, EDT (UTC-4) at 23:59:59; a 23-hour day.
    p = promo(starts=date(2026, 3, 8), expires=date(2026, 3, 8))
    assert in_force(p, datetime(2026, 3, 8, 5, 0, 0, tzinfo=UTC), TZ)  # 00:00:00 EST
    assert not in_force(p, datetime(2026, 3, 8, 4, 59, 59, tzinfo=UTC), TZ)
    assert in_force(p, datetime(2026, 3, 9, 3, 59, 59, tzinfo=UTC), TZ)  # 23:59:59 EDT
    assert not in_force(p, datetime(2026, 3, 9, 4, 0, 0, tzinfo=UTC), TZ)  # 00:00:00 the 9th


def test_validity_on_the_fall_dst_day_in_toronto() -> None:
    # 1 November 2026: EDT (UTC-4) at midnight, EST (UTC-5) at 23:59:59; a 25-hour day.
    p = promo(starts=date(2026, 11, 1), expires=date(2026, 11, 1))
    assert in_force(p, datetime(2026, 11, 1, 4, 0, 0, tzinfo=UTC), TZ)
    assert not in_force(p, datetime(2026, 11, 1, 3, 59, 59, tzinfo=UTC), TZ)
    assert in_force(p, datetime(2026, 11, 2, 4, 59, 59, tzinfo=UTC), TZ)
    assert not in_force(p, datetime(2026, 11, 2, 5, 0, 0, tzinfo=UTC), TZ)


def test_open_ended_validity() -> None:
    assert in_force(promo(starts=None, expires=date(2030, 1, 1)), NOON, TZ)
    assert in_force(promo(starts=date(2020, 1, 1), expires=None), NOON, TZ)
    assert in_force(promo(), NOON, TZ)
    assert validity_window(promo(), TZ) == (None, None)
    assert not in_force(promo(enabled=False), NOON, TZ)


def test_the_context_refuses_a_naive_now() -> None:
    with pytest.raises(ValueError):
        ctx(now=datetime(2026, 12, 5, 12, 0))


def test_code_entry_is_offered_only_while_a_code_is_in_force() -> None:
    future = promo(id="f", starts=date(2027, 1, 1))
    current = promo(id="c", starts=date(2026, 12, 1))
    auto = promo(id="auto", automatic=True)
    disabled = promo(id="d", enabled=False)
    assert not code_entry_offered([future], {"f"}, ctx())
    assert code_entry_offered([future, current], {"f", "c"}, ctx())
    assert not code_entry_offered([current], set(), ctx())  # no enabled code
    assert not code_entry_offered([auto, disabled], {"auto", "d"}, ctx())
    kiosk_only = promo(id="k", targeting=Targeting(terminal_profiles=frozenset({"kiosque"})))
    assert not code_entry_offered([kiosk_only], {"k"}, ctx())
    catalogue = PromotionCatalogue.build(
        [future, current], [PromoCode("ETE", "c", enabled=False), PromoCode("HIVER", "f")]
    )
    assert not catalogue.code_entry_offered(ctx())
    assert catalogue.code_entry_offered(ctx(now=datetime(2027, 1, 1, 5, tzinfo=UTC)))


# ----------------------------------------------------------------------------- quotas and limits


def test_code_maximum_uses_counts_orders_with_used_and_permitted() -> None:
    p = promo()
    code = PromoCode("ete", "p1", max_uses=10, used=9)
    assert apply_promotion(CART, p, code, ctx()).code == "ETE"
    # Another open cart holding the code counts too.
    usage = {"p1": PromotionUsage(open_orders_by_code={"ETE": 1})}
    err = refusal(apply_promotion, CART, p, code, ctx(usage=usage))
    assert err.code == "promo_quota_reached"
    assert (err.params["used"], err.params["permitted"]) == (10, 10)
    err = refusal(apply_promotion, CART, p, replace(code, used=10), ctx())
    assert err.code == "promo_quota_reached"


def test_ticket_quota_counts_open_carts() -> None:
    p = promo(max_tickets=10)
    # 5 tickets paid + 2 held by open carts elsewhere + 3 in this cart = 10: accepted.
    assert apply_promotion(CART, p, None, ctx(usage={"p1": PromotionUsage(tickets=7)})).total
    # One more ticket held by an open cart and this cart no longer fits.
    err = refusal(apply_promotion, CART, p, None, ctx(usage={"p1": PromotionUsage(tickets=8)}))
    assert err.code == "promo_quota_reached"
    assert err.params["used"] == 8 and err.params["permitted"] == 10
    assert err.params["remaining"] == 2 and err.params["requested"] == 3
    # Quota reached: refused whatever the cart.
    err = refusal(apply_promotion, CART, p, None, ctx(usage={"p1": PromotionUsage(tickets=10)}))
    assert (err.code, err.params["used"], err.params["permitted"]) == (
        "promo_quota_reached",
        10,
        10,
    )


def test_per_order_maximum_is_a_clear_refusal() -> None:
    p = promo(max_tickets_per_order=2)
    err = refusal(apply_promotion, CART, p, None, ctx())
    assert err.code == "promo_per_order_max"
    assert err.params["maximum"] == 2 and err.params["requested"] == 3
    assert apply_promotion(CART[:1], p, None, ctx()).eligible_tickets == 2


def test_per_order_maximum_counts_only_eligible_tickets() -> None:
    p = promo(max_tickets_per_order=1, targeting=Targeting(category_control=has("enfant")))
    assert apply_promotion(CART, p, None, ctx()).eligible_tickets == 1


@pytest.mark.parametrize(
    ("kind", "target"),
    [(TargetKind.EVENT, "theatre"), (TargetKind.ZONE, "balcon"), (TargetKind.TARIFF, "enfant")],
)
def test_per_target_per_order_limits(kind: TargetKind, target: str) -> None:
    lines = [
        line("a", quantity=2),
        line("b", category="enfant", zone="balcon", quantity=3),
        line("c", event="piscine", occurrence="piscine-13h", zone=None),
    ]
    matching = {TargetKind.EVENT: 5, TargetKind.ZONE: 3, TargetKind.TARIFF: 3}[kind]
    ok = promo(targeting=Targeting(limits=(TargetLimit(kind, target, per_order=matching),)))
    assert apply_promotion(lines, ok, None, ctx()).eligible_tickets == 6
    tight = promo(targeting=Targeting(limits=(TargetLimit(kind, target, per_order=matching - 1),)))
    err = refusal(apply_promotion, lines, tight, None, ctx())
    assert err.code == "promo_per_order_max"
    assert err.params == {
        "maximum": matching - 1,
        "requested": matching,
        "scope": str(kind),
        "target": target,
    }


@pytest.mark.parametrize(
    ("kind", "target"),
    [(TargetKind.EVENT, "theatre"), (TargetKind.ZONE, "parterre"), (TargetKind.TARIFF, "adulte")],
)
def test_per_target_quotas_count_open_carts(kind: TargetKind, target: str) -> None:
    p = promo(targeting=Targeting(limits=(TargetLimit(kind, target, quota=50),)))
    lines = [line("a", quantity=2)]

    def usage(n: int) -> dict[str, PromotionUsage]:
        return {"p1": PromotionUsage(tickets=n, tickets_by_target={(kind, target): n})}

    assert apply_promotion(lines, p, None, ctx(usage=usage(48))).total == 2 * 3360
    err = refusal(apply_promotion, lines, p, None, ctx(usage=usage(49)))
    assert err.code == "promo_quota_reached"
    assert (err.params["used"], err.params["permitted"], err.params["target"]) == (49, 50, target)
    err = refusal(apply_promotion, lines, p, None, ctx(usage=usage(50)))
    assert err.code == "promo_quota_reached"


def test_result_counts_tickets_per_target_for_holds_and_sales() -> None:
    limits = (
        TargetLimit(TargetKind.EVENT, "theatre", quota=100),
        TargetLimit(TargetKind.TARIFF, "enfant", per_order=5),
        TargetLimit(TargetKind.ZONE, "balcon", per_order=5),
    )
    result = apply_promotion(CART, promo(targeting=Targeting(limits=limits)), None, ctx())
    assert result.target_tickets == {"event:theatre": 3, "tariff:enfant": 1, "zone:balcon": 0}


def test_stored_forms_round_trip() -> None:
    targeting = Targeting(
        event_ids=frozenset({"theatre", "piscine"}),
        zone_ids=frozenset({"balcon"}),
        price_list_control=has("PrixSem"),
        category_control=has_not("enfant"),
        customers=CustomerRule.LIST,
        customer_ids=frozenset({"c1"}),
        terminal_profiles=frozenset({"guichet"}),
        limits=(TargetLimit(TargetKind.ZONE, "balcon", quota=40, per_order=4),),
    )
    data = targeting_to_json(targeting)
    assert data["price_list_control"] == {"mode": "has", "tag": "prixsem"}
    assert targeting_from_json(data) == targeting
    assert targeting_from_json({}) == Targeting()
    assert parse_target_key(target_key(TargetKind.TARIFF, "a:b")) == (TargetKind.TARIFF, "a:b")
    usage = usage_from_counts(7, {"event:theatre": 5}, {"ETE": 1})
    assert usage.tickets_by_target == {(TargetKind.EVENT, "theatre"): 5}
    assert usage.open_orders_by_code == {"ETE": 1}


def test_a_target_quota_does_not_block_tickets_of_other_targets() -> None:
    limits = (TargetLimit(TargetKind.EVENT, "piscine", quota=10),)
    p = promo(targeting=Targeting(limits=limits))
    usage = {"p1": PromotionUsage(tickets_by_target={(TargetKind.EVENT, "piscine"): 10})}
    assert apply_promotion(CART, p, None, ctx(usage=usage)).eligible_tickets == 3
    pool = [line("p", event="piscine", occurrence="piscine-13h")]
    err = refusal(apply_promotion, CART + pool, p, None, ctx(usage=usage))
    assert (err.code, err.params["used"], err.params["permitted"]) == (
        "promo_quota_reached",
        10,
        10,
    )


# ----------------------------------------------------------------------------- targeting


@pytest.mark.parametrize(
    ("targeting", "eligible"),
    [
        (Targeting(event_ids=frozenset({"theatre"})), ["a", "b"]),
        (Targeting(event_ids=frozenset({"piscine"})), ["c"]),
        (Targeting(occurrence_ids=frozenset({"theatre-20h"})), ["a"]),
        (Targeting(zone_ids=frozenset({"balcon"})), ["b"]),  # a line without zone never matches
        (Targeting(category_ids=frozenset({"enfant"})), ["b", "c"]),
        (
            Targeting(event_ids=frozenset({"theatre"}), category_ids=frozenset({"enfant"})),
            ["b"],
        ),
    ],
)
def test_explicit_targets(targeting: Targeting, eligible: list[str]) -> None:
    lines = [
        line("a"),
        line("b", category="enfant", occurrence="theatre-14h", zone="balcon"),
        line("c", category="enfant", event="piscine", occurrence="piscine-13h", zone=None),
    ]
    result = apply_promotion(lines, promo(targeting=targeting), None, ctx())
    assert [r.key for r in result.lines if r.eligible] == eligible
    assert all(r.struck_through == r.eligible for r in result.lines)


def test_no_eligible_ticket_is_not_applicable() -> None:
    p = promo(targeting=Targeting(event_ids=frozenset({"piscine"})))
    err = refusal(apply_promotion, CART, p, None, ctx())
    assert err.code == "promo_not_applicable"
    assert refusal(apply_promotion, [], promo(), None, ctx()).code == "promo_not_applicable"


def _tag_lines() -> list[PromoLine]:
    return [
        line("semaine", price_list_tags=("prixsem",), event_tags=("promomm",)),
        line("fin", price_list_tags=("prixfds",), event_tags=()),
        line("enfant", category="enfant", price_list_tags=(), event_tags=("PromoMM",)),
    ]


@pytest.mark.parametrize(
    ("field", "control", "eligible"),
    [
        ("price_list_control", ALL, ["semaine", "fin", "enfant"]),
        ("price_list_control", has("prixsem"), ["semaine"]),
        ("price_list_control", has_not("prixsem"), ["fin", "enfant"]),
        ("event_control", has("promomm"), ["semaine", "enfant"]),  # tags ignore case
        ("event_control", has_not("PROMOMM"), ["fin"]),
        ("category_control", has("enfant"), ["enfant"]),
        ("category_control", has_not("enfant"), ["semaine", "fin"]),
        ("category_control", ALL, ["semaine", "fin", "enfant"]),
    ],
)
def test_tag_controls_on_price_lists_events_and_categories(
    field: str, control: TagControl, eligible: list[str]
) -> None:
    p = promo(targeting=Targeting(**{field: control}))  # type: ignore[arg-type]
    result = apply_promotion(_tag_lines(), p, None, ctx())
    assert [r.key for r in result.lines if r.eligible] == eligible


def test_a_tag_control_needs_a_tag() -> None:
    with pytest.raises(DomainError) as err:
        TagControl(TagMode.HAS, "  ")
    assert err.value.code == "promo_tag_missing"


def test_category_control_limits_the_percentage_to_children() -> None:
    p = promo(percent_off(20), targeting=Targeting(category_control=has("enfant")))
    result = apply_promotion(CART, p, None, ctx())
    assert result.line("a").unit_price == 4200 and not result.line("a").struck_through
    assert result.line("b").unit_price == 1600


def test_category_control_limits_the_categories_offered_by_a_new_price_list() -> None:
    p = promo(switch_price_list("promo"), targeting=Targeting(category_control=has("adulte")))
    result = apply_promotion([line("a"), line("v", category="vip", price=9000)], p, None, ctx())
    assert result.offered_categories == ("adulte", "duo")
    assert result.line("a").unit_price == 3000
    assert not result.line("v").eligible
    p = promo(switch_price_list("promo"), targeting=Targeting(category_control=has_not("duo")))
    assert apply_promotion([line("a")], p, None, ctx()).offered_categories == ("adulte", "vip")
    assert offered_categories("reg", PRICES, CATEGORY_TAGS) == ("adulte", "enfant")
    assert offered_categories("promo", PRICES, {}, has_not("vip")) == ("adulte", "duo", "vip")


def test_a_switch_sells_categories_the_regular_list_lacks_at_the_new_price() -> None:
    """« changer les catégories offertes »: "vip" and "duo" are only in the new list."""
    vip = replace(line("v", category="vip", price=9000, quantity=2), switch_only=True)
    switch = promo(switch_price_list("promo"))
    result = apply_promotion([line("a"), vip], switch, None, ctx())
    sold = result.line("v")
    assert (sold.unit_price, sold.regular_unit_price, sold.eligible) == (9000, 9000, True)
    assert not sold.struck_through  # there was no regular price
    assert result.line("a").struck_through and result.total == 3000 + 2 * 9000
    assert result.eligible_tickets == 3
    # The counter's price is not trusted: the new list's price, still nothing struck through.
    stale = apply_promotion([replace(vip, regular_unit_price=8000)], switch, None, ctx())
    assert stale.line("v").unit_price == 9000 and not stale.line("v").struck_through
    # Out of the category control, another effect, another list: not offered at all.
    for other in (
        promo(switch_price_list("promo"), targeting=Targeting(category_control=has_not("vip"))),
        promo(switch_price_list("promo"), targeting=Targeting(category_ids=frozenset({"adulte"}))),
        promo(percent_off(20)),
        promo(switch_price_list("reg")),
    ):
        error = refusal(apply_promotion, [line("a"), vip], other, None, ctx())
        assert (error.code, error.params) == ("category_not_offered", {"category": "vip"})
    # Without the switch there is no price for it: refused, never sold at the switch's price.
    nothing = PromotionCatalogue.build([], [])
    assert refusal(price_cart, [vip], nothing, None, ctx()).code == "category_not_offered"
    # An automatic switch that does not apply to the cart says why instead of regular prices.
    auto = promo(switch_price_list("promo"), automatic=True, max_tickets_per_order=1)
    catalogue = PromotionCatalogue.build([auto], [])
    assert refusal(price_cart, [vip], catalogue, None, ctx()).code == "promo_per_order_max"
    assert price_cart([line("a", quantity=2)], catalogue, None, ctx()).automatic_refusal


def test_price_list_control_looks_at_the_regular_list_for_a_switch() -> None:
    p = promo(switch_price_list("promo"), targeting=Targeting(price_list_control=has("prixsem")))
    weekend = line("a", price_list_tags=("prixfds",))
    assert refusal(apply_promotion, [weekend], p, None, ctx()).code == "promo_not_applicable"
    assert apply_promotion([line("a")], p, None, ctx()).total == 3000


@pytest.mark.parametrize(
    ("rule", "ids", "customer", "ok"),
    [
        (CustomerRule.ANY, (), CustomerFacts(), True),
        (CustomerRule.KNOWN, (), CustomerFacts("c1", known=True), True),
        (CustomerRule.KNOWN, (), CustomerFacts(), False),
        (CustomerRule.NEWSLETTER, (), CustomerFacts("c1", known=True, newsletter=True), True),
        (CustomerRule.NEWSLETTER, (), CustomerFacts("c1", known=True), False),
        (CustomerRule.LIST, ("c1", "c2"), CustomerFacts("c2", known=True), True),
        (CustomerRule.LIST, ("c1",), CustomerFacts("c3", known=True), False),
        (CustomerRule.LIST, ("c1",), CustomerFacts(), False),
    ],
)
def test_customer_restrictions(
    rule: CustomerRule, ids: tuple[str, ...], customer: CustomerFacts, ok: bool
) -> None:
    p = promo(targeting=Targeting(customers=rule, customer_ids=frozenset(ids)))
    if ok:
        assert apply_promotion(CART, p, None, ctx(customer=customer)).total == 8320
    else:
        err = refusal(apply_promotion, CART, p, None, ctx(customer=customer))
        assert err.code == "promo_customer_not_eligible"


def test_counter_profiles() -> None:
    p = promo(targeting=Targeting(terminal_profiles=frozenset({"billetterie", "bar"})))
    assert apply_promotion(CART, p, None, ctx(terminal_profile="bar")).total == 8320
    err = refusal(apply_promotion, CART, p, None, ctx(terminal_profile="guichet"))
    assert err.code == "promo_terminal_not_eligible"
    assert refusal(apply_promotion, CART, p, None, ctx(terminal_profile=None)).code == (
        "promo_terminal_not_eligible"
    )
    assert apply_promotion(CART, promo(), None, ctx(terminal_profile=None)).total == 8320


# ----------------------------------------------------------------------------- automatic


def test_automatic_promotion_applies_without_a_code() -> None:
    auto = promo(id="auto", automatic=True)
    catalogue = PromotionCatalogue.build([auto], [])
    result = price_cart(CART, catalogue, None, ctx())
    assert result.promotion_id == "auto" and result.automatic and result.total == 8320
    assert price_cart(CART, catalogue, "   ", ctx()).automatic  # an empty field is no code


def test_first_automatic_in_list_order_wins() -> None:
    first = promo(id="z", automatic=True, position=1, effect=percent_off(10))
    second = promo(id="a", automatic=True, position=2)
    earlier_but_not_started = promo(id="b", automatic=True, position=0, starts=date(2027, 1, 1))
    disabled = promo(id="c", automatic=True, position=0, enabled=False)
    not_here = promo(
        id="d", automatic=True, position=0, targeting=Targeting(terminal_profiles=frozenset({"x"}))
    )
    coded = promo(id="e", position=-1)
    promotions = [second, earlier_but_not_started, disabled, not_here, first, coded]
    assert choose_automatic(promotions, ctx()) is first
    assert choose_automatic(list(reversed(promotions)), ctx()) is first
    assert choose_automatic(promotions, ctx(terminal_profile="x")) is not_here
    assert choose_automatic([coded], ctx()) is None
    # Same position: the id decides, so the choice never depends on the load order.
    tie = replace(second, position=1)
    assert choose_automatic([tie, first], ctx()) is tie
    assert choose_automatic([first, tie], ctx()) is tie


def test_an_automatic_promotion_in_force_blocks_other_codes() -> None:
    auto = promo(id="auto", automatic=True, effect=percent_off(10))
    other = promo(id="p1")
    catalogue = PromotionCatalogue.build(
        [auto, other], [PromoCode("ETE", "p1"), PromoCode("AUTO", "auto")]
    )
    for text in ("ETE", "INCONNU", "23456-78923-45678"):
        err = refusal(price_cart, CART, catalogue, text, ctx())
        assert err.code == "promo_automatic_in_force"
    # Its own code is harmless.
    assert price_cart(CART, catalogue, "auto", ctx()).promotion_id == "auto"
    # Once the automatic one expires the code works again.
    expired = replace(auto, expires=date(2026, 12, 4))
    catalogue = PromotionCatalogue.build([expired, other], [PromoCode("ETE", "p1")])
    assert price_cart(CART, catalogue, "ete", ctx()).promotion_id == "p1"


def test_an_automatic_promotion_that_does_not_apply_leaves_regular_prices() -> None:
    auto = promo(id="auto", automatic=True, targeting=Targeting(event_ids=frozenset({"piscine"})))
    result = price_cart(CART, PromotionCatalogue.build([auto], []), None, ctx())
    assert result.promotion_id is None and result.total == 10400
    assert result.automatic_refusal is not None
    assert result.automatic_refusal.code == "promo_not_applicable"


def test_back_office_warns_about_overlapping_automatic_promotions() -> None:
    a = promo(
        id="a", automatic=True, position=2, starts=date(2026, 6, 1), expires=date(2026, 6, 30)
    )
    b = promo(id="b", automatic=True, position=1, starts=date(2026, 6, 30), expires=None)
    c = promo(id="c", automatic=True, position=3, starts=None, expires=date(2026, 5, 31))
    d = promo(id="d", automatic=True, position=4, enabled=False)
    e = promo(id="e", position=5)
    kiosk = promo(
        id="k", automatic=True, position=6, targeting=Targeting(terminal_profiles=frozenset({"k"}))
    )
    pairs = overlapping_automatic([a, b, c, d, e, kiosk])
    assert [(x.id, y.id) for x, y in pairs] == [("b", "a"), ("b", "k"), ("a", "k"), ("c", "k")]
    other = replace(kiosk, id="m", targeting=Targeting(terminal_profiles=frozenset({"m"})))
    assert overlapping_automatic([kiosk, other]) == []
    assert overlapping_automatic([a, c]) == []


# ----------------------------------------------------------------------------- codes


def test_custom_codes_are_case_space_and_dash_insensitive() -> None:
    index = build_code_index([PromoCode("Été-2026", "p1"), PromoCode("NOEL", "p2")])
    assert find_code("été 2026", index).promotion_id == "p1"
    assert find_code("ÉTÉ2026", index).text == "ETE2026"  # stored without accents
    assert find_code(" n-o-e-l ", index).promotion_id == "p2"


def test_unknown_code_versus_a_generated_code_with_a_bad_check_symbol() -> None:
    good = generate_codes(1)[0]
    index = build_code_index([PromoCode(good, "p1")])
    assert find_code(codes.display(good).lower(), index).text == good
    typo = good[:3] + next(c for c in codes.ALPHABET if c != good[3]) + good[4:]
    assert refusal(find_code, typo, index).code == "code_malformed"  # "check the code"
    other_valid = generate_codes(1, {good})[0]
    assert refusal(find_code, other_valid, index).code == "promo_unknown_code"
    assert refusal(find_code, "BIENVENUE", index).code == "promo_unknown_code"
    assert refusal(find_code, "", index).code == "promo_unknown_code"


def test_a_custom_code_that_looks_generated_is_found_first() -> None:
    lookalike = "ABCDEFGHJKMNPQR"  # 15 symbols of the alphabet, check symbol wrong
    assert not codes.is_well_formed(lookalike)
    index = build_code_index([PromoCode(lookalike.lower(), "p1")])
    assert find_code(lookalike, index).promotion_id == "p1"


def test_disabled_code_or_promotion_is_refused() -> None:
    p = promo()
    err = refusal(apply_promotion, CART, p, PromoCode("ETE", "p1", enabled=False), ctx())
    assert err.code == "promo_disabled"
    err = refusal(apply_promotion, CART, replace(p, enabled=False), PromoCode("ETE", "p1"), ctx())
    assert err.code == "promo_disabled"


def test_counter_refusals_through_the_catalogue() -> None:
    p = promo(starts=date(2027, 1, 1))
    catalogue = PromotionCatalogue.build([p], [PromoCode("HIVER", "p1")])
    assert refusal(price_cart, CART, catalogue, "hiver", ctx()).code == "promo_not_yet_valid"
    assert refusal(price_cart, CART, catalogue, "ETE", ctx()).code == "promo_unknown_code"
    orphan = PromotionCatalogue.build([], [PromoCode("SEUL", "gone")])
    assert refusal(price_cart, CART, orphan, "seul", ctx()).code == "promo_unknown_code"
    assert price_cart(CART, catalogue, None, ctx()).total == 10400


def test_duplicate_and_empty_codes_are_refused() -> None:
    with pytest.raises(DomainError) as err:
        build_code_index([PromoCode("ete", "p1"), PromoCode("E-T-E", "p2")])
    assert err.value.code == "promo_code_taken"
    with pytest.raises(DomainError) as err:
        custom_code("é t é", "p1", {"ETE"})  # stored without accents
    assert err.value.code == "promo_code_taken"
    assert custom_code("noel", "p1", set(), max_uses=3).max_uses == 3
    with pytest.raises(DomainError) as err:
        PromoCode(" - ", "p1")
    assert err.value.code == "promo_code_empty"


def test_used_codes_and_promotions_can_only_be_disabled() -> None:
    ensure_deletable(0)
    with pytest.raises(DomainError) as err:
        ensure_deletable(3)
    assert err.value.code == "promo_used_cannot_delete"


def test_generated_codes_are_unique_valid_and_avoid_existing_ones() -> None:
    existing = set(generate_codes(1000))
    batch = generate_codes(20000, existing)
    assert len(batch) == len(set(batch)) == 20000
    assert not existing & set(batch)
    for code in batch[:2000]:
        assert len(code) == 15 and codes.validate(code) == code
        assert code[-1] == codes.check_symbol_for(code[:-1])
        assert not set(code) & set("01ILO")
    # Every symbol is used (uniform draw over the 31 symbols).
    assert set("".join(batch[:2000])) == set(codes.ALPHABET)
    assert generate_codes(0) == []


def test_a_code_lookup_is_a_dict_lookup() -> None:
    index = build_code_index(PromoCode(c, "p1") for c in generate_codes(50000))
    some = next(iter(index))
    assert find_code(codes.display(some), index) is index[some]


# ----------------------------------------------------------------------------- order and taxes


def test_result_is_independent_of_line_order_including_ties() -> None:
    lines = [line(k, price=1000) for k in "abcdefg"]
    p = promo(amount_off_cart(100))  # 100 / 7: the remainders tie
    first = apply_promotion(lines, p, None, ctx())
    for seed in range(5):
        shuffled = lines[:]
        random.Random(seed).shuffle(shuffled)
        again = apply_promotion(shuffled, p, None, ctx())
        assert {r.key: r for r in again.lines} == {r.key: r for r in first.lines}
        assert [r.key for r in again.lines] == [x.key for x in shuffled]  # input order kept


def test_line_keys_must_be_unique() -> None:
    with pytest.raises(ValueError):
        apply_promotion([line("a"), line("a")], promo(), None, ctx())


# ----------------------------------------------------------------------------- properties

TAGS = ["soir", "prixsem", "enfant", "adulte", "promomm"]
CATEGORIES = ["adulte", "enfant", "duo", "vip"]


@st.composite
def carts(draw: st.DrawFn) -> list[PromoLine]:
    n = draw(st.integers(0, 12))
    out = []
    for i in range(n):
        category = draw(st.sampled_from(CATEGORIES))
        out.append(
            PromoLine(
                key=f"L{i}",
                occurrence_id=draw(st.sampled_from(["o1", "o2", "o3"])),
                event_id=draw(st.sampled_from(["e1", "e2"])),
                category_id=category,
                price_list_id="reg",
                quantity=draw(st.integers(1, 30)),
                regular_unit_price=draw(st.integers(0, 50000)),
                zone_id=draw(st.sampled_from([None, "z1", "z2"])),
                event_tags=frozenset(draw(st.sets(st.sampled_from(TAGS), max_size=2))),
                category_tags=frozenset(draw(st.sets(st.sampled_from(TAGS), max_size=2))),
                price_list_tags=frozenset(draw(st.sets(st.sampled_from(TAGS), max_size=2))),
            )
        )
    return out


effects = st.one_of(
    st.decimals(min_value=Decimal("0.01"), max_value=Decimal(100), places=3).map(percent_off),
    st.integers(1, 60000).map(amount_off_each),
    st.integers(1, 2_000_000).map(amount_off_cart),
    st.just(switch_price_list("promo")),
)
controls = st.one_of(
    st.just(ALL),
    st.sampled_from(TAGS).map(has),
    st.sampled_from(TAGS).map(has_not),
)
targetings = st.builds(
    Targeting,
    event_ids=st.sampled_from([frozenset(), frozenset({"e1"})]),
    zone_ids=st.sampled_from([frozenset(), frozenset({"z1", "z2"})]),
    price_list_control=controls,
    event_control=controls,
    category_control=controls,
)
switch_prices = st.dictionaries(
    st.sampled_from(CATEGORIES).map(lambda c: ("promo", c)), st.integers(0, 50000)
)


def _apply(lines: Sequence[PromoLine], p: Promotion, c: PricingContext) -> PromotionResult | str:
    try:
        return apply_promotion(lines, p, None, c)
    except DomainError as err:
        return err.code


@settings(max_examples=300, deadline=None)
@given(carts(), effects, targetings, switch_prices, st.randoms(use_true_random=False))
def test_properties_of_any_priced_cart(
    lines: list[PromoLine],
    effect: Effect,
    targeting: Targeting,
    prices: dict[tuple[str, str], int],
    rnd: random.Random,
) -> None:
    p = promo(effect, targeting=targeting)
    c = ctx(prices=prices)
    result = _apply(lines, p, c)
    shuffled = lines[:]
    rnd.shuffle(shuffled)
    again = _apply(shuffled, p, c)
    if isinstance(result, str):
        assert result == "promo_not_applicable" and again == result
        return
    assert isinstance(again, PromotionResult)
    # Independent of the order of the cart.
    assert {r.key: r for r in again.lines} == {r.key: r for r in result.lines}
    # Never negative; a discount never exceeds the price, per line and in total.
    for r in result.lines:
        assert r.unit_price >= 0 and r.line_discount >= 0 and r.amount >= 0
        assert r.discount <= r.regular_amount
        if effect.kind is not EffectKind.PRICE_LIST:
            assert 0 <= r.discount and r.unit_price <= r.regular_unit_price
        if not r.eligible:
            assert r.amount == r.regular_amount
    assert result.total >= 0
    assert result.discount_total <= result.regular_total
    if effect.kind is EffectKind.AMOUNT_PER_CART:
        eligible_total = sum(r.regular_amount for r in result.lines if r.eligible)
        assert result.discount_total == min(effect.amount, eligible_total)
    # Taxes stay consistent on the charged amounts, added or included.
    amounts = [r.amount for r in result.lines]
    for rates in ([GST, QST], [GST_IN, QST_IN]):
        split = split_taxes(amounts, rates)
        for tax in split.taxes:
            assert sum(shares[tax.code] for shares in split.line_taxes) == tax.amount
        assert sum(split.line_nets) == split.net_total
        line_totals = [
            net + sum(shares.values())
            for net, shares in zip(split.line_nets, split.line_taxes, strict=True)
        ]
        assert sum(line_totals) == split.net_total + split.tax_total
        if rates[0].included:
            assert split.net_total + split.tax_total == result.total
            assert line_totals == amounts
        else:
            assert split.net_total == result.total


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 100000), st.integers(1, 100000), st.integers(1, 20))
def test_percent_matches_the_documented_rule(price: int, hundredths: int, quantity: int) -> None:
    percent = Decimal(hundredths) / 1000  # 0.001 % .. 100 %
    result = apply_promotion(
        [line("a", price=price, quantity=quantity)], promo(percent_off(percent)), None, ctx()
    )
    exact = Decimal(price) * percent / 100
    discount = int(exact) + (1 if exact - int(exact) >= Decimal("0.5") else 0)
    assert result.lines[0].unit_price == price - discount
