"""Builders of domain objects for the core tests: valid by default, overridable per test."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from invoicedesk.core.documents import (
    Address,
    Client,
    Company,
    Country,
    Document,
    DocumentLine,
    DocumentType,
    Order,
    OrderLine,
    RoundingMode,
)


def make_company(**overrides) -> Company:
    values = dict(
        name="Acme s.r.o.",
        address=Address("Národní 1", "Praha", "11000", "CZ"),
        registration_id="25596641",
        vat_id="CZ25596641",
        country=Country.CZ,
        default_currency="CZK",
    )
    values.update(overrides)
    return Company(**values)


def make_client(**overrides) -> Client:
    values = dict(
        name="Buyer a.s.",
        address=Address("Dlouhá 5", "Brno", "60200", "CZ"),
        registration_id="00006947",
        vat_id="CZ00006947",
    )
    values.update(overrides)
    return Client(**values)


def make_line(quantity="1", unit_price="100", vat_rate="21", **overrides) -> DocumentLine:
    values = dict(
        name="Widget",
        quantity=Decimal(quantity),
        unit_price=Decimal(unit_price),
        vat_rate=Decimal(vat_rate),
    )
    values.update(overrides)
    return DocumentLine(**values)


def make_document(lines=None, *, rounding=RoundingMode.PER_RATE, currency="CZK", **overrides) -> Document:
    values = dict(
        doc_type=DocumentType.INVOICE,
        number="FV2026/0001",
        issue_date=dt.date(2026, 3, 2),
        seller=make_company(),
        buyer=make_client(),
        currency=currency,
        lines=list(lines) if lines is not None else [make_line()],
        rounding=rounding,
    )
    values.update(overrides)
    return Document(**values)


def make_order(lines=None, **overrides) -> Order:
    values = dict(
        external_id="ORD-1001",
        order_date=dt.date(2026, 3, 1),
        currency="CZK",
        lines=list(lines)
        if lines is not None
        else [OrderLine("Widget", Decimal("2"), Decimal("100"), Decimal("21"))],
        buyer=make_client(),
        payment_method="card",
    )
    values.update(overrides)
    return Order(**values)
