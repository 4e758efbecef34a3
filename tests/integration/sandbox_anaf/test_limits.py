"""Per-minute rate limit (429, optional Retry-After, 204 mode), RASP daily cap, ANAF-style faults."""

from __future__ import annotations

import pytest
import requests

from invoicedesk.sandbox import Request
from tests.integration.sandbox_anaf.conftest import BUYER, SELLER, TIMEOUT, index_of, minimal_invoice


def _hello(anaf) -> requests.Response:
    return anaf.http.get(
        f"{anaf.root}/TestOauth/jaxrs/hello", params={"name": "x"}, headers=anaf.auth(), timeout=TIMEOUT
    )


def test_the_1001st_call_in_a_minute_is_429(anaf):
    headers = anaf.auth()
    # 1000 calls through the emulator's own pipeline (no sockets, to stay fast), then one over HTTP.
    for _ in range(1000):
        answer = anaf.emulator.dispatch(Request("GET", "/TestOauth/jaxrs/hello", {}, dict(headers), b""))
        assert answer.status == 200
    limited = _hello(anaf)
    assert limited.status_code == 429
    body = limited.json()
    assert body["status"] == 429 and body["error"] == "Too Many Requests"
    assert "Retry-After" not in limited.headers
    anaf.clock.advance(60)
    assert _hello(anaf).status_code == 200


def test_retry_after_is_sent_when_configured(make_anaf):
    anaf = make_anaf(calls_per_minute=3, retry_after=30)
    assert [_hello(anaf).status_code for _ in range(3)] == [200, 200, 200]
    limited = _hello(anaf)
    assert limited.status_code == 429 and limited.headers["Retry-After"] == "30"


def test_204_mode(make_anaf):
    anaf = make_anaf(calls_per_minute=2, rate_limit_status=204)
    anaf.upload(minimal_invoice("R-1"))
    anaf.upload(minimal_invoice("R-2"))
    limited = anaf.upload(minimal_invoice("R-3"))
    assert limited.status_code == 204 and limited.content == b""
    anaf.clock.advance(61)
    assert index_of(anaf.upload(minimal_invoice("R-3")))


def test_sign_in_is_not_counted_against_the_api_limit(make_anaf):
    anaf = make_anaf(calls_per_minute=1)
    assert _hello(anaf).status_code == 200
    assert _hello(anaf).status_code == 429
    assert anaf.exchange(anaf.code()).status_code == 200


def _rasp(index: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<header xmlns="mfp:anaf:dgti:spv:reqMesaj:v1" index_incarcare="{index}" '
        'message="Factura nu corespunde comenzii"/>'
    ).encode()


def test_rasp_message_reaches_the_seller_and_is_capped_per_day(make_anaf):
    anaf = make_anaf(rasp_per_day=1)
    index = index_of(anaf.upload(minimal_invoice()))
    anaf.settle(index)
    assert index_of(anaf.upload(_rasp(index), cif=BUYER, standard="RASP"))
    sent = anaf.get("listaMesajeFactura", zile="1", cif=BUYER, filtru="R").json()["mesaje"]
    received = anaf.get("listaMesajeFactura", zile="1", cif=SELLER, filtru="R").json()["mesaje"]
    assert [m["tip"] for m in sent] == ["MESAJ CUMPARATOR TRANSMIS"]
    assert [m["tip"] for m in received] == ["MESAJ CUMPARATOR PRIMIT"]
    capped = anaf.upload(_rasp(index), cif=BUYER, standard="RASP")
    assert "S-au incarcat deja 1 de mesaje de tip RASP pentru cui=76543210 in cursul zilei" in capped.text
    assert 'ExecutionStatus="1"' in capped.text


def test_html_fault_is_the_f5_rejection_page(anaf):
    anaf.emulator.faults.inject("html", path="stareMesaj")
    response = anaf.get("stareMesaj", id_incarcare="1")
    assert response.status_code == 200 and response.headers["Content-Type"].startswith("text/html")
    assert "The requested URL was rejected" in response.text


def test_status_fault_is_a_custom_error_message(anaf):
    anaf.emulator.faults.inject("status", status=500, path="upload")
    response = anaf.upload(minimal_invoice())
    assert response.status_code == 500
    body = response.json()
    assert body["status"] == 500 and body["error"] == "Internal Server Error"
    assert body["message"].startswith("A aparut o eroare tehnica")
    assert index_of(anaf.upload(minimal_invoice()))  # the fault was spent


@pytest.mark.parametrize("status", [429, 204])
def test_rate_limit_fault_follows_the_configured_mode(make_anaf, status):
    anaf = make_anaf(rate_limit_status=status)
    anaf.emulator.faults.inject("rate_limit", retry_after=7, path="listaMesaje")
    response = anaf.get("listaMesajeFactura", zile="1", cif=SELLER)
    assert response.status_code == status
    if status == 429:
        assert response.headers["Retry-After"] == "7"
