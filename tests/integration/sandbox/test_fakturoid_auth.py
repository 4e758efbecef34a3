"""Checklist items 1-3: the token endpoint, the mandatory User-Agent, the Bearer check and token lifetime."""

from __future__ import annotations

import requests
from urllib3.util import SKIP_HEADER

from tests.integration.sandbox.conftest import USER_AGENT, FakturoidClient, basic

BODY_CREDENTIALS = {
    "error": "invalid_request",
    "error_description": "Client ID and Client Secret have to be sent via HTTP Basic Authorization",
}
MISSING_UA = {"error": "invalid_request", "error_description": 'Required header "User-Agent" is missing'}


def token_url(emu) -> str:
    return emu.base_url + "/oauth/token"


def demo_basic(emu) -> str:
    creds = emu.demo_credentials()
    return basic(creds["client_id"], creds["client_secret"])


def test_token_with_basic_and_json_body(emu):
    r = requests.post(token_url(emu), json={"grant_type": "client_credentials"}, timeout=5,
                      headers={"User-Agent": USER_AGENT, "Authorization": demo_basic(emu)})
    assert r.status_code == 200
    body = r.json()
    assert set(body) == {"access_token", "token_type", "expires_in"}
    assert body["token_type"] == "Bearer"
    assert body["expires_in"] == 7200
    assert len(body["access_token"]) >= 32
    assert r.headers["Content-Type"].startswith("application/json")
    assert r.headers["Cache-Control"] == "no-store"


def test_token_with_form_body(emu):
    r = requests.post(token_url(emu), data={"grant_type": "client_credentials"}, timeout=5,
                      headers={"User-Agent": USER_AGENT, "Authorization": demo_basic(emu)})
    assert r.status_code == 200
    assert r.json()["token_type"] == "Bearer"


def test_worked_basic_example_from_the_sheet(make_emulator):
    emu = make_emulator(client_id="client_id", client_secret="client_secret")
    r = requests.post(token_url(emu), json={"grant_type": "client_credentials"}, timeout=5, headers={
        "User-Agent": USER_AGENT, "Authorization": "Basic Y2xpZW50X2lkOmNsaWVudF9zZWNyZXQ="})
    assert r.status_code == 200


def test_credentials_in_json_body_are_refused_with_the_exact_description(emu):
    creds = emu.demo_credentials()
    r = requests.post(token_url(emu), timeout=5, headers={"User-Agent": USER_AGENT}, json={
        "grant_type": "client_credentials", "client_id": creds["client_id"],
        "client_secret": creds["client_secret"]})
    assert r.status_code == 400
    assert r.json() == BODY_CREDENTIALS


def test_credentials_in_form_body_are_refused_even_with_basic(emu):
    creds = emu.demo_credentials()
    r = requests.post(token_url(emu), timeout=5,
                      headers={"User-Agent": USER_AGENT, "Authorization": demo_basic(emu)},
                      data={"grant_type": "client_credentials", "client_id": creds["client_id"]})
    assert r.status_code == 400
    assert r.json() == BODY_CREDENTIALS


def test_wrong_or_missing_client_credentials_answer_401_invalid_client(emu):
    for authorization in (basic("sandbox-client-id", "wrong"), basic("nobody", "x"), None, "Basic !!!"):
        headers = {"User-Agent": USER_AGENT}
        if authorization:
            headers["Authorization"] = authorization
        r = requests.post(token_url(emu), json={"grant_type": "client_credentials"}, headers=headers,
                          timeout=5)
        assert r.status_code == 401, authorization
        assert r.json()["error"] == "invalid_client"
    assert emu.store.tokens == {}


def test_grant_type_missing_or_unsupported(emu):
    headers = {"User-Agent": USER_AGENT, "Authorization": demo_basic(emu)}
    r = requests.post(token_url(emu), json={}, headers=headers, timeout=5)
    assert r.status_code == 400
    assert r.json() == {"error": "invalid_request",
                        "error_description": "Missing required parameter: grant_type."}
    r = requests.post(token_url(emu), json={"grant_type": "password"}, headers=headers, timeout=5)
    assert r.status_code == 400
    assert r.json()["error"] == "unsupported_grant_type"


def test_user_agent_missing_on_token_call_and_api_call(emu):
    r = requests.post(token_url(emu), json={"grant_type": "client_credentials"}, timeout=5,
                      headers={"User-Agent": SKIP_HEADER, "Authorization": demo_basic(emu)})
    assert r.status_code == 400
    assert r.json() == MISSING_UA
    api = FakturoidClient(emu).authorize()
    # SKIP_HEADER stops urllib3 from adding its own default User-Agent.
    r = api.get("/user.json", headers={"User-Agent": SKIP_HEADER})
    assert r.status_code == 400
    assert r.json() == MISSING_UA
    r = api.get("invoices.json", headers={"User-Agent": ""})
    assert r.status_code == 400
    assert r.json() == MISSING_UA


def test_generic_user_agent_is_accepted_by_default(emu):
    r = requests.post(token_url(emu), json={"grant_type": "client_credentials"}, timeout=5,
                      headers={"Authorization": demo_basic(emu)})  # requests sends python-requests/x.y
    assert r.status_code == 200


def test_generic_user_agent_403_mode(make_emulator):
    emu = make_emulator(reject_generic_user_agent=True)
    for agent in ("python-requests/2.32", "curl/8.0", "InvoiceDesk", "InvoiceDesk (not-an-email)"):
        r = requests.post(token_url(emu), json={"grant_type": "client_credentials"}, timeout=5,
                          headers={"User-Agent": agent, "Authorization": demo_basic(emu)})
        assert r.status_code == 403, agent
        assert r.json()["error"] == "forbidden"
    api = FakturoidClient(emu).authorize()  # "InvoiceDesk tests (tests@invoicedesk.test)"
    assert api.get("/user.json").status_code == 200
    assert api.get("/user.json", headers={"User-Agent": "Go-http-client/1.1"}).status_code == 403


def test_bearer_missing_invalid_or_malformed_is_401_invalid_token(emu):
    api = FakturoidClient(emu)
    r = api.get("/user.json")
    assert r.status_code == 401
    assert r.json() == {"error": "invalid_token", "error_description": "The access token is missing"}
    assert r.headers["WWW-Authenticate"].startswith('Bearer realm="Fakturoid", error="invalid_token"')
    r = api.get("invoices.json", headers={"Authorization": "Bearer not-a-token"})
    assert r.status_code == 401
    assert r.json() == {"error": "invalid_token", "error_description": "The access token is invalid"}
    r = api.get("invoices.json", headers={"Authorization": demo_basic(emu)})
    assert r.status_code == 401


def test_token_expires_after_7200_emulated_seconds(emu, clock):
    api = FakturoidClient(emu).authorize()
    clock.advance(7199)
    assert api.get("/user.json").status_code == 200
    clock.advance(2)
    r = api.get("/user.json")
    assert r.status_code == 401
    assert r.json() == {"error": "invalid_token", "error_description": "The access token expired"}
    api.authorize()
    assert api.get("/user.json").status_code == 200


def test_token_lifetime_can_be_shortened(make_emulator, clock):
    emu = make_emulator(token_ttl_seconds=30)
    api = FakturoidClient(emu)
    assert api.fetch_token().json()["expires_in"] == 30
    api.authorize()
    clock.advance(31)
    assert api.get("/user.json").status_code == 401


def test_several_tokens_valid_at_once_by_default(emu):
    first = FakturoidClient(emu).authorize()
    second = FakturoidClient(emu).authorize()
    assert first.access_token != second.access_token
    assert first.get("/user.json").status_code == 200
    assert second.get("/user.json").status_code == 200


def test_new_token_kills_old_mode(make_emulator):
    emu = make_emulator(new_token_revokes_old=True)
    first = FakturoidClient(emu).authorize()
    second = FakturoidClient(emu).authorize()
    assert first.get("/user.json").status_code == 401
    assert second.get("/user.json").status_code == 200


def test_revoke_tokens_helper(emu):
    api = FakturoidClient(emu).authorize()
    emu.revoke_tokens()
    assert api.get("/user.json").status_code == 401


def test_unsupported_response_type_is_415(api):
    r = api.get("/user.json", headers={"Accept": "application/xml"})
    assert r.status_code == 415
    assert r.json()["error"] == "unsupported_media_type"
    assert api.get("/user.json", headers={"Accept": "application/json"}).status_code == 200


ROUTES = [
    ("GET", "/user.json"), ("GET", "account.json"), ("GET", "bank_accounts.json"),
    ("GET", "number_formats/invoices.json"), ("GET", "subjects.json"), ("POST", "subjects.json"),
    ("GET", "subjects/search.json"), ("GET", "invoices.json"), ("POST", "invoices.json"),
    ("GET", "invoices/1.json"), ("PATCH", "invoices/1.json"), ("DELETE", "invoices/1.json"),
    ("POST", "invoices/1/fire.json"), ("GET", "invoices/1/download.pdf"),
    ("POST", "invoices/1/payments.json"), ("POST", "invoices/1/message.json"),
    ("GET", "events.json"), ("GET", "events/paid.json"),
]


def test_every_route_needs_a_user_agent_then_a_token(emu):
    api = FakturoidClient(emu)
    for method, path in ROUTES:
        r = api.request(method, path, headers={"User-Agent": SKIP_HEADER}, json={})
        assert (r.status_code, r.json()) == (400, MISSING_UA), (method, path)
        r = api.request(method, path, json={})
        assert r.status_code == 401, (method, path)
        assert r.json()["error"] == "invalid_token"
    assert emu.store.accounts["sandbox-firma"].subjects == {}
