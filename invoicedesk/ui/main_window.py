"""The main window: navigation on the left, the current screen on the right, the company in the toolbar.

The window opens before the database does; `attach_context` arrives from a worker thread's result and
only then do the screens ask for data. Every query runs on the task runner.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QLocale, QSize, Qt, Signal, Slot, qVersion
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from invoicedesk import APP_NAME, __version__
from invoicedesk.app.companies import list_companies
from invoicedesk.app.context import AppContext
from invoicedesk.core.documents import Company
from invoicedesk.diagnostics import QT_VERSION_KEY, diagnostics_report
from invoicedesk.secrets.redaction import redact_text
from invoicedesk.ui.labels import close_button_text
from invoicedesk.ui.order_import import OrderImport
from invoicedesk.ui.preferences import Preferences
from invoicedesk.ui.screens.clients import ClientsScreen
from invoicedesk.ui.screens.connections import ConnectionsScreen
from invoicedesk.ui.screens.documents import DocumentsScreen
from invoicedesk.ui.screens.efactura import EFacturaScreen
from invoicedesk.ui.screens.orders import OrdersScreen
from invoicedesk.ui.screens.screen import Screen
from invoicedesk.ui.screens.settings_screen import SettingsScreen
from invoicedesk.ui.screens.synclog import SyncLogScreen
from invoicedesk.ui.secret_status import SecretStoreStatus
from invoicedesk.ui.signals import emit
from invoicedesk.ui.tasks import TaskFailure, TaskRunner

log = logging.getLogger(__name__)

SCREEN_KEYS = ("documents", "orders", "clients", "connections", "efactura", "synclog", "settings")


class MainWindow(QMainWindow):
    companies_loaded = Signal(list)  # list[Company], after each reload
    context_attached = Signal()
    secret_status_known = Signal(object)  # SecretStoreStatus

    def __init__(
        self,
        runner: TaskRunner,
        preferences: Preferences,
        *,
        data_dir: Path | None = None,
        log_file: Path | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_NAME)
        self.runner = runner
        self.data_dir = data_dir
        self.log_file = log_file
        self.preferences = preferences
        self.context: AppContext | None = None
        self.companies: list[Company] = []
        self.secret_status: SecretStoreStatus | None = None
        self._error_box: QMessageBox | None = None

        self.screens: dict[str, Screen] = {
            "documents": DocumentsScreen(runner),
            "orders": OrdersScreen(runner),
            "clients": ClientsScreen(runner),
            "connections": ConnectionsScreen(runner),
            "efactura": EFacturaScreen(runner),
            "synclog": SyncLogScreen(runner),
            "settings": SettingsScreen(preferences),
        }
        self.stack = QStackedWidget()
        self.stack.setObjectName("screens")
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        for key in SCREEN_KEYS:
            screen = self.screens[key]
            self.stack.addWidget(screen)
            item = QListWidgetItem(screen.title)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setSizeHint(QSize(0, 32))
            self.navigation.addItem(item)
        self.navigation.currentRowChanged.connect(self.stack.setCurrentIndex)
        # As wide as the longest entry in the current language ("Jurnal de sincronizare"), no wider.
        metrics = self.navigation.fontMetrics()
        widest = max(
            metrics.horizontalAdvance(self.navigation.item(row).text())
            for row in range(self.navigation.count())
        )
        navigation_width = max(150, widest + 40)
        self.navigation.setMinimumWidth(navigation_width)
        self.navigation.setMaximumWidth(navigation_width + 120)

        splitter = QSplitter()
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([navigation_width, 1000])
        self.setCentralWidget(splitter)

        self.order_import = OrderImport(runner, self)
        self.order_import.finished.connect(self._import_finished)
        self.order_import.failed.connect(self.show_failure)
        self._build_actions()
        self._build_toolbar()
        self._build_status_bar()
        runner.task_failed.connect(self.show_failure)
        runner.busy_changed.connect(self._busy_changed)

        self.navigation.setCurrentRow(SCREEN_KEYS.index("orders"))
        self.resize(1100, 680)
        self.statusBar().showMessage(self.tr("Opening the database…"))

    # --- building ------------------------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.import_action = QAction(self.tr("&Import orders…"), self)
        self.import_action.setObjectName("importOrdersAction")
        self.import_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_I))
        self.import_action.setEnabled(False)
        self.import_action.triggered.connect(self.import_orders)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)

        self.diagnostics_action = QAction(self.tr("Copy &diagnostics"), self)
        self.diagnostics_action.setObjectName("copyDiagnosticsAction")
        self.diagnostics_action.setStatusTip(
            self.tr("Copies a report for support to the clipboard; passwords and keys are left out.")
        )
        self.diagnostics_action.triggered.connect(self.copy_diagnostics)
        about_action = QAction(self.tr("&About InvoiceDesk"), self)
        about_action.triggered.connect(self._about)

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.import_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.diagnostics_action)
        help_menu.addSeparator()
        help_menu.addAction(about_action)

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Company"))
        toolbar.setObjectName("mainToolBar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        label = QLabel(self.tr("Company:"))
        label.setContentsMargins(4, 0, 6, 0)
        toolbar.addWidget(label)
        self.company_box = QComboBox()
        self.company_box.setObjectName("companySwitcher")
        self.company_box.setMinimumWidth(260)
        self.company_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.company_box.setEnabled(False)
        self.company_box.addItem(self.tr("Opening…"), None)
        self.company_box.currentIndexChanged.connect(self._company_chosen)
        label.setBuddy(self.company_box)
        toolbar.addWidget(self.company_box)
        toolbar.addSeparator()
        toolbar.addAction(self.import_action)
        self.addToolBar(toolbar)

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self.busy_label = QLabel()
        self.busy_label.setObjectName("statusBusy")
        self.data_dir_label = QLabel()
        self.data_dir_label.setObjectName("statusDataDir")
        self.data_dir_label.setToolTip(self.tr("The folder with the database, archive and logs"))
        self.secrets_label = QLabel()
        self.secrets_label.setObjectName("statusSecrets")
        status.addPermanentWidget(self.busy_label)
        status.addPermanentWidget(self.data_dir_label)
        status.addPermanentWidget(self.secrets_label)
        self.set_paths(self.data_dir, self.log_file)

    def set_paths(self, data_dir: Path | None, log_file: Path | None) -> None:
        """Where the data and the log are; known before the database opens, except in a demo."""
        self.data_dir = data_dir
        self.log_file = log_file
        self.data_dir_label.setText(self.tr("Data: {folder}").format(folder=data_dir) if data_dir else "")
        settings = self.screens["settings"]
        assert isinstance(settings, SettingsScreen)
        if data_dir is not None:
            settings.set_paths(data_dir, log_file)

    # --- navigation ----------------------------------------------------------------------------------

    def show_screen(self, key: str) -> Screen:
        self.navigation.setCurrentRow(SCREEN_KEYS.index(key))
        return self.screens[key]

    def current_screen(self) -> Screen:
        screen = self.stack.currentWidget()
        assert isinstance(screen, Screen)
        return screen

    def bring_to_front(self) -> None:
        """Another launch asked for this window."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    # --- the database and the companies --------------------------------------------------------------

    def attach_context(self, context: AppContext) -> None:
        self.context = context
        if context.paths.data_dir != self.data_dir:
            self.set_paths(context.paths.data_dir, self.log_file)
        self.statusBar().clearMessage()
        self.secrets_label.setText(self.tr("Secrets: {store}").format(store=self.tr("checking…")))
        for screen in self.screens.values():
            screen.set_context(context)
        emit(self.context_attached)
        self.runner.run(
            SecretStoreStatus.of,
            context,
            on_done=self._secret_status_arrived,
            owner=self,
            description="open the secret store",
        )
        self.reload_companies()

    @Slot(object)
    def _secret_status_arrived(self, status: SecretStoreStatus) -> None:
        self.secret_status = status
        self.secrets_label.setText(self.tr("Secrets: {store}").format(store=status.short_text()))
        self.secrets_label.setToolTip(status.long_text())
        if status.ephemeral or status.problem:
            # A warning red that stays readable on a dark system theme as well as on a light one.
            dark_theme = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
            color = "#ff7b7b" if dark_theme else "#b00020"
            self.secrets_label.setStyleSheet(f"QLabel {{ color: {color}; font-weight: bold; }}")
        settings = self.screens["settings"]
        assert isinstance(settings, SettingsScreen)
        settings.set_secret_status(status)
        emit(self.secret_status_known, status)

    def reload_companies(self) -> None:
        if self.context is not None:
            self.runner.run(list_companies, self.context, on_done=self._companies_arrived, owner=self)

    @Slot(object)
    def _companies_arrived(self, companies: list[Company]) -> None:
        self.companies = list(companies)
        wanted = self.current_company_id() or self.preferences.last_company_id
        self.company_box.blockSignals(True)
        self.company_box.clear()
        for company in self.companies:
            self.company_box.addItem(company.name, company.id)
        if not self.companies:
            self.company_box.addItem(self.tr("No company yet"), None)
        index = self.company_box.findData(wanted) if wanted is not None else -1
        self.company_box.setCurrentIndex(max(index, 0))
        self.company_box.setEnabled(bool(self.companies))
        self.company_box.blockSignals(False)
        self._company_chosen(self.company_box.currentIndex())
        emit(self.companies_loaded, self.companies)

    def current_company_id(self) -> int | None:
        data = self.company_box.currentData()
        return int(data) if data is not None else None

    def select_company(self, company_id: int) -> None:
        index = self.company_box.findData(company_id)
        if index < 0:
            raise LookupError(f"company {company_id} is not in the switcher")
        self.company_box.setCurrentIndex(index)

    @Slot(int)
    def _company_chosen(self, _index: int) -> None:
        company_id = self.current_company_id()
        for screen in self.screens.values():
            screen.set_company(company_id)
        self.import_action.setEnabled(self.context is not None and company_id is not None)
        name = self.company_box.currentText() if company_id is not None else ""
        self.setWindowTitle(f"{name} — {APP_NAME}" if name else APP_NAME)
        if company_id is not None:
            self.preferences.last_company_id = company_id

    # --- actions -------------------------------------------------------------------------------------

    @Slot()
    def import_orders(self) -> None:
        company_id = self.current_company_id()
        if self.context is not None and company_id is not None:
            self.order_import.choose_and_import(self.context, company_id)

    @Slot(object)
    def _import_finished(self, result) -> None:
        if not result.problems:
            self.screens["orders"].refresh()
            self.screens["clients"].refresh()

    @Slot()
    def copy_diagnostics(self) -> None:
        self.runner.run(
            diagnostics_report,
            self.support_context(),
            on_done=self._diagnostics_ready,
            owner=self,
            description="diagnostics report",
        )

    def support_context(self) -> dict[str, str]:
        """Facts for a crash or diagnostics report: where the user is and what this installation uses."""
        facts = {
            QT_VERSION_KEY: qVersion(),
            "screen": self.current_screen().code,
            "language": self.preferences.language or f"system ({QLocale.system().name()})",
            "data folder": str(self.data_dir or ""),
            "companies": str(len(self.companies)),
        }
        if self.context is not None:
            facts["database"] = self.context.database.display_url
        if self.secret_status is not None:
            facts["secret store"] = self.secret_status.problem or self.secret_status.label
        return facts

    def _diagnostics_ready(self, report: str) -> None:
        QGuiApplication.clipboard().setText(report)
        self.statusBar().showMessage(self.tr("Diagnostics copied to the clipboard."), 8000)

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About InvoiceDesk"),
            self.tr(
                "InvoiceDesk {version}\n\nConnects your orders and invoices to the invoicing services "
                "you use and to ANAF e-Factura."
            ).format(version=__version__),
        )

    @Slot(bool)
    def _busy_changed(self, busy: bool) -> None:
        self.busy_label.setText(self.tr("Working…") if busy else "")

    @Slot(object)
    def show_failure(self, failure: TaskFailure) -> None:
        """One message box at a time: a burst of failures must not bury the window in dialogs."""
        if self._error_box is not None:
            return
        message = redact_text(str(failure.exception)) or type(failure.exception).__name__
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Something did not work"),
            message,
            QMessageBox.StandardButton.Close,
            self,
        )
        box.button(QMessageBox.StandardButton.Close).setText(close_button_text())
        box.setObjectName("failureBox")
        box.setInformativeText(
            self.tr("The details are in the log file. Help ▸ Copy diagnostics prepares a report for support.")
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(self._error_box_closed)
        self._error_box = box
        box.open()

    @Slot()
    def _error_box_closed(self) -> None:
        self._error_box = None

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.order_import.running:
            # The import is one transaction; leaving now would only make the user wonder whether it ran.
            self.statusBar().showMessage(self.tr("Please wait until the import has finished."), 5000)
            event.ignore()
            return
        super().closeEvent(event)
