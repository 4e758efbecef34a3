"""Asynchronous processing: stareMesaj states, server checks (ok/nok), duplicates, lost responses."""

from __future__ import annotations

import io
import sys
import zipfile

import pytest
import requests
from lxml import etree

from tests.integration.sandbox_anaf.conftest import (
    BUYER,
    EXAMPLES,
    NO_RIGHTS_CERT,
    OTHER_CERT,
    SELLER,
    VALIDATION,
    index_of,
    minimal_invoice,
)

STATUS_NS = "{mfp:anaf:dgti:efactura:stareMesajFactura:v1}"
ERROR_NS = "{mfp:anaf:dgti:efactura:mesajEroriFactuta:v1}"


def _state(response) -> tuple[str | None, str | None]:
    assert response.status_code == 200, response.text
    root = etree.fromstring(response.content)
    assert root.tag == STATUS_NS + "header"
    assert root.find(STATUS_NS + "Errors") is None, response.text
    return root.get("stare"), root.get("id_descarcare")


def _status_error(response) -> str:
    assert response.status_code == 200
    root = etree.fromstring(response.content)
    assert root.tag == STATUS_NS + "header"
    assert root.get("stare") is None and root.get("id_descarcare") is None
    errors = root.findall(STATUS_NS + "Errors")
    assert len(errors) == 1
    return errors[0].get("errorMessage")


def _error_file(anaf, download_id: str) -> etree._Element:
    response = anaf.get("descarcare", id=download_id)
    assert response.content[:2] == b"PK", response.text
    with zipfile.ZipFile(io.BytesIO(response.content)) as archive:
        root = etree.fromstring(archive.read(f"{download_id}.xml"))
    assert root.tag == ERROR_NS + "header"
    return root


def _errors_of(anaf, index: str) -> list[str]:
    stare, download_id = _state(anaf.settle(index))
    assert stare == "nok"
    root = _error_file(anaf, download_id)
    assert root.get("Index_incarcare") == index
    return [e.get("errorMessage") for e in root.findall(ERROR_NS + "Error")]


def test_in_prelucrare_once_then_ok_with_download_id(anaf):
    index = index_of(anaf.upload(minimal_invoice()))
    first = anaf.get("stareMesaj", id_incarcare=index)
    assert _state(first) == ("in prelucrare", None)
    assert first.text.startswith('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>')
    stare, download_id = _state(anaf.get("stareMesaj", id_incarcare=index))
    assert stare == "ok" and download_id.isdigit()
    assert _state(anaf.get("stareMesaj", id_incarcare=index)) == ("ok", download_id)


def test_processing_lasts_the_configured_number_of_polls(make_anaf):
    anaf = make_anaf(processing_polls=3)
    index = index_of(anaf.upload(minimal_invoice()))
    states = [_state(anaf.get("stareMesaj", id_incarcare=index))[0] for _ in range(4)]
    assert states == ["in prelucrare"] * 3 + ["ok"]


def test_processing_lasts_the_configured_time_on_the_clock(make_anaf):
    anaf = make_anaf(processing_polls=0, processing_seconds=120)
    index = index_of(anaf.upload(minimal_invoice()))
    for _ in range(5):
        assert _state(anaf.get("stareMesaj", id_incarcare=index))[0] == "in prelucrare"
    anaf.clock.advance(119)
    assert _state(anaf.get("stareMesaj", id_incarcare=index))[0] == "in prelucrare"
    anaf.clock.advance(1)
    assert _state(anaf.get("stareMesaj", id_incarcare=index))[0] == "ok"


def test_bad_seller_cui_check_digit_is_nok(anaf):
    index = index_of(anaf.upload(minimal_invoice(seller_vat="RO12345675")))
    assert _errors_of(anaf, index) == [
        "E: AccountingSupplierParty (1) sectiune Party (1) sectiune PartyTaxScheme (1) sectiune "
        "CompanyID (1)  "
        "eroare regula: R_BT_32_cui: Cui vanzator incorect / validare CUI (12345675) "
    ]


def test_missing_or_outdated_customization_id_is_nok(anaf):
    missing = index_of(anaf.upload(minimal_invoice("M-1", customization=None)))
    assert _errors_of(anaf, missing) == [
        "E: validari globale  SCHEMATRON   eroare: "
        "[BR-01]-An Invoice shall have a Specification identifier (BT-24)."
    ]
    old = index_of(
        anaf.upload(
            minimal_invoice(
                "M-2",
                customization="urn:cen.eu:en16931:2017#compliant#urn:efactura.mfinante.ro:CIUS-RO:1.0.0",
            )
        )
    )
    [message] = _errors_of(anaf, old)
    assert message.startswith(
        "E: validari globale  SCHEMATRON   eroare: [BR-RO-001]-Identificatorul specificatie"
    )


def test_error_file_names_the_seller(anaf):
    index = index_of(anaf.upload(minimal_invoice(customization=None)))
    _, download_id = _state(anaf.settle(index))
    assert _error_file(anaf, download_id).get("Cif_emitent") == SELLER


def test_duplicate_invoice_is_nok_and_points_at_the_first_upload(anaf):
    first = index_of(anaf.upload(minimal_invoice("DUP-1")))
    anaf.clock.advance(3600)
    second = index_of(anaf.upload(minimal_invoice("DUP-1")))
    assert _state(anaf.settle(first))[0] == "ok"
    assert _errors_of(anaf, second) == [
        f"Factura a mai fost transmisa anterior cu index={first} si data incarcare=2026-03-02"
    ]
    # Another number, or the same number on another date, is a different invoice.
    assert _state(anaf.settle(index_of(anaf.upload(minimal_invoice("DUP-2")))))[0] == "ok"
    other_date = minimal_invoice("DUP-1", issue_date="2024-06-11")
    assert _state(anaf.settle(index_of(anaf.upload(other_date))))[0] == "ok"


def test_a_rejected_original_does_not_block_its_corrected_resend(anaf):
    rejected = index_of(anaf.upload(minimal_invoice("FIX-1", customization=None)))
    assert _state(anaf.settle(rejected))[0] == "nok"
    assert _state(anaf.settle(index_of(anaf.upload(minimal_invoice("FIX-1")))))[0] == "ok"


def _cii(number: str, *, customization: bool = True) -> bytes:
    guideline = (
        "<ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>"
        "urn:cen.eu:en16931:2017#compliant#urn:efactura.mfinante.ro:CIUS-RO:1.0.1"
        "</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter>"
        if customization
        else ""
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
    xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
    xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
  <rsm:ExchangedDocumentContext>{guideline}</rsm:ExchangedDocumentContext>
  <rsm:ExchangedDocument><ram:ID>{number}</ram:ID><ram:TypeCode>380</ram:TypeCode>
    <ram:IssueDateTime><udt:DateTimeString format="102">20240610</udt:DateTimeString></ram:IssueDateTime>
  </rsm:ExchangedDocument>
  <rsm:SupplyChainTradeTransaction><ram:ApplicableHeaderTradeAgreement>
    <ram:SellerTradeParty><ram:Name>Exemplu Furnizor SRL</ram:Name>
      <ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">RO12345674</ram:ID></ram:SpecifiedTaxRegistration>
    </ram:SellerTradeParty>
    <ram:BuyerTradeParty><ram:Name>Exemplu Client SA</ram:Name>
      <ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">RO76543210</ram:ID></ram:SpecifiedTaxRegistration>
    </ram:BuyerTradeParty>
  </ram:ApplicableHeaderTradeAgreement></rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>""".encode()


def test_cii_uploads_are_checked_too(anaf):
    first = index_of(anaf.upload(_cii("CII-1"), standard="CII"))
    assert _state(anaf.settle(first))[0] == "ok"
    duplicate = index_of(anaf.upload(_cii("CII-1"), standard="CII"))
    assert _errors_of(anaf, duplicate) == [
        f"Factura a mai fost transmisa anterior cu index={first} si data incarcare=2026-03-02"
    ]
    [message] = _errors_of(anaf, index_of(anaf.upload(_cii("CII-2", customization=False), standard="CII")))
    assert "[BR-01]" in message
    received = anaf.get("listaMesajeFactura", zile="1", cif=BUYER, filtru="P").json()["mesaje"]
    assert [m["id_solicitare"] for m in received] == [first]


def test_unknown_seller_cif_when_a_register_is_configured(make_anaf):
    anaf = make_anaf(registered_cifs=["76543210"])
    index = index_of(anaf.upload(minimal_invoice()))
    assert _errors_of(anaf, index) == [
        "E: validari globale\n eroare regula: R6.1: CIF-ul vanzatorului nu figureaza in baza de date: "
        "12345674"
    ]


@pytest.fixture(scope="module")
def shared_validator():
    if not (VALIDATION / "validate.py").exists():
        pytest.skip(f"the e-Factura validation kit is not at {VALIDATION}")
    sys.path.insert(0, str(VALIDATION))
    try:
        from validate import Validator
    finally:
        sys.path.remove(str(VALIDATION))
    validator = Validator()

    def findings(xml: bytes) -> list[str]:
        report = validator.validate(xml, name="upload.xml")
        return [f"[{issue.rule or 'XSD'}]-{issue.text}" for issue in report.xsd_errors + report.errors]

    return findings


def test_a_full_validator_passed_as_option_decides_nok(make_anaf, shared_validator):
    anaf = make_anaf(validator=shared_validator)
    bad = (EXAMPLES / "invalid" / "minimal-invoice.bad-county.xml").read_bytes()
    messages = _errors_of(anaf, index_of(anaf.upload(bad)))
    assert len(messages) == 1
    assert messages[0].startswith("E: validari globale  SCHEMATRON   eroare: [BR-RO-110]-")
    good = index_of(anaf.upload(minimal_invoice("GOOD-1")))
    assert _state(anaf.settle(good))[0] == "ok"


def test_upload_whose_response_is_lost_is_stored_and_listed(anaf):
    anaf.auth()  # sign in before the fault is armed
    anaf.emulator.faults.inject("drop_after_commit", method="POST", path=r"/upload$")
    with pytest.raises(requests.ConnectionError):
        anaf.upload(minimal_invoice("LOST-1"))
    uploads = anaf.emulator.journal_entries("POST", r"/upload$")
    assert [entry.status for entry in uploads] == [0]

    listed = anaf.get("listaMesajeFactura", zile="1", cif=SELLER, filtru="T").json()
    [message] = listed["mesaje"]
    index = message["id_solicitare"]
    assert f"id_incarcare={index} " in message["detalii"]
    assert _state(anaf.settle(index)) == ("ok", message["id"])


def test_status_query_errors(anaf):
    index = index_of(anaf.upload(minimal_invoice()))
    assert (
        _status_error(anaf.get("stareMesaj", id_incarcare="aaa"))
        == "Id_incarcare introdus= aaa nu este un numar intreg"
    )
    assert (
        _status_error(anaf.get("stareMesaj", id_incarcare="15000"))
        == "Nu exista factura cu id_incarcare= 15000"
    )
    assert (
        _status_error(anaf.get("stareMesaj", id_incarcare=index, serial=OTHER_CERT))
        == f"Nu aveti dreptul de inteorgare pentru id_incarcare= {index}"
    )
    assert (
        _status_error(anaf.get("stareMesaj", id_incarcare=index, serial=NO_RIGHTS_CERT))
        == "Nu exista niciun CIF petru care sa aveti drept"
    )
    missing = anaf.get("stareMesaj")
    assert missing.status_code == 400
    assert missing.json()["message"] == "Parametrul id_incarcare este obligatoriu"


def test_test_and_prod_are_separate_systems(anaf):
    index = index_of(anaf.upload(minimal_invoice()))
    assert (
        _status_error(anaf.get("stareMesaj", env="prod", id_incarcare=index))
        == f"Nu exista factura cu id_incarcare= {index}"
    )
    prod_index = index_of(anaf.upload(minimal_invoice(), env="prod"))
    assert _state(anaf.settle(prod_index, env="prod"))[0] == "ok"  # not a duplicate of the test upload


def test_100_status_queries_per_message_per_day(anaf):
    index = index_of(anaf.upload(minimal_invoice()))
    other = index_of(anaf.upload(minimal_invoice("OTHER-1")))
    for _ in range(100):
        assert _state(anaf.get("stareMesaj", id_incarcare=index))[0] in ("in prelucrare", "ok")
    assert (
        _status_error(anaf.get("stareMesaj", id_incarcare=index))
        == "S-au facut deja 100 descarcari de mesaj in cursul zilei"
    )
    assert _state(anaf.get("stareMesaj", id_incarcare=other))[0] == "in prelucrare"  # counted per message
    anaf.clock.advance(14 * 3600)  # past midnight in Bucharest
    assert _state(anaf.get("stareMesaj", id_incarcare=index))[0] == "ok"
