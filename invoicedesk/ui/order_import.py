"""File ▸ Import orders…: choose a file, import it on a worker thread, then say what happened.

A file with problems imports nothing; the result dialog lists every problem by file, row and field
with what to do about it, so the user can fix the file and import it again.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QProgressDialog,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from invoicedesk.app.context import AppContext
from invoicedesk.app.order_import import ImportResult, import_orders
from invoicedesk.ui.formatting import format_count
from invoicedesk.ui.labels import close_button_text
from invoicedesk.ui.signals import emit
from invoicedesk.ui.tasks import ProgressRelay, TaskFailure, TaskRunner


class ImportResultDialog(QDialog):
    CODE = "D-IMP-1"

    def __init__(self, result: ImportResult, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("importResultDialog")
        self.result = result
        file_name = Path(result.file).name
        code = QLabel(self.CODE)
        code.setObjectName("screenCode")
        code.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(code)
        layout.addWidget(self.summary)

        self.problems_table: QTableWidget | None = None
        if result.problems:
            self.setWindowTitle(self.tr("Orders were not imported"))
            self.summary.setText(
                self.tr(
                    "Nothing was imported from {file}: it has %n problem(s). Fix them in the file and "
                    "import it again; orders already imported will not be added twice.",
                    "",
                    len(result.problems),
                ).format(file=file_name)
            )
            self.problems_table = self._problems_table(result)
            layout.addWidget(self.problems_table, 1)
            self.resize(900, 420)
        else:
            self.setWindowTitle(self.tr("Orders imported"))
            lines = [
                self.tr("Imported from {file}:").format(file=file_name),
                self.tr("%Ln new order(s)", "", result.orders_created),
                self.tr(
                    "%Ln order(s) were already there and were left as they are",
                    "",
                    result.orders_already_present,
                ),
                self.tr("%Ln order line(s) read", "", result.lines_read),
            ]
            self.summary.setText("\n".join(lines))
            self.setMinimumWidth(460)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(close_button_text())
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _problems_table(self, result: ImportResult) -> QTableWidget:
        headers = [
            self.tr("File"),
            self.tr("Row"),
            self.tr("Field"),
            self.tr("Problem"),
            self.tr("What to do"),
        ]
        table = QTableWidget(len(result.problems), len(headers))
        table.setObjectName("problems")
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setWordWrap(True)
        for row, problem in enumerate(result.problems):
            cells = [
                Path(problem.file).name,
                format_count(problem.row) if problem.row else "",
                problem.field,
                problem.message,
                problem.hint,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(row, column, item)
        header = table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        table.resizeRowsToContents()
        return table


class OrderImport(QObject):
    """Drives one import at a time; `finished` carries the result after the dialog has been opened."""

    finished = Signal(object)  # ImportResult
    failed = Signal(object)  # TaskFailure

    def __init__(self, runner: TaskRunner, parent_window: QWidget):
        super().__init__(parent_window)
        self._runner = runner
        self._window = parent_window
        self._progress: QProgressDialog | None = None
        self.result_dialog: ImportResultDialog | None = None

    @property
    def running(self) -> bool:
        return self._progress is not None

    def choose_and_import(self, context: AppContext, company_id: int) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self._window,
            self.tr("Import orders"),
            "",
            self.tr("Order files (*.csv *.json);;All files (*)"),
        )
        if path:
            self.start(context, company_id, Path(path))

    def start(
        self,
        context: AppContext,
        company_id: int,
        path: Path,
        on_finished: Callable[[ImportResult], None] | None = None,
    ) -> None:
        if self.running:
            return
        progress = QProgressDialog(
            self.tr("Importing {file}…").format(file=path.name), "", 0, 0, self._window
        )
        progress.setObjectName("importProgress")
        progress.setWindowTitle(self.tr("Import orders"))
        progress.setCancelButton(None)  # an import is one transaction: it finishes or changes nothing
        progress.setMinimumDuration(300)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        self._progress = progress
        relay = ProgressRelay(lambda orders: self._show_progress(path, orders), self)
        self._runner.run(
            import_orders,
            context,
            path,
            company_id,
            progress=relay,
            on_done=lambda result: self._done(result, relay, on_finished),
            on_error=lambda failure: self._failed(failure, relay),
            description=f"import orders from {path.name}",
            owner=self,
        )

    def _show_progress(self, path: Path, orders: int) -> None:
        if self._progress is not None:
            self._progress.setLabelText(
                self.tr("Importing {file}… %Ln order(s) read", "", orders).format(file=path.name)
            )

    def _close_progress(self, relay: ProgressRelay) -> None:
        relay.deleteLater()
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None

    def _done(
        self, result: ImportResult, relay: ProgressRelay, on_finished: Callable[[ImportResult], None] | None
    ) -> None:
        self._close_progress(relay)
        dialog = ImportResultDialog(result, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self._forget_dialog)
        self.result_dialog = dialog
        dialog.open()
        if on_finished is not None:
            on_finished(result)
        emit(self.finished, result)

    @Slot()
    def _forget_dialog(self) -> None:
        self.result_dialog = None

    def _failed(self, failure: TaskFailure, relay: ProgressRelay) -> None:
        self._close_progress(relay)
        emit(self.failed, failure)
