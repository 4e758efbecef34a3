"""`run(args)`: the whole start-up, from the command line's arguments to a window over a real database."""

from __future__ import annotations

from argparse import Namespace

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from invoicedesk.logsetup import unconfigure_logging
from invoicedesk.settings import DATABASE_FILE_NAME
from invoicedesk.ui.app import run
from invoicedesk.ui.main_window import MainWindow
from invoicedesk.ui.single_instance import ACTIVATE, SingleInstance, instance_key


@pytest.fixture(autouse=True)
def _release_log_files():
    yield
    unconfigure_logging()


def poll(condition, action, *, interval_ms: int = 20, attempts: int = 500) -> None:
    """Call `action` once `condition()` returns something, checking while run() owns the event loop."""

    def check(remaining: int) -> None:
        found = condition()
        if found:
            action(found)
        elif remaining:
            QTimer.singleShot(interval_ms, lambda: check(remaining - 1))
        else:  # give up: close everything so that run() returns and the test fails on its assertions
            QApplication.closeAllWindows()

    QTimer.singleShot(interval_ms, lambda: check(attempts))


def opened_window():
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and widget.isVisible() and widget.context is not None:
            return widget
    return None


def test_run_opens_the_database_in_the_background_and_exits_cleanly(qtbot, tmp_path):
    seen = {}

    def close(window: MainWindow) -> None:
        seen["company_box"] = window.company_box.currentText()
        seen["data_dir"] = window.data_dir
        seen["title"] = window.windowTitle()
        window.close()

    poll(opened_window, close)
    assert run(Namespace(data_dir=tmp_path, database_url=None)) == 0
    assert seen["data_dir"] == tmp_path.resolve()
    assert (tmp_path / DATABASE_FILE_NAME).is_file()
    log_text = (tmp_path / "logs" / "invoicedesk.log").read_text(encoding="utf-8")
    assert "starting" in log_text and "stopped" in log_text


def test_a_second_launch_wakes_the_first_and_exits_0(qtbot, tmp_path):
    first = SingleInstance(instance_key(tmp_path.resolve()))
    assert first.acquire()
    try:
        with qtbot.waitSignal(first.message_received, timeout=10_000) as woken:
            assert run(Namespace(data_dir=tmp_path, database_url=None)) == 0
        assert woken.args == [ACTIVATE]
        assert not (tmp_path / DATABASE_FILE_NAME).exists()  # the second launch touched nothing
    finally:
        first.release()


def test_a_database_that_cannot_be_opened_is_reported_and_exits_1(qtbot, tmp_path):
    (tmp_path / DATABASE_FILE_NAME).write_text("this is not a database", encoding="utf-8")
    shown = {}

    def error_box():
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow):
                boxes = [box for box in widget.findChildren(QMessageBox) if box.isVisible()]
                if boxes:
                    return boxes[0]
        return None

    def close(box: QMessageBox) -> None:
        shown["title"] = box.text()
        box.button(QMessageBox.StandardButton.Close).click()

    poll(error_box, close)
    assert run(Namespace(data_dir=tmp_path, database_url=None)) == 1
    assert shown["title"]  # the store's own explanation of what is wrong with the file
    assert (tmp_path / DATABASE_FILE_NAME).read_text(encoding="utf-8") == "this is not a database"
