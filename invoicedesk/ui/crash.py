"""Unhandled exceptions: logged, then shown once in a dialog with a redacted report the user can copy.

While a crash dialog is open, further errors only raise its counter; an error already shown in this
session (same type at the same place) is logged but not shown again. A loop that fails on every timer
tick therefore yields one dialog, not a storm of them.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from invoicedesk.diagnostics import crash_report
from invoicedesk.ui.labels import close_button_text
from invoicedesk.ui.signals import emit

log = logging.getLogger(__name__)

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


class CrashDialog(QDialog):
    CODE = "D-ERR-1"

    def __init__(self, report: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("InvoiceDesk — unexpected error"))
        self.report = report

        intro = QLabel(
            self.tr(
                "Something went wrong that InvoiceDesk did not expect. Your data is safe: unfinished changes "
                "were not saved. The details below are also in the log file. Passwords and keys have been "
                "removed from them, so you can send them to support."
            )
        )
        intro.setWordWrap(True)
        code = QLabel(self.CODE)
        code.setObjectName("screenCode")
        code.setAlignment(Qt.AlignmentFlag.AlignRight)

        self.report_view = QPlainTextEdit(report)
        self.report_view.setObjectName("report")
        self.report_view.setReadOnly(True)
        self.report_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.report_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))

        self.more_label = QLabel()
        self.more_label.setObjectName("moreErrors")
        self.more_label.setWordWrap(True)
        self.more_label.hide()

        buttons = QDialogButtonBox()
        self.copy_button = QPushButton(self.tr("Copy report"))
        self.copy_button.setObjectName("copyButton")
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(close_button_text())
        self.copy_button.clicked.connect(self.copy_report)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(code)
        layout.addWidget(intro)
        layout.addWidget(self.report_view, 1)
        layout.addWidget(self.more_label)
        layout.addWidget(buttons)
        self.resize(720, 480)
        self._more = 0

    @Slot()
    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report)
        self.copy_button.setText(self.tr("Copied"))

    def count_another(self) -> None:
        self._more += 1
        self.more_label.setText(
            self.tr("%n more error(s) happened since; they are in the log file.", "", self._more)
        )
        self.more_label.show()


class CrashHandler(QObject):
    """Installs itself as `sys.excepthook` and `threading.excepthook`."""

    _raised_elsewhere = Signal(object)
    dialog_shown = Signal(object)  # the CrashDialog, for whoever wants to follow it (tests, the window)

    def __init__(
        self,
        context: Callable[[], Any] = lambda: None,
        parent_window: Callable[[], QWidget | None] = lambda: None,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self._context = context
        self._parent_window = parent_window
        self._dialog: CrashDialog | None = None
        self._shown_signatures: set[tuple[str, str]] = set()
        self._previous_hooks: tuple[Any, Any] | None = None
        self._raised_elsewhere.connect(self._show, Qt.ConnectionType.QueuedConnection)

    @property
    def dialog(self) -> CrashDialog | None:
        return self._dialog

    def install(self) -> None:
        self._previous_hooks = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread

    def uninstall(self) -> None:
        if self._previous_hooks is not None:
            sys.excepthook, threading.excepthook = self._previous_hooks
            self._previous_hooks = None

    def handle(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.critical("Unhandled error", exc_info=(exc_type, exc, tb))
        app = QApplication.instance()
        if app is None:
            return
        if QThread.currentThread() is app.thread():
            self._show((exc_type, exc, tb))
        else:
            emit(self._raised_elsewhere, (exc_type, exc, tb))

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    @Slot(object)
    def _show(self, exc_info: ExcInfo) -> None:
        if self._dialog is not None:
            self._dialog.count_another()
            return
        signature = _signature(exc_info)
        if signature in self._shown_signatures:
            return  # already shown once this session; the log has every repetition
        self._shown_signatures.add(signature)
        dialog = CrashDialog(self._report(exc_info), self._parent_window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._dialog_closed)
        self._dialog = dialog
        dialog.show()
        emit(self.dialog_shown, dialog)

    @Slot()
    def _dialog_closed(self) -> None:
        self._dialog = None

    def _report(self, exc_info: ExcInfo) -> str:
        try:
            return crash_report(*exc_info, context=self._context())
        except Exception:
            # Never show an unredacted message: without the report, only the type and place are safe.
            log.exception("Could not build the crash report")
            type_name, place = _signature(exc_info)
            return f"{type_name} at {place or '?'}\n(the full report could not be built; see the log file)"


def _signature(exc_info: ExcInfo) -> tuple[str, str]:
    exc_type, _exc, tb = exc_info
    frames = traceback.extract_tb(tb) if tb is not None else []
    # The file's name only: a full path would carry the user's folder names into the report.
    place = f"{Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else ""
    return exc_type.__qualname__, place
