"""Downloads: the ZIP with the document and its seal, error files, rights, expiry, daily cap, seal check."""

from __future__ import annotations

import base64
import copy
import hashlib
import io
import zipfile

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.x509.oid import NameOID
from lxml import etree

from tests.integration.sandbox_anaf.conftest import (
    BUYER,
    CERTIFICATES,
    OTHER_CERT,
    index_of,
    minimal_invoice,
)

DS = "{http://www.w3.org/2000/09/xmldsig#}"
DAY = 86400
SEAL_OK_START = "Fișierele încărcate au fost validate cu succes"
SEAL_BAD_START = "Fișierele încărcate NU au putut fi validate cu succes"


def _ok_download_id(anaf, xml: bytes, env: str = "test") -> str:
    index = index_of(anaf.upload(xml, env=env))
    response = anaf.settle(index, env=env)
    assert 'stare="ok"' in response.text, response.text
    return etree.fromstring(response.content).get("id_descarcare")


def _members(content: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _download_error(response) -> str:
    assert response.status_code == 200
    body = response.json()
    assert body["titlu"] == "Descarcare mesaj" and set(body) == {"eroare", "titlu"}
    return body["eroare"]


def _c14n(element) -> bytes:
    return etree.tostring(element, method="c14n", exclusive=True, with_comments=False)


def _check_seal(document: bytes, sealed: bytes) -> x509.Certificate:
    """Verify the enveloped XMLDSig independently of the emulator; the sealing certificate."""
    root = etree.fromstring(sealed)
    signature = root.find(DS + "Signature")
    signed_info = signature.find(DS + "SignedInfo")
    assert (
        signed_info.find(DS + "CanonicalizationMethod").get("Algorithm")
        == "http://www.w3.org/2001/10/xml-exc-c14n#"
    )
    assert (
        signed_info.find(DS + "SignatureMethod").get("Algorithm")
        == "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"
    )
    reference = signed_info.find(DS + "Reference")
    assert reference.get("URI") == ""
    transforms = [t.get("Algorithm") for t in reference.iter(DS + "Transform")]
    assert transforms[0] == "http://www.w3.org/2000/09/xmldsig#enveloped-signature"
    der = base64.b64decode(signature.findtext(f"{DS}KeyInfo/{DS}X509Data/{DS}X509Certificate"))
    certificate = x509.load_der_x509_certificate(der)
    certificate.public_key().verify(
        base64.b64decode(signature.findtext(DS + "SignatureValue")),
        _c14n(signed_info),
        padding.PKCS1v15(),
        hashes.SHA256(),
    )
    unsigned = copy.deepcopy(root)
    unsigned.remove(unsigned.find(DS + "Signature"))
    digest = base64.b64encode(hashlib.sha256(_c14n(unsigned.getroottree())).digest()).decode()
    assert reference.findtext(DS + "DigestValue") == digest
    assert _c14n(unsigned.getroottree()) == _c14n(etree.fromstring(document).getroottree())
    return certificate


def test_ok_zip_holds_the_invoice_as_uploaded_and_its_seal(anaf):
    xml = minimal_invoice()
    download_id = _ok_download_id(anaf, xml)
    response = anaf.get("descarcare", id=download_id)
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "application/zip"
    assert response.content[:2] == b"PK"
    members = _members(response.content)
    assert sorted(members) == sorted([f"{download_id}.xml", f"semnatura_{download_id}.xml"])
    assert members[f"{download_id}.xml"] == xml
    certificate = _check_seal(xml, members[f"semnatura_{download_id}.xml"])
    organization = certificate.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)[0].value
    assert organization == "ANAF-TEST"
    assert anaf.get("descarcare", id=download_id).content == response.content  # byte-for-byte stable


def test_prod_seal_names_anaf(anaf):
    download_id = _ok_download_id(anaf, minimal_invoice(), env="prod")
    members = _members(anaf.get("descarcare", env="prod", id=download_id).content)
    certificate = _check_seal(members[f"{download_id}.xml"], members[f"semnatura_{download_id}.xml"])
    assert certificate.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)[0].value == "ANAF"
    assert (
        _download_error(anaf.get("descarcare", env="test", id=download_id))
        == f"Pentru id={download_id} nu exista inregistrata nici o factura"
    )


def test_nok_zip_holds_the_sealed_error_file(anaf):
    index = index_of(anaf.upload(minimal_invoice(seller_vat="RO12345675")))
    download_id = etree.fromstring(anaf.settle(index).content).get("id_descarcare")
    members = _members(anaf.get("descarcare", id=download_id).content)
    error_file = members[f"{download_id}.xml"]
    root = etree.fromstring(error_file)
    assert root.tag == "{mfp:anaf:dgti:efactura:mesajEroriFactuta:v1}header"
    assert root.get("Index_incarcare") == index and root.get("Cif_emitent") == "12345675"
    assert "R_BT_32_cui" in root[0].get("errorMessage")
    _check_seal(error_file, members[f"semnatura_{download_id}.xml"])


def test_buyer_downloads_the_invoice_it_received(make_anaf):
    buyer_only = {"serial": "DDDD0004", "holder": "Buyer bookkeeper", "cifs": [BUYER]}
    anaf = make_anaf(certificates=[*CERTIFICATES, buyer_only])
    download_id = _ok_download_id(anaf, minimal_invoice())
    listed = anaf.get("listaMesajeFactura", zile="1", cif=BUYER, filtru="P", serial="DDDD0004").json()
    assert [m["id"] for m in listed["mesaje"]] == [download_id]
    zip_bytes = anaf.get("descarcare", id=download_id, serial="DDDD0004").content
    assert _members(zip_bytes)[f"{download_id}.xml"] == minimal_invoice()


def test_received_invoice_helper_download(anaf):
    supplier_xml = minimal_invoice("SUP-1", seller_vat="RO14399840")
    upload = anaf.emulator.receive_invoice(BUYER, supplier_xml, environment="prod")
    members = _members(anaf.get("descarcare", env="prod", id=str(upload.download_id)).content)
    assert members[f"{upload.download_id}.xml"] == supplier_xml
    assert _download_error(anaf.get("descarcare", env="test", id=str(upload.download_id))).startswith(
        "Pentru id="
    )


def test_download_errors(anaf):
    download_id = _ok_download_id(anaf, minimal_invoice())
    assert (
        _download_error(anaf.get("descarcare", id="21"))
        == "Pentru id=21 nu exista inregistrata nici o factura"
    )
    assert (
        _download_error(anaf.get("descarcare", id="123a"))
        == "Id descarcare introdus= 123a nu este un numar intreg"
    )
    assert (
        _download_error(anaf.get("descarcare", id=download_id, serial=OTHER_CERT))
        == "Nu aveti dreptul sa descarcati acesta factura"
    )
    missing = anaf.get("descarcare")
    assert missing.status_code == 400
    assert missing.json()["message"] == "Parametrul id este obligatoriu"


def test_ten_downloads_per_message_per_day(anaf):
    download_id = _ok_download_id(anaf, minimal_invoice())
    for _ in range(10):
        assert anaf.get("descarcare", id=download_id).content[:2] == b"PK"
    assert (
        _download_error(anaf.get("descarcare", id=download_id))
        == "S-au facut deja 10 descarcari de mesaj in cursul zilei"
    )
    anaf.clock.advance(DAY)
    assert anaf.get("descarcare", id=download_id).content[:2] == b"PK"


def test_downloads_expire_after_60_days(anaf):
    download_id = _ok_download_id(anaf, minimal_invoice())
    anaf.clock.advance(60 * DAY - 60)
    assert anaf.get("descarcare", id=download_id).content[:2] == b"PK"
    anaf.clock.advance(120)
    assert _download_error(anaf.get("descarcare", id=download_id)) == (
        "Fisierul nu mai poate fi descarcat pentru ca a trecut perioada de 60 de zile in care este disponibil"
    )


def _check_signature(anaf, document: bytes, sealed: bytes | None):
    files = {"file": ("factura.xml", document, "text/xml")}
    if sealed is not None:
        files["signature"] = ("semnatura.xml", sealed, "text/xml")
    return anaf.http.post(f"{anaf.root}/api/validate/signature", files=files, timeout=10)


def test_signature_check_endpoint(anaf):
    xml = minimal_invoice()
    download_id = _ok_download_id(anaf, xml)
    sealed = _members(anaf.get("descarcare", id=download_id).content)[f"semnatura_{download_id}.xml"]

    good = _check_signature(anaf, xml, sealed)
    assert good.status_code == 200 and good.json()["msg"].startswith(SEAL_OK_START)
    tampered = _check_signature(anaf, xml.replace(b"119.00", b"11.90"), sealed)
    assert tampered.status_code == 200 and tampered.json()["msg"].startswith(SEAL_BAD_START)
    incomplete = _check_signature(anaf, xml, None)
    assert incomplete.status_code == 400
    assert incomplete.json()["msg"].startswith("Eroare tehnică: request incorect.")


def test_signature_check_refuses_a_seal_by_another_key(anaf):
    xml = minimal_invoice()
    download_id = _ok_download_id(anaf, xml)
    sealed = _members(anaf.get("descarcare", id=download_id).content)[f"semnatura_{download_id}.xml"]
    root = etree.fromstring(sealed)
    signature = root.find(DS + "Signature")
    foreign = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    value = foreign.sign(_c14n(signature.find(DS + "SignedInfo")), padding.PKCS1v15(), hashes.SHA256())
    signature.find(DS + "SignatureValue").text = base64.b64encode(value).decode()
    forged = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
    response = _check_signature(anaf, xml, forged)
    assert response.json()["msg"].startswith(SEAL_BAD_START)
