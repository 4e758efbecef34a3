"""ANAF's OAuth server (logincert.anaf.ro): the authorize address, the code exchange and the token refresh.

How ANAF differs from the usual recipe, and what this module does about it:
- the browser presents the person's qualified certificate (USB token + PIN) to the authorize page; there is no
  password and no headless login, so a person signs in once and the refresh token carries on from there;
- the code is valid for about 60 seconds: it is exchanged the moment it arrives;
- `token_content_type=jwt` is sent on both requests so that both tokens are JWTs whose `exp` can be read;
- every refresh returns a NEW access token AND a NEW refresh token: the caller persists the pair at once and
  never uses the old refresh token again;
- client authentication is HTTP Basic (ANAF's own guide); the token endpoint needs no certificate.

The errors of the sign-in are defined here too, each with advice that names the concrete fix.
"""

from __future__ import annotations

import base64
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlencode

from invoicedesk.connectors.anaf.tokens import TokenSet
from invoicedesk.connectors.calls import CallRecorder, discard
from invoicedesk.connectors.errors import N_, Advice, ConnectorError, ErrorCategory
from invoicedesk.connectors.http import HttpClient, HttpResponse, RetryPolicy, Timeouts
from invoicedesk.secrets.redaction import register_secret

SERVICE = "anaf"
PRODUCTION_OAUTH_URL = "https://logincert.anaf.ro/anaf-oauth2/v1"
CALLBACK_PATH = "/callback"
# The token endpoint answers in well under a second; a slow answer is better failed than waited on, because
# the code it carries dies after about 60 seconds anyway.
TOKEN_TIMEOUTS = Timeouts(connect=10.0, read=30.0)
_REDIRECT_MISMATCH_TEXT = "does not match with client app configuration"


def callback_url(port: int) -> str:
    """The exact address to register in ANAF for one local port (https, localhost, /callback)."""
    return f"https://localhost:{int(port)}{CALLBACK_PATH}"


def authorize_url(oauth_base_url: str, client_id: str, redirect_uri: str, state: str) -> str:
    query = urlencode({
        "response_type": "code",
        "client_id": client_id,
        "redirect_uri": redirect_uri,
        "token_content_type": "jwt",
        "state": state,
    })
    return f"{oauth_base_url.rstrip('/')}/authorize?{query}"


@dataclass(frozen=True)
class OAuthApp:
    """The Client ID and Client Secret ANAF generated for the application registered in its portal."""

    client_id: str
    client_secret: str = field(repr=False)


# ---- errors of the sign-in -----------------------------------------------------------------------------


class SignInError(ConnectorError):
    """A ConnectorError whose advice is specific to ANAF's certificate sign-in.

    `advice` is ready to show (English, placeholders filled in). A UI that translates first uses
    `advice_template` (the marked source strings) and fills in `advice_values` after translating.
    """

    def __init__(self, category: ErrorCategory, detail: str, *, title: str, cause: str, what_to_do: str,
                 http_status: int | None = None, values: dict[str, str] | None = None) -> None:
        super().__init__(category, detail, service=SERVICE, http_status=http_status)
        self.advice_template = Advice(title, cause, what_to_do)
        self.advice_values = dict(values or {})

    @property
    def advice(self) -> Advice:
        template, values = self.advice_template, self.advice_values
        return Advice(template.title.format(**values), template.cause.format(**values),
                      template.what_to_do.format(**values))


class AccessDeniedError(SignInError):
    def __init__(self, detail: str = "ANAF answered error=access_denied") -> None:
        super().__init__(
            ErrorCategory.CREDENTIALS_REFUSED, detail,
            title=N_("ANAF did not receive a certificate"),
            cause=N_("The USB token was not plugged in, its driver did not show the certificate to the "
                     "browser, or no certificate was chosen (or the PIN prompt was cancelled)."),
            what_to_do=N_("Plug in the token, close ALL browser windows (the browser remembers the previous "
                          "certificate choice until it is closed completely), then sign in again and choose "
                          "the certificate when the browser asks."),
        )


class RedirectMismatchError(SignInError):
    def __init__(self, redirect_uri: str, detail: str = "") -> None:
        super().__init__(
            ErrorCategory.ACCOUNT_NOT_FOUND,
            detail or f"ANAF refused the callback address {redirect_uri}: it is not registered for this "
                      "Client ID",
            title=N_("The callback address is not registered in ANAF"),
            cause=N_("ANAF accepts only callback addresses registered for the application, character for "
                     "character, port included."),
            what_to_do=N_("In ANAF's portal open \"Editare profil Oauth\", edit the application and add this "
                          "exact Callback URL: {redirect_uri} (or change the ports in InvoiceDesk to the "
                          "ones registered there). Then sign in again."),
            values={"redirect_uri": redirect_uri},
        )
        self.redirect_uri = redirect_uri


class CallbackPortsBusyError(SignInError):
    def __init__(self, ports: tuple[int, ...]) -> None:
        listed = ", ".join(str(p) for p in ports)
        super().__init__(
            ErrorCategory.NETWORK,
            f"none of the registered callback ports is free on this computer ({listed})",
            title=N_("The sign-in cannot listen on any registered port"),
            cause=N_("Other programs (or another InvoiceDesk sign-in) use every port registered as a "
                     "callback address: {ports}."),
            what_to_do=N_("Close the program that uses one of these ports, or register one more callback "
                          "address in ANAF (https://localhost:PORT/callback with a free port) and add that "
                          "port in InvoiceDesk. Meanwhile you can sign in by pasting the address from the "
                          "browser."),
            values={"ports": listed},
        )
        self.ports = ports


class SignInTimeoutError(SignInError):
    def __init__(self, seconds: float, redirect_uri: str) -> None:
        super().__init__(
            ErrorCategory.NETWORK,
            f"no answer from ANAF reached {redirect_uri} within {seconds:g} s",
            title=N_("The sign-in was not completed in time"),
            cause=N_("The browser did not come back from ANAF: the certificate or PIN was not given, the "
                     "browser window was closed, or ANAF showed an error such as \"Redirect-URI … does not "
                     "match with client app configuration\"."),
            what_to_do=N_("Start the sign-in again and finish it within the time shown. If ANAF showed that "
                          "the Redirect-URI does not match, register exactly {redirect_uri} in ANAF's "
                          "\"Editare profil Oauth\"."),
            values={"redirect_uri": redirect_uri},
        )
        self.redirect_uri = redirect_uri


class SignInCancelledError(SignInError):
    def __init__(self) -> None:
        super().__init__(
            ErrorCategory.CREDENTIALS_REFUSED, "the sign-in was cancelled",
            title=N_("The sign-in was cancelled"), cause=N_("It was stopped before ANAF answered."),
            what_to_do=N_("Start the sign-in again when ready."),
        )


class ForeignCallbackError(SignInError):
    """A pasted or received answer that does not belong to the current sign-in attempt."""

    def __init__(self, detail: str) -> None:
        super().__init__(
            ErrorCategory.PROTOCOL_SURPRISE, detail,
            title=N_("That answer does not belong to this sign-in"),
            cause=N_("The address comes from an earlier or another sign-in attempt (its state does not "
                     "match), or it is incomplete."),
            what_to_do=N_("Copy the whole address from the browser's address bar after the LAST sign-in, or "
                          "start the sign-in again."),
        )


class ClientRefusedError(SignInError):
    def __init__(self, detail: str, http_status: int | None = None) -> None:
        super().__init__(
            ErrorCategory.CREDENTIALS_REFUSED, detail,
            title=N_("ANAF did not accept the Client ID or Client Secret"),
            cause=N_("The Client ID / Client Secret are mistyped, belong to another application, or were "
                     "deleted in ANAF's portal (\"Renunțare Oauth\" deletes all of them)."),
            what_to_do=N_("Copy both again from ANAF's portal, \"Editare profil Oauth\" → your application, "
                          "into the e-Factura settings, then sign in again."),
            http_status=http_status,
        )


class CodeRejectedError(SignInError):
    def __init__(self, detail: str, http_status: int | None = None) -> None:
        super().__init__(
            ErrorCategory.CREDENTIALS_REFUSED, detail,
            title=N_("ANAF did not accept the sign-in code"),
            cause=N_("The one-time code expired (ANAF allows about 60 seconds) or was already used."),
            what_to_do=N_("Sign in again; InvoiceDesk exchanges the code the moment the browser returns."),
            http_status=http_status,
        )


class CertificateSignInRequiredError(SignInError):
    def __init__(self, detail: str, http_status: int | None = None) -> None:
        super().__init__(
            ErrorCategory.CREDENTIALS_REFUSED, detail,
            title=N_("Sign in with the certificate again"),
            cause=N_("The saved ANAF tokens are missing, expired or were refused, so they cannot be renewed "
                     "without the certificate."),
            what_to_do=N_("Plug in the USB token and use \"Sign in with certificate\" in the e-Factura "
                          "settings (or `invoicedesk efactura login`)."),
            http_status=http_status,
        )


class TokenAnswerLostError(SignInError):
    """A token request may have reached ANAF, but its answer never arrived. Nothing can be looked up."""

    def __init__(self, detail: str, *, during_sign_in: bool) -> None:
        if during_sign_in:
            what_to_do = N_("Sign in again: the one-time code cannot be used a second time.")
        else:
            what_to_do = N_("Nothing to do now: the saved tokens stay and the renewal is tried again later. "
                            "If ANAF then refuses it, sign in with the certificate again.")
        super().__init__(
            ErrorCategory.NETWORK, detail,
            title=N_("ANAF's answer about the tokens was lost"),
            cause=N_("The connection broke after the request was sent, so it is unknown whether ANAF issued "
                     "new tokens."),
            what_to_do=what_to_do,
        )


# ---- the token endpoint --------------------------------------------------------------------------------


class AnafOAuthClient:
    """Code exchange and refresh at `<oauth base>/token`. One instance per OAuth app."""

    def __init__(
        self,
        oauth_base_url: str,
        app: OAuthApp,
        *,
        recorder: CallRecorder = discard,
        connection_id: int | None = None,
        timeouts: Timeouts | None = None,
        now: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
    ) -> None:
        self.oauth_base_url = oauth_base_url.rstrip("/")
        self.app = app
        self._now = now
        register_secret(app.client_secret)
        # A token request is never repeated once it may have left: a code is single-use and a refresh rotates
        # the pair. Only a connection that was never made is tried again.
        self.http = HttpClient(
            self.oauth_base_url, service=SERVICE, connection_id=connection_id,
            timeouts=timeouts or TOKEN_TIMEOUTS, retry=RetryPolicy(attempts=2, base_delay=0.5, max_delay=2.0),
            recorder=recorder,
        )

    def close(self) -> None:
        self.http.close()

    def authorize_url(self, redirect_uri: str, state: str) -> str:
        return authorize_url(self.oauth_base_url, self.app.client_id, redirect_uri, state)

    def exchange_code(self, code: str, redirect_uri: str) -> TokenSet:
        """Trade the one-time code for the token pair; call it the moment the code arrives."""
        register_secret(code)
        form = {
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": redirect_uri,
            "token_content_type": "jwt",
        }
        return self._token_request(form, mapper=lambda r: _map_code_error(r, redirect_uri),
                                   during_sign_in=True)

    def refresh(self, refresh_token: str) -> TokenSet:
        """A new pair for the refresh token. The old refresh token must not be used again afterwards."""
        form = {"grant_type": "refresh_token", "refresh_token": refresh_token, "token_content_type": "jwt"}
        return self._token_request(form, mapper=_map_refresh_error, during_sign_in=False)

    def _token_request(self, form: dict[str, str], *, mapper: Callable[[HttpResponse], ConnectorError | None],
                       during_sign_in: bool) -> TokenSet:
        credentials = f"{self.app.client_id}:{self.app.client_secret}".encode()
        try:
            response = self.http.request(
                "POST", "token", form=form,
                headers={"Authorization": "Basic " + base64.b64encode(credentials).decode("ascii"),
                         "Accept": "application/json"},
                error_mapper=mapper,
            )
        except ConnectorError as exc:
            if exc.category is ErrorCategory.UNCERTAIN_OUTCOME:
                raise TokenAnswerLostError(exc.detail, during_sign_in=during_sign_in) from exc
            raise
        data = response.data if isinstance(response.data, dict) else {}
        access, refresh = data.get("access_token"), data.get("refresh_token")
        if not isinstance(access, str) or not access or not isinstance(refresh, str) or not refresh:
            raise ConnectorError(
                ErrorCategory.PROTOCOL_SURPRISE,
                "ANAF's token answer has no access_token and refresh_token "
                f"(fields: {', '.join(sorted(str(k) for k in data)) or 'none'})",
                service=SERVICE, http_status=response.status)
        register_secret(access)
        register_secret(refresh)
        return TokenSet.from_tokens(access, refresh, obtained_at=self._now())


def _oauth_error(response: HttpResponse) -> tuple[str, str] | None:
    data = response.data
    if response.status < 400 or not isinstance(data, dict) or not isinstance(data.get("error"), str):
        return None
    description = data.get("error_description")
    return data["error"], description if isinstance(description, str) else ""


def _map_common(response: HttpResponse, error: str, description: str) -> ConnectorError | None:
    if error == "invalid_client":
        return ClientRefusedError(f"ANAF refused the application's credentials (HTTP {response.status} "
                                  "invalid_client)", response.status)
    return None


def _map_code_error(response: HttpResponse, redirect_uri: str) -> ConnectorError | None:
    found = _oauth_error(response)
    if found is None:
        return None
    error, description = found
    common = _map_common(response, error, description)
    if common is not None:
        return common
    if _REDIRECT_MISMATCH_TEXT in description or "redirect_uri" in description.lower():
        return RedirectMismatchError(redirect_uri, f"ANAF: {error}: {description}")
    if error == "invalid_grant":
        return CodeRejectedError(f"ANAF: invalid_grant: {description}", response.status)
    return None


def _map_refresh_error(response: HttpResponse) -> ConnectorError | None:
    found = _oauth_error(response)
    if found is None:
        return None
    error, description = found
    common = _map_common(response, error, description)
    if common is not None:
        return common
    if error in ("invalid_grant", "invalid_token", "unauthorized_client"):
        return CertificateSignInRequiredError(
            f"ANAF refused the refresh token ({error}{': ' + description if description else ''})",
            response.status)
    return None
