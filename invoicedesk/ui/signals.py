"""Emitting a signal from Python, safely on every PySide6 build.

PySide6 6.12.0 returns `True` from `SignalInstance.emit()` without taking a reference to it. On Python
3.11, where `True` is an ordinary object, each emit lowers its reference count by one until the
interpreter aborts ("bool_dealloc: deallocating True or False"), after a few thousand emits in a long
session. `emit()` below gives the reference back when, and only when, the running build is found to
drop it; on a fixed build, and on Python 3.12+ (where `True` is immortal), it simply emits.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal


class _Probe(QObject):
    ping = Signal()


def _emit_drops_a_reference_to_true() -> bool:
    probe = _Probe()
    emits = 8
    before = sys.getrefcount(True)
    for _ in range(emits):
        probe.ping.emit()
    lost = before - sys.getrefcount(True)
    if lost > 0:
        # Give back what the probe itself took, before anything else can run out.
        for _ in range(lost):
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
    return lost == emits


_COMPENSATE = _emit_drops_a_reference_to_true()


def emit(signal: Any, *args: Any) -> None:
    """`signal.emit(*args)`, without the reference leak of affected PySide6 builds."""
    result = signal.emit(*args)
    if _COMPENSATE and result is True:
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
