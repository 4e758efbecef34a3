from __future__ import annotations

import base64
import json
import re
from urllib.parse import quote, quote_plus

import pytest

from invoicedesk.secrets import redaction
from invoicedesk.secrets.redaction import MARKER, Redactor, is_secret_field

from .conftest import decodable_from_base64

SECRET = "Zq9/kT+e4=wX&y"


@pytest.fixture
def redactor() -> Redactor:
    r = Redactor()
    r.register_secret(SECRET)
    return r


@pytest.mark.parametrize(
    "encoded",
    [
        SECRET,
        quote(SECRET, safe=""),
        re.sub(r"%[0-9A-F]{2}", lambda m: m.group(0).lower(), quote(SECRET, safe="")),
        quote(SECRET),
        quote_plus(SECRET),
        quote(quote(SECRET, safe=""), safe=""),
        base64.b64encode(SECRET.encode()).decode(),
        base64.urlsafe_b64encode(SECRET.encode()).decode().rstrip("="),
        json.dumps(SECRET)[1:-1].replace("/", "\\/"),
        "Zq9/kT+e4=wX&amp;y",
    ],
    ids=[
        "raw",
        "url",
        "url-lowercase-hex",
        "url-keep-slash",
        "url-plus",
        "url-twice",
        "b64",
        "b64url",
        "json-php",
        "html",
    ],
)
def test_registered_secret_is_removed_in_every_encoding(redactor, encoded):
    assert redactor.redact_text(f"before {encoded} after") == f"before {MARKER} after"


def test_registered_secret_inside_basic_credentials_is_removed(redactor):
    for user in ("a", "ab", "abc", "client-id-42"):
        credentials = base64.b64encode(f"{user}:{SECRET}".encode()).decode()
        text = redactor.redact_text(f"token request with {credentials}")
        assert credentials not in text
        assert not decodable_from_base64(SECRET, text)
        assert MARKER in text


def test_short_values_are_not_registered():
    r = Redactor()
    r.register_secret("abc12")
    assert r.redact_text("abc12 stays") == "abc12 stays"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Authorization: Bearer abcDEF123.xyz\nAccept: json",
            f"Authorization: Bearer {MARKER}\nAccept: json",
        ),
        ("authorization:Basic dXNlcjpwYXNz", f"authorization:Basic {MARKER}"),
        (
            "Authentication: IAPIS user=jan@firma.pl, hmac-sha1=37744ef0b036754e6c627fff9c731d2a73043c3b",
            f"Authentication: IAPIS {MARKER}",
        ),
        ("IAPIS user=jan@firma.pl, hmac-sha1=37744ef0b0", f"IAPIS {MARKER}"),
        (
            "Authorization: SFAPI email=a%40b.cz&apikey=TOKEN123&company_id=1",
            f"Authorization: SFAPI {MARKER}",
        ),
        ("header SFAPI email=a%40b.cz&apikey=TOKEN123&module=X", f"header SFAPI {MARKER}"),
        ("sent Bearer eyJraWQiOi.abc-DEF_12", f"sent Bearer {MARKER}"),
        ("token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl here", f"token {MARKER} here"),
        (
            '{"access_token": "abc.def", "token_type": "bearer", "expires_in": 7200, "refresh_token": null}',
            f'{{"access_token": "{MARKER}", "token_type": "bearer", '
            '"expires_in": 7200, "refresh_token": null}',
        ),
        (
            "{'Authorization': 'Bearer abcdefgh', 'Accept': 'x'}",
            f"{{'Authorization': '{MARKER}', 'Accept': 'x'}}",
        ),
        (
            "grant_type=refresh_token&refresh_token=RT123456&client_secret=CS999999&client_id=app",
            f"grant_type=refresh_token&refresh_token={MARKER}&client_secret={MARKER}&client_id=app",
        ),
        ("GET /invoices.json?api_token=TOK12345&page=2", f"GET /invoices.json?api_token={MARKER}&page=2"),
        (
            '{"api_token":"T","invoice":{"kind":"vat"}}',
            f'{{"api_token":"{MARKER}","invoice":{{"kind":"vat"}}}}',
        ),
        ("X-inFakt-ApiKey: 0123456789abcdef", f"X-inFakt-ApiKey: {MARKER}"),
        ('{"X-inFakt-ApiKey":"0123456789abcdef"}', f'{{"X-inFakt-ApiKey":"{MARKER}"}}'),
        ("password='hunter22' user=bob", f"password='{MARKER}' user=bob"),
        (
            "Credentials(client_id='cid', client_secret='cs')",
            f"Credentials(client_id='cid', client_secret='{MARKER}')",
        ),
        (
            '"{\\"access_token\\":\\"abcdef\\",\\"x\\":1}"',
            f'"{{\\"access_token\\":\\"{MARKER}\\",\\"x\\":1}}"',
        ),
        (
            "<r><ns:client_secret a='1'>xyz</ns:client_secret><Password>p</Password><Login>jan</Login></r>",
            f"<r><ns:client_secret a='1'>{MARKER}</ns:client_secret><Password>{MARKER}</Password>"
            "<Login>jan</Login></r>",
        ),
        ("db postgresql://bob:hunter22@db.local/x", f"db postgresql://bob:{MARKER}@db.local/x"),
    ],
)
def test_credential_shapes_are_removed_without_registration(text, expected):
    assert Redactor().redact_text(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Basic information about the Bearer token expired",
        "token_content_type=jwt&state=abc&response_type=code",
        '{"token_type": "bearer", "expires_in": 7200}',
        "Invoice FV 1/11/2026 created, total 1234.50 CZK",
        "POST https://app.fakturoid.cz/api/v3/accounts/firma/invoices.json -> 201",
    ],
)
def test_ordinary_text_is_left_alone(text):
    assert Redactor().redact_text(text) == text


def test_redaction_is_idempotent(redactor):
    text = f'Authorization: Bearer {SECRET}\n{{"refresh_token": "{SECRET}"}} apikey={SECRET}'
    once = redactor.redact_text(text)
    assert redactor.redact_text(once) == once
    assert SECRET not in once


@pytest.mark.parametrize(
    "name",
    [
        "access_token",
        "refresh_token",
        "client_secret",
        "api_token",
        "apikey",
        "api_key",
        "password",
        "X-inFakt-ApiKey",
        "Authorization",
        "Authentication",
        "ClientSecret",
        "gov_password",
    ],
)
def test_secret_field_names(name):
    assert is_secret_field(name)


@pytest.mark.parametrize(
    "name", ["token_type", "expires_in", "client_id", "email", "Kod", "tokens", "keyword"]
)
def test_ordinary_field_names(name):
    assert not is_secret_field(name)


def test_redact_headers_keeps_the_scheme_and_redacts_the_rest(redactor):
    headers = {
        "Authorization": "Bearer abc.def.ghi",
        "X-inFakt-ApiKey": "0123456789",
        "Authentication": "IAPIS user=jan, hmac-sha1=abcdef",
        "Cookie": "session=abcdef123",
        "X-Echo": f"value {SECRET}",
        "Accept": "application/json",
    }

    assert redactor.redact_headers(headers) == {
        "Authorization": f"Bearer {MARKER}",
        "X-inFakt-ApiKey": MARKER,
        "Authentication": f"IAPIS {MARKER}",
        "Cookie": MARKER,
        "X-Echo": f"value {MARKER}",
        "Accept": "application/json",
    }


def test_redact_url_removes_query_fragment_and_password_secrets(redactor):
    url = (
        "https://bob:pw123456@x.fakturownia.pl/invoices.json?api_token=A%2FB%2Fprefix&page=2#access_token=zzz"
    )

    assert redactor.redact_url(url) == (
        f"https://bob:{MARKER}@x.fakturownia.pl/invoices.json?api_token={MARKER}&page=2#access_token={MARKER}"
    )


def test_redact_url_removes_registered_values_in_the_path(redactor):
    assert (
        redactor.redact_url(f"https://h/invoice/{quote(SECRET, safe='')}.pdf")
        == f"https://h/invoice/{MARKER}.pdf"
    )


def test_redact_url_survives_a_malformed_url(redactor):
    assert (
        redactor.redact_url(f"http://[::1/{SECRET}?password=x") == f"http://[::1/{MARKER}?password={MARKER}"
    )


def test_redact_body_json_keys_nested(redactor):
    body = json.dumps(
        {
            "client_secret": "abc",
            "nested": [{"Password": "p", "note": f"has {SECRET}"}],
            "refresh_token": None,
        }
    ).encode()

    result = json.loads(redactor.redact_body(body, "application/json; charset=utf-8"))

    assert result == {
        "client_secret": MARKER,
        "nested": [{"Password": MARKER, "note": f"has {MARKER}"}],
        "refresh_token": None,
    }


def test_redact_body_form_fields(redactor):
    body = "grant_type=refresh_token&refresh_token=eyJx.eyJy.z&client_id=app&client_secret=c%2Fs"

    assert redactor.redact_body(body, "application/x-www-form-urlencoded") == (
        f"grant_type=refresh_token&refresh_token={MARKER}&client_id=app&client_secret={MARKER}"
    )


def test_redact_body_xml_elements(redactor):
    body = '<?xml version="1.0"?><auth><login>jan</login><api_key>K1</api_key><x:Token>T</x:Token></auth>'

    assert redactor.redact_body(body.encode(), "application/xml") == (
        f'<?xml version="1.0"?><auth><login>jan</login><api_key>{MARKER}</api_key>'
        f"<x:Token>{MARKER}</x:Token></auth>"
    )


def test_redact_body_uses_the_declared_charset(redactor):
    body = "<p>Żółć password=tajne123</p>".encode("iso-8859-2")

    assert redactor.redact_body(body, "text/html; charset=ISO-8859-2") == f"<p>Żółć password={MARKER}</p>"


def test_redact_body_describes_binary_instead_of_showing_it(redactor):
    assert (
        redactor.redact_body(b"%PDF-1.7\n...", "application/pdf")
        == "[binary body: 12 bytes, application/pdf]"
    )
    assert redactor.redact_body(b"PK\x03\x04zipdata", None) == "[binary body: 11 bytes]"
    assert redactor.redact_body(b"", "application/json") == ""


def test_redact_body_truncates_after_redacting(redactor):
    body = "a" * 50 + SECRET + "b" * 5000

    result = redactor.redact_body(body, "text/plain", max_chars=55)

    assert SECRET[:5] not in result
    assert result.startswith("a" * 50)
    assert "[truncated:" in result and len(result) < 120


def test_module_functions_share_one_process_wide_redactor():
    value = "process-wide-secret-5d1e0c"
    redaction.register_secret(value)

    assert redaction.redact_text(f"x {value}") == f"x {MARKER}"
    assert redaction.redact_url(f"https://h/?q={value}") == f"https://h/?q={MARKER}"
    assert redaction.redact_headers({"X": value}) == {"X": MARKER}
    assert redaction.redact_body(value.encode()) == MARKER
