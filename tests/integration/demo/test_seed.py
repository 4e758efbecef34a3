"""What one seeding makes, read back through the app services the screens use (not only from DemoWorld)."""

from __future__ import annotations

from decimal import Decimal

from invoicedesk.app.companies import list_companies
from invoicedesk.app.connections import list_connections
from invoicedesk.app.documents import get_document, list_documents
from invoicedesk.app.efactura import document_xml, list_received, submission_of, verify_receipt
from invoicedesk.app.efactura_auth import access_token_for, anaf_setup, status
from invoicedesk.app.orders import list_orders
from invoicedesk.app.paging import PageRequest
from invoicedesk.app.sync import document_jobs
from invoicedesk.core.documents import Country, DocumentType
from invoicedesk.core.identifiers import validate_party
from invoicedesk.secrets.store import service_name
from invoicedesk.sync.efactura import State
from invoicedesk.sync.outbox import JobState, Operation

from .conftest import Seeded, files_under

ALL = PageRequest(limit=100)


def push_job(seeded: Seeded, document_id: int):
    (job,) = [j for j in document_jobs(seeded.ctx, document_id) if j.operation is Operation.PUSH]
    return job


def test_two_companies_labelled_demo_one_czech_with_a_bank_account_one_romanian(seeded: Seeded):
    companies = {company.country: company for company in list_companies(seeded.ctx)}

    assert set(companies) == {Country.CZ, Country.RO}
    assert all(company.name.endswith("(demo)") for company in companies.values())
    czech, romanian = companies[Country.CZ], companies[Country.RO]
    assert [account.iban for account in czech.bank_accounts] == ["CZ6508000000192000145399"]
    assert romanian.registration_id == "12345674" and romanian.address.region == "RO-CJ"
    assert validate_party(czech, "CZ", prefix="") == [] and validate_party(romanian, "RO", prefix="") == []
    assert (seeded.world.czech_company.id, seeded.world.romanian_company.id) == (czech.id, romanian.id)


def test_the_sample_orders_and_the_romanian_shops_orders_are_imported(seeded: Seeded):
    world = seeded.world
    czech_orders = list_orders(seeded.ctx, world.czech_company.id, ALL).rows
    romanian_orders = list_orders(seeded.ctx, world.romanian_company.id, ALL).rows

    assert sorted(row.external_id for row in czech_orders) == ["WEB-1001", "WEB-1002", "WEB-1003", "WEB-1004"]
    assert sorted(row.external_id for row in romanian_orders) == ["CB-5001", "CB-5002"]
    assert world.orders_imported == 6


def test_czech_documents_are_sent_to_fakturoid_and_one_waits_for_a_payment_mapping(seeded: Seeded):
    ctx, world = seeded.ctx, seeded.world
    rows = list_documents(ctx, world.czech_company.id, ALL).rows
    kinds = sorted(str(row.doc_type) for row in rows)
    assert kinds == ["credit_note", "invoice", "invoice", "invoice", "proforma"]

    jobs = {row.number: push_job(seeded, row.id) for row in rows}
    waiting = [number for number, job in jobs.items() if job.state is JobState.NEEDS_ATTENTION]
    done = [number for number, job in jobs.items() if job.state is JobState.DONE]
    assert len(waiting) == 1 and len(done) == 4
    held = jobs[waiting[0]]
    assert get_document(ctx, held.document_id).payment_method == "online_gateway"
    assert held.last_error_category == "validation_failed"
    (problem,) = held.field_errors
    assert problem.field == "payment_method" and "Resend" in problem.hint
    assert not held.remote_id  # refused before anything reached Fakturoid
    # Each sent document got its own Fakturoid record, and its PDF is in the archive.
    assert len({jobs[number].remote_id for number in done}) == 4
    assert len([f for f in files_under(ctx.paths.archive_dir) if f.suffix == ".pdf"]) == 4
    # DemoWorld tells the same story.
    assert {d.number: d.state for d in world.documents_of(world.czech_company.id)} == {
        number: str(job.state) for number, job in jobs.items()}
    (shown,) = [d for d in world.documents if d.state == "needs_attention"]
    assert "online_gateway" in shown.problem and "Resend" in shown.problem


def test_the_credit_note_corrects_the_card_invoice_and_went_out_after_it(seeded: Seeded):
    ctx, world = seeded.ctx, seeded.world
    (credit_row,) = [d for d in world.documents if d.doc_type is DocumentType.CREDIT_NOTE]
    credit = get_document(ctx, credit_row.id)
    original = get_document(ctx, credit.corrects.document_id)

    assert original.order_external_id == "WEB-1001" and original.payment_method == "card"
    assert [(line.name, line.quantity) for line in credit.lines] == [("Milk frother", Decimal("-1"))]
    assert credit.correction_reason
    assert push_job(seeded, credit.id).state is JobState.DONE
    assert push_job(seeded, original.id).id < push_job(seeded, credit.id).id


def test_the_romanian_invoice_is_ok_at_anaf_with_a_genuine_receipt(seeded: Seeded):
    ctx, world = seeded.ctx, seeded.world
    (row,) = list_documents(ctx, world.romanian_company.id, ALL).rows
    submission = submission_of(ctx, row.id)

    assert submission is not None and submission.state is State.OK
    assert submission.upload_index and submission.receipt_path
    assert (ctx.paths.archive_dir / submission.receipt_path).is_file()
    # The buyer sits in a Bucharest sector, written as CIUS-RO wants it.
    xml = document_xml(ctx, row.id).xml
    assert b"<cbc:CityName>SECTOR3</cbc:CityName>" in xml and b"<cbc:CountrySubentity>RO-B<" in xml
    # The emulator still runs after seeding, and confirms ANAF's seal on the archived receipt.
    assert verify_receipt(ctx, row.id) is True
    assert world.efactura_submission.id == submission.id


def test_the_holder_is_signed_in_with_tokens_only_in_the_in_memory_keyring(seeded: Seeded):
    ctx, world = seeded.ctx, seeded.world
    setup = anaf_setup(ctx, world.romanian_company.id)
    token_status = status(ctx, world.romanian_company.id)

    assert token_status.signed_in and not token_status.needs_certificate_login
    assert setup.api_base_url == world.emulator_urls["anaf"]
    token = access_token_for(ctx, world.romanian_company.id)
    services = {service for service, _user in seeded.keyring.entries()}
    assert service_name(setup.tokens_ref) in services and service_name(setup.app_ref) in services
    # No secret reaches a file: not the tokens, not the services' client secrets.
    secrets = [token, *(value for value in seeded.keyring.entries().values() if len(value) >= 8)]
    for file in files_under(ctx.paths.data_dir):
        content = file.read_bytes()
        leaked = [s for s in secrets if s.encode() in content]
        assert not leaked, f"{file.name} holds a secret"


def test_two_supplier_invoices_are_imported_from_the_inbox(seeded: Seeded):
    ctx, world = seeded.ctx, seeded.world
    received = list_received(ctx, world.romanian_company.id, ALL).rows

    assert len(received) == 2 and {row.state for row in received} == {"imported"}
    assert all(row.seller_name.endswith("(demo)") and row.seller_vat_id.startswith("RO") for row in received)
    assert all(row.declared_payable == row.declared_gross > 0 for row in received)
    assert all((ctx.paths.archive_dir / row.archive_path).is_file() for row in received)
    assert sorted(row.number for row in world.received) == sorted(row.number for row in received)


def test_connections_point_at_the_running_emulators(seeded: Seeded):
    ctx, world = seeded.ctx, seeded.world
    (fakturoid,) = list_connections(ctx, world.czech_company.id)

    assert fakturoid.service == "fakturoid" and fakturoid.name.endswith("(demo)")
    assert fakturoid.settings["base_url"].startswith(world.emulator_urls["fakturoid"])
    assert set(world.emulator_urls) == {"fakturoid", "anaf"}
    assert all(url.startswith("http://127.0.0.1:") for url in world.emulator_urls.values())
    # Without the official rules on this machine, the demo says which checks the invoice passed instead.
    assert "official e-Factura rules are missing or damaged" in world.validation
