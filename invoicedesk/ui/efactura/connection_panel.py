"""The company's ANAF connection at a glance: the setup, who signs in, how long the tokens last, and the
buttons to set up, sign in with the certificate, refresh the tokens or sign out."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from invoicedesk.app.context import AppContext
from invoicedesk.app.efactura_auth import AnafSetup, LoginResult, TokenStatus, refresh, sign_out
from invoicedesk.ui.efactura.overview import EfacturaOverview
from invoicedesk.ui.efactura.setup_dialog import SetupDialog
from invoicedesk.ui.efactura.signin_dialog import SignInDialog
from invoicedesk.ui.efactura.texts import environment_label, format_moment
from invoicedesk.ui.efactura.widgets import warning_color
from invoicedesk.ui.signals import emit
from invoicedesk.ui.tasks import TaskFailure, TaskRunner

# Below this many days the next certificate sign-in is shown as a warning: a token must be at hand by then.
SIGN_IN_SOON_DAYS = 14


class ConnectionPanel(QGroupBox):
    changed = Signal()  # the setup or the tokens changed: reload the overview
    tokens_changed = Signal(object)  # TokenStatus after a sign-in or refresh
    failed = Signal(object)  # an exception to show with its advice

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(self.tr("ANAF connection"), parent)
        self.setObjectName("anafConnection")
        self._runner = runner
        self._context: AppContext | None = None
        self.overview: EfacturaOverview | None = None
        self.setup_dialog: SetupDialog | None = None
        self.sign_in_dialog: SignInDialog | None = None
        self.sign_out_box: QMessageBox | None = None
        self.busy = False

        self.not_set_up_label = QLabel()
        self.not_set_up_label.setObjectName("notSetUp")
        self.not_set_up_label.setWordWrap(True)

        self.values: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        left = [
            ("environment", self.tr("Environment:")),
            ("cifs", self.tr("CIFs:")),
            ("callbacks", self.tr("Callback addresses:")),
        ]
        right = [
            ("holder", self.tr("Certificate holder:")),
            ("signed_in", self.tr("Sign-in:")),
            ("access", self.tr("Access token valid until:")),
            ("certificate_days", self.tr("Next certificate sign-in:")),
        ]
        for column, rows in ((0, left), (2, right)):
            for row, (key, caption) in enumerate(rows):
                grid.addWidget(QLabel(caption), row, column)
                value = QLabel()
                value.setObjectName(key)
                value.setWordWrap(True)
                grid.addWidget(value, row, column + 1)
                self.values[key] = value
        self.details = QWidget()
        self.details.setObjectName("connectionDetails")
        details_layout = QVBoxLayout(self.details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addLayout(grid)

        self.setup_button = QPushButton()
        self.setup_button.setObjectName("setUpEfactura")
        self.setup_button.clicked.connect(self.open_setup)
        self.sign_in_button = QPushButton(self.tr("Sign in with certificate…"))
        self.sign_in_button.setObjectName("signInWithCertificate")
        self.sign_in_button.clicked.connect(self.open_sign_in)
        self.refresh_button = QPushButton(self.tr("Refresh token"))
        self.refresh_button.setObjectName("refreshToken")
        self.refresh_button.setToolTip(
            self.tr("Renew the access token now; InvoiceDesk also does this by itself a week before it ends.")
        )
        self.refresh_button.clicked.connect(self.refresh_tokens)
        self.sign_out_button = QPushButton(self.tr("Sign out"))
        self.sign_out_button.setObjectName("signOut")
        self.sign_out_button.clicked.connect(self.sign_out)
        buttons = QHBoxLayout()
        buttons.addWidget(self.setup_button)
        buttons.addStretch(1)
        buttons.addWidget(self.sign_in_button)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.sign_out_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.not_set_up_label)
        layout.addWidget(self.details)
        layout.addLayout(buttons)
        self.show_overview(None, None)

    # --- showing -------------------------------------------------------------------------------------

    def show_overview(self, context: AppContext | None, overview: EfacturaOverview | None) -> None:
        self._context = context
        self.overview = overview
        setup = overview.setup if overview is not None else None
        self.not_set_up_label.setVisible(setup is None)
        self.details.setVisible(setup is not None)
        if overview is not None and setup is None:
            self.not_set_up_label.setText(
                self.tr(
                    "e-Factura is not set up for {company} yet. Set it up once: InvoiceDesk shows what must "
                    "be done at ANAF first."
                ).format(company=overview.company.name)
            )
        self.setup_button.setText(self.tr("Set up e-Factura…") if setup is None else self.tr("Change setup…"))
        if setup is not None:
            self._show_setup(setup)
            self.show_tokens(overview.tokens if overview is not None else None)
        self._update_buttons()

    def _show_setup(self, setup: AnafSetup) -> None:
        environment = self.values["environment"]
        environment.setText(environment_label(setup.environment))
        environment.setStyleSheet(
            f"color: {warning_color(self)}; font-weight: bold;" if setup.environment == "prod" else ""
        )
        self.values["cifs"].setText(", ".join(setup.cifs))
        self.values["callbacks"].setText("\n".join(setup.callback_urls))
        self.values["holder"].setText(setup.holder_name)

    def show_tokens(self, tokens: TokenStatus | None) -> None:
        signed_in = self.values["signed_in"]
        access = self.values["access"]
        days_label = self.values["certificate_days"]
        for label in (signed_in, days_label):
            label.setStyleSheet("")
        if tokens is None or not tokens.signed_in:
            signed_in.setText(self.tr("Not signed in — sign in with the certificate"))
            signed_in.setStyleSheet(f"color: {warning_color(self)};")
            access.setText("—")
            days_label.setText("—")
            self._update_buttons()
            return
        if tokens.needs_certificate_login:
            signed_in.setText(
                self.tr("Signed in until the access token ends; then the certificate is needed")
            )
            signed_in.setStyleSheet(f"color: {warning_color(self)};")
        else:
            signed_in.setText(self.tr("Signed in as {holder}").format(holder=tokens.holder))
        access.setText(format_moment(tokens.access_expires_at) or "—")
        days = tokens.days_until_certificate_login
        if days is None:
            days_label.setText("—")
        elif days <= 0:
            days_label.setText(self.tr("Now: sign in with the certificate"))
        else:
            days_label.setText(self.tr("in %n day(s)", "", days))
        if days is not None and days <= SIGN_IN_SOON_DAYS:
            days_label.setStyleSheet(f"color: {warning_color(self)}; font-weight: bold;")
        self._update_buttons()

    def _update_buttons(self) -> None:
        overview = self.overview
        ready = self._context is not None and overview is not None and overview.romanian
        set_up = ready and overview is not None and overview.setup is not None
        tokens = overview.tokens if overview is not None else None
        self.setup_button.setEnabled(ready and not self.busy)
        for button in (self.sign_in_button, self.refresh_button, self.sign_out_button):
            button.setVisible(set_up)
        self.sign_in_button.setEnabled(set_up and not self.busy)
        self.refresh_button.setEnabled(set_up and not self.busy and tokens is not None and tokens.signed_in)
        self.sign_out_button.setEnabled(set_up and not self.busy and tokens is not None and tokens.signed_in)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self._update_buttons()

    # --- actions -------------------------------------------------------------------------------------

    @Slot()
    def open_setup(self) -> None:
        if self._context is None or self.overview is None:
            return
        dialog = SetupDialog(self._runner, self._context, self.overview.company, self.overview.setup, self)
        dialog.setModal(True)
        dialog.saved.connect(self._setup_saved)
        dialog.finished.connect(dialog.deleteLater)
        self.setup_dialog = dialog
        dialog.open()

    @Slot(object)
    def _setup_saved(self, _setup: AnafSetup) -> None:
        emit(self.changed)

    @Slot()
    def open_sign_in(self) -> None:
        overview = self.overview
        if self._context is None or overview is None or overview.setup is None:
            return
        assert overview.company.id is not None
        dialog = SignInDialog(
            self._runner, self._context, overview.company.id, holder=overview.setup.holder_name, parent=self
        )
        dialog.setModal(True)
        dialog.signed_in.connect(self._signed_in)
        dialog.finished.connect(dialog.deleteLater)
        self.sign_in_dialog = dialog
        dialog.open()
        dialog.start()

    @Slot(object)
    def _signed_in(self, result: LoginResult) -> None:
        self._replace_tokens(result.status)

    @Slot()
    def refresh_tokens(self) -> None:
        overview = self.overview
        if self._context is None or overview is None or overview.company.id is None:
            return
        self._set_busy(True)
        self._runner.run(
            refresh,
            self._context,
            overview.company.id,
            on_done=self._refreshed,
            on_error=self._action_failed,
            owner=self,
            description="refresh the ANAF tokens",
        )

    def _refreshed(self, tokens: TokenStatus) -> None:
        self._set_busy(False)
        self._replace_tokens(tokens)

    @Slot()
    def sign_out(self) -> None:
        """Asks first (without blocking the window); `confirm_sign_out` does it."""
        overview = self.overview
        if self._context is None or overview is None or overview.setup is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Sign out of ANAF?"),
            self.tr(
                "InvoiceDesk forgets the ANAF tokens of {holder} on this computer. Sending needs a new "
                "certificate sign-in afterwards."
            ).format(holder=overview.setup.holder_name),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("signOutQuestion")
        # Our own words: Qt has no Romanian translation of its standard buttons.
        confirm = box.addButton(self.tr("Sign out"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Keep signed in"), QMessageBox.ButtonRole.RejectRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(
            lambda _result: self.confirm_sign_out() if box.clickedButton() is confirm else None
        )
        self.sign_out_box = box
        box.open()

    def confirm_sign_out(self) -> None:
        overview = self.overview
        if self._context is None or overview is None or overview.company.id is None:
            return
        self._set_busy(True)
        self._runner.run(
            sign_out,
            self._context,
            overview.company.id,
            on_done=lambda _none: self._signed_out(),
            on_error=self._action_failed,
            owner=self,
            description="sign out of ANAF",
        )

    def _signed_out(self) -> None:
        self._set_busy(False)
        emit(self.changed)

    def _action_failed(self, failure: TaskFailure) -> None:
        self._set_busy(False)
        emit(self.failed, failure.exception)

    def _replace_tokens(self, tokens: TokenStatus) -> None:
        if self.overview is not None:
            self.overview = EfacturaOverview(self.overview.company, self.overview.setup, tokens)
        self.show_tokens(tokens)
        emit(self.tokens_changed, tokens)
