"""The self-signed certificate of the local sign-in listener (https://localhost:PORT).

ANAF accepts only https:// callback addresses, so the listener on this computer must speak TLS. The
certificate is made once and kept in the data folder with a long validity: the browser shows its warning
about it once, and a person who accepted it (or trusted it in the system) is not asked again at every
sign-in. The key never leaves this computer and only protects the loopback connection between the browser
and InvoiceDesk.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import logging
import os
import ssl
import tempfile
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

log = logging.getLogger(__name__)

FOLDER_NAME = "anaf-loopback-tls"
CERT_FILE_NAME = "localhost-cert.pem"
KEY_FILE_NAME = "localhost-key.pem"
VALIDITY = dt.timedelta(days=10 * 365)
# A certificate this close to its end is replaced before it can expire in the middle of a sign-in.
RENEW_BEFORE = dt.timedelta(days=30)
COMMON_NAME = "InvoiceDesk sign-in on this computer"


@dataclass(frozen=True)
class LoopbackCertificate:
    cert_file: Path
    key_file: Path

    def server_context(self) -> ssl.SSLContext:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.minimum_version = ssl.TLSVersion.TLSv1_2
        context.load_cert_chain(self.cert_file, self.key_file)
        return context

    def certificate(self) -> x509.Certificate:
        return x509.load_pem_x509_certificate(self.cert_file.read_bytes())


def ensure_loopback_certificate(data_dir: Path, *, now: dt.datetime | None = None) -> LoopbackCertificate:
    """The listener's certificate in `data_dir`, made on first use and replaced only when unusable."""
    folder = Path(data_dir) / FOLDER_NAME
    folder.mkdir(parents=True, exist_ok=True)
    _restrict(folder, 0o700)
    files = LoopbackCertificate(folder / CERT_FILE_NAME, folder / KEY_FILE_NAME)
    moment = now or dt.datetime.now(dt.UTC)
    problem = _why_unusable(files, moment)
    if problem is None:
        return files
    if files.cert_file.exists() or files.key_file.exists():
        log.info("Making a new certificate for the local sign-in listener: %s", problem)
    key = ec.generate_private_key(ec.SECP256R1())
    certificate = _self_signed(key, moment)
    # The key first: a crash between the two writes leaves a pair that does not match, which is detected and
    # replaced on the next use.
    _write_private(files.key_file, key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    _write_private(files.cert_file, certificate.public_bytes(serialization.Encoding.PEM), mode=0o644)
    return files


def _self_signed(key: ec.EllipticCurvePrivateKey, now: dt.datetime) -> x509.Certificate:
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, COMMON_NAME)])
    public = key.public_key()
    return (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))  # tolerate a clock a little behind
        .not_valid_after(now + VALIDITY)
        .add_extension(x509.SubjectAlternativeName([
            x509.DNSName("localhost"),
            x509.IPAddress(ipaddress.ip_address("127.0.0.1")),
            x509.IPAddress(ipaddress.ip_address("::1")),
        ]), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(
            digital_signature=True, content_commitment=False, key_encipherment=False, data_encipherment=False,
            key_agreement=False, key_cert_sign=False, crl_sign=False, encipher_only=False,
            decipher_only=False), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(public), critical=False)
        .sign(key, hashes.SHA256())
    )


def _why_unusable(files: LoopbackCertificate, now: dt.datetime) -> str | None:
    if not files.cert_file.is_file() or not files.key_file.is_file():
        return "there is none yet"
    try:
        certificate = files.certificate()
        key = serialization.load_pem_private_key(files.key_file.read_bytes(), password=None)
    except (OSError, ValueError, TypeError) as exc:
        return f"the saved one cannot be read ({type(exc).__name__})"
    if certificate.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    ) != key.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    ):
        return "the saved certificate and key do not belong together"
    if certificate.not_valid_after_utc - RENEW_BEFORE <= now:
        return "the saved one expires soon"
    return None


def _write_private(path: Path, data: bytes, *, mode: int = 0o600) -> None:
    """Write through a file created with `mode` from the start (never world-readable), then swap it in."""
    handle, temporary = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        _restrict(Path(temporary), mode)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    _restrict(path, mode)


def _restrict(path: Path, mode: int) -> None:
    # On Windows chmod only toggles read-only; the file lives in the user's own profile folder there.
    try:
        os.chmod(path, mode)
    except OSError as exc:
        log.warning("Could not restrict the permissions of %s: %s", path, exc)
