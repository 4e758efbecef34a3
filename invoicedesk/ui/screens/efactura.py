"""S-EFA-1: ANAF e-Factura for a Romanian company — the setup, the certificate sign-in and its tokens, the
documents sent to ANAF with their state, and the invoices received from suppliers.

Everything that reads the database, the keyring or the network runs on the task runner; a company that is
not Romanian gets a short note instead, since e-Factura is Romania's system alone.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from invoicedesk.app.context import AppContext
from invoicedesk.ui.efactura.connection_panel import ConnectionPanel
from invoicedesk.ui.efactura.inbox_panel import InboxPanel
from invoicedesk.ui.efactura.overview import EfacturaOverview, load_overview
from invoicedesk.ui.efactura.sent_panel import SentPanel
from invoicedesk.ui.efactura.widgets import AdviceView
from invoicedesk.ui.screens.screen import Screen
from invoicedesk.ui.tasks import TaskFailure, TaskRunner


class EFacturaScreen(Screen):
    CODE = "S-EFA-1"

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(
            title=self.tr("e-Factura"), code=self.CODE, object_name="eFacturaScreen", parent=parent
        )
        self._runner = runner
        self._generation = 0
        self.overview: EfacturaOverview | None = None

        self.banner = AdviceView()
        self.banner.setObjectName("efacturaBanner")
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.dismiss_button.setObjectName("dismissBanner")
        self.dismiss_button.clicked.connect(self.clear_message)
        self.dismiss_button.hide()
        banner_row = QHBoxLayout()
        banner_row.addWidget(self.banner, 1)
        banner_row.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignTop)

        self.pages = QStackedWidget()
        self.pages.setObjectName("efacturaPages")
        self.message_label = QLabel()
        self.message_label.setObjectName("efacturaMessage")
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_label.setWordWrap(True)
        self.pages.addWidget(self.message_label)
        self.pages.addWidget(self._not_romanian_page())
        self.pages.addWidget(self._main_page())

        self.body.addLayout(banner_row)
        self.body.addWidget(self.pages, 1)
        self._show_message(self.tr("Opening the database…"))

    # --- pages ---------------------------------------------------------------------------------------

    def _not_romanian_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("notRomanianPage")
        self.not_romanian_label = QLabel()
        self.not_romanian_label.setObjectName("notRomanian")
        self.not_romanian_label.setWordWrap(True)
        panel = QFrame()
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        panel.setMaximumWidth(640)
        panel.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        inner = QVBoxLayout(panel)
        inner.setContentsMargins(24, 24, 24, 24)
        inner.addWidget(self.not_romanian_label)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(panel, 4)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        return page

    def _main_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("efacturaMain")
        self.connection = ConnectionPanel(self._runner)
        self.connection.changed.connect(self._reload)
        self.connection.failed.connect(self.show_error)
        self.sent = SentPanel(self._runner)
        self.sent.failed.connect(self.show_error)
        self.inbox = InboxPanel(self._runner)
        self.inbox.failed.connect(self.show_error)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("efacturaTabs")
        self.tabs.addTab(self.sent, self.tr("Sent to ANAF"))
        self.tabs.addTab(self.inbox, self.tr("Received from suppliers"))
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.connection)
        layout.addWidget(self.tabs, 1)
        return page

    # --- the window's hooks --------------------------------------------------------------------------

    def set_context(self, context: AppContext) -> None:
        super().set_context(context)
        self._reload()

    def set_company(self, company_id: int | None) -> None:
        changed = company_id != self.company_id
        super().set_company(company_id)
        if changed:
            self.clear_message()
            self._reload()

    def refresh(self) -> None:
        self._reload()
        self.sent.refresh()
        self.inbox.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        # Documents issued on another screen meanwhile, or a sign-in made from the command line, show up.
        super().showEvent(event)
        if self.overview is not None and self.context is not None and self.company_id is not None:
            self.refresh()

    # --- loading -------------------------------------------------------------------------------------

    @Slot()
    def _reload(self) -> None:
        self._generation += 1
        context, company_id = self.context, self.company_id
        if context is None:
            self._show_message(self.tr("Opening the database…"))
            return
        if company_id is None:
            self._show_message(
                self.tr("No company yet. Add a Romanian company to send invoices to ANAF e-Factura.")
            )
            self._detach_panels()
            return
        if self.overview is None or self.overview.company.id != company_id:
            self._show_message(self.tr("Loading…"))
        generation = self._generation
        self._runner.run(
            load_overview,
            context,
            company_id,
            on_done=lambda overview: self._overview_arrived(generation, overview),
            on_error=lambda failure: self._overview_failed(generation, failure),
            owner=self,
            description="load the e-Factura overview",
        )

    def _overview_arrived(self, generation: int, overview: EfacturaOverview) -> None:
        if generation != self._generation:
            return  # another company was chosen meanwhile
        self.overview = overview
        context = self.context
        if not overview.romanian:
            self.not_romanian_label.setText(
                self.tr(
                    "e-Factura is Romania's national system for filing invoices with ANAF. {company} is not "
                    "a Romanian company (country: {country}), so it has nothing to send there and nothing "
                    "to receive. Choose a Romanian company in the toolbar to use this screen."
                ).format(company=overview.company.name, country=str(overview.company.country))
            )
            self.pages.setCurrentIndex(1)
            self._detach_panels()
            return
        ready = overview.setup is not None
        company_id = overview.company.id
        self.connection.show_overview(context, overview)
        environment = overview.setup.environment if overview.setup is not None else ""
        self.sent.set_source(context, company_id, ready=ready, environment=environment)
        self.inbox.set_source(context, company_id, ready=ready)
        self.pages.setCurrentIndex(2)

    def _overview_failed(self, generation: int, failure: TaskFailure) -> None:
        if generation != self._generation:
            return
        self._show_message(self.tr("The e-Factura details could not be loaded."))
        self.show_error(failure.exception)

    def _detach_panels(self) -> None:
        self.connection.show_overview(None, None)
        self.sent.set_source(None, None, ready=False)
        self.inbox.set_source(None, None, ready=False)

    def _show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.pages.setCurrentIndex(0)

    # --- messages ------------------------------------------------------------------------------------

    @Slot(object)
    def show_error(self, error: BaseException) -> None:
        self.banner.show_error(error)
        self.dismiss_button.show()

    @Slot()
    def clear_message(self) -> None:
        self.banner.clear()
        self.dismiss_button.hide()
