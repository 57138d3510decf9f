"""A person's role title, in the form that agrees with them (Qt-free).

French titles take the feminine for a woman, as the Office québécois de la langue française
recommends: « Caissière », « Superviseure »; « Propriétaire » is the same for everyone
(épicène). A person whose form was never said (people added before the choice existed) reads
in the masculine, as every title did then. English titles have one form: "Cashier".

The windows show the same words through Qt's catalogue (``guichet.ui.login.role_name``);
receipts, the command line and the server use these. tests/unit/test_role_titles.py keeps
the two in step.
"""

from __future__ import annotations

#: role -> language -> (masculine, feminine)
TITLES: dict[str, dict[str, tuple[str, str]]] = {
    "cashier": {"fr": ("Caissier", "Caissière"), "en": ("Cashier", "Cashier")},
    "supervisor": {"fr": ("Superviseur", "Superviseure"), "en": ("Supervisor", "Supervisor")},
    "owner": {"fr": ("Propriétaire", "Propriétaire"), "en": ("Owner", "Owner")},
}

#: What the French agreement of a status word looks like: (masculine, feminine).
STATUS: dict[str, dict[str, tuple[str, str]]] = {
    "active": {"fr": ("actif", "active"), "en": ("active", "active")},
    "inactive": {"fr": ("désactivé", "désactivée"), "en": ("deactivated", "deactivated")},
    "locked": {
        "fr": ("bloqué jusqu'à {time}", "bloquée jusqu'à {time}"),
        "en": ("locked out until {time}", "locked out until {time}"),
    },
}

FEMININE = "feminine"
MASCULINE = "masculine"
FORMS = (FEMININE, MASCULINE)


def _pick(forms: tuple[str, str], form: str | None) -> str:
    return forms[1] if form == FEMININE else forms[0]


def role_title(role: str, lang: str = "fr", form: str | None = "") -> str:
    """``role_title("cashier", "fr", "feminine")`` -> ``"Caissière"``; unsaid or masculine ->
    ``"Caissier"``; English -> ``"Cashier"`` whatever the form. An unknown role shows as is."""
    by_lang = TITLES.get(str(role))
    if by_lang is None:
        return str(role)
    return _pick(by_lang.get(lang, by_lang["fr"]), form)


def status_word(key: str, lang: str = "fr", form: str | None = "") -> str:
    """« actif » / « active », « désactivé » / « désactivée »: agreeing with the person."""
    by_lang = STATUS[key]
    return _pick(by_lang.get(lang, by_lang["fr"]), form)
