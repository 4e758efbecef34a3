"""`invoicedesk efactura …` end to end in this process, against the ANAF emulator over HTTP."""

from __future__ import annotations

import dataclasses
import io
import json
import time
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import requests

from invoicedesk.app.companies import add_company
from invoicedesk.app.context import AppContext
from invoicedesk.app.documents import get_document, save_document
from invoicedesk.cli.main import main
from invoicedesk.connectors.anaf.ubl import build_ubl
from invoicedesk.sandbox import ScaledClock
from invoicedesk.sandbox.anaf import AnafEmulator
from tests.integration.efactura.conftest import (
    EXAMPLES,
    KIT,
    SELLER_CUI,
    invoice,
    romanian_buyer,
    romanian_seller,
)

CLIENT_ID, CLIENT_SECRET = "cli-test-app", "cli-secret-8d2f"
CALLBACK = "https://localhost:9002/callback"


@pytest.fixture(autouse=True)
def _isolated(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("INVOICEDESK_HOME", str(tmp_path / "home-not-expected"))
    monkeypatch.setenv("INVOICEDESK_SECRETS", "memory")
    monkeypatch.delenv("INVOICEDESK_RULES_DIR", raising=False)


def cli(capsys, data_dir: Path, *argv: str) -> tuple[int, str, str]:
    code = main([*argv, "--data-dir", str(data_dir)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_validate_reports_field_level_errors_and_exits_1_on_a_bad_file(capsys, tmp_path):
    good = EXAMPLES / "valid" / "minimal-invoice.xml"
    bad = EXAMPLES / "invalid" / "minimal-invoice.bad-county.xml"
    if not bad.is_file():
        pytest.skip(f"the e-Factura validation kit is not at {KIT}")

    code, out, _ = cli(capsys, tmp_path / "data", "efactura", "validate", str(good), "--rules", str(KIT))
    assert code == 0 and out.startswith(f"PASS {good}")

    code, out, _ = cli(
        capsys, tmp_path / "data", "efactura", "validate", str(good), str(bad), "--rules", str(KIT)
    )
    assert code == 1
    lines = out.splitlines()
    assert lines[0].startswith("PASS") and f"FAIL {bad}: 1 error(s)" in out
    [finding] = [line for line in lines if "BR-RO-110" in line]
    assert finding.split()[0] == "error" and "seller.address.region:" in finding and "county" in finding

    code, out, _ = cli(
        capsys, tmp_path / "data", "efactura", "validate", str(bad), "--rules", str(KIT), "--json"
    )
    [report] = json.loads(out)
    assert code == 1 and report["ok"] is False
    assert [(i["rule"], i["field"]) for i in report["issues"]] == [("BR-RO-110", "seller.address.region")]


def test_validate_names_a_missing_file_instead_of_crashing(capsys, tmp_path):
    if not KIT.is_dir():
        pytest.skip(f"the e-Factura validation kit is not at {KIT}")
    code, out, _ = cli(
        capsys, tmp_path / "data", "efactura", "validate", str(tmp_path / "nope.xml"), "--rules", str(KIT)
    )
    assert code == 1 and "nope.xml" in out and "cannot be read" in out


def test_validate_with_rules_that_are_not_there_says_so(capsys, tmp_path):
    empty = tmp_path / "no-rules"
    empty.mkdir()
    code, _, err = cli(
        capsys,
        tmp_path / "data",
        "efactura",
        "validate",
        str(EXAMPLES / "valid" / "minimal-invoice.xml"),
        "--rules",
        str(empty),
    )
    assert code == 1 and "incomplete" in err and str(empty) in err


def _company_with_invoice(data_dir: Path) -> tuple[int, int]:
    with AppContext.open(data_dir=data_dir) as context:
        company = add_company(context, romanian_seller())
        document = save_document(context, invoice(company), company_id=company.id)
    return company.id, document.id


def test_xml_writes_the_documents_ubl(capsys, tmp_path):
    data = tmp_path / "data"
    _, document_id = _company_with_invoice(data)
    target = tmp_path / "out" / "invoice.xml"
    target.parent.mkdir()

    code, _, err = cli(capsys, data, "efactura", "xml", str(document_id), "-o", str(target))

    assert code == 0 and "type 380" in err
    with AppContext.open(data_dir=data) as context:
        assert target.read_bytes() == build_ubl(get_document(context, document_id)).xml


def test_xml_of_a_document_that_cannot_be_written_lists_the_fields(capsys, tmp_path):
    data = tmp_path / "data"
    with AppContext.open(data_dir=data) as context:
        company = add_company(context, romanian_seller())
        proforma = dataclasses.replace(invoice(company), doc_type="proforma")
        document = save_document(context, proforma, company_id=company.id)

    code, _, err = cli(capsys, data, "efactura", "xml", str(document.id))

    assert code == 1 and "doc-type" in err and "proforma is not a tax document" in err


def _sign_in_by_pasting(emulator: AnafEmulator, capsys, monkeypatch) -> None:
    """Stand in for the person: open the printed address, sign in, paste where the browser ended up."""
    pending_output = io.StringIO()

    def person(prompt: str = "") -> str:
        printed = capsys.readouterr().out
        pending_output.write(printed)
        address = next(word for word in printed.split() if word.startswith("http"))
        params = {key: values[0] for key, values in parse_qs(urlsplit(address).query).items()}
        form = {**params, "certificate": "2E5A1F0C8B3D4E6F", "pin": "1234", "action": "signin"}
        with requests.Session() as browser:
            browser.trust_env = False
            answer = browser.post(address.split("?")[0], data=form, allow_redirects=False, timeout=10)
        assert answer.status_code == 302, answer.text
        return answer.headers["Location"]

    monkeypatch.setattr("builtins.input", person)


def test_configure_login_send_status_poll_and_inbox_from_the_command_line(
    capsys, tmp_path, monkeypatch, signing_key_pem
):
    data = tmp_path / "data"
    company_id, document_id = _company_with_invoice(data)
    app = {"client_id": CLIENT_ID, "client_secret": CLIENT_SECRET, "redirect_uris": [CALLBACK]}
    # The emulator's clock starts ten minutes back, so that an invoice received "then" is old enough for the
    # inbox's window (which ends a minute before now) once the clock catches up.
    clock = ScaledClock(start=time.time() - 600)
    with AnafEmulator(
        clock=clock, client_apps=[app], processing_polls=0, signing_key_pem=signing_key_pem
    ) as emulator:
        emulator.receive_invoice(SELLER_CUI, (EXAMPLES / "valid" / "minimal-invoice.xml").read_bytes())
        monkeypatch.setattr("sys.stdin", io.StringIO(CLIENT_SECRET + "\n"))
        code, out, err = cli(
            capsys,
            data,
            "efactura",
            "configure",
            "--client-id",
            CLIENT_ID,
            "--client-secret-stdin",
            "--ports",
            "9002",
            "--environment",
            "test",
            "--holder",
            "Ana Popescu",
            "--oauth-url",
            emulator.oauth_url,
            "--api-url",
            emulator.root_url,
        )
        assert code == 0, err
        assert CALLBACK in out and CLIENT_SECRET not in out

        code, out, _ = cli(capsys, data, "efactura", "status")
        assert code == 0 and "not signed in" in out

        _sign_in_by_pasting(emulator, capsys, monkeypatch)
        code, out, err = cli(capsys, data, "efactura", "login", "--paste")
        assert code == 0, err
        assert "Signed in as Ana Popescu" in out

        monkeypatch.setenv("INVOICEDESK_RULES_DIR", str(KIT))
        code, out, err = cli(capsys, data, "efactura", "send", str(document_id), "--wait", "10", "--json")
        assert code == 0, err
        sent = json.loads(out)
        assert sent["state"] == "ok" and sent["upload_index"] and sent["receipt"]
        assert (data / "archive" / sent["receipt"]).is_file()

        code, out, _ = cli(capsys, data, "efactura", "status", "--json")
        assert json.loads(out)["signed_in"] is True and json.loads(out)["documents"] == {"ok": 1}

        clock.advance(600)
        code, out, err = cli(capsys, data, "efactura", "inbox", "--json")
        assert code == 0, err
        assert len(json.loads(out)["imported"]) == 1

        code, out, _ = cli(capsys, data, "efactura", "poll")
        assert code == 0 and "Nothing was due" in out
    for text in (out, err):
        assert CLIENT_SECRET not in text
    assert company_id


def test_sending_without_a_setup_says_what_to_do(capsys, tmp_path):
    data = tmp_path / "data"
    _, document_id = _company_with_invoice(data)
    code, _, err = cli(capsys, data, "efactura", "send", str(document_id))
    assert code == 1 and "not set up" in err


def test_a_document_the_rules_reject_exits_1_with_the_fields(capsys, tmp_path, monkeypatch, signing_key_pem):
    data = tmp_path / "data"
    with AppContext.open(data_dir=data) as context:
        company = add_company(context, romanian_seller())
        buyer = dataclasses.replace(
            romanian_buyer(), address=dataclasses.replace(romanian_buyer().address, region="")
        )
        document = save_document(context, invoice(company, buyer=buyer), company_id=company.id)
    with AnafEmulator(signing_key_pem=signing_key_pem) as emulator:
        credentials = emulator.demo_credentials()
        monkeypatch.setattr("sys.stdin", io.StringIO(credentials["client_secret"] + "\n"))
        assert (
            cli(
                capsys,
                data,
                "efactura",
                "configure",
                "--client-id",
                credentials["client_id"],
                "--client-secret-stdin",
                "--ports",
                "9002",
                "--holder",
                "Ana Popescu",
                "--oauth-url",
                emulator.oauth_url,
                "--api-url",
                emulator.root_url,
            )[0]
            == 0
        )
        monkeypatch.setenv("INVOICEDESK_RULES_DIR", str(KIT))

        code, out, _ = cli(capsys, data, "efactura", "send", str(document.id))

        assert code == 1
        assert f"Document {document.id}: needs_attention" in out
        assert "buyer.address.region:" in out
        assert emulator.journal_entries("POST", "upload") == []
