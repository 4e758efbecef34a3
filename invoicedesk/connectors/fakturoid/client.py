"""Fakturoid API v3 over HTTP: the client-credentials token, account-scoped paths and paging.

Tokens (fact sheet §2): a client-credentials token lives 7200 s and there is no refresh token. Sources
disagree on whether a new token invalidates the previous one, so one token per credential pair is cached for
the whole process and shared by every connection and thread, renewed about 60 s before it expires, and after a
401 exactly one new token is fetched and the call retried once.
"""

from __future__ import annotations

import base64
import hashlib
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from invoicedesk.connectors.errors import ConnectorError, ErrorCategory
from invoicedesk.connectors.fakturoid.errors import map_error, token_error
from invoicedesk.connectors.fakturoid.mapping import SERVICE
from invoicedesk.connectors.http import HttpClient, HttpResponse
from invoicedesk.secrets.redaction import register_secret

PAGE_SIZE = 40  # fixed by Fakturoid
RENEW_BEFORE_EXPIRY = 60.0


@dataclass(frozen=True)
class _Token:
    value: str
    expires_at: float  # on the cache's monotonic clock


class TokenCache:
    """Access tokens by credential pair; the key holds a digest of the secret, never the secret itself."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self._tokens: dict[tuple[str, str, str], _Token] = {}
        self._lock = threading.Lock()
        # One fetch per credential pair at a time, so concurrent callers do not mint tokens that kill each
        # other.
        self._fetch_locks: dict[tuple[str, str, str], threading.Lock] = {}

    @staticmethod
    def key(token_url: str, client_id: str, client_secret: str) -> tuple[str, str, str]:
        return token_url, client_id, hashlib.sha256(client_secret.encode("utf-8")).hexdigest()

    def valid(self, key: tuple[str, str, str]) -> str | None:
        with self._lock:
            token = self._tokens.get(key)
        if token is not None and self.clock() < token.expires_at:
            return token.value
        return None

    def store(self, key: tuple[str, str, str], value: str, lifetime: float) -> None:
        margin = min(RENEW_BEFORE_EXPIRY, lifetime / 2)
        with self._lock:
            self._tokens[key] = _Token(value, self.clock() + lifetime - margin)

    def discard(self, key: tuple[str, str, str], value: str) -> None:
        """Forget `value` unless another thread has already replaced it with a fresh token."""
        with self._lock:
            token = self._tokens.get(key)
            if token is not None and token.value == value:
                del self._tokens[key]

    def fetch_lock(self, key: tuple[str, str, str]) -> threading.Lock:
        with self._lock:
            return self._fetch_locks.setdefault(key, threading.Lock())


TOKENS = TokenCache()


class FakturoidClient:
    def __init__(
        self,
        http: HttpClient,
        *,
        slug: str,
        client_id: str,
        client_secret: str,
        tokens: TokenCache = TOKENS,
    ) -> None:
        self.http = http
        self.slug = slug
        self._client_id = client_id
        self._client_secret = client_secret
        self._tokens = tokens
        self._token_key = TokenCache.key(http.url_for("oauth/token"), client_id, client_secret)

    # ---- auth ---------------------------------------------------------------------------------------------

    def token(self) -> str:
        cached = self._tokens.valid(self._token_key)
        if cached is not None:
            return cached
        with self._tokens.fetch_lock(self._token_key):
            cached = self._tokens.valid(self._token_key)
            if cached is not None:
                return cached
            return self._fetch_token()

    def _fetch_token(self) -> str:
        if not self._client_id or not self._client_secret:
            raise ConnectorError(ErrorCategory.CREDENTIALS_REFUSED,
                                 "The Client ID or Client Secret is missing; enter both in the connection "
                                 "settings",
                                 service=SERVICE)
        basic = base64.b64encode(f"{self._client_id}:{self._client_secret}".encode()).decode("ascii")
        register_secret(basic)
        response = self.http.request(
            "POST", "oauth/token",
            json={"grant_type": "client_credentials"},
            headers={"Authorization": f"Basic {basic}"},
            idempotent=True,  # asking for a token twice does no harm
            error_mapper=token_error,
        )
        data = response.data if isinstance(response.data, Mapping) else {}
        token = data.get("access_token")
        if not isinstance(token, str) or not token:
            raise ConnectorError(ErrorCategory.PROTOCOL_SURPRISE, "Fakturoid's token answer has no "
                                                                  "access_token",
                                 service=SERVICE, http_status=response.status)
        register_secret(token)
        try:
            lifetime = float(data.get("expires_in", 7200))
        except (TypeError, ValueError):
            lifetime = 7200.0
        self._tokens.store(self._token_key, token, lifetime)
        return token

    # ---- calls --------------------------------------------------------------------------------------------

    def account_path(self, relative: str) -> str:
        return f"accounts/{self.slug}/{relative.lstrip('/')}"

    def call(self, method: str, path: str, **kwargs: Any) -> HttpResponse:
        """An authenticated call; `path` is relative to the API root (use account_path for account data)."""
        kwargs.setdefault("error_mapper", map_error)
        headers = kwargs.pop("headers", None)
        token = self.token()
        try:
            return self.http.request(method, path, headers=self._auth(token, headers), **kwargs)
        except ConnectorError as error:
            if error.http_status != 401:
                raise
        # The token expired early or was replaced elsewhere: one new token, one more try.
        self._tokens.discard(self._token_key, token)
        token = self.token()
        return self.http.request(method, path, headers=self._auth(token, headers), **kwargs)

    @staticmethod
    def _auth(token: str, headers: Mapping[str, str] | None) -> dict[str, str]:
        return {**(headers or {}), "Authorization": f"Bearer {token}"}

    def json_list(self, path: str, params: Mapping[str, Any] | None = None) -> list[Any]:
        data = self.call("GET", path, params=params).data
        if not isinstance(data, list):
            raise ConnectorError(ErrorCategory.PROTOCOL_SURPRISE,
                                 f"Fakturoid answered GET {path} with {type(data).__name__}, not a list",
                                 service=SERVICE)
        return data

    def json_object(self, method: str, path: str, **kwargs: Any) -> Mapping[str, Any]:
        data = self.call(method, path, **kwargs).data
        if not isinstance(data, Mapping):
            raise ConnectorError(ErrorCategory.PROTOCOL_SURPRISE,
                                 f"Fakturoid answered {method} {path} with {type(data).__name__}, not an "
                                  "object",
                                 service=SERVICE)
        return data

    def pages(self, path: str, params: Mapping[str, Any] | None = None) -> Iterator[Mapping[str, Any]]:
        """Every item of a list, page by page until Fakturoid answers `[]` (its documented end of a list)."""
        page = 1
        previous_ids: list[Any] | None = None
        while True:
            items = self.json_list(path, {**(params or {}), "page": page})
            if not items:
                return
            ids = [item.get("id") if isinstance(item, Mapping) else item for item in items]
            if ids == previous_ids:
                # A server that ignores `page` would otherwise keep us here for ever.
                raise ConnectorError(ErrorCategory.PROTOCOL_SURPRISE,
                                     f"Fakturoid returned the same page twice for {path} (page {page})",
                                     service=SERVICE)
            previous_ids = ids
            for item in items:
                if not isinstance(item, Mapping):
                    raise ConnectorError(ErrorCategory.PROTOCOL_SURPRISE,
                                         f"Fakturoid listed a {type(item).__name__} in {path}",
                                         service=SERVICE)
                yield item
            page += 1
