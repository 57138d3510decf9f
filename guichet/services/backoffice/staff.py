"""The organisation's particulars and taxes, its staff, its counters."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from decimal import Decimal

from sqlalchemy import exists, or_, select

from guichet.domain import catalogue as rules
from guichet.domain import staff as staff_rules
from guichet.domain.auth import Role, validate_pin_format
from guichet.domain.commands_backoffice import (
    SaveOrganisation,
    SaveTerminal,
    SaveUser,
    SetUserActive,
    SetUserPin,
    UnlockUser,
)
from guichet.domain.errors import DomainError
from guichet.domain.staff import check_may_manage, check_may_set_pin, check_owner_remains
from guichet.models.db import fold
from guichet.models.tables import (
    Order,
    Organisation,
    Refund,
    Shift,
    Tax,
    Terminal,
    User,
    Venue,
)
from guichet.services.backoffice.desk import Desk
from guichet.services.backoffice.views import OrganisationSettings, StaffMember, TerminalView
from guichet.services.pins import hash_pin_for

LOCALE_LANGS = {"fr_CA": "fr", "en_CA": "en"}
LANG_LOCALES = {lang: locale for locale, lang in LOCALE_LANGS.items()}


class OrganisationDesk(Desk):
    def settings(self) -> OrganisationSettings:
        with self.session() as session:
            org = session.get(Organisation, self.office.organisation_id)
            assert org is not None
            rates = {
                t.code: Decimal(t.rate)
                for t in session.scalars(select(Tax).where(Tax.organisation_id == org.id))
            }
            return OrganisationSettings(
                id=org.id,
                name=org.name,
                address=org.address,
                timezone=org.timezone,
                lang=LOCALE_LANGS.get(org.locale, "fr"),
                gst_number=org.gst_number,
                qst_number=org.qst_number,
                gst_rate=rates.get("GST", Decimal("0.05")),
                qst_rate=rates.get("QST", Decimal("0.09975")),
                cash_increment=org.cash_increment,
                receipt_header=org.receipt_header,
                receipt_footer=org.receipt_footer,
                ticket_printing=org.ticket_printing,
            )

    def save(
        self,
        *,
        name: str,
        address: str,
        timezone: str,
        lang: str,
        gst_number: str,
        qst_number: str,
        gst_rate: str,
        qst_rate: str,
        cash_increment: int,
        receipt_header: str,
        receipt_footer: str,
        ticket_printing: str | None = None,
    ) -> list[str]:
        """Rates as typed, in percent ("9,975"). Owners only. Returns the fields changed."""
        if lang not in LANG_LOCALES:
            raise DomainError("locale_unknown", locale=lang)
        changed: list[str] = self.dispatch(
            SaveOrganisation(
                name=name,
                address=address,
                timezone=timezone,
                locale=LANG_LOCALES[lang],
                gst_number=gst_number,
                qst_number=qst_number,
                gst_rate=str(rules.parse_rate(gst_rate)),
                qst_rate=str(rules.parse_rate(qst_rate)),
                cash_increment=cash_increment,
                receipt_header=receipt_header,
                receipt_footer=receipt_footer,
                ticket_printing=ticket_printing,
            )
        )
        self.office.refresh()
        return changed


class StaffDesk(Desk):
    def people(self, *, include_inactive: bool = True) -> list[StaffMember]:
        with self.session() as session:
            worked = (
                exists().where(or_(Shift.user_id == User.id, Shift.closed_by_id == User.id))
                | exists().where(Order.user_id == User.id)
                | exists().where(or_(Refund.user_id == User.id, Refund.supervisor_id == User.id))
            )
            query = (
                select(User, worked)
                .where(User.organisation_id == self.office.organisation_id)
                .order_by(User.active.desc(), User.name)
            )
            if not include_inactive:
                query = query.where(User.active.is_(True))
            people = [
                StaffMember(
                    u.id, u.name, Role(u.role), u.active, u.locked_until, bool(w), u.title_form
                )
                for u, w in session.execute(query)
            ]
        # By name as people read it ("Émilie" next to "Eric", not after "Zoé").
        return sorted(people, key=lambda p: (not p.active, fold(p.name) or "", p.name))

    def may_manage(self, person: StaffMember, new_role: Role | None = None) -> bool:
        """Whether the person logged in may change ``person`` (the handlers decide anyway)."""
        try:
            check_may_manage(self.office.actor.role, person.role, new_role)
        except DomainError:
            return False
        return True

    def may_set_pin(self, person: StaffMember) -> bool:
        actor = self.office.actor
        try:
            check_may_set_pin(actor.role, actor.user_id, person.role, person.id)
        except DomainError:
            return False
        return True

    def why_not_manage(
        self, person: StaffMember, new_role: Role | None = None
    ) -> DomainError | None:
        """The refusal the handlers would give for changing ``person`` (None: allowed), so a
        window can say why a button is off."""
        try:
            check_may_manage(self.office.actor.role, person.role, new_role)
        except DomainError as error:
            return error
        return None

    def why_not_set_pin(self, person: StaffMember) -> DomainError | None:
        actor = self.office.actor
        try:
            check_may_set_pin(actor.role, actor.user_id, person.role, person.id)
        except DomainError as error:
            return error
        return None

    def why_not_deactivate(
        self, person: StaffMember, people: Sequence[StaffMember]
    ) -> DomainError | None:
        """As :meth:`why_not_manage`, and the organisation keeps an active owner."""
        error = self.why_not_manage(person)
        if error is not None:
            return error
        owners = [p.id for p in people if p.role is Role.OWNER and p.active]
        try:
            check_owner_remains(owners, person.id, person.role, False)
        except DomainError as refusal:
            return refusal
        return None

    def named(self, name: str) -> list[StaffMember]:
        """The people called ``name`` (no case, no accents needed), active ones first."""
        wanted = fold(" ".join(name.split()))
        return [p for p in self.people() if fold(p.name) == wanted]

    def roles_offered(self) -> list[Role]:
        """The roles the person logged in may give."""
        if self.office.actor.role is Role.OWNER:
            return [Role.CASHIER, Role.SUPERVISOR, Role.OWNER]
        return [Role.CASHIER]

    def _hashed(self, pin: str, again: str | None) -> str:
        validate_pin_format(pin)
        if again is not None and again != pin:
            raise DomainError("pin_mismatch")
        return hash_pin_for(pin, self.office.bus.pepper)  # peppered on a paired counter

    def add(
        self,
        name: str,
        role: Role,
        pin: str,
        pin_again: str | None = None,
        *,
        title_form: str = "",
    ) -> str:
        """``title_form``: "feminine" (« Caissière »), "masculine" or "" (not said)."""
        rules.clean_text(name, "person_name", 120)  # before the PIN is hashed (a slow step)
        form = staff_rules.title_form(title_form)
        check_may_manage(self.office.actor.role, None, role)
        user_id = str(uuid.uuid4())
        return str(
            self.dispatch(
                SaveUser(
                    user_id,
                    name,
                    role.value,
                    created=True,
                    pin_hash=self._hashed(pin, pin_again),
                    title_form=form.value,
                )
            )
        )

    def save(
        self, user_id: str, name: str, role: Role, *, title_form: str | None = None
    ) -> None:
        """``title_form`` None keeps the person's."""
        self.dispatch(SaveUser(user_id, name, role.value, title_form=title_form))

    def set_pin(self, user_id: str, pin: str, pin_again: str | None = None) -> None:
        self.dispatch(SetUserPin(user_id, self._hashed(pin, pin_again)))

    def set_active(self, user_id: str, active: bool) -> None:
        self.dispatch(SetUserActive(user_id, active))

    def unlock(self, user_id: str) -> None:
        self.dispatch(UnlockUser(user_id))


class TerminalsDesk(Desk):
    def all(self) -> list[TerminalView]:
        """Every counter this database knows: on a paired counter, those the server told it
        about; standalone, itself."""
        with self.session() as session:
            venues = {v.id: v.name for v in session.scalars(select(Venue))}
            return [
                TerminalView(
                    t.id,
                    t.name,
                    t.profile,
                    t.venue_id,
                    venues.get(t.venue_id or "", ""),
                    t.id == self.office.terminal_id,
                    t.escrowed,
                )
                for t in session.scalars(
                    select(Terminal)
                    .where(Terminal.organisation_id == self.office.organisation_id)
                    .order_by(Terminal.name)
                )
            ]

    def this(self) -> TerminalView:
        return next(t for t in self.all() if t.this)

    def save(
        self, name: str, profile: str, venue_id: str | None, terminal_id: str | None = None
    ) -> None:
        self.dispatch(SaveTerminal(terminal_id or self.office.terminal_id, name, profile, venue_id))
