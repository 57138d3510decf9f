"""Turn a domain error code into words for the cashier, in the UI language."""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from guichet.domain.errors import DomainError
from guichet.i18n.errors import os_words
from guichet.i18n.formatting import long_date, money


def _day(params: dict[str, Any], key: str, lang: str) -> str:
    """An ISO date parameter ("2026-12-05") as words: "samedi 5 décembre 2026"."""
    return long_date(date.fromisoformat(str(params[key])), lang)


#: The organisation's time zone, set by the application at start-up: moments in messages
#: ("registration opens at ...") are told as the venue's clocks show them.
DISPLAY_TIMEZONE = "America/Toronto"


def _when(params: dict[str, Any], key: str, lang: str) -> str:
    from datetime import datetime

    from guichet.i18n.formatting import event_datetime

    moment = params[key]
    if not isinstance(moment, datetime):
        moment = datetime.fromisoformat(str(moment))
    return event_datetime(moment, DISPLAY_TIMEZONE, lang)


def _m(params: dict[str, Any], key: str, lang: str) -> str:
    return money(int(params.get(key, 0)), lang)


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    """A message with Qt's plural forms (%n: « 1 billet », « 3 billets »). lupdate reads the
    count only from ``tr(text, "", n)`` calls (not from ``translate``) and files these module-level
    ones under the "" context: so does this function."""
    return QCoreApplication.translate("", text, disambiguation, n)


def _n(params: dict[str, Any], key: str) -> int:
    """The count of a %n message (Qt's plural forms: « 1 billet », « 3 billets »); a missing or
    unreadable count falls back to "Opération refusée" like any other missing parameter."""
    try:
        return int(params[key])
    except TypeError as error:
        raise ValueError(key) from error


# Each entry builds the sentence from the error's params. French source text: see ui/__init__.
MESSAGES: dict[str, Callable[[dict[str, Any], str], str]] = {
    "capacity_exceeded": lambda p, lang: QCoreApplication.translate(
        "messages",
        "Plus assez de places\u00a0: il en reste {remaining}, vous en demandez {requested}.",
    ).format(**p),
    "quantity_not_positive": lambda p, lang: QCoreApplication.translate(
        "messages", "La quantité doit être d'au moins 1."
    ),
    "quantity_too_large": lambda p, lang: QCoreApplication.translate(
        "messages", "Quantité trop grande (maximum {maximum})."
    ).format(**p),
    "category_not_offered": lambda p, lang: QCoreApplication.translate(
        "messages", "Ce tarif n'est pas offert pour cette séance."
    ),
    "unknown_occurrence": lambda p, lang: QCoreApplication.translate(
        "messages", "Cette séance n'existe plus."
    ),
    "occurrence_cancelled": lambda p, lang: QCoreApplication.translate(
        "messages", "Cette séance est annulée."
    ),
    "cart_empty": lambda p, lang: QCoreApplication.translate("messages", "Le panier est vide."),
    "wrong_pin": lambda p, lang: tr(
        "NIP incorrect. Encore %n essai(s).", "", _n(p, "attempts_left")
    ),
    "user_locked_now": lambda p, lang: QCoreApplication.translate(
        "messages", "NIP incorrect 5 fois\u00a0: utilisateur bloqué pendant {minutes} minutes."
    ).format(**p),
    "user_locked": lambda p, lang: QCoreApplication.translate(
        "messages", "Utilisateur bloqué après 5 NIP incorrects. Réessayez dans {minutes} min."
    ).format(minutes=max(1, math.ceil(int(p.get("seconds", 60)) / 60))),
    "pin_format": lambda p, lang: QCoreApplication.translate(
        "messages", "Le NIP compte de {minimum} à {maximum} chiffres."
    ).format(**p),
    "unknown_user": lambda p, lang: QCoreApplication.translate(
        "messages", "Utilisateur inconnu ou désactivé."
    ),
    "not_logged_in": lambda p, lang: QCoreApplication.translate(
        "messages", "Ouvrez d'abord une session."
    ),
    "forbidden": lambda p, lang: QCoreApplication.translate(
        "messages", "Votre rôle ne permet pas cette opération."
    ),
    "supervisor_required": lambda p, lang: QCoreApplication.translate(
        "messages", "Il faut le NIP d'un superviseur."
    ),
    "no_open_shift": lambda p, lang: QCoreApplication.translate(
        "messages", "Aucun quart ouvert à cette caisse."
    ),
    "shift_already_open": lambda p, lang: QCoreApplication.translate(
        "messages", "Un quart est déjà ouvert à cette caisse."
    ),
    "shift_closed": lambda p, lang: QCoreApplication.translate("messages", "Ce quart est fermé."),
    "unknown_shift": lambda p, lang: QCoreApplication.translate("messages", "Quart inconnu."),
    "amount_out_of_range": lambda p, lang: QCoreApplication.translate(
        "messages", "Montant hors limites\u00a0: {amount}."
    ).format(amount=_m(p, "amount", lang)),
    "amount_not_positive": lambda p, lang: QCoreApplication.translate(
        "messages", "Le montant doit être supérieur à zéro."
    ),
    "amount_above_balance": lambda p, lang: QCoreApplication.translate(
        "messages", "Le montant ({amount}) dépasse le solde dû ({balance})."
    ).format(amount=_m(p, "amount", lang), balance=_m(p, "balance", lang)),
    "already_paid": lambda p, lang: QCoreApplication.translate(
        "messages", "La commande est déjà payée."
    ),
    "card_reference_required": lambda p, lang: QCoreApplication.translate(
        "messages", "Entrez le numéro d'autorisation du terminal de paiement."
    ),
    "not_paid": lambda p, lang: QCoreApplication.translate(
        "messages", "Le paiement n'est pas complet."
    ),
    "payment_mismatch": lambda p, lang: QCoreApplication.translate(
        "messages", "Les paiements ne correspondent pas au total."
    ),
    "total_mismatch": lambda p, lang: QCoreApplication.translate(
        "messages", "Le total a changé\u00a0; vérifiez le panier."
    ),
    "price_mismatch": lambda p, lang: QCoreApplication.translate(
        "messages", "Le prix a changé\u00a0; retirez la ligne et ajoutez-la."
    ),
    "unknown_order": lambda p, lang: QCoreApplication.translate(
        "messages", "Aucune commande ne porte ce code."
    ),
    "code_malformed": lambda p, lang: QCoreApplication.translate(
        "messages", "Code invalide\u00a0: vérifiez le code."
    ),
    "promo_not_yet_valid": lambda p, lang: QCoreApplication.translate(
        "messages", "Ce code n'est pas encore en vigueur (à partir du {starts})."
    ).format(starts=_day(p, "starts", lang)),
    "promo_expired": lambda p, lang: QCoreApplication.translate(
        "messages", "Ce code est expiré (dernier jour\u00a0: {expired})."
    ).format(expired=_day(p, "expired", lang)),
    "promo_quota_reached": lambda p, lang: (
        tr(
            "Quota atteint\u00a0: {used} / {permitted}. Il reste %n billet(s) à ce prix, "
            "le panier en demande {requested}.",
            "",
            _n(p, "remaining"),
        ).format(**p)
        if "remaining" in p
        else QCoreApplication.translate(
            "messages", "Quota atteint\u00a0: {used} / {permitted}."
        ).format(**p)
    ),
    "promo_per_order_max": lambda p, lang: QCoreApplication.translate(
        "messages", "Maximum {maximum} billets par commande pour ce code."
    ).format(**p),
    "promo_not_applicable": lambda p, lang: QCoreApplication.translate(
        "messages", "Ce code ne s'applique à aucun billet du panier."
    ),
    "promo_customer_not_eligible": lambda p, lang: QCoreApplication.translate(
        "messages", "Ce client n'a pas droit à cette promotion."
    ),
    "promo_automatic_in_force": lambda p, lang: QCoreApplication.translate(
        "messages",
        "Une promotion automatique est en vigueur\u00a0: aucun autre code ne peut être utilisé.",
    ),
    "promo_lines_need_code": lambda p, lang: QCoreApplication.translate(
        "messages",
        "Retirez d'abord du panier les billets {categories}\u00a0: seul le code promo appliqué "
        "les offre.",
    ).format(**p),
    "promo_unknown_code": lambda p, lang: (
        QCoreApplication.translate("messages", "Code inconnu\u00a0: {text}.").format(text=p["text"])
        if p.get("text")
        else QCoreApplication.translate("messages", "Code inconnu.")
    ),
    "promo_disabled": lambda p, lang: QCoreApplication.translate(
        "messages", "Ce code est désactivé."
    ),
    "promo_terminal_not_eligible": lambda p, lang: QCoreApplication.translate(
        "messages", "Cette promotion n'est pas offerte à ce guichet."
    ),
    "already_refunded": lambda p, lang: QCoreApplication.translate(
        "messages", "Cette commande est déjà entièrement remboursée."
    ),
    "nothing_to_refund": lambda p, lang: QCoreApplication.translate(
        "messages", "Choisissez au moins une ligne à rembourser."
    ),
    "refund_quantity_exceeded": lambda p, lang: tr(
        "On ne peut rembourser que %n billet(s) sur cette ligne.", "", _n(p, "left")
    ),
    "receipt_not_in_shift": lambda p, lang: QCoreApplication.translate(
        "messages", "Ce reçu n'est pas de ce quart."
    ),
    "unknown_denomination": lambda p, lang: QCoreApplication.translate(
        "messages", "Coupure inconnue."
    ),
    "negative_count": lambda p, lang: QCoreApplication.translate(
        "messages", "Un dénombrement ne peut pas être négatif."
    ),
    "count_too_large": lambda p, lang: QCoreApplication.translate(
        "messages", "Dénombrement trop grand."
    ),
    "bad_amount": lambda p, lang: QCoreApplication.translate(
        "messages", "Montant invalide\u00a0: tapez par exemple 20 ou 12,50."
    ),
    "no_printer": lambda p, lang: QCoreApplication.translate(
        "messages", "Aucune imprimante configurée."
    ),
    "offline": lambda p, lang: QCoreApplication.translate(
        "messages", "Imprimante hors ligne ou éteinte."
    ),
    "unreachable": lambda p, lang: QCoreApplication.translate(
        "messages", "Imprimante injoignable sur le réseau."
    ),
    "timeout": lambda p, lang: QCoreApplication.translate(
        "messages", "L'imprimante ne répond pas."
    ),
    "unplugged": lambda p, lang: QCoreApplication.translate("messages", "Imprimante débranchée."),
    "paper_out": lambda p, lang: QCoreApplication.translate(
        "messages", "Plus de papier dans l'imprimante."
    ),
    "io_error": lambda p, lang: QCoreApplication.translate("messages", "Erreur d'impression."),
    "bad_uri": lambda p, lang: QCoreApplication.translate(
        "messages", "Adresse d'imprimante invalide."
    ),
    # Back office of promotions and promo codes.
    "promo_name_missing": lambda p, lang: QCoreApplication.translate(
        "messages", "Donnez un nom (en français) à la promotion."
    ),
    "promo_dates_inverted": lambda p, lang: QCoreApplication.translate(
        "messages",
        "L'expiration ({expires}) tombe avant l'entrée en vigueur ({starts})\u00a0: corrigez "
        "l'une des deux dates.",
    ).format(expires=_day(p, "expires", lang), starts=_day(p, "starts", lang)),
    "promo_percent_invalid": lambda p, lang: QCoreApplication.translate(
        "messages", "Le pourcentage doit être plus grand que 0 et au plus 100 (ex. 20 ou 12,5)."
    ),
    "promo_amount_invalid": lambda p, lang: QCoreApplication.translate(
        "messages", "Le montant de la réduction doit être plus grand que zéro (ex. 5 ou 2,50)."
    ),
    "promo_price_list_missing": lambda p, lang: QCoreApplication.translate(
        "messages", "Choisissez la nouvelle liste de prix."
    ),
    "promo_tag_missing": lambda p, lang: QCoreApplication.translate(
        "messages", "Tapez l'étiquette à vérifier, ou choisissez «\u00a0Tous\u00a0»."
    ),
    "promo_limit_invalid": lambda p, lang: QCoreApplication.translate(
        "messages", "Un quota ou une limite ne peut pas être négatif."
    ),
    "promo_code_empty": lambda p, lang: QCoreApplication.translate(
        "messages", "Tapez le code à ajouter."
    ),
    "promo_code_taken": lambda p, lang: QCoreApplication.translate(
        "messages", "Le code {text} existe déjà\u00a0: choisissez-en un autre."
    ).format(text=p.get("text", "")),
    "promo_used_cannot_delete": lambda p, lang: QCoreApplication.translate(
        "messages", "Déjà utilisé dans une vente\u00a0: on peut le désactiver, pas le supprimer."
    ),
    "promo_codes_count": lambda p, lang: QCoreApplication.translate(
        "messages", "On peut générer de 1 à {maximum} codes à la fois."
    ).format(maximum=f"{int(p.get('maximum', 1_000_000)):,}".replace(",", "\u00a0")),
    "promo_codes_too_many": lambda p, lang: QCoreApplication.translate(
        "messages", "Trop de codes d'un coup (au plus {maximum})."
    ).format(**p),
    "unknown_promotion": lambda p, lang: QCoreApplication.translate(
        "messages", "Cette promotion n'existe plus."
    ),
    "unknown_tag_target": lambda p, lang: QCoreApplication.translate(
        "messages", "Un des éléments choisis n'existe plus."
    ),
    # Capacity reserves (réserves de capacité) and their participants.
    "reserve_forbidden": lambda p, lang: QCoreApplication.translate(
        "messages", "Vous n'avez pas accès à la réserve «\u00a0{reserve_name}\u00a0»."
    ).format(reserve_name=p.get("reserve_name", "")),
    "reserve_manage_forbidden": lambda p, lang: QCoreApplication.translate(
        "messages", "Seul un superviseur ou le propriétaire gère les réserves."
    ),
    "reserve_exhausted": lambda p, lang: QCoreApplication.translate(
        "messages",
        "Plus assez de places dans la réserve\u00a0: il en reste {remaining}, "
        "vous en demandez {requested}.",
    ).format(remaining=p["remaining"], requested=p["requested"]),
    "reserve_below_drawn": lambda p, lang: tr(
        "Impossible de descendre à {requested}\u00a0: %n billet(s) déjà tiré(s) de cette "
        "réserve.",
        "",
        _n(p, "drawn"),
    ).format(requested=p["requested"]),
    "reserve_quantity_invalid": lambda p, lang: QCoreApplication.translate(
        "messages", "Quantité invalide\u00a0: de 0 à {maximum} places (la capacité de la séance)."
    ).format(maximum=p["maximum"]),
    "reserve_without_access_cannot_draw": lambda p, lang: QCoreApplication.translate(
        "messages",
        "La réserve «\u00a0{reserve_name}\u00a0» est sans accès\u00a0: libérez d'abord ses places.",
    ).format(reserve_name=p.get("reserve_name", "")),
    "reserve_cancel_exceeds_drawn": lambda p, lang: tr(
        "On ne peut annuler que %n billet(s) tiré(s), pas {requested}.", "", _n(p, "drawn")
    ).format(requested=p["requested"]),
    "reserve_on_seated_tariff": lambda p, lang: QCoreApplication.translate(
        "messages", "Les réserves de capacité ne sont pas offertes pour les sièges réservés."
    ),
    "reserve_name_required": lambda p, lang: QCoreApplication.translate(
        "messages", "Donnez un nom à la réserve."
    ),
    "reserve_category_required": lambda p, lang: QCoreApplication.translate(
        "messages", "Une réserve avec accès a besoin d'un tarif\u00a0: choisissez-le."
    ),
    "reserve_category_not_allowed": lambda p, lang: QCoreApplication.translate(
        "messages", "Une réserve sans accès n'a pas de tarif."
    ),
    "reserve_users_not_allowed": lambda p, lang: QCoreApplication.translate(
        "messages", "Choisissez «\u00a0Usagers sélectionnés\u00a0» pour cocher des usagers."
    ),
    "unknown_reserve": lambda p, lang: QCoreApplication.translate(
        "messages", "Cette réserve n'existe plus."
    ),
    "draw_charged_needs_refund": lambda p, lang: QCoreApplication.translate(
        "messages", "Ces billets ont été payés\u00a0: annulez-les par un remboursement (F8)."
    ),
    "participant_name_required": lambda p, lang: QCoreApplication.translate(
        "messages", "Tapez le nom du participant."
    ),
    "participant_email_invalid": lambda p, lang: QCoreApplication.translate(
        "messages", "Courriel invalide\u00a0: {email} (ex. nom@exemple.ca)."
    ).format(email=p.get("email", "")),
    "participant_phone_invalid": lambda p, lang: QCoreApplication.translate(
        "messages", "Téléphone invalide\u00a0: {phone} (7 à 15 chiffres, ex. 418 555-0123)."
    ).format(phone=p.get("phone", "")),
    # Reserved seating: seat maps and seat states (issue 5, part 5).
    "seat_taken": lambda p, lang: (
        QCoreApplication.translate(
            "messages",
            "{refused} des sièges choisis ne sont plus libres, dont {seat}\u00a0: rien n'a été "
            "changé.",
        ).format(refused=p["refused"], seat=p["seat"])
        if int(p.get("refused", 1)) > 1
        else {
            "sold": QCoreApplication.translate("messages", "Siège déjà vendu\u00a0: {seat}."),
            "in_cart": QCoreApplication.translate(
                "messages", "Siège déjà dans un panier (pas encore payé)\u00a0: {seat}."
            ),
            "held": (
                QCoreApplication.translate(
                    "messages", "Siège retenu par un superviseur ({note})\u00a0: {seat}."
                )
                if p.get("note")
                else QCoreApplication.translate(
                    "messages", "Siège retenu par un superviseur\u00a0: {seat}."
                )
            ),
            "blocked": (
                QCoreApplication.translate(
                    "messages", "Siège bloqué, à ne pas vendre ({note})\u00a0: {seat}."
                )
                if p.get("note")
                else QCoreApplication.translate(
                    "messages", "Siège bloqué, à ne pas vendre\u00a0: {seat}."
                )
            ),
        }.get(
            str(p.get("state", "")),
            QCoreApplication.translate("messages", "Siège déjà pris\u00a0: {seat}."),
        ).format(seat=p["seat"], note=p.get("note", ""))
    ),
    "seats_required": lambda p, lang: QCoreApplication.translate(
        "messages", "Cette séance a un plan de salle\u00a0: choisissez les sièges sur le plan."
    ),
    "not_seated": lambda p, lang: QCoreApplication.translate(
        "messages", "Cette séance n'a pas de plan de salle\u00a0: {event}."
    ).format(event=p.get("event", "")),
    "seat_assign_incomplete": lambda p, lang: QCoreApplication.translate(
        "messages", "Attribution incomplète\u00a0: il faut le nom du participant et une catégorie."
    ),
    "seats_change_on_map": lambda p, lang: QCoreApplication.translate(
        "messages",
        "Des sièges se changent sur le plan\u00a0: retirez la ligne, puis choisissez d'autres "
        "sièges.",
    ),
    "seat_not_in_cart": lambda p, lang: QCoreApplication.translate(
        "messages", "Ce siège n'est pas dans ce panier\u00a0: {seat}."
    ).format(seat=p["seat"]),
    "seat_not_held": lambda p, lang: QCoreApplication.translate(
        "messages", "Ce siège n'est ni retenu ni bloqué\u00a0: {seat}."
    ).format(seat=p["seat"]),
    "seat_not_sold": lambda p, lang: QCoreApplication.translate(
        "messages", "Ce siège n'est pas vendu\u00a0: {seat}."
    ).format(seat=p["seat"]),
    "seat_unknown": lambda p, lang: QCoreApplication.translate(
        "messages", "Ce siège n'existe pas sur le plan de la salle."
    ),
    "seat_selection_empty": lambda p, lang: QCoreApplication.translate(
        "messages", "Choisissez au moins un siège sur le plan."
    ),
    "seat_cart_required": lambda p, lang: QCoreApplication.translate(
        "messages", "Aucun panier ouvert pour ces sièges."
    ),
    "seat_participant_required": lambda p, lang: QCoreApplication.translate(
        "messages", "Entrez le nom de la personne à qui le siège est attribué."
    ),
    "seat_participant_too_long": lambda p, lang: QCoreApplication.translate(
        "messages", "Nom trop long (au plus {maximum} caractères)."
    ).format(maximum=p["maximum"]),
    "seat_note_too_long": lambda p, lang: QCoreApplication.translate(
        "messages", "Note trop longue (au plus {maximum} caractères)."
    ).format(maximum=p["maximum"]),
    "seat_section_unknown": lambda p, lang: QCoreApplication.translate(
        "messages", "Section inconnue sur ce plan\u00a0: {section}."
    ).format(section=p["section"]),
    "seat_row_unknown": lambda p, lang: QCoreApplication.translate(
        "messages", "Rangée {row} inconnue dans la section {section}."
    ).format(row=p["row"], section=p["section"]),
    "seat_invalid": lambda p, lang: QCoreApplication.translate(
        "messages", "Siège invalide\u00a0: {value}."
    ).format(value=p.get("value", "")),
    "seat_status_invalid": lambda p, lang: QCoreApplication.translate(
        "messages", "État de siège incohérent\u00a0: rechargez le plan."
    ),
    "seatmap_empty": lambda p, lang: QCoreApplication.translate(
        "messages", "Le plan de salle ne contient aucun siège."
    ),
    "seatmap_too_large": lambda p, lang: QCoreApplication.translate(
        "messages", "Plan de salle trop grand\u00a0: {seats} sièges (au plus {maximum})."
    ).format(seats=p["seats"], maximum=p["maximum"]),
    "seatmap_size_invalid": lambda p, lang: QCoreApplication.translate(
        "messages", "Nombre de sièges invalide\u00a0: {seats} (de 1 à {maximum})."
    ).format(seats=p["seats"], maximum=p["maximum"]),
    "seatmap_duplicate_seat": lambda p, lang: QCoreApplication.translate(
        "messages", "Siège en double dans le plan\u00a0: {seat}."
    ).format(seat=p["seat"]),
    "seatmap_csv_header": lambda p, lang: (
        QCoreApplication.translate(
            "messages", "Deux colonnes du fichier donnent la même chose\u00a0: {duplicate}."
        ).format(duplicate=p["duplicate"])
        if p.get("duplicate")
        else QCoreApplication.translate(
            "messages",
            "Colonnes manquantes dans le fichier\u00a0: {missing} (il faut section, rangée et "
            "numéro\u00a0; x et y vont ensemble).",
        ).format(missing=p.get("missing", ""))
    ),
    "seatmap_csv_line": lambda p, lang: {
        "columns": QCoreApplication.translate(
            "messages", "Ligne {line}\u00a0: il manque des colonnes."
        ),
        "section": QCoreApplication.translate(
            "messages", "Ligne {line}\u00a0: section invalide «\u00a0{value}\u00a0»."
        ),
        "row": QCoreApplication.translate(
            "messages", "Ligne {line}\u00a0: rangée invalide «\u00a0{value}\u00a0»."
        ),
        "number": QCoreApplication.translate(
            "messages",
            "Ligne {line}\u00a0: numéro de siège invalide «\u00a0{value}\u00a0» (ex. 12 ou 12A).",
        ),
        "duplicate": QCoreApplication.translate(
            "messages",
            "Ligne {line}\u00a0: siège en double «\u00a0{value}\u00a0», déjà à la "
            "ligne {first_line}.",
        ),
        "coordinate": QCoreApplication.translate(
            "messages", "Ligne {line}\u00a0: coordonnée invalide «\u00a0{value}\u00a0»."
        ),
        "coordinate_missing": QCoreApplication.translate(
            "messages",
            "Ligne {line}\u00a0: x et y manquent, alors que d'autres lignes les donnent.",
        ),
        "accessible": QCoreApplication.translate(
            "messages",
            "Ligne {line}\u00a0: «\u00a0{value}\u00a0» n'est pas oui ou non (colonne accessible).",
        ),
    }.get(
        str(p.get("reason", "")),
        QCoreApplication.translate(
            "messages", "Ligne {line}\u00a0: valeur invalide «\u00a0{value}\u00a0»."
        ),
    ).format(line=p["line"], value=p.get("value", ""), first_line=p.get("first_line", "")),
    "card_type_name_required": lambda p, lang: QCoreApplication.translate(
        "messages",
        "Donnez un nom au forfait ou au laissez-passer.",
    ),
    "card_uses_out_of_range": lambda p, lang: QCoreApplication.translate(
        "messages",
        "Nombre de passages invalide (de 1 à {maximum}).",
    ).format(**p),
    "package_needs_uses": lambda p, lang: QCoreApplication.translate(
        "messages",
        "Un forfait cadeau donne un nombre précis de réservations.",
    ),
    "card_valid_days_out_of_range": lambda p, lang: QCoreApplication.translate(
        "messages",
        "Durée de validité invalide (de 1 à 3660 jours).",
    ),
    "card_dates_reversed": lambda p, lang: QCoreApplication.translate(
        "messages",
        "La date d'expiration précède la date de début.",
    ),
    "card_activities_required": lambda p, lang: QCoreApplication.translate(
        "messages",
        "Choisissez au moins une activité admissible (ou toutes).",
    ),
    "family_is_for_passes": lambda p, lang: QCoreApplication.translate(
        "messages",
        "Seul un laissez-passer peut être familial.",
    ),
    "places_out_of_range": lambda p, lang: QCoreApplication.translate(
        "messages",
        "Nombre de places invalide.",
    ),
    "alacarte_price_required": lambda p, lang: QCoreApplication.translate(
        "messages",
        "Indiquez le prix à la carte, ou réservez aux détenteurs de laissez-passer.",
    ),
    "minutes_out_of_range": lambda p, lang: QCoreApplication.translate(
        "messages",
        "Délai trop long (au plus un an).",
    ),
    "registration_window_reversed": lambda p, lang: QCoreApplication.translate(
        "messages",
        "Les inscriptions doivent ouvrir avant de fermer.",
    ),
    "registration_not_open": lambda p, lang: QCoreApplication.translate(
        "messages",
        "Les inscriptions ne sont pas encore ouvertes (ouverture\u00a0: {when}).",
    ).format(when=_when(p, "opens_at", lang)),
    "registration_closed": lambda p, lang: QCoreApplication.translate(
        "messages",
        "Les inscriptions sont fermées pour cette séance (depuis {when}).",
    ).format(when=_when(p, "closed_at", lang)),
    "booking_already_cancelled": lambda p, lang: QCoreApplication.translate(
        "messages",
        "Cette réservation est déjà annulée.",
    ),
    "booking_used": lambda p, lang: QCoreApplication.translate(
        "messages",
        "Cette réservation a déjà servi\u00a0: elle ne peut plus être annulée.",
    ),
    "card_booking_not_cancellable": lambda p, lang: QCoreApplication.translate(
        "messages",
        "Ce type de laissez-passer ne permet pas d'annuler ses réservations.",
    ),
    "cancellation_not_allowed": lambda p, lang: QCoreApplication.translate(
        "messages",
        "Cette séance ne permet pas d'annuler une inscription.",
    ),
    "cancellation_limit_passed": lambda p, lang: QCoreApplication.translate(
        "messages",
        "Trop tard pour annuler\u00a0: la limite était {when}.",
    ).format(when=_when(p, "limit", lang)),
    "participants_required": lambda p, lang: QCoreApplication.translate(
        "messages",
        "Choisissez au moins une personne à inscrire.",
    ),
    "too_many_participants": lambda p, lang: QCoreApplication.translate(
        "messages",
        "Au plus {maximum} personnes à la fois.",
    ).format(**p),
    "exclusive_one_at_a_time": lambda p, lang: QCoreApplication.translate(
        "messages",
        "Carte exclusive\u00a0: une seule personne à la fois.",
    ),
    "participant_twice": lambda p, lang: QCoreApplication.translate(
        "messages",
        "Une même personne est inscrite deux fois.",
    ),
    "not_a_member": lambda p, lang: QCoreApplication.translate(
        "messages",
        "{name} n'est pas membre de ce compte client.",
    ).format(**p),
    "pass_is_personal": lambda p, lang: QCoreApplication.translate(
        "messages",
        "Ce laissez-passer est individuel\u00a0: seul son détenteur peut l'utiliser.",
    ),
    "not_enough_uses": lambda p, lang: QCoreApplication.translate(
        "messages",
        "Pas assez de passages\u00a0: il en reste {remaining}, il en faut {wanted}.",
    ).format(**p),
    "occurrence_after_expiry": lambda p, lang: QCoreApplication.translate(
        "messages",
        "Cette séance a lieu après l'expiration de la carte.",
    ),
    "occurrence_before_validity": lambda p, lang: QCoreApplication.translate(
        "messages",
        "Cette séance a lieu avant le début de validité de la carte.",
    ),
    "convert_exceeds_unsold": lambda p, lang: tr(
        "Il ne reste que %n place(s) de session invendue(s) à convertir.", "", _n(p, "available")
    ),
    "unknown_card_type": lambda p, lang: QCoreApplication.translate(
        "messages",
        "Ce forfait ou laissez-passer n'existe pas.",
    ),
    "card_unknown": lambda p, lang: QCoreApplication.translate(
        "messages",
        "Code inconnu\u00a0: aucune carte ni laissez-passer ne porte ce code.",
    ),
    "date_invalid": lambda p, lang: QCoreApplication.translate(
        "messages",
        "Date invalide\u00a0: «\u00a0{text}\u00a0».",
    ).format(**p),
    "unknown_card_kind": lambda p, lang: QCoreApplication.translate(
        "messages",
        "Type de carte inconnu.",
    ),
    "unknown_activity": lambda p, lang: QCoreApplication.translate(
        "messages",
        "Une des activités choisies n'existe plus.",
    ),
    "cards_too_many": lambda p, lang: QCoreApplication.translate(
        "messages",
        "Au plus {maximum} cartes par lot.",
    ).format(**p),
    "cards_count_out_of_range": lambda p, lang: QCoreApplication.translate(
        "messages",
        "Nombre de cartes invalide (de 1 à {maximum}).",
    ).format(**p),
    "card_code_taken": lambda p, lang: QCoreApplication.translate(
        "messages",
        "Ce code de carte existe déjà.",
    ),
    "card_status_invalid": lambda p, lang: QCoreApplication.translate(
        "messages",
        "Cette carte ne peut pas changer d'état ainsi.",
    ),
    "card_check_code": lambda p, lang: QCoreApplication.translate(
        "messages",
        "Vérifiez le code\u00a0: un caractère est mal saisi.",
    ),
    "card_inactive": lambda p, lang: QCoreApplication.translate(
        "messages",
        "Carte pas encore activée\u00a0: elle doit d'abord être vendue à un guichet.",
    ),
    "card_blocked": lambda p, lang: QCoreApplication.translate(
        "messages",
        "Carte bloquée.",
    ),
    "card_void": lambda p, lang: QCoreApplication.translate(
        "messages",
        "Carte annulée (vente remboursée).",
    ),
    "card_not_yet_valid": lambda p, lang: QCoreApplication.translate(
        "messages",
        "Carte pas encore valide.",
    ),
    "card_expired": lambda p, lang: QCoreApplication.translate(
        "messages",
        "Carte expirée.",
    ),
    "card_used_up": lambda p, lang: QCoreApplication.translate(
        "messages",
        "Tous les passages de cette carte sont utilisés.",
    ),
    "card_not_eligible": lambda p, lang: QCoreApplication.translate(
        "messages",
        "Cette carte n'est pas admissible pour cette activité.",
    ),
    "card_exclusive_booked": lambda p, lang: QCoreApplication.translate(
        "messages",
        "Carte exclusive\u00a0: une réservation à venir bloque la suivante.",
    ),
    "already_booked": lambda p, lang: QCoreApplication.translate(
        "messages",
        "{name} est déjà inscrit à cette séance.",
    ).format(**p),
    "unknown_booking": lambda p, lang: QCoreApplication.translate(
        "messages",
        "Cette réservation n'existe pas.",
    ),
    "alacarte_below_taken": lambda p, lang: tr(
        "Déjà %n place(s) à la carte prise(s)\u00a0: impossible d'en offrir {places}.",
        "",
        _n(p, "taken"),
    ).format(**p),
    "member_name_required": lambda p, lang: QCoreApplication.translate(
        "messages",
        "Indiquez le nom du membre.",
    ),
    "birth_date_invalid": lambda p, lang: QCoreApplication.translate(
        "messages",
        "Date de naissance invalide.",
    ),
    "alacarte_not_offered": lambda p, lang: QCoreApplication.translate(
        "messages",
        "Cette séance n'offre pas de places à la carte.",
    ),
    "alacarte_pass_only": lambda p, lang: QCoreApplication.translate(
        "messages",
        "À la carte réservé aux détenteurs de laissez-passer\u00a0: scannez leur carte.",
    ),
    "card_type_inactive": lambda p, lang: QCoreApplication.translate(
        "messages",
        "«\u00a0{name}\u00a0» n'est plus offert.",
    ).format(**p),
    "card_quantity_one": lambda p, lang: QCoreApplication.translate(
        "messages",
        "Chaque carte a son propre code\u00a0: ajoutez-les une à une.",
    ),
    "family_pass_needs_account": lambda p, lang: QCoreApplication.translate(
        "messages",
        "Un laissez-passer familial se vend à un compte client\u00a0: choisissez le client (F7).",
    ),
    "unknown_line_kind": lambda p, lang: QCoreApplication.translate(
        "messages",
        "Ligne de vente inconnue.",
    ),
    "card_already_active": lambda p, lang: QCoreApplication.translate(
        "messages",
        "Cette carte est déjà activée.",
    ),
    "card_type_mismatch": lambda p, lang: QCoreApplication.translate(
        "messages",
        "Cette carte appartient à un autre forfait.",
    ),
    "card_in_use": lambda p, lang: tr(
        "Cette carte a déjà servi (%n passage(s))\u00a0: annulez d'abord ses réservations.",
        "",
        _n(p, "uses"),
    ),
    "card_already_in_cart": lambda p, lang: QCoreApplication.translate(
        "messages",
        "Cette carte est déjà dans le panier.",
    ),
    "export_format": lambda p, lang: QCoreApplication.translate(
        "messages",
        "Format non pris en charge\u00a0: choisissez un fichier .csv ou .xlsx.",
    ),
    "export_failed": lambda p, lang: QCoreApplication.translate(
        "messages",
        "Impossible d'écrire le fichier {path}\u00a0: {detail}",
    ).format(path=p.get("path", ""), detail=os_words(p.get("detail", ""), lang)),
    "allotment_exhausted": lambda p, lang: QCoreApplication.translate(
        "messages",
        "Ce guichet a vendu les places que le serveur lui a confiées pour cette séance "
        "(il en reste {remaining}). Il en recevra d'autres à la prochaine synchronisation.",
    ).format(**p),
    "reserve_allotment_exhausted": lambda p, lang: QCoreApplication.translate(
        "messages",
        "Ce guichet a tiré les places de la réserve «\u00a0{reserve_name}\u00a0» que le serveur "
        "lui a confiées pour cette séance (il en reste {remaining}, vous en demandez {requested}). "
        "Il en recevra d'autres à la prochaine synchronisation.",
    ).format(**p),
    "promo_allotment_exhausted": lambda p, lang: (
        QCoreApplication.translate(
            "messages",
            "Ce guichet a utilisé les billets de cette promotion que le serveur lui a confiés "
            "(il en reste {remaining}, le panier en demande {requested}). Il en recevra "
            "d'autres à la prochaine synchronisation.",
        ).format(**p)
        if "requested" in p
        else QCoreApplication.translate(
            "messages",
            "Ce guichet a utilisé les billets de cette promotion que le serveur lui a confiés. "
            "Il en recevra d'autres à la prochaine synchronisation.",
        )
    ),
    "promo_target_quota_exceeded": lambda p, lang: QCoreApplication.translate(
        "messages",
        "Le quota de cette promotion pour un événement, une zone ou une catégorie vient "
        "d'être atteint\u00a0: reprenez le panier pour le recalculer.",
    ),
    "promo_code_used_up": lambda p, lang: tr(
        "Le code {text} a déjà servi {used} fois sur %n permise(s).", "", _n(p, "permitted")
    ).format(**p),
    # Two counts, two sentences: each agrees with its own number.
    "reserve_below_leased": lambda p, lang: tr(
        "Impossible de descendre à {requested} (minimum {minimum})\u00a0: %n billet(s) déjà "
        "tiré(s).",
        "",
        _n(p, "drawn"),
    ).format(**p)
    + " "
    + tr(
        "Les guichets détiennent aussi %n place(s) de cette réserve, qui reviennent quand ils "
        "les rendent.",
        "",
        _n(p, "leased"),
    ),
    "unknown_event": lambda p, lang: QCoreApplication.translate(
        "messages", "Cet événement n'existe pas."
    ),
    "unknown_conflict": lambda p, lang: QCoreApplication.translate(
        "messages", "Ce conflit n'existe pas (ou pas encore sur ce guichet)."
    ),
    "conflict_already_resolved": lambda p, lang: QCoreApplication.translate(
        "messages", "Ce conflit est déjà réglé."
    ),
    "conflict_resolution_invalid": lambda p, lang: QCoreApplication.translate(
        "messages", "Ce règlement ne s'applique pas à ce conflit."
    ),
}


def message_for_code(code: str, params: dict[str, Any] | None = None, lang: str = "fr") -> str:
    builder = MESSAGES.get(code)
    if builder is None:
        from guichet.i18n import errors

        if errors.knows(code):  # the back office's refusals, said alike without Qt
            return errors.message(code, params, lang, DISPLAY_TIMEZONE)
        return QCoreApplication.translate("messages", "Opération refusée ({code}).").format(
            code=code
        )
    try:
        return builder(params or {}, lang)
    except (KeyError, ValueError):
        return QCoreApplication.translate("messages", "Opération refusée ({code}).").format(
            code=code
        )


def message_for(error: DomainError, lang: str = "fr") -> str:
    return message_for_code(error.code, error.params, lang)
