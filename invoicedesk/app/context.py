"""What every app service needs: where the files are, the database, and the secret store."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from invoicedesk.secrets.store import SecretStore, open_secret_store
from invoicedesk.settings import DataPaths, resolve_paths
from invoicedesk.store.database import Database, sqlite_url


class AppContext:
    """Paths, database and secret store of one running InvoiceDesk.

    The secret store opens on first use: listing orders or importing a file must work on a machine whose
    keyring is locked or missing; only the operations that need a secret raise KeyringUnavailableError.
    """

    def __init__(
        self,
        paths: DataPaths,
        database: Database,
        secrets: SecretStore | None = None,
        *,
        open_secrets: Callable[[], SecretStore] | None = None,
        demo: bool = False,
    ) -> None:
        self.paths = paths
        self.database = database
        self.demo = demo
        self._secrets = secrets
        self._open_secrets = open_secrets or (lambda: open_secret_store(allow_memory=demo))
        self._cleanup: list[Callable[[], None]] = []

    @property
    def secrets(self) -> SecretStore:
        if self._secrets is None:
            self._secrets = self._open_secrets()
        return self._secrets

    @classmethod
    def open(
        cls,
        *,
        data_dir: Path | None = None,
        database_url: str | None = None,
        secrets: SecretStore | None = None,
        demo: bool = False,
    ) -> AppContext:
        """Open the data folder and database (migrating it, after a backup, when needed).

        demo=True keeps secrets in memory and, unless a data folder or database is given, works in a
        temporary folder that is deleted on close(): nothing of a demo session is saved.
        """
        temporary: Path | None = None
        if demo and data_dir is None and database_url is None:
            temporary = Path(tempfile.mkdtemp(prefix="invoicedesk-demo-"))
            data_dir = temporary
        paths = resolve_paths(data_dir)
        try:
            if database_url is None:
                paths.ensure_data_dir()
                database_url = sqlite_url(paths.database_file)
            database = Database.open(database_url, backups_dir=paths.backups_dir)
        except BaseException:
            if temporary is not None:
                shutil.rmtree(temporary, ignore_errors=True)
            raise
        context = cls(paths, database, secrets, demo=demo)
        if temporary is not None:
            context._cleanup.append(lambda: shutil.rmtree(temporary, ignore_errors=True))
        return context

    def add_cleanup(self, callback: Callable[[], None]) -> None:
        """Run `callback` on close(), newest first (e.g. stop the demo's emulators before its folder goes)."""
        self._cleanup.append(callback)

    def close(self) -> None:
        self.database.dispose()
        while self._cleanup:
            self._cleanup.pop()()

    def __enter__(self) -> AppContext:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
