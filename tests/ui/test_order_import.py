"""File ▸ Import orders…: the import runs on a worker, then a dialog reports counts or every problem."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from invoicedesk.app.companies import add_company
from invoicedesk.app.orders import list_orders
from invoicedesk.app.paging import PageRequest
from invoicedesk.core.documents import Company, Country
from invoicedesk.ui.order_import import ImportResultDialog, OrderImport
from invoicedesk.ui.tasks import TaskRunner
from tests.ui.desk import BAD_ORDERS, SAMPLE_ORDERS
from tests.ui.window_helpers import displayed, select, settle


def new_company(desk, name: str, registration_id: str) -> Company:
    # Each test imports into its own company, so tests do not see each other's orders.
    return add_company(desk.context, Company(name=name, country=Country.CZ, registration_id=registration_id))


@pytest.fixture
def importer(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    runner = TaskRunner()
    yield OrderImport(runner, parent)
    runner.wait_for_workers(10_000)


def test_a_good_file_is_imported_and_counted_and_a_second_import_adds_nothing(qtbot, desk, importer):
    fresh_company = new_company(desk, "Import good", "12345679")
    with qtbot.waitSignal(importer.finished, timeout=10_000) as done:
        importer.start(desk.context, fresh_company.id, SAMPLE_ORDERS)
    assert importer.running is False
    result = done.args[0]
    assert (result.orders_created, result.orders_already_present, result.problems) == (4, 0, [])
    dialog = importer.result_dialog
    assert isinstance(dialog, ImportResultDialog) and dialog.isVisible()
    assert dialog.problems_table is None
    assert dialog.summary.text().splitlines() == [
        "Imported from orders-sample.csv:",
        "4 new orders",
        "0 orders were already there and were left as they are",
        "7 order lines read",
    ]
    assert list_orders(desk.context, fresh_company.id, PageRequest()).total == 4
    dialog.close()

    with qtbot.waitSignal(importer.finished, timeout=10_000) as again:
        importer.start(desk.context, fresh_company.id, SAMPLE_ORDERS)
    assert (again.args[0].orders_created, again.args[0].orders_already_present) == (0, 4)
    assert "4 orders were already there" in importer.result_dialog.summary.text()
    importer.result_dialog.close()


def test_a_bad_file_imports_nothing_and_lists_each_problem_with_its_fix(qtbot, desk, importer):
    fresh_company = new_company(desk, "Import bad", "76543218")
    with qtbot.waitSignal(importer.finished, timeout=10_000):
        importer.start(desk.context, fresh_company.id, BAD_ORDERS)
    dialog = importer.result_dialog
    assert dialog.windowTitle() == "Orders were not imported"
    assert dialog.summary.text().startswith("Nothing was imported from orders-bad-row.csv: it has 1 problem.")
    table = dialog.problems_table
    assert table is not None and table.rowCount() == 1
    headers = [table.horizontalHeaderItem(column).text() for column in range(table.columnCount())]
    assert headers == ["File", "Row", "Field", "Problem", "What to do"]
    cells = [table.item(0, column).text() for column in range(table.columnCount())]
    assert cells[:3] == ["orders-bad-row.csv", "5", "line_vat_rate"]
    assert "15 %" in cells[3]
    assert cells[4].startswith("Use 21 %")
    assert list_orders(desk.context, fresh_company.id, PageRequest()).total == 0  # nothing half-imported
    dialog.close()


def test_the_lists_show_the_new_orders_after_an_import(qtbot, desk, window):
    fresh_company = new_company(desk, "Import window", "45678901")
    window.reload_companies()
    qtbot.waitUntil(lambda: window.company_box.findData(fresh_company.id) >= 0, timeout=10_000)
    select(qtbot, window, fresh_company.id)
    orders = window.screens["orders"].model
    assert orders.total == 0
    with qtbot.waitSignal(window.order_import.finished, timeout=10_000):
        window.order_import.start(desk.context, fresh_company.id, SAMPLE_ORDERS)
    settle(qtbot, orders)
    assert sorted(displayed(orders, 0)) == ["WEB-1001", "WEB-1002", "WEB-1003", "WEB-1004"]
    clients = window.screens["clients"].model
    settle(qtbot, clients)
    assert clients.total == 4
    window.order_import.result_dialog.close()
