"""Editing dates: one date (every field it has), a selection in bulk (only the fields whose
"changer" box is ticked), and the helper that selects "Tuesdays and Wednesdays at 10 h and
12 h" among the dates shown."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from guichet.domain.catalogue import parse_price
from guichet.domain.errors import DomainError
from guichet.i18n.errors import number
from guichet.i18n.formatting import local, money_plain
from guichet.services.backoffice import BackOffice
from guichet.services.backoffice.schedule import (
    delay_text,
    parse_count,
    parse_delay,
    parse_time_of_day,
    parse_times,
    time_text,
)
from guichet.services.backoffice.views import DateView, PriceListView
from guichet.ui.admin.date_fields import (
    ScheduleDialog,
    WeekdayChecks,
    day_field,
    day_of,
    form_grid,
    form_label,
    line,
    local_moment,
    price_list_combo,
    tab_chain,
    tr,
)
from guichet.ui.admin.dates_model import short_when
from guichet.ui.admin.widgets import hint_label
from guichet.ui.backoffice import attach_tag_completer, split_tags


def delay_hint() -> str:
    """Examples of delays as the parser reads them, in the person's language."""
    return QCoreApplication.translate("", "7\u00a0j, 48\u00a0h, 1\u00a0h\u00a030, 30\u00a0min")


def delay_field(minutes: int | None, lang: str, placeholder: str = "") -> QLineEdit:
    field = QLineEdit(delay_text(minutes, lang))
    field.setPlaceholderText(placeholder or tr("aucun"))
    return field


class EditDateDialog(ScheduleDialog):
    """Every field of one date; only what changed is sent (the later of two offline edits
    wins field by field)."""

    saved = Signal()

    def __init__(
        self,
        office: BackOffice,
        view: DateView,
        lists: Sequence[PriceListView],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(office, parent)
        self.view = view
        self.setWindowTitle(self.tr("Modifier une date"))
        tz, lang = self.timezone, self.lang
        starts, ends = local(view.starts_at, tz), local(view.ends_at, tz)
        event = office.events.get(view.event_id)
        event_list = event.price_list_name
        title = QLabel(
            self.tr("{event} — {when}").format(
                event=event.display_name(lang), when=short_when(view.starts_at, tz, lang)
            )
        )
        title.setWordWrap(True)
        title.setProperty("role", "title")
        taken = hint_label(
            self.tr(
                "{venue} · {sold} vendus, {reserved} en réserve, {held} retenus, "
                "{alacarte} à la carte pris"
            ).format(
                venue=view.venue_name,
                sold=number(view.sold, lang),
                reserved=number(view.reserved, lang),
                held=number(view.held_back, lang),
                alacarte=number(view.alacarte_taken, lang),
            )
        )
        self.start_day = day_field(lang, starts.date())
        self.start_time = QLineEdit(time_text(starts.time(), lang))
        self.end_day = day_field(lang, ends.date())
        self.end_time = QLineEdit(time_text(ends.time(), lang))
        self.capacity = QLineEdit(str(view.capacity))
        if view.seated:
            self.capacity.setEnabled(False)
            self.capacity.setToolTip(self.tr("Vendue par siège\u00a0: la capacité suit le plan."))
        self.price_list: QComboBox = price_list_combo(
            lists, view.price_list_id, event_list, event=True
        )
        self.places = QLineEdit(str(view.alacarte_places))
        self.price = QLineEdit(
            money_plain(view.alacarte_price, lang) if view.alacarte_price is not None else ""
        )
        self.price.setPlaceholderText(self.tr("aucun"))
        self.pass_only = QCheckBox(self.tr("Laissez-passer seulement"))
        self.pass_only.setChecked(view.alacarte_pass_only)
        self.opens = delay_field(view.registration_opens_minutes, lang)
        self.closes = delay_field(view.registration_closes_minutes, lang)
        self.cancel_limit = delay_field(view.cancel_minutes, lang)
        self.tags = QLineEdit(", ".join(view.tags))
        attach_tag_completer(self.tags, view.tags + view.event_tags)

        # Two columns: the date itself on the left, its à-la-carte settings on the right.
        self.start_time.setMaximumWidth(140)
        self.end_time.setMaximumWidth(140)
        when = form_grid(
            [
                (self.tr("Début"), line(self.start_day, self.start_time)),
                (self.tr("Fin"), line(self.end_day, self.end_time)),
                (self.tr("Capacité"), self.capacity),
                (self.tr("Liste de prix"), self.price_list),
                (self.tr("Étiquettes"), self.tags),
                self.tr("Celles de l'événement s'appliquent aussi\u00a0: {tags}").format(
                    tags=", ".join(view.event_tags) or "—"
                ),
            ]
        )
        alacarte = form_grid(
            [
                (self.tr("Places à la carte"), self.places),
                (self.tr("Prix à la carte"), self.price),
                ("", self.pass_only),
                (self.tr("Inscriptions ouvrent"), self.opens),
                (self.tr("Inscriptions ferment"), self.closes),
                (self.tr("Limite d'annulation"), self.cancel_limit),
            ]
        )
        delays = hint_label(
            self.tr(
                "Inscriptions et annulation\u00a0: délais avant le début ({example})\u00a0; "
                "vide\u00a0: aucun."
            ).format(example=delay_hint())
        )
        form = QHBoxLayout()
        form.setSpacing(24)
        form.addLayout(when, 3)
        form.addLayout(alacarte, 2)
        self.lay_out(title, taken, form, delays, spacing=10)
        self.setMinimumWidth(1240)
        tab_chain(
            self.start_day,
            self.start_time,
            self.end_day,
            self.end_time,
            self.capacity,
            self.price_list,
            self.tags,
            self.places,
            self.price,
            self.pass_only,
            self.opens,
            self.closes,
            self.cancel_limit,
            self.save_button,
            self.cancel_button,
        )
        self.start_time.setFocus()

    def changes(self) -> tuple[dict[str, Any], list[str], list[str]]:
        """The fields that differ from the date as shown, and the tags to add and remove."""
        view, tz = self.view, self.timezone
        start_day, end_day = day_of(self.start_day), day_of(self.end_day)
        assert start_day is not None and end_day is not None
        capacity = parse_count(self.capacity.text(), "capacity")
        if capacity is None:
            raise DomainError("value_missing", field="capacity")
        price_text = self.price.text().strip()
        values: dict[str, Any] = {
            "starts_at": local_moment(start_day, parse_time_of_day(self.start_time.text()), tz),
            "ends_at": local_moment(end_day, parse_time_of_day(self.end_time.text()), tz),
            "capacity": capacity,
            "price_list_id": self.price_list.currentData(),
            "alacarte_places": parse_count(self.places.text(), "alacarte_places") or 0,
            "alacarte_price": parse_price(price_text) if price_text else None,
            "alacarte_pass_only": self.pass_only.isChecked(),
            "registration_opens_minutes": parse_delay(
                self.opens.text(), "registration_opens_minutes"
            ),
            "registration_closes_minutes": parse_delay(
                self.closes.text(), "registration_closes_minutes"
            ),
            "cancel_minutes": parse_delay(self.cancel_limit.text(), "cancel_minutes"),
        }
        changed = {k: v for k, v in values.items() if getattr(view, k) != v}
        tags = split_tags(self.tags.text())
        add = [t for t in tags if t not in view.tags]
        remove = [t for t in view.tags if t not in tags]
        return changed, add, remove

    def save(self) -> None:
        try:
            changed, add, remove = self.changes()
            if changed or add or remove:
                self.office.dates.edit(self.view, changed, add_tags=add, remove_tags=remove)
        except DomainError as error:
            self.show_error(error)
            return
        if changed or add or remove:
            self.saved.emit()
        self.accept()


class BulkEditDialog(ScheduleDialog):
    """A selection of dates changed in one command: only the ticked fields, on every date or
    on none (a refusal lists the dates it would break, with their numbers)."""

    saved = Signal(int)

    def __init__(
        self,
        office: BackOffice,
        views: Sequence[DateView],
        lists: Sequence[PriceListView],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(office, parent)
        self.views = list(views)
        self.setWindowTitle(self.tr("Modifier la sélection"))
        lang, tz = self.lang, self.timezone
        live = [v for v in views if not v.cancelled]
        count = len(live)
        if count == 1:
            head = self.tr("1 date\u00a0: {first}").format(
                first=short_when(live[0].starts_at, tz, lang)
            )
        elif count:
            head = self.tr("{count} dates, du {first} au {last}").format(
                count=number(count, lang),
                first=short_when(live[0].starts_at, tz, lang),
                last=short_when(live[-1].starts_at, tz, lang),
            )
        else:
            head = self.tr("Aucune date en vente dans la sélection.")
        title = QLabel(head)
        title.setWordWrap(True)
        title.setProperty("role", "title")
        skipped = len(views) - count
        note = hint_label(
            self.tr(
                "Cochez ce qui change\u00a0; le reste de chaque date ne bouge pas. {skipped}"
            ).format(
                skipped=self.tr(
                    "%n date(s) annulée(s) laissée(s) telle(s) quelle(s).", "", skipped
                )
                if skipped
                else ""
            )
        )
        known = sorted({t for v in views for t in v.tags + v.event_tags})
        self.add_tags = QLineEdit()
        self.add_tags.setPlaceholderText(self.tr("par exemple\u00a0: promomm"))
        attach_tag_completer(self.add_tags, known)
        self.remove_tags = QLineEdit()
        attach_tag_completer(self.remove_tags, {t for v in views for t in v.tags})
        self.capacity = QLineEdit()
        self.price_list = price_list_combo(lists, None, "", event=True)
        self.places = QLineEdit()
        self.price = QLineEdit()
        self.price.setPlaceholderText(self.tr("aucun"))
        self.pass_only = QCheckBox(self.tr("Laissez-passer seulement"))
        self.opens = delay_field(None, lang, self.tr("ouvrent\u00a0: aucun"))
        self.closes = delay_field(None, lang, self.tr("ferment\u00a0: aucun"))
        self.cancel_limit = delay_field(None, lang)

        self.boxes: dict[str, QCheckBox] = {}
        form = QGridLayout()
        form.setHorizontalSpacing(10)
        form.setVerticalSpacing(8)
        rows: list[tuple[str, str, list[QWidget]]] = [
            ("add_tags", self.tr("Ajouter des étiquettes"), [self.add_tags]),
            ("remove_tags", self.tr("Retirer des étiquettes"), [self.remove_tags]),
            ("capacity", self.tr("Changer la capacité"), [self.capacity]),
            ("price_list", self.tr("Changer la liste de prix"), [self.price_list]),
            ("places", self.tr("Changer les places à la carte"), [self.places]),
            ("price", self.tr("Changer le prix à la carte"), [self.price, self.pass_only]),
            ("window", self.tr("Changer les inscriptions"), [self.opens, self.closes]),
            ("cancel", self.tr("Changer la limite d'annulation"), [self.cancel_limit]),
        ]
        for row, (key, text, fields) in enumerate(rows):
            box = QCheckBox(text)
            self.boxes[key] = box
            form.addWidget(box, row, 0)
            fields_row = QHBoxLayout()
            for field in fields:
                fields_row.addWidget(field, 1)
                # Typing in a field ticks its box: what is typed is meant to change. Emptying
                # a capacity or a tag field unticks it (an empty price or delay means "none").
                if isinstance(field, QLineEdit) and key in ("capacity", "add_tags", "remove_tags"):
                    field.textEdited.connect(lambda t, b=box: b.setChecked(bool(t.strip())))
                elif isinstance(field, QLineEdit):
                    field.textEdited.connect(lambda _t, b=box: b.setChecked(True))
                elif isinstance(field, QComboBox):
                    field.activated.connect(lambda _i, b=box: b.setChecked(True))
                elif isinstance(field, QCheckBox):
                    field.clicked.connect(lambda _c, b=box: b.setChecked(True))
            form.addLayout(fields_row, row, 1)
        form.addWidget(
            hint_label(
                self.tr("Délais avant le début ({example})\u00a0; vide\u00a0: aucun.").format(
                    example=delay_hint()
                )
            ),
            len(rows),
            0,
            1,
            2,
        )
        form.setColumnStretch(1, 1)
        self.save_button.setText(
            self.tr("Appliquer à {count} dates (Entrée)").format(count=number(count, lang))
            if count != 1
            else self.tr("Appliquer à la date (Entrée)")
        )
        self.save_button.setEnabled(count > 0)
        self.lay_out(title, note, form, spacing=10)
        self.setMinimumWidth(980)
        order: list[QWidget] = []
        for key, _text, fields in rows:
            order += [self.boxes[key], *fields]
        tab_chain(*order, self.save_button, self.cancel_button)
        self.boxes["add_tags"].setFocus()

    def ticked(self, key: str) -> bool:
        return self.boxes[key].isChecked()

    def changes(self) -> tuple[dict[str, Any], list[str], list[str]]:
        values: dict[str, Any] = {}
        if self.ticked("capacity"):
            capacity = parse_count(self.capacity.text(), "capacity")
            if capacity is None:
                raise DomainError("value_missing", field="capacity")
            values["capacity"] = capacity
        if self.ticked("price_list"):
            values["price_list_id"] = self.price_list.currentData()
        if self.ticked("places"):
            values["alacarte_places"] = parse_count(self.places.text(), "alacarte_places") or 0
        if self.ticked("price"):
            text = self.price.text().strip()
            values["alacarte_price"] = parse_price(text) if text else None
            values["alacarte_pass_only"] = self.pass_only.isChecked()
        if self.ticked("window"):
            values["registration_opens_minutes"] = parse_delay(
                self.opens.text(), "registration_opens_minutes"
            )
            values["registration_closes_minutes"] = parse_delay(
                self.closes.text(), "registration_closes_minutes"
            )
        if self.ticked("cancel"):
            values["cancel_minutes"] = parse_delay(self.cancel_limit.text(), "cancel_minutes")
        add = split_tags(self.add_tags.text()) if self.ticked("add_tags") else []
        remove = split_tags(self.remove_tags.text()) if self.ticked("remove_tags") else []
        return values, add, remove

    def save(self) -> None:
        try:
            values, add, remove = self.changes()
            if not values and not add and not remove:
                raise DomainError("nothing_to_change")
            result = self.office.dates.bulk_edit(
                [v.id for v in self.views], values, add_tags=add, remove_tags=remove
            )
        except DomainError as error:
            self.show_error(error)
            return
        self.saved.emit(result.edited)
        self.accept()


class SelectDatesDialog(ScheduleDialog):
    """Select, among the dates shown, those on some weekdays at some start times (cancelled
    dates are left out)."""

    chosen = Signal(list)

    def __init__(
        self, office: BackOffice, views: Sequence[DateView], parent: QWidget | None = None
    ) -> None:
        super().__init__(office, parent)
        self.views = list(views)
        self.matches: list[str] = []
        self.setWindowTitle(self.tr("Sélectionner des dates"))
        self.weekdays = WeekdayChecks()
        self.times = QLineEdit()
        self.times.setPlaceholderText(self.tr("toutes les heures (ou\u00a0: 10\u00a0h, 12\u00a0h)"))
        self.count = QLabel()
        self.count.setWordWrap(True)
        form = QGridLayout()
        form.setHorizontalSpacing(10)
        form.setVerticalSpacing(8)
        form.addWidget(form_label(self.tr("Jours"), self.weekdays.boxes[0]), 0, 0)
        form.addWidget(self.weekdays, 0, 1)
        form.addWidget(form_label(self.tr("À"), self.times), 1, 0)
        form.addWidget(self.times, 1, 1)
        form.addWidget(
            hint_label(
                self.tr(
                    "Parmi les {count} dates affichées\u00a0; aucun jour coché\u00a0: tous."
                ).format(count=number(len(self.views), self.lang))
            ),
            2,
            1,
        )
        form.setColumnStretch(1, 1)
        self.lay_out(form, self.count)
        self.setMinimumWidth(700)
        for box in self.weekdays.boxes:
            box.toggled.connect(lambda _on: self.refresh())
        self.times.textChanged.connect(lambda _t: self.refresh())
        tab_chain(*self.weekdays.boxes, self.times, self.save_button, self.cancel_button)
        self.refresh()
        self.weekdays.boxes[0].setFocus()

    def refresh(self) -> None:
        self.show_error("")
        try:
            times = parse_times(self.times.text())
        except DomainError as error:
            self.matches = []
            self.show_error(error)
            self.save_button.setEnabled(False)
            return
        self.matches = self.office.dates.matching(self.views, self.weekdays.days(), times)
        count = len(self.matches)
        self.count.setText(
            self.tr("1 date correspond.")
            if count == 1
            else self.tr("{count} dates correspondent.").format(count=number(count, self.lang))
        )
        self.save_button.setText(
            self.tr("Sélectionner les {count} dates (Entrée)").format(
                count=number(count, self.lang)
            )
            if count != 1
            else self.tr("Sélectionner la date (Entrée)")
        )
        self.save_button.setEnabled(count > 0)

    def save(self) -> None:
        self.refresh()
        if not self.matches:
            return
        self.chosen.emit(list(self.matches))
        self.accept()
