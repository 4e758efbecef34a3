"""S-CLI-1: the buyers of the chosen company, paged, sorted and searched in the database."""

from __future__ import annotations

import functools

from PySide6.QtWidgets import QWidget

from invoicedesk.app.clients import list_clients
from invoicedesk.ui.formatting import format_count
from invoicedesk.ui.paged_model import Column, PagedTableModel
from invoicedesk.ui.screens.screen import Screen
from invoicedesk.ui.tasks import TaskRunner
from invoicedesk.ui.widgets.paged_table import PagedTable

_NAME_COLUMN = 0


class ClientsScreen(Screen):
    CODE = "S-CLI-1"

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(title=self.tr("Clients"), code=self.CODE, object_name="clientsScreen", parent=parent)
        columns = [
            Column(self.tr("Name"), lambda row: row.name, sort_key="name"),
            Column(self.tr("Registration ID"), lambda row: row.registration_id),
            Column(self.tr("VAT ID"), lambda row: row.vat_id),
            Column(self.tr("E-mail"), lambda row: row.email),
            Column(self.tr("City"), lambda row: row.city, sort_key="city"),
            Column(self.tr("Country"), lambda row: row.country, sort_key="country"),
            Column(self.tr("Orders"), lambda row: format_count(row.order_count), align_right=True),
        ]
        self.model = PagedTableModel(runner, columns, self)
        self.table = PagedTable(
            self.model,
            search_placeholder=self.tr("Search by name, ID, VAT ID, e-mail or city…"),
            empty_text=self._empty_text,
            no_match_text=lambda search: self.tr("No clients match “{search}”.").format(search=search),
            count_text=lambda total: self.tr("%Ln client(s)", "", total),
            default_sort_column=_NAME_COLUMN,
            stretch_column=_NAME_COLUMN,
            parent=self,
        )
        self.body.addWidget(self.table)

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
            self.model.set_source(functools.partial(list_clients, self.context, self.company_id))

    def _empty_text(self) -> str:
        if self.context is None:
            return self.tr("Opening the database…")
        if self.company_id is None:
            return self.tr(
                "No company yet. Add one on the command line: "
                "invoicedesk company add --name … --country CZ|SK|PL|RO"
            )
        return self.tr("No clients yet. Buyers are added when you import orders — File ▸ Import orders…")
