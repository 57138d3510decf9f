"""Codes are typed the way people type them (issue 16, part 11): accents and case aside, every
space, underscore and dash aside; a generated code holding O, I, L, 0 or 1 says "check the
code"; counter profiles match without regard to case or accents."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guichet.domain import codes, escrow
from guichet.domain.errors import DomainError
from guichet.domain.promotions import (
    PricingContext,
    PromoCode,
    Promotion,
    Targeting,
    build_code_index,
    choose_automatic,
    find_code,
    generate_codes,
    overlapping_automatic,
    percent_off,
    profile_allowed,
)
from guichet.i18n import errors

NBSP, NNBSP = "\u00a0", "\u202f"


def refusal(text: str, index: dict[str, PromoCode]) -> DomainError:
    with pytest.raises(DomainError) as err:
        find_code(text, index)
    return err.value


# --------------------------------------------------------------------------- normalisation


@pytest.mark.parametrize(
    "typed",
    [
        "ÉTÉ", "été", "Été", f"É{NBSP}T{NNBSP}É", "e_t_e", f" e{NBSP}t-e ",
        "e\u2013t\u2014e", "e\u2212t\u2011e", "e\u00adt\u200be", "\uff45\uff54\uff45",  # full width
        "E\u0301TE\u0301",  # decomposed accents
    ],
)
def test_every_way_of_typing_ete_is_one_code(typed: str) -> None:
    assert codes.normalize(typed) == "ETE"


def test_generated_codes_and_their_display_are_unchanged() -> None:
    code = codes.new_code()
    assert codes.normalize(code) == code
    assert codes.normalize(codes.display(code).lower().replace("-", "_")) == code
    assert codes.normalize(codes.display(code).replace("-", NNBSP)) == code
    assert codes.normalize("Straße") == "STRASSE"


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=30))
def test_normalising_is_idempotent_and_leaves_no_separator(text: str) -> None:
    normal = codes.normalize(text)
    assert codes.normalize(normal) == normal
    assert not any(ch.isspace() or ch in "_-\u2013\u2014\u2212\u00a0\u202f" for ch in normal)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=30))
def test_the_ascii_shortcut_says_what_the_general_rule_says(text: str) -> None:
    # A trailing "é" takes the general (non-ASCII) path; it adds exactly "E".
    assert codes.normalize(text + "é") == codes.normalize(text) + "E"


def test_a_custom_code_is_found_as_people_type_it() -> None:
    index = build_code_index([PromoCode("ÉTÉ", "p1"), PromoCode("Noël_2026", "p2")])
    assert find_code("ete", index).promotion_id == "p1"
    assert find_code(f"é{NBSP}t{NNBSP}é", index).promotion_id == "p1"
    assert find_code("noel 2026", index).promotion_id == "p2"
    assert find_code("NOEL-2026", index).promotion_id == "p2"


# --------------------------------------------------------------------------- check the code


@pytest.mark.parametrize("wrong", list("01ILOoil"))
def test_a_generated_code_holding_a_character_never_generated_says_check_the_code(
    wrong: str,
) -> None:
    good = generate_codes(1)[0]
    index = build_code_index([PromoCode(good, "p1")])
    typed = codes.display(good[:6] + wrong + good[7:])
    err = refusal(typed, index)
    assert err.code == "code_check_characters"
    assert err.params["characters"] == wrong.upper()
    assert err.params["text"] == codes.display(codes.normalize(typed))


@settings(max_examples=100, deadline=None)
@given(st.data())
def test_any_ambiguous_character_anywhere_is_check_the_code(data: st.DataObject) -> None:
    code = codes.new_code()
    at = data.draw(st.integers(0, len(code) - 1))
    wrong = data.draw(st.sampled_from(codes.AMBIGUOUS))
    typed = code[:at] + wrong + code[at + 1 :]
    assert codes.misread_characters(typed) == wrong
    assert refusal(typed, {}).code == "code_check_characters"


def test_only_a_text_of_the_generated_shape_says_check_the_code() -> None:
    good = generate_codes(1)[0]
    custom = "BONJOURLESAMIS1"  # 15 symbols with O, L, I and 1: never generated, but typed so
    index = build_code_index([PromoCode(custom, "p1"), PromoCode("BONJOUR", "p2")])
    assert refusal(good[:-1] + "O", index).code == "code_check_characters"
    assert find_code(custom.lower(), index).promotion_id == "p1"  # custom codes found first
    for typed in ("BONJOUR1", "HELLO", good[:-1], good + "0", "ÉTÉ2026", good[:-1] + "?"):
        assert refusal(typed, index).code == "promo_unknown_code", typed
    assert codes.misread_characters(good[:-2] + "?0") == ""  # "?" is no code symbol


def test_check_the_code_in_words_both_languages() -> None:
    params = {"text": "K7M2Q-X9PTR-4HWC0", "characters": "0O"}
    fr = errors.message("code_check_characters", params, "fr", "UTC")
    en = errors.message("code_check_characters", params, "en", "UTC")
    assert fr.startswith(f"Vérifiez le code{NBSP}: K7M2Q-X9PTR-4HWC0.")
    assert f"(ici{NBSP}: 0, O)" in fr
    assert en.startswith("Check the code: K7M2Q-X9PTR-4HWC0.")
    assert "(here: 0, O)" in en


# --------------------------------------------------------------------------- profiles

def _ctx(profile: str | None) -> PricingContext:
    return PricingContext(datetime(2026, 12, 5, 17, tzinfo=UTC), "America/Toronto", profile)


def test_counter_profiles_match_without_case_or_accents() -> None:
    assert profile_allowed(frozenset({"Billetterie"}), "billetterie")
    assert profile_allowed(frozenset({"Réception"}), " RECEPTION ")
    assert profile_allowed(frozenset(), None)
    assert not profile_allowed(frozenset({"Billetterie"}), "Boutique")
    assert not profile_allowed(frozenset({"Billetterie"}), None)
    auto = Promotion(
        id="a", name_fr="Auto", effect=percent_off(10), automatic=True,
        targeting=Targeting(terminal_profiles=frozenset({"Billetterie"})),
    )
    assert choose_automatic([auto], _ctx("BILLETTERIE")) is auto
    assert choose_automatic([auto], _ctx("Boutique")) is None
    twin = Promotion(
        id="b", name_fr="Auto 2", effect=percent_off(5), automatic=True,
        targeting=Targeting(terminal_profiles=frozenset({"billetterie"})),
    )
    assert overlapping_automatic([auto, twin]) == [(auto, twin)]
    assert escrow.promotion_leasable(
        enabled=True, max_tickets=10, starts=None, expires=None, today=date(2026, 12, 5),
        horizon_end=date(2026, 12, 6), profiles=frozenset({"Billetterie"}), profile="billetterie",
    )
