"""The cards desk (Qt-free): gift packages, passes, scanning, bookings, à-la-carte places.

The scanning window, the cards list, the back office and the ``guichet codes cards`` command
all use this; every write is a command checked by :mod:`guichet.services.handlers_cards`.
"""

from __future__ import annotations

import dataclasses
import json
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from guichet.domain import bearer, codes
from guichet.domain.cards import (
    MAX_BATCH,
    ActiveBooking,
    AlacarteSettings,
    BookingStatus,
    CardFacts,
    CardKind,
    CardStatus,
    CardTerms,
    Judgement,
    ScanDebouncer,
    Verdict,
    check_cancellation,
    check_registration,
    check_within_terms,
    judge,
)
from guichet.domain.cart import Cart, CartLine
from guichet.domain.commands import (
    BookingRequest,
    BookWithCard,
    CancelBooking,
    ConvertPlaces,
    GenerateCards,
    MarkBookingUsed,
    SaveCardType,
    SaveMember,
    SetAlacarte,
    SetCardStatus,
)
from guichet.domain.errors import DomainError
from guichet.domain.search import search_text
from guichet.models.db import fold
from guichet.models.tables import (
    Activity,
    Booking,
    Card,
    CardType,
    Customer,
    CustomerMember,
    Event,
    Occurrence,
)
from guichet.services import queries
from guichet.services.card_scan import CardScanReader, ScannedBooking, ScannedCard
from guichet.services.desk import DeskCounter, dispatch, today, with_allotments
from guichet.services.export import Progress, export_rows
from guichet.services.handlers_cards import BookingsMade, card_facts, settings_of
from guichet.services.places import general_available, reserved_places
from guichet.services.printqueue import JobWriter
from guichet.services.views import OccurrenceView

GENERATE_CHUNK = 10_000  # codes per command: a lot of 100,000 is ten commands
# The spreadsheet a shop receives with its lot (the command line has no Qt catalogue).
EXPORT_HEADER_FR = (
    "Code", "Forfait", "État", "Détenteur", "Passages", "Utilisés", "Restants",
    "Expiration", "Créée le", "Activée le",
)  # fmt: skip
EXPORT_HEADER_EN = (
    "Code", "Package", "State", "Holder", "Uses", "Used", "Left",
    "Expires", "Created", "Activated",
)  # fmt: skip
STATUS_WORDS_FR = {
    CardStatus.INACTIVE: "Pas activée",
    CardStatus.ACTIVE: "Active",
    CardStatus.BLOCKED: "Bloquée",
    CardStatus.VOID: "Annulée",
}
STATUS_WORDS_EN = {
    CardStatus.INACTIVE: "Not activated",
    CardStatus.ACTIVE: "Active",
    CardStatus.BLOCKED: "Blocked",
    CardStatus.VOID: "Void",
}


@dataclass(frozen=True)
class ActivityView:
    id: str
    name: str


@dataclass(frozen=True)
class CardTypeView:
    id: str
    kind: CardKind
    name: str
    description: str
    price: int
    uses: int | None
    starts_on: date | None
    expires_on: date | None
    valid_days: int | None
    activity_ids: tuple[str, ...]
    all_activities: bool
    exclusive: bool
    family: bool
    cancellable: bool
    published: bool
    shop_categories: tuple[str, ...]
    active: bool
    cards: int  # cards issued or generated


@dataclass(frozen=True)
class MemberView:
    id: str
    customer_id: str
    name: str
    birth_date: date | None


@dataclass(frozen=True)
class BookingView:
    id: str
    card_id: str
    occurrence_id: str
    event_name: str
    starts_at: datetime
    ends_at: datetime
    participant: str
    member_id: str | None
    status: BookingStatus
    place_kind: str  # alacarte | session
    created_at: datetime
    cancel_refusal: str | None  # None: may be cancelled now; else the refusal's code


@dataclass(frozen=True)
class ScanResult:
    """What the scanning window shows for one scan."""

    text: str  # as typed or scanned
    code: str | None  # normalised, when it has the shape of a code
    verdict: Verdict
    card_id: str | None = None
    card_type_name: str = ""
    kind: CardKind | None = None
    holder_name: str = ""
    customer_id: str | None = None
    customer_name: str = ""
    member_id: str | None = None  # individual pass: its holder
    remaining_uses: int | None = None  # None: unlimited (or no card)
    uses: int | None = None
    uses_taken: int = 0
    starts_on: date | None = None
    expires_on: date | None = None
    all_activities: bool = False
    eligible_activities: tuple[str, ...] = ()  # names
    exclusive: bool = False
    family: bool = False
    cancellable: bool = True
    blocking_booking: BookingView | None = None
    members: tuple[MemberView, ...] = ()
    bookings: tuple[BookingView, ...] = ()  # upcoming, not cancelled
    repeated: bool = False  # the same code again within 2 s: ignored, nothing counted
    # Paired counters ask the server: True confirmed by it, False provisional (offline, or no
    # answer in time: the verdict is this counter's own), None for a standalone counter.
    confirmed: bool | None = None

    @property
    def display_code(self) -> str:
        return codes.display(self.code) if self.code else self.text


@dataclass(frozen=True)
class BookableOccurrence:
    occurrence: OccurrenceView
    place_kind: str  # alacarte | session
    places_left: int
    refusal: str | None  # None: bookable now; else a refusal code (registration closed...)


@dataclass(frozen=True)
class AlacarteView:
    occurrence_id: str
    event_name: str
    label: str  # "À la carte"
    starts_at: datetime
    ends_at: datetime
    settings: AlacarteSettings
    taken: int
    session_capacity: int
    session_available: int  # unsold session places that could be converted

    @property
    def remaining(self) -> int:
        return max(self.settings.places - self.taken, 0)


@dataclass(frozen=True)
class CardRow:
    id: str
    code: str  # normalised
    card_type_id: str
    card_type_name: str
    kind: CardKind
    status: CardStatus
    holder: str
    uses: int | None
    uses_taken: int
    expires_on: date | None
    created_at: datetime
    activated_at: datetime | None
    batch: str | None

    @property
    def display_code(self) -> str:
        return codes.display(self.code)

    @property
    def remaining_uses(self) -> int | None:
        return None if self.uses is None else max(self.uses - self.uses_taken, 0)


@dataclass(frozen=True)
class CardFilter:
    card_type_id: str | None = None
    status: CardStatus | None = None
    expires_from: date | None = None  # inclusive
    expires_to: date | None = None  # inclusive
    text: str = ""  # part of a code or of the holder's name
    batch: str | None = None


@dataclass
class CardDesk:
    counter: DeskCounter  # the counter it serves (a Counter; the back office hands the same)
    debouncer: ScanDebouncer = field(default_factory=ScanDebouncer)
    _last: dict[str, ScanResult] = field(default_factory=dict)
    _raw: Any = None  # the DBAPI connection of the scan probe
    # Set on a paired counter: (code, activity) -> the server's verdict; raises when offline.
    remote: Callable[[str, str | None], dict[str, Any]] | None = None
    _probe_sql: str = ""
    _reader: CardScanReader | None = None  # the scanning window's one read

    # --- helpers ------------------------------------------------------------------------

    @property
    def _org(self) -> str:
        return self.counter.organisation.id

    def _session(self) -> Session:
        return self.counter.session_factory()

    def _dispatch(self, command: Any, after: Callable[[Session, Any], None] | None = None) -> Any:
        return dispatch(self.counter, command, after)

    def today(self) -> date:
        return today(self.counter)

    def _local_day(self, moment: datetime) -> date:
        return moment.astimezone(ZoneInfo(self.counter.organisation.timezone)).date()

    # --- back office: card types --------------------------------------------------------

    def activities(self) -> list[ActivityView]:
        with self._session() as session:
            return [
                ActivityView(a.id, a.name)
                for a in session.scalars(
                    select(Activity)
                    .where(Activity.organisation_id == self._org)
                    .order_by(Activity.name)
                )
            ]

    def card_types(
        self, kind: CardKind | None = None, *, active_only: bool = False
    ) -> list[CardTypeView]:
        with self._session() as session:
            query = select(CardType).where(CardType.organisation_id == self._org)
            if kind is not None:
                query = query.where(CardType.kind == kind.value)
            if active_only:
                query = query.where(CardType.active.is_(True))
            rows = session.scalars(query.order_by(CardType.position, CardType.name)).all()
            counts = dict(
                session.execute(
                    select(Card.card_type_id, func.count())
                    .where(Card.organisation_id == self._org)
                    .group_by(Card.card_type_id)
                ).all()
            )
            return [self._type_view(r, int(counts.get(r.id, 0))) for r in rows]

    def card_type(self, card_type_id: str) -> CardTypeView:
        with self._session() as session:
            row = session.get(CardType, card_type_id)
            if row is None:
                raise DomainError("unknown_card_type", card_type=card_type_id)
            count = session.scalar(
                select(func.count()).select_from(Card).where(Card.card_type_id == row.id)
            )
            return self._type_view(row, int(count or 0))

    def find_card_type(self, name: str) -> CardTypeView:
        """By name, case-insensitive (the ``--package NAME`` of the command line)."""
        wanted = " ".join(name.split()).casefold()
        for view in self.card_types():
            if view.name.casefold() == wanted:
                return view
        raise DomainError("unknown_card_type", card_type=name)

    @staticmethod
    def _type_view(row: CardType, cards: int) -> CardTypeView:
        return CardTypeView(
            id=row.id,
            kind=CardKind(row.kind),
            name=row.name,
            description=row.description,
            price=row.price,
            uses=row.uses,
            starts_on=row.starts_on,
            expires_on=row.expires_on,
            valid_days=row.valid_days,
            activity_ids=tuple(row.activity_ids or ()),
            all_activities=row.all_activities,
            exclusive=row.exclusive,
            family=row.family,
            cancellable=row.cancellable,
            published=row.published,
            shop_categories=tuple(row.shop_categories or ()),
            active=row.active,
            cards=cards,
        )

    def save_card_type(
        self,
        card_type_id: str | None,
        *,
        kind: CardKind,
        name: str,
        price: int,
        uses: int | None,
        description: str = "",
        starts_on: date | None = None,
        expires_on: date | None = None,
        valid_days: int | None = None,
        activity_ids: Sequence[str] = (),
        all_activities: bool = False,
        exclusive: bool = False,
        family: bool = False,
        cancellable: bool = True,
        published: bool = False,
        shop_categories: Sequence[str] = (),
        active: bool = True,
    ) -> str:
        """Create (``card_type_id`` None) or edit a gift package or pass type."""
        type_id = card_type_id or str(uuid.uuid4())
        self._dispatch(
            SaveCardType(
                card_type_id=type_id,
                kind=kind.value,
                name=name,
                price=price,
                uses=uses,
                description=description,
                starts_on=starts_on.isoformat() if starts_on else None,
                expires_on=expires_on.isoformat() if expires_on else None,
                valid_days=valid_days,
                activity_ids=tuple(activity_ids),
                all_activities=all_activities,
                exclusive=exclusive,
                family=family,
                cancellable=cancellable,
                published=published,
                shop_categories=tuple(shop_categories),
                active=active,
                created=card_type_id is None,
            )
        )
        return type_id

    # --- cards: generation, list, export ------------------------------------------------

    def generate(
        self,
        card_type_id: str,
        count: int,
        *,
        activated: bool = False,
        progress: Progress | None = None,
    ) -> tuple[str, list[str]]:
        """A lot of ``count`` shop cards; returns (lot id, codes). One command per 10,000
        codes so that progress shows and no single transaction grows unbounded."""
        if not 1 <= count <= MAX_BATCH:
            raise DomainError("cards_count_out_of_range", count=count, maximum=MAX_BATCH)
        batch_id = str(uuid.uuid4())
        made: list[str] = []
        while len(made) < count:
            size = min(GENERATE_CHUNK, count - len(made))
            chunk = list(dict.fromkeys(codes.new_code() for _ in range(size)))
            self._dispatch(GenerateCards(batch_id, card_type_id, tuple(chunk), activated))
            made.extend(chunk)
            if progress:
                progress(len(made), count)
        return batch_id, made

    def _card_query(self, flt: CardFilter) -> Select[Any]:
        query: Select[Any] = (
            select(Card, CardType.name, CardType.kind)  # type: ignore[assignment]
            .join(CardType, CardType.id == Card.card_type_id)
            .where(Card.organisation_id == self._org)
        )
        if flt.card_type_id:
            query = query.where(Card.card_type_id == flt.card_type_id)
        if flt.status is not None:
            query = query.where(Card.status == flt.status.value)
        if flt.expires_from is not None:
            query = query.where(Card.expires_on >= flt.expires_from)
        if flt.expires_to is not None:
            query = query.where(Card.expires_on <= flt.expires_to)
        if flt.batch:
            query = query.where(Card.batch == flt.batch)
        text = search_text(flt.text)  # refused in words beyond the longest holder's name
        if text:
            sqlite = self.counter.session_factory.kw["bind"].dialect.name == "sqlite"
            holder = func.fold(Card.holder_name) if sqlite else func.lower(Card.holder_name)
            wanted = (fold(text) if sqlite else text.lower()) or ""
            normal = codes.normalize(text)
            query = query.where(
                Card.code.contains(normal, autoescape=True)
                | holder.contains(wanted, autoescape=True)
                # a whole code finds a card this counter knows by its digest only
                | (Card.code == bearer.digest(self._org, normal))
            )
        return query

    def count_cards(self, flt: CardFilter = CardFilter()) -> int:
        with self._session() as session:
            sub = self._card_query(flt).subquery()
            return int(session.scalar(select(func.count()).select_from(sub)) or 0)

    def cards(
        self, flt: CardFilter = CardFilter(), *, limit: int = 500, offset: int = 0
    ) -> list[CardRow]:
        with self._session() as session:
            rows = session.execute(
                self._card_query(flt)
                .order_by(Card.created_at.desc(), Card.code)
                .limit(limit)
                .offset(offset)
            ).all()
            return [self._card_row(card, name, kind) for card, name, kind in rows]

    @staticmethod
    def _card_row(card: Card, type_name: str, kind: str) -> CardRow:
        terms = card.terms or {}
        return CardRow(
            id=card.id,
            code=bearer.visible(card.code),  # a card sold elsewhere: its code is not here
            card_type_id=card.card_type_id,
            card_type_name=type_name,
            kind=CardKind(kind),
            status=CardStatus(card.status),
            holder=card.holder_name,
            uses=terms.get("uses"),
            uses_taken=card.uses_taken,
            expires_on=card.expires_on,
            created_at=card.created_at,
            activated_at=card.activated_at,
            batch=card.batch,
        )

    def _iter_cards(self, flt: CardFilter, page: int = 5000) -> Iterator[CardRow]:
        """Every card of the filter, read by key pages (constant memory for a million)."""
        last = ""
        while True:
            with self._session() as session:
                rows = session.execute(
                    self._card_query(flt).where(Card.code > last).order_by(Card.code).limit(page)
                ).all()
            if not rows:
                return
            for card, name, kind in rows:
                yield self._card_row(card, name, kind)
            last = rows[-1][0].code

    def export(
        self,
        flt: CardFilter,
        path: Path,
        *,
        progress: Progress | None = None,
        header: Sequence[str] | None = None,
        status_words: dict[CardStatus, str] | None = None,
    ) -> int:
        """The cards of ``flt`` to a CSV or XLSX file (by the suffix of ``path``)."""
        total = self.count_cards(flt)
        english = self.counter.lang == "en"
        header = header or (EXPORT_HEADER_EN if english else EXPORT_HEADER_FR)
        words = status_words or (STATUS_WORDS_EN if english else STATUS_WORDS_FR)
        tz = ZoneInfo(self.counter.organisation.timezone)

        def stamp(moment: datetime | None) -> str:
            return moment.astimezone(tz).strftime("%Y-%m-%d %H:%M") if moment else ""

        rows = (
            (
                row.display_code,
                row.card_type_name,
                words.get(row.status, row.status.value),
                row.holder,
                "" if row.uses is None else row.uses,
                row.uses_taken,
                "" if row.remaining_uses is None else row.remaining_uses,
                row.expires_on.isoformat() if row.expires_on else "",
                stamp(row.created_at),
                stamp(row.activated_at),
            )
            for row in self._iter_cards(flt)
        )
        return export_rows(path, header, rows, total, sheet_title="Cartes", progress=progress)

    def set_card_status(self, card_id: str, status: CardStatus, note: str = "") -> None:
        self._dispatch(SetCardStatus(card_id, status.value, note))

    # --- selling a card at the counter ------------------------------------------------

    def cart_line(
        self,
        cart: Cart,
        card_type_id: str,
        shop_code: str | None,
        member_id: str | None,
        holder: str,
    ) -> CartLine:
        view = self.card_type(card_type_id)
        if not view.active:
            raise DomainError("card_type_inactive", name=view.name)
        if view.family and cart.customer_id is None:
            raise DomainError("family_pass_needs_account")
        if member_id is not None:
            if cart.customer_id is None or member_id not in {
                m.id for m in self.members(cart.customer_id)
            }:
                raise DomainError("not_a_member", name=holder)
        if shop_code is not None:
            code = codes.validate(shop_code)
            if self._inactive_card_type(code) != card_type_id:
                raise DomainError("card_type_mismatch", text=code)
            if any(line.card_code == code for line in cart.lines):
                raise DomainError("card_already_in_cart", text=code)
        else:
            code = codes.new_code()
        return CartLine(
            occurrence_id="",
            category_id="",
            quantity=1,
            unit_price=view.price,
            description=view.name,
            category_name=codes.display(code),
            kind="card",
            card_type_id=card_type_id,
            card_code=code,
            card_member_id=member_id,
            card_holder=holder,
        )

    def shop_card_type(self, text: str) -> str:
        """The card type of an inactive shop card scanned at the sales counter."""
        codes.check_characters(text)  # an O for a 0...: "check the code", saying which
        return self._inactive_card_type(codes.validate(text))

    def _inactive_card_type(self, code: str) -> str:
        """The type of a shop card not sold yet; refused when unknown or already active."""
        with self._session() as session:
            card = session.scalars(
                select(Card).where(
                    Card.organisation_id == self._org, Card.code.in_(bearer.forms(self._org, code))
                )
            ).first()
        if card is None:
            raise DomainError("card_unknown", text=code)
        if card.status != CardStatus.INACTIVE.value:
            raise DomainError("card_already_active", text=code)
        return card.card_type_id

    # --- scanning -------------------------------------------------------------------------

    def scan(self, text: str, activity_id: str | None = None) -> ScanResult:
        """A scan at the redeem window; the same code again within 2 s is a repeat: the
        previous result comes back marked ``repeated`` and nothing is looked up or counted."""
        key = codes.normalize(text)
        now = self.counter.clock()
        if key and not self.debouncer.accept(f"{key}|{activity_id}", now):
            previous = self._last.get(key)
            if previous is not None:
                return _replace(previous, repeated=True)
        result = self.lookup(text, activity_id)
        if key:
            # Remember every code still inside the repeat window (A, B, then A again).
            recent = {k.partition("|")[0] for k in self.debouncer._last}
            self._last = {k: v for k, v in self._last.items() if k in recent}
            self._last[key] = result
        return result

    def verdict(self, text: str, activity_id: str | None = None) -> Judgement:
        """Scan to verdict, the hot path of the scanning window: one indexed probe on a
        connection this desk keeps, the pure rules, no ORM. Exclusive cards (which need their
        bookings) take the ordinary path. What the window shows around the verdict (names,
        members, bookings) is read by :meth:`lookup`."""
        normal = codes.normalize(text)
        if not normal:
            return Judgement(Verdict.UNKNOWN)
        if not codes.is_well_formed(normal):
            return Judgement(Verdict.CHECK_CODE)
        row = self._probe(normal)
        if row is None:
            return Judgement(Verdict.UNKNOWN)
        card_id, status, terms_json, uses_taken = row
        terms = CardTerms.from_json(
            json.loads(terms_json) if isinstance(terms_json, str) else terms_json
        )
        now = self.counter.clock()
        active = self._active_bookings(card_id, now) if terms.exclusive else ()
        facts = CardFacts(card_id, normal, CardStatus(status), terms, uses_taken, active)
        return judge(facts, self._local_day(now), activity_id)

    def _active_bookings(self, card_id: str, now: datetime) -> tuple[ActiveBooking, ...]:
        """What blocks an exclusive card, on the probe's connection (see card_facts)."""
        engine = self.counter.session_factory.kw["bind"]
        dialect = engine.dialect
        column = Occurrence.__table__.c.ends_at.type.dialect_impl(dialect)
        to_db = column.bind_processor(dialect)
        from_db = column.result_processor(dialect, None)
        mark = "?" if dialect.paramstyle == "qmark" else "%s"
        cursor = self._raw.cursor()
        try:
            cursor.execute(
                "SELECT b.id, b.occurrence_id, e.name, o.starts_at, o.ends_at FROM booking b "
                "JOIN occurrence o ON o.id = b.occurrence_id JOIN event e ON e.id = o.event_id "
                f"WHERE b.card_id = {mark} AND b.status = 'booked' AND o.ends_at > {mark} "
                "ORDER BY o.starts_at",
                (card_id, to_db(now) if to_db else now),
            )
            rows = cursor.fetchall()
        finally:
            cursor.close()
        self._raw.rollback()

        def moment(value: Any) -> datetime:
            result = from_db(value) if from_db else value
            assert isinstance(result, datetime)
            return result

        return tuple(
            ActiveBooking(bid, occ, name, moment(starts), moment(ends))
            for bid, occ, name, starts, ends in rows
        )

    def _probe(self, code: str) -> tuple[str, str, Any, int] | None:
        if self._raw is None:
            engine = self.counter.session_factory.kw["bind"]
            self._raw = engine.raw_connection()
            mark = "?" if engine.dialect.paramstyle == "qmark" else "%s"
            self._probe_sql = (
                "SELECT id, status, terms, uses_taken FROM card "
                f"WHERE organisation_id = {mark} AND code IN ({mark}, {mark})"
            )
        cursor = self._raw.cursor()
        try:
            # A card sold elsewhere is known here by its code's digest (domain/bearer.py).
            cursor.execute(self._probe_sql, (self._org, *bearer.forms(self._org, code)))
            found = cursor.fetchone()
        finally:
            cursor.close()
        self._raw.rollback()  # end the read: never hold a snapshot between scans
        return None if found is None else (found[0], found[1], found[2], found[3])

    def close(self) -> None:
        if self._raw is not None:
            self._raw.close()
            self._raw = None
        if self._reader is not None:
            self._reader.close()
            self._reader = None

    def lookup(self, text: str, activity_id: str | None = None) -> ScanResult:
        """What the scanning window shows for ``text``: the verdict and the card around it
        (names, members, bookings), read by one statement (:mod:`card_scan`)."""
        normal = codes.normalize(text)
        now = self.counter.clock()
        scanned: ScannedCard | None = None
        terms: CardTerms | None = None
        if not normal:
            judgement = Judgement(Verdict.UNKNOWN)
        elif not codes.is_well_formed(normal):
            judgement = Judgement(Verdict.CHECK_CODE)
        else:
            if self._reader is None:
                self._reader = CardScanReader(self.counter.session_factory.kw["bind"])
            scanned = self._reader.read(self._org, normal, now)
            if scanned is None:
                judgement = Judgement(Verdict.UNKNOWN)
            else:
                terms = CardTerms.from_json(scanned.terms)
                facts = _facts(scanned, terms, normal, now)
                judgement = judge(facts, self._local_day(now), activity_id)
        confirmed: bool | None = None
        answer: dict[str, Any] = {}
        if self.remote is not None and judgement.verdict is not Verdict.CHECK_CODE and normal:
            try:
                answer = self.remote(normal, activity_id)
            except Exception:  # noqa: BLE001 - offline or too slow: our own verdict, provisional
                confirmed = False
            else:
                confirmed = True
                server_verdict = Verdict(answer["verdict"])
                if server_verdict is not judgement.verdict and judgement.card is not None:
                    # Another counter used the card meanwhile: the server knows best.
                    judgement = Judgement(server_verdict, judgement.card)
        if judgement.card is None or scanned is None or terms is None:
            return ScanResult(text, normal or None, judgement.verdict, confirmed=confirmed)
        result = self._scanned_result(text, scanned, terms, judgement, now, confirmed)
        if confirmed and answer.get("remaining_uses") is not None:
            return _replace(result, remaining_uses=answer["remaining_uses"])
        return result

    def _scanned_result(
        self,
        text: str,
        card: ScannedCard,
        terms: CardTerms,
        judgement: Judgement,
        now: datetime,
        confirmed: bool | None,
    ) -> ScanResult:
        """:meth:`_result` for a card read by the scan's one statement."""
        names = [card.activities[a] for a in terms.activity_ids if a in card.activities]
        members = [
            MemberView(m.id, m.customer_id, m.name, m.birth_date)
            for m in card.members
            if terms.family or not card.member_id or m.id == card.member_id
        ]
        english = self.counter.lang == "en"
        card_allows = bool(card.terms.get("cancellable", True))
        bookings = tuple(
            BookingView(
                id=b.id,
                card_id=card.id,
                occurrence_id=b.occurrence_id,
                event_name=(b.event_name_en if english else "") or b.event_name,
                starts_at=b.starts_at,
                ends_at=b.ends_at,
                participant=b.participant,
                member_id=b.member_id,
                status=BookingStatus(b.status),
                place_kind=b.place_kind,
                created_at=b.created_at,
                cancel_refusal=_cancel_refusal(b, card_allows, now),
            )
            for b in card.bookings
        )
        blocking = None
        if judgement.blocking_booking is not None:
            wanted = judgement.blocking_booking.booking_id
            blocking = next((b for b in bookings if b.id == wanted), None)
        facts = judgement.card
        return ScanResult(
            text=text,
            # The code as scanned when this counter knows only its digest (sold elsewhere).
            code=bearer.visible(card.code) or codes.normalize(bearer.visible(text)),
            verdict=judgement.verdict,
            card_id=card.id,
            card_type_name=card.card_type_name,
            kind=terms.kind,
            holder_name=card.holder_name,
            customer_id=card.customer_id,
            customer_name=card.customer_name,
            member_id=card.member_id,
            remaining_uses=facts.remaining_uses if facts else None,
            uses=terms.uses,
            uses_taken=card.uses_taken,
            starts_on=terms.starts_on,
            expires_on=terms.expires_on,
            all_activities=terms.all_activities,
            eligible_activities=tuple(sorted(names, key=str.casefold)),
            exclusive=terms.exclusive,
            family=terms.family,
            cancellable=terms.cancellable,
            blocking_booking=blocking,
            members=tuple(members) if card.customer_id else (),
            bookings=bookings,
            confirmed=confirmed,
        )

    def card_result(self, card_id: str, activity_id: str | None = None) -> ScanResult:
        """The same view for a card already on screen (after a booking, say)."""
        now = self.counter.clock()
        with self._session() as session:
            card = session.get(Card, card_id)
            if card is None:
                raise DomainError("card_unknown", card=card_id)
            judgement = judge(card_facts(session, card, now), self._local_day(now), activity_id)
            return self._result(session, bearer.visible(card.code), card, judgement, now)

    def _result(
        self, session: Session, text: str, card: Card, judgement: Judgement, now: datetime
    ) -> ScanResult:
        terms = CardTerms.from_json(card.terms)
        card_type = session.get(CardType, card.card_type_id)
        names = dict(
            session.execute(
                select(Activity.id, Activity.name).where(Activity.id.in_(terms.activity_ids))
            ).all()
        )
        customer = session.get(Customer, card.customer_id) if card.customer_id else None
        members = self._members(session, card.customer_id) if card.customer_id else []
        if not terms.family and card.member_id:
            members = [m for m in members if m.id == card.member_id]
        bookings = self._bookings(session, card.id, now, upcoming_only=True)
        blocking = None
        if judgement.blocking_booking is not None:
            blocking = next(
                (b for b in bookings if b.id == judgement.blocking_booking.booking_id), None
            )
        facts = judgement.card
        return ScanResult(
            text=text,
            # The code as scanned when this counter knows only its digest (sold elsewhere).
            code=bearer.visible(card.code) or codes.normalize(bearer.visible(text)),
            verdict=judgement.verdict,
            card_id=card.id,
            card_type_name=card_type.name if card_type else "",
            kind=terms.kind,
            holder_name=card.holder_name,
            customer_id=card.customer_id,
            customer_name=customer.name if customer else "",
            member_id=card.member_id,
            remaining_uses=facts.remaining_uses if facts else None,
            uses=terms.uses,
            uses_taken=card.uses_taken,
            starts_on=terms.starts_on,
            expires_on=terms.expires_on,
            all_activities=terms.all_activities,
            eligible_activities=tuple(sorted(names.values(), key=str.casefold)),
            exclusive=terms.exclusive,
            family=terms.family,
            cancellable=terms.cancellable,
            blocking_booking=blocking,
            members=tuple(members),
            bookings=tuple(bookings),
        )

    # --- bookings -----------------------------------------------------------------------

    def bookable_occurrences(self, card_id: str, day: date) -> list[BookableOccurrence]:
        """The occurrences of ``day`` the card may book, with places left and, for those not
        bookable now, why (registration not open, closed, full)."""
        now = self.counter.clock()
        with self._session() as session:
            card = session.get(Card, card_id)
            if card is None:
                raise DomainError("card_unknown", card=card_id)
            terms = CardTerms.from_json(card.terms)
            listed = queries.occurrences_on(
                session, day, self.counter.organisation.timezone, self.counter.lang
            )
            views = with_allotments(session, self.counter.terminal_id, listed)
            rows = {
                o.id: o
                for o in session.scalars(
                    select(Occurrence).where(Occurrence.id.in_([v.id for v in views]))
                )
            }
        result = []
        for view in views:
            if not terms.eligible(view.activity_id):
                continue
            occ = rows[view.id]
            alacarte = view.alacarte_places > 0
            left = view.alacarte_remaining if alacarte else view.remaining
            refusal: str | None = None
            try:
                check_within_terms(terms, self._local_day(view.starts_at))
                check_registration(settings_of(occ), view.starts_at, view.ends_at, now)
            except DomainError as error:
                refusal = error.code
            if refusal is None and left <= 0:
                refusal = "capacity_exceeded"
            result.append(
                BookableOccurrence(view, "alacarte" if alacarte else "session", left, refusal)
            )
        return result

    def book(
        self,
        card_id: str,
        occurrence_id: str,
        participants: Sequence[tuple[str | None, str]],
        *,
        print_tickets: bool = True,
    ) -> BookingsMade:
        """Book ``participants`` ((member id or None, name) each) with the card; one use per
        person (none counted against an unlimited pass); one ticket printed per booking."""
        requests = tuple(
            BookingRequest(str(uuid.uuid4()), member_id, name) for member_id, name in participants
        )

        def queue(session: Session, result: BookingsMade) -> None:
            if print_tickets and self.counter.printing_enabled:
                # Each booking's own ticket (printed from its Ticket row: its code, not the
                # card's), in booking order.
                jobs = JobWriter(session, self.counter.terminal_id)
                for booking_id in result.booking_ids:
                    jobs.add("booking", subject_id=booking_id)

        made: BookingsMade = self._dispatch(
            BookWithCard(card_id, occurrence_id, requests), after=queue
        )
        return made

    def cancel_booking(self, booking_id: str) -> int | None:
        result: int | None = self._dispatch(CancelBooking(booking_id))
        return result

    def mark_used(self, booking_id: str) -> None:
        self._dispatch(MarkBookingUsed(booking_id))

    def bookings(self, card_id: str, *, upcoming_only: bool = False) -> list[BookingView]:
        with self._session() as session:
            return self._bookings(session, card_id, self.counter.clock(), upcoming_only)

    def _bookings(
        self, session: Session, card_id: str, now: datetime, upcoming_only: bool
    ) -> list[BookingView]:
        query = (
            select(Booking, Occurrence, Event.name, Event.name_en, Card.terms)
            .join(Occurrence, Occurrence.id == Booking.occurrence_id)
            .join(Event, Event.id == Occurrence.event_id)
            .join(Card, Card.id == Booking.card_id)
            .where(Booking.card_id == card_id)
            .order_by(Occurrence.starts_at, Booking.participant)
        )
        if upcoming_only:
            query = query.where(
                Occurrence.ends_at > now, Booking.status != BookingStatus.CANCELLED.value
            )
        views = []
        english = self.counter.lang == "en"
        for booking, occ, name_fr, name_en, terms in session.execute(query).all():
            name = (name_en if english else "") or name_fr
            refusal: str | None = None
            try:
                check_cancellation(
                    status=BookingStatus(booking.status),
                    with_card=True,
                    card_allows=bool((terms or {}).get("cancellable", True)),
                    settings=settings_of(occ),
                    starts_at=occ.starts_at,
                    now=now,
                )
            except DomainError as error:
                refusal = error.code
            views.append(
                BookingView(
                    id=booking.id,
                    card_id=booking.card_id,
                    occurrence_id=occ.id,
                    event_name=name,
                    starts_at=occ.starts_at,
                    ends_at=occ.ends_at,
                    participant=booking.participant,
                    member_id=booking.member_id,
                    status=BookingStatus(booking.status),
                    place_kind=booking.place_kind,
                    created_at=booking.created_at,
                    cancel_refusal=refusal,
                )
            )
        return views

    # --- à la carte ---------------------------------------------------------------------

    def alacarte(self, occurrence_id: str) -> AlacarteView:
        with self._session() as session:
            occ = session.get(Occurrence, occurrence_id)
            if occ is None:
                raise DomainError("unknown_occurrence", occurrence=occurrence_id)
            event = session.get(Event, occ.event_id)
            reserved = reserved_places(session, [occ.id]).get(occ.id, 0)
            return AlacarteView(
                occurrence_id=occ.id,
                event_name=((event.name_en if self.counter.lang == "en" else "") or event.name)
                if event
                else "",
                label="À la carte" if self.counter.lang == "fr" else "Drop-in",
                starts_at=occ.starts_at,
                ends_at=occ.ends_at,
                settings=settings_of(occ),
                taken=occ.alacarte_taken,
                session_capacity=occ.capacity,
                session_available=general_available(occ, reserved),
            )

    def set_alacarte(self, occurrence_id: str, settings: AlacarteSettings) -> None:
        self._dispatch(
            SetAlacarte(
                occurrence_id,
                settings.places,
                settings.price,
                settings.pass_only,
                settings.opens_minutes,
                settings.closes_minutes,
                settings.cancel_minutes,
            )
        )

    def convert_places(self, occurrence_id: str, count: int) -> int:
        """Unsold session places become à-la-carte places; returns the à-la-carte places."""
        result: int = self._dispatch(ConvertPlaces(occurrence_id, count))
        return result

    # --- customers' members -------------------------------------------------------------

    def members(self, customer_id: str) -> list[MemberView]:
        with self._session() as session:
            return self._members(session, customer_id)

    @staticmethod
    def _members(session: Session, customer_id: str | None) -> list[MemberView]:
        return [
            MemberView(m.id, m.customer_id, m.name, m.birth_date)
            for m in session.scalars(
                select(CustomerMember)
                .where(CustomerMember.customer_id == customer_id, CustomerMember.active.is_(True))
                .order_by(CustomerMember.position, CustomerMember.name)
            )
        ]

    def save_member(
        self,
        customer_id: str,
        name: str,
        birth_date: date | None = None,
        member_id: str | None = None,
        *,
        active: bool = True,
    ) -> str:
        mid = member_id or str(uuid.uuid4())
        self._dispatch(
            SaveMember(
                mid, customer_id, name, birth_date.isoformat() if birth_date else None, active
            )
        )
        return mid

    def cards_of_customer(self, customer_id: str) -> list[CardRow]:
        with self._session() as session:
            rows = session.execute(
                select(Card, CardType.name, CardType.kind)
                .join(CardType, CardType.id == Card.card_type_id)
                .where(Card.customer_id == customer_id)
                .order_by(Card.activated_at.desc())
            ).all()
            return [self._card_row(card, name, kind) for card, name, kind in rows]


def _facts(card: ScannedCard, terms: CardTerms, code: str, now: datetime) -> CardFacts:
    """The rules' view of a scanned card; an exclusive card's booked dates not over yet
    block it (what :func:`card_facts` reads for a command)."""
    active: tuple[ActiveBooking, ...] = ()
    if terms.exclusive:
        active = tuple(
            ActiveBooking(b.id, b.occurrence_id, b.event_name, b.starts_at, b.ends_at)
            for b in card.bookings
            if b.status == BookingStatus.BOOKED.value and b.ends_at > now
        )
    return CardFacts(card.id, code, CardStatus(card.status), terms, card.uses_taken, active)


def _cancel_refusal(booking: ScannedBooking, card_allows: bool, now: datetime) -> str | None:
    """None when the booking may be cancelled now; else the refusal's code."""
    try:
        check_cancellation(
            status=BookingStatus(booking.status),
            with_card=True,
            card_allows=card_allows,
            # The cancellation limit is the only setting the rule reads.
            settings=AlacarteSettings(cancel_minutes=booking.cancel_minutes),
            starts_at=booking.starts_at,
            now=now,
        )
    except DomainError as error:
        return error.code
    return None


def _replace(result: ScanResult, **changes: Any) -> ScanResult:
    return dataclasses.replace(result, **changes)
