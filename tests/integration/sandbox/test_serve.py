"""The registry and `serve`: emulators started side by side, faults injected from CLI specs, state kept."""

from __future__ import annotations

import threading

import pytest
import requests

from invoicedesk.sandbox.fakturoid import FakturoidEmulator
from invoicedesk.sandbox.registry import EMULATORS
from invoicedesk.sandbox.serve import serve, start_emulators
from tests.integration.sandbox.conftest import USER_AGENT, basic


def test_registry_maps_service_ids_to_emulators():
    assert EMULATORS["fakturoid"] is FakturoidEmulator
    for service, emulator in EMULATORS.items():
        assert emulator.service == service


def run_serve(services, faults, state_dir=None):
    ready: list[dict] = []
    stop = threading.Event()
    all_ready = threading.Event()

    def on_ready(info: dict) -> None:
        ready.append(info)
        if len(ready) == len(services):
            all_ready.set()

    thread = threading.Thread(target=serve, args=(services, faults),
                              kwargs={"state_dir": state_dir, "on_ready": on_ready, "stop_event": stop})
    thread.start()
    assert all_ready.wait(10), "serve did not report ready"
    return ready, stop, thread


def token(info: dict) -> requests.Response:
    creds = info["credentials"]
    return requests.post(info["base_url"] + "/oauth/token", json={"grant_type": "client_credentials"},
                         headers={"User-Agent": USER_AGENT,
                                  "Authorization": basic(creds["client_id"], creds["client_secret"])},
                         timeout=5)


def test_serve_reports_ready_injects_faults_and_stops(tmp_path):
    ready, stop, thread = run_serve(["fakturoid"], ["fakturoid:status=503:path=oauth:times=1"])
    try:
        [info] = ready
        assert info["service"] == "fakturoid"
        assert info["base_url"].startswith("http://127.0.0.1:")
        assert info["base_url"].endswith("/api/v3")
        assert set(info["credentials"]) == {"client_id", "client_secret", "slug", "email"}
        assert token(info).status_code == 503
        assert token(info).status_code == 200
    finally:
        stop.set()
        thread.join(10)
    assert not thread.is_alive()
    with pytest.raises(requests.ConnectionError):
        token(info)


def test_serve_keeps_state_in_the_state_dir(tmp_path):
    ready, stop, thread = run_serve(["fakturoid"], [], state_dir=tmp_path)
    try:
        [info] = ready
        access = token(info).json()["access_token"]
        headers = {"User-Agent": USER_AGENT, "Authorization": f"Bearer {access}"}
        slug = info["credentials"]["slug"]
        r = requests.post(f"{info['base_url']}/accounts/{slug}/subjects.json", json={"name": "Stálý"},
                          headers=headers, timeout=5)
        assert r.status_code == 201
    finally:
        stop.set()
        thread.join(10)
    assert (tmp_path / "fakturoid.json").exists()
    ready, stop, thread = run_serve(["fakturoid"], [], state_dir=tmp_path)
    try:
        [info] = ready
        r = requests.get(f"{info['base_url']}/accounts/{slug}/subjects.json", headers=headers, timeout=5)
        assert [s["name"] for s in r.json()] == ["Stálý"]
    finally:
        stop.set()
        thread.join(10)


@pytest.mark.parametrize("services, faults, message", [
    ([], [], "at least one service"),
    (["nosuch"], [], "no emulator for nosuch; available: "),
    (["fakturoid", "fakturoid"], [], "once"),
    (["fakturoid"], ["anaf:status=503"], "not being served"),
    (["fakturoid"], ["fakturoid:explode"], "unknown kind"),
])
def test_bad_requests_to_serve_are_refused_before_anything_starts(services, faults, message):
    with pytest.raises(ValueError, match=message):
        serve(services, faults, state_dir=None, on_ready=lambda info: None)


def test_unreadable_state_file_is_refused_and_nothing_keeps_running(tmp_path):
    (tmp_path / "fakturoid.json").write_text("{broken", "utf-8")
    with pytest.raises(ValueError, match="delete the file"):
        start_emulators(["fakturoid"], [], state_dir=tmp_path)


def test_start_emulators_with_options():
    [emulator] = start_emulators(["fakturoid"], [], options={"fakturoid": {"slug": "moje-firma"}})
    try:
        assert emulator.demo_credentials()["slug"] == "moje-firma"
    finally:
        emulator.stop()
