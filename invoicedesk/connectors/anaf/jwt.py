"""Reading the expiry out of ANAF's JWTs.

The payload is decoded WITHOUT verifying the signature, on purpose: we only read `exp` (and the certificate
`serial`) of tokens that ANAF handed to us over a TLS-verified connection, to decide when to renew them.
Nothing is granted on the strength of these claims; ANAF checks every token it receives. Verifying would need
ANAF's signing keys, which it does not publish.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
from typing import Any


class UnreadableTokenError(ValueError):
    """The text is not a JWT whose payload can be read."""


def unverified_claims(token: str) -> dict[str, Any]:
    """The payload of a compact JWT (header.payload.signature), decoded but not verified (see above)."""
    parts = token.split(".") if isinstance(token, str) else []
    if len(parts) != 3 or not parts[1]:
        raise UnreadableTokenError("the token is not a JWT (three dot-separated parts)")
    payload = parts[1]
    try:
        raw = base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4))
        claims = json.loads(raw)
    except (binascii.Error, ValueError) as exc:
        raise UnreadableTokenError("the JWT payload is not base64url-encoded JSON") from exc
    if not isinstance(claims, dict):
        raise UnreadableTokenError("the JWT payload is not a JSON object")
    return claims


def expiry(token: str) -> dt.datetime | None:
    """When the token expires (UTC), from its `exp` claim; None when the token or the claim is unreadable."""
    try:
        claims = unverified_claims(token)
    except UnreadableTokenError:
        return None
    exp = claims.get("exp")
    # bool is an int in Python; a JSON true is not a time.
    if isinstance(exp, bool) or not isinstance(exp, int | float):
        return None
    try:
        return dt.datetime.fromtimestamp(exp, tz=dt.UTC)
    except (OverflowError, OSError, ValueError):
        return None


def claim(token: str, name: str) -> str:
    """A text claim such as `serial` (the certificate serial), or "" when absent or unreadable."""
    try:
        value = unverified_claims(token).get(name)
    except UnreadableTokenError:
        return ""
    return value if isinstance(value, str) else ""
