"""HttpClient against a scripted local server: timeouts, TLS, retries, uncertain outcomes, records."""

from __future__ import annotations

import datetime as dt
import email.utils
import random
import socket

import pytest
import requests

from invoicedesk.connectors.calls import Outcome
from invoicedesk.connectors.errors import ConnectorError, ErrorCategory
from invoicedesk.connectors.http import (
    HttpClient,
    InsecureUrlError,
    RecordingList,
    RetryPolicy,
    Timeouts,
    parse_retry_after,
)
from invoicedesk.connectors.ratelimit import RateLimiter
from invoicedesk.secrets.redaction import register_secret
from tests.unit.connectors.scripted_server import Reply, ScriptedServer

JSON = {"Content-Type": "application/json"}


class Sleeps(list):
    def __call__(self, seconds: float) -> None:
        self.append(seconds)


def make_client(server: ScriptedServer, **kw) -> tuple[HttpClient, RecordingList, Sleeps]:
    records = RecordingList()
    sleeps = Sleeps()
    client = HttpClient(
        server.url + "/api",
        service="test",
        connection_id=7,
        recorder=records,
        sleep=sleeps,
        rng=random.Random(1),
        timeouts=kw.pop("timeouts", Timeouts(connect=2, read=2)),
        **kw,
    )
    return client, records, sleeps


def test_json_answer_is_parsed_and_recorded(server: ScriptedServer) -> None:
    server.script(Reply(200, b'{"id": 5, "number": "2026-0001"}', JSON))
    client, records, _ = make_client(server)
    response = client.request("POST", "invoices.json", json={"a": 1}, idempotency_key="K-1",
                              remote_id_of=lambda r: str(r.data["id"]))
    assert response.data == {"id": 5, "number": "2026-0001"}
    assert server.seen[0].path == "/api/invoices.json"
    assert server.seen[0].body == b'{"a": 1}'
    (record,) = records.records
    assert (record.service, record.connection_id, record.method, record.path) == ("test", 7, "POST",
                                                                                  "/api/invoices.json")
    assert (record.status, record.outcome, record.error_category) == (200, Outcome.OK, "")
    assert record.request_bytes == len(b'{"a": 1}')
    assert record.response_bytes == len(b'{"id": 5, "number": "2026-0001"}')
    assert (record.idempotency_key, record.remote_id) == ("K-1", "5")
    assert record.at.tzinfo is not None


def test_every_call_carries_timeouts_and_verification() -> None:
    seen: list[dict] = []

    class Session(requests.Session):
        def request(self, method, url, **kwargs):  # type: ignore[override]
            seen.append(kwargs)
            raise requests.exceptions.ConnectTimeout("no")

    client = HttpClient("https://example.invalid/api", service="test", session=Session(),
                        timeouts=Timeouts(connect=3, read=11), retry=RetryPolicy(attempts=2),
                        sleep=lambda s: None)
    with pytest.raises(ConnectorError):
        client.request("GET", "x")
    assert len(seen) == 2
    assert all(call["timeout"] == (3, 11) and call["verify"] is True for call in seen)


@pytest.mark.parametrize("url", ["http://example.com/api", "http://localhost:8000", "ftp://127.0.0.1/", "file:///x"])
def test_plain_http_is_refused_except_for_the_loopback_emulators(url: str) -> None:
    with pytest.raises(InsecureUrlError, match="https"):
        HttpClient(url, service="test")


def test_loopback_sandbox_and_https_urls_are_accepted() -> None:
    assert HttpClient("http://127.0.0.1:5000/api/v3", service="t").base_url == "http://127.0.0.1:5000/api/v3"
    assert HttpClient("https://app.fakturoid.cz/api/v3/", service="t").base_url == "https://app.fakturoid.cz/api/v3"


def test_a_certificate_that_cannot_be_verified_is_refused(tmp_path) -> None:
    ssl = pytest.importorskip("ssl")
    from tests.unit.connectors.tls_server import self_signed_server

    with self_signed_server(tmp_path) as port:
        client = HttpClient(f"https://127.0.0.1:{port}", service="test", retry=RetryPolicy(attempts=1))
        with pytest.raises(ConnectorError) as caught:
            client.request("GET", "anything")
    assert caught.value.category is ErrorCategory.NETWORK
    assert "certificate could not be verified" in caught.value.detail
    assert ssl  # the module was available, so the server really spoke TLS


def test_get_is_retried_with_growing_jittered_backoff_until_it_succeeds(server: ScriptedServer) -> None:
    server.script(Reply(503), Reply(502), Reply(500), Reply(200, b"[1]", JSON))
    policy = RetryPolicy(attempts=4, base_delay=1.0, max_delay=3.0)
    client, records, sleeps = make_client(server, retry=policy)
    assert client.request("GET", "list").data == [1]
    assert [r.outcome for r in records.records] == [Outcome.RETRIED] * 3 + [Outcome.OK]
    assert [r.status for r in records.records] == [503, 502, 500, 200]
    # Full backoffs 1, 2, 3 (capped); jitter draws from the upper half of each.
    assert 0.5 <= sleeps[0] <= 1.0 and 1.0 <= sleeps[1] <= 2.0 and 1.5 <= sleeps[2] <= 3.0


def test_retries_are_bounded(server: ScriptedServer) -> None:
    server.script(*[Reply(503) for _ in range(5)])
    client, records, sleeps = make_client(server, retry=RetryPolicy(attempts=3))
    with pytest.raises(ConnectorError) as caught:
        client.request("GET", "list")
    assert caught.value.category is ErrorCategory.SERVICE_UNAVAILABLE
    assert len(server.seen) == 3 and len(sleeps) == 2
    assert records.records[-1].outcome == Outcome.FAILED


def test_retry_after_in_seconds_is_honoured(server: ScriptedServer) -> None:
    server.script(Reply(429, b"{}", {**JSON, "Retry-After": "7"}), Reply(200, b"{}", JSON))
    client, records, sleeps = make_client(server)
    client.request("GET", "list")
    assert 7.0 <= sleeps[0] <= 7.1
    assert records.records[0].error_category == "rate_limited"


def test_retry_after_as_http_date_is_honoured(server: ScriptedServer) -> None:
    now = dt.datetime(2026, 3, 1, 12, 0, 0, tzinfo=dt.UTC)
    later = email.utils.format_datetime(now + dt.timedelta(seconds=12), usegmt=True)
    server.script(Reply(503, b"{}", {**JSON, "Retry-After": later}), Reply(200, b"{}", JSON))
    client, _, sleeps = make_client(server)
    client._utcnow = lambda: now
    client.request("GET", "list")
    assert 12.0 <= sleeps[0] <= 12.1


def test_a_long_retry_after_is_not_slept_through_but_reported(server: ScriptedServer) -> None:
    server.script(Reply(429, b"{}", {**JSON, "Retry-After": "3600"}))
    client, _, sleeps = make_client(server, retry=RetryPolicy(max_wait=60))
    with pytest.raises(ConnectorError) as caught:
        client.request("GET", "list")
    assert sleeps == []
    assert caught.value.category is ErrorCategory.RATE_LIMITED
    assert caught.value.retry_after == 3600
    assert caught.value.retry_at is not None
    assert caught.value.retry_at - dt.datetime.now(dt.UTC) > dt.timedelta(minutes=59)


def test_rate_limited_retries_wait_in_the_shared_limiter(server: ScriptedServer) -> None:
    now = [0.0]
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        now[0] += seconds

    limiter = RateLimiter(100, 60, clock=lambda: now[0], sleep=sleep)
    server.script(Reply(429, b"{}", {**JSON, "Retry-After": "5"}), Reply(200, b"{}", JSON))
    client, _, sleeps = make_client(server, rate_limiter=limiter)
    client.request("GET", "list")
    assert sleeps == []  # the limiter did the waiting, so every thread of this account waits too
    assert len(waits) == 1 and 5.0 <= waits[0] <= 5.1


@pytest.mark.parametrize("status", [500, 502, 504])
def test_a_create_answered_by_a_gateway_or_server_error_is_uncertain_and_not_repeated(
        server: ScriptedServer, status: int) -> None:
    server.script(Reply(status), Reply(201, b'{"id": 1}', JSON))
    client, records, sleeps = make_client(server)
    with pytest.raises(ConnectorError) as caught:
        client.request("POST", "invoices.json", json={})
    assert caught.value.category is ErrorCategory.UNCERTAIN_OUTCOME
    assert len(server.seen) == 1 and sleeps == []
    assert records.records[0].error_category == "uncertain_outcome"


@pytest.mark.parametrize("status", [503, 429])
def test_a_create_refused_before_processing_is_reported_not_retried(server: ScriptedServer,
                                                                    status: int) -> None:
    server.script(Reply(status), Reply(201, b'{"id": 1}', JSON))
    client, _, _ = make_client(server)
    with pytest.raises(ConnectorError) as caught:
        client.request("POST", "invoices.json", json={})
    assert caught.value.category in (ErrorCategory.SERVICE_UNAVAILABLE, ErrorCategory.RATE_LIMITED)
    assert len(server.seen) == 1


def test_a_create_marked_idempotent_is_retried(server: ScriptedServer) -> None:
    server.script(Reply(503), Reply(201, b'{"id": 1}', JSON))
    client, _, _ = make_client(server)
    assert client.request("POST", "oauth/token", json={}, idempotent=True).data == {"id": 1}
    assert len(server.seen) == 2


def test_a_dropped_connection_after_a_create_left_is_uncertain(server: ScriptedServer) -> None:
    server.script(Reply(drop=True), Reply(201, b'{"id": 1}', JSON))
    client, records, _ = make_client(server)
    with pytest.raises(ConnectorError) as caught:
        client.request("POST", "invoices.json", json={"x": 1})
    assert caught.value.category is ErrorCategory.UNCERTAIN_OUTCOME
    assert len(server.seen) == 1
    assert records.records[0].status is None and records.records[0].outcome == Outcome.FAILED


def test_a_dropped_connection_on_a_read_is_retried(server: ScriptedServer) -> None:
    server.script(Reply(drop=True), Reply(200, b"[]", JSON))
    client, _, _ = make_client(server)
    assert client.request("GET", "list").data == []
    assert len(server.seen) == 2


def test_a_read_timeout_of_a_create_is_uncertain(server: ScriptedServer) -> None:
    server.script(Reply(201, b'{"id": 1}', JSON, delay=1.0))
    client, _, _ = make_client(server, timeouts=Timeouts(connect=1, read=0.2))
    with pytest.raises(ConnectorError) as caught:
        client.request("POST", "invoices.json", json={})
    assert caught.value.category is ErrorCategory.UNCERTAIN_OUTCOME
    assert "0.2 s" in caught.value.detail


def test_a_read_timeout_of_a_read_is_retried_then_reported_as_network(server: ScriptedServer) -> None:
    server.script(*[Reply(200, b"[]", JSON, delay=1.0) for _ in range(2)])
    client, records, _ = make_client(server, timeouts=Timeouts(connect=1, read=0.2),
                                     retry=RetryPolicy(attempts=2))
    with pytest.raises(ConnectorError) as caught:
        client.request("GET", "list")
    assert caught.value.category is ErrorCategory.NETWORK
    assert [r.outcome for r in records.records] == [Outcome.RETRIED, Outcome.FAILED]


def test_a_refused_connection_is_network_and_a_create_that_never_left_may_be_retried() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # closed again before use: nobody listens there
    client = HttpClient(f"http://127.0.0.1:{port}", service="test", sleep=lambda s: None,
                        retry=RetryPolicy(attempts=3))
    with pytest.raises(ConnectorError) as caught:
        client.request("POST", "invoices.json", json={})
    assert caught.value.category is ErrorCategory.NETWORK


def test_malformed_json_on_a_read_is_a_protocol_surprise_with_an_excerpt(server: ScriptedServer) -> None:
    server.script(Reply(200, b'{"id": 1, "lines": [{"name": "trunc', JSON))
    client, records, _ = make_client(server)
    with pytest.raises(ConnectorError) as caught:
        client.request("GET", "invoices/1.json")
    assert caught.value.category is ErrorCategory.PROTOCOL_SURPRISE
    assert '"trunc' in caught.value.detail
    assert records.records[0].error_category == "protocol_surprise"


def test_an_html_page_instead_of_json_is_a_protocol_surprise(server: ScriptedServer) -> None:
    server.script(Reply(200, b"<html><body>Maintenance</body></html>", {"Content-Type": "text/html"}))
    client, _, _ = make_client(server)
    with pytest.raises(ConnectorError) as caught:
        client.request("GET", "invoices.json")
    assert caught.value.category is ErrorCategory.PROTOCOL_SURPRISE
    assert "HTML page" in caught.value.detail and "Maintenance" in caught.value.detail


def test_an_unreadable_success_answer_to_a_create_is_uncertain(server: ScriptedServer) -> None:
    server.script(Reply(201, b"<html>ok</html>", {"Content-Type": "text/html"}))
    client, _, _ = make_client(server)
    with pytest.raises(ConnectorError) as caught:
        client.request("POST", "invoices.json", json={})
    assert caught.value.category is ErrorCategory.UNCERTAIN_OUTCOME


def test_a_service_mapper_decides_and_errors_in_http_200_are_caught(server: ScriptedServer) -> None:
    server.script(Reply(200, b'{"error": 5, "error_message": "bad"}', JSON))

    def mapper(response):
        if isinstance(response.data, dict) and response.data.get("error"):
            return ConnectorError(ErrorCategory.VALIDATION_FAILED, "inside 200", service="test")
        return None

    client, records, _ = make_client(server, error_mapper=mapper)
    with pytest.raises(ConnectorError) as caught:
        client.request("POST", "create", json={})
    assert caught.value.category is ErrorCategory.VALIDATION_FAILED
    assert records.records[0].status == 200 and records.records[0].error_category == "validation_failed"


@pytest.mark.parametrize(("status", "category"), [
    (401, ErrorCategory.CREDENTIALS_REFUSED), (402, ErrorCategory.PLAN_WITHOUT_API),
    (403, ErrorCategory.PERMISSION_MISSING), (404, ErrorCategory.ACCOUNT_NOT_FOUND),
    (422, ErrorCategory.VALIDATION_FAILED), (418, ErrorCategory.PROTOCOL_SURPRISE),
])
def test_generic_status_meanings(server: ScriptedServer, status: int, category: ErrorCategory) -> None:
    server.script(Reply(status, b'{"error": "x"}', JSON))
    client, _, _ = make_client(server)
    with pytest.raises(ConnectorError) as caught:
        client.request("GET", "x")
    assert caught.value.category is category
    assert caught.value.http_status == status


def test_secrets_never_reach_the_record_or_the_error(server: ScriptedServer) -> None:
    secret = "sk-live-1234567890abcdef"
    register_secret(secret)
    body = '{"error": "bad key ' + secret + '", "access_token": "tok-987654321"}'
    server.script(Reply(400, body.encode(), JSON))
    client, records, _ = make_client(server)
    with pytest.raises(ConnectorError) as caught:
        client.request("GET", "list", params={"api_token": secret, "page": 2})
    record = records.records[0]
    assert secret not in record.path and "page=2" in record.path
    assert secret not in record.detail and "tok-987654321" not in record.detail
    assert secret not in str(caught.value) and "tok-987654321" not in str(caught.value)


def test_a_broken_recorder_does_not_fail_the_call(server: ScriptedServer) -> None:
    server.script(Reply(200, b"{}", JSON))

    def broken(record):
        raise RuntimeError("disk full")

    client = HttpClient(server.url, service="test", recorder=broken)
    assert client.request("GET", "x").data == {}


def test_parse_retry_after_forms() -> None:
    now = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    assert parse_retry_after("30", now) == 30
    assert parse_retry_after(" 1.5 ", now) == 1.5
    assert parse_retry_after("Thu, 01 Jan 2026 00:01:00 GMT", now) == 60
    assert parse_retry_after("Wed, 31 Dec 2025 23:00:00 GMT", now) == 0
    assert parse_retry_after("soon", now) is None
    assert parse_retry_after(None, now) is None
