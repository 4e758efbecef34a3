import dataclasses
import re
from decimal import Decimal

import pytest
from lxml import etree

from invoicedesk.connectors.anaf.ubl.builder import build_ubl
from invoicedesk.connectors.anaf.ubl.namespaces import CUSTOMIZATION_ID, XPATH_NS
from invoicedesk.connectors.anaf.ubl.problems import UblBuildError
from invoicedesk.core.documents import Address, DocumentType, VatCategory
from invoicedesk.core.totals import compute_totals, convert
from tests.unit.anaf_ubl import samples

D = Decimal


def tree(doc, type_code=None):
    built = build_ubl(doc, type_code=type_code)
    return etree.fromstring(built.xml), built


def texts(root, path):
    return [getattr(found, "text", found) for found in root.xpath(path, namespaces=XPATH_NS)]


def one(root, path):
    found = texts(root, path)
    assert len(found) == 1, (path, found)
    return found[0]


def error_fields(exc_info):
    return {error.field for error in exc_info.value.errors}


def test_domestic_invoice_header_and_totals():
    doc = samples.several_rates()
    root, built = tree(doc)
    totals = compute_totals(doc)
    assert etree.QName(root).localname == "Invoice"
    assert one(root, "/inv:Invoice/cbc:CustomizationID") == CUSTOMIZATION_ID
    assert one(root, "/inv:Invoice/cbc:InvoiceTypeCode") == "380"
    assert one(root, "/inv:Invoice/cbc:IssueDate") == "2025-09-15"
    assert one(root, "/inv:Invoice/cbc:DueDate") == "2025-10-15"
    assert texts(root, "/inv:Invoice/cbc:TaxCurrencyCode") == []
    assert one(root, "//cac:LegalMonetaryTotal/cbc:TaxExclusiveAmount") == f"{totals.net:.2f}"
    assert one(root, "//cac:LegalMonetaryTotal/cbc:PayableAmount") == f"{totals.gross:.2f}"
    assert one(root, "/inv:Invoice/cac:TaxTotal/cbc:TaxAmount") == f"{totals.vat:.2f}"
    subtotals = root.xpath("//cac:TaxSubtotal", namespaces=XPATH_NS)
    assert [(one(s, "cac:TaxCategory/cbc:ID"), one(s, "cac:TaxCategory/cbc:Percent")) for s in subtotals] == [
        ("S", "21"),
        ("S", "11"),
        ("Z", "0"),
    ]
    assert built.warnings == []


def test_every_amount_has_two_decimals_and_every_date_is_iso():
    root, _ = tree(samples.foreign_currency())
    amounts = root.xpath("//*[@currencyID]", namespaces=XPATH_NS)
    assert amounts
    for element in amounts:
        if etree.QName(element).localname != "PriceAmount":
            assert re.fullmatch(r"-?\d+\.\d{2}", element.text), (element.tag, element.text)
    for element in root.xpath("//cbc:IssueDate | //cbc:DueDate | //cbc:TaxPointDate", namespaces=XPATH_NS):
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", element.text)


def test_foreign_currency_states_the_vat_in_ron_as_well():
    doc = samples.foreign_currency()
    root, _ = tree(doc)
    vat = compute_totals(doc).vat
    assert one(root, "/inv:Invoice/cbc:DocumentCurrencyCode") == "EUR"
    assert one(root, "/inv:Invoice/cbc:TaxCurrencyCode") == "RON"
    assert one(root, "/inv:Invoice/cac:TaxTotal/cbc:TaxAmount[@currencyID='EUR']") == f"{vat:.2f}"
    ron = one(root, "/inv:Invoice/cac:TaxTotal/cbc:TaxAmount[@currencyID='RON']")
    assert D(ron) == convert(vat, doc.exchange_rate) != vat
    # The RON total carries no breakdown: EN 16931 wants subtotals only in the document currency.
    assert (
        root.xpath(
            "count(/inv:Invoice/cac:TaxTotal[cbc:TaxAmount/@currencyID='RON']/cac:TaxSubtotal)",
            namespaces=XPATH_NS,
        )
        == 0
    )
    # The payee account in the document's currency is the one offered.
    assert one(root, "//cac:PayeeFinancialAccount/cbc:ID") == "RO09BCYP0000001234567890"


def test_credit_note_is_a_creditnote_381_with_positive_amounts_and_the_reference():
    doc = samples.credit_note()
    assert all(line.quantity < 0 for line in doc.lines)  # the domain's convention
    root, built = tree(doc)
    assert built.is_credit_note
    assert etree.QName(root).localname == "CreditNote"
    assert one(root, "/cn:CreditNote/cbc:CreditNoteTypeCode") == "381"
    assert one(root, "//cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID") == "FCT-2025-0001"
    assert one(root, "//cac:BillingReference/cac:InvoiceDocumentReference/cbc:IssueDate") == "2025-09-15"
    assert all(D(q) > 0 for q in texts(root, "//cac:CreditNoteLine/cbc:CreditedQuantity"))
    assert D(one(root, "//cac:LegalMonetaryTotal/cbc:PayableAmount")) == -compute_totals(doc).gross
    assert "Marfa returnata" in texts(root, "/cn:CreditNote/cbc:Note")


def test_storno_is_a_380_with_negative_quantities_and_positive_prices():
    doc = samples.storno()
    root, _ = tree(doc, type_code="380")
    assert etree.QName(root).localname == "Invoice"
    assert one(root, "/inv:Invoice/cbc:InvoiceTypeCode") == "380"
    assert all(D(q) < 0 for q in texts(root, "//cac:InvoiceLine/cbc:InvoicedQuantity"))
    assert all(D(p) > 0 for p in texts(root, "//cac:Price/cbc:PriceAmount"))
    assert D(one(root, "//cac:LegalMonetaryTotal/cbc:PayableAmount")) == compute_totals(doc).gross < 0
    assert one(root, "//cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID") == "FCT-2025-0001"


def test_line_discount_is_a_line_allowance_and_the_line_net_is_exact():
    root, _ = tree(samples.line_discounts())
    first = root.xpath("//cac:InvoiceLine[1]", namespaces=XPATH_NS)[0]
    assert one(first, "cac:AllowanceCharge/cbc:ChargeIndicator") == "false"
    assert one(first, "cac:AllowanceCharge/cbc:AllowanceChargeReasonCode") == "95"
    assert one(first, "cac:AllowanceCharge/cbc:Amount") == "90.00"
    assert one(first, "cbc:LineExtensionAmount") == "1709.80"  # 2 × 899.90 − 90
    assert root.xpath("count(//cac:InvoiceLine[3]/cac:AllowanceCharge)", namespaces=XPATH_NS) == 0


@pytest.mark.parametrize(
    ("region", "city", "expected_region", "expected_city"),
    [
        ("București", "Sector 1", "RO-B", "SECTOR1"),
        ("Municipiul Bucuresti", "sectorul 4", "RO-B", "SECTOR4"),
        ("", "București S2", "RO-B", "SECTOR2"),
        ("RO-B", "SECTOR6", "RO-B", "SECTOR6"),
        ("jud. Argeș", "Pitești", "RO-AG", "Pitești"),
        ("Atlantis", "Pitești", "Atlantis", "Pitești"),  # left for validation to report on the field
    ],
)
def test_romanian_addresses_are_normalised(region, city, expected_region, expected_city):
    buyer = samples.ro_buyer(address=Address("Strada 1", city, "010011", "RO", region))
    root, _ = tree(samples.invoice(buyer=buyer))
    address = "//cac:AccountingCustomerParty/cac:Party/cac:PostalAddress"
    assert one(root, f"{address}/cbc:CountrySubentity") == expected_region
    assert one(root, f"{address}/cbc:CityName") == expected_city


def test_private_buyer_without_cnp_gets_the_anonymous_cnp_and_no_tax_scheme():
    root, _ = tree(samples.b2c_without_cnp())
    party = "//cac:AccountingCustomerParty/cac:Party"
    assert one(root, f"{party}/cac:PartyLegalEntity/cbc:CompanyID") == "0000000000000"
    assert texts(root, f"{party}/cac:PartyTaxScheme/cbc:CompanyID") == []
    assert one(root, "//cac:PaymentMeans/cbc:PaymentMeansCode") == "48"
    assert texts(root, "//cac:PayeeFinancialAccount") == []


def test_private_buyer_with_cnp():
    root, _ = tree(samples.b2c_with_cnp())
    assert one(root, "//cac:AccountingCustomerParty//cac:PartyLegalEntity/cbc:CompanyID") == samples.VALID_CNP


def test_seller_not_registered_for_vat_uses_category_o_and_a_non_vat_scheme():
    root, _ = tree(samples.non_vat_payer_seller())
    seller = "//cac:AccountingSupplierParty/cac:Party"
    assert one(root, f"{seller}/cac:PartyTaxScheme/cbc:CompanyID") == samples.SELLER_CUI
    assert one(root, f"{seller}/cac:PartyTaxScheme/cac:TaxScheme/cbc:ID") != "VAT"
    assert set(texts(root, "//cac:ClassifiedTaxCategory/cbc:ID")) == {"O"}
    assert texts(root, "//cac:ClassifiedTaxCategory/cbc:Percent") == []
    assert one(root, "//cac:TaxSubtotal/cac:TaxCategory/cbc:TaxExemptionReasonCode") == "VATEX-EU-O"
    # BR-O-02: no VAT ids at all on such a document, the buyer's number stays as its legal id
    assert "VAT" not in texts(root, "//cac:PartyTaxScheme/cac:TaxScheme/cbc:ID")
    assert one(root, "//cac:AccountingCustomerParty//cac:PartyLegalEntity/cbc:CompanyID") == samples.BUYER_CUI


@pytest.mark.parametrize(
    ("vat_id", "expected"), [("RO 123 456 74", "RO12345674"), ("12345674", "RO12345674"), ("", "RO12345674")]
)
def test_seller_vat_id_is_ro_prefixed(vat_id, expected):
    root, _ = tree(samples.invoice(seller=samples.seller(vat_id=vat_id)))
    assert one(root, "//cac:AccountingSupplierParty//cac:PartyTaxScheme/cbc:CompanyID") == expected


def test_exemption_reasons_by_category():
    root, _ = tree(samples.exempt())
    assert one(root, "//cac:TaxSubtotal//cbc:TaxExemptionReason").startswith("Scutit de TVA")
    root, _ = tree(samples.reverse_charge())
    assert one(root, "//cac:TaxSubtotal//cbc:TaxExemptionReasonCode") == "VATEX-EU-AE"
    root, _ = tree(samples.several_rates())  # BR-Z-10 / BR-S-10: no reason on Z or S
    assert texts(root, "//cbc:TaxExemptionReason | //cbc:TaxExemptionReasonCode") == []


def test_intra_community_supply_states_delivery_date_and_address():
    root, _ = tree(samples.intra_community())
    assert one(root, "//cac:Delivery/cbc:ActualDeliveryDate") == "2025-09-12"
    assert (
        one(root, "//cac:Delivery/cac:DeliveryLocation/cac:Address/cac:Country/cbc:IdentificationCode")
        == "DE"
    )
    assert one(root, "//cac:Delivery/cac:DeliveryLocation/cac:Address/cbc:CountrySubentity") == "DE-BY"
    assert one(root, "//cac:InvoiceLine/cbc:InvoicedQuantity/@unitCode") == "KGM"


def test_long_item_name_is_shortened_and_kept_whole_in_the_description():
    name = "Servicii de mentenanta " * 8
    root, built = tree(samples.invoice(lines=[samples.line(name=name)]))
    assert len(one(root, "//cac:Item/cbc:Name")) <= 100
    assert one(root, "//cac:Item/cbc:Description") == " ".join(name.split())
    assert [w.field for w in built.warnings] == ["lines[0].name"]


def test_long_note_is_split_into_notes_of_at_most_300_characters():
    note = " ".join(f"cuvant{i}" for i in range(200))  # ~1600 characters
    root, built = tree(samples.invoice(note=note))
    notes = texts(root, "/inv:Invoice/cbc:Note")
    assert len(notes) > 1 and all(len(n) <= 300 for n in notes)
    assert " ".join(notes) == note
    assert built.warnings == []
    _, built = tree(samples.invoice(note="x" * 7000))
    assert [w.field for w in built.warnings] == ["note"]


def test_unknown_unit_is_sent_as_piece_with_a_warning():
    root, built = tree(samples.invoice(lines=[samples.line(unit="cutii mari")]))
    assert one(root, "//cbc:InvoicedQuantity/@unitCode") == "H87"
    assert [w.field for w in built.warnings] == ["lines[0].unit"]


def test_proforma_is_refused():
    with pytest.raises(UblBuildError) as exc_info:
        build_ubl(samples.invoice(doc_type=DocumentType.PROFORMA))
    assert error_fields(exc_info) == {"doc_type"}
    assert "proforma" in str(exc_info.value).lower()


@pytest.mark.parametrize(
    ("doc_type", "code"),
    [(DocumentType.INVOICE, "381"), (DocumentType.CREDIT_NOTE, "389"), (DocumentType.INVOICE, "999")],
)
def test_type_codes_that_do_not_fit_the_document_are_refused(doc_type, code):
    with pytest.raises(UblBuildError) as exc_info:
        build_ubl(samples.invoice(doc_type=doc_type), type_code=code)
    assert error_fields(exc_info) == {"doc_type"}


def test_every_unwritable_field_is_reported_at_once():
    doc = samples.invoice(
        currency="EUR",  # exchange rate left at 1
        seller=samples.seller(bank_accounts=[], vat_id="", is_vat_payer=False),
        lines=[samples.line(rate="21"), samples.line(rate="0", vat_category=VatCategory.EXEMPT)],
    )
    with pytest.raises(UblBuildError) as exc_info:
        build_ubl(doc)
    assert error_fields(exc_info) == {"exchange_rate", "seller.bank_accounts", "lines[0].vat_rate"}


def test_exempt_without_reason_and_unknown_payment_method():
    doc = dataclasses.replace(samples.exempt(), vat_exemption_reason="", payment_method="barter")
    with pytest.raises(UblBuildError) as exc_info:
        build_ubl(doc)
    assert error_fields(exc_info) == {"vat_exemption_reason", "payment_method"}


def test_intra_community_without_buyer_region_names_the_field():
    doc = samples.intra_community()
    doc.buyer = samples.eu_buyer(address=Address("Marienplatz 1", "München", "80331", "DE", ""))
    with pytest.raises(UblBuildError) as exc_info:
        build_ubl(doc)
    assert error_fields(exc_info) == {"buyer.address.region"}


def test_document_without_lines_is_refused():
    with pytest.raises(UblBuildError) as exc_info:
        build_ubl(samples.invoice(lines=[]))
    assert error_fields(exc_info) == {"lines"}


def test_the_input_document_is_not_modified():
    doc = samples.credit_note()
    before = dataclasses.replace(doc, lines=[dataclasses.replace(line) for line in doc.lines])
    build_ubl(doc)
    assert doc == before


def test_a_credit_note_carries_its_due_date_in_the_payment_means():
    doc = dataclasses.replace(samples.credit_note(), due_date=samples.DUE)
    root, _ = tree(doc)
    assert one(root, "//cac:PaymentMeans/cbc:PaymentDueDate") == "2025-10-15"
    assert texts(root, "/cn:CreditNote/cbc:DueDate | /cn:CreditNote/cac:PaymentTerms") == []
