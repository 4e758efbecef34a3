"""The Ministry of Finance seal on a downloaded message: an enveloped XMLDSig over a copy of the document.

`semnatura_{id}.xml` is the document (invoice or error file) with a `ds:Signature` appended to its root:
exclusive C14N, RSA-SHA256, SHA-256 digest of the whole document with the enveloped-signature transform, and
the sealing certificate in `ds:X509Certificate`. It is shaped like ANAF's seal and really verifiable with the
emulator's certificate; it is not ANAF's qualified seal.
"""

from __future__ import annotations

import base64
import copy
import hashlib
import hmac

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from lxml import etree

DS = "http://www.w3.org/2000/09/xmldsig#"
EXC_C14N = "http://www.w3.org/2001/10/xml-exc-c14n#"
ENVELOPED = "http://www.w3.org/2000/09/xmldsig#enveloped-signature"
RSA_SHA256 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"
SHA256 = "http://www.w3.org/2001/04/xmlenc#sha256"

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, remove_blank_text=False)


def _c14n(node: etree._Element | etree._ElementTree) -> bytes:
    return etree.tostring(node, method="c14n", exclusive=True, with_comments=False)


def _ds(parent: etree._Element, name: str, text: str | None = None, **attrs: str) -> etree._Element:
    element = etree.SubElement(parent, f"{{{DS}}}{name}", attrs)
    if text is not None:
        element.text = text
    return element


def document_digest(document: bytes) -> str:
    """SHA-256 of the document's exclusive canonical form, base64 (the Reference digest)."""
    root = etree.fromstring(document, _PARSER)
    return base64.b64encode(hashlib.sha256(_c14n(root.getroottree())).digest()).decode("ascii")


def seal(document: bytes, key: rsa.RSAPrivateKey, certificate: x509.Certificate) -> bytes:
    """The document with an enveloped signature appended to its root element."""
    root = etree.fromstring(document, _PARSER)
    digest = base64.b64encode(hashlib.sha256(_c14n(root.getroottree())).digest()).decode("ascii")

    signature = etree.SubElement(root, f"{{{DS}}}Signature", nsmap={"ds": DS})
    signed_info = _ds(signature, "SignedInfo")
    _ds(signed_info, "CanonicalizationMethod", Algorithm=EXC_C14N)
    _ds(signed_info, "SignatureMethod", Algorithm=RSA_SHA256)
    reference = _ds(signed_info, "Reference", URI="")
    transforms = _ds(reference, "Transforms")
    _ds(transforms, "Transform", Algorithm=ENVELOPED)
    _ds(transforms, "Transform", Algorithm=EXC_C14N)
    _ds(reference, "DigestMethod", Algorithm=SHA256)
    _ds(reference, "DigestValue", digest)

    signature_value = key.sign(_c14n(signed_info), padding.PKCS1v15(), hashes.SHA256())
    _ds(signature, "SignatureValue", base64.b64encode(signature_value).decode("ascii"))
    key_info = _ds(signature, "KeyInfo")
    x509_data = _ds(key_info, "X509Data")
    der = certificate.public_bytes(serialization.Encoding.DER)
    _ds(x509_data, "X509Certificate", base64.b64encode(der).decode("ascii"))
    return b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + etree.tostring(
        root, encoding="UTF-8"
    )


def verify(document: bytes, sealed: bytes, trusted: list[x509.Certificate]) -> bool:
    """True when `sealed` carries a valid signature by a trusted certificate over exactly `document`."""
    try:
        sealed_root = etree.fromstring(sealed, _PARSER)
        original_root = etree.fromstring(document, _PARSER)
    except etree.XMLSyntaxError:
        return False
    signature = sealed_root.find(f"{{{DS}}}Signature")
    if signature is None:
        return False
    signed_info = signature.find(f"{{{DS}}}SignedInfo")
    value = signature.findtext(f"{{{DS}}}SignatureValue")
    certificate_b64 = signature.findtext(f"{{{DS}}}KeyInfo/{{{DS}}}X509Data/{{{DS}}}X509Certificate")
    digest = signature.findtext(f"{{{DS}}}SignedInfo/{{{DS}}}Reference/{{{DS}}}DigestValue")
    if signed_info is None or not value or not certificate_b64 or not digest:
        return False
    try:
        presented = x509.load_der_x509_certificate(base64.b64decode(certificate_b64))
        signature_bytes = base64.b64decode(value)
    except ValueError:
        return False
    if not any(presented == cert for cert in trusted):
        return False
    try:
        presented.public_key().verify(
            signature_bytes, _c14n(signed_info), padding.PKCS1v15(), hashes.SHA256()
        )
    except (InvalidSignature, TypeError):
        return False
    # Enveloped-signature transform: the signed content is the sealed document without its Signature.
    unsigned = copy.deepcopy(sealed_root)
    unsigned.remove(unsigned.find(f"{{{DS}}}Signature"))
    content = _c14n(unsigned.getroottree())
    expected = base64.b64encode(hashlib.sha256(content).digest()).decode("ascii")
    if not hmac.compare_digest(expected, digest.strip()):
        return False
    # The seal must belong to this very document, not merely be a valid seal of something else.
    return content == _c14n(original_root.getroottree())
