"""What the Documents tests stand on: a company with issued documents and a Fakturoid connection that points
at the local emulator, all made with the app services the window calls; and helpers to read the screen.

(It holds no tests itself; the Documents test modules build their fixtures from `open_shop`.)
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from invoicedesk.app.companies import add_company
from invoicedesk.app.connections import add_connection
from invoicedesk.app.context import AppContext
from invoicedesk.app.documents import issue_from_order
from invoicedesk.app.order_import import import_orders
from invoicedesk.app.orders import list_orders
from invoicedesk.app.paging import PageRequest
from invoicedesk.app.series import add_series
from invoicedesk.core.documents import BankAccount, Company, Country, DocumentType
from invoicedesk.sandbox.fakturoid import FakturoidEmulator
from invoicedesk.secrets.memory import MemoryKeyring
from invoicedesk.secrets.store import SecretStore
from invoicedesk.ui.screens.documents import DocumentsScreen
from tests.ui.desk import SAMPLE_ORDERS

ISSUED_ON = dt.date(2026, 3, 5)


@dataclass
class Shop:
    context: AppContext
    company: Company
    connection_id: int
    series_id: int
    document_ids: list[int]  # FV2026/0001, FV2026/0002, … in order-number order
    emulator: FakturoidEmulator


def open_shop(root: Path, emulator: FakturoidEmulator, *, documents: int = 2) -> Shop:
    """A Czech shop with the sample orders, an invoice series, `documents` invoices and a Fakturoid
    connection to `emulator` (already started). The caller closes `shop.context`."""
    context = AppContext.open(data_dir=root / "data", secrets=SecretStore(MemoryKeyring()))
    company = add_company(
        context,
        Company(
            name="Pražírna s.r.o.",
            country=Country.CZ,
            registration_id="27082440",
            vat_id="CZ27082440",
            bank_accounts=[BankAccount(iban="CZ6508000000192000145399")],
        ),
    )
    assert company.id is not None
    result = import_orders(context, SAMPLE_ORDERS, company.id)
    assert not result.problems, result.problems
    credentials = emulator.demo_credentials()
    connection = add_connection(
        context,
        company.id,
        "fakturoid",
        {"slug": credentials["slug"], "email": credentials["email"], "base_url": emulator.base_url},
        {"client_id": credentials["client_id"], "client_secret": credentials["client_secret"]},
    )
    series = add_series(context, company.id, doc_type=DocumentType.INVOICE, pattern="FV{YYYY}/{NNNN}")
    orders = list_orders(context, company.id, PageRequest(sort="external_id")).rows
    document_ids = [
        issue_from_order(
            context, row.id, doc_type=DocumentType.INVOICE, series_id=series.id, issue_date=ISSUED_ON
        ).id
        for row in [row for row in orders if row.currency == "CZK"][:documents]
    ]
    return Shop(context, company, connection.id, series.id, document_ids, emulator)


def list_texts(screen: DocumentsScreen, column: int) -> list[str]:
    model = screen.model
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def row_of(screen: DocumentsScreen, number: str) -> int:
    return list_texts(screen, 0).index(number)


def sync_text(screen: DocumentsScreen, number: str) -> str:
    return list_texts(screen, 6)[row_of(screen, number)]


def settle(qtbot, screen: DocumentsScreen) -> None:
    """Wait until the list has answered and no page, detail or send is on its way."""
    qtbot.waitUntil(
        lambda: (
            screen.model.has_loaded
            and not screen.model.is_loading
            and not screen.busy
            and screen.runner.pending_count == 0
        ),
        timeout=20_000,
    )
