"""Checklist items 4 and 12: user and account endpoints, slug routing, 402 blocked, 503 maintenance."""

from __future__ import annotations

import re

import pytest

from tests.integration.sandbox.conftest import FakturoidClient

OFFSET_TIMESTAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d")


def test_user_json_lists_the_accounts(api):
    r = api.get("/user.json")
    assert r.status_code == 200
    body = r.json()
    assert set(body) == {"id", "full_name", "email", "avatar_url", "default_account", "accounts"}
    assert body["email"] == "ucetni@sandbox-firma.test"
    assert body["default_account"] == "sandbox-firma"
    assert body["accounts"] == [{
        "slug": "sandbox-firma", "logo": None, "name": "Sandbox Firma s.r.o.", "registration_no": "27082440",
        "permission": "owner", "allowed_scope": ["invoices", "expenses", "reports"]}]


def test_user_json_with_several_accounts_and_null_default(make_emulator):
    emu = make_emulator(extra_slugs=("druha-firma",), default_account_null=True)
    api = FakturoidClient(emu).authorize()
    body = api.get("/user.json").json()
    assert [a["slug"] for a in body["accounts"]] == ["sandbox-firma", "druha-firma"]
    assert body["default_account"] is None
    other = FakturoidClient(emu, slug="druha-firma").authorize()
    assert other.get("account.json").json()["subdomain"] == "druha-firma"


def test_account_json_has_the_activation_fields(api):
    r = api.get("account.json")
    assert r.status_code == 200
    body = r.json()
    assert body["subdomain"] == "sandbox-firma"
    assert body["plan"] == "Kompletní"
    assert body["vat_mode"] == "vat_payer"
    assert body["currency"] == "CZK"
    assert body["invoice_payment_method"] == "bank"
    assert body["due"] == 14
    assert OFFSET_TIMESTAMP.fullmatch(body["created_at"])


def test_account_options_show_in_account_json(make_emulator):
    emu = make_emulator(plan="Zdarma", currency="EUR", vat_mode="non_vat_payer",
                        invoice_payment_method="cash")
    body = FakturoidClient(emu).authorize().get("account.json").json()
    assert (body["plan"], body["plan_price"], body["currency"], body["vat_mode"], body["vat_no"],
            body["invoice_payment_method"]) == ("Zdarma", 0, "EUR", "non_vat_payer", None, "cash")


def test_unknown_slug_is_404_json(api):
    api.slug = "cizi-firma"
    for path in ("account.json", "invoices.json", "subjects/1.json"):
        r = api.get(path)
        assert r.status_code == 404, path
        assert r.json() == {"error": "not_found", "error_description": "Account 'cizi-firma' not found"}


def test_unknown_slug_status_is_configurable(make_emulator):
    emu = make_emulator(unknown_slug_status=403)
    api = FakturoidClient(emu, slug="cizi-firma").authorize()
    r = api.get("account.json")
    assert r.status_code == 403
    assert r.json()["error"] == "forbidden"


def test_unknown_path_is_404(api):
    assert api.get("nothing.json").status_code == 404
    assert api.get("/nothing.json").status_code == 404


def test_bank_accounts(api):
    r = api.get("bank_accounts.json")
    assert r.status_code == 200
    [bank] = r.json()
    assert bank["id"] == 11
    assert bank["iban"] == "CZ6501000000001234567890"
    assert bank["default"] is True


def test_no_bank_account_option(make_emulator):
    emu = make_emulator(has_bank_account=False)
    assert FakturoidClient(emu).authorize().get("bank_accounts.json").json() == []


def test_number_formats(api):
    r = api.get("number_formats/invoices.json")
    assert r.status_code == 200
    [fmt] = r.json()
    assert fmt["id"] == 31
    assert fmt["format"] == "#yyyy#-#dddd#"
    assert fmt["preview"] == "2026-0001, 2026-0002, 2026-0003"
    assert fmt["default"] is True
    assert set(fmt) == {"id", "format", "preview", "default", "created_at", "updated_at"}


def test_blocked_account_answers_402_with_unpaid_invoices(emu, api):
    emu.set_blocked(True)
    for path in ("account.json", "invoices.json"):
        r = api.get(path)
        assert r.status_code == 402
        body = r.json()
        assert body["error"] == "payment_required"
        assert body["unpaid_invoices"][0]["number"] == "2026-000123"
    r = api.post("invoices.json", json={})
    assert r.status_code == 402
    emu.set_blocked(False)
    assert api.get("account.json").status_code == 200


def test_blocked_as_start_option_with_custom_unpaid_list(make_emulator):
    emu = make_emulator(blocked=True)
    emu.set_blocked(True, unpaid_invoices=[{"number": "X-1"}])
    r = FakturoidClient(emu).authorize().get("account.json")
    assert r.status_code == 402
    assert r.json()["unpaid_invoices"] == [{"number": "X-1"}]


def test_maintenance_full_answers_503_to_everything(emu, api):
    emu.set_maintenance("full")
    for r in (api.get("account.json"), api.fetch_token(), api.post("subjects.json", json={"name": "X"})):
        assert r.status_code == 503
        assert r.json()["error"] == "service_unavailable"
    emu.set_maintenance("off")
    assert api.get("account.json").status_code == 200


def test_maintenance_read_only_blocks_writes_only(emu, api):
    emu.set_maintenance("read_only")
    assert api.get("account.json").status_code == 200
    r = api.post("subjects.json", json={"name": "X"})
    assert r.status_code == 503
    assert emu.store.accounts["sandbox-firma"].subjects == {}


def test_bad_option_values_are_refused(make_emulator):
    with pytest.raises(ValueError, match="maintenance"):
        make_emulator(maintenance="sometimes")
    with pytest.raises(TypeError, match="unknown option"):
        make_emulator(plan_name="x")
