"""Lost answers, crashes, firewall pages and outages: nothing is sent twice and nothing is lost."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import update

from invoicedesk.app.efactura import poll, send_document, submission_of
from invoicedesk.store.models_efactura import EfacturaSubmissionModel
from invoicedesk.sync.efactura import SubmissionPolicy
from tests.integration.efactura.conftest import EXAMPLES, SELLER_CUI

SETTLE = 3600  # seconds of emulated time the app may spend; the clock moves only when the app waits


def _uploads_accepted_by(anaf) -> int:
    return len(anaf.emulator.spv.uploads)


def test_an_upload_whose_response_is_lost_is_not_sent_twice(anaf, save):
    anaf.emulator.faults.inject("drop_after_commit", method="POST", path=r"/upload$")
    document_id = save()

    first = send_document(anaf.ctx, document_id, wiring=anaf.wiring())
    assert first.state == "uncertain" and first.upload_index == ""
    assert first.last_error_category == "uncertain_outcome"

    [settled] = poll(anaf.ctx, wait=SETTLE, wiring=anaf.wiring())

    assert settled.state == "ok", settled.last_error_message
    [upload] = anaf.journal("POST", "upload")  # exactly ONE upload reached ANAF
    assert upload.status == 0  # … and its answer never came back
    index = next(iter(anaf.emulator.spv.uploads))
    assert settled.upload_index == str(index)  # the index was adopted from the message list
    assert [e.query["filtru"] for e in anaf.journal("GET", "listaMesajePaginatieFactura")] == [["T"]]
    assert anaf.journal("GET", "stareMesaj") == []  # the receipt came with the match
    assert (anaf.ctx.paths.archive_dir / settled.receipt_path).is_file()


def test_a_crash_between_sending_and_saving_is_reconciled_after_the_lease(anaf, save):
    document_id = save()
    wiring = anaf.wiring()
    real_client_for = wiring.client_for

    def client_that_dies_after_sending(company_id):
        client = real_client_for(company_id)
        upload = client.upload

        def upload_then_die(*args, **kwargs):
            upload(*args, **kwargs)
            raise KeyboardInterrupt("the process was killed before it could save the index")

        client.upload = upload_then_die
        return client

    with pytest.raises(KeyboardInterrupt):
        send_document(anaf.ctx, document_id, wiring=anaf.wiring(client_for=client_that_dies_after_sending))
    assert submission_of(anaf.ctx, document_id).state == "uploading"

    [settled] = poll(anaf.ctx, wait=SETTLE, wiring=wiring)

    assert settled.state == "ok"
    assert len(anaf.journal("POST", "upload")) == 1 and _uploads_accepted_by(anaf) == 1


def test_a_firewall_page_makes_the_upload_wait_and_retry_then_it_succeeds(anaf, save):
    anaf.emulator.faults.inject("html", method="POST", path=r"/upload$")
    document_id = save()

    first = send_document(anaf.ctx, document_id, wiring=anaf.wiring())
    assert (first.state, first.resume_state, first.upload_outcome) == ("retry_wait", "uploading", "rejected")
    assert "firewall" in first.last_error_message and "support ID" in first.last_error_message
    assert first.next_attempt_at > anaf.now()

    [settled] = poll(anaf.ctx, wait=SETTLE, wiring=anaf.wiring())

    assert settled.state == "ok"
    assert [e.fault for e in anaf.journal("POST", "upload")] == ["html", None]
    assert _uploads_accepted_by(anaf) == 1


def test_an_outage_while_polling_waits_and_then_finishes(anaf, save):
    document_id = save()
    submission = send_document(anaf.ctx, document_id, wiring=anaf.wiring())
    assert submission.state == "uploaded"
    anaf.emulator.faults.inject("status", status=503, method="GET", path="stareMesaj", times=3)

    [waiting] = poll(anaf.ctx, wait=5, wiring=anaf.wiring())
    assert waiting.state == "retry_wait" and waiting.resume_state == "processing"
    assert waiting.last_error_category == "service_unavailable"
    assert waiting.upload_index == submission.upload_index  # kept through the outage

    [settled] = poll(anaf.ctx, wait=SETTLE, wiring=anaf.wiring())

    assert settled.state == "ok" and settled.upload_index == submission.upload_index
    assert len(anaf.journal("POST", "upload")) == 1


def test_an_upload_refused_with_503_is_sent_again_later(anaf, save):
    anaf.emulator.faults.inject("status", status=503, method="POST", path=r"/upload$")
    document_id = save()

    first = send_document(anaf.ctx, document_id, wiring=anaf.wiring())
    assert first.state == "retry_wait" and first.upload_outcome == "rejected"

    [settled] = poll(anaf.ctx, wait=SETTLE, wiring=anaf.wiring())

    assert settled.state == "ok" and _uploads_accepted_by(anaf) == 1
    assert [e.status for e in anaf.journal("POST", "upload")] == [503, 200]


def test_an_upload_with_a_gateway_error_is_resent_only_after_the_list_shows_nothing_for_the_grace_period(
    anaf, save
):
    anaf.emulator.faults.inject("status", status=502, method="POST", path=r"/upload$")
    document_id = save()
    policy = SubmissionPolicy(uncertain_grace=dt.timedelta(minutes=10))

    first = send_document(anaf.ctx, document_id, wiring=anaf.wiring(policy=policy))
    assert first.state == "uncertain"

    checking = poll(anaf.ctx, wait=5 * 60, wiring=anaf.wiring(policy=policy))
    assert [s.state for s in checking] == ["uncertain"]
    assert len(anaf.journal("POST", "upload")) == 1  # not before the grace period
    assert len(anaf.journal("GET", "listaMesajePaginatieFactura")) >= 2  # T and E were consulted

    [settled] = poll(anaf.ctx, wait=SETTLE, wiring=anaf.wiring(policy=policy))

    assert settled.state == "ok"
    assert [e.status for e in anaf.journal("POST", "upload")] == [502, 200]


def test_a_resend_that_meets_anafs_duplicate_check_follows_the_original_upload(make_anaf, save):
    # The list lags so far behind that the lost upload stays invisible past the grace period.
    anaf = make_anaf(list_delay_seconds=7200)
    anaf.emulator.faults.inject("drop_after_commit", method="POST", path=r"/upload$")
    document_id = save()
    policy = SubmissionPolicy(uncertain_grace=dt.timedelta(minutes=5))

    assert send_document(anaf.ctx, document_id, wiring=anaf.wiring(policy=policy)).state == "uncertain"
    [settled] = poll(anaf.ctx, wait=SETTLE, wiring=anaf.wiring(policy=policy))

    original, duplicate = sorted(anaf.emulator.spv.uploads)
    assert anaf.emulator.spv.uploads[duplicate].verdict == "nok"
    assert settled.state == "ok"
    assert settled.upload_index == str(original)
    assert [item["verdict"] for item in settled.history] == ["duplicate"]
    assert settled.history[0]["upload_index"] == str(duplicate)


def test_a_second_document_with_the_same_number_is_reported_as_a_duplicate(anaf, save):
    first = send_document(anaf.ctx, save(), wait=SETTLE, wiring=anaf.wiring())
    assert first.state == "ok"
    twin = save()  # same number and date, a second document

    second = send_document(anaf.ctx, twin, wait=SETTLE, wiring=anaf.wiring())

    assert second.state == "nok"
    assert [e.field for e in second.field_errors] == ["number"]
    assert f"index={first.upload_index}" in second.anaf_errors[0]


def test_a_submission_another_worker_holds_is_left_alone_until_its_lease_ends(anaf, save):
    document_id = save()
    queued = send_document(anaf.ctx, document_id, wiring=anaf.wiring())  # uploaded; first poll due in 2 s
    with anaf.ctx.database.session() as session:
        session.execute(
            update(EfacturaSubmissionModel)
            .where(EfacturaSubmissionModel.id == queued.id)
            .values(lease_until=anaf.now() + dt.timedelta(minutes=5))
        )
    pauses = []

    def sleep(seconds):
        pauses.append(seconds)
        anaf.clock.advance(seconds)

    assert poll(anaf.ctx, wait=60, wiring=anaf.wiring(sleep=sleep)) == []
    assert pauses == [] and anaf.journal("GET", "stareMesaj") == []  # no spinning, no call

    [settled] = poll(anaf.ctx, wait=SETTLE, wiring=anaf.wiring(sleep=sleep))
    assert settled.state == "ok" and 295 <= sum(pauses) <= 400


def test_another_programs_upload_in_the_same_minutes_is_not_mistaken_for_ours(anaf, save):
    minimal = (EXAMPLES / "valid" / "minimal-invoice.xml").read_bytes()
    anaf.emulator.faults.inject("drop_after_commit", method="POST", path=r"/upload$")
    document_id = save()
    assert send_document(anaf.ctx, document_id, wiring=anaf.wiring()).state == "uncertain"
    theirs = anaf.client().upload(minimal, cif=SELLER_CUI)  # e.g. the e-shop's own plugin, same CIF

    [settled] = poll(anaf.ctx, wait=SETTLE, wiring=anaf.wiring())

    assert settled.state == "ok" and settled.upload_index != theirs.index
    ours = {str(i) for i in anaf.emulator.spv.uploads} - {theirs.index}
    assert settled.upload_index in ours
    assert len(anaf.journal("POST", "upload")) == 2  # ours once, theirs once


def test_a_candidate_whose_zip_cannot_be_opened_is_passed_over(anaf, save):
    minimal = (EXAMPLES / "valid" / "minimal-invoice.xml").read_bytes()
    theirs = anaf.client().upload(minimal, cif=SELLER_CUI)  # listed before ours, so looked at first
    their_download = str(anaf.emulator.spv.uploads[int(theirs.index)].download_id)
    anaf.emulator.faults.inject("drop_after_commit", method="POST", path=r"/upload$")
    document_id = save()
    assert send_document(anaf.ctx, document_id, wiring=anaf.wiring()).state == "uncertain"
    wiring = anaf.wiring()
    real = wiring.client_for
    downloaded = []

    def client_with_one_broken_zip(company_id):
        client = real(company_id)
        download = client.download

        def broken_for_theirs(message_id):
            downloaded.append(message_id)
            return b"PK\x03\x04 broken" if message_id == their_download else download(message_id)

        client.download = broken_for_theirs
        return client

    [settled] = poll(anaf.ctx, wait=SETTLE, wiring=anaf.wiring(client_for=client_with_one_broken_zip))

    assert downloaded[0] == their_download  # examined, found unreadable, passed over
    assert settled.state == "ok" and settled.upload_index != theirs.index
