"""Emulated time that can run faster than real time.

Rate-limit windows, token lifetimes and "PDF not ready yet" delays last minutes or hours at the real services;
tests need them to pass in seconds, so every emulator reads time from a ScaledClock instead of time.time().
"""

from __future__ import annotations

import threading
import time


class ScaledClock:
    """Epoch seconds that advance `scale` times faster than real time, plus manual jumps."""

    def __init__(self, scale: float = 1.0, start: float | None = None):
        if scale <= 0:
            raise ValueError(f"clock scale must be positive, got {scale!r}")
        self.scale = float(scale)
        self._start = time.time() if start is None else float(start)
        self._real_origin = time.monotonic()
        self._advanced = 0.0
        self._lock = threading.Lock()

    def now(self) -> float:
        """Emulated epoch seconds."""
        with self._lock:
            elapsed = (time.monotonic() - self._real_origin) * self.scale
            return self._start + elapsed + self._advanced

    def advance(self, seconds: float) -> None:
        """Jump emulated time forward (tests); time never runs backwards."""
        if seconds < 0:
            raise ValueError(f"the clock cannot go back ({seconds!r} s)")
        with self._lock:
            self._advanced += seconds

    def sleep(self, emulated_seconds: float) -> None:
        """Really sleep for as long as `emulated_seconds` take on this clock."""
        if emulated_seconds > 0:
            time.sleep(emulated_seconds / self.scale)
