"""Money as `Decimal`: rounding, parsing what people type, and currency precision.

Rounding is ROUND_HALF_UP (0.005 → 0.01, -0.005 → -0.01) because that is what the tax rules and every
service we talk to use: Czech and Slovak VAT law round "mathematically", Polish and Romanian practice is the
same, Fakturoid, iDoklad, SuperFaktura, Fakturownia, iFirma and inFakt compute their totals that way, and
EN 16931 validators recompute amounts the same way. Python's default (banker's rounding, ROUND_HALF_EVEN)
would disagree with them by a cent on every amount that ends in exactly half a cent. Half-up is symmetric
around zero, so a credit note rounds to the exact negation of the invoice it corrects.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from invoicedesk.core.errors import DomainValidationError
from invoicedesk.core.iso4217 import MINOR_UNITS

_MAX_INTEGER_DIGITS = 15  # beyond a trillion-scale amount the input is a typo or a pasted id, not money

_SPACES = "[ \u00a0\u202f\u2009]"  # space, no-break space, narrow no-break space, thin space
_SIGN = r"(?P<sign>[+\-\u2212]?)"
# Each accepted shape, with its decimal separator. A lone "." or "," is the decimal separator ("1,5" is
# one and a half, as it is written in CZ/SK/PL/RO). A dot or comma is read as thousands grouping only when
# the other one follows as the decimal separator; "1.234.567" alone is refused rather than guessed.
# ASCII digits only: other scripts' digits are not what a bookkeeper meant to type into an amount.
_SHAPES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(rf"{_SIGN}(?P<body>\d*(?:[.,]\d+)?)", re.ASCII), ""),
    (re.compile(rf"{_SIGN}(?P<body>\d{{1,3}}(?:{_SPACES}\d{{3}})+(?:[.,]\d+)?)", re.ASCII), ""),
    (re.compile(rf"{_SIGN}(?P<body>\d{{1,3}}(?:\.\d{{3}})+,\d+)", re.ASCII), "."),
    (re.compile(rf"{_SIGN}(?P<body>\d{{1,3}}(?:,\d{{3}})+\.\d+)", re.ASCII), ","),
)

_NUMBER_HINT = "Write it with digits and at most one decimal separator, for example 1234.50 or 1 234,50."


def round_money(value: Decimal, places: int = 2) -> Decimal:
    """Round half-up to `places` decimals (see the module docstring for why half-up)."""
    if isinstance(value, float) or not isinstance(value, Decimal | int) or isinstance(value, bool):
        raise TypeError(f"round_money needs a Decimal, got {type(value).__name__}")
    value = Decimal(value)
    if not value.is_finite():
        raise ValueError(f"cannot round {value}")
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def parse_decimal(text: str, *, field: str) -> Decimal:
    """Read a number as people and spreadsheets write it, or raise a DomainValidationError naming `field`.

    Accepts "1234.5", "1234,50", "1 234,50", "1\u00a0234.50", "1.234,50", "1,234.50", "-3". A float is a
    TypeError: its binary value is already not the amount that was meant.
    """
    if isinstance(text, bool) or isinstance(text, float):
        raise TypeError(
            f"{field}: parse_decimal needs text, got {type(text).__name__}; floats cannot hold money"
        )
    if isinstance(text, Decimal):
        if not text.is_finite():
            raise DomainValidationError.single(field, f"{text} is not a number", _NUMBER_HINT)
        return text
    if isinstance(text, int):
        return Decimal(text)
    if not isinstance(text, str):
        raise TypeError(f"{field}: parse_decimal needs text, got {type(text).__name__}")

    stripped = text.strip()
    if not stripped:
        raise DomainValidationError.single(
            field, "The number is missing", "Enter a number, for example 1234.50."
        )
    for pattern, grouping in _SHAPES:
        match = pattern.fullmatch(stripped)
        if match and match["body"] not in ("", ".", ","):
            return _to_decimal(match["sign"], match["body"], grouping, field, stripped)
    raise DomainValidationError.single(field, f"{_shorten(stripped)!r} is not a number", _NUMBER_HINT)


def _to_decimal(sign: str, body: str, grouping: str, field: str, shown: str) -> Decimal:
    body = re.sub(_SPACES, "", body)
    if grouping:
        body = body.replace(grouping, "")
    body = body.replace(",", ".")
    integer_digits = len(body.split(".")[0].lstrip("0"))
    if integer_digits > _MAX_INTEGER_DIGITS:
        raise DomainValidationError.single(
            field,
            f"{_shorten(shown)!r} is too large to be an amount",
            f"Check the value; at most {_MAX_INTEGER_DIGITS} digits may stand before the decimal separator.",
        )
    try:
        value = Decimal(body)
    except InvalidOperation:  # the patterns make this unreachable; keep the promise of a FieldError anyway
        raise DomainValidationError.single(
            field, f"{_shorten(shown)!r} is not a number", _NUMBER_HINT
        ) from None
    return -value if sign in ("-", "\u2212") else value


def _shorten(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def is_known_currency(code: str) -> bool:
    """True for an ISO 4217 code in use (upper case, as documents carry it)."""
    return isinstance(code, str) and code in MINOR_UNITS


def currency_exponent(code: str) -> int:
    """Decimal places of the currency's minor unit: 2 for CZK/EUR/PLN/RON/HUF, 0 for JPY, 3 for KWD."""
    try:
        return MINOR_UNITS[code]
    except (KeyError, TypeError):
        raise DomainValidationError.single(
            "currency",
            f"{code!r} is not an ISO 4217 currency code",
            "Use the three-letter code in capitals, for example CZK, EUR, PLN or RON.",
        ) from None
