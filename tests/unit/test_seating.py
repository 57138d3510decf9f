"""The pure reserved-seating domain of issue 5: maps, transitions, inventory, CSV, generators."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from guichet.domain import seating
from guichet.domain.auth import Role
from guichet.domain.errors import DomainError
from guichet.domain.seating import (
    FREE_STATUS,
    MAX_SEATS,
    SUPERVISOR_ACTIONS,
    TRANSITIONS,
    Seat,
    SeatAction,
    SeatInventory,
    SeatMap,
    SeatState,
    SeatStatus,
    demo_theatre_map,
    ensure_action_allowed,
    format_seat_csv,
    generated_map,
    grid_layout,
    make_seat,
    next_state,
    normalize_number,
    parse_seat_csv,
    refusal_code,
    row_name,
    seat_id_for,
    seat_key,
    seat_label,
    seat_labels,
    seat_map_from_csv,
)

FREE, IN_CART, SOLD, HELD, BLOCKED = (
    SeatState.FREE,
    SeatState.IN_CART,
    SeatState.SOLD,
    SeatState.HELD,
    SeatState.BLOCKED,
)


def small_map() -> SeatMap:
    """Section "Parterre", rows A and B of 4 seats, plus "Balcon" row A of 2 seats."""
    seats = [
        make_seat("Parterre", row, str(n), n, r, n == 1)
        for r, row in enumerate("AB")
        for n in range(1, 5)
    ]
    seats += [make_seat("Balcon", "A", str(n), n, 5) for n in (1, 2)]
    return SeatMap("venue-1", "Petite salle", seats)


def sid(row: str, number: int, section: str = "Parterre") -> str:
    return seat_id_for(section, row, str(number))


def raises(code: str, fn: Callable[[], object]) -> DomainError:
    with pytest.raises(DomainError) as info:
        fn()
    assert info.value.code == code, info.value
    return info.value


# --------------------------------------------------------------------------- names and seats


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12", "12"),
        (" 12a ", "12A"),
        ("007", "7"),
        ("12BIS", "12BIS"),
        ("0", None),
        ("", None),
        ("-3", None),
        ("1.5", None),
        ("A12", None),
        ("123456", None),
        ("12ABCD", None),
    ],
)
def test_normalize_number(text: str, expected: str | None) -> None:
    assert normalize_number(text) == expected


def test_row_names_follow_spreadsheet_order() -> None:
    assert [row_name(i) for i in (0, 1, 25, 26, 27, 51, 52, 701, 702)] == [
        "A",
        "B",
        "Z",
        "AA",
        "AB",
        "AZ",
        "BA",
        "ZZ",
        "AAA",
    ]
    with pytest.raises(ValueError):
        row_name(-1)


def test_seat_ids_are_stable_and_never_collide() -> None:
    assert seat_id_for(" Parterre ", "f", "012") == "Parterre/F/12"
    assert seat_id_for("a/b", "c", "1") != seat_id_for("a", "b/c", "1")
    assert seat_id_for("a%2Fb", "c", "1") != seat_id_for("a/b", "c", "1")
    assert seat_key("PARTERRE", " f ", "12") == seat_key("parterre", "F", "012")


def test_labels_in_french_and_english() -> None:
    seat = make_seat("Parterre", "f", "12", 0, 0)
    assert seat_label(seat) == "Parterre, rangée F, siège 12"
    assert seat.label == "Parterre, rangée F, siège 12"
    assert seat_label(seat, "en") == "Parterre, row F, seat 12"
    assert seat_label(seat, "en_CA") == "Parterre, row F, seat 12"
    assert seat_label(seat, short=True) == "F-12"
    others = [make_seat("Parterre", "F", "13", 1, 0), make_seat("Balcon", "A", "1", 0, 9)]
    assert (
        seat_labels([seat, *others])
        == "Parterre, rangée F, sièges 12, 13; Balcon, rangée A, siège 1"
    )
    assert seat_labels([seat], "en") == "Parterre, row F, seat 12"


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"id": ""}, "id"),
        ({"section": ""}, "section"),
        ({"section": " Parterre"}, "section"),
        ({"section": "x" * 61}, "section"),
        ({"row": "f"}, "row"),
        ({"row": ""}, "row"),
        ({"row": "X" * 11}, "row"),
        ({"number": "012"}, "number"),
        ({"number": "a"}, "number"),
        ({"x": float("nan")}, "x"),
        ({"y": float("inf")}, "y"),
        ({"y": 2e6}, "y"),
    ],
)
def test_invalid_seat_is_refused(kwargs: dict[str, object], field: str) -> None:
    values: dict[str, object] = {
        "id": "s1",
        "section": "Parterre",
        "row": "F",
        "number": "12",
        "x": 0.0,
        "y": 0.0,
    }
    values.update(kwargs)
    error = raises("seat_invalid", lambda: Seat(**values))  # type: ignore[arg-type]
    assert error.params["field"] == field


def test_make_seat_refuses_a_bad_number() -> None:
    assert (
        raises("seat_invalid", lambda: make_seat("P", "A", "zéro", 0, 0)).params["field"]
        == "number"
    )


# --------------------------------------------------------------------------- seat map


def test_seat_map_lookups() -> None:
    seat_map = small_map()
    assert len(seat_map) == 10
    assert seat_map.sections() == ("Parterre", "Balcon")
    seat = seat_map.seat(sid("B", 3))
    assert (seat.section, seat.row, seat.number) == ("Parterre", "B", "3")
    assert seat_map.find("parterre", "b", "03") is seat
    assert seat_map.find("Parterre", "Z", "1") is None
    assert seat_map.get("nope") is None
    assert sid("A", 1) in seat_map and "nope" not in seat_map
    assert raises("seat_unknown", lambda: seat_map.seat("nope")).params == {"seat_id": "nope"}
    assert seat_map.by_id[sid("A", 2)].number == "2"
    assert seat_map.index_of(sid("A", 1)) == 0
    assert [s.id for s in seat_map.accessible_seats()] == [sid("A", 1), sid("B", 1)]
    assert seat_map.bounds() == (1.0, 0.0, 4.0, 5.0)
    assert repr(seat_map) == "SeatMap(venue_id='venue-1', name='Petite salle', seats=10)"


def test_rows_in_order_and_row_seats_left_to_right() -> None:
    seats = [
        make_seat("Parterre", "C", "2", 2, 0),
        make_seat("Parterre", "C", "1", -2, 0),
        make_seat("Parterre", "A", "3", 5, 2),
        make_seat("Parterre", "A", "1", 1, 2),
        make_seat("Parterre", "C", "3", 4, 0),
    ]
    seat_map = SeatMap("v", "m", seats)
    assert seat_map.rows("PARTERRE") == ("C", "A")
    assert [s.number for s in seat_map.row_seats("Parterre", "c")] == ["1", "2", "3"]
    assert seat_map.adjacent_row("Parterre", "C", 1) == "A"
    assert seat_map.adjacent_row("Parterre", "A", -1) == "C"
    assert seat_map.adjacent_row("Parterre", "A", 1) is None
    assert seat_map.adjacent_row("Parterre", "C", -1) is None
    raises("seat_section_unknown", lambda: seat_map.rows("Loges"))
    raises("seat_row_unknown", lambda: seat_map.row_seats("Parterre", "Q"))
    raises("seat_row_unknown", lambda: seat_map.adjacent_row("Parterre", "Q", 1))


def test_seat_map_refuses_empty_too_large_and_duplicates(monkeypatch: pytest.MonkeyPatch) -> None:
    raises("seatmap_empty", lambda: SeatMap("v", "m", []))
    one = make_seat("P", "A", "1", 0, 0)
    same_place = make_seat("p", "a", "1", 3, 3, seat_id="other-id")
    same_id = make_seat("P", "A", "2", 1, 0, seat_id=one.id)
    assert (
        raises("seatmap_duplicate_seat", lambda: SeatMap("v", "m", [one, same_place])).params[
            "seat"
        ]
        == "p, rangée A, siège 1"
    )
    raises("seatmap_duplicate_seat", lambda: SeatMap("v", "m", [one, same_id]))
    monkeypatch.setattr(seating, "MAX_SEATS", 1)
    raises("seatmap_too_large", lambda: SeatMap("v", "m", [one, make_seat("P", "A", "2", 1, 0)]))


# --------------------------------------------------------------------------- the transition table

EXPECTED: dict[SeatAction, dict[SeatState, SeatState | str]] = {
    SeatAction.ADD_TO_CART: {
        FREE: IN_CART,
        IN_CART: "seat_taken",
        SOLD: "seat_taken",
        HELD: "seat_taken",
        BLOCKED: "seat_taken",
    },
    SeatAction.REMOVE_FROM_CART: {
        FREE: "seat_not_in_cart",
        IN_CART: FREE,
        SOLD: "seat_not_in_cart",
        HELD: "seat_not_in_cart",
        BLOCKED: "seat_not_in_cart",
    },
    SeatAction.SELL: {
        FREE: "seat_not_in_cart",
        IN_CART: SOLD,
        SOLD: "seat_taken",
        HELD: "seat_taken",
        BLOCKED: "seat_taken",
    },
    SeatAction.SELL_DIRECT: {
        FREE: SOLD,
        IN_CART: "seat_taken",
        SOLD: "seat_taken",
        HELD: "seat_taken",
        BLOCKED: "seat_taken",
    },
    SeatAction.REFUND: {
        FREE: "seat_not_sold",
        IN_CART: "seat_not_sold",
        SOLD: FREE,
        HELD: "seat_not_sold",
        BLOCKED: "seat_not_sold",
    },
    SeatAction.HOLD: {
        FREE: HELD,
        IN_CART: "seat_taken",
        SOLD: "seat_taken",
        HELD: "seat_taken",
        BLOCKED: "seat_taken",
    },
    SeatAction.BLOCK: {
        FREE: BLOCKED,
        IN_CART: "seat_taken",
        SOLD: "seat_taken",
        HELD: BLOCKED,
        BLOCKED: "seat_taken",
    },
    SeatAction.RELEASE: {
        FREE: "seat_not_held",
        IN_CART: "seat_not_held",
        SOLD: "seat_not_held",
        HELD: FREE,
        BLOCKED: FREE,
    },
    SeatAction.ASSIGN: {
        FREE: SOLD,
        IN_CART: "seat_taken",
        SOLD: "seat_taken",
        HELD: SOLD,
        BLOCKED: "seat_taken",
    },
}

PAIRS = [(action, state) for action in SeatAction for state in SeatState]


def test_expected_table_covers_every_action() -> None:
    assert set(EXPECTED) == set(SeatAction) == set(TRANSITIONS)


@pytest.mark.parametrize(("action", "state"), PAIRS)
def test_next_state_follows_the_table(action: SeatAction, state: SeatState) -> None:
    expected = EXPECTED[action][state]
    if isinstance(expected, SeatState):
        assert refusal_code(action, state) is None
        assert next_state(action, state) is expected
    else:
        assert refusal_code(action, state) == expected
        error = raises(expected, lambda: next_state(action, state))
        assert error.params == {"action": action.value, "state": state.value}


def test_supervisor_only_actions() -> None:
    assert SUPERVISOR_ACTIONS == {
        SeatAction.SELL_DIRECT,
        SeatAction.REFUND,
        SeatAction.HOLD,
        SeatAction.BLOCK,
        SeatAction.RELEASE,
        SeatAction.ASSIGN,
    }
    for action in SeatAction:
        ensure_action_allowed(action, Role.SUPERVISOR)
        ensure_action_allowed(action, Role.OWNER)
        if action in SUPERVISOR_ACTIONS:
            with pytest.raises(DomainError) as info:
                ensure_action_allowed(action, Role.CASHIER)
            assert info.value.code == "supervisor_required"
            assert info.value.params == {"action": action.value}
        else:
            ensure_action_allowed(action, Role.CASHIER)


# ----------------------------------------------------------------------- inventory: one seat


def inventory_with(
    state: SeatState, seat_id: str, seat_map: SeatMap | None = None
) -> SeatInventory:
    """An inventory of the small map where ``seat_id`` is in ``state`` (in cart "c1")."""
    inventory = SeatInventory(seat_map or small_map(), occurrence_id="occ-1")
    if state is IN_CART:
        inventory.add_to_cart([seat_id], "c1")
    elif state is SOLD:
        inventory.sell_direct([seat_id], order_id="o1")
    elif state is HELD:
        inventory.hold([seat_id], note="Médias")
    elif state is BLOCKED:
        inventory.block([seat_id], note="Caméra")
    assert inventory.state(seat_id) is state
    return inventory


def run(inventory: SeatInventory, action: SeatAction, ids: Sequence[str]) -> tuple[str, ...]:
    if action is SeatAction.ADD_TO_CART:
        return inventory.add_to_cart(ids, "c1")
    if action is SeatAction.REMOVE_FROM_CART:
        return inventory.remove_from_cart(ids, "c1")
    if action is SeatAction.SELL:
        return inventory.sell(ids, "c1", order_id="o2")
    if action is SeatAction.SELL_DIRECT:
        return inventory.sell_direct(ids)
    if action is SeatAction.REFUND:
        return inventory.refund(ids)
    if action is SeatAction.HOLD:
        return inventory.hold(ids, note="Artistes")
    if action is SeatAction.BLOCK:
        return inventory.block(ids)
    if action is SeatAction.RELEASE:
        return inventory.release(ids)
    return inventory.assign(ids, "Marie Tremblay")


@pytest.mark.parametrize(("action", "state"), PAIRS)
def test_every_transition_on_one_seat(action: SeatAction, state: SeatState) -> None:
    seat_id = sid("A", 2)
    inventory = inventory_with(state, seat_id)
    before = dict(inventory.statuses())
    expected = EXPECTED[action][state]
    if isinstance(expected, SeatState):
        assert run(inventory, action, [seat_id]) == (seat_id,)
        assert inventory.state(seat_id) is expected
    else:
        error = raises(expected, lambda: run(inventory, action, [seat_id]))
        assert error.params == {
            "seat": "Parterre, rangée A, siège 2",
            "seat_id": seat_id,
            "state": state.value,
            "refused": 1,
        }
        assert dict(inventory.statuses()) == before
    counts = inventory.counts()
    assert sum(counts.values()) == 10
    assert counts[inventory.state(seat_id)] >= 1


def test_statuses_carry_cart_order_participant_and_note() -> None:
    inventory = SeatInventory(small_map())
    a1, a2, a3, a4 = (sid("A", n) for n in range(1, 5))
    inventory.add_to_cart([a1], "c1")
    assert inventory.status(a1) == SeatStatus(IN_CART, cart_id="c1")
    inventory.sell([a1], "c1", order_id="o1")
    assert inventory.status(a1) == SeatStatus(SOLD, order_id="o1")
    inventory.hold([a2], note="  Médias   Québec ")
    assert inventory.status(a2) == SeatStatus(HELD, note="Médias Québec")
    inventory.block([a2])
    assert inventory.status(a2) == SeatStatus(BLOCKED)
    inventory.hold([a3], note="Producteur")
    inventory.assign([a3, a4], "  Marie  Tremblay ", order_id="o9")
    assert inventory.status(a3) == SeatStatus(SOLD, order_id="o9", participant="Marie Tremblay")
    assert inventory.participant_seats("marie tremblay") == (a3, a4)
    inventory.refund([a3])
    assert inventory.status(a3) is FREE_STATUS
    assert inventory.participant_seats("Marie Tremblay") == (a4,)


def test_the_cart_that_has_a_seat_is_the_only_one_to_sell_or_remove_it() -> None:
    inventory = SeatInventory(small_map())
    a1 = sid("A", 1)
    inventory.add_to_cart([a1], "c1")
    error = raises("seat_taken", lambda: inventory.add_to_cart([a1], "c2"))
    assert error.params["state"] == "in_cart"
    assert raises("seat_taken", lambda: inventory.sell([a1], "c2")).params["seat_id"] == a1
    raises("seat_not_in_cart", lambda: inventory.remove_from_cart([a1], "c2"))
    raises("seat_not_in_cart", lambda: inventory.sell([sid("A", 2)], "c1"))
    assert inventory.cart_seats("c1") == (a1,)
    assert inventory.cart_seats("c2") == ()
    inventory.remove_from_cart([a1], "c1")
    assert inventory.state(a1) is FREE


def test_release_cart_frees_every_seat_of_that_cart_only() -> None:
    inventory = SeatInventory(small_map())
    inventory.add_to_cart([sid("A", 3), sid("A", 1)], "c1")
    inventory.add_to_cart([sid("B", 1)], "c2")
    assert inventory.release_cart("c1") == (sid("A", 1), sid("A", 3))
    assert inventory.release_cart("c1") == ()
    assert inventory.counts()[IN_CART] == 1
    assert inventory.cart_seats("c2") == (sid("B", 1),)


def test_bad_arguments() -> None:
    inventory = SeatInventory(small_map())
    raises("seat_cart_required", lambda: inventory.add_to_cart([sid("A", 1)], " "))
    raises("seat_cart_required", lambda: inventory.sell([sid("A", 1)], ""))
    raises("seat_selection_empty", lambda: inventory.hold([]))
    raises("seat_unknown", lambda: inventory.hold(["nope"]))
    raises("seat_unknown", lambda: inventory.status("nope"))
    raises("seat_participant_required", lambda: inventory.assign([sid("A", 1)], "   "))
    error = raises("seat_participant_too_long", lambda: inventory.assign([sid("A", 1)], "x" * 121))
    assert error.params == {"length": 121, "maximum": 120}
    raises("seat_note_too_long", lambda: inventory.hold([sid("A", 1)], note="x" * 201))
    raises("seat_note_too_long", lambda: inventory.block([sid("A", 1)], note="x" * 201))
    assert inventory.counts()[FREE] == 10
    # one id given as a plain string is one seat, not its characters
    assert inventory.hold(sid("A", 1)) == (sid("A", 1),)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"state": IN_CART},
        {"state": FREE, "cart_id": "c1"},
        {"state": HELD, "order_id": "o1"},
        {"state": FREE, "participant": "Marie"},
        {"state": SOLD, "note": "x"},
    ],
)
def test_inconsistent_status_is_refused(kwargs: dict[str, object]) -> None:
    raises("seat_status_invalid", lambda: SeatStatus(**kwargs))  # type: ignore[arg-type]


# ------------------------------------------------------------------ inventory: several seats


def test_several_seats_are_all_or_nothing_and_the_error_names_the_first_refused() -> None:
    inventory = SeatInventory(small_map())
    a = [sid("A", n) for n in range(1, 5)]
    inventory.sell_direct([a[2]])
    inventory.hold([a[3]])
    before = dict(inventory.statuses())
    error = raises("seat_taken", lambda: inventory.add_to_cart(a, "c1"))
    assert error.params == {
        "seat": "Parterre, rangée A, siège 3",
        "seat_id": a[2],
        "state": "sold",
        "refused": 2,
    }
    assert dict(inventory.statuses()) == before
    assert inventory.cart_seats("c1") == ()
    assert inventory.free_count == 8
    # the same for every kind of operation
    raises("seat_taken", lambda: inventory.hold(a))
    raises("seat_taken", lambda: inventory.assign(a, "Jean Roy"))
    raises("seat_taken", lambda: inventory.block(a))
    raises("seat_not_sold", lambda: inventory.refund(a))
    raises("seat_not_held", lambda: inventory.release(a))
    assert dict(inventory.statuses()) == before
    # a seat given twice counts once
    assert inventory.add_to_cart([a[0], a[1], a[0]], "c1") == (a[0], a[1])
    assert inventory.count(IN_CART) == 2


def test_check_says_what_an_operation_would_do_without_doing_it() -> None:
    inventory = SeatInventory(small_map())
    inventory.hold([sid("A", 1)])
    assert inventory.check(SeatAction.ADD_TO_CART, [sid("A", 2)]) == (sid("A", 2),)
    raises("seat_taken", lambda: inventory.check(SeatAction.ADD_TO_CART, [sid("A", 1)]))
    assert inventory.free_count == 9


def test_select_row_and_sell_a_whole_row() -> None:
    inventory = SeatInventory(small_map())
    inventory.block([sid("B", 2)])
    row = inventory.select_row("parterre", "b")
    assert row == (sid("B", 1), sid("B", 3), sid("B", 4))
    assert inventory.select_row("Parterre", "B", free_only=False) == tuple(
        sid("B", n) for n in range(1, 5)
    )
    inventory.add_to_cart(row, "c1")
    inventory.sell(row, "c1", order_id="o1")
    assert inventory.select_row("Parterre", "B") == ()
    assert inventory.seats_in(SOLD) == row
    assert inventory.seats_in(BLOCKED) == (sid("B", 2),)
    assert len(inventory.seats_in(FREE)) == 6
    raises("seat_row_unknown", lambda: inventory.select_row("Parterre", "Z"))


def test_counts_states_and_reload_from_statuses() -> None:
    inventory = SeatInventory(small_map(), occurrence_id="occ-1")
    inventory.add_to_cart([sid("A", 1)], "c1")
    inventory.sell_direct([sid("A", 2)])
    inventory.hold([sid("A", 3)], note="Médias")
    inventory.block([sid("A", 4)])
    assert inventory.counts() == {FREE: 6, IN_CART: 1, SOLD: 1, HELD: 1, BLOCKED: 1}
    assert inventory.free_count == 6
    states = inventory.states()
    assert list(states) == [s.id for s in inventory.seat_map]
    assert Counter(states.values()) == Counter(inventory.counts())
    reloaded = SeatInventory(inventory.seat_map, {**inventory.statuses(), sid("B", 1): FREE_STATUS})
    assert reloaded.statuses() == inventory.statuses()
    assert reloaded.counts() == inventory.counts()
    raises("seat_unknown", lambda: SeatInventory(inventory.seat_map, {"nope": FREE_STATUS}))
    copy = inventory.copy()
    copy.release([sid("A", 3)])
    assert inventory.state(sid("A", 3)) is HELD
    assert copy.occurrence_id == "occ-1"
    with pytest.raises(TypeError):
        inventory.statuses()["x"] = FREE_STATUS  # type: ignore[index]


def test_cancel_is_refund() -> None:
    inventory = SeatInventory(small_map())
    inventory.assign([sid("A", 1)], "Marie")
    assert inventory.cancel([sid("A", 1)]) == (sid("A", 1),)
    assert inventory.state(sid("A", 1)) is FREE


# --------------------------------------------------------------------------- CSV import

GOOD_CSV = """section,row,number,x,y,accessible
Parterre,A,1,-1.5,2,oui
Parterre,A,2,1.5,2,non
Parterre,B,1,-1.5,3.2,
Balcon,A,12A,0,10,true
"""


def test_parse_a_good_file() -> None:
    seats = parse_seat_csv(GOOD_CSV)
    assert [(s.section, s.row, s.number, s.x, s.y, s.accessible) for s in seats] == [
        ("Parterre", "A", "1", -1.5, 2.0, True),
        ("Parterre", "A", "2", 1.5, 2.0, False),
        ("Parterre", "B", "1", -1.5, 3.2, False),
        ("Balcon", "A", "12A", 0.0, 10.0, True),
    ]
    assert seats[0].id == "Parterre/A/1"
    seat_map = seat_map_from_csv("v", "Salle", GOOD_CSV.splitlines())
    assert len(seat_map) == 4 and seat_map.name == "Salle"


def test_parse_a_french_spreadsheet_export() -> None:
    text = (
        "\ufeffNuméro;Rangée;Section;X;Y;Accessibilité;Commentaire\r\n"
        "1;a;Parterre;-1,5;2;Oui;près de la porte\r\n"
        "\r\n"
        "2;a;Parterre;1,5;2;NON\r\n"
        '3;a;"Parterre";2,5;2;0\r\n'
        "4;a;Parterre;3,5;2;1\r\n"
        "5;a;Parterre;4,5;2;faux\r\n"
    )
    seats = parse_seat_csv(text)
    assert [(s.number, s.x, s.accessible) for s in seats] == [
        ("1", -1.5, True),
        ("2", 1.5, False),
        ("3", 2.5, False),
        ("4", 3.5, True),
        ("5", 4.5, False),
    ]
    assert {s.row for s in seats} == {"A"}


def test_the_example_of_the_docs_and_other_header_spellings() -> None:
    example = (
        "section;rangée;numéro;x;y;accessible\n"
        "Parterre;A;1;-2;2;oui\n"
        "Parterre;A;2;2;2;non\n"
        "Parterre;B;1;-2;3,2;\n"
        "Balcon;A;12A;0;10;non\n"
    )
    assert [s.id for s in parse_seat_csv(example)] == [
        "Parterre/A/1",
        "Parterre/A/2",
        "Parterre/B/1",
        "Balcon/A/12A",
    ]
    seats = parse_seat_csv("Section,Rang,N°,Zone tarifaire,PMR\nP,a,1,z1,o\n")
    assert (seats[0].row, seats[0].number, seats[0].accessible) == ("A", "1", True)


def test_file_without_coordinates_is_laid_out_on_a_grid_by_row() -> None:
    text = (
        "section,rangée,numéro\n"
        "Parterre,A,2\nParterre,A,1\nParterre,B,1\nParterre,B,2\nParterre,B,3\nBalcon,A,1\n"
    )
    seats = {(s.section, s.row, s.number): (s.x, s.y) for s in parse_seat_csv(text)}
    assert seats[("Parterre", "A", "1")] == (0.5, 0.0)  # centred on the widest row (3 seats)
    assert seats[("Parterre", "A", "2")] == (1.5, 0.0)
    assert [seats[("Parterre", "B", n)] for n in "123"] == [(0.0, 1.2), (1.0, 1.2), (2.0, 1.2)]
    assert seats[("Balcon", "A", "1")] == (1.0, 4.4)  # after a section gap
    # empty x and y on every line is the same as no coordinate columns
    assert parse_seat_csv("section,row,number,x,y\nP,A,1,,\n")[0].x == 0.0


def test_grid_layout_keeps_the_given_order() -> None:
    seats = grid_layout([("P", "A", "2", False), ("P", "A", "1", True)])
    assert [(s.number, s.x, s.accessible) for s in seats] == [("2", 1.0, False), ("1", 0.0, True)]


@pytest.mark.parametrize(
    ("text", "params"),
    [
        ("row,number\nA,1\n", {"missing": "section"}),
        ("x,y,accessible\n1,2,oui\n", {"missing": "section, row, number"}),
        ("Parterre,A,1\nParterre,A,2\n", {"missing": "section, row, number"}),
        ("section,rangée,row,number\nP,A,A,1\n", {"duplicate": "row"}),
        ("section,row,number,x\nP,A,1,0\n", {"missing": "y"}),
        ("section,row,number,y\nP,A,1,0\n", {"missing": "x"}),
    ],
)
def test_bad_header(text: str, params: dict[str, str]) -> None:
    assert raises("seatmap_csv_header", lambda: parse_seat_csv(text)).params == params


@pytest.mark.parametrize(
    ("body", "line", "reason", "value"),
    [
        ("P,A,1,0,0,non\nP,A,douze,1,0,non\n", 3, "number", "douze"),
        ("P,A,1,0,0,non\nP,A,0,1,0,non\n", 3, "number", "0"),
        ("P,A,1,0,0,non\n\nP,A,2,1,0,non\np,a,01,2,0,non\n", 5, "duplicate", "p A 1"),
        ("P,A,1,0,0,non\nP,A,2,un,0,non\n", 3, "coordinate", "un"),
        ("P,A,1,0,nan,non\n", 2, "coordinate", "nan"),
        ("P,A,1,0,1e9,non\n", 2, "coordinate", "1e9"),
        ("P,A,1,0,0,peut-être\n", 2, "accessible", "peut-être"),
        (",A,1,0,0,non\n", 2, "section", ""),
        ("P,,1,0,0,non\n", 2, "row", ""),
        ("P,ABCDEFGHIJK,1,0,0,non\n", 2, "row", "ABCDEFGHIJK"),
        ("P,A\n", 2, "columns", "2"),
        ("P,A,1,0,0,non\nP,A,2,,,non\nP,A,3,2,0,non\n", 3, "coordinate_missing", ""),
        ("P,A,1,,,non\nP,A,2,1,0,non\n", 2, "coordinate_missing", ""),
    ],
)
def test_bad_line_names_its_line_and_reason(body: str, line: int, reason: str, value: str) -> None:
    error = raises(
        "seatmap_csv_line", lambda: parse_seat_csv("section,row,number,x,y,accessible\n" + body)
    )
    assert (error.params["line"], error.params["reason"], error.params["value"]) == (
        line,
        reason,
        value,
    )
    if reason == "duplicate":
        assert error.params["first_line"] == 2


@pytest.mark.parametrize("ending", ["\n", "\r\n", "\r"])
def test_line_numbers_count_physical_lines_with_any_line_ending(ending: str) -> None:
    lines = ["section,row,number", "P,A,1", "", "P,A,\x0c2", "P,A,zz"]
    error = raises("seatmap_csv_line", lambda: parse_seat_csv(ending.join(lines) + ending))
    assert error.params["line"] == 5
    error = raises("seatmap_csv_line", lambda: parse_seat_csv(lines))
    assert error.params["line"] == 5


@pytest.mark.parametrize(
    "text", ["", "  \n\n", "section,row,number\n", "section,row,number\n\n,,\n"]
)
def test_empty_file(text: str) -> None:
    raises("seatmap_empty", lambda: parse_seat_csv(text))


def test_too_many_seats(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(seating, "MAX_SEATS", 2)
    error = raises(
        "seatmap_too_large", lambda: parse_seat_csv("section,row,number\nP,A,1\nP,A,2\nP,A,3\n")
    )
    assert error.params == {"seats": 3, "maximum": 2}


def test_format_then_parse_gives_the_same_seats() -> None:
    seat_map = demo_theatre_map()
    assert parse_seat_csv(format_seat_csv(seat_map)) == seat_map.seats
    odd = [make_seat('Salle "A"; côté, cour', "A", "1", 0.1, 0.2, True)]
    assert parse_seat_csv(format_seat_csv(odd)) == tuple(odd)


names = st.text(alphabet="abcAB é,;\"'/%-", min_size=1, max_size=8).filter(lambda t: t.strip())


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            names,
            st.sampled_from(["A", "B", "AA", "1"]),
            st.integers(1, 99_999),
            st.floats(-1e5, 1e5, allow_nan=False),
            st.floats(-1e5, 1e5, allow_nan=False),
            st.booleans(),
        ),
        min_size=1,
        max_size=20,
        unique_by=lambda t: (" ".join(t[0].split()).casefold(), t[1], t[2]),
    )
)
def test_csv_round_trip_property(rows: list[tuple[str, str, int, float, float, bool]]) -> None:
    seats = [make_seat(s, r, str(n), x, y, a) for s, r, n, x, y, a in rows]
    assert parse_seat_csv(format_seat_csv(seats)) == tuple(seats)


# --------------------------------------------------------------------------- generated maps


def test_demo_theatre_map() -> None:
    seat_map = demo_theatre_map("venue-demo")
    assert seat_map.venue_id == "venue-demo"
    assert 750 <= len(seat_map) <= 850
    assert seat_map.sections() == ("Parterre", "Balcon")
    assert len(seat_map.rows("Parterre")) == 20 and len(seat_map.rows("Balcon")) == 8
    assert sum(1 for s in seat_map if s.section == "Parterre") == 480
    # French numbering in the orchestra: odd on the left of the centre aisle, even on the right
    front = seat_map.row_seats("Parterre", "A")
    numbers = [int(s.number) for s in front]
    assert numbers[:10] == [19, 17, 15, 13, 11, 9, 7, 5, 3, 1]
    assert numbers[10:] == [2, 4, 6, 8, 10, 12, 14, 16, 18, 20]
    gap = front[10].x - front[9].x
    assert gap > 2 * (front[1].x - front[0].x)  # the centre aisle
    accessible = seat_map.accessible_seats()
    assert 4 <= len(accessible) <= 12
    for seat in accessible:  # at the ends of rows or by the aisle
        row = seat_map.row_seats(seat.section, seat.row)
        position = row.index(seat)
        assert position in (0, len(row) - 1) or seat.number in ("1", "2")
    assert len({s.id for s in seat_map}) == len(seat_map)


def test_generated_map_for_benchmarks() -> None:
    seat_map = generated_map("bench", 5000)
    assert len(seat_map) == 5000
    assert len(seat_map.sections()) == 5
    assert seat_map.rows("Section 1")[:3] == ("A", "B", "C")
    assert len(seat_map.row_seats("Section 5", "T")) == 50
    assert seat_map.accessible_seats()
    partial = generated_map("v", 7, per_row=3, rows=2)
    sizes = [len(partial.row_seats(s, r)) for s in partial.sections() for r in partial.rows(s)]
    assert sizes == [3, 3, 1]
    for bad in (0, -1, MAX_SEATS + 1):
        with pytest.raises(DomainError) as info:
            generated_map("v", bad)
        assert info.value.code == "seatmap_size_invalid"


def test_selecting_on_a_5000_seat_map() -> None:
    inventory = SeatInventory(generated_map("bench", 5000))
    row = inventory.select_row("Section 3", "K")
    inventory.add_to_cart(row, "c1")
    inventory.sell(row, "c1")
    assert inventory.counts()[SOLD] == 50
    assert inventory.free_count == 4950


# --------------------------------------------------------------------------- random sequences

MACHINE_MAP = generated_map("machine", 12, per_row=4, rows=3)
MACHINE_IDS = [seat.id for seat in MACHINE_MAP]
CARTS = ["c1", "c2"]
ALLOWED_FROM = {
    action: frozenset(s for s, t in row.items() if isinstance(t, SeatState))
    for action, row in EXPECTED.items()
}


class SeatMachine(RuleBasedStateMachine):
    """Random operations against a naive model; every invariant checked after each step."""

    def __init__(self) -> None:
        super().__init__()
        self.inventory = SeatInventory(MACHINE_MAP)
        self.model: dict[str, tuple[SeatState, str | None]] = {i: (FREE, None) for i in MACHINE_IDS}
        self.sales: Counter[str] = Counter()  # times each seat was sold minus refunded

    def allowed(self, action: SeatAction, seat_id: str, cart: str | None) -> bool:
        state, owner = self.model[seat_id]
        if state not in ALLOWED_FROM[action]:
            return False
        return state is not IN_CART or owner == cart

    def attempt(
        self,
        action: SeatAction,
        ids: list[str],
        call: Callable[[], object],
        cart: str | None = None,
    ) -> None:
        before = dict(self.inventory.statuses())
        ok = all(self.allowed(action, i, cart) for i in ids)
        try:
            call()
        except DomainError as error:
            assert not ok, error
            assert dict(self.inventory.statuses()) == before  # all or nothing
            assert error.params["seat_id"] in ids
            assert not self.allowed(action, error.params["seat_id"], cart)
            assert error.params["seat"] == seat_label(MACHINE_MAP.seat(error.params["seat_id"]))
            return
        assert ok, (action, ids)
        target = TRANSITIONS[action][1]
        for seat_id in dict.fromkeys(ids):
            if target is SOLD:
                self.sales[seat_id] += 1
            if action is SeatAction.REFUND:
                self.sales[seat_id] -= 1
            self.model[seat_id] = (target, cart if target is IN_CART else None)

    seats = st.lists(st.sampled_from(MACHINE_IDS), min_size=1, max_size=4)
    carts = st.sampled_from(CARTS)

    @rule(ids=seats, cart=carts)
    def add_to_cart(self, ids: list[str], cart: str) -> None:
        self.attempt(
            SeatAction.ADD_TO_CART, ids, lambda: self.inventory.add_to_cart(ids, cart), cart
        )

    @rule(ids=seats, cart=carts)
    def remove_from_cart(self, ids: list[str], cart: str) -> None:
        self.attempt(
            SeatAction.REMOVE_FROM_CART,
            ids,
            lambda: self.inventory.remove_from_cart(ids, cart),
            cart,
        )

    @rule(ids=seats, cart=carts)
    def sell(self, ids: list[str], cart: str) -> None:
        self.attempt(SeatAction.SELL, ids, lambda: self.inventory.sell(ids, cart), cart)

    @rule(cart=carts)
    def sell_whole_cart(self, cart: str) -> None:
        ids = list(self.inventory.cart_seats(cart))
        if ids:
            self.attempt(SeatAction.SELL, ids, lambda: self.inventory.sell(ids, cart), cart)

    @rule(ids=seats)
    def sell_direct(self, ids: list[str]) -> None:
        self.attempt(SeatAction.SELL_DIRECT, ids, lambda: self.inventory.sell_direct(ids))

    @rule(ids=seats)
    def refund(self, ids: list[str]) -> None:
        self.attempt(SeatAction.REFUND, ids, lambda: self.inventory.refund(ids))

    @rule(ids=seats)
    def hold(self, ids: list[str]) -> None:
        self.attempt(SeatAction.HOLD, ids, lambda: self.inventory.hold(ids, note="Groupe"))

    @rule(ids=seats)
    def block(self, ids: list[str]) -> None:
        self.attempt(SeatAction.BLOCK, ids, lambda: self.inventory.block(ids))

    @rule(ids=seats)
    def release(self, ids: list[str]) -> None:
        self.attempt(SeatAction.RELEASE, ids, lambda: self.inventory.release(ids))

    @rule(ids=seats, name=st.sampled_from(["Marie", "Jean"]))
    def assign(self, ids: list[str], name: str) -> None:
        self.attempt(SeatAction.ASSIGN, ids, lambda: self.inventory.assign(ids, name))

    # targeted rules: pick among seats already in the right state, so that the less likely
    # transitions (release, remove, refund) succeed often, sometimes mixed with one random seat
    @rule(data=st.data(), state=st.sampled_from([HELD, BLOCKED, SOLD, IN_CART]))
    def undo_some(self, data: st.DataObject, state: SeatState) -> None:
        candidates = list(self.inventory.seats_in(state))
        if not candidates:
            return
        ids = data.draw(st.lists(st.sampled_from(candidates), min_size=1, max_size=3))
        if data.draw(st.integers(0, 3)) == 0:
            ids.append(data.draw(st.sampled_from(MACHINE_IDS)))
        if state is SOLD:
            self.attempt(SeatAction.REFUND, ids, lambda: self.inventory.refund(ids))
        elif state is IN_CART:
            cart = self.inventory.status(ids[0]).cart_id
            assert cart is not None
            self.attempt(
                SeatAction.REMOVE_FROM_CART,
                ids,
                lambda: self.inventory.remove_from_cart(ids, cart),
                cart,
            )
        else:
            self.attempt(SeatAction.RELEASE, ids, lambda: self.inventory.release(ids))

    @rule(cart=carts)
    def release_cart(self, cart: str) -> None:
        freed = self.inventory.release_cart(cart)
        expected = [i for i in MACHINE_IDS if self.model[i] == (IN_CART, cart)]
        assert list(freed) == expected
        for seat_id in freed:
            self.model[seat_id] = (FREE, None)

    @rule(section=st.sampled_from(MACHINE_MAP.sections()), row=st.sampled_from(["A", "B", "C"]))
    def select_row(self, section: str, row: str) -> None:
        if row not in MACHINE_MAP.rows(section):
            return
        selected = self.inventory.select_row(section, row)
        assert all(self.model[i][0] is FREE for i in selected)
        row_ids = {s.id for s in MACHINE_MAP.row_seats(section, row)}
        assert set(selected) == {i for i in row_ids if self.model[i][0] is FREE}

    @invariant()
    def counts_sum_to_the_number_of_seats(self) -> None:
        counts = self.inventory.counts()
        assert sum(counts.values()) == len(MACHINE_MAP)
        assert all(n >= 0 for n in counts.values())
        assert counts == {
            s: sum(1 for st_, _ in self.model.values() if st_ is s) for s in SeatState
        }
        assert self.inventory.free_count == counts[FREE]

    @invariant()
    def states_match_the_model(self) -> None:
        for seat_id, (state, cart) in self.model.items():
            status = self.inventory.status(seat_id)
            assert status.state is state
            assert status.cart_id == cart

    @invariant()
    def a_seat_is_never_sold_twice(self) -> None:
        for seat_id in MACHINE_IDS:
            assert self.sales[seat_id] in (0, 1)
            assert (self.sales[seat_id] == 1) == (self.inventory.state(seat_id) is SOLD)


SeatMachine.TestCase.settings = settings(max_examples=150, stateful_step_count=40, deadline=None)
TestSeatMachine = SeatMachine.TestCase


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(list(SeatAction)),
            st.lists(st.sampled_from(MACHINE_IDS), min_size=1, max_size=5),
        ),
        max_size=40,
    )
)
def test_random_sequences_never_sell_a_seat_twice(ops: list[tuple[SeatAction, list[str]]]) -> None:
    inventory = SeatInventory(MACHINE_MAP)
    sold_to: dict[str, int] = {}
    for step, (action, ids) in enumerate(ops):
        before = inventory.states()
        try:
            changed = run(inventory, action, ids)
        except DomainError:
            assert inventory.states() == before
            continue
        assert set(changed) == set(ids)
        for seat_id in changed:
            if TRANSITIONS[action][1] is SOLD:
                assert seat_id not in sold_to, "sold twice"
                sold_to[seat_id] = step
            elif action is SeatAction.REFUND:
                del sold_to[seat_id]
        assert set(sold_to) == set(inventory.seats_in(SOLD))
        assert sum(inventory.counts().values()) == len(MACHINE_MAP)
