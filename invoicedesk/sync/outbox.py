"""The outbox: one job row per (document, connection, operation), moved through a small state machine.

    pending → in_flight → done | retry_wait | needs_attention          (needs_attention → pending on "Resend")

A job is claimed with one atomic statement that also leases it. A lane that dies mid-call leaves the job
`in_flight` with a lease that runs out; the next claim takes it again, and because its attempt count is then
above one, the lane looks the document up at the service before it sends anything (the create may have
arrived). Nothing is lost and nothing is sent twice.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy import and_, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from invoicedesk.core.errors import FieldError
from invoicedesk.store.models import OutboxJobModel


class JobState(StrEnum):
    PENDING = "pending"
    IN_FLIGHT = "in_flight"
    DONE = "done"
    RETRY_WAIT = "retry_wait"
    NEEDS_ATTENTION = "needs_attention"


class Operation(StrEnum):
    PUSH = "push"
    ARCHIVE_PDF = "archive_pdf"
    SEND_EMAIL = "send_email"


@dataclass(frozen=True)
class Job:
    id: int
    document_id: int
    connection_id: int
    operation: Operation
    state: JobState
    attempts: int
    idempotency_key: str
    remote_id: str
    remote_number: str
    last_error_category: str
    last_error_message: str
    field_errors: list[FieldError] = field(default_factory=list)
    next_attempt_at: dt.datetime | None = None

    @property
    def may_have_reached_the_service(self) -> bool:
        """An earlier attempt was made; its create may have arrived even if we never heard back."""
        return self.attempts > 1


def _job(row: Any) -> Job:
    return Job(
        id=row.id,
        document_id=row.document_id,
        connection_id=row.connection_id,
        operation=Operation(row.operation),
        state=JobState(row.state),
        attempts=row.attempts,
        idempotency_key=row.idempotency_key,
        remote_id=row.remote_id,
        remote_number=row.remote_number,
        last_error_category=row.last_error_category,
        last_error_message=row.last_error_message,
        field_errors=[FieldError(**item) for item in (row.field_errors or [])],
        next_attempt_at=row.next_attempt_at,
    )


def idempotency_key(document_id: int, connection_id: int, operation: Operation) -> str:
    """Stable for the life of the job, so every retry and lookup names the same remote document."""
    return f"ID-{connection_id}-{document_id}-{operation.value}"


def enqueue(
    session: Session, document_id: int, connection_id: int, operation: Operation, *, now: dt.datetime
) -> Job:
    """Add a job, or return the one that exists: enqueuing twice never makes two jobs."""
    existing = session.scalars(
        select(OutboxJobModel).where(
            OutboxJobModel.document_id == document_id,
            OutboxJobModel.connection_id == connection_id,
            OutboxJobModel.operation == operation.value,
        )
    ).first()
    if existing is not None:
        return _job(existing)
    row = OutboxJobModel(
        document_id=document_id,
        connection_id=connection_id,
        operation=operation.value,
        state=JobState.PENDING.value,
        attempts=0,
        idempotency_key=idempotency_key(document_id, connection_id, operation),
        next_attempt_at=now,
        created_at=now,
        updated_at=now,
    )
    try:
        with session.begin_nested():
            session.add(row)
    except IntegrityError:
        # Another writer enqueued the same job between our look and our insert.
        return _job(
            session.scalars(
                select(OutboxJobModel).where(
                    OutboxJobModel.document_id == document_id,
                    OutboxJobModel.connection_id == connection_id,
                    OutboxJobModel.operation == operation.value,
                )
            ).one()
        )
    return _job(row)


def _claimable(connection_id: int, now: dt.datetime) -> Any:
    return and_(
        OutboxJobModel.connection_id == connection_id,
        or_(
            OutboxJobModel.state == JobState.PENDING.value,
            and_(OutboxJobModel.state == JobState.RETRY_WAIT.value, OutboxJobModel.next_attempt_at <= now),
            and_(OutboxJobModel.state == JobState.IN_FLIGHT.value, OutboxJobModel.lease_until < now),
        ),
    )


def claim(session: Session, connection_id: int, *, now: dt.datetime, lease: dt.timedelta) -> Job | None:
    """Take the oldest due job of a connection and lease it, in one statement.

    PostgreSQL: the candidate row is locked with SKIP LOCKED, so two lanes never take the same job.
    SQLite: the session already holds the write lock (BEGIN IMMEDIATE), which serialises claimers."""
    candidate = (
        select(OutboxJobModel.id).where(_claimable(connection_id, now)).order_by(OutboxJobModel.id).limit(1)
    )
    if session.get_bind().dialect.name == "postgresql":
        candidate = candidate.with_for_update(skip_locked=True)
    statement = (
        update(OutboxJobModel)
        .where(OutboxJobModel.id == candidate.scalar_subquery(), _claimable(connection_id, now))
        .values(
            state=JobState.IN_FLIGHT.value,
            lease_until=now + lease,
            attempts=OutboxJobModel.attempts + 1,
            updated_at=now,
        )
        .returning(*OutboxJobModel.__table__.columns)
    )
    row = session.execute(statement).first()
    return _job(row) if row is not None else None


def complete(session: Session, job_id: int, *, remote_id: str, remote_number: str, now: dt.datetime) -> None:
    session.execute(
        update(OutboxJobModel)
        .where(OutboxJobModel.id == job_id)
        .values(
            state=JobState.DONE.value,
            remote_id=remote_id,
            remote_number=remote_number,
            lease_until=None,
            last_error_category="",
            last_error_message="",
            field_errors=[],
            updated_at=now,
        )
    )


def defer(
    session: Session,
    job_id: int,
    *,
    next_attempt_at: dt.datetime,
    category: str,
    message: str,
    now: dt.datetime,
    remote_id: str = "",
) -> None:
    """Try again later on its own: the service was busy, unreachable, or the outcome is not known yet."""
    values: dict[str, Any] = {
        "state": JobState.RETRY_WAIT.value,
        "next_attempt_at": next_attempt_at,
        "lease_until": None,
        "last_error_category": category,
        "last_error_message": message,
        "updated_at": now,
    }
    if remote_id:
        values["remote_id"] = remote_id
    session.execute(update(OutboxJobModel).where(OutboxJobModel.id == job_id).values(**values))


def hold_for_person(
    session: Session,
    job_id: int,
    *,
    category: str,
    message: str,
    field_errors: list[FieldError],
    now: dt.datetime,
) -> None:
    """Stop until someone fixes the cause and presses Resend; retrying by itself could not help."""
    session.execute(
        update(OutboxJobModel)
        .where(OutboxJobModel.id == job_id)
        .values(
            state=JobState.NEEDS_ATTENTION.value,
            lease_until=None,
            last_error_category=category,
            last_error_message=message,
            field_errors=[{"field": e.field, "message": e.message, "hint": e.hint} for e in field_errors],
            updated_at=now,
        )
    )


def resend(session: Session, job_id: int, *, now: dt.datetime) -> Job:
    """Put a held job back in the queue. Its attempt count is kept, so the lane still looks up first."""
    row = session.get(OutboxJobModel, job_id)
    if row is None:
        raise LookupError(f"There is no outbox job {job_id}.")
    if row.state not in (JobState.NEEDS_ATTENTION.value, JobState.RETRY_WAIT.value):
        raise ValueError(f"Job {job_id} is {row.state}; only a job that waits can be sent again.")
    row.state = JobState.PENDING.value
    row.next_attempt_at = now
    # The person has dealt with the cause; the old error must not decide the next attempt.
    row.last_error_category = ""
    row.last_error_message = ""
    row.updated_at = now
    session.flush()
    return _job(row)


def jobs_of_document(session: Session, document_id: int) -> list[Job]:
    rows = session.scalars(
        select(OutboxJobModel).where(OutboxJobModel.document_id == document_id).order_by(OutboxJobModel.id)
    )
    return [_job(row) for row in rows]


def jobs_of_documents(session: Session, document_ids: list[int]) -> dict[int, list[Job]]:
    """The jobs of many documents in one query (a list page shows the sync state of each row)."""
    found: dict[int, list[Job]] = {document_id: [] for document_id in document_ids}
    if not document_ids:
        return found
    rows = session.scalars(
        select(OutboxJobModel)
        .where(OutboxJobModel.document_id.in_(document_ids))
        .order_by(OutboxJobModel.document_id, OutboxJobModel.id)
    )
    for row in rows:
        found[row.document_id].append(_job(row))
    return found


def done_push_of(session: Session, document_id: int, connection_id: int) -> Job | None:
    row = session.scalars(
        select(OutboxJobModel).where(
            OutboxJobModel.document_id == document_id,
            OutboxJobModel.connection_id == connection_id,
            OutboxJobModel.operation == Operation.PUSH.value,
            OutboxJobModel.state == JobState.DONE.value,
        )
    ).first()
    return _job(row) if row is not None else None
