"""Start the desktop application: `run(args)` is what the command line calls when given no subcommand."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox

from invoicedesk import APP_NAME, __version__
from invoicedesk.app.context import AppContext
from invoicedesk.app.demo import seed_demo
from invoicedesk.logsetup import configure_logging
from invoicedesk.secrets.redaction import redact_text
from invoicedesk.settings import DataPaths, resolve_paths
from invoicedesk.ui.crash import CrashHandler
from invoicedesk.ui.gc_guard import GuiThreadGarbageCollector
from invoicedesk.ui.labels import close_button_text
from invoicedesk.ui.main_window import MainWindow
from invoicedesk.ui.preferences import Preferences
from invoicedesk.ui.single_instance import SingleInstance, instance_key
from invoicedesk.ui.tasks import TaskFailure, TaskRunner
from invoicedesk.ui.translations import install_translators, remove_translators, resolve_language

log = logging.getLogger(__name__)
qt_log = logging.getLogger("qt")

_SHUTDOWN_WAIT_MS = 30_000
_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def run(args: Any) -> int:
    """Open the main window for `args.data_dir` / `args.database_url` (and `args.demo`); the exit code."""
    data_dir: Path | None = getattr(args, "data_dir", None)
    database_url: str | None = getattr(args, "database_url", None)
    demo = bool(getattr(args, "demo", False))
    # A demo without a folder runs in a temporary one that the context creates and deletes: it shares
    # nothing with other launches, so it neither takes the single-instance lock nor writes the usual log.
    throwaway = demo and data_dir is None and database_url is None
    paths = resolve_paths(data_dir)

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else APP_NAME])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)

    garbage_collector = GuiThreadGarbageCollector(app)
    garbage_collector.start()
    try:
        return _run_application(
            app, paths, data_dir=data_dir, database_url=database_url, demo=demo, throwaway=throwaway
        )
    finally:
        garbage_collector.stop()


def _run_application(
    app: QApplication,
    paths: DataPaths,
    *,
    data_dir: Path | None,
    database_url: str | None,
    demo: bool,
    throwaway: bool,
) -> int:
    instance: SingleInstance | None = None
    if not throwaway:
        instance = SingleInstance(instance_key(paths.data_dir))
        if not instance.acquire():
            # Another window already works on this data folder: wake it rather than open the database twice.
            return 0 if instance.notify_primary() else 1

    log_file: Path | None = None
    if not throwaway:
        try:
            log_file = configure_logging(paths.logs_dir)
        except OSError as error:
            # The database lives in the same folder, so nothing else would work either: say so and stop.
            QMessageBox.critical(None, APP_NAME, str(error))
            if instance is not None:
                instance.release()
            return 1
    previous_handler = qInstallMessageHandler(_qt_message_to_log)
    log.info(
        "InvoiceDesk %s starting; data folder %s", __version__, "temporary" if throwaway else paths.data_dir
    )
    preferences = Preferences(paths.data_dir)
    translators = install_translators(app, resolve_language(preferences.language))

    runner = TaskRunner(app)
    window = MainWindow(
        runner, preferences, data_dir=None if throwaway else paths.data_dir, log_file=log_file
    )
    crash_handler = CrashHandler(context=window.support_context, parent_window=lambda: window)
    crash_handler.install()
    if instance is not None:
        instance.message_received.connect(lambda _message: window.bring_to_front())

    # Filled on the worker, so that a context which opens after the window has closed is closed as well.
    opened: list[AppContext] = []

    def open_context() -> AppContext:
        context = AppContext.open(data_dir=data_dir, database_url=database_url, demo=demo)
        opened.append(context)
        if demo:
            # Seeded before the window attaches the context, so every screen opens on the demo world.
            seed_demo(context)
        return context

    def open_failed(failure: TaskFailure) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("Startup", "InvoiceDesk cannot open its data"),
            redact_text(str(failure.exception)) or type(failure.exception).__name__,
            QMessageBox.StandardButton.Close,
            window,
        )
        box.button(QMessageBox.StandardButton.Close).setText(close_button_text())
        if log_file is not None:
            box.setInformativeText(
                QCoreApplication.translate("Startup", "The details are in the log file: {file}").format(
                    file=log_file
                )
            )
        box.finished.connect(lambda _result: app.exit(1))
        box.open()

    window.show()
    runner.run(
        open_context, on_done=window.attach_context, on_error=open_failed, description="open the database"
    )
    try:
        return app.exec()
    finally:
        runner.wait_for_workers(_SHUTDOWN_WAIT_MS)
        for context in opened:
            context.close()
        crash_handler.uninstall()
        remove_translators(app, translators)
        qInstallMessageHandler(previous_handler)
        if instance is not None:
            instance.release()
        log.info("InvoiceDesk stopped")


def _qt_message_to_log(message_type: QtMsgType, context: QMessageLogContext, message: str) -> None:
    qt_log.log(_QT_LEVELS.get(message_type, logging.WARNING), "%s (%s)", message, context.category)
