"""Payments (mark paid, undo, tax document), e-mail delivery (message.json) and the events feeds."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from invoicedesk.sandbox.base import Request, Response, route
from invoicedesk.sandbox.fakturoid import common, timefmt
from invoicedesk.sandbox.fakturoid.invoices import ENUM_FIELDS, LOCKED, _as_int, _blank
from invoicedesk.sandbox.fakturoid.money import parse_decimal, round_money

ALREADY_PAID = ("forbidden", "Payment cannot be added to already paid invoice")
_EMAIL = re.compile(r"[^@\s,;]+@[^@\s,;]+\.[^@\s,;]+")
PAID_EVENTS = ("invoice_paid", "proforma_paid")


class PaymentRoutes:
    options: dict[str, Any]

    # ---- payments ------------------------------------------------------------------------------------------
    @route("POST", common.ACCOUNT + r"/invoices/(?P<invoice_id>\d+)/payments\.json")
    def create_payment(self, request: Request) -> Response:
        body = self.body_object(request)
        with self.mutate():
            account, invoice = self.find_invoice(request)
            if invoice is None:
                return common.record_not_found()
            if invoice["locked_at"] is not None:
                return common.error(403, *LOCKED)
            if invoice["status"] == "paid":
                return common.error(403, *ALREADY_PAID)
            rendered = self.render_invoice(account, invoice)
            remaining = Decimal(rendered["remaining_amount"])
            total = Decimal(rendered["total"])
            errors: dict[str, list[str]] = {}
            amount = remaining
            if "amount" in body:
                if _blank(body["amount"]):
                    errors["amount"] = [common.CANT_BE_BLANK, common.NOT_A_NUMBER]
                else:
                    try:
                        amount = parse_decimal(body["amount"])
                    except ValueError:
                        errors["amount"] = [common.NOT_A_NUMBER]
            paid_on = self.today().isoformat()
            if body.get("paid_on") is not None:
                try:
                    paid_on = timefmt.parse_date(body["paid_on"]).isoformat()
                except ValueError:
                    errors["paid_on"] = ["is not a valid date"]
            native_amount = round_money(amount * Decimal(invoice["exchange_rate"]))
            if "native_amount" in body and not _blank(body["native_amount"]):
                try:
                    native_amount = parse_decimal(body["native_amount"])
                except ValueError:
                    errors["native_amount"] = [common.NOT_A_NUMBER]
            followup = body.get("proforma_followup_document", invoice["proforma_followup_document"])
            allowed_followups = ENUM_FIELDS["proforma_followup_document"]
            if "proforma_followup_document" in body and followup not in allowed_followups:
                errors["proforma_followup_document"] = [common.NOT_IN_LIST]
            bank_id = invoice["bank_account_id"]
            if "bank_account_id" in body and body["bank_account_id"] is not None:
                bank_id = _as_int(body["bank_account_id"])
                if bank_id not in {b["id"] for b in self.bank_accounts()}:
                    errors["bank_account_id"] = ["does not exist"]
            if errors:
                return common.field_errors(errors)
            now = self.now()
            payment = {
                "id": self.store.next_id("payment"), "paid_on": paid_on, "amount": str(amount),
                "native_amount": str(native_amount),
                "variable_symbol": body.get("variable_symbol") or invoice["variable_symbol"],
                "bank_account_id": bank_id, "tax_document_id": None, "created_at": now, "updated_at": now,
            }
            invoice["payments"].append(payment)
            paid_so_far = sum((Decimal(p["amount"]) for p in invoice["payments"]), Decimal(0))
            # "mark_document_as_paid (default true if sufficient)"
            mark_paid = body.get("mark_document_as_paid", paid_so_far >= total)
            if mark_paid is True:
                invoice.update(status="paid", paid_on=paid_on)
                self.add_event(account, "proforma_paid" if invoice["document_type"] == "proforma"
                               else "invoice_paid", invoice)
                if invoice["document_type"] == "proforma":
                    self._proforma_followup(account, invoice, payment, followup)
            invoice["updated_at"] = now
            return Response.json(self.render_payment(invoice, payment), 201)

    def _copy_document(self, account, source: dict[str, Any], document_type: str) -> dict[str, Any]:
        body = {
            "subject_id": source["subject_id"], "issued_on": self.today().isoformat(),
            "document_type": "invoice",
            "currency": source["currency"], "exchange_rate": source["exchange_rate"],
            "lines": [{k: line[k] for k in ("name", "quantity", "unit_name", "unit_price", "vat_rate")}
                      for line in source["lines"]],
        }
        document, errors = self.build_invoice(account, body)
        if errors:
            raise RuntimeError(f"cannot copy document {source['id']}: {errors}")
        document.update(document_type=document_type, related_id=source["id"])
        account.invoices[document["id"]] = document
        return document

    def _proforma_followup(self, account, proforma: dict[str, Any], payment: dict[str, Any],
                           followup: str) -> None:
        """What Fakturoid issues when a proforma is paid: a paid final invoice, a tax document, or nothing."""
        if followup == "final_invoice_paid":
            final = self._copy_document(account, proforma, "final_invoice")
            final.update(status="paid", paid_on=payment["paid_on"])
            proforma["related_id"] = final["id"]
            self.add_event(account, "invoice_paid", final)
        elif followup == "tax_document":
            self._issue_tax_document(account, proforma, payment)

    def _issue_tax_document(self, account, invoice: dict[str, Any],
                            payment: dict[str, Any]) -> dict[str, Any]:
        tax_document = self._copy_document(account, invoice, "tax_document")
        tax_document.update(status="paid", paid_on=payment["paid_on"])
        payment["tax_document_id"] = tax_document["id"]
        invoice["tax_document_ids"].append(tax_document["id"])
        return tax_document

    @route("DELETE", common.ACCOUNT + r"/invoices/(?P<invoice_id>\d+)/payments/(?P<payment_id>\d+)\.json")
    def delete_payment(self, request: Request) -> Response:
        with self.mutate():
            _, invoice = self.find_invoice(request)
            if invoice is None:
                return common.record_not_found()
            payment_id = int(request.params["payment_id"])
            if not any(p["id"] == payment_id for p in invoice["payments"]):
                return common.record_not_found()
            if invoice["locked_at"] is not None:
                return common.error(403, *LOCKED)
            invoice["payments"] = [p for p in invoice["payments"] if p["id"] != payment_id]
            if invoice["status"] == "paid":
                invoice.update(status="sent" if invoice["sent_at"] else "open", paid_on=None)
            invoice["updated_at"] = self.now()
        return Response.empty(204)

    @route("POST", common.ACCOUNT
           + r"/invoices/(?P<invoice_id>\d+)/payments/(?P<payment_id>\d+)/create_tax_document\.json")
    def create_tax_document(self, request: Request) -> Response:
        with self.mutate():
            account, invoice = self.find_invoice(request)
            if invoice is None:
                return common.record_not_found()
            payment_id = int(request.params["payment_id"])
            payment = next((p for p in invoice["payments"] if p["id"] == payment_id), None)
            if payment is None:
                return common.record_not_found()
            if payment["tax_document_id"] is not None:
                return common.field_errors({"tax_document": ["has already been created"]})
            tax_document = self._issue_tax_document(account, invoice, payment)
            rendered = self.render_invoice(account, tax_document)
        return Response.json(rendered, 201, {"Location": rendered["url"]})

    # ---- e-mail --------------------------------------------------------------------------------------------
    @route("POST", common.ACCOUNT + r"/invoices/(?P<invoice_id>\d+)/message\.json")
    def send_message(self, request: Request) -> Response:
        body = self.body_object(request)
        with self.mutate():
            account, invoice = self.find_invoice(request)
            if invoice is None:
                return common.record_not_found()
            if self.is_free_plan:
                return common.error(403, "upgrade_required",
                                    "Email delivery is only available for paid plans")
            if self.options["email_delivery"] == "disabled":
                return common.error(403, "email_delivery_disabled",
                                    "Email delivery has been disabled because of spam complaints")
            if self.options["email_delivery"] == "quota_exhausted":
                return common.error(403, "quota_exhausted", "Daily email quota has been exhausted")
            subject = account.subjects.get(invoice["subject_id"]) or {}
            email = body.get("email") or subject.get("email")
            if not isinstance(email, str) or not _EMAIL.fullmatch(email.strip()):
                return common.field_errors({"email": ["Please check the email."]})
            email_copy = body.get("email_copy")
            if email_copy and (not isinstance(email_copy, str) or not _EMAIL.fullmatch(email_copy.strip())):
                return common.field_errors({"email_copy": ["Please check the email."]})
            number = invoice["number"]
            account.messages.append({
                "invoice_id": invoice["id"], "email": email.strip(), "email_copy": email_copy,
                "subject": body.get("subject") or f"Faktura {number}",
                "message": body.get("message") or f"Dobrý den, posíláme fakturu {number}.",
                "deliver_now": bool(body.get("deliver_now", False)), "at": self.now(),
            })
            if invoice["status"] == "open":
                invoice.update(status="sent", sent_at=self.now())
                self.add_event(account, "invoice_sent", invoice)
            invoice["updated_at"] = self.now()
        return Response.empty(204)

    def sent_messages(self, slug: str | None = None) -> list[dict[str, Any]]:
        """E-mails "delivered" through message.json (tests)."""
        with self.lock:
            return list(self.store.accounts[slug or self.options["slug"]].messages)

    # ---- events --------------------------------------------------------------------------------------------
    def _events(self, request: Request, names: tuple[str, ...] | None) -> Response:
        account = self.account(request)
        since = self.time_filter(request, "since")
        subject_id = _as_int(request.arg("subject_id")) if request.arg("subject_id") else None
        with self.lock:
            found = [
                e for e in reversed(account.events)
                if (names is None or e["name"] in names)
                and (since is None or e["created_at"] >= since)
                and (subject_id is None or e["subject_id"] == subject_id)
            ]
            page = common.paginate(found, request.arg("page"))
        return Response.json([{
            "name": e["name"],
            "created_at": timefmt.timestamp(e["created_at"]),
            "user_id": 5,
            "subject_id": e["subject_id"],
            "related_objects": [{"type": "Invoice", "id": e["invoice_id"]}],
            "text": f"{e['name'].replace('_', ' ')}: {e['number']}",
            "params": {"invoice_number": e["number"]},
        } for e in page])

    @route("GET", common.ACCOUNT + r"/events\.json")
    def list_events(self, request: Request) -> Response:
        return self._events(request, None)

    @route("GET", common.ACCOUNT + r"/events/paid\.json")
    def list_paid_events(self, request: Request) -> Response:
        return self._events(request, PAID_EVENTS)


