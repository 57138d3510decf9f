"""Sync with the central server, seen from the counter (issue 6, parts 2, 4 and 8).

* :class:`SyncController` drives the Qt-free :class:`~guichet.sync.engine.SyncEngine` from a
  worker thread: one cycle at a time, every few seconds, at once after a sale. The GUI thread
  never waits for the network.
* :class:`SyncStatusButton` is always visible in the status bar: online or offline, commands
  waiting, last successful sync, errors in words.
* :class:`PairDialog` is the counter's setup dialog: server address, one-time pairing code,
  the counter's name; the device token goes to the OS keyring, and the first sync fills the
  new database with a progress bar.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from guichet.domain import codes
from guichet.domain.clock import utcnow
from guichet.domain.errors import DomainError
from guichet.i18n.formatting import day_format, local
from guichet.sync.status import SyncError, SyncStatus
from guichet.sync.updates import UpdateNotice
from guichet.ui.fit import elide
from guichet.ui.limits import limit
from guichet.ui.theme import sized_font
from guichet.ui.workers import RunnerThread

if TYPE_CHECKING:
    from guichet.sync.engine import SyncEngine
    from guichet.sync.pairing import PairedCounter

log = logging.getLogger(__name__)

DEFAULT_SERVER_URL = "http://127.0.0.1:8765"
SYNC_FAILED = "sync_failed"  # an unexpected failure of a cycle (not a SyncError)
OFFLINE_CODES = ("unreachable", "timeout")


def sync_error_text(code: str) -> str:
    """A sync or pairing error code in words, in the UI language."""
    words = {
        "unreachable": QCoreApplication.translate("sync", "Serveur injoignable"),
        "timeout": QCoreApplication.translate("sync", "Délai dépassé\u00a0: le serveur ne répond "
        "pas"),
        "terminal_revoked": QCoreApplication.translate("sync", "Guichet révoqué par le serveur"),
        "token_unknown": QCoreApplication.translate(
            "sync", "Jeton refusé par le serveur\u00a0: jumelez ce guichet de nouveau"
        ),
        "token_missing": QCoreApplication.translate(
            "sync", "Aucun jeton dans le trousseau\u00a0: jumelez ce guichet de nouveau"
        ),
        "out_of_sequence": QCoreApplication.translate(
            "sync", "Commandes hors séquence\u00a0: le serveur en attend d'autres"
        ),
        "server_error": QCoreApplication.translate("sync", "Erreur du serveur"),
        "refused": QCoreApplication.translate("sync", "Refusé par le serveur"),
        "no_organisation": QCoreApplication.translate(
            "sync", "Le serveur n'a pas encore d'organisation"
        ),
        "pairing_code_used": QCoreApplication.translate(
            "sync", "Ce code de jumelage a déjà servi\u00a0: demandez-en un nouveau"
        ),
        "pairing_code_unknown": QCoreApplication.translate(
            "sync", "Code de jumelage inconnu\u00a0: vérifiez le code"
        ),
        "pairing_code_expired": QCoreApplication.translate(
            "sync", "Ce code de jumelage est expiré\u00a0: demandez-en un nouveau"
        ),
        "code_malformed": QCoreApplication.translate(
            "sync", "Code de jumelage mal saisi\u00a0: un caractère est faux ou deux sont inversés"
        ),
        "database_not_empty": QCoreApplication.translate(
            "sync",
            "La base de données de ce guichet contient déjà des données\u00a0: "
            "le jumelage exige une base vide",
        ),
        "keyring_unavailable": QCoreApplication.translate(
            "sync", "Trousseau du système indisponible\u00a0: le jeton ne peut pas être conservé"
        ),
        SYNC_FAILED: QCoreApplication.translate("sync", "Erreur de synchronisation"),
    }
    text = words.get(code)
    if text is None:
        text = QCoreApplication.translate("sync", "Erreur\u00a0: {code}").format(code=code)
    return text


def update_text(notice: UpdateNotice) -> str:
    """Why this counter must be updated, in the UI language (guichet.i18n.updates)."""
    from guichet.i18n import updates as update_words

    return update_words.required(notice, _ui_lang())


def _ui_lang() -> str:
    return "en" if QLocale().language() == QLocale.Language.English else "fr"


def _clock_time(moment: datetime, tz: str, lang: str) -> str:
    """A clock reading, minutes always shown: "14 h 05" / "2:05 p.m."."""
    value = local(moment, tz)
    if lang == "fr":
        return f"{value.hour}\u00a0h\u00a0{value.minute:02d}"
    return value.strftime("%I:%M %p").lstrip("0").replace("AM", "a.m.").replace("PM", "p.m.")


def _short_day(moment: datetime, tz: str, lang: str) -> str:

    pattern = "d MMMM" if lang == "fr" else "MMMM d"
    return day_format(local(moment, tz), pattern, lang)


# --- the worker-thread wrapper -------------------------------------------------------------


class SyncController(QObject):
    """Runs ``engine.sync()`` in a worker thread every ``interval_ms``, one cycle at a time.

    :meth:`start` runs a first cycle at once, then one ``interval_ms`` after each cycle ends;
    :meth:`sync_now` runs one at once (after a sale), or right after the cycle under way.
    ``statusChanged(SyncStatus)`` after each cycle (and on :meth:`refresh_status`).
    """

    statusChanged = Signal(object)

    def __init__(
        self, engine: SyncEngine, interval_ms: int = 5000, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.engine = engine
        self.interval_ms = interval_ms
        self.status: SyncStatus | None = None
        self._busy = False
        self._again = False
        self._started = False
        self._stopped = False
        self._threads: set[RunnerThread] = set()  # kept alive until each thread has ended
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.sync_now)

    @property
    def running(self) -> bool:
        """A cycle is under way."""
        return self._busy

    @property
    def active(self) -> bool:
        """Started and not stopped: cycles come every ``interval_ms``."""
        return self._started and not self._stopped

    # --- control -----------------------------------------------------------------------

    @Slot()
    def start(self) -> None:
        """Sync at once, then every ``interval_ms`` after the previous cycle ended."""
        self._started, self._stopped = True, False
        self.sync_now()

    @Slot()
    def stop(self) -> None:
        """No more cycles (the one under way finishes: see :meth:`wait`)."""
        self._stopped = True
        self._again = False
        self._timer.stop()

    def wait(self, msecs: int = 10_000) -> bool:
        """Block until the cycle under way is over (closing the window)."""
        return all(thread.wait(msecs) for thread in list(self._threads))

    @Slot()
    def sync_now(self) -> None:
        """Run a cycle now; if one is under way, run another right after it."""
        if self._stopped:
            return
        if self._busy:
            self._again = True
            return
        self._timer.stop()
        self._busy = True
        thread = RunnerThread(self._run)
        thread.succeeded.connect(self._succeeded)
        thread.failed.connect(self._failed)
        thread.finished.connect(self._thread_done)
        self._threads.add(thread)
        thread.start()

    def refresh_status(self) -> SyncStatus:
        """The status from the local database, without the network (start-up)."""
        status = self.engine.status()
        self._set_status(status)
        return status

    # --- in the worker thread ----------------------------------------------------------

    def _run(self) -> SyncStatus:
        """Plain Python, no Qt: the engine turns network and server refusals into a status;
        anything else (a damaged answer, a locked database) becomes "sync_failed"."""
        try:
            return self.engine.sync()
        except Exception as error:  # noqa: BLE001 - told in the status bar, never swallowed
            log.exception("sync cycle failed")
            try:
                status = self.engine.status()
            except Exception:  # noqa: BLE001
                raise error from None
            return dataclasses.replace(status, online=False, error=SYNC_FAILED)

    # --- back in the GUI thread --------------------------------------------------------

    @Slot(object)
    def _succeeded(self, status: Any) -> None:
        assert isinstance(status, SyncStatus)
        self._run_over()
        self._set_status(status)

    @Slot(object)
    def _failed(self, error: Any) -> None:
        log.error("sync cycle failed: %r", error)
        previous = self.status
        self._run_over()
        self._set_status(
            SyncStatus(
                online=False,
                waiting=previous.waiting if previous else 0,
                last_success=previous.last_success if previous else None,
                error=SYNC_FAILED,
                rejected=previous.rejected if previous else 0,
                update=previous.update if previous else None,
            )
        )

    def _run_over(self) -> None:
        self._busy = False
        if self._stopped:
            return
        if self._again:
            self._again = False
            self.sync_now()
        elif self._started:
            self._timer.start(self.interval_ms)

    @Slot()
    def _thread_done(self) -> None:
        thread = self.sender()
        if isinstance(thread, RunnerThread):
            # "finished" is sent just before the thread really ends: let it end, then drop it.
            thread.wait()
            self._threads.discard(thread)

    def _set_status(self, status: SyncStatus) -> None:
        self.status = status
        self.statusChanged.emit(status)


# --- the status bar button -----------------------------------------------------------------

# The printer status button's colours (main_window._LEVEL_STYLE), plus a neutral one.
LEVEL_STYLE = {
    "ok": "color: #1a7f37;",
    "warn": "color: #9a6700;",
    "error": "color: white; background: #cf222e; border: none;",
    "idle": "color: #57606a;",
}


class SyncStatusButton(QPushButton):
    """« En ligne · 0 en attente · synchronisé à 14 h 32 », always in the status bar.

    Shortened with "…" when space runs out (the whole sentence stays in the tooltip and the
    accessible name). ``level`` is "ok", "warn", "error" or "idle" (standalone counter).
    """

    def __init__(
        self,
        lang: str = "fr",
        timezone: str | None = None,
        clock: Callable[[], datetime] = utcnow,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        from guichet.ui import messages

        self.lang = lang
        self.timezone = timezone or messages.DISPLAY_TIMEZONE
        self.clock = clock
        self.full_text = ""
        self.level = "idle"
        self.status: SyncStatus | None = None
        self.setAutoDefault(False)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(160)
        self.clicked.connect(self.explain_update)
        self.show_standalone()

    # --- what it says ------------------------------------------------------------------

    def show_status(self, status: SyncStatus) -> None:
        self.status = status
        self._show(*self.describe(status))

    @Slot(object)
    def on_status(self, status: object) -> None:
        """Slot for :attr:`SyncController.statusChanged`."""
        assert isinstance(status, SyncStatus)
        self.show_status(status)

    @Slot()
    def explain_update(self) -> QMessageBox | None:
        """An update is required: the whole sentence in a window, the download place
        selectable to copy (the status bar has room for a few words only)."""
        if self.status is None or self.status.update is None:
            return None
        from guichet.i18n import updates as update_words

        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Mise à jour nécessaire"),
            update_words.required(self.status.update, self.lang),
            QMessageBox.StandardButton.Ok,
            self.window(),
        )
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def show_standalone(self) -> None:
        """A counter that works alone, paired with no server."""
        self.status = None
        self._show(
            "idle",
            self.tr("Autonome (sans serveur)"),
            self.tr(
                "Ce guichet n'est jumelé à aucun serveur central\u00a0: ses ventes restent ici."
            ),
        )

    def describe(self, status: SyncStatus) -> tuple[str, str, str]:
        """(level, sentence, tooltip detail) for ``status``."""
        from guichet.i18n import updates as update_words

        waiting = self.tr("{count} en attente").format(count=status.waiting)
        if status.update is not None:  # sync stopped until this counter is updated
            return (
                "error",
                " · ".join([update_words.short(status.update, self.lang), waiting]),
                update_words.required(status.update, self.lang),
            )
        if status.last_success is None:
            last = self.tr("jamais synchronisé")
        elif status.online and not status.error:
            last = self.tr("synchronisé {time}").format(time=self._when(status.last_success))
        else:
            last = self.tr("dernière synchro {time}").format(time=self._when(status.last_success))
        if status.error in OFFLINE_CODES:
            level = "warn"
            state = (
                self.tr("Hors ligne\u00a0: serveur injoignable")
                if status.error == "unreachable"
                else self.tr("Hors ligne\u00a0: délai dépassé")
            )
        elif status.error:
            level = "error"
            state = sync_error_text(status.error)
        elif status.online:
            level = "ok"
            state = self.tr("En ligne")
        else:  # no cycle has ended yet
            level = "warn"
            state = self.tr("Connexion au serveur…")
        parts = [state, waiting, last]
        detail = clock_detail = ""
        if status.clock_skew_minutes:  # told at every sync until the clock is put right
            minutes = abs(status.clock_skew_minutes)
            parts.insert(
                1,
                self.tr("Horloge en avance de %n\u00a0minute(s)", "", minutes)
                if status.clock_skew_minutes > 0
                else self.tr("Horloge en retard de %n\u00a0minute(s)", "", minutes),
            )
            clock_detail = self.tr(
                "L'heure de ce guichet diffère de plus de 5\u00a0minutes de celle du "
                "serveur\u00a0: corrigez l'heure de l'ordinateur. Les ventes et les reçus sont "
                "datés par elle."
            )
            if level == "ok":
                level = "warn"
        if status.rejected:
            parts.append(self.tr("%n commande(s) refusée(s)", "", status.rejected))
            detail = self.tr(
                "Le serveur a refusé des commandes de ce guichet\u00a0: un superviseur doit les "
                "voir."
            )
            if level == "ok":
                level = "warn"
        if status.waiting and status.error and status.error not in OFFLINE_CODES:
            detail = self.tr("Les ventes restent sur ce guichet jusqu'à ce que ce soit réglé.")
        if status.newer_version and not status.error:  # discreet: nothing is required yet
            from guichet import __version__

            parts.append(update_words.available(status.newer_version, self.lang))
            more = update_words.available_detail(
                status.newer_version, __version__, status.download_url, self.lang
            )
            detail = f"{detail}\n{more}" if detail else more
        if clock_detail:
            detail = f"{detail}\n{clock_detail}" if detail else clock_detail
        recovered = status.recovered_at
        if recovered is not None and self.clock() - recovered < timedelta(days=1):
            # Out of step with the server, then back in step (guichet/sync/recovery.py).
            more = (
                self.tr(
                    "Remis au pas du serveur {time}\u00a0: %n commande(s) renumérotée(s), "
                    "signalée(s) aux superviseurs dans les conflits.",
                    "",
                    status.renumbered,
                )
                if status.renumbered
                else self.tr("Remis au pas du serveur {time}\u00a0: commandes envoyées de nouveau.")
            ).format(time=self._when(recovered))
            detail = f"{detail}\n{more}" if detail else more
        return level, " · ".join(parts), detail

    def _when(self, moment: datetime) -> str:
        time = _clock_time(moment, self.timezone, self.lang)
        today = local(self.clock(), self.timezone).date()
        if local(moment, self.timezone).date() == today:
            return self.tr("à {time}").format(time=time)
        return self.tr("le {day} à {time}").format(
            day=_short_day(moment, self.timezone, self.lang), time=time
        )

    def _show(self, level: str, text: str, detail: str = "") -> None:
        self.level = level
        self.full_text = text
        tooltip = f"{text}\n{detail}" if detail else text
        self.setToolTip(tooltip)
        self.setAccessibleName(text)
        self.setAccessibleDescription(detail)
        self.setProperty("level", level)
        self.setStyleSheet(
            "QPushButton { min-height: 40px; padding: 2px 8px; font-size: 13pt; "
            + LEVEL_STYLE.get(level, "")
            + " }"
        )
        self._elide()
        self.updateGeometry()

    # --- shortened to fit (as the printer status button) -------------------------------

    def _elide(self) -> None:
        room = max(self.width() - 32, 40)
        self.setText(
            elide(self.fontMetrics(), self.full_text, room)
        )

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(self.fontMetrics().horizontalAdvance(self.full_text) + 40, hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()


# --- the setup dialog ----------------------------------------------------------------------


def normalize_url(text: str) -> str:
    """ "192.168.1.10:8765/" -> "http://192.168.1.10:8765"."""
    url = text.strip()
    if url and "://" not in url:
        url = "http://" + url
    return url.rstrip("/")


def _check_server(url: str) -> tuple[dict[str, Any], str]:
    """In a worker thread: the server's /health and this counter's schema version."""
    # The HTTP client only when a person pairs the counter: not at every start.
    from guichet.sync.engine import ServerClient
    from guichet.sync.preflight import local_schema_revision

    client = ServerClient(url)
    try:
        return client.health(), local_schema_revision()
    finally:
        client.close()


def _pair_job(
    database: Path,
    url: str,
    code: str,
    name: str,
    fingerprint: str | None = None,
    insecure: bool = False,
    *,
    progress: Callable[[int, int], None],
) -> PairedCounter:
    """In a worker thread: plain Python, no Qt."""
    from guichet.sync.pairing import pair_counter
    from guichet.sync.preflight import check_can_pair

    check_can_pair(database)
    return pair_counter(
        database, url, code, name, progress=progress, fingerprint=fingerprint, insecure=insecure
    )


class PairDialog(QDialog):
    """Pair this counter with the central server: URL, one-time code, the counter's name.

    « Vérifier le serveur » asks the server's /health; « Jumeler » exchanges the code for a
    device token (kept in the OS keyring) and runs the first sync into ``database_path`` with
    a progress bar, then accepts. ``paired`` then holds the :class:`PairedCounter`.
    """

    def __init__(
        self,
        database_path: Path,
        parent: QWidget | None = None,
        server_url: str = DEFAULT_SERVER_URL,
    ) -> None:
        super().__init__(parent)
        self.database_path = database_path
        self.paired: PairedCounter | None = None
        self.runner: RunnerThread | None = None
        self.check_runner: RunnerThread | None = None
        self.setWindowTitle(self.tr("Jumeler ce guichet"))
        self.setModal(True)
        base = self.font()

        title = QLabel(self.tr("Jumeler ce guichet au serveur central"))
        title.setProperty("role", "title")
        explain = QLabel(
            self.tr(
                "Un superviseur crée un code de jumelage à usage unique, au back-office ou sur "
                "le serveur\u00a0: guichet server admin pairing-code. Ce guichet reçoit alors les "
                "activités, les tarifs et les utilisateurs de l'organisation."
            )
        )
        explain.setWordWrap(True)
        explain.setProperty("role", "muted")

        self.url_edit = QLineEdit(server_url)
        limit(self.url_edit, "url")
        self.url_edit.setPlaceholderText(DEFAULT_SERVER_URL)
        self.url_edit.setAccessibleName(self.tr("Adresse du serveur"))
        self.url_edit.textEdited.connect(self._url_edited)
        self.check_button = QPushButton(self.tr("Vérifier le serveur"))
        self.check_button.setAutoDefault(False)
        # As high as the address beside it: the check's answer sits right under both.
        self.check_button.setStyleSheet("QPushButton { min-height: 44px; padding: 2px 14px; }")
        self.check_button.clicked.connect(self.check_server)
        url_row = QHBoxLayout()
        url_row.addWidget(self.url_edit, 1)
        url_row.addWidget(self.check_button)
        self.health_label = QLabel()
        self.health_label.setWordWrap(True)
        self.health_label.setVisible(False)

        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText("XXXXX-XXXXX")
        self.code_edit.setFont(sized_font(base, 20, True))
        limit(self.code_edit, "pairing_code")
        self.code_edit.setAccessibleName(self.tr("Code de jumelage"))
        self.code_edit.textChanged.connect(self._code_changed)
        self.code_hint = QLabel(self.tr("Majuscules, minuscules, tirets\u00a0: peu importe."))
        self.code_hint.setProperty("role", "muted")
        self.code_hint.setWordWrap(True)

        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Caisse 1"))
        limit(self.name_edit, "SaveTerminal.name")
        self.name_edit.setAccessibleName(self.tr("Nom du guichet"))

        form = QFormLayout()
        form.setSpacing(10)
        form.addRow(self.tr("Adresse du serveur"), url_row)
        form.addRow("", self.health_label)
        form.addRow(self.tr("Code de jumelage"), self.code_edit)
        form.addRow("", self.code_hint)
        form.addRow(self.tr("Nom du guichet"), self.name_edit)
        # TLS (docs/SECURITY.md): the fingerprint the server shows, or a trusted network.
        self.fingerprint_edit = QLineEdit()
        self.fingerprint_edit.setPlaceholderText("AB:CD:EF:…")
        limit(self.fingerprint_edit, "fingerprint")
        self.fingerprint_edit.setAccessibleName(self.tr("Empreinte du certificat"))
        self.insecure_check = QCheckBox(
            self.tr("Réseau de confiance\u00a0: continuer sans chiffrement")
        )
        self.tls_label = QLabel()
        self.tls_label.setWordWrap(True)
        form.addRow(self.tr("Empreinte du certificat"), self.fingerprint_edit)
        form.addRow("", self.insecure_check)
        form.addRow("", self.tls_label)
        self._form = form
        self._tls_rows = (form.rowCount() - 3, form.rowCount() - 2, form.rowCount() - 1)
        self.url_edit.textChanged.connect(self._show_transport)
        self.insecure_check.toggled.connect(self._show_transport)

        keyring_note = QLabel(
            self.tr(
                "Le jeton de l'appareil reçu du serveur est conservé dans le trousseau du "
                "système (keyring), jamais dans un fichier."
            )
        )
        keyring_note.setWordWrap(True)
        keyring_note.setProperty("role", "muted")

        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(0)
        self.progress_bar.setMinimumHeight(32)
        self.progress_bar.setFormat("%p %")
        self.progress_bar.setVisible(False)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setFont(sized_font(base, 16, True))
        self.message_label.setVisible(False)

        self.cancel_button = QPushButton(self.tr("Annuler (Échap)"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.pair_button = QPushButton(self.tr("Jumeler (Entrée)"))
        self.pair_button.setProperty("role", "primary")
        self.pair_button.setDefault(True)
        self.pair_button.clicked.connect(self.pair)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.pair_button)

        root = QVBoxLayout(self)
        root.setContentsMargins(20, 16, 20, 16)
        root.setSpacing(12)
        root.addWidget(title)
        root.addWidget(explain)
        root.addLayout(form)
        root.addWidget(keyring_note)
        root.addStretch(1)
        root.addWidget(self.progress_bar)
        root.addWidget(self.message_label)
        root.addLayout(buttons)
        self.setMinimumWidth(760)
        self.resize(820, 680)
        self._show_transport()
        self.code_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- state -------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """Pairing (and the first sync) under way: the dialog cannot be closed."""
        return self.runner is not None

    @property
    def server_url(self) -> str:
        return normalize_url(self.url_edit.text())

    @property
    def code(self) -> str:
        return codes.normalize(self.code_edit.text())

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the worker threads are over (tests, closing the application)."""
        return all(
            runner.wait(msecs) for runner in (self.runner, self.check_runner) if runner is not None
        )

    def show_message(self, text: str, role: str = "error") -> None:
        from guichet.ui.theme import set_role

        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))
        set_role(self.message_label, role)

    def _set_health(self, text: str, role: str) -> None:
        from guichet.ui.theme import set_role

        self.health_label.setText(text)
        self.health_label.setVisible(bool(text))
        set_role(self.health_label, role)

    def _show_transport(self, *_args: object) -> None:
        """http to another machine: a warning, and the choice of a trusted network; https:
        the fingerprint the server shows (guichet server admin pairing-code)."""
        from urllib.parse import urlsplit

        from guichet.sync.tls import is_loopback
        from guichet.ui.theme import set_role

        url = self.server_url
        https = url.startswith("https:")
        remote_http = url.startswith("http:") and not is_loopback(urlsplit(url).hostname or "")
        fingerprint_row, choice_row, words_row = self._tls_rows
        # Only the rows that apply: the dialog keeps its height on a 768-pixel screen.
        self._form.setRowVisible(fingerprint_row, https)
        self._form.setRowVisible(choice_row, remote_http)
        if remote_http and not self.insecure_check.isChecked():
            text, role = self.tr(
                "Sans https, le code, le jeton et les ventes passent en clair sur le réseau."
            ), "warn"
        elif https:
            text, role = self.tr(
                "L'empreinte que le serveur affiche avec le code\u00a0: seul ce certificat "
                "sera accepté."
            ), "muted"
        else:
            text, role = "", "muted"
        self.tls_label.setText(text)
        self._form.setRowVisible(words_row, bool(text))
        set_role(self.tls_label, role)

    @Slot(str)
    def _url_edited(self, _text: str) -> None:
        self._set_health("", "muted")  # the check was for another address

    @Slot(str)
    def _code_changed(self, _text: str) -> None:
        from guichet.ui.theme import set_role

        code = self.code
        if len(code) >= 10 and not codes.is_well_formed(code):
            self.code_hint.setText(sync_error_text("code_malformed"))
            set_role(self.code_hint, "error")
        elif len(code) >= 10:
            self.code_hint.setText(
                self.tr("Code bien formé\u00a0: {code}").format(code=codes.display(code))
            )
            set_role(self.code_hint, "ok")
        else:
            self.code_hint.setText(self.tr("Majuscules, minuscules, tirets\u00a0: peu importe."))
            set_role(self.code_hint, "muted")

    def set_busy(self, busy: bool) -> None:
        for edit in (self.url_edit, self.code_edit, self.name_edit, self.fingerprint_edit):
            edit.setReadOnly(busy)  # still readable while the first sync runs
        self.insecure_check.setEnabled(not busy)
        for button in (self.check_button, self.pair_button, self.cancel_button):
            button.setEnabled(not busy)
        self.pair_button.setText(
            self.tr("Jumelage en cours…") if busy else self.tr("Jumeler (Entrée)")
        )

    # --- « Vérifier le serveur » -------------------------------------------------------

    @Slot()
    def check_server(self) -> None:
        if self.check_runner is not None:
            return
        url = self.server_url
        if not url:
            self._set_health(self.tr("Entrez l'adresse du serveur."), "error")
            self.url_edit.setFocus()
            return
        self.check_button.setEnabled(False)
        self._set_health(self.tr("Vérification de {url}…").format(url=url), "muted")
        runner = RunnerThread(_check_server, url)
        runner.succeeded.connect(self._checked)
        runner.failed.connect(self._check_failed)
        self.check_runner = runner
        runner.start()

    def _check_over(self) -> None:
        if self.check_runner is not None:
            self.check_runner.wait()
            self.check_runner = None
        self.check_button.setEnabled(not self.busy)

    @Slot(object)
    def _checked(self, result: Any) -> None:
        self._check_over()
        self.show_health(*result)

    def show_health(self, health: dict[str, Any], local_schema: str) -> None:
        """The server's answer in words (its schema version against this counter's)."""
        schema = str(health.get("schema", "?"))
        if schema == local_schema:
            self._set_health(
                self.tr("✔ Serveur joignable · version du schéma {schema}").format(schema=schema),
                "ok",
            )
        else:
            self._set_health(
                self.tr(
                    "Serveur joignable, mais sa version du schéma ({server}) n'est pas celle de "
                    "ce guichet ({local})\u00a0: mettez à jour le plus ancien."
                ).format(server=schema, local=local_schema),
                "warn",
            )

    @Slot(object)
    def _check_failed(self, error: Any) -> None:
        self._check_over()
        self._set_health("✘ " + self.error_text(error), "error")

    # --- « Jumeler » -------------------------------------------------------------------

    @Slot()
    def pair(self) -> None:
        if self.busy:
            return
        url, code, name = self.server_url, self.code, " ".join(self.name_edit.text().split())
        if not url:
            self.show_message(self.tr("Entrez l'adresse du serveur."))
            self.url_edit.setFocus()
            return
        if not codes.is_well_formed(code):
            self.show_message(
                sync_error_text("code_malformed")
                if code
                else self.tr("Entrez le code de jumelage donné par le superviseur.")
            )
            self.code_edit.setFocus()
            self.code_edit.selectAll()
            return
        if not name:
            self.show_message(self.tr("Donnez un nom à ce guichet (par exemple\u00a0: Caisse 1)."))
            self.name_edit.setFocus()
            return
        from guichet.sync import tls

        insecure = self.insecure_check.isChecked()
        try:  # before anything is sent: no code in clear to another machine unless chosen
            tls.check_url(url, insecure)
        except tls.TlsRefusal as refusal:
            self.show_message(self.error_text(SyncError(refusal.code, "", refusal.params)))
            self.insecure_check.setFocus()
            return
        fingerprint = self.fingerprint_edit.text().strip() or None
        self.set_busy(True)
        self.progress_bar.setRange(0, 0)  # busy until the first page of changes arrives
        self.progress_bar.setVisible(True)
        self.show_message(self.tr("Jumelage avec {url}…").format(url=url), "muted")
        runner = RunnerThread(
            _pair_job, self.database_path, url, code, name, fingerprint, insecure,
            with_progress=True,
        )  # fmt: skip
        runner.progress.connect(self.show_progress)
        runner.succeeded.connect(self._paired)
        runner.failed.connect(self._pair_failed)
        self.runner = runner
        runner.start()

    @Slot(int, int)
    def show_progress(self, done: int, total: int) -> None:
        """The first sync's progress: ``done`` rows received of about ``total``."""
        self.progress_bar.setRange(0, max(total, done, 1))
        self.progress_bar.setValue(done)
        self.show_message(
            self.tr("Première synchronisation\u00a0: {done} éléments reçus…").format(
                done=QLocale().toString(done)
            ),
            "muted",
        )

    def _pair_over(self) -> None:
        if self.runner is not None:
            self.runner.wait()
            self.runner = None
        self.set_busy(False)

    @Slot(object)
    def _paired(self, result: Any) -> None:
        from guichet.sync.pairing import PairedCounter

        assert isinstance(result, PairedCounter)
        self._pair_over()
        self.paired = result
        self.progress_bar.setRange(0, max(self.progress_bar.maximum(), 1))
        self.progress_bar.setValue(self.progress_bar.maximum())
        self.show_message(
            self.tr("Guichet jumelé\u00a0: {count} éléments reçus du serveur.").format(
                count=QLocale().toString(result.applied)
            ),
            "ok",
        )
        self.accept()

    @Slot(object)
    def _pair_failed(self, error: Any) -> None:
        log.warning("pairing failed: %r", error)
        self._pair_over()
        self.progress_bar.setVisible(False)
        self.show_message(self.error_text(error))
        if isinstance(error, SyncError) and error.code.startswith(("pairing_code", "code_")):
            self.code_edit.setFocus()
            self.code_edit.selectAll()

    def error_text(self, error: object) -> str:
        if isinstance(error, SyncError):
            from guichet.sync import updates

            if error.code == updates.TOO_OLD:
                return update_text(updates.too_old(error.params))
            if error.code == updates.FORMAT_NEWER:
                notice = updates.UpdateNotice.from_json(error.params)
                if notice is not None:
                    return update_text(notice)
            from guichet.i18n import errors as error_words
            from guichet.i18n.transport import MESSAGES as TRANSPORT

            if error.code in TRANSPORT:  # TLS and budgets, with their parameters
                return error_words.message(error.code, error.params, _ui_lang())
            return sync_error_text(error.code)
        if isinstance(error, DomainError):
            if error.code in ("code_malformed", "database_not_empty"):
                return sync_error_text(error.code)
            from guichet.ui.messages import message_for

            return message_for(error)
        try:
            from keyring.errors import KeyringError
        except ImportError:  # pragma: no cover - keyring is a dependency
            KeyringError = ()  # type: ignore[assignment,misc]  # noqa: N806
        if isinstance(error, KeyringError):
            return sync_error_text("keyring_unavailable")
        return self.tr("Échec inattendu\u00a0: {detail}").format(detail=str(error) or repr(error))

    # --- closing -----------------------------------------------------------------------

    def reject(self) -> None:
        if self.busy:
            return  # the first sync is writing the database: let it finish
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy:
            event.ignore()
            return
        if self.check_runner is not None:
            self.check_runner.wait()
        super().closeEvent(event)
