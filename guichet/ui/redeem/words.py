"""The scanning window's words: verdicts, why a card is refused, passages left, when a booking is.

One job: turn what the cards desk answers (a ``ScanResult``, a refusal code, a moment) into the
words a cashier reads at arm's length, in the counter's language and the organisation's time
zone. Every part of the window asks here, so that a verdict or a day is said the same way in
the verdict band, the session list and the booking lines.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QObject

from guichet.domain.cards import CardKind, Verdict
from guichet.i18n.formatting import day_format, local, long_date, time_of_day
from guichet.services.cards import ScanResult
from guichet.services.counter import Counter
from guichet.services.views import OccurrenceView
from guichet.ui.messages import message_for_code


class RedeemWords(QObject):
    """``RedeemWords(counter)``: the counter gives today, the time zone and the language."""

    def __init__(self, counter: Counter, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.counter = counter

    @property
    def tz(self) -> str:
        return self.counter.organisation.timezone

    @property
    def lang(self) -> str:
        return self.counter.lang

    # --- moments --------------------------------------------------------------------------

    def time(self, moment: datetime) -> str:
        """ "18 h" / "6:00 p.m."."""
        return time_of_day(moment, self.tz, self.lang)

    def when(self, moment: datetime) -> str:
        """ "aujourd'hui, 18 h", "demain, 15 h 30" or "lun. 7 déc., 13 h"."""
        day = local(moment, self.tz).date()
        hour = self.time(moment)
        today = self.counter.today()
        if day == today:
            return self.tr("aujourd'hui, {time}").format(time=hour)
        if day == today + timedelta(days=1):
            return self.tr("demain, {time}").format(time=hour)
        return self.tr("{day}, {time}").format(day=self.short_day(day), time=hour)

    def short_day(self, day: date) -> str:
        """ "sam. 5 déc." / "Sat, Dec 5"."""
        pattern = "EEE d MMM" if self.lang == "fr" else "EEE, MMM d"
        return day_format(day, pattern, self.lang)

    def long_day(self, day: date) -> str:
        """ "samedi 5 décembre 2026"."""
        return long_date(day, self.lang)

    # --- refusals and verdicts ------------------------------------------------------------

    def refusal(self, code: str) -> str:
        """A refusal code of the lists (they come without their details) in words."""
        short = {
            "registration_closed": self.tr("Inscriptions fermées"),
            "registration_not_open": self.tr("Inscriptions pas encore ouvertes"),
            "capacity_exceeded": self.tr("Complet"),
            "cancellation_limit_passed": self.tr(
                "Trop tard pour annuler\u00a0: la limite d'annulation est passée."
            ),
        }
        return short.get(code) or message_for_code(code, {}, self.lang)

    def verdict(self, verdict: Verdict) -> str:
        return {
            Verdict.VALID: self.tr("VALIDE"),
            Verdict.CHECK_CODE: self.tr("Vérifiez le code"),
            Verdict.UNKNOWN: self.tr("Code inconnu"),
            Verdict.INACTIVE: self.tr("Carte pas encore activée"),
            Verdict.BLOCKED: self.tr("Carte bloquée"),
            Verdict.VOID: self.tr("Carte annulée"),
            Verdict.NOT_YET_VALID: self.tr("Pas encore valide"),
            Verdict.EXPIRED: self.tr("Carte expirée"),
            Verdict.USED_UP: self.tr("Passages épuisés"),
            Verdict.NOT_ELIGIBLE: self.tr("Non admissible pour cette activité"),
            Verdict.EXCLUSIVE_BOOKED: self.tr("Carte exclusive\u00a0: réservation en cours"),
        }[verdict]

    def explanation(self, result: ScanResult, activity: str) -> str:
        """The line under the verdict: why, and what to do (``activity``: the name of the
        session in progress, for a card not eligible for it)."""
        verdict = result.verdict
        if verdict is Verdict.CHECK_CODE:
            return self.tr("Un caractère est mal saisi\u00a0: relisez le code et retapez-le.")
        if verdict is Verdict.UNKNOWN:
            return self.tr("Aucun forfait ni laissez-passer ne porte ce code.")
        if verdict is Verdict.INACTIVE:
            return self.tr("Cette carte doit d'abord être vendue à un guichet.")
        if verdict is Verdict.BLOCKED:
            return self.tr("Arrêtée par un superviseur (perte, vol). Ne pas accepter.")
        if verdict is Verdict.VOID:
            return self.tr("Sa vente a été remboursée. Ne pas accepter.")
        if verdict is Verdict.NOT_YET_VALID and result.starts_on:
            return self.tr("Valide à partir du {day}.").format(day=self.long_day(result.starts_on))
        if verdict is Verdict.EXPIRED and result.expires_on:
            return self.tr("Dernier jour de validité\u00a0: {day}.").format(
                day=self.long_day(result.expires_on)
            )
        if verdict is Verdict.USED_UP:
            return self.tr("Tous les passages ({count}) ont été utilisés.").format(
                count=result.uses or 0
            )
        if verdict is Verdict.NOT_ELIGIBLE:
            return self.tr("Cette carte ne donne pas accès à {activity}.").format(activity=activity)
        if verdict is Verdict.EXCLUSIVE_BOOKED:
            blocking = result.blocking_booking
            if blocking is None:
                return self.tr("Une seule réservation à la fois avec cette carte.")
            return self.tr("{event} — {when} ({participant})").format(
                event=blocking.event_name,
                when=self.when(blocking.starts_at),
                participant=blocking.participant,
            )
        return ""

    # --- the card -------------------------------------------------------------------------

    def uses(self, result: ScanResult) -> str:
        if result.uses is None:
            return self.tr("Illimité")
        left = result.remaining_uses or 0
        if left <= 1:
            return self.tr("{count} passage restant sur {total}").format(
                count=left, total=result.uses
            )
        return self.tr("{count} passages restants sur {total}").format(
            count=left, total=result.uses
        )

    def left(self, left: int | None) -> str:
        """ "18 passages restants" / "1 passage restant" / "passages illimités"."""
        if left is None:
            return self.tr("passages illimités")
        if left <= 1:
            return self.tr("{count} passage restant").format(count=left)
        return self.tr("{count} passages restants").format(count=left)

    def booked(
        self, names: str, occurrence: OccurrenceView | None, left: int | None, tickets: int
    ) -> str:
        """ "Réservé : Julie, Marc (Bain libre, aujourd'hui, 18 h). 18 passages restants.
        2 billets à l'impression." (``tickets``: 0 when the counter prints nothing)."""
        what = ""
        if occurrence is not None:
            what = self.tr("{event}, {when}").format(
                event=occurrence.event_name, when=self.when(occurrence.starts_at)
            )
        passages = self.left(left)
        text = self.tr("Réservé\u00a0: {names} ({what}). {left}.").format(
            names=names, what=what, left=passages[:1].upper() + passages[1:]
        )
        if tickets > 1:
            return f"{text} " + self.tr("{count} billets à l'impression.").format(count=tickets)
        if tickets == 1:
            return f"{text} " + self.tr("Billet à l'impression.")
        return text

    def kind(self, result: ScanResult) -> str:
        if result.kind is CardKind.PACKAGE:
            return self.tr("Forfait cadeau")
        if result.family:
            return self.tr("Laissez-passer familial")
        return self.tr("Laissez-passer")

    def holder(self, result: ScanResult) -> str:
        holder = result.holder_name or result.customer_name
        if not holder:
            return self.tr("Au porteur (sans nom)")
        return holder


__all__ = ["RedeemWords"]
