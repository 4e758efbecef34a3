"""Sync log rows written through the store's repository, as the connectors' recorder writes them."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterable

import pytest

from invoicedesk.app.companies import add_company
from invoicedesk.app.context import AppContext
from invoicedesk.core.documents import Company, Country
from invoicedesk.store.repositories.sync_log import SyncLogRecord, SyncLogRepository

START = dt.datetime(2025, 3, 1, 8, 0, tzinfo=dt.UTC)


def write(context: AppContext, records: Iterable[SyncLogRecord]) -> int:
    with context.database.session() as session:
        return SyncLogRepository(session).append(records)


def crowded_records(count: int, *, seed: int = 3, same_time: int = 7) -> list[SyncLogRecord]:
    """`count` calls, `same_time` of them at each instant, written in shuffled order so that ids do not
    follow time: only (at, id) orders them."""
    rng = random.Random(seed)
    records = [
        SyncLogRecord(
            at=START + dt.timedelta(seconds=index // same_time),
            connection_id=(index % 3) + 1,
            service=("fakturoid", "anaf")[index % 2],
            method="POST" if index % 4 == 0 else "GET",
            path=f"/api/v3/accounts/firma/invoices/{index}.json",
            status=None if index % 11 == 0 else 200,
            duration_ms=index % 900,
            outcome=("ok", "ok", "retried", "failed")[index % 4],
            error_category="network" if index % 4 == 3 else "",
            idempotency_key=f"INV-{index}",
            remote_id=str(9000 + index),
            detail=f"call {index}",
        )
        for index in range(count)
    ]
    rng.shuffle(records)
    return records


@pytest.fixture
def company(app_context) -> Company:
    return add_company(
        app_context,
        Company(name="Alfa s.r.o.", country=Country.CZ, registration_id="27082440", vat_id="CZ27082440"),
    )
