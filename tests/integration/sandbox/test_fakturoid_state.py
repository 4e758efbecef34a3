"""Seeding helpers, state persistence across restarts, and faults on the Fakturoid routes."""

from __future__ import annotations

import json

import pytest
import requests

from invoicedesk.sandbox.fakturoid import FakturoidEmulator
from tests.integration.sandbox.conftest import FakturoidClient


def test_demo_credentials(emu):
    assert emu.demo_credentials() == {
        "client_id": "sandbox-client-id", "client_secret": "sandbox-client-secret",
        "slug": "sandbox-firma", "email": "ucetni@sandbox-firma.test",
    }


def test_seed_invoices_are_numbered_and_listed(emu, api):
    seeded = emu.seed_invoices(3, custom_id_prefix="SEED-")
    assert [inv["number"] for inv in seeded] == ["2026-0001", "2026-0002", "2026-0003"]
    assert [inv["custom_id"] for inv in seeded] == ["SEED-1", "SEED-2", "SEED-3"]
    listed = api.get("invoices.json").json()
    assert sorted(inv["id"] for inv in listed) == sorted(inv["id"] for inv in seeded)
    assert api.get("invoices.json", params={"custom_id": "SEED-2"}).json()[0]["id"] == seeded[1]["id"]
    # Seeding goes around HTTP: it neither spends the rate limit nor appears in the journal.
    assert all("invoices" not in entry.path for entry in emu.journal if entry.method == "POST")


def test_seed_a_thousand_invoices_pages_into_25_plus_the_empty_one(emu, api):
    emu.seed_invoices(1000)
    sizes = []
    page = 1
    while True:
        batch = api.get("invoices.json", params={"page": page}).json()
        sizes.append(len(batch))
        if not batch:
            break
        page += 1
    assert sizes == [40] * 25 + [0]


def test_state_survives_a_restart(tmp_path, clock):
    state_file = tmp_path / "fakturoid.json"
    with FakturoidEmulator(clock=clock, state_file=state_file) as first:
        api = FakturoidClient(first).authorize()
        subject = api.subject(name="Trvalý s.r.o.", custom_id="CLI-1")
        invoice = api.invoice(subject["id"], custom_id="ORD-1")
        api.post(f"invoices/{invoice['id']}/payments.json", json={})
        token = api.access_token
    saved = json.loads(state_file.read_text("utf-8"))
    assert saved["service"] == "fakturoid"
    with FakturoidEmulator(clock=clock, state_file=state_file) as second:
        api = FakturoidClient(second)
        api.access_token = token  # a cached token keeps working across an emulator restart
        again = api.get(f"invoices/{invoice['id']}.json").json()
        assert (again["number"], again["status"], again["custom_id"]) == ("2026-0001", "paid", "ORD-1")
        assert api.get("subjects.json", params={"custom_id": "CLI-1"}).json()[0]["id"] == subject["id"]
        assert api.invoice(subject["id"])["number"] == "2026-0002"


def test_drop_after_commit_on_create_leaves_exactly_one_invoice_found_by_custom_id(emu, api):
    subject = api.subject()
    emu.faults.inject("drop_after_commit", method="POST", path=r"/invoices\.json$")
    with pytest.raises(requests.ConnectionError):
        api.post("invoices.json", json={"subject_id": subject["id"], "custom_id": "ORD-77",
                                        "issued_on": "2026-03-02",
                                        "lines": [{"name": "x", "unit_price": "1"}]})
    found = api.get("invoices.json", params={"custom_id": "ORD-77"}).json()
    assert len(found) == 1
    assert found[0]["number"] == "2026-0001"


def test_drop_before_on_create_leaves_nothing(emu, api):
    subject = api.subject()
    emu.faults.inject("drop_before", method="POST", path=r"/invoices\.json$")
    with pytest.raises(requests.ConnectionError):
        api.invoice(subject["id"], custom_id="ORD-78")
    assert api.get("invoices.json", params={"custom_id": "ORD-78"}).json() == []


@pytest.mark.parametrize("kind", ["malformed", "html"])
def test_body_faults_on_the_api(emu, api, kind):
    emu.faults.inject(kind, path="account")
    r = api.get("account.json")
    assert r.status_code == 200
    with pytest.raises(ValueError):
        r.json()
    assert api.get("account.json").json()["subdomain"] == "sandbox-firma"
