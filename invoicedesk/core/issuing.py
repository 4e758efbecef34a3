"""Turning an order into a sales document (invoice or proforma)."""

from __future__ import annotations

import dataclasses
import re
from datetime import date, timedelta
from decimal import Decimal

from invoicedesk.core import payment_methods
from invoicedesk.core.countries import is_eu_country
from invoicedesk.core.documents import (
    Client,
    Company,
    Document,
    DocumentLine,
    DocumentType,
    Order,
    OrderLine,
    RoundingMode,
    VatCategory,
)
from invoicedesk.core.errors import DomainValidationError, FieldError
from invoicedesk.core.money import is_known_currency
from invoicedesk.core.totals import net_from_gross
from invoicedesk.core.vat import describe_rates, is_valid_rate

# EN 16931 wants a reason on every line category that carries no VAT for a reason other than a zero rate.
EXEMPTION_REASONS: dict[VatCategory, str] = {
    VatCategory.INTRA_COMMUNITY: (
        "Intra-community supply of goods, exempt under Article 138 of Directive 2006/112/EC"
    ),
    VatCategory.EXPORT: "Export of goods outside the EU, exempt under Article 146 of Directive 2006/112/EC",
    VatCategory.NOT_SUBJECT: "The seller is not registered for VAT",
}

_VARIABLE_SYMBOL_DIGITS = 10  # Czech and Slovak payment references hold at most ten digits


def vat_category_for(seller: Company, buyer: Client, rate: Decimal) -> VatCategory:
    """The VAT category an order line most likely belongs to; the user can change it on the document.

    A seller outside the VAT system charges none (O). A positive rate is standard (S). At 0 %: a business
    buyer in another member state with a VAT id receives an intra-community supply (K; order lines are goods),
    a buyer outside the EU an export (G), anyone else a zero-rated supply (Z).
    """
    if not seller.is_vat_payer:
        return VatCategory.NOT_SUBJECT
    if rate != 0:
        return VatCategory.STANDARD
    buyer_country = (buyer.address.country or str(seller.country)).upper()
    if buyer_country != str(seller.country).upper():
        if not is_eu_country(buyer_country):
            return VatCategory.EXPORT
        if buyer.is_business and buyer.vat_id.strip():
            return VatCategory.INTRA_COMMUNITY
    return VatCategory.ZERO


def document_from_order(
    order: Order,
    *,
    seller: Company,
    doc_type: DocumentType,
    number: str,
    issue_date: date,
    due_days: int,
    rounding: RoundingMode,
    exchange_rate: Decimal | None = None,
) -> Document:
    """An invoice or proforma for `order`, with net unit prices, or a DomainValidationError listing every
    problem (field paths are the order's: "lines[1].vat_rate", "payment_method", …).

    `exchange_rate` (units of the seller's currency per unit of the order's) is required when the order is
    not in the seller's default currency; it is not guessed.
    """
    errors: list[FieldError] = []
    doc_type = DocumentType(doc_type)
    if doc_type == DocumentType.CREDIT_NOTE:
        errors.append(
            FieldError("doc_type", "A credit note is not issued from an order", "Credit the invoice instead.")
        )
    if not number.strip():
        errors.append(FieldError("number", "The document has no number", "Allocate a number from a series."))
    if due_days < 0:
        errors.append(
            FieldError(
                "due_days", f"The due date would be {-due_days} days before the issue date", "Use 0 or more."
            )
        )
    if not is_known_currency(order.currency):
        errors.append(
            FieldError(
                "currency",
                f"{order.currency!r} is not an ISO 4217 currency code",
                "Use the three-letter code in capitals, for example CZK, EUR, PLN or RON.",
            )
        )
    rate = _exchange_rate(order, seller, exchange_rate, errors)
    method = order.payment_method or "bank_transfer"
    if not payment_methods.is_known(method):
        errors.append(
            FieldError(
                "payment_method",
                f"{method!r} is not a known payment method",
                "Use one of: " + ", ".join(m.code for m in payment_methods.all_methods()) + ".",
            )
        )
    if not order.lines:
        errors.append(FieldError("lines", "The order has no lines", "Add at least one line to the order."))
    lines = [
        _document_line(index, line, order, seller, issue_date, errors)
        for index, line in enumerate(order.lines)
    ]
    if errors:
        raise DomainValidationError(errors)

    reason = next(
        (EXEMPTION_REASONS[line.vat_category] for line in lines if line.vat_category in EXEMPTION_REASONS), ""
    )
    return Document(
        doc_type=doc_type,
        number=number,
        issue_date=issue_date,
        seller=seller,
        buyer=dataclasses.replace(
            order.buyer
        ),  # a snapshot: later edits of the client do not rewrite documents
        currency=order.currency,
        lines=lines,
        due_date=issue_date + timedelta(days=due_days),
        exchange_rate=rate,
        payment_method=method,
        rounding=RoundingMode(rounding),
        order_external_id=order.external_id,
        variable_symbol=_variable_symbol(number, seller),
        vat_exemption_reason=reason,
    )


def _exchange_rate(order: Order, seller: Company, given: Decimal | None, errors: list[FieldError]) -> Decimal:
    if given is not None:
        if isinstance(given, float):
            raise TypeError("exchange_rate is a Decimal; a float cannot hold it exactly")
        if given <= 0:
            errors.append(
                FieldError("exchange_rate", f"The exchange rate {given} is not positive", _RATE_HINT)
            )
        return given
    if order.currency != seller.default_currency:
        errors.append(
            FieldError(
                "exchange_rate",
                f"The order is in {order.currency} but {seller.name} keeps its books in "
                f"{seller.default_currency}, "
                "and no exchange rate was given",
                _RATE_HINT,
            )
        )
    return Decimal(1)


_RATE_HINT = (
    "Give the rate of the tax point date as units of the company's currency per one unit of the order's."
)


def _document_line(
    index: int, line: OrderLine, order: Order, seller: Company, on: date, errors: list[FieldError]
) -> DocumentLine:
    path = f"lines[{index}]"
    if not line.name.strip():
        errors.append(FieldError(f"{path}.name", "The line has no name", "Name the goods or service sold."))
    if line.quantity == 0:
        errors.append(
            FieldError(f"{path}.quantity", "The quantity is zero", "Remove the line or fix the quantity.")
        )
    _check_rate(path, line.vat_rate, order, seller, on, errors)

    quantity, price = line.quantity, line.unit_price
    if price < 0:
        # A coupon or discount line: EN 16931 BR-27 forbids a negative price; the sign moves to the quantity.
        quantity, price = -quantity, -price
    if line.price_includes_vat:
        price = net_from_gross(price, line.vat_rate)
    return DocumentLine(
        name=line.name,
        quantity=quantity,
        unit_price=price,
        vat_rate=line.vat_rate,
        unit=line.unit,
        vat_category=vat_category_for(seller, order.buyer, line.vat_rate),
        sku=line.sku,
    )


def _check_rate(
    path: str, rate: Decimal, order: Order, seller: Company, on: date, errors: list[FieldError]
) -> None:
    if rate < 0:
        errors.append(
            FieldError(f"{path}.vat_rate", f"The VAT rate {rate} % is negative", "Use 0 or a valid rate.")
        )
        return
    if not seller.is_vat_payer:
        if rate != 0:
            errors.append(
                FieldError(
                    f"{path}.vat_rate",
                    f"{seller.name} is not a VAT payer and cannot charge {rate} % VAT",
                    "Use 0 %, or mark the company as a VAT payer if it has registered.",
                )
            )
        return
    buyer_country = order.buyer.address.country
    # A rate of the buyer's member state is right for distance sales to consumers under the OSS scheme.
    if is_valid_rate(seller.country, on, rate) or (buyer_country and is_valid_rate(buyer_country, on, rate)):
        return
    errors.append(
        FieldError(
            f"{path}.vat_rate",
            f"{rate} % is not a VAT rate of {seller.country} on {on.isoformat()}",
            f"Use {describe_rates(seller.country, on)}.",
        )
    )


def _variable_symbol(number: str, seller: Company) -> str:
    if str(seller.country) not in ("CZ", "SK"):
        return ""
    digits = re.sub(r"\D", "", number)
    return digits if 0 < len(digits) <= _VARIABLE_SYMBOL_DIGITS else ""
