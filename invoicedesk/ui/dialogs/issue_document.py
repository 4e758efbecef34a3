"""D-ISS-1: issue an invoice or a proforma for one order, numbered in one of the company's series.

The dialog gathers the type, the series (only those made for that type), the issue date, the days until
due and, when the order is not in the company's currency, the exchange rate; the app service does the rest
in one transaction. The domain's complaints appear next to the field they are about; complaints about the
order itself (a line's VAT rate, its payment method) are listed with the line they concern.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from invoicedesk.app.companies import get_company
from invoicedesk.app.context import AppContext
from invoicedesk.app.documents import issue_from_order
from invoicedesk.app.orders import get_order
from invoicedesk.app.series import SeriesInfo, list_series
from invoicedesk.core.documents import Company, Document, DocumentType, Order
from invoicedesk.core.errors import DomainValidationError, FieldError
from invoicedesk.core.money import parse_decimal
from invoicedesk.store.models import RATE_SCALE
from invoicedesk.ui.dialogs.document_detail import document_type_labels, field_label
from invoicedesk.ui.dialogs.series_editor import (
    SeriesEditorDialog,
    dialog_header,
    error_label,
    field_with_error,
    show_errors,
)
from invoicedesk.ui.formatting import format_date
from invoicedesk.ui.signals import emit
from invoicedesk.ui.tasks import TaskFailure, TaskRunner

DEFAULT_DUE_DAYS = 14
_FORM_FIELDS = ("doc_type", "series_id", "issue_date", "due_days", "exchange_rate")


@dataclass(frozen=True)
class IssueSetup:
    order: Order
    company: Company
    series: list[SeriesInfo]


def load_issue_setup(ctx: AppContext, order_id: int) -> IssueSetup:
    order = get_order(ctx, order_id)
    assert order.company_id is not None
    return IssueSetup(order, get_company(ctx, order.company_id), list_series(ctx, order.company_id))


class IssueDocumentDialog(QDialog):
    CODE = "D-ISS-1"

    loaded = Signal()  # the order, the company and its series arrived
    issued = Signal(object)  # Document
    failed = Signal(object)  # DomainValidationError or the TaskFailure

    def __init__(
        self,
        runner: TaskRunner,
        context: AppContext,
        order_id: int,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("issueDocumentDialog")
        self.setWindowTitle(self.tr("Issue document"))
        self.runner = runner
        self.context = context
        self.order_id = order_id
        self.setup: IssueSetup | None = None
        self.series_dialog: SeriesEditorDialog | None = None
        self._issuing = False
        type_text = document_type_labels()

        self.summary = QLabel(self.tr("Loading the order…"))
        self.summary.setObjectName("orderSummary")
        self.summary.setWordWrap(True)

        self.type_box = QComboBox()
        self.type_box.setObjectName("documentType")
        for doc_type in (DocumentType.INVOICE, DocumentType.PROFORMA):  # a credit note credits an invoice
            self.type_box.addItem(type_text[doc_type.value], doc_type.value)
        self.series_box = QComboBox()
        self.series_box.setObjectName("series")
        self.series_box.setMinimumContentsLength(16)
        self.series_button = QPushButton(self.tr("Number series…"))
        self.series_button.setObjectName("seriesButton")
        self.series_button.clicked.connect(self.open_series_editor)
        series_row = QWidget()
        series_layout = QHBoxLayout(series_row)
        series_layout.setContentsMargins(0, 0, 0, 0)
        series_layout.addWidget(self.series_box, 1)
        series_layout.addWidget(self.series_button)

        start = today or dt.date.today()
        self.date_edit = QDateEdit(QDate(start.year, start.month, start.day))
        self.date_edit.setObjectName("issueDate")
        self.date_edit.setCalendarPopup(True)
        self.due_spin = QSpinBox()
        self.due_spin.setObjectName("dueDays")
        self.due_spin.setRange(0, 365)
        self.due_spin.setValue(DEFAULT_DUE_DAYS)
        self.rate_edit = QLineEdit()
        self.rate_edit.setObjectName("exchangeRate")
        self.rate_hint = QLabel()
        self.rate_hint.setObjectName("exchangeRateHint")
        self.rate_hint.setWordWrap(True)
        rate_row = QWidget()
        rate_layout = QHBoxLayout(rate_row)
        rate_layout.setContentsMargins(0, 0, 0, 0)
        rate_layout.addWidget(self.rate_edit)
        rate_layout.addWidget(self.rate_hint, 1)

        self.errors = {name: error_label(f"{name}Error") for name in _FORM_FIELDS}
        self.order_errors = error_label("orderErrors")

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.addRow(self.tr("Document type"), field_with_error(self.type_box, self.errors["doc_type"]))
        self.form.addRow(self.tr("Number series"), field_with_error(series_row, self.errors["series_id"]))
        self.form.addRow(self.tr("Issue date"), field_with_error(self.date_edit, self.errors["issue_date"]))
        self.form.addRow(self.tr("Due in (days)"), field_with_error(self.due_spin, self.errors["due_days"]))
        self.rate_label = QLabel(self.tr("Exchange rate"))
        self.rate_cell = field_with_error(rate_row, self.errors["exchange_rate"])
        self.form.addRow(self.rate_label, self.rate_cell)
        self._set_rate_visible(False)

        self.issue_button = QPushButton(self.tr("Issue"))
        self.issue_button.setObjectName("issueButton")
        self.issue_button.setDefault(True)
        self.issue_button.setEnabled(False)
        self.issue_button.clicked.connect(self.issue)
        cancel_button = QPushButton(self.tr("Cancel"))
        cancel_button.setObjectName("cancelButton")
        cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.issue_button)
        buttons.addWidget(cancel_button)

        layout = QVBoxLayout(self)
        layout.addLayout(
            dialog_header(
                self.tr("Issue document"),
                self.CODE,
                self.tr("Screen code: tell it to support so they know where you are."),
            )
        )
        layout.addWidget(self.summary)
        layout.addLayout(self.form)
        layout.addWidget(self.order_errors)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.resize(560, 380)

        self.type_box.currentIndexChanged.connect(self._fill_series)
        self.reload()

    @staticmethod
    def opener_text() -> str:
        """The words of the button that opens this dialog (on the Orders screen)."""
        return QCoreApplication.translate("IssueDocumentDialog", "Issue document…")

    @staticmethod
    def opener_tip() -> str:
        return QCoreApplication.translate(
            "IssueDocumentDialog", "Issue an invoice or a proforma for the selected order."
        )

    # --- data --------------------------------------------------------------------------------------------

    def reload(self) -> None:
        self.runner.run(
            load_issue_setup,
            self.context,
            self.order_id,
            on_done=self._setup_arrived,
            on_error=self._setup_failed,
            owner=self,
            description="order, company and series for issuing",
        )

    def _setup_arrived(self, setup: IssueSetup) -> None:
        self.setup = setup
        order, company = setup.order, setup.company
        self.summary.setText(
            self.tr(
                "Order {order} of {date} — {buyer}, in {currency}, %n line(s)", "", len(order.lines)
            ).format(
                order=order.external_id,
                date=format_date(order.order_date),
                buyer=order.buyer.name,
                currency=order.currency,
            )
        )
        foreign = order.currency != company.default_currency
        self._set_rate_visible(foreign)
        if foreign:
            self.rate_hint.setText(
                self.tr("{home} for 1 {currency}, on the tax point date").format(
                    home=company.default_currency, currency=order.currency
                )
            )
        self._fill_series()
        emit(self.loaded)

    def _setup_failed(self, failure: TaskFailure) -> None:
        self.summary.setText(
            self.tr("The order could not be loaded: {error}").format(error=str(failure.exception))
        )
        self.issue_button.setEnabled(False)
        emit(self.failed, failure)

    @Slot()
    def _fill_series(self) -> None:
        chosen = self.series_box.currentData()
        self.series_box.clear()
        doc_type = self.chosen_type()
        matching = [s for s in (self.setup.series if self.setup else []) if s.doc_type is doc_type]
        for series in matching:
            label = f"{series.name} ({series.pattern})" if series.name else series.pattern
            self.series_box.addItem(label, series.id)
        index = self.series_box.findData(chosen) if chosen is not None else -1
        self.series_box.setCurrentIndex(max(index, 0))
        self.series_box.setEnabled(bool(matching))
        if self.setup is not None and not matching:
            show_errors(
                self.errors["series_id"],
                [
                    FieldError(
                        "series_id",
                        self.tr("There is no number series for this document type yet."),
                        self.tr("Add one with “Number series…”."),
                    )
                ],
            )
        else:
            show_errors(self.errors["series_id"], [])
        self.issue_button.setEnabled(self.setup is not None and bool(matching) and not self._issuing)

    def _set_rate_visible(self, visible: bool) -> None:
        self.rate_label.setVisible(visible)
        self.rate_cell.setVisible(visible)

    # --- choices -----------------------------------------------------------------------------------------

    def chosen_type(self) -> DocumentType:
        return DocumentType(self.type_box.currentData())

    def chosen_date(self) -> dt.date:
        date = self.date_edit.date()
        return dt.date(date.year(), date.month(), date.day())

    def exchange_rate(self) -> Decimal | None:
        """The typed rate, or None when the order is in the company's currency; raises for bad text."""
        if not self.rate_cell.isVisibleTo(self):
            return None
        hint = self.tr("Enter the rate as a number, for example 25.125.")
        try:
            rate = parse_decimal(self.rate_edit.text(), field="exchange_rate")
        except DomainValidationError:
            raise DomainValidationError.single(
                "exchange_rate", self.tr("“{text}” is not a number.").format(text=self.rate_edit.text()), hint
            ) from None
        if rate <= 0:
            raise DomainValidationError.single("exchange_rate", self.tr("The rate must be above zero."), hint)
        if -rate.normalize().as_tuple().exponent > RATE_SCALE:
            raise DomainValidationError.single(
                "exchange_rate",
                self.tr("The rate has more than {places} decimal places.").format(places=RATE_SCALE),
                hint,
            )
        return rate

    # --- issuing -----------------------------------------------------------------------------------------

    @Slot()
    def issue(self) -> None:
        if self.setup is None or self._issuing:
            return
        self._clear_errors()
        series_id = self.series_box.currentData()
        try:
            rate = self.exchange_rate()
        except DomainValidationError as error:
            self._show_validation(error)
            return
        if series_id is None:
            self._fill_series()
            return
        self._issuing = True
        self.issue_button.setEnabled(False)
        self.runner.run(
            issue_from_order,
            self.context,
            self.order_id,
            doc_type=self.chosen_type(),
            series_id=int(series_id),
            issue_date=self.chosen_date(),
            due_days=self.due_spin.value(),
            exchange_rate=rate,
            on_done=self._issued,
            on_error=self._issue_failed,
            owner=self,
            description="issue a document",
        )

    def _issued(self, document: Document) -> None:
        self._issuing = False
        emit(self.issued, document)
        self.accept()

    def _issue_failed(self, failure: TaskFailure) -> None:
        self._issuing = False
        self.issue_button.setEnabled(True)
        error = failure.exception
        if isinstance(error, DomainValidationError):
            self._show_validation(error)
            emit(self.failed, error)
            return
        show_errors(
            self.order_errors,
            [FieldError("", self.tr("The document was not issued: {error}").format(error=str(error)))],
        )
        emit(self.failed, failure)

    def _clear_errors(self) -> None:
        for label in self.errors.values():
            show_errors(label, [])
        show_errors(self.order_errors, [])

    def _show_validation(self, error: DomainValidationError) -> None:
        for name, label in self.errors.items():
            show_errors(label, error.for_field(name))
        # The order's own problems: which line or field of the order, what is wrong, and what to do.
        others = [
            f"• {field_label(e.field)}: {e.message}" + (f" — {e.hint}" if e.hint else "")
            for e in error.errors
            if e.field not in _FORM_FIELDS
        ]
        self.order_errors.setText("\n".join([self.tr("Fix the order first:"), *others]))
        self.order_errors.setVisible(bool(others))

    def field_errors(self) -> dict[str, str]:
        """What each field's error label shows now (empty when it has none)."""
        shown = {name: label.text() for name, label in self.errors.items() if label.isVisibleTo(self)}
        if self.order_errors.isVisibleTo(self):
            shown["order"] = self.order_errors.text()
        return shown

    # --- number series -----------------------------------------------------------------------------------

    @Slot()
    def open_series_editor(self) -> None:
        if self.setup is None or self.setup.order.company_id is None:
            return
        dialog = SeriesEditorDialog(
            self.runner, self.context, self.setup.order.company_id, self, doc_type=self.chosen_type()
        )
        dialog.series_added.connect(lambda _info: self.reload())
        self.series_dialog = dialog
        dialog.open()
