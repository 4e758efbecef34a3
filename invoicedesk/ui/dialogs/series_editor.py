"""D-SER-1: the company's number series, and a form to add one with a live preview of its first number.

The pattern is checked by the domain (core.series) as it is typed, and its complaints are shown as the
domain words them, next to the field they are about; a series is stored only through the app service.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from invoicedesk.app.connections import ConnectionInfo, list_connections
from invoicedesk.app.context import AppContext
from invoicedesk.app.series import SeriesInfo, add_series, list_series
from invoicedesk.core.documents import DocumentType
from invoicedesk.core.errors import DomainValidationError, FieldError
from invoicedesk.core.series import ResetPeriod, SeriesPattern
from invoicedesk.ui.dialogs.document_detail import document_type_labels
from invoicedesk.ui.labels import close_button_text
from invoicedesk.ui.signals import emit
from invoicedesk.ui.tasks import TaskFailure, TaskRunner

# --- small pieces the document dialogs share --------------------------------------------------------------


def dialog_header(title: str, code: str, code_tip: str) -> QHBoxLayout:
    """A dialog's title, with its screen code at the right for support."""
    title_label = QLabel(title)
    title_label.setObjectName("dialogTitle")
    font = QFont(title_label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.2)
    title_label.setFont(font)
    code_label = QLabel(code)
    code_label.setObjectName("screenCode")
    code_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    code_label.setToolTip(code_tip)
    code_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    row = QHBoxLayout()
    row.addWidget(title_label)
    row.addStretch(1)
    row.addWidget(code_label)
    return row


def error_label(object_name: str) -> QLabel:
    """The place under a field where the domain's complaint about that field appears."""
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setVisible(False)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    dark = label.palette().color(QPalette.ColorRole.Window).lightness() < 128
    label.setStyleSheet(f"QLabel {{ color: {'#ff7b7b' if dark else '#b00020'}; }}")
    return label


def show_errors(label: QLabel, errors: list[FieldError]) -> None:
    label.setText(
        "\n".join(f"⚠ {error.message}" + (f" — {error.hint}" if error.hint else "") for error in errors)
    )
    label.setVisible(bool(errors))


def field_with_error(widget: QWidget, error: QLabel) -> QWidget:
    cell = QWidget()
    layout = QVBoxLayout(cell)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(widget)
    layout.addWidget(error)
    return cell


# --- the dialog --------------------------------------------------------------------------------------------


class SeriesEditorDialog(QDialog):
    CODE = "D-SER-1"

    series_added = Signal(object)  # SeriesInfo
    loaded = Signal()  # the list and the connections arrived

    def __init__(
        self,
        runner: TaskRunner,
        context: AppContext,
        company_id: int,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
        doc_type: DocumentType | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("seriesEditorDialog")
        self.setWindowTitle(self.tr("Number series"))
        self.runner = runner
        self.context = context
        self.company_id = company_id
        self.today = today or dt.date.today()
        self.series: list[SeriesInfo] = []
        self.connections: list[ConnectionInfo] = []
        self._saving = False
        self._type_text = document_type_labels()
        self._reset_text = {
            ResetPeriod.YEARLY: self.tr("every year"),
            ResetPeriod.MONTHLY: self.tr("every month"),
            ResetPeriod.NEVER: self.tr("never"),
        }

        intro = QLabel(
            self.tr(
                "Documents are numbered locally in a series. A series numbers one type of document and, "
                "if you choose one, for one connection only."
            )
        )
        intro.setWordWrap(True)

        self.table = QTableWidget(0, 5)
        self.table.setObjectName("seriesTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Type"),
                self.tr("Name"),
                self.tr("Pattern"),
                self.tr("Starts again"),
                self.tr("Connection"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.empty_label = QLabel(self.tr("No number series yet. Add the first one below."))
        self.empty_label.setObjectName("noSeries")

        self.type_box = QComboBox()
        self.type_box.setObjectName("seriesType")
        for value in DocumentType:
            self.type_box.addItem(self._type_text[value.value], value.value)
        if doc_type is not None:
            self.type_box.setCurrentIndex(self.type_box.findData(DocumentType(doc_type).value))
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("seriesName")
        self.name_edit.setPlaceholderText(self.tr("Optional, e.g. “E-shop invoices”"))
        self.pattern_edit = QLineEdit()
        self.pattern_edit.setObjectName("seriesPattern")
        self.pattern_edit.setPlaceholderText("FV{YYYY}/{NNNN}")
        self.pattern_help = QLabel(
            self.tr(
                "{YYYY} year, {YY} year in two digits, {MM} month, and one counter: {NNNN} is four digits "
                "padded with zeros, {N} is not padded."
            )
        )
        self.pattern_help.setObjectName("patternHelp")
        self.pattern_help.setWordWrap(True)
        self.pattern_help.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.reset_box = QComboBox()
        self.reset_box.setObjectName("seriesReset")
        for period in (ResetPeriod.YEARLY, ResetPeriod.MONTHLY, ResetPeriod.NEVER):
            self.reset_box.addItem(self._reset_text[period], period.value)
        self.connection_box = QComboBox()
        self.connection_box.setObjectName("seriesConnection")
        self.preview_label = QLabel()
        self.preview_label.setObjectName("seriesPreview")
        preview_font = QFont(self.preview_label.font())
        preview_font.setBold(True)
        self.preview_label.setFont(preview_font)
        self.pattern_error = error_label("patternError")
        self.reset_error = error_label("resetError")
        self.form_error = error_label("formError")

        pattern_cell = QWidget()
        pattern_layout = QVBoxLayout(pattern_cell)
        pattern_layout.setContentsMargins(0, 0, 0, 0)
        pattern_layout.setSpacing(2)
        pattern_layout.addWidget(self.pattern_edit)
        pattern_layout.addWidget(self.pattern_help)
        pattern_layout.addWidget(self.pattern_error)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Document type"), self.type_box)
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Pattern"), pattern_cell)
        form.addRow(self.tr("Starts again"), field_with_error(self.reset_box, self.reset_error))
        form.addRow(self.tr("Connection"), self.connection_box)
        form.addRow(self.tr("Next number"), self.preview_label)

        self.add_button = QPushButton(self.tr("Add series"))
        self.add_button.setObjectName("addSeriesButton")
        self.add_button.clicked.connect(self.add)
        add_row = QHBoxLayout()
        add_row.addWidget(self.form_error, 1)
        add_row.addStretch(0)
        add_row.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)

        add_box = QGroupBox(self.tr("New series"))
        add_layout = QVBoxLayout(add_box)
        add_layout.addLayout(form)
        add_layout.addLayout(add_row)

        close_button = QPushButton(close_button_text())
        close_button.setObjectName("closeButton")
        close_button.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(
            dialog_header(
                self.tr("Number series"),
                self.CODE,
                self.tr("Screen code: tell it to support so they know where you are."),
            )
        )
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(add_box)
        layout.addLayout(bottom)
        self.resize(720, 620)

        self.pattern_edit.textChanged.connect(self._check)
        self.reset_box.currentIndexChanged.connect(self._check)
        self.type_box.currentIndexChanged.connect(self._check)
        self._fill_connections()
        self._fill_table()
        self._check()
        self.reload()

    # --- data --------------------------------------------------------------------------------------------

    def reload(self) -> None:
        self.runner.run(
            _load,
            self.context,
            self.company_id,
            on_done=self._loaded,
            owner=self,
            description="number series",
        )

    def _loaded(self, result: tuple[list[SeriesInfo], list[ConnectionInfo]]) -> None:
        self.series, self.connections = result
        self._fill_connections()
        self._fill_table()
        emit(self.loaded)

    def _fill_connections(self) -> None:
        chosen = self.connection_box.currentData()
        self.connection_box.clear()
        self.connection_box.addItem(self.tr("Any connection"), None)
        for connection in self.connections:
            self.connection_box.addItem(connection.name, connection.id)
        index = self.connection_box.findData(chosen) if chosen is not None else 0
        self.connection_box.setCurrentIndex(max(index, 0))

    def _fill_table(self) -> None:
        names = {c.id: c.name for c in self.connections}
        self.table.setRowCount(len(self.series))
        for row, series in enumerate(self.series):
            cells = [
                self._type_text.get(series.doc_type.value, series.doc_type.value),
                series.name,
                series.pattern,
                self._reset_text.get(series.reset, series.reset.value),
                names.get(series.connection_id, f"#{series.connection_id}")
                if series.connection_id is not None
                else self.tr("Any connection"),
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.setVisible(bool(self.series))
        self.empty_label.setVisible(not self.series)

    # --- the form --------------------------------------------------------------------------------------

    def chosen_reset(self) -> ResetPeriod:
        return ResetPeriod(self.reset_box.currentData())

    def chosen_type(self) -> DocumentType:
        return DocumentType(self.type_box.currentData())

    @Slot()
    def _check(self) -> bool:
        """Parse the pattern as the domain does; show its first number, or what is wrong and where."""
        show_errors(self.form_error, [])
        text = self.pattern_edit.text()
        if not text.strip():
            show_errors(self.pattern_error, [])
            show_errors(self.reset_error, [])
            self.preview_label.setText("—")
            self.add_button.setEnabled(False)
            return False
        try:
            pattern = SeriesPattern.parse(text, self.chosen_reset())
        except DomainValidationError as error:
            show_errors(self.pattern_error, error.for_field("pattern"))
            show_errors(self.reset_error, error.for_field("reset"))
            self.preview_label.setText("—")
            self.add_button.setEnabled(False)
            return False
        show_errors(self.pattern_error, [])
        show_errors(self.reset_error, [])
        # A new series starts at 1: its next number is the first one of the current period.
        self.preview_label.setText(pattern.format(self.today, 1))
        self.add_button.setEnabled(not self._saving)
        return True

    @Slot()
    def add(self) -> None:
        if self._saving or not self._check():
            return
        self._saving = True
        self.add_button.setEnabled(False)
        self.runner.run(
            add_series,
            self.context,
            self.company_id,
            doc_type=self.chosen_type(),
            pattern=self.pattern_edit.text().strip(),
            reset=self.chosen_reset(),
            name=self.name_edit.text().strip(),
            connection_id=self.connection_box.currentData(),
            on_done=self._added,
            on_error=self._add_failed,
            owner=self,
            description="add a number series",
        )

    def _added(self, info: SeriesInfo) -> None:
        self._saving = False
        self.pattern_edit.clear()
        self.name_edit.clear()
        self.reload()
        emit(self.series_added, info)

    def _add_failed(self, failure: TaskFailure) -> None:
        self._saving = False
        error = failure.exception
        if isinstance(error, DomainValidationError):
            show_errors(self.pattern_error, error.for_field("pattern"))
            show_errors(self.reset_error, error.for_field("reset"))
            others = [e for e in error.errors if e.field not in ("pattern", "reset")]
            show_errors(self.form_error, others)
        else:
            show_errors(
                self.form_error,
                [FieldError("", self.tr("The series could not be saved: {error}").format(error=str(error)))],
            )
        self.add_button.setEnabled(True)


def _load(ctx: AppContext, company_id: int) -> tuple[list[SeriesInfo], list[ConnectionInfo]]:
    return list_series(ctx, company_id), list_connections(ctx, company_id)
