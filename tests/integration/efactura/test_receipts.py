"""Downloaded ZIPs are opened defensively; ANAF's error files become field errors."""

from __future__ import annotations

import io
import zipfile

import pytest

from invoicedesk.app.efactura import send_document
from invoicedesk.connectors.anaf.receipts import (
    UnsafeArchiveError,
    ZipLimits,
    open_receipt,
    read_error_file,
    readable_errors,
)
from invoicedesk.connectors.errors import ErrorCategory

ID = "3000000001"
INVOICE = b'<?xml version="1.0"?><Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"/>'


def make_zip(entries: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_the_expected_two_files_are_read():
    receipt = open_receipt(make_zip({f"{ID}.xml": INVOICE, f"semnatura_{ID}.xml": b"<seal/>"}), ID)
    assert (receipt.document, receipt.seal) == (INVOICE, b"<seal/>")
    assert not receipt.is_error_file


@pytest.mark.parametrize(("megabytes", "reason"), [(5, "bomb"), (30, "would unpack to")])
def test_a_zip_bomb_is_refused_without_unpacking_it(megabytes, reason):
    bomb = make_zip({f"{ID}.xml": b"\0" * (megabytes * 1024 * 1024)})  # zeros pack a thousandfold
    assert len(bomb) < 100_000
    with pytest.raises(UnsafeArchiveError, match=reason):
        open_receipt(bomb, ID)


def test_an_entry_larger_than_the_limit_is_refused_even_when_it_compresses_badly():
    with pytest.raises(UnsafeArchiveError, match=r"would unpack to|more than"):
        open_receipt(
            make_zip({f"{ID}.xml": bytes(range(256)) * 64}, zipfile.ZIP_STORED),
            ID,
            ZipLimits(max_entry_bytes=1000, max_total_bytes=2000),
        )


@pytest.mark.parametrize(
    "name",
    [f"../{ID}.xml", f"/tmp/{ID}.xml", f"sub/{ID}.xml", f"..\\{ID}.xml", f"C:{ID}.xml", "other.xml"],
)
def test_a_name_with_a_path_or_an_unexpected_name_is_refused(name):
    data = make_zip({f"{ID}.xml": INVOICE, name: b"<x/>"})
    with pytest.raises(UnsafeArchiveError) as refused:
        open_receipt(data, ID)
    assert "only" in refused.value.detail and refused.value.category is ErrorCategory.PROTOCOL_SURPRISE


def test_too_many_entries_duplicates_and_missing_documents_are_refused():
    with pytest.raises(UnsafeArchiveError, match="holds 5 files"):
        open_receipt(
            make_zip({f"{ID}.xml": INVOICE, **{f"semnatura_{ID}.xml{i}": b"" for i in range(4)}}), ID
        )
    with pytest.raises(UnsafeArchiveError, match=f"lacks {ID}.xml"):
        open_receipt(make_zip({f"semnatura_{ID}.xml": b"<seal/>"}), ID)
    with pytest.raises(UnsafeArchiveError, match="not a ZIP"):
        open_receipt(b'{"eroare": "x"}', ID)
    with pytest.raises(UnsafeArchiveError, match="cannot be read"):
        open_receipt(b"PK\x03\x04 truncated", ID)


def test_an_unsafe_receipt_stops_the_submission_and_nothing_is_archived(anaf, save):
    wiring = anaf.wiring()
    real = wiring.client_for

    def client_with_a_bomb(company_id):
        client = real(company_id)
        client.download = lambda download_id: make_zip({f"../{download_id}.xml": INVOICE})
        return client

    submission = send_document(anaf.ctx, save(), wait=600, wiring=anaf.wiring(client_for=client_with_a_bomb))

    assert submission.state == "needs_attention" and submission.upload_index
    assert "unsafe" in submission.last_error_message
    assert submission.receipt_path == "" and not any(anaf.ctx.paths.archive_dir.rglob("*.zip"))


def test_an_error_file_becomes_readable_field_errors():
    error_file = (
        b'<?xml version="1.0"?><header xmlns="mfp:anaf:dgti:efactura:mesajEroriFactuta:v1" '
        b'Index_incarcare="5000000007" Cif_emitent="12345674">'
        b'<Error errorMessage="E: validari globale  SCHEMATRON   eroare: [BR-RO-110]-Daca Codul tarii '
        b"Vanzatorului (BT-40) este RO, atunci ... #If the Seller's country code is RO ...\"/>"
        b'<Error errorMessage="E: AccountingSupplierParty (1) sectiune Party (1) sectiune PartyTaxScheme (1) '
        b"sectiune CompanyID (1)  eroare regula: R_BT_32_cui: Cui vanzator incorect / validare CUI "
        b'(12345675) "/>'
        b'<Error errorMessage="Factura a mai fost transmisa anterior cu index=5000000001 si data '
        b'incarcare=2026-03-02"/>'
        b"</header>"
    )
    parsed = read_error_file(error_file)
    assert (parsed.upload_index, parsed.seller_cif, parsed.duplicate_of) == (
        "5000000007",
        "12345674",
        "5000000001",
    )

    fields = readable_errors(parsed.messages)

    assert [f.field for f in fields] == ["seller.address.region", "seller.vat_id", "number"]
    assert "county" in fields[0].message and "BR-RO-110" in fields[0].message
    assert "ANAF's words" in fields[1].hint
