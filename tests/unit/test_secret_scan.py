"""The end-of-run secret scan finds a leaked test secret in a log file or a sync log, and only there."""

from __future__ import annotations

import importlib.util
import sqlite3
import tempfile
from pathlib import Path

from invoicedesk.sandbox.anaf import AnafEmulator
from invoicedesk.sandbox.fakturoid import FakturoidEmulator

SCRIPT = Path(__file__).resolve().parents[2] / "tools" / "check_secret_leaks.py"
spec = importlib.util.spec_from_file_location("check_secret_leaks", SCRIPT)
scan = importlib.util.module_from_spec(spec)
spec.loader.exec_module(scan)


def test_the_scan_knows_the_secrets_the_emulators_hand_out():
    assert FakturoidEmulator().demo_credentials()["client_secret"] in scan.TEST_SECRETS
    assert AnafEmulator().demo_credentials()["client_secret"] in scan.TEST_SECRETS


def test_a_secret_in_a_log_file_or_a_sync_log_fails_the_scan():
    # Outside pytest's base folder: the planted leaks must not fail the scan of the real run.
    with tempfile.TemporaryDirectory() as folder:
        _plant_and_scan(Path(folder))


def _plant_and_scan(tmp_path: Path) -> None:
    (tmp_path / "a" / "logs").mkdir(parents=True)
    (tmp_path / "a" / "logs" / "invoicedesk.log.1").write_text("token [REDACTED] ok\n", encoding="utf-8")
    assert scan.main([str(tmp_path)]) == 0

    (tmp_path / "a" / "logs" / "invoicedesk.log").write_text(
        f"oops {scan.TEST_SECRETS[0]}\n", encoding="utf-8"
    )
    assert scan.main([str(tmp_path)]) == 1

    (tmp_path / "a" / "logs" / "invoicedesk.log").unlink()
    database = sqlite3.connect(tmp_path / "a" / "invoicedesk.sqlite3")
    database.execute("CREATE TABLE sync_log (path TEXT, detail TEXT, idempotency_key TEXT)")
    database.execute("INSERT INTO sync_log VALUES ('/token', ?, '')", (f"body {scan.TEST_SECRETS[1]}",))
    database.commit()
    database.close()
    assert scan.main([str(tmp_path)]) == 1
