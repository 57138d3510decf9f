"""Turn a domain error code into words for the cashier, in the UI language."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from guichet.domain.errors import DomainError
from guichet.i18n.formatting import money


def _t(text: str) -> str:
    return QCoreApplication.translate("messages", text)


def _m(params: dict[str, Any], key: str, lang: str) -> str:
    return money(int(params.get(key, 0)), lang)


# Each entry builds the sentence from the error's params. French source text: see ui/__init__.
MESSAGES: dict[str, Callable[[dict[str, Any], str], str]] = {
    "capacity_exceeded": lambda p, lang: _t(
        "Plus assez de places : il en reste {remaining}, vous en demandez {requested}."
    ).format(**p),
    "quantity_not_positive": lambda p, lang: _t("La quantité doit être d'au moins 1."),
    "quantity_too_large": lambda p, lang: _t("Quantité trop grande (maximum {maximum}).").format(
        **p
    ),
    "category_not_offered": lambda p, lang: _t("Ce tarif n'est pas offert pour cette séance."),
    "unknown_occurrence": lambda p, lang: _t("Cette séance n'existe plus."),
    "occurrence_cancelled": lambda p, lang: _t("Cette séance est annulée."),
    "cart_empty": lambda p, lang: _t("Le panier est vide."),
    "wrong_pin": lambda p, lang: _t("NIP incorrect. Encore {attempts_left} essai(s).").format(**p),
    "user_locked_now": lambda p, lang: _t(
        "NIP incorrect 5 fois : utilisateur bloqué pendant {minutes} minutes."
    ).format(**p),
    "user_locked": lambda p, lang: _t(
        "Utilisateur bloqué après 5 NIP incorrects. Réessayez dans {minutes} min."
    ).format(minutes=max(1, (int(p.get("seconds", 60)) + 59) // 60)),
    "pin_format": lambda p, lang: _t("Le NIP compte de {minimum} à {maximum} chiffres.").format(
        **p
    ),
    "unknown_user": lambda p, lang: _t("Utilisateur inconnu ou désactivé."),
    "not_logged_in": lambda p, lang: _t("Ouvrez d'abord une session."),
    "forbidden": lambda p, lang: _t("Votre rôle ne permet pas cette opération."),
    "supervisor_required": lambda p, lang: _t("Il faut le NIP d'un superviseur."),
    "no_open_shift": lambda p, lang: _t("Aucun quart ouvert à cette caisse."),
    "shift_already_open": lambda p, lang: _t("Un quart est déjà ouvert à cette caisse."),
    "shift_closed": lambda p, lang: _t("Ce quart est fermé."),
    "unknown_shift": lambda p, lang: _t("Quart inconnu."),
    "amount_out_of_range": lambda p, lang: _t("Montant hors limites : {amount}.").format(
        amount=_m(p, "amount", lang)
    ),
    "amount_not_positive": lambda p, lang: _t("Le montant doit être supérieur à zéro."),
    "amount_above_balance": lambda p, lang: _t(
        "Le montant ({amount}) dépasse le solde dû ({balance})."
    ).format(amount=_m(p, "amount", lang), balance=_m(p, "balance", lang)),
    "already_paid": lambda p, lang: _t("La commande est déjà payée."),
    "card_reference_required": lambda p, lang: _t(
        "Entrez le numéro d'autorisation du terminal de paiement."
    ),
    "not_paid": lambda p, lang: _t("Le paiement n'est pas complet."),
    "payment_mismatch": lambda p, lang: _t("Les paiements ne correspondent pas au total."),
    "total_mismatch": lambda p, lang: _t("Le total a changé ; vérifiez le panier."),
    "price_mismatch": lambda p, lang: _t("Le prix a changé ; retirez la ligne et ajoutez-la."),
    "unknown_order": lambda p, lang: _t("Aucune commande ne porte ce code."),
    "code_malformed": lambda p, lang: _t("Code invalide : vérifiez le code."),
    "already_refunded": lambda p, lang: _t("Cette commande est déjà entièrement remboursée."),
    "nothing_to_refund": lambda p, lang: _t("Choisissez au moins une ligne à rembourser."),
    "refund_quantity_exceeded": lambda p, lang: _t(
        "On ne peut rembourser que {left} billet(s) sur cette ligne."
    ).format(**p),
    "receipt_not_in_shift": lambda p, lang: _t("Ce reçu n'est pas de ce quart."),
    "unknown_denomination": lambda p, lang: _t("Coupure inconnue."),
    "negative_count": lambda p, lang: _t("Un dénombrement ne peut pas être négatif."),
    "count_too_large": lambda p, lang: _t("Dénombrement trop grand."),
    "bad_amount": lambda p, lang: _t("Montant invalide : tapez par exemple 20 ou 12,50."),
    "no_printer": lambda p, lang: _t("Aucune imprimante configurée."),
    "offline": lambda p, lang: _t("Imprimante hors ligne ou éteinte."),
    "unreachable": lambda p, lang: _t("Imprimante injoignable sur le réseau."),
    "timeout": lambda p, lang: _t("L'imprimante ne répond pas."),
    "unplugged": lambda p, lang: _t("Imprimante débranchée."),
    "paper_out": lambda p, lang: _t("Plus de papier dans l'imprimante."),
    "io_error": lambda p, lang: _t("Erreur d'impression."),
    "bad_uri": lambda p, lang: _t("Adresse d'imprimante invalide."),
}


def message_for_code(code: str, params: dict[str, Any] | None = None, lang: str = "fr") -> str:
    builder = MESSAGES.get(code)
    if builder is None:
        return _t("Opération refusée ({code}).").format(code=code)
    try:
        return builder(params or {}, lang)
    except (KeyError, ValueError):
        return _t("Opération refusée ({code}).").format(code=code)


def message_for(error: DomainError, lang: str = "fr") -> str:
    return message_for_code(error.code, error.params, lang)
