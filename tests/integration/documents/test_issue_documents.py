from __future__ import annotations

import datetime as dt
from concurrent.futures import ThreadPoolExecutor

import pytest

from invoicedesk.app.documents import get_document, issue_from_order, list_documents
from invoicedesk.app.orders import list_orders
from invoicedesk.app.paging import PageRequest
from invoicedesk.app.series import add_series, list_series
from invoicedesk.core.documents import DocumentType
from invoicedesk.core.errors import DomainValidationError
from invoicedesk.core.totals import compute_totals


def _order_ids(ctx, company_id, currency="CZK"):
    rows = list_orders(ctx, company_id, PageRequest(sort="external_id")).rows
    return [row.id for row in rows if row.currency == currency]


def test_issued_document_is_numbered_stored_and_read_back_exactly(app_context, imported):
    series = add_series(app_context, imported.id, doc_type=DocumentType.INVOICE, pattern="FV{YYYY}/{NNNN}")
    order_id = _order_ids(app_context, imported.id)[0]

    issued = issue_from_order(
        app_context,
        order_id,
        doc_type=DocumentType.INVOICE,
        series_id=series.id,
        issue_date=dt.date(2026, 3, 5),
    )
    again = get_document(app_context, issued.id)

    assert issued.number == "FV2026/0001"
    assert again.number == issued.number
    assert again.lines == issued.lines
    assert again.seller.bank_accounts == issued.seller.bank_accounts
    assert compute_totals(again) == compute_totals(issued)
    listed = list_documents(app_context, imported.id, PageRequest())
    assert [(row.number, row.total_gross) for row in listed.rows] == [
        (issued.number, compute_totals(issued).gross)
    ]


def test_numbers_are_gapless_when_issuing_from_several_threads(app_context, imported):
    series = add_series(app_context, imported.id, doc_type=DocumentType.INVOICE, pattern="{YY}-{NNN}")
    order_ids = _order_ids(app_context, imported.id)

    def issue(order_id):
        return issue_from_order(
            app_context,
            order_id,
            doc_type=DocumentType.INVOICE,
            series_id=series.id,
            issue_date=dt.date(2026, 1, 2),
        ).number

    with ThreadPoolExecutor(max_workers=3) as pool:
        numbers = list(pool.map(issue, order_ids))

    assert len(order_ids) >= 3
    assert sorted(numbers) == [f"26-{n:03d}" for n in range(1, len(order_ids) + 1)]


def test_a_series_of_another_type_is_refused_and_uses_no_number(app_context, imported):
    proformas = add_series(app_context, imported.id, doc_type=DocumentType.PROFORMA, pattern="PF{YYYY}-{NN}")
    order_id = _order_ids(app_context, imported.id)[0]

    with pytest.raises(DomainValidationError) as raised:
        issue_from_order(app_context, order_id, doc_type=DocumentType.INVOICE, series_id=proformas.id)

    assert raised.value.errors[0].field == "series_id"
    first = issue_from_order(
        app_context,
        order_id,
        doc_type=DocumentType.PROFORMA,
        series_id=proformas.id,
        issue_date=dt.date(2026, 5, 1),
    )
    assert first.number == "PF2026-01"
    assert [s.pattern for s in list_series(app_context, imported.id)] == ["PF{YYYY}-{NN}"]


def test_a_credit_note_mirrors_the_credited_lines_and_points_at_the_invoice(app_context, imported):
    from invoicedesk.app.documents import issue_credit_note

    invoices = add_series(app_context, imported.id, doc_type=DocumentType.INVOICE, pattern="FV{YYYY}/{NNNN}")
    credits = add_series(
        app_context, imported.id, doc_type=DocumentType.CREDIT_NOTE, pattern="DN{YYYY}/{NNN}"
    )
    order_id = _order_ids(app_context, imported.id)[0]
    invoice = issue_from_order(
        app_context,
        order_id,
        doc_type=DocumentType.INVOICE,
        series_id=invoices.id,
        issue_date=dt.date(2026, 3, 5),
    )

    with pytest.raises(DomainValidationError):
        issue_credit_note(
            app_context, invoice.id, series_id=invoices.id, reason="Returned"
        )  # wrong series type
    full = issue_credit_note(
        app_context, invoice.id, series_id=credits.id, reason="Returned", issue_date=dt.date(2026, 3, 9)
    )
    stored = get_document(app_context, full.id)

    assert stored.number == "DN2026/001"
    assert stored.corrects is not None and stored.corrects.document_id == invoice.id
    assert compute_totals(stored).gross == -compute_totals(invoice).gross
    assert all(line.unit_price >= 0 for line in stored.lines)
