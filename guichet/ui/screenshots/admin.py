"""Screenshot builders of the back office (issue 14): each section of the Administration
window, as the demo's owner sees it, at 1366×768."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from guichet.ui.screenshots.registry import ScreenshotContext, _login, screenshot

if TYPE_CHECKING:
    from guichet.ui.admin import AdminWindow

#: What a section does once its window is on screen (open a form, load a file).
OnShown = Callable[["AdminWindow"], None]

#: Sections shown by ``guichet --screenshot FILE --window NAME`` (their keys).
ADMIN_SCREENSHOTS = (
    "staff",
    "events",
    "schedule",
    "prices",
    "venues",
    "organisation",
    "counters",
    "programme",
    "history",
)


def _admin(key: str) -> object:
    def build(ctx: ScreenshotContext) -> QWidget:
        from guichet.ui.admin import AdminWindow

        _login(ctx.counter, "owner")
        on_shown = PREPARE[key](ctx)
        window = AdminWindow(ctx.counter.back_office(), start=key)
        if on_shown is not None:
            # This window, not any top-level one: a process may render several in a row.
            QTimer.singleShot(0, lambda: on_shown(window))
        return window

    return build


# What a section's picture needs beyond the demo (a series of dates, a file to import...),
# one function per section, run as the owner before the window is made; it returns what to
# do once the window is shown, if anything.


def _prepare_staff(ctx: ScreenshotContext) -> OnShown | None:
    """Two more cashiers: one locked out after five wrong PINs, one deactivated (a
    student who left at the end of the summer), and a second supervisor."""
    from guichet.domain.auth import Role
    from guichet.domain.errors import DomainError

    staff = ctx.counter.back_office().staff
    locked = staff.add("Émilie Côté", Role.CASHIER, "4321", "4321")
    left = staff.add("Thomas Lavoie", Role.CASHIER, "5678", "5678")
    staff.add("Nadia Bélanger", Role.SUPERVISOR, "8642", "8642")
    staff.set_active(left, False)
    for _attempt in range(5):
        try:
            ctx.counter.login(locked, "0000")
        except DomainError:
            pass
    return None


def _prepare_events(ctx: ScreenshotContext) -> OnShown | None:
    # The list alone says little of what an event holds: the picture shows the form of the
    # pool's public swim (an activity with drop-in places at 6,50 $), opened as Entrée does.
    from guichet.ui.admin.events import EventsSection

    def open_form(window: AdminWindow) -> None:
        section = window.sections["events"]
        assert isinstance(section, EventsSection)
        section.select(next(e.id for e in section.events if e.name == "Bain libre"))
        section.edit_selected()

    return open_form


def _prepare_schedule(ctx: ScreenshotContext) -> OnShown | None:
    # The pool's winter season: Tuesdays and Wednesdays at 10 h and 12 h, one day off; the
    # Tuesday 10 h dates tagged for a promotion and selected, as the selection helper leaves
    # them; one date cancelled.
    from datetime import date, time

    from guichet.domain.schedule import Series

    office = ctx.counter.back_office()
    pool = next(e for e in office.events.all() if e.name == "Bain libre")
    ids = office.dates.add_series(
        pool.id,
        Series(
            date(2027, 1, 5),
            date(2027, 3, 31),
            frozenset({1, 2}),
            (time(10), time(12)),
            90,
            frozenset({date(2027, 2, 17)}),
        ),
        tags=("hiver",),
    )
    views = office.dates.list()
    tuesdays = office.dates.matching([v for v in views if v.id in ids], {1}, [time(10)])
    office.dates.bulk_edit(tuesdays, {"capacity": 80}, add_tags=("promomm",))
    office.dates.cancel([ids[3]], "Entretien de la piscine")

    def show(window: AdminWindow) -> None:
        section: Any = window.sections["schedule"]
        section.show_event(pool.id)
        section.select_found(tuesdays)
        row = section.model.row_of(ids[0]) - 1
        section.table.scrollTo(section.model.index(row, 0), section.table.ScrollHint.PositionAtTop)

    return show


def _prepare_prices(ctx: ScreenshotContext) -> OnShown | None:
    # A list copied for school matinees (tagged), and last season's, withdrawn.
    prices = ctx.counter.back_office().prices
    theatre = prices.find_list("Théâtre — régulier")
    assert theatre is not None
    school = prices.copy_price_list(theatre.id, "Théâtre — matinées scolaires")
    by_code = {c.code: c.id for c in prices.categories()}
    prices.save_price_list(
        "Théâtre — matinées scolaires",
        {by_code["child"]: 1500, by_code["student"]: 1800, by_code["adult"]: 2500},
        tags=("scolaire",),
        price_list_id=school,
    )
    old = prices.copy_price_list(theatre.id, "Théâtre — saison 2025-2026")
    prices.set_list_active(old, False)
    return None


def _prepare_venues(ctx: ScreenshotContext) -> OnShown | None:
    # A seated hall next to the general-admission ones: the theatre's 800-seat main hall.
    from guichet.domain.seating import demo_theatre_map, format_seat_csv

    office = ctx.counter.back_office()
    theatre = office.venues.find("Théâtre du Quai")
    assert theatre is not None
    office.venues.import_seated_hall(
        theatre.id, "Grande salle", format_seat_csv(demo_theatre_map(theatre.id))
    )
    return None


def _prepare_organisation(ctx: ScreenshotContext) -> OnShown | None:
    return None


def _prepare_counters(ctx: ScreenshotContext) -> OnShown | None:
    """The counter stands in the theatre's lobby."""
    office = ctx.counter.back_office()
    venues = office.venues.all()
    venue = next((v for v in venues if "Théâtre" in v.name), venues[0])
    this = office.terminals.this()
    office.terminals.save(this.name, this.profile, venue.id)
    return None


def _prepare_programme(ctx: ScreenshotContext) -> OnShown | None:
    # A small file to preview, with one line in error, read once the window is on screen.
    from pathlib import Path

    lines = [
        "event;venue;starts_at;ends_at;capacity;price_list;tags",
        "Les Belles-sœurs;Théâtre du Quai;2027-06-01 20:00;2027-06-01 22:20;320;;été",
        "Les Belles-sœurs;Théâtre du Quai;2027-06-02 20:00;2027-06-02 22:20;320;;été",
        "Les Belles-sœurs;Théâtre du Quai;2027-06-03 14:00;2027-06-03 16:20;320;;été, matinée",
        "Cabaret d'été;Théâtre du Quai;2027-06-04 21:00;2027-06-04 23:00;180;"
        "Théâtre — régulier;été",
        "Cabaret d'été;Théâtre du Quai;2027-06-05 21:00;2027-06-05 20:00;180;"
        "Théâtre — régulier;été",
        "Cabaret d'été;Salle Bourgie;2027-06-06 21:00;2027-06-06 23:00;18O;Théâtre — régulier;été",
        "Aquaforme;Centre récréatif Saint-Roch;2027-06-07 10:00;2027-06-07 11:00;25;"
        "Loisirs — régulier;aînés",
    ]
    path = Path(ctx.runtime.data_dir) / "programme-ete-2027.csv"
    path.write_bytes("\r\n".join(lines).encode("cp1252"))  # as Excel saves it in Quebec

    def load(window: AdminWindow) -> None:
        section: Any = window.sections["programme"]
        section.load(path)

    return load


def _prepare_history(ctx: ScreenshotContext) -> OnShown | None:
    """An evening of back-office work after the demo was set up: the supervisor lowers a
    date's capacity and copies a price list, the owner hires and lets go, renames the
    counter and changes the receipt's footer (a few minutes apart)."""
    from datetime import timedelta

    from guichet.domain.auth import Role
    from guichet.services.backoffice import BackOffice
    from guichet.services.bus import Actor
    from guichet.ui.screenshots.registry import SCREENSHOT_NOW

    counter = ctx.counter
    people = {u.role: u for u in counter.users()}

    def office(role: Role, minutes: int) -> BackOffice:
        person = people[role]
        actor = Actor(person.id, person.name, person.role)
        return BackOffice(
            counter.session_factory,
            counter.terminal_id,
            lambda: actor,
            lang=ctx.lang,
            clock=lambda: SCREENSHOT_NOW + timedelta(minutes=minutes),
        )

    luc = office(Role.SUPERVISOR, 2)
    date = max(luc.dates.list(), key=lambda d: d.capacity)
    luc.dates.edit(date, {"capacity": date.capacity - 20}, add_tags=["relâche"])
    regular = luc.prices.price_lists()[0]
    office(Role.SUPERVISOR, 4).prices.copy_price_list(regular.id, f"{regular.name} 2027")
    marie = office(Role.OWNER, 7)
    temp = marie.staff.add("Thomas Lavoie", Role.CASHIER, "5678", "5678")
    office(Role.OWNER, 9).staff.set_active(temp, False)
    this = marie.terminals.this()
    office(Role.OWNER, 11).terminals.save("Caisse du hall", this.profile, this.venue_id)
    settings = marie.organisation.settings()
    office(Role.OWNER, 12).organisation.save(
        name=settings.name,
        address=settings.address,
        timezone=settings.timezone,
        lang=settings.lang,
        gst_number=settings.gst_number,
        qst_number=settings.qst_number,
        gst_rate="5",
        qst_rate="9,975",
        cash_increment=settings.cash_increment,
        receipt_header=settings.receipt_header,
        receipt_footer=f"{settings.receipt_footer}\nSuivez-nous : quai.example",
    )
    return None


PREPARE = {key: globals()[f"_prepare_{key}"] for key in ADMIN_SCREENSHOTS}

for _key in ADMIN_SCREENSHOTS:
    screenshot(_key)(_admin(_key))  # type: ignore[arg-type]
