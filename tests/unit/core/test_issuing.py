import datetime as dt
from decimal import Decimal

import pytest

from invoicedesk.core.documents import (
    Address,
    Country,
    DocumentType,
    OrderLine,
    RoundingMode,
    VatCategory,
)
from invoicedesk.core.errors import DomainValidationError
from invoicedesk.core.issuing import EXEMPTION_REASONS, document_from_order, vat_category_for
from invoicedesk.core.totals import compute_totals
from tests.unit.core.builders import make_client, make_company, make_order

D = Decimal
ISSUE = dt.date(2026, 3, 2)


def issue(order, *, seller=None, doc_type=DocumentType.INVOICE, number="FV2026/0001", due_days=14, **extra):
    return document_from_order(
        order,
        seller=seller or make_company(),
        doc_type=doc_type,
        number=number,
        issue_date=ISSUE,
        due_days=due_days,
        rounding=RoundingMode.PER_LINE,
        **extra,
    )


def test_an_order_becomes_an_invoice_with_its_buyer_currency_payment_and_id():
    order = make_order()
    doc = issue(order)
    assert doc.doc_type == DocumentType.INVOICE
    assert (doc.number, doc.issue_date, doc.due_date) == ("FV2026/0001", ISSUE, dt.date(2026, 3, 16))
    assert (doc.currency, doc.payment_method, doc.order_external_id) == ("CZK", "card", "ORD-1001")
    assert doc.rounding == RoundingMode.PER_LINE
    assert doc.buyer == order.buyer and doc.buyer is not order.buyer  # a snapshot, not a live link
    assert [
        (line.name, line.quantity, line.unit_price, line.vat_rate, line.vat_category) for line in doc.lines
    ] == [("Widget", D("2"), D("100"), D("21"), VatCategory.STANDARD)]
    assert compute_totals(doc).gross == D("242.00")


def test_czech_invoices_get_the_number_digits_as_variable_symbol():
    assert issue(make_order()).variable_symbol == "20260001"
    ro_seller = make_company(country=Country.RO, default_currency="CZK")
    assert (
        issue(make_order(lines=[OrderLine("A", D("1"), D("10"), D("21"))]), seller=ro_seller).variable_symbol
        == ""
    )


def test_prices_with_vat_included_become_net_prices():
    order = make_order(lines=[OrderLine("Mug", D("10"), D("100"), D("21"), price_includes_vat=True)])
    doc = issue(order)
    assert doc.lines[0].unit_price == D("82.6446")
    assert compute_totals(doc).gross == D("1000.00")  # what the buyer paid


def test_a_negative_price_line_becomes_a_negative_quantity_with_a_positive_price():
    order = make_order(
        lines=[
            OrderLine("Shoes", D("1"), D("1000"), D("21")),
            OrderLine("Coupon", D("1"), D("-100"), D("21")),
        ]
    )
    doc = issue(order)
    assert (doc.lines[1].quantity, doc.lines[1].unit_price) == (D("-1"), D("100"))
    assert compute_totals(doc).net == D("900.00")


def test_a_proforma_can_be_issued_but_not_a_credit_note():
    assert issue(make_order(), doc_type=DocumentType.PROFORMA).doc_type == DocumentType.PROFORMA
    with pytest.raises(DomainValidationError) as caught:
        issue(make_order(), doc_type=DocumentType.CREDIT_NOTE)
    [error] = caught.value.errors
    assert error.field == "doc_type" and error.hint == "Credit the invoice instead."


def test_empty_payment_method_defaults_to_bank_transfer():
    assert issue(make_order(payment_method="")).payment_method == "bank_transfer"


def test_every_problem_is_reported_at_once_with_the_order_field_paths():
    order = make_order(
        currency="EURO",
        payment_method="bitcoin",
        lines=[
            OrderLine("Widget", D("1"), D("10"), D("20")),
            OrderLine(" ", D("0"), D("10"), D("21")),
            OrderLine("Gift", D("1"), D("10"), D("-5")),
        ],
    )
    with pytest.raises(DomainValidationError) as caught:
        issue(order, number="", due_days=-1)
    by_field = {error.field: error for error in caught.value.errors}
    assert set(by_field) == {
        "number",
        "due_days",
        "currency",
        "exchange_rate",
        "payment_method",
        "lines[0].vat_rate",
        "lines[1].name",
        "lines[1].quantity",
        "lines[2].vat_rate",
    }
    assert by_field["lines[0].vat_rate"].message == "20 % is not a VAT rate of CZ on 2026-03-02"
    assert by_field["lines[0].vat_rate"].hint == "Use 21 %, 12 % or 0 %."
    assert "bank_transfer" in by_field["payment_method"].hint
    assert "CZK, EUR" in by_field["currency"].hint
    assert by_field["lines[1].quantity"].message == "The quantity is zero"


def test_an_old_rate_is_refused_after_the_change():
    order = make_order(lines=[OrderLine("Book", D("1"), D("100"), D("10"))])
    with pytest.raises(DomainValidationError) as caught:
        issue(order)
    assert caught.value.errors[0].field == "lines[0].vat_rate"
    doc = document_from_order(
        order,
        seller=make_company(),
        doc_type=DocumentType.INVOICE,
        number="FV2023/0100",
        issue_date=dt.date(2023, 12, 31),
        due_days=0,
        rounding=RoundingMode.PER_RATE,
    )
    assert doc.lines[0].vat_rate == D("10") and doc.due_date == dt.date(2023, 12, 31)


def test_a_rate_of_the_buyers_member_state_is_accepted_for_distance_sales():
    buyer = make_client(address=Address(country="SK"), registration_id="", vat_id="", is_business=False)
    order = make_order(buyer=buyer, lines=[OrderLine("Lamp", D("1"), D("100"), D("23"))])
    assert issue(order).lines[0].vat_rate == D("23")


def test_a_foreign_currency_needs_an_exchange_rate():
    order = make_order(currency="EUR")
    with pytest.raises(DomainValidationError) as caught:
        issue(order)
    [error] = caught.value.errors
    assert error.field == "exchange_rate"
    assert "in EUR but Acme s.r.o. keeps its books in CZK" in error.message
    assert "per one unit" in error.hint
    assert issue(order, exchange_rate=D("24.325")).exchange_rate == D("24.325")
    with pytest.raises(DomainValidationError) as caught:
        issue(order, exchange_rate=D("0"))
    assert caught.value.errors[0].field == "exchange_rate"
    with pytest.raises(TypeError):
        issue(order, exchange_rate=24.3)


def test_a_seller_outside_vat_charges_none_and_says_why():
    seller = make_company(is_vat_payer=False, vat_id="")
    doc = issue(make_order(lines=[OrderLine("Lesson", D("1"), D("500"), D("0"))]), seller=seller)
    assert doc.lines[0].vat_category == VatCategory.NOT_SUBJECT
    assert doc.vat_exemption_reason == EXEMPTION_REASONS[VatCategory.NOT_SUBJECT]
    with pytest.raises(DomainValidationError) as caught:
        issue(make_order(), seller=seller)
    [error] = caught.value.errors
    assert error.field == "lines[0].vat_rate"
    assert "not a VAT payer" in error.message and "Use 0 %" in error.hint


@pytest.mark.parametrize(
    ("buyer_country", "vat_id", "is_business", "rate", "category"),
    [
        ("CZ", "CZ00006947", True, "21", VatCategory.STANDARD),
        ("CZ", "CZ00006947", True, "0", VatCategory.ZERO),
        ("", "", False, "0", VatCategory.ZERO),  # no country: treated as domestic
        ("DE", "DE136695976", True, "0", VatCategory.INTRA_COMMUNITY),
        ("DE", "", False, "0", VatCategory.ZERO),  # a consumer abroad is no intra-community supply
        ("US", "", True, "0", VatCategory.EXPORT),
        ("CH", "CHE-1", True, "0", VatCategory.EXPORT),
    ],
)
def test_vat_category_is_inferred_from_the_parties_and_rate(
    buyer_country, vat_id, is_business, rate, category
):
    buyer = make_client(address=Address(country=buyer_country), vat_id=vat_id, is_business=is_business)
    assert vat_category_for(make_company(), buyer, D(rate)) == category


def test_an_intra_community_supply_carries_its_exemption_reason():
    buyer = make_client(address=Address(country="DE"), registration_id="", vat_id="DE136695976")
    order = make_order(buyer=buyer, lines=[OrderLine("Crate", D("3"), D("40"), D("0"))])
    doc = issue(order)
    assert doc.lines[0].vat_category == VatCategory.INTRA_COMMUNITY
    assert "Article 138" in doc.vat_exemption_reason
    assert compute_totals(doc).vat == D("0.00")


def test_an_order_without_lines_is_refused():
    with pytest.raises(DomainValidationError) as caught:
        issue(make_order(lines=[]))
    [error] = caught.value.errors
    assert error.field == "lines" and error.hint == "Add at least one line to the order."
