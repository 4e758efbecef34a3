import pytest

from invoicedesk.connectors.anaf.validation.field_map import (
    RULES,
    describe,
    english_text,
    field_from_location,
)

RO_TEXT = (
    "[BR-RO-100]-Daca Codul tarii Vanzatorului (BT-40) este RO ... "
    "#If the Seller's country Code (BT-40) is RO, "
    "then the Seller city (BT-37) must be coded using the code list SECTOR-RO."
)


@pytest.mark.parametrize(
    "rule",
    [
        "BR-RO-100",
        "BR-RO-101",
        "BR-RO-110",
        "BR-RO-111",
        "BR-RO-081",
        "BR-RO-082",
        "BR-RO-091",
        "BR-RO-092",
        "BR-RO-065",
        "BR-RO-120",
        "BR-RO-030",
        "BR-RO-010",
        "BR-RO-040",
        "BR-CO-09",
        "BR-27",
        "BR-53",
        "BR-S-08",
        "BR-CO-17",
        "BR-16",
        "BR-06",
        "BR-07",
    ],
)
def test_the_rules_that_fire_in_practice_have_a_field_and_a_message(rule):
    field, message = RULES[rule]
    assert message and message[-1] == "."
    assert field or rule == "BR-RO-001"


def test_party_and_line_come_from_the_location():
    party_location = "/Invoice[1]/cac:AccountingCustomerParty[1]/cac:Party[1]/cac:PartyTaxScheme[1]"
    assert describe("BR-CO-09", party_location, "")[0] == "buyer.vat_id"
    assert describe("BR-CO-09", party_location.replace("Customer", "Supplier"), "")[0] == "seller.vat_id"
    line_location = "/CreditNote[1]/cac:CreditNoteLine[3]/cac:Price[1]/cbc:PriceAmount[1]"
    assert describe("BR-27", line_location, "")[0] == "lines[2].unit_price"


def test_a_template_that_cannot_be_filled_falls_back_to_the_location():
    assert describe("BR-27", "/Invoice[1]/cac:AllowanceCharge[1]", "") == ("", RULES["BR-27"][1])


def test_unknown_rules_use_the_location_and_the_english_text():
    field, message = describe("BR-XX-999", "/Invoice[1]/cac:InvoiceLine[2]/cac:Item[1]/cbc:Name[1]", RO_TEXT)
    assert field == "lines[1].name"
    assert message.startswith("If the Seller's country Code") and "Daca" not in message
    assert english_text("[BR-CO-15]-Invoice total amount with VAT (BT-112) = ...") == (
        "Invoice total amount with VAT (BT-112) = ..."
    )


@pytest.mark.parametrize(
    ("location", "field"),
    [
        ("/Invoice[1]/cbc:IssueDate[1]", "issue_date"),
        ("/Invoice[1]/cbc:ID[1]", "number"),
        (
            "/Invoice[1]/cac:AccountingSupplierParty[1]/cac:Party[1]/cac:PostalAddress[1]/cbc:CityName[1]",
            "seller.address.city",
        ),
        (
            "/Invoice[1]/cac:AccountingSupplierParty[1]/cac:Party[1]/cac:PartyTaxScheme[1]/cac:TaxScheme[1]/cbc:ID[1]",
            "seller.vat_id",
        ),
        ("/Invoice[1]/cac:TaxTotal[1]", ""),
        ("/Invoice[1]/cac:InvoiceLine[4]", "lines[3]"),
    ],
)
def test_field_from_location(location, field):
    assert field_from_location(location) == field
