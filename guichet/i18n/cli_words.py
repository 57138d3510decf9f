"""What the ``guichet`` command says, in French and English: its refusals (a damaged or
read-only database...), its reports and counts with their plural forms.

Apart from the command itself, the set-up assistant and the back-office sub-commands
(guichet/clitools/) say the same sentences, so they live here rather than in guichet.cli.
"""

from __future__ import annotations

from guichet.i18n.errors import _plural

CLI_WORDS = {
    "fr": {
        "not_a_database": "Le fichier {path} n'est pas une base de données Guichet. "
        "Il n'a pas été modifié. Vérifiez --data-dir ou restaurez une sauvegarde.",
        "corrupt_database": "La base de données {path} est endommagée ({detail}). "
        "Elle n'a pas été modifiée. Restaurez une sauvegarde ou appelez le soutien.",
        "database_newer": "Cette base de données a été écrite par une version plus récente de "
        "Guichet (révision {detail})\u00a0; mettez Guichet à jour. {path} n'a pas été modifiée.",
        "folder_read_only": "Le dossier {detail} est en lecture seule\u00a0: Guichet doit y "
        "écrire pour enregistrer les ventes. Donnez le droit d'y écrire (ou choisissez un autre "
        "dossier avec --data-dir). La base {path} n'a pas été modifiée\u00a0: ne restaurez pas "
        "de sauvegarde.",
        "disk_full": "Le disque qui contient {detail} est plein (ou refuse d'écrire)\u00a0: "
        "Guichet ne peut rien y enregistrer. Libérez de la place, puis relancez Guichet. La "
        "base {path} n'a pas été modifiée\u00a0: ne restaurez pas de sauvegarde.",
        "empty": "La base {path} est vide. Lancez «\u00a0guichet\u00a0» pour la mettre en route, "
        "«\u00a0guichet init\u00a0» pour créer l'organisation ou «\u00a0guichet --demo\u00a0» pour "
        "charger l'organisation de démonstration.",
        "init_done": "Organisation créée\u00a0: {name} (propriétaire\u00a0: {owner})",
        "violations_none": "0 violations",
        "violations_one": "{n} violation\u00a0:",
        "violations_many": "{n} violations\u00a0:",
        "printed": "Reçu d'essai envoyé à {uri}.",
        "print_failed": "Impression impossible sur {uri}\u00a0: {code} ({detail})",
        "screenshot_done": "Capture enregistrée\u00a0: {path}",
        "unknown_window": "Fenêtre inconnue\u00a0: {name}. Choix\u00a0: {names}",
        "no_owner": "Aucun propriétaire dans cette organisation.",
        "unknown_promotion": "Promotion introuvable\u00a0: {name}. Promotions\u00a0: {names}",
        "refused": "Refusé\u00a0: {code} {detail}",
        "codes_done": "{generated}\u00a0; {written} dans {path}.",
        "codes_generated_one": "{n} code généré",
        "codes_generated_many": "{n} codes générés",
        "codes_written_one": "{n} code écrit",
        "codes_written_many": "{n} codes écrits",
        "profile_set": "Profil de ce guichet\u00a0: {profile}",
        "not_found": "Introuvable\u00a0: {name}",
        "seatmap_done_one": "Plan de salle importé\u00a0: {n} siège pour {venue}.",
        "seatmap_done_many": "Plan de salle importé\u00a0: {n} sièges pour {venue}.",
        "unknown_package": "Forfait introuvable\u00a0: {name}. Forfaits\u00a0: {names}",
        "cards_done": "{generated} ({state})\u00a0; {written} dans {path}.",
        "cards_generated_one": "{n} carte générée",
        "cards_generated_many": "{n} cartes générées",
        "cards_written_one": "{n} carte écrite",
        "cards_written_many": "{n} cartes écrites",
        "activated_one": "activée",
        "activated_many": "activées",
        "inactive": "à activer à la vente",
    },
    "en": {
        "not_a_database": "The file {path} is not a Guichet database. It was left untouched. "
        "Check --data-dir or restore a backup.",
        "corrupt_database": "The database {path} is damaged ({detail}). It was left untouched. "
        "Restore a backup or call support.",
        "database_newer": "This database was written by a newer Guichet (revision {detail}); "
        "update Guichet. {path} was left untouched.",
        "folder_read_only": "The folder {detail} is read-only: Guichet must write there to "
        "record sales. Allow writing in it (or choose another folder with --data-dir). The "
        "database {path} was left untouched: do not restore a backup.",
        "disk_full": "The disk that holds {detail} is full (or refuses to write): Guichet cannot "
        "record anything there. Free some space, then start Guichet again. The database {path} "
        "was left untouched: do not restore a backup.",
        "empty": "The database {path} is empty. Run 'guichet' to set it up, 'guichet init' to "
        "create the organisation or 'guichet --demo' to load the demo organisation.",
        "init_done": "Organisation created: {name} (owner: {owner})",
        "violations_none": "0 violations",
        "violations_one": "{n} violation:",
        "violations_many": "{n} violations:",
        "printed": "Test receipt sent to {uri}.",
        "print_failed": "Cannot print on {uri}: {code} ({detail})",
        "screenshot_done": "Screenshot saved: {path}",
        "unknown_window": "Unknown window: {name}. Choose from: {names}",
        "no_owner": "This organisation has no owner.",
        "unknown_promotion": "No such promotion: {name}. Promotions: {names}",
        "refused": "Refused: {code} {detail}",
        "codes_done": "{generated}; {written} to {path}.",
        "codes_generated_one": "{n} code generated",
        "codes_generated_many": "{n} codes generated",
        "codes_written_one": "{n} code written",
        "codes_written_many": "{n} codes written",
        "profile_set": "This counter's profile: {profile}",
        "not_found": "Not found: {name}",
        "seatmap_done_one": "Seat map imported: {n} seat for {venue}.",
        "seatmap_done_many": "Seat map imported: {n} seats for {venue}.",
        "unknown_package": "No such package: {name}. Packages: {names}",
        "cards_done": "{generated} ({state}); {written} to {path}.",
        "cards_generated_one": "{n} card generated",
        "cards_generated_many": "{n} cards generated",
        "cards_written_one": "{n} card written",
        "cards_written_many": "{n} cards written",
        "activated_one": "activated",
        "activated_many": "activated",
        "inactive": "activated when sold",
    },
}


def say(lang: str, key: str, **params: object) -> str:
    return CLI_WORDS.get(lang, CLI_WORDS["fr"])[key].format(**params)


def say_count(lang: str, key: str, n: int, **params: object) -> str:
    """``key_one`` or ``key_many`` as the language agrees with ``n`` (French: the singular for
    0 and 1, « 1 violation », « 3 violations »), like the windows' plural forms."""
    lang = lang if lang in CLI_WORDS else "fr"
    return say(lang, _plural(n, f"{key}_one", f"{key}_many", lang), n=n, **params)


def codes_done(lang: str, count: int, rows: int, path: object) -> str:
    """« 1 code généré ; 1 code écrit dans … », each count with its own plural."""
    return say(
        lang,
        "codes_done",
        generated=say_count(lang, "codes_generated", count),
        written=say_count(lang, "codes_written", rows),
        path=path,
    )


def cards_done(lang: str, count: int, activated: bool, rows: int, path: object) -> str:
    """« 1 carte générée (activée) ; 1 carte écrite dans … », each count with its own plural
    (« activée » agrees with the cards generated)."""
    return say(
        lang,
        "cards_done",
        generated=say_count(lang, "cards_generated", count),
        state=say_count(lang, "activated", count) if activated else say(lang, "inactive"),
        written=say_count(lang, "cards_written", rows),
        path=path,
    )
