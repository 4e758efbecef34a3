"""Fixtures for the e-Factura tests: the ANAF emulator over real HTTP on a clock the tests move, tokens from
its sign-in, a Romanian company with documents, and the wiring that points the app's services at it.

Time: the emulator, the client's list windows, the daily counters and the state machine all read the same
ScaledClock, and every wait of the app is spent by advancing it, so minutes of polling take milliseconds.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from urllib.parse import parse_qs, urlsplit
from zoneinfo import ZoneInfo

import pytest
import requests
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from invoicedesk.app.companies import add_company
from invoicedesk.app.context import AppContext
from invoicedesk.app.documents import save_document
from invoicedesk.app.efactura import EfacturaWiring
from invoicedesk.connectors.anaf.client import EfacturaClient
from invoicedesk.connectors.anaf.limits import DailyCallBudget
from invoicedesk.connectors.anaf.validation import RulesLocation, Validator
from invoicedesk.connectors.http import HttpClient, RecordingList, RetryPolicy, Timeouts
from invoicedesk.core.documents import (
    Address,
    BankAccount,
    Client,
    Company,
    Country,
    Document,
    DocumentLine,
    DocumentType,
)
from invoicedesk.sandbox import ScaledClock
from invoicedesk.sandbox.anaf import AnafEmulator

KIT = (Path(__file__).resolve().parents[3].parent / "shared" / "validation").resolve()
EXAMPLES = KIT / "examples"
# 2026-03-02 10:00 in Bucharest (EET, UTC+2).
START = dt.datetime(2026, 3, 2, 10, 0, tzinfo=ZoneInfo("Europe/Bucharest")).timestamp()
SELLER_CUI, BUYER_CUI = "12345674", "76543210"  # the demo certificate has SPV rights on both
TIMEOUT = 10


@pytest.fixture(scope="session")
def validator() -> Validator:
    if not (KIT / "cius-ro-1.0.9").is_dir():
        pytest.skip(f"the e-Factura validation kit is not at {KIT}")
    return Validator(RulesLocation(KIT))


@pytest.fixture(scope="session")
def signing_key_pem() -> str:
    """One RSA key for the run: generating a key per emulator would dominate the test time."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()


@pytest.fixture
def clock() -> ScaledClock:
    return ScaledClock(scale=1.0, start=START)


@pytest.fixture
def make_emulator(clock: ScaledClock, signing_key_pem: str) -> Iterator[Callable[..., AnafEmulator]]:
    started: list[AnafEmulator] = []

    def make(**options) -> AnafEmulator:
        options.setdefault("signing_key_pem", signing_key_pem)
        emulator = AnafEmulator(clock=clock, **options).start()
        started.append(emulator)
        return emulator

    yield make
    for emulator in started:
        emulator.stop()


class EmulatorTokens:
    """Signs in at the emulator as a browser would (certificate + PIN form, code exchange) and hands out the
    access token; `refresh=True` renews it with the refresh token, as the sign-in service does."""

    def __init__(self, emulator: AnafEmulator) -> None:
        self.emulator = emulator
        self.credentials = emulator.demo_credentials()
        self.http = requests.Session()
        self.http.trust_env = False
        self.tokens: dict[str, str] = {}
        self.refreshes = 0
        self.handed_out: list[str] = []

    def _token_endpoint(self, form: dict[str, str]) -> dict[str, str]:
        response = self.http.post(
            f"{self.emulator.oauth_url}/token",
            data=form,
            timeout=TIMEOUT,
            auth=(self.credentials["client_id"], self.credentials["client_secret"]),
        )
        assert response.status_code == 200, response.text
        return response.json()

    def sign_in(self) -> None:
        redirect = self.credentials["redirect_uris"].split()[0]
        form = {
            "response_type": "code",
            "client_id": self.credentials["client_id"],
            "redirect_uri": redirect,
            "token_content_type": "jwt",
            "state": "s1",
            "certificate": self.credentials["certificate_serial"],
            "pin": self.credentials["pin"],
            "action": "signin",
        }
        answer = self.http.post(
            f"{self.emulator.oauth_url}/authorize", data=form, allow_redirects=False, timeout=TIMEOUT
        )
        assert answer.status_code == 302, answer.text
        code = parse_qs(urlsplit(answer.headers["Location"]).query)["code"][0]
        self.tokens = self._token_endpoint(
            {
                "grant_type": "authorization_code",
                "code": code,
                "redirect_uri": redirect,
                "token_content_type": "jwt",
            }
        )

    def __call__(self, *, refresh: bool = False) -> str:
        if not self.tokens:
            self.sign_in()
        elif refresh:
            self.refreshes += 1
            self.tokens = self._token_endpoint(
                {"grant_type": "refresh_token", "refresh_token": self.tokens["refresh_token"]}
            )
        self.handed_out.append(self.tokens["access_token"])
        return self.tokens["access_token"]

    def close(self) -> None:
        self.http.close()


@dataclasses.dataclass
class Anaf:
    """The app's view of ANAF in a test: the emulator, the clock, the wiring and the sync-log records."""

    ctx: AppContext
    emulator: AnafEmulator
    clock: ScaledClock
    tokens: EmulatorTokens
    validator: Validator
    records: RecordingList
    clients: list[EfacturaClient] = dataclasses.field(default_factory=list)

    def now(self) -> dt.datetime:
        return dt.datetime.fromtimestamp(self.clock.now(), dt.UTC)

    def client(self, company_id: int | None = None, *, read_timeout: float = 5.0) -> EfacturaClient:
        http = HttpClient(
            self.emulator.root_url,
            service="anaf",
            recorder=self.records,
            timeouts=Timeouts(connect=2.0, read=read_timeout),
            retry=RetryPolicy(attempts=1),
            sleep=self.clock.advance,
        )
        client = EfacturaClient(
            http,
            self.emulator.root_url,
            "test",
            self.tokens,
            budget=DailyCallBudget(self.ctx.database, environment="test", clock=self.clock.now),
            public_url=self.emulator.root_url,
            clock=self.clock.now,
            sleep=self.clock.advance,
        )
        self.clients.append(client)
        return client

    def wiring(self, **changes) -> EfacturaWiring:
        wiring = EfacturaWiring(
            client_for=self.client,
            environment_for=lambda company_id: "test",
            validator=lambda: self.validator,
            now=self.now,
            sleep=self.clock.advance,
        )
        return dataclasses.replace(wiring, **changes)

    def journal(self, method: str, endpoint: str) -> list:
        return self.emulator.journal_entries(method, rf"/FCTEL/rest/{endpoint}$")

    def close(self) -> None:
        self.tokens.close()
        for client in self.clients:
            client._http.close()


@pytest.fixture
def make_anaf(
    app_context: AppContext,
    make_emulator: Callable[..., AnafEmulator],
    clock: ScaledClock,
    validator: Validator,
) -> Iterator[Callable[..., Anaf]]:
    """An emulator started with the given options, signed in to, and wired to the app."""
    worlds: list[Anaf] = []

    def make(**options) -> Anaf:
        emulator = make_emulator(**options)
        world = Anaf(app_context, emulator, clock, EmulatorTokens(emulator), validator, RecordingList())
        worlds.append(world)
        return world

    yield make
    for world in worlds:
        world.close()


@pytest.fixture
def anaf(make_anaf: Callable[..., Anaf]) -> Anaf:
    return make_anaf()


def romanian_seller() -> Company:
    return Company(
        name="Exemplu Furnizor SRL",
        address=Address("Strada Memorandumului 1", "Cluj-Napoca", "400114", "RO", "Cluj"),
        registration_id=SELLER_CUI,
        vat_id=f"RO{SELLER_CUI}",
        country=Country.RO,
        bank_accounts=[BankAccount("RO49AAAA1B31007593840000", currency="RON")],
        default_currency="RON",
    )


def romanian_buyer() -> Client:
    return Client(
        name="Exemplu Client SA",
        address=Address("Bulevardul Eroilor 5", "Brașov", "500030", "RO", "Brașov"),
        registration_id=BUYER_CUI,
        vat_id=f"RO{BUYER_CUI}",
    )


@pytest.fixture
def company(app_context: AppContext) -> Company:
    return add_company(app_context, romanian_seller())


def invoice(company: Company, number: str = "FCT-2026-0001", **changes) -> Document:
    document = Document(
        doc_type=DocumentType.INVOICE,
        number=number,
        issue_date=dt.date(2026, 3, 2),
        due_date=dt.date(2026, 4, 1),
        seller=company,
        buyer=romanian_buyer(),
        currency="RON",
        lines=[
            DocumentLine(
                "Servicii de consultanta", Decimal("2"), Decimal("50.00"), Decimal("21"), unit="buc"
            ),
            DocumentLine("Carte tehnica", Decimal("3"), Decimal("45.50"), Decimal("11"), unit="buc"),
        ],
    )
    return dataclasses.replace(document, **changes)


@pytest.fixture
def save(app_context: AppContext, company: Company) -> Callable[..., int]:
    """Store an invoice of the company (changes as keyword arguments); returns its id."""

    def store(number: str = "FCT-2026-0001", **changes) -> int:
        saved = save_document(app_context, invoice(company, number, **changes), company_id=company.id)
        assert saved.id is not None
        return saved.id

    return store
