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


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    """``n``: Qt's plural forms of a %n text (« 1 place », « 3 places »)."""
    return QCoreApplication.translate("", text, disambiguation, n)  # lupdate: tr(...) under ""


def entity_name(entity: str) -> str:
    names = {
        "user": tr("Personne"),
        "organisation": tr("Organisation"),
        "terminal": tr("Guichet"),
        "venue": tr("Lieu"),
        "hall": tr("Salle"),
        "event": tr("Événement"),
        "activity": tr("Programme"),
        "occurrence": tr("Date"),
        "category": tr("Catégorie"),
        "price_list": tr("Liste de prix"),
        "programme": tr("Programme de saison"),
    }
    return names.get(entity, entity)


def field_name(field: str) -> str:
    """A changed field as the sentence names it ("capacité", "fuseau horaire")."""
    names = {
        # the organisation
        "name": tr("nom"),
        "address": tr("adresse"),
        "timezone": tr("fuseau horaire"),
        "locale": tr("langue"),
        "gst_number": tr("n° de TPS"),
        "qst_number": tr("n° de TVQ"),
        "cash_increment": tr("arrondi du comptant"),
        "receipt_header": tr("en-tête du reçu"),
        "receipt_footer": tr("pied du reçu"),
        "ticket_printing": tr("impression des billets"),
        # events
        "name_en": tr("nom anglais"),
        "description": tr("description"),
        "venue": tr("lieu"),
        "hall": tr("salle"),
        "price_list": tr("liste de prix"),
        "tags": tr("étiquettes"),
        "active": tr("mise en vente"),
        "accounting_account": tr("poste comptable"),
        # dates
        "starts_at": tr("début"),
        "ends_at": tr("fin"),
        "capacity": tr("capacité"),
        "price_list_id": tr("liste de prix"),
        "alacarte_places": tr("places à la carte"),
        "alacarte_price": tr("prix à la carte"),
        "alacarte_pass_only": tr("laissez-passer seulement"),
        "registration_opens_minutes": tr("ouverture des inscriptions"),
        "registration_closes_minutes": tr("fermeture des inscriptions"),
        "cancel_minutes": tr("limite d'annulation"),
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
            tr("{entity} : {action} {name}")
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
            return tr("oui") if value else tr("non")
        if field.endswith("_minutes"):
            return tr("{minutes} min").format(minutes=number(value, self.lang))
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
            parts.append(tr("étiquettes {tags}").format(tags=" ".join(tags)))
        return _listed(parts)

    def places(self, count: int) -> str:
        """ "1 place", "1 200 places": Qt's plural form, the number grouped as elsewhere."""
        return tr("%n\u00a0place(s)", "", count).replace(str(count), number(count, self.lang), 1)

    # --- one builder per entity: the action's sentence, or None for an unknown action --------

    def _user(self, action: str, d: Mapping[str, Any]) -> str | None:
        name = d["name"]
        if action == "created":
            return tr("Personne ajoutée : {name} ({role})").format(
                name=name, role=role_name(Role(d["role"]), d.get("title_form", ""))
            )
        if action == "saved":
            changes = []
            if isinstance(name, list):
                changes.append(tr("nom « {old} » → « {new} »").format(old=name[0], new=name[1]))
                name = name[1]
            role = d.get("role")
            form = d.get("title_form")
            forms = form if isinstance(form, list) else [form or "", form or ""]
            if isinstance(role, list):
                changes.append(
                    tr("rôle {old} → {new}").format(
                        old=role_name(Role(role[0]), forms[0]),
                        new=role_name(Role(role[1]), forms[1]),
                    )
                )
            elif isinstance(form, list):  # « titre Caissier → Caissière »
                changes.append(
                    tr("titre {old} → {new}").format(
                        old=role_name(Role(role), forms[0]), new=role_name(Role(role), forms[1])
                    )
                )
            if not changes:
                return tr("Personne enregistrée sans changement : {name}").format(name=name)
            return tr("Personne modifiée : {name} — {changes}").format(
                name=name, changes=", ".join(changes)
            )
        sentences = {
            "pin_set": tr("NIP changé : {name}"),
            "activated": tr("Personne réactivée : {name}"),
            "deactivated": tr("Personne désactivée : {name}"),
            "unlocked": tr("Personne débloquée : {name}"),
        }
        return sentences[action].format(name=name) if action in sentences else None

    def _organisation(self, action: str, d: Mapping[str, Any]) -> str | None:
        if action == "set_up":
            return tr("Organisation créée : {name}, propriétaire {owner}").format(
                name=d["name"], owner=d.get("owner", "")
            )
        if action == "saved":
            fields = [field_name(f) for f in d.get("fields") or []]
            if not fields:
                return tr("Organisation enregistrée (taxes ou sans changement)")
            return tr("Organisation modifiée : {fields}").format(fields=_listed(fields))
        return None

    def _terminal(self, action: str, d: Mapping[str, Any]) -> str | None:
        if action != "saved":
            return None
        if d.get("profile"):
            return tr("Guichet modifié : {name}, profil « {profile} »").format(
                name=d["name"], profile=d["profile"]
            )
        return tr("Guichet modifié : {name}").format(name=d["name"])

    def _venue(self, action: str, d: Mapping[str, Any]) -> str | None:
        sentences = {
            "created": tr("Lieu ajouté : {name}"),
            "saved": tr("Lieu modifié : {name}"),
            "withdrawn": tr("Lieu retiré : {name}"),
        }
        return sentences[action].format(name=d["name"]) if action in sentences else None

    def _hall(self, action: str, d: Mapping[str, Any]) -> str | None:
        if d.get("seated"):
            size = tr("plan de salle de {places}").format(places=self.places(int(d["capacity"])))
        else:
            size = self.places(int(d.get("capacity", 0)))
        sentences = {
            "created": tr("Salle ajoutée : {name} ({venue}, {size})"),
            "saved": tr("Salle modifiée : {name} ({venue}, {size})"),
        }
        if action not in sentences:
            return None
        return sentences[action].format(name=d["name"], venue=d.get("venue", ""), size=size)

    def _event(self, action: str, d: Mapping[str, Any]) -> str | None:
        name = d["name"]
        if action == "created":
            return tr("Événement ajouté : {name}").format(name=name)
        if action == "saved":
            fields = [field_name(f) for f in d.get("fields") or []]
            if not fields:
                return tr("Événement enregistré sans changement : {name}").format(name=name)
            return tr("Événement modifié : {name} — {fields}").format(
                name=name, fields=_listed(fields)
            )
        if action == "dates_added":
            count = int(d["count"])
            if count == 1:
                return tr("Date ajoutée : {name}, {first}").format(
                    name=name, first=self.moment(d["first"])
                )
            return tr("{count} dates ajoutées : {name}, du {first} au {last}").format(
                count=number(count, self.lang),
                name=name,
                first=self.moment(d["first"]),
                last=self.moment(d["last"]),
            )
        return None

    def _occurrence(self, action: str, d: Mapping[str, Any]) -> str | None:
        if action == "edited":
            text = tr("Date modifiée : {event}, {when} — {changes}").format(
                event=d["event"], when=self.moment(d["starts_at"]), changes=self.date_changes(d)
            )
            if d.get("overwritten"):
                text += tr(" (a remplacé une modification faite hors ligne)")
            return text
        count = int(d["count"])
        if action == "bulk_edited":
            if count == 1:
                return tr("1 date modifiée : {changes}").format(changes=self.date_changes(d))
            return tr("{count} dates modifiées : {changes}").format(
                count=number(count, self.lang), changes=self.date_changes(d)
            )
        if action == "cancelled":
            orders = len(d.get("orders") or [])
            if count == 1:
                text = tr("1 date annulée ({reason})")
            else:
                text = tr("{count} dates annulées ({reason})")
            text = text.format(count=number(count, self.lang), reason=d.get("reason") or "—")
            if orders == 1:
                text += tr(" ; 1 commande à rembourser")
            elif orders:
                text += tr(" ; {orders} commandes à rembourser").format(
                    orders=number(orders, self.lang)
                )
            return text
        return None

    def _category(self, action: str, d: Mapping[str, Any]) -> str | None:
        if action == "ordered":
            return tr("Ordre des catégories : {codes}").format(codes=", ".join(d["order"]))
        sentences = {
            "created": tr("Catégorie ajoutée : {name} ({code})"),
            "saved": tr("Catégorie modifiée : {name} ({code})"),
        }
        if action not in sentences:
            return None
        return sentences[action].format(name=d["name"], code=d.get("code", ""))

    def _price_list(self, action: str, d: Mapping[str, Any]) -> str | None:
        sentences = {
            "created": tr("Liste de prix créée : {name}"),
            "copied": tr("Liste de prix copiée : {name}"),
            "saved": tr("Liste de prix modifiée : {name}"),
            "deleted": tr("Liste de prix supprimée : {name}"),
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
        events_text = (tr("{count} événement") if events <= 1 else tr("{count} événements")).format(
            count=number(events, self.lang)
        )
        dates_text = (tr("{count} date") if dates <= 1 else tr("{count} dates")).format(
            count=number(dates, self.lang)
        )
        if d.get("file"):
            return tr("Programme importé : {file} ({events}, {dates})").format(
                file=d["file"], events=events_text, dates=dates_text
            )
        return tr("Programme importé ({events}, {dates})").format(
            events=events_text, dates=dates_text
        )
