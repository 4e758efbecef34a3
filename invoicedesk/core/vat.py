"""Questions about VAT rates on a given day, answered from the table in core/vat_rates.py."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from invoicedesk.core.vat_rates import VAT_RATES, VatRate

__all__ = ["VatRate", "describe_rates", "is_valid_rate", "rates_on", "standard_rate", "supported_countries"]


def supported_countries() -> tuple[str, ...]:
    return tuple(VAT_RATES)


def rates_on(country: str, on: date) -> list[VatRate]:
    """The rates that applied in `country` on `on`, standard first, highest to lowest; [] if unknown."""
    rows = VAT_RATES.get(str(country).upper(), [])
    current = [row for row in rows if row.valid_from <= on and (row.valid_to is None or on <= row.valid_to)]
    return sorted(current, key=lambda row: (row.kind != "standard", -row.rate))


def standard_rate(country: str, on: date) -> Decimal:
    for row in rates_on(country, on):
        if row.kind == "standard":
            return row.rate
    raise LookupError(_no_data_message(country, on))


def is_valid_rate(country: str, on: date, rate: Decimal) -> bool:
    """True when `rate` (percent) applied in `country` on `on`.

    0 % is always acceptable: zero-rated, exempt and reverse-charge lines carry it in every country.
    """
    if isinstance(rate, float):
        raise TypeError("VAT rates are Decimal, not float")
    rate = Decimal(rate)
    if rate == 0:
        return True
    return any(row.rate == rate for row in rates_on(country, on))


def describe_rates(country: str, on: date) -> str:
    """The rates of that day written for a hint: "21 %, 12 % or 0 %"."""
    rates = [f"{row.rate.normalize():f} %" for row in rates_on(country, on)]
    if not rates:
        return _no_data_message(country, on)
    return rates[0] if len(rates) == 1 else ", ".join(rates[:-1]) + " or " + rates[-1]


def _no_data_message(country: str, on: date) -> str:
    code = str(country).upper()
    if code not in VAT_RATES:
        return f"No VAT rates are known for country {code!r}; known: {', '.join(VAT_RATES)}"
    earliest = min(row.valid_from for row in VAT_RATES[code])
    return (
        f"No VAT rates are known for {code} on {on.isoformat()}; the table starts on {earliest.isoformat()}"
    )
