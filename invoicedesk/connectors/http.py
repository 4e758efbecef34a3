"""HTTP plumbing shared by every connector: one `HttpClient` per connection.

What it guarantees, so that no connector has to remember it:
- a connect and a read timeout on every call, and TLS verification always on. The only plain-HTTP URLs
  accepted are `http://127.0.0.1:…` ones, which are the local emulators (not TLS at all, so there is nothing
  to verify);
- bounded retries with exponential backoff and jitter, honouring Retry-After (seconds or an HTTP date), and
  ONLY for requests that are safe to repeat: GET/HEAD, or a request the caller marks `idempotent`;
- a request that may have reached the service (read timeout, connection reset after it left, a gateway error,
  an unreadable 2xx answer) is never repeated here: it raises `uncertain_outcome` and the connector reconciles
  with `lookup` before anything is sent again;
- the service's rate limit is respected before each call (`RateLimiter`), not discovered by bouncing off 429;
- every attempt produces a `CallRecord` for the sync log, with redacted path, detail and sizes;
- an answer that is not the JSON we expect (an HTML maintenance page, a truncated body) becomes a
  `protocol_surprise` carrying a redacted excerpt.

Service dialects (which status means what, errors inside HTTP 200) are interpreted by the connector's
`ErrorMapper`; `generic_error` is the fallback for statuses the mapper leaves alone.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import json as jsonlib
import logging
import random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Literal
from urllib.parse import urlencode, urlsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3.exceptions import ConnectTimeoutError, MaxRetryError, NewConnectionError

from invoicedesk.connectors.calls import CallRecord, CallRecorder, Outcome, discard, safe_record
from invoicedesk.connectors.errors import ConnectorError, ErrorCategory
from invoicedesk.connectors.ratelimit import RateLimiter
from invoicedesk.secrets.redaction import redact_body, redact_text, redact_url

log = logging.getLogger(__name__)

Expect = Literal["json", "bytes", "none"]
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
# Statuses after which a non-idempotent request may or may not have taken effect.
AMBIGUOUS_STATUSES = frozenset({500, 502, 504})
EXCERPT_CHARS = 300


class InsecureUrlError(ValueError):
    """A service URL that would send credentials without TLS."""


@dataclass(frozen=True)
class Timeouts:
    connect: float = 5.0
    read: float = 30.0


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 4  # total tries of one safe request, the first included
    base_delay: float = 0.5
    max_delay: float = 20.0
    # A Retry-After longer than this is not slept through in the call; the error carries retry_at instead,
    # so the outbox can park the job and the worker thread stays free.
    max_wait: float = 60.0


@dataclass
class HttpResponse:
    method: str
    path: str  # redacted path + query, as recorded
    status: int
    headers: Mapping[str, str]
    content: bytes
    data: Any = None  # parsed JSON: of a body the caller expected as JSON, or of a JSON error body
    json_failed: bool = False
    remote_id: str = ""

    @property
    def content_type(self) -> str:
        return (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()

    def excerpt(self) -> str:
        return body_excerpt(self.content, self.headers.get("Content-Type"))


ErrorMapper = Callable[[HttpResponse], "ConnectorError | None"]


def body_excerpt(content: bytes, content_type: str | None) -> str:
    if not content:
        return "(empty body)"
    text = redact_body(content, content_type)
    text = " ".join(text.split())
    return text if len(text) <= EXCERPT_CHARS else text[:EXCERPT_CHARS] + "…"


def generic_error(response: HttpResponse, service: str) -> ConnectorError | None:
    """What an HTTP status means when the service's own mapper has nothing more specific to say."""
    status = response.status
    if status < 400:
        return None
    category = {
        401: ErrorCategory.CREDENTIALS_REFUSED,
        402: ErrorCategory.PLAN_WITHOUT_API,
        403: ErrorCategory.PERMISSION_MISSING,
        404: ErrorCategory.ACCOUNT_NOT_FOUND,
        400: ErrorCategory.VALIDATION_FAILED,
        409: ErrorCategory.VALIDATION_FAILED,
        422: ErrorCategory.VALIDATION_FAILED,
        429: ErrorCategory.RATE_LIMITED,
    }.get(status)
    if category is None:
        category = ErrorCategory.SERVICE_UNAVAILABLE if status >= 500 else ErrorCategory.PROTOCOL_SURPRISE
    return ConnectorError(
        category,
        f"{response.method} {response.path} answered HTTP {status}: {response.excerpt()}",
        service=service,
        http_status=status,
    )


def parse_retry_after(value: str | None, now: dt.datetime) -> float | None:
    """Retry-After is either delta-seconds or an HTTP date (RFC 9110 §10.2.3)."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return max(0.0, (when - now).total_seconds())


def check_service_url(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme == "https" and parts.hostname:
        return
    if parts.scheme == "http" and parts.hostname == "127.0.0.1":
        return
    raise InsecureUrlError(
        f"{redact_url(url)} is not an https:// address. Services are reached only over HTTPS "
        "(plain http is accepted only for the local emulators on 127.0.0.1)."
    )


def _json_default(value: object) -> str:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


def _never_sent(error: requests.RequestException) -> bool:
    """True only when no connection was established, so the service cannot have seen the request."""
    if isinstance(error, requests.exceptions.ConnectTimeout):
        return True
    if not isinstance(error, requests.ConnectionError) or isinstance(error, requests.exceptions.SSLError):
        return False
    cause = error.args[0] if error.args else None
    if isinstance(cause, MaxRetryError):
        cause = cause.reason
    return isinstance(cause, NewConnectionError | ConnectTimeoutError)


class HttpClient:
    def __init__(
        self,
        base_url: str,
        *,
        service: str,
        connection_id: int | None = None,
        headers: Mapping[str, str] | None = None,
        timeouts: Timeouts | None = None,
        retry: RetryPolicy | None = None,
        rate_limiter: RateLimiter | None = None,
        recorder: CallRecorder = discard,
        error_mapper: ErrorMapper | None = None,
        session: requests.Session | None = None,
        sleep: Callable[[float], None] = time.sleep,
        monotonic: Callable[[], float] = time.monotonic,
        utcnow: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
        rng: random.Random | None = None,
    ) -> None:
        check_service_url(base_url)
        self.base_url = base_url.rstrip("/")
        self.service = service
        self.connection_id = connection_id
        self.headers: dict[str, str] = dict(headers or {})
        self.timeouts = timeouts or Timeouts()
        self.retry = retry or RetryPolicy()
        self.rate_limiter = rate_limiter
        self.recorder = recorder
        self.error_mapper = error_mapper
        self._sleep = sleep
        self._monotonic = monotonic
        self._utcnow = utcnow
        self._rng = rng or random.Random()  # jitter only; no security role
        self.session = session or self._new_session()

    def _new_session(self) -> requests.Session:
        session = requests.Session()
        # Retries are decided here, with the knowledge of what is safe to repeat; urllib3 must not add its
        # own.
        adapter = HTTPAdapter(max_retries=0)
        session.mount("https://", adapter)
        session.mount("http://", adapter)
        if urlsplit(self.base_url).hostname == "127.0.0.1":
            # A proxy from the environment must never intercept the local emulators.
            session.trust_env = False
        return session

    def close(self) -> None:
        self.session.close()

    def url_for(self, path: str) -> str:
        if path.startswith(("https://", "http://")):
            check_service_url(path)
            return path
        return f"{self.base_url}/{path.lstrip('/')}"

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        form: Mapping[str, str] | None = None,
        content: bytes | None = None,
        headers: Mapping[str, str] | None = None,
        idempotent: bool = False,
        idempotency_key: str = "",
        expect: Expect = "json",
        timeouts: Timeouts | None = None,
        error_mapper: ErrorMapper | None = None,
        remote_id_of: Callable[[HttpResponse], str] | None = None,
    ) -> HttpResponse:
        """Send one request (retrying it when that is safe) and return the answer, or raise ConnectorError."""
        method = method.upper()
        safe = method in SAFE_METHODS or idempotent
        url = self.url_for(path)
        body, body_headers = self._body(json, form, content)
        all_headers = {**self.headers, **body_headers, **(headers or {})}
        shown_path = self._shown_path(url, params)
        timeouts = timeouts or self.timeouts
        mapper = error_mapper or self.error_mapper
        attempt = 0
        while True:
            attempt += 1
            if self.rate_limiter is not None:
                self.rate_limiter.acquire()
            at = self._utcnow()
            started = self._monotonic()
            response: HttpResponse | None = None
            never_sent = False
            try:
                raw = self.session.request(
                    method,
                    url,
                    params=params,
                    data=body,
                    headers=all_headers,
                    timeout=(timeouts.connect, timeouts.read),
                    verify=True,
                    allow_redirects=method in SAFE_METHODS,
                )
                response = self._response(method, shown_path, raw, expect)
                error = self._interpret(response, safe, expect, mapper)
                if error is None and remote_id_of is not None:
                    response.remote_id = remote_id_of(response) or ""
            except requests.RequestException as exc:
                error = self._transport_error(exc, method, shown_path, safe, timeouts)
                never_sent = _never_sent(exc)
            duration_ms = int((self._monotonic() - started) * 1000)

            if error is None:
                assert response is not None
                self._record(at, method, shown_path, response, duration_ms, Outcome.OK, None,
                             len(body or b""), idempotency_key)
                return response

            # A request that never left the machine is as safe to send again as a GET.
            delay = self._retry_delay(error, attempt) if safe or never_sent else None
            outcome = Outcome.RETRIED if delay is not None else Outcome.FAILED
            self._record(at, method, shown_path, response, duration_ms, outcome, error,
                         len(body or b""), idempotency_key)
            if delay is None:
                if error.retry_after is not None and error.retry_at is None:
                    error.retry_at = self._utcnow() + dt.timedelta(seconds=error.retry_after)
                raise error
            log.info("%s %s %s: %s; trying again in %.1f s", self.service, method, shown_path,
                     error.category.value, delay)
            if error.category is ErrorCategory.RATE_LIMITED and self.rate_limiter is not None:
                self.rate_limiter.block_for(delay)  # acquire() does the waiting, for every thread
            else:
                self._sleep(delay)

    # -- pieces of request() -------------------------------------------------------------------------------

    @staticmethod
    def _body(json: Any, form: Mapping[str, str] | None, content: bytes | None) -> tuple[bytes | None, dict]:
        if json is not None:
            data = jsonlib.dumps(json, ensure_ascii=False, default=_json_default).encode("utf-8")
            return data, {"Content-Type": "application/json"}
        if form is not None:
            return urlencode(form).encode("ascii"), {"Content-Type": "application/x-www-form-urlencoded"}
        return content, {}

    @staticmethod
    def _shown_path(url: str, params: Mapping[str, Any] | None) -> str:
        prepared = requests.Request("GET", url, params=params).prepare().url or url
        parts = urlsplit(redact_url(prepared))
        return parts.path + (f"?{parts.query}" if parts.query else "")

    def _response(self, method: str, shown_path: str, raw: requests.Response, expect: Expect) -> HttpResponse:
        response = HttpResponse(method, shown_path, raw.status_code, raw.headers, raw.content)
        if self.rate_limiter is not None:
            self.rate_limiter.observe(raw.headers)
        # Error bodies are read as JSON even when a PDF or nothing was expected: they carry the error code.
        wanted = expect == "json" or (raw.status_code >= 400 and "json" in response.content_type)
        if wanted and raw.content and raw.status_code != 204:
            try:
                response.data = jsonlib.loads(raw.content)  # JSON is UTF-8 (RFC 8259); loads detects it
            except ValueError:
                response.json_failed = expect == "json"
        return response

    def _interpret(self, response: HttpResponse, safe: bool, expect: Expect,
                   mapper: ErrorMapper | None) -> ConnectorError | None:
        error = mapper(response) if mapper is not None else None
        if error is None and response.status >= 400:
            error = generic_error(response, self.service)
        if error is None and response.status >= 300:
            error = ConnectorError(
                ErrorCategory.PROTOCOL_SURPRISE,
                f"{response.method} {response.path} answered an unexpected HTTP {response.status}",
                service=self.service, http_status=response.status)
        if error is None and expect == "json" and response.json_failed:
            what = "an HTML page" if response.content_type == "text/html" else "a body that is not valid JSON"
            if safe:
                error = ConnectorError(
                    ErrorCategory.PROTOCOL_SURPRISE,
                    f"{response.method} {response.path} answered {what}: {response.excerpt()}",
                    service=self.service, http_status=response.status)
            else:
                # The service accepted the request but we cannot read what it made of it.
                error = ConnectorError(
                    ErrorCategory.UNCERTAIN_OUTCOME,
                    f"{response.method} {response.path} answered HTTP {response.status} with {what}; "
                    f"whether it took effect must be checked: {response.excerpt()}",
                    service=self.service, http_status=response.status)
        if error is not None:
            if not safe and response.status in AMBIGUOUS_STATUSES:
                error = ConnectorError(
                    ErrorCategory.UNCERTAIN_OUTCOME,
                    f"{error.detail} (the request reached the service; whether it took effect must be "
                     "checked)",
                    service=self.service, http_status=response.status)
            if error.retry_after is None:
                error.retry_after = parse_retry_after(response.headers.get("Retry-After"), self._utcnow())
        return error

    def _transport_error(self, exc: requests.RequestException, method: str, shown_path: str, safe: bool,
                         timeouts: Timeouts) -> ConnectorError:
        where = f"{method} {shown_path}"
        if isinstance(exc, requests.exceptions.SSLError):
            return ConnectorError(
                ErrorCategory.NETWORK,
                f"{where}: the secure connection failed (the service's certificate could not be verified; "
                "a proxy or antivirus that inspects HTTPS can cause this): "
                f"{redact_text(str(exc))[:EXCERPT_CHARS]}",
                service=self.service)
        if isinstance(exc, requests.exceptions.ConnectTimeout):
            limit = f"{timeouts.connect:g} s"
            return ConnectorError(ErrorCategory.NETWORK, f"{where}: no connection within {limit}",
                                  service=self.service)
        if isinstance(exc, requests.exceptions.ReadTimeout):
            if safe:
                return ConnectorError(ErrorCategory.NETWORK,
                                      f"{where}: no answer within {timeouts.read:g} s", service=self.service)
            return ConnectorError(
                ErrorCategory.UNCERTAIN_OUTCOME,
                f"{where}: no answer within {timeouts.read:g} s after the request was sent",
                service=self.service)
        if isinstance(exc, requests.ConnectionError | requests.exceptions.ChunkedEncodingError):
            if _never_sent(exc):
                return ConnectorError(
                    ErrorCategory.NETWORK, f"{where}: the service could not be reached "
                    f"({redact_text(str(exc))[:EXCERPT_CHARS]})", service=self.service)
            if safe:
                return ConnectorError(ErrorCategory.NETWORK, f"{where}: the connection broke before the "
                                      "answer arrived", service=self.service)
            return ConnectorError(
                ErrorCategory.UNCERTAIN_OUTCOME,
                f"{where}: the connection broke after the request was sent, before the answer arrived",
                service=self.service)
        return ConnectorError(ErrorCategory.NETWORK, f"{where}: {redact_text(str(exc))[:EXCERPT_CHARS]}",
                              service=self.service)

    def _retry_delay(self, error: ConnectorError, attempt: int) -> float | None:
        if not error.is_transient or attempt >= self.retry.attempts:
            return None
        if error.retry_after is not None:
            if error.retry_after > self.retry.max_wait:
                return None
            return error.retry_after + self._rng.uniform(0, 0.1)
        backoff = min(self.retry.max_delay, self.retry.base_delay * 2 ** (attempt - 1))
        return self._rng.uniform(backoff / 2, backoff)  # jitter spreads clients that failed together

    def _record(self, at: dt.datetime, method: str, shown_path: str, response: HttpResponse | None,
                duration_ms: int, outcome: str, error: ConnectorError | None, request_bytes: int,
                idempotency_key: str) -> None:
        detail = ""
        if error is not None:
            detail = error.detail
            if error.field_errors:
                detail += "; " + "; ".join(f"{e.field}: {e.message}" for e in error.field_errors)
            detail = redact_text(detail)
        safe_record(self.recorder, CallRecord(
            at=at,
            service=self.service,
            connection_id=self.connection_id,
            method=method,
            path=shown_path,
            status=response.status if response is not None else None,
            duration_ms=duration_ms,
            outcome=outcome,
            error_category=error.category.value if error is not None else "",
            request_bytes=request_bytes,
            response_bytes=len(response.content) if response is not None else 0,
            idempotency_key=idempotency_key,
            remote_id=response.remote_id if response is not None else "",
            detail=detail,
        ))


@dataclass
class RecordingList:
    """A CallRecorder that keeps records in memory (tests, diagnostics of one Activate)."""

    records: list[CallRecord] = field(default_factory=list)

    def __call__(self, record: CallRecord) -> None:
        self.records.append(record)
