"""S-LOG-1: every call made to a service, newest first, read a page at a time as the user scrolls down.

The table's model pages by keyset (the (time, id) of the last row it holds), never by offset, so the
thousandth page comes as fast as the first even in a log of a million calls. Filters are applied in SQL;
the detail pane reads one call in full. Everything shown has been redacted by the app service.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QFontDatabase,
    QGuiApplication,
    QHideEvent,
    QKeySequence,
    QPalette,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from invoicedesk.app.context import AppContext
from invoicedesk.app.sync_log import (
    DEFAULT_PAGE_SIZE,
    Cursor,
    SyncLogChoices,
    SyncLogCount,
    SyncLogEntry,
    SyncLogPage,
    SyncLogRow,
    sync_log_choices,
    sync_log_entry,
    sync_log_page,
)
from invoicedesk.connectors.errors import ErrorCategory, advice
from invoicedesk.secrets.redaction import redact_text
from invoicedesk.ui.formatting import format_count, format_date
from invoicedesk.ui.screens.screen import Screen
from invoicedesk.ui.signals import emit
from invoicedesk.ui.tasks import TaskFailure, TaskRunner

_ModelIndex = QModelIndex | QPersistentModelIndex
# The table's columns, in the order the support line reads them out.
(
    TIME_COLUMN,
    CONNECTION_COLUMN,
    SERVICE_COLUMN,
    METHOD_COLUMN,
    PATH_COLUMN,
    STATUS_COLUMN,
    DURATION_COLUMN,
    OUTCOME_COLUMN,
    ERROR_COLUMN,
    KEY_COLUMN,
    REMOTE_ID_COLUMN,
) = range(11)
_NUMBER_COLUMNS = (STATUS_COLUMN, DURATION_COLUMN)
# "All" in a filter box. Not None: this PySide6 build drops a reference to None each time it passes
# through a QVariant (item data in or out), which ends in a crash after enough filter changes.
_ANY_CONNECTION = 0
_ANY_TEXT = ""
_MAX_INITIAL_PATH_WIDTH = 300


def outcome_labels() -> dict[str, str]:
    return {
        "ok": QCoreApplication.translate("SyncLogScreen", "OK"),
        "retried": QCoreApplication.translate("SyncLogScreen", "Retried"),
        "failed": QCoreApplication.translate("SyncLogScreen", "Failed"),
    }


def error_category_labels() -> dict[str, str]:
    """Short names for the list; the detail pane adds the full advice."""
    return {
        ErrorCategory.CREDENTIALS_REFUSED: QCoreApplication.translate("SyncLogScreen", "Access refused"),
        ErrorCategory.PLAN_WITHOUT_API: QCoreApplication.translate("SyncLogScreen", "Plan without API"),
        ErrorCategory.ACCOUNT_NOT_FOUND: QCoreApplication.translate("SyncLogScreen", "Account not found"),
        ErrorCategory.PERMISSION_MISSING: QCoreApplication.translate("SyncLogScreen", "Permission missing"),
        ErrorCategory.VALIDATION_FAILED: QCoreApplication.translate("SyncLogScreen", "Data rejected"),
        ErrorCategory.RATE_LIMITED: QCoreApplication.translate("SyncLogScreen", "Rate limited"),
        ErrorCategory.SERVICE_UNAVAILABLE: QCoreApplication.translate("SyncLogScreen", "Service unavailable"),
        ErrorCategory.NETWORK: QCoreApplication.translate("SyncLogScreen", "Network"),
        ErrorCategory.UNCERTAIN_OUTCOME: QCoreApplication.translate("SyncLogScreen", "Outcome unknown"),
        ErrorCategory.PROTOCOL_SURPRISE: QCoreApplication.translate("SyncLogScreen", "Unexpected answer"),
        ErrorCategory.CAPABILITY_MISSING: QCoreApplication.translate("SyncLogScreen", "Not offered"),
    }


def local_time_text(at: dt.datetime, locale: QLocale | None = None, zone: dt.tzinfo | None = None) -> str:
    """A UTC time as the user's clock and locale write it, with seconds (calls come seconds apart)."""
    locale = locale if locale is not None else QLocale()
    local = at.astimezone(zone)  # zone None: this machine's time zone
    pattern = locale.timeFormat(QLocale.FormatType.ShortFormat)
    if "s" not in pattern:
        pattern = re.sub(r"(m{1,2})", r"\1:ss", pattern, count=1)
    clock = locale.toString(QTime(local.hour, local.minute, local.second), pattern)
    return f"{format_date(local.date(), locale)} {clock}"


def connection_text(row: SyncLogRow) -> str:
    if row.connection_id is None:
        return ""
    if row.connection_name:
        return row.connection_name
    return QCoreApplication.translate("SyncLogScreen", "#{id} (removed)").format(id=row.connection_id)


def failure_text(failure: TaskFailure) -> str:
    """The first line of the error, redacted: database errors go on with the SQL and its parameters."""
    text = str(failure.exception).strip().splitlines()
    return redact_text(text[0]) if text else type(failure.exception).__name__


@dataclass(frozen=True)
class SyncLogFilters:
    connection_id: int | None = None
    outcome: str | None = None
    service: str | None = None


class SyncLogTableModel(QAbstractTableModel):
    """Rows arrive a keyset page at a time: the view asks for more (fetchMore) when scrolled to the end.

    A new source or filter starts a new generation; answers of an older generation are dropped, so a slow
    query can never overwrite a newer one.
    """

    loaded = Signal()  # the first page of the current query has arrived
    load_failed = Signal(str)
    loading_changed = Signal(bool)

    def __init__(
        self, runner: TaskRunner, parent: QObject | None = None, *, page_size: int = DEFAULT_PAGE_SIZE
    ):
        super().__init__(parent)
        self._runner = runner
        self._page_size = page_size
        self._context: AppContext | None = None
        self._filters = SyncLogFilters()
        self._service_names: dict[str, str] = {}
        self._outcomes = outcome_labels()
        self._categories = error_category_labels()
        self._rows: list[SyncLogRow] = []
        self._next: Cursor | None = None
        self._count: SyncLogCount | None = None
        self._generation = 0
        self._in_flight = False
        self._has_loaded = False
        self._error = ""
        # One entry per column, in the order of the *_COLUMN numbers above: its title and its text.
        columns: list[tuple[str, Callable[[SyncLogRow], str]]] = [
            (self.tr("Time"), lambda row: local_time_text(row.at)),
            (self.tr("Connection"), connection_text),
            (self.tr("Service"), lambda row: self._service_names.get(row.service, row.service)),
            (self.tr("Method"), lambda row: row.method),
            (self.tr("Path"), lambda row: row.path),
            (self.tr("Status"), lambda row: "—" if row.status is None else str(row.status)),
            (self.tr("Duration"), self._duration_text),
            (self.tr("Outcome"), lambda row: self._outcomes.get(row.outcome, row.outcome)),
            (self.tr("Error"), lambda row: self._categories.get(row.error_category, row.error_category)),
            (self.tr("Idempotency key"), lambda row: row.idempotency_key),
            (self.tr("Remote ID"), lambda row: row.remote_id),
        ]
        self._titles = [title for title, _text in columns]
        self._cells = [text for _title, text in columns]

    # --- what the screen drives ----------------------------------------------------------------------

    def set_source(self, context: AppContext | None) -> None:
        self._context = context
        self.refresh()

    def set_filters(self, filters: SyncLogFilters) -> None:
        if filters != self._filters:
            self._filters = filters
            self.refresh()

    def set_service_names(self, names: dict[str, str]) -> None:
        self._service_names = dict(names)
        if self._rows:
            last = len(self._rows) - 1
            emit(self.dataChanged, self.index(0, SERVICE_COLUMN), self.index(last, SERVICE_COLUMN))

    def refresh(self) -> None:
        """Start again from the newest call."""
        self.beginResetModel()
        self._generation += 1
        self._rows = []
        self._next = None
        self._count = None
        self._in_flight = False
        self._has_loaded = False
        self._error = ""
        self.endResetModel()
        if self._context is not None:
            self._request(before=None)
        self._announce_loading()

    @property
    def filters(self) -> SyncLogFilters:
        return self._filters

    @property
    def count(self) -> SyncLogCount | None:
        """How many calls match the filters (capped); None until the first page arrives."""
        return self._count

    @property
    def has_loaded(self) -> bool:
        return self._has_loaded

    @property
    def is_loading(self) -> bool:
        return self._in_flight

    @property
    def has_more(self) -> bool:
        return self._next is not None

    @property
    def error(self) -> str:
        return self._error

    def row_at(self, row: int) -> SyncLogRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # --- QAbstractTableModel -------------------------------------------------------------------------

    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._titles)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._titles):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._titles[section]
            if role == Qt.ItemDataRole.TextAlignmentRole and section in _NUMBER_COLUMNS:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == CONNECTION_COLUMN and row.company_name:
                return row.company_name
            if column == PATH_COLUMN:
                return row.path
            if column == ERROR_COLUMN and row.error_category:
                return _translated_advice(row.error_category)[0]
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = (
                Qt.AlignmentFlag.AlignRight if column in _NUMBER_COLUMNS else Qt.AlignmentFlag.AlignLeft
            )
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == OUTCOME_COLUMN:
            return _outcome_color(row.outcome)
        return None

    def text(self, row: SyncLogRow, column: int) -> str:
        return self._cells[column](row) if 0 <= column < len(self._cells) else ""

    def _duration_text(self, row: SyncLogRow) -> str:
        return self.tr("{milliseconds} ms").format(milliseconds=format_count(row.duration_ms))

    def canFetchMore(self, parent: _ModelIndex = QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        return not parent.isValid() and self._next is not None and not self._in_flight and not self._error

    def fetchMore(self, parent: _ModelIndex = QModelIndex()) -> None:  # noqa: B008 - Qt's signature
        if self.canFetchMore(parent):
            self._request(before=self._next)
            self._announce_loading()

    # --- fetching ------------------------------------------------------------------------------------

    def _request(self, *, before: Cursor | None) -> None:
        context = self._context
        if context is None:
            return
        generation = self._generation
        filters = self._filters
        self._in_flight = True
        self._runner.run(
            sync_log_page,
            context,
            connection_id=filters.connection_id,
            outcome=filters.outcome,
            service=filters.service,
            before=before,
            limit=self._page_size,
            on_done=lambda page: self._page_arrived(generation, page),
            on_error=lambda failure: self._page_failed(generation, failure),
            description="sync log page",
            owner=self,
        )

    def _page_arrived(self, generation: int, page: SyncLogPage) -> None:
        if generation != self._generation:
            return
        self._in_flight = False
        first_page = not self._has_loaded
        if page.rows:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self.endInsertRows()
        self._next = page.next_before
        if first_page:
            self._count = page.count
            self._has_loaded = True
            emit(self.loaded)
        self._announce_loading()

    def _page_failed(self, generation: int, failure: TaskFailure) -> None:
        if generation != self._generation:
            return
        self._in_flight = False
        self._has_loaded = True
        # Kept until the next refresh: the view would otherwise ask again at every scroll.
        self._error = failure_text(failure)
        emit(self.load_failed, self._error)
        self._announce_loading()

    def _announce_loading(self) -> None:
        emit(self.loading_changed, self._in_flight)


def _outcome_color(outcome: str) -> QColor | None:
    # Colours that stay readable on a dark system theme as well as on a light one.
    dark = QApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128
    if outcome == "failed":
        return QColor("#ff7b7b" if dark else "#b00020")
    if outcome == "retried":
        return QColor("#e0b050" if dark else "#8a5a00")
    return None


def _translated_advice(category: str) -> tuple[str, str]:
    """(what happened, what to do) in the user's language; empty for no or an unknown category."""
    if not category:
        return ("", "")
    try:
        found = advice(category)
    except ValueError:  # a category this version does not know (a newer InvoiceDesk wrote the row)
        return ("", "")
    return (
        QCoreApplication.translate("advice", found.title),
        QCoreApplication.translate("advice", found.what_to_do),
    )


class SyncLogDetails(QGroupBox):
    """The chosen call in full: its fields, what its error means, the redacted detail text, and Copy."""

    copied = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Call details"), parent)
        self.setObjectName("syncLogDetails")
        self.entry: SyncLogEntry | None = None
        self._service_names: dict[str, str] = {}
        self._outcomes = outcome_labels()
        self._categories = error_category_labels()
        self.values: dict[str, QLabel] = {}

        left, right = QFormLayout(), QFormLayout()
        for form in (left, right):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        fields = [
            (left, "time", self.tr("Time:")),
            (left, "connection", self.tr("Connection:")),
            (left, "request", self.tr("Request:")),
            (left, "status", self.tr("Status:")),
            (left, "duration", self.tr("Duration:")),
            (right, "outcome", self.tr("Outcome:")),
            (right, "error", self.tr("Error:")),
            (right, "size", self.tr("Sent / received:")),
            (right, "key", self.tr("Idempotency key:")),
            (right, "remote", self.tr("Remote ID:")),
        ]
        for form, key, label in fields:
            value = QLabel()
            value.setObjectName(f"detail_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(key in ("request", "connection"))
            self.values[key] = value
            form.addRow(label, value)

        self.advice_label = QLabel()
        self.advice_label.setObjectName("adviceText")
        self.advice_label.setWordWrap(True)
        self.advice_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_text = QPlainTextEdit()
        self.detail_text.setObjectName("detailText")
        self.detail_text.setReadOnly(True)
        self.detail_text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.detail_text.setPlaceholderText(self.tr("The call left no further detail."))
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.setObjectName("copyCallButton")
        self.copy_button.setToolTip(self.tr("Copy this call for support; passwords and keys are left out."))
        self.copy_button.clicked.connect(self.copy)

        self.placeholder = QLabel(self.tr("Choose a call in the list to see everything about it."))
        self.placeholder.setObjectName("detailsPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)

        fields_row = QHBoxLayout()
        fields_row.addLayout(left, 1)
        fields_row.addSpacing(16)
        fields_row.addLayout(right, 1)
        text_column = QVBoxLayout()
        text_column.addWidget(self.advice_label)
        text_column.addWidget(self.detail_text, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.copy_button)
        text_column.addLayout(buttons)
        content = QWidget()
        content_layout = QHBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addLayout(fields_row, 3)
        separator = QFrame()
        separator.setFrameShape(QFrame.Shape.VLine)
        separator.setFrameShadow(QFrame.Shadow.Sunken)
        content_layout.addWidget(separator)
        content_layout.addLayout(text_column, 2)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(content)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self.show_entry(None)

    def set_service_names(self, names: dict[str, str]) -> None:
        self._service_names = dict(names)

    def show_message(self, text: str) -> None:
        self.entry = None
        self.placeholder.setText(text)
        self.stack.setCurrentWidget(self.placeholder)
        self.copy_button.setEnabled(False)

    def show_entry(self, entry: SyncLogEntry | None) -> None:
        self.entry = entry
        if entry is None:
            self.show_message(self.tr("Choose a call in the list to see everything about it."))
            return
        service = self._service_names.get(entry.service, entry.service)
        connection = connection_text(entry)
        if connection and entry.company_name:
            connection = self.tr("{connection} ({company}), {service}").format(
                connection=connection, company=entry.company_name, service=service
            )
        elif not connection:
            connection = service
        texts = {
            "time": local_time_text(entry.at),
            "connection": connection,
            "request": f"{entry.method} {entry.path}".strip(),
            "status": self.tr("no answer") if entry.status is None else str(entry.status),
            "duration": self.tr("{milliseconds} ms").format(milliseconds=format_count(entry.duration_ms)),
            "outcome": self._outcomes.get(entry.outcome, entry.outcome),
            "error": self._categories.get(entry.error_category, entry.error_category) or "—",
            "size": self.tr("{sent} B / {received} B").format(
                sent=format_count(entry.request_bytes), received=format_count(entry.response_bytes)
            ),
            "key": entry.idempotency_key or "—",
            "remote": entry.remote_id or "—",
        }
        for key, text in texts.items():
            self.values[key].setText(text)
        title, what_to_do = _translated_advice(entry.error_category)
        self.advice_label.setText(f"<b>{_escape(title)}</b><br>{_escape(what_to_do)}" if title else "")
        self.advice_label.setVisible(bool(title))
        self.detail_text.setPlainText(entry.detail)
        self.stack.setCurrentIndex(1)
        self.copy_button.setEnabled(True)

    def text_for_copy(self) -> str:
        """The call as plain text for a support ticket; built from the redacted entry only."""
        entry = self.entry
        if entry is None:
            return ""
        lines = [
            (self.tr("Call"), str(entry.id)),
            (self.tr("Time"), f"{local_time_text(entry.at)} (UTC {entry.at.astimezone(dt.UTC).isoformat()})"),
            (self.tr("Connection"), self.values["connection"].text()),
            (self.tr("Request"), self.values["request"].text()),
            (self.tr("Status"), self.values["status"].text()),
            (self.tr("Duration"), self.values["duration"].text()),
            (self.tr("Outcome"), self.values["outcome"].text()),
            (self.tr("Error"), entry.error_category),
            (self.tr("Sent / received"), self.values["size"].text()),
            (self.tr("Idempotency key"), entry.idempotency_key),
            (self.tr("Remote ID"), entry.remote_id),
        ]
        text = "".join(f"{label}: {value}\n" for label, value in lines if value)
        return text + (f"\n{entry.detail}\n" if entry.detail else "")

    @Slot()
    def copy(self) -> None:
        text = self.text_for_copy()
        if text:
            QGuiApplication.clipboard().setText(text)
            emit(self.copied, text)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class SyncLogScreen(Screen):
    CODE = "S-LOG-1"

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(
            title=self.tr("Sync log"), code=self.CODE, object_name="syncLogScreen", parent=parent
        )
        self.runner = runner
        self.choices: SyncLogChoices | None = None
        self._stale = True  # the rows on screen may be older than the log: load again when shown
        self._entry_request = 0
        self._copy_when_loaded = False

        self.model = SyncLogTableModel(runner, self)
        self.connection_box = self._filter_box(
            "connectionFilter", self.tr("All connections"), _ANY_CONNECTION
        )
        self.outcome_box = self._filter_box("outcomeFilter", self.tr("All outcomes"), _ANY_TEXT)
        for outcome, label in outcome_labels().items():
            self.outcome_box.addItem(label, outcome)
        self.service_box = self._filter_box("serviceFilter", self.tr("All services"), _ANY_TEXT)
        self.count_label = QLabel()
        self.count_label.setObjectName("rowCount")
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setObjectName("refreshButton")
        self.refresh_button.setToolTip(self.tr("Show the newest calls"))
        self.refresh_button.clicked.connect(self.refresh)

        filters = QHBoxLayout()
        for label_text, box in (
            (self.tr("Co&nnection:"), self.connection_box),
            (self.tr("&Outcome:"), self.outcome_box),
            (self.tr("S&ervice:"), self.service_box),
        ):
            label = QLabel(label_text)
            label.setBuddy(box)
            filters.addWidget(label)
            filters.addWidget(box)
            filters.addSpacing(8)
        filters.addStretch(1)
        filters.addWidget(self.count_label)
        filters.addWidget(self.refresh_button)

        self.view = QTableView()
        self.view.setObjectName("table")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        # Fixed row heights: the view never measures rows, however many have been read.
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 10)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setResizeContentsPrecision(50)  # size columns by a sample of the rows held, never all of them
        self._columns_sized = False
        copy_action = QAction(self.tr("Copy"), self.view)
        copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        copy_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        copy_action.triggered.connect(self.copy_current)
        self.view.addAction(copy_action)

        self.empty_label = QLabel()
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.view)
        self.list_stack.addWidget(self.empty_label)

        self.details = SyncLogDetails()
        self.details.copied.connect(self._copied)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("syncLogSplitter")
        splitter.addWidget(self.list_stack)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([420, 230])

        self.body.addLayout(filters)
        self.body.addWidget(splitter, 1)

        self.model.loaded.connect(self._loaded)
        self.model.load_failed.connect(self._update_state)
        self.model.loading_changed.connect(self._update_state)
        self.model.modelReset.connect(self._update_state)
        self.model.modelReset.connect(self._selection_cleared)
        self.view.selectionModel().currentRowChanged.connect(self._current_row_changed)
        for box in (self.connection_box, self.outcome_box, self.service_box):
            box.currentIndexChanged.connect(self._filters_changed)
        self._update_state()

    # --- the window's hooks --------------------------------------------------------------------------

    def set_context(self, context: AppContext) -> None:
        super().set_context(context)
        self._stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """The newest calls, and the connections as they are now (one may have been added)."""
        self._stale = False
        if self.context is None:
            return
        self.runner.run(
            sync_log_choices,
            self.context,
            on_done=self._choices_arrived,
            description="sync log filters",
            owner=self,
        )
        self.model.set_source(self.context)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        # The log grows while the user is elsewhere: coming back shows the newest calls.
        self._stale = True

    # --- filters -------------------------------------------------------------------------------------

    def _filter_box(self, object_name: str, everything: str, any_value: int | str) -> QComboBox:
        box = QComboBox()
        box.setObjectName(object_name)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        box.addItem(everything, any_value)
        return box

    def _filters(self) -> SyncLogFilters:
        return SyncLogFilters(
            connection_id=self.connection_box.currentData() or None,
            outcome=self.outcome_box.currentData() or None,
            service=self.service_box.currentData() or None,
        )

    @Slot(int)
    def _filters_changed(self, _index: int) -> None:
        self.model.set_filters(self._filters())

    @Slot(object)
    def _choices_arrived(self, choices: SyncLogChoices) -> None:
        self.choices = choices
        names = {service.id: service.display_name for service in choices.services}
        self.model.set_service_names(names)
        self.details.set_service_names(names)
        connection_items = [
            (
                self.tr("{connection} ({company})").format(connection=c.name, company=c.company_name),
                c.id,
            )
            for c in choices.connections
        ]
        service_items = [(service.display_name, service.id) for service in choices.services]
        self._fill(self.connection_box, connection_items)
        self._fill(self.service_box, service_items)
        self.model.set_filters(self._filters())

    @staticmethod
    def _fill(box: QComboBox, items: list[tuple[str, object]]) -> None:
        """Replace the items after "All …", keeping the choice when it still exists."""
        chosen = box.currentData()
        box.blockSignals(True)
        while box.count() > 1:
            box.removeItem(1)
        for text, data in items:
            box.addItem(text, data)
        box.setCurrentIndex(max(box.findData(chosen), 0))
        box.blockSignals(False)

    # --- the list ------------------------------------------------------------------------------------

    @Slot()
    def _loaded(self) -> None:
        if self.model.rowCount() and not self._columns_sized:
            self._columns_sized = True
            self.view.resizeColumnsToContents()
            if self.view.columnWidth(PATH_COLUMN) > _MAX_INITIAL_PATH_WIDTH:
                self.view.setColumnWidth(PATH_COLUMN, _MAX_INITIAL_PATH_WIDTH)
        self._update_state()

    @Slot()
    def _update_state(self, *_args: object) -> None:
        model = self.model
        if model.error:
            self.empty_label.setText(
                self.tr("The sync log could not be read: {error}\nPress Refresh to try again.").format(
                    error=model.error
                )
            )
            show_list = model.rowCount() > 0
        elif self.context is None:
            self.empty_label.setText(self.tr("Opening the database…"))
            show_list = False
        elif not model.has_loaded:
            self.empty_label.setText(self.tr("Loading…"))
            show_list = False
        elif model.rowCount() == 0:
            if model.filters == SyncLogFilters():
                self.empty_label.setText(
                    self.tr(
                        "No calls yet. Every exchange with a service appears here: when a connection is "
                        "activated, when documents are sent and when anything is fetched."
                    )
                )
            else:
                self.empty_label.setText(self.tr("No calls match these filters."))
            show_list = False
        else:
            show_list = True
        self.list_stack.setCurrentWidget(self.view if show_list else self.empty_label)
        self.details.setVisible(show_list)  # nothing to choose: the sentence gets the whole screen
        self.count_label.setText(self._count_text())

    def _count_text(self) -> str:
        model = self.model
        if model.error and model.rowCount():
            return self.tr("Could not read more calls: {error}").format(error=model.error)
        count = model.count
        if count is None:
            return ""
        text = (
            self.tr("More than {count} calls").format(count=format_count(count.value))
            if count.capped
            else self.tr("%Ln call(s)", "", count.value)
        )
        if model.is_loading and model.rowCount():
            text = self.tr("{count}, loading more…").format(count=text)
        return text

    # --- details -------------------------------------------------------------------------------------

    @Slot()
    def _selection_cleared(self) -> None:
        self._entry_request += 1
        self.details.show_entry(None)

    @Slot(QModelIndex, QModelIndex)
    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row_at(current.row()) if current.isValid() else None
        self._entry_request += 1
        if row is None or self.context is None:
            self.details.show_entry(None)
            return
        request = self._entry_request
        self.details.show_message(self.tr("Loading…"))
        self.runner.run(
            sync_log_entry,
            self.context,
            row.id,
            on_done=lambda entry: self._entry_arrived(request, entry),
            on_error=lambda failure: self._entry_failed(request, failure),
            description="sync log entry",
            owner=self,
        )

    def _entry_arrived(self, request: int, entry: SyncLogEntry) -> None:
        if request != self._entry_request:
            return  # the user has moved on to another row meanwhile
        self.details.show_entry(entry)
        if self._copy_when_loaded:
            self._copy_when_loaded = False
            self.details.copy()

    def _entry_failed(self, request: int, failure: TaskFailure) -> None:
        if request != self._entry_request:
            return
        self._copy_when_loaded = False
        self.details.show_message(
            self.tr("This call could not be read: {error}").format(error=failure_text(failure))
        )

    @Slot()
    def copy_current(self) -> None:
        """Ctrl+C in the list: the current call, once its details are in."""
        if self.details.entry is not None:
            self.details.copy()
        elif self.view.currentIndex().isValid():
            self._copy_when_loaded = True

    @Slot(str)
    def _copied(self, _text: str) -> None:
        self.count_label.setText(self.tr("Call copied to the clipboard."))
