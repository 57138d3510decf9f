"""The server's budgets, TLS and bearer codes in words, French and English (issue 21, parts
4 and 5). Joined to :data:`guichet.i18n.errors.MESSAGES`: the command line, the server's
administration and the windows say the same sentence."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

NBSP = "\u00a0"


def _say(fr: str, en: str) -> Callable[[Mapping[str, Any], str, str], str]:
    def words(params: Mapping[str, Any], lang: str, _tz: str) -> str:
        return (fr if lang == "fr" else en).format(**params)

    return words


MESSAGES: dict[str, Callable[[Mapping[str, Any], str, str], str]] = {
    "rate_limited": _say(
        f"Trop de demandes au serveur{NBSP}: réessayez dans {{retry_after}}{NBSP}s.",
        "Too many requests to the server: try again in {retry_after} s.",
    ),
    "insecure_http": _say(
        f"Connexion sans chiffrement (http) vers {{host}}{NBSP}: utilisez https, ou cochez "
        f"«{NBSP}Réseau de confiance{NBSP}: continuer sans chiffrement{NBSP}» si ce réseau "
        "est le vôtre.",
        "Unencrypted connection (http) to {host}: use https, or tick \u201cTrusted network: "
        "continue without encryption\u201d if this network is yours.",
    ),
    "server_url_invalid": _say(
        f"Adresse du serveur invalide{NBSP}: {{url}} (http://… ou https://…).",
        "Invalid server address: {url} (http://… or https://…).",
    ),
    "server_fingerprint_mismatch": _say(
        f"Le certificat du serveur n'a pas l'empreinte attendue{NBSP}: ce n'est peut-être "
        f"pas votre serveur. Attendue{NBSP}: {{expected}}{NBSP}; présentée{NBSP}: "
        "{presented}.",
        "The server's certificate does not have the expected fingerprint: this may not be "
        "your server. Expected: {expected}; presented: {presented}.",
    ),
    "server_fingerprint_required": _say(
        f"Certificat du serveur non reconnu{NBSP}: entrez l'empreinte que le serveur affiche "
        f"(guichet server admin pairing-code). Empreinte présentée{NBSP}: {{presented}}.",
        "Server certificate not recognised: enter the fingerprint the server shows "
        "(guichet server admin pairing-code). Presented fingerprint: {presented}.",
    ),
    "server_certificate_changed": _say(
        f"Le certificat du serveur a changé{NBSP}: synchronisation refusée. Si le serveur a "
        "reçu un nouveau certificat, jumelez ce guichet de nouveau. Épinglée"
        f"{NBSP}: {{expected}}{NBSP}; présentée{NBSP}: {{presented}}.",
        "The server's certificate changed: sync refused. If the server received a new "
        "certificate, pair this counter again. Pinned: {expected}; presented: {presented}.",
    ),
    "server_certificate_missing": _say(
        "Le serveur {host} ne présente aucun certificat.",
        "The server {host} presents no certificate.",
    ),
    "tls_files_invalid": _say(
        f"Certificat ou clé TLS inutilisable ({{file}}){NBSP}: donnez --tls-cert et --tls-key, "
        "deux fichiers PEM qui vont ensemble.",
        "Unusable TLS certificate or key ({file}): give --tls-cert and --tls-key, two PEM "
        "files that belong together.",
    ),
    "code_not_on_this_counter": _say(
        f"Ce code a été remis par un autre guichet{NBSP}: scannez-le ou saisissez-le ici "
        "pour l'imprimer de nouveau.",
        "This code was given at another counter: scan or type it here to print it again.",
    ),
}
