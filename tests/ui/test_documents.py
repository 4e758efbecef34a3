"""S-DOC-1 over a real database and the Fakturoid emulator on 127.0.0.1: the list with each document's sync
state, the detail pane, Send to…, Resend after a blocked account, and field problems shown on the fields."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QLabel

from invoicedesk.app.companies import add_company
from invoicedesk.app.connections import add_connection
from invoicedesk.app.context import AppContext
from invoicedesk.app.documents import issue_from_order, save_document
from invoicedesk.app.orders import list_orders
from invoicedesk.app.paging import PageRequest
from invoicedesk.app.series import add_series
from invoicedesk.app.sync import document_jobs
from invoicedesk.connectors.errors import ErrorCategory, advice
from invoicedesk.core.documents import Address, Client, Company, Country, Document, DocumentLine, DocumentType
from invoicedesk.core.errors import FieldError
from invoicedesk.core.totals import compute_totals
from invoicedesk.sandbox.fakturoid import FakturoidEmulator
from invoicedesk.secrets.memory import MemoryKeyring
from invoicedesk.secrets.store import SecretStore
from invoicedesk.sync.efactura import EfacturaSubmissions
from invoicedesk.sync.outbox import Job, JobState, Operation
from invoicedesk.ui.dialogs.document_detail import load_document_details
from invoicedesk.ui.screens.documents import DocumentsScreen
from invoicedesk.ui.tasks import TaskRunner
from tests.ui.test_documents_setup import ISSUED_ON, list_texts, open_shop, row_of, settle, sync_text


@pytest.fixture
def emulator():
    with FakturoidEmulator(pdf_delay_seconds=0.0) as running:
        yield running


@pytest.fixture
def shop(tmp_path, emulator):
    shop = open_shop(tmp_path, emulator)
    yield shop
    shop.context.close()


@pytest.fixture
def screen(qtbot, shop):
    runner = TaskRunner()
    screen = DocumentsScreen(runner)
    qtbot.addWidget(screen)
    screen.resize(1100, 800)
    screen.show()
    with qtbot.waitSignal(screen.setup_loaded, timeout=10_000):
        screen.set_context(shop.context)
        screen.set_company(shop.company.id)
    settle(qtbot, screen)
    yield screen
    runner.wait_for_workers(20_000)


def choose(qtbot, screen: DocumentsScreen, number: str) -> None:
    with qtbot.waitSignal(screen.details_shown, timeout=10_000):
        screen.select_row(row_of(screen, number))
    assert screen.detail.details is not None and screen.detail.details.document.number == number


def send(qtbot, screen: DocumentsScreen, connection_id: int) -> None:
    action = next(a for a in screen.send_menu.actions() if a.data() == connection_id)
    assert action.isEnabled()
    with qtbot.waitSignal(screen.sending_finished, timeout=30_000):
        action.trigger()
        assert screen.busy and screen.busy_bar.isVisible()  # the GUI thread did not wait for the network
        assert not screen.send_button.isEnabled()
    settle(qtbot, screen)


def remote_invoices(emulator: FakturoidEmulator) -> list[dict]:
    slug = emulator.demo_credentials()["slug"]
    return list(emulator.store.accounts[slug].invoices.values())


def test_the_list_shows_number_type_date_buyer_total_currency_and_not_sent(screen, shop):
    assert screen.objectName() == "documentsScreen" and screen.code == "S-DOC-1"
    assert screen.model.total == 2
    assert list_texts(screen, 0) == ["FV2026/0002", "FV2026/0001"]  # newest first; same date, higher id
    assert set(list_texts(screen, 1)) == {"Invoice"}
    assert set(list_texts(screen, 2)) == {"3/5/2026"}
    # The list's total is the one the domain computes, written the locale's way from the Decimal.
    first = load_document_details(shop.context, shop.document_ids[0])
    assert list_texts(screen, 4)[row_of(screen, "FV2026/0001")] == "3,302.94"
    assert first.totals.gross == Decimal("3302.94")
    assert list_texts(screen, 3)[row_of(screen, "FV2026/0001")] == first.document.buyer.name
    assert set(list_texts(screen, 5)) == {"CZK"}
    assert set(list_texts(screen, 6)) == {"not sent"}
    assert screen.table.count_label.text() == "2 documents"


def test_search_and_sort_run_in_the_database(qtbot, screen):
    screen.table.search_box.setText("0002")
    screen.table.apply_search()
    settle(qtbot, screen)
    assert list_texts(screen, 0) == ["FV2026/0002"]
    screen.table.search_box.setText("")
    screen.table.apply_search()
    screen.model.sort(0)  # by number, ascending
    settle(qtbot, screen)
    assert screen.model.sort_key == "number"
    assert list_texts(screen, 0) == ["FV2026/0001", "FV2026/0002"]


def test_the_detail_shows_lines_and_decimal_totals(qtbot, screen, shop):
    choose(qtbot, screen, "FV2026/0001")
    detail = screen.detail
    document = detail.details.document
    totals = compute_totals(document)
    assert detail.lines_table.rowCount() == len(document.lines) == 3
    assert [detail.lines_table.item(row, 0).text() for row in range(3)] == [
        line.name for line in document.lines
    ]
    gross_cells = [detail.lines_table.item(row, 7).text() for row in range(3)]
    assert gross_cells == [f"{line.gross:,.2f}" for line in totals.lines]
    assert "Total: 3,302.94 CZK" in detail.totals_label.text()
    assert detail.no_jobs_label.isVisible()
    assert not detail.resend_button.isEnabled() and not detail.send_now_button.isEnabled()


def test_sending_to_fakturoid_shows_sent_with_the_remote_number(qtbot, screen, shop):
    choose(qtbot, screen, "FV2026/0001")
    assert [a.text() for a in screen.send_menu.actions()] == ["Fakturoid"]

    send(qtbot, screen, shop.connection_id)

    push = next(j for j in document_jobs(shop.context, shop.document_ids[0]) if j.operation is Operation.PUSH)
    assert push.state is JobState.DONE and push.remote_number
    assert len(remote_invoices(shop.emulator)) == 1
    assert remote_invoices(shop.emulator)[0]["number"] == push.remote_number
    qtbot.waitUntil(lambda: sync_text(screen, "FV2026/0001").startswith("sent"), timeout=10_000)
    assert sync_text(screen, "FV2026/0001") == f"sent to Fakturoid ({push.remote_number})"
    assert sync_text(screen, "FV2026/0002") == "not sent"
    assert screen.status_label.text() == "Sent."
    # The pane lists each job: the push with the service's number, then the archived PDF.
    jobs = screen.detail.jobs_table
    rows = [[jobs.item(row, column).text() for column in range(5)] for row in range(jobs.rowCount())]
    assert rows[0] == ["Fakturoid", "Create the document", "Sent", push.remote_number, "1"]
    assert rows[1][:3] == ["Fakturoid", "Archive the PDF", "Sent"]
    assert not screen.detail.advice_box.isVisible()


def test_a_blocked_account_needs_attention_with_advice_and_resend_sends_it(qtbot, screen, shop):
    shop.emulator.set_blocked(True)
    choose(qtbot, screen, "FV2026/0001")

    send(qtbot, screen, shop.connection_id)

    assert sync_text(screen, "FV2026/0001") == "needs attention — Fakturoid"
    assert remote_invoices(shop.emulator) == []
    detail = screen.detail
    expected = advice(ErrorCategory.PLAN_WITHOUT_API)
    assert detail.advice_box.isVisible()
    assert detail.advice_title.text() == expected.title
    assert detail.advice_cause.text() == f"Why: {expected.cause}"
    assert detail.advice_what_to_do.text() == f"What to do: {expected.what_to_do}"
    assert "unpaid" in detail.error_message.text()  # the service's own words on why it refused
    assert detail.jobs_table.item(0, 2).text() == "Needs attention"
    assert screen.status_label.text() == "Needs attention: see the advice below."
    assert detail.resend_button.isEnabled() and not detail.send_now_button.isEnabled()

    shop.emulator.set_blocked(False)
    with qtbot.waitSignal(screen.sending_finished, timeout=30_000):
        detail.resend_button.click()
    settle(qtbot, screen)

    qtbot.waitUntil(
        lambda: sync_text(screen, "FV2026/0001").startswith("sent to Fakturoid ("), timeout=10_000
    )
    assert len(remote_invoices(shop.emulator)) == 1
    qtbot.waitUntil(lambda: not detail.advice_box.isVisible(), timeout=10_000)
    assert detail.jobs_table.item(0, 2).text() == "Sent"


def test_field_problems_from_a_service_are_shown_on_the_documents_fields(qtbot, screen, shop):
    choose(qtbot, screen, "FV2026/0001")
    details = screen.detail.details
    assert details.jobs == []
    # What a service's 422 leaves on a job, mapped by its connector onto the document's own field paths.
    held = Job(
        id=99,
        document_id=details.document.id,
        connection_id=shop.connection_id,
        operation=Operation.PUSH,
        state=JobState.NEEDS_ATTENTION,
        attempts=1,
        idempotency_key="ID-x",
        remote_id="",
        remote_number="",
        last_error_category="validation_failed",
        last_error_message="Fakturoid rejected some fields",
        field_errors=[
            FieldError("lines[1].vat_rate", "is not included in the list", ""),
            FieldError("buyer.vat_id", "is invalid", "Check the buyer's VAT ID."),
        ],
    )
    screen.detail.show_details(replace(details, jobs=[held]))

    detail = screen.detail
    assert detail.advice_title.text() == advice(ErrorCategory.VALIDATION_FAILED).title
    buyer_problem = detail.findChild(QLabel, "problem_buyer")
    assert buyer_problem.isVisible()
    assert buyer_problem.text() == "⚠ Buyer: VAT ID: is invalid — Check the buyer's VAT ID."
    problem_column = detail.lines_table.columnCount() - 1
    assert not detail.lines_table.isColumnHidden(problem_column)
    assert detail.lines_table.item(1, problem_column).text() == "⚠ VAT rate: is not included in the list"
    assert detail.lines_table.item(0, problem_column).text() == ""
    assert "Line 2: VAT rate: is not included in the list" in detail.field_errors_label.text()
    assert not detail.findChild(QLabel, "problem_number").isVisible()


def test_a_fakturoid_account_without_a_bank_account_points_at_the_sellers_field(qtbot, screen, shop):
    shop.emulator.options["has_bank_account"] = False
    choose(qtbot, screen, "FV2026/0002")

    send(qtbot, screen, shop.connection_id)

    assert sync_text(screen, "FV2026/0002") == "needs attention — Fakturoid"
    seller_problem = screen.detail.findChild(QLabel, "problem_seller")
    assert seller_problem.isVisible()
    assert seller_problem.text().startswith("⚠ Your company: bank account:")
    assert "Settings → Bank accounts" in seller_problem.text()
    assert screen.detail.advice_title.text() == advice(ErrorCategory.VALIDATION_FAILED).title


def test_send_now_sends_a_job_that_waits_for_its_retry(qtbot, screen, shop):
    shop.emulator.faults.inject("status", status=503, method="POST", path=r"/invoices\.json$", times=-1)
    choose(qtbot, screen, "FV2026/0001")

    send(qtbot, screen, shop.connection_id)

    assert sync_text(screen, "FV2026/0001").startswith("waiting — retry at ")
    assert sync_text(screen, "FV2026/0001").endswith(" (Fakturoid)")
    detail = screen.detail
    assert detail.jobs_table.item(0, 2).text().startswith("Waiting to retry — ")
    assert detail.advice_title.text() == advice(ErrorCategory.SERVICE_UNAVAILABLE).title
    assert detail.send_now_button.isEnabled() and not detail.resend_button.isEnabled()
    assert remote_invoices(shop.emulator) == []

    shop.emulator.faults.clear()
    with qtbot.waitSignal(screen.sending_finished, timeout=30_000):
        detail.send_now_button.click()
    settle(qtbot, screen)

    qtbot.waitUntil(
        lambda: sync_text(screen, "FV2026/0001").startswith("sent to Fakturoid ("), timeout=10_000
    )
    assert len(remote_invoices(shop.emulator)) == 1  # looked up first, then created once


def test_a_series_of_one_connection_offers_only_that_connection(qtbot, screen, shop):
    credentials = shop.emulator.demo_credentials()
    other = add_connection(
        shop.context,
        shop.company.id,
        "fakturoid",
        {"slug": credentials["slug"], "email": credentials["email"], "base_url": shop.emulator.base_url},
        {"client_id": credentials["client_id"], "client_secret": credentials["client_secret"]},
    )
    bound = add_series(
        shop.context,
        shop.company.id,
        doc_type=DocumentType.INVOICE,
        pattern="FO{YYYY}-{NNN}",
        connection_id=shop.connection_id,
    )
    order = list_orders(shop.context, shop.company.id, PageRequest(search="WEB-1004")).rows[0]
    issue_from_order(
        shop.context, order.id, doc_type=DocumentType.INVOICE, series_id=bound.id, issue_date=ISSUED_ON
    )
    with qtbot.waitSignal(screen.setup_loaded, timeout=10_000):
        screen.refresh()
    settle(qtbot, screen)

    choose(qtbot, screen, "FO2026-001")

    actions = {a.text(): a for a in screen.send_menu.actions()}
    assert set(actions) == {"Fakturoid", other.name}
    assert actions["Fakturoid"].isEnabled()
    assert not actions[other.name].isEnabled()
    assert actions[other.name].toolTip() == "This document's number series belongs to another connection."
    choose(qtbot, screen, "FV2026/0001")  # a series for any connection: both are offered
    assert all(a.isEnabled() for a in screen.send_menu.actions())


def test_a_romanian_companys_list_and_detail_show_the_e_factura_state(qtbot, tmp_path):
    context = AppContext.open(data_dir=tmp_path / "ro", secrets=SecretStore(MemoryKeyring()))
    seller = add_company(
        context,
        Company(
            name="Exemplu Furnizor SRL",
            address=Address("Strada Memorandumului 1", "Cluj-Napoca", "400114", "RO", "RO-CJ"),
            registration_id="12345674",
            vat_id="RO12345674",
            country=Country.RO,
            default_currency="RON",
        ),
    )
    buyer = Client(
        name="Exemplu Client SA",
        address=Address("Bulevardul Eroilor 5", "Brașov", "500030", "RO", "RO-BV"),
        registration_id="76543210",
        vat_id="RO76543210",
    )
    line = DocumentLine("Servicii de consultanta", Decimal("2"), Decimal("50.00"), Decimal("21"), unit="buc")
    document = Document(
        DocumentType.INVOICE, "FCT-2026-0001", dt.date(2026, 3, 2), seller, buyer, "RON", [line]
    )
    saved = save_document(context, document, company_id=seller.id)
    never_called = lambda *_args: pytest.fail("queuing must not reach ANAF")  # noqa: E731
    EfacturaSubmissions(
        context.database, context.paths.archive_dir, client_for=never_called, validator=never_called
    ).queue(saved.id, environment="test")

    runner = TaskRunner()
    screen = DocumentsScreen(runner)
    qtbot.addWidget(screen)
    screen.show()
    screen.set_context(context)
    screen.set_company(seller.id)
    settle(qtbot, screen)
    try:
        assert sync_text(screen, "FCT-2026-0001") == "e-Factura: queued"
        choose(qtbot, screen, "FCT-2026-0001")
        assert screen.detail.efactura_label.isVisible()
        assert "e-Factura: queued" in screen.detail.efactura_label.text()
        assert not screen.detail.no_jobs_label.isVisible()
    finally:
        runner.wait_for_workers(10_000)
        context.close()
