"""The emulator base over a real socket: routing, journal, faults, clock, state persistence."""

from __future__ import annotations

import json
import threading
import time

import pytest
import requests

from invoicedesk.sandbox import Emulator, Request, Response, ScaledClock, route
from invoicedesk.sandbox.faults import Fault, FaultInjector, parse_fault_spec


class NotesEmulator(Emulator):
    service = "notes"
    api_prefix = "/api"
    default_options = {"greeting": "hello"}

    def __init__(self, **kw):
        self.notes: dict[int, str] = {}
        super().__init__(**kw)

    def dump_state(self):
        return {"notes": {str(k): v for k, v in self.notes.items()}}

    def load_state(self, data):
        self.notes = {int(k): v for k, v in data["notes"].items()}

    def demo_credentials(self):
        return {"token": "demo"}

    @route("GET", r"/api/hello")
    def hello(self, request: Request) -> Response:
        return Response.json({"greeting": self.options["greeting"], "name": request.arg("name")})

    @route("POST", r"/api/notes")
    def create(self, request: Request) -> Response:
        payload = request.json()
        with self.mutate():
            note_id = len(self.notes) + 1
            self.notes[note_id] = payload["text"]
        return Response.json({"id": note_id}, 201, {"Location": f"{self.base_url}/notes/{note_id}"})

    @route("GET", r"/api/notes/(?P<note_id>\d+)")
    def show(self, request: Request) -> Response:
        note_id = int(request.params["note_id"])
        if note_id not in self.notes:
            return Response.json({"error": "missing"}, 404)
        return Response.json({"id": note_id, "text": self.notes[note_id]})

    @route("DELETE", r"/api/notes/(?P<note_id>\d+)")
    def delete(self, request: Request) -> Response:
        with self.mutate():
            self.notes.pop(int(request.params["note_id"]), None)
        return Response.empty(204)

    @route("POST", r"/api/form")
    def form(self, request: Request) -> Response:
        return Response.json(request.form())

    @route("GET", r"/api/boom")
    def boom(self, request: Request) -> Response:
        raise RuntimeError("handler bug")


@pytest.fixture
def emu():
    with NotesEmulator() as emulator:
        yield emulator


def test_start_binds_loopback_ephemeral_port_and_stop_closes_it():
    emulator = NotesEmulator().start()
    assert emulator.root_url.startswith("http://127.0.0.1:")
    assert emulator.port > 0
    assert emulator.base_url == emulator.root_url + "/api"
    url = emulator.base_url + "/hello"
    assert requests.get(url, timeout=5).status_code == 200
    emulator.stop()
    with pytest.raises(requests.ConnectionError):
        requests.get(url, timeout=2)
    with pytest.raises(RuntimeError):
        _ = emulator.root_url


def test_stop_does_not_hang_on_open_keepalive_connections():
    emulator = NotesEmulator().start()
    session = requests.Session()
    assert session.get(emulator.base_url + "/hello", timeout=5).status_code == 200
    started = time.monotonic()
    emulator.stop()
    assert time.monotonic() - started < 3


def test_unknown_option_is_refused_with_the_allowed_names():
    with pytest.raises(TypeError, match=r"greting.*allowed: greeting"):
        NotesEmulator(greting="x")


def test_routing_path_params_query_and_options():
    with NotesEmulator(greeting="ahoj") as emu:
        r = requests.get(emu.base_url + "/hello", params={"name": "Jana"}, timeout=5)
        assert r.json() == {"greeting": "ahoj", "name": "Jana"}
        created = requests.post(emu.base_url + "/notes", json={"text": "first"}, timeout=5)
        assert created.status_code == 201
        assert created.headers["Location"] == emu.base_url + "/notes/1"
        got = requests.get(emu.base_url + "/notes/1", timeout=5)
        assert got.json() == {"id": 1, "text": "first"}
        assert requests.get(emu.base_url + "/notes/9", timeout=5).status_code == 404


def test_unknown_path_404_wrong_method_405_with_allow(emu):
    r = requests.get(emu.base_url + "/nothing", timeout=5)
    assert r.status_code == 404
    assert r.json()["error"] == "not_found"
    r = requests.put(emu.base_url + "/notes/1", json={}, timeout=5)
    assert r.status_code == 405
    assert r.headers["Allow"] == "DELETE, GET"


def test_form_body_and_bad_json_body(emu):
    r = requests.post(emu.base_url + "/form", data={"a": "1", "b": "x y"}, timeout=5)
    assert r.json() == {"a": "1", "b": "x y"}
    r = requests.post(emu.base_url + "/notes", data=b"{not json", timeout=5,
                      headers={"Content-Type": "application/json"})
    assert r.status_code == 400
    assert r.json()["error"] == "invalid_request"
    assert emu.notes == {}


def test_handler_exception_answers_500_and_server_keeps_serving(emu):
    r = requests.get(emu.base_url + "/boom", timeout=5)
    assert r.status_code == 500
    assert r.json()["error"] == "emulator_error"
    assert requests.get(emu.base_url + "/hello", timeout=5).status_code == 200


def test_journal_records_every_request_and_clears(emu):
    requests.post(emu.base_url + "/notes?x=1", json={"text": "a"}, headers={"X-Test": "yes"}, timeout=5)
    requests.get(emu.base_url + "/notes/1", timeout=5)
    assert [(e.method, e.path, e.status) for e in emu.journal] == [
        ("POST", "/api/notes", 201), ("GET", "/api/notes/1", 200)]
    first = emu.journal[0]
    assert first.query == {"x": ["1"]}
    assert first.header("x-test") == "yes"
    assert first.json() == {"text": "a"}
    assert first.at == pytest.approx(time.time(), abs=5)
    assert [e.path for e in emu.journal_entries(method="GET")] == ["/api/notes/1"]
    emu.journal_clear()
    assert emu.journal == []


def test_concurrent_requests_are_all_journaled(emu):
    def worker():
        for _ in range(10):
            requests.get(emu.base_url + "/hello", timeout=5)

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(emu.journal) == 40


# ---- faults over a real socket ---------------------------------------------------------------------------


def test_fault_drop_before_closes_without_running_the_handler(emu):
    emu.faults.inject("drop_before", method="POST", path="notes")
    with pytest.raises(requests.ConnectionError):
        requests.post(emu.base_url + "/notes", json={"text": "lost"}, timeout=5)
    assert emu.notes == {}
    assert emu.journal[-1].status == 0
    assert emu.journal[-1].fault == "drop_before"
    # The fault was spent: the retry goes through.
    assert requests.post(emu.base_url + "/notes", json={"text": "lost"}, timeout=5).status_code == 201


def test_fault_drop_after_commit_keeps_the_state_change(emu):
    emu.faults.inject("drop_after_commit", method="POST")
    with pytest.raises(requests.ConnectionError):
        requests.post(emu.base_url + "/notes", json={"text": "committed"}, timeout=5)
    assert emu.notes == {1: "committed"}
    assert requests.get(emu.base_url + "/notes/1", timeout=5).json()["text"] == "committed"


def test_fault_status_answers_the_status_with_json_body(emu):
    emu.faults.inject("status", status=502, times=2)
    for _ in range(2):
        r = requests.get(emu.base_url + "/hello", timeout=5)
        assert r.status_code == 502
        assert r.json()["error"] == "server_error"
    assert requests.get(emu.base_url + "/hello", timeout=5).status_code == 200


def test_fault_rate_limit_answers_429_with_retry_after(emu):
    emu.faults.inject("rate_limit", retry_after=7)
    r = requests.get(emu.base_url + "/hello", timeout=5)
    assert r.status_code == 429
    assert r.headers["Retry-After"] == "7"


def test_fault_slow_delays_then_answers_normally(emu):
    emu.faults.inject("slow", delay=0.6)
    started = time.monotonic()
    r = requests.get(emu.base_url + "/hello", timeout=5)
    assert time.monotonic() - started >= 0.55
    assert r.status_code == 200
    emu.faults.inject("slow", delay=1.0)
    with pytest.raises(requests.ReadTimeout):
        requests.get(emu.base_url + "/hello", timeout=(2, 0.2))


def test_fault_malformed_answers_200_with_truncated_json(emu):
    emu.faults.inject("malformed")
    r = requests.get(emu.base_url + "/hello", timeout=5)
    assert r.status_code == 200
    assert r.headers["Content-Type"].startswith("application/json")
    with pytest.raises(json.JSONDecodeError):
        json.loads(r.text)


def test_fault_html_answers_200_text_html(emu):
    emu.faults.inject("html")
    r = requests.get(emu.base_url + "/hello", timeout=5)
    assert r.status_code == 200
    assert r.headers["Content-Type"].startswith("text/html")
    assert "<html>" in r.text


def test_faults_match_method_and_path_and_are_consumed_in_order(emu):
    emu.faults.inject("status", status=500, method="POST")
    emu.faults.inject("status", status=503, path=r"hello")
    emu.faults.inject("status", status=502, path=r"hello")
    assert requests.get(emu.base_url + "/notes/1", timeout=5).status_code == 404
    assert requests.get(emu.base_url + "/hello", timeout=5).status_code == 503
    assert requests.get(emu.base_url + "/hello", timeout=5).status_code == 502
    assert requests.post(emu.base_url + "/notes", json={"text": "x"}, timeout=5).status_code == 500


def test_fault_until_cleared(emu):
    emu.faults.inject("status", status=503, times=-1)
    for _ in range(3):
        assert requests.get(emu.base_url + "/hello", timeout=5).status_code == 503
    emu.faults.clear()
    assert requests.get(emu.base_url + "/hello", timeout=5).status_code == 200


def test_fault_injector_take_without_server():
    injector = FaultInjector()
    assert injector.take("GET", "/x") is None
    fault = injector.inject("slow", method="get", path="^/x$", times=2)
    assert injector.take("POST", "/x") is None
    assert injector.take("GET", "/x") is fault
    assert injector.take("GET", "/x") is fault
    assert injector.take("GET", "/x") is None


@pytest.mark.parametrize("kwargs, message", [
    ({"kind": "explode"}, "unknown fault kind"),
    ({"kind": "status", "times": 0}, "times"),
    ({"kind": "status", "path": "("}, "regular expression"),
])
def test_bad_fault_is_refused(kwargs, message):
    with pytest.raises(ValueError, match=message):
        Fault(**kwargs)


def test_parse_fault_spec():
    parsed = parse_fault_spec(
        "fakturoid:status=503:path=invoices:times=2, anaf:drop_after_commit:method=POST,"
        "fakturoid:rate_limit=5,fakturoid:slow=1.5")
    assert [service for service, _ in parsed] == ["fakturoid", "anaf", "fakturoid", "fakturoid"]
    assert parsed[0][1] == Fault("status", path="invoices", times=2, status=503)
    assert parsed[1][1] == Fault("drop_after_commit", method="POST")
    assert parsed[2][1].retry_after == 5.0
    assert parsed[3][1].delay == 1.5
    assert parse_fault_spec("") == []


@pytest.mark.parametrize("spec, message", [
    ("fakturoid", "expected 'service:kind"),
    ("fakturoid:boom", "unknown kind 'boom'"),
    ("fakturoid:status=abc", "not a number"),
    ("fakturoid:status:colour=red", "unknown option 'colour'"),
    ("fakturoid:html=3", "takes no value"),
    ("fakturoid:status:times", "name=value"),
])
def test_parse_fault_spec_errors_name_the_item(spec, message):
    with pytest.raises(ValueError, match=message):
        parse_fault_spec(spec)


# ---- clock ----


def test_clock_scaling_advance_and_sleep():
    clock = ScaledClock(scale=100.0, start=1_000_000.0)
    first = clock.now()
    assert 1_000_000.0 <= first < 1_000_010.0
    time.sleep(0.05)
    assert clock.now() - first >= 4.9  # 0.05 real seconds are 5 emulated seconds
    clock.advance(3600)
    assert clock.now() - first >= 3600
    started = time.monotonic()
    clock.sleep(20)  # 20 emulated seconds = 0.2 real seconds
    assert 0.15 <= time.monotonic() - started < 1.5
    with pytest.raises(ValueError):
        clock.advance(-1)
    with pytest.raises(ValueError):
        ScaledClock(scale=0)


def test_emulator_uses_the_given_clock_for_journal_times():
    clock = ScaledClock(start=5_000.0)
    with NotesEmulator(clock=clock) as emu:
        clock.advance(100)
        requests.get(emu.base_url + "/hello", timeout=5)
        assert 5_100 <= emu.journal[0].at < 5_110


# ---- state persistence ----


def test_state_file_round_trip(tmp_path):
    state_file = tmp_path / "state" / "notes.json"
    with NotesEmulator(state_file=state_file) as emu:
        requests.post(emu.base_url + "/notes", json={"text": "keep me"}, timeout=5)
        requests.post(emu.base_url + "/notes", json={"text": "and me"}, timeout=5)
        requests.delete(emu.base_url + "/notes/2", timeout=5)
    saved = json.loads(state_file.read_text("utf-8"))
    assert saved == {"service": "notes", "state": {"notes": {"1": "keep me"}}}
    with NotesEmulator(state_file=state_file) as again:
        assert requests.get(again.base_url + "/notes/1", timeout=5).json()["text"] == "keep me"
        assert requests.get(again.base_url + "/notes/2", timeout=5).status_code == 404
    assert list(state_file.parent.iterdir()) == [state_file]  # no temporary files left behind


def test_corrupt_or_foreign_state_file_is_refused_with_advice(tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text("{half", "utf-8")
    with pytest.raises(ValueError, match=r"broken\.json.*delete the file"):
        NotesEmulator(state_file=broken)
    foreign = tmp_path / "foreign.json"
    foreign.write_text(json.dumps({"service": "anaf", "state": {}}), "utf-8")
    with pytest.raises(ValueError, match="not a notes emulator state file"):
        NotesEmulator(state_file=foreign)


def test_demo_credentials(emu):
    assert emu.demo_credentials() == {"token": "demo"}
