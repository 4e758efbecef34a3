from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from invoicedesk.connectors.errors import ConnectorError, ErrorCategory
from invoicedesk.connectors.fakturoid import mapping
from invoicedesk.core.documents import DocumentLine, DocumentType, PaymentStatus, VatCategory
from tests.unit.connectors.samples import buyer, credit_note, invoice


def payload(document, **kw):
    args = dict(subject_id="16", settings={}, account_currency="CZK")
    args.update(kw)
    return mapping.invoice_payload(document, "K-INV-1", **args)


def test_invoice_payload_carries_key_dates_buyer_and_net_lines() -> None:
    body = payload(invoice()).body
    assert body["custom_id"] == "K-INV-1"
    assert body["document_type"] == "invoice"
    assert body["subject_id"] == 16
    assert (body["issued_on"], body["taxable_fulfillment_due"]) == ("2026-03-02", "2026-03-01")
    assert body["due"] == 14
    assert body["vat_price_mode"] == "without_vat"
    assert body["payment_method"] == "bank"
    assert (body["order_number"], body["variable_symbol"]) == ("ORD-77", "20260001")
    assert (body["client_name"], body["client_vat_no"], body["client_registration_no"]) == (
        "Beta a.s.", "CZ25596641", "25596641")
    assert body["lines"][0] == {"name": "Konzultace", "quantity": "2", "unit_name": "h",
                                "unit_price": "1000.5", "vat_rate": "21"}


def test_empty_values_are_left_out_so_fakturoid_numbers_the_document() -> None:
    body = payload(invoice(note="", variable_symbol="")).body
    assert "number" not in body and "note" not in body and "variable_symbol" not in body
    assert "exchange_rate" not in body and "custom_payment_method" not in body
    assert None not in body.values() and "" not in body.values()


def test_local_numbering_sends_our_number_and_a_series_setting_sends_the_format() -> None:
    assert payload(invoice(), settings={"numbering": "local"}).body["number"] == "FV2026/0001"
    body = payload(invoice(), settings={"number_format_id": "31", "bank_account_id": "11"}).body
    assert (body["number_format_id"], body["bank_account_id"]) == (31, 11)
    assert "number" not in body


def test_a_discount_becomes_its_own_line_and_keeps_the_net_exact() -> None:
    result = payload(invoice())
    lines = result.body["lines"]
    assert lines[2] == {"name": "Sleva: Kniha", "quantity": "1", "unit_price": "-30", "vat_rate": "12"}
    assert result.line_origin == [0, 1, 1]
    net = sum(Decimal(line["quantity"]) * Decimal(line["unit_price"]) for line in lines[1:])
    assert net == Decimal("270")


def test_foreign_currency_sends_the_exchange_rate() -> None:
    body = payload(invoice(currency="EUR", exchange_rate=Decimal("25.125"))).body
    assert (body["currency"], body["exchange_rate"]) == ("EUR", "25.125")


def test_lines_without_czech_vat_go_with_rate_zero() -> None:
    line = DocumentLine("Služba EU", Decimal("1"), Decimal("500"), Decimal("21"),
                        vat_category=VatCategory.REVERSE_CHARGE)
    assert payload(invoice(lines=[line])).body["lines"][0]["vat_rate"] == "0"


def test_proforma_and_credit_note_types() -> None:
    assert payload(invoice(doc_type=DocumentType.PROFORMA)).body["document_type"] == "proforma"
    body = payload(credit_note(), corrects_remote_id="529").body
    assert (body["document_type"], body["correction_id"]) == ("correction", 529)
    # Negative quantity, positive price: the domain's sign (BR-27) gives the same negative line total.
    assert (body["lines"][0]["quantity"], body["lines"][0]["unit_price"]) == ("-1", "1000.5")


def test_a_credit_note_without_the_remote_original_is_refused_with_the_field() -> None:
    with pytest.raises(ConnectorError) as caught:
        payload(credit_note())
    assert caught.value.category is ErrorCategory.VALIDATION_FAILED
    assert caught.value.field_errors[0].field == "corrects"
    assert caught.value.field_errors[0].hint


@pytest.mark.parametrize(("local", "remote"), [
    ("bank_transfer", ("bank", "")), ("cash", ("cash", "")), ("card", ("card", "")),
    ("cash_on_delivery", ("cod", "")), ("paypal", ("paypal", "")), ("offset", ("custom", "Zápočet")),
])
def test_payment_methods_map_onto_fakturoids_enum(local: str, remote: tuple[str, str]) -> None:
    assert mapping.payment_method(local) == remote


def test_custom_payment_labels_fit_fakturoids_20_characters() -> None:
    assert all(len(label) <= 20 for _, label in mapping.PAYMENT_METHODS.values())


def test_an_unknown_payment_method_names_the_field() -> None:
    with pytest.raises(ConnectorError) as caught:
        payload(invoice(payment_method="barter"))
    assert caught.value.field_errors[0].field == "payment_method"


def test_client_key_is_stable_and_prefers_the_local_id() -> None:
    assert mapping.client_key(buyer(42)) == "client-42"
    nameless = buyer(None)
    assert mapping.client_key(nameless) == mapping.client_key(buyer(None)) == "client-n-CZ25596641"


def test_subject_payload() -> None:
    body = mapping.subject_payload(buyer(), "client-42")
    assert body == {"custom_id": "client-42", "name": "Beta a.s.", "street": "Krátká 2", "city": "Brno",
                    "zip": "60200", "country": "CZ", "registration_no": "25596641", "vat_no": "CZ25596641",
                    "email": "nakup@beta.test"}


REMOTE = {
    "id": 27, "custom_id": "K-1", "document_type": "invoice", "number": "2023-0021", "status": "sent",
    "variable_symbol": "20230021", "order_number": None, "issued_on": "2023-11-30",
    "taxable_fulfillment_due": "2023-11-29", "due_on": "2023-12-14", "currency": "CZK",
    "client_name": "Apple Czech s.r.o.", "client_vat_no": "CZ123", "vat_price_mode": "without_vat",
    "subtotal": "9133.6", "total": "11000.0", "remaining_amount": "11000.0",
    "lines": [{"id": 46, "name": "Grafická karta", "quantity": "1.0", "unit_name": "", "unit_price": "8264.0",
               "vat_rate": 21},
              {"name": "Kabel", "quantity": "2.0", "unit_price": "434.8", "vat_rate": 12.5}],
    "updated_at": "2023-12-01T09:05:47.187+01:00",
}


def test_remote_invoice_reads_strings_into_decimals() -> None:
    doc = mapping.remote_document(REMOTE)
    assert (doc.remote_id, doc.remote_number, doc.key, doc.doc_type) == ("27", "2023-0021", "K-1",
                                                                         DocumentType.INVOICE)
    assert (doc.total_net, doc.total_vat, doc.total_gross) == (Decimal("9133.6"), Decimal("1866.4"),
                                                               Decimal("11000.0"))
    assert doc.lines[0].unit_price == Decimal("8264.0") and doc.lines[0].vat_rate == Decimal("21")
    assert doc.lines[1].vat_rate == Decimal("12.5")
    assert (doc.issue_date, doc.tax_point_date) == (dt.date(2023, 11, 30), dt.date(2023, 11, 29))
    assert doc.due_date == dt.date(2023, 12, 14)
    assert doc.updated_at == dt.datetime(2023, 12, 1, 8, 5, 47, 187000, tzinfo=dt.UTC)
    assert doc.payment_status is PaymentStatus.UNPAID
    assert doc.buyer.name == "Apple Czech s.r.o."


def test_remote_paid_partial_and_correction() -> None:
    assert mapping.remote_document({**REMOTE, "status": "paid"}).payment_status is PaymentStatus.PAID
    partial = mapping.remote_document({**REMOTE, "remaining_amount": "1000.0"})
    assert partial.payment_status is PaymentStatus.PARTIALLY_PAID
    correction = mapping.remote_document({**REMOTE, "document_type": "correction", "correction_id": 5})
    assert (correction.doc_type, correction.corrects_remote_id) == (DocumentType.CREDIT_NOTE, "5")


def test_gross_priced_remote_lines_use_the_net_price_fakturoid_reports() -> None:
    item = {**REMOTE, "vat_price_mode": "from_total_with_vat",
            "lines": [{"name": "x", "quantity": "1", "unit_price": "121", "unit_price_without_vat": "100",
                       "vat_rate": 21}]}
    assert mapping.remote_document(item).lines[0].unit_price == Decimal("100")


@pytest.mark.parametrize("broken", [
    {**REMOTE, "total": "lots"}, {**REMOTE, "lines": [{"name": "x", "unit_price": None}]},
    {k: v for k, v in REMOTE.items() if k != "id"}, {**REMOTE, "issued_on": "30.11.2023"},
])
def test_a_remote_invoice_in_a_strange_shape_is_a_protocol_surprise(broken: dict) -> None:
    with pytest.raises(ConnectorError) as caught:
        mapping.remote_document(broken)
    assert caught.value.category is ErrorCategory.PROTOCOL_SURPRISE


def test_remote_client() -> None:
    item = {"id": 41, "custom_id": "client-42", "name": "MICROSOFT s.r.o.", "street": "Vyskočilova 1461/2a",
            "city": "Praha", "zip": "14000", "country": "CZ", "registration_no": "47123737",
            "vat_no": "CZ47123737", "updated_at": "2024-01-01T10:00:00+01:00"}
    remote = mapping.remote_client(item)
    assert (remote.remote_id, remote.key, remote.client.name, remote.client.vat_id) == (
        "41", "client-42", "MICROSOFT s.r.o.", "CZ47123737")
    assert remote.client.address.street == "Vyskočilova 1461/2a" and remote.client.is_business


def test_field_errors_map_onto_document_paths_and_follow_inserted_lines() -> None:
    errors = mapping.invoice_field_errors(
        {"client_name": ["can't be blank"], "number": ["The number does not match the number format"],
         "lines[2].unit_price": ["is not a number"], "lines.0.vat_rate": ["is invalid"],
         "lines": ["can't be blank"], "subject_id": ["Contact does not exist."], "strange": "x"},
        line_origin=[0, 1, 1])
    paths = {(e.field, e.message) for e in errors}
    assert ("buyer.name", "can't be blank") in paths
    assert ("number", "The number does not match the number format") in paths
    assert ("lines[1].unit_price", "is not a number") in paths  # remote line 2 is the discount of line 1
    assert ("lines[0].vat_rate", "is invalid") in paths
    assert ("lines", "can't be blank") in paths
    assert ("buyer", "Contact does not exist.") in paths
    assert ("fakturoid.strange", "x") in paths
    number = next(e for e in errors if e.field == "number")
    assert "number format" in number.hint


def test_subject_field_errors() -> None:
    errors = mapping.subject_field_errors({"name": ["je povinná položka"], "vat_no": ["is invalid"]})
    assert [(e.field, e.message) for e in errors] == [("buyer.name", "je povinná položka"),
                                                      ("buyer.vat_id", "is invalid")]
