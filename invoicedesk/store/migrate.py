"""Bring a database to this version's schema, safely.

Rules: a database written by a newer InvoiceDesk is refused and left byte-for-byte untouched; an existing
SQLite database is backed up (SQLite backup API) before any migration runs; migrations run in one
transaction, under a lock, so two instances starting together cannot both migrate.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from alembic import command
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, inspect, text

from invoicedesk.store.backups import backup_sqlite, read_only_uri
from invoicedesk.store.errors import DatabaseOpenError, NewerDatabaseError

if TYPE_CHECKING:
    from invoicedesk.store.database import Database

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
VERSION_TABLE = "alembic_version"
# Arbitrary constant naming the PostgreSQL advisory lock that serialises migrations across processes.
_PG_MIGRATION_LOCK = 0x1D_E5C0


@dataclass(frozen=True)
class MigrationOutcome:
    from_revisions: tuple[str, ...]
    to_revision: str
    backup: Path | None

    @property
    def changed(self) -> bool:
        return self.from_revisions != (self.to_revision,)


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def known_revisions() -> set[str]:
    return {script.revision for script in script_directory().walk_revisions()}


def head_revision() -> str:
    head = script_directory().get_current_head()
    assert head is not None, "the migrations folder has no revisions"
    return head


def check_sqlite_file_before_open(file: Path) -> None:
    """Refuse, without writing a byte, a file that is not a database of this or an older InvoiceDesk."""
    if not file.exists() or file.stat().st_size == 0:
        return
    try:
        connection = sqlite3.connect(read_only_uri(file), uri=True)
    except sqlite3.Error as exc:
        raise DatabaseOpenError(f"The database file {file} cannot be opened: {exc}.") from exc
    try:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        revisions = (
            [row[0] for row in connection.execute(f"SELECT version_num FROM {VERSION_TABLE}")]  # noqa: S608
            if VERSION_TABLE in tables
            else []
        )
    except sqlite3.DatabaseError as exc:
        raise DatabaseOpenError(
            f"The file {file} is not an InvoiceDesk database ({exc}). Choose another data folder, or move "
            "the file away and restore a backup from the backups folder."
        ) from exc
    finally:
        connection.close()
    _refuse_unknown(str(file), revisions, tables)


def _refuse_unknown(location: str, revisions: list[str], tables: set[str]) -> None:
    unknown = [revision for revision in revisions if revision not in known_revisions()]
    if unknown:
        raise NewerDatabaseError(location, unknown)
    if not revisions and (tables - {VERSION_TABLE}):
        raise DatabaseOpenError(
            f"The database {location} already holds tables but none of InvoiceDesk's version marks; it "
            "belongs to another program. Choose an empty database or another data folder."
        )


def migrate(database: Database, backups_dir: Path | None) -> MigrationOutcome:
    head = head_revision()
    config = alembic_config()
    write_engine = database.engine.execution_options(invoicedesk_sqlite_begin="IMMEDIATE")
    with write_engine.connect() as connection:
        if database.is_sqlite:
            # Batch migrations rebuild a SQLite table by copy, drop and rename; with foreign keys on, the drop
            # would cascade into the rows that reference it. The pragma only works outside a transaction.
            connection.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")  # type: ignore[union-attr]
        try:
            with connection.begin():
                return _migrate_in_transaction(connection, database, backups_dir, head, config)
        finally:
            if database.is_sqlite:
                connection.connection.driver_connection.execute("PRAGMA foreign_keys=ON")  # type: ignore[union-attr]


def _migrate_in_transaction(
    connection: Connection, database: Database, backups_dir: Path | None, head: str, config: Config
) -> MigrationOutcome:
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_MIGRATION_LOCK})
    # Read the revision under the lock: another instance may have migrated while we waited for it.
    current = tuple(sorted(MigrationContext.configure(connection).get_current_heads()))
    tables = set(inspect(connection).get_table_names())
    _refuse_unknown(database.display_url, list(current), tables)
    if current == (head,):
        return MigrationOutcome(current, head, None)
    backup = None
    sqlite_file = database.sqlite_file
    if current and sqlite_file is not None:
        if backups_dir is None:
            raise DatabaseOpenError("Migrating an existing database needs a backups folder.")
        backup = backup_sqlite(sqlite_file, backups_dir, label=f"before-{head}")
        log.info("Backed up %s to %s before migrating %s -> %s", sqlite_file, backup, current, head)
    config.attributes["connection"] = connection
    command.upgrade(config, "head")
    if database.is_sqlite:
        broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if broken:
            raise DatabaseOpenError(
                f"Migrating {database.display_url} would leave {len(broken)} broken references "
                f"(first: {tuple(broken[0])}); nothing was changed. Please report this."
            )
    log.info("Database schema migrated from %s to %s", current or "empty", head)
    return MigrationOutcome(current, head, backup)
