"""Activate remembers what the service told about itself, for the setup's options and the mapping grid, and
never a secret."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from invoicedesk.app.activation import activate, activation_facts
from invoicedesk.app.connections import get_connection
from invoicedesk.connectors.contract import RemotePaymentMethod, RemoteSeries
from invoicedesk.connectors.errors import ConnectorError
from invoicedesk.core.documents import BankAccount, DocumentType
from invoicedesk.secrets.redaction import MARKER
from invoicedesk.store.models import ConnectionModel
from invoicedesk.store.repositories.connections import ConnectionRepository

from .conftest import FAST, fakturoid_secrets


def stored_settings_text(app_context, connection_id: int) -> str:
    with app_context.database.read_session() as session:
        row = session.scalars(select(ConnectionModel).where(ConnectionModel.id == connection_id)).one()
        return json.dumps(row.settings, ensure_ascii=False)


def test_activate_remembers_the_account_series_methods_and_bank_accounts(app_context, connection):
    assert activation_facts(app_context, connection.id) is None
    before = dt.datetime.now(dt.UTC)

    result = activate(app_context, connection.id, options=FAST)

    facts = activation_facts(app_context, connection.id)
    assert facts is not None
    assert before <= facts.checked_at <= dt.datetime.now(dt.UTC)
    assert (facts.account_name, facts.plan, facts.vat_mode, facts.currency) == (
        result.account_name, result.plan, result.vat_mode, result.currency)
    assert facts.account_name == "Sandbox Firma s.r.o."
    assert facts.number_series == [RemoteSeries("31", "#yyyy#-#dddd#", "2026-0001, 2026-0002, 2026-0003",
                                                True, DocumentType.INVOICE)]
    assert facts.payment_methods == result.payment_methods
    assert facts.payment_methods[0] == RemotePaymentMethod("bank", "Bank transfer", is_default=True)
    assert facts.bank_accounts == [BankAccount("CZ6501000000001234567890", "KOMBCZPP", "Hlavní účet", "CZK")]
    # The options step offers Fakturoid's bank accounts by id (the bank_account_id setting).
    assert facts.details["bank_account_ids"] == {"11": "Hlavní účet"}
    assert facts.warnings == []


def test_the_facts_stay_out_of_the_settings_the_user_sees(app_context, connection):
    activate(app_context, connection.id, options=FAST)
    assert get_connection(app_context, connection.id).settings == connection.settings


def test_the_remembered_facts_hold_no_secret(app_context, connection, emulator):
    activate(app_context, connection.id, options=FAST)

    text = stored_settings_text(app_context, connection.id)
    with emulator.lock:
        tokens = list(emulator.store.tokens)
    assert tokens, "Activate must have obtained a token for this check to mean anything"
    for secret in [*fakturoid_secrets(emulator).values(), *tokens]:
        assert secret not in text
    assert "Sandbox Firma" in text


def test_a_failed_activate_keeps_the_last_good_facts(app_context, connection, emulator):
    activate(app_context, connection.id, options=FAST)
    first = activation_facts(app_context, connection.id)
    emulator.faults.inject("status", status=503, method="GET", path=r"/user\.json", times=-1)

    with pytest.raises(ConnectorError):
        activate(app_context, connection.id, options=FAST)

    assert activation_facts(app_context, connection.id) == first


def test_activate_again_replaces_the_facts_and_keeps_the_settings(app_context, connection):
    activate(app_context, connection.id, options=FAST)
    first = activation_facts(app_context, connection.id)
    activate(app_context, connection.id, options=FAST)
    second = activation_facts(app_context, connection.id)
    assert second.checked_at >= first.checked_at
    assert get_connection(app_context, connection.id).settings == connection.settings


def test_details_that_echo_a_secret_are_scrubbed(app_context, add_fake_connection):
    key = "key-4f9a1c77e2"
    connection = add_fake_connection("remote_list", api_key=key)

    activate(app_context, connection.id)

    text = stored_settings_text(app_context, connection.id)
    assert key not in text
    details = activation_facts(app_context, connection.id).details
    assert "access_token" not in details
    assert details["note"] == f"accepted key {MARKER} for this account"
    assert details["limits"] == {"per_day": 1000, "ratio": "0.5"}  # the key under "api_key" is gone
    assert details["warnings"] == ["Numbering is automatic"]


def test_an_unreadable_record_counts_as_never_activated(app_context, connection):
    with app_context.database.session() as session:
        ConnectionRepository(session).update(
            connection.id, settings={**connection.settings, "activation": {"checked_at": "yesterday"}})
    assert activation_facts(app_context, connection.id) is None


def test_an_unknown_connection_is_a_lookup_error(app_context, connection):
    with pytest.raises(LookupError):
        activation_facts(app_context, connection.id + 100)
    with pytest.raises(LookupError):
        activate(app_context, connection.id + 100, options=FAST)
