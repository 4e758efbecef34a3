"""The record of one conversation with a service, as it goes to the sync log."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass

log = logging.getLogger(__name__)


class Outcome:
    OK = "ok"
    RETRIED = "retried"  # this attempt failed and the same request was sent again
    FAILED = "failed"


@dataclass(frozen=True)
class CallRecord:
    at: dt.datetime  # UTC, when the request left
    service: str
    connection_id: int | None
    method: str
    path: str  # path and query, secrets in the query redacted
    status: int | None  # None when no HTTP answer arrived
    duration_ms: int
    outcome: str
    error_category: str  # "" when the call succeeded
    request_bytes: int
    response_bytes: int
    idempotency_key: str = ""
    remote_id: str = ""
    detail: str = ""  # redacted; never bodies or headers in the clear


CallRecorder = Callable[[CallRecord], None]


def discard(record: CallRecord) -> None:
    """A recorder for callers that keep no log (one-off checks in tests)."""


def safe_record(recorder: CallRecorder, record: CallRecord) -> None:
    """A broken sync log must not turn a successful call into a failed one; log and carry on."""
    try:
        recorder(record)
    except Exception:
        log.exception("could not record a %s call to the sync log", record.service)
