"""VAT rates of the countries the app issues documents for, with the dates they applied.

Data only: the lookups live in core/vat.py. When a country changes its rates, close the old rows with
`valid_to` and add new rows; never edit a rate in place, because documents dated in the old period must keep
validating against the old rates.

0 % is listed for every country as kind "zero": it is what zero-rated, exempt, reverse-charge,
intra-community and export lines carry, which every country has.

Sources: the VAT acts as amended (CZ zákon 235/2004 Sb.; SK zákon 222/2004 Z. z.; PL ustawa o VAT;
RO Codul fiscal) and the European Commission's "VAT rates applied in the Member States".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal


@dataclass(frozen=True)
class VatRate:
    rate: Decimal  # percent
    kind: str  # "standard" | "reduced" | "super_reduced" | "zero"
    valid_from: date
    valid_to: date | None = None  # inclusive; None while the rate still applies


def _rates(valid_from: date, valid_to: date | None, standard: str, *reduced: str) -> list[VatRate]:
    rows = [VatRate(Decimal(standard), "standard", valid_from, valid_to)]
    rows += [VatRate(Decimal(rate), "reduced", valid_from, valid_to) for rate in reduced]
    return rows


def _zero(valid_from: date) -> list[VatRate]:
    return [VatRate(Decimal("0"), "zero", valid_from, None)]


VAT_RATES: dict[str, list[VatRate]] = {
    "CZ": [
        *_rates(date(2013, 1, 1), date(2014, 12, 31), "21", "15"),
        *_rates(date(2015, 1, 1), date(2023, 12, 31), "21", "15", "10"),
        # 2024 consolidation package: 15 % and 10 % merged into a single 12 % reduced rate.
        *_rates(date(2024, 1, 1), None, "21", "12"),
        *_zero(date(2013, 1, 1)),
    ],
    "SK": [
        *_rates(date(2011, 1, 1), date(2022, 12, 31), "20", "10"),
        *_rates(date(2023, 1, 1), date(2024, 12, 31), "20", "10", "5"),
        # 2025 consolidation: standard 23 %, the 10 % rate replaced by 19 %, 5 % kept.
        *_rates(date(2025, 1, 1), None, "23", "19", "5"),
        *_zero(date(2011, 1, 1)),
    ],
    "PL": [
        *_rates(date(2011, 1, 1), None, "23", "8", "5"),
        *_zero(date(2011, 1, 1)),
    ],
    "RO": [
        *_rates(date(2016, 1, 1), date(2016, 12, 31), "20", "9", "5"),
        *_rates(date(2017, 1, 1), date(2025, 7, 31), "19", "9", "5"),
        # 2025 fiscal consolidation (in force 1 August 2025): standard 21 %; 9 % and 5 % merged into 11 %.
        *_rates(date(2025, 8, 1), None, "21", "11"),
        *_zero(date(2016, 1, 1)),
    ],
}
