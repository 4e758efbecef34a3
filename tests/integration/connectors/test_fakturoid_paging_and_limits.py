"""Paging cost of pulls, and the client-side rate limiter against the emulator's own 400 / 60 s window."""

from __future__ import annotations

import time

from invoicedesk.connectors.contract import BuildOptions
from invoicedesk.connectors.fakturoid import build
from invoicedesk.connectors.http import RetryPolicy, Timeouts
from invoicedesk.sandbox.clock import ScaledClock
from tests.integration.connectors.conftest import wire

INVOICE_LIST = r"/accounts/[^/]+/invoices\.json$"


def test_a_pull_of_1000_invoices_takes_26_requests_and_an_unchanged_second_pull_one(emulator) -> None:
    emulator.seed_invoices(1000)
    connector = wire(emulator).connector
    connector.check()
    emulator.journal_clear()
    documents = list(connector.pull_documents(None))
    assert len(documents) == 1000 and len({d.remote_id for d in documents}) == 1000
    pages = [int(e.query["page"][0]) for e in emulator.journal_entries("GET", INVOICE_LIST)]
    assert pages == list(range(1, 27))  # 25 full pages of 40, then the empty one that ends the list

    emulator.journal_clear()
    watermark = max(d.updated_at for d in documents)
    assert list(connector.pull_documents(watermark)) == []
    assert len(emulator.journal_entries("GET", INVOICE_LIST)) == 1


def _max_in_window(stamps: list[float], window: float) -> int:
    stamps = sorted(stamps)
    best, start = 0, 0
    for end, stamp in enumerate(stamps):
        while stamp - stamps[start] >= window:
            start += 1
        best = max(best, end - start + 1)
    return best


def test_a_burst_stays_under_fakturoids_limit_without_a_single_429(start_emulator) -> None:
    # 40× time: the 60 s window passes in 1.5 s, while 400 requests still arrive well within one window.
    clock = ScaledClock(scale=40)
    emulator = start_emulator(clock=clock)
    credentials = emulator.demo_credentials()
    connector = build(
        {"slug": credentials["slug"], "email": credentials["email"], "base_url": emulator.base_url},
        credentials.get,
        options=BuildOptions(clock=clock.now, sleep=clock.sleep, share_rate_limiter=False,
                             retry=RetryPolicy(attempts=1), timeouts=Timeouts(connect=2, read=5)),
    )
    started = time.monotonic()
    for _ in range(430):
        connector.lookup("no-such-key")
    assert time.monotonic() - started < 20
    statuses = [e.status for e in emulator.journal]
    assert 429 not in statuses and len(statuses) == 431  # the token, then every lookup
    assert _max_in_window([e.at for e in emulator.journal], 60.0) <= 400
    # It really had to wait: without the limiter, these 430 requests would have come within one window.
    assert max(e.at for e in emulator.journal) - min(e.at for e in emulator.journal) >= 50


def test_the_budget_fakturoid_reports_slows_us_when_another_integration_spends_it(start_emulator) -> None:
    clock = ScaledClock(scale=40)
    emulator = start_emulator(clock=clock)
    credentials = emulator.demo_credentials()
    # An e-shop plugin on the same account has just used 395 of the 400 requests of this minute.
    for _ in range(395):
        assert emulator.rate_window.hit().allowed
    connector = build(
        {"slug": credentials["slug"], "email": credentials["email"], "base_url": emulator.base_url},
        credentials.get,
        options=BuildOptions(clock=clock.now, sleep=clock.sleep, share_rate_limiter=False,
                             retry=RetryPolicy(attempts=1)),
    )
    emulator.journal_clear()
    for _ in range(12):
        connector.lookup("no-such-key")
    assert [e.status for e in emulator.journal].count(429) == 0
    assert len(emulator.journal) == 13
    # Our own count allowed all of them at once; the service's X-RateLimit made us wait for its window.
    assert emulator.journal[-1].at - emulator.journal[0].at >= 50
