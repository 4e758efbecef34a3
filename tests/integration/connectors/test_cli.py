"""`invoicedesk connection add|list|check` and `invoicedesk sandbox serve`, driven as a user would."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
import requests

from invoicedesk.cli import connection_cmd
from invoicedesk.cli.main import main

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("INVOICEDESK_SECRETS", "memory")
    data_dir = tmp_path / "data"

    def run(*argv: str) -> int:
        return main(["--data-dir", str(data_dir), *argv])

    assert run("company", "add", "--name", "Alfa s.r.o.", "--country", "CZ", "--registration-id", "27082440",
               "--vat-id", "CZ27082440") == 0
    return run


def add_fakturoid(cli, emulator, monkeypatch, secret: str | None = None) -> int:
    credentials = emulator.demo_credentials()
    monkeypatch.setenv("INVOICEDESK_SECRET_CLIENT_ID", credentials["client_id"])
    monkeypatch.setenv("INVOICEDESK_SECRET_CLIENT_SECRET", secret or credentials["client_secret"])
    return cli("connection", "add", "fakturoid", "--setting", f"slug={credentials['slug']}",
               "--setting", f"email={credentials['email']}", "--setting", f"base_url={emulator.base_url}")


def test_add_with_secrets_from_the_environment_then_list_and_check(cli, emulator, monkeypatch, capsys):
    assert add_fakturoid(cli, emulator, monkeypatch) == 0
    assert "Added connection 1: Fakturoid (Fakturoid) for Alfa s.r.o." in capsys.readouterr().out

    assert cli("connection", "list", "--json") == 0
    (listed,) = json.loads(capsys.readouterr().out)
    assert (listed["id"], listed["service"]) == (1, "fakturoid")
    assert listed["settings"]["slug"] == "sandbox-firma"
    assert "client_secret" not in json.dumps(listed) and "sandbox-client-secret" not in json.dumps(listed)

    assert cli("connection", "check", "1") == 0
    out = capsys.readouterr().out
    assert "Connected to Sandbox Firma s.r.o." in out
    assert "#yyyy#-#dddd# (default)" in out and "bank (default)" in out


def test_check_prints_the_actionable_error_and_exits_1(cli, emulator, monkeypatch, capsys):
    assert add_fakturoid(cli, emulator, monkeypatch, secret="wrong-secret-123456") == 0
    capsys.readouterr()
    assert cli("connection", "check", "1") == 1
    captured = capsys.readouterr()
    assert "Activate failed: The service did not accept the access details" in captured.err
    assert "Cause:" in captured.err and "What to do:" in captured.err
    assert "wrong-secret-123456" not in captured.err + captured.out


def test_a_secret_is_never_taken_from_the_command_line(cli, emulator, monkeypatch, capsys):
    monkeypatch.delenv("INVOICEDESK_SECRET_CLIENT_ID", raising=False)
    monkeypatch.delenv("INVOICEDESK_SECRET_CLIENT_SECRET", raising=False)
    status = cli("connection", "add", "fakturoid", "--setting", "slug=x", "--setting", "email=a@b.cz",
                 "--setting", "client_secret=typed-in-argv-777")
    assert status == 1
    err = capsys.readouterr().err
    assert "--setting client_secret=…: client_secret is a secret, not a setting" in err
    assert "INVOICEDESK_SECRET_CLIENT_ID" in err
    assert "typed-in-argv-777" not in err


def test_secrets_are_asked_at_a_hidden_prompt_on_a_terminal(cli, emulator, monkeypatch, capsys):
    credentials = emulator.demo_credentials()
    monkeypatch.delenv("INVOICEDESK_SECRET_CLIENT_ID", raising=False)
    monkeypatch.delenv("INVOICEDESK_SECRET_CLIENT_SECRET", raising=False)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    asked: list[str] = []

    def hidden(prompt: str) -> str:
        asked.append(prompt)
        return credentials["client_id"] if "Client ID" in prompt else credentials["client_secret"]

    monkeypatch.setattr(connection_cmd.getpass, "getpass", hidden)
    settings = [f"slug={credentials['slug']}", f"email={credentials['email']}",
                f"base_url={emulator.base_url}"]
    assert cli("connection", "add", "fakturoid", *(arg for s in settings for arg in ("--setting", s))) == 0
    assert len(asked) == 2 and all("hidden" in prompt for prompt in asked)
    assert cli("connection", "check", "1") == 0


def test_a_malformed_setting_is_a_user_error(cli, capsys):
    assert cli("connection", "add", "fakturoid", "--setting", "slug") == 1
    assert "KEY=VALUE" in capsys.readouterr().err


def test_sandbox_serve_announces_each_emulator_and_stops_on_ctrl_c(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(
        [sys.executable, "-m", "invoicedesk", "sandbox", "serve", "--services", "fakturoid",
         "--faults", "fakturoid:status=503:path=user:times=1", "--state-dir", str(tmp_path / "state")],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT,
    )
    try:
        announced = json.loads(process.stdout.readline())
        assert announced["service"] == "fakturoid"
        assert announced["base_url"].startswith("http://127.0.0.1:")
        assert set(announced["credentials"]) >= {"client_id", "client_secret", "slug", "email"}
        answer = requests.get(announced["base_url"] + "/user.json",
                              headers={"User-Agent": "Test (t@example.com)"}, timeout=5)
        assert answer.status_code == 503  # the injected fault
    finally:
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=15)
    assert process.returncode == 0, err
    assert "sandbox stopped" in err


def test_sandbox_serve_refuses_an_unknown_service(capsys) -> None:
    assert main(["sandbox", "serve", "--services", "nosuch"]) == 1
    assert "nosuch" in capsys.readouterr().err
