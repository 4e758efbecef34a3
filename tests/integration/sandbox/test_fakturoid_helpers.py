"""The emulator's own arithmetic: decimal strings, totals, number formats, Prague offsets, the PDF."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from invoicedesk.sandbox.fakturoid import numbering, timefmt
from invoicedesk.sandbox.fakturoid.money import compute_totals, decimal_string, parse_decimal, rate_number
from invoicedesk.sandbox.fakturoid.pdf import text_pdf


@pytest.mark.parametrize("value, text", [
    ("1000", "1000.0"), ("9133.60", "9133.6"), ("0.50", "0.5"), ("0", "0.0"), ("-0.00", "0.0"),
    ("1E+3", "1000.0"), ("-48400", "-48400.0"), ("2.125", "2.125"),
])
def test_decimal_string_like_fakturoid(value, text):
    assert decimal_string(Decimal(value)) == text


@given(st.decimals(allow_nan=False, allow_infinity=False, places=4, min_value=-10**9, max_value=10**9))
def test_decimal_string_round_trips(value):
    assert Decimal(decimal_string(value)) == value


@pytest.mark.parametrize("raw", [None, True, "abc", "", [1], {"a": 1}, "NaN", "Infinity"])
def test_parse_decimal_refuses_non_numbers(raw):
    with pytest.raises(ValueError):
        parse_decimal(raw)


def test_parse_decimal_accepts_strings_ints_decimals_and_comma():
    assert [parse_decimal(v) for v in ("12.5", 3, Decimal("1.1"), "2,5")] == [
        Decimal("12.5"), Decimal(3), Decimal("1.1"), Decimal("2.5")]


def test_rate_number():
    assert rate_number(Decimal("21")) == 21 and isinstance(rate_number(Decimal("21.0")), int)
    assert rate_number(Decimal("10.5")) == 10.5


def test_totals_round_vat_once_per_rate():
    # Each line's VAT is 0.0042 (shown as 0.00), but the rate's VAT is taken from the summed base 0.06.
    lines = [(Decimal(1), Decimal("0.02"), Decimal(21))] * 3
    totals = compute_totals(lines, prices_with_vat=False, vat_payer=True, round_total=False)
    assert [line.total_vat for line in totals.lines] == [Decimal("0.00")] * 3
    [summary] = totals.vat_rates_summary
    assert summary == {"vat_rate": Decimal(21), "base": Decimal("0.06"), "vat": Decimal("0.01")}
    assert totals.total == Decimal("0.07")


def test_non_payer_charges_no_vat():
    totals = compute_totals([(Decimal(2), Decimal(50), Decimal(21))], prices_with_vat=False, vat_payer=False,
                            round_total=False)
    assert (totals.subtotal, totals.total) == (Decimal(100), Decimal(100))


def test_number_formats():
    on = date(2026, 3, 2)
    assert numbering.render("#yyyy#-#dddd#", on, 7) == "2026-0007"
    assert numbering.render("FV#yy##mm#/#ddd#", on, 12) == "FV2603/012"
    assert numbering.render("#yyyy#-#dddd#", on, 12345) == "2026-12345"
    assert numbering.period_key("#yyyy#-#dddd#", on) == "2026-#dddd#"
    assert numbering.matches("#yyyy#-#dddd#", "2026-0007")
    assert not numbering.matches("#yyyy#-#dddd#", "2026-007")
    assert not numbering.matches("#yyyy#-#dddd#", "INV-1")
    assert numbering.counter_of("#yyyy#-#dddd#", "2026-0042") == 42
    assert numbering.preview("#yyyy#-#dddd#", on) == "2026-0001, 2026-0002, 2026-0003"


@pytest.mark.parametrize("moment, offset", [
    (datetime(2026, 3, 29, 0, 59, tzinfo=UTC), "+01:00"),   # last Sunday of March, before 01:00 UTC
    (datetime(2026, 3, 29, 1, 0, tzinfo=UTC), "+02:00"),
    (datetime(2026, 10, 25, 0, 59, tzinfo=UTC), "+02:00"),
    (datetime(2026, 10, 25, 1, 0, tzinfo=UTC), "+01:00"),
    (datetime(2026, 7, 1, 12, 0, tzinfo=UTC), "+02:00"),
])
def test_prague_offset_follows_eu_summer_time(moment, offset):
    assert timefmt.timestamp(moment.timestamp()).endswith(offset)


def test_timestamp_shape_and_parse_round_trip():
    epoch = 1_772_445_600.848
    text = timefmt.timestamp(epoch)
    assert text == "2026-03-02T11:00:00.848+01:00"
    assert timefmt.parse_iso_instant(text) == epoch
    assert timefmt.parse_iso_instant("2026-03-02") == datetime(2026, 3, 1, 23, 0, tzinfo=UTC).timestamp()
    assert timefmt.parse_iso_instant("2026-03-02T10:00:00Z") == 1_772_445_600.0
    for bad in ("", "02.03.2026", "2026-02-30", "tomorrow"):
        with pytest.raises(ValueError):
            timefmt.parse_iso_instant(bad)


def test_pdf_is_structurally_valid():
    pdf = text_pdf(["Faktura 2026-0001", "Příliš (žluťoučký) kůň \\"])
    assert pdf.startswith(b"%PDF-1.4\n")
    assert pdf.endswith(b"%%EOF\n")
    xref_at = int(pdf.rsplit(b"startxref", 1)[1].split()[0])
    assert pdf[xref_at:].startswith(b"xref\n0 6\n")
    offsets = [int(row[:10]) for row in pdf[xref_at:].split(b"\n")[3:8]]
    for number, offset in enumerate(offsets, start=1):
        assert pdf[offset:].startswith(f"{number} 0 obj".encode())
    assert b"(Faktura 2026-0001) Tj" in pdf
    assert b"\\(" in pdf and b"\\\\" in pdf
