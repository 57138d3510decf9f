"""Codes typed the way people type them, through the real counter, the sale's handler (the one
the server runs) and the upgrade of an older database (issue 16, part 11)."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text

from guichet.domain import codes
from guichet.domain.errors import DomainError
from guichet.domain.promotions import Promotion, Targeting, percent_off
from guichet.models.db import head_revision, upgrade
from guichet.models.tables import PromoCode
from guichet.services import pricing
from guichet.services.counter import Counter
from guichet.services.promotions import PromotionAdmin
from guichet.ui.messages import message_for, message_for_code
from tests.integration.helpers import cart_of, occurrence_named

NBSP, NNBSP = "\u00a0", "\u202f"


@pytest.fixture
def admin(cashier_counter: Counter, supervisor) -> PromotionAdmin:  # type: ignore[no-untyped-def]
    return PromotionAdmin(
        cashier_counter.session_factory, cashier_counter.terminal_id, lambda: supervisor,
        lang="fr", clock=cashier_counter.clock,
    )


def test_ete_finds_a_code_typed_ete_and_the_sale_counts_it(
    cashier_counter: Counter, admin: PromotionAdmin
) -> None:
    counter = cashier_counter
    pid = admin.save(Promotion(id="", name_fr="Été", effect=percent_off(20)))
    admin.add_custom_code(pid, "ÉTÉ", max_uses=5)
    show = occurrence_named(counter, "Le Malade imaginaire")
    early = cart_of(counter, show.id)  # a code typed before the tickets
    counter.apply_code(early, f"é{NBSP}t{NNBSP}é")
    assert early.promo_code == "ETE"
    cart = cart_of(counter, show.id, adult=2)
    priced = counter.apply_code(cart, "ete")
    assert priced.lines[0].line.unit_price == 3360  # 42 $ less 20 %
    # A sale command carrying the code as typed (an older counter's) is priced by the
    # handler the server runs, which normalises it the same way.
    cart.promo_code = "é_t-é"
    payment = counter.payment_session(cart)
    payment.add_cash(payment.cash_due)
    counter.sell(cart, payment)
    with counter.session_factory() as session:
        assert session.scalar(select(PromoCode.used_orders)) == 1
        found = pricing.lookup_code(session, counter.organisation.id, "Été")
        assert found is not None and found.code == "ETE"


def test_a_zero_in_a_generated_code_answers_check_the_code(
    cashier_counter: Counter, admin: PromotionAdmin
) -> None:
    counter = cashier_counter
    pid = admin.save(Promotion(id="", name_fr="Infolettre", effect=percent_off(15)))
    admin.generate_codes(pid, 2)
    good = codes.normalize(next(c.text for c in admin.codes(pid) if c.kind == "random"))
    typed = codes.display(good[:4] + "0" + good[5:]).lower()
    show = occurrence_named(counter, "Le Malade imaginaire")
    for cart in (cart_of(counter, show.id), cart_of(counter, show.id, adult=1)):
        with pytest.raises(DomainError) as err:
            counter.apply_code(cart, typed)
        assert err.value.code == "code_check_characters"
        assert cart.promo_code is None
    words = message_for(err.value, "fr")
    assert words.startswith(f"Vérifiez le code{NBSP}: {typed.upper()}."), words
    assert "Code inconnu" not in words
    assert message_for(err.value, "en").startswith(f"Check the code: {typed.upper()}.")
    assert message_for_code("promo_unknown_code", {"text": "X"}, "fr") == "Code inconnu\u00a0: X."
    counter.apply_code(cart, codes.display(good).lower())  # the right one still works


def test_a_counter_profile_matches_whatever_its_case(
    cashier_counter: Counter, admin: PromotionAdmin
) -> None:
    counter = cashier_counter
    admin.set_terminal_profile("Billetterie")
    counter.reload_settings()
    pid = admin.save(Promotion(id="", name_fr="Guichets", effect=percent_off(10),
                               targeting=Targeting(terminal_profiles=frozenset({"BILLETTERIE"}))))
    admin.add_custom_code(pid, "GUICHET", None)
    show = occurrence_named(counter, "Le Malade imaginaire")
    cart = cart_of(counter, show.id, adult=1)
    assert counter.apply_code(cart, "guichet").lines[0].line.unit_price == 3780


def test_an_older_database_finds_its_accented_codes_as_typed_now(
    cashier_counter: Counter, admin: PromotionAdmin
) -> None:
    counter = cashier_counter
    pid = admin.save(Promotion(id="", name_fr="Anciens", effect=percent_off(10)))
    for typed in ("NOEL", "PRINTEMPS", "ANNEE", "HIVER"):
        admin.add_custom_code(pid, typed, None)
    engine = counter.session_factory.kw["bind"]
    # As the previous version stored them: upper case, accents and underscores kept. The last
    # one's new form is another code's: it stays as it was.
    with engine.begin() as conn:
        for new, old in (("NOEL", "NOËL"), ("PRINTEMPS", "ÉTÉ_2026"), ("HIVER", "ANNÉE")):
            conn.execute(text("UPDATE promo_code SET code = :old WHERE code = :new"),
                         {"old": old, "new": new})
    # Back to the schema of 0011 (later migrations undone), as a counter of that version.
    from alembic import command

    from guichet.models.db import alembic_config

    config = alembic_config(str(engine.url))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0011")
    upgrade(engine)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
            head_revision()
        )
        stored = set(conn.execute(text("SELECT code FROM promo_code")).scalars())
    assert stored == {"NOEL", "ETE2026", "ANNEE", "ANNÉE"}
    show = occurrence_named(counter, "Le Malade imaginaire")
    for typed in ("noël", "ete 2026", "Été_2026"):
        counter.apply_code(cart_of(counter, show.id, adult=1), typed)
