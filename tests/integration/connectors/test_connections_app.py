"""The connections app service on a real database: secrets to the keyring, settings to the row, calls to the
sync log, and no secret anywhere it should not be."""

from __future__ import annotations

import base64
import logging
from pathlib import Path

import pytest
from sqlalchemy import select

from invoicedesk.app.companies import add_company
from invoicedesk.app.connections import (
    add_connection,
    build_connector,
    check_connection,
    delete_connection,
    get_connection,
    list_connections,
    secret_ref,
)
from invoicedesk.connectors.contract import BuildOptions
from invoicedesk.connectors.errors import ConnectorError, ErrorCategory
from invoicedesk.connectors.http import RetryPolicy, Timeouts
from invoicedesk.core.documents import Company, Country
from invoicedesk.core.errors import DomainValidationError
from invoicedesk.logsetup import configure_logging, unconfigure_logging
from invoicedesk.store.models import ConnectionModel
from invoicedesk.store.repositories.sync_log import SyncLogRepository
from tests.unit.connectors.samples import invoice

TEST_OPTIONS = BuildOptions(
    timeouts=Timeouts(connect=2, read=3),
    retry=RetryPolicy(attempts=2, base_delay=0.01, max_delay=0.02),
    share_rate_limiter=False,
    reconcile_delay=0.0,
)


@pytest.fixture
def company(app_context) -> Company:
    return add_company(app_context, Company(name="Alfa s.r.o.", country=Country.CZ,
                                            registration_id="27082440", vat_id="CZ27082440"))


def fakturoid_settings(emulator) -> dict[str, str]:
    credentials = emulator.demo_credentials()
    return {"slug": credentials["slug"], "email": credentials["email"], "base_url": emulator.base_url}


def fakturoid_secrets(emulator) -> dict[str, str]:
    credentials = emulator.demo_credentials()
    return {"client_id": credentials["client_id"], "client_secret": credentials["client_secret"]}


def sync_log(app_context) -> list:
    with app_context.database.read_session() as session:
        return SyncLogRepository(session).newest(limit=10_000)


def test_add_keeps_secrets_in_the_keyring_and_only_settings_in_the_database(app_context, company, emulator):
    info = add_connection(app_context, company.id, "fakturoid", fakturoid_settings(emulator),
                          fakturoid_secrets(emulator))
    assert (info.service, info.service_name, info.name, info.company_id) == ("fakturoid", "Fakturoid",
                                                                             "Fakturoid", company.id)
    assert info.settings == fakturoid_settings(emulator)
    assert app_context.secrets.read_many(secret_ref(info.id), ["client_id", "client_secret"]) == \
        fakturoid_secrets(emulator)
    with app_context.database.read_session() as session:
        row = session.scalars(select(ConnectionModel)).one()
        stored = f"{row.settings} {row.secret_ref} {row.name}"
    assert row.secret_ref == f"connection:{info.id}"
    assert "sandbox-client-secret" not in stored and "sandbox-client-id" not in stored
    assert [c.id for c in list_connections(app_context, company.id)] == [info.id]
    assert get_connection(app_context, info.id) == info


def test_a_second_connection_gets_its_own_name(app_context, company, emulator):
    first = add_connection(app_context, company.id, "fakturoid", fakturoid_settings(emulator),
                           fakturoid_secrets(emulator))
    second = add_connection(app_context, company.id, "fakturoid", fakturoid_settings(emulator),
                            fakturoid_secrets(emulator))
    assert (first.name, second.name) == ("Fakturoid", "Fakturoid (2)")


def test_bad_settings_are_refused_field_by_field_without_echoing_secrets(app_context, company):
    with pytest.raises(DomainValidationError) as caught:
        add_connection(app_context, company.id, "fakturoid",
                       {"email": "not-an-address", "base_url": "http://evil.example/api", "colour": "red",
                        "client_secret": "hunter2-secret-value"},
                       {"client_id": "abc-client"})
    fields = {e.field for e in caught.value.errors}
    assert fields == {"settings.slug", "settings.email", "settings.base_url", "settings.colour",
                      "settings.client_secret", "secrets.client_secret"}
    assert "hunter2-secret-value" not in str(caught.value)
    assert list_connections(app_context, company.id) == []


def test_unknown_service_and_company(app_context, company, emulator):
    with pytest.raises(LookupError, match="fakturoid"):
        add_connection(app_context, company.id, "fakturoidd", {}, {})
    with pytest.raises(LookupError):
        add_connection(app_context, 999, "fakturoid", fakturoid_settings(emulator),
                       fakturoid_secrets(emulator))


def test_a_keyring_failure_leaves_no_connection_behind(app_context, company, emulator, monkeypatch):
    def refuse(ref, values):
        raise RuntimeError("keyring locked")

    monkeypatch.setattr(app_context.secrets, "save_many", refuse)
    with pytest.raises(RuntimeError, match="keyring locked"):
        add_connection(app_context, company.id, "fakturoid", fakturoid_settings(emulator),
                       fakturoid_secrets(emulator))
    assert list_connections(app_context, company.id) == []


def test_check_proves_the_saved_credentials_and_logs_every_call(app_context, company, emulator):
    info = add_connection(app_context, company.id, "fakturoid", fakturoid_settings(emulator),
                          fakturoid_secrets(emulator))
    result = check_connection(app_context, info.id, options=TEST_OPTIONS)
    assert result.account_name == "Sandbox Firma s.r.o."
    rows = sync_log(app_context)
    assert len(rows) == 5 and {r.connection_id for r in rows} == {info.id}
    assert {r.service for r in rows} == {"fakturoid"} and {r.outcome for r in rows} == {"ok"}
    assert "/api/v3/user.json" in {r.path for r in rows}


def test_check_raises_the_actionable_error(app_context, company, emulator):
    settings = {**fakturoid_settings(emulator), "slug": "jina-firma"}
    info = add_connection(app_context, company.id, "fakturoid", settings, fakturoid_secrets(emulator))
    with pytest.raises(ConnectorError) as caught:
        check_connection(app_context, info.id, options=TEST_OPTIONS)
    assert caught.value.category is ErrorCategory.ACCOUNT_NOT_FOUND
    assert "sandbox-firma" in caught.value.detail


def test_pushes_through_a_built_connector_are_logged_with_key_and_remote_id(app_context, company, emulator):
    info = add_connection(app_context, company.id, "fakturoid", fakturoid_settings(emulator),
                          fakturoid_secrets(emulator))
    connector = build_connector(app_context, info.id, options=TEST_OPTIONS)
    result = connector.push(invoice(), "INV-77")
    create = [r for r in sync_log(app_context) if r.method == "POST" and r.path.endswith("/invoices.json")]
    assert [(r.idempotency_key, r.remote_id, r.status) for r in create] == [("INV-77", result.remote_id, 201)]


def test_long_paths_and_keys_fit_the_sync_log_on_every_engine(app_context, company, emulator):
    info = add_connection(app_context, company.id, "fakturoid", fakturoid_settings(emulator),
                          fakturoid_secrets(emulator))
    connector = build_connector(app_context, info.id, options=TEST_OPTIONS)
    assert connector.lookup("K" * 700, invoice()) is None
    (row,) = [r for r in sync_log(app_context) if "custom_id=" in r.path]
    assert len(row.path) <= 500 and row.path.endswith("…")


def test_delete_forgets_the_secrets(app_context, company, emulator):
    info = add_connection(app_context, company.id, "fakturoid", fakturoid_settings(emulator),
                          fakturoid_secrets(emulator))
    delete_connection(app_context, info.id)
    assert list_connections(app_context, company.id) == []
    assert app_context.secrets.read_many(secret_ref(info.id), ["client_id", "client_secret"]) == {}
    with pytest.raises(LookupError):
        check_connection(app_context, info.id)


def test_no_secret_reaches_the_sync_log_or_the_log_files(app_context, company, emulator, tmp_path: Path):
    log_file = configure_logging(tmp_path / "logs", level=logging.DEBUG)
    try:
        info = add_connection(app_context, company.id, "fakturoid", fakturoid_settings(emulator),
                              fakturoid_secrets(emulator))
        check_connection(app_context, info.id, options=TEST_OPTIONS)
        connector = build_connector(app_context, info.id, options=TEST_OPTIONS)
        emulator.faults.inject("drop_after_commit", method="POST", path=r"/invoices\.json$")
        emulator.faults.inject("status", status=503, method="GET", path=r"/user\.json")
        connector.push(invoice(), "INV-1")
        emulator.revoke_tokens()  # forces a 401 and a second token
        connector.check()
        bad = add_connection(app_context, company.id, "fakturoid", fakturoid_settings(emulator),
                             {**fakturoid_secrets(emulator), "client_secret": "wrong-but-still-secret-42"})
        with pytest.raises(ConnectorError):
            check_connection(app_context, bad.id, options=TEST_OPTIONS)
        logging.getLogger("invoicedesk.test").info("leak check done")
    finally:
        unconfigure_logging()
    with emulator.lock:
        tokens = list(emulator.store.tokens)
    credentials = fakturoid_secrets(emulator)
    secrets = [credentials["client_id"], credentials["client_secret"], "wrong-but-still-secret-42", *tokens]
    basic = f"{credentials['client_id']}:{credentials['client_secret']}".encode()
    secrets.append(base64.b64encode(basic).decode())
    rows = sync_log(app_context)
    assert len(rows) > 15 and any(r.error_category for r in rows)  # the log did record the trouble
    log_text = "".join(p.read_text(encoding="utf-8") for p in log_file.parent.glob("invoicedesk.log*"))
    assert "leak check done" in log_text and "/api/v3/" in log_text
    row_text = "\n".join(repr(row) for row in rows)
    for secret in secrets:
        assert secret not in row_text
        assert secret not in log_text
