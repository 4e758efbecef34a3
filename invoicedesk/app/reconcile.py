"""Reconcile a connection: the documents sent there against the service's documents as last pulled."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from invoicedesk.app.connections import get_connection
from invoicedesk.app.context import AppContext
from invoicedesk.app.pull import refuse_foreign_documents
from invoicedesk.store.models import DocumentModel, OutboxJobModel
from invoicedesk.store.repositories.documents import document_from_model
from invoicedesk.sync import pull
from invoicedesk.sync.outbox import JobState, Operation
from invoicedesk.sync.reconcile import ReconciliationReport, SentDocument, reconcile_documents


class NothingPulledError(LookupError):
    """The service's side is not known yet, so there is nothing to compare with."""


def reconcile(ctx: AppContext, connection_id: int) -> ReconciliationReport:
    """Compare without calling the service; pull first (app.pull.pull_documents) for a fresh remote side.

    Raises NothingPulledError when the connection's documents were never pulled."""
    refuse_foreign_documents(ctx, connection_id)
    connection = get_connection(ctx, connection_id)
    with ctx.database.read_session() as session:
        pulled_at = pull.last_pulled_at(session, connection_id, pull.DOCUMENTS)
        if pulled_at is None:
            raise NothingPulledError(
                f"The documents of {connection.name} have not been pulled from the service yet; run "
                f"`invoicedesk pull documents --connection {connection_id}` first."
            )
        sent, pending_keys = _sent_documents(session, connection_id)
        remote = pull.remote_documents(session, connection_id)
    return reconcile_documents(connection_id, sent, remote, pending_keys=pending_keys, pulled_at=pulled_at)


def _sent_documents(session: Session, connection_id: int) -> tuple[list[SentDocument], set[str]]:
    """Documents whose push to the connection is done, and the keys of pushes still under way (their
    documents may already exist remotely: the outbox looks them up before it sends anything)."""
    pushes = select(OutboxJobModel).where(
        OutboxJobModel.connection_id == connection_id, OutboxJobModel.operation == Operation.PUSH.value
    )
    done: dict[int, OutboxJobModel] = {}
    pending_keys: set[str] = set()
    for job in session.scalars(pushes):
        if job.state == JobState.DONE.value:
            done[job.document_id] = job
        else:
            pending_keys.add(job.idempotency_key)
    if not done:
        return [], pending_keys
    done_documents = pushes.where(OutboxJobModel.state == JobState.DONE.value).with_only_columns(
        OutboxJobModel.document_id
    )
    rows = session.scalars(
        select(DocumentModel)
        .where(DocumentModel.id.in_(done_documents))
        .order_by(DocumentModel.id)
        .options(selectinload(DocumentModel.lines))
    )
    sent = [
        SentDocument(document_from_model(row), done[row.id].remote_id, done[row.id].remote_number,
                     done[row.id].idempotency_key)
        for row in rows
    ]
    return sent, pending_keys
