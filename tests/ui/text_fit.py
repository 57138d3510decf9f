"""Find text a window cuts: labels, buttons, tabs, headers, list and table cells, combo boxes.

A text is cut when the widget that shows it is narrower (or, for wrapped text, shorter) than
the text needs, when a window needs more room than the screen gives it, or when the window
shortened it with "…" (:mod:`guichet.ui.fit`). Each problem is one sentence naming the widget,
its text and the room it lacked, so a failure says what to fix.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QTabBar,
    QToolBar,
    QToolButton,
    QWidget,
)

# A pixel of slack for rounding between font metrics and layout.
SLACK = 1
# Rows looked at in each list or table: enough for what a screen shows.
ROWS = 60


def _name(widget: QWidget) -> str:
    return widget.objectName() or type(widget).__name__


def _plain(text: str) -> str:
    """A button's text as drawn: "&&" is an ampersand, a lone "&" marks the Alt key."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _text_width(metrics: QFontMetrics, text: str) -> int:
    return max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)


def _shown(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisibleTo(window) and widget.width() > 0 and widget.height() > 0


def _scrolls(widget: QWidget, window: QWidget) -> bool:
    """Inside a scroll area's viewport, where being partly out of sight is not being cut."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        grand = parent.parentWidget()
        if isinstance(grand, QAbstractScrollArea) and grand.viewport() is parent:
            return True
        parent = grand
    return False


def _label_problem(label: QLabel) -> str | None:
    text = _plain(label.text()) if label.buddy() is not None else label.text()
    if not text or label.pixmap() is not None and not label.pixmap().isNull():
        return None
    room = label.contentsRect()
    margin = label.margin() * 2 + max(label.indent(), 0)
    width, height = room.width() - margin, room.height() - label.margin() * 2
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    )
    if rich:
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setDocumentMargin(0)
        document.setHtml(text)
        if label.wordWrap():
            document.setTextWidth(width)
            needed_height = int(document.size().height())
            if needed_height > height + SLACK:
                return f"wraps to {needed_height} px in {height} px"
            if document.idealWidth() > width + SLACK:
                return f"needs {document.idealWidth():.0f} px in {width} px"
            return None
        needed = int(document.idealWidth())
        if needed > width + SLACK:
            return f"needs {needed} px in {width} px"
        return None
    metrics = label.fontMetrics()
    if label.wordWrap():
        needed_height = label.heightForWidth(label.width())
        if needed_height > label.height() + SLACK:
            return f"wraps to {needed_height} px in {label.height()} px"
        longest_word = max((metrics.horizontalAdvance(w) for w in text.split()), default=0)
        if longest_word > width + SLACK:
            return f"a word needs {longest_word} px in {width} px"
        return None
    needed = _text_width(metrics, text)
    if needed > width + SLACK:
        return f"needs {needed} px in {width} px"
    return None


def _button_problem(button: QAbstractButton) -> str | None:
    text = _plain(button.text())
    if not text:
        return None
    metrics = button.fontMetrics()
    needed = _text_width(metrics, text)
    style = button.style()
    if isinstance(button, (QCheckBox, QRadioButton)):
        indicator = style.pixelMetric(
            QStyle.PixelMetric.PM_IndicatorWidth
            if isinstance(button, QCheckBox)
            else QStyle.PixelMetric.PM_ExclusiveIndicatorWidth
        )
        spacing = style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing)
        needed += indicator + spacing
    elif isinstance(button, QPushButton):
        # What the style (the theme's padding and border included) puts around the text.
        option = QStyleOptionButton()
        button.initStyleOption(option)
        icon = option.iconSize.width() + 4 if not button.icon().isNull() else 0
        # (Measured around a wide text: a style's minimum width is no part of the frame.)
        wide = 2000
        frame = style.sizeFromContents(
            QStyle.ContentsType.CT_PushButton, option, QSize(wide, metrics.height()), button
        )
        needed += icon + frame.width() - wide
    elif isinstance(button, QToolButton):
        if button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon:
            needed += button.iconSize().width() + 4
        needed += 6
    if needed > button.width() + SLACK:
        return f"needs {needed} px in {button.width()} px"
    lines = text.count("\n") + 1
    if lines * metrics.lineSpacing() > button.height() + SLACK:
        return f"{lines} lines need {lines * metrics.lineSpacing()} px in {button.height()} px"
    return None


def _group_problem(group: QGroupBox) -> str | None:
    title = _plain(group.title())
    if not title:
        return None
    needed = _text_width(group.fontMetrics(), title) + (20 if group.isCheckable() else 8)
    if needed > group.width() + SLACK:
        return f"title needs {needed} px in {group.width()} px"
    return None


def _combo_problem(combo: QComboBox) -> str | None:
    text = combo.currentText()
    if not text or combo.isEditable():
        return None
    # The text's room is the style's edit field (the theme's padding and arrow left out).
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    needed = _text_width(combo.fontMetrics(), text)
    if needed > field.width() + SLACK:
        return f"{text!r} needs {needed} px in {field.width()} px"
    return None


def _tab_problems(bar: QTabBar) -> list[str]:
    problems = []
    for index in range(bar.count()):
        if not bar.isTabVisible(index):
            continue
        needed, given = bar.tabSizeHint(index).width(), bar.tabRect(index).width()
        if needed > given + SLACK:
            problems.append(f"tab {_plain(bar.tabText(index))!r} needs {needed} px in {given} px")
        if bar.tabRect(index).right() > bar.width():
            problems.append(f"tab {_plain(bar.tabText(index))!r} is past the bar's end")
    return problems


def _header_problems(header: QHeaderView) -> list[str]:
    problems = []
    model = header.model()
    if model is None:
        return problems
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        given = header.sectionSize(section)
        needed = header.sectionSizeFromContents(section).width()
        if header.orientation() == Qt.Orientation.Vertical:
            needed = header.sectionSizeFromContents(section).height()
            given = header.sectionSize(section)
            if needed > given + SLACK:
                problems.append(f"row header {section} needs {needed} px in {given} px")
            continue
        # The sort indicator's room is kept whether or not it shows; Qt only elides the text.
        text = model.headerData(section, Qt.Orientation.Horizontal)
        text_width = _text_width(header.fontMetrics(), str(text or ""))
        if text_width + 8 > given + SLACK:
            problems.append(f"header {text!r} needs {needed} px in {given} px")
    return problems


def _cell_problems(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    problems = []
    viewport = view.viewport().rect()
    wraps = bool(getattr(view, "wordWrap", lambda: False)())
    elides = view.textElideMode() != Qt.TextElideMode.ElideNone
    try:
        columns = model.columnCount(view.rootIndex())
    except TypeError:  # a list model keeps its one column private
        columns = 1
    for row in range(min(model.rowCount(view.rootIndex()), ROWS)):
        for column in range(columns):
            index = model.index(row, column, view.rootIndex())
            rect = view.visualRect(index)
            if not rect.isValid() or not rect.intersects(viewport):
                continue
            if getattr(view, "isColumnHidden", lambda c: False)(column):
                continue
            problem = _cell_problem(view, index, rect, wraps, elides)
            if problem is None and isinstance(view, QListView) and rect.right() > viewport.right():
                # A list that scrolls sideways shows its long rows cut at its edge.
                text = index.data(Qt.ItemDataRole.DisplayRole)
                problem = (
                    f"row {str(text)!r} runs {rect.right() - viewport.right()} px past the list"
                )
            if problem:
                problems.append(problem)
    return problems


def _cell_problem(
    view: QAbstractItemView, index: QModelIndex, rect: QRect, wraps: bool, elides: bool
) -> str | None:
    text = index.data(Qt.ItemDataRole.DisplayRole)
    if text is None or str(text) == "":
        return None
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.font = view.font()
    option.fontMetrics = view.fontMetrics()
    option.rect = QRect(rect)
    option.textElideMode = view.textElideMode()
    if wraps:
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
    delegate = view.itemDelegateForIndex(index)
    hint = delegate.sizeHint(option, index)
    span = getattr(view, "columnSpan", lambda r, c: 1)(index.row(), index.column())
    if span > 1:
        return None
    if hint.height() > rect.height() + SLACK:
        return f"cell {str(text)!r} needs {hint.height()} px high in {rect.height()} px"
    if not wraps and hint.width() > rect.width() + SLACK and elides:
        return f"cell {str(text)!r} needs {hint.width()} px in {rect.width()} px"
    if not wraps and hint.width() > rect.width() + SLACK and not elides:
        return f"cell {str(text)!r} is clipped: needs {hint.width()} px in {rect.width()} px"
    return None


def _shortened_problem(widget: QWidget) -> str | None:
    """A text the window shortened itself, keeping the whole of it in the tooltip."""
    text = _plain(getattr(widget, "text", lambda: "")())
    whole = widget.toolTip().split("\n")[0]
    if text.endswith("…") and whole.startswith(text[:-1].rstrip()) and whole != text:
        return f"{text!r} is shortened from {whole!r}"
    return None


def _visible_rect(widget: QWidget, window: QWidget) -> QRect:
    """Where ``widget`` shows in ``window``: its rectangle clipped by every ancestor's."""
    rect = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        rect = rect.intersected(QRect(parent.mapTo(window, parent.rect().topLeft()), parent.size()))
        parent = parent.parentWidget()
    return rect


def _overlaps(window: QWidget, shown: list[QWidget]) -> list[str]:
    """Texts drawn over one another: two widgets, neither inside the other, sharing pixels."""
    leaves = [
        w
        for w in shown
        if isinstance(w, (QLabel, QAbstractButton, QAbstractItemView, QComboBox, QLineEdit))
        and not isinstance(w, QHeaderView)
        and not any(isinstance(a, (QAbstractButton, QComboBox)) for a in _ancestors(w, window))
    ]
    places = [(w, _visible_rect(w, window)) for w in leaves]
    problems = []
    for i, (first, first_rect) in enumerate(places):
        for second, second_rect in places[i + 1 :]:
            common = first_rect.intersected(second_rect)
            if common.width() <= 2 or common.height() <= 2:
                continue
            if first in _ancestors(second, window) or second in _ancestors(first, window):
                continue
            problems.append(
                f"{_name(first)} {_says(first)} and {_name(second)} {_says(second)} overlap "
                f"by {common.width()}×{common.height()} px"
            )
    return problems


def _ancestors(widget: QWidget, window: QWidget) -> list[QWidget]:
    found = []
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        found.append(parent)
        parent = parent.parentWidget()
    return found


def _says(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    return repr(text()) if callable(text) else ""


def cut_texts(window: QWidget, screen: tuple[int, int]) -> list[str]:
    """Every text ``window`` cuts as it stands, and whether it fits a ``screen`` of that size."""
    problems: list[str] = []
    width, height = screen
    if window.width() > width or window.height() > height:
        problems.append(
            f"{_name(window)} is {window.width()}×{window.height()} on a {width}×{height} screen"
        )
    frame = window.rect()
    shown = [w for w in window.findChildren(QWidget) if _shown(w, window)]
    problems.extend(_overlaps(window, shown))
    for widget in shown:
        problem: str | None = None
        found: list[str] = []
        if isinstance(widget, QLabel):
            problem = _label_problem(widget)
            if problem:
                problem = f"{widget.text()!r}: {problem}"
        elif isinstance(widget, QAbstractButton):
            problem = _button_problem(widget)
            if problem:
                problem = f"{widget.text()!r}: {problem}"
        elif isinstance(widget, QGroupBox):
            problem = _group_problem(widget)
        elif isinstance(widget, QComboBox):
            problem = _combo_problem(widget)
        elif isinstance(widget, QTabBar):
            found = _tab_problems(widget)
        elif isinstance(widget, QHeaderView):
            found = _header_problems(widget)
        elif isinstance(widget, QAbstractItemView):
            found = _cell_problems(widget)
        elif isinstance(widget, QToolBar):
            extension = widget.findChild(QToolButton, "qt_toolbar_ext_button")
            if extension is not None and extension.isVisibleTo(window):
                found = ["has no room for all its buttons (some hide behind its » button)"]
        if problem:
            found.append(problem)
        if isinstance(widget, (QLabel, QAbstractButton)):
            shortened = _shortened_problem(widget)
            if shortened:
                found.append(shortened)
        if isinstance(widget, (QLabel, QAbstractButton, QGroupBox, QComboBox)) and not _scrolls(
            widget, window
        ):
            place = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
            if not frame.contains(place):
                text = getattr(widget, "text", lambda: "")()
                found.append(f"{text!r} lies partly outside the window ({place} in {frame})")
        problems.extend(f"{_name(widget)} {p}" for p in found)
    return problems
