"""The reserves desk: capacity reserves as the reserves window uses them (Qt-free).

Supervisors and owners define reserves and their quantities; users with access draw tickets
for named participants. Every write is a command; access is enforced by the handlers.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from sqlalchemy import select

from guichet.domain import bearer, codes
from guichet.domain.auth import Role
from guichet.domain.cart import CartLine, price_lines
from guichet.domain.commands import (
    CancelDraw,
    DrawFromReserve,
    ReleaseReserve,
    SalePayment,
    SaveReserve,
    SetHeldBack,
    SetReserveQuantity,
)
from guichet.domain.errors import DomainError
from guichet.domain.escrow import RESERVE
from guichet.domain.overrides import Override
from guichet.domain.payments import PaymentSession
from guichet.domain.reserves import may_use
from guichet.domain.taxes import TaxRate
from guichet.models.tables import (
    Event,
    Occurrence,
    Order,
    OrderLine,
    Price,
    ReserveChangeRow,
    ReserveQuantityRow,
    Terminal,
    TicketCategory,
    User,
)
from guichet.models.tables import (
    Reserve as ReserveRow,
)
from guichet.services import escrow, queries
from guichet.services.desk import DeskCounter, dispatch, occurrence, open_shift_id
from guichet.services.handlers_reserves import DrawRecorded, reserve_of
from guichet.services.printqueue import JobWriter
from guichet.services.views import OccurrenceView, UserView


class ReserveCounter(DeskCounter, Protocol):
    """The counter as the reserves desk sees it: a drawn ticket is priced with its taxes."""

    @property
    def tax_rates(self) -> list[TaxRate]: ...


@dataclass(frozen=True)
class ReserveView:
    id: str
    name: str
    kind: str  # with_access | without_access
    category_id: str | None
    category_name: str
    access: str  # all_users | selected
    user_ids: tuple[str, ...]
    can_use: bool  # the logged-in user may draw from it


@dataclass(frozen=True)
class ReserveLine:
    reserve: ReserveView
    held: int
    drawn: int
    # On a counter paired with the server: what it holds of this reserve for the occurrence
    # and may draw offline (escrow); None elsewhere.
    allotment: int | None = None

    @property
    def remaining(self) -> int:
        return max(self.held - self.drawn, 0)

    @property
    def drawable(self) -> int:
        """What this counter may draw: what remains, no more than it holds when paired."""
        return self.remaining if self.allotment is None else min(self.remaining, self.allotment)

    @property
    def can_use(self) -> bool:
        return self.reserve.can_use


@dataclass(frozen=True)
class ReserveBoard:
    occurrence: OccurrenceView
    held_back: int
    lines: tuple[ReserveLine, ...]


@dataclass(frozen=True)
class DrawnView:
    order_line_id: str
    order_code: str
    reserve_id: str
    reserve_name: str
    participant_name: str
    participant_contact: str
    quantity: int
    cancellable: int
    charged: bool
    created_at: datetime


@dataclass(frozen=True)
class ReserveHistoryView:
    at: datetime
    user_name: str
    action: str
    reserve_name: str
    held_before: int
    held_after: int
    drawn_before: int
    drawn_after: int
    quantity: int
    participant_name: str
    note: str


class ReserveDesk:
    def __init__(self, counter: ReserveCounter) -> None:
        self.counter = counter

    def _dispatch(self, command: object, after: Any = None) -> object:
        return dispatch(self.counter, command, after)

    # --- reserves -----------------------------------------------------------------------

    def reserves(self) -> list[ReserveView]:
        actor = self.counter.actor
        lang = self.counter.lang
        with self.counter.session_factory() as session:
            names = {
                c.id: (c.name_fr if lang == "fr" else c.name_en)
                for c in session.scalars(select(TicketCategory))
            }
            rows = session.scalars(
                select(ReserveRow)
                .where(
                    ReserveRow.organisation_id == self.counter.organisation.id,
                    ReserveRow.active.is_(True),
                )
                .order_by(ReserveRow.name)
            ).all()
            return [
                ReserveView(
                    id=r.id,
                    name=r.name,
                    kind=r.kind,
                    category_id=r.category_id,
                    category_name=names.get(r.category_id or "", ""),
                    access=r.access,
                    user_ids=tuple(r.user_ids or ()),
                    can_use=(
                        actor is not None
                        and r.kind == "with_access"
                        and may_use(reserve_of(r), actor.user_id, Role(actor.role))
                    ),
                )
                for r in rows
            ]

    def save_reserve(
        self,
        name: str,
        kind: str,
        category_id: str | None = None,
        access: str = "all_users",
        user_ids: Sequence[str] = (),
        reserve_id: str | None = None,
    ) -> str:
        rid = reserve_id or str(uuid.uuid4())
        self._dispatch(
            SaveReserve(
                rid, name, kind, category_id, access, tuple(user_ids), created=reserve_id is None
            )
        )
        return rid

    def users(self) -> list[UserView]:
        with self.counter.session_factory() as session:
            return queries.users(session, self.counter.organisation.id)

    def board(self, occurrence_id: str) -> ReserveBoard:
        shown = occurrence(self.counter, occurrence_id)
        reserves = self.reserves()
        with self.counter.session_factory() as session:
            quantities = {
                q.reserve_id: q
                for q in session.scalars(
                    select(ReserveQuantityRow).where(
                        ReserveQuantityRow.occurrence_id == occurrence_id
                    )
                )
            }
            occ = session.get(Occurrence, occurrence_id)
            held_back = occ.held_back if occ else 0
            terminal = session.get(Terminal, self.counter.terminal_id)
            held = (
                {
                    r.id: escrow.held(session, terminal.id, RESERVE, occurrence_id, r.id)
                    for r in reserves
                }
                if terminal is not None and terminal.escrowed
                else {}
            )
        lines = tuple(
            ReserveLine(
                r,
                quantities[r.id].held if r.id in quantities else 0,
                quantities[r.id].drawn if r.id in quantities else 0,
                held.get(r.id),
            )
            for r in reserves
        )
        return ReserveBoard(shown, held_back, lines)

    def set_quantity(self, occurrence_id: str, reserve_id: str, held: int) -> None:
        self._dispatch(SetReserveQuantity(occurrence_id, reserve_id, held))

    def release(self, occurrence_id: str, reserve_id: str) -> None:
        self._dispatch(ReleaseReserve(occurrence_id, reserve_id))

    def set_held_back(self, occurrence_id: str, held_back: int) -> None:
        self._dispatch(SetHeldBack(occurrence_id, held_back))

    # --- drawing ------------------------------------------------------------------------

    def _tariff(self, occurrence_id: str, reserve_id: str) -> int:
        with self.counter.session_factory() as session:
            reserve = session.get(ReserveRow, reserve_id)
            occ = session.get(Occurrence, occurrence_id)
            if reserve is None or occ is None or reserve.category_id is None:
                raise DomainError("unknown_reserve", reserve=reserve_id)
            event = session.get(Event, occ.event_id)
            assert event is not None
            price = session.scalar(
                select(Price.amount).where(
                    Price.price_list_id == (occ.price_list_id or event.price_list_id),
                    Price.category_id == reserve.category_id,
                )
            )
        if price is None:
            raise DomainError("category_not_offered", category=reserve.category_id)
        return int(price)

    def draw_payment(self, occurrence_id: str, reserve_id: str, quantity: int) -> PaymentSession:
        """The payment to take for tickets drawn at the reserve's tariff."""
        price = self._tariff(occurrence_id, reserve_id)
        with self.counter.session_factory() as session:
            category = session.scalar(
                select(ReserveRow.category_id).where(ReserveRow.id == reserve_id)
            )
        priced = price_lines(
            [CartLine(occurrence_id, category or "", quantity, price)], self.counter.tax_rates
        )
        return PaymentSession(priced.total, self.counter.organisation.cash_increment)

    def draw(
        self,
        occurrence_id: str,
        reserve_id: str,
        quantity: int,
        participant: Mapping[str, str],
        *,
        charged: bool = False,
        payment: PaymentSession | None = None,
        override: Override | None = None,
    ) -> DrawRecorded:
        """``override``: a supervisor's permission (id and reason) to draw for a date that
        has ended."""
        shift_id = open_shift_id(self.counter.session_factory, self.counter.terminal_id)
        payments: tuple[SalePayment, ...] = ()
        rounding = 0
        if charged:
            if payment is None or not payment.is_settled:
                raise DomainError("not_paid", balance=payment.balance if payment else 0)
            payments = tuple(
                SalePayment(
                    str(uuid.uuid4()), t.method.value, t.amount, t.tendered, t.change, t.reference
                )
                for t in payment.tenders
            )
            rounding = payment.cash_rounding
        command = DrawFromReserve(
            order_id=str(uuid.uuid4()),
            order_code=codes.new_code(),
            line_id=str(uuid.uuid4()),
            shift_id=shift_id,
            occurrence_id=occurrence_id,
            reserve_id=reserve_id,
            quantity=quantity,
            participant={k: str(v) for k, v in participant.items()},
            charged=charged,
            payments=payments,
            cash_rounding=rounding,
            override_by=override.supervisor_id if override is not None else None,
            override_reason=override.reason if override is not None else "",
        )

        def print_tickets(session, result: DrawRecorded) -> None:  # type: ignore[no-untyped-def]
            if not self.counter.printing_enabled:
                return
            # The receipt and the drawn tickets, as the organisation prints them.
            JobWriter(session, self.counter.terminal_id).order(result.order_id, result.receipt_id)

        result = self._dispatch(command, after=print_tickets)
        assert isinstance(result, DrawRecorded)
        return result

    def drawn(self, occurrence_id: str) -> list[DrawnView]:
        with self.counter.session_factory() as session:
            names = dict(session.execute(select(ReserveRow.id, ReserveRow.name)).all())
            rows = session.execute(
                select(OrderLine, Order)
                .join(Order, OrderLine.order_id == Order.id)
                .where(OrderLine.occurrence_id == occurrence_id, OrderLine.reserve_id.is_not(None))
                .order_by(Order.created_at.desc())
            ).all()
            result = []
            for line, order in rows:
                who = order.participant or {}
                contact = " · ".join(v for v in (who.get("email"), who.get("phone")) if v)
                result.append(
                    DrawnView(
                        order_line_id=line.id,
                        order_code=codes.display(bearer.visible(order.code)),
                        reserve_id=line.reserve_id or "",
                        reserve_name=names.get(line.reserve_id or "", ""),
                        participant_name=who.get("name", ""),
                        participant_contact=contact,
                        quantity=line.quantity,
                        cancellable=line.quantity - line.refunded_quantity,
                        charged=line.unit_price != 0,
                        created_at=order.created_at,
                    )
                )
            return result

    def cancel_draw(self, order_line_id: str, quantity: int, reason: str = "") -> None:
        shift_id = open_shift_id(self.counter.session_factory, self.counter.terminal_id)
        self._dispatch(CancelDraw(str(uuid.uuid4()), order_line_id, quantity, shift_id, reason))

    def history(self, occurrence_id: str) -> list[ReserveHistoryView]:
        with self.counter.session_factory() as session:
            names = dict(session.execute(select(ReserveRow.id, ReserveRow.name)).all())
            users = dict(session.execute(select(User.id, User.name)).all())
            rows = session.scalars(
                select(ReserveChangeRow)
                .where(ReserveChangeRow.occurrence_id == occurrence_id)
                .order_by(ReserveChangeRow.at.desc(), ReserveChangeRow.id.desc())
            ).all()
            return [
                ReserveHistoryView(
                    at=r.at,
                    user_name=users.get(r.user_id or "", ""),
                    action=r.action,
                    reserve_name=names.get(r.reserve_id, "") if r.reserve_id else "",
                    held_before=r.held_before,
                    held_after=r.held_after,
                    drawn_before=r.drawn_before,
                    drawn_after=r.drawn_after,
                    quantity=r.quantity,
                    participant_name=str((r.details or {}).get("participant", "")),
                    note=str((r.details or {}).get("note", "")),
                )
                for r in rows
            ]
