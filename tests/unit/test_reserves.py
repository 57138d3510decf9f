"""The pure capacity-reserve rules of issue 5: every rule as a unit test, plus properties."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from typing import TypedDict

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guichet.domain.auth import Role
from guichet.domain.cart import MAX_QUANTITY_PER_LINE, ensure_places
from guichet.domain.errors import DomainError
from guichet.domain.reserves import (
    Availability,
    Participant,
    Reserve,
    ReserveAccess,
    ReserveAction,
    ReserveChange,
    ReserveKind,
    ReserveQuantity,
    availability,
    cancel_draw,
    draw,
    ensure_access,
    ensure_may_manage,
    general_available,
    may_use,
    release,
    reserve_remaining,
    reserves_holding,
    set_held_back,
    set_quantity,
    total_drawn,
    usable_reserves,
    validate_reserve_for_tariff,
)

NOW = datetime(2025, 3, 14, 19, 30, tzinfo=timezone(timedelta(hours=-4)))
OCC = "occ-1"

MEDIA = Reserve("r-media", "Média", ReserveKind.WITH_ACCESS, category_id="cat-media")
ARTISTS = Reserve(
    "r-artists",
    "Artistes",
    ReserveKind.WITH_ACCESS,
    category_id="cat-invite",
    access=ReserveAccess.SELECTED,
    user_ids=frozenset({"alice"}),
)
HOLD = Reserve("r-hold", "Producteur", ReserveKind.WITHOUT_ACCESS)


def q(held: int, drawn: int = 0, reserve_id: str = "r-media") -> ReserveQuantity:
    return ReserveQuantity(OCC, reserve_id, held, drawn)


class Who(TypedDict):
    user_id: str
    role: Role
    now: datetime


def sup() -> Who:
    return {"user_id": "sam", "role": Role.SUPERVISOR, "now": NOW}


def refusal(exc: pytest.ExceptionInfo[DomainError]) -> tuple[str, dict[str, object]]:
    return exc.value.code, exc.value.params


# --------------------------------------------------------------------------- definitions


def test_reserve_kinds_and_access_defaults() -> None:
    assert MEDIA.access is ReserveAccess.ALL_USERS
    assert MEDIA.user_ids == frozenset()
    assert HOLD.category_id is None
    assert Reserve("x", "  Média  ", ReserveKind.WITHOUT_ACCESS).name == "Média"


def test_reserve_needs_a_name() -> None:
    with pytest.raises(DomainError) as exc:
        Reserve("x", "   ", ReserveKind.WITHOUT_ACCESS)
    assert exc.value.code == "reserve_name_required"


def test_reserve_with_access_needs_a_category() -> None:
    with pytest.raises(DomainError) as exc:
        Reserve("x", "Média", ReserveKind.WITH_ACCESS)
    assert refusal(exc) == ("reserve_category_required", {"reserve_name": "Média"})


def test_reserve_without_access_has_no_category() -> None:
    with pytest.raises(DomainError) as exc:
        Reserve("x", "Bloc", ReserveKind.WITHOUT_ACCESS, category_id="cat")
    assert exc.value.code == "reserve_category_not_allowed"


def test_all_users_access_lists_no_users() -> None:
    with pytest.raises(DomainError) as exc:
        Reserve("x", "Média", ReserveKind.WITH_ACCESS, "cat", user_ids=frozenset({"bob"}))
    assert exc.value.code == "reserve_users_not_allowed"


def test_selected_access_with_nobody_is_owner_only() -> None:
    r = Reserve("x", "Secret", ReserveKind.WITH_ACCESS, "cat", ReserveAccess.SELECTED)
    assert not may_use(r, "sam", Role.SUPERVISOR)
    assert may_use(r, "olga", Role.OWNER)


@pytest.mark.parametrize("role", list(Role))
def test_all_users_reserve_is_usable_by_every_role(role: Role) -> None:
    assert may_use(MEDIA, "anyone", role)


def test_selected_reserve_is_usable_by_listed_users_only() -> None:
    assert may_use(ARTISTS, "alice", Role.CASHIER)
    assert not may_use(ARTISTS, "bob", Role.CASHIER)
    assert not may_use(ARTISTS, "sam", Role.SUPERVISOR)  # supervisors get no automatic access


def test_owner_always_has_access() -> None:
    assert may_use(ARTISTS, "olga", Role.OWNER)
    ensure_access(ARTISTS, "olga", Role.OWNER)


def test_ensure_access_refuses_with_reserve_forbidden() -> None:
    with pytest.raises(DomainError) as exc:
        ensure_access(ARTISTS, "bob", Role.CASHIER)
    assert refusal(exc) == (
        "reserve_forbidden",
        {"reserve_id": "r-artists", "reserve_name": "Artistes", "user_id": "bob"},
    )


def test_only_owner_and_supervisor_manage_quantities() -> None:
    ensure_may_manage(Role.OWNER)
    ensure_may_manage(Role.SUPERVISOR)
    with pytest.raises(DomainError) as exc:
        ensure_may_manage(Role.CASHIER)
    assert refusal(exc) == ("reserve_manage_forbidden", {"role": "cashier"})


def test_usable_reserves_lists_reserves_with_access_the_user_may_use() -> None:
    reserves = [MEDIA, ARTISTS, HOLD]
    assert usable_reserves(reserves, "bob", Role.CASHIER) == [MEDIA]
    assert usable_reserves(reserves, "alice", Role.CASHIER) == [MEDIA, ARTISTS]
    assert usable_reserves(reserves, "olga", Role.OWNER) == [MEDIA, ARTISTS]


def test_reserve_with_access_on_seated_tariff_is_refused() -> None:
    with pytest.raises(DomainError) as exc:
        validate_reserve_for_tariff(MEDIA, tariff_is_seated=True)
    assert refusal(exc) == (
        "reserve_on_seated_tariff",
        {"reserve_name": "Média", "category_id": "cat-media"},
    )
    validate_reserve_for_tariff(MEDIA, tariff_is_seated=False)
    validate_reserve_for_tariff(HOLD, tariff_is_seated=True)  # not tied to a tariff


def test_participant_is_normalised() -> None:
    p = Participant("  Marie Tremblay ", email=" ", phone="", note=" loge 3 ")
    assert (p.name, p.email, p.phone, p.note) == ("Marie Tremblay", None, None, "loge 3")
    p = Participant("Marie", email="marie@example.ca", phone="+1 (514) 555-0199")
    assert p.email == "marie@example.ca"


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        ({"name": "  "}, "participant_name_required"),
        ({"name": "Marie", "email": "marie@"}, "participant_email_invalid"),
        ({"name": "Marie", "email": "marie example.ca"}, "participant_email_invalid"),
        ({"name": "Marie", "phone": "555"}, "participant_phone_invalid"),
        ({"name": "Marie", "phone": "514-555-ABCD"}, "participant_phone_invalid"),
        ({"name": "Marie", "phone": "1" * 16}, "participant_phone_invalid"),
    ],
)
def test_participant_refusals(kwargs: dict[str, str], code: str) -> None:
    with pytest.raises(DomainError) as exc:
        Participant(**kwargs)
    assert exc.value.code == code


# --------------------------------------------------------------------------- arithmetic


def test_quantity_invariant_is_enforced() -> None:
    with pytest.raises(ValueError):
        ReserveQuantity(OCC, "r", held=2, drawn=3)
    with pytest.raises(ValueError):
        ReserveQuantity(OCC, "r", held=-1)
    assert ReserveQuantity(OCC, "r") == ReserveQuantity(OCC, "r", 0, 0)


def test_reserve_remaining_is_held_minus_drawn() -> None:
    assert reserve_remaining(q(10, 3)) == 7
    assert q(10, 10).remaining == 0


def test_general_availability_worked_example() -> None:
    # 100 seats; 30 sold (4 of them drawn from Média); Média holds 10 (4 drawn),
    # Producteur holds 5 (without access), 2 held back: 100 - 30 - 6 - 5 - 2 = 57.
    quantities = [q(10, 4), q(5, 0, "r-hold")]
    assert general_available(100, 30, quantities, held_back=2) == 57
    a = availability(100, 30, quantities, held_back=2)
    assert a == Availability(capacity=100, sold=30, reserved=11, held_back=2)
    assert a.general == 57 and a.oversold == 0
    assert a.general + a.reserved + a.held_back + a.sold == a.capacity
    assert total_drawn(quantities) == 4


def test_general_availability_is_never_negative() -> None:
    # capacity lowered to 20 after 25 were sold
    assert general_available(20, 25, [q(5)], held_back=3) == 0
    assert availability(20, 25, [q(5)], held_back=3).oversold == 13


def test_general_availability_rejects_negative_counts() -> None:
    with pytest.raises(ValueError):
        general_available(-1, 0, [])
    with pytest.raises(ValueError):
        general_available(10, -1, [])
    with pytest.raises(ValueError):
        availability(10, 0, [], held_back=-1)


def test_reserves_holding_excludes_one_reserve() -> None:
    quantities = [q(10, 4), q(5, 0, "r-hold")]
    assert reserves_holding(quantities) == 11
    assert reserves_holding(quantities, 2) == 13
    assert reserves_holding(quantities, 2, excluding="r-media") == 7


def test_sales_window_sells_only_general_availability() -> None:
    general = general_available(10, 0, [q(8)])
    ensure_places(general, 2)
    with pytest.raises(DomainError) as exc:
        ensure_places(general, 3)
    assert refusal(exc) == ("capacity_exceeded", {"remaining": 2, "requested": 3})


# --------------------------------------------------------------------------- set_quantity


def test_raise_a_quantity_records_the_change() -> None:
    before = q(5, 2)
    after, change = set_quantity(before, 8, capacity=100, sold=10, others_held=0, **sup())
    assert after == q(8, 2)
    assert change == ReserveChange(
        action=ReserveAction.SET_QUANTITY,
        occurrence_id=OCC,
        reserve_id="r-media",
        user_id="sam",
        at=NOW,
        held_before=5,
        held_after=8,
        drawn_before=2,
        drawn_after=2,
    )
    assert change.changed and change.remaining_before == 3 and change.remaining_after == 6


def test_lower_a_quantity_down_to_what_was_drawn() -> None:
    after, change = set_quantity(q(10, 4), 4, capacity=100, sold=4, others_held=0, **sup())
    assert after == q(4, 4) and change.held_after == 4


def test_lowering_under_drawn_is_refused() -> None:
    with pytest.raises(DomainError) as exc:
        set_quantity(q(10, 4), 3, capacity=100, sold=4, others_held=0, **sup())
    assert refusal(exc) == ("reserve_below_drawn", {"drawn": 4, "requested": 3})


@pytest.mark.parametrize("new_held", [-1, -100, 101, 10**9])
def test_negative_or_absurd_quantity_is_refused(new_held: int) -> None:
    with pytest.raises(DomainError) as exc:
        set_quantity(q(0), new_held, capacity=100, sold=0, others_held=0, **sup())
    assert refusal(exc) == ("reserve_quantity_invalid", {"quantity": new_held, "maximum": 100})


def test_holding_more_than_is_free_is_refused() -> None:
    # 100 seats, 60 sold (2 drawn here), other reserves and held back 20, this one holds 5 (2
    # drawn, 3 remaining): general = 100 - 60 - 20 - 3 = 17, so held may go up to 5 + 17 = 22.
    current = q(5, 2)
    after, _ = set_quantity(current, 22, capacity=100, sold=60, others_held=20, **sup())
    assert after.held == 22
    with pytest.raises(DomainError) as exc:
        set_quantity(current, 23, capacity=100, sold=60, others_held=20, **sup())
    assert refusal(exc) == (
        "capacity_exceeded",
        {"remaining": 17, "requested": 18, "maximum": 22},
    )


def test_lowering_is_allowed_on_an_oversold_occurrence_but_raising_is_not() -> None:
    after, _ = set_quantity(q(10, 2), 5, capacity=50, sold=55, others_held=0, **sup())
    assert after == q(5, 2)
    with pytest.raises(DomainError) as exc:
        set_quantity(q(10, 2), 11, capacity=50, sold=55, others_held=0, **sup())
    assert refusal(exc) == ("capacity_exceeded", {"remaining": 0, "requested": 1, "maximum": 10})


def test_setting_the_same_quantity_is_a_no_op_change() -> None:
    after, change = set_quantity(q(5, 1), 5, capacity=10, sold=1, others_held=0, **sup())
    assert after == q(5, 1) and not change.changed


def test_cashier_cannot_set_a_quantity() -> None:
    with pytest.raises(DomainError) as exc:
        set_quantity(q(0), 5, 100, 0, 0, user_id="bob", role=Role.CASHIER, now=NOW)
    assert exc.value.code == "reserve_manage_forbidden"


def test_permission_is_checked_before_the_quantity() -> None:
    with pytest.raises(DomainError) as exc:
        set_quantity(q(0), -5, 100, 0, 0, user_id="bob", role=Role.CASHIER, now=NOW)
    assert exc.value.code == "reserve_manage_forbidden"


def test_operations_need_an_aware_now() -> None:
    naive = datetime(2025, 3, 14, 19, 30)
    with pytest.raises(ValueError):
        set_quantity(q(0), 5, 100, 0, 0, user_id="sam", role=Role.SUPERVISOR, now=naive)
    with pytest.raises(ValueError):
        draw(MEDIA, q(5), 1, user_id="sam", role=Role.SUPERVISOR, now=naive)
    with pytest.raises(ValueError):
        ReserveChange(ReserveAction.RELEASE, OCC, "r", "sam", naive, 1, 1)


# --------------------------------------------------------------------------- release


def test_release_gives_what_remains_back_to_general_sale() -> None:
    before = q(10, 4)
    assert general_available(100, 4, [before]) == 90
    after, change = release(before, **sup())
    assert after == q(4, 4)
    assert general_available(100, 4, [after]) == 96
    assert (change.action, change.held_before, change.held_after) == (ReserveAction.RELEASE, 10, 4)


def test_release_a_reserve_without_access() -> None:
    after, _ = release(q(7, 0, "r-hold"), **sup())
    assert after == q(0, 0, "r-hold")


def test_release_with_nothing_left_is_a_no_op() -> None:
    after, change = release(q(3, 3), **sup())
    assert after == q(3, 3) and not change.changed


def test_cashier_cannot_release() -> None:
    with pytest.raises(DomainError) as exc:
        release(q(5), user_id="bob", role=Role.CASHIER, now=NOW)
    assert exc.value.code == "reserve_manage_forbidden"


# --------------------------------------------------------------------------- held back


def test_set_held_back() -> None:
    value, change = set_held_back(OCC, 0, 5, 100, 10, 20, **sup())
    assert value == 5
    assert change.reserve_id is None and change.action is ReserveAction.SET_HELD_BACK
    assert (change.held_before, change.held_after, change.changed) == (0, 5, True)
    released, _ = set_held_back(OCC, 5, 0, 100, 10, 20, **sup())
    assert released == 0


def test_held_back_takes_only_free_places() -> None:
    # 100 - 10 sold - 20 in reserves - 5 held back = 65 free: up to 70
    assert set_held_back(OCC, 5, 70, 100, 10, 20, **sup())[0] == 70
    with pytest.raises(DomainError) as exc:
        set_held_back(OCC, 5, 71, 100, 10, 20, **sup())
    assert refusal(exc) == ("capacity_exceeded", {"remaining": 65, "requested": 66, "maximum": 70})


@pytest.mark.parametrize("value", [-1, 101])
def test_held_back_negative_or_absurd(value: int) -> None:
    with pytest.raises(DomainError) as exc:
        set_held_back(OCC, 0, value, 100, 0, 0, **sup())
    assert exc.value.code == "reserve_quantity_invalid"


def test_cashier_cannot_hold_back() -> None:
    with pytest.raises(DomainError) as exc:
        set_held_back(OCC, 0, 1, 100, 0, 0, user_id="bob", role=Role.CASHIER, now=NOW)
    assert exc.value.code == "reserve_manage_forbidden"


# --------------------------------------------------------------------------- draw


def test_draw_moves_places_from_the_reserve_to_sold() -> None:
    marie = Participant("Marie Tremblay", email="marie@example.ca", note="Le Devoir")
    before = q(10, 0)
    general_before = general_available(100, 20, [before])
    after, change = draw(
        MEDIA, before, 3, user_id="bob", role=Role.CASHIER, now=NOW, participant=marie
    )
    assert after == q(10, 3)
    # the caller records 3 sale lines: sold 20 -> 23; general availability does not move
    assert general_available(100, 23, [after]) == general_before == 70
    assert change.action is ReserveAction.DRAW
    assert (change.quantity, change.drawn_before, change.drawn_after) == (3, 0, 3)
    assert change.participant == marie and change.note == "Le Devoir"
    assert change.user_id == "bob" and change.at == NOW


def test_draw_the_last_places() -> None:
    after, _ = draw(MEDIA, q(2, 0), 2, user_id="bob", role=Role.CASHIER, now=NOW)
    assert after.remaining == 0


def test_draw_more_than_remains_is_refused() -> None:
    with pytest.raises(DomainError) as exc:
        draw(MEDIA, q(10, 8), 3, user_id="bob", role=Role.CASHIER, now=NOW)
    assert refusal(exc) == (
        "reserve_exhausted",
        {"reserve_name": "Média", "remaining": 2, "requested": 3},
    )


@pytest.mark.parametrize("n", [0, -1])
def test_draw_a_non_positive_number_is_refused(n: int) -> None:
    with pytest.raises(DomainError) as exc:
        draw(MEDIA, q(10), n, user_id="bob", role=Role.CASHIER, now=NOW)
    assert refusal(exc) == ("quantity_not_positive", {"quantity": n})


def test_draw_more_than_a_cart_line_allows_is_refused() -> None:
    big = ReserveQuantity(OCC, "r-media", 1000)
    with pytest.raises(DomainError) as exc:
        draw(MEDIA, big, MAX_QUANTITY_PER_LINE + 1, user_id="bob", role=Role.CASHIER, now=NOW)
    assert exc.value.code == "quantity_too_large"


def test_cannot_draw_from_a_reserve_without_access() -> None:
    with pytest.raises(DomainError) as exc:
        draw(HOLD, q(5, 0, "r-hold"), 1, user_id="olga", role=Role.OWNER, now=NOW)
    assert refusal(exc) == ("reserve_without_access_cannot_draw", {"reserve_name": "Producteur"})


def test_cashier_without_access_cannot_draw() -> None:
    before = q(5, 0, "r-artists")
    with pytest.raises(DomainError) as exc:
        draw(ARTISTS, before, 1, user_id="bob", role=Role.CASHIER, now=NOW)
    assert exc.value.code == "reserve_forbidden"
    after, _ = draw(ARTISTS, before, 1, user_id="alice", role=Role.CASHIER, now=NOW)
    assert after.drawn == 1
    after, _ = draw(ARTISTS, before, 1, user_id="olga", role=Role.OWNER, now=NOW)
    assert after.drawn == 1


def test_access_is_checked_before_anything_is_revealed() -> None:
    with pytest.raises(DomainError) as exc:
        draw(ARTISTS, q(0, 0, "r-artists"), 5, user_id="bob", role=Role.CASHIER, now=NOW)
    assert exc.value.code == "reserve_forbidden"


def test_draw_with_the_quantity_of_another_reserve_is_a_programming_error() -> None:
    with pytest.raises(ValueError):
        draw(MEDIA, q(5, 0, "r-artists"), 1, user_id="olga", role=Role.OWNER, now=NOW)


def test_two_windows_drawing_the_last_places() -> None:
    # both windows saw 3 remaining; the handler applies them one after the other, each reading
    # the current state in its transaction: the second is refused and changes nothing.
    start = q(10, 7)
    first, _ = draw(MEDIA, start, 2, user_id="alice", role=Role.CASHIER, now=NOW)
    with pytest.raises(DomainError) as exc:
        draw(MEDIA, first, 2, user_id="bob", role=Role.CASHIER, now=NOW)
    assert refusal(exc)[1] == {"reserve_name": "Média", "remaining": 1, "requested": 2}
    assert first == q(10, 9)


# --------------------------------------------------------------------------- cancel


def test_cancel_a_drawn_ticket_puts_the_place_back_in_the_reserve() -> None:
    before = q(10, 4)
    after, change = cancel_draw(
        MEDIA, before, 1, user_id="bob", role=Role.CASHIER, now=NOW, note=" absent "
    )
    assert after == q(10, 3) and after.remaining == 7
    # the caller cancels the sale line: sold 4 -> 3; general availability does not move
    assert general_available(100, 3, [after]) == general_available(100, 4, [before]) == 90
    assert change.action is ReserveAction.CANCEL_DRAW
    assert (change.quantity, change.drawn_before, change.drawn_after) == (1, 4, 3)
    assert change.note == "absent"


def test_cancel_after_release_goes_back_to_the_reserve() -> None:
    released, _ = release(q(10, 4), **sup())
    after, _ = cancel_draw(MEDIA, released, 1, user_id="bob", role=Role.CASHIER, now=NOW)
    assert after == q(4, 3) and after.remaining == 1


def test_cannot_cancel_more_than_drawn() -> None:
    with pytest.raises(DomainError) as exc:
        cancel_draw(MEDIA, q(10, 2), 3, user_id="bob", role=Role.CASHIER, now=NOW)
    assert refusal(exc) == (
        "reserve_cancel_exceeds_drawn",
        {"reserve_name": "Média", "drawn": 2, "requested": 3},
    )


def test_cancel_needs_a_positive_number_and_access() -> None:
    with pytest.raises(DomainError) as exc:
        cancel_draw(MEDIA, q(10, 2), 0, user_id="bob", role=Role.CASHIER, now=NOW)
    assert exc.value.code == "quantity_not_positive"
    with pytest.raises(DomainError) as exc:
        cancel_draw(ARTISTS, q(5, 2, "r-artists"), 1, user_id="bob", role=Role.CASHIER, now=NOW)
    assert exc.value.code == "reserve_forbidden"


def test_cancel_is_allowed_on_a_reserve_that_became_without_access() -> None:
    became = Reserve("r-media", "Média", ReserveKind.WITHOUT_ACCESS)
    after, _ = cancel_draw(became, q(5, 2), 2, user_id="bob", role=Role.CASHIER, now=NOW)
    assert after == q(5, 0)


# --------------------------------------------------------------------------- properties

counts = st.integers(min_value=0, max_value=10_000)


@given(
    capacity=counts,
    sold=counts,
    held_back=counts,
    pairs=st.lists(st.tuples(counts, counts), max_size=6),
)
def test_availability_is_never_negative(
    capacity: int, sold: int, held_back: int, pairs: list[tuple[int, int]]
) -> None:
    quantities = [
        ReserveQuantity(OCC, f"r{i}", max(a, b), min(a, b)) for i, (a, b) in enumerate(pairs)
    ]
    a = availability(capacity, sold, quantities, held_back)
    assert a.general >= 0 and a.oversold >= 0
    assert a.general == general_available(capacity, sold, quantities, held_back)
    # exactly one of "free places" and "oversold" may be non-zero
    assert a.general * a.oversold == 0
    assert a.general - a.oversold == capacity - sold - a.reserved - held_back


RESERVES = (
    MEDIA,
    ARTISTS,
    Reserve("r-hold", "Producteur", ReserveKind.WITHOUT_ACCESS),
)
ACTORS = (
    ("olga", Role.OWNER),
    ("sam", Role.SUPERVISOR),
    ("alice", Role.CASHIER),
    ("bob", Role.CASHIER),
)

reserve_index = st.integers(min_value=0, max_value=len(RESERVES) - 1)
# mostly small amounts so that draws and cancels succeed often; sometimes bad or large ones
amount = st.one_of(st.integers(min_value=1, max_value=6), st.integers(min_value=-3, max_value=70))
actor = st.sampled_from(ACTORS)
operation = st.one_of(
    st.tuples(st.just("set"), reserve_index, amount, actor),
    st.tuples(st.just("draw"), reserve_index, amount, actor),
    st.tuples(st.just("cancel"), reserve_index, amount, actor),
    st.tuples(st.just("release"), reserve_index, st.just(0), actor),
    st.tuples(st.just("held_back"), st.just(0), amount, actor),
    st.tuples(st.just("sell"), st.just(0), amount, actor),
    st.tuples(st.just("refund"), st.just(0), amount, actor),
)


@dataclass
class Occurrence:
    """A model of one occurrence: what the handlers would keep in the database."""

    capacity: int
    sold_general: int = 0  # tickets sold at a price in general sale
    held_back: int = 0
    quantities: dict[str, ReserveQuantity] = field(default_factory=dict)
    history: list[ReserveChange] = field(default_factory=list)

    @property
    def sold(self) -> int:  # drawn tickets are sale lines of the occurrence too
        return self.sold_general + sum(x.drawn for x in self.quantities.values())

    def general(self) -> int:
        return general_available(self.capacity, self.sold, self.quantities.values(), self.held_back)

    def check(self) -> None:
        reserved = reserves_holding(self.quantities.values())
        for x in self.quantities.values():
            assert 0 <= x.drawn <= x.held
        assert 0 <= self.general()
        assert reserved + self.held_back <= self.capacity - self.sold
        assert self.general() + reserved + self.held_back + self.sold == self.capacity


def apply(occ: Occurrence, op: tuple[str, int, int, tuple[str, Role]]) -> str | None:
    """Apply one operation; return the refusal code or None. Checks the oracle of each rule."""
    kind, index, n, (user_id, role) = op
    reserve = RESERVES[index]
    current = occ.quantities.get(reserve.id, ReserveQuantity(OCC, reserve.id))
    general = occ.general()
    snapshot = (occ.sold_general, occ.held_back, dict(occ.quantities))
    try:
        if kind == "set":
            others = reserves_holding(occ.quantities.values(), occ.held_back, excluding=reserve.id)
            new, change = set_quantity(
                current, n, occ.capacity, occ.sold, others, user_id=user_id, role=role, now=NOW
            )
            assert role.can_supervise and 0 <= n <= occ.capacity and n >= current.drawn
            assert n - current.held <= general
            occ.quantities[reserve.id] = new
        elif kind in ("draw", "cancel"):
            fn = draw if kind == "draw" else cancel_draw
            new, change = fn(reserve, current, n, user_id=user_id, role=role, now=NOW)
            assert may_use(reserve, user_id, role) and 0 < n <= MAX_QUANTITY_PER_LINE
            if kind == "draw":
                assert reserve.kind is ReserveKind.WITH_ACCESS and n <= current.remaining
            else:
                assert n <= current.drawn
            occ.quantities[reserve.id] = new
            assert occ.general() == general  # drawing and cancelling never touch general sale
        elif kind == "release":
            new, change = release(current, user_id=user_id, role=role, now=NOW)
            assert role.can_supervise
            occ.quantities[reserve.id] = new
            assert occ.general() == general + current.remaining
        elif kind == "held_back":
            reserved = reserves_holding(occ.quantities.values())
            occ.held_back, change = set_held_back(
                OCC,
                occ.held_back,
                n,
                occ.capacity,
                occ.sold,
                reserved,
                user_id=user_id,
                role=role,
                now=NOW,
            )
            assert role.can_supervise and 0 <= n <= occ.capacity
        elif kind == "sell":
            if n <= 0:
                return "quantity_not_positive"
            ensure_places(general, n)
            occ.sold_general += n
            return None
        else:  # refund
            occ.sold_general -= max(min(n, occ.sold_general), 0)
            return None
    except DomainError as error:
        # a refusal changes nothing
        assert (occ.sold_general, occ.held_back, dict(occ.quantities)) == snapshot
        return error.code
    assert change.user_id == user_id and change.at == NOW
    occ.history.append(change)
    return None


@settings(max_examples=300)
@given(
    capacity=st.integers(min_value=0, max_value=120),
    initial=st.lists(
        st.integers(min_value=0, max_value=40), min_size=len(RESERVES), max_size=len(RESERVES)
    ),
    ops=st.lists(operation, max_size=60),
)
def test_any_sequence_of_operations_keeps_the_invariants(
    capacity: int, initial: list[int], ops: list[tuple[str, int, int, tuple[str, Role]]]
) -> None:
    occ = Occurrence(capacity)
    occ.check()
    # the owner first sets a quantity per reserve (refused when it does not fit)
    setup = [("set", i, held, ACTORS[0]) for i, held in enumerate(initial)]
    for op in setup + ops:
        code = apply(occ, op)
        occ.check()
        assert code in {
            None,
            "reserve_manage_forbidden",
            "reserve_forbidden",
            "reserve_without_access_cannot_draw",
            "reserve_quantity_invalid",
            "reserve_below_drawn",
            "capacity_exceeded",
            "reserve_exhausted",
            "reserve_cancel_exceeds_drawn",
            "quantity_not_positive",
        }
    # the history replays to the final state
    replay: dict[str, tuple[int, int]] = {}
    held_back = 0
    for change in occ.history:
        if change.reserve_id is None:
            assert change.held_before == held_back
            held_back = change.held_after
        else:
            assert replay.get(change.reserve_id, (0, 0)) == (
                change.held_before,
                change.drawn_before,
            )
            replay[change.reserve_id] = (change.held_after, change.drawn_after)
    assert held_back == occ.held_back
    assert replay == {k: (v.held, v.drawn) for k, v in occ.quantities.items()}


@given(
    held=st.integers(min_value=0, max_value=50),
    drawn=st.integers(min_value=0, max_value=50),
    draws=st.lists(st.integers(min_value=1, max_value=20), min_size=2, max_size=6),
)
def test_concurrent_draws_modelled_as_sequential_calls_never_exceed_held(
    held: int, drawn: int, draws: list[int]
) -> None:
    state = ReserveQuantity(OCC, MEDIA.id, held, min(drawn, held))
    for n in draws:
        remaining = state.remaining
        try:
            state, _ = draw(MEDIA, state, n, user_id="alice", role=Role.CASHIER, now=NOW)
        except DomainError as error:
            assert error.code == "reserve_exhausted" and n > remaining
            assert error.params == {"reserve_name": "Média", "remaining": remaining, "requested": n}
        else:
            assert n <= remaining
        assert state.drawn <= state.held == held


@given(
    capacity=st.integers(min_value=0, max_value=500),
    sold=st.integers(min_value=0, max_value=500),
    others=st.integers(min_value=0, max_value=500),
    held=st.integers(min_value=0, max_value=500),
    drawn=st.integers(min_value=0, max_value=500),
    new_held=st.integers(min_value=-10, max_value=600),
)
def test_set_quantity_accepts_exactly_what_keeps_the_counts(
    capacity: int, sold: int, others: int, held: int, drawn: int, new_held: int
) -> None:
    drawn = min(drawn, held, sold)  # drawn tickets are part of sold
    current = ReserveQuantity(OCC, MEDIA.id, held, drawn)
    before = max(capacity - sold - others - (held - drawn), 0)
    try:
        after, _ = set_quantity(current, new_held, capacity, sold, others, **sup())
    except DomainError as error:
        assert error.code in {
            "reserve_quantity_invalid",
            "reserve_below_drawn",
            "capacity_exceeded",
        }
        if error.code == "capacity_exceeded":  # refused only when it takes more than is free
            assert new_held - held > before
            assert 0 <= error.params["maximum"] < new_held
    else:
        assert 0 <= new_held <= capacity and after.held == new_held and after.drawn == drawn
        if new_held > held:  # raising only takes free places, and never oversells
            assert new_held - held <= before
            assert sold + others + after.remaining <= capacity


def test_change_times_keep_their_zone() -> None:
    at = datetime(2025, 1, 1, 12, tzinfo=UTC)
    change = ReserveChange(ReserveAction.RELEASE, OCC, "r", "sam", at, 3, 1, 1, 1)
    assert change.at.utcoffset() == timedelta(0) and change.changed


@given(
    held=st.integers(min_value=0, max_value=30),
    steps=st.lists(st.tuples(st.booleans(), st.integers(min_value=1, max_value=8)), max_size=30),
)
def test_draws_and_cancels_keep_sold_plus_remaining_constant(
    held: int, steps: list[tuple[bool, int]]
) -> None:
    state = ReserveQuantity(OCC, ARTISTS.id, held)
    for is_draw, n in steps:
        fn = draw if is_draw else cancel_draw
        try:
            state, change = fn(ARTISTS, state, n, user_id="alice", role=Role.CASHIER, now=NOW)
        except DomainError as error:
            limit = state.remaining if is_draw else state.drawn
            assert n > limit
            assert error.code == (
                "reserve_exhausted" if is_draw else "reserve_cancel_exceeds_drawn"
            )
        else:
            assert change.quantity == n
        # the drawn tickets are the reserve's sale lines: drawn + remaining is always held
        assert 0 <= state.drawn <= state.held == held
        assert state.drawn + state.remaining == held
