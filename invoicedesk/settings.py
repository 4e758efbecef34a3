"""Where InvoiceDesk keeps its files: one data folder holding the database, archive, logs and backups.

Precedence: an explicit `--data-dir` > the INVOICEDESK_HOME environment variable > the platform's
per-user data folder. Portable installs and tests point everything elsewhere with one setting.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from invoicedesk import APP_NAME

HOME_ENV_VAR = "INVOICEDESK_HOME"
DATABASE_FILE_NAME = "invoicedesk.sqlite3"


def _created(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


@dataclass(frozen=True)
class DataPaths:
    """The data folder and its parts. Sub-folders are created the first time they are asked for, so
    that merely resolving the paths (e.g. for `--version`) never writes to disk."""

    data_dir: Path

    @property
    def database_file(self) -> Path:
        return self.data_dir / DATABASE_FILE_NAME

    @property
    def archive_dir(self) -> Path:
        return _created(self.data_dir / "archive")

    @property
    def logs_dir(self) -> Path:
        return _created(self.data_dir / "logs")

    @property
    def backups_dir(self) -> Path:
        return _created(self.data_dir / "backups")

    def ensure_data_dir(self) -> Path:
        return _created(self.data_dir)


def resolve_paths(data_dir: Path | None = None) -> DataPaths:
    if data_dir is not None:
        chosen = Path(data_dir)
    elif os.environ.get(HOME_ENV_VAR, "").strip():
        chosen = Path(os.environ[HOME_ENV_VAR].strip())
    else:
        # appauthor=False keeps Windows from nesting the folder under a vendor name
        # ("InvoiceDesk\InvoiceDesk").
        chosen = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return DataPaths(data_dir=chosen.expanduser().resolve())
