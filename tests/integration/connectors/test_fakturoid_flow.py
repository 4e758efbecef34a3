"""The Fakturoid connector against the emulator over real HTTP: Activate, documents, clients, PDF, payment."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from invoicedesk.connectors.contract import PushStatus
from invoicedesk.connectors.fakturoid.client import TokenCache
from invoicedesk.core.documents import DocumentType, PaymentStatus
from tests.integration.connectors.conftest import wire
from tests.unit.connectors.samples import buyer, credit_note, invoice


def test_activate_reports_account_series_payment_methods_and_bank_accounts(emulator) -> None:
    wired = wire(emulator)
    result = wired.connector.check()
    assert result.account_name == "Sandbox Firma s.r.o."
    assert (result.plan, result.vat_mode, result.currency) == ("Kompletní", "vat_payer", "CZK")
    assert [s.name for s in result.number_series] == ["#yyyy#-#dddd#"]
    assert result.number_series[0].is_default
    assert {m.code for m in result.payment_methods} == {"bank", "cash", "cod", "card", "paypal", "custom"}
    assert [m.code for m in result.payment_methods if m.is_default] == ["bank"]
    assert result.bank_accounts and result.bank_accounts[0].iban
    assert result.details["warnings"] == []
    paths = [r.path for r in wired.records.records]
    assert paths[:3] == ["/api/v3/oauth/token", "/api/v3/user.json",
                         "/api/v3/accounts/sandbox-firma/account.json"]
    # Every request named the application and the user's e-mail, as Fakturoid requires.
    user_agents = {entry.header("User-Agent") for entry in emulator.journal}
    assert user_agents == {"InvoiceDesk (ucetni@sandbox-firma.test)"}


def test_activate_warns_when_fakturoid_has_no_bank_account(start_emulator) -> None:
    result = wire(start_emulator(has_bank_account=False)).connector.check()
    assert result.bank_accounts == []
    assert "Bank accounts" in result.details["warnings"][0]


def test_push_creates_the_contact_and_the_invoice_with_our_key(emulator) -> None:
    connector = wire(emulator).connector
    result = connector.push(invoice(), "INV-1")
    assert result.status is PushStatus.CREATED and result.remote_number.startswith(str(emulator.today().year))
    (created,) = connector.pull_documents(None)
    assert (created.remote_id, created.key) == (result.remote_id, "INV-1")
    assert created.doc_type is DocumentType.INVOICE
    # 2 × 1000.50 at 21 % + (300 − 30) at 12 %
    assert created.total_net == Decimal("2271.00")
    assert created.total_gross == Decimal("2271.00") + Decimal("420.21") + Decimal("32.40")
    (client,) = connector.pull_clients(None)
    assert (client.key, client.client.name) == ("client-42", "Beta a.s.")


def test_push_is_idempotent_by_key(emulator) -> None:
    connector = wire(emulator).connector
    first = connector.push(invoice(), "INV-1")
    again = connector.push(invoice(), "INV-1")
    assert again.status is PushStatus.FOUND and again.remote_id == first.remote_id
    assert len(emulator.journal_entries("POST", r"/invoices\.json$")) == 1
    assert len(list(connector.pull_documents(None))) == 1


def test_a_second_document_of_the_same_buyer_reuses_the_contact(emulator) -> None:
    connector = wire(emulator).connector
    connector.push(invoice(), "INV-1")
    connector.push(invoice(number="FV2026/0002"), "INV-2")
    assert len(emulator.journal_entries("POST", r"/subjects\.json$")) == 1


def test_proforma_and_credit_note(emulator) -> None:
    connector = wire(emulator).connector
    original = connector.push(invoice(), "INV-1")
    proforma = connector.push(invoice(doc_type=DocumentType.PROFORMA), "PRO-1")
    credit = connector.push(credit_note(), "CN-1", corrects_remote_id=original.remote_id)
    by_key = {d.key: d for d in connector.pull_documents(None)}
    assert by_key["PRO-1"].doc_type is DocumentType.PROFORMA
    assert proforma.remote_id == by_key["PRO-1"].remote_id
    assert by_key["CN-1"].doc_type is DocumentType.CREDIT_NOTE
    assert by_key["CN-1"].corrects_remote_id == original.remote_id
    assert by_key["CN-1"].total_gross == Decimal("-1210.61")
    assert credit.remote_id == by_key["CN-1"].remote_id


def test_lookup_finds_only_our_key(emulator) -> None:
    emulator.seed_invoices(3, custom_id_prefix="OTHER-")
    connector = wire(emulator).connector
    assert connector.lookup("INV-404", invoice()) is None
    created = connector.push(invoice(), "INV-404")
    assert connector.lookup("INV-404", invoice()).remote_id == created.remote_id


def test_push_client_finds_or_creates_by_key(emulator) -> None:
    connector = wire(emulator).connector
    first = connector.push_client(buyer(7), "client-7")
    assert connector.push_client(buyer(7), "client-7") == first
    assert len(emulator.journal_entries("POST", r"/subjects\.json$")) == 1


def test_pdf_waits_through_fakturoids_204_until_it_is_generated(emulator) -> None:
    wired = wire(emulator)
    created = wired.connector.push(invoice(), "INV-1")
    pdf = wired.connector.pdf(created.remote_id)
    assert pdf.startswith(b"%PDF")
    statuses = [e.status for e in emulator.journal_entries("GET", r"download\.pdf$")]
    assert statuses[0] == 204 and statuses[-1] == 200
    assert len(statuses) <= wired.connector.pdf_polls


def test_pdf_that_never_appears_gives_up_after_bounded_polls(start_emulator) -> None:
    emulator = start_emulator(pdf_delay_seconds=3600)
    wired = wire(emulator)
    created = wired.connector.push(invoice(), "INV-1")
    try:
        wired.connector.pdf(created.remote_id)
    except Exception as error:
        assert getattr(error, "category", None) == "service_unavailable"
        assert error.retry_after == 30.0
    else:
        raise AssertionError("a PDF that is never generated must not be waited for forever")
    assert len(emulator.journal_entries("GET", r"download\.pdf$")) == wired.connector.pdf_polls


def test_mark_paid_once_even_when_called_twice(emulator) -> None:
    connector = wire(emulator).connector
    created = connector.push(invoice(), "INV-1")
    total = next(iter(connector.pull_documents(None))).total_gross
    connector.mark_paid(created.remote_id, total, dt.date(2026, 3, 10))
    connector.mark_paid(created.remote_id, total, dt.date(2026, 3, 10))
    assert len(emulator.journal_entries("POST", r"payments\.json$")) == 1
    (paid,) = connector.pull_documents(None)
    assert paid.payment_status is PaymentStatus.PAID


def test_send_email(emulator) -> None:
    connector = wire(emulator).connector
    created = connector.push(invoice(), "INV-1")
    connector.send_email(created.remote_id, "kopie@beta.test")
    (message,) = emulator.sent_messages()
    assert message["email"] == "kopie@beta.test"


def test_incremental_pull_sees_only_changes(emulator) -> None:
    connector = wire(emulator).connector
    connector.push(invoice(), "INV-1")
    first = list(connector.pull_documents(None))
    watermark = max(d.updated_at for d in first)
    assert list(connector.pull_documents(watermark)) == []
    emulator.clock.advance(5)
    connector.push(invoice(number="FV2026/0002"), "INV-2")
    assert [d.key for d in connector.pull_documents(watermark)] == ["INV-2"]


def test_an_expired_or_revoked_token_is_renewed_once(emulator) -> None:
    wired = wire(emulator)
    wired.connector.check()
    emulator.revoke_tokens()
    wired.connector.lookup("INV-1", invoice())
    assert len(emulator.journal_entries("POST", r"oauth/token$")) == 2
    listed = emulator.journal_entries("GET", r"/accounts/[^/]+/invoices\.json$")
    assert [e.status for e in listed] == [401, 200]


def test_connections_share_one_token_per_credential_pair(start_emulator) -> None:
    emulator = start_emulator(new_token_revokes_old=True)
    tokens = TokenCache()
    first, second = wire(emulator, tokens=tokens).connector, wire(emulator, tokens=tokens).connector
    first.check()
    second.check()
    first.lookup("x", invoice())
    assert len(emulator.journal_entries("POST", r"oauth/token$")) == 1
    assert all(e.status != 401 for e in emulator.journal)
