"""The database handle: engine, sessions, and the per-connection settings each engine needs.

SQLite (the default, one file in the data folder) and PostgreSQL (an office sharing one database) run the same
models and the same migrations.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session, sessionmaker

from invoicedesk.store.errors import DatabaseOpenError

SQLITE_BUSY_TIMEOUT_MS = 10_000
POSTGRES_CONNECT_TIMEOUT_S = 10
_BEGIN_MODE_OPTION = "invoicedesk_sqlite_begin"


def sqlite_url(path: Path) -> str:
    return URL.create("sqlite+pysqlite", database=str(path)).render_as_string()


def normalise_database_url(url: str) -> URL:
    """Accept the spellings people paste (postgres://, postgresql://); pin the driver we ship (psycopg 3)."""
    try:
        parsed = make_url(url.strip())
    except ArgumentError as exc:
        raise DatabaseOpenError(
            f"The database URL {url!r} is not valid. Use postgresql://user:password@host:5432/database "
            "or leave it out to use the local SQLite file."
        ) from exc
    backend = parsed.get_backend_name()
    if backend in ("postgresql", "postgres"):
        return parsed.set(drivername="postgresql+psycopg")
    if backend == "sqlite":
        return parsed.set(drivername="sqlite+pysqlite")
    raise DatabaseOpenError(
        f"InvoiceDesk cannot use a {backend!r} database. Use postgresql://… or the local SQLite file."
    )


def _on_sqlite_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Take transaction control away from the sqlite3 module (it would not wrap DDL in a transaction and always
    # begins lazily); the "begin" listener below issues BEGIN itself.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    finally:
        cursor.close()


def _on_sqlite_begin(connection: Any) -> None:
    mode = connection.get_execution_options().get(_BEGIN_MODE_OPTION, "DEFERRED")
    connection.exec_driver_sql(f"BEGIN {mode}")


class Database:
    """Owns the engine. `session()` is the unit of work: it commits on success and rolls back on any error."""

    def __init__(self, url: str | URL, *, echo: bool = False) -> None:
        self.url = normalise_database_url(str(url) if isinstance(url, str) else url.render_as_string(False))
        self.is_sqlite = self.url.get_backend_name() == "sqlite"
        if self.is_sqlite:
            self.engine: Engine = create_engine(
                self.url, echo=echo, connect_args={"check_same_thread": False}, pool_pre_ping=False
            )
            event.listen(self.engine, "connect", _on_sqlite_connect)
            event.listen(self.engine, "begin", _on_sqlite_begin)
            # A writer takes the write lock when its transaction starts. Taking it later (at the first write
            # after reads) can fail at once with SQLITE_BUSY in WAL mode instead of waiting for busy_timeout.
            write_bind = self.engine.execution_options(**{_BEGIN_MODE_OPTION: "IMMEDIATE"})
        else:
            self.engine = create_engine(
                self.url,
                echo=echo,
                pool_pre_ping=True,
                connect_args={"connect_timeout": POSTGRES_CONNECT_TIMEOUT_S},
            )
            write_bind = self.engine
        self._write_sessions = sessionmaker(bind=write_bind, expire_on_commit=False)
        self._read_sessions = sessionmaker(bind=self.engine, expire_on_commit=False)

    @classmethod
    def open(cls, url: str, *, backups_dir: Path | None = None) -> Database:
        """Open the database and bring its schema up to date (see store.migrate for the safety rules)."""
        from invoicedesk.store.migrate import check_sqlite_file_before_open, migrate

        parsed = normalise_database_url(url)
        if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
            file = Path(parsed.database)
            file.parent.mkdir(parents=True, exist_ok=True)
            # Before the engine sets WAL mode (which writes to the file), make sure we may touch it at all.
            check_sqlite_file_before_open(file)
        database = cls(parsed)
        try:
            migrate(database, backups_dir)
        except BaseException:
            database.dispose()
            raise
        return database

    @property
    def display_url(self) -> str:
        return self.url.render_as_string(hide_password=True)

    @property
    def sqlite_file(self) -> Path | None:
        if self.is_sqlite and self.url.database not in (None, "", ":memory:"):
            return Path(self.url.database)
        return None

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A read-write unit of work: committed when the block ends, rolled back if it raises."""
        session = self._write_sessions()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def read_session(self) -> Iterator[Session]:
        """For queries only: never takes the SQLite write lock, so lists stay responsive during imports."""
        session = self._read_sessions()
        try:
            yield session
        finally:
            # close() ends the transaction without expiring loaded objects, so results stay readable.
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()
