"""Unhandled errors end in one crash dialog with a redacted report, not in silence and not in a storm."""

from __future__ import annotations

import sys
import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from invoicedesk.secrets.redaction import register_secret
from invoicedesk.ui.crash import CrashDialog, CrashHandler

SECRET = "s3cr3t-Api-Key-7731"


def raise_and_capture(message: str):
    try:
        raise RuntimeError(message)
    except RuntimeError:
        return sys.exc_info()


@pytest.fixture
def handler(qtbot):
    handler = CrashHandler(context=lambda: {"screen": "S-ORD-1", "qt_version": "6"})
    yield handler
    if handler.dialog is not None:
        handler.dialog.close()
    handler.uninstall()


def test_dialog_shows_a_redacted_report_and_copies_it(qtbot, handler, caplog):
    register_secret(SECRET)
    with qtbot.waitSignal(handler.dialog_shown, timeout=5000) as shown:
        handler.handle(*raise_and_capture(f"upload refused for key {SECRET}"))
    dialog = shown.args[0]
    assert isinstance(dialog, CrashDialog)
    report = dialog.report_view.toPlainText()
    assert "RuntimeError" in report
    assert "upload refused for key" in report
    assert "S-ORD-1" in report  # where the user was
    assert SECRET not in report
    assert "[REDACTED]" in report
    dialog.copy_button.click()
    assert QApplication.clipboard().text() == report
    # Logged too, and the log is redacted as well.
    assert any(record.levelname == "CRITICAL" for record in caplog.records)


def test_repeated_errors_do_not_open_a_second_dialog(qtbot, handler):
    shown = []
    handler.dialog_shown.connect(shown.append)
    for _ in range(5):
        handler.handle(*raise_and_capture("timer tick failed"))
    assert len(shown) == 1
    dialog = shown[0]
    assert dialog.more_label.isVisible()
    assert dialog.more_label.text() == "4 more errors happened since; they are in the log file."
    dialog.close()
    qtbot.waitUntil(lambda: handler.dialog is None, timeout=5000)
    # The same error again after closing: logged, not shown again.
    handler.handle(*raise_and_capture("timer tick failed"))
    assert len(shown) == 1
    # A different error is news: it is shown.
    handler.handle(*raise_and_capture_elsewhere())
    assert len(shown) == 2


def raise_and_capture_elsewhere():
    try:
        {}["missing"]
    except KeyError:
        return sys.exc_info()


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_reaches_the_dialog_through_the_excepthook(qtbot, handler):
    handler.install()
    assert sys.excepthook == handler.handle

    def broken_slot():
        raise ValueError("slot failed")

    with qtbot.waitSignal(handler.dialog_shown, timeout=5000) as shown:
        QTimer.singleShot(0, broken_slot)
    assert "slot failed" in shown.args[0].report


def test_an_exception_in_a_plain_thread_is_shown_on_the_gui_thread(qtbot, handler):
    handler.install()

    def broken_thread():
        raise OSError("worker lost its file")

    with qtbot.waitSignal(handler.dialog_shown, timeout=5000) as shown:
        thread = threading.Thread(target=broken_thread)
        thread.start()
        thread.join()
    dialog = shown.args[0]
    assert "worker lost its file" in dialog.report
    assert dialog.thread() is QApplication.instance().thread()


def test_uninstall_restores_the_previous_hooks(handler):
    before = (sys.excepthook, threading.excepthook)
    handler.install()
    handler.uninstall()
    assert (sys.excepthook, threading.excepthook) == before
