"""D-EFA-1 / D-EFA-2: the company's ANAF e-Factura setup — first what must be true at ANAF, then the
application's Client ID and Secret, the callback ports, the environment and the CIFs.

Saving runs on the task runner; the setup service's field errors appear under the fields they name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QAction, QIcon, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from invoicedesk.app.context import AppContext
from invoicedesk.app.efactura_auth import AnafSetup, configure_anaf
from invoicedesk.connectors.anaf.oauth import PRODUCTION_OAUTH_URL
from invoicedesk.connectors.anaf.spec import DEFAULT_CALLBACK_PORTS, PRODUCTION_API_URL
from invoicedesk.core.documents import Company
from invoicedesk.core.errors import DomainValidationError
from invoicedesk.ui.efactura.prerequisites import PrerequisitesPanel
from invoicedesk.ui.efactura.widgets import AdviceView, code_label, warning_color
from invoicedesk.ui.signals import emit
from invoicedesk.ui.tasks import TaskFailure, TaskRunner

FIELDS = (
    "holder_name",
    "client_id",
    "client_secret",
    "callback_ports",
    "environment",
    "cifs",
    "oauth_base_url",
    "api_base_url",
)
_APP_CREDENTIALS = ("client_id", "client_secret")


@dataclass(frozen=True)
class SetupForm:
    """What the user typed; empty credentials of an existing setup mean "keep the saved ones"."""

    holder_name: str
    client_id: str = field(repr=False)
    client_secret: str = field(repr=False)
    callback_ports: str
    environment: str
    cifs: str
    oauth_base_url: str
    api_base_url: str


def save_setup(ctx: AppContext, company_id: int, form: SetupForm, existing: AnafSetup | None) -> AnafSetup:
    """Runs on a worker: fills in the saved Client ID / Secret where the form left them empty, then saves."""
    client_id, client_secret = form.client_id, form.client_secret
    if existing is not None and not (client_id and client_secret):
        saved = ctx.secrets.read_many(existing.app_ref, _APP_CREDENTIALS)
        client_id = client_id or saved.get("client_id", "")
        client_secret = client_secret or saved.get("client_secret", "")
    return configure_anaf(
        ctx,
        company_id,
        client_id,
        client_secret,
        form.callback_ports,
        form.environment,
        form.holder_name,
        cifs=form.cifs,
        oauth_base_url=form.oauth_base_url.strip() or None,
        api_base_url=form.api_base_url.strip() or None,
    )


def lenient_ports(text: str) -> list[int]:
    """The port numbers recognisable in the field so far (for the live list of addresses to register)."""
    ports: list[int] = []
    for item in re.split(r"[,;\s]+", text):
        if item.isascii() and item.isdigit() and 1 <= int(item) <= 65535 and int(item) not in ports:
            ports.append(int(item))
    return ports


class SetupDialog(QDialog):
    CODE = "D-EFA-1"
    PREREQUISITES_CODE = "D-EFA-1"
    DETAILS_CODE = "D-EFA-2"

    saved = Signal(object)  # AnafSetup

    def __init__(
        self,
        runner: TaskRunner,
        context: AppContext,
        company: Company,
        existing: AnafSetup | None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        assert company.id is not None
        self.setObjectName("efacturaSetupDialog")
        self.setWindowTitle(self.tr("e-Factura setup — {company}").format(company=company.name))
        self._runner = runner
        self._context = context
        self._company = company
        self._existing = existing
        self.saving = False

        self.tabs = QTabWidget()
        self.tabs.setObjectName("setupTabs")
        self.tabs.addTab(self._prerequisites_page(), self.tr("1. Before you start"))
        self.tabs.addTab(self._details_page(), self.tr("2. Connection details"))
        self.tabs.setCurrentIndex(1 if existing is not None else 0)

        self.advice = AdviceView()
        self.status_label = QLabel()
        self.status_label.setObjectName("setupStatus")
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("saveSetup")
        self.save_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setObjectName("cancelSetup")
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)

        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.advice)
        layout.addLayout(bottom)
        self.resize(820, 640)
        self._fill(existing)

    # --- pages ---------------------------------------------------------------------------------------

    def _prerequisites_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("prerequisitesPage")
        intro = QLabel(
            self.tr(
                "ANAF lets InvoiceDesk file invoices for {company} only after these steps. Do them in this "
                "order; each is done once."
            ).format(company=self._company.name)
        )
        intro.setWordWrap(True)
        header = QHBoxLayout()
        header.addWidget(intro, 1)
        header.addWidget(code_label(self.PREREQUISITES_CODE))
        self.prerequisites = PrerequisitesPanel(self._initial_ports())
        scroll = QScrollArea()
        scroll.setObjectName("prerequisitesScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.prerequisites)
        layout = QVBoxLayout(page)
        layout.addLayout(header)
        layout.addWidget(scroll, 1)
        return page

    def _details_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("detailsPage")
        self.inputs: dict[str, QLineEdit] = {}
        self.error_labels: dict[str, QLabel] = {}

        intro = QLabel(
            self.tr(
                'Copy the Client ID and Client Secret from ANAF\'s "Editare profil Oauth" page. They are '
                "kept in the system keyring, never in the database."
            )
        )
        intro.setWordWrap(True)
        header = QHBoxLayout()
        header.addWidget(intro, 1)
        header.addWidget(code_label(self.DETAILS_CODE))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._line(
            form,
            "holder_name",
            self.tr("Certificate holder:"),
            self.tr(
                "The name on the qualified certificate; companies with the same holder share one sign-in."
            ),
        )
        self._line(
            form,
            "client_id",
            self.tr("Client ID:"),
            self.tr('ANAF portal → "Editare profil Oauth" → your application → Client ID.'),
            secret=True,
        )
        self._line(
            form,
            "client_secret",
            self.tr("Client Secret:"),
            self.tr("Shown by ANAF together with the Client ID."),
            secret=True,
        )
        self._line(
            form,
            "callback_ports",
            self.tr("Callback ports:"),
            self.tr(
                'The numbers after "localhost:" in the registered callback addresses, e.g. '
                "9002, 9003, 9004. If one is busy at sign-in, the next is used."
            ),
        )
        self.inputs["callback_ports"].textChanged.connect(self._ports_changed)

        self.environment_box = QComboBox()
        self.environment_box.setObjectName("environment")
        self.environment_box.addItem(self.tr("Test — nothing filed has legal effect"), "test")
        self.environment_box.addItem(self.tr("Production — legally binding"), "prod")
        self.environment_box.currentIndexChanged.connect(self._environment_changed)
        self.production_warning = QLabel(
            self.tr(
                "Production files every invoice you send with ANAF, with full legal effect; it cannot be "
                "withdrawn, only corrected by a credit note. Send a test invoice in Test first."
            )
        )
        self.production_warning.setObjectName("productionWarning")
        self.production_warning.setWordWrap(True)
        self.production_warning.hide()
        environment = QVBoxLayout()
        environment.setContentsMargins(0, 0, 0, 0)
        environment.addWidget(self.environment_box)
        environment.addWidget(self.production_warning)
        environment.addWidget(self._error_label("environment"))
        form.addRow(self.tr("Environment:"), environment)

        self._line(
            form,
            "cifs",
            self.tr("CIFs:"),
            self.tr(
                "The CUIs this company files for, digits without RO, separated by commas; the "
                "company's own CUI when empty. The holder needs SPV rights on each."
            ),
        )

        self.advanced = QCheckBox(self.tr("Advanced: other ANAF addresses"))
        self.advanced.setObjectName("advancedAddresses")
        self.advanced_fields = QWidget()
        self.advanced_fields.setObjectName("advancedFields")
        advanced_form = QFormLayout(self.advanced_fields)
        advanced_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._line(
            advanced_form,
            "oauth_base_url",
            self.tr("Sign-in address:"),
            self.tr("Leave as it is; only the local test emulator uses another address."),
        )
        self._line(
            advanced_form,
            "api_base_url",
            self.tr("API address:"),
            self.tr("Leave as it is; only the local test emulator uses another address."),
        )
        self.inputs["oauth_base_url"].setPlaceholderText(PRODUCTION_OAUTH_URL)
        self.inputs["api_base_url"].setPlaceholderText(PRODUCTION_API_URL)
        self.advanced.toggled.connect(self._advanced_toggled)
        self._advanced_toggled(False)

        self.general_error = QLabel()
        self.general_error.setObjectName("generalError")
        self.general_error.setWordWrap(True)
        self.general_error.hide()

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.addLayout(form)
        content_layout.addWidget(self.advanced)
        content_layout.addWidget(self.advanced_fields)
        content_layout.addWidget(self.general_error)
        content_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(page)
        layout.addLayout(header)
        layout.addWidget(scroll, 1)
        return page

    def _line(self, form: QFormLayout, name: str, label: str, hint: str, *, secret: bool = False) -> None:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setToolTip(hint)
        if secret:
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            # Never offered to the clipboard or an input method's memory while masked.
            edit.setInputMethodHints(
                Qt.InputMethodHint.ImhHiddenText
                | Qt.InputMethodHint.ImhSensitiveData
                | Qt.InputMethodHint.ImhNoPredictiveText
            )
            reveal = QAction(QIcon(), self.tr("Show"), edit)
            reveal.setObjectName(f"reveal_{name}")
            reveal.setCheckable(True)
            reveal.toggled.connect(
                lambda shown, e=edit: e.setEchoMode(
                    QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
                )
            )
            edit.addAction(reveal, QLineEdit.ActionPosition.TrailingPosition)
        note = QLabel(hint)
        note.setObjectName(f"hint_{name}")
        note.setWordWrap(True)
        note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        small = note.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        note.setFont(small)
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(edit)
        column.addWidget(note)
        column.addWidget(self._error_label(name))
        form.addRow(label, column)
        self.inputs[name] = edit

    def _error_label(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(f"error_{name}")
        label.setWordWrap(True)
        label.hide()
        self.error_labels[name] = label
        return label

    # --- values --------------------------------------------------------------------------------------

    def _initial_ports(self) -> tuple[int, ...]:
        return self._existing.callback_ports if self._existing is not None else DEFAULT_CALLBACK_PORTS

    def _fill(self, existing: AnafSetup | None) -> None:
        ports = self._initial_ports()
        self.inputs["callback_ports"].setText(", ".join(str(p) for p in ports))
        if existing is None:
            own = self._company.registration_id or self._company.vat_id
            self.inputs["cifs"].setText(re.sub(r"^RO", "", own.strip().upper()) if own else "")
            self._set_environment("test")
            return
        self.inputs["holder_name"].setText(existing.holder_name)
        self.inputs["cifs"].setText(", ".join(existing.cifs))
        for name in _APP_CREDENTIALS:
            self.inputs[name].setPlaceholderText(
                self.tr("Saved in the system keyring — type only to replace")
            )
        self._set_environment(existing.environment)
        custom = {
            "oauth_base_url": existing.oauth_base_url
            if existing.oauth_base_url != PRODUCTION_OAUTH_URL
            else "",
            "api_base_url": existing.api_base_url if existing.api_base_url != PRODUCTION_API_URL else "",
        }
        for name, value in custom.items():
            self.inputs[name].setText(value)
        self.advanced.setChecked(any(custom.values()))

    def _set_environment(self, environment: str) -> None:
        index = self.environment_box.findData(environment)
        self.environment_box.setCurrentIndex(max(index, 0))
        self._environment_changed()

    def form(self) -> SetupForm:
        values = {name: edit.text().strip() for name, edit in self.inputs.items()}
        if not self.advanced.isChecked():
            values["oauth_base_url"] = values["api_base_url"] = ""
        return SetupForm(environment=str(self.environment_box.currentData()), **values)

    # --- saving --------------------------------------------------------------------------------------

    @Slot()
    def save(self) -> None:
        if self.saving:
            return
        self._clear_errors()
        self.saving = True
        self._set_busy(True)
        self.status_label.setText(self.tr("Saving…"))
        self._runner.run(
            save_setup,
            self._context,
            self._company.id,
            self.form(),
            self._existing,
            on_done=self._saved,
            on_error=self._save_failed,
            owner=self,
            description="save the e-Factura setup",
        )

    def _saved(self, setup: AnafSetup) -> None:
        self.saving = False
        self._set_busy(False)
        self.status_label.setText(self.tr("Saved."))
        for name in _APP_CREDENTIALS:
            self.inputs[name].clear()  # the secret leaves the window as soon as it is in the keyring
        emit(self.saved, setup)
        self.accept()

    def _save_failed(self, failure: TaskFailure) -> None:
        self.saving = False
        self._set_busy(False)
        self.status_label.setText("")
        error = failure.exception
        if isinstance(error, DomainValidationError):
            self._show_field_errors(error)
        else:
            self.advice.show_error(error)

    def _show_field_errors(self, error: DomainValidationError) -> None:
        general: list[str] = []
        for problem in error.errors:
            label = self.error_labels.get(problem.field)
            text = f"{problem.message}. {problem.hint}" if problem.hint else problem.message
            if label is None:
                general.append(text)
                continue
            previous = label.text()
            label.setText(f"{previous}\n{text}" if previous else text)
            label.setStyleSheet(f"color: {warning_color(self)};")
            label.show()
            if problem.field in ("oauth_base_url", "api_base_url"):
                self.advanced.setChecked(True)
        if general:
            self.general_error.setText("\n".join(general))
            self.general_error.setStyleSheet(f"color: {warning_color(self)};")
            self.general_error.show()
        self.tabs.setCurrentIndex(1)
        first = next((name for name in FIELDS if self.error_labels[name].isVisible()), None)
        if first is not None and first in self.inputs:
            self.inputs[first].setFocus()
        self.status_label.setText(self.tr("Please correct the fields marked in red."))

    def _clear_errors(self) -> None:
        self.advice.clear()
        for label in self.error_labels.values():
            label.clear()
            label.hide()
        self.general_error.clear()
        self.general_error.hide()

    def _set_busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)
        self.tabs.setEnabled(not busy)

    # --- reactions -----------------------------------------------------------------------------------

    @Slot(str)
    def _ports_changed(self, text: str) -> None:
        self.prerequisites.set_ports(lenient_ports(text))

    @Slot()
    def _environment_changed(self, *_args) -> None:
        production = self.environment_box.currentData() == "prod"
        self.production_warning.setVisible(production)
        if production:
            self.production_warning.setStyleSheet(f"color: {warning_color(self)}; font-weight: bold;")

    @Slot(bool)
    def _advanced_toggled(self, shown: bool) -> None:
        self.advanced_fields.setVisible(shown)

    def reject(self) -> None:
        for name in _APP_CREDENTIALS:
            self.inputs[name].clear()
        super().reject()
