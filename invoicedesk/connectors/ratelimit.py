"""Client-side rate limiting: stay under a service's documented limit instead of bouncing off its 429.

`RateLimiter` is a sliding-window log with reservations: every call takes a slot stamped with the time it may
go, so concurrent callers queue in order and the number of calls in any window never exceeds the limit.
Services that report their remaining budget (Fakturoid's `X-RateLimit: default;r=398;t=55`) can narrow it
further, which matters when another integration (an e-shop plugin) spends the same account's budget. Clock and
sleep are injectable so tests (and the emulators' scaled clock) can run minutes of windows in seconds.
"""

from __future__ import annotations

import re
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass

Clock = Callable[[], float]
Sleep = Callable[[float], None]
HeaderParser = Callable[[Mapping[str, str]], "BudgetHint | None"]


@dataclass(frozen=True)
class BudgetHint:
    """What a service said about its own counter: `remaining` calls until `reset_in` seconds from now."""

    remaining: int
    reset_in: float


_STRUCTURED_PARAM = re.compile(r"(?:^|;)\s*([a-z]+)\s*=\s*([0-9.]+)")


def parse_structured_ratelimit(headers: Mapping[str, str], header: str = "X-RateLimit") -> BudgetHint | None:
    """Read `X-RateLimit: default;r=398;t=55` (the IETF RateLimit draft syntax Fakturoid uses)."""
    value = _header(headers, header)
    if not value:
        return None
    params = {key: number for key, number in _STRUCTURED_PARAM.findall(value.lower())}
    try:
        return BudgetHint(remaining=int(float(params["r"])), reset_in=max(0.0, float(params["t"])))
    except (KeyError, ValueError):
        return None


def _header(headers: Mapping[str, str], name: str) -> str:
    # requests' CaseInsensitiveDict answers any case; a plain dict from a test might not.
    value = headers.get(name)
    if value is None:
        lowered = name.lower()
        value = next((v for k, v in headers.items() if k.lower() == lowered), None)
    return value or ""


class RateLimiter:
    """At most `limit` calls in any `window` seconds, minus `headroom` to absorb clock and latency skew."""

    def __init__(
        self,
        limit: int,
        window: float,
        *,
        headroom: int | None = None,
        reserve: int = 1,
        clock: Clock = time.monotonic,
        sleep: Sleep = time.sleep,
        header_parser: HeaderParser | None = None,
    ) -> None:
        if limit < 1 or window <= 0:
            raise ValueError("a rate limit needs limit >= 1 and window > 0")
        # The service counts arrivals, we count departures; a few slots of headroom keep the two apart.
        headroom = max(1, limit // 50) if headroom is None else headroom
        self.limit = max(1, limit - headroom)
        self.window = window
        self.reserve = reserve
        self._clock = clock
        self._sleep = sleep
        self._header_parser = header_parser
        self._lock = threading.Lock()
        self._slots: deque[float] = deque()
        self._blocked_until = 0.0
        self._server_remaining: int | None = None
        self._server_reset_at = 0.0

    def acquire(self) -> float:
        """Wait until a call may go; returns how long it waited (seconds on the limiter's clock)."""
        with self._lock:
            now = self._clock()
            if self._server_remaining is not None:
                if max(now, self._blocked_until) >= self._server_reset_at:
                    self._server_remaining = None
                elif self._server_remaining <= self.reserve:
                    # The service's own budget is spent (others share it): wait for its reset.
                    self._blocked_until = max(self._blocked_until, self._server_reset_at)
                    self._server_remaining = None
                else:
                    self._server_remaining -= 1
            # Stamps stay in order because blocked_until only grows and the window term only moves forward.
            start = max(now, self._blocked_until)
            while self._slots and self._slots[0] <= start - self.window:
                self._slots.popleft()
            if len(self._slots) >= self.limit:
                # The slot frees when the oldest call in the window ages out.
                start = max(start, self._slots[len(self._slots) - self.limit] + self.window)
            self._slots.append(start)
            wait = start - now
        if wait > 0:
            self._sleep(wait)
        return max(0.0, wait)

    def observe(self, headers: Mapping[str, str]) -> None:
        """Take the service's own count into account (no-op for services that report nothing)."""
        if self._header_parser is None:
            return
        hint = self._header_parser(headers)
        if hint is not None:
            self.observe_budget(hint)

    def observe_budget(self, hint: BudgetHint) -> None:
        with self._lock:
            self._server_remaining = hint.remaining
            self._server_reset_at = self._clock() + hint.reset_in

    def block_for(self, seconds: float) -> None:
        """After a 429 or Retry-After: nobody calls this service before `seconds` have passed."""
        with self._lock:
            self._blocked_until = max(self._blocked_until, self._clock() + max(0.0, seconds))

    def in_window(self) -> int:
        """Calls counted in the current window (for tests and diagnostics)."""
        with self._lock:
            now = self._clock()
            return sum(1 for stamp in self._slots if now - self.window < stamp <= now)


_shared: dict[tuple[str, str], RateLimiter] = {}
_shared_lock = threading.Lock()


def shared_limiter(service: str, account: str, factory: Callable[[], RateLimiter]) -> RateLimiter:
    """One limiter per service account in this process, so two connections to one account share its budget."""
    with _shared_lock:
        limiter = _shared.get((service, account))
        if limiter is None:
            limiter = _shared[(service, account)] = factory()
        return limiter
