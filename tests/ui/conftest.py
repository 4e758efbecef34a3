"""Qt runs offscreen here, and any Qt warning fails the test that caused it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from invoicedesk.ui.gc_guard import GuiThreadGarbageCollector
from invoicedesk.ui.main_window import MainWindow
from invoicedesk.ui.preferences import Preferences
from invoicedesk.ui.tasks import TaskRunner
from tests.ui.desk import Desk, open_desk
from tests.ui.window_helpers import select

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # read when the QApplication is created, so set it first

_HERE = Path(__file__).resolve().parent


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    # The project-wide ini does not set qt_log_level_fail; the UI tests hold themselves to it here.
    for item in items:
        if _HERE in Path(str(item.path)).resolve().parents:
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
            # The offscreen platform's own notice that it has no window manager; not a fault of ours.
            item.add_marker(pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"))


@pytest.fixture(scope="module")
def desk(tmp_path_factory) -> Desk:
    """Three companies in a real temporary database: orders from the sample file, many orders, none."""
    desk = open_desk(tmp_path_factory.mktemp("desk"))
    yield desk
    desk.context.close()


@pytest.fixture(autouse=True)
def english_locale():
    """Numbers and dates as en_US writes them, whatever the machine's locale."""
    from PySide6.QtCore import QLocale

    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(previous)


@pytest.fixture(scope="session", autouse=True)
def english_plurals(qapp):
    """The window as an English user sees it: English has its own file, for "1 order" / "2 orders"."""
    from invoicedesk.ui.translations import install_translators, remove_translators

    translators = install_translators(qapp, "en")
    assert translators, "the English plural forms must load"
    yield
    remove_translators(qapp, translators)


@pytest.fixture
def window(qtbot, desk, tmp_path):
    """The main window over the desk's database, showing its first company."""
    runner = TaskRunner()
    window = MainWindow(
        runner,
        Preferences(tmp_path),
        data_dir=desk.context.paths.data_dir,
        log_file=tmp_path / "invoicedesk.log",
    )
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.companies_loaded, timeout=10_000):
        window.attach_context(desk.context)
    select(qtbot, window, desk.alfa.id)
    yield window
    runner.wait_for_workers(10_000)


@pytest.fixture(scope="module", autouse=True)
def gui_thread_garbage_collection(qapp):
    """As in the application: cyclic garbage (which may hold widgets) is collected on the GUI thread only."""
    collector = GuiThreadGarbageCollector(qapp)  # owned by the application: never destroyed mid-test
    collector.start()
    yield
    collector.stop()
