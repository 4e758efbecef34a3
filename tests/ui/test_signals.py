from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

from invoicedesk.ui.signals import emit


class _Source(QObject):
    changed = Signal(int)


def test_emitting_often_leaves_the_reference_count_of_true_alone(qapp):
    source = _Source()
    received: list[int] = []
    source.changed.connect(received.append)
    before = sys.getrefcount(True)
    for value in range(5000):
        emit(source.changed, value)
    # An affected PySide6 build loses one reference per emit: 5000 here, enough to abort the interpreter.
    # Other code may take or drop a reference meanwhile, hence the small tolerance.
    assert abs(sys.getrefcount(True) - before) < 50
    assert received == list(range(5000))
