"""Our Validator gives the verdicts the validation kit documents for its example files."""

import pytest
from lxml import etree
from stdnum.ro import cui

from invoicedesk.connectors.anaf.ubl.namespaces import XPATH_NS as NS
from tests.integration.anaf_validation.kit import KIT

VALID = sorted((KIT / "examples" / "valid").glob("*.xml"))
INVALID_RULES = {  # as listed in the kit's SOURCES.md
    "eInvoice_ex.xml": {"BR-RO-001"},
    "creditNote_ex.xml": {"BR-RO-001"},
    "ubl_b2g_example6.xml": {"BR-S-08", "BR-RO-111", "BR-RO-170"},
    "ubl-tc434-example1.xml": {"BR-RO-001", "BR-RO-030", "BR-RO-120", "BR-RO-L302"},
    "ubl-tc434-creditnote1.xml": {"BR-RO-001", "BR-RO-030"},
    "minimal-invoice.bad-county.xml": {"BR-RO-110"},
    "minimal-invoice.bucharest-city.xml": {"BR-RO-101"},
    "minimal-invoice.bad-total.xml": {"BR-CO-15"},
    "minimal-invoice.xsd-order.xml": {"XSD"},
}


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.name)
def test_valid_examples_pass_the_official_rules(path, validator):
    report = validator.validate(path.read_bytes())
    official = [i for i in report.errors if i.rule != "RO-CUI"]
    assert official == [], [(i.rule, i.field, i.message) for i in official]
    assert {i.rule for i in report.warnings} <= {"UBL-CR-681"}


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.name)
def test_our_cui_check_flags_exactly_the_invented_romanian_cuis_of_the_examples(path, validator):
    """The official examples use made-up CUIs; ANAF's server would refuse those (R_BT_32_cui)."""
    root = etree.fromstring(path.read_bytes())
    expected = set()
    for party in ("AccountingSupplierParty", "AccountingCustomerParty"):
        base = f"/*/cac:{party}/cac:Party"
        if (
            root.xpath(f"string({base}/cac:PostalAddress/cac:Country/cbc:IdentificationCode)", namespaces=NS)
            != "RO"
        ):
            continue
        for value in root.xpath(f"{base}/cac:PartyTaxScheme/cbc:CompanyID/text()", namespaces=NS):
            digits = value.strip().upper().removeprefix("RO")
            if digits.isdigit() and not cui.is_valid(digits):
                expected.add(party)
    found = {
        i.location.split("/")[2].split("[")[0].removeprefix("cac:")
        for i in validator.validate(path.read_bytes()).errors
        if i.rule == "RO-CUI"
    }
    assert found == expected


@pytest.mark.parametrize("name", sorted(INVALID_RULES))
def test_invalid_examples_fail_for_their_known_reason(name, validator, kit):
    report = validator.validate((kit / "examples" / "invalid" / name).read_bytes())
    assert {i.rule for i in report.errors} - {"RO-CUI"} == INVALID_RULES[name]


def test_findings_are_mapped_onto_document_fields(validator, kit):
    def fields(name):
        return {
            (i.rule, i.field)
            for i in validator.validate((kit / "examples" / "invalid" / name).read_bytes()).errors
        }

    assert fields("minimal-invoice.bad-county.xml") == {("BR-RO-110", "seller.address.region")}
    assert fields("minimal-invoice.bucharest-city.xml") == {("BR-RO-101", "buyer.address.city")}
    assert fields("minimal-invoice.bad-total.xml") == {("BR-CO-15", "lines")}
    assert ("BR-RO-L302", "note") in fields("ubl-tc434-example1.xml")
    assert ("BR-RO-120", "buyer.registration_id") in fields("ubl-tc434-example1.xml")


def test_an_unknown_rule_falls_back_to_the_english_text(validator, kit):
    report = validator.validate((kit / "examples" / "invalid" / "ubl_b2g_example6.xml").read_bytes())
    tax_representative = [i for i in report.errors if i.rule == "BR-RO-170"]
    assert tax_representative and tax_representative[0].message.startswith(
        "If the Seller's tax representative"
    )
    assert "Daca" not in tax_representative[0].message
