from datetime import date

import pytest

from invoicedesk.core.errors import DomainValidationError
from invoicedesk.core.series import ResetPeriod, SeriesMatch, SeriesPattern, period_key

NOV_2026 = date(2026, 11, 5)


@pytest.mark.parametrize(
    ("pattern", "reset", "counter", "expected"),
    [
        ("FV{YYYY}/{NNNN}", ResetPeriod.YEARLY, 7, "FV2026/0007"),
        ("{YY}{MM}-{NNN}", ResetPeriod.MONTHLY, 42, "2611-042"),
        ("PF-{YYYY}-{N}", ResetPeriod.YEARLY, 123, "PF-2026-123"),
        ("{N}", ResetPeriod.NEVER, 1, "1"),
        ("INV{NNN}", ResetPeriod.NEVER, 12345, "INV12345"),  # outgrows its width instead of wrapping
        ("{YYYY}/{MM}/{NN}/{YYYY}", ResetPeriod.MONTHLY, 3, "2026/11/03/2026"),
    ],
)
def test_format_fills_the_tokens(pattern, reset, counter, expected):
    assert SeriesPattern.parse(pattern, reset).format(NOV_2026, counter) == expected


def test_two_digit_year_and_month_are_zero_padded():
    assert SeriesPattern.parse("{YY}{MM}{NN}", ResetPeriod.MONTHLY).format(date(2009, 3, 1), 5) == "090305"


@pytest.mark.parametrize("counter", [0, -1, True, 1.0])
def test_counter_starts_at_one_and_is_an_int(counter):
    with pytest.raises(ValueError):
        SeriesPattern.parse("{N}").format(NOV_2026, counter)


@pytest.mark.parametrize(
    ("reset", "key"),
    [
        (ResetPeriod.NEVER, ""),
        (ResetPeriod.YEARLY, "2026"),
        (ResetPeriod.MONTHLY, "2026-11"),
        ("monthly", "2026-11"),
    ],
)
def test_period_key_names_the_counter_of_the_period(reset, key):
    assert period_key(reset, NOV_2026) == key


def test_period_keys_change_exactly_when_the_counter_must_restart():
    assert period_key(ResetPeriod.YEARLY, date(2026, 12, 31)) != period_key(
        ResetPeriod.YEARLY, date(2027, 1, 1)
    )
    assert period_key(ResetPeriod.MONTHLY, date(2026, 1, 31)) != period_key(
        ResetPeriod.MONTHLY, date(2026, 2, 1)
    )
    assert period_key(ResetPeriod.MONTHLY, date(2026, 1, 1)) != period_key(
        ResetPeriod.MONTHLY, date(2027, 1, 1)
    )
    pattern = SeriesPattern.parse("FV{YYYY}{NNN}", ResetPeriod.YEARLY)
    assert pattern.period_key(date(2026, 5, 1)) == "2026"


def errors_of(text, reset=ResetPeriod.NEVER):
    with pytest.raises(DomainValidationError) as caught:
        SeriesPattern.parse(text, reset)
    return caught.value.errors


def test_a_pattern_without_a_counter_is_refused():
    [error] = errors_of("FV{YYYY}")
    assert error.field == "pattern"
    assert "no counter" in error.message
    assert "{NNNN}" in error.hint


def test_unknown_tokens_are_named():
    [error] = errors_of("FV{DD}{NNN}{yyyy}")
    assert error.field == "pattern"
    assert error.message.endswith("unknown tokens: {DD}, {yyyy}")
    assert "{YYYY}, {YY}, {MM}" in error.hint


@pytest.mark.parametrize("text", ["FV{NNN", "FV}{NNN}", "FV{{NNN}}"])
def test_unmatched_braces_are_refused(text):
    assert any("brace" in e.message or "unknown" in e.message for e in errors_of(text))


def test_two_counters_are_refused():
    [error] = errors_of("{NN}-{NNN}")
    assert "2 counters" in error.message and error.hint == "Keep exactly one."


def test_empty_pattern_is_refused():
    [error] = errors_of("  ")
    assert error.field == "pattern" and "empty" in error.message


def test_a_yearly_reset_without_a_year_would_repeat_numbers_and_is_refused():
    [error] = errors_of("FV-{NNNN}", ResetPeriod.YEARLY)
    assert error.field == "reset"
    assert "next year's numbers would repeat this year's" in error.message
    assert "{YYYY} or {YY}" in error.hint


def test_a_monthly_reset_needs_both_year_and_month():
    [error] = errors_of("FV{YYYY}-{NNN}", ResetPeriod.MONTHLY)
    assert error.field == "reset" and "{MM}" in error.hint
    [error] = errors_of("FV{MM}-{NNN}", ResetPeriod.MONTHLY)
    assert error.field == "reset" and "year" in error.message
    assert len(errors_of("FV-{NNN}", ResetPeriod.MONTHLY)) == 2


def test_never_resetting_series_may_still_show_the_year():
    assert SeriesPattern.parse("FV{YYYY}-{NNN}").format(NOV_2026, 9) == "FV2026-009"


def test_match_reads_a_number_back():
    pattern = SeriesPattern.parse("{YY}{MM}-{NNN}", ResetPeriod.MONTHLY)
    assert pattern.match("2611-042") == SeriesMatch(counter=42, year=2026, month=11)
    assert pattern.match("2611-1042") == SeriesMatch(counter=1042, year=2026, month=11)


@pytest.mark.parametrize(
    ("pattern", "number", "possible"),
    [
        ("FV{YYYY}/{NNNN}", "FV2026/0007", True),
        ("FV{YYYY}/{NNNN}", "FV2026/12345", True),
        ("FV{YYYY}/{NNNN}", "FV2026/007", False),  # too short for the padding
        ("FV{YYYY}/{NNNN}", "FV2026/0000", False),  # counters start at 1
        ("FV{YYYY}/{NNNN}", "FV2026/01234", False),  # a wider counter never has a leading zero
        ("FV{YYYY}/{NNNN}", "fv2026/0007", False),
        ("FV{YYYY}/{NNNN}", "FV2026/0007x", False),
        ("{YY}{MM}-{NNN}", "2613-001", False),  # month 13
        ("{YY}{MM}-{NNN}", "2600-001", False),
        ("PF-{YYYY}-{N}", "PF-2026-1", True),
        ("PF-{YYYY}-{N}", "PF-2026-01", False),
        ("A.{N}", "AX1", False),  # literal dots are literal
        ("A{N}", "A\uff11", False),  # only ASCII digits
        ("{YYYY}/{MM}/{N}/{YYYY}", "2026/11/3/2025", False),  # a repeated token must repeat its value
        ("{YYYY}{YY}-{N}", "202526-1", False),
        ("{YYYY}{YY}-{N}", "202626-1", True),
    ],
)
def test_could_have_produced(pattern, number, possible):
    assert SeriesPattern.parse(pattern).could_have_produced(number) is possible


@pytest.mark.parametrize("pattern", ["FV{YYYY}/{NNNN}", "{YY}{MM}{N}", "{N}{YY}", "X{MM}{NN}Y"])
def test_every_formatted_number_is_recognised_and_read_back(pattern):
    parsed = SeriesPattern.parse(pattern)
    for on in (date(2026, 1, 1), date(2031, 12, 31)):
        for counter in (1, 9, 10, 99, 100, 12345):
            number = parsed.format(on, counter)
            found = parsed.match(number)
            assert found is not None and found.counter == counter, number
