from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from guichet.domain import codes
from guichet.domain.auth import LockState, after_failure, ensure_not_locked, validate_pin_format
from guichet.domain.cash import CAD_DENOMINATIONS, CashBalance, count_cash
from guichet.domain.commands import (
    CloseShift,
    RefundLine,
    RefundOrder,
    SaleLine,
    SalePayment,
    SellOrder,
)
from guichet.domain.errors import DomainError
from guichet.domain.payloads import command_from_payload


def test_codes_are_long_and_use_no_lookalikes() -> None:
    code = codes.new_code()
    assert len(code) == 15
    assert not set(code) & set("01ILO")
    assert codes.validate(code) == code


def test_codes_accept_case_spaces_and_dashes() -> None:
    code = codes.new_code()
    assert codes.validate(" " + codes.display(code).lower() + " ") == code


@given(st.data())
def test_a_single_typo_or_swap_is_always_caught(data: st.DataObject) -> None:
    code = codes.new_code()
    i = data.draw(st.integers(0, len(code) - 1))
    other = data.draw(st.sampled_from([c for c in codes.ALPHABET if c != code[i]]))
    assert not codes.is_well_formed(code[:i] + other + code[i + 1 :])
    j = data.draw(st.integers(0, len(code) - 2))
    if code[j] != code[j + 1]:
        swapped = code[:j] + code[j + 1] + code[j] + code[j + 2 :]
        assert not codes.is_well_formed(swapped)


def test_malformed_code_says_check_the_code() -> None:
    with pytest.raises(DomainError) as err:
        codes.validate("HELLO-WORLD")
    assert err.value.code == "code_malformed"


def test_five_wrong_pins_lock_for_five_minutes() -> None:
    now = datetime(2026, 12, 5, 17, tzinfo=UTC)
    state = LockState(0, None)
    for _ in range(4):
        state = after_failure(state, now)
        ensure_not_locked(state, now)
    state = after_failure(state, now)
    with pytest.raises(DomainError) as err:
        ensure_not_locked(state, now + timedelta(minutes=4))
    assert err.value.code == "user_locked"
    ensure_not_locked(state, now + timedelta(minutes=5, seconds=1))


# "١٢٣٤" and "¹²³⁴" pass str.isdigit(), but no keypad types them: the person could never log in.
@pytest.mark.parametrize("pin", ["12", "abcd", "123456789", "12 34", "١٢٣٤", "¹²³⁴", "１２３４"])
def test_pin_format(pin: str) -> None:
    with pytest.raises(DomainError):
        validate_pin_format(pin)


def test_cash_count_and_over_short() -> None:
    count = count_cash({2000: 3, 25: 4, 5: 0}, CAD_DENOMINATIONS)
    assert count.total == 6100
    balance = CashBalance(opening_float=5000, cash_in=1000, counted=count.total)
    assert balance.expected == 6000 and balance.over_short == 100
    with pytest.raises(DomainError):
        count_cash({1: 3}, CAD_DENOMINATIONS)  # no penny in Canada
    with pytest.raises(DomainError):
        count_cash({500: -1}, CAD_DENOMINATIONS)


def test_commands_round_trip_through_json_payloads() -> None:
    sale = SellOrder(
        order_id="o",
        order_code="C",
        shift_id="s",
        lines=(SaleLine("l", "occ", "cat", 2, 4200, None),),
        payments=(SalePayment("p", "cash", 8400, 10000, 1600, ""),),
    )
    assert command_from_payload("order.sell", sale.to_payload()) == sale
    refund = RefundOrder("r", "o", "s", "sup", (RefundLine("l", 1),), payment_ids=("x",))
    assert command_from_payload("order.refund", refund.to_payload()) == refund
    close = CloseShift("s", {2000: 3})
    import json

    assert command_from_payload("shift.close", json.loads(json.dumps(close.to_payload()))) == close
    with pytest.raises(DomainError):
        command_from_payload("nope", {})
