"""A counter looks bearer codes up under both their forms (docs/SECURITY.md): the code
itself on the rows it wrote, its digest on the rows it pulled (:mod:`guichet.domain.bearer`).

A code typed or scanned here is learnt: the row keeps it from then on (a refund receipt
printed here shows the order's code; the tickets of that order, derived from it, can be
printed again here). The person at the counter holds the paper: nothing is revealed."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from guichet.domain import bearer
from guichet.domain.tickets import ticket_code
from guichet.models.tables import Order, Ticket


def order_by_code(session: Session, organisation_id: str, code: str) -> Order | None:
    order = session.scalars(
        select(Order).where(
            Order.organisation_id == organisation_id,
            Order.code.in_(bearer.forms(organisation_id, code)),
        )
    ).first()
    if order is not None and order.code != code:
        learn_order(session, order, code)
    return order


def ticket_order_id(session: Session, organisation_id: str, code: str) -> str | None:
    return session.scalar(
        select(Ticket.order_id).where(
            Ticket.organisation_id == organisation_id,
            Ticket.code.in_(bearer.forms(organisation_id, code)),
        )
    )


def learn_order(session: Session, order: Order, code: str) -> None:
    """Keep ``code`` (the order's, as scanned) and the codes of the tickets derived from it."""
    org = order.organisation_id
    order.code = code
    for ticket in session.scalars(select(Ticket).where(Ticket.order_id == order.id)):
        if bearer.is_digest(ticket.code) and ticket.order_line_id:
            derived = ticket_code(code, ticket.order_line_id, ticket.rank)
            if bearer.digest(org, derived) == ticket.code:
                ticket.code = derived
    try:
        session.commit()
    except OperationalError:
        # The look-up began as a read (it takes no write lock: guichet/models/db.py); if
        # another window wrote meanwhile, SQLite refuses to upgrade it. Learning the code is
        # a convenience: the next scan of it learns it.
        session.rollback()
