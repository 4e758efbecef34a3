"""The emulated identity provider: certificate + PIN page, redirects, token endpoint, JWTs, revoke, hello."""

from __future__ import annotations

import base64
import json
from urllib.parse import parse_qs, urlsplit

import pytest
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding
from lxml import html

from tests.integration.sandbox_anaf.conftest import (
    APP,
    NO_RIGHTS_CERT,
    REDIRECT,
    SELLER_CERT,
    TIMEOUT,
)

DAY = 86400


def _query(location: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(location).query)


def _jwt_parts(token: str) -> tuple[dict, dict, bytes, bytes]:
    head, body, signature = token.split(".")

    def decode(part: str) -> bytes:
        return base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))

    return json.loads(decode(head)), json.loads(decode(body)), decode(signature), f"{head}.{body}".encode()


def test_authorize_page_offers_certificates_pin_and_stable_ids(anaf):
    response = anaf.http.get(
        f"{anaf.root}/anaf-oauth2/v1/authorize", params=anaf.authorize_params("abc"), timeout=TIMEOUT
    )
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("text/html")
    page = html.fromstring(response.text)
    options = page.xpath('//select[@id="certificate"]/option')
    assert [o.get("value") for o in options] == [SELLER_CERT, "BBBB0002", NO_RIGHTS_CERT]
    assert "12345674" in options[0].text_content() and "76543210" in options[0].text_content()
    assert page.xpath('//input[@id="pin"]/@type') == ["password"]
    assert page.xpath('//*[@id="signin"]') and page.xpath('//*[@id="cancel"]')
    hidden = {i.get("name"): i.get("value") for i in page.xpath('//input[@type="hidden"]')}
    assert hidden["state"] == "abc" and hidden["redirect_uri"] == REDIRECT


@pytest.mark.parametrize(
    "redirect_uri",
    [
        "https://localhost:9005/callback",  # another port
        "http://localhost:9002/callback",  # http instead of https
        "https://localhost:9002/callback/",  # trailing slash
    ],
)
def test_redirect_uri_must_match_exactly_with_anafs_text(anaf, redirect_uri):
    response = anaf.http.get(
        f"{anaf.root}/anaf-oauth2/v1/authorize",
        params=anaf.authorize_params(redirect_uri=redirect_uri),
        timeout=TIMEOUT,
    )
    assert response.status_code == 400
    assert response.json() == {
        "error": "invalid_request",
        "error_description": f"Redirect-URI ({redirect_uri}) does not match with client app configuration.",
    }


def test_every_registered_redirect_uri_works(anaf):
    response = anaf.sign_in(redirect_uri="https://localhost:9003/callback")
    assert response.status_code == 302
    assert response.headers["Location"].startswith("https://localhost:9003/callback?code=")


def test_unknown_client_is_refused(anaf):
    response = anaf.http.get(
        f"{anaf.root}/anaf-oauth2/v1/authorize",
        params={**anaf.authorize_params(), "client_id": "nobody"},
        timeout=TIMEOUT,
    )
    assert response.status_code == 400
    assert response.json()["error"] == "invalid_client"


def test_cancel_redirects_access_denied_with_state(anaf):
    response = anaf.sign_in(action="cancel", state="s-42")
    assert response.status_code == 302
    location = response.headers["Location"]
    assert location.startswith(REDIRECT + "?")
    assert _query(location) == {"error": ["access_denied"], "state": ["s-42"]}


def test_unplugged_token_denies_at_once_and_echoes_state(make_anaf):
    anaf = make_anaf(token_unplugged=True)
    response = anaf.http.get(
        f"{anaf.root}/anaf-oauth2/v1/authorize",
        params=anaf.authorize_params("s-7"),
        allow_redirects=False,
        timeout=TIMEOUT,
    )
    assert response.status_code == 302
    assert _query(response.headers["Location"]) == {"error": ["access_denied"], "state": ["s-7"]}


def test_wrong_pin_shows_the_page_again_then_the_right_pin_redirects_with_code_and_state(anaf):
    wrong = anaf.sign_in(pin="0000", state="s-1")
    assert wrong.status_code == 200
    page = html.fromstring(wrong.text)
    assert "PIN incorect" in page.xpath('//*[@id="error"]')[0].text_content()
    assert page.xpath('//select[@id="certificate"]/option[@selected]/@value') == [SELLER_CERT]

    right = anaf.sign_in(pin="1234", state="s-1")
    assert right.status_code == 302
    query = _query(right.headers["Location"])
    assert query["state"] == ["s-1"]
    assert set(query) == {"code", "state"}


def test_code_carries_url_encoded_characters(anaf):
    location = anaf.sign_in().headers["Location"]
    raw_code = urlsplit(location).query.split("&")[0].removeprefix("code=")
    assert "%3D" in raw_code  # the base64 padding reaches the client percent-encoded
    decoded = _query(location)["code"][0]
    assert decoded.endswith("=") and len(base64.b64decode(decoded)) == 34


def test_no_state_sent_means_none_returned(anaf):
    response = anaf.sign_in(state=None)
    assert set(_query(response.headers["Location"])) == {"code"}


@pytest.mark.parametrize("basic", [True, False], ids=["basic-auth", "body-auth"])
def test_code_exchange_accepts_basic_and_body_client_auth(anaf, basic):
    response = anaf.exchange(anaf.code(), basic=basic)
    assert response.status_code == 200
    body = response.json()
    assert body["token_type"] == "Bearer"
    assert body["expires_in"] == 90 * DAY
    assert body["access_token"].count(".") == 2 and body["refresh_token"].count(".") == 2
    assert body["access_token"] != body["refresh_token"]


@pytest.mark.parametrize("auth", [("test-app", "wrong"), ("other-app", "s3cret+/="), None])
def test_bad_client_credentials_answer_400_invalid_client(anaf, auth):
    code = anaf.code()
    response = anaf.http.post(
        f"{anaf.root}/anaf-oauth2/v1/token",
        auth=auth,
        timeout=TIMEOUT,
        data={"grant_type": "authorization_code", "code": code, "redirect_uri": REDIRECT},
    )
    assert response.status_code == 400
    assert response.json() == {"error": "invalid_client"}


def test_code_is_single_use(anaf):
    code = anaf.code()
    assert anaf.exchange(code).status_code == 200
    again = anaf.exchange(code)
    assert again.status_code == 400
    assert again.json()["error"] == "invalid_grant"


def test_code_is_valid_for_60_seconds_on_the_clock(anaf):
    fresh = anaf.code()
    anaf.clock.advance(59)
    assert anaf.exchange(fresh).status_code == 200

    stale = anaf.code()
    anaf.clock.advance(61)
    response = anaf.exchange(stale)
    assert response.status_code == 400
    assert response.json()["error"] == "invalid_grant"


def test_exchange_needs_the_redirect_uri_used_at_authorize(anaf):
    response = anaf.sign_in(redirect_uri="https://localhost:9003/callback")
    code = _query(response.headers["Location"])["code"][0]
    mismatch = anaf.exchange(code, redirect_uri=REDIRECT)
    assert mismatch.status_code == 400 and mismatch.json()["error"] == "invalid_grant"
    assert anaf.exchange(code, redirect_uri="https://localhost:9003/callback").status_code == 200


def test_refresh_rotates_both_tokens_and_kills_the_old_refresh_token(anaf):
    first = anaf.tokens()
    anaf.clock.advance(5)
    second = anaf.refresh(first["refresh_token"])
    assert second.status_code == 200
    rotated = second.json()
    assert rotated["access_token"] != first["access_token"]
    assert rotated["refresh_token"] != first["refresh_token"]

    reused = anaf.refresh(first["refresh_token"])
    assert reused.status_code == 400 and reused.json()["error"] == "invalid_grant"
    assert anaf.refresh(rotated["refresh_token"]).status_code == 200


def test_old_refresh_token_can_be_left_alive_by_option(make_anaf):
    anaf = make_anaf(refresh_invalidates_old=False)
    first = anaf.tokens()
    assert anaf.refresh(first["refresh_token"]).status_code == 200
    assert anaf.refresh(first["refresh_token"]).status_code == 200


def test_access_token_is_not_a_refresh_token(anaf):
    response = anaf.refresh(anaf.tokens()["access_token"])
    assert response.status_code == 400 and response.json()["error"] == "invalid_grant"


def test_unknown_grant_type(anaf):
    response = anaf.http.post(
        f"{anaf.root}/anaf-oauth2/v1/token",
        data={"grant_type": "password"},
        auth=(APP["client_id"], APP["client_secret"]),
        timeout=TIMEOUT,
    )
    assert response.status_code == 400 and response.json()["error"] == "unsupported_grant_type"


def test_jwts_are_rs512_with_kid_serial_roles_and_90_365_day_lifetimes(anaf):
    tokens = anaf.tokens()
    public_key = serialization.load_pem_public_key(anaf.emulator.token_public_key_pem.encode())
    for token, lifetime in ((tokens["access_token"], 90 * DAY), (tokens["refresh_token"], 365 * DAY)):
        header, claims, signature, signed = _jwt_parts(token)
        assert header["alg"] == "RS512" and header["kid"]
        public_key.verify(signature, signed, padding.PKCS1v15(), hashes.SHA512())
        with pytest.raises(InvalidSignature):
            public_key.verify(signature, signed + b"x", padding.PKCS1v15(), hashes.SHA512())
        assert claims["iss"] == "https://logincert.anaf.ro"
        assert claims["serial"] == SELLER_CERT
        assert claims["clientappid"] == APP["client_id"]
        assert "EFACTURA" in claims["role"]
        assert claims["exp"] - claims["iat"] == lifetime
        assert claims["iat"] == int(anaf.clock.now())


def test_shortened_lifetimes_expire_on_the_clock(make_anaf):
    anaf = make_anaf(access_token_lifetime=120, refresh_token_lifetime=600)
    tokens = anaf.tokens()
    _, claims, _, _ = _jwt_parts(tokens["access_token"])
    assert claims["exp"] - claims["iat"] == 120
    assert anaf.get("stareMesaj", id_incarcare="1").status_code == 200

    anaf.clock.advance(121)
    assert anaf.get("stareMesaj", id_incarcare="1").status_code == 401
    renewed = anaf.refresh(tokens["refresh_token"])
    assert renewed.status_code == 200

    anaf.clock.advance(601)
    expired = anaf.refresh(renewed.json()["refresh_token"])
    assert expired.status_code == 400 and expired.json()["error"] == "invalid_grant"


def test_revoke_sends_the_client_to_the_policy_page(anaf):
    tokens = anaf.tokens()
    response = anaf.http.post(
        f"{anaf.root}/anaf-oauth2/v1/revoke",
        allow_redirects=False,
        timeout=TIMEOUT,
        auth=(APP["client_id"], APP["client_secret"]),
        data={"token": tokens["access_token"], "token_type_hint": "access_token"},
    )
    assert response.status_code == 302
    assert response.headers["Location"] == "/my.policy"
    # The token still works: a headless revoke does not exist at ANAF.
    assert anaf.get("stareMesaj", id_incarcare="1").status_code == 200


def test_revoke_by_get_lands_on_the_policy_page_too(anaf):
    response = anaf.http.get(f"{anaf.root}/anaf-oauth2/v1/revoke", allow_redirects=True, timeout=TIMEOUT)
    assert response.status_code == 200
    assert response.url.endswith("/my.policy")
    assert "Access policy" in response.text


def test_hello_echoes_headers_with_the_certificate_serial(anaf):
    response = anaf.http.get(
        f"{anaf.root}/TestOauth/jaxrs/hello",
        params={"name": "ana"},
        headers={**anaf.auth(NO_RIGHTS_CERT), "X-Probe": "p1"},
        timeout=TIMEOUT,
    )
    assert response.status_code == 200
    lines = response.text.splitlines()
    assert lines[0] == "Hello ana"
    assert f"serial_certificate: {NO_RIGHTS_CERT}" in lines
    assert "X-Probe: p1" in lines
    assert not any(line.lower().startswith("authorization") for line in lines)


@pytest.mark.parametrize("header", [None, "Bearer", "Bearer not.a.jwt", "Basic dGVzdDp0ZXN0"])
def test_api_without_a_valid_bearer_token_is_401(anaf, header):
    headers = {"Authorization": header} if header else {}
    response = anaf.http.get(
        f"{anaf.rest()}/stareMesaj", params={"id_incarcare": "1"}, headers=headers, timeout=TIMEOUT
    )
    assert response.status_code == 401
    assert response.json()["status"] == 401
    hello = anaf.http.get(f"{anaf.root}/TestOauth/jaxrs/hello", headers=headers, timeout=TIMEOUT)
    assert hello.status_code == 401


def test_tampered_token_is_401(anaf):
    header, claims, signature, _ = _jwt_parts(anaf.tokens()["access_token"])
    claims["serial"] = "BBBB0002"

    def encode(data: bytes) -> str:
        return base64.urlsafe_b64encode(data).rstrip(b"=").decode()

    forged = ".".join(
        [encode(json.dumps(header).encode()), encode(json.dumps(claims).encode()), encode(signature)]
    )
    response = anaf.http.get(
        f"{anaf.rest()}/stareMesaj",
        params={"id_incarcare": "1"},
        headers={"Authorization": "Bearer " + forged},
        timeout=TIMEOUT,
    )
    assert response.status_code == 401


def test_refresh_token_is_not_an_access_token(anaf):
    response = anaf.http.get(
        f"{anaf.rest()}/stareMesaj",
        params={"id_incarcare": "1"},
        timeout=TIMEOUT,
        headers={"Authorization": "Bearer " + anaf.tokens()["refresh_token"]},
    )
    assert response.status_code == 401
