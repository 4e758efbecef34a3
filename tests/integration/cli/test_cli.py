from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from invoicedesk import __version__
from invoicedesk.__main__ import main as entry_main
from invoicedesk.cli.main import main
from invoicedesk.settings import DATABASE_FILE_NAME

ROOT = Path(__file__).resolve().parents[3]
RESOURCES = ROOT / "resources"


@pytest.fixture(autouse=True)
def _isolated(monkeypatch, tmp_path) -> None:
    # No test may fall back to the real user data folder or keyring.
    monkeypatch.setenv("INVOICEDESK_HOME", str(tmp_path / "home-not-expected"))
    monkeypatch.setenv("INVOICEDESK_SECRETS", "memory")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def data_dir(tmp_path, capsys) -> Path:
    folder = tmp_path / "data"
    code, _, err = run(
        capsys,
        "--data-dir",
        str(folder),
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
    )
    assert code == 0, err
    return folder


def orders_json(capsys, data_dir: Path) -> list[dict]:
    code, out, err = run(capsys, "orders", "list", "--json", "--data-dir", str(data_dir))
    assert code == 0, err
    return json.loads(out)


def test_imported_orders_are_listed_as_json(capsys, data_dir) -> None:
    code, out, _ = run(
        capsys, "--data-dir", str(data_dir), "import", "orders", str(RESOURCES / "orders-sample.csv")
    )
    assert code == 0
    assert "Imported 4 orders" in out
    orders = orders_json(capsys, data_dir)
    assert [(o["external_id"], o["total_gross"], o["line_count"]) for o in orders] == [
        ("WEB-1001", "3302.94", 3),
        ("WEB-1002", "699.00", 1),
        ("WEB-1003", "360.50", 1),
        ("WEB-1004", "768.60", 2),
    ]


def test_the_bad_row_file_imports_nothing_and_names_row_and_field(capsys, data_dir) -> None:
    code, _, err = run(
        capsys, "--data-dir", str(data_dir), "import", "orders", str(RESOURCES / "orders-bad-row.csv")
    )
    assert code == 1
    assert "Nothing was imported" in err
    assert "orders-bad-row.csv, row 5, line_vat_rate" in err and "21 %, 12 % or 0 %" in err
    assert orders_json(capsys, data_dir) == []


def test_importing_twice_adds_nothing(capsys, data_dir) -> None:
    sample = str(RESOURCES / "orders-sample.json")
    assert run(capsys, "--data-dir", str(data_dir), "import", "orders", sample)[0] == 0
    first = orders_json(capsys, data_dir)
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "import", "orders", sample)
    assert code == 0 and "Imported 0 orders" in out and "3 already present" in out
    assert orders_json(capsys, data_dir) == first
    assert [o["external_id"] for o in first] == ["SHOP-2001", "SHOP-2002", "SHOP-2003"]


def test_clients_and_companies_are_listed(capsys, data_dir) -> None:
    run(capsys, "--data-dir", str(data_dir), "import", "orders", str(RESOURCES / "orders-sample.csv"))
    code, out, _ = run(capsys, "clients", "list", "--json", "--sort", "city", "--data-dir", str(data_dir))
    assert code == 0
    assert [c["city"] for c in json.loads(out)] == ["Brno", "Košice", "Olomouc", "Praha 1"]
    code, out, _ = run(capsys, "company", "list", "--data-dir", str(data_dir))
    assert code == 0 and "Pražírna s.r.o." in out and "CZ27082440" in out


def test_a_second_company_must_be_named(capsys, data_dir) -> None:
    run(capsys, "--data-dir", str(data_dir), "company", "add", "--name", "Druhá", "--country", "SK")
    sample = str(RESOURCES / "orders-sample.csv")
    code, _, err = run(capsys, "--data-dir", str(data_dir), "import", "orders", sample)
    assert code == 1 and "--company" in err and "(Druhá)" in err
    code, _, _ = run(
        capsys, "--data-dir", str(data_dir), "import", "orders", sample, "--company", "Pražírna s.r.o."
    )
    assert code == 0


def test_invalid_company_data_names_the_option(capsys, tmp_path) -> None:
    code, _, err = run(
        capsys,
        "--data-dir",
        str(tmp_path),
        "company",
        "add",
        "--name",
        "X",
        "--country",
        "CZ",
        "--vat-id",
        "CZ27082441",
    )
    assert code == 1
    assert "--vat-id:" in err and "checksum" in err


def test_usage_errors_exit_2(capsys, tmp_path) -> None:
    assert run(capsys, "--data-dir", str(tmp_path), "orders", "lst")[0] == 2
    assert run(capsys, "company", "add", "--country", "CZ")[0] == 2  # --name missing
    assert run(capsys, "company", "add", "--name", "X", "--country", "DE")[0] == 2


def test_version_is_accepted_before_and_after_a_command(capsys) -> None:
    assert run(capsys, "--version") == (0, f"InvoiceDesk {__version__}\n", "")
    assert run(capsys, "orders", "list", "--version")[1] == f"InvoiceDesk {__version__}\n"


def test_without_a_display_the_window_is_not_opened(capsys, monkeypatch) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    code = entry_main([])
    err = capsys.readouterr().err
    assert code == 2
    assert "QT_QPA_PLATFORM=offscreen" in err and "invoicedesk import orders" in err


def test_a_database_from_a_newer_version_is_one_clear_message(capsys, data_dir) -> None:
    import sqlite3

    with sqlite3.connect(data_dir / DATABASE_FILE_NAME) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    code, _, err = run(capsys, "--data-dir", str(data_dir), "orders", "list")
    assert code == 1
    assert err.startswith("invoicedesk: ") and "newer InvoiceDesk (schema 9999)" in err
    assert "Traceback" not in err


def test_keyring_errors_are_one_clear_message(capsys, monkeypatch) -> None:
    import argparse

    from invoicedesk.cli.main import run_handler
    from invoicedesk.secrets.errors import KeyringUnavailableError

    def needs_secrets(_args):
        raise KeyringUnavailableError(
            "No usable keyring. What to do: install or unlock a Secret Service.",
            reasons=["no backend"],
            advice="install or unlock a Secret Service.",
        )

    assert run_handler(needs_secrets, argparse.Namespace()) == 1
    assert capsys.readouterr().err == (
        "invoicedesk: No usable keyring. What to do: install or unlock a Secret Service.\n"
    )


def test_postgres_database_url_is_used(capsys, tmp_path, postgres_schema_url) -> None:
    common = ["--data-dir", str(tmp_path), "--database-url", postgres_schema_url]
    assert run(capsys, *common, "company", "add", "--name", "PG s.r.o.", "--country", "CZ")[0] == 0
    assert run(capsys, *common, "import", "orders", str(RESOURCES / "orders-sample.json"))[0] == 0
    code, out, _ = run(capsys, "orders", "list", "--json", *common)
    assert code == 0 and len(json.loads(out)) == 3
    assert not (tmp_path / DATABASE_FILE_NAME).exists()


def _subprocess(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, **env, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "invoicedesk", *args],
        capture_output=True,
        text=True,
        env=full_env,
        cwd=ROOT,
        timeout=120,
        check=False,
    )


def test_the_module_entry_point_prints_the_version() -> None:
    result = _subprocess(["--version"], {})
    assert (result.returncode, result.stdout) == (0, f"InvoiceDesk {__version__}\n")


def test_invoicedesk_home_moves_everything(capsys, monkeypatch, tmp_path) -> None:
    home = tmp_path / "portable"
    monkeypatch.setenv("INVOICEDESK_HOME", str(home))
    assert run(capsys, "company", "add", "--name", "Home s.r.o.", "--country", "CZ")[0] == 0
    assert run(capsys, "import", "orders", str(RESOURCES / "orders-sample.csv"))[0] == 0
    assert (home / DATABASE_FILE_NAME).is_file()
    assert (home / "backups").is_dir()
    code, out, _ = run(capsys, "orders", "list", "--json")
    assert code == 0 and len(json.loads(out)) == 4
    # An explicit --data-dir wins over the environment.
    other = tmp_path / "other"
    code, out, _ = run(capsys, "--data-dir", str(other), "orders", "list", "--json")
    assert code == 1  # the new folder has no company yet
    assert (other / DATABASE_FILE_NAME).is_file()


def test_a_window_that_cannot_load_qt_is_one_clear_message(capsys, monkeypatch) -> None:
    import builtins

    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    real_import = builtins.__import__

    def without_ui(name, *args, **kwargs):
        if name == "invoicedesk.ui.app":
            raise ImportError("libEGL.so.1: cannot open shared object file")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", without_ui)
    assert entry_main([]) == 1
    err = capsys.readouterr().err
    assert "libEGL.so.1" in err and "invoicedesk --help" in err
