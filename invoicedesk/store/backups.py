"""Consistent copies of the SQLite database, taken with SQLite's online backup API.

A plain file copy of a database in WAL mode can miss committed pages that still sit in the -wal file, or catch
a half-written page; the backup API copies a consistent snapshot even while another process writes.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

BACKUP_PREFIX = "invoicedesk-"
BACKUP_SUFFIX = ".sqlite3"
BACKUPS_KEPT = 10


def read_only_uri(file: Path) -> str:
    return file.resolve().as_uri().replace("file://", "file:", 1) + "?mode=ro"


def backup_sqlite(file: Path, backups_dir: Path, *, label: str, keep: int = BACKUPS_KEPT) -> Path:
    """Copy `file` to backups_dir/invoicedesk-<UTC timestamp>-<label>.sqlite3; keep the newest `keep`."""
    backups_dir.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = backups_dir / f"{BACKUP_PREFIX}{stamp}-{label}{BACKUP_SUFFIX}"
    partial = target.with_name(target.name + ".partial")
    source = sqlite3.connect(read_only_uri(file), uri=True)
    try:
        destination = sqlite3.connect(partial)
        try:
            source.backup(destination)
        finally:
            destination.close()
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        source.close()
    # Only a finished copy gets the final name, so a crash never leaves something that looks like a backup.
    partial.replace(target)
    prune_backups(backups_dir, keep=keep)
    return target


def list_backups(backups_dir: Path) -> list[Path]:
    """Backups, oldest first (the UTC timestamp in the name sorts chronologically)."""
    if not backups_dir.is_dir():
        return []
    return sorted(
        path
        for path in backups_dir.iterdir()
        if path.name.startswith(BACKUP_PREFIX) and path.name.endswith(BACKUP_SUFFIX)
    )


def prune_backups(backups_dir: Path, *, keep: int = BACKUPS_KEPT) -> list[Path]:
    backups = list_backups(backups_dir)
    removed = backups[: max(len(backups) - keep, 0)]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed
