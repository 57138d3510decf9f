"""Who a booking is for (« Pour qui ? »), in the scanning window's booking panel.

One job: the people of the booking. A card with an account ticks its members (two columns; an
individual pass or an exclusive card ticks one only; a member already in the chosen occurrence
is ticked and greyed); a gift package without an account types a name per person, as many as
« Personnes » says. Nothing here takes the keyboard except the names: Entrée in a name asks to
book (``submitted``). ``ticks_changed``, ``names_changed`` and ``count_changed`` tell the panel
to re-word its button or give the keyboard back.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from guichet.domain.cards import MAX_PARTICIPANTS, CardKind
from guichet.services.cards import ScanResult
from guichet.ui.scanning import no_focus as _no_focus
from guichet.ui.theme import sized_font as _font

MAX_PARTICIPANT_ROWS = 3
MEMBER_ROW_HEIGHT = 46
NAME_ROW_HEIGHT = 50

Participant = tuple[str | None, str]  # (member id or None, name)


def single_person(result: ScanResult) -> bool:
    """One person per booking: an exclusive card, or an individual pass."""
    return result.exclusive or (result.kind is CardKind.PASS and not result.family)


class ParticipantPicker(QWidget):
    """``fill(result, occurrence_id)``; ``participants()`` are the ticked members or the typed
    names; ``member_checks`` (member id → box) and ``name_edits`` are the current rows."""

    ticks_changed = Signal()  # a member ticked or unticked
    names_changed = Signal()  # a name typed
    count_changed = Signal()  # « Personnes » changed: a name row more or less
    submitted = Signal()  # Entrée in a name

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: ScanResult | None = None
        self.member_checks: dict[str, QCheckBox] = {}
        self.name_edits: list[QLineEdit] = []
        self._member_group: QButtonGroup | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        who_row = QHBoxLayout()
        who_row.setSpacing(6)
        self.who_label = QLabel(self.tr("Pour qui\u00a0?"))
        self.who_label.setFont(_font(self.font(), 16, True))
        who_row.addWidget(self.who_label)
        who_row.addStretch(1)
        self.people_caption = QLabel(self.tr("Personnes"))
        self.people_spin = QSpinBox()
        self.people_spin.setObjectName("peopleSpin")
        self.people_spin.setAccessibleName(self.tr("Nombre de personnes"))
        self.people_spin.setRange(1, MAX_PARTICIPANTS)
        _no_focus(self.people_spin)
        self.people_spin.valueChanged.connect(self._on_people_changed)
        who_row.addWidget(self.people_caption)
        who_row.addWidget(self.people_spin)
        layout.addLayout(who_row)

        self.participants_box = QWidget()
        self.participants_box.setObjectName("participants")
        self.participants_layout = QGridLayout(self.participants_box)
        self.participants_layout.setContentsMargins(0, 0, 0, 0)
        self.participants_layout.setHorizontalSpacing(12)
        self.participants_layout.setVerticalSpacing(2)
        self.participants_scroll = QScrollArea()
        self.participants_scroll.setObjectName("participantsScroll")
        self.participants_scroll.setWidgetResizable(True)
        self.participants_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.participants_scroll.setWidget(self.participants_box)
        self.participants_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        _no_focus(self.participants_scroll)
        layout.addWidget(self.participants_scroll)

    def fill(self, result: ScanResult | None, occurrence_id: str | None) -> None:
        """The rows for ``result`` booking into ``occurrence_id``; what was ticked or typed
        stays (a member already in the occurrence is ticked and greyed)."""
        checked = {
            mid for mid, box in self.member_checks.items() if box.isChecked() and box.isEnabled()
        }
        typed = [edit.text() for edit in self.name_edits]
        for widget in (*self.member_checks.values(), *self.name_edits):
            self.participants_layout.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        self.member_checks = {}
        self.name_edits = []
        if self._member_group is not None:
            self._member_group.deleteLater()
            self._member_group = None
        self.result = result
        if result is None or result.card_id is None:
            return
        if result.members:
            self._fill_members(result, occurrence_id, checked)
        else:
            self._fill_names(result, typed)
        self._fit()

    def _fill_members(
        self, result: ScanResult, occurrence_id: str | None, checked: set[str]
    ) -> None:
        single = single_person(result)
        already = {
            b.member_id for b in result.bookings if b.occurrence_id == occurrence_id and b.member_id
        }
        self.people_caption.hide()
        self.people_spin.hide()
        if single:
            self._member_group = QButtonGroup(self)
            self._member_group.setExclusive(True)
        for index, member in enumerate(result.members):
            box = QCheckBox(member.name)
            box.setFont(_font(self.font(), 17))
            _no_focus(box)
            if member.id in already:  # ticked and greyed: already in
                box.setChecked(True)
                box.setEnabled(False)
                box.setToolTip(self.tr("Déjà réservé pour cette séance"))
            else:
                box.setChecked(
                    member.id in checked
                    or (single and len(result.members) == 1)
                    or member.id == result.member_id
                )
            box.toggled.connect(lambda _on: self.ticks_changed.emit())
            if self._member_group is not None:
                self._member_group.addButton(box)
            self.member_checks[member.id] = box
            self.participants_layout.addWidget(box, index // 2, index % 2)

    def _fill_names(self, result: ScanResult, typed: list[str]) -> None:
        self.people_caption.show()
        self.people_spin.show()
        most = 1 if single_person(result) else MAX_PARTICIPANTS
        if result.remaining_uses is not None:
            most = max(1, min(most, result.remaining_uses))
        self.people_spin.blockSignals(True)
        self.people_spin.setRange(1, most)
        self.people_spin.setValue(min(max(len(typed), 1), most))
        self.people_spin.blockSignals(False)
        holder = result.holder_name or result.customer_name
        for index in range(self.people_spin.value()):
            text = typed[index] if index < len(typed) else (holder if index == 0 else "")
            self._add_name_edit(index, text)

    def _fit(self) -> None:
        """As tall as its rows, three at most (then it scrolls)."""
        if self.member_checks:
            rows = (len(self.member_checks) + 1) // 2
            row_height = MEMBER_ROW_HEIGHT
        else:
            rows = len(self.name_edits)
            row_height = NAME_ROW_HEIGHT
        self.participants_scroll.setFixedHeight(
            max(1, min(rows, MAX_PARTICIPANT_ROWS)) * row_height + 4
        )

    def _add_name_edit(self, index: int, text: str) -> None:
        edit = QLineEdit(text)
        edit.setFont(_font(self.font(), 16))
        edit.setMaxLength(120)
        edit.setPlaceholderText(self.tr("Nom de la personne {number}").format(number=index + 1))
        edit.setAccessibleName(self.tr("Nom de la personne {number}").format(number=index + 1))
        edit.returnPressed.connect(self.submitted)
        edit.textChanged.connect(lambda _text: self.names_changed.emit())
        self.name_edits.append(edit)
        self.participants_layout.addWidget(edit, index, 0, 1, 2)

    def _on_people_changed(self, count: int) -> None:
        while len(self.name_edits) > count:
            edit = self.name_edits.pop()
            self.participants_layout.removeWidget(edit)
            edit.hide()
            edit.deleteLater()
        while len(self.name_edits) < count:
            self._add_name_edit(len(self.name_edits), "")
        self._fit()
        self.count_changed.emit()

    def first_empty_name(self) -> QLineEdit | None:
        """Where the next keystroke goes when a name is still missing."""
        return next((e for e in self.name_edits if not e.text().strip()), None)

    def untick(self) -> None:
        """After a booking: the members booked are greyed, the others unticked."""
        for box in self.member_checks.values():
            if box.isEnabled():
                box.setChecked(False)

    def participants(self) -> list[Participant]:
        """Who the booking is for: ticked members, or the typed names."""
        if self.result is None:
            return []
        if self.member_checks:
            names = {m.id: m.name for m in self.result.members}
            return [
                (member_id, names[member_id])
                for member_id, box in self.member_checks.items()
                if box.isChecked() and box.isEnabled()
            ]
        # An empty name is refused by the service, in words: nobody is left out silently.
        return [(None, edit.text().strip()) for edit in self.name_edits]


__all__ = ["MAX_PARTICIPANT_ROWS", "Participant", "ParticipantPicker", "single_person"]
