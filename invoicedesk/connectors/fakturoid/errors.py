"""Fakturoid's error dialect → the shared taxonomy (fact sheet §6).

422 carries `{"errors": {field: [messages]}}`; every other error `{"error": code, "error_description": text}`.
Texts are localized, so decisions are made on statuses, keys and codes, never on wording.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from invoicedesk.connectors.errors import N_, ConnectorError, ErrorCategory
from invoicedesk.connectors.fakturoid.mapping import SERVICE, invoice_field_errors, subject_field_errors
from invoicedesk.connectors.http import HttpResponse, parse_retry_after
from invoicedesk.connectors.ratelimit import parse_structured_ratelimit
from invoicedesk.core.errors import FieldError
from invoicedesk.secrets.redaction import redact_text

# /accounts/{slug}/{collection}.json (or account.json): a 404 here means the slug, not a missing record.
_ACCOUNT_LEVEL = re.compile(r"/accounts/[^/]+/(?:[a-z_]+(?:/[a-z_]+)?)\.json$")
_ITEM = re.compile(r"/(invoices|subjects)/(\d+)")


def token_error(response: HttpResponse) -> ConnectorError | None:
    """The token endpoint: 400/401 both mean the credentials were not accepted."""
    if response.status in (400, 401):
        code = _body(response).get("error", "")
        return ConnectorError(
            ErrorCategory.CREDENTIALS_REFUSED,
            "Fakturoid did not accept the Client ID and Client Secret"
            + (f" ({_clean(code)})" if code else ""),
            service=SERVICE, http_status=response.status)
    return map_error(response)


def map_error(
    response: HttpResponse,
    *,
    line_origin: list[int] | None = None,
    subject_prefix: str = "buyer.",
) -> ConnectorError | None:
    status = response.status
    if status < 400:
        return None
    body = _body(response)
    code = _clean(body.get("error", ""))
    description = _clean(body.get("error_description", ""))
    errors = body.get("errors") if isinstance(body.get("errors"), Mapping) else {}

    def error(category: ErrorCategory, detail: str, **kw: Any) -> ConnectorError:
        return ConnectorError(category, detail, service=SERVICE, http_status=status, **kw)

    path = response.path.split("?")[0]
    if status == 401:
        return error(ErrorCategory.CREDENTIALS_REFUSED,
                     "Fakturoid refused the access token (the API credentials may have been revoked)")
    if status == 402:
        unpaid = _unpaid_invoices(body)
        return error(ErrorCategory.PLAN_WITHOUT_API,
                     "The Fakturoid account is blocked because an invoice from Fakturoid itself is unpaid"
                     + (f" ({unpaid})" if unpaid else "") + "; pay it in Fakturoid to unblock the API")
    if status == 403:
        if "bank_account" in errors:
            raw = errors["bank_account"]
            messages = raw if isinstance(raw, list) else [raw]
            return error(
                ErrorCategory.VALIDATION_FAILED,
                "Fakturoid needs a bank account before it creates invoices",
                field_errors=[FieldError("seller.bank_accounts", _clean(m),
                                         N_("Add a bank account in Fakturoid under Settings → Bank accounts "
                                            "(/settings/bank_accounts); the API cannot create one."))
                              for m in messages])
        if code == "upgrade_required":
            return error(ErrorCategory.PLAN_WITHOUT_API,
                         "Fakturoid sends e-mails through the API only on paid plans; upgrade the Fakturoid "
                         "plan or send the invoice from Fakturoid's website")
        if code == "quota_exhausted":
            today = dt.datetime.now(dt.UTC).replace(hour=0, minute=0, second=0, microsecond=0)
            tomorrow = today + dt.timedelta(days=1)
            return error(ErrorCategory.RATE_LIMITED, "Fakturoid's daily e-mail quota is used up",
                         retry_at=tomorrow)
        if code == "document_locked":
            return error(ErrorCategory.PERMISSION_MISSING,
                         "The document is locked in Fakturoid; unlock it there to change it")
        if code == "email_delivery_disabled":
            return error(ErrorCategory.PERMISSION_MISSING,
                         "Fakturoid has disabled e-mail delivery for this account (after spam complaints); "
                         "contact Fakturoid support")
        return error(ErrorCategory.PERMISSION_MISSING,
                     "Fakturoid refused the action"
                     + (f": {description or code}" if description or code else "")
                     + " (a free plan limits some actions, e.g. the number of contacts)")
    if status == 404:
        item = _ITEM.search(path)
        if item and not _ACCOUNT_LEVEL.search(path):
            kind = "invoice" if item.group(1) == "invoices" else "contact"
            return error(ErrorCategory.VALIDATION_FAILED,
                         f"Fakturoid has no {kind} with id {item.group(2)}; it may have been deleted there",
                         field_errors=[FieldError("remote_id", f"The {kind} no longer exists in Fakturoid",
                                                  N_("Check the document in Fakturoid; if it was deleted on "
                                                     "purpose, send it again as a new document."))])
        return error(ErrorCategory.ACCOUNT_NOT_FOUND,
                     "Fakturoid does not know this account; check the account name in the connection "
                     "settings")
    if status == 422:
        if "/subjects" in path:
            fields = subject_field_errors(errors, subject_prefix)
        else:
            fields = invoice_field_errors(errors, line_origin)
        return error(ErrorCategory.VALIDATION_FAILED, "Fakturoid rejected some fields",
                     field_errors=fields or [FieldError("", description or "Fakturoid rejected the data")])
    if status == 429:
        # An explicit Retry-After speaks for this answer; otherwise Fakturoid says to wait X-RateLimit's t.
        hint = parse_structured_ratelimit(response.headers)
        retry_after = parse_retry_after(response.headers.get("Retry-After"), dt.datetime.now(dt.UTC))
        if retry_after is None and hint is not None:
            retry_after = hint.reset_in
        return error(ErrorCategory.RATE_LIMITED, "Fakturoid's limit of 400 requests a minute was reached",
                     retry_after=retry_after)
    if status in (400, 415):
        return error(ErrorCategory.PROTOCOL_SURPRISE,
                     f"Fakturoid refused the request as malformed (HTTP {status}"
                     + (f", {code}: {description}" if code or description else "") + ")")
    if status == 503:
        return error(ErrorCategory.SERVICE_UNAVAILABLE,
                     "Fakturoid is in maintenance or read-only mode; it does not queue requests",
                     retry_after=None)
    if status >= 500:
        return error(ErrorCategory.SERVICE_UNAVAILABLE, f"Fakturoid answered HTTP {status} (a fault on its "
                                                         "side)")
    return None


def _body(response: HttpResponse) -> Mapping[str, Any]:
    return response.data if isinstance(response.data, Mapping) else {}


def _clean(value: Any) -> str:
    return redact_text(str(value))[:300]


def _unpaid_invoices(body: Mapping[str, Any]) -> str:
    """The 402 body "contains the list of unpaid invoices"; its schema is undocumented, so read it loosely."""
    for key in ("unpaid_invoices", "invoices"):
        items = body.get(key)
        if isinstance(items, list) and items:
            numbers = [str(i.get("number") or i.get("id")) if isinstance(i, Mapping) else str(i)
                       for i in items]
            return "unpaid: " + ", ".join(_clean(n) for n in numbers[:5])
    description = body.get("error_description")
    return _clean(description) if description else ""
