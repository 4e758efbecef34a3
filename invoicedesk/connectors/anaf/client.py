"""The e-Factura REST client: upload, status, download, message lists, and the public XML tools.

Every call carries a Bearer token from `token_provider`; a 401 renews the token once and repeats the call
once (the request was refused, so repeating it cannot duplicate anything). Beyond that nothing is repeated
blindly:
- an upload is sent exactly once per call, never by the transport: an answer that is lost, unreadable or a
  gateway error is `uncertain_outcome`, and the caller reconciles through the message list before anything
  is sent again (fact sheet §7);
- reads (status, download, lists) are repeated at most `attempts` times, and only for outages, because
  every repeat counts against ANAF's daily limits: each attempt is counted in `budget` before it is sent,
  and an attempt that would exceed a limit is not sent at all.
The HTTP client handed in is used as a single-attempt view (same session, rate limiter and sync-log
recorder), so its own retry policy never applies here.

Message lists use ANAF's clock: the window ends a minute before ANAF's "now", starts five minutes before
the caller's `since` (the list lags behind processing), and is never older than ANAF's 60 days. When ANAF
refuses a window as lying in its future it quotes its own clock ("momentul requestului = …"); the client
then rebuilds the window on that clock, remembers the difference, and tries once more.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import random
import re
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any, Protocol

from lxml import etree
from urllib3 import encode_multipart_formdata

from invoicedesk.connectors.anaf.limits import DailyCallBudget, DailyLimit
from invoicedesk.connectors.anaf.messages import (
    SERVICE,
    ClockSkewError,
    ListedMessage,
    StatusReply,
    common_error,
    download_error,
    list_error,
    parse_list_page,
    parse_status_reply,
    parse_upload_reply,
    status_error,
    upload_error,
)
from invoicedesk.connectors.errors import ConnectorError, ErrorCategory
from invoicedesk.connectors.http import ErrorMapper, Expect, HttpClient, HttpResponse
from invoicedesk.core.errors import FieldError

log = logging.getLogger(__name__)

PRODUCTION_API = "https://api.anaf.ro"
PUBLIC_API = "https://webservicesp.anaf.ro"
ENVIRONMENTS = ("test", "prod")
UPLOAD_STANDARDS = ("UBL", "CN", "CII", "RASP")
LIST_FILTERS = ("E", "T", "P", "R")
# ANAF documents 10 MB (swagger) and 5 MB (2021 PDF); stay under the larger with a margin.
MAX_UPLOAD_BYTES = 9 * 1024 * 1024

LIST_OVERLAP = dt.timedelta(minutes=5)
LIST_END_MARGIN = dt.timedelta(seconds=60)
# ANAF refuses a startTime more than 60 days back; ten minutes of margin absorb clock differences.
LIST_OLDEST = dt.timedelta(days=60) - dt.timedelta(minutes=10)
MAX_PAGES = 10_000

_XSI = "http://www.w3.org/2001/XMLSchema-instance"
_SCHEMA_ATTRIBUTES = (f"{{{_XSI}}}schemaLocation", f"{{{_XSI}}}noNamespaceSchemaLocation")
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True, remove_blank_text=False)
_CIF = re.compile(r"\s*(?:RO)?\s*(\d{2,10})\s*", re.IGNORECASE)


class TokenProvider(Protocol):
    """Returns a valid access token; with refresh=True it renews the token first (after a 401)."""

    def __call__(self, *, refresh: bool = False) -> str: ...


@dataclass(frozen=True)
class UploadResult:
    index: str
    body_sha256: str  # of the bytes sent, which ANAF hands back as {id}.xml in the receipt
    size: int


@dataclass(frozen=True)
class MessageListing:
    messages: list[ListedMessage]
    start: dt.datetime  # the window asked for, on ANAF's clock (UTC)
    end: dt.datetime


@dataclass(frozen=True)
class RemoteVerdict:
    ok: bool
    messages: list[str]


def cif_digits(cif: str) -> str:
    """The CIF as ANAF's `cif` parameter wants it: digits only, without RO."""
    match = _CIF.fullmatch(str(cif or ""))
    if match is None:
        raise ConnectorError(
            ErrorCategory.VALIDATION_FAILED,
            f"{cif!r} is not a Romanian CIF",
            field_errors=[
                FieldError(
                    "seller.registration_id",
                    "The company's CIF is missing or not a CIF",
                    "Enter the CUI (2 to 10 digits, with or without RO).",
                )
            ],
            service=SERVICE,
        )
    return match.group(1)


def upload_body(xml: bytes) -> bytes:
    """The bytes to upload: the document without xsi:schemaLocation.

    ANAF's firewall rejects relative schema locations (fact sheet §6). A document without one is returned
    unchanged, byte for byte, so preparing twice gives the same bytes and the same hash."""
    if b"schemaLocation" not in xml and b"SchemaLocation" not in xml:
        return xml
    try:
        root = etree.fromstring(xml, _PARSER)
    except etree.XMLSyntaxError:
        return xml  # not ours to fix; ANAF's own answer will say what is wrong
    changed = False
    for element in root.iter():
        for name in _SCHEMA_ATTRIBUTES:
            if name in element.attrib:
                del element.attrib[name]
                changed = True
    if not changed:
        return xml
    return etree.tostring(root.getroottree(), xml_declaration=True, encoding="UTF-8")


def _single_attempt(http: HttpClient) -> HttpClient:
    if http.retry.attempts == 1:
        return http
    return HttpClient(
        http.base_url,
        service=http.service,
        connection_id=http.connection_id,
        headers=http.headers,
        timeouts=http.timeouts,
        retry=replace(http.retry, attempts=1),
        rate_limiter=http.rate_limiter,
        recorder=http.recorder,
        error_mapper=http.error_mapper,
        session=http.session,
    )


class EfacturaClient:
    def __init__(
        self,
        http: HttpClient,
        base_url: str,
        environment: str,
        token_provider: TokenProvider,
        *,
        budget: DailyCallBudget | None = None,
        public_url: str = PUBLIC_API,
        clock: Callable[[], float] = time.time,
        sleep: Callable[[float], None] = time.sleep,
        attempts: int = 3,
        retry_delay: float = 2.0,
        max_retry_wait: float = 30.0,
    ) -> None:
        if environment not in ENVIRONMENTS:
            raise ValueError(f"the e-Factura environment is 'test' or 'prod', not {environment!r}")
        self._http = _single_attempt(http)
        self.base_url = base_url.rstrip("/")
        self.public_url = public_url.rstrip("/")
        self.environment = environment
        self.token_provider = token_provider
        self.budget = budget
        self._clock = clock
        self._sleep = sleep
        self.attempts = max(1, attempts)
        self.retry_delay = retry_delay
        self.max_retry_wait = max_retry_wait
        self.clock_skew = 0.0  # ANAF's clock minus ours, in seconds, once ANAF has told us

    # ---- plumbing ------------------------------------------------------------------------------------------

    def rest_url(self, endpoint: str) -> str:
        return f"{self.base_url}/{self.environment}/FCTEL/rest/{endpoint}"

    def anaf_now(self) -> dt.datetime:
        return dt.datetime.fromtimestamp(self._clock() + self.clock_skew, dt.UTC)

    def _now(self) -> dt.datetime:
        return dt.datetime.fromtimestamp(self._clock(), dt.UTC)

    def _request(
        self,
        method: str,
        url: str,
        *,
        mapper: ErrorMapper,
        expect: Expect,
        spend: tuple[DailyLimit, str] | None = None,
        authorized: bool = True,
        params: Mapping[str, Any] | None = None,
        content: bytes | None = None,
        headers: Mapping[str, str] | None = None,
        idempotency_key: str = "",
    ) -> HttpResponse:
        """One request; after a 401 the token is renewed and the request repeated once."""
        renewed = False
        while True:
            all_headers = dict(headers or {})
            if authorized:
                all_headers["Authorization"] = "Bearer " + self.token_provider(refresh=renewed)
            if spend is not None and self.budget is not None:
                self.budget.spend(*spend)  # counted once the request is sure to leave
            try:
                return self._http.request(
                    method,
                    url,
                    params=params,
                    content=content,
                    headers=all_headers,
                    expect=expect,
                    error_mapper=mapper,
                    idempotency_key=idempotency_key,
                )
            except ConnectorError as error:
                if authorized and error.http_status == 401 and not renewed:
                    log.info("anaf: the access token was refused; renewing it once")
                    renewed = True
                    continue
                raise

    def _at_our_time(self, mapper: Callable[..., ConnectorError | None]) -> ErrorMapper:
        """The mapper with this client's clock, so that "until midnight" means midnight on our clock."""
        return lambda response: mapper(response, now=self._now())

    def _read(
        self,
        url: str,
        *,
        mapper: ErrorMapper,
        expect: Expect,
        spend: tuple[DailyLimit, str] | None,
        params: Mapping[str, Any],
    ) -> HttpResponse:
        """A GET, repeated only after outages, each attempt counted against the daily limits."""
        attempt = 0
        while True:
            attempt += 1
            try:
                return self._request("GET", url, mapper=mapper, expect=expect, spend=spend, params=params)
            except ConnectorError as error:
                wait = self._retry_wait(error, attempt)
                if wait is None:
                    raise
                log.info("anaf: %s; reading again in %.1f s", error.category.value, wait)
                self._sleep(wait)

    def _retry_wait(self, error: ConnectorError, attempt: int) -> float | None:
        if not error.is_transient or attempt >= self.attempts:
            return None
        if error.retry_after is not None:
            return error.retry_after if error.retry_after <= self.max_retry_wait else None
        if error.retry_at is not None:
            # A daily limit or a long block: the caller defers the work instead of waiting here.
            left = (error.retry_at - self._now()).total_seconds()
            return max(0.0, left) if left <= self.max_retry_wait else None
        backoff = min(self.max_retry_wait, self.retry_delay * 2 ** (attempt - 1))
        return random.uniform(backoff / 2, backoff)  # jitter only; no security role

    # ---- calls ---------------------------------------------------------------------------------------------

    def hello(self) -> str:
        """ANAF's token test (TestOauth): proves the token is accepted; answers with the request's headers."""
        response = self._request(
            "GET",
            f"{self.base_url}/TestOauth/jaxrs/hello",
            mapper=common_error,
            expect="bytes",
            params={"name": "InvoiceDesk"},
        )
        return response.content.decode("utf-8", "replace")

    def upload(
        self,
        xml: bytes,
        *,
        cif: str,
        standard: str = "UBL",
        b2c: bool = False,
        extern: bool = False,
        self_billed: bool = False,
        enforcement: bool = False,
        idempotency_key: str = "",
    ) -> UploadResult:
        """Upload one document (sent once; see the module docstring). Raises ConnectorError."""
        if standard not in UPLOAD_STANDARDS:
            raise ValueError(
                f"upload standard must be one of {', '.join(UPLOAD_STANDARDS)}, not {standard!r}"
            )
        params = {"standard": standard, "cif": cif_digits(cif)}
        for flag, wanted in (("extern", extern), ("autofactura", self_billed), ("executare", enforcement)):
            if wanted:
                params[flag] = "DA"
        body = upload_body(xml)
        if len(body) > MAX_UPLOAD_BYTES:
            raise ConnectorError(
                ErrorCategory.VALIDATION_FAILED,
                f"The document's XML is {len(body) // 1024} KB; ANAF accepts at most about 10 MB",
                field_errors=[
                    FieldError(
                        "lines",
                        "The document is too large for e-Factura",
                        "Split it into several invoices or remove attachments.",
                    )
                ],
                service=SERVICE,
            )
        response = self._request(
            "POST",
            self.rest_url("uploadb2c" if b2c else "upload"),
            mapper=self._at_our_time(upload_error),
            expect="bytes",
            params=params,
            content=body,
            headers={"Content-Type": "text/plain"},
            idempotency_key=idempotency_key,
        )
        reply = parse_upload_reply(response.content)
        return UploadResult(reply.index, hashlib.sha256(body).hexdigest(), len(body))

    def status(self, upload_index: str) -> StatusReply:
        """stareMesaj: `in prelucrare`, `ok` / `nok` with the download id, or rejected at upload."""
        index = str(upload_index)
        response = self._read(
            self.rest_url("stareMesaj"),
            mapper=self._at_our_time(status_error),
            expect="bytes",
            spend=(DailyLimit.STATUS, index),
            params={"id_incarcare": index},
        )
        return parse_status_reply(response.content)

    def download(self, download_id: str) -> bytes:
        """descarcare: the ZIP, as bytes, exactly as ANAF sent it (open it with receipts.open_receipt)."""
        message_id = str(download_id)
        response = self._read(
            self.rest_url("descarcare"),
            mapper=self._at_our_time(download_error),
            expect="bytes",
            spend=(DailyLimit.DOWNLOAD, message_id),
            params={"id": message_id},
        )
        return response.content

    def list_messages(
        self, cif: str, *, since: dt.datetime | None = None, filter: str | None = None
    ) -> MessageListing:
        """Messages of the CIF from `since` (minus the overlap) to a minute ago, every page, on ANAF's clock.

        `since` None asks for everything ANAF still keeps (60 days). An empty window (since is less than a
        minute ago) asks ANAF nothing and returns no messages."""
        if filter is not None and filter not in LIST_FILTERS:
            raise ValueError(f"list filter must be one of {', '.join(LIST_FILTERS)}, not {filter!r}")
        digits = cif_digits(cif)
        for attempt in (1, 2):
            anaf_now = self.anaf_now()
            end = anaf_now - LIST_END_MARGIN
            oldest = anaf_now - LIST_OLDEST
            start = oldest if since is None else max(oldest, since - LIST_OVERLAP)
            if end <= start:
                return MessageListing([], start, end)
            try:
                return MessageListing(self._pages(digits, start, end, filter), start, end)
            except ClockSkewError as error:
                if attempt == 2:
                    raise
                self.clock_skew = error.anaf_now.timestamp() - self._clock()
                log.info(
                    "anaf: ANAF's clock differs from ours by %.0f s; rebuilding the window on it",
                    self.clock_skew,
                )
        raise AssertionError("unreachable")

    def _pages(
        self, cif: str, start: dt.datetime, end: dt.datetime, filter: str | None
    ) -> list[ListedMessage]:
        found: list[ListedMessage] = []
        page_number = 1
        while True:
            params: dict[str, Any] = {
                "startTime": int(start.timestamp() * 1000),
                "endTime": int(end.timestamp() * 1000),
                "cif": cif,
                "pagina": page_number,
            }
            if filter:
                params["filtru"] = filter
            response = self._read(
                self.rest_url("listaMesajePaginatieFactura"),
                mapper=self._at_our_time(list_error),
                expect="json",
                spend=(DailyLimit.LIST_PAGINATED, cif),
                params=params,
            )
            page = parse_list_page(response.data, page_number)
            if page.empty:
                return found
            found.extend(page.messages)
            if page_number >= page.total_pages or page_number >= MAX_PAGES:
                return found
            page_number += 1

    # ---- public tools (production host only; ANAF answers 404 under /test) ---------------------------------

    def _tool_url(self, tool: str, standard: str, suffix: str = "") -> str:
        if standard not in ("FACT1", "FCN"):
            raise ValueError(f"the tool standard is FACT1 (invoice) or FCN (credit note), not {standard!r}")
        return f"{self.public_url}/prod/FCTEL/rest/{tool}/{standard}{suffix}"

    def validate_remote(self, xml: bytes, *, standard: str = "FACT1") -> RemoteVerdict:
        """ANAF's own `validare` (includes checks the published rules lack, such as the CUI register)."""
        response = self._request(
            "POST",
            self._tool_url("validare", standard),
            mapper=common_error,
            expect="json",
            authorized=False,
            content=upload_body(xml),
            headers={"Content-Type": "text/plain"},
        )
        data = response.data if isinstance(response.data, dict) else {}
        if data.get("stare") not in ("ok", "nok"):
            raise ConnectorError(
                ErrorCategory.PROTOCOL_SURPRISE, "ANAF's validare answer has no verdict", service=SERVICE
            )
        messages = [str(m.get("message", "")) for m in data.get("Messages") or [] if isinstance(m, dict)]
        return RemoteVerdict(data["stare"] == "ok", messages)

    def verify_seal(self, document: bytes, seal: bytes) -> bool:
        """ANAF's check of a receipt's seal (`semnatura_{id}.xml`) against the document it seals.

        ANAF answers HTTP 200 either way; its wording decides ("…validate cu succes…" vs "…NU au putut…")."""
        body, content_type = encode_multipart_formdata(
            {
                "file": ("factura.xml", document, "text/xml"),
                "signature": ("semnatura.xml", seal, "text/xml"),
            }
        )
        response = self._request(
            "POST",
            f"{self.public_url}/api/validate/signature",
            mapper=common_error,
            expect="json",
            authorized=False,
            content=body,
            headers={"Content-Type": content_type},
        )
        message = str(response.data.get("msg", "")) if isinstance(response.data, dict) else ""
        if "NU au putut fi validate" in message or "NU poate fi considerat" in message:
            return False
        if "validate cu succes" in message:
            return True
        raise ConnectorError(
            ErrorCategory.PROTOCOL_SURPRISE, f"ANAF's seal check answered {message[:300]!r}", service=SERVICE
        )

    def pdf(self, xml: bytes, *, standard: str = "FACT1", validate: bool = True) -> bytes:
        """transformare: ANAF's PDF rendering. Without validation (`/DA`) the firewall sometimes blocks it,
        and the render is then asked once more on the validating path."""
        body = upload_body(xml)
        suffixes = [""] if validate else ["/DA", ""]
        for position, suffix in enumerate(suffixes):
            try:
                response = self._request(
                    "POST",
                    self._tool_url("transformare", standard, suffix),
                    mapper=common_error,
                    expect="bytes",
                    authorized=False,
                    content=body,
                    headers={"Content-Type": "text/plain"},
                )
            except ConnectorError as error:
                blocked = error.category is ErrorCategory.SERVICE_UNAVAILABLE and "firewall" in error.detail
                if blocked and position + 1 < len(suffixes):
                    continue
                raise
            if response.content.startswith(b"%PDF"):
                return response.content
            try:
                data = json.loads(response.content)
            except ValueError:
                data = None
            if isinstance(data, dict) and data.get("stare") == "nok":
                messages = [
                    str(m.get("message", "")) for m in data.get("Messages") or [] if isinstance(m, dict)
                ]
                raise ConnectorError(
                    ErrorCategory.VALIDATION_FAILED,
                    "ANAF could not render the document as PDF",
                    field_errors=[FieldError("", message) for message in messages],
                    service=SERVICE,
                )
            raise ConnectorError(
                ErrorCategory.PROTOCOL_SURPRISE,
                f"ANAF's transformare answer is not a PDF: {response.excerpt()}",
                service=SERVICE,
            )
        raise AssertionError("unreachable")
