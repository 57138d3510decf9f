"""Sync's own refusals and notes in French and English, without Qt (issue 21, part 1): a
command a counter refuses before recording it, and the conflict a counter that got back in
step with the server leaves for supervisors. Merged into :data:`guichet.i18n.errors.MESSAGES`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

NBSP = "\u00a0"

Words = Callable[[Mapping[str, Any], str, str], str]


def _malformed(p: Mapping[str, Any], lang: str, tz: str) -> str:
    if lang == "fr":
        return (
            f"Saisie refusée{NBSP}: un champ contient des caractères invisibles ou invalides "
            "(un caractère nul, par exemple), ou une valeur d'un autre type. Rien n'a été "
            "enregistré."
        )
    return (
        "Input refused: a field holds invisible or invalid characters (a null character, "
        "for example), or a value of another type. Nothing was recorded."
    )


def _renumbered(p: Mapping[str, Any], lang: str, tz: str) -> str:
    name = str(p.get("terminal", ""))
    where = f"{NBSP}«{NBSP}{name}{NBSP}»" if name and lang == "fr" else ""
    if name and lang == "en":
        where = f" \u201c{name}\u201d"
    old, new = int(p["from"]), int(p["to"])
    if lang == "fr":
        return (
            f"Le guichet{where} s'est trouvé hors séquence avec le serveur{NBSP}: ses "
            f"commandes non transmises ont été renumérotées à partir de n°{NBSP}{new} (au lieu "
            f"de n°{NBSP}{old}). Reçus et rapports Z gardent leurs numéros. Vérifiez qu'aucun "
            f"autre appareil n'utilise le jeton de ce guichet, puis acceptez."
        )
    return (
        f"The counter{where} was out of step with the server: its commands not yet sent "
        f"were numbered again from no. {new} (instead of no. {old}). Receipts and Z reports "
        f"keep their numbers. Check that no other device uses this counter's token, then "
        f"accept."
    )


SYNC_MESSAGES: dict[str, Words] = {
    "malformed_command": _malformed,
    "sequence_renumbered": _renumbered,
}
