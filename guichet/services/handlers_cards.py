"""Handlers of gift packages, passes, bookings made with them and à-la-carte places.

The rules live in :mod:`guichet.domain.cards`; these functions load rows (locking those whose
counts change), call the rules and write the result in the bus's transaction.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from guichet.changes.capture import log_inserted
from guichet.domain import bearer
from guichet.domain import codes as code_rules
from guichet.domain.auth import Role
from guichet.domain.card_bookings import BookedDate, plan_booking
from guichet.domain.cards import (
    MAX_BATCH,
    ActiveBooking,
    AlacarteSettings,
    BookingStatus,
    CardFacts,
    CardKind,
    CardStatus,
    CardTerms,
    CardTypeRules,
    check_cancellation,
    check_registration,
    convert_places,
)
from guichet.domain.cart import CartLine
from guichet.domain.commands import (
    BookWithCard,
    CancelBooking,
    ConvertPlaces,
    GenerateCards,
    MarkBookingUsed,
    SaleLine,
    SaveCardType,
    SaveMember,
    SellOrder,
    SetAlacarte,
    SetCardStatus,
)
from guichet.domain.errors import DomainError
from guichet.models.tables import (
    Activity,
    Booking,
    Card,
    CardType,
    Customer,
    CustomerMember,
    Event,
    Occurrence,
    OrderLine,
    Organisation,
)
from guichet.services import escrow
from guichet.services.context import HandlerContext
from guichet.services.places import general_available, reserved_places
from guichet.services.tickets import issue_booking_ticket, void_booking_ticket


def card_id_for(organisation_id: str, code: str) -> str:
    """Derived from the code, so a lot of 100,000 cards needs no list of ids in its command."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"guichet:card:{organisation_id}:{code}"))


def local_day(ctx: HandlerContext, moment: datetime | None = None) -> date:
    org = ctx.session.get(Organisation, ctx.terminal.organisation_id)
    assert org is not None
    return (moment or ctx.now).astimezone(ZoneInfo(org.timezone)).date()


def _supervise(ctx: HandlerContext) -> None:
    ctx.require_role(Role.SUPERVISOR, Role.OWNER)


def _sell(ctx: HandlerContext) -> None:
    ctx.require_role(Role.CASHIER, Role.SUPERVISOR, Role.OWNER)


def rules_of(row: CardType) -> CardTypeRules:
    return CardTypeRules(
        kind=CardKind(row.kind),
        name=row.name,
        price=row.price,
        uses=row.uses,
        starts_on=row.starts_on,
        expires_on=row.expires_on,
        valid_days=row.valid_days,
        activity_ids=frozenset(row.activity_ids or ()),
        all_activities=row.all_activities,
        exclusive=row.exclusive,
        family=row.family,
        cancellable=row.cancellable,
    )


def settings_of(occ: Occurrence) -> AlacarteSettings:
    return AlacarteSettings(
        places=occ.alacarte_places,
        price=occ.alacarte_price,
        pass_only=occ.alacarte_pass_only,
        opens_minutes=occ.registration_opens_minutes,
        closes_minutes=occ.registration_closes_minutes,
        cancel_minutes=occ.cancel_minutes,
    )


def _card_type(ctx: HandlerContext, card_type_id: str | None) -> CardType:
    row = ctx.session.get(CardType, card_type_id) if card_type_id else None
    if row is None or row.organisation_id != ctx.terminal.organisation_id:
        raise DomainError("unknown_card_type", card_type=card_type_id)
    return row


def _locked_card(ctx: HandlerContext, card_id: str) -> Card:
    card = ctx.session.scalars(select(Card).where(Card.id == card_id).with_for_update()).first()
    if card is None or card.organisation_id != ctx.terminal.organisation_id:
        raise DomainError("card_unknown", card=card_id)
    return card


def registration_window(ctx: HandlerContext, settings: AlacarteSettings, occ: Occurrence) -> None:
    """The registration window at the time the command was made. On the server, a window the
    back office moved while the counter was offline makes its booking or sale a conflict:
    the counter booked within the window it knew, and the people were told they were in."""
    try:
        check_registration(settings, occ.starts_at, occ.ends_at, ctx.now)
    except DomainError as error:
        ctx.refuse(error)


def _locked_occurrence(ctx: HandlerContext, occurrence_id: str) -> Occurrence:
    occ = ctx.session.scalars(
        select(Occurrence).where(Occurrence.id == occurrence_id).with_for_update()
    ).first()
    if occ is None:
        raise DomainError("unknown_occurrence", occurrence=occurrence_id)
    if occ.cancelled:  # on the server, a booking made offline before: a conflict
        ctx.refuse(DomainError("occurrence_cancelled", occurrence=occurrence_id))
    return occ


def _iso_day(text: str | None, field: str) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise DomainError("date_invalid", field=field, text=text) from None


# --- card types (back office) -------------------------------------------------------------


def save_card_type(ctx: HandlerContext, cmd: SaveCardType) -> str:
    _supervise(ctx)
    try:
        kind = CardKind(cmd.kind)
    except ValueError:
        raise DomainError("unknown_card_kind", kind=cmd.kind) from None
    rules = CardTypeRules(
        kind=kind,
        name=cmd.name.strip(),
        price=cmd.price,
        uses=cmd.uses,
        starts_on=_iso_day(cmd.starts_on, "starts_on"),
        expires_on=_iso_day(cmd.expires_on, "expires_on"),
        valid_days=cmd.valid_days,
        activity_ids=frozenset(cmd.activity_ids),
        all_activities=cmd.all_activities,
        exclusive=cmd.exclusive,
        family=cmd.family,
        cancellable=cmd.cancellable,
    )
    rules.validate()
    org = ctx.terminal.organisation_id
    if cmd.activity_ids:
        known = set(
            ctx.session.scalars(
                select(Activity.id).where(
                    Activity.organisation_id == org, Activity.id.in_(cmd.activity_ids)
                )
            )
        )
        missing = [a for a in cmd.activity_ids if a not in known]
        if missing:
            raise DomainError("unknown_activity", activity=missing[0])
    row = ctx.session.get(CardType, cmd.card_type_id)
    if row is None:
        if not cmd.created:
            raise DomainError("unknown_card_type", card_type=cmd.card_type_id)
        # A new type comes after the others in the counter's lists.
        last = ctx.session.scalar(
            select(func.max(CardType.position)).where(CardType.organisation_id == org)
        )
        row = CardType(
            id=cmd.card_type_id,
            organisation_id=org,
            created_at=ctx.now,
            position=(last + 1) if last is not None else 0,
        )
        ctx.session.add(row)
    elif row.organisation_id != org:
        raise DomainError("unknown_card_type", card_type=cmd.card_type_id)
    # Cards already sold keep their own copy of the terms: only later sales change.
    row.kind = kind.value
    row.name = rules.name
    row.description = cmd.description.strip()
    row.price = rules.price
    row.uses = rules.uses
    row.starts_on = rules.starts_on
    row.expires_on = rules.expires_on
    row.valid_days = rules.valid_days
    row.activity_ids = sorted(rules.activity_ids)
    row.all_activities = rules.all_activities
    row.exclusive = rules.exclusive
    row.family = rules.family
    row.cancellable = rules.cancellable
    row.published = cmd.published
    row.shop_categories = [c.strip() for c in cmd.shop_categories if c.strip()]
    row.active = cmd.active
    row.updated_at = ctx.now
    return row.id


# --- cards --------------------------------------------------------------------------------


def generate_cards(ctx: HandlerContext, cmd: GenerateCards) -> int:
    """A lot of shop cards (générer des cartes)."""
    _supervise(ctx)
    card_type = _card_type(ctx, cmd.card_type_id)
    if not cmd.codes:
        raise DomainError("quantity_not_positive", quantity=0)
    if len(cmd.codes) > MAX_BATCH:
        raise DomainError("cards_too_many", maximum=MAX_BATCH)
    texts = [code_rules.validate(t) for t in cmd.codes]
    if len(set(texts)) != len(texts):
        raise DomainError("card_code_taken", text=texts[0])
    org = ctx.terminal.organisation_id
    for start in range(0, len(texts), 450):
        # Each code under both its forms: a counter knows cards sold elsewhere by digest.
        forms = {f: t for t in texts[start : start + 450] for f in bearer.forms(org, t)}
        taken = ctx.session.scalars(
            select(Card.code).where(Card.organisation_id == org, Card.code.in_(list(forms)))
        ).first()
        if taken is not None:
            raise DomainError("card_code_taken", text=forms[taken])
    # An inactive card takes the terms in force when it is sold; an activated one, today's.
    terms = rules_of(card_type).terms_at(local_day(ctx))
    status = CardStatus.ACTIVE if cmd.activated else CardStatus.INACTIVE
    customer = None
    if cmd.customer_id is not None:
        customer = ctx.session.get(Customer, cmd.customer_id)
        if customer is None or customer.organisation_id != org:
            raise DomainError("unknown_customer", customer=cmd.customer_id)
        if len(texts) != 1 or not cmd.activated:
            raise DomainError("card_issue_one", count=len(texts))
    _bulk_insert_cards(ctx, org, card_type.id, texts, terms, status, cmd.batch_id)
    if customer is not None:
        card = ctx.session.get(Card, card_id_for(org, texts[0]))
        assert card is not None
        card.customer_id = customer.id
        card.holder_name = customer.name
    return len(texts)


def _bulk_insert_cards(
    ctx: HandlerContext,
    org: str,
    card_type_id: str,
    texts: Sequence[str],
    terms: CardTerms,
    status: CardStatus,
    batch_id: str,
) -> None:
    """Through the driver's executemany (as promo codes): per-row ORM processing would
    dominate a 100,000-card lot. Values go through the columns' own bind processors."""
    connection = ctx.session.connection()
    dialect = connection.dialect
    table = Card.__table__

    def bind(column: str, value: object) -> object:
        processor = table.c[column].type.dialect_impl(dialect).bind_processor(dialect)
        return processor(value) if processor else value

    created = bind("created_at", ctx.now)
    activated = bind("activated_at", ctx.now) if status is CardStatus.ACTIVE else None
    terms_value = bind("terms", terms.to_json())
    expires = bind("expires_on", terms.expires_on)
    mark = "?" if dialect.paramstyle == "qmark" else "%s"
    columns = (
        "id, organisation_id, card_type_id, code, status, terms, expires_on, uses_taken, "
        "holder_name, batch, created_at, activated_at, status_note"
    )
    connection.exec_driver_sql(
        f"INSERT INTO card ({columns}) VALUES ({', '.join([mark] * 13)})",
        [
            (
                card_id_for(org, t),
                org,
                card_type_id,
                t,
                status.value,
                terms_value,
                expires,
                0,
                "",
                batch_id,
                created,
                activated,
                "",
            )
            for t in texts
        ],
    )
    if ctx.session.info.get("log_changes"):  # on the server: counters pull the new cards
        names = tuple(c.strip() for c in columns.split(","))
        json_terms = terms.to_json()
        log_inserted(
            ctx.session,
            "card",
            names,
            [
                (
                    card_id_for(org, t),
                    org,
                    card_type_id,
                    t,
                    status.value,
                    json_terms,
                    terms.expires_on,
                    0,
                    "",
                    batch_id,
                    ctx.now,
                    ctx.now if status is CardStatus.ACTIVE else None,
                    "",
                )
                for t in texts
            ],
        )


def set_card_status(ctx: HandlerContext, cmd: SetCardStatus) -> str:
    _supervise(ctx)
    card = _locked_card(ctx, cmd.card_id)
    if cmd.status not in (CardStatus.BLOCKED.value, CardStatus.ACTIVE.value):
        raise DomainError("card_status_invalid", status=cmd.status)
    if card.status not in (CardStatus.BLOCKED.value, CardStatus.ACTIVE.value):
        raise DomainError("card_status_invalid", status=card.status)
    card.status = cmd.status
    card.status_note = cmd.note.strip()[:200]
    return card.status


def card_facts(ctx_session: object, card: Card, now: datetime) -> CardFacts:
    from sqlalchemy.orm import Session

    assert isinstance(ctx_session, Session)
    rows = ctx_session.execute(
        select(
            Booking.id, Booking.occurrence_id, Event.name, Occurrence.starts_at, Occurrence.ends_at
        )
        .join(Occurrence, Occurrence.id == Booking.occurrence_id)
        .join(Event, Event.id == Occurrence.event_id)
        .where(
            Booking.card_id == card.id,
            Booking.status == BookingStatus.BOOKED.value,
            Occurrence.ends_at > now,
        )
        .order_by(Occurrence.starts_at)
    ).all()
    return CardFacts(
        card_id=card.id,
        code=card.code,
        status=CardStatus(card.status),
        terms=CardTerms.from_json(card.terms),
        uses_taken=card.uses_taken,
        active_bookings=tuple(
            ActiveBooking(bid, occ_id, name, starts, ends)
            for bid, occ_id, name, starts, ends in rows
        ),
    )


# --- bookings ---------------------------------------------------------------------------


@dataclass(frozen=True)
class BookingsMade:
    booking_ids: tuple[str, ...]
    remaining_uses: int | None


def place_kind(occ: Occurrence) -> str:
    """Cards book à-la-carte places where the occurrence offers them, session places else."""
    return "alacarte" if occ.alacarte_places > 0 else "session"


def _take_places(ctx: HandlerContext, occ: Occurrence, count: int) -> str:
    kind = place_kind(occ)
    if kind == "alacarte":
        escrow.sell_places(ctx, occ, "alacarte", count, occ.alacarte_places - occ.alacarte_taken)
    else:
        reserved = reserved_places(ctx.session, [occ.id]).get(occ.id, 0)
        escrow.sell_places(ctx, occ, "places", count, general_available(occ, reserved))
    return kind


def book_with_card(ctx: HandlerContext, cmd: BookWithCard) -> BookingsMade:
    _sell(ctx)
    # Card first, then occurrence: every handler that locks both does it in this order.
    card = _locked_card(ctx, cmd.card_id)
    occ = _locked_occurrence(ctx, cmd.occurrence_id)
    event = ctx.session.get(Event, occ.event_id)
    assert event is not None
    already = set(
        ctx.session.scalars(
            select(Booking.member_id).where(
                Booking.occurrence_id == occ.id,
                Booking.card_id == card.id,
                Booking.status != BookingStatus.CANCELLED.value,
                Booking.member_id.is_not(None),
            )
        )
    )
    # The rules (guichet/domain/card_bookings.py); the server may tolerate some refusals.
    plan = plan_booking(
        card_facts(ctx.session, card, ctx.now),
        BookedDate(
            activity_id=event.activity_id,
            day=local_day(ctx, occ.starts_at),
            starts_at=occ.starts_at,
            ends_at=occ.ends_at,
            registration=settings_of(occ),
        ),
        [(b.member_id, b.name) for b in cmd.bookings],
        today=local_day(ctx),
        now=ctx.now,
        holder_member_id=card.member_id,
        members=_account_members(ctx, card.customer_id),
        already_booked=already,
        refuse=ctx.refuse,
    )
    participants = plan.participants
    kind = _take_places(ctx, occ, len(participants))
    for request, person in zip(cmd.bookings, participants, strict=True):
        booking = Booking(
            id=request.booking_id,
            organisation_id=card.organisation_id,
            occurrence_id=occ.id,
            card_id=card.id,
            member_id=person.member_id,
            participant=person.name.strip()[:200],
            place_kind=kind,
            status=BookingStatus.BOOKED.value,
            terminal_id=ctx.terminal.id,
            user_id=ctx.envelope.user_id,
            command_id=ctx.envelope.command_id,
            created_at=ctx.now,
        )
        ctx.session.add(booking)
        issue_booking_ticket(ctx, booking)
    card.uses_taken = plan.uses_taken
    return BookingsMade(tuple(b.booking_id for b in cmd.bookings), plan.remaining_uses)


def _account_members(ctx: HandlerContext, customer_id: str | None) -> dict[str, str]:
    if customer_id is None:
        return {}
    return {
        m.id: m.name
        for m in ctx.session.scalars(
            select(CustomerMember).where(
                CustomerMember.customer_id == customer_id, CustomerMember.active.is_(True)
            )
        )
    }


def _locked_booking(ctx: HandlerContext, booking_id: str) -> Booking:
    booking = ctx.session.get(Booking, booking_id)
    if booking is None or booking.organisation_id != ctx.terminal.organisation_id:
        raise DomainError("unknown_booking", booking=booking_id)
    return booking


def cancel_booking(ctx: HandlerContext, cmd: CancelBooking) -> int | None:
    """Give the place and the use back (within the cancellation limit)."""
    _sell(ctx)
    booking = _locked_booking(ctx, cmd.booking_id)
    card = _locked_card(ctx, booking.card_id)
    occ = ctx.session.scalars(
        select(Occurrence).where(Occurrence.id == booking.occurrence_id).with_for_update()
    ).one()
    ctx.session.refresh(booking, with_for_update=True)
    terms = CardTerms.from_json(card.terms)
    check_cancellation(
        status=BookingStatus(booking.status),
        with_card=True,
        card_allows=terms.cancellable,
        settings=settings_of(occ),
        starts_at=occ.starts_at,
        now=ctx.now,
    )
    booking.status = BookingStatus.CANCELLED.value
    booking.cancelled_at = ctx.now
    booking.cancelled_by = ctx.envelope.user_id
    void_booking_ticket(ctx, booking.id)
    escrow.unsell_places(ctx, occ, "alacarte" if booking.place_kind == "alacarte" else "places", 1)
    card.uses_taken -= 1
    return None if terms.uses is None else terms.uses - card.uses_taken


def mark_booking_used(ctx: HandlerContext, cmd: MarkBookingUsed) -> str:
    _sell(ctx)
    booking = _locked_booking(ctx, cmd.booking_id)
    ctx.session.refresh(booking, with_for_update=True)
    if booking.status == BookingStatus.CANCELLED.value:
        raise DomainError("booking_already_cancelled")
    if booking.status == BookingStatus.USED.value:
        raise DomainError("booking_used")
    booking.status = BookingStatus.USED.value
    booking.used_at = ctx.now
    return booking.id


# --- à la carte ---------------------------------------------------------------------------


def set_alacarte(ctx: HandlerContext, cmd: SetAlacarte) -> None:
    _supervise(ctx)
    occ = _locked_occurrence(ctx, cmd.occurrence_id)
    settings = AlacarteSettings(
        places=cmd.places,
        price=cmd.price,
        pass_only=cmd.pass_only,
        opens_minutes=cmd.opens_minutes,
        closes_minutes=cmd.closes_minutes,
        cancel_minutes=cmd.cancel_minutes,
    )
    settings.validate()
    if cmd.places < occ.alacarte_taken:
        raise DomainError("alacarte_below_taken", taken=occ.alacarte_taken, places=cmd.places)
    occ.alacarte_places = settings.places
    occ.alacarte_price = settings.price
    occ.alacarte_pass_only = settings.pass_only
    occ.registration_opens_minutes = settings.opens_minutes
    occ.registration_closes_minutes = settings.closes_minutes
    occ.cancel_minutes = settings.cancel_minutes


def convert_session_places(ctx: HandlerContext, cmd: ConvertPlaces) -> int:
    _supervise(ctx)
    occ = _locked_occurrence(ctx, cmd.occurrence_id)
    if occ.alacarte_price is None and not occ.alacarte_pass_only:
        raise DomainError("alacarte_price_required")
    reserved = reserved_places(ctx.session, [occ.id]).get(occ.id, 0)
    places = convert_places(
        general_available=general_available(occ, reserved),
        alacarte_places=occ.alacarte_places,
        count=cmd.count,
    )
    occ.capacity -= cmd.count
    occ.alacarte_places = places
    return places


# --- customers' members -------------------------------------------------------------------


def save_member(ctx: HandlerContext, cmd: SaveMember) -> str:
    _sell(ctx)
    customer = ctx.session.get(Customer, cmd.customer_id)
    if customer is None or customer.organisation_id != ctx.terminal.organisation_id:
        raise DomainError("unknown_customer", customer=cmd.customer_id)
    name = " ".join(cmd.name.split())
    if not name:
        raise DomainError("member_name_required")
    birth = _iso_day(cmd.birth_date, "birth_date")
    if birth is not None and (birth > local_day(ctx) or birth.year < 1900):
        raise DomainError("birth_date_invalid", text=cmd.birth_date)
    row = ctx.session.get(CustomerMember, cmd.member_id)
    if row is None:
        position = len(_account_members(ctx, customer.id))
        row = CustomerMember(id=cmd.member_id, customer_id=customer.id, position=position)
        ctx.session.add(row)
    elif row.customer_id != customer.id:
        raise DomainError("not_a_member", name=name)
    row.name = name[:200]
    row.birth_date = birth
    row.active = cmd.active
    return row.id


# --- sales of cards and à-la-carte places (called by the sale and refund handlers) --------


def price_extra_line(
    ctx: HandlerContext, cmd: SellOrder, line: SaleLine, occurrences: dict[str, Occurrence]
) -> tuple[CartLine, str]:
    """Check a card or à-la-carte line of a sale; returns it as a cart line to price and its
    description for the order line."""
    if line.kind == "alacarte":
        occ = occurrences.get(line.occurrence_id)
        if occ is None:
            raise DomainError("unknown_occurrence", occurrence=line.occurrence_id)
        if occ.cancelled:  # on the server, a sale made offline before: a conflict
            ctx.refuse(DomainError("occurrence_cancelled", occurrence=occ.id))
        settings = settings_of(occ)
        if not settings.offered:
            raise DomainError("alacarte_not_offered")
        if settings.pass_only or settings.price is None:
            raise DomainError("alacarte_pass_only")
        if line.unit_price != settings.price or line.discount or line.regular_unit_price:
            ctx.refuse(DomainError("price_mismatch", expected=settings.price, got=line.unit_price))
        registration_window(ctx, settings, occ)
        event = ctx.session.get(Event, occ.event_id)
        return (
            CartLine(occ.id, "", line.quantity, line.unit_price, kind="alacarte"),
            event.name if event else "",
        )
    if line.kind == "card":
        card_type = _card_type(ctx, line.card_type_id)
        if not card_type.active:
            raise DomainError("card_type_inactive", name=card_type.name)
        if line.quantity != 1:
            raise DomainError("card_quantity_one")
        if line.unit_price != card_type.price or line.discount or line.regular_unit_price:
            ctx.refuse(
                DomainError("price_mismatch", expected=card_type.price, got=line.unit_price)
            )
        if card_type.family and cmd.customer_id is None:
            raise DomainError("family_pass_needs_account")
        return (
            CartLine("", "", 1, line.unit_price, kind="card", card_type_id=card_type.id),
            card_type.name,
        )
    raise DomainError("unknown_line_kind", kind=line.kind)


def record_extra_lines(
    ctx: HandlerContext, cmd: SellOrder, occurrences: dict[str, Occurrence]
) -> None:
    """After the order is written: take à-la-carte places, issue or activate the cards."""
    org = ctx.terminal.organisation_id
    taken: dict[str, int] = {}
    for line in cmd.lines:
        if line.kind == "alacarte":
            taken[line.occurrence_id] = taken.get(line.occurrence_id, 0) + line.quantity
    for occurrence_id, count in taken.items():
        occ = occurrences[occurrence_id]
        escrow.sell_places(ctx, occ, "alacarte", count, occ.alacarte_places - occ.alacarte_taken)
    today = local_day(ctx)
    for line in cmd.lines:
        if line.kind != "card":
            continue
        card_type = _card_type(ctx, line.card_type_id)
        terms = rules_of(card_type).terms_at(today)
        code = code_rules.validate(line.card_code or "")
        card = ctx.session.scalars(
            select(Card)
            .where(Card.organisation_id == org, Card.code.in_(bearer.forms(org, code)))
            .with_for_update()
        ).first()
        if card is not None:
            # The shop card in hand: this counter may print and show its code from now on.
            if card.code != code:
                card.code = code
            # A shop card from a generated lot is activated by its sale.
            if card.status != CardStatus.INACTIVE.value:
                raise DomainError("card_already_active", text=code)
            if card.card_type_id != card_type.id:
                raise DomainError("card_type_mismatch", text=code)
        else:
            card = Card(
                id=line.card_id or card_id_for(org, code),
                organisation_id=org,
                card_type_id=card_type.id,
                code=code,
                created_at=ctx.now,
                uses_taken=0,
                status=CardStatus.ACTIVE.value,
                terms=terms.to_json(),
            )
            ctx.session.add(card)
        member_name = ""
        if line.card_member_id is not None:
            members = _account_members(ctx, cmd.customer_id)
            if line.card_member_id not in members:
                raise DomainError("not_a_member", name=line.card_holder)
            member_name = members[line.card_member_id]
        card.status = CardStatus.ACTIVE.value
        card.terms = terms.to_json()
        card.expires_on = terms.expires_on
        card.customer_id = cmd.customer_id
        card.member_id = line.card_member_id
        card.holder_name = (member_name or line.card_holder or _customer_name(ctx, cmd))[:200]
        card.order_line_id = line.line_id
        card.activated_at = ctx.now


def _customer_name(ctx: HandlerContext, cmd: SellOrder) -> str:
    if cmd.customer_id is None:
        return ""
    customer = ctx.session.get(Customer, cmd.customer_id)
    return customer.name if customer else ""


def refund_extra_line(ctx: HandlerContext, line: OrderLine, quantity: int) -> None:
    """Refunding an à-la-carte place frees it; refunding a card voids it if it was never
    used (a card with bookings must have them cancelled first)."""
    if line.kind == "alacarte":
        occ = ctx.session.scalars(
            escrow.lock_unless_escrowed(
                ctx, select(Occurrence).where(Occurrence.id == line.occurrence_id)
            )
        ).one()

        escrow.unsell_places(ctx, occ, "alacarte", quantity)
    elif line.kind == "card":
        card = _locked_card(ctx, line.card_id or "")
        if card.uses_taken > 0:
            raise DomainError("card_in_use", text=card.code, uses=card.uses_taken)
        card.status = CardStatus.VOID.value
        card.status_note = "refund"
