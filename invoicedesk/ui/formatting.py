"""Numbers and dates as the user's locale writes them, without ever passing money through a float."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from PySide6.QtCore import QDate, QLocale

_QT_INT_LIMIT = 2**63 - 1


def format_decimal(value: Decimal, locale: QLocale | None = None, *, min_places: int = 2) -> str:
    """`Decimal("-1234.5")` → "-1 234,50" (cs) / "-1,234.50" (en); all of the value's own places are kept."""
    locale = locale if locale is not None else QLocale()
    if not value.is_finite():
        return str(value)
    places = max(min_places, _significant_places(value))
    # At least as many places as the value has (trailing zeros aside), so this rounds nothing.
    plain = f"{abs(value):.{places}f}"
    whole, _, fraction = plain.partition(".")
    whole_number = int(whole)
    # Qt knows each locale's grouping rules (Polish leaves 4-digit numbers ungrouped); integers are exact.
    whole_text = locale.toString(whole_number) if whole_number <= _QT_INT_LIMIT else whole
    text = f"{whole_text}{locale.decimalPoint()}{fraction}" if fraction else whole_text
    return f"{locale.negativeSign()}{text}" if value < 0 else text


def _significant_places(value: Decimal) -> int:
    """Decimal places without trailing zeros: the store keeps 4 places, "3302.9400" is shown as 3302.94."""
    _sign, digits, exponent = value.as_tuple()
    assert isinstance(exponent, int)
    trailing_zeros = 0
    for digit in reversed(digits):
        if digit != 0 or trailing_zeros >= -exponent:
            break
        trailing_zeros += 1
    return max(-exponent - trailing_zeros, 0)


def format_date(value: dt.date, locale: QLocale | None = None) -> str:
    """The locale's short date, always with a four-digit year (a bookkeeper's dates span decades)."""
    locale = locale if locale is not None else QLocale()
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = re.sub(r"(?<!y)yy(?!y)", "yyyy", pattern)
    return locale.toString(QDate(value.year, value.month, value.day), pattern)


def format_count(value: int, locale: QLocale | None = None) -> str:
    locale = locale if locale is not None else QLocale()
    return locale.toString(value)
