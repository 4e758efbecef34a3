"""Checklist items 5-9: invoice create and validation, types, lists, PATCH lines, delete, events, PDF."""

from __future__ import annotations

import re

import pytest

from tests.integration.sandbox.conftest import FakturoidClient

OFFSET_TIMESTAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+01:00")
NUMBER_MISMATCH = "The number does not match the number format in the settings"


@pytest.fixture
def subject(api) -> dict:
    return api.subject(name="Apple Czech s.r.o.", street="Pobřežní 3", city="Praha", zip="18600",
                       registration_no="27082440", vat_no="CZ27082440", email="fakturace@apple.example")


def line(**kw) -> dict:
    return {"name": "Hard work", "quantity": "1.0", "unit_name": "h", "unit_price": "40000", "vat_rate": "21",
            **kw}


def create(api, subject, **fields):
    body = {"subject_id": subject["id"], "issued_on": "2026-03-02", "lines": [line()], **fields}
    return api.post("invoices.json", json=body)


# ---- create ------------------------------------------------------------------------------------------------


def test_create_example_from_the_sheet(api, subject):
    r = api.post("invoices.json", json={
        "custom_id": "1234", "subject_id": subject["id"], "due": 21, "issued_on": "2026-03-02",
        "taxable_fulfillment_due": "2026-03-02", "lines": [line()]})
    assert r.status_code == 201
    body = r.json()
    assert r.headers["Location"] == api.url(f"invoices/{body['id']}.json")
    assert body["custom_id"] == "1234"
    assert body["number"] == "2026-0001"
    assert body["variable_symbol"] == "20260001"
    assert body["due"] == 21
    assert body["due_on"] == "2026-03-23"
    assert body["document_type"] == "invoice"
    assert body["status"] == "open"
    assert body["client_name"] == "Apple Czech s.r.o."
    assert body["client_vat_no"] == "CZ27082440"
    assert body["subject_id"] == subject["id"]
    assert body["pdf_url"] == api.url(f"invoices/{body['id']}/download.pdf")
    assert body["bank_account_id"] == 11
    assert body["payment_method"] == "bank"
    assert body["currency"] == "CZK"


def test_decimals_are_strings_vat_rate_a_number_timestamps_with_offset(api, subject):
    body = create(api, subject, lines=[
        line(quantity="2", unit_price="1000", vat_rate=21),
        line(name="Kabel", quantity=3, unit_price=99.9, vat_rate=12),
    ]).json()
    first, second = body["lines"]
    assert (first["quantity"], first["unit_price"], first["vat_rate"]) == ("2.0", "1000.0", 21)
    assert (second["quantity"], second["unit_price"], second["vat_rate"]) == ("3.0", "99.9", 12)
    assert first["total_price_without_vat"] == "2000.0"
    assert first["total_vat"] == "420.0"
    assert second["total_price_without_vat"] == "299.7"
    assert second["total_vat"] == "35.96"
    assert body["subtotal"] == "2299.7"
    assert body["total"] == "2755.66"
    assert body["native_total"] == "2755.66"
    assert body["exchange_rate"] == "1.0"
    assert body["remaining_amount"] == "2755.66"
    assert [(row["vat_rate"], row["base"], row["vat"]) for row in body["vat_rates_summary"]] == [
        (21, "2000.0", "420.0"), (12, "299.7", "35.96")]
    assert OFFSET_TIMESTAMP.fullmatch(body["created_at"])
    assert OFFSET_TIMESTAMP.fullmatch(body["updated_at"])
    assert isinstance(first["id"], int)


def test_prices_with_vat_and_round_total(api, subject):
    body = create(api, subject, vat_price_mode="from_total_with_vat", round_total=True,
                  lines=[line(unit_price="121.40", vat_rate=21)]).json()
    assert body["lines"][0]["total_vat"] == "21.07"
    assert body["subtotal"] == "100.33"
    assert body["total"] == "121.0"
    assert body["rounding_adjustment"] == "-0.4"


def test_numbers_follow_the_format_and_continue(api, subject):
    numbers = [create(api, subject).json()["number"] for _ in range(3)]
    assert numbers == ["2026-0001", "2026-0002", "2026-0003"]
    assert create(api, subject, issued_on="2025-12-31").json()["number"] == "2025-0001"
    assert create(api, subject, document_type="proforma").json()["number"] == "2026-0001"


def test_explicit_number_is_checked_against_the_format(api, subject):
    assert create(api, subject, number="2026-0100").json()["number"] == "2026-0100"
    assert create(api, subject).json()["number"] == "2026-0101"
    for number in ("INV-7", "", None, "2026-01"):
        r = create(api, subject, number=number)
        assert r.status_code == 422, number
        assert r.json() == {"errors": {"number": [NUMBER_MISMATCH]}}
    r = create(api, subject, number="2026-0100")
    assert r.status_code == 422
    assert r.json() == {"errors": {"number": ["has already been taken"]}}


def test_missing_issued_on_gives_the_number_format_error(api, subject):
    r = api.post("invoices.json", json={"subject_id": subject["id"], "lines": [line()]})
    assert r.status_code == 422
    assert r.json() == {"errors": {"number": [NUMBER_MISMATCH]}}


def test_missing_issued_on_defaults_to_today_when_not_strict(make_emulator):
    api = FakturoidClient(make_emulator(require_issued_on=False)).authorize()
    subject = api.subject()
    body = api.post("invoices.json", json={"subject_id": subject["id"], "lines": [line()]}).json()
    assert body["issued_on"] == "2026-03-02"


def test_second_number_format(make_emulator):
    api = FakturoidClient(make_emulator(number_formats=("#yyyy#-#dddd#", "FV#yy##ddddd#"))).authorize()
    formats = api.get("number_formats/invoices.json").json()
    assert [(f["id"], f["default"]) for f in formats] == [(31, True), (32, False)]
    subject = api.subject()
    assert create(api, subject, number_format_id=32).json()["number"] == "FV2600001"
    unknown = create(api, subject, number_format_id=99).json()
    assert unknown == {"errors": {"number_format_id": ["does not exist"]}}


def test_no_bank_account_is_403(make_emulator):
    api = FakturoidClient(make_emulator(has_bank_account=False)).authorize()
    subject = api.subject()
    r = create(api, subject)
    assert r.status_code == 403
    [message] = r.json()["errors"]["bank_account"]
    assert "/settings/bank_accounts" in message
    assert message.startswith("Please set up a bank account")


@pytest.mark.parametrize("fields, errors", [
    ({"subject_id": None}, {"subject_id": ["can't be blank", "Contact does not exist."]}),
    ({"subject_id": 999999}, {"subject_id": ["Contact does not exist."]}),
    ({"lines": []}, {"lines": ["can't be blank"]}),
    ({"lines": [line(name="")]}, {"lines[0].name": ["can't be blank"]}),
    ({"lines": [line(), {"name": "No price", "quantity": "1"}]},
     {"lines[1].unit_price": ["can't be blank", "is not a number"]}),
    ({"lines": [line(unit_price="abc")]}, {"lines[0].unit_price": ["is not a number"]}),
    ({"lines": [line(quantity="x")]}, {"lines[0].quantity": ["is not a number"]}),
    ({"currency": "EUR"}, {"exchange_rate": ["can't be blank"]}),
    ({"currency": "EUR", "exchange_rate": "0"}, {"exchange_rate": ["must be greater than 0"]}),
    ({"document_type": "tax_document"}, {"document_type": ["is not included in the list"]}),
    ({"payment_method": "bitcoin"}, {"payment_method": ["is not included in the list"]}),
    ({"issued_on": "2026-02-30"}, {"issued_on": ["is not a valid date"]}),
    ({"due": "soon"}, {"due": ["is not a number"]}),
    ({"payment_method": "custom", "custom_payment_method": "x" * 21},
     {"custom_payment_method": ["is too long (maximum is 20 characters)"]}),
])
def test_validation_errors_are_422_per_field(api, subject, emu, fields, errors):
    r = create(api, subject, **fields)
    assert r.status_code == 422
    assert r.json() == {"errors": errors}
    assert emu.store.accounts["sandbox-firma"].invoices == {}


def test_subject_id_missing_entirely(api):
    r = api.post("invoices.json", json={"issued_on": "2026-03-02", "lines": [line()]})
    assert r.status_code == 422
    assert r.json()["errors"]["subject_id"] == ["can't be blank", "Contact does not exist."]


def test_foreign_currency_with_exchange_rate(api, subject):
    body = create(api, subject, currency="EUR", exchange_rate="25.125",
                  lines=[line(unit_price="100", vat_rate=21)]).json()
    assert (body["currency"], body["exchange_rate"], body["total"]) == ("EUR", "25.125", "121.0")
    assert body["native_total"] == "3040.13"


def test_custom_id_is_not_unique_by_default_but_can_be(api, subject, make_emulator):
    create(api, subject, custom_id="ORD-1")
    assert create(api, subject, custom_id="ORD-1").status_code == 201
    strict = FakturoidClient(make_emulator(invoice_custom_id_unique=True)).authorize()
    strict_subject = strict.subject()
    create(strict, strict_subject, custom_id="ORD-1")
    r = create(strict, strict_subject, custom_id="ORD-1")
    assert r.status_code == 422
    assert r.json() == {"errors": {"custom_id": ["has already been taken"]}}


def test_proforma(api, subject):
    body = create(api, subject, document_type="proforma").json()
    assert body["document_type"] == "proforma"
    assert body["proforma_followup_document"] == "final_invoice_paid"


def test_correction_needs_an_existing_invoice_which_then_points_back(api, subject):
    r = create(api, subject, document_type="correction")
    assert r.status_code == 422
    assert r.json() == {"errors": {"correction_id": ["can't be blank"]}}
    r = create(api, subject, document_type="correction", correction_id=424242)
    assert r.json() == {"errors": {"correction_id": ["Document does not exist."]}}
    original = create(api, subject).json()
    correction = create(api, subject, document_type="correction", correction_id=original["id"],
                        lines=[line(unit_price="-40000")]).json()
    assert correction["document_type"] == "correction"
    assert correction["correction_id"] == original["id"]
    assert correction["total"] == "-48400.0"
    assert api.get(f"invoices/{original['id']}.json").json()["correction_id"] == correction["id"]


# ---- list ----


def test_list_pages_by_40_then_empty_array_without_link_header(emu, api):
    emu.seed_invoices(81)
    pages = [api.get("invoices.json", params={"page": page}) for page in (1, 2, 3, 4)]
    assert [len(p.json()) for p in pages] == [40, 40, 1, 0]
    assert pages[3].json() == []
    assert all("Link" not in p.headers for p in pages)
    ids = [inv["id"] for p in pages for inv in p.json()]
    assert len(ids) == len(set(ids)) == 81
    assert api.get("invoices.json").json() == pages[0].json()


def test_list_filters(api, subject, clock):
    first = create(api, subject, custom_id="A-1").json()
    clock.advance(600)
    second = create(api, subject, custom_id="A-2", document_type="proforma").json()
    clock.advance(600)
    third = create(api, subject, custom_id="A-3").json()
    other = api.subject(name="Jiný")
    fourth = create(api, other).json()

    def ids(**params):
        r = api.get("invoices.json", params=params)
        assert r.status_code == 200, r.text
        return sorted(inv["id"] for inv in r.json())

    assert ids(custom_id="A-2") == [second["id"]]
    assert ids(number=third["number"]) == [third["id"]]
    # Proformas are numbered in a series of their own, so a number alone can match one of each.
    assert ids(number=first["number"]) == sorted([first["id"], second["id"]])
    assert ids(document_type="proforma") == [second["id"]]
    assert ids(document_type="regular") == sorted([first["id"], third["id"], fourth["id"]])
    assert ids(since=second["created_at"]) == sorted([second["id"], third["id"], fourth["id"]])
    assert ids(until=second["created_at"]) == sorted([first["id"], second["id"]])
    assert ids(subject_id=other["id"]) == [fourth["id"]]
    api.patch(f"invoices/{first['id']}.json", json={"note": "changed"})
    assert ids(updated_since=third["created_at"]) == sorted([first["id"], third["id"], fourth["id"]])
    assert ids(updated_until=second["created_at"]) == [second["id"]]
    assert ids(status="open") == sorted([first["id"], second["id"], third["id"], fourth["id"]])
    assert ids(status="paid") == []


def test_status_filter_sees_overdue(api, subject, clock):
    invoice = create(api, subject, due=1).json()
    clock.advance(3 * 86400)
    api.authorize()
    assert [i["id"] for i in api.get("invoices.json", params={"status": "overdue"}).json()] == [invoice["id"]]
    assert api.get(f"invoices/{invoice['id']}.json").json()["status"] == "overdue"


@pytest.mark.parametrize("param", ["since", "until", "updated_since", "updated_until"])
def test_list_malformed_iso_8601_is_400(api, param):
    r = api.get("invoices.json", params={param: "30.11.2023"})
    assert r.status_code == 400
    assert r.json()["error"] == "invalid_request"


def test_search(api, subject):
    create(api, subject, note="Dodávka serverů")
    create(api, subject, lines=[line(name="Konzultace")])
    found = api.get("invoices/search.json", params={"query": "konzult"}).json()
    assert [inv["lines"][0]["name"] for inv in found] == ["Konzultace"]


# ---- read, update, delete ----


def test_get_unknown_invoice_is_404(api):
    r = api.get("invoices/99999.json")
    assert r.status_code == 404
    assert r.json()["error"] == "not_found"


def test_patch_appends_lines_without_id_and_destroys_marked_ones(api, subject):
    invoice = create(api, subject, lines=[line(name="A"), line(name="B")]).json()
    a, b = invoice["lines"]
    path = f"invoices/{invoice['id']}.json"
    changes = [{"id": a["id"], "unit_price": "50"}, {"name": "C", "unit_price": "10"}]
    r = api.patch(path, json={"lines": changes})
    assert r.status_code == 200
    assert [(x["name"], x["unit_price"]) for x in r.json()["lines"]] == [
        ("A", "50.0"), ("B", "40000.0"), ("C", "10.0")]
    # Re-sending a line without its id duplicates it (pitfall 5).
    r = api.patch(path, json={"lines": [{"name": "B", "unit_price": "40000", "vat_rate": 21}]})
    assert [x["name"] for x in r.json()["lines"]] == ["A", "B", "C", "B"]
    r = api.patch(path, json={"lines": [{"id": b["id"], "_destroy": True}]})
    assert [x["name"] for x in r.json()["lines"]] == ["A", "C", "B"]
    assert api.get(path).json()["lines"] == r.json()["lines"]


def test_patch_unknown_line_id_and_emptying_lines_are_422(api, subject):
    invoice = create(api, subject).json()
    path = f"invoices/{invoice['id']}.json"
    r = api.patch(path, json={"lines": [{"id": 1, "name": "x"}]})
    assert r.status_code == 422
    assert "lines[0].id" in r.json()["errors"]
    only = invoice["lines"][0]["id"]
    r = api.patch(path, json={"lines": [{"id": only, "_destroy": True}]})
    assert r.status_code == 422
    assert r.json() == {"errors": {"lines": ["can't be blank"]}}


def test_patch_number_format_change_is_422(api, subject):
    invoice = create(api, subject).json()
    path = f"invoices/{invoice['id']}.json"
    r = api.patch(path, json={"number_format_id": 32})
    assert r.status_code == 422
    assert r.json() == {"errors": {"number_format_id": ["cannot be changed"]}}
    assert api.patch(path, json={"number_format_id": 31, "note": "same format"}).status_code == 200


def test_patch_fields_and_updated_at(api, subject, clock):
    invoice = create(api, subject).json()
    clock.advance(60)
    changes = {"due": 30, "order_number": "OBJ-7", "number": "2026-0042"}
    r = api.patch(f"invoices/{invoice['id']}.json", json=changes)
    body = r.json()
    assert (body["due"], body["due_on"], body["order_number"], body["number"]) == (
        30, "2026-04-01", "OBJ-7", "2026-0042")
    assert body["updated_at"] > invoice["updated_at"]
    assert body["created_at"] == invoice["created_at"]


def test_delete_and_undeletable_documents(api, subject):
    plain = create(api, subject).json()
    assert api.delete(f"invoices/{plain['id']}.json").status_code == 204
    assert api.get(f"invoices/{plain['id']}.json").status_code == 404
    original = create(api, subject).json()
    create(api, subject, document_type="correction", correction_id=original["id"])
    r = api.delete(f"invoices/{original['id']}.json")
    assert r.status_code == 422
    assert r.json() == {"errors": {"document": ["Document cannot be deleted"]}}


# ---- events (fire) ----


def test_fire_events_and_locking(api, subject):
    invoice = create(api, subject).json()
    path = f"invoices/{invoice['id']}"
    assert api.post(f"{path}/fire.json", params={"event": "mark_as_sent"}).status_code == 204
    body = api.get(f"{path}.json").json()
    assert body["status"] == "sent"
    assert OFFSET_TIMESTAMP.fullmatch(body["sent_at"])
    assert api.post(f"{path}/fire.json", params={"event": "lock"}).status_code == 204
    r = api.post(f"{path}/fire.json", params={"event": "lock"})
    assert r.status_code == 422
    assert r.json() == {"errors": {"event": ["lock cannot be fired"]}}
    r = api.patch(f"{path}.json", json={"note": "x"})
    assert r.status_code == 403
    assert r.json() == {"error": "document_locked",
                        "error_description": "Document first needs to be unlocked to perform the action"}
    assert api.delete(f"{path}.json").status_code == 422
    assert api.post(f"{path}/fire.json", params={"event": "unlock"}).status_code == 204
    assert api.post(f"{path}/fire.json", params={"event": "cancel"}).status_code == 204
    assert api.get(f"{path}.json").json()["status"] == "cancelled"
    assert api.post(f"{path}/fire.json", params={"event": "undo_cancel"}).status_code == 204
    assert api.get(f"{path}.json").json()["status"] == "sent"
    r = api.post(f"{path}/fire.json", params={"event": "pay"})
    assert r.status_code == 422
    assert "event" in r.json()["errors"]


# ---- PDF ----


def test_pdf_is_204_until_generated_then_a_real_pdf(api, subject, clock):
    invoice = create(api, subject).json()
    pdf_path = f"invoices/{invoice['id']}/download.pdf"
    r = api.get(pdf_path)
    assert r.status_code == 204
    assert r.content == b""
    clock.advance(2.5)
    r = api.get(pdf_path)
    assert r.status_code == 200
    assert r.headers["Content-Type"] == "application/pdf"
    assert r.headers["Content-Transfer-Encoding"] == "binary"
    assert r.content.startswith(b"%PDF-1.4")
    assert r.content.rstrip().endswith(b"%%EOF")
    assert b"2026-0001" in r.content
    xref_at = int(r.content.rsplit(b"startxref", 1)[1].split()[0])
    assert r.content[xref_at:xref_at + 4] == b"xref"
    # An update makes it regenerate.
    api.patch(f"invoices/{invoice['id']}.json", json={"note": "změna"})
    assert api.get(pdf_path).status_code == 204


def test_pdf_delay_is_configurable(make_emulator, clock):
    api = FakturoidClient(make_emulator(pdf_delay_seconds=0)).authorize()
    invoice = create(api, api.subject()).json()
    assert api.get(f"invoices/{invoice['id']}/download.pdf").status_code == 200
    assert api.get("invoices/424242/download.pdf").status_code == 404
