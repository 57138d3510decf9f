"""The words of updates, French and English, without Qt (issue 19, part 8).

One sentence for the login screen's banner, the sync status and the pairing dialog, from
an :class:`~guichet.sync.updates.UpdateNotice` or the server's coded refusal
(``counter_too_old`` {version, minimum, download_url}, ``data_format_newer``).
"""

from __future__ import annotations

from typing import Protocol

NBSP = "\u00a0"


class Notice(Protocol):
    """What the words need of an update notice (guichet.sync.updates.UpdateNotice)."""

    @property
    def code(self) -> str: ...
    @property
    def version(self) -> str: ...
    @property
    def minimum(self) -> str: ...
    @property
    def download_url(self) -> str: ...
    @property
    def data_format(self) -> int: ...
    @property
    def known_format(self) -> int: ...


def required(notice: Notice, lang: str = "fr") -> str:
    """The whole sentence: why this counter must be updated, that sales go on, and where
    to download the update (or whom to ask)."""
    fr = lang != "en"
    if notice.code == "data_format_newer":
        first = (
            f"Une mise à jour de Guichet est nécessaire{NBSP}: le serveur envoie des données "
            f"(format {notice.data_format}) que la version {notice.version} de ce guichet ne "
            f"sait pas lire (format {notice.known_format}). La réception des données est "
            f"arrêtée{NBSP}; les ventes continuent sur ce guichet."
            if fr
            else "A Guichet update is required: the server sends data (format "
            f"{notice.data_format}) that version {notice.version} of this counter cannot read "
            f"(format {notice.known_format}). Receiving data has stopped; sales continue on "
            "this counter."
        )
    elif notice.minimum:
        first = (
            f"Une mise à jour de Guichet est nécessaire{NBSP}: ce guichet a la version "
            f"{notice.version}, le serveur demande la version {notice.minimum} au minimum. "
            "Les ventes continuent sur ce guichet et seront envoyées après la mise à jour."
            if fr
            else f"A Guichet update is required: this counter has version {notice.version}, "
            f"the server requires version {notice.minimum} or later. Sales continue on this "
            "counter and will be sent after the update."
        )
    else:
        first = (
            f"Une mise à jour de Guichet est nécessaire{NBSP}: le serveur refuse la version "
            f"{notice.version} de ce guichet. Les ventes continuent sur ce guichet et seront "
            "envoyées après la mise à jour."
            if fr
            else "A Guichet update is required: the server refuses version "
            f"{notice.version} of this counter. Sales continue on this counter and will be "
            "sent after the update."
        )
    return f"{first} {where(notice.download_url, lang)}"


def where(download_url: str, lang: str = "fr") -> str:
    if download_url:
        return (
            f"Téléchargez-la{NBSP}: {download_url}"
            if lang != "en"
            else f"Download it: {download_url}"
        )
    return "Demandez-la à votre responsable." if lang != "en" else "Ask your manager for it."


def short(notice: Notice, lang: str = "fr") -> str:
    """A few words for the status bar (the sentence is in its tooltip)."""
    if notice.code == "data_format_newer":
        return (
            f"Mise à jour requise{NBSP}: données du serveur illisibles"
            if lang != "en"
            else "Update required: the server's data cannot be read"
        )
    if notice.minimum:
        return (
            f"Mise à jour requise{NBSP}: version {notice.minimum} au minimum"
            if lang != "en"
            else f"Update required: version {notice.minimum} or later"
        )
    return "Mise à jour requise" if lang != "en" else "Update required"


def available(version: str, lang: str = "fr") -> str:
    """A newer version exists (not required yet)."""
    return (
        f"Version {version} disponible" if lang != "en" else f"Version {version} available"
    )


def available_detail(version: str, current: str, download_url: str, lang: str = "fr") -> str:
    text = (
        f"Le serveur a la version {version}, ce guichet la version {current}{NBSP}: une mise "
        "à jour est possible, pas encore exigée."
        if lang != "en"
        else f"The server runs version {version}, this counter version {current}: an update "
        "is possible, not required yet."
    )
    return f"{text} {where(download_url, lang)}" if download_url else text
