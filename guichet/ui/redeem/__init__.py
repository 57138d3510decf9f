"""The scanning window ("passages"): gift packages (forfaits cadeaux) and passes (laissez-passer).

A scan field that always has the keyboard: a keyboard-wedge scanner types the code and Entrée,
or the cashier types it (spaces, dashes and lower case are fine: the service normalises). The
verdict then fills the window in colour, in words a cashier reads at arm's length:

- green: VALIDE, with the holder, the passages left (or "Illimité"), the last valid day and
  the eligible activities;
- red: expired, used up, unknown code, not activated, blocked, cancelled, not eligible for the
  activity in progress, exclusive card with a booking in progress (which one);
- amber: "Vérifiez le code" (the check character does not match: a typo) and "Pas encore
  valide".

From a VALID verdict the cashier picks a day and an eligible occurrence, ticks the members (a
family pass: every member of the account; an individual pass: its holder; a gift package
without an account: a name for each person) and books: one passage per person, one ticket
printed per booking. The card's upcoming bookings are listed with "Présent" (check-in) and
"Annuler" (only within the limit and where the card allows it; otherwise the refusal is
written on the line).

"Séance en cours" judges every scan for that occurrence's activity, and "Réserver au scan"
books the holder (one person) on a VALID scan. A scanner that repeats itself (the same code
within 2 s) never books twice: the service marks the repeat and the window also keeps its own
2-second guard per card.

Entrée scans; with the field empty it books (« Réserver (Entrée) »). Échap clears the verdict
back to "Scannez une carte". The focus comes back to the scan field after every click, booking
or cancellation, except when a booking needs a participant's name: then the first empty name
has it (Entrée there books too). A valid card opens the booking panel on the first day, from
today, with an occurrence it may book (not on a day whose occurrences are all closed).

The window is made of parts with one job each, talking through signals:

- ``window``: ``RedeemWindow``, the composition; it asks the cards desk and keeps the focus;
- ``scan_header``: ``ScanHeader``, the scan field, « Séance en cours », « Réserver au scan »;
- ``verdict``: ``VerdictPanel``, the coloured band with the card's summary;
- ``side_panel``: ``SidePanel``, the right-hand frame: booking panel, message, bookings;
- ``booking_panel``: ``BookingPanel``, the day, the session, the people and « Réserver »;
- ``sessions``: ``SessionChooser``, ◀ day ▶ and the card's eligible occurrences;
- ``participants``: ``ParticipantPicker``, « Pour qui ? »: members ticked or names typed;
- ``bookings``: ``UpcomingBookings`` and ``BookingRow``, « Présent » and « Annuler »;
- ``scan_booking``: who a scan books, and never twice within 2 s (no screen);
- ``words``: ``RedeemWords``, verdicts, refusals, passages and moments in words.
"""

from __future__ import annotations

from guichet.ui.redeem.booking_panel import OPEN_DAY_LOOKAHEAD, BookingPanel
from guichet.ui.redeem.bookings import BookingRow, UpcomingBookings
from guichet.ui.redeem.participants import MAX_PARTICIPANT_ROWS, ParticipantPicker
from guichet.ui.redeem.scan_booking import RepeatGuard, person_for_scan
from guichet.ui.redeem.scan_header import MAX_CODE_LENGTH, ScanHeader
from guichet.ui.redeem.sessions import COMPACT, MAX_LIST_ROWS, OCCURRENCE_ROLE, SessionChooser
from guichet.ui.redeem.side_panel import SidePanel
from guichet.ui.redeem.verdict import VERDICT_TONES, VerdictPanel
from guichet.ui.redeem.window import RedeemWindow
from guichet.ui.redeem.words import RedeemWords
from guichet.ui.scanning import TONES

__all__ = [
    "COMPACT",
    "MAX_CODE_LENGTH",
    "MAX_LIST_ROWS",
    "MAX_PARTICIPANT_ROWS",
    "OCCURRENCE_ROLE",
    "OPEN_DAY_LOOKAHEAD",
    "TONES",
    "VERDICT_TONES",
    "BookingPanel",
    "BookingRow",
    "ParticipantPicker",
    "RedeemWindow",
    "RedeemWords",
    "RepeatGuard",
    "ScanHeader",
    "SessionChooser",
    "SidePanel",
    "UpcomingBookings",
    "VerdictPanel",
    "person_for_scan",
]
