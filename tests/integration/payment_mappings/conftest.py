"""A company with a Fakturoid connection to the local emulator, and orders paid in chosen ways."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from invoicedesk.app.companies import add_company
from invoicedesk.app.connections import ConnectionInfo, add_connection
from invoicedesk.app.documents import issue_from_order
from invoicedesk.app.order_import import import_orders
from invoicedesk.app.orders import list_orders
from invoicedesk.app.paging import PageRequest
from invoicedesk.app.series import add_series
from invoicedesk.connectors.contract import BuildOptions
from invoicedesk.connectors.http import RetryPolicy, Timeouts
from invoicedesk.core.documents import BankAccount, Company, Country, DocumentType
from invoicedesk.sandbox.fakturoid import FakturoidEmulator

FAST = BuildOptions(
    timeouts=Timeouts(connect=2, read=3),
    retry=RetryPolicy(attempts=2, base_delay=0.01, max_delay=0.05, max_wait=2),
    sleep=lambda seconds: None,
    reconcile_delay=0.0,
    share_rate_limiter=False,
)

_ORDER_COLUMNS = (
    "order_id,order_date,currency,status,payment_status,payment_method,buyer_id,buyer_name,"
    "buyer_registration_id,buyer_vat_id,buyer_email,buyer_street,buyer_city,buyer_postal_code,buyer_country,"
    "buyer_is_business,line_name,line_quantity,line_unit,line_unit_price,line_vat_rate,line_price_includes_vat"
).split(",")


@pytest.fixture
def emulator() -> Iterator[FakturoidEmulator]:
    with FakturoidEmulator(pdf_delay_seconds=0.0) as running:
        yield running


@pytest.fixture
def company(app_context) -> Company:
    return add_company(app_context, Company(
        name="Pražírna s.r.o.", country=Country.CZ, registration_id="27082440", vat_id="CZ27082440",
        bank_accounts=[BankAccount(iban="CZ6508000000192000145399")]))


def fakturoid_secrets(emulator: FakturoidEmulator) -> dict[str, str]:
    credentials = emulator.demo_credentials()
    return {"client_id": credentials["client_id"], "client_secret": credentials["client_secret"]}


@pytest.fixture
def connection(app_context, company, emulator) -> ConnectionInfo:
    credentials = emulator.demo_credentials()
    return add_connection(
        app_context, company.id, "fakturoid",
        {"slug": credentials["slug"], "email": credentials["email"], "base_url": emulator.base_url},
        fakturoid_secrets(emulator))


def issue_orders_paid_by(app_context, company: Company, tmp_path: Path, methods: list[str]) -> list[int]:
    """One CZK order per payment method in `methods`, imported and issued as invoices; their document ids."""
    path = tmp_path / "orders.csv"
    with path.open("w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(_ORDER_COLUMNS)
        for number, method in enumerate(methods, start=1):
            writer.writerow([f"PM-{number}", "2026-10-30", "CZK", "paid", "paid", method, "C-77",
                             "Kavárna U Mostu s.r.o.", "25596641", "CZ25596641", "objednavky@umostu.example",
                             "Mostecká 12", "Praha 1", "118 00", "CZ", "yes", "Espresso beans 1 kg", "2",
                             "ks", "489.00", "12", "false"])
    result = import_orders(app_context, path, company.id)
    assert not result.problems, result.problems
    series = add_series(app_context, company.id, doc_type=DocumentType.INVOICE, pattern="FV{YYYY}/{NNNN}")
    orders = list_orders(app_context, company.id, PageRequest(sort="external_id")).rows
    return [issue_from_order(app_context, row.id, doc_type=DocumentType.INVOICE, series_id=series.id,
                             issue_date=dt.date(2026, 11, 2)).id
            for row in orders]


def remote_invoices(emulator: FakturoidEmulator) -> list[dict]:
    """What the emulator holds: the truth about what reached the service."""
    slug = emulator.demo_credentials()["slug"]
    with emulator.lock:
        return [dict(item) for item in emulator.store.accounts[slug].invoices.values()]


def remote_subjects(emulator: FakturoidEmulator) -> list[dict]:
    slug = emulator.demo_credentials()["slug"]
    with emulator.lock:
        return [dict(item) for item in emulator.store.accounts[slug].subjects.values()]


@pytest.fixture
def register_service(monkeypatch):
    """Register a made-up service (see fake_services) for one test only."""
    from invoicedesk.connectors import registry

    from .fake_services import factory, spec

    def register(service_id: str, source: str):
        service_spec = spec(service_id, source)
        entry = registry.ServiceEntry(service_spec, factory(service_spec))
        monkeypatch.setitem(registry._ENTRIES, service_id, entry)
        return service_spec

    return register


@pytest.fixture
def add_fake_connection(app_context, company, register_service):
    def add(source: str, api_key: str = "key-4f9a1c77e2") -> ConnectionInfo:
        service_spec = register_service(f"echo-{source.replace('_', '-')}", source)
        return add_connection(app_context, company.id, service_spec.id, {"account": "Kavárna"},
                              {"api_key": api_key})

    return add
