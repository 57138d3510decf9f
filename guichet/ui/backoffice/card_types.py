"""Card types (back office): gift packages (forfaits cadeaux) and pass types (laissez-passer).

The list on the left, the editor on the right: « Nouveau forfait cadeau », « Nouveau
laissez-passer », or « Modifier » the chosen type. A card keeps the terms in force when it was
sold (or activated): saving a type changes later sales only, and the editor says so.

Supervisors and the owner edit; a cashier sees the types read-only (the handler refuses a
cashier anyway, with « forbidden »).
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import (
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from guichet.domain.cards import MAX_USES, CardKind
from guichet.domain.errors import DomainError
from guichet.domain.money import parse_amount
from guichet.i18n.formatting import money, money_plain
from guichet.services.cards import CardDesk, CardTypeView
from guichet.services.counter import Counter
from guichet.ui.backoffice import (
    BIG_INDICATORS,
    ID_ROLE,
    add_shortcut,
    check_list,
    checked_ids,
    set_checked,
    show_message,
)
from guichet.ui.limits import limit
from guichet.ui.messages import message_for
from guichet.ui.theme import COLORS, day_edit
from guichet.ui.theme import sized_font as _font

MAX_VALID_DAYS = 3660
TYPE_ROLE = Qt.ItemDataRole.UserRole + 30  # the CardTypeView of a list row
DISABLED_FIELDS = (
    "QLineEdit:disabled, QSpinBox:disabled, QDateEdit:disabled, QPlainTextEdit:disabled "
    "{ color: #8c959f; background: #eaeef2; }"
)


def split_categories(text: str) -> list[str]:
    """"Cartes cadeaux, Piscine ,, Piscine" -> ["Cartes cadeaux", "Piscine"]."""
    seen: list[str] = []
    for part in text.split(","):
        name = " ".join(part.split())
        if name and name.casefold() not in {s.casefold() for s in seen}:
            seen.append(name)
    return seen


class TypeDelegate(QStyledItemDelegate):
    """A card type on four lines: its name in bold, its kind, price and uses, the number of
    cards issued (greyed when no longer offered at the counter). A long name wraps onto one
    more line and the row grows, rather than being cut."""

    _WRAP = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    _PADDING = 20  # 10 on each side

    def __init__(self, dialog: CardTypesDialog) -> None:
        super().__init__(dialog)
        self.dialog = dialog

    def _lines(self, view: CardTypeView, base: QFont) -> list[tuple[str, QFont]]:
        bold = _font(base, base.pointSize(), True)
        small = _font(base, base.pointSize() - 1)
        return [(view.name, bold)] + [(text, small) for text in self.dialog.summary_lines(view)]

    def _width(self, option: QStyleOptionViewItem) -> int:
        """The text's width: the list's, whatever row is asked about."""
        list_widget = getattr(self.dialog, "types_list", None)
        width = list_widget.viewport().width() if list_widget is not None else option.rect.width()
        return max(width - self._PADDING, 40)

    @classmethod
    def _height(cls, text: str, font: QFont, width: int) -> int:
        metrics = QFontMetrics(font)
        wrapped = metrics.boundingRect(QRect(0, 0, width, 10_000), cls._WRAP, text)
        return max(wrapped.height(), metrics.height())

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        view = index.data(TYPE_ROLE)
        if not isinstance(view, CardTypeView):
            return super().sizeHint(option, index)
        width = self._width(option)
        lines = self._lines(view, option.font)
        height = sum(self._height(text, font, width) + 2 for text, font in lines)
        return QSize(200, height + 12)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        view = index.data(TYPE_ROLE)
        if not isinstance(view, CardTypeView):
            super().paint(painter, option, index)
            return
        rect: QRect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.fillRect(rect, QColor(COLORS["primary"] if selected else "#ffffff"))
        painter.setPen(QColor(COLORS["border"]))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        main = QColor("white" if selected else COLORS["text"])
        muted = QColor("white" if selected else COLORS["muted"])
        if not view.active and not selected:
            main = QColor(COLORS["muted"])
        x, width = rect.x() + 10, rect.width() - self._PADDING
        y = rect.y() + 6
        for number, (text, font) in enumerate(self._lines(view, option.font)):
            painter.setFont(font)
            painter.setPen(main if number == 0 else muted)
            height = self._height(text, font, width)
            painter.drawText(QRect(x, y, width, height), self._WRAP, text)
            y += height + 2
        painter.restore()


class CardTypesDialog(QDialog):
    """``CardTypesDialog(counter)``: the card types and their editor (non-blocking: ``open()``)."""

    saved = Signal(str)  # the card type's id

    def __init__(self, counter: Counter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counter = counter
        self.types: list[CardTypeView] = []
        self.editing_id: str | None = None  # the type in the editor (None: a new one)
        self.kind: CardKind | None = None  # None: nothing in the editor
        self.setModal(True)
        self.setObjectName("CardTypesDialog")
        self.setStyleSheet(
            f"{BIG_INDICATORS} {DISABLED_FIELDS}"
            " QGroupBox { font-weight: bold; margin-top: 16px; padding-top: 6px;"
            f" border: 1px solid {COLORS['border']}; border-radius: 6px; }}"
            " QGroupBox::title { subcontrol-origin: margin; left: 8px; padding: 0 4px; }"
        )
        self.setWindowTitle(self.tr("Types de cartes — forfaits cadeaux et laissez-passer"))
        try:
            self.activities = self.desk.activities()
        except DomainError:
            self.activities = []

        root = QHBoxLayout(self)
        root.setContentsMargins(14, 12, 14, 12)
        root.setSpacing(14)
        root.addLayout(self._build_list())
        root.addWidget(self._build_editor(), 1)
        add_shortcut(self, "Ctrl+S", self.save)
        self.resize(1340, 720)

        self.reload()
        self._show_nothing()
        self._update_permissions()

    # --- service --------------------------------------------------------------------------

    @property
    def desk(self) -> CardDesk:
        return self.counter.cards

    @property
    def lang(self) -> str:
        return self.counter.lang

    @property
    def can_edit(self) -> bool:
        actor = self.counter.actor
        return actor is not None and actor.role.can_supervise

    # --- layout ---------------------------------------------------------------------------

    def _build_list(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(8)
        title = QLabel(self.tr("Types de cartes"))
        title.setProperty("role", "title")
        column.addWidget(title)
        self.types_list = QListWidget()
        self.types_list.setAccessibleName(self.tr("Types de cartes"))
        self.types_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.types_list.setItemDelegate(TypeDelegate(self))
        self.types_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.types_list.setFixedWidth(310)
        self.types_list.setWordWrap(True)  # rows are laid out again when the scroll bar comes
        self.types_list.itemDoubleClicked.connect(lambda _item: self.edit_selected())
        self.types_list.currentRowChanged.connect(lambda _row: self._update_permissions())
        column.addWidget(self.types_list, 1)
        self.new_package_button = self._button(
            self.tr("Nouveau forfait cadeau"), lambda: self.new_type(CardKind.PACKAGE)
        )
        self.new_pass_button = self._button(
            self.tr("Nouveau laissez-passer"), lambda: self.new_type(CardKind.PASS)
        )
        self.edit_button = self._button(self.tr("Modifier"), self.edit_selected)
        column.addWidget(self.edit_button)
        column.addWidget(self.new_package_button)
        column.addWidget(self.new_pass_button)
        self.rights_label = QLabel()
        self.rights_label.setWordWrap(True)
        self.rights_label.setProperty("role", "warn")
        column.addWidget(self.rights_label)
        return column

    @staticmethod
    def _button(text: str, slot: object, role: str = "") -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)
        if role:
            button.setProperty("role", role)
        button.clicked.connect(slot)
        return button

    def _build_editor(self) -> QFrame:
        panel = QFrame()
        panel.setObjectName("editorPanel")
        panel.setStyleSheet(
            "QFrame#editorPanel { background: white; border: 1px solid "
            f"{COLORS['border']}; border-radius: 8px; }}"
            " QFrame#editorPanel QLabel { background: transparent; }"
        )
        self.editor = panel
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(16, 10, 16, 12)
        layout.setSpacing(6)
        self.editor_title = QLabel()
        self.editor_title.setObjectName("editorTitle")
        self.editor_title.setFont(_font(self.font(), 19, True))
        self.editor_title.setWordWrap(True)
        layout.addWidget(self.editor_title)
        self.terms_note = QLabel(self.tr("Les cartes déjà vendues gardent leurs conditions."))
        self.terms_note.setObjectName("termsNote")
        self.terms_note.setProperty("role", "warn")
        self.terms_note.setWordWrap(True)
        layout.addWidget(self.terms_note)

        self.form = QWidget()
        grid = QGridLayout(self.form)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(18)
        grid.addWidget(self._build_general(), 0, 0)
        right = QWidget()
        right.setLayout(self._build_right())
        right.setFixedWidth(440)  # « Catégories, séparées par des virgules » whole
        grid.addWidget(right, 0, 1)
        grid.setColumnStretch(0, 1)
        layout.addWidget(self.form, 1)

        self.error_label = QLabel()
        self.error_label.setObjectName("editorMessage")
        self.error_label.setWordWrap(True)
        self.error_label.setProperty("role", "muted")
        self.error_label.setFont(_font(self.font(), 15, True))
        self.revert_button = self._button(self.tr("Annuler les changements"), self.revert)
        self.save_button = self._button(self.tr("Enregistrer (Ctrl+S)"), self.save, "primary")
        self.close_button = self._button(self.tr("Fermer (Échap)"), self.reject)
        bottom = QHBoxLayout()
        bottom.setSpacing(8)
        bottom.addWidget(self.error_label, 1)
        bottom.addWidget(self.close_button)
        bottom.addWidget(self.revert_button)
        bottom.addWidget(self.save_button)
        layout.addLayout(bottom)
        return panel

    def _build_general(self) -> QWidget:
        box = QWidget()
        form = QFormLayout(box)
        form.setContentsMargins(0, 0, 0, 0)
        form.setSpacing(8)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.name_edit = QLineEdit()
        limit(self.name_edit, "SaveCardType.name", 120)
        self.name_edit.setAccessibleName(self.tr("Nom"))
        self.description_edit = QPlainTextEdit()
        limit(self.description_edit, "SaveCardType.description")
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(64)
        self.description_edit.setAccessibleName(self.tr("Description"))
        self.price_edit = QLineEdit()
        limit(self.price_edit, "amount")
        self.price_edit.setPlaceholderText(self.tr("ex. 60 ou 59,99"))
        self.price_edit.setAccessibleName(self.tr("Prix"))
        self.price_edit.setFixedWidth(150)
        price_row = QHBoxLayout()
        price_row.addWidget(self.price_edit)
        price_row.addWidget(QLabel("$"))
        price_row.addStretch(1)

        self.uses_spin = QSpinBox()
        self.uses_spin.setRange(1, MAX_USES)
        self.uses_spin.setAccessibleName(self.tr("Nombre de passages"))
        self.uses_spin.setFixedWidth(150)
        self.unlimited_check = QCheckBox(self.tr("Illimité"))
        self.unlimited_check.toggled.connect(lambda on: self.uses_spin.setEnabled(not on))
        uses_row = QHBoxLayout()
        uses_row.addWidget(self.uses_spin)
        uses_row.addSpacing(8)
        uses_row.addWidget(self.unlimited_check)
        uses_row.addStretch(1)
        self.uses_label = QLabel(self.tr("Passages"))

        today = self.counter.today()
        self.starts_check = QCheckBox(self.tr("Valide dès le"))
        self.starts_edit = self._date_edit(today)
        self.expires_check = QCheckBox(self.tr("Expire le"))
        self.expires_edit = self._date_edit(today + timedelta(days=365))
        self.starts_check.toggled.connect(self.starts_edit.setEnabled)
        self.expires_check.toggled.connect(self.expires_edit.setEnabled)
        self.valid_days_check = QCheckBox(self.tr("Valide"))
        self.valid_days_spin = QSpinBox()
        self.valid_days_spin.setRange(1, MAX_VALID_DAYS)
        self.valid_days_spin.setValue(365)
        self.valid_days_spin.setEnabled(False)
        self.valid_days_spin.setFixedWidth(150)
        self.valid_days_spin.setAccessibleName(self.tr("Jours de validité après l'achat"))
        self.valid_days_check.toggled.connect(self.valid_days_spin.setEnabled)
        days_row = QHBoxLayout()
        days_row.addWidget(self.valid_days_spin)
        days_row.addWidget(QLabel(self.tr("jours après l'achat")))
        days_row.addStretch(1)
        self.active_check = QCheckBox(self.tr("Offert au guichet"))

        form.addRow(self.tr("Nom *"), self.name_edit)
        form.addRow(self.tr("Description"), self.description_edit)
        form.addRow(self.tr("Prix *"), price_row)
        form.addRow(self.uses_label, uses_row)
        form.addRow(self.starts_check, self.starts_edit)
        form.addRow(self.expires_check, self.expires_edit)
        form.addRow(self.valid_days_check, days_row)
        validity_hint = QLabel(
            self.tr("Une date et un nombre de jours\u00a0: la carte expire au premier des deux.")
        )
        validity_hint.setWordWrap(True)
        validity_hint.setProperty("role", "muted")
        form.addRow("", validity_hint)
        form.addRow("", self.active_check)
        return box

    def _build_right(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(4)
        activities = QGroupBox(self.tr("Activités admissibles"))
        inner = QVBoxLayout(activities)
        inner.setContentsMargins(10, 8, 10, 8)
        inner.setSpacing(4)
        self.activities_list = check_list((a.id, a.name) for a in self.activities)
        self.all_activities_check = QCheckBox(self.tr("Toutes les activités"))
        self.all_activities_check.toggled.connect(
            lambda on: self.activities_list.setEnabled(not on)
        )
        self.activities_list.setAccessibleName(self.tr("Activités admissibles"))
        self.activities_list.setMinimumHeight(120)
        inner.addWidget(self.all_activities_check)
        inner.addWidget(self.activities_list, 1)
        hint = QLabel(self.tr("De tout programme, à tout prix."))
        hint.setProperty("role", "muted")
        inner.addWidget(hint)
        column.addWidget(activities, 1)

        conditions = QGroupBox(self.tr("Conditions"))
        rules = QVBoxLayout(conditions)
        rules.setContentsMargins(10, 8, 10, 8)
        rules.setSpacing(4)
        self.exclusive_check = QCheckBox(self.tr("Billets exclusifs"))
        self.exclusive_check.setToolTip(self.tr("Une seule réservation active à la fois"))
        self.family_check = QCheckBox(self.tr("Familial\u00a0: tout le compte"))
        self.family_check.setToolTip(
            self.tr(
                "Tous les membres du compte du client s'en servent\u00a0; les passages sont "
                "partagés."
            )
        )
        self.cancellable_check = QCheckBox(self.tr("Permet d'annuler les réservations"))
        for check in (self.exclusive_check, self.family_check, self.cancellable_check):
            rules.addWidget(check)
        column.addWidget(conditions)

        shop = QGroupBox(self.tr("Boutique en ligne"))
        shop_layout = QVBoxLayout(shop)
        shop_layout.setContentsMargins(10, 8, 10, 8)
        shop_layout.setSpacing(4)
        self.published_check = QCheckBox(self.tr("Publier"))
        self.categories_edit = QLineEdit()
        self.categories_edit.setPlaceholderText(self.tr("Catégories, séparées par des virgules"))
        self.categories_edit.setAccessibleName(self.tr("Catégories de la boutique"))
        limit(self.categories_edit, "tag_list", 300)
        self.published_check.toggled.connect(self.categories_edit.setEnabled)
        shop_layout.addWidget(self.published_check)
        shop_layout.addWidget(self.categories_edit)
        column.addWidget(shop)
        return column

    def _date_edit(self, day: date) -> QDateEdit:
        edit = day_edit(self.lang, "d MMMM yyyy" if self.lang == "fr" else "MMMM d, yyyy")
        edit.setDate(QDate(day.year, day.month, day.day))
        edit.setMinimumWidth(240)
        edit.setEnabled(False)
        return edit

    # --- list -----------------------------------------------------------------------------

    def kind_name(self, kind: CardKind) -> str:
        if kind is CardKind.PACKAGE:
            return self.tr("Forfait cadeau")
        return self.tr("Laissez-passer")

    def summary_lines(self, view: CardTypeView) -> tuple[str, str, str]:
        """("Laissez-passer familial", "120,00 $ · 20 passages", "1 carte")."""
        first = self.tr("Laissez-passer familial") if view.family else self.kind_name(view.kind)
        uses = (
            self.tr("passages illimités")
            if view.uses is None
            else self.tr("%n passage(s)", "", view.uses)
        )
        cards = self.tr("%n carte(s)", "", view.cards)
        if not view.active:
            cards = self.tr("{cards} · retiré du guichet").format(cards=cards)
        return first, f"{money(view.price, self.lang)} · {uses}", cards

    def reload(self, keep_id: str | None = None) -> None:
        if keep_id is None:
            current = self.types_list.currentItem()
            keep_id = str(current.data(ID_ROLE)) if current is not None else None
        try:
            self.types = self.desk.card_types()
        except DomainError as error:
            self.types = []
            show_message(self.error_label, message_for(error, self.lang))
        self.types_list.blockSignals(True)
        self.types_list.clear()
        for view in self.types:
            entry = QListWidgetItem("\n".join((view.name, *self.summary_lines(view))))
            entry.setData(ID_ROLE, view.id)
            entry.setData(TYPE_ROLE, view)
            entry.setToolTip(view.description or view.name)
            self.types_list.addItem(entry)
            if view.id == keep_id:
                self.types_list.setCurrentItem(entry)
        self.types_list.blockSignals(False)

    def select_type(self, card_type_id: str) -> bool:
        for row in range(self.types_list.count()):
            if self.types_list.item(row).data(ID_ROLE) == card_type_id:
                self.types_list.setCurrentRow(row)
                return True
        return False

    def selected_id(self) -> str | None:
        current = self.types_list.currentItem()
        return str(current.data(ID_ROLE)) if current is not None else None

    def _update_permissions(self) -> None:
        editing = self.can_edit
        for button in (self.new_package_button, self.new_pass_button):
            button.setEnabled(editing)
        self.edit_button.setEnabled(editing and self.selected_id() is not None)
        self.form.setEnabled(editing and self.kind is not None)
        self.save_button.setEnabled(editing and self.kind is not None)
        self.revert_button.setEnabled(editing and self.kind is not None)
        self.rights_label.setText(
            ""
            if editing
            else self.tr(
                "Consultation seulement\u00a0: un superviseur ou le propriétaire modifie les types "
                "de cartes."
            )
        )
        self.rights_label.setVisible(not editing)

    # --- editor ---------------------------------------------------------------------------

    def _show_nothing(self) -> None:
        self.kind = None
        self.editing_id = None
        self.editor_title.setText(
            self.tr("Choisissez un type puis «\u00a0Modifier\u00a0», ou créez-en un nouveau.")
        )
        self._clear_fields(CardKind.PACKAGE)
        self._update_permissions()

    @Slot()
    def new_type(self, kind: CardKind) -> None:
        if not self.can_edit:
            show_message(self.error_label, message_for(DomainError("forbidden"), self.lang))
            return
        self.kind = kind
        self.editing_id = None
        self.types_list.clearSelection()
        self.editor_title.setText(
            self.tr("Nouveau forfait cadeau")
            if kind is CardKind.PACKAGE
            else self.tr("Nouveau laissez-passer")
        )
        self._clear_fields(kind)
        show_message(self.error_label, "")
        self._update_permissions()
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def edit_selected(self) -> None:
        card_type_id = self.selected_id()
        if card_type_id is None:
            show_message(self.error_label, self.tr("Choisissez d'abord un type dans la liste."))
            return
        self.edit_type(card_type_id)

    def edit_type(self, card_type_id: str) -> None:
        """The type in the editor (read-only for a cashier)."""
        try:
            view = self.desk.card_type(card_type_id)
        except DomainError as error:
            show_message(self.error_label, message_for(error, self.lang))
            return
        self.select_type(card_type_id)
        self.kind = view.kind
        self.editing_id = view.id
        self.editor_title.setText(self.tr("Modifier «\u00a0{name}\u00a0»").format(name=view.name))
        self._fill(view)
        show_message(self.error_label, "")
        self._update_permissions()
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        QTimer.singleShot(0, lambda: self.name_edit.setCursorPosition(0))

    @Slot()
    def revert(self) -> None:
        if self.editing_id is not None:
            self.edit_type(self.editing_id)
        elif self.kind is not None:
            self.new_type(self.kind)

    def _kind_changed(self, kind: CardKind) -> None:
        is_pass = kind is CardKind.PASS
        self.unlimited_check.setVisible(is_pass)
        self.family_check.setVisible(is_pass)
        if not is_pass:
            self.unlimited_check.setChecked(False)
            self.family_check.setChecked(False)
        self.uses_label.setText(
            self.tr("Passages *") if kind is CardKind.PACKAGE else self.tr("Passages")
        )

    def _clear_fields(self, kind: CardKind) -> None:
        self._kind_changed(kind)
        self.name_edit.clear()
        self.description_edit.clear()
        self.price_edit.clear()
        self.uses_spin.setValue(10)
        self.unlimited_check.setChecked(False)
        self.uses_spin.setEnabled(True)
        for check, edit in (
            (self.starts_check, self.starts_edit),
            (self.expires_check, self.expires_edit),
            (self.valid_days_check, self.valid_days_spin),
        ):
            check.setChecked(False)
            edit.setEnabled(False)
        self.valid_days_check.setChecked(kind is CardKind.PACKAGE)  # a year, by habit
        self.valid_days_spin.setValue(365)
        self.all_activities_check.setChecked(False)
        self.activities_list.setEnabled(True)
        set_checked(self.activities_list, ())
        self.exclusive_check.setChecked(False)
        self.family_check.setChecked(False)
        self.cancellable_check.setChecked(True)
        self.published_check.setChecked(False)
        self.categories_edit.clear()
        self.categories_edit.setEnabled(False)
        self.active_check.setChecked(True)

    def _fill(self, view: CardTypeView) -> None:
        self._kind_changed(view.kind)
        self.name_edit.setText(view.name)
        self.description_edit.setPlainText(view.description)
        self.price_edit.setText(money_plain(view.price, self.lang))
        self.unlimited_check.setChecked(view.uses is None)
        self.uses_spin.setValue(view.uses if view.uses is not None else 10)
        self.uses_spin.setEnabled(view.uses is not None)
        for check, edit, day in (
            (self.starts_check, self.starts_edit, view.starts_on),
            (self.expires_check, self.expires_edit, view.expires_on),
        ):
            check.setChecked(day is not None)
            edit.setEnabled(day is not None)
            if day is not None:
                edit.setDate(QDate(day.year, day.month, day.day))
        self.valid_days_check.setChecked(view.valid_days is not None)
        self.valid_days_spin.setEnabled(view.valid_days is not None)
        self.valid_days_spin.setValue(view.valid_days or 365)
        self.all_activities_check.setChecked(view.all_activities)
        self.activities_list.setEnabled(not view.all_activities)
        set_checked(self.activities_list, view.activity_ids)
        self.exclusive_check.setChecked(view.exclusive)
        self.family_check.setChecked(view.family)
        self.cancellable_check.setChecked(view.cancellable)
        self.published_check.setChecked(view.published)
        self.categories_edit.setText(", ".join(view.shop_categories))
        self.categories_edit.setEnabled(view.published)
        self.active_check.setChecked(view.active)

    def set_activities(self, names: list[str]) -> None:
        """Tick the activities called ``names`` (and only those)."""
        wanted = {n.casefold() for n in names}
        set_checked(
            self.activities_list, [a.id for a in self.activities if a.name.casefold() in wanted]
        )

    @staticmethod
    def _day(check: QCheckBox, edit: QDateEdit) -> date | None:
        if not check.isChecked():
            return None
        day: date = edit.date().toPython()  # type: ignore[assignment]
        return day

    def price_cents(self) -> int:
        """The price typed, in cents; raises DomainError("bad_amount") otherwise."""
        text = self.price_edit.text()
        try:
            return parse_amount(text)
        except ValueError:
            raise DomainError("bad_amount", amount=text) from None

    def fields(self) -> dict[str, object]:
        """The editor's values as ``save_card_type`` takes them (raises DomainError)."""
        kind = self.kind or CardKind.PACKAGE
        unlimited = kind is CardKind.PASS and self.unlimited_check.isChecked()
        all_activities = self.all_activities_check.isChecked()
        published = self.published_check.isChecked()
        return {
            "kind": kind,
            "name": self.name_edit.text().strip(),
            "description": self.description_edit.toPlainText().strip(),
            "price": self.price_cents(),
            "uses": None if unlimited else self.uses_spin.value(),
            "starts_on": self._day(self.starts_check, self.starts_edit),
            "expires_on": self._day(self.expires_check, self.expires_edit),
            "valid_days": (
                self.valid_days_spin.value() if self.valid_days_check.isChecked() else None
            ),
            "activity_ids": () if all_activities else tuple(checked_ids(self.activities_list)),
            "all_activities": all_activities,
            "exclusive": self.exclusive_check.isChecked(),
            "family": kind is CardKind.PASS and self.family_check.isChecked(),
            "cancellable": self.cancellable_check.isChecked(),
            "published": published,
            "shop_categories": (
                tuple(split_categories(self.categories_edit.text())) if published else ()
            ),
            "active": self.active_check.isChecked(),
        }

    @Slot()
    def save(self) -> None:
        if self.kind is None:
            return
        try:
            fields = self.fields()
            saved_id = self.desk.save_card_type(self.editing_id, **fields)  # type: ignore[arg-type]
        except DomainError as error:
            show_message(self.error_label, message_for(error, self.lang))
            return
        name = str(fields["name"])
        self.reload(keep_id=saved_id)
        self.edit_type(saved_id)
        show_message(
            self.error_label,
            self.tr("«\u00a0{name}\u00a0» enregistré.").format(name=name),
            "ok",
        )
        self.saved.emit(saved_id)
