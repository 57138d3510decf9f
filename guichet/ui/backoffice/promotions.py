"""The list of promotions (back office): add, change, copy, disable, delete, codes, history.

One row per promotion, in list order (the first automatic promotion in force wins), with the
columns of the references: code, entrée en vigueur, expiration, type, valeur, utilisation /
permis, désactivé. A banner warns when two automatic promotions can be in force together.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Slot
from PySide6.QtGui import QBrush, QColor, QFont, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from guichet.domain.errors import DomainError
from guichet.domain.promotions import EffectKind
from guichet.services.promotions import PromotionAdmin, PromotionRow
from guichet.ui.backoffice import (
    ID_ROLE,
    add_shortcut,
    fit_rows,
    item,
    make_table,
    short_date,
    show_message,
)
from guichet.ui.backoffice.codes import CodesDialog, HistoryDialog, TagsDialog
from guichet.ui.backoffice.promotion_edit import PromotionEditDialog
from guichet.ui.messages import message_for
from guichet.ui.theme import COLORS

BANNER_STYLE = (
    "QLabel { background: #fff8c5; color: #6b4a00; border: 2px solid #d4a72c; "
    "border-radius: 6px; padding: 8px 12px; font-weight: bold; }"
)

COL_NAME, COL_CODE, COL_STARTS, COL_EXPIRES, COL_KIND, COL_VALUE, COL_USAGE = range(7)
COL_DISABLED = 7


def effect_kind_name(kind: EffectKind) -> str:
    names = {
        EffectKind.PERCENT: QCoreApplication.translate("promotions", "Pourcentage"),
        EffectKind.AMOUNT_PER_TICKET: QCoreApplication.translate("promotions", "$ par billet"),
        EffectKind.AMOUNT_PER_CART: QCoreApplication.translate("promotions", "$ par panier"),
        EffectKind.PRICE_LIST: QCoreApplication.translate("promotions", "Liste de prix"),
    }
    return names.get(kind, str(kind))


def yes_no(value: bool) -> str:
    if value:
        return QCoreApplication.translate("promotions", "Oui")
    return QCoreApplication.translate("promotions", "Non")


def usage_text(row: PromotionRow) -> str:
    """"12 / 100 commandes", "40 / ∞ billets"."""
    permitted = "∞" if row.permitted is None else f"{row.permitted:,}".replace(",", "\u00a0")
    used = f"{row.used:,}".replace(",", "\u00a0")
    if row.unit == "tickets":
        return QCoreApplication.translate("promotions", "{used} / {permitted} billets").format(
            used=used, permitted=permitted
        )
    return QCoreApplication.translate("promotions", "{used} / {permitted} commandes").format(
        used=used, permitted=permitted
    )


class ConfirmDialog(QDialog):
    """A question with two big buttons; non-blocking (``open()``) so tests can answer it."""

    def __init__(
        self, title: str, text: str, accept_text: str, parent: QWidget | None = None,
        *, danger: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        label = QLabel(text)
        label.setWordWrap(True)
        label.setMinimumWidth(560)
        self.text_label = label
        self.accept_button = QPushButton(accept_text)
        self.accept_button.setProperty("role", "danger" if danger else "primary")
        self.accept_button.clicked.connect(self.accept)
        self.cancel_button = QPushButton(self.tr("Annuler (Échap)"))
        self.cancel_button.clicked.connect(self.reject)
        self.cancel_button.setDefault(True)  # Entrée never destroys anything by mistake
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.accept_button)
        root = QVBoxLayout(self)
        root.setContentsMargins(20, 16, 20, 16)
        root.setSpacing(16)
        root.addWidget(label)
        root.addLayout(buttons)


class PromotionsWindow(QWidget):
    """The back office's list of promotions (a top-level window)."""

    def __init__(self, admin: PromotionAdmin, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setObjectName("promotionsWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(f"#promotionsWindow {{ background: {COLORS['bg']}; }}")
        self.admin = admin
        self.lang = lang
        self.rows: list[PromotionRow] = []
        self.overlaps: list[tuple[str, str]] = []
        # Open dialogs, kept so they live while shown (and tests can reach them).
        self.edit_dialog: PromotionEditDialog | None = None
        self.codes_dialog: CodesDialog | None = None
        self.history_dialog: HistoryDialog | None = None
        self.tags_dialog: TagsDialog | None = None
        self.confirm_dialog: ConfirmDialog | None = None
        self.setWindowTitle(self.tr("Promotions et codes promo"))
        self.setMinimumSize(1024, 640)

        title = QLabel(self.tr("Promotions"))
        title.setProperty("role", "title")
        self.summary_label = QLabel()
        self.summary_label.setProperty("role", "muted")
        heading = QHBoxLayout()
        heading.addWidget(title)
        heading.addSpacing(16)
        heading.addWidget(self.summary_label, 1, Qt.AlignmentFlag.AlignBottom)

        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setVisible(False)

        self.table = make_table(
            [
                self.tr("Nom"),
                self.tr("Code"),
                self.tr("Entrée en\nvigueur"),
                self.tr("Expiration"),
                self.tr("Type"),
                self.tr("Valeur"),
                self.tr("Utilisation /\nPermis"),
                self.tr("Désactivé"),
            ]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        # Long names wrap on two lines rather than being cut.
        self.table.setWordWrap(True)
        header.sectionResized.connect(lambda *_args: fit_rows(self.table))
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())

        def button(text: str, slot: Callable[[], object], role: str = "") -> QPushButton:
            widget = QPushButton(text)
            widget.setAutoDefault(False)
            if role:
                widget.setProperty("role", role)
            widget.clicked.connect(slot)
            return widget

        self.add_button = button(self.tr("Ajouter (Inser)"), self.add, "primary")
        self.edit_button = button(self.tr("Modifier (Entrée)"), self.edit_selected)
        self.copy_button = button(self.tr("Copier (Ctrl+D)"), self.copy_selected)
        self.toggle_button = button(self.tr("Désactiver (Ctrl+E)"), self.toggle_selected)
        self.delete_button = button(self.tr("Supprimer (Suppr)"), self.delete_selected)
        self.history_button = button(self.tr("Historique (Ctrl+H)"), self.show_history)
        self.codes_button = button(self.tr("Codes… (Ctrl+K)"), self.show_codes)
        self.tags_button = button(self.tr("Étiquettes… (Ctrl+T)"), self.show_tags)
        self.close_button = button(self.tr("Fermer (Échap)"), self.close)
        add_shortcut(self, Qt.Key.Key_Insert, self.add)
        add_shortcut(self, Qt.Key.Key_Return, self.edit_selected)
        add_shortcut(self, Qt.Key.Key_Enter, self.edit_selected)
        add_shortcut(self, "Ctrl+D", self.copy_selected)
        add_shortcut(self, "Ctrl+E", self.toggle_selected)
        add_shortcut(self, Qt.Key.Key_Delete, self.delete_selected)
        add_shortcut(self, "Ctrl+H", self.show_history)
        add_shortcut(self, "Ctrl+K", self.show_codes)
        add_shortcut(self, "Ctrl+T", self.show_tags)
        add_shortcut(self, Qt.Key.Key_Escape, self.close)

        edit_actions = QHBoxLayout()
        edit_actions.setSpacing(8)
        for widget in (self.add_button, self.edit_button, self.copy_button,
                       self.toggle_button, self.delete_button):
            edit_actions.addWidget(widget)
        edit_actions.addStretch(1)
        more_actions = QHBoxLayout()
        more_actions.setSpacing(8)
        for widget in (self.codes_button, self.history_button, self.tags_button):
            more_actions.addWidget(widget)
        more_actions.addStretch(1)
        more_actions.addWidget(self.close_button)

        self.message = QLabel()
        self.message.setWordWrap(True)

        root = QVBoxLayout(self)
        root.setContentsMargins(16, 12, 16, 12)
        root.setSpacing(10)
        root.addLayout(heading)
        root.addWidget(self.banner)
        root.addWidget(self.table, 1)
        root.addWidget(self.message)
        root.addLayout(edit_actions)
        root.addLayout(more_actions)
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self, lambda: fit_rows(self.table))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # The name column's width changes with the window: refit the wrapped names.
        QTimer.singleShot(0, self, lambda: fit_rows(self.table))

    # --- list ------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the list again, keeping the selected promotion selected."""
        selected = self.selected_row
        try:
            self.rows = sorted(self.admin.list_promotions(), key=lambda r: (r.position, r.id))
            self.overlaps = self.admin.overlapping_automatic()
        except DomainError as error:
            self.rows, self.overlaps = [], []
            self.show_error(error)
        muted = QBrush(QColor(COLORS["muted"]))
        bold = QFont(self.table.font())
        bold.setBold(True)
        italic = QFont(self.table.font())
        italic.setItalic(True)
        self.table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            cells = [
                item(row.name),
                item(self.code_text(row)),
                item(short_date(row.starts, self.lang)),
                item(short_date(row.expires, self.lang)),
                item(effect_kind_name(row.kind)),
                item(row.value, right=True),
                item(usage_text(row), right=True),
                item(yes_no(row.disabled), center=True),
            ]
            cells[COL_NAME].setData(ID_ROLE, row.id)
            tip = self._row_tooltip(row)
            for column, cell in enumerate(cells):
                cell.setToolTip(self.tr("{name} — {state}").format(name=row.name, state=tip))
                if row.disabled:
                    cell.setForeground(muted)
                elif row.in_force and column == COL_NAME:
                    cell.setFont(bold)
                if row.automatic and column == COL_CODE:
                    cell.setFont(italic)
                self.table.setItem(index, column, cell)
        fit_rows(self.table)
        self._update_banner()
        self._update_summary()
        keep = self._row_of(selected.id) if selected is not None else -1
        if self.rows:
            self.table.selectRow(max(keep, 0))
        self._selection_changed()

    def code_text(self, row: PromotionRow) -> str:
        """The code column; an automatic promotion needs none and says so."""
        if row.automatic:
            if row.code:
                return self.tr("Automatique + {code}").format(code=row.code)
            return self.tr("Automatique")
        return row.code or "—"

    def _row_tooltip(self, row: PromotionRow) -> str:
        state = self.tr("En vigueur aujourd'hui") if row.in_force else self.tr(
            "Pas en vigueur aujourd'hui"
        )
        if row.automatic:
            return self.tr("{state} · automatique (sans code)").format(state=state)
        return state

    def _update_banner(self) -> None:
        if not self.overlaps:
            self.banner.setVisible(False)
            self.banner.clear()
            return
        pairs = "; ".join(
            self.tr("«\u00a0{first}\u00a0» et «\u00a0{second}\u00a0»").format(first=a, second=b)
            for a, b in self.overlaps
        )
        self.banner.setText(
            self.tr(
                "⚠ Deux promotions automatiques peuvent s'appliquer en même temps\u00a0: {pairs} "
                "— la première de la liste l'emporte."
            ).format(pairs=pairs)
        )
        self.banner.setVisible(True)

    def _update_summary(self) -> None:
        count = len(self.rows)
        in_force = sum(1 for row in self.rows if row.in_force)
        if count == 0:
            text = self.tr("Aucune promotion")
        elif count == 1:
            text = self.tr("1 promotion, {in_force} en vigueur aujourd'hui (en gras)").format(
                in_force=in_force
            )
        else:
            text = self.tr(
                "{count} promotions, dont {in_force} en vigueur aujourd'hui (en gras)"
            ).format(count=count, in_force=in_force)
        self.summary_label.setText(text)
        if not self.rows and not self.message.text():
            show_message(
                self.message,
                self.tr(
                    "Aucune promotion pour l'instant\u00a0: «\u00a0Ajouter (Inser)\u00a0» en crée "
                    "une."
                ),
                "muted",
            )

    def _row_of(self, promotion_id: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == promotion_id), -1)

    @property
    def selected_row(self) -> PromotionRow | None:
        model = self.table.selectionModel()
        rows = model.selectedRows() if model is not None else []
        if not rows:
            return None
        index = rows[0].row()
        return self.rows[index] if 0 <= index < len(self.rows) else None

    def select_promotion(self, promotion_id: str) -> None:
        row = self._row_of(promotion_id)
        if row >= 0:
            self.table.selectRow(row)

    @Slot()
    def _selection_changed(self) -> None:
        row = self.selected_row
        has = row is not None
        for widget in (self.edit_button, self.copy_button, self.toggle_button,
                       self.delete_button, self.history_button, self.codes_button):
            widget.setEnabled(has)
        if row is not None and row.disabled:
            self.toggle_button.setText(self.tr("Activer (Ctrl+E)"))
        else:
            self.toggle_button.setText(self.tr("Désactiver (Ctrl+E)"))

    # --- messages ------------------------------------------------------------------------

    def show_error(self, error: DomainError) -> None:
        show_message(self.message, message_for(error, self.lang), "error")

    def show_info(self, text: str) -> None:
        show_message(self.message, text, "ok")

    # --- actions -------------------------------------------------------------------------

    @Slot()
    def add(self) -> None:
        self._open_editor(None)

    @Slot()
    def edit_selected(self) -> None:
        row = self.selected_row
        if row is not None:
            self._open_editor(row.id)

    def _open_editor(self, promotion_id: str | None) -> None:
        try:
            dialog = PromotionEditDialog(self.admin, self.lang, promotion_id, self)
        except DomainError as error:
            self.show_error(error)
            return
        dialog.saved.connect(self._saved)
        self.edit_dialog = dialog
        dialog.open()

    @Slot(str)
    def _saved(self, promotion_id: str) -> None:
        self.reload()
        self.select_promotion(promotion_id)
        row = self.selected_row
        name = row.name if row is not None else ""
        self.show_info(self.tr("Promotion «\u00a0{name}\u00a0» enregistrée.").format(name=name))

    @Slot()
    def copy_selected(self) -> None:
        row = self.selected_row
        if row is None:
            return
        try:
            new_id = self.admin.copy(row.id)
        except DomainError as error:
            self.show_error(error)
            return
        self.reload()
        self.select_promotion(new_id)
        self.show_info(
            self.tr("Copie créée, désactivée et sans code\u00a0: modifiez-la puis activez-la.")
        )

    @Slot()
    def toggle_selected(self) -> None:
        row = self.selected_row
        if row is not None:
            self.set_enabled(row.id, row.disabled)

    def set_enabled(self, promotion_id: str, enabled: bool) -> None:
        try:
            self.admin.set_enabled(promotion_id, enabled)
        except DomainError as error:
            self.show_error(error)
            return
        self.reload()
        self.select_promotion(promotion_id)
        row = self.selected_row
        name = row.name if row is not None else ""
        if enabled:
            self.show_info(self.tr("Promotion «\u00a0{name}\u00a0» activée.").format(name=name))
        else:
            self.show_info(self.tr("Promotion «\u00a0{name}\u00a0» désactivée.").format(name=name))

    @Slot()
    def delete_selected(self) -> None:
        row = self.selected_row
        if row is None:
            return
        if row.ever_used:
            self._offer_disable(row)
            return
        dialog = ConfirmDialog(
            self.tr("Supprimer une promotion"),
            self.tr(
                "Supprimer la promotion «\u00a0{name}\u00a0» et ses codes\u00a0? C'est définitif."
            ).format(name=row.name),
            self.tr("Supprimer"),
            self,
            danger=True,
        )
        dialog.accepted.connect(lambda: self._delete(row))
        self.confirm_dialog = dialog
        dialog.open()

    def _delete(self, row: PromotionRow) -> None:
        try:
            self.admin.delete(row.id)
        except DomainError as error:
            if error.code == "promo_used_cannot_delete":
                self.reload()
                self._offer_disable(row)
                return
            self.show_error(error)
            return
        self.reload()
        self.show_info(self.tr("Promotion «\u00a0{name}\u00a0» supprimée.").format(name=row.name))

    def _offer_disable(self, row: PromotionRow) -> None:
        """A promotion that was ever used stays for the records: offer to disable it."""
        if row.disabled:
            show_message(
                self.message,
                self.tr(
                    "«\u00a0{name}\u00a0» a déjà servi\u00a0: on ne peut pas la supprimer. Elle "
                    "est déjà désactivée."
                ).format(name=row.name),
                "warn",
            )
            return
        show_message(
            self.message,
            self.tr(
                "«\u00a0{name}\u00a0» a déjà servi\u00a0: on ne peut pas la supprimer, seulement "
                "la désactiver."
            ).format(name=row.name),
            "warn",
        )
        dialog = ConfirmDialog(
            self.tr("Promotion déjà utilisée"),
            self.tr(
                "La promotion «\u00a0{name}\u00a0» a déjà servi dans des ventes\u00a0: elle reste "
                "dans les registres et ne peut pas être supprimée. La désactiver maintenant\u00a0? "
                "Elle ne s'appliquera plus."
            ).format(name=row.name),
            self.tr("Désactiver"),
            self,
        )
        dialog.accepted.connect(lambda: self.set_enabled(row.id, False))
        self.confirm_dialog = dialog
        dialog.open()

    @Slot()
    def show_history(self) -> None:
        row = self.selected_row
        if row is None:
            return
        try:
            dialog = HistoryDialog(self.admin, self.lang, row.id, self)
        except DomainError as error:
            self.show_error(error)
            return
        self.history_dialog = dialog
        dialog.open()

    @Slot()
    def show_codes(self) -> None:
        row = self.selected_row
        if row is None:
            return
        try:
            dialog = CodesDialog(self.admin, self.lang, row.id, self)
        except DomainError as error:
            self.show_error(error)
            return
        dialog.finished.connect(lambda _result: self.reload())
        self.codes_dialog = dialog
        dialog.open()

    @Slot()
    def show_tags(self) -> None:
        try:
            dialog = TagsDialog(self.admin, self.lang, self)
        except DomainError as error:
            self.show_error(error)
            return
        self.tags_dialog = dialog
        dialog.open()
