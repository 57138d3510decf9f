"""Booking with a card: what may be booked, for whom, and the uses it leaves (issue 20).

Pure rules: the handler (guichet/services/handlers_cards.py, ``book_with_card``) reads the
card, the date, the account's members and who is already booked, asks :func:`plan_booking`,
then writes what it answers. Some refusals the central server may tolerate for a command a
counter made offline (the people were told they were in): those go through ``refuse``, in
the order the rules meet them, which raises them or notes a conflict; the others raise.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from guichet.domain.cards import (
    AlacarteSettings,
    CardFacts,
    Participant,
    check_participants,
    check_registration,
    check_uses,
    check_within_terms,
    judge,
)
from guichet.domain.errors import DomainError

#: Raises the refusal, or (on the server, for a command made offline) notes it as a conflict.
Refuse = Callable[[DomainError], None]


@dataclass(frozen=True)
class BookedDate:
    """The date asked for, as the rules see it."""

    activity_id: str | None
    day: date  # the organisation's day it starts on
    starts_at: datetime
    ends_at: datetime
    registration: AlacarteSettings  # its registration window


@dataclass(frozen=True)
class BookingPlan:
    participants: tuple[Participant, ...]  # in the order asked, members by their names
    uses_taken: int  # the card's, once booked
    remaining_uses: int | None  # None: unlimited


def participants_of(
    requests: Sequence[tuple[str | None, str]], members: Mapping[str, str]
) -> tuple[Participant, ...]:
    """The people asked for ((member id or None, name) each): a member of the account by the
    name the account gives; refused when a member id is not the account's."""
    people = tuple(
        Participant(member_id, members.get(member_id, name) if member_id else name)
        for member_id, name in requests
    )
    for person in people:
        if person.member_id is not None and person.member_id not in members:
            raise DomainError("not_a_member", name=person.name)
    return people


def plan_booking(
    card: CardFacts,
    booked: BookedDate,
    requests: Sequence[tuple[str | None, str]],
    *,
    today: date,
    now: datetime,
    holder_member_id: str | None,
    members: Mapping[str, str],
    already_booked: Collection[str | None],
    refuse: Refuse,
) -> BookingPlan:
    """Whether ``card`` may book ``requests`` on ``booked`` now, and what it leaves.

    ``members``: the account's active members (id -> name); ``already_booked``: the members
    this card has booked on that date already (not cancelled)."""
    verdict = judge(card, today, booked.activity_id)
    if not verdict.verdict.is_valid:
        refuse(DomainError(f"card_{verdict.verdict.value}", text=card.code))
    check_within_terms(card.terms, booked.day)
    try:
        check_registration(booked.registration, booked.starts_at, booked.ends_at, now)
    except DomainError as error:
        refuse(error)
    people = participants_of(requests, members)
    check_participants(
        card.terms,
        people,
        holder_member_id=holder_member_id,
        account_member_ids=frozenset(members),
    )
    try:
        check_uses(card, len(people))
    except DomainError as error:
        refuse(error)
    for person in people:
        if person.member_id in already_booked:
            raise DomainError("already_booked", name=person.name)
    taken = card.uses_taken + len(people)
    remaining = None if card.terms.uses is None else card.terms.uses - taken
    return BookingPlan(people, taken, remaining)
