"""The Connections screen (S-CON-1) and the payment-method grid (D-PAY-1), over a database and an emulator."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QMessageBox

from invoicedesk.app.activation import activate
from invoicedesk.app.connections import ConnectionInfo, add_connection, delete_connection, list_connections
from invoicedesk.app.payment_mappings import MAX_FREE_TEXT, mapping_grid
from invoicedesk.connectors import fakturoid, registry
from invoicedesk.connectors.contract import ServiceSpec
from invoicedesk.sandbox.fakturoid import FakturoidEmulator
from invoicedesk.ui.dialogs.payment_mapping import PaymentMappingDialog, PaymentMappingGrid
from invoicedesk.ui.screens.connections import LAST_ACTIVATE, PLAN, ConnectionsScreen
from invoicedesk.ui.tasks import TaskRunner
from tests.ui.test_connections_support import Office, open_office

FAKTUROID_CODES = {method.code for method in fakturoid.fixed_payment_methods()}


@pytest.fixture(scope="module")
def office(tmp_path_factory) -> Iterator[Office]:
    office = open_office(tmp_path_factory.mktemp("office"))
    yield office
    office.context.close()


@pytest.fixture(scope="module")
def emulator() -> Iterator[FakturoidEmulator]:
    with FakturoidEmulator(pdf_delay_seconds=0.0) as running:
        yield running


@pytest.fixture(autouse=True)
def no_connections_left(office, emulator):
    yield
    emulator.set_blocked(False)
    for company in (office.company, office.slovak):
        for connection in list_connections(office.context, company.id):
            delete_connection(office.context, connection.id)


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.wait_for_workers(10_000)


def fakturoid_connection(office: Office, emulator: FakturoidEmulator, *, name: str = "") -> ConnectionInfo:
    credentials = emulator.demo_credentials()
    return add_connection(
        office.context, office.company.id, "fakturoid",
        {"slug": credentials["slug"], "email": credentials["email"], "base_url": emulator.base_url},
        {"client_id": credentials["client_id"], "client_secret": credentials["client_secret"]},
        name=name)


def open_screen(qtbot, office: Office, runner: TaskRunner, company_id: int | None = None
                ) -> ConnectionsScreen:
    screen = ConnectionsScreen(runner)
    qtbot.addWidget(screen)
    screen.resize(1000, 640)
    screen.show()
    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        screen.set_context(office.context)
        screen.set_company(company_id or office.company.id)
    return screen


def cell(screen: ConnectionsScreen, row: int, column: int) -> str:
    return screen.table.item(row, column).text()


def test_an_empty_company_is_told_how_to_add_a_connection(qtbot, office, runner):
    screen = open_screen(qtbot, office, runner)
    assert screen.objectName() == "connectionsScreen" and screen.code == "S-CON-1"
    assert screen.list_stack.currentWidget() is screen.empty_label
    assert "Add…" in screen.empty_label.text()
    assert screen.add_button.isEnabled()
    for button in (screen.activate_button, screen.mapping_button, screen.remove_button):
        assert not button.isEnabled()


def test_the_list_shows_each_connection_with_its_last_activate(qtbot, office, runner, emulator):
    never = fakturoid_connection(office, emulator, name="Not yet")
    worked = fakturoid_connection(office, emulator, name="Main")
    activate(office.context, worked.id)
    screen = open_screen(qtbot, office, runner)
    assert [row.connection.id for row in screen.rows] == [never.id, worked.id]
    assert cell(screen, 0, LAST_ACTIVATE) == "Not activated yet" and cell(screen, 0, PLAN) == ""
    assert cell(screen, 1, LAST_ACTIVATE) == "Worked" and cell(screen, 1, PLAN) == "Kompletní"
    assert cell(screen, 1, LAST_ACTIVATE + 1)  # when

    screen.select_connection(worked.id)
    assert screen.summary_view.isVisible()
    assert "Sandbox Firma s.r.o." in screen.summary_view.texts()
    screen.select_connection(never.id)
    assert not screen.summary_view.isVisible() and "not been activated" in screen.detail_label.text()


def test_activate_again_shows_a_failure_with_its_advice_and_then_a_success(qtbot, office, runner, emulator):
    connection = fakturoid_connection(office, emulator)
    screen = open_screen(qtbot, office, runner)
    screen.select_connection(connection.id)

    with qtbot.waitSignal(screen.activation_finished, timeout=20_000):
        qtbot.mouseClick(screen.activate_button, Qt.MouseButton.LeftButton)
        assert cell(screen, 0, LAST_ACTIVATE) == "Activating…" and not screen.activate_button.isEnabled()
    qtbot.waitUntil(lambda: cell(screen, 0, LAST_ACTIVATE) == "Worked", timeout=10_000)
    assert cell(screen, 0, PLAN) == "Kompletní"

    emulator.set_blocked(True)  # an unpaid Fakturoid bill: every account request answers 402
    with qtbot.waitSignal(screen.activation_finished, timeout=20_000):
        qtbot.mouseClick(screen.activate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: cell(screen, 0, LAST_ACTIVATE).startswith("Failed"), timeout=10_000)
    assert cell(screen, 0, LAST_ACTIVATE) == "Failed: The account's plan does not allow this through the API"
    assert cell(screen, 0, PLAN) == "Kompletní"  # what the last success learned stays
    advice = screen.advice_view.texts()
    assert screen.advice_view.isVisible()
    assert "What to do: Sign in to the service's website" in advice
    assert "unpaid" in advice  # Fakturoid's own detail

    emulator.set_blocked(False)
    with qtbot.waitSignal(screen.activation_finished, timeout=20_000):
        qtbot.mouseClick(screen.activate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: cell(screen, 0, LAST_ACTIVATE) == "Worked", timeout=10_000)
    assert not screen.advice_view.isVisible()


def test_remove_asks_first_and_then_forgets_the_connection(qtbot, office, runner, emulator):
    connection = fakturoid_connection(office, emulator)
    screen = open_screen(qtbot, office, runner)
    screen.select_connection(connection.id)
    screen.remove_selected()
    box = screen.remove_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    keep = next(b for b in box.buttons() if box.buttonRole(b) is QMessageBox.ButtonRole.RejectRole)
    qtbot.mouseClick(keep, Qt.MouseButton.LeftButton)
    assert [c.id for c in list_connections(office.context, office.company.id)] == [connection.id]

    screen.remove_selected()
    box = screen.remove_box
    remove = next(b for b in box.buttons() if box.buttonRole(b) is QMessageBox.ButtonRole.DestructiveRole)
    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert list_connections(office.context, office.company.id) == []
    assert screen.rows == [] and screen.list_stack.currentWidget() is screen.empty_label


def test_the_companies_are_kept_apart(qtbot, office, runner, emulator):
    fakturoid_connection(office, emulator)
    screen = open_screen(qtbot, office, runner, office.slovak.id)
    assert screen.rows == []
    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        screen.set_company(office.company.id)
    assert len(screen.rows) == 1


# ---- D-PAY-1 -----------------------------------------------------------------------------------------------

def open_grid(qtbot, office, runner, connection: ConnectionInfo) -> PaymentMappingDialog:
    dialog = PaymentMappingDialog(runner, office.context, connection)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.grid.loaded, timeout=10_000):
        dialog.show()
    return dialog


def test_the_grid_offers_only_the_services_codes_and_saves_a_choice(qtbot, office, runner, emulator):
    connection = fakturoid_connection(office, emulator)
    dialog = open_grid(qtbot, office, runner, connection)
    assert dialog.objectName() == "paymentMappingDialog" and dialog.header.code == "D-PAY-1"
    grid = dialog.grid
    rows = mapping_grid(office.context, connection.id)
    assert grid.table.rowCount() == len(rows)
    for row in rows:
        combo = grid.editor(row.local_code)
        assert isinstance(combo, QComboBox)
        offered = {combo.itemData(i) for i in range(combo.count())}
        assert offered == FAKTUROID_CODES | {""}  # "" is "the default" / "not mapped": nothing invalid
    assert grid.needs_mapping() == ["online_gateway"]
    assert grid.status_text("online_gateway") == "Needs mapping"
    assert grid.editor("online_gateway").currentText() == "Not mapped: choose one"
    assert grid.status_text("bank_transfer") == "Default"
    assert grid.editor("bank_transfer").currentText() == "Default: Bank transfer"
    assert "1 payment method needs mapping" in grid.summary_label.text()

    gateway = grid.editor("online_gateway")
    with qtbot.waitSignal(grid.saved, timeout=10_000):
        gateway.setCurrentIndex(gateway.findData("card"))
    saved = {row.local_code: row for row in mapping_grid(office.context, connection.id)}
    assert saved["online_gateway"].remote_code == "card"
    assert grid.status_text("online_gateway") == "Your choice" and grid.needs_mapping() == []
    assert "Every payment method" in grid.summary_label.text()

    with qtbot.waitSignal(grid.saved, timeout=10_000):  # back to "not mapped": the choice is forgotten
        gateway.setCurrentIndex(0)
    saved = {row.local_code: row for row in mapping_grid(office.context, connection.id)}
    assert saved["online_gateway"].remote_code == "" and grid.needs_mapping() == ["online_gateway"]


def test_the_screen_opens_the_grid_of_the_selected_connection(qtbot, office, runner, emulator):
    connection = fakturoid_connection(office, emulator)
    screen = open_screen(qtbot, office, runner)
    screen.select_connection(connection.id)
    qtbot.mouseClick(screen.mapping_button, Qt.MouseButton.LeftButton)
    dialog = screen.mapping_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.grid.data is not None, timeout=10_000)
    assert dialog.grid.data.connection.id == connection.id
    dialog.close()


@pytest.fixture
def other_service(monkeypatch):
    """Register a made-up service whose payment methods come from another source, for one test."""
    spec_of_fakturoid = registry.spec("fakturoid")

    def register(service_id: str, source: str) -> ServiceSpec:
        import dataclasses

        spec = dataclasses.replace(
            spec_of_fakturoid, id=service_id, display_name=service_id.title(),
            capabilities=dataclasses.replace(spec_of_fakturoid.capabilities, payment_methods=source))
        monkeypatch.setitem(registry._ENTRIES, service_id,
                            registry.ServiceEntry(spec, registry.entry("fakturoid").build))
        return spec

    return register


def test_a_free_text_service_gets_a_line_edit_of_the_services_length(qtbot, office, runner, emulator,
                                                                     other_service):
    other_service("textova", "free_text")
    credentials = emulator.demo_credentials()
    connection = add_connection(
        office.context, office.company.id, "textova",
        {"slug": credentials["slug"], "email": credentials["email"], "base_url": emulator.base_url},
        {"client_id": "x-123456", "client_secret": "y-123456"})
    dialog = open_grid(qtbot, office, runner, connection)
    grid: PaymentMappingGrid = dialog.grid
    line = grid.editor("online_gateway")
    assert isinstance(line, QLineEdit) and line.maxLength() == MAX_FREE_TEXT
    assert grid.status_text("online_gateway") == "Needs mapping"
    qtbot.keyClicks(line, "Platebni brana GoPay")
    with qtbot.waitSignal(grid.saved, timeout=10_000):
        qtbot.keyClick(line, Qt.Key.Key_Return)
    saved = {row.local_code: row for row in mapping_grid(office.context, connection.id)}
    assert saved["online_gateway"].remote_code == "Platebni brana GoPay"
    assert dialog.isVisible()  # Enter saved the name; it did not close the dialog


def test_a_standard_code_service_shows_the_codes_read_only(qtbot, office, runner, emulator, other_service):
    other_service("kodova", "standard_code")
    credentials = emulator.demo_credentials()
    connection = add_connection(
        office.context, office.company.id, "kodova",
        {"slug": credentials["slug"], "email": credentials["email"], "base_url": emulator.base_url},
        {"client_id": "x-123456", "client_secret": "y-123456"})
    dialog = open_grid(qtbot, office, runner, connection)
    grid = dialog.grid
    code = grid.editor("bank_transfer")
    assert isinstance(code, QLabel) and code.text() == "30"
    assert grid.needs_mapping() == [] and grid.status_text("cash") == "Standard code"
    assert not grid.findChildren(QComboBox) and not grid.findChildren(QLineEdit)
