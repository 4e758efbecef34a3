"""The user's choices about the window itself (language, last company), kept in the data folder.

They sit next to the database rather than in the registry so that a portable install, or a test's
temporary folder, carries its own.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

PREFERENCES_FILE_NAME = "preferences.ini"


class Preferences:
    def __init__(self, data_dir: Path):
        self.file = Path(data_dir) / PREFERENCES_FILE_NAME
        self._settings = QSettings(str(self.file), QSettings.Format.IniFormat)

    @property
    def language(self) -> str:
        """A language code, or "" to follow the system."""
        return str(self._settings.value("ui/language", "") or "")

    @language.setter
    def language(self, code: str) -> None:
        self._settings.setValue("ui/language", code)
        self._settings.sync()

    @property
    def last_company_id(self) -> int | None:
        value = self._settings.value("ui/last_company_id", "")
        try:
            return int(value) if value not in ("", None) else None
        except (TypeError, ValueError):  # a hand-edited file must not stop the app from starting
            return None

    @last_company_id.setter
    def last_company_id(self, company_id: int | None) -> None:
        self._settings.setValue("ui/last_company_id", "" if company_id is None else company_id)
        self._settings.sync()
