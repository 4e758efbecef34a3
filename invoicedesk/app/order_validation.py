"""Turning one raw order (text from a file) into a core Order, or into problems that say what to fix.

Every rule of docs/import-format.md is checked here; each problem names the file's row and field.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from invoicedesk.app.import_problems import ImportProblem
from invoicedesk.app.order_sources import NOT_A_VALUE, OrderSource, RawLine, RawOrder, Value
from invoicedesk.core import payment_methods, vat
from invoicedesk.core.documents import Address, Client, Company, Order, OrderLine, PaymentStatus
from invoicedesk.core.errors import DomainValidationError
from invoicedesk.core.identifiers import validate_party
from invoicedesk.core.money import currency_exponent, is_known_currency, parse_decimal, round_money
from invoicedesk.store.models import MONEY_SCALE, ClientModel, OrderLineModel, OrderModel
from invoicedesk.store.repositories.orders import buyer_snapshot

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_COUNTRY = re.compile(r"[A-Z]{2}")
# Codes people write that are not ISO 3166-1 country codes, and the code they mean.
_COUNTRY_ALIASES = {"UK": "GB", "EL": "GR"}
_TRUE = {"1", "true", "yes", "y", "ano", "tak", "da"}
_FALSE = {"0", "false", "no", "n", "ne", "nie", "nu"}
_PAYMENT_STATUSES = ", ".join(status.value for status in PaymentStatus)


def _length(column: Any) -> int:
    return int(column.type.length)


# The longest text each field may hold (the database column's size): checked here so that a long value is a
# problem on its row, not a database error that aborts the import.
MAX_LENGTHS = {
    "order_id": _length(OrderModel.external_id),
    "status": _length(OrderModel.status),
    "shipping_method": _length(OrderModel.shipping_method),
    "buyer_id": _length(ClientModel.external_id),
    "buyer_name": _length(ClientModel.name),
    "buyer_registration_id": _length(ClientModel.registration_id),
    "buyer_vat_id": _length(ClientModel.vat_id),
    "buyer_local_tax_id": _length(ClientModel.local_tax_id),
    "buyer_personal_id": _length(ClientModel.personal_id),
    "buyer_email": _length(ClientModel.email),
    "buyer_phone": _length(ClientModel.phone),
    "buyer_street": _length(ClientModel.street),
    "buyer_city": _length(ClientModel.city),
    "buyer_postal_code": _length(ClientModel.postal_code),
    "buyer_region": _length(ClientModel.region),
    "line_name": _length(OrderLineModel.name),
    "line_sku": _length(OrderLineModel.sku),
    "line_unit": _length(OrderLineModel.unit),
}


@dataclass(frozen=True)
class ValidatedOrder:
    row: int
    order: Order
    total_gross: Decimal
    content_hash: str


class _Checker:
    """Collects the problems of one order while its values are converted."""

    def __init__(self, source: OrderSource, raw: RawOrder) -> None:
        self.source = source
        self.raw = raw
        self.problems: list[ImportProblem] = []

    def problem(self, row: int, column: str, line: int | None, message: str, hint: str) -> None:
        field = self.source.label(column, line) if column else ""
        self.problems.append(ImportProblem(self.source.file_name, row, field, message, hint))

    def text(
        self,
        values: dict[str, Value],
        column: str,
        *,
        row: int,
        line: int | None = None,
        required: bool = False,
        default: str = "",
    ) -> str:
        value = values.get(column)
        if value is NOT_A_VALUE:
            self.problem(
                row,
                column,
                line,
                "Expected a single value, found an object or array",
                "Write a plain text or number here.",
            )
            return default
        if isinstance(value, bool):
            text = "true" if value else "false"
        else:
            text = "" if value is None else str(value).strip()
        if not text:
            if required:
                self.problem(row, column, line, "This field is required but empty", "Fill it in.")
            return default
        limit = MAX_LENGTHS.get(column)
        if limit is not None and len(text) > limit:
            self.problem(
                row,
                column,
                line,
                f"The value is {len(text)} characters long; at most {limit} fit",
                "Shorten it.",
            )
            return text[:limit]
        return text

    def decimal(self, values: dict[str, Value], column: str, *, row: int, line: int | None) -> Decimal | None:
        value = values.get(column)
        field = self.source.label(column, line)
        if value is None or value == "":
            self.problem(
                row, column, line, "This field is required but empty", "Enter a number, e.g. 2 or 1.5."
            )
            return None
        if value is NOT_A_VALUE or isinstance(value, bool):
            self.problem(
                row, column, line, f"Expected a number, found {value!r}", "Enter a number, e.g. 1.5."
            )
            return None
        try:
            number = parse_decimal(value, field=field)  # type: ignore[arg-type]
        except DomainValidationError as error:
            for item in error.errors:
                self.problem(row, column, line, item.message, item.hint)
            return None
        if number != number.quantize(Decimal(1).scaleb(-MONEY_SCALE)):
            self.problem(
                row,
                column,
                line,
                f"{number} has more than {MONEY_SCALE} decimal places",
                f"Round it to at most {MONEY_SCALE} decimal places.",
            )
            return None
        return number

    def flag(
        self, values: dict[str, Value], column: str, *, row: int, line: int | None, default: bool
    ) -> bool:
        value = values.get(column)
        if isinstance(value, bool):
            return value
        text = "" if value is None or value is NOT_A_VALUE else str(value).strip().lower()
        if not text and value is not NOT_A_VALUE:
            return default
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
        self.problem(row, column, line, f"{value!r} is not a yes/no value", "Write true or false (or 1 / 0).")
        return default


def validate_order(
    raw: RawOrder, source: OrderSource, company: Company
) -> tuple[ValidatedOrder | None, list[ImportProblem]]:
    check = _Checker(source, raw)
    for problem in raw.problems:
        check.problems.append(
            ImportProblem(source.file_name, problem.row, problem.field, problem.message, problem.hint)
        )
    values, row = raw.values, raw.row

    external_id = check.text(values, "order_id", row=row, required=True)
    order_date = _date(check, values, row)
    currency = check.text(values, "currency", row=row, required=True).upper()
    if currency and not is_known_currency(currency):
        check.problem(
            row,
            "currency",
            None,
            f"{currency!r} is not an ISO 4217 currency code",
            "Use a three-letter code such as CZK, EUR, PLN or RON.",
        )
    status = check.text(values, "status", row=row, default="new")
    payment_status = _payment_status(check, values, row)
    payment_method = check.text(values, "payment_method", row=row)
    if payment_method:
        try:
            payment_methods.get(payment_method, field=source.label("payment_method"))
        except DomainValidationError as error:
            for item in error.errors:
                check.problem(row, "payment_method", None, item.message, item.hint)
    shipping_method = check.text(values, "shipping_method", row=row)
    note = check.text(values, "note", row=row)
    buyer = _buyer(check, values, row)
    lines = [line for raw_line in raw.lines if (line := _line(check, raw_line, company, order_date))]
    if not raw.lines:
        check.problem(row, "line_name", 0, "The order has no lines", "Add at least one order line.")

    if check.problems:
        return None, check.problems
    assert order_date is not None and buyer is not None
    order = Order(
        external_id=external_id,
        order_date=order_date,
        currency=currency,
        lines=lines,
        buyer=buyer,
        status=status,
        payment_status=payment_status,
        payment_method=payment_method,
        shipping_method=shipping_method,
        note=note,
    )
    return ValidatedOrder(row, order, order_total_gross(order), content_hash(order)), []


def _date(check: _Checker, values: dict[str, Value], row: int) -> dt.date | None:
    text = check.text(values, "order_date", row=row, required=True)
    if not text:
        return None
    try:
        if not _DATE.fullmatch(text):
            raise ValueError(text)
        return dt.date.fromisoformat(text)
    except ValueError:
        check.problem(
            row,
            "order_date",
            None,
            f"{text!r} is not a date in the form YYYY-MM-DD",
            "Write the date as year-month-day, e.g. 2025-03-31.",
        )
        return None


def _payment_status(check: _Checker, values: dict[str, Value], row: int) -> PaymentStatus:
    text = check.text(values, "payment_status", row=row, default=PaymentStatus.UNPAID.value).lower()
    try:
        return PaymentStatus(text)
    except ValueError:
        check.problem(
            row,
            "payment_status",
            None,
            f"{text!r} is not a payment status",
            f"Use one of: {_PAYMENT_STATUSES}.",
        )
        return PaymentStatus.UNPAID


def _country(check: _Checker, values: dict[str, Value], row: int) -> str:
    text = check.text(values, "buyer_country", row=row, required=True).upper()
    if not text:
        return ""
    if text in _COUNTRY_ALIASES:
        check.problem(
            row,
            "buyer_country",
            None,
            f"{text!r} is not an ISO 3166-1 country code",
            f"Write {_COUNTRY_ALIASES[text]} instead.",
        )
    elif not _COUNTRY.fullmatch(text):
        check.problem(
            row,
            "buyer_country",
            None,
            f"{text!r} is not a two-letter country code",
            "Write the ISO 3166-1 code, e.g. CZ, SK, PL, RO, DE.",
        )
    return text


def _buyer(check: _Checker, values: dict[str, Value], row: int) -> Client | None:
    text = {
        column: check.text(values, column, row=row, required=column == "buyer_name")
        for column in (
            "buyer_id",
            "buyer_name",
            "buyer_registration_id",
            "buyer_vat_id",
            "buyer_local_tax_id",
            "buyer_personal_id",
            "buyer_email",
            "buyer_phone",
            "buyer_street",
            "buyer_city",
            "buyer_postal_code",
            "buyer_region",
        )
    }
    country = _country(check, values, row)
    has_company_ids = bool(text["buyer_registration_id"] or text["buyer_vat_id"])
    buyer = Client(
        name=text["buyer_name"],
        external_id=text["buyer_id"],
        address=Address(
            street=text["buyer_street"],
            city=text["buyer_city"],
            postal_code=text["buyer_postal_code"],
            country=country,
            region=text["buyer_region"].upper(),
        ),
        registration_id=text["buyer_registration_id"],
        vat_id=re.sub(r"[\s.\-]", "", text["buyer_vat_id"]).upper(),
        local_tax_id=text["buyer_local_tax_id"],
        personal_id=text["buyer_personal_id"],
        email=text["buyer_email"],
        phone=text["buyer_phone"],
        is_business=check.flag(values, "buyer_is_business", row=row, line=None, default=has_company_ids),
        is_vat_payer=bool(text["buyer_vat_id"]),
    )
    if country and _COUNTRY.fullmatch(country):
        for error in validate_party(buyer, country, prefix="buyer"):
            column = "buyer_" + error.field.removeprefix("buyer.")
            check.problem(row, column, None, error.message, error.hint)
    return buyer


def _line(check: _Checker, raw: RawLine, company: Company, order_date: dt.date | None) -> OrderLine | None:
    values, row, index = raw.values, raw.row, raw.index
    before = len(check.problems)
    name = check.text(values, "line_name", row=row, line=index, required=True)
    quantity = check.decimal(values, "line_quantity", row=row, line=index)
    unit_price = check.decimal(values, "line_unit_price", row=row, line=index)
    rate = check.decimal(values, "line_vat_rate", row=row, line=index)
    includes_vat = check.flag(values, "line_price_includes_vat", row=row, line=index, default=False)
    if quantity is not None and quantity == 0:
        check.problem(row, "line_quantity", index, "The quantity is 0", "Enter the quantity sold, e.g. 1.")
    if unit_price is not None and unit_price < 0:
        check.problem(
            row,
            "line_unit_price",
            index,
            "The unit price is negative",
            "Enter a positive price; a return is a negative quantity.",
        )
    if (
        rate is not None
        and order_date is not None
        and not vat.is_valid_rate(company.country, order_date, rate)
    ):
        check.problem(
            row,
            "line_vat_rate",
            index,
            f"{rate.normalize():f} % is not a VAT rate of {company.country} on {order_date.isoformat()}",
            f"Use {vat.describe_rates(company.country, order_date)}.",
        )
    if len(check.problems) > before or quantity is None or unit_price is None or rate is None:
        return None
    return OrderLine(
        name=name,
        quantity=quantity,
        unit_price=unit_price,
        vat_rate=rate,
        unit=check.text(values, "line_unit", row=row, line=index, default="ks"),
        sku=check.text(values, "line_sku", row=row, line=index),
        price_includes_vat=includes_vat,
    )


def order_total_gross(order: Order) -> Decimal:
    """The order's gross total with VAT rounded per line, for lists and sorting (documents compute their own
    totals under each service's rounding rule)."""
    places = currency_exponent(order.currency)
    total = Decimal(0)
    for line in order.lines:
        amount = round_money(line.quantity * line.unit_price, places)
        if line.price_includes_vat:
            total += amount
        else:
            total += amount + round_money(amount * line.vat_rate / 100, places)
    return total


def _canonical_decimal(value: Decimal) -> str:
    # "2", "2.0" and "2.00" are the same quantity: a re-export with other formatting is not a change.
    return format(value.normalize(), "f")


def content_hash(order: Order) -> str:
    """SHA-256 of everything the file says about an order; equal hashes mean "this order is already here"."""
    content = {
        "external_id": order.external_id,
        "order_date": order.order_date.isoformat(),
        "currency": order.currency,
        "status": order.status,
        "payment_status": str(order.payment_status),
        "payment_method": order.payment_method,
        "shipping_method": order.shipping_method,
        "note": order.note,
        "buyer": buyer_snapshot(order.buyer),
        "lines": [
            [
                line.name,
                line.sku,
                _canonical_decimal(line.quantity),
                line.unit,
                _canonical_decimal(line.unit_price),
                _canonical_decimal(line.vat_rate),
                line.price_includes_vat,
            ]
            for line in order.lines
        ],
    }
    encoded = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(encoded.encode("utf-8")).hexdigest()


def differences(new: Order, stored: Order) -> list[str]:
    """What differs between an order in a file and the stored order of the same id, said briefly."""
    found = []
    for name in (
        "order_date",
        "currency",
        "status",
        "payment_status",
        "payment_method",
        "shipping_method",
        "note",
    ):
        if getattr(new, name) != getattr(stored, name):
            found.append(f"{name}: {getattr(new, name)!s} in the file, {getattr(stored, name)!s} stored")
    if buyer_snapshot(new.buyer) != buyer_snapshot(stored.buyer):
        found.append("the buyer's details")
    if len(new.lines) != len(stored.lines):
        found.append(f"{len(new.lines)} lines in the file, {len(stored.lines)} stored")
    elif any(_line_key(a) != _line_key(b) for a, b in zip(new.lines, stored.lines, strict=True)):
        found.append("the lines' names, quantities, prices or VAT rates")
    return found or ["details"]


def _line_key(line: OrderLine) -> tuple[Any, ...]:
    return (
        line.name,
        line.sku,
        _canonical_decimal(line.quantity),
        line.unit,
        _canonical_decimal(line.unit_price),
        _canonical_decimal(line.vat_rate),
        line.price_includes_vat,
    )
