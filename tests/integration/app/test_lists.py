from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from invoicedesk.app.clients import list_clients
from invoicedesk.app.companies import add_company
from invoicedesk.app.order_import import import_orders
from invoicedesk.app.orders import get_order, list_orders
from invoicedesk.app.paging import PageRequest
from invoicedesk.core.documents import Company, Country, PaymentStatus


@pytest.fixture
def imported(app_context, company, resources) -> None:
    assert import_orders(app_context, resources / "orders-sample.csv", company.id).succeeded
    assert import_orders(app_context, resources / "orders-sample.json", company.id).succeeded


def test_orders_page_and_sort_in_sql(app_context, company, imported) -> None:
    first = list_orders(app_context, company.id, PageRequest(limit=3, sort="external_id"))
    second = list_orders(app_context, company.id, PageRequest(offset=3, limit=3, sort="external_id"))
    assert first.total == second.total == 7
    assert [row.external_id for row in first.rows + second.rows] == [
        "SHOP-2001",
        "SHOP-2002",
        "SHOP-2003",
        "WEB-1001",
        "WEB-1002",
        "WEB-1003",
    ]
    by_total = list_orders(app_context, company.id, PageRequest(sort="total_gross", descending=True, limit=2))
    assert [(row.external_id, row.total_gross) for row in by_total.rows] == [
        ("WEB-1001", Decimal("3302.94")),
        ("SHOP-2001", Decimal("2837.40")),
    ]
    by_date = list_orders(app_context, company.id, PageRequest(sort="order_date", limit=1))
    assert by_date.rows[0].order_date == dt.date(2025, 3, 3)


def test_order_search_is_case_insensitive_and_literal(app_context, company, imported) -> None:
    found = list_orders(app_context, company.id, PageRequest(search="kavárna"))
    assert sorted(row.external_id for row in found.rows) == ["SHOP-2001", "WEB-1001"]
    assert found.total == 2
    assert list_orders(app_context, company.id, PageRequest(search="%")).total == 0


def test_unknown_sort_keys_are_refused_with_the_valid_ones(app_context, company) -> None:
    with pytest.raises(ValueError, match="total_gross"):
        list_orders(app_context, company.id, PageRequest(sort="price"))
    with pytest.raises(ValueError, match="city"):
        list_clients(app_context, company.id, PageRequest(sort="vat"))


def test_orders_of_another_company_are_not_listed(app_context, company, imported) -> None:
    other = add_company(app_context, Company(name="Jiná firma", country=Country.CZ))
    assert list_orders(app_context, other.id, PageRequest()).total == 0
    assert list_clients(app_context, other.id, PageRequest()).total == 0


def test_an_order_comes_back_with_its_lines_and_buyer_snapshot(app_context, company, imported) -> None:
    [row] = list_orders(app_context, company.id, PageRequest(search="WEB-1004")).rows
    order = get_order(app_context, row.id)
    assert (order.external_id, order.payment_status, order.payment_method) == (
        "WEB-1004",
        PaymentStatus.UNPAID,
        "cash_on_delivery",
    )
    assert [
        (line.name, line.quantity, line.unit_price, line.unit, line.price_includes_vat)
        for line in order.lines
    ] == [
        ("Descaler 500 ml", Decimal("4"), Decimal("129.90"), "ks", True),
        ("Cleaning tablets", Decimal("1"), Decimal("249"), "bal", True),
    ]
    assert (order.buyer.name, order.buyer.address.city, order.buyer.is_business) == (
        "Petr Svoboda",
        "Olomouc",
        False,
    )
    with pytest.raises(LookupError, match="999999"):
        get_order(app_context, 999999)


def test_clients_list_counts_their_orders(app_context, company, imported) -> None:
    page = list_clients(app_context, company.id, PageRequest(sort="name"))
    counts = {row.name: row.order_count for row in page.rows}
    assert page.total == 6
    assert counts["Kavárna U Mostu s.r.o."] == 2
    assert counts["Jana Nováková"] == 1
    by_country = list_clients(app_context, company.id, PageRequest(sort="country", descending=True, limit=1))
    assert by_country.rows[0].country == "SK"
