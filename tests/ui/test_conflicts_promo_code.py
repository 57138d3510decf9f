"""A promo code used past its uses offline (issue 6, part 5) in the conflicts console: the
reason in words (French and English), the order, and "accept" settles it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from guichet.domain.promotions import Promotion, percent_off
from guichet.models.tables import Conflict, OutboxEntry, PromoCode
from guichet.services.counter import Counter
from guichet.services.promotions import PromotionAdmin
from guichet.ui.conflicts import ConflictsWindow
from guichet.ui.screenshots.conflicts import add_conflict, add_terminal
from tests.conftest import user_id
from tests.integration.helpers import cart_of, occurrence_named


def sale_conflict(
    counter: Counter, reason: str, details: dict[str, object], code: str | None = None
) -> str:
    """Sophie sells an adult ticket at the theatre (with ``code``), paid by card; the server
    then reports a conflict on that order, noted for a sale Caisse 2 made offline."""
    show = occurrence_named(counter, "Le Malade imaginaire")
    cart = cart_of(counter, show.id, adult=1)
    if code is not None:
        counter.apply_code(cart, code)
    payment = counter.payment_session(cart)
    payment.add_card(payment.balance, "1234")
    sale = counter.sell(cart, payment)
    return add_conflict(
        counter,
        terminal_id=add_terminal(counter, "Caisse 2"),
        user_id=user_id(counter, "Sophie"),
        occurred_at=counter.clock() - timedelta(hours=1),
        reason=reason,
        details=details,
        order_id=sale.order_id,
        command_type="order.sell",
    )


def code_conflict(counter: Counter, supervisor) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """Sophie sold a ticket with a single-use code; the server then reported that Caisse 2
    had used the same code offline: (conflict id, code)."""
    admin = PromotionAdmin(
        counter.session_factory, counter.terminal_id, lambda: supervisor, clock=counter.clock
    )
    invitation = admin.save(Promotion(id="", name_fr="Invitation", effect=percent_off(50)))
    admin.generate_codes(invitation, 1, max_uses=1)
    with counter.session_factory() as session:
        text = session.scalars(select(PromoCode.code)).one()
    conflict_id = sale_conflict(
        counter, "promo_code_used_up", {"text": text, "used": 1, "permitted": 1}, code=text
    )
    return conflict_id, text


def test_a_code_used_twice_offline_is_shown_in_words_and_accepted(
    qtbot: QtBot, cashier_counter: Counter, supervisor, make_counter: Callable[..., Counter]
) -> None:
    conflict_id, text = code_conflict(cashier_counter, supervisor)
    boss = make_counter()
    boss.actor = boss.authorize_supervisor(user_id(boss, "Luc"), "2222")
    window = ConflictsWindow(boss)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    words = (
        f"Code promo {text} utilisé hors ligne alors qu'il avait déjà servi 1 fois sur 1 "
        "permise."
    )
    row = window.row_text(conflict_id)
    assert row.startswith(words)
    assert "Caisse 2 · Sophie Gagnon" in row and "Commande " in row
    assert window.headline_label.text() == words
    visible = [r for r, b in window.resolution_buttons.items() if b.isVisibleTo(window)]
    assert visible == ["accept", "refund"]  # an order, no card, no booking
    window.choose("accept")
    with qtbot.waitSignal(window.resolved):
        assert window.confirm()
    assert "Réglé\u00a0: accepté par Luc Bouchard le " in window.row_text(conflict_id)
    with boss.session_factory() as session:
        row_db = session.get(Conflict, conflict_id)
        assert row_db is not None and (row_db.status, row_db.resolution) == ("resolved", "accept")
        assert session.scalars(
            select(OutboxEntry.command_type).where(OutboxEntry.command_type == "conflict.resolve")
        ).all() == ["conflict.resolve"]


def test_the_same_conflict_in_english(
    qtbot: QtBot,
    qapp: QApplication,
    cashier_counter: Counter,
    supervisor,  # type: ignore[no-untyped-def]
    make_counter: Callable[..., Counter],
) -> None:
    from PySide6.QtCore import QLocale

    from guichet.ui.app import install_language
    from guichet.ui.messages import message_for_code

    conflict_id, text = code_conflict(cashier_counter, supervisor)
    previous = QLocale()
    install_language(qapp, "en")
    try:
        boss = make_counter(lang="en")
        boss.actor = boss.authorize_supervisor(user_id(boss, "Luc"), "2222")
        window = ConflictsWindow(boss)
        qtbot.addWidget(window)
        assert window.row_text(conflict_id).startswith(
            f"Promo code {text} used offline when it was already used up (1 of 1 allowed use)."
        )
        assert (
            message_for_code("promo_code_used_up", {"text": text, "used": 1, "permitted": 1}, "en")
            == f"Code {text} is used up (1 of 1 allowed use)."
        )
    finally:
        install_language(qapp, "fr")
        QLocale.setDefault(previous)
