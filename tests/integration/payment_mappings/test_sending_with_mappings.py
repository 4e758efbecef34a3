"""The connection's payment-method mapping reaches Fakturoid (emulator over HTTP on 127.0.0.1), and a method
with no Fakturoid counterpart holds the document until the user maps it."""

from __future__ import annotations

from invoicedesk.app.connections import build_connector
from invoicedesk.app.payment_mappings import clear_mapping, set_mapping
from invoicedesk.app.sync import document_jobs, enqueue_push, resend, run_connection
from invoicedesk.sync.lane import LanePolicy
from invoicedesk.sync.outbox import JobState

from .conftest import FAST, issue_orders_paid_by, remote_invoices, remote_subjects

NO_PDF = LanePolicy(archive_pdf=False)


def test_a_mapped_method_reaches_fakturoid_as_the_mapped_value(app_context, company, connection, emulator,
                                                                tmp_path):
    cod, card = issue_orders_paid_by(app_context, company, tmp_path, ["cash_on_delivery", "card"])
    # This shop's carrier hands the cash over at once: Fakturoid should see plain cash, not "cod".
    set_mapping(app_context, connection.id, "cash_on_delivery", "cash")
    enqueue_push(app_context, cod, connection.id)
    enqueue_push(app_context, card, connection.id)

    report = run_connection(app_context, connection.id, options=FAST, policy=NO_PDF)

    assert len(report.done) == 2 and not report.needs_attention
    by_key = {invoice["custom_id"]: invoice for invoice in remote_invoices(emulator)}
    sent = {document_id: by_key[document_jobs(app_context, document_id)[0].idempotency_key]
            for document_id in (cod, card)}
    assert sent[cod]["payment_method"] == "cash"
    assert sent[card]["payment_method"] == "card"  # unmapped: the default


def test_a_cleared_mapping_falls_back_to_the_default(app_context, company, connection, emulator, tmp_path):
    (cod,) = issue_orders_paid_by(app_context, company, tmp_path, ["cash_on_delivery"])
    set_mapping(app_context, connection.id, "cash_on_delivery", "cash")
    clear_mapping(app_context, connection.id, "cash_on_delivery")
    enqueue_push(app_context, cod, connection.id)

    run_connection(app_context, connection.id, options=FAST, policy=NO_PDF)

    (invoice,) = remote_invoices(emulator)
    assert invoice["payment_method"] == "cod"


def test_an_unmapped_method_waits_for_a_mapping_then_resend_sends_it(app_context, company, connection,
                                                                      emulator, tmp_path):
    (gateway,) = issue_orders_paid_by(app_context, company, tmp_path, ["online_gateway"])
    enqueue_push(app_context, gateway, connection.id)

    first = run_connection(app_context, connection.id, options=FAST, policy=NO_PDF)

    (job,) = document_jobs(app_context, gateway)
    assert first.needs_attention == [job.id]
    assert (job.state, job.last_error_category) == (JobState.NEEDS_ATTENTION, "validation_failed")
    (problem,) = job.field_errors
    assert problem.field == "payment_method"
    assert "payment-method grid" in problem.hint and "Resend" in problem.hint
    assert "online_gateway" in job.last_error_message
    # Refused before anything was written at Fakturoid: no invoice, and not even the buyer's contact.
    assert remote_invoices(emulator) == [] and remote_subjects(emulator) == []

    # Resending without a mapping changes nothing: it waits again, with the same advice.
    resend(app_context, job.id)
    run_connection(app_context, connection.id, options=FAST, policy=NO_PDF)
    assert document_jobs(app_context, gateway)[0].state is JobState.NEEDS_ATTENTION

    set_mapping(app_context, connection.id, "online_gateway", "custom")
    resend(app_context, job.id)
    again = run_connection(app_context, connection.id, options=FAST, policy=NO_PDF)

    assert again.done == [job.id]
    (invoice,) = remote_invoices(emulator)
    assert (invoice["payment_method"], invoice["custom_payment_method"]) == ("custom", "Online platba")
    assert document_jobs(app_context, gateway)[0].remote_id == str(invoice["id"])


def test_the_connector_gets_the_mapping_but_not_the_remembered_activation(app_context, connection):
    set_mapping(app_context, connection.id, "voucher", "cash")
    set_mapping(app_context, connection.id, "online_gateway", "card")

    connector = build_connector(app_context, connection.id, options=FAST)
    try:
        settings = dict(connector.settings)
    finally:
        connector.close()

    assert settings["payment_method_map"] == '{"online_gateway": "card", "voucher": "cash"}'
    assert "activation" not in settings


def test_a_connection_without_mappings_sends_no_map(app_context, connection):
    connector = build_connector(app_context, connection.id, options=FAST)
    try:
        assert "payment_method_map" not in connector.settings
    finally:
        connector.close()
