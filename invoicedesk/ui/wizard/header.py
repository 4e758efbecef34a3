"""A dialog's title with its screen code at the right, the way the screens show theirs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget


class CodeHeader(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title_label = QLabel()
        self.title_label.setObjectName("dialogTitle")
        self.title_label.setWordWrap(True)
        font = QFont(self.title_label.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.title_label.setFont(font)
        self.code_label = QLabel()
        self.code_label.setObjectName("screenCode")
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setToolTip(self.tr("Screen code: tell it to support so they know where you are."))
        # There for support, quiet for the user.
        self.code_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title_label, 1)
        layout.addWidget(self.code_label, 0, Qt.AlignmentFlag.AlignTop)

    def set_title(self, title: str) -> None:
        self.title_label.setText(title)

    def set_code(self, code: str) -> None:
        self.code_label.setText(code)

    @property
    def code(self) -> str:
        return self.code_label.text()
