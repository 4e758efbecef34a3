"""Fakturoid (CZ), API v3: spec, HTTP client, mapping and connector; `build` wires them for one connection."""

from __future__ import annotations

import time
from collections.abc import Mapping

from invoicedesk.connectors.calls import CallRecorder, discard
from invoicedesk.connectors.contract import BuildOptions, RemotePaymentMethod, SecretReader
from invoicedesk.connectors.fakturoid import mapping
from invoicedesk.connectors.fakturoid.connector import FakturoidConnector
from invoicedesk.connectors.fakturoid.errors import map_error
from invoicedesk.connectors.fakturoid.spec import PRODUCTION_URL, RATE_LIMIT, SERVICE_ID, SPEC
from invoicedesk.connectors.http import HttpClient
from invoicedesk.connectors.ratelimit import RateLimiter, parse_structured_ratelimit, shared_limiter

__all__ = ["SPEC", "FakturoidConnector", "build", "default_payment_methods", "fixed_payment_methods"]


def fixed_payment_methods() -> tuple[RemotePaymentMethod, ...]:
    """Fakturoid's whole payment-method enum with labels: the choices of the payment-method grid."""
    return mapping.FIXED_PAYMENT_METHODS


def default_payment_methods() -> dict[str, str]:
    """Local payment-method code → the Fakturoid code sent when the connection maps nothing else."""
    return dict(mapping.DEFAULT_PAYMENT_METHODS)


def build(
    settings: Mapping[str, str],
    secrets: SecretReader,
    *,
    recorder: CallRecorder = discard,
    connection_id: int | None = None,
    options: BuildOptions | None = None,
) -> FakturoidConnector:
    options = options or BuildOptions()
    base_url = (settings.get("base_url") or PRODUCTION_URL).strip()
    sleep = options.sleep or time.sleep

    def new_limiter() -> RateLimiter:
        return RateLimiter(RATE_LIMIT.requests, RATE_LIMIT.per_seconds,
                           clock=options.clock or time.monotonic, sleep=sleep,
                           header_parser=parse_structured_ratelimit)

    # The limit is per Fakturoid account, so every connection to the same account shares one budget.
    account = f"{base_url}|{settings.get('slug', '').strip()}"
    if options.share_rate_limiter:
        limiter = shared_limiter(SERVICE_ID, account, new_limiter)
    else:
        limiter = new_limiter()
    http = HttpClient(
        base_url,
        service=SERVICE_ID,
        connection_id=connection_id,
        timeouts=options.timeouts,
        retry=options.retry,
        rate_limiter=limiter,
        recorder=recorder,
        error_mapper=map_error,
        sleep=sleep,
    )
    extra = {} if options.reconcile_delay is None else {"reconcile_delay": options.reconcile_delay}
    return FakturoidConnector(settings=settings, secrets=secrets, http=http, recorder=recorder, sleep=sleep,
                              **extra)
