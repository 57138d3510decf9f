"""Issue 21, part 8: every text input of every window holds no more than the column its text
goes to. tests/ui/test_text_fits.py builds each window of docs/screenshots on the demo and, in
its French run (one build per window for both checks), walks it with :func:`problems_of`: a
QLineEdit, QTextEdit or QPlainTextEdit a person can type into must name its limit
(guichet/ui/limits.py: a command's field, a column, or a rule with its reason) and let no more
be typed; a limit taken from a command's field is no longer than its column."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QWidget,
)

from guichet.services.field_lengths import column_length
from guichet.ui.limits import PROPERTY, limit_of, max_length

#: Inputs that need no limit of their own, and why.
ALLOWED = {
    QAbstractSpinBox: "a spin box's or a date's own editor: its range bounds what it holds",
    QComboBox: "a list's own editor: the text typed chooses an item, it is never stored",
}


def name_of(edit: QWidget) -> str:
    """``Class.attribute`` of the window that holds ``edit`` (for the failure's sentence)."""
    owner = edit.parentWidget()
    while owner is not None:
        for attribute, value in vars(owner).items():
            if value is edit:
                return f"{type(owner).__name__}.{attribute}"
        owner = owner.parentWidget()
    return f"{type(edit).__name__} {edit.objectName() or edit.accessibleName()!r}"


def typed_inputs(window: QWidget) -> list[QWidget]:
    found: list[QWidget] = []
    for edit in [
        *window.findChildren(QLineEdit),
        *window.findChildren(QTextEdit),
        *window.findChildren(QPlainTextEdit),
    ]:
        if edit.isReadOnly():
            continue  # a document shown (receipt, report, journal): nobody types there
        if any(isinstance(edit.parentWidget(), kind) for kind in ALLOWED):
            continue
        found.append(edit)
    return found


def problems_of(window: QWidget) -> list[str]:
    problems = []
    for edit in typed_inputs(window):
        key = edit.property(PROPERTY)
        if not key:
            problems.append(f"{name_of(edit)}: no limit (guichet.ui.limits.limit)")
            continue
        length, column = limit_of(str(key))
        typed = max_length(edit)
        if not 0 < typed <= length:
            problems.append(f"{name_of(edit)}: takes {typed} characters, {key} allows {length}")
        stored = column_length(column) if column else None
        if stored is not None and length > stored:
            problems.append(f"{name_of(edit)}: {key} allows {length}, {column} holds {stored}")
    return problems


def test_the_walk_finds_an_input_without_its_limit(qapp: QApplication) -> None:
    """The check tests/ui/test_text_fits.py runs on every window (one build per window):
    an input left at Qt's 32767 characters, or allowed more than its column, is named."""
    from guichet.ui.limits import limit

    window = QWidget()
    window.free_edit = QLineEdit(window)  # type: ignore[attr-defined]
    window.name_edit = QLineEdit(window)  # type: ignore[attr-defined]
    limit(window.name_edit, "SaveCustomer.name")  # type: ignore[attr-defined]
    window.name_edit.setMaxLength(5000)  # type: ignore[attr-defined]
    window.spin = QSpinBox(window)  # type: ignore[attr-defined]
    assert problems_of(window) == [
        "QWidget.free_edit: no limit (guichet.ui.limits.limit)",
        "QWidget.name_edit: takes 5000 characters, SaveCustomer.name allows 200",
    ]
    window.deleteLater()


def test_a_text_box_keeps_no_more_than_its_limit(qapp: QApplication) -> None:
    from guichet.ui.limits import limit

    box = QPlainTextEdit()
    limit(box, "SaveCustomer.phone")
    box.setPlainText("5" * 100_000)  # a paste
    assert box.toPlainText() == "5" * 40
    line = QLineEdit()
    limit(line, "search")
    line.insert("x" * 100_000)
    assert len(line.text()) == 200
