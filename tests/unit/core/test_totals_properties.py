"""Properties of totals that must hold for any document, in both rounding conventions."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from invoicedesk.core.credit_notes import credit_note_for
from invoicedesk.core.documents import DocumentLine, RoundingMode, VatCategory
from invoicedesk.core.money import currency_exponent
from invoicedesk.core.totals import compute_totals
from tests.unit.core.builders import make_document

RATES = [Decimal(r) for r in ("0", "5", "8", "9", "10", "11", "12", "15", "19", "20", "21", "23", "7.7")]


def decimals(low: str, high: str, places: int):
    # Scaled integers: exact like st.decimals, but several times faster to draw.
    scale = 10**places
    return st.integers(int(Decimal(low) * scale), int(Decimal(high) * scale)).map(
        lambda n: Decimal(n).scaleb(-places)
    )


# Built once: strategies made inside a draw are re-validated on every example, which is slow.
QUANTITIES = decimals("-50", "500", 3)
PRICES = decimals("0", "99999", 4)
DISCOUNTS = st.one_of(st.just(Decimal("0")), decimals("0", "500", 2))
ZERO_CATEGORIES = st.sampled_from([VatCategory.ZERO, VatCategory.EXEMPT])
CURRENCIES = st.sampled_from(["CZK", "EUR", "JPY", "KWD"])
ROUNDINGS = st.sampled_from(list(RoundingMode))
RATE_CHOICES = st.sampled_from(RATES)


@st.composite
def one_line(draw):
    rate = draw(RATE_CHOICES)
    return DocumentLine(
        name="item",
        quantity=draw(QUANTITIES),
        unit_price=draw(PRICES),
        vat_rate=rate,
        vat_category=VatCategory.STANDARD if rate else draw(ZERO_CATEGORIES),
        discount=draw(DISCOUNTS),
    )


LINES = st.lists(one_line(), min_size=1, max_size=12)


@st.composite
def documents(draw, rounding=None):
    return make_document(
        draw(LINES),
        rounding=rounding or draw(ROUNDINGS),
        currency=draw(CURRENCIES),
    )


def unit(doc) -> Decimal:
    return Decimal(1).scaleb(-currency_exponent(doc.currency))


fast = settings(max_examples=100, deadline=None)


@fast
@given(documents())
def test_totals_are_whole_minor_units_and_equal_the_sum_of_their_parts(doc):
    totals = compute_totals(doc)
    assert totals.net == sum(line.net for line in totals.lines) == sum(s.net for s in totals.by_rate)
    assert totals.vat == sum(line.vat for line in totals.lines) == sum(s.vat for s in totals.by_rate)
    assert totals.gross == sum(line.gross for line in totals.lines) == sum(s.gross for s in totals.by_rate)
    for summary in totals.by_rate:
        members = [
            t
            for t, line in zip(totals.lines, doc.lines, strict=True)
            if (line.vat_category, line.vat_rate) == (summary.category, summary.rate)
        ]
        assert summary.net == sum(t.net for t in members)
        assert summary.vat == sum(t.vat for t in members)
    step = unit(doc)
    for amount in (totals.net, totals.vat, *(t.net for t in totals.lines), *(t.vat for t in totals.lines)):
        assert amount % step == 0


@fast
@given(documents())
def test_net_plus_vat_is_gross_everywhere(doc):
    totals = compute_totals(doc)
    assert totals.net + totals.vat == totals.gross
    for part in (*totals.lines, *totals.by_rate):
        assert part.net + part.vat == part.gross


@fast
@given(documents())
def test_a_full_credit_note_totals_exactly_the_negation_of_the_original(doc):
    original = compute_totals(doc)
    credit = compute_totals(credit_note_for(doc, number="CN1", issue_date=doc.issue_date, reason="Returned"))
    assert (credit.net, credit.vat, credit.gross) == (-original.net, -original.vat, -original.gross)
    assert credit.lines == tuple(type(t)(-t.net, -t.vat, -t.gross) for t in original.lines)
    assert [(s.net, s.vat) for s in credit.by_rate] == [(-s.net, -s.vat) for s in original.by_rate]


@fast
@given(documents(rounding=RoundingMode.PER_RATE))
def test_per_rate_and_per_line_vat_differ_by_at_most_half_a_unit_per_line_of_the_rate(doc):
    per_rate = compute_totals(doc)
    doc.rounding = RoundingMode.PER_LINE
    per_line = compute_totals(doc)
    half = unit(doc) / 2
    for by_rate, by_line in zip(per_rate.by_rate, per_line.by_rate, strict=True):
        count = sum(
            1 for line in doc.lines if (line.vat_category, line.vat_rate) == (by_rate.category, by_rate.rate)
        )
        assert by_rate.net == by_line.net
        assert abs(by_rate.vat - by_line.vat) <= half * count


@fast
@given(documents(rounding=RoundingMode.PER_RATE))
def test_per_rate_vat_is_the_rounded_rate_of_the_summed_net_and_lines_stay_within_a_unit(doc):
    totals = compute_totals(doc)
    step = unit(doc)
    for summary in totals.by_rate:
        exact = summary.net * summary.rate / 100
        assert abs(summary.vat - exact) <= step / 2
    for line, line_totals in zip(doc.lines, totals.lines, strict=True):
        assert abs(line_totals.vat - line_totals.net * line.vat_rate / 100) < step
