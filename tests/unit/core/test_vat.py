from datetime import date, timedelta
from decimal import Decimal

import pytest

from invoicedesk.core.documents import Country
from invoicedesk.core.vat import describe_rates, is_valid_rate, rates_on, standard_rate, supported_countries
from invoicedesk.core.vat_rates import VAT_RATES

D = Decimal


def positive_rates(country, on):
    return [row.rate for row in rates_on(country, on) if row.rate > 0]


# (country, last day of the old rates, old rates, new rates)
CHANGES = [
    ("CZ", date(2023, 12, 31), ["21", "15", "10"], ["21", "12"]),
    ("SK", date(2024, 12, 31), ["20", "10", "5"], ["23", "19", "5"]),
    ("RO", date(2025, 7, 31), ["19", "9", "5"], ["21", "11"]),
]


@pytest.mark.parametrize(("country", "last_old_day", "old", "new"), CHANGES)
def test_rates_change_exactly_on_the_change_date(country, last_old_day, old, new):
    first_new_day = last_old_day + timedelta(days=1)
    assert positive_rates(country, last_old_day) == [D(r) for r in old]
    assert positive_rates(country, first_new_day) == [D(r) for r in new]
    assert standard_rate(country, last_old_day) == D(old[0])
    assert standard_rate(country, first_new_day) == D(new[0])


@pytest.mark.parametrize(("country", "last_old_day", "old", "new"), CHANGES)
def test_a_rate_that_ended_is_invalid_the_next_day_and_a_new_one_invalid_the_day_before(
    country, last_old_day, old, new
):
    first_new_day = last_old_day + timedelta(days=1)
    for rate in set(old) - set(new):
        assert is_valid_rate(country, last_old_day, D(rate))
        assert not is_valid_rate(country, first_new_day, D(rate)), rate
    for rate in set(new) - set(old):
        assert not is_valid_rate(country, last_old_day, D(rate)), rate
        assert is_valid_rate(country, first_new_day, D(rate))


def test_romanian_five_percent_was_merged_into_eleven():
    assert is_valid_rate("RO", date(2025, 7, 31), D("5"))
    assert not is_valid_rate("RO", date(2025, 8, 1), D("5"))
    assert not is_valid_rate("RO", date(2025, 8, 1), D("9"))
    assert is_valid_rate("RO", date(2025, 8, 1), D("11"))


def test_polish_rates_and_zero():
    assert positive_rates("PL", date(2026, 1, 1)) == [D("23"), D("8"), D("5")]
    assert D("0") in [row.rate for row in rates_on("PL", date(2026, 1, 1))]


@pytest.mark.parametrize("country", ["CZ", "SK", "PL", "RO"])
def test_zero_is_always_acceptable(country):
    assert is_valid_rate(country, date(2026, 6, 1), D("0"))
    assert is_valid_rate(country, date(2026, 6, 1), D("0.00"))


def test_rates_compare_as_numbers_not_text():
    assert is_valid_rate("CZ", date(2026, 1, 1), D("21.00"))
    assert is_valid_rate(Country.CZ, date(2026, 1, 1), D("12.0"))
    assert is_valid_rate("cz", date(2026, 1, 1), D("21"))


def test_made_up_rates_are_invalid():
    assert not is_valid_rate("CZ", date(2026, 1, 1), D("20"))
    assert not is_valid_rate("PL", date(2026, 1, 1), D("22"))
    assert not is_valid_rate("XX", date(2026, 1, 1), D("21"))


def test_float_rates_are_refused():
    with pytest.raises(TypeError):
        is_valid_rate("CZ", date(2026, 1, 1), 21.0)  # type: ignore[arg-type]


def test_standard_comes_first_then_reduced_high_to_low():
    kinds = [(row.kind, row.rate) for row in rates_on("SK", date(2025, 6, 1))]
    assert kinds == [("standard", D(23)), ("reduced", D(19)), ("reduced", D(5)), ("zero", D(0))]


def test_unknown_country_or_date_before_the_table_says_so():
    assert rates_on("DE", date(2026, 1, 1)) == []
    with pytest.raises(LookupError, match="country 'DE'"):
        standard_rate("DE", date(2026, 1, 1))
    with pytest.raises(LookupError, match="the table starts on 2013-01-01"):
        standard_rate("CZ", date(2005, 1, 1))


def test_describe_rates_lists_that_days_rates_for_hints():
    assert describe_rates("CZ", date(2026, 1, 1)) == "21 %, 12 % or 0 %"
    assert describe_rates("RO", date(2025, 7, 1)) == "19 %, 9 %, 5 % or 0 %"


def test_table_is_consistent():
    """Per country and kind of rate, periods never overlap and every country has one standard rate a day."""
    assert set(supported_countries()) == {"CZ", "SK", "PL", "RO"}
    for country, rows in VAT_RATES.items():
        for row in rows:
            assert row.kind in {"standard", "reduced", "super_reduced", "zero"}
            assert isinstance(row.rate, Decimal)
            assert row.valid_to is None or row.valid_from <= row.valid_to
        starts = sorted(
            {row.valid_from for row in rows} | {r.valid_to + timedelta(days=1) for r in rows if r.valid_to}
        )
        for day in starts:
            standards = [row for row in rates_on(country, day) if row.kind == "standard"]
            assert len(standards) == 1, (country, day)
            rates = [row.rate for row in rates_on(country, day)]
            assert len(rates) == len(set(rates)), (country, day)
