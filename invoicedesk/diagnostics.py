"""Texts a user can send to support: a crash report and the "Copy diagnostics" report.

Both are redacted (registered secrets and credential shapes) and anonymised (the home folder and the user's
login name become "~"). A traceback lists files, lines and code, never the values of local variables,
because those are where passwords and tokens sit.
"""

from __future__ import annotations

import getpass
import locale
import os
import platform
import re
import sys
import traceback
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from types import TracebackType

from invoicedesk import APP_NAME, __version__
from invoicedesk.secrets.redaction import redact_text

QT_VERSION_KEY = "qt_version"
_LIBRARIES = ("PySide6-Essentials", "SQLAlchemy", "alembic", "keyring", "requests", "lxml", "saxonche")


def crash_report(
    exc_type: type[BaseException] | None,
    exc: BaseException | None,
    tb: TracebackType | None,
    *,
    context: dict[str, str],
) -> str:
    """The report shown in the crash dialog. Never raises: a crash handler must not crash."""
    try:
        lines = [f"{APP_NAME} crash report", ""]
        lines += _environment_lines(context)
        lines += _context_lines(context)
        lines += ["", *_traceback_lines(exc_type, exc, tb)]
        return _clean("\n".join(lines))
    except Exception as failure:
        try:
            details = "\n".join(_traceback_lines(exc_type, exc, tb))
        except Exception:
            details = exc_type.__name__ if exc_type is not None else "unknown error"
        return _clean(
            f"{APP_NAME} crash report (incomplete: {type(failure).__name__} while describing the system)\n\n"
            f"{details}"
        )


def diagnostics_report(context: dict[str, str]) -> str:
    """The report behind Help → Copy diagnostics."""
    lines = [f"{APP_NAME} diagnostics", ""]
    lines += _environment_lines(context)
    lines += ["", "Libraries:", *(f"  {name}: {_library_version(name)}" for name in _LIBRARIES)]
    lines += _context_lines(context)
    return _clean("\n".join(lines))


def _environment_lines(context: dict[str, str]) -> list[str]:
    build = "frozen build" if getattr(sys, "frozen", False) else "run from source"
    lines = [
        f"Created: {datetime.now(UTC).strftime('%Y-%m-%d %H:%M:%S')} UTC",
        f"Version: {APP_NAME} {__version__} ({build})",
        f"Python: {platform.python_version()} "
        f"({platform.python_implementation()}, {platform.architecture()[0]})",
        f"OS: {platform.platform()}",
    ]
    if context.get(QT_VERSION_KEY):
        lines.append(f"Qt: {context[QT_VERSION_KEY]}")
    lines += [
        f"Executable: {sys.executable}",
        f"Locale: {_locale_name()}; file system encoding {sys.getfilesystemencoding()}",
    ]
    return lines


def _context_lines(context: dict[str, str]) -> list[str]:
    items = [(key, value) for key, value in context.items() if key != QT_VERSION_KEY]
    if not items:
        return []
    return ["", "Context:", *(f"  {key}: {value}" for key, value in items)]


def _traceback_lines(
    exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
) -> list[str]:
    if exc is None:
        name = exc_type.__name__ if exc_type is not None else "Unknown error"
        return [f"{name} (no details were given)"]
    # capture_locals stays False (the default): the values of variables never enter the report.
    formatted = traceback.format_exception(type(exc), exc, tb)
    return "".join(formatted).rstrip("\n").splitlines()


def _library_version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "not installed"


def _locale_name() -> str:
    try:
        language, encoding = locale.getlocale()
    except ValueError:
        return "unknown"
    return f"{language or 'unknown'} ({encoding or 'unknown encoding'})"


def _clean(text: str) -> str:
    return _anonymise(redact_text(text))


def _home_folders() -> list[str]:
    candidates = {os.path.expanduser("~"), os.environ.get("USERPROFILE", ""), os.environ.get("HOME", "")}
    for candidate in list(candidates):
        if candidate:
            try:
                candidates.add(str(Path(candidate).resolve()))
            except OSError:
                pass
    folders = set()
    for candidate in candidates:
        stripped = candidate.rstrip("/\\")
        # A home of "/" or "C:\" would turn every path separator into "~".
        if len(stripped) > 3:
            folders |= {stripped, stripped.replace("\\", "/"), stripped.replace("/", "\\")}
    return sorted(folders, key=len, reverse=True)


def _user_name() -> str | None:
    try:
        name = getpass.getuser()
    except Exception:  # no user name in this environment: nothing to hide
        return None
    return name if name and len(name) >= 2 else None


def _anonymise(text: str) -> str:
    for folder in _home_folders():
        # Windows paths ignore case, and tracebacks may spell them either way.
        text = re.sub(rf"{re.escape(folder)}(?![\w.-])", "~", text, flags=re.IGNORECASE)
    user = _user_name()
    if user:
        text = re.sub(rf"(?<![\w.-]){re.escape(user)}(?![\w-])", "~", text, flags=re.IGNORECASE)
    return text
