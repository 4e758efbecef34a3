"""Decimal parsing, Fakturoid-style decimal strings and invoice totals.

Totals follow the VAT recapitulation: line amounts are summed per VAT rate and the VAT of each rate is rounded
once, to 0.01, half up. Fakturoid's exact rounding is not documented; this is the common Czech practice.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

CENT = Decimal("0.01")
HUNDRED = Decimal(100)


def parse_decimal(value: object) -> Decimal:
    """A Decimal from a JSON string or number; raises ValueError for anything else (floats never reach here:
    request bodies are parsed with parse_float=Decimal)."""
    if isinstance(value, bool) or value is None:
        raise ValueError("not a number")
    if isinstance(value, int | Decimal):
        result = Decimal(value)
    elif isinstance(value, str):
        try:
            result = Decimal(value.strip().replace(",", "."))
        except InvalidOperation:
            raise ValueError("not a number") from None
    else:
        raise ValueError("not a number")
    if not result.is_finite():
        raise ValueError("not a number")
    return result


def decimal_string(value: Decimal) -> str:
    """The way Fakturoid prints decimals: "1000.0", "9133.6", "0.5" (at least one decimal place)."""
    normalized = value.normalize()
    if normalized == 0:
        return "0.0"
    if normalized.as_tuple().exponent > 0:
        normalized = normalized.quantize(Decimal(1))
    text = format(normalized, "f")
    return text if "." in text else text + ".0"


def rate_number(value: Decimal) -> int | float:
    """vat_rate is sent back as a JSON number (21, not "21")."""
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def round_money(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class LineAmounts:
    unit_price_without_vat: Decimal
    unit_price_with_vat: Decimal
    total_price_without_vat: Decimal
    total_vat: Decimal


@dataclass(frozen=True)
class Totals:
    lines: list[LineAmounts]
    subtotal: Decimal
    total: Decimal
    rounding_adjustment: Decimal
    vat_rates_summary: list[dict[str, Decimal]]


def compute_totals(lines: list[tuple[Decimal, Decimal, Decimal]], *, prices_with_vat: bool, vat_payer: bool,
                   round_total: bool) -> Totals:
    """Totals of (quantity, unit_price, vat_rate) lines.

    prices_with_vat: unit prices include VAT (vat_price_mode "from_total_with_vat").
    A non-payer of VAT charges no VAT whatever the line says.
    """
    per_line: list[LineAmounts] = []
    per_rate: dict[Decimal, Decimal] = {}
    for quantity, unit_price, vat_rate in lines:
        rate = vat_rate if vat_payer else Decimal(0)
        amount = round_money(quantity * unit_price)
        if prices_with_vat:
            vat = round_money(amount * rate / (HUNDRED + rate))
            net = amount - vat
            unit_net = round_money(unit_price * HUNDRED / (HUNDRED + rate))
            unit_gross = unit_price
        else:
            net = amount
            vat = round_money(amount * rate / HUNDRED)
            unit_net = unit_price
            unit_gross = round_money(unit_price * (HUNDRED + rate) / HUNDRED)
        per_line.append(LineAmounts(unit_net, unit_gross, net, vat))
        per_rate[rate] = per_rate.get(rate, Decimal(0)) + amount

    summary: list[dict[str, Decimal]] = []
    subtotal = Decimal(0)
    vat_total = Decimal(0)
    for rate in sorted(per_rate, reverse=True):
        amount = per_rate[rate]
        if prices_with_vat:
            vat = round_money(amount * rate / (HUNDRED + rate))
            base = amount - vat
        else:
            base = amount
            vat = round_money(amount * rate / HUNDRED)
        subtotal += base
        vat_total += vat
        summary.append({"vat_rate": rate, "base": base, "vat": vat})
    total = subtotal + vat_total
    adjustment = Decimal(0)
    if round_total:
        rounded = total.quantize(Decimal(1), rounding=ROUND_HALF_UP)
        adjustment = rounded - total
        total = rounded
    return Totals(per_line, subtotal, total, adjustment, summary)
