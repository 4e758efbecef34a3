"""Invoices suppliers sent the company through e-Factura: download the new ones, list what was received."""

from __future__ import annotations

import functools

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from invoicedesk.app.context import AppContext
from invoicedesk.app.efactura import ReceivedRow, list_received, run_inbox
from invoicedesk.sync.efactura_inbox import InboxReport
from invoicedesk.ui.efactura.advice import advice_for
from invoicedesk.ui.formatting import format_date, format_decimal
from invoicedesk.ui.paged_model import Column, PagedTableModel
from invoicedesk.ui.signals import emit
from invoicedesk.ui.tasks import TaskFailure, TaskRunner
from invoicedesk.ui.widgets.paged_table import PagedTable

_SUPPLIER_COLUMN = 0
_DATE_COLUMN = 3


def _money(value) -> str:
    return format_decimal(value) if value is not None else ""


class InboxPanel(QWidget):
    failed = Signal(object)  # an exception to show with its advice
    downloaded = Signal(object)  # InboxReport

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("inboxPanel")
        self._runner = runner
        self._context: AppContext | None = None
        self._company_id: int | None = None
        self._ready = False
        self.busy = False
        self.last_report: InboxReport | None = None

        self.download_button = QPushButton(self.tr("Download received invoices"))
        self.download_button.setObjectName("downloadReceived")
        self.download_button.setToolTip(
            self.tr("Fetch the invoices suppliers sent through e-Factura since the last download.")
        )
        self.download_button.clicked.connect(self.download)
        self.report_label = QLabel()
        self.report_label.setObjectName("inboxReport")
        self.report_label.setWordWrap(True)
        actions = QHBoxLayout()
        actions.addWidget(self.download_button)
        actions.addWidget(self.report_label, 1)

        columns = [
            Column(self.tr("Supplier"), lambda row: row.seller_name, sort_key="seller_name"),
            Column(self.tr("Supplier VAT ID"), lambda row: row.seller_vat_id),
            Column(self.tr("Number"), lambda row: row.number, sort_key="number"),
            Column(
                self.tr("Date"),
                lambda row: format_date(row.issue_date) if row.issue_date else "",
                sort_key="issue_date",
            ),
            Column(self.tr("Net"), lambda row: _money(row.declared_net), align_right=True),
            Column(self.tr("VAT"), lambda row: _money(row.declared_vat), align_right=True),
            Column(
                self.tr("Total"),
                lambda row: _money(row.declared_gross),
                sort_key="declared_gross",
                align_right=True,
            ),
            Column(self.tr("Payable"), lambda row: _money(row.declared_payable), align_right=True),
            Column(self.tr("Currency"), lambda row: row.currency),
            Column(self.tr("State"), self._state_text),
        ]
        self.model = PagedTableModel(runner, columns, self)
        self.table = PagedTable(
            self.model,
            search_placeholder=self.tr("Search by supplier or number…"),
            empty_text=self._empty_text,
            no_match_text=lambda search: self.tr("No received invoices match “{search}”.").format(
                search=search
            ),
            count_text=lambda total: self.tr("%Ln received invoice(s)", "", total),
            default_sort_column=_DATE_COLUMN,
            default_descending=True,
            stretch_column=_SUPPLIER_COLUMN,
            parent=self,
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        self._update_buttons()

    def set_source(self, context: AppContext | None, company_id: int | None, *, ready: bool) -> None:
        changed = (context, company_id) != (self._context, self._company_id)
        self._context, self._company_id = context, company_id
        self._ready = ready
        if changed:
            self.report_label.clear()
            self.last_report = None
            if context is None or company_id is None:
                self.model.set_source(None)
            else:
                self.model.set_source(functools.partial(list_received, context, company_id))
        self.table.update_texts()
        self._update_buttons()

    def refresh(self) -> None:
        self.model.refresh()

    @Slot()
    def download(self) -> None:
        if self._context is None or self._company_id is None or not self._ready or self.busy:
            return
        self.busy = True
        self._update_buttons()
        self.report_label.setText(self.tr("Downloading the invoices received in SPV…"))
        self._runner.run(
            run_inbox,
            self._context,
            self._company_id,
            on_done=self._downloaded,
            on_error=self._failed,
            owner=self,
            description="download received e-Factura invoices",
        )

    def _downloaded(self, report: InboxReport) -> None:
        self.busy = False
        self.last_report = report
        self._update_buttons()
        parts = [self.tr("%n new invoice(s) imported.", "", len(report.imported))]
        if report.unreadable:
            parts.append(
                self.tr(
                    "%n could not be read; the file is kept and listed with the reason.",
                    "",
                    len(report.unreadable),
                )
            )
        if report.expired:
            parts.append(
                self.tr(
                    "%n had expired at ANAF (older than 60 days) and could not be downloaded.",
                    "",
                    len(report.expired),
                )
            )
        if report.stopped is not None:
            advice = advice_for(report.stopped)
            parts.append(
                self.tr("The download stopped early: {reason} {action} The next download continues.").format(
                    reason=advice.title + ".", action=advice.what_to_do
                )
            )
        self.report_label.setText(" ".join(parts))
        emit(self.downloaded, report)
        self.model.refresh()

    def _failed(self, failure: TaskFailure) -> None:
        self.busy = False
        self._update_buttons()
        self.report_label.clear()
        emit(self.failed, failure.exception)

    def _update_buttons(self) -> None:
        self.download_button.setEnabled(self._ready and not self.busy and self._context is not None)

    def _state_text(self, row: ReceivedRow) -> str:
        if row.state == "imported":
            return self.tr("Imported")
        if row.state == "unreadable":
            return (
                self.tr("Unreadable: {problem}").format(problem=row.problem)
                if row.problem
                else self.tr("Unreadable")
            )
        if row.state == "expired":
            return self.tr("Expired at ANAF before it was downloaded")
        return row.state

    def _empty_text(self) -> str:
        if not self._ready:
            return self.tr("Set up e-Factura and sign in to download the invoices suppliers send you.")
        return self.tr("No received invoices yet — press Download received invoices.")
