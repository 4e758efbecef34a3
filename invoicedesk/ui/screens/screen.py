"""What every screen of the main window shares: a title, a screen code in the corner, and the hooks the
window calls when the database opens or the company changes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from invoicedesk.app.context import AppContext


class Screen(QWidget):
    """A page of the main window. `code` is what support asks for on the phone ("I am on S-ORD-1")."""

    def __init__(self, *, title: str, code: str, object_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(object_name)
        self._title = title
        self._code = code
        self._context: AppContext | None = None
        self._company_id: int | None = None

        title_label = QLabel(title)
        title_label.setObjectName("screenTitle")
        font = QFont(title_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title_label.setFont(font)

        code_label = QLabel(code)
        code_label.setObjectName("screenCode")
        code_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        code_label.setToolTip(self.tr("Screen code: tell it to support so they know where you are."))
        code_label.setForegroundRole(
            QPalette.ColorRole.PlaceholderText
        )  # there for support, quiet for the user

        header = QHBoxLayout()
        header.addWidget(title_label)
        header.addStretch(1)
        header.addWidget(code_label)

        self.body = QVBoxLayout()
        outer = QVBoxLayout(self)
        outer.addLayout(header)
        outer.addLayout(self.body, 1)

    @property
    def title(self) -> str:
        return self._title

    @property
    def code(self) -> str:
        return self._code

    @property
    def context(self) -> AppContext | None:
        return self._context

    @property
    def company_id(self) -> int | None:
        return self._company_id

    def set_context(self, context: AppContext) -> None:
        """The database is open; screens that list data may now ask for it."""
        self._context = context

    def set_company(self, company_id: int | None) -> None:
        """The company chosen in the toolbar (None: there is none yet)."""
        self._company_id = company_id

    def refresh(self) -> None:
        """Show the current data again (after an import, for instance)."""
