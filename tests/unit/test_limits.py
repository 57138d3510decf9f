"""One table of text limits for the counter and the server (issue 21, part 2): it matches the
database's columns, covers every text field of every command, and the converter that both
sides parse commands with refuses, never crashes on, whatever a hostile counter sends."""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from typing import Any, get_args, get_origin

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import String, Text

from guichet.domain.commands import _hints
from guichet.domain.errors import DomainError
from guichet.domain.limits import FREE_TEXT, TEXTS, is_id, text_limit, unfit
from guichet.domain.payloads import COMMAND_TYPES, command_from_payload
from guichet.i18n.errors import FIELDS, message
from guichet.models.base import Base
from guichet.services.counter import Counter

LONE, NUL = "\ud800", "\x00"


def _text_fields(cls: type, seen: set[type]) -> list[tuple[type, str]]:
    """Every (dataclass, field) of a command whose type holds a text (or free-form JSON)."""
    if cls in seen:
        return []
    seen.add(cls)
    found: list[tuple[type, str]] = []
    for name, tp in _hints(cls).items():
        if name == "type_name":
            continue
        stack, texts = [tp], False
        while stack:
            t = stack.pop()
            if t is str or t is Any:
                texts = True
            elif dataclasses.is_dataclass(t) and isinstance(t, type):
                found += _text_fields(t, seen)
            elif get_origin(t) in (list, tuple, dict, typing.Union, types.UnionType):
                stack += [a for a in get_args(t) if a is not Ellipsis]
        if texts:
            found.append((cls, name))
    return found


def every_text_field() -> list[tuple[type, str]]:
    seen: set[type] = set()
    return [f for cls in COMMAND_TYPES.values() for f in _text_fields(cls, seen)]


def test_the_table_matches_the_database_columns() -> None:
    for key, limit in TEXTS.items():
        if limit.column is None:
            continue
        table, column = limit.column.split(".")
        kind = Base.metadata.tables[table].c[column].type
        if isinstance(kind, Text) or not getattr(kind, "length", None):
            assert limit.length == FREE_TEXT, key  # a Text column: the free-text rule
        else:
            assert isinstance(kind, String)
            assert limit.length == kind.length, (key, limit.length, kind.length)


def test_every_text_a_command_carries_is_bounded_by_the_table() -> None:
    fields = every_text_field()
    assert len(fields) > 150
    missing = [
        f"{cls.__name__}.{name}"
        for cls, name in fields
        if not is_id(name) and f"{cls.__name__}.{name}" not in TEXTS
    ]
    assert missing == []
    named = {f"{cls.__name__}.{name}" for cls, name in fields}
    assert sorted(set(TEXTS) - named) == []  # no entry for a field that is gone


def test_every_field_a_refusal_names_is_said_in_french_and_english() -> None:
    words = {limit.words for limit in TEXTS.values() if limit.words}
    assert sorted(w for w in words if w not in FIELDS) == []


def test_a_201_character_customer_name_is_refused_as_the_server_would() -> None:
    payload = {"customer_id": "c", "code": "ABC", "name": "n" * 201}
    with pytest.raises(DomainError) as refused:
        command_from_payload("customer.save", payload)
    assert refused.value.code == "text_too_long"
    assert refused.value.params == {"field": "customer_name", "length": 201, "maximum": 200}
    fr = message("text_too_long", refused.value.params, "fr")
    en = message("text_too_long", refused.value.params, "en")
    assert fr == "Le nom du client\u00a0: 201\u00a0caractères, c'est trop (200 au plus)."
    assert en == "The customer's name: 201 characters is too long (200 at most)."
    assert command_from_payload("customer.save", {**payload, "name": "n" * 200})


@pytest.mark.parametrize(
    ("text", "code"),
    [(f"Marie{NUL}", "text_invalid"), (f"Marie{LONE}", "text_invalid"),
     ("Marie\x1b[2J", "text_invalid"), ("M" * 201, "text_too_long")],
)  # fmt: skip
def test_a_card_holder_in_a_sale_is_checked_by_the_same_table(text: str, code: str) -> None:
    line = {"line_id": "l", "occurrence_id": "", "category_id": "", "quantity": 1,
            "unit_price": 100, "kind": "card", "card_holder": text}  # fmt: skip
    payload = {"order_id": "o", "order_code": "C", "shift_id": "s", "lines": [line],
               "payments": []}  # fmt: skip
    with pytest.raises(DomainError) as refused:
        command_from_payload("order.sell", payload)
    assert refused.value.code == code
    assert refused.value.params["field"] == "card_holder"


def test_free_text_keeps_its_line_breaks_and_tabs() -> None:
    note = "Caisse juste.\n\tRien à signaler.\r\n"
    closed = command_from_payload("shift.close", {"shift_id": "s", "counted": {}, "note": note})
    assert closed.note == note  # type: ignore[attr-defined]


def test_integers_past_64_bits_are_refused_everywhere() -> None:
    with pytest.raises(DomainError, match="number_out_of_range"):
        command_from_payload("shift.open", {"shift_id": "s", "opening_float": 2**63})
    with pytest.raises(DomainError, match="number_out_of_range"):
        command_from_payload("shift.close", {"shift_id": "s", "counted": {str(2**64): 1}})
    with pytest.raises(ValueError):  # noqa: PT011 - a free-form part: malformed
        command_from_payload("promotion.save", {"promotion_id": "p", "promotion": {"x": 1e400}})
    with pytest.raises(DomainError, match="number_out_of_range"):
        command_from_payload("promotion.save", {"promotion_id": "p", "promotion": {"x": [[2**70]]}})
    opened = command_from_payload("shift.open", {"shift_id": "s", "opening_float": 2**63 - 1})
    assert opened.opening_float == 2**63 - 1  # type: ignore[attr-defined]


def test_an_unknown_id_field_falls_back_on_the_id_length() -> None:
    assert text_limit("SellOrder", "shift_id").length == 36
    assert text_limit("SaleLine", "seat_ids").length == 120


def test_the_counter_refuses_a_201_character_customer_in_words_and_records_nothing(
    cashier_counter: Counter,
) -> None:
    from sqlalchemy import func, select

    from guichet.models.tables import Customer, OutboxEntry
    from guichet.ui.messages import message_for

    def count() -> tuple[int, int]:
        with cashier_counter.session_factory() as session:
            return (
                session.scalar(select(func.count()).select_from(Customer)) or 0,
                session.scalar(select(func.count()).select_from(OutboxEntry)) or 0,
            )

    before = count()
    with pytest.raises(DomainError) as refused:
        cashier_counter.create_customer("N" * 201)
    assert refused.value.code == "text_too_long"
    assert count() == before
    assert "201" in message_for(refused.value, "fr") and "200" in message_for(refused.value)
    assert cashier_counter.create_customer("N" * 200).name == "N" * 200


HOSTILE: st.SearchStrategy[Any] = st.one_of(
    st.sampled_from([NUL, LONE, "a\udfffb", "\x1b", "x" * 201, "x" * 5000, 2**63, -(2**63) - 1,
                     2**70, float("nan"), float("inf"), 1.5, True, None, [], {}, [NUL], {NUL: 1},
                     {"a": [[[["deep"]]]]}]),
    st.text(max_size=8),
    st.integers(),
    st.lists(st.text(max_size=3), max_size=3),
    st.dictionaries(st.text(max_size=3), st.integers() | st.text(max_size=3), max_size=3),
)  # fmt: skip


def plausible(tp: Any) -> Any:
    """A value of ``tp`` as a counter would send it."""
    origin = get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        return plausible(next(a for a in get_args(tp) if a is not type(None)))
    if origin in (list, tuple):
        return [plausible(get_args(tp)[0])]
    if origin is dict:
        return {}
    if dataclasses.is_dataclass(tp):
        return {n: plausible(t) for n, t in _hints(tp).items() if n != "type_name"}
    return {str: "texte", int: 1, bool: False}.get(tp, "x")


@st.composite
def hostile_payload(draw: st.DrawFn) -> tuple[str, dict[str, Any]]:
    """A command's plausible payload with one field (perhaps in a line) made hostile."""
    name = draw(st.sampled_from(sorted(COMMAND_TYPES)))
    payload = plausible(COMMAND_TYPES[name])
    target: Any = payload
    while True:
        key = draw(st.sampled_from(sorted(target)))
        inner = target[key]
        if isinstance(inner, list) and inner and isinstance(inner[0], dict) and draw(st.booleans()):
            target = inner[0]
            continue
        target[key] = draw(HOSTILE)
        return name, payload


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hostile_payload())
def test_no_payload_makes_the_converter_fail_other_than_by_refusing(
    case: tuple[str, dict[str, Any]],
) -> None:
    name, payload = case
    try:
        command = command_from_payload(name, payload)
    except DomainError as error:
        # A refusal's parameters are stored as JSON on the server and shown in words.
        json.dumps(error.params, allow_nan=False).encode("utf-8")
        return
    except (TypeError, ValueError, KeyError):
        return  # malformed: the server answers it "rejected", the counter records nothing
    # What is accepted fits: every text printable and within its column, every number 64-bit.
    json.dumps(command.to_payload(), allow_nan=False).encode("utf-8")
    assert not [t for t in _texts_in(command.to_payload()) if unfit(t)]


def _texts_in(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [t for k, v in value.items() for t in _texts_in(k) + _texts_in(v)]
    if isinstance(value, list | tuple):
        return [t for v in value for t in _texts_in(v)]
    return []
