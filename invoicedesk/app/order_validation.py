"""Turning one raw order (text from a file) into a core Order, or into problems that say what to fix.

Every rule of docs/import-format.md is checked here; each problem names the file's row and field.
A file repeats itself (the same buyers, dates and VAT rates on many orders), so the answers of the slow
checks (identifiers, VAT rates) are remembered per distinct value, within fixed bounds.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import re
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, NamedTuple

from invoicedesk.app.import_problems import ImportProblem
from invoicedesk.app.order_sources import NOT_A_VALUE, OrderSource, RawLine, RawOrder, Value
from invoicedesk.core import payment_methods, vat
from invoicedesk.core.documents import Address, Client, Company, Order, OrderLine, Party, PaymentStatus
from invoicedesk.core.errors import DomainValidationError
from invoicedesk.core.identifiers import validate_party
from invoicedesk.core.money import currency_exponent, is_known_currency, parse_decimal
from invoicedesk.store.models import MONEY_SCALE, ClientModel, OrderLineModel, OrderModel
from invoicedesk.store.repositories.orders import buyer_snapshot

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_COUNTRY = re.compile(r"[A-Z]{2}")
# Codes people write that are not ISO 3166-1 country codes, and the code they mean.
_COUNTRY_ALIASES = {"UK": "GB", "EL": "GR"}
_TRUE = {"1", "true", "yes", "y", "ano", "tak", "da"}
_FALSE = {"0", "false", "no", "n", "ne", "nie", "nu"}
_FLAGS = {**dict.fromkeys(_TRUE, True), **dict.fromkeys(_FALSE, False)}
_PAYMENT_STATUS_BY_VALUE = {status.value: status for status in PaymentStatus}
_PAYMENT_STATUSES = ", ".join(_PAYMENT_STATUS_BY_VALUE)
_VAT_ID_SEPARATORS = re.compile(r"[\s.\-]")

# Slow checks whose answers are remembered across the orders of a file (identifiers per distinct set,
# VAT rates per day and rate); bounded, so memory stays flat however many distinct values a file holds.
CACHE_SIZE = 4096


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

# Quantities, prices and totals must fit their columns (NUMERIC(18, 4): 14 digits before the point); a
# larger value is a problem on its row, not an arithmetic or database error that aborts the import.
_STORED_DIGITS = OrderLineModel.quantity.type.precision - OrderLineModel.quantity.type.scale
assert _STORED_DIGITS == OrderModel.total_gross.type.precision - OrderModel.total_gross.type.scale
MAX_AMOUNT = Decimal(10) ** _STORED_DIGITS
_MONEY_QUANTUM = Decimal(1).scaleb(-MONEY_SCALE)
# What most files hold: digits, perhaps a dot and decimals, short enough to store. parse_decimal reads such
# text exactly as Decimal() does, so it skips parse_decimal's other shapes and the checks it cannot fail.
_PLAIN_NUMBER = re.compile(rf"\d{{1,{_STORED_DIGITS}}}(?:\.\d{{1,{MONEY_SCALE}}})?", re.ASCII)

# (column, longest length or None, required, default when empty) of text fields, in the order they are read.
_Fields = tuple[tuple[str, int | None, bool, str], ...]


def _fields(*columns: str, required: tuple[str, ...] = (), defaults: dict[str, str] | None = None) -> _Fields:
    return tuple(
        (column, MAX_LENGTHS.get(column), column in required, (defaults or {}).get(column, ""))
        for column in columns
    )


_ORDER_FIELDS = _fields(
    "order_id",
    "order_date",
    "currency",
    "status",
    "payment_status",
    "payment_method",
    "shipping_method",
    "note",
    required=("order_id", "order_date", "currency"),
    defaults={"status": "new", "payment_status": PaymentStatus.UNPAID.value},
)
_BUYER_FIELDS = _fields(
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
    "buyer_country",
    required=("buyer_name", "buyer_country"),
)
_LINE_FIELDS = _fields(
    "line_name", "line_unit", "line_sku", required=("line_name",), defaults={"line_unit": "ks"}
)


class ValidatedOrder(NamedTuple):
    """An order that passed every check, with what the store keeps beside it."""

    row: int
    order: Order
    total_gross: Decimal
    content_hash: str
    buyer_json: str  # buyer_snapshot(order.buyer) as canonical JSON text


class _Checker:
    """Collects the problems of one order while its values are converted."""

    def __init__(self, source: OrderSource) -> None:
        self.source = source
        self.problems: list[ImportProblem] = []

    def problem(self, row: int, column: str, line: int | None, message: str, hint: str) -> None:
        field = self.source.label(column, line) if column else ""
        self.problems.append(ImportProblem(self.source.file_name, row, field, message, hint))

    def texts(
        self, values: dict[str, Value], fields: _Fields, *, row: int, line: int | None = None
    ) -> list[str]:
        """text() of each field, in order. Plain text that fits (nearly every value) is taken here directly;
        anything else goes through text(), which says what is wrong with it."""
        found = []
        for column, limit, required, default in fields:
            value = values.get(column)
            if value.__class__ is str:
                text = value.strip()  # type: ignore[union-attr]
                if text:
                    if limit is None or len(text) <= limit:
                        found.append(text)
                        continue
                elif not required:
                    found.append(default)
                    continue
            elif value is None and not required:
                found.append(default)
                continue
            found.append(self.text(values, column, row=row, line=line, required=required, default=default))
        return found

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
        if value.__class__ is str:
            text = value.strip()  # type: ignore[union-attr]
        elif value is None:
            text = ""
        elif value is NOT_A_VALUE:
            self.problem(
                row,
                column,
                line,
                "Expected a single value, found an object or array",
                "Write a plain text or number here.",
            )
            return default
        elif isinstance(value, bool):
            text = "true" if value else "false"
        else:
            text = str(value).strip()
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
        if value.__class__ is str and _PLAIN_NUMBER.fullmatch(value):  # type: ignore[arg-type]
            return Decimal(value)  # type: ignore[arg-type]
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
            number = parse_decimal(value, field=self.source.label(column, line))  # type: ignore[arg-type]
        except DomainValidationError as error:
            for item in error.errors:
                self.problem(row, column, line, item.message, item.hint)
            return None
        if abs(number) >= MAX_AMOUNT:
            self.problem(
                row,
                column,
                line,
                f"{number} is too large; at most {_STORED_DIGITS} digits fit before the decimal point",
                "Check the value.",
            )
            return None
        if number != number.quantize(_MONEY_QUANTUM):
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
        if value.__class__ is str and value in _FLAGS:  # written as expected: "true", "0", …
            return _FLAGS[value]  # type: ignore[index]
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


class OrderValidator:
    """Checks the raw orders of one file for one company."""

    def __init__(self, source: OrderSource, company: Company) -> None:
        self.source = source
        self.company = company

    def validate(self, raw: RawOrder) -> tuple[ValidatedOrder | None, list[ImportProblem]]:
        """The order ready to store, or None and every problem found in it."""
        source = self.source
        check = _Checker(source)
        for problem in raw.problems:
            check.problems.append(
                ImportProblem(source.file_name, problem.row, problem.field, problem.message, problem.hint)
            )
        values, row = raw.values, raw.row

        (
            external_id,
            date_text,
            currency,
            status,
            payment_status_text,
            payment_method,
            shipping_method,
            note,
        ) = check.texts(values, _ORDER_FIELDS, row=row)
        order_date = _date(check, date_text, row)
        currency = currency.upper()
        if currency and not is_known_currency(currency):
            check.problem(
                row,
                "currency",
                None,
                f"{currency!r} is not an ISO 4217 currency code",
                "Use a three-letter code such as CZK, EUR, PLN or RON.",
            )
        payment_status = _payment_status(check, payment_status_text, row)
        if payment_method and not payment_methods.is_known(payment_method):
            try:
                payment_methods.get(payment_method, field=source.label("payment_method"))
            except DomainValidationError as error:
                for item in error.errors:
                    check.problem(row, "payment_method", None, item.message, item.hint)
        buyer = _buyer(check, values, row)
        lines = [line for raw_line in raw.lines if (line := _line(check, raw_line, self.company, order_date))]
        if not raw.lines:
            check.problem(row, "line_name", 0, "The order has no lines", "Add at least one order line.")
        if check.problems:
            return None, check.problems

        assert order_date is not None
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
        total = _gross_total(check, order, raw)
        if total is None:
            return None, check.problems
        buyer_text = buyer_json(buyer)
        return ValidatedOrder(row, order, total, _content_hash(order, buyer_text), buyer_text), []


def _date(check: _Checker, text: str, row: int) -> dt.date | None:
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


def _payment_status(check: _Checker, text: str, row: int) -> PaymentStatus:
    text = text.lower()
    status = _PAYMENT_STATUS_BY_VALUE.get(text)
    if status is None:
        check.problem(
            row,
            "payment_status",
            None,
            f"{text!r} is not a payment status",
            f"Use one of: {_PAYMENT_STATUSES}.",
        )
        return PaymentStatus.UNPAID
    return status


def _country(check: _Checker, text: str, row: int) -> str:
    text = text.upper()
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


def _buyer(check: _Checker, values: dict[str, Value], row: int) -> Client:
    (
        external_id,
        name,
        registration_id,
        vat_id,
        local_tax_id,
        personal_id,
        email,
        phone,
        street,
        city,
        postal_code,
        region,
        country,
    ) = check.texts(values, _BUYER_FIELDS, row=row)
    country = _country(check, country, row)
    buyer = Client(
        name=name,
        external_id=external_id,
        address=Address(
            street=street,
            city=city,
            postal_code=postal_code,
            country=country,
            region=region.upper(),
        ),
        registration_id=registration_id,
        vat_id=_VAT_ID_SEPARATORS.sub("", vat_id).upper() if vat_id else "",
        local_tax_id=local_tax_id,
        personal_id=personal_id,
        email=email,
        phone=phone,
        is_business=check.flag(
            values, "buyer_is_business", row=row, line=None, default=bool(registration_id or vat_id)
        ),
        is_vat_payer=bool(vat_id),
    )
    if (registration_id or vat_id or local_tax_id or personal_id) and _COUNTRY.fullmatch(country):
        for column, message, hint in identifier_problems(
            country, buyer.registration_id, buyer.vat_id, buyer.local_tax_id, buyer.personal_id
        ):
            check.problem(row, column, None, message, hint)
    return buyer


@functools.lru_cache(maxsize=CACHE_SIZE)
def identifier_problems(
    country: str, registration_id: str, vat_id: str, local_tax_id: str, personal_id: str
) -> tuple[tuple[str, str, str], ...]:
    """(column, message, hint) of each problem with a buyer's identifiers read as those of `country`.

    Remembered per distinct set: a buyer's identifiers repeat on every order of theirs, and checking them
    (python-stdnum) is the slowest part of a buyer. The answer does not depend on the row it came from.
    """
    party = Party(
        name="",
        registration_id=registration_id,
        vat_id=vat_id,
        local_tax_id=local_tax_id,
        personal_id=personal_id,
    )
    return tuple(
        ("buyer_" + error.field.removeprefix("buyer."), error.message, error.hint)
        for error in validate_party(party, country, prefix="buyer")
    )


@functools.lru_cache(maxsize=CACHE_SIZE)
def is_valid_vat_rate(country: str, on: dt.date, rate: Decimal) -> bool:
    """core.vat.is_valid_rate, remembered per (country, day, rate): most files use a few rates on few days."""
    return vat.is_valid_rate(country, on, rate)


def _line(check: _Checker, raw: RawLine, company: Company, order_date: dt.date | None) -> OrderLine | None:
    values, row, index = raw.values, raw.row, raw.index
    before = len(check.problems)
    name, unit, sku = check.texts(values, _LINE_FIELDS, row=row, line=index)
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
        and not is_valid_vat_rate(company.country, order_date, rate)
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
        unit=unit,
        sku=sku,
        price_includes_vat=includes_vat,
    )


def _gross_total(check: _Checker, order: Order, raw: RawOrder) -> Decimal | None:
    """The order's gross total with VAT rounded half-up per line (as core.money.round_money rounds), for lists
    and sorting; documents compute their own totals under each service's rounding rule. None, with a
    problem, when a line's amount or the total is too large to store."""
    quantum = _quantum(order.currency)
    total = Decimal(0)
    for line, raw_line in zip(order.lines, raw.lines, strict=True):
        amount = line.quantity * line.unit_price
        if abs(amount) >= MAX_AMOUNT:  # also keeps quantize() below within the decimal context's precision
            check.problem(
                raw_line.row,
                "line_quantity",
                raw_line.index,
                f"Quantity × unit price ({amount:f}) is too large to store",
                "Check the quantity and the unit price.",
            )
            continue
        amount = amount.quantize(quantum, rounding=ROUND_HALF_UP)
        total += amount
        if not line.price_includes_vat:
            total += (amount * line.vat_rate / 100).quantize(quantum, rounding=ROUND_HALF_UP)
    if not check.problems and abs(total) >= MAX_AMOUNT:
        check.problem(
            raw.row,
            "",
            None,
            f"The order's total ({total:f}) is too large to store",
            "Check the quantities and prices, or split the order.",
        )
    return None if check.problems else total


@functools.cache
def _quantum(currency: str) -> Decimal:
    return Decimal(1).scaleb(-currency_exponent(currency))


# The canonical JSON of an order, which content_hash() hashes, is what
# json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":")) writes. It must never change:
# stored orders carry hashes made from it, and a re-import compares against them. It is built here from the
# stdlib encoder's own string escaping in the sorted key order, which is several times faster than json.dumps
# of a fresh dict per order (the tests hold the two equal).
_JSON_TEXT = json.encoder.encode_basestring  # type: ignore[attr-defined]
_CANONICAL_JSON = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":"))
_BUYER_KEYS = tuple(sorted(buyer_snapshot(Client(name=""))))
_BUYER_JSON_KEYS = tuple(_JSON_TEXT(key) + ":" for key in _BUYER_KEYS)


def _json_value(value: Any) -> str:
    if value.__class__ is str:
        return _JSON_TEXT(value)  # type: ignore[no-any-return]
    if value is True:
        return "true"
    if value is False:
        return "false"
    return _CANONICAL_JSON.encode(value)


def buyer_json(buyer: Client) -> str:
    """buyer_snapshot(buyer) as canonical JSON (sorted keys, no spaces): stored with the order, and hashed."""
    snapshot = buyer_snapshot(buyer)
    members = [
        key + _json_value(snapshot[name]) for key, name in zip(_BUYER_JSON_KEYS, _BUYER_KEYS, strict=True)
    ]
    return "{" + ",".join(members) + "}"


def _canonical_decimal(value: Decimal) -> str:
    # "2", "2.0" and "2.00" are the same quantity: a re-export with other formatting is not a change.
    return format(value.normalize(), "f")


def content_hash(order: Order) -> str:
    """SHA-256 of everything the file says about an order; equal hashes mean "this order is already here".

    It hashes the canonical JSON of {"buyer": buyer_snapshot(…), "currency": …, "external_id": …, "lines":
    [[name, sku, quantity, unit, unit price, VAT rate, price includes VAT], …], "note": …, "order_date": …,
    "payment_method": …, "payment_status": …, "shipping_method": …, "status": …}, with decimals written
    normalised ("2", not "2.00").
    """
    return _content_hash(order, buyer_json(order.buyer))


def _content_hash(order: Order, buyer_text: str) -> str:
    lines = ",".join(
        [
            "["
            + ",".join(
                [
                    _JSON_TEXT(line.name),
                    _JSON_TEXT(line.sku),
                    '"' + _canonical_decimal(line.quantity) + '"',
                    _JSON_TEXT(line.unit),
                    '"' + _canonical_decimal(line.unit_price) + '"',
                    '"' + _canonical_decimal(line.vat_rate) + '"',
                    "true" if line.price_includes_vat else "false",
                ]
            )
            + "]"
            for line in order.lines
        ]
    )
    canonical = "".join(
        [
            '{"buyer":',
            buyer_text,
            ',"currency":',
            _JSON_TEXT(order.currency),
            ',"external_id":',
            _JSON_TEXT(order.external_id),
            ',"lines":[',
            lines,
            '],"note":',
            _JSON_TEXT(order.note),
            ',"order_date":"',
            order.order_date.isoformat(),
            '","payment_method":',
            _JSON_TEXT(order.payment_method),
            ',"payment_status":',
            _JSON_TEXT(str(order.payment_status)),
            ',"shipping_method":',
            _JSON_TEXT(order.shipping_method),
            ',"status":',
            _JSON_TEXT(order.status),
            "}",
        ]
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


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
