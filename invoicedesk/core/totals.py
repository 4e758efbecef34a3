"""Line, per-rate and document totals of a sales document, in both VAT rounding conventions.

A line's net is quantity × unit price − discount, rounded to the currency's minor unit. VAT is then either
- RoundingMode.PER_LINE: rounded on every line; the per-rate and document totals are sums of rounded lines
  (how several invoicing services and most cash-register style e-shops count), or
- RoundingMode.PER_RATE: computed once per (category, rate) from the summed net, as EN 16931 requires
  (BR-CO-17: VAT category tax amount = taxable amount × rate, rounded). The rate's VAT is then spread over
  its lines by largest remainder, so that line VATs still add up to the cent to the rate's VAT.
In both modes gross = net + VAT on every line, every rate and the document.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from invoicedesk.core.documents import Document, RoundingMode, VatCategory
from invoicedesk.core.errors import DomainValidationError
from invoicedesk.core.money import currency_exponent, round_money

_HUNDRED = Decimal(100)


@dataclass(frozen=True)
class LineTotals:
    net: Decimal
    vat: Decimal
    gross: Decimal


@dataclass(frozen=True)
class RateSummary:
    category: VatCategory
    rate: Decimal
    net: Decimal
    vat: Decimal
    gross: Decimal


@dataclass(frozen=True)
class DocumentTotals:
    lines: tuple[LineTotals, ...]
    by_rate: tuple[RateSummary, ...]
    net: Decimal
    vat: Decimal
    gross: Decimal


def compute_totals(doc: Document) -> DocumentTotals:
    places = currency_exponent(doc.currency)
    nets = [round_money(line.quantity * line.unit_price - line.discount, places) for line in doc.lines]

    # Groups keep the order in which their first line appears, so summaries read like the document.
    groups: dict[tuple[VatCategory, Decimal], list[int]] = {}
    for index, line in enumerate(doc.lines):
        groups.setdefault((VatCategory(line.vat_category), line.vat_rate), []).append(index)

    vats: list[Decimal] = [Decimal(0)] * len(doc.lines)
    summaries: list[RateSummary] = []
    for (category, rate), indexes in groups.items():
        exact = [nets[i] * rate / _HUNDRED for i in indexes]
        group_net = _sum(nets[i] for i in indexes)
        if doc.rounding == RoundingMode.PER_LINE:
            rounded = [round_money(value, places) for value in exact]
            group_vat = _sum(rounded)
        else:
            group_vat = round_money(group_net * rate / _HUNDRED, places)
            rounded = _allocate(group_vat, exact, places)
        for i, vat in zip(indexes, rounded, strict=True):
            vats[i] = vat
        summaries.append(RateSummary(category, rate, group_net, group_vat, group_net + group_vat))

    lines = tuple(LineTotals(net, vat, net + vat) for net, vat in zip(nets, vats, strict=True))
    net = round_money(_sum(nets), places)
    vat = round_money(_sum(summary.vat for summary in summaries), places)
    return DocumentTotals(lines, tuple(summaries), net, vat, net + vat)


def _sum(values) -> Decimal:
    return sum(values, Decimal(0))


def _allocate(total: Decimal, exact: Sequence[Decimal], places: int) -> list[Decimal]:
    """Round each part, then move single minor units to the parts that lost the most in rounding, until the
    parts add up to `total`. Ties go to the earlier line; the rule is symmetric in sign, so negating every
    part (a full credit note) negates every result."""
    rounded = [round_money(value, places) for value in exact]
    unit = Decimal(1).scaleb(-places)
    steps = int((total - _sum(rounded)) / unit)
    if steps == 0:
        return rounded
    residues = [value - r for value, r in zip(exact, rounded, strict=True)]
    direction = 1 if steps > 0 else -1
    order = sorted(range(len(rounded)), key=lambda i: (-direction * residues[i], i))
    for step in range(abs(steps)):
        rounded[order[step % len(order)]] += direction * unit
    return rounded


def convert(amount: Decimal, exchange_rate: Decimal, places: int = 2) -> Decimal:
    """`amount` in the accounting currency (e.g. the RON VAT of a EUR invoice), rounded to `places`.

    `exchange_rate` is units of the accounting currency per one unit of the document currency.
    """
    if isinstance(amount, float) or isinstance(exchange_rate, float):
        raise TypeError("convert needs Decimal amounts and rates, not float")
    if exchange_rate <= 0:
        raise DomainValidationError.single(
            "exchange_rate",
            f"The exchange rate {exchange_rate} is not positive",
            "Enter the rate as units of the accounting currency per one unit of the document currency.",
        )
    return round_money(amount * exchange_rate, places)


def net_from_gross(gross_unit_price: Decimal, rate: Decimal, places: int = 4) -> Decimal:
    """Net unit price of a price entered with VAT included.

    Four decimals by default: the store keeps unit prices to four places, and keeping more than cents lets
    quantity × net round back to the gross the buyer saw in most cases (a single unit can still differ by a
    cent, because not every gross amount has a net amount in whole cents).
    """
    if isinstance(gross_unit_price, float) or isinstance(rate, float):
        raise TypeError("net_from_gross needs Decimal prices and rates, not float")
    return round_money(gross_unit_price * _HUNDRED / (_HUNDRED + rate), places)
