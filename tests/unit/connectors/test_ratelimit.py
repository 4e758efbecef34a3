from __future__ import annotations

import threading

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from invoicedesk.connectors.ratelimit import (
    BudgetHint,
    RateLimiter,
    parse_structured_ratelimit,
    shared_limiter,
)


class FakeTime:
    """A clock that only moves when someone sleeps on it."""

    def __init__(self) -> None:
        self.now = 0.0
        self._lock = threading.Lock()

    def clock(self) -> float:
        with self._lock:
            return self.now

    def sleep(self, seconds: float) -> None:
        with self._lock:
            self.now += seconds


def max_in_any_window(stamps: list[float], window: float) -> int:
    """Most calls in any half-open window; a call exactly `window` later is in the next one (float slack)."""
    stamps = sorted(stamps)
    best = 0
    for i, start in enumerate(stamps):
        best = max(best, sum(1 for s in stamps[i:] if s < start + window - 1e-9))
    return best


def test_a_burst_is_spread_so_that_no_window_exceeds_the_limit() -> None:
    time = FakeTime()
    limiter = RateLimiter(10, 60, headroom=0, clock=time.clock, sleep=time.sleep)
    stamps = []
    for _ in range(35):
        limiter.acquire()
        stamps.append(time.now)
    assert max_in_any_window(stamps, 60) == 10
    assert stamps[:10] == [0.0] * 10
    assert stamps[10] == 60.0 and stamps[30] == 180.0


def test_headroom_keeps_a_margin_under_the_documented_limit() -> None:
    limiter = RateLimiter(400, 60)
    assert limiter.limit == 392
    assert RateLimiter(10, 1).limit == 9


@settings(max_examples=40, deadline=None)
@given(limit=st.integers(1, 8), gaps=st.lists(st.floats(0, 5, allow_nan=False), min_size=1, max_size=40))
def test_property_no_window_ever_holds_more_than_the_limit(limit: int, gaps: list[float]) -> None:
    time = FakeTime()
    limiter = RateLimiter(limit, 10, headroom=0, clock=time.clock, sleep=time.sleep)
    stamps = []
    for gap in gaps:
        time.sleep(gap)
        limiter.acquire()
        stamps.append(time.now)
    assert max_in_any_window(stamps, 10) <= limit
    assert stamps == sorted(stamps)


def test_concurrent_callers_share_one_budget() -> None:
    time = FakeTime()
    limiter = RateLimiter(5, 10, headroom=0, clock=time.clock, sleep=lambda s: None)
    starts: list[float] = []
    lock = threading.Lock()

    def call() -> None:
        # With a sleep that does not move the clock, the reserved start time is what the call waited for.
        waited = limiter.acquire()
        with lock:
            starts.append(time.now + waited)

    threads = [threading.Thread(target=call) for _ in range(17)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(starts) == [0.0] * 5 + [10.0] * 5 + [20.0] * 5 + [30.0] * 2


def test_the_services_own_budget_slows_us_down_before_it_runs_out() -> None:
    time = FakeTime()
    limiter = RateLimiter(400, 60, clock=time.clock, sleep=time.sleep)
    limiter.observe_budget(BudgetHint(remaining=3, reset_in=20))
    limiter.acquire()
    limiter.acquire()
    assert time.now == 0.0
    limiter.acquire()  # only the reserve is left: wait for the service's window to reset
    assert time.now == 20.0
    limiter.acquire()
    assert time.now == 20.0  # after the reset our own count rules again


def test_headers_feed_the_budget() -> None:
    time = FakeTime()
    limiter = RateLimiter(400, 60, clock=time.clock, sleep=time.sleep,
                          header_parser=parse_structured_ratelimit)
    limiter.observe({"X-RateLimit-Policy": "default;q=400;w=60", "X-RateLimit": "default;r=1;t=42"})
    limiter.acquire()
    assert time.now == 42.0


def test_block_for_holds_every_caller_back() -> None:
    time = FakeTime()
    limiter = RateLimiter(400, 60, clock=time.clock, sleep=time.sleep)
    limiter.block_for(9.5)
    assert limiter.acquire() == 9.5
    assert time.now == 9.5


@pytest.mark.parametrize(("value", "expected"), [
    ("default;r=398;t=55", BudgetHint(398, 55.0)),
    ("default; r=0; t=3", BudgetHint(0, 3.0)),
    ("default;t=7;r=12", BudgetHint(12, 7.0)),
    ("garbage", None),
    ("", None),
])
def test_parse_structured_ratelimit(value: str, expected: BudgetHint | None) -> None:
    assert parse_structured_ratelimit({"x-ratelimit": value}) == expected


def test_shared_limiter_is_one_per_account() -> None:
    made = []

    def factory() -> RateLimiter:
        made.append(1)
        return RateLimiter(5, 1)

    first = shared_limiter("test-svc", "acct-a", factory)
    assert shared_limiter("test-svc", "acct-a", factory) is first
    assert shared_limiter("test-svc", "acct-b", factory) is not first
    assert len(made) == 2


def test_in_window_counts_recent_calls() -> None:
    time = FakeTime()
    limiter = RateLimiter(10, 60, headroom=0, clock=time.clock, sleep=time.sleep)
    for _ in range(4):
        limiter.acquire()
    assert limiter.in_window() == 4
    time.sleep(61)
    assert limiter.in_window() == 0
