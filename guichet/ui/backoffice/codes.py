"""A promotion's codes (custom or random, generated in the background), its history, and the
bulk editing of tags on events, tariffs and price lists."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from guichet.domain import codes as code_rules
from guichet.domain.errors import DomainError
from guichet.i18n.formatting import money, percent, timestamp
from guichet.services.promotions import ChangeRow, Choice, CodeRow, PromotionAdmin
from guichet.ui.backoffice import (
    BIG_INDICATORS,
    add_check_item,
    add_shortcut,
    attach_tag_completer,
    check_list,
    checked_ids,
    fit_rows,
    item,
    make_table,
    set_checked,
    short_date,
    show_message,
    split_tags,
)
from guichet.ui.limits import limit
from guichet.ui.messages import message_for
from guichet.ui.theme import COLORS
from guichet.ui.workers import BusyDialog, RunnerThread

MAX_GENERATED = 1_000_000
_ROOT = QModelIndex()


def grouped(number: int) -> str:
    """12 345 with a no-break space, as French readers expect (also fine in English lists)."""
    return f"{number:,}".replace(",", "\u00a0")


def grouped_count(text: str, count: int) -> str:
    """A %n message with its count grouped like the other numbers: Qt writes %n as plain
    digits ("2000 codes"), the windows show « 2 000 codes »."""
    return text.replace(str(count), grouped(count)) if abs(count) >= 1000 else text


def uses_text(used: int, permitted: int | None) -> str:
    return "{used} / {permitted}".format(
        used=grouped(used), permitted="∞" if permitted is None else grouped(permitted)
    )


def uses_spin(default: int = 1) -> QSpinBox:
    """Orders allowed per code; 0 shows as "Illimité"."""
    spin = QSpinBox()
    spin.setRange(0, MAX_GENERATED)
    spin.setSpecialValueText(QCoreApplication.translate("codes", "Illimité"))
    spin.setGroupSeparatorShown(True)
    spin.setValue(default)
    spin.setMinimumWidth(150)
    return spin


def _button(text: str, slot: Callable[[], None], role: str = "") -> QPushButton:
    widget = QPushButton(text)
    widget.setAutoDefault(False)
    if role:
        widget.setProperty("role", role)
    widget.clicked.connect(slot)
    return widget


# --------------------------------------------------------------------------- codes


SHOWN_CODES = 2000  # a promotion may hold a million codes: list the first ones only


class CodesModel(QAbstractTableModel):
    """The codes of one promotion; a model (not a table of items) so a million rows scroll."""

    COLUMNS = 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.codes: list[CodeRow] = []
        self._muted = QBrush(QColor(COLORS["muted"]))

    def set_codes(self, codes: Sequence[CodeRow]) -> None:
        self.beginResetModel()
        self.codes = list(codes)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.codes)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                QCoreApplication.translate("codes", "Code"),
                QCoreApplication.translate("codes", "Type"),
                QCoreApplication.translate("codes", "Utilisation / Permis"),
                QCoreApplication.translate("codes", "Actif"),
            )[section]
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        code = self.codes[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return code.text
            if column == 1:
                if code.kind == "custom":
                    return QCoreApplication.translate("codes", "Personnalisé")
                return QCoreApplication.translate("codes", "Aléatoire")
            if column == 2:
                return uses_text(code.used, code.max_uses)
            if code.enabled:
                return QCoreApplication.translate("codes", "Oui")
            return QCoreApplication.translate("codes", "Non")
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 2:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and not code.enabled:
            return self._muted
        return None


class CodesDialog(QDialog):
    """Codes of one promotion: add a custom one, generate random ones, enable, disable,
    change the maximum, delete an unused one, export them all to CSV."""

    def __init__(
        self, admin: PromotionAdmin, lang: str, promotion_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.admin = admin
        self.lang = lang
        self.promotion_id = promotion_id
        self.promotion_name = admin.get(promotion_id).name(lang)
        self.generate_dialog: GenerateCodesDialog | None = None
        self.max_uses_dialog: MaxUsesDialog | None = None
        self.setModal(True)
        self.setWindowTitle(
            self.tr("Codes de «\u00a0{name}\u00a0»").format(name=self.promotion_name)
        )

        title = QLabel(self.windowTitle())
        title.setProperty("role", "title")
        self.summary_label = QLabel()
        self.summary_label.setProperty("role", "muted")

        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText(self.tr("ex. DECOUVERTE"))
        limit(self.code_edit, "AddPromoCodes.codes")
        self.code_edit.returnPressed.connect(self.add_custom)
        self.max_uses_spin = uses_spin(0)
        self.add_button = _button(self.tr("Ajouter (Ctrl+N)"), self.add_custom, "primary")
        custom = QHBoxLayout()
        custom_label = QLabel(self.tr("Code personnalisé"))
        custom_label.setBuddy(self.code_edit)
        custom.addWidget(custom_label)
        custom.addWidget(self.code_edit, 1)
        custom.addWidget(QLabel(self.tr("Commandes permises")))
        custom.addWidget(self.max_uses_spin)
        custom.addWidget(self.add_button)

        self.model = CodesModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(40)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.generate_button = _button(self.tr("Générer des codes… (Ctrl+G)"), self.generate)
        self.toggle_button = _button(self.tr("Désactiver (Ctrl+E)"), self.toggle_selected)
        self.max_button = _button(self.tr("Modifier le maximum… (F2)"), self.edit_max_uses)
        self.delete_button = _button(self.tr("Supprimer (Suppr)"), self.delete_selected)
        self.export_button = _button(self.tr("Exporter CSV… (Ctrl+S)"), self.export_csv)
        self.close_button = _button(self.tr("Fermer (Échap)"), self.accept)
        add_shortcut(self, "Ctrl+N", self.add_custom)
        add_shortcut(self, "Ctrl+G", self.generate)
        add_shortcut(self, "Ctrl+E", self.toggle_selected)
        add_shortcut(self, Qt.Key.Key_F2, self.edit_max_uses)
        add_shortcut(self, Qt.Key.Key_Delete, self.delete_selected)
        add_shortcut(self, "Ctrl+S", self.export_csv)

        actions = QVBoxLayout()
        for widget in (
            self.generate_button,
            self.toggle_button,
            self.max_button,
            self.delete_button,
            self.export_button,
        ):
            actions.addWidget(widget)
        actions.addStretch(1)
        actions.addWidget(self.close_button)
        middle = QHBoxLayout()
        middle.addWidget(self.table, 1)
        middle.addLayout(actions)

        self.message = QLabel()
        self.message.setWordWrap(True)
        root = QVBoxLayout(self)
        root.setContentsMargins(16, 12, 16, 12)
        root.addWidget(title)
        root.addWidget(self.summary_label)
        root.addLayout(custom)
        root.addLayout(middle, 1)
        root.addWidget(self.message)
        self.resize(1240, 680)
        self.reload()
        self.code_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- list ----------------------------------------------------------------------------

    def reload(self, select_id: str | None = None) -> None:
        keep = select_id or (self.selected_code.id if self.selected_code else None)
        try:
            codes = self.admin.codes(self.promotion_id, limit=SHOWN_CODES)
            stats = self.admin.code_stats(self.promotion_id)
        except DomainError as error:
            codes = []
            stats = None
            self.show_error(error)
        self.model.set_codes(codes)
        if stats is not None:
            # One plural per count: « 1 code · 1 actif · 0 déjà utilisé ».
            summary = " · ".join(
                [
                    grouped_count(self.tr("%n code(s)", "", stats.count), stats.count),
                    grouped_count(self.tr("%n actif(s)", "", stats.active), stats.active),
                    grouped_count(self.tr("%n déjà utilisé(s)", "", stats.used), stats.used),
                ]
            )
            if stats.count > len(codes):
                summary += " · " + self.tr(
                    "{shown} premiers affichés\u00a0; la liste complète s'obtient par l'export CSV"
                ).format(shown=grouped(len(codes)))
            self.summary_label.setText(summary)
        row = next((i for i, c in enumerate(codes) if c.id == keep), 0 if codes else -1)
        if row >= 0:
            self.table.selectRow(row)
        self._selection_changed()

    @property
    def selected_code(self) -> CodeRow | None:
        model = self.table.selectionModel()
        rows = model.selectedRows() if model is not None else []
        if not rows:
            return None
        index = rows[0].row()
        return self.model.codes[index] if 0 <= index < len(self.model.codes) else None

    def select_code(self, text: str) -> None:
        wanted = code_rules.normalize(text)
        for index, code in enumerate(self.model.codes):
            if code_rules.normalize(code.text) == wanted:
                self.table.selectRow(index)
                return

    @Slot()
    def _selection_changed(self) -> None:
        code = self.selected_code
        has = code is not None
        for widget in (self.toggle_button, self.max_button, self.delete_button):
            widget.setEnabled(has)
        if code is not None and not code.enabled:
            self.toggle_button.setText(self.tr("Activer (Ctrl+E)"))
        else:
            self.toggle_button.setText(self.tr("Désactiver (Ctrl+E)"))

    def show_error(self, error: DomainError) -> None:
        show_message(self.message, message_for(error, self.lang), "error")

    def show_info(self, text: str, level: str = "ok") -> None:
        show_message(self.message, text, level)

    # --- actions -------------------------------------------------------------------------

    @Slot()
    def add_custom(self) -> None:
        text = self.code_edit.text().strip()
        max_uses = self.max_uses_spin.value() or None
        try:
            code_id = self.admin.add_custom_code(self.promotion_id, text, max_uses)
        except DomainError as error:
            self.show_error(error)
            self.code_edit.setFocus()
            return
        self.code_edit.clear()
        self.reload(code_id)
        self.show_info(
            self.tr("Code «\u00a0{code}\u00a0» ajouté.").format(code=code_rules.normalize(text))
        )

    @Slot()
    def generate(self) -> None:
        dialog = GenerateCodesDialog(
            self.admin, self.lang, self.promotion_id, self, existing=len(self.model.codes)
        )
        dialog.generated.connect(self._generated)
        dialog.finished.connect(lambda _result: self.reload())
        self.generate_dialog = dialog
        dialog.open()

    @Slot(int)
    def _generated(self, count: int) -> None:
        self.reload()
        self.show_info(grouped_count(self.tr("%n code(s) aléatoire(s) créé(s).", "", count), count))

    @Slot()
    def toggle_selected(self) -> None:
        code = self.selected_code
        if code is None:
            return
        try:
            self.admin.set_code_enabled(code.id, not code.enabled)
        except DomainError as error:
            self.show_error(error)
            return
        self.reload(code.id)
        if code.enabled:
            self.show_info(self.tr("Code «\u00a0{code}\u00a0» désactivé.").format(code=code.text))
        else:
            self.show_info(self.tr("Code «\u00a0{code}\u00a0» activé.").format(code=code.text))

    @Slot()
    def edit_max_uses(self) -> None:
        code = self.selected_code
        if code is None:
            return
        dialog = MaxUsesDialog(code, self)
        dialog.chosen.connect(lambda value, code=code: self.set_max_uses(code, value))
        self.max_uses_dialog = dialog
        dialog.open()

    def set_max_uses(self, code: CodeRow, max_uses: int | None) -> None:
        try:
            self.admin.update_code(code.id, max_uses)
        except DomainError as error:
            self.show_error(error)
            return
        self.reload(code.id)
        if max_uses is None:
            text = self.tr("Code «\u00a0{code}\u00a0»\u00a0: commandes illimitées.")
        else:
            text = grouped_count(
                self.tr(
                    "Code «\u00a0{code}\u00a0»\u00a0: %n commande(s) permise(s).", "", max_uses
                ),
                max_uses,
            )
        self.show_info(text.format(code=code.text))

    @Slot()
    def delete_selected(self) -> None:
        code = self.selected_code
        if code is None:
            return
        if code.used:
            self.show_info(
                self.tr(
                    "Le code «\u00a0{code}\u00a0» a déjà servi\u00a0: on ne peut que le désactiver "
                    "(Ctrl+E)."
                ).format(code=code.text),
                "warn",
            )
            return
        try:
            self.admin.delete_code(code.id)
        except DomainError as error:
            if error.code == "promo_used_cannot_delete":
                self.show_info(
                    self.tr(
                        "Le code «\u00a0{code}\u00a0» a déjà servi\u00a0: on ne peut que le "
                        "désactiver (Ctrl+E)."
                    ).format(code=code.text),
                    "warn",
                )
            else:
                self.show_error(error)
            return
        self.reload()
        self.show_info(self.tr("Code «\u00a0{code}\u00a0» supprimé.").format(code=code.text))

    def default_export_name(self) -> str:
        safe = "".join(ch if ch.isalnum() else "-" for ch in self.promotion_name).strip("-")
        return self.tr("codes-{name}.csv").format(name=safe.lower() or "promotion")

    def ask_export_path(self) -> Path | None:
        """The file to write, chosen by the user (tests replace this method)."""
        start = str(Path.home() / self.default_export_name())
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Exporter les codes"), start, self.tr("Fichier CSV (*.csv)")
        )
        return Path(path) if path else None

    @Slot()
    def export_csv(self) -> None:
        path = self.ask_export_path()
        if path is None:
            return
        try:
            count = self.admin.export_codes_csv(self.promotion_id, path)
        except DomainError as error:
            self.show_error(error)
            return
        except OSError as error:
            show_message(
                self.message,
                self.tr("Impossible d'écrire {path}\u00a0: {reason}").format(
                    path=path, reason=error.strerror or error
                ),
            )
            return
        self.show_info(
            grouped_count(
                self.tr("%n code(s) exporté(s) dans {path}.", "", count), count
            ).format(path=path)
        )


class MaxUsesDialog(QDialog):
    """How many orders may use one code (0 = no limit)."""

    chosen = Signal(object)  # int | None

    def __init__(self, code: CodeRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(True)
        self.setWindowTitle(self.tr("Maximum d'utilisations"))
        label = QLabel(
            self.tr(
                "Commandes permises pour le code «\u00a0{code}\u00a0» (déjà {used})\u00a0:"
            ).format(code=code.text, used=grouped(code.used))
        )
        label.setWordWrap(True)
        self.spin = uses_spin(code.max_uses or 0)
        self.ok_button = _button(self.tr("Enregistrer (Entrée)"), self.accept, "primary")
        self.ok_button.setDefault(True)
        self.cancel_button = _button(self.tr("Annuler (Échap)"), self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.ok_button)
        root = QVBoxLayout(self)
        root.setContentsMargins(20, 16, 20, 16)
        root.setSpacing(12)
        root.addWidget(label)
        root.addWidget(self.spin)
        root.addLayout(buttons)
        self.accepted.connect(lambda: self.chosen.emit(self.spin.value() or None))
        self.spin.setFocus(Qt.FocusReason.OtherFocusReason)
        self.spin.selectAll()


class GenerationCancelled(Exception):
    """Raised from the progress callback, between two batches, when the user cancels."""


class GenerateCodesDialog(BusyDialog):
    """N random codes, made in the background in batches, with a progress bar.

    "Annuler" is honoured between two batches: the job stops at the next progress report; the
    codes of the batches already written stay (the dialog says how many there are).
    """

    generated = Signal(int)  # codes created
    stopped = Signal(int)  # cancelled: codes that exist now beyond those before

    def __init__(
        self,
        admin: PromotionAdmin,
        lang: str,
        promotion_id: str,
        parent: QWidget | None = None,
        *,
        existing: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.admin = admin
        self.lang = lang
        self.promotion_id = promotion_id
        self.existing = existing
        self.runner: RunnerThread | None = None
        self.cancel_event = threading.Event()
        self.created: int | None = None
        self.setModal(True)
        self.setWindowTitle(self.tr("Générer des codes aléatoires"))

        title = QLabel(self.windowTitle())
        title.setProperty("role", "title")
        explain = QLabel(
            self.tr(
                "Des codes de 15 caractères, sans caractères qui se ressemblent, avec un "
                "caractère de contrôle qui repère une faute de frappe."
            )
        )
        explain.setWordWrap(True)
        explain.setProperty("role", "muted")
        self.count_spin = QSpinBox()
        self.count_spin.setRange(1, MAX_GENERATED)
        self.count_spin.setGroupSeparatorShown(True)
        self.count_spin.setValue(100)
        self.count_spin.setMinimumWidth(200)
        self.max_uses_spin = uses_spin(1)
        form = QFormLayout()
        form.addRow(self.tr("Nombre de codes (jusqu'à 1 000 000)"), self.count_spin)
        form.addRow(self.tr("Commandes permises par code"), self.max_uses_spin)

        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(0)
        self.progress_bar.setMinimumHeight(32)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)

        self.start_button = _button(self.tr("Générer (Entrée)"), self.start, "primary")
        self.start_button.setDefault(True)
        self.cancel_button = _button(self.tr("Annuler (Échap)"), self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.start_button)

        root = QVBoxLayout(self)
        root.setContentsMargins(20, 16, 20, 16)
        root.setSpacing(12)
        root.addWidget(title)
        root.addWidget(explain)
        root.addLayout(form)
        root.addWidget(self.progress_bar)
        root.addWidget(self.status_label)
        root.addLayout(buttons)
        self.resize(720, 420)
        self.count_spin.setFocus(Qt.FocusReason.OtherFocusReason)
        self.count_spin.selectAll()

    @property
    def running(self) -> bool:
        return self.runner is not None and self.runner.isRunning()

    @Slot()
    def start(self) -> None:
        if self.runner is not None:
            return
        count = self.count_spin.value()
        max_uses = self.max_uses_spin.value() or None
        if self.existing is None:
            try:
                self.existing = self.admin.code_stats(self.promotion_id).count
            except DomainError as error:
                show_message(self.status_label, message_for(error, self.lang))
                return
        self.count_spin.setEnabled(False)
        self.max_uses_spin.setEnabled(False)
        self.start_button.setEnabled(False)
        self.progress_bar.setRange(0, count)
        self.progress_bar.setValue(0)
        show_message(self.status_label, self.tr("Génération en cours…"), "muted")
        cancel = self.cancel_event
        admin, promotion_id = self.admin, self.promotion_id

        def job(progress: Callable[[int, int], None]) -> int:
            def report(done: int, total: int) -> None:
                progress(done, total)
                if cancel.is_set():
                    raise GenerationCancelled(done)

            return admin.generate_codes(promotion_id, count, max_uses, progress=report)

        runner = RunnerThread(job, with_progress=True)
        runner.progress.connect(self._progress)
        runner.succeeded.connect(self._succeeded)
        runner.failed.connect(self._failed)
        self.runner = runner
        runner.start()

    @Slot(int, int)
    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress_bar.setRange(0, total)
        self.progress_bar.setValue(done)
        if not self.cancel_event.is_set():
            show_message(
                self.status_label,
                grouped_count(self.tr("%n code(s) sur {total}…", "", done), done).format(
                    total=grouped(total)
                ),
                "muted",
            )

    def _finish_thread(self) -> None:
        if self.runner is not None:
            self.runner.wait()
        self.cancel_button.setText(self.tr("Fermer (Échap)"))
        self.cancel_button.setEnabled(True)
        self.cancel_button.setProperty("role", "primary")
        self.cancel_button.setDefault(True)
        self.cancel_button.setFocus()
        self.cancel_button.style().unpolish(self.cancel_button)
        self.cancel_button.style().polish(self.cancel_button)

    @Slot(object)
    def _succeeded(self, count: object) -> None:
        self._finish_thread()
        self.created = int(count) if isinstance(count, int) else self.count_spin.value()
        self.progress_bar.setValue(self.progress_bar.maximum())
        show_message(
            self.status_label,
            grouped_count(self.tr("%n code(s) créé(s).", "", self.created), self.created),
            "ok",
        )
        self.generated.emit(self.created)

    @Slot(object)
    def _failed(self, error: object) -> None:
        self._finish_thread()
        if isinstance(error, GenerationCancelled):
            try:
                now = self.admin.code_stats(self.promotion_id).count
            except DomainError:
                now = self.existing or 0
            self.created = max(0, now - (self.existing or 0))
            show_message(
                self.status_label,
                grouped_count(
                    self.tr("Génération arrêtée\u00a0: %n code(s) créé(s).", "", self.created),
                    self.created,
                ),
                "warn",
            )
            self.stopped.emit(self.created)
        elif isinstance(error, DomainError):
            show_message(self.status_label, message_for(error, self.lang))
        else:
            show_message(
                self.status_label,
                self.tr("La génération a échoué\u00a0: {reason}").format(reason=error),
            )

    @Slot()
    def cancel(self) -> None:
        """Ask the running job to stop after the batch in progress."""
        if self.running:
            self.cancel_event.set()
            self.cancel_button.setEnabled(False)
            show_message(self.status_label, self.tr("Arrêt à la fin du lot en cours…"), "warn")



# --------------------------------------------------------------------------- history


def action_name(action: str) -> str:
    names = {
        "created": QCoreApplication.translate("history", "Création"),
        "updated": QCoreApplication.translate("history", "Modification"),
        "copied": QCoreApplication.translate("history", "Création par copie"),
        "enabled": QCoreApplication.translate("history", "Activation"),
        "disabled": QCoreApplication.translate("history", "Désactivation"),
        "deleted": QCoreApplication.translate("history", "Suppression"),
        "code_added": QCoreApplication.translate("history", "Code ajouté"),
        "codes_generated": QCoreApplication.translate("history", "Codes générés"),
        "code_updated": QCoreApplication.translate("history", "Code modifié"),
        "code_deleted": QCoreApplication.translate("history", "Code supprimé"),
    }
    return names.get(action, action.replace("_", " "))


def field_name(name: str) -> str:
    names = {
        "name_fr": QCoreApplication.translate("history", "nom (français)"),
        "name_en": QCoreApplication.translate("history", "nom (anglais)"),
        "description_fr": QCoreApplication.translate("history", "description (français)"),
        "description_en": QCoreApplication.translate("history", "description (anglais)"),
        "effect": QCoreApplication.translate("history", "réduction"),
        "starts": QCoreApplication.translate("history", "entrée en vigueur"),
        "expires": QCoreApplication.translate("history", "expiration"),
        "automatic": QCoreApplication.translate("history", "automatique"),
        "enabled": QCoreApplication.translate("history", "activée"),
        "position": QCoreApplication.translate("history", "rang"),
        "max_tickets": QCoreApplication.translate("history", "billets au maximum"),
        "max_tickets_per_order": QCoreApplication.translate(
            "history", "billets par commande au maximum"
        ),
        "targeting": QCoreApplication.translate("history", "cibles"),
        "event_ids": QCoreApplication.translate("history", "événements"),
        "occurrence_ids": QCoreApplication.translate("history", "séances"),
        "zone_ids": QCoreApplication.translate("history", "zones"),
        "category_ids": QCoreApplication.translate("history", "tarifs"),
        "price_list_control": QCoreApplication.translate("history", "étiquette de liste de prix"),
        "event_control": QCoreApplication.translate("history", "étiquette d'événement"),
        "category_control": QCoreApplication.translate("history", "étiquette de tarif"),
        "customers": QCoreApplication.translate("history", "clients"),
        "customer_ids": QCoreApplication.translate("history", "clients choisis"),
        "terminal_profiles": QCoreApplication.translate("history", "guichets"),
        "limits": QCoreApplication.translate("history", "quotas par cible"),
        "max_uses": QCoreApplication.translate("history", "commandes permises"),
    }
    return names.get(name, name.replace("_", " "))


class ChangeDescriber:
    """The details of one history line in words ("expiration : 31 déc. 2026 → 31 janv. 2027")."""

    def __init__(self, lang: str, price_lists: dict[str, str]) -> None:
        self.lang = lang
        self.price_lists = price_lists

    def tr(self, text: str, disambiguation: str = "", n: int = -1) -> str:
        return QCoreApplication.translate("ChangeDescriber", text, disambiguation, n)

    def describe(self, change: ChangeRow) -> str:
        details = change.details
        action = change.action
        if action in ("created", "copied"):
            return self.tr("nom\u00a0: {name}").format(name=details.get("name", ""))
        if action == "updated":
            changes = details.get("changes")
            if not isinstance(changes, dict) or not changes:
                return self.tr("aucun changement")
            return " · ".join(self._field_change(str(k), v) for k, v in changes.items())
        if action == "code_added":
            return self.tr("code {code}, commandes permises\u00a0: {uses}").format(
                code=details.get("code", ""), uses=self._uses(details.get("max_uses"))
            )
        if action == "codes_generated":
            count = int(str(details.get("count", 0)))
            return grouped_count(
                self.tr(
                    "%n code(s) aléatoire(s), commandes permises à chacun\u00a0: {uses}", "", count
                ),
                count,
            ).format(uses=self._uses(details.get("max_uses")))
        if action == "code_updated":
            parts = [self.tr("code {code}").format(code=details.get("code", ""))]
            if "enabled" in details:
                parts.append(self.tr("activé") if details["enabled"] else self.tr("désactivé"))
            if "max_uses" in details:
                parts.append(self._field_change("max_uses", details["max_uses"]))
            return " · ".join(parts)
        if action == "code_deleted":
            return self.tr("code {code}").format(code=details.get("code", ""))
        return " · ".join(
            self.tr("{field}\u00a0: {value}").format(field=field_name(k), value=self._plain(v))
            for k, v in details.items()
        )

    def _field_change(self, name: str, change: object) -> str:
        if isinstance(change, dict) and "avant" in change and "après" in change:
            before, after = change["avant"], change["après"]
        else:
            return self.tr("{field}\u00a0: {value}").format(
                field=field_name(name), value=self._value(name, change)
            )
        if name == "targeting" and isinstance(before, dict) and isinstance(after, dict):
            keys = [k for k in after if before.get(k) != after.get(k)]
            return self.tr("cibles changées\u00a0: {what}").format(
                what=", ".join(field_name(k) for k in keys)
            )
        if name.startswith("description"):
            return self.tr("{field} changée").format(field=field_name(name))
        return self.tr("{field}\u00a0: {old} → {new}").format(
            field=field_name(name),
            old=self._value(name, before),
            new=self._value(name, after),
        )

    def _uses(self, value: object) -> str:
        return self.tr("illimité") if value is None else grouped(int(str(value)))

    def _value(self, name: str, value: object) -> str:
        if name == "effect" and isinstance(value, dict):
            return self._effect(value)
        if name in ("starts", "expires"):
            if not value:
                return self.tr("aucune")
            return short_date(date.fromisoformat(str(value)), self.lang)
        if name in ("max_tickets", "max_tickets_per_order", "max_uses"):
            return self.tr("sans limite") if value is None else grouped(int(str(value)))
        return self._plain(value)

    def _plain(self, value: object) -> str:
        if value is None or value == "":
            return "—"
        if isinstance(value, bool):
            return self.tr("oui") if value else self.tr("non")
        if isinstance(value, int):
            return grouped(value)
        return str(value)

    def _effect(self, effect: dict[str, object]) -> str:
        kind = str(effect.get("kind", ""))
        amount = money(int(str(effect.get("amount") or 0)), self.lang)
        if kind == "percent":
            value = Decimal(str(effect.get("percent", "0"))) / 100
            return percent(value, self.lang)
        if kind == "amount_per_ticket":
            return self.tr("{amount} par billet").format(amount=amount)
        if kind == "amount_per_cart":
            return self.tr("{amount} sur le panier").format(amount=amount)
        name = self.price_lists.get(str(effect.get("price_list_id") or ""), "?")
        return self.tr("liste de prix «\u00a0{name}\u00a0»").format(name=name)


class HistoryDialog(QDialog):
    """Every change to a promotion and its codes: when, who, what."""

    def __init__(
        self, admin: PromotionAdmin, lang: str, promotion_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.admin = admin
        self.lang = lang
        self.promotion_id = promotion_id
        name = admin.get(promotion_id).name(lang)
        self.setModal(True)
        self.setWindowTitle(self.tr("Historique de «\u00a0{name}\u00a0»").format(name=name))
        title = QLabel(self.windowTitle())
        title.setProperty("role", "title")
        self.table = make_table(
            [self.tr("Date et heure"), self.tr("Qui"), self.tr("Quoi"), self.tr("Détails")]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        header.sectionResized.connect(lambda *_args: fit_rows(self.table))
        self.close_button = _button(self.tr("Fermer (Échap)"), self.accept, "primary")
        self.close_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        root = QVBoxLayout(self)
        root.setContentsMargins(16, 12, 16, 12)
        root.addWidget(title)
        root.addWidget(self.table, 1)
        root.addLayout(buttons)
        self.resize(1100, 620)
        self.changes: list[ChangeRow] = []
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Column widths are known only now: fit the rows to the wrapped details.
        QTimer.singleShot(0, self, lambda: fit_rows(self.table))

    def _when(self, at: datetime) -> str:
        if at.tzinfo is None:  # stored in UTC
            at = at.replace(tzinfo=UTC)
        return timestamp(at, self.admin.timezone, self.lang)

    def reload(self) -> None:
        """Newest first."""
        self.changes = list(reversed(self.admin.history(self.promotion_id)))
        describer = ChangeDescriber(
            self.lang, {c.id: c.name for c in self.admin.choices().price_lists}
        )
        self.table.setRowCount(len(self.changes))
        for row, change in enumerate(self.changes):
            self.table.setItem(row, 0, item(self._when(change.at)))
            self.table.setItem(row, 1, item(change.user_name or "—"))
            self.table.setItem(row, 2, item(action_name(change.action)))
            self.table.setItem(row, 3, item(describer.describe(change)))
        fit_rows(self.table)

    def row_texts(self) -> list[tuple[str, str, str, str]]:
        """What the table shows, row by row (for tests and for reading aloud)."""
        texts = []
        for row in range(self.table.rowCount()):
            cells = [self.table.item(row, column) for column in range(4)]
            texts.append(tuple(cell.text() if cell else "" for cell in cells))
        return texts  # type: ignore[return-value]


# --------------------------------------------------------------------------- tags


class TagsDialog(QDialog):
    """Add or remove tags on many events, tariffs or price lists at once."""

    KINDS = ("event", "category", "price_list")

    def __init__(self, admin: PromotionAdmin, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.admin = admin
        self.lang = lang
        self.choices = admin.choices()
        self.setModal(True)
        self.setStyleSheet(BIG_INDICATORS)
        self.setWindowTitle(self.tr("Étiquettes"))
        title = QLabel(self.tr("Étiquettes des événements, tarifs et listes de prix"))
        title.setProperty("role", "title")
        explain = QLabel(
            self.tr(
                "Les étiquettes sont des mots libres que les promotions peuvent viser («\u00a0a "
                "l'étiquette\u00a0» / «\u00a0n'a pas l'étiquette\u00a0»). Séparez-les par des "
                "virgules."
            )
        )
        explain.setWordWrap(True)
        explain.setProperty("role", "muted")

        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("Événements"), "event")
        self.kind_combo.addItem(self.tr("Tarifs"), "category")
        self.kind_combo.addItem(self.tr("Listes de prix"), "price_list")
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._fill_objects())
        kind_row = QHBoxLayout()
        kind_label = QLabel(self.tr("Modifier les étiquettes des"))
        kind_label.setBuddy(self.kind_combo)
        kind_row.addWidget(kind_label)
        kind_row.addWidget(self.kind_combo)
        kind_row.addStretch(1)
        self.all_button = _button(self.tr("Tout cocher"), self.check_all)
        self.none_button = _button(self.tr("Tout décocher"), self.check_none)
        kind_row.addWidget(self.all_button)
        kind_row.addWidget(self.none_button)

        self.objects_list = check_list(())
        self.add_edit = QLineEdit()
        limit(self.add_edit, "tag_list")
        self.add_edit.setPlaceholderText(self.tr("ex. famille, jeunesse"))
        self.remove_edit = QLineEdit()
        limit(self.remove_edit, "tag_list")
        self.remove_edit.setPlaceholderText(self.tr("ex. promo-été"))
        attach_tag_completer(self.add_edit, self.choices.tags)
        attach_tag_completer(self.remove_edit, self.choices.tags)
        form = QFormLayout()
        form.addRow(self.tr("Étiquettes à ajouter"), self.add_edit)
        form.addRow(self.tr("Étiquettes à retirer"), self.remove_edit)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.apply_button = _button(self.tr("Appliquer (Ctrl+Entrée)"), self.apply, "primary")
        self.close_button = _button(self.tr("Fermer (Échap)"), self.accept)
        add_shortcut(self, "Ctrl+Return", self.apply)
        add_shortcut(self, "Ctrl+Enter", self.apply)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.apply_button)

        root = QVBoxLayout(self)
        root.setContentsMargins(16, 12, 16, 12)
        root.addWidget(title)
        root.addWidget(explain)
        root.addLayout(kind_row)
        root.addWidget(self.objects_list, 1)
        root.addLayout(form)
        root.addLayout(buttons)
        self.resize(980, 680)
        self._fill_objects()

    @property
    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def _objects(self) -> tuple[Choice, ...]:
        return {
            "event": self.choices.events,
            "category": self.choices.categories,
            "price_list": self.choices.price_lists,
        }[self.kind]

    def _fill_objects(self, keep: Sequence[str] = ()) -> None:
        self.objects_list.clear()
        for choice in self._objects():
            tags = ", ".join(choice.tags) if choice.tags else self.tr("aucune étiquette")
            add_check_item(
                self.objects_list,
                choice.id,
                self.tr("{name}   ·   {tags}").format(name=choice.name, tags=tags),
            )
        set_checked(self.objects_list, keep)

    def select(self, ids: Sequence[str]) -> None:
        set_checked(self.objects_list, ids)

    @Slot()
    def check_all(self) -> None:
        set_checked(self.objects_list, [c.id for c in self._objects()])

    @Slot()
    def check_none(self) -> None:
        set_checked(self.objects_list, [])

    @Slot()
    def apply(self) -> None:
        ids = checked_ids(self.objects_list)
        add, remove = split_tags(self.add_edit.text()), split_tags(self.remove_edit.text())
        if not ids:
            show_message(self.message, self.tr("Cochez au moins un élément."))
            return
        if not add and not remove:
            show_message(self.message, self.tr("Tapez une étiquette à ajouter ou à retirer."))
            return
        try:
            self.admin.set_tags(self.kind, ids, add, remove)
            self.choices = self.admin.choices()
        except DomainError as error:
            show_message(self.message, message_for(error, self.lang))
            return
        self._fill_objects(ids)
        for edit in (self.add_edit, self.remove_edit):
            edit.clear()
            attach_tag_completer(edit, self.choices.tags)
        show_message(
            self.message,
            self.tr("Étiquettes mises à jour sur %n élément(s).", "", len(ids)),
            "ok",
        )
