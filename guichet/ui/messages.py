"""Turn a domain error code into words for the cashier, in the UI language."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from guichet.domain.errors import DomainError
from guichet.i18n.formatting import money


def _m(params: dict[str, Any], key: str, lang: str) -> str:
    return money(int(params.get(key, 0)), lang)


# Each entry builds the sentence from the error's params. French source text: see ui/__init__.
MESSAGES: dict[str, Callable[[dict[str, Any], str], str]] = {
    "capacity_exceeded": lambda p, lang: QCoreApplication.translate(
        "messages", "Plus assez de places : il en reste {remaining}, vous en demandez {requested}."
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
    "wrong_pin": lambda p, lang: QCoreApplication.translate(
        "messages", "NIP incorrect. Encore {attempts_left} essai(s)."
    ).format(**p),
    "user_locked_now": lambda p, lang: QCoreApplication.translate(
        "messages", "NIP incorrect 5 fois : utilisateur bloqué pendant {minutes} minutes."
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
        "messages", "Montant hors limites : {amount}."
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
        "messages", "Le total a changé ; vérifiez le panier."
    ),
    "price_mismatch": lambda p, lang: QCoreApplication.translate(
        "messages", "Le prix a changé ; retirez la ligne et ajoutez-la."
    ),
    "unknown_order": lambda p, lang: QCoreApplication.translate(
        "messages", "Aucune commande ne porte ce code."
    ),
    "code_malformed": lambda p, lang: QCoreApplication.translate(
        "messages", "Code invalide : vérifiez le code."
    ),
    "already_refunded": lambda p, lang: QCoreApplication.translate(
        "messages", "Cette commande est déjà entièrement remboursée."
    ),
    "nothing_to_refund": lambda p, lang: QCoreApplication.translate(
        "messages", "Choisissez au moins une ligne à rembourser."
    ),
    "refund_quantity_exceeded": lambda p, lang: QCoreApplication.translate(
        "messages", "On ne peut rembourser que {left} billet(s) sur cette ligne."
    ).format(**p),
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
        "messages", "Montant invalide : tapez par exemple 20 ou 12,50."
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
}


def message_for_code(code: str, params: dict[str, Any] | None = None, lang: str = "fr") -> str:
    builder = MESSAGES.get(code)
    if builder is None:
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
