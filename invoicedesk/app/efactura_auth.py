"""Signing in to ANAF e-Factura with the certificate holder's USB token, and keeping the tokens fresh.

What is kept where:
- per company, an "anaf" connection row: environment, callback ports, CIFs, endpoints and which certificate
  holder signs in for it (a random holder id and the holder's name; no secrets);
- per holder, in the keyring: the OAuth application's Client ID and Secret under "anaf-app:<holder id>" and
  the token pair under "anaf-holder:<holder id>". ONE token set per holder serves every company linked to
  that holder, because one ANAF sign-in covers every CIF its holder may act for.

The UI and the CLI call these functions; the e-Factura client calls `access_token_for` before each request and
`renew_after_unauthorized` once after a 401.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import secrets
import webbrowser
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from invoicedesk.app.companies import get_company, list_companies
from invoicedesk.app.connections import SyncLogRecorder
from invoicedesk.app.context import AppContext
from invoicedesk.connectors.anaf.loopback import DEFAULT_TIMEOUT, LoopbackSignIn
from invoicedesk.connectors.anaf.oauth import (
    PRODUCTION_OAUTH_URL,
    AnafOAuthClient,
    CertificateSignInRequiredError,
    OAuthApp,
)
from invoicedesk.connectors.anaf.spec import (
    ENVIRONMENTS,
    PRODUCTION_API_URL,
    SERVICE_ID,
    SPEC,
    callback_urls,
)
from invoicedesk.connectors.anaf.tls import ensure_loopback_certificate
from invoicedesk.connectors.anaf.tokens import NotSignedInError, TokenKeeper, TokenSet, TokenVault
from invoicedesk.connectors.http import InsecureUrlError, check_service_url
from invoicedesk.core.documents import Company
from invoicedesk.core.errors import DomainValidationError, FieldError
from invoicedesk.store.repositories.connections import ConnectionRecord, ConnectionRepository

log = logging.getLogger(__name__)

R = TypeVar("R")
CONNECTION_NAME = "ANAF e-Factura"
_APP_NAMES = ("client_id", "client_secret")
_CIF = re.compile(r"[0-9]{2,10}")


class AnafNotConfiguredError(LookupError):
    """The company has no e-Factura setup yet, or its application credentials are gone from the keyring."""


@dataclass(frozen=True)
class AnafSetup:
    connection_id: int
    company_id: int
    holder_id: str
    holder_name: str
    environment: str
    callback_ports: tuple[int, ...]
    cifs: tuple[str, ...]
    oauth_base_url: str
    api_base_url: str

    @property
    def callback_urls(self) -> list[str]:
        """The exact addresses to register in ANAF's "Editare profil Oauth"."""
        return callback_urls(self.callback_ports)

    @property
    def app_ref(self) -> str:
        return f"anaf-app:{self.holder_id}"

    @property
    def tokens_ref(self) -> str:
        return f"anaf-holder:{self.holder_id}"


@dataclass(frozen=True)
class TokenStatus:
    holder: str
    access_expires_at: dt.datetime | None
    refresh_expires_at: dt.datetime | None
    days_until_certificate_login: int | None
    signed_in: bool = False
    needs_certificate_login: bool = True
    certificate_serial: str = ""
    expiry_from_token: bool = False  # False: a fallback lifetime (90 d / 365 d) was assumed


@dataclass(frozen=True)
class LoginResult:
    holder: str
    redirect_uri: str
    start_url: str
    browser_opened: bool
    status: TokenStatus


@dataclass(frozen=True)
class HolderInfo:
    holder_id: str
    holder_name: str
    company_ids: tuple[int, ...]
    cifs: tuple[str, ...]


# ---- setup ---------------------------------------------------------------------------------------------


def configure_anaf(
    ctx: AppContext,
    company_id: int,
    client_id: str,
    client_secret: str,
    callback_ports: Sequence[int | str] | str,
    environment: str,
    holder_name: str,
    *,
    cifs: Sequence[str] | str | None = None,
    oauth_base_url: str | None = None,
    api_base_url: str | None = None,
) -> AnafSetup:
    """Save (or change) the company's e-Factura setup; DomainValidationError names each field to fix.

    Companies given the same holder name share one holder, hence one sign-in and one OAuth application:
    saving another Client ID for a holder forgets that holder's tokens, which belong to the old application.
    """
    company = get_company(ctx, company_id)
    assert company.id is not None
    ports, problems = _ports(callback_ports)
    clean_cifs, cif_problems = _cifs(cifs, company)
    problems += cif_problems
    client_id, client_secret, holder_name = (str(v or "").strip() for v in (client_id, client_secret,
                                                                             holder_name))
    environment = str(environment or "").strip().lower()
    if not client_id:
        problems.append(FieldError("client_id", "Client ID is required",
                                   SPEC.field("client_id").where_to_find))
    if not client_secret:
        problems.append(FieldError("client_secret", "Client Secret is required",
                                   SPEC.field("client_secret").where_to_find))
    if not holder_name:
        problems.append(FieldError("holder_name", "The certificate holder's name is required",
                                   SPEC.field("holder_name").where_to_find))
    if environment not in ENVIRONMENTS:
        problems.append(FieldError("environment", f"{environment!r} is not an e-Factura environment",
                                   "Choose test or prod."))
    endpoints = {"oauth_base_url": oauth_base_url or PRODUCTION_OAUTH_URL,
                 "api_base_url": api_base_url or PRODUCTION_API_URL}
    for name, url in endpoints.items():
        try:
            check_service_url(url)
        except InsecureUrlError as exc:
            problems.append(FieldError(name, str(exc), "Leave the default address."))
    if problems:
        raise DomainValidationError(problems)

    holders = list_holders(ctx)
    own = next((h for h in holders if company.id in h.company_ids), None)
    holder_id = _holder_id_for(holders, holder_name)
    if holder_id is None:
        # A new name for a holder no other company shares is the same person renamed (a typo fixed): the
        # sign-in stays. Otherwise it is another person, who needs a sign-in of their own.
        holder_id = own.holder_id if own is not None and own.company_ids == (company.id,) \
            else secrets.token_hex(8)
    settings = {
        "holder_id": holder_id,
        "holder_name": holder_name,
        "environment": environment,
        "callback_ports": ",".join(str(p) for p in ports),
        "cifs": ",".join(clean_cifs),
        **{name: url.rstrip("/") for name, url in endpoints.items()},
    }
    app_ref, tokens_ref = f"anaf-app:{holder_id}", f"anaf-holder:{holder_id}"
    previous = ctx.secrets.read_many(app_ref, _APP_NAMES)
    ctx.secrets.save_many(app_ref, {"client_id": client_id, "client_secret": client_secret})
    try:
        with ctx.database.session() as session:
            repository = ConnectionRepository(session)
            existing = _anaf_connection(repository, company.id)
            if existing is None:
                record = repository.add(company.id, SERVICE_ID, _free_name(repository, company.id), settings,
                                        secret_ref=app_ref)
            else:
                record = repository.update(existing.id, settings=settings, secret_ref=app_ref)
    except BaseException:
        # The database refused: put the keyring back as it was, so nothing half-saved remains.
        if previous:
            ctx.secrets.save_many(app_ref, previous)
        else:
            ctx.secrets.delete(app_ref)
        raise
    if previous.get("client_id") and previous["client_id"] != client_id:
        log.info("The OAuth application of holder %s changed; its old tokens are forgotten", holder_id)
        TokenVault(ctx.secrets, tokens_ref).clear()
    if own is not None and own.holder_id != holder_id and own.company_ids == (company.id,):
        # The company was the last one of its former holder: nothing needs that holder's secrets any more.
        ctx.secrets.delete(f"anaf-app:{own.holder_id}")
        ctx.secrets.delete(f"anaf-holder:{own.holder_id}")
    return _setup_from(record)


def anaf_setup(ctx: AppContext, company_id: int) -> AnafSetup:
    with ctx.database.read_session() as session:
        record = _anaf_connection(ConnectionRepository(session), company_id)
    if record is None:
        raise AnafNotConfiguredError(
            f"ANAF e-Factura is not set up for company {company_id}: enter the Client ID, Client Secret, "
            "callback ports and certificate holder in the e-Factura settings first.")
    return _setup_from(record)


def list_holders(ctx: AppContext) -> list[HolderInfo]:
    """Every certificate holder and the companies (and CIFs) that share its sign-in."""
    found: dict[str, tuple[str, list[int], list[str]]] = {}
    for company in list_companies(ctx):
        assert company.id is not None
        try:
            setup = anaf_setup(ctx, company.id)
        except AnafNotConfiguredError:
            continue
        _name, companies, cifs = found.setdefault(setup.holder_id, (setup.holder_name, [], []))
        companies.append(company.id)
        cifs.extend(c for c in setup.cifs if c not in cifs)
    return [HolderInfo(hid, name, tuple(companies), tuple(cifs)) for hid, (name, companies, cifs)
            in found.items()]


# ---- signing in ----------------------------------------------------------------------------------------


class LoginAttempt:
    """One certificate sign-in under way: show `start_url` (or open it), then `wait()`.

    `complete_from_pasted(text)` finishes it with the address the browser ended on, for when the browser
    cannot reach this computer's listener; `cancel()` stops it.
    """

    def __init__(self, setup: AnafSetup, client: AnafOAuthClient, keeper: TokenKeeper,
                 sign_in: LoopbackSignIn[TokenSet]) -> None:
        self.setup = setup
        self._client = client
        self._keeper = keeper
        self._sign_in = sign_in

    @property
    def start_url(self) -> str:
        return self._sign_in.start_url

    @property
    def redirect_uri(self) -> str:
        return self._sign_in.redirect_uri

    @property
    def listening(self) -> bool:
        return self._sign_in.listening

    def wait(self, *, browser_opened: bool = False) -> LoginResult:
        try:
            tokens = self._sign_in.wait()
        finally:
            self._client.close()
        return self._result(tokens, browser_opened)

    def complete_from_pasted(self, text: str) -> LoginResult:
        tokens = self._sign_in.complete_from_pasted(text)
        self._client.close()
        return self._result(tokens, False)

    def cancel(self) -> None:
        self._sign_in.cancel()

    def close(self) -> None:
        self._sign_in.close()
        self._client.close()

    def _result(self, tokens: TokenSet, browser_opened: bool) -> LoginResult:
        return LoginResult(self.setup.holder_name, self.redirect_uri, self.start_url, browser_opened,
                           _status(self.setup, tokens))


def start_login(ctx: AppContext, company_id: int, *, timeout: float = DEFAULT_TIMEOUT, listen: bool = True
                ) -> LoginAttempt:
    """Prepare a sign-in and (listen=True) start listening on the first free registered port.

    Raises CallbackPortsBusyError when every registered port is taken; start_login(listen=False) then gives an
    attempt completed only by pasting the browser's final address.
    """
    setup = anaf_setup(ctx, company_id)
    client = _oauth_client(ctx, setup)
    keeper = _keeper(ctx, setup, client)

    def exchange(code: str, redirect_uri: str) -> TokenSet:
        # Runs the moment the browser returns: ANAF's code is only good for about a minute.
        tokens = client.exchange_code(code, redirect_uri)
        keeper.save_new(tokens)
        return tokens

    tls_context = ensure_loopback_certificate(ctx.paths.data_dir).server_context() if listen else None
    sign_in: LoopbackSignIn[TokenSet] = LoopbackSignIn(
        ports=setup.callback_ports, authorize_url_for=client.authorize_url, exchange=exchange,
        tls_context=tls_context, timeout=timeout)
    try:
        if listen:
            sign_in.start()
        else:
            sign_in.start_paste_only()
    except BaseException:
        client.close()
        raise
    return LoginAttempt(setup, client, keeper, sign_in)


def login(
    ctx: AppContext,
    company_id: int,
    *,
    open_browser: Callable[[str], object] = webbrowser.open,
    timeout: float = DEFAULT_TIMEOUT,
    on_started: Callable[[LoginAttempt], None] | None = None,
) -> LoginResult:
    """Sign in with the certificate: listen, open the browser on the start page, wait, exchange, save.

    `on_started` receives the attempt before the browser opens, so a UI can offer "Copy link", a paste box
    and Cancel while this call waits.
    """
    attempt = start_login(ctx, company_id, timeout=timeout)
    try:
        if on_started is not None:
            on_started(attempt)
        opened = _open(open_browser, attempt.start_url)
        return attempt.wait(browser_opened=opened)
    finally:
        attempt.close()


def _open(open_browser: Callable[[str], object], url: str) -> bool:
    try:
        return open_browser(url) is not False
    except Exception as exc:  # no browser is not fatal: the link can be copied by hand
        log.warning("Could not open the browser for the ANAF sign-in: %s", exc)
        return False


# ---- tokens --------------------------------------------------------------------------------------------


def refresh(ctx: AppContext, company_id: int) -> TokenStatus:
    """Renew the holder's token pair now (the "Refresh token" button); both tokens rotate."""
    setup = anaf_setup(ctx, company_id)
    client = _oauth_client(ctx, setup)
    try:
        tokens = _signed_in(lambda: _keeper(ctx, setup, client).refresh())
    finally:
        client.close()
    return _status(setup, tokens)


def status(ctx: AppContext, company_id: int) -> TokenStatus:
    """What is saved for the company's certificate holder; no network."""
    setup = anaf_setup(ctx, company_id)
    return _status(setup, TokenVault(ctx.secrets, setup.tokens_ref).load())


def access_token_for(ctx: AppContext, company_id: int) -> str:
    """A valid access token for the company's holder, renewed first when fewer than 7 days remain."""
    setup = anaf_setup(ctx, company_id)
    vault = TokenVault(ctx.secrets, setup.tokens_ref)
    tokens = vault.load()
    if tokens is None:
        raise CertificateSignInRequiredError(f"no ANAF tokens are saved for {setup.holder_name}")
    if not tokens.needs_renewal(dt.datetime.now(dt.UTC)):
        return tokens.access_token  # the common case needs no application credentials and no lock
    client = _oauth_client(ctx, setup)
    try:
        return _signed_in(lambda: _keeper(ctx, setup, client).access_token())
    finally:
        client.close()


def renew_after_unauthorized(ctx: AppContext, company_id: int, rejected_access_token: str) -> str:
    """ANAF answered 401 to this token: renew the pair once (not again if another caller already did)."""
    setup = anaf_setup(ctx, company_id)
    client = _oauth_client(ctx, setup)
    try:
        return _signed_in(lambda: _keeper(ctx, setup, client).after_unauthorized(rejected_access_token))
    finally:
        client.close()


def sign_out(ctx: AppContext, company_id: int) -> None:
    """Forget the holder's tokens on this computer (ANAF offers no revoke that works without a browser)."""
    setup = anaf_setup(ctx, company_id)
    TokenVault(ctx.secrets, setup.tokens_ref).clear()


# ---- pieces --------------------------------------------------------------------------------------------


def _signed_in(action: Callable[[], R]) -> R:
    try:
        return action()
    except NotSignedInError as exc:
        raise CertificateSignInRequiredError(str(exc)) from exc


def _status(setup: AnafSetup, tokens: TokenSet | None) -> TokenStatus:
    if tokens is None:
        return TokenStatus(setup.holder_name, None, None, None)
    now = dt.datetime.now(dt.UTC)
    return TokenStatus(
        holder=setup.holder_name,
        access_expires_at=tokens.access_expires_at,
        refresh_expires_at=tokens.refresh_expires_at,
        days_until_certificate_login=tokens.days_until_certificate_login(now),
        signed_in=tokens.access_usable(now) or tokens.refresh_usable(now),
        needs_certificate_login=not tokens.refresh_usable(now),
        certificate_serial=tokens.certificate_serial,
        expiry_from_token=tokens.expiry_from_token,
    )


def _oauth_client(ctx: AppContext, setup: AnafSetup) -> AnafOAuthClient:
    stored = ctx.secrets.read_many(setup.app_ref, _APP_NAMES)
    if not stored.get("client_id") or not stored.get("client_secret"):
        raise AnafNotConfiguredError(
            f"The ANAF Client ID and Client Secret of {setup.holder_name} are not in the system keyring: "
            "enter them again in the e-Factura settings.")
    return AnafOAuthClient(
        setup.oauth_base_url, OAuthApp(stored["client_id"], stored["client_secret"]),
        recorder=SyncLogRecorder(ctx.database), connection_id=setup.connection_id)


def _keeper(ctx: AppContext, setup: AnafSetup, client: AnafOAuthClient) -> TokenKeeper:
    return TokenKeeper(TokenVault(ctx.secrets, setup.tokens_ref), client.refresh,
                       lock_file=_lock_file(ctx, setup.holder_id))


def _lock_file(ctx: AppContext, holder_id: str) -> Path:
    return ctx.paths.data_dir / "locks" / f"anaf-holder-{holder_id}.lock"


def _anaf_connection(repository: ConnectionRepository, company_id: int) -> ConnectionRecord | None:
    for record in repository.list_for_company(company_id):
        if record.service == SERVICE_ID:
            return record
    return None


def _free_name(repository: ConnectionRepository, company_id: int) -> str:
    taken = {record.name for record in repository.list_for_company(company_id)}
    name, number = CONNECTION_NAME, 2
    while name in taken:
        name, number = f"{CONNECTION_NAME} ({number})", number + 1
    return name


def _setup_from(record: ConnectionRecord) -> AnafSetup:
    settings = record.settings
    ports = tuple(int(p) for p in str(settings.get("callback_ports", "")).split(",") if p.strip())
    cifs = tuple(c for c in str(settings.get("cifs", "")).split(",") if c)
    return AnafSetup(
        connection_id=record.id,
        company_id=record.company_id,
        holder_id=str(settings.get("holder_id", "")),
        holder_name=str(settings.get("holder_name", "")),
        environment=str(settings.get("environment", "test")),
        callback_ports=ports,
        cifs=cifs,
        oauth_base_url=str(settings.get("oauth_base_url") or PRODUCTION_OAUTH_URL),
        api_base_url=str(settings.get("api_base_url") or PRODUCTION_API_URL),
    )


def _normalised_name(name: str) -> str:
    return " ".join(name.split()).casefold()


def _holder_id_for(holders: list[HolderInfo], holder_name: str) -> str | None:
    wanted = _normalised_name(holder_name)
    for holder in holders:
        if _normalised_name(holder.holder_name) == wanted:
            return holder.holder_id
    return None


def _ports(value: Sequence[int | str] | str) -> tuple[tuple[int, ...], list[FieldError]]:
    items = value.replace(";", ",").split(",") if isinstance(value, str) else list(value or [])
    ports: list[int] = []
    problems: list[FieldError] = []
    for item in items:
        text = str(item).strip()
        if not text:
            continue
        if not text.isascii() or not text.isdigit() or not 1 <= int(text) <= 65535:
            problems.append(FieldError("callback_ports", f"{text!r} is not a port number",
                                       "Write the numbers after \"localhost:\" of the registered Callback "
                                       "URLs, separated by commas, e.g. 9002, 9003."))
        elif int(text) not in ports:
            ports.append(int(text))
    if not ports and not problems:
        problems.append(FieldError("callback_ports", "At least one callback port is required",
                                   SPEC.field("callback_ports").where_to_find))
    return tuple(ports), problems


def _cifs(value: Sequence[str] | str | None, company: Company) -> tuple[tuple[str, ...], list[FieldError]]:
    if value is None or (isinstance(value, str) and not value.strip()):
        own = company.registration_id or company.vat_id
        items = [own] if own else []
    else:
        items = value.replace(";", ",").split(",") if isinstance(value, str) else list(value)
    cifs: list[str] = []
    problems: list[FieldError] = []
    for item in items:
        text = re.sub(r"\s+", "", str(item)).upper().removeprefix("RO")
        if not text:
            continue
        if not _CIF.fullmatch(text):
            problems.append(FieldError("cifs", f"{item!r} is not a CIF",
                                       "Write the CUI as 2 to 10 digits, without the RO prefix."))
        elif text not in cifs:
            cifs.append(text)
    if not cifs and not problems:
        problems.append(FieldError("cifs", "No CIF is known for this company",
                                   "Enter the company's CUI (digits, without RO)."))
    return tuple(cifs), problems
