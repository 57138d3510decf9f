"""Promotions through the real services on a real SQLite file: back office, counter, sale."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from guichet.domain.commands import SaleLine, SalePayment, SellOrder
from guichet.domain.errors import DomainError
from guichet.domain.promotions import (
    CustomerRule,
    Promotion,
    Targeting,
    amount_off_cart,
    has_not,
    percent_off,
    switch_price_list,
)
from guichet.models.tables import PriceList, PromoCode
from guichet.models.tables import Promotion as PromotionRow
from guichet.services.check import run_checks
from guichet.services.counter import Counter
from guichet.services.promotions import PromotionAdmin
from tests.integration.helpers import cart_of, occurrence_named


@pytest.fixture
def admin(cashier_counter: Counter, supervisor) -> PromotionAdmin:
    return PromotionAdmin(
        cashier_counter.session_factory, cashier_counter.terminal_id, lambda: supervisor,
        lang="fr", clock=cashier_counter.clock,
    )


def theatre_event_id(counter: Counter) -> str:
    return occurrence_named(counter, "Le Malade imaginaire").event_id


def test_percent_code_at_the_counter_then_sale_counts_its_use(
    cashier_counter: Counter, admin: PromotionAdmin
) -> None:
    counter = cashier_counter
    pid = admin.save(Promotion(id="", name_fr="Mardis découverte", effect=percent_off(20),
                               targeting=Targeting(event_ids=frozenset({theatre_event_id(counter)}))))
    admin.add_custom_code(pid, "decouverte", max_uses=10)
    show = occurrence_named(counter, "Le Malade imaginaire")
    cart = cart_of(counter, show.id, adult=2)
    assert counter.code_entry_offered()
    priced = counter.apply_code(cart, "DÉCOUVERTE".replace("É", "E").lower())
    line = priced.lines[0].line
    assert (line.unit_price, line.regular_unit_price, line.reduced) == (3360, 4200, True)
    assert priced.subtotal == 6720 and priced.total == 6720 + 336 + 670
    applied = counter.applied_promotion(cart)
    assert applied is not None and applied.name == "Mardis découverte"
    assert applied.discount_total == 1680
    payment = counter.payment_session(cart)
    payment.add_cash(payment.cash_due)
    sale = counter.sell(cart, payment)
    doc = counter.receipt_document(sale.receipt_id)
    assert doc.lines[0].regular_unit_price == "42,00\u00a0$"
    rows = admin.list_promotions()
    assert (rows[0].code, rows[0].used, rows[0].permitted, rows[0].unit) == ("DECOUVERTE", 1, 10,
                                                                              "orders")
    with counter.session_factory() as session:
        assert session.scalar(select(PromotionRow.tickets_used)) == 2
        assert run_checks(session) == []


def test_cart_amount_is_spread_and_taxes_and_refunds_stay_exact(
    cashier_counter: Counter, admin: PromotionAdmin, supervisor
) -> None:
    counter = cashier_counter
    pid = admin.save(Promotion(id="", name_fr="10 $ sur le panier", effect=amount_off_cart(1000)))
    admin.add_custom_code(pid, "DIX", None)
    show = occurrence_named(counter, "Le Malade imaginaire")
    cart = cart_of(counter, show.id, adult=1, child=1, senior=1)
    priced = counter.apply_code(cart, "dix")
    assert priced.subtotal == 4200 + 2000 + 3600 - 1000
    assert sum(p.line.discount for p in priced.lines) == 1000
    payment = counter.payment_session(cart)
    payment.add_card(payment.balance, "A1")
    sale = counter.sell(cart, payment)
    order = counter.order(sale.order_id)
    refunded = sum(
        counter.refund(order.id, {line.id: line.quantity}, supervisor, method="card").total
        for line in order.lines
    )
    assert refunded == sale.total
    with counter.session_factory() as session:
        assert run_checks(session) == []


def test_price_list_switch_changes_prices_and_offered_categories(
    cashier_counter: Counter, admin: PromotionAdmin
) -> None:
    counter = cashier_counter
    with counter.session_factory() as session, session.begin():
        theatre_list = session.scalars(
            select(PriceList).where(PriceList.name.like("Théâtre%"))
        ).one()
        theatre_list_id = theatre_list.id
    # A members' list: adults 30 $, children 15 $, nothing else.
    from guichet.models.tables import Price, TicketCategory

    with counter.session_factory() as session, session.begin():
        members = PriceList(organisation_id=counter.organisation.id, name="Membres")
        session.add(members)
        session.flush()
        cats = {c.code: c.id for c in session.scalars(select(TicketCategory))}
        session.add_all([Price(price_list_id=members.id, category_id=cats["adult"], amount=3000),
                         Price(price_list_id=members.id, category_id=cats["child"], amount=1500)])
        members_id = members.id
    pid = admin.save(Promotion(id="", name_fr="Membres", effect=switch_price_list(members_id)))
    admin.add_custom_code(pid, "MEMBRE", None)
    show = occurrence_named(counter, "Le Malade imaginaire")
    cart = cart_of(counter, show.id, adult=1)
    counter.apply_code(cart, "membre")
    offered = counter.categories(show.id, cart)
    assert [(c.code, c.price, c.regular_price) for c in offered] == [
        ("adult", 3000, 4200), ("child", 1500, 2000)
    ]
    assert counter.price(cart).lines[0].line.unit_price == 3000
    assert theatre_list_id != members_id


def test_price_list_switch_offers_and_sells_categories_the_regular_list_lacks(
    cashier_counter: Counter, admin: PromotionAdmin
) -> None:
    """« changer les catégories offertes »: a members' list with a « Membre » category the
    theatre's list lacks, and an « Invité » one its category control leaves out."""
    from guichet.domain.cart import Cart
    from guichet.models.tables import Order, OrderLine, Price, TicketCategory

    counter = cashier_counter
    org = counter.organisation.id
    with counter.session_factory() as session, session.begin():
        members = PriceList(organisation_id=org, name="Membres")
        member = TicketCategory(organisation_id=org, code="member", name_fr="Membre",
                                name_en="Member", position=10, tags=["membres"])
        guest = TicketCategory(organisation_id=org, code="guest", name_fr="Invité",
                               name_en="Guest", position=11, tags=["invite"])
        session.add_all([members, member, guest])
        session.flush()
        adult_id = session.scalars(
            select(TicketCategory.id).where(TicketCategory.code == "adult")
        ).one()
        session.add_all([Price(price_list_id=members.id, category_id=adult_id, amount=3000),
                         Price(price_list_id=members.id, category_id=member.id, amount=2500),
                         Price(price_list_id=members.id, category_id=guest.id, amount=1800)])
        members_id, member_id, guest_id = members.id, member.id, guest.id
    pid = admin.save(Promotion(id="", name_fr="Membres", effect=switch_price_list(members_id),
                               targeting=Targeting(category_control=has_not("invite"))))
    admin.add_custom_code(pid, "MEMBRE", None)
    show = occurrence_named(counter, "Le Malade imaginaire")
    cart = Cart()
    with pytest.raises(DomainError) as err:  # not without the code
        counter.add_to_cart(cart, show.id, member_id, 1)
    assert err.value.code == "category_not_offered"

    counter.apply_code(cart, "membre")  # typed first: the keys change
    assert [(c.code, c.price, c.regular_price) for c in counter.categories(show.id, cart)] == [
        ("adult", 3000, 4200), ("member", 2500, None)
    ]
    counter.add_to_cart(cart, show.id, member_id, 2)
    counter.add_to_cart(cart, show.id, adult_id, 1)
    with pytest.raises(DomainError) as err:  # in the new list, but not past its control
        counter.add_to_cart(cart, show.id, guest_id, 1)
    assert err.value.code == "category_not_offered"
    lines = [p.line for p in counter.price(cart).lines]
    assert [(x.unit_price, x.regular_unit_price, x.reduced) for x in lines] == [
        (2500, None, False), (3000, 4200, True)
    ]

    with pytest.raises(DomainError) as err:  # « Membre » has no price without the code
        counter.remove_code(cart)
    assert (err.value.code, err.value.params) == ("promo_lines_need_code", {"categories": "Membre"})
    assert cart.promo_code == "MEMBRE"

    # The sale's handler re-prices: at another price, or without the code, refused.
    shift = counter.current_shift()
    assert shift is not None

    def sell(unit: int, code: str | None) -> None:
        counter.bus.dispatch(SellOrder(
            order_id="o1", order_code="K7M2QX9PTR4HWC8", shift_id=shift.id,
            lines=(SaleLine("l1", show.id, member_id, 1, unit),),
            payments=(SalePayment("p1", "card", 2874, 2874, 0, "X"),), promo_code=code,
        ), counter.actor)

    for unit, code, expected in ((1000, "MEMBRE", "price_mismatch"),
                                 (2500, None, "category_not_offered")):
        with pytest.raises(DomainError) as err:
            sell(unit, code)
        assert err.value.code == expected

    payment = counter.payment_session(cart)
    payment.add_card(payment.balance, "A1")
    sale = counter.sell(cart, payment)
    with counter.session_factory() as session:
        rows = session.scalars(select(OrderLine).where(OrderLine.order_id == sale.order_id))
        sold = {(row.category_id, row.unit_price, row.regular_unit_price) for row in rows}
        assert sold == {(member_id, 2500, None), (adult_id, 3000, 4200)}
        assert session.get(Order, sale.order_id).promotion_id == pid
        assert session.scalar(select(PromotionRow.tickets_used)) == 3
        assert run_checks(session) == []


def test_ticket_quota_counts_open_carts_until_they_are_cleared(
    cashier_counter: Counter, admin: PromotionAdmin, make_counter
) -> None:
    counter = cashier_counter
    pid = admin.save(Promotion(id="", name_fr="Trois billets", effect=percent_off(50),
                               max_tickets=3))
    admin.add_custom_code(pid, "MOITIE", None)
    show = occurrence_named(counter, "Le Malade imaginaire")
    first = cart_of(counter, show.id, adult=2)
    counter.apply_code(first, "MOITIE")  # holds 2 of the 3
    other = make_counter()
    other.actor = counter.actor
    second = cart_of(other, show.id, adult=2)
    with pytest.raises(DomainError) as err:
        other.apply_code(second, "MOITIE")
    assert err.value.code == "promo_quota_reached"
    counter.release_cart(first)  # the first customer walks away
    other.apply_code(second, "MOITIE")
    assert other.price(second).lines[0].line.unit_price == 2100


def test_per_order_maximum_and_refusal_codes(
    cashier_counter: Counter, admin: PromotionAdmin
) -> None:
    counter = cashier_counter
    show = occurrence_named(counter, "Le Malade imaginaire")
    pid = admin.save(Promotion(id="", name_fr="Deux max", effect=percent_off(10),
                               max_tickets_per_order=2))
    admin.add_custom_code(pid, "DEUX", None)
    old = admin.save(Promotion(id="", name_fr="Ancienne", effect=percent_off(10),
                               expires=date(2026, 11, 30)))
    admin.add_custom_code(old, "VIEILLE", None)
    future = admin.save(Promotion(id="", name_fr="Noël", effect=percent_off(10),
                                  starts=date(2026, 12, 20)))
    admin.add_custom_code(future, "NOEL", None)
    pool = admin.save(Promotion(id="", name_fr="Piscine", effect=percent_off(10),
                                targeting=Targeting(event_ids=frozenset(
                                    {occurrence_named(counter, "Bain libre", 13).event_id}))))
    admin.add_custom_code(pool, "PISCINE", None)
    generated = admin.generate_codes(pool, 3)
    assert generated == 3
    random_code = next(c.text for c in admin.codes(pool) if c.kind == "random")
    typo = random_code[:-1] + ("2" if random_code[-1] != "2" else "3")
    cart = cart_of(counter, show.id, adult=3)
    for text, code in [
        ("DEUX", "promo_per_order_max"), ("VIEILLE", "promo_expired"),
        ("NOEL", "promo_not_yet_valid"), ("PISCINE", "promo_not_applicable"),
        ("INCONNU", "promo_unknown_code"), (typo, "code_malformed"),
    ]:
        with pytest.raises(DomainError) as err:
            counter.apply_code(cart, text)
        assert err.value.code == code, text
    assert cart.promo_code is None  # nothing applied, cart unchanged
    assert counter.price(cart).subtotal == 3 * 4200


def test_automatic_promotion_applies_alone_and_blocks_codes(
    cashier_counter: Counter, admin: PromotionAdmin
) -> None:
    counter = cashier_counter
    coded = admin.save(Promotion(id="", name_fr="Code", effect=percent_off(50)))
    admin.add_custom_code(coded, "CODE", None)
    admin.save(Promotion(id="", name_fr="Fin de semaine", effect=percent_off(10),
                         automatic=True, position=1))
    admin.save(Promotion(id="", name_fr="Plus tard dans la liste", effect=percent_off(30),
                         automatic=True, position=2))
    assert admin.overlapping_automatic() == [("Fin de semaine", "Plus tard dans la liste")]
    show = occurrence_named(counter, "Le Malade imaginaire")
    cart = cart_of(counter, show.id, adult=1)
    assert counter.price(cart).lines[0].line.unit_price == 3780  # first in list order wins
    applied = counter.applied_promotion(cart)
    assert applied is not None and applied.automatic and applied.name == "Fin de semaine"
    with pytest.raises(DomainError) as err:
        counter.apply_code(cart, "CODE")
    assert err.value.code == "promo_automatic_in_force"
    payment = counter.payment_session(cart)
    payment.add_cash(payment.cash_due)
    counter.sell(cart, payment)  # the handler re-prices and agrees


def test_newsletter_promotion_needs_a_newsletter_customer(
    cashier_counter: Counter, admin: PromotionAdmin
) -> None:
    counter = cashier_counter
    pid = admin.save(Promotion(id="", name_fr="Infolettre", effect=percent_off(15),
                               targeting=Targeting(customers=CustomerRule.NEWSLETTER)))
    admin.add_custom_code(pid, "INFO", None)
    show = occurrence_named(counter, "Le Malade imaginaire")
    cart = cart_of(counter, show.id, adult=1)
    with pytest.raises(DomainError) as err:
        counter.apply_code(cart, "INFO")
    assert err.value.code == "promo_customer_not_eligible"
    customer = counter.create_customer("Ginette Roy", "ginette@example.ca", "418 555-0123",
                                       newsletter=True)
    assert [c.name for c in counter.find_customers("555 0123")] == ["Ginette Roy"]
    assert [c.id for c in counter.find_customers("ginette@")] == [customer.id]
    counter.set_customer(cart, customer.id)
    counter.apply_code(cart, "INFO")
    payment = counter.payment_session(cart)
    payment.add_cash(payment.cash_due)
    counter.sell(cart, payment)
    assert counter.customer(customer.id).known  # type: ignore[union-attr]


def test_a_tampered_sale_price_is_refused_by_the_handler(
    cashier_counter: Counter, admin: PromotionAdmin
) -> None:
    counter = cashier_counter
    pid = admin.save(Promotion(id="", name_fr="Vingt", effect=percent_off(20)))
    admin.add_custom_code(pid, "VINGT", None)
    show = occurrence_named(counter, "Le Malade imaginaire")
    adult = next(c for c in counter.categories(show.id) if c.code == "adult")
    shift = counter.current_shift()
    assert shift is not None
    # Claims 50 % off with a 20 % code.
    command = SellOrder(
        order_id="o1", order_code="K7M2QX9PTR4HWC8", shift_id=shift.id,
        lines=(SaleLine("l1", show.id, adult.category_id, 1, 2100, 4200),),
        payments=(SalePayment("p1", "card", 2414, 2414, 0, "X"),), promo_code="VINGT",
    )
    with pytest.raises(DomainError) as err:
        counter.bus.dispatch(command, counter.actor)
    assert err.value.code == "price_mismatch"


def test_back_office_rules_roles_history_codes_and_export(
    cashier_counter: Counter, admin: PromotionAdmin, tmp_path: Path
) -> None:
    counter = cashier_counter
    cashier_admin = PromotionAdmin(counter.session_factory, counter.terminal_id,
                                   lambda: counter.actor)
    with pytest.raises(DomainError) as err:
        cashier_admin.save(Promotion(id="", name_fr="Pirate", effect=percent_off(90)))
    assert err.value.code == "forbidden"
    with pytest.raises(DomainError) as err:
        admin.save(Promotion(id="", name_fr="Mauvaises dates", effect=percent_off(5),
                             starts=date(2026, 12, 10), expires=date(2026, 12, 1)))
    pid = admin.save(Promotion(id="", name_fr="Étudiants", effect=percent_off(25)))
    admin.add_custom_code(pid, "ETUDIANT", 100)
    seen: list[tuple[int, int]] = []
    admin.generate_codes(pid, 25_000, max_uses=1, progress=lambda d, t: seen.append((d, t)))
    assert seen == [(10_000, 25_000), (20_000, 25_000), (25_000, 25_000)]
    with counter.session_factory() as session:
        texts = session.scalars(select(PromoCode.code).where(PromoCode.kind == "random")).all()
    assert len(set(texts)) == 25_000
    rows = admin.export_codes_csv(pid, tmp_path / "codes.csv")
    with (tmp_path / "codes.csv").open(encoding="utf-8-sig") as fh:
        table = list(csv.DictReader(fh))
    assert rows == len(table) == 25_001
    assert table[0] == {"code": "ETUDIANT", "type": "custom", "utilisations": "0",
                        "permis": "100", "actif": "1", "promotion": "Étudiants"}
    copy_id = admin.copy(pid)
    assert admin.get(copy_id).name_fr == "Copie de Étudiants" and not admin.get(copy_id).enabled
    # Used once: can be disabled, never deleted.
    show = occurrence_named(counter, "Le Malade imaginaire")
    cart = cart_of(counter, show.id, adult=1)
    counter.apply_code(cart, "ETUDIANT")
    payment = counter.payment_session(cart)
    payment.add_cash(payment.cash_due)
    counter.sell(cart, payment)
    with pytest.raises(DomainError) as err:
        admin.delete(pid)
    assert err.value.code == "promo_used_cannot_delete"
    admin.set_enabled(pid, False)
    admin.delete(copy_id)  # never used: may go
    history = admin.history(pid)
    assert [h.action for h in history] == ["created", "code_added", "codes_generated",
                                           "codes_generated", "codes_generated", "disabled"]
    assert {h.user_name for h in history} == {"Luc Bouchard"}
    admin.set_tags("event", [show.event_id], add=["Théâtre", "soir"])
    assert "théâtre" in admin.choices().tags


def test_codes_promo_command_line(demo_db_path: Path, tmp_path: Path) -> None:
    import subprocess
    import sys

    from sqlalchemy.orm import sessionmaker

    from guichet.models.db import make_engine, sqlite_url

    engine = make_engine(sqlite_url(demo_db_path))
    factory = sessionmaker(engine, expire_on_commit=False)
    counter = Counter(factory, _terminal(factory))
    owner = next(u for u in counter.users() if u.role == "owner")
    actor = counter.authorize_supervisor(owner.id, "9999")
    PromotionAdmin(factory, counter.terminal_id, lambda: actor).save(
        Promotion(id="", name_fr="Rentrée", effect=percent_off(10))
    )
    engine.dispose()
    out = tmp_path / "rentree.csv"
    result = subprocess.run(
        [sys.executable, "-m", "guichet", "codes", "promo", "--promotion", "Rentrée",
         "--count", "1500", "--output", str(out), "--data-dir", str(demo_db_path.parent)],
        capture_output=True, text=True, timeout=120,
        env={"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    assert "1500 codes générés" in result.stdout
    with out.open(encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 1500 and all(r["permis"] == "1" and r["type"] == "random" for r in rows)
    from guichet.domain import codes

    assert all(codes.is_well_formed(r["code"]) for r in rows)
    bad = subprocess.run(
        [sys.executable, "-m", "guichet", "codes", "promo", "--promotion", "Inexistante",
         "--count", "5", "--output", str(out), "--data-dir", str(demo_db_path.parent)],
        capture_output=True, text=True, timeout=120,
        env={"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen"},
    )
    assert bad.returncode == 2 and "Promotion introuvable\u00a0: Inexistante" in bad.stderr


def _terminal(factory) -> str:  # type: ignore[no-untyped-def]
    from guichet.services.setup import local_setup

    setup = local_setup(factory)
    assert setup is not None
    return setup.terminal_id


def test_a_code_may_come_before_the_tickets(
    cashier_counter: Counter, admin: PromotionAdmin
) -> None:
    from guichet.domain.cart import Cart

    counter = cashier_counter
    pid = admin.save(Promotion(id="", name_fr="Vingt", effect=percent_off(20)))
    admin.add_custom_code(pid, "AVANT", None)
    cart = Cart()
    counter.apply_code(cart, "avant")
    assert cart.promo_code == "AVANT"
    with pytest.raises(DomainError) as err:
        counter.apply_code(Cart(), "PASCONNU")
    assert err.value.code == "promo_unknown_code"
    show = occurrence_named(counter, "Le Malade imaginaire")
    adult = next(c for c in counter.categories(show.id) if c.code == "adult")
    counter.add_to_cart(cart, show.id, adult.category_id, 1)
    assert counter.price(cart).lines[0].line.unit_price == 3360


def test_counter_profiles_limit_a_promotion(
    cashier_counter: Counter, admin: PromotionAdmin
) -> None:
    counter = cashier_counter
    assert counter.terminal_profile == "Billetterie"  # the demo's counter
    pid = admin.save(Promotion(id="", name_fr="Boutique seulement", effect=percent_off(10),
                               targeting=Targeting(terminal_profiles=frozenset({"Boutique"}))))
    admin.add_custom_code(pid, "BOUTIQUE", None)
    show = occurrence_named(counter, "Le Malade imaginaire")
    cart = cart_of(counter, show.id, adult=1)
    with pytest.raises(DomainError) as err:
        counter.apply_code(cart, "BOUTIQUE")
    assert err.value.code == "promo_terminal_not_eligible"
    admin.set_terminal_profile("Boutique")
    shop = Counter(counter.session_factory, counter.terminal_id, clock=counter.clock)
    shop.actor = counter.actor
    assert shop.price(cart_of(shop, show.id, adult=1)).total > 0
    shop.apply_code(cart, "BOUTIQUE")
    assert "Boutique" in admin.choices().terminal_profiles
