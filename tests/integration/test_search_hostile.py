"""Issue 21, part 8: searches cannot be turned against the counter. A 100,000-character search
is refused in words (before: SQLite's "LIKE or GLOB pattern too complex"); ``%`` and ``_`` are
searched as the characters they are, never as wildcards."""

from __future__ import annotations

import pytest

from guichet.domain.errors import DomainError
from guichet.i18n.errors import message
from guichet.services.cards import CardDesk, CardFilter
from guichet.services.counter import Counter

NBSP = "\u00a0"


def test_a_100000_character_customer_search_is_refused_in_words(counter: Counter) -> None:
    with pytest.raises(DomainError) as refused:
        counter.find_customers("x" * 100_000)
    assert refused.value.code == "search_too_long"
    assert refused.value.params == {"length": 100_000, "maximum": 200}
    assert message("search_too_long", refused.value.params, "fr") == (
        f"Recherche trop longue{NBSP}: 100{NBSP}000{NBSP}caractères (200 au plus)."
    )
    assert message("search_too_long", refused.value.params, "en") == (
        "Search too long: 100,000 characters (200 at most)."
    )


def test_a_search_as_long_as_the_longest_name_still_searches(counter: Counter) -> None:
    assert counter.find_customers("x" * 200) == []
    found = counter.find_customers("  Tremblay" + " " * 300)  # spaces are no length
    assert "Famille Tremblay" in [c.name for c in found]


def test_like_wildcards_are_searched_literally(counter: Counter) -> None:
    assert counter.find_customers("%") == []  # before: every customer
    assert counter.find_customers("_") == []
    assert counter.find_customers("Tremb%") == []
    assert counter.find_customers("Tremb_ay") == []
    counter.login(next(u.id for u in counter.users() if "Sophie" in u.name), "1111")
    made = counter.create_customer("Roy_100% Inc.", "", "")
    assert [c.id for c in counter.find_customers("y_100%")] == [made.id]
    assert [c.id for c in counter.find_customers("100%")] == [made.id]


def test_a_100000_character_card_search_is_refused_in_words(counter: Counter) -> None:
    desk = CardDesk(counter)
    with pytest.raises(DomainError) as refused:
        desk.cards(CardFilter(text="é" * 100_000))
    assert refused.value.code == "search_too_long"
    assert desk.cards(CardFilter(text="%")) == []
