"""S-CON-1: the company's connections to invoicing services, whether each works, and their setup.

Each row shows the service, the connection's name, the account and plan the service reported, and how the
last Activate ended and when. The database remembers only successful Activates; a failure of "Activate
again" is shown until the window closes. Adding goes through the setup wizard; "Payment methods…" opens the
mapping grid (D-PAY-1).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, Qt, QTime, Signal, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from invoicedesk.app.activation import activate
from invoicedesk.app.connections import delete_connection
from invoicedesk.app.context import AppContext
from invoicedesk.connectors.contract import ActivationResult, BuildOptions
from invoicedesk.connectors.errors import ErrorCategory, advice
from invoicedesk.core.documents import Company
from invoicedesk.ui.dialogs.payment_mapping import PaymentMappingDialog
from invoicedesk.ui.formatting import format_date
from invoicedesk.ui.screens.screen import Screen
from invoicedesk.ui.signals import emit
from invoicedesk.ui.tasks import TaskFailure, TaskRunner
from invoicedesk.ui.wizard.flow import Failure, describe_failure
from invoicedesk.ui.wizard.jobs import ConnectionRow, ConnectionsOverview, load_overview
from invoicedesk.ui.wizard.outcome import ActivationSummaryView, ConnectionAdviceView, warning_color
from invoicedesk.ui.wizard.setup_wizard import SetupWizard
from invoicedesk.ui.wizard.texts import advice_text

SERVICE, NAME, ACCOUNT, PLAN, LAST_ACTIVATE, WHEN = range(6)
# After these, only new access details help; a saved connection's details cannot be edited.
_RETYPE_CATEGORIES = frozenset({ErrorCategory.CREDENTIALS_REFUSED, ErrorCategory.ACCOUNT_NOT_FOUND})


class ConnectionsScreen(Screen):
    CODE = "S-CON-1"
    loaded = Signal()  # the list shows the current data
    activation_finished = Signal(int)  # connection id, after "Activate again" ended either way

    def __init__(
        self, runner: TaskRunner, parent: QWidget | None = None, *, build_options: BuildOptions | None = None
    ):
        super().__init__(
            title=self.tr("Connections"), code=self.CODE, object_name="connectionsScreen", parent=parent
        )
        self.runner = runner
        self.build_options = build_options
        self.company: Company | None = None
        self.rows: list[ConnectionRow] = []
        self.failures: dict[int, tuple[dt.datetime, Failure]] = {}
        self.activating: set[int] = set()
        self.wizard: SetupWizard | None = None
        self.mapping_dialog: PaymentMappingDialog | None = None
        self.remove_box: QMessageBox | None = None
        self._generation = 0

        self.add_button = QPushButton(self.tr("&Add…"))
        self.add_button.setObjectName("addConnection")
        self.add_button.clicked.connect(self.add_connection)
        self.activate_button = QPushButton(self.tr("Activate &again"))
        self.activate_button.setObjectName("activateAgain")
        self.activate_button.clicked.connect(self.activate_selected)
        self.mapping_button = QPushButton(self.tr("&Payment methods…"))
        self.mapping_button.setObjectName("paymentMethods")
        self.mapping_button.clicked.connect(self.open_payment_methods)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setObjectName("removeConnection")
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.activate_button, self.mapping_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.table = QTableWidget(0, 6)
        self.table.setObjectName("connectionsTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Service"),
                self.tr("Name"),
                self.tr("Account"),
                self.tr("Plan"),
                self.tr("Last Activate"),
                self.tr("When"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(LAST_ACTIVATE, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(self.open_payment_methods)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty_label)

        self.detail_label = QLabel()
        self.detail_label.setObjectName("connectionDetail")
        self.detail_label.setWordWrap(True)
        self.summary_view = ActivationSummaryView()
        self.advice_view = ConnectionAdviceView()
        self.retype_label = QLabel()
        self.retype_label.setObjectName("retypeHint")
        self.retype_label.setWordWrap(True)
        self.retype_label.hide()

        self.body.addLayout(buttons)
        self.body.addWidget(self.list_stack, 1)
        self.body.addWidget(self.detail_label)
        self.body.addWidget(self.summary_view)
        self.body.addWidget(self.advice_view)
        self.body.addWidget(self.retype_label)
        self._show_empty_state()
        self._update_buttons()

    # ---- the window's hooks ------------------------------------------------------------------------------

    def set_context(self, context: AppContext) -> None:
        super().set_context(context)
        self.refresh()

    def set_company(self, company_id: int | None) -> None:
        if company_id != self.company_id:
            self.failures.clear()
        super().set_company(company_id)
        self.refresh()

    def refresh(self) -> None:
        self._generation += 1
        if self.context is None or self.company_id is None:
            self.company = None
            self._show_rows([])
            return
        generation = self._generation
        self.runner.run(
            load_overview,
            self.context,
            self.company_id,
            on_done=lambda overview: self._loaded(generation, overview),
            owner=self,
            description="list the connections",
        )

    def _loaded(self, generation: int, overview: ConnectionsOverview) -> None:
        if generation != self._generation:  # the company changed meanwhile
            return
        self.company = overview.company
        self._show_rows(overview.rows)
        emit(self.loaded)

    # ---- the list ----------------------------------------------------------------------------------------

    def selected_row(self) -> ConnectionRow | None:
        index = self.table.currentRow()
        selected = self.table.selectionModel().hasSelection()
        return self.rows[index] if selected and 0 <= index < len(self.rows) else None

    def select_connection(self, connection_id: int) -> None:
        for index, row in enumerate(self.rows):
            if row.connection.id == connection_id:
                self.table.selectRow(index)
                return
        raise KeyError(connection_id)

    def _show_rows(self, rows: list[ConnectionRow]) -> None:
        selected = self.selected_row()
        keep = selected.connection.id if selected is not None else None
        self.rows = list(rows)
        self.table.blockSignals(True)
        self.table.clearSelection()
        self.table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            for column, text in enumerate(self._cells(row)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(index, column, item)
            if row.connection.id in self.failures and row.connection.id not in self.activating:
                self.table.item(index, LAST_ACTIVATE).setForeground(QBrush(QColor(warning_color(self))))
        self.table.blockSignals(False)
        if self.rows:
            ids = [row.connection.id for row in self.rows]
            self.table.selectRow(ids.index(keep) if keep in ids else 0)
        self._show_empty_state()
        self._selection_changed()

    def _cells(self, row: ConnectionRow) -> list[str]:
        connection, facts = row.connection, row.facts
        failure = self.failures.get(connection.id)
        if connection.id in self.activating:
            outcome, when = self.tr("Activating…"), ""
        elif failure is not None and (facts is None or failure[0] >= facts.checked_at):
            reason = failure[1]
            title = advice_text(advice(reason.category).title) if reason.category else reason.detail
            outcome, when = self.tr("Failed: {reason}").format(reason=title), self._when(failure[0])
        elif facts is not None:
            outcome, when = self.tr("Worked"), self._when(facts.checked_at)
        else:
            outcome, when = self.tr("Not activated yet"), ""
        return [
            connection.service_name,
            connection.name,
            facts.account_name if facts is not None else "",
            facts.plan if facts is not None else "",
            outcome,
            when,
        ]

    @staticmethod
    def _when(moment: dt.datetime) -> str:
        local = moment.astimezone()
        time_text = QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
        return f"{format_date(local.date())} {time_text}"

    def _show_empty_state(self) -> None:
        if self.context is None:
            text = self.tr("Opening the database…")
        elif self.company_id is None:
            text = self.tr(
                "No company yet. Add one on the command line: "
                "invoicedesk company add --name … --country CZ|SK|PL|RO"
            )
        else:
            text = self.tr(
                "No connections yet. Press Add… to connect this company to the invoicing service it uses."
            )
        self.empty_label.setText(text)
        self.list_stack.setCurrentWidget(self.table if self.rows else self.empty_label)

    @Slot()
    def _selection_changed(self) -> None:
        self._update_buttons()
        self._show_detail()

    def _update_buttons(self) -> None:
        ready = self.context is not None and self.company is not None
        row = self.selected_row()
        self.add_button.setEnabled(ready)
        busy = row is not None and row.connection.id in self.activating
        for button in (self.activate_button, self.remove_button):
            button.setEnabled(ready and row is not None and not busy)
        self.mapping_button.setEnabled(ready and row is not None)

    def _show_detail(self) -> None:
        row = self.selected_row()
        self.summary_view.hide()
        self.advice_view.hide()
        self.retype_label.hide()
        if row is None:
            self.detail_label.clear()
            self.detail_label.hide()
            return
        connection, facts = row.connection, row.facts
        failure = self.failures.get(connection.id)
        self.detail_label.show()
        if connection.id in self.activating:
            self.detail_label.setText(
                self.tr("Checking {name} with {service}…").format(
                    name=connection.name, service=connection.service_name
                )
            )
            return
        if failure is not None and (facts is None or failure[0] >= facts.checked_at):
            self.detail_label.setText(
                self.tr("{name}: the last Activate failed.").format(name=connection.name)
            )
            self.advice_view.show_failure(failure[1], connection.service_name)
            if failure[1].category in _RETYPE_CATEGORIES:
                self.retype_label.setText(
                    self.tr("To use other access details, remove this connection and add it again with Add….")
                )
                self.retype_label.show()
            return
        if facts is None:
            self.detail_label.setText(
                self.tr("{name} has not been activated yet: press Activate again.").format(
                    name=connection.name
                )
            )
            return
        self.detail_label.clear()
        self.detail_label.hide()
        self.summary_view.show_result(
            self.tr("{name} works.").format(name=connection.name),
            account_name=facts.account_name,
            plan=facts.plan,
            vat_mode=facts.vat_mode,
            currency=facts.currency,
            warnings=facts.warnings,
        )

    # ---- actions -----------------------------------------------------------------------------------------

    @Slot()
    def add_connection(self) -> SetupWizard | None:
        if self.context is None or self.company is None:
            return None
        wizard = SetupWizard(
            self.runner, self.context, self.company, build_options=self.build_options, parent=self
        )
        wizard.connections_changed.connect(self.refresh)
        wizard.finished.connect(lambda _result: self.refresh())
        self.wizard = wizard
        wizard.open()
        return wizard

    @Slot()
    def activate_selected(self) -> None:
        row = self.selected_row()
        if self.context is None or row is None or row.connection.id in self.activating:
            return
        connection_id = row.connection.id
        self.activating.add(connection_id)
        self._show_rows(self.rows)
        self.runner.run(
            activate,
            self.context,
            connection_id,
            options=self.build_options,
            on_done=lambda result: self._activated(connection_id, result),
            on_error=lambda failure: self._activation_failed(connection_id, failure),
            owner=self,
            description="activate a connection again",
        )

    def _activated(self, connection_id: int, _result: ActivationResult) -> None:
        self.activating.discard(connection_id)
        self.failures.pop(connection_id, None)
        emit(self.activation_finished, connection_id)
        self.refresh()

    def _activation_failed(self, connection_id: int, failure: TaskFailure) -> None:
        self.activating.discard(connection_id)
        if isinstance(failure.exception, LookupError):  # removed meanwhile
            self.failures.pop(connection_id, None)
        else:
            self.failures[connection_id] = (dt.datetime.now(dt.UTC), describe_failure(failure.exception))
        emit(self.activation_finished, connection_id)
        self.refresh()

    @Slot()
    def open_payment_methods(self) -> PaymentMappingDialog | None:
        row = self.selected_row()
        if self.context is None or row is None:
            return None
        dialog = PaymentMappingDialog(self.runner, self.context, row.connection, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.mapping_dialog = dialog
        dialog.open()
        return dialog

    @Slot()
    def remove_selected(self) -> None:
        row = self.selected_row()
        if self.context is None or row is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Remove the connection"),
            self.tr(
                "Remove {name}? InvoiceDesk forgets its settings, access details and payment-method mapping, "
                "and stops sending documents to {service} through it. Nothing is deleted in {service}."
            ).format(name=row.connection.name, service=row.connection.service_name),
            parent=self,
        )
        box.setObjectName("removeConnectionBox")
        remove = box.addButton(self.tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep it"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        connection_id = row.connection.id
        box.buttonClicked.connect(lambda button: self._remove(connection_id) if button is remove else None)
        self.remove_box = box
        box.open()

    def _remove(self, connection_id: int) -> None:
        if self.context is None:
            return
        self.failures.pop(connection_id, None)
        self.runner.run(
            delete_connection,
            self.context,
            connection_id,
            on_done=lambda _r: self.refresh(),
            owner=self,
            description="remove a connection",
        )
