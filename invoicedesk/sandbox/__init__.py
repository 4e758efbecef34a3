"""Emulators of the online services, written from the API fact sheets and served over real HTTP on 127.0.0.1.

This package imports nothing from the rest of invoicedesk: an emulator that shared code with the client would
share its mistakes.
"""

from invoicedesk.sandbox.base import Abort, Emulator, JournalEntry, Request, Response, route
from invoicedesk.sandbox.clock import ScaledClock
from invoicedesk.sandbox.faults import Fault, FaultInjector, parse_fault_spec

__all__ = [
    "Abort",
    "Emulator",
    "Fault",
    "FaultInjector",
    "JournalEntry",
    "Request",
    "Response",
    "ScaledClock",
    "parse_fault_spec",
    "route",
]
