"""Fixtures for driving the Fakturoid emulator the way a client of the real API would: plain requests."""

from __future__ import annotations

import base64

import pytest
import requests

from invoicedesk.sandbox import ScaledClock
from invoicedesk.sandbox.fakturoid import FakturoidEmulator

USER_AGENT = "InvoiceDesk tests (tests@invoicedesk.test)"


def basic(client_id: str, client_secret: str) -> str:
    return "Basic " + base64.b64encode(f"{client_id}:{client_secret}".encode()).decode()


class FakturoidClient:
    """A thin client: the token call, then Bearer calls on account paths."""

    def __init__(self, emulator: FakturoidEmulator, slug: str | None = None):
        self.emulator = emulator
        self.creds = emulator.demo_credentials()
        self.slug = slug or self.creds["slug"]
        self.session = requests.Session()
        self.session.headers["User-Agent"] = USER_AGENT
        self.access_token: str | None = None

    def fetch_token(self) -> requests.Response:
        return self.session.post(
            self.emulator.base_url + "/oauth/token", json={"grant_type": "client_credentials"},
            headers={"Authorization": basic(self.creds["client_id"], self.creds["client_secret"])}, timeout=5,
        )

    def authorize(self) -> FakturoidClient:
        response = self.fetch_token()
        assert response.status_code == 200, response.text
        self.access_token = response.json()["access_token"]
        return self

    def url(self, tail: str) -> str:
        if tail.startswith("/"):
            return self.emulator.base_url + tail
        return f"{self.emulator.base_url}/accounts/{self.slug}/{tail}"

    def request(self, method: str, tail: str, **kw) -> requests.Response:
        headers = dict(kw.pop("headers", {}))
        if self.access_token:
            headers.setdefault("Authorization", f"Bearer {self.access_token}")
        kw.setdefault("timeout", 5)
        return self.session.request(method, self.url(tail), headers=headers, **kw)

    def get(self, tail: str, **kw) -> requests.Response:
        return self.request("GET", tail, **kw)

    def post(self, tail: str, **kw) -> requests.Response:
        return self.request("POST", tail, **kw)

    def patch(self, tail: str, **kw) -> requests.Response:
        return self.request("PATCH", tail, **kw)

    def delete(self, tail: str, **kw) -> requests.Response:
        return self.request("DELETE", tail, **kw)

    # ---- shortcuts used across tests
    def subject(self, **fields) -> dict:
        fields.setdefault("name", "Odběratel s.r.o.")
        response = self.post("subjects.json", json=fields)
        assert response.status_code == 201, response.text
        return response.json()

    def invoice(self, subject_id: int, **fields) -> dict:
        body = {"subject_id": subject_id, "issued_on": "2026-03-02",
                "lines": [{"name": "Práce", "quantity": "1", "unit_price": "1000", "vat_rate": 21}], **fields}
        response = self.post("invoices.json", json=body)
        assert response.status_code == 201, response.text
        return response.json()


@pytest.fixture
def clock() -> ScaledClock:
    # 2026-03-02 10:00 UTC, a fixed winter day: offsets are +01:00.
    return ScaledClock(start=1_772_445_600.0)


@pytest.fixture
def make_emulator(clock):
    started: list[FakturoidEmulator] = []

    def make(**options) -> FakturoidEmulator:
        options.setdefault("clock", clock)
        emulator = FakturoidEmulator(**options).start()
        started.append(emulator)
        return emulator

    yield make
    for emulator in started:
        emulator.stop()


@pytest.fixture
def emu(make_emulator) -> FakturoidEmulator:
    return make_emulator()


@pytest.fixture
def api(emu) -> FakturoidClient:
    return FakturoidClient(emu).authorize()
