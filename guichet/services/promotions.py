"""Back office for promotions and promo codes (supervisors and owners).

Every change is a command through the bus (so it is in the outbox and, later, on the server)
and leaves a line in the promotion's history (who, when, what). The rules themselves are in
:mod:`guichet.domain.promotions`; this module stores and lists them.
"""

from __future__ import annotations

import csv
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy import case, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from guichet.domain import codes as code_rules
from guichet.domain.commands import (
    AddPromoCodes,
    DeletePromoCode,
    DeletePromotion,
    SavePromotion,
    SetPromotionEnabled,
    SetTags,
    SetTerminalProfile,
    UpdatePromoCode,
)
from guichet.domain.errors import DomainError
from guichet.domain.promotions import (
    EffectKind,
    Promotion,
    custom_code,
    generate_codes,
    in_force,
    overlapping_automatic,
    promotion_to_json,
)
from guichet.domain.seating import zone_id
from guichet.i18n.formatting import event_datetime, money, percent
from guichet.models.base import utcnow
from guichet.models.tables import (
    Customer,
    Event,
    Occurrence,
    Organisation,
    PriceList,
    PromoCode,
    PromotionChange,
    SeatMapRow,
    SeatRow,
    Terminal,
    TicketCategory,
    User,
)
from guichet.models.tables import (
    Promotion as PromotionRowDb,
)
from guichet.services.bus import Actor, CommandBus
from guichet.services.export import safe_row
from guichet.services.handlers_promotions import promo_code_id
from guichet.services.pricing import promotion_from_row

Progress = Callable[[int, int], None]  # (done, total)


@dataclass(frozen=True)
class PromotionRow:
    """One row of the promotions list (columns of the issue: code, start, expiry, type, value,
    used / permitted, disabled)."""

    id: str
    name: str
    code: str  # the code if there is one, "12 codes" if several, "" if none (automatic)
    starts: date | None
    expires: date | None
    kind: EffectKind
    value: str  # formatted: "20 %", "5,00 $", "5,00 $ / panier", the price list's name
    used: int  # orders that used it (or tickets, see ``unit``)
    permitted: int | None  # None = unlimited
    unit: str  # "orders" | "tickets"
    disabled: bool
    automatic: bool
    position: int
    ever_used: bool
    in_force: bool  # enabled and within its validity today


@dataclass(frozen=True)
class CodeRow:
    id: str
    text: str  # as displayed (groups of five for random codes)
    kind: str  # "custom" | "random"
    used: int
    max_uses: int | None
    enabled: bool


@dataclass(frozen=True)
class CodeStats:
    count: int
    active: int
    used: int


@dataclass(frozen=True)
class ChangeRow:
    at: datetime
    user_name: str
    action: str  # created | updated | copied | enabled | disabled | deleted | codes_added | ...
    details: dict[str, object]


@dataclass(frozen=True)
class Choice:
    id: str
    name: str
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class PromotionChoices:
    """What the edit form offers to pick from."""

    events: tuple[Choice, ...]
    occurrences: tuple[Choice, ...]  # name = "event — date, time"
    categories: tuple[Choice, ...]  # tariffs
    price_lists: tuple[Choice, ...]
    zones: tuple[Choice, ...]  # sections of halls with a seat map (reserved seating)
    terminal_profiles: tuple[str, ...]
    customers: tuple[Choice, ...]
    tags: tuple[str, ...]  # every tag in use, for completion


GENERATION_BATCH = 10_000


class PromotionAdmin:
    """The back office's use cases. ``actor`` must be a supervisor or an owner: the handlers
    refuse anyone else (``forbidden``), whatever the windows show."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        terminal_id: str,
        actor_provider: Callable[[], Actor | None],
        *,
        lang: str = "fr",
        clock: Callable[[], datetime] = utcnow,
        bus: CommandBus | None = None,
    ) -> None:
        self.session_factory = session_factory
        self.terminal_id = terminal_id
        self.actor_provider = actor_provider
        self.lang = lang
        self.clock = clock
        # The counter's bus: it holds the grant that proves the supervisor to the server.
        self.bus = bus or CommandBus(session_factory, terminal_id, clock)
        with session_factory() as session:
            terminal = session.get(Terminal, terminal_id)
            assert terminal is not None
            org = session.get(Organisation, terminal.organisation_id)
            assert org is not None
            self.organisation_id = org.id
            self.timezone = org.timezone
            self.currency = org.currency

    def _dispatch(self, command: object) -> object:
        actor = self.actor_provider()
        if actor is None:
            raise DomainError("not_logged_in")
        return self.bus.dispatch(command, actor)  # type: ignore[arg-type]

    # --- promotions -----------------------------------------------------------------------

    def _value(self, row: PromotionRowDb, price_lists: dict[str, str]) -> str:
        kind = EffectKind(row.effect_kind)
        if kind is EffectKind.PERCENT:
            return percent(Decimal(row.effect_percent) / 100, self.lang)
        if kind is EffectKind.AMOUNT_PER_TICKET:
            return money(row.effect_amount or 0, self.lang, self.currency)
        if kind is EffectKind.AMOUNT_PER_CART:
            amount = money(row.effect_amount or 0, self.lang, self.currency)
            return f"{amount} / panier" if self.lang == "fr" else f"{amount} / cart"
        return price_lists.get(row.effect_price_list_id or "", "?")

    def list_promotions(self) -> list[PromotionRow]:
        now = self.clock()
        with self.session_factory() as session:
            price_lists = dict(session.execute(select(PriceList.id, PriceList.name)).all())
            rows = session.scalars(
                select(PromotionRowDb)
                .where(PromotionRowDb.organisation_id == self.organisation_id)
                .order_by(PromotionRowDb.position, PromotionRowDb.name_fr)
            ).all()
            stats = {
                pid: (int(n), first, uses, limit_count, limits)
                for pid, n, first, uses, limit_count, limits in session.execute(
                    select(
                        PromoCode.promotion_id,
                        func.count(PromoCode.id),
                        func.min(PromoCode.code),
                        func.sum(PromoCode.used_orders),
                        func.count(PromoCode.max_uses),
                        func.sum(PromoCode.max_uses),
                    ).group_by(PromoCode.promotion_id)
                )
            }
            result = []
            for row in rows:
                n, first, uses, limit_count, limits = stats.get(row.id, (0, None, 0, 0, None))
                code: str
                permitted: int | None
                if n == 0 or first is None:
                    code = ""
                elif n == 1:
                    code = code_rules.display(first) if _looks_random(first) else first
                else:
                    code = f"{n} codes"
                if row.max_tickets is not None:
                    used, permitted, unit = row.tickets_used, row.max_tickets, "tickets"
                else:
                    all_limited = n > 0 and limit_count == n
                    used = int(uses or 0) if n else row.orders_used
                    permitted = int(limits) if all_limited and limits is not None else None
                    unit = "orders"
                domain = promotion_from_row(row)
                result.append(
                    PromotionRow(
                        id=row.id,
                        name=domain.name(self.lang),
                        code=code,
                        starts=row.starts_on,
                        expires=row.expires_on,
                        kind=EffectKind(row.effect_kind),
                        value=self._value(row, price_lists),
                        used=used,
                        permitted=permitted,
                        unit=unit,
                        disabled=not row.enabled,
                        automatic=row.automatic,
                        position=row.position,
                        ever_used=row.ever_used,
                        in_force=in_force(domain, now, self.timezone),
                    )
                )
            return result

    def get(self, promotion_id: str) -> Promotion:
        with self.session_factory() as session:
            row = session.get(PromotionRowDb, promotion_id)
            if row is None:
                raise DomainError("unknown_promotion", promotion=promotion_id)
            return promotion_from_row(row)

    def save(self, promotion: Promotion) -> str:
        created = not promotion.id
        promotion_id = promotion.id or str(uuid.uuid4())
        data = promotion_to_json(promotion)
        data["id"] = promotion_id
        self._dispatch(SavePromotion(promotion_id, data, created=created))
        return promotion_id

    def copy(self, promotion_id: str) -> str:
        source = self.get(promotion_id)
        new_id = str(uuid.uuid4())
        data = promotion_to_json(source)
        data.update(
            id=new_id,
            name_fr=f"Copie de {source.name_fr}",
            name_en=f"Copy of {source.name_en}" if source.name_en else "",
            enabled=False,
        )
        self._dispatch(SavePromotion(new_id, data, created=True, copied_from=promotion_id))
        return new_id

    def set_enabled(self, promotion_id: str, enabled: bool) -> None:
        self._dispatch(SetPromotionEnabled(promotion_id, enabled))

    def delete(self, promotion_id: str) -> None:
        self._dispatch(DeletePromotion(promotion_id))

    def history(self, promotion_id: str) -> list[ChangeRow]:
        with self.session_factory() as session:
            rows = session.execute(
                select(PromotionChange, User.name)
                .outerjoin(User, PromotionChange.user_id == User.id)
                .where(PromotionChange.promotion_id == promotion_id)
                .order_by(PromotionChange.at, PromotionChange.id)
            ).all()
            return [
                ChangeRow(c.at, name or "", c.action, dict(c.details or {})) for c, name in rows
            ]

    def overlapping_automatic(self) -> list[tuple[str, str]]:
        with self.session_factory() as session:
            promotions = [
                promotion_from_row(r)
                for r in session.scalars(
                    select(PromotionRowDb).where(
                        PromotionRowDb.organisation_id == self.organisation_id,
                        PromotionRowDb.automatic.is_(True),
                    )
                )
            ]
        return [
            (a.name(self.lang), b.name(self.lang)) for a, b in overlapping_automatic(promotions)
        ]

    def choices(self) -> PromotionChoices:
        fr = self.lang == "fr"
        with self.session_factory() as session:
            events = tuple(
                Choice(e.id, (e.name_en if not fr else "") or e.name, tuple(e.tags or ()))
                for e in session.scalars(select(Event).order_by(Event.name))
            )
            names = {e.id: e.name for e in events}
            occurrences = tuple(
                Choice(
                    o.id,
                    f"{names.get(o.event_id, '?')} — "
                    f"{event_datetime(o.starts_at, self.timezone, self.lang)}",
                )
                for o in session.scalars(
                    select(Occurrence)
                    .where(Occurrence.cancelled.is_(False))
                    .order_by(Occurrence.starts_at)
                )
            )
            categories = tuple(
                Choice(c.id, c.name_fr if fr else c.name_en, tuple(c.tags or ()))
                for c in session.scalars(select(TicketCategory).order_by(TicketCategory.position))
            )
            price_lists = tuple(
                Choice(p.id, p.name, tuple(p.tags or ()))
                for p in session.scalars(select(PriceList).order_by(PriceList.name))
            )
            profiles = tuple(sorted({p for p in session.scalars(select(Terminal.profile)) if p}))
            # Zones are the sections of the halls with a seat map (reserved seating).
            zones = tuple(
                Choice(zone_id(map_id, section), f"{map_name} — {section}")
                for map_id, map_name, section in session.execute(
                    select(SeatRow.seat_map_id, SeatMapRow.name, SeatRow.section)
                    .join(SeatMapRow, SeatRow.seat_map_id == SeatMapRow.id)
                    .group_by(SeatRow.seat_map_id, SeatMapRow.name, SeatRow.section)
                    .order_by(SeatMapRow.name, func.min(SeatRow.position))
                )
            )
            customers = tuple(
                Choice(c.id, c.name)
                for c in session.scalars(select(Customer).order_by(Customer.name).limit(5000))
            )
        tags = sorted(
            {t for group in (events, categories, price_lists) for c in group for t in c.tags}
        )
        return PromotionChoices(
            events, occurrences, categories, price_lists, zones, profiles, customers, tuple(tags)
        )

    # --- codes ----------------------------------------------------------------------------

    def code_stats(self, promotion_id: str) -> CodeStats:
        with self.session_factory() as session:
            count, active, used = session.execute(
                select(
                    func.count(PromoCode.id),
                    func.coalesce(func.sum(case((PromoCode.enabled.is_(True), 1), else_=0)), 0),
                    func.coalesce(func.sum(case((PromoCode.used_orders > 0, 1), else_=0)), 0),
                ).where(PromoCode.promotion_id == promotion_id)
            ).one()
        return CodeStats(int(count), int(active), int(used))

    def codes(self, promotion_id: str, limit: int | None = 2000) -> list[CodeRow]:
        """Custom codes first, then random ones; at most ``limit`` (a promotion may have a
        million codes: the full list goes out through :meth:`export_codes_csv`)."""
        with self.session_factory() as session:
            query = (
                select(PromoCode)
                .where(PromoCode.promotion_id == promotion_id)
                .order_by(PromoCode.kind, PromoCode.created_at, PromoCode.code)
            )
            rows = session.scalars(query.limit(limit) if limit else query).all()
            return [
                CodeRow(
                    id=c.id,
                    text=code_rules.display(c.code) if c.kind == "random" else c.code,
                    kind=c.kind,
                    used=c.used_orders,
                    max_uses=c.max_uses,
                    enabled=c.enabled,
                )
                for c in rows
            ]

    def add_custom_code(self, promotion_id: str, text: str, max_uses: int | None) -> str:
        code = custom_code(text, promotion_id, frozenset(), max_uses)
        self._dispatch(AddPromoCodes(promotion_id, (code.text,), "custom", max_uses))
        return promo_code_id(self.organisation_id, code.text)

    def generate_codes(
        self,
        promotion_id: str,
        count: int,
        max_uses: int | None = 1,
        progress: Progress | None = None,
    ) -> int:
        if not 0 < count <= 1_000_000:
            raise DomainError("promo_codes_count", count=count, maximum=1_000_000)
        done = 0
        while done < count:
            size = min(GENERATION_BATCH, count - done)
            for attempt in range(3):
                batch = generate_codes(size)
                try:
                    self._dispatch(AddPromoCodes(promotion_id, tuple(batch), "random", max_uses))
                    break
                except IntegrityError:
                    # A drawn code already exists (about 1e-15 per code): draw the batch again.
                    if attempt == 2:
                        raise
            done += size
            if progress is not None:
                progress(done, count)
        return done

    def set_code_enabled(self, code_id: str, enabled: bool) -> None:
        with self.session_factory() as session:
            code = session.get(PromoCode, code_id)
            max_uses = code.max_uses if code else None
        self._dispatch(UpdatePromoCode(code_id, enabled, max_uses))

    def update_code(self, code_id: str, max_uses: int | None) -> None:
        with self.session_factory() as session:
            code = session.get(PromoCode, code_id)
            enabled = code.enabled if code else True
        self._dispatch(UpdatePromoCode(code_id, enabled, max_uses))

    def delete_code(self, code_id: str) -> None:
        self._dispatch(DeletePromoCode(code_id))

    def export_codes_csv(self, promotion_id: str, path: Path) -> int:
        with self.session_factory() as session:
            promotion = session.get(PromotionRowDb, promotion_id)
            if promotion is None:
                raise DomainError("unknown_promotion", promotion=promotion_id)
            name = (
                promotion.name_fr if self.lang == "fr" else (promotion.name_en or promotion.name_fr)
            )
            rows = session.execute(
                select(
                    PromoCode.code,
                    PromoCode.kind,
                    PromoCode.used_orders,
                    PromoCode.max_uses,
                    PromoCode.enabled,
                )
                .where(PromoCode.promotion_id == promotion_id)
                .order_by(PromoCode.kind, PromoCode.created_at, PromoCode.code)
            ).all()
        header = (
            ["code", "type", "utilisations", "permis", "actif", "promotion"]
            if self.lang == "fr"
            else ["code", "type", "uses", "permitted", "enabled", "promotion"]
        )
        tmp = path.with_name(path.name + ".part")
        with tmp.open("w", newline="", encoding="utf-8-sig") as fh:
            writer = csv.writer(fh)
            writer.writerow(header)
            for code, kind, used, permitted, enabled in rows:
                text = code_rules.display(code) if kind == "random" else code
                writer.writerow(
                    safe_row(  # a promotion's name or code starting with = is no formula
                        [
                            text,
                            kind,
                            used,
                            "" if permitted is None else permitted,
                            int(bool(enabled)),
                            name,
                        ]
                    )
                )
        tmp.replace(path)
        return len(rows)

    def set_terminal_profile(self, profile: str) -> None:
        """This counter's profile ("Billetterie", "Boutique"...), for profile-targeted offers."""
        self._dispatch(SetTerminalProfile(profile))

    # --- tags (bulk) ----------------------------------------------------------------------

    def set_tags(
        self, kind: str, ids: Sequence[str], add: Sequence[str] = (), remove: Sequence[str] = ()
    ) -> None:
        self._dispatch(SetTags(kind, tuple(ids), tuple(add), tuple(remove)))


def _looks_random(text: str | None) -> bool:
    return bool(text) and len(text or "") == 15 and code_rules.is_well_formed(text or "")
