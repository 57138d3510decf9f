"""Pricing a cart with promotions, from the database: used by the counter (to show the cart)
and by the sale handler (to check, authoritatively, what the counter charged).

Codes are looked up one at a time through the unique index (never loaded all at once: there
may be a million); promotions are loaded once and cached until one changes.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from guichet.domain import codes
from guichet.domain.cart import CartLine
from guichet.domain.escrow import PROMOTION
from guichet.domain.promotions import (
    CustomerFacts,
    PricingContext,
    PromoCode,
    PromoLine,
    Promotion,
    PromotionCatalogue,
    PromotionResult,
    PromotionUsage,
    price_cart,
    promotion_from_json,
    usage_from_counts,
)
from guichet.domain.seating import zone_id
from guichet.models.tables import (
    Customer,
    Event,
    Occurrence,
    Order,
    Price,
    PriceList,
    PromoHold,
    SeatRow,
    TicketCategory,
)
from guichet.models.tables import (
    PromoCode as PromoCodeRow,
)
from guichet.models.tables import (
    Promotion as PromotionRow,
)
from guichet.services import escrow
from guichet.services.context import memo

HOLD_MINUTES = 30  # an open cart untouched this long is abandoned: its hold stops counting


def promotion_from_row(row: PromotionRow) -> Promotion:
    return promotion_from_json(
        {
            "id": row.id,
            "name_fr": row.name_fr,
            "name_en": row.name_en,
            "description_fr": row.description_fr,
            "description_en": row.description_en,
            "effect": {
                "kind": row.effect_kind,
                "percent": str(row.effect_percent) if row.effect_percent is not None else "0",
                "amount": row.effect_amount or 0,
                "price_list_id": row.effect_price_list_id,
            },
            "starts": row.starts_on.isoformat() if row.starts_on else None,
            "expires": row.expires_on.isoformat() if row.expires_on else None,
            "automatic": row.automatic,
            "enabled": row.enabled,
            "position": row.position,
            "max_tickets": row.max_tickets,
            "max_tickets_per_order": row.max_tickets_per_order,
            "targeting": row.rules or {},
        }
    )


def catalogue_version(session: Session, organisation_id: str) -> tuple[int, object, object]:
    """Changes when a promotion changes, or when the back office changes anything (tags,
    price lists, a date's list). Change counters only, never times another clock wrote: on a
    counter (SQLite), the ``promotions`` change counter its triggers raise on every edit,
    however it arrived (migration 0013), and the history's last line by insertion (an edit
    pulled from the server may carry an earlier time than this counter's own)."""
    # A plain driver query: it runs on every key the cashier presses.
    sqlite = session.get_bind().dialect.name == "sqlite"
    if sqlite:
        count, latest, edited = (
            session.connection()
            .exec_driver_sql(
                "SELECT count(*), (SELECT value FROM change_counter WHERE name = 'promotions'), "
                "(SELECT max(rowid) FROM catalogue_change) FROM promotion "
                "WHERE organisation_id = ?",
                (organisation_id,),
            )
            .one()
        )
        return int(count), latest, edited
    # The server caches no promotions (each sale loads what applies to it).
    count, latest, edited = (
        session.connection()
        .exec_driver_sql(
            "SELECT count(*), max(updated_at), (SELECT max(at) FROM catalogue_change) "
            "FROM promotion WHERE organisation_id = %s",
            (organisation_id,),
        )
        .one()
    )
    return int(count), latest, edited


def load_catalogue(
    session: Session, organisation_id: str, *, for_code_of: str | None = None, sale: bool = False
) -> PromotionCatalogue:
    """All promotions; or, for checking a sale (``sale=True``), only what can apply to it: the
    enabled automatic ones and the promotion of the code typed."""
    query = select(PromotionRow).where(PromotionRow.organisation_id == organisation_id)
    if sale:
        wanted = PromotionRow.automatic.is_(True) & PromotionRow.enabled.is_(True)
        if for_code_of:
            wanted = wanted | (PromotionRow.id == for_code_of)
        query = query.where(wanted)
    rows = session.scalars(query).all()
    promotions = [promotion_from_row(r) for r in rows]
    with_codes = (
        frozenset()
        if sale
        else frozenset(
            session.scalars(
                select(PromoCodeRow.promotion_id)
                .where(
                    PromoCodeRow.organisation_id == organisation_id, PromoCodeRow.enabled.is_(True)
                )
                .group_by(PromoCodeRow.promotion_id)
            )
        )
    )
    catalogue = PromotionCatalogue.build(promotions, [])
    return dataclasses.replace(catalogue, with_enabled_codes=with_codes)


class CatalogueCache:
    """The promotions of one organisation, reloaded only when one changed."""

    def __init__(self, organisation_id: str) -> None:
        self.organisation_id = organisation_id
        self._version: tuple[int, object, object] | None = None
        self._catalogue: PromotionCatalogue | None = None
        # Events, price lists and tags of the lines priced so far; tags only change through
        # commands that also touch the promotions, so a new catalogue version resets it.
        self.line_info = LineInfo({}, {}, {})

    def get(
        self, session: Session, version: tuple[int, object, object] | None = None
    ) -> PromotionCatalogue:
        """``version``: the catalogue's, probed by the caller in the same transaction."""
        version = version or catalogue_version(session, self.organisation_id)
        if self._catalogue is None or version != self._version:
            self._catalogue = load_catalogue(session, self.organisation_id)
            self._version = version
            self.line_info = LineInfo({}, {}, {})
        return self._catalogue


@dataclass(frozen=True)
class CodeFound:
    id: str
    code: str
    promotion_id: str
    max_uses: int | None
    enabled: bool
    used_orders: int


def lookup_code(session: Session, organisation_id: str, text: str) -> CodeFound | None:
    """One probe of the unique (organisation, code) index."""
    normalised = codes.normalize(text)
    if not normalised:
        return None
    row = (
        session.connection()
        .execute(
            select(
                PromoCodeRow.id,
                PromoCodeRow.code,
                PromoCodeRow.promotion_id,
                PromoCodeRow.max_uses,
                PromoCodeRow.enabled,
                PromoCodeRow.used_orders,
            ).where(
                PromoCodeRow.organisation_id == organisation_id, PromoCodeRow.code == normalised
            )
        )
        .first()
    )
    return CodeFound(*row) if row is not None else None


@dataclass
class LineInfo:
    """Per occurrence and category: what the engine needs besides quantity and price."""

    events: dict[str, tuple[str, str, frozenset[str]]]  # occurrence -> event, list, tags
    list_tags: dict[str, frozenset[str]]
    category_tags: dict[str, frozenset[str]]
    # Reserved seating: seat id -> its zone (the section of its hall), for zone targets.
    zones: dict[str, str] = field(default_factory=dict)
    # The engine's view of a (position, cart line): the sales window re-prices a mostly
    # unchanged cart on every key, so each line is converted once.
    promo_lines: dict[tuple[int, CartLine], PromoLine] = field(default_factory=dict)
    # The (active) categories each regular price list offers: a line of another category is
    # one only a price-list switch can sell (PromoLine.switch_only).
    list_categories: dict[str, frozenset[str]] = field(default_factory=dict)


def load_line_info(
    session: Session,
    occurrence_ids: set[str],
    category_ids: set[str],
    seat_ids: set[str] | None = None,
    into: LineInfo | None = None,
) -> LineInfo:
    info = into or LineInfo({}, {}, {})
    missing = occurrence_ids - info.events.keys()
    if missing:
        # Promotions' "events with tag X" match the event's tags and its date's (the
        # reference's "événements du calendrier" are dated); a date may have its own list.
        for occ_id, event_id, price_list_id, tags, date_tags in session.execute(
            select(
                Occurrence.id,
                Event.id,
                func.coalesce(Occurrence.price_list_id, Event.price_list_id),
                Event.tags,
                Occurrence.tags,
            )
            .join(Event, Occurrence.event_id == Event.id)
            .where(Occurrence.id.in_(missing))
        ):
            info.events[occ_id] = (
                event_id,
                price_list_id,
                frozenset(tags or ()) | frozenset(date_tags or ()),
            )
    lists = {e[1] for e in info.events.values()} - info.list_tags.keys()
    if lists:
        for pl_id, tags in session.execute(
            select(PriceList.id, PriceList.tags).where(PriceList.id.in_(lists))
        ):
            info.list_tags[pl_id] = frozenset(tags or ())
    lists = {e[1] for e in info.events.values()} - info.list_categories.keys()
    if lists:
        offered: dict[str, set[str]] = {pl_id: set() for pl_id in lists}
        for pl_id, cat_id in session.execute(
            select(Price.price_list_id, Price.category_id)
            .join(TicketCategory, TicketCategory.id == Price.category_id)
            .where(Price.price_list_id.in_(lists), TicketCategory.active.is_(True))
        ):
            offered[pl_id].add(cat_id)
        info.list_categories.update({k: frozenset(v) for k, v in offered.items()})
    categories = category_ids - info.category_tags.keys()
    if categories:
        for cat_id, tags in session.execute(
            select(TicketCategory.id, TicketCategory.tags).where(TicketCategory.id.in_(categories))
        ):
            info.category_tags[cat_id] = frozenset(tags or ())
    seats = (seat_ids or set()) - info.zones.keys()
    if seats:
        for seat_id, seat_map_id, section in session.execute(
            select(SeatRow.id, SeatRow.seat_map_id, SeatRow.section).where(SeatRow.id.in_(seats))
        ):
            info.zones[seat_id] = zone_id(seat_map_id, section)
    return info


def promo_lines(
    session: Session, lines: Sequence[CartLine], info: LineInfo | None = None
) -> list[PromoLine]:
    """What the engine needs of each line: event, regular price list and the tags."""
    info = load_line_info(
        session,
        {line.occurrence_id for line in lines},
        {line.category_id for line in lines},
        {seat_id for line in lines for seat_id in line.seat_ids},
        info,
    )
    result = []
    if len(info.promo_lines) > 5000:
        info.promo_lines.clear()
    for index, line in enumerate(lines):
        known = info.promo_lines.get((index, line))
        if known is not None:
            result.append(known)
            continue
        event_id, price_list_id, event_tags = info.events[line.occurrence_id]
        regular = (
            line.regular_unit_price if line.regular_unit_price is not None else line.unit_price
        )
        promo_line = PromoLine(
            key=f"{index:05d}",
            occurrence_id=line.occurrence_id,
            event_id=event_id,
            category_id=line.category_id,
            price_list_id=price_list_id,
            quantity=line.quantity,
            regular_unit_price=regular,
            # A seated line holds seats of one section (see Counter.pick_seats).
            zone_id=info.zones.get(line.seat_ids[0]) if line.seat_ids else None,
            event_tags=event_tags,
            category_tags=info.category_tags.get(line.category_id, frozenset()),
            price_list_tags=info.list_tags.get(price_list_id, frozenset()),
            switch_only=line.category_id not in info.list_categories.get(price_list_id, ()),
        )
        info.promo_lines[(index, line)] = promo_line
        result.append(promo_line)
    return result


def customer_facts(session: Session, customer_id: str | None) -> CustomerFacts:
    if not customer_id:
        return CustomerFacts()
    customer = session.get(Customer, customer_id)
    if customer is None:
        return CustomerFacts()
    known = session.scalar(select(Order.id).where(Order.customer_id == customer_id).limit(1))
    return CustomerFacts(customer.id, known=known is not None, newsletter=customer.newsletter)


def usage_of(
    session: Session,
    promotion_ids: set[str],
    now: datetime,
    exclude_cart: str | None,
    *,
    terminal_id: str | None = None,
    escrowed: bool = False,
) -> dict[str, PromotionUsage]:
    """Paid usage plus what other open carts hold (abandoned carts stop counting).

    Escrow: for a paired counter (``escrowed``), what it holds of each promotion's quota, its
    other open carts deducted; for anyone else (``terminal_id`` given), what the paired
    counters hold counts as used."""
    usage: dict[str, PromotionUsage] = {}
    if not promotion_ids:
        return usage
    connection = session.connection()
    holds = connection.execute(
        select(
            PromoHold.promotion_id,
            PromoHold.tickets,
            PromoHold.target_tickets,
            PromoCodeRow.code,
            PromoHold.terminal_id,
        )
        .outerjoin(PromoCodeRow, PromoHold.code_id == PromoCodeRow.id)
        .where(
            PromoHold.promotion_id.in_(promotion_ids),
            PromoHold.released_at.is_(None),
            PromoHold.expires_at > now,
            PromoHold.id != (exclude_cart or ""),
        )
    ).all()
    held: dict[str, int] = defaultdict(int)
    held_here: dict[str, int] = defaultdict(int)
    held_targets: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    open_by_code: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for promotion_id, tickets, targets, code_text, hold_terminal in holds:
        held[promotion_id] += tickets
        if hold_terminal == terminal_id:
            held_here[promotion_id] += tickets
        for key, value in (targets or {}).items():
            held_targets[promotion_id][key] += value
        if code_text:
            open_by_code[promotion_id][code_text] += 1
    rows = connection.execute(
        select(
            PromotionRow.id,
            PromotionRow.tickets_used,
            PromotionRow.target_usage,
            PromotionRow.max_tickets,
        ).where(PromotionRow.id.in_(promotion_ids))
    )
    for promotion_id, tickets_used, target_usage, max_tickets in rows:
        targets = defaultdict(int, target_usage or {})
        for key, value in held_targets[promotion_id].items():
            targets[key] += value
        leased, mine = 0, None
        if max_tickets is not None and terminal_id is not None:
            if escrowed:
                mine = escrow.held(session, terminal_id, PROMOTION, None, promotion_id)
                mine -= held_here[promotion_id]
            else:
                leased = escrow.subject_leased_unused(session, PROMOTION, promotion_id)
        found = usage_from_counts(
            tickets_used + held[promotion_id] + leased,
            dict(targets),
            dict(open_by_code[promotion_id]),
        )
        usage[promotion_id] = dataclasses.replace(found, held=mine) if mine is not None else found
    return usage


@dataclass(frozen=True)
class PricedWithPromotion:
    result: PromotionResult
    lines: list[CartLine]  # charged prices, regular price kept when reduced
    code_row_id: str | None


def price_with_promotions(
    session: Session,
    catalogue: PromotionCatalogue,
    lines: Sequence[CartLine],
    *,
    organisation_id: str,
    timezone: str,
    now: datetime,
    terminal_profile: str,
    code_text: str | None,
    customer_id: str | None,
    cart_id: str | None,
    line_info: LineInfo | None = None,
    terminal_id: str | None = None,
    escrowed: bool = False,
    code_uses_lifted: bool = False,
    target_quotas_lifted: bool = False,
) -> PricedWithPromotion:
    """Price ``lines`` with the promotion in force or the code typed, as ``terminal_id`` may
    (escrow: see :func:`usage_of`). ``code_uses_lifted``: the code's maximum uses are not
    checked (the server applying a sale made offline with a code used up meanwhile);
    ``target_quotas_lifted``: nor the quotas per event, zone or category (not escrowed)."""
    regular_lines = [
        line
        if line.regular_unit_price is None and not line.discount
        else dataclasses.replace(
            line,
            unit_price=(
                line.regular_unit_price if line.regular_unit_price is not None else line.unit_price
            ),
            regular_unit_price=None,
            discount=0,
        )
        for line in lines
    ]
    if not regular_lines:
        return PricedWithPromotion(PromotionResult(lines=()), [], None)
    p_lines = promo_lines(session, regular_lines, line_info)
    code_row = lookup_code(session, organisation_id, code_text) if code_text else None
    index = {}
    if code_row is not None:
        index[code_row.code] = PromoCode(
            code_row.code,
            code_row.promotion_id,
            None if code_uses_lifted else code_row.max_uses,
            code_row.enabled,
            code_row.used_orders,
        )
    base = PricingContext(
        now=now,
        timezone=timezone,
        terminal_profile=terminal_profile,
        customer=customer_facts(session, customer_id),
    )
    candidates: set[str] = set()
    auto = catalogue.automatic_in_force(base)
    if auto is not None:
        candidates.add(auto.id)
    if code_row is not None:
        candidates.add(code_row.promotion_id)
    price_lists = {
        catalogue.promotions[pid].effect.price_list_id
        for pid in candidates
        if pid in catalogue.promotions and catalogue.promotions[pid].effect.price_list_id
    }
    prices = (
        {
            (pl, cat): amount
            for pl, cat, amount in session.execute(
                select(Price.price_list_id, Price.category_id, Price.amount)
                .join(TicketCategory, TicketCategory.id == Price.category_id)
                # A withdrawn category is offered by no list (as the regular list's check).
                .where(Price.price_list_id.in_(price_lists), TicketCategory.active.is_(True))
            )
        }
        if price_lists
        else {}
    )
    category_tags = (
        {
            cat_id: frozenset(tags or ())
            for cat_id, tags in session.execute(select(TicketCategory.id, TicketCategory.tags))
        }
        if price_lists
        else {}
    )
    usage = usage_of(session, candidates, now, cart_id, terminal_id=terminal_id, escrowed=escrowed)
    if target_quotas_lifted:
        usage = {k: dataclasses.replace(u, tickets_by_target={}) for k, u in usage.items()}
    ctx = dataclasses.replace(
        base,
        usage=usage,
        prices=prices,
        category_tags=category_tags,
    )
    result = price_cart(p_lines, dataclasses.replace(catalogue, codes=index), code_text, ctx)
    charged = []
    for line, res in zip(regular_lines, result.lines, strict=True):
        if not res.struck_through and res.unit_price == line.unit_price and not res.line_discount:
            charged.append(line)
            continue
        charged.append(
            dataclasses.replace(
                line,
                unit_price=res.unit_price,
                regular_unit_price=res.regular_unit_price if res.struck_through else None,
                discount=res.line_discount,
            )
        )
    return PricedWithPromotion(result, charged, code_row.id if code_row else None)


def hold(
    session: Session,
    cart_id: str,
    result: PromotionResult,
    code_row_id: str | None,
    terminal_id: str,
    now: datetime,
) -> None:
    """Count this open cart against the promotion's quotas (terminal-local bookkeeping)."""
    row = session.get(PromoHold, cart_id)
    if result.promotion_id is None or not result.eligible_tickets:
        if row is not None and row.released_at is None:
            row.released_at = now
        return
    if row is None:
        row = PromoHold(
            id=cart_id,
            terminal_id=terminal_id,
            promotion_id=result.promotion_id,
            tickets=0,
            expires_at=now,
        )
        session.add(row)
    row.promotion_id = result.promotion_id
    row.code_id = code_row_id
    row.tickets = result.eligible_tickets
    row.target_tickets = dict(result.target_tickets)
    row.expires_at = now + timedelta(minutes=HOLD_MINUTES)
    row.released_at = None


def release(session: Session, cart_id: str, now: datetime) -> None:
    row = session.get(PromoHold, cart_id)
    if row is not None and row.released_at is None:
        row.released_at = now


def automatic_key(organisation_id: str) -> tuple[str, ...]:
    """The memo of whether an organisation has an automatic promotion in force."""
    return ("automatic_promotions", organisation_id)


def automatic_exists(session: Session, organisation_id: str) -> bool:
    return memo(
        session,
        automatic_key(organisation_id),
        lambda: session.scalar(
            select(PromotionRow.id)
            .where(
                PromotionRow.organisation_id == organisation_id,
                PromotionRow.automatic.is_(True),
                PromotionRow.enabled.is_(True),
            )
            .limit(1)
        )
        is not None,
    )
