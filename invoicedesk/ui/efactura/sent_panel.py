"""The company's documents and their way to ANAF: send, follow the state, see ANAF's errors per field, resend.

The list pages and sorts in SQL (the documents), each row with its submission. Sending waits a little on a
worker for ANAF's verdict; what is still under way is checked again when its next step is due.
"""

from __future__ import annotations

import datetime as dt
import functools
from html import escape
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from invoicedesk.app.context import AppContext
from invoicedesk.app.efactura import poll, send_document
from invoicedesk.connectors.anaf.spec import SPEC
from invoicedesk.connectors.errors import advice
from invoicedesk.sync.efactura import State, Submission
from invoicedesk.ui.efactura.advice import translate_advice
from invoicedesk.ui.efactura.overview import SentRow, list_sent
from invoicedesk.ui.efactura.texts import format_moment, state_explanation, state_label
from invoicedesk.ui.efactura.widgets import warning_color
from invoicedesk.ui.formatting import format_date, format_decimal
from invoicedesk.ui.paged_model import Column, PagedTableModel
from invoicedesk.ui.signals import emit
from invoicedesk.ui.tasks import TaskFailure, TaskRunner
from invoicedesk.ui.widgets.paged_table import PagedTable

# How long a send waits on its worker for ANAF's verdict before the list shows it as still under way.
SEND_WAIT_SECONDS = 20.0
# Automatic checks of submissions under way: never sooner than this, and at least this often.
MIN_CHECK_DELAY_S = 2.0
MAX_CHECK_DELAY_S = 900.0
# A check a moment after the step is due, so that it is due by the database's clock too.
CHECK_MARGIN_S = 0.5
RESENDABLE = frozenset({State.NOK, State.NEEDS_ATTENTION, State.RETRY_WAIT})
_ISSUE_DATE_COLUMN = 2
_BUYER_COLUMN = 3
_FIELD_ERROR_ROWS_SHOWN = 4
_TRACKED_ROWS = 100  # the first page


class SentPanel(QWidget):
    failed = Signal(object)  # an exception to show with its advice
    submission_changed = Signal(object)  # Submission, after a send, resend or check

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("sentPanel")
        self._runner = runner
        self._context: AppContext | None = None
        self._company_id: int | None = None
        self._environment = ""
        self._ready = False  # set up for e-Factura
        self.busy = False
        self._selected_document_id: int | None = None
        self.selected: SentRow | None = None
        self._shown_submission: Submission | None = None
        self.confirm_box: QMessageBox | None = None

        self.send_button = QPushButton(self.tr("Send to ANAF"))
        self.send_button.setObjectName("sendToAnaf")
        self.send_button.clicked.connect(self.send_selected)
        self.resend_button = QPushButton(self.tr("Resend"))
        self.resend_button.setObjectName("resendToAnaf")
        self.resend_button.clicked.connect(self.resend_selected)
        self.check_button = QPushButton(self.tr("Check status"))
        self.check_button.setObjectName("checkStatus")
        self.check_button.setToolTip(self.tr("Ask ANAF about every invoice still under way."))
        self.check_button.clicked.connect(self.check_status)
        self.activity_label = QLabel()
        self.activity_label.setObjectName("sentActivity")
        self.activity_label.setWordWrap(True)
        actions = QHBoxLayout()
        actions.addWidget(self.send_button)
        actions.addWidget(self.resend_button)
        actions.addWidget(self.check_button)
        actions.addWidget(self.activity_label, 1)

        columns = [
            Column(self.tr("Number"), lambda row: row.document.number, sort_key="number"),
            Column(self.tr("Type"), lambda row: self._type_text(row.document.doc_type), sort_key="doc_type"),
            Column(self.tr("Date"), lambda row: format_date(row.document.issue_date), sort_key="issue_date"),
            Column(self.tr("Buyer"), lambda row: row.document.buyer_name),
            Column(
                self.tr("Total"),
                lambda row: format_decimal(row.document.total_gross),
                sort_key="total_gross",
                align_right=True,
            ),
            Column(self.tr("Currency"), lambda row: row.document.currency),
            Column(self.tr("e-Factura"), lambda row: state_label(row.submission)),
        ]
        self.model = PagedTableModel(runner, columns, self, page_size=100)
        self.table = PagedTable(
            self.model,
            search_placeholder=self.tr("Search by document number or buyer…"),
            empty_text=lambda: self.tr("No documents yet. Documents issued for this company appear here."),
            no_match_text=lambda search: self.tr("No documents match “{search}”.").format(search=search),
            count_text=lambda total: self.tr("%Ln document(s)", "", total),
            default_sort_column=_ISSUE_DATE_COLUMN,
            default_descending=True,
            stretch_column=_BUYER_COLUMN,
            parent=self,
        )
        self.table.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.view.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.model.loaded.connect(self._reselect)
        self.model.loaded.connect(self._stretch_buyer_column)
        self.model.loaded.connect(self._track_listed)
        self.model.dataChanged.connect(lambda *_args: self._row_data_changed())

        self.details = self._details_box()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)

        self._under_way: dict[int, dt.datetime] = {}  # submission id → when its next step is due
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse timer may fire early
        self._check_timer.timeout.connect(lambda: self.check_status(automatic=True))
        self._show_details(None)
        self._update_buttons()

    def _details_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Selected document"))
        box.setObjectName("submissionDetails")
        self.detail_state = QLabel()
        self.detail_state.setObjectName("detailState")
        font = self.detail_state.font()
        font.setBold(True)
        self.detail_state.setFont(font)
        self.detail_explanation = QLabel()
        self.detail_explanation.setObjectName("detailExplanation")
        self.detail_error = QLabel()
        self.detail_error.setObjectName("detailError")
        self.detail_error.setTextFormat(Qt.TextFormat.RichText)
        self.anaf_errors = QLabel()
        self.anaf_errors.setObjectName("anafErrors")
        for label in (self.detail_state, self.detail_explanation, self.detail_error, self.anaf_errors):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.field_errors = QTableWidget(0, 3)
        self.field_errors.setObjectName("fieldErrors")
        self.field_errors.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Problem"), self.tr("What to do")]
        )
        self.field_errors.verticalHeader().setVisible(False)
        self.field_errors.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.field_errors.setWordWrap(True)
        header = self.field_errors.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(box)
        layout.addWidget(self.detail_state)
        layout.addWidget(self.detail_explanation)
        layout.addWidget(self.detail_error)
        layout.addWidget(self.anaf_errors)
        layout.addWidget(self.field_errors)
        self.receipt_button = QPushButton(self.tr("Open the receipt's folder"))
        self.receipt_button.setObjectName("openReceiptFolder")
        self.receipt_button.setToolTip(
            self.tr("The ZIP file ANAF signed, kept as it came: the legal proof that the invoice was filed.")
        )
        self.receipt_button.clicked.connect(self.open_receipt_folder)
        receipt_row = QHBoxLayout()
        receipt_row.addWidget(self.receipt_button)
        receipt_row.addStretch(1)
        layout.addLayout(receipt_row)
        return box

    # --- what the screen drives ----------------------------------------------------------------------

    def set_source(
        self, context: AppContext | None, company_id: int | None, *, ready: bool, environment: str = ""
    ) -> None:
        changed = (context, company_id) != (self._context, self._company_id)
        self._context, self._company_id = context, company_id
        self._ready = ready
        self._environment = environment
        if changed:
            self._check_timer.stop()
            self._under_way.clear()
            self._selected_document_id = None
            self.selected = None
            self.activity_label.clear()
            self._show_details(None)
            if context is None or company_id is None:
                self.model.set_source(None)
            else:
                self.model.set_source(functools.partial(list_sent, context, company_id))
        self._update_buttons()

    def refresh(self) -> None:
        self.model.refresh()

    @Slot()
    def _stretch_buyer_column(self, *_args) -> None:
        # Sizing the columns to their contents on a visible view leaves the stretched column short of the
        # view's edge; setting the mode again makes the header fill the width.
        header = self.table.view.horizontalHeader()
        header.setSectionResizeMode(_BUYER_COLUMN, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(_BUYER_COLUMN, QHeaderView.ResizeMode.Stretch)

    # --- selection -----------------------------------------------------------------------------------

    @Slot(QModelIndex, QModelIndex)
    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row_at(current.row()) if current.isValid() else None
        self.selected = row
        self._selected_document_id = row.document.id if row is not None else None
        self._show_details(row)
        self._update_buttons()

    def _row_data_changed(self) -> None:
        if self.selected is None and self._selected_document_id is not None:
            self._reselect()

    @Slot()
    def _reselect(self, *_args) -> None:
        """After a reload, select the same document again if it is on the first page."""
        wanted = self._selected_document_id
        if wanted is None:
            return
        for number in range(min(self.model.total, 100)):
            row = self.model.row_at(number)
            if row is None:
                return
            if row.document.id == wanted:
                self.select_row(number)
                return

    def select_row(self, number: int) -> None:
        index = self.model.index(number, 0)
        self.table.view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )

    def select_document(self, document_id: int) -> bool:
        """Select the document's row if it is loaded; for the screen's callers and tests."""
        for number in range(self.model.total):
            row = self.model.row_at(number)
            if row is None:
                return False  # only the pages already loaded are searched
            if row.document.id == document_id:
                self.select_row(number)
                return True
        return False

    # --- details -------------------------------------------------------------------------------------

    def _show_details(self, row: SentRow | None) -> None:
        submission = row.submission if row is not None else None
        self._shown_submission = submission
        if row is None:
            self.details.setTitle(self.tr("Selected document"))
            self.detail_state.setText(self.tr("Choose a document in the list to see its e-Factura state."))
            self.detail_explanation.clear()
        else:
            self.details.setTitle(self.tr("Document {number}").format(number=row.document.number))
            self.detail_state.setText(state_label(submission))
            self.detail_explanation.setText(state_explanation(submission))
        self._show_errors(submission)
        self.receipt_button.setVisible(submission is not None and bool(submission.receipt_path))

    @Slot()
    def open_receipt_folder(self) -> None:
        submission = self._shown_submission
        if self._context is None or submission is None or not submission.receipt_path:
            return
        folder = (self._context.paths.archive_dir / submission.receipt_path).parent
        self._runner.run(
            open_local_folder,
            folder,
            on_error=self._action_failed,
            owner=self,
            description="open the e-Factura receipt's folder",
        )

    def show_submission(self, submission: Submission) -> None:
        """A fresh state for the selected document (from a send or check), before the list reloads."""
        if self.selected is not None and self.selected.document.id == submission.document_id:
            self.selected = SentRow(self.selected.document, submission)
            self._show_details(self.selected)
            self._update_buttons()

    def _show_errors(self, submission: Submission | None) -> None:
        color = warning_color(self)
        error_lines = []
        if submission is not None and submission.last_error_category:
            try:
                general = advice(submission.last_error_category)
                error_lines.append(f"<b>{escape(translate_advice(general.title))}</b>")
                error_lines.append(escape(translate_advice(general.what_to_do)))
            except ValueError:
                pass  # a category this version does not know: the message below still says it
        if submission is not None and submission.last_error_message:
            error_lines.append(escape(submission.last_error_message))
        if submission is not None and submission.state == State.RETRY_WAIT and submission.next_attempt_at:
            error_lines.append(
                escape(self.tr("Next attempt: {time}").format(time=format_moment(submission.next_attempt_at)))
            )
        self.detail_error.setText(
            f"<span style='color:{color}'>{'<br>'.join(error_lines)}</span>" if error_lines else ""
        )
        self.detail_error.setVisible(bool(error_lines))

        anaf = submission.anaf_errors if submission is not None else []
        self.anaf_errors.setText(
            self.tr("ANAF's messages:") + "\n" + "\n".join(f"• {line}" for line in anaf) if anaf else ""
        )
        self.anaf_errors.setVisible(bool(anaf))

        problems = submission.field_errors if submission is not None else []
        self.field_errors.setRowCount(len(problems))
        for number, problem in enumerate(problems):
            for column, text in enumerate((problem.field, problem.message, problem.hint)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.field_errors.setItem(number, column, item)
        self.field_errors.resizeRowsToContents()
        # Hints are optional: a column of blanks would only push the problems into less room.
        self.field_errors.setColumnHidden(2, not any(problem.hint for problem in problems))
        self._fit_field_errors()
        self.field_errors.setVisible(bool(problems))

    def _fit_field_errors(self) -> None:
        """As tall as its rows, up to a few, so that the list above keeps most of the room."""
        table = self.field_errors
        rows = sum(table.rowHeight(row) for row in range(min(table.rowCount(), _FIELD_ERROR_ROWS_SHOWN)))
        height = table.horizontalHeader().height() + rows + 2 * table.frameWidth()
        table.setFixedHeight(max(height, table.horizontalHeader().height() * 2))

    # --- actions -------------------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        row = self.selected
        submission = row.submission if row is not None else None
        idle = self._ready and not self.busy and self._context is not None
        self.send_button.setEnabled(idle and row is not None and submission is None and self._sendable(row))
        self.resend_button.setEnabled(idle and submission is not None and submission.state in RESENDABLE)
        self.check_button.setEnabled(idle)
        if row is not None and submission is None and not self._sendable(row):
            self.send_button.setToolTip(
                self.tr("Only issued invoices and credit notes go to e-Factura; proformas do not.")
            )
        else:
            self.send_button.setToolTip("")

    @staticmethod
    def _sendable(row: SentRow) -> bool:
        pushable = {str(t) for t in SPEC.capabilities.pushable_types}
        return row.document.doc_type in pushable and row.document.status == "issued"

    @Slot()
    def send_selected(self) -> None:
        row = self.selected
        if row is None or row.submission is not None or not self._sendable(row):
            return
        self._confirm_then(row, self.tr("Send"), lambda: self._send(row, resend=False))

    @Slot()
    def resend_selected(self) -> None:
        row = self.selected
        if row is None or row.submission is None or row.submission.state not in RESENDABLE:
            return
        self._confirm_then(row, self.tr("Resend"), lambda: self._send(row, resend=True))

    def _confirm_then(self, row: SentRow, verb: str, action) -> None:
        """Production files with legal effect: ask first there. Test sends at once."""
        if self._environment != "prod":
            action()
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Send to ANAF Production?"),
            self.tr(
                "{number} will be filed with ANAF e-Factura in PRODUCTION, with full legal effect. It cannot "
                "be withdrawn afterwards, only corrected by a credit note."
            ).format(number=row.document.number),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("confirmProductionSend")
        confirm = box.addButton(verb, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Do not send"), QMessageBox.ButtonRole.RejectRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _result: action() if box.clickedButton() is confirm else None)
        self.confirm_box = box
        box.open()

    def _send(self, row: SentRow, *, resend: bool) -> None:
        if self._context is None or self.busy:
            return
        self._set_busy(True)
        text = self.tr("Sending {number} to ANAF again…") if resend else self.tr("Sending {number} to ANAF…")
        self.activity_label.setText(text.format(number=row.document.number))
        self._runner.run(
            send_document,
            self._context,
            row.document.id,
            wait=SEND_WAIT_SECONDS,
            on_done=lambda submission: self._sent(row, submission),
            on_error=self._action_failed,
            owner=self,
            description="send a document to ANAF e-Factura",
        )

    def _sent(self, row: SentRow, submission: Submission) -> None:
        self._set_busy(False)
        self.activity_label.setText(
            self.tr("{number}: {state}").format(number=row.document.number, state=state_label(submission))
        )
        self.show_submission(submission)
        emit(self.submission_changed, submission)
        self._track([submission])
        self.model.refresh()

    @Slot()
    def check_status(self, automatic: bool = False) -> None:
        if self._context is None or self._company_id is None or not self._ready:
            return
        if self.busy:
            if automatic:
                self._check_timer.start(int(MIN_CHECK_DELAY_S * 1000))  # after the work under way
            return
        self._set_busy(True)
        if not automatic:
            self.activity_label.setText(self.tr("Asking ANAF about the invoices under way…"))
        self._runner.run(
            poll,
            self._context,
            company_id=self._company_id,
            on_done=lambda submissions: self._checked(submissions, automatic=automatic),
            on_error=self._action_failed,
            owner=self,
            description="check e-Factura submissions",
        )

    def _checked(self, submissions: list[Submission], *, automatic: bool = False) -> None:
        self._set_busy(False)
        if submissions:
            self.activity_label.setText(self.tr("ANAF was asked about %n invoice(s).", "", len(submissions)))
        elif not automatic:
            self.activity_label.setText(self.tr("Nothing was due for a check; the list is up to date."))
        for submission in submissions:
            self.show_submission(submission)
            emit(self.submission_changed, submission)
        self._track(submissions)
        self.model.refresh()

    def _action_failed(self, failure: TaskFailure) -> None:
        self._set_busy(False)
        self.activity_label.clear()
        emit(self.failed, failure.exception)
        self.model.refresh()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self._update_buttons()

    def _track(self, submissions: list[Submission]) -> None:
        """Remember which submissions are still under way, and check again when the earliest is due."""
        for submission in submissions:
            if submission.final or submission.next_attempt_at is None:
                self._under_way.pop(submission.id, None)
            else:
                self._under_way[submission.id] = _aware(submission.next_attempt_at)
        self._schedule_check()

    def _schedule_check(self) -> None:
        if not self._under_way or not self._ready:
            self._check_timer.stop()
            return
        earliest = min(self._under_way.values())
        delay = (earliest - dt.datetime.now(dt.UTC)).total_seconds() + CHECK_MARGIN_S
        delay = min(max(delay, MIN_CHECK_DELAY_S), MAX_CHECK_DELAY_S)
        self._check_timer.start(int(delay * 1000))

    @Slot()
    def _track_listed(self, *_args) -> None:
        """Submissions under way that the first page shows (from an earlier session, say) are followed too."""
        rows = [self.model.row_at(number) for number in range(min(self.model.total, _TRACKED_ROWS))]
        self._track([row.submission for row in rows if row is not None and row.submission is not None])

    @property
    def check_scheduled_in_ms(self) -> int:
        """Milliseconds until the next automatic check; -1 when none is planned."""
        return self._check_timer.remainingTime() if self._check_timer.isActive() else -1

    def _type_text(self, doc_type: str) -> str:
        labels = {
            "invoice": self.tr("Invoice"),
            "credit_note": self.tr("Credit note"),
            "proforma": self.tr("Proforma"),
        }
        return labels.get(doc_type, doc_type)


def open_local_folder(folder: Path) -> bool:
    """The system's file manager on `folder`; on a worker, since starting it can take a moment."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def _aware(moment: dt.datetime) -> dt.datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)
