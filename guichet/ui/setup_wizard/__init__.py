"""The set-up assistant: Guichet's first start on an empty data folder (issue 14, part 1).

Three ways in: create one's own organisation (the default: five pages of questions and a
summary), pair with a central server (the existing :class:`~guichet.ui.sync.PairDialog`), or
load the demo. Each way ends by handing a started :class:`~guichet.startup.Runtime` to
``ready``: whoever opened the assistant shows that organisation's login screen, without
restarting the program.

Nothing is written before « Créer »: every page is checked as it is left by the same rules
``guichet init`` and the server use (:mod:`guichet.services.setup`), and a refusal is said
under the field it concerns. Keys: Entrée goes on (Ctrl+Entrée from a field of several lines),
Échap goes back (on the first page it leaves), Alt+letter reaches each field.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from guichet.config import DB_NAME
from guichet.domain.clock import utcnow
from guichet.domain.errors import DomainError
from guichet.services.setup import OrganisationDraft
from guichet.startup import Runtime, create_and_start, start
from guichet.ui.messages import message_for
from guichet.ui.setup_wizard.pages import (
    FormPage,
    OwnerPage,
    ParticularsPage,
    ReceiptPage,
    TaxesPage,
)
from guichet.ui.setup_wizard.panels import ChoicePage, StepList, SummaryPage, WorkingPage
from guichet.ui.theme import set_role
from guichet.ui.workers import RunnerThread

__all__ = [
    "ChoicePage",
    "FormPage",
    "OwnerPage",
    "ParticularsPage",
    "ReceiptPage",
    "SetupAssistant",
    "StepList",
    "SummaryPage",
    "TaxesPage",
    "WorkingPage",
    "create_and_start",
]


# --- the assistant -------------------------------------------------------------------------


class SetupAssistant(QDialog):
    """The first start's window. ``ready`` carries the started Runtime of the organisation
    created, paired or loaded; the assistant then closes (accepted). Leaving it from the
    first page rejects it: nothing was written."""

    ready = Signal(object)  # Runtime

    def __init__(
        self,
        directory: Path,
        lang: str = "fr",
        *,
        clock: Callable[[], datetime] = utcnow,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.directory = directory
        self.lang = lang
        self.clock = clock
        self.draft = OrganisationDraft(name="", owner_name="", owner_pin="", lang=lang)
        self.runtime: Runtime | None = None
        self.runner: RunnerThread | None = None  # creating, or loading the demo
        self.creating = False
        self.pair_dialog: QDialog | None = None
        self.setWindowTitle(self.tr("Guichet — mise en route"))
        self.resize(1000, 700)

        self.choice_page = ChoicePage()
        self.choice_page.chosen.connect(self.choose)
        self.particulars = ParticularsPage(lang)
        self.form_pages: list[FormPage] = [
            self.particulars,
            TaxesPage(lang),
            ReceiptPage(lang),
            OwnerPage(lang),
        ]
        self.summary_page = SummaryPage(lang)
        self.working_page = WorkingPage()
        self.stack = QStackedWidget()
        for page in (self.choice_page, *self.form_pages, self.summary_page, self.working_page):
            self.stack.addWidget(page)

        self.step_label = QLabel()
        self.step_label.setProperty("role", "muted")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        set_role(self.message, "error")
        self.back_button = QPushButton()
        self.back_button.setAutoDefault(False)
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton()
        self.next_button.setAutoDefault(False)
        self.next_button.setProperty("role", "primary")
        self.next_button.clicked.connect(self.next)
        buttons = QHBoxLayout()
        buttons.addWidget(self.step_label, 1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)

        self.steps = StepList(
            [
                self.tr("Organisation"),
                self.tr("Taxes et arrondi"),
                self.tr("Reçus et guichet"),
                self.tr("Propriétaire"),
                self.tr("Vérification"),
            ]
        )
        pages = QHBoxLayout()
        pages.setSpacing(28)
        pages.addWidget(self.steps)
        pages.addWidget(self.stack, 1)

        root = QVBoxLayout(self)
        root.setContentsMargins(28, 20, 32, 16)
        root.setSpacing(10)
        root.addLayout(pages, 1)
        root.addWidget(self.message)
        root.addLayout(buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):  # on from a field of several lines
            QShortcut(QKeySequence(keys), self, self.next)
        self.show_page(self.choice_page)

    # --- pages ---------------------------------------------------------------------------

    @property
    def page(self) -> QWidget:
        page = self.stack.currentWidget()
        assert page is not None
        return page

    @property
    def busy(self) -> bool:
        return self.runner is not None

    def show_page(self, page: QWidget) -> None:
        self.stack.setCurrentWidget(page)
        self.say("")
        on_choice = page is self.choice_page
        steps: list[QWidget] = [*self.form_pages, self.summary_page]
        step = steps.index(page) if page in steps else None
        self.steps.set_current(step)
        self.steps.setVisible(step is not None)
        self.step_label.setText(
            ""
            if step is None
            else self.tr("Étape {number} sur {total}").format(number=step + 1, total=len(steps))
        )
        self.back_button.setText(
            self.tr("Quitter (Échap)") if on_choice else self.tr("Retour (Échap)")
        )
        self.next_button.setText(
            self.tr("Créer (Entrée)") if page is self.summary_page else self.tr("Suivant (Entrée)")
        )
        self.next_button.setVisible(step is not None)
        self.back_button.setVisible(page is not self.working_page)
        self.next_button.setDefault(not on_choice)
        self.choice_page.buttons["create"].setDefault(on_choice)
        if isinstance(page, FormPage):
            page.clear_errors()  # refusals are said again when the page is left again
            page.first_field().setFocus(Qt.FocusReason.OtherFocusReason)
        elif page is self.summary_page:
            self.summary_page.show_draft(self.draft)
            self.next_button.setFocus(Qt.FocusReason.OtherFocusReason)
        elif on_choice:
            self.choice_page.buttons["create"].setFocus(Qt.FocusReason.OtherFocusReason)

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    @Slot(str)
    def choose(self, way: str) -> None:
        if self.busy:
            return
        if way == "create":
            self.show_page(self.form_pages[0])
        elif way == "pair":
            self.pair()
        elif way == "demo":
            self.creating = False
            self.working_page.label.setText(self.tr("Chargement de la démonstration…"))
            self.run(start, self.directory, demo=True, lang=self.lang, clock=self.clock)

    @Slot()
    def next(self) -> None:
        page = self.page
        if self.busy or page is self.choice_page or page is self.working_page:
            return
        if page is self.summary_page:
            self.make_organisation()
            return
        assert isinstance(page, FormPage)
        draft = page.read(self.draft)
        page.clear_errors()
        try:
            page.check(draft)
        except DomainError as error:
            page.show_error(error)
            return
        self.draft = draft
        index = self.form_pages.index(page)
        following = self.form_pages[index + 1] if index + 1 < len(self.form_pages) else None
        self.show_page(following or self.summary_page)

    @Slot()
    def back(self) -> None:
        page = self.page
        if self.busy or page is self.working_page:
            return
        if page is self.choice_page:
            self.reject()
        elif page is self.summary_page:
            self.show_page(self.form_pages[-1])
        else:
            assert isinstance(page, FormPage)
            self.draft = page.read(self.draft)  # kept as typed, checked again on the way on
            index = self.form_pages.index(page)
            self.show_page(self.form_pages[index - 1] if index else self.choice_page)

    # --- the three ways in ----------------------------------------------------------------

    def make_organisation(self) -> None:
        self.creating = True
        self.working_page.label.setText(
            self.tr("Création de « {name} »…").format(name=" ".join(self.draft.name.split()))
        )
        self.run(create_and_start, self.directory, self.draft, self.clock)

    def pair(self) -> None:
        from guichet.ui.sync import PairDialog

        self.creating = False
        dialog = PairDialog(self.directory / DB_NAME, self)
        dialog.accepted.connect(self._paired)
        self.pair_dialog = dialog
        dialog.open()

    @Slot()
    def _paired(self) -> None:
        try:
            runtime = start(self.directory, lang=self.lang, clock=self.clock)
        except Exception as exc:  # noqa: BLE001 - said in the window, the assistant stays
            self._failed(exc)
            return
        self._done(runtime)

    def run(self, job: Callable[..., Runtime], *args: object, **kwargs: object) -> None:
        """Run ``job`` off the UI thread (migrating the database takes a second, the demo
        two), showing the working page; the result goes to ``ready``."""
        from functools import partial

        runner = RunnerThread(partial(job, *args, **kwargs))
        runner.succeeded.connect(self._done)
        runner.failed.connect(self._failed)
        runner.finished.connect(self._runner_over)
        self.runner = runner
        self.back_button.setEnabled(False)
        self.show_page(self.working_page)
        runner.start()

    @Slot()
    def _runner_over(self) -> None:
        self.runner = None
        self.back_button.setEnabled(True)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the job is over (tests, closing the application)."""
        return self.runner is None or self.runner.wait(msecs)

    @Slot(object)
    def _done(self, runtime: Runtime) -> None:
        self.runtime = runtime
        self.ready.emit(runtime)  # the login screen shows before this window goes
        self.accept()

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        from guichet.startup import DatabaseError

        if isinstance(exc, DomainError):
            text = message_for(exc, self.lang)
        elif isinstance(exc, DatabaseError):
            from guichet.i18n.cli_words import say

            text = say(self.lang, exc.code, path=exc.path, detail=exc.detail)
        else:
            text = self.tr("Opération impossible : {detail}").format(detail=exc)
        self.show_page(self.summary_page if self.creating else self.choice_page)
        self.say(text)

    # --- keys and closing ---------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            if self._close_popup():  # Échap closes the time zones' list first
                return
            self.back()
            return
        super().keyPressEvent(event)

    def _close_popup(self) -> bool:
        popup = QApplication.activePopupWidget()
        if popup is None:
            completer = self.particulars.zone_box.completer()
            popup = completer.popup() if completer is not None else None
        if popup is None or not popup.isVisible():
            return False
        popup.hide()
        return True

    def reject(self) -> None:
        if self.busy:
            return  # the database is being written: it ends by itself in a moment
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy:
            event.ignore()
            return
        super().closeEvent(event)
