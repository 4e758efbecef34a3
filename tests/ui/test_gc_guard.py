from __future__ import annotations

import gc
import threading

from invoicedesk.ui.gc_guard import GuiThreadGarbageCollector
from invoicedesk.ui.tasks import TaskRunner


class _Cycle:
    finalized_in: list[threading.Thread] = []

    def __init__(self) -> None:
        self.me = self  # only the cycle collector can free this

    def __del__(self) -> None:
        _Cycle.finalized_in.append(threading.current_thread())


def test_cycles_made_on_a_worker_are_collected_on_the_gui_thread(qtbot):
    enabled_before = gc.isenabled()
    collector = GuiThreadGarbageCollector(interval_ms=10)
    collector.start()
    runner = TaskRunner()
    try:
        assert not gc.isenabled()
        _Cycle.finalized_in.clear()

        def make_garbage() -> list[list]:
            for _ in range(50):
                _Cycle()
            # Far past the first threshold (and kept alive, so the count stays there): an enabled collector
            # would run right here, on the worker.
            return [[] for _ in range(gc.get_threshold()[0] * 5)]

        done = []
        runner.run(make_garbage, on_done=done.append)
        qtbot.waitUntil(lambda: len(_Cycle.finalized_in) == 50, timeout=10_000)
        assert set(_Cycle.finalized_in) == {threading.main_thread()}
    finally:
        runner.wait_for_workers(5000)
        collector.stop()
    assert gc.isenabled() == enabled_before
