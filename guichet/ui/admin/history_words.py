"""A line of the back office's history as a sentence: "Date modifiée : Le Malade imaginaire,
5 déc. 2026, 20 h — capacité 320 → 300", "Liste de prix copiée : Régulier 2027",
"Personne désactivée : Thomas Lavoie".

Built from what the handlers record (``entity``, ``action``, ``details``: see
``services/handlers_staff.py``, ``handlers_catalogue.py``, ``handlers_schedule.py``); a line
this module does not know yet still says what it is about.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from guichet.domain.auth import Role
from guichet.i18n.errors import number
from guichet.i18n.formatting import local, money, time_of_day
from guichet.services.backoffice.views import HistoryLine
from guichet.ui.backoffice import short_date
from guichet.ui.login import role_name

NBSP = "\u00a0"
ARROW = f"{NBSP}→ "
#: At most this many changes are listed in one sentence (then "…").
MAX_CHANGES = 5


def t(text: str) -> str:
    return QCoreApplication.translate("history", text)


def entity_name(entity: str) -> str:
    names = {
        "user": t("Personne"),
        "organisation": t("Organisation"),
        "terminal": t("Guichet"),
        "venue": t("Lieu"),
        "hall": t("Salle"),
        "event": t("Événement"),
        "activity": t("Programme"),
        "occurrence": t("Date"),
        "category": t("Catégorie"),
        "price_list": t("Liste de prix"),
        "programme": t("Programme de saison"),
    }
    return names.get(entity, entity)


def field_name(field: str) -> str:
    """A changed field as the sentence names it ("capacité", "fuseau horaire")."""
    names = {
        # the organisation
        "name": t("nom"),
        "address": t("adresse"),
        "timezone": t("fuseau horaire"),
        "locale": t("langue"),
        "gst_number": t("n° de TPS"),
        "qst_number": t("n° de TVQ"),
        "cash_increment": t("arrondi du comptant"),
        "receipt_header": t("en-tête du reçu"),
        "receipt_footer": t("pied du reçu"),
        # events
        "name_en": t("nom anglais"),
        "description": t("description"),
        "venue": t("lieu"),
        "hall": t("salle"),
        "price_list": t("liste de prix"),
        "tags": t("étiquettes"),
        "active": t("mise en vente"),
        "accounting_account": t("poste comptable"),
        # dates
        "starts_at": t("début"),
        "ends_at": t("fin"),
        "capacity": t("capacité"),
        "price_list_id": t("liste de prix"),
        "alacarte_places": t("places à la carte"),
        "alacarte_price": t("prix à la carte"),
        "alacarte_pass_only": t("laissez-passer seulement"),
        "registration_opens_minutes": t("ouverture des inscriptions"),
        "registration_closes_minutes": t("fermeture des inscriptions"),
        "cancel_minutes": t("limite d'annulation"),
    }
    return names.get(field, field)


def when_text(moment: datetime, timezone: str, lang: str) -> str:
    """ "5 déc. 2026, 14 h 05" in the organisation's time zone; a long sentence wraps only
    between the day and the time ("3:30 p.m." never splits)."""
    day = short_date(local(moment, timezone).date(), lang).replace(" ", NBSP)
    time = time_of_day(moment, timezone, lang).replace(" ", NBSP)
    return f"{day}, {time}"


def _listed(parts: list[str]) -> str:
    shown = parts[:MAX_CHANGES]
    return ", ".join(shown) + (", …" if len(parts) > MAX_CHANGES else "")


class HistoryWords:
    """Sentences in the person's language; moments in the organisation's time zone;
    ``names`` turns the ids a line carries (price lists...) into names."""

    def __init__(self, lang: str, timezone: str, names: Mapping[str, str]) -> None:
        self.lang = lang
        self.timezone = timezone
        self.names = names

    def sentence(self, line: HistoryLine) -> str:
        builder: Callable[[str, Mapping[str, Any]], str | None] | None = getattr(
            self, f"_{line.entity}", None
        )
        try:
            text = builder(line.action, line.details) if builder is not None else None
        except (KeyError, TypeError, ValueError, AttributeError):
            text = None
        if text:
            return text
        name = str(line.details.get("name", "") or line.details.get("event", ""))
        return (
            t("{entity} : {action} {name}")
            .format(entity=entity_name(line.entity), action=line.action, name=name)
            .strip()
        )

    # --- values ----------------------------------------------------------------------------

    def moment(self, value: object) -> str:
        moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
        return when_text(moment, self.timezone, self.lang)

    def value(self, field: str, value: object) -> str:
        """A field's value as people read it."""
        if value is None or value == "":
            return "—"
        if field in ("starts_at", "ends_at", "first", "last"):
            return self.moment(value)
        if field == "alacarte_price":
            return money(int(value), self.lang)  # type: ignore[call-overload]
        if isinstance(value, bool):
            return t("oui") if value else t("non")
        if field.endswith("_minutes"):
            return t("{minutes} min").format(minutes=number(value, self.lang))
        if field == "price_list_id":
            return self.names.get(str(value), "?")
        if isinstance(value, int):
            return number(value, self.lang)
        return str(value)

    def change(self, field: str, new: object, before: Mapping[str, Any]) -> str:
        """ "capacité 320 → 300" when the old value was recorded, "capacité 300" otherwise."""
        if field in before:
            return (
                f"{field_name(field)} {self.value(field, before[field])}{ARROW}"
                f"{self.value(field, new)}"
            )
        return f"{field_name(field)} {self.value(field, new)}"

    def date_changes(self, details: Mapping[str, Any]) -> str:
        before = details.get("before") or {}
        parts = [self.change(f, v, before) for f, v in (details.get("changes") or {}).items()]
        tags = [f"+{tag}" for tag in details.get("add_tags") or []]
        tags += [f"−{tag}" for tag in details.get("remove_tags") or []]
        if tags:
            parts.append(t("étiquettes {tags}").format(tags=" ".join(tags)))
        return _listed(parts)

    def places(self, count: int) -> str:
        if count <= 1:
            return t("{count} place").format(count=number(count, self.lang))
        return t("{count} places").format(count=number(count, self.lang))

    # --- one builder per entity: the action's sentence, or None for an unknown action --------

    def _user(self, action: str, d: Mapping[str, Any]) -> str | None:
        name = d["name"]
        if action == "created":
            return t("Personne ajoutée : {name} ({role})").format(
                name=name, role=role_name(Role(d["role"]))
            )
        if action == "saved":
            changes = []
            if isinstance(name, list):
                changes.append(t("nom « {old} » → « {new} »").format(old=name[0], new=name[1]))
                name = name[1]
            role = d.get("role")
            if isinstance(role, list):
                changes.append(
                    t("rôle {old} → {new}").format(
                        old=role_name(Role(role[0])), new=role_name(Role(role[1]))
                    )
                )
            if not changes:
                return t("Personne enregistrée sans changement : {name}").format(name=name)
            return t("Personne modifiée : {name} — {changes}").format(
                name=name, changes=", ".join(changes)
            )
        sentences = {
            "pin_set": t("NIP changé : {name}"),
            "activated": t("Personne réactivée : {name}"),
            "deactivated": t("Personne désactivée : {name}"),
            "unlocked": t("Personne débloquée : {name}"),
        }
        return sentences[action].format(name=name) if action in sentences else None

    def _organisation(self, action: str, d: Mapping[str, Any]) -> str | None:
        if action == "set_up":
            return t("Organisation créée : {name}, propriétaire {owner}").format(
                name=d["name"], owner=d.get("owner", "")
            )
        if action == "saved":
            fields = [field_name(f) for f in d.get("fields") or []]
            if not fields:
                return t("Organisation enregistrée (taxes ou sans changement)")
            return t("Organisation modifiée : {fields}").format(fields=_listed(fields))
        return None

    def _terminal(self, action: str, d: Mapping[str, Any]) -> str | None:
        if action != "saved":
            return None
        if d.get("profile"):
            return t("Guichet modifié : {name}, profil « {profile} »").format(
                name=d["name"], profile=d["profile"]
            )
        return t("Guichet modifié : {name}").format(name=d["name"])

    def _venue(self, action: str, d: Mapping[str, Any]) -> str | None:
        sentences = {
            "created": t("Lieu ajouté : {name}"),
            "saved": t("Lieu modifié : {name}"),
            "withdrawn": t("Lieu retiré : {name}"),
        }
        return sentences[action].format(name=d["name"]) if action in sentences else None

    def _hall(self, action: str, d: Mapping[str, Any]) -> str | None:
        if d.get("seated"):
            size = t("plan de salle de {places}").format(places=self.places(int(d["capacity"])))
        else:
            size = self.places(int(d.get("capacity", 0)))
        sentences = {
            "created": t("Salle ajoutée : {name} ({venue}, {size})"),
            "saved": t("Salle modifiée : {name} ({venue}, {size})"),
        }
        if action not in sentences:
            return None
        return sentences[action].format(name=d["name"], venue=d.get("venue", ""), size=size)

    def _event(self, action: str, d: Mapping[str, Any]) -> str | None:
        name = d["name"]
        if action == "created":
            return t("Événement ajouté : {name}").format(name=name)
        if action == "saved":
            fields = [field_name(f) for f in d.get("fields") or []]
            if not fields:
                return t("Événement enregistré sans changement : {name}").format(name=name)
            return t("Événement modifié : {name} — {fields}").format(
                name=name, fields=_listed(fields)
            )
        if action == "dates_added":
            count = int(d["count"])
            if count == 1:
                return t("Date ajoutée : {name}, {first}").format(
                    name=name, first=self.moment(d["first"])
                )
            return t("{count} dates ajoutées : {name}, du {first} au {last}").format(
                count=number(count, self.lang),
                name=name,
                first=self.moment(d["first"]),
                last=self.moment(d["last"]),
            )
        return None

    def _occurrence(self, action: str, d: Mapping[str, Any]) -> str | None:
        if action == "edited":
            text = t("Date modifiée : {event}, {when} — {changes}").format(
                event=d["event"], when=self.moment(d["starts_at"]), changes=self.date_changes(d)
            )
            if d.get("overwritten"):
                text += t(" (a remplacé une modification faite hors ligne)")
            return text
        count = int(d["count"])
        if action == "bulk_edited":
            if count == 1:
                return t("1 date modifiée : {changes}").format(changes=self.date_changes(d))
            return t("{count} dates modifiées : {changes}").format(
                count=number(count, self.lang), changes=self.date_changes(d)
            )
        if action == "cancelled":
            orders = len(d.get("orders") or [])
            if count == 1:
                text = t("1 date annulée ({reason})")
            else:
                text = t("{count} dates annulées ({reason})")
            text = text.format(count=number(count, self.lang), reason=d.get("reason") or "—")
            if orders == 1:
                text += t(" ; 1 commande à rembourser")
            elif orders:
                text += t(" ; {orders} commandes à rembourser").format(
                    orders=number(orders, self.lang)
                )
            return text
        return None

    def _category(self, action: str, d: Mapping[str, Any]) -> str | None:
        if action == "ordered":
            return t("Ordre des catégories : {codes}").format(codes=", ".join(d["order"]))
        sentences = {
            "created": t("Catégorie ajoutée : {name} ({code})"),
            "saved": t("Catégorie modifiée : {name} ({code})"),
        }
        if action not in sentences:
            return None
        return sentences[action].format(name=d["name"], code=d.get("code", ""))

    def _price_list(self, action: str, d: Mapping[str, Any]) -> str | None:
        sentences = {
            "created": t("Liste de prix créée : {name}"),
            "copied": t("Liste de prix copiée : {name}"),
            "saved": t("Liste de prix modifiée : {name}"),
            "deleted": t("Liste de prix supprimée : {name}"),
        }
        if action not in sentences:
            return None
        text = sentences[action].format(name=d["name"])
        prices = d.get("prices") or {}
        if action == "saved" and prices:
            parts = [
                f"{code} {self._price(old)}{ARROW}{self._price(new)}"
                for code, (old, new) in sorted(prices.items())
            ]
            text += f" — {_listed(parts)}"
        return text

    def _price(self, cents: object) -> str:
        return "—" if cents is None else money(int(cents), self.lang)  # type: ignore[call-overload]

    def _programme(self, action: str, d: Mapping[str, Any]) -> str | None:
        if action != "imported":
            return None
        events, dates = int(d.get("events", 0)), int(d.get("dates", 0))
        events_text = (t("{count} événement") if events <= 1 else t("{count} événements")).format(
            count=number(events, self.lang)
        )
        dates_text = (t("{count} date") if dates <= 1 else t("{count} dates")).format(
            count=number(dates, self.lang)
        )
        if d.get("file"):
            return t("Programme importé : {file} ({events}, {dates})").format(
                file=d["file"], events=events_text, dates=dates_text
            )
        return t("Programme importé ({events}, {dates})").format(
            events=events_text, dates=dates_text
        )
