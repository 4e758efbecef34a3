"""The emulator's RSA key and the self-signed certificates that stand in for ANAF's token and seal keys."""

from __future__ import annotations

import datetime as dt

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID


def generate_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def key_to_pem(key: rsa.RSAPrivateKey) -> str:
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode("ascii")


def public_key_to_pem(key: rsa.RSAPrivateKey) -> str:
    return (
        key.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode("ascii")
    )


def key_from_pem(pem: str) -> rsa.RSAPrivateKey:
    # The key is the emulator's own (or a test's): skipping the consistency check saves ~0.15 s a start.
    key = serialization.load_pem_private_key(
        pem.encode("ascii"), password=None, unsafe_skip_rsa_key_validation=True
    )
    if not isinstance(key, rsa.RSAPrivateKey):
        raise ValueError("the ANAF emulator state holds a key that is not RSA")
    return key


def seal_certificate(key: rsa.RSAPrivateKey, organization: str, issued_at: float) -> x509.Certificate:
    """A self-signed certificate naming the sealing organisation (O=ANAF-TEST on test, as the real seal)."""
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "RO"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, organization),
            x509.NameAttribute(NameOID.COMMON_NAME, "Sigiliu RO e-Factura (sandbox)"),
        ]
    )
    start = dt.datetime.fromtimestamp(issued_at, dt.UTC) - dt.timedelta(days=1)
    return (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + dt.timedelta(days=3650))
        .sign(key, hashes.SHA256())
    )


def certificate_to_pem(certificate: x509.Certificate) -> str:
    return certificate.public_bytes(serialization.Encoding.PEM).decode("ascii")


def certificate_from_pem(pem: str) -> x509.Certificate:
    return x509.load_pem_x509_certificate(pem.encode("ascii"))
