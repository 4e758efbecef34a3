"""The Fakturoid emulator on 127.0.0.1 and connectors wired to it with test-sized timeouts and delays."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from invoicedesk.connectors.fakturoid import FakturoidConnector
from invoicedesk.connectors.fakturoid.client import TokenCache
from invoicedesk.connectors.fakturoid.errors import map_error
from invoicedesk.connectors.http import HttpClient, RecordingList, RetryPolicy, Timeouts
from invoicedesk.connectors.ratelimit import RateLimiter
from invoicedesk.sandbox.fakturoid import FakturoidEmulator

FAST_RETRY = RetryPolicy(attempts=3, base_delay=0.01, max_delay=0.05, max_wait=5)


@pytest.fixture
def start_emulator() -> Iterator[Callable[..., FakturoidEmulator]]:
    started: list[FakturoidEmulator] = []

    def start(**options: Any) -> FakturoidEmulator:
        options.setdefault("pdf_delay_seconds", 0.2)
        emulator = FakturoidEmulator(**options).start()
        started.append(emulator)
        return emulator

    yield start
    for emulator in started:
        emulator.stop()


@pytest.fixture
def emulator(start_emulator: Callable[..., FakturoidEmulator]) -> FakturoidEmulator:
    return start_emulator()


class Wired:
    """A connector plus what a test wants to look at afterwards."""

    def __init__(self, connector: FakturoidConnector, records: RecordingList, sleeps: list[float]) -> None:
        self.connector = connector
        self.records = records
        self.sleeps = sleeps


def wire(
    emulator: FakturoidEmulator,
    *,
    settings: dict[str, str] | None = None,
    secrets: dict[str, str] | None = None,
    timeouts: Timeouts | None = None,
    retry: RetryPolicy = FAST_RETRY,
    limiter: RateLimiter | None = None,
    tokens: TokenCache | None = None,
    base_url: str | None = None,
) -> Wired:
    credentials = emulator.demo_credentials()
    records = RecordingList()
    sleeps: list[float] = []

    def sleep(seconds: float) -> None:
        # Waits are recorded as asked and spent only briefly, so the tests stay fast.
        sleeps.append(seconds)
        time.sleep(min(seconds, 0.05))

    http = HttpClient(base_url or emulator.base_url, service="fakturoid", connection_id=1,
                      timeouts=timeouts or Timeouts(connect=2, read=3), retry=retry, rate_limiter=limiter,
                      recorder=records, error_mapper=map_error, sleep=sleep)
    connector = FakturoidConnector(
        settings={"slug": credentials["slug"], "email": credentials["email"], **(settings or {})},
        secrets={**credentials, **(secrets or {})}.get,
        http=http,
        recorder=records,
        tokens=tokens or TokenCache(),
        sleep=sleep,
        reconcile_delay=0.0,
        pdf_poll_delay=0.1,
    )
    return Wired(connector, records, sleeps)
