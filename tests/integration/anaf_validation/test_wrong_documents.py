"""Deliberately wrong documents are stopped before upload, each with a message on the field to fix."""

import dataclasses
from decimal import Decimal

import pytest

from invoicedesk.connectors.anaf.ubl.builder import build_ubl
from invoicedesk.core.documents import Address
from tests.unit.anaf_ubl import samples

D = Decimal


def bad_county():
    return samples.invoice(
        seller=samples.seller(address=Address("Str. Lunga 1", "Cluj-Napoca", "400114", "RO", "CJJ"))
    )


def missing_buyer_street():
    return samples.invoice(buyer=samples.ro_buyer(address=Address("", "Brașov", "500030", "RO", "Brașov")))


def bad_buyer_cui():
    return samples.invoice(
        buyer=samples.ro_buyer(registration_id=samples.BAD_CUI, vat_id=f"RO{samples.BAD_CUI}")
    )


def bad_seller_cui_not_vat_payer():
    return samples.invoice(
        seller=samples.seller(registration_id=samples.BAD_CUI, vat_id="", is_vat_payer=False),
        lines=[samples.line(rate="0")],
    )


def bad_cnp():
    return samples.invoice(buyer=samples.private_buyer(personal_id="1800101420011"))


def eur_without_exchange_rate():
    return samples.invoice(currency="EUR")


def negative_price():
    return samples.invoice(lines=[samples.line(), samples.line("Reducere", "1", "-20.00")])


def bucharest_without_sector():
    return samples.invoice(
        buyer=samples.ro_buyer(address=Address("Calea Victoriei 12", "București", "", "RO", "B"))
    )


def foreign_vat_id_without_prefix():
    return samples.reverse_charge().__class__(
        **{**samples.reverse_charge().__dict__, "buyer": samples.eu_buyer(vat_id="136695976")}
    )


def standard_rate_zero():
    return samples.invoice(lines=[samples.line(), samples.line("Mostra", "1", "10", "0")])


def too_many_notes_is_only_a_warning():
    return samples.invoice(note="x" * 7000)


CASES = {
    # name: (document, field, rule, words in the message)
    "bad county": (bad_county, "seller.address.region", "BR-RO-110", "county"),
    "missing buyer street": (missing_buyer_street, "buyer.address.street", "BR-RO-082", "street"),
    "bad buyer CUI checksum": (bad_buyer_cui, "buyer.vat_id", "RO-CUI", "checksum"),
    "bad seller CUI, not a VAT payer": (
        bad_seller_cui_not_vat_payer,
        "seller.registration_id",
        "RO-CUI",
        "checksum",
    ),
    "bad CNP checksum": (bad_cnp, "buyer.personal_id", "RO-CNP", "checksum"),
    "EUR without exchange rate": (eur_without_exchange_rate, "exchange_rate", "BUILD", "exchange rate"),
    "negative price": (negative_price, "lines[1].unit_price", "BR-27", "negative quantity"),
    "Bucharest without sector": (bucharest_without_sector, "buyer.address.city", "BR-RO-101", "sector"),
    "foreign VAT id without prefix": (
        foreign_vat_id_without_prefix,
        "buyer.vat_id",
        "BR-CO-09",
        "country code",
    ),
    "standard rate of 0 %": (standard_rate_zero, "lines[1].vat_rate", "BR-S-05", "above 0 %"),
}


@pytest.mark.parametrize("name", list(CASES))
def test_wrong_document_is_stopped_with_a_field_level_message(name, validator):
    make, field, rule, words = CASES[name]
    report = validator.validate_document(make())
    assert not report.ok
    matching = [issue for issue in report.errors if issue.field == field]
    assert matching, [(i.rule, i.field, i.message) for i in report.errors]
    assert rule in {issue.rule for issue in matching}
    assert any(words in issue.message for issue in matching), [i.message for i in matching]


@pytest.mark.parametrize("name", [n for n, case in CASES.items() if case[2].startswith("BR-")])
def test_the_oracle_rejects_the_same_documents(name, oracle):
    make, _, rule, _ = CASES[name]
    verdict = oracle.validate(build_ubl(make()).xml)
    assert rule in {issue.rule for issue in verdict.errors}


def test_a_cnp_is_never_repeated_whole_in_a_message(validator):
    report = validator.validate_document(bad_cnp())
    assert report.errors
    assert all("1800101420011" not in issue.message + issue.raw for issue in report.issues)


def test_shortened_texts_are_warnings_not_errors(validator):
    report = validator.validate_document(too_many_notes_is_only_a_warning())
    assert report.ok
    assert [(i.severity, i.field) for i in report.issues] == [("warning", "note")]


def test_several_problems_are_reported_together(validator):
    doc = dataclasses.replace(bad_county(), buyer=missing_buyer_street().buyer)
    fields = {issue.field for issue in validator.validate_document(doc).errors}
    assert {"seller.address.region", "buyer.address.street"} <= fields


def test_xml_that_is_not_ubl_gives_a_report_not_an_exception(validator):
    assert [i.rule for i in validator.validate(b"<html/>").errors] == ["XML"]
    assert [i.rule for i in validator.validate(b"not xml at all").errors] == ["XML"]


def test_a_schema_error_names_the_field(validator):
    xml = build_ubl(samples.domestic_ron()).xml
    moved = xml.replace(b"  <cbc:IssueDate>2025-09-15</cbc:IssueDate>\n", b"").replace(
        b"<cbc:ID>FCT-2025-0001</cbc:ID>",
        b"<cbc:IssueDate>2025-09-15</cbc:IssueDate><cbc:ID>FCT-2025-0001</cbc:ID>",
    )
    report = validator.validate(moved)
    xsd = [issue for issue in report.errors if issue.rule == "XSD"]
    assert xsd and xsd[0].field == "issue_date"
