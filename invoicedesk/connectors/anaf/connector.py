"""ANAF e-Factura under the common connector contract.

What the contract's words mean here (see SPEC.capabilities): `push` uploads an invoice or credit note and
answers PENDING with the upload index, because ANAF processes asynchronously (the submission state machine
in sync/efactura.py polls and archives the receipt); there is no client listing, no payment-method list,
no PDF of our own (ANAF only renders XML through `transformare`), no e-mail. Idempotency is ANAF's own
duplicate check: ANAF knows no client key, so `lookup` finds an upload by the exact bytes that were sent, in
the message list of sent invoices. `pull_documents` is the inbox of received supplier invoices.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import time
from collections.abc import Callable, Iterator, Mapping

from invoicedesk.connectors.anaf.client import (
    PUBLIC_API,
    EfacturaClient,
    TokenProvider,
    cif_digits,
    upload_body,
)
from invoicedesk.connectors.anaf.limits import DailyCallBudget
from invoicedesk.connectors.anaf.messages import KIND_SENT, ListedMessage
from invoicedesk.connectors.anaf.receipts import open_receipt
from invoicedesk.connectors.anaf.spec import PRODUCTION_API_URL, RATE_LIMIT, SERVICE_ID, SPEC
from invoicedesk.connectors.anaf.ubl import BuiltUbl, UblBuildError, build_ubl, read_ubl
from invoicedesk.connectors.anaf.validation import Validator
from invoicedesk.connectors.calls import CallRecorder, discard
from invoicedesk.connectors.contract import (
    ActivationResult,
    BuildOptions,
    Connector,
    PushResult,
    PushStatus,
    RemoteDocument,
    SecretReader,
)
from invoicedesk.connectors.errors import ConnectorError, ErrorCategory
from invoicedesk.connectors.http import HttpClient
from invoicedesk.connectors.ratelimit import RateLimiter, shared_limiter
from invoicedesk.core.documents import Document
from invoicedesk.core.errors import FieldError

# How far back `lookup` searches when it is not told when the upload happened (ANAF keeps 60 days).
LOOKUP_DAYS = 60


def public_url_for(api_base_url: str) -> str:
    """validare/transformare live on ANAF's public host; anything else (the emulator) serves them itself."""
    return PUBLIC_API if api_base_url.rstrip("/") == PRODUCTION_API_URL else api_base_url.rstrip("/")


def secret_token_provider(secrets: SecretReader) -> TokenProvider:
    """Tokens read from the connection's secrets; renewing them is the sign-in service's job."""

    def provide(*, refresh: bool = False) -> str:
        token = secrets("access_token")
        if not token:
            raise ConnectorError(
                ErrorCategory.CREDENTIALS_REFUSED,
                "There is no ANAF access token: sign in with the qualified certificate first",
                service=SERVICE_ID,
            )
        return token

    return provide


class AnafConnector(Connector):
    spec = SPEC

    def __init__(
        self,
        *,
        settings: Mapping[str, str],
        secrets: SecretReader,
        http: HttpClient,
        recorder: CallRecorder = discard,
        token_provider: TokenProvider | None = None,
        budget: DailyCallBudget | None = None,
        validator: Validator | None = None,
        clock: Callable[[], float] = time.time,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        super().__init__(settings=settings, secrets=secrets, http=http, recorder=recorder)
        api = (self.settings.get("api_base_url") or PRODUCTION_API_URL).strip()
        self.validator = validator
        self.client = EfacturaClient(
            http,
            api,
            (self.settings.get("environment") or "test").strip(),
            token_provider or secret_token_provider(secrets),
            budget=budget,
            public_url=public_url_for(api),
            clock=clock,
            sleep=sleep,
        )

    def _cif(self, document: Document | None = None) -> str:
        if document is not None:
            return cif_digits(document.seller.registration_id or document.seller.vat_id)
        configured = [c for c in str(self.settings.get("cifs", "")).split(",") if c.strip()]
        if not configured:
            raise ConnectorError(
                ErrorCategory.VALIDATION_FAILED,
                "The e-Factura settings name no CIF",
                field_errors=[
                    FieldError("cifs", "No CIF is set", "Enter the company's CUI (digits, without RO).")
                ],
                service=SERVICE_ID,
            )
        return cif_digits(configured[0])

    # ---- Activate -----------------------------------------------------------------------------------------

    def check(self) -> ActivationResult:
        """The token is accepted (TestOauth), and the holder may read the CIF's messages (SPV rights)."""
        self.client.hello()
        cif = self._cif()
        listing = self.client.list_messages(cif, since=self.client.anaf_now() - dt.timedelta(days=1))
        return ActivationResult(
            account_name=f"CIF {cif}",
            plan="",
            vat_mode="",
            currency="RON",
            details={
                "environment": self.client.environment,
                "cif": cif,
                "messages_last_day": len(listing.messages),
                "warnings": [],
            },
        )

    # ---- documents ----------------------------------------------------------------------------------------

    def _built(self, document: Document) -> BuiltUbl:
        if document.doc_type not in self.capabilities.pushable_types:
            raise self._missing(f"Sending a {document.doc_type.value}")
        try:
            built = build_ubl(document)
        except UblBuildError as exc:
            raise ConnectorError(
                ErrorCategory.VALIDATION_FAILED,
                "The document cannot be written as e-Factura",
                field_errors=list(exc.errors),
                service=SERVICE_ID,
            ) from None
        if self.validator is not None:
            report = self.validator.validate(built.xml)
            if report.errors:
                raise ConnectorError(
                    ErrorCategory.VALIDATION_FAILED,
                    "The document does not meet e-Factura's rules",
                    field_errors=[FieldError(i.field, f"{i.message} [{i.rule}]") for i in report.errors],
                    service=SERVICE_ID,
                )
        return built

    def push(self, document: Document, key: str, *, corrects_remote_id: str = "") -> PushResult:
        built = self._built(document)
        body = upload_body(built.xml)
        country = (document.buyer.address.country or "RO").strip().upper()
        try:
            result = self.client.upload(
                body,
                cif=self._cif(document),
                standard="CN" if built.is_credit_note else "UBL",
                b2c=not document.buyer.is_business,
                extern=country != "RO",
                idempotency_key=key,
            )
        except ConnectorError as error:
            if error.category is not ErrorCategory.UNCERTAIN_OUTCOME:
                raise
            found = self._find_sent(document, body, since=self.client.anaf_now() - dt.timedelta(minutes=10))
            if found is None:
                raise
            return found
        return PushResult(result.index, document.number, PushStatus.PENDING, pending_reference=result.index)

    def lookup(self, key: str, document: Document) -> PushResult | None:
        body = upload_body(self._built(document).xml)
        return self._find_sent(document, body, since=self.client.anaf_now() - dt.timedelta(days=LOOKUP_DAYS))

    def _find_sent(self, document: Document, body: bytes, *, since: dt.datetime) -> PushResult | None:
        """The upload whose receipt holds exactly `body`, among the CIF's sent invoices since `since`."""
        wanted = hashlib.sha256(body).hexdigest()
        buyer_cui = _digits(document.buyer.registration_id or document.buyer.vat_id)
        listing = self.client.list_messages(self._cif(document), since=since, filter="T")
        for message in sorted(listing.messages, key=lambda m: m.created_at or since):
            if message.kind != KIND_SENT or (
                buyer_cui and message.buyer_cif and message.buyer_cif != buyer_cui
            ):
                continue
            receipt = open_receipt(self.client.download(message.id), message.id)
            if hashlib.sha256(receipt.document).hexdigest() == wanted:
                return PushResult(
                    message.upload_index,
                    document.number,
                    PushStatus.FOUND,
                    pending_reference=message.upload_index,
                )
        return None

    def pull_documents(self, since: dt.datetime | None) -> Iterator[RemoteDocument]:
        """Received supplier invoices listed since `since` (everything ANAF keeps when None)."""
        listing = self.client.list_messages(self._cif(), since=since, filter="P")
        for message in listing.messages:
            yield self._received(message)

    def _received(self, message: ListedMessage) -> RemoteDocument:
        receipt = open_receipt(self.client.download(message.id), message.id)
        result = read_ubl(receipt.document)
        document = result.document
        return RemoteDocument(
            remote_id=message.id,
            remote_number=document.number,
            doc_type=document.doc_type,
            issue_date=document.issue_date,
            currency=document.currency,
            buyer=document.buyer,
            lines=document.lines,
            total_net=result.declared.net,
            total_vat=result.declared.vat,
            total_gross=result.declared.gross,
            tax_point_date=document.tax_point_date,
            due_date=document.due_date,
            status="received",
            updated_at=message.created_at,
        )


def _digits(identifier: str) -> str:
    text = "".join(identifier.split()).upper().removeprefix("RO")
    return text if text.isdigit() else ""


def build(
    settings: Mapping[str, str],
    secrets: SecretReader,
    *,
    recorder: CallRecorder = discard,
    connection_id: int | None = None,
    options: BuildOptions | None = None,
) -> AnafConnector:
    """A connector for one ANAF connection, sharing the 1000 calls/min budget with every other one."""
    options = options or BuildOptions()
    api = (settings.get("api_base_url") or PRODUCTION_API_URL).strip().rstrip("/")
    sleep = options.sleep or time.sleep

    def new_limiter() -> RateLimiter:
        return RateLimiter(
            RATE_LIMIT.requests, RATE_LIMIT.per_seconds, clock=options.clock or time.monotonic, sleep=sleep
        )

    limiter = shared_limiter(SERVICE_ID, api, new_limiter) if options.share_rate_limiter else new_limiter()
    http = HttpClient(
        api,
        service=SERVICE_ID,
        connection_id=connection_id,
        timeouts=options.timeouts,
        retry=options.retry,
        rate_limiter=limiter,
        recorder=recorder,
        sleep=sleep,
    )
    return AnafConnector(settings=settings, secrets=secrets, http=http, recorder=recorder, sleep=sleep)
