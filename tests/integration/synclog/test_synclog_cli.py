"""`invoicedesk synclog list|show` over a real data folder."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from invoicedesk.app.context import AppContext
from invoicedesk.cli.main import main
from invoicedesk.cli.synclog_cmd import parse_since
from invoicedesk.store.repositories.sync_log import SyncLogRecord
from tests.integration.synclog.conftest import START, crowded_records, write


@pytest.fixture(autouse=True)
def _isolated(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("INVOICEDESK_HOME", str(tmp_path / "home-not-expected"))
    monkeypatch.setenv("INVOICEDESK_SECRETS", "memory")


@pytest.fixture
def data_dir(tmp_path) -> Path:
    folder = tmp_path / "data"
    with AppContext.open(data_dir=folder, demo=True) as context:
        write(context, crowded_records(1234, same_time=4))
        write(
            context,
            [
                SyncLogRecord(
                    at=START + dt.timedelta(days=1),
                    connection_id=9,
                    service="fakturoid",
                    method="POST",
                    path="/api/v3/accounts/firma/invoices.json?token=abc123secret",
                    status=None,
                    duration_ms=30_000,
                    outcome="failed",
                    error_category="uncertain_outcome",
                    idempotency_key="INV-2025-0100",
                    detail="no answer within 30 s; Authorization: Bearer zzz999yyy888",
                )
            ],
        )
    return folder


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def listed(capsys, data_dir: Path, *options: str) -> list[dict]:
    code, out, err = run(capsys, "--data-dir", str(data_dir), "synclog", "list", "--json", *options)
    assert code == 0, err
    return json.loads(out)


def test_list_json_is_newest_first_with_every_column_and_no_secret(capsys, data_dir):
    rows = listed(capsys, data_dir, "--limit", "3")
    assert len(rows) == 3
    newest = rows[0]
    assert newest["idempotency_key"] == "INV-2025-0100" and newest["status"] is None
    assert newest["at"] == (START + dt.timedelta(days=1)).isoformat()
    assert newest["outcome"] == "failed" and newest["error_category"] == "uncertain_outcome"
    assert "abc123secret" not in newest["path"] and "[REDACTED]" in newest["path"]
    assert set(newest) >= {
        "id",
        "connection_id",
        "connection_name",
        "service",
        "method",
        "duration_ms",
        "request_bytes",
        "response_bytes",
        "remote_id",
    }
    assert "detail" not in newest
    times = [(row["at"], row["id"]) for row in rows]
    assert times == sorted(times, reverse=True)


def test_list_filters_and_pages_past_the_page_size(capsys, data_dir):
    everything = listed(capsys, data_dir, "--limit", "0")
    assert len(everything) == 1235 and len({row["id"] for row in everything}) == 1235
    capped = listed(capsys, data_dir, "--limit", "1100")  # more than one page of the service
    assert [row["id"] for row in capped] == [row["id"] for row in everything[:1100]]
    failed_on_2 = listed(capsys, data_dir, "--connection", "2", "--outcome", "failed", "--limit", "0")
    assert failed_on_2 == [r for r in everything if r["connection_id"] == 2 and r["outcome"] == "failed"]
    anaf = listed(capsys, data_dir, "--service", "anaf", "--limit", "0")
    assert anaf and anaf == [r for r in everything if r["service"] == "anaf"]
    since = (START + dt.timedelta(seconds=300)).isoformat()
    recent = listed(capsys, data_dir, "--since", since, "--limit", "0")
    assert recent == [r for r in everything if r["at"] >= since]
    assert listed(capsys, data_dir, "--outcome", "retried", "--since", "2099-01-01") == []


def test_list_as_a_table_and_show_one_call(capsys, data_dir):
    code, out, err = run(capsys, "--data-dir", str(data_dir), "synclog", "list", "--limit", "2")
    assert code == 0, err
    header, first, _second = out.splitlines()
    assert header.split()[:4] == ["Id", "Time", "Connection", "Service"]
    assert "#9 (deleted)" in first and "INV-2025-0100" in first and "uncertain_outcome" in first
    call_id = first.split()[0]
    code, out, err = run(capsys, "--data-dir", str(data_dir), "synclog", "show", call_id)
    assert code == 0, err
    assert "no answer within 30 s" in out and "Status" in out and "no answer" in out
    assert "zzz999yyy888" not in out and "abc123secret" not in out
    code, out, err = run(capsys, "--data-dir", str(data_dir), "synclog", "show", call_id, "--json")
    shown = json.loads(out)
    assert shown["id"] == int(call_id) and shown["detail"].startswith("no answer within 30 s")
    assert "zzz999yyy888" not in shown["detail"]


def test_mistakes_are_explained(capsys, data_dir):
    code, _, err = run(capsys, "--data-dir", str(data_dir), "synclog", "list", "--since", "last tuesday")
    assert code == 2 and "'last tuesday' is not a time" in err and "7d" in err
    code, _, err = run(capsys, "--data-dir", str(data_dir), "synclog", "list", "--limit", "-5")
    assert code == 2 and "0 (all) or a positive number" in err
    code, _, err = run(capsys, "--data-dir", str(data_dir), "synclog", "list", "--outcome", "lost")
    assert code == 2 and "ok" in err and "failed" in err
    code, _, err = run(capsys, "--data-dir", str(data_dir), "synclog", "show", "424242")
    assert code == 1 and "no call 424242" in err


def test_an_empty_log_says_so(capsys, tmp_path):
    code, out, err = run(capsys, "--data-dir", str(tmp_path / "fresh"), "synclog", "list")
    assert (code, out.strip()) == (0, "The sync log is empty: no service has been called yet."), err
    code, out, _ = run(capsys, "--data-dir", str(tmp_path / "fresh"), "synclog", "list", "--json")
    assert json.loads(out) == []


def test_since_reads_local_times_offsets_and_spans():
    now = dt.datetime(2025, 6, 1, 12, 0, tzinfo=dt.UTC)
    assert parse_since("12h", now=now) == dt.datetime(2025, 6, 1, 0, 0, tzinfo=dt.UTC)
    assert parse_since("7d", now=now) == dt.datetime(2025, 5, 25, 12, 0, tzinfo=dt.UTC)
    assert parse_since("2025-03-01T14:30+01:00") == dt.datetime(2025, 3, 1, 13, 30, tzinfo=dt.UTC)
    assert parse_since("2025-03-01T14:30Z") == dt.datetime(2025, 3, 1, 14, 30, tzinfo=dt.UTC)
    local = parse_since("2025-03-01")
    assert local.tzinfo is not None
    assert local.replace(tzinfo=None) == dt.datetime(2025, 3, 1)  # midnight as this machine's clock reads it
