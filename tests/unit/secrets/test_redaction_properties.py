"""Whatever the secret and whatever surrounds it, a registered secret does not survive redaction."""

from __future__ import annotations

import base64
import html
import json
import re
from urllib.parse import quote, quote_plus

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from invoicedesk.secrets.redaction import MARKER, Redactor

from .conftest import decodable_from_base64


def _lower_hex(text: str) -> str:
    return re.sub(r"%[0-9A-F]{2}", lambda m: m.group(0).lower(), text)


ENCODINGS = {
    "raw": lambda s: s,
    "url": lambda s: quote(s, safe=""),
    "url-lower-hex": lambda s: _lower_hex(quote(s, safe="")),
    "url-path": quote,
    "url-plus": quote_plus,
    "base64": lambda s: base64.b64encode(s.encode()).decode(),
    "base64-unpadded": lambda s: base64.b64encode(s.encode()).decode().rstrip("="),
    "base64-url": lambda s: base64.urlsafe_b64encode(s.encode()).decode(),
    "json": lambda s: json.dumps(s)[1:-1],
    "json-ascii-off": lambda s: json.dumps(s, ensure_ascii=False)[1:-1],
    "html": html.escape,
}

# "[" and "]" are left out because the marker itself is made of them: a secret that contained them could be
# spelled out again by the marker and its neighbours, which is not a leak.
secrets = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="[]"), min_size=6, max_size=80
).filter(lambda s: s not in MARKER)
surroundings = st.text(max_size=60)
settings_for_properties = settings(max_examples=150, deadline=None)


@settings_for_properties
@given(secret=secrets, before=surroundings, after=surroundings, encoding=st.sampled_from(sorted(ENCODINGS)))
def test_a_registered_secret_never_survives_redact_text(secret, before, after, encoding):
    redactor = Redactor()
    redactor.register_secret(secret)
    encoded = ENCODINGS[encoding](secret)
    assume(encoded not in MARKER)

    redacted = redactor.redact_text(before + encoded + after)

    assert encoded not in redacted
    assert secret not in redacted


@settings_for_properties
@given(secret=secrets, user=st.text(max_size=20), urlsafe=st.booleans())
def test_a_registered_secret_inside_longer_base64_cannot_be_decoded(secret, user, urlsafe):
    redactor = Redactor()
    redactor.register_secret(secret)
    encode = base64.urlsafe_b64encode if urlsafe else base64.b64encode
    credentials = encode(f"{user}:{secret}".encode()).decode()

    redacted = redactor.redact_text(f"Authorization header was {credentials} here")

    assert not decodable_from_base64(secret, redacted)


@settings_for_properties
@given(secret=secrets, before=surroundings, after=surroundings, ensure_ascii=st.booleans())
def test_a_registered_secret_never_survives_redact_body_of_json(secret, before, after, ensure_ascii):
    redactor = Redactor()
    redactor.register_secret(secret)
    body = json.dumps({"note": before + secret + after, "n": 1}, ensure_ascii=ensure_ascii).encode()

    redacted = redactor.redact_body(body, "application/json", max_chars=100_000)

    assert secret not in redacted
    assert json.dumps(secret)[1:-1] not in redacted
    try:
        decoded = json.loads(redacted)
    except ValueError:
        return
    assert secret not in json.dumps(decoded, ensure_ascii=False)


@settings_for_properties
@given(
    secret=secrets, query_before=surroundings, encoding=st.sampled_from(["url", "url-plus", "url-lower-hex"])
)
def test_a_registered_secret_never_survives_redact_url(secret, query_before, encoding):
    redactor = Redactor()
    redactor.register_secret(secret)
    encoded = ENCODINGS[encoding](secret)
    url = f"https://api.example.test/v1/items?{quote_plus(query_before)}=1&q={encoded}"

    redacted = redactor.redact_url(url)

    assert encoded not in redacted
    assert secret not in redacted
