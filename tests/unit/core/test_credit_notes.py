import datetime as dt
from decimal import Decimal

import pytest

from invoicedesk.core.credit_notes import credit_note_for
from invoicedesk.core.documents import DocumentReference, DocumentType
from invoicedesk.core.errors import DomainValidationError
from invoicedesk.core.totals import compute_totals
from tests.unit.core.builders import make_document, make_line

D = Decimal
CREDIT_DAY = dt.date(2026, 3, 20)


def invoice():
    return make_document(
        [make_line("2", "100", "21", name="Chair"), make_line("1", "50", "12", name="Book", discount=D("5"))],
        id=42,
        variable_symbol="20260001",
        due_date=dt.date(2026, 3, 16),
    )


def test_full_credit_negates_quantities_and_discounts_and_keeps_prices_positive():
    original = invoice()
    credit = credit_note_for(original, number="DN2026/0001", issue_date=CREDIT_DAY, reason="Goods returned")
    assert credit.doc_type == DocumentType.CREDIT_NOTE
    assert [(line.name, line.quantity, line.unit_price, line.discount) for line in credit.lines] == [
        ("Chair", D("-2"), D("100"), D("0")),
        ("Book", D("-1"), D("50"), D("-5")),
    ]
    assert all(line.unit_price >= 0 for line in credit.lines)  # EN 16931 BR-27
    assert compute_totals(credit).gross == -compute_totals(original).gross


def test_credit_note_points_at_the_original_and_carries_its_own_identity():
    original = invoice()
    credit = credit_note_for(original, number="DN2026/0001", issue_date=CREDIT_DAY, reason="Goods returned")
    assert credit.corrects == DocumentReference("FV2026/0001", dt.date(2026, 3, 2), 42)
    assert credit.correction_reason == "Goods returned"
    assert (credit.number, credit.issue_date, credit.id, credit.series_id) == (
        "DN2026/0001",
        CREDIT_DAY,
        None,
        None,
    )
    assert credit.tax_point_date is None and credit.due_date is None and credit.variable_symbol == ""
    # What the buyer was charged in stays as on the invoice.
    assert (credit.currency, credit.exchange_rate, credit.rounding) == (
        original.currency,
        original.exchange_rate,
        original.rounding,
    )
    assert credit.buyer == original.buyer and credit.seller == original.seller


def test_crediting_leaves_the_original_untouched():
    original = invoice()
    before = [(line.quantity, line.discount) for line in original.lines]
    credit_note_for(original, number="DN1", issue_date=CREDIT_DAY, reason="Returned")
    assert [(line.quantity, line.discount) for line in original.lines] == before
    assert original.doc_type == DocumentType.INVOICE


def test_partial_credit_negates_the_given_lines_only():
    original = invoice()
    returned = make_line("1", "100", "21", name="Chair")
    credit = credit_note_for(
        original, number="DN1", issue_date=CREDIT_DAY, reason="One chair returned", lines=[returned]
    )
    assert [(line.name, line.quantity) for line in credit.lines] == [("Chair", D("-1"))]
    assert compute_totals(credit).gross == D("-121.00")
    assert returned.quantity == D("1")


def test_crediting_more_than_was_invoiced_is_refused():
    too_much = make_line("5", "100", "21", name="Chair")
    with pytest.raises(DomainValidationError) as caught:
        credit_note_for(invoice(), number="DN1", issue_date=CREDIT_DAY, reason="Returned", lines=[too_much])
    [error] = caught.value.errors
    assert error.field == "lines"
    assert "605.00 CZK" in error.message and "FV2026/0001" in error.message
    assert error.hint == "Credit at most the quantities and prices of the original invoice."


def test_every_missing_piece_is_reported_at_once():
    with pytest.raises(DomainValidationError) as caught:
        credit_note_for(invoice(), number=" ", issue_date=dt.date(2026, 1, 1), reason="", lines=[])
    by_field = {error.field: error for error in caught.value.errors}
    assert set(by_field) == {"number", "correction_reason", "issue_date", "lines"}
    assert "tax rules require it" in by_field["correction_reason"].hint
    assert "before the invoice it corrects (2026-03-02)" in by_field["issue_date"].message
    assert by_field["number"].hint == "Allocate a number from a series."


@pytest.mark.parametrize("doc_type", [DocumentType.PROFORMA, DocumentType.CREDIT_NOTE])
def test_only_invoices_can_be_credited(doc_type):
    with pytest.raises(DomainValidationError) as caught:
        credit_note_for(make_document(doc_type=doc_type), number="DN1", issue_date=CREDIT_DAY, reason="x")
    [error] = caught.value.errors
    assert error.field == "corrects"
    assert doc_type.value in error.message
    assert "proforma is cancelled" in error.hint
