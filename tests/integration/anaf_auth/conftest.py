"""Fixtures for the ANAF sign-in tests: the ANAF emulator, an app context whose keyring behaves like Windows
Credential Manager (2560 bytes per entry), a Romanian company set up for e-Factura, and a scripted browser
that walks start page → certificate + PIN form → the TLS loopback listener over real HTTP."""

from __future__ import annotations

import shutil
import socket
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from lxml import html

from invoicedesk.app.companies import add_company
from invoicedesk.app.context import AppContext
from invoicedesk.app.efactura_auth import AnafSetup, configure_anaf
from invoicedesk.connectors.anaf.tls import ensure_loopback_certificate
from invoicedesk.core.documents import Address, Company, Country
from invoicedesk.sandbox import ScaledClock
from invoicedesk.sandbox.anaf import AnafEmulator
from invoicedesk.secrets import MemoryKeyring, SecretStore
from invoicedesk.store.database import sqlite_url

CLIENT_ID = "invoicedesk-test-app"
CLIENT_SECRET = "app-secret-Zq81+/="
PIN = "1234"
SERIAL = "2E5A1F0C8B3D4E6F"
CERTIFICATES = [
    {"serial": SERIAL, "holder": "Ana Popescu", "cifs": ["12345674", "76543210"]},
    {"serial": "41B7C9D2E3F40516", "holder": "Mihai Ionescu", "cifs": ["14399840"]},
]
TIMEOUT = 10
DAY = 86400.0


def free_port() -> int:
    """A port the kernel just handed out on 127.0.0.1, released again (ephemeral range, so rarely reused)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def callback(port: int) -> str:
    return f"https://localhost:{port}/callback"


@pytest.fixture(scope="session")
def signing_key_pem() -> str:
    """One RSA key for the run: generating one per emulator would dominate the test time."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()


@pytest.fixture
def ports() -> list[int]:
    return [free_port(), free_port(), free_port()]


@pytest.fixture
def make_emulator(signing_key_pem: str, ports: list[int]) -> Iterator[Callable[..., AnafEmulator]]:
    started: list[AnafEmulator] = []

    def make(**options) -> AnafEmulator:
        options.setdefault("client_apps", [{
            "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET,
            "redirect_uris": [callback(p) for p in ports],
        }])
        options.setdefault("certificates", CERTIFICATES)
        options.setdefault("signing_key_pem", signing_key_pem)
        emulator = AnafEmulator(**options).start()
        started.append(emulator)
        return emulator

    yield make
    for emulator in started:
        emulator.stop()


@pytest.fixture
def emulator(make_emulator: Callable[..., AnafEmulator]) -> AnafEmulator:
    return make_emulator()


@pytest.fixture
def keyring_backend() -> MemoryKeyring:
    return MemoryKeyring(max_entry_bytes=MemoryKeyring.WINDOWS_ENTRY_LIMIT_BYTES)


@pytest.fixture
def ctx(tmp_path: Path, _sqlite_template: Path, keyring_backend: MemoryKeyring) -> Iterator[AppContext]:
    # SQLite only: what is tested here is the sign-in, not the database engines (the store's own tests are).
    database = tmp_path / "db" / "invoicedesk.sqlite3"
    database.parent.mkdir(parents=True)
    shutil.copyfile(_sqlite_template, database)
    context = AppContext.open(data_dir=tmp_path / "data", database_url=sqlite_url(database),
                              secrets=SecretStore(keyring_backend))
    try:
        yield context
    finally:
        context.close()


def romanian_company(ctx: AppContext, name: str = "Cafea Buna SRL", cui: str = "12345674") -> Company:
    return add_company(ctx, Company(
        name=name, country=Country.RO, registration_id=cui, vat_id=f"RO{cui}", default_currency="RON",
        address=Address(street="Str. Lunga 1", city="Cluj-Napoca", postal_code="400001", country="RO",
                        region="RO-CJ"),
    ))


@pytest.fixture
def company(ctx: AppContext) -> Company:
    return romanian_company(ctx)


@pytest.fixture
def configure(ctx: AppContext, company: Company, emulator: AnafEmulator, ports: list[int]
              ) -> Callable[..., AnafSetup]:
    def setup(**overrides) -> AnafSetup:
        arguments = {
            "company_id": company.id, "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET,
            "callback_ports": ports, "environment": "test", "holder_name": "Ana Popescu",
            "oauth_base_url": emulator.oauth_url, "api_base_url": emulator.root_url,
        }
        arguments.update(overrides)
        return configure_anaf(ctx, **arguments)

    return setup


@pytest.fixture
def setup(configure: Callable[..., AnafSetup]) -> AnafSetup:
    return configure()


@dataclass
class BrowserVisit:
    start_page: requests.Response | None
    login_page: requests.Response
    callback_page: requests.Response | None
    final_url: str


class ScriptedBrowser:
    """Does what a person's browser does, over real HTTP: the local start page (TLS verified against the
    generated certificate), ANAF's certificate + PIN form, then the redirect back to the local listener."""

    def __init__(self, cert_file: Path) -> None:
        self.cert_file = cert_file
        self.http = requests.Session()
        self.http.trust_env = False  # a proxy from the environment must not see loopback traffic

    def get_local(self, url: str, **kw) -> requests.Response:
        return self.http.get(url, verify=str(self.cert_file), timeout=TIMEOUT, allow_redirects=False, **kw)

    def authorize_url_from_start_page(self, start_url: str) -> tuple[requests.Response, str]:
        page = self.get_local(start_url)
        assert page.status_code == 200, page.text
        return page, html.fromstring(page.text).get_element_by_id("continue").get("href")

    def sign_in(self, start_url: str, *, serial: str = SERIAL, pin: str = PIN, action: str = "signin",
                follow_callback: bool = True) -> BrowserVisit:
        start_page = None
        authorize = start_url
        if start_url.startswith("https://localhost"):
            start_page, authorize = self.authorize_url_from_start_page(start_url)
        login_page = self.http.get(authorize, timeout=TIMEOUT, allow_redirects=False)
        if login_page.status_code != 200:
            # ANAF answered at once: a redirect (token unplugged) or an error page (redirect mismatch).
            location = login_page.headers.get("Location", "")
            callback_page = self.get_local(location) if location and follow_callback else None
            return BrowserVisit(start_page, login_page, callback_page, location)
        document = html.fromstring(login_page.text)
        form = {i.get("name"): i.get("value") or "" for i in document.xpath('//form[@id="login"]//input')
                if i.get("type") == "hidden"}
        form.update(certificate=serial, pin=pin, action=action)
        action_url = requests.compat.urljoin(authorize, document.xpath('//form[@id="login"]/@action')[0])
        submitted = self.http.post(action_url, data=form, timeout=TIMEOUT, allow_redirects=False)
        assert submitted.status_code == 302, submitted.text
        location = submitted.headers["Location"]
        callback_page = self.get_local(location) if follow_callback else None
        return BrowserVisit(start_page, login_page, callback_page, location)

    def close(self) -> None:
        self.http.close()


@pytest.fixture
def browser(ctx: AppContext) -> Iterator[ScriptedBrowser]:
    # The same certificate the listener will serve: made once per data folder.
    scripted = ScriptedBrowser(ensure_loopback_certificate(ctx.paths.data_dir).cert_file)
    yield scripted
    scripted.close()


def token_posts(emulator: AnafEmulator, grant_type: str) -> int:
    return sum(1 for entry in emulator.journal_entries("POST", "/anaf-oauth2/v1/token")
               if f"grant_type={grant_type}" in entry.body.decode())


def clock_days_ago(days: float) -> ScaledClock:
    """An emulator clock running `days` behind real time: tokens it issues look that old to the app."""
    return ScaledClock(start=time.time() - days * DAY)
