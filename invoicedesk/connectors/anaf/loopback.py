"""The local end of ANAF's sign-in: an HTTPS listener on https://localhost:PORT (RFC 8252, adapted to ANAF).

ANAF accepts only https:// callback addresses registered character for character, so the listener:
- binds the loopback interface only (127.0.0.1, and ::1 when the computer has it, because browsers may try
  IPv6 first for "localhost"), on the first free port among the registered ones, BEFORE the browser opens
  (with a cached TLS session ANAF can redirect back within a second);
- speaks TLS with the self-signed certificate of tls.py;
- serves a start page on https://localhost:PORT/ that sends the browser on to ANAF: the browser's warning
  about the local certificate then comes before ANAF's PIN prompt and its 60-second code window, not after;
- accepts exactly one /callback carrying the random `state` of this attempt (compared in constant time,
  single use); anything else (favicon, prefetches, other paths, a wrong state) is answered 404/400 and the
  wait goes on;
- exchanges the code the moment it arrives (in the request that brought it) and tells the person in the tab
  whether it worked;
- stops after success, error, cancel or timeout.
When the browser cannot reach the listener, the person can paste the final address from the address bar
(`complete_from_pasted`).
"""

from __future__ import annotations

import errno
import hmac
import logging
import os
import secrets
import socket
import socketserver
import ssl
import threading
import time
from collections.abc import Callable, Sequence
from html import escape
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any, Generic, TypeVar
from urllib.parse import parse_qs, urlsplit

from invoicedesk.connectors.anaf.oauth import (
    CALLBACK_PATH,
    AccessDeniedError,
    CallbackPortsBusyError,
    ForeignCallbackError,
    RedirectMismatchError,
    SignInCancelledError,
    SignInError,
    SignInTimeoutError,
    callback_url,
)
from invoicedesk.connectors.errors import ConnectorError, ErrorCategory
from invoicedesk.secrets.redaction import register_secret

log = logging.getLogger(__name__)

T = TypeVar("T")
DEFAULT_TIMEOUT = 180.0
# A browser's speculative connection that never sends a request must not hold a worker for long.
SOCKET_TIMEOUT = 15.0
# Longer than the token request's own timeouts, so an exchange under way is never cut short.
EXCHANGE_GRACE = 45.0
_BUSY_ERRNOS = {errno.EADDRINUSE, errno.EACCES, 10048, 10013}  # + WSAEADDRINUSE, WSAEACCES (Windows)
_NO_IPV6_ERRNOS = {errno.EADDRNOTAVAIL, errno.EAFNOSUPPORT, 10049, 10047}
_REDIRECT_MISMATCH_TEXT = "does not match with client app configuration"

AuthorizeUrlBuilder = Callable[[str, str], str]  # (redirect_uri, state) -> ANAF's authorize address
CodeExchanger = Callable[[str, str], T]  # (code, redirect_uri) -> whatever the exchange produces


class LoopbackSignIn(Generic[T]):
    """One sign-in attempt. `start()` (listen) or `start_paste_only()`, then `wait()` for the outcome."""

    def __init__(
        self,
        *,
        ports: Sequence[int],
        authorize_url_for: AuthorizeUrlBuilder,
        exchange: CodeExchanger[T],
        tls_context: ssl.SSLContext | None = None,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> None:
        if not ports:
            raise ValueError("at least one registered callback port is needed")
        self.ports = tuple(int(p) for p in ports)
        self.timeout = float(timeout)
        self._authorize_url_for = authorize_url_for
        self._exchange = exchange
        self._tls_context = tls_context
        self.state = secrets.token_urlsafe(32)
        self.port: int | None = None
        self.redirect_uri = ""
        self.authorize_url = ""
        self._start_url = ""
        self._servers: list[_LoopbackServer] = []
        self._threads: list[threading.Thread] = []
        self._lock = threading.Lock()
        self._state_used = False
        self._done = threading.Event()
        self._result: T | None = None
        self._error: BaseException | None = None
        self._deadline = 0.0

    # ---- starting -------------------------------------------------------------------------------------

    def start(self) -> LoopbackSignIn[T]:
        """Listen on the first free registered port; raises CallbackPortsBusyError when none is free."""
        if self._tls_context is None:
            raise ValueError("listening needs the TLS context of the loopback certificate")
        for port in self.ports:
            servers = _bind(port, self, self._tls_context)
            if servers:
                self._servers = servers
                self._use_port(port)
                self._start_url = f"https://localhost:{port}/"
                break
        else:
            raise CallbackPortsBusyError(self.ports)
        for server in self._servers:
            thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1},
                                      name=f"anaf-signin-{server.server_address[0]}", daemon=True)
            thread.start()
            self._threads.append(thread)
        log.info("Waiting for ANAF's sign-in answer on %s (%g s)", self.redirect_uri, self.timeout)
        return self

    def start_paste_only(self, port: int | None = None) -> LoopbackSignIn[T]:
        """No listener (e.g. every port busy): the person pastes the final address from the browser."""
        chosen = self.ports[0] if port is None else int(port)
        if chosen not in self.ports:
            raise ValueError(f"port {chosen} is not one of the registered callback ports")
        self._use_port(chosen)
        self._start_url = self.authorize_url
        return self

    def _use_port(self, port: int) -> None:
        self.port = port
        self.redirect_uri = callback_url(port)
        self.authorize_url = self._authorize_url_for(self.redirect_uri, self.state)
        self._deadline = time.monotonic() + self.timeout

    @property
    def listening(self) -> bool:
        return bool(self._servers)

    @property
    def start_url(self) -> str:
        """What the browser should open: the local start page when listening, else ANAF directly."""
        return self._start_url

    # ---- waiting ----------------------------------------------------------------------------------------

    def wait(self) -> T:
        """Block until the sign-in ends; returns the exchange's result or raises a SignInError."""
        if self.port is None:
            raise RuntimeError("start() or start_paste_only() first")
        try:
            remaining = self._deadline - time.monotonic()
            if not self._done.wait(max(0.0, remaining)):
                with self._lock:
                    exchanging = self._state_used
                # A code that arrived just in time is being exchanged: let that finish rather than lose it.
                if not (exchanging and self._done.wait(EXCHANGE_GRACE)):
                    self._finish(error=SignInTimeoutError(self.timeout, self.redirect_uri))
            if self._error is not None:
                raise self._error
            return self._result  # type: ignore[return-value]
        finally:
            self.close()

    def cancel(self) -> None:
        self._finish(error=SignInCancelledError())

    def close(self) -> None:
        servers, self._servers = self._servers, []
        for server in servers:
            server.shutdown()
            server.server_close()
        for thread in self._threads:
            thread.join(timeout=5)
        self._threads.clear()

    def __enter__(self) -> LoopbackSignIn[T]:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @property
    def finished(self) -> bool:
        return self._done.is_set()

    # ---- the answer, by callback or pasted ----------------------------------------------------------------

    def complete_from_pasted(self, text: str) -> T:
        """Finish with the address the browser ended on (or ANAF's error text), pasted by the person.

        A paste that does not belong to this attempt raises ForeignCallbackError and the wait goes on.
        """
        if self.port is None:
            raise RuntimeError("start() or start_paste_only() first")
        text = (text or "").strip()
        if _REDIRECT_MISMATCH_TEXT in text:
            error = RedirectMismatchError(self.redirect_uri, f"ANAF: {_first_line(text)}")
            self._finish(error=error)
            raise error
        parts = urlsplit(text if "://" in text or "?" in text else "?" + text)
        if parts.scheme and (f"{parts.scheme}://{parts.netloc}{parts.path}" != self.redirect_uri):
            raise ForeignCallbackError(
                f"the pasted address does not start with this sign-in's callback address {self.redirect_uri}")
        rejected = self._accept(parse_qs(parts.query, keep_blank_values=True))
        if rejected is not None:
            raise rejected
        return self.wait()  # already ended: closes the listener, returns or raises the outcome

    def _accept(self, query: dict[str, list[str]]) -> BaseException | None:
        """Judge one callback; returns an error that does NOT end the wait, or None once the attempt ended."""
        state = _single(query, "state")
        if state is None or not hmac.compare_digest(state.encode(), self.state.encode()):
            return ForeignCallbackError("the callback's state does not match this sign-in attempt")
        code, error = _single(query, "code"), _single(query, "error")
        if not code and not error:
            return ForeignCallbackError("the callback carries neither a code nor an error")
        with self._lock:
            if self._state_used or self._done.is_set():
                return ForeignCallbackError("this sign-in attempt has already received its answer")
            self._state_used = True
        if error:
            description = _single(query, "error_description") or ""
            if error == "access_denied":
                self._finish(error=AccessDeniedError())
            else:
                self._finish(error=SignInError(
                    ErrorCategory.PROTOCOL_SURPRISE, f"ANAF answered error={error} {description}".strip(),
                    title="ANAF ended the sign-in with an error",
                    cause="ANAF's sign-in page reported an error of its own.",
                    what_to_do="Close all browser windows and sign in again; if it repeats, copy the "
                               "diagnostics and send them to support."))
            return None
        assert code is not None
        register_secret(code)
        try:
            self._finish(result=self._exchange(code, self.redirect_uri))
        except ConnectorError as exc:
            self._finish(error=exc)
        except Exception as exc:  # an unexpected failure must still end the wait, not hang it
            log.exception("Exchanging ANAF's sign-in code failed unexpectedly")
            self._finish(error=exc)
        return None

    def _finish(self, *, result: Any = None, error: BaseException | None = None) -> None:
        with self._lock:
            if self._done.is_set():
                return
            self._result, self._error = result, error
            self._state_used = True
            self._done.set()

    # ---- pages ------------------------------------------------------------------------------------------

    def handle(self, path: str, query: str) -> tuple[int, str]:
        """Answer one GET on the listener: (status, HTML page)."""
        if path == "/":
            if self._done.is_set():
                return 410, _page("Sign-in finished", "This sign-in attempt has ended. Start a new one in "
                                  "InvoiceDesk if needed.")
            return 200, _start_page(self.authorize_url)
        if path != CALLBACK_PATH:
            return 404, _page("Not found", "Nothing here.")
        rejected = self._accept(parse_qs(query, keep_blank_values=True))
        if rejected is not None:
            return 400, _page("Not accepted", "This address does not belong to the current InvoiceDesk "
                              "sign-in. Start the sign-in from InvoiceDesk again if it is still waiting.")
        if self._error is None:
            return 200, _page("Signed in", "InvoiceDesk is signed in to ANAF e-Factura. You can close this "
                              "tab now.", element_id="signed-in")
        advice = self._error.advice if isinstance(self._error, ConnectorError) else None
        text = f"{advice.title}. {advice.what_to_do}" if advice else "The sign-in failed; see InvoiceDesk."
        return 200, _page("Sign-in failed", text + " You can close this tab.", element_id="sign-in-failed")


# ---- the servers ---------------------------------------------------------------------------------------


class _LoopbackServer(socketserver.ThreadingMixIn, HTTPServer):
    daemon_threads = True
    block_on_close = False
    # On Windows SO_REUSEADDR would let us bind a port another program listens on; exclusive use instead.
    allow_reuse_address = os.name != "nt"

    def __init__(self, family: socket.AddressFamily, host: str, port: int, attempt: LoopbackSignIn[Any],
                 tls_context: ssl.SSLContext) -> None:
        self.address_family = family
        self.attempt = attempt
        self.tls_context = tls_context
        super().__init__((host, port), _Handler, bind_and_activate=False)
        try:
            if family == socket.AF_INET6:
                self.socket.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
            if os.name == "nt":
                self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_EXCLUSIVEADDRUSE, 1)  # type: ignore[attr-defined]
            self.server_bind()
            self.server_activate()
        except BaseException:
            self.server_close()
            raise

    def server_bind(self) -> None:
        # HTTPServer.server_bind would resolve the host's FQDN, a DNS lookup that can stall for seconds.
        socketserver.TCPServer.server_bind(self)
        self.server_name, self.server_port = "localhost", self.server_address[1]

    def finish_request(self, request: Any, client_address: Any) -> None:
        # The TLS handshake happens here, in the request's own thread, so a slow or silent client cannot
        # stall the accept loop.
        request.settimeout(SOCKET_TIMEOUT)
        try:
            connection = self.tls_context.wrap_socket(request, server_side=True)
        except (ssl.SSLError, OSError) as exc:
            # A browser that does not (yet) trust the certificate aborts the handshake: normal, not an error.
            log.debug("TLS handshake on the sign-in listener did not complete: %s", exc)
            return
        try:
            _Handler(connection, client_address, self)
        finally:
            connection.close()


class _Handler(BaseHTTPRequestHandler):
    server: _LoopbackServer
    server_version = "InvoiceDesk"
    sys_version = ""

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        status, page = self.server.attempt.handle(parts.path, parts.query)
        self._send(status, page)

    def do_HEAD(self) -> None:
        self._send(405, "", allow="GET")

    def do_POST(self) -> None:
        self._send(405, "", allow="GET")

    def _send(self, status: int, page: str, allow: str = "") -> None:
        body = page.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        # The callback address carries the code: it must not travel on as a Referer.
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Connection", "close")
        if allow:
            self.send_header("Allow", allow)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        # The default writes the request line, code and state included, to stderr; only the path is logged.
        log.debug("sign-in listener: %s %s", self.command, urlsplit(self.path).path)


def _bind(port: int, attempt: LoopbackSignIn[Any], context: ssl.SSLContext) -> list[_LoopbackServer]:
    """Servers on 127.0.0.1:port (and [::1]:port when possible); [] when the port is taken."""
    try:
        servers = [_LoopbackServer(socket.AF_INET, "127.0.0.1", port, attempt, context)]
    except OSError as exc:
        if _error_code(exc) in _BUSY_ERRNOS:
            log.info("Callback port %d is busy; trying the next registered one", port)
            return []
        raise
    if socket.has_ipv6:
        try:
            servers.append(_LoopbackServer(socket.AF_INET6, "::1", port, attempt, context))
        except OSError as exc:
            code = _error_code(exc)
            if code in _BUSY_ERRNOS:
                # Another program answers on [::1]:port and would receive the browser's callback.
                log.info("Callback port %d is busy on ::1; trying the next registered one", port)
                servers[0].server_close()
                return []
            if code not in _NO_IPV6_ERRNOS:
                servers[0].server_close()
                raise
            log.debug("No IPv6 loopback on this computer; listening on 127.0.0.1 only")
    return servers


def _error_code(exc: OSError) -> int | None:
    return getattr(exc, "winerror", None) or exc.errno


def _single(query: dict[str, list[str]], name: str) -> str | None:
    values = query.get(name)
    if not values or len(values) != 1:
        return None
    return values[0]


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0][:300] if text.strip() else ""


def _page(title: str, text: str, *, element_id: str = "message") -> str:
    return (
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<title>InvoiceDesk – {escape(title)}</title>"
        "<style>body{font-family:sans-serif;max-width:36em;margin:3em auto}</style></head>"
        f"<body><h1>{escape(title)}</h1><p id=\"{escape(element_id)}\">{escape(text)}</p></body></html>"
    )


def _start_page(authorize_url: str) -> str:
    target = escape(authorize_url, quote=True)
    return (
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<meta http-equiv=\"refresh\" content=\"0;url={target}\">"
        "<title>InvoiceDesk – sign in to ANAF</title>"
        "<style>body{font-family:sans-serif;max-width:36em;margin:3em auto}</style></head><body>"
        "<h1>Signing in to ANAF e-Factura</h1>"
        "<p>Keep the USB token with your qualified certificate plugged in. ANAF's page opens now; the "
        "browser asks which certificate to use, then the token asks for its PIN.</p>"
        f"<p><a id=\"continue\" href=\"{target}\">Continue to ANAF</a></p></body></html>"
    )
