"""S-ORD-1: the orders of the chosen company, paged, sorted and searched in the database."""

from __future__ import annotations

import functools

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from invoicedesk.app.orders import OrderRow, list_orders
from invoicedesk.ui.dialogs.issue_document import IssueDocumentDialog
from invoicedesk.ui.formatting import format_count, format_date, format_decimal
from invoicedesk.ui.labels import payment_method_label, payment_method_labels, payment_status_labels
from invoicedesk.ui.paged_model import Column, PagedTableModel
from invoicedesk.ui.screens.screen import Screen
from invoicedesk.ui.tasks import TaskRunner
from invoicedesk.ui.widgets.paged_table import PagedTable

_ORDER_DATE_COLUMN = 1
_BUYER_COLUMN = 2


class OrdersScreen(Screen):
    CODE = "S-ORD-1"

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(title=self.tr("Orders"), code=self.CODE, object_name="ordersScreen", parent=parent)
        self._payment_status_text = payment_status_labels()
        self._payment_method_text = payment_method_labels()
        columns = [
            Column(self.tr("Order"), lambda row: row.external_id, sort_key="external_id"),
            Column(self.tr("Date"), lambda row: format_date(row.order_date), sort_key="order_date"),
            Column(self.tr("Buyer"), lambda row: row.buyer_name, sort_key="buyer_name"),
            Column(self.tr("Status"), lambda row: row.status, sort_key="status"),
            Column(self.tr("Payment"), self._payment_status),
            Column(
                self.tr("Payment method"),
                lambda row: payment_method_label(row.payment_method, self._payment_method_text),
            ),
            Column(self.tr("Shipping"), lambda row: row.shipping_method),
            Column(
                self.tr("Total"),
                lambda row: format_decimal(row.total_gross),
                sort_key="total_gross",
                align_right=True,
            ),
            Column(self.tr("Currency"), lambda row: row.currency),
            Column(self.tr("Lines"), lambda row: format_count(row.line_count), align_right=True),
        ]
        self.runner = runner
        self.issue_dialog: IssueDocumentDialog | None = None
        self.model = PagedTableModel(runner, columns, self)
        self.table = PagedTable(
            self.model,
            search_placeholder=self.tr("Search by order number, buyer or status…"),
            empty_text=self._empty_text,
            no_match_text=lambda search: self.tr("No orders match “{search}”.").format(search=search),
            count_text=lambda total: self.tr("%Ln order(s)", "", total),
            default_sort_column=_ORDER_DATE_COLUMN,
            default_descending=True,
            stretch_column=_BUYER_COLUMN,
            parent=self,
        )
        self.issue_button = QPushButton(IssueDocumentDialog.opener_text())
        self.issue_button.setObjectName("issueDocumentButton")
        self.issue_button.setToolTip(IssueDocumentDialog.opener_tip())
        self.issue_button.setEnabled(False)
        self.issue_button.clicked.connect(self.issue_document)
        self.table.view.selectionModel().selectionChanged.connect(self._update_issue_button)
        self.model.modelReset.connect(self._update_issue_button)
        actions = QHBoxLayout()
        actions.addWidget(self.issue_button)
        actions.addStretch(1)
        self.body.addLayout(actions)
        self.body.addWidget(self.table)

    def selected_order(self) -> OrderRow | None:
        rows = self.table.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    @Slot()
    def _update_issue_button(self, *_args) -> None:
        self.issue_button.setEnabled(self.context is not None and self.selected_order() is not None)

    @Slot()
    def issue_document(self) -> None:
        order = self.selected_order()
        if self.context is None or order is None:
            return
        self.issue_dialog = IssueDocumentDialog(self.runner, self.context, order.id, self)
        self.issue_dialog.open()

    def set_context(self, context) -> None:
        super().set_context(context)
        self._reload()

    def set_company(self, company_id: int | None) -> None:
        super().set_company(company_id)
        self._reload()

    def refresh(self) -> None:
        self.model.refresh()

    def _reload(self) -> None:
        if self.context is None or self.company_id is None:
            self.model.set_source(None)
        else:
            self.model.set_source(functools.partial(list_orders, self.context, self.company_id))

    def _payment_status(self, row: OrderRow) -> str:
        return self._payment_status_text.get(row.payment_status, row.payment_status)

    def _empty_text(self) -> str:
        if self.context is None:
            return self.tr("Opening the database…")
        if self.company_id is None:
            return self.tr(
                "No company yet. Add one on the command line: "
                "invoicedesk company add --name … --country CZ|SK|PL|RO"
            )
        return self.tr("No orders yet — File ▸ Import orders…")
