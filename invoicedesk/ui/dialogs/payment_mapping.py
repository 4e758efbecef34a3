"""D-PAY-1: which of the service's payment methods each of InvoiceDesk's payment methods becomes.

One row per local payment method. A service with a list of methods gets a combo that offers only that
list (and "the default", where the service package names one); a service that takes any name gets a line
edit; a service that takes a standard code shows the code each method carries, read-only. A method with
neither a choice nor a default is highlighted: documents paid that way wait until it is mapped. Each
change is saved at once through the app service, which checks it again.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from invoicedesk.app.connections import ConnectionInfo, get_connection
from invoicedesk.app.context import AppContext
from invoicedesk.app.payment_mappings import (
    MAX_FREE_TEXT,
    MappingRow,
    clear_mapping,
    mapping_grid,
    set_mapping,
)
from invoicedesk.connectors import registry
from invoicedesk.connectors.contract import PaymentMethodSource
from invoicedesk.core.errors import DomainValidationError
from invoicedesk.secrets.redaction import redact_text
from invoicedesk.ui.labels import close_button_text, payment_method_label, payment_method_labels
from invoicedesk.ui.signals import emit
from invoicedesk.ui.tasks import TaskFailure, TaskRunner
from invoicedesk.ui.wizard.header import CodeHeader
from invoicedesk.ui.wizard.outcome import warning_color
from invoicedesk.ui.wizard.texts import service_text

LOCAL_COLUMN, REMOTE_COLUMN, STATUS_COLUMN = 0, 1, 2


@dataclass(frozen=True)
class GridData:
    connection: ConnectionInfo
    source: PaymentMethodSource
    rows: list[MappingRow]


def load_grid(ctx: AppContext, connection_id: int) -> GridData:
    connection = get_connection(ctx, connection_id)
    source = registry.spec(connection.service).capabilities.payment_methods
    return GridData(connection, source, mapping_grid(ctx, connection_id))


class PaymentMappingGrid(QWidget):
    """The grid itself, for the dialog and for the setup wizard's options step."""

    loaded = Signal()
    saved = Signal(object)  # MappingRow, after a change reached the database

    def __init__(self, runner: TaskRunner, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("paymentMappingGrid")
        self._runner = runner
        self._context = context
        self.data: GridData | None = None
        self._rows: dict[str, MappingRow] = {}
        self._errors: dict[str, str] = {}
        self._saving: set[str] = set()
        self._labels = payment_method_labels()

        self.table = QTableWidget(0, 3)
        self.table.setObjectName("paymentMappingTable")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(LOCAL_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(REMOTE_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(STATUS_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        self.summary_label = QLabel(self.tr("Loading the payment methods…"))
        self.summary_label.setObjectName("mappingSummary")
        self.summary_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, 1)

    # ---- loading --------------------------------------------------------------------------------------

    def load(self, connection_id: int) -> None:
        self._runner.run(
            load_grid,
            self._context,
            connection_id,
            on_done=self._loaded,
            on_error=self._load_failed,
            owner=self,
            description="load the payment-method grid",
        )

    @Slot(object)
    def _loaded(self, data: GridData) -> None:
        self.data = data
        self._rows = {row.local_code: row for row in data.rows}
        self._errors.clear()
        self._saving.clear()
        service = data.connection.service_name
        self.table.setHorizontalHeaderLabels(
            [self.tr("In InvoiceDesk"), self.tr("In {service}").format(service=service), self.tr("State")]
        )
        self.table.setRowCount(len(data.rows))
        for index, row in enumerate(data.rows):
            local = QTableWidgetItem(payment_method_label(row.local_code, self._labels))
            local.setData(Qt.ItemDataRole.UserRole, row.local_code)
            self.table.setItem(index, LOCAL_COLUMN, local)
            self.table.setCellWidget(index, REMOTE_COLUMN, self._editor(row))
            self.table.setItem(index, STATUS_COLUMN, QTableWidgetItem())
            self._show_row(row.local_code)
        self.table.resizeRowsToContents()
        self._show_summary()
        emit(self.loaded)

    @Slot(object)
    def _load_failed(self, failure: TaskFailure) -> None:
        self.summary_label.setText(
            self.tr("The payment methods could not be loaded: {error}").format(
                error=redact_text(str(failure.exception))
            )
        )

    # ---- what tests and the wizard read ---------------------------------------------------------------

    def row_index(self, local_code: str) -> int:
        for index in range(self.table.rowCount()):
            if self.table.item(index, LOCAL_COLUMN).data(Qt.ItemDataRole.UserRole) == local_code:
                return index
        raise KeyError(local_code)

    def editor(self, local_code: str) -> QWidget:
        return self.table.cellWidget(self.row_index(local_code), REMOTE_COLUMN)

    def status_text(self, local_code: str) -> str:
        return self.table.item(self.row_index(local_code), STATUS_COLUMN).text()

    def row(self, local_code: str) -> MappingRow:
        return self._rows[local_code]

    def needs_mapping(self) -> list[str]:
        return [code for code, row in self._rows.items() if self._counts_as_unmapped(row)]

    # ---- editors --------------------------------------------------------------------------------------

    def _editor(self, row: MappingRow) -> QWidget:
        assert self.data is not None
        code = row.local_code
        if self.data.source == "standard_code":
            label = QLabel(row.effective_code)
            label.setObjectName(f"standardCode_{code}")
            label.setToolTip(self.tr("The standard payment means code (UNCL 4461); nothing to choose."))
            label.setContentsMargins(6, 0, 6, 0)
            return label
        if row.free_text:
            line = QLineEdit(row.remote_code)
            line.setObjectName(f"mappingText_{code}")
            line.setMaxLength(MAX_FREE_TEXT)
            service = self.data.connection.service_name
            line.setPlaceholderText(
                self.tr("Default: {value}").format(value=row.default_remote_code)
                if row.default_remote_code
                else self.tr("Type the name {service} shows").format(service=service)
            )
            line.editingFinished.connect(lambda c=code, w=line: self._text_finished(c, w))
            return line
        combo = QComboBox()
        combo.setObjectName(f"mappingChoice_{code}")
        combo.addItem(self._unchosen_text(row), "")
        for choice in row.choices:
            combo.addItem(f"{service_text(choice.label)} ({choice.code})", choice.code)
        combo.setCurrentIndex(max(combo.findData(row.remote_code), 0))
        combo.currentIndexChanged.connect(lambda _i, c=code, w=combo: self._combo_chosen(c, w))
        return combo

    def _unchosen_text(self, row: MappingRow) -> str:
        if row.default_remote_code:
            label = next(
                (c.label for c in row.choices if c.code == row.default_remote_code), row.default_remote_code
            )
            return self.tr("Default: {label}").format(label=service_text(label))
        return self.tr("Not mapped: choose one")

    # ---- saving ---------------------------------------------------------------------------------------

    def _combo_chosen(self, local_code: str, combo: QComboBox) -> None:
        self._save(local_code, str(combo.currentData() or ""))

    def _text_finished(self, local_code: str, line: QLineEdit) -> None:
        value = line.text().strip()
        if value != self._rows[local_code].remote_code:
            self._save(local_code, value)

    def _save(self, local_code: str, remote_code: str) -> None:
        if self.data is None or local_code in self._saving:
            return
        connection_id = self.data.connection.id
        self._saving.add(local_code)
        self._errors.pop(local_code, None)
        self.editor(local_code).setEnabled(False)
        self._show_row(local_code)
        if remote_code:
            self._runner.run(
                set_mapping,
                self._context,
                connection_id,
                local_code,
                remote_code,
                on_done=self._saved,
                on_error=lambda f, c=local_code: self._not_saved(c, f),
                owner=self,
                description="save a payment-method mapping",
            )
        else:
            self._runner.run(
                clear_mapping,
                self._context,
                connection_id,
                local_code,
                on_done=self._saved,
                on_error=lambda f, c=local_code: self._not_saved(c, f),
                owner=self,
                description="clear a payment-method mapping",
            )

    @Slot(object)
    def _saved(self, row: MappingRow) -> None:
        self._rows[row.local_code] = row
        self._saving.discard(row.local_code)
        self._reset_editor(row)
        self._show_row(row.local_code)
        self._show_summary()
        emit(self.saved, row)

    def _not_saved(self, local_code: str, failure: TaskFailure) -> None:
        self._saving.discard(local_code)
        error = failure.exception
        if isinstance(error, DomainValidationError):
            text = "; ".join(f"{e.message}. {e.hint}" if e.hint else e.message for e in error.errors)
        else:
            text = str(error) or type(error).__name__
        self._errors[local_code] = redact_text(text)
        self._reset_editor(self._rows[local_code])  # back to what is really saved
        self._show_row(local_code)

    def _reset_editor(self, row: MappingRow) -> None:
        editor = self.editor(row.local_code)
        editor.setEnabled(True)
        editor.blockSignals(True)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(row.remote_code), 0))
        elif isinstance(editor, QLineEdit):
            editor.setText(row.remote_code)
        editor.blockSignals(False)

    # ---- showing --------------------------------------------------------------------------------------

    def _counts_as_unmapped(self, row: MappingRow) -> bool:
        return row.needs_mapping and (self.data is None or self.data.source != "standard_code")

    def _show_row(self, local_code: str) -> None:
        row = self._rows[local_code]
        index = self.row_index(local_code)
        status = self.table.item(index, STATUS_COLUMN)
        local = self.table.item(index, LOCAL_COLUMN)
        unmapped = self._counts_as_unmapped(row)
        if local_code in self._saving:
            text = self.tr("Saving…")
        elif local_code in self._errors:
            text = self.tr("Not saved: {error}").format(error=self._errors[local_code])
        elif self.data is not None and self.data.source == "standard_code":
            text = self.tr("Standard code")
        elif row.remote_code:
            text = self.tr("Your choice")
        elif unmapped:
            text = self.tr("Needs mapping")
        else:
            text = self.tr("Default")
        status.setText(text)
        status.setToolTip(text)
        warn = unmapped or local_code in self._errors
        bold = QFont(self.table.font())
        bold.setBold(warn)
        status.setFont(bold)
        local.setFont(bold)
        brush = QBrush(QColor(warning_color(self))) if warn else QBrush()
        status.setForeground(brush)
        local.setForeground(brush)

    def _show_summary(self) -> None:
        if self.data is None:
            return
        service = self.data.connection.service_name
        if self.data.source == "standard_code":
            self.summary_label.setText(
                self.tr(
                    "{service} takes a standard code for each payment method; InvoiceDesk fills it in."
                ).format(service=service)
            )
            return
        unmapped = len(self.needs_mapping())
        if unmapped:
            self.summary_label.setText(
                self.tr(
                    "%n payment method(s) need mapping: documents paid that way wait until you choose.",
                    "",
                    unmapped,
                )
            )
        else:
            self.summary_label.setText(
                self.tr("Every payment method has a value for {service}.").format(service=service)
            )
        self.summary_label.setStyleSheet(f"color: {warning_color(self)};" if unmapped else "")


class PaymentMappingDialog(QDialog):
    CODE = "D-PAY-1"

    def __init__(
        self,
        runner: TaskRunner,
        context: AppContext,
        connection: ConnectionInfo,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("paymentMappingDialog")
        self.setWindowTitle(self.tr("Payment methods — {name}").format(name=connection.name))
        self.header = CodeHeader()
        self.header.set_title(self.tr("Payment methods for {name}").format(name=connection.name))
        self.header.set_code(self.CODE)
        intro = QLabel(
            self.tr(
                "Choose what each payment method of your orders becomes in {service}. A change is saved at "
                "once and applies to documents sent from now on."
            ).format(service=connection.service_name)
        )
        intro.setObjectName("mappingIntro")
        intro.setWordWrap(True)
        self.grid = PaymentMappingGrid(runner, context)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(close_button_text())
        # Enter in a name field saves that name; it must not close the dialog as a default button would.
        close.setAutoDefault(False)
        close.setDefault(False)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(intro)
        layout.addWidget(self.grid, 1)
        layout.addWidget(buttons)
        self.resize(720, 460)
        self.grid.load(connection.id)
