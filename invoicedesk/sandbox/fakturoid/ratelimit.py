"""Fakturoid's 400 requests per 60 s, as a sliding window on the emulator's clock."""

from __future__ import annotations

import math
import threading
from collections import deque
from dataclasses import dataclass

from invoicedesk.sandbox.clock import ScaledClock


@dataclass(frozen=True)
class RateState:
    allowed: bool
    remaining: int
    reset_seconds: int


class SlidingWindow:
    def __init__(self, limit: int, window_seconds: float, clock: ScaledClock):
        self.limit = limit
        self.window = window_seconds
        self.clock = clock
        self._hits: deque[float] = deque()
        self._lock = threading.Lock()

    def _expire(self, now: float) -> None:
        while self._hits and self._hits[0] <= now - self.window:
            self._hits.popleft()

    def _reset_in(self, now: float) -> int:
        # Seconds until the oldest counted request leaves the window, i.e. until one more request is allowed.
        if not self._hits:
            return math.ceil(self.window)
        return max(1, math.ceil(self._hits[0] + self.window - now))

    def hit(self) -> RateState:
        """Count one request unless the window is full; a refused request is not counted."""
        with self._lock:
            now = self.clock.now()
            self._expire(now)
            if len(self._hits) >= self.limit:
                return RateState(False, 0, self._reset_in(now))
            self._hits.append(now)
            return RateState(True, self.limit - len(self._hits), self._reset_in(now))

    def peek(self) -> RateState:
        with self._lock:
            now = self.clock.now()
            self._expire(now)
            remaining = self.limit - len(self._hits)
            return RateState(remaining > 0, remaining, self._reset_in(now))

    def reset(self) -> None:
        with self._lock:
            self._hits.clear()
