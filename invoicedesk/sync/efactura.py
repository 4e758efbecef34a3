"""The e-Factura submission state machine: one row per (document, company) in `efactura_submissions`.

    queued → validating → uploading → uploaded(index) → processing → ok (receipt archived)
                 │            │                                    └→ nok (ANAF's errors on the document)
                 │            ├→ uncertain (the answer was lost) → found in the list → uploaded / ok / nok
                 │            └→ retry_wait (outage, with the next attempt time) → where it stopped
                 └→ needs_attention (field-level validation errors; or anything a person must fix)

How it differs from the generic outbox (sync/outbox.py), whose ideas it reuses — a lease on the row while
it is worked on, and "an earlier attempt may have arrived ⇒ look it up before sending again":
- ANAF answers an upload with an index, not a finished document. The index is committed in its own
  transaction the moment it arrives; processing is then polled (stareMesaj) with backoff, within ANAF's
  daily limits, and while an index exists the document is never uploaded again.
- The result is a signed ZIP, archived byte for byte (kind "efactura-receipt"), or an error file whose
  messages are put on the document (kind "efactura-errors" keeps that ZIP too).
- ANAF cannot be asked "do you have key X": an upload whose answer was lost (timeout, reset, gateway
  error, or a crash between sending and saving) becomes `uncertain`, and the message list is searched for
  the exact bytes that were sent (sync/efactura_reconcile.py) before anything is sent again. Only after a
  grace period without a trace is the document uploaded again; ANAF's duplicate check then names the
  original upload if it did arrive, and that index is followed instead.
- Before any upload the document is built and validated locally (XSD + CIUS-RO rules); field-level errors
  stop it in `needs_attention` without a call to ANAF.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import random
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import and_, case, func, or_, select, type_coerce, update

from invoicedesk.connectors.anaf.client import EfacturaClient, cif_digits, upload_body
from invoicedesk.connectors.anaf.messages import (
    STATE_NOK,
    STATE_OK,
    STATE_PROCESSING,
    STATE_REJECTED,
)
from invoicedesk.connectors.anaf.receipts import (
    UnsafeArchiveError,
    open_receipt,
    read_error_file,
    readable_errors,
)
from invoicedesk.connectors.anaf.ubl import UblBuildError, build_ubl
from invoicedesk.connectors.anaf.validation import RulesError, Validator
from invoicedesk.connectors.errors import ConnectorError, ErrorCategory
from invoicedesk.core.documents import Document
from invoicedesk.core.errors import FieldError
from invoicedesk.store.database import Database
from invoicedesk.store.models_efactura import EfacturaSubmissionModel as Row
from invoicedesk.store.repositories.documents import DocumentRepository
from invoicedesk.sync.archive import archive_bytes
from invoicedesk.sync.efactura_reconcile import find_lost_upload

log = logging.getLogger(__name__)

RECEIPT_KIND = "efactura-receipt"
MIN_PAUSE = 1.0  # seconds between two steps of one submission
ERRORS_KIND = "efactura-errors"


class State(StrEnum):
    QUEUED = "queued"
    VALIDATING = "validating"
    UPLOADING = "uploading"
    UNCERTAIN = "uncertain"
    UPLOADED = "uploaded"
    PROCESSING = "processing"
    OK = "ok"
    NOK = "nok"
    NEEDS_ATTENTION = "needs_attention"
    RETRY_WAIT = "retry_wait"


FINAL_STATES = frozenset({State.OK, State.NOK, State.NEEDS_ATTENTION})
ACTIVE_STATES = frozenset(set(State) - FINAL_STATES)


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass(frozen=True)
class SubmissionPolicy:
    poll_first: float = 2.0  # seconds after the upload before the first status query
    poll_cap: float = 900.0  # polls slow down to one per 15 min: ~100 a day, ANAF's per-message limit
    outage_first: float = 60.0
    outage_cap: float = 3600.0
    max_outage_retries: int = 24  # then a person is asked (about a day of outage at the cap)
    uncertain_first_check: dt.timedelta = dt.timedelta(minutes=2)  # the list ends a minute back
    uncertain_recheck: dt.timedelta = dt.timedelta(minutes=2)
    uncertain_grace: dt.timedelta = dt.timedelta(minutes=30)  # the list may lag processing by ~15 min
    lease: dt.timedelta = dt.timedelta(minutes=5)


@dataclass(frozen=True)
class Submission:
    id: int
    document_id: int
    company_id: int
    environment: str
    state: State
    resume_state: str
    upload_index: str
    upload_attempts: int
    upload_outcome: str
    polls: int
    download_id: str
    receipt_path: str  # relative to the archive folder
    next_attempt_at: dt.datetime | None
    last_error_category: str
    last_error_message: str
    field_errors: list[FieldError] = field(default_factory=list)
    anaf_errors: list[str] = field(default_factory=list)
    history: list[dict[str, Any]] = field(default_factory=list)

    @property
    def final(self) -> bool:
        return self.state in FINAL_STATES


def _view(row: Row) -> Submission:
    return Submission(
        id=row.id,
        document_id=row.document_id,
        company_id=row.company_id,
        environment=row.environment,
        state=State(row.state),
        resume_state=row.resume_state,
        upload_index=row.upload_index or "",
        upload_attempts=row.upload_attempts,
        upload_outcome=row.upload_outcome,
        polls=row.polls,
        download_id=row.download_id,
        receipt_path=row.receipt_path,
        next_attempt_at=row.next_attempt_at,
        last_error_category=row.last_error_category,
        last_error_message=row.last_error_message,
        field_errors=[FieldError(**item) for item in row.field_errors or []],
        anaf_errors=list(row.anaf_errors or []),
        history=list(row.history or []),
    )


def _cui(identifier: str) -> str:
    """The digits of a Romanian CUI (or a CNP) without RO; "" for a foreign identifier."""
    text = "".join(identifier.split()).upper().removeprefix("RO")
    return text if text.isdigit() else ""


def _field_errors(errors: Iterable[FieldError]) -> list[dict[str, str]]:
    return [{"field": e.field, "message": e.message, "hint": e.hint} for e in errors]


def _cleared_errors() -> dict[str, Any]:
    return {"last_error_category": "", "last_error_message": "", "field_errors": [], "anaf_errors": []}


def read_submission(database: Database, submission_id: int) -> Submission:
    with database.read_session() as session:
        row = session.get(Row, submission_id)
        if row is None:
            raise LookupError(f"There is no e-Factura submission {submission_id}.")
        return _view(row)


def submission_for_document(database: Database, document_id: int) -> Submission | None:
    with database.read_session() as session:
        row = session.scalars(select(Row).where(Row.document_id == document_id)).first()
        return _view(row) if row is not None else None


def company_submissions(database: Database, company_id: int) -> list[Submission]:
    with database.read_session() as session:
        rows = session.scalars(select(Row).where(Row.company_id == company_id).order_by(Row.id))
        return [_view(row) for row in rows]


def next_attempt_at(database: Database, company_id: int | None = None) -> dt.datetime | None:
    """When the earliest unfinished submission (of the company) can be worked on next: its next attempt, or
    the end of the lease another worker holds on it, whichever is later."""
    free_at = case(
        (and_(Row.lease_until.is_not(None), Row.lease_until > Row.next_attempt_at), Row.lease_until),
        else_=Row.next_attempt_at,
    )
    query = select(func.min(type_coerce(free_at, Row.next_attempt_at.type))).where(
        Row.state.in_([s.value for s in ACTIVE_STATES])
    )
    if company_id is not None:
        query = query.where(Row.company_id == company_id)
    with database.read_session() as session:
        return session.scalar(query)


class EfacturaSubmissions:
    """Moves submissions through the states above. Safe to run from several processes: a row is leased
    while it is worked on, and every step commits before the next call to ANAF."""

    def __init__(
        self,
        database: Database,
        archive_dir: Path,
        *,
        client_for: Callable[[int], EfacturaClient],
        validator: Callable[[], Validator],
        now: Callable[[], dt.datetime] = utc_now,
        policy: SubmissionPolicy | None = None,
    ) -> None:
        self.database = database
        self.archive_dir = Path(archive_dir)
        self.client_for = client_for
        self.validator = validator
        self.now = now
        self.policy = policy or SubmissionPolicy()
        self._clients: dict[int, EfacturaClient] = {}

    # ---- reading -------------------------------------------------------------------------------------------

    def get(self, submission_id: int) -> Submission:
        return read_submission(self.database, submission_id)

    def due(self, *, company_id: int | None = None, limit: int = 100) -> list[int]:
        now = self.now()
        query = (
            select(Row.id)
            .where(
                Row.state.in_([s.value for s in ACTIVE_STATES]),
                or_(Row.next_attempt_at.is_(None), Row.next_attempt_at <= now),
                or_(Row.lease_until.is_(None), Row.lease_until < now),
            )
            .order_by(Row.next_attempt_at, Row.id)
            .limit(limit)
        )
        if company_id is not None:
            query = query.where(Row.company_id == company_id)
        with self.database.read_session() as session:
            return list(session.scalars(query))

    # ---- commands ------------------------------------------------------------------------------------------

    def queue(self, document_id: int, *, environment: str) -> Submission:
        """Queue a document for sending, or send it again after a person fixed the cause ("Resend").

        A document ANAF accepted stays as it is; one with an upload index is polled again, never uploaded
        again; one whose upload may have arrived is looked for in the message list first."""
        now = self.now()
        with self.database.session() as session:
            company_id = DocumentRepository(session).company_id_of(document_id)
            if company_id is None:
                raise LookupError(f"There is no document with id {document_id}.")
            row = session.scalars(select(Row).where(Row.document_id == document_id)).first()
            if row is None:
                row = Row(
                    document_id=document_id,
                    company_id=company_id,
                    environment=environment,
                    state=State.QUEUED.value,
                    next_attempt_at=now,
                    created_at=now,
                    updated_at=now,
                )
                session.add(row)
                session.flush()
                return _view(row)
            if row.state == State.NOK:
                row.history = [
                    *(row.history or []),
                    {
                        "upload_index": row.upload_index,
                        "download_id": row.download_id,
                        "verdict": row.state,
                        "errors": list(row.anaf_errors or []),
                        "at": now.isoformat(),
                    },
                ]
                self._reset_for_new_upload(row, environment)
            elif row.state == State.NEEDS_ATTENTION:
                if row.upload_index:
                    row.state = State.PROCESSING.value
                elif row.upload_outcome == "unknown":
                    row.state = State.UNCERTAIN.value
                else:
                    self._reset_for_new_upload(row, environment)
            if row.state != State.OK:
                row.next_attempt_at = now
                row.retry_count = 0
                row.resume_state = ""
                for name, value in _cleared_errors().items():
                    setattr(row, name, value)
            row.updated_at = now
            session.flush()
            return _view(row)

    @staticmethod
    def _reset_for_new_upload(row: Row, environment: str) -> None:
        row.state = State.QUEUED.value
        row.environment = environment
        row.upload_index = None
        row.upload_outcome = ""
        row.upload_sha256 = ""
        row.upload_started_at = None
        row.uploaded_at = None
        row.download_id = ""
        row.polls = 0

    def run_due(self, *, company_id: int | None = None, limit: int = 100) -> list[Submission]:
        """Advance every submission that is due once; returns them as they ended up."""
        return [self.advance(submission_id) for submission_id in self.due(company_id=company_id, limit=limit)]

    def settle(self, submission_id: int, *, within: float, sleep: Callable[[float], None]) -> Submission:
        """Advance one submission until it is final or its next step lies beyond `within` seconds."""
        deadline = self.now() + dt.timedelta(seconds=within)
        while True:
            submission = self.advance(submission_id)
            if (
                submission.final
                or submission.next_attempt_at is None
                or submission.next_attempt_at > deadline
            ):
                return submission
            # A due step that did not move (another worker holds the row) is not retried in a tight loop.
            sleep(max(MIN_PAUSE, (submission.next_attempt_at - self.now()).total_seconds()))

    def advance(self, submission_id: int) -> Submission:
        """Do the submission's next due step (possibly several: validate → upload). Never raises for ANAF's
        answers; they end up in the row's state."""
        if not self._claim(submission_id):
            return self.get(submission_id)
        try:
            with self.database.read_session() as session:
                row = session.get(Row, submission_id)
                assert row is not None
            state = State(row.state)
            if state is State.RETRY_WAIT:
                state = State(row.resume_state or State.QUEUED)
            if state in (State.QUEUED, State.VALIDATING) or (
                state is State.UPLOADING and row.upload_outcome != "unknown"
            ):
                step, resume = self._validate_and_upload, State.QUEUED
            elif state in (State.UPLOADING, State.UNCERTAIN):
                # UPLOADING with an unknown outcome: a crash between sending and saving; it may have arrived.
                step, resume = self._reconcile, State.UNCERTAIN
            elif state in (State.UPLOADED, State.PROCESSING):
                step, resume = self._poll, State.PROCESSING
            else:
                return self.get(submission_id)
            try:
                step(row)
            except ConnectorError as error:
                self._failed(row, error, resume=resume)
            except (RulesError, LookupError) as error:  # rules missing, setup missing, document deleted
                self._save(
                    submission_id,
                    state=State.NEEDS_ATTENTION,
                    resume_state=resume,
                    next_attempt_at=None,
                    last_error_category=ErrorCategory.VALIDATION_FAILED,
                    last_error_message=str(error),
                )
            except Exception as error:  # a fault of ours must park the submission, not lose it
                log.exception("e-Factura submission %s failed unexpectedly", submission_id)
                self._save(
                    submission_id,
                    state=State.NEEDS_ATTENTION,
                    resume_state=resume,
                    next_attempt_at=None,
                    last_error_category=ErrorCategory.PROTOCOL_SURPRISE,
                    last_error_message=f"Unexpected error: {error}",
                )
        finally:
            self._release(submission_id)
        return self.get(submission_id)

    # ---- steps ---------------------------------------------------------------------------------------------

    def _document(self, row: Row) -> Document:
        with self.database.read_session() as session:
            document = DocumentRepository(session).get(row.document_id)
        if document is None:
            raise LookupError(f"Document {row.document_id} no longer exists.")
        return document

    def _client(self, company_id: int) -> EfacturaClient:
        if company_id not in self._clients:
            self._clients[company_id] = self.client_for(company_id)
        return self._clients[company_id]

    def _prepare(self, document: Document) -> tuple[bytes, str] | list[FieldError]:
        """The bytes to upload and their standard (UBL / CN), or every field error that stops the upload."""
        try:
            built = build_ubl(document)
        except UblBuildError as exc:
            return list(exc.errors)
        report = self.validator().validate(built.xml)
        if report.errors:
            return [FieldError(issue.field, f"{issue.message} [{issue.rule}]") for issue in report.errors]
        return upload_body(built.xml), ("CN" if built.is_credit_note else "UBL")

    def _validate_and_upload(self, row: Row) -> None:
        if row.upload_index:  # ANAF holds an upload of this document: follow it, never upload again
            self._poll(row)
            return
        self._save(row.id, state=State.VALIDATING)
        document = self._document(row)
        prepared = self._prepare(document)
        if isinstance(prepared, list):
            self._save(
                row.id,
                state=State.NEEDS_ATTENTION,
                resume_state="",
                last_error_category=ErrorCategory.VALIDATION_FAILED,
                last_error_message="The document does not meet e-Factura's rules, so it was not sent; "
                "correct the fields listed and send it again",
                field_errors=_field_errors(prepared),
                next_attempt_at=None,
            )
            return
        body, standard = prepared
        cif = cif_digits(document.seller.registration_id or document.seller.vat_id)
        client = self._client(row.company_id)
        attempts = row.upload_attempts + 1
        now = self.now()
        # Committed BEFORE the request leaves: a crash from here on is reconciled, never re-sent blindly.
        self._save(
            row.id,
            state=State.UPLOADING,
            upload_attempts=attempts,
            upload_outcome="unknown",
            upload_started_at=now,
            upload_sha256=hashlib.sha256(body).hexdigest(),
            standard=standard,
        )
        buyer_country = (document.buyer.address.country or "RO").strip().upper()
        try:
            result = client.upload(
                body,
                cif=cif,
                standard=standard,
                b2c=not document.buyer.is_business,
                extern=buyer_country != "RO",
                idempotency_key=f"efactura-{row.id}-{attempts}",
            )
        except ConnectorError as error:
            if error.category is ErrorCategory.UNCERTAIN_OUTCOME:
                self._save(
                    row.id,
                    state=State.UNCERTAIN,
                    resume_state="",
                    next_attempt_at=now + self.policy.uncertain_first_check,
                    last_error_category=error.category,
                    last_error_message=error.detail,
                )
                return
            self._save(row.id, upload_outcome="rejected")
            self._failed(row, error, resume=State.UPLOADING)
            return
        # The index is saved the moment it arrives, in a transaction of its own.
        self._save(
            row.id,
            state=State.UPLOADED,
            resume_state="",
            upload_index=result.index,
            upload_outcome="accepted",
            uploaded_at=self.now(),
            polls=0,
            retry_count=0,
            next_attempt_at=self.now() + dt.timedelta(seconds=self.policy.poll_first),
            **_cleared_errors(),
        )

    def _reconcile(self, row: Row) -> None:
        document = self._document(row)
        cif = cif_digits(document.seller.registration_id or document.seller.vat_id)
        started = row.upload_started_at or row.updated_at
        search = find_lost_upload(
            self._client(row.company_id),
            cif,
            started=started,
            body_sha256=row.upload_sha256,
            claimed_indexes=self._claimed_indexes(row),
            buyer_cif=_cui(document.buyer.registration_id or document.buyer.vat_id),
        )
        now = self.now()
        if search.found:
            assert search.message is not None and search.zip is not None
            log.info(
                "e-Factura: the lost upload of document %s is ANAF's upload %s",
                row.document_id,
                search.message.upload_index,
            )
            self._save(
                row.id,
                upload_index=search.message.upload_index,
                upload_outcome="accepted",
                uploaded_at=search.message.created_at or now,
                retry_count=0,
            )
            if search.kind == "sent":
                self._finish_ok(row.id, search.message.id, search.zip)
            else:
                self._finish_nok(row.id, search.message.id, search.zip)
            return
        if not search.covered or now - started < self.policy.uncertain_grace:
            self._save(
                row.id,
                state=State.UNCERTAIN,
                resume_state="",
                next_attempt_at=now + self.policy.uncertain_recheck,
                last_error_category=ErrorCategory.UNCERTAIN_OUTCOME,
                last_error_message="The upload's answer was lost; ANAF's message list does not show it yet, "
                "so it is looked for again before anything is sent",
            )
            return
        log.warning(
            "e-Factura: no trace of document %s's upload after %s; sending it again",
            row.document_id,
            self.policy.uncertain_grace,
        )
        self._validate_and_upload(row)

    def _claimed_indexes(self, row: Row) -> set[str]:
        """Upload indexes that belong to other submissions (now or earlier), so they are never adopted."""
        # Only uploads from about the same time can show up among the candidates (messages created since
        # this upload began); their submissions were all touched since then.
        since = (row.upload_started_at or self.now()) - dt.timedelta(days=1)
        with self.database.read_session() as session:
            others = session.execute(
                select(Row.upload_index, Row.history).where(
                    Row.environment == row.environment, Row.id != row.id, Row.updated_at >= since
                )
            ).all()
        claimed = {index for index, _ in others if index}
        for _, history in others:
            claimed.update(
                str(item.get("upload_index")) for item in history or [] if item.get("upload_index")
            )
        return claimed

    def _poll(self, row: Row) -> None:
        client = self._client(row.company_id)
        if row.download_id:
            # ANAF already gave its verdict; only the download failed last time (the ZIP says which verdict).
            self._finish_ok(row.id, row.download_id, client.download(row.download_id))
            return
        reply = client.status(row.upload_index or "")
        now = self.now()
        if reply.state == STATE_PROCESSING:
            polls = row.polls + 1
            delay = min(self.policy.poll_cap, self.policy.poll_first * 2**polls)
            self._save(
                row.id,
                state=State.PROCESSING,
                resume_state="",
                polls=polls,
                retry_count=0,
                next_attempt_at=now + dt.timedelta(seconds=delay),
                **_cleared_errors(),
            )
        elif reply.state == STATE_REJECTED:
            message = f"ANAF rejected the XML when it arrived ({STATE_REJECTED})"
            self._save(
                row.id,
                state=State.NOK,
                resume_state="",
                polls=row.polls + 1,
                next_attempt_at=None,
                anaf_errors=[STATE_REJECTED],
                last_error_category=ErrorCategory.VALIDATION_FAILED,
                last_error_message=message,
                field_errors=_field_errors(
                    [
                        FieldError(
                            "",
                            message,
                            "Correct the document and send it again; if it repeats, report it to support.",
                        )
                    ]
                ),
            )
        elif reply.state == STATE_OK:
            self._save(row.id, polls=row.polls + 1, download_id=reply.download_id)
            self._finish_ok(row.id, reply.download_id, client.download(reply.download_id))
        elif reply.state == STATE_NOK:
            self._save(row.id, polls=row.polls + 1, download_id=reply.download_id)
            self._finish_nok(row.id, reply.download_id, client.download(reply.download_id))

    def _finish_ok(self, submission_id: int, download_id: str, data: bytes) -> None:
        receipt = open_receipt(data, download_id)
        if receipt.is_error_file:
            self._finish_nok(submission_id, download_id, data)
            return
        with self.database.session() as session:
            row = session.get(Row, submission_id)
            assert row is not None
            path = archive_bytes(
                session,
                self.archive_dir,
                document_id=row.document_id,
                company_id=row.company_id,
                kind=RECEIPT_KIND,
                filename=f"{download_id}.zip",
                data=data,
            )
            same = hashlib.sha256(receipt.document).hexdigest() == row.upload_sha256
            self._apply(
                row,
                state=State.OK,
                resume_state="",
                download_id=download_id,
                next_attempt_at=None,
                receipt_path=path.relative_to(self.archive_dir).as_posix(),
                retry_count=0,
                **_cleared_errors(),
            )
            if not same:
                row.last_error_message = (
                    "The invoice in ANAF's receipt differs from the file that was sent; "
                    "the receipt is kept exactly as ANAF sent it"
                )

    def _finish_nok(self, submission_id: int, download_id: str, data: bytes) -> None:
        receipt = open_receipt(data, download_id)
        errors = read_error_file(receipt.document)
        with self.database.session() as session:
            row = session.get(Row, submission_id)
            assert row is not None
            archive_bytes(
                session,
                self.archive_dir,
                document_id=row.document_id,
                company_id=row.company_id,
                kind=ERRORS_KIND,
                filename=f"{download_id}.zip",
                data=data,
            )
            original = errors.duplicate_of
            taken = (
                original is not None
                and session.scalars(
                    select(Row.id).where(
                        Row.environment == row.environment, Row.upload_index == original, Row.id != row.id
                    )
                ).first()
                is not None
            )
            now = self.now()
            if original and original != row.upload_index and not taken:
                # ANAF already has this invoice from an earlier upload (ours, whose answer was lost):
                # follow that upload instead of reporting a duplicate.
                row.history = [
                    *(row.history or []),
                    {
                        "upload_index": row.upload_index,
                        "download_id": download_id,
                        "verdict": "duplicate",
                        "errors": errors.messages,
                        "at": now.isoformat(),
                    },
                ]
                self._apply(
                    row,
                    state=State.PROCESSING,
                    resume_state="",
                    upload_index=original,
                    download_id="",
                    polls=0,
                    next_attempt_at=now,
                    **_cleared_errors(),
                )
                return
            self._apply(
                row,
                state=State.NOK,
                resume_state="",
                download_id=download_id,
                next_attempt_at=None,
                anaf_errors=errors.messages,
                field_errors=_field_errors(readable_errors(errors.messages)),
                last_error_category=ErrorCategory.VALIDATION_FAILED,
                last_error_message="ANAF rejected the invoice: " + "; ".join(errors.messages)[:1000],
            )

    def _failed(self, row: Row, error: ConnectorError, *, resume: State) -> None:
        """Outages and limits wait and retry by themselves; anything else waits for a person."""
        now = self.now()
        common = {"last_error_category": error.category, "last_error_message": error.detail}
        if isinstance(error, UnsafeArchiveError) or not (
            error.is_transient or error.category is ErrorCategory.UNCERTAIN_OUTCOME
        ):
            self._save(
                row.id,
                state=State.NEEDS_ATTENTION,
                resume_state=resume,
                next_attempt_at=None,
                field_errors=_field_errors(error.field_errors),
                **common,
            )
            return
        if error.category is ErrorCategory.RATE_LIMITED:
            if error.retry_at is not None:
                when = error.retry_at
            else:
                when = now + dt.timedelta(
                    seconds=error.retry_after if error.retry_after is not None else 60.0
                )
            self._save(row.id, state=State.RETRY_WAIT, resume_state=resume, next_attempt_at=when, **common)
            return
        with self.database.read_session() as session:
            retries = (session.get(Row, row.id).retry_count or 0) + 1  # type: ignore[union-attr]
        if retries > self.policy.max_outage_retries:
            self._save(
                row.id,
                state=State.NEEDS_ATTENTION,
                resume_state=resume,
                next_attempt_at=None,
                retry_count=retries,
                last_error_category=error.category,
                last_error_message=f"ANAF has not answered properly for {retries} attempts; press Resend "
                f"to try again. Last error: {error.detail}",
            )
            return
        delay = min(self.policy.outage_cap, self.policy.outage_first * 2 ** (retries - 1))
        delay *= random.uniform(0.8, 1.2)  # jitter spreads clients that failed together; no security role
        self._save(
            row.id,
            state=State.RETRY_WAIT,
            resume_state=resume,
            retry_count=retries,
            next_attempt_at=now + dt.timedelta(seconds=delay),
            **common,
        )

    # ---- persistence ---------------------------------------------------------------------------------------

    def _claim(self, submission_id: int) -> bool:
        now = self.now()
        with self.database.session() as session:
            claimed = session.execute(
                update(Row)
                .where(Row.id == submission_id, or_(Row.lease_until.is_(None), Row.lease_until < now))
                .values(lease_until=now + self.policy.lease)
            ).rowcount
        return claimed == 1

    def _release(self, submission_id: int) -> None:
        with self.database.session() as session:
            session.execute(update(Row).where(Row.id == submission_id).values(lease_until=None))

    def _save(self, submission_id: int, **values: Any) -> None:
        with self.database.session() as session:
            row = session.get(Row, submission_id)
            assert row is not None
            self._apply(row, **values)

    def _apply(self, row: Row, **values: Any) -> None:
        for name, value in values.items():
            setattr(row, name, value.value if isinstance(value, StrEnum) else value)
        row.updated_at = self.now()
