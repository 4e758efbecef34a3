"""ANAF's OAuth identity provider (logincert.anaf.ro): authorize with certificate + PIN, token, revoke, hello.

The real server is an F5 BIG-IP: the browser presents the qualified certificate, the token's driver asks for
the PIN. Here an HTML form stands in for both.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import secrets
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Any
from urllib.parse import unquote, urlencode

from invoicedesk.sandbox.anaf import login_page
from invoicedesk.sandbox.anaf.config import Certificate, ClientApp
from invoicedesk.sandbox.anaf.tokens import Grant, TokenSigner
from invoicedesk.sandbox.base import Request, Response, route
from invoicedesk.sandbox.clock import ScaledClock

OAUTH = "/anaf-oauth2/v1"


def _redirect(location: str) -> Response:
    return Response(302, b"", {"Location": location, "Cache-Control": "no-store"})


def _with_query(uri: str, params: dict[str, str]) -> str:
    return uri + ("&" if "?" in uri else "?") + urlencode(params)


def _oauth_error(error: str, description: str | None = None, status: int = 400) -> Response:
    body = {"error": error}
    if description:
        body["error_description"] = description
    return Response.json(body, status, {"Cache-Control": "no-store"})


class IdentityProviderRoutes:
    """Mixed into AnafEmulator; uses its options, clock, lock and the IdP state below."""

    options: dict[str, Any]
    client_apps: dict[str, ClientApp]
    certificates: dict[str, Certificate]
    signer: TokenSigner
    auth_codes: dict[str, dict[str, Any]]
    token_registry: dict[str, dict[str, Any]]
    clock: ScaledClock
    lock: AbstractContextManager[Any]
    mutate: Callable[[], AbstractContextManager[None]]

    # ---- authorize
    def _check_client(self, client_id: str, redirect_uri: str) -> Response | None:
        app = self.client_apps.get(client_id)
        if app is None:
            return _oauth_error("invalid_client", f"Client ID ({client_id}) is not registered.")
        if redirect_uri not in app.redirect_uris:
            # Exact string match, port included: the text is ANAF's.
            return _oauth_error(
                "invalid_request",
                f"Redirect-URI ({redirect_uri}) does not match with client app configuration.",
            )
        return None

    def _deny(self, redirect_uri: str, state: str | None, error: str = "access_denied") -> Response:
        params = {"error": error}
        if state is not None:
            params["state"] = state
        return _redirect(_with_query(redirect_uri, params))

    def _login_page(
        self, fields: dict[str, str], error: str | None = None, selected: str | None = None, status: int = 200
    ) -> Response:
        hidden = {
            k: fields[k]
            for k in ("response_type", "client_id", "redirect_uri", "state", "token_content_type")
            if k in fields
        }
        html = login_page.render(
            certificates=list(self.certificates.values()), hidden=hidden, error=error, selected=selected
        )
        return Response.text(html, status, "text/html; charset=utf-8", {"Cache-Control": "no-store"})

    @route("GET", OAUTH + "/authorize")
    def authorize_page(self, request: Request) -> Response:
        fields = {k: v[0] for k, v in request.query.items() if v}
        client_id, redirect_uri = fields.get("client_id", ""), fields.get("redirect_uri", "")
        refused = self._check_client(client_id, redirect_uri)
        if refused is not None:
            return refused
        state = fields.get("state")
        if fields.get("response_type") != "code":
            return self._deny(redirect_uri, state, "unsupported_response_type")
        if self.options["token_unplugged"]:
            # No certificate reaches the TLS handshake: the F5 gives up at once.
            return self._deny(redirect_uri, state)
        return self._login_page(fields)

    @route("POST", OAUTH + "/authorize")
    def authorize_submit(self, request: Request) -> Response:
        fields = request.form()
        client_id, redirect_uri = fields.get("client_id", ""), fields.get("redirect_uri", "")
        refused = self._check_client(client_id, redirect_uri)
        if refused is not None:
            return refused
        state = fields.get("state")
        serial = fields.get("certificate", "")
        if fields.get("action") == "cancel" or self.options["token_unplugged"] or not serial:
            return self._deny(redirect_uri, state)
        certificate = self.certificates.get(serial)
        if certificate is None:
            return self._login_page(fields, error="Certificatul ales nu este disponibil pe token.")
        if not hmac.compare_digest(fields.get("pin", "").encode(), str(self.options["pin"]).encode()):
            return self._login_page(
                fields, error="PIN incorect. Introduceti din nou PIN-ul token-ului.", selected=serial
            )
        # Standard base64 with padding on purpose: real codes carry '+', '/' and '=' that clients must decode.
        code = base64.b64encode(secrets.token_bytes(34)).decode("ascii")
        now = self.clock.now()
        with self.mutate():
            # Forget codes nobody exchanged in time, so an emulator left running does not pile them up.
            lifetime = float(self.options["code_lifetime"])
            for stale in [c for c, entry in self.auth_codes.items() if now - entry["issued_at"] > lifetime]:
                del self.auth_codes[stale]
            self.auth_codes[code] = {
                "client_id": client_id,
                "redirect_uri": redirect_uri,
                "serial": serial,
                "issued_at": now,
            }
        params = {"code": code}
        if state is not None:
            params["state"] = state
        return _redirect(_with_query(redirect_uri, params))

    # ---- token
    def _authenticated_client(self, request: Request, form: dict[str, str]) -> ClientApp | None:
        client_id, secret = form.get("client_id"), form.get("client_secret")
        header = request.header("Authorization") or ""
        if header[:6].lower() == "basic ":
            try:
                decoded = base64.b64decode(header[6:].strip(), validate=True).decode("utf-8")
            except (binascii.Error, UnicodeDecodeError):
                return None
            user, sep, password = decoded.partition(":")
            if not sep:
                return None
            client_id, secret = unquote(user), unquote(password)
        app = self.client_apps.get(client_id or "")
        if (
            app is None
            or secret is None
            or not hmac.compare_digest(secret.encode(), app.client_secret.encode())
        ):
            return None
        return app

    def _issue_pair(self, app: ClientApp, serial: str) -> Response:
        now = self.clock.now()
        certificate = self.certificates.get(serial)
        grant = Grant(app.client_id, serial, certificate.holder if certificate else "")
        access_lifetime = float(self.options["access_token_lifetime"])
        refresh_lifetime = float(self.options["refresh_token_lifetime"])
        access, access_claims = self.signer.issue(grant, issued_at=now, lifetime=access_lifetime)
        refresh, refresh_claims = self.signer.issue(grant, issued_at=now, lifetime=refresh_lifetime)
        self.token_registry[access_claims["jti"]] = {
            "kind": "access",
            "revoked": False,
            "exp": access_claims["exp"],
        }
        self.token_registry[refresh_claims["jti"]] = {
            "kind": "refresh",
            "revoked": False,
            "exp": refresh_claims["exp"],
        }
        return Response.json(
            {
                "access_token": access,
                "token_type": "Bearer",
                "expires_in": int(access_lifetime),
                "refresh_token": refresh,
            },
            200,
            {"Cache-Control": "no-store", "Pragma": "no-cache"},
        )

    @route("POST", OAUTH + "/token")
    def token(self, request: Request) -> Response:
        form = request.form()
        app = self._authenticated_client(request, form)
        if app is None:
            return _oauth_error("invalid_client")
        grant_type = form.get("grant_type")
        now = self.clock.now()
        with self.mutate():
            if grant_type == "authorization_code":
                code = self.auth_codes.get(form.get("code", ""))
                if code is None or code["client_id"] != app.client_id:
                    return _oauth_error(
                        "invalid_grant", "The authorization code is invalid or was already used."
                    )
                if now - code["issued_at"] > float(self.options["code_lifetime"]):
                    del self.auth_codes[form["code"]]
                    return _oauth_error("invalid_grant", "The authorization code has expired.")
                if form.get("redirect_uri") != code["redirect_uri"]:
                    return _oauth_error(
                        "invalid_grant", "The redirect_uri does not match the authorization request."
                    )
                del self.auth_codes[form["code"]]  # single use
                return self._issue_pair(app, code["serial"])
            if grant_type == "refresh_token":
                claims = self.signer.verify(form.get("refresh_token", ""), now=now)
                entry = self.token_registry.get(claims["jti"]) if claims else None
                if (
                    claims is None
                    or entry is None
                    or entry["kind"] != "refresh"
                    or entry["revoked"]
                    or claims.get("clientappid") != app.client_id
                ):
                    return _oauth_error("invalid_grant", "The refresh token is invalid, expired or revoked.")
                if self.options["refresh_invalidates_old"]:
                    entry["revoked"] = True
                return self._issue_pair(app, claims["serial"])
        return _oauth_error("unsupported_grant_type")

    # ---- revoke, policy page, token test
    @route("GET", OAUTH + "/revoke")
    @route("POST", OAUTH + "/revoke")
    def revoke(self, request: Request) -> Response:
        # The F5 has no headless revoke: whatever is posted, it sends the client to its policy page.
        return _redirect("/my.policy")

    @route("GET", r"/my\.policy")
    def policy_page(self, request: Request) -> Response:
        page = (
            "<!DOCTYPE html><html><head><title>Access policy</title></head><body>"
            "<p>Access policy evaluation is already in progress for your current session.</p></body></html>"
        )
        return Response.text(page, 200, "text/html; charset=utf-8")

    def bearer_claims(self, request: Request) -> dict[str, Any] | None:
        """Claims of a valid, unrevoked access token in the Authorization header."""
        header = request.header("Authorization") or ""
        if header[:7].lower() != "bearer ":
            return None
        claims = self.signer.verify(header[7:].strip(), now=self.clock.now())
        if claims is None:
            return None
        with self.lock:
            entry = self.token_registry.get(claims["jti"])
        if entry is None or entry["kind"] != "access" or entry["revoked"]:
            return None
        return claims

    @route("GET", r"/TestOauth/jaxrs/hello")
    def hello(self, request: Request) -> Response:
        claims = self.bearer_claims(request)
        assert claims is not None  # before_request answered 401 otherwise
        # ANAF's gateway adds the certificate serial to the request; hello echoes the headers it received.
        echoed = {k: v for k, v in request.headers.items() if k.lower() != "authorization"}
        echoed["serial_certificate"] = claims["serial"]
        echoed["clientappid"] = claims["clientappid"]
        lines = [f"Hello {request.arg('name', '')}"] + [f"{k}: {v}" for k, v in echoed.items()]
        return Response.text("\n".join(lines) + "\n")
