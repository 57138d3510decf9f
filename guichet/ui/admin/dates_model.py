"""The schedule's table: one row per date, for a season of 10,000 dates.

A :class:`QAbstractTableModel` over the desk's views, filled in one go; the words of a row
(its day in the organisation's time zone, its tags...) are made only when the row is shown
and kept, so scrolling a long season stays smooth.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from babel.dates import format_date
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from guichet.i18n.errors import number
from guichet.i18n.formatting import day_format, local, locale_for, money, time_of_day
from guichet.services.backoffice.views import DateView
from guichet.ui.fit import elide
from guichet.ui.theme import COLORS

# The venue is the event's second line, sold and capacity share a column ("12 / 320") and a
# cancelled date says so where its remaining places would be: ten facts in seven columns,
# readable at 1366 px.
(
    COL_WHEN,
    COL_EVENT,
    COL_SOLD,
    COL_REMAINING,
    COL_TAGS,
    COL_LIST,
    COL_ALACARTE,
) = range(7)
COLUMNS = 7
ID_ROLE = Qt.ItemDataRole.UserRole
#: The tags column's two parts, for its painter: the date's own, its event's.
OWN_TAGS_ROLE = Qt.ItemDataRole.UserRole + 1
EVENT_TAGS_ROLE = Qt.ItemDataRole.UserRole + 2
#: The event column's second line.
VENUE_ROLE = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files tr(...) under ""


def short_when(moment: datetime, tz: str, lang: str) -> str:
    """ "mar. 1 juin 2027, 10 h" or "Tue, Jun 1, 2027, 10 a.m.", in the organisation's time."""
    value = local(moment, tz)
    if lang == "fr":
        day = day_format(value, "EEE d MMM y", lang)
        return f"{day}, {time_of_day(value, tz, lang)}"
    day = format_date(value, "EEE, MMM d, y", locale=locale_for(lang))
    return f"{day}, {short_time(moment, tz, lang)}"


def short_time(moment: datetime, tz: str, lang: str) -> str:
    """ "10 h", "12 h 30" / "10:00 a.m.", "12:30 p.m." (English's one style)."""
    return time_of_day(moment, tz, lang)


class DatesModel(QAbstractTableModel):
    def __init__(self, lang: str, timezone: str) -> None:
        super().__init__()
        self.lang = lang
        self.timezone = timezone
        self.views: list[DateView] = []
        self._texts: dict[int, list[str]] = {}
        self._rows: dict[str, int] = {}
        #: Events' names in the person's language (the views carry the French name).
        self.event_names: dict[str, str] = {}
        self._headers = [
            tr("Date et heure"),
            tr("Événement et lieu"),
            tr("Vendus /\ncapacité"),
            tr("Restants"),
            tr("Étiquettes"),
            tr("Liste de prix"),
            tr("À la\ncarte"),
        ]
        self._muted = QBrush(QColor(COLORS["muted"]))
        #: The table's font (the model's fonts must match it).
        self.font = QFont(QApplication.font())

    # --- contents ------------------------------------------------------------------------

    def set_views(self, views: Sequence[DateView], timezone: str | None = None) -> None:
        self.beginResetModel()
        self.views = list(views)
        if timezone:
            self.timezone = timezone
        self._texts.clear()
        self._rows = {view.id: row for row, view in enumerate(self.views)}
        self.endResetModel()

    def row_of(self, occurrence_id: str) -> int:
        return self._rows.get(occurrence_id, -1)

    def view(self, row: int) -> DateView:
        return self.views[row]

    def texts(self, row: int) -> list[str]:
        """The row's words, made once (tests read them too)."""
        cached = self._texts.get(row)
        if cached is None:
            cached = self._texts[row] = self._make_texts(self.views[row])
        return cached

    def _make_texts(self, view: DateView) -> list[str]:
        lang = self.lang
        if view.alacarte_places:
            alacarte = tr("{taken} / {places}").format(
                taken=number(view.alacarte_taken, lang), places=number(view.alacarte_places, lang)
            )
        else:
            alacarte = "—"
        return [
            short_when(view.starts_at, self.timezone, lang),
            self.event_names.get(view.event_id, view.event_name),
            tr("{sold} / {capacity}").format(
                sold=number(view.sold, lang), capacity=number(view.capacity, lang)
            ),
            tr("annulée") if view.cancelled else number(view.remaining, lang),
            ", ".join(view.tags + tuple(t for t in view.event_tags if t not in view.tags)),
            view.price_list_name,
            alacarte,
        ]

    # --- the model's interface -----------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.views)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        view = self.views[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.texts(row)[column]
        if role == ID_ROLE:
            return view.id
        if role == VENUE_ROLE:
            return view.venue_name
        if role == OWN_TAGS_ROLE:
            return ", ".join(view.tags)
        if role == EVENT_TAGS_ROLE:
            return ", ".join(t for t in view.event_tags if t not in view.tags)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in (COL_SOLD, COL_REMAINING, COL_ALACARTE):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if view.cancelled:
                return self._muted
            if column == COL_REMAINING and view.remaining == 0 and not view.seated:
                return QBrush(QColor(COLORS["danger"]))
            return None
        if role == Qt.ItemDataRole.FontRole:
            if view.cancelled:
                font = QFont(self.font)
                font.setStrikeOut(column == COL_WHEN)
                font.setItalic(True)
                return font
            if column == COL_LIST and view.price_list_id is not None:
                font = QFont(self.font)
                font.setBold(True)
                return font
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(view, column)
        return None

    def _tooltip(self, view: DateView, column: int) -> str:
        lang = self.lang
        if column == COL_TAGS:
            return tr(
                "Étiquettes de la date\u00a0: {own}\nÉtiquettes de l'événement\u00a0: {event}"
            ).format(own=", ".join(view.tags) or "—", event=", ".join(view.event_tags) or "—")
        if column == COL_LIST:
            if view.price_list_id is None:
                return tr("«\u00a0{name}\u00a0»\u00a0: la liste de l'événement.").format(
                    name=view.price_list_name
                )
            return tr(
                "«\u00a0{name}\u00a0»\u00a0: une liste propre à cette date (en gras)."
            ).format(name=view.price_list_name)
        if column == COL_ALACARTE and view.alacarte_places:
            if view.alacarte_pass_only:
                price = tr("laissez-passer seulement")
            elif view.alacarte_price is not None:
                price = money(view.alacarte_price, lang)
            else:
                price = "—"
            return tr(
                "{taken} places à la carte prises sur {places}\u00a0; prix\u00a0: {price}"
            ).format(
                taken=number(view.alacarte_taken, lang),
                places=number(view.alacarte_places, lang),
                price=price,
            )
        if column in (COL_SOLD, COL_REMAINING):
            return tr(
                "Capacité {capacity}\u00a0: {sold} vendus, {reserved} en réserve, {held} retenus, "
                "{remaining} restants"
            ).format(
                capacity=number(view.capacity, lang),
                sold=number(view.sold, lang),
                reserved=number(view.reserved, lang),
                held=number(view.held_back, lang),
                remaining=number(view.remaining, lang),
            )
        texts = self.texts(self.row_of(view.id))
        state = tr(" — annulée") if view.cancelled else ""
        return f"{texts[COL_WHEN]} — {texts[COL_EVENT]} ({view.venue_name}){state}"


class TagsDelegate(QStyledItemDelegate):
    """The tags column: the date's own tags, then its event's, dimmer and in italics (they
    apply to the date too, but are changed on the event)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        own = str(index.data(OWN_TAGS_ROLE) or "")
        inherited = str(index.data(EVENT_TAGS_ROLE) or "")
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = ""
        style = item.widget.style() if item.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, item.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        rect = QRect(option.rect).adjusted(6, 0, -6, 0)
        painter.save()
        metrics = option.fontMetrics
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if own:
            painter.setPen(QColor("white") if selected else item.palette.text().color())
            text = elide(metrics, own, rect.width())
            painter.drawText(rect, flags, text)
            rect.setLeft(rect.left() + metrics.horizontalAdvance(text + ", "))
        if inherited and rect.width() > 12:
            font = QFont(option.font)
            font.setItalic(True)
            painter.setFont(font)
            painter.setPen(QColor("#dde6f0") if selected else QColor(COLORS["muted"]))
            text = elide(painter.fontMetrics(), inherited, rect.width()
            )
            painter.drawText(rect, flags, text)
        painter.restore()


class EventDelegate(QStyledItemDelegate):
    """The event's name, and its venue below it, smaller and dimmer."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        name = item.text
        item.text = ""
        style = item.widget.style() if item.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, item.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        rect = QRect(option.rect).adjusted(6, 2, -6, -2)
        top, bottom = QRect(rect), QRect(rect)
        top.setBottom(rect.center().y())
        bottom.setTop(rect.center().y() + 1)
        painter.save()
        font = QFont(item.font)
        painter.setFont(font)
        painter.setPen(QColor("white") if selected else item.palette.text().color())
        metrics = painter.fontMetrics()
        painter.drawText(
            top,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom),
            elide(metrics, name, top.width()),
        )
        small = QFont(font)
        small.setPointSizeF(font.pointSizeF() * 0.85)
        small.setItalic(False)
        painter.setFont(small)
        painter.setPen(QColor("#dde6f0") if selected else QColor(COLORS["muted"]))
        venue = str(index.data(VENUE_ROLE) or "")
        painter.drawText(
            bottom,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
            elide(painter.fontMetrics(), venue, bottom.width()),
        )
        painter.restore()
