"""Certificate sign-in against the ANAF emulator over real HTTP, through the TLS loopback listener."""

from __future__ import annotations

import socket
import threading

import pytest
import requests

from invoicedesk.app.efactura_auth import login, start_login, status
from invoicedesk.connectors.anaf import jwt
from invoicedesk.connectors.anaf.oauth import (
    AccessDeniedError,
    CallbackPortsBusyError,
    ClientRefusedError,
    ForeignCallbackError,
    RedirectMismatchError,
    SignInCancelledError,
    SignInTimeoutError,
)
from invoicedesk.connectors.errors import ErrorCategory
from tests.integration.anaf_auth.conftest import SERIAL, callback, free_port, token_posts


def _saved_pair(ctx, setup) -> dict[str, str]:
    return ctx.secrets.read_many(setup.tokens_ref, ["access_token", "refresh_token"])


def test_login_walks_start_page_pin_form_and_tls_listener_and_saves_the_pair(ctx, setup, emulator, browser,
                                                                            ports):
    attempt = start_login(ctx, setup.company_id, timeout=20)
    assert attempt.start_url == f"https://localhost:{ports[0]}/"
    assert attempt.redirect_uri == callback(ports[0])

    visit = browser.sign_in(attempt.start_url)
    result = attempt.wait()

    # The start page led to ANAF's authorize address with everything ANAF needs.
    login_query = requests.utils.urlparse(visit.login_page.url).query
    assert "token_content_type=jwt" in login_query and "response_type=code" in login_query
    assert visit.callback_page.status_code == 200
    assert "You can close this tab" in visit.callback_page.text
    pair = _saved_pair(ctx, setup)
    assert set(pair) == {"access_token", "refresh_token"}
    assert jwt.claim(pair["access_token"], "serial") == SERIAL
    assert result.status.certificate_serial == SERIAL
    assert result.status.signed_in and not result.status.needs_certificate_login
    assert token_posts(emulator, "authorization_code") == 1
    # The listener is gone once the sign-in ended.
    with pytest.raises(requests.ConnectionError):
        browser.get_local(attempt.start_url)


def test_login_opens_the_injected_browser_and_returns_the_url(ctx, setup, browser):
    opened: list[str] = []
    started: list[str] = []

    def open_browser(url: str) -> bool:
        opened.append(url)
        threading.Thread(target=browser.sign_in, args=(url,), daemon=True).start()
        return True

    result = login(ctx, setup.company_id, open_browser=open_browser, timeout=20,
                   on_started=lambda attempt: started.append(attempt.start_url))

    assert opened == started == [result.start_url]
    assert result.browser_opened is True
    assert result.holder == "Ana Popescu"
    assert status(ctx, setup.company_id).signed_in


def test_stray_requests_and_wrong_state_do_not_end_the_wait(ctx, setup, browser):
    attempt = start_login(ctx, setup.company_id, timeout=20)
    base = attempt.start_url.rstrip("/")
    try:
        assert browser.get_local(base + "/favicon.ico").status_code == 404
        assert browser.get_local(base + "/callback/extra").status_code == 404
        assert browser.http.head(base + "/", verify=str(browser.cert_file), timeout=5).status_code == 405
        assert browser.get_local(base + "/callback").status_code == 400
        wrong = browser.get_local(base + "/callback", params={"code": "stolen", "state": "not-this-one"})
        assert wrong.status_code == 400
        forged_denial = browser.get_local(base + "/callback", params={"error": "access_denied", "state": "x"})
        assert forged_denial.status_code == 400
        assert not attempt._sign_in.finished

        visit = browser.sign_in(attempt.start_url)
        result = attempt.wait()
    finally:
        attempt.close()
    assert visit.callback_page.status_code == 200
    assert result.status.signed_in


def test_state_is_single_use(ctx, setup, browser):
    attempt = start_login(ctx, setup.company_id, timeout=20)
    visit = browser.sign_in(attempt.start_url)
    attempt.wait()
    with pytest.raises(ForeignCallbackError):
        attempt.complete_from_pasted(visit.final_url)


def test_access_denied_ends_the_wait_with_advice_to_close_all_browser_windows(ctx, make_emulator, configure,
                                                                            browser):
    unplugged = make_emulator(token_unplugged=True)
    setup = configure(oauth_base_url=unplugged.oauth_url)
    attempt = start_login(ctx, setup.company_id, timeout=20)

    visit = browser.sign_in(attempt.start_url)
    with pytest.raises(AccessDeniedError) as raised:
        attempt.wait()

    assert "error=access_denied" in visit.final_url
    assert "Sign-in failed" in visit.callback_page.text
    assert raised.value.category is ErrorCategory.CREDENTIALS_REFUSED
    assert "close ALL browser windows" in raised.value.advice.what_to_do
    assert "token" in raised.value.advice.cause.lower()
    assert not status(ctx, setup.company_id).signed_in


def test_cancel_on_the_certificate_page_is_access_denied(ctx, setup, browser):
    attempt = start_login(ctx, setup.company_id, timeout=20)
    browser.sign_in(attempt.start_url, action="cancel")
    with pytest.raises(AccessDeniedError):
        attempt.wait()


def test_busy_first_port_moves_on_to_the_second(ctx, setup, browser, ports):
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as occupier:
        occupier.bind(("127.0.0.1", ports[0]))
        occupier.listen()
        attempt = start_login(ctx, setup.company_id, timeout=20)
        assert attempt.redirect_uri == callback(ports[1])
        browser.sign_in(attempt.start_url)
        result = attempt.wait()
    assert result.redirect_uri == callback(ports[1])
    assert result.status.signed_in


def test_no_free_port_names_the_ports_and_paste_mode_still_signs_in(ctx, setup, browser, ports):
    occupiers = []
    try:
        for port in ports:
            occupier = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            occupier.bind(("127.0.0.1", port))
            occupier.listen()
            occupiers.append(occupier)
        with pytest.raises(CallbackPortsBusyError) as raised:
            start_login(ctx, setup.company_id, timeout=20)
        listed = ", ".join(str(p) for p in ports)
        assert listed in str(raised.value)
        assert listed in raised.value.advice.cause
        assert "register one more callback address" in raised.value.advice.what_to_do

        attempt = start_login(ctx, setup.company_id, timeout=20, listen=False)
        assert not attempt.listening
        assert attempt.start_url.startswith(setup.oauth_base_url + "/authorize?")
        visit = browser.sign_in(attempt.start_url, follow_callback=False)
    finally:
        for occupier in occupiers:
            occupier.close()
    # The browser could not reach this computer; the person pastes the address bar. ANAF's codes carry '+',
    # '/' and '=', which arrive URL-encoded and must be decoded by a real query-string parser.
    assert "%2B" in visit.final_url or "%2F" in visit.final_url or "%3D" in visit.final_url
    result = attempt.complete_from_pasted(visit.final_url)
    assert result.status.signed_in
    assert _saved_pair(ctx, setup)


def test_a_pasted_address_from_another_attempt_is_refused_and_the_wait_goes_on(ctx, setup, browser):
    attempt = start_login(ctx, setup.company_id, timeout=20, listen=False)
    with pytest.raises(ForeignCallbackError):
        attempt.complete_from_pasted(f"{attempt.redirect_uri}?code=abc&state=someone-elses")
    with pytest.raises(ForeignCallbackError):
        attempt.complete_from_pasted("https://example.com/callback?code=abc&state=x")
    visit = browser.sign_in(attempt.start_url, follow_callback=False)
    assert attempt.complete_from_pasted(visit.final_url).status.signed_in


def test_timeout_ends_the_wait_and_closes_the_listener(ctx, setup, browser):
    attempt = start_login(ctx, setup.company_id, timeout=0.3)
    with pytest.raises(SignInTimeoutError) as raised:
        attempt.wait()
    assert attempt.redirect_uri in raised.value.advice.what_to_do
    assert "0.3 s" in str(raised.value)
    with pytest.raises(requests.ConnectionError):
        browser.get_local(attempt.start_url)


def test_redirect_mismatch_names_the_exact_url_to_register(ctx, configure, browser):
    unregistered = free_port()
    setup = configure(callback_ports=[unregistered])
    attempt = start_login(ctx, setup.company_id, timeout=20)

    visit = browser.sign_in(attempt.start_url)
    # ANAF shows its error in the browser; the listener never hears of it. The person pastes what ANAF showed.
    assert visit.login_page.status_code == 400
    with pytest.raises(RedirectMismatchError) as raised:
        attempt.complete_from_pasted(visit.login_page.text)

    expected = f"https://localhost:{unregistered}/callback"
    assert raised.value.redirect_uri == expected
    assert expected in raised.value.advice.what_to_do
    assert "Editare profil Oauth" in raised.value.advice.what_to_do


def test_wrong_client_secret_is_reported_on_the_page_and_to_the_caller(ctx, configure, browser):
    setup = configure(client_secret="not-the-secret")
    attempt = start_login(ctx, setup.company_id, timeout=20)
    visit = browser.sign_in(attempt.start_url)
    with pytest.raises(ClientRefusedError) as raised:
        attempt.wait()
    assert "Sign-in failed" in visit.callback_page.text
    assert "Editare profil Oauth" in raised.value.advice.what_to_do
    assert "not-the-secret" not in str(raised.value)


def _ipv6_loopback_available() -> bool:
    if not socket.has_ipv6:
        return False
    try:
        with socket.socket(socket.AF_INET6, socket.SOCK_STREAM) as probe:
            probe.bind(("::1", 0))
    except OSError:
        return False
    return True


def test_listener_binds_loopback_only_and_ipv6_when_the_computer_has_it(ctx, setup):
    attempt = start_login(ctx, setup.company_id, timeout=20)
    try:
        servers = attempt._sign_in._servers
        assert {server.server_address[0] for server in servers} <= {"127.0.0.1", "::1"}
        assert any(server.server_address[0] == "127.0.0.1" for server in servers)
        assert any(server.server_address[0] == "::1" for server in servers) == _ipv6_loopback_available()
    finally:
        attempt.cancel()
    with pytest.raises(SignInCancelledError):
        attempt.wait()
