"""OAuth 2 client credentials: POST /api/v3/oauth/token and the Bearer check on every other route."""

from __future__ import annotations

import base64
import binascii
import secrets
from typing import Any

from invoicedesk.sandbox.base import Request, Response, route
from invoicedesk.sandbox.fakturoid import common

BODY_CREDENTIALS = "Client ID and Client Secret have to be sent via HTTP Basic Authorization"
INVALID_CLIENT = ("Client authentication failed due to unknown client, no client authentication included, "
                  "or unsupported authentication method.")


def _basic_credentials(request: Request) -> tuple[str, str] | None:
    header = request.header("Authorization") or ""
    scheme, _, encoded = header.partition(" ")
    if scheme.lower() != "basic" or not encoded.strip():
        return None
    try:
        decoded = base64.b64decode(encoded.strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None
    client_id, sep, client_secret = decoded.partition(":")
    return (client_id, client_secret) if sep else None


class AuthRoutes:
    options: dict[str, Any]

    def _token_params(self, request: Request) -> dict[str, Any]:
        if request.content_type == "application/x-www-form-urlencoded":
            return request.form()
        data = request.json()
        if data is None:
            return {}
        if not isinstance(data, dict):
            return {"_not_an_object": True}
        return data

    @route("POST", r"/api/v3/oauth/token")
    def issue_token(self, request: Request) -> Response:
        params = self._token_params(request)
        if "_not_an_object" in params:
            return common.error(400, "invalid_request", "The request body must be a JSON object or a form")
        if "client_id" in params or "client_secret" in params:
            return common.error(400, "invalid_request", BODY_CREDENTIALS)
        credentials = _basic_credentials(request)
        expected = (self.options["client_id"], self.options["client_secret"])
        if credentials is None or not (secrets.compare_digest(credentials[0], expected[0])
                                       and secrets.compare_digest(credentials[1], expected[1])):
            return common.error(401, "invalid_client", INVALID_CLIENT,
                                {"WWW-Authenticate": 'Basic realm="Fakturoid"'})
        grant_type = params.get("grant_type")
        if not grant_type:
            return common.error(400, "invalid_request", "Missing required parameter: grant_type.")
        if grant_type != "client_credentials":
            return common.error(400, "unsupported_grant_type",
                                "The authorization grant type is not supported by the authorization server.")
        token = secrets.token_hex(32)
        ttl = int(self.options["token_ttl_seconds"])
        with self.mutate():
            tokens = self.store.tokens
            if self.options["new_token_revokes_old"]:
                for old in [t for t, info in tokens.items() if info["client_id"] == expected[0]]:
                    del tokens[old]
            now = self.now()
            for stale in [t for t, info in tokens.items() if info["expires_at"] <= now]:
                del tokens[stale]
            tokens[token] = {"client_id": expected[0], "expires_at": now + ttl}
        return Response.json({"access_token": token, "token_type": "Bearer", "expires_in": ttl},
                             headers={"Cache-Control": "no-store", "Pragma": "no-cache"})

    def check_bearer(self, request: Request) -> Response | None:
        """None when the request carries a live token, else the 401 answer."""
        header = request.header("Authorization") or ""
        scheme, _, token = header.partition(" ")
        token = token.strip()
        if scheme.lower() != "bearer" or not token:
            return self._invalid_token("The access token is missing")
        with self.lock:
            info = self.store.tokens.get(token)
        if info is None:
            return self._invalid_token("The access token is invalid")
        if info["expires_at"] <= self.now():
            return self._invalid_token("The access token expired")
        return None

    @staticmethod
    def _invalid_token(description: str) -> Response:
        challenge = f'Bearer realm="Fakturoid", error="invalid_token", error_description="{description}"'
        return common.error(401, "invalid_token", description, {"WWW-Authenticate": challenge})

    def revoke_tokens(self) -> None:
        """Invalidate every issued token (tests of the client's one-renewal-on-401)."""
        with self.mutate():
            self.store.tokens.clear()
