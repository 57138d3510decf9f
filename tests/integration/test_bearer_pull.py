"""Issue 21, part 4: what a counter pulls carries no bearer code (a card's, an order's, a
ticket's, a scan's), and a counter still judges offline what another counter sold.

Before the fix, ``/changes`` handed every card, pass, order and ticket code to every paired
counter: a stolen counter's database held every bearer value of the organisation."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import httpx
from sqlalchemy import select

from guichet.domain import bearer, codes
from guichet.domain.cards import Verdict as CardVerdict
from guichet.domain.cart import Cart
from guichet.domain.tickets import Verdict
from guichet.models.db import make_engine
from guichet.models.tables import Card, CheckIn, Order, Ticket
from guichet.sync.keyrings import MemoryKeyring
from tests.conftest import Clock, user_id
from tests.integration.helpers import sell_cash
from tests.integration.test_sync_server import (
    ServerProcess,
    free_port,
    occurrence_named,
    paired_counter,
)


def pulled_payload(server: ServerProcess, token: str) -> bytes:
    """Every page of ``/changes`` from the start, as the bytes a counter receives."""
    pages, cursor = [], 0
    with httpx.Client(base_url=server.url, timeout=30) as http:
        while True:
            response = http.get(
                "/changes",
                params={"since": cursor, "limit": 5000},
                headers={"Authorization": f"Bearer {token}"},
            )
            assert response.status_code == 200, response.text
            pages.append(response.content)
            body = response.json()
            cursor = body["cursor"]
            if not body["more"]:
                return b"".join(pages)


def bearer_codes_on_server(server: ServerProcess) -> set[str]:
    engine = make_engine(server.db_url)
    try:
        with engine.connect() as conn:
            found = set(conn.scalars(select(Card.code)))
            found |= set(conn.scalars(select(Order.code)))
            found |= set(conn.scalars(select(Ticket.code)))
            found |= {c for c in conn.scalars(select(CheckIn.code)) if c}
    finally:
        engine.dispose()
    return found


def test_a_pull_carries_no_bearer_code_and_a_card_sold_elsewhere_scans_offline(
    server: ServerProcess, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    one, sync_one = paired_counter(server, tmp_path, "Caisse A")
    two, sync_two = paired_counter(server, tmp_path, "Caisse B")
    # At A: tickets, a gift package, a scan at the door.
    swim = occurrence_named(one, "Bain libre", 18)
    sale = sell_cash(one, swim.id, adult=2)
    cart = Cart()
    package = one.cards.find_card_type("Carte 10 bains").id
    line = one.add_card_to_cart(cart, package)
    payment = one.payment_session(cart)
    payment.add_cash(payment.cash_due)
    one.sell(cart, payment)
    card_code = line.card_code or ""
    with one.session_factory() as session:
        order_code = session.get(Order, sale.order_id).code  # type: ignore[union-attr]
        tickets = list(
            session.scalars(
                select(Ticket.code).where(Ticket.order_id == sale.order_id).order_by(Ticket.rank)
            )
        )
    assert isinstance(one.clock, Clock) and isinstance(two.clock, Clock)
    one.clock.now = two.clock.now = swim.starts_at - timedelta(minutes=30)
    assert one.door.scan(tickets[0]).verdict is Verdict.VALID  # a check-in row, with its code
    for sync in (sync_one, sync_two, sync_one, sync_two):
        status = sync.sync()
        assert (status.error, status.waiting, status.rejected) == ("", 0, 0), status

    # What B receives: no code of any card (demo lots and passes too), order, ticket, scan.
    token = sync_two.client.token or ""
    payload = pulled_payload(server, token).decode()
    secrets_ = bearer_codes_on_server(server)
    assert {card_code, order_code, *tickets} <= secrets_ and len(secrets_) > 20
    leaked = sorted(c for c in secrets_ if c in payload or codes.display(c) in payload)
    assert leaked == []
    # ... nor in B's database, where A's rows are known by digest only.
    with two.session_factory() as session:
        stored = set(session.scalars(select(Card.code))) | set(session.scalars(select(Order.code)))
        stored |= set(session.scalars(select(Ticket.code)))
        assert not (stored & secrets_)
        assert bearer.digest(two.organisation.id, card_code) in stored
    # A kept its own codes (its receipts and tickets print again from them).
    with one.session_factory() as session:
        assert session.get(Order, sale.order_id).code == order_code  # type: ignore[union-attr]
        assert card_code in set(session.scalars(select(Card.code)))

    # Offline, B judges the card and the ticket that A sold, and finds A's order by its code.
    sync_two.client = type(sync_two.client)(f"http://127.0.0.1:{free_port()}", token)
    two.cards.remote = None
    found = two.cards.lookup(codes.display(card_code).lower())
    assert found.verdict is CardVerdict.VALID and found.remaining_uses == 10
    assert found.code == card_code  # shown as scanned
    assert two.door.scan(tickets[1]).verdict is Verdict.VALID
    assert two.door.scan(tickets[0]).verdict is Verdict.ALREADY_USED
    assert two.find_order(codes.display(order_code)).id == sale.order_id
    # Scanned here, the order's code and its tickets' are known here from now on.
    with two.session_factory() as session:
        assert session.get(Order, sale.order_id).code == order_code  # type: ignore[union-attr]
        assert set(tickets) <= set(session.scalars(select(Ticket.code)))
    boss = two.authorize_supervisor(user_id(two, "Luc"), "2222")
    assert boss is not None
