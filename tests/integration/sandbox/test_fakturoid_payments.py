"""Checklist item 10: payments, e-mail delivery; plus the events feeds."""

from __future__ import annotations

import re

import pytest

from tests.integration.sandbox.conftest import FakturoidClient

OFFSET_TIMESTAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+01:00")


@pytest.fixture
def invoice(api) -> dict:
    subject = api.subject(name="Odběratel a.s.", email="fakturace@odberatel.example")
    return api.invoice(subject["id"], lines=[{"name": "Služba", "unit_price": "1000", "vat_rate": 21}])


def test_payment_201_body_as_in_the_sheet_and_marks_paid(api, invoice):
    r = api.post(f"invoices/{invoice['id']}/payments.json", json={"paid_on": "2026-03-05"})
    assert r.status_code == 201
    body = r.json()
    assert set(body) == {"id", "paid_on", "currency", "amount", "native_amount", "variable_symbol",
                         "bank_account_id", "tax_document_id", "created_at", "updated_at"}
    assert (body["paid_on"], body["currency"], body["amount"], body["native_amount"]) == (
        "2026-03-05", "CZK", "1210.0", "1210.0")
    assert body["variable_symbol"] == invoice["variable_symbol"]
    assert body["bank_account_id"] == 11
    assert body["tax_document_id"] is None
    assert OFFSET_TIMESTAMP.fullmatch(body["created_at"])
    paid = api.get(f"invoices/{invoice['id']}.json").json()
    assert (paid["status"], paid["paid_on"], paid["remaining_amount"]) == ("paid", "2026-03-05", "0.0")
    assert paid["payments"] == [body]


def test_payment_on_a_paid_invoice_is_403_forbidden(api, invoice):
    api.post(f"invoices/{invoice['id']}/payments.json", json={})
    r = api.post(f"invoices/{invoice['id']}/payments.json", json={"amount": "1"})
    assert r.status_code == 403
    assert r.json() == {"error": "forbidden",
                        "error_description": "Payment cannot be added to already paid invoice"}


def test_partial_payment_leaves_the_invoice_open(api, invoice):
    partial = {"amount": "210.00", "paid_on": "2026-03-03"}
    r = api.post(f"invoices/{invoice['id']}/payments.json", json=partial)
    assert r.status_code == 201
    after = api.get(f"invoices/{invoice['id']}.json").json()
    assert (after["status"], after["remaining_amount"]) == ("open", "1000.0")
    r = api.post(f"invoices/{invoice['id']}/payments.json", json={})
    assert r.json()["amount"] == "1000.0"
    assert api.get(f"invoices/{invoice['id']}.json").json()["status"] == "paid"


def test_payment_validation_422(api, invoice):
    r = api.post(f"invoices/{invoice['id']}/payments.json", json={"amount": ""})
    assert r.status_code == 422
    assert r.json() == {"errors": {"amount": ["can't be blank", "is not a number"]}}
    r = api.post(f"invoices/{invoice['id']}/payments.json", json={"amount": "lots"})
    assert r.json() == {"errors": {"amount": ["is not a number"]}}
    assert api.post("invoices/424242/payments.json", json={}).status_code == 404


def test_undo_payment_reopens(api, invoice):
    payment = api.post(f"invoices/{invoice['id']}/payments.json", json={}).json()
    assert api.delete(f"invoices/{invoice['id']}/payments/{payment['id']}.json").status_code == 204
    after = api.get(f"invoices/{invoice['id']}.json").json()
    assert (after["status"], after["paid_on"], after["payments"]) == ("open", None, [])
    assert api.delete(f"invoices/{invoice['id']}/payments/{payment['id']}.json").status_code == 404


def test_paid_proforma_issues_a_paid_final_invoice(api):
    subject = api.subject()
    proforma = api.invoice(subject["id"], document_type="proforma")
    api.post(f"invoices/{proforma['id']}/payments.json", json={})
    paid_proforma = api.get(f"invoices/{proforma['id']}.json").json()
    final = api.get(f"invoices/{paid_proforma['related_id']}.json").json()
    assert final["document_type"] == "final_invoice"
    assert final["status"] == "paid"
    assert final["related_id"] == proforma["id"]
    assert final["total"] == proforma["total"]


def test_tax_document_for_a_payment(api, invoice):
    payment = api.post(f"invoices/{invoice['id']}/payments.json", json={}).json()
    r = api.post(f"invoices/{invoice['id']}/payments/{payment['id']}/create_tax_document.json")
    assert r.status_code == 201
    assert r.json()["document_type"] == "tax_document"
    after = api.get(f"invoices/{invoice['id']}.json").json()
    assert after["payments"][0]["tax_document_id"] == r.json()["id"]
    assert after["tax_document_ids"] == [r.json()["id"]]


def test_message_204_marks_sent_and_records_the_mail(emu, api, invoice):
    r = api.post(f"invoices/{invoice['id']}/message.json", json={"subject": "Faktura", "deliver_now": True})
    assert r.status_code == 204
    assert r.content == b""
    [mail] = emu.sent_messages()
    assert (mail["email"], mail["subject"], mail["deliver_now"]) == (
        "fakturace@odberatel.example", "Faktura", True)
    assert api.get(f"invoices/{invoice['id']}.json").json()["status"] == "sent"


def test_message_with_a_bad_email_is_422(api, invoice):
    r = api.post(f"invoices/{invoice['id']}/message.json", json={"email": "nope"})
    assert r.status_code == 422
    assert r.json() == {"errors": {"email": ["Please check the email."]}}


def test_message_on_the_free_plan_is_403_upgrade_required(make_emulator):
    api = FakturoidClient(make_emulator(plan="Zdarma")).authorize()
    subject = api.subject(email="a@b.example")
    invoice = api.invoice(subject["id"])
    r = api.post(f"invoices/{invoice['id']}/message.json", json={})
    assert r.status_code == 403
    assert r.json() == {"error": "upgrade_required",
                        "error_description": "Email delivery is only available for paid plans"}


@pytest.mark.parametrize("mode", ["disabled", "quota_exhausted"])
def test_message_delivery_disabled_or_quota(make_emulator, mode):
    api = FakturoidClient(make_emulator(email_delivery=mode)).authorize()
    subject = api.subject(email="a@b.example")
    invoice = api.invoice(subject["id"])
    r = api.post(f"invoices/{invoice['id']}/message.json", json={})
    assert r.status_code == 403
    expected = {"disabled": "email_delivery_disabled", "quota_exhausted": "quota_exhausted"}[mode]
    assert r.json()["error"] == expected


def test_events_and_paid_feed(api, invoice, clock):
    api.post(f"invoices/{invoice['id']}/payments.json", json={})
    paid = api.get("events/paid.json").json()
    assert [(e["name"], e["related_objects"]) for e in paid] == [
        ("invoice_paid", [{"type": "Invoice", "id": invoice["id"]}])]
    names = [e["name"] for e in api.get("events.json").json()]
    assert names == ["invoice_paid", "invoice_created"]
    later = "2026-03-02T23:00:00+01:00"
    assert api.get("events/paid.json", params={"since": later}).json() == []
    assert api.get("events.json", params={"since": "bad"}).status_code == 400
