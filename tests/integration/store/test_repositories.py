from __future__ import annotations

import datetime as dt

import pytest

from invoicedesk.core.documents import Company, Country
from invoicedesk.store.database import Database
from invoicedesk.store.repositories.companies import CompanyRepository
from invoicedesk.store.repositories.connections import ConnectionRepository
from invoicedesk.store.repositories.sync_log import SyncLogRecord, SyncLogRepository

T0 = dt.datetime(2026, 1, 1, 12, 0, tzinfo=dt.UTC)


def _company_id(database: Database) -> int:
    with database.session() as session:
        return CompanyRepository(session).add(Company(name="Repo s.r.o.", country=Country.CZ)).id


def test_connections_keep_only_non_secret_settings(database: Database) -> None:
    company_id = _company_id(database)
    with database.session() as session:
        repository = ConnectionRepository(session)
        added = repository.add(company_id, "fakturoid", "Main", {"slug": "acme", "email": "a@b.example"})
        repository.update(added.id, secret_ref=f"connection:{added.id}")
        with pytest.raises(ValueError, match="keyring"):
            repository.add(company_id, "fakturoid", "Leaky", {"client_secret": "x"})
        with pytest.raises(ValueError, match="keyring"):
            repository.update(added.id, settings={"apiKey": "x"})
    with database.read_session() as session:
        [stored] = ConnectionRepository(session).list_for_company(company_id)
    assert (stored.service, stored.name, stored.settings, stored.secret_ref) == (
        "fakturoid",
        "Main",
        {"slug": "acme", "email": "a@b.example"},
        f"connection:{added.id}",
    )


def test_payment_method_mappings_are_set_and_replaced(database: Database) -> None:
    company_id = _company_id(database)
    with database.session() as session:
        repository = ConnectionRepository(session)
        connection = repository.add(company_id, "fakturoid", "Main", {})
        repository.set_payment_mapping(connection.id, "card", "card")
        repository.set_payment_mapping(connection.id, "bank_transfer", "bank")
        repository.set_payment_mapping(connection.id, "card", "credit_card")
    with database.read_session() as session:
        assert ConnectionRepository(session).payment_mappings(connection.id) == {
            "card": "credit_card",
            "bank_transfer": "bank",
        }


def test_sync_log_appends_in_batches_and_pages_newest_first(database: Database) -> None:
    records = [
        SyncLogRecord(
            at=T0 + dt.timedelta(seconds=index // 2),  # pairs share a timestamp: the id breaks the tie
            connection_id=1 + index % 2,
            service="fakturoid",
            method="POST",
            path="/api/v3/accounts/acme/invoices.json",
            status=201 if index % 5 else 503,
            outcome="ok" if index % 5 else "retry",
            duration_ms=index,
        )
        for index in range(25)
    ]
    with database.session() as session:
        assert SyncLogRepository(session).append(records, batch_size=10) == 25
    with database.read_session() as session:
        repository = SyncLogRepository(session)
        seen: list[int] = []
        before = None
        while page := repository.newest(limit=7, before=before):
            seen.extend(record.duration_ms for record in page)
            before = (page[-1].at, page[-1].id)
        assert seen == list(range(24, -1, -1))
        assert repository.count() == 25
        assert repository.count(outcome="retry") == 5
        retries = repository.newest(outcome="retry", connection_id=1)
        assert [record.duration_ms for record in retries] == [20, 10, 0]
        assert all(record.at.tzinfo is not None for record in retries)


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
@pytest.mark.parametrize(
    ("filters", "index"),
    [
        ({}, "ix_sync_log_at"),
        ({"connection_id": 3}, "ix_sync_log_connection_at"),
        ({"outcome": "retry"}, "ix_sync_log_outcome_at"),
    ],
)
def test_sync_log_pages_are_read_through_an_index_without_sorting(database: Database, filters, index) -> None:
    # A plan that walks the index in order stays instant at a million rows; a sort step would not.
    with database.read_session() as session:
        statement = SyncLogRepository(session).newest_statement(
            limit=200,
            before=(T0, 10**9),
            connection_id=filters.get("connection_id"),
            outcome=filters.get("outcome"),
        )
        compiled = statement.compile(session.get_bind(), compile_kwargs={"literal_binds": True})
        plan = " | ".join(
            row[-1] for row in session.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}")
        )
    assert index in plan, plan
    assert "TEMP B-TREE" not in plan, plan
