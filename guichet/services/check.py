"""``guichet check``: the local database's invariants, each violation named.

Read-only: it never repairs anything (a violation is for a person to look at).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from guichet.models.tables import (
    Occurrence,
    Order,
    OrderLine,
    OrderTax,
    OutboxEntry,
    Payment,
    Receipt,
    Refund,
    RefundLineRow,
)


@dataclass(frozen=True)
class Violation:
    code: str
    subject: str
    detail: str

    def __str__(self) -> str:
        return f"{self.code}: {self.subject}: {self.detail}"


def run_checks(session: Session) -> list[Violation]:
    violations: list[Violation] = []
    violations += _places(session)
    violations += _order_totals(session)
    violations += _payments(session)
    violations += _receipt_numbers(session)
    violations += _outbox(session)
    violations += _reserves(session)
    violations += _cards(session)
    violations += _exchanges(session)
    return violations


def _cards(session: Session) -> list[Violation]:
    """A card's uses taken equal its bookings standing, and never exceed its uses."""
    from guichet.models.tables import Booking, Card

    out: list[Violation] = []
    standing = dict(
        session.execute(
            select(Booking.card_id, func.count())
            .where(Booking.status != "cancelled")
            .group_by(Booking.card_id)
        ).all()
    )
    from guichet.models.tables import Conflict

    # An over-redemption found at sync is known and waits for a supervisor (a conflict).
    in_conflict = set(session.scalars(select(Conflict.card_id).where(Conflict.status == "open")))
    for card_id, code, taken, terms in session.execute(
        select(Card.id, Card.code, Card.uses_taken, Card.terms).where(
            (Card.uses_taken > 0) | Card.id.in_(list(standing))
        )
    ):
        bookings = int(standing.get(card_id, 0))
        uses = (terms or {}).get("uses")
        if taken != bookings:
            out.append(
                Violation(
                    "card_uses_drift",
                    f"card {code}",
                    f"card says {taken} uses taken, bookings say {bookings}",
                )
            )
        if uses is not None and bookings > uses and card_id not in in_conflict:
            out.append(
                Violation("card_over_redeemed", f"card {code}", f"{bookings} bookings > {uses}")
            )
    return out


def _reserves(session: Session) -> list[Violation]:
    """A reserve's drawn count equals its tickets still standing; sold plus what reserves
    still hold never exceeds capacity (raising a hold never oversells)."""
    from guichet.models.tables import ReserveQuantityRow

    out: list[Violation] = []
    standing = {
        (occ, reserve): int(total or 0)
        for occ, reserve, total in session.execute(
            select(
                OrderLine.occurrence_id,
                OrderLine.reserve_id,
                func.sum(OrderLine.quantity - OrderLine.refunded_quantity),
            )
            .where(OrderLine.reserve_id.is_not(None))
            .group_by(OrderLine.occurrence_id, OrderLine.reserve_id)
        )
    }
    held: dict[str, int] = {}
    for q in session.scalars(select(ReserveQuantityRow)):
        tickets = standing.get((q.occurrence_id, q.reserve_id), 0)
        if q.drawn != tickets:
            out.append(
                Violation(
                    "reserve_drawn_drift",
                    f"occurrence {q.occurrence_id}",
                    f"reserve {q.reserve_id} says {q.drawn} drawn, tickets say {tickets}",
                )
            )
        held[q.occurrence_id] = held.get(q.occurrence_id, 0) + q.held - q.drawn
    for occ in session.scalars(select(Occurrence).where(Occurrence.id.in_(held.keys()))):
        if occ.sold + held[occ.id] + occ.held_back > occ.capacity:
            out.append(
                Violation(
                    "reserves_overbooked",
                    f"occurrence {occ.id}",
                    f"sold {occ.sold} + reserves {held[occ.id]} + held back "
                    f"{occ.held_back} > capacity {occ.capacity}",
                )
            )
    return out


def _places(session: Session) -> list[Violation]:
    out: list[Violation] = []
    from guichet.models.tables import Booking

    def standing_lines(kind: str) -> dict[str, int]:
        return {
            str(occ): int(total or 0)
            for occ, total in session.execute(
                select(
                    OrderLine.occurrence_id,
                    func.sum(OrderLine.quantity - OrderLine.refunded_quantity),
                )
                .where(OrderLine.kind == kind)
                .group_by(OrderLine.occurrence_id)
            )
        }

    def standing_bookings(place_kind: str) -> dict[str, int]:
        return {
            occ: int(total or 0)
            for occ, total in session.execute(
                select(Booking.occurrence_id, func.count())
                .where(Booking.place_kind == place_kind, Booking.status != "cancelled")
                .group_by(Booking.occurrence_id)
            )
        }

    sold_by_lines = standing_lines("ticket")
    # An exchange moves admissions to another date of the same event while their order line
    # stays as sold (the money did not move): a valid ticket standing on another date than
    # its line's counts on its own date (docs/TICKETS.md, "Exchanges").
    for ticket_date, line_date, moved in _moved_admissions(session):
        sold_by_lines[ticket_date] = sold_by_lines.get(ticket_date, 0) + moved
        sold_by_lines[line_date] = sold_by_lines.get(line_date, 0) - moved
    session_bookings = standing_bookings("session")
    alacarte_lines = standing_lines("alacarte")
    alacarte_bookings = standing_bookings("alacarte")
    for occ in session.scalars(select(Occurrence)):
        # Cards booked into an occurrence without à-la-carte places take session places.
        from_lines = sold_by_lines.get(occ.id, 0) + session_bookings.get(occ.id, 0)
        alacarte = alacarte_lines.get(occ.id, 0) + alacarte_bookings.get(occ.id, 0)
        if occ.alacarte_taken != alacarte or alacarte > occ.alacarte_places:
            out.append(
                Violation(
                    "alacarte_drift",
                    f"occurrence {occ.id}",
                    f"counter says {occ.alacarte_taken} of {occ.alacarte_places} à-la-carte "
                    f"places taken, sales and bookings say {alacarte}",
                )
            )
        if from_lines > occ.capacity:
            out.append(
                Violation(
                    "oversold",
                    f"occurrence {occ.id}",
                    f"{from_lines} places sold for a capacity of {occ.capacity}",
                )
            )
        if occ.sold != from_lines:
            out.append(
                Violation(
                    "sold_count_drift",
                    f"occurrence {occ.id}",
                    f"counter says {occ.sold}, order lines and bookings say {from_lines}",
                )
            )
    refunded = dict(
        session.execute(
            select(RefundLineRow.order_line_id, func.sum(RefundLineRow.quantity)).group_by(
                RefundLineRow.order_line_id
            )
        ).all()
    )
    for line_id, refunded_qty in session.execute(select(OrderLine.id, OrderLine.refunded_quantity)):
        if int(refunded.get(line_id, 0) or 0) != refunded_qty:
            out.append(
                Violation(
                    "refund_count_drift",
                    f"order line {line_id}",
                    f"line says {refunded_qty}, refunds say {refunded.get(line_id, 0)}",
                )
            )
    return out


def _moved_admissions(session: Session) -> list[tuple[str, str, int]]:
    """(ticket's date, line's date, how many) of the valid tickets an exchange moved."""
    from guichet.models.tables import Ticket

    return [
        (str(ticket_date), str(line_date), int(moved))
        for ticket_date, line_date, moved in session.execute(
            select(Ticket.occurrence_id, OrderLine.occurrence_id, func.count())
            .join(OrderLine, OrderLine.id == Ticket.order_line_id)
            .where(
                Ticket.status == "valid",
                OrderLine.kind == "ticket",
                Ticket.occurrence_id != OrderLine.occurrence_id,
            )
            .group_by(Ticket.occurrence_id, OrderLine.occurrence_id)
        )
    ]


def _exchanges(session: Session) -> list[Violation]:
    """An exchanged ticket names its replacement, a ticket of the same order line and rank
    (the door voids one code and admits the other; a refund finds the admission by rank)."""
    from sqlalchemy.orm import aliased

    from guichet.models.tables import Ticket

    new = aliased(Ticket)
    out: list[Violation] = []
    for code, replaced_by, line_id, rank, new_line, new_rank in session.execute(
        select(
            Ticket.code,
            Ticket.replaced_by,
            Ticket.order_line_id,
            Ticket.rank,
            new.order_line_id,
            new.rank,
        )
        .outerjoin(new, new.id == Ticket.replaced_by)
        .where(Ticket.status == "exchanged")
    ):
        if replaced_by is None or new_line != line_id or new_rank != rank:
            out.append(
                Violation(
                    "exchange_broken",
                    f"ticket {code}",
                    f"exchanged for {replaced_by or 'nothing'}"
                    + ("" if new_line is not None else " (not found)"),
                )
            )
    return out


def _order_totals(session: Session) -> list[Violation]:
    out: list[Violation] = []
    line_sums = {
        order_id: (int(net), int(tax), int(total))
        for order_id, net, tax, total in session.execute(
            select(
                OrderLine.order_id,
                func.sum(OrderLine.net_amount),
                func.sum(OrderLine.tax_amount),
                func.sum(OrderLine.total),
            ).group_by(OrderLine.order_id)
        )
    }
    tax_sums = dict(
        session.execute(
            select(OrderTax.order_id, func.sum(OrderTax.amount)).group_by(OrderTax.order_id)
        ).all()
    )
    for order in session.scalars(select(Order)):
        net, line_tax, line_total = line_sums.get(order.id, (0, 0, 0))
        taxes = int(tax_sums.get(order.id, 0) or 0)
        if order.total != net + taxes:
            out.append(
                Violation(
                    "order_total",
                    f"order {order.code}",
                    f"total {order.total} != lines {net} + taxes {taxes}",
                )
            )
        if line_tax != taxes or line_total != order.total or order.tax_total != taxes:
            out.append(
                Violation(
                    "order_tax_split",
                    f"order {order.code}",
                    f"line taxes {line_tax}, order taxes {taxes}, recorded {order.tax_total}",
                )
            )
    return out


def _payments(session: Session) -> list[Violation]:
    out: list[Violation] = []
    sale_paid = dict(
        session.execute(
            select(Payment.order_id, func.sum(Payment.amount))
            .where(Payment.refund_id.is_(None))
            .group_by(Payment.order_id)
        ).all()
    )
    for order in session.scalars(select(Order)):
        paid = int(sale_paid.get(order.id, 0) or 0)
        if paid != order.total + order.cash_rounding:
            out.append(
                Violation(
                    "payments_total",
                    f"order {order.code}",
                    f"paid {paid} != total {order.total} + cash rounding {order.cash_rounding}",
                )
            )
    refund_paid = dict(
        session.execute(
            select(Payment.refund_id, func.sum(Payment.amount))
            .where(Payment.refund_id.is_not(None))
            .group_by(Payment.refund_id)
        ).all()
    )
    for refund in session.scalars(select(Refund)):
        paid = int(refund_paid.get(refund.id, 0) or 0)
        if paid != -(refund.total + refund.cash_rounding):
            out.append(
                Violation(
                    "refund_payments",
                    f"refund {refund.id}",
                    f"paid out {-paid} != refund {refund.total} + rounding {refund.cash_rounding}",
                )
            )
    return out


def _receipt_numbers(session: Session) -> list[Violation]:
    out: list[Violation] = []
    rows = session.execute(
        select(
            Receipt.terminal_id,
            func.count(Receipt.id),
            func.min(Receipt.number),
            func.max(Receipt.number),
        ).group_by(Receipt.terminal_id)
    ).all()
    for terminal_id, count, first, last in rows:
        if first != 1 or last != count:
            numbers = set(
                session.scalars(select(Receipt.number).where(Receipt.terminal_id == terminal_id))
            )
            missing = sorted(set(range(1, int(last) + 1)) - numbers)[:20]
            out.append(
                Violation(
                    "receipt_gap",
                    f"terminal {terminal_id}",
                    f"{count} receipts numbered {first}..{last}; missing {missing}",
                )
            )
    return out


def _outbox(session: Session) -> list[Violation]:
    out: list[Violation] = []
    logged = set(session.scalars(select(OutboxEntry.command_id)))
    for code, command_id in session.execute(select(Order.code, Order.command_id)):
        if command_id not in logged:
            out.append(Violation("order_not_in_outbox", f"order {code}", f"command {command_id}"))
    for refund_id, command_id in session.execute(select(Refund.id, Refund.command_id)):
        if command_id not in logged:
            out.append(
                Violation("refund_not_in_outbox", f"refund {refund_id}", f"command {command_id}")
            )
    return out
