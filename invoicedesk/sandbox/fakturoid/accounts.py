"""GET /user.json, /accounts/{slug}/account.json, bank_accounts.json and number_formats/invoices.json."""

from __future__ import annotations

from datetime import date
from typing import Any

from invoicedesk.sandbox.base import Request, Response, route
from invoicedesk.sandbox.fakturoid import common, numbering, timefmt

# A fixed moment for settings records, so they read the same on every start.
_SETTINGS_CREATED = 1_672_531_200.0  # 2023-01-01T00:00:00Z
BANK_ACCOUNT_ID = 11
NUMBER_FORMAT_BASE_ID = 31


class AccountRoutes:
    options: dict[str, Any]

    def _account_name(self, slug: str) -> str:
        if slug == self.options["slug"]:
            return self.options["account_name"]
        return f"{slug.replace('-', ' ').title()} s.r.o."

    @route("GET", common.API + r"/user\.json")
    def user(self, request: Request) -> Response:
        accounts = [{
            "slug": slug,
            "logo": None,
            "name": self._account_name(slug),
            "registration_no": self.options["registration_no"] if slug == self.options["slug"] else None,
            "permission": "owner",
            "allowed_scope": ["invoices", "expenses", "reports"],
        } for slug in self.slugs]
        return Response.json({
            "id": 5,
            "full_name": self.options["full_name"],
            "email": self.options["email"],
            "avatar_url": None,
            "default_account": None if self.options["default_account_null"] else self.options["slug"],
            "accounts": accounts,
        })

    @route("GET", common.ACCOUNT + r"/account\.json")
    def account_settings(self, request: Request) -> Response:
        slug = request.params["slug"]
        opts = self.options
        return Response.json({
            "subdomain": slug,
            "plan": opts["plan"],
            "plan_price": 0 if self.is_free_plan else 190,
            "plan_paid_users": 1,
            "invoice_email": opts["email"],
            "phone": None,
            "web": None,
            "name": self._account_name(slug),
            "full_name": None,
            "registration_no": opts["registration_no"],
            "vat_no": opts["vat_no"] if self.vat_payer else None,
            "vat_mode": opts["vat_mode"],
            "vat_price_mode": opts["vat_price_mode"],
            "currency": opts["currency"],
            "unit_name": "",
            "vat_rate": 21,
            "displayed_note": "Jsme plátci DPH." if self.vat_payer else "Nejsme plátci DPH.",
            "invoice_note": None,
            "due": opts["due"],
            "invoice_language": opts["language"],
            "invoice_payment_method": opts["invoice_payment_method"],
            "invoice_proforma": False,
            "invoice_hide_bank_account_for_payments": [],
            "fixed_exchange_rate": False,
            "invoice_selfbilling": False,
            "default_estimate_type": "estimate",
            "send_overdue_email": False,
            "overdue_email_days": 3,
            "send_repeated_reminders": False,
            "send_invoice_from_proforma_email": False,
            "send_thank_you_email": False,
            "costs_digitization": "manual",
            "created_at": timefmt.timestamp(_SETTINGS_CREATED),
            "updated_at": timefmt.timestamp(_SETTINGS_CREATED),
        })

    def bank_accounts(self) -> list[dict[str, Any]]:
        if not self.options["has_bank_account"]:
            return []
        return [{
            "id": BANK_ACCOUNT_ID,
            "name": "Hlavní účet",
            "currency": self.options["currency"],
            "number": "1234567890/0100",
            "iban": "CZ6501000000001234567890",
            "swift_bic": "KOMBCZPP",
            "pairing": False,
            "expense_pairing": False,
            "payment_adjustment": False,
            "default": True,
            "created_at": timefmt.timestamp(_SETTINGS_CREATED),
            "updated_at": timefmt.timestamp(_SETTINGS_CREATED),
        }]

    @route("GET", common.ACCOUNT + r"/bank_accounts\.json")
    def list_bank_accounts(self, request: Request) -> Response:
        return Response.json(self.bank_accounts())

    def number_formats(self) -> dict[int, dict[str, Any]]:
        return {
            NUMBER_FORMAT_BASE_ID + index: {"id": NUMBER_FORMAT_BASE_ID + index, "format": pattern,
                                            "default": index == 0}
            for index, pattern in enumerate(self.options["number_formats"])
        }

    @route("GET", common.ACCOUNT + r"/number_formats/invoices\.json")
    def list_number_formats(self, request: Request) -> Response:
        today: date = self.today()
        return Response.json([{
            **fmt,
            "preview": numbering.preview(fmt["format"], today),
            "created_at": timefmt.timestamp(_SETTINGS_CREATED),
            "updated_at": timefmt.timestamp(_SETTINGS_CREATED),
        } for fmt in self.number_formats().values()])
