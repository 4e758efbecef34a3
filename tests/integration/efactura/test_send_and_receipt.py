"""A document's way to ANAF and back: validation, one upload, polling, the sealed receipt kept as it came."""

from __future__ import annotations

import dataclasses
import hashlib
import io
import zipfile

from sqlalchemy import select

from invoicedesk.app.documents import get_document
from invoicedesk.app.efactura import send_document, submission_of, verify_receipt
from invoicedesk.connectors.anaf.ubl import build_ubl
from invoicedesk.core.documents import Address
from invoicedesk.store.models import ArchiveFileModel, DocumentModel
from tests.integration.efactura.conftest import romanian_buyer


def test_an_invoice_is_uploaded_once_polled_until_ok_and_its_receipt_archived(anaf, save):
    document_id = save()

    submission = send_document(anaf.ctx, document_id, wait=120, wiring=anaf.wiring())

    assert submission.state == "ok", (submission.last_error_message, submission.field_errors)
    assert submission.upload_index.isdigit() and submission.download_id.isdigit()
    assert submission.polls == 2  # "in prelucrare" once, then "ok"
    assert [e.status for e in anaf.journal("POST", "upload")] == [200]
    assert len(anaf.journal("GET", "stareMesaj")) == 2
    assert len(anaf.journal("GET", "descarcare")) == 1

    archived = anaf.ctx.paths.archive_dir / submission.receipt_path
    data = archived.read_bytes()
    with anaf.ctx.database.read_session() as session:
        [row] = session.scalars(select(ArchiveFileModel).where(ArchiveFileModel.document_id == document_id))
    assert (row.kind, row.path, row.size) == ("efactura-receipt", submission.receipt_path, len(data))
    assert row.sha256 == hashlib.sha256(data).hexdigest()
    with zipfile.ZipFile(io.BytesIO(data)) as receipt:
        assert sorted(receipt.namelist()) == sorted(
            [f"{submission.download_id}.xml", f"semnatura_{submission.download_id}.xml"]
        )
        sent_back = receipt.read(f"{submission.download_id}.xml")
        seal = receipt.read(f"semnatura_{submission.download_id}.xml")
    # ANAF hands back exactly what was built for the document, and its seal over it checks out.
    assert sent_back == build_ubl(get_document(anaf.ctx, document_id)).xml
    assert verify_receipt(anaf.ctx, document_id, wiring=anaf.wiring()) is True
    assert anaf.client().verify_seal(sent_back.replace(b"Servicii", b"Servicee"), seal) is False
    assert submission_of(anaf.ctx, document_id) == submission


def test_a_rejected_invoice_shows_anafs_errors_on_the_document_fields(make_anaf, save):
    # ANAF's register does not know the seller's CIF: the upload is accepted, processing says `nok`.
    anaf = make_anaf(registered_cifs=["76543210"])
    document_id = save()

    submission = send_document(anaf.ctx, document_id, wait=120, wiring=anaf.wiring())

    assert submission.state == "nok"
    assert any("R6.1" in text and "12345674" in text for text in submission.anaf_errors)
    [error] = submission.field_errors
    assert error.field == "seller.registration_id"
    assert "register" in error.message and "R6.1" in error.hint
    assert "ANAF rejected the invoice" in submission.last_error_message
    with anaf.ctx.database.read_session() as session:
        kinds = session.scalars(
            select(ArchiveFileModel.kind).where(ArchiveFileModel.document_id == document_id)
        )
        assert list(kinds) == ["efactura-errors"]  # the error ZIP is kept too, as ANAF's record
    assert len(anaf.journal("POST", "upload")) == 1


def test_a_wrong_document_is_stopped_before_upload_with_field_level_messages(anaf, save):
    bad_buyer = dataclasses.replace(romanian_buyer(), address=Address("", "Brașov", "500030", "RO", ""))
    document_id = save(buyer=bad_buyer)

    submission = send_document(anaf.ctx, document_id, wait=60, wiring=anaf.wiring())

    assert submission.state == "needs_attention"
    assert submission.last_error_category == "validation_failed"
    fields = {error.field for error in submission.field_errors}
    assert {"buyer.address.street", "buyer.address.region"} <= fields, submission.field_errors
    assert all(error.message for error in submission.field_errors)
    assert anaf.journal("POST", "upload") == [] and anaf.emulator.journal == []


def test_a_fixed_document_goes_out_when_sent_again(anaf, save, app_context):
    bad_buyer = dataclasses.replace(romanian_buyer(), address=Address("", "Brașov", "500030", "RO", ""))
    document_id = save(buyer=bad_buyer)
    assert send_document(anaf.ctx, document_id, wiring=anaf.wiring()).state == "needs_attention"
    with app_context.database.session() as session:
        row = session.get(DocumentModel, document_id)
        row.buyer = {**row.buyer, "street": "Bulevardul Eroilor 5", "region": "Brașov"}

    submission = send_document(anaf.ctx, document_id, wait=120, wiring=anaf.wiring())

    assert submission.state == "ok" and submission.field_errors == []
    assert len(anaf.journal("POST", "upload")) == 1
