from __future__ import annotations

import hashlib
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import select, text

from invoicedesk.store.backups import list_backups, prune_backups
from invoicedesk.store.database import Database, sqlite_url
from invoicedesk.store.errors import DatabaseOpenError, NewerDatabaseError
from invoicedesk.store.migrate import head_revision
from invoicedesk.store.models import Base, CompanyModel, OrderModel
from invoicedesk.store.repositories.orders import OrderRepository

SCHEMAS = Path(__file__).resolve().parents[2] / "fixtures" / "schemas"
RELEASED_DUMPS = sorted(SCHEMAS.glob("[0-9][0-9][0-9][0-9].sql"))


def _sha256(file: Path) -> str:
    return hashlib.sha256(file.read_bytes()).hexdigest()


def _database_from_dump(dump: Path, file: Path) -> Path:
    with sqlite3.connect(file) as connection:
        connection.executescript(dump.read_text(encoding="utf-8"))
    connection.close()
    return file


def test_a_fresh_database_matches_the_models_exactly(database: Database) -> None:
    with database.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert context.get_current_heads() == (head_revision(),)
        assert compare_metadata(context, Base.metadata) == []


def test_there_is_a_dump_for_the_first_released_schema() -> None:
    assert [dump.stem for dump in RELEASED_DUMPS][:1] == ["0001"]


@pytest.mark.parametrize("dump", RELEASED_DUMPS, ids=lambda dump: dump.stem)
def test_each_released_schema_upgrades_to_head_with_its_data(dump: Path, tmp_path: Path) -> None:
    file = _database_from_dump(dump, tmp_path / "old.sqlite3")
    database = Database.open(sqlite_url(file), backups_dir=tmp_path / "backups")
    try:
        with database.engine.connect() as connection:
            assert MigrationContext.configure(connection).get_current_heads() == (head_revision(),)
        with database.read_session() as session:
            company = session.scalars(select(CompanyModel)).one()
            assert (company.name, company.vat_id, company.bank_accounts[0].iban) == (
                "Fixture s.r.o.",
                "CZ27082440",
                "CZ6508000000192000145399",
            )
            order = OrderRepository(session).get_by_external_id(company.id, "ORD-1")
            stored = session.scalars(select(OrderModel)).one()
        assert order is not None and stored.total_gross == Decimal("121.0001")
        assert [
            (line.name, line.quantity, line.unit_price, line.price_includes_vat) for line in order.lines
        ] == [
            ("Widget", Decimal("2"), Decimal("50"), False),
            ("Shipping", Decimal("1"), Decimal("10.0001"), True),
        ]
        assert (order.buyer.name, order.buyer.id, order.payment_method, order.note) == (
            "Odběratel a.s.",
            1,
            "card",
            "fragile",
        )
    finally:
        database.dispose()


def test_an_existing_database_is_backed_up_before_it_is_migrated(tmp_path: Path) -> None:
    file = _database_from_dump(SCHEMAS / "0001.sql", tmp_path / "old.sqlite3")
    backups = tmp_path / "backups"
    Database.open(sqlite_url(file), backups_dir=backups).dispose()
    [backup] = list_backups(backups)
    assert backup.name.endswith(f"-before-{head_revision()}.sqlite3")
    with sqlite3.connect(f"file:{backup}?mode=ro", uri=True) as copy:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
        assert copy.execute("SELECT external_id, total_gross FROM orders").fetchall() == [("ORD-1", 1210001)]
    copy.close()
    # Opening an up-to-date database takes no further backup.
    Database.open(sqlite_url(file), backups_dir=backups).dispose()
    assert list_backups(backups) == [backup]


def test_only_the_newest_ten_backups_are_kept(tmp_path: Path) -> None:
    names = [f"invoicedesk-20250101T0000{index:02d}000000Z-before-0002.sqlite3" for index in range(13)]
    for name in reversed(names):
        (tmp_path / name).write_bytes(b"x")
    (tmp_path / "notes.txt").write_text("not a backup")
    removed = prune_backups(tmp_path, keep=10)
    assert removed == [tmp_path / name for name in names[:3]]
    assert len(list_backups(tmp_path)) == 10
    assert (tmp_path / "notes.txt").exists()


def test_a_database_from_a_newer_version_is_refused_and_left_untouched(tmp_path: Path) -> None:
    file = tmp_path / "newer.sqlite3"
    Database.open(sqlite_url(file), backups_dir=tmp_path / "backups").dispose()
    with sqlite3.connect(file) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    for leftover in tmp_path.glob("newer.sqlite3-*"):
        leftover.unlink()
    before = _sha256(file)
    with pytest.raises(NewerDatabaseError) as raised:
        Database.open(sqlite_url(file), backups_dir=tmp_path / "backups")
    message = str(raised.value)
    assert "newer InvoiceDesk (schema 9999)" in message and "Nothing was changed" in message
    assert _sha256(file) == before
    assert list_backups(tmp_path / "backups") == []


def test_a_postgres_database_from_a_newer_version_is_refused(
    postgres_schema_url: str, tmp_path: Path
) -> None:
    Database.open(postgres_schema_url, backups_dir=tmp_path).dispose()
    database = Database(postgres_schema_url)
    try:
        with database.engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    finally:
        database.dispose()
    with pytest.raises(NewerDatabaseError, match="schema 9999"):
        Database.open(postgres_schema_url, backups_dir=tmp_path)
    database = Database(postgres_schema_url)
    try:
        with database.engine.connect() as connection:
            assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == "9999"
    finally:
        database.dispose()


def test_a_file_that_is_not_a_database_is_refused_with_advice(tmp_path: Path) -> None:
    file = tmp_path / "invoicedesk.sqlite3"
    file.write_bytes(b"these are not the pages you are looking for" * 100)
    before = _sha256(file)
    with pytest.raises(DatabaseOpenError, match="not an InvoiceDesk database"):
        Database.open(sqlite_url(file), backups_dir=tmp_path / "backups")
    assert _sha256(file) == before


def test_another_programs_database_is_refused(tmp_path: Path) -> None:
    file = tmp_path / "other.sqlite3"
    with sqlite3.connect(file) as connection:
        connection.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY)")
    connection.close()
    with pytest.raises(DatabaseOpenError, match="belongs to another program"):
        Database.open(sqlite_url(file), backups_dir=tmp_path / "backups")


def test_a_migration_that_would_leave_broken_references_changes_nothing(tmp_path: Path) -> None:
    file = _database_from_dump(SCHEMAS / "0001.sql", tmp_path / "old.sqlite3")
    with sqlite3.connect(file) as connection:  # foreign keys are off by default in a plain connection
        connection.execute(
            "INSERT INTO order_lines (order_id, position, name, sku, quantity, unit, unit_price, vat_rate, "
            "price_includes_vat) VALUES (999, 1, 'orphan', '', 10000, 'ks', 10000, 210000, 0)"
        )
    connection.close()
    with pytest.raises(DatabaseOpenError, match="broken references"):
        Database.open(sqlite_url(file), backups_dir=tmp_path / "backups")
    with sqlite3.connect(file) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
    connection.close()
