"""A sync lane: works through one connection's outbox, one job at a time, in order.

One lane per connection keeps a service's rate limit and the order of documents (an invoice before its
credit note). Decisions per outcome:
- created / found           → done (a push also queues archiving the PDF and, if asked, the e-mail)
- uncertain outcome         → retry soon; the next attempt looks the document up before sending anything
- rate limited / unavailable / network → retry at the time the service named, else with backoff; after
                              `max_attempts` the job waits for a person
- anything else (credentials, plan, validation, …) → needs a person; the message says what to fix
"""

from __future__ import annotations

import datetime as dt
import logging
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from invoicedesk.connectors.contract import Connector, PushResult, PushStatus
from invoicedesk.connectors.errors import ConnectorError, ErrorCategory
from invoicedesk.core.documents import Document
from invoicedesk.store.database import Database
from invoicedesk.store.repositories.documents import DocumentRepository
from invoicedesk.sync import outbox
from invoicedesk.sync.archive import archive_bytes
from invoicedesk.sync.outbox import Job, JobState, Operation

log = logging.getLogger(__name__)

UNCERTAIN_RECHECK = dt.timedelta(seconds=30)
ASYNC_RECHECK = dt.timedelta(seconds=10)


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def backoff(attempts: int, *, base: float = 30.0, cap: float = 3600.0) -> dt.timedelta:
    """Exponential with jitter: 30 s, 60 s, 2 min … capped at an hour, so an outage is not hammered."""
    delay = min(cap, base * (2 ** max(attempts - 1, 0)))
    return dt.timedelta(seconds=delay * random.uniform(0.8, 1.2))


@dataclass
class LanePolicy:
    lease: dt.timedelta = dt.timedelta(minutes=5)
    max_attempts: int = 8
    send_email: bool = False
    archive_pdf: bool = True


@dataclass
class LaneReport:
    done: list[int] = field(default_factory=list)
    waiting: list[int] = field(default_factory=list)
    needs_attention: list[int] = field(default_factory=list)

    @property
    def processed(self) -> int:
        return len(self.done) + len(self.waiting) + len(self.needs_attention)


class Lane:
    def __init__(
        self,
        database: Database,
        connection_id: int,
        connector: Connector,
        *,
        archive_dir: Path,
        policy: LanePolicy | None = None,
        now: Callable[[], dt.datetime] = utc_now,
    ) -> None:
        self.database = database
        self.connection_id = connection_id
        self.connector = connector
        self.archive_dir = archive_dir
        self.policy = policy or LanePolicy()
        self.now = now

    def run(self, *, max_jobs: int | None = None) -> LaneReport:
        """Work until no job is due (or `max_jobs` were handled). Never raises for a job's failure."""
        report = LaneReport()
        while max_jobs is None or report.processed < max_jobs:
            with self.database.session() as session:
                job = outbox.claim(session, self.connection_id, now=self.now(), lease=self.policy.lease)
            if job is None:
                break
            state = self._work(job)
            {JobState.DONE: report.done, JobState.RETRY_WAIT: report.waiting}.get(
                state, report.needs_attention
            ).append(job.id)
        return report

    def _work(self, job: Job) -> JobState:
        try:
            with self.database.read_session() as session:
                repository = DocumentRepository(session)
                document = repository.get(job.document_id)
                company_id = repository.company_id_of(job.document_id)
            if document is None or company_id is None:
                return self._hold(job, ErrorCategory.VALIDATION_FAILED, "The document no longer exists.", [])
            if job.operation is Operation.PUSH:
                return self._push(job, document)
            if job.operation is Operation.ARCHIVE_PDF:
                return self._archive_pdf(job, document, company_id)
            return self._send_email(job, document)
        except ConnectorError as error:
            return self._failed(job, error)
        except Exception as error:  # a fault of ours must park the job, not kill the lane
            log.exception("Outbox job %s failed unexpectedly", job.id)
            return self._hold(job, ErrorCategory.PROTOCOL_SURPRISE, f"Unexpected error: {error}", [])

    def _push(self, job: Job, document: Document) -> JobState:
        corrects_remote_id = ""
        if document.corrects and document.corrects.document_id:
            with self.database.read_session() as session:
                original = outbox.done_push_of(session, document.corrects.document_id, self.connection_id)
            if original is None:
                return self._defer(
                    job,
                    ErrorCategory.VALIDATION_FAILED,
                    "Waiting for the corrected document to be sent first.",
                    backoff(job.attempts),
                )
            corrects_remote_id = original.remote_id
        result: PushResult | None = None
        if job.may_have_reached_the_service or job.remote_id:
            result = self.connector.lookup(job.idempotency_key, document)
        if result is None:
            result = self.connector.push(document, job.idempotency_key, corrects_remote_id=corrects_remote_id)
        if result.status is PushStatus.PENDING:
            return self._defer(
                job,
                ErrorCategory.UNCERTAIN_OUTCOME,
                "The service is still creating the document.",
                ASYNC_RECHECK,
                remote_id=result.pending_reference,
            )
        now = self.now()
        with self.database.session() as session:
            outbox.complete(
                session, job.id, remote_id=result.remote_id, remote_number=result.remote_number, now=now
            )
            capabilities = self.connector.capabilities
            if self.policy.archive_pdf and capabilities.pdf_format != "none":
                outbox.enqueue(session, job.document_id, self.connection_id, Operation.ARCHIVE_PDF, now=now)
            if self.policy.send_email and capabilities.can_send_email and document.buyer.email:
                outbox.enqueue(session, job.document_id, self.connection_id, Operation.SEND_EMAIL, now=now)
        return JobState.DONE

    def _remote_id(self, job: Job) -> str:
        with self.database.read_session() as session:
            pushed = outbox.done_push_of(session, job.document_id, self.connection_id)
        if pushed is None:
            raise ConnectorError(ErrorCategory.VALIDATION_FAILED, "The document has not been sent yet.")
        return pushed.remote_id

    def _archive_pdf(self, job: Job, document: Document, company_id: int) -> JobState:
        remote_id = self._remote_id(job)
        data = self.connector.pdf(remote_id)
        with self.database.session() as session:
            archive_bytes(
                session,
                self.archive_dir,
                document_id=job.document_id,
                company_id=company_id,
                kind="pdf",
                filename=f"{document.number}.pdf",
                data=data,
            )
            outbox.complete(session, job.id, remote_id=remote_id, remote_number="", now=self.now())
        return JobState.DONE

    def _send_email(self, job: Job, document: Document) -> JobState:
        remote_id = self._remote_id(job)
        if job.last_error_category == ErrorCategory.UNCERTAIN_OUTCOME.value:
            # An e-mail cannot be looked up; whether to risk a second copy is for a person to decide.
            return self._hold(
                job,
                ErrorCategory.UNCERTAIN_OUTCOME,
                "It is not known whether the e-mail went out. Ask the buyer, then press Resend if needed.",
                [],
            )
        self.connector.send_email(remote_id, document.buyer.email or None)
        with self.database.session() as session:
            outbox.complete(session, job.id, remote_id=remote_id, remote_number="", now=self.now())
        return JobState.DONE

    def _failed(self, job: Job, error: ConnectorError) -> JobState:
        if error.category is ErrorCategory.UNCERTAIN_OUTCOME:
            return self._defer(job, error.category, error.detail, UNCERTAIN_RECHECK)
        if error.is_transient:
            if job.attempts >= self.policy.max_attempts:
                return self._hold(
                    job,
                    error.category,
                    f"{error.detail} Gave up after {job.attempts} attempts; press Resend to try again.",
                    error.field_errors,
                )
            if error.retry_at is not None:
                delay = max(error.retry_at - self.now(), dt.timedelta(0))
            elif error.retry_after is not None:
                delay = dt.timedelta(seconds=error.retry_after)
            else:
                delay = backoff(job.attempts)
            return self._defer(job, error.category, error.detail, delay)
        return self._hold(job, error.category, error.detail, error.field_errors)

    def _defer(
        self, job: Job, category: ErrorCategory, message: str, delay: dt.timedelta, *, remote_id: str = ""
    ) -> JobState:
        now = self.now()
        with self.database.session() as session:
            outbox.defer(
                session,
                job.id,
                next_attempt_at=now + delay,
                category=category.value,
                message=message,
                now=now,
                remote_id=remote_id,
            )
        return JobState.RETRY_WAIT

    def _hold(self, job: Job, category: ErrorCategory, message: str, field_errors: list) -> JobState:
        with self.database.session() as session:
            outbox.hold_for_person(
                session,
                job.id,
                category=category.value,
                message=message,
                field_errors=field_errors,
                now=self.now(),
            )
        return JobState.NEEDS_ATTENTION
