"""« Nouvelle réserve… » and « Modifier la réserve… »: a reserve's name, with access (a tariff)
or without, for every user or selected ones."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from guichet.domain.errors import DomainError
from guichet.services.counter import Counter
from guichet.ui.limits import limit
from guichet.ui.messages import message_for
from guichet.ui.theme import set_role as _set_role
from guichet.ui.theme import sized_font as _font


class ReserveEditDialog(QDialog):
    """Define a reserve: name, with access (a tariff) or without, all users or selected ones."""

    saved = Signal(str, str)  # reserve id, name

    def __init__(
        self,
        desk: Any,
        categories: list[tuple[str, str]],
        users: list[Any],
        reserve: Any = None,
        counter: Counter | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.reserve = reserve
        self.lang = counter.lang if counter is not None else "fr"
        self.saved_id: str | None = None
        self.setModal(True)
        self.setWindowTitle(
            self.tr("Nouvelle réserve") if reserve is None else self.tr("Modifier la réserve")
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(8)

        form = QFormLayout()
        form.setSpacing(8)
        self.name_edit = QLineEdit(reserve.name if reserve is not None else "")
        limit(self.name_edit, "SaveReserve.name")
        self.name_edit.setPlaceholderText(self.tr("ex. Médias, Artistes, Producteurs"))
        self.name_edit.setAccessibleName(self.tr("Nom de la réserve"))
        form.addRow(self.tr("Nom"), self.name_edit)
        layout.addLayout(form)

        kind_title = QLabel(self.tr("Type de réserve"))
        kind_title.setFont(_font(self.font(), 16, True))
        layout.addWidget(kind_title)
        self.with_access_radio = QRadioButton(
            self.tr("Avec accès au compte\u00a0: on tire des billets au guichet")
        )
        self.without_access_radio = QRadioButton(
            self.tr("Sans accès\u00a0: places mises de côté, à libérer pour les vendre")
        )
        kinds = QButtonGroup(self)
        kinds.addButton(self.with_access_radio)
        kinds.addButton(self.without_access_radio)
        layout.addWidget(self.with_access_radio)
        tariff_row = QHBoxLayout()
        tariff_row.setContentsMargins(32, 0, 0, 0)
        tariff_row.addWidget(QLabel(self.tr("Tarif des billets tirés")))
        self.category_combo = QComboBox()
        self.category_combo.setAccessibleName(self.tr("Tarif des billets tirés"))
        for category_id, name in categories:
            self.category_combo.addItem(name, category_id)
        tariff_row.addWidget(self.category_combo, 1)
        layout.addLayout(tariff_row)
        layout.addWidget(self.without_access_radio)

        access_title = QLabel(self.tr("Restrictions"))
        access_title.setFont(_font(self.font(), 16, True))
        layout.addWidget(access_title)
        self.all_users_radio = QRadioButton(self.tr("Tous les usagers"))
        self.selected_users_radio = QRadioButton(self.tr("Usagers sélectionnés"))
        access = QButtonGroup(self)
        access.addButton(self.all_users_radio)
        access.addButton(self.selected_users_radio)
        access_row = QHBoxLayout()
        access_row.addWidget(self.all_users_radio)
        access_row.addWidget(self.selected_users_radio)
        access_row.addStretch(1)
        layout.addLayout(access_row)
        self.users_list = QListWidget()
        self.users_list.setAccessibleName(self.tr("Usagers qui ont accès"))
        chosen = set(reserve.user_ids) if reserve is not None else set()
        for user in users:
            item = QListWidgetItem(user.name)
            item.setData(Qt.ItemDataRole.UserRole, user.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if user.id in chosen else Qt.CheckState.Unchecked
            )
            self.users_list.addItem(item)
        rows = min(max(len(users), 2), 5)
        self.users_list.setMinimumHeight(self.users_list.fontMetrics().height() * rows + 24)
        layout.addWidget(self.users_list)
        owner_note = QLabel(
            self.tr("Le propriétaire du compte a toujours accès à toutes les réserves.")
        )
        owner_note.setProperty("role", "muted")
        owner_note.setWordWrap(True)
        layout.addWidget(owner_note)

        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setProperty("role", "error")
        layout.addWidget(self.message)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Annuler"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = QPushButton(self.tr("Sauvegarder"))
        self.save_button.setProperty("role", "primary")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)

        if reserve is not None and reserve.kind == "without_access":
            self.without_access_radio.setChecked(True)
        else:
            self.with_access_radio.setChecked(True)
        if reserve is not None and reserve.category_id:
            index = self.category_combo.findData(reserve.category_id)
            if index < 0:
                self.category_combo.addItem(reserve.category_name, reserve.category_id)
                index = self.category_combo.count() - 1
            self.category_combo.setCurrentIndex(index)
        if reserve is not None and reserve.access == "selected":
            self.selected_users_radio.setChecked(True)
        else:
            self.all_users_radio.setChecked(True)
        self.with_access_radio.toggled.connect(self._update)
        self.selected_users_radio.toggled.connect(self._update)
        self._update()
        self.setMinimumWidth(760)

    def _update(self) -> None:
        self.category_combo.setEnabled(self.with_access_radio.isChecked())
        self.users_list.setEnabled(self.selected_users_radio.isChecked())

    def check_user(self, user_id: str, checked: bool = True) -> None:
        for row in range(self.users_list.count()):
            item = self.users_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == user_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                return
        raise LookupError(user_id)

    def checked_users(self) -> tuple[str, ...]:
        result = []
        for row in range(self.users_list.count()):
            item = self.users_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                result.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return tuple(result)

    def save(self) -> None:
        with_access = self.with_access_radio.isChecked()
        selected = self.selected_users_radio.isChecked()
        category_id = self.category_combo.currentData() if with_access else None
        name = self.name_edit.text().strip()
        try:
            reserve_id = self.desk.save_reserve(
                name,
                "with_access" if with_access else "without_access",
                category_id=category_id,
                access="selected" if selected else "all_users",
                user_ids=self.checked_users() if selected else (),
                reserve_id=self.reserve.id if self.reserve is not None else None,
            )
        except DomainError as error:
            _set_role(self.message, "error")
            self.message.setText(message_for(error, self.lang))
            return
        self.saved_id = reserve_id
        self.saved.emit(reserve_id, name)
        self.accept()
