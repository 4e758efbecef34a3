"""The setup wizard's window: a view of SetupFlow with Back, Next, Finish and Cancel.

The flow decides where the user may go; this window shows the current step, forwards the user's actions
and runs the saving work on the task runner. Cancel while Activate runs closes the window at once; the
running job then removes what it saved, and `connections_changed` tells the screen to look again.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from invoicedesk.app.connections import delete_connection
from invoicedesk.app.context import AppContext
from invoicedesk.connectors import registry
from invoicedesk.connectors.contract import BuildOptions, ServiceSpec
from invoicedesk.core.documents import Company
from invoicedesk.ui.labels import close_button_text
from invoicedesk.ui.signals import emit
from invoicedesk.ui.tasks import TaskFailure, TaskRunner
from invoicedesk.ui.wizard.flow import ActivationPhase, SetupFlow, Step
from invoicedesk.ui.wizard.header import CodeHeader
from invoicedesk.ui.wizard.jobs import Activated, CancelToken, Resaved, save_and_activate, save_options
from invoicedesk.ui.wizard.page import PageScrollArea, WizardPage
from invoicedesk.ui.wizard.page_activate import ActivatePage
from invoicedesk.ui.wizard.page_credentials import CredentialsPage
from invoicedesk.ui.wizard.page_options import OptionsPage
from invoicedesk.ui.wizard.page_prerequisites import PrerequisitesPage
from invoicedesk.ui.wizard.page_service import ServicePage

log = logging.getLogger(__name__)


class SetupWizard(QDialog):
    connections_changed = Signal()  # a connection was saved, replaced or removed
    step_shown = Signal(int)  # the Step now on screen
    activation_finished = Signal()  # Activate (or saving the options) ended, whichever way

    def __init__(
        self,
        runner: TaskRunner,
        context: AppContext,
        company: Company,
        *,
        services: Sequence[ServiceSpec] | None = None,
        build_options: BuildOptions | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        assert company.id is not None
        self.setObjectName("connectionWizard")
        self.setWindowTitle(self.tr("Connect {company} to a service").format(company=company.name))
        self.runner = runner
        self.context = context
        self.build_options = build_options
        self.flow = SetupFlow(
            services if services is not None else registry.services(), company.id, str(company.country)
        )
        self._token: CancelToken | None = None
        self._job_running = False
        self._closed = False

        self.header = CodeHeader()
        self.service_page = ServicePage(self.flow)
        self.prerequisites_page = PrerequisitesPage(self.flow)
        self.credentials_page = CredentialsPage(self.flow)
        self.activate_page = ActivatePage(self.flow)
        self.options_page = OptionsPage(self.flow, runner, context)
        self.pages: dict[Step, WizardPage] = {
            page.STEP: page
            for page in (
                self.service_page,
                self.prerequisites_page,
                self.credentials_page,
                self.activate_page,
                self.options_page,
            )
        }
        self.stack = QStackedWidget()
        self.stack.setObjectName("wizardPages")
        for step in Step:
            page = self.pages[step]
            page.changed.connect(self._sync)
            self.stack.addWidget(PageScrollArea(page))
        self.service_page.chosen_twice.connect(self._next)
        self.activate_page.activate_requested.connect(self._activate)

        self.back_button = QPushButton(self.tr("< &Back"))
        self.back_button.setObjectName("backButton")
        self.back_button.clicked.connect(self._back)
        self.next_button = QPushButton(self.tr("&Next >"))
        self.next_button.setObjectName("nextButton")
        self.next_button.clicked.connect(self._next)
        self.finish_button = QPushButton(self.tr("&Finish"))
        self.finish_button.setObjectName("finishButton")
        self.finish_button.clicked.connect(self._finish)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.clicked.connect(self.reject)
        for button in (self.back_button, self.next_button, self.finish_button, self.cancel_button):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.finish_button)
        buttons.addSpacing(12)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        self.resize(780, 620)
        self._sync()

    # ---- what tests and the screen read ---------------------------------------------------------------

    @property
    def code(self) -> str:
        return self.header.code

    def current_page(self) -> WizardPage:
        return self.pages[self.flow.step]

    @property
    def busy(self) -> bool:
        return self._job_running

    # ---- navigation -----------------------------------------------------------------------------------

    @Slot()
    def _sync(self) -> None:
        flow = self.flow
        page = self.pages[flow.step]
        self.stack.setCurrentIndex(flow.step.value - 1)
        page.refresh()
        self.header.set_title(page.title())
        self.header.set_code(flow.code())
        self.back_button.setEnabled(flow.can_go_back())
        self.next_button.setEnabled(flow.can_go_next())
        self.next_button.setVisible(flow.step is not Step.OPTIONS)
        self.finish_button.setVisible(flow.step is Step.OPTIONS)
        self.finish_button.setEnabled(flow.can_finish())
        # Once Activate has succeeded the connection stays: leaving keeps it, so the button says so.
        saved = flow.phase is ActivationPhase.SUCCEEDED
        self.cancel_button.setText(close_button_text() if saved else self.tr("Cancel"))
        emit(self.step_shown, flow.step.value)

    @Slot()
    def _next(self) -> None:
        if self.flow.can_go_next():
            self.flow.go_next()
            self._sync()

    @Slot()
    def _back(self) -> None:
        if self.flow.can_go_back():
            self.flow.go_back()
            self._sync()

    # ---- Activate -------------------------------------------------------------------------------------

    @Slot()
    def _activate(self) -> None:
        if not self.flow.can_activate() or self._job_running:
            return
        request = self.flow.start_activation()
        self.credentials_page.secrets_taken()
        self._token = token = CancelToken()
        self._job_running = True
        self._sync()
        self.runner.run(
            save_and_activate,
            self.context,
            request,
            token,
            options=self.build_options,
            on_done=self._activated,
            on_error=self._activation_failed,
            owner=self,
            description="save and activate a new connection",
        )

    @Slot(object)
    def _activated(self, outcome: Activated | None) -> None:
        self._job_running = False
        if outcome is None:  # cancelled: the job removed what it saved
            self._after_cancelled_job()
            return
        if self._closed:  # cancelled after the job had finished: undo it here
            self.runner.run(
                delete_connection,
                self.context,
                outcome.connection_id,
                on_done=lambda _r: self._after_cancelled_job(),
                owner=self,
                description="remove a cancelled connection",
            )
            return
        self.flow.activation_succeeded(outcome.connection_id, outcome.result)
        emit(self.connections_changed)
        self._sync()
        emit(self.activation_finished)

    @Slot(object)
    def _activation_failed(self, failure: TaskFailure) -> None:
        self._job_running = False
        if self._closed:
            self._after_cancelled_job()
            return
        self.flow.activation_failed(failure.exception)
        self._sync()
        if self.flow.step is Step.CREDENTIALS:
            self.credentials_page.focus_first_problem()
        emit(self.activation_finished)

    def _after_cancelled_job(self) -> None:
        emit(self.connections_changed)
        emit(self.activation_finished)
        self.deleteLater()

    # ---- Finish ---------------------------------------------------------------------------------------

    @Slot()
    def _finish(self) -> None:
        flow = self.flow
        if not flow.can_finish():
            return
        if not flow.options_changed():
            self.accept()
            return
        assert flow.connection_id is not None
        request = flow.start_saving_options()
        self._job_running = True
        self._sync()
        self.runner.run(
            save_options,
            self.context,
            flow.connection_id,
            request,
            options=self.build_options,
            on_done=self._options_saved,
            on_error=self._options_not_saved,
            owner=self,
            description="save the options of a new connection",
        )

    @Slot(object)
    def _options_saved(self, outcome: Resaved) -> None:
        self._job_running = False
        if outcome.error is not None or outcome.result is None:
            self.flow.options_not_saved(outcome.error or RuntimeError("no answer"),
                                        connection_id=outcome.connection_id,
                                        options_saved=outcome.options_saved)
            emit(self.connections_changed)
            emit(self.activation_finished)
            if self._closed:
                self.deleteLater()
            else:
                self._sync()
            return
        self.flow.options_saved(outcome.connection_id, outcome.result)
        emit(self.connections_changed)
        emit(self.activation_finished)
        if self._closed:
            self.deleteLater()
            return
        self.accept()

    @Slot(object)
    def _options_not_saved(self, failure: TaskFailure) -> None:
        self._job_running = False
        # Only a connection that could not even be put back gets here: nothing of it is left.
        self.flow.connection_lost(failure.exception)
        emit(self.connections_changed)
        emit(self.activation_finished)
        if self._closed:
            self.deleteLater()
            return
        self._sync()

    # ---- closing --------------------------------------------------------------------------------------

    def reject(self) -> None:
        if self.flow.phase is ActivationPhase.BUSY and self._token is not None:
            self._token.cancel()
            self.flow.activation_cancelled()
        self._closed = True
        super().reject()

    def accept(self) -> None:
        self._closed = True
        super().accept()

    def done(self, result: int) -> None:
        super().done(result)
        if not self._job_running:
            self.deleteLater()  # else the job's answer deletes the window once it has been handled

    def closeEvent(self, event: QCloseEvent) -> None:
        self.reject()
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter in a field must not press a wizard button by accident (QDialog's default button).
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)
