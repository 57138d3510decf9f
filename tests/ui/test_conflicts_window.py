"""The conflicts console (issue 6, part 7) on a real SQLite file: conflicts as a sync brings
them, resolved by a supervisor through the window; pairing codes (part 2)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import timedelta

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from guichet.domain.errors import DomainError
from guichet.i18n.formatting import local
from guichet.models.tables import Booking, Card, Conflict, Occurrence, OutboxEntry, SyncState
from guichet.services.counter import Counter
from guichet.sync.engine import SyncError
from guichet.ui import conflicts as conflicts_module
from guichet.ui.conflicts import ConflictsWindow
from guichet.ui.screenshots.conflicts import add_conflict, add_terminal, sell_card
from tests.conftest import user_id


@dataclass(frozen=True)
class Scene:
    card_id: str
    occurrence_id: str
    booking_ids: tuple[str, ...]
    open_id: str  # not_enough_uses, the two bookings below
    settled_id: str  # resolved earlier by Luc


@pytest.fixture
def scene(cashier_counter: Counter) -> Scene:
    """Sophie sold a "Carte 10 bains" and booked Julie and Marc into tomorrow's 13 h Bain
    libre; the server then reported that Caisse 2 had done it offline with 1 use left."""
    counter = cashier_counter
    card_id = sell_card(counter, "Carte 10 bains")
    tz = counter.organisation.timezone
    tomorrow = counter.today() + timedelta(days=1)
    swim = next(
        o
        for o in counter.occurrences(tomorrow)
        if o.event_name == "Bain libre" and local(o.starts_at, tz).hour == 13
    )
    made = counter.cards.book(
        card_id, swim.id, [(None, "Julie Côté"), (None, "Marc Côté")], print_tickets=False
    )
    caisse2 = add_terminal(counter, "Caisse 2")
    sophie, luc = user_id(counter, "Sophie"), user_id(counter, "Luc")
    now = counter.clock()
    open_id = add_conflict(
        counter,
        terminal_id=caisse2,
        user_id=sophie,
        occurred_at=now - timedelta(hours=2),
        reason="not_enough_uses",
        details={"remaining": 1, "wanted": 2},
        card_id=card_id,
        booking_ids=made.booking_ids,
    )
    settled_id = add_conflict(
        counter,
        terminal_id=caisse2,
        user_id=sophie,
        occurred_at=now - timedelta(hours=3),
        reason="card_blocked",
        card_id=card_id,
        resolution="accept",
        note="Carte retrouvée",
        resolved_by=luc,
        resolved_at=now - timedelta(hours=1),
    )
    return Scene(card_id, swim.id, made.booking_ids, open_id, settled_id)


@pytest.fixture
def boss(make_counter: Callable[..., Counter]) -> Counter:
    """Luc (supervisor, PIN 2222) at a second counter object on the same database."""
    counter = make_counter()
    counter.actor = counter.authorize_supervisor(user_id(counter, "Luc"), "2222")
    return counter


def window_for(qtbot: QtBot, counter: Counter) -> ConflictsWindow:
    window = ConflictsWindow(counter)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_lists_the_open_conflict_with_its_reason_and_bookings(
    qtbot: QtBot, boss: Counter, scene: Scene
) -> None:
    window = window_for(qtbot, boss)
    assert [v.id for v in window.views] == [scene.open_id]  # settled ones are hidden
    text = window.row_text(scene.open_id)
    assert text.startswith("Pas assez de passages\u00a0: il en reste 1, il en faut 2.")
    assert "Caisse 2 · Sophie Gagnon · aujourd'hui, 10\u00a0h" in text
    assert "Carte 10 bains " in text
    assert "Bain libre, demain, 13\u00a0h\u00a0: Julie Côté, Marc Côté" in text
    assert text.endswith("À régler")
    assert window.summary_label.text() == "À régler\u00a0: 1 · Réglés\u00a0: 1"
    assert window.headline_label.text() == (
        "Pas assez de passages\u00a0: il en reste 1, il en faut 2."
    )
    assert window.bookings_table.rowCount() == 2
    assert window.bookings_table.item(0, 0).text() == "Julie Côté"
    assert window.bookings_table.item(0, 3).text() == "Réservée"
    visible = [r for r, b in window.resolution_buttons.items() if b.isVisibleTo(window)]
    assert visible == ["accept", "cancel_booking", "block_card"]  # no order: no refund
    assert all(window.resolution_buttons[r].isEnabled() for r in visible)
    assert window.resolution_buttons["cancel_booking"].text() == "Annuler les réservations"

    window.show_resolved_check.setChecked(True)
    assert [v.id for v in window.views] == [scene.open_id, scene.settled_id]  # open first
    settled = window.row_text(scene.settled_id)
    assert settled.startswith("Carte bloquée.")
    assert "Réglé\u00a0: accepté par Luc Bouchard le " in settled
    assert window.current_conflict() is not None
    assert window.current_conflict().id == scene.open_id  # type: ignore[union-attr]


def test_supervisor_cancels_the_bookings(qtbot: QtBot, boss: Counter, scene: Scene) -> None:
    with boss.session_factory() as session:
        card = session.get(Card, scene.card_id)
        assert card is not None
        uses_before = card.uses_taken
        occurrence = session.get(Occurrence, scene.occurrence_id)
        assert occurrence is not None
        taken_before = occurrence.alacarte_taken
    window = window_for(qtbot, boss)
    assert window.select_conflict(scene.open_id)
    window.choose("cancel_booking")
    assert window.pending == "cancel_booking"
    assert window.confirm_page.isVisible() and not window.buttons_page.isVisible()
    assert "Julie Côté, Marc Côté" in window.confirm_label.text()
    window.cancel_choice()  # « Retour »: nothing recorded
    assert window.pending is None and window.buttons_page.isVisible()
    window.choose("cancel_booking")
    window.note_edit.setText("Famille prévenue")
    with qtbot.waitSignal(window.resolved) as signal:
        qtbot.mouseClick(window.confirm_button, qtbot_left())
    assert signal.args == [scene.open_id]

    luc = user_id(boss, "Luc")
    with boss.session_factory() as session:
        statuses = {
            b.status
            for b in session.scalars(select(Booking).where(Booking.id.in_(scene.booking_ids)))
        }
        assert statuses == {"cancelled"}
        card = session.get(Card, scene.card_id)
        assert card is not None and card.uses_taken == uses_before - 2  # uses given back
        occurrence = session.get(Occurrence, scene.occurrence_id)
        assert occurrence is not None and occurrence.alacarte_taken == taken_before - 2
        row = session.get(Conflict, scene.open_id)
        assert row is not None
        assert (row.status, row.resolution, row.note) == (
            "resolved",
            "cancel_booking",
            "Famille prévenue",
        )
        assert row.resolved_by == luc
        outbox = session.scalars(
            select(OutboxEntry).where(OutboxEntry.command_type == "conflict.resolve")
        ).all()
        assert len(outbox) == 1
        assert outbox[0].payload["conflict_id"] == scene.open_id
        assert outbox[0].payload["resolution"] == "cancel_booking"
        assert outbox[0].user_id == luc

    # Still listed (settled here), now as settled, with who and when.
    text = window.row_text(scene.open_id)
    assert "Réglé\u00a0: réservations annulées par Luc Bouchard le " in text
    assert "Bain libre, demain, 13\u00a0h\u00a0: Julie Côté, Marc Côté — toutes annulées" in (
        text
    )
    assert window.message.text() == "Conflit réglé\u00a0: réservations annulées."
    assert window.message.property("role") == "ok"
    assert window.status_label.text().startswith(
        "Réglé\u00a0: réservations annulées par Luc Bouchard"
    )
    assert window.bookings_table.item(0, 3).text() == "Annulée"
    assert not window.decision_stack.isVisibleTo(window)
    assert window.note_label.text() == "Note\u00a0: Famille prévenue"
    assert window.summary_label.text() == "À régler\u00a0: 0 · Réglés\u00a0: 2"


def qtbot_left():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_cashier_sees_the_decisions_disabled(
    qtbot: QtBot, cashier_counter: Counter, scene: Scene
) -> None:
    window = window_for(qtbot, cashier_counter)
    assert window.row_text(scene.open_id)
    buttons = [b for b in window.resolution_buttons.values() if b.isVisibleTo(window)]
    assert buttons and not any(b.isEnabled() for b in buttons)
    assert window.permission_label.isVisibleTo(window)
    assert window.permission_label.text() == (
        "Seul un superviseur ou le propriétaire règle un conflit."
    )
    assert not window.note_edit.isVisibleTo(window)
    window.choose("accept")  # a keyboard path would still be refused, in words
    assert window.pending is None
    assert window.message.text() == "Votre rôle ne permet pas cette opération."
    with pytest.raises(DomainError) as refused:  # and the service refuses anyway
        cashier_counter.conflicts.resolve(scene.open_id, "accept")
    assert refused.value.code == "forbidden"
    assert not window.pairing_button.isEnabled()


def test_resolving_twice_is_refused_in_words(
    qtbot: QtBot, boss: Counter, make_counter: Callable[..., Counter], scene: Scene
) -> None:
    window = window_for(qtbot, boss)
    window.choose("block_card")
    # Meanwhile another supervisor settles it at another counter.
    other = make_counter()
    other.actor = other.authorize_supervisor(user_id(other, "Luc"), "2222")
    other.conflicts.resolve(scene.open_id, "accept", "vu avec la famille")
    assert window.confirm() is False
    assert window.message.text() == "Ce conflit est déjà réglé (accepté)."
    assert window.message.property("role") == "error"
    assert "Réglé\u00a0: accepté par Luc Bouchard le " in window.row_text(scene.open_id)
    with boss.session_factory() as session:
        card = session.get(Card, scene.card_id)
        assert card is not None and card.status == "active"  # not blocked
        assert (
            len(
                session.scalars(
                    select(OutboxEntry).where(OutboxEntry.command_type == "conflict.resolve")
                ).all()
            )
            == 1
        )


def test_standalone_counter_has_no_pairing_code(qtbot: QtBot, boss: Counter) -> None:
    window = window_for(qtbot, boss)
    assert window.views == []
    assert window.empty_label.text() == "Aucun conflit à régler."
    assert window.pairing_button.text() == "Code de jumelage pour un nouveau guichet"
    assert not window.pairing_button.isEnabled()
    assert window.pairing_label.text().startswith("Ce guichet n'est pas jumelé à un serveur")
    window.request_pairing_code()  # nothing to ask
    assert window.pairing_code == "" and not window.pairing_code_label.isVisibleTo(window)


class FakeClient:
    answer: object = "K7M2QX9PTE"
    asked: list[tuple[str, str, str]] = []

    def __init__(
        self, url: str, token: str | None = None, *, certificate: str | None = None
    ) -> None:
        # ``certificate``: the one pinned at pairing (https), as ServerClient takes it.
        self.url, self.token, self.certificate = url, token, certificate

    def pairing_code(self, user: str) -> str:
        FakeClient.asked.append((self.url, self.token or "", user))
        if isinstance(self.answer, Exception):
            raise self.answer
        return str(self.answer)

    def close(self) -> None:
        pass


@pytest.fixture
def paired(boss: Counter, monkeypatch: pytest.MonkeyPatch) -> Iterator[type[FakeClient]]:
    with boss.session_factory() as session, session.begin():
        session.add(SyncState(key="server_url", value="http://server.test:8765"))
        session.add(SyncState(key="terminal_id", value=boss.terminal_id))
    FakeClient.asked = []
    FakeClient.answer = "K7M2QX9PTE"
    monkeypatch.setattr(conflicts_module, "ServerClient", FakeClient)
    monkeypatch.setattr(conflicts_module, "load_token", lambda url, terminal: "secret")
    yield FakeClient


def test_supervisor_gets_a_pairing_code_shown_big(
    qtbot: QtBot, boss: Counter, paired: type[FakeClient]
) -> None:
    window = window_for(qtbot, boss)
    assert window.pairing_button.isEnabled()
    qtbot.mouseClick(window.pairing_button, qtbot_left())
    qtbot.waitUntil(lambda: window.pairing_code_label.isVisible(), timeout=5000)
    assert window.pairing_code_label.text() == "K7M2Q-X9PTE"
    assert window.pairing_code == "K7M2QX9PTE"
    assert window.pairing_code_label.font().pointSize() >= 24
    assert window.pairing_label.text().startswith(
        "Valable jusqu'au dimanche 6 décembre 2026, 12\u00a0h (24 heures)."
    )
    assert paired.asked == [("http://server.test:8765", "secret", user_id(boss, "Luc"))]
    qtbot.waitUntil(lambda: window.pairing_button.isEnabled(), timeout=5000)


def test_pairing_code_refusal_in_words(
    qtbot: QtBot, boss: Counter, paired: type[FakeClient]
) -> None:
    paired.answer = SyncError("unreachable", "connection refused")
    window = window_for(qtbot, boss)
    window.request_pairing_code()
    qtbot.waitUntil(lambda: window.pairing_button.isEnabled(), timeout=5000)
    assert window.pairing_label.text() == "Pas de code de jumelage\u00a0: Serveur injoignable."
    assert window.pairing_label.property("role") == "error"
    assert not window.pairing_code_label.isVisibleTo(window)
    paired.answer = SyncError("forbidden")
    window.request_pairing_code()
    qtbot.waitUntil(lambda: window.pairing_button.isEnabled(), timeout=5000)
    assert "seul un superviseur ou le propriétaire obtient un code" in window.pairing_label.text()


def test_window_in_english(
    qapp: QApplication, qtbot: QtBot, make_counter: Callable[..., Counter], scene: Scene
) -> None:
    from guichet.ui.app import install_language

    install_language(qapp, "en")
    try:
        counter = make_counter(lang="en")
        counter.actor = counter.authorize_supervisor(user_id(counter, "Luc"), "2222")
        window = window_for(qtbot, counter)
        text = window.row_text(scene.open_id)
        assert text.startswith("Not enough uses")
        assert text.endswith("To be resolved")
        assert window.resolution_buttons["cancel_booking"].text() == "Cancel the bookings"
        window.choose("cancel_booking")
        assert window.confirm()
        assert "Resolved: bookings cancelled by Luc Bouchard on " in window.row_text(scene.open_id)
    finally:
        install_language(qapp, "fr")
