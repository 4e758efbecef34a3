"""Fixtures for the ANAF emulator tests: a started emulator on a fixed clock, signed-in calls, invoices."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlsplit
from zoneinfo import ZoneInfo

import pytest
import requests
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from invoicedesk.sandbox import ScaledClock
from invoicedesk.sandbox.anaf import AnafEmulator

VALIDATION = Path(__file__).resolve().parents[3] / ".." / "shared" / "validation"
EXAMPLES = VALIDATION / "examples"

# 2026-03-02 10:00 in Bucharest (EET, UTC+2).
START = dt.datetime(2026, 3, 2, 10, 0, tzinfo=ZoneInfo("Europe/Bucharest")).timestamp()

APP = {
    "client_id": "test-app",
    "client_secret": "s3cret+/=",
    "redirect_uris": ["https://localhost:9002/callback", "https://localhost:9003/callback"],
}
REDIRECT = APP["redirect_uris"][0]
SELLER_CERT = "AAAA0001"  # rights on the seller and the buyer of the minimal example
OTHER_CERT = "BBBB0002"  # rights on an unrelated CIF only
NO_RIGHTS_CERT = "CCCC0003"  # a valid certificate without any SPV rights
CERTIFICATES = [
    {"serial": SELLER_CERT, "holder": "Ana Popescu", "cifs": ["12345674", "76543210"]},
    {"serial": OTHER_CERT, "holder": "Mihai Ionescu", "cifs": ["14399840"]},
    {"serial": NO_RIGHTS_CERT, "holder": "Elena Radu", "cifs": []},
]
SELLER, BUYER, OTHER = "12345674", "76543210", "14399840"
TIMEOUT = 10


def minimal_invoice(
    number: str = "FCT-0001",
    *,
    seller_vat: str = "RO12345674",
    customization: str | None = "default",
    issue_date: str = "2024-06-10",
) -> bytes:
    """The shared minimal valid invoice, with the fields the server checks swapped as asked."""
    xml = (EXAMPLES / "valid" / "minimal-invoice.xml").read_text(encoding="utf-8")
    xml = xml.replace("<cbc:ID>FCT-0001</cbc:ID>", f"<cbc:ID>{number}</cbc:ID>", 1)
    xml = xml.replace(
        "<cbc:CompanyID>RO12345674</cbc:CompanyID>", f"<cbc:CompanyID>{seller_vat}</cbc:CompanyID>"
    )
    xml = xml.replace(
        "<cbc:IssueDate>2024-06-10</cbc:IssueDate>", f"<cbc:IssueDate>{issue_date}</cbc:IssueDate>"
    )
    if customization is None:
        xml = re.sub(r"\s*<cbc:CustomizationID>[^<]*</cbc:CustomizationID>", "", xml, count=1)
    elif customization != "default":
        xml = re.sub(
            r"(<cbc:CustomizationID>)[^<]*(</cbc:CustomizationID>)", rf"\g<1>{customization}\g<2>", xml
        )
    return xml.encode("utf-8")


def minimal_credit_note() -> bytes:
    return (EXAMPLES / "valid" / "minimal-creditnote.xml").read_bytes()


def index_of(response: requests.Response) -> str:
    match = re.search(r'index_incarcare="(\d+)"', response.text)
    assert match, response.text
    return match.group(1)


class Anaf:
    """A started emulator plus the HTTP calls a client makes, with a token per certificate on demand."""

    def __init__(self, emulator: AnafEmulator, clock: ScaledClock):
        self.emulator = emulator
        self.clock = clock
        self.http = requests.Session()
        self._tokens: dict[str, dict] = {}

    @property
    def root(self) -> str:
        return self.emulator.root_url

    def rest(self, env: str = "test") -> str:
        return f"{self.root}/{env}/FCTEL/rest"

    def authorize_params(self, state: str | None = "st-1", redirect_uri: str = REDIRECT, **extra) -> dict:
        params = {
            "response_type": "code",
            "client_id": APP["client_id"],
            "redirect_uri": redirect_uri,
            "token_content_type": "jwt",
            **extra,
        }
        if state is not None:
            params["state"] = state
        return params

    def sign_in(
        self,
        serial: str = SELLER_CERT,
        pin: str = "1234",
        state: str | None = "st-1",
        action: str = "signin",
        redirect_uri: str = REDIRECT,
    ) -> requests.Response:
        """Submit the certificate + PIN form as a browser would; the 302 is returned, not followed."""
        form = {
            **self.authorize_params(state, redirect_uri),
            "certificate": serial,
            "pin": pin,
            "action": action,
        }
        return self.http.post(
            f"{self.root}/anaf-oauth2/v1/authorize", data=form, allow_redirects=False, timeout=TIMEOUT
        )

    def code(self, serial: str = SELLER_CERT) -> str:
        response = self.sign_in(serial)
        assert response.status_code == 302, response.text
        return parse_qs(urlsplit(response.headers["Location"]).query)["code"][0]

    def exchange(self, code: str, *, basic: bool = True, redirect_uri: str = REDIRECT) -> requests.Response:
        form = {
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": redirect_uri,
            "token_content_type": "jwt",
        }
        if basic:
            return self.http.post(
                f"{self.root}/anaf-oauth2/v1/token",
                data=form,
                timeout=TIMEOUT,
                auth=(APP["client_id"], APP["client_secret"]),
            )
        form.update(client_id=APP["client_id"], client_secret=APP["client_secret"])
        return self.http.post(f"{self.root}/anaf-oauth2/v1/token", data=form, timeout=TIMEOUT)

    def refresh(self, refresh_token: str) -> requests.Response:
        return self.http.post(
            f"{self.root}/anaf-oauth2/v1/token",
            timeout=TIMEOUT,
            data={"grant_type": "refresh_token", "refresh_token": refresh_token},
            auth=(APP["client_id"], APP["client_secret"]),
        )

    def tokens(self, serial: str = SELLER_CERT) -> dict:
        if serial not in self._tokens:
            response = self.exchange(self.code(serial))
            assert response.status_code == 200, response.text
            self._tokens[serial] = response.json()
        return self._tokens[serial]

    def remember(self, tokens: dict, serial: str = SELLER_CERT) -> None:
        """Use tokens obtained elsewhere (e.g. before a restart) for this certificate's calls."""
        self._tokens[serial] = tokens

    def auth(self, serial: str = SELLER_CERT) -> dict[str, str]:
        return {"Authorization": "Bearer " + self.tokens(serial)["access_token"]}

    def get(
        self, endpoint: str, *, env: str = "test", serial: str = SELLER_CERT, **params
    ) -> requests.Response:
        return self.http.get(
            f"{self.rest(env)}/{endpoint}", params=params, headers=self.auth(serial), timeout=TIMEOUT
        )

    def upload(
        self,
        xml: bytes,
        *,
        cif: str = SELLER,
        standard: str = "UBL",
        env: str = "test",
        serial: str = SELLER_CERT,
        endpoint: str = "upload",
        **flags,
    ) -> requests.Response:
        params = {"standard": standard, "cif": cif, **flags}
        return self.http.post(
            f"{self.rest(env)}/{endpoint}",
            params=params,
            data=xml,
            timeout=TIMEOUT,
            headers={**self.auth(serial), "Content-Type": "text/plain"},
        )

    def settle(self, index: str, *, env: str = "test", serial: str = SELLER_CERT) -> requests.Response:
        """Poll stareMesaj until the state is final (bounded)."""
        for _ in range(10):
            response = self.get("stareMesaj", env=env, serial=serial, id_incarcare=index)
            if 'stare="in prelucrare"' not in response.text:
                return response
        raise AssertionError(f"upload {index} still in prelucrare after 10 polls")


@pytest.fixture(scope="session")
def signing_key_pem() -> str:
    """One RSA key for the whole run: generating a 2048-bit key per emulator would dominate the test time."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()


@pytest.fixture
def clock() -> ScaledClock:
    """Emulated time that moves only when a test advances it: quoted times stay exact on a busy machine."""
    return ScaledClock(scale=1e-9, start=START)


@pytest.fixture
def make_anaf(clock: ScaledClock, signing_key_pem: str) -> Iterator[Callable[..., Anaf]]:
    started: list[Anaf] = []

    def make(**options) -> Anaf:
        options.setdefault("client_apps", [APP])
        options.setdefault("certificates", CERTIFICATES)
        options.setdefault("signing_key_pem", signing_key_pem)
        emulator = AnafEmulator(clock=options.pop("clock", clock), **options).start()
        anaf = Anaf(emulator, emulator.clock)
        started.append(anaf)
        return anaf

    yield make
    for anaf in started:
        anaf.http.close()
        anaf.emulator.stop()


@pytest.fixture
def anaf(make_anaf: Callable[..., Anaf]) -> Anaf:
    return make_anaf()
