"""Pulling documents from the Fakturoid emulator over HTTP into the snapshots, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

import pytest
import requests
from sqlalchemy import select

from invoicedesk.app.connections import build_connector
from invoicedesk.app.pull import pull_documents
from invoicedesk.connectors.errors import ConnectorError, ErrorCategory
from invoicedesk.store.models_remote import PullWatermarkModel, RemoteDocumentModel
from invoicedesk.sync import pull

from .conftest import FAST

D = Decimal
USER_AGENT = "Tests (tests@example.com)"


def snapshots(desk) -> dict[str, RemoteDocumentModel]:
    with desk.ctx.database.read_session() as session:
        rows = session.scalars(select(RemoteDocumentModel).where(
            RemoteDocumentModel.connection_id == desk.connection_id))
        return {row.remote_id: row for row in rows}


def stored_watermark(desk):
    with desk.ctx.database.read_session() as session:
        return session.get(PullWatermarkModel, (desk.connection_id, pull.DOCUMENTS))


def test_a_pull_stores_every_invoice_with_exact_amounts(desk):
    seeded = desk.emulator.seed_invoices(45)  # more than one page of 40

    report = pull_documents(desk.ctx, desk.connection_id, options=FAST)

    assert (report.received, report.added, report.updated, report.skipped) == (45, 45, 0, [])
    rows = snapshots(desk)
    assert set(rows) == {str(invoice["id"]) for invoice in seeded}
    for index, invoice in enumerate(seeded):
        row = rows[str(invoice["id"])]
        net = D(100 + index)
        vat = (net * D("0.21")).quantize(D("0.01"), rounding=ROUND_HALF_UP)
        assert (row.total_net, row.total_vat, row.total_gross) == (net, vat, net + vat)
        assert all(isinstance(value, Decimal) for value in (row.total_net, row.total_vat, row.total_gross))
        assert row.remote_number == invoice["number"]
        assert row.doc_type == "invoice" and row.currency == "CZK"
        assert row.issue_date.isoformat() == invoice["issued_on"]
        assert row.due_date.isoformat() == invoice["due_on"]
        assert row.buyer_name == "Seed Odběratel s.r.o."
        [line] = row.lines
        assert line["name"] == f"Položka {index + 1}"
        assert (D(line["quantity"]), D(line["unit_price"]), D(line["vat_rate"])) == (1, 100 + index, 21)
    newest = max(row.updated_at for row in rows.values())
    assert report.watermark == newest == stored_watermark(desk).watermark
    assert report.watermark.utcoffset() == dt.timedelta(0)  # kept and reported in UTC, as the store does


def test_a_second_pull_with_nothing_changed_makes_one_request_and_changes_nothing(desk):
    desk.emulator.seed_invoices(3)
    pull_documents(desk.ctx, desk.connection_id, options=FAST)
    before = _contents(desk)
    mark = stored_watermark(desk).watermark
    calls = desk.invoice_list_calls()

    report = pull_documents(desk.ctx, desk.connection_id, options=FAST)

    assert desk.invoice_list_calls() == calls + 1
    assert (report.received, report.added, report.updated) == (0, 0, 0)
    assert _contents(desk) == before
    assert stored_watermark(desk).watermark == mark


def _contents(desk) -> dict[str, tuple]:
    return {remote_id: (row.pulled_at, row.updated_at, row.total_gross, row.lines, row.remote_number)
            for remote_id, row in snapshots(desk).items()}


def _token(emulator) -> str:
    credentials = emulator.demo_credentials()
    answer = requests.post(emulator.base_url + "/oauth/token", json={"grant_type": "client_credentials"},
                           auth=(credentials["client_id"], credentials["client_secret"]),
                           headers={"User-Agent": USER_AGENT}, timeout=5)
    answer.raise_for_status()
    return answer.json()["access_token"]


def test_a_change_made_at_the_service_is_picked_up_by_the_next_pull(desk):
    first, second = desk.emulator.seed_invoices(2)
    pull_documents(desk.ctx, desk.connection_id, options=FAST)
    slug = desk.emulator.demo_credentials()["slug"]
    line_id = first["lines"][0]["id"]
    answer = requests.patch(
        f"{desk.emulator.base_url}/accounts/{slug}/invoices/{first['id']}.json",
        json={"lines": [{"id": line_id, "quantity": "2", "unit_price": "250.50"}]},
        headers={"Authorization": f"Bearer {_token(desk.emulator)}", "User-Agent": USER_AGENT},
        timeout=5,
    )
    assert answer.status_code == 200, answer.text

    report = pull_documents(desk.ctx, desk.connection_id, options=FAST)

    assert (report.received, report.added, report.updated) == (1, 0, 1)
    rows = snapshots(desk)
    changed = rows[str(first["id"])]
    assert (changed.total_net, changed.total_vat, changed.total_gross) == (D("501"), D("105.21"), D("606.21"))
    assert (D(changed.lines[0]["quantity"]), D(changed.lines[0]["unit_price"])) == (2, D("250.50"))
    assert rows[str(second["id"])].total_net == D("101")
    assert report.watermark == changed.updated_at


def test_a_pull_that_fails_half_way_keeps_the_snapshots_and_the_watermark(desk):
    seeded = desk.emulator.seed_invoices(45)
    pull_documents(desk.ctx, desk.connection_id, options=FAST)
    mark = stored_watermark(desk).watermark
    for invoice in seeded:
        stored_lines = desk.account.invoices[invoice["id"]]["lines"]
        desk.edit_invoice(str(invoice["id"]), lines=[{**line, "unit_price": "999"} for line in stored_lines])
    connector = build_connector(desk.ctx, desk.connection_id, options=FAST)
    reads = connector.pull_documents

    def service_fails_after_the_first_page(since):
        for position, item in enumerate(reads(since)):
            if position == 0:  # page 1 has arrived; every later page meets an outage
                desk.emulator.faults.inject("status", status=503, path=r"/invoices\.json$", times=-1)
            yield item

    connector.pull_documents = service_fails_after_the_first_page
    try:
        with pytest.raises(ConnectorError) as failure:
            pull.pull_documents(desk.ctx.database, connector, desk.connection_id)
    finally:
        connector.close()
    assert failure.value.category is ErrorCategory.SERVICE_UNAVAILABLE
    assert {row.total_net for row in snapshots(desk).values()} == {D(100 + n) for n in range(45)}
    assert stored_watermark(desk).watermark == mark

    desk.emulator.faults.clear()
    report = pull_documents(desk.ctx, desk.connection_id, options=FAST)
    assert (report.received, report.updated) == (45, 45)
    assert {row.total_net for row in snapshots(desk).values()} == {D("999")}
    assert report.watermark > mark


def test_a_full_pull_forgets_documents_the_service_no_longer_has(desk):
    kept, deleted = desk.emulator.seed_invoices(2)
    pull_documents(desk.ctx, desk.connection_id, options=FAST)
    with desk.emulator.mutate():
        del desk.account.invoices[deleted["id"]]

    incremental = pull_documents(desk.ctx, desk.connection_id, options=FAST)
    assert incremental.removed == 0 and set(snapshots(desk)) == {str(kept["id"]), str(deleted["id"])}

    full = pull_documents(desk.ctx, desk.connection_id, full=True, options=FAST)
    assert (full.received, full.updated, full.removed) == (1, 1, 1)
    assert set(snapshots(desk)) == {str(kept["id"])}
    assert full.watermark == incremental.watermark  # a full pull never moves the watermark back
