"""Domain documents for connector tests."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from invoicedesk.core.documents import (
    Address,
    BankAccount,
    Client,
    Company,
    Country,
    Document,
    DocumentLine,
    DocumentReference,
    DocumentType,
)


def seller() -> Company:
    return Company(name="Alfa s.r.o.", address=Address("Dlouhá 1", "Praha", "11000", "CZ"),
                   registration_id="27082440", vat_id="CZ27082440", id=1, country=Country.CZ,
                   bank_accounts=[BankAccount("CZ6508000000192000145399")])


def buyer(client_id: int | None = 42) -> Client:
    return Client(name="Beta a.s.", address=Address("Krátká 2", "Brno", "60200", "CZ"),
                  registration_id="25596641", vat_id="CZ25596641", email="nakup@beta.test", id=client_id)


def invoice(**changes) -> Document:
    values = dict(
        doc_type=DocumentType.INVOICE,
        number="FV2026/0001",
        issue_date=dt.date(2026, 3, 2),
        seller=seller(),
        buyer=buyer(),
        currency="CZK",
        lines=[
            DocumentLine("Konzultace", Decimal("2"), Decimal("1000.50"), Decimal("21"), unit="h"),
            DocumentLine("Kniha", Decimal("1"), Decimal("300"), Decimal("12"), discount=Decimal("30")),
        ],
        tax_point_date=dt.date(2026, 3, 1),
        due_date=dt.date(2026, 3, 16),
        payment_method="bank_transfer",
        order_external_id="ORD-77",
        variable_symbol="20260001",
    )
    values.update(changes)
    return Document(**values)


def credit_note(**changes) -> Document:
    values = dict(
        doc_type=DocumentType.CREDIT_NOTE,
        number="OD2026/0001",
        lines=[DocumentLine("Konzultace", Decimal("-1"), Decimal("1000.50"), Decimal("21"), unit="h")],
        corrects=DocumentReference("FV2026/0001", dt.date(2026, 3, 2)),
        correction_reason="Vrácení",
    )
    values.update(changes)
    return invoice(**values)
