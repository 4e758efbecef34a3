"""What every step of the setup wizard shares: its step, a title, reading the flow's state, scrolling."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

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


class PageScrollArea(QScrollArea):
    """Scrolls a step that is taller than the window.

    A plain QScrollArea would rather squeeze the page than scroll it, because wrapped texts ask for their
    height only for a given width; the page's minimum height is therefore kept at what its width needs.
    """

    def __init__(self, page: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidget(page)
        page.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self._fit()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        page = self.widget()
        layout = page.layout() if page is not None else None
        if layout is not None and layout.hasHeightForWidth():
            page.setMinimumHeight(layout.totalHeightForWidth(self.viewport().width()))
