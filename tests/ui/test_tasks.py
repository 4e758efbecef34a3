from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread

from invoicedesk.ui.tasks import ProgressRelay, TaskFailure, TaskRunner


@pytest.fixture
def runner(qapp):
    runner = TaskRunner()
    yield runner
    runner.wait_for_workers(5000)


def test_result_arrives_on_the_gui_thread_by_signal(qtbot, runner):
    worker_threads: list[threading.Thread] = []
    delivered: list[tuple[int, bool]] = []

    def work(a: int, b: int) -> int:
        worker_threads.append(threading.current_thread())
        return a * b

    def done(result: int) -> None:
        delivered.append((result, QThread.currentThread() is qapp_thread()))

    runner.run(work, 6, 7, on_done=done)
    assert delivered == []  # nothing is delivered synchronously: only through the event loop
    qtbot.waitUntil(lambda: bool(delivered), timeout=5000)
    assert delivered == [(42, True)]
    assert worker_threads and worker_threads[0] is not threading.main_thread()


def qapp_thread():
    from PySide6.QtWidgets import QApplication

    return QApplication.instance().thread()


def test_keyword_arguments_reach_the_function(qtbot, runner):
    results = []
    runner.run(lambda *, name: f"hello {name}", name="Ana", on_done=results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert results == ["hello Ana"]


def test_error_goes_to_on_error_with_its_traceback_and_is_logged(qtbot, runner, caplog):
    failures: list[TaskFailure] = []

    def broken() -> None:
        raise ValueError("row 3 has no date")

    runner.run(broken, on_error=failures.append, on_done=lambda _r: pytest.fail("must not succeed"))
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    failure = failures[0]
    assert isinstance(failure.exception, ValueError)
    assert "row 3 has no date" in failure.traceback_text
    assert "broken" in failure.traceback_text
    assert any("broken" in record.getMessage() for record in caplog.records if record.levelname == "ERROR")


def test_error_without_handler_is_announced_not_swallowed(qtbot, runner):
    def broken() -> None:
        raise RuntimeError("disk full")

    with qtbot.waitSignal(runner.task_failed, timeout=5000) as blocker:
        runner.run(broken)
    failure = blocker.args[0]
    assert isinstance(failure, TaskFailure)
    assert str(failure.exception) == "disk full"


def test_busy_state_follows_outstanding_work(qtbot, runner):
    release = threading.Event()
    states: list[bool] = []
    runner.busy_changed.connect(states.append)
    results: list[str] = []
    runner.run(lambda: release.wait(5) and "first", on_done=results.append)
    runner.run(lambda: "second", on_done=results.append)
    assert runner.pending_count == 2
    qtbot.waitUntil(lambda: results == ["second"], timeout=5000)
    assert runner.pending_count == 1
    release.set()
    qtbot.waitUntil(lambda: runner.pending_count == 0, timeout=5000)
    assert states == [True, False]
    assert sorted(results) == ["first", "second"]


def test_progress_relay_delivers_worker_progress_on_the_gui_thread(qtbot, runner):
    seen: list[tuple[int, bool]] = []
    relay = ProgressRelay(
        lambda value: seen.append((value, QThread.currentThread() is qapp_thread())), min_interval_s=0
    )

    def work(progress) -> str:
        for value in (10, 20, 30):
            progress(value)
        return "done"

    finished = []
    runner.run(work, relay, on_done=finished.append)
    qtbot.waitUntil(lambda: bool(finished) and len(seen) == 3, timeout=5000)
    assert seen == [(10, True), (20, True), (30, True)]


def test_progress_relay_throttles_a_flood(qtbot, runner):
    seen: list[int] = []
    relay = ProgressRelay(seen.append, min_interval_s=60)
    finished = []
    runner.run(lambda: [relay(i) for i in range(10_000)], on_done=finished.append)
    qtbot.waitUntil(lambda: bool(finished), timeout=5000)
    qtbot.wait(50)
    assert seen == [0]
