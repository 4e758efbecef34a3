from decimal import Decimal

import pytest

from invoicedesk.core.documents import RoundingMode, VatCategory
from invoicedesk.core.errors import DomainValidationError
from invoicedesk.core.totals import LineTotals, RateSummary, compute_totals, convert, net_from_gross
from tests.unit.core.builders import make_document, make_line

D = Decimal


def test_line_net_is_rounded_quantity_times_price_minus_discount():
    doc = make_document([make_line("3", "33.333", "21", discount=D("10"))])
    totals = compute_totals(doc)
    assert totals.lines == (LineTotals(D("90.00"), D("18.90"), D("108.90")),)
    assert (totals.net, totals.vat, totals.gross) == (D("90.00"), D("18.90"), D("108.90"))


def small_lines(rounding):
    # 0.03 at 21 %: 0.0063 of VAT on each line.
    return make_document([make_line("1", "0.03", "21") for _ in range(3)], rounding=rounding)


def test_per_line_rounds_vat_on_every_line_and_sums_the_rounded_lines():
    totals = compute_totals(small_lines(RoundingMode.PER_LINE))
    assert [line.vat for line in totals.lines] == [D("0.01")] * 3
    assert totals.by_rate == (RateSummary(VatCategory.STANDARD, D("21"), D("0.09"), D("0.03"), D("0.12")),)
    assert totals.vat == D("0.03")


def test_per_rate_computes_vat_once_from_the_summed_net_and_spreads_it_over_the_lines():
    totals = compute_totals(small_lines(RoundingMode.PER_RATE))
    assert totals.by_rate == (RateSummary(VatCategory.STANDARD, D("21"), D("0.09"), D("0.02"), D("0.11")),)
    assert totals.vat == D("0.02")
    # 0.0189 rounds to 0.02; the lines (0.01 each after rounding) give one cent back, the earliest first.
    assert [line.vat for line in totals.lines] == [D("0.00"), D("0.01"), D("0.01")]
    assert sum(line.gross for line in totals.lines) == totals.gross == D("0.11")


def test_summaries_are_per_category_and_rate_in_order_of_first_appearance():
    doc = make_document(
        [
            make_line("1", "100", "12"),
            make_line("2", "50", "21"),
            make_line("1", "10", "0", vat_category=VatCategory.ZERO),
            make_line("1", "20", "0", vat_category=VatCategory.EXEMPT),
            make_line("1", "5", "21.00"),
        ]
    )
    totals = compute_totals(doc)
    assert [(s.category, s.rate, s.net, s.vat) for s in totals.by_rate] == [
        (VatCategory.STANDARD, D("12"), D("100.00"), D("12.00")),
        (VatCategory.STANDARD, D("21"), D("105.00"), D("22.05")),
        (VatCategory.ZERO, D("0"), D("10.00"), D("0.00")),
        (VatCategory.EXEMPT, D("0"), D("20.00"), D("0.00")),
    ]
    assert totals.net == D("235.00") and totals.vat == D("34.05") and totals.gross == D("269.05")


def test_amounts_are_rounded_to_the_currency_exponent():
    doc = make_document([make_line("3", "333.5", "10")], currency="JPY")
    totals = compute_totals(doc)
    assert totals.net == D("1001") and totals.vat == D("100") and totals.gross == D("1101")
    assert totals.net.as_tuple().exponent == 0
    kwd = compute_totals(make_document([make_line("1", "1.2345", "5")], currency="KWD"))
    assert kwd.net == D("1.235") and kwd.vat == D("0.062")


def test_negative_quantities_round_symmetrically():
    totals = compute_totals(make_document([make_line("-1", "0.05", "21", discount=D("-0.00"))]))
    assert totals.lines[0] == LineTotals(D("-0.05"), D("-0.01"), D("-0.06"))


def test_a_document_without_lines_totals_zero():
    totals = compute_totals(make_document([]))
    assert totals.lines == () and totals.by_rate == ()
    assert (totals.net, totals.vat, totals.gross) == (D("0.00"), D("0.00"), D("0.00"))


def test_an_unknown_currency_is_reported_on_the_currency_field():
    with pytest.raises(DomainValidationError) as caught:
        compute_totals(make_document(currency="EURO"))
    assert caught.value.errors[0].field == "currency"
    assert "CZK" in caught.value.errors[0].hint


def test_float_amounts_never_slip_through():
    line = make_line()
    line.unit_price = 1.5  # type: ignore[assignment]
    with pytest.raises(TypeError):
        compute_totals(make_document([line]))


def test_convert_gives_the_accounting_currency_amount_rounded_half_up():
    assert convert(D("21.00"), D("4.9765")) == D("104.51")  # 104.5065
    assert convert(D("-21.00"), D("4.9765")) == D("-104.51")
    assert convert(D("10"), D("24.125"), places=0) == D("241")


def test_convert_refuses_a_non_positive_rate_naming_the_field():
    with pytest.raises(DomainValidationError) as caught:
        convert(D("1"), D("0"))
    assert caught.value.errors[0].field == "exchange_rate"
    assert "units of the accounting currency" in caught.value.errors[0].hint
    with pytest.raises(TypeError):
        convert(D("1"), 4.97)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("gross", "rate", "net"),
    [("121", "21", "100.0000"), ("100", "21", "82.6446"), ("112", "12", "100.0000"), ("50", "0", "50.0000")],
)
def test_net_from_gross_strips_the_vat_out_of_a_price(gross, rate, net):
    assert net_from_gross(D(gross), D(rate)) == D(net)


def test_net_from_gross_keeps_enough_places_for_quantities_to_round_back():
    unit = net_from_gross(D("100"), D("21"))
    doc = make_document([make_line("10", str(unit), "21")], rounding=RoundingMode.PER_LINE)
    assert compute_totals(doc).gross == D("1000.00")
    assert net_from_gross(D("100"), D("21"), places=2) == D("82.64")
