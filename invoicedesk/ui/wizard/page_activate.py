"""Step 4: what will be saved, the Activate button, its busy state, and how it ended."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QWidget,
)

from invoicedesk.ui.signals import emit
from invoicedesk.ui.wizard.flow import ActivationPhase, SetupFlow, Step
from invoicedesk.ui.wizard.outcome import ActivationSummaryView, ConnectionAdviceView
from invoicedesk.ui.wizard.page import WizardPage
from invoicedesk.ui.wizard.texts import service_text


class ActivatePage(WizardPage):
    STEP = Step.ACTIVATE
    activate_requested = Signal()

    def __init__(self, flow: SetupFlow, parent: QWidget | None = None):
        super().__init__(flow, "wizardActivatePage", parent)
        self.intro_label = QLabel()
        self.intro_label.setObjectName("activateIntro")
        self.intro_label.setWordWrap(True)
        self.summary_host = QWidget()
        self.summary_host.setObjectName("savedSummary")
        self.summary = QFormLayout(self.summary_host)
        self.summary.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.activate_button = QPushButton(self.tr("Activate"))
        self.activate_button.setObjectName("activateButton")
        self.activate_button.setDefault(True)
        self.activate_button.clicked.connect(self._activate_clicked)
        self.busy_bar = QProgressBar()
        self.busy_bar.setObjectName("activateBusy")
        self.busy_bar.setRange(0, 0)  # no percentage to show: the service answers when it answers
        self.busy_bar.setMaximumWidth(160)
        self.busy_label = QLabel()
        self.busy_label.setObjectName("activateBusyText")
        self.busy_label.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.activate_button)
        row.addWidget(self.busy_bar)
        row.addWidget(self.busy_label, 1)
        self.advice_view = ConnectionAdviceView()
        self.result_view = ActivationSummaryView()

        self.layout_.addWidget(self.intro_label)
        self.layout_.addWidget(self.summary_host)
        self.layout_.addLayout(row)
        self.layout_.addWidget(self.advice_view)
        self.layout_.addWidget(self.result_view)
        self.layout_.addStretch(1)

    def title(self) -> str:
        return self.tr("Activate the connection")

    def refresh(self) -> None:
        flow = self.flow
        self.intro_label.setText(
            self.tr(
                "Activate saves the connection and asks {service} whether these access details work. If they "
                "do not, nothing is kept and you are shown what to fix."
            ).format(service=self.service_name)
        )
        self._fill_summary()
        busy = flow.phase is ActivationPhase.BUSY
        self.activate_button.setEnabled(flow.can_activate())
        self.activate_button.setText(
            self.tr("Activate again") if flow.phase is ActivationPhase.FAILED else self.tr("Activate")
        )
        self.activate_button.setVisible(flow.phase is not ActivationPhase.SUCCEEDED)
        self.busy_bar.setVisible(busy)
        self.busy_label.setText(
            self.tr("Checking with {service}… Cancel stops waiting and keeps nothing.").format(
                service=self.service_name
            )
            if busy
            else ""
        )
        if flow.phase is ActivationPhase.FAILED and flow.failure is not None:
            self.advice_view.show_failure(
                flow.failure, self.service_name, prerequisites_step=flow.code(Step.PREREQUISITES)
            )
        else:
            self.advice_view.hide()
        result = flow.result
        if flow.phase is ActivationPhase.SUCCEEDED and result is not None:
            self.result_view.show_result(
                self.tr("{service} accepted the connection. Next: choose the options.").format(
                    service=self.service_name
                ),
                account_name=result.account_name,
                plan=result.plan,
                vat_mode=result.vat_mode,
                currency=result.currency,
                warnings=[str(w) for w in result.details.get("warnings", []) or []],
            )
        else:
            self.result_view.hide()

    def _fill_summary(self) -> None:
        while self.summary.rowCount():
            self.summary.removeRow(0)
        self.summary.addRow(self.tr("Service:"), QLabel(self.service_name))
        stored = self.tr("entered; kept only in the system's password store")
        for spec in self.flow.credential_fields:
            value = self.flow.value(spec.name)
            if spec.secret:
                shown = stored if value else self.tr("not entered")
            elif spec.choices:
                shown = service_text(dict(spec.choices).get(value, value))
            else:
                shown = value or self.tr("(empty)")
            label = QLabel(shown)
            label.setObjectName(f"summary_{spec.name}")
            label.setWordWrap(True)
            self.summary.addRow(service_text(spec.label) + ":", label)

    @Slot()
    def _activate_clicked(self) -> None:
        emit(self.activate_requested)
