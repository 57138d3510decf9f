"""Creating an organisation and loading the French demo (a theatre and a recreation centre)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from guichet.domain import codes
from guichet.domain.auth import Role, validate_pin_format
from guichet.models.base import new_id, utcnow
from guichet.models.tables import (
    Activity,
    Event,
    Occurrence,
    Organisation,
    Price,
    PriceList,
    Tax,
    Terminal,
    TicketCategory,
    User,
    Venue,
)
from guichet.services.pins import hash_pin

DEMO_TZ = "America/Toronto"  # Quebec observes Eastern time

# Demo people and their PINs, documented in the README.
DEMO_USERS = (
    ("Sophie Gagnon", Role.CASHIER, "1111"),
    ("Luc Bouchard", Role.SUPERVISOR, "2222"),
    ("Marie Tremblay", Role.OWNER, "9999"),
)


@dataclass(frozen=True)
class LocalSetup:
    organisation_id: str
    terminal_id: str


def local_setup(session_factory: sessionmaker[Session]) -> LocalSetup | None:
    """The organisation and this counter's terminal, or None for an empty database."""
    with session_factory() as session:
        terminal = session.scalars(select(Terminal).where(Terminal.is_local.is_(True))).first()
        if terminal is None:
            return None
        return LocalSetup(terminal.organisation_id, terminal.id)


def is_empty(session_factory: sessionmaker[Session]) -> bool:
    with session_factory() as session:
        return not session.scalar(select(func.count(Organisation.id)))


def add_user(session: Session, organisation_id: str, name: str, role: Role, pin: str) -> User:
    validate_pin_format(pin)
    user = User(organisation_id=organisation_id, name=name, role=role.value, pin_hash=hash_pin(pin))
    session.add(user)
    return user


def load_demo(
    session_factory: sessionmaker[Session],
    today: date | None = None,
    days: int = 7,
    *,
    promotions: bool = True,
    seating: bool = True,
    cards: bool = True,
) -> LocalSetup:
    """Fill an empty database with the demo organisation and a week of occurrences.

    ``promotions`` adds two offers and a customer so the counter's code field has something to
    do (tests that build their own promotions leave it out)."""
    if not is_empty(session_factory):
        raise ValueError("the database already holds an organisation")
    zone = ZoneInfo(DEMO_TZ)
    today = today or utcnow().astimezone(zone).date()
    with session_factory() as session, session.begin():
        org = Organisation(
            name="Les Productions du Quai",
            timezone=DEMO_TZ,
            currency="CAD",
            locale="fr_CA",
            address="125, rue du Quai\nQuébec (Québec) G1K 4A1",
            gst_number="123456789 RT0001",
            qst_number="1234567890 TQ0001",
            receipt_header="Billetterie : 418 555-0199",
            receipt_footer=(
                "Billets non remboursables après la représentation.\nMerci et bon spectacle !"
            ),
            cash_increment=5,
        )
        session.add(org)
        session.flush()
        session.add_all(
            [
                Tax(
                    organisation_id=org.id,
                    code="GST",
                    name_fr="TPS",
                    name_en="GST",
                    rate=Decimal("0.05"),
                    included=False,
                    registration=org.gst_number,
                    position=0,
                ),
                Tax(
                    organisation_id=org.id,
                    code="QST",
                    name_fr="TVQ",
                    name_en="QST",
                    rate=Decimal("0.09975"),
                    included=False,
                    registration=org.qst_number,
                    position=1,
                ),
            ]
        )
        for name, role, pin in DEMO_USERS:
            add_user(session, org.id, name, role, pin)
        terminal = Terminal(
            organisation_id=org.id, name="Caisse 1", is_local=True, profile="Billetterie"
        )
        session.add(terminal)

        categories = {}
        for position, (code, fr, en) in enumerate(
            [
                ("adult", "Adulte", "Adult"),
                ("child", "Enfant", "Child"),
                ("senior", "Aîné", "Senior"),
                ("student", "Étudiant", "Student"),
            ]
        ):
            cat = TicketCategory(
                organisation_id=org.id, code=code, name_fr=fr, name_en=en, position=position
            )
            session.add(cat)
            categories[code] = cat
        session.flush()

        def price_list(name: str, amounts: dict[str, int]) -> PriceList:
            pl = PriceList(organisation_id=org.id, name=name)
            session.add(pl)
            session.flush()
            for code, amount in amounts.items():
                session.add(
                    Price(price_list_id=pl.id, category_id=categories[code].id, amount=amount)
                )
            return pl

        theatre_prices = price_list(
            "Théâtre — régulier", {"adult": 4200, "child": 2000, "senior": 3600, "student": 3000}
        )
        leisure_prices = price_list(
            "Loisirs — régulier", {"adult": 850, "child": 525, "senior": 675, "student": 675}
        )
        theatre = Venue(
            organisation_id=org.id, name="Théâtre du Quai", address="125, rue du Quai, Québec"
        )
        centre = Venue(
            organisation_id=org.id,
            name="Centre récréatif Saint-Roch",
            address="230, rue du Roi, Québec",
        )
        session.add_all([theatre, centre])
        show = Activity(organisation_id=org.id, name="Théâtre")
        swim = Activity(organisation_id=org.id, name="Bain libre")
        skate = Activity(organisation_id=org.id, name="Patin libre")
        climb = Activity(organisation_id=org.id, name="Escalade")
        session.add_all([show, swim, skate, climb])
        session.flush()

        def event(name: str, activity: Activity, venue: Venue, pl: PriceList) -> Event:
            e = Event(
                organisation_id=org.id,
                name=name,
                activity_id=activity.id,
                venue_id=venue.id,
                price_list_id=pl.id,
            )
            session.add(e)
            session.flush()
            return e

        malade = event("Le Malade imaginaire", show, theatre, theatre_prices)
        soeurs = event("Les Belles-sœurs", show, theatre, theatre_prices)
        bain = event("Bain libre", swim, centre, leisure_prices)
        patin = event("Patin libre", skate, centre, leisure_prices)
        escalade = event("Escalade — initiation", climb, centre, leisure_prices)

        def at(day: date, hour: int, minute: int = 0) -> datetime:
            return datetime.combine(day, time(hour, minute), tzinfo=zone)

        for offset in range(days):
            day = today + timedelta(days=offset)
            weekday = day.weekday()  # Monday is 0
            slots: list[tuple[Event, int, int, int, int]] = [
                (escalade, 10, 0, 90, 12),
                (bain, 13, 0, 120, 60),
                (patin, 15, 30, 90, 120),
                (bain, 18, 0, 120, 60),
            ]
            if weekday != 0:  # the theatre is dark on Mondays
                slots.append((malade, 20, 0, 150, 320))
            if weekday in (5, 6):
                slots.append((soeurs, 14, 0, 140, 320))
            for ev, hour, minute, minutes, capacity in slots:
                start = at(day, hour, minute)
                session.add(
                    Occurrence(
                        event_id=ev.id,
                        starts_at=start,
                        ends_at=start + timedelta(minutes=minutes),
                        capacity=capacity,
                    )
                )
        session.flush()
        if promotions:
            _demo_promotions(session, org.id, [malade.id, soeurs.id], today)
        if seating:
            _demo_seating(
                session, org.id, theatre.id, show.id, theatre_prices.id, today, days, zone
            )
        if cards:
            _demo_cards(
                session,
                org.id,
                {"swim": swim.id, "skate": skate.id, "climb": climb.id},
                {"swim": bain.id, "skate": patin.id, "climb": escalade.id},
                today,
            )
        return LocalSetup(org.id, terminal.id)


def _demo_seating(
    session: Session,
    organisation_id: str,
    venue_id: str,
    activity_id: str,
    price_list_id: str,
    today: date,
    days: int,
    zone: ZoneInfo,
) -> None:
    """The Grande salle of the Théâtre du Quai (800 seats) and a show sold by seat."""
    from guichet.domain.seating import demo_theatre_map
    from guichet.models.tables import SeatMapRow, SeatRow

    seat_map = demo_theatre_map(venue_id)
    map_row = SeatMapRow(
        organisation_id=organisation_id, venue_id=venue_id, name="Théâtre du Quai — grande salle"
    )
    session.add(map_row)
    session.flush()
    session.add_all(
        SeatRow(
            id=f"{map_row.id}/{seat.id}",
            seat_map_id=map_row.id,
            section=seat.section,
            row=seat.row,
            number=seat.number,
            x=seat.x,
            y=seat.y,
            accessible=seat.accessible,
            position=position,
        )
        for position, seat in enumerate(seat_map)
    )
    cyrano = Event(
        organisation_id=organisation_id,
        name="Cyrano de Bergerac",
        activity_id=activity_id,
        venue_id=venue_id,
        price_list_id=price_list_id,
        seat_map_id=map_row.id,
    )
    session.add(cyrano)
    session.flush()
    for offset in range(days):
        day = today + timedelta(days=offset)
        if day.weekday() in (4, 5):  # Friday and Saturday evenings, 19 h 30
            start = datetime.combine(day, time(19, 30), tzinfo=zone)
            session.add(
                Occurrence(
                    event_id=cyrano.id,
                    starts_at=start,
                    ends_at=start + timedelta(minutes=165),
                    capacity=len(seat_map),
                )
            )


def _demo_promotions(
    session: Session, organisation_id: str, theatre: list[str], today: date
) -> None:
    from guichet.domain.promotions import (
        CustomerRule,
        Targeting,
        percent_off,
        promotion_to_json,
    )
    from guichet.domain.promotions import Promotion as PromotionRule
    from guichet.models.tables import Customer, PromoCode, Promotion
    from guichet.services.handlers_promotions import promo_code_id

    offers = [
        (
            PromotionRule(
                id=new_id(),
                name_fr="Découverte théâtre",
                name_en="Theatre discovery",
                description_fr="20 % sur le théâtre",
                description_en="20% off the theatre",
                effect=percent_off(20),
                expires=today + timedelta(days=90),
                targeting=Targeting(event_ids=frozenset(theatre)),
            ),
            "DECOUVERTE",
            200,
        ),
        (
            PromotionRule(
                id=new_id(),
                name_fr="Abonnés de l'infolettre",
                name_en="Newsletter subscribers",
                effect=percent_off(15),
                position=1,
                targeting=Targeting(customers=CustomerRule.NEWSLETTER),
            ),
            "INFOLETTRE",
            None,
        ),
    ]
    for rule, code, max_uses in offers:
        data = promotion_to_json(rule)
        session.add(
            Promotion(
                id=rule.id,
                organisation_id=organisation_id,
                name_fr=rule.name_fr,
                name_en=rule.name_en,
                description_fr=rule.description_fr,
                description_en=rule.description_en,
                effect_kind=str(rule.effect.kind),
                effect_percent=rule.effect.percent,
                starts_on=rule.starts,
                expires_on=rule.expires,
                position=rule.position,
                rules=data["targeting"],
            )
        )
        session.add(
            PromoCode(
                id=promo_code_id(organisation_id, code),
                promotion_id=rule.id,
                organisation_id=organisation_id,
                code=code,
                kind="custom",
                max_uses=max_uses,
            )
        )
    session.add(
        Customer(
            organisation_id=organisation_id,
            code=codes.new_code(),
            name="Ginette Roy",
            email="ginette.roy@example.ca",
            phone="418 555-0123",
            newsletter=True,
        )
    )


DEMO_FAMILY = ("Julie Tremblay", "Marc Tremblay", "Léa Tremblay", "Noah Tremblay")


def _demo_cards(
    session: Session,
    organisation_id: str,
    activities: dict[str, str],
    events: dict[str, str],
    today: date,
) -> None:
    """À-la-carte places on the leisure activities, three card types (a gift package, a
    season pass, a family pass), the Tremblay family with a family pass, and a lot of 20
    shop cards waiting to be sold."""
    from sqlalchemy import select

    from guichet.domain.cards import CardKind, CardStatus, CardTypeRules
    from guichet.models.tables import Card, CardType, Customer, CustomerMember
    from guichet.services.handlers_cards import card_id_for

    # Drop-in: (places, price or None for pass holders only, opens, closes, cancel) minutes.
    alacarte = {
        events["swim"]: (20, 650, 7 * 24 * 60, None, 120),
        events["skate"]: (30, None, 7 * 24 * 60, None, 60),
        events["climb"]: (4, 1800, 2 * 24 * 60, 60, 24 * 60),
    }
    for occ in session.scalars(select(Occurrence).where(Occurrence.event_id.in_(alacarte))):
        places, price, opens, closes, cancel = alacarte[occ.event_id]
        occ.alacarte_places = places
        occ.alacarte_price = price
        occ.alacarte_pass_only = price is None
        occ.registration_opens_minutes = opens
        occ.registration_closes_minutes = closes
        occ.cancel_minutes = cancel
    types = [
        CardTypeRules(
            kind=CardKind.PACKAGE,
            name="Carte 10 bains",
            price=6000,
            uses=10,
            valid_days=365,
            activity_ids=frozenset({activities["swim"], activities["skate"]}),
        ),
        CardTypeRules(
            kind=CardKind.PASS,
            name="Passe saison patin",
            price=14900,
            uses=None,
            expires_on=today + timedelta(days=120),
            activity_ids=frozenset({activities["skate"]}),
            exclusive=True,
            cancellable=False,
        ),
        CardTypeRules(
            kind=CardKind.PASS,
            name="Laissez-passer familial 20 passages",
            price=12000,
            uses=20,
            valid_days=180,
            activity_ids=frozenset(activities.values()),
            family=True,
        ),
    ]
    rows = []
    for position, rules in enumerate(types):
        row = CardType(
            organisation_id=organisation_id,
            kind=rules.kind.value,
            name=rules.name,
            price=rules.price,
            uses=rules.uses,
            starts_on=rules.starts_on,
            expires_on=rules.expires_on,
            valid_days=rules.valid_days,
            activity_ids=sorted(rules.activity_ids),
            all_activities=False,
            exclusive=rules.exclusive,
            family=rules.family,
            cancellable=rules.cancellable,
            published=rules.kind is CardKind.PACKAGE,
            shop_categories=["Cartes cadeaux"] if rules.kind is CardKind.PACKAGE else [],
            position=position,
        )
        session.add(row)
        rows.append(row)
    family = Customer(
        organisation_id=organisation_id,
        code=codes.new_code(),
        name="Famille Tremblay",
        email="tremblay@example.ca",
        phone="418 555-0147",
    )
    session.add(family)
    session.flush()
    births = (date(1984, 3, 12), date(1982, 11, 2), date(2015, 6, 21), date(2018, 9, 5))
    for position, (name, born) in enumerate(zip(DEMO_FAMILY, births, strict=True)):
        session.add(
            CustomerMember(customer_id=family.id, name=name, birth_date=born, position=position)
        )
    now = datetime.combine(today, time(9, 0), tzinfo=ZoneInfo(DEMO_TZ))  # repeatable demo

    def card(type_index: int, status: CardStatus, **fields: object) -> None:
        code = codes.new_code()
        terms = types[type_index].terms_at(today)
        session.add(
            Card(
                created_at=now,
                id=card_id_for(organisation_id, code),
                organisation_id=organisation_id,
                card_type_id=rows[type_index].id,
                code=code,
                status=status.value,
                terms=terms.to_json(),
                expires_on=terms.expires_on,
                activated_at=now if status is CardStatus.ACTIVE else None,
                **fields,
            )
        )

    card(2, CardStatus.ACTIVE, customer_id=family.id, holder_name=family.name)
    batch = new_id()
    for _ in range(20):
        card(0, CardStatus.INACTIVE, batch=batch)
