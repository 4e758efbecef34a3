"""Step 1: choose the service; those for the company's country come first, the others on request."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import QCheckBox, QLabel, QListWidget, QListWidgetItem, QWidget

from invoicedesk.connectors.contract import ServiceSpec
from invoicedesk.ui.signals import emit
from invoicedesk.ui.wizard.flow import SetupFlow, Step
from invoicedesk.ui.wizard.page import WizardPage


class ServicePage(WizardPage):
    STEP = Step.SERVICE
    chosen_twice = Signal()  # a double click: choose and go on

    def __init__(self, flow: SetupFlow, parent: QWidget | None = None):
        super().__init__(flow, "wizardServicePage", parent)
        self.intro_label = QLabel()
        self.intro_label.setObjectName("serviceIntro")
        self.intro_label.setWordWrap(True)
        self.service_list = QListWidget()
        self.service_list.setObjectName("serviceList")
        self.service_list.currentItemChanged.connect(self._item_chosen)
        self.service_list.doubleClicked.connect(self._double_clicked)
        self.others_box = QCheckBox(self.tr("Show the services of other countries"))
        self.others_box.setObjectName("showOtherCountries")
        self.others_box.toggled.connect(self._fill)
        self.elsewhere_label = QLabel()
        self.elsewhere_label.setObjectName("setUpElsewhere")
        self.elsewhere_label.setWordWrap(True)

        self.layout_.addWidget(self.intro_label)
        self.layout_.addWidget(self.service_list, 1)
        self.layout_.addWidget(self.others_box)
        self.layout_.addWidget(self.elsewhere_label)

        country = flow.country
        if flow.home_services:
            self.intro_label.setText(
                self.tr(
                    "Which service should this company's documents go to? These serve companies in {country}."
                ).format(country=country)
            )
        else:
            self.intro_label.setText(
                self.tr(
                    "InvoiceDesk has no service for companies in {country} yet. These serve other countries:"
                ).format(country=country)
            )
            self.others_box.setChecked(True)
            self.others_box.hide()
        self.others_box.setVisible(bool(flow.home_services and flow.other_services))
        names = ", ".join(s.display_name for s in flow.elsewhere_services)
        self.elsewhere_label.setText(
            self.tr("{services}: set up on the e-Factura screen.").format(services=names) if names else ""
        )
        self.elsewhere_label.setVisible(bool(names))
        self._fill()

    def title(self) -> str:
        return self.tr("Choose the service")

    def refresh(self) -> None:
        chosen = self.flow.service.id if self.flow.service is not None else None
        for row in range(self.service_list.count()):
            item = self.service_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == chosen:
                self.service_list.blockSignals(True)
                self.service_list.setCurrentItem(item)
                self.service_list.blockSignals(False)

    def choose(self, service_id: str) -> None:
        """Select the service as a click would (shows the other countries if it is one of theirs)."""
        if service_id in {s.id for s in self.flow.other_services}:
            self.others_box.setChecked(True)
        for row in range(self.service_list.count()):
            item = self.service_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == service_id:
                self.service_list.setCurrentItem(item)
                return
        raise KeyError(service_id)

    @Slot()
    def _fill(self) -> None:
        self.service_list.blockSignals(True)
        self.service_list.clear()
        shown = list(self.flow.home_services)
        if self.others_box.isChecked():
            shown += self.flow.other_services
        for spec in shown:
            self.service_list.addItem(self._item(spec))
        self.service_list.blockSignals(False)
        self.refresh()

    def _item(self, spec: ServiceSpec) -> QListWidgetItem:
        countries = ", ".join(spec.countries)
        item = QListWidgetItem(f"{spec.display_name}   ({countries})")
        item.setData(Qt.ItemDataRole.UserRole, spec.id)
        if spec.website:
            item.setToolTip(spec.website)
        return item

    @Slot(QListWidgetItem, QListWidgetItem)
    def _item_chosen(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is None:
            return
        self.flow.choose(str(current.data(Qt.ItemDataRole.UserRole)))
        emit(self.changed)

    @Slot(QModelIndex)
    def _double_clicked(self, _index: QModelIndex) -> None:
        emit(self.chosen_twice)
