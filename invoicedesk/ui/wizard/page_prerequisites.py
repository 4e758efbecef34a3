"""Step 2: what must be true in the service, as a checklist with an explanation for each item.

Ticking is the user's own note: Next stays possible, and if Activate fails, the unticked items are named.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from invoicedesk.connectors.contract import Prerequisite
from invoicedesk.ui.signals import emit
from invoicedesk.ui.wizard.flow import SetupFlow, Step
from invoicedesk.ui.wizard.outcome import ConnectionAdviceView
from invoicedesk.ui.wizard.page import WizardPage
from invoicedesk.ui.wizard.texts import service_text


class PrerequisitesPage(WizardPage):
    STEP = Step.PREREQUISITES

    def __init__(self, flow: SetupFlow, parent: QWidget | None = None):
        super().__init__(flow, "wizardPrerequisitesPage", parent)
        self.advice_view = ConnectionAdviceView()
        self.intro_label = QLabel()
        self.intro_label.setObjectName("prerequisitesIntro")
        self.intro_label.setWordWrap(True)
        self.items = QWidget()
        self.items_layout = QVBoxLayout(self.items)
        self.items_layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        self._built_for = ""
        self.layout_.addWidget(self.advice_view)
        self.layout_.addWidget(self.intro_label)
        self.layout_.addWidget(self.items)
        self.layout_.addStretch(1)

    def title(self) -> str:
        return self.tr("Check what {service} needs").format(service=self.service_name)

    def refresh(self) -> None:
        service = self.flow.service
        if service is not None and service.id != self._built_for:
            self._build(service.prerequisites)
            self._built_for = service.id
        self.intro_label.setText(
            self.tr(
                "Before connecting, make sure of these in {service}. Tick what is done. You can go on "
                "without ticking; if Activate then fails, the unticked items are named as possible causes."
            ).format(service=self.service_name)
        )
        for prerequisite_id, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(prerequisite_id in self.flow.ticked)
            box.blockSignals(False)
        failure = self.flow.failure
        if failure is not None and failure.fix_step is Step.PREREQUISITES:
            self.advice_view.show_failure(failure, self.service_name, prerequisites_step=self.flow.code())
        else:
            self.advice_view.hide()

    def _build(self, prerequisites: tuple[Prerequisite, ...]) -> None:
        while self.items_layout.count():
            widget = self.items_layout.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.boxes.clear()
        for prerequisite in prerequisites:
            box = QCheckBox(service_text(prerequisite.title))
            box.setObjectName(f"prerequisite_{prerequisite.id}")
            box.toggled.connect(lambda ticked, pid=prerequisite.id: self._ticked(pid, ticked))
            explanation = QLabel(service_text(prerequisite.explanation))
            explanation.setObjectName(f"explanation_{prerequisite.id}")
            explanation.setWordWrap(True)
            explanation.setContentsMargins(24, 0, 0, 8)
            self.items_layout.addWidget(box)
            self.items_layout.addWidget(explanation)
            self.boxes[prerequisite.id] = box

    def _ticked(self, prerequisite_id: str, ticked: bool) -> None:
        self.flow.tick(prerequisite_id, ticked)
        emit(self.changed)
