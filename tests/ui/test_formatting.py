from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale

from invoicedesk.ui.formatting import format_date, format_decimal

NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("locale_name", "value", "expected"),
    [
        ("cs_CZ", Decimal("1234567.5"), f"1{NBSP}234{NBSP}567,50"),
        ("en_US", Decimal("1234567.5"), "1,234,567.50"),
        ("ro_RO", Decimal("1234.5"), "1.234,50"),
        ("pl_PL", Decimal("1234.50"), "1234,50"),  # Polish groups only from five digits
        ("pl_PL", Decimal("12345.50"), f"12{NBSP}345,50"),
        ("en_US", Decimal("-0.5"), "-0.50"),
        ("en_US", Decimal("10"), "10.00"),
        # More places than two are kept, never rounded away.
        ("en_US", Decimal("0.125"), "0.125"),
        # Beyond float precision: a float would print ...992 or similar.
        ("en_US", Decimal("12345678901234567.89"), "12,345,678,901,234,567.89"),
    ],
)
def test_decimal_uses_the_locale_and_keeps_every_digit(locale_name, value, expected):
    assert format_decimal(value, QLocale(locale_name)) == expected


def test_date_always_has_a_four_digit_year():
    day = dt.date(2026, 3, 4)
    assert format_date(day, QLocale("en_US")) == "3/4/2026"
    assert "2026" in format_date(day, QLocale("cs_CZ"))
    assert format_date(day, QLocale("ro_RO")) == "04.03.2026"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (Decimal("3302.9400"), "3,302.94"),  # the store keeps four places
        (Decimal("3302.9410"), "3,302.941"),
        (Decimal("100.0000"), "100.00"),
        (Decimal("1E+2"), "100.00"),
        (Decimal("0"), "0.00"),
    ],
)
def test_trailing_zeros_beyond_two_places_are_not_shown(value, expected):
    assert format_decimal(value, QLocale("en_US")) == expected
