"""The counter's use cases, as the windows call them (the UI talks to this class only).

Qt-free: the windows wrap it; tests drive it directly on a real SQLite file.
"""

from __future__ import annotations

import dataclasses
import logging
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import bindparam, delete, select
from sqlalchemy.orm import Session, sessionmaker

from guichet.domain import codes
from guichet.domain.auth import LockState, Role, after_failure, after_success, ensure_not_locked
from guichet.domain.cart import (
    Cart,
    CartLine,
    PricedOrder,
    ensure_places,
    price_lines,
    validate_quantity,
)
from guichet.domain.commands import (
    CloseShift,
    ExchangeTickets,
    ImportSeatMap,
    OpenShift,
    RefundLine,
    RefundOrder,
    SaleLine,
    SalePayment,
    SaveCustomer,
    SeatsAction,
    SellOrder,
    SetEventSeatMap,
)
from guichet.domain.errors import DomainError
from guichet.domain.money import Cents, round_cash
from guichet.domain.overrides import Override
from guichet.domain.payments import PaymentSession
from guichet.domain.pins import is_peppered
from guichet.domain.promotions import PromotionCatalogue
from guichet.domain.seating import SeatInventory, SeatMap
from guichet.domain.taxes import TaxRate
from guichet.domain.tickets import TicketStatus
from guichet.models.base import utcnow
from guichet.models.tables import (
    Event,
    Occurrence,
    OccurrenceSeat,
    Order,
    OrderLine,
    Organisation,
    PrintJob,
    Receipt,
    Shift,
    Terminal,
    Ticket,
    User,
)
from guichet.printing.document import (
    DocumentSet,
    ReceiptDocument,
    ReportDocument,
    TicketDocument,
)
from guichet.services import bearer_codes, documents, eventlog, pricing, queries
from guichet.services.bus import Actor, CommandBus
from guichet.services.cards import CardDesk
from guichet.services.conflicts import ConflictDesk
from guichet.services.desk import OrganisationInfo, open_shift_id, with_allotments
from guichet.services.door import DoorDesk
from guichet.services.handlers import (
    RefundRecorded,
    SaleRecorded,
    ShiftClosed,
    organisation_tax_rates,
    refund_amounts,
)
from guichet.services.handlers_cards import card_id_for
from guichet.services.handlers_exchange import ExchangeOptions, ExchangeRecorded, exchange_options
from guichet.services.pins import verify_stored
from guichet.services.pricing import HOLD_MINUTES, CatalogueCache
from guichet.services.printqueue import JobWriter, sale_receipt_id
from guichet.services.reserves import ReserveDesk
from guichet.services.views import (
    AppliedPromotion,
    CategoryPrice,
    CustomerView,
    OccurrenceView,
    OrderView,
    PrintJobView,
    ReceiptView,
    ShiftSummary,
    ShiftView,
    UserView,
)

if TYPE_CHECKING:
    from guichet.services.backoffice import BackOffice
    from guichet.sync.people import PeopleGateway


@dataclass(frozen=True)
class SeatingView:
    occurrence_id: str
    seat_map_id: str
    seat_map: SeatMap
    inventory: SeatInventory


@dataclass(frozen=True)
class RefundPreview:
    total: int  # taxes included
    cash_out: int  # what leaves the drawer when refunded in cash (rounded to the nickel)


#: A sale's first read (Counter._open_shift_in), built once, not at every sale.
_OPEN_SHIFT_READ = (
    select(Shift, User, Organisation)
    .select_from(Shift)
    .outerjoin(User, User.id == bindparam("user"))
    .outerjoin(Organisation, Organisation.id == bindparam("organisation"))
    .where(Shift.terminal_id == bindparam("terminal"), Shift.closed_at.is_(None))
)


class Counter:
    def __init__(
        self,
        session_factory: sessionmaker[Session],
        terminal_id: str,
        *,
        lang: str = "fr",
        clock: Callable[[], datetime] = utcnow,
        printing_enabled: bool = True,
    ) -> None:
        self.session_factory = session_factory
        self.terminal_id = terminal_id
        self.lang = lang
        self.clock = clock
        self.printing_enabled = printing_enabled
        self.bus = CommandBus(session_factory, terminal_id, clock)
        self.actor: Actor | None = None
        self._catalogue: CatalogueCache | None = None
        self._holds: dict[str, tuple[object, datetime]] = {}
        self._seat_maps: dict[str, SeatMap] = {}
        self._settings_version: object = None
        # Called once a shift's close has committed (the running program's backup); a
        # failure there is logged and never undoes nor hides the close.
        self.after_shift_close: Callable[[ShiftClosed], None] | None = None
        self.reload_settings()

    def reload_settings(self) -> None:
        """Read the organisation (name, time zone, rounding, taxes) and this counter's name and
        profile again: the back office changed them, here or on another counter."""
        with self.session_factory() as session:
            org = queries.organisation(session)
            self.organisation = OrganisationInfo(
                org.id, org.name, org.timezone, org.currency, org.cash_increment
            )
            terminal = session.get(Terminal, self.terminal_id)
            self.terminal_name = terminal.name if terminal else ""
            self.terminal_profile = terminal.profile if terminal else ""
            self._tax_rates = organisation_tax_rates(session, org.id, self.lang)

    def back_office(self) -> BackOffice:
        """The back office, acting as whoever is logged in at this counter."""
        from guichet.services.backoffice import BackOffice

        gateway = self._people()
        self.bus.pepper = gateway.pepper() if gateway is not None else None
        return BackOffice(
            self.session_factory,
            self.terminal_id,
            lambda: self.actor,
            lang=self.lang,
            clock=self.clock,
            bus=self.bus,
        )

    # --- people -------------------------------------------------------------------------

    def users(self) -> list[UserView]:
        with self.session_factory() as session:
            return queries.users(session, self.organisation.id)

    def _people(self) -> PeopleGateway | None:
        """The server, as this counter asks it about people (None when standalone)."""
        if not hasattr(self, "_gateway"):
            from guichet.sync.people import gateway_for

            self._gateway: PeopleGateway | None = gateway_for(self.session_factory)
        return self._gateway

    def _check_online(self, user_id: str, pin: str) -> Actor | None:
        """A paired counter asks the server about a supervisor or owner (and about anyone
        whose PIN hash this counter was not given): the server's hash and lock-out decide,
        and its grant signs their commands. None when the server cannot be reached: this
        counter's own check follows (docs/SECURITY.md)."""
        from guichet.sync.engine import SyncError

        gateway = self._people()
        with self.session_factory() as session:
            user = session.get(User, user_id)
            if user is None or not user.active:
                raise DomainError("unknown_user", user=user_id)
            name, role, title, stored = user.name, Role(user.role), user.title_form, user.pin_hash
        if gateway is None or (stored and not role.can_supervise):
            return None
        try:
            grant = gateway.verify(user_id, pin)
        except SyncError:
            if not stored:  # this counter holds no hash of theirs: only the server can say
                raise DomainError("login_needs_server") from None
            return None
        except DomainError as error:
            eventlog.pin_refused(name, error.code)
            raise
        self.bus.grants[user_id] = grant
        return Actor(user_id, name, role, title)

    def _check_pin(self, user_id: str, pin: str) -> Actor:
        """Verify a PIN, counting failures; the fifth wrong PIN in a row locks the user.

        Lock-out state is this counter's own security bookkeeping, not a business write, so it
        is not a command and never leaves the terminal.
        """
        online = self._check_online(user_id, pin)
        if online is not None:
            return online
        gateway = self._people()
        pepper = gateway.pepper() if gateway is not None else None
        now = self.clock()
        with self.session_factory() as session, session.begin():
            user = session.get(User, user_id)
            if user is None or not user.active:
                raise DomainError("unknown_user", user=user_id)
            state = LockState(user.failed_attempts, user.locked_until)
            ensure_not_locked(state, now)
            if pepper is None and is_peppered(user.pin_hash):
                raise DomainError("pin_pepper_missing")  # the keyring lost it: re-pair
            if not verify_stored(user.pin_hash, pin, pepper):
                new_state = after_failure(state, now)
                user.failed_attempts = new_state.failed_attempts
                user.locked_until = new_state.locked_until
                if new_state.locked_until is not None:
                    error = DomainError("user_locked_now", minutes=5)
                else:
                    from guichet.domain.auth import MAX_FAILED_ATTEMPTS

                    error = DomainError(
                        "wrong_pin", attempts_left=MAX_FAILED_ATTEMPTS - new_state.failed_attempts
                    )
                session.commit()
                eventlog.pin_refused(user.name, error.code)
                raise error
            ok = after_success()
            user.failed_attempts = ok.failed_attempts
            user.locked_until = ok.locked_until
            return Actor(user.id, user.name, Role(user.role), user.title_form)

    def login(self, user_id: str, pin: str) -> Actor:
        self.bus.grants.clear()  # the person before signs nothing more here
        self.actor = self._check_pin(user_id, pin)
        eventlog.login(self.actor)
        return self.actor

    def logout(self) -> None:
        self.actor = None
        self.bus.grants.clear()  # nobody's commands are signed once they have left

    def authorize_supervisor(self, user_id: str, pin: str) -> Actor:
        actor = self._check_pin(user_id, pin)
        if not actor.role.can_supervise:
            raise DomainError("supervisor_required")
        eventlog.login(actor, supervisor=True)
        return actor

    def supervisors(self) -> list[UserView]:
        return [u for u in self.users() if u.role.can_supervise]

    def _require_actor(self) -> Actor:
        if self.actor is None:
            raise DomainError("not_logged_in")
        return self.actor

    # --- shifts -------------------------------------------------------------------------

    def current_shift(self) -> ShiftView | None:
        with self.session_factory() as session:
            return queries.open_shift(session, self.terminal_id)

    def _require_shift(self) -> ShiftView:
        shift = self.current_shift()
        if shift is None:
            raise DomainError("no_open_shift")
        return shift

    def _require_shift_id(self) -> str:
        """Cheaper than :meth:`_require_shift` for the sale path; the handler re-checks."""
        return open_shift_id(self.session_factory, self.terminal_id)

    def open_shift(self, opening_float: int) -> ShiftView:
        actor = self._require_actor()
        shift_id = str(uuid.uuid4())
        self.bus.dispatch(OpenShift(shift_id=shift_id, opening_float=opening_float), actor)
        shift = self.current_shift()
        assert shift is not None
        eventlog.shift_opened(shift, actor)
        return shift

    def shift_summary(self, shift_id: str | None = None) -> ShiftSummary:
        shift_id = shift_id or self._require_shift().id
        with self.session_factory() as session:
            return queries.shift_summary(session, shift_id)

    def close_shift(self, counted: Mapping[int, int], note: str = "") -> ShiftClosed:
        actor = self._require_actor()
        shift = self._require_shift()

        def queue_z(session: Session, result: ShiftClosed) -> None:
            if self.printing_enabled:
                session.add(
                    PrintJob(terminal_id=self.terminal_id, kind="zreport", shift_id=result.shift_id)
                )

        result: ShiftClosed = self.bus.dispatch(
            CloseShift(shift_id=shift.id, counted=dict(counted), note=note), actor, after=queue_z
        )
        eventlog.shift_closed(result, actor)
        if self.after_shift_close is not None:
            try:
                self.after_shift_close(result)
            except Exception:  # noqa: BLE001 - the shift is closed whatever its backup does
                logging.getLogger("guichet.backup").exception("after the shift's close")
        return result

    # --- catalogue ----------------------------------------------------------------------

    def occurrences(self, day: date) -> list[OccurrenceView]:
        with self.session_factory() as session:
            views = queries.occurrences_on(session, day, self.organisation.timezone, self.lang)
            return self._with_allotments(session, views)

    def _with_allotments(
        self, session: Session, views: list[OccurrenceView]
    ) -> list[OccurrenceView]:
        """On a paired counter, what it may sell is what it holds (escrow)."""
        return with_allotments(session, self.terminal_id, views)

    def today(self) -> date:
        from guichet.i18n.formatting import local

        return local(self.clock(), self.organisation.timezone).date()

    def next_occurrence(self, occurrences: list[OccurrenceView]) -> OccurrenceView | None:
        """The one a walk-up customer most likely wants: the next to start (a show that started
        less than 15 minutes ago still counts), else the last of the day."""
        now = self.clock()
        upcoming = [o for o in occurrences if o.starts_at >= now - timedelta(minutes=15)]
        for occ in upcoming:
            if occ.remaining > 0:
                return occ
        return upcoming[0] if upcoming else (occurrences[-1] if occurrences else None)

    def occurrence(self, occurrence_id: str) -> OccurrenceView:
        with self.session_factory() as session:
            occ = queries.occurrence(session, occurrence_id, self.lang)
            if occ is None:
                raise DomainError("unknown_occurrence", occurrence=occurrence_id)
            return self._with_allotments(session, [occ])[0]

    def categories(self, occurrence_id: str, cart: Cart | None = None) -> list[CategoryPrice]:
        """The ticket categories offered for an occurrence and their prices; with a price-list
        switch applied to ``cart``, those of the new list that pass its targeting (regular
        price kept to compare), including categories the regular list lacks (no regular
        price: nothing to strike through)."""
        with self.session_factory() as session:
            regular = queries.categories_for(session, occurrence_id, self.lang)
        if cart is None:
            return regular
        if not cart.promo_code:
            with self.session_factory() as session:
                if not self._catalogue_cache().get(session).automatic:
                    return regular
        extra = self._switch_categories(cart, {c.category_id for c in regular})
        extra_ids = {c.category_id for c in extra}
        candidates = sorted([*regular, *extra], key=lambda c: c.position)  # stable: F-key order
        while True:
            probe = [CartLine(occurrence_id, c.category_id, 1, c.price) for c in candidates]
            try:
                priced = self._price_promotion(cart, probe, code=cart.promo_code)
                break
            except DomainError as error:
                # A category only the new list has, that the switch's targeting leaves out
                # (another event, category...): not offered; try without it.
                refused = error.params.get("category")
                if error.code != "category_not_offered" or refused not in extra_ids:
                    return regular
                extra_ids.discard(refused)
                candidates = [c for c in candidates if c.category_id != refused]
        offered = priced.result.offered_categories
        if offered is None:
            return regular
        result = []
        for category, line in zip(candidates, priced.lines, strict=True):
            if category.category_id not in offered:
                continue
            struck = category.category_id not in extra_ids and line.unit_price != category.price
            result.append(
                dataclasses.replace(
                    category,
                    price=line.unit_price,
                    regular_price=category.price if struck else None,
                )
            )
        return result

    def _switch_categories(self, cart: Cart, regular_ids: set[str]) -> list[CategoryPrice]:
        """Categories of the new list of the price-list switch that would apply to ``cart``
        (the automatic promotion in force, else the code's) that the regular list lacks."""
        from guichet.domain.promotions import EffectKind, PricingContext

        with self.session_factory() as session:
            catalogue = self._catalogue_cache().get(session)
            ctx = PricingContext(self.clock(), self.organisation.timezone, self.terminal_profile)
            promotion = catalogue.automatic_in_force(ctx)
            if promotion is None and cart.promo_code:
                row = pricing.lookup_code(session, self.organisation.id, cart.promo_code)
                promotion = catalogue.promotions.get(row.promotion_id) if row else None
            if promotion is None or promotion.effect.kind is not EffectKind.PRICE_LIST:
                return []
            return queries.categories_of_list(
                session, promotion.effect.price_list_id or "", self.lang, exclude=regular_ids
            )

    def _offered_category(self, cart: Cart, occurrence_id: str, category_id: str) -> CategoryPrice:
        """The category as the cart may take it: at its regular price (the cart keeps regular
        prices), or, when only the price-list switch applied to the cart offers it, at the new
        list's price; otherwise ``category_not_offered``."""
        category = next(
            (c for c in self.categories(occurrence_id) if c.category_id == category_id), None
        )
        if category is None:  # only a price-list switch offers it, if any
            category = next(
                (c for c in self.categories(occurrence_id, cart) if c.category_id == category_id),
                None,
            )
        if category is None:
            raise DomainError("category_not_offered", category=category_id)
        return category

    def _switch_only_names(self, cart: Cart) -> list[str]:
        """Names of the cart's ticket categories its dates' regular lists do not offer."""
        names: list[str] = []
        regular: dict[str, set[str]] = {}
        with self.session_factory() as session:
            for line in cart.ticket_lines:
                if line.occurrence_id not in regular:
                    regular[line.occurrence_id] = {
                        c.category_id
                        for c in queries.categories_for(session, line.occurrence_id, self.lang)
                    }
                if line.category_id not in regular[line.occurrence_id]:
                    name = line.category_name or line.category_id
                    if name not in names:
                        names.append(name)
        return names

    @property
    def tax_rates(self) -> list[TaxRate]:
        return self._tax_rates

    # --- cart and sale ------------------------------------------------------------------

    def add_to_cart(self, cart: Cart, occurrence_id: str, category_id: str, quantity: int) -> None:
        """Add tickets; refuses (cart unchanged) past the places that remain."""
        occ = self.occurrence(occurrence_id)
        if occ.seated:
            raise DomainError("seats_required", quantity=quantity, seats=0)
        category = self._offered_category(cart, occurrence_id, category_id)
        cart.add(
            CartLine(
                occurrence_id=occurrence_id,
                category_id=category_id,
                quantity=quantity,
                unit_price=category.price,
                description=occ.event_name,
                category_name=category.name,
            ),
            remaining_places=occ.remaining,
        )

    def set_line_quantity(self, cart: Cart, index: int, quantity: int) -> None:
        line = cart.lines[index]
        if line.kind == "card":
            cart.set_quantity(index, quantity, 0)  # one card per line: refused in words
            return
        occ = self.occurrence(line.occurrence_id)
        remaining = occ.alacarte_remaining if line.kind == "alacarte" else occ.remaining
        cart.set_quantity(index, quantity, remaining)

    # --- promotions ---------------------------------------------------------------------

    def _catalogue_cache(self) -> CatalogueCache:
        if self._catalogue is None:
            self._catalogue = CatalogueCache(self.organisation.id)
        return self._catalogue

    def _price_promotion(
        self,
        cart: Cart,
        lines: list[CartLine] | None = None,
        *,
        code: str | None,
        catalogue: PromotionCatalogue | None = None,
        at: datetime | None = None,
    ) -> pricing.PricedWithPromotion:
        cache = self._catalogue_cache()
        with self.session_factory() as session:
            terminal = session.get(Terminal, self.terminal_id)
            return pricing.price_with_promotions(
                session,
                catalogue or cache.get(session),
                cart.ticket_lines if lines is None else lines,
                organisation_id=self.organisation.id,
                timezone=self.organisation.timezone,
                now=at or self.clock(),
                terminal_profile=self.terminal_profile,
                code_text=code,
                customer_id=cart.customer_id,
                cart_id=cart.cart_id,
                line_info=cache.line_info,
                terminal_id=self.terminal_id,
                escrowed=terminal is not None and terminal.escrowed,
            )

    def code_entry_offered(self) -> bool:
        """Offer the code field only while at least one code is in force (issue 3, part 3)."""
        from guichet.domain.promotions import PricingContext

        with self.session_factory() as session:
            catalogue = self._catalogue_cache().get(session)
        return catalogue.code_entry_offered(
            PricingContext(self.clock(), self.organisation.timezone, self.terminal_profile)
        )

    def apply_code(self, cart: Cart, text: str) -> PricedOrder:
        """Check a typed or scanned code against the cart; on success the cart keeps it and
        its tickets count against the promotion's quotas until paid or cleared."""
        if not codes.normalize(text):
            raise DomainError("promo_unknown_code", text=text)
        if cart.is_empty():
            # A code may come first (a members' price list changes the buttons): check what
            # does not depend on tickets now, the rest when tickets are added.
            self._check_code_alone(cart, text)
            cart.promo_code = codes.normalize(text)
            return self.price(cart)
        if cart.promo_code and codes.normalize(text) != cart.promo_code:
            self._ensure_switch_lines_kept(cart, text)  # replacing the code: same question
        priced = self._price_promotion(cart, code=text)  # raises the refusal, cart unchanged
        if priced.result.promotion_id is None:
            raise DomainError("promo_not_applicable")
        cart.promo_code = codes.normalize(text)
        self._hold(cart, priced)
        return self.price(cart)

    def _check_code_alone(self, cart: Cart, text: str) -> None:
        from guichet.domain.promotions import (
            PricingContext,
            PromoCode,
            check_promotion_available,
            find_code,
        )

        with self.session_factory() as session:
            catalogue = self._catalogue_cache().get(session)
            row = pricing.lookup_code(session, self.organisation.id, text)
            facts = pricing.customer_facts(session, cart.customer_id)
        ctx = PricingContext(
            self.clock(), self.organisation.timezone, self.terminal_profile, customer=facts
        )
        index = {}
        if row is not None:
            index[row.code] = PromoCode(
                row.code, row.promotion_id, row.max_uses, row.enabled, row.used_orders
            )
        code = find_code(text, index)  # unknown / malformed
        auto = catalogue.automatic_in_force(ctx)
        if auto is not None and auto.id != code.promotion_id:
            raise DomainError("promo_automatic_in_force", promotion=auto.id)
        promotion = catalogue.promotions.get(code.promotion_id)
        if promotion is None:
            raise DomainError("promo_unknown_code", text=text)
        check_promotion_available(promotion, code, ctx)

    def remove_code(self, cart: Cart) -> None:
        """Back to regular prices (or the automatic promotion). Refused while the cart holds
        tickets of a category only the code's price-list switch offers: they have no price
        without it, and the cashier chooses what replaces them (docs/PROMOTIONS.md)."""
        self._ensure_switch_lines_kept(cart, None)
        cart.promo_code = None
        self.release_cart(cart, keep_cart=True)

    def _ensure_switch_lines_kept(self, cart: Cart, code: str | None) -> None:
        """``promo_lines_need_code`` when priced with ``code`` instead of the cart's, tickets
        of a category only the current switch offers could no longer be sold."""
        names = self._switch_only_names(cart) if cart.ticket_lines else []
        if not names:
            return
        try:
            self._price_promotion(cart, code=code)
        except DomainError as error:
            if code is None or error.code == "category_not_offered":
                raise DomainError("promo_lines_need_code", categories=", ".join(names)) from error

    def release_cart(self, cart: Cart, *, keep_cart: bool = False) -> None:
        """The cart is cleared or abandoned: its tickets stop counting against quotas."""
        self._holds.pop(cart.cart_id, None)
        with self.session_factory() as session, session.begin():
            pricing.release(session, cart.cart_id, self.clock())
        if not keep_cart and any(line.seat_ids for line in cart.lines):
            self._free_cart_seats(cart.cart_id)
        if not keep_cart:
            cart.clear()

    def _hold(self, cart: Cart, priced: pricing.PricedWithPromotion) -> None:
        """Record (or refresh) this cart's hold; skipped when nothing changed recently."""
        result = priced.result
        state = (
            result.promotion_id,
            priced.code_row_id,
            result.eligible_tickets,
            tuple(sorted(result.target_tickets.items())),
        )
        now = self.clock()
        last = self._holds.get(cart.cart_id)
        if last is not None and last[0] == state and now - last[1] < timedelta(minutes=5):
            return
        self._holds[cart.cart_id] = (state, now)
        with self.session_factory() as session, session.begin():
            pricing.hold(
                session,
                cart.cart_id,
                priced.result,
                priced.code_row_id,
                self.terminal_id,
                self.clock(),
            )

    def _promoted(
        self, cart: Cart, at: datetime | None = None
    ) -> pricing.PricedWithPromotion | None:
        """The cart priced with its code or the automatic promotion in force (as at ``at``,
        the price quoted, when given), or None when no promotion can apply (the common case
        costs one cheap query)."""
        if not cart.ticket_lines:
            return None
        with self.session_factory() as session:
            catalogue = self._catalogue_cache().get(session)
        if not cart.promo_code and not catalogue.automatic:
            return None
        try:
            priced = self._price_promotion(cart, code=cart.promo_code, catalogue=catalogue, at=at)
        except DomainError:
            # The cart changed so the code no longer applies (e.g. per-order maximum): price at
            # regular prices; the sales window asks counter.apply_code again to say why.
            return None
        if cart.promo_code or priced.result.promotion_id:
            self._hold(cart, priced)
        return priced

    def charged_lines(self, cart: Cart) -> list[CartLine]:
        return self._charged(cart, self._promoted(cart))

    @staticmethod
    def _charged(cart: Cart, priced: pricing.PricedWithPromotion | None) -> list[CartLine]:
        """The cart's lines at the prices charged: tickets as the promotion priced them,
        cards and à-la-carte places at their own price."""
        if priced is None:
            return list(cart.lines)
        tickets = iter(priced.lines)
        return [next(tickets) if line.kind == "ticket" else line for line in cart.lines]

    def price(self, cart: Cart) -> PricedOrder:
        return self._totals(cart, self._promoted(cart))

    def price_with_promotion(self, cart: Cart) -> tuple[PricedOrder, AppliedPromotion | None]:
        """The cart's totals and the promotion that produced them, from one pricing pass (the
        sales window needs both after every key)."""
        priced = self._promoted(cart)
        return self._totals(cart, priced), self._applied(priced)

    def _totals(self, cart: Cart, priced: pricing.PricedWithPromotion | None) -> PricedOrder:
        return price_lines(self._charged(cart, priced), self._current_tax_rates())

    def _current_tax_rates(self) -> list[TaxRate]:
        """The tax rates, read again when the back office changed anything since (here or on
        another counter, pulled from the server): one probe of the catalogue's version."""
        with self.session_factory() as session:
            version = pricing.catalogue_version(session, self.organisation.id)
        if version[2] != self._settings_version:
            self.reload_settings()
            self._settings_version = version[2]
        return self._tax_rates

    def applied_promotion(self, cart: Cart) -> AppliedPromotion | None:
        return self._applied(self._promoted(cart))

    def _applied(self, priced: pricing.PricedWithPromotion | None) -> AppliedPromotion | None:
        if priced is None:
            return None
        result = priced.result
        promotion_id = result.promotion_id
        if promotion_id is None:
            return None
        with self.session_factory() as session:
            promotion = self._catalogue_cache().get(session).promotions.get(promotion_id)
        if promotion is None:
            return None
        code = result.code
        return AppliedPromotion(
            promotion_id=promotion.id,
            name=promotion.name(self.lang),
            code=(codes.display(code) if code and codes.is_well_formed(code) else code),
            automatic=result.automatic,
            discount_total=result.discount_total,
        )

    # --- customers ----------------------------------------------------------------------

    def find_customers(self, query: str, limit: int = 30) -> list[CustomerView]:
        with self.session_factory() as session:
            return queries.find_customers(session, self.organisation.id, query, limit)

    def create_customer(
        self, name: str, email: str = "", phone: str = "", newsletter: bool = False
    ) -> CustomerView:
        actor = self._require_actor()
        customer_id = str(uuid.uuid4())
        self.bus.dispatch(
            SaveCustomer(customer_id, codes.new_code(), name, email, phone, newsletter), actor
        )
        view = self.customer(customer_id)
        assert view is not None
        return view

    def customer(self, customer_id: str) -> CustomerView | None:
        with self.session_factory() as session:
            return queries.customer(session, customer_id)

    def set_customer(self, cart: Cart, customer_id: str | None) -> None:
        """Attach a customer to the sale; a code already applied is checked again for them."""
        previous = cart.customer_id
        cart.customer_id = customer_id
        if cart.promo_code and cart.lines:
            try:
                self._price_promotion(cart, code=cart.promo_code)
            except DomainError:
                cart.customer_id = previous
                raise

    def customer_of(self, cart: Cart) -> CustomerView | None:
        return self.customer(cart.customer_id) if cart.customer_id else None

    def confirm_quote(self, cart: Cart, quoted_total: Cents) -> PricedOrder:
        """Price the cart again, now, with the promotions as they stand (an edit pulled from
        another counter included), just before money is taken: the payment dialog calls it
        before the card terminal step and before the first payment. A total other than the
        one the customer was told, or a code that no longer applies, is refused here
        (``quote_changed``: quoted, total, and the reason when a promotion refused), before any
        money; otherwise the cart is marked quoted, and the sale is priced as at this moment
        (docs/PROMOTIONS.md, "Quoted prices")."""
        cart.quoted_at = None
        reason: DomainError | None = None
        if cart.promo_code and cart.ticket_lines:
            try:
                self._price_promotion(cart, code=cart.promo_code)
            except DomainError as error:
                reason = error
        priced = self.price(cart)
        if reason is not None or priced.total != quoted_total:
            params: dict[str, object] = {"quoted": quoted_total, "total": priced.total}
            if reason is not None:
                params["reason"] = reason.code
                params["reason_params"] = dict(reason.params)
            raise DomainError("quote_changed", **params)
        cart.quoted_at = self.clock()
        return priced

    def _quote_time(self, cart: Cart) -> datetime | None:
        """When the cart's price was confirmed, if recently enough to be honoured: no longer
        than a promotion hold lasts, and never in the future."""
        quoted = cart.quoted_at
        now = self.clock()
        if quoted is None or quoted > now or now - quoted > timedelta(minutes=HOLD_MINUTES):
            return None
        return quoted

    def payment_session(self, cart: Cart) -> PaymentSession:
        if cart.is_empty():
            raise DomainError("cart_empty")
        return PaymentSession(self.price(cart).total, self.organisation.cash_increment)

    def sell(
        self, cart: Cart, payment: PaymentSession, *, override: Override | None = None
    ) -> SaleRecorded:
        """Record the paid sale. ``override``: a supervisor's permission (their id, authorised
        with their PIN, and the reason) to sell a date that has ended.

        The common sale (no promotion can apply, the settings as last read) reads what it
        needs and writes in one transaction. Otherwise the promotions are priced (and held)
        first, in their own transactions, as the sales window prices them."""
        actor = self._require_actor()
        result: SaleRecorded | None = None
        with self.session_factory() as session, session.begin():
            # Held until the sale is written: the session keeps only weak references.
            loaded = self._open_shift_in(session, actor)
            shift_id = loaded[0].id
            if not payment.is_settled:
                raise DomainError("not_paid", balance=payment.balance)
            if self._charged_as_listed(session, cart):
                command = self._sale_command(
                    cart,
                    payment,
                    list(cart.lines),
                    self._tax_rates,
                    shift_id,
                    override,
                    quoted_at=self._quote_time(cart),
                )
                result = self.bus.dispatch_in(
                    session, command, actor, after=self._sale_print_jobs(command)
                )
        if result is None:
            shift_id = self._require_shift_id()
            quoted_at = self._quote_time(cart)
            lines = self._charged(cart, self._promoted(cart, at=quoted_at))
            command = self._sale_command(
                cart,
                payment,
                lines,
                self._current_tax_rates(),
                shift_id,
                override,
                quoted_at=quoted_at,
            )
            result = self.bus.dispatch(command, actor, after=self._sale_print_jobs(command))
        eventlog.sale(result, payment, actor)
        return result

    def _open_shift_in(
        self, session: Session, actor: Actor
    ) -> tuple[Shift, User | None, Organisation | None]:
        """The open shift's id, in the sale's transaction. The same statement brings the
        shift, the cashier and the organisation into the session, where the sale's handler
        finds them without reading them again."""
        row = session.execute(
            _OPEN_SHIFT_READ,
            {
                "user": actor.user_id,
                "organisation": self.organisation.id,
                "terminal": self.terminal_id,
            },
        ).first()
        if row is None:
            raise DomainError("no_open_shift")
        shift, user, organisation = row
        return shift, user, organisation

    def _charged_as_listed(self, session: Session, cart: Cart) -> bool:
        """Whether the cart is charged at its own prices with the tax rates this counter holds:
        the back office changed no setting since they were read, and no promotion can apply
        (no code, no automatic promotion). One probe of the catalogue's version."""
        version = pricing.catalogue_version(session, self.organisation.id)
        if version[2] != self._settings_version:
            return False  # the settings to read again first (the general path does)
        if not cart.ticket_lines:
            return True
        catalogue = self._catalogue_cache().get(session, version)
        return not cart.promo_code and not catalogue.automatic

    def _sale_command(
        self,
        cart: Cart,
        payment: PaymentSession,
        lines: list[CartLine],
        tax_rates: list[TaxRate],
        shift_id: str,
        override: Override | None,
        *,
        quoted_at: datetime | None,
    ) -> SellOrder:
        priced = price_lines(lines, tax_rates)
        return SellOrder(
            order_id=str(uuid.uuid4()),
            order_code=codes.new_code(),
            shift_id=shift_id,
            lines=tuple(
                SaleLine(
                    line_id=str(uuid.uuid4()),
                    occurrence_id=line.occurrence_id,
                    category_id=line.category_id,
                    quantity=line.quantity,
                    unit_price=line.unit_price,
                    regular_unit_price=line.regular_unit_price,
                    discount=line.discount,
                    seat_ids=line.seat_ids,
                    kind=line.kind,
                    card_id=(
                        card_id_for(self.organisation.id, line.card_code)
                        if line.card_code
                        else None
                    ),
                    card_type_id=line.card_type_id,
                    card_code=line.card_code,
                    card_member_id=line.card_member_id,
                    card_holder=line.card_holder,
                )
                for line in lines
            ),
            payments=tuple(
                SalePayment(
                    payment_id=str(uuid.uuid4()),
                    method=t.method.value,
                    amount=t.amount,
                    tendered=t.tendered,
                    change=t.change,
                    reference=t.reference,
                )
                for t in payment.tenders
            ),
            cash_rounding=payment.cash_rounding,
            expected_total=priced.total,
            promo_code=cart.promo_code,
            customer_id=cart.customer_id,
            cart_id=cart.cart_id,
            quoted_at=quoted_at.isoformat() if quoted_at is not None else None,
            override_by=override.supervisor_id if override is not None else None,
            override_reason=override.reason if override is not None else "",
        )

    def _sale_print_jobs(self, command: SellOrder) -> Callable[[Session, SaleRecorded], None]:
        def queue_receipt(session: Session, result: SaleRecorded) -> None:
            if self.printing_enabled:
                # The receipt and one ticket per admission (or both on one strip, as the
                # organisation prints them), in the sale's transaction: printed after it.
                jobs = JobWriter(session, self.terminal_id)
                jobs.order(
                    result.order_id,
                    result.receipt_id,
                    tickets=result.ticket_ids,
                    organisation_id=self.organisation.id,
                )
                for line in command.lines:  # each card sold is printed with its QR code
                    if line.kind == "card":
                        jobs.add("card", subject_id=line.card_id)

        return queue_receipt

    # --- orders, refunds, receipts ------------------------------------------------------

    def find_order(self, text: str) -> OrderView:
        """Look an order up by its code (typed or scanned from the receipt's QR code)."""
        code = codes.validate(text)
        with self.session_factory() as session:
            order = bearer_codes.order_by_code(session, self.organisation.id, code)
            if order is None:
                raise DomainError("unknown_order", order=text)
            return queries.order_view(session, order, self.lang, self.organisation.timezone)

    def order(self, order_id: str) -> OrderView:
        with self.session_factory() as session:
            order = session.get(Order, order_id)
            if order is None:
                raise DomainError("unknown_order", order=order_id)
            return queries.order_view(session, order, self.lang, self.organisation.timezone)

    def refund(
        self,
        order_id: str,
        lines: Mapping[str, int],
        supervisor: Actor,
        *,
        method: str = "cash",
        reason: str = "",
    ) -> RefundRecorded:
        actor = self._require_actor()
        shift = self._require_shift()
        if not supervisor.role.can_supervise:
            raise DomainError("supervisor_required")
        command = RefundOrder(
            refund_id=str(uuid.uuid4()),
            order_id=order_id,
            shift_id=shift.id,
            supervisor_id=supervisor.user_id,
            lines=tuple(RefundLine(line_id, qty) for line_id, qty in lines.items() if qty),
            method=method,
            reason=reason,
            payment_ids=(str(uuid.uuid4()),),
        )

        def queue_receipt(session: Session, result: RefundRecorded) -> None:
            if self.printing_enabled:
                session.add(
                    PrintJob(
                        terminal_id=self.terminal_id, kind="receipt", receipt_id=result.receipt_id
                    )
                )

        result: RefundRecorded = self.bus.dispatch(command, actor, after=queue_receipt)
        eventlog.refund(result, method, actor, supervisor)
        return result

    def refund_preview(self, order_id: str, lines: Mapping[str, int]) -> RefundPreview:
        """What :meth:`refund` would return, to the cent, without recording anything."""
        total = 0
        with self.session_factory() as session:
            for line_id, quantity in lines.items():
                line = session.get(OrderLine, line_id)
                if line is None or line.order_id != order_id:
                    raise DomainError("unknown_order_line", line=line_id)
                left = line.quantity - line.refunded_quantity
                if quantity < 0 or quantity > left:
                    raise DomainError("refund_quantity_exceeded", requested=quantity, left=left)
                if quantity:
                    net, taxes = refund_amounts(line, quantity)
                    total += net + sum(taxes.values())
        cash = round_cash(total, self.organisation.cash_increment)
        return RefundPreview(total=total, cash_out=cash)

    def receipts(self, shift_id: str | None = None) -> list[ReceiptView]:
        shift_id = shift_id or self._require_shift().id
        with self.session_factory() as session:
            return queries.receipts_of_shift(session, shift_id)

    def receipt_document(self, receipt_id: str, *, reprint: bool = False) -> ReceiptDocument:
        with self.session_factory() as session:
            return documents.receipt_document(session, receipt_id, self.lang, reprint=reprint)

    def zreport_document(self, shift_id: str) -> ReportDocument:
        with self.session_factory() as session:
            return documents.zreport_document(session, shift_id, self.lang)

    def reprint(self, receipt_id: str) -> str:
        """Queue a copy of a receipt of the current shift (marked as a copy)."""
        shift = self._require_shift()
        with self.session_factory() as session, session.begin():
            receipt = session.get(Receipt, receipt_id)
            if receipt is None or receipt.shift_id != shift.id:
                raise DomainError("receipt_not_in_shift")
            receipt.reprints += 1
            job = PrintJob(terminal_id=self.terminal_id, kind="reprint", receipt_id=receipt_id)
            session.add(job)
            session.flush()
            return job.id

    def tickets_of_receipt(self, receipt_id: str) -> list[TicketDocument]:
        """The tickets of a receipt's order as they print, one per admission, those no longer
        valid (refunded, cancelled) included and marked so."""
        with self.session_factory() as session:
            receipt = session.get(Receipt, receipt_id)
            if receipt is None:
                raise DomainError("unknown_receipt", receipt=receipt_id)
            ids = documents.order_ticket_ids(session, receipt.order_id)
            return documents.ticket_documents(session, ids, self.lang)

    def has_tickets(self, receipt_id: str) -> bool:
        """Whether a receipt's order admits anyone (one quick query: the receipt window asks
        it on the UI thread before offering its tickets)."""
        with self.session_factory() as session:
            order_id = session.scalar(select(Receipt.order_id).where(Receipt.id == receipt_id))
            return bool(
                order_id
                and session.scalar(select(Ticket.id).where(Ticket.order_id == order_id).limit(1))
            )

    def tickets_pdf_document(self, receipt_id: str) -> DocumentSet:
        """The valid tickets of a receipt's order, one per page: a PDF to print at home."""
        with self.session_factory() as session:
            receipt = session.get(Receipt, receipt_id)
            if receipt is None:
                raise DomainError("unknown_receipt", receipt=receipt_id)
            return documents.order_tickets_document(session, receipt.order_id, self.lang)

    def reprint_ticket(self, ticket_id: str) -> str:
        """Queue a copy of a ticket (marked « COPIE »: the same code, admitted once). A
        ticket refunded, cancelled or exchanged is never printed again."""
        self._require_actor()
        with self.session_factory() as session, session.begin():
            ticket = session.get(Ticket, ticket_id)
            if ticket is None:
                raise DomainError("unknown_ticket", ticket=ticket_id)
            if ticket.status != TicketStatus.VALID.value:
                raise DomainError(
                    "ticket_not_valid", ticket=codes.display(ticket.code), status=ticket.status
                )
            job = JobWriter(session, self.terminal_id).add(
                "ticket_copy",
                receipt_id=sale_receipt_id(session, ticket.order_id),
                subject_id=ticket.id,
            )
            session.flush()
            return job.id

    def print_jobs(self, statuses: tuple[str, ...] = ("pending", "failed")) -> list[PrintJobView]:
        with self.session_factory() as session:
            return queries.print_jobs(session, self.terminal_id, statuses)

    # --- exchanges (issue 17): another date for the same admissions ---------------------

    def find_exchange(self, text: str) -> ExchangeOptions:
        """The order a typed or scanned code names, its receipt's or one of its tickets' (the
        customer may bring either), with its admissions and the dates they may move to."""
        code = codes.validate(text)
        with self.session_factory() as session:
            order = bearer_codes.order_by_code(session, self.organisation.id, code)
            if order is None:
                order_id = bearer_codes.ticket_order_id(session, self.organisation.id, code)
                order = session.get(Order, order_id) if order_id else None
            if order is None:
                raise DomainError("exchange_code_unknown", text=codes.display(code))
            return exchange_options(session, order, self.terminal_id, self.lang, self.clock())

    def exchange_options(self, order_id: str) -> ExchangeOptions:
        with self.session_factory() as session:
            order = session.get(Order, order_id)
            if order is None:
                raise DomainError("unknown_order", order=order_id)
            return exchange_options(session, order, self.terminal_id, self.lang, self.clock())

    def exchange_tickets(
        self,
        ticket_ids: Sequence[str],
        new_occurrence_id: str,
        *,
        reason: str = "",
        override: Override | None = None,
        seat_ids: Sequence[str] = (),
    ) -> ExchangeRecorded:
        """Move admissions to another date of their event (same category, same price): the
        old codes are voided, new tickets are issued and queued for the printer. ``override``:
        a supervisor's permission (id and reason) when a ticket's date has ended.
        ``seat_ids``: on a seated show, the seats chosen on the new date, one per ticket in
        the order of ``ticket_ids`` (asked with none, the refusal is ``exchange_seats_count``
        once every other check has passed: the window then opens the seat picker)."""
        actor = self._require_actor()
        command = ExchangeTickets(
            # Random: the new tickets' codes derive from it (docs/TICKETS.md, "Exchanges").
            exchange_id=str(uuid.uuid4()),
            ticket_ids=tuple(ticket_ids),
            new_occurrence_id=new_occurrence_id,
            reason=reason,
            seat_ids=tuple(seat_ids),
            override_by=override.supervisor_id if override is not None else None,
            override_reason=override.reason if override is not None else "",
        )

        def queue_tickets(session: Session, result: ExchangeRecorded) -> None:
            if self.printing_enabled:
                from guichet.services.printqueue import JobWriter, sale_receipt_id

                # One job per new ticket, in order, filed with the sale's receipt (its window
                # shows their printing).
                JobWriter(session, self.terminal_id).tickets(
                    list(result.ticket_ids), receipt_id=sale_receipt_id(session, result.order_id)
                )

        result: ExchangeRecorded = self.bus.dispatch(command, actor, after=queue_tickets)
        return result

    # --- reserved seating ---------------------------------------------------------------

    SEAT_HOLD = timedelta(minutes=15)  # seats in an unpaid cart wait this long for the cashier

    def seating(self, occurrence_id: str) -> SeatingView | None:
        """The seat map and the seats' states for a reserved-seating show; None otherwise."""
        from guichet.services.handlers_seating import load_inventory

        with self.session_factory() as session:
            occ = session.get(Occurrence, occurrence_id)
            if occ is None:
                raise DomainError("unknown_occurrence", occurrence=occurrence_id)
            event = session.get(Event, occ.event_id)
            if event is None or event.seat_map_id is None:
                return None
            seat_map = self._seat_map(session, event.seat_map_id)
            inventory = load_inventory(session, occurrence_id, seat_map, now=self.clock())
        return SeatingView(occurrence_id, event.seat_map_id, seat_map, inventory)

    def _seat_map(self, session: Session, seat_map_id: str) -> SeatMap:
        from guichet.services.handlers_seating import load_seat_map

        if seat_map_id not in self._seat_maps:
            self._seat_maps[seat_map_id] = load_seat_map(session, seat_map_id)
        return self._seat_maps[seat_map_id]

    def pick_seats(
        self, cart: Cart, occurrence_id: str, category_id: str, seat_ids: Sequence[str]
    ) -> None:
        """Put these seats in the cart as tickets of ``category_id``; refused (cart and seats
        unchanged) when one is taken. The seats wait for this cart for SEAT_HOLD."""
        from sqlalchemy.exc import IntegrityError

        from guichet.services.handlers_seating import load_inventory, load_seat_map

        seats = list(dict.fromkeys(seat_ids))
        if not seats:
            raise DomainError("seat_selection_empty")
        occ = self.occurrence(occurrence_id)
        category = self._offered_category(cart, occurrence_id, category_id)
        validate_quantity(len(seats))
        ensure_places(occ.remaining - cart.places_for(occurrence_id), len(seats))
        now = self.clock()
        try:
            with self.session_factory() as session, session.begin():
                occurrence_row = session.get(Occurrence, occurrence_id)
                assert occurrence_row is not None
                event = session.get(Event, occurrence_row.event_id)
                if event is None or event.seat_map_id is None:
                    raise DomainError("not_seated", event=occ.event_name)
                # Only the chosen seats: their states are all the check needs.
                chosen = load_seat_map(session, event.seat_map_id, only=seats)
                inventory = load_inventory(session, occurrence_id, chosen, now=now, partial=True)
                section_of = {seat.id: seat.section for seat in chosen}
                inventory.add_to_cart(seats, cart.cart_id)  # seat_taken names the seat
                session.execute(
                    delete(OccurrenceSeat).where(
                        OccurrenceSeat.occurrence_id == occurrence_id,
                        OccurrenceSeat.seat_id.in_(seats),
                        OccurrenceSeat.state == "in_cart",
                        OccurrenceSeat.expires_at <= now,
                    )
                )
                session.add_all(
                    OccurrenceSeat(
                        occurrence_id=occurrence_id,
                        seat_id=seat_id,
                        state="in_cart",
                        cart_id=cart.cart_id,
                        expires_at=now + self.SEAT_HOLD,
                    )
                    for seat_id in seats
                )
        except IntegrityError:
            raise DomainError("seat_taken", seat=seats[0], seat_id=seats[0]) from None
        # One line per section: a section is a promotion zone, and the engine prices a line
        # as a whole.
        by_section: dict[str, list[str]] = {}
        for seat_id in seats:
            by_section.setdefault(section_of[seat_id], []).append(seat_id)
        for section_seats in by_section.values():
            cart.lines.append(
                CartLine(
                    occurrence_id,
                    category_id,
                    len(section_seats),
                    category.price,
                    description=occ.event_name,
                    category_name=category.name,
                    seat_ids=tuple(section_seats),
                )
            )

    def remove_line(self, cart: Cart, index: int) -> CartLine:
        """Remove a cart line; its seats (if any) are free again at once."""
        line = cart.remove(index)
        if line.seat_ids:
            self._free_cart_seats(cart.cart_id, line.seat_ids)
        return line

    def _free_cart_seats(self, cart_id: str, seat_ids: Sequence[str] | None = None) -> None:
        with self.session_factory() as session, session.begin():
            query = delete(OccurrenceSeat).where(
                OccurrenceSeat.cart_id == cart_id, OccurrenceSeat.state == "in_cart"
            )
            if seat_ids is not None:
                query = query.where(OccurrenceSeat.seat_id.in_(seat_ids))
            session.execute(query)

    def seat_action(
        self,
        occurrence_id: str,
        action: str,
        seat_ids: Sequence[str],
        *,
        note: str = "",
        participant: str = "",
        category_id: str | None = None,
    ) -> list[str]:
        """Supervisors: hold, block, release seats, or assign them to a named participant
        (a complimentary ticket, printed)."""
        actor = self._require_actor()
        extra: dict[str, str | None] = {}
        if action == "assign":
            extra = {
                "order_id": str(uuid.uuid4()),
                "order_code": codes.new_code(),
                "line_id": str(uuid.uuid4()),
                "shift_id": self._require_shift_id(),
                "category_id": category_id,
            }

        def print_tickets(session: Session, seats: list[str]) -> None:
            if action != "assign" or not self.printing_enabled:
                return
            order_id = extra["order_id"]
            assert order_id is not None
            receipt_id = sale_receipt_id(session, order_id)
            assert receipt_id is not None
            JobWriter(session, self.terminal_id).order(order_id, receipt_id)

        result: list[str] = self.bus.dispatch(
            SeatsAction(
                occurrence_id, action, tuple(seat_ids), note=note, participant=participant, **extra
            ),
            actor,
            after=print_tickets,
        )
        return result

    def import_seat_map(self, venue_id: str, name: str, csv_text: str) -> str:
        seat_map_id = str(uuid.uuid4())
        self.bus.dispatch(
            ImportSeatMap(seat_map_id, venue_id, name, csv_text), self._require_actor()
        )
        return seat_map_id

    def seating_count(self, seat_map_id: str) -> int:
        with self.session_factory() as session:
            return len(self._seat_map(session, seat_map_id))

    def set_event_seat_map(self, event_id: str, seat_map_id: str | None) -> None:
        self.bus.dispatch(SetEventSeatMap(event_id, seat_map_id), self._require_actor())

    def add_alacarte_to_cart(self, cart: Cart, occurrence_id: str, quantity: int) -> None:
        """À-la-carte places at the occurrence's own price (refused when pass holders only)."""
        offer = self.cards.alacarte(occurrence_id)
        if not offer.settings.offered:
            raise DomainError("alacarte_not_offered")
        if offer.settings.pass_only or offer.settings.price is None:
            raise DomainError("alacarte_pass_only")
        from guichet.domain.cards import check_registration

        check_registration(offer.settings, offer.starts_at, offer.ends_at, self.clock())
        cart.add(
            CartLine(
                occurrence_id=occurrence_id,
                category_id="",
                quantity=quantity,
                unit_price=offer.settings.price,
                description=offer.event_name,
                category_name=offer.label,
                kind="alacarte",
            ),
            remaining_places=offer.remaining,
        )

    def add_card_to_cart(
        self,
        cart: Cart,
        card_type_id: str,
        *,
        shop_code: str | None = None,
        member_id: str | None = None,
        holder: str = "",
    ) -> CartLine:
        """A gift package or pass: a new card with a fresh code, or (``shop_code``) a card
        from a generated lot that this sale activates."""
        line = self.cards.cart_line(cart, card_type_id, shop_code, member_id, holder)
        cart.add(line, remaining_places=0)
        return line

    @property
    def cards(self) -> CardDesk:
        """Gift packages, passes, bookings and à-la-carte places (one desk per counter: it
        remembers the last scans to ignore a scanner's repeats)."""
        desk: CardDesk | None = getattr(self, "_card_desk", None)
        if desk is None:
            desk = self._card_desk = CardDesk(self)
        return desk

    @property
    def door(self) -> DoorDesk:
        """The door: tickets scanned, judged and recorded (one desk per counter: it keeps
        its look-up connection and ignores a scanner's repeats)."""
        desk: DoorDesk | None = getattr(self, "_door_desk", None)
        if desk is None:
            desk = self._door_desk = DoorDesk(self)
        return desk

    @property
    def conflicts(self) -> ConflictDesk:
        """Conflicts found at sync, for supervisors to resolve."""
        return ConflictDesk(self)

    @property
    def reserves(self) -> ReserveDesk:
        """The capacity reserves desk for whoever is logged in."""
        return ReserveDesk(self)

    def organisation_row(self) -> Organisation:
        with self.session_factory() as session:
            return queries.organisation(session)
