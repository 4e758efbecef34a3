"""The headless path a scheduled task takes: import, number, queue, send, and read the state back."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from invoicedesk.cli.main import main
from invoicedesk.sandbox.fakturoid import FakturoidEmulator

RESOURCES = Path(__file__).resolve().parents[3] / "resources"


@pytest.fixture(autouse=True)
def _isolated(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("INVOICEDESK_HOME", str(tmp_path / "home-not-expected"))
    monkeypatch.setenv("INVOICEDESK_SECRETS", "memory")


def cli(capsys, data_dir: Path, *argv: str) -> tuple[int, str, str]:
    code = main([*argv, "--data-dir", str(data_dir)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_issue_queue_send_and_status_from_the_command_line(capsys, tmp_path, monkeypatch):
    data = tmp_path / "data"
    assert (
        cli(
            capsys,
            data,
            "company",
            "add",
            "--name",
            "Pražírna s.r.o.",
            "--country",
            "CZ",
            "--registration-id",
            "27082440",
            "--vat-id",
            "CZ27082440",
            "--iban",
            "CZ6508000000192000145399",
        )[0]
        == 0
    )
    assert cli(capsys, data, "import", "orders", str(RESOURCES / "orders-sample.csv"))[0] == 0
    code, out, err = cli(capsys, data, "series", "add", "--type", "invoice", "--pattern", "FV{YYYY}/{NNNN}")
    assert code == 0, err
    orders = json.loads(cli(capsys, data, "orders", "list", "--json", "--sort", "external_id")[1])
    czk_order = next(o for o in orders if o["currency"] == "CZK")
    code, out, err = cli(
        capsys,
        data,
        "documents",
        "issue",
        "--order",
        str(czk_order["id"]),
        "--series",
        "1",
        "--date",
        "2026-11-20",
    )
    assert code == 0, err
    assert "FV2026/0001" in out

    with FakturoidEmulator(pdf_delay_seconds=0.0) as emulator:
        credentials = emulator.demo_credentials()
        monkeypatch.setenv("INVOICEDESK_SECRET_CLIENT_ID", credentials["client_id"])
        monkeypatch.setenv("INVOICEDESK_SECRET_CLIENT_SECRET", credentials["client_secret"])
        code, out, err = cli(
            capsys,
            data,
            "connection",
            "add",
            "fakturoid",
            "--setting",
            f"slug={credentials['slug']}",
            "--setting",
            f"email={credentials['email']}",
            "--setting",
            f"base_url={emulator.base_url}",
        )
        assert code == 0, err
        assert cli(capsys, data, "sync", "push", "1", "--connection", "1")[0] == 0
        code, out, err = cli(capsys, data, "sync", "run", "--json")
        assert code == 0, err
        assert json.loads(out) == {"1": {"done": 2, "waiting": 0, "needs_attention": 0}}

    code, out, err = cli(capsys, data, "sync", "status", "1", "--json")
    states = {(job["operation"], job["state"]) for job in json.loads(out)}
    assert states == {("push", "done"), ("archive_pdf", "done")}
    assert credentials["client_secret"] not in out


def test_a_held_document_makes_the_scheduled_run_fail_loudly(capsys, tmp_path, monkeypatch):
    data = tmp_path / "data"
    cli(
        capsys,
        data,
        "company",
        "add",
        "--name",
        "Pražírna s.r.o.",
        "--country",
        "CZ",
        "--iban",
        "CZ6508000000192000145399",
    )
    cli(capsys, data, "import", "orders", str(RESOURCES / "orders-sample.csv"))
    cli(capsys, data, "series", "add", "--type", "invoice", "--pattern", "FV{YYYY}/{NNNN}")
    orders = json.loads(cli(capsys, data, "orders", "list", "--json")[1])
    czk_order = next(o for o in orders if o["currency"] == "CZK")
    cli(capsys, data, "documents", "issue", "--order", str(czk_order["id"]), "--series", "1")
    with FakturoidEmulator(pdf_delay_seconds=0.0, blocked=True) as emulator:
        credentials = emulator.demo_credentials()
        monkeypatch.setenv("INVOICEDESK_SECRET_CLIENT_ID", credentials["client_id"])
        monkeypatch.setenv("INVOICEDESK_SECRET_CLIENT_SECRET", credentials["client_secret"])
        cli(
            capsys,
            data,
            "connection",
            "add",
            "fakturoid",
            "--setting",
            f"slug={credentials['slug']}",
            "--setting",
            f"email={credentials['email']}",
            "--setting",
            f"base_url={emulator.base_url}",
        )
        code, out, _ = cli(capsys, data, "sync", "push", "1", "--connection", "1", "--now")
        assert "need attention" in out

    assert code == 1
    code, out, _ = cli(capsys, data, "sync", "status", "1")
    assert "needs_attention" in out
    assert "blocked" in out.lower() or "unpaid" in out.lower()


def test_a_scheduled_run_leaves_its_story_in_the_log_file_without_secrets(capsys, tmp_path, monkeypatch):
    data = tmp_path / "data"
    cli(capsys, data, "company", "add", "--name", "Pražírna s.r.o.", "--country", "CZ")
    with FakturoidEmulator(pdf_delay_seconds=0.0) as emulator:
        credentials = emulator.demo_credentials()
        monkeypatch.setenv("INVOICEDESK_SECRET_CLIENT_ID", credentials["client_id"])
        monkeypatch.setenv("INVOICEDESK_SECRET_CLIENT_SECRET", credentials["client_secret"])
        cli(
            capsys,
            data,
            "connection",
            "add",
            "fakturoid",
            "--setting",
            f"slug={credentials['slug']}",
            "--setting",
            f"email={credentials['email']}",
            "--setting",
            f"base_url={emulator.base_url}",
        )
        code, _, _ = cli(capsys, data, "connection", "check", "1")
        assert code == 0

    log_text = "".join(path.read_text(encoding="utf-8") for path in (data / "logs").glob("invoicedesk.log*"))
    assert log_text  # the run was logged
    assert credentials["client_secret"] not in log_text
    assert credentials["client_id"] not in log_text
