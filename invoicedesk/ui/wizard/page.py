"""What every step of the setup wizard shares: its step, a title, and reading the flow's state again."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from invoicedesk.ui.wizard.flow import SetupFlow, Step


class WizardPage(QWidget):
    """A view of one step; it changes the flow only through the flow's methods, then says `changed`."""

    STEP: Step
    changed = Signal()  # the flow changed: the wizard updates its buttons and screen code

    def __init__(self, flow: SetupFlow, object_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.flow = flow
        self.setObjectName(object_name)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)

    def title(self) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        """Show the flow's current state (called whenever the step is shown or the flow changed)."""

    @property
    def service_name(self) -> str:
        return self.flow.service.display_name if self.flow.service is not None else ""
