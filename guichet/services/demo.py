"""The French demo organisation, *Les Productions du Quai*, built by the back office's own
commands (no row is written any other way): a theatre and a recreation centre, their halls,
shows and activities with a week of dates, two price lists, three people, and on request
promotions, a seated show and gift packages and passes.

That the demo needs nothing else is the proof that the back office can build a whole
organisation (issue 14, part 10).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session, sessionmaker

from guichet.domain import codes
from guichet.domain.auth import Role
from guichet.domain.commands import (
    AddPromoCodes,
    Command,
    GenerateCards,
    ImportSeatMap,
    SaveCardType,
    SaveCustomer,
    SaveMember,
    SavePromotion,
)
from guichet.domain.commands_backoffice import (
    AddDates,
    EventDefaults,
    NewDate,
    SaveCategory,
    SaveEvent,
    SaveHall,
    SavePriceList,
    SaveUser,
    SaveVenue,
)
from guichet.models.base import utcnow
from guichet.services.bus import Actor, CommandBus
from guichet.services.pins import hash_pin
from guichet.services.setup import LocalSetup, OrganisationDraft, bootstrap, set_up_command

DEMO_TZ = "America/Toronto"

# Demo people and their PINs, documented in the README.
DEMO_USERS = (
    ("Sophie Gagnon", Role.CASHIER, "1111"),
    ("Luc Bouchard", Role.SUPERVISOR, "2222"),
    ("Marie Tremblay", Role.OWNER, "9999"),
)
DEMO_FAMILY = ("Julie Tremblay", "Marc Tremblay", "Léa Tremblay", "Noah Tremblay")

DEMO_ORGANISATION = OrganisationDraft(
    name="Les Productions du Quai",
    owner_name="Marie Tremblay",
    owner_pin="9999",
    address="125, rue du Quai\nQuébec (Québec) G1K 4A1",
    timezone=DEMO_TZ,
    lang="fr",
    gst_number="123456789 RT0001",
    qst_number="1234567890 TQ0001",
    receipt_header="Billetterie : 418 555-0199",
    receipt_footer="Billets non remboursables après la représentation.\nMerci et bon spectacle !",
)


def _id() -> str:
    return str(uuid.uuid4())


class _Builder:
    """Dispatches the demo's commands as its owner, at a fixed time (9 h on the first day),
    so that what they stamp (cards' activation, the history) is the same in every run."""

    def __init__(self, bus: CommandBus, owner: Actor) -> None:
        self.bus = bus
        self.owner = owner

    def __call__(self, command: Command) -> Any:
        return self.bus.dispatch(command, self.owner)


def load_demo(
    session_factory: sessionmaker[Session],
    today: date | None = None,
    days: int = 7,
    *,
    promotions: bool = True,
    seating: bool = True,
    cards: bool = True,
) -> LocalSetup:
    """Fill an empty database with the demo organisation and ``days`` days of dates from
    ``today``. On the central server (a session factory that logs changes) nothing goes to
    an outbox: nobody pushes the server's own commands."""
    zone = ZoneInfo(DEMO_TZ)
    today = today or utcnow().astimezone(zone).date()
    moment = datetime.combine(today, time(9, 0), tzinfo=zone)

    def clock() -> datetime:
        return moment

    on_server = bool(session_factory.kw.get("info", {}).get("log_changes"))
    owner_id = _id()
    setup = bootstrap(
        session_factory,
        set_up_command(DEMO_ORGANISATION, owner_id),
        "Caisse 1",
        clock=clock,
        outbox=not on_server,
    )
    bus = CommandBus(session_factory, setup.terminal_id, clock, outbox=not on_server)
    do = _Builder(bus, Actor(owner_id, DEMO_ORGANISATION.owner_name, Role.OWNER))
    from guichet.domain.commands_backoffice import SaveTerminal

    do(SaveTerminal(setup.terminal_id, "Caisse 1", profile="Billetterie"))
    for name, role, pin in DEMO_USERS:
        if role is not Role.OWNER:
            do(SaveUser(_id(), name, role.value, created=True, pin_hash=hash_pin(pin)))

    categories: dict[str, str] = {}
    for code, fr, en in (
        ("adult", "Adulte", "Adult"),
        ("child", "Enfant", "Child"),
        ("senior", "Aîné", "Senior"),
        ("student", "Étudiant", "Student"),
    ):
        categories[code] = do(SaveCategory(_id(), code, fr, en, created=True))

    def price_list(name: str, amounts: dict[str, int]) -> str:
        prices = {categories[code]: amount for code, amount in amounts.items()}
        return str(do(SavePriceList(_id(), name, prices, created=True)))

    theatre_prices = price_list(
        "Théâtre — régulier", {"adult": 4200, "child": 2000, "senior": 3600, "student": 3000}
    )
    leisure_prices = price_list(
        "Loisirs — régulier", {"adult": 850, "child": 525, "senior": 675, "student": 675}
    )
    theatre = do(SaveVenue(_id(), "Théâtre du Quai", "125, rue du Quai, Québec", created=True))
    centre = do(
        SaveVenue(_id(), "Centre récréatif Saint-Roch", "230, rue du Roi, Québec", created=True)
    )

    def hall(venue: str, name: str, capacity: int) -> str:
        return str(do(SaveHall(_id(), venue, name, capacity, created=True)))

    studio = hall(theatre, "Salle Octave-Crémazie", 320)
    pool = hall(centre, "Piscine", 60)
    rink = hall(centre, "Aréna", 120)
    wall = hall(centre, "Mur d'escalade", 12)

    activities = {key: _id() for key in ("show", "swim", "skate", "climb")}

    def event(
        name: str,
        name_en: str,
        kind: str,
        activity: tuple[str, str],
        venue: str,
        hall_id: str,
        prices: str,
        defaults: EventDefaults,
    ) -> str:
        return str(
            do(
                SaveEvent(
                    event_id=_id(),
                    kind=kind,
                    name_fr=name,
                    name_en=name_en,
                    venue_id=venue,
                    hall_id=hall_id,
                    price_list_id=prices,
                    activity_id=activities[activity[0]],
                    activity_name=activity[1],
                    defaults=defaults,
                    created=True,
                )
            )
        )

    show = ("show", "Théâtre")
    malade = event(
        "Le Malade imaginaire", "The Imaginary Invalid", "show", show, theatre, studio,
        theatre_prices, EventDefaults(duration_minutes=150),
    )  # fmt: skip
    soeurs = event(
        "Les Belles-sœurs", "", "show", show, theatre, studio, theatre_prices,
        EventDefaults(duration_minutes=140),
    )  # fmt: skip
    # Drop-in places (à la carte): the pool at 6,50 $, the rink for pass holders only.
    day = 24 * 60
    bain = event(
        "Bain libre", "Public swim", "activity", ("swim", "Bain libre"), centre, pool,
        leisure_prices,
        EventDefaults(duration_minutes=120, alacarte_places=20, alacarte_price=650,
                      registration_opens_minutes=7 * day, cancel_minutes=120),
    )  # fmt: skip
    patin = event(
        "Patin libre", "Public skating", "activity", ("skate", "Patin libre"), centre, rink,
        leisure_prices,
        EventDefaults(duration_minutes=90, alacarte_places=30, alacarte_pass_only=True,
                      registration_opens_minutes=7 * day, cancel_minutes=60),
    )  # fmt: skip
    escalade = event(
        "Escalade — initiation", "Climbing — first steps", "activity",
        ("climb", "Escalade"), centre, wall, leisure_prices,
        EventDefaults(duration_minutes=90, alacarte_places=4, alacarte_price=1800,
                      registration_opens_minutes=2 * day, registration_closes_minutes=60,
                      cancel_minutes=day),
    )  # fmt: skip

    def at(on: date, hour: int, minute: int = 0) -> datetime:
        return datetime.combine(on, time(hour, minute), tzinfo=zone)

    planned: dict[str, list[tuple[datetime, int]]] = {}
    for offset in range(days):
        on = today + timedelta(days=offset)
        weekday = on.weekday()  # Monday is 0
        slots = [(escalade, 10, 0, 90), (bain, 13, 0, 120), (patin, 15, 30, 90), (bain, 18, 0, 120)]
        if weekday != 0:  # the theatre is dark on Mondays
            slots.append((malade, 20, 0, 150))
        if weekday in (5, 6):
            slots.append((soeurs, 14, 0, 140))
        for event_id, hour, minute, minutes in slots:
            planned.setdefault(event_id, []).append((at(on, hour, minute), minutes))
    for event_id, starts in planned.items():
        do(AddDates(event_id, _dates(starts)))

    if promotions:
        _demo_promotions(do, [malade, soeurs], today)
    if seating:
        _demo_seating(do, theatre, activities["show"], theatre_prices, today, days, zone)
    if cards:
        _demo_cards(do, activities, today)
    return setup


def _dates(starts: list[tuple[datetime, int]]) -> tuple[NewDate, ...]:
    return tuple(
        NewDate(_id(), start.isoformat(), (start + timedelta(minutes=minutes)).isoformat())
        for start, minutes in starts
    )


def _demo_seating(
    do: Callable[[Command], Any],
    venue_id: str,
    activity_id: str,
    price_list_id: str,
    today: date,
    days: int,
    zone: ZoneInfo,
) -> None:
    """The Grande salle of the Théâtre du Quai (800 seats) and a show sold by seat."""
    from guichet.domain.seating import demo_theatre_map, format_seat_csv

    seat_map_id = _id()
    do(
        ImportSeatMap(
            seat_map_id,
            venue_id,
            "Théâtre du Quai — grande salle",
            format_seat_csv(demo_theatre_map(venue_id)),
        )
    )
    grande_salle = do(
        SaveHall(_id(), venue_id, "Grande salle", seat_map_id=seat_map_id, created=True)
    )
    cyrano = do(
        SaveEvent(
            event_id=_id(),
            kind="show",
            name_fr="Cyrano de Bergerac",
            venue_id=venue_id,
            hall_id=grande_salle,
            price_list_id=price_list_id,
            activity_id=activity_id,
            defaults=EventDefaults(duration_minutes=165),
            created=True,
        )
    )
    evenings = [
        (datetime.combine(on, time(19, 30), tzinfo=zone), 165)
        for on in (today + timedelta(days=offset) for offset in range(days))
        if on.weekday() in (4, 5)  # Friday and Saturday evenings, 19 h 30
    ]
    if evenings:
        do(AddDates(cyrano, _dates(evenings)))


def _demo_promotions(do: Callable[[Command], Any], theatre: list[str], today: date) -> None:
    from guichet.domain.promotions import (
        CustomerRule,
        Promotion,
        Targeting,
        percent_off,
        promotion_to_json,
    )

    offers = [
        (
            Promotion(
                id=_id(),
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
            Promotion(
                id=_id(),
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
        do(SavePromotion(rule.id, promotion_to_json(rule), created=True))
        do(AddPromoCodes(rule.id, (code,), "custom", max_uses))
    do(
        SaveCustomer(
            _id(),
            codes.new_code(),
            "Ginette Roy",
            email="ginette.roy@example.ca",
            phone="418 555-0123",
            newsletter=True,
        )
    )


def _demo_cards(do: Callable[[Command], Any], activities: dict[str, str], today: date) -> None:
    """Three card types (a gift package, a season pass, a family pass), the Tremblay family
    holding a family pass, and a lot of 20 shop cards waiting to be sold."""
    package = do(
        SaveCardType(
            _id(), "package", "Carte 10 bains", 6000, 10, valid_days=365,
            activity_ids=(activities["swim"], activities["skate"]),
            published=True, shop_categories=("Cartes cadeaux",), created=True,
        )
    )  # fmt: skip
    do(
        SaveCardType(
            _id(), "pass", "Passe saison patin", 14900, None,
            expires_on=(today + timedelta(days=120)).isoformat(),
            activity_ids=(activities["skate"],), exclusive=True, cancellable=False,
            created=True,
        )
    )  # fmt: skip
    family_pass = do(
        SaveCardType(
            _id(), "pass", "Laissez-passer familial 20 passages", 12000, 20, valid_days=180,
            activity_ids=(activities["swim"], activities["skate"], activities["climb"]),
            family=True, created=True,
        )
    )  # fmt: skip
    family = do(
        SaveCustomer(
            _id(), codes.new_code(), "Famille Tremblay",
            email="tremblay@example.ca", phone="418 555-0147",
        )
    )  # fmt: skip
    births = (date(1984, 3, 12), date(1982, 11, 2), date(2015, 6, 21), date(2018, 9, 5))
    for name, born in zip(DEMO_FAMILY, births, strict=True):
        do(SaveMember(_id(), family, name, born.isoformat()))
    do(GenerateCards(_id(), family_pass, (codes.new_code(),), activated=True, customer_id=family))
    do(GenerateCards(_id(), package, tuple(codes.new_code() for _ in range(20))))
