"""ANAF certificate sign-in in a real Chromium: the app's start page on https://localhost, the emulator's
certificate + PIN page, back to the app's TLS listener; then the tokens are in the keyring and refresh."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import Select, WebDriverWait

from invoicedesk.app.context import AppContext
from invoicedesk.app.efactura_auth import configure_anaf, refresh, start_login, status
from invoicedesk.sandbox.anaf import AnafEmulator
from invoicedesk.secrets import MemoryKeyring, SecretStore
from invoicedesk.secrets.store import service_name
from invoicedesk.store.database import sqlite_url
from tests.integration.anaf_auth.conftest import (
    CERTIFICATES,
    CLIENT_ID,
    CLIENT_SECRET,
    PIN,
    SERIAL,
    callback,
    free_port,
    romanian_company,
)

pytestmark = pytest.mark.e2e
WAIT = 30


@pytest.fixture
def keyring_backend() -> MemoryKeyring:
    return MemoryKeyring(max_entry_bytes=MemoryKeyring.WINDOWS_ENTRY_LIMIT_BYTES)


@pytest.fixture
def ctx(tmp_path: Path, _sqlite_template: Path, keyring_backend: MemoryKeyring) -> Iterator[AppContext]:
    database = tmp_path / "db" / "invoicedesk.sqlite3"
    database.parent.mkdir(parents=True)
    shutil.copyfile(_sqlite_template, database)
    context = AppContext.open(data_dir=tmp_path / "data", database_url=sqlite_url(database),
                              secrets=SecretStore(keyring_backend))
    try:
        yield context
    finally:
        context.close()


@pytest.fixture
def ports() -> list[int]:
    return [free_port(), free_port()]


@pytest.fixture
def emulator(ports: list[int]) -> Iterator[AnafEmulator]:
    with AnafEmulator(
        client_apps=[{"client_id": CLIENT_ID, "client_secret": CLIENT_SECRET,
                      "redirect_uris": [callback(p) for p in ports]}],
        certificates=CERTIFICATES,
    ) as started:
        yield started


def test_sign_in_in_chromium_lands_tokens_in_the_keyring_and_refresh_rotates_them(
        chromium, ctx, emulator, ports, keyring_backend):
    company = romanian_company(ctx)
    setup = configure_anaf(ctx, company.id, CLIENT_ID, CLIENT_SECRET, ports, "test", "Ana Popescu",
                           oauth_base_url=emulator.oauth_url, api_base_url=emulator.root_url)
    attempt = start_login(ctx, company.id, timeout=90)
    wait = WebDriverWait(chromium, WAIT)
    try:
        # The app's start page sends the browser on to ANAF's certificate + PIN page.
        chromium.get(attempt.start_url)
        wait.until(expected_conditions.presence_of_element_located((By.ID, "certificate")))
        assert chromium.current_url.startswith(emulator.oauth_url + "/authorize?")

        # A wrong PIN first: the token asks again, and the sign-in is still waiting.
        Select(chromium.find_element(By.ID, "certificate")).select_by_value(SERIAL)
        chromium.find_element(By.ID, "pin").send_keys("0000")
        chromium.find_element(By.ID, "signin").click()
        wait.until(expected_conditions.presence_of_element_located((By.ID, "error")))
        assert not attempt._sign_in.finished

        Select(chromium.find_element(By.ID, "certificate")).select_by_value(SERIAL)
        chromium.find_element(By.ID, "pin").send_keys(PIN)
        chromium.find_element(By.ID, "signin").click()
        confirmation = wait.until(expected_conditions.presence_of_element_located((By.ID, "signed-in")))
        assert "You can close this tab" in confirmation.text
        assert chromium.current_url.startswith(attempt.redirect_uri + "?")
        result = attempt.wait()
    finally:
        attempt.close()

    assert result.status.signed_in and result.status.certificate_serial == SERIAL
    entries = {user: value for (service, user), value in keyring_backend.entries().items()
               if service == service_name(setup.tokens_ref)}
    assert len(entries) > 2 and all(len(v.encode("utf-16-le")) <= 2560 for v in entries.values())
    before = ctx.secrets.read_many(setup.tokens_ref, ["access_token", "refresh_token"])
    assert set(before) == {"access_token", "refresh_token"}

    refresh(ctx, company.id)

    after = ctx.secrets.read_many(setup.tokens_ref, ["access_token", "refresh_token"])
    assert after["access_token"] != before["access_token"]
    assert after["refresh_token"] != before["refresh_token"]
    old = requests.post(f"{emulator.oauth_url}/token", auth=(CLIENT_ID, CLIENT_SECRET), timeout=10,
                        data={"grant_type": "refresh_token", "refresh_token": before["refresh_token"]})
    assert old.status_code == 400
    assert status(ctx, company.id).signed_in
