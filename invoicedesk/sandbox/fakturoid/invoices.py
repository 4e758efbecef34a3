"""Invoices, proformas and corrections: create, list, search, read, update, delete, events, PDF.

Field errors on lines are keyed "lines[<index>].<field>" (the Rails indexed form); Fakturoid's exact key for
nested errors is not documented.
"""

from __future__ import annotations

import copy
import re
import secrets
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from invoicedesk.sandbox.base import Request, Response, route
from invoicedesk.sandbox.fakturoid import common, numbering, timefmt
from invoicedesk.sandbox.fakturoid.money import (
    compute_totals,
    decimal_string,
    parse_decimal,
    rate_number,
    round_money,
)
from invoicedesk.sandbox.fakturoid.pdf import text_pdf

CREATABLE_TYPES = ("invoice", "proforma", "correction")
PAYMENT_METHODS = ("bank", "cash", "cod", "card", "paypal", "custom")
ENUM_FIELDS: dict[str, tuple[Any, ...]] = {
    "payment_method": PAYMENT_METHODS,
    "vat_price_mode": (None, "without_vat", "from_total_with_vat"),
    "language": ("cz", "sk", "en", "de", "fr", "it", "es", "ru", "pl", "hu", "ro"),
    "oss": ("disabled", "service", "goods"),
    "proforma_followup_document": ("final_invoice_paid", "final_invoice", "tax_document", "none"),
    "iban_visibility": ("automatically", "always"),
}
CLIENT_SNAPSHOT = {
    "client_name": "name", "client_street": "street", "client_city": "city", "client_zip": "zip",
    "client_country": "country", "client_registration_no": "registration_no", "client_vat_no": "vat_no",
    "client_local_vat_no": "local_vat_no", "client_delivery_name": "delivery_name",
    "client_delivery_street": "delivery_street", "client_delivery_city": "delivery_city",
    "client_delivery_zip": "delivery_zip", "client_delivery_country": "delivery_country",
}
STRING_FIELDS = ("order_number", "note", "footer_note", "private_note", "supply_code",
                 "custom_payment_method", "variable_symbol", *CLIENT_SNAPSHOT)
BOOL_FIELDS = ("transferred_tax_liability", "hide_bank_account", "show_already_paid_note_in_pdf",
               "client_has_delivery_address", "round_total")
DOCUMENT_CANNOT_BE_DELETED = "Document cannot be deleted"
CONTACT_DOES_NOT_EXIST = "Contact does not exist."
LOCKED = ("document_locked", "Document first needs to be unlocked to perform the action")
_CURRENCY = re.compile(r"[A-Z]{3}")
_LINE_FIELDS = ("name", "quantity", "unit_name", "unit_price", "vat_rate")


def bank_account_message(root: str, slug: str) -> str:
    return (f"Please set up a bank account first, invoices cannot be issued without one: "
            f"{root}/{slug}/settings/bank_accounts")


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _as_int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None


class InvoiceRoutes:
    options: dict[str, Any]

    # ---- validation of writable fields ---------------------------------------------------------------------
    def _apply_line(self, raw: Any, line: dict[str, Any] | None, prefix: str, errors: dict[str, list[str]]
                    ) -> dict[str, Any] | None:
        """A new or updated line from its JSON; None (with errors) when invalid."""
        if not isinstance(raw, dict):
            errors.setdefault(prefix, []).append(common.INVALID)
            return None
        result = dict(line) if line else {"name": None, "quantity": "1", "unit_name": "", "unit_price": None,
                                          "vat_rate": "0"}
        ok = True
        for field in _LINE_FIELDS:
            if field not in raw:
                continue
            value = raw[field]
            if field in ("quantity", "unit_price", "vat_rate"):
                if _blank(value):
                    result[field] = None
                    continue
                try:
                    result[field] = str(parse_decimal(value))
                except ValueError:
                    errors.setdefault(f"{prefix}.{field}", []).append(common.NOT_A_NUMBER)
                    ok = False
            elif value is not None and not isinstance(value, str):
                errors.setdefault(f"{prefix}.{field}", []).append(common.INVALID)
                ok = False
            else:
                result[field] = value if field != "unit_name" else (value or "")
        if _blank(result["name"]):
            errors.setdefault(f"{prefix}.name", []).append(common.CANT_BE_BLANK)
            ok = False
        if result["unit_price"] is None and f"{prefix}.unit_price" not in errors:
            errors[f"{prefix}.unit_price"] = [common.CANT_BE_BLANK, common.NOT_A_NUMBER]
            ok = False
        if result["quantity"] is None:
            result["quantity"] = "1"
        if result["vat_rate"] is None:
            result["vat_rate"] = "0"
        return result if ok else None

    def _apply_lines(self, draft: dict[str, Any], raw_lines: Any, errors: dict[str, list[str]], *,
                     creating: bool) -> None:
        if not isinstance(raw_lines, list):
            errors.setdefault("lines", []).append(common.INVALID)
            return
        lines = [] if creating else [dict(line) for line in draft["lines"]]
        by_id = {line["id"]: line for line in lines}
        for index, raw in enumerate(raw_lines):
            prefix = f"lines[{index}]"
            line_id = _as_int(raw.get("id")) if isinstance(raw, dict) and not creating else None
            if isinstance(raw, dict) and raw.get("id") is not None and not creating:
                if line_id not in by_id:
                    errors.setdefault(f"{prefix}.id", []).append(f"Line {raw.get('id')} does not exist")
                    continue
                if raw.get("_destroy") in (True, "true", "1", 1):
                    lines = [line for line in lines if line["id"] != line_id]
                    by_id.pop(line_id)
                    continue
                updated = self._apply_line(raw, by_id[line_id], prefix, errors)
                if updated is not None:
                    lines = [updated if line["id"] == line_id else line for line in lines]
                    by_id[line_id] = updated
                continue
            # A line without an id is a new line, on update too (the sheet's "duplicated lines" pitfall).
            new_line = self._apply_line(raw, None, prefix, errors)
            if new_line is not None:
                new_line["id"] = self.store.next_id("line")
                lines.append(new_line)
                by_id[new_line["id"]] = new_line
        draft["lines"] = lines

    def _apply_fields(self, account, draft: dict[str, Any], body: dict[str, Any],
                      errors: dict[str, list[str]], *, creating: bool) -> None:
        def err(field: str, message: str) -> None:
            errors.setdefault(field, []).append(message)

        if "subject_id" in body:
            raw = body["subject_id"]
            subject_id = _as_int(raw)
            if _blank(raw):
                err("subject_id", common.CANT_BE_BLANK)
                err("subject_id", CONTACT_DOES_NOT_EXIST)
            elif subject_id is None or subject_id not in account.subjects:
                err("subject_id", CONTACT_DOES_NOT_EXIST)
            else:
                subject = account.subjects[subject_id]
                draft["subject_id"] = subject_id
                draft["subject_custom_id"] = subject["custom_id"]
                for client_field, subject_field in CLIENT_SNAPSHOT.items():
                    draft[client_field] = subject.get(subject_field)
                draft["client_has_delivery_address"] = bool(subject.get("has_delivery_address"))
        if "custom_id" in body:
            raw = body["custom_id"]
            if raw is not None and (isinstance(raw, bool) or not isinstance(raw, str | int)):
                err("custom_id", common.INVALID)
            else:
                draft["custom_id"] = None if _blank(raw) else str(raw)
        for field in STRING_FIELDS:
            if field in body:
                value = body[field]
                if value is not None and not isinstance(value, str):
                    err(field, common.INVALID)
                else:
                    draft[field] = value
        for field in BOOL_FIELDS:
            if field in body:
                if not isinstance(body[field], bool):
                    err(field, common.INVALID)
                else:
                    draft[field] = body[field]
        for field, allowed in ENUM_FIELDS.items():
            if field in body:
                if body[field] not in allowed:
                    err(field, common.NOT_IN_LIST)
                else:
                    draft[field] = body[field]
        for field in ("issued_on", "taxable_fulfillment_due"):
            if field in body and body[field] is not None:
                try:
                    draft[field] = timefmt.parse_date(body[field]).isoformat()
                except ValueError:
                    err(field, "is not a valid date")
        if "due" in body:
            due = _as_int(body["due"])
            if due is None:
                err("due", common.NOT_A_NUMBER)
            elif due < 0:
                err("due", "must be greater than or equal to 0")
            else:
                draft["due"] = due
        if "currency" in body:
            currency = body["currency"]
            if not isinstance(currency, str) or not _CURRENCY.fullmatch(currency):
                err("currency", common.INVALID)
            else:
                draft["currency"] = currency
        if "exchange_rate" in body:
            raw = body["exchange_rate"]
            if _blank(raw):
                draft["exchange_rate"] = None
            else:
                try:
                    rate = parse_decimal(raw)
                except ValueError:
                    err("exchange_rate", common.NOT_A_NUMBER)
                else:
                    if rate <= 0:
                        err("exchange_rate", "must be greater than 0")
                    else:
                        draft["exchange_rate"] = str(rate)
        if "tags" in body:
            tags = body["tags"]
            if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
                err("tags", common.INVALID)
            else:
                draft["tags"] = tags
        if "bank_account_id" in body and creating:
            bank_id = _as_int(body["bank_account_id"])
            if bank_id not in {b["id"] for b in self.bank_accounts()}:
                err("bank_account_id", "does not exist")
            else:
                draft["bank_account_id"] = bank_id
        if "lines" in body:
            self._apply_lines(draft, body["lines"], errors, creating=creating)
        custom_method = draft.get("custom_payment_method")
        if custom_method and len(custom_method) > 20:
            err("custom_payment_method", "is too long (maximum is 20 characters)")

        # Cross-field rules, checked on the document as it would be saved.
        if not draft["lines"] and not any(key.startswith("lines") for key in errors):
            err("lines", common.CANT_BE_BLANK)
        if draft["currency"] != self.options["currency"]:
            if draft["exchange_rate"] is None and "exchange_rate" not in errors:
                err("exchange_rate", common.CANT_BE_BLANK)
        elif draft["exchange_rate"] is None:
            draft["exchange_rate"] = "1.0"

    def _number_taken(self, account, series: str, number: str, own_id: int | None) -> bool:
        return any(
            inv["number"] == number and inv["id"] != own_id and self._series(inv["document_type"]) == series
            for inv in account.invoices.values()
        )

    @staticmethod
    def _series(document_type: str) -> str:
        # Proformas count separately from invoices (Fakturoid keeps a proforma series of its own).
        return "proforma" if document_type in ("proforma", "partial_proforma") else "invoice"

    def _counter_key(self, fmt: dict[str, Any], series: str, issued_on: date) -> str:
        return f"{fmt['id']}:{series}:{numbering.period_key(fmt['format'], issued_on)}"

    def _check_number(self, account, draft: dict[str, Any], number: Any,
                      errors: dict[str, list[str]]) -> None:
        fmt = self.number_formats()[draft["number_format_id"]]
        if not isinstance(number, str) or not number.strip() or not numbering.matches(fmt["format"], number):
            errors.setdefault("number", []).append(common.NUMBER_FORMAT_MISMATCH)
        elif self._number_taken(account, self._series(draft["document_type"]), number, draft.get("id")):
            errors.setdefault("number", []).append("has already been taken")
        else:
            draft["number"] = number

    def _note_number(self, account, draft: dict[str, Any]) -> None:
        """Allocate the next number, or remember an explicit one so automatic numbers continue after it."""
        fmt = self.number_formats()[draft["number_format_id"]]
        issued_on = date.fromisoformat(draft["issued_on"])
        key = self._counter_key(fmt, self._series(draft["document_type"]), issued_on)
        if draft["number"] is None:
            counter = account.counters.get(key, 0) + 1
            draft["number"] = numbering.render(fmt["format"], issued_on, counter)
        else:
            counter = numbering.counter_of(fmt["format"], draft["number"]) or 0
        account.counters[key] = max(account.counters.get(key, 0), counter)
        if draft.get("variable_symbol") is None:
            draft["variable_symbol"] = re.sub(r"\D", "", draft["number"])[-10:] or None

    def _new_draft(self, account, document_type: str) -> dict[str, Any]:
        banks = self.bank_accounts()
        return {
            "id": None, "custom_id": None, "document_type": document_type,
            "proforma_followup_document": "final_invoice_paid" if document_type == "proforma" else None,
            "correction_id": None, "related_id": None, "tax_document_ids": [],
            "number": None, "number_format_id": next(iter(self.number_formats())), "variable_symbol": None,
            "subject_id": None, "subject_custom_id": None, **dict.fromkeys(CLIENT_SNAPSHOT),
            "client_has_delivery_address": False,
            "status": "open", "sent_at": None, "paid_on": None, "cancelled_at": None,
            "uncollectible_at": None, "locked_at": None,
            "order_number": None, "issued_on": None, "taxable_fulfillment_due": None,
            "due": int(self.options["due"]), "note": None, "footer_note": None, "private_note": None,
            "supply_code": None, "tags": [], "bank_account_id": banks[0]["id"] if banks else None,
            "payment_method": self.options["invoice_payment_method"], "custom_payment_method": None,
            "currency": self.options["currency"], "exchange_rate": None, "language": self.options["language"],
            "vat_price_mode": None, "round_total": False, "transferred_tax_liability": False,
            "oss": "disabled",
            "iban_visibility": "automatically", "hide_bank_account": False,
            "show_already_paid_note_in_pdf": False, "lines": [], "payments": [],
            "token": secrets.token_hex(8), "created_at": None, "updated_at": None, "pdf_ready_at": None,
        }

    def build_invoice(self, account, body: dict[str, Any]
                      ) -> tuple[dict[str, Any] | None, dict[str, list[str]]]:
        """A new document from a create request, or the field errors (caller holds the lock)."""
        errors: dict[str, list[str]] = {}
        document_type = body.get("document_type") or "invoice"
        if document_type not in CREATABLE_TYPES:
            errors["document_type"] = [common.NOT_IN_LIST]
            document_type = "invoice"
        draft = self._new_draft(account, document_type)
        if "subject_id" not in body:
            errors["subject_id"] = [common.CANT_BE_BLANK, CONTACT_DOES_NOT_EXIST]
        if "number_format_id" in body:
            fmt_id = _as_int(body["number_format_id"])
            if fmt_id not in self.number_formats():
                errors["number_format_id"] = ["does not exist"]
            else:
                draft["number_format_id"] = fmt_id
        self._apply_fields(account, draft, body, errors, creating=True)
        if _blank(body.get("issued_on")):
            if self.options["require_issued_on"]:
                errors.setdefault("number", []).append(common.NUMBER_FORMAT_MISMATCH)
            draft["issued_on"] = self.today().isoformat()
        if draft["taxable_fulfillment_due"] is None:
            draft["taxable_fulfillment_due"] = draft["issued_on"]
        if "number" in body and "number_format_id" not in errors:
            self._check_number(account, draft, body["number"], errors)
        if document_type == "correction":
            original_id = _as_int(body.get("correction_id"))
            original = account.invoices.get(original_id) if original_id is not None else None
            if _blank(body.get("correction_id")):
                errors["correction_id"] = [common.CANT_BE_BLANK]
            elif original is None or original["document_type"] not in ("invoice", "final_invoice"):
                errors["correction_id"] = ["Document does not exist."]
            else:
                draft["correction_id"] = original_id
        if not _blank(body.get("related_id")):
            related_id = _as_int(body.get("related_id"))
            if related_id not in account.invoices:
                errors["related_id"] = ["Document does not exist."]
            else:
                draft["related_id"] = related_id
        if (self.options["invoice_custom_id_unique"] and draft["custom_id"] is not None
                and any(inv["custom_id"] == draft["custom_id"] for inv in account.invoices.values())):
            errors["custom_id"] = ["has already been taken"]
        if errors:
            return None, errors
        self._note_number(account, draft)
        now = self.now()
        draft.update(id=self.store.next_id("invoice"), created_at=now, updated_at=now,
                     pdf_ready_at=now + float(self.options["pdf_delay_seconds"]))
        return draft, {}

    def store_invoice(self, account, invoice: dict[str, Any]) -> None:
        account.invoices[invoice["id"]] = invoice
        if invoice["document_type"] == "correction":
            # "The original then points back via correction_id."
            account.invoices[invoice["correction_id"]]["correction_id"] = invoice["id"]
        if invoice["related_id"] is not None:
            account.invoices[invoice["related_id"]]["related_id"] = invoice["id"]
        self.add_event(account, "invoice_created", invoice)

    # ---- presentation --------------------------------------------------------------------------------------
    def render_invoice(self, account, inv: dict[str, Any]) -> dict[str, Any]:
        slug = account.slug
        quantities = [(Decimal(line["quantity"]), Decimal(line["unit_price"]), Decimal(line["vat_rate"]))
                      for line in inv["lines"]]
        mode = inv["vat_price_mode"] or self.options["vat_price_mode"]
        totals = compute_totals(quantities, prices_with_vat=mode == "from_total_with_vat",
                                vat_payer=self.vat_payer, round_total=inv["round_total"])
        rate = Decimal(inv["exchange_rate"])

        def native(amount: Decimal) -> str:
            return decimal_string(round_money(amount * rate))

        paid_amount = sum((Decimal(p["amount"]) for p in inv["payments"]), Decimal(0))
        remaining = Decimal(0) if inv["status"] == "paid" else max(totals.total - paid_amount, Decimal(0))
        due_on = self._due_on(inv)
        status = self.effective_status(inv)
        bank = next((b for b in self.bank_accounts() if b["id"] == inv["bank_account_id"]), None)
        lines = []
        for line, amounts in zip(inv["lines"], totals.lines, strict=True):
            lines.append({
                "id": line["id"], "name": line["name"], "quantity": decimal_string(Decimal(line["quantity"])),
                "unit_name": line["unit_name"], "unit_price": decimal_string(Decimal(line["unit_price"])),
                "vat_rate": rate_number(Decimal(line["vat_rate"])),
                "unit_price_without_vat": decimal_string(amounts.unit_price_without_vat),
                "unit_price_with_vat": decimal_string(amounts.unit_price_with_vat),
                "total_price_without_vat": decimal_string(amounts.total_price_without_vat),
                "total_vat": decimal_string(amounts.total_vat),
                "native_total_price_without_vat": native(amounts.total_price_without_vat),
                "native_total_vat": native(amounts.total_vat),
                "inventory": None,
            })
        base_url = self.api_url(slug, f"invoices/{inv['id']}")

        def stamp(value: float | None) -> str | None:
            return timefmt.timestamp(value) if value is not None else None

        return {
            "id": inv["id"], "custom_id": inv["custom_id"], "document_type": inv["document_type"],
            "proforma_followup_document": inv["proforma_followup_document"],
            "correction_id": inv["correction_id"], "related_id": inv["related_id"],
            "tax_document_ids": list(inv["tax_document_ids"]),
            "number": inv["number"], "number_format_id": inv["number_format_id"],
            "variable_symbol": inv["variable_symbol"],
            "your_name": self.options["account_name"],
            "your_registration_no": self.options["registration_no"],
            "your_vat_no": self.options["vat_no"] if self.vat_payer else None,
            "subject_id": inv["subject_id"], "subject_custom_id": inv["subject_custom_id"],
            **{key: inv[key] for key in CLIENT_SNAPSHOT},
            "client_has_delivery_address": inv["client_has_delivery_address"],
            "status": status, "order_number": inv["order_number"],
            "issued_on": inv["issued_on"], "taxable_fulfillment_due": inv["taxable_fulfillment_due"],
            "due": inv["due"], "due_on": due_on.isoformat(),
            "sent_at": stamp(inv["sent_at"]), "paid_on": inv["paid_on"],
            "cancelled_at": stamp(inv["cancelled_at"]),
            "uncollectible_at": stamp(inv["uncollectible_at"]), "locked_at": stamp(inv["locked_at"]),
            "note": inv["note"], "footer_note": inv["footer_note"], "private_note": inv["private_note"],
            "tags": list(inv["tags"]), "bank_account_id": inv["bank_account_id"],
            "bank_account": bank["number"] if bank else None, "iban": bank["iban"] if bank else None,
            "swift_bic": bank["swift_bic"] if bank else None, "iban_visibility": inv["iban_visibility"],
            "hide_bank_account": inv["hide_bank_account"],
            "show_already_paid_note_in_pdf": inv["show_already_paid_note_in_pdf"],
            "payment_method": inv["payment_method"], "custom_payment_method": inv["custom_payment_method"],
            "currency": inv["currency"], "exchange_rate": decimal_string(rate), "language": inv["language"],
            "vat_price_mode": inv["vat_price_mode"],
            "transferred_tax_liability": inv["transferred_tax_liability"],
            "supply_code": inv["supply_code"], "oss": inv["oss"],
            "subtotal": decimal_string(totals.subtotal), "total": decimal_string(totals.total),
            "native_subtotal": native(totals.subtotal), "native_total": native(totals.total),
            "remaining_amount": decimal_string(remaining), "remaining_native_amount": native(remaining),
            "rounding_adjustment": decimal_string(totals.rounding_adjustment),
            "vat_rates_summary": [{
                "vat_rate": rate_number(row["vat_rate"]), "base": decimal_string(row["base"]),
                "vat": decimal_string(row["vat"]), "currency": inv["currency"],
                "native_base": native(row["base"]), "native_vat": native(row["vat"]),
                "native_currency": self.options["currency"],
            } for row in totals.vat_rates_summary],
            "paid_advances": [], "payments": [self.render_payment(inv, p) for p in inv["payments"]],
            "lines": lines, "token": inv["token"],
            "html_url": f"{self.root()}/{slug}/invoices/{inv['id']}",
            "public_html_url": f"{self.root()}/{slug}/p/{inv['token']}/{inv['number']}",
            "url": base_url + ".json", "pdf_url": base_url + "/download.pdf",
            "subject_url": self.api_url(slug, f"subjects/{inv['subject_id']}.json"),
            "created_at": stamp(inv["created_at"]), "updated_at": stamp(inv["updated_at"]),
        }

    @staticmethod
    def _due_on(inv: dict[str, Any]) -> date:
        return date.fromisoformat(inv["issued_on"]) + timedelta(days=inv["due"])

    def effective_status(self, inv: dict[str, Any]) -> str:
        """The stored status, shown as "overdue" once an open or sent document passes its due date."""
        if inv["status"] in ("open", "sent") and self._due_on(inv) < self.today():
            return "overdue"
        return inv["status"]

    def render_payment(self, inv: dict[str, Any], payment: dict[str, Any]) -> dict[str, Any]:
        return {
            "id": payment["id"], "paid_on": payment["paid_on"], "currency": inv["currency"],
            "amount": decimal_string(Decimal(payment["amount"])),
            "native_amount": decimal_string(Decimal(payment["native_amount"])),
            "variable_symbol": payment["variable_symbol"], "bank_account_id": payment["bank_account_id"],
            "tax_document_id": payment["tax_document_id"],
            "created_at": timefmt.timestamp(payment["created_at"]),
            "updated_at": timefmt.timestamp(payment["updated_at"]),
        }

    def find_invoice(self, request: Request, key: str = "invoice_id"):
        account = self.account(request)
        invoice = account.invoices.get(int(request.params[key]))
        return account, invoice

    # ---- routes --------------------------------------------------------------------------------------------
    @route("POST", common.ACCOUNT + r"/invoices\.json")
    def create_invoice(self, request: Request) -> Response:
        account = self.account(request)
        body = self.body_object(request)
        with self.mutate():
            if not self.bank_accounts():
                return common.field_errors(
                    {"bank_account": [bank_account_message(self.root(), account.slug)]}, status=403)
            invoice, errors = self.build_invoice(account, body)
            if errors:
                return common.field_errors(errors)
            self.store_invoice(account, invoice)
            rendered = self.render_invoice(account, invoice)
        return Response.json(rendered, 201, {"Location": rendered["url"]})

    @route("GET", common.ACCOUNT + r"/invoices\.json")
    def list_invoices(self, request: Request) -> Response:
        account = self.account(request)
        since = self.time_filter(request, "since")
        until = self.time_filter(request, "until")
        updated_since = self.time_filter(request, "updated_since")
        updated_until = self.time_filter(request, "updated_until")
        subject_id = _as_int(request.arg("subject_id")) if request.arg("subject_id") else None
        custom_id = request.arg("custom_id")
        number = request.arg("number")
        status = request.arg("status")
        document_type = request.arg("document_type")
        with self.lock:
            found = []
            for inv in sorted(account.invoices.values(), key=lambda i: i["id"], reverse=True):
                if since is not None and inv["created_at"] < since:
                    continue
                if until is not None and inv["created_at"] > until:
                    continue
                if updated_since is not None and inv["updated_at"] < updated_since:
                    continue
                if updated_until is not None and inv["updated_at"] > updated_until:
                    continue
                if request.arg("subject_id") and inv["subject_id"] != subject_id:
                    continue
                if custom_id is not None and inv["custom_id"] != custom_id:
                    continue
                if number is not None and inv["number"] != number:
                    continue
                if document_type and not self._type_matches(inv["document_type"], document_type):
                    continue
                if status and self.effective_status(inv) != status:
                    continue
                found.append(inv)
            page = common.paginate(found, request.arg("page"))
            return Response.json([self.render_invoice(account, inv) for inv in page])

    @staticmethod
    def _type_matches(document_type: str, wanted: str) -> bool:
        if wanted == "regular":
            return document_type not in ("proforma", "partial_proforma")
        if wanted == "proforma":
            return document_type in ("proforma", "partial_proforma")
        return document_type == wanted

    @route("GET", common.ACCOUNT + r"/invoices/search\.json")
    def search_invoices(self, request: Request) -> Response:
        account = self.account(request)
        query = (request.arg("query") or "").casefold()
        tags = request.query.get("tags[]", [])
        with self.lock:
            found = []
            for inv in sorted(account.invoices.values(), key=lambda i: i["id"], reverse=True):
                haystack = [inv["number"], inv["variable_symbol"], inv["client_name"], inv["note"],
                            inv["private_note"], inv["footer_note"], *(line["name"] for line in inv["lines"])]
                if query and not any(query in (text or "").casefold() for text in haystack):
                    continue
                if tags and not set(tags) <= set(inv["tags"]):
                    continue
                found.append(inv)
            page = common.paginate(found, request.arg("page"))
            return Response.json([self.render_invoice(account, inv) for inv in page])

    @route("GET", common.ACCOUNT + r"/invoices/(?P<invoice_id>\d+)\.json")
    def show_invoice(self, request: Request) -> Response:
        with self.lock:
            account, invoice = self.find_invoice(request)
            if invoice is None:
                return common.record_not_found()
            return Response.json(self.render_invoice(account, invoice))

    @route("PATCH", common.ACCOUNT + r"/invoices/(?P<invoice_id>\d+)\.json")
    def update_invoice(self, request: Request) -> Response:
        body = self.body_object(request)
        with self.mutate():
            account, invoice = self.find_invoice(request)
            if invoice is None:
                return common.record_not_found()
            if invoice["locked_at"] is not None:
                return common.error(403, *LOCKED)
            errors: dict[str, list[str]] = {}
            new_format = _as_int(body.get("number_format_id"))
            if "number_format_id" in body and new_format != invoice["number_format_id"]:
                errors["number_format_id"] = ["cannot be changed"]
            if "document_type" in body and body["document_type"] != invoice["document_type"]:
                errors["document_type"] = ["cannot be changed"]
            draft = copy.deepcopy(invoice)
            self._apply_fields(account, draft, body, errors, creating=False)
            if "number" in body and body["number"] != invoice["number"] and "number_format_id" not in errors:
                self._check_number(account, draft, body["number"], errors)
            if errors:
                return common.field_errors(errors)
            if draft["number"] != invoice["number"]:
                self._note_number(account, draft)
            now = self.now()
            draft["updated_at"] = now
            draft["pdf_ready_at"] = now + float(self.options["pdf_delay_seconds"])
            account.invoices[invoice["id"]] = draft
            return Response.json(self.render_invoice(account, draft))

    @route("DELETE", common.ACCOUNT + r"/invoices/(?P<invoice_id>\d+)\.json")
    def delete_invoice(self, request: Request) -> Response:
        with self.mutate():
            account, invoice = self.find_invoice(request)
            if invoice is None:
                return common.record_not_found()
            has_correction = any(
                other["document_type"] == "correction" and other["correction_id"] == invoice["id"]
                for other in account.invoices.values()
            )
            related = account.invoices.get(invoice["related_id"]) if invoice["related_id"] else None
            proforma_paid_invoice = (invoice["document_type"] == "proforma" and related is not None
                                     and related["status"] == "paid")
            if invoice["locked_at"] is not None or has_correction or proforma_paid_invoice:
                return common.field_errors({"document": [DOCUMENT_CANNOT_BE_DELETED]})
            del account.invoices[invoice["id"]]
            for other in account.invoices.values():
                if other["correction_id"] == invoice["id"]:
                    other["correction_id"] = None
                if other["related_id"] == invoice["id"]:
                    other["related_id"] = None
        return Response.empty(204)

    @route("POST", common.ACCOUNT + r"/invoices/(?P<invoice_id>\d+)/fire\.json")
    def fire_event(self, request: Request) -> Response:
        event = request.arg("event") or ""
        with self.mutate():
            account, invoice = self.find_invoice(request)
            if invoice is None:
                return common.record_not_found()
            cannot = common.field_errors({"event": [f"{event} cannot be fired"]})
            locked = invoice["locked_at"] is not None
            if event == "lock":
                if locked:
                    return cannot
                invoice["locked_at"] = self.now()
            elif event == "unlock":
                if not locked:
                    return cannot
                invoice["locked_at"] = None
            elif event not in ("mark_as_sent", "cancel", "undo_cancel", "mark_as_uncollectible",
                               "undo_uncollectible"):
                return common.field_errors({"event": [common.NOT_IN_LIST]})
            elif locked:
                return common.error(403, *LOCKED)
            elif not self._fire_status_event(account, invoice, event):
                return cannot
            invoice["updated_at"] = self.now()
        return Response.empty(204)

    def _fire_status_event(self, account, invoice: dict[str, Any], event: str) -> bool:
        status = invoice["status"]
        now = self.now()
        if event == "mark_as_sent" and status == "open":
            invoice.update(status="sent", sent_at=now)
            self.add_event(account, "invoice_sent", invoice)
        elif event == "cancel" and status in ("open", "sent"):
            invoice.update(status="cancelled", cancelled_at=now)
            self.add_event(account, "invoice_cancelled", invoice)
        elif event == "undo_cancel" and status == "cancelled":
            invoice.update(status="sent" if invoice["sent_at"] else "open", cancelled_at=None)
        elif event == "mark_as_uncollectible" and status in ("open", "sent"):
            invoice.update(status="uncollectible", uncollectible_at=now)
        elif event == "undo_uncollectible" and status == "uncollectible":
            invoice.update(status="sent" if invoice["sent_at"] else "open", uncollectible_at=None)
        else:
            return False
        return True

    @route("GET", common.ACCOUNT + r"/invoices/(?P<invoice_id>\d+)/download\.pdf")
    def download_pdf(self, request: Request) -> Response:
        with self.lock:
            account, invoice = self.find_invoice(request)
            if invoice is None:
                return common.record_not_found()
            if self.now() < invoice["pdf_ready_at"]:
                # "204 until generated": not an error, the client asks again a moment later.
                return Response.empty(204)
            rendered = self.render_invoice(account, invoice)
        lines = [
            f"{self.options['account_name']}",
            f"Faktura {rendered['number']}" if invoice["document_type"] != "proforma"
            else f"Zálohová faktura {rendered['number']}",
            f"Odběratel: {rendered['client_name'] or ''}",
            f"Vystaveno: {rendered['issued_on']}   Splatnost: {rendered['due_on']}",
            *(f"{line['name']}  {line['quantity']} x {line['unit_price']}  DPH {line['vat_rate']} %"
              for line in rendered["lines"]),
            f"Celkem: {rendered['total']} {rendered['currency']}",
        ]
        return Response.bytes(text_pdf(lines), "application/pdf", headers={
            "Content-Transfer-Encoding": "binary",
            "Content-Disposition": f'attachment; filename="{rendered["number"]}.pdf"',
        })

    # ---- events log shared with payments -------------------------------------------------------------------
    def add_event(self, account, name: str, invoice: dict[str, Any]) -> None:
        account.events.append({
            "id": self.store.next_id("event"), "name": name, "created_at": self.now(),
            "subject_id": invoice["subject_id"], "invoice_id": invoice["id"], "number": invoice["number"],
        })

    # ---- seeding -------------------------------------------------------------------------------------------
    def seed_invoices(self, n: int, *, slug: str | None = None, document_type: str = "invoice",
                      subject_id: int | None = None, issued_on: str | None = None,
                      custom_id_prefix: str | None = None) -> list[dict[str, Any]]:
        """Create n documents straight in the state (no HTTP, no rate limit), each with one line.

        Returns them as the API shows them. A subject is created when none is given.
        """
        account = self.store.accounts[slug or self.options["slug"]]
        if subject_id is None:
            subject_id = self.seed_subject(account.slug, name="Seed Odběratel s.r.o.")["id"]
        created = []
        with self.mutate():
            for index in range(n):
                body: dict[str, Any] = {
                    "subject_id": subject_id, "document_type": document_type,
                    "issued_on": issued_on or self.today().isoformat(),
                    "lines": [{"name": f"Položka {index + 1}", "quantity": "1",
                               "unit_price": str(100 + index), "vat_rate": 21}],
                }
                if custom_id_prefix is not None:
                    body["custom_id"] = f"{custom_id_prefix}{index + 1}"
                invoice, errors = self.build_invoice(account, body)
                if errors:
                    raise ValueError(f"seed_invoices: {errors}")
                self.store_invoice(account, invoice)
                created.append(self.render_invoice(account, invoice))
        return created
