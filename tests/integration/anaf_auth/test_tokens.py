"""The token pair after sign-in: expiry from the JWTs, rotation, automatic renewal, one rotation at a time,
storage in a keyring with Windows' 2560-byte entry limit."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
import requests

from invoicedesk.app.efactura_auth import (
    access_token_for,
    refresh,
    renew_after_unauthorized,
    sign_out,
    start_login,
    status,
)
from invoicedesk.connectors.anaf import jwt
from invoicedesk.connectors.anaf.oauth import CertificateSignInRequiredError, TokenAnswerLostError
from invoicedesk.secrets.store import service_name
from tests.integration.anaf_auth.conftest import (
    CLIENT_ID,
    CLIENT_SECRET,
    DAY,
    clock_days_ago,
    token_posts,
)


def sign_in(ctx, setup, browser) -> dict[str, str]:
    attempt = start_login(ctx, setup.company_id, timeout=20)
    browser.sign_in(attempt.start_url)
    attempt.wait()
    return ctx.secrets.read_many(setup.tokens_ref, ["access_token", "refresh_token"])


def refresh_directly(emulator, refresh_token: str) -> requests.Response:
    return requests.post(f"{emulator.oauth_url}/token", timeout=10, auth=(CLIENT_ID, CLIENT_SECRET),
                         data={"grant_type": "refresh_token", "refresh_token": refresh_token})


def test_refresh_rotates_both_tokens_and_the_old_refresh_token_stops_working(ctx, setup, emulator, browser):
    old = sign_in(ctx, setup, browser)

    refreshed = refresh(ctx, setup.company_id)

    new = ctx.secrets.read_many(setup.tokens_ref, ["access_token", "refresh_token"])
    assert new["access_token"] != old["access_token"]
    assert new["refresh_token"] != old["refresh_token"]
    assert refreshed.signed_in
    assert token_posts(emulator, "refresh_token") == 1
    refused = refresh_directly(emulator, old["refresh_token"])
    assert refused.status_code == 400 and refused.json()["error"] == "invalid_grant"
    # The new refresh token is the one that works now.
    assert refresh_directly(emulator, new["refresh_token"]).status_code == 200


def test_expiries_are_read_from_each_jwt(ctx, make_emulator, configure, browser):
    emulator = make_emulator(access_token_lifetime=30 * DAY, refresh_token_lifetime=200 * DAY)
    setup = configure(oauth_base_url=emulator.oauth_url)
    pair = sign_in(ctx, setup, browser)

    current = status(ctx, setup.company_id)

    assert current.access_expires_at == jwt.expiry(pair["access_token"])
    assert current.refresh_expires_at == jwt.expiry(pair["refresh_token"])
    assert current.expiry_from_token
    now = dt.datetime.now(dt.UTC)
    assert abs((current.access_expires_at - now) - dt.timedelta(days=30)) < dt.timedelta(minutes=1)
    # Days until the certificate is needed again come from the refresh token, not the access token.
    assert current.days_until_certificate_login in (199, 200)


def test_status_before_sign_in_says_the_certificate_is_needed(ctx, setup):
    current = status(ctx, setup.company_id)
    assert not current.signed_in and current.needs_certificate_login
    assert current.access_expires_at is None and current.days_until_certificate_login is None
    with pytest.raises(CertificateSignInRequiredError) as raised:
        access_token_for(ctx, setup.company_id)
    assert "Sign in with certificate" in raised.value.advice.what_to_do


def test_a_fresh_access_token_is_handed_out_without_calling_anaf(ctx, setup, emulator, browser):
    pair = sign_in(ctx, setup, browser)
    emulator.journal_clear()
    assert access_token_for(ctx, setup.company_id) == pair["access_token"]
    assert emulator.journal_entries("POST", "/token") == []


def test_renewed_automatically_when_fewer_than_seven_days_remain(ctx, make_emulator, configure, browser):
    # Tokens issued 84 days ago on ANAF's clock: 6 of their 90 days remain.
    emulator = make_emulator(clock=clock_days_ago(84))
    setup = configure(oauth_base_url=emulator.oauth_url)
    old = sign_in(ctx, setup, browser)

    token = access_token_for(ctx, setup.company_id)

    assert token != old["access_token"]
    assert token_posts(emulator, "refresh_token") == 1
    saved = ctx.secrets.read_many(setup.tokens_ref, ["access_token", "refresh_token"])
    assert saved["access_token"] == token and saved["refresh_token"] != old["refresh_token"]


def test_concurrent_callers_rotate_the_pair_only_once(ctx, make_emulator, configure, browser):
    emulator = make_emulator(clock=clock_days_ago(84))
    setup = configure(oauth_base_url=emulator.oauth_url)
    sign_in(ctx, setup, browser)
    # The pair renewed at -84 days would again look due; ANAF's clock catches up before anyone renews.
    emulator.clock.advance(84 * DAY)
    barrier = threading.Barrier(4)
    tokens: list[str] = []

    def caller() -> None:
        barrier.wait()
        tokens.append(access_token_for(ctx, setup.company_id))

    threads = [threading.Thread(target=caller) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=20)

    assert len(tokens) == 4 and len(set(tokens)) == 1
    assert token_posts(emulator, "refresh_token") == 1


def test_a_401_renews_once_and_a_stale_401_does_not_rotate_again(ctx, setup, emulator, browser):
    old = sign_in(ctx, setup, browser)

    first = renew_after_unauthorized(ctx, setup.company_id, old["access_token"])
    second = renew_after_unauthorized(ctx, setup.company_id, old["access_token"])

    assert first == second != old["access_token"]
    assert token_posts(emulator, "refresh_token") == 1


def test_a_refused_refresh_token_asks_for_the_certificate(ctx, setup, emulator, browser):
    old = sign_in(ctx, setup, browser)
    assert refresh_directly(emulator, old["refresh_token"]).status_code == 200  # rotated behind our back

    with pytest.raises(CertificateSignInRequiredError) as raised:
        refresh(ctx, setup.company_id)

    assert "invalid_grant" in str(raised.value)
    assert "USB token" in raised.value.advice.what_to_do


def test_the_pair_is_chunked_under_the_windows_entry_limit(ctx, setup, browser, keyring_backend):
    pair = sign_in(ctx, setup, browser)
    assert len((pair["access_token"] + pair["refresh_token"]).encode("utf-16-le")) > 2560

    entries = {user: value for (service, user), value in keyring_backend.entries().items()
               if service == service_name(setup.tokens_ref)}

    assert len(entries) > 2  # the index entry and at least two chunks
    assert all(len(value.encode("utf-16-le")) <= 2560 for value in entries.values())
    assert not any(pair["access_token"] in v and pair["refresh_token"] in v for v in entries.values())
    assert ctx.secrets.read_many(setup.tokens_ref, ["access_token", "refresh_token"]) == pair


def test_one_sign_in_serves_every_company_of_the_same_holder(ctx, configure, browser):
    from tests.integration.anaf_auth.conftest import romanian_company

    first = configure()
    other_company = romanian_company(ctx, "Ceai Bun SRL", "76543210")
    second = configure(company_id=other_company.id, holder_name="  ana  POPESCU ")

    assert second.holder_id == first.holder_id and second.cifs == ("76543210",)
    pair = sign_in(ctx, first, browser)
    assert access_token_for(ctx, other_company.id) == pair["access_token"]
    assert status(ctx, other_company.id).signed_in


def test_sign_out_forgets_the_tokens(ctx, setup, browser):
    sign_in(ctx, setup, browser)
    sign_out(ctx, setup.company_id)
    assert ctx.secrets.read_many(setup.tokens_ref, ["access_token", "refresh_token"]) == {}
    assert status(ctx, setup.company_id).needs_certificate_login


def test_a_refresh_whose_answer_is_lost_keeps_the_pair_on_file_and_says_what_follows(ctx, setup, emulator,
                                                                                    browser):
    before = sign_in(ctx, setup, browser)
    emulator.faults.inject("drop_after_commit", method="POST", path="token")

    with pytest.raises(TokenAnswerLostError) as raised:
        refresh(ctx, setup.company_id)

    assert raised.value.is_transient
    assert "tried again later" in raised.value.advice.what_to_do
    assert ctx.secrets.read_many(setup.tokens_ref, ["access_token", "refresh_token"]) == before
    assert token_posts(emulator, "refresh_token") == 1  # sent once, never repeated blindly


def test_a_code_exchange_whose_answer_is_lost_asks_to_sign_in_again(ctx, setup, emulator, browser):
    emulator.faults.inject("drop_after_commit", method="POST", path="token")
    attempt = start_login(ctx, setup.company_id, timeout=20)
    visit = browser.sign_in(attempt.start_url)
    with pytest.raises(TokenAnswerLostError) as raised:
        attempt.wait()
    assert "Sign in again" in raised.value.advice.what_to_do
    assert "Sign-in failed" in visit.callback_page.text
    assert token_posts(emulator, "authorization_code") == 1


def test_a_refused_renewal_is_not_retried_on_every_call_while_the_access_token_works(ctx, make_emulator,
                                                                                     configure, browser):
    emulator = make_emulator(clock=clock_days_ago(84))
    setup = configure(oauth_base_url=emulator.oauth_url)
    old = sign_in(ctx, setup, browser)
    assert refresh_directly(emulator, old["refresh_token"]).status_code == 200  # ours is now refused

    first = access_token_for(ctx, setup.company_id)
    second = access_token_for(ctx, setup.company_id)

    assert first == second == old["access_token"]  # still valid for 6 days: work goes on meanwhile
    assert token_posts(emulator, "refresh_token") == 2  # ours once, plus the one made behind our back
