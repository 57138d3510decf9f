"""Adding or changing one promotion: the sections of both references, one tab each.

Général, Réduction, Validité, Quotas, Cibles, Clients, Guichets. "Enregistrer" builds a domain
:class:`~guichet.domain.promotions.Promotion` (which validates itself) and hands it to
``PromotionAdmin.save``; a refusal is shown in words under the tabs, the tab concerned comes
to the front and nothing typed is lost.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QDate, QLocale, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from guichet.domain.errors import DomainError
from guichet.domain.money import parse_amount
from guichet.domain.promotions import (
    ALL,
    CustomerRule,
    Effect,
    EffectKind,
    Promotion,
    TagControl,
    TagMode,
    Targeting,
    TargetKind,
    TargetLimit,
    amount_off_cart,
    amount_off_each,
    percent_off,
    switch_price_list,
)
from guichet.i18n.formatting import local, money_plain
from guichet.services.promotions import Choice, PromotionAdmin, PromotionChoices
from guichet.ui.backoffice import (
    BIG_INDICATORS,
    add_shortcut,
    attach_tag_completer,
    check_list,
    checked_ids,
    filter_list,
    set_checked,
    show_message,
)
from guichet.ui.limits import limit as text_limit
from guichet.ui.messages import message_for

UNLIMITED_MAX = 10_000_000

# Which tab to bring forward for each refusal of the domain.
TAB_GENERAL, TAB_EFFECT, TAB_QUOTAS, TAB_TARGETS, TAB_CUSTOMERS = range(5)
TAB_VALIDITY = TAB_EFFECT  # "Réduction et validité"
TAB_COUNTERS = TAB_CUSTOMERS  # "Clients et guichets"
ERROR_TABS = {
    "promo_name_missing": TAB_GENERAL,
    "promo_percent_invalid": TAB_EFFECT,
    "promo_amount_invalid": TAB_EFFECT,
    "promo_price_list_missing": TAB_EFFECT,
    "promo_dates_inverted": TAB_VALIDITY,
    "promo_limit_invalid": TAB_QUOTAS,
    "promo_tag_missing": TAB_TARGETS,
}


def limit_spin(special: str) -> QSpinBox:
    """0 means "no limit" and is shown as ``special``."""
    spin = QSpinBox()
    spin.setRange(0, UNLIMITED_MAX)
    spin.setSpecialValueText(special)
    spin.setGroupSeparatorShown(True)
    spin.setMinimumWidth(160)
    return spin


def spin_value(spin: QSpinBox) -> int | None:
    return spin.value() or None


def percent_text(value: Decimal, lang: str) -> str:
    text = format(value.normalize(), "f")
    return text.replace(".", ",") if lang == "fr" else text


class PromotionEditDialog(QDialog):
    """``promotion_id`` None: a new promotion; otherwise that one, loaded from the service."""

    saved = Signal(str)  # the promotion's id

    def __init__(
        self,
        admin: PromotionAdmin,
        lang: str,
        promotion_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.admin = admin
        self.lang = lang
        self.promotion_id = promotion_id
        self.saved_id: str | None = None
        self.original: Promotion | None = admin.get(promotion_id) if promotion_id else None
        self.choices: PromotionChoices = admin.choices()
        self.setModal(True)
        self.setStyleSheet(BIG_INDICATORS)
        if self.original is None:
            self.setWindowTitle(self.tr("Nouvelle promotion"))
        else:
            self.setWindowTitle(
                self.tr("Promotion «\u00a0{name}\u00a0»").format(name=self.original.name(lang))
            )

        title = QLabel(self.windowTitle())
        title.setProperty("role", "title")
        self.tabs = QTabWidget()
        self.tabs.addTab(self._general_tab(), self.tr("&Général"))
        self.tabs.addTab(
            self._side_by_side(
                (self.tr("Réduction"), self._effect_tab()),
                (self.tr("Validité"), self._validity_tab()),
                vertical=True,
            ),
            self.tr("&Réduction et validité"),
        )
        self.tabs.addTab(self._quotas_tab(), self.tr("&Quotas"))
        self.tabs.addTab(self._targets_tab(), self.tr("&Cibles"))
        self.tabs.addTab(
            self._side_by_side(
                (self.tr("Clients"), self._customers_tab()),
                (self.tr("Guichets"), self._counters_tab()),
            ),
            self.tr("C&lients et guichets"),
        )

        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setProperty("role", "error")
        self.save_button = QPushButton(self.tr("Enregistrer (Ctrl+S)"))
        self.save_button.setProperty("role", "primary")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self.tr("Annuler (Échap)"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        add_shortcut(self, "Ctrl+S", self.save)

        bottom = QHBoxLayout()
        bottom.addWidget(self.error_label, 1)
        bottom.addWidget(self.cancel_button)
        bottom.addWidget(self.save_button)
        root = QVBoxLayout(self)
        root.setContentsMargins(16, 12, 16, 12)
        root.addWidget(title)
        root.addWidget(self.tabs, 1)
        root.addLayout(bottom)
        self.resize(1180, 700)

        self._fill(self.original)
        self.name_fr_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- tabs ----------------------------------------------------------------------------

    @staticmethod
    def _side_by_side(*sections: tuple[str, QWidget], vertical: bool = False) -> QWidget:
        """Two sections of the references on one tab, each in its titled box."""
        page = QWidget()
        layout: QVBoxLayout | QHBoxLayout = QVBoxLayout(page) if vertical else QHBoxLayout(page)
        for title, content in sections:
            box = QGroupBox(title)
            inner = QVBoxLayout(box)
            inner.setContentsMargins(4, 4, 4, 4)
            inner.addWidget(content)
            layout.addWidget(box, 1)
        return page

    def _general_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setSpacing(10)
        self.name_fr_edit = QLineEdit()
        text_limit(self.name_fr_edit, "promotion.name_fr")
        self.name_fr_edit.setPlaceholderText(self.tr("Ex.\u00a0: Mardis découverte"))
        self.name_en_edit = QLineEdit()
        text_limit(self.name_en_edit, "promotion.name_en")
        self.name_en_edit.setPlaceholderText(self.tr("Facultatif\u00a0: le nom français sinon"))
        self.description_fr_edit = QPlainTextEdit()
        text_limit(self.description_fr_edit, "SavePromotion.promotion")
        self.description_en_edit = QPlainTextEdit()
        text_limit(self.description_en_edit, "SavePromotion.promotion")
        for edit in (self.description_fr_edit, self.description_en_edit):
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(96)
        self.automatic_check = QCheckBox(
            self.tr("Automatique\u00a0: s'applique sans code à toutes les ventes visées")
        )
        self.enabled_check = QCheckBox(self.tr("Activée"))
        self.position_spin = QSpinBox()
        self.position_spin.setRange(0, 100_000)
        form.addRow(self.tr("Nom (français) *"), self.name_fr_edit)
        form.addRow(self.tr("Nom (anglais)"), self.name_en_edit)
        form.addRow(self.tr("Description (français)"), self.description_fr_edit)
        form.addRow(self.tr("Description (anglais)"), self.description_en_edit)
        form.addRow("", self.automatic_check)
        form.addRow("", self.enabled_check)
        position_row = QHBoxLayout()
        position_row.addWidget(self.position_spin)
        hint = QLabel(self.tr("Si deux promotions automatiques s'appliquent, la première "
                              "de la liste l'emporte."))
        hint.setProperty("role", "muted")
        hint.setWordWrap(True)
        position_row.addWidget(hint, 1)
        form.addRow(self.tr("Rang dans la liste"), position_row)
        return page

    def _effect_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setSpacing(12)
        self.kind_combo = QComboBox()
        for text, kind in (
            (self.tr("Pourcentage de réduction"), EffectKind.PERCENT),
            (self.tr("Montant de réduction par billet"), EffectKind.AMOUNT_PER_TICKET),
            (self.tr("Montant de réduction sur le panier"), EffectKind.AMOUNT_PER_CART),
            (self.tr("Changer de liste de prix"), EffectKind.PRICE_LIST),
        ):
            self.kind_combo.addItem(text, kind)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.value_edit = QLineEdit()
        text_limit(self.value_edit, "amount")
        self.value_edit.setMaximumWidth(200)
        self.value_unit = QLabel()
        value_row = QHBoxLayout()
        value_row.addWidget(self.value_edit)
        value_row.addWidget(self.value_unit)
        value_row.addStretch(1)
        self.value_label = QLabel(self.tr("Valeur"))
        self.price_list_label = QLabel(self.tr("Nouvelle liste de prix"))
        self.price_list_combo = QComboBox()
        self.price_list_combo.addItem(self.tr("— Choisir une liste de prix —"), "")
        for choice in self.choices.price_lists:
            self.price_list_combo.addItem(choice.name, choice.id)
        self.effect_hint = QLabel()
        self.effect_hint.setWordWrap(True)
        self.effect_hint.setProperty("role", "muted")
        form.addRow(self.tr("Type de réduction"), self.kind_combo)
        form.addRow(self.value_label, value_row)
        form.addRow(self.price_list_label, self.price_list_combo)
        form.addRow("", self.effect_hint)
        return page

    def _validity_tab(self) -> QWidget:
        page = QWidget()
        grid = QGridLayout(page)
        grid.setVerticalSpacing(14)
        day = local(self.admin.clock(), self.admin.timezone).date()  # the organisation's today
        today = QDate(day.year, day.month, day.day)
        self.starts_check = QCheckBox(self.tr("Entrée en vigueur le"))
        self.expires_check = QCheckBox(self.tr("Expiration le"))
        self.starts_edit = self._date_edit(today)
        self.expires_edit = self._date_edit(today.addMonths(1))
        self.starts_check.toggled.connect(self.starts_edit.setEnabled)
        self.expires_check.toggled.connect(self.expires_edit.setEnabled)
        grid.addWidget(self.starts_check, 0, 0)
        grid.addWidget(self.starts_edit, 0, 1)
        grid.addWidget(self.expires_check, 1, 0)
        grid.addWidget(self.expires_edit, 1, 1)
        hint = QLabel(
            self.tr(
                "La promotion vaut dès 0 h 00 le jour de l'entrée en vigueur et jusqu'à "
                "23 h 59 le jour de l'expiration (heure de l'organisation). Case non cochée\u00a0: "
                "pas de limite de ce côté."
            )
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "muted")
        grid.addWidget(hint, 2, 0, 1, 3)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(3, 1)
        return page

    def _date_edit(self, value: QDate) -> QDateEdit:
        edit = QDateEdit(value)
        edit.setCalendarPopup(True)
        if self.lang == "fr":
            edit.setLocale(QLocale(QLocale.Language.French, QLocale.Country.Canada))
            edit.setDisplayFormat("d MMMM yyyy")
        else:
            edit.setLocale(QLocale(QLocale.Language.English, QLocale.Country.Canada))
            edit.setDisplayFormat("MMMM d, yyyy")
        edit.setMinimumWidth(260)
        edit.setEnabled(False)
        return edit

    def _quotas_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.max_tickets_spin = limit_spin(self.tr("Sans limite"))
        self.max_per_order_spin = limit_spin(self.tr("Sans limite"))
        form.addRow(self.tr("Billets au maximum (toutes commandes)"), self.max_tickets_spin)
        form.addRow(self.tr("Billets au maximum par commande"), self.max_per_order_spin)
        layout.addLayout(form)
        note = QLabel(
            self.tr(
                "Les billets des paniers en cours comptent jusqu'à leur abandon. Le nombre "
                "de commandes permis par code se règle dans «\u00a0Codes…\u00a0»."
            )
        )
        note.setWordWrap(True)
        note.setProperty("role", "muted")
        layout.addWidget(note)
        layout.addWidget(QLabel(self.tr("Quotas et limites par événement, zone ou tarif")))
        self.limits_table = QTableWidget(0, 4)
        self.limits_table.setHorizontalHeaderLabels(
            [self.tr("Sorte"), self.tr("Lequel"), self.tr("Quota"),
             self.tr("Limite par commande")]
        )
        self.limits_table.verticalHeader().setVisible(False)
        self.limits_table.verticalHeader().setDefaultSectionSize(52)
        self.limits_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.limits_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.limits_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.limits_table, 1)
        buttons = QHBoxLayout()
        self.add_limit_button = QPushButton(self.tr("Ajouter une limite"))
        self.remove_limit_button = QPushButton(self.tr("Retirer la limite choisie"))
        for button in (self.add_limit_button, self.remove_limit_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.add_limit_button.clicked.connect(lambda: self.add_limit_row())
        self.remove_limit_button.clicked.connect(self.remove_limit_row)
        layout.addLayout(buttons)
        return page

    def _target_choices(self, kind: TargetKind) -> tuple[Choice, ...]:
        if kind is TargetKind.EVENT:
            return self.choices.events
        if kind is TargetKind.ZONE:
            return self.choices.zones
        return self.choices.categories

    def _limit_kinds(self) -> list[tuple[str, TargetKind]]:
        kinds = [(self.tr("Événement"), TargetKind.EVENT)]
        if self.choices.zones:
            kinds.append((self.tr("Zone"), TargetKind.ZONE))
        kinds.append((self.tr("Tarif"), TargetKind.TARIFF))
        return kinds

    def add_limit_row(self, limit: TargetLimit | None = None) -> int:
        table = self.limits_table
        row = table.rowCount()
        table.insertRow(row)
        kind_combo = QComboBox()
        for text, kind in self._limit_kinds():
            kind_combo.addItem(text, kind)
        if limit is not None and kind_combo.findData(limit.kind) < 0:
            kind_combo.addItem(self.tr("Zone"), limit.kind)
        target_combo = QComboBox()
        quota = limit_spin(self.tr("Sans quota"))
        per_order = limit_spin(self.tr("Sans limite"))

        def fill_targets() -> None:
            kind = TargetKind(kind_combo.currentData())
            target_combo.clear()
            for choice in self._target_choices(kind):
                target_combo.addItem(choice.name, choice.id)

        kind_combo.currentIndexChanged.connect(lambda _i: fill_targets())
        if limit is not None:
            kind_combo.setCurrentIndex(kind_combo.findData(limit.kind))
        fill_targets()
        if limit is not None:
            index = target_combo.findData(limit.target_id)
            if index < 0:
                target_combo.addItem(limit.target_id, limit.target_id)
                index = target_combo.count() - 1
            target_combo.setCurrentIndex(index)
            quota.setValue(limit.quota or 0)
            per_order.setValue(limit.per_order or 0)
        table.setCellWidget(row, 0, kind_combo)
        table.setCellWidget(row, 1, target_combo)
        table.setCellWidget(row, 2, quota)
        table.setCellWidget(row, 3, per_order)
        table.selectRow(row)
        return row

    @Slot()
    def remove_limit_row(self) -> None:
        row = self.limits_table.currentRow()
        if row < 0 and self.limits_table.rowCount():
            row = self.limits_table.rowCount() - 1
        if row >= 0:
            self.limits_table.removeRow(row)

    def limits(self) -> tuple[TargetLimit, ...]:
        limits = []
        table = self.limits_table
        for row in range(table.rowCount()):
            kind_combo = table.cellWidget(row, 0)
            target_combo = table.cellWidget(row, 1)
            quota = table.cellWidget(row, 2)
            per_order = table.cellWidget(row, 3)
            assert isinstance(kind_combo, QComboBox) and isinstance(target_combo, QComboBox)
            assert isinstance(quota, QSpinBox) and isinstance(per_order, QSpinBox)
            target = target_combo.currentData()
            if not target:
                continue
            limits.append(
                TargetLimit(
                    TargetKind(kind_combo.currentData()),
                    str(target),
                    quota=spin_value(quota),
                    per_order=spin_value(per_order),
                )
            )
        return tuple(limits)

    def _targets_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        explain = QLabel(
            self.tr("Aucune case cochée dans une liste\u00a0: tous. Les étiquettes s'ajoutent "
                    "aux choix cochés.")
        )
        explain.setProperty("role", "muted")
        explain.setWordWrap(True)
        layout.addWidget(explain)
        lists = QGridLayout()
        self.events_list = check_list((c.id, c.name) for c in self.choices.events)
        self.occurrences_list = check_list((c.id, c.name) for c in self.choices.occurrences)
        self.categories_list = check_list((c.id, c.name) for c in self.choices.categories)
        self.zones_list: QListWidget | None = None
        columns: list[tuple[str, QListWidget]] = [
            (self.tr("Événements"), self.events_list),
            (self.tr("Séances"), self.occurrences_list),
            (self.tr("Tarifs"), self.categories_list),
        ]
        if self.choices.zones:
            self.zones_list = check_list((c.id, c.name) for c in self.choices.zones)
            columns.append((self.tr("Zones"), self.zones_list))
        self.occurrence_filter = QLineEdit()
        text_limit(self.occurrence_filter, "search")
        self.occurrence_filter.setPlaceholderText(self.tr("Chercher\u00a0: Malade, 12 décembre…"))
        self.occurrence_filter.textChanged.connect(
            lambda text: filter_list(self.occurrences_list, text)
        )
        for column, (text, widget) in enumerate(columns):
            label = QLabel(text)
            label.setBuddy(widget)
            if widget is self.occurrences_list:
                heading = QHBoxLayout()
                heading.addWidget(label)
                heading.addWidget(self.occurrence_filter, 1)
                lists.addLayout(heading, 0, column)
            else:
                lists.addWidget(label, 0, column)
            lists.addWidget(widget, 1, column)
            lists.setColumnStretch(
                column, 5 if widget is self.occurrences_list
                else 2 if widget is self.events_list else 1
            )
        layout.addLayout(lists, 1)

        tags = QGridLayout()
        tags.addWidget(QLabel(self.tr("Étiquettes")), 0, 0)
        self.price_list_mode, self.price_list_tag = self._tag_control()
        self.event_mode, self.event_tag = self._tag_control()
        self.category_mode, self.category_tag = self._tag_control()
        for row, (text, mode, tag) in enumerate(
            (
                (self.tr("Liste de prix régulière"), self.price_list_mode,
                 self.price_list_tag),
                (self.tr("Événement"), self.event_mode, self.event_tag),
                (self.tr("Tarif"), self.category_mode, self.category_tag),
            ),
            start=1,
        ):
            tags.addWidget(QLabel(text), row, 0)
            tags.addWidget(mode, row, 1)
            tags.addWidget(tag, row, 2)
        tags.setColumnStretch(2, 1)
        layout.addLayout(tags)
        return page

    def _tag_control(self) -> tuple[QComboBox, QLineEdit]:
        mode = QComboBox()
        mode.addItem(self.tr("Tous"), TagMode.ALL)
        mode.addItem(self.tr("A l'étiquette"), TagMode.HAS)
        mode.addItem(self.tr("N'a pas l'étiquette"), TagMode.HAS_NOT)
        tag = QLineEdit()
        tag.setPlaceholderText(self.tr("étiquette"))
        text_limit(tag, "SetTags.add")
        attach_tag_completer(tag, self.choices.tags)
        tag.setEnabled(False)
        mode.currentIndexChanged.connect(
            lambda _i: tag.setEnabled(TagMode(mode.currentData()) is not TagMode.ALL)
        )
        return mode, tag

    def _customers_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.customer_group = QButtonGroup(page)
        self.customer_radios: dict[CustomerRule, QRadioButton] = {}
        for text, rule in (
            (self.tr("Tous les clients, même sans nom"), CustomerRule.ANY),
            (self.tr("Clients connus seulement (déjà dans la liste des clients)"),
             CustomerRule.KNOWN),
            (self.tr("Abonnés à l'infolettre seulement"), CustomerRule.NEWSLETTER),
            (self.tr("Clients choisis dans la liste ci-dessous"), CustomerRule.LIST),
        ):
            radio = QRadioButton(text)
            self.customer_group.addButton(radio)
            self.customer_radios[rule] = radio
            layout.addWidget(radio)
            radio.toggled.connect(self._customer_rule_changed)
        self.customer_filter = QLineEdit()
        text_limit(self.customer_filter, "search")
        self.customer_filter.setPlaceholderText(self.tr("Chercher un client…"))
        self.customer_filter.textChanged.connect(self._filter_customers)
        self.customers_list = check_list((c.id, c.name) for c in self.choices.customers)
        layout.addWidget(self.customer_filter)
        layout.addWidget(self.customers_list, 1)
        if not self.choices.customers:
            self.customer_filter.setVisible(False)
            self.customers_list.setVisible(False)
            empty = QLabel(self.tr("Aucun client enregistré pour l'instant."))
            empty.setProperty("role", "muted")
            layout.addWidget(empty)
            layout.addStretch(1)
        note = QLabel(self.tr("Au guichet, le caissier retrouve le client avant d'appliquer "
                              "le code."))
        note.setProperty("role", "muted")
        note.setWordWrap(True)
        layout.addWidget(note)
        return page

    def _counters_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        note = QLabel(self.tr("Profils de guichet où la promotion s'applique. Aucun coché\u00a0: "
                              "tous les guichets."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.profiles_list = check_list((p, p) for p in self.choices.terminal_profiles)
        layout.addWidget(self.profiles_list, 1)
        if not self.choices.terminal_profiles:
            self.profiles_list.setVisible(False)
            note.setText(self.tr("Aucun profil de guichet n'est défini\u00a0: la promotion vaut "
                                 "pour tous les guichets."))
            note.setProperty("role", "muted")
            layout.addStretch(1)
        return page

    # --- behaviour --------------------------------------------------------------------------

    @property
    def kind(self) -> EffectKind:
        return EffectKind(self.kind_combo.currentData())

    @Slot()
    def _kind_changed(self) -> None:
        kind = self.kind
        switch = kind is EffectKind.PRICE_LIST
        for widget in (self.value_label, self.value_edit, self.value_unit):
            widget.setVisible(not switch)
        self.price_list_label.setVisible(switch)
        self.price_list_combo.setVisible(switch)
        if kind is EffectKind.PERCENT:
            self.value_label.setText(self.tr("Pourcentage"))
            self.value_unit.setText("%")
            self.value_edit.setPlaceholderText(self.tr("ex. 20 ou 12,5"))
            hint = self.tr("Pourcentage retiré du prix régulier de chaque billet visé, "
                           "arrondi au cent.")
        elif kind is EffectKind.AMOUNT_PER_TICKET:
            self.value_label.setText(self.tr("Montant"))
            self.value_unit.setText("$")
            self.value_edit.setPlaceholderText(self.tr("ex. 5 ou 2,50"))
            hint = self.tr("Montant retiré de chaque billet visé\u00a0; un prix ne descend "
                           "jamais sous zéro.")
        elif kind is EffectKind.AMOUNT_PER_CART:
            self.value_label.setText(self.tr("Montant"))
            self.value_unit.setText("$")
            self.value_edit.setPlaceholderText(self.tr("ex. 10"))
            hint = self.tr("Montant retiré du total des billets visés, réparti entre les "
                           "lignes pour que les taxes restent justes.")
        else:
            hint = self.tr("Les billets visés prennent le prix de la nouvelle liste\u00a0; le "
                           "contrôle d'étiquette des tarifs choisit les tarifs offerts.")
        self.effect_hint.setText(hint)

    @Slot()
    def _customer_rule_changed(self) -> None:
        chosen = self.customer_radios[CustomerRule.LIST].isChecked()
        self.customers_list.setEnabled(chosen)
        self.customer_filter.setEnabled(chosen)

    @Slot(str)
    def _filter_customers(self, text: str) -> None:
        filter_list(self.customers_list, text)

    def _fill(self, promotion: Promotion | None) -> None:
        if promotion is None:
            self.enabled_check.setChecked(True)
            self.position_spin.setValue(self._next_position())
            self.customer_radios[CustomerRule.ANY].setChecked(True)
            self._kind_changed()
            self._customer_rule_changed()
            return
        self.name_fr_edit.setText(promotion.name_fr)
        self.name_en_edit.setText(promotion.name_en)
        self.description_fr_edit.setPlainText(promotion.description_fr)
        self.description_en_edit.setPlainText(promotion.description_en)
        self.automatic_check.setChecked(promotion.automatic)
        self.enabled_check.setChecked(promotion.enabled)
        self.position_spin.setValue(promotion.position)

        effect = promotion.effect
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(effect.kind))
        if effect.kind is EffectKind.PERCENT:
            self.value_edit.setText(percent_text(effect.percent, self.lang))
        elif effect.kind is EffectKind.PRICE_LIST:
            index = self.price_list_combo.findData(effect.price_list_id)
            if index < 0:
                self.price_list_combo.addItem(str(effect.price_list_id), effect.price_list_id)
                index = self.price_list_combo.count() - 1
            self.price_list_combo.setCurrentIndex(index)
        else:
            self.value_edit.setText(money_plain(effect.amount, self.lang))
        self._kind_changed()

        for check, edit, day in (
            (self.starts_check, self.starts_edit, promotion.starts),
            (self.expires_check, self.expires_edit, promotion.expires),
        ):
            check.setChecked(day is not None)
            edit.setEnabled(day is not None)
            if day is not None:
                edit.setDate(QDate(day.year, day.month, day.day))

        self.max_tickets_spin.setValue(promotion.max_tickets or 0)
        self.max_per_order_spin.setValue(promotion.max_tickets_per_order or 0)
        targeting = promotion.targeting
        for limit in targeting.limits:
            self.add_limit_row(limit)

        set_checked(self.events_list, targeting.event_ids)
        set_checked(self.occurrences_list, targeting.occurrence_ids)
        set_checked(self.categories_list, targeting.category_ids)
        if self.zones_list is not None:
            set_checked(self.zones_list, targeting.zone_ids)
        for (mode, tag), control in (
            ((self.price_list_mode, self.price_list_tag), targeting.price_list_control),
            ((self.event_mode, self.event_tag), targeting.event_control),
            ((self.category_mode, self.category_tag), targeting.category_control),
        ):
            mode.setCurrentIndex(mode.findData(control.mode))
            tag.setText(control.tag)
        self.customer_radios[targeting.customers].setChecked(True)
        set_checked(self.customers_list, targeting.customer_ids)
        self._customer_rule_changed()
        set_checked(self.profiles_list, targeting.terminal_profiles)

    def _next_position(self) -> int:
        try:
            rows = self.admin.list_promotions()
        except DomainError:
            return 1
        return max((row.position for row in rows), default=0) + 1

    # --- saving ---------------------------------------------------------------------------

    def _effect(self) -> Effect:
        kind = self.kind
        text = self.value_edit.text().strip()
        if kind is EffectKind.PRICE_LIST:
            return switch_price_list(str(self.price_list_combo.currentData() or ""))
        if kind is EffectKind.PERCENT:
            cleaned = text.replace("%", "").replace(",", ".").replace("\u00a0", "").strip()
            try:
                value = Decimal(cleaned)
            except InvalidOperation:
                raise DomainError("promo_percent_invalid", percent=text) from None
            if not value.is_finite():
                raise DomainError("promo_percent_invalid", percent=text)
            return percent_off(value)
        try:
            cents = parse_amount(text)
        except ValueError:
            raise DomainError("promo_amount_invalid", amount=text) from None
        if kind is EffectKind.AMOUNT_PER_TICKET:
            return amount_off_each(cents)
        return amount_off_cart(cents)

    @staticmethod
    def _tag(mode: QComboBox, tag: QLineEdit) -> TagControl:
        chosen = TagMode(mode.currentData())
        if chosen is TagMode.ALL:
            return ALL
        return TagControl(chosen, tag.text())

    @staticmethod
    def _day(check: QCheckBox, edit: QDateEdit) -> date | None:
        if not check.isChecked():
            return None
        day: date = edit.date().toPython()  # type: ignore[assignment]
        return day

    def customer_rule(self) -> CustomerRule:
        return next(
            (rule for rule, radio in self.customer_radios.items() if radio.isChecked()),
            CustomerRule.ANY,
        )

    def build_promotion(self) -> Promotion:
        """The promotion as typed; raises DomainError when something is not acceptable."""
        name_fr = self.name_fr_edit.text().strip()
        if not name_fr:  # the first tab's question first
            raise DomainError("promo_name_missing")
        base = self.original.targeting if self.original is not None else Targeting()
        rule = self.customer_rule()
        targeting = dataclasses.replace(
            base,
            event_ids=frozenset(checked_ids(self.events_list)),
            occurrence_ids=frozenset(checked_ids(self.occurrences_list)),
            zone_ids=(
                frozenset(checked_ids(self.zones_list))
                if self.zones_list is not None
                else base.zone_ids
            ),
            category_ids=frozenset(checked_ids(self.categories_list)),
            price_list_control=self._tag(self.price_list_mode, self.price_list_tag),
            event_control=self._tag(self.event_mode, self.event_tag),
            category_control=self._tag(self.category_mode, self.category_tag),
            customers=rule,
            customer_ids=(
                frozenset(checked_ids(self.customers_list))
                if rule is CustomerRule.LIST
                else frozenset()
            ),
            terminal_profiles=frozenset(checked_ids(self.profiles_list)),
            limits=self.limits(),
        )
        return Promotion(
            id=self.original.id if self.original is not None else "",
            name_fr=name_fr,
            name_en=self.name_en_edit.text().strip(),
            description_fr=self.description_fr_edit.toPlainText().strip(),
            description_en=self.description_en_edit.toPlainText().strip(),
            effect=self._effect(),
            starts=self._day(self.starts_check, self.starts_edit),
            expires=self._day(self.expires_check, self.expires_edit),
            automatic=self.automatic_check.isChecked(),
            enabled=self.enabled_check.isChecked(),
            position=self.position_spin.value(),
            max_tickets=spin_value(self.max_tickets_spin),
            max_tickets_per_order=spin_value(self.max_per_order_spin),
            targeting=targeting,
        )

    @Slot()
    def save(self) -> None:
        try:
            promotion = self.build_promotion()
            self.saved_id = self.admin.save(promotion)
        except DomainError as error:
            self.show_error(error)
            return
        show_message(self.error_label, "")
        self.saved.emit(self.saved_id)
        self.accept()

    def show_error(self, error: DomainError) -> None:
        show_message(self.error_label, message_for(error, self.lang), "error")
        tab = ERROR_TABS.get(error.code)
        if tab is not None:
            self.tabs.setCurrentIndex(tab)
