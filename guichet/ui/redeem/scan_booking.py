"""« Réserver au scan »: who a VALID scan books, and never twice for one card within 2 s.

One job, no screen: the cards desk marks a code scanned twice in a row, but it remembers one
code only; a scanner repeating a code after another code in between must not book twice
either, so the window keeps its own memory per card (``RepeatGuard``). ``person_for_scan``
picks the one person a scan books.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from guichet.domain.cards import SCAN_REPEAT_WINDOW
from guichet.services.cards import ScanResult
from guichet.ui.redeem.participants import Participant


class RepeatGuard:
    """The last booking on scan per card, forgotten after ``window``."""

    def __init__(self, window: timedelta = SCAN_REPEAT_WINDOW) -> None:
        self.window = window
        self.last: dict[str, datetime] = {}  # card id -> last booking on scan

    def is_repeat(self, card_id: str, now: datetime) -> bool:
        last = self.last.get(card_id)
        return last is not None and now - last < self.window

    def remember(self, card_id: str, now: datetime) -> None:
        self.last = {card: at for card, at in self.last.items() if now - at < self.window}
        self.last[card_id] = now


def person_for_scan(result: ScanResult, occurrence_id: str, holder: str) -> Participant | None:
    """The card's own member, else the next member not booked into ``occurrence_id`` yet
    (None: all are), else the holder's name (``holder`` when the card has none)."""
    if result.member_id:
        member = next((m for m in result.members if m.id == result.member_id), None)
        if member is not None:
            return member.id, member.name
    if result.members:
        already = {b.member_id for b in result.bookings if b.occurrence_id == occurrence_id}
        free = [m for m in result.members if m.id not in already]
        return (free[0].id, free[0].name) if free else None
    return None, result.holder_name or result.customer_name or holder


__all__ = ["RepeatGuard", "person_for_scan"]
