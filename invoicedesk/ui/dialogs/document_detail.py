"""One document in full: its lines and totals, and where it was sent — each outbox job per connection with
its state, the service's number, the attempts, and the last error with advice; the error's field problems
are shown on the document's own fields. Also the words for sync states that the Documents list shares.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt, QTime, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from invoicedesk.app.connections import list_connections
from invoicedesk.app.context import AppContext
from invoicedesk.app.documents import company_of_document, get_document
from invoicedesk.app.efactura import submission_of
from invoicedesk.app.sync import document_jobs
from invoicedesk.connectors.errors import ErrorCategory, advice
from invoicedesk.core.documents import Document, DocumentType
from invoicedesk.core.errors import FieldError
from invoicedesk.core.totals import DocumentTotals, compute_totals
from invoicedesk.sync.efactura import State as EfacturaState
from invoicedesk.sync.efactura import Submission
from invoicedesk.sync.outbox import Job, JobState, Operation
from invoicedesk.ui.formatting import format_count, format_date, format_decimal
from invoicedesk.ui.labels import payment_method_label, payment_method_labels
from invoicedesk.ui.signals import emit

# --- words shared with the Documents list ----------------------------------------------------------------


def document_type_labels() -> dict[str, str]:
    return {
        DocumentType.INVOICE.value: QCoreApplication.translate("DocumentType", "Invoice"),
        DocumentType.PROFORMA.value: QCoreApplication.translate("DocumentType", "Proforma"),
        DocumentType.CREDIT_NOTE.value: QCoreApplication.translate("DocumentType", "Credit note"),
    }


def job_state_labels() -> dict[str, str]:
    return {
        JobState.PENDING.value: QCoreApplication.translate("SyncState", "Queued"),
        JobState.IN_FLIGHT.value: QCoreApplication.translate("SyncState", "Sending…"),
        JobState.DONE.value: QCoreApplication.translate("SyncState", "Sent"),
        JobState.RETRY_WAIT.value: QCoreApplication.translate("SyncState", "Waiting to retry"),
        JobState.NEEDS_ATTENTION.value: QCoreApplication.translate("SyncState", "Needs attention"),
    }


def operation_labels() -> dict[str, str]:
    return {
        Operation.PUSH.value: QCoreApplication.translate("SyncState", "Create the document"),
        Operation.ARCHIVE_PDF.value: QCoreApplication.translate("SyncState", "Archive the PDF"),
        Operation.SEND_EMAIL.value: QCoreApplication.translate("SyncState", "E-mail the buyer"),
    }


def efactura_state_labels() -> dict[str, str]:
    return {
        EfacturaState.QUEUED.value: QCoreApplication.translate("SyncState", "queued"),
        EfacturaState.VALIDATING.value: QCoreApplication.translate("SyncState", "being validated"),
        EfacturaState.UPLOADING.value: QCoreApplication.translate("SyncState", "being uploaded"),
        EfacturaState.UNCERTAIN.value: QCoreApplication.translate(
            "SyncState", "checking whether ANAF received it"
        ),
        EfacturaState.UPLOADED.value: QCoreApplication.translate("SyncState", "uploaded"),
        EfacturaState.PROCESSING.value: QCoreApplication.translate("SyncState", "ANAF is processing it"),
        EfacturaState.OK.value: QCoreApplication.translate("SyncState", "accepted by ANAF"),
        EfacturaState.NOK.value: QCoreApplication.translate("SyncState", "rejected by ANAF"),
        EfacturaState.NEEDS_ATTENTION.value: QCoreApplication.translate("SyncState", "needs attention"),
        EfacturaState.RETRY_WAIT.value: QCoreApplication.translate("SyncState", "waiting to retry"),
    }


class Severity:
    """How much a sync state asks of the user; the list colours it, the worst one wins."""

    NONE = 0
    DONE = 1
    BUSY = 2
    WAITING = 3
    ATTENTION = 4


def format_moment(moment: dt.datetime | None, locale: QLocale | None = None) -> str:
    """A UTC instant in local time: "14:05" today, with the date on any other day."""
    if moment is None:
        return ""
    locale = locale if locale is not None else QLocale()
    local = moment.astimezone() if moment.tzinfo else moment
    time_text = locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    if local.date() == dt.datetime.now().astimezone().date():
        return time_text
    return f"{format_date(local.date(), locale)} {time_text}"


def job_summary(job: Job, connection: str) -> tuple[str, int]:
    """One job in a few words, for the list: "sent to Fakturoid (2026-0001)", "needs attention — …"."""
    state = job.state
    if job.operation is not Operation.PUSH:
        name = operation_labels().get(job.operation.value, job.operation.value)
        if state is JobState.NEEDS_ATTENTION:
            return QCoreApplication.translate("SyncState", "{action} needs attention — {connection}").format(
                action=name, connection=connection
            ), Severity.ATTENTION
        return "", Severity.NONE
    if state is JobState.DONE:
        if job.remote_number:
            text = QCoreApplication.translate("SyncState", "sent to {connection} ({number})").format(
                connection=connection, number=job.remote_number
            )
        else:
            text = QCoreApplication.translate("SyncState", "sent to {connection}").format(
                connection=connection
            )
        return text, Severity.DONE
    if state is JobState.PENDING:
        return QCoreApplication.translate("SyncState", "queued for {connection}").format(
            connection=connection
        ), Severity.BUSY
    if state is JobState.IN_FLIGHT:
        return QCoreApplication.translate("SyncState", "sending to {connection}…").format(
            connection=connection
        ), Severity.BUSY
    if state is JobState.RETRY_WAIT:
        return QCoreApplication.translate("SyncState", "waiting — retry at {time} ({connection})").format(
            time=format_moment(job.next_attempt_at), connection=connection
        ), Severity.WAITING
    return QCoreApplication.translate("SyncState", "needs attention — {connection}").format(
        connection=connection
    ), Severity.ATTENTION


def submission_summary(submission: Submission) -> tuple[str, int]:
    label = efactura_state_labels().get(submission.state.value, submission.state.value)
    if submission.state is EfacturaState.RETRY_WAIT and submission.next_attempt_at is not None:
        label = QCoreApplication.translate("SyncState", "waiting — retry at {time}").format(
            time=format_moment(submission.next_attempt_at)
        )
    severity = {
        EfacturaState.OK: Severity.DONE,
        EfacturaState.NOK: Severity.ATTENTION,
        EfacturaState.NEEDS_ATTENTION: Severity.ATTENTION,
        EfacturaState.RETRY_WAIT: Severity.WAITING,
    }.get(submission.state, Severity.BUSY)
    return QCoreApplication.translate("SyncState", "e-Factura: {state}").format(state=label), severity


def sync_summary(
    jobs: tuple[Job, ...] | list[Job], connections: dict[int, str], submission: Submission | None = None
) -> tuple[str, int]:
    """The document's state in every service, worst first, and how much it asks of the user."""
    parts: list[tuple[int, str]] = []
    for job in jobs:
        text, severity = job_summary(job, connections.get(job.connection_id, f"#{job.connection_id}"))
        if text:
            parts.append((severity, text))
    if submission is not None:
        text, severity = submission_summary(submission)
        parts.append((severity, text))
    if not parts:
        return QCoreApplication.translate("SyncState", "not sent"), Severity.NONE
    parts.sort(key=lambda part: -part[0])
    return "; ".join(text for _severity, text in parts), parts[0][0]


def severity_color(severity: int, palette: QPalette) -> QColor | None:
    """Readable on a dark system theme as well as on a light one."""
    dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
    colors = {
        Severity.ATTENTION: ("#ff7b7b", "#b00020"),
        Severity.WAITING: ("#ffcc66", "#8a5a00"),
        Severity.DONE: ("#7bd88f", "#1b6e2a"),
    }
    pair = colors.get(severity)
    return QColor(pair[0] if dark else pair[1]) if pair else None


def translated_advice(category: str) -> tuple[str, str, str] | None:
    """Title, cause and what to do for an error category, in the user's language."""
    try:
        found = advice(ErrorCategory(category))
    except ValueError:
        return None
    return tuple(
        QCoreApplication.translate("advice", text) for text in (found.title, found.cause, found.what_to_do)
    )


_LINE_PATH = re.compile(r"^lines\[(\d+)\](?:\.(\w+))?$")


def _field_names() -> dict[str, str]:
    return {
        "number": QCoreApplication.translate("DocumentField", "Number"),
        "doc_type": QCoreApplication.translate("DocumentField", "Type"),
        "series_id": QCoreApplication.translate("DocumentField", "Number series"),
        "issue_date": QCoreApplication.translate("DocumentField", "Issue date"),
        "tax_point_date": QCoreApplication.translate("DocumentField", "Tax point date"),
        "due_date": QCoreApplication.translate("DocumentField", "Due date"),
        "due_days": QCoreApplication.translate("DocumentField", "Due in (days)"),
        "currency": QCoreApplication.translate("DocumentField", "Currency"),
        "exchange_rate": QCoreApplication.translate("DocumentField", "Exchange rate"),
        "payment_method": QCoreApplication.translate("DocumentField", "Payment method"),
        "variable_symbol": QCoreApplication.translate("DocumentField", "Variable symbol"),
        "order_external_id": QCoreApplication.translate("DocumentField", "Order"),
        "corrects": QCoreApplication.translate("DocumentField", "Corrected document"),
        "note": QCoreApplication.translate("DocumentField", "Note"),
        "lines": QCoreApplication.translate("DocumentField", "Lines"),
        "remote_id": QCoreApplication.translate("DocumentField", "Document in the service"),
        "buyer": QCoreApplication.translate("DocumentField", "Buyer"),
        "seller": QCoreApplication.translate("DocumentField", "Your company"),
        "name": QCoreApplication.translate("DocumentField", "name"),
        "vat_id": QCoreApplication.translate("DocumentField", "VAT ID"),
        "registration_id": QCoreApplication.translate("DocumentField", "registration ID"),
        "local_tax_id": QCoreApplication.translate("DocumentField", "local tax ID"),
        "email": QCoreApplication.translate("DocumentField", "e-mail"),
        "phone": QCoreApplication.translate("DocumentField", "phone"),
        "address": QCoreApplication.translate("DocumentField", "address"),
        "address.street": QCoreApplication.translate("DocumentField", "street"),
        "address.city": QCoreApplication.translate("DocumentField", "city"),
        "address.postal_code": QCoreApplication.translate("DocumentField", "postal code"),
        "address.country": QCoreApplication.translate("DocumentField", "country"),
        "bank_accounts": QCoreApplication.translate("DocumentField", "bank account"),
        "quantity": QCoreApplication.translate("DocumentField", "quantity"),
        "unit": QCoreApplication.translate("DocumentField", "unit"),
        "unit_price": QCoreApplication.translate("DocumentField", "unit price"),
        "vat_rate": QCoreApplication.translate("DocumentField", "VAT rate"),
        "vat_category": QCoreApplication.translate("DocumentField", "VAT category"),
        "discount": QCoreApplication.translate("DocumentField", "discount"),
        "sku": QCoreApplication.translate("DocumentField", "SKU"),
    }


def field_label(path: str) -> str:
    """A field path of the domain ("lines[2].vat_rate", "buyer.vat_id") as the user knows the field."""
    names = _field_names()
    if not path:
        return QCoreApplication.translate("DocumentField", "Document")
    line = _LINE_PATH.match(path)
    if line:
        number = int(line.group(1)) + 1
        label = QCoreApplication.translate("DocumentField", "Line {number}").format(number=number)
        attribute = line.group(2)
        return f"{label}: {names.get(attribute, attribute)}" if attribute else label
    if path in names:
        return names[path]
    head, _, rest = path.partition(".")
    if head in ("buyer", "seller") and rest:
        return f"{names[head]}: {names.get(rest, rest)}"
    return path


def field_error_text(error: FieldError) -> str:
    message = QCoreApplication.translate("advice", error.message)
    hint = QCoreApplication.translate("advice", error.hint) if error.hint else ""
    return f"{message} — {hint}" if hint else message


# --- what the pane shows, gathered on a worker thread ----------------------------------------------------


@dataclass(frozen=True)
class DocumentDetails:
    document: Document
    totals: DocumentTotals
    jobs: list[Job]
    connections: dict[int, str]  # id → name, of the document's company
    submission: Submission | None = None
    company_id: int = 0


def load_document_details(ctx: AppContext, document_id: int) -> DocumentDetails:
    document = get_document(ctx, document_id)
    company_id = company_of_document(ctx, document_id)
    connections = {c.id: c.name for c in list_connections(ctx, company_id)}
    submission = submission_of(ctx, document_id) if str(document.seller.country) == "RO" else None
    return DocumentDetails(
        document=document,
        totals=compute_totals(document),
        jobs=document_jobs(ctx, document_id),
        connections=connections,
        submission=submission,
        company_id=company_id,
    )


# --- the pane ------------------------------------------------------------------------------------------

# Header fields in two columns (left, then right) and the field paths whose problems each one shows.
_HEADER_ROWS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("number", ("number", "doc_type", "series_id", "remote_id")),
    ("issue_date", ("issue_date", "tax_point_date")),
    ("due_date", ("due_date", "due_days")),
    ("payment_method", ("payment_method", "variable_symbol")),
    ("buyer", ("buyer",)),
    ("seller", ("seller",)),
    ("currency", ("currency", "exchange_rate")),
    ("order_external_id", ("order_external_id", "corrects", "note")),
)
_HEADER_ROWS_PER_COLUMN = 4
_LINE_COLUMNS = 9


def _row_for(path: str) -> str | None:
    head = path.split(".", 1)[0].split("[", 1)[0]
    for key, paths in _HEADER_ROWS:
        if head in paths:
            return key
    return None


class DocumentDetail(QWidget):
    """The lower half of S-DOC-1. `show_details()` fills it; the buttons ask the screen to act on a job."""

    resend_requested = Signal(object)  # Job
    send_now_requested = Signal(object)  # Job

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("documentDetail")
        self.details: DocumentDetails | None = None
        self._busy = False
        self._type_text = document_type_labels()
        self._state_text = job_state_labels()
        self._operation_text = operation_labels()
        self._payment_text = payment_method_labels()

        self.placeholder = QLabel(
            self.tr("Choose a document to see its lines, its totals and where it was sent.")
        )
        self.placeholder.setObjectName("detailPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)

        self.heading = QLabel()
        self.heading.setObjectName("detailHeading")
        font = QFont(self.heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # Header: a value and, under it, the problems a service found with that field.
        header = QGridLayout()
        header.setHorizontalSpacing(12)
        header.setColumnStretch(1, 1)
        header.setColumnStretch(3, 1)
        titles = {
            "number": self.tr("Number"),
            "issue_date": self.tr("Issued"),
            "due_date": self.tr("Due"),
            "buyer": self.tr("Buyer"),
            "seller": self.tr("Seller"),
            "currency": self.tr("Currency"),
            "payment_method": self.tr("Payment"),
            "order_external_id": self.tr("Order"),
        }
        self.values: dict[str, QLabel] = {}
        self.field_problems: dict[str, QLabel] = {}
        for index, (key, _paths) in enumerate(_HEADER_ROWS):
            value = QLabel()
            value.setObjectName(f"value_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            problem = QLabel()
            problem.setObjectName(f"problem_{key}")
            problem.setWordWrap(True)
            problem.setVisible(False)
            cell = QWidget()
            box = QVBoxLayout(cell)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(2)
            box.addWidget(value)
            box.addWidget(problem)
            title = QLabel(titles[key])
            title.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            row, column = index % _HEADER_ROWS_PER_COLUMN, 2 * (index // _HEADER_ROWS_PER_COLUMN)
            header.addWidget(title, row, column)
            header.addWidget(cell, row, column + 1, Qt.AlignmentFlag.AlignTop)
            self.values[key] = value
            self.field_problems[key] = problem

        self.lines_table = QTableWidget(0, _LINE_COLUMNS)
        self.lines_table.setObjectName("linesTable")
        self.lines_table.setHorizontalHeaderLabels(
            [
                self.tr("Item"),
                self.tr("Quantity"),
                self.tr("Unit"),
                self.tr("Unit price"),
                self.tr("VAT %"),
                self.tr("Net"),
                self.tr("VAT"),
                self.tr("Total"),
                self.tr("Problem"),
            ]
        )
        _read_only_table(self.lines_table, stretch=0)

        self.totals_label = QLabel()
        self.totals_label.setObjectName("totals")
        self.totals_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.totals_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        document_box = QGroupBox(self.tr("Document"))
        document_layout = QVBoxLayout(document_box)
        document_layout.addLayout(header)
        document_layout.addWidget(self.lines_table)
        document_layout.addWidget(self.totals_label)

        # Sync: one row per outbox job, then what the selected job's last error means.
        # The last error is not a column: the advice box below says it in full, with what to do.
        self.jobs_table = QTableWidget(0, 5)
        self.jobs_table.setObjectName("jobsTable")
        self.jobs_table.setHorizontalHeaderLabels(
            [
                self.tr("Connection"),
                self.tr("Action"),
                self.tr("State"),
                self.tr("Number in the service"),
                self.tr("Attempts"),
            ]
        )
        _read_only_table(self.jobs_table, stretch=0)
        # Every column but the connection's name as wide as its words, so no state is cut short.
        for column in range(1, self.jobs_table.columnCount()):
            self.jobs_table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        self.jobs_table.itemSelectionChanged.connect(self._job_selected)

        self.no_jobs_label = QLabel(self.tr("Not sent anywhere yet. Use “Send to…” above."))
        self.no_jobs_label.setObjectName("noJobs")
        self.no_jobs_label.setWordWrap(True)

        self.efactura_label = QLabel()
        self.efactura_label.setObjectName("efacturaState")
        self.efactura_label.setWordWrap(True)
        self.efactura_label.setVisible(False)

        self.resend_button = QPushButton(self.tr("Resend"))
        self.resend_button.setObjectName("resendButton")
        self.resend_button.setToolTip(self.tr("After you have fixed the cause, send the selected job again."))
        self.resend_button.clicked.connect(self._resend_clicked)
        self.send_now_button = QPushButton(self.tr("Send now"))
        self.send_now_button.setObjectName("sendNowButton")
        self.send_now_button.setToolTip(
            self.tr("Send the selected job now instead of waiting for its next attempt.")
        )
        self.send_now_button.clicked.connect(self._send_now_clicked)
        job_buttons = QHBoxLayout()
        job_buttons.addWidget(self.resend_button)
        job_buttons.addWidget(self.send_now_button)
        job_buttons.addStretch(1)

        self.advice_box = QFrame()
        self.advice_box.setObjectName("adviceBox")
        self.advice_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.advice_title = QLabel()
        self.advice_title.setObjectName("adviceTitle")
        title_font = QFont(self.advice_title.font())
        title_font.setBold(True)
        self.advice_title.setFont(title_font)
        self.advice_cause = QLabel()
        self.advice_cause.setObjectName("adviceCause")
        self.advice_what_to_do = QLabel()
        self.advice_what_to_do.setObjectName("adviceWhatToDo")
        self.error_message = QLabel()
        self.error_message.setObjectName("errorMessage")
        self.field_errors_label = QLabel()
        self.field_errors_label.setObjectName("fieldErrors")
        advice_layout = QVBoxLayout(self.advice_box)
        for label in (
            self.advice_title,
            self.advice_cause,
            self.advice_what_to_do,
            self.error_message,
            self.field_errors_label,
        ):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            advice_layout.addWidget(label)
        self.advice_box.setVisible(False)

        sync_box = QGroupBox(self.tr("Sent to"))
        sync_layout = QVBoxLayout(sync_box)
        sync_layout.addWidget(self.no_jobs_label)
        sync_layout.addWidget(self.jobs_table)
        sync_layout.addLayout(job_buttons)
        sync_layout.addWidget(self.efactura_label)
        sync_layout.addWidget(self.advice_box)
        # One column that scrolls: where the document went (and what to do about it) first, then the
        # document itself; both at full width, which long words in every language need.
        column = QWidget()
        column_layout = QVBoxLayout(column)
        column_layout.setContentsMargins(0, 0, 0, 0)
        column_layout.addWidget(self.heading)
        column_layout.addWidget(sync_box)
        column_layout.addWidget(document_box)
        column_layout.addStretch(1)
        self.content = QScrollArea()
        self.content.setObjectName("detailContent")
        self.content.setWidgetResizable(True)
        self.content.setFrameShape(QFrame.Shape.NoFrame)
        self.content.setWidget(column)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.content, 1)
        self.clear()

    # --- filling -----------------------------------------------------------------------------------------

    def clear(self) -> None:
        self.details = None
        self.placeholder.setVisible(True)
        self.content.setVisible(False)
        self._update_buttons()

    def show_details(self, details: DocumentDetails) -> None:
        previous_job = self.selected_job()
        same_document = self.details is not None and self.details.document.id == details.document.id
        self.details = details
        self.placeholder.setVisible(False)
        self.content.setVisible(True)
        self._fill_header(details)
        self._fill_lines(details)
        self._fill_totals(details)
        self._fill_jobs(details, previous_job.id if previous_job and same_document else None)
        self._fill_submission(details.submission)

    def _fill_header(self, details: DocumentDetails) -> None:
        document = details.document
        type_text = self._type_text.get(str(document.doc_type), str(document.doc_type))
        self.heading.setText(self.tr("{type} {number}").format(type=type_text, number=document.number))
        buyer = document.buyer
        buyer_text = buyer.name
        ids = [text for text in (buyer.registration_id, buyer.vat_id) if text]
        if ids:
            buyer_text += f" ({', '.join(ids)})"
        address = ", ".join(
            part for part in (buyer.address.street, buyer.address.city, buyer.address.country) if part
        )
        if address:
            buyer_text += f"\n{address}"
        seller = document.seller
        seller_text = seller.name
        if seller.bank_accounts:
            seller_text += f"\n{seller.bank_accounts[0].iban}"
        currency_text = document.currency
        if document.currency != seller.default_currency and seller.default_currency:
            currency_text = self.tr("{currency}, rate {rate} {home} per 1 {currency}").format(
                currency=document.currency,
                rate=format_decimal(document.exchange_rate, min_places=0),
                home=seller.default_currency,
            )
        payment = payment_method_label(document.payment_method, self._payment_text)
        if document.variable_symbol:
            payment = self.tr("{method}, variable symbol {symbol}").format(
                method=payment, symbol=document.variable_symbol
            )
        order_text = document.order_external_id or "—"
        if document.corrects is not None:
            order_text = self.tr("corrects {number}").format(number=document.corrects.number)
        issued = format_date(document.issue_date)
        if document.tax_point_date and document.tax_point_date != document.issue_date:
            issued = self.tr("{date}, tax point {tax_point}").format(
                date=issued, tax_point=format_date(document.tax_point_date)
            )
        values = {
            "number": document.number,
            "issue_date": issued,
            "due_date": format_date(document.due_date) if document.due_date else "—",
            "buyer": buyer_text,
            "seller": seller_text,
            "currency": currency_text,
            "payment_method": payment,
            "order_external_id": order_text,
        }
        for key, text in values.items():
            self.values[key].setText(text)

    def _fill_lines(self, details: DocumentDetails) -> None:
        document, totals = details.document, details.totals
        table = self.lines_table
        table.setRowCount(len(document.lines))
        for row, (line, line_totals) in enumerate(zip(document.lines, totals.lines, strict=True)):
            cells = [
                line.name,
                _plain_number(line.quantity),
                line.unit,
                format_decimal(line.unit_price),
                _plain_number(line.vat_rate),
                format_decimal(line_totals.net),
                format_decimal(line_totals.vat),
                format_decimal(line_totals.gross),
                "",
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if 1 <= column <= 7 and column != 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, column, item)
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        _fit_height(table)

    def _fill_totals(self, details: DocumentDetails) -> None:
        document, totals = details.document, details.totals
        rows = []
        for summary in totals.by_rate:
            rows.append(
                self.tr("VAT {rate} %: base {net}, VAT {vat}").format(
                    rate=_plain_number(summary.rate),
                    net=format_decimal(summary.net),
                    vat=format_decimal(summary.vat),
                )
            )
        rows.append(
            self.tr("Net: {amount} {currency}").format(
                amount=format_decimal(totals.net), currency=document.currency
            )
        )
        rows.append(
            self.tr("VAT: {amount} {currency}").format(
                amount=format_decimal(totals.vat), currency=document.currency
            )
        )
        total = self.tr("Total: {amount} {currency}").format(
            amount=format_decimal(totals.gross), currency=document.currency
        )
        self.totals_label.setText(
            "<br>".join(_escape(text) for text in rows) + f"<br><b>{_escape(total)}</b>"
        )

    def _fill_jobs(self, details: DocumentDetails, keep_job_id: int | None) -> None:
        table = self.jobs_table
        table.blockSignals(True)
        table.setRowCount(len(details.jobs))
        for row, job in enumerate(details.jobs):
            connection = details.connections.get(job.connection_id, f"#{job.connection_id}")
            state = self._state_text.get(job.state.value, job.state.value)
            if job.state is JobState.RETRY_WAIT and job.next_attempt_at is not None:
                state = self.tr("{state} — {time}").format(
                    state=state, time=format_moment(job.next_attempt_at)
                )
            cells = [
                connection,
                self._operation_text.get(job.operation.value, job.operation.value),
                state,
                job.remote_number or "—",
                format_count(job.attempts),
            ]
            _summary, severity = job_summary(job, connection)
            if job.state is JobState.DONE:
                severity = Severity.DONE
            color = severity_color(severity, self.palette())
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, job.id)
                if column == 2 and color is not None:
                    item.setForeground(QBrush(color))
                if job.last_error_message and job.state is not JobState.DONE:
                    item.setToolTip(job.last_error_message)
                table.setItem(row, column, item)
        _fit_height(table)
        table.blockSignals(False)
        self.jobs_table.setVisible(bool(details.jobs))
        self.resend_button.setVisible(bool(details.jobs))
        self.send_now_button.setVisible(bool(details.jobs))
        self.no_jobs_label.setVisible(not details.jobs and details.submission is None)
        # Select what needs the user: the job they had, else the first that needs attention, else the first.
        wanted = next((i for i, j in enumerate(details.jobs) if j.id == keep_job_id), None)
        if wanted is None:
            wanted = next(
                (i for i, j in enumerate(details.jobs) if j.state is JobState.NEEDS_ATTENTION),
                next((i for i, j in enumerate(details.jobs) if j.state is JobState.RETRY_WAIT), 0),
            )
        if details.jobs:
            table.selectRow(wanted)
        self._job_selected()

    def _fill_submission(self, submission: Submission | None) -> None:
        if submission is None:
            self.efactura_label.setVisible(False)
            return
        text, _severity = submission_summary(submission)
        parts = [f"<b>{_escape(text)}</b>"]
        if submission.upload_index:
            parts.append(_escape(self.tr("Upload index: {index}").format(index=submission.upload_index)))
        if submission.last_error_message and submission.state is not EfacturaState.OK:
            parts.append(_escape(submission.last_error_message))
        parts.extend(_escape(error) for error in submission.anaf_errors)
        parts.extend(
            _escape(f"{field_label(error.field)}: {field_error_text(error)}")
            for error in submission.field_errors
        )
        self.efactura_label.setText("<br>".join(parts))
        self.efactura_label.setVisible(True)
        if submission.field_errors and not self._selected_job_has_problems():
            self._show_field_problems(submission.field_errors)

    # --- the selected job ---------------------------------------------------------------------------------

    def selected_job(self) -> Job | None:
        if self.details is None:
            return None
        rows = self.jobs_table.selectionModel().selectedRows() if self.jobs_table.selectionModel() else []
        if not rows:
            return None
        job_id = self.jobs_table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        return next((job for job in self.details.jobs if job.id == job_id), None)

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_buttons()

    def _selected_job_has_problems(self) -> bool:
        job = self.selected_job()
        return job is not None and bool(job.field_errors)

    @Slot()
    def _job_selected(self) -> None:
        job = self.selected_job()
        self._show_advice(job)
        self._show_field_problems(job.field_errors if job is not None else [])
        self._update_buttons()

    def _show_advice(self, job: Job | None) -> None:
        if (
            job is None
            or job.state is JobState.DONE
            or not (job.last_error_category or job.last_error_message)
        ):
            self.advice_box.setVisible(False)
            return
        found = translated_advice(job.last_error_category) if job.last_error_category else None
        title, cause, what_to_do = found or (self.tr("The last attempt failed"), "", "")
        self.advice_title.setText(title)
        self.advice_cause.setText(self.tr("Why: {cause}").format(cause=cause) if cause else "")
        self.advice_cause.setVisible(bool(cause))
        self.advice_what_to_do.setText(
            self.tr("What to do: {what}").format(what=what_to_do) if what_to_do else ""
        )
        self.advice_what_to_do.setVisible(bool(what_to_do))
        self.error_message.setText(
            self.tr("The service said: {message}").format(message=job.last_error_message)
            if job.last_error_message
            else ""
        )
        self.error_message.setVisible(bool(job.last_error_message))
        problems = [f"• {field_label(e.field)}: {field_error_text(e)}" for e in job.field_errors]
        self.field_errors_label.setText("\n".join(problems))
        self.field_errors_label.setVisible(bool(problems))
        color = severity_color(
            Severity.ATTENTION if job.state is JobState.NEEDS_ATTENTION else Severity.WAITING, self.palette()
        )
        if color is not None:
            self.advice_title.setStyleSheet(f"QLabel {{ color: {color.name()}; }}")
        self.advice_box.setVisible(True)

    def _show_field_problems(self, errors: list[FieldError]) -> None:
        """Each problem next to the field it is about: header rows, line rows, or the advice list."""
        by_row: dict[str, list[str]] = {}
        by_line: dict[int, list[str]] = {}
        for error in errors:
            line = _LINE_PATH.match(error.field)
            if line:
                attribute = line.group(2)
                prefix = f"{_field_names().get(attribute, attribute)}: " if attribute else ""
                by_line.setdefault(int(line.group(1)), []).append(prefix + field_error_text(error))
                continue
            key = _row_for(error.field)
            if key is not None:
                by_row.setdefault(key, []).append(f"{field_label(error.field)}: {field_error_text(error)}")
        color = severity_color(Severity.ATTENTION, self.palette())
        style = f"QLabel {{ color: {color.name()}; }}" if color is not None else ""
        for key, label in self.field_problems.items():
            texts = by_row.get(key, [])
            label.setText("\n".join(f"⚠ {text}" for text in texts))
            label.setStyleSheet(style)
            label.setVisible(bool(texts))
        table = self.lines_table
        highlight = QColor(color) if color is not None else QColor("#b00020")
        highlight.setAlpha(40)
        for row in range(table.rowCount()):
            texts = by_line.get(row, [])
            for column in range(_LINE_COLUMNS):
                item = table.item(row, column)
                if item is None:
                    continue
                item.setBackground(QBrush(highlight) if texts else QBrush())
                item.setToolTip("\n".join(texts))
            problem = table.item(row, _LINE_COLUMNS - 1)
            if problem is not None:
                problem.setText("⚠ " + "; ".join(texts) if texts else "")
                if color is not None:
                    problem.setForeground(QBrush(color))
        table.setColumnHidden(_LINE_COLUMNS - 1, not by_line)

    def _update_buttons(self) -> None:
        job = self.selected_job()
        self.resend_button.setEnabled(
            not self._busy and job is not None and job.state is JobState.NEEDS_ATTENTION
        )
        self.send_now_button.setEnabled(
            not self._busy and job is not None and job.state in (JobState.PENDING, JobState.RETRY_WAIT)
        )

    @Slot()
    def _resend_clicked(self) -> None:
        job = self.selected_job()
        if job is not None:
            emit(self.resend_requested, job)

    @Slot()
    def _send_now_clicked(self) -> None:
        job = self.selected_job()
        if job is not None:
            emit(self.send_now_requested, job)


def _read_only_table(table: QTableWidget, *, stretch: int) -> None:
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(False)
    table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    # Fitted to its rows and to the pane's width: the pane scrolls instead.
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def _plain_number(value: Decimal) -> str:
    """A rate or a quantity without the zeros storage pads it with: "21", "0", "2.5"."""
    return format_decimal(value.normalize() if value else Decimal(0), min_places=0)


def _fit_height(table: QTableWidget) -> None:
    """As tall as its rows: the pane scrolls, not the table inside it."""
    height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
    height += sum(table.rowHeight(row) for row in range(table.rowCount()))
    table.setFixedHeight(max(height, 48))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# The advice and field texts that connectors mark with N_() (connectors/errors.py, fakturoid/errors.py and
# fakturoid/mapping.py), spelled out so that lupdate keeps them in this area's catalogs under "advice";
# tests/ui/test_documents_translations.py fails when the connectors' texts and this list part ways.
ADVICE_SOURCE_TEXTS = (
    QT_TRANSLATE_NOOP("advice", "The service did not accept the access details"),
    QT_TRANSLATE_NOOP(
        "advice",
        "The API key, client ID/secret or token is wrong, was revoked, or was copied from the wrong place.",
    ),
    QT_TRANSLATE_NOOP(
        "advice",
        "Open the connection settings, generate new API credentials in the "
        "service (the wizard shows where) and paste them again, then press "
        "Activate.",
    ),
    QT_TRANSLATE_NOOP("advice", "The account's plan does not allow this through the API"),
    QT_TRANSLATE_NOOP(
        "advice",
        "The service's subscription does not include API access or this "
        "feature, or the account is blocked over an unpaid bill from the "
        "service.",
    ),
    QT_TRANSLATE_NOOP(
        "advice",
        "Sign in to the service's website, check the plan and any unpaid "
        "invoices from the service, upgrade or pay if needed, then try "
        "again.",
    ),
    QT_TRANSLATE_NOOP("advice", "The account or address was not found"),
    QT_TRANSLATE_NOOP(
        "advice",
        "The account name, company or address in the connection settings "
        "does not match an account these credentials can use.",
    ),
    QT_TRANSLATE_NOOP(
        "advice",
        "Check the account name (as shown in the service's web address) in "
        "the connection settings; the message lists the accounts these "
        "credentials can use.",
    ),
    QT_TRANSLATE_NOOP("advice", "The service refused this action"),
    QT_TRANSLATE_NOOP(
        "advice",
        "The user or API key lacks a permission or scope for this action, or the document is locked.",
    ),
    QT_TRANSLATE_NOOP(
        "advice",
        "Ask the account owner to grant the missing permission (or create a"
        " key with the needed scopes), or unlock the document in the "
        "service, then try again.",
    ),
    QT_TRANSLATE_NOOP("advice", "The service rejected the document's data"),
    QT_TRANSLATE_NOOP(
        "advice",
        "Some fields of the document do not meet the service's rules; each problem is listed with its field.",
    ),
    QT_TRANSLATE_NOOP(
        "advice", "Correct the listed fields (or the settings they point to) and press Resend."
    ),
    QT_TRANSLATE_NOOP("advice", "Too many requests for now"),
    QT_TRANSLATE_NOOP(
        "advice",
        "The service limits how many requests an account may make in a period, and that limit was reached.",
    ),
    QT_TRANSLATE_NOOP(
        "advice", "Nothing to do: InvoiceDesk waits and continues by itself at the time shown."
    ),
    QT_TRANSLATE_NOOP("advice", "The service is temporarily unavailable"),
    QT_TRANSLATE_NOOP("advice", "The service is down, under maintenance or overloaded."),
    QT_TRANSLATE_NOOP(
        "advice",
        "Nothing to do: InvoiceDesk tries again later by itself. If it "
        "lasts for hours, check the service's status page.",
    ),
    QT_TRANSLATE_NOOP("advice", "The service could not be reached"),
    QT_TRANSLATE_NOOP(
        "advice",
        "The internet connection, a proxy or a firewall stopped the connection, or the connection timed out.",
    ),
    QT_TRANSLATE_NOOP("advice", "Check the internet connection; InvoiceDesk tries again later by itself."),
    QT_TRANSLATE_NOOP("advice", "It is not known whether the service received the document"),
    QT_TRANSLATE_NOOP(
        "advice", "The connection broke after the document was sent, so the answer never arrived."
    ),
    QT_TRANSLATE_NOOP(
        "advice",
        "Nothing to do: before sending anything again, InvoiceDesk checks "
        "with the service whether the document exists, so it is never "
        "created twice.",
    ),
    QT_TRANSLATE_NOOP("advice", "The service answered in an unexpected way"),
    QT_TRANSLATE_NOOP(
        "advice",
        "The answer did not have the shape InvoiceDesk expects; the service"
        " may have changed, or a proxy replaced the answer with a page of "
        "its own.",
    ),
    QT_TRANSLATE_NOOP(
        "advice",
        "Try again later. If it repeats, use Help > Copy diagnostics and send the report to support.",
    ),
    QT_TRANSLATE_NOOP("advice", "This service does not offer that function"),
    QT_TRANSLATE_NOOP("advice", "The service's API has no way to do this action."),
    QT_TRANSLATE_NOOP("advice", "Do this action in the service's website instead."),
    QT_TRANSLATE_NOOP(
        "advice",
        "Add a bank account in Fakturoid under Settings → Bank accounts "
        "(/settings/bank_accounts); the API cannot create one.",
    ),
    QT_TRANSLATE_NOOP(
        "advice",
        "Check the document in Fakturoid; if it was deleted on purpose, send it again as a new document.",
    ),
    QT_TRANSLATE_NOOP("advice", "The corrected invoice is not in Fakturoid"),
    QT_TRANSLATE_NOOP(
        "advice", "Send the original invoice to Fakturoid first, then resend this credit note."
    ),
    QT_TRANSLATE_NOOP("advice", "Fakturoid does not know this payment method"),
    QT_TRANSLATE_NOOP(
        "advice",
        "Choose one of: bank transfer, cash, card, cash on delivery, "
        "PayPal, online payment, offset, voucher, other.",
    ),
    QT_TRANSLATE_NOOP("advice", "This payment method has no Fakturoid payment method chosen"),
    QT_TRANSLATE_NOOP("advice", "The payment method is mapped to a value Fakturoid does not accept"),
    QT_TRANSLATE_NOOP(
        "advice",
        "Choose its Fakturoid payment method in the payment-method grid of "
        "this connection (Connections → the connection → Payment methods), "
        "then press Resend.",
    ),
    QT_TRANSLATE_NOOP("advice", "The payment-method mapping of this connection is damaged"),
    QT_TRANSLATE_NOOP(
        "advice",
        "Let Fakturoid number the document, or make the local series match "
        "the Fakturoid number format chosen in the connection settings.",
    ),
    QT_TRANSLATE_NOOP(
        "advice",
        "Add a bank account in Fakturoid under Settings → Bank accounts "
        "(/settings/bank_accounts), then resend.",
    ),
    QT_TRANSLATE_NOOP("advice", "Enter the exchange rate to the account's currency on the document."),
    QT_TRANSLATE_NOOP(
        "advice",
        "Check the buyer's details; InvoiceDesk creates the contact in Fakturoid before the invoice.",
    ),
)
