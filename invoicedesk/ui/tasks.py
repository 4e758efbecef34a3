"""Run blocking work (database, files, network) off the GUI thread and hand the outcome back to it.

Every job runs on the runner's own QThreadPool. Its result or exception travels back as a queued
signal, so `on_done` / `on_error` always execute on the GUI thread. A failure without an `on_error`
handler is re-announced through `TaskRunner.task_failed`; every failure is logged with its traceback.
"""

from __future__ import annotations

import itertools
import logging
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

from invoicedesk.ui.signals import emit

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TaskFailure:
    """What the GUI thread learns about a job that raised."""

    description: str
    exception: BaseException
    traceback_text: str


class _Relay(QObject):
    """Lives on the GUI thread; workers emit through it, Qt queues the call back to the GUI thread."""

    done = Signal(int, object)
    failed = Signal(int, object)


class _Job(QRunnable):
    def __init__(self, task_id: int, fn: Callable[..., Any], args: tuple, kwargs: dict, relay: _Relay):
        super().__init__()
        self._task_id = task_id
        self._fn = fn
        self._args = args
        self._kwargs = kwargs
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn(*self._args, **self._kwargs)
        except Exception as exc:  # the job's error belongs to the GUI thread, not to the pool
            emit(self._relay.failed, self._task_id, (exc, traceback.format_exc()))
        else:
            emit(self._relay.done, self._task_id, result)


@dataclass
class _Pending:
    description: str
    on_done: Callable[[Any], None] | None
    on_error: Callable[[TaskFailure], None] | None
    owner: QObject | None

    def owner_gone(self) -> bool:
        return self.owner is not None and not shiboken6.isValid(self.owner)


class TaskRunner(QObject):
    """`run(fn, *args, on_done=…, on_error=…)`; callbacks are invoked on the GUI thread."""

    task_failed = Signal(object)  # TaskFailure of a job that had no on_error handler
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, *, max_threads: int = 4):
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._relay = _Relay(self)
        self._relay.done.connect(self._deliver_result, Qt.ConnectionType.QueuedConnection)
        self._relay.failed.connect(self._deliver_failure, Qt.ConnectionType.QueuedConnection)
        self._ids = itertools.count(1)
        self._pending: dict[int, _Pending] = {}

    def run(
        self,
        fn: Callable[..., Any],
        /,
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[TaskFailure], None] | None = None,
        description: str = "",
        owner: QObject | None = None,
        **kwargs: Any,
    ) -> int:
        """Queue `fn(*args, **kwargs)` on a worker thread and return the task's id.

        With an `owner`, the callbacks are skipped if that object has been deleted meanwhile (a screen
        closed while its query ran); the outcome is still logged.
        """
        task_id = next(self._ids)
        was_idle = not self._pending
        self._pending[task_id] = _Pending(description or _describe(fn), on_done, on_error, owner)
        self._pool.start(_Job(task_id, fn, args, kwargs, self._relay))
        if was_idle:
            emit(self.busy_changed, True)
        return task_id

    @property
    def pending_count(self) -> int:
        """Jobs whose outcome has not yet been delivered to the GUI thread."""
        return len(self._pending)

    def wait_for_workers(self, timeout_ms: int = 30_000) -> bool:
        """Block until the worker threads are idle; only for shutdown, when the GUI no longer matters."""
        return self._pool.waitForDone(timeout_ms)

    @Slot(int, object)
    def _deliver_result(self, task_id: int, result: Any) -> None:
        pending = self._finish(task_id)
        if pending is not None and pending.on_done is not None and not pending.owner_gone():
            pending.on_done(result)

    @Slot(int, object)
    def _deliver_failure(self, task_id: int, payload: tuple[BaseException, str]) -> None:
        pending = self._finish(task_id)
        exception, traceback_text = payload
        description = pending.description if pending is not None else f"task {task_id}"
        log.error("Background task %s failed:\n%s", description, traceback_text)
        failure = TaskFailure(description, exception, traceback_text)
        if pending is not None and pending.owner_gone():
            return
        if pending is not None and pending.on_error is not None:
            pending.on_error(failure)
        else:
            emit(self.task_failed, failure)

    def _finish(self, task_id: int) -> _Pending | None:
        pending = self._pending.pop(task_id, None)
        if not self._pending:
            emit(self.busy_changed, False)
        return pending


class ProgressRelay(QObject):
    """A callable a worker may call with a count; the GUI thread receives it, at most ~10 times a second."""

    progressed = Signal(int)

    def __init__(
        self,
        on_progress: Callable[[int], None],
        parent: QObject | None = None,
        *,
        min_interval_s: float = 0.1,
    ):
        super().__init__(parent)
        self._min_interval_s = min_interval_s
        self._last_emit = 0.0
        self._on_progress = on_progress
        self.progressed.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def __call__(self, value: int) -> None:
        # Throttled so that a file of a million lines does not flood the GUI thread's event queue.
        now = time.monotonic()
        if now - self._last_emit >= self._min_interval_s:
            self._last_emit = now
            emit(self.progressed, value)

    @Slot(int)
    def _deliver(self, value: int) -> None:
        self._on_progress(value)


def _describe(fn: Callable[..., Any]) -> str:
    module = getattr(fn, "__module__", "") or ""
    name = getattr(fn, "__qualname__", None) or repr(fn)
    return f"{module}.{name}" if module else name
