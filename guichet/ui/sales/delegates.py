"""How the sales window paints a show in the list, and a cart price struck through."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from guichet.i18n.formatting import time_of_day
from guichet.services.counter import Counter
from guichet.services.views import OccurrenceView
from guichet.ui.sales.common import (
    ALACARTE_ROLE,
    OCCURRENCE_ROLE,
    REMAINING_ROLE,
    RICH_ROLE,
    STRUCK_COLOR,
    few_places,
    started_words,
)
from guichet.ui.theme import COLORS
from guichet.ui.theme import sized_font as _font


class _LineHeights:
    """Line heights per font (sizeHint is called for every row on every layout)."""

    _heights: dict[str, int] = {}

    @classmethod
    def height(cls, font: QFont) -> int:
        key = font.key()
        if key not in cls._heights:
            cls._heights[key] = QFontMetrics(font).height()
        return cls._heights[key]


class OccurrenceDelegate(QStyledItemDelegate):
    """Paints a show on three lines: time and name, venue, places left (coloured when few)."""

    def __init__(self, counter: Counter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counter = counter

    def _lines(self, occ: OccurrenceView, remaining: int) -> tuple[str, str, str]:
        tz, lang = self.counter.organisation.timezone, self.counter.lang
        first = self.tr("{time}  {event}").format(
            time=time_of_day(occ.starts_at, tz, lang), event=occ.event_name
        )
        if occ.remaining == 0:
            places = self.tr("Complet")
        else:
            places = self.tr("places restantes\u00a0: {count}").format(count=remaining)
        venue = occ.venue_name
        if occ.seated:
            venue = self.tr("{venue} · plan de salle").format(venue=venue)
        return first, venue, places

    # Lines wrap rather than being cut: a long name or "Commencé depuis 1 h 30 · …" takes
    # one more line, and the row grows (the list lays its rows out again when it resizes).
    _WRAP = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    _PADDING = 16 + 10  # left (past the selection bar) and right

    def _texts(
        self, index: QModelIndex | QPersistentModelIndex, base: QFont, enabled: bool
    ) -> list[tuple[str, QFont, QColor]]:
        occ = index.data(OCCURRENCE_ROLE)
        assert isinstance(occ, OccurrenceView)
        remaining = int(index.data(REMAINING_ROLE) or 0)
        alacarte = index.data(ALACARTE_ROLE)
        first, venue, places = self._lines(occ, remaining)
        if alacarte is not None:  # the sales window's shows with places à la carte
            if occ.remaining == 0:
                places = self.tr("Complet · {alacarte} à la carte").format(alacarte=int(alacarte))
            else:
                places = self.tr("{count} places · {alacarte} à la carte").format(
                    count=remaining, alacarte=int(alacarte)
                )
        text_color = QColor(COLORS["text"] if enabled else "#8c959f")
        muted = QColor(COLORS["muted"] if enabled else "#8c959f")
        if remaining == 0 or occ.remaining == 0:
            places_color = QColor(COLORS["danger"])
        elif few_places(remaining, occ.capacity):
            places_color = QColor(COLORS["warn"])
        else:
            places_color = QColor(COLORS["ok"])
        started = started_words(occ, self.counter.clock(), self.counter.lang)
        if started:  # said first, in amber: a show under way (or over) is sold knowingly
            places = self.tr("{started} · {places}").format(
                started=started[:1].upper() + started[1:], places=places
            )
            if places_color == QColor(COLORS["ok"]):
                places_color = QColor(COLORS["warn"])
        if not enabled:
            places_color = places_color.lighter(130)
        return [
            (first, _font(base, base.pointSize() + 1, True), text_color),
            (venue, base, muted),
            (places, _font(base, base.pointSize(), True), places_color),
        ]

    def _text_width(self, option: QStyleOptionViewItem) -> int:
        view = self.parent()
        width = option.rect.width()
        if isinstance(view, QAbstractItemView):
            width = view.viewport().width()
        return max(width - self._PADDING, 40)

    @staticmethod
    def _height(text: str, font: QFont, width: int) -> int:
        metrics = QFontMetrics(font)
        wrapped = metrics.boundingRect(QRect(0, 0, width, 10_000), OccurrenceDelegate._WRAP, text)
        return max(wrapped.height(), _LineHeights.height(font))

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        if not isinstance(index.data(OCCURRENCE_ROLE), OccurrenceView):
            return super().sizeHint(option, index)
        width = self._text_width(option)
        texts = self._texts(index, option.font, True)
        height = sum(self._height(text, font, width) + 2 for text, font, _ in texts)
        return QSize(200, height + 16)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if not isinstance(index.data(OCCURRENCE_ROLE), OccurrenceView):
            super().paint(painter, option, index)
            return
        rect: QRect = option.rect
        state = option.state
        selected = bool(state & QStyle.StateFlag.State_Selected)
        enabled = bool(state & QStyle.StateFlag.State_Enabled)

        painter.save()
        painter.fillRect(rect, QColor(COLORS["selection"] if selected else "#ffffff"))
        if not enabled:
            painter.fillRect(rect, QColor("#eef0f3"))
        if selected:
            painter.fillRect(
                QRect(rect.left(), rect.top(), 7, rect.height()), QColor(COLORS["primary"])
            )
        painter.setPen(QColor(COLORS["border"]))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())

        left, width = rect.left() + 16, rect.width() - self._PADDING
        y = rect.top() + 8
        for text, font, color in self._texts(index, option.font, enabled):
            painter.setFont(font)
            painter.setPen(color)
            height = self._height(text, font, width)
            painter.drawText(QRect(left, y, width, height), self._WRAP, text)
            y += height + 2
        painter.restore()


class RichPriceDelegate(QStyledItemDelegate):
    """Paints a cart price cell from its HTML (``RICH_ROLE``) when it has one, so the regular
    price can be struck through next to the charged one; plain cells are painted as usual."""

    def _document(
        self, option: QStyleOptionViewItem, html: str, color: str | None = None
    ) -> QTextDocument:
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultFont(option.font)
        text_option = QTextOption(option.displayAlignment)
        text_option.setWrapMode(QTextOption.WrapMode.NoWrap)
        doc.setDefaultTextOption(text_option)
        if color is not None:
            doc.setDefaultStyleSheet(f"body {{ color: {color}; }}")
        doc.setHtml(f"<body>{html}</body>")
        return doc

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        html = index.data(RICH_ROLE)
        if not html:
            return super().sizeHint(option, index)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        doc = self._document(opt, str(html))
        return QSize(int(doc.idealWidth()) + 16, int(doc.size().height()) + 8)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        html = index.data(RICH_ROLE)
        if not html:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        html = str(html)
        if selected:  # white on the selection colour, the struck price included
            html = html.replace(f"color:{STRUCK_COLOR}", "color:#ffffff")
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        color = opt.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        doc = self._document(opt, html, color.name())
        rect: QRect = opt.rect.adjusted(6, 0, -6, 0)
        doc.setTextWidth(rect.width())
        height = doc.size().height()
        painter.save()
        painter.translate(rect.left(), rect.top() + max(0.0, (rect.height() - height) / 2))
        doc.drawContents(painter)
        painter.restore()
