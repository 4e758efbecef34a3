"""D-EFA-3: signing in to ANAF with the qualified certificate on the USB token.

The sign-in listens on this computer (the first free registered callback port) and opens the system browser
on the start page; the person chooses the certificate and types the token's PIN; ANAF sends the browser
back to the listener, which exchanges the code at once. Starting, opening the browser, waiting and
exchanging all run on the task runner. When the browser cannot reach the listener, the person pastes the
address the browser ended on. Every failure is shown with its advice.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from invoicedesk.app.context import AppContext
from invoicedesk.app.efactura_auth import LoginAttempt, LoginResult, start_login
from invoicedesk.connectors.anaf.loopback import DEFAULT_TIMEOUT
from invoicedesk.connectors.anaf.oauth import CallbackPortsBusyError, ForeignCallbackError
from invoicedesk.ui.efactura.widgets import AdviceView, CopyField, code_label
from invoicedesk.ui.labels import close_button_text
from invoicedesk.ui.signals import emit
from invoicedesk.ui.tasks import TaskFailure, TaskRunner


def open_in_browser(url: str) -> bool:
    """The system browser on `url`; runs on a worker, since starting a browser can take a moment."""
    return QDesktopServices.openUrl(QUrl(url))


class SignInDialog(QDialog):
    CODE = "D-EFA-3"

    signed_in = Signal(object)  # LoginResult

    STARTING, WAITING, FINISHING, DONE, FAILED = "starting", "waiting", "finishing", "done", "failed"

    def __init__(
        self,
        runner: TaskRunner,
        context: AppContext,
        company_id: int,
        *,
        holder: str = "",
        timeout: float = DEFAULT_TIMEOUT,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("efacturaSignInDialog")
        self.setWindowTitle(self.tr("Sign in to ANAF with the certificate"))
        self._runner = runner
        self._context = context
        self._company_id = company_id
        self._timeout = timeout
        self.attempt: LoginAttempt | None = None
        self.result: LoginResult | None = None
        self.state = self.STARTING
        self.browser_opened: bool | None = None
        self._closed = False

        intro = QLabel(
            self.tr(
                "Plug in the USB token with the qualified certificate of {holder}. The browser opens ANAF's "
                "page; choose the certificate there and type the token's PIN."
            ).format(holder=holder or self.tr("the certificate holder"))
        )
        intro.setObjectName("signInIntro")
        intro.setWordWrap(True)
        header = QHBoxLayout()
        header.addWidget(intro, 1)
        header.addWidget(code_label(self.CODE))

        self.status_label = QLabel()
        self.status_label.setObjectName("signInStatus")
        self.status_label.setWordWrap(True)
        font = self.status_label.font()
        font.setBold(True)
        self.status_label.setFont(font)

        link_caption = QLabel(self.tr("If the browser did not open, copy this sign-in link into it:"))
        link_caption.setWordWrap(True)
        self.link = CopyField(object_name="signInLink")
        self.open_again_button = QPushButton(self.tr("Open the browser again"))
        self.open_again_button.setObjectName("openBrowserAgain")
        self.open_again_button.clicked.connect(self._open_browser)
        link_row = QHBoxLayout()
        link_row.addWidget(self.link, 1)
        link_row.addWidget(self.open_again_button)

        paste_caption = QLabel(
            self.tr(
                "If the browser shows an error page after the PIN (for example \"This site can't be "
                "reached\"), paste the address from the browser's address bar here:"
            )
        )
        paste_caption.setWordWrap(True)
        self.paste_box = QLineEdit()
        self.paste_box.setObjectName("pastedAddress")
        self.paste_box.setPlaceholderText(self.tr("https://localhost:…/callback?code=…&state=…"))
        self.paste_box.returnPressed.connect(self.finish_from_paste)
        self.finish_button = QPushButton(self.tr("Finish sign-in"))
        self.finish_button.setObjectName("finishSignIn")
        self.finish_button.clicked.connect(self.finish_from_paste)
        paste_row = QHBoxLayout()
        paste_row.addWidget(self.paste_box, 1)
        paste_row.addWidget(self.finish_button)

        self.advice = AdviceView()

        self.retry_button = QPushButton(self.tr("Try again"))
        self.retry_button.setObjectName("retrySignIn")
        self.retry_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelSignIn")
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.status_label)
        layout.addSpacing(6)
        layout.addWidget(link_caption)
        layout.addLayout(link_row)
        layout.addSpacing(6)
        layout.addWidget(paste_caption)
        layout.addLayout(paste_row)
        layout.addWidget(self.advice)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.resize(720, 420)
        app = QCoreApplication.instance()
        if app is not None:
            # A sign-in left waiting would hold a worker (and the window's shutdown) until its timeout.
            app.aboutToQuit.connect(self._stop_attempt)
        self._show_state(self.STARTING)

    # --- the attempt ---------------------------------------------------------------------------------

    @Slot()
    def start(self) -> None:
        """Start a new attempt: listen on a registered port; open the browser once listening."""
        self._stop_attempt()
        self._closed = False
        self.advice.clear()
        self.paste_box.clear()
        self.link.set_text("")
        self._show_state(self.STARTING)
        self._runner.run(
            start_login,
            self._context,
            self._company_id,
            timeout=self._timeout,
            on_done=self._attempt_started,
            on_error=self._start_failed,
            owner=self,
            description="start the ANAF sign-in",
        )

    def _attempt_started(self, attempt: LoginAttempt) -> None:
        if self._closed or self.state != self.STARTING:
            attempt.cancel()  # the dialog was closed while the listener started
            self._runner.run(attempt.close, description="close an abandoned ANAF sign-in")
            return
        self.attempt = attempt
        self.link.set_text(attempt.start_url)
        self._show_state(self.WAITING)
        if attempt.listening:
            self._open_browser()
        self._runner.run(
            attempt.wait,
            on_done=lambda result: self._succeeded(attempt, result),
            on_error=lambda failure: self._attempt_failed(attempt, failure),
            owner=self,
            description="wait for the ANAF sign-in",
        )

    def _start_failed(self, failure: TaskFailure) -> None:
        if self._closed or self.state != self.STARTING:
            return
        error = failure.exception
        self.advice.show_error(error)
        if isinstance(error, CallbackPortsBusyError):
            # Nothing can listen, but the person can still finish by pasting the browser's final address.
            self._runner.run(
                start_login,
                self._context,
                self._company_id,
                timeout=self._timeout,
                listen=False,
                on_done=self._paste_only_started,
                on_error=self._paste_only_failed,
                owner=self,
                description="start the ANAF sign-in without a listener",
            )
            return
        self._show_state(self.FAILED)

    def _paste_only_started(self, attempt: LoginAttempt) -> None:
        self._attempt_started(attempt)
        if self.attempt is attempt:
            self._open_browser()
            self.status_label.setText(
                self.tr(
                    "Sign in in the browser, then paste the address it ends on below (this computer cannot "
                    "receive it by itself now)."
                )
            )

    def _paste_only_failed(self, failure: TaskFailure) -> None:
        self.advice.show_error(failure.exception)
        self._show_state(self.FAILED)

    @Slot()
    def _open_browser(self) -> None:
        if self.attempt is None:
            return
        self._runner.run(
            open_in_browser,
            self.attempt.start_url,
            on_done=self._browser_result,
            on_error=lambda _failure: self._browser_result(False),
            owner=self,
            description="open the browser for the ANAF sign-in",
        )

    def _browser_result(self, opened: bool) -> None:
        self.browser_opened = bool(opened)
        if not opened and self.state == self.WAITING:
            self.status_label.setText(
                self.tr("The browser could not be opened. Copy the sign-in link below into your browser.")
            )

    @Slot()
    def finish_from_paste(self) -> None:
        text = self.paste_box.text().strip()
        attempt = self.attempt
        if attempt is None or self.state != self.WAITING:
            return
        if not text:
            self.paste_box.setFocus()
            self.status_label.setText(
                self.tr("Paste the whole address from the browser's address bar first.")
            )
            return
        self.advice.clear()
        self._show_state(self.FINISHING)
        self._runner.run(
            attempt.complete_from_pasted,
            text,
            on_done=lambda result: self._succeeded(attempt, result),
            on_error=lambda failure: self._paste_failed(attempt, failure),
            owner=self,
            description="finish the ANAF sign-in from a pasted address",
        )

    def _paste_failed(self, attempt: LoginAttempt, failure: TaskFailure) -> None:
        if attempt is not self.attempt or self.state in (self.DONE, self.FAILED):
            return
        if isinstance(failure.exception, ForeignCallbackError):
            # Not this attempt's answer: say so, and keep waiting for the right one.
            self.advice.show_error(failure.exception)
            self._show_state(self.WAITING)
            return
        self._attempt_failed(attempt, failure)

    def _succeeded(self, attempt: LoginAttempt, result: LoginResult) -> None:
        if attempt is not self.attempt or self.state in (self.DONE, self.FAILED):
            return  # the other path (listener or paste) already reported this attempt's outcome
        self.result = result
        self.advice.clear()
        self._show_state(self.DONE)
        self.status_label.setText(
            self.tr("Signed in to ANAF as {holder}. You can close this window.").format(holder=result.holder)
        )
        emit(self.signed_in, result)

    def _attempt_failed(self, attempt: LoginAttempt, failure: TaskFailure) -> None:
        if attempt is not self.attempt or self.state in (self.DONE, self.FAILED):
            return
        self.advice.show_error(failure.exception)
        self._show_state(self.FAILED)

    def _stop_attempt(self) -> None:
        attempt, self.attempt = self.attempt, None
        if attempt is not None and self.state in (self.WAITING, self.FINISHING):
            # Ends the wait on its worker, which then closes the listener.
            self._runner.run(attempt.cancel, description="cancel the ANAF sign-in")

    # --- showing -------------------------------------------------------------------------------------

    def _show_state(self, state: str) -> None:
        self.state = state
        waiting = state == self.WAITING
        texts = {
            self.STARTING: self.tr("Starting the sign-in…"),
            self.WAITING: self.tr("Waiting for the browser… choose your certificate and type the PIN."),
            self.FINISHING: self.tr("Finishing the sign-in with ANAF…"),
            self.DONE: "",
            self.FAILED: self.tr("The sign-in did not succeed."),
        }
        if texts[state]:
            self.status_label.setText(texts[state])
        self.paste_box.setEnabled(waiting)
        self.finish_button.setEnabled(waiting)
        self.open_again_button.setEnabled(waiting)
        self.retry_button.setVisible(state == self.FAILED)
        finished = state in (self.DONE, self.FAILED)
        self.cancel_button.setText(close_button_text() if finished else self.tr("Cancel"))

    def done(self, result: int) -> None:
        self._closed = True
        self._stop_attempt()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closed = True
        self._stop_attempt()
        super().closeEvent(event)

    def keyPressEvent(self, event) -> None:
        # Enter in the paste box finishes the sign-in; it must not close the dialog as a default button would.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)
