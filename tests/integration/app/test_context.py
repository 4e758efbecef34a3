from __future__ import annotations

from pathlib import Path

import platformdirs
import pytest

from invoicedesk.app.context import AppContext
from invoicedesk.secrets.errors import KeyringUnavailableError
from invoicedesk.settings import DATABASE_FILE_NAME, resolve_paths
from invoicedesk.store.database import Database, sqlite_url


def test_data_dir_wins_over_the_environment_which_wins_over_the_platform(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("INVOICEDESK_HOME", str(tmp_path / "env"))
    assert resolve_paths(tmp_path / "explicit").data_dir == (tmp_path / "explicit").resolve()
    assert resolve_paths(None).data_dir == (tmp_path / "env").resolve()
    monkeypatch.delenv("INVOICEDESK_HOME")
    expected = Path(platformdirs.user_data_dir("InvoiceDesk", appauthor=False)).resolve()
    assert resolve_paths(None).data_dir == expected


def test_resolving_paths_writes_nothing_until_a_folder_is_needed(tmp_path) -> None:
    paths = resolve_paths(tmp_path / "data")
    assert paths.database_file == (tmp_path / "data" / DATABASE_FILE_NAME).resolve()
    assert not (tmp_path / "data").exists()
    assert paths.logs_dir.is_dir() and paths.logs_dir.name == "logs"
    assert paths.archive_dir.is_dir() and paths.backups_dir.is_dir()


def test_opening_creates_the_database_in_the_data_folder(tmp_path) -> None:
    context = AppContext.open(data_dir=tmp_path / "data", demo=True)
    try:
        assert context.paths.database_file.is_file()
        assert context.database.sqlite_file == context.paths.database_file
    finally:
        context.close()
    assert (tmp_path / "data" / DATABASE_FILE_NAME).is_file()  # a named folder is kept, even in demo mode


def test_a_missing_keyring_only_matters_when_a_secret_is_needed(tmp_path) -> None:
    attempts = []

    def no_keyring():
        attempts.append(1)
        raise KeyringUnavailableError("no keyring here", reasons=["none"], advice="install one")

    paths = resolve_paths(tmp_path)
    database = Database.open(sqlite_url(paths.database_file), backups_dir=paths.backups_dir)
    context = AppContext(paths, database, open_secrets=no_keyring)
    try:
        assert attempts == []
        with pytest.raises(KeyringUnavailableError, match="no keyring here"):
            _ = context.secrets
    finally:
        context.close()


def test_demo_mode_without_a_folder_saves_nothing(tmp_path) -> None:
    context = AppContext.open(demo=True)
    folder = context.paths.data_dir
    try:
        assert context.secrets.is_ephemeral
        assert folder.is_dir() and context.paths.database_file.is_file()
    finally:
        context.close()
    assert not folder.exists()
