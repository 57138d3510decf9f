"""The back office through a real ``guichet server`` (issue 14, parts 9 and 11): what a
supervisor sets up at one counter is pushed, applied by the server with the same handlers
and role checks, and pulled by the other counters, which sell it; two offline edits of one
date are merged field by field, the later one winning, and the conflict says what was
overwritten. On the server's default SQLite file; the same journey through the windows runs
on PostgreSQL in test_new_organisation_paired_end_to_end.py."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from guichet.domain.auth import Role
from guichet.domain.commands_backoffice import SaveVenue
from guichet.domain.schedule import Series
from guichet.models.db import make_engine
from guichet.models.tables import (
    AppliedCommand,
    CatalogueChange,
    Conflict,
    Occurrence,
    OutboxEntry,
    Venue,
)
from guichet.services.backoffice import BackOffice
from guichet.services.backoffice.schedule import DateFilter
from guichet.services.backoffice.views import EventDraft
from guichet.services.counter import Counter
from guichet.sync.engine import SyncEngine
from guichet.sync.keyrings import MemoryKeyring
from tests.conftest import Clock
from tests.integration.helpers import sell_cash
from tests.integration.test_sync_server import ServerProcess, paired_counter

QUEBEC = ZoneInfo("America/Toronto")


def supervisor(counter: Counter) -> BackOffice:
    """Luc, the demo's supervisor, at this counter (the helper logs a cashier in)."""
    luc = next(u for u in counter.users() if u.role is Role.SUPERVISOR)
    counter.login(luc.id, "2222")
    return counter.back_office()


def synced(engine: SyncEngine) -> None:
    status = engine.sync()
    assert status.error == "" and status.rejected == 0 and status.waiting == 0, status


def server_scalar(server: ServerProcess, statement):  # type: ignore[no-untyped-def]
    engine = make_engine(server.db_url)
    try:
        with engine.connect() as conn:
            return conn.execute(statement).scalar_one()
    finally:
        engine.dispose()


def test_a_show_set_up_at_one_counter_is_sold_at_another(
    server: ServerProcess, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    """On the server's default SQLite file (the same journey through the windows, on
    PostgreSQL: tests/integration/test_new_organisation_paired_end_to_end.py)."""
    any_server = server
    boss, sync_boss = paired_counter(any_server, tmp_path, "Bureau")
    cashier, sync_cashier = paired_counter(any_server, tmp_path, "Caisse 2")
    office = supervisor(boss)

    venue = office.venues.save("Salle Albert-Rousseau", "2410, chemin Sainte-Foy, Québec")
    hall = office.venues.save_hall(venue, "Grande salle", 900)
    adult = next(c for c in office.prices.categories() if c.code == "adult")
    family = office.prices.save_category("famille", "Famille", "Family")
    prices = office.prices.save_price_list(
        "Humour — régulier", office.prices.parse_prices({adult.id: "39,50", family: "99"})
    )
    event = office.events.save(
        EventDraft(
            kind="show",
            name="Les Grandes Gueules",
            name_en="The Big Mouths",
            venue_id=venue,
            hall_id=hall,
            price_list_id=prices,
            tags=("humour",),
        )
    )
    today = datetime.now(QUEBEC).date()
    series = Series(
        today + timedelta(days=1),
        today + timedelta(days=14),
        frozenset({today.weekday(), (today.weekday() + 1) % 7}),
        (time(20, 0),),
        120,
    )
    created = office.dates.add_series(event, series)
    assert len(created) == 4
    synced(sync_boss)

    # The server applied every command with the same handlers, and kept their history.
    done = server_scalar(
        any_server,
        select(func.count()).select_from(AppliedCommand).where(AppliedCommand.status == "accepted"),
    )
    assert done >= 6
    assert (
        server_scalar(
            any_server,
            select(func.count()).select_from(Occurrence).where(Occurrence.event_id == event),
        )
        == 4
    )
    assert (
        server_scalar(
            any_server,
            select(func.count())
            .select_from(CatalogueChange)
            .where(CatalogueChange.entity_id == event),
        )
        == 2
    )  # created, dates added

    synced(sync_cashier)  # pulls the new show, then is leased places of its dates
    synced(sync_cashier)
    first = min(created, key=lambda oid: cashier.occurrence(oid).starts_at)
    show = cashier.occurrence(first)
    assert show.event_name == "Les Grandes Gueules" and show.capacity == 900
    assert show.allotment and show.allotment > 0
    names = {c.name: c.price for c in cashier.categories(first)}
    assert names == {"Adulte": 3950, "Famille": 9900}
    sale = sell_cash(cashier, first, adult=2)
    synced(sync_cashier)
    sold = server_scalar(any_server, select(Occurrence.sold).where(Occurrence.id == first))
    assert sold == 2
    assert sale.total == 3950 * 2 + round(3950 * 2 * 0.14975)


def test_two_offline_edits_of_one_date_the_later_wins_field_by_field(
    server: ServerProcess, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    morning, sync_morning = paired_counter(server, tmp_path, "Bureau")
    evening, sync_evening = paired_counter(server, tmp_path, "Accueil")
    first, second = supervisor(morning), supervisor(evening)
    tomorrow = datetime.now(QUEBEC).date() + timedelta(days=1)
    swim = next(
        d
        for d in first.dates.list(DateFilter(first_day=tomorrow, last_day=tomorrow))
        if d.event_name == "Bain libre" and d.starts_at.astimezone(QUEBEC).hour == 18
    )
    lists = {p.name: p.id for p in first.prices.price_lists()}
    # Both saw the date as it is (60 places); neither has pushed since.
    now = datetime.now(UTC)
    assert isinstance(morning.clock, Clock) and isinstance(evening.clock, Clock)
    morning.clock.now = now - timedelta(minutes=30)
    first.dates.edit(
        swim,
        {"capacity": 50, "cancel_minutes": 30, "price_list_id": lists["Théâtre — régulier"]},
    )
    evening.clock.now = now - timedelta(minutes=5)
    second.dates.edit(second.dates.get(swim.id), {"capacity": 45}, add_tags=["bain-soir"])
    # The later edit reaches the server first, the earlier one after it.
    synced(sync_evening)
    sync_morning.sync()
    for engine in (sync_morning, sync_evening):
        engine.sync()
    for counter in (morning, evening):
        seen = counter.back_office().dates.get(swim.id)
        assert seen.capacity == 45  # the later edit's, though it arrived first
        assert seen.cancel_minutes == 30  # only the earlier edit changed it: kept
        assert seen.price_list_name == "Théâtre — régulier"
        assert seen.tags == ("bain-soir",)
    engine = make_engine(server.db_url)
    try:
        with engine.connect() as conn:
            (details,) = conn.execute(
                select(Conflict.details).where(Conflict.reason == "date_edit_overwritten")
            ).one()
    finally:
        engine.dispose()
    assert details["fields"] == [{"field": "capacity", "lost": 50, "kept": 45}]
    # The conflicts console tells a supervisor, in words, what was overwritten.
    from guichet.ui.messages import message_for_code

    words = message_for_code("date_edit_overwritten", details, "fr")
    assert "Capacité\u00a0: 50 remplacé par 45" in words and "Bain libre" in words
    assert "Capacity: 50 replaced by 45" in message_for_code("date_edit_overwritten", details, "en")


def test_the_server_refuses_a_back_office_command_a_cashier_sent(
    server: ServerProcess, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    """A counter refuses it itself; one that sends it anyway (a command written into its
    outbox by hand) is refused by the server, which keeps nothing of it."""
    counter, engine = paired_counter(server, tmp_path, "Caisse 3")
    cashier = counter.actor
    assert cashier is not None and cashier.role is Role.CASHIER
    forged = SaveVenue("9b1f4a0e-0000-4000-8000-000000000001", "Salle pirate", created=True)
    with counter.session_factory() as session, session.begin():
        from guichet.models.tables import Terminal

        terminal = session.get(Terminal, counter.terminal_id)
        assert terminal is not None
        session.add(
            OutboxEntry(
                command_id="9b1f4a0e-0000-4000-8000-0000000000aa",
                command_type=forged.type_name,
                terminal_id=counter.terminal_id,
                sequence=terminal.next_sequence,
                occurred_at=datetime.now(UTC),
                user_id=cashier.user_id,
                payload=forged.to_payload(),
            )
        )
        terminal.next_sequence += 1
    status = engine.sync()
    assert status.rejected == 1
    with counter.session_factory() as session:
        reason = session.scalar(
            select(OutboxEntry.push_reason).where(OutboxEntry.command_type == "venue.save")
        )
    assert reason == "forbidden"
    assert (
        server_scalar(
            server, select(func.count()).select_from(Venue).where(Venue.name == "Salle pirate")
        )
        == 0
    )


def test_a_supervisor_cannot_make_an_owner_even_through_the_server(
    server: ServerProcess, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    counter, engine = paired_counter(server, tmp_path, "Caisse 4")
    office = supervisor(counter)
    from guichet.domain.errors import DomainError

    with pytest.raises(DomainError) as refused:
        office.staff.add("Nouvelle Patronne", Role.OWNER, "4321", "4321")
    assert refused.value.code == "owner_required"
    added = office.staff.add("Nouveau Caissier", Role.CASHIER, "4321", "4321")
    synced(engine)
    engine_db = make_engine(server.db_url)
    try:
        with engine_db.connect() as conn:
            from guichet.models.tables import User

            role = conn.execute(select(User.role).where(User.id == added)).scalar_one()
    finally:
        engine_db.dispose()
    assert role == "cashier"



def test_a_counter_takes_its_venue_and_profile_from_the_server_and_keeps_its_numbering(
    server: ServerProcess, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    """The IT person moves a counter to the theatre and gives it the box-office profile on
    the server (`admin terminal`): the counter itself shows it after its next sync (its
    promotions for that profile price as the server's do), and its receipt numbers stay its
    own."""
    from guichet.models.tables import Terminal
    from tests.integration.test_sync_server import guichet

    counter, engine = paired_counter(server, tmp_path, "Caisse 1")
    # A date still on sale whatever the hour the suite runs (the counter runs on real time).
    occurrence = next(
        o
        for day in (counter.today(), counter.today() + timedelta(days=1))
        for o in counter.occurrences(day)
        if o.ends_at > counter.clock()
    )
    sell_cash(counter, occurrence.id, adult=1)
    synced(engine)
    with counter.session_factory() as session:
        before = session.get(Terminal, counter.terminal_id)
        assert before is not None
        numbers = (before.next_sequence, before.next_receipt_number)
    moved = guichet(
        "server", "--db", server.db_url, "admin", "terminal", counter.terminal_id,
        "--venue", "theatre du quai", "--profile", "Billetterie",
    )  # fmt: skip
    assert moved.returncode == 0, moved.stderr
    synced(engine)
    this = counter.back_office().terminals.this()
    assert (this.profile, this.venue_name) == ("Billetterie", "Théâtre du Quai")
    with counter.session_factory() as session:
        after = session.get(Terminal, counter.terminal_id)
        assert after is not None and after.is_local
        assert (after.next_sequence, after.next_receipt_number) == numbers
    sell_cash(counter, occurrence.id, adult=1)  # the next receipt number follows its own
    synced(engine)
