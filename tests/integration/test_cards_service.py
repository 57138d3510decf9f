"""Gift packages, passes, bookings and à-la-carte places through the real services on a real
SQLite file (issue 4, parts 1–5 and 7)."""

from __future__ import annotations

import csv
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from guichet.domain import codes
from guichet.domain.cards import AlacarteSettings, CardKind, CardStatus, Verdict
from guichet.domain.cart import Cart
from guichet.domain.errors import DomainError
from guichet.models.tables import Card, Occurrence, PrintJob
from guichet.services.cards import CardFilter
from guichet.services.check import run_checks
from guichet.services.counter import Counter
from guichet.services.handlers import SaleRecorded
from guichet.services.views import OccurrenceView
from tests.conftest import user_id


def pay_cash(counter: Counter, cart: Cart) -> SaleRecorded:
    payment = counter.payment_session(cart)
    payment.add_cash(payment.cash_due)
    return counter.sell(cart, payment)


def occurrence_at(
    counter: Counter, name: str, hour: int, day: date | None = None
) -> OccurrenceView:
    from guichet.i18n.formatting import local

    for occ in counter.occurrences(day or counter.today()):
        if (
            occ.event_name == name
            and local(occ.starts_at, counter.organisation.timezone).hour == hour
        ):
            return occ
    raise LookupError(name)


def type_id(counter: Counter, name: str) -> str:
    return counter.cards.find_card_type(name).id


@pytest.fixture
def boss(make_counter, supervisor) -> Counter:  # type: ignore[no-untyped-def]
    """Luc, supervisor, at a second counter object on the same database."""
    c = make_counter()
    c.actor = supervisor
    return c


def family_card(counter: Counter) -> str:
    rows = counter.cards.cards(CardFilter(status=CardStatus.ACTIVE))
    return next(r.code for r in rows if r.card_type_name.startswith("Laissez-passer familial"))


def tremblay(counter: Counter) -> str:
    return counter.find_customers("Tremblay")[0].id


def check_clean(counter: Counter) -> None:
    with counter.session_factory() as session:
        assert run_checks(session) == []


# --- part 1: selling packages, shop cards -------------------------------------------------


def test_package_sold_at_the_counter_gets_a_code_a_card_and_a_printed_qr(
    cashier_counter: Counter,
) -> None:
    cart = Cart()
    line = cashier_counter.add_card_to_cart(cart, type_id(cashier_counter, "Carte 10 bains"))
    assert line.card_code and codes.is_well_formed(line.card_code)
    priced = cashier_counter.price(cart)
    assert priced.subtotal == 6000 and priced.total == 6899  # GST + QST
    sale = pay_cash(cashier_counter, cart)
    result = cashier_counter.cards.lookup(codes.display(line.card_code).lower())
    assert result.verdict is Verdict.VALID
    assert result.remaining_uses == 10 and result.kind is CardKind.PACKAGE
    assert result.expires_on == cashier_counter.today() + timedelta(days=364)
    receipt = cashier_counter.receipt_document(sale.receipt_id)
    assert receipt.extra_codes == (
        (line.card_code, f"Carte 10 bains — {codes.display(line.card_code)}"),
    )
    assert any(codes.display(line.card_code) in d.detail for d in receipt.lines)
    with cashier_counter.session_factory() as session:
        kinds = sorted(j.kind for j in session.scalars(select(PrintJob)))
        assert kinds == ["card", "receipt"]
        job = session.scalars(select(PrintJob).where(PrintJob.kind == "card")).one()
        from guichet.services.documents import card_document

        doc = card_document(session, job.subject_id or "")
        assert doc.qr_payload == line.card_code and doc.title == "FORFAIT CADEAU"
    check_clean(cashier_counter)


def test_shop_card_is_activated_by_its_sale_only_once(cashier_counter: Counter) -> None:
    shop = cashier_counter.cards.cards(CardFilter(status=CardStatus.INACTIVE))[0]
    assert cashier_counter.cards.lookup(shop.code).verdict is Verdict.INACTIVE
    kind = cashier_counter.cards.shop_card_type(shop.display_code)
    cart = Cart()
    cashier_counter.add_card_to_cart(cart, kind, shop_code=shop.display_code)
    with pytest.raises(DomainError) as e:
        cashier_counter.add_card_to_cart(cart, kind, shop_code=shop.code)
    assert e.value.code == "card_already_in_cart"
    pay_cash(cashier_counter, cart)
    assert cashier_counter.cards.lookup(shop.code).verdict is Verdict.VALID
    with pytest.raises(DomainError) as e:
        cashier_counter.add_card_to_cart(Cart(), kind, shop_code=shop.code)
    assert e.value.code == "card_already_active"


def test_generate_a_lot_and_export_it_to_xlsx_and_csv(boss: Counter, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    steps: list[tuple[int, int]] = []
    lot, made = boss.cards.generate(
        type_id(boss, "Carte 10 bains"),
        25,
        activated=True,
        progress=lambda d, t: steps.append((d, t)),
    )
    assert len(set(made)) == 25 and steps[-1] == (25, 25)
    flt = CardFilter(batch=lot)
    assert boss.cards.count_cards(flt) == 25
    assert all(r.status is CardStatus.ACTIVE for r in boss.cards.cards(flt))
    xlsx, csv_path = tmp_path / "cartes.xlsx", tmp_path / "cartes.csv"
    assert boss.cards.export(flt, xlsx) == 25
    sheet = load_workbook(xlsx, read_only=True).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("Code", "Forfait", "État")
    assert {r[0] for r in rows[1:]} == {codes.display(c) for c in made}
    assert all(r[1] == "Carte 10 bains" and r[4] == 10 for r in rows[1:])
    assert boss.cards.export(CardFilter(status=CardStatus.INACTIVE), csv_path) == 20
    with csv_path.open(encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle))
    assert len(lines) == 21 and lines[1][2] == "Pas activée"
    with pytest.raises(DomainError) as e:
        boss.cards.export(flt, tmp_path / "cartes.pdf")
    assert e.value.code == "export_format"


def test_cards_list_filters(boss: Counter) -> None:
    assert boss.cards.count_cards(CardFilter(status=CardStatus.INACTIVE)) == 20
    family = boss.cards.find_card_type("Laissez-passer familial 20 passages")
    assert boss.cards.count_cards(CardFilter(card_type_id=family.id)) == 1
    assert boss.cards.count_cards(CardFilter(text="tremblay")) == 1
    expires = boss.today() + timedelta(days=179)
    assert boss.cards.count_cards(CardFilter(expires_from=expires, expires_to=expires)) == 1
    assert boss.cards.count_cards(CardFilter(expires_to=boss.today())) == 0


def test_a_cashier_cannot_generate_or_edit_card_types(cashier_counter: Counter) -> None:
    with pytest.raises(DomainError) as e:
        cashier_counter.cards.generate(type_id(cashier_counter, "Carte 10 bains"), 3)
    assert e.value.code == "forbidden"
    with pytest.raises(DomainError):
        cashier_counter.cards.save_card_type(
            None, kind=CardKind.PASS, name="X", price=100, uses=1, all_activities=True
        )


# --- parts 3 and 7: family pass, bookings, snapshot terms ---------------------------------


def test_family_members_book_with_one_shared_count(cashier_counter: Counter) -> None:
    code = family_card(cashier_counter)
    scan = cashier_counter.cards.lookup(code)
    assert scan.verdict is Verdict.VALID and scan.family and len(scan.members) == 4
    swim = occurrence_at(cashier_counter, "Bain libre", 18)
    julie, _marc, lea, noah = scan.members
    made = cashier_counter.cards.book(
        scan.card_id or "",
        swim.id,
        [(julie.id, julie.name), (lea.id, lea.name), (noah.id, noah.name)],
    )
    assert made.remaining_uses == 17 and len(made.booking_ids) == 3
    after = cashier_counter.occurrence(swim.id)
    assert after.alacarte_taken == 3 and after.sold == swim.sold  # à-la-carte places only
    with pytest.raises(DomainError) as e:  # the same person twice in one occurrence
        cashier_counter.cards.book(scan.card_id or "", swim.id, [(lea.id, lea.name)])
    assert e.value.code == "already_booked"
    with pytest.raises(DomainError) as e:  # not a member of the account
        cashier_counter.cards.book(scan.card_id or "", swim.id, [("someone-else", "Voisin")])
    assert e.value.code == "not_a_member"
    with cashier_counter.session_factory() as session:
        assert (
            session.scalars(select(PrintJob).where(PrintJob.kind == "booking")).all().__len__() == 3
        )
    check_clean(cashier_counter)


def test_cancellation_gives_the_use_back_only_within_the_limit(
    cashier_counter: Counter, clock
) -> None:  # type: ignore[no-untyped-def]
    code = family_card(cashier_counter)
    scan = cashier_counter.cards.lookup(code)
    julie = scan.members[0]
    today_13 = occurrence_at(cashier_counter, "Bain libre", 13)  # limit 11 h: now 12 h
    later_18 = occurrence_at(cashier_counter, "Bain libre", 18)
    late = cashier_counter.cards.book(scan.card_id or "", today_13.id, [(julie.id, julie.name)])
    ok = cashier_counter.cards.book(scan.card_id or "", later_18.id, [(julie.id, julie.name)])
    assert ok.remaining_uses == 18
    with pytest.raises(DomainError) as e:
        cashier_counter.cards.cancel_booking(late.booking_ids[0])
    assert e.value.code == "cancellation_limit_passed"
    assert cashier_counter.cards.cancel_booking(ok.booking_ids[0]) == 19
    assert cashier_counter.occurrence(later_18.id).alacarte_taken == 0
    views = {b.id: b for b in cashier_counter.cards.bookings(scan.card_id or "")}
    assert views[late.booking_ids[0]].cancel_refusal == "cancellation_limit_passed"
    check_clean(cashier_counter)


def test_season_pass_not_cancellable_and_exclusive(cashier_counter: Counter, clock) -> None:  # type: ignore[no-untyped-def]
    cart = Cart()
    cashier_counter.set_customer(cart, tremblay(cashier_counter))
    julie = cashier_counter.cards.members(tremblay(cashier_counter))[0]
    line = cashier_counter.add_card_to_cart(
        cart, type_id(cashier_counter, "Passe saison patin"), member_id=julie.id
    )
    pay_cash(cashier_counter, cart)
    scan = cashier_counter.cards.lookup(line.card_code or "")
    assert scan.holder_name == "Julie Tremblay" and scan.remaining_uses is None
    assert [m.name for m in scan.members] == ["Julie Tremblay"]  # individual: the holder only
    skate = occurrence_at(cashier_counter, "Patin libre", 15)
    made = cashier_counter.cards.book(scan.card_id or "", skate.id, [(julie.id, julie.name)])
    assert made.remaining_uses is None
    blocked = cashier_counter.cards.lookup(line.card_code or "")
    assert blocked.verdict is Verdict.EXCLUSIVE_BOOKED
    assert (
        blocked.blocking_booking is not None
        and blocked.blocking_booking.event_name == "Patin libre"
    )
    tomorrow = occurrence_at(
        cashier_counter, "Patin libre", 15, cashier_counter.today() + timedelta(days=1)
    )
    with pytest.raises(DomainError) as e:
        cashier_counter.cards.book(scan.card_id or "", tomorrow.id, [(julie.id, julie.name)])
    assert e.value.code == "card_exclusive_booked"
    with pytest.raises(DomainError) as e:
        cashier_counter.cards.cancel_booking(made.booking_ids[0])
    assert e.value.code == "card_booking_not_cancellable"
    cashier_counter.cards.mark_used(made.booking_ids[0])  # Julie came: the card is free again
    assert cashier_counter.cards.lookup(line.card_code or "").verdict is Verdict.VALID
    cashier_counter.cards.book(scan.card_id or "", tomorrow.id, [(julie.id, julie.name)])
    with pytest.raises(DomainError) as e:  # an individual pass books its holder only
        cashier_counter.cards.book(scan.card_id or "", skate.id, [(None, "Marc")])
    assert e.value.code in ("card_exclusive_booked", "pass_is_personal")
    check_clean(cashier_counter)


def test_editing_a_pass_type_changes_only_later_sales(
    cashier_counter: Counter, boss: Counter
) -> None:
    code = family_card(cashier_counter)
    family = boss.cards.find_card_type("Laissez-passer familial 20 passages")
    boss.cards.save_card_type(
        family.id,
        kind=family.kind,
        name=family.name,
        price=family.price,
        uses=30,
        valid_days=30,
        activity_ids=family.activity_ids,
        family=True,
    )
    old = cashier_counter.cards.lookup(code)
    assert old.uses == 20 and old.expires_on == date(2026, 12, 5) + timedelta(days=179)
    cart = Cart()
    cashier_counter.set_customer(cart, tremblay(cashier_counter))
    line = cashier_counter.add_card_to_cart(cart, family.id)
    pay_cash(cashier_counter, cart)
    new = cashier_counter.cards.lookup(line.card_code or "")
    assert new.uses == 30 and new.expires_on == date(2026, 12, 5) + timedelta(days=29)


def test_family_pass_needs_an_account(cashier_counter: Counter) -> None:
    with pytest.raises(DomainError) as e:
        cashier_counter.add_card_to_cart(
            Cart(), type_id(cashier_counter, "Laissez-passer familial 20 passages")
        )
    assert e.value.code == "family_pass_needs_account"


def test_not_eligible_and_pass_places_checked(cashier_counter: Counter) -> None:
    code = family_card(cashier_counter)
    show = occurrence_at(cashier_counter, "Le Malade imaginaire", 20)
    assert cashier_counter.cards.lookup(code, show.activity_id).verdict is Verdict.NOT_ELIGIBLE
    scan = cashier_counter.cards.lookup(code)
    julie = scan.members[0]
    with pytest.raises(DomainError) as e:
        cashier_counter.cards.book(scan.card_id or "", show.id, [(julie.id, julie.name)])
    assert e.value.code == "card_not_eligible"
    climb = occurrence_at(
        cashier_counter, "Escalade — initiation", 10, cashier_counter.today() + timedelta(days=1)
    )
    members = [(m.id, m.name) for m in scan.members]
    with pytest.raises(DomainError) as e:  # a family pass books members of the account
        cashier_counter.cards.book(scan.card_id or "", climb.id, [*members, (None, "Voisin")])
    assert e.value.code == "not_a_member"
    cashier_counter.cards.book(scan.card_id or "", climb.id, members)  # the 4 places
    with pytest.raises(DomainError) as e:  # bookings and sales share the à-la-carte count
        cashier_counter.add_alacarte_to_cart(Cart(), climb.id, 1)
    assert e.value.code == "capacity_exceeded" and e.value.params["remaining"] == 0
    cart = Cart()  # a package cannot take a fifth place either (and climbing is not in it)
    line = cashier_counter.add_card_to_cart(cart, type_id(cashier_counter, "Carte 10 bains"))
    pay_cash(cashier_counter, cart)
    package = cashier_counter.cards.lookup(line.card_code or "")
    with pytest.raises(DomainError) as e:
        cashier_counter.cards.book(package.card_id or "", climb.id, [(None, "Zoé")])
    assert e.value.code == "card_not_eligible"


# --- part 5: à la carte ---------------------------------------------------------------------


def test_alacarte_places_are_sold_apart_from_session_places(cashier_counter: Counter) -> None:
    swim = occurrence_at(cashier_counter, "Bain libre", 18)
    cart = Cart()
    cashier_counter.add_alacarte_to_cart(cart, swim.id, 2)
    cashier_counter.add_to_cart(cart, swim.id, cart_category(cashier_counter, swim.id), 1)
    assert cashier_counter.price(cart).subtotal == 2 * 650 + 850
    sale = pay_cash(cashier_counter, cart)
    after = cashier_counter.occurrence(swim.id)
    assert (after.alacarte_taken, after.sold) == (2, swim.sold + 1)
    with pytest.raises(DomainError) as e:
        cashier_counter.add_alacarte_to_cart(Cart(), swim.id, 19)
    assert e.value.code == "capacity_exceeded" and e.value.params["remaining"] == 18
    skate = occurrence_at(cashier_counter, "Patin libre", 15)
    with pytest.raises(DomainError) as e:
        cashier_counter.add_alacarte_to_cart(Cart(), skate.id, 1)
    assert e.value.code == "alacarte_pass_only"
    # refunding an à-la-carte place frees it
    order = cashier_counter.order(sale.order_id)
    line = next(line for line in order.lines if line.quantity == 2)
    supervisor = cashier_counter.authorize_supervisor(user_id(cashier_counter, "Luc"), "2222")
    cashier_counter.refund(order.id, {line.id: 1}, supervisor)
    assert cashier_counter.occurrence(swim.id).alacarte_taken == 1
    check_clean(cashier_counter)


def cart_category(counter: Counter, occurrence_id: str) -> str:
    return counter.categories(occurrence_id)[0].category_id


def test_registration_window_for_alacarte_sale(cashier_counter: Counter) -> None:
    climb_next_week = occurrence_at(
        cashier_counter, "Escalade — initiation", 10, cashier_counter.today() + timedelta(days=5)
    )
    with pytest.raises(DomainError) as e:  # opens 2 days before
        cashier_counter.add_alacarte_to_cart(Cart(), climb_next_week.id, 1)
    assert e.value.code == "registration_not_open"
    climb_today = occurrence_at(cashier_counter, "Escalade — initiation", 10)
    with pytest.raises(DomainError) as e:  # closed 1 h before 10 h
        cashier_counter.add_alacarte_to_cart(Cart(), climb_today.id, 1)
    assert e.value.code == "registration_closed"


def test_convert_session_places_and_settings(boss: Counter, cashier_counter: Counter) -> None:
    show = occurrence_at(boss, "Patin libre", 15)
    view = boss.cards.alacarte(show.id)
    assert view.settings.pass_only and view.session_available == 120
    assert boss.cards.convert_places(show.id, 20) == 50
    after = boss.occurrence(show.id)
    assert (after.capacity, after.alacarte_places) == (100, 50)
    with pytest.raises(DomainError) as e:
        boss.cards.convert_places(show.id, 101)
    assert e.value.code == "convert_exceeds_unsold"
    boss.cards.set_alacarte(
        show.id, AlacarteSettings(places=60, price=500, opens_minutes=600, cancel_minutes=30)
    )
    assert boss.cards.alacarte(show.id).settings.price == 500
    with pytest.raises(DomainError) as e:
        cashier_counter.cards.convert_places(show.id, 1)
    assert e.value.code == "forbidden"
    check_clean(boss)


# --- refunds and members ------------------------------------------------------------------


def test_refunding_a_card_voids_it_unless_it_was_used(cashier_counter: Counter) -> None:
    supervisor = cashier_counter.authorize_supervisor(user_id(cashier_counter, "Luc"), "2222")
    cart = Cart()
    unused = cashier_counter.add_card_to_cart(cart, type_id(cashier_counter, "Carte 10 bains"))
    used = cashier_counter.add_card_to_cart(cart, type_id(cashier_counter, "Carte 10 bains"))
    sale = pay_cash(cashier_counter, cart)
    scan = cashier_counter.cards.lookup(used.card_code or "")
    swim = occurrence_at(cashier_counter, "Bain libre", 18)
    cashier_counter.cards.book(scan.card_id or "", swim.id, [(None, "Zoé Roy")])
    order = cashier_counter.order(sale.order_id)
    first, second = order.lines  # one line per card, in cart order
    assert first.category_name == codes.display(unused.card_code or "")
    with pytest.raises(DomainError) as e:
        cashier_counter.refund(order.id, {second.id: 1}, supervisor)
    assert e.value.code == "card_in_use"
    cashier_counter.refund(order.id, {first.id: 1}, supervisor)
    assert cashier_counter.cards.lookup(unused.card_code or "").verdict is Verdict.VOID
    assert cashier_counter.cards.lookup(used.card_code or "").verdict is Verdict.VALID
    check_clean(cashier_counter)


def test_members_of_an_account(cashier_counter: Counter) -> None:
    customer = cashier_counter.create_customer("Famille Nguyen", phone="418 555-0199")
    mid = cashier_counter.cards.save_member(customer.id, "  Minh   Nguyen ", date(2016, 4, 2))
    members = cashier_counter.cards.members(customer.id)
    assert [(m.id, m.name, m.birth_date) for m in members] == [
        (mid, "Minh Nguyen", date(2016, 4, 2))
    ]
    assert cashier_counter.find_customers("minh")[0].id == customer.id  # found by a member
    with pytest.raises(DomainError) as e:
        cashier_counter.cards.save_member(customer.id, "Bébé", date(2030, 1, 1))
    assert e.value.code == "birth_date_invalid"
    with pytest.raises(DomainError) as e:
        cashier_counter.cards.save_member(customer.id, "   ")
    assert e.value.code == "member_name_required"


def test_scan_repeat_within_two_seconds_is_ignored(cashier_counter: Counter, clock) -> None:  # type: ignore[no-untyped-def]
    code = family_card(cashier_counter)
    first = cashier_counter.cards.scan(code)
    again = cashier_counter.cards.scan(codes.display(code).lower())
    assert not first.repeated and again.repeated and again.verdict is Verdict.VALID
    clock.advance(seconds=2)
    assert not cashier_counter.cards.scan(code).repeated
    bad = code[:-1] + ("2" if code[-1] != "2" else "3")
    assert cashier_counter.cards.scan(bad).verdict is Verdict.CHECK_CODE
    assert cashier_counter.cards.scan(codes.new_code()).verdict is Verdict.UNKNOWN


def test_the_scan_index_finds_a_card_among_its_code(cashier_counter: Counter) -> None:
    with cashier_counter.session_factory() as session:
        plan = (
            session.connection()
            .exec_driver_sql(
                "EXPLAIN QUERY PLAN SELECT * FROM card WHERE organisation_id = ? AND code = ?",
                ("x", "y"),
            )
            .all()
        )
    assert any("USING INDEX" in str(row) for row in plan)


def test_occurrence_rows_untouched_by_cards_in_check(cashier_counter: Counter) -> None:
    with cashier_counter.session_factory() as session:
        occ = session.scalars(select(Occurrence)).first()
        assert occ is not None and occ.alacarte_taken == 0
        assert session.scalars(select(Card)).all()


def test_codes_cards_command_writes_the_lot(demo_db_path: Path, tmp_path: Path) -> None:
    """``guichet codes cards --package NAME --count N --output FILE.xlsx`` end to end."""
    import subprocess
    import sys

    from openpyxl import load_workbook

    output = tmp_path / "lot.xlsx"
    args = [sys.executable, "-m", "guichet.cli", "--data-dir", str(demo_db_path.parent)]
    done = subprocess.run(
        [
            *args,
            "codes",
            "cards",
            "--package",
            "carte 10 BAINS",
            "--count",
            "40",
            "--output",
            str(output),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "40 cartes générées" in done.stdout
    rows = list(load_workbook(output, read_only=True).active.iter_rows(values_only=True))
    assert len(rows) == 41 and {r[2] for r in rows[1:]} == {"Pas activée"}
    assert all(codes.is_well_formed(str(r[0])) for r in rows[1:])
    wrong = subprocess.run(
        [
            *args,
            "codes",
            "cards",
            "--package",
            "Inconnu",
            "--count",
            "1",
            "--output",
            str(tmp_path / "x.xlsx"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert wrong.returncode == 2 and "Carte 10 bains" in wrong.stderr


def test_a_repeat_is_caught_even_after_another_code(cashier_counter: Counter, clock) -> None:  # type: ignore[no-untyped-def]
    code = family_card(cashier_counter)
    other = cashier_counter.cards.cards(CardFilter(status=CardStatus.INACTIVE))[0].code
    assert not cashier_counter.cards.scan(code).repeated
    assert not cashier_counter.cards.scan(other).repeated
    clock.advance(seconds=1)
    assert cashier_counter.cards.scan(code).repeated


def test_card_search_ignores_accents_and_wildcards(cashier_counter: Counter) -> None:
    cart = Cart()
    line = cashier_counter.add_card_to_cart(
        cart, type_id(cashier_counter, "Carte 10 bains"), holder="Élise Fortin"
    )
    pay_cash(cashier_counter, cart)
    for text in ("élise", "ELISE", "Elise F"):
        rows = cashier_counter.cards.cards(CardFilter(text=text))
        assert [r.code for r in rows] == [line.card_code]
    assert cashier_counter.cards.count_cards(CardFilter(text="%")) == 0


def test_line_quantities_of_cards_and_alacarte_places(cashier_counter: Counter) -> None:
    swim = occurrence_at(cashier_counter, "Bain libre", 18)
    cart = Cart()
    cashier_counter.add_card_to_cart(cart, type_id(cashier_counter, "Carte 10 bains"))
    cashier_counter.add_alacarte_to_cart(cart, swim.id, 2)
    with pytest.raises(DomainError) as e:
        cashier_counter.set_line_quantity(cart, 0, 3)
    assert e.value.code == "card_quantity_one"
    cashier_counter.set_line_quantity(cart, 1, 20)  # the 20 à-la-carte places
    with pytest.raises(DomainError) as e:
        cashier_counter.set_line_quantity(cart, 1, 21)
    assert e.value.code == "capacity_exceeded" and e.value.params["remaining"] == 20
