"""S-SET-1: language, and where InvoiceDesk keeps its data, secrets and logs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from invoicedesk.app.context import AppContext
from invoicedesk.ui.preferences import Preferences
from invoicedesk.ui.screens.screen import Screen
from invoicedesk.ui.secret_status import SecretStoreStatus
from invoicedesk.ui.translations import LANGUAGES


class SettingsScreen(Screen):
    CODE = "S-SET-1"

    def __init__(self, preferences: Preferences, parent: QWidget | None = None):
        super().__init__(
            title=self.tr("Settings"), code=self.CODE, object_name="settingsScreen", parent=parent
        )
        self._preferences = preferences
        self._data_dir: Path | None = None
        self._log_file: Path | None = None

        self.language_box = QComboBox()
        self.language_box.setObjectName("languageBox")
        self.language_box.addItem(self.tr("Same as the system"), "")
        for code, native_name in LANGUAGES.items():
            self.language_box.addItem(native_name, code)
        self.language_box.setCurrentIndex(max(self.language_box.findData(preferences.language), 0))
        self.language_box.currentIndexChanged.connect(self._language_chosen)
        self.language_note = QLabel(self.tr("A new language applies when you restart InvoiceDesk."))
        self.language_note.setObjectName("languageNote")
        self.language_note.setWordWrap(True)

        language_group = QGroupBox(self.tr("Language"))
        language_layout = QFormLayout(language_group)
        language_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        language_layout.addRow(self.tr("Language of the window:"), self.language_box)
        language_layout.addRow(self.language_note)  # a whole row: wraps at the group's width

        opening = self.tr("Opening…")
        # Paths do not wrap; a read-only field shows them whole on demand and lets them be copied.
        self.data_dir_label = _path_field(opening, "dataDir")
        self.database_label = _path_field(opening, "database")
        self.log_file_label = _path_field(opening, "logFile")
        self.secrets_label = QLabel(opening)
        self.secrets_label.setObjectName("secretStore")
        self.secrets_label.setWordWrap(True)
        self.secrets_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_data_dir_button = _open_button(self.tr("Open folder"), self._open_data_dir)
        self.open_log_dir_button = _open_button(self.tr("Open folder"), self._open_log_dir)

        storage_group = QGroupBox(self.tr("Where your data lives"))
        storage_layout = QFormLayout(storage_group)
        storage_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        storage_layout.addRow(self.tr("Data folder:"), _row(self.data_dir_label, self.open_data_dir_button))
        storage_layout.addRow(self.tr("Database:"), self.database_label)
        storage_layout.addRow(self.tr("Passwords and API keys:"), self.secrets_label)
        storage_layout.addRow(self.tr("Log file:"), _row(self.log_file_label, self.open_log_dir_button))

        column = QVBoxLayout()
        column.addWidget(language_group)
        column.addWidget(storage_group)
        column.addStretch(1)
        self.body.addLayout(column)

    def set_paths(self, data_dir: Path, log_file: Path | None) -> None:
        self._data_dir = data_dir
        self._log_file = log_file
        self.data_dir_label.setText(str(data_dir))
        self.log_file_label.setText(str(log_file) if log_file is not None else self.tr("Not written"))
        for field in (self.data_dir_label, self.log_file_label):
            field.setCursorPosition(0)
        self.open_log_dir_button.setEnabled(log_file is not None)

    def set_context(self, context: AppContext) -> None:
        super().set_context(context)
        sqlite_file = context.database.sqlite_file
        # display_url hides the password of a shared PostgreSQL database.
        self.database_label.setText(
            str(sqlite_file) if sqlite_file is not None else context.database.display_url
        )

    def set_secret_status(self, status: SecretStoreStatus) -> None:
        self.secrets_label.setText(status.long_text())

    @Slot(int)
    def _language_chosen(self, index: int) -> None:
        self._preferences.language = str(self.language_box.itemData(index) or "")

    @Slot()
    def _open_data_dir(self) -> None:
        if self._data_dir is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._data_dir)))

    @Slot()
    def _open_log_dir(self) -> None:
        if self._log_file is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._log_file.parent)))


def _path_field(text: str, object_name: str) -> QLineEdit:
    field = QLineEdit(text)
    field.setObjectName(object_name)
    field.setReadOnly(True)
    field.setFrame(False)
    return field


def _open_button(text: str, action) -> QPushButton:
    button = QPushButton(text)
    button.clicked.connect(action)
    return button


def _row(label: QWidget, button: QPushButton) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(label, 1)
    layout.addWidget(button)
    return row
