"""Reconciliation of documents sent through the outbox with what the Fakturoid emulator holds after edits
made there, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from invoicedesk.app.documents import get_document, issue_from_order
from invoicedesk.app.orders import list_orders
from invoicedesk.app.paging import PageRequest
from invoicedesk.app.pull import pull_documents
from invoicedesk.app.reconcile import NothingPulledError, reconcile
from invoicedesk.app.sync import document_jobs, enqueue_push
from invoicedesk.core.documents import DocumentType
from invoicedesk.core.totals import compute_totals
from invoicedesk.sync.outbox import JobState
from invoicedesk.sync.reconcile import FindingKind

from .conftest import FAST

D = Decimal


def sent(desk, document_id: int):
    """(remote id, remote number) the push of the document received."""
    job = document_jobs(desk.ctx, document_id)[0]
    return job.remote_id, job.remote_number


def findings(report) -> set[tuple]:
    return {(f.kind, f.document_id, f.field, f.local_value, f.remote_value) for f in report.findings}


def remote_totals(desk, remote_id: str) -> tuple[Decimal, Decimal, Decimal]:
    shown = desk.emulator.render_invoice(desk.account, desk.account.invoices[int(remote_id)])
    net, gross = D(shown["subtotal"]), D(shown["total"])
    return net, gross - net, gross


def test_reconciling_before_any_pull_says_what_to_do(desk):
    desk.issue_and_send()
    with pytest.raises(NothingPulledError, match="pull documents --connection"):
        reconcile(desk.ctx, desk.connection_id)


def test_documents_sent_and_left_alone_reconcile_clean(desk):
    document_ids = desk.issue_and_send()
    pull_documents(desk.ctx, desk.connection_id, options=FAST)

    report = reconcile(desk.ctx, desk.connection_id)

    assert report.findings == []
    assert (report.local_count, report.remote_count, report.compared) == (3, 3, 3)
    assert report.pulled_at is not None
    assert len(document_ids) == 3


def test_number_currency_and_date_changes_made_at_the_service_are_found(desk):
    first, second, third = desk.issue_and_send()
    pull_documents(desk.ctx, desk.connection_id, options=FAST)
    first_id, first_number = sent(desk, first)
    desk.edit_invoice(first_id, number="2026-0999")
    desk.edit_invoice(sent(desk, second)[0], currency="EUR", exchange_rate="25.0")
    desk.edit_invoice(sent(desk, third)[0], issued_on="2026-11-03", taxable_fulfillment_due="2026-11-01",
                      due=30)
    pull_documents(desk.ctx, desk.connection_id, options=FAST)

    report = reconcile(desk.ctx, desk.connection_id)

    issued = dt.date(2026, 11, 2)
    assert findings(report) == {
        (FindingKind.NUMBER, first, "number", first_number, "2026-0999"),
        (FindingKind.CURRENCY, second, "currency", "CZK", "EUR"),
        (FindingKind.DATE, third, "issue_date", issued, dt.date(2026, 11, 3)),
        (FindingKind.DATE, third, "tax_point_date", issued, dt.date(2026, 11, 1)),
        (FindingKind.DATE, third, "due_date", issued + dt.timedelta(days=14), dt.date(2026, 12, 3)),
    }
    number_finding = report.of_kind(FindingKind.NUMBER)[0]
    assert (number_finding.remote_id, number_finding.remote_number) == (first_id, "2026-0999")
    assert number_finding.document_number == get_document(desk.ctx, first).number


def test_line_and_total_changes_made_at_the_service_are_found(desk):
    first, second, third = desk.issue_and_send()
    pull_documents(desk.ctx, desk.connection_id, options=FAST)
    first_id, second_id, third_id = (sent(desk, document_id)[0] for document_id in (first, second, third))
    lines = desk.account.invoices[int(first_id)]["lines"]
    desk.edit_invoice(first_id, lines=[{**lines[0], "quantity": "4"}, *lines[1:]])
    lines = desk.account.invoices[int(second_id)]["lines"]
    desk.edit_invoice(second_id, lines=[{**lines[0], "vat_rate": "21"}, *lines[1:]])
    lines = desk.account.invoices[int(third_id)]["lines"]
    assert len(lines) == 2
    desk.edit_invoice(third_id, lines=lines[:1])
    pull_documents(desk.ctx, desk.connection_id, options=FAST)

    report = reconcile(desk.ctx, desk.connection_id)

    expected = set()
    for document_id, remote_id in ((first, first_id), (second, second_id), (third, third_id)):
        local = compute_totals(get_document(desk.ctx, document_id))
        theirs = remote_totals(desk, remote_id)
        for name, mine, remote in zip(("total_net", "total_vat", "total_gross"),
                                      (local.net, local.vat, local.gross), theirs, strict=True):
            if mine != remote:
                expected.add((FindingKind.TOTAL, document_id, name, mine, remote))
    first_line = get_document(desk.ctx, first).lines[0]
    second_line = get_document(desk.ctx, second).lines[0]
    expected |= {
        (FindingKind.LINES, first, "lines[0].quantity", first_line.quantity, D("4")),
        (FindingKind.LINES, second, "lines[0].vat_rate", second_line.vat_rate, D("21")),
        (FindingKind.LINES, third, "lines", 2, 1),
    }
    assert findings(report) == expected
    # Each changed document differs in its totals too; the net of a rate change stays the same.
    totals = {(f.document_id, f.field) for f in report.of_kind(FindingKind.TOTAL)}
    assert {(first, "total_net"), (first, "total_gross"), (second, "total_vat"), (third, "total_net")} \
        <= totals
    assert (second, "total_net") not in totals
    quantity = next(f for f in report.findings if f.field == "lines[0].quantity")
    assert (quantity.local_value, quantity.remote_value) == (D("3"), D("4"))


def test_documents_deleted_at_the_service_and_documents_made_there_are_found(desk):
    first, _second, _third = desk.issue_and_send()
    [stranger] = desk.emulator.seed_invoices(1)
    first_id, first_number = sent(desk, first)
    with desk.emulator.mutate():
        del desk.account.invoices[int(first_id)]
    pull_documents(desk.ctx, desk.connection_id, full=True, options=FAST)

    report = reconcile(desk.ctx, desk.connection_id)

    assert {(f.kind, f.document_id, f.remote_id, f.remote_number) for f in report.findings} == {
        (FindingKind.MISSING_REMOTELY, first, first_id, first_number),
        (FindingKind.UNKNOWN_LOCALLY, None, str(stranger["id"]), stranger["number"]),
    }
    assert (report.local_count, report.remote_count, report.compared) == (3, 3, 2)


def test_a_document_whose_push_is_still_being_confirmed_is_not_called_unknown(desk):
    desk.issue_and_send()
    order = list_orders(desk.ctx, desk.company.id, PageRequest(sort="external_id")).rows[0]
    extra = issue_from_order(desk.ctx, order.id, doc_type=DocumentType.INVOICE, series_id=desk.series_id,
                             issue_date=dt.date(2026, 11, 2)).id
    job = enqueue_push(desk.ctx, extra, desk.connection_id)
    # Its create reached Fakturoid but the answer was lost: the job waits to look it up by its key.
    [landed] = desk.emulator.seed_invoices(1)
    desk.edit_invoice(str(landed["id"]), custom_id=job.idempotency_key)
    assert document_jobs(desk.ctx, extra)[0].state is JobState.PENDING
    pull_documents(desk.ctx, desk.connection_id, options=FAST)

    report = reconcile(desk.ctx, desk.connection_id)

    assert report.findings == []
    assert (report.local_count, report.remote_count, report.compared) == (3, 4, 3)
