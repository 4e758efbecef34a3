import dataclasses
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from invoicedesk.connectors.anaf.ubl.builder import build_ubl
from invoicedesk.connectors.anaf.ubl.problems import UblReadError
from invoicedesk.connectors.anaf.ubl.reader import read_ubl
from invoicedesk.core.documents import DocumentLine, DocumentType, RoundingMode, VatCategory
from invoicedesk.core.totals import compute_totals
from tests.unit.anaf_ubl import samples

D = Decimal
EXAMPLES = Path(__file__).resolve().parents[3].parent / "shared" / "validation" / "examples"
VALID_EXAMPLES = sorted((EXAMPLES / "valid").glob("*.xml"))
needs_examples = pytest.mark.skipif(
    not VALID_EXAMPLES, reason="the e-Factura validation kit is not beside the repo"
)


def headline(totals):
    return totals.net, totals.vat, totals.gross


@needs_examples
@pytest.mark.parametrize("path", VALID_EXAMPLES, ids=lambda p: p.name)
def test_every_valid_example_reads_with_totals_equal_to_the_declared_ones(path):
    result = read_ubl(path.read_bytes())
    declared = result.declared
    assert headline(result.totals) == (declared.net, declared.vat, declared.gross)
    assert result.totals.gross - declared.prepaid + declared.rounding == declared.payable
    # The lines themselves account for the net total; only per-rate VAT may differ by EN 16931's tolerance.
    recomputed = compute_totals(result.document)
    assert recomputed.net == declared.net
    assert abs(recomputed.vat - declared.vat) <= len(recomputed.by_rate)
    assert result.document.lines and result.document.number and result.document.seller.name


@needs_examples
def test_a_file_whose_totals_do_not_add_up_is_reported():
    result = read_ubl((EXAMPLES / "invalid" / "minimal-invoice.bad-total.xml").read_bytes())
    assert result.declared.gross == D("120.00")
    assert result.totals.gross == D("119.00")
    assert any("total with VAT" in warning for warning in result.warnings)


@needs_examples
def test_document_level_allowances_and_charges_become_lines():
    result = read_ubl((EXAMPLES / "valid" / "ubl_b2g_example0.xml").read_bytes())
    names = [line.name for line in result.document.lines]
    assert "Charge: Packing cost" in names and "Allowance: Loyal customer" in names
    allowance = result.document.lines[names.index("Allowance: Loyal customer")]
    assert (allowance.quantity, allowance.unit_price, allowance.vat_rate) == (-1, D("150"), D("20.00"))


@needs_examples
def test_credit_note_example_reads_in_the_domain_sign_convention():
    result = read_ubl((EXAMPLES / "valid" / "minimal-creditnote.xml").read_bytes())
    doc = result.document
    assert doc.doc_type == DocumentType.CREDIT_NOTE
    assert all(line.quantity < 0 < line.unit_price for line in doc.lines)
    assert result.declared.gross == D("-119.00") == result.totals.gross
    assert (doc.corrects.number, doc.corrects.issue_date.isoformat()) == ("FCT-0001", "2024-06-10")
    assert doc.buyer.address.city == "SECTOR1" and doc.buyer.address.region == "RO-B"
    assert doc.seller.registration_id == "12345674" and doc.seller.vat_id == "RO12345674"


@pytest.mark.parametrize("name", list(samples.MATRIX))
def test_round_trip_keeps_totals_and_the_essentials(name):
    make, type_code = samples.MATRIX[name]
    doc = make()
    result = read_ubl(build_ubl(doc, type_code=type_code).xml)
    read = result.document
    expected = compute_totals(doc)
    assert headline(compute_totals(read)) == headline(expected) == headline(result.totals)
    assert [(s.category, s.rate, s.net, s.vat) for s in result.totals.by_rate] == [
        (s.category if doc.seller.is_vat_payer else VatCategory.NOT_SUBJECT, s.rate, s.net, s.vat)
        for s in expected.by_rate
    ]
    expected_warnings = 1 if doc.currency != "RON" else 0  # the rate to RON is derived, the file has none
    assert len(result.warnings) == expected_warnings, result.warnings
    assert (read.number, read.issue_date, read.currency) == (doc.number, doc.issue_date, doc.currency)
    assert [(line.quantity, line.unit_price, line.discount) for line in read.lines] == [
        (line.quantity, line.unit_price, line.discount) for line in doc.lines
    ]
    sent_as_credit_note = doc.doc_type == DocumentType.CREDIT_NOTE and type_code is None
    assert read.doc_type == (DocumentType.CREDIT_NOTE if sent_as_credit_note else DocumentType.INVOICE)
    assert read.seller.name == doc.seller.name and read.buyer.name == doc.buyer.name
    if doc.corrects:
        assert (read.corrects.number, read.corrects.issue_date) == (
            doc.corrects.number,
            doc.corrects.issue_date,
        )


def test_round_trip_of_a_private_buyer_and_of_foreign_currency():
    read = read_ubl(build_ubl(samples.b2c_with_cnp()).xml).document
    assert (read.buyer.is_business, read.buyer.personal_id) == (False, samples.VALID_CNP)
    read = read_ubl(build_ubl(samples.b2c_without_cnp()).xml).document
    assert (read.buyer.is_business, read.buyer.personal_id) == (False, "")
    result = read_ubl(build_ubl(samples.foreign_currency()).xml)
    assert abs(result.document.exchange_rate - D("4.9763")) < D("0.001")
    assert result.document.payment_method == "bank_transfer"
    assert [a.iban for a in result.document.seller.bank_accounts] == ["RO09BCYP0000001234567890"]


money = st.decimals(min_value=D("0.01"), max_value=D("99999"), places=2)
quantity = st.decimals(min_value=D("-50"), max_value=D("500"), places=3).filter(lambda q: q != 0)
rate_and_category = st.sampled_from(
    [(D("21"), VatCategory.STANDARD), (D("11"), VatCategory.STANDARD), (D("0"), VatCategory.ZERO)]
)


@st.composite
def document_lines(draw):
    rate, category = draw(rate_and_category)
    price = draw(st.decimals(min_value=D("0.0001"), max_value=D("9999"), places=4))
    discount = draw(st.one_of(st.just(D(0)), money))
    return DocumentLine("Articol", draw(quantity), price, rate, vat_category=category, discount=discount)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    lines=st.lists(document_lines(), min_size=1, max_size=6),
    rounding=st.sampled_from(list(RoundingMode)),
    credit=st.booleans(),
)
def test_any_document_survives_the_round_trip_with_the_same_totals(lines, rounding, credit):
    doc = samples.invoice(lines=lines, rounding=rounding)
    if credit:
        doc = dataclasses.replace(
            doc, doc_type=DocumentType.CREDIT_NOTE, corrects=samples.credit_note().corrects
        )
    result = read_ubl(build_ubl(doc).xml)
    assert headline(result.totals) == headline(compute_totals(doc))
    assert headline(compute_totals(result.document)) == headline(compute_totals(doc))


@pytest.mark.parametrize(
    ("xml", "words"),
    [
        (b"this is not xml", "not well-formed"),
        (b"<root/>", "root element"),
        (
            b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>',
            "root element",
        ),
    ],
)
def test_unreadable_files_raise_a_clear_error(xml, words):
    with pytest.raises(UblReadError, match=words):
        read_ubl(xml)


def _mangled(old: bytes, new: bytes) -> bytes:
    xml = build_ubl(samples.domestic_ron()).xml
    assert old in xml
    return xml.replace(old, new, 1)


@pytest.mark.parametrize(
    ("old", "new", "words"),
    [
        (b"<cbc:ID>FCT-2025-0001</cbc:ID>", b"", r"document number \(cbc:ID\) is missing"),
        (
            b'<cbc:InvoicedQuantity unitCode="H87">2<',
            b'<cbc:InvoicedQuantity unitCode="H87">2,5<',
            r"quantity of line 1 .* line \d+\) is '2,5', which is not a number",
        ),
        (b"<cbc:IssueDate>2025-09-15<", b"<cbc:IssueDate>15.09.2025<", "not a date in the form YYYY-MM-DD"),
        (
            b"<cac:ClassifiedTaxCategory>\n        <cbc:ID>S<",
            b"<cac:ClassifiedTaxCategory>\n        <cbc:ID>X<",
            "VAT category 'X' of line 1",
        ),
    ],
)
def test_broken_content_names_the_element(old, new, words):
    with pytest.raises(UblReadError, match=words):
        read_ubl(_mangled(old, new))


def test_price_per_base_quantity_and_line_charges_are_read():
    xml = build_ubl(samples.domestic_ron()).xml
    xml = xml.replace(
        b'<cbc:PriceAmount currencyID="RON">50.00</cbc:PriceAmount>',
        b'<cbc:PriceAmount currencyID="RON">500.00</cbc:PriceAmount><cbc:BaseQuantity unitCode="H87">10'
        b"</cbc:BaseQuantity>",
    )
    result = read_ubl(xml)
    assert result.document.lines[0].unit_price == D("50")
    assert result.warnings == []
    assert headline(result.totals) == headline(compute_totals(samples.domestic_ron()))

    charged = build_ubl(samples.storno(), type_code="380").xml  # discounts reversed as line charges
    read = read_ubl(charged).document
    assert [line.discount for line in read.lines] == [line.discount for line in samples.storno().lines]
