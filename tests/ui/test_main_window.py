"""The main window over a real database: navigation, company switch, SQL sorting, searching and paging."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from invoicedesk.app.clients import list_clients
from invoicedesk.app.orders import list_orders
from invoicedesk.app.paging import PageRequest
from invoicedesk.ui.main_window import SCREEN_KEYS
from tests.ui.desk import MANY_ORDERS
from tests.ui.window_helpers import displayed, select, settle

EXPECTED_SCREENS = {
    "documents": ("documentsScreen", "S-DOC-1"),
    "orders": ("ordersScreen", "S-ORD-1"),
    "clients": ("clientsScreen", "S-CLI-1"),
    "connections": ("connectionsScreen", "S-CON-1"),
    "efactura": ("eFacturaScreen", "S-EFA-1"),
    "synclog": ("syncLogScreen", "S-LOG-1"),
    "settings": ("settingsScreen", "S-SET-1"),
}


def visible_code(screen) -> str:
    label = screen.findChild(QLabel, "screenCode")
    assert label is not None and label.isVisible()
    return label.text()


def test_navigation_makes_each_screen_current_and_shows_its_code(qtbot, window):
    assert [window.navigation.item(row).text() for row in range(window.navigation.count())] == [
        "Documents",
        "Orders",
        "Clients",
        "Connections",
        "e-Factura",
        "Sync log",
        "Settings",
    ]
    for row, key in enumerate(SCREEN_KEYS):
        item = window.navigation.item(row)
        qtbot.mouseClick(
            window.navigation.viewport(),
            Qt.MouseButton.LeftButton,
            pos=window.navigation.visualItemRect(item).center(),
        )
        current = window.stack.currentWidget()
        object_name, code = EXPECTED_SCREENS[key]
        assert current.objectName() == object_name
        assert visible_code(current) == code
        assert window.current_screen().code == code
    assert len({code for _name, code in EXPECTED_SCREENS.values()}) == len(SCREEN_KEYS)


def test_company_switcher_lists_the_companies_from_the_database(window, desk):
    box = window.company_box
    assert [box.itemText(i) for i in range(box.count())] == ["Alfa s.r.o.", "Beta a.s.", "Gama s.r.o."]
    assert box.isEnabled()
    assert window.import_action.isEnabled()
    assert window.windowTitle().startswith("Alfa s.r.o.")


def test_orders_list_shows_the_imported_orders(window, desk):
    model = window.screens["orders"].model
    expected = list_orders(desk.context, desk.alfa.id, PageRequest(sort="order_date", descending=True))
    assert model.total == expected.total == 4
    assert displayed(model, 0) == [row.external_id for row in expected.rows]
    assert displayed(model, 0) == ["WEB-1004", "WEB-1003", "WEB-1002", "WEB-1001"]
    # Totals come from Decimal and are written the locale's way, with the trailing zeros of storage dropped.
    totals = dict(zip(displayed(model, 0), displayed(model, 7), strict=True))
    assert totals["WEB-1001"] == "3,302.94"
    assert displayed(model, 4)[-1] == "Paid"
    assert window.screens["orders"].table.count_label.text() == "4 orders"


def test_switching_company_switches_the_lists(qtbot, window, desk):
    orders = window.screens["orders"].model
    clients = window.screens["clients"].model
    select(qtbot, window, desk.beta.id)
    assert orders.total == MANY_ORDERS
    assert clients.total == MANY_ORDERS
    assert all(text.startswith("B-") for text in displayed(orders, 0)[:200])
    assert window.screens["orders"].table.count_label.text() == "450 orders"
    select(qtbot, window, desk.alfa.id)
    assert orders.total == 4
    assert sorted(displayed(clients, 0)) == sorted(
        row.name for row in list_clients(desk.context, desk.alfa.id, PageRequest()).rows
    )


def test_an_empty_company_says_what_to_do(qtbot, window, desk):
    select(qtbot, window, desk.empty.id)
    table = window.screens["orders"].table
    assert table.stack.currentWidget() is table.empty_label
    assert table.empty_label.text() == "No orders yet — File ▸ Import orders…"
    clients_table = window.screens["clients"].table
    assert "Import orders" in clients_table.empty_label.text()


def test_clicking_a_header_sorts_in_sql(qtbot, window, desk):
    select(qtbot, window, desk.beta.id)
    screen = window.show_screen("orders")
    model = screen.model
    header = screen.table.view.horizontalHeader()
    total_column = 7
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=header.rect().topLeft() + _section_center(header, total_column),
    )
    settle(qtbot, model)
    assert (model.sort_key, model.descending) == ("total_gross", False)
    ascending = list_orders(desk.context, desk.beta.id, PageRequest(sort="total_gross", limit=200))
    assert displayed(model, 0)[:200] == [row.external_id for row in ascending.rows]

    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=header.rect().topLeft() + _section_center(header, total_column),
    )
    settle(qtbot, model)
    assert (model.sort_key, model.descending) == ("total_gross", True)
    descending = list_orders(
        desk.context, desk.beta.id, PageRequest(sort="total_gross", descending=True, limit=200)
    )
    assert displayed(model, 0)[:200] == [row.external_id for row in descending.rows]


def test_a_column_sql_cannot_sort_keeps_the_current_order(qtbot, window, desk):
    screen = window.show_screen("orders")
    model = screen.model
    header = screen.table.view.horizontalHeader()
    before = displayed(model, 0)
    payment_column = 4
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=header.rect().topLeft() + _section_center(header, payment_column),
    )
    qtbot.wait(50)
    assert model.sort_key in ("", "order_date")
    assert header.sortIndicatorSection() == 1  # the arrow stays on the column really sorted
    assert displayed(model, 0) == before


def test_search_box_filters_in_sql(qtbot, window, desk):
    select(qtbot, window, desk.beta.id)
    screen = window.show_screen("orders")
    model = screen.model
    qtbot.keyClicks(screen.table.search_box, "Buyer 012")
    qtbot.waitUntil(lambda: model.search == "Buyer 012", timeout=5000)
    settle(qtbot, model)
    expected = list_orders(
        desk.context, desk.beta.id, PageRequest(search="Buyer 012", sort="order_date", descending=True)
    )
    assert model.total == expected.total == 10  # Buyer 0120 … 0129
    assert displayed(model, 2) == [row.buyer_name for row in expected.rows]

    screen.table.search_box.setText("no such buyer")
    qtbot.waitUntil(lambda: model.search == "no such buyer", timeout=5000)
    settle(qtbot, model)
    assert model.total == 0
    assert screen.table.empty_label.text() == "No orders match “no such buyer”."


def test_pages_are_fetched_when_the_view_reaches_them(qtbot, window, desk):
    select(qtbot, window, desk.beta.id)
    screen = window.show_screen("orders")
    model = screen.model
    assert model.rowCount() == MANY_ORDERS  # the scroll bar knows the whole length at once
    assert model.row_at(0) is not None
    assert model.row_at(MANY_ORDERS - 1) is None  # not fetched yet; asking for it queues its page
    screen.table.view.scrollToBottom()
    qtbot.waitUntil(lambda: model.row_at(MANY_ORDERS - 1) is not None, timeout=10_000)
    expected = list_orders(
        desk.context, desk.beta.id, PageRequest(offset=400, limit=200, sort="order_date", descending=True)
    )
    last_rows = [model.row_at(row).external_id for row in range(400, MANY_ORDERS)]
    assert last_rows == [row.external_id for row in expected.rows]


def test_status_bar_names_the_data_folder_and_the_secret_store(qtbot, window, desk):
    qtbot.waitUntil(lambda: window.secret_status is not None, timeout=5000)
    assert str(desk.context.paths.data_dir) in window.data_dir_label.text()
    assert window.secrets_label.text() == "Secrets: in memory only — nothing is saved"
    settings = window.show_screen("settings")
    assert settings.secrets_label.text().startswith("In memory only — nothing is saved")
    assert settings.database_label.text() == str(desk.context.database.sqlite_file)


def test_copy_diagnostics_puts_a_redacted_report_on_the_clipboard(qtbot, window):
    QApplication.clipboard().clear()
    window.show_screen("clients")
    window.diagnostics_action.trigger()
    qtbot.waitUntil(lambda: "InvoiceDesk diagnostics" in QApplication.clipboard().text(), timeout=10_000)
    report = QApplication.clipboard().text()
    assert "S-CLI-1" in report


def _section_center(header, column: int):
    from PySide6.QtCore import QPoint

    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    return QPoint(x, header.height() // 2)


def test_a_burst_of_failures_shows_one_message_box(qtbot, window):
    from PySide6.QtWidgets import QMessageBox

    from invoicedesk.ui.signals import emit
    from invoicedesk.ui.tasks import TaskFailure

    for number in range(3):
        emit(window.runner.task_failed, TaskFailure("load", RuntimeError(f"disk error {number}"), ""))
    boxes = [box for box in window.findChildren(QMessageBox, "failureBox") if box.isVisible()]
    assert len(boxes) == 1
    assert boxes[0].text() == "disk error 0"
    boxes[0].button(QMessageBox.StandardButton.Close).click()
    qtbot.waitUntil(lambda: window._error_box is None, timeout=5000)
    emit(window.runner.task_failed, TaskFailure("load", RuntimeError("later error"), ""))
    assert window._error_box is not None and window._error_box.text() == "later error"
    window._error_box.close()
