"""Sending documents to services through the outbox, and what the UI and CLI show of it."""

from __future__ import annotations

import datetime as dt

from invoicedesk.app.connections import build_connector, get_connection, list_connections
from invoicedesk.app.context import AppContext
from invoicedesk.connectors.contract import BuildOptions
from invoicedesk.core.errors import DomainValidationError
from invoicedesk.store.models import NumberSeriesModel
from invoicedesk.store.repositories.documents import DocumentRepository
from invoicedesk.sync import outbox
from invoicedesk.sync.lane import Lane, LanePolicy, LaneReport, utc_now
from invoicedesk.sync.outbox import Job, Operation


def enqueue_push(ctx: AppContext, document_id: int, connection_id: int) -> Job:
    """Queue a document for a connection of its own company. Queuing it twice makes one job."""
    connection = get_connection(ctx, connection_id)
    with ctx.database.session() as session:
        repository = DocumentRepository(session)
        company_id = repository.company_id_of(document_id)
        if company_id is None:
            raise LookupError(f"There is no document with id {document_id}.")
        if company_id != connection.company_id:
            raise DomainValidationError.single(
                "connection_id",
                f"{connection.name} belongs to another company than document {document_id}",
                "Choose a connection of the company that issued the document.",
            )
        document = repository.get(document_id)
        if document is not None and document.series_id is not None:
            series = session.get(NumberSeriesModel, document.series_id)
            if series is not None and series.connection_id not in (None, connection_id):
                raise DomainValidationError.single(
                    "series_id",
                    f"The series {series.pattern!r} belongs to another connection",
                    "A series numbers documents for one connection only; send the document there.",
                )
        return outbox.enqueue(session, document_id, connection_id, Operation.PUSH, now=utc_now())


def run_connection(
    ctx: AppContext,
    connection_id: int,
    *,
    policy: LanePolicy | None = None,
    options: BuildOptions | None = None,
    max_jobs: int | None = None,
) -> LaneReport:
    """Work through one connection's due jobs (the headless `sync run` and the UI's "Send now")."""
    connector = build_connector(ctx, connection_id, options=options)
    try:
        lane = Lane(ctx.database, connection_id, connector, archive_dir=ctx.paths.archive_dir, policy=policy)
        return lane.run(max_jobs=max_jobs)
    finally:
        connector.close()


def run_company(ctx: AppContext, company_id: int, **kwargs: object) -> dict[int, LaneReport]:
    return {c.id: run_connection(ctx, c.id, **kwargs) for c in list_connections(ctx, company_id)}  # type: ignore[arg-type]


def document_jobs(ctx: AppContext, document_id: int) -> list[Job]:
    """Every job of a document: its sync state per connection and operation, with the last error."""
    with ctx.database.read_session() as session:
        return outbox.jobs_of_document(session, document_id)


def jobs_of_documents(ctx: AppContext, document_ids: list[int]) -> dict[int, list[Job]]:
    """The jobs of a page of documents in one query."""
    with ctx.database.read_session() as session:
        return outbox.jobs_of_documents(session, document_ids)


def resend(ctx: AppContext, job_id: int) -> Job:
    with ctx.database.session() as session:
        return outbox.resend(session, job_id, now=utc_now())


def due_now(ctx: AppContext) -> dt.datetime:
    return utc_now()
