"""`invoicedesk pull` and `invoicedesk reconcile` as a scheduled task runs them: exit codes and output."""

from __future__ import annotations

import json

import pytest

from invoicedesk.cli.main import main


@pytest.fixture(autouse=True)
def _isolated(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("INVOICEDESK_HOME", str(tmp_path / "home-not-expected"))
    monkeypatch.setenv("INVOICEDESK_SECRETS", "memory")  # the process's memory store, shared with the fixture


@pytest.fixture
def cli(capsys, tmp_path, database_url):
    def run(*argv: str) -> tuple[int, str, str]:
        code = main([*argv, "--data-dir", str(tmp_path / "cli-data"), "--database-url", database_url])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


def test_pull_then_reconcile_exits_zero_while_all_agrees_and_one_on_findings(desk, cli):
    document_ids = desk.issue_and_send()
    connection = str(desk.connection_id)

    code, _out, err = cli("reconcile", "--connection", connection)
    assert code == 1
    assert f"pull documents --connection {connection}" in err

    code, out, err = cli("pull", "documents", "--connection", connection, "--json")
    assert code == 0, err
    pulled = json.loads(out)
    assert (pulled["kind"], pulled["received"], pulled["added"], pulled["skipped"]) == ("documents", 3, 3, [])

    code, out, err = cli("reconcile", "--connection", connection)
    assert (code, out.splitlines()[-1]) == (0, "No differences.")

    remote_id = next(iter(desk.account.invoices))
    desk.edit_invoice(str(remote_id), number="2026-0999")
    code, out, err = cli("reconcile", "--connection", connection, "--pull", "--json")
    assert code == 1, err
    report = json.loads(out)
    assert report["clean"] is False and report["compared"] == 3
    [finding] = report["findings"]
    assert finding["kind"] == "number_mismatch"
    assert finding["document_id"] in document_ids
    assert (finding["remote_id"], finding["remote_value"]) == (str(remote_id), "2026-0999")

    code, out, err = cli("reconcile", "--connection", connection)
    assert code == 1
    assert "number_mismatch" in out and "2026-0999" in out


def test_pull_clients_reports_what_went_each_way(desk, cli):
    desk.emulator.seed_subject(name="Nová Firma a.s.", vat_no="CZ12345679")

    code, out, err = cli("pull", "clients", "--connection", str(desk.connection_id))

    assert code == 0, err
    assert "1 received, 1 new" in out
    assert "0 matched to local clients, 1 added here, 4 created at the service" in out


def test_a_refusing_service_is_explained_and_nothing_is_stored(desk, cli):
    desk.emulator.set_blocked(True)

    code, _out, err = cli("pull", "documents", "--connection", str(desk.connection_id))

    assert code == 1
    assert "Nothing of this pull was stored" in err
    assert "Traceback" not in err
    desk.emulator.set_blocked(False)
    code, _out, err = cli("reconcile", "--connection", str(desk.connection_id))
    assert code == 1 and "have not been pulled" in err


def test_an_efactura_connection_is_not_pulled_or_reconciled_as_if_it_held_our_documents(app_context):
    import pytest as _pytest

    from invoicedesk.app.companies import add_company
    from invoicedesk.app.efactura_auth import configure_anaf
    from invoicedesk.app.pull import pull_documents
    from invoicedesk.app.reconcile import reconcile
    from invoicedesk.core.documents import Company, Country
    from invoicedesk.core.errors import DomainValidationError

    company = add_company(
        app_context, Company(name="Alfa Impex SRL", country=Country.RO, registration_id="14399840")
    )
    setup = configure_anaf(
        app_context, company.id, "client-id", "client-secret-value", [9002], "test", "Ion Pop"
    )

    for action in (pull_documents, reconcile):
        with _pytest.raises(DomainValidationError) as caught:
            action(app_context, setup.connection_id)
        assert "efactura inbox" in caught.value.errors[0].hint
