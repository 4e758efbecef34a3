"""The comparison rules of reconciliation, on plain data (no database, no service)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

from invoicedesk.connectors.contract import RemoteDocument
from invoicedesk.core.documents import (
    Client,
    Company,
    Document,
    DocumentLine,
    DocumentType,
    RoundingMode,
    VatCategory,
)
from invoicedesk.core.totals import compute_totals
from invoicedesk.sync.reconcile import FindingKind, SentDocument, reconcile_documents

D = Decimal
ISSUED = dt.date(2026, 11, 2)


def local(number: str = "FV2026/0001", *, document_id: int = 7, lines: list[DocumentLine] | None = None,
          rounding: RoundingMode = RoundingMode.PER_RATE, due: dt.date | None = dt.date(2026, 11, 16),
          tax_point: dt.date | None = None) -> Document:
    return Document(
        doc_type=DocumentType.INVOICE, number=number, issue_date=ISSUED, seller=Company(name="Seller"),
        buyer=Client(name="Buyer"), currency="CZK",
        lines=lines or [DocumentLine("Beans", D("3"), D("489.00"), D("12")),
                        DocumentLine("Frother", D("1"), D("1290"), D("21"))],
        due_date=due, tax_point_date=tax_point, rounding=rounding, id=document_id,
    )


def remote_of(
    document: Document, remote_id: str = "1001", number: str = "2026-0001", **changes
) -> RemoteDocument:
    """The remote twin a faithful service would hold (VAT per rate, as every connector's service)."""
    totals = compute_totals(dataclasses.replace(document, rounding=RoundingMode.PER_RATE))
    base = RemoteDocument(
        remote_id=remote_id, remote_number=number, doc_type=document.doc_type, issue_date=document.issue_date,
        currency=document.currency, buyer=Client(name="Buyer"), lines=list(document.lines),
        total_net=totals.net, total_vat=totals.vat, total_gross=totals.gross,
        tax_point_date=document.effective_tax_point, due_date=document.due_date,
    )
    return dataclasses.replace(base, **changes)


def check(document: Document, remote: RemoteDocument, **kwargs):
    sent = SentDocument(document, remote.remote_id, remote_number=kwargs.pop("heard", remote.remote_number))
    return reconcile_documents(1, [sent], [remote], **kwargs)


def test_a_faithful_copy_is_clean():
    document = local()
    report = check(document, remote_of(document))
    assert report.clean
    assert (report.compared, report.local_count, report.remote_count) == (1, 1, 1)


def test_totals_are_compared_exactly_to_the_last_unit():
    document = local()
    twin = remote_of(document)
    report = check(document, dataclasses.replace(twin, total_vat=twin.total_vat + D("0.01"),
                                                 total_gross=twin.total_gross + D("0.01")))
    assert [(f.kind, f.field, f.local_value, f.remote_value) for f in report.findings] == [
        (FindingKind.TOTAL, "total_vat", D("446.94"), D("446.95")),
        (FindingKind.TOTAL, "total_gross", D("3203.94"), D("3203.95")),
    ]
    finding = report.findings[0]
    assert (finding.document_id, finding.document_number, finding.remote_id, finding.remote_number) == (
        7, "FV2026/0001", "1001", "2026-0001")


def test_vat_rounded_per_line_may_differ_by_a_unit_per_line_but_net_never():
    # 3 × 0.35 at 21 %: per line 0.07 + 0.07 + 0.07 = 0.21; per rate 1.05 × 21 % = 0.2205 → 0.22.
    lines = [DocumentLine(f"Sticker {n}", D("1"), D("0.35"), D("21")) for n in range(3)]
    per_line = local(lines=lines, rounding=RoundingMode.PER_LINE)
    assert compute_totals(per_line).vat == D("0.21")
    twin = remote_of(per_line)
    assert twin.total_vat == D("0.22")
    assert check(per_line, twin).clean

    beyond = dataclasses.replace(twin, total_vat=D("0.25"), total_gross=D("1.30"))
    assert {f.field for f in check(per_line, beyond).findings} == {"total_vat", "total_gross"}
    net_off = dataclasses.replace(twin, total_net=D("1.06"))
    assert [f.field for f in check(per_line, net_off).findings] == ["total_net"]
    # A document whose VAT is computed per rate gets no allowance at all.
    per_rate = local(lines=lines)
    assert [f.field for f in check(per_rate, dataclasses.replace(twin, total_vat=D("0.21"),
                                                                total_gross=D("1.26"))).findings] == [
        "total_vat", "total_gross"]


def test_number_type_currency_and_dates_each_give_a_finding_with_both_values():
    document = local()
    twin = remote_of(document, number="2026-0001")
    changed = dataclasses.replace(
        twin, remote_number="2026-0099", doc_type=DocumentType.PROFORMA, currency="EUR",
        issue_date=dt.date(2026, 11, 3), tax_point_date=dt.date(2026, 10, 31), due_date=dt.date(2026, 12, 2))
    report = check(document, changed, heard="2026-0001")
    assert [(f.kind, f.field, f.local_value, f.remote_value) for f in report.findings] == [
        (FindingKind.NUMBER, "number", "2026-0001", "2026-0099"),
        (FindingKind.DOCUMENT_TYPE, "doc_type", "invoice", "proforma"),
        (FindingKind.CURRENCY, "currency", "CZK", "EUR"),
        (FindingKind.DATE, "issue_date", ISSUED, dt.date(2026, 11, 3)),
        (FindingKind.DATE, "tax_point_date", ISSUED, dt.date(2026, 10, 31)),
        (FindingKind.DATE, "due_date", dt.date(2026, 11, 16), dt.date(2026, 12, 2)),
    ]


def test_the_local_number_is_expected_when_the_service_gave_none():
    document = local("FV2026/0001")
    report = check(document, remote_of(document, number="FV2026/0002"), heard="")
    assert [(f.field, f.local_value, f.remote_value) for f in report.findings] == [
        ("number", "FV2026/0001", "FV2026/0002")]


def test_dates_the_service_does_not_show_are_not_compared_and_a_missing_due_date_is_not_a_finding():
    document = local(due=None)
    twin = remote_of(document, tax_point_date=None, due_date=dt.date(2026, 11, 16))
    assert check(document, twin).clean


def test_lines_are_compared_by_quantity_price_and_rate():
    document = local()
    twin = remote_of(document)
    changed_lines = [DocumentLine("Beans", D("4"), D("489"), D("12")),
                     DocumentLine("Frother", D("1"), D("1290.50"), D("15"))]
    report = check(document, dataclasses.replace(twin, lines=changed_lines))
    assert [(f.kind, f.field, f.local_value, f.remote_value) for f in report.findings] == [
        (FindingKind.LINES, "lines[0].quantity", D("3"), D("4")),
        (FindingKind.LINES, "lines[1].unit_price", D("1290"), D("1290.50")),
        (FindingKind.LINES, "lines[1].vat_rate", D("21"), D("15")),
    ]


def test_a_different_line_count_is_one_finding():
    document = local()
    twin = remote_of(document)
    report = check(document, dataclasses.replace(twin, lines=twin.lines[:1]))
    assert [(f.field, f.local_value, f.remote_value) for f in report.findings] == [("lines", 2, 1)]


def test_a_discount_may_come_back_as_a_line_of_its_own():
    lines = [DocumentLine("Beans", D("3"), D("489"), D("12"), discount=D("50"))]
    document = local(lines=lines)
    as_two_lines = [DocumentLine("Beans", D("3"), D("489"), D("12")),
                    DocumentLine("Sleva: Beans", D("1"), D("-50"), D("12"))]
    twin = remote_of(document, lines=as_two_lines)
    assert check(document, twin).clean
    assert check(document, remote_of(document)).clean  # a service with a discount field

    wrong = [as_two_lines[0], DocumentLine("Sleva: Beans", D("1"), D("-40"), D("12"))]
    report = check(document, dataclasses.replace(twin, lines=wrong))
    assert [(f.field, f.local_value, f.remote_value) for f in report.findings] == [
        ("lines[0].unit_price", D("-50"), D("-40"))]


def test_a_line_without_vat_may_come_back_with_rate_zero_but_a_taxed_line_may_not():
    reverse = [
        DocumentLine("Consulting", D("1"), D("1000"), D("21"), vat_category=VatCategory.REVERSE_CHARGE)
    ]
    document = local(lines=reverse)
    twin = remote_of(document, lines=[DocumentLine("Consulting", D("1"), D("1000"), D("0"))])
    assert not check(document, twin).of_kind(FindingKind.LINES)
    taxed = local(lines=[DocumentLine("Consulting", D("1"), D("1000"), D("21"))])
    report = check(taxed, remote_of(taxed, lines=[DocumentLine("Consulting", D("1"), D("1000"), D("0"))]))
    assert [f.field for f in report.of_kind(FindingKind.LINES)] == ["lines[0].vat_rate"]


def test_missing_remotely_unknown_locally_and_pushes_still_under_way():
    sent_doc = local("FV2026/0001", document_id=1)
    lost = local("FV2026/0002", document_id=2)
    twin = remote_of(sent_doc, remote_id="1001")
    stranger = remote_of(local(), remote_id="1003", number="2026-0003")
    ours_in_flight = dataclasses.replace(remote_of(local(), remote_id="1004", number="2026-0004"),
                                         key="ID-1-9-push")
    report = reconcile_documents(
        1,
        [SentDocument(lost, "1002", "2026-0002"), SentDocument(sent_doc, "1001", "2026-0001")],
        [stranger, twin, ours_in_flight],
        pending_keys={"ID-1-9-push"},
    )
    assert [(f.kind, f.document_id, f.remote_id, f.remote_number) for f in report.findings] == [
        (FindingKind.MISSING_REMOTELY, 2, "1002", "2026-0002"),
        (FindingKind.UNKNOWN_LOCALLY, None, "1003", "2026-0003"),
    ]
    assert report.compared == 1
    assert "does not list it" in report.findings[0].description
    assert "FV2026/0002" in report.findings[0].description


def test_a_finished_push_without_a_remote_id_is_missing_remotely():
    document = local()
    report = reconcile_documents(1, [SentDocument(document, "")], [])
    assert [f.kind for f in report.findings] == [FindingKind.MISSING_REMOTELY]
