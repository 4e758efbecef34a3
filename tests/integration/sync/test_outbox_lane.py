"""The outbox and its lane against the Fakturoid emulator over real HTTP on 127.0.0.1."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import update

from invoicedesk.app.sync import document_jobs, enqueue_push, resend, run_connection
from invoicedesk.store.models import OutboxJobModel
from invoicedesk.sync.lane import LanePolicy
from invoicedesk.sync.outbox import JobState, Operation

from .conftest import FAST

NO_PDF = LanePolicy(archive_pdf=False)


def _remote_invoices(emulator):
    """Invoices the emulator holds: the truth about what was created, whatever the client heard."""
    slug = emulator.demo_credentials()["slug"]
    return list(emulator.store.accounts[slug].invoices.values())


def test_documents_are_pushed_once_and_their_pdfs_archived(app_context, setup):
    for document_id in setup.document_ids:
        enqueue_push(app_context, document_id, setup.connection_id)
        enqueue_push(app_context, document_id, setup.connection_id)  # a double click queues nothing more

    report = run_connection(app_context, setup.connection_id, options=FAST)

    pushes = len(setup.document_ids)
    assert len(report.done) == 2 * pushes  # each push, then its PDF
    assert len(_remote_invoices(setup.emulator)) == pushes
    jobs = document_jobs(app_context, setup.document_ids[0])
    assert [(j.operation, j.state) for j in jobs] == [
        (Operation.PUSH, JobState.DONE),
        (Operation.ARCHIVE_PDF, JobState.DONE),
    ]
    assert jobs[0].remote_number  # the number the service gave it
    archived = list((app_context.paths.archive_dir / str(setup.company.id) / "pdf").iterdir())
    assert len(archived) == pushes
    assert all(path.read_bytes().startswith(b"%PDF") for path in archived)


def test_a_create_whose_answer_was_lost_is_found_not_sent_again(app_context, setup):
    document_id = setup.document_ids[0]
    enqueue_push(app_context, document_id, setup.connection_id)
    setup.emulator.faults.inject("drop_after_commit", method="POST", path=r"/invoices\.json$")

    report = run_connection(app_context, setup.connection_id, options=FAST, policy=NO_PDF)

    assert len(report.done) == 1
    assert len(_remote_invoices(setup.emulator)) == 1
    lookups = [e for e in setup.emulator.journal if e.method == "GET" and "custom_id" in e.query]
    assert lookups, "the lost create must be looked up by its key"


def test_when_even_the_lookup_fails_the_job_waits_and_is_reconciled_later(app_context, setup):
    document_id = setup.document_ids[0]
    enqueue_push(app_context, document_id, setup.connection_id)
    setup.emulator.faults.inject("drop_after_commit", method="POST", path=r"/invoices\.json$")
    setup.emulator.faults.inject("status", status=503, method="GET", path=r"/invoices\.json$", times=-1)

    first = run_connection(app_context, setup.connection_id, options=FAST, policy=NO_PDF)
    job = document_jobs(app_context, document_id)[0]
    assert first.waiting == [job.id]
    assert job.state is JobState.RETRY_WAIT

    setup.emulator.faults.clear()
    _make_due(app_context)
    second = run_connection(app_context, setup.connection_id, options=FAST, policy=NO_PDF)

    assert second.done == [job.id]
    assert len(_remote_invoices(setup.emulator)) == 1  # the dropped create, and nothing after it
    assert document_jobs(app_context, document_id)[0].remote_id


def test_a_crashed_lane_is_reconciled_on_the_next_run(app_context, setup):
    document_id = setup.document_ids[0]
    enqueue_push(app_context, document_id, setup.connection_id)
    # The emulator creates the invoice; the lane "dies" before it records anything (lease left behind).
    setup.emulator.faults.inject("drop_after_commit", method="POST", path=r"/invoices\.json$")
    run_connection(app_context, setup.connection_id, options=FAST, policy=NO_PDF)
    with app_context.database.session() as session:
        session.execute(
            update(OutboxJobModel).values(
                state="in_flight", lease_until=dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1)
            )
        )

    report = run_connection(app_context, setup.connection_id, options=FAST, policy=NO_PDF)

    assert len(report.done) == 1
    assert len(_remote_invoices(setup.emulator)) == 1


def test_a_validation_error_waits_for_a_person_then_resend_sends_it(app_context, setup):
    document_id = setup.document_ids[0]
    enqueue_push(app_context, document_id, setup.connection_id)
    setup.emulator.faults.inject("status", status=402, method="POST", path=r"/invoices\.json$")

    report = run_connection(app_context, setup.connection_id, options=FAST, policy=NO_PDF)

    job = document_jobs(app_context, document_id)[0]
    assert report.needs_attention == [job.id]
    assert job.state is JobState.NEEDS_ATTENTION
    assert job.last_error_category == "plan_without_api"

    resend(app_context, job.id)
    again = run_connection(app_context, setup.connection_id, options=FAST, policy=NO_PDF)
    assert again.done == [job.id]
    assert len(_remote_invoices(setup.emulator)) == 1


def test_an_outage_defers_with_backoff_and_nothing_is_lost(app_context, setup):
    document_id = setup.document_ids[0]
    enqueue_push(app_context, document_id, setup.connection_id)
    setup.emulator.faults.inject("status", status=503, times=-1)

    report = run_connection(app_context, setup.connection_id, options=FAST, policy=NO_PDF)
    job = document_jobs(app_context, document_id)[0]
    assert report.waiting == [job.id]
    assert job.next_attempt_at is not None and job.next_attempt_at > dt.datetime.now(dt.UTC)
    # Not due yet: a second run does nothing.
    assert run_connection(app_context, setup.connection_id, options=FAST).processed == 0

    setup.emulator.faults.clear()
    _make_due(app_context)
    final = run_connection(app_context, setup.connection_id, options=FAST, policy=NO_PDF)
    assert final.done == [job.id]
    assert len(_remote_invoices(setup.emulator)) == 1


def _make_due(ctx) -> None:
    with ctx.database.session() as session:
        session.execute(
            update(OutboxJobModel)
            .where(OutboxJobModel.state == "retry_wait")
            .values(next_attempt_at=dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1))
        )


def test_the_jobs_of_a_page_of_documents_come_in_one_query(app_context, setup):
    from invoicedesk.app.sync import jobs_of_documents

    enqueue_push(app_context, setup.document_ids[0], setup.connection_id)
    found = jobs_of_documents(app_context, setup.document_ids)

    assert set(found) == set(setup.document_ids)
    assert [job.document_id for job in found[setup.document_ids[0]]] == [setup.document_ids[0]]
    assert all(found[other] == [] for other in setup.document_ids[1:])
    assert jobs_of_documents(app_context, []) == {}
