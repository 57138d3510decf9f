"""A new organisation: what the set-up assistant and ``guichet init`` ask, checked, then made
by the back office's first command. The demo is built by the same commands
(:mod:`guichet.services.demo`)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from guichet.domain import catalogue as rules
from guichet.domain.auth import validate_pin_format
from guichet.domain.commands_backoffice import SetUpOrganisation
from guichet.domain.errors import DomainError
from guichet.domain.staff import title_form
from guichet.models.base import utcnow
from guichet.models.tables import Organisation, Terminal
from guichet.services.bus import CommandBus
from guichet.services.pins import hash_pin

DEFAULT_TIMEZONE = "America/Toronto"  # Quebec observes Eastern time
LANG_LOCALES = {"fr": "fr_CA", "en": "en_CA"}
#: Canada's zones, east to west, offered first by the set-up assistant (the IANA database
#: names Quebec's Eastern time after Toronto; Blanc-Sablon keeps Atlantic time all year).
CANADIAN_TIMEZONES = (
    "America/Toronto",
    "America/Blanc-Sablon",
    "America/Halifax",
    "America/Moncton",
    "America/Glace_Bay",
    "America/Goose_Bay",
    "America/St_Johns",
    "America/Iqaluit",
    "America/Atikokan",
    "America/Winnipeg",
    "America/Rankin_Inlet",
    "America/Resolute",
    "America/Regina",
    "America/Swift_Current",
    "America/Edmonton",
    "America/Cambridge_Bay",
    "America/Inuvik",
    "America/Creston",
    "America/Dawson_Creek",
    "America/Fort_Nelson",
    "America/Whitehorse",
    "America/Dawson",
    "America/Vancouver",
)


def timezone_choices() -> list[str]:
    """The zones a person may pick: Canada's first, then every other IANA zone by name."""
    from zoneinfo import available_timezones

    known = available_timezones()
    canadian = [zone for zone in CANADIAN_TIMEZONES if zone in known]
    others = sorted(zone for zone in known if zone not in canadian and "/" in zone)
    return canadian + others


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


@dataclass(frozen=True)
class OrganisationDraft:
    """What the set-up assistant asks, as typed (rates in percent, "9,975")."""

    name: str
    owner_name: str
    owner_pin: str
    owner_pin_again: str | None = None  # None: not asked twice (``guichet init``)
    address: str = ""
    timezone: str = DEFAULT_TIMEZONE
    lang: str = "fr"
    gst_number: str = ""
    qst_number: str = ""
    gst_rate: str = "5"
    qst_rate: str = "9,975"
    cash_increment: int = 5
    receipt_header: str = ""
    receipt_footer: str = ""
    terminal_name: str = "Caisse 1"
    # The owner's title in French: "feminine" (« Caissière » on her receipts), "masculine", "".
    owner_title_form: str = ""


def check_particulars(draft: OrganisationDraft) -> None:
    """The assistant's first page: name, address, time zone, language."""
    rules.clean_text(draft.name, "organisation_name")
    rules.clean_lines(draft.address, "address")
    rules.check_timezone(draft.timezone)
    if draft.lang not in LANG_LOCALES:
        raise DomainError("locale_unknown", locale=draft.lang)
    rules.clean_text(draft.terminal_name, "terminal_name", 80)


def check_taxes(draft: OrganisationDraft) -> None:
    """Registration numbers (optional: they print once set), rates, cash rounding."""
    rules.check_registration(draft.gst_number, "gst_number")
    rules.check_registration(draft.qst_number, "qst_number")
    rules.parse_rate(draft.gst_rate)
    rules.parse_rate(draft.qst_rate)
    rules.check_cash_increment(draft.cash_increment)


def check_receipt(draft: OrganisationDraft) -> None:
    rules.clean_lines(draft.receipt_header, "receipt_header", rules.RECEIPT_TEXT_MAX)
    rules.clean_lines(draft.receipt_footer, "receipt_footer", rules.RECEIPT_TEXT_MAX)


def check_owner(draft: OrganisationDraft) -> None:
    rules.clean_text(draft.owner_name, "person_name", 120)
    validate_pin_format(draft.owner_pin)
    if draft.owner_pin_again is not None and draft.owner_pin_again != draft.owner_pin:
        raise DomainError("pin_mismatch")
    title_form(draft.owner_title_form)


def check_draft(draft: OrganisationDraft) -> None:
    for check in (check_particulars, check_taxes, check_receipt, check_owner):
        check(draft)


def set_up_command(draft: OrganisationDraft, owner_id: str | None = None) -> SetUpOrganisation:
    """The draft, checked, as the organisation's first command (the PIN hashed here)."""
    check_draft(draft)
    return SetUpOrganisation(
        name=draft.name,
        owner_id=owner_id or str(uuid.uuid4()),
        owner_name=draft.owner_name,
        owner_pin_hash=hash_pin(draft.owner_pin),
        address=draft.address,
        timezone=rules.check_timezone(draft.timezone),
        locale=LANG_LOCALES[draft.lang],
        gst_number=rules.check_registration(draft.gst_number, "gst_number"),
        qst_number=rules.check_registration(draft.qst_number, "qst_number"),
        gst_rate=str(rules.parse_rate(draft.gst_rate)),
        qst_rate=str(rules.parse_rate(draft.qst_rate)),
        cash_increment=draft.cash_increment,
        receipt_header=draft.receipt_header,
        receipt_footer=draft.receipt_footer,
        owner_title_form=title_form(draft.owner_title_form).value,
    )


def bootstrap(
    session_factory: sessionmaker[Session],
    command: SetUpOrganisation,
    terminal_name: str,
    *,
    clock: Callable[[], datetime] = utcnow,
    outbox: bool = True,
) -> LocalSetup:
    """Make an empty database an organisation's: its row, this counter's (or the server's)
    terminal, then its first command, all in one transaction (nothing half made)."""
    with session_factory() as session, session.begin():
        if session.scalar(select(func.count(Organisation.id))):
            raise DomainError("already_set_up")
        organisation = Organisation(
            id=str(uuid.uuid4()), name=command.name, timezone=command.timezone
        )
        session.add(organisation)
        session.flush()
        terminal = Terminal(
            id=str(uuid.uuid4()),
            organisation_id=organisation.id,
            name=" ".join(terminal_name.split())[:80] or "Caisse 1",
            is_local=True,
        )
        session.add(terminal)
        session.flush()
        bus = CommandBus(session_factory, terminal.id, clock, outbox=outbox)
        bus.dispatch_in(session, command, None)
        return LocalSetup(organisation.id, terminal.id)


def create_organisation(
    session_factory: sessionmaker[Session],
    draft: OrganisationDraft,
    *,
    clock: Callable[[], datetime] = utcnow,
    outbox: bool = True,
) -> LocalSetup:
    """The set-up assistant's and ``guichet init``'s work: refuses (nothing written) a draft
    with any bad field, or a database that already holds an organisation."""
    if not is_empty(session_factory):
        raise DomainError("already_set_up")
    command = set_up_command(draft)
    return bootstrap(session_factory, command, draft.terminal_name, clock=clock, outbox=outbox)

