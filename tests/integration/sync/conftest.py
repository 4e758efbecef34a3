"""A company with issued documents and a Fakturoid connection pointed at the local emulator."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from invoicedesk.app.companies import add_company
from invoicedesk.app.connections import add_connection
from invoicedesk.app.documents import issue_from_order
from invoicedesk.app.order_import import import_orders
from invoicedesk.app.orders import list_orders
from invoicedesk.app.paging import PageRequest
from invoicedesk.app.series import add_series
from invoicedesk.connectors.contract import BuildOptions
from invoicedesk.connectors.http import RetryPolicy, Timeouts
from invoicedesk.core.documents import BankAccount, Company, Country, DocumentType
from invoicedesk.sandbox.fakturoid import FakturoidEmulator

RESOURCES = Path(__file__).resolve().parents[3] / "resources"

FAST = BuildOptions(
    timeouts=Timeouts(connect=2, read=3),
    retry=RetryPolicy(attempts=2, base_delay=0.01, max_delay=0.05, max_wait=2),
    sleep=lambda seconds: None,
    reconcile_delay=0.0,
    share_rate_limiter=False,
)


@dataclass
class Setup:
    company: Company
    connection_id: int
    document_ids: list[int]
    emulator: FakturoidEmulator


@pytest.fixture
def emulator() -> Iterator[FakturoidEmulator]:
    with FakturoidEmulator(pdf_delay_seconds=0.0) as running:
        yield running


@pytest.fixture
def setup(app_context, emulator) -> Setup:
    company = add_company(
        app_context,
        Company(
            name="Pražírna s.r.o.",
            country=Country.CZ,
            registration_id="27082440",
            vat_id="CZ27082440",
            bank_accounts=[BankAccount(iban="CZ6508000000192000145399")],
        ),
    )
    result = import_orders(app_context, RESOURCES / "orders-sample.csv", company.id)
    assert not result.problems, result.problems
    credentials = emulator.demo_credentials()
    connection = add_connection(
        app_context,
        company.id,
        "fakturoid",
        {"slug": credentials["slug"], "email": credentials["email"], "base_url": emulator.base_url},
        {"client_id": credentials["client_id"], "client_secret": credentials["client_secret"]},
    )
    series = add_series(app_context, company.id, doc_type=DocumentType.INVOICE, pattern="FV{YYYY}/{NNNN}")
    orders = [r for r in list_orders(app_context, company.id, PageRequest(sort="external_id")).rows]
    document_ids = [
        issue_from_order(
            app_context,
            row.id,
            doc_type=DocumentType.INVOICE,
            series_id=series.id,
            issue_date=dt.date(2026, 11, 2),
        ).id
        for row in orders
        if row.currency == "CZK"
    ]
    return Setup(company, connection.id, document_ids, emulator)
