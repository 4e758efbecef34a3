"""The client's calls as ANAF wants them: upload flavours, the body, paging, and the public tools."""

from __future__ import annotations

import dataclasses

from lxml import etree

from invoicedesk.app.documents import save_document
from invoicedesk.app.efactura import send_document
from invoicedesk.connectors.anaf.client import upload_body
from invoicedesk.connectors.anaf.messages import STATE_REJECTED, StatusReply
from tests.integration.efactura.conftest import EXAMPLES, SELLER_CUI
from tests.unit.anaf_ubl import samples

SETTLE = 600
MINIMAL = (EXAMPLES / "valid" / "minimal-invoice.xml").read_bytes()


def _send(anaf, company, document):
    saved = save_document(anaf.ctx, dataclasses.replace(document, seller=company), company_id=company.id)
    return send_document(anaf.ctx, saved.id, wait=SETTLE, wiring=anaf.wiring())


def test_a_private_buyer_goes_to_uploadb2c(anaf, company):
    assert _send(anaf, company, samples.b2c_without_cnp()).state == "ok"
    [upload] = anaf.emulator.journal_entries("POST", r"/uploadb2c$")
    assert upload.query == {"standard": ["UBL"], "cif": [SELLER_CUI]}


def test_a_buyer_abroad_is_uploaded_with_extern_and_a_credit_note_as_cn(anaf, company):
    assert _send(anaf, company, samples.intra_community()).state == "ok"
    assert _send(anaf, company, samples.credit_note()).state == "ok"
    queries = [entry.query for entry in anaf.journal("POST", "upload")]
    assert queries == [
        {"standard": ["UBL"], "cif": [SELLER_CUI], "extern": ["DA"]},
        {"standard": ["CN"], "cif": [SELLER_CUI]},
    ]


def test_the_cif_is_sent_as_digits_and_the_body_without_schema_location(anaf):
    located = MINIMAL.replace(
        b"<Invoice ",
        b'<Invoice xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        b'xsi:schemaLocation="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2 '
        b'../../UBL-Invoice-2.1.xsd" ',
        1,
    )
    assert b"schemaLocation" in located

    result = anaf.client().upload(located, cif=" ro 12345674 ")

    [upload] = anaf.journal("POST", "upload")
    assert upload.query["cif"] == [SELLER_CUI]
    assert b"schemaLocation" not in upload.body
    assert etree.fromstring(upload.body).findtext(".//{*}ID") == "FCT-0001"
    assert result.size == len(upload.body) and result.index.isdigit()
    assert upload_body(MINIMAL) is MINIMAL  # a body without one is sent byte for byte


def test_every_page_of_a_long_list_is_read(anaf):
    for _ in range(501):  # ANAF pages by 500
        anaf.emulator.receive_invoice(SELLER_CUI, MINIMAL)
    anaf.clock.advance(120)

    listing = anaf.client().list_messages(SELLER_CUI, filter="P")

    assert len({m.id for m in listing.messages}) == 501
    assert [e.query["pagina"] for e in anaf.journal("GET", "listaMesajePaginatieFactura")] == [["1"], ["2"]]


def test_anaf_renders_a_pdf_and_a_blocked_unvalidated_render_is_asked_once_validated(anaf):
    client = anaf.client()
    assert client.pdf(MINIMAL).startswith(b"%PDF")
    # The firewall blocks ";CP " on the non-validating path only.
    with_cp = MINIMAL.replace(b"<cbc:StreetName>", b"<cbc:StreetName>Str. Mare;CP 400114 ", 1)
    assert with_cp != MINIMAL

    assert client.pdf(with_cp, validate=False).startswith(b"%PDF")

    paths = [e.path for e in anaf.emulator.journal_entries("POST", "transformare")]
    assert paths == [
        "/prod/FCTEL/rest/transformare/FACT1",
        "/prod/FCTEL/rest/transformare/FACT1/DA",
        "/prod/FCTEL/rest/transformare/FACT1",
    ]


def test_anafs_own_validation_is_available(anaf):
    client = anaf.client()
    assert client.validate_remote(MINIMAL).ok is True
    outdated = MINIMAL.replace(b"CIUS-RO:1.0.1", b"CIUS-RO:1.0.0")
    verdict = client.validate_remote(outdated)
    assert verdict.ok is False and any("BR-RO-001" in message for message in verdict.messages)


def test_xml_rejected_on_arrival_ends_as_nok(anaf, save):
    wiring = anaf.wiring()
    real = wiring.client_for

    def client_whose_upload_is_refused_on_arrival(company_id):
        client = real(company_id)
        client.status = lambda index: StatusReply(STATE_REJECTED)
        return client

    submission = send_document(
        anaf.ctx,
        save(),
        wait=SETTLE,
        wiring=anaf.wiring(client_for=client_whose_upload_is_refused_on_arrival),
    )

    assert submission.state == "nok" and submission.anaf_errors == [STATE_REJECTED]
    assert submission.field_errors and "rejected the XML" in submission.field_errors[0].message
