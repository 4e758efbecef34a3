"""Faults that an emulator injects into its own answers: dropped connections, error statuses, slowness.

Faults are consumed in the order they were injected; each hits `times` matching requests and is then spent
(-1 keeps it until cleared).
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, fields

FAULT_KINDS = ("drop_after_commit", "drop_before", "status", "rate_limit", "slow", "malformed", "html")

# "kind=value" in a CLI spec sets this field of the fault.
_KIND_VALUE_FIELD = {"status": "status", "rate_limit": "retry_after", "slow": "delay"}


@dataclass
class Fault:
    kind: str
    method: str = "*"
    path: str = ""
    times: int = 1
    status: int = 503
    retry_after: float = 1.0
    delay: float = 2.0

    def __post_init__(self) -> None:
        if self.kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault kind {self.kind!r}; expected one of {', '.join(FAULT_KINDS)}")
        if self.times == 0 or self.times < -1:
            raise ValueError(f"fault 'times' must be positive or -1 (until cleared), not {self.times}")
        try:
            self._pattern = re.compile(self.path)
        except re.error as exc:
            raise ValueError(f"fault path {self.path!r} is not a valid regular expression: {exc}") from exc
        self.method = self.method.upper()

    def matches(self, method: str, path: str) -> bool:
        if self.method not in ("*", method.upper()):
            return False
        return self._pattern.search(path) is not None


class FaultInjector:
    """Thread-safe queue of faults waiting for matching requests."""

    def __init__(self) -> None:
        self._faults: list[Fault] = []
        self._lock = threading.Lock()

    def inject(self, kind: str, **kw) -> Fault:
        fault = Fault(kind, **kw)
        self.add(fault)
        return fault

    def add(self, fault: Fault) -> None:
        with self._lock:
            self._faults.append(fault)

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()

    def pending(self) -> list[Fault]:
        with self._lock:
            return list(self._faults)

    def take(self, method: str, path: str) -> Fault | None:
        """The first fault that matches this request, counting one use of it."""
        with self._lock:
            for fault in self._faults:
                if fault.matches(method, path):
                    if fault.times > 0:
                        fault.times -= 1
                        if fault.times == 0:
                            self._faults.remove(fault)
                    return fault
        return None


def _convert(name: str, raw: str, item: str):
    kinds = {f.name: f.type for f in fields(Fault)}
    if name not in kinds or name == "kind":
        allowed = ", ".join(n for n in kinds if n != "kind")
        raise ValueError(f"fault {item!r}: unknown option {name!r} (allowed: {allowed})")
    type_name = kinds[name] if isinstance(kinds[name], str) else kinds[name].__name__
    try:
        if type_name == "int":
            return int(raw)
        if type_name == "float":
            return float(raw)
    except ValueError:
        raise ValueError(f"fault {item!r}: {name}={raw!r} is not a number") from None
    return raw


def parse_fault_spec(spec: str) -> list[tuple[str, Fault]]:
    """Parse the CLI form "service:kind[=value][:option=value…][,…]" into (service, Fault) pairs.

    Example: "fakturoid:status=503:path=invoices:times=2,anaf:drop_after_commit:method=POST".
    The value after the kind sets status (status), retry_after (rate_limit) or delay (slow).
    """
    result: list[tuple[str, Fault]] = []
    for item in (part.strip() for part in spec.split(",")):
        if not item:
            continue
        pieces = item.split(":")
        if len(pieces) < 2 or not pieces[0] or not pieces[1]:
            raise ValueError(f"fault {item!r}: expected 'service:kind[:option=value…]'")
        service, kind_part, *options = pieces
        kind, _, kind_value = kind_part.partition("=")
        if kind not in FAULT_KINDS:
            expected = ", ".join(FAULT_KINDS)
            raise ValueError(f"fault {item!r}: unknown kind {kind!r}; expected one of {expected}")
        kwargs: dict[str, object] = {}
        if kind_value:
            if kind not in _KIND_VALUE_FIELD:
                raise ValueError(f"fault {item!r}: kind {kind!r} takes no value")
            field_name = _KIND_VALUE_FIELD[kind]
            kwargs[field_name] = _convert(field_name, kind_value, item)
        for option in options:
            name, sep, raw = option.partition("=")
            if not sep:
                raise ValueError(f"fault {item!r}: option {option!r} must look like name=value")
            kwargs[name] = _convert(name, raw, item)
        result.append((service, Fault(kind, **kwargs)))
    return result
