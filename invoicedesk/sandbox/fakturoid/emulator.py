"""The Fakturoid API v3 emulator, written from the Fakturoid fact sheet (api/fakturoid.md).

Serves the real paths under {root}/api/v3. Where the sheet marks a behaviour UNCONFIRMED, the emulator picks
one and makes it an option: the 401 body, the 402 body, the answer for an unknown slug, whether a new token
revokes the old one, the 403 for a generic User-Agent, uniqueness of invoice custom_id.

Choices the sheet leaves open, made here and kept stable for clients' tests:
- Checks run in this order: User-Agent (400, or 403 in reject_generic_user_agent mode), rate limit
  (429), maintenance (503), Accept (415), Bearer token (401), account slug (404 / unknown_slug_status),
  blocked account (402).
- A blocked account answers 402 on every /accounts/{slug}/ path; the token call and /user.json still work.
- X-RateLimit "t" is the number of seconds until the oldest request in the sliding window expires, i.e. until
  one more request is allowed; requests refused with 429 do not count.
- Lists are newest first (by id); since/until filter created_at, updated_since/updated_until updated_at, all
  inclusive, to the millisecond shown in timestamps.
- Proformas are numbered in a series of their own (same number format, separate counter).
- Field errors on lines are keyed "lines[<index>].<field>".
- Event names: invoice_created, invoice_sent, invoice_cancelled, invoice_paid, proforma_paid.

Test helpers: seed_invoices(), seed_subject(), set_blocked(), set_maintenance(), revoke_tokens(),
sent_messages(), and the `store` and `rate_window` attributes for direct inspection.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from invoicedesk.sandbox.base import Abort, Emulator, Request, Response
from invoicedesk.sandbox.clock import ScaledClock
from invoicedesk.sandbox.fakturoid import common, timefmt
from invoicedesk.sandbox.fakturoid.accounts import AccountRoutes
from invoicedesk.sandbox.fakturoid.auth import AuthRoutes
from invoicedesk.sandbox.fakturoid.invoices import InvoiceRoutes
from invoicedesk.sandbox.fakturoid.payments import PaymentRoutes
from invoicedesk.sandbox.fakturoid.ratelimit import RateState, SlidingWindow
from invoicedesk.sandbox.fakturoid.state import Account, Store
from invoicedesk.sandbox.fakturoid.subjects import SubjectRoutes
from invoicedesk.sandbox.faults import Fault

_TOKEN_PATH = "/api/v3/oauth/token"
_ACCOUNT_PATH = re.compile(r"/api/v3/accounts/(?P<slug>[^/]+)(?:/.*)?")
# "InvoiceDesk (admin@firm.cz)": an application name and a contact e-mail in parentheses.
_SPECIFIC_USER_AGENT = re.compile(r"\S.*\(\s*[^()\s@]+@[^()\s@]+\.[^()\s@]+\s*\)")
_FREE_PLANS = {"zdarma", "free"}
MAINTENANCE_MODES = ("off", "full", "read_only")
EMAIL_DELIVERY_MODES = ("enabled", "disabled", "quota_exhausted")


class FakturoidEmulator(AuthRoutes, AccountRoutes, SubjectRoutes, InvoiceRoutes, PaymentRoutes, Emulator):
    service = "fakturoid"
    api_prefix = "/api/v3"
    default_options: dict[str, Any] = {
        "client_id": "sandbox-client-id",
        "client_secret": "sandbox-client-secret",
        "slug": "sandbox-firma",
        "extra_slugs": (),
        "email": "ucetni@sandbox-firma.test",
        "full_name": "Jana Nováková",
        "account_name": "Sandbox Firma s.r.o.",
        "registration_no": "27082440",
        "vat_no": "CZ27082440",
        "plan": "Kompletní",
        "vat_mode": "vat_payer",
        "vat_price_mode": "without_vat",
        "currency": "CZK",
        "has_bank_account": True,
        "invoice_payment_method": "bank",
        "due": 14,
        "language": "cz",
        "number_formats": ("#yyyy#-#dddd#",),
        "pdf_delay_seconds": 2.0,
        "token_ttl_seconds": 7200,
        "new_token_revokes_old": False,
        "reject_generic_user_agent": False,
        "unknown_slug_status": 404,
        "rate_limit": 400,
        "rate_window_seconds": 60,
        # Pitfall 1 of the sheet: without issued_on Fakturoid answers a 422 about the number format.
        "require_issued_on": True,
        "invoice_custom_id_unique": False,
        "email_delivery": "enabled",
        "subject_limit": None,
        "default_account_null": False,
        "blocked": False,
        "maintenance": "off",
    }

    def __init__(self, *, clock: ScaledClock | None = None, state_file: Path | None = None, **options: Any):
        self.store = Store()
        super().__init__(clock=clock, state_file=state_file, **options)
        self._check_options()
        self.blocked: bool = bool(self.options["blocked"])
        self.blocked_unpaid_invoices: list[dict[str, Any]] = [self._default_unpaid_invoice()]
        self.maintenance: str = self.options["maintenance"]
        self.rate_window = SlidingWindow(int(self.options["rate_limit"]),
                                         float(self.options["rate_window_seconds"]), self.clock)
        for slug in self.slugs:
            self.store.accounts.setdefault(slug, Account(slug))

    def _check_options(self) -> None:
        opts = self.options
        if opts["maintenance"] not in MAINTENANCE_MODES:
            raise ValueError(f"maintenance must be one of {MAINTENANCE_MODES}, not {opts['maintenance']!r}")
        if opts["email_delivery"] not in EMAIL_DELIVERY_MODES:
            raise ValueError(f"email_delivery must be one of {EMAIL_DELIVERY_MODES}")
        if not opts["number_formats"]:
            raise ValueError("number_formats needs at least one format such as '#yyyy#-#dddd#'")
        if int(opts["rate_limit"]) < 1 or float(opts["rate_window_seconds"]) <= 0:
            raise ValueError("rate_limit and rate_window_seconds must be positive")

    # ---- configuration seen by the routes -----------------------------------------------------------------
    @property
    def slugs(self) -> list[str]:
        return [self.options["slug"], *self.options["extra_slugs"]]

    @property
    def is_free_plan(self) -> bool:
        return str(self.options["plan"]).casefold() in _FREE_PLANS

    @property
    def vat_payer(self) -> bool:
        return self.options["vat_mode"] != "non_vat_payer"

    def demo_credentials(self) -> dict[str, str]:
        return {
            "client_id": self.options["client_id"],
            "client_secret": self.options["client_secret"],
            "slug": self.options["slug"],
            "email": self.options["email"],
        }

    # ---- switches for tests and demos ----------------------------------------------------------------------
    def set_blocked(self, blocked: bool, unpaid_invoices: list[dict[str, Any]] | None = None) -> None:
        """402 on every account request while blocked; the body lists the unpaid Fakturoid invoices."""
        self.blocked = blocked
        if unpaid_invoices is not None:
            self.blocked_unpaid_invoices = unpaid_invoices

    def set_maintenance(self, mode: str) -> None:
        """"full": 503 on everything; "read_only": 503 on changes, reads still work; "off"."""
        if mode not in MAINTENANCE_MODES:
            raise ValueError(f"maintenance must be one of {MAINTENANCE_MODES}, not {mode!r}")
        self.maintenance = mode

    def _default_unpaid_invoice(self) -> dict[str, Any]:
        return {"number": "2026-000123", "total": "1573.0", "currency": "CZK", "due_on": "2026-01-15",
                "public_html_url": "https://app.fakturoid.cz/fakturoid/p/unpaid/2026-000123"}

    # ---- helpers for the routes ---------------------------------------------------------------------------
    def now(self) -> float:
        # Whole milliseconds, as shown in timestamps: a time read back from a response then filters exactly.
        return round(self.clock.now(), 3)

    def today(self):
        return timefmt.local_date(self.now())

    def root(self) -> str:
        return self.root_url if self._server is not None else "http://127.0.0.1"

    def api_url(self, slug: str, tail: str) -> str:
        return f"{self.root()}/api/v3/accounts/{slug}/{tail}"

    def account(self, request: Request) -> Account:
        slug = request.params.get("slug", "")
        account = self.store.accounts.get(slug)
        if account is None:  # before_request has already refused unknown slugs; kept for direct calls
            raise Abort(self._unknown_slug_response(slug))
        return account

    def body_object(self, request: Request) -> dict[str, Any]:
        data = request.json(decimals=True)
        if data is None:
            return {}
        if not isinstance(data, dict):
            raise Abort(common.error(400, "invalid_request", "Request body must be a JSON object"))
        return data

    def time_filter(self, request: Request, name: str) -> float | None:
        raw = request.arg(name)
        if raw is None or raw == "":
            return None
        try:
            return timefmt.parse_iso_instant(raw)
        except ValueError:
            raise Abort(common.error(
                400, "invalid_request", f"Parameter '{name}' is not a valid ISO 8601 date or time: {raw!r}"
            )) from None

    # ---- pipeline ------------------------------------------------------------------------------------------
    def before_request(self, request: Request) -> Response | None:
        request.context["rate"] = rate = self.rate_window.hit()
        user_agent = (request.header("User-Agent") or "").strip()
        if not user_agent:
            return common.error(400, "invalid_request", 'Required header "User-Agent" is missing')
        if self.options["reject_generic_user_agent"] and not _SPECIFIC_USER_AGENT.fullmatch(user_agent):
            return common.error(403, "forbidden", "User-Agent must name your application and a contact "
                                "e-mail, e.g. 'YourApp (you@example.com)'")
        if not rate.allowed:
            return common.error(429, "too_many_requests", "Rate limit exceeded, try again later")
        if self.maintenance == "full" or (self.maintenance == "read_only" and request.method != "GET"):
            return common.error(503, "service_unavailable",
                                "Fakturoid is under maintenance (read-only mode); please try again later")
        if not self._accepts_response_type(request):
            return common.error(415, "unsupported_media_type", "Only application/json responses are provided")
        if request.path == _TOKEN_PATH:
            return None
        refused = self.check_bearer(request)
        if refused is not None:
            return refused
        match = _ACCOUNT_PATH.fullmatch(request.path)
        if match is not None:
            slug = match.group("slug")
            if slug not in self.store.accounts:
                return self._unknown_slug_response(slug)
            if self.blocked:
                return Response.json({
                    "error": "payment_required",
                    "error_description": "Account is blocked because of unpaid Fakturoid invoices",
                    "unpaid_invoices": self.blocked_unpaid_invoices,
                }, 402)
        return None

    @staticmethod
    def _accepts_response_type(request: Request) -> bool:
        accept = (request.header("Accept") or "").lower()
        if not accept or not request.path.endswith(".json"):
            return True
        return any(kind in accept for kind in ("application/json", "*/*", "application/*"))

    def _unknown_slug_response(self, slug: str) -> Response:
        status = int(self.options["unknown_slug_status"])
        code = "not_found" if status == 404 else "forbidden"
        return common.error(status, code, f"Account '{slug}' not found")

    def finalize_response(self, request: Request, response: Response) -> Response:
        rate = request.context.get("rate") or self.rate_window.peek()
        self._add_rate_headers(response, rate)
        return response

    def fault_response(self, fault: Fault, request: Request) -> Response:
        response = super().fault_response(fault, request)
        self._add_rate_headers(response, self.rate_window.peek())
        return response

    def _add_rate_headers(self, response: Response, rate: RateState) -> None:
        window = self.rate_window
        response.headers["X-RateLimit-Policy"] = f"default;q={window.limit};w={window.window:g}"
        response.headers["X-RateLimit"] = f"default;r={rate.remaining};t={rate.reset_seconds}"

    # ---- persistence ---------------------------------------------------------------------------------------
    def dump_state(self) -> dict[str, Any]:
        return self.store.to_json()

    def load_state(self, data: dict[str, Any]) -> None:
        self.store = Store.from_json(data)
