from decimal import Decimal

import pytest

from invoicedesk.core.errors import DomainValidationError
from invoicedesk.core.money import currency_exponent, is_known_currency, parse_decimal, round_money


@pytest.mark.parametrize(
    ("value", "places", "expected"),
    [
        ("0.005", 2, "0.01"),  # half-up, where banker's rounding would give 0.00
        ("0.015", 2, "0.02"),
        ("0.025", 2, "0.03"),  # banker's rounding would give 0.02
        ("-0.005", 2, "-0.01"),  # symmetric: a credit note rounds to the negated invoice
        ("2.4449", 2, "2.44"),
        ("12.5", 0, "13"),
        ("1.23456", 4, "1.2346"),
        ("7", 2, "7.00"),
    ],
)
def test_round_money_rounds_half_up_to_the_places(value, places, expected):
    result = round_money(Decimal(value), places)
    assert result == Decimal(expected)
    assert result.as_tuple().exponent == -places


def test_round_money_refuses_floats_and_infinities():
    with pytest.raises(TypeError):
        round_money(0.1)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        round_money(Decimal("Infinity"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1234.5", "1234.5"),
        ("1234,50", "1234.50"),
        ("1 234,50", "1234.50"),
        ("1\u00a0234.50", "1234.50"),
        ("1\u202f234\u202f567,5", "1234567.5"),
        ("-3", "-3"),
        ("\u22123,5", "-3.5"),
        ("+7", "7"),
        ("  12  ", "12"),
        ("1.234,50", "1234.50"),
        ("1,234.50", "1234.50"),
        ("0,5", "0.5"),
        (",5", "0.5"),
        ("0.0001", "0.0001"),
    ],
)
def test_parse_decimal_reads_what_people_type(text, expected):
    result = parse_decimal(text, field="lines[0].unit_price")
    assert result == Decimal(expected)
    assert isinstance(result, Decimal)


def test_parse_decimal_keeps_the_written_precision():
    assert str(parse_decimal("1234,50", field="x")) == "1234.50"


@pytest.mark.parametrize(
    "text",
    [
        "1.234,5.6",
        "abc",
        "1.234.567",
        "1,234,567",
        "1,",
        "-",
        "1 23",
        "1e5",
        "NaN",
        "12a",
        "\u0661\u0662",
        "\uff11\uff12",
    ],
)
def test_parse_decimal_rejects_non_numbers_naming_the_field(text):
    with pytest.raises(DomainValidationError) as caught:
        parse_decimal(text, field="lines[3].quantity")
    [error] = caught.value.errors
    assert error.field == "lines[3].quantity"
    assert repr(text) in error.message and "is not a number" in error.message
    assert "1234.50" in error.hint and "1 234,50" in error.hint


@pytest.mark.parametrize("text", ["", "   "])
def test_parse_decimal_reports_a_missing_number(text):
    with pytest.raises(DomainValidationError) as caught:
        parse_decimal(text, field="orders[0].total")
    [error] = caught.value.errors
    assert error.field == "orders[0].total"
    assert error.message == "The number is missing"
    assert error.hint.startswith("Enter a number")


def test_parse_decimal_rejects_absurdly_large_values():
    with pytest.raises(DomainValidationError) as caught:
        parse_decimal("1" * 16, field="price")
    assert caught.value.errors[0].field == "price"
    assert "too large" in caught.value.errors[0].message
    assert parse_decimal("9" * 15, field="price") == Decimal("9" * 15)


def test_parse_decimal_refuses_floats_with_type_error():
    with pytest.raises(TypeError, match="float"):
        parse_decimal(1234.5, field="price")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        parse_decimal(None, field="price")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        parse_decimal(True, field="price")  # type: ignore[arg-type]


def test_parse_decimal_passes_exact_numbers_through():
    assert parse_decimal(Decimal("2.50"), field="x") == Decimal("2.50")
    assert parse_decimal(3, field="x") == Decimal(3)


@pytest.mark.parametrize(
    ("code", "places"),
    [("CZK", 2), ("EUR", 2), ("PLN", 2), ("RON", 2), ("HUF", 2), ("JPY", 0), ("KWD", 3), ("CLF", 4)],
)
def test_currency_exponent_follows_iso_4217(code, places):
    assert currency_exponent(code) == places
    assert is_known_currency(code)


@pytest.mark.parametrize("code", ["XYZ", "czk", "", "EURO", "HRK"])
def test_unknown_currency_is_reported_on_the_currency_field(code):
    assert not is_known_currency(code)
    with pytest.raises(DomainValidationError) as caught:
        currency_exponent(code)
    [error] = caught.value.errors
    assert error.field == "currency"
    assert repr(code) in error.message
    assert "CZK" in error.hint
