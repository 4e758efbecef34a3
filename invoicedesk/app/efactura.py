"""e-Factura use cases for the UI and the CLI: send a document, follow ANAF's processing, import the inbox,
validate files, and show a document's XML.

Sign-in and tokens are app/efactura_auth.py's; this module asks it for the company's setup (environment,
API address) and for tokens. `EfacturaWiring` says how to reach ANAF: `default_wiring` builds it from the
company's setup, and tests hand in one that points at the ANAF emulator.
"""

from __future__ import annotations

import datetime as dt
import os
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select

from invoicedesk.app.connections import SyncLogRecorder
from invoicedesk.app.context import AppContext
from invoicedesk.app.documents import company_of_document, get_document
from invoicedesk.app.efactura_auth import access_token_for, anaf_setup, renew_after_unauthorized
from invoicedesk.app.paging import Page, PageRequest
from invoicedesk.connectors.anaf.client import EfacturaClient
from invoicedesk.connectors.anaf.connector import public_url_for
from invoicedesk.connectors.anaf.limits import DailyCallBudget
from invoicedesk.connectors.anaf.receipts import open_receipt
from invoicedesk.connectors.anaf.spec import RATE_LIMIT, SERVICE_ID
from invoicedesk.connectors.anaf.ubl import BuiltUbl, build_ubl
from invoicedesk.connectors.anaf.validation import (
    RULES_DIR_ENV,
    RulesLocation,
    ValidationIssue,
    ValidationReport,
    Validator,
    ensure_rules,
    rules_location,
)
from invoicedesk.connectors.http import HttpClient
from invoicedesk.connectors.ratelimit import RateLimiter, shared_limiter
from invoicedesk.store.models_efactura import EfacturaReceivedModel
from invoicedesk.sync.efactura import (
    MIN_PAUSE,
    EfacturaSubmissions,
    Submission,
    SubmissionPolicy,
    company_submissions,
    next_attempt_at,
    submission_for_document,
    utc_now,
)
from invoicedesk.sync.efactura_inbox import EfacturaInbox, InboxReport

RECEIVED_SORT_KEYS = ("issue_date", "number", "seller_name", "declared_gross", "listed_at")


@dataclass
class EfacturaWiring:
    client_for: Callable[[int], EfacturaClient]  # company id → a client for its ANAF setup
    environment_for: Callable[[int], str]  # company id → "test" | "prod"
    validator: Callable[[], Validator]
    now: Callable[[], dt.datetime] = utc_now
    sleep: Callable[[float], None] = time.sleep
    policy: SubmissionPolicy | None = None


class CompanyTokens:
    """The company's access token, renewed by the sign-in service; after a 401, renewed once more."""

    def __init__(self, ctx: AppContext, company_id: int) -> None:
        self.ctx = ctx
        self.company_id = company_id
        self._last = ""

    def __call__(self, *, refresh: bool = False) -> str:
        if refresh and self._last:
            self._last = renew_after_unauthorized(self.ctx, self.company_id, self._last)
        else:
            self._last = access_token_for(self.ctx, self.company_id)
        return self._last


_validators: dict[Path, Validator] = {}
_validators_lock = threading.Lock()


def shared_validator(location: RulesLocation) -> Validator:
    """One compiled Validator per rules folder and process (compiling takes about half a second)."""
    with _validators_lock:
        validator = _validators.get(location.root)
        if validator is None:
            validator = _validators[location.root] = Validator(location)
        return validator


def validator_for(ctx: AppContext, rules_dir: Path | None = None) -> Validator:
    """The product validator. Rules come from `rules_dir`, $INVOICEDESK_RULES_DIR, or the data folder, where
    they are fetched once (pinned by checksum) if they are not there yet."""
    location = rules_location(ctx.paths.data_dir, rules_dir)
    if location.missing() and rules_dir is None and not os.environ.get(RULES_DIR_ENV, "").strip():
        location = ensure_rules(location.root)
    return shared_validator(location)


def default_wiring(ctx: AppContext, *, rules_dir: Path | None = None) -> EfacturaWiring:
    """Reach ANAF as the company's e-Factura setup says, with its holder's tokens and the daily limits."""

    def client_for(company_id: int) -> EfacturaClient:
        setup = anaf_setup(ctx, company_id)
        api = setup.api_base_url.rstrip("/")
        limiter = shared_limiter(
            SERVICE_ID, api, lambda: RateLimiter(RATE_LIMIT.requests, RATE_LIMIT.per_seconds)
        )
        http = HttpClient(
            api,
            service=SERVICE_ID,
            connection_id=setup.connection_id,
            rate_limiter=limiter,
            recorder=SyncLogRecorder(ctx.database),
        )
        return EfacturaClient(
            http,
            api,
            setup.environment,
            CompanyTokens(ctx, company_id),
            budget=DailyCallBudget(ctx.database, environment=setup.environment),
            public_url=public_url_for(api),
        )

    return EfacturaWiring(
        client_for=client_for,
        environment_for=lambda company_id: anaf_setup(ctx, company_id).environment,
        validator=lambda: validator_for(ctx, rules_dir),
    )


def _submissions(ctx: AppContext, wiring: EfacturaWiring) -> EfacturaSubmissions:
    return EfacturaSubmissions(
        ctx.database,
        ctx.paths.archive_dir,
        client_for=wiring.client_for,
        validator=wiring.validator,
        now=wiring.now,
        policy=wiring.policy,
    )


# ---- sending -------------------------------------------------------------------------------------------


def send_document(
    ctx: AppContext, document_id: int, *, wait: float = 0.0, wiring: EfacturaWiring | None = None
) -> Submission:
    """Queue the document (or resend it after a fix) and work on it for up to `wait` seconds.

    The result may still be on its way (`uploaded`, `processing`, `retry_wait`…); `poll` continues it."""
    wiring = wiring or default_wiring(ctx)
    company_id = company_of_document(ctx, document_id)
    submissions = _submissions(ctx, wiring)
    queued = submissions.queue(document_id, environment=wiring.environment_for(company_id))
    return submissions.settle(queued.id, within=wait, sleep=wiring.sleep)


def poll(
    ctx: AppContext, *, company_id: int | None = None, wait: float = 0.0, wiring: EfacturaWiring | None = None
) -> list[Submission]:
    """Advance every due submission; with `wait`, keep going until none is due within that time."""
    wiring = wiring or default_wiring(ctx)
    submissions = _submissions(ctx, wiring)
    deadline = wiring.now() + dt.timedelta(seconds=wait)
    touched: dict[int, Submission] = {}
    while True:
        for submission in submissions.run_due(company_id=company_id):
            touched[submission.id] = submission
        upcoming = next_attempt_at(ctx.database, company_id)
        if upcoming is None or upcoming > deadline:
            return list(touched.values())
        wiring.sleep(max(MIN_PAUSE, (upcoming - wiring.now()).total_seconds()))


def submission_of(ctx: AppContext, document_id: int) -> Submission | None:
    """The document's e-Factura submission, if it was ever queued."""
    return submission_for_document(ctx.database, document_id)


def list_submissions(ctx: AppContext, company_id: int) -> list[Submission]:
    return company_submissions(ctx.database, company_id)


def verify_receipt(ctx: AppContext, document_id: int, *, wiring: EfacturaWiring | None = None) -> bool:
    """Ask ANAF whether the archived receipt's seal is genuine and belongs to the invoice it holds."""
    submission = submission_for_document(ctx.database, document_id)
    if submission is None or not submission.receipt_path:
        raise LookupError(f"Document {document_id} has no e-Factura receipt yet.")
    data = (ctx.paths.archive_dir / submission.receipt_path).read_bytes()
    receipt = open_receipt(data, submission.download_id)
    if receipt.seal is None:
        return False
    wiring = wiring or default_wiring(ctx)
    return wiring.client_for(submission.company_id).verify_seal(receipt.document, receipt.seal)


# ---- the inbox -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReceivedRow:
    id: int
    message_id: str
    state: str
    number: str
    issue_date: dt.date | None
    seller_name: str
    seller_vat_id: str
    currency: str
    declared_net: Decimal | None
    declared_vat: Decimal | None
    declared_gross: Decimal | None
    declared_payable: Decimal | None
    problem: str
    archive_path: str


def run_inbox(ctx: AppContext, company_id: int, *, wiring: EfacturaWiring | None = None) -> InboxReport:
    """Import the supplier invoices that arrived in SPV since the last run."""
    wiring = wiring or default_wiring(ctx)
    return EfacturaInbox(
        ctx.database, ctx.paths.archive_dir, client_for=wiring.client_for, now=wiring.now
    ).run(company_id)


def list_received(ctx: AppContext, company_id: int, page: PageRequest) -> Page[ReceivedRow]:
    """Received supplier documents; sort keys: issue_date (default, newest first), number, seller_name,
    declared_gross, listed_at."""
    request = page.checked(RECEIVED_SORT_KEYS)
    model = EfacturaReceivedModel
    column = getattr(model, request.sort or "issue_date")
    descending = request.descending if request.sort else True
    query = select(model).where(model.company_id == company_id)
    if request.search:
        pattern = f"%{request.search}%"
        query = query.where(model.number.ilike(pattern) | model.seller_name.ilike(pattern))
    with ctx.database.read_session() as session:
        total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
        rows = session.scalars(
            query.order_by(column.desc() if descending else column.asc(), model.id)
            .offset(request.offset)
            .limit(request.limit)
        ).all()
        found = [
            ReceivedRow(
                r.id,
                r.message_id,
                r.state,
                r.number,
                r.issue_date,
                r.seller_name,
                r.seller_vat_id,
                r.currency,
                r.declared_net,
                r.declared_vat,
                r.declared_gross,
                r.declared_payable,
                r.problem,
                r.archive_path,
            )
            for r in rows
        ]
    return Page(rows=found, total=total, offset=request.offset)


# ---- files and XML -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FileValidation:
    path: Path
    report: ValidationReport

    @property
    def ok(self) -> bool:
        return self.report.ok


def validate_files(
    ctx: AppContext, paths: Sequence[Path], *, rules_dir: Path | None = None
) -> list[FileValidation]:
    """Validate e-Factura XML files with the product validator; an unreadable file is reported, not raised."""
    validator = validator_for(ctx, rules_dir)
    results = []
    for path in paths:
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            issue = ValidationIssue("error", "FILE", "", f"The file cannot be read: {exc.strerror or exc}")
            results.append(FileValidation(Path(path), ValidationReport([issue])))
            continue
        results.append(FileValidation(Path(path), validator.validate(data)))
    return results


def document_xml(ctx: AppContext, document_id: int) -> BuiltUbl:
    """The document's e-Factura UBL, exactly as it would be built for upload (UblBuildError lists fields)."""
    return build_ubl(get_document(ctx, document_id))
