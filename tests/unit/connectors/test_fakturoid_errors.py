from __future__ import annotations

import json

import pytest

from invoicedesk.connectors.errors import ErrorCategory
from invoicedesk.connectors.fakturoid.client import TokenCache
from invoicedesk.connectors.fakturoid.errors import map_error, token_error
from invoicedesk.connectors.http import HttpResponse

ACCOUNT = "/api/v3/accounts/applecorp"


def response(status: int, body: object = None, path: str = f"{ACCOUNT}/invoices.json", headers=None):
    content = json.dumps(body).encode() if body is not None else b""
    return HttpResponse("POST", path, status, headers or {}, content, data=body)


@pytest.mark.parametrize("status", [400, 401])
def test_token_endpoint_refusals_are_refused_credentials(status: int) -> None:
    error = token_error(response(status, {"error": "invalid_client"}, "/api/v3/oauth/token"))
    assert error.category is ErrorCategory.CREDENTIALS_REFUSED
    assert "invalid_client" in error.detail


def test_401_on_an_api_call_is_refused_credentials() -> None:
    assert map_error(response(401, {"error": "invalid_token"})).category is ErrorCategory.CREDENTIALS_REFUSED


def test_402_blocked_account_says_why_and_lists_the_unpaid_invoice() -> None:
    error = map_error(response(402, {"error": "payment_required",
                                     "unpaid_invoices": [{"number": "2026-000123", "total": "1573.0"}]}))
    assert error.category is ErrorCategory.PLAN_WITHOUT_API
    assert "blocked" in error.detail and "2026-000123" in error.detail


def test_403_without_bank_account_is_a_validation_error_on_the_sellers_bank_account() -> None:
    error = map_error(response(403, {"errors": {"bank_account": [
        "Please set up a bank account in /settings/bank_accounts"]}}))
    assert error.category is ErrorCategory.VALIDATION_FAILED
    (field,) = error.field_errors
    assert field.field == "seller.bank_accounts"
    assert "Settings → Bank accounts" in field.hint


@pytest.mark.parametrize(("code", "category", "phrase"), [
    ("upgrade_required", ErrorCategory.PLAN_WITHOUT_API, "paid plans"),
    ("quota_exhausted", ErrorCategory.RATE_LIMITED, "quota"),
    ("email_delivery_disabled", ErrorCategory.PERMISSION_MISSING, "disabled"),
    ("document_locked", ErrorCategory.PERMISSION_MISSING, "locked"),
    ("forbidden", ErrorCategory.PERMISSION_MISSING, "refused"),
])
def test_403_codes(code: str, category: ErrorCategory, phrase: str) -> None:
    error = map_error(response(403, {"error": code, "error_description": "…"}))
    assert error.category is category
    assert phrase in error.detail
    if code == "quota_exhausted":
        assert error.retry_at is not None


def test_404_on_account_paths_means_the_slug_and_on_an_item_the_record() -> None:
    assert map_error(response(404, {"error": "not_found"}, f"{ACCOUNT}/account.json")).category \
        is ErrorCategory.ACCOUNT_NOT_FOUND
    assert map_error(response(404, {}, f"{ACCOUNT}/number_formats/invoices.json")).category \
        is ErrorCategory.ACCOUNT_NOT_FOUND
    gone = map_error(response(404, {}, f"{ACCOUNT}/invoices/77/download.pdf"))
    assert gone.category is ErrorCategory.VALIDATION_FAILED
    assert "77" in gone.detail and gone.field_errors[0].field == "remote_id"


def test_422_maps_fields_for_invoices_and_for_contacts() -> None:
    invoice = map_error(response(422, {"errors": {"client_name": ["can't be blank"]}}), line_origin=[0])
    assert invoice.category is ErrorCategory.VALIDATION_FAILED
    assert invoice.field_errors[0].field == "buyer.name"
    contact = map_error(response(422, {"errors": {"name": ["can't be blank"]}}, f"{ACCOUNT}/subjects.json"),
                        subject_prefix="")
    assert contact.field_errors[0].field == "name"


def test_429_waits_for_the_reset_fakturoid_announces() -> None:
    error = map_error(response(429, {}, headers={"X-RateLimit": "default;r=0;t=37"}))
    assert error.category is ErrorCategory.RATE_LIMITED and error.retry_after == 37


@pytest.mark.parametrize(("status", "category"), [
    (503, ErrorCategory.SERVICE_UNAVAILABLE), (500, ErrorCategory.SERVICE_UNAVAILABLE),
    (400, ErrorCategory.PROTOCOL_SURPRISE), (415, ErrorCategory.PROTOCOL_SURPRISE),
])
def test_other_statuses(status: int, category: ErrorCategory) -> None:
    assert map_error(response(status, {"error": "x"})).category is category


def test_success_is_not_an_error() -> None:
    assert map_error(response(201, {"id": 1})) is None


def test_an_error_body_that_is_not_json_still_maps_by_status() -> None:
    raw = HttpResponse("GET", f"{ACCOUNT}/invoices.json", 503, {}, b"<html>down</html>", data=None)
    assert map_error(raw).category is ErrorCategory.SERVICE_UNAVAILABLE


def test_token_cache_renews_a_minute_early_and_forgets_only_its_own_token() -> None:
    now = [0.0]
    cache = TokenCache(clock=lambda: now[0])
    key = TokenCache.key("u", "id", "secret")
    assert "secret" not in "".join(key)
    cache.store(key, "t1", 7200)
    now[0] = 7139
    assert cache.valid(key) == "t1"
    now[0] = 7141
    assert cache.valid(key) is None
    cache.store(key, "t2", 7200)
    cache.discard(key, "t1")  # a stale token's 401 must not throw away the fresh one
    assert cache.valid(key) == "t2"
    cache.discard(key, "t2")
    assert cache.valid(key) is None


def test_token_cache_with_a_short_lifetime_keeps_half_of_it() -> None:
    now = [0.0]
    cache = TokenCache(clock=lambda: now[0])
    key = TokenCache.key("u", "id", "s")
    cache.store(key, "t", 20)
    now[0] = 9.9
    assert cache.valid(key) == "t"
    now[0] = 10.1
    assert cache.valid(key) is None
