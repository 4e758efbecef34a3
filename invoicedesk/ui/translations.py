"""Which language the window speaks, and loading its compiled Qt translations.

English is the source language; each language, English included (for its plural forms), has one compiled
catalog per area of the window, `i18n/<area>_<code>.qm` (`invoicedesk_<code>.qm` for the shell, e.g.
`documents_<code>.qm` for the Documents screen), compiled with `pyside6-lrelease` from the `.ts` beside it.
Areas keep their own catalogs so that work on one screen never edits another screen's translations.
Qt's own strings (standard buttons, file dialogs) come from Qt's `qtbase_<code>.qm`.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

I18N_DIR = Path(__file__).resolve().parent / "i18n"
SOURCE_LANGUAGE = "en"
# Each language is named in itself, so a user can find theirs even in a language they cannot read.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "cs": "Čeština",
    "sk": "Slovenčina",
    "pl": "Polski",
    "ro": "Română",
}


def resolve_language(preferred: str = "", system: QLocale | None = None) -> str:
    """The preferred language if InvoiceDesk has it, else the system's, else English."""
    if preferred in LANGUAGES:
        return preferred
    locale = system if system is not None else QLocale.system()
    for name in locale.uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def translation_file(language: str) -> Path:
    """The shell's catalog: the one that must exist for the language to count as available."""
    return I18N_DIR / f"invoicedesk_{language}.qm"


def translation_files(language: str) -> list[Path]:
    """Every area's catalog for the language, the shell's first."""
    shell = translation_file(language)
    return [shell, *sorted(p for p in I18N_DIR.glob(f"*_{language}.qm") if p != shell)]


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the app's and Qt's translators; the caller keeps the list alive as long as the app.

    English is loaded too: its file holds only the plural forms ("1 order", "2 orders").
    """
    installed: list[QTranslator] = []
    sources = [(path, path == translation_file(language)) for path in translation_files(language)]
    if language != SOURCE_LANGUAGE:
        qt_translations = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        sources.append((qt_translations / f"qtbase_{language}.qm", False))
    for path, required in sources:
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            installed.append(translator)
        elif required:
            log.warning("Translation %s could not be loaded; the window stays in English", path)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
