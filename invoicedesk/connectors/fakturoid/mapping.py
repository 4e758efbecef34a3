"""Domain documents and clients ⇄ Fakturoid JSON (API v3), and Fakturoid's field complaints ⇄ document fields.

Rounding. Our document lines carry net unit prices, so invoices are sent with `vat_price_mode: "without_vat"`
and Fakturoid computes each line's net as quantity × unit price and the VAT per rate on the summed nets
(`vat_rates_summary`), rounding half-up to hundredths; that is our RoundingMode.PER_RATE. We never send
`round_total`, so Fakturoid does not round the total to whole crowns and the remote total equals ours. A
document issued with RoundingMode.PER_LINE can differ from Fakturoid's VAT by at most half a hundredth per
line of a rate; reconciliation must allow for that. The fact sheet gives no rule beyond this; verify on a test
account.

Signs of corrections (opravný daňový doklad). A credit note's lines have NEGATIVE quantities and POSITIVE unit
prices (EN 16931 BR-27 forbids negative prices, and core.credit_notes builds them that way). Fakturoid
computes a line as quantity × unit_price, so the line totals are the same negative amounts as with the
negative prices some third-party clients send; the sheet marks Fakturoid's own convention UNCONFIRMED, so we
keep the domain's sign and the totals agree either way. Sent as `document_type: "correction"` with
`correction_id` = the original's id.

Payment methods. Fakturoid's are a fixed enum. The connection's own mapping (chosen by the user in the
payment-method grid and handed over in the `payment_method_map` setting) wins; otherwise the defaults below
apply; a method with neither is refused as a validation failure on `payment_method`, so the outbox holds the
document until the user maps it.

Decimals go out and come back as strings ("1000.0"), `vat_rate` comes back as a number; both are read into
Decimal without passing through float. Keys with empty values are left out, because Fakturoid reads `"number":
null` as a number that does not match the number format (fact sheet pitfall 1).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from invoicedesk.connectors.contract import RemoteClient, RemoteDocument, RemotePaymentMethod
from invoicedesk.connectors.errors import N_, ConnectorError, ErrorCategory
from invoicedesk.core import payment_methods
from invoicedesk.core.documents import (
    Address,
    Client,
    Document,
    DocumentLine,
    DocumentType,
    PaymentStatus,
    VatCategory,
)
from invoicedesk.core.errors import FieldError

SERVICE = "fakturoid"

DOCUMENT_TYPES = {
    DocumentType.INVOICE: "invoice",
    DocumentType.PROFORMA: "proforma",
    DocumentType.CREDIT_NOTE: "correction",
}
_REMOTE_TYPES = {
    "invoice": DocumentType.INVOICE,
    "final_invoice": DocumentType.INVOICE,
    "tax_document": DocumentType.INVOICE,
    "proforma": DocumentType.PROFORMA,
    "partial_proforma": DocumentType.PROFORMA,
    "correction": DocumentType.CREDIT_NOTE,
}

# Fakturoid's payment methods are a fixed enum (the mapping grid offers exactly these).
FIXED_PAYMENT_METHODS = (
    RemotePaymentMethod("bank", "Bank transfer"),
    RemotePaymentMethod("cash", "Cash"),
    RemotePaymentMethod("cod", "Cash on delivery"),
    RemotePaymentMethod("card", "Card"),
    RemotePaymentMethod("paypal", "PayPal"),
    RemotePaymentMethod("custom", "Other (named)"),
)
_FIXED_CODES = frozenset(method.code for method in FIXED_PAYMENT_METHODS)
# What a local method becomes when the connection does not map it: its exact equivalent in the enum, or a
# named "custom" where Fakturoid has none and the name says all. An online payment gateway has no default: it
# takes cards, PayPal or transfers depending on the shop, so the bookkeeper chooses it in the mapping grid.
DEFAULT_PAYMENT_METHODS: dict[str, str] = {
    "bank_transfer": "bank",
    "cash": "cash",
    "card": "card",
    "cash_on_delivery": "cod",
    "paypal": "paypal",
    "offset": "custom",
    "voucher": "custom",
    "other": "custom",
}
# The name Fakturoid shows for a method sent as "custom" (at most 20 characters, Fakturoid's limit).
CUSTOM_PAYMENT_LABELS: dict[str, str] = {
    "bank_transfer": "Bankovní převod",
    "cash": "Hotově",
    "card": "Kartou",
    "cash_on_delivery": "Dobírka",
    "paypal": "PayPal",
    "online_gateway": "Online platba",
    "offset": "Zápočet",
    "voucher": "Poukaz",
    "other": "Jiná platba",
}
_CUSTOM_LABEL_LIMIT = 20
PAYMENT_METHODS: dict[str, tuple[str, str]] = {
    local: (remote, CUSTOM_PAYMENT_LABELS[local] if remote == "custom" else "")
    for local, remote in DEFAULT_PAYMENT_METHODS.items()
}
# The app hands a connector the connection's own mapping (local code → remote code) as JSON in this setting.
PAYMENT_METHOD_MAP_SETTING = "payment_method_map"
_DISCOUNT_LABEL = {"cz": "Sleva", "sk": "Zľava"}


@dataclass
class InvoicePayload:
    body: dict[str, Any]
    # Position in Fakturoid's `lines` → index of the document line it came from, so a complaint about
    # lines[3] can be shown on the right line even when discount lines were inserted.
    line_origin: list[int] = field(default_factory=list)


def decimal_text(value: Decimal) -> str:
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text or "0"


def invoice_payload(
    document: Document,
    key: str,
    *,
    subject_id: str,
    settings: Mapping[str, str],
    account_currency: str,
    corrects_remote_id: str = "",
) -> InvoicePayload:
    """The POST /invoices.json body for `document`, sent with custom_id = `key`."""
    body: dict[str, Any] = {
        "custom_id": key,
        "document_type": DOCUMENT_TYPES[document.doc_type],
        "subject_id": int(subject_id) if subject_id.isdigit() else subject_id,
        "issued_on": document.issue_date.isoformat(),
        "taxable_fulfillment_due": document.effective_tax_point.isoformat(),
        "currency": document.currency,
        "vat_price_mode": "without_vat",
        "order_number": document.order_external_id,
        "variable_symbol": document.variable_symbol,
        "note": document.note,
        "client_name": document.buyer.name,
        "client_street": document.buyer.address.street,
        "client_city": document.buyer.address.city,
        "client_zip": document.buyer.address.postal_code,
        "client_country": document.buyer.address.country,
        "client_registration_no": document.buyer.registration_id,
        "client_vat_no": document.buyer.vat_id,
        "client_local_vat_no": document.buyer.local_tax_id,
        "language": settings.get("language", ""),
    }
    if settings.get("numbering") == "local":
        body["number"] = document.number
    elif settings.get("number_format_id"):
        body["number_format_id"] = _int_or_text(settings["number_format_id"])
    if settings.get("bank_account_id"):
        body["bank_account_id"] = _int_or_text(settings["bank_account_id"])
    if document.due_date is not None:
        body["due"] = max(0, (document.due_date - document.issue_date).days)
    if account_currency and document.currency != account_currency:
        body["exchange_rate"] = decimal_text(document.exchange_rate)
    method, label = payment_method(document.payment_method, payment_method_map(settings))
    body["payment_method"] = method
    body["custom_payment_method"] = label
    if document.doc_type is DocumentType.CREDIT_NOTE:
        if not corrects_remote_id:
            raise ConnectorError(
                ErrorCategory.VALIDATION_FAILED,
                "A credit note can be sent to Fakturoid only after the invoice it corrects has been sent "
                "there",
                field_errors=[FieldError("corrects", N_("The corrected invoice is not in Fakturoid"),
                                         N_("Send the original invoice to Fakturoid first, then resend this "
                                            "credit note."))],
                service=SERVICE,
            )
        body["correction_id"] = _int_or_text(corrects_remote_id)
    lines, origin = _lines(document, settings.get("language", "cz"))
    body["lines"] = lines
    return InvoicePayload({k: v for k, v in body.items() if v not in ("", None)}, origin)


def _lines(document: Document, language: str) -> tuple[list[dict[str, Any]], list[int]]:
    lines: list[dict[str, Any]] = []
    origin: list[int] = []
    for index, line in enumerate(document.lines):
        rate = _vat_rate(line)
        lines.append(_drop_empty({
            "name": line.name,
            "quantity": decimal_text(line.quantity),
            "unit_name": line.unit,
            "unit_price": decimal_text(line.unit_price),
            "vat_rate": rate,
        }))
        origin.append(index)
        if line.discount:
            # Fakturoid lines have no discount field; a separate line keeps net = quantity × price − discount
            # exact (folding it into the unit price would need rounding). Same sign rule as the line itself.
            sign = -1 if line.quantity >= 0 else 1
            label = _DISCOUNT_LABEL.get(language, "Discount")
            lines.append({
                "name": f"{label}: {line.name}",
                "quantity": "1",
                "unit_price": decimal_text(sign * line.discount),
                "vat_rate": rate,
            })
            origin.append(index)
    return lines, origin


def _vat_rate(line: DocumentLine) -> str:
    # Reverse charge, exempt, export and intra-community lines carry no Czech VAT.
    return decimal_text(line.vat_rate) if line.vat_category is VatCategory.STANDARD else "0"


def payment_method(code: str, user_map: Mapping[str, str] | None = None) -> tuple[str, str]:
    """(payment_method, custom_payment_method) for a local code: the connection's mapping first, then the
    defaults. A method with neither is refused with a field error that says where to map it."""
    remote = (user_map or {}).get(code) or DEFAULT_PAYMENT_METHODS.get(code)
    if remote is None:
        if not payment_methods.is_known(code):
            raise _payment_error(
                f"The payment method {code!r} has no Fakturoid equivalent",
                N_("Fakturoid does not know this payment method"),
                N_("Choose one of: bank transfer, cash, card, cash on delivery, PayPal, online payment, "
                   "offset, voucher, other."))
        raise _payment_error(
            f"The payment method {code!r} is not mapped to a Fakturoid payment method in this connection",
            N_("This payment method has no Fakturoid payment method chosen"),
            _MAP_IT_HINT)
    if remote not in _FIXED_CODES:
        raise _payment_error(
            f"The payment method {code!r} is mapped to {remote!r}, which Fakturoid does not accept",
            N_("The payment method is mapped to a value Fakturoid does not accept"),
            _MAP_IT_HINT)
    if remote != "custom":
        return remote, ""
    return remote, CUSTOM_PAYMENT_LABELS.get(code, code)[:_CUSTOM_LABEL_LIMIT]


_MAP_IT_HINT = N_("Choose its Fakturoid payment method in the payment-method grid of this connection "
                  "(Connections → the connection → Payment methods), then press Resend.")


def payment_method_map(settings: Mapping[str, str]) -> dict[str, str]:
    """The connection's own mapping from `settings` (empty when it maps nothing)."""
    text = settings.get(PAYMENT_METHOD_MAP_SETTING) or ""
    if not text:
        return {}
    try:
        data = json.loads(text)
    except ValueError:
        data = None
    if not isinstance(data, dict) or not all(isinstance(v, str) for v in data.values()):
        raise _payment_error(
            "The connection's payment-method mapping is not a JSON object of codes",
            N_("The payment-method mapping of this connection is damaged"),
            _MAP_IT_HINT)
    return data


def _payment_error(detail: str, message: str, hint: str) -> ConnectorError:
    return ConnectorError(ErrorCategory.VALIDATION_FAILED, detail,
                          field_errors=[FieldError("payment_method", message, hint)], service=SERVICE)


def subject_payload(client: Client, key: str) -> dict[str, Any]:
    return _drop_empty({
        "custom_id": key,
        "name": client.name,
        "street": client.address.street,
        "city": client.address.city,
        "zip": client.address.postal_code,
        "country": client.address.country,
        "registration_no": client.registration_id,
        "vat_no": client.vat_id,
        "local_vat_no": client.local_tax_id,
        "email": client.email,
        "phone": client.phone,
    })


def client_key(client: Client) -> str:
    """The custom_id a buyer gets in Fakturoid: stable per local client, unique per account."""
    if client.id is not None:
        return f"client-{client.id}"
    if client.external_id:
        return f"client-x-{client.external_id}"
    identity = client.vat_id or client.registration_id or f"{client.name}|{client.email}"
    return "client-n-" + re.sub(r"\s+", "", identity)[:60]


# ---- from Fakturoid ---------------------------------------------------------------------------------------

def remote_document(item: Mapping[str, Any]) -> RemoteDocument:
    try:
        mode = item.get("vat_price_mode")
        lines = [_remote_line(line, mode) for line in item.get("lines") or []]
        total_net = _dec(item.get("subtotal"), "subtotal")
        total_gross = _dec(item.get("total"), "total")
        remaining = item.get("remaining_amount")
        status = str(item.get("status") or "")
        if status == "paid":
            payment_status = PaymentStatus.PAID
        elif remaining is not None and Decimal(0) < _dec(remaining, "remaining_amount") < total_gross:
            payment_status = PaymentStatus.PARTIALLY_PAID
        else:
            payment_status = PaymentStatus.UNPAID
        return RemoteDocument(
            remote_id=str(item["id"]),
            remote_number=str(item.get("number") or ""),
            doc_type=_REMOTE_TYPES.get(str(item.get("document_type") or "invoice"), DocumentType.INVOICE),
            issue_date=_date(item.get("issued_on")),
            currency=str(item.get("currency") or ""),
            buyer=Client(
                name=str(item.get("client_name") or ""),
                address=Address(
                    street=str(item.get("client_street") or ""),
                    city=str(item.get("client_city") or ""),
                    postal_code=str(item.get("client_zip") or ""),
                    country=str(item.get("client_country") or ""),
                ),
                registration_id=str(item.get("client_registration_no") or ""),
                vat_id=str(item.get("client_vat_no") or ""),
                local_tax_id=str(item.get("client_local_vat_no") or ""),
            ),
            lines=lines,
            total_net=total_net,
            total_vat=total_gross - total_net,
            total_gross=total_gross,
            key=str(item.get("custom_id") or ""),
            tax_point_date=_date(item.get("taxable_fulfillment_due")),
            due_date=_date(item.get("due_on")),
            payment_status=payment_status,
            status=status,
            corrects_remote_id=str(item.get("correction_id") or "")
            if item.get("document_type") == "correction" else "",
            order_number=str(item.get("order_number") or ""),
            variable_symbol=str(item.get("variable_symbol") or ""),
            updated_at=_timestamp(item.get("updated_at")),
        )
    except (KeyError, TypeError, ValueError, InvalidOperation, AttributeError) as exc:
        raise _surprise(f"an invoice in an unexpected shape ({exc})", item) from exc


def _remote_line(line: Mapping[str, Any], mode: str | None) -> DocumentLine:
    net_price = line.get("unit_price_without_vat")
    if net_price is None:
        if mode not in (None, "without_vat"):
            # Without the read-only net price we cannot split a gross price here; keep it visible, not wrong.
            raise ValueError(f"line {line.get('name')!r} has a price with VAT and no unit_price_without_vat")
        net_price = line.get("unit_price")
    rate = _dec(line.get("vat_rate", 0), "vat_rate")
    return DocumentLine(
        name=str(line.get("name") or ""),
        quantity=_dec(line.get("quantity", "1"), "quantity"),
        unit_price=_dec(net_price, "unit_price"),
        vat_rate=rate,
        unit=str(line.get("unit_name") or ""),
        vat_category=VatCategory.STANDARD if rate else VatCategory.ZERO,
    )


def remote_client(item: Mapping[str, Any]) -> RemoteClient:
    try:
        client = Client(
            name=str(item.get("name") or ""),
            address=Address(
                street=str(item.get("street") or ""),
                city=str(item.get("city") or ""),
                postal_code=str(item.get("zip") or ""),
                country=str(item.get("country") or ""),
            ),
            registration_id=str(item.get("registration_no") or ""),
            vat_id=str(item.get("vat_no") or ""),
            local_tax_id=str(item.get("local_vat_no") or ""),
            email=str(item.get("email") or ""),
            phone=str(item.get("phone") or ""),
            is_business=bool(item.get("registration_no") or item.get("vat_no")),
        )
        return RemoteClient(str(item["id"]), client, str(item.get("custom_id") or ""),
                            _timestamp(item.get("updated_at")))
    except (KeyError, TypeError, ValueError) as exc:
        raise _surprise(f"a contact in an unexpected shape ({exc})", item) from exc


def _dec(value: Any, name: str) -> Decimal:
    if isinstance(value, bool) or value is None:
        raise ValueError(f"{name} is {value!r}")
    if isinstance(value, float):
        # JSON numbers arrive as float from the json module; repr() is the shortest text that round-trips,
        # which is the literal the service wrote ("vat_rate": 21 or 12.5).
        return Decimal(repr(value))
    return Decimal(str(value))


def _date(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(str(value)[:10]) if value else None


def _timestamp(value: Any) -> dt.datetime | None:
    if not value:
        return None
    stamp = dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    return stamp if stamp.tzinfo else stamp.replace(tzinfo=dt.UTC)


def _int_or_text(value: str) -> int | str:
    return int(value) if str(value).isdigit() else value


def _drop_empty(values: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in values.items() if v not in ("", None)}


def _surprise(what: str, item: Any) -> ConnectorError:
    shown = str(item.get("id")) if isinstance(item, Mapping) else type(item).__name__
    return ConnectorError(ErrorCategory.PROTOCOL_SURPRISE, f"Fakturoid sent {what} (id {shown})",
                          service=SERVICE)


# ---- Fakturoid's complaints → document fields -------------------------------------------------------------

_INVOICE_FIELDS = {
    "subject_id": "buyer",
    "subject": "buyer",
    "client_name": "buyer.name",
    "client_street": "buyer.address.street",
    "client_city": "buyer.address.city",
    "client_zip": "buyer.address.postal_code",
    "client_country": "buyer.address.country",
    "client_registration_no": "buyer.registration_id",
    "client_vat_no": "buyer.vat_id",
    "client_local_vat_no": "buyer.local_tax_id",
    "issued_on": "issue_date",
    "taxable_fulfillment_due": "tax_point_date",
    "due": "due_date",
    "currency": "currency",
    "exchange_rate": "exchange_rate",
    "payment_method": "payment_method",
    "custom_payment_method": "payment_method",
    "number": "number",
    "number_format_id": "number",
    "variable_symbol": "variable_symbol",
    "order_number": "order_external_id",
    "note": "note",
    "correction_id": "corrects",
    "document_type": "doc_type",
    "bank_account": "seller.bank_accounts",
    "bank_account_id": "seller.bank_accounts",
    "iban": "seller.bank_accounts",
    "lines": "lines",
    "email": "buyer.email",  # message.json: the recipient
    "email_copy": "buyer.email",
}
_LINE_FIELDS = {
    "name": "name",
    "quantity": "quantity",
    "unit_name": "unit",
    "unit_price": "unit_price",
    "vat_rate": "vat_rate",
}
_SUBJECT_FIELDS = {
    "name": "name",
    "street": "address.street",
    "city": "address.city",
    "zip": "address.postal_code",
    "country": "address.country",
    "registration_no": "registration_id",
    "vat_no": "vat_id",
    "local_vat_no": "local_tax_id",
    "email": "email",
    "phone": "phone",
}
_HINTS = {
    "number": N_("Let Fakturoid number the document, or make the local series match the Fakturoid number "
                 "format chosen in the connection settings."),
    "seller.bank_accounts": N_("Add a bank account in Fakturoid under Settings → Bank accounts "
                               "(/settings/bank_accounts), then resend."),
    "exchange_rate": N_("Enter the exchange rate to the account's currency on the document."),
    "buyer": N_("Check the buyer's details; InvoiceDesk creates the contact in Fakturoid before the "
                "invoice."),
}
# "lines[2].unit_price", "lines.2.unit_price", "lines[2][unit_price]", "lines.unit_price"
_LINE_KEY = re.compile(r"^lines(?:\[(\d+)\]|\.(\d+))?(?:\.|\[)?([a-z_]+)?\]?$")


def invoice_field_errors(errors: Mapping[str, Any], line_origin: list[int] | None = None) -> list[FieldError]:
    """Fakturoid's `{"errors": {field: [messages]}}` as errors on the document's own field paths."""
    result: list[FieldError] = []
    for key, messages in errors.items():
        path = _invoice_path(str(key), line_origin or [])
        for message in _messages(messages):
            result.append(FieldError(path, message, _HINTS.get(path, "")))
    return result


def subject_field_errors(errors: Mapping[str, Any], prefix: str = "buyer.") -> list[FieldError]:
    result: list[FieldError] = []
    for key, messages in errors.items():
        path = prefix + _SUBJECT_FIELDS[key] if key in _SUBJECT_FIELDS else f"{prefix}{key}"
        for message in _messages(messages):
            result.append(FieldError(path.rstrip("."), message))
    return result


def _invoice_path(key: str, line_origin: list[int]) -> str:
    if key in _INVOICE_FIELDS:
        return _INVOICE_FIELDS[key]
    match = _LINE_KEY.match(key)
    if match:
        index_text = match.group(1) or match.group(2)
        path = "lines"
        if index_text is not None:
            remote_index = int(index_text)
            local = line_origin[remote_index] if remote_index < len(line_origin) else remote_index
            path = f"lines[{local}]"
        if match.group(3):
            path += "." + _LINE_FIELDS.get(match.group(3), match.group(3))
        return path
    # A field we do not know yet: keep Fakturoid's name so the message still says where.
    return f"fakturoid.{key}"


def _messages(messages: Any) -> list[str]:
    if isinstance(messages, list):
        return [str(m) for m in messages] or [""]
    return [str(messages)]
