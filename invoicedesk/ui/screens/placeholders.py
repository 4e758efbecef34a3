"""Screens whose features this version does not have yet: each says what it will hold, and that it is not
available, rather than showing made-up rows."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from invoicedesk.ui.screens.screen import Screen


class PlaceholderScreen(Screen):
    def __init__(
        self,
        *,
        title: str,
        code: str,
        object_name: str,
        purpose: str,
        availability: str,
        parent: QWidget | None = None,
    ):
        super().__init__(title=title, code=code, object_name=object_name, parent=parent)
        self.purpose_label = QLabel(purpose)
        self.purpose_label.setObjectName("purpose")
        self.purpose_label.setWordWrap(True)
        self.availability_label = QLabel(availability)
        self.availability_label.setObjectName("availability")
        self.availability_label.setWordWrap(True)
        font = self.availability_label.font()
        font.setBold(True)
        self.availability_label.setFont(font)

        panel = QFrame()
        panel.setObjectName("placeholderPanel")
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        panel.setMaximumWidth(640)
        panel.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        inner = QVBoxLayout(panel)
        inner.setContentsMargins(24, 24, 24, 24)
        inner.setSpacing(12)
        inner.addWidget(self.purpose_label)
        inner.addWidget(self.availability_label)

        # Side stretches centre the panel without an alignment flag, which would shrink it to its
        # size hint and cut the wrapped text short.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(panel, 4)
        row.addStretch(1)
        self.body.addStretch(1)
        self.body.addLayout(row)
        self.body.addStretch(2)
