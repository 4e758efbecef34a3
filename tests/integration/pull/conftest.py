"""A company with clients, issued documents and a Fakturoid connection to the emulator on 127.0.0.1."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from invoicedesk.app.companies import add_company
from invoicedesk.app.connections import add_connection
from invoicedesk.app.documents import issue_from_order
from invoicedesk.app.order_import import import_orders
from invoicedesk.app.orders import list_orders
from invoicedesk.app.paging import PageRequest
from invoicedesk.app.series import add_series
from invoicedesk.app.sync import enqueue_push, run_connection
from invoicedesk.connectors.contract import BuildOptions
from invoicedesk.connectors.http import RetryPolicy, Timeouts
from invoicedesk.core.documents import BankAccount, Company, Country, DocumentType
from invoicedesk.sandbox.fakturoid import FakturoidEmulator
from invoicedesk.sync.lane import LanePolicy

RESOURCES = Path(__file__).resolve().parents[3] / "resources"

FAST = BuildOptions(
    timeouts=Timeouts(connect=2, read=3),
    retry=RetryPolicy(attempts=2, base_delay=0.01, max_delay=0.05, max_wait=2),
    sleep=lambda seconds: None,
    reconcile_delay=0.0,
    share_rate_limiter=False,
)


@dataclass
class Desk:
    ctx: Any
    company: Company
    connection_id: int
    emulator: FakturoidEmulator
    series_id: int

    @property
    def account(self):
        return self.emulator.store.accounts[self.emulator.demo_credentials()["slug"]]

    def invoice_list_calls(self) -> int:
        return len(self.emulator.journal_entries("GET", r"/invoices\.json$"))

    def subject_list_calls(self) -> int:
        return len(self.emulator.journal_entries("GET", r"/subjects\.json$"))

    def edit_invoice(self, remote_id: str, **changes: Any) -> dict[str, Any]:
        """Change an invoice in the emulator's store as a person would in Fakturoid: it counts as a change."""
        invoice = self.account.invoices[int(remote_id)]
        with self.emulator.mutate():
            invoice.update(changes)
            invoice["updated_at"] = self.emulator.now() + 0.001
        return invoice

    def issue_and_send(self) -> list[int]:
        """Issue an invoice for every CZK order and push them all; returns the document ids."""
        orders = list_orders(self.ctx, self.company.id, PageRequest(sort="external_id")).rows
        document_ids = [
            issue_from_order(self.ctx, row.id, doc_type=DocumentType.INVOICE, series_id=self.series_id,
                             issue_date=dt.date(2026, 11, 2)).id
            for row in orders if row.currency == "CZK"
        ]
        for document_id in document_ids:
            enqueue_push(self.ctx, document_id, self.connection_id)
        report = run_connection(self.ctx, self.connection_id, options=FAST,
                                policy=LanePolicy(archive_pdf=False))
        assert len(report.done) == len(document_ids), report
        return document_ids


@pytest.fixture
def emulator() -> Iterator[FakturoidEmulator]:
    with FakturoidEmulator(pdf_delay_seconds=0.0) as running:
        yield running


@pytest.fixture
def desk(app_context, emulator) -> Desk:
    company = add_company(
        app_context,
        Company(name="Pražírna s.r.o.", country=Country.CZ, registration_id="27082440", vat_id="CZ27082440",
                bank_accounts=[BankAccount(iban="CZ6508000000192000145399")]),
    )
    result = import_orders(app_context, RESOURCES / "orders-sample.csv", company.id)
    assert not result.problems, result.problems
    credentials = emulator.demo_credentials()
    connection = add_connection(
        app_context, company.id, "fakturoid",
        {"slug": credentials["slug"], "email": credentials["email"], "base_url": emulator.base_url},
        {"client_id": credentials["client_id"], "client_secret": credentials["client_secret"]},
    )
    series = add_series(app_context, company.id, doc_type=DocumentType.INVOICE, pattern="FV{YYYY}/{NNNN}")
    return Desk(app_context, company, connection.id, emulator, series.id)
