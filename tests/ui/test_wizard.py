"""The setup wizard against the Fakturoid emulator: the whole way through, and the ways Activate fails."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTableWidget,
    QWidget,
)

from invoicedesk.app.activation import activation_facts
from invoicedesk.app.connections import delete_connection, get_connection, list_connections
from invoicedesk.app.payment_mappings import mapping_grid
from invoicedesk.connectors.anaf.spec import SPEC as ANAF_SPEC
from invoicedesk.sandbox.fakturoid import FakturoidEmulator
from invoicedesk.ui.screens.connections import ConnectionsScreen
from invoicedesk.ui.tasks import TaskRunner
from invoicedesk.ui.wizard.flow import ActivationPhase, ProblemKind, Step
from invoicedesk.ui.wizard.setup_wizard import SetupWizard
from tests.ui.test_connections_support import Office, open_office

ACTIVATE_TIMEOUT_MS = 20_000


@pytest.fixture(scope="module")
def emulator() -> Iterator[FakturoidEmulator]:
    with FakturoidEmulator(pdf_delay_seconds=0.0, extra_slugs=("druha-firma",)) as running:
        yield running


@pytest.fixture(scope="module")
def office(tmp_path_factory) -> Iterator[Office]:
    office = open_office(tmp_path_factory.mktemp("office"))
    yield office
    office.context.close()


@pytest.fixture(autouse=True)
def no_connections_left(office, emulator):
    yield
    emulator.faults.clear()
    emulator.set_blocked(False)
    for connection in list_connections(office.context, office.company.id):
        delete_connection(office.context, connection.id)


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.wait_for_workers(10_000)


@pytest.fixture
def screen(qtbot, office, runner) -> ConnectionsScreen:
    """The Connections screen over the Czech company, as the main window sets it up."""
    screen = ConnectionsScreen(runner)
    qtbot.addWidget(screen)
    screen.resize(1000, 640)
    screen.show()
    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        screen.set_context(office.context)
        screen.set_company(office.company.id)
    return screen


@pytest.fixture
def wizard(office, runner) -> Iterator[SetupWizard]:
    wizard = SetupWizard(runner, office.context, office.company)
    wizard.show()
    yield wizard
    if shiboken6.isValid(wizard):  # a finished wizard deletes itself
        wizard.close()


def click(qtbot, button: QAbstractButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_into(qtbot, wizard: SetupWizard, name: str, text: str) -> None:
    line = wizard.credentials_page.editor(name).line_edit
    assert line is not None
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Delete)
    qtbot.keyClicks(line, text)


def fill_credentials(qtbot, wizard: SetupWizard, emulator: FakturoidEmulator, **overrides: str) -> None:
    """From the service step to the Activate step, typing as a user would."""
    wizard.service_page.choose("fakturoid")
    click(qtbot, wizard.next_button)
    assert wizard.code == "W-FAK-2"
    click(qtbot, wizard.next_button)
    assert wizard.code == "W-FAK-3"
    values = {**emulator.demo_credentials(), **overrides}
    for name in ("slug", "email", "client_id", "client_secret"):
        type_into(qtbot, wizard, name, values[name])
    page = wizard.credentials_page
    assert not page.advanced_shown and not page.editor("base_url").isVisible()
    click(qtbot, page.advanced_button)  # the API address is an advanced field
    assert page.advanced_shown and page.editor("base_url").isVisible()
    type_into(qtbot, wizard, "base_url", emulator.base_url)
    click(qtbot, wizard.next_button)
    assert wizard.code == "W-FAK-4"


def activate(qtbot, wizard: SetupWizard) -> None:
    with qtbot.waitSignal(wizard.activation_finished, timeout=ACTIVATE_TIMEOUT_MS):
        click(qtbot, wizard.activate_page.activate_button)


def shown_texts() -> str:
    """Every text any widget shows or holds: labels, fields, buttons, combo items, table and list cells."""
    texts: list[str] = []
    for widget in QApplication.allWidgets():
        texts += [widget.windowTitle(), widget.toolTip()]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QLineEdit):
            texts += [widget.text(), widget.placeholderText()]
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QTableWidget):
            texts += [widget.item(r, c).text() for r in range(widget.rowCount())
                      for c in range(widget.columnCount()) if widget.item(r, c) is not None]
        elif isinstance(widget, QListWidget):
            texts += [widget.item(r).text() for r in range(widget.count())]
    return "\n".join(texts)


def test_the_whole_way_from_the_connections_screen_to_a_listed_connection_with_its_plan(qtbot, screen, office,
                                                                                         emulator):
    assert screen.list_stack.currentWidget() is screen.empty_label
    click(qtbot, screen.add_button)
    wizard = screen.wizard
    assert wizard is not None and wizard.isVisible() and wizard.code == "W-CON-1"
    offered = [wizard.service_page.service_list.item(i).text()
               for i in range(wizard.service_page.service_list.count())]
    assert len(offered) == 1 and offered[0].startswith("Fakturoid")
    assert ANAF_SPEC.display_name in wizard.service_page.elsewhere_label.text()

    fill_credentials(qtbot, wizard, emulator)
    summary = wizard.activate_page.summary_host
    assert "sandbox-firma" in "\n".join(label.text() for label in summary.findChildren(QLabel))
    activate(qtbot, wizard)
    assert wizard.flow.phase is ActivationPhase.SUCCEEDED
    shown = wizard.activate_page.result_view.texts()
    assert "Sandbox Firma s.r.o." in shown and "Kompletní" in shown and "CZK" in shown
    assert "VAT payer" in shown  # the code is put into words
    assert not wizard.back_button.isEnabled()  # saved: the access details stay as Activate proved them

    click(qtbot, wizard.next_button)
    assert wizard.code == "W-FAK-5"
    grid = wizard.options_page.grid
    qtbot.waitUntil(lambda: grid.data is not None, timeout=10_000)
    assert grid.needs_mapping() == ["online_gateway"]
    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        click(qtbot, wizard.finish_button)

    assert [row.connection.service for row in screen.rows] == ["fakturoid"]
    cells = [screen.table.item(0, column).text() for column in range(screen.table.columnCount())]
    assert cells[:5] == ["Fakturoid", "Fakturoid", "Sandbox Firma s.r.o.", "Kompletní", "Worked"]
    saved = get_connection(office.context, screen.rows[0].connection.id)
    assert saved.settings["slug"] == "sandbox-firma" and saved.settings["base_url"] == emulator.base_url


def test_secrets_never_show_in_any_widget_once_saved(qtbot, screen, emulator):
    credentials = emulator.demo_credentials()
    click(qtbot, screen.add_button)
    wizard = screen.wizard
    assert wizard is not None
    fill_credentials(qtbot, wizard, emulator)
    secret_line = wizard.credentials_page.editor("client_secret").line_edit
    assert secret_line.echoMode() is QLineEdit.EchoMode.Password
    with qtbot.waitSignal(screen.loaded, timeout=ACTIVATE_TIMEOUT_MS):  # the list behind shows it too
        activate(qtbot, wizard)
    assert wizard.flow.phase is ActivationPhase.SUCCEEDED and len(screen.rows) == 1
    texts = shown_texts()  # the wizard's summary and result, its emptied fields, the list behind it
    assert credentials["client_secret"] not in texts
    assert credentials["client_id"] not in texts
    assert secret_line.text() == "" and "Entered" in secret_line.placeholderText()

    click(qtbot, wizard.next_button)
    qtbot.waitUntil(lambda: wizard.options_page.grid.data is not None, timeout=10_000)
    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        click(qtbot, wizard.finish_button)
    assert screen.summary_view.isVisible()  # the selected connection's account, plan, …
    texts = shown_texts()
    assert credentials["client_secret"] not in texts and credentials["client_id"] not in texts


def test_a_wrong_secret_brings_back_the_credentials_step_with_the_secret_marked(qtbot, wizard, office,
                                                                                emulator):
    fill_credentials(qtbot, wizard, emulator, client_secret="this-secret-is-wrong")
    activate(qtbot, wizard)

    assert wizard.flow.step is Step.CREDENTIALS and wizard.code == "W-FAK-3"
    page = wizard.credentials_page
    assert page.isVisible()
    secret = page.editor("client_secret")
    assert secret.is_marked and secret.problem.kind is ProblemKind.REFUSED
    assert secret.problem_label.isVisible() and "did not accept" in secret.problem_label.text()
    assert page.advice_view.isVisible()
    advice = page.advice_view.texts()
    assert "The service did not accept the access details" in advice
    assert "API v3 access details are generated" in advice  # an unticked prerequisite, named as a cause
    assert not page.editor("slug").is_marked
    # A connection that does not work is not kept.
    assert list_connections(office.context, office.company.id) == []

    # The fix: the right secret, then Activate again.
    type_into(qtbot, wizard, "client_secret", emulator.demo_credentials()["client_secret"])
    assert not secret.is_marked
    click(qtbot, wizard.next_button)
    assert wizard.activate_page.activate_button.text() == "Activate again"
    activate(qtbot, wizard)
    assert wizard.flow.phase is ActivationPhase.SUCCEEDED
    assert len(list_connections(office.context, office.company.id)) == 1


def test_an_unknown_account_name_marks_it_and_names_the_usable_accounts(qtbot, wizard, office, emulator):
    fill_credentials(qtbot, wizard, emulator, slug="neznama-firma")
    activate(qtbot, wizard)

    assert wizard.flow.step is Step.CREDENTIALS
    page = wizard.credentials_page
    assert page.editor("slug").is_marked
    assert page.editor("slug").problem.kind is ProblemKind.NOT_FOUND
    assert not page.editor("client_secret").is_marked
    advice = page.advice_view.texts()
    assert "The account or address was not found" in advice
    assert "sandbox-firma" in advice and "druha-firma" in advice  # the accounts these credentials can use
    assert list_connections(office.context, office.company.id) == []


def test_cancel_while_activate_runs_keeps_nothing(qtbot, office, runner, emulator):
    wizard = SetupWizard(runner, office.context, office.company)
    wizard.show()
    fill_credentials(qtbot, wizard, emulator)
    emulator.faults.inject("slow", path="user.json", delay=0.6)
    changed: list[bool] = []
    wizard.connections_changed.connect(lambda: changed.append(True))
    click(qtbot, wizard.activate_page.activate_button)
    assert wizard.busy and wizard.activate_page.busy_bar.isVisible()
    assert not wizard.back_button.isEnabled() and not wizard.next_button.isEnabled()
    # Cancel once the connection is saved and its Activate waits on the service.
    qtbot.waitUntil(lambda: not emulator.faults.pending(), timeout=ACTIVATE_TIMEOUT_MS)
    assert len(list_connections(office.context, office.company.id)) == 1
    click(qtbot, wizard.cancel_button)
    assert not wizard.isVisible()
    qtbot.waitUntil(lambda: bool(changed), timeout=ACTIVATE_TIMEOUT_MS)
    assert list_connections(office.context, office.company.id) == []


def test_the_options_step_saves_the_chosen_series_and_keeps_the_payment_mapping(qtbot, wizard, office,
                                                                                 emulator):
    fill_credentials(qtbot, wizard, emulator)
    activate(qtbot, wizard)
    click(qtbot, wizard.next_button)
    page = wizard.options_page
    series = page.combos["number_format_id"]
    assert series.itemData(0) == "" and series.count() == 2  # the service's default, and the one format
    remote_id = series.itemData(1)
    assert "#yyyy#-#dddd#" in series.itemText(1)
    banks = page.combos["bank_account_id"]
    assert banks.count() == 2

    grid = page.grid
    qtbot.waitUntil(lambda: grid.data is not None, timeout=10_000)
    gateway = grid.editor("online_gateway")
    with qtbot.waitSignal(grid.saved, timeout=10_000):
        gateway.setCurrentIndex(gateway.findData("card"))

    series.setCurrentIndex(1)
    assert wizard.flow.options_changed()
    destroyed: list[bool] = []
    wizard.destroyed.connect(lambda: destroyed.append(True))
    with qtbot.waitSignal(wizard.connections_changed, timeout=ACTIVATE_TIMEOUT_MS):
        click(qtbot, wizard.finish_button)

    [connection] = list_connections(office.context, office.company.id)
    assert connection.settings["number_format_id"] == remote_id
    assert connection.name == "Fakturoid"
    rows = {row.local_code: row for row in mapping_grid(office.context, connection.id)}
    assert rows["online_gateway"].remote_code == "card"  # carried over to the saved connection
    facts = activation_facts(office.context, connection.id)
    assert facts is not None and facts.plan == "Kompletní"
    qtbot.waitUntil(lambda: bool(destroyed), timeout=5_000)  # the wizard cleans itself up


def test_every_step_has_a_stable_object_name(wizard):
    names = [page.objectName() for page in wizard.pages.values()]
    assert names == ["wizardServicePage", "wizardPrerequisitesPage", "wizardCredentialsPage",
                     "wizardActivatePage", "wizardOptionsPage"]
    assert wizard.objectName() == "connectionWizard"
    assert isinstance(wizard.current_page(), QWidget) and wizard.current_page().objectName() == names[0]


def test_a_failed_activate_after_finish_keeps_the_saved_options_and_says_why(qtbot, wizard, office, emulator):
    fill_credentials(qtbot, wizard, emulator)
    activate(qtbot, wizard)
    click(qtbot, wizard.next_button)
    banks = wizard.options_page.combos["bank_account_id"]
    bank_id = banks.itemData(1)
    banks.setCurrentIndex(1)
    emulator.set_blocked(True)
    try:
        with qtbot.waitSignal(wizard.activation_finished, timeout=ACTIVATE_TIMEOUT_MS):
            click(qtbot, wizard.finish_button)
    finally:
        emulator.set_blocked(False)

    assert wizard.isVisible() and wizard.code == "W-FAK-5"  # still there, saying what happened
    page = wizard.options_page
    assert page.advice_view.isVisible()
    assert "The account's plan does not allow this through the API" in page.advice_view.texts()
    [connection] = list_connections(office.context, office.company.id)
    assert connection.id == wizard.flow.connection_id
    assert connection.settings["bank_account_id"] == bank_id  # the choice is saved all the same
    assert activation_facts(office.context, connection.id) is None  # not proven yet: the list says so
    assert not wizard.flow.options_changed()
    click(qtbot, wizard.finish_button)  # nothing left to save: Finish closes
    assert not wizard.isVisible()


def test_a_company_of_a_country_without_a_service_of_its_own_is_offered_the_others(qtbot, office, runner):
    wizard = SetupWizard(runner, office.context, office.slovak)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.service_page
    assert "SK" in page.intro_label.text() and "no service" in page.intro_label.text()
    assert not page.others_box.isVisible()  # nothing of its own to hide the others behind
    offered = [page.service_list.item(i).text() for i in range(page.service_list.count())]
    assert offered == ["Fakturoid   (CZ)"]
    assert not wizard.next_button.isEnabled()
    page.choose("fakturoid")
    assert wizard.next_button.isEnabled() and wizard.code == "W-FAK-1"
