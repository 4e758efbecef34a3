"""Issuing from the Orders screen (D-ISS-1) and the number series editor (D-SER-1), over a real database."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLabel

from invoicedesk.app.companies import add_company
from invoicedesk.app.context import AppContext
from invoicedesk.app.documents import get_document, list_documents
from invoicedesk.app.order_import import import_orders
from invoicedesk.app.orders import list_orders
from invoicedesk.app.paging import PageRequest
from invoicedesk.app.series import add_series, list_series
from invoicedesk.core.documents import Company, Country, DocumentType
from invoicedesk.core.series import ResetPeriod
from invoicedesk.sandbox.fakturoid import FakturoidEmulator
from invoicedesk.secrets.memory import MemoryKeyring
from invoicedesk.secrets.store import SecretStore
from invoicedesk.ui.dialogs.issue_document import IssueDocumentDialog
from invoicedesk.ui.dialogs.series_editor import SeriesEditorDialog
from invoicedesk.ui.screens.documents import DocumentsScreen
from invoicedesk.ui.tasks import TaskRunner
from tests.ui.desk import SAMPLE_ORDERS
from tests.ui.test_documents_setup import list_texts, open_shop, settle
from tests.ui.window_helpers import displayed

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(scope="module")
def alfa_series(desk):
    """Alfa's invoice series (the sample orders are Alfa's); made once for the module's shared desk."""
    return add_series(desk.context, desk.alfa.id, doc_type=DocumentType.INVOICE, pattern="FV{YYYY}/{NNNN}")


def open_issue_dialog(qtbot, window, external_id: str) -> IssueDocumentDialog:
    orders = window.screens["orders"]
    assert not orders.issue_button.isEnabled()  # nothing chosen yet
    orders.table.view.selectRow(displayed(orders.model, 0).index(external_id))
    assert orders.issue_button.isEnabled()
    qtbot.mouseClick(orders.issue_button, LEFT)
    dialog = orders.issue_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.setup is not None, timeout=10_000)
    return dialog


def test_issuing_from_an_order_puts_the_numbered_document_in_the_list(qtbot, window, desk, alfa_series):
    dialog = open_issue_dialog(qtbot, window, "WEB-1001")
    assert dialog.objectName() == "issueDocumentDialog"
    assert dialog.findChild(QLabel, "screenCode").text() == "D-ISS-1"
    assert dialog.summary.text().startswith("Order WEB-1001 of 3/3/2025 — ")
    assert not dialog.rate_cell.isVisible()  # the order is in the company's own currency
    assert [dialog.series_box.itemData(i) for i in range(dialog.series_box.count())] == [alfa_series.id]
    dialog.date_edit.setDate(QDate(2026, 3, 5))
    dialog.due_spin.setValue(10)

    with qtbot.waitSignal(dialog.issued, timeout=10_000) as issued:
        qtbot.mouseClick(dialog.issue_button, LEFT)
    document = issued.args[0]
    assert document.number == "FV2026/0001"
    assert document.due_date == dt.date(2026, 3, 15)
    assert not dialog.isVisible()

    screen = window.show_screen("documents")
    qtbot.waitUntil(lambda: "FV2026/0001" in list_texts(screen, 0), timeout=10_000)
    row = list_texts(screen, 0).index("FV2026/0001")
    assert list_texts(screen, 1)[row] == "Invoice"
    assert list_texts(screen, 4)[row] == "3,302.94"
    assert list_texts(screen, 6)[row] == "not sent"


def test_a_foreign_currency_order_asks_for_the_rate_and_shows_errors_next_to_it(
    qtbot, window, desk, alfa_series
):
    dialog = open_issue_dialog(qtbot, window, "WEB-1003")  # in EUR; Alfa keeps its books in CZK
    assert dialog.rate_cell.isVisible()
    assert dialog.rate_hint.text() == "CZK for 1 EUR, on the tax point date"

    dialog.issue()  # no rate typed
    assert set(dialog.field_errors()) == {"exchange_rate"}
    assert "“” is not a number." in dialog.field_errors()["exchange_rate"]
    assert dialog.errors["exchange_rate"].isVisible()

    dialog.rate_edit.setText("25.1234567")
    dialog.issue()
    assert "more than 6 decimal places" in dialog.field_errors()["exchange_rate"]

    dialog.rate_edit.setText("25,125")  # as a Czech user types it
    with qtbot.waitSignal(dialog.issued, timeout=10_000) as issued:
        dialog.issue()
    stored = get_document(desk.context, issued.args[0].id)
    assert stored.exchange_rate == Decimal("25.125")
    assert stored.currency == "EUR"


def test_only_series_of_the_chosen_type_are_offered(qtbot, window, desk, alfa_series):
    dialog = open_issue_dialog(qtbot, window, "WEB-1002")
    dialog.type_box.setCurrentIndex(dialog.type_box.findData("proforma"))
    assert dialog.series_box.count() == 0
    assert not dialog.issue_button.isEnabled()
    assert dialog.field_errors()["series_id"] == (
        "⚠ There is no number series for this document type yet. — Add one with “Number series…”."
    )

    proforma = add_series(desk.context, desk.alfa.id, doc_type=DocumentType.PROFORMA, pattern="ZF{YY}{NNN}")
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.reload()
    assert [dialog.series_box.itemData(i) for i in range(dialog.series_box.count())] == [proforma.id]
    assert dialog.issue_button.isEnabled() and "series_id" not in dialog.field_errors()
    dialog.type_box.setCurrentIndex(dialog.type_box.findData("invoice"))
    assert [dialog.series_box.itemData(i) for i in range(dialog.series_box.count())] == [alfa_series.id]
    dialog.reject()


@pytest.fixture
def emulator():
    with FakturoidEmulator(pdf_delay_seconds=0.0) as running:
        yield running


@pytest.fixture
def shop(tmp_path, emulator):
    shop = open_shop(tmp_path, emulator, documents=0)
    yield shop
    shop.context.close()


@pytest.fixture
def series_dialog(qtbot, shop):
    runner = TaskRunner()
    dialog = SeriesEditorDialog(runner, shop.context, shop.company.id, today=dt.date(2026, 3, 1))
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.show()
    yield dialog
    runner.wait_for_workers(10_000)


def test_the_series_editor_refuses_a_pattern_without_a_counter(qtbot, series_dialog):
    dialog = series_dialog
    dialog.pattern_edit.setText("FV{YYYY}")
    assert dialog.pattern_error.isVisible()
    assert dialog.pattern_error.text() == (
        "⚠ The pattern 'FV{YYYY}' has no counter, so every number would be the same — "
        "Add a counter such as {NNNN} (four digits, zero-padded) or {N} (no padding)."
    )
    assert dialog.preview_label.text() == "—"
    assert not dialog.add_button.isEnabled()

    dialog.pattern_edit.setText("FV{YYYY}/{NNNN}")
    assert not dialog.pattern_error.isVisible()
    assert dialog.preview_label.text() == "FV2026/0001"
    assert dialog.add_button.isEnabled()


def test_a_reset_the_pattern_cannot_keep_is_shown_at_the_reset_field(qtbot, series_dialog):
    dialog = series_dialog
    dialog.pattern_edit.setText("{YYYY}-{NNN}")
    assert dialog.preview_label.text() == "2026-001"
    dialog.reset_box.setCurrentIndex(dialog.reset_box.findData(ResetPeriod.MONTHLY.value))
    assert dialog.reset_error.isVisible() and not dialog.pattern_error.isVisible()
    assert dialog.reset_error.text().startswith("⚠ A monthly reset needs the month in the pattern")
    assert not dialog.add_button.isEnabled()
    dialog.pattern_edit.setText("{YYYY}{MM}-{NNN}")
    assert dialog.preview_label.text() == "202603-001"


def test_adding_a_series_for_one_connection_stores_and_lists_it(qtbot, series_dialog, shop):
    dialog = series_dialog
    assert dialog.findChild(QLabel, "screenCode").text() == "D-SER-1"
    assert dialog.table.rowCount() == 1  # the shop's invoice series
    connections = [dialog.connection_box.itemText(i) for i in range(dialog.connection_box.count())]
    assert connections == ["Any connection", "Fakturoid"]
    dialog.type_box.setCurrentIndex(dialog.type_box.findData("proforma"))
    dialog.name_edit.setText("Proformas for Fakturoid")
    dialog.pattern_edit.setText("ZF{YYYY}-{NNN}")
    dialog.connection_box.setCurrentIndex(dialog.connection_box.findData(shop.connection_id))

    with qtbot.waitSignal(dialog.series_added, timeout=10_000) as added:
        qtbot.mouseClick(dialog.add_button, LEFT)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=10_000)

    info = added.args[0]
    assert info in list_series(shop.context, shop.company.id)
    assert (info.doc_type, info.pattern, info.connection_id) == (
        DocumentType.PROFORMA,
        "ZF{YYYY}-{NNN}",
        shop.connection_id,
    )
    row = [dialog.table.item(1, column).text() for column in range(5)]
    assert row == ["Proforma", "Proformas for Fakturoid", "ZF{YYYY}-{NNN}", "every year", "Fakturoid"]
    assert dialog.pattern_edit.text() == "" and not dialog.add_button.isEnabled()


def test_the_series_editor_opens_from_the_documents_screen(qtbot, shop):
    runner = TaskRunner()
    screen = DocumentsScreen(runner)
    qtbot.addWidget(screen)
    screen.show()
    with qtbot.waitSignal(screen.setup_loaded, timeout=10_000):
        screen.set_context(shop.context)
        screen.set_company(shop.company.id)
    settle(qtbot, screen)
    assert list_texts(screen, 0) == []
    assert "Issue document…" in screen.table.empty_label.text()

    qtbot.mouseClick(screen.series_button, LEFT)
    dialog = screen.series_dialog
    assert dialog is not None and dialog.isVisible() and dialog.objectName() == "seriesEditorDialog"
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10_000)
    dialog.accept()
    runner.wait_for_workers(10_000)


def test_problems_of_the_order_itself_are_listed_with_their_line_and_nothing_is_issued(qtbot, tmp_path):
    context = AppContext.open(data_dir=tmp_path / "data", secrets=SecretStore(MemoryKeyring()))
    company = add_company(
        context,
        Company(name="Neplátce s.r.o.", country=Country.CZ, registration_id="45678901", is_vat_payer=False),
    )
    assert not import_orders(context, SAMPLE_ORDERS, company.id).problems  # its orders charge VAT
    add_series(context, company.id, doc_type=DocumentType.INVOICE, pattern="F{NNN}", reset=ResetPeriod.NEVER)
    order = list_orders(context, company.id, PageRequest(search="WEB-1001")).rows[0]
    runner = TaskRunner()
    dialog = IssueDocumentDialog(runner, context, order.id)
    qtbot.addWidget(dialog)
    try:
        with qtbot.waitSignal(dialog.loaded, timeout=10_000):
            dialog.show()
        with qtbot.waitSignal(dialog.failed, timeout=10_000):
            dialog.issue()

        shown = dialog.field_errors()
        assert set(shown) == {"order"}  # no form field is at fault
        lines = shown["order"].splitlines()
        assert lines[0] == "Fix the order first:"
        assert lines[1].startswith(
            "• Line 1: VAT rate: Neplátce s.r.o. is not a VAT payer and cannot charge 12"
        )
        assert len(lines) == 4  # each of the order's three lines
        assert dialog.isVisible() and dialog.issue_button.isEnabled()  # the user can fix and try again
        assert list_documents(context, company.id, PageRequest()).total == 0
    finally:
        runner.wait_for_workers(10_000)
        context.close()
