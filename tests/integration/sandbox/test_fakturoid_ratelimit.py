"""Checklist item 11: X-RateLimit headers on every response and 429 once the 60 s window is spent."""

from __future__ import annotations

import re

import requests

from tests.integration.sandbox.conftest import USER_AGENT, FakturoidClient

RATE = re.compile(r"default;r=(\d+);t=(\d+)")


def remaining(response: requests.Response) -> tuple[int, int]:
    match = RATE.fullmatch(response.headers["X-RateLimit"])
    assert match, response.headers["X-RateLimit"]
    return int(match.group(1)), int(match.group(2))


def test_every_response_carries_the_policy_and_state_headers(emu):
    api = FakturoidClient(emu)
    responses = [
        api.fetch_token(),                                          # token endpoint
        requests.get(emu.base_url + "/user.json", timeout=5),      # generic User-Agent, no token: 401
        api.get("/user.json"),                                      # no token: 401
        api.get("nothing.json"),
    ]
    api.authorize()
    responses += [api.get("account.json"), api.get("invoices/1/download.pdf"),
                  api.post("subjects.json", json={})]
    emu.faults.inject("status", status=503)
    responses.append(api.get("account.json"))
    assert [r.status_code for r in responses] == [200, 401, 401, 401, 200, 404, 422, 503]
    for r in responses:
        assert r.headers["X-RateLimit-Policy"] == "default;q=400;w=60"
        assert RATE.fullmatch(r.headers["X-RateLimit"])


def test_remaining_counts_down_from_400(emu):
    api = FakturoidClient(emu)
    first = remaining(api.fetch_token())
    api.authorize()
    second = remaining(api.get("/user.json"))
    assert first == (399, 60)
    assert second == (397, 60)


def test_400_requests_pass_then_429_until_the_window_slides(emu, clock):
    api = FakturoidClient(emu).authorize()  # 1 request
    for _ in range(390):  # spent in-process: 390 round trips would only slow the test down
        emu.rate_window.hit()
    for _ in range(8):
        assert api.get("/user.json").status_code == 200
    last = api.get("/user.json")
    assert last.status_code == 200
    assert remaining(last)[0] == 0
    refused = api.get("/user.json")
    assert refused.status_code == 429
    assert refused.json()["error"] == "too_many_requests"
    r, t = remaining(refused)
    assert r == 0
    assert 1 <= t <= 60
    clock.advance(t)
    again = api.get("/user.json")
    assert again.status_code == 200


def test_small_window_slides_on_the_scaled_clock(make_emulator, clock):
    emu = make_emulator(rate_limit=3, rate_window_seconds=60)
    api = FakturoidClient(emu).authorize()
    clock.advance(30)
    assert api.get("/user.json").headers["X-RateLimit"] == "default;r=1;t=30"
    assert remaining(api.get("/user.json"))[0] == 0
    assert api.get("/user.json").status_code == 429
    clock.advance(30)  # the token request leaves the window
    r = api.get("/user.json")
    assert r.status_code == 200
    assert remaining(r)[0] == 0
    clock.advance(31)  # the two requests made at +30 leave too
    assert remaining(api.get("/user.json"))[0] == 0 + 1


def test_refused_requests_do_not_consume_the_window(make_emulator, clock):
    emu = make_emulator(rate_limit=2)
    api = FakturoidClient(emu).authorize()
    api.get("/user.json")
    for _ in range(5):
        assert api.get("/user.json").status_code == 429
    clock.advance(61)
    assert api.get("/user.json").status_code == 200
    assert api.get("/user.json").status_code == 200
    assert api.get("/user.json").status_code == 429


def test_rate_limit_fault_answers_429_with_retry_after_and_rate_headers(emu):
    emu.faults.inject("rate_limit", retry_after=9)
    r = requests.post(emu.base_url + "/oauth/token", headers={"User-Agent": USER_AGENT}, timeout=5)
    assert r.status_code == 429
    assert r.headers["Retry-After"] == "9"
    assert r.headers["X-RateLimit-Policy"] == "default;q=400;w=60"
