"""The back office's refusals in words, French and English, without Qt.

The set-up assistant, the back-office windows, ``guichet init``, ``guichet catalogue import``
and the server's command line all say the same sentence for the same code. (The counter's
older refusals are translated by Qt in ``guichet/ui/messages.py``; that module falls back on
this one.) French typography: a no-break space before « : ; ! ? » and inside numbers.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import Any

from babel.numbers import format_decimal

from guichet.i18n.formatting import event_datetime, locale_for, long_date, money

NBSP = "\u00a0"

#: How a field is named in a sentence: (French, English).
FIELDS: dict[str, tuple[str, str]] = {
    "organisation_name": ("le nom de l'organisation", "the organisation's name"),
    "address": ("l'adresse", "the address"),
    "person_name": ("le nom de la personne", "the person's name"),
    "terminal_name": ("le nom du guichet", "the counter's name"),
    "profile": ("le profil du guichet", "the counter's profile"),
    "gst_number": ("le numéro de TPS", "the GST number"),
    "qst_number": ("le numéro de TVQ", "the QST number"),
    "receipt_header": ("l'en-tête du reçu", "the receipt header"),
    "receipt_footer": ("le pied du reçu", "the receipt footer"),
    "venue_name": ("le nom du lieu", "the venue's name"),
    "hall_name": ("le nom de la salle", "the hall's name"),
    "event_name": ("le nom de l'événement", "the event's name"),
    "event_name_en": ("le nom anglais de l'événement", "the event's English name"),
    "activity_name": ("le nom du programme", "the programme's name"),
    "category_name": ("le nom de la catégorie", "the category's name"),
    "category_name_en": ("le nom anglais de la catégorie", "the category's English name"),
    "price_list_name": ("le nom de la liste de prix", "the price list's name"),
    "description": ("la description", "the description"),
    "accounting_account": ("le poste comptable", "the accounting account"),
    "reason": ("le motif", "the reason"),
    "tags": ("les étiquettes", "the tags"),
    "code": ("le code", "the code"),
    "capacity": ("la capacité", "the capacity"),
    "allotment_size": ("la taille des allotements", "the allotment size"),
    "position": ("la position", "the position"),
    "starts_at": ("le début", "the start"),
    "ends_at": ("la fin", "the end"),
    "file": ("le nom du fichier", "the file name"),
    "alacarte_places": ("les places à la carte", "the drop-in places"),
    "alacarte_price": ("le prix à la carte", "the drop-in price"),
    "alacarte_pass_only": (
        f"«{NBSP}laissez-passer seulement{NBSP}»",
        "\u201cpass holders only\u201d",
    ),
    "registration_opens_minutes": ("le début des inscriptions", "when registration opens"),
    "registration_closes_minutes": ("la fin des inscriptions", "when registration closes"),
    "cancel_minutes": ("la limite d'annulation", "the cancellation limit"),
    "price_list_id": ("la liste de prix", "the price list"),
    "changes": ("les modifications", "the changes"),
    "event": ("l'événement", "the event"),
    "venue": ("le lieu", "the venue"),
    "price_list": ("la liste de prix", "the price list"),
    "ends_at_or_duration": ("la fin", "the end"),
    # texts a command carries (guichet.domain.limits: the counter and the server check alike)
    "customer_name": ("le nom du client", "the customer's name"),
    "email": ("le courriel", "the email"),
    "phone": ("le téléphone", "the phone number"),
    "note": ("la note", "the note"),
    "card_holder": ("le nom du titulaire", "the holder's name"),
    "participant": ("le nom du participant", "the participant's name"),
    "seat": ("le siège", "the seat"),
    "method": ("le mode de paiement", "the payment method"),
    "reference": ("la référence du paiement", "the payment reference"),
    "kind": ("le genre", "the kind"),
    "reserve_name": ("le nom de la réserve", "the reserve's name"),
    "seat_map_name": ("le nom du plan de salle", "the seat map's name"),
    "card_type_name": ("le nom du forfait ou du laissez-passer", "the package or pass name"),
    "check_in_list_name": ("le nom de la liste d'entrée", "the check-in list's name"),
    "timezone": ("le fuseau horaire", "the time zone"),
    "locale": ("la langue", "the language"),
    "rate": ("le taux", "the rate"),
    "pin": ("le NIP", "the PIN"),
    "counted": ("le comptage de la caisse", "the cash count"),
}


#: A date's fields as a form labels them (before their value): (French, English).
LABELS: dict[str, tuple[str, str]] = {
    "starts_at": ("Début", "Start"),
    "ends_at": ("Fin", "End"),
    "capacity": ("Capacité", "Capacity"),
    "price_list_id": ("Liste de prix", "Price list"),
    "alacarte_places": ("Places à la carte", "Drop-in places"),
    "alacarte_price": ("Prix à la carte", "Drop-in price"),
    "alacarte_pass_only": ("Laissez-passer seulement", "Pass holders only"),
    "registration_opens_minutes": ("Ouverture des inscriptions", "Registration opens"),
    "registration_closes_minutes": ("Fin des inscriptions", "Registration closes"),
    "cancel_minutes": ("Limite d'annulation", "Cancellation limit"),
}


def field_label(field: str, lang: str) -> str:
    fr, en = LABELS.get(
        field, (_capital(field_name(field, "fr")), _capital(field_name(field, "en")))
    )
    return fr if lang == "fr" else en


def field_name(field: str, lang: str) -> str:
    fr, en = FIELDS.get(field, (field, field))
    return fr if lang == "fr" else en


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def number(value: object, lang: str) -> str:
    try:
        return format_decimal(int(value), locale=locale_for(lang))  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return str(value)


def _plural(count: int, one: str, many: str, lang: str = "fr") -> str:
    """French takes the singular for 0 and 1 (« 0 erreur »), English for 1 only
    ("0 errors"), as Qt's plural forms do for the windows."""
    singular = abs(count) < 2 if lang == "fr" else abs(count) == 1
    return one if singular else many


def _moment(value: object, lang: str, tz: str) -> str:
    try:
        moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    except ValueError:
        return str(value)
    if moment.tzinfo is None:
        return str(value)
    return event_datetime(moment, tz, lang)


Words = Callable[[Mapping[str, Any], str, str], str]


def _both(fr: str, en: str) -> Words:
    """A sentence without plurals: its French and English templates."""

    def say(p: Mapping[str, Any], lang: str, tz: str) -> str:
        template = fr if lang == "fr" else en
        values = {
            k: (number(v, lang) if isinstance(v, int) and not isinstance(v, bool) else v)
            for k, v in p.items()
        }
        return template.format_map(_Missing(values))

    return say


class _Missing(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "?"


def _field(fr: str, en: str) -> Words:
    """A sentence about a field: {Field} starts it, {field} inside it."""

    def say(p: Mapping[str, Any], lang: str, tz: str) -> str:
        name = field_name(str(p.get("field", "")), lang)
        template = fr if lang == "fr" else en
        values = {
            k: (number(v, lang) if isinstance(v, int) and not isinstance(v, bool) else v)
            for k, v in p.items()
        }
        return template.format_map(_Missing({**values, "field": name, "Field": _capital(name)}))

    return say


def _capacity_below(p: Mapping[str, Any], lang: str, tz: str) -> str:
    parts = []
    for key, fr, en in (
        ("sold", ("vendue", "vendues"), ("sold",) * 2),
        ("reserved", ("en réserve", "en réserve"), ("held in reserves",) * 2),
        ("held_back", ("retenue", "retenues"), ("held back",) * 2),
        ("leased", ("confiée aux guichets", "confiées aux guichets"), ("leased to counters",) * 2),
    ):
        count = int(p.get(key, 0) or 0)
        if count:
            words = fr if lang == "fr" else en
            parts.append(f"{number(count, lang)}{NBSP}{_plural(count, *words, lang)}")
    when = f" ({_moment(p['occurrence'], lang, tz)})" if p.get("occurrence") else ""
    minimum = int(p.get("minimum", 0))
    capacity = number(p.get("capacity", 0), lang)
    detail = ", ".join(parts)
    if lang == "fr":
        return (
            f"Capacité {capacity} trop basse{when}{NBSP}: {number(minimum, lang)}{NBSP}"
            f"{_plural(minimum, 'place est déjà prise', 'places sont déjà prises')}"
            f" ({detail}). Rien n'a été modifié."
        )
    return (
        f"Capacity {capacity} is too low{when}: {number(minimum, lang)} "
        f"{_plural(minimum, 'place is', 'places are', lang)} already taken ({detail}). "
        "Nothing was changed."
    )


def _alacarte_below(p: Mapping[str, Any], lang: str, tz: str) -> str:
    taken = int(p.get("taken", 0) or 0) + int(p.get("leased", 0) or 0)
    places = number(p.get("places", 0), lang)
    if lang == "fr":
        return (
            f"{places}{NBSP}places à la carte, c'est moins que les {number(taken, lang)} déjà "
            f"réservées ou confiées aux guichets."
        )
    return (
        f"{places} drop-in places is fewer than the {number(taken, lang)} already booked or leased."
    )


def _series_too_long(p: Mapping[str, Any], lang: str, tz: str) -> str:
    count, maximum = int(p.get("count", 0) or 0), number(p.get("maximum", 0), lang)
    if lang == "fr":
        if count:
            return (
                f"Cette série donnerait {number(count, lang)}{NBSP}dates{NBSP}; le maximum est "
                f"{maximum}. Raccourcissez la période ou retirez des jours ou des heures."
            )
        return f"Période trop longue{NBSP}: au plus {maximum}{NBSP}dates et trois ans."
    if count:
        return (
            f"This series would make {number(count, lang)} dates; the most is {maximum}. "
            "Shorten the period or remove days or times."
        )
    return f"Period too long: at most {maximum} dates and three years."


def _in_use(p: Mapping[str, Any], lang: str, tz: str) -> str:
    uses = []
    for key, fr, en in (
        ("events", ("événement", "événements"), ("event", "events")),
        ("dates", ("date", "dates"), ("date", "dates")),
        ("promotions", ("promotion", "promotions"), ("promotion", "promotions")),
    ):
        count = int(p.get(key, 0) or 0)
        if count:
            words = fr if lang == "fr" else en
            uses.append(f"{number(count, lang)}{NBSP}{_plural(count, *words, lang)}")
    name = p.get("name", "")
    if lang == "fr":
        return (
            f"La liste «{NBSP}{name}{NBSP}» sert à {', '.join(uses)}{NBSP}: elle ne peut pas "
            "être supprimée. Retirez-la plutôt (elle ne sera plus proposée)."
        )
    return (
        f"The list \u201c{name}\u201d is used by {', '.join(uses)}: it cannot be deleted. "
        "Withdraw it instead (it will no longer be offered)."
    )


def _bulk_refused(p: Mapping[str, Any], lang: str, tz: str) -> str:
    count, total = int(p.get("count", 0) or 0), int(p.get("total", 0) or 0)
    details: dict[str, None] = {}  # in order, once: a value too large is too large for all
    for entry in list(p.get("dates") or [])[:5]:
        if isinstance(entry, Mapping):
            details[message(str(entry.get("code", "")), entry, lang, tz)] = None
    more = "\n".join(f"• {d}" for d in details)
    if lang == "fr":
        head = (
            f"{number(count, lang)}{NBSP}{_plural(count, 'date sur', 'dates sur')} "
            f"{number(total, lang)} ne {_plural(count, 'peut', 'peuvent')} pas recevoir ce "
            f"changement{NBSP}; aucune date n'a été modifiée."
        )
    else:
        head = (
            f"{number(count, lang)} of {number(total, lang)} "
            f"{_plural(total, 'date', 'dates', lang)} cannot take this change; no date was "
            "changed."
        )
    return f"{head}\n{more}" if more else head


def field_value(field: str, value: Any, lang: str, tz: str) -> str:
    """A date's field's value in words: a time, an amount, a number of minutes, yes/no."""
    if value is None:
        return "—"
    if field in ("starts_at", "ends_at"):
        return _moment(value, lang, tz)
    if field == "alacarte_price" and isinstance(value, int):
        return money(value, lang)
    if isinstance(value, bool):
        return ("oui" if value else "non") if lang == "fr" else ("yes" if value else "no")
    if field.endswith("_minutes") and isinstance(value, int):
        return f"{number(value, lang)}{NBSP}min"
    if isinstance(value, int):
        return number(value, lang)
    return f"«{NBSP}{value}{NBSP}»" if lang == "fr" else f"\u201c{value}\u201d"


def _overwritten(p: Mapping[str, Any], lang: str, tz: str) -> str:
    """What the later of two offline edits of a date overwrote: "Capacité : 280 remplacé
    par 250"."""
    when = _moment(p.get("starts_at", ""), lang, tz)
    changes = []
    for entry in p.get("fields") or []:
        if not isinstance(entry, Mapping):
            continue
        field = str(entry.get("field", ""))
        lost = entry.get("lost_text") or field_value(field, entry.get("lost"), lang, tz)
        kept = entry.get("kept_text") or field_value(field, entry.get("kept"), lang, tz)
        name = field_label(field, lang)
        if lang == "fr":
            changes.append(f"{name}{NBSP}: {lost} remplacé par {kept}")
        else:
            changes.append(f"{name}: {lost} replaced by {kept}")
    event = p.get("event", "")
    if lang == "fr":
        return (
            f"Deux modifications hors ligne de «{NBSP}{event}{NBSP}» ({when}), la plus "
            f"récente l'emporte{NBSP}: {(NBSP + '; ').join(changes)}."
        )
    return (
        f"Two offline edits of \u201c{event}\u201d ({when}), the later one wins: "
        f"{'; '.join(changes)}."
    )


def _ends_before(p: Mapping[str, Any], lang: str, tz: str) -> str:
    start = _moment(p.get("starts_at", ""), lang, tz)
    end = _moment(p.get("ends_at", ""), lang, tz)
    if lang == "fr":
        return f"La fin ({end}) doit venir après le début ({start})."
    return f"The end ({end}) must come after the start ({start})."


def _exception_not_in_series(p: Mapping[str, Any], lang: str, tz: str) -> str:
    try:
        day = long_date(date.fromisoformat(str(p.get("day"))), lang)
    except ValueError:
        day = str(p.get("day"))
    if lang == "fr":
        return (
            f"Le {day} n'est pas une date de cette série (hors de la période ou pas un des "
            f"jours choisis){NBSP}: l'exception n'enlèverait rien. Retirez-la ou corrigez-la."
        )
    return (
        f"{_capital(day)} is not a date of this series (outside the period or not one of the "
        "chosen days): the exception would remove nothing. Remove or correct it."
    )


def _registration_invalid(p: Mapping[str, Any], lang: str, tz: str) -> str:
    field = str(p.get("field", "gst_number"))
    if lang == "fr":
        return (
            f"{_capital(field_name(field, lang))}{NBSP}: «{NBSP}{p.get('text', '')}{NBSP}» "
            f"n'a pas la forme d'un numéro d'inscription (par exemple {p.get('example', '')})."
        )
    return (
        f"{_capital(field_name(field, lang))}: \u201c{p.get('text', '')}\u201d is not "
        f"a registration number (for example {p.get('example', '')})."
    )


# What the system says of a file it could not use, in words (see domain.errors.os_reason).
OS_REASONS = {
    "EISDIR": ("c'est un dossier, pas un fichier", "it is a folder, not a file"),
    "ENOENT": ("il n'existe pas, ou son dossier non plus", "it or its folder does not exist"),
    "ENOTDIR": ("une partie du chemin n'est pas un dossier", "part of the path is not a folder"),
    "EEXIST": ("un fichier porte déjà ce nom", "a file already has this name"),
    "EACCES": ("accès refusé", "access denied"),
    "EPERM": ("accès refusé", "access denied"),
    "EROFS": ("le disque est en lecture seule", "the disk is read-only"),
    "ENOSPC": ("le disque est plein", "the disk is full"),
    "EDQUOT": ("le quota du disque est atteint", "the disk quota is reached"),
    "ENAMETOOLONG": ("le nom est trop long", "the name is too long"),
}


def os_words(reason: object, lang: str) -> str:
    fr, en = OS_REASONS.get(str(reason), (str(reason), str(reason)))
    return fr if lang == "fr" else en


def _file_problem(fr: str, en: str) -> Words:
    """A file refusal whose ``detail`` may be a system reason code (EISDIR...)."""

    def say(p: Mapping[str, Any], lang: str, tz: str) -> str:
        template = fr if lang == "fr" else en
        detail = os_words(p.get("detail", ""), lang)
        return template.format_map(_Missing({**p, "detail": detail}))

    return say


def _date_at(fr: str, en: str) -> Words:
    def say(p: Mapping[str, Any], lang: str, tz: str) -> str:
        moment = _moment(p.get("starts_at", ""), lang, tz)
        return (fr if lang == "fr" else en).format(when=moment)

    return say


_CHECK_CHARACTERS = _both(
    f"Vérifiez le code{NBSP}: {{text}}. Les codes n'utilisent aucun des caractères O, I, L, 0 "
    f"et 1 (ici{NBSP}: {{chars}}).",
    "Check the code: {text}. Codes use none of the characters O, I, L, 0 and 1 (here: {chars}).",
)


def _ended(p: Mapping[str, Any], lang: str, tz: str) -> str:
    when = _moment(p.get("ends_at", ""), lang, tz)
    if lang == "fr":
        return (
            f"Cette date est terminée (fin{NBSP}: {when}){NBSP}: ni vente ni tirage sans "
            "l'accord d'un superviseur, avec un motif."
        )
    return (
        f"This date has ended (it ended {when}): no sale or draw without a supervisor's "
        "approval, with a reason."
    )


def _quote_changed(p: Mapping[str, Any], lang: str, tz: str) -> str:
    quoted, total = int(p["quoted"]), int(p["total"])
    if lang == "fr":
        head = (
            f"Le prix a changé depuis qu'il a été annoncé{NBSP}: {money(quoted, lang)} "
            f"annoncé, {money(total, lang)} maintenant."
            if quoted != total
            else f"La promotion annoncée ne s'applique plus{NBSP}: le total reste "
            f"{money(total, lang)}."
        )
        return f"{head} Aucun paiement n'a été pris{NBSP}; revenez au panier (Échap)."
    head = (
        f"The price changed since it was told: {money(quoted, lang)} told, "
        f"{money(total, lang)} now."
        if quoted != total
        else f"The promotion told no longer applies: the total stays {money(total, lang)}."
    )
    return f"{head} No payment was taken; go back to the cart (Esc)."


def _check_characters(p: Mapping[str, Any], lang: str, tz: str) -> str:
    """A typed code of the generated shape holding O, I, L, 0 or 1: it can never be valid."""
    return _CHECK_CHARACTERS({**p, "chars": ", ".join(str(p.get("characters", "")))}, lang, tz)


# -- exchanges (issue 17, part 6) --

#: A ticket that no longer admits anyone, as the exchange's refusal names it: (French, English).
_VOID_STATUS = {
    "refunded": ("remboursé", "refunded"),
    "cancelled": ("annulé", "cancelled"),
    "exchanged": ("déjà échangé", "already exchanged"),
}


def _in_lang(p: Mapping[str, Any], key: str, lang: str) -> str:
    """A name the refusal carries in French (``key``) and in English (``key_en``)."""
    return str((p.get(f"{key}_en") if lang == "en" else "") or p.get(key, ""))


def _not_exchangeable(p: Mapping[str, Any], lang: str, tz: str) -> str:
    fr, en = _VOID_STATUS.get(str(p.get("status", "")), ("annulé", "void"))
    ticket = p.get("ticket", "")
    if lang == "fr":
        return f"Le billet {ticket} est {fr}{NBSP}: il ne s'échange plus."
    return f"Ticket {ticket} is {en}: it can no longer be exchanged."


def _exchange_used(p: Mapping[str, Any], lang: str, tz: str) -> str:
    when, ticket = _moment(p.get("at", ""), lang, tz), p.get("ticket", "")
    if lang == "fr":
        return f"Le billet {ticket} a servi à l'entrée ({when}){NBSP}: il ne s'échange plus."
    return f"Ticket {ticket} was used at the door ({when}): it can no longer be exchanged."


def _exchange_date_ended(p: Mapping[str, Any], lang: str, tz: str) -> str:
    when = _moment(p.get("ends_at", ""), lang, tz)
    if lang == "fr":
        return (
            f"La date de ce billet est terminée (fin{NBSP}: {when}){NBSP}: l'échange demande "
            "l'accord d'un superviseur, avec un motif."
        )
    return (
        f"This ticket's date has ended (it ended {when}): exchanging it takes a supervisor's "
        "approval, with a reason."
    )


def _exchange_new_date_ended(p: Mapping[str, Any], lang: str, tz: str) -> str:
    when = _moment(p.get("ends_at", ""), lang, tz)
    if lang == "fr":
        return f"Cette date est passée (fin{NBSP}: {when}){NBSP}: choisissez une date à venir."
    return f"This date is over (it ended {when}): choose one still to come."


def _exchange_price_differs(p: Mapping[str, Any], lang: str, tz: str) -> str:
    category = _in_lang(p, "category", lang)
    paid, price = money(int(p["paid"]), lang), money(int(p["price"]), lang)
    if lang == "fr":
        return (
            f"Le prix diffère («{NBSP}{category}{NBSP}»{NBSP}: {paid} payé, {price} à cette "
            f"date){NBSP}: remboursez et vendez à nouveau."
        )
    return (
        f"The price differs (\u201c{category}\u201d: {paid} paid, {price} on this date): "
        "refund and sell again."
    )


def _exchange_category_not_offered(p: Mapping[str, Any], lang: str, tz: str) -> str:
    category = _in_lang(p, "category", lang)
    if lang == "fr":
        return (
            f"La catégorie «{NBSP}{category}{NBSP}» n'est pas offerte à cette date{NBSP}: "
            "remboursez et vendez à nouveau."
        )
    return (
        f"The category \u201c{category}\u201d is not offered on this date: refund and sell "
        "again."
    )


def _exchange_seats_count(p: Mapping[str, Any], lang: str, tz: str) -> str:
    """A seated show: one seat on the new date per ticket exchanged."""
    tickets, seats = int(p.get("tickets", 0)), int(p.get("seats", 0))
    if lang == "fr":
        billets = f"{tickets}{NBSP}billet" + ("s" if tickets > 1 else "")
        chosen = (
            "aucun siège choisi"
            if seats == 0
            else f"{seats}{NBSP}siège" + ("s choisis" if seats > 1 else " choisi")
        )
        return f"Un siège par billet sur le plan de la nouvelle date{NBSP}: {billets}, {chosen}."
    tickets_en = f"{tickets} ticket" + ("s" if tickets != 1 else "")
    chosen_en = (
        "no seat chosen" if seats == 0 else f"{seats} seat" + ("s" if seats > 1 else "")
    )
    if seats:
        chosen_en += " chosen"
    return f"One seat per ticket on the new date's map: {tickets_en}, {chosen_en}."


def _exchange_other_event(p: Mapping[str, Any], lang: str, tz: str) -> str:
    event = _in_lang(p, "event", lang)
    if lang == "fr":
        return (
            "Un billet s'échange pour une autre date du même événement "
            f"(«{NBSP}{event}{NBSP}»)."
        )
    return f"A ticket is exchanged for another date of the same event (\u201c{event}\u201d)."


MESSAGES: dict[str, Words] = {
    # text
    "text_missing": _field("{Field} est obligatoire.", "{Field} is required."),
    "text_too_long": _field(
        f"{{Field}}{NBSP}: {{length}}{NBSP}caractères, c'est trop ({{maximum}} au plus).",
        "{Field}: {length} characters is too long ({maximum} at most).",
    ),
    "text_invalid": _field(
        f"{{Field}}{NBSP}: caractères invisibles ou invalides.",
        "{Field}: invisible or invalid characters.",
    ),
    "text_formula": _field(
        f"{{Field}}{NBSP}: «{NBSP}{{text}}{NBSP}» commence par =, +, - ou @, qu'un tableur "
        "prendrait pour une formule.",
        "{Field}: \u201c{text}\u201d starts with =, +, - or @, which a spreadsheet would take "
        "for a formula.",
    ),
    "code_check_characters": _check_characters,
    "code_invalid": _both(
        f"Code «{NBSP}{{text}}{NBSP}»{NBSP}: lettres sans accents, chiffres, - et _ seulement.",
        "Code \u201c{text}\u201d: letters without accents, digits, - and _ only.",
    ),
    "tag_too_long": _both(
        f"Étiquette trop longue{NBSP}: {{maximum}}{NBSP}caractères au plus.",
        "Tag too long: {maximum} characters at most.",
    ),
    "too_many_tags": _both(
        f"Trop d'étiquettes{NBSP}: {{maximum}} au plus.", "Too many tags: {maximum} at most."
    ),
    # money, rates, numbers
    "price_invalid": _both(
        f"«{NBSP}{{text}}{NBSP}» n'est pas un prix. Tapez par exemple 12,50.",
        "\u201c{text}\u201d is not a price. Type for example 12.50.",
    ),
    "price_negative": _both(
        "Un prix ne peut pas être négatif ({text}).", "A price cannot be negative ({text})."
    ),
    "price_decimals": _both(
        f"Prix «{NBSP}{{text}}{NBSP}»{NBSP}: deux décimales au plus (les cents).",
        "Price \u201c{text}\u201d: two decimals at most (cents).",
    ),
    "price_too_large": _both(
        f"Prix «{NBSP}{{text}}{NBSP}» trop élevé{NBSP}: 10{NBSP}000,00{NBSP}$ au plus.",
        "Price \u201c{text}\u201d is too high: $10,000.00 at most.",
    ),
    "rate_invalid": _both(
        f"Taux «{NBSP}{{text}}{NBSP}» invalide{NBSP}: un pourcentage de 0 à 100, "
        "par exemple 9,975.",
        "Rate \u201c{text}\u201d is not valid: a percentage from 0 to 100, for example 9.975.",
    ),
    "number_invalid": _field(
        f"{{Field}}{NBSP}: «{NBSP}{{text}}{NBSP}» n'est pas un nombre entier.",
        "{Field}: \u201c{text}\u201d is not a whole number.",
    ),
    "number_negative": _field(
        f"{{Field}}{NBSP}: une valeur négative ({{value}}) est refusée.",
        "{Field} cannot be negative ({value}).",
    ),
    "number_too_large": _field(
        f"{{Field}}{NBSP}: {{value}}, c'est trop ({{maximum}} au plus).",
        "{Field}: {value} is too large ({maximum} at most).",
    ),
    "registration_invalid": _registration_invalid,
    "timezone_required": _both(
        "Choisissez le fuseau horaire (par exemple America/Toronto).",
        "Choose the time zone (for example America/Toronto).",
    ),
    "timezone_unknown": _both(
        f"Fuseau horaire inconnu{NBSP}: «{NBSP}{{timezone}}{NBSP}» (par exemple America/Toronto).",
        "Unknown time zone: \u201c{timezone}\u201d (for example America/Toronto).",
    ),
    "cash_increment_invalid": _both(
        "L'arrondi des paiements comptants se fait à 1, 5 ou 10 cents.",
        "Cash payments round to 1, 5 or 10 cents.",
    ),
    "locale_unknown": _both(
        f"Langue inconnue{NBSP}: {{locale}} (français ou anglais).",
        "Unknown language: {locale} (French or English).",
    ),
    # dates and series
    "naive_datetime": _both(
        "Une heure sans fuseau horaire est refusée.", "A time without a time zone is refused."
    ),
    "date_invalid": _field(
        f"{{Field}}{NBSP}: «{NBSP}{{text}}{NBSP}» n'est pas une date et une heure "
        "(AAAA-MM-JJ HH:MM).",
        "{Field}: \u201c{text}\u201d is not a date and time (YYYY-MM-DD HH:MM).",
    ),
    "ends_before_start": _ends_before,
    "duration_invalid": _both(
        f"Durée invalide{NBSP}: de 1 minute à 7 jours.", "Invalid length: 1 minute to 7 days."
    ),
    "series_days_reversed": _both(
        "Le dernier jour de la série vient avant le premier.",
        "The series' last day comes before its first.",
    ),
    "series_no_weekday": _both(
        "Choisissez au moins un jour de la semaine.", "Choose at least one day of the week."
    ),
    "series_exception_not_in_series": _exception_not_in_series,
    "series_no_time": _both("Ajoutez au moins une heure de début.", "Add at least one start time."),
    "series_empty": _both(
        "Cette série ne donne aucune date (vérifiez les jours et la période).",
        "This series gives no date (check the days and the period).",
    ),
    "series_too_long": _series_too_long,
    "date_twice": _date_at(
        "La même date est en double ({when}).", "The same date appears twice ({when})."
    ),
    "date_exists_at": _date_at(
        "Cet événement a déjà une date le {when}.", "This event already has a date on {when}."
    ),
    "date_exists": _both("Cette date existe déjà.", "This date already exists."),
    "capacity_required": _both(
        f"Indiquez une capacité (l'événement «{NBSP}{{event}}{NBSP}» n'a ni capacité par "
        "défaut ni salle).",
        "Give a capacity (the event \u201c{event}\u201d has neither a default capacity "
        "nor a hall).",
    ),
    "capacity_below_taken": _capacity_below,
    "capacity_seated": _both(
        f"«{NBSP}{{event}}{NBSP}» se vend par siège{NBSP}: sa capacité est le nombre de sièges "
        "de son plan de salle.",
        "\u201c{event}\u201d is sold by seat: its capacity is its seat map's number of seats.",
    ),
    "alacarte_below_taken": _alacarte_below,
    "field_invalid": _field("Valeur invalide pour {field}.", "Invalid value for {field}."),
    "field_unknown": _both(
        f"Ce champ ne se modifie pas ici{NBSP}: {{field}}.",
        "This field is not edited here: {field}.",
    ),
    "selection_empty": _both("Sélectionnez au moins une date.", "Select at least one date."),
    "nothing_to_change": _both("Aucun changement à appliquer.", "No change to apply."),
    "bulk_edit_refused": _bulk_refused,
    "date_edit_overwritten": _overwritten,
    "event_withdrawn": _both(
        f"«{NBSP}{{event}}{NBSP}» est retiré{NBSP}: il ne reçoit plus de dates.",
        "\u201c{event}\u201d is withdrawn: it takes no new dates.",
    ),
    "occurrence_cancelled": _both("Cette date est annulée.", "This date is cancelled."),
    "unknown_occurrence": _both("Cette date n'existe plus.", "This date no longer exists."),
    # a date that has ended, and a supervisor's override (issue 16, part 12)
    "occurrence_ended": _ended,
    "override_reason_required": _both(
        f"Indiquez le motif de l'exception{NBSP}: il est conservé dans l'historique.",
        "Give the reason for the exception: it is kept in the history.",
    ),
    "reserve_draw_needs_seat": _both(
        f"Ce spectacle est maintenant en places numérotées{NBSP}: la réserve «{NBSP}"
        f"{{reserve_name}}{NBSP}» ne donne plus de billets sans siège. Choisissez les sièges "
        "sur le plan de salle.",
        "This show now has reserved seating: the reserve \u201c{reserve_name}\u201d no "
        "longer gives tickets without a seat. Pick the seats on the seat map.",
    ),
    # the price told to the customer, checked again before money is taken (part 10)
    "quote_changed": _quote_changed,
    # staff
    "owner_required": _both(
        "Seul un propriétaire gère les superviseurs et les propriétaires.",
        "Only an owner manages supervisors and owners.",
    ),
    "forbidden": _both(
        "Votre rôle ne permet pas cette opération.", "Your role does not allow this."
    ),
    "last_owner": _both(
        f"C'est le dernier propriétaire actif{NBSP}: il faut d'abord en nommer un autre.",
        "This is the last active owner: name another one first.",
    ),
    "role_unknown": _both(f"Rôle inconnu{NBSP}: {{role}}.", "Unknown role: {role}."),
    "title_form_unknown": _both(
        f"Forme du titre inconnue{NBSP}: {{form}} (féminin ou masculin).",
        "Unknown title form: {form} (feminine or masculine).",
    ),
    "pin_format": _both(
        "Le NIP compte de {minimum} à {maximum} chiffres.",
        "A PIN has {minimum} to {maximum} digits.",
    ),
    "pin_mismatch": _both("Les deux NIP ne sont pas identiques.", "The two PINs are not the same."),
    "pin_required": _both("Un NIP est obligatoire.", "A PIN is required."),
    "pin_hash_invalid": _both("NIP refusé.", "PIN refused."),
    "person_name_taken": _both(
        f"Une autre personne active s'appelle déjà «{NBSP}{{name}}{NBSP}».",
        "Another active person is already called \u201c{name}\u201d.",
    ),
    "user_exists": _both("Cette personne existe déjà.", "This person already exists."),
    "unknown_user": _both("Utilisateur inconnu ou désactivé.", "Unknown or deactivated user."),
    # the server checks people, not only devices (docs/SECURITY.md)
    "person_unverified": _both(
        f"Le serveur n'a pas vérifié le NIP de {{user}}{NBSP}: cette opération de superviseur "
        "est refusée. Refaites-la quand le guichet est relié au serveur.",
        "The server did not check {user}'s PIN: this supervisor operation is refused. "
        "Do it again while the counter is connected to the server.",
    ),
    "approval_unverified": _both(
        f"Approuvé hors ligne par {{user}}{NBSP}: le serveur n'a pas vérifié son NIP. Un "
        "superviseur doit confirmer.",
        "Approved offline by {user}: the server did not check their PIN. A supervisor must "
        "confirm.",
    ),
    "login_needs_server": _both(
        f"Cette personne ne peut ouvrir une session à ce guichet que si le serveur est "
        f"joignable{NBSP}; il ne l'est pas.",
        "This person can log in at this counter only while the server can be reached; it "
        "cannot be now.",
    ),
    "pin_pepper_missing": _both(
        f"La clé des NIP de ce guichet manque dans le trousseau du système{NBSP}: jumelez "
        "le guichet de nouveau.",
        "This counter's PIN key is missing from the system keyring: pair the counter again.",
    ),
    "already_set_up": _both(
        "Cette base de données a déjà une organisation.",
        "This database already holds an organisation.",
    ),
    "not_logged_in": _both("Ouvrez d'abord une session.", "Log in first."),
    "unknown_terminal": _both("Ce guichet est inconnu.", "This counter is unknown."),
    "no_organisation": _both(
        "Le serveur n'a pas encore d'organisation (guichet server admin init, ou "
        "adoption-code pour y apporter celle d'un guichet autonome).",
        "The server has no organisation yet (guichet server admin init, or adoption-code "
        "to bring a standalone counter's).",
    ),
    # venues, halls, events
    "unknown_venue": _both("Ce lieu n'existe pas.", "This venue does not exist."),
    "venue_withdrawn": _both(
        f"Le lieu «{NBSP}{{venue}}{NBSP}» est retiré.",
        "The venue \u201c{venue}\u201d is withdrawn.",
    ),
    "venue_name_taken": _both(
        f"Un lieu s'appelle déjà «{NBSP}{{name}}{NBSP}».",
        "A venue is already called \u201c{name}\u201d.",
    ),
    "venue_exists": _both("Ce lieu existe déjà.", "This venue already exists."),
    "unknown_hall": _both("Cette salle n'existe pas.", "This hall does not exist."),
    "hall_name_taken": _both(
        f"«{NBSP}{{venue}}{NBSP}» a déjà une salle «{NBSP}{{name}}{NBSP}».",
        "\u201c{venue}\u201d already has a hall called \u201c{name}\u201d.",
    ),
    "hall_exists": _both("Cette salle existe déjà.", "This hall already exists."),
    "hall_other_venue": _both(
        f"La salle «{NBSP}{{hall}}{NBSP}» est dans un autre lieu.",
        "The hall \u201c{hall}\u201d is in another venue.",
    ),
    "unknown_seat_map": _both("Ce plan de salle n'existe pas.", "This seat map does not exist."),
    "seat_map_after_sales": _both(
        f"«{NBSP}{{event}}{NBSP}» a déjà des ventes{NBSP}: son plan de salle ne change plus.",
        "\u201c{event}\u201d already has sales: its seat map no longer changes.",
    ),
    "unknown_event": _both("Cet événement n'existe pas.", "This event does not exist."),
    "event_exists": _both("Cet événement existe déjà.", "This event already exists."),
    "event_kind_unknown": _both(
        "Un événement est un spectacle ou une activité.", "An event is a show or an activity."
    ),
    "event_name_taken": _both(
        f"Un événement s'appelle déjà «{NBSP}{{name}}{NBSP}».",
        "An event is already called \u201c{name}\u201d.",
    ),
    "unknown_activity": _both("Ce programme n'existe pas.", "This programme does not exist."),
    # printing tickets (issue 17, part 2)
    "unknown_receipt": _both("Ce reçu n'existe pas.", "This receipt does not exist."),
    "ticket_not_valid": _both(
        f"Le billet {{ticket}} n'est plus valide (remboursé, annulé ou échangé){NBSP}: "
        "il ne s'imprime plus.",
        "Ticket {ticket} is no longer valid (refunded, cancelled or exchanged): it no longer "
        "prints.",
    ),
    "ticket_printing_unknown": _both(
        f"Impression des billets inconnue ({{value}}){NBSP}: «{NBSP}separate{NBSP}» (chacun "
        f"après le reçu) ou «{NBSP}combined{NBSP}» (sur la même bande que le reçu).",
        "Unknown ticket printing ({value}): \u201cseparate\u201d (each after the receipt) or "
        "\u201ccombined\u201d (on the receipt's strip).",
    ),
    # tickets and the door (issue 17)
    "unknown_ticket": _both(
        f"Billet inconnu{NBSP}: {{ticket}}.", "Unknown ticket: {ticket}."
    ),
    "ticket_double_entry": _both(
        f"Double entrée{NBSP}: le billet {{ticket}} avait déjà été accepté à {{first_where}}.",
        "Double entry: ticket {ticket} had already been admitted at {first_where}.",
    ),
    "check_in_list_name_missing": _both(
        "Donnez un nom à la liste d'entrée.", "Give the check-in list a name."
    ),
    "check_in_minutes_out_of_range": _both(
        "L'entrée ouvre entre 0 et 1440 minutes avant le début.",
        "Entry opens between 0 and 1440 minutes before the start.",
    ),
    "unknown_check_in_list": _both(
        "Cette liste d'entrée n'existe pas.", "This check-in list does not exist."
    ),
    # exchanges (issue 17, part 6)
    "exchange_nothing": _both(
        "Cochez au moins un billet à échanger.", "Tick at least one ticket to exchange."
    ),
    "exchange_too_many": _both(
        "Au plus {maximum} billets par échange.", "At most {maximum} tickets per exchange."
    ),
    "exchange_one_order": _both(
        "Les billets d'un échange viennent tous d'une même commande.",
        "The tickets of one exchange all come from one order.",
    ),
    "exchange_code_unknown": _both(
        f"Aucune commande ni aucun billet ne porte ce code{NBSP}: {{text}}.",
        "No order or ticket has this code: {text}.",
    ),
    "exchange_booking": _both(
        f"Le billet {{ticket}} vient d'une carte ou d'un laissez-passer{NBSP}: annulez la "
        "réservation, puis réservez l'autre date.",
        "Ticket {ticket} comes from a card or a pass: cancel the booking, then book the "
        "other date.",
    ),
    "exchange_alacarte": _both(
        f"Le billet {{ticket}} est une place à la carte{NBSP}: remboursez-la et vendez "
        "l'autre date.",
        "Ticket {ticket} is a drop-in place: refund it and sell the other date.",
    ),
    "exchange_reserve": _both(
        f"Le billet {{ticket}} a été tiré d'une réserve{NBSP}: annulez le tirage, puis tirez "
        "l'autre date.",
        "Ticket {ticket} was drawn from a reserve: cancel the draw, then draw the other date.",
    ),
    "exchange_seats_count": _exchange_seats_count,
    "exchange_other_event": _exchange_other_event,
    "exchange_same_date": _both(
        f"Le billet {{ticket}} est déjà pour cette date{NBSP}: choisissez-en une autre.",
        "Ticket {ticket} is already for this date: choose another.",
    ),
    "ticket_not_exchangeable": _not_exchangeable,
    "ticket_already_used": _exchange_used,
    "exchange_date_ended": _exchange_date_ended,
    "exchange_new_date_ended": _exchange_new_date_ended,
    "exchange_price_differs": _exchange_price_differs,
    "exchange_category_not_offered": _exchange_category_not_offered,
    # categories and price lists
    "unknown_category": _both(
        "Cette catégorie de billet n'existe pas.", "This ticket category does not exist."
    ),
    "category_exists": _both("Cette catégorie existe déjà.", "This category already exists."),
    "category_code_taken": _both(
        f"Le code «{NBSP}{{text}}{NBSP}» est déjà pris.", "The code \u201c{text}\u201d is taken."
    ),
    "category_name_taken": _both(
        f"Une catégorie s'appelle déjà «{NBSP}{{name}}{NBSP}».",
        "A category is already called \u201c{name}\u201d.",
    ),
    "unknown_price_list": _both(
        "Cette liste de prix n'existe pas.", "This price list does not exist."
    ),
    "price_list_exists": _both(
        "Cette liste de prix existe déjà.", "This price list already exists."
    ),
    "price_list_withdrawn": _both(
        f"La liste «{NBSP}{{name}}{NBSP}» est retirée{NBSP}: choisissez-en une autre.",
        "The list \u201c{name}\u201d is withdrawn: choose another.",
    ),
    "price_list_name_taken": _both(
        f"Une liste de prix s'appelle déjà «{NBSP}{{name}}{NBSP}».",
        "A price list is already called \u201c{name}\u201d.",
    ),
    "price_list_in_use": _in_use,
    # à la carte (as the cards' rules say it)
    "alacarte_price_required": _both(
        f"Indiquez le prix à la carte, ou «{NBSP}laissez-passer seulement{NBSP}».",
        "Give the drop-in price, or \u201cpass holders only\u201d.",
    ),
    "places_out_of_range": _both(
        "Nombre de places hors limites ({places}).", "Number of places out of range ({places})."
    ),
    "amount_out_of_range": _both("Montant hors limites.", "Amount out of range."),
    "number_out_of_range": _field(
        f"{{Field}}{NBSP}: nombre hors limites.", "{Field}: number out of range."
    ),
    # the server's edge (guichet.server.edge): a request refused before it reached anything
    "request_invalid": _both(
        f"Requête refusée par le serveur{NBSP}: le champ {{field}} ne convient pas ({{reason}}).",
        "Request refused by the server: field {field} does not fit ({reason}).",
    ),
    "request_unreadable": _both(
        f"Requête refusée par le serveur{NBSP}: illisible.",
        "Request refused by the server: unreadable.",
    ),
    "internal_refusal": _both(
        f"Le serveur n'a pas pu traiter la requête{NBSP}; rien n'a été enregistré, le guichet "
        "réessaiera.",
        "The server could not handle the request; nothing was recorded, the counter will try "
        "again.",
    ),
    "minutes_out_of_range": _both(
        "Délai hors limites (un an au plus).", "Delay out of range (a year at most)."
    ),
    "registration_window_reversed": _both(
        "La fin des inscriptions doit venir après leur début.",
        "Registration must close after it opens.",
    ),
    # a season's programme
    "programme_refused": lambda p, lang, tz: (
        f"{number(p.get('count', 0), lang)}{NBSP}"
        f"{_plural(int(p.get('count', 0) or 0), 'erreur', 'erreurs')} dans le fichier{NBSP}: "
        "rien n'a été importé."
        if lang == "fr"
        else f"{number(p.get('count', 0), lang)} "
        f"{_plural(int(p.get('count', 0) or 0), 'error', 'errors', lang)} in the file: nothing was "
        "imported."
    ),
    "programme_empty": _both("Le fichier ne contient aucune date.", "The file holds no date."),
    "programme_too_long": _both(
        f"Trop de lignes{NBSP}: {{count}} pour {{maximum}} au plus.",
        "Too many rows: {count}, {maximum} at most.",
    ),
    "file_unreadable": _file_problem(
        f"Impossible de lire le fichier {{path}}{NBSP}: {{detail}}.",
        "Cannot read the file {path}: {detail}.",
    ),
    "path_unusable": _file_problem(
        f"Impossible d'utiliser {{path}}{NBSP}: {{detail}}.",
        "Cannot use {path}: {detail}.",
    ),
    "file_format": _both(
        f"Format non reconnu{NBSP}: {{name}} (CSV ou XLSX).",
        "Unknown format: {name} (CSV or XLSX).",
    ),
    "seated_capacity": _both(
        f"«{NBSP}{{event}}{NBSP}» se vend par siège{NBSP}: sa capacité est celle de son plan "
        "({seats} sièges). Laissez la colonne capacity vide ou mettez-y ce nombre.",
        "\u201c{event}\u201d sells by seat: its capacity is its map's ({seats} seats). Leave "
        "the capacity column empty or give that number.",
    ),
    "columns_twice": _both(
        f"Ces colonnes sont en double (en français et en anglais{NBSP}?)"
        f"{NBSP}: {{columns}}. Gardez-en une de chaque.",
        "These columns are there twice (in French and in English?): {columns}. Keep one of "
        "each.",
    ),
    "columns_missing": _both(
        f"Colonnes manquantes{NBSP}: {{columns}}. Attendu{NBSP}: {{expected}}.",
        "Missing columns: {columns}. Expected: {expected}.",
    ),
    "unknown_venue_named": _both(
        f"Lieu inconnu{NBSP}: «{NBSP}{{name}}{NBSP}» (lieux{NBSP}: {{known}}).",
        "Unknown venue: \u201c{name}\u201d (venues: {known}).",
    ),
    "unknown_category_code": _both(
        f"Catégorie inconnue{NBSP}: «{NBSP}{{text}}{NBSP}» (codes{NBSP}: {{known}}).",
        "Unknown category: \u201c{text}\u201d (codes: {known}).",
    ),
    "price_pair_invalid": _both(
        f"«{NBSP}{{text}}{NBSP}»{NBSP}: écrivez le code de la catégorie, un signe égal et "
        "le prix (par exemple adulte=25,00).",
        "\u201c{text}\u201d: write the category's code, an equals sign and the price "
        "(for example adult=25.00).",
    ),
    "price_given_twice": _both(
        f"Deux prix pour la catégorie «{NBSP}{{text}}{NBSP}»{NBSP}: donnez-en un seul.",
        "Two prices for the category \u201c{text}\u201d: give only one.",
    ),
    "unknown_price_list_named": _both(
        f"Liste de prix inconnue{NBSP}: «{NBSP}{{name}}{NBSP}» (listes{NBSP}: {{known}}).",
        "Unknown price list: \u201c{name}\u201d (lists: {known}).",
    ),
    "event_other_venue": _both(
        f"«{NBSP}{{event}}{NBSP}» existe déjà au lieu «{NBSP}{{venue}}{NBSP}».",
        "\u201c{event}\u201d already exists at the venue \u201c{venue}\u201d.",
    ),
    "value_missing": _field("{Field} est vide.", "{Field} is empty."),
    "choice_required": _field("Choisissez {field}.", "Choose {field}."),
    "card_issue_one": _both(
        "Une carte émise à un client est unique et activée.",
        "A card issued to a customer is a single, activated card.",
    ),
    # -- more: set-up assistant and init --
    # -- more: staff, organisation, counters, history --
    # seat maps (the CSV import of docs/SEATING.md), for the command line
    "seatmap_csv_line": lambda p, lang, tz: at_line(
        p.get("line", "?"),
        {
            "columns": ("il manque des colonnes.", "columns are missing."),
            "section": (
                f"section invalide «{NBSP}{{value}}{NBSP}».",
                "invalid section \u201c{value}\u201d.",
            ),
            "row": (
                f"rangée invalide «{NBSP}{{value}}{NBSP}».",
                "invalid row \u201c{value}\u201d.",
            ),
            "number": (
                f"numéro de siège invalide «{NBSP}{{value}}{NBSP}» (ex. 12 ou 12A).",
                "invalid seat number \u201c{value}\u201d (e.g. 12 or 12A).",
            ),
            "duplicate": (
                f"siège en double «{NBSP}{{value}}{NBSP}», déjà à la ligne {{first_line}}.",
                "seat \u201c{value}\u201d twice, already on line {first_line}.",
            ),
            "coordinate": (
                f"coordonnée invalide «{NBSP}{{value}}{NBSP}».",
                "invalid coordinate \u201c{value}\u201d.",
            ),
            "coordinate_missing": (
                "x et y manquent, alors que d'autres lignes les donnent.",
                "x and y are missing, while other lines give them.",
            ),
            "accessible": (
                f"«{NBSP}{{value}}{NBSP}» n'est pas oui ou non (colonne accessible).",
                "\u201c{value}\u201d is not yes or no (accessible column).",
            ),
        }.get(
            str(p.get("reason", "")),
            (f"valeur invalide «{NBSP}{{value}}{NBSP}».", "invalid value \u201c{value}\u201d."),
        )[0 if lang == "fr" else 1].format(
            value=p.get("value", ""), first_line=p.get("first_line", "")
        ),
        lang,
    ),
    "seatmap_csv_header": lambda p, lang, tz: (
        (
            f"Deux colonnes du fichier donnent la même chose{NBSP}: {p.get('duplicate', '')}."
            if lang == "fr"
            else f"Two columns of the file give the same thing: {p.get('duplicate', '')}."
        )
        if p.get("duplicate")
        else (
            f"Colonnes manquantes dans le fichier{NBSP}: {p.get('missing', '')} (il faut "
            f"section, rangée et numéro{NBSP}; x et y vont ensemble)."
            if lang == "fr"
            else f"Missing columns in the file: {p.get('missing', '')} (section, row and "
            "number are required; x and y go together)."
        )
    ),
    "seatmap_empty": _both(
        "Le plan de salle ne contient aucun siège.", "The seat map holds no seat."
    ),
    "seatmap_too_large": _both(
        f"Plan de salle trop grand{NBSP}: {{seats}}{NBSP}sièges (au plus {{maximum}}).",
        "Seat map too large: {seats} seats ({maximum} at most).",
    ),
    "seatmap_duplicate_seat": _both(
        f"Siège en double dans le plan{NBSP}: {{seat}}.", "Seat twice in the map: {seat}."
    ),
    "seat_map_exists": _both("Ce plan de salle existe déjà.", "This seat map already exists."),
    "file_not_found": _both(f"Fichier introuvable{NBSP}: {{path}}.", "File not found: {path}."),
    # the event form's lengths and delays
    "duration_format": _both(
        f"Durée «{NBSP}{{text}}{NBSP}»{NBSP}: en minutes (90) ou en heures et minutes (1:30).",
        "Length \u201c{text}\u201d: in minutes (90) or in hours and minutes (1:30).",
    ),
    "delay_format": _field(
        f"{{Field}}{NBSP}: «{NBSP}{{text}}{NBSP}» n'est pas un délai. Tapez par exemple "
        f"7{NBSP}j, 2{NBSP}h ou 1{NBSP}j 12{NBSP}h.",
        "{Field}: \u201c{text}\u201d is not a delay. Type for example 7 d, 2 h or 1 d 12 h.",
    ),
    # -- more: venues and events --
    "time_invalid": _both(
        f"«{NBSP}{{text}}{NBSP}» n'est pas une heure. Tapez par exemple 10{NBSP}h, "
        f"12{NBSP}h{NBSP}30 ou 10:00, 12:30, séparées par des virgules.",
        "\u201c{text}\u201d is not a time. Type for example 10:00, 12:30 or 2 pm, separated "
        "by commas.",
    ),
    "delay_invalid": _field(
        f"{{Field}}{NBSP}: «{NBSP}{{text}}{NBSP}» n'est pas un délai. Tapez par exemple "
        f"90{NBSP}min, 2{NBSP}h, 1{NBSP}h{NBSP}30 ou 7{NBSP}j (un an au plus).",
        "{Field}: \u201c{text}\u201d is not a delay. Type for example 90 min, 2 h, 1 h 30 or "
        "7 d (a year at most).",
    ),
    "length_invalid": _both(
        f"Durée «{NBSP}{{text}}{NBSP}» invalide{NBSP}: tapez par exemple 90{NBSP}min, "
        f"2{NBSP}h ou 1{NBSP}h{NBSP}30.",
        "Length \u201c{text}\u201d is not valid: type for example 90 min, 2 h or 1 h 30.",
    ),
    # -- more: dates (schedule) --
    # a season's programme: its files, cells and rows
    "file_denied": _both(
        f"Accès refusé au fichier {{path}}{NBSP}: vérifiez qu'il n'est pas ouvert ailleurs et "
        "que vous pouvez le lire.",
        "Access to the file {path} is denied: check that it is not open elsewhere and that you "
        "may read it.",
    ),
    "file_too_big": _both(
        f"Le fichier {{path}} est trop gros{NBSP}: {{maximum}}{NBSP}Mo au plus.",
        "The file {path} is too big: {maximum} MB at most.",
    ),
    "xlsx_damaged": _both(
        f"Le fichier {{path}} n'est pas un classeur XLSX lisible (endommagé, protégé par un mot "
        f"de passe ou d'un autre format){NBSP}; enregistrez-le de nouveau en XLSX ou en CSV.",
        "The file {path} is not a readable XLSX workbook (damaged, password-protected or of "
        "another format); save it again as XLSX or CSV.",
    ),
    "cell_formula": _both(
        f"La cellule {{cell}} contient une formule sans valeur calculée ({{formula}}){NBSP}: "
        "ouvrez le fichier dans Excel et enregistrez-le, ou tapez la valeur.",
        "The cell {cell} holds a formula without a computed value ({formula}): open the file "
        "in Excel and save it, or type the value.",
    ),
    "file_encoding": _both(
        f"Caractères illisibles dans «{NBSP}{{text}}{NBSP}»{NBSP}: enregistrez le fichier en "
        "CSV UTF-8 (ou en XLSX).",
        "Unreadable characters in \u201c{text}\u201d: save the file as CSV UTF-8 (or XLSX).",
    ),
    "time_skipped": _field(
        f"{{Field}}{NBSP}: {{text}} n'existe pas (les horloges avancent d'une heure cette "
        "nuit-là).",
        "{Field}: {text} does not exist (clocks spring forward an hour that night).",
    ),
    "new_event_needs_list": _both(
        f"«{NBSP}{{event}}{NBSP}» n'existe pas encore{NBSP}: indiquez sa liste de prix "
        "(colonne price_list) pour le créer.",
        "\u201c{event}\u201d does not exist yet: give its price list (price_list column) to "
        "create it.",
    ),
    "period_reversed": _both(
        "Le dernier jour de la période vient avant le premier.",
        "The period's last day comes before its first.",
    ),
    # The counter's disk (guichet/models/storage.py): said, never taken for a damaged file.
    "disk_full": _both(
        f"Le disque de ce guichet est plein (ou refuse d'écrire){NBSP}: rien n'a été "
        f"enregistré. Le panier et les paiements reçus sont gardés{NBSP}; libérez de la place "
        "ou appelez le soutien, puis réessayez.",
        "This counter's disk is full (or refuses to write): nothing was recorded. The cart "
        "and the payments received are kept; free some space or call support, then try again.",
    ),
    "folder_read_only": _both(
        f"Le dossier des données de ce guichet ({{folder}}) est en lecture seule{NBSP}: rien "
        f"n'a été enregistré. Le panier et les paiements reçus sont gardés{NBSP}; rétablissez "
        "le droit d'écrire ou appelez le soutien, puis réessayez.",
        "This counter's data folder ({folder}) is read-only: nothing was recorded. The cart "
        "and the payments received are kept; restore write access or call support, then try "
        "again.",
    ),
    "search_too_long": _both(
        f"Recherche trop longue{NBSP}: {{length}}{NBSP}caractères ({{maximum}} au plus).",
        "Search too long: {length} characters ({maximum} at most).",
    ),
    "file_unwritable": _file_problem(
        f"Impossible d'écrire le fichier {{path}}{NBSP}: {{detail}}.",
        "Cannot write the file {path}: {detail}.",
    ),
    # -- more: prices and the programme's import and export --
    # Printer failures (PrinterError codes) the counter's Qt messages do not already say.
    "printer_name_missing": _both(
        f"Adresse d'imprimante incomplète{NBSP}: écrivez win:NOM DE L'IMPRIMANTE avec le nom "
        "que Windows lui donne, par exemple win:EPSON TM-T20III Receipt.",
        "Incomplete printer address: write win:PRINTER NAME with the name Windows gives it, "
        "for example win:EPSON TM-T20III Receipt.",
    ),
    "windows_only": _both(
        f"Une imprimante win:NOM passe par le spouleur de Windows et ne sert que sous "
        f"Windows{NBSP}: sur cet ordinateur, choisissez une adresse usb:VID:PID, "
        "tcp:HÔTE:PORT, serial:PORT ou file:CHEMIN.",
        "A win:NAME printer goes through the Windows print spooler and works on Windows "
        "only: on this computer, use a usb:VID:PID, tcp:HOST:PORT, serial:PORT or file:PATH "
        "address.",
    ),
}


def message(
    code: str,
    params: Mapping[str, Any] | None = None,
    lang: str = "fr",
    tz: str = "America/Toronto",
) -> str:
    """The refusal ``code`` in words; an unknown code still says what was refused."""
    words = MESSAGES.get(code)
    if words is None:
        return f"Opération refusée ({code})." if lang == "fr" else f"Refused ({code})."
    try:
        return words(params or {}, lang, tz)
    except (KeyError, ValueError, TypeError, IndexError):
        return f"Opération refusée ({code})." if lang == "fr" else f"Refused ({code})."


def knows(code: str) -> bool:
    return code in MESSAGES


def at_line(line: int, text: str, lang: str) -> str:
    """An import's error at its line: "Ligne 12 : …"."""
    return f"Ligne {line}{NBSP}: {text}" if lang == "fr" else f"Line {line}: {text}"


def money_text(cents: int, lang: str) -> str:
    return money(cents, lang)


def _merge_sync_messages() -> None:
    # Sync's own words live beside (issue 21, part 1); merged here so `message` knows them.
    from guichet.i18n.errors_sync import SYNC_MESSAGES

    MESSAGES.update(SYNC_MESSAGES)


_merge_sync_messages()


def _merge_transport_messages() -> None:
    # Budgets, TLS and bearer codes (issue 21, parts 4 and 5): guichet/i18n/transport.py.
    from guichet.i18n.transport import MESSAGES as TRANSPORT

    MESSAGES.update(TRANSPORT)


_merge_transport_messages()
