"""`validare` and `transformare` (prod only, public), the PDF they render, and the F5 firewall's HTML page."""

from __future__ import annotations

import re
import uuid

import pytest

from tests.integration.sandbox_anaf.conftest import TIMEOUT, index_of, minimal_credit_note, minimal_invoice

WAF_TEXT = "The requested URL was rejected. Please consult with your administrator."
RELATIVE_LOCATION = (
    b'<Invoice xsi:schemaLocation="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2 '
    b'../../xsd/maindoc/UBL-Invoice-2.1.xsd" '
    b'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
)
ABSOLUTE_LOCATION = (
    b'<Invoice xsi:schemaLocation="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2 '
    b'http://docs.oasis-open.org/ubl/os-UBL-2.1/xsd/maindoc/UBL-Invoice-2.1.xsd" '
    b'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
)


def _post(anaf, path: str, body: bytes, env: str = "prod", **headers):
    return anaf.http.post(
        f"{anaf.rest(env)}/{path}",
        data=body,
        timeout=TIMEOUT,
        headers={"Content-Type": "text/plain", **headers},
    )


def _with_schema_location(xml: bytes, location: bytes) -> bytes:
    return xml.replace(b"<Invoice ", location, 1)


def _verdict(response) -> dict:
    assert response.status_code == 200, response.text
    body = response.json()
    uuid.UUID(body["trace_id"])
    return body


def _assert_waf(response) -> None:
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("text/html")
    assert WAF_TEXT in response.text
    assert re.search(r"Your support ID is: \d+", response.text)


def test_validare_ok_without_a_token(anaf):
    body = _verdict(_post(anaf, "validare/FACT1", minimal_invoice()))
    assert set(body) == {"stare", "trace_id"} and body["stare"] == "ok"
    assert _verdict(_post(anaf, "validare/FCN", minimal_credit_note()))["stare"] == "ok"


def test_validare_with_a_token_works_too(anaf):
    response = _post(anaf, "validare/FACT1", minimal_invoice(), **anaf.auth())
    assert _verdict(response)["stare"] == "ok"


def test_validare_nok_lists_messages(anaf):
    body = _verdict(_post(anaf, "validare/FACT1", minimal_invoice(seller_vat="RO1234", customization=None)))
    assert body["stare"] == "nok"
    messages = [m["message"] for m in body["Messages"]]
    assert messages[0].startswith("E: validari globale  SCHEMATRON   eroare: [BR-01]-")
    assert messages[1].endswith("eroare regula: R_BT_32_cui: Cui vanzator incorect / validare CUI (1234) ")


def test_validare_checks_the_document_kind(anaf):
    body = _verdict(_post(anaf, "validare/FACT1", minimal_credit_note()))
    assert body["stare"] == "nok"
    assert "Cannot find the declaration of element 'CreditNote'" in body["Messages"][0]["message"]
    unknown = _verdict(_post(anaf, "validare/UBL", minimal_invoice()))
    assert unknown["Messages"] == [
        {"message": "Valorile acceptate pentru parametrul standard sunt FACT1 si FCN"}
    ]


def test_validare_runs_the_validator_option(make_anaf):
    anaf = make_anaf(validator=lambda xml: ["[BR-CO-09]-Seller VAT prefix"] if b"FCT-BAD" in xml else [])
    body = _verdict(_post(anaf, "validare/FACT1", minimal_invoice("FCT-BAD")))
    assert body["Messages"] == [
        {"message": "E: validari globale  SCHEMATRON   eroare: [BR-CO-09]-Seller VAT prefix"}
    ]
    assert _verdict(_post(anaf, "validare/FACT1", minimal_invoice("FCT-GOOD")))["stare"] == "ok"


def test_validare_size_limit_is_5_mb(anaf):
    big = minimal_invoice().replace(b"</Invoice>", b"<!--" + b"x" * (5 * 1024 * 1024) + b"--></Invoice>")
    body = _verdict(_post(anaf, "validare/FACT1", big))
    assert body["Messages"] == [{"message": "Marime fisier transmis mai mare de 5 MB."}]


@pytest.mark.parametrize(
    ("env", "path", "expected_path"),
    [
        ("test", "validare/FACT1", "/FCTEL/rest/validare/FACT1"),
        ("test", "transformare/FACT1", "/FCTEL/rest/transformare/FACT1"),
        ("test", "transformare/FACT1/DA", "/FCTEL/rest/transformare/FACT1/DA"),
        ("prod", "validare/", "/FCTEL/rest/validare/"),
        ("prod", "transformare", "/FCTEL/rest/transformare/"),
    ],
)
def test_tools_answer_404_outside_prod_or_without_a_standard(anaf, env, path, expected_path):
    response = _post(anaf, path, minimal_invoice(), env=env)
    assert response.status_code == 404
    body = response.json()
    assert body["status"] == 404 and body["error"] == "Not Found" and body["path"] == expected_path


def test_transformare_renders_a_real_pdf_with_the_invoice_number(anaf):
    response = _post(anaf, "transformare/FACT1", minimal_invoice("FCT-2026-77"))
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "application/pdf"
    pdf = response.content
    assert pdf.startswith(b"%PDF-1.4") and pdf.rstrip().endswith(b"%%EOF")
    assert b"(Factura FCT-2026-77) Tj" in pdf
    assert b"(Total de plata: 119.00 RON) Tj" in pdf
    # Every xref entry points at its object, and startxref at the table.
    startxref = int(re.search(rb"startxref\n(\d+)\n%%EOF", pdf).group(1))
    assert pdf[startxref:].startswith(b"xref\n")
    offsets = [int(o) for o in re.findall(rb"(\d{10}) 00000 n ", pdf)]
    assert len(offsets) == 5
    for number, offset in enumerate(offsets, start=1):
        assert pdf[offset:].startswith(f"{number} 0 obj".encode())


def test_transformare_validates_unless_da(anaf):
    invalid = minimal_invoice(seller_vat="RO1234")
    refused = _verdict(_post(anaf, "transformare/FACT1", invalid))
    assert refused["stare"] == "nok" and "R_BT_32_cui" in refused["Messages"][0]["message"]
    rendered = _post(anaf, "transformare/FACT1/DA", invalid)
    assert rendered.headers["Content-Type"] == "application/pdf"
    assert b"fara validare" in rendered.content
    credit_note = _post(anaf, "transformare/FCN", minimal_credit_note())
    assert b"(Nota de credit STORNO-0001) Tj" in credit_note.content


def test_waf_blocks_a_relative_schema_location_on_the_public_tools(anaf):
    relative = _with_schema_location(minimal_invoice(), RELATIVE_LOCATION)
    _assert_waf(_post(anaf, "validare/FACT1", relative))
    _assert_waf(_post(anaf, "transformare/FACT1", relative))
    absolute = _with_schema_location(minimal_invoice(), ABSOLUTE_LOCATION)
    assert _verdict(_post(anaf, "validare/FACT1", absolute))["stare"] == "ok"
    # The upload path passes the same document.
    assert index_of(anaf.upload(relative))


def test_waf_blocks_cp_on_the_non_validating_render_only(anaf):
    with_cp = minimal_invoice().replace(b"Strada Memorandumului 1", b"Strada Memorandumului 1;CP 400114")
    _assert_waf(_post(anaf, "transformare/FACT1/DA", with_cp))
    assert _post(anaf, "transformare/FACT1", with_cp).headers["Content-Type"] == "application/pdf"


def test_waf_can_be_switched_off(make_anaf):
    anaf = make_anaf(waf=False)
    relative = _with_schema_location(minimal_invoice(), RELATIVE_LOCATION)
    assert _verdict(_post(anaf, "validare/FACT1", relative))["stare"] == "ok"
