"""Step 5: the number series and bank account from what Activate listed, and the payment-method grid."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from invoicedesk.app.context import AppContext
from invoicedesk.ui.dialogs.payment_mapping import PaymentMappingGrid
from invoicedesk.ui.signals import emit
from invoicedesk.ui.tasks import TaskRunner
from invoicedesk.ui.wizard.flow import SetupFlow, Step
from invoicedesk.ui.wizard.outcome import ConnectionAdviceView
from invoicedesk.ui.wizard.page import WizardPage
from invoicedesk.ui.wizard.texts import service_text


class OptionsPage(WizardPage):
    STEP = Step.OPTIONS

    def __init__(
        self, flow: SetupFlow, runner: TaskRunner, context: AppContext, parent: QWidget | None = None
    ):
        super().__init__(flow, "wizardOptionsPage", parent)
        self.options_group = QGroupBox(self.tr("Documents in the service"))
        self.options_form = QFormLayout(self.options_group)
        self.options_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.combos: dict[str, QComboBox] = {}
        self.advice_view = ConnectionAdviceView()
        self.grid = PaymentMappingGrid(runner, context)
        self.grid.setMinimumHeight(240)
        mapping_group = QGroupBox(self.tr("Payment methods"))
        mapping_layout = QVBoxLayout(mapping_group)
        mapping_layout.addWidget(self.grid)
        self.finish_note = QLabel()
        self.finish_note.setObjectName("optionsNote")
        self.finish_note.setWordWrap(True)
        self._grid_for: int | None = None
        self._built = False

        self.layout_.addWidget(self.advice_view)
        self.layout_.addWidget(self.options_group)
        self.layout_.addWidget(mapping_group, 1)
        self.layout_.addWidget(self.finish_note)

    def title(self) -> str:
        return self.tr("Options")

    def refresh(self) -> None:
        flow = self.flow
        if flow.result is not None and not self._built:
            self._build()
            self._built = True
        for name, combo in self.combos.items():
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(flow.options.get(name, "")), 0))
            combo.blockSignals(False)
            combo.setEnabled(not flow.busy and combo.count() > 1)
        self.options_group.setVisible(bool(self.combos))
        if flow.connection_id is not None and flow.connection_id != self._grid_for and not flow.busy:
            self._grid_for = flow.connection_id
            self.grid.load(flow.connection_id)
        self.grid.setEnabled(not flow.busy)
        if flow.options_failure is not None:
            self.advice_view.show_failure(
                flow.options_failure, self.service_name, prerequisites_step=flow.code(Step.PREREQUISITES)
            )
        else:
            self.advice_view.hide()
        if flow.saving_options:
            self.finish_note.setText(self.tr("Saving the options and checking the connection again…"))
        elif flow.options_changed():
            self.finish_note.setText(
                self.tr(
                    "Finish saves the options; {service} is asked once more whether everything works."
                ).format(service=self.service_name)
            )
        else:
            self.finish_note.setText(
                self.tr(
                    "Payment methods are saved as you choose them. Finish closes the wizard; the connection "
                    "is ready."
                )
            )

    def _build(self) -> None:
        service = self.service_name
        for spec in self.flow.option_fields:
            combo = QComboBox()
            combo.setObjectName(f"option_{spec.name}")
            combo.addItem(self.tr("{service}'s default").format(service=service), "")
            for choice in self.flow.option_choices(spec.name):
                label = choice.label
                if choice.is_default:
                    label += " " + self.tr("(default in {service})").format(service=service)
                combo.addItem(label, choice.value)
            combo.currentIndexChanged.connect(lambda _i, n=spec.name, c=combo: self._chosen(n, c))
            label = QLabel(service_text(spec.label))
            label.setWordWrap(True)
            label.setBuddy(combo)
            self.options_form.addRow(label, combo)
            self.combos[spec.name] = combo

    def _chosen(self, name: str, combo: QComboBox) -> None:
        self.flow.set_option(name, str(combo.currentData() or ""))
        self.refresh()
        emit(self.changed)
