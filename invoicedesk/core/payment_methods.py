"""The app's own payment methods, and the UNCL4461 payment means code of each for EN 16931 / e-Factura.

Connections map these codes onto each service's own list; orders and documents carry only these codes.
"""

from __future__ import annotations

from dataclasses import dataclass

from invoicedesk.core.errors import DomainValidationError


@dataclass(frozen=True)
class PaymentMethod:
    code: str
    label: str  # English source text; the UI translates it
    uncl4461: str  # EN 16931 BT-81 payment means type code


# UNCL4461 has no code for cash on delivery: the buyer pays the carrier in cash, so it is "10 In cash".
# Offsetting mutual claims is "97 Clearing between partners". A voucher has no code of its own: "ZZZ".
# A bank transfer is "30 Credit transfer"; the e-Factura builder may say "58 SEPA credit transfer" instead
# when the payee account is a SEPA IBAN in EUR.
_METHODS: tuple[PaymentMethod, ...] = (
    PaymentMethod("bank_transfer", "Bank transfer", "30"),
    PaymentMethod("cash", "Cash", "10"),
    PaymentMethod("card", "Card", "48"),
    PaymentMethod("cash_on_delivery", "Cash on delivery", "10"),
    PaymentMethod("online_gateway", "Online payment gateway", "68"),
    PaymentMethod("paypal", "PayPal", "68"),
    PaymentMethod("offset", "Offset (compensation)", "97"),
    PaymentMethod("voucher", "Voucher", "ZZZ"),
    PaymentMethod("other", "Other", "ZZZ"),
)
_BY_CODE = {method.code: method for method in _METHODS}

SEPA_CREDIT_TRANSFER = "58"


def all_methods() -> tuple[PaymentMethod, ...]:
    return _METHODS


def is_known(code: str) -> bool:
    return code in _BY_CODE


def get(code: str, *, field: str = "payment_method") -> PaymentMethod:
    """The method with this code, or a DomainValidationError naming `field` and listing the valid codes."""
    try:
        return _BY_CODE[code]
    except (KeyError, TypeError):
        raise DomainValidationError.single(
            field,
            f"{code!r} is not a known payment method",
            "Use one of: " + ", ".join(_BY_CODE) + ".",
        ) from None
