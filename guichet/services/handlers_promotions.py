"""Handlers of the back-office commands: promotions, promo codes, tags, customers.

Only supervisors and owners may change promotions, codes and tags (checked here, so the
server and any window get the same refusal); every change is written to the history.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import Any, cast

from sqlalchemy import delete, select, update

from guichet.changes.capture import log_inserted
from guichet.domain import codes as code_rules
from guichet.domain.auth import Role
from guichet.domain.commands import (
    AddPromoCodes,
    DeletePromoCode,
    DeletePromotion,
    SaveCustomer,
    SavePromotion,
    SetPromotionEnabled,
    SetTags,
    SetTerminalProfile,
    UpdatePromoCode,
)
from guichet.domain.errors import DomainError
from guichet.domain.promotions import (
    ensure_deletable,
    normalize_tag,
    promotion_from_json,
    promotion_to_json,
)
from guichet.models.tables import (
    Customer,
    Event,
    PriceList,
    PromoCode,
    PromoHold,
    Promotion,
    PromotionChange,
    TicketCategory,
)
from guichet.services.context import HandlerContext
from guichet.services.pricing import promotion_from_row

MAX_CODES_PER_COMMAND = 20_000


def promo_code_id(organisation_id: str, text: str) -> str:
    """A code's row id, derived from the code so the server derives the same one."""
    return hashlib.blake2b(f"{organisation_id}:{text}".encode(), digest_size=16).hexdigest()


def _bulk_insert_codes(
    ctx: HandlerContext,
    promotion_id: str,
    org: str,
    texts: list[str],
    kind: str,
    max_uses: int | None,
) -> None:
    """Insert a batch through the driver's executemany: SQLAlchemy's per-row parameter
    processing would triple the time of a 100,000-code generation. Values are converted
    once with the columns' own bind processors, so the rows are stored exactly as the ORM
    stores them."""
    connection = ctx.session.connection()
    dialect = connection.dialect
    created = PromoCode.__table__.c.created_at.type.dialect_impl(dialect).bind_processor(dialect)
    created_value = created(ctx.now) if created else ctx.now
    enabled = PromoCode.__table__.c.enabled.type.dialect_impl(dialect).bind_processor(dialect)
    true_value = enabled(True) if enabled else True
    mark = "?" if dialect.paramstyle == "qmark" else "%s"
    sql = (
        "INSERT INTO promo_code (id, promotion_id, organisation_id, code, kind, max_uses, "
        f"used_orders, enabled, created_at) VALUES ({', '.join([mark] * 9)})"
    )
    connection.exec_driver_sql(
        sql,
        [
            (
                promo_code_id(org, t),
                promotion_id,
                org,
                t,
                kind,
                max_uses,
                0,
                true_value,
                created_value,
            )
            for t in texts
        ],
    )
    if ctx.session.info.get("log_changes"):  # on the server: counters pull the new codes
        log_inserted(
            ctx.session,
            "promo_code",
            (
                "id",
                "promotion_id",
                "organisation_id",
                "code",
                "kind",
                "max_uses",
                "used_orders",
                "enabled",
                "created_at",
            ),
            [
                (promo_code_id(org, t), promotion_id, org, t, kind, max_uses, 0, True, ctx.now)
                for t in texts
            ],
        )


def _history(ctx: HandlerContext, promotion_id: str, action: str, **details: Any) -> None:
    ctx.session.add(
        PromotionChange(
            promotion_id=promotion_id,
            user_id=ctx.envelope.user_id,
            at=ctx.now,
            action=action,
            details=details,
        )
    )


def _supervise(ctx: HandlerContext) -> None:
    ctx.require_role(Role.SUPERVISOR, Role.OWNER)


def _promotion(ctx: HandlerContext, promotion_id: str) -> Promotion:
    row = ctx.session.get(Promotion, promotion_id)
    if row is None or row.organisation_id != ctx.terminal.organisation_id:
        raise DomainError("unknown_promotion", promotion=promotion_id)
    return row


def _diff(before: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    return {
        key: {"avant": before.get(key), "après": after.get(key)}
        for key in sorted(set(before) | set(after))
        if key != "id" and before.get(key) != after.get(key)
    }


def save_promotion(ctx: HandlerContext, cmd: SavePromotion) -> str:
    _supervise(ctx)
    promotion = promotion_from_json({**cmd.promotion, "id": cmd.promotion_id})  # validates
    data = promotion_to_json(promotion)
    effect = promotion.effect
    if effect.price_list_id:
        price_list = ctx.session.get(PriceList, effect.price_list_id)
        if price_list is None:
            raise DomainError("promo_price_list_missing")
    row = ctx.session.get(Promotion, cmd.promotion_id)
    before: dict[str, Any] = {}
    if row is None:
        if not cmd.created:
            raise DomainError("unknown_promotion", promotion=cmd.promotion_id)
        row = Promotion(
            id=cmd.promotion_id, organisation_id=ctx.terminal.organisation_id, created_at=ctx.now
        )
        ctx.session.add(row)
    else:
        if row.organisation_id != ctx.terminal.organisation_id:
            raise DomainError("unknown_promotion", promotion=cmd.promotion_id)
        before = _row_json(row)
    row.name_fr = promotion.name_fr
    row.name_en = promotion.name_en
    row.description_fr = promotion.description_fr
    row.description_en = promotion.description_en
    row.effect_kind = str(effect.kind)
    row.effect_percent = effect.percent if effect.kind == "percent" else None
    row.effect_amount = (
        effect.amount if effect.kind in ("amount_per_ticket", "amount_per_cart") else None
    )
    row.effect_price_list_id = effect.price_list_id if effect.kind == "price_list" else None
    row.starts_on = promotion.starts
    row.expires_on = promotion.expires
    row.max_tickets = promotion.max_tickets
    row.max_tickets_per_order = promotion.max_tickets_per_order
    row.automatic = promotion.automatic
    row.enabled = promotion.enabled
    row.position = promotion.position
    row.rules = data["targeting"]
    row.updated_at = ctx.now
    if before:
        _history(ctx, row.id, "updated", changes=_diff(before, data))
    elif cmd.copied_from:
        _history(ctx, row.id, "copied", source=cmd.copied_from, name=promotion.name_fr)
    else:
        _history(ctx, row.id, "created", name=promotion.name_fr)
    return row.id


def _row_json(row: Promotion) -> dict[str, Any]:
    return promotion_to_json(promotion_from_row(row))


def set_promotion_enabled(ctx: HandlerContext, cmd: SetPromotionEnabled) -> None:
    _supervise(ctx)
    row = _promotion(ctx, cmd.promotion_id)
    if row.enabled != cmd.enabled:
        row.enabled = cmd.enabled
        row.updated_at = ctx.now
        _history(ctx, row.id, "enabled" if cmd.enabled else "disabled")


def delete_promotion(ctx: HandlerContext, cmd: DeletePromotion) -> None:
    _supervise(ctx)
    row = _promotion(ctx, cmd.promotion_id)
    used = row.orders_used + sum(c.used_orders for c in row.codes)
    ensure_deletable(used if used else (1 if row.ever_used else 0))
    for code in row.codes:
        ctx.session.delete(code)
    ctx.session.execute(delete(PromotionChange).where(PromotionChange.promotion_id == row.id))
    ctx.session.execute(delete(PromoHold).where(PromoHold.promotion_id == row.id))
    ctx.session.delete(row)


def add_promo_codes(ctx: HandlerContext, cmd: AddPromoCodes) -> int:
    _supervise(ctx)
    row = _promotion(ctx, cmd.promotion_id)
    if not cmd.codes:
        raise DomainError("promo_code_empty")
    if len(cmd.codes) > MAX_CODES_PER_COMMAND:
        raise DomainError("promo_codes_too_many", maximum=MAX_CODES_PER_COMMAND)
    if cmd.kind not in ("custom", "random"):
        raise DomainError("promo_code_kind", kind=cmd.kind)
    if cmd.max_uses is not None and cmd.max_uses < 0:
        raise DomainError("promo_limit_invalid", field="max_uses", value=cmd.max_uses)
    texts = [code_rules.normalize(t) for t in cmd.codes]
    if any(not t for t in texts):
        raise DomainError("promo_code_empty")
    if len(set(texts)) != len(texts):
        raise DomainError("promo_code_taken", text=texts[0])
    org = ctx.terminal.organisation_id
    # One probe per code through the unique index; a batch rarely collides (69 random bits).
    for chunk_start in range(0, len(texts), 900):
        chunk = texts[chunk_start : chunk_start + 900]
        taken = ctx.session.scalars(
            select(PromoCode.code).where(
                PromoCode.organisation_id == org, PromoCode.code.in_(chunk)
            )
        ).first()
        if taken is not None:
            raise DomainError("promo_code_taken", text=taken)
    _bulk_insert_codes(ctx, row.id, org, texts, cmd.kind, cmd.max_uses)
    row.updated_at = ctx.now
    if cmd.kind == "custom":
        _history(ctx, row.id, "code_added", code=texts[0], max_uses=cmd.max_uses)
    else:
        _history(ctx, row.id, "codes_generated", count=len(texts), max_uses=cmd.max_uses)
    return len(texts)


def _code(ctx: HandlerContext, code_id: str) -> PromoCode:
    code = ctx.session.get(PromoCode, code_id)
    if code is None or code.organisation_id != ctx.terminal.organisation_id:
        raise DomainError("promo_unknown_code", text=code_id)
    return code


def update_promo_code(ctx: HandlerContext, cmd: UpdatePromoCode) -> None:
    _supervise(ctx)
    code = _code(ctx, cmd.code_id)
    if cmd.max_uses is not None and cmd.max_uses < 0:
        raise DomainError("promo_limit_invalid", field="max_uses", value=cmd.max_uses)
    changes: dict[str, Any] = {}
    if code.enabled != cmd.enabled:
        changes["enabled"] = cmd.enabled
        code.enabled = cmd.enabled
    if code.max_uses != cmd.max_uses:
        changes["max_uses"] = {"avant": code.max_uses, "après": cmd.max_uses}
        code.max_uses = cmd.max_uses
    if changes:
        code.promotion.updated_at = ctx.now
        _history(ctx, code.promotion_id, "code_updated", code=code.code, **changes)


def delete_promo_code(ctx: HandlerContext, cmd: DeletePromoCode) -> None:
    _supervise(ctx)
    code = _code(ctx, cmd.code_id)
    ensure_deletable(code.used_orders)
    held = ctx.session.scalar(
        select(PromoHold.id).where(PromoHold.code_id == code.id, PromoHold.released_at.is_(None))
    )
    if held is not None:
        raise DomainError("promo_used_cannot_delete", used=0)
    code.promotion.updated_at = ctx.now
    _history(ctx, code.promotion_id, "code_deleted", code=code.code)
    ctx.session.execute(update(PromoHold).where(PromoHold.code_id == code.id).values(code_id=None))
    ctx.session.delete(code)


TAGGED: dict[str, type[Event] | type[TicketCategory] | type[PriceList]] = {
    "event": Event,
    "category": TicketCategory,
    "price_list": PriceList,
}


def set_tags(ctx: HandlerContext, cmd: SetTags) -> int:
    _supervise(ctx)
    model = TAGGED.get(cmd.kind)
    if model is None:
        raise DomainError("unknown_tag_target", kind=cmd.kind)
    add = {normalize_tag(t) for t in cmd.add if normalize_tag(t)}
    remove = {normalize_tag(t) for t in cmd.remove if normalize_tag(t)}
    rows = cast(
        Sequence[Event | TicketCategory | PriceList],
        ctx.session.scalars(
            select(model).where(
                model.id.in_(cmd.ids), model.organisation_id == ctx.terminal.organisation_id
            )
        ).all(),
    )
    if len(rows) != len(set(cmd.ids)):
        raise DomainError("unknown_tag_target", kind=cmd.kind)
    for row in rows:
        row.tags = sorted((set(row.tags or ()) | add) - remove)
    # Tags change which tickets promotions target: make counters reload their catalogue.
    ctx.session.execute(
        update(Promotion)
        .where(Promotion.organisation_id == ctx.terminal.organisation_id)
        .values(updated_at=ctx.now)
    )
    return len(rows)


def save_customer(ctx: HandlerContext, cmd: SaveCustomer) -> str:
    name = cmd.name.strip()
    if not name:
        raise DomainError("customer_name_missing")
    if cmd.email and "@" not in cmd.email:
        raise DomainError("customer_email_invalid", email=cmd.email)
    row = ctx.session.get(Customer, cmd.customer_id)
    if row is None:
        row = Customer(
            id=cmd.customer_id,
            organisation_id=ctx.terminal.organisation_id,
            code=cmd.code,
            created_at=ctx.now,
            name=name,
        )
        ctx.session.add(row)
    row.name = name
    row.email = cmd.email.strip()
    row.phone = cmd.phone.strip()
    row.newsletter = cmd.newsletter
    return row.id


def set_terminal_profile(ctx: HandlerContext, cmd: SetTerminalProfile) -> str:
    _supervise(ctx)
    profile = " ".join(cmd.profile.split())[:80]
    ctx.terminal.profile = profile
    # Which promotions apply here may change: counters reload their catalogue.
    ctx.session.execute(
        update(Promotion)
        .where(Promotion.organisation_id == ctx.terminal.organisation_id)
        .values(updated_at=ctx.now)
    )
    return profile
