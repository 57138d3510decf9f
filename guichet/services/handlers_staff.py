"""Handlers of the organisation, its staff and its counters.

PINs travel hashed (argon2id, made where the PIN was typed): the outbox, the server and the
other counters never see a PIN. Who may manage whom is in :mod:`guichet.domain.staff`.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from sqlalchemy import func, select

from guichet.domain import catalogue as rules
from guichet.domain.auth import Role
from guichet.domain.commands_backoffice import (
    SaveOrganisation,
    SaveTerminal,
    SaveUser,
    SetUpOrganisation,
    SetUserActive,
    SetUserPin,
    UnlockUser,
)
from guichet.domain.errors import DomainError
from guichet.domain.staff import (
    check_may_manage,
    check_may_set_pin,
    check_owner_remains,
    title_form,
)
from guichet.models.tables import Organisation, Tax, Terminal, User, Venue
from guichet.services.backoffice_rules import owned, record, supervise
from guichet.services.context import HandlerContext

LOCALES = ("fr_CA", "en_CA")
PIN_HASH_MAX = 200


def _role(text: str) -> Role:
    try:
        return Role(text)
    except ValueError:
        raise DomainError("role_unknown", role=str(text)[:20]) from None


def _pin_hash(text: object) -> str:
    """Only argon2 hashes: a counter never sends a PIN, and nothing else verifies."""
    if not isinstance(text, str) or not text.startswith("$argon2") or len(text) > PIN_HASH_MAX:
        raise DomainError("pin_hash_invalid")
    return text


def _rate(text: str) -> Decimal:
    try:
        rate = Decimal(text)
    except (InvalidOperation, TypeError):
        raise DomainError("rate_invalid", text=str(text)[:20]) from None
    return rules.check_rate(rate, str(text))


def _particulars(org: Organisation, cmd: SetUpOrganisation | SaveOrganisation) -> list[str]:
    """Write the organisation's particulars; returns the fields that changed."""
    values = {
        "name": rules.clean_text(cmd.name, "organisation_name"),
        "address": rules.clean_lines(cmd.address, "address"),
        "timezone": rules.check_timezone(cmd.timezone),
        "locale": cmd.locale,
        "gst_number": rules.check_registration(cmd.gst_number, "gst_number"),
        "qst_number": rules.check_registration(cmd.qst_number, "qst_number"),
        "cash_increment": rules.check_cash_increment(cmd.cash_increment),
        "receipt_header": rules.clean_lines(
            cmd.receipt_header, "receipt_header", rules.RECEIPT_TEXT_MAX
        ),
        "receipt_footer": rules.clean_lines(
            cmd.receipt_footer, "receipt_footer", rules.RECEIPT_TEXT_MAX
        ),
    }
    if cmd.locale not in LOCALES:
        raise DomainError("locale_unknown", locale=str(cmd.locale)[:16])
    printing = getattr(cmd, "ticket_printing", None)
    if printing is not None:
        if printing not in ("separate", "combined"):
            raise DomainError("ticket_printing_unknown", value=str(printing)[:20])
        values["ticket_printing"] = printing
    changed = [k for k, v in values.items() if getattr(org, k) != v]
    for key, value in values.items():
        setattr(org, key, value)
    return changed


def _taxes(ctx: HandlerContext, org: Organisation, gst: Decimal, qst: Decimal) -> None:
    """GST and QST, not included in prices, computed on the subtotal; their registration
    numbers print on every receipt once set."""
    existing = {
        t.code: t for t in ctx.session.scalars(select(Tax).where(Tax.organisation_id == org.id))
    }
    for position, (code, fr, en, rate, number) in enumerate(
        (
            ("GST", "TPS", "GST", gst, org.gst_number),
            ("QST", "TVQ", "QST", qst, org.qst_number),
        )
    ):
        tax = existing.get(code)
        if tax is None:
            ctx.session.add(
                Tax(
                    organisation_id=org.id,
                    code=code,
                    name_fr=fr,
                    name_en=en,
                    rate=rate,
                    included=False,
                    registration=number,
                    position=position,
                )
            )
        else:
            tax.rate = rate
            tax.registration = number


def _organisation(ctx: HandlerContext) -> Organisation:
    org = ctx.session.get(Organisation, ctx.terminal.organisation_id)
    assert org is not None
    return org


def set_up_organisation(ctx: HandlerContext, cmd: SetUpOrganisation) -> str:
    """Accepted only while the organisation has nobody: it makes its first owner."""
    org = _organisation(ctx)
    people = ctx.session.scalar(select(func.count(User.id)).where(User.organisation_id == org.id))
    if people:
        raise DomainError("already_set_up")
    _particulars(org, cmd)
    _taxes(ctx, org, _rate(cmd.gst_rate), _rate(cmd.qst_rate))
    ctx.session.add(
        User(
            id=cmd.owner_id,
            organisation_id=org.id,
            name=rules.clean_text(cmd.owner_name, "person_name", 120),
            role=Role.OWNER.value,
            pin_hash=_pin_hash(cmd.owner_pin_hash),
            active=True,
            title_form=title_form(cmd.owner_title_form).value,
        )
    )
    record(ctx, "organisation", org.id, "set_up", name=org.name, owner=cmd.owner_name)
    return org.id


def save_organisation(ctx: HandlerContext, cmd: SaveOrganisation) -> list[str]:
    ctx.require_role(Role.OWNER)
    org = _organisation(ctx)
    changed = _particulars(org, cmd)
    _taxes(ctx, org, _rate(cmd.gst_rate), _rate(cmd.qst_rate))
    record(ctx, "organisation", org.id, "saved", fields=changed)
    return changed


def _active_owners(ctx: HandlerContext) -> list[str]:
    return list(
        ctx.session.scalars(
            select(User.id).where(
                User.organisation_id == ctx.terminal.organisation_id,
                User.role == Role.OWNER.value,
                User.active.is_(True),
            )
        )
    )


def _name_taken(ctx: HandlerContext, name: str, user_id: str) -> bool:
    """Two active people with the same name cannot be told apart on the login screen."""
    from guichet.models.db import fold

    folded = fold(name)
    return any(
        fold(other) == folded
        for other in ctx.session.scalars(
            select(User.name).where(
                User.organisation_id == ctx.terminal.organisation_id,
                User.active.is_(True),
                User.id != user_id,
            )
        )
    )


def save_user(ctx: HandlerContext, cmd: SaveUser) -> str:
    name = rules.clean_text(cmd.name, "person_name", 120)
    role = _role(cmd.role)
    form = title_form(cmd.title_form)
    user = ctx.session.get(User, cmd.user_id)
    if cmd.created:
        if user is not None:
            raise DomainError("user_exists", user=cmd.user_id)
        check_may_manage(ctx.role, None, role)
        if cmd.pin_hash is None:
            raise DomainError("pin_required")
        if _name_taken(ctx, name, cmd.user_id):
            raise DomainError("person_name_taken", name=name)
        ctx.session.add(
            User(
                id=cmd.user_id,
                organisation_id=ctx.terminal.organisation_id,
                name=name,
                role=role.value,
                pin_hash=_pin_hash(cmd.pin_hash),
                active=True,
                title_form=form.value,
            )
        )
        said = {"title_form": form.value} if form.value else {}
        record(ctx, "user", cmd.user_id, "created", name=name, role=role.value, **said)
        return cmd.user_id
    if user is None or user.organisation_id != ctx.terminal.organisation_id:
        raise DomainError("unknown_user", user=cmd.user_id)
    before = Role(user.role)
    check_may_manage(ctx.role, before, role)
    if role is not before:
        check_owner_remains(_active_owners(ctx), user.id, role, user.active)
    if user.active and _name_taken(ctx, name, user.id):
        raise DomainError("person_name_taken", name=name)
    # The title's form, [before, after] when it changes (as name and role), else as it is.
    details: dict[str, object] = {}
    if cmd.title_form is not None and form.value != user.title_form:
        details["title_form"] = [user.title_form, form.value]
    elif user.title_form:
        details["title_form"] = user.title_form
    record(
        ctx,
        "user",
        user.id,
        "saved",
        name=[user.name, name] if user.name != name else name,
        role=[before.value, role.value] if role is not before else role.value,
        **details,
    )
    user.name = name
    user.role = role.value
    if cmd.title_form is not None:
        user.title_form = form.value
    return user.id


def _person(ctx: HandlerContext, user_id: str) -> User:
    user = ctx.session.get(User, user_id)
    if user is None or user.organisation_id != ctx.terminal.organisation_id:
        raise DomainError("unknown_user", user=user_id)
    return user


def set_user_pin(ctx: HandlerContext, cmd: SetUserPin) -> None:
    user = _person(ctx, cmd.user_id)
    actor = ctx.user
    check_may_set_pin(ctx.role, actor.id if actor else "", Role(user.role), user.id)
    user.pin_hash = _pin_hash(cmd.pin_hash)
    # A new PIN ends a lock-out: the person was locked out for not knowing the old one.
    user.failed_attempts = 0
    user.locked_until = None
    record(ctx, "user", user.id, "pin_set", name=user.name)


def set_user_active(ctx: HandlerContext, cmd: SetUserActive) -> None:
    user = _person(ctx, cmd.user_id)
    role = Role(user.role)
    check_may_manage(ctx.role, role)
    if not cmd.active:
        check_owner_remains(_active_owners(ctx), user.id, role, False)
    elif not user.active and _name_taken(ctx, user.name, user.id):
        raise DomainError("person_name_taken", name=user.name)
    user.active = cmd.active
    record(ctx, "user", user.id, "activated" if cmd.active else "deactivated", name=user.name)


def unlock_user(ctx: HandlerContext, cmd: UnlockUser) -> None:
    user = _person(ctx, cmd.user_id)
    check_may_manage(ctx.role, Role(user.role))
    user.failed_attempts = 0
    user.locked_until = None
    record(ctx, "user", user.id, "unlocked", name=user.name)


def save_terminal(ctx: HandlerContext, cmd: SaveTerminal) -> str:
    """A counter's name, profile and venue: this one at the counter, any one on the server."""
    supervise(ctx)
    terminal = ctx.session.get(Terminal, cmd.terminal_id)
    if terminal is None or terminal.organisation_id != ctx.terminal.organisation_id:
        raise DomainError("unknown_terminal", terminal=cmd.terminal_id)
    name = rules.clean_text(cmd.name, "terminal_name", 80)
    profile = rules.clean_text(cmd.profile, "profile", 80, required=False)
    if cmd.venue_id is not None:
        venue = owned(ctx, Venue, cmd.venue_id, "unknown_venue")
        if not venue.active and venue.id != terminal.venue_id:
            raise DomainError("venue_withdrawn", venue=venue.name)
    terminal.name = name
    terminal.profile = profile
    terminal.venue_id = cmd.venue_id
    record(ctx, "terminal", terminal.id, "saved", name=name, profile=profile)
    return terminal.id
