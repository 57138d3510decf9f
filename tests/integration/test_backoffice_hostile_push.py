"""A paired counter that sends broken or hostile back-office commands (a stolen counter, a
bug, a hand-edited outbox): the server answers each one ``rejected`` with a reason — never a
server error — keeps nothing of it, and the counter's next command still goes through. On
SQLite and on PostgreSQL (whose JSON refuses a NUL: a refusal must not echo one)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.orm import Session, sessionmaker

from guichet.domain.commands import Envelope
from guichet.models.db import make_engine, upgrade
from guichet.models.tables import CatalogueChange, User, Venue
from guichet.server.core import ServerCore
from guichet.services.demo import load_demo
from tests.integration.people_helpers import grant_for, proven

ROOT = "postgresql+psycopg://postgres@127.0.0.1:5432"
NUL, LONE = "\x00", "\ud800"
BIG = 2**70


@pytest.fixture(params=["sqlite", "postgresql"])
def factory(request: pytest.FixtureRequest, tmp_path: Any) -> Iterator[sessionmaker[Session]]:
    admin = None
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    else:
        name = f"guichet_hostile_{uuid.uuid4().hex[:10]}"
        admin = create_engine(f"{ROOT}/postgres", isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        url = f"{ROOT}/{name}"
    engine = make_engine(url)
    try:
        upgrade(engine)
        made = sessionmaker(engine, expire_on_commit=False)
        load_demo(made, days=1, promotions=False, seating=False, cards=False)
        yield made
    finally:
        engine.dispose()
        if admin is not None:
            with admin.connect() as conn:
                conn.execute(
                    text(f'DROP DATABASE IF EXISTS "{url.rsplit("/", 1)[1]}" WITH (FORCE)')
                )
            admin.dispose()


def hostile(ids: dict[str, str]) -> list[tuple[str, dict[str, Any]]]:
    """Back-office commands whose fields have the wrong type, a NUL, a lone surrogate, an
    integer past 2^63, an unknown id, a missing field."""
    venue, event, prices, category = ids["venue"], ids["event"], ids["prices"], ids["category"]
    new = str(uuid.uuid4())
    good_event = {"event_id": new, "kind": "show", "name_fr": "Spectacle", "venue_id": venue,
                  "price_list_id": prices, "activity_id": new, "created": True}  # fmt: skip
    return [
        ("venue.save", {"venue_id": new, "name": f"Salle{NUL}", "created": True}),
        ("venue.save", {"venue_id": new, "name": ["Salle"], "created": True}),
        ("venue.save", {"venue_id": new, "name": {"fr": "Salle"}, "created": True}),
        ("venue.save", {"venue_id": new, "name": BIG, "created": True}),
        ("venue.save", {"venue_id": new, "name": "Salle", "address": LONE, "created": True}),
        ("venue.save", {"venue_id": None, "name": "Salle", "created": True}),
        ("venue.save", {"name": "Salle sans id"}),
        ("hall.save", {"hall_id": new, "venue_id": venue, "name": "Salle B", "capacity": BIG,
                       "created": True}),  # fmt: skip
        ("hall.save", {"hall_id": new, "venue_id": venue, "name": "Salle B", "capacity": "12",
                       "created": True}),  # fmt: skip
        ("event.save", {**good_event, "defaults": "longue"}),
        ("event.save", {**good_event, "defaults": {"capacity": "abc"}}),
        ("event.save", {**good_event, "defaults": {"duration_minutes": BIG}}),
        ("event.save", {**good_event, "tags": [1, 2]}),
        ("event.save", {**good_event, "price_list_id": f"x{NUL}"}),
        ("event.save", {**good_event, "kind": f"cirque{NUL}"}),
        ("occurrence.add", {"event_id": event, "dates": [
            {"occurrence_id": new, "starts_at": f"2027-01-01{NUL}", "ends_at": 5}]}),
        ("occurrence.add", {"event_id": event, "dates": "2027-01-01"}),
        ("occurrence.add", {"event_id": event, "capacity": BIG, "dates": [
            {"occurrence_id": new, "starts_at": "2027-01-01T20:00:00-05:00",
             "ends_at": "2027-01-01T22:00:00-05:00"}]}),
        ("occurrence.add", {"event_id": event, "dates": [
            {"occurrence_id": new, "starts_at": "2027-01-01T20:00:00",
             "ends_at": "2027-01-01T22:00:00"}]}),  # naive times
        ("occurrence.edit", {"occurrence_id": ids["date"], "changes": ["capacity"],
                             "before": {}}),  # fmt: skip
        ("occurrence.edit", {"occurrence_id": ids["date"], "changes": {"capacity": BIG},
                             "before": {}}),  # fmt: skip
        ("occurrence.edit", {"occurrence_id": ids["date"], "changes": {"starts_at": LONE},
                             "before": {}}),  # fmt: skip
        ("occurrence.edit", {"occurrence_id": ids["date"], "changes": {f"x{NUL}": 1},
                             "before": {}}),  # fmt: skip
        ("occurrence.bulk_edit", {"occurrence_ids": [BIG], "changes": {"capacity": 5}}),
        ("occurrence.bulk_edit", {"occurrence_ids": [ids["date"]], "changes": {"capacity": -5}}),
        ("occurrence.cancel", {"occurrence_ids": [ids["date"]], "reason": NUL}),
        ("price_list.save", {"price_list_id": new, "name": "Liste", "prices": {category: "12,50"},
                             "created": True}),  # fmt: skip
        ("price_list.save", {"price_list_id": new, "name": "Liste", "prices": {category: BIG},
                             "created": True}),  # fmt: skip
        ("price_list.save", {"price_list_id": new, "name": "Liste", "prices": [1],
                             "created": True}),  # fmt: skip
        ("category.save", {"category_id": new, "code": f"x{NUL}", "name_fr": "X",
                           "created": True}),  # fmt: skip
        ("category.order", {"category_ids": [category, category]}),
        ("user.save", {"user_id": new, "name": "Pirate", "role": f"owner{NUL}", "created": True,
                       "pin_hash": "$argon2id$x"}),  # fmt: skip
        ("user.save", {"user_id": new, "name": "Pirate", "role": "cashier", "created": True,
                       "pin_hash": f"1234{NUL}"}),  # fmt: skip
        ("user.set_pin", {"user_id": ids["owner"], "pin_hash": "1234"}),
        ("organisation.save", {"name": "X", "address": "", "timezone": f"America/{NUL}",
                               "locale": "fr_CA", "gst_number": "", "qst_number": "",
                               "gst_rate": "NaN", "qst_rate": "0.09975",
                               "cash_increment": 5, "receipt_header": "",
                               "receipt_footer": ""}),  # fmt: skip
        ("organisation.save", {"name": "X", "address": "", "timezone": "America/Toronto",
                               "locale": "fr_CA", "gst_number": "", "qst_number": "",
                               "gst_rate": "0.05", "qst_rate": "0.09975",
                               "cash_increment": "5", "receipt_header": "",
                               "receipt_footer": ""}),  # fmt: skip
        ("organisation.set_up", {"name": "Deuxième", "owner_id": new, "owner_name": "X",
                                 "owner_pin_hash": "$argon2id$x"}),  # fmt: skip
        ("programme.import", {"events": [], "dates": [{"occurrence_id": new, "event_id": event,
                              "starts_at": "demain", "ends_at": "après", "capacity": 1}]}),
        ("terminal.save", {"terminal_id": ids["terminal"], "name": f"Caisse{NUL}"}),
    ]  # fmt: skip


def test_hostile_back_office_commands_are_refused_one_by_one(
    factory: sessionmaker[Session],
) -> None:
    core = ServerCore(factory)
    paired = core.pair(core.create_pairing_code(), "Caisse volée")
    with factory() as session:
        owner = session.scalars(select(User).where(User.role == "owner")).one()
        from guichet.models.tables import Event, Occurrence, PriceList, TicketCategory

        event = session.scalars(select(Event)).first()
        date = session.scalars(select(Occurrence)).first()
        ids = {
            "venue": session.scalars(select(Venue.id)).first(),
            "event": event.id if event else "",
            "date": date.id if date else "",
            "prices": session.scalars(select(PriceList.id)).first(),
            "category": session.scalars(select(TicketCategory.id)).first(),
            "owner": owner.id,
            "terminal": paired.terminal_id,
        }
        venues_before = session.scalar(select(func.count(Venue.id)))
        history_before = session.scalar(select(func.count(CatalogueChange.id)))
    commands = hostile(ids)  # type: ignore[arg-type]
    # Marie's PIN checked by the server: her commands are refused for what they hold, not
    # for want of a proof (that refusal: tests/integration/test_server_people.py).
    marie = grant_for(factory, paired.terminal_id, owner.id, "9999")
    envelopes = [
        proven(Envelope(
            str(uuid.uuid4()), kind, paired.terminal_id, n, datetime.now(UTC), owner.id, payload
        ), marie)  # fmt: skip
        for n, (kind, payload) in enumerate(commands, start=1)
    ]
    answers = core.push(paired.terminal_id, envelopes)
    assert [a.status for a in answers] == ["rejected"] * len(commands), [
        (kind, a.status, a.reason) for (kind, _), a in zip(commands, answers, strict=True)
    ]
    assert all(a.reason for a in answers)
    with factory() as session:
        assert session.scalar(select(func.count(Venue.id))) == venues_before
        assert session.scalar(select(func.count(CatalogueChange.id))) == history_before
    # The counter's numbers followed: its next (sound) command goes through.
    sound = proven(Envelope(
        str(uuid.uuid4()), "venue.save", paired.terminal_id, len(commands) + 1,
        datetime.now(UTC), owner.id,
        {"venue_id": str(uuid.uuid4()), "name": "Salle sûre", "created": True},
    ), marie)  # fmt: skip
    (answer,) = core.push(paired.terminal_id, [sound])
    assert answer.status == "accepted", answer
