"""Every error category and every injected fault, from the emulator through the connector to the taxonomy."""

from __future__ import annotations

import socket
import time

import pytest

from invoicedesk.connectors.contract import PushStatus
from invoicedesk.connectors.errors import ConnectorError, ErrorCategory
from invoicedesk.connectors.http import RetryPolicy, Timeouts
from invoicedesk.core.documents import DocumentLine
from tests.integration.connectors.conftest import wire
from tests.unit.connectors.samples import invoice

CREATE = r"/accounts/[^/]+/invoices\.json$"


def raised(call) -> ConnectorError:
    with pytest.raises(ConnectorError) as caught:
        call()
    return caught.value


def invoices_with_key(emulator, key: str) -> list[dict]:
    with emulator.lock:
        every = [i for account in emulator.store.accounts.values() for i in account.invoices.values()]
    return [i for i in every if i.get("custom_id") == key]


# ---- the categories ---------------------------------------------------------------------------------

def test_wrong_client_secret_is_credentials_refused(emulator) -> None:
    error = raised(wire(emulator, secrets={"client_secret": "not-the-secret"}).connector.check)
    assert error.category is ErrorCategory.CREDENTIALS_REFUSED
    assert "not-the-secret" not in str(error)


def test_blocked_account_is_plan_without_api_and_says_why(emulator) -> None:
    emulator.set_blocked(True)
    error = raised(wire(emulator).connector.check)
    assert error.category is ErrorCategory.PLAN_WITHOUT_API
    assert "unpaid" in error.detail and "2026-000123" in error.detail


def test_unknown_slug_is_account_not_found_naming_the_usable_accounts(start_emulator) -> None:
    emulator = start_emulator(extra_slugs=("druha-firma",))
    error = raised(wire(emulator, settings={"slug": "preklep"}).connector.check)
    assert error.category is ErrorCategory.ACCOUNT_NOT_FOUND
    assert "preklep" in error.detail and "sandbox-firma" in error.detail and "druha-firma" in error.detail


def test_a_slug_path_fakturoid_does_not_know_is_account_not_found(emulator) -> None:
    error = raised(lambda: wire(emulator, settings={"slug": "preklep"}).connector.push(invoice(), "K"))
    assert error.category is ErrorCategory.ACCOUNT_NOT_FOUND


def test_disabled_email_delivery_is_permission_missing(start_emulator) -> None:
    emulator = start_emulator(email_delivery="disabled")
    connector = wire(emulator).connector
    created = connector.push(invoice(), "INV-1")
    error = raised(lambda: connector.send_email(created.remote_id))
    assert error.category is ErrorCategory.PERMISSION_MISSING


def test_email_on_the_free_plan_is_plan_without_api_with_the_paid_plan_advice(start_emulator) -> None:
    connector = wire(start_emulator(plan="Zdarma")).connector
    created = connector.push(invoice(), "INV-1")
    error = raised(lambda: connector.send_email(created.remote_id))
    assert error.category is ErrorCategory.PLAN_WITHOUT_API
    assert "paid plans" in error.detail


def test_field_errors_come_back_on_the_documents_own_fields(emulator) -> None:
    broken = invoice(lines=[DocumentLine("  ", 1, 100, 21), *invoice().lines])
    error = raised(lambda: wire(emulator).connector.push(broken, "INV-BAD"))
    assert error.category is ErrorCategory.VALIDATION_FAILED
    assert "lines[0].name" in {f.field for f in error.field_errors}


def test_a_field_error_on_an_inserted_discount_line_points_at_its_document_line(emulator) -> None:
    lines = invoice().lines
    lines[1].name = "x" * 0  # the discount line copies the name, so both Fakturoid lines 1 and 2 complain
    error = raised(lambda: wire(emulator).connector.push(invoice(lines=lines), "INV-BAD"))
    assert {f.field for f in error.field_errors} == {"lines[1].name"}


def test_no_bank_account_in_fakturoid_is_a_validation_error_on_the_seller(start_emulator) -> None:
    error = raised(lambda: wire(start_emulator(has_bank_account=False)).connector.push(invoice(), "INV-1"))
    assert error.category is ErrorCategory.VALIDATION_FAILED
    (field,) = error.field_errors
    assert field.field == "seller.bank_accounts" and "Bank accounts" in field.hint


def test_hitting_fakturoids_limit_is_rate_limited_with_its_reset_time(start_emulator) -> None:
    emulator = start_emulator(rate_limit=3)
    connector = wire(emulator, retry=RetryPolicy(attempts=1)).connector
    error = raised(connector.check)
    assert error.category is ErrorCategory.RATE_LIMITED
    assert error.retry_after is not None and 0 < error.retry_after <= 60
    assert error.retry_at is not None


def test_maintenance_is_service_unavailable_after_bounded_retries(emulator) -> None:
    emulator.set_maintenance("full")
    error = raised(wire(emulator).connector.check)
    assert error.category is ErrorCategory.SERVICE_UNAVAILABLE
    assert len(emulator.journal) == 3  # RetryPolicy(attempts=3) of the test wiring, then it gives up


def test_nobody_listening_is_network(emulator) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    error = raised(wire(emulator, base_url=f"http://127.0.0.1:{port}/api/v3").connector.check)
    assert error.category is ErrorCategory.NETWORK


def test_unreadable_answers_are_protocol_surprises(emulator) -> None:
    connector = wire(emulator).connector
    connector.check()
    emulator.faults.inject("malformed", method="GET", path=r"/invoices\.json")
    assert raised(lambda: list(connector.pull_documents(None))).category is ErrorCategory.PROTOCOL_SURPRISE
    emulator.faults.inject("html", method="GET", path=r"/invoices\.json")
    error = raised(lambda: list(connector.pull_documents(None)))
    assert error.category is ErrorCategory.PROTOCOL_SURPRISE and "HTML page" in error.detail


# ---- the faults -------------------------------------------------------------------------------------

@pytest.mark.parametrize("status", [500, 502, 503])
def test_server_errors_on_reads_are_retried(emulator, status: int) -> None:
    wired = wire(emulator)
    emulator.faults.inject("status", status=status, method="GET", path=r"/user\.json", times=2)
    assert wired.connector.check().account_name
    assert [e.status for e in emulator.journal_entries("GET", r"/user\.json")] == [status, status, 200]
    assert [r.outcome for r in wired.records.records if r.path.endswith("user.json")] == [
        "retried", "retried", "ok"]


@pytest.mark.parametrize("status", [500, 502])
def test_a_server_error_on_create_is_reconciled_never_blindly_resent(emulator, status: int) -> None:
    connector = wire(emulator).connector
    emulator.faults.inject("status", status=status, method="POST", path=CREATE)
    error = raised(lambda: connector.push(invoice(), "INV-1"))
    assert error.category is ErrorCategory.UNCERTAIN_OUTCOME
    assert len(emulator.journal_entries("POST", CREATE)) == 1
    result = connector.push(invoice(), "INV-1")  # the outbox's next attempt: lookup first, then create
    assert result.status is PushStatus.CREATED
    assert len(invoices_with_key(emulator, "INV-1")) == 1


def test_503_on_create_is_service_unavailable_and_the_next_attempt_creates_one(emulator) -> None:
    connector = wire(emulator).connector
    emulator.faults.inject("status", status=503, method="POST", path=CREATE)
    assert raised(lambda: connector.push(invoice(), "INV-1")).category is ErrorCategory.SERVICE_UNAVAILABLE
    connector.push(invoice(), "INV-1")
    assert len(invoices_with_key(emulator, "INV-1")) == 1


def test_429_with_retry_after_is_waited_out_on_reads(emulator) -> None:
    wired = wire(emulator)
    emulator.faults.inject("rate_limit", retry_after=2.0, method="GET", path=r"/user\.json")
    wired.connector.check()
    assert any(2.0 <= s <= 2.1 for s in wired.sleeps)
    assert [e.status for e in emulator.journal_entries("GET", r"/user\.json")] == [429, 200]


def test_429_on_create_is_reported_with_its_retry_time_not_resent(emulator) -> None:
    connector = wire(emulator).connector
    emulator.faults.inject("rate_limit", retry_after=30.0, method="POST", path=CREATE)
    error = raised(lambda: connector.push(invoice(), "INV-1"))
    assert error.category is ErrorCategory.RATE_LIMITED and error.retry_after == 30.0
    assert len(emulator.journal_entries("POST", CREATE)) == 1 and invoices_with_key(emulator, "INV-1") == []


def test_a_slow_read_times_out_and_is_retried(emulator) -> None:
    emulator.faults.inject("slow", delay=1.0, method="GET", path=r"/user\.json")
    wired = wire(emulator, timeouts=Timeouts(connect=2, read=0.3))
    assert wired.connector.check().account_name
    records = wired.records.records
    user_calls = [(r.outcome, r.error_category) for r in records if r.path.endswith("user.json")]
    assert user_calls == [("retried", "network"), ("ok", "")]


def test_a_slow_create_is_uncertain_and_the_next_attempt_finds_it_instead_of_creating_again(emulator) -> None:
    connector = wire(emulator, timeouts=Timeouts(connect=2, read=0.3)).connector
    emulator.faults.inject("slow", delay=0.8, method="POST", path=CREATE)
    error = raised(lambda: connector.push(invoice(), "INV-1"))
    assert error.category is ErrorCategory.UNCERTAIN_OUTCOME
    time.sleep(1.0)  # the emulator finishes the slow create meanwhile
    result = connector.push(invoice(), "INV-1")
    assert result.status is PushStatus.FOUND
    assert len(invoices_with_key(emulator, "INV-1")) == 1
    assert len(emulator.journal_entries("POST", CREATE)) == 1


def test_connection_dropped_after_the_create_committed_leaves_one_invoice_found_by_lookup(emulator) -> None:
    wired = wire(emulator)
    emulator.faults.inject("drop_after_commit", method="POST", path=CREATE)
    result = wired.connector.push(invoice(), "INV-1")
    assert result.status is PushStatus.FOUND
    (remote,) = invoices_with_key(emulator, "INV-1")
    assert result.remote_id == str(remote["id"])
    assert len(emulator.journal_entries("POST", CREATE)) == 1
    outcomes = [(r.method, r.outcome, r.error_category) for r in wired.records.records if r.method == "POST"
                and r.path.endswith("invoices.json")]
    assert outcomes == [("POST", "failed", "uncertain_outcome")]


def test_connection_dropped_before_the_create_was_handled_is_uncertain_then_created_once(emulator) -> None:
    connector = wire(emulator).connector
    emulator.faults.inject("drop_before", method="POST", path=CREATE)
    assert raised(lambda: connector.push(invoice(), "INV-1")).category is ErrorCategory.UNCERTAIN_OUTCOME
    assert invoices_with_key(emulator, "INV-1") == []
    assert connector.push(invoice(), "INV-1").status is PushStatus.CREATED
    assert len(invoices_with_key(emulator, "INV-1")) == 1


def test_malformed_answer_to_a_create_is_reconciled(emulator) -> None:
    connector = wire(emulator).connector
    emulator.faults.inject("malformed", method="POST", path=CREATE)
    # The fault answers instead of the service, so nothing was created: uncertain, then created once.
    assert raised(lambda: connector.push(invoice(), "INV-1")).category is ErrorCategory.UNCERTAIN_OUTCOME
    assert connector.push(invoice(), "INV-1").status is PushStatus.CREATED
    assert len(invoices_with_key(emulator, "INV-1")) == 1
