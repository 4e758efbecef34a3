"""Upload (B2B and B2C): parameters, rights, size, XML checks, and the exact reply shapes."""

from __future__ import annotations

import re

import pytest
from lxml import etree

from tests.integration.sandbox_anaf.conftest import (
    BUYER,
    NO_RIGHTS_CERT,
    OTHER,
    OTHER_CERT,
    SELLER,
    TIMEOUT,
    index_of,
    minimal_credit_note,
    minimal_invoice,
)

UPLOAD_NS = "{mfp:anaf:dgti:spv:respUploadFisier:v1}"


def _rejection(response) -> str:
    """The single errorMessage of an ExecutionStatus=1 reply (HTTP 200)."""
    assert response.status_code == 200, response.text
    root = etree.fromstring(response.content)
    assert root.tag == UPLOAD_NS + "header"
    assert root.get("ExecutionStatus") == "1"
    assert root.get("index_incarcare") is None
    assert re.fullmatch(r"\d{12}", root.get("dateResponse"))
    errors = root.findall(UPLOAD_NS + "Errors")
    assert len(errors) == 1
    return errors[0].get("errorMessage")


def test_accepted_upload_answers_the_header_with_an_index(anaf):
    response = anaf.upload(minimal_invoice())
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("application/xml")
    assert response.text.startswith('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>')
    root = etree.fromstring(response.content)
    assert root.tag == UPLOAD_NS + "header"
    assert root.get("ExecutionStatus") == "0"
    assert root.get("dateResponse") == "202603021000"  # Romania time on the emulator clock
    assert re.fullmatch(r"\d{10}", root.get("index_incarcare"))
    assert len(root) == 0


def test_indexes_grow_with_each_upload(anaf):
    first = int(index_of(anaf.upload(minimal_invoice("A-1"))))
    second = int(index_of(anaf.upload(minimal_invoice("A-2"))))
    assert second == first + 1


def test_b2c_upload_and_credit_note(anaf):
    assert index_of(anaf.upload(minimal_invoice(), endpoint="uploadb2c"))
    assert index_of(anaf.upload(minimal_credit_note(), standard="CN"))


def test_application_xml_content_type_is_accepted_too(anaf):
    response = anaf.http.post(
        f"{anaf.rest()}/upload",
        params={"standard": "UBL", "cif": SELLER},
        data=minimal_invoice(),
        timeout=TIMEOUT,
        headers={**anaf.auth(), "Content-Type": "application/xml"},
    )
    assert index_of(response)


@pytest.mark.parametrize("params", [{"cif": SELLER}, {"standard": "UBL"}, {}])
def test_missing_standard_or_cif_is_400_custom_error_message(anaf, params):
    response = anaf.http.post(
        f"{anaf.rest()}/upload", params=params, data=minimal_invoice(), headers=anaf.auth(), timeout=TIMEOUT
    )
    assert response.status_code == 400
    body = response.json()
    assert body["status"] == 400 and body["error"] == "Bad Request"
    assert body["message"] == "Parametrii standard si cif sunt obligatorii"
    assert body["timestamp"] == "02-03-2026 10:00:00"


def test_empty_body_is_400(anaf):
    response = anaf.upload(b"")
    assert response.status_code == 400
    assert response.json()["message"] == "Trebuie sa aveti atasat in request un fisier de tip xml"


def test_unknown_standard(anaf):
    response = anaf.upload(minimal_invoice(), standard="XML")
    assert _rejection(response) == "Valorile acceptate pentru parametrul standard sunt UBL, CN, CII sau RASP"


@pytest.mark.parametrize(
    ("flag", "wording"), [("extern", "extern"), ("autofactura", "autofacturare"), ("executare", "executare")]
)
def test_flags_accept_only_da(anaf, flag, wording):
    response = anaf.upload(minimal_invoice(), **{flag: "NU"})
    assert _rejection(response) == f"Daca parametrul {wording} trebuie completat, valoarea acceptata este DA"


@pytest.mark.parametrize("cif", ["RO12345674", "12345674a", "１２３"])
def test_cif_must_be_plain_digits(anaf, cif):
    assert _rejection(anaf.upload(minimal_invoice(), cif=cif)) == f"CIF introdus= {cif} nu este un numar"


def test_cif_without_spv_rights(anaf):
    response = anaf.upload(minimal_invoice(), cif=OTHER)
    assert _rejection(response) == f"Nu aveti drept in SPV pentru CIF={OTHER}"


def test_certificate_without_any_rights(anaf):
    response = anaf.upload(minimal_invoice(), serial=NO_RIGHTS_CERT)
    assert _rejection(response) == "Nu exista niciun CIF pentru care sa aveti drept in SPV"


def test_executare_needs_the_enforcement_register(make_anaf):
    anaf = make_anaf(enforcement_cifs=[BUYER])
    refused = anaf.upload(minimal_invoice(), executare="DA")
    expected = f"CIF introdus= {SELLER} nu este inregistrat in Registrul RO e-Factura executari silite"
    assert _rejection(refused) == expected
    assert index_of(anaf.upload(minimal_invoice(), cif=BUYER, executare="DA"))


def test_size_limit(make_anaf):
    anaf = make_anaf(max_upload_bytes=1024 * 1024)
    padded = minimal_invoice().replace(b"</Invoice>", b"<!--" + b"x" * (1024 * 1024) + b"--></Invoice>")
    assert _rejection(anaf.upload(padded)) == "Marime fisier transmis mai mare de 1 MB."
    default = make_anaf()
    big = minimal_invoice().replace(b"</Invoice>", b"<!--" + b"x" * (10 * 1024 * 1024) + b"--></Invoice>")
    assert _rejection(default.upload(big)) == "Marime fisier transmis mai mare de 10 MB."


def test_not_well_formed_xml(anaf):
    message = _rejection(anaf.upload(b"<Invoice><cbc:ID>1</Invoice>"))
    assert message.startswith(
        "Fisierul transmis nu este valid. org.xml.sax.SAXParseException; lineNumber: 1; "
    )
    assert "columnNumber:" in message


def test_wrong_root_for_the_standard(anaf):
    message = _rejection(anaf.upload(minimal_invoice(), standard="CN"))
    assert message.startswith("Fisierul transmis nu este valid. org.xml.sax.SAXParseException; ")
    assert message.endswith("cvc-elt.1.a: Cannot find the declaration of element 'Invoice'. ")
    rasp = _rejection(anaf.upload(minimal_invoice(), standard="RASP"))
    assert "Cannot find the declaration of element 'Invoice'" in rasp


def test_rights_come_from_the_tokens_certificate(anaf):
    response = anaf.upload(minimal_invoice(seller_vat="RO14399840"), cif=OTHER, serial=OTHER_CERT)
    assert index_of(response)
