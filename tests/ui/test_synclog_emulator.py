"""The sync log screen over calls the real connectors made to the Fakturoid emulator on 127.0.0.1: an
Activate that works, one with a wrong secret, an invoice sent, a token revoked. Whatever the user can see
or copy carries none of the secrets that went over the wire."""

from __future__ import annotations

import base64

import pytest
from PySide6.QtGui import QGuiApplication

from invoicedesk.app.companies import add_company
from invoicedesk.app.connections import add_connection, build_connector, check_connection
from invoicedesk.app.context import AppContext
from invoicedesk.app.sync_log import sync_log_entry
from invoicedesk.connectors.contract import BuildOptions
from invoicedesk.connectors.errors import ConnectorError, ErrorCategory
from invoicedesk.connectors.http import RetryPolicy, Timeouts
from invoicedesk.core.documents import Company, Country
from invoicedesk.sandbox.fakturoid import FakturoidEmulator
from invoicedesk.secrets.memory import MemoryKeyring
from invoicedesk.secrets.store import SecretStore
from invoicedesk.ui.screens.synclog import SyncLogScreen
from invoicedesk.ui.tasks import TaskRunner
from tests.unit.connectors.samples import invoice

QUICK = BuildOptions(
    timeouts=Timeouts(connect=2, read=3),
    retry=RetryPolicy(attempts=2, base_delay=0.01, max_delay=0.02),
    share_rate_limiter=False,
    reconcile_delay=0.0,
)
WRONG_SECRET = "wrong-but-still-secret-42"


@pytest.fixture(scope="module")
def conversation(tmp_path_factory):
    """A database whose sync log holds what the connectors really recorded, and every secret they used."""
    context = AppContext.open(
        data_dir=tmp_path_factory.mktemp("synclog-emulator") / "data", secrets=SecretStore(MemoryKeyring())
    )
    emulator = FakturoidEmulator(pdf_delay_seconds=0.1).start()
    try:
        credentials = emulator.demo_credentials()
        settings = {"slug": credentials["slug"], "email": credentials["email"], "base_url": emulator.base_url}
        secrets = {"client_id": credentials["client_id"], "client_secret": credentials["client_secret"]}
        company = add_company(
            context, Company(name="Alfa s.r.o.", country=Country.CZ, registration_id="27082440")
        )
        good = add_connection(context, company.id, "fakturoid", settings, secrets, name="Eshop")
        bad = add_connection(
            context,
            company.id,
            "fakturoid",
            settings,
            {**secrets, "client_secret": WRONG_SECRET},
            name="Shop",
        )
        check_connection(context, good.id, options=QUICK)
        connector = build_connector(context, good.id, options=QUICK)
        try:
            pushed = connector.push(invoice(), "INV-77")
            emulator.revoke_tokens()  # the next call is refused once and a new token is fetched
            connector.check()
        finally:
            connector.close()
        with pytest.raises(ConnectorError) as refused:
            check_connection(context, bad.id, options=QUICK)
        assert refused.value.category is ErrorCategory.CREDENTIALS_REFUSED
        with emulator.lock:
            tokens = list(emulator.store.tokens)
    finally:
        emulator.stop()
    basic = base64.b64encode(f"{credentials['client_id']}:{credentials['client_secret']}".encode()).decode()
    leaked = [credentials["client_id"], credentials["client_secret"], WRONG_SECRET, basic, *tokens]
    yield context, pushed.remote_id, leaked
    context.close()


@pytest.fixture
def screen(qtbot, conversation):
    context, _remote_id, _secrets = conversation
    runner = TaskRunner()
    screen = SyncLogScreen(runner)
    qtbot.addWidget(screen)
    screen.resize(1100, 700)
    screen.set_context(context)
    screen.show()
    qtbot.waitUntil(lambda: screen.model.has_loaded and screen.connection_box.count() > 1, timeout=10_000)
    yield screen
    runner.wait_for_workers(10_000)


def all_texts(screen: SyncLogScreen) -> list[str]:
    model = screen.model
    return [model.data(model.index(row, column)) for row in range(model.rowCount()) for column in range(11)]


def test_the_refused_activate_is_shown_with_its_advice(qtbot, screen):
    model = screen.model
    refused = [
        row
        for row in range(model.rowCount())
        if model.row_at(row).connection_name == "Shop" and model.row_at(row).outcome == "failed"
    ]
    assert refused, "the refused token request is in the list"
    assert model.data(model.index(refused[0], 8)) == "Access refused"
    assert model.data(model.index(refused[0], 7)) == "Failed"
    assert model.data(model.index(refused[0], 5)) == "401"
    screen.view.selectRow(refused[0])
    qtbot.waitUntil(lambda: screen.details.entry is not None, timeout=10_000)
    assert "did not accept the access details" in screen.details.advice_label.text()
    assert "press Activate" in screen.details.advice_label.text()


def test_the_sent_invoice_shows_its_key_and_remote_id(screen, conversation):
    _context, remote_id, _secrets = conversation
    model = screen.model
    created = [
        model.row_at(row)
        for row in range(model.rowCount())
        if model.row_at(row).method == "POST" and model.row_at(row).path.endswith("/invoices.json")
    ]
    assert [(row.idempotency_key, row.remote_id, row.status) for row in created] == [
        ("INV-77", remote_id, 201)
    ]


def test_nothing_shown_or_copied_carries_a_secret(qtbot, screen, conversation):
    context, _remote_id, secrets = conversation
    model = screen.model
    assert model.rowCount() > 10 and not model.has_more
    texts = all_texts(screen)
    copies = []
    for row in range(model.rowCount()):
        screen.details.show_entry(sync_log_entry(context, model.row_at(row).id))
        copies.append(screen.details.text_for_copy())
        texts += [label.text() for label in screen.details.values.values()]
        texts.append(screen.details.detail_text.toPlainText())
    screen.view.selectRow(0)
    qtbot.waitUntil(lambda: screen.details.entry is not None, timeout=10_000)
    with qtbot.waitSignal(screen.details.copied, timeout=5_000):
        screen.details.copy()
    copies.append(QGuiApplication.clipboard().text())
    everything = "\n".join(texts + copies)
    assert "/api/v3/oauth/token" in everything and "INV-77" in everything  # the calls are really there
    for secret in secrets:
        assert secret not in everything
