from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError, StatementError

from invoicedesk.core.documents import Company, Country
from invoicedesk.store.database import Database, normalise_database_url, sqlite_url
from invoicedesk.store.errors import DatabaseOpenError
from invoicedesk.store.models import CompanyModel, OrderLineModel, OrderModel
from invoicedesk.store.repositories.companies import CompanyRepository

# Values a float would change: more digits than a double holds, tenths, the smallest unit, big negatives.
EXACT_AMOUNTS = [
    Decimal("0.1"),
    Decimal("0.0001"),
    Decimal("-0.0001"),
    Decimal("12345678901234.5678"),
    Decimal("-99999999999999.9999"),
    Decimal("1E+2"),
    Decimal("33.3333"),
]


def _company(session, name: str = "Acme s.r.o.") -> int:
    return CompanyRepository(session).add(Company(name=name, country=Country.CZ, default_currency="CZK")).id


def _order_row(company_id: int, external_id: str, total: Decimal) -> OrderModel:
    return OrderModel(
        company_id=company_id,
        external_id=external_id,
        order_date=dt.date(2025, 1, 1),
        currency="CZK",
        buyer_name="B",
        buyer={},
        total_gross=total,
        line_count=0,
        content_hash="0" * 64,
    )


def test_sqlite_connections_get_wal_foreign_keys_and_busy_timeout(tmp_path: Path) -> None:
    database = Database.open(sqlite_url(tmp_path / "a.sqlite3"), backups_dir=tmp_path / "b")
    try:
        with database.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 10000
    finally:
        database.dispose()


@pytest.mark.parametrize(
    ("given", "driver"),
    [
        ("postgresql://u:p@localhost/db", "postgresql+psycopg"),
        ("postgres://u:p@localhost/db", "postgresql+psycopg"),
        ("postgresql+psycopg2://u:p@localhost/db", "postgresql+psycopg"),
        ("sqlite:///x.sqlite3", "sqlite+pysqlite"),
    ],
)
def test_database_urls_are_normalised_to_the_shipped_drivers(given: str, driver: str) -> None:
    assert normalise_database_url(given).drivername == driver


@pytest.mark.parametrize("bad", ["mysql://u@h/db", "not a url"])
def test_unsupported_database_urls_are_refused_with_advice(bad: str) -> None:
    with pytest.raises(DatabaseOpenError, match="postgresql://"):
        normalise_database_url(bad)


def test_display_url_hides_the_password() -> None:
    database = Database("postgresql://user:s3cr3t-pass@localhost/db")
    try:
        assert "s3cr3t-pass" not in database.display_url
    finally:
        database.dispose()


def test_decimals_round_trip_exactly_and_sort_numerically(database: Database) -> None:
    with database.session() as session:
        company_id = _company(session)
        for index, amount in enumerate(EXACT_AMOUNTS):
            session.add(_order_row(company_id, f"O{index}", amount))
    with database.read_session() as session:
        stored = session.scalars(select(OrderModel.total_gross).order_by(OrderModel.external_id)).all()
        ordered = session.scalars(select(OrderModel.total_gross).order_by(OrderModel.total_gross)).all()
        total = session.scalar(select(text("1")).select_from(OrderModel).limit(1))
    assert stored == EXACT_AMOUNTS
    assert all(isinstance(value, Decimal) for value in stored)
    assert ordered == sorted(EXACT_AMOUNTS)
    assert total == 1


def test_sql_sums_of_money_stay_exact(database: Database) -> None:
    from sqlalchemy import func

    with database.session() as session:
        company_id = _company(session)
        for index in range(10):
            session.add(_order_row(company_id, f"O{index}", Decimal("0.1")))
    with database.read_session() as session:
        assert session.scalar(select(func.sum(OrderModel.total_gross))) == Decimal("1.0")


def test_floats_and_extra_decimal_places_are_refused_not_rounded(database: Database) -> None:
    with pytest.raises(StatementError, match="Decimal, not float"), database.session() as session:
        session.add(_order_row(_company(session), "F", 0.1))  # type: ignore[arg-type]
    with pytest.raises(StatementError, match="more than 4 decimal places"), database.session() as session:
        session.add(_order_row(_company(session, "Other"), "G", Decimal("1.00001")))
    with database.read_session() as session:
        assert session.scalars(select(CompanyModel.name)).all() == []


def test_a_failing_unit_of_work_leaves_nothing_behind(database: Database) -> None:
    with pytest.raises(RuntimeError), database.session() as session:
        _company(session, "Half done")
        raise RuntimeError("crash in the middle")
    with database.read_session() as session:
        assert session.scalars(select(CompanyModel)).all() == []


def test_foreign_keys_are_enforced(database: Database) -> None:
    with pytest.raises(IntegrityError), database.session() as session:
        session.add(
            OrderLineModel(
                order_id=424242,
                position=1,
                name="x",
                quantity=Decimal(1),
                unit_price=Decimal(1),
                vat_rate=Decimal(21),
            )
        )
        session.flush()


def test_timestamps_come_back_as_aware_utc(database: Database) -> None:
    with database.session() as session:
        company_id = _company(session)
    with database.read_session() as session:
        created = session.get(CompanyModel, company_id).created_at
    assert created.tzinfo is not None and created.utcoffset() == dt.timedelta(0)
    assert abs(dt.datetime.now(dt.UTC) - created) < dt.timedelta(minutes=5)
