"""The two small forms of the Lieux et salles section: a venue (name, address) and a hall
(general admission with a capacity, or seated on a seat map imported from a CSV file).

Both send what was typed to the back office as it is; the handlers refuse in words (a taken
name, a negative capacity, a bad line of the seat map with its number) and nothing changes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from guichet.domain.errors import DomainError
from guichet.i18n.errors import number
from guichet.services.backoffice import BackOffice
from guichet.services.backoffice.catalogue import parse_count
from guichet.services.backoffice.views import HallView, VenueView
from guichet.ui.admin.widgets import ActionDialog
from guichet.ui.backoffice import BIG_INDICATORS
from guichet.ui.theme import set_role


class _Form(ActionDialog):
    """A titled form with a line of refusal and Annuler / Enregistrer; Entrée and Ctrl+S
    save, Échap cancels."""

    saved = Signal(str)  # the id of what was saved

    def __init__(self, office: BackOffice, parent: QWidget | None) -> None:
        super().__init__(office.lang, parent)
        self.office = office
        self.setStyleSheet(BIG_INDICATORS)
        self.setMinimumWidth(720)
        self.heading = heading = QLabel()
        heading.setProperty("role", "title")
        heading.setWordWrap(True)
        self.form = QFormLayout()
        self.form.setSpacing(10)
        self.error_label = self.message  # its refusal line, under the name tests read
        QShortcut(QKeySequence("Ctrl+S"), self).activated.connect(self.save)
        # Sentences under the fields (wrapped labels size better outside a form layout).
        self.notes = QVBoxLayout()
        self.notes.setSpacing(6)
        self.lay_out(heading, self.form, self.notes)

    def set_title(self, title: str) -> None:
        self.setWindowTitle(title)
        self.heading.setText(title)

    def refuse(self, error: DomainError | str) -> None:
        self.show_error(error)
        self.fit()

    def fit(self) -> None:
        """Tall enough for its wrapped sentences (a window's layout does not ask its
        labels how tall they get at its width)."""
        layout = self.layout()
        if layout is None:
            return
        width = max(self.width(), self.minimumWidth())
        height = layout.totalHeightForWidth(width)
        if height > 0:
            self.setMinimumHeight(height)
            if self.height() < height:
                self.resize(width, height)


class VenueDialog(_Form):
    """Add a venue (``venue`` None) or change its name and address."""

    def __init__(
        self, office: BackOffice, venue: VenueView | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(office, parent)
        self.set_title(
            self.tr("Nouveau lieu")
            if venue is None
            else self.tr("Lieu « {name} »").format(name=venue.name)
        )
        self.venue = venue
        self.name_edit = QLineEdit(venue.name if venue else "")
        self.name_edit.setMaxLength(200)
        self.name_edit.setPlaceholderText(self.tr("ex. Théâtre du Quai"))
        self.address_edit = QPlainTextEdit(venue.address if venue else "")
        self.address_edit.setTabChangesFocus(True)  # Tab leaves it; Entrée starts a line
        self.address_edit.setFixedHeight(96)
        self.address_edit.setPlaceholderText(self.tr("ex. 125, rue du Quai, Québec"))
        self.form.addRow(self.tr("Nom"), self.name_edit)
        self.form.addRow(self.tr("Adresse"), self.address_edit)
        self.fit()
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def save(self) -> None:
        try:
            venue_id = self.office.venues.save(
                self.name_edit.text(),
                self.address_edit.toPlainText(),
                venue_id=self.venue.id if self.venue else None,
                active=self.venue.active if self.venue else True,
            )
        except DomainError as error:
            self.refuse(error)
            return
        self.saved.emit(venue_id)
        self.accept()


class HallDialog(_Form):
    """Add a hall to ``venue`` or change ``hall``: general admission (a capacity) or seated
    (a seat-map CSV: section, rangée, numéro, x, y, accessible). ``seated`` chooses what
    the form opens on (Importer un plan de salle…); a new file re-maps a seated hall."""

    def __init__(
        self,
        office: BackOffice,
        venue: VenueView,
        hall: HallView | None = None,
        *,
        seated: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(office, parent)
        if hall is None:
            self.set_title(self.tr("Nouvelle salle — {venue}").format(venue=venue.name))
        else:
            self.set_title(
                self.tr("Salle « {name} » — {venue}").format(name=hall.name, venue=venue.name)
            )
        self.venue = venue
        self.hall = hall
        self.name_edit = QLineEdit(hall.name if hall else "")
        self.name_edit.setMaxLength(200)
        self.name_edit.setPlaceholderText(self.tr("ex. Grande salle"))

        self.free_radio = QRadioButton(self.tr("Placement libre"))
        self.seated_radio = QRadioButton(self.tr("Places numérotées (plan de salle)"))
        kinds = QButtonGroup(self)
        kinds.addButton(self.free_radio)
        kinds.addButton(self.seated_radio)
        self.capacity_edit = QLineEdit(
            str(hall.capacity) if hall is not None and not hall.seated else ""
        )
        self.capacity_edit.setPlaceholderText(self.tr("ex. 250"))
        self.capacity_edit.setMaximumWidth(200)
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("Fichier CSV du plan de salle"))
        self.browse_button = QPushButton(self.tr("Parcourir… (Ctrl+O)"))
        self.browse_button.setAutoDefault(False)
        self.browse_button.clicked.connect(self.browse)
        QShortcut(QKeySequence("Ctrl+O"), self).activated.connect(self.browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse_button)
        help_label = QLabel(
            self.tr(
                "Une ligne par siège, colonnes section, rangée, numéro, x, y, accessible "
                "(x, y et accessible facultatifs). La capacité de la salle sera son nombre "
                "de sièges."
            )
        )
        help_label.setWordWrap(True)
        set_role(help_label, "muted")
        self.current_map = QLabel()
        self.current_map.setWordWrap(True)
        set_role(self.current_map, "muted")
        if hall is not None and hall.seated:
            self.current_map.setText(
                self.tr(
                    "Plan actuel : {map} ({seats}). Laissez le fichier vide pour le garder."
                ).format(map=hall.seat_map_name, seats=seats_text(hall.capacity, self.lang))
            )
        self.current_map.setVisible(bool(self.current_map.text()))

        self.form.addRow(self.tr("Nom"), self.name_edit)
        self.form.addRow(self.free_radio)
        self.form.addRow(self.tr("Capacité"), self.capacity_edit)
        self.form.addRow(self.seated_radio)
        self.form.addRow(self.tr("Plan de salle"), file_row)
        self.notes.addWidget(help_label)
        self.notes.addWidget(self.current_map)
        seated = seated or (hall is not None and hall.seated)
        (self.seated_radio if seated else self.free_radio).setChecked(True)
        self.free_radio.toggled.connect(self._kind_changed)
        self._kind_changed()
        self.fit()
        first = self.name_edit if hall is None or not seated else self.path_edit
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def _kind_changed(self) -> None:
        free = self.free_radio.isChecked()
        self.capacity_edit.setEnabled(free)
        self.path_edit.setEnabled(not free)
        self.browse_button.setEnabled(not free)

    @Slot()
    def browse(self) -> None:
        if self.free_radio.isChecked():
            return
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Plan de salle"),
            str(Path.home()),
            self.tr("Plans de salle (*.csv *.txt);;Tous les fichiers (*)"),
        )
        if path:
            self.path_edit.setText(path)

    @Slot()
    def save(self) -> None:
        venues = self.office.venues
        hall_id = self.hall.id if self.hall else None
        active = self.hall.active if self.hall else True
        name = self.name_edit.text()
        try:
            if self.free_radio.isChecked():
                capacity = parse_count(self.capacity_edit.text(), "capacity")
                if capacity is None:
                    self.refuse(self.tr("Indiquez la capacité de la salle (un nombre de places)."))
                    self.capacity_edit.setFocus()
                    return
                saved = venues.save_hall(
                    self.venue.id, name, capacity, hall_id=hall_id, active=active
                )
            elif self.path_edit.text().strip():
                saved = venues.import_seated_hall_file(
                    self.venue.id, name, Path(self.path_edit.text().strip()), hall_id=hall_id
                )
            elif self.hall is not None and self.hall.seated:
                saved = venues.save_hall(
                    self.venue.id,
                    name,
                    self.hall.capacity,
                    hall_id=hall_id,
                    active=active,
                    seat_map_id=self.hall.seat_map_id,
                )
            else:
                self.refuse(self.tr("Choisissez le fichier CSV du plan de salle (Ctrl+O)."))
                self.path_edit.setFocus()
                return
        except DomainError as error:
            self.refuse(error)
            return
        self.saved.emit(saved)
        self.accept()


def one(count: int, lang: str) -> bool:
    """Singular in French for 0 and 1, in English for 1 only."""
    return count < 2 if lang == "fr" else count == 1


def places_text(count: int, lang: str) -> str:
    """ "320 places", "1 place"."""
    n = number(count, lang)
    if one(count, lang):
        return QCoreApplication.translate("venues", "{n} place").format(n=n)
    return QCoreApplication.translate("venues", "{n} places").format(n=n)


def seats_text(count: int, lang: str) -> str:
    """ "800 sièges", "1 siège"."""
    n = number(count, lang)
    if one(count, lang):
        return QCoreApplication.translate("venues", "{n} siège").format(n=n)
    return QCoreApplication.translate("venues", "{n} sièges").format(n=n)


def hall_capacity_text(hall: HallView, lang: str, *, two_lines: bool = False) -> str:
    """E.g. "320 places", "800 sièges, plan Théâtre du Quai — grande salle" (the map's name
    on a line of its own in a list, where a long one would be cut)."""
    if not hall.seated:
        return places_text(hall.capacity, lang)
    seats = seats_text(hall.capacity, lang)
    if two_lines:
        return QCoreApplication.translate("venues", "{seats},\nplan {map}").format(
            seats=seats, map=hall.seat_map_name
        )
    return QCoreApplication.translate("venues", "{seats}, plan {map}").format(
        seats=seats, map=hall.seat_map_name
    )
