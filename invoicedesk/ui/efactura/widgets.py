"""Small widgets the e-Factura dialogs share: the page code, a copyable address, an advice panel."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Slot
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from invoicedesk.connectors.errors import Advice
from invoicedesk.secrets.redaction import redact_text
from invoicedesk.ui.efactura.advice import advice_for

_COPIED_FEEDBACK_MS = 1500


def code_label(code: str) -> QLabel:
    """The page's short code in the corner, for support on the phone ("I am on D-EFA-3")."""
    label = QLabel(code)
    label.setObjectName("pageCode")
    label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    label.setToolTip(
        QCoreApplication.translate(
            "EfacturaWidgets", "Screen code: tell it to support so they know where you are."
        )
    )
    return label


def is_dark(widget: QWidget) -> bool:
    return widget.palette().color(QPalette.ColorRole.Window).lightness() < 128


def warning_color(widget: QWidget) -> str:
    """A warning red that stays readable on a dark theme as well as on a light one."""
    return "#ff7b7b" if is_dark(widget) else "#b00020"


class CopyField(QWidget):
    """A read-only text (an address to register, a sign-in link) with a Copy button beside it."""

    def __init__(self, text: str = "", *, object_name: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        if object_name:
            self.setObjectName(object_name)
        self.field = QLineEdit(text)
        self.field.setObjectName("copyText")
        self.field.setReadOnly(True)
        self.field.setCursorPosition(0)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setObjectName("copyButton")
        self.copy_button.clicked.connect(self.copy)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.copy_button)

    def text(self) -> str:
        return self.field.text()

    def set_text(self, text: str) -> None:
        self.field.setText(text)
        self.field.setCursorPosition(0)

    @Slot()
    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.field.text())
        self.copy_button.setText(self.tr("Copied"))
        QTimer.singleShot(_COPIED_FEEDBACK_MS, self, self._restore_label)

    def _restore_label(self) -> None:
        self.copy_button.setText(self.tr("Copy"))


class AdviceView(QFrame):
    """What went wrong, why, and what to do, in the user's language; hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("adviceView")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title_label = QLabel()
        self.title_label.setObjectName("adviceTitle")
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.cause_label = QLabel()
        self.cause_label.setObjectName("adviceCause")
        self.what_label = QLabel()
        self.what_label.setObjectName("adviceWhatToDo")
        self.detail_label = QLabel()
        self.detail_label.setObjectName("adviceDetail")
        self.detail_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        for label in (self.title_label, self.cause_label, self.what_label, self.detail_label):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(label)
        self.hide()

    def show_advice(self, advice: Advice, detail: str = "") -> None:
        self.title_label.setText(advice.title)
        self.title_label.setStyleSheet(f"color: {warning_color(self)};")
        self.cause_label.setText(advice.cause)
        self.what_label.setText(self.tr("What to do: {action}").format(action=advice.what_to_do))
        self.detail_label.setText(self.tr("Details: {detail}").format(detail=detail) if detail else "")
        self.detail_label.setVisible(bool(detail))
        self.show()

    def show_error(self, error: BaseException) -> None:
        advice = advice_for(error)
        detail = redact_text(str(error))
        # The generic advice already carries the message as its cause; do not repeat it.
        self.show_advice(advice, "" if detail == advice.cause else detail)

    def clear(self) -> None:
        self.hide()
        for label in (self.title_label, self.cause_label, self.what_label, self.detail_label):
            label.setText("")

    def text(self) -> str:
        """Everything shown, as one text (for tests and for copying into a support e-mail)."""
        parts = (self.title_label, self.cause_label, self.what_label, self.detail_label)
        return "\n".join(label.text() for label in parts if label.text())
