"""S-DOC-1: the documents of the chosen company, paged, sorted and searched in the database, each with its
state in every connected service; below the list, the chosen document in full and what to do about it."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QSplitter,
    QToolButton,
    QWidget,
)

from invoicedesk.app.companies import get_company
from invoicedesk.app.connections import ConnectionInfo, list_connections
from invoicedesk.app.context import AppContext
from invoicedesk.app.documents import list_documents
from invoicedesk.app.efactura import submission_of
from invoicedesk.app.paging import Page, PageRequest
from invoicedesk.app.series import SeriesInfo, list_series
from invoicedesk.app.sync import enqueue_push, jobs_of_documents, resend, run_connection
from invoicedesk.core.documents import Country
from invoicedesk.core.errors import DomainValidationError
from invoicedesk.store.repositories.documents import DocumentRow
from invoicedesk.sync.efactura import Submission
from invoicedesk.sync.lane import LaneReport
from invoicedesk.sync.outbox import Job, JobState
from invoicedesk.ui.dialogs.document_detail import (
    DocumentDetail,
    DocumentDetails,
    Severity,
    document_type_labels,
    field_label,
    load_document_details,
    severity_color,
    sync_summary,
)
from invoicedesk.ui.dialogs.series_editor import SeriesEditorDialog
from invoicedesk.ui.formatting import format_date, format_decimal
from invoicedesk.ui.paged_model import Column, PagedTableModel
from invoicedesk.ui.screens.screen import Screen
from invoicedesk.ui.signals import emit
from invoicedesk.ui.tasks import TaskFailure, TaskRunner
from invoicedesk.ui.widgets.paged_table import PagedTable

_NUMBER_COLUMN = 0
_DATE_COLUMN = 2
_BUYER_COLUMN = 3
_SYNC_COLUMN = 6
_PAGE_SIZE = 50


@dataclass(frozen=True)
class DocumentListRow:
    """A row of the list: the document and its state in every service."""

    row: DocumentRow
    jobs: tuple[Job, ...]
    connections: dict[int, str]
    submission: Submission | None = None

    @property
    def id(self) -> int:
        return self.row.id

    def sync(self) -> tuple[str, int]:
        return sync_summary(self.jobs, self.connections, self.submission)


def fetch_document_rows(ctx: AppContext, company_id: int, request: PageRequest) -> Page[DocumentListRow]:
    """One page of documents with their outbox jobs (and e-Factura state for a Romanian company)."""
    page = list_documents(ctx, company_id, request)
    names = {c.id: c.name for c in list_connections(ctx, company_id)}
    romanian = get_company(ctx, company_id).country == Country.RO
    jobs = jobs_of_documents(ctx, [row.id for row in page.rows])
    rows = [
        DocumentListRow(
            row=row,
            jobs=tuple(jobs[row.id]),
            connections=names,
            submission=submission_of(ctx, row.id) if romanian else None,
        )
        for row in page.rows
    ]
    return Page(rows=rows, total=page.total, offset=page.offset)


@dataclass(frozen=True)
class CompanySetup:
    connections: list[ConnectionInfo]
    series: list[SeriesInfo]


def load_company_setup(ctx: AppContext, company_id: int) -> CompanySetup:
    return CompanySetup(list_connections(ctx, company_id), list_series(ctx, company_id))


def send_to(ctx: AppContext, document_id: int, connection_id: int) -> LaneReport:
    """Queue the document for the connection and work through that connection's lane at once."""
    enqueue_push(ctx, document_id, connection_id)
    return run_connection(ctx, connection_id)


def send_job_again(ctx: AppContext, job: Job) -> LaneReport:
    """Put a held or waiting job back in the queue (a pending one already is) and run its lane."""
    if job.state in (JobState.NEEDS_ATTENTION, JobState.RETRY_WAIT):
        resend(ctx, job.id)
    return run_connection(ctx, job.connection_id)


class DocumentTableModel(PagedTableModel):
    """Colours the sync state: red when a person is needed, amber while waiting, green once sent."""

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if index.isValid() and index.column() == _SYNC_COLUMN:
            if role == Qt.ItemDataRole.ForegroundRole:
                row = self.row_at(index.row())
                if row is not None:
                    parent = self.parent()
                    palette = parent.palette() if isinstance(parent, QWidget) else None
                    color = severity_color(row.sync()[1], palette) if palette is not None else None
                    return QBrush(color) if color is not None else None
            if role == Qt.ItemDataRole.ToolTipRole:
                row = self.row_at(index.row())
                return row.sync()[0] if row is not None else None
        return super().data(index, role)


class DocumentsScreen(Screen):
    CODE = "S-DOC-1"

    documents_reloaded = Signal()  # after the list's first page arrived
    details_shown = Signal(object)  # DocumentDetails
    sending_finished = Signal(object)  # LaneReport, or the TaskFailure when the send could not run
    setup_loaded = Signal()

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(
            title=self.tr("Documents"), code=self.CODE, object_name="documentsScreen", parent=parent
        )
        self.runner = runner
        self.connections: list[ConnectionInfo] = []
        self.series: list[SeriesInfo] = []
        self.series_dialog: SeriesEditorDialog | None = None
        self._type_text = document_type_labels()
        self._selected_id: int | None = None
        self._busy = False

        columns = [
            Column(self.tr("Number"), lambda r: r.row.number, sort_key="number"),
            Column(self.tr("Type"), self._type, sort_key="doc_type"),
            Column(self.tr("Date"), lambda r: format_date(r.row.issue_date), sort_key="issue_date"),
            Column(self.tr("Buyer"), lambda r: r.row.buyer_name),
            Column(
                self.tr("Total"),
                lambda r: format_decimal(r.row.total_gross),
                sort_key="total_gross",
                align_right=True,
            ),
            Column(self.tr("Currency"), lambda r: r.row.currency),
            Column(self.tr("Sync state"), lambda r: r.sync()[0]),
        ]
        # Each row's sync state is read per document (no batch service yet): smaller pages answer sooner.
        self.model = DocumentTableModel(runner, columns, self, page_size=_PAGE_SIZE)
        self.table = PagedTable(
            self.model,
            search_placeholder=self.tr("Search by document number or order number…"),
            empty_text=self._empty_text,
            no_match_text=lambda search: self.tr("No documents match “{search}”.").format(search=search),
            count_text=lambda total: self.tr("%Ln document(s)", "", total),
            default_sort_column=_DATE_COLUMN,
            default_descending=True,
            stretch_column=_SYNC_COLUMN,
            parent=self,
        )
        self.model.loaded.connect(self._list_loaded)
        self.table.view.selectionModel().selectionChanged.connect(self._selection_changed)

        self.send_button = QToolButton()
        self.send_button.setObjectName("sendToButton")
        self.send_button.setText(self.tr("Send to…"))
        self.send_button.setToolTip(self.tr("Send the selected document to one of the company's services."))
        self.send_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.send_menu = QMenu(self.send_button)
        self.send_menu.setObjectName("sendToMenu")
        self.send_button.setMenu(self.send_menu)

        self.series_button = QPushButton(self.tr("Number series…"))
        self.series_button.setObjectName("seriesButton")
        self.series_button.clicked.connect(self.open_series_editor)

        self.busy_bar = QProgressBar()
        self.busy_bar.setObjectName("sendingProgress")
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(120)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setVisible(False)
        self.status_label = QLabel()
        self.status_label.setObjectName("sendStatus")
        self.status_label.setWordWrap(True)

        actions = QHBoxLayout()
        actions.addWidget(self.send_button)
        actions.addWidget(self.busy_bar)
        actions.addWidget(self.status_label, 1)
        actions.addWidget(self.series_button)

        self.detail = DocumentDetail()
        self.detail.resend_requested.connect(self.send_job_again)
        self.detail.send_now_requested.connect(self.send_job_again)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("documentsSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        # A few rows of the list, and most of the height for the chosen document and its advice.
        self.splitter.setSizes([260, 440])

        self.body.addLayout(actions)
        self.body.addWidget(self.splitter, 1)
        self._rebuild_send_menu()

    # --- the window's hooks ------------------------------------------------------------------------------

    def set_context(self, context) -> None:
        super().set_context(context)
        self._reload()

    def set_company(self, company_id: int | None) -> None:
        super().set_company(company_id)
        self._selected_id = None
        self.detail.clear()
        self._reload()

    def refresh(self) -> None:
        """The list, the chosen document and the company's connections and series, read again."""
        self.model.refresh()
        self._load_setup()
        if self._selected_id is not None:
            self._load_details(self._selected_id)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Documents are issued from the Orders screen: coming back here must show them. A first load
        # still on its way needs no second one.
        if (
            self.context is not None
            and self.company_id is not None
            and self.model.has_loaded
            and not self.model.is_loading
        ):
            self.refresh()

    def _reload(self) -> None:
        if self.context is None or self.company_id is None:
            self.model.set_source(None)
            self.connections, self.series = [], []
            self._rebuild_send_menu()
            return
        self.model.set_source(functools.partial(fetch_document_rows, self.context, self.company_id))
        self._load_setup()

    def _load_setup(self) -> None:
        if self.context is None or self.company_id is None:
            return
        company_id = self.company_id
        self.runner.run(
            load_company_setup,
            self.context,
            company_id,
            on_done=lambda setup: self._setup_arrived(company_id, setup),
            owner=self,
            description="connections and series of a company",
        )

    def _setup_arrived(self, company_id: int, setup: CompanySetup) -> None:
        if company_id != self.company_id:
            return
        self.connections, self.series = setup.connections, setup.series
        self._rebuild_send_menu()
        emit(self.setup_loaded)

    # --- the list and the chosen document ----------------------------------------------------------------

    def selected_document_id(self) -> int | None:
        return self._selected_id

    def select_row(self, row: int) -> None:
        self.table.view.selectRow(row)

    @Slot(int)
    def _list_loaded(self, _total: int) -> None:
        # Sizing the other columns to their contents leaves the stretching one as it was until the next
        # resize; setting its mode again makes it take the rest of the width now.
        self.table.view.horizontalHeader().setSectionResizeMode(_SYNC_COLUMN, QHeaderView.ResizeMode.Stretch)
        # Keep the chosen document chosen across a reload, if it is still on the first page.
        if self._selected_id is not None:
            for row in range(min(self.model.rowCount(), _PAGE_SIZE)):
                item = self.model.row_at(row)
                if item is not None and item.id == self._selected_id:
                    selection = self.table.view.selectionModel()
                    selection.blockSignals(True)
                    self.table.view.selectRow(row)
                    selection.blockSignals(False)
                    break
        emit(self.documents_reloaded)

    @Slot()
    def _selection_changed(self, *_args: Any) -> None:
        rows = self.table.view.selectionModel().selectedRows()
        item = self.model.row_at(rows[0].row()) if rows else None
        if item is None:
            return
        if item.id != self._selected_id:
            self._selected_id = item.id
            self._load_details(item.id)
        self._rebuild_send_menu()

    def _load_details(self, document_id: int) -> None:
        if self.context is None:
            return
        self.runner.run(
            load_document_details,
            self.context,
            document_id,
            on_done=self._details_arrived,
            owner=self,
            description="document details",
        )

    def _details_arrived(self, details: DocumentDetails) -> None:
        if details.document.id != self._selected_id:
            return
        self.detail.show_details(details)
        self._rebuild_send_menu()
        emit(self.details_shown, details)

    # --- sending ---------------------------------------------------------------------------------------

    def _rebuild_send_menu(self) -> None:
        self.send_menu.clear()
        if not self.connections:
            empty = self.send_menu.addAction(
                self.tr("No connections yet — add one on the Connections screen")
            )
            empty.setEnabled(False)
        series_connection = self._series_connection_of_selected()
        for connection in self.connections:
            action = self.send_menu.addAction(connection.name)
            action.setObjectName(f"sendTo_{connection.id}")
            action.setData(connection.id)
            if series_connection is not None and series_connection != connection.id:
                # A series numbers documents for one connection only (the app refuses the others).
                action.setEnabled(False)
                action.setToolTip(self.tr("This document's number series belongs to another connection."))
            action.triggered.connect(functools.partial(self.send_selected_to, connection.id))
        self.send_button.setEnabled(not self._busy and self._selected_id is not None)
        self.series_button.setEnabled(self.context is not None and self.company_id is not None)

    def _series_connection_of_selected(self) -> int | None:
        details = self.detail.details
        if details is None or details.document.series_id is None:
            return None
        series = next((s for s in self.series if s.id == details.document.series_id), None)
        return series.connection_id if series is not None else None

    def send_selected_to(self, connection_id: int, _checked: bool = False) -> None:
        document_id = self._selected_id
        if self.context is None or document_id is None or self._busy:
            return
        name = next((c.name for c in self.connections if c.id == connection_id), f"#{connection_id}")
        self._set_busy(True, self.tr("Sending to {connection}…").format(connection=name))
        self.runner.run(
            send_to,
            self.context,
            document_id,
            connection_id,
            on_done=self._sending_done,
            on_error=self._sending_failed,
            owner=self,
            description="send a document",
        )

    @Slot(object)
    def send_job_again(self, job: Job) -> None:
        if self.context is None or self._busy:
            return
        name = next((c.name for c in self.connections if c.id == job.connection_id), f"#{job.connection_id}")
        self._set_busy(True, self.tr("Sending to {connection}…").format(connection=name))
        self.runner.run(
            send_job_again,
            self.context,
            job,
            on_done=self._sending_done,
            on_error=self._sending_failed,
            owner=self,
            description="send a job again",
        )

    def _sending_done(self, report: LaneReport) -> None:
        self._set_busy(False, self._report_text(report))
        self.refresh()
        emit(self.sending_finished, report)

    def _sending_failed(self, failure: TaskFailure) -> None:
        error = failure.exception
        if isinstance(error, DomainValidationError):
            text = "; ".join(f"{field_label(e.field)}: {e.message}" for e in error.errors)
        elif isinstance(error, LookupError):
            text = str(error)
        else:
            text = self.tr("The document could not be sent: {error}").format(
                error=str(error) or type(error).__name__
            )
        self._set_busy(False, text, severity=Severity.ATTENTION)
        self.refresh()
        emit(self.sending_finished, failure)

    def _report_text(self, report: LaneReport) -> str:
        if report.needs_attention:
            return self.tr("Needs attention: see the advice below.")
        if report.waiting:
            return self.tr("The service did not take it yet; InvoiceDesk tries again by itself.")
        return self.tr("Sent.") if report.done else self.tr("Nothing was due to send.")

    def _set_busy(self, busy: bool, message: str, *, severity: int = Severity.NONE) -> None:
        self._busy = busy
        self.busy_bar.setVisible(busy)
        self.status_label.setText(message)
        color = severity_color(severity, self.palette())
        self.status_label.setStyleSheet(f"QLabel {{ color: {color.name()}; }}" if color is not None else "")
        self.detail.set_busy(busy)
        self._rebuild_send_menu()

    @property
    def busy(self) -> bool:
        return self._busy

    # --- number series -----------------------------------------------------------------------------------

    @Slot()
    def open_series_editor(self) -> None:
        if self.context is None or self.company_id is None:
            return
        dialog = SeriesEditorDialog(self.runner, self.context, self.company_id, self)
        dialog.series_added.connect(lambda _info: self._load_setup())
        self.series_dialog = dialog
        dialog.open()

    # --- texts -------------------------------------------------------------------------------------------

    def _type(self, item: DocumentListRow) -> str:
        return self._type_text.get(item.row.doc_type, item.row.doc_type)

    def _empty_text(self) -> str:
        if self.context is None:
            return self.tr("Opening the database…")
        if self.company_id is None:
            return self.tr(
                "No company yet. Add one on the command line: "
                "invoicedesk company add --name … --country CZ|SK|PL|RO"
            )
        return self.tr("No documents yet. Choose an order on the Orders screen and press “Issue document…”.")
