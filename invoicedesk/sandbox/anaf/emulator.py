"""The ANAF emulator: the OAuth IdP (logincert.anaf.ro) and the e-Factura API (api.anaf.ro) on one port.

A client of the real API works against it by changing only the host. Options (all optional):

- client_apps: [{client_id, client_secret, redirect_uris: [...]}] registered OAuth apps (exact redirect match)
- certificates: [{serial, holder, cifs: [...]}] the certificates on the user's token and their SPV rights
- pin ("1234"), token_unplugged (False: True answers access_denied at once)
- code_lifetime (60 s), access_token_lifetime (90 d), refresh_token_lifetime (365 d), refresh_invalidates_old
- processing_polls (1) and processing_seconds (0): `in prelucrare` for at least that many polls and seconds
- list_delay_seconds (0): how long a finished message takes to show in the lists
- status_polls_per_day (100), downloads_per_day (10), simple_lists_per_day (1500),
  paginated_lists_per_day (100000), rasp_per_day (1000): ANAF's daily limits
- calls_per_minute (1000), rate_limit_status (429, or 204 for the "no content" mode), retry_after (None: no
  Retry-After header; seconds otherwise)
- max_upload_bytes (10 MB), retention_days (60), registered_cifs (None = every CIF exists; else R6.1 for the
  others), enforcement_cifs (CIFs allowed executare=DA), waf (True), validator (None, or a callable taking the
  XML bytes and returning the blocking findings as strings, run on every UBL/CII upload and on `validare`)
- signing_key_pem (None: a new RSA key at start): the PEM private key for JWTs and seals

Durations are emulated seconds on the emulator's ScaledClock.
"""

from __future__ import annotations

import collections
import re
from typing import Any, ClassVar

from cryptography import x509
from lxml import etree

from invoicedesk.sandbox.anaf import config, keys, replies, seal
from invoicedesk.sandbox.anaf.idp import IdentityProviderRoutes
from invoicedesk.sandbox.anaf.invoice_facts import read_facts
from invoicedesk.sandbox.anaf.listing import ListingRoutes
from invoicedesk.sandbox.anaf.messaging import XML_PARSER, MessagingRoutes
from invoicedesk.sandbox.anaf.spv import ANY_ENVIRONMENT, Spv, Upload
from invoicedesk.sandbox.anaf.tokens import TokenSigner
from invoicedesk.sandbox.anaf.tools import ToolRoutes
from invoicedesk.sandbox.base import Emulator, Request, Response
from invoicedesk.sandbox.faults import Fault

DAY = 86400.0
# Constant so that tokens kept in a state file still verify after a restart (like ANAF's "anaf_2023_2024").
TOKEN_KEY_ID = "anaf_sandbox_1"
SEAL_ORGANIZATION = {"test": "ANAF-TEST", "prod": "ANAF"}
# Paths under ANAF's API gateway: rate limited; all but the public helpers need a Bearer token.
_API_PREFIXES = ("/test/FCTEL/rest/", "/prod/FCTEL/rest/", "/TestOauth/")
_PUBLIC_API = re.compile(r"/(test|prod)/FCTEL/rest/(validare|transformare)(/|$)")


class AnafEmulator(IdentityProviderRoutes, MessagingRoutes, ListingRoutes, ToolRoutes, Emulator):
    service = "anaf"
    api_prefix = "/test/FCTEL/rest"
    default_options: ClassVar[dict[str, Any]] = {
        "client_apps": None,
        "certificates": None,
        "pin": config.DEMO_PIN,
        "token_unplugged": False,
        "code_lifetime": 60.0,
        "access_token_lifetime": 90 * DAY,
        "refresh_token_lifetime": 365 * DAY,
        "refresh_invalidates_old": True,
        "processing_polls": 1,
        "processing_seconds": 0.0,
        "list_delay_seconds": 0.0,
        "status_polls_per_day": 100,
        "downloads_per_day": 10,
        "simple_lists_per_day": 1500,
        "paginated_lists_per_day": 100_000,
        "rasp_per_day": 1000,
        "calls_per_minute": 1000,
        "rate_limit_status": 429,
        "retry_after": None,
        "max_upload_bytes": 10 * 1024 * 1024,
        "retention_days": 60,
        "registered_cifs": None,
        "enforcement_cifs": (),
        "waf": True,
        "validator": None,
        "signing_key_pem": None,
    }

    def __init__(self, **kw: Any):
        # State first: the base restores a state file into these during its own __init__.
        self.spv = Spv()
        self.auth_codes: dict[str, dict[str, Any]] = {}
        self.token_registry: dict[str, dict[str, Any]] = {}
        self._key_pem: str | None = None
        self._certificate_pems: dict[str, str] = {}
        super().__init__(**kw)
        self._check_options()
        self.client_apps = config.client_apps(self.options["client_apps"] or config.DEMO_CLIENT_APPS)
        self.certificates = config.certificates(self.options["certificates"] or config.DEMO_CERTIFICATES)
        registered = self.options["registered_cifs"]
        self.options["registered_cifs"] = (
            None if registered is None else frozenset(str(c) for c in registered)
        )
        self.options["enforcement_cifs"] = frozenset(str(c) for c in self.options["enforcement_cifs"])
        if self._key_pem is None:
            # A caller-supplied key keeps tokens stable across runs (and saves tests the key generation).
            self._key_pem = self.options["signing_key_pem"] or keys.key_to_pem(keys.generate_key())
        self._key = keys.key_from_pem(self._key_pem)
        for environment, organization in SEAL_ORGANIZATION.items():
            if environment not in self._certificate_pems:
                certificate = keys.seal_certificate(self._key, organization, self.clock.now())
                self._certificate_pems[environment] = keys.certificate_to_pem(certificate)
        self._seal_certs = {
            env: keys.certificate_from_pem(pem) for env, pem in self._certificate_pems.items()
        }
        self.signer = TokenSigner(self._key, kid=TOKEN_KEY_ID)
        self._recent_calls: collections.deque[float] = collections.deque()

    def _check_options(self) -> None:
        validator = self.options["validator"]
        if validator is not None and not callable(validator):
            raise TypeError("ANAF emulator option validator must be a callable (XML bytes -> findings)")
        if self.options["rate_limit_status"] not in (429, 204):
            raise ValueError("ANAF emulator option rate_limit_status must be 429 or 204")
        for name in ("processing_polls", "status_polls_per_day", "downloads_per_day", "calls_per_minute"):
            if not isinstance(self.options[name], int) or self.options[name] < 0:
                raise ValueError(f"ANAF emulator option {name} must be a whole number >= 0")

    # ---- identities and keys
    def certificate_for(self, request: Request) -> config.Certificate | None:
        """The certificate behind the request's access token (its SPV rights), if the token is valid."""
        claims = self.bearer_claims(request)
        return self.certificates.get(claims["serial"]) if claims else None

    def sealer(self, document: bytes, environment: str) -> bytes:
        organization_env = "prod" if environment == "prod" else "test"
        return seal.seal(document, self._key, self._seal_certs[organization_env])

    def seal_certificates(self) -> list[x509.Certificate]:
        return list(self._seal_certs.values())

    def demo_credentials(self) -> dict[str, str]:
        app = next(iter(self.client_apps.values()))
        first = next(iter(self.certificates.values()))
        credentials = {
            "client_id": app.client_id,
            "client_secret": app.client_secret,
            "redirect_uris": " ".join(app.redirect_uris),
            "pin": str(self.options["pin"]),
            "certificate_serial": first.serial,
            "cifs": ",".join(first.cifs),
        }
        if self._server is not None:
            credentials.update(
                oauth_url=self.oauth_url,
                api_test_url=self.root_url + "/test/FCTEL/rest",
                api_prod_url=self.root_url + "/prod/FCTEL/rest",
            )
        return credentials

    @property
    def token_public_key_pem(self) -> str:
        """The public half of the JWT signing key, for tests that verify the signatures."""
        return keys.public_key_to_pem(self._key)

    @property
    def oauth_url(self) -> str:
        return self.root_url + "/anaf-oauth2/v1"

    # ---- test helpers
    def receive_invoice(self, cif: str, xml_bytes: bytes, *, environment: str | None = None) -> Upload:
        """Put a supplier's invoice into `cif`'s inbox (a FACTURA PRIMITA message, ready to download).

        `environment` "test" or "prod" limits it to one tree; None shows it in both.
        """
        if not str(cif).isascii() or not str(cif).isdigit():
            raise ValueError(f"receive_invoice: cif {cif!r} must be digits without the RO prefix")
        if environment not in (None, "test", "prod"):
            raise ValueError(
                f"receive_invoice: environment must be 'test', 'prod' or None, not {environment!r}"
            )
        try:
            root = etree.fromstring(xml_bytes, XML_PARSER)
        except etree.XMLSyntaxError as exc:
            raise ValueError(f"receive_invoice: the invoice is not well-formed XML ({exc})") from exc
        with self.mutate():
            return self.spv.receive(
                str(cif),
                xml_bytes,
                read_facts(root),
                environment=environment or ANY_ENVIRONMENT,
                now=self.clock.now(),
            )

    # ---- request pipeline
    def _rate_limited(self) -> Response | None:
        now = self.clock.now()
        with self.lock:
            while self._recent_calls and self._recent_calls[0] <= now - 60:
                self._recent_calls.popleft()
            if len(self._recent_calls) >= self.options["calls_per_minute"]:
                return self._limit_response(now)
            self._recent_calls.append(now)
        return None

    def _limit_response(self, now: float, retry_after: float | None = None) -> Response:
        if self.options["rate_limit_status"] == 204:
            return Response.empty(204)
        wait = retry_after if retry_after is not None else self.options["retry_after"]
        headers = {"Retry-After": str(max(1, round(wait)))} if wait is not None else None
        return replies.custom_error(
            now, 429, "Prea multe cereri. Limita de apeluri pe minut a fost depasita.", headers
        )

    def before_request(self, request: Request) -> Response | None:
        if not request.path.startswith(_API_PREFIXES):
            return None
        limited = self._rate_limited()
        if limited is not None:
            return limited
        # validare/transformare need no token (public host); under /test they answer 404, token or not.
        public = _PUBLIC_API.match(request.path) is not None
        if not public and self.bearer_claims(request) is None:
            return replies.custom_error(
                self.clock.now(),
                401,
                "Token invalid sau expirat",
                {"WWW-Authenticate": 'Bearer realm="api.anaf.ro"'},
            )
        return None

    def fault_response(self, fault: Fault, request: Request) -> Response:
        now = self.clock.now()
        if fault.kind == "html":
            return replies.waf_page()
        if fault.kind == "status":
            return replies.custom_error(now, fault.status, "A aparut o eroare tehnica. Cod: 500")
        if fault.kind == "rate_limit":
            return self._limit_response(now, fault.retry_after)
        return super().fault_response(fault, request)

    # ---- persistence
    def dump_state(self) -> dict[str, Any]:
        return {
            "key": self._key_pem,
            "seal_certificates": dict(self._certificate_pems),
            "auth_codes": self.auth_codes,
            "tokens": self.token_registry,
            "spv": self.spv.dump(),
        }

    def load_state(self, data: dict[str, Any]) -> None:
        self._key_pem = data.get("key")
        self._certificate_pems = dict(data.get("seal_certificates", {}))
        self.auth_codes = dict(data.get("auth_codes", {}))
        self.token_registry = dict(data.get("tokens", {}))
        self.spv = Spv.load(data.get("spv", {}))
