"""The emulator base: a small HTTP server on 127.0.0.1 with routing, a request journal and injected faults.

Every service emulator subclasses Emulator and declares its endpoints with @route. Emulators import nothing
from the rest of invoicedesk: an emulator that shared code with the client would share its mistakes.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import socket
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar, Self
from urllib.parse import parse_qs, urlsplit

from invoicedesk.sandbox.clock import ScaledClock
from invoicedesk.sandbox.faults import Fault, FaultInjector

log = logging.getLogger(__name__)

# Refuse absurd request bodies instead of reading them into memory; real services cap far lower.
MAX_BODY_BYTES = 64 * 1024 * 1024


@dataclass
class JournalEntry:
    """One request as the emulator saw it. status is 0 when the connection was dropped before any answer."""

    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes
    status: int
    at: float
    fault: str | None = None

    def header(self, name: str, default: str | None = None) -> str | None:
        return _header_lookup(self.headers, name, default)

    def json(self) -> Any:
        return json.loads(self.body.decode("utf-8"))


def _header_lookup(headers: dict[str, str], name: str, default: str | None) -> str | None:
    wanted = name.lower()
    for key, value in headers.items():
        if key.lower() == wanted:
            return value
    return default


class BadRequestBody(ValueError):
    """The request body is not the JSON or form data the endpoint expects."""


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes
    params: dict[str, str] = field(default_factory=dict)
    # Per-request scratch space for an emulator's hooks (e.g. rate-limit numbers for the response headers).
    context: dict[str, Any] = field(default_factory=dict)

    def header(self, name: str, default: str | None = None) -> str | None:
        """Case-insensitive header lookup."""
        return _header_lookup(self.headers, name, default)

    def arg(self, name: str, default: str | None = None) -> str | None:
        """The first value of a query parameter."""
        values = self.query.get(name)
        return values[0] if values else default

    @property
    def content_type(self) -> str:
        return (self.header("Content-Type") or "").split(";")[0].strip().lower()

    def json(self, *, decimals: bool = False) -> Any:
        """The body parsed as JSON; an empty body is None. Raises BadRequestBody.

        decimals=True reads JSON fractions as decimal.Decimal, so money never passes through float.
        """
        if not self.body.strip():
            return None
        try:
            return json.loads(self.body.decode("utf-8"), parse_float=Decimal if decimals else None)
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise BadRequestBody(f"request body is not valid JSON: {exc}") from exc

    def form(self) -> dict[str, str]:
        """The body parsed as application/x-www-form-urlencoded (last value wins). Raises BadRequestBody."""
        try:
            text = self.body.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise BadRequestBody(f"form body is not UTF-8: {exc}") from exc
        return {key: values[-1] for key, values in parse_qs(text, keep_blank_values=True).items()}


@dataclass
class Response:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def json(cls, obj: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
        body = json.dumps(obj, ensure_ascii=False).encode("utf-8")
        return cls(status, body, {"Content-Type": "application/json; charset=utf-8", **(headers or {})})

    @classmethod
    def empty(cls, status: int = 204, headers: dict[str, str] | None = None) -> Response:
        return cls(status, b"", dict(headers or {}))

    @classmethod
    def bytes(cls, data: bytes, content_type: str, status: int = 200,
              headers: dict[str, str] | None = None) -> Response:
        return cls(status, data, {"Content-Type": content_type, **(headers or {})})

    @classmethod
    def text(cls, text: str, status: int = 200, content_type: str = "text/plain; charset=utf-8",
             headers: dict[str, str] | None = None) -> Response:
        return cls(status, text.encode("utf-8"), {"Content-Type": content_type, **(headers or {})})

    def header(self, name: str, default: str | None = None) -> str | None:
        return _header_lookup(self.headers, name, default)


class Abort(Exception):
    """Raised inside a handler to answer with `response` at once."""

    def __init__(self, response: Response):
        super().__init__(response.status)
        self.response = response


def route(method: str, pattern: str) -> Callable[[Callable], Callable]:
    """Mark an emulator method as the handler of `method` on paths that fully match `pattern`.

    Named groups in the pattern become request.params.
    """

    def mark(func: Callable) -> Callable:
        routes = list(getattr(func, "_sandbox_routes", []))
        routes.append((method.upper(), pattern))
        func._sandbox_routes = routes  # type: ignore[attr-defined]
        return func

    return mark


@dataclass(frozen=True)
class _Route:
    method: str
    pattern: re.Pattern[str]
    handler_name: str


class Emulator:
    """Base of every service emulator: an HTTP server in a daemon thread, bound to 127.0.0.1:<ephemeral>."""

    service: ClassVar[str] = "emulator"
    api_prefix: ClassVar[str] = ""
    # Options a subclass accepts, with defaults; unknown options are refused so typos do not pass silently.
    default_options: ClassVar[dict[str, Any]] = {}
    _routes: ClassVar[list[_Route]] = []

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        collected: list[_Route] = []
        seen: set[str] = set()
        for klass in cls.__mro__:
            for name, attr in vars(klass).items():
                if name in seen:
                    continue
                seen.add(name)
                for method, pattern in getattr(attr, "_sandbox_routes", []):
                    collected.append(_Route(method, re.compile(pattern), name))
        cls._routes = collected

    def __init__(self, *, clock: ScaledClock | None = None, state_file: Path | None = None, **options: Any):
        unknown = sorted(set(options) - set(self.default_options))
        if unknown:
            allowed = ", ".join(sorted(self.default_options)) or "none"
            raise TypeError(
                f"{type(self).__name__}: unknown option(s) {', '.join(unknown)} (allowed: {allowed})"
            )
        self.options: dict[str, Any] = {**self.default_options, **options}
        self.clock = clock or ScaledClock()
        self.state_file = Path(state_file) if state_file is not None else None
        self.faults = FaultInjector()
        self.journal: list[JournalEntry] = []
        self.lock = threading.RLock()
        self._journal_lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._open_sockets: set[socket.socket] = set()
        self._sockets_lock = threading.Lock()
        if self.state_file is not None and self.state_file.exists():
            self._load_state_file(self.state_file)

    # ---- lifecycle -------------------------------------------------------------------------------------
    def start(self) -> Self:
        if self._server is not None:
            return self
        handler = type(f"{type(self).__name__}Handler", (_Handler,), {"emulator": self})
        server = _Server(("127.0.0.1", 0), handler)
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.05},
            name=f"sandbox-{self.service}", daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        server, self._server = self._server, None
        if server is None:
            return
        server.shutdown()
        server.server_close()
        # Keep-alive connections would otherwise hold their handler threads open after the server is gone.
        with self._sockets_lock:
            sockets = list(self._open_sockets)
            self._open_sockets.clear()
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError(f"the {self.service} emulator is not running; call start() first")
        return self._server.server_address[1]

    @property
    def root_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def base_url(self) -> str:
        return self.root_url + self.api_prefix

    def demo_credentials(self) -> dict[str, str]:
        return {}

    # ---- journal ----------------------------------------------------------------------------------------
    def journal_clear(self) -> None:
        with self._journal_lock:
            self.journal.clear()

    def journal_entries(self, method: str | None = None, path: str | None = None) -> list[JournalEntry]:
        """Journal entries filtered by method and a regex searched in the path."""
        with self._journal_lock:
            entries = list(self.journal)
        return [
            e for e in entries
            if (method is None or e.method == method.upper()) and (path is None or re.search(path, e.path))
        ]

    def _record(self, entry: JournalEntry) -> None:
        with self._journal_lock:
            self.journal.append(entry)

    # ---- state persistence ----------------------------------------------------------------------------
    def dump_state(self) -> dict[str, Any]:
        """JSON-serialisable state; subclasses that keep state override this and load_state."""
        return {}

    def load_state(self, data: dict[str, Any]) -> None:
        """Restore what dump_state returned."""

    @contextlib.contextmanager
    def mutate(self) -> Iterator[None]:
        """Hold the state lock around a change and persist the state afterwards (when a state_file is set)."""
        with self.lock:
            yield
            self.save_state()

    def save_state(self) -> None:
        if self.state_file is None:
            return
        with self.lock:
            payload = json.dumps({"service": self.service, "state": self.dump_state()}, ensure_ascii=False)
            self.state_file.parent.mkdir(parents=True, exist_ok=True)
            # Write aside and rename, so a crash mid-write never leaves half a state file.
            fd, tmp = tempfile.mkstemp(prefix=self.state_file.name, suffix=".tmp", dir=self.state_file.parent)
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as handle:
                    handle.write(payload)
                os.replace(tmp, self.state_file)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
                raise

    def _load_state_file(self, path: Path) -> None:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ValueError(f"{path}: cannot read the {self.service} emulator state ({exc}); "
                             "delete the file to start from an empty state") from exc
        if not isinstance(data, dict) or data.get("service") != self.service or "state" not in data:
            raise ValueError(f"{path}: not a {self.service} emulator state file; "
                             "point --state-dir elsewhere or delete the file")
        with self.lock:
            self.load_state(data["state"])

    # ---- request pipeline hooks -----------------------------------------------------------------------
    def before_request(self, request: Request) -> Response | None:
        """Checks common to every route (auth, headers, rate limits); a Response answers at once."""
        return None

    def finalize_response(self, request: Request, response: Response) -> Response:
        """Last touch on every normal answer (e.g. rate-limit headers)."""
        return response

    def not_found(self, request: Request) -> Response:
        return Response.json({"error": "not_found", "error_description": f"No route for {request.path}"}, 404)

    def method_not_allowed(self, request: Request, allowed: list[str]) -> Response:
        return Response.json({"error": "method_not_allowed"}, 405, {"Allow": ", ".join(sorted(set(allowed)))})

    def fault_response(self, fault: Fault, request: Request) -> Response:
        """The answer of the faults that replace the service's own (status, rate_limit, malformed, html)."""
        if fault.kind == "status":
            return Response.json(
                {"error": "service_unavailable" if fault.status == 503 else "server_error",
                 "error_description": f"Injected HTTP {fault.status}"},
                fault.status,
            )
        if fault.kind == "rate_limit":
            return Response.json(
                {"error": "too_many_requests", "error_description": "Rate limit exceeded"}, 429,
                {"Retry-After": _format_seconds(fault.retry_after)},
            )
        if fault.kind == "malformed":
            return Response(200, b'{"id": 1, "status": "ok", "lines": [{"name": "trunc',
                            {"Content-Type": "application/json; charset=utf-8"})
        if fault.kind == "html":
            page = ("<!DOCTYPE html><html><head><title>Maintenance</title></head><body>"
                    "<h1>We'll be back soon</h1><p>The service is undergoing maintenance. "
                    "Please try again later.</p></body></html>")
            return Response.text(page, 200, "text/html; charset=utf-8")
        raise ValueError(f"fault kind {fault.kind!r} has no response of its own")

    # ---- dispatch -----------------------------------------------------------------------------------------
    def dispatch(self, request: Request) -> Response:
        """Route a request through before_request, the handler and finalize_response."""
        try:
            early = self.before_request(request)
            if early is not None:
                return self.finalize_response(request, early)
            response = self._route(request)
        except Abort as abort:
            response = abort.response
        except BadRequestBody as exc:
            response = Response.json({"error": "invalid_request", "error_description": str(exc)}, 400)
        except Exception:
            log.exception("%s emulator: handler failed for %s %s", self.service, request.method, request.path)
            response = Response.json(
                {"error": "emulator_error", "error_description": traceback.format_exc(limit=1)}, 500
            )
        return self.finalize_response(request, response)

    def _route(self, request: Request) -> Response:
        allowed: list[str] = []
        for rt in self._routes:
            match = rt.pattern.fullmatch(request.path)
            if match is None:
                continue
            if rt.method != request.method:
                allowed.append(rt.method)
                continue
            request.params = {k: v for k, v in match.groupdict().items() if v is not None}
            return getattr(self, rt.handler_name)(request)
        if allowed:
            return self.method_not_allowed(request, allowed)
        return self.not_found(request)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that timed out or hung up mid-answer is normal in fault tests, not an emulator failure.
        if isinstance(sys.exc_info()[1], ConnectionError | TimeoutError):
            log.debug("sandbox: client %s went away", client_address)
            return
        log.exception("sandbox: error while serving %s", client_address)


def _format_seconds(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


class _Handler(BaseHTTPRequestHandler):
    emulator: ClassVar[Emulator]
    protocol_version = "HTTP/1.1"
    server_version = "InvoiceDeskSandbox/1.0"
    # An idle keep-alive connection is closed after this many seconds so its thread ends.
    timeout = 30

    def setup(self) -> None:
        super().setup()
        # Small answers on keep-alive connections would otherwise wait on Nagle + delayed ACK (~40 ms each).
        with contextlib.suppress(OSError):
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        with self.emulator._sockets_lock:
            self.emulator._open_sockets.add(self.connection)

    def finish(self) -> None:
        with contextlib.suppress(OSError):
            super().finish()
        with self.emulator._sockets_lock:
            self.emulator._open_sockets.discard(self.connection)

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("%s emulator: " + format, self.emulator.service, *args)

    def _read_body(self) -> bytes | None:
        length_header = self.headers.get("Content-Length")
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            return self._read_chunked()
        if not length_header:
            return b""
        try:
            length = int(length_header)
        except ValueError:
            return None
        if length < 0 or length > MAX_BODY_BYTES:
            return None
        return self.rfile.read(length)

    def _read_chunked(self) -> bytes | None:
        chunks: list[bytes] = []
        total = 0
        while True:
            line = self.rfile.readline(1024)
            try:
                size = int(line.split(b";")[0].strip(), 16)
            except ValueError:
                return None
            if size == 0:
                while self.rfile.readline(1024) not in (b"\r\n", b"\n", b""):
                    pass
                return b"".join(chunks)
            total += size
            if total > MAX_BODY_BYTES:
                return None
            chunks.append(self.rfile.read(size))
            self.rfile.readline(1024)

    def _handle(self) -> None:
        emulator = self.emulator
        split = urlsplit(self.path)
        headers = {key: value for key, value in self.headers.items()}
        body = self._read_body()
        if body is None:
            self._send(Response.json({"error": "invalid_request",
                                      "error_description": "Unreadable or oversized request body"}, 400))
            self.close_connection = True
            return
        request = Request(
            method=self.command.upper(), path=split.path,
            query=parse_qs(split.query, keep_blank_values=True), headers=headers, body=body,
        )
        fault = emulator.faults.take(request.method, request.path)
        kind = fault.kind if fault else None

        def record(status: int) -> None:
            emulator._record(JournalEntry(request.method, request.path, request.query, headers, body, status,
                                          emulator.clock.now(), kind))

        if kind == "drop_before":
            record(0)
            self._drop()
            return
        if kind in ("status", "rate_limit", "malformed", "html"):
            response = emulator.fault_response(fault, request)
            record(response.status)
            self._send(response)
            return
        if kind == "slow":
            time.sleep(fault.delay)
        response = emulator.dispatch(request)
        if kind == "drop_after_commit":
            # The handler ran and its state change stands; the client never hears about it.
            record(0)
            self._drop()
            return
        record(response.status)
        self._send(response)

    def _drop(self) -> None:
        self.close_connection = True
        with contextlib.suppress(OSError):
            self.connection.shutdown(socket.SHUT_RDWR)

    def _send(self, response: Response) -> None:
        self.send_response(response.status)
        has_length = False
        for name, value in response.headers.items():
            if name.lower() == "content-length":
                has_length = True
            self.send_header(name, value)
        if not has_length:
            self.send_header("Content-Length", str(len(response.body)))
        # Head and body leave in one write, so the client never waits for a second segment.
        self._headers_buffer.append(b"\r\n")
        if self.command != "HEAD" and response.body:
            self._headers_buffer.append(response.body)
        self.flush_headers()

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _handle
