"""Run chosen emulators side by side until interrupted (the engine of `invoicedesk sandbox serve`)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from invoicedesk.sandbox.base import Emulator
from invoicedesk.sandbox.faults import Fault, parse_fault_spec
from invoicedesk.sandbox.registry import EMULATORS

# How often the wait loop wakes up: a blocked lock wait is not interruptible by Ctrl+C on Windows.
_WAKE_SECONDS = 0.25


def _plan_faults(services: list[str], fault_specs: list[str]) -> list[tuple[str, Fault]]:
    planned: list[tuple[str, Fault]] = []
    for spec in fault_specs:
        for service, fault in parse_fault_spec(spec):
            if service not in services:
                raise ValueError(f"fault {spec!r} names service {service!r}, which is not being served "
                                 f"(serving: {', '.join(services)})")
            planned.append((service, fault))
    return planned


def start_emulators(services: list[str], fault_specs: list[str], *, state_dir: Path | None = None,
                    options: Mapping[str, Mapping[str, Any]] | None = None) -> list[Emulator]:
    """Start the emulators (state in state_dir/<service>.json when given) and inject the faults.

    Raises ValueError naming the problem (unknown service, bad fault spec, unreadable state file); nothing is
    left running when it does.
    """
    if not services:
        raise ValueError(f"choose at least one service to emulate ({', '.join(sorted(EMULATORS))})")
    unknown = [s for s in services if s not in EMULATORS]
    if unknown:
        raise ValueError(f"no emulator for {', '.join(unknown)}; available: {', '.join(sorted(EMULATORS))}")
    if len(set(services)) != len(services):
        raise ValueError(f"each service can be served once: {', '.join(services)}")
    faults = _plan_faults(services, fault_specs)
    options = options or {}
    started: list[Emulator] = []
    try:
        for service in services:
            state_file = state_dir / f"{service}.json" if state_dir is not None else None
            emulator = EMULATORS[service](state_file=state_file, **dict(options.get(service, {})))
            started.append(emulator.start())
        by_service = {e.service: e for e in started}
        for service, fault in faults:
            by_service[service].faults.add(fault)
    except BaseException:
        for emulator in started:
            emulator.stop()
        raise
    return started


def serve(services: list[str], fault_specs: list[str], *, state_dir: Path | None,
          on_ready: Callable[[dict], None], stop_event: threading.Event | None = None,
          options: Mapping[str, Mapping[str, Any]] | None = None) -> None:
    """Serve until KeyboardInterrupt (or until stop_event is set).

    on_ready gets {"service", "base_url", "credentials"} once per emulator, after all of them are listening.
    """
    emulators = start_emulators(services, fault_specs, state_dir=state_dir, options=options)
    stop = stop_event or threading.Event()
    try:
        for emulator in emulators:
            on_ready({"service": emulator.service, "base_url": emulator.base_url,
                      "credentials": emulator.demo_credentials()})
        while not stop.wait(_WAKE_SECONDS):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        for emulator in emulators:
            emulator.stop()
