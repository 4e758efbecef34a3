"""The ANAF connector under the common contract: Activate, push, lookup by content, the inbox as a pull."""

from __future__ import annotations

import pytest

from invoicedesk.connectors.anaf.connector import AnafConnector, build
from invoicedesk.connectors.contract import PushStatus
from invoicedesk.connectors.errors import CapabilityMissingError, ConnectorError, ErrorCategory
from invoicedesk.connectors.http import HttpClient, RetryPolicy, Timeouts
from invoicedesk.core.documents import DocumentType
from tests.integration.efactura.conftest import EXAMPLES, SELLER_CUI, invoice


@pytest.fixture
def connector(anaf, validator):
    settings = {"environment": "test", "api_base_url": anaf.emulator.root_url, "cifs": SELLER_CUI}
    http = HttpClient(
        anaf.emulator.root_url,
        service="anaf",
        recorder=anaf.records,
        timeouts=Timeouts(connect=2, read=5),
        retry=RetryPolicy(attempts=1),
    )
    made = AnafConnector(
        settings=settings,
        secrets=lambda name: "",
        http=http,
        token_provider=anaf.tokens,
        validator=validator,
        clock=anaf.clock.now,
        sleep=anaf.clock.advance,
    )
    yield made
    made.close()


def test_the_capabilities_say_what_anaf_can_and_cannot_do(connector):
    capabilities = connector.capabilities
    assert capabilities.pushable_types == {DocumentType.INVOICE, DocumentType.CREDIT_NOTE}
    assert capabilities.creates_async and capabilities.idempotency == "server_duplicate_check"
    assert not capabilities.has_client_listing and capabilities.pdf_format == "none"
    with pytest.raises(CapabilityMissingError):
        list(connector.pull_clients(None))


def test_activate_proves_the_token_and_the_rights_on_the_cif(connector, anaf):
    result = connector.check()
    assert result.account_name == f"CIF {SELLER_CUI}" and result.details["environment"] == "test"
    assert anaf.emulator.journal_entries("GET", "/TestOauth/jaxrs/hello")


def test_activate_without_rights_on_the_cif_names_the_cause(connector):
    connector.settings["cifs"] = "14399840"
    with pytest.raises(ConnectorError) as refused:
        connector.check()
    assert refused.value.category is ErrorCategory.PERMISSION_MISSING


def test_push_is_pending_with_the_upload_index_and_lookup_finds_it_by_content(connector, anaf, company):
    document = invoice(company)
    pushed = connector.push(document, "key-1")
    assert pushed.status is PushStatus.PENDING and pushed.remote_id.isdigit()
    assert pushed.pending_reference == pushed.remote_id and pushed.remote_number == document.number

    anaf.clock.advance(120)  # the message list shows nothing younger than a minute
    found = connector.lookup("key-1", document)
    assert found is not None and (found.status, found.remote_id) == (PushStatus.FOUND, pushed.remote_id)
    assert connector.lookup("key-2", invoice(company, "FCT-2026-0002")) is None
    assert len(anaf.journal("POST", "upload")) == 1


def test_a_push_whose_answer_is_lost_stays_uncertain_until_lookup_finds_it(connector, anaf, company):
    anaf.emulator.faults.inject("drop_after_commit", method="POST", path=r"/upload$")
    document = invoice(company)
    with pytest.raises(ConnectorError) as lost:
        connector.push(document, "key-1")
    assert lost.value.category is ErrorCategory.UNCERTAIN_OUTCOME

    anaf.clock.advance(120)
    found = connector.lookup("key-1", document)
    assert found is not None and found.remote_id == str(next(iter(anaf.emulator.spv.uploads)))
    assert len(anaf.journal("POST", "upload")) == 1


def test_a_push_the_rules_reject_never_reaches_anaf(connector, anaf, company):
    document = invoice(company, buyer=invoice(company).buyer.__class__(name="Fara Adresa SRL"))
    with pytest.raises(ConnectorError) as refused:
        connector.push(document, "key-1")
    assert refused.value.category is ErrorCategory.VALIDATION_FAILED
    assert any(error.field.startswith("buyer.") for error in refused.value.field_errors)
    assert anaf.journal("POST", "upload") == []


def test_pull_documents_reads_the_inbox(connector, anaf):
    anaf.emulator.receive_invoice(SELLER_CUI, (EXAMPLES / "valid" / "minimal-invoice.xml").read_bytes())
    anaf.clock.advance(120)
    [received] = list(connector.pull_documents(None))
    assert received.remote_number == "FCT-0001" and str(received.total_gross) == "119.00"
    assert received.status == "received" and received.updated_at is not None


def test_build_makes_a_connector_for_the_emulator(anaf):
    built = build(
        {"environment": "test", "api_base_url": anaf.emulator.root_url, "cifs": SELLER_CUI},
        lambda name: anaf.tokens() if name == "access_token" else "",
    )
    try:
        assert built.check().account_name == f"CIF {SELLER_CUI}"
    finally:
        built.close()
