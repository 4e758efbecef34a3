"""JWTs as ANAF's identity provider issues them: RS512, a `kid`, the certificate `serial`, role claims.

Written with `cryptography` directly: the emulator must not share a JWT library (or its quirks) with
the client.
"""

from __future__ import annotations

import base64
import binascii
import json
import secrets
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa

ISSUER = "https://logincert.anaf.ro"
SCOPE = "clientappid info issuer role serial"
ROLES = ["EFACTURA", "ETRANSPORT", "SRV_EFACTURA", "HELLO"]


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _b64url_decode(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


@dataclass(frozen=True)
class Grant:
    """Who a token speaks for."""

    client_id: str
    serial: str
    holder: str


class TokenSigner:
    def __init__(self, key: rsa.RSAPrivateKey, kid: str):
        self._key = key
        self.kid = kid

    def issue(self, grant: Grant, *, issued_at: float, lifetime: float) -> tuple[str, dict[str, Any]]:
        """A signed JWT and its claims; `jti` identifies it in the emulator's token registry."""
        claims: dict[str, Any] = {
            "iss": ISSUER,
            "iat": int(issued_at),
            "exp": int(issued_at + lifetime),
            "jti": secrets.token_hex(16),
            "scope": SCOPE,
            "clientappid": grant.client_id,
            "serial": grant.serial,
            "issuer": "CN=e-Factura Sandbox Qualified CA, O=InvoiceDesk Sandbox, C=RO",
            "info": grant.holder,
            "role": list(ROLES),
        }
        header = {"alg": "RS512", "typ": "JWT", "kid": self.kid}
        signing_input = (
            _b64url(json.dumps(header, separators=(",", ":")).encode())
            + "."
            + _b64url(json.dumps(claims, separators=(",", ":")).encode())
        )
        signature = self._key.sign(signing_input.encode("ascii"), padding.PKCS1v15(), hashes.SHA512())
        return signing_input + "." + _b64url(signature), claims

    def verify(self, token: str, *, now: float) -> dict[str, Any] | None:
        """The claims of a token this emulator signed and that has not expired; None otherwise."""
        parts = token.split(".")
        if len(parts) != 3:
            return None
        try:
            header = json.loads(_b64url_decode(parts[0]))
            claims = json.loads(_b64url_decode(parts[1]))
            signature = _b64url_decode(parts[2])
        except (binascii.Error, ValueError, UnicodeDecodeError):
            return None
        if not isinstance(header, dict) or header.get("alg") != "RS512" or header.get("kid") != self.kid:
            return None
        try:
            self._key.public_key().verify(
                signature, f"{parts[0]}.{parts[1]}".encode("ascii"), padding.PKCS1v15(), hashes.SHA512()
            )
        except InvalidSignature:
            return None
        if not isinstance(claims, dict) or not isinstance(claims.get("exp"), int) or claims["exp"] <= now:
            return None
        return claims
